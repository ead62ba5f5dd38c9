"""Faults through the real daemon: a full state disk loses no hardware event, and health says
what is true now (degraded and NOT_SERVING while writes fail, ok and SERVING after)."""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from llmos.v1 import (
    commands_pb2,
    commands_pb2_grpc,
    device_pb2,
    device_pb2_grpc,
    events_pb2,
    events_pb2_grpc,
)
from tests.support.daemon import AgentProcess

pytestmark = pytest.mark.integration
UDEVD = Path("/lib/systemd/systemd-udevd")


def grpc_health(agent: AgentProcess) -> int:
    return health_pb2_grpc.HealthStub(agent.channel()).Check(
        health_pb2.HealthCheckRequest(service=""), timeout=10).status


def until(predicate, timeout: float = 30.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def test_a_full_disk_spools_events_and_health_recovers(tmp_path: Path) -> None:
    if os.geteuid() != 0 or not UDEVD.exists():
        pytest.skip("needs root (a small tmpfs) and systemd-udevd")
    if subprocess.run(["pgrep", "-x", "systemd-udevd"], capture_output=True).returncode != 0:
        subprocess.run([str(UDEVD), "--daemon"], check=True, capture_output=True)
        time.sleep(0.5)
    state = tmp_path / "state"
    state.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(state)], check=True)
    name = f"llmt{uuid.uuid4().hex[:6]}"
    try:
        agent = AgentProcess(tmp_path, {
            "state_dir": str(state),
            "udev": {"enabled": True, "subsystems": ["net"]},
            "replay": {"state": None},  # this machine's links
            "policy": {"expose": {"interfaces": ["llmt*"]}},
        }).start()
        commands = commands_pb2_grpc.CommandServiceStub(agent.channel())
        device = device_pb2_grpc.DeviceServiceStub(agent.channel())
        assert grpc_health(agent) == health_pb2.HealthCheckResponse.SERVING
        filler = state / "filler"
        subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k"], capture_output=True)
        with pytest.raises(grpc.RpcError):
            for _ in range(50):  # until SQLite's next page does not fit
                commands.Execute(commands_pb2.ExecuteRequest(text="status " + "x" * 1900))
        until(lambda: grpc_health(agent) == health_pb2.HealthCheckResponse.NOT_SERVING, 10,
              "NOT_SERVING while every command is refused")
        # a link appears while the journal cannot take it
        subprocess.run(["ip", "link", "add", name, "type", "veth", "peer", "name", f"{name}p"],
                       check=True)
        until(lambda: device.GetHealth(device_pb2.GetHealthRequest()).counters[
            "events_spooled"] >= 1, 20, "the event in the spool")
        health = device.GetHealth(device_pb2.GetHealthRequest())
        assert health.degraded and any("write errors" in r for r in health.reasons)
        filler.unlink()  # space returns: nothing else needs to happen
        until(lambda: not device.GetHealth(device_pb2.GetHealthRequest()).degraded, 20,
              "health to recover by itself")
        until(lambda: grpc_health(agent) == health_pb2.HealthCheckResponse.SERVING, 10,
              "SERVING again")
        events = events_pb2_grpc.EventServiceStub(agent.channel())

        def decided() -> bool:
            page = events.ListEvents(events_pb2.ListEventsRequest(
                kinds=[events_pb2.EVENT_KIND_ACTION], page_size=1000))
            return any("set_network succeeded" in e.summary and f"'{name}'" in e.summary
                       for e in page.events)

        until(decided, 30, "the spooled event to be logged and decided")
        counters = device.GetHealth(device_pb2.GetHealthRequest()).counters
        assert counters["events_spooled"] == 0 and counters["events_lost"] == 0
        assert commands.Execute(commands_pb2.ExecuteRequest(text="status")).outcome.result.ok
        assert agent.stop() == 0
        assert "Traceback" not in agent.output()
    finally:
        subprocess.run(["ip", "link", "del", name], capture_output=True)
        subprocess.run(["umount", "-l", str(state)], capture_output=True)
