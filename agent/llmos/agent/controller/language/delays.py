"""Delays said in words in the languages foreign.py reads: "in zwei Stunden", "dans vingt minutes",
"om tre kvarter", "om en timme och en kvart", "za hodinu", "negyed óra múlva", "neljän tunnin päästä".

Each language's delay is read with its own words only (its prepositions or postpositions, its
number words, its units): a number word of one language is another's article ("het" is seven in
Hungarian, "the" in Dutch), and Dutch "om vijf uur" is a time of day where Swedish "om fem timmar"
is a delay. A delay read whole is said with digits, "in 45 minutes", which the closed form then
reads as it reads "in 45 minuten"; a delay it cannot read whole is left as it was, and so is the
command (its words stay unknown).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from llmos.agent.controller.language import alternation

_H, _M, _S = 3600, 60, 1


def _nine(words: str) -> dict[str, int]:
    """One to nine, said in order."""
    return dict(zip(words.split(), range(1, 10), strict=True))


def _compounds(units: dict[str, int], tens: dict[str, int], join: str, unit_first: bool) -> dict[str, int]:
    """Twenty-one to sixty-nine (and on to the tens given) said as one word or with a joint."""
    words: dict[str, int] = {}
    for ten, t in tens.items():
        for unit, u in units.items():
            words[f"{unit}{join}{ten}" if unit_first else f"{ten}{join}{unit}"] = t + u
    return words


def _numbers(ones: str, teens: str, tens: str, join: str = "", unit_first: bool = False, /,
             **more: float) -> dict[str, float]:
    """A language's number words: one to nine, ten to nineteen, twenty to ninety (space-separated
    lists, in order), their compounds and a few more (one's other genders, a half)."""
    units = _nine(ones)
    tens_ = dict(zip(tens.split(), range(20, 100, 10), strict=False))
    said: dict[str, float] = {**units, **dict(zip(teens.split(), range(10, 20), strict=True)), **tens_}
    said.update(_compounds(units, tens_, join, unit_first))
    said.update(more)
    return said


class _Language(NamedTuple):
    """The words before a delay (or after it), the numbers, the units in seconds (a quarter of an
    hour is a unit too: "tre kvarter"), what joins "and a quarter", and the units that alone mean
    one ("za hodinu": in an hour)."""
    before: tuple[str, ...]
    after: tuple[str, ...]
    joins: tuple[str, ...]
    numbers: dict[str, float]
    units: dict[str, int]
    one: tuple[str, ...]


_TENS = {"kahdenkymmenen": 20, "kolmenkymmenen": 30, "neljankymmenen": 40, "viidenkymmenen": 50}
_LANGUAGES = (
    _Language(  # German
        before=("in", "binnen"), after=(), joins=("und",),
        numbers=_numbers("eins zwei drei vier funf sechs sieben acht neun",
                         "zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn",
                         "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig", "und", True,
                         ein=1, eine=1, einer=1, einem=1, einen=1, zwo=2, anderthalb=1.5, eineinhalb=1.5,
                         einundeinhalb=1.5, zweieinhalb=2.5, dreieinhalb=3.5, halben=0.5, halbe=0.5,
                         **{"einer halben": 0.5, "eine halbe": 0.5}),
        units={"sekunde": _S, "sekunden": _S, "minute": _M, "minuten": _M, "stunde": _H, "stunden": _H,
               "viertelstunde": 900, "viertelstunden": 900, "dreiviertelstunde": 2700},
        one=()),
    _Language(  # Dutch
        before=("over", "binnen"), after=(), joins=("en",),
        numbers=_numbers("een twee drie vier vijf zes zeven acht negen",
                         "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
                         "twintig dertig veertig vijftig zestig zeventig tachtig negentig", "en", True,
                         anderhalf=1.5, anderhalve=1.5, half=0.5, halve=0.5, kwart=0.25, **{"een half": 0.5}),
        units={"seconde": _S, "seconden": _S, "minuut": _M, "minuten": _M, "uur": _H, "kwartier": 900},
        one=()),
    _Language(  # Spanish
        before=("en", "dentro de"), after=(), joins=("y",),
        numbers=_numbers("uno dos tres cuatro cinco seis siete ocho nueve",
                         "diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve",
                         "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa", " y ",
                         un=1, una=1, media=0.5, medio=0.5, cuarto=0.25, veintiuno=21, veintiuna=21, veintidos=22,
                         veintitres=23, veinticuatro=24, veinticinco=25, veintiseis=26, veintisiete=27,
                         veintiocho=28, veintinueve=29),
        units={"segundo": _S, "segundos": _S, "minuto": _M, "minutos": _M, "hora": _H, "horas": _H,
               "cuarto de hora": 900, "cuartos de hora": 900},
        one=()),
    _Language(  # Portuguese
        before=("em", "daqui a", "dentro de"), after=(), joins=("e",),
        numbers=_numbers("um dois tres quatro cinco seis sete oito nove",
                         "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
                         "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa", " e ",
                         uma=1, duas=2, meia=0.5, meio=0.5, quarto=0.25, quatorze=14, dezasseis=16, dezassete=17,
                         dezanove=19),
        units={"segundo": _S, "segundos": _S, "minuto": _M, "minutos": _M, "hora": _H, "horas": _H,
               "quarto de hora": 900, "quartos de hora": 900},
        one=()),
    _Language(  # Italian ("ventuno", "ventotto": the tens' vowel goes before "uno" and "otto")
        before=("tra", "fra"), after=(), joins=("e",),
        numbers={**_numbers("uno due tre quattro cinque sei sette otto nove",
                            "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
                            "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
                            un=1, una=1, mezza=0.5, mezzo=0.5, quarto=0.25),
                 **{f"{ten[:-1]}{unit}": n + u for ten, n in (("venti", 20), ("trenta", 30), ("quaranta", 40),
                                                             ("cinquanta", 50), ("sessanta", 60))
                    for unit, u in (("uno", 1), ("otto", 8))}},
        units={"secondo": _S, "secondi": _S, "minuto": _M, "minuti": _M, "ora": _H, "ore": _H,
               "quarto d'ora": 900, "quarti d'ora": 900, "mezz'ora": 1800, "mezzora": 1800},
        one=()),
    _Language(  # French
        before=("dans",), after=(), joins=("et",),
        numbers={**_numbers("un deux trois quatre cinq six sept huit neuf",
                            "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
                            "vingt trente quarante cinquante soixante", "-", une=1, demi=0.5, demie=0.5,
                            quart=0.25),
                 **{f"{ten}{et}un": n + 1 for ten, n in (("vingt", 20), ("trente", 30), ("quarante", 40),
                                                        ("cinquante", 50), ("soixante", 60))
                    for et in (" et ", "-et-")}},
        units={"seconde": _S, "secondes": _S, "minute": _M, "minutes": _M, "heure": _H, "heures": _H,
               "quart d'heure": 900, "quarts d'heure": 900, "demi-heure": 1800},
        one=()),
    _Language(  # Polish
        before=("za",), after=(), joins=("i",),
        numbers=_numbers("jeden dwa trzy cztery piec szesc siedem osiem dziewiec",
                         "dziesiec jedenascie dwanascie trzynascie czternascie pietnascie szesnascie "
                         "siedemnascie osiemnascie dziewietnascie",
                         "dwadziescia trzydziesci czterdziesci piecdziesiat szescdziesiat", " ",
                         jedna=1, dwie=2, pol=0.5, poltorej=1.5, poltora=1.5),
        units={"sekund": _S, "sekundy": _S, "sekunde": _S, "minut": _M, "minuty": _M, "minute": _M,
               "godzin": _H, "godziny": _H, "godzine": _H, "kwadrans": 900, "kwadranse": 900},
        one=("sekunde", "minute", "godzine", "kwadrans")),
    _Language(  # Czech ("dvacet pět" or "pětadvacet")
        before=("za",), after=(), joins=("a",),
        numbers={**_numbers("jeden dva tri ctyri pet sest sedm osm devet",
                            "deset jedenact dvanact trinact ctrnact patnact sestnact sedmnact osmnact devatenact",
                            "dvacet tricet ctyricet padesat sedesat", " ", jednu=1, jedna=1, dve=2, pul=0.5,
                            ctvrt=0.25),
                 **_compounds(_nine("jedna dva tri ctyri pet sest sedm osm devet"),
                              {"dvacet": 20, "tricet": 30, "ctyricet": 40, "padesat": 50}, "a", True)},
        units={"sekund": _S, "sekundy": _S, "sekundu": _S, "minut": _M, "minuty": _M, "minutu": _M,
               "hodin": _H, "hodiny": _H, "hodinu": _H, "ctvrt hodiny": 900, "ctvrte hodiny": 900,
               "ctvrthodinu": 900},
        one=("sekundu", "minutu", "hodinu", "ctvrt hodiny", "ctvrthodinu")),
    # Slovak says it with "za" or "o" ("za hodinu", "o tri minúty": in three minutes; Czech and Polish "o" with a number
    # of units is a delay too, "o 10 minut později")
    _Language(
        before=("za", "o"), after=(), joins=("a",),
        numbers=_numbers("jeden dva tri styri pat sest sedem osem devat",
                         "desat jedenast dvanast trinast strnast patnast sestnast sedemnast osemnast devatnast",
                         "dvadsat tridsat styridsat patdesiat sestdesiat", " ", jednu=1, jedna=1, dve=2, pol=0.5),
        units={"sekund": _S, "sekundy": _S, "sekundu": _S, "minut": _M, "minuty": _M, "minutu": _M,
               "hodin": _H, "hodiny": _H, "hodinu": _H, "stvrthodinu": 900, "polhodinu": 1800},
        one=("sekundu", "minutu", "hodinu", "stvrthodinu", "polhodinu")),
    # Latvian "pēc" with a genitive or a dative ("pēc stundas", "pēc divām stundām", "pēc pusstundas")
    _Language(
        before=("pec",), after=(), joins=("un",),
        numbers={"vienas": 1, "divam": 2, "trim": 3, "cetram": 4, "piecam": 5, "sesam": 6, "septinam": 7,
                 "astonam": 8, "devinam": 9, "desmit": 10, "piecpadsmit": 15, "divdesmit": 20, "trisdesmit": 30,
                 "cetrdesmit": 40, "piecdesmit": 50, "pus": 0.5, "pusotras": 1.5},
        units={"sekundes": _S, "sekundem": _S, "minutes": _M, "minutem": _M, "stundas": _H, "stundam": _H,
               "pusstundas": 1800, "ceturtdalstundas": 900},
        one=("sekundes", "minutes", "stundas", "pusstundas", "ceturtdalstundas")),
    # Slovenian "čez" ("čez eno uro", "čez dve uri", "čez pet minut", "čez uro")
    _Language(
        before=("cez",), after=(), joins=("in",),
        numbers=_numbers("eno dve tri stiri pet sest sedem osem devet",
                         "deset enajst dvanajst trinajst stirinajst petnajst sestnajst sedemnajst osemnajst "
                         "devetnajst", "dvajset trideset stirideset petdeset sestdeset", " ", pol=0.5, ena=1, dva=2),
        units={"sekundo": _S, "sekundi": _S, "sekunde": _S, "sekund": _S, "minuto": _M, "minuti": _M,
               "minute": _M, "minut": _M, "uro": _H, "uri": _H, "ure": _H, "ur": _H, "cetrt ure": 900},
        one=("sekundo", "minuto", "uro", "cetrt ure")),
    # Lithuanian "po" with a genitive ("po valandos", "po dviejų valandų", "po pusvalandžio")
    _Language(
        before=("po",), after=(), joins=("ir",),
        numbers={"vienos": 1, "dvieju": 2, "triju": 3, "keturiu": 4, "penkiu": 5, "sesiu": 6, "septyniu": 7,
                 "astuoniu": 8, "devyniu": 9, "desimties": 10, "penkiolikos": 15, "dvidesimties": 20,
                 "trisdesimties": 30, "keturiasdesimties": 40, "penkiasdesimties": 50, "pusantros": 1.5},
        units={"sekundes": _S, "sekundziu": _S, "minutes": _M, "minuciu": _M, "valandos": _H, "valandu": _H,
               "pusvalandzio": 1800, "ketvirciu valandos": 900},
        one=("sekundes", "minutes", "valandos", "pusvalandzio")),
    # Swedish, Norwegian and Danish ("om" is a delay only with their units: Dutch "om vijf uur" is a time)
    _Language(
        before=("om",), after=(), joins=("och", "og"),
        numbers={**_numbers("en tva tre fyra fem sex sju atta nio",
                            "tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
                            "tjugo trettio fyrtio femtio sextio sjuttio attio nittio", ett=1, halv=0.5,
                            **{"en halv": 0.5, "en och en halv": 1.5, "en og en halv": 1.5}),
                 **_numbers("en to tre fire fem seks sju atte ni",
                            "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
                            "tjue tretti forti femti seksti sytti atti nitti", ei=1, et=1, syv=7, otte=8,
                            tyve=20, tredve=30, tredive=30, fyrre=40, halvannen=1.5, halvanden=1.5),
                 **_compounds(_nine("en to tre fire fem seks syv otte ni"),
                              {"tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50}, "og", True)},
        units={"sekund": _S, "sekunder": _S, "sekunden": _S, "minut": _M, "minuter": _M, "minutt": _M,
               "minutter": _M, "timme": _H, "timmar": _H, "time": _H, "timer": _H, "timmen": _H,
               "kvart": 900, "kvarter": 900, "halvtimme": 1800, "halvtime": 1800},
        one=()),
    # Finnish and Hungarian say it after ("neljän tunnin päästä", "negyed óra múlva")
    _Language(
        before=(), after=("paasta", "kuluttua"), joins=("ja",),
        numbers={**_numbers("yhden kahden kolmen neljan viiden kuuden seitseman kahdeksan yhdeksan",
                            "kymmenen yhdentoista kahdentoista kolmentoista neljantoista viidentoista "
                            "kuudentoista seitsemantoista kahdeksantoista yhdeksantoista",
                            " ".join(_TENS) + " kuudenkymmenen", puolen=0.5, puolentoista=1.5),
                 **_compounds(_nine("yhden kahden kolmen neljan viiden kuuden seitseman kahdeksan yhdeksan"),
                              _TENS, "", False)},
        units={"sekunnin": _S, "minuutin": _M, "tunnin": _H, "vartin": 900},
        one=("minuutin", "tunnin", "vartin")),
    _Language(
        before=(), after=("mulva",), joins=("es",),
        numbers={**_numbers("egy ket harom negy ot hat het nyolc kilenc",
                            "tiz tizenegy tizenketto tizenharom tizennegy tizenot tizenhat tizenhet tizennyolc "
                            "tizenkilenc", "husz harminc negyven otven hatvan", ketto=2, fel=0.5, masfel=1.5),
                 **_compounds(_nine("egy ket harom negy ot hat het nyolc kilenc"),
                              {"huszon": 20, "harminc": 30, "negyven": 40, "otven": 50}, "", False)},
        units={"masodperc": _S, "perc": _M, "ora": _H, "negyed ora": 900, "haromnegyed ora": 2700,
               "negyedora": 900},
        one=("negyed ora", "haromnegyed ora", "negyedora")),
)


def _alternatives(words: tuple[str, ...] | list[str] | dict[str, int] | dict[str, float]) -> str:
    return alternation.phrases(words)


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], _Language]]:
    """A pattern per language: [before] [number] unit [and [one] quarter|half|number unit] [after]."""
    compiled = []
    for language in _LANGUAGES:
        numbers = rf"\d+|{_alternatives(language.numbers)}"
        units = _alternatives(language.units)
        amount = (rf"(?:(?P<n>{numbers})\s+)?(?P<unit>{units})"
                  rf"(?:\s+(?:{_alternatives(language.joins)})\s+(?:(?P<m>{numbers})\s+)?(?P<more>{units}|{numbers}))?")
        said = rf"(?:{_alternatives(language.before)})\s+{amount}" if language.before else \
            rf"{amount}\s+(?:{_alternatives(language.after)})"
        compiled.append((re.compile(rf"(?<![\w.@/'-]){said}(?![\w@/'-])"), language))
    return compiled


def _seconds(found: re.Match[str], language: _Language) -> int | None:
    """The delay in seconds, or None when it is not one the words can say."""
    def number(said: str | None) -> float | None:
        said = " ".join((said or "").split())
        return float(said) if said.isdigit() else language.numbers.get(said)

    unit = " ".join(found["unit"].split())
    count = number(found["n"])
    if count is None and unit not in language.one:
        return None  # ("in Stunden", "om timmar": no amount said)
    seconds = (1 if count is None else count) * language.units[unit]
    if found["more"]:
        more = " ".join(found["more"].split())
        if more in language.units:  # "en timme och en kvart": a smaller unit after a larger
            extra = (number(found["m"]) or 1) * language.units[more]
            if language.units[more] >= language.units[unit] or extra >= language.units[unit]:
                return None
        elif (part := language.numbers.get(more, 1)) < 1 and number(found["m"]) in (None, 1):
            extra = part * language.units[unit]  # "una hora y media", "une heure et quart"
        else:
            return None
        seconds += extra
    return int(seconds) if seconds == int(seconds) and seconds > 0 else None


def said_with_digits(text: str) -> str:
    """The text with each delay said in words of one language said as "in N minutes" (or
    "in N sek"); a delay of words that do not add up is left as it was."""
    text = re.sub(r"(?<![\w])un'(?=ora(?![\w]))", "un ", text)  # ("tra un'ora e un quarto")
    for pattern, language in _patterns():
        def digits(found: re.Match[str], language: _Language = language) -> str:
            seconds = _seconds(found, language)
            if seconds is None:
                return found.group()
            return f"in {seconds // 60} minutes" if seconds % 60 == 0 else f"in {seconds} sek"
        text = pattern.sub(digits, text)
    return text
