"""Write an image to a removable disk with bmaptool, then read it back and compare."""
from __future__ import annotations

import hashlib
import json
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from . import proc
from .config import BuildConfig

SYS_BLOCK = Path("/sys/block")


def _attr(dev: str, *names: str) -> str:
    for name in names:
        p = SYS_BLOCK / dev / name
        if p.exists():
            return p.read_text().strip()
    return "?"


def _held_by_running_system(dev: str) -> list[str]:
    """Mount points of the device or its partitions (the root filesystem included)."""
    held = []
    parts = {dev, *(p.name for p in (SYS_BLOCK / dev).glob(f"{dev}*"))}
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        fields = line.split()
        source = fields[fields.index("-") + 2] if "-" in fields else ""
        if source.startswith("/dev/") and Path(source).resolve().name in parts:
            held.append(fields[4])
    swaps = Path("/proc/swaps").read_text().splitlines()[1:]
    held += [f"swap {s.split()[0]}" for s in swaps if Path(s.split()[0]).name in parts]
    return held


def check_device(device: str) -> dict[str, str]:
    """Refuse anything that is not a removable, unused whole disk; describe it."""
    path = Path(device)
    if not path.exists() or not path.is_block_device():
        raise proc.BuildError(f"{device} is not a block device")
    dev = path.resolve().name
    if not (SYS_BLOCK / dev).exists():
        raise proc.BuildError(f"{device} is a partition; give the whole disk (e.g. /dev/sdX)")
    removable = _attr(dev, "removable") == "1"
    transport = proc.output(["lsblk", "-dno", "TRAN", f"/dev/{dev}"], check=False).strip()
    if not removable and transport not in ("usb", "mmc"):
        raise proc.BuildError(f"/dev/{dev} is not removable (transport {transport or 'unknown'}): refusing")
    if held := _held_by_running_system(dev):
        raise proc.BuildError(f"/dev/{dev} is in use ({', '.join(held)}): unmount it first")
    size = int(_attr(dev, "size")) * 512
    return {"device": f"/dev/{dev}", "model": _attr(dev, "device/model"),
            "vendor": _attr(dev, "device/vendor"), "serial": _attr(dev, "device/serial", "serial"),
            "size": f"{size / 1e9:.1f} GB", "size_bytes": str(size), "transport": transport}


def verify(image_bmap: Path, device: str) -> None:
    """Read every mapped range back from the device and compare its sha256 with the bmap."""
    root = ET.parse(image_bmap).getroot()
    block = int(root.findtext("BlockSize", "4096"))
    with open(device, "rb", buffering=0) as f:
        for r in root.iter("Range"):
            first, _, last = (r.text or "").strip().partition("-")
            start, end = int(first), int(last or first)
            h = hashlib.sha256()
            f.seek(start * block)
            remaining = (end - start + 1) * block
            while remaining:
                chunk = f.read(min(remaining, 1 << 22))
                if not chunk:
                    raise proc.BuildError(f"{device} ended before block {end}")
                h.update(chunk)
                remaining -= len(chunk)
            if h.hexdigest() != r.get("chksum"):
                raise proc.BuildError(f"read-back mismatch in blocks {start}-{end} on {device}")


def flash(cfg: BuildConfig, device: str, *, assume_yes: bool) -> int:
    if cfg.profile.output != "disk":
        raise proc.BuildError(f"{cfg.profile.name} is a root filesystem: see docs/jetson.md")
    proc.require("bmaptool", "lsblk")
    manifest = json.loads((cfg.out_dir / "manifest.json").read_text())
    image = cfg.out_dir / manifest["image"]["file"]
    bmap = image.with_suffix(".bmap")
    info = check_device(device)
    if int(info["size_bytes"]) < manifest["image"]["size"]:
        raise proc.BuildError(f"{info['device']} ({info['size']}) is smaller than the image")
    print(f"About to overwrite {info['device']}: {info['vendor']} {info['model']}, "
          f"{info['size']}, serial {info['serial']}, via {info['transport'] or '?'}")
    print(f"with {image.name} ({manifest['image']['size'] / 1e9:.1f} GB, sha256 "
          f"{manifest['image']['sha256'][:16]}...)")
    if not assume_yes:
        if not sys.stdin.isatty():
            raise proc.BuildError("not a terminal: pass --yes (YES=1 for make flash) to confirm")
        if input("Type 'yes' to continue: ").strip() != "yes":
            print("aborted")
            return 1
    proc.run(["bmaptool", "copy", "--bmap", bmap, image, info["device"]])
    os.sync()
    print("verifying by reading the device back ...")
    # Drop cached pages so the comparison reads the medium, not memory.
    with open(info["device"], "rb") as f:
        os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    verify(bmap, info["device"])
    print(f"{info['device']}: written and verified")
    return 0
