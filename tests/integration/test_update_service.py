"""UpdateService on the real daemon over mTLS: roles, installing a signed model bundle from a
TUF repository served over HTTP, the daemon deciding through it, rollback, a restart loading
the installed slot, and llmosctl's model commands (publish included) as a user runs them."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest

from llmos import pki
from llmos.agent.domain import Role
from llmos.v1 import model_pb2, model_pb2_grpc, update_pb2, update_pb2_grpc
from tests.support.daemon import AgentProcess, free_port
from tests.support.updates import UpdateLab, serve

pytestmark = pytest.mark.integration


class Device:
    def __init__(self, tmp: Path, lab: UpdateLab, **updates_extra: object) -> None:
        self.pki = tmp / "pki"
        pki.make_dev_pki(self.pki)
        stranger = pki.issue_client_cert(pki.make_ca("stranger CA"), "mallory", Role.ADMIN)
        pki.write_issued(stranger, self.pki, "stranger")
        self.address = f"127.0.0.1:{free_port()}"
        updates = lab.config().updates
        self.agent = AgentProcess(tmp, {
            "state_dir": str(lab.state),
            "controller": {"kind": "model"},
            "updates": {"repo_url": updates.repo_url, "trusted_root": str(updates.trusted_root),
                        "check_interval_s": 0, **updates_extra},
            "grpc": {"listen": self.address, "cert": str(self.pki / "device.crt"),
                     "key": str(self.pki / "device.key"),
                     "client_ca": str(self.pki / "fleet-ca.crt")},
        }).start()
        self._channels: list[grpc.Channel] = []

    def channel(self, role: str) -> grpc.Channel:
        ca = (self.pki / "fleet-ca.crt").read_bytes()
        credentials = grpc.ssl_channel_credentials(
            ca, (self.pki / f"{role}.key").read_bytes(), (self.pki / f"{role}.crt").read_bytes())
        channel = grpc.secure_channel(self.address, credentials)
        self._channels.append(channel)
        return channel

    def updates(self, role: str) -> update_pb2_grpc.UpdateServiceStub:
        return update_pb2_grpc.UpdateServiceStub(self.channel(role))

    def model_version(self) -> str:
        """The version the daemon decides with, once its model has loaded."""
        stub = model_pb2_grpc.ModelServiceStub(self.channel("viewer"))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            info = stub.GetModelInfo(model_pb2.GetModelInfoRequest(), timeout=10)
            details = dict(info.details.items())
            if details.get("model_state") == "loaded":
                return str(details["version"])
            time.sleep(0.2)
        raise AssertionError(f"model not loaded: {details}")

    def llmosctl(self, *args: str, role: str = "admin") -> subprocess.CompletedProcess[str]:
        tls = ["--target", self.address, "--ca", str(self.pki / "fleet-ca.crt"),
               "--cert", str(self.pki / f"{role}.crt"), "--key", str(self.pki / f"{role}.key")]
        return subprocess.run([sys.executable, "-m", "llmos.ctl.cli", *tls, *args],
                              capture_output=True, text=True, timeout=300,
                              env={**os.environ, "COLUMNS": "200"})

    def close(self) -> None:
        # Stopped while onnxruntime is still loading on its thread, the process aborts at exit
        # (a known limit of the daemon, not of updates): let the model load first.
        self.model_version()
        for channel in self._channels:
            channel.close()
        assert self.agent.stop() == 0
        assert "Traceback" not in self.agent.log.read_text(), self.agent.log.read_text()[-3000:]


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[UpdateLab]:
    lab = UpdateLab(tmp_path)
    with serve(lab.repo.path) as url:
        lab.url = url
        yield lab


@pytest.fixture
def device(tmp_path: Path, lab: UpdateLab) -> Iterator[Device]:
    running = Device(tmp_path / "agent", lab)
    yield running
    running.close()


def ctl_json(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)[0]
    return data


def test_roles_viewer_reads_admin_installs(device: Device, lab: UpdateLab) -> None:
    status = device.updates("viewer").GetUpdateStatus(update_pb2.GetUpdateStatusRequest(),
                                                      timeout=10)
    assert status.model.enabled and status.model.current == "factory"
    assert not status.os.supported  # OS updates are off in this configuration
    for role in ("viewer", "operator"):
        for call, request in (("UpdateModel", update_pb2.UpdateModelRequest()),
                              ("RollbackModel", update_pb2.RollbackModelRequest())):
            with pytest.raises(grpc.RpcError) as error:
                getattr(device.updates(role), call)(request, timeout=10)
            assert error.value.code() == grpc.StatusCode.PERMISSION_DENIED, (role, call)
    with pytest.raises(grpc.RpcError) as error:  # an admin certificate from another CA
        device.updates("stranger").UpdateModel(update_pb2.UpdateModelRequest(), timeout=10)
    assert error.value.code() == grpc.StatusCode.UNAVAILABLE
    bad = device.updates("admin")
    with pytest.raises(grpc.RpcError) as error:
        bad.UpdateModel(update_pb2.UpdateModelRequest(version="1\x00"), timeout=10)
    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert device.updates("viewer").GetUpdateStatus(
        update_pb2.GetUpdateStatusRequest(), timeout=10).model.current == "factory"


def test_install_decide_rollback_restart(device: Device, lab: UpdateLab) -> None:
    assert device.model_version() == "1.0.0"
    admin = device.updates("admin")
    lab.publish("1.1.0")
    response = admin.UpdateModel(update_pb2.UpdateModelRequest(), timeout=300)
    assert response.outcome == update_pb2.UPDATE_OUTCOME_INSTALLED, response.detail
    assert response.version == "1.1.0" and response.status.current == "a"
    assert device.model_version() == "1.1.0"  # the daemon decides through it, no restart

    lab.publish("1.2.0", catalog_sha256="f" * 64)
    refused = admin.UpdateModel(update_pb2.UpdateModelRequest(), timeout=300)
    assert refused.outcome == update_pb2.UPDATE_OUTCOME_REFUSED
    assert "action catalog" in refused.detail and refused.status.current == "a"
    assert device.model_version() == "1.1.0"

    lab.publish("1.3.0")
    assert admin.UpdateModel(update_pb2.UpdateModelRequest(), timeout=300).version == "1.3.0"
    back = admin.RollbackModel(update_pb2.RollbackModelRequest(), timeout=300)
    assert back.outcome == update_pb2.UPDATE_OUTCOME_ROLLED_BACK and back.version == "1.1.0"
    assert device.model_version() == "1.1.0"

    # A restart loads the slot `current` names.
    assert device.agent.stop() == 0, device.agent.log.read_text()[-2000:]
    device.agent.start()
    assert device.model_version() == "1.1.0"


def test_llmosctl_model_commands(device: Device, lab: UpdateLab, tmp_path: Path) -> None:
    bundle = lab.bundle("2.0.0")
    publish = subprocess.run(
        [sys.executable, "-m", "llmos.ctl.cli", "model", "publish", str(bundle),
         "--repo", str(lab.repo.path), "--keys", str(lab.keys)],
        capture_output=True, text=True, timeout=120)
    assert publish.returncode == 0 and "published llmos-controller-2.0.0" in publish.stdout, \
        publish.stderr
    assert device.llmosctl("model", "update", role="operator").returncode == 1  # not admin
    update = device.llmosctl("--json", "model", "update")
    assert update.returncode == 0, update.stderr
    assert ctl_json(update)["update"]["outcome"] == "UPDATE_OUTCOME_INSTALLED"
    status = device.llmosctl("--json", "model", "status", role="viewer")
    model = ctl_json(status)["update"]["model"]
    assert model["current"] == "a" and model["last_result"] == "installed 2.0.0"
    table = device.llmosctl("model", "status", role="viewer")
    assert "a:2.0.0(active)" in table.stdout
    # Nothing to roll back to (slot b is empty): refused, exit 3, the reason shown.
    rollback = device.llmosctl("--json", "model", "rollback")
    assert rollback.returncode == 3, rollback.stdout
    assert "holds no bundle" in ctl_json(rollback)["update"]["detail"]


def test_a_bundle_left_on_trial_is_gated_when_the_daemon_starts(tmp_path: Path,
                                                                 lab: UpdateLab) -> None:
    """Power cut between the switch and the health gate: the daemon loads the new slot, runs
    the gate itself, and (here it cannot pass) goes back to the previous slot on its own."""
    from llmos.agent.catalog import load_catalog
    from llmos.agent.update.updater import ModelUpdater

    lab.publish("1.1.0")
    assert asyncio.run(ModelUpdater(lab.config(), load_catalog()).update()).outcome == "installed"
    lab.publish("1.2.0")
    config_file = tmp_path / "crash.json"
    config_file.write_text(lab.config().model_dump_json())
    crash = subprocess.run([sys.executable, "-m", "tests.support.update_crash",
                            str(config_file), "switched"], capture_output=True, text=True,
                           timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert crash.returncode == -9, crash.stderr[-2000:]
    device = Device(tmp_path / "agent", lab, gate_timeout_s=1e-6)
    try:
        viewer = device.updates("viewer")
        deadline = time.monotonic() + 60
        status = viewer.GetUpdateStatus(update_pb2.GetUpdateStatusRequest(), timeout=10).model
        while status.last_result != "gate-failed 1.2.0" and time.monotonic() < deadline:
            time.sleep(0.2)
            status = viewer.GetUpdateStatus(update_pb2.GetUpdateStatusRequest(),
                                            timeout=10).model
        assert status.last_result == "gate-failed 1.2.0", status
        assert status.current == "a" and "after a restart" in status.last_error
        assert [s.state for s in status.slots] == ["active", "bad"]
        assert device.model_version() == "1.1.0"
    finally:
        device.close()


def test_the_daemon_checks_the_repository_by_itself(tmp_path: Path, lab: UpdateLab) -> None:
    lab.publish("1.1.0")
    device = Device(tmp_path / "agent", lab, check_interval_s=1)
    try:
        viewer = device.updates("viewer")
        deadline = time.monotonic() + 120
        status = viewer.GetUpdateStatus(update_pb2.GetUpdateStatusRequest(), timeout=10).model
        while status.last_result != "installed 1.1.0" and time.monotonic() < deadline:
            time.sleep(0.5)
            status = viewer.GetUpdateStatus(update_pb2.GetUpdateStatusRequest(),
                                            timeout=10).model
        assert status.last_result == "installed 1.1.0" and status.current == "a", status
        assert device.model_version() == "1.1.0"
    finally:
        device.close()
