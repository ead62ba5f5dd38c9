"""The live device state a controller may name: service units, network links, LEDs, storage."""

from __future__ import annotations

import os
from pathlib import Path

from llmos.agent import process
from llmos.agent.domain import DeviceState, StorageState
from llmos.agent.executor.system import mounts_of

_SKIP_BLOCK = ("loop", "ram", "zram")


async def read_device_state(sysfs_root: Path, dev_root: Path = Path("/dev")) -> DeviceState:
    return DeviceState(
        units=tuple(await _units()),
        interfaces=tuple(_names(sysfs_root / "class/net")),
        leds=tuple(_names(sysfs_root / "class/leds")),
        storage=tuple(
            StorageState(str(dev_root / name), bool(mounts_of(str(dev_root / name))))
            for name in _names(sysfs_root / "class/block")
            if not name.startswith(_SKIP_BLOCK)
        ),
    )


async def _units() -> list[str]:
    done = await process.run(
        "systemctl", "list-units", "--type=service", "--all", "--plain", "--no-legend",
        "--no-pager", timeout=5.0,
    )
    if not done.ok:
        return []
    return sorted({line.split()[0] for line in done.output.splitlines()
                   if line.split() and line.split()[0].endswith(".service")})


def _names(directory: Path) -> list[str]:
    try:
        return sorted(os.listdir(directory))
    except OSError:
        return []
