"""The small typed objects that flow between the stages of the controller loop.

source (udev, gRPC, console, voice) -> DecisionRequest -> controller -> Proposal
-> validation -> policy -> Verdict -> executor -> ActionResult
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Mapping


class Role(enum.IntEnum):
    """Who is asking. Ordered: a higher role has every right of a lower one."""

    VIEWER = 1
    OPERATOR = 2
    ADMIN = 3

    @classmethod
    def parse(cls, name: str) -> "Role":
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
    device: str
    mounted: bool


@dataclass(frozen=True, slots=True)
class DeviceState:
    """What the controller may name: the units, interfaces, LEDs and storage present."""

    units: tuple[str, ...] = ()
    interfaces: tuple[str, ...] = ()
    leds: tuple[str, ...] = ()
    storage: tuple[StorageState, ...] = ()

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> "DeviceState":
        return cls(
            units=tuple(str(u) for u in raw.get("units", ())),
            interfaces=tuple(str(i) for i in raw.get("interfaces", ())),
            leds=tuple(str(led) for led in raw.get("leds", ())),
            storage=tuple(
                StorageState(str(s["device"]), bool(s.get("mounted", False)))
                for s in raw.get("storage", ())
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "units": list(self.units),
            "interfaces": list(self.interfaces),
            "leds": list(self.leds),
            "storage": [{"device": s.device, "mounted": s.mounted} for s in self.storage],
        }


@dataclass(frozen=True, slots=True)
class DecisionRequest:
    """The input of one decision: an operator command, events, or both (the `decide` contract)."""

    command: str | None
    events: tuple[HardwareEvent, ...]
    state: DeviceState


@dataclass(frozen=True, slots=True)
class Proposal:
    """What a controller proposes. Untrusted until validated and checked by policy."""

    tool: str
    args: Mapping[str, Any]
    controller: str

    def to_dict(self) -> dict[str, Any]:
        return {"tool": self.tool, "args": dict(self.args)}


class Decision(str, enum.Enum):
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
