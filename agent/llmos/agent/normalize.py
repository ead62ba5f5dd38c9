"""Normalising udev events into HardwareEvent, and the JSON-lines format used to replay them.

Everything a device reports (vendor, model, serial, labels) is untrusted: values are truncated,
stripped of control and formatting characters, and only ever handed to the controller as data.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from llmos.agent.domain import HardwareEvent

ACTIONS = frozenset({"add", "remove", "change", "move", "online", "offline", "bind", "unbind"})
MAX_PROPERTIES = 32
MAX_VALUE_CHARS = 128
MAX_PATH_CHARS = 256
# Properties the controller needs are kept first; the rest fill the remaining slots.
PREFERRED = (
    "DEVTYPE", "ID_FS_TYPE", "ID_FS_LABEL", "ID_FS_UUID", "ID_FS_USAGE", "ID_BUS", "ID_VENDOR",
    "ID_MODEL", "ID_SERIAL_SHORT", "ID_PART_ENTRY_NUMBER", "INTERFACE", "IFINDEX",
    "POWER_SUPPLY_NAME", "POWER_SUPPLY_TYPE", "POWER_SUPPLY_ONLINE", "POWER_SUPPLY_STATUS",
    "NAME", "TEMP", "TRIP", "EVENT", "SOUND_INITIALIZED", "ID_INPUT", "DRIVER",
)
_KEY = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")
_SUBSYSTEM = re.compile(r"^[a-z0-9_-]{1,32}$")
_DEVNODE = re.compile(r"^/dev/[A-Za-z0-9][A-Za-z0-9/_.:+-]{0,62}$")


class EventError(ValueError):
    """An event that cannot be normalised (unknown action, missing fields)."""


def clean_text(value: Any, limit: int = MAX_VALUE_CHARS) -> str:
    """Untrusted text -> printable, single-line, bounded. Control/format characters are dropped."""
    text = value if isinstance(value, str) else str(value)
    text = "".join(ch for ch in text[: limit * 4] if unicodedata.category(ch)[0] != "C")
    return " ".join(text.split())[:limit]


def normalise(
    action: Any,
    subsystem: Any,
    devpath: Any,
    devnode: Any = None,
    properties: Mapping[Any, Any] | None = None,
) -> HardwareEvent:
    """Build a HardwareEvent from raw udev fields, refusing what cannot be trusted structurally."""
    action = clean_text(action, 16)
    if action not in ACTIONS:
        raise EventError(f"unknown udev action {action!r}")
    subsystem = clean_text(subsystem, 32)
    if not _SUBSYSTEM.match(subsystem):
        raise EventError(f"invalid subsystem {subsystem!r}")
    devpath = clean_text(devpath, MAX_PATH_CHARS)
    if not devpath.startswith("/"):
        raise EventError(f"invalid devpath {devpath!r}")
    node = clean_text(devnode, 64) if devnode else None
    if node is not None and not _DEVNODE.match(node):
        node = None  # a node name we would not dare pass to mount or a serial driver
    return HardwareEvent(
        action=action,
        subsystem=subsystem,
        devpath=devpath,
        devnode=node,
        properties=_bounded_properties(properties or {}),
    )


def _bounded_properties(raw: Mapping[Any, Any]) -> dict[str, str]:
    keys = [k for k in raw if isinstance(k, str) and _KEY.match(k)]
    ordered = [k for k in PREFERRED if k in raw] + sorted(k for k in keys if k not in PREFERRED)
    return {k: clean_text(raw[k]) for k in ordered[:MAX_PROPERTIES]}


def event_from_dict(raw: Any) -> HardwareEvent:
    """One event from the replay/decide JSON form: {action, subsystem, devpath?, devnode?, properties?}."""
    if not isinstance(raw, dict):
        raise EventError("an event must be a JSON object")
    props = raw.get("properties") or {}
    if not isinstance(props, dict):
        raise EventError("event properties must be an object")
    devnode = raw.get("devnode")
    devpath = raw.get("devpath") or _synthetic_devpath(raw.get("subsystem"), devnode, props)
    return normalise(raw.get("action"), raw.get("subsystem"), devpath, devnode, props)


def _synthetic_devpath(subsystem: Any, devnode: Any, props: Mapping[str, Any]) -> str:
    # Hand-written inputs may omit devpath; give each device a stable stand-in.
    name = props.get("INTERFACE") or props.get("POWER_SUPPLY_NAME") or devnode or "unknown"
    return f"/virtual/{subsystem}/{str(name).rsplit('/', 1)[-1]}"


def read_replay(lines: Iterable[str]) -> Iterator[HardwareEvent]:
    """Events from JSON lines; blank lines and '#' comments are skipped, bad lines raise."""
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            yield event_from_dict(json.loads(line))
        except (json.JSONDecodeError, EventError) as error:
            raise EventError(f"line {number}: {error}") from None


def to_json_line(event: HardwareEvent) -> str:
    return json.dumps(event.to_dict(), sort_keys=True)
