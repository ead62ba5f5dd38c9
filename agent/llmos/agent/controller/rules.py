"""The deterministic rule controller: the default reactions to events, and simple commands.

It is the fallback when no model is loaded or the model fails, and the reference the model's
event-only behaviour is tested against.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from llmos.agent.domain import DecisionRequest, DeviceState, HardwareEvent, Proposal

NAME = "rules"


def react(event: HardwareEvent, state: DeviceState) -> tuple[str, dict[str, object]]:
    """The default reaction to one hardware event, as (tool, args)."""
    props = event.properties
    node = event.devnode
    if event.subsystem == "block" and node:
        has_fs = bool(props.get("ID_FS_TYPE")) and props.get("ID_FS_USAGE", "filesystem") == "filesystem"
        if event.action == "add" and has_fs:
            return "mount_storage", {"device": node, "readonly": True}
        if event.action == "remove":
            return "unmount_storage", {"device": node}
        if event.action == "change":
            # Media inserted into or taken out of a reader (or a loop device attached/detached).
            mounted = any(s.device == node and s.mounted for s in state.storage)
            if has_fs and not mounted:
                return "mount_storage", {"device": node, "readonly": True}
            if not has_fs and mounted:
                return "unmount_storage", {"device": node}
    elif event.subsystem == "tty" and event.action == "add" and node:
        if re.fullmatch(r"/dev/tty(USB|ACM)\d+", node):
            return "attach_console", {"port": node}
    elif event.subsystem == "net" and event.action == "add":
        interface = props.get("INTERFACE") or event.devpath.rsplit("/", 1)[-1]
        if interface and interface != "lo":
            return "set_network", {"interface": interface, "state": "up"}
    elif event.subsystem == "power_supply" and props.get("POWER_SUPPLY_TYPE", "Mains") == "Mains":
        online = props.get("POWER_SUPPLY_ONLINE")
        if online == "0":
            return "set_power_profile", {"profile": "powersave"}
        if online == "1":
            return "set_power_profile", {"profile": "balanced"}
    elif event.subsystem == "thermal" and _is_trip(props):
        return "set_power_profile", {"profile": "powersave"}
    elif event.subsystem in ("input", "sound"):
        return "ignore", {"reason": f"{event.subsystem} device {event.action}: nothing to do"}
    return "ignore", {"reason": f"no reaction to {event.subsystem} {event.action}"}


def _is_trip(props: Mapping[str, str]) -> bool:
    return bool(props.get("TRIP")) or "trip" in props.get("EVENT", "").lower()


# Simple commands: a verb, then a name the device knows. Anything else is answered with `say`.
_SERVICE_VERBS = {"restart": "restart_service", "start": "start_service", "stop": "stop_service"}
_TOPICS = ("system", "storage", "network", "model", "events")


def interpret(command: str, state: DeviceState) -> tuple[str, dict[str, object]]:
    words = re.findall(r"[\w.@:/-]+", command.lower())
    text = " ".join(words)
    if not words:
        return "say", {"text": "I did not catch a command. Type help for examples."}
    verb = words[0]
    if verb in _SERVICE_VERBS and len(words) > 1:
        unit = words[-1] if words[-1].endswith(".service") else f"{words[-1]}.service"
        return _SERVICE_VERBS[verb], {"unit": unit}
    if verb == "reboot":
        return "reboot", {"delay_s": 0}
    if verb in ("mount", "unmount", "umount") and len(words) > 1:
        device = words[-1] if words[-1].startswith("/dev/") else f"/dev/{words[-1]}"
        if verb == "mount":
            return "mount_storage", {"device": device, "readonly": "write" not in text}
        return "unmount_storage", {"device": device}
    for iface in state.interfaces:
        if iface.lower() in words and ("up" in words or "down" in words):
            return "set_network", {"interface": iface, "state": "down" if "down" in words else "up"}
    for profile in ("performance", "balanced", "powersave"):
        if profile in words:
            return "set_power_profile", {"profile": profile}
    for led in state.leds:
        if led.lower() in words:
            for led_state in ("blink", "on", "off"):
                if led_state in words:
                    return "set_led", {"name": led, "state": led_state}
    if verb in ("status", "report", "show"):
        topic = next((t for t in _TOPICS if t in words), "system")
        return "report_status", {"topic": topic}
    return "say", {"text": "I cannot do that with the rule controller. Try: restart <unit>, "
                   "mount <device>, status."}


class RuleController:
    name = NAME
    blocking = False

    def decide(self, request: DecisionRequest) -> Proposal:
        if request.command:
            tool, args = interpret(request.command, request.state)
        elif request.events:
            tool, args = react(request.events[-1], request.state)
        else:
            tool, args = "ignore", {"reason": "nothing to decide"}
        return Proposal(tool=tool, args=args, controller=NAME)

    def info(self) -> dict[str, str]:
        return {"controller": NAME}

    def context_usage(self) -> dict[str, int]:
        return {}  # no context window
