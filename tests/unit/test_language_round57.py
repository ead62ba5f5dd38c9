"""Round 57: dev57's English and what re-scoring found, each with the plain request beside it that must still act.

Every guard here is tried from the other side too: a look-alike that is a plain request or a plain refusal."""

from __future__ import annotations

import pytest

from llmos.agent.controller.language.interpret import Interpreter
from llmos.agent.domain import DeviceState

WORDS = Interpreter("rules")

LAB = DeviceState.from_dict({
    "units": [
        {"name": "ssh.service", "description": "OpenBSD Secure Shell server"},
        {"name": "chrony.service", "description": "chrony, an NTP client/server"},
        {"name": "nginx.service", "description": "A high performance web server and a reverse proxy server"},
        {"name": "shabbat-mode.service", "description": "Shabbat mode timer for the door and lights"},
        {"name": "snake-room-climate@room1.service", "description": "Climate control for snake room 1 (vipers)"},
        {"name": "snake-room-climate@room2.service", "description": "Climate control for snake room 2 (elapids)"},
        {"name": "bell-striker@hour.service", "description": "Hour bell striker"},
        {"name": "bell-striker@quarter.service", "description": "Quarter chime striker"},
        {"name": "victron-mqtt.service", "description": "Victron GX Modbus TCP to MQTT bridge"},
        {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"},
        {"name": "selfie-booth.service", "description": "Photo booth kiosk (print and QR download)"},
        {"name": "can-inspection-log.service", "description": "CAN bus inspection logger"},
    ],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "eth2", "kind": "ethernet", "state": "down"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}, "lo"],
    "leds": [{"name": "red:fault", "color": "red", "function": "fault"}],
    "storage": [{"device": "/dev/sda1", "mounted": True, "label": "BOOTH-PHOTOS", "model": "Samsung PRO Endurance"},
                {"device": "/dev/sdb1", "mounted": False, "label": "EXPORT", "model": "Kingston IronKey"},
                {"device": "/dev/sdc1", "mounted": True, "label": "CADORE", "model": "Samsung T7", "size": "1T"},
                {"device": "/dev/sdd1", "mounted": True, "label": "LASER", "model": "Samsung T7", "size": "500G"}],
    "power_profile": "balanced",
})

NO_CHANGE = ("say", "report_status", "ignore")


def decide(command: str) -> tuple:
    proposal = WORDS.decide(command, LAB)
    return proposal.tool, dict(proposal.args)


@pytest.mark.parametrize(("command", "expected"), [
    # a name said after a pause, then what the speaker does next
    ("unmount the T7, the 500 gig one, I'm taking it home", ("unmount_storage", {"device": "/dev/sdd1"})),
    # a kind of thing named in a statement after the request is not what is asked for
    ("bring up the ethernet port that's down, the new merging unit is patched into it",
     ("set_network", {"interface": "eth2", "state": "up"})),
    # a bridge named by what it talks to
    ("the thing that talks to the victron isn't updating, restart it",
     ("restart_service", {"unit": "victron-mqtt.service"})),
    # "give it N first": the wait
    ("reboot, give it 45 secs first", ("reboot", {"delay_s": 45})),
    # options of systemctl before the verb
    ("systemctl --no-block restart can-inspection-log", ("restart_service", {"unit": "can-inspection-log.service"})),
    ("sudo systemctl -q restart can-inspection-log", ("restart_service", {"unit": "can-inspection-log.service"})),
    # an occasion said with how long that is
    ("reboot once we close, so in 40 min", ("reboot", {"delay_s": 2400})),
    ("reboot when we're back alongside, say in 40 min", ("reboot", {"delay_s": 2400})),
    # an instance told by a word of its description only it has, one or many
    ("elapid room's climate control is drifting, restart it",
     ("restart_service", {"unit": "snake-room-climate@room2.service"})),
    ("restart the climate control for the vipers", ("restart_service", {"unit": "snake-room-climate@room1.service"})),
    # a program dead, then "start it": the program, not a drive whose label says its words
    ("photo booth is dead, start it", ("start_service", {"unit": "selfie-booth.service"})),
    # a drive that has to be mounted is asked for
    ("the IronKey has to be mounted for the judge's export", ("mount_storage", {"device": "/dev/sdb1",
                                                                                "readonly": True})),
    ("the IronKey must be mounted read-write", ("mount_storage", {"device": "/dev/sdb1", "readonly": False})),
    # the device rebooted by one who says who they are first
    ("Mosquitto here. please reboot now", ("reboot", {"delay_s": 0})),
    # what the guards below leave alone
    ("reboot nginx before the show", ("restart_service", {"unit": "nginx.service"})),
    ("chrony is off by an hour, restart it", ("restart_service", {"unit": "chrony.service"})),
    ("nginx service has hung, please restart", ("restart_service", {"unit": "nginx.service"})),
    ("take ethernet 1 down", ("set_network", {"interface": "eth0", "state": "down"})),
])
def test_asked(command: str, expected: tuple) -> None:
    assert decide(command) == expected


@pytest.mark.parametrize("command", [
    # what is wrong by so much is no light or service switched off
    "is the GPS fix any good? start times on the results look off by a few seconds",
    "the clock seems off by about 3 seconds",
    # when, not what: a unit named only in the time said
    "reboot it before shabbos", "reboot before shabbos",
    # a program told of first that the device does not have: not the device rebooted
    "fingerprint enrolment service has hung — please restart",
    # a numbered link the device does not have
    "bring up ethernet 3", "take wifi 2 down",
    # the occasion with a wait is never a condition, a negation, another thing, or a take-back
    "reboot if the backup fails, so in 40 min", "don't reboot once we close, so in 40 min",
    "reboot nginx once we close, so in 40 min", "stop nginx once we close, so in 40 min",
    "reboot once we close, so in 40 min. just kidding", "reboot once we close, so in 40 min?",
    # nor "has to be mounted" when it is reported, asked, conditional or negated
    "my boss says the IronKey has to be mounted", "does the IronKey have to be mounted?",
    "if the IronKey has to be mounted, tell me", "the IronKey never has to be mounted",
    # nor two instances told apart by the words of their shared name
    "restart the bell striker",
])
def test_not_changed(command: str) -> None:
    assert decide(command)[0] in NO_CHANGE, command


def test_the_closing_delay_wait_is_only_a_reboots() -> None:
    """("stop nginx once we close, so in 40 min" cannot wait: one call does it now, so it is not done.)"""
    assert decide("stop nginx once we close, so in 40 min")[0] == "say"

