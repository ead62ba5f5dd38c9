"""Grammar narrowing: names and tools the request can justify, and nothing it cannot."""

from __future__ import annotations

from llmos.agent.domain import DecisionRequest, DeviceState, HardwareEvent, StorageState
from llmos.agent.model.entities import mentions, narrowing
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
