"""The ledger: every journal write, the fan-out of what was written, and the action state machine.

Everything the agent records goes through here, in the journal's one format, under the id of
the event or command it belongs to; each write that succeeds is published to the event streams
(hub.py) at once. An action moves only along `MOVES` (pending -> running | rejected | expired,
running -> succeeded | failed | interrupted), and only if it is still where the caller found it,
so two confirmations, or a confirmation and an expiry, cannot both win. Pending actions expire
here, and hardware events' writes reach the disk here within a second (store.py says why).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator, Iterable
from typing import Any

from llmos.agent.api import Conflict, NotFound
from llmos.agent.domain import (
    ActionRecord,
    ActionResult,
    ActionStatus,
    HardwareEvent,
    JournalEntry,
    JournalFilter,
    NewEntry,
    Principal,
    Proposal,
    Verdict,
)
from llmos.agent.hub import Hub
from llmos.agent.store import Store, StoreError

log = logging.getLogger("llmos.ledger")

# Where an action may go from where it is; every other status is final.
MOVES: dict[ActionStatus, frozenset[ActionStatus]] = {
    ActionStatus.PENDING: frozenset({ActionStatus.RUNNING, ActionStatus.REJECTED,
                                     ActionStatus.EXPIRED}),
    ActionStatus.RUNNING: frozenset({ActionStatus.SUCCEEDED, ActionStatus.FAILED,
                                     ActionStatus.INTERRUPTED}),
}
_PAGE = 500  # journal entries read at a time while a stream catches up


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


class Ledger:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.hub = Hub()
        self.store_errors = 0  # since start
        self.failing = 0  # writes failed in a row: health is degraded while this is not 0

    async def _write(self, method: Any, *args: Any) -> list[JournalEntry] | None:
        """One store transaction; what it wrote is published, a failure counted and raised."""
        try:
            written: list[JournalEntry] | None = await self.store.run(method, *args)
        except StoreError:
            self.store_errors += 1
            self.failing += 1
            raise
        self.failing = 0
        if written:
            self.hub.publish(written)
        return written

    # -- what comes in ------------------------------------------------------------------------

    async def accept_events(self, events: list[HardwareEvent]) -> list[JournalEntry]:
        """Log hardware events and queue them in the inbox, one transaction, not fsynced."""
        items: list[tuple[NewEntry, str | None]] = [
            (NewEntry("event", new_id("ev"), event_summary(event), {"event": event.to_dict()},
                      event.subsystem), "event")
            for event in events]
        return await self._write(self.store.accept, items) or []

    async def accept_command(self, payload: dict[str, Any], summary: str,
                             ref: str | None = None) -> str:
        """Log a command and queue it in the inbox, fsynced: its RPC answers after this.
        `ref` is a caller's id (CommandRequest.id); the agent makes one otherwise."""
        ref = ref or new_id("cmd")
        await self._write(self.store.accept, [(NewEntry("command", ref, summary, payload),
                                               "command")], True)
        return ref

    async def settle_unqueued(self, coalesced: Iterable[tuple[str, str]],
                              dropped: Iterable[str]) -> None:
        """Events that left the queue undecided stay in the log, settled and marked as such:
        `coalesced` as (ref, the ref it was coalesced into), `dropped` for a full queue."""
        for status, entries in (
                ("coalesced", [NewEntry("dropped", ref, f"coalesced into {by}", {"by": by})
                               for ref, by in coalesced]),
                ("dropped", [NewEntry("dropped", ref, "dropped: event queue full", {})
                             for ref in dropped])):
            if not entries:
                continue
            try:
                await self._write(self.store.append, entries, [e.ref for e in entries], status)
            except StoreError as error:  # counted; the events stay queued in the inbox
                log.error("could not log %s events: %s", status, error)

    async def queued(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Inbox items a previous run left undecided: (ref, kind, payload), oldest first."""
        return await self.store.run(self.store.queued)

    # -- decisions and the action state machine ------------------------------------------------

    async def record_decision(self, ref: str, proposal: Proposal, verdict: Verdict,
                              status: ActionStatus, principal: Principal, expires: float | None,
                              answer: ActionResult | None, durable: bool) -> str:
        """Write the action, settle its inbox item and log the decision (with the answer of an
        action without effects, already run), in one transaction. Returns the summary line."""
        now = time.time()
        data: dict[str, Any] = {"tool": proposal.tool, "args": dict(proposal.args),
                "controller": proposal.controller, "decision": verdict.decision.value,
                "reason": verdict.reason, "status": status, "principal": principal.name,
                "interface": principal.interface, "expires": expires,
                "confidence": round(proposal.confidence, 3), "reading": proposal.reading}
        if proposal.question:  # what a reply to this question may pick (engine.reply)
            data["choices"] = [{"label": c.label, "tool": c.tool, "args": dict(c.args)}
                               for c in proposal.question.choices]
        summary = f"{call_text(proposal)} -> {status}: {verdict.reason}"
        entries = [NewEntry("decision", ref, summary, data)]
        if answer is not None:
            status = finished(answer)
            entries.append(_result_entry(ref, proposal.tool, status, answer))
        record = ActionRecord(ref, proposal.tool, dict(proposal.args), proposal.controller,
                              status, verdict.reason, _result_data(answer), principal.name,
                              principal.interface, now, now, expires)
        await self._write(self.store.decide, record, entries, durable)
        return summary

    async def move(self, record: ActionRecord, to: ActionStatus, summary: str,
                   reason: str | None = None, durable: bool = False) -> bool:
        """Move an action on from the status it was read with; False if it moved meanwhile."""
        if to not in MOVES.get(record.status, frozenset()):
            raise ValueError(f"an action cannot go from {record.status} to {to}")
        entry = NewEntry("action", record.id, summary, {"status": to, "reason": reason,
                                                        "result": None})
        return bool(await self._write(self.store.transition, record.id, (record.status,), to,
                                      [entry], reason, None, durable))

    async def finish(self, ref: str, tool: str, result: ActionResult, durable: bool
                     ) -> ActionStatus:
        """A running action's result: succeeded or failed, with what the executor said."""
        status = finished(result)
        entry = _result_entry(ref, tool, status, result)
        await self._write(self.store.transition, ref, (ActionStatus.RUNNING,), status, [entry],
                          None, _result_data(result), durable)
        log.info("%s: %s", ref, entry.summary, extra={"ACTION_ID": ref})
        return status

    async def interrupt_running(self) -> None:
        """At start: what was running when the agent stopped may or may not have happened.
        It is never run twice; the log says so."""
        for record in await self.actions((ActionStatus.RUNNING,), 10_000):
            await self.move(record, ActionStatus.INTERRUPTED,
                            f"{record.tool} interrupted by a restart; not repeated",
                            reason="the agent stopped while this action ran", durable=True)

    async def pending(self, action_id: str) -> ActionRecord:
        """The action, if it is pending (NotFound, or Conflict with where it is instead)."""
        record = await self.store.run(self.store.action, action_id)
        if record is None:
            raise NotFound(f"no action {action_id!r}")
        if record.status == ActionStatus.PENDING and _expired(record):
            await self._expire(record)
            raise Conflict(f"action {action_id} expired")
        if record.status != ActionStatus.PENDING:
            raise Conflict(f"action {action_id} is {record.status}, not pending")
        return record

    async def _expire(self, record: ActionRecord) -> None:
        await self.move(record, ActionStatus.EXPIRED, f"{record.tool} expired unconfirmed",
                        reason="not confirmed in time")

    async def expire_loop(self) -> None:
        while True:
            await asyncio.sleep(1.0)
            for record in await self.actions((ActionStatus.PENDING,), 1000):
                if _expired(record):
                    await self._expire(record)

    async def sync_loop(self) -> None:
        """Bound what a power cut can take of hardware events to about a second."""
        while True:
            await asyncio.sleep(1.0)
            try:
                await self.store.run(self.store.sync_if_needed)
                if self.failing:
                    # nothing else may write for a while: find out whether writes work again
                    await self.store.run(self.store.probe)
                    self.failing = 0
                    log.info("state writes work again")
            except StoreError as error:
                self.store_errors += 1
                self.failing += 1
                log.error("%s", error)

    async def retention_loop(self, max_entries: int, max_age_s: float, max_bytes: int,
                             every_s: float) -> None:
        """Prune the journal by count, age and size: a batch at a time until nothing is over."""
        while True:
            await asyncio.sleep(every_s)
            try:
                while await self.store.run(self.store.prune, max_entries, max_age_s, max_bytes):
                    await asyncio.sleep(0)  # between batches, other writes go first
            except StoreError as error:
                log.error("journal retention: %s", error)

    # -- settings -----------------------------------------------------------------------------

    async def record_correction(self, ref: str, summary: str, example: dict[str, Any]) -> None:
        """An operator's correction of the decision on `ref`, as a labelled example, fsynced."""
        await self._write(self.store.append, [NewEntry("correction", ref, summary, example)], (),
                          "done", True)

    async def corrections(self) -> list[dict[str, Any]]:
        """Every correction recorded, oldest first (the examples `corrections export` writes)."""
        found: list[dict[str, Any]] = []
        after, page = 0, JournalFilter(frozenset({"correction"}))
        while batch := await self.journal(after, 1000, page):
            found += [entry.data for entry in batch]
            after = batch[-1].seq
        return found

    async def setting(self, key: str) -> str | None:
        return await self.store.run(self.store.setting, key)

    async def put_setting(self, key: str, value: str, audit: str, data: dict[str, Any]) -> None:
        """Replace a setting, with an audit entry, fsynced."""
        entry = NewEntry("audit", new_id("pol"), audit, data)
        await self._write(self.store.put_setting, key, value, [entry])

    # -- reading ------------------------------------------------------------------------------

    async def journal(self, after_seq: int, limit: int, filt: JournalFilter) -> list[JournalEntry]:
        return await self.store.run(self.store.journal, after_seq, limit, filt)

    async def recent(self, limit: int) -> list[JournalEntry]:
        return await self.store.run(self.store.recent, limit)

    async def actions(self, statuses: tuple[ActionStatus, ...], limit: int) -> list[ActionRecord]:
        return await self.store.run(self.store.actions, statuses, limit)

    async def action(self, action_id: str) -> ActionRecord | None:
        return await self.store.run(self.store.action, action_id)

    async def counts(self) -> dict[str, int]:
        return await self.store.run(self.store.counts)

    async def follow(self, after_seq: int, filt: JournalFilter) -> AsyncIterator[JournalEntry]:
        """The journal from `after_seq` on, then live, with nothing lost in between."""
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
                while (live := await sub.next()) is not None:
                    if live.seq > last and filt.matches(live):
                        last = live.seq
                        yield live
                if sub.closed:
                    return
            finally:
                self.hub.unsubscribe(sub)

    def counters(self) -> dict[str, int]:
        return {"store_errors": self.store_errors, "store_failing": self.failing,
                "stream_subscribers": len(self.hub)}

    async def close(self) -> None:
        """End the streams and put on disk what is not there yet."""
        self.hub.close()
        await self.store.run(self.store.sync_if_needed)


def finished(result: ActionResult) -> ActionStatus:
    return ActionStatus.SUCCEEDED if result.ok else ActionStatus.FAILED


def _expired(record: ActionRecord) -> bool:
    return record.expires is not None and record.expires < time.time()


def _result_data(result: ActionResult | None) -> dict[str, Any] | None:
    if result is None:
        return None
    return {"ok": result.ok, "detail": result.detail, "data": dict(result.data)}


def _result_entry(ref: str, tool: str, status: ActionStatus, result: ActionResult) -> NewEntry:
    return NewEntry("action", ref, f"{tool} {status}: {result.detail}",
                    {"status": status, "reason": None, "result": _result_data(result)})


def call_text(proposal: Proposal) -> str:
    """A call as the journal and the console show it: reboot(delay_s=600)."""
    args = ", ".join(f"{k}={v!r}" for k, v in proposal.args.items())
    return f"{proposal.tool}({args})"


def event_summary(event: HardwareEvent) -> str:
    props = event.properties
    detail = " ".join(
        f"{k.lower()}={props[k]}" for k in ("ID_FS_LABEL", "ID_VENDOR", "ID_MODEL", "INTERFACE",
                                           "POWER_SUPPLY_ONLINE", "TRIP")
        if props.get(k)
    )
    return f"{event.subsystem} {event.action} {event.devnode or event.devpath} {detail}".strip()
