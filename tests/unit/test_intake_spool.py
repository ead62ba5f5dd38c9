"""The event spool: a journal that cannot take events (disk full) loses none of them until the
spool overflows, keeps their order, and counts what is really lost. The full disk itself is
real in tests/integration/test_faults.py; here the ledger refuses on demand, to count."""

import asyncio

from llmos.agent.domain import HardwareEvent, JournalEntry
from llmos.agent.event_queue import EventQueue
from llmos.agent.intake import Intake
from llmos.agent.store import StoreError


class Journal:
    def __init__(self) -> None:
        self.full = True
        self.logged: list[str] = []

    async def accept_events(self, events: list[HardwareEvent]) -> list[JournalEntry]:
        if self.full:
            raise StoreError("database or disk is full")
        self.logged += [e.devpath for e in events]
        return [JournalEntry(len(self.logged) + i, 0.0, "event", f"ev-{e.devpath}", "net", "", {})
                for i, e in enumerate(events)]

    async def settle_unqueued(self, coalesced, dropped) -> None:
        pass


def event(i: int) -> HardwareEvent:
    return HardwareEvent("add", "net", f"/devices/virtual/net/t{i}", None, {"INTERFACE": f"t{i}"})


async def test_spooled_in_order_then_logged_and_overflow_counted() -> None:
    journal = Journal()
    intake = Intake(journal, EventQueue(64, frozenset()), spool_capacity=5)  # type: ignore[arg-type]
    retry = asyncio.get_running_loop().create_task(intake.retry_loop(interval_s=0.01))
    try:
        for i in range(7):
            await intake._ingest([event(i)])
        counters = intake.counters()
        assert counters["events_spooled"] == 5 and counters["events_lost"] == 2
        assert counters["events_dropped"] == 2  # real loss is in events_dropped
        assert not intake.idle
        journal.full = False
        for _ in range(200):
            if not intake.counters()["events_spooled"]:
                break
            await asyncio.sleep(0.01)
        assert journal.logged == [f"/devices/virtual/net/t{i}" for i in range(2, 7)]
        assert len(intake.queue) == 5 and intake.counters()["events_received"] == 5
    finally:
        retry.cancel()


async def test_what_is_spooled_at_stop_is_counted_as_lost() -> None:
    intake = Intake(Journal(), EventQueue(64, frozenset()), spool_capacity=5)  # type: ignore[arg-type]
    await intake._ingest([event(1), event(2)])
    intake.close()
    intake.abandon_spool()
    assert intake.counters()["events_lost"] == 2 and intake.counters()["events_spooled"] == 0
