"""A/B OS updates, the agent's side, with a fake RAUC in place of the CLI/D-Bus boundary:
status mapping, the boot trial's health gate, resumable uploads, and OsUpdateService over a
real mTLS control plane (roles, upload with sha256 check and resume, progress, a refusal).
The real RAUC, GRUB and reboots are proven in QEMU (tests/e2e/test_os_update.py)."""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest

from llmos.agent.api import InvalidUpload
from llmos.agent.config import parse_config
from llmos.agent.grpc import start_control_plane
from llmos.agent.osupdate.checks import health_checks
from llmos.agent.osupdate.gate import FAILED, OFF, PASSED, BootTrial, wait_healthy
from llmos.agent.osupdate.rauc import RaucError, _last_words
from llmos.agent.osupdate.status import booted_slot, os_status, other_good, read_failure
from llmos.agent.osupdate.updater import OsUpdater
from llmos.agent.osupdate.upload import UploadStore
from llmos.v1 import os_update_pb2, os_update_pb2_grpc, update_pb2, update_pb2_grpc
from tests.unit.grpc_support import FakeAgent, free_port, make_pki

# The shape of `rauc status --detailed --output-format=json` (RAUC 1.8) on the A/B image,
# booted from B after installing version 2 into it.
RAUC_STATUS: dict[str, Any] = {
    "compatible": "llmos-x86_64-uefi", "variant": "", "booted": "B", "boot_primary": "rootfs.1",
    "slots": [
        {"rootfs.0": {"class": "rootfs", "device": "/dev/disk/by-partlabel/llmos-root-a",
                      "type": "ext4", "bootname": "A", "state": "inactive", "parent": None,
                      "mountpoint": None, "boot_status": "good", "slot_status": {}}},
        {"rootfs.1": {"class": "rootfs", "device": "/dev/disk/by-partlabel/llmos-root-b",
                      "type": "ext4", "bootname": "B", "state": "booted", "parent": None,
                      "mountpoint": "/", "boot_status": "bad",
                      "slot_status": {"bundle": {"compatible": "llmos-x86_64-uefi", "version": "2"},
                                      "checksum": {"sha256": "ab" * 32, "size": 1610612736},
                                      "installed": {"timestamp": "2026-12-02T13:00:00Z", "count": 1},
                                      "status": "ok"}}},
    ],
}


class FakeRauc:
    """RAUC as the agent sees it: status JSON, install (a bundle starting with BAD is refused
    as another CA's), mark-good/bad of the booted slot."""

    def __init__(self, raw: dict[str, Any] | None = None) -> None:
        self.raw = copy.deepcopy(raw or RAUC_STATUS)
        self.marks: list[str] = []
        self.installed: list[bytes] = []
        self.down = False

    def _slot(self, bootname: str) -> dict[str, Any]:
        return next(s for e in self.raw["slots"] for s in e.values() if s["bootname"] == bootname)

    async def status(self) -> dict[str, Any]:
        if self.down:
            raise RaucError("The name de.pengutronix.rauc was not provided by any .service files")
        return copy.deepcopy(self.raw)

    async def install(self, bundle: Path, progress: Any) -> None:
        data = bundle.read_bytes()
        progress(0, "Installing")
        if data.startswith(b"BAD"):
            raise RaucError("signature verification failed: certificate verify failed")
        for pct in (20, 40, 80, 100):
            progress(pct, "Copying image to rootfs")
        self.installed.append(data)
        other = "A" if self.raw["booted"] == "B" else "B"
        self.raw["boot_primary"] = "rootfs.0" if other == "A" else "rootfs.1"
        self._slot(other).update(boot_status="good", slot_status={"bundle": {"version": "3"}})

    async def mark(self, state: str, slot: str = "booted") -> None:
        self.marks.append(state)
        self._slot(self.raw["booted"])["boot_status"] = "good" if state == "good" else "bad"


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


# -- status mapping -----------------------------------------------------------------------


def test_status_maps_slots_booted_primary_and_versions() -> None:
    status = os_status(RAUC_STATUS, version="2", trial="pending", failure=None)
    assert status.compatible == "llmos-x86_64-uefi" and status.booted == "B"
    assert status.primary == "B" and status.version == "2"
    a, b = status.slots
    assert (a.bootname, a.name, a.state, a.boot_status, a.version) == ("A", "rootfs.0", "inactive", "good", "")
    assert (b.bootname, b.state, b.boot_status, b.version) == ("B", "booted", "bad", "2")
    assert b.installed_at == "2026-12-02T13:00:00Z" and b.sha256 == "ab" * 32
    assert booted_slot(RAUC_STATUS).bootname == "B"  # type: ignore[union-attr]
    assert other_good(RAUC_STATUS).bootname == "A"  # type: ignore[union-attr]


def test_the_booted_slot_is_found_when_rauc_names_the_root_device() -> None:
    """L4T boots with root=PARTUUID=…: RAUC 1.8 then says "booted": "/dev/nvme0n1p2" (the
    device it matched), not the bootname; the slot it matched says "state": "booted"."""
    raw = copy.deepcopy(RAUC_STATUS)
    raw["booted"] = "/dev/nvme0n1p2"
    assert booted_slot(raw) is not None and booted_slot(raw).bootname == "B"  # type: ignore[union-attr]
    assert other_good(raw) is not None and other_good(raw).bootname == "A"  # type: ignore[union-attr]
    status = os_status(raw, version="2", trial="passed", failure=None)
    assert status.booted == "B"
    raw["slots"][1]["rootfs.1"]["state"] = "inactive"  # RAUC matched no slot: not ours to gate
    assert booted_slot(raw) is None


def test_status_tolerates_a_slot_without_status_and_other_slot_classes() -> None:
    raw = {"booted": "A", "boot_primary": "rootfs.0", "slots": [
        {"rootfs.0": {"bootname": "A", "state": "booted", "boot_status": "good"}},
        {"rootfs.1": {"bootname": "B", "state": "inactive", "boot_status": "bad", "slot_status": None}},
        {"appfs.0": {"class": "appfs", "device": "/dev/x"}}]}
    status = os_status(raw, version="factory-1", trial=PASSED, failure=None)
    assert [s.bootname for s in status.slots] == ["A", "B"] and status.primary == "A"
    assert other_good(raw) is None


def test_the_recorded_failure_is_read_and_a_broken_record_ignored(tmp_path: Path) -> None:
    record = tmp_path / "last-trial.json"
    assert read_failure(record) is None
    record.write_text(json.dumps({"slot": "B", "version": "3", "reason": "crash loop", "at": 5.0}))
    failure = read_failure(record)
    assert failure is not None and (failure.slot, failure.version, failure.reason) == ("B", "3", "crash loop")
    record.write_text("{not json")
    assert read_failure(record) is None


def test_rauc_reasons_drop_progress_lines() -> None:
    text = "installing\n  0% Installing\n 20% Checking bundle\nidle\nLastError: signature verification failed\n" \
           "Installing `/x.raucb` failed"
    assert _last_words(text) == "LastError: signature verification failed Installing `/x.raucb` failed"


# -- the health gate ------------------------------------------------------------------------


async def test_gate_waits_until_healthy_and_names_what_failed() -> None:
    clock = FakeClock()
    states = iter([["model loading"], ["model loading"], []])
    result = await wait_healthy(lambda: next(states), 60, clock=clock, sleep=clock.sleep)
    assert result.passed and result.seconds == 2
    clock = FakeClock()
    result = await wait_healthy(lambda: ["udev monitor not running"], 10, clock=clock, sleep=clock.sleep)
    assert not result.passed and "udev monitor not running" in result.reason and clock.now == 10

    def raises() -> list[str]:
        raise RuntimeError("boom")
    clock = FakeClock()
    result = await wait_healthy(raises, 1, clock=clock, sleep=clock.sleep)
    assert not result.passed and "RuntimeError: boom" in result.reason


async def test_trial_marks_the_slot_good_only_after_the_gate(tmp_path: Path) -> None:
    rauc, clock = FakeRauc(), FakeClock()
    healthy = iter([["control plane not serving"], []])
    verdict = tmp_path / "run/os-trial.json"
    trial = BootTrial(rauc, lambda: next(healthy), 300, verdict, version="2", clock=clock, sleep=clock.sleep)
    assert await trial.run() == PASSED
    assert rauc.marks == ["good"] and trial.slot == "B"
    assert json.loads(verdict.read_text())["result"] == PASSED


async def test_trial_that_fails_writes_why_and_does_not_mark(tmp_path: Path) -> None:
    rauc, clock = FakeRauc(), FakeClock()
    verdict = tmp_path / "os-trial.json"
    trial = BootTrial(rauc, lambda: ["model failed: bad bundle"], 30, verdict, version="3",
                      clock=clock, sleep=clock.sleep)
    assert await trial.run() == FAILED
    assert rauc.marks == []  # the backstop marks it bad and reboots; the agent cannot
    data = json.loads(verdict.read_text())
    assert data["result"] == FAILED and "model failed: bad bundle" in data["reason"]
    assert data["slot"] == "B" and data["version"] == "3"


async def test_trial_of_a_slot_already_good_or_outside_rauc(tmp_path: Path) -> None:
    rauc = FakeRauc()
    rauc._slot("B")["boot_status"] = "good"  # marked earlier in this boot; the agent restarted
    trial = BootTrial(rauc, lambda: ["never asked"], 30, tmp_path / "v.json")
    assert await trial.run() == PASSED and rauc.marks == []
    rauc.raw["booted"] = "/dev/nfs"
    assert await BootTrial(rauc, lambda: [], 30, tmp_path / "v.json").run() == OFF
    rauc.down = True
    clock = FakeClock()  # (RAUC is asked again until the 30 s are up: on the fake clock, at once)
    trial = BootTrial(rauc, lambda: [], 30, tmp_path / "v.json", clock=clock, sleep=clock.sleep)
    assert await trial.run() == FAILED and "RAUC does not answer" in trial.reason


def test_health_checks_name_each_missing_part() -> None:
    config = parse_config({"controller": {"kind": "model"}, "udev": {"enabled": True}})

    class Agent:
        serving = False
        policy = None

    class Controller:
        state = "failed"
        error = "bundle refused"

    class Udev:
        alive = False

    failing = health_checks(config, Agent(), Controller(), Udev)()
    assert failing == ["control plane not serving", "policy not loaded", "udev monitor not running",
                       "model failed: bundle refused"]
    Agent.serving, Agent.policy, Udev.alive, Controller.state = True, object(), True, "loaded"
    assert health_checks(config, Agent(), Controller(), Udev)() == []
    rules = parse_config({"controller": {"kind": "rules"}, "udev": {"enabled": False}})
    Controller.state = "failed"
    assert health_checks(rules, Agent(), Controller(), lambda: None)() == []


# -- uploads ------------------------------------------------------------------------------


def test_upload_resumes_by_sha256_and_checks_it(tmp_path: Path) -> None:
    data = bytes(range(256)) * 100
    sha = hashlib.sha256(data).hexdigest()
    store = UploadStore(tmp_path / "up")
    first = store.begin(sha, len(data))
    assert first.resumed_from == 0
    first.write(data[:1000])
    first.close()  # cut off
    second = store.begin(sha, len(data))
    assert second.resumed_from == 1000
    second.write(data[1000:])
    assert second.finish().read_bytes() == data
    with pytest.raises(InvalidUpload, match="more bytes"):
        store.begin(sha, 10).write(b"x" * 11)
    wrong = store.begin("0" * 64, 4)
    wrong.write(b"abcd")
    with pytest.raises(InvalidUpload, match="sha256 mismatch"):
        wrong.finish()
    assert not wrong.path.exists()
    with pytest.raises(InvalidUpload, match="64 hex"):
        store.begin("nope", 4)
    other = store.begin("1" * 64, 4)  # another bundle: the earlier parts are gone
    assert [p.name for p in store.root.iterdir()] == [other.path.name]


# -- OsUpdateService over a real control plane -----------------------------------------------


class Plane:
    def __init__(self, tmp: Path, rauc: FakeRauc, **os_update: Any) -> None:
        self.pki = make_pki(tmp / "pki")
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.config = parse_config({
            "state_dir": str(tmp / "state"),
            "grpc": {"listen": f"127.0.0.1:{free_port()}", "cert": str(self.pki.path("device", "crt")),
                     "key": str(self.pki.path("device", "key")),
                     "client_ca": str(self.pki.path("fleet-ca", "crt")), "unix_socket": ""},
            "os_update": {"enabled": True, "verdict_file": str(tmp / "run/os-trial.json"),
                          **os_update}})
        self.updater = OsUpdater(self.config, lambda: [], rauc=rauc, version_file=tmp / "os-version")
        (tmp / "os-version").write_text("2\n")
        self.plane = self._run(start_control_plane(self.config, FakeAgent(), None, self.updater))
        self.channels: list[grpc.Channel] = []

    def _run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)

    def stub(self, role: str) -> os_update_pb2_grpc.OsUpdateServiceStub:
        channel = grpc.secure_channel(self.plane.addresses["mtls"], self.pki.credentials(role))
        self.channels.append(channel)
        return os_update_pb2_grpc.OsUpdateServiceStub(channel)

    def close(self) -> None:
        for c in self.channels:
            c.close()
        self._run(self.plane.stop(0))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture
def plane(tmp_path: Path) -> Iterator[Plane]:
    running = Plane(tmp_path, FakeRauc())
    yield running
    running.close()


def _requests(data: bytes, sha: str, *, offset: int = 0, reboot: bool = False,
              size: int | None = None) -> Iterator[os_update_pb2.InstallOsRequest]:
    yield os_update_pb2.InstallOsRequest(start=os_update_pb2.InstallOsStart(
        size=len(data) if size is None else size, sha256=sha, reboot=reboot))
    for i in range(offset, len(data), 64 << 10):
        yield os_update_pb2.InstallOsRequest(chunk=data[i:i + (64 << 10)])


def test_install_streams_progress_and_reports_the_new_slot(plane: Plane) -> None:
    data = b"bundle" * 100_000
    sha = hashlib.sha256(data).hexdigest()
    messages = list(plane.stub("admin").InstallOs(_requests(data, sha), timeout=30))
    P = os_update_pb2.InstallOsProgress
    phases = [m.phase for m in messages]
    assert phases[0] == P.UPLOADING and messages[0].resume_offset == 0
    assert P.INSTALLING in phases and phases[-1] == P.INSTALLED and messages[-1].slot == "A"
    assert [m.percent for m in messages if m.phase == P.INSTALLING][-1] == 100
    status = plane.stub("admin").GetOsStatus(os_update_pb2.GetOsStatusRequest(), timeout=10)
    assert status.enabled and status.booted == "B" and status.primary == "A" and status.version == "2"
    assert [s.version for s in status.slots] == ["3", "2"]
    assert not list(plane.updater.uploads.root.iterdir())  # the bundle is not kept


def test_a_refused_bundle_fails_with_raucs_reason_and_a_bad_hash_is_refused(plane: Plane) -> None:
    P = os_update_pb2.InstallOsProgress
    data = b"BAD" + b"x" * 1000
    last = list(plane.stub("admin").InstallOs(_requests(data, hashlib.sha256(data).hexdigest()),
                                              timeout=30))[-1]
    assert last.phase == P.FAILED and "signature verification failed" in last.error
    with pytest.raises(grpc.RpcError) as error:
        list(plane.stub("admin").InstallOs(_requests(b"y" * 100, "0" * 64), timeout=30))
    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "sha256 mismatch" in (error.value.details() or "")


def test_an_interrupted_upload_resumes_where_it_stopped(plane: Plane) -> None:
    data = bytes(range(256)) * 4096  # 1 MiB
    sha = hashlib.sha256(data).hexdigest()
    part = list(_requests(data, sha))[:5]  # start + 4 chunks of 64 KiB, then the client is gone
    with pytest.raises(grpc.RpcError):
        list(plane.stub("admin").InstallOs(iter(part), timeout=30))
    messages = list(plane.stub("admin").InstallOs(_requests(data, sha, offset=256 << 10), timeout=30))
    assert messages[0].resume_offset == 256 << 10
    assert messages[-1].phase == os_update_pb2.InstallOsProgress.INSTALLED


def test_only_an_admin_may_install_or_read_the_os_status(plane: Plane) -> None:
    for role in ("viewer", "operator"):
        with pytest.raises(grpc.RpcError) as error:
            plane.stub(role).GetOsStatus(os_update_pb2.GetOsStatusRequest(), timeout=10)
        assert error.value.code() == grpc.StatusCode.PERMISSION_DENIED
        with pytest.raises(grpc.RpcError) as error:
            list(plane.stub(role).InstallOs(_requests(b"x", "0" * 64), timeout=10))
        assert error.value.code() == grpc.StatusCode.PERMISSION_DENIED


def test_update_status_summarises_the_os_half_for_a_viewer(plane: Plane) -> None:
    channel = grpc.secure_channel(plane.plane.addresses["mtls"], plane.pki.credentials("viewer"))
    plane.channels.append(channel)
    status = update_pb2_grpc.UpdateServiceStub(channel).GetUpdateStatus(
        update_pb2.GetUpdateStatusRequest(), timeout=10)
    assert status.os.supported
    assert "booted slot B, version 2" in status.os.detail


def test_a_stream_that_does_not_start_with_start_is_refused(plane: Plane) -> None:
    chunk_first = iter([os_update_pb2.InstallOsRequest(chunk=b"x")])
    with pytest.raises(grpc.RpcError) as error:
        list(plane.stub("admin").InstallOs(chunk_first, timeout=10))
    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "first message must be start" in (error.value.details() or "")
