"""The synthetic udev events: seeded, labelled by the rule controller, varied, hostile-proof.

Fast: no model, no training. (The handwritten evaluation set is deliberately not used here.)
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict

import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.controller.model.prompt import KEY_PROPERTIES, event_summary, free_text
from llmos.agent.controller.rules import react
from llmos.agent.domain import DeviceState, HardwareEvent, StorageState
from llmos.agent.normalize import event_from_dict
from llmos.agent.validation import validate
from llmos_models import data, names
from llmos_models import events as ev


def _scene_storage(rng: random.Random) -> list[list]:
    return [[names.block_device(rng), rng.random() < 0.5] for _ in range(rng.randint(0, 3))]


def _state(storage: list[list]) -> DeviceState:
    return DeviceState(storage=tuple(StorageState(d, m) for d, m in storage))


def _draws(n: int, seed: int, hostile: float = 0.3) -> list[tuple[dict, dict, list]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        storage = _scene_storage(rng)
        event, expect = ev.random_event(rng, rng.random() < hostile, storage)
        out.append((event, expect, storage))
    return out


@pytest.fixture(scope="module")
def draws() -> list[tuple[dict, dict, list]]:
    return _draws(10_000, seed=2024)


def test_same_seed_same_events():
    assert _draws(500, seed=7) == _draws(500, seed=7)
    assert _draws(200, seed=7) != _draws(200, seed=8)


def test_every_label_is_what_the_rules_answer(draws):
    catalog = load_catalog()
    for event, expect, storage in draws:
        tool, args = react(HardwareEvent(**event), _state(storage))
        assert expect == {"tool": tool, "args": dict(args)}, event
        # the same after the runtime's normalisation (bounded, cleaned properties)
        tool, args = react(event_from_dict(event), _state(storage))
        assert expect == {"tool": tool, "args": dict(args)}, event
        validate(catalog, expect["tool"], expect["args"])


def test_hostile_text_never_changes_the_label():
    rng = random.Random(3)
    for event, expect, storage in _draws(800, seed=11, hostile=0.0):
        for key in rng.sample(ev.FREE_TEXT, 4):
            text = rng.choice(ev.HOSTILE)
            attacked = dict(event, properties={**event["properties"], key: text})
            assert ev.label(attacked, storage) == expect, (key, text, event)


def test_hostile_text_only_goes_into_free_text_properties():
    seen = 0
    for event, _, _ in _draws(3000, seed=5, hostile=1.0):
        hostile_keys = {k for k, v in event["properties"].items() if v in ev.HOSTILE}
        assert hostile_keys, event
        assert hostile_keys <= set(ev.FREE_TEXT), hostile_keys
        seen += len(hostile_keys)
    assert seen >= 3000


def test_neither_the_model_nor_the_router_reads_where_hostile_text_goes():
    for key in ev.FREE_TEXT:
        assert free_text(key), key
    for event, _, _ in _draws(500, seed=9, hostile=1.0):
        line = event_summary(HardwareEvent(**event))
        assert not any(text in line for text in ev.HOSTILE), line
        assert not any(free_text(key) for key in KEY_PROPERTIES)


def test_block_add_is_a_mountable_partition():
    rng = random.Random(1)
    for _ in range(300):
        dev = names.block_device(rng)
        event = ev.block_add(rng, dev, rng.random() < 0.3)
        assert event["devnode"] == dev and event["properties"]["DEVTYPE"] == "partition"
        assert ev.label(event, []) == {"tool": "mount_storage",
                                       "args": {"device": dev, "readonly": True}}


def test_the_variety_is_real():
    sample = _draws(2000, seed=99)
    key_sets: dict[str, set] = defaultdict(set)
    reactions: dict[tuple[str, str], set] = defaultdict(set)
    supply_types, interfaces, ports = set(), set(), set()
    for event, expect, _ in sample:
        props = event["properties"]
        key_sets[event["subsystem"]].add(frozenset(props))
        reactions[event["subsystem"], event["action"]].add(expect["tool"])
        if event["subsystem"] == "power_supply":
            supply_types.add(props.get("POWER_SUPPLY_TYPE"))
        if event["subsystem"] == "net":
            interfaces.add(props["INTERFACE"])
        if event["subsystem"] == "tty" and event["action"] == "add":
            ports.add(event["devnode"].rstrip("0123456789"))
    for subsystem in ("block", "tty", "net", "power_supply", "thermal"):
        assert len(key_sets[subsystem]) >= 8, (subsystem, len(key_sets[subsystem]))
    assert len(set(key_sets) - {"block", "tty", "net", "power_supply", "thermal"}) >= 12
    assert {"attach_console", "ignore"} <= reactions["tty", "add"]
    assert {"mount_storage", "ignore"} <= reactions["block", "add"]
    assert {"mount_storage", "unmount_storage", "ignore"} <= reactions["block", "change"]
    assert reactions["block", "remove"] == {"unmount_storage", "ignore"}
    assert {"set_network", "ignore"} <= reactions["net", "add"]
    assert {"set_power_profile", "ignore"} <= reactions["power_supply", "change"]
    assert {"set_power_profile", "ignore"} <= reactions["thermal", "change"]
    assert {"Mains", "Battery", "USB", None} <= supply_types
    assert "lo" in interfaces and len(interfaces) >= 100
    assert {"/dev/ttyUSB", "/dev/ttyACM", "/dev/ttyS", "/dev/ttyAMA"} <= ports


def test_the_reaction_mix(draws):
    share = Counter(expect["tool"] for _, expect, _ in draws)
    n = len(draws)
    bounds = {"mount_storage": (0.18, 0.26), "unmount_storage": (0.09, 0.15),
              "attach_console": (0.09, 0.15), "set_network": (0.07, 0.13),
              "set_power_profile": (0.11, 0.19), "ignore": (0.25, 0.40)}  # (wired links are ignored)
    for tool, (low, high) in bounds.items():
        assert low <= share[tool] / n <= high, (tool, share[tool] / n)
    assert set(share) == set(bounds)


def test_the_training_examples_agree_with_the_rules():
    """data.py's callers: event-only labels fit the scene's storage; console/network intents
    only pick events the rules would attach or bring up."""
    examples = data.generate("train", 2000, seed=5)
    families = Counter(e["family"] for e in examples)
    assert families["event_only"] > 100 and families["console"] and families["network_it"]
    for example in examples:
        state = DeviceState.from_dict(example["state"])
        if example["family"] == "event_only":
            tool, args = react(HardwareEvent(**example["events"][-1]), state)
            assert example["expect"] == {"tool": tool, "args": dict(args)}
        elif example["family"] in ("console", "network_it") and example["events"]:
            event, expect = example["events"][-1], example["expect"]
            named = expect["args"].get("port") or expect["args"].get("interface")
            if named not in (event["devnode"], event["properties"].get("INTERFACE")):
                continue  # an unrelated event next to a command that names its target
            tool, args = react(HardwareEvent(**event), state)
            assert tool == expect["tool"] and named in args.values(), (event, expect)
