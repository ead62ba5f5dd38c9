import sqlite3
from pathlib import Path

import pytest

from llmos.agent.domain import ActionRecord, ActionStatus, JournalFilter, NewEntry
from llmos.agent.store import Store, StoreError


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "agent.db")
    yield s
    s.close()


def action(id_: str, status: str) -> ActionRecord:
    return ActionRecord(id_, "say", {"text": "hi"}, "rules", status, "ok", None, "me", "test",
                        1.0, 1.0, None)


def test_wal_and_accept(store: Store) -> None:
    written = store.call(store.accept, [(NewEntry("event", "ev-1", "block add sda1", {"a": 1}, "block"), "event")])
    assert [e.seq for e in written] == [1]
    assert store.call(store.queued) == [("ev-1", "event", {"a": 1})]
    db = sqlite3.connect(store.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_decide_settles_inbox_and_transition_is_conditional(store: Store) -> None:
    store.call(store.accept, [(NewEntry("command", "cmd-1", "say hi", {}), "command")])
    store.call(store.decide, action("cmd-1", ActionStatus.RUNNING), [NewEntry("decision", "cmd-1", "say", {})])
    assert store.call(store.queued) == []
    assert store.call(store.transition, "cmd-1", (ActionStatus.RUNNING,), ActionStatus.SUCCEEDED,
                      [], None, {"ok": True}) == []
    assert store.call(store.transition, "cmd-1", (ActionStatus.RUNNING,), ActionStatus.FAILED, []) is None
    record = store.call(store.action, "cmd-1")
    assert record.status == ActionStatus.SUCCEEDED and record.result == {"ok": True}


def test_journal_paging_filters_and_search(store: Store) -> None:
    store.call(store.accept, [
        (NewEntry("event", f"ev-{i}", f"block add sd{i} label=DATA{i}", {}, "block"), "event")
        for i in range(10)
    ] + [(NewEntry("event", "ev-net", "net add eth0", {}, "net"), "event")])
    page = store.call(store.journal, 3, 4, JournalFilter())
    assert [e.seq for e in page] == [4, 5, 6, 7]
    nets = store.call(store.journal, 0, 100, JournalFilter(subsystems=frozenset({"net"})))
    assert [e.ref for e in nets] == ["ev-net"]
    assert store.call(store.search, "what about eth0?", 5)[0].ref == "ev-net"
    assert store.call(store.search, "?!", 5) == []
    assert [e.ref for e in store.call(store.recent, 2)] == ["ev-9", "ev-net"]


def test_write_failure_is_a_store_error(store: Store) -> None:
    store.call(store.decide, action("a-1", ActionStatus.RUNNING), [])
    with pytest.raises(StoreError):
        store.call(store.decide, action("a-1", ActionStatus.RUNNING), [])  # duplicate id


def test_state_survives_reopen(tmp_path: Path) -> None:
    s = Store(tmp_path / "agent.db")
    s.call(s.accept, [(NewEntry("event", "ev-1", "x", {}), "event")])
    s.close()
    again = Store(tmp_path / "agent.db")
    assert again.call(again.last_seq) == 1
    again.close()


def test_retention_by_count_age_and_size(store: Store) -> None:
    import time

    store.call(store.accept, [(NewEntry("event", f"ev-{i}", f"net add t{i} word{i}", {}, "net"),
                               "event") for i in range(50)])
    db = store._db
    # the first ten are a year old
    store.call(lambda: db.execute("UPDATE journal SET time = ? WHERE seq <= 10",
                                  (time.time() - 365 * 86400,)))
    never = 10**12
    assert store.call(store.prune, never, never, never) == 0
    assert store.call(store.prune, never, 90 * 86400, never) == 10  # by age
    assert store.call(store.journal, 0, 1, JournalFilter())[0].seq == 11
    assert store.call(store.prune, 30, never, never, 4) == 4  # by count, a batch at a time
    while store.call(store.prune, 30, never, never, 4):
        pass
    kept = store.call(store.journal, 0, 100, JournalFilter())
    assert [e.seq for e in kept] == list(range(21, 51))
    # what was pruned is gone from the full-text index too; the rest is still found
    assert store.call(store.search, "word3", 5) == []
    assert [e.ref for e in store.call(store.search, "word33", 5)] == ["ev-33"]
    assert store.call(store.prune, never, never, 1) == 30  # by size: over it, the oldest go
    assert store.call(store.journal, 0, 1, JournalFilter()) == []
    store.call(store.accept, [(NewEntry("event", "ev-new", "net add tnew", {}, "net"), "event")])
    assert store.call(store.journal, 0, 10, JournalFilter())[-1].seq == 51  # seq never reused


def test_search_ranks_within_the_latest_matches(store: Store) -> None:
    store.call(store.accept, [(NewEntry("event", f"ev-{i}", f"block add sda{i} usb", {}, "block"),
                               "event") for i in range(30)])
    hits = store.call(store.search, "usb", 5, 10)
    assert len(hits) == 5 and min(e.seq for e in hits) > 20
