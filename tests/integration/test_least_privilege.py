"""Issue 21's policy holes, through the real daemon (record executor) over gRPC: each one by a
structured action (`act`) and by natural language, and the spellings an attacker would try.

The described device has the units an attacker would aim at (systemd-poweroff, emergency,
debug-shell, dbus) and everything is exposed (`*`): the floor must hold on its own."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from google.protobuf import struct_pb2

from llmos.v1 import commands_pb2, commands_pb2_grpc, policy_pb2, policy_pb2_grpc
from tests.support.daemon import DEV_STATE, AgentProcess

pytestmark = pytest.mark.integration

FLOOR = ["systemd-poweroff.service", "systemd-reboot.service", "emergency.service",
         "debug-shell.service", "dbus.service", "systemd-journald.service", "getty@tty1.service"]
EFFECTS = {"start_service", "stop_service", "restart_service", "set_network", "mount_storage",
           "unmount_storage", "set_led", "reboot", "set_power_profile", "attach_console"}


class Device:
    def __init__(self, tmp: Path) -> None:
        state = json.loads(DEV_STATE.read_text())
        known = {u["name"] for u in state["units"]}
        state["units"] += [{"name": u, "description": "", "active": "inactive"} for u in FLOOR
                           if u not in known]
        self.state_file = tmp / "state.json"
        self.state_file.write_text(json.dumps(state))
        self.socket = tmp / "agent.sock"
        self.agent = AgentProcess(tmp, {
            "replay": {"state": str(self.state_file)},
            "grpc": {"unix_socket": str(self.socket)},
            "policy": {"expose": {"units": ["*"], "interfaces": ["*"], "leds": ["*"],
                                  "storage": ["*"]}},
        }).start()
        self.channel = self.agent.channel()

    def close(self) -> None:
        self.channel.close()
        assert self.agent.stop() == 0
        assert "Traceback" not in self.agent.output(), self.agent.output()[-3000:]


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Device]:
    running = Device(tmp_path_factory.mktemp("least-privilege"))
    yield running
    running.close()


def act(channel: grpc.Channel, tool: str, **args: object) -> commands_pb2.Outcome:
    values = struct_pb2.Struct()
    values.update(args)
    request = commands_pb2.ExecuteRequest(
        action=commands_pb2.StructuredAction(tool=tool, args=values))
    return commands_pb2_grpc.CommandServiceStub(channel).Execute(request, timeout=30).outcome


def act_refused(channel: grpc.Channel, tool: str, **args: object) -> bool:
    """Refused as an invalid request (the front end validates it first) or denied."""
    try:
        return act(channel, tool, **args).status == commands_pb2.ACTION_STATUS_DENIED
    except grpc.RpcError as error:
        return error.code() == grpc.StatusCode.INVALID_ARGUMENT


def say(channel: grpc.Channel, text: str) -> commands_pb2.Outcome:
    request = commands_pb2.ExecuteRequest(text=text)
    return commands_pb2_grpc.CommandServiceStub(channel).Execute(request, timeout=30).outcome


def refused(outcome: commands_pb2.Outcome) -> bool:
    """Nothing with effects ran or waits to run."""
    if outcome.status == commands_pb2.ACTION_STATUS_DENIED:
        return True
    return (outcome.proposal.tool not in EFFECTS
            and outcome.status == commands_pb2.ACTION_STATUS_SUCCEEDED)


@pytest.mark.parametrize("tool", ["start_service", "restart_service", "stop_service"])
@pytest.mark.parametrize("unit", FLOOR)
def test_the_floor_by_act(device: Device, tool: str, unit: str) -> None:
    outcome = act(device.channel, tool, unit=unit)
    assert outcome.status == commands_pb2.ACTION_STATUS_DENIED
    assert "part of the system" in outcome.verdict.reason


@pytest.mark.parametrize("text", [
    "start systemd-poweroff", "start systemd-poweroff.service", "start systemd-reboot",
    "start emergency.service", "start the emergency shell", "start debug-shell",
    "restart dbus", "restart dbus.service", "stop journald", "start SYSTEMD-POWEROFF",
    "start systemd\\x2dpoweroff.service", "start systemd-poweroff.service.",
    "start sуstemd-poweroff",  # Cyrillic у
    "please start the service systemd-poweroff now",
])
def test_the_floor_by_language(device: Device, text: str) -> None:
    outcome = say(device.channel, text)
    assert refused(outcome), (text, outcome)


@pytest.mark.parametrize("args", [
    {"interface": "..", "state": "down"}, {"interface": "eth0\n", "state": "down"},
    {"interface": "eth9", "state": "down"},
])
def test_interface_names(device: Device, args: dict) -> None:
    assert act_refused(device.channel, "set_network", **args)


def test_storage_paths(device: Device, tmp_path: Path) -> None:
    image = tmp_path / "x.img"
    image.write_bytes(b"\0" * 4096)
    planted = Path(f"/dev/shm/llmos-it-{os.getpid()}.img")
    link = Path(f"/dev/shm/llmos-it-{os.getpid()}-link")
    planted.write_bytes(b"\0" * 4096)
    link.symlink_to(image)
    try:
        for device_path in ("/dev/shm/../../tmp/x.img", str(planted), str(link),
                            "/dev/mmcblk0p2", "/dev/mmcblk0", "/dev/sda1\n"):
            for readonly in (True, False):
                assert act_refused(device.channel, "mount_storage", device=device_path,
                                   readonly=readonly), device_path
        for text in ("mount /dev/shm/../../tmp/x.img", f"mount {planted}",
                     "mount the root disk read-write", "mount rootfs read write",
                     "mount /dev/mmcblk0p2 read-write", "mount /dev/mmcblk0"):
            outcome = say(device.channel, text)
            # refused, or (the reader's grounding of "the disk") the sample's USB disk
            assert refused(outcome) or dict(outcome.proposal.args).get("device") == "/dev/sda1", (
                text, outcome)
        # the sample's USB disk still mounts, as it did
        ok = act(device.channel, "mount_storage", device="/dev/sda1")
        assert ok.status == commands_pb2.ACTION_STATUS_SUCCEEDED
    finally:
        planted.unlink()
        link.unlink()


def test_a_pending_action_confirmed_after_a_deny_is_refused(device: Device) -> None:
    admin = policy_pb2_grpc.PolicyServiceStub(device.channel)
    commands = commands_pb2_grpc.CommandServiceStub(device.channel)
    before = admin.GetPolicy(policy_pb2.GetPolicyRequest(), timeout=10).toml
    try:
        by_act = act(device.channel, "stop_service", unit="nginx.service")
        by_text = say(device.channel, "reboot")
        assert by_act.status == commands_pb2.ACTION_STATUS_PENDING
        assert by_text.status == commands_pb2.ACTION_STATUS_PENDING
        admin.SetPolicy(policy_pb2.SetPolicyRequest(toml=before.replace(
            "[tools.set_network]", "[tools.stop_service]\nallow = false\n\n"
            "[tools.reboot]\nallow = false\n\n[tools.set_network]")), timeout=10)
        for pending in (by_act, by_text):
            done = commands.Confirm(commands_pb2.ConfirmRequest(id=pending.id),
                                    timeout=15).outcome
            assert done.status == commands_pb2.ACTION_STATUS_REJECTED
            assert "refused at confirmation" in done.verdict.reason
    finally:
        admin.SetPolicy(policy_pb2.SetPolicyRequest(toml=before), timeout=10)


def test_confirm_when_readonly_false_and_distinct_confirmer(device: Device) -> None:
    admin = policy_pb2_grpc.PolicyServiceStub(device.channel)
    before = admin.GetPolicy(policy_pb2.GetPolicyRequest(), timeout=10).toml
    try:
        admin.SetPolicy(policy_pb2.SetPolicyRequest(toml=before + (
            '\n[tools.mount_storage]\nconfirm_when = { readonly = ["false"] }\n'
            'distinct_confirmer = true\n')), timeout=10)
        rw = act(device.channel, "mount_storage", device="/dev/sda1", readonly=False)
        assert rw.status == commands_pb2.ACTION_STATUS_PENDING
        by_text = say(device.channel, "mount BACKUP read-write")
        assert by_text.status in (commands_pb2.ACTION_STATUS_PENDING,
                                  commands_pb2.ACTION_STATUS_DENIED), by_text
        same = commands_pb2_grpc.CommandServiceStub(device.channel)
        with pytest.raises(grpc.RpcError) as raised:
            same.Confirm(commands_pb2.ConfirmRequest(id=rw.id), timeout=15)
        assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED
        with grpc.insecure_channel(f"unix:{device.socket}") as other:  # uid:0, someone else
            done = commands_pb2_grpc.CommandServiceStub(other).Confirm(
                commands_pb2.ConfirmRequest(id=rw.id), timeout=15).outcome
        assert done.status == commands_pb2.ACTION_STATUS_SUCCEEDED
        with pytest.raises(grpc.RpcError) as raised:
            admin.SetPolicy(policy_pb2.SetPolicyRequest(toml="pending_ttl_s = 1e12\n"),
                            timeout=10)
        assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    finally:
        admin.SetPolicy(policy_pb2.SetPolicyRequest(toml=before), timeout=10)


def test_interface_dots_by_language(device: Device) -> None:
    for text in ("bring .. down", "take interface .. down", "set network .. down",
                 "bring eth0\\n down"):
        outcome = say(device.channel, text)
        assert refused(outcome) or dict(outcome.proposal.args).get("interface") in (
            "eth0", "wlan0"), (text, outcome)
        assert outcome.status != commands_pb2.ACTION_STATUS_SUCCEEDED or (
            outcome.proposal.tool != "set_network"), (text, outcome)


def test_a_rate_limit_alone_keeps_set_networks_confirmation(device: Device) -> None:
    admin = policy_pb2_grpc.PolicyServiceStub(device.channel)
    before = admin.GetPolicy(policy_pb2.GetPolicyRequest(), timeout=10).toml
    try:
        admin.SetPolicy(policy_pb2.SetPolicyRequest(toml=(
            '[expose]\nunits = ["*"]\ninterfaces = ["*"]\nleds = ["*"]\nstorage = ["*"]\n'
            '[tools.set_network]\nrate_per_minute = 5\n')), timeout=10)
        text = admin.GetPolicy(policy_pb2.GetPolicyRequest(), timeout=10).toml
        assert "down" in text  # the default confirm_when survived
        by_act = act(device.channel, "set_network", interface="eth0", state="down")
        assert by_act.status == commands_pb2.ACTION_STATUS_PENDING
        by_text = say(device.channel, "bring eth0 down")
        assert by_text.status == commands_pb2.ACTION_STATUS_PENDING, by_text
    finally:
        admin.SetPolicy(policy_pb2.SetPolicyRequest(toml=before), timeout=10)


def test_dry_runs_are_rate_limited_over_grpc(device: Device) -> None:
    admin = policy_pb2_grpc.PolicyServiceStub(device.channel)
    before = admin.GetPolicy(policy_pb2.GetPolicyRequest(), timeout=10).toml
    commands = commands_pb2_grpc.CommandServiceStub(device.channel)
    try:
        admin.SetPolicy(policy_pb2.SetPolicyRequest(
            toml=before.replace("dry_run_per_minute = 60", "dry_run_per_minute = 2")), timeout=10)
        for _ in range(2):
            commands.Execute(commands_pb2.ExecuteRequest(text="restart nginx", dry_run=True),
                             timeout=15)
        with pytest.raises(grpc.RpcError) as raised:
            commands.Execute(commands_pb2.ExecuteRequest(text="restart nginx", dry_run=True),
                             timeout=15)
        assert raised.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert "dry runs" in raised.value.details()
    finally:
        admin.SetPolicy(policy_pb2.SetPolicyRequest(toml=before), timeout=10)
