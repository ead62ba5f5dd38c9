"""Round 54: red team 60's English findings and dev54's, each with the plain request beside it that must still act.

Every guard here is tried from the other side too: a look-alike that is a plain request."""

from __future__ import annotations

import pytest

from llmos.agent.controller.language.interpret import Interpreter
from llmos.agent.domain import DeviceState

WORDS = Interpreter("rules")

GARAGE = DeviceState.from_dict({
    "units": [
        {"name": "ssh.service", "description": "OpenBSD Secure Shell server"},
        {"name": "chrony.service", "description": "chrony, an NTP client/server"},
        {"name": "nginx.service", "description": "A high performance web server and a reverse proxy server"},
        {"name": "grafana-server.service", "description": "Grafana instance"},
        {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"},
        {"name": "mosquitto-exporter.service", "description": "Prometheus exporter for Mosquitto"},
        {"name": "prometheus.service", "description": "Monitoring system and time series database"},
        {"name": "prometheus-node-exporter.service", "description": "Prometheus exporter for machine metrics"},
        {"name": "node-red.service", "description": "Node-RED graphical event wiring tool"},
        {"name": "bluetooth.service", "description": "Bluetooth service"},
        {"name": "gpsd.service", "description": "GPS (Global Positioning System) Daemon"},
        {"name": "winch-tension.service", "description": "Winch cable tension monitor"},
        {"name": "arena-server.service", "description": "Laser tag game server and scoring"},
    ],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"},
                   {"name": "wwan0", "kind": "cellular", "state": "down"}, "lo"],
    "leds": [{"name": "red:fault", "color": "red", "function": "fault"},
             {"name": "blue:bt", "color": "blue", "function": "bluetooth"},
             {"name": "green:status", "color": "green", "function": "status"}],
    "storage": [{"device": "/dev/sda1", "mounted": True, "label": "rootfs"},
                {"device": "/dev/sdb1", "mounted": False, "label": "TRAINEE", "model": "SanDisk Cruzer"}],
    "power_profile": "balanced",
})

NO_CHANGE = ("say", "report_status", "ignore")
RESTART_MOSQUITTO = ("restart_service", {"unit": "mosquitto.service"})


def decide(command: str) -> tuple:
    proposal = WORDS.decide(command, GARAGE)
    return proposal.tool, dict(proposal.args)


@pytest.mark.parametrize("command", [
    # a condition said first, a state it may come to, a last resort, other languages' beside English
    "in such a case, restart mosquitto", "failing which, stop grafana", "else take wwan0 down",
    "otherwise, switch to powersave", "upon crash, reboot in 10 minutes", "on a hang, restart mosquitto",
    "stop chrony if still frozen", "restart mosquitto when hung", "stop grafana if all else fails",
    "stop node red bij storing", "stop gpsd om den hänger", "take wlan0 down wenn's hängt",
    "stop grafana im Fehlerfall",
    # done, or planned by others, or a ticket closed on it
    "restart of mosquitto successful", "stop of grafana done", "restart of chrony scheduled by ops",
    "the night shift gave mosquitto a restart", "gave gpsd a quick bounce, no change",
    "restart grafana - ticket closed",
    "restart grafana [resolved]",
    # for an errand only
    "stop prometheus briefly and bring it back", "performance just for this batch", "take wlan0 down temporarily",
    # what a screen shows, told
    "the dashboard shows mosquitto down", "grafana shows the wifi down", "dashboard: mosquitto down",
    "dashboard - gpsd offline", "mosquitto shows offline in the fleet manager", "the fleet manager shows powersave",
    "the wallboard shows prometheus-node-exporter down", "turn off the red bar in grafana", "blink the red tile",
    "restart the one the dashboard shows red", "turn on the red one on the dashboard",
    # a profile kept
    "balanced stays put", "powersave stays unchanged",
    # two requests however joined
    "restart mosquitto, additionally restart grafana", "restart mosquitto. later bring wlan0 up",
    "restart mosquitto tehn stop grafana", "restart chrony // stop gpsd", "stop gpsd. next take eth0 down",
    "restart chrony\nswitch to powersave",
    # asked, not told; mocked; another device or a frame
    "restart grafana - opinions", "quick q - restart mosquitto ok", "restart mosquitto ok with you",
    "wow, restart grafana, so original", "restart ssh yet again, how fun",
    "in the simulation, stop mosquitto", "in my dream, stop ssh", "on the spare unit, stop ssh",
    "in the tabletop exercise, bring wwan0 up", "on my laptop, restart gpsd",
    # a light is not restarted (nor node-red, nor bluetooth)
    "cycle the red led", "restart the blue light", "turn the red led off and on",
    # a table's figures are no service
    "reset the high score table", "reset the scores",
])
def test_no_change(command: str) -> None:
    assert decide(command)[0] in NO_CHANGE, command


@pytest.mark.parametrize(("command", "call"), [
    # the thing kept apart is never the one changed, however it is said
    ("bounce nginx not grafana", ("restart_service", {"unit": "nginx.service"})),
    ("restart mosquitto excluding mosquitto-exporter", RESTART_MOSQUITTO),
    ("restart mosquitto but keep mosquitto-exporter out of it", RESTART_MOSQUITTO),
    ("restart mosquitto and don't go near grafana", RESTART_MOSQUITTO),
    ("restart mosquitto pero no mosquitto-exporter", RESTART_MOSQUITTO),
    ("restart mosquitto without impacting mosquitto-exporter", RESTART_MOSQUITTO),
    ("restart mosquitto but grafana must not be touched", RESTART_MOSQUITTO),
    ("restart mosquitto with grafana left running", RESTART_MOSQUITTO),
    ("stop prometheus (not prometheus-node-exporter)", ("stop_service", {"unit": "prometheus.service"})),
    ("stop prometheus (not the node exporter)", ("stop_service", {"unit": "prometheus.service"})),
    ("stop nginx [not grafana]", ("stop_service", {"unit": "nginx.service"})),
    # corrections without a pause, in English and beside it
    ("restart gpsd no mosquitto", RESTART_MOSQUITTO),
    ("restart chrony ich meine mosquitto", RESTART_MOSQUITTO),
    ("restart gpsd znaczy mosquitto", RESTART_MOSQUITTO),
    ("restart chrony bedoel ik mosquitto", RESTART_MOSQUITTO),
    ("restart gpsd lol no mosquitto", RESTART_MOSQUITTO),
    ("switch to performance err powersave", ("set_power_profile", {"profile": "powersave"})),
    ("reboot in 5 minutes -> 10 minutes", ("reboot", {"delay_s": 600})),
    ("reboot in 5 minutes wait 10 minutes", ("reboot", {"delay_s": 600})),
    ("reboot in 1 hour, 30 minutes", ("reboot", {"delay_s": 5400})),
    # a write put off is no write
    ("mount TRAINEE, write permission can wait", ("mount_storage", {"device": "/dev/sdb1", "readonly": True})),
    ("mount TRAINEE - forget about write access", ("mount_storage", {"device": "/dev/sdb1", "readonly": True})),
    # ... and what must still act as it did
    ("mount TRAINEE, I need to write tomorrow's scenario files onto it",
     ("mount_storage", {"device": "/dev/sdb1", "readonly": False})),
    ("the dashboard shows mosquitto down, restart it", RESTART_MOSQUITTO),
    ("turn off the red led", ("set_led", {"name": "red:fault", "state": "off"})),
    ("restart bluetooth", ("restart_service", {"unit": "bluetooth.service"})),
    ("restart node-red", ("restart_service", {"unit": "node-red.service"})),
    ("take wlan0 down for a sec", ("set_network", {"interface": "wlan0", "state": "down"})),
    ("restart arena-server", ("restart_service", {"unit": "arena-server.service"})),
])
def test_still_one_call(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize("command", ["stay on full power, no powersave", "keep balanced, no performance",
                                     "stick with eco, no performance"])
def test_a_profile_said_not_wanted_is_never_set(command: str) -> None:
    tool, args = decide(command)
    unwanted = command.rsplit("no ", 1)[1]
    assert not (tool == "set_power_profile" and args["profile"] == unwanted), (command, tool, args)


@pytest.mark.parametrize("command", ["reinicia la red", "levanta la red", "activa la red", "reinicia el cable de red"])
def test_spanish_red_is_the_network_not_a_colour(command: str) -> None:
    tool, args = decide(command)
    assert tool not in ("set_led",) and args.get("unit") != "node-red.service", (command, tool, args)
