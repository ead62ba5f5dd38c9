"""What a full sentence in another language says around its request: a greeting, a sign-off,
"now", and a reason given after "because".

A native types "Hallo, starte bitte nginx jetzt neu, weil die Anzeige hängt. Danke!" where the
closed form (foreign.py, more_languages.py) is "starte nginx neu". These parts ask for nothing
and change nothing the request says, so they are taken off before the closed form is read;
everything else stays, and a sentence whose rest is not a closed form is still refused. Only
words that cannot negate, delay or condition a request are listed here ("jetzt", never
"gleich" or "später"); a reason is split off only after a conjunction that says "because", and
foreign.py decides whether what follows it is only a reason.

The text arrives as normalise leaves it (lower case, accents folded).
"""

from __future__ import annotations

import re

from llmos.agent.controller.language import alternation
from llmos.agent.controller.language.more_languages import typed


def _any(forms: str) -> str:
    """A regex of the forms ("|"-separated, as typed: folded as normalise folds them), longest first."""
    return alternation.phrases({typed(f) for f in forms.split("|")})


# A greeting first ("hola,", "guten morgen,", "cześć"), said to whoever reads it
_GREETING = re.compile(r"^(?:" + _any(
    "hola|buenas|buenos dias|buenas tardes|buenas noches|hallo|hey|moin|servus|guten morgen|guten tag|"
    "guten abend|bonjour|bonsoir|salut|coucou|ciao|buongiorno|buonasera|salve|ola|oi|bom dia|boa tarde|"
    "boa noite|hoi|goedemorgen|goedemiddag|goedenavond|hej|hejsan|hei|god morgon|godmorgen|cześć|"
    "dzień dobry|ahoj|dobrý den|merhaba|selam|günaydın|halo|selamat pagi|selamat siang|selamat sore|"
    "selamat malam|привет|здравствуйте|добрый день|доброе утро|вітаю|добрий день|привіт|γεια σου|"
    "γεια σας|γεια|καλημέρα|bună ziua|bună|salutare|xin chào|chào|namaste|नमस्ते|مرحبا|السلام عليكم|"
    "안녕하세요|こんにちは|おはようございます|你好|您好") + r")(?:\s*[,!.:;]+\s*|\s+)"
    # ... or a call for attention, before a comma ("oye, reinicia ...", "écoute, redémarre ...", "hör mal, ...")
    r"|^(?:" + _any("oye|oiga|escucha|olha|escuta|ascolta|senti|ecoute|écoutez|luister|hör mal|hör zu|sag mal|"
                    "słuchaj|poslouchej|poslyš|kuule|figyelj|hör|lyssna|hør") + r")\s*[,!:]+\s*")
# Thanks last ("..., danke!", "merci beaucoup", "grazie mille")
_SIGN_OFF = re.compile(r"(?:\s*[,.!;]+\s*|\s+)(?:" + _any(
    "danke|danke schön|danke sehr|vielen dank|merci|merci beaucoup|merci bien|grazie|grazie mille|"
    "gracias|muchas gracias|obrigado|obrigada|muito obrigado|muito obrigada|dank je|dank je wel|"
    "dank u|dank u wel|bedankt|tack|tack så mycket|takk|dziękuję|dzięki|děkuji|díky|teşekkürler|"
    "teşekkür ederim|sağol|terima kasih|makasih|"
    # thanks said before it is done ("merci d'avance", "danke im Voraus", "alvast bedankt")
    "merci d'avance|merci par avance|danke im voraus|danke vorab|vielen dank im voraus|grazie in anticipo|"
    "grazie anticipatamente|gracias de antemano|gracias por adelantado|desde ya gracias|obrigado desde já|"
    "obrigada desde já|desde já obrigado|desde já obrigada|alvast bedankt|alvast dank|bij voorbaat dank|"
    "z góry dziękuję|z góry dzięki|tack på förhand|takk på forhånd|tak på forhånd|předem děkuji|"
    "спасибо|дякую|ευχαριστώ|mulțumesc|cảm ơn|shukriya|"
    "dhanyavaad|धन्यवाद|شكرا|감사합니다|고마워|ありがとう|ありがとうございます|谢谢") + r")\s*[.!]*$")
# "Now" in those languages: no delay, as the closed form reads a command with no delay said
# (never "gleich", "straks" or "zaraz", which may mean "soon")
_NOW = re.compile(r"(?<![\w'-])(?:" + _any(
    "jetzt|sofort|umgehend|ahora mismo|ahora|ya mismo|enseguida|inmediatamente|maintenant|tout de suite|"
    "immédiatement|adesso|subito|immediatamente|agora mesmo|agora|imediatamente|onmiddellijk|"
    "teraz|natychmiast|hned|ihned|okamžitě|genast|omedelbart|şimdi|hemen|sekarang|segera") + r")(?![\w'-])")
# A conjunction that says "because"; what follows it to the end is a reason (foreign.py judges
# it). Spanish and Portuguese "que" after a comma too ("apaga el módem, que se come los datos").
_BECAUSE = re.compile(r"(?:\s*[,;]\s*|\s+[-–—]+\s+|\s+)(?:" + _any(
    "weil|denn|porque|pois|car|parce que|puisque|perché|poiché|siccome|omdat|want|aangezien|ponieważ|"
    "bo|gdyż|eftersom|fordi|çünkü|protože|jelikož|karena|soalnya|потому что|так как|тому що|бо|"
    "επειδή|γιατί|pentru că|deoarece|bởi vì|kyunki|क्योंकि|لأن") +
    r")\s+(?P<reason>[^,;]+?)\s*[.!]*$|\s*,\s*que\s+(?P<que>[^,;]+?)\s*[.!]*$|\s*,\s*(?:" + _any(
    # ... and "the one that" said of what fails ("..., el que falló anoche", "..., celui qui a planté cette nuit",
    # "..., quello che si è bloccato ieri"): foreign.py takes it off only when it says what fails
    "el que|la que|los que|las que|celui qui|celle qui|ceux qui|quello che|quella che|quelli che|aquele que|"
    "aquela que") + r")\s+(?P<which>[^,;]+?)\s*[.!]*$")


def around_removed(text: str) -> str:
    """The text without a greeting first, thanks last and "now" anywhere."""
    text = _GREETING.sub("", text.strip(), count=1)
    text = _SIGN_OFF.sub("", text)
    return " ".join(_NOW.sub(" ", text).split())


def reason_split(text: str) -> tuple[str, str] | None:
    """The request and the reason said after "because", or None when none is said."""
    found = _BECAUSE.search(text)
    if found is None or not text[:found.start()].strip():
        return None
    return text[:found.start()], found["reason"] or found["que"] or found["which"]


def said_of_which(text: str) -> bool:
    """Whether the clause reason_split finds is said as "the one that" ("..., el que falló anoche")."""
    found = _BECAUSE.search(text)
    return found is not None and found["which"] is not None
