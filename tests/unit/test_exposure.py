"""Exposure: the floor no policy lifts, exposed and present entities, devices resolved.

Every guard is tried with the spellings an attacker would use: case, escapes, trailing dots,
look-alike letters, paths through /dev/shm, symlinks and plain files."""

import os
from pathlib import Path

import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.config import Exposure
from llmos.agent.domain import DeviceState, StorageState
from llmos.agent.exposure import ExposureError, Host, check, in_floor
from llmos.agent.validation import ValidationError, validate

CATALOG = load_catalog()
EVERYTHING = Exposure(units=("*",), interfaces=("*",), leds=("*",), storage=("*",))
FLOOR = ["systemd-poweroff.service", "systemd-reboot.service", "systemd-halt.service",
         "systemd-kexec.service", "emergency.service", "rescue.service", "debug-shell.service",
         "dbus.service", "dbus-org.freedesktop.login1.service", "systemd-udevd.service",
         "systemd-journald.service", "getty@tty1.service", "serial-getty@ttyS0.service",
         "autovt@tty2.service", "user@0.service", "poweroff.service", "reboot.service"]
STATE = DeviceState(units=("nginx.service", "llmos-agent.service", *FLOOR),
                    interfaces=("lo", "eth0", "wlan0"), leds=("green:status",),
                    storage=(StorageState("/dev/sda1", False, "BACKUP"),
                             StorageState("/dev/mmcblk0p2", True, "rootfs")))
DESCRIBED = Host(real=False)


def judge(tool: str, args: dict, expose: Exposure = EVERYTHING, state: DeviceState = STATE,
          host: Host = DESCRIBED) -> dict:
    """As the engine judges: validation first, then exposure."""
    return check(CATALOG.tools[tool], validate(CATALOG, tool, args), state, expose, host)


@pytest.mark.parametrize("tool", ["start_service", "stop_service", "restart_service"])
@pytest.mark.parametrize("unit", FLOOR)
def test_the_floor_holds_even_when_everything_is_exposed(tool: str, unit: str) -> None:
    with pytest.raises(ExposureError, match="part of the system"):
        judge(tool, {"unit": unit})


@pytest.mark.parametrize("unit", ["SYSTEMD-POWEROFF.service", "Systemd-Reboot.service",
                                  "systemd\\x2dpoweroff.service", "Emergency.service",
                                  "DBus.service", "Getty@tty1.service"])
def test_other_spellings_of_the_floor_are_the_floor(unit: str) -> None:
    assert in_floor("start_service", unit)


@pytest.mark.parametrize("unit", ["systemd-poweroff.service.", "systemd-poweroff",
                                  "systemd-poweroff.target", "sуstemd-poweroff.service",  # Cyrillic у
                                  "systemd-poweroff.service\n", "systemd-poweroff.service\r",
                                  "../systemd-poweroff.service", "nginx..service",
                                  "poweroff.target", "ｓystemd-poweroff.service"])
def test_spellings_the_schema_refuses(unit: str) -> None:
    with pytest.raises(ValidationError):
        judge("start_service", {"unit": unit})


def test_the_agents_own_unit_may_not_be_stopped_or_restarted() -> None:
    for tool in ("stop_service", "restart_service"):
        with pytest.raises(ExposureError, match="part of the system"):
            judge(tool, {"unit": "llmos-agent.service"})
    assert judge("start_service", {"unit": "llmos-agent.service"})


def test_nothing_is_exposed_by_default() -> None:
    none = Exposure()
    for tool, args in [("restart_service", {"unit": "nginx.service"}),
                       ("set_network", {"interface": "eth0", "state": "up"}),
                       ("set_led", {"name": "green:status", "state": "on"}),
                       ("mount_storage", {"device": "/dev/sda1"})]:
        with pytest.raises(ExposureError, match="not exposed"):
            judge(tool, args, none)


def test_exposure_globs_are_case_sensitive_full_matches() -> None:
    some = Exposure(units=("nginx*.service",), interfaces=("eth*",))
    assert judge("restart_service", {"unit": "nginx.service"}, some)
    with pytest.raises(ExposureError, match="not exposed"):
        judge("set_network", {"interface": "wlan0", "state": "down"}, some)
    state = DeviceState(units=("NGINX.service", "xnginx.service"))
    for unit in ("NGINX.service", "xnginx.service"):
        with pytest.raises(ExposureError, match="not exposed"):
            judge("restart_service", {"unit": unit}, some, state)


@pytest.mark.parametrize("tool,args", [
    ("restart_service", {"unit": "nosuch.service"}),
    ("set_network", {"interface": "eth9", "state": "up"}),
    ("set_led", {"name": "red:fault", "state": "on"}),
    ("mount_storage", {"device": "/dev/sdz1"}),
])
def test_names_must_exist_in_the_device_state(tool: str, args: dict) -> None:
    with pytest.raises(ExposureError, match="no "):
        judge(tool, args)


@pytest.mark.parametrize("interface", ["..", "eth0\n", "eth0\r", "eth0\x00"])
def test_interface_names_with_dots_or_line_breaks(interface: str) -> None:
    with pytest.raises(ValidationError):
        judge("set_network", {"interface": interface, "state": "down"})


@pytest.mark.parametrize("device", ["/dev/shm/../../tmp/x.img", "/dev/../tmp/x.img",
                                    "/dev/sda1\n", "/dev/./../etc/passwd"])
def test_device_paths_that_climb_out_are_invalid(device: str) -> None:
    with pytest.raises(ValidationError):
        judge("mount_storage", {"device": device})


def test_files_under_dev_shm_and_symlinks_out_of_dev(tmp_path: Path) -> None:
    image = tmp_path / "x.img"
    image.write_bytes(b"\0" * 4096)
    shm = Path("/dev/shm")
    if not shm.is_dir():
        pytest.skip("no /dev/shm")
    planted = shm / f"llmos-test-{os.getpid()}.img"
    link = shm / f"llmos-test-{os.getpid()}-link"
    planted.write_bytes(b"\0" * 4096)
    link.symlink_to(image)
    try:
        for device, why in ((str(planted), "not a device under /dev"),
                            (str(link), "not a device under /dev")):
            with pytest.raises(ExposureError, match=why):
                judge("mount_storage", {"device": device}, host=Host(real=True))
            with pytest.raises(ExposureError, match=why):
                judge("mount_storage", {"device": device})
    finally:
        planted.unlink()
        link.unlink()


def test_a_symlink_to_a_device_is_checked_as_that_device(tmp_path: Path) -> None:
    shm = Path("/dev/shm")
    if not shm.is_dir():
        pytest.skip("no /dev/shm")
    link = shm / f"llmos-test-{os.getpid()}-sda1"
    link.symlink_to("/dev/sda1")
    try:
        resolved = judge("mount_storage", {"device": str(link)})
        assert resolved["device"] == "/dev/sda1"  # what runs is what was checked
        root = shm / f"llmos-test-{os.getpid()}-root"
        root.symlink_to("/dev/mmcblk0p2")
        try:
            with pytest.raises(ExposureError, match="mounted already"):
                judge("mount_storage", {"device": str(root), "readonly": False})
        finally:
            root.unlink()
    finally:
        link.unlink()


def test_a_mounted_disk_is_not_mounted_again() -> None:
    with pytest.raises(ExposureError, match="mounted already"):
        judge("mount_storage", {"device": "/dev/mmcblk0p2", "readonly": False})


def test_storage_exposure_is_matched_on_the_resolved_device() -> None:
    only_usb = Exposure(storage=("/dev/sd*",))
    assert judge("mount_storage", {"device": "/dev/sda1"}, only_usb)["device"] == "/dev/sda1"
    with pytest.raises(ExposureError):
        judge("mount_storage", {"device": "/dev/mmcblk0p2"}, only_usb)


LOOP = Path("/dev/loop0")


@pytest.mark.skipif(not LOOP.is_block_device(), reason="no /dev/loop0 on this machine")
@pytest.mark.parametrize("mount_point", ["/", "/boot", "/boot/efi", "/var", "/var/lib/llmos"])
def test_a_block_device_holding_a_system_filesystem_is_refused(tmp_path: Path,
                                                               mount_point: str) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/loop0 {mount_point} ext4 rw 0 0\n")
    host = Host(mounts=mounts, state_dir=Path("/var/lib/llmos"), real=True)
    state = DeviceState(storage=(StorageState("/dev/loop0", False),))
    for tool in ("mount_storage", "unmount_storage"):
        with pytest.raises(ExposureError, match="system filesystem"):
            judge(tool, {"device": "/dev/loop0"}, state=state, host=host)
    mounts.write_text("/dev/loop0 /media/llmos/x ext4 rw 0 0\n")
    assert judge("mount_storage", {"device": "/dev/loop0"}, state=state, host=host)


@pytest.mark.skipif(not LOOP.is_block_device(), reason="no /dev/loop0 on this machine")
def test_the_disk_under_a_system_partition_is_refused(tmp_path: Path) -> None:
    sysfs = tmp_path / "sys"
    (sysfs / "class/block/loop0/loop0p1").mkdir(parents=True)  # loop0p1 is a partition of it
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/loop0p1 / ext4 rw 0 0\n")
    host = Host(mounts=mounts, sysfs=sysfs, real=True)
    state = DeviceState(storage=(StorageState("/dev/loop0", False),))
    with pytest.raises(ExposureError, match="system filesystem"):
        judge("mount_storage", {"device": "/dev/loop0"}, state=state, host=host)
    (sysfs / "class/block/loop0/loop0p1").rmdir()
    (sysfs / "class/block/loop0/holders/dm-0").mkdir(parents=True)  # LVM over the disk
    mounts.write_text("/dev/dm-0 /var ext4 rw 0 0\n")
    with pytest.raises(ExposureError, match="system filesystem"):
        judge("mount_storage", {"device": "/dev/loop0"}, state=state, host=host)


def test_on_this_machine_a_missing_device_is_refused() -> None:
    state = DeviceState(storage=(StorageState("/dev/sdq9", False),))
    with pytest.raises(ExposureError, match="no block device"):
        judge("mount_storage", {"device": "/dev/sdq9"}, state=state, host=Host(real=True))


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_a_character_device_is_not_storage() -> None:
    state = DeviceState(storage=(StorageState("/dev/null", False),))
    with pytest.raises(ExposureError, match="not a block device"):
        judge("mount_storage", {"device": "/dev/null"}, state=state)


def test_the_kernel_says_which_device_holds_the_state_whatever_the_mount_table_says(
        tmp_path: Path) -> None:
    import shutil
    import subprocess

    if os.geteuid() != 0 or not shutil.which("losetup") or not shutil.which("mkfs.ext4"):
        pytest.skip("needs root, losetup and mkfs.ext4")
    image = tmp_path / "state.img"
    subprocess.run(["truncate", "-s", "8M", str(image)], check=True)
    subprocess.run(["mkfs.ext4", "-q", str(image)], check=True)
    attached = subprocess.run(["losetup", "-f", "--show", str(image)], capture_output=True,
                              text=True)
    if attached.returncode != 0:
        pytest.skip(f"no loop device: {attached.stderr}")
    device = attached.stdout.strip()
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    try:
        subprocess.run(["mount", device, str(state_dir)], check=True)
        # the mount table names it as /dev/root does on many boards: a name with no node
        mounts = tmp_path / "mounts"
        mounts.write_text(f"/dev/root {state_dir} ext4 rw 0 0\n")
        host = Host(mounts=mounts, state_dir=state_dir, real=True)
        state = DeviceState(storage=(StorageState(device, False),))
        with pytest.raises(ExposureError, match="system filesystem"):
            judge("mount_storage", {"device": device, "readonly": False}, state=state, host=host)
    finally:
        subprocess.run(["umount", str(state_dir)], capture_output=True)
        subprocess.run(["losetup", "-d", device], capture_output=True)
