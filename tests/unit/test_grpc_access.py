"""The control plane's access rules and error statuses, over real gRPC on loopback."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from llmos.agent.grpc.roles import METHOD_ROLES
from llmos.v1 import (
    commands_pb2,
    commands_pb2_grpc,
    device_pb2,
    device_pb2_grpc,
    events_pb2,
    events_pb2_grpc,
    model_pb2,
    policy_pb2,
    policy_pb2_grpc,
)
from tests.unit.grpc_support import PlaneThread, make_pki

OK = grpc.StatusCode.OK


@pytest.fixture(scope="module")
def plane(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlaneThread]:
    directory = tmp_path_factory.mktemp("plane")
    thread = PlaneThread(make_pki(directory / "pki"), directory)
    yield thread
    thread.close()


def status_of(call, request) -> grpc.StatusCode:
    try:
        call(request, timeout=10)
        return OK
    except grpc.RpcError as error:
        assert error.details(), "every refusal says why"
        return error.code()


def execute(channel: grpc.Channel, **fields) -> commands_pb2.ExecuteResponse:
    return commands_pb2_grpc.CommandServiceStub(channel).Execute(
        commands_pb2.ExecuteRequest(**fields), timeout=10)


def test_every_served_method_has_a_role() -> None:
    served = {
        f"/{service.full_name}/{method.name}"
        for module in (commands_pb2, device_pb2, events_pb2, model_pb2, policy_pb2)
        for service in module.DESCRIPTOR.services_by_name.values()
        for method in service.methods
    }
    assert served <= set(METHOD_ROLES)


@pytest.mark.parametrize("role, health, run, dry_run, set_policy", [
    ("viewer", OK, grpc.StatusCode.PERMISSION_DENIED, OK, grpc.StatusCode.PERMISSION_DENIED),
    ("operator", OK, OK, OK, grpc.StatusCode.PERMISSION_DENIED),
    ("admin", OK, OK, OK, OK),
])
def test_role_table(plane: PlaneThread, role: str, health, run, dry_run, set_policy) -> None:
    channel = plane.channel(role)
    commands = commands_pb2_grpc.CommandServiceStub(channel)
    assert status_of(device_pb2_grpc.DeviceServiceStub(channel).GetHealth,
                     device_pb2.GetHealthRequest()) == health
    assert status_of(commands.Execute, commands_pb2.ExecuteRequest(text="status")) == run
    assert status_of(commands.Execute,
                     commands_pb2.ExecuteRequest(text="status", dry_run=True)) == dry_run
    assert status_of(policy_pb2_grpc.PolicyServiceStub(channel).SetPolicy,
                     policy_pb2.SetPolicyRequest(toml="default_allow = true\n")) == set_policy


def test_principal_comes_from_the_certificate(plane: PlaneThread) -> None:
    execute(plane.channel("operator"), text="hello")
    _, principal = plane.agent.calls[-1]
    assert (principal.name, principal.role.name, principal.interface) == (
        "dev-operator", "OPERATOR", "grpc-mtls")


def test_wrong_role_names_the_role_needed(plane: PlaneThread) -> None:
    with pytest.raises(grpc.RpcError) as raised:
        execute(plane.channel("viewer"), text="reboot")
    assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert "needs the operator role" in raised.value.details()


@pytest.mark.parametrize("role", [None, "stranger"])
def test_no_or_foreign_certificate_is_refused_at_the_handshake(plane: PlaneThread, role) -> None:
    # require_client_auth makes the TLS handshake fail, so no call is ever made: what a client
    # sees is UNAVAILABLE (documented in docs/api.md), never a response.
    stub = device_pb2_grpc.DeviceServiceStub(plane.channel(role))
    assert status_of(stub.GetHealth, device_pb2.GetHealthRequest()) == grpc.StatusCode.UNAVAILABLE


def test_certificate_without_role(plane: PlaneThread) -> None:
    stub = device_pb2_grpc.DeviceServiceStub(plane.channel("norole"))
    with pytest.raises(grpc.RpcError) as raised:
        stub.GetHealth(device_pb2.GetHealthRequest(), timeout=10)
    assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert "OU" in raised.value.details()


def test_insecure_listener_has_its_configured_role(plane: PlaneThread) -> None:
    channel = plane.channel(listener="insecure")
    assert status_of(device_pb2_grpc.DeviceServiceStub(channel).GetHealth,
                     device_pb2.GetHealthRequest()) == OK
    assert status_of(commands_pb2_grpc.CommandServiceStub(channel).Execute,
                     commands_pb2.ExecuteRequest(text="x")) == grpc.StatusCode.PERMISSION_DENIED


def test_unix_socket_role_from_peer_credentials(plane: PlaneThread) -> None:
    # These tests run as root, which [local_roles] admin_uids names by default.
    execute(plane.channel(listener="unix"), text="hello")
    _, principal = plane.agent.calls[-1]
    assert (principal.name, principal.role.name, principal.interface) == (
        f"uid:{os.getuid()}", "ADMIN", "grpc-unix")


def test_unix_socket_operator_by_group_and_no_role(tmp_path: Path) -> None:
    pki_ = make_pki(tmp_path / "pki")
    by_group = PlaneThread(pki_, tmp_path / "a", admin_uids=[], operator_gids=[os.getgid()],
                           default="none")
    nobody = PlaneThread(pki_, tmp_path / "b", admin_uids=[], default="none")
    try:
        execute(by_group.channel(listener="unix"), text="hello")
        assert by_group.agent.calls[-1][1].role.name == "OPERATOR"
        with pytest.raises(grpc.RpcError) as raised:
            execute(nobody.channel(listener="unix"), text="hello", dry_run=True)
        assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED
        assert "no role on the local socket" in raised.value.details()
    finally:
        by_group.close()
        nobody.close()


def test_policy_refusal_is_a_normal_answer(plane: PlaneThread) -> None:
    outcome = execute(plane.channel("operator"),
                      action=commands_pb2.StructuredAction(tool="set_led", args=_struct(
                          name="status", state="on"))).outcome
    assert outcome.status == commands_pb2.ACTION_STATUS_DENIED
    assert outcome.verdict.decision == commands_pb2.DECISION_DENY
    assert "not allowed" in outcome.verdict.reason


def test_confirm_reject_statuses(plane: PlaneThread) -> None:
    channel = plane.channel("operator")
    commands = commands_pb2_grpc.CommandServiceStub(channel)
    pending = execute(channel, action=commands_pb2.StructuredAction(
        tool="reboot", args=_struct(delay_s=5))).outcome
    assert pending.status == commands_pb2.ACTION_STATUS_PENDING
    assert pending.proposal.args["delay_s"] == 5
    listed = commands.ListActions(commands_pb2.ListActionsRequest(
        statuses=[commands_pb2.ACTION_STATUS_PENDING]), timeout=10)
    assert pending.id in [a.id for a in listed.actions]
    done = commands.Confirm(commands_pb2.ConfirmRequest(id=pending.id), timeout=10).outcome
    assert done.status == commands_pb2.ACTION_STATUS_SUCCEEDED
    again = status_of(commands.Confirm, commands_pb2.ConfirmRequest(id=pending.id))
    assert again == grpc.StatusCode.FAILED_PRECONDITION
    missing = status_of(commands.Reject, commands_pb2.RejectRequest(id="cmd-nope"))
    assert missing == grpc.StatusCode.NOT_FOUND


def test_bad_policy_is_invalid_argument(plane: PlaneThread) -> None:
    stub = policy_pb2_grpc.PolicyServiceStub(plane.channel("admin"))
    with pytest.raises(grpc.RpcError) as raised:
        stub.SetPolicy(policy_pb2.SetPolicyRequest(toml="bad = 1\n"), timeout=10)
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "policy.bad" in raised.value.details()


def test_oversized_requests(plane: PlaneThread) -> None:
    commands = commands_pb2_grpc.CommandServiceStub(plane.channel("operator"))
    # max_message_bytes is 4096 in these tests.
    with pytest.raises(grpc.RpcError) as raised:
        commands.Execute(commands_pb2.ExecuteRequest(text="x" * 5000), timeout=10)
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "at most 4096" in raised.value.details()
    # Far beyond the limit gRPC refuses it before reading it into memory.
    assert status_of(commands.Execute, commands_pb2.ExecuteRequest(text="x" * 100_000)) == (
        grpc.StatusCode.RESOURCE_EXHAUSTED)


def test_events_paging_and_stream_resume(plane: PlaneThread) -> None:
    for n in range(5):
        plane.log("event", f"ev-{n}", f"block add {n}", subsystem="block")
    plane.log("audit", "pol-1", "policy replaced")
    events = events_pb2_grpc.EventServiceStub(plane.channel("viewer"))
    first = events.ListEvents(events_pb2.ListEventsRequest(
        subsystems=["block"], page_size=2), timeout=10)
    second = events.ListEvents(events_pb2.ListEventsRequest(
        subsystems=["block"], page_size=2, page_token=first.next_page_token), timeout=10)
    assert [e.ref for e in [*first.events, *second.events]] == ["ev-0", "ev-1", "ev-2", "ev-3"]
    hardware = [e for e in first.events if e.kind == events_pb2.EVENT_KIND_HARDWARE]
    assert len(hardware) == 2
    stream = events.StreamEvents(events_pb2.StreamEventsRequest(
        after_seq=second.events[-1].seq, kinds=[events_pb2.EVENT_KIND_HARDWARE,
                                                events_pb2.EVENT_KIND_AUDIT]), timeout=10)
    received = []
    for message in stream:
        received += [e.ref for e in message.events]
        if "pol-1" in received:
            break
    stream.cancel()
    assert received == ["ev-4", "pol-1"]


def test_health_follows_serving(plane: PlaneThread) -> None:
    health = health_pb2_grpc.HealthStub(plane.channel("viewer"))

    def status() -> int:
        return health.Check(health_pb2.HealthCheckRequest(service="llmos.v1.CommandService"),
                            timeout=10).status

    assert status() == health_pb2.HealthCheckResponse.SERVING

    async def set_serving(value: bool) -> None:
        plane.plane.set_serving(value)

    def eventually(expected: int) -> bool:
        # set_serving takes effect on the event loop right after it returns.
        deadline = time.monotonic() + 5
        while status() != expected and time.monotonic() < deadline:
            time.sleep(0.01)
        return status() == expected

    plane.run(set_serving(False))
    assert eventually(health_pb2.HealthCheckResponse.NOT_SERVING)
    plane.run(set_serving(True))
    assert eventually(health_pb2.HealthCheckResponse.SERVING)


def test_device_and_model_info(plane: PlaneThread) -> None:
    info = device_pb2_grpc.DeviceServiceStub(plane.channel("viewer")).GetDeviceInfo(
        device_pb2.GetDeviceInfoRequest(), timeout=10)
    assert (info.name, info.controller, info.context.budget_tokens, info.extra["cores"]) == (
        "fake", "rules", 100, "2")


def _struct(**values):
    from google.protobuf import struct_pb2

    message = struct_pb2.Struct()
    message.update(values)
    return message


def test_one_local_uid_cannot_hold_more_than_its_connections(tmp_path: Path) -> None:
    import socket

    pki_ = make_pki(tmp_path / "pki")
    capped = PlaneThread(pki_, tmp_path / "c", max_connections_per_uid=2)
    held: list[socket.socket] = []
    try:
        path = capped.plane.addresses["unix"]
        for _ in range(2):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.connect(path)
            held.append(sock)
        time.sleep(0.3)  # both relayed
        extra = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        extra.connect(path)
        extra.settimeout(5)
        assert extra.recv(1) == b""  # closed by the agent, not served
        extra.close()
        for sock in held:
            sock.close()
        time.sleep(0.3)
        execute(capped.channel(listener="unix"), text="hello")  # room again
    finally:
        for sock in held:
            sock.close()
        capped.close()


def test_event_streams_are_capped_per_principal_and_in_total(tmp_path: Path) -> None:
    pki_ = make_pki(tmp_path / "pki")
    capped = PlaneThread(pki_, tmp_path / "s", grpc_extra={"max_streams": 3,
                                                           "max_streams_per_principal": 2})
    opened: list = []
    try:
        def stream(role: str):
            call = events_pb2_grpc.EventServiceStub(capped.channel(role)).StreamEvents(
                events_pb2.StreamEventsRequest(after_seq=10**9))
            opened.append(call)
            return call

        def refused(call) -> grpc.StatusCode:
            with pytest.raises(grpc.RpcError) as raised:
                next(call)
            return raised.value.code()

        stream("viewer"), stream("viewer")
        time.sleep(0.3)
        assert refused(stream("viewer")) == grpc.StatusCode.RESOURCE_EXHAUSTED  # per principal
        stream("admin")
        time.sleep(0.3)
        assert refused(stream("admin")) == grpc.StatusCode.RESOURCE_EXHAUSTED  # in total
        for call in opened:
            call.cancel()
        time.sleep(0.3)
        again = stream("viewer")
        time.sleep(0.3)
        assert again.running() or again.code() is None  # taken: the cap was released
    finally:
        for call in opened:
            call.cancel()
        capped.close()
