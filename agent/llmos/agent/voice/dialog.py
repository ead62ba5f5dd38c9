"""One spoken command, from recognised text to a spoken answer, through the agent's API.

The command is executed with `hold`: decided, validated and policy-checked, and an action with
effects is held as pending instead of run. Every held action is read back before it runs. If
confirm.confirmation_reason says so (by default: every action with effects), the read-back is
a question and the action runs only after a strict spoken "yes" heard after the question,
within the timeout (or a typed `confirm <id>` on the console or over gRPC meanwhile); anything
said before the question ended is dropped, not taken as the answer. Otherwise ([voice] confirm =
"risky", an action nothing can invert) it is announced ("Restarting nginx.") and then confirmed.
Either way exactly the action that was read back runs, under one id, with one audit trail.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from llmos.agent.api import AgentApi, CommandRequest, Conflict, NotFound, Outcome
from llmos.agent.config import VoiceConfig
from llmos.agent.domain import ActionStatus, DeviceState, Principal, Proposal, Tool
from llmos.agent.voice.confirm import confirmation_reason, parse_answer
from llmos.agent.voice.pipeline import Heard
from llmos.agent.voice.vocabulary import spoken_name

log = logging.getLogger("llmos.voice")
_ASKS = 2  # an unclear answer is asked once more, then the action is cancelled


class Dialog:
    def __init__(self, api: AgentApi, principal: Principal, tools: Mapping[str, Tool],
                 config: VoiceConfig, say: Callable[[str], Awaitable[None]], *,
                 read_state: Callable[[], Awaitable[DeviceState]] | None = None) -> None:
        """`read_state`: the agent's state source, for what a unit is in the read-back."""
        self._api = api
        self._principal = principal
        self._tools = tools  # the catalog's: which actions are answers, which destructive
        self._config = config
        self._say = say
        self._read_state = read_state
        self.awaiting_answer = False  # the listener lets answers past the wake word meanwhile
        # the last command heard: the next may answer its question ("the second one") or
        # correct it ("no, I meant ...")
        self._last: str | None = None

    async def handle(self, heard: Heard, answers: asyncio.Queue[Heard]) -> Outcome | None:
        """Run one command. Later utterances are read from `answers` while a confirmation is due."""
        log.info("heard %r -> %r (confidence %.2f)", heard.text, heard.command, heard.confidence)
        held = await self._api.execute(
            CommandRequest(text=heard.command, hold=True, reply_to=self._last), self._principal)
        self._last = held.id
        if held.status != ActionStatus.PENDING or held.proposal is None:
            await self._say(self._answer(held))  # an answer, a refusal, or an invalid action
            return held
        proposal = held.proposal
        why = confirmation_reason(proposal, self._tools.get(proposal.tool), heard.confidence,
                                  self._config.min_confidence, self._config.confirm)
        if why:
            log.info("voice: %s waits for a spoken yes: %s", held.id, why)
            if not await self._confirmed(proposal, await self._readback(proposal), answers):
                try:
                    return await self._api.reject(held.id, self._principal,
                                                  "not confirmed by voice")
                except (Conflict, NotFound):
                    return None  # decided elsewhere meanwhile (typed confirm or reject)
        else:
            # read back before it runs, not after
            await self._say(announce(proposal, await self._readback(proposal)))
        try:
            outcome = await self._api.confirm(held.id, self._principal)
        except (Conflict, NotFound, PermissionError) as error:
            await self._say(f"I could not run it: {error}.")
            return held
        await self._say(self._answer(outcome))
        return outcome

    def _answer(self, outcome: Outcome) -> str:
        proposal = outcome.proposal
        tool = self._tools.get(proposal.tool) if proposal is not None else None
        if tool is not None and tool.informational and outcome.result:
            return outcome.result.detail
        what = describe(proposal) if proposal else "that"
        if outcome.status == "succeeded":
            return f"Done: {what}."
        if outcome.result is not None and not outcome.result.ok:
            return f"{what} failed: {outcome.result.detail}."
        return f"{what}: {outcome.status}, {_reason(outcome)}."

    async def _readback(self, proposal: Proposal) -> str:
        """The action as it is read back: described, and a unit with what it is ("restart
        nginx, a high performance web server"), so a name taken for another is heard."""
        what = describe(proposal)
        unit = proposal.args.get("unit")
        if self._read_state is None or proposal.tool not in _UNIT_TOOLS or not unit:
            return what
        try:
            info = (await self._read_state()).unit_info.get(str(unit))
        except Exception:  # the read-back without it beats no read-back
            log.exception("voice: reading the device state for a read-back failed")
            return what
        note = _short_description(info.description) if info else ""
        return f"{what}, {note}" if note else what

    async def _confirmed(self, proposal: Proposal, what: str,
                         answers: asyncio.Queue[Heard]) -> bool:
        question = f"Did you say: {what}? Say yes to confirm, or no."
        self.awaiting_answer = True
        try:
            for _ in range(_ASKS):
                await self._say(question)
                _drop_earlier(answers)
                try:
                    heard = await asyncio.wait_for(answers.get(), self._config.confirm_timeout_s)
                except TimeoutError:
                    await self._say("No answer. Cancelled.")
                    return False
                answer = parse_answer(heard.text)
                if answer is not None:
                    if not answer:
                        await self._say("Cancelled.")
                    return answer
                # name the action again: a yes must not be taken for whatever was said between
                question = f"Please say yes or no: {what}?"
            await self._say("Cancelled.")
            return False
        finally:
            self.awaiting_answer = False


def _drop_earlier(answers: asyncio.Queue[Heard]) -> None:
    """Forget what was heard before the question ended: a "yes" said before the read-back
    was heard answers nothing (and the device's own voice is no answer either)."""
    while not answers.empty():
        log.info("voice: dropped %r, heard before the question", answers.get_nowait().text)


_UNIT_TOOLS = frozenset({"restart_service", "start_service", "stop_service"})


def _short_description(description: str) -> str:
    """systemd's Description= cut to what is said in passing: "A high performance web server
    and a reverse proxy server" -> "a high performance web server"; empty if there is none."""
    text = re.split(r",|;|\(| - | and ", description.strip(), maxsplit=1)[0].strip()
    words = text.split()
    if not words or len(words) > 6:
        return ""
    if words[0] in ("A", "An", "The"):
        words[0] = words[0].lower()
    return " ".join(words)


def announce(proposal: Proposal, what: str = "") -> str:
    """The read-back of an action that runs without a question: "Restarting nginx." """
    verb, _, rest = (what or describe(proposal)).partition(" ")
    return f"{_gerund(verb).capitalize()} {rest}.".replace(" .", ".")


def _gerund(verb: str) -> str:
    if verb in ("stop", "set"):
        return verb + verb[-1] + "ing"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + "ing"


def describe(proposal: Proposal) -> str:
    """An action as it is read back: short, and with names as they are spoken."""
    a: Mapping[str, Any] = proposal.args
    name = {k: spoken_name(str(v)) for k, v in a.items()}
    match proposal.tool:
        case "mount_storage":
            return f"mount {name['device']}" + ("" if a.get("readonly", True) else " read write")
        case "unmount_storage":
            return f"unmount {name['device']}"
        case "restart_service" | "start_service" | "stop_service":
            return f"{proposal.tool.split('_')[0]} {name['unit']}"
        case "set_network":
            return f"bring {a['interface']} {a['state']}"
        case "set_led":
            if a["state"] == "blink":
                return f"blink the {name['name']} light"
            return f"turn the {name['name']} light {a['state']}"
        case "set_power_profile":
            return f"set the power profile to {a['profile']}"
        case "reboot":
            return "reboot the device"
        case "attach_console":
            return f"start a console on {name['port']}"
    return " ".join([proposal.tool.replace("_", " "), *(str(v) for v in a.values())])


def _reason(outcome: Outcome) -> str:
    if outcome.error:
        return outcome.error
    return outcome.verdict.reason if outcome.verdict else outcome.status
