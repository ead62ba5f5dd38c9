"""Intake: everything that comes in is in the journal before anything else happens to it.

Hardware events arrive from the sources (udev, replay) on the event loop and are never made to
wait: `submit_events` only appends them to a list, and the ingest task logs them in batches (one
transaction each) and puts them in the bounded event queue (event_queue.py), which may coalesce
or drop some under a storm; those stay in the journal, marked. A command is logged and fsynced
before it is decided, so a client's answer never names a command the agent could forget.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from llmos.agent.api import CommandRequest, Unavailable
from llmos.agent.domain import HardwareEvent, JournalEntry, Principal
from llmos.agent.event_queue import EventQueue, QueuedEvent
from llmos.agent.ledger import Ledger
from llmos.agent.normalize import event_from_dict
from llmos.agent.store import StoreError

log = logging.getLogger("llmos.intake")
_BATCH = 2048  # events logged per transaction at most


class Intake:
    def __init__(self, ledger: Ledger, queue: EventQueue, spool_capacity: int = 10_000) -> None:
        self._ledger = ledger
        self.queue = queue
        self._incoming: list[HardwareEvent] = []
        self._incoming_ready = asyncio.Event()
        # Events the journal could not take (a full disk): kept in order, in memory, bounded,
        # and logged again every second; only what overflows it (or is left at stop) is lost.
        self._spool: list[HardwareEvent] = []
        self._spool_capacity = spool_capacity
        self._spool_lock = asyncio.Lock()
        self.closed = False
        self.events_received = 0
        self.events_lost = 0
        self.commands = 0

    # -- hardware events ----------------------------------------------------------------------

    def submit_events(self, events: list[HardwareEvent]) -> None:
        """Called by event sources from the loop; never blocks. Logged by `ingest_loop`."""
        if self.closed:
            return
        self._incoming.extend(events)
        self._incoming_ready.set()

    @property
    def backlog(self) -> int:
        """Events submitted and not logged yet (the udev source pauses when it grows)."""
        return len(self._incoming)

    async def ingest_loop(self) -> None:
        while True:
            await self._incoming_ready.wait()
            self._incoming_ready.clear()
            while self._incoming:
                batch, self._incoming = self._incoming[:_BATCH], self._incoming[_BATCH:]
                await self._ingest(batch)

    async def _ingest(self, batch: list[HardwareEvent]) -> None:
        async with self._spool_lock:
            if self._spool:  # what waits goes first: the order of events is kept
                self._to_spool(batch)
                return
            try:
                written = await self._ledger.accept_events(batch)
            except StoreError as error:
                log.error("could not log %d events, spooled in memory: %s", len(batch), error)
                self._to_spool(batch)
                return
        await self._accepted(batch, written)

    async def _accepted(self, batch: list[HardwareEvent], written: list[JournalEntry]
                        ) -> None:
        self.events_received += len(batch)
        await self.enqueue([QueuedEvent(e.ref, event) for e, event in zip(written, batch,
                                                                          strict=True)])

    def _to_spool(self, batch: list[HardwareEvent]) -> None:
        self._spool.extend(batch)
        over = len(self._spool) - self._spool_capacity
        if over > 0:
            del self._spool[:over]
            self.events_lost += over
            log.error("event spool full: %d events lost (never logged)", over)

    async def retry_loop(self, interval_s: float = 1.0) -> None:
        """Log the spooled events once the journal takes writes again, then decide them."""
        while True:
            await asyncio.sleep(interval_s)
            while self._spool:
                async with self._spool_lock:
                    batch = self._spool[:_BATCH]
                    try:
                        written = await self._ledger.accept_events(batch)
                    except StoreError:
                        break
                    del self._spool[:len(batch)]
                log.info("%d spooled events logged", len(batch))
                await self._accepted(batch, written)

    async def enqueue(self, items: list[QueuedEvent]) -> None:
        coalesced: list[tuple[str, str]] = []
        dropped: list[str] = []
        for item in items:
            merged, lost = self.queue.put(item)
            coalesced += [(ref, item.ref) for ref in merged]
            dropped += lost
        await self._ledger.settle_unqueued(coalesced, dropped)

    async def resume(self) -> list[tuple[str, dict[str, Any]]]:
        """What a previous run left undecided: its events go back in the queue; its commands
        are returned, as (ref, payload), to be run again."""
        events, commands = [], []
        for ref, kind, payload in await self._ledger.queued():
            if kind == "event":
                events.append(QueuedEvent(ref, event_from_dict(payload["event"])))
            else:
                commands.append((ref, payload))
        await self.enqueue(events)
        return commands

    @property
    def idle(self) -> bool:
        """Nothing submitted or queued is left to decide."""
        return not self.queue and not self._incoming and not self._spool

    # -- commands -----------------------------------------------------------------------------

    async def accept_command(self, request: CommandRequest, principal: Principal) -> str:
        """Log the command (fsynced) and return its id; Unavailable if it cannot be kept."""
        if self.closed:
            raise Unavailable("the agent is shutting down")
        if (request.text is None) == (request.tool is None):
            raise ValueError("a command is either text or a structured action")
        payload = {
            "text": request.text, "tool": request.tool, "args": dict(request.args),
            "dry_run": request.dry_run, "hold": request.hold, "reply_to": request.reply_to,
            "principal": principal.name,
            "role": principal.role.name.lower(), "interface": principal.interface,
        }
        what = request.text if request.text is not None else request.tool
        try:
            ref = await self._ledger.accept_command(
                payload, f"{principal.name} ({principal.interface}): {what}", request.id)
        except StoreError as error:
            raise Unavailable(f"command not accepted: {error}") from None
        self.commands += 1
        return ref

    def close(self) -> None:
        """Stop taking input; what is queued stays queued (in the inbox too)."""
        self.closed = True

    def abandon_spool(self) -> None:
        """At stop: what is still spooled in memory was never logged; it is lost, counted."""
        if self._spool:
            log.error("%d spooled events lost at stop (the journal never took them)",
                      len(self._spool))
            self.events_lost += len(self._spool)
            self._spool.clear()

    def counters(self) -> dict[str, int]:
        stats = self.queue.stats
        return {"events_received": self.events_received, "commands": self.commands,
                # events_dropped: the queue's drops (still in the journal, marked) and the
                # events the journal never took (events_lost); events_spooled wait for it
                "events_dropped": stats.dropped + self.events_lost,
                "events_lost": self.events_lost, "events_spooled": len(self._spool),
                "events_coalesced": stats.coalesced,
                "queue_depth": len(self.queue), "queue_peak": stats.peak}
