"""When a spoken action must be read back and confirmed before it runs, and what counts as
"yes" or "no".

Every spoken action with effects is read back before it runs. A recogniser's typical error is a
near miss, and some near misses flip the meaning ("mount" for "unmount", "now" for "down"), a
room has other voices in it, and nobody sees what the device heard. So by default
(`[voice] confirm = "effects"`) every action with effects waits for a spoken yes after its
read-back; `confirm = "risky"` lets the others run right after it, but the actions in
readback_reason (an opposite, destructive, an unsure hearing) always wait: no setting lifts
that floor.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from llmos.agent.domain import Proposal, Tool

# Tools whose meaning one misheard word can invert.
_OPPOSITE_TOOLS = frozenset({"mount_storage", "unmount_storage", "start_service", "stop_service"})
# Arguments with an opposite value (set_network up/down, set_led on/off).
_OPPOSITE_ARGS = {"set_network": "state", "set_led": "state"}
_OPPOSITE_VALUES = frozenset({"up", "down", "on", "off"})

_YES = {"yes", "yeah", "yep", "confirm", "confirmed", "correct", "affirmative", "do it", "go ahead"}
_NO = {"no", "nope", "cancel", "stop", "reject", "negative", "abort", "wrong", "don't",
       "cancel that", "stop that", "forget it", "never mind", "no way"}


def has_opposite(tool: str, args: Mapping[str, Any]) -> bool:
    if tool in _OPPOSITE_TOOLS:
        return True
    arg = _OPPOSITE_ARGS.get(tool)
    return arg is not None and str(args.get(arg)) in _OPPOSITE_VALUES


def readback_reason(proposal: Proposal, tool: Tool | None, confidence: float,
                    min_confidence: float) -> str:
    """Why this spoken action needs a confirmation first; empty if it may run as heard.
    `tool`: the catalog's entry for the proposal's tool (None for an unknown one)."""
    if tool is not None and tool.informational:
        return ""  # an answer changes nothing: it runs at once
    if tool is not None and tool.destructive:
        return "it is destructive"
    if has_opposite(proposal.tool, proposal.args):
        return "a misheard word could invert it"
    if confidence < min_confidence:
        return f"I am not sure I heard it right ({confidence:.0%})"
    return ""


def confirmation_reason(proposal: Proposal, tool: Tool | None, confidence: float,
                        min_confidence: float, mode: str) -> str:
    """Why this spoken action waits for a spoken yes; empty if it runs right after its
    read-back (mode "risky" and nothing in readback_reason) or is an answer."""
    why = readback_reason(proposal, tool, confidence, min_confidence)
    if why or mode != "effects" or (tool is not None and tool.informational):
        return why
    return "it changes the device"


# What may come with a yes or a no and change nothing ("yes please", "no thanks").
_COURTESY = {"please", "thanks", "thank", "you", "ok", "okay", "sure", "now"}


def parse_answer(text: str) -> bool | None:
    """True for a yes ("yes", "yes, confirm", "go ahead please"), False for a no, None for
    anything else, which is asked again. Strict: the whole answer must be yes or no words with
    courtesies, so "yeah right", "do it later", "yes but not now" and "no, yes" are no yes."""
    words = [w for w in re.findall(r"[a-z']+", text.lower()) if w not in _COURTESY]
    if not words:
        return None
    spans = {True: _cover(words, _YES), False: _cover(words, _NO)}
    if spans[True] == spans[False]:
        return None  # neither (or both): never guessed
    return spans[True]


def _cover(words: list[str], phrases: set[str]) -> bool:
    """Whether the words are made of these phrases (one or two words each) and nothing else."""
    at = 0
    while at < len(words):
        if " ".join(words[at:at + 2]) in phrases:
            at += 2
        elif words[at] in phrases:
            at += 1
        else:
            return False
    return True
