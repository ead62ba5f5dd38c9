"""The agent's side of A/B OS updates: one install at a time, status, the boot trial."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import AsyncGenerator, AsyncIterator
from pathlib import Path

from llmos.agent.api import Conflict, OsFailure, OsInstallProgress, OsStatus
from llmos.agent.config import AgentConfig
from llmos.agent.osupdate.download import Downloader
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
        self.downloader = Downloader(settings.url_hosts, ca=settings.url_ca,
                                     timeout_s=settings.url_timeout_s,
                                     retries=settings.url_retries)
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
            async for step in self._receive_and_install(upload, chunks, reboot):
                yield step

    async def install_from_url(self, url: str, sha256: str, size: int,
                               reboot: bool) -> AsyncIterator[OsInstallProgress]:
        """As `install`, the device downloading the bundle itself (download.py)."""
        checked = self.downloader.check(url)  # nothing is touched for a URL refused
        if self.lock.locked():
            raise Conflict("an OS install is already running")
        async with self.lock:
            upload = self.uploads.begin(sha256, size)
            log.info("installing the bundle %s from %s", upload.sha256, checked.shown())
            async for step in self._receive_and_install(
                    upload, self.downloader.chunks(checked, upload), reboot,
                    source=checked.host):
                yield step

    async def _receive_and_install(self, upload: Upload,
                                   chunks: AsyncIterator[bytes], reboot: bool,
                                   source: str = "") -> AsyncIterator[OsInstallProgress]:
        """The bundle into the upload store (from the client's chunks, or downloaded from
        `source`), checked, then RAUC. Holds self.lock."""
        size = upload.size
        try:
            yield self._received(upload, source, resume_offset=upload.received)
            async with contextlib.aclosing(self._received_steps(upload, chunks, source)) as steps:
                async for step in steps:
                    yield step
            bundle = upload.finish()
        finally:
            upload.close()  # a cut-off upload or download keeps its part for the next attempt
            self.activity = ""
        slot = ""
        downloading = bool(source)
        async for step in self._install(bundle, size, reboot):
            slot = step.slot
            yield dataclasses.replace(step, downloading=downloading)
        if reboot and slot:
            yield OsInstallProgress("rebooting", 100, size, size, slot=slot,
                                    message=f"rebooting into slot {slot}", downloading=downloading)

    def _received(self, upload: Upload, source: str, resume_offset: int = 0) -> OsInstallProgress:
        self.activity = (f"downloading {upload.received} of {upload.size} bytes from {source}"
                         if source else f"receiving {upload.received} of {upload.size} bytes")
        return OsInstallProgress("uploading", int(100 * upload.received / upload.size),
                                 upload.received, upload.size, resume_offset=resume_offset,
                                 downloading=bool(source))

    async def _received_steps(self, upload: Upload, chunks: AsyncIterator[bytes],
                              source: str) -> AsyncGenerator[OsInstallProgress]:
        last = upload.received
        try:
            async for chunk in chunks:
                upload.write(chunk)
                if upload.received - last >= _REPORT_EVERY or upload.received == upload.size:
                    last = upload.received
                    yield self._received(upload, source)
                if upload.received >= upload.size:
                    break
        finally:
            aclose = getattr(chunks, "aclose", None)
            if aclose is not None:  # a download's connection is closed now, not when collected
                await aclose()

    async def _install(self, bundle: Path, size: int, reboot: bool) -> AsyncIterator[OsInstallProgress]:
        """RAUC installs into the other slot and makes it primary. A refusal (a bad
        signature, another compatible, ...) ends in a failed step with RAUC's reason."""
        queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
        task = asyncio.get_running_loop().create_task(self._rauc_install(
            bundle, lambda pct, msg: queue.put_nowait((pct, msg)), reboot))
        # RAUC finishes, and the reboot asked for follows, even if the client goes away: the
        # device has the whole bundle, and `llmosctl os install` follows the rest by status.
        self._keep(task)
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

    async def _rauc_install(self, bundle: Path, progress: Progress, reboot: bool) -> str:
        """Returns the boot name of the slot RAUC installed and made primary; reboots into it
        after a moment when asked."""
        self.activity = f"installing {bundle.name}"
        try:
            await self.rauc.install(bundle, progress)
            slot = primary(await self.rauc.status())
        finally:
            self.activity = ""
            with contextlib.suppress(OSError):
                bundle.unlink()
        if reboot and slot:
            self._keep(asyncio.get_running_loop().create_task(self.reboot()))
        return slot

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
