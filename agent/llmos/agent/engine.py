"""The controller loop: event or command -> controller -> validation -> policy -> executor.

The engine drives one decision at a time through the stages, each its own module: intake.py
logs what comes in and queues events, the controller chain proposes (controller/chain.py),
validation.py and policy.py judge, an executor acts (the catalog's answers go to
executor/answers.py), and ledger.py writes every step under the id of the event or command that
started it, so nothing is acknowledged before it is on disk. status.py says how it all goes.
The engine itself owns the worker that drains the event queue, execute/confirm/reject, and the
life cycle; it implements llmos.agent.api.AgentApi, which is all the front ends see.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Coroutine, Mapping
from dataclasses import replace
from typing import Any

from llmos.agent import exposure
from llmos.agent.api import (
    CommandRequest,
    Conflict,
    Health,
    InvalidAction,
    NotFound,
    Outcome,
    RateLimited,
    Unavailable,
)
from llmos.agent.catalog import Catalog
from llmos.agent.config import AgentConfig
from llmos.agent.controller.chain import ControllerChain
from llmos.agent.controller.corrections import example, meant
from llmos.agent.controller.language.reply import pick
from llmos.agent.device_state import StateSource
from llmos.agent.domain import (
    ActionRecord,
    ActionResult,
    ActionStatus,
    Decision,
    DecisionRequest,
    DeviceState,
    HardwareEvent,
    JournalEntry,
    JournalFilter,
    Principal,
    Proposal,
    Role,
    Verdict,
)
from llmos.agent.event_queue import EventQueue
from llmos.agent.executor import Executor
from llmos.agent.executor.answers import AnswerExecutor
from llmos.agent.exposure import ExposureError, Host
from llmos.agent.intake import Intake
from llmos.agent.ledger import Ledger, call_text, finished
from llmos.agent.policy import Policy, parse_policy, policy_text
from llmos.agent.status import CounterSource, Status
from llmos.agent.store import Store, StoreError
from llmos.agent.validation import ValidationError, validate

log = logging.getLogger("llmos.engine")

UDEV = Principal("udev", Role.OPERATOR, "udev")
# "no, I meant ..." teaches only what was inferred: a name said outright reads at 1.0, a reboot,
# a profile or an event at 0.95; a description, a typo or a part at 0.9 and below.
LEARN_BELOW = 0.95
_STATUS_BY_DECISION = {Decision.ALLOW: ActionStatus.RUNNING, Decision.CONFIRM: ActionStatus.PENDING,
                       Decision.DENY: ActionStatus.DENIED}


class Engine:
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
        host: Host | None = None,
    ) -> None:
        self.config = config
        self.catalog = catalog
        self.controller = controller
        self.executor = executor
        self.answers = AnswerExecutor(self.report)
        self._state = state
        self.policy = Policy(config.policy, catalog)
        # a described device ([replay] state) is not this machine: exposure.Host
        self.host = host or Host(sysfs=config.executor.sysfs_root, state_dir=config.state_dir,
                                 real=config.replay.state is None)
        self.ledger = Ledger(store)
        self.intake = Intake(self.ledger, EventQueue(config.queue.capacity,
                                                     catalog.priority_events),
                             config.queue.spool)
        self.status = Status(config, catalog, controller, executor.name, self.intake, self.ledger,
                             state, self._counters, degraded)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._running_actions: set[asyncio.Task[Any]] = set()
        # Commands being decided or run, by id: a second request with a caller's id waits for
        # the first one's outcome instead of running again (execute).
        self._inflight: dict[str, asyncio.Future[Outcome]] = {}
        self._stopping = False
        self.serving = False
        self.last_progress = time.monotonic()
        self.decisions = 0
        self.actions_succeeded = 0
        self.actions_failed = 0

    # -- life cycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Resume what a previous run left: interrupted actions, undecided events and commands."""
        self.controller.corrections.extend(await self.ledger.corrections())
        saved = await self.ledger.setting("policy")
        if saved:
            self.policy = Policy(parse_policy(saved), self.catalog)
        await self.ledger.interrupt_running()
        for ref, payload in await self.intake.resume():
            self._spawn(self._once(ref, self._resume_command(ref, payload)))
        self._spawn(self.intake.ingest_loop())
        self._spawn(self.intake.retry_loop())
        self._spawn(self._worker())
        self._spawn(self.ledger.expire_loop())
        self._spawn(self.ledger.sync_loop())
        kept = self.config.journal
        self._spawn(self.ledger.retention_loop(kept.max_entries, kept.max_age_days * 86_400,
                                               kept.max_mb * 1024 * 1024, kept.prune_every_s))

    async def stop(self, drain_s: float = 5.0) -> None:
        """Stop taking input, finish what is queued within `drain_s`, leave the rest queued."""
        self._stopping = True
        self.intake.close()
        deadline = time.monotonic() + drain_s
        while not self.intake.idle and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        if self._running_actions:
            await asyncio.wait(self._running_actions, timeout=max(0.1, deadline - time.monotonic()))
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.intake.abandon_spool()
        self.controller.close()
        await self.ledger.close()
        # Whatever is still queued stays 'queued' in the inbox and is resumed at the next start.

    def degrade(self, reason: str) -> None:
        """A part is missing (udev, the model, ...): health says so until the agent restarts."""
        self.status.degrade(reason)

    def add_counters(self, source: CounterSource) -> None:
        """Counters of a front end (console, voice) for health."""
        self.status.counter_sources.append(source)

    def submit_events(self, events: list[HardwareEvent]) -> None:
        """For event sources, on the loop; never blocks (intake.py)."""
        self.intake.submit_events(events)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # -- hardware events ----------------------------------------------------------------------

    async def _worker(self) -> None:
        while True:
            queued = await self.intake.queue.get()
            self.last_progress = time.monotonic()
            try:
                state = await self._state.read()
                if _news_to(state, queued.event):
                    # what was just plugged in must be in the state it is judged against (a
                    # read is cached for a second); in a storm of what is known, no re-read
                    self._state.invalidate()
                    state = await self._state.read()
                request = DecisionRequest(None, (queued.event,), state)
                await self._decide_and_act(queued.ref, request, UDEV, dry_run=False)
            except StoreError as error:  # counted by the ledger; the event stays in the inbox
                log.error("event %s not decided: %s", queued.ref, error,
                          extra={"EVENT_ID": queued.ref})
            except Exception:  # a bug must not stop the loop: the next event is still decided
                log.exception("event %s not decided", queued.ref, extra={"EVENT_ID": queued.ref})
            self.last_progress = time.monotonic()

    # -- commands -----------------------------------------------------------------------------

    async def execute(self, request: CommandRequest, principal: Principal) -> Outcome:
        if request.dry_run:  # refused before it is logged: a flood does not fill the journal
            limited = self.policy.dry_run_limited(principal.name)
            if limited:
                raise RateLimited(limited)
        if request.id is None:
            ref = await self.intake.accept_command(request, principal)
            return await self._run_command(ref, request, principal)
        # A caller's id: at most once, whatever the transport delivers twice (MQTT's QoS 1).
        running = self._inflight.get(request.id)
        if running is not None:
            return await asyncio.shield(running)
        return await self._once(request.id, self._execute_once(request, principal))

    async def _execute_once(self, request: CommandRequest, principal: Principal) -> Outcome:
        assert request.id is not None
        before = await self._earlier(request.id, principal)
        if before is not None:
            return before
        ref = await self.intake.accept_command(request, principal)
        return await self._run_command(ref, request, principal)

    def _once(self, ref: str, work: Coroutine[Any, Any, Outcome]
              ) -> Coroutine[Any, Any, Outcome]:
        """Claim command `ref` now (before anything awaits), then run `work` as its one run;
        whoever asks for `ref` meanwhile shares its end."""
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._inflight[ref] = future
        return self._settle(ref, future, work)

    async def _settle(self, ref: str, future: asyncio.Future[Outcome],
                      work: Coroutine[Any, Any, Outcome]) -> Outcome:
        try:
            outcome = await work
        except BaseException as error:
            future.set_exception(error)
            future.exception()  # retrieved here: nobody else need be waiting
            raise
        else:
            future.set_result(outcome)
            return outcome
        finally:
            del self._inflight[ref]

    async def _earlier(self, ref: str, principal: Principal) -> Outcome | None:
        """The outcome of a command this id already named, or None if it names none. An id
        another principal used is a conflict: nobody reads someone else's command by its id."""
        logged = await self.ledger.journal(0, 1, JournalFilter(frozenset({"command"}), ref=ref))
        if not logged:
            return None
        data = logged[0].data
        if (data.get("principal"), data.get("interface")) != (principal.name,
                                                              principal.interface):
            raise Conflict(f"id {ref} names another caller's command")
        record = await self.ledger.action(ref)
        if record is None:  # logged, not decided: the start resumes it (_once above)
            raise Unavailable(f"command {ref} is accepted and not decided yet; ask again")
        proposal = Proposal(record.tool, record.args, record.controller)
        decision = {ActionStatus.PENDING: Decision.CONFIRM, ActionStatus.DENIED: Decision.DENY,
                    ActionStatus.REJECTED: Decision.DENY}.get(record.status, Decision.ALLOW)
        result = None
        if record.result is not None:
            result = ActionResult(bool(record.result.get("ok")),
                                  str(record.result.get("detail", "")),
                                  dict(record.result.get("data") or {}))
        return Outcome(ref, record.status, proposal, Verdict(decision, record.reason), result,
                       expires=record.expires)

    async def _run_command(self, ref: str, request: CommandRequest, principal: Principal
                           ) -> Outcome:
        structured, text, corrects = None, request.text, None
        if request.tool is not None:
            structured = Proposal(request.tool, dict(request.args), controller="operator")
        elif request.reply_to and (instead := meant(request.text or "")):
            text, corrects = instead, request.reply_to  # "no, I meant ..."
        elif request.reply_to:
            structured = await self._reply(request.reply_to, request.text or "")
        decision = DecisionRequest(text, (), await self._state.read())
        outcome = await self._decide_and_act(ref, decision, principal, request.dry_run,
                                             structured, request.hold)
        if corrects and not request.dry_run:
            await self._learn(corrects, outcome, principal)
        return outcome

    async def _learn(self, corrected: str, outcome: Outcome, principal: Principal) -> None:
        """After "no, I meant ...": the earlier command's action is dropped if it still waits
        for a confirmation, and what was decided for the new words becomes its correction if
        the earlier words were read by inference (a description, a typo, a guess, or not at
        all). Words that named what they meant ("reboot", "bring eth0 down") were misheard or
        changed one's mind: learning from them would make "reboot" restart nginx for good."""
        call = outcome.proposal
        if principal.role < Role.OPERATOR or call is None or outcome.error or \
                call.tool in ("say", "ignore"):
            return  # the new words were not understood either: nothing to learn
        with contextlib.suppress(NotFound, Conflict):
            await self.reject(corrected, principal, f"corrected by {outcome.id}")
        decided = await self.journal(0, 10, JournalFilter(frozenset({"decision"}), ref=corrected))
        first = decided[0].data if decided else {}
        if first.get("tool") not in ("say", "report_status") and \
                float(first.get("confidence", 1.0)) >= LEARN_BELOW:
            log.info("%s: %s named what it meant; not learned", outcome.id, corrected)
            return
        try:
            await self.correct(corrected, call.tool, call.args, principal)
        except (NotFound, Conflict, InvalidAction, PermissionError) as error:
            log.info("%s: not learned as a correction of %s: %s", outcome.id, corrected, error)

    async def correct(self, action_id: str, tool: str, args: Mapping[str, Any],
                      principal: Principal) -> dict[str, Any]:
        """Record what a command in words should have been decided as: a labelled example that
        the controller recalls for the same words from now on (controller/corrections.py)."""
        if principal.role < Role.OPERATOR:
            raise PermissionError("correcting needs the operator role")
        entries = await self.journal(0, 10, JournalFilter(frozenset({"command", "decision"}),
                                                          ref=action_id))
        if not entries:
            raise NotFound(f"no command {action_id}")
        words = next((e.data.get("text") for e in entries if e.kind == "command"), None)
        if not words:
            raise Conflict(f"{action_id} was not a command in words: there is nothing to learn")
        try:
            args = validate(self.catalog, tool, args)
        except ValidationError as error:
            raise InvalidAction(str(error)) from None
        was = next((e.data for e in entries if e.kind == "decision"), {})
        learned = {**example(words, await self._state.read(), tool, args, action_id),
                   "was": {"tool": was.get("tool"), "args": was.get("args")},
                   "by": principal.name}
        call = call_text(Proposal(tool, args, "operator"))
        await self.ledger.record_correction(action_id, f"{words!r} means {call} "
                                            f"(corrected by {principal.name})", learned)
        self.controller.corrections.add(words, tool, args)
        return learned

    async def corrections(self) -> list[dict[str, Any]]:
        return await self.ledger.corrections()

    async def _resume_command(self, ref: str, payload: dict[str, Any]) -> Outcome:
        principal = Principal(payload["principal"], Role.parse(payload["role"]),
                              payload["interface"])
        request = CommandRequest(payload["text"], payload["tool"], payload["args"],
                                 payload["dry_run"], payload.get("hold", False),
                                 payload.get("reply_to"))
        return await self._run_command(ref, request, principal)

    async def _reply(self, question: str, text: str) -> Proposal | None:
        """The call a reply completes: the choice it names among those the question offered
        (recorded with its decision), or None if it names none (a new command then)."""
        asked = await self.journal(0, 10, JournalFilter(frozenset({"decision"}), ref=question))
        choices = asked[-1].data.get("choices") if asked else None
        choice = pick(text, choices or [])
        if choice is None:
            return None
        return Proposal(choice["tool"], dict(choice["args"]), "reply",
                        reading=f"reply to {question}: {choice['label']}")

    async def confirm(self, action_id: str, principal: Principal) -> Outcome:
        needed = self.policy.config.confirm_role
        if principal.role < needed:
            raise PermissionError(f"confirming needs the {needed.name.lower()} role")
        record = await self.ledger.pending(action_id)
        rule = self.policy.config.tools.get(record.tool)
        if rule is not None and rule.distinct_confirmer and principal.name == record.principal:
            raise PermissionError(f"{record.tool} must be confirmed by someone other than "
                                  f"{principal.name}, who asked for it")
        proposal = Proposal(record.tool, record.args, record.controller)
        # What was allowed when it was asked may not be now: policy, exposure, the device and
        # the rate limits are judged again at the moment it would run.
        refusal = ""
        try:
            proposal, verdict = await self._judge(proposal, await self._state.read(),
                                                  confirmed=True)
            if verdict.decision is Decision.DENY:
                refusal = verdict.reason
        except ValidationError as invalid:
            refusal = f"invalid action: {invalid}"
        if refusal:
            why = f"refused at confirmation: {refusal}"
            if not await self.ledger.move(record, ActionStatus.REJECTED, f"{record.tool} {why}",
                                          reason=why, durable=True):
                raise Conflict(f"action {action_id} is no longer pending")
            return Outcome(action_id, ActionStatus.REJECTED, proposal,
                           Verdict(Decision.DENY, why), None)
        if not await self.ledger.move(
                record, ActionStatus.RUNNING, f"{record.tool} confirmed by {principal.name}",
                reason=f"confirmed by {principal.name} ({principal.interface})", durable=True):
            raise Conflict(f"action {action_id} is no longer pending")
        result = await self._act(action_id, proposal, durable=True)
        return Outcome(action_id, finished(result), proposal, Verdict(Decision.ALLOW, "confirmed"),
                       result)

    async def reject(self, action_id: str, principal: Principal, reason: str) -> Outcome:
        needed = self.policy.config.confirm_role
        if principal.role < needed:
            raise PermissionError(f"rejecting needs the {needed.name.lower()} role")
        record = await self.ledger.pending(action_id)
        why = f"rejected by {principal.name}" + (f": {reason}" if reason else "")
        if not await self.ledger.move(record, ActionStatus.REJECTED, f"{record.tool} {why}",
                                      reason=why, durable=True):
            raise Conflict(f"action {action_id} is no longer pending")
        proposal = Proposal(record.tool, record.args, record.controller)
        return Outcome(action_id, ActionStatus.REJECTED, proposal, Verdict(Decision.DENY, why),
                       None)

    # -- the decision -------------------------------------------------------------------------

    async def _decide_and_act(self, ref: str, request: DecisionRequest, principal: Principal,
                              dry_run: bool, structured: Proposal | None = None,
                              hold: bool = False) -> Outcome:
        proposal = structured or await self.controller.propose(request, ref)
        error = ""
        try:
            proposal, verdict = await self._judge(proposal, request.state, count=not dry_run)
        except ValidationError as invalid:
            error = str(invalid)
            verdict = Verdict(Decision.DENY, f"invalid action: {invalid}")
        tool = self.catalog.tools.get(proposal.tool)
        answer = tool is not None and tool.informational
        if (principal.role < Role.OPERATOR and not answer and not dry_run
                and verdict.decision is not Decision.DENY):
            # on every front end, not only in gRPC's table: a viewer (a plugged-in serial
            # adapter, a local user so configured) gets answers and changes nothing
            verdict = Verdict(Decision.DENY, f"{proposal.tool} needs the operator role; "
                              f"{principal.name} is a viewer")
        unsure = proposal.confidence < self.config.controller.confirm_below
        if verdict.decision is Decision.ALLOW and not answer and (hold or unsure):
            # a change the controller is unsure of waits for a confirmation on every front end,
            # with a read-back of how the command was understood
            verdict = Verdict(Decision.CONFIRM, f"held: not sure this is what was asked "
                              f"({proposal.reading}); confirm to run it" if unsure else
                              f"held for {principal.name} to confirm")
        status = ActionStatus.DRY_RUN if dry_run else _STATUS_BY_DECISION[verdict.decision]
        expires = (time.time() + self.policy.config.pending_ttl_s
                   if status == ActionStatus.PENDING else None)
        result = None
        if status == ActionStatus.RUNNING and answer:
            # No effects, nothing to repeat: the decision and its answer are written together.
            result = await self._run(ref, proposal)
        durable = principal is not UDEV  # a client waits for this answer
        summary = await self.ledger.record_decision(ref, proposal, verdict, status, principal,
                                                    expires, result, durable)
        self.decisions += 1
        log.info("%s: %s", ref, summary, extra={"EVENT_ID": ref, "ACTION_ID": ref})
        if result is not None:
            status = finished(result)
        elif status == ActionStatus.RUNNING:
            result = await self._act(ref, proposal, durable)
            status = finished(result)
        return Outcome(ref, status, proposal, verdict, result, error, expires)

    async def _judge(self, proposal: Proposal, state: DeviceState, count: bool = True,
                     confirmed: bool = False) -> tuple[Proposal, Verdict]:
        """Validation (ValidationError), then exposure, then policy: the proposal as it would
        run (storage resolved) and the verdict."""
        args = validate(self.catalog, proposal.tool, proposal.args)
        proposal = replace(proposal, args=args)
        tool = self.catalog.tools[proposal.tool]
        if self.policy.rule(proposal.tool) is not None and tool.targets:
            try:
                args = exposure.check(tool, args, state, self.policy.config.expose, self.host)
            except ExposureError as refused:
                return proposal, Verdict(Decision.DENY, str(refused))
            proposal = replace(proposal, args=args)
        return proposal, self.policy.check(proposal.tool, args, count=count, confirmed=confirmed)

    async def _act(self, ref: str, proposal: Proposal, durable: bool) -> ActionResult:
        """Run an allowed action that has effects and record its result."""
        task = asyncio.current_task()
        if task is not None:
            self._running_actions.add(task)
        try:
            result = await self._run(ref, proposal)
        finally:
            if task is not None:
                self._running_actions.discard(task)
        tool = self.catalog.tools.get(proposal.tool)
        if tool is not None and tool.changes_state:
            self._state.invalidate()
        await self.ledger.finish(ref, proposal.tool, result, durable)
        return result

    async def _run(self, ref: str, proposal: Proposal) -> ActionResult:
        """The executor for the tool: the answers for the catalog's answers, else the system's
        (or the recorder). Counted; an executor's bug is a failed action, not a dead loop."""
        tool = self.catalog.tools.get(proposal.tool)
        executor = self.answers if tool is not None and tool.informational else self.executor
        try:
            result = await executor.run(proposal.tool, proposal.args)
        except Exception as error:
            log.exception("%s: executor failed", ref, extra={"ACTION_ID": ref})
            result = ActionResult(False, f"{proposal.tool}: internal error: {error}")
        if result.ok:
            self.actions_succeeded += 1
        else:
            self.actions_failed += 1
        return result

    def _counters(self) -> dict[str, int]:
        return {"decisions": self.decisions, "actions_succeeded": self.actions_succeeded,
                "actions_failed": self.actions_failed}

    # -- reading ------------------------------------------------------------------------------

    async def journal(self, after_seq: int, limit: int, filt: JournalFilter) -> list[JournalEntry]:
        return await self.ledger.journal(after_seq, limit, filt)

    async def recent(self, limit: int) -> list[JournalEntry]:
        return await self.ledger.recent(limit)

    def follow(self, after_seq: int, filt: JournalFilter) -> AsyncIterator[JournalEntry]:
        return self.ledger.follow(after_seq, filt)

    async def actions(self, statuses: tuple[ActionStatus, ...], limit: int) -> list[ActionRecord]:
        return await self.ledger.actions(statuses, limit)

    def health(self) -> Health:
        return self.status.health(self.serving, self._stopping, self.last_progress)

    def device_info(self) -> dict[str, str]:
        return self.status.device_info()

    def model_info(self) -> dict[str, Any]:
        return self.status.model_info()

    async def report(self, topic: str) -> dict[str, Any]:
        """The answer to report_status(topic)."""
        return await self.status.report(topic, self.health())

    # -- policy -------------------------------------------------------------------------------

    def policy_text(self) -> str:
        return policy_text(self.policy.config)

    async def set_policy(self, text: str, principal: Principal) -> str:
        config = parse_policy(text)  # raises ConfigError with the key and the reason
        canonical = policy_text(config)
        try:
            await self.ledger.put_setting(
                "policy", canonical, f"policy replaced by {principal.name}",
                {"principal": principal.name, "interface": principal.interface,
                 "policy": canonical})
        except StoreError as error:
            raise Unavailable(f"policy not saved: {error}") from None
        self.policy = Policy(config, self.catalog)
        return canonical


def _news_to(state: DeviceState, event: HardwareEvent) -> bool:
    """Whether an add or a remove names a device the state does not know as it is now."""
    if event.action not in ("add", "remove"):
        return False
    present = (event.properties.get("INTERFACE") in state.interfaces
               or any(s.device == event.devnode for s in state.storage))
    return present != (event.action == "add")
