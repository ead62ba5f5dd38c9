"""The agent's side of A/B OS updates: one install at a time, status, the boot trial."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from llmos.agent.config import AgentConfig
from llmos.agent.osupdate.gate import FAILED, BootTrial, Checks
from llmos.agent.osupdate.rauc import Progress, Rauc, RaucCli, RaucError
from llmos.agent.osupdate.status import Failure, OsStatus, os_status, primary, read_failure
from llmos.agent.osupdate.upload import UploadStore

log = logging.getLogger("llmos.osupdate")
VERSION_FILE = Path("/etc/llmos/os-version")


class OsUpdater:
    def __init__(self, config: AgentConfig, checks: Checks, *, rauc: Rauc | None = None,
                 version_file: Path = VERSION_FILE) -> None:
        settings = config.os_update
        self.rauc: Rauc = rauc or RaucCli(settings.rauc)
        self.uploads = UploadStore(settings.upload_dir or config.state_dir / "os-update")
        # Written by llmos-boot-trial.service (root) before it reboots away from a failed slot.
        self.record_file = config.state_dir / "os-trial" / "last-trial.json"
        self.version_file = version_file
        self.trial = BootTrial(self.rauc, checks, settings.gate_timeout_s, settings.verdict_file,
                               version=self.version())
        self.lock = asyncio.Lock()
        self.activity = ""
        self._tasks: set[asyncio.Task[object]] = set()

    def version(self) -> str:
        try:
            return self.version_file.read_text().strip()
        except OSError:
            return ""

    def start(self) -> asyncio.Task[str]:
        """The boot trial, in the background (the daemon calls this once it serves)."""
        task = asyncio.get_running_loop().create_task(self.trial.run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def last_failure(self) -> Failure | None:
        if self.trial.state == FAILED:  # this boot's gate failed: the reboot is on its way
            return Failure(self.trial.reason, self.trial.slot, self.version())
        return read_failure(self.record_file)

    async def status(self) -> OsStatus:
        try:
            raw = await self.rauc.status()
        except RaucError as error:
            return OsStatus(enabled=True, version=self.version(), trial=self.trial.state,
                            last_error=self.last_failure(), activity=self.activity,
                            detail=f"RAUC does not answer: {error}")
        return os_status(raw, version=self.version(), trial=self.trial.state,
                         failure=self.last_failure(), activity=self.activity)

    async def install(self, bundle: Path, progress: Progress) -> str:
        """RAUC installs into the other slot and makes it primary; returns its boot name.
        Raises RaucError with RAUC's reason (a bad signature, another compatible, ...)."""
        self.activity = f"installing {bundle.name}"
        try:
            await self.rauc.install(bundle, progress)
            return primary(await self.rauc.status())
        finally:
            self.activity = ""

    def keep(self, task: asyncio.Task[object]) -> None:
        """Hold a task that must finish even if its caller goes away."""
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def reboot(self, delay_s: float = 1.0) -> None:
        """Into the new slot, after `delay_s` (so the last progress message reaches the client)."""
        await asyncio.sleep(delay_s)
        log.info("rebooting into the new slot")
        process = await asyncio.create_subprocess_exec("systemctl", "--no-block", "reboot")
        await process.wait()
