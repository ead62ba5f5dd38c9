"""llmos.fleet.v1 over gRPC: the fleet's services mapped onto the service layer (service.py,
jobs.py), behind the agent's own access interceptor with the fleet's role table, so the
certificates, roles and error statuses are those of the device API."""

from __future__ import annotations

from typing import Any, cast

import grpc
from google.protobuf.message import Message

from llmos.agent.domain import Role
from llmos.agent.grpc import validate
from llmos.agent.grpc.access import current_principal
from llmos.agent.mqtt import topics
from llmos.fleet.jobs import EXECUTE, SET_POLICY, UPDATE_MODEL, JobRunner
from llmos.fleet.records import CommandRow, CommandState, DeviceRow, JobDeviceRow, JobRow
from llmos.fleet.service import DAY, Fleet
from llmos.fleet.v1 import fleet_pb2, fleet_pb2_grpc
from llmos.v1 import commands_pb2, link_pb2, policy_pb2

_SERVICE = "/llmos.fleet.v1.FleetService/"
ROLES: dict[str, Role] = {
    _SERVICE + "ListDevices": Role.VIEWER,
    _SERVICE + "GetDevice": Role.VIEWER,
    _SERVICE + "SendCommand": Role.OPERATOR,
    _SERVICE + "GetCommand": Role.VIEWER,
    _SERVICE + "CreateJob": Role.OPERATOR,
    _SERVICE + "GetJob": Role.VIEWER,
    _SERVICE + "ListJobs": Role.VIEWER,
    _SERVICE + "AbortJob": Role.OPERATOR,
    _SERVICE + "CreateEnrollmentToken": Role.ADMIN,
    _SERVICE + "RevokeDevice": Role.ADMIN,
    _SERVICE + "ListAudit": Role.VIEWER,
    "/grpc.health.v1.Health/Check": Role.VIEWER,
    "/grpc.health.v1.Health/Watch": Role.VIEWER,
    "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo": Role.VIEWER,
    "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo": Role.VIEWER,
}
# The enrollment listener has no client certificates: the token is the credential.
ENROLL_ROLES: dict[str, Role] = {
    "/llmos.fleet.v1.EnrollmentService/Enroll": Role.VIEWER,
    "/grpc.health.v1.Health/Check": Role.VIEWER,
}

_METHODS: dict[str, tuple[str, type[Message]]] = {"execute": (EXECUTE, commands_pb2.ExecuteResponse),
            "confirm": ("/llmos.v1.CommandService/Confirm", commands_pb2.ConfirmResponse),
            "reject": ("/llmos.v1.CommandService/Reject", commands_pb2.RejectResponse),
            "set_policy": (SET_POLICY, policy_pb2.SetPolicyResponse)}
_RESPONSES = dict(_METHODS.values())
Ctx = grpc.aio.ServicerContext[Any, Any]


def fleet_role(method: str, request: object) -> Role | None:
    """The table, and one request-dependent rule: a policy change or a model update, to one
    device or as a job, is an admin's (as SetPolicy and UpdateModel on a device)."""
    if method in (_SERVICE + "SendCommand", _SERVICE + "CreateJob") and isinstance(
            request, fleet_pb2.SendCommandRequest | fleet_pb2.CreateJobRequest) and \
            request.WhichOneof("command") in ("set_policy", "update_model"):
        return Role.ADMIN
    return ROLES.get(method)


def enroll_role(method: str, request: object) -> Role | None:
    return ENROLL_ROLES.get(method)


def _device_name(value: str) -> str:
    if not topics.valid_device(value):
        raise validate.InvalidRequest("device: 1-64 characters of A-Z a-z 0-9 . _ -, first a "
                                      "letter or digit")
    return value


def _policy(text: str) -> None:
    """A policy document as the devices will judge it: refused here, before it is sent."""
    from llmos.agent.policy import parse_policy

    try:
        parse_policy(validate.policy(text))
    except ValueError as error:  # ConfigError names the key
        raise validate.InvalidRequest(f"set_policy: {error}") from None


def _seconds(field: str, value: int, default: float, low: float, high: float) -> float:
    if value == 0:
        return default
    if not low <= value <= high:
        raise validate.InvalidRequest(f"{field}: {value} is not within {low:g}-{high:g}")
    return float(value)


def _ts(message: Any, unix: float | None) -> None:
    if unix is not None:
        message.FromNanoseconds(int(unix * 1e9))


def device(row: DeviceRow) -> fleet_pb2.Device:
    out = fleet_pb2.Device(name=row.name, online=row.online and not row.revoked,
                           revoked=row.revoked)
    if row.report:
        out.reported.CopyFrom(link_pb2.DeviceReport.FromString(row.report))
    _ts(out.last_seen, row.last_seen)
    _ts(out.enrolled, row.enrolled)
    return out


def command(row: CommandRow) -> fleet_pb2.Command:
    status = {CommandState.QUEUED: fleet_pb2.COMMAND_STATUS_QUEUED,
              CommandState.ANSWERED: fleet_pb2.COMMAND_STATUS_ANSWERED,
              CommandState.EXPIRED: fleet_pb2.COMMAND_STATUS_EXPIRED}[row.state]
    out = fleet_pb2.Command(id=row.id, device=row.device, method=row.method, status=status,
                            code=row.code, message=row.message, job=row.job,
                            principal=row.principal)
    kind = _RESPONSES.get(row.method)
    if row.code == "OK" and kind is not None and row.response:
        answer: Any = kind.FromString(row.response)
        if hasattr(answer, "outcome"):  # Execute, Confirm, Reject (not SetPolicy)
            out.outcome.CopyFrom(answer.outcome)
    _ts(out.created, row.created)
    _ts(out.updated, row.updated)
    return out


def job(row: JobRow, devices: list[JobDeviceRow]) -> fleet_pb2.Job:
    out = fleet_pb2.Job(
        id=row.id, status=cast(fleet_pb2.JobStatus,
                               fleet_pb2.JobStatus.Value(f"JOB_STATUS_{row.state.upper()}")),
        stage=row.stage, stages=row.stages, max_failures=row.max_failures,
        principal=row.principal, reason=row.reason,
        failures=sum(d.state in ("failed", "timed_out") for d in devices),
        devices=[fleet_pb2.JobDevice(
            device=d.device, stage=d.stage, command=d.command, detail=d.detail,
            status=cast(fleet_pb2.DeviceJobStatus, fleet_pb2.DeviceJobStatus.Value(
                f"DEVICE_JOB_STATUS_{d.state.upper()}")))
            for d in devices])
    _ts(out.created, row.created)
    _ts(out.updated, row.updated)
    return out


class FleetServicer(fleet_pb2_grpc.FleetServiceServicer):
    def __init__(self, fleet: Fleet, jobs: JobRunner) -> None:
        self.fleet = fleet
        self.jobs = jobs

    async def ListDevices(self, request: fleet_pb2.ListDevicesRequest, context: Ctx
                          ) -> fleet_pb2.ListDevicesResponse:
        rows = await self.fleet.devices(request.prefix[:64])
        return fleet_pb2.ListDevicesResponse(devices=[device(r) for r in rows])

    async def GetDevice(self, request: fleet_pb2.GetDeviceRequest, context: Ctx
                        ) -> fleet_pb2.Device:
        return device(await self.fleet.device(_device_name(request.name)))

    async def SendCommand(self, request: fleet_pb2.SendCommandRequest, context: Ctx
                          ) -> fleet_pb2.Command:
        name = _device_name(request.device)
        which = request.WhichOneof("command")
        if which is None:
            raise validate.InvalidRequest("command: set execute, confirm or reject")
        if which == "execute":
            validate.command(request.execute)
        elif which == "set_policy":
            _policy(request.set_policy.toml)
        elif which == "confirm":
            validate.action_id(request.confirm.id)
        else:
            validate.action_id(request.reject.id)
            validate.text("reason", request.reject.reason, validate.MAX_REASON)
        method, _ = _METHODS[which]
        expiry = _seconds("expiry_s", request.expiry_s, DAY, 1, 30 * DAY)
        wait = _seconds("wait_s", request.wait_s, 0, 0, 300)
        payload = getattr(request, which).SerializeToString()
        row = await self.fleet.send(name, method, payload, current_principal(), expiry)
        if wait:
            row = await self.fleet.wait(row.id, wait)
        return command(row)

    async def GetCommand(self, request: fleet_pb2.GetCommandRequest, context: Ctx
                         ) -> fleet_pb2.Command:
        return command(await self.fleet.command(validate.action_id(request.id)))

    async def CreateJob(self, request: fleet_pb2.CreateJobRequest, context: Ctx
                        ) -> fleet_pb2.Job:
        which = request.WhichOneof("command")
        if which == "execute":
            validate.command(request.execute)
            method, payload = EXECUTE, request.execute.SerializeToString()
        elif which == "set_policy":
            _policy(request.set_policy.toml)
            method, payload = SET_POLICY, request.set_policy.SerializeToString()
        elif which == "update_model":
            validate.text("update_model.version", request.update_model.version, 64)
            method, payload = UPDATE_MODEL, request.update_model.SerializeToString()
        else:
            raise validate.InvalidRequest("command: set execute, set_policy or update_model")
        if request.all == bool(request.devices):
            raise validate.InvalidRequest("devices: name devices, or set all (not both)")
        if request.all:
            names = [d.name for d in await self.fleet.devices() if not d.revoked]
        else:
            names = list(dict.fromkeys(_device_name(n) for n in request.devices))
            known = {d.name: d for d in await self.fleet.devices()}
            missing = [n for n in names if n not in known or known[n].revoked]
            if missing:
                raise validate.InvalidRequest(f"devices: unknown or revoked: {', '.join(missing)}")
        if len(request.stages) > 100 or any(s == 0 for s in request.stages):
            raise validate.InvalidRequest("stages: at most 100, none 0")
        if request.stages_percent and any(s > 100 for s in request.stages):
            raise validate.InvalidRequest("stages: a percentage is at most 100")
        timeout = _seconds("device_timeout_s", request.device_timeout_s, 3600, 1, 30 * DAY)
        job_id = await self.jobs.create(
            names, payload, list(request.stages), request.stages_percent,
            float(min(request.wait_s, 30 * DAY)), request.max_failures, timeout,
            current_principal(), method)
        return await self.GetJob(fleet_pb2.GetJobRequest(id=job_id), context)

    async def GetJob(self, request: fleet_pb2.GetJobRequest, context: Ctx) -> fleet_pb2.Job:
        from llmos.agent.api import NotFound

        found = await self.fleet.store.run(self.fleet.store.job, validate.action_id(request.id))
        if found is None:
            raise NotFound(f"no job {request.id!r}")
        return job(*found)

    async def ListJobs(self, request: fleet_pb2.ListJobsRequest, context: Ctx
                       ) -> fleet_pb2.ListJobsResponse:
        rows = await self.fleet.store.run(self.fleet.store.jobs, (), min(request.limit or 50, 500))
        jobs = []
        for row in rows:
            found = await self.fleet.store.run(self.fleet.store.job, row.id)
            if found is not None:
                jobs.append(job(*found))
        return fleet_pb2.ListJobsResponse(jobs=jobs)

    async def AbortJob(self, request: fleet_pb2.AbortJobRequest, context: Ctx) -> fleet_pb2.Job:
        reason = validate.text("reason", request.reason, validate.MAX_REASON)
        await self.jobs.cancel(validate.action_id(request.id), reason, current_principal())
        return await self.GetJob(fleet_pb2.GetJobRequest(id=request.id), context)

    async def CreateEnrollmentToken(self, request: fleet_pb2.CreateEnrollmentTokenRequest,
                                    context: Ctx) -> fleet_pb2.CreateEnrollmentTokenResponse:
        name = _device_name(request.device)
        valid = _seconds("valid_s", request.valid_s, DAY, 60, 30 * DAY)
        try:
            token, expires = await self.fleet.create_token(name, valid, current_principal())
        except ValueError as error:
            raise validate.InvalidRequest(str(error)) from None
        out = fleet_pb2.CreateEnrollmentTokenResponse(token=token)
        _ts(out.expires, expires)
        return out

    async def RevokeDevice(self, request: fleet_pb2.RevokeDeviceRequest, context: Ctx
                           ) -> fleet_pb2.Device:
        reason = validate.text("reason", request.reason, validate.MAX_REASON)
        return device(await self.fleet.revoke(_device_name(request.name), reason,
                                              current_principal()))

    async def ListAudit(self, request: fleet_pb2.ListAuditRequest, context: Ctx
                        ) -> fleet_pb2.ListAuditResponse:
        rows = await self.fleet.audit_log(min(request.limit or 100, 1000))
        entries = []
        for r in rows:
            entry = fleet_pb2.AuditEntry(seq=r.seq, principal=r.principal, action=r.action,
                                         detail=r.detail)
            _ts(entry.time, r.time)
            entries.append(entry)
        return fleet_pb2.ListAuditResponse(entries=entries)


class EnrollmentServicer(fleet_pb2_grpc.EnrollmentServiceServicer):
    def __init__(self, fleet: Fleet) -> None:
        self.fleet = fleet

    async def Enroll(self, request: fleet_pb2.EnrollRequest, context: Ctx
                     ) -> fleet_pb2.EnrollResponse:
        if not request.token or len(request.token) > 200:
            raise validate.InvalidRequest("token: 1-200 characters")
        if len(request.csr_pem) > 16384:
            raise validate.InvalidRequest("csr_pem: at most 16384 bytes")
        try:
            cert, name = await self.fleet.enroll(request.token, request.csr_pem)
        except ValueError as error:
            raise validate.InvalidRequest(str(error)) from None
        config = self.fleet.config
        return fleet_pb2.EnrollResponse(certificate_pem=cert, ca_pem=config.ca_cert.read_bytes(),
                                        broker=config.broker_public or config.broker,
                                        device=name)
