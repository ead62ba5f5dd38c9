"""What a device's things are called in other languages, said in English.

Operators name a unit by what it does in their own language: "riavvia il lettore del
livello", "starta om väderstationen", "indítsd újra a tartályszint-olvasót". The device knows
its units by English names and descriptions ("Tank level reader"), so the words are said in
English ("level reader", "weather station", "tank level reader") and grounded as English is.

`glossary.json` maps an English word to its forms in fifteen languages (written by helpers
from the words of device descriptions, and in round 31 from a helper's list of the equipment,
places and trades of every kind of site; never from an evaluation set), and since round 34 the
commonest of them in the ten languages of more_languages.py too (Russian, Ukrainian, Japanese,
Chinese, Korean, Vietnamese, Hindi, Greek, Romanian, Arabic; written from those languages; since
round 38 Nepali, Bengali and Thai too, for the kinds of site dev35's commands in them came from),
and since round 38 the site words of Swahili ("sw") as well, since round 39 of Hebrew ("he"), of
Lithuanian ("lt") and of Welsh ("cy"), each Welsh word with its soft mutation ("ddidoli" of "didoli")
listed as a form, and the words of the kinds of site dev37's commands came from (a drivetrain, cracks,
dusk, a lime kiln, a caisson gate, a frame tracer ...), since round 40 Urdu ("ur") and the words of dev38's sites and
their neighbouring trades in the other scripts (a table, a line, a lane, a room, brine, a plotter's spooler ...), since
round 41 the commonest site words of Slovenian ("sl") and Latvian ("lv"), the words of dev39's kinds of site (a
measurement, varnish, induction, an animal pen, a ski jump's hill and inrun, a hammer, a tuner, a finish line, a shed, a
cocoon, a metal detector, a door contact, a timing mat, a sale ring, a magazine ...) and of the neighbouring kinds of
site (a forge, a hangar, a mortuary, an auction, a brewery, a laboratory ...), and Hebrew's words of the commonest
trades; since round 42 the Latin languages' words of dev40's kinds of site (a profiler, a walking floor, a tamping
unit, a download, orange); since round 43 the Latin languages' words of dev41's kinds of site (syrup, fructose, an ewe,
a lamb, a stove and its fan, a vacant/engaged sign) and the neighbouring trades' words Slovenian, Latvian, Romanian,
Hungarian, Turkish and Indonesian lacked (a press, a kiln, a turbine, a substation, a centrifuge, a microscope, a
turnstile, a chromatograph, a buzzer ...); and the other scripts' words of a fault, a seat, a check-in, a cubicle, a
toilet, a centrifuge, vibration, an extruder, a wrapper, a filler, a buoy, a palletizer, a bay, hydraulics, a
limiter, a load, loading, a stadium and a fundus, and Hebrew's and Thai's of the energy and transport trades (a
signal, a substation, a transformer, a turbine, a well, a scoreboard, a floodlight ...). A
form is read as the first word that lists it; a new word's form that is another word's form, or the
stem of one, is left out. A word is read as a form of the glossary, as a compound of such forms or
of the device's names ("weefgetouwmonitor", "Funk-Gateway"), as a form with a case or definite ending
("vågen", "olvasót"), or as another case of a form ("suszarnię" of "suszarnia"). A word that is
none of these stays unread, and with it the command (see foreign.as_english).
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Callable
from importlib import resources

# Letters that Unicode does not decompose, as operators type them without the accent (a
# Vietnamese "đ" stays, in a command: "khởi động lại" is read as no other language's words)
UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "Ł": "L", "Ø": "O",
                              "Æ": "AE"})
# (and the zero-width non-joiner of Persian compounds, which the interpreter's normalise takes out: "خشک‌کن" is typed
# "خشککن" when it reaches the glossary)
_PLAIN = {**UNDECOMPOSED, ord("đ"): "d", 0x200c: None}
# The voicing marks of Japanese kana, which make other letters, not accents: "ボール" (a ball) is no "ホール" (a hall)
KANA_MARKS = frozenset("\u3099\u309a")
# Cyrillic and Greek letters that look like Latin ones, which the interpreter reads as those (a
# guard word spelled with them is still the guard word): so are the glossary's forms
LOOKALIKES = str.maketrans({"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c",
                            "\u0443": "y", "\u0445": "x", "\u0456": "i", "\u0458": "j", "\u0455": "s",
                            "\u03bf": "o", "\u0391": "a"})
# Joints of German, Dutch and Scandinavian compounds ("Wetterstation", "bikupevågen")
_JOINTS = ("", "s", "e", "n", "en", "er")
# Case and definite endings that an operator adds to a word (Scandinavian definite, Finnish,
# Hungarian, Turkish, Polish and Czech cases; Turkish after a rounded vowel too: "kontrolcüsünü"; Turkish "the one
# in": "avludaki hoparlör", the courtyard's), longest first
_ENDINGS = ("ndaki", "ndeki", "daki", "deki", "taki", "teki",
            "sini", "sunu", "ini", "unu", "nin", "yi", "ni", "si", "su", "in", "un", "en", "et", "na", "ne",
            "ot", "at", "ta", "ia", "ya", "ow", "em", "ej", "e", "a", "i", "n", "t", "u", "y")
_PART = 4  # the shortest part of a compound, or stem before an ending


def plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_PLAIN))
    return "".join(c for c in decomposed if c in KANA_MARKS or not unicodedata.combining(c)).translate(LOOKALIKES)


@functools.cache
def _forms() -> dict[str, str]:
    """Every form (without accents) -> its English word; a form two words share keeps the
    first, the more common word (the file lists them most common first)."""
    text = resources.files(__package__).joinpath("glossary.json").read_text("utf-8")
    forms: dict[str, str] = {}
    for english, languages in json.loads(text).items():
        for words in languages.values():
            for word in words:
                forms.setdefault(plain(word), english)
    return forms


@functools.cache
def _senses() -> dict[str, tuple[str, ...]]:
    """Every form (without accents) -> all the English words that list it, the first word's first."""
    text = resources.files(__package__).joinpath("glossary.json").read_text("utf-8")
    senses: dict[str, list[str]] = {}
    for english, languages in json.loads(text).items():
        for words in languages.values():
            for word in words:
                if english not in (said := senses.setdefault(plain(word), [])):
                    said.append(english)
    return {form: tuple(said) for form, said in senses.items() if len(said) > 1}


# The languages written in Latin letters, read by foreign.py
# (and Slovenian and Latvian, whose forms of two words were listed but never read: "hladilno tekočino", "durvju zvans")
_LATIN_LANGUAGES = ("ca", "cs", "da", "de", "es", "fi", "fr", "hu", "id", "it", "lt", "nb", "nl", "pl", "pt", "sv",
                    "tr", "sl", "lv")


@functools.cache
def phrases() -> dict[str, str]:
    """The forms of more than one word of the languages written in Latin letters ("szafę
    grającą", a jukebox), without accents -> their English word (a form is the first word's)."""
    text = resources.files(__package__).joinpath("glossary.json").read_text("utf-8")
    said: dict[str, str] = {}
    for english, languages in json.loads(text).items():
        # (and Welsh, read by foreign.py: "rhestr waith", a worklist; and the other languages it reads in Latin
        # letters, whose forms of two words were listed but never read: "prijenos podataka", a data offload)
        for language in (*_LATIN_LANGUAGES, "cy", "hr", "sr", "bs", "sk", "et", "sq", "is", "ga", "mt", "eu", "af"):
            for form in languages.get(language, ()):
                if " " in form.strip():
                    said.setdefault(" ".join(plain(form).split()), english)
    return said


# The shortest stem a form and a word in another case share ("suszarnia", "suszarnię")
_STEM = 6
_VOWELS = "aeiouy"


@functools.cache
def _stems() -> dict[str, str]:
    """A form's stem without its last vowel -> its English word, for the cases a form was not
    listed in ("suszarnię" is "suszarnia" as an object); a stem two words share is no one's."""
    stems: dict[str, str] = {}
    shared: set[str] = set()
    for form, english in _forms().items():
        stem = form[:-1]
        if form[-1] not in _VOWELS or len(stem) < _STEM or " " in form:
            continue
        if stems.setdefault(stem, english) != english:
            shared.add(stem)
    return {stem: english for stem, english in stems.items() if stem not in shared}


@functools.cache
def latin_forms() -> frozenset[str]:
    """The forms (without accents) listed in the languages written in Latin letters, Slovenian and Latvian too (a
    Vietnamese "thẻ" is no "the")."""
    text = resources.files(__package__).joinpath("glossary.json").read_text("utf-8")
    return frozenset(plain(word) for languages in json.loads(text).values()
                     for language in (*_LATIN_LANGUAGES, "sl", "lv") for word in languages.get(language, ()))


@functools.cache
def english_words() -> frozenset[str]:
    """The English words the glossary translates to ("reader", "pump", "tank"), each word of its keys."""
    text = resources.files(__package__).joinpath("glossary.json").read_text("utf-8")
    return frozenset(w for english in json.loads(text) for w in english.lower().split())


def senses(word: str) -> tuple[str, ...]:
    """The English words that list the form, the first's first, when two or more do ("库": a store, a magazine)."""
    return _senses().get(plain(word), ())


def listed(word: str) -> bool:
    """Whether the word is a form the glossary lists (not only read with an ending, a stem or as a compound)."""
    return plain(word) in _forms()


def english(word: str, named: Callable[[str], bool], numbered: bool = False) -> list[str] | None:
    """The word in English words, or None when it is no word of the glossary. `named(part)`:
    whether a part of a compound is a name of the device, kept as it is. A form two words share
    (of two languages, or two senses: "kamer" is a Dutch room and Polish cameras, "caisse" a till
    and a box, "masa" a Turkish table and a Polish weight) is read as the first, unless it is
    `numbered` (said with the number of one of the things: "caisse 2", "kamer 7") and the device
    describes none of its things by the first and one by another ("box 2" of a fermentary's
    probes); never a word said without its number ("la salle de bal" is no hall)."""
    word = plain(word)
    read = _read(word, named, compound=True)
    if not numbered or read is None or len(read) != 1 or len(word) < _PART or named(read[0]):
        return read
    stems = [word] + [word[:-len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= _PART]
    for form in stems:
        if read[0] in (senses := _senses().get(form, ())):
            # (only one other the device has: of two, neither is surely meant)
            had = [said for said in senses if all(named(w) for w in said.split())]
            return [had[0]] if len(had) == 1 else read
    return read


def _read(word: str, named: Callable[[str], bool], compound: bool) -> list[str] | None:
    forms = _forms()
    if word in forms:
        return [forms[word]]
    if "-" in word:  # "Funk-Gateway", "tartályszint-olvasót" ("Identifizierungs-LED": a German joint "s"; a number
        # between two words says which: "Minus-50-Raum", "Halle-3-Kran")
        between = word.count("-")
        parts = [_read(p, named, compound) or ([p] if named(p) or (p.isdigit() and 0 < i < between) else None) or (
            _read(p[:-1], named, compound) if p.endswith("s") and len(p) > _STEM else None)
            for i, p in enumerate(word.split("-")) if p]
        return None if not parts or None in parts else [w for p in parts if p for w in p]
    stems = _stems()
    for ending in _ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= _PART and stem in forms:
            return [forms[stem]]
        if word.endswith(ending) and len(stem) >= _STEM and stem in stems:
            return [stems[stem]]
    if compound:
        return _compound(word, named)
    return None


def _compound(word: str, named: Callable[[str], bool]) -> list[str] | None:
    """A compound whose last part is a word of the glossary, perhaps with an ending, and whose
    first part is one too or a name of the device ("weefgetouwmonitor", "bikupevågen",
    "pantograafcamera"): the last part says what it is, as it does in the languages that join
    words. No part is shorter than four letters, and the last is never a name the word only
    resembles, so that a product's name is not read as words ("grafana" is no "graf" + "ana",
    "prometheus" no "prom" + "etheus")."""
    forms = _forms()
    for cut in range(len(word) - _PART, _PART - 1, -1):
        head, tail = word[:cut], word[cut:]
        last = _read(tail, lambda part: False, compound=False)
        if last is None:
            continue
        for joint in _JOINTS:
            stem = head[:len(head) - len(joint)] if joint else head
            if head.endswith(joint) and len(stem) >= _PART and (stem in forms or named(stem)):
                return [forms.get(stem, stem), *last]
            # a first part whose last "a" the joint replaced ("bikupevågen": "bikupa"), or a compound
            # of two forms itself ("vattenkvalitetsloggern": "vatten" + "kvalitet" + "loggern")
            if joint == "" and stem.endswith("e") and stem[:-1] + "a" in forms:
                return [forms[stem[:-1] + "a"], *last]
            if head.endswith(joint) and (first := _two_forms(stem)):
                return [*first, *last]
    return None


def _two_forms(word: str) -> list[str] | None:
    """Two forms of the glossary said as one word, each of five letters or more and written
    whole, perhaps with a joint ("vattenkvalitet"), or None."""
    forms = _forms()
    for cut in range(5, len(word) - 4):
        head, tail = word[:cut], word[cut:]
        for joint in _JOINTS:
            stem = head[:len(head) - len(joint)] if joint else head
            if head.endswith(joint) and len(stem) >= 5 and stem in forms and tail in forms:
                return [forms[stem], forms[tail]]
    return None
