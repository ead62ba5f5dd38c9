"""Grounding with the language encoder, as the image decides: a name the device does not have,
said before a word of something it has, is not that thing."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmos_models import independent

STATE = {"units": [
    {"name": "tilt-listener.service", "description": "Tilt hydrometer BLE listener"},
    {"name": "systemd-timesyncd.service", "description": "Network Time Synchronization"},
    {"name": "instrument-logger.service", "description": "Lab instrument logger (balance and pH meter)"},
    {"name": "kiosk-browser.service", "description": "Kiosk browser session (Chromium, exhibit 4)"},
    {"name": "rtl_433.service", "description": "rtl_433 433MHz receiver"},
    {"name": "fermenter-logger@1.service", "description": "Fermenter temperature logger 1"}],
    "interfaces": [{"name": "usb0", "kind": "ethernet", "state": "up"}]}


@pytest.fixture(scope="module")
def decide(default_bundle: Path):
    config = independent.image_config(default_bundle)
    return lambda command: independent.decide(config, [{"command": command, "state": STATE}])[0]


@pytest.mark.parametrize("command", [
    "restart the ispindel listener", "restart the brewfather sync", "restart the HPLC logger",
    "please restart the Ispindel listener now", "the brewfather sync is stuck, restart it",
    "stop the hplc logger"])
def test_a_name_the_device_does_not_have_is_not_what_it_has(decide, command: str) -> None:
    answer = decide(command)
    assert answer["tool"] == "say", (command, answer)


@pytest.mark.parametrize("command, unit", [
    ("restart the tilt listener", "tilt-listener.service"),
    ("restart the time sync", "systemd-timesyncd.service"),
    ("restart the instrument logger", "instrument-logger.service"),
    ("restart the touchscreen browser", "kiosk-browser.service"),
    ("restart the fermenter temp logger", "fermenter-logger@1.service"),
    ("restart the hydrometer listener", "tilt-listener.service")])
def test_words_the_device_knows_still_ground(decide, command: str, unit: str) -> None:
    answer = decide(command)
    assert (answer["tool"], answer.get("args")) == ("restart_service", {"unit": unit}), \
        (command, answer)


HUB = {"units": [
    {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"},
    {"name": "influxdb.service", "description": "InfluxDB time series database"},
    {"name": "grafana-server.service", "description": "Grafana instance"},
    {"name": "kiosk-browser.service", "description": "Chromium kiosk browser"},
    {"name": "nginx.service", "description": "A high performance web server and a reverse proxy server"},
    {"name": "chrony.service", "description": "chrony, an NTP client/server"}]}


@pytest.mark.parametrize("command, unit", [
    ("stop the acme broker", None), ("restart the contoso dashboard", None),
    ("restart the acme database", None), ("stop the acme web server", None),
    ("stop the initech ntp daemon", None), ("restart the mqtt broker", "mosquitto.service"),
    ("restart the time series database", "influxdb.service"),
    ("restart the grafana dashboard", "grafana-server.service"),
    ("restart the touchscreen browser", "kiosk-browser.service"),
    ("restart the web server", "nginx.service"), ("restart the ntp daemon", "chrony.service")])
def test_an_unknown_name_before_what_a_unit_is_is_not_that_unit(
        default_bundle: Path, command: str, unit: str | None) -> None:
    """"the acme broker" is no broker here; "the touchscreen browser" (a word ending in one of
    the unit's) still is the kiosk browser."""
    answer = independent.decide(independent.image_config(default_bundle),
                                [{"command": command, "state": HUB}])[0]
    if unit is None:
        assert answer["tool"] == "say", (command, answer)
    else:
        assert answer.get("args") == {"unit": unit}, (command, answer)


RINK = {"units": [
    {"name": "rink-watchdog.service",
     "description": "Hardware watchdog feeder for the compressor controller"},
    {"name": "pos-till.service", "description": "Skate rental and snack bar till"},
    {"name": "containerd.service", "description": "containerd container runtime"},
    {"name": "collectd.service", "description": "Statistics collection and monitoring daemon"}]}


@pytest.mark.parametrize("command, unit", [
    # two English words a letter apart are two words, not a slip of one
    ("restrt the till plz snack bar cant ring anythin up", "pos-till.service"),
    # a slip is still one: a letter missing, or one stem ("collector" of collectd)
    ("restart the rnk watchdog", "rink-watchdog.service"),
    ("restart the rink wachdog", "rink-watchdog.service"),
    ("restart the collector", "collectd.service")])
def test_a_word_like_a_name_is_a_slip_only_if_it_is_no_other_word(
        default_bundle: Path, command: str, unit: str | None) -> None:
    answer = independent.decide(independent.image_config(default_bundle),
                                [{"command": command, "state": RINK}])[0]
    if unit is None:
        assert answer["tool"] == "say", (command, answer)
    else:
        assert answer.get("args") == {"unit": unit}, (command, answer)


PUMPS = {"leds": [{"name": "sys:green:status", "color": "green", "function": "status"},
                  {"name": "pump1:green:run", "color": "green", "function": "pump 1 running"},
                  {"name": "pump2:green:run", "color": "green", "function": "pump 2 running"}]}


@pytest.mark.parametrize("command, led", [
    # a number of a name said as a word is the number
    ("pump two LED off", "pump2:green:run"), ("pump 2 LED off", "pump2:green:run"),
    ("turn off the pump one led", "pump1:green:run"), ("turn off the pump led", None)])
def test_a_number_said_as_a_word(default_bundle: Path, command: str, led: str | None) -> None:
    answer = independent.decide(independent.image_config(default_bundle),
                                [{"command": command, "state": PUMPS}])[0]
    if led is None:
        assert answer["tool"] == "say", (command, answer)
    else:
        assert answer.get("args") == {"name": led, "state": "off"}, (command, answer)



LIFT = {"units": [
    {"name": "lift-plc-gateway.service", "description": "Modbus gateway to the lift drive PLC"},
    {"name": "wind-logger@top.service", "description": "Wind speed logger, top station"},
    {"name": "rope-cam.service", "description": "Haul rope icing camera recorder"},
    {"name": "dispatch.service", "description": "Taxi dispatch engine (job allocation)"},
    {"name": "fleet-tracker.service", "description": "Vehicle location receiver for fleet GPS units"},
    {"name": "sms-gateway.service", "description": "SMS booking confirmations via USB modem"},
    {"name": "mumble-server.service", "description": "Mumble VoIP Server"},
    {"name": "shairport-sync.service", "description": "ShairportSync AirTunes receiver"},
    {"name": "grafana-server.service", "description": "Grafana instance"}]}


@pytest.mark.parametrize("command, unit", [
    # (round 32) a loose fit that no word of the phrase backs is something the device lacks:
    # these had restarted the rope camera and the SMS gateway
    ("restart the snow cannon controller", None), ("restart the card payment terminal service", None),
    # ... while a word it knows, or what the program is, still grounds
    ("restart the voice chat server", "mumble-server.service"),
    ("restart the airplay thing", "shairport-sync.service"),
    ("restart the graphing server", "grafana-server.service"),
    ("restart the rope camera", "rope-cam.service"), ("restart the sms gateway", "sms-gateway.service")])
def test_a_loose_fit_needs_a_word_of_the_phrase_behind_it(default_bundle: Path, command: str,
                                                        unit: str | None) -> None:
    config = independent.image_config(default_bundle)
    answer = independent.decide(config, [{"command": command, "state": LIFT}])[0]
    expected = ("say", None) if unit is None else ("restart_service", {"unit": unit})
    assert (answer["tool"], answer.get("args") if unit else None) == expected, (command, answer)
