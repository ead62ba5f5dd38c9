"""What operators said a command meant: corrections, kept as labelled examples and recalled.

An operator corrects a decision with `llmosctl correct ID TOOL key=value…` or, on any front end
that answers a command, "no, I meant …". Each correction is journalled (kind "correction") as a
training example in the generator's format (`llmosctl corrections export`, `make model
FEEDBACK=file`), and from then on the same words, on a device that still has the entity they
named, get the corrected call. A bundle built with feedback carries the corrections it was
trained on (`corrections.jsonl`), so every device that installs it recalls them too.

Recall is by the exact words (case, spacing and end punctuation aside): a correction teaches
what one phrase meant on this device, not a rule about similar phrases. The recalled call is
still validated and checked against policy like any other proposal.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from llmos.agent.domain import DecisionRequest, DeviceState, Proposal

CONTROLLER = "correction"
FILE = "corrections.jsonl"  # in a bundle built with feedback
# "no, I meant restart mosquitto", "nope - i said mount sdb1", "no i meant the wired one"
_MEANT = re.compile(r"^\W*(?:no|nope|nah|wrong)\b\W*(?:i|what i)\s+(?:meant|mean|said|wanted)"
                    r"\b\W*(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)


def meant(text: str) -> str | None:
    """The command a "no, I meant …" reply gives instead, or None if the text is not one."""
    match = _MEANT.match(text)
    return match["rest"].strip() if match else None


def phrase(text: str) -> str:
    """The words of a command as recall compares them."""
    return " ".join(text.casefold().split()).strip(" .!?,;:")


def example(command: str, state: DeviceState, tool: str, args: Mapping[str, Any],
            ref: str = "") -> dict[str, Any]:
    """A correction as a training example (data.py's format; `split` train, never evaluated)."""
    return {"id": ref, "command": command, "events": [], "state": state.to_dict(), "history": [],
            "expect": {"tool": tool, "args": dict(args)}, "family": "feedback", "split": "train"}


def of_bundle(bundle: Path) -> list[dict[str, Any]]:
    """The corrections a model bundle was built with, if its manifest lists them; ValueError
    when the file does not match the manifest's checksum (the bundle is then refused)."""
    files = json.loads((bundle / "manifest.json").read_text()).get("files", {})
    if FILE not in files:
        return []
    data = (bundle / FILE).read_bytes()
    if hashlib.sha256(data).hexdigest() != files[FILE]:
        raise ValueError(f"{FILE} does not match the bundle's manifest")
    return [json.loads(line) for line in data.decode().splitlines() if line.strip()]


def _present(args: Mapping[str, Any], state: DeviceState) -> bool:
    """Whether every entity the call names is on the device now (a correction about a unit the
    device no longer has recalls nothing)."""
    checks = (("unit", state.units), ("interface", state.interfaces), ("name", state.leds),
              ("device", tuple(s.device for s in state.storage)))
    return all(args[key] in names for key, names in checks if key in args)


class Corrections:
    """The corrections a controller recalls: the newest one for each phrase wins."""

    def __init__(self, examples: Iterable[Mapping[str, Any]] = ()) -> None:
        self._calls: dict[str, tuple[str, dict[str, Any]]] = {}
        self.extend(examples)

    def extend(self, examples: Iterable[Mapping[str, Any]]) -> None:
        for item in examples:
            self.add(item["command"], item["expect"]["tool"], item["expect"]["args"])

    def __len__(self) -> int:
        return len(self._calls)

    def add(self, command: str, tool: str, args: Mapping[str, Any]) -> None:
        self._calls[phrase(command)] = (tool, dict(args))

    def recall(self, request: DecisionRequest) -> Proposal | None:
        """The corrected call for these words, if there is one and its entities still exist."""
        if request.command is None or request.events:
            return None
        call = self._calls.get(phrase(request.command))
        if call is None or not _present(call[1], request.state):
            return None
        return Proposal(call[0], call[1], CONTROLLER,
                        reading=f"as an operator corrected {request.command!r}")
