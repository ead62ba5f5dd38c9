"""The one place the agent runs other programs: asynchronously, with a timeout, never a shell."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Completed:
    argv: tuple[str, ...]
    returncode: int
    output: str  # stdout and stderr together, trimmed

    @property
    def ok(self) -> bool:
        return self.returncode == 0


async def run(*argv: str, timeout: float = 30.0, limit: int | None = 2000) -> Completed:
    """Run argv; a missing program or a timeout is a failed Completed, not an exception.
    The output is trimmed to its last `limit` characters (a message, not a listing); None
    keeps all of it, for output that is parsed."""
    log.debug("run %s", argv)
    try:
        proc = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
    except OSError as error:
        return Completed(argv, 127, f"{argv[0]}: {error.strerror}")
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError):  # it may end just as it is killed
            proc.kill()
        await proc.wait()
        return Completed(argv, -9, f"{argv[0]}: timed out after {timeout:g}s")
    text = out.decode(errors="replace").strip()
    return Completed(argv, proc.returncode or 0, text if limit is None else text[-limit:])
