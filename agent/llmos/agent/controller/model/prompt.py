"""The embedded model's prompt format ("llmos-v1"), shared by the training pipeline and the runtime.

One line per fact, in a fixed order so everything before the command can be cached:

    llmos v1 tools: mount_storage unmount_storage ...      <- pinned prefix (catalog)
    units:a.service,b.service                               <- device state summary
    net:eth0,wlan0
    leds:led0,ACT
    storage:/dev/sda1(mounted),/dev/sdb1
    seen: add block node=/dev/sdc1 ID_FS_TYPE=vfat         <- history (recent + retrieved)
    event: add block node=/dev/sdb1 ID_FS_TYPE=ext4        <- the request's events
    cmd: restart nginx                                      <- the operator command or "-"
    call:                                                   <- the model writes the JSON call

Names follow punctuation, never a space, so they tokenize exactly as inside the JSON answer
("unit":"nginx.service"): the model copies tokens rather than re-spelling names.
Strings from devices are untrusted. Properties a device writes freely (model, vendor, serial,
labels) are never shown: no default reaction depends on them and they are where injected
instructions go. Other values are flattened to one line and cut short, so a device cannot forge
a line (a fake "cmd:") or push the command out of the context.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from llmos.agent.catalog import Catalog
from llmos.agent.domain import DeviceState, HardwareEvent

FORMAT = "llmos-v1"
CALL_MARK = "call:"
VALUE_CHARS = 32
COMMAND_CHARS = 200
MAX_PROPERTIES = 5
# Properties that decide the default reactions come first; the rest are context (or noise).
KEY_PROPERTIES = ("DEVTYPE", "ID_FS_TYPE", "ID_FS_USAGE", "INTERFACE", "POWER_SUPPLY_TYPE",
                  "POWER_SUPPLY_ONLINE", "TRIP", "EVENT", "TEMP")
# Properties a device writes freely (names, labels, serials): their values carry no intent and
# may carry injected instructions, so neither the model nor the router reads them.
_FREE_TEXT = re.compile(
    r"LABEL|MODEL|VENDOR|SERIAL|NAME|PRODUCT|UUID|PATH|DRIVER|UNIQ|MANUFACTURER|PHYS")

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean(text: str, limit: int) -> str:
    """One line of at most `limit` characters: device strings must not break the format."""
    return _CONTROL.sub(" ", text).strip()[:limit]


def prefix_text(catalog: Catalog) -> str:
    """The pinned prefix: the catalog's tool names. The model learned their arguments."""
    return "llmos v1 tools: " + " ".join(catalog.tools) + "\n"


def state_text(state: DeviceState) -> str:
    storage = ",".join(f"{s.device}(mounted)" if s.mounted else s.device for s in state.storage)
    return (
        f"units:{','.join(state.units)}\n"
        f"net:{','.join(state.interfaces)}\n"
        f"leds:{','.join(state.leds)}\n"
        f"storage:{storage}\n"
    )


def free_text(key: str) -> bool:
    """Whether a property's value is written freely by the device, so never read."""
    return bool(_FREE_TEXT.search(key))


def event_summary(event: HardwareEvent) -> str:
    """An event as the model sees it, in the request and in the event log ("seen:" lines)."""
    props = {k: v for k, v in event.properties.items() if not free_text(k)}
    keys = [k for k in KEY_PROPERTIES if k in props]
    keys += sorted(k for k in props if k not in KEY_PROPERTIES)
    parts = [clean(event.action, 16), clean(event.subsystem, 24),
             "node=" + clean(event.devnode or event.devpath, 64)]
    parts += [f"{clean(k, 24)}={clean(str(props[k]), VALUE_CHARS)}" for k in keys[:MAX_PROPERTIES]]
    return " ".join(parts)


def event_line(event: HardwareEvent) -> str:
    return f"event: {event_summary(event)}\n"


def history_line(summary: str) -> str:
    return f"seen: {clean(summary, 160)}\n"


def command_text(command: str | None) -> str:
    text = clean(command or "", COMMAND_CHARS)
    return f"cmd: {text or '-'}\n{CALL_MARK}"


def render(catalog: Catalog, state: DeviceState, events: Iterable[HardwareEvent],
           command: str | None, history: Iterable[str] = ()) -> str:
    """The whole prompt, as the pipeline trains on it (the runtime builds it in budgeted parts)."""
    return (prefix_text(catalog) + state_text(state) + "".join(history_line(h) for h in history)
            + "".join(event_line(e) for e in events) + command_text(command))


def call_text(tool: str, args: Mapping[str, Any]) -> str:
    """The canonical answer: compact JSON, the same bytes the constrained decoder emits."""
    return json.dumps({"tool": tool, "args": dict(args)}, separators=(",", ":"),
                      ensure_ascii=False)
