"""One operator session on a console: built-ins, natural-language commands, confirmations.

Transport-free: bytes come in through `feed`, text goes out through `write`. Every command
goes through the same AgentApi as gRPC, under the console's principal, so the same policy,
confirmation rules and audit apply; each answer names the id of the command and its action.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from llmos.agent.api import AgentApi, CommandRequest, Conflict, NotFound, Outcome, Unavailable
from llmos.agent.console.line import Discarded, Line, LineReader, LineStats
from llmos.agent.domain import ActionStatus, Principal

log = logging.getLogger("llmos.console")

PROMPT = "llmos> "
HELP = """\
Type what you want in plain words, e.g. "restart nginx.service" or "mount the usb stick".
Built-in commands:
  help              this text
  status            health of the agent, counters
  events [n]        the last n entries of the event log (default 10)
  pending           actions waiting for a confirmation
  confirm <id>      run a pending action
  reject <id>       refuse a pending action
  context           how full the model's context window is
Destructive actions ask for a confirmation here: answer yes or no."""
_YES = {"y", "yes", "confirm"}


class ConsoleSession:
    def __init__(self, api: AgentApi, principal: Principal, write: Callable[[str], None],
                 stats: LineStats | None = None) -> None:
        self._api = api
        self._principal = principal
        self._write = write
        self.reader = LineReader(stats=stats or LineStats())
        self._lines: asyncio.Queue[Line | Discarded | None] = asyncio.Queue(maxsize=64)
        self._awaiting: str | None = None  # id of a pending action asked about on this console
        # the last command on this console: a reply may answer its question ("the second
        # one") or correct it ("no, I meant ..."); anything else is a new command
        self._last: str | None = None
        self.dropped_lines = 0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._write(f"\r\nllmos console ({self._principal.name}). Type help.\r\n{PROMPT}")
        self._task = asyncio.get_running_loop().create_task(self._run())

    def feed(self, data: bytes) -> None:
        """Bytes from the line. Never blocks; a flood beyond the backlog is dropped and counted."""
        lines, echo = self.reader.feed(data)
        if echo:
            self._write(echo.decode("utf-8", "replace"))
        for item in lines:
            try:
                self._lines.put_nowait(item)
            except asyncio.QueueFull:
                self.dropped_lines += 1

    def bind_output(self, write: Callable[[str], None]) -> None:
        self._write = write

    async def close(self) -> None:
        """The line is gone: a confirmation asked here can no longer be answered here."""
        if self._awaiting is not None:
            try:
                await self._api.reject(self._awaiting, self._principal, "console disconnected")
            except (NotFound, Conflict, Unavailable):
                pass
            self._awaiting = None
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _run(self) -> None:
        while True:
            item = await self._lines.get()
            if isinstance(item, Discarded):
                self._say(f"! {item.reason}")
            elif item is not None:
                try:
                    await self._handle(item.text)
                except Unavailable as error:
                    self._say(f"! {error}")
                except Exception:  # a bug must not take the console down
                    log.exception("console command failed")
                    self._say("! internal error; see the agent's log")
            self._write(PROMPT)

    def _say(self, text: str) -> None:
        self._write(text.replace("\n", "\r\n") + "\r\n")

    async def _handle(self, text: str) -> None:
        if self._awaiting is not None:
            action_id, self._awaiting = self._awaiting, None
            if text.lower() in _YES:
                await self._decide(action_id, confirm=True)
                return
            await self._decide(action_id, confirm=False)
            if text.lower() in {"n", "no"}:
                return
        word, _, rest = text.partition(" ")
        handler = _BUILTINS.get(word.lower())
        if handler is not None and _takes(word.lower(), rest.strip()):
            await handler(self, rest.strip())
        else:
            self._show(await self._api.execute(CommandRequest(text=text, reply_to=self._last),
                                               self._principal))

    def _show(self, outcome: Outcome) -> None:
        p = outcome.proposal
        self._last = outcome.id
        if p is not None:
            args = ", ".join(f"{k}={v!r}" for k, v in p.args.items())
            self._say(f"[{outcome.id}] proposed {p.tool}({args}) by {p.controller}")
        if outcome.verdict is not None:
            self._say(f"[{outcome.id}] policy: {outcome.verdict.decision.value}: {outcome.verdict.reason}")
        if outcome.result is not None:
            mark = "ok" if outcome.result.ok else "FAILED"
            self._say(f"[{outcome.id}] {mark}: {outcome.result.detail}")
        elif outcome.status == ActionStatus.PENDING:
            self._awaiting = outcome.id
            left = int((outcome.expires or time.time()) - time.time())
            self._say(f"[{outcome.id}] needs confirmation (expires in {left}s). Run it? yes/no")
        else:
            self._say(f"[{outcome.id}] {outcome.status}")

    async def _decide(self, action_id: str, confirm: bool) -> None:
        try:
            if confirm:
                outcome = await self._api.confirm(action_id, self._principal)
            else:
                outcome = await self._api.reject(action_id, self._principal, "declined on the console")
        except (NotFound, Conflict, PermissionError) as error:
            self._say(f"! {error}")
            return
        self._show(outcome)

    # -- built-ins ------------------------------------------------------------------------------

    async def _help(self, _: str) -> None:
        self._say(HELP)

    async def _status(self, _: str) -> None:
        health = self._api.health()
        self._say(health.status)
        for reason in health.reasons:
            self._say(f"  degraded: {reason}")
        counters = health.counters
        self._say("  " + ", ".join(f"{k}={counters[k]}" for k in sorted(counters)))

    async def _events(self, arg: str) -> None:
        count = int(arg) if arg.isdigit() else 10
        for entry in await self._api.recent(min(max(count, 1), 200)):
            stamp = time.strftime("%H:%M:%S", time.localtime(entry.time))
            self._say(f"{entry.seq:>6} {stamp} {entry.kind:<8} {entry.ref} {entry.summary}")

    async def _pending(self, _: str) -> None:
        records = await self._api.actions((ActionStatus.PENDING,), 20)
        if not records:
            self._say("no pending actions")
        for r in records:
            self._say(f"[{r.id}] {r.tool}({', '.join(f'{k}={v!r}' for k, v in r.args.items())})"
                      f" from {r.principal} via {r.interface}")

    async def _confirm(self, arg: str) -> None:
        await self._decide(arg, confirm=True) if arg else self._say("usage: confirm <id>")

    async def _reject(self, arg: str) -> None:
        await self._decide(arg, confirm=False) if arg else self._say("usage: reject <id>")

    async def _context(self, _: str) -> None:
        info: dict[str, Any] = self._api.model_info()
        context = info.get("context")
        if not context:
            self._say(f"controller {info.get('controller', '?')}: no context window (rules)")
            return
        self._say("context: " + ", ".join(f"{k}={v}" for k, v in context.items()))


def _takes(word: str, rest: str) -> bool:
    """Built-ins win only in their own form; "status of the storage" is a sentence for the model."""
    if word == "events":
        return not rest or rest.isdigit()
    if word in ("confirm", "reject"):
        return not rest or (" " not in rest and "-" in rest)
    return not rest


_BUILTINS = {
    "help": ConsoleSession._help, "?": ConsoleSession._help,
    "status": ConsoleSession._status, "events": ConsoleSession._events,
    "pending": ConsoleSession._pending, "confirm": ConsoleSession._confirm,
    "reject": ConsoleSession._reject, "context": ConsoleSession._context,
}
