"""Executors carry out validated, policy-approved actions on the system.

The engine routes each tool by the catalog's word: its answers (`effects = "none"`: say, ignore,
report_status) to answers.py, every other tool to the system executor (system.py), or to the
recorder (record.py) in development and tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from llmos.agent.domain import ActionResult


class Executor(Protocol):
    @property
    def name(self) -> str: ...

    async def run(self, tool: str, args: Mapping[str, Any]) -> ActionResult: ...


class Consoles(Protocol):
    """Who serves operator consoles on serial ports (console/serial_port.py): what the
    attach_console action asks for."""

    async def attach(self, port: str) -> ActionResult: ...
