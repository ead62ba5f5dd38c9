"""The system executor against a temporary sysfs tree (LEDs, power) and missing devices."""

from pathlib import Path

import pytest

from llmos.agent.config import ExecutorConfig
from llmos.agent.executor.system import SystemExecutor, mounts_of


@pytest.fixture
def sysfs(tmp_path: Path) -> Path:
    led = tmp_path / "class/leds/status"
    led.mkdir(parents=True)
    (led / "trigger").write_text("[none] timer heartbeat\n")
    (led / "brightness").write_text("0\n")
    (led / "max_brightness").write_text("255\n")
    plain = tmp_path / "class/leds/power"
    plain.mkdir(parents=True)
    (plain / "trigger").write_text("[none]\n")
    (plain / "max_brightness").write_text("1\n")
    for n in (0, 1):
        policy = tmp_path / f"devices/system/cpu/cpufreq/policy{n}"
        policy.mkdir(parents=True)
        (policy / "scaling_available_governors").write_text("performance powersave schedutil\n")
        (policy / "scaling_governor").write_text("schedutil\n")
    (tmp_path / "class/net/eth0").mkdir(parents=True)
    return tmp_path


def executor(sysfs: Path, tmp_path: Path) -> SystemExecutor:
    return SystemExecutor(ExecutorConfig(sysfs_root=sysfs, media_root=tmp_path / "media"))


async def test_led_on_off_blink(sysfs: Path, tmp_path: Path) -> None:
    ex = executor(sysfs, tmp_path)
    # Blink first: unlike the kernel's, this fake trigger file forgets the list once written.
    assert (await ex.run("set_led", {"name": "status", "state": "blink"})).ok
    assert (sysfs / "class/leds/status/trigger").read_text() == "timer"
    assert (await ex.run("set_led", {"name": "status", "state": "on"})).ok
    assert (sysfs / "class/leds/status/brightness").read_text() == "255"
    assert (await ex.run("set_led", {"name": "status", "state": "off"})).ok
    assert (sysfs / "class/leds/status/brightness").read_text() == "0"
    cannot = await ex.run("set_led", {"name": "power", "state": "blink"})
    assert not cannot.ok and "cannot blink" in cannot.detail
    missing = await ex.run("set_led", {"name": "nope", "state": "on"})
    assert not missing.ok and "no such LED" in missing.detail


async def test_power_profile_through_cpufreq(sysfs: Path, tmp_path: Path) -> None:
    ex = executor(sysfs, tmp_path)
    result = await ex.run("set_power_profile", {"profile": "powersave"})
    assert result.ok, result.detail
    for n in (0, 1):
        assert (sysfs / f"devices/system/cpu/cpufreq/policy{n}/scaling_governor").read_text() == "powersave"


async def test_power_profile_without_controls(tmp_path: Path) -> None:
    result = await executor(tmp_path / "empty", tmp_path).run("set_power_profile", {"profile": "balanced"})
    assert not result.ok and "no power controls" in result.detail


async def test_missing_devices_fail_cleanly(sysfs: Path, tmp_path: Path) -> None:
    ex = executor(sysfs, tmp_path)
    assert "no such network interface" in (await ex.run("set_network", {"interface": "wlan9", "state": "up"})).detail
    assert "no such device" in (await ex.run("mount_storage", {"device": "/dev/nonexistent9", "readonly": True})).detail
    assert (await ex.run("unmount_storage", {"device": "/dev/nonexistent9"})).detail.endswith("not mounted by llmos")


def test_mounts_of_decodes_escapes(tmp_path: Path) -> None:
    table = tmp_path / "mounts"
    table.write_text("/dev/sdb1 /media/llmos/MY\\040DISK vfat ro 0 0\n/dev/sda1 / ext4 rw 0 0\n")
    assert mounts_of("/dev/sdb1", table) == ["/media/llmos/MY DISK"]


async def test_attach_console_goes_to_whoever_serves_consoles(sysfs: Path, tmp_path: Path) -> None:
    from llmos.agent.domain import ActionResult

    class Consoles:
        def __init__(self) -> None:
            self.ports: list[str] = []

        async def attach(self, port: str) -> ActionResult:
            self.ports.append(port)
            return ActionResult(True, f"console served on {port}")

    off = await executor(sysfs, tmp_path).run("attach_console", {"port": "/dev/ttyUSB0"})
    assert not off.ok and "not enabled" in off.detail
    consoles = Consoles()
    config = ExecutorConfig(sysfs_root=sysfs, media_root=tmp_path / "media")
    served = await SystemExecutor(config, consoles).run("attach_console", {"port": "/dev/ttyUSB0"})
    assert served.ok and consoles.ports == ["/dev/ttyUSB0"]


async def test_empty_mount_points_left_by_unplugged_devices_are_removed(sysfs: Path,
                                                                         tmp_path: Path) -> None:
    media = tmp_path / "media"
    (media / "BACKUP").mkdir(parents=True)  # left when systemd unmounted an unplugged stick
    (media / "BACKUP-2").mkdir()
    (media / "kept").mkdir()
    (media / "kept" / "file").write_text("not empty: never removed")
    executor = SystemExecutor(ExecutorConfig(sysfs_root=sysfs, media_root=media))
    result = await executor.run("unmount_storage", {"device": "/dev/sdz9"})
    assert result.ok and "not mounted by llmos" in result.detail
    assert sorted(p.name for p in media.iterdir()) == ["kept"]
    assert (media / "kept" / "file").exists()


# -- without root: what is asked of systemd, logind and udisks2 (polkit decides there) ----------

@pytest.fixture
def unprivileged(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The executor as the image runs it (its own user, no capabilities): the programs it runs
    are recorded and answered as the D-Bus services would."""
    from llmos.agent import process
    from llmos.agent.executor import system

    calls: list[tuple[str, ...]] = []

    async def run(*argv: str, timeout: float = 30.0) -> process.Completed:
        calls.append(argv)
        if argv[:2] == ("udisksctl", "mount"):
            return process.Completed(argv, 0, f"Mounted {argv[4]} at /media/llmos/LLMOSUSB")
        return process.Completed(argv, 0, "")

    monkeypatch.setattr(system, "_unprivileged", lambda: True)
    monkeypatch.setattr(system.process, "run", run)
    return calls


async def test_unprivileged_links_start_the_polkit_guarded_unit(
        sysfs: Path, tmp_path: Path, unprivileged: list[tuple[str, ...]]) -> None:
    (sysfs / "class/net/wlp-2s0").mkdir(parents=True)
    ex = executor(sysfs, tmp_path)
    assert (await ex.run("set_network", {"interface": "eth0", "state": "down"})).ok
    assert (await ex.run("set_network", {"interface": "wlp-2s0", "state": "up"})).ok
    assert unprivileged == [
        ("systemctl", "--no-ask-password", "start", "--", "llmos-link-down@eth0.service"),
        ("systemctl", "--no-ask-password", "start", "--", "llmos-link-up@wlp\\x2d2s0.service")]


async def test_unprivileged_storage_through_udisks(
        sysfs: Path, tmp_path: Path, unprivileged: list[tuple[str, ...]]) -> None:
    device = tmp_path / "sdb1"
    device.write_text("")  # exists; udisksctl is what would check it is a block device
    result = await executor(sysfs, tmp_path).run("mount_storage", {"device": str(device)})
    assert result.ok, result.detail
    assert result.data["mountpoint"] == "/media/llmos/LLMOSUSB" and result.data["readonly"]
    assert unprivileged == [("udisksctl", "mount", "--no-user-interaction", "-b", str(device),
                             "-o", "ro,noexec")]


async def test_unprivileged_delayed_reboot_asks_logind(
        sysfs: Path, tmp_path: Path, unprivileged: list[tuple[str, ...]]) -> None:
    ex = executor(sysfs, tmp_path)
    assert (await ex.run("reboot", {"delay_s": 60})).ok
    assert (await ex.run("reboot", {"delay_s": 0})).ok
    scheduled, now = unprivileged
    assert scheduled[:8] == ("busctl", "call", "--system", "org.freedesktop.login1",
                             "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                             "ScheduleShutdown", "st") and scheduled[8] == "reboot"
    assert now == ("systemctl", "--no-block", "--no-ask-password", "reboot")


def test_unit_escape_is_systemd_escape() -> None:
    from llmos.agent.executor.system import unit_escape

    assert unit_escape("eth0") == "eth0"
    assert unit_escape("wlp-2s0") == "wlp\\x2d2s0"
    assert unit_escape(".x/y") == "\\x2ex-y"
