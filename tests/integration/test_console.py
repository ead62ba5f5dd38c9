"""The serial console of the real daemon, on real pseudo-terminal pairs."""

import os
import time
from pathlib import Path

import pytest

from tests.support.daemon import AgentProcess
from tests.support.terminal import Terminal

pytestmark = pytest.mark.integration


@pytest.fixture
def console(tmp_path: Path):
    terminal = Terminal(link=tmp_path / "ttyS9")
    agent = AgentProcess(tmp_path, {"console": {"ports": [terminal.port]}}).start()
    terminal.read_until(r"llmos> ")
    yield agent, terminal
    assert agent.stop() == 0
    terminal.close()


def test_commands_answer_with_proposal_verdict_result_and_id(console) -> None:
    _, term = console
    term.type("restart nginx.service")
    answer = term.read_until(r"llmos> ")
    assert "proposed restart_service(unit='nginx.service')" in answer
    assert "policy: allow" in answer
    assert "ok: recorded, not run: restart_service" in answer
    assert "[cmd-" in answer


def test_builtins(console) -> None:
    _, term = console
    term.type("restart nginx")
    term.read_until(r"llmos> ")
    for line, expected in [("help", "Built-in commands"), ("status", "controller rules"),
                           ("events 5", "command"), ("pending", "no pending actions"),
                           ("context", "no context window")]:
        term.type(line)
        assert expected in term.read_until(r"llmos> ")


def test_destructive_action_is_confirmed_on_the_same_console(console) -> None:
    _, term = console
    term.type("stop nginx")
    assert "needs confirmation" in term.read_until(r"yes/no\r\nllmos> ")
    term.type("yes")
    assert "ok: recorded, not run: stop_service" in term.read_until(r"llmos> ")
    term.type("reboot")
    term.read_until(r"yes/no\r\nllmos> ")
    term.type("no")
    assert "rejected" in term.read_until(r"llmos> ")


def test_noise_never_breaks_the_console(console) -> None:
    agent, term = console
    term.send(os.urandom(4096).replace(b"\r", b"").replace(b"\n", b"") + b"\r")
    term.send(b"\xff\xfe bad utf-8 \xc3\x28\r")
    term.send(b"a" * 5000 + b"\r")
    term.send(b"\x00\x00\x00\x1b[A\x1b[B")
    term.type("status")
    seen = term.read_until(r"controller rules.*\r\n.*\r\nllmos> ")
    assert "not UTF-8" in seen and "too long" in seen
    assert agent.proc.poll() is None


def test_pulled_cable_and_replug(console, tmp_path: Path) -> None:
    agent, term = console
    term.type("stop nginx")
    term.read_until(r"yes/no\r\nllmos> ")
    term.close()  # the cable is pulled while the agent waits for a confirmation
    replugged = Terminal(link=tmp_path / "ttyS9")
    replugged.read_until(r"llmos> ", timeout=20)
    replugged.type("pending")
    assert "no pending actions" in replugged.read_until(r"llmos> ")
    replugged.type("restart nginx")
    assert "ok: recorded" in replugged.read_until(r"llmos> ")
    replugged.close()
    assert agent.proc.poll() is None


def test_attach_console_serves_a_plugged_adapter_until_unplugged(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to name a device node under /dev")
    from google.protobuf import struct_pb2

    from llmos.v1 import commands_pb2, commands_pb2_grpc, device_pb2, device_pb2_grpc

    node = Path(f"/dev/ttyLLMT{os.getpid() % 10000}")
    adapter = Terminal(link=node)  # stands in for a USB serial adapter's /dev/ttyUSBn
    agent = AgentProcess(tmp_path, {
        "executor": {"kind": "system", "media_root": str(tmp_path / "media")},
        "policy": {"default_allow": False, "tools": {"attach_console": {"args": {"port": [str(node)]}}}},
    }).start()
    try:
        args = struct_pb2.Struct()
        args.update({"port": str(node)})
        reply = commands_pb2_grpc.CommandServiceStub(agent.channel()).Execute(
            commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(tool="attach_console", args=args)))
        assert reply.outcome.result.ok, reply.outcome.result.detail
        adapter.read_until(r"llmos> ")
        adapter.type("status")
        assert "controller rules" in adapter.read_until(r"llmos> ")
        adapter.close()
        node.unlink()  # unplugged: the agent stops serving it
        health = device_pb2_grpc.DeviceServiceStub(agent.channel())
        for _ in range(100):
            counters = health.GetHealth(device_pb2.GetHealthRequest()).counters
            if counters["console_ports"] == 0:
                break
            time.sleep(0.1)
        assert counters["console_ports"] == 0 and counters["console_disconnects"] == 1
    finally:
        node.unlink(missing_ok=True)
        assert agent.stop() == 0


def test_a_plugged_adapter_is_a_viewer_and_the_uart_keeps_its_role(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to name a device node under /dev")
    from google.protobuf import struct_pb2

    from llmos.v1 import commands_pb2, commands_pb2_grpc

    node = Path(f"/dev/ttyLLMV{os.getpid() % 10000}")
    adapter = Terminal(link=node)  # stands in for a USB serial adapter's /dev/ttyUSBn
    uart = Terminal(link=tmp_path / "ttyS9")  # the board's own UART, configured
    agent = AgentProcess(tmp_path, {
        "executor": {"kind": "system", "media_root": str(tmp_path / "media")},
        "console": {"ports": [uart.port]},
        "policy": {"tools": {"attach_console": {"args": {"port": [str(node)]}}}},
    }).start()
    try:
        args = struct_pb2.Struct()
        args.update({"port": str(node)})
        reply = commands_pb2_grpc.CommandServiceStub(agent.channel()).Execute(
            commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(
                tool="attach_console", args=args)))
        assert reply.outcome.result.ok, reply.outcome.result.detail
        adapter.read_until(r"llmos> ")
        adapter.type("reboot")
        said = adapter.read_until(r"llmos> ")
        assert "needs the operator role" in said and "Run it?" not in said
        adapter.type("what is the status")  # answers change nothing: a viewer gets them
        assert "ok:" in adapter.read_until(r"llmos> ")
        adapter.type("pending")
        adapter.read_until(r"llmos> ")
        uart.read_until(r"llmos> ")
        uart.type("reboot")
        assert "Run it? yes/no" in uart.read_until(r"llmos> ")  # an operator's console
        uart.type("no")
        uart.read_until(r"llmos> ")
    finally:
        adapter.close()
        uart.close()
        node.unlink(missing_ok=True)
        assert agent.stop() == 0


def test_enter_on_an_empty_line_prompts_again(console) -> None:
    _, term = console
    for _ in range(3):
        term.type("")
        assert term.read_until(r"llmos> ").endswith("llmos> ")
    term.type("   ")
    term.read_until(r"llmos> ")
    term.type("status")  # and nothing was queued in between that answers late
    assert "controller rules" in term.read_until(r"llmos> ")
