"""Live fan-out of new journal entries to event-stream subscribers.

A subscriber that falls behind is not allowed to hold memory: its buffer is bounded, and on
overflow it is told to catch up from the event log instead, so a stream never loses an entry.
"""

from __future__ import annotations

import asyncio
from collections import deque

from llmos.agent.domain import JournalEntry


class Subscription:
    def __init__(self, limit: int) -> None:
        self._items: deque[JournalEntry] = deque()
        self._limit = limit
        self._wake = asyncio.Event()
        self.overflowed = False
        self.closed = False

    def _offer(self, entries: list[JournalEntry]) -> None:
        if self.overflowed:
            return
        if len(self._items) + len(entries) > self._limit:
            self.overflowed = True
            self._items.clear()
        else:
            self._items.extend(entries)
        self._wake.set()

    async def next(self) -> JournalEntry | None:
        """The next live entry; None when the subscriber must catch up from the log, or on close."""
        while not self._items:
            if self.overflowed or self.closed:
                return None
            self._wake.clear()
            await self._wake.wait()
        return self._items.popleft()


class Hub:
    def __init__(self, buffer: int = 4096) -> None:
        self._subscribers: set[Subscription] = set()
        self._buffer = buffer

    def __len__(self) -> int:
        return len(self._subscribers)

    def subscribe(self) -> Subscription:
        sub = Subscription(self._buffer)
        self._subscribers.add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        self._subscribers.discard(sub)

    def publish(self, entries: list[JournalEntry]) -> None:
        if entries:
            for sub in self._subscribers:
                sub._offer(entries)

    def close(self) -> None:
        for sub in self._subscribers:
            sub.closed = True
            sub._wake.set()
