"""The rows the fleet keeps, as the store hands them out: plain frozen dataclasses, so the
service, the jobs and the gRPC layer never see SQL (and a PostgreSQL store could stand in)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class CommandState(enum.StrEnum):
    QUEUED = "queued"  # recorded, maybe published; no answer yet
    ANSWERED = "answered"
    EXPIRED = "expired"


class JobState(enum.StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    ABORTED = "aborted"
    CANCELLED = "cancelled"


class DeviceJobState(enum.StrEnum):
    WAITING = "waiting"
    IN_PROGRESS = "in_progress"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    TIMED_OUT = "timed_out"
    HELD = "held"
    SKIPPED = "skipped"

    @property
    def final(self) -> bool:
        return self not in (DeviceJobState.WAITING, DeviceJobState.IN_PROGRESS)


@dataclass(frozen=True)
class DeviceRow:
    name: str
    online: bool
    last_seen: float | None
    report: bytes  # llmos.v1.DeviceReport, as the device sent it
    revoked: bool
    enrolled: float | None
    cert_serial: str  # decimal; "" for a device that reported without enrolling here


@dataclass(frozen=True)
class CommandRow:
    id: str
    device: str
    method: str
    request: bytes
    state: CommandState
    code: str
    message: str
    response: bytes
    job: str
    principal: str
    role: str
    created: float
    updated: float
    expires: float


@dataclass(frozen=True)
class JobDeviceRow:
    job: str
    device: str
    stage: int
    state: DeviceJobState
    command: str
    detail: str


@dataclass(frozen=True)
class JobRow:
    id: str
    state: JobState
    stage: int
    stages: int
    request: bytes  # the request each device gets: llmos.v1.ExecuteRequest or SetPolicyRequest
    wait_s: float
    max_failures: int
    device_timeout_s: float
    principal: str
    role: str
    created: float
    updated: float
    stage_started: float | None  # None: the current stage has not started (waiting between)
    stage_ended: float | None
    reason: str
    method: str = "/llmos.v1.CommandService/Execute"  # the gRPC method `request` is for


@dataclass(frozen=True)
class AuditRow:
    seq: int
    time: float
    principal: str
    action: str
    detail: str
