"""How a job splits its devices into stages, and what a device's answer means for it."""

from __future__ import annotations

import pytest

from llmos.fleet.jobs import UPDATE_MODEL, judge, stage_sizes
from llmos.fleet.records import CommandRow, CommandState, DeviceJobState
from llmos.v1 import commands_pb2, update_pb2


@pytest.mark.parametrize(("total", "stages", "percent", "sizes"), [
    (10, [], False, [10]),
    (10, [1], False, [1, 9]),
    (10, [1, 2], False, [1, 2, 7]),
    (10, [20, 50], True, [2, 5, 3]),
    (1000, [10, 40], True, [100, 400, 500]),
    (3, [1, 1], False, [1, 1, 1]),
    (3, [5, 5], False, [3]),            # never more than are left
    (5, [1], True, [1, 4]),             # a percentage takes at least one device
    (2, [100, 100], True, [2]),
    (1, [], True, [1]),
])
def test_stage_sizes(total: int, stages: list[int], percent: bool, sizes: list[int]) -> None:
    assert stage_sizes(total, stages, percent) == sizes
    assert sum(sizes) == total


def _answer(code: str, status: int = 0, state: CommandState = CommandState.ANSWERED) -> CommandRow:
    outcome = commands_pb2.Outcome(id="fleet-1", status=status)  # type: ignore[arg-type]
    outcome.result.detail = "done"
    response = commands_pb2.ExecuteResponse(outcome=outcome).SerializeToString()
    return CommandRow("fleet-1", "edge-1", "/llmos.v1.CommandService/Execute", b"", state, code,
                      "why", response if code == "OK" else b"", "job-1", "alice", "operator",
                      0.0, 0.0, 0.0)


@pytest.mark.parametrize(("command", "state"), [
    (_answer("OK", commands_pb2.ACTION_STATUS_SUCCEEDED), DeviceJobState.SUCCEEDED),
    (_answer("OK", commands_pb2.ACTION_STATUS_DRY_RUN), DeviceJobState.SUCCEEDED),
    (_answer("OK", commands_pb2.ACTION_STATUS_PENDING), DeviceJobState.HELD),
    (_answer("OK", commands_pb2.ACTION_STATUS_DENIED), DeviceJobState.FAILED),
    (_answer("OK", commands_pb2.ACTION_STATUS_FAILED), DeviceJobState.FAILED),
    (_answer("OK", commands_pb2.ACTION_STATUS_INTERRUPTED), DeviceJobState.FAILED),
    (_answer("PERMISSION_DENIED"), DeviceJobState.FAILED),
    (_answer("", state=CommandState.EXPIRED), DeviceJobState.TIMED_OUT),
])
def test_judge(command: CommandRow, state: DeviceJobState) -> None:
    assert judge(command)[0] == state


def _update(code: str, outcome: int) -> CommandRow:
    response = update_pb2.UpdateModelResponse(outcome=outcome, version="1.2.0",  # type: ignore[arg-type]
                                              detail="why").SerializeToString()
    return CommandRow("fleet-2", "edge-1", UPDATE_MODEL, b"", CommandState.ANSWERED, code, "off",
                      response if code == "OK" else b"", "job-1", "alice", "admin", 0.0, 0.0, 0.0)


@pytest.mark.parametrize(("command", "state"), [
    (_update("OK", update_pb2.UPDATE_OUTCOME_INSTALLED), DeviceJobState.SUCCEEDED),
    (_update("OK", update_pb2.UPDATE_OUTCOME_UP_TO_DATE), DeviceJobState.SUCCEEDED),
    (_update("OK", update_pb2.UPDATE_OUTCOME_REFUSED), DeviceJobState.FAILED),
    (_update("OK", update_pb2.UPDATE_OUTCOME_GATE_FAILED), DeviceJobState.FAILED),
    (_update("FAILED_PRECONDITION", 0), DeviceJobState.FAILED),  # updates off on the device
])
def test_judge_a_model_update(command: CommandRow, state: DeviceJobState) -> None:
    assert judge(command)[0] == state
