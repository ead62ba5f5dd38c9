"""A command from the fleet is a gRPC request in an MQTT message: it goes through the same
servicers (validation, conversion) and the same role table as a call on the gRPC listeners.
Only the unary methods travel this way; the event stream has its own topic (link.py), and an
OS bundle is uploaded over gRPC (InstallOs streams it in).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import grpc
from google.protobuf.message import DecodeError, Message

from llmos.agent.api import AgentApi, OsUpdateApi, UpdateApi
from llmos.agent.domain import Principal
from llmos.agent.grpc import servicers
from llmos.agent.grpc.access import serve_as, status_for
from llmos.agent.grpc.auth import role_name
from llmos.agent.grpc.roles import required_role
from llmos.v1 import (
    commands_pb2,
    device_pb2,
    events_pb2,
    model_pb2,
    os_update_pb2,
    policy_pb2,
    update_pb2,
)

log = logging.getLogger("llmos.mqtt")

Handler = Callable[[Any, Any], Awaitable[Message]]


@dataclass(frozen=True)
class Reply:
    """The answer to one command: a status as gRPC names it, its message, the response."""

    code: grpc.StatusCode
    message: str = ""
    payload: bytes = b""


class Dispatcher:
    def __init__(self, api: AgentApi, max_request_bytes: int,
                 updates: UpdateApi | None = None,
                 os_updates: OsUpdateApi | None = None) -> None:
        device = servicers.DeviceServicer(api)
        events = servicers.EventServicer(api)
        commands = servicers.CommandServicer(api)
        policy = servicers.PolicyServicer(api)
        model = servicers.ModelServicer(api)
        update = servicers.UpdateServicer(updates, os_updates)
        os_update = servicers.OsUpdateServicer(os_updates)
        self._max = max_request_bytes
        self._methods: dict[str, tuple[type[Message], Handler]] = {
            "/llmos.v1.DeviceService/GetDeviceInfo": (device_pb2.GetDeviceInfoRequest,
                                                      device.GetDeviceInfo),
            "/llmos.v1.DeviceService/GetHealth": (device_pb2.GetHealthRequest, device.GetHealth),
            "/llmos.v1.EventService/ListEvents": (events_pb2.ListEventsRequest, events.ListEvents),
            "/llmos.v1.CommandService/Execute": (commands_pb2.ExecuteRequest, commands.Execute),
            "/llmos.v1.CommandService/Confirm": (commands_pb2.ConfirmRequest, commands.Confirm),
            "/llmos.v1.CommandService/Reject": (commands_pb2.RejectRequest, commands.Reject),
            "/llmos.v1.CommandService/ListActions": (commands_pb2.ListActionsRequest,
                                                     commands.ListActions),
            "/llmos.v1.CommandService/Correct": (commands_pb2.CorrectRequest, commands.Correct),
            "/llmos.v1.CommandService/ListCorrections": (commands_pb2.ListCorrectionsRequest,
                                                         commands.ListCorrections),
            "/llmos.v1.PolicyService/GetPolicy": (policy_pb2.GetPolicyRequest, policy.GetPolicy),
            "/llmos.v1.PolicyService/SetPolicy": (policy_pb2.SetPolicyRequest, policy.SetPolicy),
            "/llmos.v1.ModelService/GetModelInfo": (model_pb2.GetModelInfoRequest,
                                                    model.GetModelInfo),
            "/llmos.v1.UpdateService/GetUpdateStatus": (update_pb2.GetUpdateStatusRequest,
                                                        update.GetUpdateStatus),
            "/llmos.v1.UpdateService/UpdateModel": (update_pb2.UpdateModelRequest,
                                                    update.UpdateModel),
            "/llmos.v1.UpdateService/RollbackModel": (update_pb2.RollbackModelRequest,
                                                      update.RollbackModel),
            "/llmos.v1.OsUpdateService/GetOsStatus": (os_update_pb2.GetOsStatusRequest,
                                                      os_update.GetOsStatus),
        }

    async def call(self, method: str, payload: bytes, principal: Principal,
                   command_id: str) -> Reply:
        """Decode, admit (role, size), serve. `command_id` (the MQTT correlation data) becomes
        an Execute's request_id when it names none, so a redelivery never runs it twice."""
        entry = self._methods.get(method)
        if entry is None:
            return Reply(grpc.StatusCode.UNIMPLEMENTED, f"{method or 'no method'}: not served "
                         "over MQTT")
        if len(payload) > self._max:
            return Reply(grpc.StatusCode.INVALID_ARGUMENT,
                         f"request is {len(payload)} bytes, at most {self._max} allowed")
        kind, handler = entry
        try:
            request = kind.FromString(payload)
        except DecodeError as error:
            return Reply(grpc.StatusCode.INVALID_ARGUMENT, f"not a {kind.__name__}: {error}")
        if isinstance(request, commands_pb2.ExecuteRequest) and not request.request_id:
            request.request_id = command_id
        needed = required_role(method, request)
        if needed is None:
            return Reply(grpc.StatusCode.PERMISSION_DENIED, f"{method} is not open to any role")
        if principal.role < needed:
            return Reply(grpc.StatusCode.PERMISSION_DENIED,
                         f"{method} needs the {role_name(needed)} role; {principal.name} is "
                         f"{role_name(principal.role)}")
        serve_as(principal)
        try:
            response = await handler(request, None)
        except Exception as error:
            code = status_for(error)
            if code is None:
                log.exception("%s over MQTT failed", method)
                return Reply(grpc.StatusCode.INTERNAL, f"internal error: {type(error).__name__}")
            return Reply(code, str(error))
        return Reply(grpc.StatusCode.OK, "", response.SerializeToString())
