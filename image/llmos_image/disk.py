"""GPT disk assembly without mounts: ESP via mtools, ext4 via mkfs.ext4 -d, sfdisk, sparse copy."""
from __future__ import annotations

import logging
import os
import shutil
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from . import proc
from .config import BuildConfig

log = logging.getLogger("llmos_image")

MIB = 1 << 20
ESP_TYPE = "c12a7328-f81f-11d2-ba4b-00a0c93ec93b"
DATA_TYPE = "0fc63daf-8483-4772-8e79-3d69d8477de4"  # Linux filesystem data
NO_AUTO = "GUID:63"  # slot B: systemd-gpt-auto-generator must not pick it


@dataclass(frozen=True)
class Partition:
    name: str
    type: str
    uuid: str
    start_mib: int
    size_mib: int
    fs_uuid: str = ""
    attrs: str = ""


def stable_uuid(cfg: BuildConfig, what: str) -> str:
    """Deterministic identifiers: the same inputs give the same bytes."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"llmos:{cfg.profile.name}:{what}"))


def layout(cfg: BuildConfig) -> list[Partition]:
    d = cfg.profile.disk
    parts: list[Partition] = []
    pos = 1  # first MiB: protective MBR + GPT
    def add(name: str, type_: str, size: int, attrs: str = "") -> None:
        nonlocal pos
        parts.append(Partition(name, type_, stable_uuid(cfg, f"part-{name}"), pos, size,
                               stable_uuid(cfg, f"fs-{name}"), attrs))
        pos += size
    if d.esp_mib:
        add("esp", ESP_TYPE, d.esp_mib)
    add("root-a", cfg.profile.root_type, d.root_mib)
    for slot in "bcd"[: max(0, d.root_slots - 1)]:
        add(f"root-{slot}", cfg.profile.root_type, d.root_mib, NO_AUTO)
    add("data", DATA_TYPE, d.data_mib)
    return parts


def partlabel(p: Partition) -> str:
    return f"llmos-{p.name}"


def fstab(parts: list[Partition]) -> str:
    lines = ["# <fs>  <mountpoint>  <type>  <options>  <dump>  <pass>",
             "/dev/root  /  ext4  defaults,noatime,errors=remount-ro  0  1"]
    for p in parts:
        if p.name == "esp":
            lines.append(f"PARTLABEL={partlabel(p)}  /boot/efi  vfat  "
                         "umask=0077,noatime,nofail  0  2")
        elif p.name == "data":
            lines.append(f"PARTLABEL={partlabel(p)}  /var/lib/llmos  ext4  "
                         "defaults,noatime,nodev,nosuid,x-systemd.growfs  0  2")
    return "\n".join(lines) + "\n"


def mkfs_ext4(cfg: BuildConfig, image: Path, src: Path, part: Partition, label: str) -> None:
    image.unlink(missing_ok=True)
    proc.run(["mkfs.ext4", "-q", "-F", "-L", label, "-U", part.fs_uuid,
              "-E", f"hash_seed={part.fs_uuid},root_owner=0:0", "-b", "4096",
              "-d", src, image, f"{part.size_mib}M"],
             env={"E2FSPROGS_FAKE_TIME": str(cfg.source_date_epoch)}, capture=True)


def mkfs_esp(cfg: BuildConfig, image: Path, staging: Path, part: Partition) -> None:
    """FAT32 EFI system partition filled with mtools (the host cannot mount vfat)."""
    image.unlink(missing_ok=True)
    volid = part.fs_uuid.replace("-", "")[:8]
    proc.run(["mkfs.vfat", "-F", "32", "-n", "LLMOS-ESP", "-i", volid, "--invariant",
              "-C", image, str(part.size_mib * 1024)], capture=True)
    # mtools stamps new directories with SOURCE_DATE_EPOCH; -m keeps the files' (clamped) times.
    env = {"MTOOLS_SKIP_CHECK": "1", "SOURCE_DATE_EPOCH": str(cfg.source_date_epoch)}
    for d in sorted(p for p in staging.rglob("*") if p.is_dir()):
        proc.run(["mmd", "-i", image, f"::/{d.relative_to(staging)}"], quiet=True, env=env)
    for f in sorted(p for p in staging.rglob("*") if p.is_file()):
        proc.run(["mcopy", "-m", "-i", image, f, f"::/{f.relative_to(staging)}"], quiet=True, env=env)


def stage_esp(cfg: BuildConfig, root: Path, staging: Path, parts: list[Partition]) -> dict[str, str]:
    """systemd-boot + kernel + initrd (Boot Loader Specification type #1 entries)."""
    kernels = sorted((root / "boot").glob("vmlinuz-*"))
    initrds = sorted((root / "boot").glob("initrd.img-*"))
    if not kernels or not initrds:
        raise proc.BuildError(f"no kernel/initrd in {root}/boot: is {cfg.profile.kernel!r} installed?")
    kver = kernels[-1].name.removeprefix("vmlinuz-")
    boot_efi = root / "usr/lib/systemd/boot/efi/systemd-bootx64.efi"
    if not boot_efi.exists():
        proc.require("/usr/lib/systemd/boot/efi/systemd-bootx64.efi")
        boot_efi = Path("/usr/lib/systemd/boot/efi/systemd-bootx64.efi")
    root_a = next(p for p in parts if p.name == "root-a")
    (staging / "EFI/BOOT").mkdir(parents=True)
    (staging / "EFI/systemd").mkdir(parents=True)
    (staging / "loader/entries").mkdir(parents=True)
    (staging / "llmos/a").mkdir(parents=True)
    (staging / "llmos/provision").mkdir(parents=True)
    shutil.copy(boot_efi, staging / "EFI/BOOT/BOOTX64.EFI")
    shutil.copy(boot_efi, staging / "EFI/systemd/systemd-bootx64.efi")
    shutil.copy(kernels[-1], staging / "llmos/a/vmlinuz")
    shutil.copy(initrds[-1], staging / "llmos/a/initrd.img")
    (staging / "loader/loader.conf").write_text("default llmos-a.conf\ntimeout 0\neditor no\n")
    cmdline = f"root=PARTUUID={root_a.uuid} rw {cfg.profile.kernel_cmdline}".strip()
    (staging / "loader/entries/llmos-a.conf").write_text(
        f"title llmos (slot A)\nversion {kver}\nlinux /llmos/a/vmlinuz\n"
        f"initrd /llmos/a/initrd.img\noptions {cmdline}\n")
    (staging / "llmos/provision/README.txt").write_text(
        "Put device.crt, device.key and client-ca.crt (and ca.crt) here to provision this\n"
        "device's identity on its next boot. See docs/image.md.\n")
    for p in staging.rglob("*"):
        os.utime(p, (cfg.source_date_epoch, cfg.source_date_epoch), follow_symlinks=False)
    return {"kernel": kver, "cmdline": cmdline}


def copy_sparse(src: Path, dst: Path, offset: int) -> None:
    """Write src into dst at offset, skipping all-zero blocks so the image stays sparse."""
    block = MIB
    zero = bytes(block)
    with src.open("rb") as fi, dst.open("r+b") as fo:
        pos = offset
        while chunk := fi.read(block):
            if chunk != zero[: len(chunk)]:
                fo.seek(pos)
                fo.write(chunk)
            pos += len(chunk)


def assemble(cfg: BuildConfig, image: Path, parts: list[Partition], fs_images: dict[str, Path]) -> None:
    total_mib = parts[-1].start_mib + parts[-1].size_mib + 1  # backup GPT
    image.unlink(missing_ok=True)
    with image.open("wb") as f:
        f.truncate(total_mib * MIB)
    script = [
        "label: gpt",
        f"label-id: {stable_uuid(cfg, 'disk')}",
        "unit: sectors",
        "sector-size: 512",
    ]
    for p in parts:
        line = (f"start={p.start_mib * 2048}, size={p.size_mib * 2048}, type={p.type}, "
                f"uuid={p.uuid}, name=\"{partlabel(p)}\"")
        if p.attrs:
            line += f", attrs=\"{p.attrs}\""
        script.append(line)
    proc.run(["sfdisk", "--quiet", "--no-reread", "--no-tell-kernel", image],
             input=("\n".join(script) + "\n").encode(), capture=True)
    for p in parts:
        if p.name in fs_images:
            copy_sparse(fs_images[p.name], image, p.start_mib * MIB)


def describe(parts: list[Partition]) -> list[dict[str, object]]:
    return [{**asdict(p), "label": partlabel(p)} for p in parts]
