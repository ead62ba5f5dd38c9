"""Jetson's data partition (docs/updates.md, "Jetson (L4T): RAUC beside nvbootctrl"): the
jetson-orin rootfs mounts L4T's user data partition (UDA) at /var/lib/llmos, as the x86 disks
mount their own data partition, through the one fstab writer (image/llmos_image/disk.py); the
units that use /var/lib/llmos wait for that mount; its first mount copies in what the root
file system has there (image/overlay/jetson, llmos-data-seed)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "image"))

from llmos_image import config, disk

REPO = Path(__file__).resolve().parents[2]
UNITS = REPO / "image/overlay"
SEED = UNITS / "jetson/usr/lib/llmos/llmos-data-seed"
GENERATOR = next((p for p in (Path("/usr/lib/systemd/system-generators/systemd-fstab-generator"),
                              Path("/lib/systemd/system-generators/systemd-fstab-generator"))
                  if p.is_file()), None)


def _entries(text: str) -> dict[str, list[str]]:
    """mount point -> [what, type, options, dump, pass]"""
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            f = line.split()
            out[f[1]] = [f[0], *f[2:]]
    return out


def jetson_fstab() -> str:
    return disk.fstab([], data_label=disk.L4T_DATA_LABEL)


def x86_fstab() -> str:
    return disk.fstab(disk.layout(config.build_config("x86_64-uefi")))


def test_jetson_fstab_mounts_l4ts_uda_at_var_lib_llmos() -> None:
    e = _entries(jetson_fstab())
    assert set(e) == {"/", "/var/lib/llmos"}
    what, fstype, options, _, passno = e["/var/lib/llmos"]
    assert (what, fstype, passno) == ("PARTLABEL=UDA", "ext4", "2")
    opts = options.split(",")
    # Missing: the boot goes on; empty: made ext4; the wait for it bounded whatever the
    # manager's default timeout is.
    assert {"nofail", "x-systemd.makefs", "x-systemd.device-timeout=90s",
            "nodev", "nosuid", "noatime"} <= set(opts)
    assert "x-systemd.growfs" not in opts  # L4T's flash layout sizes UDA
    # The root line is the x86 disks' own: one writer, one root entry.
    assert e["/"] == _entries(x86_fstab())["/"]


def test_x86_fstab_keeps_its_own_data_partition_required_and_grown() -> None:
    e = _entries(x86_fstab())
    assert e["/var/lib/llmos"] == ["PARTLABEL=llmos-data", "ext4",
                                   "defaults,noatime,nodev,nosuid,x-systemd.growfs", "0", "2"]
    assert e["/boot/efi"][0] == "PARTLABEL=llmos-esp"


def _generate(fstab: str, tmp: Path) -> Path:
    if GENERATOR is None:
        pytest.skip("systemd-fstab-generator is not installed")
    (tmp / "fstab").write_text(fstab)
    out = tmp / "gen"
    out.mkdir()
    env = {**os.environ, "SYSTEMD_FSTAB": str(tmp / "fstab"), "SYSTEMD_PROC_CMDLINE": "",
           "SYSTEMD_IN_INITRD": "0"}
    subprocess.run([str(GENERATOR), out, out, out], env=env, check=True, capture_output=True)
    return out


def test_systemd_reads_the_jetson_fstab_as_optional_and_formats_only_an_empty_uda(
        tmp_path: Path) -> None:
    out = _generate(jetson_fstab(), tmp_path)
    mount = (out / "var-lib-llmos.mount").read_text()
    assert "What=/dev/disk/by-partlabel/UDA" in mount and "Type=ext4" in mount
    # nofail: local-fs.target wants it and does not wait for it.
    assert (out / "local-fs.target.wants/var-lib-llmos.mount").exists()
    assert not (out / "local-fs.target.requires/var-lib-llmos.mount").exists()
    assert "Before=local-fs.target" not in mount
    # x-systemd.makefs: systemd-makefs (which leaves a partition with any signature alone)
    # runs before the mount.
    makefs = r"systemd-makefs@dev-disk-by\x2dpartlabel-UDA.service"
    assert (out / "var-lib-llmos.mount.requires" / makefs).exists()
    timeout = (out / r"dev-disk-by\x2dpartlabel-UDA.device.d/50-device-timeout.conf").read_text()
    assert "JobRunningTimeoutSec=90s" in timeout


def test_systemd_reads_the_x86_fstab_as_required_without_makefs(tmp_path: Path) -> None:
    out = _generate(x86_fstab(), tmp_path)
    assert (out / "local-fs.target.requires/var-lib-llmos.mount").exists()
    assert not list(out.glob("systemd-makefs@*"))


def _unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """A unit file's sections -> key -> every value assigned (systemd adds repeated keys up)."""
    out: dict[str, dict[str, list[str]]] = {}
    section: dict[str, list[str]] = {}
    for line in path.read_text().splitlines():
        if line.startswith("["):
            section = out.setdefault(line.strip("[]"), {})
        elif "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            section.setdefault(key, []).extend(value.split())
    return out


@pytest.mark.parametrize("unit", [
    "common/usr/lib/systemd/system/llmos-agent.service",
    "common/usr/lib/systemd/system/llmos-identity.service",
    "rauc/usr/lib/systemd/system/llmos-boot-trial.service",
    "jetson/usr/lib/systemd/system/llmos-data-seed.service",
])
def test_the_units_that_use_var_lib_llmos_require_its_mount(unit: str) -> None:
    # RequiresMountsFor= (Requires= + After= the mount units of the path): the same lines
    # order them after the x86 data partition and after UDA on Jetson.
    mounts = _unit(UNITS / unit)["Unit"]["RequiresMountsFor"]
    assert "/var/lib/llmos" in mounts


def test_the_seed_runs_once_before_the_identity_the_agent_and_the_trial() -> None:
    u = _unit(UNITS / "jetson/usr/lib/systemd/system/llmos-data-seed.service")
    assert set(u["Unit"]["Before"]) >= {
        "llmos-identity.service", "llmos-agent.service", "llmos-boot-trial.service"}
    assert u["Unit"]["ConditionPathExists"] == ["!/var/lib/llmos/.llmos-seeded"]
    assert u["Unit"]["RequiresMountsFor"] == ["/var/lib/llmos"]
    assert u["Service"]["PrivateMounts"] == ["yes"]
    assert u["Install"]["WantedBy"] == ["llmos-identity.service"]
    assert os.access(SEED, os.X_OK)
    # configure() enables it where the overlay has it.
    assert '"llmos-data-seed.service"' in (REPO / "image/llmos_image/rootfs.py").read_text()


def test_the_seed_does_nothing_where_var_lib_llmos_is_not_a_mount(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "provision").mkdir(parents=True)
    done = subprocess.run([str(SEED)], env={**os.environ, "LLMOS_DATA_DIR": str(data)},
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and "not a mount point" in done.stderr
    assert not (data / ".llmos-seeded").exists()


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None,
                    reason="needs root and unshare(1) for a private mount namespace")
def test_the_seed_copies_the_root_file_systems_files_onto_an_empty_mount_once(
        tmp_path: Path) -> None:
    if os.stat(tmp_path).st_dev != os.stat("/").st_dev:
        pytest.skip("the temporary directory is not on the root file system")
    data = tmp_path / "data"
    (data / "provision").mkdir(parents=True)
    (data / "provision/device.crt").write_text("cert\n")  # under the mount, as on the rootfs
    script = (f'mount -t tmpfs -o mode=0755 seedtest "{data}" && '
              f'echo kept > "{data}/state" && mkdir "{data}/provision" && '
              f'echo device > "{data}/provision/device.crt.new" && '
              f'"{SEED}" && "{SEED}" && '
              f'rm "{data}/provision/device.crt" && "{SEED}" && '
              f'find "{data}" -mindepth 1 | sort && cat "{data}/state"')
    done = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-ec", script],
                          env={**os.environ, "LLMOS_DATA_DIR": str(data)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    listed = [line.removeprefix(str(data)) for line in done.stdout.splitlines()]
    # Copied once (1 entry of the rootfs), the partition's own file kept, and the copied file
    # the device deleted afterwards does not come back (the marker).
    assert "copied onto the data partition" in listed[0] and "2 entries" in listed[0]
    assert listed[1:] == ["/.llmos-seeded", "/provision", "/provision/device.crt.new", "/state",
                          "kept"], done.stdout
