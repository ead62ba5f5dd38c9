"""The agent's side of A/B OS updates: one install at a time, status, the boot trial."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from llmos.agent.api import Conflict, OsFailure, OsInstallProgress, OsStatus
from llmos.agent.config import AgentConfig
from llmos.agent.osupdate.gate import FAILED, BootTrial, Checks
from llmos.agent.osupdate.rauc import Progress, Rauc, RaucCli, RaucError
from llmos.agent.osupdate.status import os_status, primary, read_failure
from llmos.agent.osupdate.upload import Upload, UploadStore

log = logging.getLogger("llmos.osupdate")
VERSION_FILE = Path("/etc/llmos/os-version")


_REPORT_EVERY = 8 << 20  # an upload progress message every 8 MiB


class OsUpdater:
    """Implements api.OsUpdateApi."""

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
        self._keep(task)
        return task

    def last_failure(self) -> OsFailure | None:
        if self.trial.state == FAILED:  # this boot's gate failed: the reboot is on its way
            return OsFailure(self.trial.reason, self.trial.slot, self.version())
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

    async def install(self, sha256: str, size: int, chunks: AsyncIterator[bytes],
                      reboot: bool) -> AsyncIterator[OsInstallProgress]:
        if self.lock.locked():
            raise Conflict("an OS install is already running")
        async with self.lock:
            upload = self.uploads.begin(sha256, size)
            try:
                yield self._received(upload, resume_offset=upload.received)
                async for step in self._received_steps(upload, chunks):
                    yield step
                bundle = upload.finish()
            finally:
                upload.close()  # a cut-off upload keeps its part for the next attempt
                self.activity = ""
            slot = ""
            try:
                async for step in self._install(bundle, size):
                    slot = step.slot
                    yield step
            finally:
                with contextlib.suppress(OSError):
                    bundle.unlink()
        if reboot and slot:
            yield OsInstallProgress("rebooting", 100, size, size, slot=slot,
                                    message=f"rebooting into slot {slot}")
            self._keep(asyncio.get_running_loop().create_task(self.reboot()))

    def _received(self, upload: Upload, resume_offset: int = 0) -> OsInstallProgress:
        self.activity = f"receiving {upload.received} of {upload.size} bytes"
        return OsInstallProgress("uploading", int(100 * upload.received / upload.size),
                                 upload.received, upload.size, resume_offset=resume_offset)

    async def _received_steps(self, upload: Upload,
                              chunks: AsyncIterator[bytes]) -> AsyncIterator[OsInstallProgress]:
        last = upload.received
        async for chunk in chunks:
            upload.write(chunk)
            if upload.received - last >= _REPORT_EVERY or upload.received == upload.size:
                last = upload.received
                yield self._received(upload)
            if upload.received >= upload.size:
                break

    async def _install(self, bundle: Path, size: int) -> AsyncIterator[OsInstallProgress]:
        """RAUC installs into the other slot and makes it primary. A refusal (a bad
        signature, another compatible, ...) ends in a failed step with RAUC's reason."""
        queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
        task = asyncio.get_running_loop().create_task(self._rauc_install(
            bundle, lambda pct, msg: queue.put_nowait((pct, msg))))
        self._keep(task)  # RAUC finishes even if the client goes away
        while not task.done() or not queue.empty():
            getter = asyncio.ensure_future(queue.get())
            await asyncio.wait({getter, task}, return_when=asyncio.FIRST_COMPLETED)
            if getter.done():
                pct, msg = getter.result()
                yield OsInstallProgress("installing", pct, size, size, message=msg)
            else:
                getter.cancel()
        try:
            slot = task.result()
        except RaucError as error:
            yield OsInstallProgress("failed", received=size, total=size, error=str(error))
            return
        yield OsInstallProgress("installed", 100, size, size, slot=slot,
                                message=f"installed into slot {slot}; it boots next, on trial")

    async def _rauc_install(self, bundle: Path, progress: Progress) -> str:
        """Returns the boot name of the slot RAUC installed and made primary."""
        self.activity = f"installing {bundle.name}"
        try:
            await self.rauc.install(bundle, progress)
            return primary(await self.rauc.status())
        finally:
            self.activity = ""

    def _keep(self, task: asyncio.Task[object]) -> None:
        """Hold a task that must finish even if its caller goes away."""
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def reboot(self, delay_s: float = 1.0) -> None:
        """Into the new slot, after `delay_s` (so the last progress message reaches the client)."""
        await asyncio.sleep(delay_s)
        log.info("rebooting into the new slot")
        process = await asyncio.create_subprocess_exec("systemctl", "--no-block", "reboot")
        await process.wait()
