"""Words of another language that say one of the device's own words by their form.

Trades borrow the names of their machines: a Hindi operator writes "हेडर" for the header, a
Turkish one "konveyör" for the conveyor, a Polish one "argonu" for argon with a case ending. No
glossary can list every trade's nouns, but the device's own names and descriptions say which
nouns matter here. A word is transliterated to Latin letters (anyascii) and reduced to its
consonants as they sound (`skeleton`); it says a word of the device when that word alone has its
skeleton, or (in a Latin script) when it is that word with a short ending.

The interpreter reads a command this way only when it could not read it at all, and holds what it
then proposes for a confirmation with a read-back (interpret.py): a reading by form is a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from anyascii import anyascii

# Spellings of one sound ("ph" and "f", "c" and "k"), as scripts and languages write a loanword
# (Arabic writes no "v": "الكونفيور" is the conveyor; Russian writes "h" as "kh": "хедер" is the header)
_SOUNDS = (("kh", "h"), ("ph", "f"), ("ck", "k"), ("qu", "kv"), ("c", "k"), ("q", "k"), ("w", "f"), ("v", "f"),
           ("x", "ks"), ("z", "s"), ("j", "i"), ("mt", "nt"), ("md", "nd"))
_VOWELS = frozenset("aeiouy")
# The shortest skeleton that says a word: three consonants in a word of another script (a loanword
# is most of what such a word can be), four in a Latin one (three are many words: "przy" is "press")
_SHORTEST = 3
_SHORTEST_LATIN = 4
# A Latin-script word is a device word with a case ending ("argonu", "argonem"; never a word more, "jupyterhub"): a
# stem this long, an ending of a vowel first
_STEM = 5
_ENDING = 3
# An English noun's suffix ("-er", "-or", "-ion") that another language says its own way
_SUFFIX = 3
_ENGLISH_SUFFIXES = frozenset({"ed", "er", "es", "ers", "ing", "ion", "ions", "ive", "al", "ally", "ant"})
# Hebrew writes the article and "and", "in", "to", "from", "that" on the word (הלוגר: the logger),
# Arabic its article (ال)
_VOWEL_LETTERS = str.maketrans({"\u05d5": "o", "\u05d9": "i", "\u0648": "u", "\u064a": "i", "\u06cc": "i"})
_HEBREW_PREFIXES = frozenset("הובלמש")
_ARABIC_ARTICLE = "\u0627\u0644"
_WORD = re.compile(r"[^\s,.;:!?()\[\]\"'/]+")
_PUNCTUATION = "-_*#<>{}|~`\u05be\u060c\u061b\u3001\u3002\uff0c"


def skeleton(word: str) -> str:
    """The consonants of a word as they sound, in Latin letters: "header" and "हेडर" are "hdr"."""
    # (the letters Hebrew and Arabic write long vowels with are vowels after the first letter: "לוגר" is "loger")
    word = word[:1] + word[1:].translate(_VOWEL_LETTERS)
    said = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", anyascii(word).lower()))  # ("logger" is "loger")
    for spelled, sound in _SOUNDS:
        said = said.replace(spelled, sound)
    head = "h" if said.startswith("h") else ""  # (an "h" said is one only at the start: "header", "chiller")
    return head + "".join(c for c in said[len(head):] if c not in _VOWELS and c != "h")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _forms(word: str) -> list[str]:
    """The word, and the word without a Hebrew prefix or the Arabic article."""
    if word[:2] == _ARABIC_ARTICLE and len(word) > 4:
        return [word, word[2:]]
    if word[:1] in _HEBREW_PREFIXES and len(word) > 3:
        return [word, word[1:]]
    return [word]


class Vocabulary:
    """The words the device uses of its things (their names' parts and descriptions), by skeleton."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = frozenset(w for w in words if len(w) >= 4 and w.isalpha() and w.isascii())
        self._by_skeleton: dict[str, set[str]] = {}
        for word in self._words:
            self._by_skeleton.setdefault(skeleton(word), set()).add(word)

    def said_by(self, word: str) -> str | None:
        """The device's word that `word` says by its form, when exactly one does; None for one of
        its own words, a short word, or a form two of its words share."""
        if word.lower() in self._words or any(c.isdigit() for c in word):
            return None  # (a name with a digit is a name: "influxdb2" is no influxdb)
        latin = word.isascii() or _plain(word).isascii()
        found: set[str] = set()
        for form in _forms(word):
            sounds = skeleton(form)
            if len(sounds) >= (_SHORTEST_LATIN if latin else _SHORTEST):
                found |= {w for w in self._by_skeleton.get(sounds, ()) if len(w) > len(sounds)}
            if not latin and len(sounds) > _SHORTEST_LATIN:  # (a classifier after it: Bengali "কোলেটরটা")
                found |= self._by_skeleton.get(sounds[:-1], set())
        if latin and not found:
            plain = _plain(word)
            found = {w for w in self._words if len(w) >= _STEM and plain.startswith(w)
                     and 0 < len(plain) - len(w) <= _ENDING and plain[len(w)] in _VOWELS}
        if latin and not found:
            found = {w for w in self._words if _same_stem(_plain(word), w)}
        # (one word and its longer forms; two words of one skeleton, "fleet" and "fault", are neither)
        shortest = min(found, key=lambda w: (len(w), w), default="")
        return shortest if found and all(w.startswith(shortest) for w in found) else None


def _same_stem(word: str, device: str) -> bool:
    """A word of another language made of the device's word's stem and a suffix of its own, as trades
    form their nouns: Spanish "indexador" is the indexer (a stem this long, each suffix a vowel first)."""
    for cut in range(1, _SUFFIX + 1):
        stem, suffix = device[:-cut], word[len(device) - cut:]
        if (len(stem) >= _STEM and word.startswith(stem) and 0 < len(suffix) <= _ENDING + 1
                and suffix[0] in _VOWELS and device[-cut] in _VOWELS and suffix not in _ENGLISH_SUFFIXES):
            return True
    return False


def in_device_words(text: str, vocabulary: Vocabulary, known: Callable[[str], bool]) -> str:
    """The text with each word that says a device word by its form replaced by that word; words
    `known` (read by a glossary, or a guard's) are kept."""
    def said(found: re.Match[str]) -> str:
        word = found[0].strip(_PUNCTUATION)
        if not word or known(word) or (device := vocabulary.said_by(word)) is None:
            return found[0]
        return found[0].replace(word, device)
    return _WORD.sub(said, text)
