"""The ledger: journal writes with their fan-out, and the action state machine."""

from pathlib import Path

import pytest

from llmos.agent.api import Conflict, NotFound
from llmos.agent.domain import (
    ActionResult,
    ActionStatus,
    Decision,
    JournalFilter,
    Principal,
    Proposal,
    Role,
    Verdict,
)
from llmos.agent.ledger import MOVES, Ledger
from llmos.agent.store import Store

ALICE = Principal("alice", Role.OPERATOR, "test")
REBOOT = Proposal("reboot", {"delay_s": 0}, "operator")


@pytest.fixture
async def ledger(tmp_path: Path):
    store = Store(tmp_path / "agent.db")
    yield Ledger(store)
    store.close()


async def test_only_pending_and_running_actions_move(ledger: Ledger) -> None:
    assert set(MOVES) == {ActionStatus.PENDING, ActionStatus.RUNNING}
    await ledger.record_decision("cmd-1", REBOOT, Verdict(Decision.CONFIRM, "confirm it"),
                                 ActionStatus.PENDING, ALICE, None, None, durable=False)
    record = await ledger.pending("cmd-1")
    with pytest.raises(ValueError, match="cannot go from pending to succeeded"):
        await ledger.move(record, ActionStatus.SUCCEEDED, "no")
    assert await ledger.move(record, ActionStatus.REJECTED, "rejected", reason="no")
    # A second move from the status it was read with loses: someone else moved it first.
    assert not await ledger.move(record, ActionStatus.RUNNING, "confirmed")
    with pytest.raises(Conflict, match="is rejected, not pending"):
        await ledger.pending("cmd-1")
    with pytest.raises(NotFound):
        await ledger.pending("cmd-nope")


async def test_every_write_reaches_the_streams_and_an_answer_is_written_with_its_decision(
        ledger: Ledger) -> None:
    sub = ledger.hub.subscribe()
    say = Proposal("say", {"text": "hi"}, "rules")
    await ledger.record_decision("cmd-2", say, Verdict(Decision.ALLOW, "allowed"),
                                 ActionStatus.RUNNING, ALICE, None, ActionResult(True, "hi"),
                                 durable=True)
    live = [await sub.next(), await sub.next()]
    assert [e.kind for e in live] == ["decision", "action"]
    logged = await ledger.journal(0, 10, JournalFilter(ref="cmd-2"))
    assert [e.seq for e in logged] == [e.seq for e in live]
    assert logged[0].summary == "say(text='hi') -> running: allowed"
    (record,) = await ledger.actions((), 10)
    assert record.status == ActionStatus.SUCCEEDED and record.result["detail"] == "hi"
