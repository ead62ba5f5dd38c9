"""The system executor: acts on the real machine.

Units through systemctl, mounts under media_root through systemd-mount (mount(8) where systemd
is not init), links with ip(8), power profiles and LEDs through sysfs. Paths derive from the
configured roots so tests can use a temporary tree.

Without root (the image runs the agent as its own user with no capabilities, docs/security.md
"Privilege"), what needs privilege is asked of a system service over D-Bus, and polkit's rule
for the agent's user decides: units and reboot through systemd and logind (systemctl, busctl),
storage through udisks2 (udisksctl, which mounts under /media/<user>, i.e. media_root), links
by starting llmos-link-up@/llmos-link-down@<link>.service. LEDs and power files are written
as before; udev gives their files to the agent's group.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from llmos.agent import process
from llmos.agent.config import ExecutorConfig
from llmos.agent.domain import ActionResult
from llmos.agent.executor import Consoles

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
# profile -> (power-profiles-daemon name, ACPI platform_profile, cpufreq governors by preference)
_PROFILES = {
    "performance": ("performance", "performance", ("performance",)),
    "balanced": ("balanced", "balanced", ("schedutil", "ondemand", "powersave")),
    "powersave": ("power-saver", "low-power", ("powersave", "conservative")),
}


class SystemExecutor:
    name = "system"

    def __init__(self, config: ExecutorConfig, consoles: Consoles | None = None) -> None:
        """`consoles`: who serves attach_console; None where the console is not enabled."""
        self._config = config
        self._sys = config.sysfs_root
        self._timeout = config.command_timeout_s
        self._consoles = consoles
        self._handlers: dict[str, Callable[..., Awaitable[ActionResult]]] = {
            "mount_storage": self._mount,
            "unmount_storage": self._unmount,
            "start_service": lambda unit: self._systemctl("start", unit),
            "stop_service": lambda unit: self._systemctl("stop", unit),
            "restart_service": lambda unit: self._systemctl("restart", unit),
            "set_network": self._set_network,
            "set_power_profile": self._set_power_profile,
            "set_led": self._set_led,
            "attach_console": self._console,
            "reboot": self._reboot,
        }

    async def run(self, tool: str, args: Mapping[str, Any]) -> ActionResult:
        handler = self._handlers.get(tool)
        if handler is None:
            return ActionResult(False, f"{tool}: no executor for this tool")
        try:
            return await handler(**args)
        except OSError as error:
            return ActionResult(False, f"{tool}: {error.strerror or error}")

    # -- storage ------------------------------------------------------------------------------

    async def _mount(self, device: str, readonly: bool = True) -> ActionResult:
        current = mounts_of(device)
        if current:
            return ActionResult(True, f"{device} is already mounted at {current[0]}",
                                {"mountpoint": current[0]})
        if not Path(device).exists():
            return ActionResult(False, f"{device}: no such device")
        if _unprivileged():
            return await self._udisks_mount(device, readonly)
        target = self._config.media_root / await self._mount_name(device)
        target.mkdir(parents=True, exist_ok=True)
        options = ("ro" if readonly else "rw") + ",nosuid,nodev,noexec"
        if _systemd_booted():
            # The agent's own mount namespace (ProtectSystem=) would hide a mount made here from
            # the rest of the system: systemd makes it, as a transient unit, for everyone.
            argv: tuple[str, ...] = ("systemd-mount", "--no-ask-password", "--collect",
                                     f"--options={options}", device, str(target))
        else:
            argv = ("mount", "-o", options, device, str(target))
        done = await process.run(*argv, timeout=self._timeout)
        if not done.ok:
            _remove_empty(target)
            return ActionResult(False, f"mount {device}: {done.output}")
        mode = "read-only" if readonly else "read-write"
        return ActionResult(True, f"mounted {device} at {target} {mode}",
                            {"mountpoint": str(target), "readonly": readonly})

    async def _udisks_mount(self, device: str, readonly: bool) -> ActionResult:
        """udisks2 mounts it (nosuid,nodev always) under /media/<user>/<label>, for everyone."""
        options = ("ro" if readonly else "rw") + ",noexec"
        done = await process.run("udisksctl", "mount", "--no-user-interaction", "-b", device,
                                 "-o", options, timeout=self._timeout)
        if not done.ok:
            return ActionResult(False, f"mount {device}: {done.output}")
        # "Mounted /dev/sdb1 at /media/llmos/LABEL" (2.9; older ones end with a full stop)
        m = re.search(r" at (/\S+?)\.?$", done.output)
        mounted = mounts_of(device)
        target = m.group(1) if m else (mounted[0] if mounted else "")
        mode = "read-only" if readonly else "read-write"
        return ActionResult(True, f"mounted {device} at {target} {mode}",
                            {"mountpoint": target, "readonly": readonly})

    async def _mount_name(self, device: str) -> str:
        """The label, else the filesystem UUID, else the device name: sanitised and unused."""
        probe = await process.run("blkid", "-o", "export", device, timeout=self._timeout)
        tags = dict(line.split("=", 1) for line in probe.output.splitlines() if "=" in line)
        raw = tags.get("LABEL") or tags.get("UUID") or Path(device).name
        name = _SAFE_NAME.sub("_", raw).strip("._-")[:64] or Path(device).name
        _sweep(self._config.media_root)  # a name left by a device unplugged earlier is free
        candidate, n = name, 1
        while (self._config.media_root / candidate).exists():
            n += 1
            candidate = f"{name}-{n}"
        return candidate

    async def _unmount(self, device: str) -> ActionResult:
        targets = [m for m in mounts_of(device) if m.startswith(str(self._config.media_root) + "/")]
        if not targets:
            # unplugged: systemd (systemd-mount --collect) may have unmounted it already, and
            # left the directory
            _sweep(self._config.media_root)
            return ActionResult(True, f"{device} is not mounted by llmos")
        if _unprivileged():
            done = await process.run("udisksctl", "unmount", "--no-user-interaction", "-b", device,
                                     timeout=self._timeout)
            # (udisks2 itself unmounts what it mounted from a device that went away.)
            if not done.ok and any([await _still_mounted(device, t) for t in targets]):
                return ActionResult(False, f"umount {device}: {done.output}")
            return ActionResult(True, f"unmounted {device} from {', '.join(targets)}")
        for target in targets:
            # A removed device can only be detached lazily; its filesystem is already gone.
            lazy = () if Path(device).exists() else ("--lazy",)
            if _systemd_booted():
                argv: tuple[str, ...] = ("systemd-umount", "--no-ask-password", target)
            else:
                argv = ("umount", *lazy, target)
            done = await process.run(*argv, timeout=self._timeout)
            if not done.ok and await _still_mounted(device, target):
                return ActionResult(False, f"umount {target}: {done.output}")
            # (A device that went away is unmounted by systemd itself, maybe just before us.)
            _remove_empty(Path(target))
        return ActionResult(True, f"unmounted {device} from {', '.join(targets)}")

    # -- services, network, reboot --------------------------------------------------------------

    async def _systemctl(self, verb: str, unit: str) -> ActionResult:
        done = await process.run("systemctl", "--no-ask-password", verb, "--", unit,
                                 timeout=self._timeout)
        if not done.ok:
            return ActionResult(False, f"systemctl {verb} {unit}: {done.output or done.returncode}")
        return ActionResult(True, f"{verb} {unit}: done")

    async def _set_network(self, interface: str, state: str) -> ActionResult:
        if not (self._sys / "class/net" / interface).exists():
            return ActionResult(False, f"{interface}: no such network interface")
        if _unprivileged():
            # A root unit brings it up or down, if polkit lets this user start it for this link.
            unit = f"llmos-link-{state}@{unit_escape(interface)}.service"
            done = await process.run("systemctl", "--no-ask-password", "start", "--", unit,
                                     timeout=self._timeout)
        else:
            done = await process.run("ip", "link", "set", "dev", interface, state,
                                     timeout=self._timeout)
        if not done.ok:
            return ActionResult(False, f"ip link set {interface} {state}: {done.output}")
        return ActionResult(True, f"{interface} is {state}")

    async def _reboot(self, delay_s: int = 0) -> ActionResult:
        if delay_s == 0:
            argv: tuple[str, ...] = ("systemctl", "--no-block", "--no-ask-password", "reboot")
        elif _unprivileged():
            # logind schedules it (its reboot action, which polkit allows this user); a
            # transient timer unit through systemd-run would need the right to run anything.
            when = int((time.time() + delay_s) * 1_000_000)
            argv = ("busctl", "call", "--system", "org.freedesktop.login1", "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager", "ScheduleShutdown", "st", "reboot", str(when))
        else:
            argv = ("systemd-run", f"--on-active={delay_s}s", "--unit=llmos-reboot",
                    "systemctl", "reboot")
        done = await process.run(*argv, timeout=self._timeout)
        if not done.ok:
            return ActionResult(False, f"reboot: {done.output}")
        return ActionResult(True, f"rebooting in {delay_s}s")

    async def _console(self, port: str) -> ActionResult:
        if self._consoles is None:
            return ActionResult(False, "the serial console is not enabled on this device")
        return await self._consoles.attach(port)

    # -- sysfs ------------------------------------------------------------------------------

    async def _set_power_profile(self, profile: str) -> ActionResult:
        daemon_name, platform_name, governors = _PROFILES[profile]
        done = await process.run("powerprofilesctl", "set", daemon_name, timeout=self._timeout)
        if done.ok:
            return ActionResult(True, f"power profile {profile} (power-profiles-daemon)")
        applied = []
        platform = self._sys / "firmware/acpi/platform_profile"
        choices = self._sys / "firmware/acpi/platform_profile_choices"
        if platform.exists() and platform_name in _read(choices).split():
            platform.write_text(platform_name)
            applied.append(f"platform_profile={platform_name}")
        for policy in sorted((self._sys / "devices/system/cpu/cpufreq").glob("policy*")):
            available = _read(policy / "scaling_available_governors").split()
            governor = next((g for g in governors if g in available), None)
            if governor:
                (policy / "scaling_governor").write_text(governor)
                applied.append(f"{policy.name}={governor}")
        if not applied:
            return ActionResult(False, "no power controls on this device (no power-profiles-daemon,"
                                " platform_profile or cpufreq)")
        return ActionResult(True, f"power profile {profile}: {', '.join(applied)}")

    async def _set_led(self, name: str, state: str) -> ActionResult:
        led = self._sys / "class/leds" / name
        if not led.is_dir():
            return ActionResult(False, f"{name}: no such LED")
        if state == "blink":
            if "timer" not in _read(led / "trigger").replace("[", " ").replace("]", " ").split():
                return ActionResult(False, f"{name}: this LED cannot blink (no timer trigger)")
            (led / "trigger").write_text("timer")
        else:
            (led / "trigger").write_text("none")
            level = (_read(led / "max_brightness").strip() or "1") if state == "on" else "0"
            (led / "brightness").write_text(level)
        return ActionResult(True, f"LED {name} {state}")


def mounts_of(device: str, mounts: Path = Path("/proc/self/mounts")) -> list[str]:
    """Mount points of a device node, from the kernel's mount table (octal escapes decoded)."""
    try:
        real = os.path.realpath(device)
        lines = mounts.read_text().splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 2 and fields[0] in (device, real):
            found.append(fields[1].encode().decode("unicode_escape"))
    return found


async def _still_mounted(device: str, target: str) -> bool:
    for _ in range(10):  # an unmount by systemd reaches our mount namespace a moment later
        if target not in mounts_of(device):
            return False
        await asyncio.sleep(0.1)
    return True


def _unprivileged() -> bool:
    """Not root on a systemd machine: privileged work goes through D-Bus services and polkit."""
    return os.geteuid() != 0 and _systemd_booted()


def unit_escape(name: str) -> str:
    """systemd-escape(1) of a unit instance name: [A-Za-z0-9:_.] stay (no leading dot), / is -,
    every other byte \\xNN."""
    out = []
    for i, byte in enumerate(name.encode()):
        c = chr(byte)
        if c == "/":
            out.append("-")
        elif (c.isascii() and c.isalnum()) or c in ":_" or (c == "." and i > 0):
            out.append(c)
        else:
            out.append(f"\\x{byte:02x}")
    return "".join(out)


def _systemd_booted() -> bool:
    """sd_booted(3): is systemd the init system (not a build machine or a container)?"""
    return os.path.isdir("/run/systemd/system")


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""


def _sweep(media_root: Path) -> None:
    """Remove the empty directories under media_root that nothing is mounted on (rmdir only
    removes an empty one, so nothing of a mounted or used directory can go)."""
    try:
        children = list(media_root.iterdir())
    except OSError:
        return
    for child in children:
        if child.is_dir() and not child.is_symlink() and not os.path.ismount(child):
            _remove_empty(child)


def _remove_empty(path: Path) -> None:
    try:
        path.rmdir()
    except OSError:
        pass
