"""Boot an arm64 root filesystem (the Jetson profile) on qemu-system-aarch64 -M virt.

A Jetson brings its own kernel (L4T), so the root filesystem has none. For tests it boots with
Debian's arm64 kernel, unpacked (not installed: no emulated maintainer scripts) with
`mmdebstrap --variant=extract`, and a tiny busybox initrd made here that loads just the
modules needed to mount a virtio disk. The kernel's modules are copied into a throwaway
copy of the root filesystem.
"""
from __future__ import annotations

import logging
import lzma
import os
import shutil
from pathlib import Path

from . import proc
from .cache import Cache, digest, file_sha256
from .config import BuildConfig
from .rootfs import _ensure_binfmt, _host_apt_options, _host_sources

log = logging.getLogger("llmos_image")

ROOT_MODULES = ("virtio_pci", "virtio_blk", "crc32c_generic",
                "libcrc32c", "ext4")
INIT = """#!/bin/busybox sh
/bin/busybox --install -s /bin
mkdir -p /proc /sys /dev /newroot
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
for m in $(cat /modules); do insmod "/lib/$m" 2>/dev/null; done
root=/dev/vda
for arg in $(cat /proc/cmdline); do case "$arg" in root=*) root="${arg#root=}";; esac; done
i=0
while [ ! -b "$root" ] && [ $i -lt 150 ]; do sleep 0.2; i=$((i+1)); done
mount -o rw "$root" /newroot || { echo "llmos initrd: cannot mount $root"; exec sh; }
umount /proc /sys
mount --move /dev /newroot/dev
exec switch_root /newroot /sbin/init
"""


def kernel_tree(cfg: BuildConfig, cache: Cache) -> Path:
    """Debian's arm64 kernel, modules and busybox-static, unpacked and cached."""
    sources = cfg.mirror or _host_sources()
    src_hash = file_sha256(Path(sources)) if Path(sources).is_file() else sources
    key = digest("virt-kernel-v1", cfg.profile.arch, cfg.profile.suite, src_hash)
    final = cache.path("virt-kernel", f"{cfg.profile.arch}-{key}")
    if final.exists():
        return final
    proc.require("mmdebstrap")
    _ensure_binfmt(cfg.profile.arch)
    tmp = final.with_name(f"tmp-{os.getpid()}-{final.name}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    proc.run(["mmdebstrap", "--variant=extract", f"--arch={cfg.profile.arch}",
              "--include=linux-image-arm64,busybox-static",
              *(f"--aptopt={o}" for o in _host_apt_options()),
              cfg.profile.suite, tmp, sources])
    # Unpacked, not installed: make modules.dep with the host's depmod (it reads any ELF arch).
    moddir = _modules_dir(tmp)
    proc.run(["depmod", "-b", moddir.parent.parent.parent, moddir.name])
    cache.publish(tmp, final)
    return final


def _modules_dir(tree: Path) -> Path:
    for base in ("usr/lib/modules", "lib/modules"):
        dirs = sorted((tree / base).glob("*-arm64")) if (tree / base).is_dir() else []
        if dirs:
            return dirs[-1]
    raise proc.BuildError(f"no kernel modules in {tree}")


def kernel(tree: Path) -> Path:
    return sorted((tree / "boot").glob("vmlinuz-*"))[-1]


def _resolve(moddir: Path, wanted: tuple[str, ...]) -> list[str]:
    """Module paths (relative to moddir) for wanted names, dependencies first."""
    deps: dict[str, list[str]] = {}
    by_name: dict[str, str] = {}
    for line in (moddir / "modules.dep").read_text().splitlines():
        mod, _, rest = line.partition(":")
        deps[mod] = rest.split()
        name = Path(mod).name.split(".ko")[0].replace("-", "_")
        by_name[name] = mod
    order: list[str] = []

    def visit(mod: str) -> None:
        for d in deps.get(mod, []):
            visit(d)
        if mod not in order:
            order.append(mod)

    for name in wanted:
        if name in by_name:  # absent: built into the kernel
            visit(by_name[name])
    return order


def initrd(tree: Path, out: Path) -> Path:
    """A busybox initramfs that loads the virtio/ext4 modules and switches to /dev/vda."""
    proc.require("cpio")
    moddir = _modules_dir(tree)
    stage = out.with_suffix(".d")
    shutil.rmtree(stage, ignore_errors=True)
    (stage / "bin").mkdir(parents=True)
    (stage / "lib").mkdir()
    busybox = next(p for p in (tree / "bin/busybox", tree / "usr/bin/busybox") if p.exists())
    shutil.copy(busybox, stage / "bin/busybox")
    names = []
    for rel in _resolve(moddir, ROOT_MODULES):
        src = moddir / rel
        name = Path(rel).name
        if name.endswith(".xz"):
            name = name[:-3]
            (stage / "lib" / name).write_bytes(lzma.decompress(src.read_bytes()))
        else:
            shutil.copy(src, stage / "lib" / name)
        names.append(name)
    (stage / "modules").write_text("\n".join(names) + "\n")
    (stage / "init").write_text(INIT)
    (stage / "init").chmod(0o755)
    files = sorted(str(p.relative_to(stage)) for p in stage.rglob("*"))
    cpio = proc.run(["cpio", "--quiet", "-o", "-H", "newc", "--reproducible", "-R", "0:0"],
                    cwd=stage, input=("\n".join(files) + "\n").encode(), capture=True).stdout
    out.write_bytes(cpio)
    shutil.rmtree(stage)
    return out


def root_image(rootfs: Path, tree: Path, out: Path, extra: dict[str, Path] | None = None,
               size_mib: int = 3072) -> Path:
    """An ext4 image of rootfs plus the kernel's modules (and extra files, dest -> src)."""
    stage = out.with_suffix(".d")
    shutil.rmtree(stage, ignore_errors=True)
    proc.run(["cp", "-a", rootfs, stage], quiet=True)
    moddir = _modules_dir(tree)
    dest = stage / "usr/lib/modules" / moddir.name
    dest.parent.mkdir(parents=True, exist_ok=True)
    proc.run(["cp", "-a", moddir, dest], quiet=True)
    for rel, src in (extra or {}).items():
        target = stage / rel.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, target)
    out.unlink(missing_ok=True)
    proc.run(["mkfs.ext4", "-q", "-F", "-L", "llmos-root", "-d", stage, out, f"{size_mib}M"],
             capture=True)
    shutil.rmtree(stage)
    return out


def l4t_disk(root_ext4: Path, out: Path, slot_mib: int, uda_mib: int) -> Path:
    """A disk laid out as L4T's: the A/B root partitions APP (holding `root_ext4`, the booted
    root, /dev/vda1) and APP_b, and the user data partition UDA, left empty as a flash leaves it
    (the board makes its ext4 and mounts it at /var/lib/llmos)."""
    root_mib = root_ext4.stat().st_size >> 20
    size_mib = 1 + root_mib + slot_mib + uda_mib + 1
    proc.run(["truncate", "-s", f"{size_mib}M", out], quiet=True)
    script = (f"label: gpt\nstart=1MiB, size={root_mib}MiB, name=APP\n"
              f"size={slot_mib}MiB, name=APP_b\nsize={uda_mib}MiB, name=UDA\n")
    proc.run(["sfdisk", "--quiet", "--no-reread", "--no-tell-kernel", out], input=script.encode(),
             quiet=True)
    proc.run(["dd", f"if={root_ext4}", f"of={out}", "bs=1M", "seek=1", "conv=notrunc,sparse",
              "status=none"], quiet=True)
    return out
