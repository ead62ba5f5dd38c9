"""An OS install whose stream drops after the upload (a starved or flaky link): the device
finishes it, and the reboot asked for, without the client; `llmosctl os install` follows the
rest by `os status` and says how it ended instead of reporting a failure that did not happen.

The device side runs on a real mTLS control plane with a fake RAUC (test_os_update.py); the
client side against a device that drops the stream at 40 % and then answers its status."""

from __future__ import annotations

import asyncio
import hashlib
import threading
from pathlib import Path
from typing import Any

import grpc
import pytest
from rich.console import Console

from llmos.ctl import os_update
from llmos.ctl.client import Exit
from llmos.ctl.inventory import Target
from llmos.v1 import os_update_pb2, os_update_pb2_grpc
from tests.unit.test_os_update import FakeRauc, Plane, _requests
from tests.unit.test_os_update_url import ctl_args

P = os_update_pb2.InstallOsProgress


class SlowRauc(FakeRauc):
    """Installs only once `go` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.go = threading.Event()

    async def install(self, bundle: Path, progress: Any) -> None:
        progress(10, "Checking bundle")
        while not self.go.is_set():
            await asyncio.sleep(0.02)
        await super().install(bundle, progress)


def test_the_device_finishes_and_reboots_after_the_client_has_gone(tmp_path: Path) -> None:
    rauc = SlowRauc()
    plane = Plane(tmp_path, rauc)
    reboots: list[float] = []

    async def reboot(delay_s: float = 1.0) -> None:
        reboots.append(delay_s)

    plane.updater.reboot = reboot  # type: ignore[method-assign]
    try:
        data = b"bundle" * 50_000
        call = plane.stub("admin").InstallOs(
            _requests(data, hashlib.sha256(data).hexdigest(), reboot=True), timeout=30)
        for message in call:
            if message.phase == P.INSTALLING:
                call.cancel()  # the link is gone while RAUC works
                break
        rauc.go.set()
        for _ in range(250):
            if reboots:
                break
            threading.Event().wait(0.02)
        assert rauc.installed == [data] and reboots == [1.0]
        assert not list(plane.updater.uploads.root.iterdir())  # the bundle is not kept
    finally:
        plane.close()


def _slot(bootname: str, version: str = "", installed_at: str = "") -> os_update_pb2.OsSlot:
    return os_update_pb2.OsSlot(bootname=bootname, version=version, installed_at=installed_at)


BEFORE = os_update_pb2.GetOsStatusResponse(
    enabled=True, booted="B", primary="B", slots=[_slot("A", "1", "2026-11-01T10:00:00Z"),
                                                  _slot("B", "2", "2026-12-01T10:00:00Z")])
INSTALLING = os_update_pb2.GetOsStatusResponse(
    enabled=True, booted="B", primary="B", activity="installing bundle.raucb", slots=BEFORE.slots)
INSTALLED = os_update_pb2.GetOsStatusResponse(
    enabled=True, booted="B", primary="A", slots=[_slot("A", "3", "2026-12-07T05:00:00Z"),
                                                  _slot("B", "2", "2026-12-01T10:00:00Z")])
REBOOTED = os_update_pb2.GetOsStatusResponse(
    enabled=True, booted="A", primary="A", slots=INSTALLED.slots)


class DroppingDevice(os_update_pb2_grpc.OsUpdateServiceServicer):
    """Takes the whole bundle, drops the stream at 40 % of RAUC, then answers `os status`
    with `statuses` in turn (the last one from then on); UNAVAILABLE for a None."""

    def __init__(self, statuses: list[os_update_pb2.GetOsStatusResponse | None]) -> None:
        self.statuses = statuses
        self.asked = 0

    async def InstallOs(self, request_iterator: Any, context: Any) -> Any:
        start = (await anext(aiter(request_iterator))).start
        yield P(phase=P.UPLOADING, total=start.size)
        async for _ in request_iterator:
            pass
        yield P(phase=P.INSTALLING, percent=40, received=start.size, total=start.size)
        await context.abort(grpc.StatusCode.UNAVAILABLE, "Socket closed")

    async def GetOsStatus(self, request: Any, context: Any) -> os_update_pb2.GetOsStatusResponse:
        status = self.statuses[min(self.asked, len(self.statuses) - 1)]
        self.asked += 1
        if status is None:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "rebooting")
        return status


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    path = tmp_path / "v3.raucb"
    path.write_bytes(b"bundle" * 30_000)
    return path


async def _install(device: DroppingDevice, bundle: Path, reboot: bool,
                   timeout: float = 10.0) -> tuple[Exit, dict[str, Any]]:
    server = grpc.aio.server()
    os_update_pb2_grpc.add_OsUpdateServiceServicer_to_server(device, server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        target = Target("dev", f"127.0.0.1:{port}", insecure=True)
        args = ctl_args(str(bundle), reboot=reboot, timeout=timeout)
        return await asyncio.wait_for(os_update.install(target, args, Console()), 20)
    finally:
        await server.stop(0)


@pytest.fixture(autouse=True)
def _follow_often(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os_update, "_FOLLOW_EVERY_S", 0.01)


@pytest.mark.parametrize(("statuses", "reboot", "phase", "slot"), [
    ([BEFORE, INSTALLING, INSTALLING, INSTALLED], False, "INSTALLED", "A"),
    ([BEFORE, INSTALLING, INSTALLED], True, "REBOOTING", "A"),
    ([BEFORE, INSTALLING, None, None, REBOOTED], True, "REBOOTING", "A"),  # it rebooted meanwhile
    ([None, INSTALLING, INSTALLED], False, "INSTALLED", "A"),  # no status before the install
])
def test_llmosctl_follows_a_dropped_install_by_status(
        bundle: Path, statuses: list[Any], reboot: bool, phase: str, slot: str) -> None:
    device = DroppingDevice(statuses)
    code, data = asyncio.run(_install(device, bundle, reboot))
    assert (code, data["phase"], data["slot"]) == (Exit.OK, phase, slot), data
    assert "followed by its status" in data["message"]
    assert device.asked >= len(statuses)


@pytest.mark.parametrize("statuses", [
    [BEFORE, INSTALLING, BEFORE],  # RAUC refused it: the slots are as they were
    [None, INSTALLING, BEFORE],
])
def test_an_install_that_ended_with_nothing_installed_fails(bundle: Path, statuses: list[Any]) -> None:
    code, data = asyncio.run(_install(DroppingDevice(statuses), bundle, reboot=True))
    assert (code, data["phase"]) == (Exit.DENIED, "FAILED")
    assert "installed nothing" in data["error"]


def test_a_device_that_never_says_how_it_ended_fails_in_time(
        bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os_update, "INSTALL_TIMEOUT_S", 0.5)
    code, data = asyncio.run(_install(DroppingDevice([BEFORE, INSTALLING]), bundle, reboot=False,
                                      timeout=1.0))
    assert (code, data["phase"]) == (Exit.DENIED, "FAILED")
    assert "did not say how it ended" in data["error"]
