"""The fleet's store, one contract for both backends: SQLite (the embedded default) and a real
PostgreSQL 15 started by the test."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from llmos.fleet.records import (
    CommandRow,
    CommandState,
    DeviceJobState,
    JobDeviceRow,
    JobRow,
    JobState,
)
from llmos.fleet.store import PostgresStore, SqliteStore, SqlStore
from tests.support import postgres

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server() -> Iterator[postgres.Postgres]:
    if not postgres.available():
        pytest.skip("PostgreSQL 15 is not installed (make setup installs it)")
    pg = postgres.Postgres().start()
    yield pg
    pg.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlStore]:
    if request.param == "sqlite":
        s: SqlStore = SqliteStore(tmp_path / "fleet.db")
    else:
        s = PostgresStore(request.getfixturevalue("server").new_database())
    yield s
    s.close()


def _command(cid: str, device: str, expires: float, job: str = "") -> CommandRow:
    now = time.time()
    return CommandRow(cid, device, "/llmos.v1.CommandService/Execute", b"\x00req\xff",
                      CommandState.QUEUED, "", "", b"", job, "alice", "operator", now, now,
                      expires)


def test_devices_and_shadows(store: SqlStore) -> None:
    assert store.report([("edge-1", True, b"\x01report", 10.0), ("edge_2", False, b"", 11.0),
                         ("edgeX3", True, b"", 12.0)]) == ["edge-1", "edgeX3"]  # came online
    assert store.report([("edge-1", False, b"\x02later", 13.0)]) == []
    assert store.report([("edge-1", True, b"\x02later", 14.0), ("edgeX3", True, b"", 14.0)]
                        ) == ["edge-1"]  # back; edgeX3 was online already
    assert store.report([("edge-1", False, b"\x02later", 13.0)]) == []
    row = store.device("edge-1")
    assert row is not None and not row.online and row.report == b"\x02later"
    assert row.last_seen == 13.0 and not row.revoked and row.enrolled is None
    # LIKE's wildcards in a prefix are plain characters
    assert [d.name for d in store.devices("edge_")] == ["edge_2"]
    assert [d.name for d in store.devices("%")] == []
    # (the order of names is the database's collation: SQLite's bytes, PostgreSQL's locale)
    assert sorted(d.name for d in store.devices()) == ["edge-1", "edgeX3", "edge_2"]
    assert store.device("nope") is None


def test_tokens_work_once_for_their_name_until_they_expire(store: SqlStore) -> None:
    now = time.time()
    store.add_token("h1", "edge-1", now + 60)
    store.add_token("h2", "edge-2", now - 1)
    assert store.token_device("h1", now) == "edge-1"
    assert store.token_device("h2", now) is None  # expired
    assert not store.enroll("edge-9", "123", "h1", now)  # another name
    assert store.enroll("edge-1", "123", "h1", now)
    assert not store.enroll("edge-1", "456", "h1", now)  # used
    assert store.token_device("h1", now) is None
    row = store.device("edge-1")
    assert row is not None and row.cert_serial == "123" and row.enrolled == now
    assert store.revoke("edge-1") and not store.revoke("nope")
    assert [d.name for d in store.revoked()] == ["edge-1"]


def test_commands_are_answered_once_and_expire(store: SqlStore) -> None:
    now = time.time()
    store.add_command(_command("c1", "edge-1", now + 60), ("alice", "command", "c1"))
    store.add_command(_command("c2", "edge-1", now - 1), None)
    store.add_command(_command("c3", "edge-2", now + 60), None)
    assert [c.id for c in store.unanswered()] == ["c1", "c2", "c3"]
    first = store.answer([("c1", "OK", "", b"\x00resp", now), ("c1", "OK", "again", b"", now),
                          ("nope", "OK", "", b"", now)])
    assert [(c.id, c.state, c.response, c.request) for c in first] == [
        ("c1", CommandState.ANSWERED, b"\x00resp", b"\x00req\xff")]
    assert store.answer([("c1", "INTERNAL", "late", b"", now)]) == []
    assert [c.id for c in store.expire_commands(now)] == ["c2"]
    assert [c.id for c in store.unanswered()] == ["c3"]
    assert store.answer([("c2", "OK", "", b"", now)]) == []  # expired stays expired
    assert sorted(c.id for c in store.commands(["c1", "c2", "zz"])) == ["c1", "c2"]
    assert [a.action for a in store.audit_log(10)] == ["command"]


def test_jobs_stages_and_devices(store: SqlStore) -> None:
    now = time.time()
    job = JobRow("job-1", JobState.RUNNING, 0, 2, b"\x00exec", 5.0, 1, 60.0, "alice",
                 "operator", now, now, None, None, "")
    devices = [JobDeviceRow("job-1", "edge-1", 0, DeviceJobState.WAITING, "", ""),
               JobDeviceRow("job-1", "edge-2", 1, DeviceJobState.WAITING, "", ""),
               JobDeviceRow("job-1", "edge-3", 1, DeviceJobState.WAITING, "", "")]
    store.add_job(job, devices, ("alice", "job.create", "job-1"))
    started = JobRow(**{**job.__dict__, "stage_started": now})
    store.start_stage(started, [_command("c1", "edge-1", now + 60, "job-1")])
    found = store.job("job-1")
    assert found is not None
    row, rows = found
    assert row.stage_started == now and row.request == b"\x00exec"
    assert [(d.device, d.state, d.command) for d in rows] == [
        ("edge-1", DeviceJobState.IN_PROGRESS, "c1"), ("edge-2", DeviceJobState.WAITING, ""),
        ("edge-3", DeviceJobState.WAITING, "")]
    store.set_job_devices("job-1", [("edge-1", DeviceJobState.FAILED, "x" * 900)])
    store.update_job(JobRow(**{**started.__dict__, "state": JobState.ABORTED, "reason": "r"}))
    found = store.job("job-1")
    assert found is not None
    row, rows = found
    assert row.state == JobState.ABORTED and row.reason == "r"
    assert [d.state for d in rows] == [DeviceJobState.FAILED, DeviceJobState.SKIPPED,
                                       DeviceJobState.SKIPPED]
    assert len(rows[0].detail) == 500
    assert [j.id for j in store.jobs((JobState.RUNNING,))] == []
    assert [j.id for j in store.jobs()] == ["job-1"]



def test_recent_commands_of_one_method_newest_first(store: SqlStore) -> None:
    """What the dashboard's latency plot reads."""
    now = time.time()
    for i in range(5):
        store.add_command(replace(_command(f"fleet-{i}", "edge-1", now + 60), created=now + i),
                          None)
    store.add_command(replace(_command("fleet-p", "edge-1", now + 60),
                              method="/llmos.v1.PolicyService/SetPolicy"), None)
    recent = store.recent_commands("/llmos.v1.CommandService/Execute", 3)
    assert [c.id for c in recent] == ["fleet-4", "fleet-3", "fleet-2"]
    assert [c.id for c in store.recent_commands("/llmos.v1.PolicyService/SetPolicy", 10)] == [
        "fleet-p"]
