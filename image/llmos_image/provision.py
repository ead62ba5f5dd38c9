"""Put a device identity into an image's EFI system partition (no mounts: mtools)."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from . import proc

FILES = ("device.crt", "device.key", "client-ca.crt", "ca.crt")


def esp_offset(image: Path) -> int:
    table = json.loads(proc.output(["sfdisk", "--json", image]))["partitiontable"]
    sector = table.get("sectorsize", 512)
    for part in table["partitions"]:
        if part.get("name") == "llmos-esp" or part["type"].lower().startswith("c12a7328"):
            return int(part["start"]) * sector
    raise proc.BuildError(f"{image} has no EFI system partition")


def provision(image: Path, directory: Path) -> None:
    proc.require("mcopy", "sfdisk")
    missing = [f for f in FILES[:3] if not (directory / f).is_file()]
    if missing:
        raise proc.BuildError(f"{directory} lacks {', '.join(missing)}")
    target = f"{image}@@{esp_offset(image)}"
    for name in FILES:
        if (directory / name).is_file():
            proc.run(["mcopy", "-o", "-i", target, directory / name, f"::/llmos/provision/{name}"],
                     quiet=True, env={"MTOOLS_SKIP_CHECK": "1"})


def append_kernel_options(image: Path, options: str, entry: str = "llmos-a.conf") -> None:
    """Add kernel command-line options to a boot entry (for test copies of an image)."""
    target = f"{image}@@{esp_offset(image)}"
    path = f"::/loader/entries/{entry}"
    text = proc.output(["mtype", "-i", target, path], env={"MTOOLS_SKIP_CHECK": "1"})
    lines = [f"{line} {options}" if line.startswith("options ") else line
             for line in text.splitlines()]
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / entry
        tmp.write_text("\n".join(lines) + "\n")
        proc.run(["mcopy", "-o", "-i", target, tmp, path], quiet=True, env={"MTOOLS_SKIP_CHECK": "1"})
