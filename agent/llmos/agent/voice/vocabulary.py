"""What the device can be told, as spoken phrases: built from the device state for the action
catalog's tools, so the recogniser is biased toward the names this device actually has.

Each phrase maps to a canonical command: plain English both controllers understand (the rule
controller's simple grammar is a subset of what the model reads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from llmos.agent.domain import DeviceState

_TOPICS = ("system", "storage", "network", "model", "events")
_PROFILES = {"performance": ("performance",), "balanced": ("balanced",),
             "powersave": ("power save", "powersave", "power saving")}
# The Whisper prompt window is 224 tokens: sentences beyond this are left out.
_PROMPT_CHARS = 600
# Words a command to any device is made of, beyond the device's own names and descriptions.
# Deliberately short: a word not here (nor on the device) is one the recogniser may have
# misheard, and the normaliser may then prefer another reading (normalize.preferred).
_COMMAND_WORDS = frozenset(re.findall(r"\S+", """
    a an the this that it its my our your all and or of for to in on at with from by into
    please now then again back just immediately seconds second secs minutes minute mins
    hours hour half quarter
    restart start stop reboot mount unmount eject bring take turn switch set make blink show
    report check enable disable open close put keep give run reload
    up down on off read write only readonly mode profile power saving save performance
    balanced status system storage network model events light lights led leds service
    device drive disk stick card interface wifi wireless ethernet console port
    serial what is are was how much many which who why when where can could would should do
    does did not no never don t isn doesn won y yes
"""))


@dataclass(frozen=True, slots=True)
class Phrase:
    spoken: str  # words as a person would say them
    command: str  # the canonical command text handed to the controller


@dataclass(frozen=True, slots=True)
class Vocabulary:
    phrases: tuple[Phrase, ...]
    prompt: str  # the recogniser's bias: a short list of things people say to this device
    words: frozenset[str]  # every word a command to this device may use (cleaned, lower case)


def spoken_name(name: str) -> str:
    """'nginx.service' -> 'nginx', '/dev/sdb1' -> 'sdb1', 'input3::capslock' -> 'input3 capslock'"""
    name = name.removesuffix(".service").removeprefix("/dev/")
    return " ".join(w for w in re.split(r"[^A-Za-z0-9]+", name) if w)


def build_vocabulary(state: DeviceState) -> Vocabulary:
    phrases: list[Phrase] = []

    def add(command: str, *spoken: str) -> None:
        phrases.extend(Phrase(s, command) for s in spoken)

    for unit in state.units:
        if "@" in unit or not unit.endswith(".service"):
            continue  # template instances (getty@tty1) are not things people ask for by voice
        n = spoken_name(unit)
        add(f"restart {unit}", f"restart {n}", f"restart the {n} service")
        add(f"start {unit}", f"start {n}", f"start the {n} service")
        add(f"stop {unit}", f"stop {n}", f"stop the {n} service")
    for storage in state.storage:
        d = spoken_name(storage.device)
        add(f"mount {storage.device}", f"mount {d}")
        add(f"mount {storage.device} read write", f"mount {d} read write")
        add(f"unmount {storage.device}", f"unmount {d}", f"eject {d}")
    for iface in state.interfaces:
        if iface == "lo":
            continue
        i = spoken_name(iface)
        for s in ("up", "down"):
            add(f"bring {iface} {s}", f"bring {i} {s}", f"take {i} {s}", f"{i} {s}",
                f"set {i} {s}")
    for led in state.leds:
        n = spoken_name(led)
        for s in ("on", "off"):
            add(f"turn the {led} led {s}", f"turn the {n} light {s}", f"turn {s} the {n} light",
                f"turn the {n} led {s}", f"switch the {n} light {s}")
        add(f"blink the {led} led", f"blink the {n} light", f"make the {n} light blink",
            f"blink the {n} led")
    for profile, said in _PROFILES.items():
        for s in said:
            add(f"set the power profile to {profile}", f"switch to {s} mode",
                f"set the power profile to {s}", f"{s} mode")
    for topic in _TOPICS:
        add(f"show {topic} status", f"show {topic} status", f"{topic} status",
            f"show the {topic} status")
    add("show system status", "status", "show status", "status report")
    add("reboot", "reboot", "reboot the device", "restart the device", "reboot now")
    prompt = _prompt(state)
    return Vocabulary(tuple(phrases), prompt, _known_words(state, phrases, prompt))


def _known_words(state: DeviceState, phrases: list[Phrase], prompt: str) -> frozenset[str]:
    """The command words, the phrases and prompt, and what the device says of each entity
    (descriptions, kinds, colours, functions, labels, models): "the container engine" is a
    description's words, "the kingston stick" a model's."""
    texts = [prompt, *(p.spoken for p in phrases)]
    texts += [info.description for info in state.unit_info.values()]
    texts += [info.kind for info in state.interface_info.values()]
    texts += [f"{info.color} {info.function}" for info in state.led_info.values()]
    texts += [f"{s.label} {s.model}" for s in state.storage]
    texts += [spoken_name(name) for name in (*state.units, *state.interfaces, *state.leds)]
    found = {w for text in texts for w in re.findall(r"[a-z0-9]+", text.lower())}
    return frozenset(found | _COMMAND_WORDS)


def _prompt(state: DeviceState) -> str:
    """Commands as sentences naming each of the device's names, with both opposite verbs.

    Whisper follows a prompt of sentences far better than a word list (measured: 23 vs 17 of
    28 right) and spells names as it has just read them. But it also copies: a prompt saying
    "Unmount sdb1" turned a spoken "unmount sda1" into "unmount sdb1", and "Bring wlan0 up"
    would pull toward "up". So each name appears with both of its opposite verbs.
    """
    units = sorted((spoken_name(u) for u in state.units
                    if u.endswith(".service") and "@" not in u), key=len)
    sentences = [("Restart the service. Switch to power save mode. Set the power profile to "
                  "performance. Show network status. Reboot the device. Reboot in 10 minutes.")]
    disks = [spoken_name(s.device) for s in state.storage]
    sentences += [f"Mount {d}, unmount {d}." for d in disks]
    sentences += [f"Bring {i} up, bring {i} down." for i in state.interfaces if i != "lo"]
    sentences += [f"Turn the {n} light on, off, blink the {n} light."
                  for n in (spoken_name(led) for led in state.leds)]
    sentences += [f"Start {n}, stop {n}." for n in units]
    text = ""
    for sentence in sentences:
        if len(text) + len(sentence) + 1 > _PROMPT_CHARS:
            break
        text += sentence + " "
    return text.strip()
