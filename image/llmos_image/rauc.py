"""A/B OS updates with RAUC: the device's system.conf and keyring, and signed update bundles.

The image carries RAUC's view of the disk (slots A/B by partition label, the update CA as its
keyring) and of the boot loader: GRUB on the x86 disk images, and on Jetson (a root file
system for L4T's flasher) the custom backend over L4T's `nvbootctrl`, since L4T's UEFI picks
the root slot itself. `make update-bundle` turns a built image's root slot (or the jetson-orin
root file system) into a signed verity bundle. See docs/updates.md ("OS updates").
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import time
from pathlib import Path
from typing import Any

from . import proc
from .cache import Cache, digest, file_sha256, record
from .config import REPO, BuildConfig
from .disk import (
    GRUB_PREFIX,
    MIB,
    Partition,
    mkfs_ext4,
    partlabel,
    root_slots,
    slot_bootname,
    stable_uuid,
)

log = logging.getLogger("llmos_image")

CA_SCRIPT = REPO / "scripts" / "make-dev-os-update-ca"
# Where RAUC keeps its status (versions, hashes, install times of each slot): the data
# partition, so both slots see the same history.
DATA_DIRECTORY = "/var/lib/llmos/rauc"
VERSION_FILE = "etc/llmos/os-version"


# L4T's A/B root partitions (flash layouts with ROOTFS_AB=1) by GPT label, and the boot names
# the backend maps to nvbootctrl's slot numbers (A = 0, B = 1).
L4T_SLOTS = (("APP", "A"), ("APP_b", "B"))
# RAUC's custom boot backend on Jetson (image/overlay/jetson): RAUC's calls -> nvbootctrl.
NVBOOTCTRL_BACKEND = "/usr/lib/llmos/rauc-nvbootctrl"


def enabled(cfg: BuildConfig) -> bool:
    """RAUC comes with the profiles that install it and have two root slots to switch: the A/B
    disk profiles (two root slots and an ESP for GRUB) and the root file systems for a board
    whose own flasher makes the A/B partitions (Jetson L4T: APP and APP_b, nvbootctrl)."""
    p = cfg.profile
    if "rauc" not in p.packages:
        return False
    if p.output == "rootfs":
        return True
    return p.disk.root_slots >= 2 and p.disk.esp_mib > 0


def bootloader(cfg: BuildConfig) -> str:
    """RAUC's boot backend: GRUB on our own disk images; `custom` (nvbootctrl) where the board's
    firmware chooses the root slot (L4T's UEFI keeps its own slot table and retry counter)."""
    return "custom" if cfg.profile.output == "rootfs" else "grub"


def compatible(cfg: BuildConfig) -> str:
    """RAUC refuses a bundle made for another compatible: one per profile."""
    return f"llmos-{cfg.profile.name}"


def ca_dir(cfg: BuildConfig) -> Path:
    """The update CA: LLMOS_OS_UPDATE_CA (a directory with ca.crt, and signing.crt/.key to
    sign bundles), else the development CA, made once in the cache directory so every clone
    on this machine builds the same image and can sign bundles it accepts."""
    if env := os.environ.get("LLMOS_OS_UPDATE_CA"):
        d = Path(env)
        if not (d / "ca.crt").is_file():
            raise proc.BuildError(f"LLMOS_OS_UPDATE_CA={d}: no ca.crt there")
        return d
    d = cfg.cache_dir / "keys" / "dev-os-update-ca"
    if not (d / "ca.crt").is_file():
        proc.require("openssl")
        proc.run([CA_SCRIPT, d], capture=True)
    return d


def keyring_digest(cfg: BuildConfig) -> str:
    return file_sha256(ca_dir(cfg) / "ca.crt")[:16] if enabled(cfg) else "none"


def system_conf(cfg: BuildConfig, parts: list[Partition]) -> str:
    """RAUC's system.conf: the disk profiles' slots come from `parts` (our own GPT layout); a
    root file system profile's from L4T_SLOTS (the board's layout; `parts` is empty)."""
    custom = bootloader(cfg) == "custom"
    lines = [
        "# RAUC: A/B root slots, " + ("L4T's UEFI through nvbootctrl" if custom else
                                      "GRUB with boot counting")
        + " (image/llmos_image/rauc.py, docs/updates.md)",
        "[system]",
        f"compatible={compatible(cfg)}",
        f"bootloader={bootloader(cfg)}",
        *([] if custom else [f"grubenv=/boot/efi{GRUB_PREFIX}/grubenv"]),
        f"data-directory={DATA_DIRECTORY}",
        # Only signed verity bundles: dm-verity checks every block read from the bundle.
        "bundle-formats=-plain",
        "",
        *(["[handlers]", f"bootloader-custom-backend={NVBOOTCTRL_BACKEND}", ""] if custom else []),
        "[keyring]",
        "path=/etc/rauc/keyring.pem",
        "",
    ]
    slots = (L4T_SLOTS if custom else
             [(partlabel(p), slot_bootname(p)) for p in root_slots(parts)])
    for i, (label, bootname) in enumerate(slots):
        lines += [f"[slot.rootfs.{i}]", f"device=/dev/disk/by-partlabel/{label}",
                  "type=ext4", f"bootname={bootname}", ""]
    return "\n".join(lines)


def install(cfg: BuildConfig, root: Path, parts: list[Partition], version: str) -> None:
    """system.conf, the keyring and the image's version into the root tree."""
    etc = root / "etc/rauc"
    etc.mkdir(parents=True, exist_ok=True)
    (etc / "system.conf").write_text(system_conf(cfg, parts))
    shutil.copy(ca_dir(cfg) / "ca.crt", etc / "keyring.pem")
    (root / VERSION_FILE).parent.mkdir(parents=True, exist_ok=True)
    (root / VERSION_FILE).write_text(version + "\n")


# -- bundles ------------------------------------------------------------------------------


def _slot_image(cfg: BuildConfig, manifest: dict[str, Any], fs: Path) -> None:
    """The bundle's ext4: the disk image's root-a partition as it is, or for a root file system
    profile an ext4 of the built tree (mkfs.ext4 -d, no mounts) the size of the profile's root."""
    if cfg.profile.output == "rootfs":
        size = cfg.profile.disk.root_mib
        part = Partition("root", cfg.profile.root_type, stable_uuid(cfg, "part-root"), 0, size,
                         stable_uuid(cfg, "fs-root"))
        mkfs_ext4(cfg, fs, cfg.out_dir / manifest["rootfs"]["directory"], part, "llmos-root")
    else:
        image = cfg.out_dir / manifest["image"]["file"]
        _extract(image, _root_a(manifest), fs)


def _built_sha256(manifest: dict[str, Any]) -> str:
    """What the bundle is made of: the disk image, or the root file system's tarball."""
    return str((manifest.get("image") or manifest["rootfs"])["sha256"])


def _root_a(manifest: dict[str, object]) -> dict[str, int]:
    for p in manifest.get("partitions", []):  # type: ignore[attr-defined]
        if p["name"] == "root-a":
            return {"start_mib": int(p["start_mib"]), "size_mib": int(p["size_mib"])}
    raise proc.BuildError("the image has no root-a partition")


def _extract(image: Path, part: dict[str, int], dest: Path) -> None:
    proc.run(["dd", f"if={image}", f"of={dest}", "bs=1M", f"skip={part['start_mib']}",
              f"count={part['size_mib']}", "conv=sparse", "status=none"])


def _put(fs: Path, dest: str, src: Path) -> None:
    """Replace one file in an ext4 image without mounting it (debugfs)."""
    proc.run(["debugfs", "-w", "-R", f"rm /{dest}", fs], capture=True, check=False)
    proc.run(["debugfs", "-w", "-R", f"write {src} /{dest}", fs], capture=True)


def build_bundle(cfg: BuildConfig, version: str, out: Path, *,
                 files: dict[str, Path] | None = None, signing: Path | None = None) -> Path:
    """A signed verity bundle of the built image's root slot (or root file system), as
    `version`; `files` replaces files in it (path in the root -> local file). Cached by all of
    its inputs. Returns the bundle's path (out/<profile>/bundles/…), with its sha256 beside it
    (….raucb.sha256)."""
    files = files or {}
    if not enabled(cfg):
        raise proc.BuildError(f"profile {cfg.profile.name} has no A/B root slots (no RAUC bundles)")
    manifest = json.loads((cfg.out_dir / "manifest.json").read_text())
    sign = signing or ca_dir(cfg)
    for f in ("signing.crt", "signing.key"):
        if not (sign / f).is_file():
            raise proc.BuildError(f"{sign}: no {f} to sign the bundle with")
    proc.require("rauc", "mksquashfs", "debugfs", "mkfs.ext4")
    key = digest("bundle-v1", _built_sha256(manifest), version, compatible(cfg),
                 sorted((d, file_sha256(s)) for d, s in files.items()),
                 file_sha256(sign / "signing.crt"), tree_code())
    name = f"llmos-{cfg.profile.name}-{version}.raucb"
    cache = Cache(cfg.cache_dir)
    cached = cache.path("bundles", f"{cfg.profile.name}-{key}")
    if not (cached / name).is_file():
        t0 = time.monotonic()
        tmp = cache.path("bundles", f"tmp-{os.getpid()}-{key}")
        shutil.rmtree(tmp, ignore_errors=True)
        content = tmp / "content"
        content.mkdir(parents=True)
        try:
            fs = content / "rootfs.ext4"
            _slot_image(cfg, manifest, fs)
            vfile = tmp / "os-version"
            vfile.write_text(version + "\n")
            for dest, src in {VERSION_FILE: vfile, **files}.items():
                _put(fs, dest.lstrip("/"), src)
            proc.run(["e2fsck", "-fy", fs], capture=True, check=False)
            (content / "manifest.raucm").write_text(
                bundle_manifest(cfg, version, manifest["key"]))
            proc.run(["rauc", "bundle", f"--cert={sign / 'signing.crt'}",
                      f"--key={sign / 'signing.key'}",
                      "--mksquashfs-args=-comp zstd -Xcompression-level 3",
                      content, tmp / name], capture=True)
            (tmp / "content").rename(tmp / "discard")
            shutil.rmtree(tmp / "discard")
            cache.publish(tmp, cached)
            record(cached, time.monotonic() - t0)
            cache.prune("bundles", keep=6)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    target = out / name
    proc.run(["cp", "--reflink=auto", cached / name, target], quiet=True)
    # What sha256sum prints: `llmosctl os install URL` reads it from URL.sha256 when it is not
    # given --sha256 (docs/updates.md, "Installing from a URL").
    target.with_name(name + ".sha256").write_text(f"{file_sha256(target)}  {name}\n")
    log.info("bundle %s (%d MiB)", target, target.stat().st_size // MIB)
    return target


def bundle_manifest(cfg: BuildConfig, version: str, build: str) -> str:
    """The bundle's manifest.raucm: RAUC installs it only where system.conf's compatible is the
    same string (one per profile), and the one image goes to the slot class rootfs."""
    return (f"[update]\ncompatible={compatible(cfg)}\nversion={version}\nbuild={build}\n\n"
            "[bundle]\nformat=verity\n\n[image.rootfs]\nfilename=rootfs.ext4\n")


def tree_code() -> str:
    from .cache import tree_digest
    return tree_digest(Path(__file__))
