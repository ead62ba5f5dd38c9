"""systemd integration: readiness, status, the watchdog and journald logging.

Outside systemd (no NOTIFY_SOCKET, no journal) everything degrades to no-ops and stderr.
"""

from __future__ import annotations

import logging
import os
import sys

try:
    from systemd import daemon as _daemon
    from systemd import journal as _journal
except ImportError:  # a laptop without systemd-python
    _daemon = None
    _journal = None


class Notifier:
    """sd_notify(3) through systemd-python."""

    def __init__(self) -> None:
        self.enabled = _daemon is not None and bool(os.environ.get("NOTIFY_SOCKET"))

    def _send(self, message: str) -> None:
        if self.enabled and _daemon is not None:
            _daemon.notify(message)

    def ready(self, status: str) -> None:
        self._send(f"READY=1\nSTATUS={status}\nMAINPID={os.getpid()}")

    def status(self, status: str) -> None:
        self._send(f"STATUS={status}")

    def watchdog(self) -> None:
        self._send("WATCHDOG=1")

    def stopping(self, status: str) -> None:
        self._send(f"STOPPING=1\nSTATUS={status}")

    def watchdog_interval(self) -> float | None:
        """Seconds between pings (half the unit's WatchdogSec=), or None without a watchdog."""
        usec = os.environ.get("WATCHDOG_USEC")
        pid = os.environ.get("WATCHDOG_PID")
        if not usec or (pid and pid != str(os.getpid())):
            return None
        try:
            return max(int(usec) / 2e6, 0.05)
        except ValueError:
            return None


def setup_logging(level: str) -> None:
    """journald with structured fields under systemd; readable lines on stderr otherwise."""
    root = logging.getLogger()
    root.setLevel(level.upper())
    for old in list(root.handlers):
        root.removeHandler(old)
    handler: logging.Handler
    if _journal is not None and os.environ.get("JOURNAL_STREAM"):
        # Fields passed as extra={"EVENT_ID": ..., "ACTION_ID": ...} become journal fields.
        handler = _journal.JournalHandler(SYSLOG_IDENTIFIER="llmos-agent")
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    logging.getLogger("grpc").setLevel(max(root.level, logging.INFO))  # its debug is noise
