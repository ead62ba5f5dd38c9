"""Executors carry out validated, policy-approved actions on the system.

`say`, `ignore` and `report_status` touch nothing and are answered by the engine itself; every
other tool of the catalog goes to an executor.
"""

from __future__ import annotations

from typing import Any, Mapping, Protocol

from llmos.agent.domain import ActionResult

# Tools the engine answers itself.
INFORMATIONAL = frozenset({"say", "ignore", "report_status"})


class Executor(Protocol):
    name: str

    async def run(self, tool: str, args: Mapping[str, Any]) -> ActionResult: ...
