"""The agent's durable state: one SQLite database in WAL mode under the state directory.

- `journal`: the append-only event log. Hardware events, commands, decisions and action results,
  each with a sequence number (the resume point of event streams) and the id of the event or
  command it belongs to. Full-text indexed (FTS5) so the model's context can retrieve by relevance.
- `inbox`: events and commands accepted but not yet decided; what a restart resumes.
- `actions`: one row per decided action and its status; what makes actions run at most once.

All methods are blocking and must run on the store's own thread (see `Store.run`). Every write is
one transaction. A `durable` write (what is acknowledged to a client: commands, confirmations,
policy) is fsynced before the method returns. Hardware events are acknowledged to no one and
arrive in storms, so their writes reach the OS at once (a crash or restart of the agent loses
nothing) and the disk within `sync()`'s period (the engine calls it every second): one fsync a
second rather than three an event, which also spares the flash of small boards.

This module is SQL only: the rows it reads and writes are domain.py's types.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from llmos.agent.domain import ActionRecord, ActionStatus, JournalEntry, JournalFilter, NewEntry

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    time REAL NOT NULL,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    subsystem TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS journal_ref ON journal(ref);
CREATE VIRTUAL TABLE IF NOT EXISTS journal_text USING fts5(
    summary, content='journal', content_rowid='seq'
);
CREATE TRIGGER IF NOT EXISTS journal_text_insert AFTER INSERT ON journal BEGIN
    INSERT INTO journal_text(rowid, summary) VALUES (new.seq, new.summary);
END;
CREATE TABLE IF NOT EXISTS inbox (
    ref TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS inbox_status ON inbox(status);
CREATE TABLE IF NOT EXISTS actions (
    id TEXT PRIMARY KEY,
    tool TEXT NOT NULL,
    args TEXT NOT NULL,
    controller TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    result TEXT,
    principal TEXT NOT NULL,
    interface TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    expires REAL
);
CREATE INDEX IF NOT EXISTS actions_status ON actions(status);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

class StoreError(RuntimeError):
    """The state could not be written (disk full, I/O error): nothing was acknowledged."""


class Store:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._db: sqlite3.Connection | None = None
        self._unsynced = False
        self._thread.submit(self._open).result()

    def _open(self) -> None:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA busy_timeout=5000")
        db.executescript(SCHEMA)
        self._db = db

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a store method on the store's thread, off the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self._thread, fn, *args)

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a store method on the store's thread and wait (for code outside the loop)."""
        return self._thread.submit(fn, *args).result()

    def close(self) -> None:
        def _close() -> None:
            if self._db is not None:
                self._db.close()
                self._db = None

        self._thread.submit(_close).result()
        self._thread.shutdown()

    # -- writes -----------------------------------------------------------------------------

    def _transaction(self, body: Callable[[sqlite3.Connection], T], durable: bool = False) -> T:
        db = self._db
        assert db is not None, "store is closed"
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                value = body(db)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except sqlite3.Error as error:  # disk full, read-only, I/O, constraint
            raise StoreError(f"state database: {error}") from error
        if durable:
            self.sync()
        else:
            self._unsynced = True
        return value

    def sync(self) -> None:
        """fsync the write-ahead log: every commit so far survives a power cut."""
        try:
            fd = os.open(f"{self.path}-wal", os.O_RDONLY)
        except FileNotFoundError:
            return
        try:
            os.fsync(fd)
        except OSError as error:
            raise StoreError(f"state database: sync: {error}") from error
        finally:
            os.close(fd)
        self._unsynced = False

    def sync_if_needed(self) -> None:
        if self._unsynced:
            self.sync()

    @staticmethod
    def _append(db: sqlite3.Connection, entries: Iterable[NewEntry]) -> list[JournalEntry]:
        now = time.time()
        written = []
        for e in entries:
            data = json.dumps(e.data, sort_keys=True)
            cursor = db.execute(
                "INSERT INTO journal(time, kind, ref, subsystem, summary, data) VALUES (?,?,?,?,?,?)",
                (now, e.kind, e.ref, e.subsystem, e.summary, data),
            )
            seq = cursor.lastrowid
            assert seq is not None
            written.append(JournalEntry(seq, now, e.kind, e.ref, e.subsystem, e.summary, e.data))
        return written

    def accept(self, items: list[tuple[NewEntry, str | None]], durable: bool = False) -> list[JournalEntry]:
        """Log entries; those with an inbox kind are also queued for a decision. One transaction."""

        def body(db: sqlite3.Connection) -> list[JournalEntry]:
            written = self._append(db, (entry for entry, _ in items))
            db.executemany(
                "INSERT OR IGNORE INTO inbox(ref, kind, payload, status) VALUES (?,?,?,'queued')",
                [
                    (entry.ref, inbox_kind, json.dumps(entry.data))
                    for entry, inbox_kind in items
                    if inbox_kind is not None
                ],
            )
            return written

        return self._transaction(body, durable)

    def append(self, entries: list[NewEntry], settle: Iterable[str] = (), status: str = "done",
               durable: bool = False) -> list[JournalEntry]:
        """Log entries and settle inbox items (decided, dropped or coalesced) in one transaction."""

        def body(db: sqlite3.Connection) -> list[JournalEntry]:
            db.executemany("UPDATE inbox SET status=? WHERE ref=?", [(status, r) for r in settle])
            return self._append(db, entries)

        return self._transaction(body, durable)

    def decide(self, action: ActionRecord, entries: list[NewEntry], durable: bool = False) -> list[JournalEntry]:
        """Record a decided action, settle its inbox item and log it, atomically."""

        def body(db: sqlite3.Connection) -> list[JournalEntry]:
            db.execute(
                "INSERT INTO actions(id, tool, args, controller, status, reason, result, principal,"
                " interface, created, updated, expires) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (action.id, action.tool, json.dumps(action.args), action.controller, action.status,
                 action.reason, _dump(action.result), action.principal, action.interface,
                 action.created, action.updated, action.expires),
            )
            db.execute("UPDATE inbox SET status='done' WHERE ref=?", (action.id,))
            return self._append(db, entries)

        return self._transaction(body, durable)

    def transition(
        self,
        action_id: str,
        from_statuses: Iterable[ActionStatus],
        to_status: ActionStatus,
        entries: list[NewEntry],
        reason: str | None = None,
        result: dict[str, Any] | None = None,
        durable: bool = False,
    ) -> list[JournalEntry] | None:
        """Move an action between statuses if it is in one of `from_statuses`; None otherwise."""
        allowed = tuple(from_statuses)

        def body(db: sqlite3.Connection) -> list[JournalEntry] | None:
            marks = ",".join("?" * len(allowed))
            cursor = db.execute(
                f"UPDATE actions SET status=?, updated=?, reason=COALESCE(?, reason),"
                f" result=COALESCE(?, result) WHERE id=? AND status IN ({marks})",
                (to_status, time.time(), reason, _dump(result), action_id, *allowed),
            )
            if cursor.rowcount != 1:
                return None
            return self._append(db, entries)

        return self._transaction(body, durable)

    def put_setting(self, key: str, value: str, entries: list[NewEntry]) -> list[JournalEntry]:
        def body(db: sqlite3.Connection) -> list[JournalEntry]:
            db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?,?)", (key, value))
            return self._append(db, entries)

        return self._transaction(body, durable=True)

    # -- reads ------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        assert self._db is not None
        row = self._db.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def journal(self, after_seq: int, limit: int, filt: JournalFilter = JournalFilter()) -> list[JournalEntry]:
        assert self._db is not None
        clauses: list[str] = ["seq > ?"]
        params: list[object] = [after_seq]  # SQL parameters: the seq, then kinds, subsystems, ref
        if filt.kinds:
            clauses.append(f"kind IN ({','.join('?' * len(filt.kinds))})")
            params.extend(sorted(filt.kinds))
        if filt.subsystems:
            clauses.append(f"subsystem IN ({','.join('?' * len(filt.subsystems))})")
            params.extend(sorted(filt.subsystems))
        if filt.ref:
            clauses.append("ref = ?")
            params.append(filt.ref)
        rows = self._db.execute(
            f"SELECT seq, time, kind, ref, subsystem, summary, data FROM journal"
            f" WHERE {' AND '.join(clauses)} ORDER BY seq LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [_entry(row) for row in rows]

    def recent(self, limit: int, kinds: Iterable[str] = ("event", "command", "action")) -> list[JournalEntry]:
        assert self._db is not None
        kinds = tuple(kinds)
        rows = self._db.execute(
            f"SELECT seq, time, kind, ref, subsystem, summary, data FROM journal"
            f" WHERE kind IN ({','.join('?' * len(kinds))}) ORDER BY seq DESC LIMIT ?",
            (*kinds, limit),
        ).fetchall()
        return [_entry(row) for row in reversed(rows)]

    def search(self, text: str, limit: int) -> list[JournalEntry]:
        """Journal entries most relevant to `text` (FTS5 bm25), any word matching."""
        assert self._db is not None
        words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if len(w) > 1]
        if not words:
            return []
        query = " OR ".join(f'"{w}"' for w in words[:16])
        rows = self._db.execute(
            "SELECT j.seq, j.time, j.kind, j.ref, j.subsystem, j.summary, j.data"
            " FROM journal_text JOIN journal j ON j.seq = journal_text.rowid"
            " WHERE journal_text MATCH ? ORDER BY bm25(journal_text) LIMIT ?",
            (query, limit),
        ).fetchall()
        return [_entry(row) for row in rows]

    def last_seq(self) -> int:
        assert self._db is not None
        return int(self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM journal").fetchone()[0])

    def queued(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Inbox items not yet decided, oldest first: (ref, kind, payload)."""
        assert self._db is not None
        rows = self._db.execute(
            "SELECT ref, kind, payload FROM inbox WHERE status='queued' ORDER BY rowid"
        ).fetchall()
        return [(ref, kind, json.loads(payload)) for ref, kind, payload in rows]

    def action(self, action_id: str) -> ActionRecord | None:
        assert self._db is not None
        row = self._db.execute(f"SELECT {_ACTION_COLUMNS} FROM actions WHERE id=?", (action_id,)).fetchone()
        return _action(row) if row else None

    def actions(self, statuses: Iterable[ActionStatus] = (), limit: int = 100) -> list[ActionRecord]:
        assert self._db is not None
        statuses = tuple(statuses)
        where = f"WHERE status IN ({','.join('?' * len(statuses))})" if statuses else ""
        rows = self._db.execute(
            f"SELECT {_ACTION_COLUMNS} FROM actions {where} ORDER BY created DESC LIMIT ?",
            (*statuses, limit),
        ).fetchall()
        return [_action(row) for row in rows]

    def counts(self) -> dict[str, int]:
        assert self._db is not None
        counts = dict(self._db.execute("SELECT kind, COUNT(*) FROM journal GROUP BY kind").fetchall())
        for status, n in self._db.execute("SELECT status, COUNT(*) FROM actions GROUP BY status"):
            counts[f"actions_{status}"] = n
        return counts


_ACTION_COLUMNS = (
    "id, tool, args, controller, status, reason, result, principal, interface, created, updated, expires"
)


def _dump(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, sort_keys=True)


def _entry(row: tuple[Any, ...]) -> JournalEntry:
    seq, when, kind, ref, subsystem, summary, data = row
    return JournalEntry(seq, when, kind, ref, subsystem, summary, json.loads(data))


def _action(row: tuple[Any, ...]) -> ActionRecord:
    (id_, tool, args, controller, status, reason, result, principal, interface, created, updated,
     expires) = row
    return ActionRecord(id_, tool, json.loads(args), controller, ActionStatus(status), reason,
                        json.loads(result) if result else None, principal, interface, created,
                        updated, expires)
