"""From recognised words to a command: clean the text, then find the closest phrase the device
knows. A close match is replaced by its canonical command; anything else goes to the
controller as it was heard (a model controller may still understand it).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from llmos.agent.voice.recognizer import Transcript
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
# How far below the best reading (mean token log-probability) a runner-up may be and still be
# preferred for saying only words the device knows: chosen on the voice corpus (bench/voice.py),
# checked on an independent spoken set (tests/voice/independent.json).
PREFER_MARGIN = 0.3
# How alike the letters of what was heard and of what is preferred must be: "remove"/"reboot"
# 0.5, "end in next"/"nginx" 0.57, "link"/"blink" 0.89; "banana helicopter 7"/"reboot the
# device" 0.36, "nginx slowly"/"ssh" 0.14.
RESPELLING_MIN = 0.45
# Words a preferred reading may never drop, add or replace: they make a request a question,
# a negation or a condition, whatever else was misheard.
_PROTECTED = frozenset(re.findall(r"\S+", """not no never don dont t isn doesn won nothing what is are was how
    which why when where who should would could can do does did if unless"""))


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
    if score < MATCH_MIN or (score < 1.0 and all(
            _known(w, vocabulary.words) for w in clean(heard).split())):
        # (words the device knows are what was said, not a near miss of a phrase: "turn the
        # green light off" is the green LED, not "turn the pwr light off")
        return Match(as_typed(heard), 0.0)
    return Match(command, score)


def preferred(transcript: Transcript, known: frozenset[str]) -> Transcript:
    """The reading to act on: the recogniser's best, unless it holds a word the device does not
    know and a runner-up within PREFER_MARGIN says only known words, differing from the best
    only in spans that hold an unknown word, each respelt ("Remove the device." -> "Reboot the
    device.", "Restart end in next." -> "Restart nginx."), and never in a protected word."""
    best = clean(transcript.text).split()
    if all(_known(w, known) for w in best):
        return transcript
    floor = math.log(max(transcript.confidence, 1e-9)) - PREFER_MARGIN
    for other in transcript.alternatives:
        if math.log(max(other.confidence, 1e-9)) < floor:
            break  # best first: the rest are further still
        words = clean(other.text).split()
        if words and all(_known(w, known) for w in words) and _respells(best, words, known):
            return other
    return transcript


def _known(word: str, known: frozenset[str]) -> bool:
    return word.isdigit() or word in known


def _respells(best: list[str], other: list[str], known: frozenset[str]) -> bool:
    """Whether `other` changes `best` only where an unknown word was heard."""
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, best, other, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        heard, instead = best[i1:i2], other[j1:j2]
        if not heard or all(_known(w, known) for w in heard):
            return False  # it adds words, or changes what was heard plainly
        if _PROTECTED.intersection(heard) or _PROTECTED.intersection(instead):
            return False
        if SequenceMatcher(None, "".join(heard), "".join(instead)).ratio() < RESPELLING_MIN:
            return False  # not a respelling: "banana helicopter" is never "reboot the device"
    return True
