"""Reading what the device knows of its entities from sysfs and udev's links (a fake tree)."""

import asyncio
import os
from pathlib import Path

from llmos.agent.device_state import StateReader, interface_kind, led_info, power_profile
from llmos.agent.domain import DeviceState, InterfaceInfo, LedInfo


def write(path: Path, text: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_link_kinds_come_from_the_kernel(tmp_path: Path) -> None:
    net = tmp_path / "class/net"
    (net / "wlan0/wireless").mkdir(parents=True)
    write(net / "wwan0/uevent", "DEVTYPE=wwan\nINTERFACE=wwan0\n")
    write(net / "lo/type", "772")
    write(net / "can0/type", "280")
    write(net / "enp1s0/type", "1")
    write(net / "wg0/type", "65534")
    kinds = {n: interface_kind(net / n, n) for n in os.listdir(net)}
    assert kinds == {"wlan0": "wifi", "wwan0": "cellular", "lo": "loopback", "can0": "can",
                     "enp1s0": "ethernet", "wg0": "vpn"}


def test_led_names_say_colour_and_function() -> None:
    assert led_info("green:power") == LedInfo("green", "power")
    assert led_info("beaglebone:green:usr0") == LedInfo("green", "usr0")
    assert led_info("input3::capslock") == LedInfo("", "capslock")
    assert led_info("led0") == LedInfo("", "")


def test_a_read_describes_links_leds_and_drives(tmp_path: Path) -> None:
    sys_ = tmp_path / "sys"
    write(sys_ / "class/net/eth0/type", "1")
    write(sys_ / "class/net/eth0/operstate", "up")
    write(sys_ / "class/leds/red:fault/brightness", "1")
    write(sys_ / "class/leds/red:fault/trigger", "[none] timer heartbeat")
    write(sys_ / "class/leds/green:power/brightness", "0")
    write(sys_ / "class/leds/amber:status/trigger", "none [timer] heartbeat")
    write(sys_ / "class/leds/amber:status/brightness", "1")
    write(sys_ / "class/leds/mmc0::/trigger", "none [mmc0] timer")
    write(sys_ / "class/leds/mmc0::/brightness", "1")
    (sys_ / "class/leds/led0").mkdir(parents=True)
    write(sys_ / "class/block/sda/device/model", "Ultra Fit       ")
    write(sys_ / "class/block/sda/size", str(64 * 2**30 // 512))
    write(sys_ / "class/block/sda/sda1/size", str(64 * 2**30 // 512))
    (sys_ / "class/block/sda1").symlink_to(sys_ / "class/block/sda/sda1")
    labels = tmp_path / "by-label"
    labels.mkdir()
    (labels / "MY\\x20PHOTOS").symlink_to("../../sda1")
    mounts = tmp_path / "mounts"
    write(mounts, "/dev/sda1 /media/x vfat ro 0 0\n")
    state = asyncio.run(StateReader(sys_, mounts, labels).read())
    assert state.interface_info["eth0"] == InterfaceInfo("ethernet", "up")
    assert state.led_info["red:fault"] == LedInfo("red", "fault", "on")
    assert state.led_info["green:power"] == LedInfo("green", "power", "off")
    assert state.led_info["amber:status"] == LedInfo("amber", "status", "blink")
    assert state.led_info["led0"] == LedInfo("", "", "")  # the kernel said nothing of it
    assert state.led_info["mmc0::"].state == ""  # lit by the card's activity, now and then
    sda1 = next(s for s in state.storage if s.device == "/dev/sda1")
    assert (sda1.mounted, sda1.label, sda1.model, sda1.size) == (True, "MY PHOTOS", "Ultra Fit",
                                                                 "64G")


def test_a_program_that_ends_as_it_times_out_is_not_an_error() -> None:
    from llmos.agent import process

    async def race() -> process.Completed:
        return await process.run("sh", "-c", "sleep 0.05", timeout=0.05)

    done = asyncio.run(race())
    assert done.returncode in (0, -9)


async def test_unit_listings_are_read_whole() -> None:
    """Messages are trimmed to 2000 characters; listings that are parsed must not be (the image's
    unit list once ended after ~16 units, so most units 'did not exist')."""
    import sys

    from llmos.agent import process

    argv = (sys.executable, "-c", "print('u' * 5000)")
    assert len((await process.run(*argv)).output) == 2000
    assert len((await process.run(*argv, limit=None)).output) == 5000


def test_the_power_profile_is_read_back_as_the_executor_sets_it(tmp_path: Path) -> None:
    assert power_profile(tmp_path) == ""  # no power controls: not known
    policy = tmp_path / "devices/system/cpu/cpufreq/policy0"
    policy.mkdir(parents=True)
    for governor, driver, profile in (("schedutil", "acpi-cpufreq", "balanced"),
                                      ("powersave", "acpi-cpufreq", "powersave"),
                                      ("powersave", "intel_pstate", "balanced"),  # its dynamic mode
                                      ("performance", "amd-pstate-epp", "performance"),
                                      ("userspace", "acpi-cpufreq", "")):
        (policy / "scaling_governor").write_text(governor + "\n")
        (policy / "scaling_driver").write_text(driver + "\n")
        assert power_profile(tmp_path) == profile, (governor, driver)
    acpi = tmp_path / "firmware/acpi"
    acpi.mkdir(parents=True)
    (acpi / "platform_profile").write_text("low-power\n")  # the platform's word decides
    assert power_profile(tmp_path) == "powersave"


def test_the_decide_contract_takes_a_power_profile_it_knows_and_drops_others() -> None:
    assert DeviceState.from_dict({"power_profile": "balanced"}).power_profile == "balanced"
    assert DeviceState.from_dict({"power_profile": "turbo; reboot"}).power_profile == ""
    assert DeviceState.from_dict({}).to_dict().get("power_profile") is None
    assert DeviceState.from_dict({"power_profile": "powersave"}).to_dict()["power_profile"] == "powersave"
