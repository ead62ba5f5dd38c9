"""Words of other languages that take a request back or make it no request now, said among
English words: "stop ssh ikke", "restart nginx kanske", "reboot, laat maar", "stop the kiosk
bis Montag", "restart nginx falls nötig", "restart nginx, nur Spaß", "restart nginx, warte".
The English reading passes over a word it does not know, so these would otherwise be read as
the plain request beside them.

`guards.json` lists them by what they do, in fifteen languages (written by a helper from the
languages themselves, never from an evaluation set; words that are also English, such as "till"
or "even", are left out), and since round 38 Swahili's negations and conditions ("usianzishe", "kama"),
since round 39 Lithuanian's and Catalan's ("neperkrauk", "jeigu", "si cal").

Since round 51, in some thirty-five languages (Latin letters, Hindi and Urdu in Latin letters too, and
Cyrillic, Greek, Arabic, Hebrew, Persian, Chinese, Japanese, Korean and Thai), the closed-class words
of code-mixed commands:
- "sequence": a "then" between two requests ("restart nginx aur phir reboot", "... rồi reboot", "... kisha
  reboot", "... lepas tu reboot"), which counts only after a verb of the catalog and before another one
  (a word of "then" also says "ago" or "again" elsewhere: Indonesian "lalu", Hindi "phir" alone is left out);
- conditions ("jak nginx znowu padnie, ...", "om nginx hänger sig igen, ...", "agar ..."), the words that
  are "if" only when a clause starts with them (`_spans.condition_first`: Polish "jak" is also "how",
  Scandinavian "om" also "in" and "again"), and Turkish verbs said in the conditional ("çökerse",
  "donarsa", "çalışmazsa", `_TURKISH_IF`);
- a while said with a number ("10 dakika", "10 menit aja", "10 phút thôi", "chỉ 10 phút", "na 10 minut"):
  a number and a unit of the language with a word of "only" or "for" beside it, a unit that says "for"
  itself ("10 percre"), or a verb after it ("nginx 10 dakika stop"); never a delay ("dalam 10 menit",
  "10 dakika sonra", "10 perc múlva", `_spans.delay_before`, `_spans.delay_after`).
Words in the scripts written without spaces (Chinese, Japanese, Thai; and Korean, whose endings are
written on the word) are found inside words too.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from importlib import resources

from llmos.agent.controller.language.glossary import plain

# What each kind of word makes of the request, as the speech act's reason
WHY = {"negation": "it says not to", "retraction": "it takes the request back",
       "not_yet": "it asks for later, and I only act now",
       "hedge": "it is not sure", "condition": "it sets a condition I cannot watch for",
       "temporary": "it asks for a while only, and nothing would undo it by itself",
       "joke": "it says it is a joke", "wait": "it asks to wait",
       "sequence": "it asks for two things one after another: say them one at a time"}
# ("tolong mount disk yang belum di-mount": said of the thing, in a relative clause)
_RELATIVE = re.compile(r"(?:yang|que|qui|che|som|der|die|das|dat|which|that|who)\s+$")
# The verbs of the catalog as the English reading knows them: a "then" counts between two of them
_VERB = (r"(?:sudo\s+)?(?:(?:re)?start|reboot|restart|stop|mount|unmount|umount|turn|switch|bring|take|blink|kill|"
         r"power|set|shut|enable|disable|reload|launch|boot|run|halt|pause|resume|flash|put|do|go)(?![\w'-])")
_VERB_BEFORE = re.compile(rf"(?<![\w'-]){_VERB}|(?<![\w'-])i-\w")
# (after the word, with at most two words between and no stop: "... rồi reboot", "... kisha pls reboot")
_VERB_AFTER = re.compile(rf"\s*(?:[\w'-]+\s+){{0,2}}?{_VERB}")
# Letters of the scripts written without spaces between words (CJK, kana, Hangul, Thai)
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# A Turkish verb in the conditional (after the accents are folded): "donarsa", "kapanirsa", "durursa",
# "calismazsa", "vermezse", "donuyorsa", "coktuyse", "kapaliysa"; the front-vowel "-erse", "-irse", "-urse"
# forms are also Spanish reflexives ("moverse", "irse") and English words ("reverse", "course"), and are
# listed one by one in guards.json instead
_TURKISH_IF = re.compile(r"(?<![\w'-])[a-z]{2,}(?:[aeiou]rsa|m[ae]zs[ae]|yors[ae]|[iu]ys[ae])"
                         r"(?:m|n|k|niz|nuz)?(?![\w'-])")
_NOT_TURKISH = frozenset(["bursa", "versa", "mimarsa"])
_NUMBER = r"\d+(?:[.,]\d+)?"


def _alternatives(forms: dict[str, list[str]]) -> str:
    """The forms of a `_spans` entry (a language -> forms), plain, as one alternation, longest first."""
    said = {" ".join(plain(f).split()) for forms_of in forms.values() for f in forms_of}
    return "|".join(sorted((re.escape(f).replace(r"\ ", r"\s+") for f in said), key=len, reverse=True))


def _bounded(alternatives: list[str]) -> str:
    """Forms as a pattern: a word whole, or in the unspaced scripts anywhere."""
    spaced = [a for a in alternatives if not _UNSPACED.search(a)]
    unspaced = [a for a in alternatives if _UNSPACED.search(a)]
    whole = rf"(?<![\w'-])(?:{'|'.join(spaced)})(?![\w'-])" if spaced else r"(?!x)x"
    return f"{whole}|(?:{'|'.join(unspaced)})" if unspaced else whole


@functools.cache
def _words() -> tuple[re.Pattern[str], dict[str, str], dict[str, re.Pattern[str]]]:
    text = resources.files(__package__).joinpath("guards.json").read_text("utf-8")
    listed = json.loads(text)
    kinds: dict[str, str] = {}
    for kind, languages in listed.items():
        if kind.startswith("_"):
            continue
        for forms in languages.values():
            for form in forms:
                kinds.setdefault(" ".join(plain(form).split()), kind)
    alternatives = sorted((re.escape(f).replace(r"\ ", r"\s+") for f in kinds), key=len, reverse=True)
    spans = listed["_spans"]
    units, lasting = _alternatives(spans["unit"]), _alternatives(spans["unit_for"])
    only_before, only_after = _alternatives(spans["only_before"]), _alternatives(spans["only_after"])
    before = _alternatives(spans["for"])
    patterns = {
        # (a number, its unit and what is said around it, with the verb after it: "nginx 10 dakika stop")
        "span": re.compile(rf"(?:(?<![\w'-])(?P<only>{only_before})\s*|(?<![\w'-])(?P<for>{before})\s+)?"
                           rf"(?<![\w.,])(?P<n>{_NUMBER})\s*(?P<unit>{units})(?![\w'-]|(?<=[^\W\d_])[\u0e00-\u0e7f])"
                           rf"(?:\s*(?P<after>{only_after})(?![\w'-]))?(?P<verb>\s+{_VERB})?"),
        "lasting": re.compile(rf"(?:{lasting})$"),
        "delay_before": re.compile(rf"(?<![\w'-])(?:{_alternatives(spans['delay_before'])})\s*$"),
        "delay_after": re.compile(rf"\s*(?:{_alternatives(spans['delay_after'])})(?![\w'-])"),
        "first": re.compile(rf"(?:^|(?<=[,;:.!?\n]))\s*(?P<first>{_alternatives(spans['condition_first'])})\s+"
                            # ("om en timme", "om 10 minuter", "als eerste", "jak najszybciej": in an hour,
                            # first, as soon as possible)
                            r"(?!\d|(?:en|ett|et|ei|to|två|tva|tre|fire|fyra|fem|ti|tio|halv|halvtimme|kvart|"
                            r"par|noen|nogle|några|nagra|litt|lite|lidt|morgen|morgon|igen|eerste|laatste|"
                            r"najszybciej|najpredzej|najwczesniej|"
                            r"zwykle|zawsze|tylko|to|ten|ta|mozna|it|is|the|a|an|and|"
                            # (how it goes, asked: "jak tam dysk, dużo miejsca zostało?")
                            r"tam|dziala|jest|wyglada|idzie|leci|dlugo|duzo|czesto|sie masz)(?![\w'-]))"
                            r"(?![^,;.!?]*\?)"),
    }
    return re.compile(_bounded(alternatives)), kinds, patterns


_RUN = re.compile(r"[\w'-]+")


@functools.cache
def _first_runs() -> frozenset[str]:
    """The first run of word letters of every form: a form is said only where such a run is a word of the text."""
    _, kinds, _ = _words()
    return frozenset(runs[0] for form in kinds if (runs := _RUN.findall(form)))


def _said(text: str) -> Iterator[re.Match[str]]:
    """The forms of `guards.json` said in the text (an English text, with none of their first words, is not searched:
    the one pattern of every form is slow to run over it)."""
    if text.isascii() and _first_runs().isdisjoint(_RUN.findall(text.lower())):
        return iter(())
    return _words()[0].finditer(text)


def guarded(text: str, names: Callable[[str], bool]) -> str:
    """Why the text is no request now, by a word of `guards.json` in it, or "". A word that
    names something of the device ("nein" of a unit nein.service) is no guard."""
    return next((WHY[kind] for kind in said_kinds(text, names)), "")


def said_kinds(text: str, names: Callable[[str], bool]) -> list[str]:
    """What each word of `guards.json` in the text makes of a request ("negation", "wait" ...),
    in the order said; a word that names something of the device is none."""
    _, kinds, patterns = _words()
    found: list[tuple[int, str]] = []
    for said in _said(text):
        word = " ".join(said.group().split())
        kind = kinds[plain(word)] if plain(word) in kinds else kinds.get(word, "")
        if not kind or names(word) or _RELATIVE.search(text, 0, said.start()):
            continue
        if kind == "sequence" and not (_VERB_BEFORE.search(text, 0, said.start())
                                       and _VERB_AFTER.match(text, said.end())):
            continue  # ("mati terus, restart nginx": it keeps dying; "then" counts between two requests)
        found.append((said.start(), kind))
    found += [(said.start(), "condition") for said in _TURKISH_IF.finditer(text)
              if said.group() not in _NOT_TURKISH and not names(said.group())]
    found += [(said.start("first"), "condition") for said in patterns["first"].finditer(text)
              if not names(said["first"])]
    found += [(said.start(), "temporary") for said in patterns["span"].finditer(text) if _a_while(said, patterns)]
    return [kind for _, kind in sorted(found)]


def then_said(text: str, names: Callable[[str], bool]) -> bool:
    """Whether a word of "then" is said at all, with no verb of the catalog beside it: a clause of another
    language after its request that says "then" asks for more ("indítsd újra a nginx-t, utána az egész
    eszközt": then the whole device), and is never only why."""
    _, kinds, _ = _words()
    return any(kinds.get(plain(" ".join(said.group().split()))) == "sequence" and not names(said.group())
               for said in _said(text))


def _a_while(said: re.Match[str], patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether a number and its unit (`span`) say how long, never when: "10 menit aja", "na 10 minut", "10 percre",
    "nginx 10 dakika stop"; not "dalam 10 menit aja", "10 dakika sonra"."""
    if patterns["delay_before"].search(said.string, 0, said.start("n")) or \
            patterns["delay_after"].match(said.string, said.end("unit")):
        return False
    return bool(said["only"] or said["for"] or said["after"] or patterns["lasting"].search(said["unit"])
                or (said["verb"] and not re.match(r"\s+(?:sudo\s+)?re(?:boot|start)", said["verb"])))
