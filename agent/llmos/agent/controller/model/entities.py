"""What a request refers to, and the choices that leaves the model.

Name arguments (units, device nodes, interfaces, LEDs, serial ports) may only take names the
request can justify: names the command mentions, else names from the events, else names in the
device state. With `entities` narrowing the tools are narrowed the same way: a command that
mentions a unit can only lead to a service action (or say/ignore/report_status), and an event
with no command only to the actions its subsystem allows, and a command that names no unit,
LED or interface cannot act on one ("turn the volume up" must not start some service). The
model still makes every choice left; the grammar only removes the ones that name nothing in
the request.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from llmos.agent.catalog import Catalog
from llmos.agent.domain import DecisionRequest

# The argument each name kind fills, and the tools that take it.
KIND_TOOLS = {
    "unit": ("restart_service", "start_service", "stop_service"),
    "device": ("mount_storage", "unmount_storage"),
    "interface": ("set_network",),
    "name": ("set_led",),
    "port": ("attach_console",),
}
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty")
NUMBERS = {w: i for i, w in enumerate(NUMBER_WORDS)} | {
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
    "a": 1, "an": 1, "one and a half": 1.5, "half an": 0.5, "half a": 0.5, "a couple of": 2,
    "a few": 3}
UNITS = {"s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "m": 60, "min": 60,
         "mins": 60, "minute": 60, "minutes": 60, "h": 3600, "hr": 3600, "hrs": 3600,
         "hour": 3600, "hours": 3600}
_DURATION = re.compile(r"(\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, NUMBERS), key=len,
                                                              reverse=True))
                       + r")\s*(" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")\b")
_WORD = re.compile(r"[\w@.:/+-]+")
_TTY = {"ttyusb": "ttyUSB", "ttyacm": "ttyACM", "ttyama": "ttyAMA", "ttygs": "ttyGS",
        "ttys": "ttyS"}
_DISK = re.compile(r"^(sd|hd|vd|xvd|mmcblk|nvme|loop|md|dm-)\w*\d$")


@dataclass
class Narrowing:
    names: dict[str, list[str]] = field(default_factory=dict)  # argument -> allowed values
    tools: list[str] | None = None  # None: every tool
    values: dict[str, list[Any]] = field(default_factory=dict)  # "tool.arg" -> allowed values
    barred: list[str] = field(default_factory=list)  # tools the request gives nothing to act on

    def allows(self, tool: str) -> bool:
        return (self.tools is None or tool in self.tools) and tool not in self.barred

    def route(self, choices: dict[str, list[Any]]) -> None:
        """Apply the intent router's choices: tools are intersected (the entities' narrowing
        wins if nothing is left), enum and boolean arguments take the router's values."""
        routed = choices.get("tool")
        if routed:
            kept = [t for t in routed if self.allows(t)]
            self.tools = kept or self.tools
        self.values.update({k: v for k, v in choices.items() if k != "tool"})


def spans(text: str | None) -> list[tuple[str, int, int]]:
    """The command's words as typed, each with its character offsets (punctuation stripped)."""
    out = []
    for match in _WORD.finditer(text or ""):
        word = match.group().strip(".,:;!?()'\"")
        if word:
            start = match.start() + match.group().index(word)
            out.append((word, start, start + len(word)))
    return out


def words(text: str | None) -> list[str]:
    """The command's words as typed: new names keep their case (/dev/ttyUSB0)."""
    return [word for word, _, _ in spans(text)]


def port_name(word: str) -> str:
    """A serial port as the kernel names it: "ttyusb0" and "/dev/TTYUSB0" are /dev/ttyUSB0."""
    base = word.removeprefix("/dev/")
    match = re.fullmatch(r"(tty[a-z]*?)(\d+)", base, re.IGNORECASE)
    if not match:
        return f"/dev/{base}"
    return f"/dev/{_TTY.get(match.group(1).lower(), match.group(1))}{match.group(2)}"


def _mentioned(names: list[str], said: set[str], short: Callable[[str], str]) -> list[str]:
    """Names said in full, then names said by their short form, unless that word is another
    name in full (with LEDs "status" and "green:status", "status" means the first)."""
    full = [n for n in names if n.lower() in said]
    taken = {n.lower() for n in full}
    return full + [n for n in names if n not in full and short(n).lower() in said - taken]


def _known(request: DecisionRequest) -> dict[str, tuple[list[str], Callable[[str], str]]]:
    """Names the request knows of each kind, with the short form a command may use."""
    state, events = request.state, request.events
    block_nodes = [e.devnode for e in events if e.subsystem == "block" and e.devnode]
    ifaces_seen = [e.properties.get("INTERFACE", "") for e in events if e.subsystem == "net"]
    return {
        "unit": (list(state.units), lambda u: u.removesuffix(".service")),
        "device": ([s.device for s in state.storage] + block_nodes,
                   lambda d: d.removeprefix("/dev/")),
        "interface": (list(state.interfaces) + ifaces_seen, lambda i: i),
        "name": (list(state.leds), _led_short),
    }


def _led_short(name: str) -> str:
    """How a command may name an LED: its function ("white:power" -> "power"), or its device
    when the function is empty ("mmc0::" -> "mmc0")."""
    return name.rsplit(":", 1)[-1] or name.rstrip(":") or name


def _new_name(kind: str, word: str) -> str:
    """A name the request does not know yet, spelled as the argument takes it."""
    if kind == "unit":
        return word if word.lower().endswith(".service") else f"{word}.service"
    if kind == "port":
        return port_name(word)
    if kind == "device" and not word.startswith("/dev/"):
        return f"/dev/{word}"
    return word


def _resolve(kind: str, word: str, known: dict[str, tuple[list[str], Callable[[str], str]]]
             ) -> str:
    """A word tagged as naming `kind`: the known name it stands for, else a new name."""
    names, short = known.get(kind, ([], str))
    for name in names:
        if word.lower() in (name.lower(), short(name).lower()):
            return name
    return _new_name(kind, word)


def mentions(request: DecisionRequest, tagged: dict[str, list[str]] | None = None
             ) -> dict[str, list[str]]:
    """Names of each kind the command refers to: known names first, then explicit new ones,
    then words the intent router tagged as names. A word that names something the request
    knows keeps that kind, whatever the tagger says (an LED called "syncmon" is not a unit).
    Case that only shows how the command was typed (all capitals, or a capital first letter)
    says nothing about a name, so new names take the usual lower case (nginx.service, not
    NGINX.SERVICE or Nginx.service); inner capitals (NetworkManager) are kept."""
    shouted = bool(request.command and request.command.isupper())

    def as_typed(word: str) -> str:
        return word.lower() if shouted or word[1:] == word[1:].lower() else word

    typed = [as_typed(w) for w in words(request.command)]
    said = {w.lower() for w in typed}
    known = _known(request)
    found = {kind: _mentioned(names, said, short) for kind, (names, short) in known.items()}
    kinds_of: dict[str, set[str]] = {}
    for kind, (names, short) in known.items():
        for name in names:
            for form in (name.lower(), short(name).lower()):
                kinds_of.setdefault(form, set()).add(kind)
    # explicit names: the known spelling if the request knows them ("NETWORKMANAGER.SERVICE")
    found["unit"] += sorted(_resolve("unit", w, known) for w in typed
                            if w.lower().endswith(".service"))
    found["device"] += sorted(_resolve("device", w, known) for w in typed
                              if (w.startswith("/dev/") and not w.startswith("/dev/tty"))
                              or _DISK.match(w))
    found["port"] = sorted(_new_name("port", w) for w in typed
                           if w.lower().startswith(("tty", "/dev/tty")))
    for kind, tagged_words in (tagged or {}).items():
        resolved = (_resolve(kind, as_typed(w), known) for w in tagged_words
                    if kind in kinds_of.get(w.lower(), {kind}))
        found.setdefault(kind, []).extend(
            name for name in resolved  # a new device must be spelled like one ("sd" is not)
            if kind != "device" or name.lower() in kinds_of or _DISK.match(name[len("/dev/"):]))
    return {kind: list(dict.fromkeys(names)) for kind, names in found.items() if names}


def names_from_events(request: DecisionRequest) -> dict[str, list[str]]:
    """Device nodes, interfaces and serial ports the request's events bring."""
    events = request.events
    found = {
        "device": [e.devnode for e in events if e.subsystem == "block" and e.devnode],
        "interface": [e.properties.get("INTERFACE", "") for e in events if e.subsystem == "net"],
        "port": [e.devnode for e in events if e.subsystem == "tty" and e.devnode],
    }
    return {kind: [n for n in found_names if n] for kind, found_names in found.items()}


def fallback_names(request: DecisionRequest) -> dict[str, list[str]]:
    """Names when the command mentions none of a kind: the events', else the state's, plus
    command words that could be new names (a unit or interface the state does not list)."""
    said = words(request.command)
    from_events = names_from_events(request)
    from_state = {
        "unit": list(request.state.units) + [f"{w}.service" for w in said],
        "device": [s.device for s in request.state.storage],
        "interface": list(request.state.interfaces) + [w for w in said
                                                       if any(c.isdigit() for c in w)],
        "name": list(request.state.leds),
        "port": [],
    }
    return {kind: [n for n in (from_events.get(kind) or from_state[kind]) if n]
            for kind in from_state}


def durations(text: str | None) -> list[int]:
    """Seconds of every duration the text states ("in 10 minutes", "after 90s", "in an hour")."""
    found = []
    for amount, unit in _DURATION.findall((text or "").lower()):
        n = NUMBERS.get(amount)
        found.append(round((float(amount) if n is None else n) * UNITS[unit]))
    return found


def _storage_choices(request: DecisionRequest) -> dict[str, list[str]]:
    """Devices each storage action can take when the command names none: mount what is not
    mounted (a device an event just added, else the state's), unmount what is."""
    mounted = {s.device for s in request.state.storage if s.mounted}
    added = [e.devnode for e in request.events
             if e.subsystem == "block" and e.action in ("add", "change") and e.devnode]
    unmounted = [d for d in added if d not in mounted] or \
        [s.device for s in request.state.storage if not s.mounted]
    choices = {"mount_storage.device": unmounted, "unmount_storage.device": sorted(mounted)}
    return {k: v for k, v in choices.items() if v}


def narrowing(catalog: Catalog, request: DecisionRequest, mode: str,
              tagged: dict[str, list[str]] | None = None) -> Narrowing:
    """mode "off": the catalog as is; "names": name enums only; "entities": names and tools
    (the catalog's answers are always left, and an event alone leads only to `ignore` or the
    tools whose events share its subsystem). `tagged`: the command's words the intent router
    tagged as names, per argument."""
    if mode == "off":
        return Narrowing()
    names = fallback_names(request)
    said = mentions(request, tagged) if request.command else {}
    names.update(said)
    if mode == "names":
        return Narrowing(names)
    # a delay is the one the command states, else none: the model never invents one
    values: dict[str, list[Any]] = {"reboot.delay_s": sorted(set(durations(request.command)))
                                    or [0]}
    if request.command and "device" not in said:  # "the drive": one that can be (un)mounted
        values.update(_storage_choices(request))
    tools: list[str] | None = None
    barred: list[str] = []
    if request.command and not said:
        # a command acts on a unit, an LED or an interface only if it names one (or an event
        # brings the interface): the model never picks one the operator did not mention
        unnamed = ["unit", "name"] + ([] if names_from_events(request).get("interface")
                                      else ["interface"])
        barred = [t for kind in unnamed for t in KIND_TOOLS[kind]]
    if said:
        tools = list(catalog.answers) + [t for kind in said for t in KIND_TOOLS[kind]]
    elif not request.command and request.events:
        tools = ["ignore", *catalog.event_tools(request.events[-1].subsystem)]
    return Narrowing(names, tools, values, barred)
