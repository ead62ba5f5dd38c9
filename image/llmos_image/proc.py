"""The one place that runs other programs: logging, clear errors, host tool checks."""
from __future__ import annotations

import logging
import os
import shlex
import shutil
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

log = logging.getLogger("llmos_image")

# Host tool -> Debian package that provides it.
HOST_TOOLS: dict[str, str] = {
    "mmdebstrap": "mmdebstrap",
    "mkfs.ext4": "e2fsprogs",
    "mkfs.vfat": "dosfstools",
    "mcopy": "mtools",
    "mmd": "mtools",
    "mtype": "mtools",
    "lsblk": "util-linux",
    "update-binfmts": "binfmt-support",
    "arch-test": "arch-test",  # mmdebstrap's check that a foreign architecture can run
    "sfdisk": "fdisk",
    "zstd": "zstd",
    "bmaptool": "bmap-tools",
    "qemu-system-x86_64": "qemu-system-x86",
    "qemu-system-aarch64": "qemu-system-arm",
    "qemu-img": "qemu-utils",
    "dpkg-deb": "dpkg",
    "systemctl": "systemd",
    "cpio": "cpio",
    "depmod": "kmod",
    "grub-mkimage": "grub-common",
    "rauc": "rauc",
    "mksquashfs": "squashfs-tools",
    "debugfs": "e2fsprogs",
    "openssl": "openssl",
}
# Files that come from packages rather than being programs on PATH.
HOST_FILES: dict[str, str] = {
    "/usr/lib/systemd/boot/efi/systemd-bootx64.efi": "systemd-boot-efi",
    "/usr/share/OVMF/OVMF_CODE_4M.fd": "ovmf",
    "/usr/share/AAVMF/AAVMF_CODE.fd": "qemu-efi-aarch64",
    "/usr/bin/qemu-aarch64-static": "qemu-user-static",
}


class BuildError(RuntimeError):
    """A failure with a message meant for the person running the build."""


def _ensure_packages(packages: list[str]) -> None:
    """Install missing Debian packages when root, else say which to install."""
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log.info("installing host packages: %s", " ".join(packages))
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        return
    raise BuildError("missing host tools; install them with: "
                     f"sudo apt-get install {' '.join(sorted(set(packages)))}")


def require(*tools: str) -> None:
    """Make sure host programs (or packaged files) exist, installing them as root."""
    missing: list[str] = []
    for tool in tools:
        if tool.startswith("/"):
            if not Path(tool).exists():
                missing.append(HOST_FILES[tool])
        elif shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            missing.append(HOST_TOOLS.get(tool, tool))
    if missing:
        _ensure_packages(sorted(set(missing)))


def which(tool: str) -> str:
    path = shutil.which(tool) or (f"/usr/sbin/{tool}" if Path("/usr/sbin", tool).exists() else None)
    if path is None:
        require(tool)
        path = shutil.which(tool) or f"/usr/sbin/{tool}"
    return path


def run(argv: Sequence[str | os.PathLike[str]], *, env: Mapping[str, str] | None = None,
        cwd: Path | None = None, capture: bool = False, check: bool = True,
        input: bytes | None = None, quiet: bool = False,
        timeout: float | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run a program; raise BuildError with its output tail when it fails.

    With a timeout, a program still running then is killed and subprocess.TimeoutExpired raised.
    """
    args = [os.fspath(a) for a in argv]
    args[0] = which(args[0]) if "/" not in args[0] else args[0]
    full_env = dict(os.environ)
    full_env.update(env or {})
    (log.debug if quiet else log.info)("$ %s", shlex.join(args))
    t0 = time.monotonic()
    proc = subprocess.run(args, env=full_env, cwd=cwd, input=input,
                          stdout=subprocess.PIPE if capture else None,
                          stderr=subprocess.PIPE if capture else None, timeout=timeout,
                          check=False)  # checked below, with the tail of its output
    log.debug("  took %.1fs", time.monotonic() - t0)
    if check and proc.returncode != 0:
        tail = (proc.stderr or b"").decode(errors="replace")[-2000:] if capture else ""
        raise BuildError(f"{Path(args[0]).name} failed with exit code {proc.returncode}"
                         + (f":\n{tail}" if tail else ""))
    return proc


def output(argv: Sequence[str | os.PathLike[str]], **kw: object) -> str:
    return run(argv, capture=True, quiet=True, **kw).stdout.decode()  # type: ignore[arg-type]


def popen(argv: Sequence[str | os.PathLike[str]], **kw: object) -> subprocess.Popen[bytes]:
    """Start a long-running program (QEMU); the caller owns its lifetime."""
    args = [os.fspath(a) for a in argv]
    args[0] = which(args[0]) if "/" not in args[0] else args[0]
    log.info("$ %s &", shlex.join(args))
    process: subprocess.Popen[bytes] = subprocess.Popen(args, **kw)  # type: ignore[call-overload]
    return process
