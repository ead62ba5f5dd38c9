import asyncio
import itertools

from llmos.agent.catalog import load_catalog
from llmos.agent.event_queue import EventQueue, QueuedEvent
from llmos.agent.normalize import normalise

PRIORITY = load_catalog().priority_events


def ev(subsystem: str, action: str, path: str = "/devices/x") -> QueuedEvent:
    return QueuedEvent(f"ev-{next(_IDS)}", normalise(action, subsystem, path))


_IDS = itertools.count(1)


def test_duplicate_change_events_coalesce() -> None:
    q = EventQueue(8, PRIORITY)
    first = ev("power_supply", "change", "/devices/ac")
    second = ev("power_supply", "change", "/devices/ac")
    assert q.put(first) == ([], [])
    assert q.put(second) == ([first.ref], [])
    assert len(q) == 1 and q.stats.coalesced == 1


def test_full_queue_drops_oldest_low_priority_first() -> None:
    q = EventQueue(8, PRIORITY)
    important = [ev("block", "add", f"/devices/b{i}") for i in range(4)]
    noise = [ev("input", "add", f"/devices/i{i}") for i in range(4)]
    for item in important[:2] + noise + important[2:]:
        assert q.put(item)[1] == []
    _, dropped = q.put(ev("block", "add", "/devices/b9"))
    assert dropped == [noise[0].ref]
    assert q.stats.dropped == 1 and q.stats.peak == 8


def test_all_high_priority_drops_oldest() -> None:
    q = EventQueue(8, PRIORITY)
    items = [ev("block", "add", f"/devices/b{i}") for i in range(9)]
    dropped = [r for item in items for r in q.put(item)[1]]
    assert dropped == [items[0].ref]


async def test_get_is_fifo_and_waits() -> None:
    q = EventQueue(8, PRIORITY)
    a, b = ev("net", "add", "/a"), ev("net", "add", "/b")
    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put(a)
    q.put(b)
    assert (await waiter).ref == a.ref
    assert (await q.get()).ref == b.ref
