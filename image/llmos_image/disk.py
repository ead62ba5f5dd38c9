"""GPT disk assembly without mounts: ESP via mtools, ext4 via mkfs.ext4 -d, sfdisk, sparse copy."""
from __future__ import annotations

import logging
import os
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


# L4T's user data partition: the UDA of NVIDIA's flash layouts, found by its GPT label.
L4T_DATA_LABEL = "UDA"
DATA_DIR = "/var/lib/llmos"
DATA_OPTIONS = "defaults,noatime,nodev,nosuid"
# A data partition the board's own flasher makes (L4T's UDA) may be missing or empty:
#   nofail                   the boot goes on without it (no emergency mode); only the units
#                            that RequiresMountsFor=/var/lib/llmos (identity, agent, boot
#                            trial) do not start, rather than keep state on one root slot
#   x-systemd.makefs         an empty partition gets ext4 at its first mount; systemd-makefs
#                            leaves any partition that holds a file system (or any other
#                            signature blkid knows) alone
#   x-systemd.device-timeout how long those units wait for a missing partition: 90 s,
#                            systemd's default, written out so that a changed manager default
#                            (DefaultTimeoutStartSec) does not move it. Not shorter: the virt
#                            board (tests/e2e, TCG) found UDA 20 s into its boot, and a slow
#                            coldplug must not cost the device its agent.
BOARD_DATA_OPTIONS = f"{DATA_OPTIONS},nofail,x-systemd.makefs,x-systemd.device-timeout=90s"


def fstab(parts: list[Partition], *, data_label: str = "") -> str:
    """/etc/fstab: the root, and /var/lib/llmos (identity, state, RAUC's status) on a data
    partition both root slots mount. On our own disk layout (`parts`) that is its data
    partition, grown to the disk; a root file system for a board's flasher (`parts` empty)
    names the board's data partition by its GPT label (`data_label`, L4T: UDA)."""
    lines = ["# <fs>  <mountpoint>  <type>  <options>  <dump>  <pass>",
             "/dev/root  /  ext4  defaults,noatime,errors=remount-ro  0  1"]
    for p in parts:
        if p.name == "esp":
            lines.append(f"PARTLABEL={partlabel(p)}  /boot/efi  vfat  "
                         "umask=0077,noatime,nofail  0  2")
        elif p.name == "data":
            lines.append(f"PARTLABEL={partlabel(p)}  {DATA_DIR}  ext4  "
                         f"{DATA_OPTIONS},x-systemd.growfs  0  2")
    if data_label:
        lines.append(f"PARTLABEL={data_label}  {DATA_DIR}  ext4  {BOARD_DATA_OPTIONS}  0  2")
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


# The slots' boot names (RAUC's bootname, GRUB's ORDER) in partition order.
BOOTNAMES = "ABCD"
# GRUB's EFI modules built into BOOTX64.EFI: what grub.cfg below uses, nothing else.
GRUB_MODULES = ["part_gpt", "fat", "ext2", "normal", "linux", "loadenv", "test", "regexp",
                "echo", "configfile", "efi_gop", "all_video", "reboot", "halt", "sleep", "true"]
GRUB_PREFIX = "/EFI/llmos"


def slot_bootname(part: Partition) -> str:
    """root-a -> A: the name GRUB's boot counters and RAUC's bootname use."""
    return part.name.removeprefix("root-").upper()


def root_slots(parts: list[Partition]) -> list[Partition]:
    return [p for p in parts if p.name.startswith("root-")]


def grubenv(values: dict[str, str]) -> bytes:
    """GRUB's environment block: exactly 1024 bytes, padded with '#' (grub-editenv's format).
    GRUB itself rewrites it in place on every boot (save_env), so it must stay one block."""
    body = "# GRUB Environment Block\n" + "".join(f"{k}={v}\n" for k, v in values.items())
    if len(body) > 1024:
        raise proc.BuildError("grubenv: too many variables for one block")
    return (body + "#" * (1024 - len(body))).encode()


def grub_cfg(cfg: BuildConfig, parts: list[Partition]) -> str:
    """A/B selection with boot counting, the layout RAUC's GRUB backend drives.

    RAUC writes ORDER (primary first) and <slot>_OK / <slot>_TRY into grubenv: installing
    makes the new slot primary with OK=1 TRY=0; `rauc status mark-good` sets OK=1 TRY=0 and
    mark-bad OK=0. Here GRUB boots the first slot in ORDER that is OK and not tried yet, and
    sets its TRY=1 before booting it: a slot gets one try per mark-good. A slot that never
    reaches mark-good (its agent cannot start, its health gate fails, power is cut) is skipped
    on the next boot, which then falls back to the other slot. When no slot qualifies, the
    first one in ORDER boots anyway: a device with one good slot must not stop booting.

    GRUB never waits silently: there is no menu and no prompt, every step says on the console
    (the serial port included) what it found, an unreadable or unwritable grubenv or a slot
    whose kernel does not load is named, a slot that does not load falls back to the other
    one when that is good, and when nothing loads GRUB says so and reboots. So a boot that
    stops after "Welcome to GRUB!" shows how far it got (tests/e2e: the serial log's tail).
    """
    slots = root_slots(parts)
    names = [slot_bootname(p) for p in slots]
    env_vars = " ".join(f"{n}_OK {n}_TRY" for n in names)
    lines = [
        "# llmos: A/B root slots with boot counting (image/llmos_image/disk.py; docs/updates.md)",
        "# Every path boots a slot or says on the console why it cannot; nothing waits for a key.",
        "set timeout=0",
        "set default=0",
        "set pager=0",
        'echo "llmos: grub.cfg on $root"',
        f'set ORDER="{" ".join(names)}"',
        *(f"set {n}_OK=0\nset {n}_TRY=0" for n in names),
        'if load_env --file "$prefix/grubenv"; then true; else',
        '  echo "llmos: cannot read $prefix/grubenv: no slot counts as good"',
        "fi",
        'echo "llmos: ORDER=$ORDER ' + " ".join(f"{n}_OK=${n}_OK {n}_TRY=${n}_TRY" for n in names) + '"',
        "set slot=",
        "for s in $ORDER; do",
        *(f'  if [ "$s" = "{n}" -a -z "$slot" -a "${n}_OK" = "1" -a "${n}_TRY" = "0" ]; then '
          f"slot={n}; {n}_TRY=1; fi" for n in names),
        "done",
        'if [ -z "$slot" ]; then',
        # The first known name in ORDER (a corrupt ORDER names none: the first slot).
        f'  for s in $ORDER {" ".join(names)}; do',
        *(f'    if [ -z "$slot" -a "$s" = "{n}" ]; then slot={n}; fi' for n in names),
        "  done",
        '  echo "llmos: no slot is good and untried: booting $slot, the first in ORDER"',
        "fi",
        f'if save_env --file "$prefix/grubenv" ORDER {env_vars}; then true; else',
        '  echo "llmos: cannot write $prefix/grubenv: this boot of slot $slot is not counted"',
        "fi",
        # The disk GRUB was loaded from ("hd0,gpt1" -> "hd0"): the slots are on the same one.
        "set bootdisk=hd0",
        'regexp --set 1:bootdisk "^([^,]+)," "$root"',
        # Options added to a copy of the image (tests: llmos.test_shell), same trust as the ESP.
        "set extra_cmdline=",
        'if [ -f "$prefix/extra.cfg" ]; then source "$prefix/extra.cfg"; fi',
    ]
    for n, p in zip(names, slots, strict=True):
        index = parts.index(p) + 1
        cmdline = f"root=PARTUUID={p.uuid} rw rauc.slot={n} {cfg.profile.kernel_cmdline}".strip()
        lines += [
            f"function llmos_boot_{n} {{",
            f'  echo "llmos: slot {n}"',
            f"  if linux ($bootdisk,gpt{index})/boot/vmlinuz {cmdline} $extra_cmdline; then",
            f"    if initrd ($bootdisk,gpt{index})/boot/initrd.img; then",
            f'      echo "llmos: slot {n}: starting its kernel"',
            "      boot",
            "    fi",
            "  fi",
            f'  echo "llmos: slot {n} cannot be booted (GRUB\'s error is above)"',
            "}",
        ]
    for n in names:
        others = [o for o in names if o != n]
        lines += [f'if [ "$slot" = "{n}" ]; then', f"  llmos_boot_{n}"]
        lines += [f'  if [ "${o}_OK" = "1" ]; then llmos_boot_{o}; fi' for o in others]
        lines += ["fi"]
    lines += ['echo "llmos: no bootable slot; rebooting in 10 s"', "sleep 10", "reboot"]
    return "\n".join(lines) + "\n"


def stage_esp(cfg: BuildConfig, root: Path, staging: Path, parts: list[Partition]) -> dict[str, str]:
    """GRUB (built from the image's own modules) + grub.cfg + grubenv on the ESP.

    The kernel and initrd live in each root slot's /boot, so an update of a slot brings its
    own kernel and GRUB reads it from the slot's ext4; the ESP holds no slot's files.
    """
    kernels = sorted((root / "boot").glob("vmlinuz-*"))
    initrds = sorted((root / "boot").glob("initrd.img-*"))
    if not kernels or not initrds:
        raise proc.BuildError(f"no kernel/initrd in {root}/boot: is {cfg.profile.kernel!r} installed?")
    kver = kernels[-1].name.removeprefix("vmlinuz-")
    # Stable names GRUB can load whatever the kernel's version (relative links in the slot).
    for name, target in (("vmlinuz", kernels[-1]), ("initrd.img", initrds[-1])):
        link = root / "boot" / name
        link.unlink(missing_ok=True)
        link.symlink_to(target.name)
    modules = root / "usr/lib/grub/x86_64-efi"
    if not modules.is_dir():
        raise proc.BuildError(f"no GRUB EFI modules in {modules}: add grub-efi-amd64-bin to the profile")
    proc.require("grub-mkimage")
    (staging / "EFI/BOOT").mkdir(parents=True)
    (staging / GRUB_PREFIX.strip("/")).mkdir(parents=True)
    (staging / "llmos/provision").mkdir(parents=True)
    proc.run(["grub-mkimage", "-d", modules, "-O", "x86_64-efi", "-p", GRUB_PREFIX,
              "-o", staging / "EFI/BOOT/BOOTX64.EFI", *GRUB_MODULES], capture=True)
    grub_dir = staging / GRUB_PREFIX.strip("/")
    (grub_dir / "grub.cfg").write_text(grub_cfg(cfg, parts))
    names = [slot_bootname(p) for p in root_slots(parts)]
    # Slot A is the factory slot: good. The others are empty until RAUC installs into them.
    env = {"ORDER": " ".join(names)}
    for i, n in enumerate(names):
        env[f"{n}_OK"], env[f"{n}_TRY"] = ("1" if i == 0 else "0"), "0"
    (grub_dir / "grubenv").write_bytes(grubenv(env))
    (staging / "llmos/provision/README.txt").write_text(
        "Put device.crt, device.key and client-ca.crt (and ca.crt) here to provision this\n"
        "device's identity on its next boot. See docs/image.md.\n")
    for p in staging.rglob("*"):
        os.utime(p, (cfg.source_date_epoch, cfg.source_date_epoch), follow_symlinks=False)
    root_a = next(p for p in parts if p.name == "root-a")
    cmdline = f"root=PARTUUID={root_a.uuid} rw rauc.slot=A {cfg.profile.kernel_cmdline}".strip()
    return {"kernel": kver, "cmdline": cmdline, "bootloader": "grub"}


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
