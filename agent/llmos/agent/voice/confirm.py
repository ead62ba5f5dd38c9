"""When a spoken action must be read back and confirmed before it runs, and what counts as
"yes" or "no".

A recogniser's typical error is a near miss, and some near misses flip the meaning ("mount" for
"unmount", "now" for "down"). Such an action is never run on the recogniser's word alone.
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

# The whole answer must be one of these (courtesies aside): "yeah right", "do it later" or
# "yes, but not now" are not a yes, and are asked again.
_YES = {"yes", "yeah", "yep", "confirm", "confirmed", "correct", "affirmative", "do it",
        "go ahead", "yes confirm", "yes do it", "yes go ahead", "yes correct", "yes i do",
        "yes it is", "yes that's right", "that's right", "that is right", "yes that is right"}
_NO = {"no", "nope", "cancel", "cancel that", "cancel it", "stop", "reject", "reject it",
       "negative", "abort", "wrong", "don't", "do not", "no don't", "no do not", "no cancel",
       "no cancel that", "no stop", "no wrong", "no that's wrong", "that's wrong",
       "no that is wrong", "no thanks", "no it isn't", "no it is not"}
_COURTESY = {"please", "thanks", "thank", "you", "llmos"}


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


def parse_answer(text: str) -> bool | None:
    """True for a yes ("yes, confirm"), False for a no, None for anything else (asked again):
    a strict grammar, the whole answer is one of _YES or _NO, courtesies aside."""
    words = [w for w in re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))
             if w not in _COURTESY]
    phrase = " ".join(words)
    if phrase in _YES:
        return True
    if phrase in _NO:
        return False
    return None  # anything else, "no, yes" and "yeah right" included: never guessed
