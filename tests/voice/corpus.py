"""Spoken commands with the action each one means, on one device state: the voice tests'
and bench/voice.py's ground truth.
"""

from __future__ import annotations

from typing import Any

from llmos.agent.domain import DeviceState

STATE = DeviceState.from_dict({
    "units": [{"name": "nginx.service", "description": "A high performance web server and a "
                                                     "reverse proxy server"},
              {"name": "recorder.service", "description": "Audio recorder"},
              {"name": "ssh.service", "description": "OpenBSD Secure Shell server"},
              {"name": "systemd-journald.service", "description": "Journal Service"}],
    "interfaces": ["lo", {"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}],
    "leds": ["status", "power"],
    "storage": [{"device": "/dev/sda1", "mounted": True},
                {"device": "/dev/sdb1", "mounted": False}],
})

# (what is said, tool, args). Letters are spaced so espeak-ng spells them, as people do.
COMMANDS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("restart nginx", "restart_service", {"unit": "nginx.service"}),
    ("stop ssh", "stop_service", {"unit": "ssh.service"}),
    ("start the recorder", "start_service", {"unit": "recorder.service"}),
    ("mount s d b one", "mount_storage", {"device": "/dev/sdb1", "readonly": True}),
    ("unmount s d a one", "unmount_storage", {"device": "/dev/sda1"}),
    ("bring eth zero down", "set_network", {"interface": "eth0", "state": "down"}),
    ("bring w lan zero up", "set_network", {"interface": "wlan0", "state": "up"}),
    ("turn the status light off", "set_led", {"name": "status", "state": "off"}),
    ("blink the power light", "set_led", {"name": "power", "state": "blink"}),
    ("switch to power save mode", "set_power_profile", {"profile": "powersave"}),
    ("show network status", "report_status", {"topic": "network"}),
    ("show storage status", "report_status", {"topic": "storage"}),
    ("set the power profile to performance", "set_power_profile", {"profile": "performance"}),
    ("reboot the device", "reboot", {"delay_s": 0}),
    ("restart the web server", "restart_service", {"unit": "nginx.service"}),
    ("turn the wifi off", "set_network", {"interface": "wlan0", "state": "down"}),
    ("reboot in ten minutes", "reboot", {"delay_s": 600}),
    # nonsense and talk that asks for nothing: answered with words, never an action
    ("the purple elephant sings at noon", "say", {}),
    ("banana helicopter seven", "say", {}),
    ("I was just thinking out loud", "say", {}),
)


def right(expected: tuple[str, dict[str, Any]], got: tuple[str, dict[str, Any]] | None) -> bool:
    """Whether the pipeline did what was said; for nonsense, any words (or nothing heard)."""
    if expected[0] == "say":
        return got is None or got[0] in ("say", "ignore")
    return got == expected

# The meaning flips a near miss can cause: an action that is the opposite of the one said.
OPPOSITE = {"mount_storage": "unmount_storage", "unmount_storage": "mount_storage",
            "start_service": "stop_service", "stop_service": "start_service"}


def is_flip(expected: tuple[str, dict[str, Any]], got: tuple[str, dict[str, Any]]) -> bool:
    """Did the pipeline propose the opposite of what was said (unmount for mount, up for down)?"""
    (etool, eargs), (gtool, gargs) = expected, got
    if OPPOSITE.get(etool) == gtool:
        return True
    if etool == gtool and etool in ("set_network", "set_led"):
        return {eargs.get("state"), gargs.get("state")} in ({"up", "down"}, {"on", "off"})
    return False


def written(said: str) -> str:
    """The reference transcript for word error rates: names written as the device writes them."""
    return (said.replace("s d b one", "sdb1").replace("s d a one", "sda1")
            .replace("eth zero", "eth0").replace("w lan zero", "wlan0"))
