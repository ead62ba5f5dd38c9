"""Check every field of a request and turn it into the agent's own types.

Anything a client sends is untrusted: each function either returns a value the agent can use as
is, or raises `InvalidRequest` with a message that says which field is wrong and why. The limits
here are the ones documented on the fields in proto/llmos/v1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from google.protobuf import json_format, struct_pb2

from llmos.agent.api import CommandRequest, InvalidAction, check_action
from llmos.agent.domain import ActionStatus, JournalFilter
from llmos.v1 import commands_pb2, events_pb2

MAX_TEXT = 2000
MAX_REASON = 500
MAX_POLICY_BYTES = 32 * 1024
MAX_FILTER_KINDS = 8
MAX_FILTER_SUBSYSTEMS = 16
MAX_FILTER_STATUSES = 16
DEFAULT_PAGE = 100
MAX_PAGE = 1000

_ID = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
_SUBSYSTEM = re.compile(r"[a-z0-9_]{1,32}")
_TOKEN = re.compile(r"[0-9]{1,19}")
# Control characters other than tab and line ends; they have no place in a command or policy.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

EVENT_KINDS: dict[events_pb2.EventKind, str] = {
    events_pb2.EVENT_KIND_HARDWARE: "event",
    events_pb2.EVENT_KIND_COMMAND: "command",
    events_pb2.EVENT_KIND_DECISION: "decision",
    events_pb2.EVENT_KIND_ACTION: "action",
    events_pb2.EVENT_KIND_DROPPED: "dropped",
    events_pb2.EVENT_KIND_AUDIT: "audit",
    events_pb2.EVENT_KIND_CORRECTION: "correction",
}

ACTION_STATUSES: dict[commands_pb2.ActionStatus, ActionStatus] = {
    commands_pb2.ACTION_STATUS_PENDING: ActionStatus.PENDING,
    commands_pb2.ACTION_STATUS_RUNNING: ActionStatus.RUNNING,
    commands_pb2.ACTION_STATUS_SUCCEEDED: ActionStatus.SUCCEEDED,
    commands_pb2.ACTION_STATUS_FAILED: ActionStatus.FAILED,
    commands_pb2.ACTION_STATUS_DENIED: ActionStatus.DENIED,
    commands_pb2.ACTION_STATUS_REJECTED: ActionStatus.REJECTED,
    commands_pb2.ACTION_STATUS_EXPIRED: ActionStatus.EXPIRED,
    commands_pb2.ACTION_STATUS_INTERRUPTED: ActionStatus.INTERRUPTED,
    commands_pb2.ACTION_STATUS_DRY_RUN: ActionStatus.DRY_RUN,
}


class InvalidRequest(ValueError):
    """The request cannot be served as sent; the message names the field and the reason."""


def command(request: commands_pb2.ExecuteRequest) -> CommandRequest:
    which = request.WhichOneof("command")
    request_id = caller_id(request.request_id) if request.request_id else None
    if which == "text":
        return CommandRequest(text=text("text", request.text, MAX_TEXT, required=True),
                              dry_run=request.dry_run, id=request_id,
                              reply_to=action_id(request.reply_to) if request.reply_to else None)
    if request.reply_to:
        raise InvalidRequest("reply_to: only text replies to a command")
    if which == "action":
        tool, args = structured_action(request.action)
        return CommandRequest(tool=tool, args=args, dry_run=request.dry_run, id=request_id)
    raise InvalidRequest("command: set either text or action")


def caller_id(value: str) -> str:
    """A command id chosen by the caller: an id's characters, and never one of the agent's own
    (cmd-, ev-), so a caller cannot name a command someone else sent."""
    if not _ID.fullmatch(value):
        raise InvalidRequest("request_id: must be 1-128 characters of A-Z a-z 0-9 _ . : -")
    if value.startswith(("cmd-", "ev-")):
        raise InvalidRequest("request_id: cmd- and ev- are the agent's own ids")
    return value


def structured_action(action: commands_pb2.StructuredAction) -> tuple[str, dict[str, Any]]:
    """The tool and its arguments, checked against the action catalog's schema."""
    args = struct_to_dict(action.args)
    try:
        check_action(action.tool, args)
    except InvalidAction as error:
        raise InvalidRequest(f"action: {error}") from None
    return action.tool, args


def struct_to_dict(value: struct_pb2.Struct) -> dict[str, Any]:
    """A Struct as plain JSON values, whole numbers as ints (whole_numbers): the
    catalog's integer arguments (reboot's delay_s) must arrive as integers."""
    try:
        args: dict[str, Any] = whole_numbers(json_format.MessageToDict(value))
        return args
    except ValueError as error:  # NaN or infinity: not JSON, and no catalog argument takes one
        raise InvalidRequest(f"action.args: {error}") from None


def whole_numbers(value: Any) -> Any:
    """JSON values read from a Struct, whole numbers as ints again. Struct has only doubles, so
    the catalog's integer arguments (reboot's delay_s) arrive as 600.0: as ints they validate,
    and print as they were written (reboot(delay_s=600))."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dict):
        return {k: whole_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [whole_numbers(v) for v in value]
    return value


def text(field: str, value: str, limit: int, required: bool = False) -> str:
    if required and not value.strip():
        raise InvalidRequest(f"{field}: must not be empty")
    if len(value) > limit:
        raise InvalidRequest(f"{field}: {len(value)} characters, at most {limit} allowed")
    match = _CONTROL.search(value)
    if match:
        raise InvalidRequest(
            f"{field}: control character {match.group()!r} at {match.start()} is not allowed"
        )
    return value


def action_id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise InvalidRequest("id: must be 1-128 characters of A-Z a-z 0-9 _ . : -")
    return value


def journal_filter(kinds: Iterable[events_pb2.EventKind], subsystems: Iterable[str],
                   ref: str = "") -> JournalFilter:
    kinds, subsystems = list(kinds), list(subsystems)
    if len(kinds) > MAX_FILTER_KINDS:
        raise InvalidRequest(f"kinds: {len(kinds)} given, at most {MAX_FILTER_KINDS}")
    names = set()
    for kind in kinds:
        if kind not in EVENT_KINDS:
            raise InvalidRequest(f"kinds: {kind} is not an event kind (1-{max(EVENT_KINDS)})")
        names.add(EVENT_KINDS[kind])
    if len(subsystems) > MAX_FILTER_SUBSYSTEMS:
        raise InvalidRequest(
            f"subsystems: {len(subsystems)} given, at most {MAX_FILTER_SUBSYSTEMS}"
        )
    for name in subsystems:
        if not _SUBSYSTEM.fullmatch(name):
            raise InvalidRequest(f"subsystems: {name[:40]!r} is not 1-32 characters of a-z 0-9 _")
    if ref:
        action_id(ref)
    return JournalFilter(frozenset(names), frozenset(subsystems), ref)


def statuses(values: Iterable[commands_pb2.ActionStatus]) -> tuple[ActionStatus, ...]:
    values = list(values)
    if len(values) > MAX_FILTER_STATUSES:
        raise InvalidRequest(f"statuses: {len(values)} given, at most {MAX_FILTER_STATUSES}")
    for value in values:
        if value not in ACTION_STATUSES:
            raise InvalidRequest(
                f"statuses: {value} is not an action status (1-{max(ACTION_STATUSES)})"
            )
    return tuple(sorted({ACTION_STATUSES[v] for v in values}))


def page(page_size: int, page_token: str) -> tuple[int, int]:
    """(size, cursor). Tokens are the decimal cursor: opaque to clients, checked here."""
    if page_size < 0 or page_size > MAX_PAGE:
        raise InvalidRequest(f"page_size: {page_size} is not between 0 and {MAX_PAGE}")
    cursor = 0
    if page_token:
        if not _TOKEN.fullmatch(page_token):
            raise InvalidRequest("page_token: not a token this server returned")
        cursor = int(page_token)
    return page_size or DEFAULT_PAGE, cursor


def policy(value: str) -> str:
    size = len(value.encode())
    if size > MAX_POLICY_BYTES:
        raise InvalidRequest(f"toml: {size} bytes, at most {MAX_POLICY_BYTES}")
    return text("toml", value, MAX_POLICY_BYTES, required=True)
