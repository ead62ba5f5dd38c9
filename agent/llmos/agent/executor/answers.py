"""The answers executor: the catalog's tools without effects (say, ignore, report_status).

They touch nothing on the machine, so they run as soon as they are allowed, are never held for
a confirmation, and their result is written with the decision itself. `report_status` reads the
agent's own status (status.py) through the `report` function it is given.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from llmos.agent.domain import ActionResult

Report = Callable[[str], Awaitable[dict[str, Any]]]


class AnswerExecutor:
    name = "answers"

    def __init__(self, report: Report) -> None:
        self._report = report

    async def run(self, tool: str, args: Mapping[str, Any]) -> ActionResult:
        if tool == "say":
            return ActionResult(True, str(args["text"]))
        if tool == "ignore":
            return ActionResult(True, f"ignored: {args['reason']}")
        if tool == "report_status":
            report = await self._report(str(args["topic"]))
            return ActionResult(True, report["summary"], report)
        return ActionResult(False, f"{tool}: not an answer")
