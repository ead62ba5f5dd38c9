"""The boundary to RAUC: its command line tool, which talks to rauc.service over D-Bus.

Everything the agent asks of RAUC goes through `Rauc`, so the tests can put a fake in its
place. The CLI (not a D-Bus binding) because it is what the image already has and it speaks
RAUC's D-Bus API for us: `rauc install` and `rauc status mark-good` are D-Bus calls to
de.pengutronix.rauc, allowed for the agent's user by the image's D-Bus policy
(etc/dbus-1/system.d/llmos-rauc.conf), so the agent needs no root for OS updates.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger("llmos.osupdate")
_PROGRESS = re.compile(r"^\s*(\d{1,3})%\s+(.*)$")

Progress = Callable[[int, str], None]


class RaucError(RuntimeError):
    """RAUC refused or failed; the message is RAUC's own (the last lines it printed)."""


class Rauc(Protocol):
    async def status(self) -> dict[str, Any]: ...

    async def install(self, bundle: Path, progress: Progress) -> None: ...

    async def mark(self, state: str, slot: str = "booted") -> None: ...


class RaucCli:
    def __init__(self, binary: str = "rauc", timeout_s: float = 60.0) -> None:
        self.binary = binary
        self.timeout_s = timeout_s

    async def _run(self, *args: str) -> str:
        process = await asyncio.create_subprocess_exec(
            self.binary, *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            out, err = await asyncio.wait_for(process.communicate(), self.timeout_s)
        except TimeoutError:
            process.kill()
            await process.wait()
            raise RaucError(f"rauc {args[0]}: no answer within {self.timeout_s:.0f} s") from None
        if process.returncode != 0:
            raise RaucError(_last_words(err.decode(errors="replace") + out.decode(errors="replace"))
                            or f"rauc {args[0]} failed ({process.returncode})")
        return out.decode(errors="replace")

    async def status(self) -> dict[str, Any]:
        text = await self._run("status", "--detailed", "--output-format=json")
        try:
            data: dict[str, Any] = json.loads(text)
        except ValueError as error:
            raise RaucError(f"rauc status: not JSON: {error}") from None
        return data

    async def install(self, bundle: Path, progress: Progress) -> None:
        process = await asyncio.create_subprocess_exec(
            self.binary, "install", str(bundle), stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT)
        assert process.stdout is not None
        lines: list[str] = []
        async for raw in process.stdout:
            line = raw.decode(errors="replace").rstrip()
            lines.append(line)
            if m := _PROGRESS.match(line):
                progress(min(100, int(m.group(1))), m.group(2).strip())
        if await process.wait() != 0:
            raise RaucError(_last_words("\n".join(lines)) or "rauc install failed")

    async def mark(self, state: str, slot: str = "booted") -> None:
        if state not in ("good", "bad", "active"):
            raise ValueError(state)
        await self._run("status", f"mark-{state}", slot)


def _last_words(text: str) -> str:
    """RAUC's reason, without its progress lines and log prefixes."""
    keep = [line.strip() for line in text.splitlines()
            if line.strip() and not _PROGRESS.match(line) and line.strip() not in ("idle", "installing")]
    return " ".join(keep[-3:])[-500:]
