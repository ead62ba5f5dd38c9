"""Short commands in German, Spanish, Portuguese, Italian, French and Dutch, said in English.

Operators in the field type "telegraf neu starten", "reinicia smbd", "riavvia opensprinkler",
"wlan0 hochfahren". Only the closed form is translated: one verb of the catalog, what it acts on
(a name, as the device spells it), a delay, nothing else. Anything more (an article, a noun of
the language, a negation, a condition, a question word) leaves the command as it was, and the
speech act refuses it as not English: a sentence this module cannot read whole is never acted on
by the words it happens to know.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Foreign verb (accents already folded by normalise) -> English words around the object.
_VERBS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("neu starten", "neustarten", "neu-starten", "reinicia", "reiniciar",
                     "reinicie", "reinicie", "riavvia", "riavviare", "redemarre", "redemarrer",
                     "relance", "relancer", "herstart", "herstarten", "herstarte"),
                    ("restart", "")),
    **dict.fromkeys(("starten", "inicia", "iniciar", "inicie", "arranca", "arrancar", "avvia",
                     "avviare", "demarre", "demarrer", "lance", "lancer"), ("start", "")),
    **dict.fromkeys(("stoppen", "anhalten", "beenden", "detener", "deten", "parar", "pare",
                     "ferma", "fermare", "arrete", "arreter", "stoppe", "stopper"), ("stop", "")),
    **dict.fromkeys(("hochfahren",), ("bring", " up")),
    **dict.fromkeys(("ausschalten", "abschalten", "apaga", "apagar", "desliga", "desligar",
                     "spegni", "spegnere", "eteins", "eteindre", "uitschakelen", "uitzetten"),
                    ("turn", " off")),
    **dict.fromkeys(("einschalten", "anschalten", "enciende", "encender", "liga", "ligar",
                     "accendi", "accendere", "allume", "allumer", "inschakelen", "aanzetten"),
                    ("turn", " on")),
    **dict.fromkeys(("einhangen", "montar", "monta", "monte", "monter", "mounten",
                     "koppelen"), ("mount", "")),
    **dict.fromkeys(("aushangen", "auswerfen", "desmontar", "desmonta", "smonta", "smontare",
                     "demonte", "demonter", "ontkoppelen"), ("unmount", "")),
    # shutting down is powering off: said in English, the catalog's answer follows
    **dict.fromkeys(("herunterfahren", "ausmachen"), ("shut down", "")),
}
_VERB = re.compile(r"(?<![\w.@/-])(" + "|".join(
    sorted((re.escape(v) for v in _VERBS), key=len, reverse=True)) + r")(?![\w.@/-])")
_UNITS = {"s": ("sekunden", "segundos", "secondi", "secondes", "seconden", "sek", "seg"),
          "minutes": ("minuten", "minutos", "minuti", "minutes", "min", "minuto", "minute"),
          "hours": ("stunden", "stunde", "horas", "hora", "ore", "ora", "heures", "heure", "uur")}
_UNIT_WORD = {w: unit for unit, words in _UNITS.items() for w in words}
_DELAY = re.compile(r"(?<![\w.@/-])(in|en|em|tra|fra|dans|over|binnen)\s+(\d+)\s*(" +
                    "|".join(sorted(_UNIT_WORD, key=len, reverse=True)) + r")(?![\w.@/-])")
_ENGLISH_DELAY = ({"in", "over"}, {"minutes", "min", "minute"})


def _delay(found: re.Match[str]) -> str:
    return f"in {found.group(2)} {_UNIT_WORD[found.group(3)]}"


def _foreign_delay(found: re.Match[str]) -> bool:
    return found.group(1) not in _ENGLISH_DELAY[0] or found.group(3) not in _ENGLISH_DELAY[1]
_COURTESY = re.compile(r"now|pls|plz|please|aub|a\.u\.b\.?|bitte|svp|grazie|gracias|obrigad[oa]")


# "herstart over 5 minuten aub (reboot in 5 min)", "kun je nginx herstarten? sorry, english:
# restart nginx": the operator says it again in English. The English is what is acted on, and
# only when the other language's words say no "not" of their own (then nothing is).
_RESTATED = (
    re.compile(r"^(?P<other>.+?)\s*[,;.?!]?\s*(?:sorry,?\s*)?(?:in )?english\s*:\s*(?P<english>.+)$"),
    re.compile(r"^(?P<other>[^()]+?)\s*\((?P<english>[^()]+)\)\s*$"),
    re.compile(r"^(?P<other>.+)\s*[,;/]\s*(?P<english>[\x00-\x7f]+)$"),
)
_NOT = re.compile(r"(?<![\w])(?:nie|niet|nicht|kein\w*|nein|no|nao|non|pas|ne|nunca|jamais|niemals|"
                  r"nooit|nigdy|nem|nada|niente|mai|geen|ikke|inte|ei|nej|not|never|don'?t|"
                  r"nothing|say|sag|sagt|dis|di|zeg)(?![\w])|"
                  # nor asks for a translation
                  r"(?<![\w])(?:translat|tradu|ubersetz|uebersetz|vertaal|tlumacz|przetlumacz)")
# Words that mark a phrase as another language's, beside the verbs above
_OTHER_WORDS = re.compile(r"(?<![\w])(?:kun je|kan je|kannst du|konnen sie|puedes|podes|pode|peux|"
                          r"pouvez|potresti|puoi|bitte|por favor|alsjeblieft|aub|prosze|svp|merci|"
                          r"danke|gracias|obrigad[oa])(?![\w])")


def restated(text: str) -> str:
    """The English restatement of a command said first in another language, else the text: the
    other language's words must be marked as such (a letter outside ASCII, a verb or a word this
    module knows), say no "not" and ask nothing, unless "english:" says what follows is it."""
    for form in _RESTATED:
        said = form.match(text)
        if said is None:
            continue
        other, english = said.group("other"), said.group("english")
        marked = form is _RESTATED[0]  # "english: ..."
        # (a letter, not an emoji: "oh great, another reboot 🙄 sure, reboot it" is sarcasm)
        lettered = any(c.isalpha() and not c.isascii() for c in other)
        if not (lettered or _VERB.search(other) or _OTHER_WORDS.search(other)) or \
                _NOT.search(other) or not english.isascii() or ("?" in other and not marked) \
                or not other.isprintable() or any(not c.isascii() and not c.isalpha()
                                                  for c in other if not c.isspace()):
            return text
        return english.strip(" .!")
    return text


def as_english(text: str, names: Callable[[str], bool]) -> str:
    """The command in English when it is a closed-form foreign command, else unchanged.
    `names(word)`: whether the word names something of the device (its name, a part of it, or a
    typo of one); every word left beside the verb and the delay must."""
    verbs = list(_VERB.finditer(text))
    if not verbs:
        # "reboot dans 10 minutes": an English command with a delay said in another language
        return _DELAY.sub(lambda m: _delay(m) if _foreign_delay(m) else m.group(), text)
    if len(verbs) != 1:
        return text
    verb, particle = _VERBS[verbs[0].group(1)]
    rest = text[:verbs[0].start()] + " " + text[verbs[0].end():]
    delay = ""
    if found := _DELAY.search(rest):
        delay = f" {_delay(found)}"
        rest = rest[:found.start()] + " " + rest[found.end():]
    words = [w for w in rest.replace(",", " ").strip(" .!").split()
             if not _COURTESY.fullmatch(w)]
    if len(words) > 2 or not all(names(w) for w in words):
        return text  # an article, a noun, a negation, a condition: more than the closed form
    return f"{verb} {' '.join(words)}{particle}".strip() + delay
