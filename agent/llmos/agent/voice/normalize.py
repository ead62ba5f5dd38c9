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
# Below this similarity the heard text is passed on as it is, and the controller reads it as
# typed words (the language interpreter knows names, typos and descriptions): a forced match
# would invent a command nobody said. At 0.55 (chosen when the rules knew only names) "turn the
# wifi off" became "turn the power led off", "restart the web server" "restart ssh.service" and
# "start memory corner" "restart recorder.service"; at 0.8, with phrases of about the heard
# length only, what is snapped is a name's spelling ("s d b one") and the rest gets words.
MATCH_MIN = 0.8


@dataclass(frozen=True, slots=True)
class Match:
    command: str  # what the controller gets
    score: float  # similarity of the heard text to the matched phrase, 0..1 (0: no match)


def clean(text: str) -> str:
    """Lower case, words and digits only, number words as digits: 'SDB-One.' -> 'sdb 1'."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("wi-fi", "wifi"))
    return " ".join(_NUMBERS.get(w, w) for w in words)


def as_typed(text: str) -> str:
    """What was heard as an operator would have typed it: lower case, number words as digits,
    punctuation kept (a pause is a clause: "restart converter, stop journald" asks two things)."""
    text = text.lower().replace("wi-fi", "wifi")
    return re.sub(r"[a-z]+", lambda m: _NUMBERS.get(m.group(), m.group()), text).strip()


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
        said = _key(phrase.spoken)
        if not 0.85 <= len(key) / max(1, len(said)) <= 1 / 0.85:
            continue  # a phrase respells what was heard; it never adds or drops words
        matcher.set_seq1(said)
        if matcher.real_quick_ratio() <= best.get(phrase.command, 0.0):
            continue
        score = matcher.ratio()
        if score > best.get(phrase.command, 0.0):
            best[phrase.command] = score
    command, score = max(best.items(), key=lambda kv: kv[1], default=("", 0.0))
    if score < MATCH_MIN:
        return Match(as_typed(heard), 0.0)
    return Match(command, score)
