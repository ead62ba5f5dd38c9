"""The bounded queue between event sources and the controller.

A udev storm must never block the netlink reader nor grow memory without bound. Duplicate
`change` events for one device are coalesced (the newest wins); when the queue is full the
oldest low-priority event is dropped and counted. Dropped events are already in the event log.
Which events are high priority is the catalog's word (its tools' `events`): add and remove of
storage, consoles and links, and power changes, are what the appliance reacts to.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass

from llmos.agent.domain import HardwareEvent


@dataclass(frozen=True, slots=True)
class QueuedEvent:
    ref: str
    event: HardwareEvent


@dataclass
class QueueStats:
    peak: int = 0
    coalesced: int = 0
    dropped: int = 0


class EventQueue:
    """A single-consumer queue. `put` never blocks; it returns the refs that left the queue."""

    def __init__(self, capacity: int, priority: frozenset[tuple[str, str]]) -> None:
        """`priority`: (subsystem, action) of the events dropped last (Catalog.priority_events)."""
        self._capacity = capacity
        self._priority = priority
        self._items: OrderedDict[str, QueuedEvent] = OrderedDict()
        self._change_index: dict[str, str] = {}  # devpath -> ref of the queued change event
        self._ready = asyncio.Event()
        self.stats = QueueStats()

    def __len__(self) -> int:
        return len(self._items)

    def put(self, item: QueuedEvent) -> tuple[list[str], list[str]]:
        """Queue an event. Returns (coalesced refs, dropped refs) so the caller can log them."""
        coalesced: list[str] = []
        dropped: list[str] = []
        if item.event.action == "change":
            previous = self._change_index.pop(item.event.devpath, None)
            if previous is not None and self._items.pop(previous, None) is not None:
                coalesced.append(previous)
                self.stats.coalesced += 1
            self._change_index[item.event.devpath] = item.ref
        self._items[item.ref] = item
        while len(self._items) > self._capacity:
            victim = self._pick_victim()
            self._remove(victim)
            dropped.append(victim)
            self.stats.dropped += 1
        self.stats.peak = max(self.stats.peak, len(self._items))
        self._ready.set()
        return coalesced, dropped

    def _pick_victim(self) -> str:
        for ref, queued in self._items.items():
            if (queued.event.subsystem, queued.event.action) not in self._priority:
                return ref
        return next(iter(self._items))

    def _remove(self, ref: str) -> None:
        queued = self._items.pop(ref)
        if self._change_index.get(queued.event.devpath) == ref:
            del self._change_index[queued.event.devpath]

    async def get(self) -> QueuedEvent:
        while not self._items:
            self._ready.clear()
            await self._ready.wait()
        ref, queued = self._items.popitem(last=False)
        if self._change_index.get(queued.event.devpath) == ref:
            del self._change_index[queued.event.devpath]
        return queued

