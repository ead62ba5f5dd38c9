"""Round 56: red team 62's findings and dev56's English, each with the plain request beside it that must still act.

Every guard here is tried from the other side too: a look-alike that is a plain request."""

from __future__ import annotations

import pytest

from llmos.agent.controller.language.interpret import Interpreter
from llmos.agent.domain import DeviceState

WORDS = Interpreter("rules")

FERRY = DeviceState.from_dict({
    "units": [
        {"name": "ssh.service", "description": "OpenBSD Secure Shell server"},
        {"name": "nginx.service", "description": "A high performance web server and a reverse proxy server"},
        {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"},
        {"name": "telegraf.service", "description": "Telegraf"},
        {"name": "gpsd.service", "description": "GPS (Global Positioning System) Daemon"},
        {"name": "cups.service", "description": "CUPS Scheduler"},
        {"name": "signalk-server.service", "description": "Signal K server"},
        {"name": "mpd.service", "description": "Music Player Daemon"},
        {"name": "bilge-monitor.service", "description": "Bilge level and pump monitor"},
    ],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "eth1", "kind": "ethernet", "state": "down"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}, "lo"],
    "leds": [{"name": "red:fault", "color": "red", "function": "fault"},
             {"name": "amber:burner", "color": "amber", "function": "burner"},
             {"name": "green:status", "color": "green", "function": "status"}],
    "storage": [{"device": "/dev/sda1", "mounted": True, "label": "rootfs"},
                {"device": "/dev/sdb1", "mounted": False, "label": "BACKUP", "model": "Samsung T7"}],
    "power_profile": "balanced",
})

NO_CHANGE = ("say", "report_status", "ignore")


def decide(command: str) -> tuple:
    proposal = WORDS.decide(command, FERRY)
    return proposal.tool, dict(proposal.args)


@pytest.mark.parametrize("command", [
    # a state told, not asked: what is still so, as expected, for the speaker
    "mosquitto still down", "cups up as expected", "telegraf up for me", "the wifi up and running now",
    # what a screen or a message tells, by any verb of telling
    "the wall monitor printed cups up since 3am", "the scada notes gpsd offline!",
    "journalctl reads telegraf down, fyi",
    "the door panel just showed gpsd online!", "uptime kuma warns wlan0 up!", "the sms texted mosquitto off",
    "grafana lit up with ssh active!", "the monitoring wall flags telegraf down, fyi",
    # what someone else did, told as news
    "btw IT took eth1 down", "earlier the engineer switched the status led off",
    "fyi the contractor turned the wifi on",
    "my colleague set the fault light to blink before handover",
    # take-backs said last
    "reboot. not you", "stop cups - that was for Jan", "restart gpsd, draft", "restart mosquitto (undo)",
    "stop nginx mauvaise fenêtre", "restart gpsd era para Jan", "bring eth1 up sorry, that was for the group",
    # frames said last after a pause, or in another language
    "stop nginx, in the simulator", "restart gpsd — on the backup unit", "stop cups — next trip",
    "restart mosquitto on vessel 2", "restart gpsd (on the standby)", "turn wlan0 off im Traum",
    "on the other ferry, blink the status led", "on their box: stop nginx",
    # rules, cues and approvals
    "kick it each time cups wedges", "restart gpsd as often as gpsd stalls",
    "give it a restart upon the cups failure",
    "on go, reboot", "restart gpsd but only on the whistle", "mount BACKUP, but check with the bridge first",
    "turn the fault light on, but only when docked", "restart signalk, should the need arise",
    # a profile that stays, or what one does
    "no change, performance", "max performance is fine", "auto — keep it", "powersave saves battery",
    "powersave mode: cpu capped", "the old box ran powersave", "performance when plugged in",
    # a correction to a program the device does not have
    "restart nginx — pardon mysql", "stop mosquitto * home-assistant", "restart gpsd eller snarare rabbitmq",
])
def test_round_56_changes_nothing(command: str) -> None:
    assert decide(command)[0] in NO_CHANGE


@pytest.mark.parametrize("command,call", [
    # a bare state asked for, with a courtesy, a reason or a verb beside it
    ("eth1 down please", ("set_network", {"interface": "eth1", "state": "down"})),
    ("eth1 up pls cable is plugged now", ("set_network", {"interface": "eth1", "state": "up"})),
    ("eth1 down for maintenance", ("set_network", {"interface": "eth1", "state": "down"})),
    ("bring eth1 up - we need it", ("set_network", {"interface": "eth1", "state": "up"})),
    ("wlan0 off, it's interfering with the radio", ("set_network", {"interface": "wlan0", "state": "down"})),
    # what a screen shows, then a request of what it shows
    ("grafana reads gpsd dead; please restart it", ("restart_service", {"unit": "gpsd.service"})),
    ("telegraf lists mosquitto stuck, so restart it please", ("restart_service", {"unit": "mosquitto.service"})),
    # what someone did, then what is asked: the request's own state
    ("someone turned nginx on, stop it", ("stop_service", {"unit": "nginx.service"})),
    ("the engineer turned the wifi on, turn it off please", ("set_network", {"interface": "wlan0", "state": "down"})),
    # a correction to a program the device has, in another language
    ("stop nginx plutôt signalk", ("stop_service", {"unit": "signalk-server.service"})),
    ("restart gpsd właściwie mosquitto", ("restart_service", {"unit": "mosquitto.service"})),
    # a profile asked for, with a colon or a reason
    ("performance: now please", ("set_power_profile", {"profile": "performance"})),
    ("set power to save mode, genset running low on diesel", ("set_power_profile", {"profile": "powersave"})),
    ("heat run is over, put the power profile back to the normal middle one",
     ("set_power_profile", {"profile": "balanced"})),
    # dev56: "in the middle of" is no profile, "we finished X" takes nothing back, a correction with what it is
    ("the music stopped in the middle of the song, restart the player", ("restart_service", {"unit": "mpd.service"})),
    ("turn the burner light off, we finished the last trolley", ("set_led", {"name": "amber:burner", "state": "off"})),
    # the time asked, with what it waits out or the deadline it meets
    ("reboot in 10 minutes, after the UV cycle ends", ("reboot", {"delay_s": 600})),
    ("reboot in 1.5 hours when the feeding round is done", ("reboot", {"delay_s": 5400})),
    ("reboot in 3 min before the motos start", ("reboot", {"delay_s": 180})),
])
def test_round_56_still_acts(command: str, call: tuple) -> None:
    assert decide(command) == call


@pytest.mark.parametrize("command", [
    "reboot in 10 min after nginx restarts", "reboot 10 min after the cycle ends", "reboot before the motos start",
    "restart nginx, at my signal", "the moment nginx hangs, restart it",
])
def test_round_56_still_waits(command: str) -> None:
    assert decide(command)[0] in NO_CHANGE
