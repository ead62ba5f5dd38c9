"""Round 55: red team 61's English findings and dev55's, each with the plain request beside it that must still act.

Every guard here is tried from the other side too: a look-alike that is a plain request."""

from __future__ import annotations

import pytest

from llmos.agent.controller.language.interpret import Interpreter
from llmos.agent.domain import DeviceState

WORDS = Interpreter("rules")

TRUCK = DeviceState.from_dict({
    "units": [
        {"name": "ssh.service", "description": "OpenBSD Secure Shell server"},
        {"name": "grafana-server.service", "description": "Grafana instance"},
        {"name": "gpsd.service", "description": "GPS (Global Positioning System) Daemon"},
        {"name": "qlcplus.service", "description": "QLC+ lighting console"},
        {"name": "companion.service", "description": "Bitfocus Companion stream deck control"},
        {"name": "avahi-daemon.service", "description": "Avahi mDNS/DNS-SD Stack"},
        {"name": "docker.service", "description": "Docker Application Container Engine"},
        {"name": "growlight-scheduler.service", "description": "LED grow light photoperiod scheduler"},
        {"name": "hatch-controller@east.service", "description": "Sample hatch interlocks, east row (booths 1-6)"},
        {"name": "hatch-controller@west.service", "description": "Sample hatch interlocks, west row (booths 7-12)"},
        {"name": "bubble-tube@left.service", "description": "Bubble tube colour controller (left corner)"},
        {"name": "bubble-tube@right.service", "description": "Bubble tube colour controller (right corner)"},
        {"name": "atd-backup.service", "description": "Nightly backup of the test data"},
    ],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "eth1", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}, "lo"],
    "leds": [{"name": "red:fault", "color": "red", "function": "fault"},
             {"name": "green:status", "color": "green", "function": "status"}],
    "storage": [{"device": "/dev/sda1", "mounted": True, "label": "rootfs"},
                {"device": "/dev/sdb1", "mounted": False, "label": "SHOWFILES", "model": "Samsung T7"}],
    "power_profile": "balanced",
})

NO_CHANGE = ("say", "report_status", "ignore")


def decide(command: str) -> tuple:
    proposal = WORDS.decide(command, TRUCK)
    return proposal.tool, dict(proposal.args)


@pytest.mark.parametrize("command", [
    # what a screen shows, told by whatever shows it, or how a thing looks
    "companion shows gpsd down", "the stage manager's ipad shows ssh down", "eth1 seems down",
    "the status led looks off", "eth1 status: down", "docker down in grafana", "the dashboard shows performance mode",
    "the dashboard has gpsd down",
    # a thing on a screen by its colour is no light
    "grafana's red bar - off", "red fault in grafana, turn it off", "the red LED icon in grafana, turn it off",
    # another machine, or no machine, said first without a pause or last
    "on their box stop docker", "on Bob's machine, take wlan0 down", "restart docker in my dream",
    "take wlan0 down in the emulator", "restart gpsd on the spare", "blink the fault light on the unit we shipped back",
    "mount sdb1 read-write in the simulation", "restart qlc+ next tour",
    # a correction to what the device does not have
    "restart avahi actually traefik", "stop docker znaczy haproxy", "restart qlc+ -> mysql",
    # a rule, not a request now
    "each time gpsd hangs restart it", "on grafana crash: restart it", "qlc+ freezes? restart it",
    "ssh fails, stop it", "gpsd hang -> start it", "bring eth1 up on cue", "at curtain down, stop companion",
    # taken back last, without a pause
    "stop gpsd disregard", "start docker forget what I said", "restart qlc+ - that was meant for slack",
    # a profile left, or what a profile does
    "the profile remains powersave", "profile: performance (no change)", "performance mode drains the truck battery",
    # what someone did
    "our sound guy brought eth1 up last night", "the store manager took wlan0 down",
    # a light restarted
    "restart the fault led", "restart the green light", "restart red:fault",
    # two requests, however parted
    "stop gpsd  stop docker", "start avahi\trestart docker", "start docker;unmount sdb1",
    "start gpsd too: stop docker", "restart grafana step 2: restart avahi", "bounce docker on top of that reboot",
    "restart grafana\nbounce gpsd",
    # dev55: a value to turn to is no stop
    "spin the grow light scheduler down to 10",
])
def test_round_55_changes_nothing(command: str) -> None:
    assert decide(command)[0] in NO_CHANGE


@pytest.mark.parametrize("command,call", [
    # the plain requests beside them
    ("restart gpsd", ("restart_service", {"unit": "gpsd.service"})),
    ("the grafana dashboard shows gpsd down restart it", ("restart_service", {"unit": "gpsd.service"})),
    ("qlc+ shows the docker engine failed. restart it", ("restart_service", {"unit": "docker.service"})),
    ("docker shows as down in grafana, bounce it", ("restart_service", {"unit": "docker.service"})),
    ("nginx is down -> restart it", ("say", None)),  # (no nginx here: asked about, not a rule)
    ("gpsd is down -> restart it", ("restart_service", {"unit": "gpsd.service"})),
    ("turn the red led off", ("set_led", {"name": "red:fault", "state": "off"})),
    ("restart the grow light scheduler", ("restart_service", {"unit": "growlight-scheduler.service"})),
    ("take wlan0 down", ("set_network", {"interface": "wlan0", "state": "down"})),
    ("restart docker on the box", ("restart_service", {"unit": "docker.service"})),
    # a correction without a pause
    ("start docker pardon gpsd", ("start_service", {"unit": "gpsd.service"})),
    ("stop companion rather grafana", ("stop_service", {"unit": "grafana-server.service"})),
    ("restart avahi -> the docker engine", ("restart_service", {"unit": "docker.service"})),
    # kept apart without a pause, in other languages too
    ("restart qlc+ ausser avahi", ("restart_service", {"unit": "qlcplus.service"})),
    ("restart qlc+ the docker engine stays", ("restart_service", {"unit": "qlcplus.service"})),
    ("stop grafana and let gpsd be", ("stop_service", {"unit": "grafana-server.service"})),
    ("restart qlc+ but nto gpsd", ("restart_service", {"unit": "qlcplus.service"})),
    # a span in parts, the larger first
    ("reboot in an hour, 15 minutes", ("reboot", {"delay_s": 4500})),
    ("reboot in 2 hours, 1 minute, 10 seconds", ("reboot", {"delay_s": 7270})),
    ("reboot in 5 minutes, and 30 seconds", ("reboot", {"delay_s": 330})),
    # writing asked for, and writing left for another day
    ("mount sdb1 rw please", ("mount_storage", {"device": "/dev/sdb1", "readonly": False})),
    ("mount sdb1 - whoever wants rw can ask tomorrow", ("mount_storage", {"device": "/dev/sdb1", "readonly": True})),
    ("mount sdb1, read-write would corrupt it", ("mount_storage", {"device": "/dev/sdb1", "readonly": True})),
    ("mount sdb1, Marek asked for rw, ignore him", ("mount_storage", {"device": "/dev/sdb1", "readonly": True})),
    # dev55: a link by its place, an instance by a word with a hyphen, a number in a described range, a complaint
    # of the past before a request now, "kick it off"
    ("take the second ethernet port down", ("set_network", {"interface": "eth1", "state": "down"})),
    ("restart the right-hand bubble tube", ("restart_service", {"unit": "bubble-tube@right.service"})),
    ("restart the hatch controller for booth 9", ("restart_service", {"unit": "hatch-controller@west.service"})),
    ("the test data backup didn't run last night, kick it off now pls",
     ("start_service", {"unit": "atd-backup.service"})),
    ("quick one before the team's call - can you restart gpsd?", ("restart_service", {"unit": "gpsd.service"})),
    ("gpsd won't come back up after the drop, restart it", ("restart_service", {"unit": "gpsd.service"})),
])
def test_round_55_still_acts(command: str, call: tuple) -> None:
    tool, args = decide(command)
    assert (tool, args if call[1] is not None else None) == call


@pytest.mark.parametrize("command,delay", [
    ("reboot in 1 hour minus 10 minutes", None), ("reboot in 10 minutes, and 2 hours later restart gpsd", None),
])
def test_round_55_spans_not_joined(command: str, delay: int | None) -> None:
    assert decide(command)[0] in NO_CHANGE
