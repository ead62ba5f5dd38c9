"""Exposure: may this call touch the entity it names at all?

Policy (policy.py) says which tools may run and when they need a confirmation; exposure says
which units, interfaces, LEDs and storage any tool may act on, the Home Assistant "exposed
entities" model: nothing unless the configuration exposes it (`[policy.expose]`, globs). Three
checks, in this order, for every argument the catalog marks as naming an entity (`targets`):

- the floor, which no policy or exposure lifts: systemd's own units (the ones that power off,
  reboot or kexec included), rescue, emergency and debug shells, gettys, D-Bus, udev, journald,
  and the agent's own unit for stop and restart; and storage that holds a mounted system
  filesystem (root, /boot, /usr, /var, the state directory's);
- the entity exists in the device state (a name the device does not have is refused, not
  guessed at) and, for storage, is a block device under /dev once symlinks are resolved
  (`realpath`); the call is rewritten to the resolved device, so what is checked is what runs;
- the exposure globs match it.

Matching the floor ignores case, systemd's \\xNN escapes and trailing dots: a spelling that
some layer might read as the same unit is the same unit here.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from llmos.agent.config import Exposure
from llmos.agent.domain import DeviceState, Tool

AGENT_UNIT = "llmos-agent.service"
# Units no call may start, stop or restart, whatever the policy (matched case-insensitively).
FLOOR_UNITS = (
    "systemd-*", "*.target", "rescue.service", "emergency.service", "debug-shell.service",
    "getty@*", "serial-getty@*", "console-getty.service", "container-getty@*", "autovt@*",
    "dbus.service", "dbus-broker.service", "dbus-org.*", "udev.service", "user@*",
    "user-runtime-dir@*", "poweroff.service", "reboot.service", "halt.service",
    "kexec.service", "initrd-*", "polkit.service", "sulogin*",
)
FLOOR_OWN = ("stop_service", "restart_service")  # the agent's own unit: starting it is harmless
# Mount points whose filesystem is the system's; the state directory's is added.
SYSTEM_MOUNTS = ("/", "/usr", "/var", "/boot", "/efi", "/etc", "/opt", "/home")
# Under /dev but not devices: anyone may write files there.
NOT_DEVICES = ("/dev/shm", "/dev/mqueue", "/dev/pts", "/dev/hugepages")
_KIND_LISTS = {"unit": "units", "interface": "interfaces", "led": "leds", "storage": "storage"}


class ExposureError(ValueError):
    """The call names an entity it may not touch; the message says which and why."""


@dataclass(frozen=True)
class Host:
    """Where the machine's facts come from (tests point them at files of their own).
    `real` is false for a described device ([replay] state): its storage need not exist here
    and this machine's mounts are not its own, but a path that exists here is still resolved
    and must be a block device."""

    mounts: Path = Path("/proc/self/mounts")
    sysfs: Path = Path("/sys")
    state_dir: Path = Path("/var/lib/llmos")
    real: bool = True


def unit_key(unit: str) -> str:
    """A unit name as the floor compares it."""
    unescaped = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), unit)
    return unescaped.rstrip(".").lower()


def in_floor(tool: str, unit: str) -> bool:
    key = unit_key(unit)
    if any(fnmatchcase(key, pattern) for pattern in FLOOR_UNITS):
        return True
    own = unit_key(AGENT_UNIT)
    return tool in FLOOR_OWN and (key == own or key == own.removesuffix(".service"))


def check(tool: Tool, args: Mapping[str, Any], state: DeviceState, expose: Exposure,
          host: Host) -> dict[str, Any]:
    """The call's arguments, storage resolved; ExposureError if it may not touch them."""
    checked = dict(args)
    for arg, kind in tool.targets:
        value = args.get(arg)
        if not isinstance(value, str):
            continue
        if kind == "storage":
            value = checked[arg] = _storage(tool.name, value, state, host)
        elif kind == "unit" and in_floor(tool.name, value):
            raise ExposureError(f"{tool.name}: {value} is part of the system and never acted on")
        elif not _present(kind, value, state):
            raise ExposureError(f"{tool.name}: this device has no {kind} {value!r}")
        globs: tuple[str, ...] = getattr(expose, _KIND_LISTS[kind])
        if not any(fnmatchcase(value, g) for g in globs):
            raise ExposureError(f"{tool.name}: {kind} {value!r} is not exposed "
                                f"([policy.expose] {_KIND_LISTS[kind]})")
    return checked


def _present(kind: str, name: str, state: DeviceState) -> bool:
    names = {"unit": state.units, "interface": state.interfaces, "led": state.leds}[kind]
    return name in names


def _storage(tool: str, device: str, state: DeviceState, host: Host) -> str:
    if "\x00" in device or ".." in device.split("/"):
        raise ExposureError(f"{tool}: {device!r} is not a device path")
    resolved = os.path.realpath(device)
    if not resolved.startswith("/dev/") or any(
            resolved == d or resolved.startswith(d + "/") for d in NOT_DEVICES):
        raise ExposureError(f"{tool}: {device} is {resolved}, not a device under /dev")
    try:
        mode: int | None = os.stat(resolved).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISBLK(mode):
        raise ExposureError(f"{tool}: {resolved} is not a block device")
    if mode is None and host.real and tool != "unmount_storage":
        raise ExposureError(f"{tool}: no block device {resolved}")
    system = _system_devices(host) if host.real else set()  # a described device: its state says
    if (resolved in system or _holds(resolved, system, host.sysfs)
            or (host.real and mode is not None and _backs_system_mount(resolved, host))):
        raise ExposureError(f"{tool}: {resolved} holds a mounted system filesystem")
    known = {s.device: s for s in state.storage}
    if tool == "mount_storage":  # an unplugged device is unmounted by a device gone from state
        entry = known.get(resolved)
        if entry is None:
            raise ExposureError(f"{tool}: this device has no storage {resolved}")
        if entry.mounted:
            raise ExposureError(f"{tool}: {resolved} is mounted already")
    return resolved


def _system_devices(host: Host) -> set[str]:
    """The devices (resolved) mounted at a system mount point or at the state directory's."""
    try:
        lines = host.mounts.read_text().splitlines()
    except OSError:
        return set()
    state_dir = str(host.state_dir)
    found = set()
    for line in lines:
        fields = line.split()
        if len(fields) < 2 or not fields[0].startswith("/"):
            continue
        point = fields[1].replace("\\040", " ")
        system = point in SYSTEM_MOUNTS or point.startswith("/boot/") or (
            state_dir == point or state_dir.startswith(point.rstrip("/") + "/"))
        if system:
            found.add(os.path.realpath(fields[0]))
    return found


def _backs_system_mount(device: str, host: Host) -> bool:
    """The kernel's own answer, whatever the mount table calls the device (/dev/root, a
    by-uuid link that is gone): is it the device under a system mount point?"""
    try:
        rdev = os.stat(device).st_rdev
    except OSError:
        return False
    points = (*SYSTEM_MOUNTS, str(host.state_dir))
    for point in points:
        try:
            if os.stat(point).st_dev == rdev:
                return True
        except OSError:
            continue
    return False


def _holds(device: str, system: set[str], sysfs: Path) -> bool:
    """Whether `device` is the disk of, or sits under (dm, md), a system device."""
    name = os.path.basename(device)
    block = sysfs / "class/block"
    for source in system:
        source_name = os.path.basename(source)
        if (block / name / source_name).is_dir():  # a partition of this disk
            return True
        if _held_by(block, name, source_name, depth=0):
            return True
    return False


def _held_by(block: Path, name: str, target: str, depth: int) -> bool:
    """Whether `target` is built on `name` (LVM, dm-crypt, RAID), through sysfs holders."""
    if depth > 4:
        return False
    try:
        holders = os.listdir(block / name / "holders")
    except OSError:
        return False
    return any(h == target or _held_by(block, h, target, depth + 1) for h in holders)
