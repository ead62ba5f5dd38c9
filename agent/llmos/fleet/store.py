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
from collections.abc import Callable, Iterable, Sequence
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
CREATE INDEX IF NOT EXISTS commands_created ON commands(created);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY, state TEXT NOT NULL, stage INTEGER NOT NULL, stages INTEGER NOT NULL,
    request BLOB NOT NULL, wait_s REAL NOT NULL, max_failures INTEGER NOT NULL,
    device_timeout_s REAL NOT NULL, principal TEXT NOT NULL, role TEXT NOT NULL,
    created REAL NOT NULL, updated REAL NOT NULL, stage_started REAL, stage_ended REAL,
    reason TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT '/llmos.v1.CommandService/Execute'
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
    def report(self, reports: list[tuple[str, bool, bytes, float]]) -> list[str]: ...
    def enroll(self, name: str, serial: str, token_hash: str, now: float) -> bool: ...
    def add_token(self, token_hash: str, device: str, expires: float) -> None: ...
    def token_device(self, token_hash: str, now: float) -> str | None: ...
    def revoke(self, name: str) -> bool: ...
    def revoked(self) -> list[DeviceRow]: ...
    def device(self, name: str) -> DeviceRow | None: ...
    def devices(self, prefix: str = "") -> list[DeviceRow]: ...
    def add_command(self, row: CommandRow, audit: tuple[str, str, str] | None) -> None: ...
    def answer(self, answers: list[tuple[str, str, str, bytes, float]]) -> list[CommandRow]: ...
    def commands(self, ids: list[str]) -> list[CommandRow]: ...
    def expire_commands(self, now: float) -> list[CommandRow]: ...
    def command(self, command_id: str) -> CommandRow | None: ...
    def unanswered(self) -> list[CommandRow]: ...
    def recent_commands(self, method: str, limit: int) -> list[CommandRow]: ...
    def add_job(self, job: JobRow, devices: list[JobDeviceRow],
                audit: tuple[str, str, str]) -> None: ...
    def job(self, job_id: str) -> tuple[JobRow, list[JobDeviceRow]] | None: ...
    def jobs(self, states: Iterable[JobState] = (), limit: int = 50) -> list[JobRow]: ...
    def update_job(self, job: JobRow) -> None: ...
    def start_stage(self, job: JobRow, commands: list[CommandRow]) -> None: ...
    def set_job_devices(self, job: str,
                        states: list[tuple[str, DeviceJobState, str]]) -> None: ...
    def audit(self, principal: str, action: str, detail: str) -> None: ...
    def audit_log(self, limit: int) -> list[AuditRow]: ...


class Db(Protocol):
    """The little SQL the store needs, written once for SQLite and PostgreSQL: `?` placeholders
    (translated for PostgreSQL), a row count from `execute`, rows from `query`."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int: ...
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...


class _SqliteDb:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()


class SqlStore:
    """FleetStore over a `Db`: every method is SQL both databases understand. Subclasses open
    the connection and run transactions."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="fleet-store")

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    def close(self) -> None:
        self._pool.submit(self._close).result()
        self._pool.shutdown()

    def _close(self) -> None:
        raise NotImplementedError

    @property
    def _db(self) -> Db:
        raise NotImplementedError

    def _tx(self, body: Callable[[Db], T]) -> T:
        raise NotImplementedError

    # -- devices ------------------------------------------------------------------------------

    def report(self, reports: list[tuple[str, bool, bytes, float]]) -> list[str]:
        """Devices' reports (name, online, DeviceReport, time), in one transaction: the shadows.
        Returns the devices that came online (unknown or offline before)."""
        def body(db: Db) -> list[str]:
            arrived = []
            for name, online, report, seen in reports:
                before = db.query("SELECT online FROM devices WHERE name=?", (name,))
                if online and (not before or not before[0][0]):
                    arrived.append(name)
                db.execute(
                    "INSERT INTO devices(name, online, last_seen, report) VALUES (?,?,?,?) "
                    "ON CONFLICT(name) DO UPDATE SET online=excluded.online, "
                    "last_seen=excluded.last_seen, report=excluded.report",
                    (name, int(online), seen, report))
            return list(dict.fromkeys(arrived))
        return self._tx(body)

    def add_token(self, token_hash: str, device: str, expires: float) -> None:
        self._tx(lambda db: db.execute("INSERT INTO tokens(hash, device, expires) VALUES (?,?,?)",
                                       (token_hash, device, expires)))

    def token_device(self, token_hash: str, now: float) -> str | None:
        rows = self._db.query("SELECT device FROM tokens WHERE hash=? AND used IS NULL AND "
                              "expires > ?", (token_hash, now))
        return str(rows[0][0]) if rows else None

    def enroll(self, name: str, serial: str, token_hash: str, now: float) -> bool:
        """Use the token (once) and register the device with its certificate, atomically."""
        def body(db: Db) -> bool:
            used = db.execute("UPDATE tokens SET used=? WHERE hash=? AND device=? AND used IS NULL"
                              " AND expires > ?", (now, token_hash, name, now))
            if not used:
                return False
            db.execute("INSERT INTO devices(name, enrolled, cert_serial) VALUES (?,?,?) "
                       "ON CONFLICT(name) DO UPDATE SET enrolled=excluded.enrolled, "
                       "cert_serial=excluded.cert_serial, revoked=0", (name, now, serial))
            return True
        return self._tx(body)

    def revoke(self, name: str) -> bool:
        return bool(self._tx(lambda db: db.execute(
            "UPDATE devices SET revoked=1, online=0 WHERE name=?", (name,))))

    def revoked(self) -> list[DeviceRow]:
        return [_device(r) for r in self._db.query(
            f"SELECT {_DEVICE} FROM devices WHERE revoked=1 ORDER BY name")]

    def device(self, name: str) -> DeviceRow | None:
        rows = self._db.query(f"SELECT {_DEVICE} FROM devices WHERE name=?", (name,))
        return _device(rows[0]) if rows else None

    def devices(self, prefix: str = "") -> list[DeviceRow]:
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return [_device(r) for r in self._db.query(
            f"SELECT {_DEVICE} FROM devices WHERE name LIKE ? ESCAPE '\\' ORDER BY name",
            (like,))]

    # -- commands -----------------------------------------------------------------------------

    def add_command(self, row: CommandRow, audit: tuple[str, str, str] | None) -> None:
        def body(db: Db) -> None:
            db.execute(f"INSERT INTO commands({_COMMAND}) VALUES ({','.join('?' * 14)})",
                       _command_values(row))
            if audit is not None:
                _audit(db, *audit)
        self._tx(body)

    def answer(self, answers: list[tuple[str, str, str, bytes, float]]) -> list[CommandRow]:
        """Devices' answers (id, code, message, response, time), in one transaction: the
        commands they answered; a second answer to a command (after a resend) changes nothing."""
        def body(db: Db) -> list[CommandRow]:
            done = []
            for command_id, code, message, response, now in answers:
                if db.execute("UPDATE commands SET state=?, code=?, message=?, response=?, "
                              "updated=? WHERE id=? AND state=?",
                              (CommandState.ANSWERED, code, message, response, now, command_id,
                               CommandState.QUEUED)):
                    done.append(command_id)
            return self._commands(db, done)
        return self._tx(body)

    @staticmethod
    def _commands(db: Db, ids: list[str]) -> list[CommandRow]:
        rows: list[CommandRow] = []
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            rows += [_command(r) for r in db.query(
                f"SELECT {_COMMAND} FROM commands WHERE id IN ({','.join('?' * len(part))})",
                part)]
        return rows

    def commands(self, ids: list[str]) -> list[CommandRow]:
        return self._commands(self._db, ids)

    def expire_commands(self, now: float) -> list[CommandRow]:
        def body(db: Db) -> list[CommandRow]:
            rows = [_command(r) for r in db.query(
                f"SELECT {_COMMAND} FROM commands WHERE state=? AND expires < ?",
                (CommandState.QUEUED, now))]
            db.executemany("UPDATE commands SET state=?, updated=? WHERE id=?",
                           [(CommandState.EXPIRED, now, r.id) for r in rows])
            return rows
        return self._tx(body)

    def command(self, command_id: str) -> CommandRow | None:
        rows = self._db.query(f"SELECT {_COMMAND} FROM commands WHERE id=?", (command_id,))
        return _command(rows[0]) if rows else None

    def unanswered(self) -> list[CommandRow]:
        return [_command(r) for r in self._db.query(
            f"SELECT {_COMMAND} FROM commands WHERE state=? ORDER BY created",
            (CommandState.QUEUED,))]

    def recent_commands(self, method: str, limit: int) -> list[CommandRow]:
        """The newest commands of one method, newest first (the dashboard's plot)."""
        return [_command(r) for r in self._db.query(
            f"SELECT {_COMMAND} FROM commands WHERE method=? ORDER BY created DESC LIMIT ?",
            (method, limit))]

    # -- jobs ---------------------------------------------------------------------------------

    def add_job(self, job: JobRow, devices: list[JobDeviceRow],
                audit: tuple[str, str, str]) -> None:
        def body(db: Db) -> None:
            db.execute(f"INSERT INTO jobs({_JOB}) VALUES ({','.join('?' * 16)})", _job_values(job))
            db.executemany("INSERT INTO job_devices(job, device, stage, state, command, detail) "
                           "VALUES (?,?,?,?,?,?)",
                           [(d.job, d.device, d.stage, d.state, d.command, d.detail)
                            for d in devices])
            _audit(db, *audit)
        self._tx(body)

    def job(self, job_id: str) -> tuple[JobRow, list[JobDeviceRow]] | None:
        rows = self._db.query(f"SELECT {_JOB} FROM jobs WHERE id=?", (job_id,))
        if not rows:
            return None
        devices = [JobDeviceRow(r[0], r[1], r[2], DeviceJobState(r[3]), r[4], r[5])
                   for r in self._db.query(
                       "SELECT job, device, stage, state, command, detail FROM job_devices "
                       "WHERE job=? ORDER BY stage, device", (job_id,))]
        return _job(rows[0]), devices

    def jobs(self, states: Iterable[JobState] = (), limit: int = 50) -> list[JobRow]:
        wanted = list(states)
        where = f"WHERE state IN ({','.join('?' * len(wanted))})" if wanted else ""
        return [_job(r) for r in self._db.query(
            f"SELECT {_JOB} FROM jobs {where} ORDER BY created DESC LIMIT ?", (*wanted, limit))]

    def update_job(self, job: JobRow) -> None:
        def body(db: Db) -> None:
            db.execute(_UPSERT_JOB, _job_values(job))
            if job.state != JobState.RUNNING:
                db.execute("UPDATE job_devices SET state=? WHERE job=? AND state=?",
                           (DeviceJobState.SKIPPED, job.id, DeviceJobState.WAITING))
        self._tx(body)

    def start_stage(self, job: JobRow, commands: list[CommandRow]) -> None:
        """The stage's commands and its devices in progress, with the job, in one transaction:
        a restart finds either none of them or all."""
        def body(db: Db) -> None:
            db.execute(_UPSERT_JOB, _job_values(job))
            db.executemany(f"INSERT INTO commands({_COMMAND}) VALUES ({','.join('?' * 14)})",
                           [_command_values(c) for c in commands])
            db.executemany("UPDATE job_devices SET state=?, command=? WHERE job=? AND device=?",
                           [(DeviceJobState.IN_PROGRESS, c.id, job.id, c.device)
                            for c in commands])
        self._tx(body)

    def set_job_devices(self, job: str,
                        states: list[tuple[str, DeviceJobState, str]]) -> None:
        """Devices' states in a job, (device, state, detail), in one transaction."""
        self._tx(lambda db: db.executemany(
            "UPDATE job_devices SET state=?, detail=? WHERE job=? AND device=?",
            [(state, detail[:500], job, device) for device, state, detail in states]))

    # -- audit --------------------------------------------------------------------------------

    def audit(self, principal: str, action: str, detail: str) -> None:
        self._tx(lambda db: _audit(db, principal, action, detail))

    def audit_log(self, limit: int) -> list[AuditRow]:
        return [AuditRow(*r) for r in self._db.query(
            "SELECT seq, time, principal, action, detail FROM audit ORDER BY seq DESC LIMIT ?",
            (limit,))]


def _audit(db: Db, principal: str, action: str, detail: str) -> None:
    db.execute("INSERT INTO audit(time, principal, action, detail) VALUES (?,?,?,?)",
               (time.time(), principal, action, detail[:1000]))


_UPSERT_JOB = ("INSERT INTO jobs(id, state, stage, stages, request, wait_s, max_failures, "
               "device_timeout_s, principal, role, created, updated, stage_started, stage_ended, "
               "reason, method) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
               "state=excluded.state, stage=excluded.stage, updated=excluded.updated, "
               "stage_started=excluded.stage_started, stage_ended=excluded.stage_ended, "
               "reason=excluded.reason")
_DEVICE = "name, online, last_seen, report, revoked, enrolled, cert_serial"
_COMMAND = ("id, device, method, request, state, code, message, response, job, principal, role, "
            "created, updated, expires")
_JOB = ("id, state, stage, stages, request, wait_s, max_failures, device_timeout_s, principal, "
        "role, created, updated, stage_started, stage_ended, reason, method")


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
                  r[10], r[11], r[12], r[13], r[14], r[15])


def _job_values(j: JobRow) -> tuple[Any, ...]:
    return (j.id, j.state, j.stage, j.stages, j.request, j.wait_s, j.max_failures,
            j.device_timeout_s, j.principal, j.role, j.created, j.updated, j.stage_started,
            j.stage_ended, j.reason, j.method)


class SqliteStore(SqlStore):
    """The embedded default: one file, WAL, fsynced commits."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = self._pool.submit(self._open, path).result()
        self._sqlite = _SqliteDb(self._conn)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")  # what the fleet acknowledged survives a crash
        db.executescript(SCHEMA)
        return db

    @property
    def _db(self) -> Db:
        return self._sqlite

    def _close(self) -> None:
        self._conn.close()

    def _tx(self, body: Callable[[Db], T]) -> T:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            result = body(self._sqlite)
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")
        return result


def _postgres_schema() -> str:
    return (SCHEMA.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY")
            .replace("BLOB NOT NULL DEFAULT x''", "BYTEA NOT NULL DEFAULT ''::bytea")
            .replace("BLOB", "BYTEA").replace("REAL", "DOUBLE PRECISION"))


class _PostgresDb:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")  # no literal '?' or '%' in the store's SQL

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self.conn.execute(self._sql(sql), params).rowcount)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(self._sql(sql), list(rows))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.conn.execute(self._sql(sql), params).fetchall())


class PostgresStore(SqlStore):
    """The store for large fleets: the same tables and SQL on PostgreSQL (psycopg 3), so several
    fleet managers' reads, backups and replicas are PostgreSQL's business."""

    def __init__(self, dsn: str) -> None:
        super().__init__()
        self._conn = self._pool.submit(self._open, dsn).result()
        self._pg = _PostgresDb(self._conn)

    @staticmethod
    def _open(dsn: str) -> Any:
        import psycopg

        conn = psycopg.connect(dsn, autocommit=True)
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(7011)")  # one schema creator at a time
            for statement in _postgres_schema().split(";"):
                if statement.strip():
                    conn.execute(statement)
        return conn

    @property
    def _db(self) -> Db:
        return self._pg

    def _close(self) -> None:
        self._conn.close()

    def _tx(self, body: Callable[[Db], T]) -> T:
        with self._conn.transaction():
            return body(self._pg)


def open_store(path: Path, dsn: str = "") -> SqlStore:
    """PostgreSQL when a DSN is configured, else the SQLite file at `path`."""
    return PostgresStore(dsn) if dsn else SqliteStore(path)
