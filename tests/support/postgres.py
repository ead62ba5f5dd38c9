"""A real PostgreSQL 15 (Debian's) for tests: its own cluster in a temporary directory, on a
free loopback port, trust authentication, gone after the test."""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.support.daemon import free_port

BIN = Path("/usr/lib/postgresql/15/bin")
_databases = itertools.count(1)


def available() -> bool:
    return (BIN / "initdb").exists()


class Postgres:
    def __init__(self) -> None:
        # not under pytest's tmp_path: as root the server runs as 'postgres', which must reach it
        self.dir = Path(tempfile.mkdtemp(prefix="llmos-pg-"))
        self.port = free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *argv: str) -> None:
        subprocess.run([*self._as, *argv], check=True, capture_output=True, timeout=120)

    def start(self) -> Postgres:
        data = self.dir / "data"
        self._run(str(BIN / "initdb"), "-D", str(data), "--auth=trust", "-U", "postgres",
                  "--no-sync", "-E", "UTF8")
        self._run(str(BIN / "pg_ctl"), "-D", str(data), "-l", str(self.dir / "log"), "-w",
                  "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start")
        return self

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"t{next(_databases)}"
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.dsn(name)

    def stop(self) -> None:
        try:
            self._run(str(BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w",
                      "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
