"""The fleet's durable state. `FleetStore` is the interface; `SqliteStore` the embedded default
(one file, WAL). Every method is one transaction and blocking: the service calls them through
`run` on the store's own thread, so the event loop never waits on the disk.

- devices: the registry and each device's shadow (its last DeviceReport) and certificate serial
- tokens: enrollment tokens, by hash, one use each
- commands: every command sent, with its answer; what is not answered is sent again after a
  restart (the device runs an id at most once)
- jobs, job_devices: staged rollouts and each device's status in them
- audit: who did what at the fleet
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol, TypeVar

from llmos.fleet.records import (
    AuditRow,
    CommandRow,
    CommandState,
    DeviceJobState,
    DeviceRow,
    JobDeviceRow,
    JobRow,
    JobState,
)

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS devices (
    name TEXT PRIMARY KEY, online INTEGER NOT NULL DEFAULT 0, last_seen REAL,
    report BLOB NOT NULL DEFAULT x'', revoked INTEGER NOT NULL DEFAULT 0, enrolled REAL,
    cert_serial TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS tokens (
    hash TEXT PRIMARY KEY, device TEXT NOT NULL, expires REAL NOT NULL, used REAL
);
CREATE TABLE IF NOT EXISTS commands (
    id TEXT PRIMARY KEY, device TEXT NOT NULL, method TEXT NOT NULL, request BLOB NOT NULL,
    state TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',
    response BLOB NOT NULL DEFAULT x'', job TEXT NOT NULL DEFAULT '', principal TEXT NOT NULL,
    role TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL, expires REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS commands_state ON commands(state);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY, state TEXT NOT NULL, stage INTEGER NOT NULL, stages INTEGER NOT NULL,
    request BLOB NOT NULL, wait_s REAL NOT NULL, max_failures INTEGER NOT NULL,
    device_timeout_s REAL NOT NULL, principal TEXT NOT NULL, role TEXT NOT NULL,
    created REAL NOT NULL, updated REAL NOT NULL, stage_started REAL, stage_ended REAL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS job_devices (
    job TEXT NOT NULL, device TEXT NOT NULL, stage INTEGER NOT NULL, state TEXT NOT NULL,
    command TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (job, device)
);
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, time REAL NOT NULL, principal TEXT NOT NULL,
    action TEXT NOT NULL, detail TEXT NOT NULL
);
"""


class FleetStore(Protocol):
    """What the fleet needs of a store; SQLite here, PostgreSQL for large fleets (not yet)."""

    async def run(self, fn: Callable[..., T], *args: Any) -> T: ...
    def close(self) -> None: ...
    def report(self, name: str, online: bool, report: bytes, seen: float) -> None: ...
    def enroll(self, name: str, serial: str, token_hash: str, now: float) -> bool: ...
    def add_token(self, token_hash: str, device: str, expires: float) -> None: ...
    def token_device(self, token_hash: str, now: float) -> str | None: ...
    def revoke(self, name: str) -> bool: ...
    def revoked(self) -> list[DeviceRow]: ...
    def device(self, name: str) -> DeviceRow | None: ...
    def devices(self, prefix: str = "") -> list[DeviceRow]: ...
    def add_command(self, row: CommandRow, audit: tuple[str, str, str] | None) -> None: ...
    def answer(self, command_id: str, code: str, message: str, response: bytes,
               now: float) -> CommandRow | None: ...
    def expire_commands(self, now: float) -> list[CommandRow]: ...
    def command(self, command_id: str) -> CommandRow | None: ...
    def unanswered(self) -> list[CommandRow]: ...
    def add_job(self, job: JobRow, devices: list[JobDeviceRow],
                audit: tuple[str, str, str]) -> None: ...
    def job(self, job_id: str) -> tuple[JobRow, list[JobDeviceRow]] | None: ...
    def jobs(self, states: Iterable[JobState] = (), limit: int = 50) -> list[JobRow]: ...
    def update_job(self, job: JobRow) -> None: ...
    def start_stage(self, job: JobRow, commands: list[CommandRow]) -> None: ...
    def set_job_device(self, job: str, device: str, state: DeviceJobState, detail: str) -> None: ...
    def audit(self, principal: str, action: str, detail: str) -> None: ...
    def audit_log(self, limit: int) -> list[AuditRow]: ...


class SqliteStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="fleet-store")
        self._db = self._pool.submit(self._open, path).result()

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")  # what the fleet acknowledged survives a crash
        db.executescript(SCHEMA)
        return db

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    def close(self) -> None:
        self._pool.submit(self._db.close).result()
        self._pool.shutdown()

    def _tx(self, body: Callable[[sqlite3.Connection], T]) -> T:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            result = body(self._db)
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")
        return result

    # -- devices ------------------------------------------------------------------------------

    def report(self, name: str, online: bool, report: bytes, seen: float) -> None:
        self._tx(lambda db: db.execute(
            "INSERT INTO devices(name, online, last_seen, report) VALUES (?,?,?,?) "
            "ON CONFLICT(name) DO UPDATE SET online=excluded.online, last_seen=excluded.last_seen,"
            " report=excluded.report", (name, int(online), seen, report)))

    def add_token(self, token_hash: str, device: str, expires: float) -> None:
        self._tx(lambda db: db.execute("INSERT INTO tokens(hash, device, expires) VALUES (?,?,?)",
                                       (token_hash, device, expires)))

    def token_device(self, token_hash: str, now: float) -> str | None:
        row = self._db.execute("SELECT device FROM tokens WHERE hash=? AND used IS NULL AND "
                               "expires > ?", (token_hash, now)).fetchone()
        return str(row[0]) if row else None

    def enroll(self, name: str, serial: str, token_hash: str, now: float) -> bool:
        """Use the token (once) and register the device with its certificate, atomically."""
        def body(db: sqlite3.Connection) -> bool:
            used = db.execute("UPDATE tokens SET used=? WHERE hash=? AND device=? AND used IS NULL"
                              " AND expires > ?", (now, token_hash, name, now)).rowcount
            if not used:
                return False
            db.execute("INSERT INTO devices(name, enrolled, cert_serial) VALUES (?,?,?) "
                       "ON CONFLICT(name) DO UPDATE SET enrolled=excluded.enrolled, "
                       "cert_serial=excluded.cert_serial, revoked=0", (name, now, serial))
            return True
        return self._tx(body)

    def revoke(self, name: str) -> bool:
        return bool(self._tx(lambda db: db.execute(
            "UPDATE devices SET revoked=1, online=0 WHERE name=?", (name,)).rowcount))

    def revoked(self) -> list[DeviceRow]:
        return [_device(r) for r in self._db.execute(
            f"SELECT {_DEVICE} FROM devices WHERE revoked=1 ORDER BY name")]

    def device(self, name: str) -> DeviceRow | None:
        row = self._db.execute(f"SELECT {_DEVICE} FROM devices WHERE name=?", (name,)).fetchone()
        return _device(row) if row else None

    def devices(self, prefix: str = "") -> list[DeviceRow]:
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return [_device(r) for r in self._db.execute(
            f"SELECT {_DEVICE} FROM devices WHERE name LIKE ? ESCAPE '\\' ORDER BY name",
            (like,))]

    # -- commands -----------------------------------------------------------------------------

    def add_command(self, row: CommandRow, audit: tuple[str, str, str] | None) -> None:
        def body(db: sqlite3.Connection) -> None:
            db.execute(f"INSERT INTO commands({_COMMAND}) VALUES ({','.join('?' * 14)})",
                       _command_values(row))
            if audit is not None:
                _audit(db, *audit)
        self._tx(body)

    def answer(self, command_id: str, code: str, message: str, response: bytes,
               now: float) -> CommandRow | None:
        """The device's answer; None if the command is unknown or was answered already."""
        def body(db: sqlite3.Connection) -> CommandRow | None:
            changed = db.execute(
                "UPDATE commands SET state=?, code=?, message=?, response=?, updated=? "
                "WHERE id=? AND state=?", (CommandState.ANSWERED, code, message, response, now,
                                           command_id, CommandState.QUEUED)).rowcount
            return self.command(command_id) if changed else None
        return self._tx(body)

    def expire_commands(self, now: float) -> list[CommandRow]:
        def body(db: sqlite3.Connection) -> list[CommandRow]:
            rows = [_command(r) for r in db.execute(
                f"SELECT {_COMMAND} FROM commands WHERE state=? AND expires < ?",
                (CommandState.QUEUED, now))]
            db.executemany("UPDATE commands SET state=?, updated=? WHERE id=?",
                           [(CommandState.EXPIRED, now, r.id) for r in rows])
            return rows
        return self._tx(body)

    def command(self, command_id: str) -> CommandRow | None:
        row = self._db.execute(f"SELECT {_COMMAND} FROM commands WHERE id=?",
                               (command_id,)).fetchone()
        return _command(row) if row else None

    def unanswered(self) -> list[CommandRow]:
        return [_command(r) for r in self._db.execute(
            f"SELECT {_COMMAND} FROM commands WHERE state=? ORDER BY created",
            (CommandState.QUEUED,))]

    # -- jobs ---------------------------------------------------------------------------------

    def add_job(self, job: JobRow, devices: list[JobDeviceRow],
                audit: tuple[str, str, str]) -> None:
        def body(db: sqlite3.Connection) -> None:
            db.execute(f"INSERT INTO jobs({_JOB}) VALUES ({','.join('?' * 15)})", _job_values(job))
            db.executemany("INSERT INTO job_devices(job, device, stage, state, command, detail) "
                           "VALUES (?,?,?,?,?,?)",
                           [(d.job, d.device, d.stage, d.state, d.command, d.detail)
                            for d in devices])
            _audit(db, *audit)
        self._tx(body)

    def job(self, job_id: str) -> tuple[JobRow, list[JobDeviceRow]] | None:
        row = self._db.execute(f"SELECT {_JOB} FROM jobs WHERE id=?", (job_id,)).fetchone()
        if row is None:
            return None
        devices = [JobDeviceRow(r[0], r[1], r[2], DeviceJobState(r[3]), r[4], r[5])
                   for r in self._db.execute(
                       "SELECT job, device, stage, state, command, detail FROM job_devices "
                       "WHERE job=? ORDER BY stage, device", (job_id,))]
        return _job(row), devices

    def jobs(self, states: Iterable[JobState] = (), limit: int = 50) -> list[JobRow]:
        wanted = list(states)
        where = f"WHERE state IN ({','.join('?' * len(wanted))})" if wanted else ""
        return [_job(r) for r in self._db.execute(
            f"SELECT {_JOB} FROM jobs {where} ORDER BY created DESC LIMIT ?", (*wanted, limit))]

    def update_job(self, job: JobRow) -> None:
        def body(db: sqlite3.Connection) -> None:
            db.execute(f"REPLACE INTO jobs({_JOB}) VALUES ({','.join('?' * 15)})", _job_values(job))
            if job.state != JobState.RUNNING:
                db.execute("UPDATE job_devices SET state=? WHERE job=? AND state=?",
                           (DeviceJobState.SKIPPED, job.id, DeviceJobState.WAITING))
        self._tx(body)

    def start_stage(self, job: JobRow, commands: list[CommandRow]) -> None:
        """The stage's commands and its devices in progress, with the job, in one transaction:
        a restart finds either none of them or all."""
        def body(db: sqlite3.Connection) -> None:
            db.execute(f"REPLACE INTO jobs({_JOB}) VALUES ({','.join('?' * 15)})", _job_values(job))
            db.executemany(f"INSERT INTO commands({_COMMAND}) VALUES ({','.join('?' * 14)})",
                           [_command_values(c) for c in commands])
            db.executemany("UPDATE job_devices SET state=?, command=? WHERE job=? AND device=?",
                           [(DeviceJobState.IN_PROGRESS, c.id, job.id, c.device)
                            for c in commands])
        self._tx(body)

    def set_job_device(self, job: str, device: str, state: DeviceJobState, detail: str) -> None:
        self._tx(lambda db: db.execute(
            "UPDATE job_devices SET state=?, detail=? WHERE job=? AND device=?",
            (state, detail[:500], job, device)))

    # -- audit --------------------------------------------------------------------------------

    def audit(self, principal: str, action: str, detail: str) -> None:
        self._tx(lambda db: _audit(db, principal, action, detail))

    def audit_log(self, limit: int) -> list[AuditRow]:
        return [AuditRow(*r) for r in self._db.execute(
            "SELECT seq, time, principal, action, detail FROM audit ORDER BY seq DESC LIMIT ?",
            (limit,))]


def _audit(db: sqlite3.Connection, principal: str, action: str, detail: str) -> None:
    db.execute("INSERT INTO audit(time, principal, action, detail) VALUES (?,?,?,?)",
               (time.time(), principal, action, detail[:1000]))


_DEVICE = "name, online, last_seen, report, revoked, enrolled, cert_serial"
_COMMAND = ("id, device, method, request, state, code, message, response, job, principal, role, "
            "created, updated, expires")
_JOB = ("id, state, stage, stages, request, wait_s, max_failures, device_timeout_s, principal, "
        "role, created, updated, stage_started, stage_ended, reason")


def _device(r: tuple[Any, ...]) -> DeviceRow:
    return DeviceRow(r[0], bool(r[1]), r[2], bytes(r[3]), bool(r[4]), r[5], r[6])


def _command(r: tuple[Any, ...]) -> CommandRow:
    return CommandRow(r[0], r[1], r[2], bytes(r[3]), CommandState(r[4]), r[5], r[6], bytes(r[7]),
                      r[8], r[9], r[10], r[11], r[12], r[13])


def _command_values(c: CommandRow) -> tuple[Any, ...]:
    return (c.id, c.device, c.method, c.request, c.state, c.code, c.message, c.response, c.job,
            c.principal, c.role, c.created, c.updated, c.expires)


def _job(r: tuple[Any, ...]) -> JobRow:
    return JobRow(r[0], JobState(r[1]), r[2], r[3], bytes(r[4]), r[5], r[6], r[7], r[8], r[9],
                  r[10], r[11], r[12], r[13], r[14])


def _job_values(j: JobRow) -> tuple[Any, ...]:
    return (j.id, j.state, j.stage, j.stages, j.request, j.wait_s, j.max_failures,
            j.device_timeout_s, j.principal, j.role, j.created, j.updated, j.stage_started,
            j.stage_ended, j.reason)
