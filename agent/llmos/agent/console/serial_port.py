"""Serving console sessions on serial ports (UARTs, USB gadget and USB serial adapters).

A configured port (the board's UART) is reopened whenever it fails, since it is always there;
an attached port (a USB adapter, from attach_console) is served until its device node
disappears, and a new udev event attaches it again when it is plugged back.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field

import serial

from llmos.agent.api import AgentApi
from llmos.agent.config import ConsoleConfig
from llmos.agent.console.line import LineStats
from llmos.agent.console.serial_line import SerialLine
from llmos.agent.console.session import ConsoleSession
from llmos.agent.domain import ActionResult, Principal

log = logging.getLogger("llmos.console")
_RETRY_S = 2.0


@dataclass
class ConsoleStats:
    sessions: int = 0
    disconnects: int = 0
    open_errors: int = 0


def _writer(line: SerialLine) -> Callable[[str], None]:
    """A session's output, to its own line (not whichever line a later session opened)."""
    return lambda text: line.write(text.encode("utf-8", "replace"))


@dataclass
class ConsoleManager:
    config: ConsoleConfig
    api: AgentApi | None = None  # given at start: the agent's executor needs `attach` before
    stats: ConsoleStats = field(default_factory=ConsoleStats)
    lines: LineStats = field(default_factory=LineStats)  # all sessions together
    _ports: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    _sessions: dict[str, ConsoleSession] = field(default_factory=dict)

    def start(self, api: AgentApi) -> None:
        self.api = api
        for port in self.config.ports:
            self._serve(port, persistent=True)

    async def attach(self, port: str) -> ActionResult:
        """The attach_console action: serve a console on a (newly plugged) serial device."""
        if self.api is None:
            return ActionResult(False, "the console is not running yet")
        if port in self._ports and not self._ports[port].done():
            return ActionResult(True, f"console already served on {port}")
        if not os.path.exists(port):
            return ActionResult(False, f"{port}: no such device")
        self._serve(port, persistent=False)
        return ActionResult(True, f"console served on {port} at {self.config.baudrate} baud")

    def _serve(self, port: str, persistent: bool) -> None:
        self._ports[port] = asyncio.get_running_loop().create_task(self._run(port, persistent))

    async def _run(self, port: str, persistent: bool) -> None:
        api = self.api
        assert api is not None
        # a port plugged in later is anyone's physical access: it gets attached_role
        role = self.config.role if persistent else self.config.attached_role
        principal = Principal(f"console:{port}", role, "console")
        while True:
            session = ConsoleSession(api, principal, lambda text: None, self.lines)
            try:
                line = SerialLine(port, self.config.baudrate, session.feed)
            except (serial.SerialException, OSError) as error:
                self.stats.open_errors += 1
                log.debug("console %s: %s", port, error)
            else:
                session.bind_output(_writer(line))
                self.stats.sessions += 1
                self._sessions[port] = session
                log.info("console on %s", port)
                session.start()
                try:
                    await line.lost
                finally:
                    line.close()
                    await session.close()
                    self._sessions.pop(port, None)
                self.stats.disconnects += 1
                log.info("console on %s disconnected", port)
            if not persistent and not os.path.exists(port):
                return  # the adapter was unplugged: a new udev event will attach it again
            await asyncio.sleep(_RETRY_S)

    def counters(self) -> dict[str, int]:
        return {
            "console_sessions": self.stats.sessions,
            "console_disconnects": self.stats.disconnects,
            "console_ports": sum(1 for t in self._ports.values() if not t.done()),
            "console_lines_dropped": sum(s.dropped_lines for s in self._sessions.values()),
            "console_lines_too_long": self.lines.too_long,
            "console_lines_not_utf8": self.lines.not_utf8,
            "console_control_bytes": self.lines.control_bytes,
        }

    async def stop(self) -> None:
        for task in self._ports.values():
            task.cancel()
        await asyncio.gather(*self._ports.values(), return_exceptions=True)
        self._ports.clear()
