"""OsUpdateService (proto/llmos/v1/os_update.proto): upload, install, progress, status."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import grpc

from llmos.agent.osupdate.rauc import RaucError
from llmos.agent.osupdate.status import OsStatus
from llmos.agent.osupdate.updater import OsUpdater
from llmos.agent.osupdate.upload import UploadError
from llmos.v1 import os_update_pb2, os_update_pb2_grpc

P = os_update_pb2.InstallOsProgress
_REPORT_EVERY = 8 << 20  # an upload progress message every 8 MiB


def status_message(status: OsStatus) -> os_update_pb2.GetOsStatusResponse:
    failure = status.last_error
    return os_update_pb2.GetOsStatusResponse(
        enabled=status.enabled, compatible=status.compatible, booted=status.booted,
        version=status.version, primary=status.primary, trial=status.trial,
        slots=[os_update_pb2.OsSlot(name=s.name, bootname=s.bootname, device=s.device,
                                    state=s.state, boot_status=s.boot_status, version=s.version,
                                    installed_at=s.installed_at, sha256=s.sha256)
               for s in status.slots],
        last_error=failure.reason if failure else status.detail,
        last_error_slot=failure.slot if failure else "",
        last_error_version=failure.version if failure else "",
        last_error_at=failure.at if failure else 0.0, activity=status.activity)


class OsUpdateServicer(os_update_pb2_grpc.OsUpdateServiceServicer):
    def __init__(self, updater: OsUpdater | None) -> None:
        self._updater = updater

    async def GetOsStatus(self, request: os_update_pb2.GetOsStatusRequest,
                          context: grpc.aio.ServicerContext[Any, Any]) -> os_update_pb2.GetOsStatusResponse:
        if self._updater is None:
            return os_update_pb2.GetOsStatusResponse(enabled=False, trial="off")
        return status_message(await self._updater.status())

    async def InstallOs(self, request_iterator: AsyncIterator[os_update_pb2.InstallOsRequest],
                        context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[P]:
        updater = self._updater
        if updater is None:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                                "OS updates are off: set os_update.enabled")
        if updater.lock.locked():
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, "an OS install is already running")
        async with updater.lock:
            first = await anext(aiter(request_iterator), None)
            if first is None or first.WhichOneof("part") != "start":
                await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "the first message must be start")
            start = first.start
            try:
                upload = updater.uploads.begin(start.sha256, start.size)
            except UploadError as error:
                await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
            updater.activity = f"receiving {upload.received} of {upload.size} bytes"
            yield P(phase=P.UPLOADING, received=upload.received, total=upload.size,
                    resume_offset=upload.received,
                    percent=int(100 * upload.received / upload.size))
            try:
                last = upload.received
                while upload.received < upload.size:
                    request = await anext(aiter(request_iterator), None)
                    if request is None:
                        break
                    if request.WhichOneof("part") != "chunk":
                        raise UploadError("only chunks may follow start")
                    upload.write(request.chunk)
                    if upload.received - last >= _REPORT_EVERY or upload.received == upload.size:
                        last = upload.received
                        updater.activity = f"receiving {upload.received} of {upload.size} bytes"
                        yield P(phase=P.UPLOADING, received=upload.received, total=upload.size,
                                percent=int(100 * upload.received / upload.size))
                bundle = upload.finish()
            except UploadError as error:
                upload.close()
                updater.activity = ""
                await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
            finally:
                upload.close()  # a cut-off upload keeps its part for the next attempt
            updater.activity = ""
            queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
            task: asyncio.Task[str] = asyncio.get_running_loop().create_task(
                updater.install(bundle, lambda pct, msg: queue.put_nowait((pct, msg))))
            updater.keep(task)
            while not task.done() or not queue.empty():
                getter = asyncio.ensure_future(queue.get())
                await asyncio.wait({getter, task}, return_when=asyncio.FIRST_COMPLETED)
                if getter.done():
                    pct, msg = getter.result()
                    yield P(phase=P.INSTALLING, percent=pct, message=msg, total=upload.size,
                            received=upload.size)
                else:
                    getter.cancel()
            with contextlib.suppress(OSError):
                bundle.unlink()
            try:
                slot = task.result()
            except RaucError as error:
                yield P(phase=P.FAILED, error=str(error), total=upload.size, received=upload.size)
                return
            yield P(phase=P.INSTALLED, slot=slot, percent=100, total=upload.size, received=upload.size,
                    message=f"installed into slot {slot}; it boots next, on trial")
            if start.reboot:
                yield P(phase=P.REBOOTING, slot=slot, percent=100, total=upload.size,
                        received=upload.size, message=f"rebooting into slot {slot}")
                updater.keep(asyncio.get_running_loop().create_task(updater.reboot()))
