"""The small typed objects that flow between the stages of the controller loop.

source (udev, gRPC, console, voice) -> DecisionRequest -> controller -> Proposal
-> validation -> policy -> Verdict -> executor -> ActionResult -> JournalEntry, ActionRecord

The journal's rows and filters live here too, not in store.py: the front ends read them, and
they must not depend on how they are stored.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class Role(enum.IntEnum):
    """Who is asking. Ordered: a higher role has every right of a lower one."""

    VIEWER = 1
    OPERATOR = 2
    ADMIN = 3

    @classmethod
    def parse(cls, name: str) -> Role:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown role {name!r} (viewer, operator, admin)") from None


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated caller: a certificate subject, a local uid, or a local interface."""

    name: str
    role: Role
    interface: str  # grpc-mtls, grpc-unix, grpc-insecure, console, voice, udev, dev


@dataclass(frozen=True, slots=True)
class HardwareEvent:
    """One normalised udev event. Strings in `properties` come from devices: untrusted data."""

    action: str
    subsystem: str
    devpath: str
    devnode: str | None = None
    properties: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "subsystem": self.subsystem,
            "devpath": self.devpath,
            "devnode": self.devnode,
            "properties": dict(self.properties),
        }


@dataclass(frozen=True, slots=True)
class StorageState:
    """A block device with media; label, model and size come from udev (free text)."""

    device: str
    mounted: bool
    label: str = ""
    model: str = ""
    size: str = ""  # as lsblk prints it: 64G, 1T


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """What systemd says of a service unit."""

    description: str = ""  # Description=
    active: str = ""  # active, inactive, failed, ...


@dataclass(frozen=True, slots=True)
class InterfaceInfo:
    kind: str = ""  # wifi, ethernet, cellular, loopback, bridge, vpn, can, ...
    state: str = ""  # up, down


@dataclass(frozen=True, slots=True)
class LedInfo:
    color: str = ""
    function: str = ""  # power, activity, heartbeat, status, ... (the kernel's LED_FUNCTION_*)
    state: str = ""  # on, off, blink


POWER_PROFILES = ("performance", "balanced", "powersave")  # the catalog's set_power_profile values


@dataclass(frozen=True, slots=True)
class DeviceState:
    """What the controller may name: the units, interfaces, LEDs and storage present, and what
    the device knows about each (descriptions, kinds, colours, labels) where it knows it."""

    units: tuple[str, ...] = ()
    interfaces: tuple[str, ...] = ()
    leds: tuple[str, ...] = ()
    storage: tuple[StorageState, ...] = ()
    unit_info: Mapping[str, UnitInfo] = field(default_factory=dict)
    interface_info: Mapping[str, InterfaceInfo] = field(default_factory=dict)
    led_info: Mapping[str, LedInfo] = field(default_factory=dict)
    power_profile: str = ""  # performance, balanced, powersave; "" when the device does not say

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> DeviceState:
        """The `decide` contract's state: each list holds plain names, or objects with a
        `name` (`device` for storage) and what is known of it."""
        def entries(key: str) -> list[dict[str, Any]]:
            items = raw.get(key) or ()
            if not isinstance(items, (list, tuple)):
                raise ValueError(f"state.{key} must be a list")
            out = []
            for item in items:
                if isinstance(item, str):
                    out.append({"name": item})
                elif isinstance(item, dict) and isinstance(item.get("name"), str):
                    out.append(item)
                else:
                    raise ValueError(f"state.{key}: each entry is a name or an object with one")
            return out

        def text(entry: Mapping[str, Any], key: str) -> str:
            value = entry.get(key)
            return "" if value is None else str(value)

        units = entries("units")
        interfaces = entries("interfaces")
        leds = entries("leds")
        storage = []
        for s in raw.get("storage") or ():
            if not isinstance(s, dict) or not isinstance(s.get("device"), str):
                raise ValueError("state.storage: each entry is an object with a device")
            storage.append(StorageState(s["device"], bool(s.get("mounted", False)),
                                        text(s, "label"), text(s, "model"), text(s, "size")))
        return cls(
            units=tuple(u["name"] for u in units),
            interfaces=tuple(i["name"] for i in interfaces),
            leds=tuple(led["name"] for led in leds),
            storage=tuple(storage),
            unit_info={u["name"]: UnitInfo(text(u, "description"), text(u, "active"))
                       for u in units if len(u) > 1},
            interface_info={i["name"]: InterfaceInfo(text(i, "kind"), text(i, "state"))
                            for i in interfaces if len(i) > 1},
            # ("colour" as people spell it too: the same field, never dropped in silence)
            led_info={led["name"]: LedInfo(text(led, "color") or text(led, "colour"),
                                           text(led, "function"), text(led, "state"))
                      for led in leds if len(led) > 1},
            # (anything else is not known: a profile the catalog has no name for decides nothing)
            power_profile=profile if (profile := text(raw, "power_profile")) in POWER_PROFILES else "",
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain name lists, or the rich form where anything is known beyond the names."""
        def rich(names: tuple[str, ...], info: Mapping[str, Any]) -> list[Any]:
            return [{"name": n, **_fields(info[n])} if n in info else n for n in names]

        return {
            "units": rich(self.units, self.unit_info),
            "interfaces": rich(self.interfaces, self.interface_info),
            "leds": rich(self.leds, self.led_info),
            "storage": [{"device": s.device, "mounted": s.mounted,
                         **{k: v for k, v in (("label", s.label), ("model", s.model),
                                              ("size", s.size)) if v}}
                        for s in self.storage],
            **({"power_profile": self.power_profile} if self.power_profile else {}),
        }


def _fields(info: Any) -> dict[str, str]:
    return {k: getattr(info, k) for k in info.__slots__ if getattr(info, k)}


@dataclass(frozen=True, slots=True)
class DecisionRequest:
    """The input of one decision: an operator command, events, or both (the `decide` contract)."""

    command: str | None
    events: tuple[HardwareEvent, ...]
    state: DeviceState


class Effects(enum.StrEnum):
    """What running a tool does to the device (the catalog's `effects`)."""

    NONE = "none"  # an answer (say, ignore, report_status): nothing changes
    SYSTEM = "system"  # acts on the machine
    DEVICE_STATE = "device_state"  # acts on what the DeviceState shows (mounts): read it again


ENTITY_KINDS = ("unit", "interface", "led", "storage")


@dataclass(frozen=True, eq=False)
class Tool:
    """One system call of the action catalog (catalog/actions.json): its arguments' JSON schema
    and every fact the agent needs about it. Nothing else keeps lists of tools."""

    name: str
    description: str
    destructive: bool  # policy asks an operator to confirm it unless a rule says otherwise
    parameters: dict[str, Any]  # JSON schema (2020-12) of the arguments
    effects: Effects = Effects.SYSTEM
    # udev events about what it acts on, as (subsystem, action): the event queue keeps them
    # first, and an event without a command may lead only to a tool of its subsystem (or ignore)
    events: tuple[tuple[str, str], ...] = ()
    # (argument, entity kind) for the arguments that name an entity of the device (exposure.py)
    targets: tuple[tuple[str, str], ...] = ()

    @property
    def informational(self) -> bool:
        """An answer: run at once by the agent itself, never held, outside the overall rate
        limit, never read back."""
        return self.effects is Effects.NONE

    @property
    def changes_state(self) -> bool:
        return self.effects is Effects.DEVICE_STATE


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer to a question: the entity offered, and the call it stands for."""

    label: str
    tool: str
    args: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Question:
    """What a `say` that asks back offers; a reply on the same front end picks one."""

    choices: tuple[Choice, ...]


@dataclass(frozen=True, slots=True)
class Proposal:
    """What a controller proposes. Untrusted until validated and checked by policy.

    `confidence` (0..1) is how sure the controller is that this is what was asked; the engine
    holds a change it is unsure of for a confirmation, with `reading` (how the command was
    understood) read back to the operator."""

    tool: str
    args: Mapping[str, Any]
    controller: str
    # how it was arrived at, not what it is: two proposals of the same call are equal
    confidence: float = field(default=1.0, compare=False)
    reading: str = field(default="", compare=False)
    question: Question | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"tool": self.tool, "args": dict(self.args)}


class Decision(enum.StrEnum):
    ALLOW = "allow"
    DENY = "deny"
    CONFIRM = "confirm"  # held as pending until an operator confirms


@dataclass(frozen=True, slots=True)
class Verdict:
    decision: Decision
    reason: str


@dataclass(frozen=True, slots=True)
class ActionResult:
    ok: bool
    detail: str
    data: Mapping[str, Any] = field(default_factory=dict)


class ActionStatus(enum.StrEnum):
    """Where a decided action is. Only `pending` and `running` ever change (ledger.py)."""

    PENDING = "pending"  # waiting for an operator's confirmation
    RUNNING = "running"  # allowed and started (or about to)
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    DENIED = "denied"  # by policy, or an invalid proposal
    REJECTED = "rejected"  # by an operator
    EXPIRED = "expired"  # not confirmed in time
    INTERRUPTED = "interrupted"  # the agent stopped while it ran: never repeated
    DRY_RUN = "dry_run"  # decided and checked, not run


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One line of the event log. `seq` is the resume point of event streams."""

    seq: int
    time: float
    kind: str  # event, command, decision, action, dropped, audit
    ref: str  # the id of the event or command it belongs to
    subsystem: str
    summary: str
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class NewEntry:
    """A journal entry before it is written (no seq, no time yet)."""

    kind: str
    ref: str
    summary: str
    data: dict[str, Any]
    subsystem: str = ""


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """One decided action: what, by whom, and where it is now."""

    id: str
    tool: str
    args: dict[str, Any]
    controller: str
    status: ActionStatus
    reason: str
    result: dict[str, Any] | None
    principal: str
    interface: str
    created: float
    updated: float
    expires: float | None


@dataclass(frozen=True, slots=True)
class JournalFilter:
    """Which journal entries a reader wants; empty means any."""

    kinds: frozenset[str] = frozenset()
    subsystems: frozenset[str] = frozenset()
    ref: str = ""

    def matches(self, entry: JournalEntry) -> bool:
        return (
            (not self.kinds or entry.kind in self.kinds)
            and (not self.subsystems or entry.subsystem in self.subsystems)
            and (not self.ref or entry.ref == self.ref)
        )
