"""A short reply to a question the controller asked ("which one: sda1 or sdb1?"): which choice
it picks, if any. "the second one", "2", "sdb1", "the seagate" (a word of the choice's
description), "yes" when only one was offered. Anything else is not a reply: the front end
treats it as a new command.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# "one" is no ordinal: "the second one", "that one"
_ORDINALS = {"first": 0, "1st": 0, "1": 0, "second": 1, "2nd": 1, "two": 1, "2": 1,
             "third": 2, "3rd": 2, "three": 2, "3": 2, "fourth": 3, "4th": 3, "four": 3, "4": 3}
_LAST = re.compile(r"\b(?:last|latter)\b")
_YES = re.compile(r"^\W*(?:yes|yep|yeah|y|ok|okay|sure|correct|that one|do it|confirm)\W*$")
_WORD = re.compile(r"/?[a-z0-9][a-z0-9:_./@-]*")


def pick(text: str, choices: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The choice (a {"label", "tool", "args"} dict) the reply names, or None."""
    said = text.lower().strip()
    words = _WORD.findall(said)
    if not choices or not words or len(words) > 8:
        return None
    named = [c for c in choices if _names(c["label"], words)]
    if len(named) == 1:
        return named[0]
    if named:
        return None  # still ambiguous
    ordinal = [_ORDINALS[w] for w in words if w in _ORDINALS and _ORDINALS[w] < len(choices)]
    if len(set(ordinal)) == 1:
        return choices[ordinal[0]]
    if _LAST.search(said):
        return choices[-1]
    if len(choices) == 1 and _YES.match(said):
        return choices[0]
    return None


def _names(label: str, words: list[str]) -> bool:
    low = label.lower()
    forms = {low, low.removesuffix(".service"), low.removeprefix("/dev/"), *low.split(":")}
    return any(w in forms for w in words if len(w) > 1)
