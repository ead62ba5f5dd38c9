"""One device, one command: the gRPC calls behind each llmosctl command, answered as a Result.

A Result is plain data (for the table and for --json) plus the exit code it implies.
"""

from __future__ import annotations

import asyncio
import enum
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import grpc
from google.protobuf import json_format, struct_pb2
from google.protobuf.message import Message

from llmos.agent.grpc.validate import whole_numbers
from llmos.ctl.inventory import Target
from llmos.v1 import (
    commands_pb2,
    commands_pb2_grpc,
    device_pb2,
    device_pb2_grpc,
    events_pb2,
    events_pb2_grpc,
    policy_pb2,
    policy_pb2_grpc,
    update_pb2,
    update_pb2_grpc,
)


class Exit(enum.IntEnum):
    """llmosctl's exit codes; with several devices the most serious one wins (see `worst`)."""

    OK = 0
    FAILED = 1  # a device was unreachable or refused the call
    USAGE = 2  # bad arguments, here or as judged by the device (INVALID_ARGUMENT)
    DENIED = 3  # an action was denied by policy, rejected, or failed
    PENDING = 4  # an action waits for an operator's confirmation


_RECONNECT_S = 1.0
_SEVERITY = (Exit.FAILED, Exit.USAGE, Exit.DENIED, Exit.PENDING, Exit.OK)


def worst(codes: list[Exit]) -> Exit:
    return min(codes, key=_SEVERITY.index, default=Exit.OK)


@dataclass
class Result:
    device: str
    exit: Exit = Exit.OK
    data: dict[str, Any] = field(default_factory=dict)
    error: str = ""

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"device": self.device, "ok": self.exit == Exit.OK,
                               "exit": int(self.exit)}
        if self.error:
            out["error"] = self.error
        out.update(self.data)
        return out


_STATUS_EXIT = {
    "ACTION_STATUS_DENIED": Exit.DENIED, "ACTION_STATUS_FAILED": Exit.DENIED,
    "ACTION_STATUS_REJECTED": Exit.DENIED, "ACTION_STATUS_EXPIRED": Exit.DENIED,
    "ACTION_STATUS_INTERRUPTED": Exit.DENIED, "ACTION_STATUS_PENDING": Exit.PENDING,
}


def channel(target: Target) -> grpc.aio.Channel:
    if target.unix is not None:
        return grpc.aio.insecure_channel(f"unix:{target.unix}")
    if target.insecure:
        return grpc.aio.insecure_channel(target.address)
    assert target.ca and target.cert and target.key
    credentials = grpc.ssl_channel_credentials(
        target.ca.read_bytes(), target.key.read_bytes(), target.cert.read_bytes())
    options = [("grpc.ssl_target_name_override", target.server_name)] if target.server_name else []
    return grpc.aio.secure_channel(target.address, credentials, options)


def to_dict(message: Message) -> dict[str, Any]:
    """A response as JSON values; whole numbers as ints, as the device had them (a Struct's
    numbers are doubles: reboot(delay_s=600), not 600.0)."""
    raw = json_format.MessageToDict(message, preserving_proto_field_name=True)
    return whole_numbers(raw)  # type: ignore[no-any-return]


def failure(target: Target, error: grpc.aio.AioRpcError) -> Result:
    code = Exit.USAGE if error.code() == grpc.StatusCode.INVALID_ARGUMENT else Exit.FAILED
    return Result(target.name, code, {"code": error.code().name}, error.details() or "")


class Device:
    """The calls llmosctl makes to one device, each bounded by `timeout` seconds."""

    def __init__(self, target: Target, timeout: float) -> None:
        self.target = target
        self._timeout = timeout
        self._channel = channel(target)
        self._device = device_pb2_grpc.DeviceServiceStub(self._channel)
        self._events = events_pb2_grpc.EventServiceStub(self._channel)
        self._commands = commands_pb2_grpc.CommandServiceStub(self._channel)
        self._policy = policy_pb2_grpc.PolicyServiceStub(self._channel)
        self._updates = update_pb2_grpc.UpdateServiceStub(self._channel)

    async def close(self) -> None:
        await self._channel.close()

    def _result(self, data: dict[str, Any], exit_: Exit = Exit.OK) -> Result:
        return Result(self.target.name, exit_, data)

    async def status(self) -> Result:
        info = await self._device.GetDeviceInfo(device_pb2.GetDeviceInfoRequest(),
                                                timeout=self._timeout)
        health = await self._device.GetHealth(device_pb2.GetHealthRequest(),
                                              timeout=self._timeout)
        exit_ = Exit.OK if health.serving else Exit.FAILED
        return self._result({"info": to_dict(info), "health": to_dict(health)}, exit_)

    async def execute(self, request: commands_pb2.ExecuteRequest) -> Result:
        response = await self._commands.Execute(request, timeout=self._timeout)
        return self._outcome(response.outcome)

    async def confirm(self, action_id: str) -> Result:
        response = await self._commands.Confirm(commands_pb2.ConfirmRequest(id=action_id),
                                                timeout=self._timeout)
        return self._outcome(response.outcome)

    async def reject(self, action_id: str, reason: str) -> Result:
        response = await self._commands.Reject(
            commands_pb2.RejectRequest(id=action_id, reason=reason), timeout=self._timeout)
        outcome = to_dict(response.outcome)
        return self._result({"outcome": outcome})  # rejecting is what was asked: not a failure

    def _outcome(self, outcome: commands_pb2.Outcome) -> Result:
        data = to_dict(outcome)
        status = commands_pb2.ActionStatus.Name(outcome.status)
        return self._result({"outcome": data}, _STATUS_EXIT.get(status, Exit.OK))

    async def correct(self, action_id: str, tool: str, args: dict[str, Any]) -> Result:
        request = commands_pb2.CorrectRequest(id=action_id, action=structured(tool, args))
        response = await self._commands.Correct(request, timeout=self._timeout)
        return self._result({"corrections": [to_dict(response.correction)]})

    async def corrections(self) -> Result:
        response = await self._commands.ListCorrections(commands_pb2.ListCorrectionsRequest(),
                                                        timeout=self._timeout)
        return self._result({"corrections": [to_dict(c) for c in response.corrections]})

    async def pending(self) -> Result:
        actions: list[dict[str, Any]] = []
        token = ""
        while True:
            page = await self._commands.ListActions(commands_pb2.ListActionsRequest(
                statuses=[commands_pb2.ACTION_STATUS_PENDING], page_token=token),
                timeout=self._timeout)
            actions += [to_dict(a) for a in page.actions]
            token = page.next_page_token
            if not token:
                return self._result({"actions": actions})

    async def events(self, kinds: list[events_pb2.EventKind], subsystems: list[str], since: int,
                     limit: int) -> Result:
        response = await self._events.ListEvents(events_pb2.ListEventsRequest(
            kinds=kinds, subsystems=subsystems, after_seq=since, page_size=limit),
            timeout=self._timeout)
        return self._result({"events": [to_dict(e) for e in response.events]})

    async def follow(self, kinds: list[events_pb2.EventKind], subsystems: list[str],
                     since: int) -> AsyncIterator[events_pb2.Event]:
        """Events as they happen, until cancelled. When an established stream ends or breaks
        (the device restarts), reconnect and resume after the last seq seen, so nothing is
        missed or repeated."""
        last, established = since, False
        while True:
            stream = self._events.StreamEvents(events_pb2.StreamEventsRequest(
                kinds=kinds, subsystems=subsystems, after_seq=last))
            try:
                async for message in stream:
                    established = True
                    for event in message.events:
                        last = event.seq
                        yield event
                # The device ended the stream: it is stopping, and may be back soon.
            except grpc.aio.AioRpcError as error:
                if not established or error.code() != grpc.StatusCode.UNAVAILABLE:
                    raise
            await asyncio.sleep(_RECONNECT_S)

    async def policy_get(self) -> Result:
        response = await self._policy.GetPolicy(policy_pb2.GetPolicyRequest(),
                                                timeout=self._timeout)
        return self._result({"toml": response.toml})

    async def policy_set(self, text: str) -> Result:
        response = await self._policy.SetPolicy(policy_pb2.SetPolicyRequest(toml=text),
                                                timeout=self._timeout)
        return self._result({"toml": response.toml})

    async def update_status(self) -> Result:
        response = await self._updates.GetUpdateStatus(update_pb2.GetUpdateStatusRequest(),
                                                       timeout=self._timeout)
        return self._result({"update": to_dict(response)})

    async def update_model(self, version: str, timeout: float) -> Result:
        response = await self._updates.UpdateModel(update_pb2.UpdateModelRequest(
            version=version), timeout=timeout)
        return self._update_result(response.outcome, to_dict(response))

    async def rollback_model(self, timeout: float) -> Result:
        response = await self._updates.RollbackModel(update_pb2.RollbackModelRequest(),
                                                     timeout=timeout)
        return self._update_result(response.outcome, to_dict(response))

    def _update_result(self, outcome: update_pb2.UpdateOutcome, data: dict[str, Any]) -> Result:
        name = update_pb2.UpdateOutcome.Name(outcome)
        return self._result({"update": data}, _UPDATE_EXIT.get(name, Exit.OK))


# An update that did not end with the new (or chosen) bundle running is a failed action.
_UPDATE_EXIT = {"UPDATE_OUTCOME_REFUSED": Exit.DENIED, "UPDATE_OUTCOME_GATE_FAILED": Exit.DENIED}


def structured(tool: str, args: dict[str, Any]) -> commands_pb2.StructuredAction:
    struct = struct_pb2.Struct()
    struct.update(args)
    return commands_pb2.StructuredAction(tool=tool, args=struct)


def action_request(tool: str, args: dict[str, Any], dry_run: bool) -> commands_pb2.ExecuteRequest:
    return commands_pb2.ExecuteRequest(action=structured(tool, args), dry_run=dry_run)
