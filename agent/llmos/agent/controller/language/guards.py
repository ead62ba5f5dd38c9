"""Words of other languages that take a request back or make it no request now, said among
English words: "stop ssh ikke", "restart nginx kanske", "reboot, laat maar", "stop the kiosk
bis Montag", "restart nginx falls nötig", "restart nginx, nur Spaß", "restart nginx, warte".
The English reading passes over a word it does not know, so these would otherwise be read as
the plain request beside them.

`guards.json` lists them by what they do, in fifteen languages (written by a helper from the
languages themselves, never from an evaluation set; words that are also English, such as "till"
or "even", are left out), and since round 38 Swahili's negations and conditions ("usianzishe", "kama"),
since round 39 Lithuanian's and Catalan's ("neperkrauk", "jeigu", "si cal").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from importlib import resources

from llmos.agent.controller.language.glossary import plain

# What each kind of word makes of the request, as the speech act's reason
WHY = {"negation": "it says not to", "retraction": "it takes the request back",
       "not_yet": "it asks for later, and I only act now",
       "hedge": "it is not sure", "condition": "it sets a condition I cannot watch for",
       "temporary": "it asks for a while only, and nothing would undo it by itself",
       "joke": "it says it is a joke", "wait": "it asks to wait"}
# ("tolong mount disk yang belum di-mount": said of the thing, in a relative clause)
_RELATIVE = re.compile(r"(?:yang|que|qui|che|som|der|die|das|dat|which|that|who)\s+$")


@functools.cache
def _words() -> tuple[re.Pattern[str], dict[str, str]]:
    text = resources.files(__package__).joinpath("guards.json").read_text("utf-8")
    kinds: dict[str, str] = {}
    for kind, languages in json.loads(text).items():
        for forms in languages.values():
            for form in forms:
                kinds.setdefault(" ".join(plain(form).split()), kind)
    alternatives = sorted((re.escape(f).replace(r"\ ", r"\s+") for f in kinds), key=len, reverse=True)
    return re.compile(rf"(?<![\w'-])(?:{'|'.join(alternatives)})(?![\w'-])"), kinds


def guarded(text: str, names: Callable[[str], bool]) -> str:
    """Why the text is no request now, by a word of `guards.json` in it, or "". A word that
    names something of the device ("nein" of a unit nein.service) is no guard."""
    return next((WHY[kind] for kind in said_kinds(text, names)), "")


def said_kinds(text: str, names: Callable[[str], bool]) -> list[str]:
    """What each word of `guards.json` in the text makes of a request ("negation", "wait" ...),
    in the order said; a word that names something of the device is none."""
    pattern, kinds = _words()
    return [kinds[said] for found in pattern.finditer(text)
            if not names(said := " ".join(found.group().split())) and not _RELATIVE.search(text, 0, found.start())]
