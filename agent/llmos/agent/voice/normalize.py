"""From recognised words to a command: clean the text, then find the closest phrase the device
knows. A close match is replaced by its canonical command; anything else goes to the
controller as it was heard (a model controller may still understand it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from llmos.agent.voice.vocabulary import Vocabulary

_NUMBERS = {w: str(i) for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])}
_NUMBERS["oh"] = "0"
_FILLERS = {"please", "the", "a", "an", "uh", "um", "okay", "ok", "can", "you", "could"}
# Below this similarity the heard text is passed on as it is: a forced match would invent a
# command nobody said. Matches just above it are weak, and count in the confidence (read back).
# Measured on noisy speech: 0.72 left "Start it to the mid-order" unmatched; 0.55 matches it to
# "start recorder" while "It's confidence message" (for "stop ssh") stays unmatched.
MATCH_MIN = 0.55


@dataclass(frozen=True, slots=True)
class Match:
    command: str  # what the controller gets
    score: float  # similarity of the heard text to the matched phrase, 0..1 (0: no match)


def clean(text: str) -> str:
    """Lower case, words and digits only, number words as digits: 'SDB-One.' -> 'sdb 1'."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(_NUMBERS.get(w, w) for w in words)


def _key(text: str) -> str:
    # Spaces carry no meaning between a name and its digits ('eth 0' is 'eth0'): compare without.
    return "".join(w for w in clean(text).split() if w not in _FILLERS)


def to_command(heard: str, vocabulary: Vocabulary) -> Match:
    key = _key(heard)
    if not key:
        return Match("", 0.0)
    best: dict[str, float] = {}
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    for phrase in vocabulary.phrases:
        matcher.set_seq1(_key(phrase.spoken))
        if matcher.real_quick_ratio() <= best.get(phrase.command, 0.0):
            continue
        score = matcher.ratio()
        if score > best.get(phrase.command, 0.0):
            best[phrase.command] = score
    command, score = max(best.items(), key=lambda kv: kv[1], default=("", 0.0))
    if score < MATCH_MIN:
        return Match(clean(heard), 0.0)
    return Match(command, score)
