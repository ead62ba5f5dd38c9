"""A few commands decided at load, their answers dropped, so the first real one is not slower.

The first decision of a process compiled the patterns the interpreter keeps (memo.py: the
sixty category patterns among them), filled `re`'s cache with the rule modules' patterns and
ran each encoder for the first time: 14 ms of CPU against about 1 ms for a later one
(issue 20). At load (behind READY in the daemon) that costs nothing a command waits for. What
is kept is a pure function of its inputs, so the warm-up cannot change a later decision; the
results it kept are dropped afterwards all the same (the compiled patterns stay), so that no
decision is faster for a unit the warm-up happened to describe the same way.

`descriptions` is the other half: what a device state will have encoded by meaning (its
units' descriptions), so that the daemon can encode them when it reads the state, before a
command needs them (controller/ahead.py).
"""

from __future__ import annotations

from typing import Protocol

from llmos.agent.controller.language import memo
from llmos.agent.controller.language.ground import UNIT
from llmos.agent.controller.language.interpret import scene
from llmos.agent.domain import DeviceState, Proposal

STATE = DeviceState.from_dict({
    "units": [
        {"name": "nginx.service", "description": "A high performance web server and a reverse "
                                                 "proxy server", "active": "active"},
        {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"},
        {"name": "grafana-server.service", "description": "Grafana instance"},
    ],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}],
    "leds": [{"name": "green:power", "color": "green", "function": "power"}],
    "storage": [{"device": "/dev/sda1", "mounted": False, "label": "BACKUP", "model": "SanDisk",
                 "size": "64G"}],
})
# each step of the interpreter at least once: names, a typo, meaning, links, LEDs, drives,
# delays, a question, a status request, words that ask for nothing, another language (which
# loads the glossary: 50 ms)
COMMANDS = (
    "restart nginx", "please restart the mqtt brokr", "restart the site host",
    "turn the wifi off", "blink the power led", "mount the backup drive read-only",
    "reboot in 5 minutes", "is nginx running?", "show me the disk usage", "thanks, that's all",
    "riavvia il lettore",
)


class Deciding(Protocol):
    def decide(self, command: str, state: DeviceState) -> Proposal: ...


def warm(interpreter: Deciding) -> None:
    for command in COMMANDS:
        interpreter.decide(command, STATE)
    memo.forget()


def descriptions(state: DeviceState) -> list[str]:
    """The texts a command grounded by meaning compares with in this state: its units' docs,
    as the interpreter builds them (the entities are kept, memo.py, so this costs little once
    the state is known)."""
    return [e.doc for e in scene(state).entities if e.kind == UNIT]
