"""The recording executor: development and tests. It does nothing and says what it would do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from llmos.agent.domain import ActionResult


class RecordingExecutor:
    name = "record"

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    async def run(self, tool: str, args: Mapping[str, Any]) -> ActionResult:
        self.calls.append((tool, dict(args)))
        rendered = ", ".join(f"{k}={v!r}" for k, v in sorted(args.items()))
        return ActionResult(ok=True, detail=f"recorded, not run: {tool}({rendered})",
                            data={"recorded": True})
