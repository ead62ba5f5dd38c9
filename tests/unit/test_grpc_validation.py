"""Every request field: bad values get INVALID_ARGUMENT with a message, nothing crashes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import grpc
import pytest
from google.protobuf import struct_pb2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llmos.agent.grpc import validate
from llmos.agent.grpc.validate import InvalidRequest
from llmos.v1 import (
    commands_pb2,
    commands_pb2_grpc,
    events_pb2,
    events_pb2_grpc,
    policy_pb2,
    policy_pb2_grpc,
)
from tests.unit.grpc_support import PlaneThread, make_pki

# Answers a well-formed client can get; INTERNAL or UNKNOWN would mean the server broke.
EXPECTED = {grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.NOT_FOUND,
            grpc.StatusCode.FAILED_PRECONDITION}
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def plane(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlaneThread]:
    directory = tmp_path_factory.mktemp("plane")
    thread = PlaneThread(make_pki(directory / "pki"), directory)
    yield thread
    thread.close()


def call(method: Callable[..., Any], request: Any) -> None:
    try:
        method(request, timeout=10)
    except grpc.RpcError as error:
        assert error.code() in EXPECTED, (error.code(), error.details())
        assert error.details()


def refused(fn: Callable[[], Any], *words: str) -> None:
    with pytest.raises(InvalidRequest) as raised:
        fn()
    for word in words:
        assert word in str(raised.value)


# -- the checks themselves ----------------------------------------------------------------------

def test_command_needs_text_or_action() -> None:
    refused(lambda: validate.command(commands_pb2.ExecuteRequest()), "either text or action")
    refused(lambda: validate.command(commands_pb2.ExecuteRequest(text="  ")), "text", "empty")
    refused(lambda: validate.command(commands_pb2.ExecuteRequest(text="a\x00b")), "control")
    refused(lambda: validate.command(commands_pb2.ExecuteRequest(text="x" * 2001)), "2000")
    assert validate.command(commands_pb2.ExecuteRequest(text="mount it\n", dry_run=True)).dry_run


def _action(tool: str, **args: Any) -> commands_pb2.ExecuteRequest:
    struct = struct_pb2.Struct()
    struct.update(args)
    return commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(tool=tool, args=struct))


def test_structured_action_is_checked_against_the_catalog() -> None:
    refused(lambda: validate.command(_action("format_disk")), "unknown tool")
    refused(lambda: validate.command(_action("set_network", interface="eth0", state="sideways")),
            "state")
    refused(lambda: validate.command(_action("reboot", delay_s=1.5)), "delay_s")
    request = validate.command(_action("reboot", delay_s=30))
    assert request.tool == "reboot" and request.args == {"delay_s": 30}
    assert type(request.args["delay_s"]) is int  # Struct numbers are doubles


def test_ids_filters_pages() -> None:
    refused(lambda: validate.action_id(""), "id")
    refused(lambda: validate.action_id("../../etc"), "id")
    assert validate.action_id("cmd-1a2b:3") == "cmd-1a2b:3"
    refused(lambda: validate.journal_filter([0], []), "kinds")
    refused(lambda: validate.journal_filter([99], []), "kinds")
    refused(lambda: validate.journal_filter([1] * 9, []), "kinds")
    refused(lambda: validate.journal_filter([], ["Block"]), "subsystems")
    refused(lambda: validate.statuses([0]), "statuses")
    refused(lambda: validate.page(-1, ""), "page_size")
    refused(lambda: validate.page(1001, ""), "page_size")
    refused(lambda: validate.page(10, "abc"), "page_token")
    refused(lambda: validate.page(10, "²"), "page_token")
    assert validate.page(0, "42") == (100, 42)
    refused(lambda: validate.policy("x" * 40_000), "toml", "bytes")


# -- every field, through the server ------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=12,
)
tools = (st.sampled_from(["reboot", "mount_storage", "set_led", "say", "nope", ""])
         | st.text(max_size=20))
ints = st.integers(min_value=-(2**31), max_value=2**31 - 1)


@SETTINGS
@given(text=st.text(max_size=2100), dry_run=st.booleans())
def test_execute_text(plane: PlaneThread, text: str, dry_run: bool) -> None:
    stub = commands_pb2_grpc.CommandServiceStub(plane.channel("operator"))
    call(stub.Execute, commands_pb2.ExecuteRequest(text=text, dry_run=dry_run))


@SETTINGS
@given(tool=tools, args=st.dictionaries(st.text(max_size=12), json_values, max_size=5),
       dry_run=st.booleans())
def test_execute_action(plane: PlaneThread, tool: str, args: dict[str, Any], dry_run: bool) -> None:
    struct = struct_pb2.Struct()
    struct.update(args)
    stub = commands_pb2_grpc.CommandServiceStub(plane.channel("operator"))
    call(stub.Execute, commands_pb2.ExecuteRequest(
        action=commands_pb2.StructuredAction(tool=tool, args=struct), dry_run=dry_run))


@SETTINGS
@given(id_=st.text(max_size=200), reason=st.text(max_size=600))
def test_confirm_reject(plane: PlaneThread, id_: str, reason: str) -> None:
    stub = commands_pb2_grpc.CommandServiceStub(plane.channel("operator"))
    call(stub.Confirm, commands_pb2.ConfirmRequest(id=id_))
    call(stub.Reject, commands_pb2.RejectRequest(id=id_, reason=reason))


@SETTINGS
@given(statuses=st.lists(ints, max_size=20), size=ints, token=st.text(max_size=25))
def test_list_actions(plane: PlaneThread, statuses: list[int], size: int, token: str) -> None:
    stub = commands_pb2_grpc.CommandServiceStub(plane.channel("viewer"))
    call(stub.ListActions, commands_pb2.ListActionsRequest(statuses=statuses, page_size=size,
                                                           page_token=token))


@SETTINGS
@given(kinds=st.lists(ints, max_size=10), subsystems=st.lists(st.text(max_size=40), max_size=20),
       ref=st.text(max_size=140), after=st.integers(min_value=0, max_value=2**64 - 1),
       size=ints, token=st.text(max_size=25))
def test_list_events(plane: PlaneThread, kinds: list[int], subsystems: list[str], ref: str,
                     after: int, size: int, token: str) -> None:
    stub = events_pb2_grpc.EventServiceStub(plane.channel("viewer"))
    call(stub.ListEvents, events_pb2.ListEventsRequest(
        kinds=kinds, subsystems=subsystems, ref=ref, after_seq=after, page_size=size,
        page_token=token))


@SETTINGS
@given(kinds=st.lists(ints, max_size=10), subsystems=st.lists(st.text(max_size=40), max_size=20),
       after=st.integers(min_value=0, max_value=2**64 - 1))
def test_stream_events(plane: PlaneThread, kinds: list[int], subsystems: list[str],
                       after: int) -> None:
    stub = events_pb2_grpc.EventServiceStub(plane.channel("viewer"))
    stream = stub.StreamEvents(events_pb2.StreamEventsRequest(
        kinds=kinds, subsystems=subsystems, after_seq=after), timeout=0.5)
    try:
        for _ in stream:
            pass
    except grpc.RpcError as error:
        # A valid request streams until the deadline; an invalid one is refused at once.
        assert error.code() in EXPECTED | {grpc.StatusCode.DEADLINE_EXCEEDED}, error.details()


@SETTINGS
@given(toml=st.text(max_size=300))
def test_set_policy(plane: PlaneThread, toml: str) -> None:
    stub = policy_pb2_grpc.PolicyServiceStub(plane.channel("admin"))
    call(stub.SetPolicy, policy_pb2.SetPolicyRequest(toml=toml))


@pytest.mark.parametrize("bad", ["cmd-123", "ev-1", "a b", "x" * 129, "ü"])
def test_a_callers_request_id_is_an_id_and_never_one_of_the_agents(bad: str) -> None:
    request = commands_pb2.ExecuteRequest(text="restart nginx", request_id=bad)
    with pytest.raises(validate.InvalidRequest, match="request_id"):
        validate.command(request)


def test_a_callers_request_id_becomes_the_commands_id() -> None:
    request = commands_pb2.ExecuteRequest(text="restart nginx", request_id="fleet-1.a:b_c")
    assert validate.command(request).id == "fleet-1.a:b_c"
