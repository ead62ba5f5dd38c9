"""Grammar narrowing: names and tools the request can justify, and nothing it cannot."""

from __future__ import annotations

import pytest
from llmos.agent.domain import DecisionRequest, DeviceState, HardwareEvent, StorageState
from llmos.agent.model.entities import durations, mentions, narrowing
from llmos.agent.model.grammar import narrowed_schema

STATE = DeviceState(units=("nginx.service", "node-red.service"), interfaces=("eth0", "wlan0"),
                    leds=("green:status", "led0"),
                    storage=(StorageState("/dev/sda1", True), StorageState("/dev/sdb1", False)))


def test_mentions_match_known_names_in_any_case() -> None:
    found = mentions(DecisionRequest("Restart NGINX and blink the status led", (), STATE))
    assert found == {"unit": ["nginx.service"], "name": ["green:status"]}


def test_new_names_keep_their_case() -> None:
    found = mentions(DecisionRequest("console on ttyUSB1, then mount sdz9", (), STATE))
    assert found["port"] == ["/dev/ttyUSB1"] and found["device"] == ["/dev/sdz9"]


def test_entities_narrow_tools_to_what_the_names_allow(catalog) -> None:
    n = narrowing(DecisionRequest("take eth0 down", (), STATE), "entities")
    assert set(n.tools) == {"set_network", "say", "ignore", "report_status"}
    assert n.names["interface"] == ["eth0"]
    schema = narrowed_schema(catalog, n)
    tools = {v["properties"]["tool"]["const"] for v in schema["anyOf"]}
    assert tools == set(n.tools)


def test_event_only_allows_the_subsystem_actions_and_ignore() -> None:
    event = HardwareEvent("add", "block", "/devices/x/sdc/sdc1", "/dev/sdc1",
                          {"ID_FS_TYPE": "vfat"})
    n = narrowing(DecisionRequest(None, (event,), STATE), "entities")
    assert set(n.tools) == {"ignore", "mount_storage", "unmount_storage"}
    assert n.names["device"] == ["/dev/sdc1"]


def test_off_leaves_the_catalog_alone(catalog) -> None:
    n = narrowing(DecisionRequest("restart nginx", (), STATE), "off")
    assert n.tools is None and not n.names
    assert len(narrowed_schema(catalog, n)["anyOf"]) == len(catalog.tools)


@pytest.mark.parametrize("text, seconds", [
    ("reboot in 10 minutes", [600]), ("after 90s please", [90]), ("IN HALF AN HOUR", [1800]),
    ("reboot in two mins", [120]), ("in 1.5 hours", [5400]), ("reboot now", []),
    ("restart sda1", []), ("in 5m or in an hour", [300, 3600]), (None, [])])
def test_durations_are_read_from_the_command(text, seconds) -> None:
    assert durations(text) == seconds


def test_a_delay_is_one_the_command_states_or_none(catalog) -> None:
    n = narrowing(DecisionRequest("reboot the box in 10 minutes", (), STATE), "entities")
    assert n.values["reboot.delay_s"] == [0, 600]
    reboot = next(v for v in narrowed_schema(catalog, n)["anyOf"]
                  if v["properties"]["tool"]["const"] == "reboot")["properties"]["args"]
    assert reboot["properties"]["delay_s"]["enum"] == [0, 600]
    assert "delay_s" in reboot["required"]  # stated, so the default cannot replace the choice


def test_router_choices_narrow_tools_and_values(catalog) -> None:
    n = narrowing(DecisionRequest("take eth0 down", (), STATE), "entities")
    n.route({"tool": ["set_network", "reboot"], "set_network.state": ["down"]})
    assert n.tools == ["set_network"]  # reboot names nothing the command mentions
    network = narrowed_schema(catalog, n)["anyOf"][0]["properties"]["args"]
    assert network["properties"]["state"]["enum"] == ["down"]


def test_router_never_empties_the_tools() -> None:
    n = narrowing(DecisionRequest("take eth0 down", (), STATE), "entities")
    n.route({"tool": ["reboot"]})
    assert set(n.tools) == {"set_network", "say", "ignore", "report_status"}
