"""The live device state a controller may name, with what the device knows of each entity.

- units: `systemctl list-units` (loaded units, with their Description= and state) and
  `systemctl list-unit-files` (installed ones that are not loaded yet);
- network links: /sys/class/net, their kind from the kernel (wireless/, DEVTYPE, the link type,
  the driver's conventional names for modems and tunnels) and their operational state;
- LEDs: /sys/class/leds, colour and function from the kernel's "device:colour:function" names;
- storage: block devices with media, mounted or not, with label (/dev/disk/by-label), model and
  size from sysfs.

A read is reused for up to a second (decisions stay cheap in a storm) and dropped as soon as the
agent itself changed something; the unit list, the costly part, is kept for ten seconds.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from llmos.agent import process
from llmos.agent.domain import DeviceState, InterfaceInfo, LedInfo, StorageState, UnitInfo

_SKIP_BLOCK = ("loop-control", "ram", "zram")
_UNITS_TTL_S = 10.0
_STATE_TTL_S = 1.0
# /sys/class/net/*/type (include/uapi/linux/if_arp.h)
_LINK_TYPES = {"772": "loopback", "280": "can", "65534": "vpn", "512": "cellular",
               "519": "cellular", "801": "wifi", "803": "wifi"}
_DEVTYPES = {"wlan": "wifi", "bridge": "bridge", "wwan": "cellular", "vlan": "vlan",
             "bond": "bond", "wireguard": "vpn"}
_NAME_KINDS = [(r"wwan|ppp|rmnet|usbmodem", "cellular"), (r"wg|tun|tap|tailscale|zt", "vpn"),
               (r"wl", "wifi"), (r"br|virbr|docker|lxcbr", "bridge"), (r"can|vcan", "can"),
               (r"e|usb", "ethernet")]
_COLOURS = ("red", "green", "blue", "amber", "yellow", "white", "orange", "purple", "violet")


class StateSource(Protocol):
    async def read(self) -> DeviceState: ...

    def invalidate(self) -> None:
        """The agent changed the system: the next read must look again."""
        ...


class FixedState:
    """A described device instead of this machine (`[replay] state`: development and tests)."""

    def __init__(self, path: Path) -> None:
        self.state = DeviceState.from_dict(json.loads(path.read_text()))

    async def read(self) -> DeviceState:
        return self.state

    def invalidate(self) -> None:
        pass


class StateReader:
    def __init__(self, sysfs_root: Path, mounts: Path = Path("/proc/self/mounts"),
                 labels: Path = Path("/dev/disk/by-label")) -> None:
        self._sys = sysfs_root
        self._mounts = mounts
        self._labels = labels
        self._units: dict[str, UnitInfo] = {}
        self._units_read = float("-inf")
        self._state: DeviceState | None = None
        self._state_read = float("-inf")

    def invalidate(self) -> None:
        self._state = None

    async def read(self) -> DeviceState:
        now = time.monotonic()
        if now - self._units_read > _UNITS_TTL_S:
            units = await _units()
            if units is not None:  # systemd did not answer in time: keep what was known
                self._units = units
                self._state = None
            self._units_read = now
        if self._state is None or now - self._state_read > _STATE_TTL_S:
            self._state, self._state_read = self._read_sysfs(), now
        return self._state

    def _read_sysfs(self) -> DeviceState:
        mounted = _mounted_devices(self._mounts)
        labels = _labels(self._labels)
        net = self._sys / "class/net"
        leds = _names(self._sys / "class/leds")
        blocks = [name for name in _names(self._sys / "class/block")
                  if not name.startswith(_SKIP_BLOCK) and _has_media(self._sys / "class/block" / name)]
        return DeviceState(
            units=tuple(sorted(self._units)),
            interfaces=tuple(_names(net)),
            leds=tuple(leds),
            storage=tuple(self._storage(name, mounted, labels) for name in blocks),
            unit_info={u: info for u, info in self._units.items() if info != UnitInfo()},
            interface_info={name: InterfaceInfo(interface_kind(net / name, name),
                                                _operstate(net / name)) for name in _names(net)},
            led_info={name: replace(led_info(name), state=led_state(self._sys / "class/leds" / name))
                      for name in leds},
            power_profile=power_profile(self._sys),
        )

    def _storage(self, name: str, mounted: set[str], labels: dict[str, str]) -> StorageState:
        block = self._sys / "class/block" / name
        disk = block if (block / "device").exists() else block.resolve().parent
        return StorageState(f"/dev/{name}", f"/dev/{name}" in mounted, labels.get(name, ""),
                            _read(disk / "device/model"), _size(block))


def interface_kind(link: Path, name: str) -> str:
    """wifi, ethernet, cellular, loopback, bridge, vpn, can, ... as the kernel tells it."""
    if (link / "wireless").exists() or (link / "phy80211").exists():
        return "wifi"
    devtype = re.search(r"^DEVTYPE=(\S+)", _read(link / "uevent"), re.MULTILINE)
    if devtype and devtype.group(1) in _DEVTYPES:
        return _DEVTYPES[devtype.group(1)]
    kind = _LINK_TYPES.get(_read(link / "type"))
    if kind:
        return kind
    if (link / "bridge").exists():
        return "bridge"
    return next((k for pattern, k in _NAME_KINDS if re.match(pattern, name)), "")


def led_info(name: str) -> LedInfo:
    """The kernel names LEDs "devicename:colour:function" (Documentation/leds/leds-class)."""
    parts = name.split(":")
    colour = next((p for p in parts if p.lower() in _COLOURS), "")
    function = parts[-1] if len(parts) > 1 and parts[-1].lower() not in _COLOURS else ""
    return LedInfo(colour.lower(), function.lower())


# Triggers that blink by themselves. An activity trigger (mmc0, netdev, disk-activity) lights
# the LED now and then: how it is at one instant says nothing.
_BLINKING_TRIGGERS = frozenset(["timer", "heartbeat", "pattern"])


def led_state(led: Path) -> str:
    """on, off or blink, as the LED is now ("" if that cannot be told)."""
    selected = re.search(r"\[([^\]]+)\]", _read(led / "trigger"))
    trigger = selected[1] if selected else "none"
    if trigger in _BLINKING_TRIGGERS:
        return "blink"
    if trigger == "default-on":
        return "on"
    brightness = _read(led / "brightness")
    if trigger != "none" or not brightness.isdigit():
        return ""
    return "on" if int(brightness) else "off"


async def _units() -> dict[str, UnitInfo] | None:
    """Loaded service units with their description and state, and installed ones besides;
    None if systemd could not be asked."""
    # Whole listings (the default trim to a message's length kept only the last ~16 units).
    loaded = await process.run("systemctl", "list-units", "--type=service", "--all", "--plain",
                               "--no-legend", "--no-pager", timeout=5.0, limit=None)
    installed = await process.run("systemctl", "list-unit-files", "--type=service", "--plain",
                                  "--no-legend", "--no-pager", timeout=5.0, limit=None)
    if not loaded.ok and not installed.ok:
        return None
    units: dict[str, UnitInfo] = {}
    for line in installed.output.splitlines() if installed.ok else ():
        fields = line.split()
        if fields and fields[0].endswith(".service") and not fields[0].endswith("@.service"):
            units[fields[0]] = UnitInfo()
    for line in loaded.output.splitlines() if loaded.ok else ():
        fields = line.split(None, 4)  # UNIT LOAD ACTIVE SUB DESCRIPTION
        if fields and fields[0].endswith(".service"):
            description = fields[4].strip() if len(fields) > 4 else ""
            active = fields[2] if len(fields) > 2 else ""
            units[fields[0]] = UnitInfo(description, active)
    return units


def _labels(directory: Path) -> dict[str, str]:
    """Block device name -> filesystem label (udev's /dev/disk/by-label links, \\x20 escaped)."""
    out = {}
    for link in _names(directory):
        try:
            target = os.path.basename(os.readlink(directory / link))
        except OSError:
            continue
        out[target] = re.sub(r"\\x([0-9a-f]{2})", lambda m: chr(int(m.group(1), 16)), link)
    return out


def _size(block: Path) -> str:
    """The size as lsblk prints it: 64G, 1T (512-byte sectors in sysfs)."""
    try:
        size = float(int(_read(block / "size")) * 512)
    except ValueError:
        return ""
    for unit in ("B", "K", "M", "G", "T", "P"):
        if size < 1000 or unit == "P":
            return f"{size:.0f}{unit}" if unit == "B" else f"{size:.3g}{unit}"
        size /= 1024
    return ""


# What the executor sets (executor/system.py), read back: the ACPI platform profile, else the
# CPU's governor. "powersave" under intel_pstate or amd-pstate is their balanced, dynamic mode.
_PLATFORM_PROFILES = {"low-power": "powersave", "quiet": "powersave", "cool": "powersave",
                      "balanced": "balanced", "balanced-performance": "balanced", "performance": "performance"}
_GOVERNORS = {"performance": "performance", "schedutil": "balanced", "ondemand": "balanced",
              "conservative": "powersave", "powersave": "powersave"}


def power_profile(sysfs: Path) -> str:
    """The power profile the device runs with, or "" when it has no power controls."""
    platform = _read(sysfs / "firmware/acpi/platform_profile")
    if platform:
        return _PLATFORM_PROFILES.get(platform, "")
    cpufreq = sysfs / "devices/system/cpu/cpufreq/policy0"
    governor = _GOVERNORS.get(_read(cpufreq / "scaling_governor"), "")
    if governor == "powersave" and _read(cpufreq / "scaling_driver").startswith(("intel_pstate", "amd-pstate")):
        return "balanced"
    return governor


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except OSError:
        return ""


def _operstate(link: Path) -> str:
    state = _read(link / "operstate")
    return state if state in ("up", "down") else ""


def _has_media(block: Path) -> bool:
    try:
        return int((block / "size").read_text()) > 0
    except (OSError, ValueError):
        return True  # no size attribute to go by: list it


def _mounted_devices(mounts: Path) -> set[str]:
    try:
        return {line.split(maxsplit=1)[0] for line in mounts.read_text().splitlines() if line}
    except OSError:
        return set()


def _names(directory: Path) -> list[str]:
    try:
        return sorted(os.listdir(directory))
    except OSError:
        return []


def state_source(replay_state: Path | None, sysfs_root: Path) -> StateSource:
    """The device as configured: a described one (`[replay] state`) or this machine."""
    return FixedState(replay_state) if replay_state else StateReader(sysfs_root)
