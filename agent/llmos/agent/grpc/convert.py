"""The agent's objects as llmos.v1 messages. The reverse direction is validate.py."""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from google.protobuf import json_format, struct_pb2, timestamp_pb2

from llmos.agent.api import Health, OsInstallProgress, OsStatus, Outcome
from llmos.agent.domain import (
    ActionRecord,
    ActionResult,
    ActionStatus,
    Decision,
    JournalEntry,
    Proposal,
)
from llmos.agent.grpc.validate import ACTION_STATUSES, EVENT_KINDS
from llmos.v1 import commands_pb2, device_pb2, events_pb2, model_pb2, os_update_pb2, update_pb2

_KIND = {name: number for number, name in EVENT_KINDS.items()}
_STATUS = {name: number for number, name in ACTION_STATUSES.items()}
_DECISION = {
    Decision.ALLOW: commands_pb2.DECISION_ALLOW,
    Decision.DENY: commands_pb2.DECISION_DENY,
    Decision.CONFIRM: commands_pb2.DECISION_CONFIRM,
}


def struct(value: Mapping[str, Any] | None) -> struct_pb2.Struct:
    """Any JSON-like mapping as a Struct; values JSON cannot hold become strings."""
    message = struct_pb2.Struct()
    if value:
        json_format.ParseDict(json.loads(json.dumps(dict(value), default=str)), message)
    return message


def timestamp(unix: float | None) -> timestamp_pb2.Timestamp | None:
    if unix is None:
        return None
    stamp = timestamp_pb2.Timestamp()
    stamp.FromNanoseconds(int(unix * 1e9))
    return stamp


def status(name: ActionStatus) -> commands_pb2.ActionStatus:
    """Statuses this API does not know yet map to UNSPECIFIED rather than failing the call."""
    return _STATUS.get(name, commands_pb2.ACTION_STATUS_UNSPECIFIED)


def proposal(value: Proposal) -> commands_pb2.Proposal:
    return commands_pb2.Proposal(tool=value.tool, args=struct(value.args),
                                 controller=value.controller)


def result(value: ActionResult) -> commands_pb2.ActionResult:
    return commands_pb2.ActionResult(ok=value.ok, detail=value.detail, data=struct(value.data))


def outcome(value: Outcome) -> commands_pb2.Outcome:
    message = commands_pb2.Outcome(id=value.id, status=status(value.status), error=value.error,
                                   expires=timestamp(value.expires))
    if value.proposal is not None:
        message.proposal.CopyFrom(proposal(value.proposal))
    if value.verdict is not None:
        message.verdict.decision = _DECISION.get(value.verdict.decision,
                                                 commands_pb2.DECISION_UNSPECIFIED)
        message.verdict.reason = value.verdict.reason
    if value.result is not None:
        message.result.CopyFrom(result(value.result))
    return message


def action(record: ActionRecord) -> commands_pb2.Action:
    message = commands_pb2.Action(
        id=record.id, tool=record.tool, args=struct(record.args), controller=record.controller,
        status=status(record.status), reason=record.reason, principal=record.principal,
        interface=record.interface, created=timestamp(record.created),
        updated=timestamp(record.updated), expires=timestamp(record.expires),
    )
    if record.result is not None:
        raw = record.result
        message.result.CopyFrom(commands_pb2.ActionResult(
            ok=bool(raw.get("ok")), detail=str(raw.get("detail", "")), data=struct(raw.get("data"))
        ))
    return message


class EncodedEvents:
    """Journal entries encoded once, however many streams send them.

    A stream message is StreamEventsResponse { repeated Event events = 1 }, whose wire form is
    just its elements one after another, each as field 1: tag 0x0A, length, Event bytes. So an
    entry is converted and serialized once and each stream message is a concatenation, instead
    of 100 subscribers each copying and serializing the same Event (most of a stream's CPU).
    The seq identifies an entry for good, so a small LRU keyed by seq is always right.
    """

    def __init__(self, size: int = 8192) -> None:
        self._size = size
        self._items: OrderedDict[int, bytes] = OrderedDict()

    def field(self, entry: JournalEntry) -> bytes:
        encoded = self._items.get(entry.seq)
        if encoded is None:
            payload = event(entry).SerializeToString()
            encoded = b"\x0a" + _varint(len(payload)) + payload
            self._items[entry.seq] = encoded
            if len(self._items) > self._size:
                self._items.popitem(last=False)
        return encoded


def _varint(value: int) -> bytes:
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def event(entry: JournalEntry) -> events_pb2.Event:
    return events_pb2.Event(
        seq=entry.seq, time=timestamp(entry.time),
        kind=_KIND.get(entry.kind, events_pb2.EVENT_KIND_UNSPECIFIED), ref=entry.ref,
        subsystem=entry.subsystem, summary=entry.summary, data=struct(entry.data),
    )


def health(value: Health) -> device_pb2.GetHealthResponse:
    counters = {k: int(v) for k, v in value.counters.items()}
    return device_pb2.GetHealthResponse(
        serving=value.serving, degraded=value.degraded, status=value.status,
        reasons=list(value.reasons), events_dropped=counters.get("events_dropped", 0),
        events_coalesced=counters.get("events_coalesced", 0),
        queue_peak=counters.get("queue_peak", 0), counters=counters, uptime_s=value.uptime_s,
    )


def context_usage(model_info: Mapping[str, Any]) -> model_pb2.ContextUsage:
    usage = model_info.get("context") or {}
    return model_pb2.ContextUsage(
        used_tokens=int(usage.get("used", 0)), budget_tokens=int(usage.get("budget", 0)),
        paged_out=int(usage.get("paged_out", 0)),
    )


_DEVICE_FIELDS = ("name", "hostname", "version", "kernel", "arch", "controller",
                  "execution_provider")


def device_info(info: Mapping[str, str],
                model_info: Mapping[str, Any]) -> device_pb2.GetDeviceInfoResponse:
    known = {k: str(info.get(k, "")) for k in _DEVICE_FIELDS}
    extra = {k: str(v) for k, v in info.items() if k not in _DEVICE_FIELDS}
    return device_pb2.GetDeviceInfoResponse(**known, context=context_usage(model_info), extra=extra)


def model_info(info: Mapping[str, Any]) -> model_pb2.GetModelInfoResponse:
    details = {k: v for k, v in info.items() if k not in ("controller", "context")}
    return model_pb2.GetModelInfoResponse(
        controller=str(info.get("controller", "")), context=context_usage(info),
        details=struct(details),
    )


def correction(example: Mapping[str, Any]) -> commands_pb2.Correction:
    """A correction as the engine records it (a labelled example with `was` and `by`)."""
    was = example.get("was") or {}

    def call(value: Mapping[str, Any]) -> commands_pb2.StructuredAction:
        return commands_pb2.StructuredAction(tool=value.get("tool") or "",
                                             args=struct(value.get("args")))

    return commands_pb2.Correction(id=example.get("id", ""), command=example["command"],
                                   was=call(was), meant=call(example["expect"]),
                                   by=example.get("by", ""), example=struct(example))


_UPDATE_OUTCOMES = {
    "installed": update_pb2.UPDATE_OUTCOME_INSTALLED,
    "up-to-date": update_pb2.UPDATE_OUTCOME_UP_TO_DATE,
    "refused": update_pb2.UPDATE_OUTCOME_REFUSED,
    "gate-failed": update_pb2.UPDATE_OUTCOME_GATE_FAILED,
    "rolled-back": update_pb2.UPDATE_OUTCOME_ROLLED_BACK,
}


def update_outcome(outcome: str) -> update_pb2.UpdateOutcome:
    return _UPDATE_OUTCOMES.get(outcome, update_pb2.UPDATE_OUTCOME_UNSPECIFIED)


def model_update_status(status: Mapping[str, Any]) -> update_pb2.ModelUpdateStatus:
    """The updater's status() (update/updater.py) as the API reports it."""
    return update_pb2.ModelUpdateStatus(
        enabled=bool(status["enabled"]), repo_url=str(status["repo_url"]),
        current=str(status["current"]), last_result=str(status["last_result"]),
        last_error=str(status["last_error"]), last_check=float(status["last_check"]),
        activity=str(status["activity"]), factory_bundle=str(status["factory_bundle"]),
        slots=[update_pb2.ModelSlot(name=s["name"], state=s["state"], version=s["version"],
                                    installed_at=float(s["installed_at"]))
               for s in status["slots"]])


def os_status(status: OsStatus) -> os_update_pb2.GetOsStatusResponse:
    failure = status.last_error
    return os_update_pb2.GetOsStatusResponse(
        enabled=status.enabled, compatible=status.compatible, booted=status.booted,
        version=status.version, primary=status.primary, trial=status.trial,
        slots=[os_update_pb2.OsSlot(name=s.name, bootname=s.bootname, device=s.device,
                                    state=s.state, boot_status=s.boot_status, version=s.version,
                                    installed_at=s.installed_at, sha256=s.sha256)
               for s in status.slots],
        last_error=failure.reason if failure else status.detail,
        last_error_slot=failure.slot if failure else "",
        last_error_version=failure.version if failure else "",
        last_error_at=failure.at if failure else 0.0, activity=status.activity)


def os_summary(status: OsStatus) -> update_pb2.OsUpdateStatus:
    """The OS half of UpdateService's status, in a line; OsUpdateService has the details."""
    failure = status.last_error
    detail = (f"booted slot {status.booted or '?'}, version {status.version or '?'}, "
              f"trial {status.trial}")
    if failure:
        detail += f"; last failed trial: {failure.reason}"
    elif status.detail:
        detail += f"; {status.detail}"
    return update_pb2.OsUpdateStatus(supported=True, detail=detail)


_P = os_update_pb2.InstallOsProgress
_PHASE = {"uploading": _P.UPLOADING, "installing": _P.INSTALLING, "installed": _P.INSTALLED,
          "rebooting": _P.REBOOTING, "failed": _P.FAILED}


def os_progress(step: OsInstallProgress) -> os_update_pb2.InstallOsProgress:
    return os_update_pb2.InstallOsProgress(
        phase=_PHASE[step.phase],
        percent=step.percent, received=step.received, total=step.total,
        resume_offset=step.resume_offset, message=step.message, slot=step.slot, error=step.error,
        downloading=step.downloading)
