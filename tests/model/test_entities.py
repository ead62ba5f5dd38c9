"""Grammar narrowing: names and tools the request can justify, and nothing it cannot."""

from __future__ import annotations

import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.controller.model.entities import durations, mentions, narrowing, port_name, spans
from llmos.agent.controller.model.grammar import narrowed_schema
from llmos.agent.domain import DecisionRequest, DeviceState, HardwareEvent, StorageState

CATALOG = load_catalog()
STATE = DeviceState(units=("nginx.service", "node-red.service"), interfaces=("eth0", "wlan0"),
                    leds=("green:status", "led0"),
                    storage=(StorageState("/dev/sda1", True), StorageState("/dev/sdb1", False)))


def test_mentions_match_known_names_in_any_case() -> None:
    found = mentions(DecisionRequest("Restart NGINX and blink the status led", (), STATE))
    assert found == {"unit": ["nginx.service"], "name": ["green:status"]}


def test_new_names_keep_their_case() -> None:
    found = mentions(DecisionRequest("console on ttyUSB1, then mount sdz9", (), STATE))
    assert found["port"] == ["/dev/ttyUSB1"] and found["device"] == ["/dev/sdz9"]


def test_serial_ports_take_the_kernel_spelling_however_they_are_typed() -> None:
    assert port_name("Ttyusb8") == "/dev/ttyUSB8"
    assert port_name("/dev/TTYACM0") == "/dev/ttyACM0"
    assert port_name("ttyS1") == "/dev/ttyS1" and port_name("ttyXRUSB2") == "/dev/ttyXRUSB2"
    found = mentions(DecisionRequest("GIVE ME A CONSOLE ON TTYUSB3", (), STATE))
    assert found["port"] == ["/dev/ttyUSB3"]


def test_a_command_in_capitals_names_units_in_lower_case() -> None:
    request = DecisionRequest("STOP PROMETHEUS.SERVICE AND ZWAVE-UI NOW", (), STATE)
    found = mentions(request, {"unit": ["ZWAVE-UI"]})
    assert found["unit"] == ["prometheus.service", "zwave-ui.service"]


def test_a_name_typed_in_full_takes_the_spelling_the_state_knows() -> None:
    state = DeviceState(units=("NetworkManager.service",),
                        storage=(StorageState("/dev/sda1", False),))
    said = mentions(DecisionRequest("HELLO, MAKE NETWORKMANAGER.SERVICE STOP. MOUNT /DEV/SDA1",
                                    (), state))
    assert said == {"unit": ["NetworkManager.service"], "device": ["/dev/sda1"]}

def test_spans_give_each_word_its_offsets() -> None:
    text = "restart 'zwave-js-ui', please!"
    assert [(w, text[s:e]) for w, s, e in spans(text)][1] == ("zwave-js-ui", "zwave-js-ui")
    assert [w for w, _, _ in spans(text)] == ["restart", "zwave-js-ui", "please"]


def test_words_the_router_tagged_are_mentions_resolved_against_the_state() -> None:
    request = DecisionRequest("restart zwave-js-ui and the Status light", (), STATE)
    found = mentions(request, {"unit": ["zwave-js-ui"], "name": ["Status"]})
    assert found["unit"] == ["zwave-js-ui.service"]  # new: the unit suffix is added
    assert found["name"] == ["green:status"]  # known: the LED it stands for
    n = narrowing(CATALOG, request, "entities", {"unit": ["zwave-js-ui"]})
    assert n.names["unit"] == ["zwave-js-ui.service"]  # not every word, not node-red


def test_entities_narrow_tools_to_what_the_names_allow(catalog) -> None:
    n = narrowing(CATALOG, DecisionRequest("take eth0 down", (), STATE), "entities")
    assert set(n.tools) == {"set_network", "say", "ignore", "report_status"}
    assert n.names["interface"] == ["eth0"]
    schema = narrowed_schema(catalog, n)
    tools = {v["properties"]["tool"]["const"] for v in schema["anyOf"]}
    assert tools == set(n.tools)


def test_event_only_allows_the_subsystem_actions_and_ignore() -> None:
    event = HardwareEvent("add", "block", "/devices/x/sdc/sdc1", "/dev/sdc1",
                          {"ID_FS_TYPE": "vfat"})
    n = narrowing(CATALOG, DecisionRequest(None, (event,), STATE), "entities")
    assert set(n.tools) == {"ignore", "mount_storage", "unmount_storage"}
    assert n.names["device"] == ["/dev/sdc1"]


def test_off_leaves_the_catalog_alone(catalog) -> None:
    n = narrowing(CATALOG, DecisionRequest("restart nginx", (), STATE), "off")
    assert n.tools is None and not n.names
    assert len(narrowed_schema(catalog, n)["anyOf"]) == len(catalog.tools)


@pytest.mark.parametrize("text, seconds", [
    ("reboot in 10 minutes", [600]), ("after 90s please", [90]), ("IN HALF AN HOUR", [1800]),
    ("reboot in two mins", [120]), ("in 1.5 hours", [5400]), ("reboot now", []),
    ("restart sda1", []), ("in 5m or in an hour", [300, 3600]), (None, [])])
def test_durations_are_read_from_the_command(text, seconds) -> None:
    assert durations(text) == seconds


def _args_schema(catalog, n, tool: str) -> dict:
    return next(v for v in narrowed_schema(catalog, n)["anyOf"]
                if v["properties"]["tool"]["const"] == tool)["properties"]["args"]


def test_a_delay_is_the_one_the_command_states_else_none(catalog) -> None:
    n = narrowing(CATALOG, DecisionRequest("reboot the box in 10 minutes", (), STATE), "entities")
    assert n.values["reboot.delay_s"] == [600]
    reboot = _args_schema(catalog, n, "reboot")
    assert reboot["properties"]["delay_s"]["enum"] == [600]
    assert "delay_s" in reboot["required"]  # stated, so the default cannot replace the choice
    now = narrowing(CATALOG, DecisionRequest("reboot the box", (), STATE), "entities")
    assert now.values["reboot.delay_s"] == [0]


def test_the_drive_is_one_that_can_be_mounted_or_unmounted(catalog) -> None:
    state = DeviceState(storage=(StorageState("/dev/sda1", True), StorageState("/dev/sdb1", False),
                                 StorageState("/dev/sdc1", True)))
    n = narrowing(CATALOG, DecisionRequest("mount the usb stick", (), state), "entities")
    assert _args_schema(catalog, n, "mount_storage")["properties"]["device"]["enum"] == \
        ["/dev/sdb1"]
    assert _args_schema(catalog, n, "unmount_storage")["properties"]["device"]["enum"] == \
        ["/dev/sda1", "/dev/sdc1"]
    added = HardwareEvent("add", "block", "/devices/sdd1", "/dev/sdd1", {"ID_FS_USAGE": "filesystem"})
    n = narrowing(CATALOG, DecisionRequest("mount it", (added,), state), "entities")
    assert n.values["mount_storage.device"] == ["/dev/sdd1"]  # the drive just plugged in
    named = narrowing(CATALOG, DecisionRequest("mount /dev/sda1", (), state), "entities")
    assert "mount_storage.device" not in named.values  # a named device is the model's to copy


def test_an_led_without_a_function_is_named_by_its_device() -> None:
    state = DeviceState(leds=("mmc0::", "white:power"), interfaces=("eth0",))
    said = mentions(DecisionRequest("can you shut off mmc0::", (), state))
    assert said == {"name": ["mmc0::"]}


def test_a_known_name_keeps_its_kind_whatever_the_tagger_says() -> None:
    state = DeviceState(units=("nginx.service",), leds=("syncmon",))
    said = mentions(DecisionRequest("activate syncmon", (), state), {"unit": ["syncmon"]})
    assert said == {"name": ["syncmon"]}


@pytest.mark.parametrize("command, unit", [
    ("Apache2 bring up", "apache2.service"), ("RESTART CHRONYD", "chronyd.service"),
    ("start NetworkManager", "NetworkManager.service")])
def test_case_from_typing_is_not_part_of_a_new_name(command, unit) -> None:
    word = command.split()[0 if command.startswith("A") else 1]
    assert mentions(DecisionRequest(command, (), DeviceState()), {"unit": [word]}) == \
        {"unit": [unit]}


def test_a_tagged_word_is_a_new_device_only_if_spelled_like_one() -> None:
    said = mentions(DecisionRequest("THE SD CARD IS NOT MOUNTED", (), DeviceState()),
                    {"device": ["SD"]})
    assert "device" not in said


def test_router_choices_narrow_tools_and_values(catalog) -> None:
    n = narrowing(CATALOG, DecisionRequest("take eth0 down", (), STATE), "entities")
    n.route({"tool": ["set_network", "reboot"], "set_network.state": ["down"]})
    assert n.tools == ["set_network"]  # reboot names nothing the command mentions
    network = narrowed_schema(catalog, n)["anyOf"][0]["properties"]["args"]
    assert network["properties"]["state"]["enum"] == ["down"]


def test_router_never_empties_the_tools() -> None:
    n = narrowing(CATALOG, DecisionRequest("take eth0 down", (), STATE), "entities")
    n.route({"tool": ["reboot"]})
    assert set(n.tools) == {"set_network", "say", "ignore", "report_status"}


def test_a_name_said_in_full_wins_over_a_short_form() -> None:
    state = DeviceState(leds=("status", "green:status"))
    assert mentions(DecisionRequest("put led status in blink mode", (), state)) == \
        {"name": ["status"]}


def test_a_command_that_names_no_unit_led_or_interface_cannot_act_on_one(catalog) -> None:
    n = narrowing(CATALOG, DecisionRequest("turn the volume up", (), STATE), "entities")
    n.route({"tool": ["start_service", "set_led"]})  # the router guessed; nothing backs it
    tools = {v["properties"]["tool"]["const"] for v in narrowed_schema(catalog, n)["anyOf"]}
    assert not tools & {"start_service", "stop_service", "restart_service", "set_led",
                        "set_network"}
    assert {"say", "ignore", "reboot", "mount_storage"} <= tools


def test_an_event_can_bring_the_interface_a_command_means() -> None:
    event = HardwareEvent("add", "net", "/devices/x/net/usb0", None, {"INTERFACE": "usb0"})
    n = narrowing(CATALOG, DecisionRequest("bring the new nic up", (event,), STATE), "entities")
    assert "set_network" not in n.barred and n.names["interface"] == ["usb0"]
    assert "restart_service" in n.barred
