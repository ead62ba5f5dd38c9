"""Jobs: one Execute for a selection of devices, rolled out in stages.

A job's devices are split into stages (counts or percentages; the last stage takes the rest).
A stage starts by recording its commands with the job, in one transaction, and publishing
them; it ends when every device in it has answered or timed out. Then the runner waits
`wait_s` and starts the next stage, unless more devices have failed than `max_failures`
(the job is aborted: later stages never start). Everything is in the store, so a restarted
fleet picks each job up where it stood; commands of the running stage that are unanswered are
simply sent again (the device runs an id at most once).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from dataclasses import replace

from llmos.agent.domain import Principal, Role
from llmos.fleet.records import (
    CommandRow,
    CommandState,
    DeviceJobState,
    JobDeviceRow,
    JobRow,
    JobState,
)
from llmos.fleet.service import Fleet, new_id
from llmos.v1 import commands_pb2, update_pb2

log = logging.getLogger("llmos.fleet.jobs")

EXECUTE = "/llmos.v1.CommandService/Execute"
SET_POLICY = "/llmos.v1.PolicyService/SetPolicy"
UPDATE_MODEL = "/llmos.v1.UpdateService/UpdateModel"
_TICK_S = 0.25


def stage_sizes(total: int, stages: list[int], percent: bool) -> list[int]:
    """How many devices each stage takes: each given stage at least one device, never more
    than are left; whatever is left after them is one last stage."""
    sizes: list[int] = []
    left = total
    for stage in stages:
        if left <= 0:
            break
        size = math.ceil(total * stage / 100) if percent else stage
        size = min(max(size, 1), left)
        sizes.append(size)
        left -= size
    if left > 0:
        sizes.append(left)
    return sizes


def judge(command: CommandRow) -> tuple[DeviceJobState, str]:
    """What a device's answer means for the job."""
    if command.state == CommandState.EXPIRED:
        return DeviceJobState.TIMED_OUT, "not answered in time"
    if command.code != "OK":
        return DeviceJobState.FAILED, f"{command.code}: {command.message}"
    if command.method == UPDATE_MODEL:
        update = update_pb2.UpdateModelResponse.FromString(command.response)
        name = update_pb2.UpdateOutcome.Name(update.outcome).removeprefix("UPDATE_OUTCOME_")
        detail = f"{name.lower()} {update.version}: {update.detail}".strip()
        if update.outcome in (update_pb2.UPDATE_OUTCOME_INSTALLED,
                              update_pb2.UPDATE_OUTCOME_UP_TO_DATE):
            return DeviceJobState.SUCCEEDED, detail
        return DeviceJobState.FAILED, detail  # refused, gate failed (rolled back by itself)
    if command.method != EXECUTE:
        return DeviceJobState.SUCCEEDED, "done"  # SetPolicy: OK means the policy is in force
    outcome = commands_pb2.ExecuteResponse.FromString(command.response).outcome
    detail = outcome.result.detail or outcome.verdict.reason or outcome.error
    if outcome.status in (commands_pb2.ACTION_STATUS_SUCCEEDED, commands_pb2.ACTION_STATUS_DRY_RUN):
        return DeviceJobState.SUCCEEDED, detail
    if outcome.status == commands_pb2.ACTION_STATUS_PENDING:
        return DeviceJobState.HELD, detail
    return DeviceJobState.FAILED, f"{commands_pb2.ActionStatus.Name(outcome.status)}: {detail}"


class JobRunner:
    def __init__(self, fleet: Fleet) -> None:
        self.fleet = fleet
        self.store = fleet.store
        self._wake = asyncio.Event()

    async def create(self, devices: list[str], request: bytes, stages: list[int], percent: bool,
                     wait_s: float, max_failures: int, device_timeout_s: float,
                     principal: Principal, method: str = EXECUTE) -> str:
        if not devices:
            raise ValueError("devices: the selection is empty")
        sizes = stage_sizes(len(devices), stages, percent)
        now = time.time()
        job = JobRow(new_id("job"), JobState.RUNNING, 0, len(sizes), request, wait_s,
                     max_failures, device_timeout_s, principal.name, principal.role.name.lower(),
                     now, now, None, None, "", method)
        rows, start = [], 0
        for stage, size in enumerate(sizes):
            rows += [JobDeviceRow(job.id, d, stage, DeviceJobState.WAITING, "", "")
                     for d in devices[start:start + size]]
            start += size
        await self.store.run(self.store.add_job, job, rows, (
            principal.name, "job.create",
            f"{job.id}: {len(devices)} devices in stages {sizes}, wait {wait_s:g} s, "
            f"abort over {max_failures} failures"))
        self._wake.set()
        return job.id

    async def cancel(self, job_id: str, reason: str, principal: Principal) -> None:
        from llmos.agent.api import Conflict, NotFound

        found = await self.store.run(self.store.job, job_id)
        if found is None:
            raise NotFound(f"no job {job_id!r}")
        job, _ = found
        if job.state != JobState.RUNNING:
            raise Conflict(f"job {job_id} is {job.state}")
        await self.store.run(self.store.update_job, replace(
            job, state=JobState.CANCELLED, updated=time.time(),
            reason=f"cancelled by {principal.name}" + (f": {reason}" if reason else "")))
        await self.fleet.audit(principal, "job.cancel", f"{job_id}: {reason}")

    async def run(self) -> None:
        while True:
            for job in await self.store.run(self.store.jobs, (JobState.RUNNING,), 1000):
                try:
                    await self._step(job)
                except Exception:  # one broken job must not stop the others
                    log.exception("job %s", job.id)
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), _TICK_S)
            except TimeoutError:
                pass

    async def _step(self, job: JobRow) -> None:
        now = time.time()
        found = await self.store.run(self.store.job, job.id)
        assert found is not None
        job, devices = found
        if job.stage_started is None:
            if job.stage_ended is not None and now < job.stage_ended + job.wait_s:
                return  # between stages
            await self._start_stage(job, [d for d in devices if d.stage == job.stage], now)
            return
        running = {d.command: d for d in devices
                   if d.stage == job.stage and d.state == DeviceJobState.IN_PROGRESS}
        changes: list[tuple[str, DeviceJobState, str]] = []
        for command in await self.store.run(self.store.commands, list(running)):
            device = running[command.id].device
            if command.state != CommandState.QUEUED:
                changes.append((device, *judge(command)))
            elif now > job.stage_started + job.device_timeout_s:
                changes.append((device, DeviceJobState.TIMED_OUT, "not answered in time"))
        if changes:
            await self.store.run(self.store.set_job_devices, job.id, changes)
        found = await self.store.run(self.store.job, job.id)
        assert found is not None
        job, devices = found
        failures = sum(d.state in (DeviceJobState.FAILED, DeviceJobState.TIMED_OUT)
                       for d in devices)
        if failures > job.max_failures:
            await self._end(job, JobState.ABORTED,
                            f"{failures} devices failed, more than {job.max_failures}")
        elif all(d.state.final for d in devices if d.stage == job.stage):
            if job.stage + 1 >= job.stages:
                await self._end(job, JobState.SUCCEEDED, f"{failures} devices failed")
            else:
                await self.store.run(self.store.update_job, replace(
                    job, stage=job.stage + 1, stage_started=None, stage_ended=now, updated=now))

    async def _start_stage(self, job: JobRow, devices: list[JobDeviceRow], now: float) -> None:
        principal = Principal(job.principal, Role.parse(job.role), "fleet")
        commands = [CommandRow(new_id("fleet"), d.device, job.method, job.request,
                               CommandState.QUEUED, "", "", b"", job.id, principal.name,
                               job.role, now, now, now + job.device_timeout_s)
                    for d in devices]
        job = replace(job, stage_started=now, updated=now)
        await self.store.run(self.store.start_stage, job, commands)
        log.info("%s: stage %d of %d, %d devices", job.id, job.stage + 1, job.stages,
                 len(commands))
        await asyncio.gather(*(self.fleet.link.publish(c) for c in commands))

    async def _end(self, job: JobRow, state: JobState, reason: str) -> None:
        now = time.time()
        await self.store.run(self.store.update_job, replace(job, state=state, updated=now,
                                                            reason=reason))
        await self.store.run(self.store.audit, "fleet", f"job.{state}", f"{job.id}: {reason}")
        log.info("%s %s: %s", job.id, state, reason)
