"""The live device state a controller may name: service units, network links, LEDs, storage.

Links, LEDs and block devices come from sysfs, the unit list from systemctl. A read is reused
for up to a second (decisions stay cheap in a storm) and dropped as soon as the agent itself
changed something; the unit list, the costly part, is kept for ten seconds.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Protocol

from llmos.agent import process
from llmos.agent.domain import DeviceState, StorageState

_SKIP_BLOCK = ("loop-control", "ram", "zram")
_UNITS_TTL_S = 10.0
_STATE_TTL_S = 1.0


class StateSource(Protocol):
    async def read(self) -> DeviceState: ...

    def invalidate(self) -> None:
        """The agent changed the system: the next read must look again."""
        ...


class StateReader:
    def __init__(self, sysfs_root: Path, mounts: Path = Path("/proc/self/mounts")) -> None:
        self._sys = sysfs_root
        self._mounts = mounts
        self._units: tuple[str, ...] = ()
        self._units_read = float("-inf")
        self._state: DeviceState | None = None
        self._state_read = float("-inf")

    def invalidate(self) -> None:
        self._state = None

    async def read(self) -> DeviceState:
        now = time.monotonic()
        if now - self._units_read > _UNITS_TTL_S:
            self._units = tuple(await _units())
            self._units_read = now
        if self._state is None or now - self._state_read > _STATE_TTL_S:
            self._state, self._state_read = self._read_sysfs(), now
        return self._state

    def _read_sysfs(self) -> DeviceState:
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
