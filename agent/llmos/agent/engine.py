"""The controller loop: event or command -> controller -> validation -> policy -> executor.

Every step is written to the store under the id of the event or command that started it, and
nothing is acknowledged before it is on disk. The engine owns the asyncio side: the bounded
event queue, the worker that drains it, the controller's thread, and live fan-out to streams.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from typing import Any, AsyncIterator, Callable

import tomli_w

from llmos import __version__
from llmos.agent.api import CommandRequest, Conflict, Health, NotFound, Outcome, Unavailable
from llmos.agent.catalog import Catalog
from llmos.agent.config import AgentConfig, PolicyConfig, parse_config
from llmos.agent.controller.chain import ControllerChain
from llmos.agent.device_state import StateSource
from llmos.agent.domain import (
    ActionRecord, ActionResult, ActionStatus, Decision, DecisionRequest, DeviceState, HardwareEvent,
    JournalEntry, JournalFilter, NewEntry, Principal, Proposal, Role, Verdict,
)
from llmos.agent.event_queue import EventQueue, QueuedEvent
from llmos.agent.normalize import event_from_dict
from llmos.agent.executor import Executor
from llmos.agent.hub import Hub
from llmos.agent.policy import Policy
from llmos.agent.store import Store, StoreError
from llmos.agent import sysinfo
from llmos.agent.validation import ValidationError, validate

log = logging.getLogger("llmos.engine")

UDEV = Principal("udev", Role.OPERATOR, "udev")
_STATUS_BY_DECISION = {Decision.ALLOW: ActionStatus.RUNNING, Decision.CONFIRM: ActionStatus.PENDING,
                       Decision.DENY: ActionStatus.DENIED}
_PAGE = 500


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


class Agent:
    """Implements llmos.agent.api.AgentApi."""

    def __init__(
        self,
        config: AgentConfig,
        store: Store,
        catalog: Catalog,
        controller: ControllerChain,
        executor: Executor,
        state: StateSource,
        degraded: tuple[str, ...] = (),
    ) -> None:
        self.config = config
        self.store = store
        self.catalog = catalog
        self.controller = controller
        self.executor = executor
        self._state_source = state
        self._degraded = list(degraded)
        self.policy = Policy(config.policy, catalog)
        self.queue = EventQueue(config.queue.capacity, catalog.priority_events)
        self.hub = Hub()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._incoming: list[HardwareEvent] = []
        self._incoming_ready = asyncio.Event()
        self._running_actions: set[asyncio.Task[Any]] = set()
        self._started = time.monotonic()
        self._stopping = False
        self.serving = False
        self.last_progress = time.monotonic()
        self.counter_sources: list[Callable[[], dict[str, int]]] = []  # console, voice, ...
        self.counters: dict[str, int] = {
            "events_received": 0, "events_rejected": 0, "commands": 0, "decisions": 0,
            "actions_succeeded": 0, "actions_failed": 0,
            "store_errors": 0,
        }

    # -- life cycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Resume what a previous run left: interrupted actions, undecided events and commands."""
        policy_text = await self.store.run(self.store.setting, "policy")
        if policy_text:
            self.policy = Policy(_parse_policy(policy_text), self.catalog)
        for record in await self.store.run(self.store.actions, (ActionStatus.RUNNING,), 10_000):
            # It may or may not have happened: never run twice, say so in the log.
            await self._transition(record.id, (ActionStatus.RUNNING,), ActionStatus.INTERRUPTED,
                                   f"{record.tool} interrupted by a restart; not repeated",
                                   reason="the agent stopped while this action ran", durable=True)
        leftover = []
        for ref, kind, payload in await self.store.run(self.store.queued):
            if kind == "event":
                leftover.append(QueuedEvent(ref, event_from_dict(payload["event"])))
            else:
                self._spawn(self._resume_command(ref, payload))
        await self._enqueue(leftover)
        self._spawn(self._ingest_loop())
        self._spawn(self._worker())
        self._spawn(self._expire_loop())
        self._spawn(self._sync_loop())

    async def stop(self, drain_s: float = 5.0) -> None:
        """Stop taking input, finish what is queued within `drain_s`, leave the rest queued."""
        self._stopping = True
        deadline = time.monotonic() + drain_s
        while (self.queue or self._incoming) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        if self._running_actions:
            await asyncio.wait(self._running_actions, timeout=max(0.1, deadline - time.monotonic()))
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.hub.close()
        self.controller.close()
        await self.store.run(self.store.sync_if_needed)
        # Whatever is still queued stays 'queued' in the inbox and is resumed at the next start.

    def degrade(self, reason: str) -> None:
        """A part is missing (udev, the model, ...): health says so until the agent restarts."""
        self._degraded.append(reason)

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # -- hardware events ----------------------------------------------------------------------

    def submit_events(self, events: list[HardwareEvent]) -> None:
        """Called by event sources from the loop; never blocks. Persisted by the ingest task."""
        if self._stopping:
            return
        self._incoming.extend(events)
        self._incoming_ready.set()

    @property
    def incoming_backlog(self) -> int:
        return len(self._incoming)

    async def _ingest_loop(self) -> None:
        while True:
            await self._incoming_ready.wait()
            self._incoming_ready.clear()
            while self._incoming:
                batch, self._incoming = self._incoming[:2048], self._incoming[2048:]
                await self._ingest(batch)

    async def _ingest(self, batch: list[HardwareEvent]) -> None:
        items = []
        for event in batch:
            ref = new_id("ev")
            items.append((NewEntry("event", ref, _event_summary(event), {"event": event.to_dict()},
                                   event.subsystem), "event"))
        try:
            written = await self.store.run(self.store.accept, items)
        except StoreError as error:
            self.counters["store_errors"] += 1
            log.error("could not log %d events: %s", len(batch), error)
            return
        self.counters["events_received"] += len(batch)
        self.hub.publish(written)
        await self._enqueue([QueuedEvent(e.ref, event) for e, event in zip(written, batch)])

    async def _enqueue(self, items: list[QueuedEvent]) -> None:
        # Events that leave the queue undecided stay in the log, settled and marked as such.
        settled: dict[str, list[NewEntry]] = {"coalesced": [], "dropped": []}
        for item in items:
            coalesced, lost = self.queue.put(item)
            settled["coalesced"] += [NewEntry("dropped", r, f"coalesced into {item.ref}",
                                              {"by": item.ref}) for r in coalesced]
            settled["dropped"] += [NewEntry("dropped", r, "dropped: event queue full", {})
                                   for r in lost]
        for status, entries in settled.items():
            if entries:
                try:
                    self.hub.publish(await self.store.run(
                        self.store.append, entries, [e.ref for e in entries], status))
                except StoreError as error:
                    self.counters["store_errors"] += 1
                    log.error("could not log dropped events: %s", error)

    async def _worker(self) -> None:
        while True:
            queued = await self.queue.get()
            self.last_progress = time.monotonic()
            request = DecisionRequest(None, (queued.event,), await self._state())
            try:
                await self._decide_and_act(queued.ref, request, UDEV, dry_run=False)
            except StoreError as error:
                self.counters["store_errors"] += 1
                log.error("event %s not decided: %s", queued.ref, error,
                          extra={"EVENT_ID": queued.ref})
            self.last_progress = time.monotonic()

    # -- commands -----------------------------------------------------------------------------

    async def execute(self, request: CommandRequest, principal: Principal) -> Outcome:
        if self._stopping:
            raise Unavailable("the agent is shutting down")
        if (request.text is None) == (request.tool is None):
            raise ValueError("a command is either text or a structured action")
        ref = new_id("cmd")
        payload = {
            "text": request.text, "tool": request.tool, "args": dict(request.args),
            "dry_run": request.dry_run, "hold": request.hold, "principal": principal.name,
            "role": principal.role.name.lower(), "interface": principal.interface,
        }
        what = request.text if request.text is not None else request.tool
        entry = NewEntry("command", ref, f"{principal.name} ({principal.interface}): {what}", payload)
        try:
            self.hub.publish(await self.store.run(self.store.accept, [(entry, "command")], True))
        except StoreError as error:
            self.counters["store_errors"] += 1
            raise Unavailable(f"command not accepted: {error}") from None
        self.counters["commands"] += 1
        return await self._run_command(ref, request, principal)

    async def _run_command(self, ref: str, request: CommandRequest, principal: Principal) -> Outcome:
        structured = None
        if request.tool is not None:
            structured = Proposal(request.tool, dict(request.args), controller="operator")
        decision = DecisionRequest(request.text, (), await self._state())
        return await self._decide_and_act(ref, decision, principal, request.dry_run, structured,
                                          request.hold)

    async def _resume_command(self, ref: str, payload: dict[str, Any]) -> None:
        principal = Principal(payload["principal"], Role.parse(payload["role"]), payload["interface"])
        request = CommandRequest(payload["text"], payload["tool"], payload["args"],
                                 payload["dry_run"], payload.get("hold", False))
        await self._run_command(ref, request, principal)

    async def confirm(self, action_id: str, principal: Principal) -> Outcome:
        if principal.role < self.policy.config.confirm_role:
            raise PermissionError(f"confirming needs the {self.policy.config.confirm_role.name.lower()} role")
        record = await self._pending(action_id)
        entries = await self._transition(action_id, (ActionStatus.PENDING,), ActionStatus.RUNNING,
                                         f"{record.tool} confirmed by {principal.name}",
                                         reason=f"confirmed by {principal.name} ({principal.interface})",
                                         durable=True)
        if entries is None:
            raise Conflict(f"action {action_id} is no longer pending")
        proposal = Proposal(record.tool, record.args, record.controller)
        result = await self._act(action_id, proposal, durable=True)
        status = ActionStatus.SUCCEEDED if result.ok else ActionStatus.FAILED
        return Outcome(action_id, status, proposal, Verdict(Decision.ALLOW, "confirmed"), result)

    async def reject(self, action_id: str, principal: Principal, reason: str) -> Outcome:
        record = await self._pending(action_id)
        why = f"rejected by {principal.name}" + (f": {reason}" if reason else "")
        if await self._transition(action_id, (ActionStatus.PENDING,), ActionStatus.REJECTED, f"{record.tool} {why}",
                                  reason=why, durable=True) is None:
            raise Conflict(f"action {action_id} is no longer pending")
        proposal = Proposal(record.tool, record.args, record.controller)
        return Outcome(action_id, ActionStatus.REJECTED, proposal, Verdict(Decision.DENY, why), None)

    async def _pending(self, action_id: str) -> ActionRecord:
        record = await self.store.run(self.store.action, action_id)
        if record is None:
            raise NotFound(f"no action {action_id!r}")
        if record.status == ActionStatus.PENDING and record.expires is not None and record.expires < time.time():
            await self._expire(record)
            raise Conflict(f"action {action_id} expired")
        if record.status != ActionStatus.PENDING:
            raise Conflict(f"action {action_id} is {record.status}, not pending")
        return record

    # -- the decision -------------------------------------------------------------------------

    async def _decide_and_act(self, ref: str, request: DecisionRequest, principal: Principal,
                              dry_run: bool, structured: Proposal | None = None,
                              hold: bool = False) -> Outcome:
        proposal = structured or await self.controller.propose(request, ref)
        error = ""
        try:
            args = validate(self.catalog, proposal.tool, proposal.args)
            proposal = Proposal(proposal.tool, args, proposal.controller)
            verdict = self.policy.check(proposal.tool, args, count=not dry_run)
        except ValidationError as invalid:
            error = str(invalid)
            verdict = Verdict(Decision.DENY, f"invalid action: {invalid}")
        answer = self._answers(proposal.tool)
        if hold and verdict.decision is Decision.ALLOW and not answer:
            verdict = Verdict(Decision.CONFIRM, f"held for {principal.name} to confirm")
        status = ActionStatus.DRY_RUN if dry_run else _STATUS_BY_DECISION[verdict.decision]
        now = time.time()
        expires = now + self.policy.config.pending_ttl_s if status == ActionStatus.PENDING else None
        data = {"tool": proposal.tool, "args": dict(proposal.args), "controller": proposal.controller,
                "decision": verdict.decision.value, "reason": verdict.reason, "status": status,
                "principal": principal.name, "interface": principal.interface, "expires": expires}
        summary = f"{_call(proposal)} -> {status}: {verdict.reason}"
        entries = [NewEntry("decision", ref, summary, data)]
        result = None
        if status == ActionStatus.RUNNING and answer:
            # No effects, nothing to repeat: the decision and its answer are written together.
            result = await self._answer(proposal)
            status = self._count_result(result)
            entries.append(_result_entry(ref, proposal.tool, status, result))
        record = ActionRecord(ref, proposal.tool, dict(proposal.args), proposal.controller,
                                 status, verdict.reason, _result_data(result), principal.name,
                                 principal.interface, now, now, expires)
        durable = principal is not UDEV  # a client waits for this answer
        self.hub.publish(await self.store.run(self.store.decide, record, entries, durable))
        self.counters["decisions"] += 1
        log.info("%s: %s", ref, summary, extra={"EVENT_ID": ref, "ACTION_ID": ref})
        if status == ActionStatus.RUNNING:
            result = await self._act(ref, proposal, durable)
            status = ActionStatus.SUCCEEDED if result.ok else ActionStatus.FAILED
        return Outcome(ref, status, proposal, verdict, result, error, expires)

    async def _act(self, ref: str, proposal: Proposal, durable: bool) -> ActionResult:
        task = asyncio.current_task()
        if task is not None:
            self._running_actions.add(task)
        try:
            if self._answers(proposal.tool):
                result = await self._answer(proposal)
            else:
                result = await self.executor.run(proposal.tool, proposal.args)
        except Exception as error:  # an executor bug must not kill the loop
            log.exception("%s: executor failed", ref, extra={"ACTION_ID": ref})
            result = ActionResult(False, f"{proposal.tool}: internal error: {error}")
        finally:
            if task is not None:
                self._running_actions.discard(task)
        tool = self.catalog.tools.get(proposal.tool)
        if tool is not None and tool.changes_state:
            self._state_source.invalidate()
        status = self._count_result(result)
        entry = _result_entry(ref, proposal.tool, status, result)
        written = await self.store.run(self.store.transition, ref, (ActionStatus.RUNNING,), status, [entry],
                                       None, _result_data(result), durable)
        self.hub.publish(written or [])
        log.info("%s: %s", ref, entry.summary, extra={"ACTION_ID": ref})
        return result

    def _answers(self, name: str) -> bool:
        tool = self.catalog.tools.get(name)
        return tool is not None and tool.informational

    def _count_result(self, result: ActionResult) -> ActionStatus:
        self.counters["actions_succeeded" if result.ok else "actions_failed"] += 1
        return ActionStatus.SUCCEEDED if result.ok else ActionStatus.FAILED

    async def _answer(self, proposal: Proposal) -> ActionResult:
        if proposal.tool == "say":
            return ActionResult(True, str(proposal.args["text"]))
        if proposal.tool == "ignore":
            return ActionResult(True, f"ignored: {proposal.args['reason']}")
        report = await self.report(str(proposal.args["topic"]))
        return ActionResult(True, report["summary"], report)

    async def _transition(self, action_id: str, src: tuple[ActionStatus, ...], dst: ActionStatus,
                          summary: str, reason: str | None = None,
                          result: dict[str, Any] | None = None,
                          durable: bool = False) -> list[JournalEntry] | None:
        entry = NewEntry("action", action_id, summary, {"status": dst, "reason": reason,
                                                        "result": result})
        written = await self.store.run(self.store.transition, action_id, src, dst, [entry],
                                       reason, result, durable)
        if written:
            self.hub.publish(written)
        return written

    async def _expire_loop(self) -> None:
        while True:
            await asyncio.sleep(1.0)
            for record in await self.store.run(self.store.actions, (ActionStatus.PENDING,), 1000):
                if record.expires is not None and record.expires < time.time():
                    await self._expire(record)

    async def _sync_loop(self) -> None:
        """Bound what a power cut can take of hardware events to about a second."""
        while True:
            await asyncio.sleep(1.0)
            try:
                await self.store.run(self.store.sync_if_needed)
            except StoreError as error:
                self.counters["store_errors"] += 1
                log.error("%s", error)

    async def _expire(self, record: ActionRecord) -> None:
        await self._transition(record.id, (ActionStatus.PENDING,), ActionStatus.EXPIRED,
                               f"{record.tool} expired unconfirmed", reason="not confirmed in time")

    async def _state(self) -> DeviceState:
        return await self._state_source.read()

    # -- reading ------------------------------------------------------------------------------

    async def journal(self, after_seq: int, limit: int, filt: JournalFilter) -> list[JournalEntry]:
        return await self.store.run(self.store.journal, after_seq, limit, filt)

    async def recent(self, limit: int) -> list[JournalEntry]:
        return await self.store.run(self.store.recent, limit)

    async def follow(self, after_seq: int, filt: JournalFilter) -> AsyncIterator[JournalEntry]:
        last = after_seq
        while True:
            sub = self.hub.subscribe()  # before catching up, so nothing falls between the two
            try:
                while True:
                    page = await self.store.run(self.store.journal, last, _PAGE, filt)
                    for entry in page:
                        last = entry.seq
                        yield entry
                    if len(page) < _PAGE:
                        break
                while (entry := await sub.next()) is not None:
                    if entry.seq > last and filt.matches(entry):
                        last = entry.seq
                        yield entry
                if sub.closed:
                    return
            finally:
                self.hub.unsubscribe(sub)

    async def actions(self, statuses: tuple[ActionStatus, ...], limit: int) -> list[ActionRecord]:
        return await self.store.run(self.store.actions, statuses, limit)

    def health(self) -> Health:
        reasons = list(self._degraded)
        stalled = self.queue and time.monotonic() - self.last_progress > self.config.watchdog_stall_s
        if stalled:
            reasons.append("the controller loop is not making progress")
        if self.counters["store_errors"]:
            reasons.append(f"{self.counters['store_errors']} state write errors")
        counters = {**self.counters, **self.controller.counters()}
        for source in self.counter_sources:
            counters.update(source())
        counters.update(events_dropped=self.queue.stats.dropped,
                        events_coalesced=self.queue.stats.coalesced,
                        queue_depth=len(self.queue), queue_peak=self.queue.stats.peak,
                        queue_capacity=self.config.queue.capacity, stream_subscribers=len(self.hub))
        serving = self.serving and not self._stopping
        state = "stopping" if self._stopping else ("degraded" if reasons else "ok")
        status = (f"{state}: controller {self.controller.name}, {counters['events_received']} events,"
                  f" {counters['queue_depth']} queued, {counters['events_dropped']} dropped")
        return Health(serving, bool(reasons), status, tuple(reasons), counters,
                      time.monotonic() - self._started)

    def device_info(self) -> dict[str, str]:
        info = sysinfo.host_info(self.config.device_name)
        info.update(version=__version__, executor=self.executor.name,
                    catalog_version=self.catalog.version, catalog_sha256=self.catalog.sha256)
        info.update({k: str(v) for k, v in self.controller.info().items()})
        return info

    def model_info(self) -> dict[str, Any]:
        info: dict[str, Any] = dict(self.controller.info())
        usage = self.controller.context_usage()
        if usage:
            info["context"] = usage
        if self._degraded:
            info["degraded"] = list(self._degraded)
        return info

    async def report(self, topic: str) -> dict[str, Any]:
        """The answer to report_status(topic)."""
        health = self.health()
        if topic in ("storage", "network"):
            state = await self._state()
            if topic == "storage":
                items = [f"{s.device}{' (mounted)' if s.mounted else ''}" for s in state.storage]
            else:
                items = list(state.interfaces)
            return {"summary": f"{topic}: {', '.join(items) or 'none'}", "items": items}
        if topic == "model":
            info = self.model_info()
            return {"summary": "model: " + ", ".join(f"{k}={v}" for k, v in info.items()
                                                     if not isinstance(v, (dict, list))),
                    "info": info}
        if topic == "events":
            counts = await self.store.run(self.store.counts)
            return {"summary": f"events: {health.counters['events_received']} received, "
                               f"{health.counters['events_dropped']} dropped", "counts": counts}
        return {"summary": health.status, "reasons": list(health.reasons)}

    # -- policy -------------------------------------------------------------------------------

    def policy_text(self) -> str:
        return tomli_w.dumps(self.policy.config.model_dump(mode="json", exclude_none=True))

    async def set_policy(self, text: str, principal: Principal) -> str:
        config = _parse_policy(text)  # raises ConfigError with the key and the reason
        canonical = tomli_w.dumps(config.model_dump(mode="json", exclude_none=True))
        entry = NewEntry("audit", new_id("pol"), f"policy replaced by {principal.name}",
                         {"principal": principal.name, "interface": principal.interface,
                          "policy": canonical})
        try:
            written = await self.store.run(self.store.put_setting, "policy", canonical, [entry])
        except StoreError as error:
            raise Unavailable(f"policy not saved: {error}") from None
        self.policy = Policy(config, self.catalog)
        self.hub.publish(written)
        return canonical


def _parse_policy(text: str) -> PolicyConfig:
    import tomllib

    from llmos.agent.config import ConfigError

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"policy: not valid TOML: {error}") from None
    return parse_config({"policy": raw}).policy


def _result_data(result: ActionResult | None) -> dict[str, Any] | None:
    if result is None:
        return None
    return {"ok": result.ok, "detail": result.detail, "data": dict(result.data)}


def _result_entry(ref: str, tool: str, status: ActionStatus, result: ActionResult) -> NewEntry:
    return NewEntry("action", ref, f"{tool} {status}: {result.detail}",
                    {"status": status, "reason": None, "result": _result_data(result)})


def _call(proposal: Proposal) -> str:
    args = ", ".join(f"{k}={v!r}" for k, v in proposal.args.items())
    return f"{proposal.tool}({args})"


def _event_summary(event: HardwareEvent) -> str:
    props = event.properties
    detail = " ".join(
        f"{k.lower()}={props[k]}" for k in ("ID_FS_LABEL", "ID_VENDOR", "ID_MODEL", "INTERFACE",
                                           "POWER_SUPPLY_ONLINE", "TRIP")
        if props.get(k)
    )
    return f"{event.subsystem} {event.action} {event.devnode or event.devpath} {detail}".strip()
