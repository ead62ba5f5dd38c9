"""Real udev: systemd-udevd on this machine, real kernel uevents, the system executor for real.

A veth pair and a loop device with a filesystem are created by the test; the agent sees
them through the udev netlink socket, decides, and acts: the link goes up, the filesystem is
mounted read-only. A policy confines the agent to the test's own devices.
"""

import os
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from google.protobuf import struct_pb2

from llmos.v1 import commands_pb2, commands_pb2_grpc, events_pb2, events_pb2_grpc
from tests.support.daemon import AgentProcess

pytestmark = pytest.mark.integration
UDEVD = Path("/lib/systemd/systemd-udevd")


@pytest.fixture(scope="module")
def udevd():
    if os.geteuid() != 0 or not UDEVD.exists():
        pytest.skip("needs root and systemd-udevd (Debian package udev; make test installs it)")
    if subprocess.run(["pgrep", "-x", "systemd-udevd"], capture_output=True).returncode != 0:
        subprocess.run([str(UDEVD), "--daemon"], check=True, capture_output=True)
        time.sleep(0.5)
    yield


def wait_for_action(agent: AgentProcess, needle: str, timeout: float = 20.0) -> events_pb2.Event:
    stub = events_pb2_grpc.EventServiceStub(agent.channel())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page = stub.ListEvents(events_pb2.ListEventsRequest(kinds=[events_pb2.EVENT_KIND_ACTION], page_size=1000))
        for event in page.events:
            if needle in event.summary:
                return event
        time.sleep(0.1)
    raise AssertionError(f"no action matching {needle!r}:\n{agent.output()[-3000:]}")


@pytest.fixture
def agent(tmp_path: Path, udevd):
    media = tmp_path / "media"
    process = AgentProcess(tmp_path, {
        "udev": {"enabled": True, "subsystems": ["net", "block"]},
        "executor": {"kind": "system", "media_root": str(media)},
        "replay": {"state": None},  # this machine's links and disks, as the agent sees them
        "policy": {"default_allow": False,
                   "expose": {"interfaces": ["llmt*"], "storage": ["/dev/loop*"]}, "tools": {
            "set_network": {"args": {"interface": ["llmt*"]}},
            "mount_storage": {"args": {"device": ["/dev/loop*"]}},
            "unmount_storage": {"args": {"device": ["/dev/loop*"]}},
            "ignore": {}, "say": {},
        }},
    }).start()
    process.media = media
    yield process
    assert process.stop() == 0


def test_new_network_link_is_brought_up(agent: AgentProcess) -> None:
    name = f"llmt{uuid.uuid4().hex[:6]}"
    subprocess.run(["ip", "link", "add", name, "type", "veth", "peer", "name", f"{name}p"], check=True)
    try:
        event = wait_for_action(agent, f"set_network succeeded: {name} is up")
        assert event.ref.startswith("ev-")
        flags = subprocess.run(["ip", "-o", "link", "show", name], capture_output=True, text=True).stdout
        assert ",UP" in flags or "<UP" in flags
    finally:
        subprocess.run(["ip", "link", "del", name], capture_output=True)


def test_storage_is_mounted_read_only_then_unmounted(agent: AgentProcess, tmp_path: Path) -> None:
    # ext4: this build machine's kernel has no vfat (the QEMU end-to-end test plugs a FAT stick).
    image = tmp_path / "stick.img"
    subprocess.run(["truncate", "-s", "8M", str(image)], check=True)
    subprocess.run(["mkfs.ext4", "-q", "-L", "FIELDTEST", str(image)], check=True)
    device = subprocess.run(["losetup", "-f", "--show", str(image)], check=True, capture_output=True,
                            text=True).stdout.strip()
    try:
        wait_for_action(agent, f"mount_storage succeeded: mounted {device}")
        mounts = [line.split() for line in Path("/proc/mounts").read_text().splitlines()]
        mine = [m for m in mounts if m[0] == device]
        assert mine and mine[0][1] == str(agent.media / "FIELDTEST")
        assert "ro" in mine[0][3].split(",")

        stub = commands_pb2_grpc.CommandServiceStub(agent.channel())
        args = struct_pb2.Struct()
        args.update({"device": device})
        reply = stub.Execute(commands_pb2.ExecuteRequest(
            action=commands_pb2.StructuredAction(tool="unmount_storage", args=args)))
        assert reply.outcome.result.ok, reply.outcome.result.detail
        assert not any(line.split()[0] == device for line in Path("/proc/mounts").read_text().splitlines())
    finally:
        subprocess.run(["umount", str(agent.media / "FIELDTEST")], capture_output=True)
        subprocess.run(["losetup", "-d", device], capture_output=True)


def test_record_captures_real_events_in_the_replay_format(tmp_path: Path, udevd) -> None:
    import sys

    from llmos.agent.normalize import read_replay

    out = tmp_path / "recorded.jsonl"
    recorder = subprocess.Popen([sys.executable, "-m", "llmos.agent", "record", "--subsystem", "net",
                                 "--count", "2", "--output", str(out)], stderr=subprocess.PIPE, text=True)
    assert "recording udev events" in recorder.stderr.readline()  # the monitor is listening
    name = f"llmt{uuid.uuid4().hex[:6]}"
    subprocess.run(["ip", "link", "add", name, "type", "veth", "peer", "name", f"{name}p"], check=True)
    try:
        assert recorder.wait(timeout=20) == 0
    finally:
        subprocess.run(["ip", "link", "del", name], capture_output=True)
        recorder.kill()
    events = list(read_replay(out.read_text().splitlines()))
    assert {e.properties.get("INTERFACE") for e in events} == {name, f"{name}p"}
    assert all(e.action == "add" and e.subsystem == "net" for e in events)
