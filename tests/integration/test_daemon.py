"""The real daemon as a subprocess: systemd notify protocol, config refusal, restarts."""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from llmos.v1 import events_pb2, events_pb2_grpc
from tests.support.daemon import AgentProcess

pytestmark = pytest.mark.integration


def all_events(agent: AgentProcess, kind: int) -> list[events_pb2.Event]:
    stub = events_pb2_grpc.EventServiceStub(agent.channel())
    found, token = [], ""
    while True:
        page = stub.ListEvents(events_pb2.ListEventsRequest(kinds=[kind], page_size=500, page_token=token))
        found.extend(page.events)
        token = page.next_page_token  # always set: the log grows; a short page is the end for now
        if len(page.events) < 500:
            return found


def replay_file(tmp: Path, n: int) -> Path:
    path = tmp / "events.jsonl"
    path.write_text("".join(
        json.dumps({"action": "add", "subsystem": "net", "devpath": f"/devices/virtual/net/t{i}",
                    "properties": {"INTERFACE": f"t{i}"}}) + "\n" for i in range(n)))
    return path


def test_ready_status_watchdog_and_clean_stop(tmp_path: Path) -> None:
    agent = AgentProcess(tmp_path, env={"WATCHDOG_USEC": "200000"}).start()
    ready = agent.notify.wait_for("READY", "1")
    assert ready.get("STATUS", "").startswith("ok")
    agent.notify.wait_for("WATCHDOG", "1", timeout=5)
    agent.proc.send_signal(signal.SIGTERM)
    agent.notify.wait_for("STOPPING", "1", timeout=10)
    assert agent.stop() == 0
    assert "Traceback" not in agent.output()


def test_invalid_config_is_refused_with_the_key(tmp_path: Path) -> None:
    config = tmp_path / "agent.toml"
    config.write_text('[queue]\ncapacity = 1\n[grpc]\nlisten = ""\n')
    done = subprocess.run([sys.executable, "-m", "llmos.agent", "run", "--config", str(config)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "queue.capacity" in done.stderr and "greater than or equal to 8" in done.stderr


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_restart_loses_and_repeats_nothing(tmp_path: Path, sig: int) -> None:
    n = 300
    agent = AgentProcess(tmp_path, {"replay": {"path": str(replay_file(tmp_path, n))},
                                    "queue": {"capacity": 1000},
                                    "policy": {"rate_per_minute": 10_000}}).start()
    time.sleep(0.3)  # stop it in the middle of the work
    agent.stop(sig)
    # The second run does not replay: it only resumes what the first one accepted.
    (tmp_path / "second").mkdir()
    restarted = AgentProcess(tmp_path / "second", {"state_dir": str(agent.state_dir),
                                                   "queue": {"capacity": 1000},
                                    "policy": {"rate_per_minute": 10_000}}).start()
    try:
        accepted = {e.ref for e in all_events(restarted, events_pb2.EVENT_KIND_HARDWARE)}
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            decisions = [e.ref for e in all_events(restarted, events_pb2.EVENT_KIND_DECISION)]
            if set(decisions) >= accepted:
                break
            time.sleep(0.2)
        assert set(decisions) == accepted, "an accepted event was never decided"
        assert len(decisions) == len(set(decisions)), "an event was decided twice"
        outcomes = [e.ref for e in all_events(restarted, events_pb2.EVENT_KIND_ACTION)]
        assert len(outcomes) == len(set(outcomes)), "an action ran twice"
    finally:
        assert restarted.stop() == 0


def test_full_disk_refuses_commands_clearly_and_recovers(tmp_path: Path) -> None:
    import os

    import grpc

    from llmos.v1 import commands_pb2, commands_pb2_grpc, device_pb2, device_pb2_grpc

    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs")
    state = tmp_path / "state"
    state.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(state)], check=True)
    try:
        agent = AgentProcess(tmp_path, {"state_dir": str(state)}).start()
        commands = commands_pb2_grpc.CommandServiceStub(agent.channel())
        ok = commands.Execute(commands_pb2.ExecuteRequest(text="status"))
        assert ok.outcome.result.ok
        filler = state / "filler"
        subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k"], capture_output=True)
        with pytest.raises(grpc.RpcError) as refused:
            for _ in range(50):  # until SQLite's next page does not fit
                commands.Execute(commands_pb2.ExecuteRequest(text="status " + "x" * 1900))
        assert refused.value.code() == grpc.StatusCode.UNAVAILABLE
        assert "full" in refused.value.details()
        health = device_pb2_grpc.DeviceServiceStub(agent.channel()).GetHealth(device_pb2.GetHealthRequest())
        assert health.degraded and any("write errors" in r for r in health.reasons)
        filler.unlink()
        assert commands.Execute(commands_pb2.ExecuteRequest(text="status")).outcome.result.ok
        assert agent.stop() == 0
    finally:
        subprocess.run(["umount", "-l", str(state)], capture_output=True)


def test_unprovisioned_device_serves_without_mtls_and_says_so(tmp_path: Path) -> None:
    from llmos.v1 import device_pb2, device_pb2_grpc

    agent = AgentProcess(tmp_path, {"grpc": {"listen": "127.0.0.1:0", "client_ca": str(tmp_path / "none.crt")}}).start()
    health = device_pb2_grpc.DeviceServiceStub(agent.channel()).GetHealth(device_pb2.GetHealthRequest())
    assert health.serving and health.degraded
    assert any("mTLS listener off" in r and "client_ca" in r for r in health.reasons)
    assert agent.stop() == 0


def _device_info(agent: AgentProcess) -> dict[str, str]:
    from llmos.v1 import device_pb2, device_pb2_grpc

    info = device_pb2_grpc.DeviceServiceStub(agent.channel()).GetDeviceInfo(
        device_pb2.GetDeviceInfoRequest())
    return {"controller": info.controller, "execution_provider": info.execution_provider,
            **info.extra}


def test_model_loads_behind_the_serving_control_plane(tmp_path: Path) -> None:
    """READY=1 once gRPC serves; the model bundle loads after it and device info says so."""
    pytest.importorskip("onnxruntime")
    bundle = Path(__file__).resolve().parents[2] / "models" / "default"
    if not (bundle / "manifest.json").exists():
        pytest.skip("no model bundle in models/default")
    agent = AgentProcess(tmp_path, {"controller": {"kind": "model"},
                                    "model": {"bundle": str(bundle)}}).start()
    try:
        assert _device_info(agent)["model_state"] in ("loading", "loaded")
        deadline = time.monotonic() + 120
        while (info := _device_info(agent))["model_state"] == "loading":
            assert time.monotonic() < deadline, "the model never finished loading"
            time.sleep(0.2)
        assert info["model_state"] == "loaded" and info["controller"] == "model", info
        assert info["provider"].endswith("ExecutionProvider"), info
        assert info["execution_provider"] == info["provider"], info  # the API's own field
        log = agent.output()
        assert log.index("ready:") < log.index("model loaded in"), log
        while "objects of the loaded agent frozen" not in (log := agent.output()):
            assert time.monotonic() < deadline, "the loaded agent was never frozen for the gc"
            time.sleep(0.2)
        assert log.index("model loaded in") < log.index("objects of the loaded agent frozen")
    finally:
        assert agent.stop() == 0


def test_the_device_states_descriptions_are_encoded_before_any_command(tmp_path: Path) -> None:
    """Grounding ahead (controller/ahead.py): once the model is loaded, the daemon encodes its
    units' descriptions without a command having asked for them."""
    pytest.importorskip("onnxruntime")
    bundle = Path(__file__).resolve().parents[2] / "models" / "default"
    if not (bundle / "language-encoder.onnx").exists():
        pytest.skip("no language encoder in models/default")
    state = tmp_path / "state.json"
    state.write_text(json.dumps({"units": [
        {"name": "nginx.service", "description": "A high performance web server"},
        {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"}]}))
    agent = AgentProcess(tmp_path, {"controller": {"kind": "model"},
                                    "model": {"bundle": str(bundle)},
                                    "replay": {"state": str(state)}}).start()
    try:
        deadline = time.monotonic() + 120
        while "grounding ahead: 2 descriptions encoded" not in (log := agent.output()):
            assert time.monotonic() < deadline, log
            time.sleep(0.2)
        assert log.index("model loaded in") < log.index("grounding ahead"), log
    finally:
        assert agent.stop() == 0


def test_a_broken_model_bundle_leaves_the_rules_and_degraded_health(tmp_path: Path) -> None:
    from llmos.v1 import device_pb2, device_pb2_grpc

    broken = tmp_path / "bundle"
    broken.mkdir()
    (broken / "manifest.json").write_text("{not json")
    agent = AgentProcess(tmp_path, {"controller": {"kind": "model"},
                                    "model": {"bundle": str(broken)}}).start()
    try:
        deadline = time.monotonic() + 120
        while (info := _device_info(agent))["model_state"] == "loading":
            assert time.monotonic() < deadline, "loading never finished"
            time.sleep(0.2)
        assert info["model_state"] == "failed" and info["controller"] == "rules", info
        health = device_pb2_grpc.DeviceServiceStub(agent.channel()).GetHealth(
            device_pb2.GetHealthRequest())
        assert health.serving and health.degraded
        assert any("using rules" in r for r in health.reasons), health.reasons
    finally:
        assert agent.stop() == 0
