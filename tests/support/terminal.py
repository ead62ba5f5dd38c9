"""A pseudo-terminal pair: the agent serves the slave side, the test types on the master."""

from __future__ import annotations

import os
import re
import select
import time
import tty
from pathlib import Path


class Terminal:
    def __init__(self, link: Path | None = None) -> None:
        self.master, slave = os.openpty()
        tty.setraw(slave)  # a serial line, not a line-edited terminal
        self.slave_path = os.ttyname(slave)
        os.close(slave)
        self.link = link
        if link is not None:  # a stable name, like a udev symlink, that survives re-plugging
            link.unlink(missing_ok=True)
            link.symlink_to(self.slave_path)
        self.seen = ""

    @property
    def port(self) -> str:
        return str(self.link) if self.link is not None else self.slave_path

    def send(self, data: bytes | str) -> None:
        os.write(self.master, data.encode() if isinstance(data, str) else data)

    def type(self, line: str) -> None:
        self.send(line + "\r")

    def read_until(self, pattern: str, timeout: float = 15.0) -> str:
        """Read until `pattern` (a regex) appears in what was read since the last match."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            match = re.search(pattern, self.seen)
            if match:
                found, self.seen = self.seen[: match.end()], self.seen[match.end():]
                return found
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    self.seen += os.read(self.master, 4096).decode("utf-8", "replace")
                except OSError:  # EIO: nobody holds the slave side open (yet, or any more)
                    time.sleep(0.05)
        raise AssertionError(f"no {pattern!r} on the console; got {self.seen[-2000:]!r}")

    def close(self) -> None:
        if self.master >= 0:
            os.close(self.master)
            self.master = -1
