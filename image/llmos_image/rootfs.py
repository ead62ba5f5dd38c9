"""The Debian root filesystem: mmdebstrap once per package set (cached), then host-side setup."""
from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

from . import proc
from .cache import Cache, digest, file_sha256, record, tree_digest
from .config import OVERLAY_DIR, BuildConfig

log = logging.getLogger("llmos_image")

# Keep documentation and translations out of the appliance; licences stay.
DPKG_OPTS = [
    "path-exclude=/usr/share/doc/*",
    "path-include=/usr/share/doc/*/copyright",
    "path-exclude=/usr/share/man/*",
    "path-exclude=/usr/share/info/*",
    "path-exclude=/usr/share/locale/*",
    "path-include=/usr/share/locale/locale.alias",
]
HOST_SOURCES = [Path("/etc/apt/sources.list.d/debian.sources"), Path("/etc/apt/sources.list")]


def _host_sources() -> str:
    """The host's configured Debian sources (the default mirror), as a file mmdebstrap reads."""
    for p in HOST_SOURCES:
        if p.is_file() and p.stat().st_size > 0 and "debian" in p.read_text():
            return str(p)
    return "-"  # let mmdebstrap pick its default


def _host_apt_options() -> list[str]:
    """Forward the host's Acquire::* settings (proxies, snapshot validity) to mmdebstrap."""
    out = proc.output(["apt-config", "dump"])
    opts = []
    for line in out.splitlines():
        key, _, value = line.partition(" ")
        if key.startswith(("Acquire::http::Proxy", "Acquire::https::Proxy",
                           "Acquire::Check-Valid-Until", "Acquire::Check-Date")):
            opts.append(f"{key} {value}")
    return opts


def _ensure_binfmt(arch: str) -> None:
    if arch == os.uname().machine or (arch == "amd64" and os.uname().machine == "x86_64"):
        return
    proc.require("/usr/bin/qemu-aarch64-static", "update-binfmts", "arch-test")
    mnt = Path("/proc/sys/fs/binfmt_misc")
    if not (mnt / "status").exists():
        proc.run(["mount", "-t", "binfmt_misc", "binfmt_misc", str(mnt)])
    if not (mnt / "qemu-aarch64").exists():
        proc.run(["update-binfmts", "--enable", "qemu-aarch64"])


def base_key(cfg: BuildConfig) -> str:
    p = cfg.profile
    sources = cfg.mirror or _host_sources()
    src_hash = file_sha256(Path(sources)) if Path(sources).is_file() else sources
    return digest("base-v1", p.arch, p.suite, sorted(p.packages), p.kernel, src_hash, DPKG_OPTS)


def base_tarball(cfg: BuildConfig, cache: Cache) -> tuple[Path, bool]:
    """The cached mmdebstrap tarball for this profile's package set: (path, was_cached)."""
    key = base_key(cfg)
    final = cache.path("base", f"{cfg.profile.arch}-{key}.tar")
    if final.exists():
        log.info("base root filesystem: cached %s", final.name)
        return final, True
    proc.require("mmdebstrap")
    _ensure_binfmt(cfg.profile.arch)
    p = cfg.profile
    pkgs = list(p.packages) + ([p.kernel] if p.kernel else [])
    tmp = final.with_name(f"tmp-{os.getpid()}-{final.name}")
    tmp.parent.mkdir(parents=True, exist_ok=True)
    argv = ["mmdebstrap", "--variant=minbase", f"--arch={p.arch}", f"--include={','.join(pkgs)}",
            *(f"--dpkgopt={o}" for o in DPKG_OPTS),
            *(f"--aptopt={o}" for o in _host_apt_options()),
            # Small, fast initrd: zstd; the generic module set so it boots any PC.
            "--setup-hook=mkdir -p \"$1/etc/initramfs-tools/conf.d\" && "
            "printf 'COMPRESS=zstd\\nMODULES=most\\n' > \"$1/etc/initramfs-tools/conf.d/llmos.conf\"",
            p.suite, str(tmp), cfg.mirror or _host_sources()]
    log.info("building the base root filesystem (%s, %d packages); cached afterwards", p.arch, len(pkgs))
    t0 = time.monotonic()
    try:
        proc.run(argv, env={"SOURCE_DATE_EPOCH": str(cfg.source_date_epoch)})
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    record(final, time.monotonic() - t0)
    cache.publish(tmp, final)
    cache.prune("base", keep=4)
    return final, False


def extract(tarball: Path, root: Path) -> None:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    proc.run(["tar", "-C", root, "--numeric-owner", "--xattrs", "--xattrs-include=*", "-xpf", tarball])


def overlay_digest(cfg: BuildConfig) -> str:
    return tree_digest(*(OVERLAY_DIR / o for o in cfg.profile.overlays))


def apply_overlays(cfg: BuildConfig, root: Path) -> None:
    for name in cfg.profile.overlays:
        src = OVERLAY_DIR / name
        if not src.is_dir():
            continue
        # cp keeps modes and symlinks; files are owned by root in the image.
        proc.run(["cp", "-a", "--no-preserve=ownership", f"{src}/.", str(root)], quiet=True)


def _lock_root(root: Path) -> None:
    shadow = root / "etc/shadow"
    lines = shadow.read_text().splitlines()
    out = []
    for line in lines:
        f = line.split(":")
        if f[0] == "root":
            f[1] = "!*"  # locked, no password: nobody logs in as root
        out.append(":".join(f))
    shadow.write_text("\n".join(out) + "\n")


def configure(cfg: BuildConfig, root: Path, *, with_agent: bool) -> None:
    """Settings that are not plain files in the overlay (enablement, identity of the tree)."""
    (root / "etc/hostname").write_text("llmos\n")
    (root / "etc/hosts").write_text("127.0.0.1\tlocalhost\n127.0.1.1\tllmos\n::1\tlocalhost ip6-localhost\n")
    # Empty machine-id: generated on first boot. No firstboot prompts (masked below).
    (root / "etc/machine-id").write_text("")
    dbus_id = root / "var/lib/dbus/machine-id"
    if dbus_id.exists() or dbus_id.is_symlink():
        dbus_id.unlink()
        dbus_id.symlink_to("/etc/machine-id")
    _lock_root(root)
    resolv = root / "etc/resolv.conf"
    resolv.unlink(missing_ok=True)
    resolv.symlink_to("../run/systemd/resolve/stub-resolv.conf")
    (root / "var/log/journal").mkdir(parents=True, exist_ok=True)
    (root / "var/lib/llmos").mkdir(parents=True, exist_ok=True)
    (root / "media/llmos").mkdir(parents=True, exist_ok=True)
    (root / "boot/efi").mkdir(parents=True, exist_ok=True)

    # System users from sysusers.d (the agent's llmos), now, so the udev rules and polkit's
    # rule that name them hold from the first boot on.
    proc.run(["systemd-sysusers", f"--root={root}"], capture=True)
    enable = ["systemd-networkd.service", "systemd-resolved.service", "systemd-timesyncd.service",
              "llmos-test-shell.service"]
    mask = ["systemd-firstboot.service", "apt-daily.timer", "apt-daily-upgrade.timer",
            "e2scrub_reap.service", "e2scrub_all.timer"]
    if with_agent:
        enable += ["llmos-identity.service", "llmos-agent.service"]
        if (root / "usr/lib/systemd/system/llmos-boot-trial.service").exists():
            enable.append("llmos-boot-trial.service")  # A/B profiles (rauc overlay)
        if (root / "usr/lib/systemd/system/llmos-data-seed.service").exists():
            enable.append("llmos-data-seed.service")  # jetson: the first mount of UDA
        # The agent owns the serial console; no login prompt competes for it.
        mask += ["serial-getty@ttyS0.service", "serial-getty@ttyAMA0.service"]
    # hvc0 is only for the test shell: no login prompt there (the getty generator adds one
    # when hvc0 exists early, as with virtio_console built into the initrd).
    mask += ["serial-getty@hvc0.service"]
    proc.run(["systemctl", f"--root={root}", "enable", *enable], capture=True)
    proc.run(["systemctl", f"--root={root}", "mask", *mask], capture=True)
    if not with_agent:
        for unit in ("llmos-agent.service", "llmos-identity.service", "llmos-boot-trial.service",
                     "llmos-data-seed.service"):
            (root / "usr/lib/systemd/system" / unit).unlink(missing_ok=True)


def clamp_mtimes(root: Path, epoch: int) -> None:
    """SOURCE_DATE_EPOCH: no file in the image is newer than the sources."""
    proc.run(["find", root, "-newermt", f"@{epoch}", "-exec", "touch", "--no-dereference",
              "--date", f"@{epoch}", "{}", "+"], quiet=True)


def installed_packages(root: Path) -> list[dict[str, str]]:
    out = proc.output(["dpkg-query", f"--admindir={root}/var/lib/dpkg", "-W",
                       "-f", "${Package}\t${Version}\t${Architecture}\n"])
    pkgs = []
    for line in sorted(out.splitlines()):
        name, version, arch = line.split("\t")
        pkgs.append({"name": name, "version": version, "arch": arch})
    return pkgs

