"""The independent spoken set (independent.json): 60 cases on three device states, written by a
helper who saw only the product's rules and the catalog, never the vocabulary, the normaliser or
the corpus. bench/voice.py measures it; nothing is tuned on it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmos.agent.domain import DeviceState

PATH = Path(__file__).with_name("independent.json")
ANSWERS = ("say", "ignore", "report_status")  # what changes nothing


@dataclass(frozen=True)
class Case:
    id: str
    said: str
    state: DeviceState
    expect: tuple[dict[str, Any], ...]  # any one is right; args list only what must match


def load() -> list[Case]:
    raw = json.loads(PATH.read_text())
    states = {name: DeviceState.from_dict(s) for name, s in raw["states"].items()}
    return [Case(c["id"], c["say"], states[c["state"]], tuple(c["expect"])) for c in raw["cases"]]


def right(case: Case, got: tuple[str, dict[str, Any]] | None) -> bool:
    """Nothing heard, or `ignore`, is right where words are (chatter asks for nothing)."""
    if got is None or got[0] == "ignore":
        return any(e["tool"] == "say" for e in case.expect)
    return any(got[0] == e["tool"] and all(got[1].get(k) == v for k, v in e.get("args", {}).items())
               for e in case.expect)


def acted_wrongly(case: Case, got: tuple[str, dict[str, Any]] | None) -> bool:
    return got is not None and got[0] not in ANSWERS and not right(case, got)
