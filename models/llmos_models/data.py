"""The data generator: decide-format examples driven by the action catalog.

Each example is {"command", "events", "state", "history", "expect": {"tool","args"}, "family",
"split"}; `expect` always validates against the catalog. Sentence templates are dealt to train,
validation and test, so the test split only holds phrasings the model never trained on.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from llmos.agent.catalog import Catalog, load_catalog
from llmos.agent.controller.model.prompt import event_summary
from llmos.agent.controller.rules import react
from llmos.agent.domain import DeviceState, HardwareEvent
from llmos.agent.validation import validate
from llmos_models import events as ev
from llmos_models import names, phrases
from llmos_models.noise import roughen

SPLITS = ("train", "val", "test")
Example = dict[str, Any]


def deal(group: str, items: list[str], split: str) -> list[str]:
    """The items of one template group that belong to `split` (same answer on every machine)."""
    order = sorted(items, key=lambda t: hashlib.sha256(f"{group}|{t}".encode()).hexdigest())
    k = max(1, round(len(order) * 0.15))
    return {"test": order[:k], "val": order[k:2 * k], "train": order[2 * k:]}[split]


class Scene:
    """A random device state the command is about."""

    def __init__(self, rng: random.Random) -> None:
        self.units = _unique(rng, names.unit, rng.randint(1, 6))
        self.ifaces = _unique(rng, names.interface, rng.randint(1, 4))
        self.leds = _unique(rng, names.led, rng.randint(1, 4))
        devs = _unique(rng, names.block_device, rng.randint(0, 3))
        self.storage = [[d, rng.random() < 0.5] for d in devs]

    def to_dict(self) -> dict[str, Any]:
        return {"units": self.units, "interfaces": self.ifaces, "leds": self.leds,
                "storage": [{"device": d, "mounted": m} for d, m in self.storage]}


def _unique(rng: random.Random, make: Callable[[random.Random], str], n: int) -> list[str]:
    out: list[str] = []
    for _ in range(n * 4):
        if len(out) == n:
            break
        name = make(rng)
        if name not in out:
            out.append(name)
    return out


def _place(rng: random.Random, items: list, item: Any) -> None:
    if item not in items:
        items.insert(rng.randint(0, len(items)), item)


def _unit_mention(rng: random.Random, unit: str) -> str:
    base = unit[: -len(".service")]
    return unit if rng.random() < 0.35 else base


def _dev_mention(rng: random.Random, dev: str) -> str:
    return dev if rng.random() < 0.7 else dev[len("/dev/"):]


def _led_mention(rng: random.Random, led: str, leds: list[str]) -> str:
    tail = led.rsplit(":", 1)[-1]
    unique_tail = tail and tail != led and sum(n.endswith(tail) for n in leds) == 1
    return tail if unique_tail and rng.random() < 0.3 else led


class Generator:
    """Draws examples for one split; `intent` functions return (command, events, expect, names)."""

    def __init__(self, split: str, seed: int) -> None:
        self.split = split
        self.rng = random.Random(f"{seed}:{split}")
        self.templates = {k: deal(k, v, split) for k, v in phrases.TEMPLATES.items()}
        self.status_phrases = {k: deal(f"status:{k}", v, split)
                               for k, v in phrases.STATUS_PHRASES.items()}
        self.foreign = deal("out", phrases.OUT_OF_CATALOG, split)
        self.cancel = deal("cancel", phrases.CANCEL_PHRASES, split)
        self.foreign_objects = {k: deal(f"out:{k}", objects, split)
                                for k, (_, objects) in phrases.FOREIGN_REQUESTS.items()}

    def template(self, group: str) -> str:
        return self.rng.choice(self.templates[group])

    def fill(self, group: str, template: str | None = None, **slots: str) -> str:
        template = template or self.template(group)
        return " ".join(template.format(**slots).split())

    def verb(self, group: str) -> str:
        return self.rng.choice(phrases.VERBS[group])

    # -- intents: each returns (command, events, expect, protected words) ---------------------

    def service(self, scene: Scene) -> tuple:
        action = self.rng.choice(["restart", "start", "stop"])
        unit = self.rng.choice(scene.units)
        absent = self.rng.random() < 0.08  # named by the operator but not on the device:
        if absent:  # a name the state does not list is never proposed (say so instead)
            unit = names.unit(self.rng)
        x = _unit_mention(self.rng, unit)
        expect = {"tool": "say", "args": {"text": phrases.ABSENT_TEXT}} if absent else \
            {"tool": f"{action}_service", "args": {"unit": unit}}
        return self.fill(action, v=self.verb(action), x=x), [], expect, {x}

    def network(self, scene: Scene) -> tuple:
        state = self.rng.choice(["up", "down"])
        iface = self.rng.choice(scene.ifaces)
        group = f"net_{state}"
        cmd = self.fill(group, v=self.verb(group), x=iface,
                        s=self.rng.choice(phrases.STATE_WORDS[state]))
        return cmd, [], {"tool": "set_network", "args": {"interface": iface, "state": state}}, \
            {iface}

    def led(self, scene: Scene) -> tuple:
        state = self.rng.choice(["on", "off", "blink"])
        name = self.rng.choice(scene.leds)
        x = _led_mention(self.rng, name, scene.leds)
        cmd = self.fill("led", v=self.verb(f"led_{state}"), x=x,
                        s=self.rng.choice(phrases.STATE_WORDS[state]))
        return cmd, [], {"tool": "set_led", "args": {"name": name, "state": state}}, {x}

    def mount(self, scene: Scene) -> tuple:
        style = self.rng.random()
        group = "mount" if style < 0.5 else "mount_it" if style < 0.85 else "mount_unmounted"
        template = self.template(group)
        # a template that does not say how to mount means the catalog's default, read-only
        readonly = self.rng.random() < 0.6 if "{w}" in template else True
        w = self.rng.choice(phrases.READONLY_WORDS[readonly])
        v = self.verb("mount")
        dev = names.block_device(self.rng)
        if group == "mount":
            _place(self.rng, scene.storage, [dev, False])
            x = _dev_mention(self.rng, dev)
            cmd, evs, protected = self.fill(group, template, v=v, x=x, w=w), [], {x}
        elif group == "mount_it":
            k = self.rng.choice(phrases.THING_WORDS["block"])
            cmd = self.fill(group, template, v=v, w=w, k=k)
            evs, protected = [ev.block_add(self.rng, dev, self.rng.random() < 0.2)], set()
        else:
            scene.storage = [[d, True] for d, _ in scene.storage if d != dev]
            _place(self.rng, scene.storage, [dev, False])
            k = self.rng.choice(phrases.THING_WORDS["block"])
            cmd, evs, protected = self.fill(group, template, v=v, w=w, k=k), [], set()
        return cmd, evs, {"tool": "mount_storage",
                          "args": {"device": dev, "readonly": readonly}}, protected

    def unmount(self, scene: Scene) -> tuple:
        dev = names.block_device(self.rng)
        v = self.verb("unmount")
        if self.rng.random() < 0.7:
            _place(self.rng, scene.storage, [dev, True])
            x = _dev_mention(self.rng, dev)
            cmd, protected = self.fill("unmount", v=v, x=x), {x}
        else:  # "the mounted drive": exactly one is mounted
            scene.storage = [[d, False] for d, _ in scene.storage if d != dev]
            _place(self.rng, scene.storage, [dev, True])
            k = self.rng.choice(phrases.THING_WORDS["block"])
            cmd, protected = self.fill("unmount_it", v=v, k=k), set()
        return cmd, [], {"tool": "unmount_storage", "args": {"device": dev}}, protected

    def console(self, scene: Scene) -> tuple:
        port = names.serial_port(self.rng)
        v = self.verb("console")
        if self.rng.random() < 0.6:
            x = _dev_mention(self.rng, port)
            return self.fill("console", v=v, x=x), [], \
                {"tool": "attach_console", "args": {"port": port}}, {x}
        event, reaction = ev.random_event(self.rng)
        while reaction["tool"] != "attach_console":  # a port the rules would attach
            event, reaction = ev.random_event(self.rng, self.rng.random() < 0.2)
        k = self.rng.choice(phrases.THING_WORDS["tty"])
        return self.fill("console_it", v=v, k=k), [event], \
            {"tool": "attach_console", "args": {"port": event["devnode"]}}, set()

    def network_it(self, scene: Scene) -> tuple:
        event, reaction = ev.random_event(self.rng)
        while reaction["tool"] != "set_network":  # a new interface (not the loopback)
            event, reaction = ev.random_event(self.rng, self.rng.random() < 0.2)
        state = self.rng.choice(["up", "down"])
        group = f"net_{state}"
        cmd = self.fill("net_it", v=self.verb(group), k=self.rng.choice(phrases.THING_WORDS["net"]),
                        s=self.rng.choice(phrases.STATE_WORDS[state]))
        iface = event["properties"]["INTERFACE"]
        expect = {"tool": "set_network", "args": {"interface": iface, "state": state}}
        return cmd, [event], expect, set()

    def power(self, scene: Scene) -> tuple:
        profile = self.rng.choice(list(phrases.PROFILE_WORDS))
        cmd = self.fill("power", v=self.verb("power"),
                        p=self.rng.choice(phrases.PROFILE_WORDS[profile]))
        return cmd, [], {"tool": "set_power_profile", "args": {"profile": profile}}, set()

    def reboot(self, scene: Scene) -> tuple:
        template = self.template("reboot")
        if "{t}" in template and self.rng.random() < 0.5:
            t, delay = self.delay()
        else:  # no delay said means now
            t, delay = self.rng.choice(phrases.NOW_WORDS), 0
        cmd = self.fill("reboot", template, v=self.verb("reboot"), t=t,
                        d=self.rng.choice(phrases.DEVICE_WORDS))
        return cmd, [], {"tool": "reboot", "args": {"delay_s": delay}}, set(t.split())

    def delay(self) -> tuple[str, int]:
        """A spoken delay and its seconds: "in 7 minutes", "after 45s", "in ten mins"..."""
        if self.rng.random() < 0.15:
            return self.rng.choice(phrases.DELAY_WORDS)
        unit = self.rng.choice([1, 60, 60, 3600])
        n = self.rng.randint(1, {1: 180, 60: 90, 3600: 12}[unit])
        said = phrases.NUMBER_WORDS[n] if n < len(phrases.NUMBER_WORDS) and \
            self.rng.random() < 0.3 else str(n)
        word = self.rng.choice(phrases.DELAY_UNITS[unit])
        gap = "" if len(word) == 1 and said.isdigit() and self.rng.random() < 0.6 else " "
        return f"{self.rng.choice(phrases.DELAY_PREPOSITIONS)} {said}{gap}{word}", n * unit

    def status(self, scene: Scene) -> tuple:
        topic = self.rng.choice(list(self.status_phrases))
        if self.rng.random() < 0.5:
            cmd = self.rng.choice(self.status_phrases[topic])
        else:
            cmd = self.fill("status", t=self.rng.choice(phrases.STATUS_TOPIC_WORDS[topic]),
                            s=self.rng.choice(phrases.STATUS_WORDS))
        return cmd, [], {"tool": "report_status", "args": {"topic": topic}}, set()

    def outside(self, scene: Scene) -> tuple:
        expect = {"tool": "say", "args": {"text": phrases.SAY_TEXT}}
        draw = self.rng.random()
        if draw < 0.35:
            return self.rng.choice(self.foreign), [], expect, set()
        if draw < 0.7:
            kind = self.rng.choice(list(phrases.FOREIGN_REQUESTS))
            verbs = phrases.FOREIGN_REQUESTS[kind][0]
            request = f"{self.rng.choice(verbs)} {self.rng.choice(self.foreign_objects[kind])}"
            return self.fill("outside", r=request), [], expect, set()
        x = _unit_mention(self.rng, self.rng.choice(scene.units))
        return self.fill("foreign", v=self.verb("foreign"), x=x), [], expect, {x}

    def cancel_cmd(self, scene: Scene) -> tuple:
        if self.rng.random() < 0.5:
            cmd = self.rng.choice(self.cancel)
        else:
            cmd = self.fill("cancel", c=self.rng.choice(phrases.CANCEL_VERBS),
                            o=self.rng.choice(phrases.CANCEL_OBJECTS))
        return cmd, [], {"tool": "ignore", "args": {"reason": phrases.CANCEL_REASON}}, set()

    def event_only(self, scene: Scene) -> tuple:
        # block events place their device in the scene's storage so the state fits the label, and
        # the label is the rules' on the whole state (a port named as a unit's program gets none)
        event, _ = ev.random_event(self.rng, self.rng.random() < 0.3, scene.storage)
        tool, args = react(HardwareEvent(**event), DeviceState.from_dict(scene.to_dict()))
        return None, [event], {"tool": tool, "args": dict(args)}, set()

    WEIGHTS = (("service", 24), ("network", 8), ("led", 8), ("mount", 9), ("unmount", 6),
               ("console", 5), ("network_it", 3), ("power", 6), ("reboot", 5), ("status", 8),
               ("outside", 9), ("cancel_cmd", 4), ("event_only", 14))

    def unrelated_event(self, family: str) -> dict[str, Any]:
        """An event the command is not about: for "the drive" commands, not a block device,
        since a drive that was just added is the one such a command means."""
        while True:
            event = ev.random_event(self.rng, self.rng.random() < 0.3)[0]
            if family not in ("mount", "unmount") or event["subsystem"] != "block":
                return event

    def example(self) -> Example:
        scene = Scene(self.rng)
        family = self.rng.choices([f for f, _ in self.WEIGHTS], [w for _, w in self.WEIGHTS])[0]
        command, events, expect, protected = getattr(self, family)(scene)
        if command is not None:
            command = roughen(command, protected, self.rng)
            if not events and self.rng.random() < 0.2:  # an unrelated event must not distract
                events = [self.unrelated_event(family)]
        history = [event_summary(HardwareEvent(**ev.random_event(self.rng)[0]))
                   for _ in range(self.rng.choice([0] * 8 + [1, 2]))]
        return {"command": command, "events": events, "state": scene.to_dict(),
                "history": history, "expect": expect, "family": family, "split": self.split}


def generate(split: str, n: int, seed: int, catalog: Catalog | None = None) -> list[Example]:
    """`n` examples of one split; every expected call is checked against the catalog."""
    catalog = catalog or load_catalog()
    gen = Generator(split, seed)
    out = []
    for _ in range(n):
        example = gen.example()
        validate(catalog, example["expect"]["tool"], example["expect"]["args"])
        out.append(example)
    return out


def write_jsonl(path: Path, examples: list[Example]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as f:
        for example in examples:
            f.write(json.dumps(example, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[Example]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
