"""Executors carry out validated, policy-approved actions on the system.

The catalog's answers (tools with `effects = "none"`: say, ignore, report_status) touch nothing
and are answered by the engine itself; every other tool goes to an executor.
"""

from __future__ import annotations

from typing import Any, Mapping, Protocol

from llmos.agent.domain import ActionResult


class Executor(Protocol):
    name: str

    async def run(self, tool: str, args: Mapping[str, Any]) -> ActionResult: ...
