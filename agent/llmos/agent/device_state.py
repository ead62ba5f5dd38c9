"""The live device state a controller may name: service units, network links, LEDs, storage.

Links, LEDs and block devices come from sysfs on every read (cheap directory listings); the
unit list needs systemctl, so it is cached for a few seconds: decisions stay fast in a storm.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from llmos.agent import process
from llmos.agent.domain import DeviceState, StorageState

_SKIP_BLOCK = ("loop-control", "ram", "zram")
_UNITS_TTL_S = 10.0


class StateReader:
    def __init__(self, sysfs_root: Path, mounts: Path = Path("/proc/self/mounts")) -> None:
        self._sys = sysfs_root
        self._mounts = mounts
        self._units: tuple[str, ...] = ()
        self._units_read = float("-inf")

    async def read(self) -> DeviceState:
        if time.monotonic() - self._units_read > _UNITS_TTL_S:
            self._units = tuple(await _units())
            self._units_read = time.monotonic()
        mounted = _mounted_devices(self._mounts)
        return DeviceState(
            units=self._units,
            interfaces=tuple(_names(self._sys / "class/net")),
            leds=tuple(_names(self._sys / "class/leds")),
            storage=tuple(
                StorageState(f"/dev/{name}", f"/dev/{name}" in mounted)
                for name in _names(self._sys / "class/block")
                if not name.startswith(_SKIP_BLOCK) and _has_media(self._sys / "class/block" / name)
            ),
        )


async def _units() -> list[str]:
    done = await process.run(
        "systemctl", "list-units", "--type=service", "--all", "--plain", "--no-legend",
        "--no-pager", timeout=5.0,
    )
    if not done.ok:
        return []
    return sorted({fields[0] for fields in map(str.split, done.output.splitlines())
                   if fields and fields[0].endswith(".service")})


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


async def read_device_state(sysfs_root: Path) -> DeviceState:
    """One fresh read (for `decide` without a state)."""
    return await StateReader(sysfs_root).read()
