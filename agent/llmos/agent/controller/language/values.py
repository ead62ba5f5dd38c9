"""Values a command states: delays, read-write mounts.

A delay is what the command says, or nothing: a number without a unit ("reboot in 5"), a time
of day ("at midnight") or a delay beyond the catalog's range is not guessed at; the
interpreter asks instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from llmos.agent.controller.language.ground import typo_of

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}
# "in a few minutes", "in some hours": how long is not said
_UNITS = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "m": 60, "min": 60, "mins": 60,
    "minute": 60, "minutes": 60, "mn": 60, "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600,
    "hours": 3600, "d": 86400, "day": 86400, "days": 86400,
    # as other languages write them ("reboot in 10 minuten")
    "sekunden": 1, "secondes": 1, "segundos": 1, "minuten": 60, "minuti": 60, "minutos": 60,
    "stunde": 3600, "stunden": 3600, "heure": 3600, "heures": 3600, "hora": 3600, "horas": 3600,
    "minit": 60, "menit": 60, "jam": 3600,  # Malay, Indonesian
    "sekunder": 1, "minutter": 60, "minuter": 60, "minutt": 60, "timer": 3600, "timmar": 3600,
    "timme": 3600,  # Scandinavian
    "minut": 60, "minuty": 60, "godzin": 3600, "godziny": 3600, "godzine": 3600,
    "hodin": 3600, "hodiny": 3600, "hodinu": 3600,  # Polish, Czech
    "dakika": 60, "saat": 3600, "minuuttia": 60, "minuutin": 60, "tuntia": 3600, "tunnin": 3600,
    "perc": 60, "percet": 60, "ora": 3600, "ore": 3600,  # Turkish, Finnish, Hungarian, Italian
}
_NUM = (r"\d+(?:[.,]\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
        + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
        + r")\b")
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_SPELLED_NUMBER = ("(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                   "thirty|forty|fifty|sixty|ninety)")
# "in a few minutes", "in some hours": how long is not said
_VAGUE = re.compile(r"\b(?:in|after|within|for) (?:a few|few|several|some|many|a number of|"
                    r"a couple(?: of)?)\b"
                    rf"(?:\s*(?:more )?(?:{_UNIT})\b)?|\bin (?:just )?a (?:sec|second|jiffy|tick|moment)\b")
_AMOUNT = re.compile(rf"(?<![\w.])({_NUM})\s*(?:and (?:a )?(half|quarter) )?-?\s*({_UNIT})\b"
                     rf"(?:\s*and (?:a )?(half|quarter))?"
                     # ("the clock is four minutes off": how wrong something is, not a delay)
                     r"(?!\s+(?:off|behind|ahead|late|early|slow|fast|ago|old|out)\b)")
_FRACTION = re.compile(r"\b(?:(a|one|three) )?(quarter|half)s?(?: of)? (?:an? )?(hour|minute|day)\b"
                       r"|\b(?:an? )?(hour|minute) and a (half|quarter)\b")
_CLOCK = re.compile(r"\b(\d+)h(\d+)(?:m(?:in)?)?\b|\b(\d+):(\d\d)\s*(?:h|hours?)\b")
_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_TIME_OF_DAY = re.compile(
    r"\b(?:at \d{1,2}(?:[:.h]\d\d)?(?:\s*(?:am|pm|h)\b)?|at (?:noon|midnight|dawn|night)|"
    r"midnight|noon|tonight|tomorrow|"
    # a time of day said in French, German, Spanish, Italian, Dutch, Scandinavian ("à 22h")
    r"(?:a|um|a las|alle|om|kl\.?|ab|vanaf|fran|fra|dalle|as|a partir de|desde|od|klo|saat|ve|o) "
    r"\d{1,2}(?:h\d{0,2}|[:.]\d\d)?\s*(?:h|uhr|uur|u|'?de|'?den|heures?|horas?)\b|"
    r"(?:kl\.?|klo|klockan|kello|alle|dalle|fran|fra|vanaf|ab|godz\.?|saat|as) \d{1,2}(?:[:.]\d\d)?\b"
    r"(?!\s*(?:min|sek|sec|s\b|stund|tim|hour|uur|minut))|"
    # "reboot 22h": 22:00 as the French write it, no 22 hours (said "in 22h")
    r"(?<!in )(?<!after )(?<!within )(?<!for )(?<!\d)(?:1[3-9]|2[0-3])h(?:[0-5]\d)?\b|this "
    r"(?:evening|afternoon|morning|weekend)|next (?:week|month|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|\d{1,2}\s*(?:am|pm)\b|o'?clock|\d{1,2}:\d\d(?!\s*(?:h|hours?))|"
    # times a business or a plan sets: "overnight", "after close", "with the next deploy"
    r"overnight|(?:at|on|over|during) the weekend|at weekends|out of (?:business |office |working )?"
    r"hours|after (?:close|closing(?: time)?)|at closing(?: time)?|(?:at|by) (?:the )?end of (?:the )?"
    r"(?:day|shift|week|business)|eod|at (?:the )?(?:shift change|change of shift)|"
    r"(?:at|on|with|after|during|before) (?:the )?next (?:reboot|restart|boot|deploy|deployment|release|"
    r"update|upgrade|window|maintenance|break|shift)|first thing|later today|"
    # "stop nginx end of shift", "at cob", "come morning", "during the backup"
    r"(?:the )?end of (?:the |my |our )?(?:day|shift|week|business)|after (?:the |my )?shift|cob|"
    r"at close|come (?:morning|nightfall|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tomorrow|dawn|dusk)|during (?:the )?"
    r"(?:backup|maintenance|update|upgrade|demo|meeting|call|show|service)|"
    # the same in other languages: "restart nginx morgen", "demain", "esta noche"
    r"morgen|demain|domani|besok|ma[ñn]ana|amanh[ãa]|i morgen|imorgon|jutro|esta noche|esta tarde|"
    r"heute abend|heute nacht|ce soir|cette nuit|stanotte|stasera|malam ini|vannacht|vanavond|"
    # clock times in words and parts of the day: "at three", "at half six", "at ten past", "at
    # 1700", "around 5", "in the morning", "at lunch", "on the hour"
    rf"(?:at|around|about|by|before|till|until) (?:(?:a )?quarter|half|ten|twenty|five|"
    rf"twenty[ -]five) (?:past|to|after)(?: (?:{_HOURS}|\d{{1,2}}))?|at half (?:past )?(?:{_HOURS}|\d{{1,2}})|"
    rf"at (?:{_HOURS})(?:[ -](?:o'?clock|thirty|fifteen|forty[ -]five|sharp))?|"
    rf"at (?:[01]\d|2[0-3])[0-5]\d(?: ?(?:h|hrs|hours))?|at (?:{_HOURS}|thirteen|fourteen|"
    rf"fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ -](?:one|two|three))?) hundred|"
    rf"(?:around|about|by|till|until) (?:[01]?\d|2[0-4])(?:[:.]\d\d)?(?!\s*(?:%|[.,x]\d|(?:{_UNIT}|"
    r"more|times|percent|degrees?|gb|mb|kb|tb|g|m|k)\b))|"
    r"in the (?:early |late |small hours of the )?(?:morning|evening|afternoon|night)|"
    r"in the middle of the (?:night|day)|at (?:lunch(?:time)?|dinner(?:time)?|breakfast|supper|"
    r"teatime|midday|sunset|sunrise|dusk|daybreak|first light|opening(?: time)?|the break|"
    r"break(?:time)?|(?:the )?top of the hour|the half hour)|on the (?:hour|half hour))\b")
_BARE = re.compile(r"\b(?:(?:in|after|within|wait|delay(?:ed)?|timeout|time-?out|countdown|timer|sleep|"
                   r"grace)\s*[=:]?|t\s*=)\s*(\d+|" + "|".join(
    w for w in _NUMBER_WORDS if " " not in w and w not in ("a", "an")) + r")\b(?!\s*(?:" +
    _UNIT + r"|%)\b)|\b\d+\s+(?:delay|timeout|countdown)\b")
# "after 15 minutes reboot": said first, a wait
LEADING_AFTER = re.compile(rf"^(?:please |pls |ok |so )?after(?=\s+(?:{_NUM})\s*-?\s*(?:more )?(?:{_UNIT})\b)")
_NOW = re.compile(r"\b(?:now|right away|immediately|asap|at once|straight away|right now)\b")
# What a working day is divided by: its breaks, shifts, meetings and stops
_OCCASION = (r"(?:knock-?off|knocking[- ]off|smoko|stand-?down|muster|toolbox talk|huddle|half-?time|the half|"
             r"interval|intermission|(?:tea|coffee|lunch|meal|rest) break|break|brekkie|breakfast|tiffin|"
             r"(?:night|back|early|late|day|swing|morning|afternoon|evening|graveyard|weekend|next) shift|"
             r"early|late|earlies|lates|graveyard|holidays?|weekend|quiet (?:period|spell|time)|idle|"
             r"(?:maintenance )?window|shutdown|planned stop|outage|changeover|handover|batch|"
             r"(?:\d{1,2} o'?clock |\d{1,2}(?:am|pm) )(?:handover|changeover|shift change|break))\b")
_LATER = re.compile(r"\b(?:later|soon|in a bit|in a while|in a moment|shortly|eventually|some ?day|"
                    r"after(?=\s*[.!]*$)|afterwards|in due course|by and by|off[- ]hours|"
                    r"after hours|at some point|down the line|"
                    r"during (?:the )?(?:night|day|lunch|break|nights|evening|meeting|shift|quiet hours?)|"
                    # (round 35) "next shift", "in the quiet period", "on the next quiet moment"
                    r"(?:(?<!the )next|(?:at|on|during|in|for) the next|in the|during the) (?:shift|quiet "
                    r"(?:period|moment|time|spell|hours?)|lull|downtime|changeover|handover)|"
                    # (round 43) any next occasion, and the changes and stops of a line: "at the next doff",
                    # "come the next roll change", "in the next outage", "at set change", "on nights" (not "in
                    # the next 5 minutes", a wait, nor "before the next match", by when)
                    r"(?:at|on|during|in|come|with|@) (?:the )?next (?!\d|(?:few|couple|hours?|minutes?|mins?|seconds?|"
                    r"secs?|one|two|three|four|five|ten|fifteen|twenty|thirty)\b)[a-z][\w-]*"
                    # (the occasion's words after it: "come the next roll change", "of the still")
                    r"(?: (?!(?:and|then|but|pls|please|restart|reboot|start|stop|mount|unmount|bring|take|turn|"
                    r"switch|set|bounce|kick)\b)[a-z][\w-]*){0,2}|"
                    # (round 44) the occasions of a working day, said at, on, come or after them ("at
                    # knock-off", "at smoko", "on the back shift", "come the quiet period", "at half-time",
                    # "in the small hours", "on the first of the month", "eow")
                    rf"(?:(?:at|on|during|over|come|after|by|@) (?:the )?(?:next )?|(?<!the )next ){_OCCASION}|"
                    r"in the small hours|(?:on|by) the (?:1st|first)(?: of the month)?|\beo[wm]\b|"
                    r"(?:at|on|during|come) (?:the )?(?:[a-z]+ )?(?:change|changeover|handover|doff(?:ing)?|"
                    r"turn-?up)\b(?! room)|come (?:lunch(?:time)?|break(?:time)?|closing(?: time)?|close)\b|"
                    r"at (?:the )?end of (?:the |this |that )?(?:set|roll|run|batch|job|cycle|load|lap|race|heat|"
                    r"match|game|show|session|class|print|test|period|season|term|night)\b|"
                    r"(?<!'re )(?<!are )(?<!'m )(?<!am )(?<!is )\bon (?:nights|lates|earlies|night shift|nightshift)\b|"
                    r"some ?time|when(?: it'?s)? convenient|at your convenience|anon|"
                    r"after (?:my |the |your |our )?(?:coffee|break|lunch|tea|dinner)|"
                    r"before (?:we open|opening)|pre-opening|repeatedly|bald|mindj[áa]rt|"
                    r"at (?:lunch(?:time)?|dinner|breakfast|closing(?: time)?|opening(?: time)?)|"
                    # in other languages: "restart nginx después", "später", "plus tard"
                    r"despu[ée]s|m[áa]s tarde|luego|sp[äa]ter|plus tard|dopo|pi[uù] tardi|depois|"
                    r"mais tarde|straks|senere|nanti|p[óo][źz]niej|"
                    # again and again: "restart kiosk periodically", "twice a day"
                    r"periodically|regularly|routinely|every so often|from time to time|"
                    r"(?:every|each) (?:\d+ |other |few |couple of )?(?:sec|second|min|minute|hour|day|"
                    r"night|morning|evening|afternoon|week|month|weekday|monday|tuesday|wednesday|"
                    r"thursday|friday|saturday|sunday)s?|on a (?:schedule|timer|loop|cron)|"
                    r"(?:over|around|during) (?:lunch(?:time)?|dinner|breakfast|the night|night|"
                    r"the weekend|the holidays|christmas|the break)|over ?night|"
                    # "sixish", "round about six", "momentarily", "T+5", "... 1830"
                    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)ish|"
                    r"round about \w+|momentarily|t ?[+-] ?\d+|"
                    r"(?<=\s)(?:[01]\d|2[0-3])[0-5]\d(?=\W*$)|"
                    r"(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    r"(?: (?:morning|night|evening|afternoon))?|tmrw|tmr|2moro|tomoz|"
                    r"now and (?:then|again)|(?:once|twice|three times) (?:a|an|per|every) "
                    r"(?:day|night|week|hour|month|shift)|"
                    # when it is to start: "stop mosquitto from 18:00", "from tomorrow" (not since
                    # when something is so: "down from 6:00")
                    r"(?<!dead )(?<!stuck )(?<!failing )(?<!down )(?<!offline )"
                    r"(?<!been )from (?:tomorrow|tonight|midnight|noon|next \w+|"
                    r"(?:[01]?\d|2[0-3])(?:[:.h]\d\d)?\s*(?:am|pm|h)?(?!\s*(?:min|sec|hour|day|ago|s\b)))"
                    r"(?: on(?:wards)?)?)(?!\w)")
_IN_ZERO = re.compile(r"\b(?:in|after|wait|delay|timeout|t\s*=)\s*[=:]?\s*0+(?![\d.,:])(?!\s*(?:%|[a-z]))")
MAX_DELAY_S = 86400


def _number(word: str) -> float:
    word = word.replace(",", ".")
    try:
        return float(word)
    except ValueError:
        pass
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    tens, _, ones = re.split(r"[- ]", word, maxsplit=1)[0], None, word.split("-")[-1].split()[-1]
    return float(_NUMBER_WORDS.get(tens, 0) + _NUMBER_WORDS.get(ones, 0))


@dataclass(frozen=True)
class Delay:
    seconds: int | None  # None: no delay stated (now)
    problem: str = ""  # why the stated delay cannot be used


# "wait ten minutes and then reboot": the delay said first
# (after a filler or a greeting: "uh in an hour, reboot", "hey llmos, in 10 min reboot")
_LEAD = r"^(?:(?:uh+|um+|erm?|ok|okay|so|right|well|please|pls|llmos|hey(?: \w+)?)[,!]?\s+)*"
_WAIT_THEN = re.compile(
    rf"{_LEAD}(?:(?:wait|give it|hold on|hold off)(?: for)? |in )?((?:about |around )?(?:{_NUM})(?: and a half)?"
    rf"\s*(?:{_UNIT})\b)[,.]?\s+(?:and\s+)?then,?\s+(.+)$|"
    # "in 15 minutes reboot", "in 15 min please reboot"
    rf"{_LEAD}in ((?:about |around )?(?:(?:{_NUM})(?: and a half)?\s*(?:{_UNIT})\b|(?:half an|a quarter of an|"
    r"three quarters of an) hour\b|an hour and a (?:half|quarter)\b))[,.]?\s+"
    r"((?:(?:please|pls|do|just|kindly)\s+)*(?:reboot|restart|start|stop|shut|bring|take|turn|"
    r"switch|set|put)\b(?!.*\b\d+\s*(?:s|sec|m|min|h|hr|hours?|minutes?|seconds?)\b).*)$")
# "reboot in 1 min 30": the seconds after the minutes
# ("two minutes thirty", "an hour fifteen": said in words)
_PAST_THE_UNIT = r"\d{1,2}|ten|fifteen|twenty|thirty|forty[- ]five|forty|fifty"
_MIN_SEC = re.compile(rf"\b(\d+|{_NUM})\s*(m|mins?|minutes?)\s*({_PAST_THE_UNIT})\b(?!\s*(?:[a-z]))")
_HOUR_MIN = re.compile(rf"\b(\d+|{_NUM})\s*(h|hrs?|hours?)\s*({_PAST_THE_UNIT})\b(?!\s*(?:[a-z]))")


def delay_first(text: str) -> str:
    """A command that says its delay before its verb, said as one that says it after."""
    text = _MIN_SEC.sub(r"\1 \2 \3 s", _HOUR_MIN.sub(r"\1 \2 \3 min", text))
    said = _WAIT_THEN.match(text)
    if not said:
        return text
    # in the verb's own clause: "give it 15 minutes and then reboot, HA is mid-update"
    when, rest = (said.group(1), said.group(2)) if said.group(1) else (said.group(3), said.group(4))
    verb, *after = re.split(r"(?=[,;.!?]\s)", rest, maxsplit=1)
    return f"{verb} in {when}{''.join(after)}"


_SPELLED_UNITS = ("seconds", "second", "minutes", "minute", "hours", "hour")
# Words a letter away from a unit that are words of their own ("2 tours" of a guide)
_WORDS_NOT_UNITS = frozenset({"tours", "yours", "fours", "pours", "mines", "mints", "sours",
                              "hoses", "homes", "routes", "minds"})
_AFTER_A_NUMBER = re.compile(rf"\b({_NUM}) (?:more )?([a-z]{{3,}})\b")
_FOURTY = re.compile(r"\bfourty\b")
_MORE = re.compile(rf"\b({_NUM}) more (?=(?:{_UNIT})\b)")
_TO_TWO = re.compile(r"\b(in|after|wait) (?:to|too)(?= (?:minutes?|mins?|hours?|seconds?|secs?)\b)")


def units_spelled(text: str) -> str:
    """Numbers and units as a hurried hand or a recogniser writes them: "thirty secnods",
    "fourty", "in an our", "in to minutes" (two)."""
    def unit(m: re.Match[str]) -> str:
        word = m[2]
        if word == "our" and m[1] in ("an", "one", "1"):
            return m.group().removesuffix("our") + "hour"
        if word in _UNITS or len(word) < 5 or word in _WORDS_NOT_UNITS:
            return m.group()
        if word == "jours":  # (French days: "reboot in 2 jours")
            return m.group().removesuffix(word) + "days"
        fixed = next((u for u in _SPELLED_UNITS if typo_of(word, u)), None)
        return m.group().removesuffix(word) + fixed if fixed else m.group()
    text = _FOURTY.sub("forty", text)
    text = _MORE.sub(r"\1 ", text)  # "5 more minutes"
    text = _TO_TWO.sub(r"\1 two", text)
    return _AFTER_A_NUMBER.sub(unit, text)


# An amount said again in brackets: "reboot in an hour (60 minutes)"
_ASIDE = re.compile(r"\([^()]*\)")
# "in 1 hour minus 10 minutes": one amount less another
_LESS = re.compile(rf"\b(?:{_UNIT})\s+(?:minus|less)\s")


def _said(amounts: list[float]) -> float:
    """The same amount said again is one delay ("in 10 min 10 min", "in an hour (60
    minutes)"); different ones add up ("in 1 hour 30 minutes")."""
    return amounts[0] if len(set(amounts)) == 1 else sum(amounts)


def _seconds(seconds: float) -> str:
    return f"{round(seconds)} seconds"


def _amounts(text: str) -> tuple[list[float], str]:
    """The amounts of time the text says, in seconds, and the text without them."""
    found: list[float] = []
    rest = text
    for m in _CLOCK.finditer(rest):
        h, mi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        found.append(int(h) * 3600 + int(mi) * 60)
    rest = _CLOCK.sub(" ", rest)
    for m in _FRACTION.finditer(rest):
        if m.group(2):
            count = {"a": 1, "one": 1, "three": 3, None: 1}[m.group(1)]
            part = 0.25 if m.group(2) == "quarter" else 0.5
            found.append(count * part * _UNITS[m.group(3)])
        else:
            found.append(_UNITS[m.group(4)] * (1.5 if m.group(5) == "half" else 1.25))
    rest = _FRACTION.sub(" ", rest)
    for m in _AMOUNT.finditer(rest):
        amount = _number(m.group(1))
        extra = m.group(2) or m.group(4)
        if extra:
            amount += 0.5 if extra == "half" else 0.25
        found.append(amount * _UNITS[m.group(3)])
    return found, _AMOUNT.sub(" ", rest)


def delay(text: str) -> Delay:
    """The delay a command states, in seconds, or why it cannot be used."""
    text = unshown(text)
    if _VAGUE.search(text):
        return Delay(None, "how long exactly? Say it in seconds, minutes or hours")
    if re.search(r"(?<![\w-])-\s*\d", text):
        return Delay(None, "a delay cannot be negative")
    if _LESS.search(text):
        return Delay(None, "say the delay as one amount of time")
    if _TIME_OF_DAY.search(text):  # before amounts: "at 22h" is ten at night, not 22 hours
        return Delay(None, "I can only wait a number of seconds, minutes or hours, not until a "
                           "time of day")
    rest = re.sub(r"\b(\d+)m(\d+)s\b", r"\1m \2s", text)  # "2m30s"
    amounts, unsaid = _amounts(_ASIDE.sub(" ", rest))
    if _BARE.search(unsaid) and not _IN_ZERO.search(unsaid):  # ("reboot in 0": now, in any unit)
        return Delay(None, "a delay needs a unit: seconds, minutes or hours?")
    aside = [a for m in _ASIDE.finditer(rest) for a in _amounts(m.group())[0]]
    if aside and amounts and sum(aside) != _said(amounts):
        return Delay(None, f"{_seconds(_said(amounts))} or {_seconds(sum(aside))}?")
    amounts = amounts or aside
    if not amounts:
        if _LATER.search(unsaid) and not _NOW.search(unsaid):
            return Delay(None, "how long should I wait?")
        return Delay(None)
    seconds = round(_said(amounts))
    if seconds > MAX_DELAY_S:
        return Delay(None, f"the longest delay I can set is {MAX_DELAY_S // 3600} hours")
    return Delay(seconds)


# "in 10 minutes", "after half an hour", "at midnight", "later": said of when to act. Not "for 10
# minutes" or "10 minutes ago", which say how long something has been so.
_SCHEDULE = re.compile(
    # (and "in" as other languages say it: "om 10 minutter", "za 10 minut", "i 10 minuter")
    rf"\b(?:in|after|within|wait|om|za|dans|tra|fra|entro|em|en|binnen|innan|i|na)\s+"
    rf"(?:(?:about|around|roughly|approximately|like|exactly|another|just)\s+)?"
    # ("in a gale" is no time: "a" is one only of a unit)
    rf"(?!an?\b(?!\s*(?:{_UNIT}|hour|minute|sec|few|couple|quarter|half)\b))"
    rf"(?:{_NUM}|(?:a |one |three )?(?:quarter|half)|a few|few|several|some|a couple)"
    rf"(?:\s*(?:(?:and )?a half |(?:of )?an? )?(?:{_UNIT}|hour|minute|sec)\b)?|\bfrom now\b")


# "since 6:00", "down until this morning", "every night": when something was so, not when to act
# (a till after a determiner is a cash register: "restart the till bridge in 10 minutes" waits)
_SINCE = re.compile(r"\b(?:since|from|until|(?<!the )(?<!a )(?<!our )(?<!my )(?<!this )(?<!that )(?<!each )till|before|"
                    r"ago|last|every|each|all)\s+(?:\w+\s+)?$|"
                    r"\bsince\s+(?:[\w'-]+\s+){0,5}$")  # "since the power cut this morning"


_WAS = re.compile(r"\b(?:was|were|been|had)\b")  # "were offline overnight": when it was so
# The time of an occasion the request is for: "switch the battle lights on for the 2pm school tour"
_FOR_AN_OCCASION = re.compile(r"\bfor (?:the|our|their|this|that|today'?s|tomorrow'?s)\s+$")
_HAPPENED = re.compile(r"\b(?:was|were|been|had|blinked|flashed)\b")


# A time a display shows, which is no time to act at: "the shot clock is stuck on 0:00"
_SHOWN = re.compile(r"\b(?:(?:stuck|frozen|hung|stays?|staying|stopped) (?:on|at)|shows?|showing|"
                    r"reads|reading|displays?|displaying) \d{1,2}(?:[:.]\d\d)?\b")


def unshown(text: str) -> str:
    """The text without the times a display shows."""
    return _SHOWN.sub(" ", text)


def later(text: str) -> str:
    """The words that put the action later, or "": for an action that has no delay of its
    own (only reboot has one), doing it now is not what was asked."""
    text = unshown(text)
    for found in (_SCHEDULE.search(text), _TIME_OF_DAY.search(text), _LATER.search(text)):
        if found and not _SINCE.search(text[:found.start()]) and not _WAS.search(
                text[:found.start()]) and not _FOR_AN_OCCASION.search(text[:found.start()]):
            return found.group().strip()
    return ""


# "stop ssh for 10 minutes": a change to be undone after a while, which nothing would undo (not
# "down for the last hour", "has been down for 10 minutes"; "down for a moment" is the operator's
# own errand)
_LASTING = re.compile(
    r"\b(?:for|over) (?:(?:another|the next|the coming|the following|the rest of the|the|next|about|around|"
    r"roughly|just|only|like|maybe|approx\.?|approximately|max\.?|maximum|at most|up to|no more than|"
    r"a couple of|a couple|a few|a|an|one) |~\s?)*"
    # (not "for a minute", "for a second": a moment, as "for a bit" is)
    rf"(?:(?:\d+|{_SPELLED_NUMBER})\s*-?\s*(?:{_UNIT}|weeks?|shifts?|months?)|(?<=one )(?:minute|second)|"
    r"hours?|days?|weeks?|months?|minutes|seconds|mins|hrs|shifts?|(?:half|quarter)(?: an| of an)? hour)"
    r"(?: window)?\b(?! from now)(?!\s+ago\b)"
    # (a span that names what it is of: "restart the ticket scanner for the 40 min slots")
    r"(?![\s-]+(?:slots?|sessions?|classes|class|tours?|appointments?|bookings?|games?|matches|match|rounds?|shows?|"
    r"lessons?|courses?|laps?|heats?|sittings?|meetings?|intervals?|programmes?|programs?|cycles?|batch(?:es)?)\b)|"
    # ("stop nginx no longer than 15 minutes", "a 15 minute window", "back in 15")
    rf"\b(?:no longer than|at most|not more than) (?:\d+|{_SPELLED_NUMBER}|an?)\s*(?:{_UNIT})\b|"
    rf"\b(?:\d+|{_SPELLED_NUMBER})\s*-?\s*(?:{_UNIT}) window\b|"
    rf"\bback(?: on| up)? in (?:\d+|{_SPELLED_NUMBER}|an?)\b|"
    # (round 36) "for half a shift", "for an hr", "back on at 5", "ETA back 20 min", "for 60" (how
    # long, unsaid: asked)
    r"\bfor half (?:a|an) (?:shift|day|hour|hr|week|night)\b|\bfor (?:an? |one |half an? )?hrs?\b|"
    r"\bback (?:on|up) (?:at|by) \d|\bback (?:on|up|online) (?:after|by|before) (?:lunch|dinner|breakfast|the break|"
    r"tomorrow|tonight|\w+day)\b|"
    # ("bring wg0 up briefly", "stop nginx for like 5", "for a bit, like 10")
    r"\bbriefly\W*$|\bfor a (?:bit|while),? (?:like |about |around |maybe )?\d+\b|"
    r"\beta(?: back)? (?:in )?\d+\s*(?:min|mins|minutes?|h|hrs?|hours?)\b|"
    rf"\bfor (?:(?:like|about|around|maybe) )?(?:\d+|{_SPELLED_NUMBER}|one|five)\s*[.!]*$|"
    # ("put it into powersave for the weekend"; "we're done for the day" says why)
    r"(?<!done )(?<!finished )(?<!closed )(?<!off )(?<!out )(?<!home )(?<!away )(?<!gone )(?<!over )"
    r"(?<!shut )\b(?:for (?:the |this )?(?:weekend|holidays?|week|shift|season)|"
    r"over the weekend)\b|"
    # ("stop ssh for a while", "stop ssh temporarily"; "for a moment" is the operator's own
    # errand, below, and "till" a shop's till as often as "until")
    r"\b(?:(?:just )?for a (?:while|little while)|temporarily)\b|"
    # (round 37) "till" before what ends the span, not a shop's till: "till the meet is over",
    # "till monday", "til tomorrow"
    r"\bt(?:ill|il) (?:(?:the|we|they|i|it|everyone|everybody)(?: [^,.;!?]{0,30}?)? ?(?:is|are|am|'s|'re|'m|gets?) "
    r"(?:over|done|finished|back|gone|home)\b|(?:the )?end of\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"(?:tomorrow|tonight|morning|noon|midnight|later|close|closing|lunch|dinner|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\b|"
    r"the [\w-]+(?: [\w-]+)? (?:ends?|starts?|finishes|is (?:warm|ready|over|done)|warms up)\b)|"
    r"\bthrough (?:the )?(?:holidays?|weekend|night|day|shift|week|winter|summer)\b|"
    # a window of clock times: "bring wlan0 up 1800-2200"
    r"\b(?:[01]\d|2[0-3]):?[0-5]\d\s*(?:-|–|to)\s*(?:[01]\d|2[0-3]):?[0-5]\d\b|"
    # ... and how long, as other languages say it: "für 10 Minuten", "pendant 10 minutes", "por 10
    # minutos", "per 10 minuti"
    rf"\b(?:fur|pendant|durant|por|durante|per|pour|voor)\s+(?:\d+|{_SPELLED_NUMBER})\s*(?:{_UNIT})\b")


# ... or how many times a light should blink, which then stops: "flash the red led 3 times"
# ("for the night", "till we dock", "during the swap" are read by the independent writers as
# the operator's own plan, like "for a sec": acted on)
_TIMES = re.compile(rf"\b(?:(?:\d+|{_SPELLED_NUMBER}|a few|a couple(?: of)?|several) times|twice|"
                    r"thrice)(?:\W+(?:please|pls|thanks|now))?\W*$")
_A_BLINK = re.compile(r"\b(?:blink|flash)")


# ... or said beside the request without a word for it, which only a reboot takes as its delay:
# "stop nginx (10 min)", "stop nginx - 10 min", "stop nginx; 10 minutes only", "stop nginx 15 mins"
_BARE_SPAN = re.compile(
    rf"(?:[(\[]\s*~?\s*(?:\d+|{_SPELLED_NUMBER}|an?|one)\s*(?:{_UNIT})\s*(?:max|only|tops)?\s*[)\]]|"
    rf"(?:[,;:]|\s[-–—])\s*~?\s*(?:\d+|{_SPELLED_NUMBER}|an?|one)\s*(?:{_UNIT})(?:\s+(?:max|only|tops))?"
    r"\s*[.!]*\s*$|"
    rf"(?<!\bin )(?<!\bafter )(?<!\bwithin )(?<!\bwait )(?<!\bevery )(?<!\bfor )(?<!\bby )"
    rf"(?<![\d.,])\b(?:\d+|a few|a couple(?: of)?)\s*(?:{_UNIT})\s*(?:max|only|tops)?\s*[.!]*\s*$)")


_ERRORS = re.compile(r"(?<![\d.])[1-5]\d\ds\b")  # ("502s": a web server's errors, not seconds)
_SPAN_AFTER = re.compile(
    r"(?:[,;:]|\s[-–—])\s*(?:(?:i'?ll |we'?ll )?(?:want|need) it (back)|~)?\s*(?:in )?"
    rf"(?:\d+|{_SPELLED_NUMBER}|an?|one)\s*-?\s*(?:{_UNIT})(?:\s+(?:max|only|tops|window))?\s*[.!]*\s*$|"
    rf"[,;:]\s*(?:eta\s+)?(back)(?: on| up)? (?:(?:in|at|by) (?:\d+|{_SPELLED_NUMBER}|an?)|(?:after|by|before) "
    r"(?:lunch|dinner|breakfast|the break|tomorrow|tonight|\w+day))\b[^,;]*$|"
    # ("stop nginx for a bit, like 10")
    rf"\bfor a (?:bit|while)\s*[,;:-]\s*(?:like|about|around|maybe|~)?\s*\d+\s*(?:{_UNIT})?\W*$")


def lasting(text: str, delayed: bool = False) -> str:
    """The words that say how long a change should last before it is undone, or "" (for a
    change that takes a delay, a bare span is its delay)."""
    found = _LASTING.search(text) or (None if delayed else _BARE_SPAN.search(text))
    if found and _ERRORS.search(found.group()):
        found = None
    if found and not _SINCE.search(text[:found.start()]) and not _WAS.search(text[:found.start()]):
        return found.group()
    times = _TIMES.search(text)
    if times and _A_BLINK.search(text[:times.start()]) and not _HAPPENED.search(text[:times.start()]):
        return times.group().strip()
    return ""


# (round 60) A change for an errand only: "stop prometheus briefly and bring it back", "performance just for this
# batch" ("for a sec" and "during the upload" are still acted on: the blind sets read them as now).
# A restart or a reboot is over at once, so only other changes are asked about (interpret.py).
_FOR_AN_ERRAND = re.compile(
    r"\b(?:briefly|momentarily|temporarily|short-?term)\b|"
    r"\b(?:just|only) for (?:this|the|that|one|the next|the current) (?:batch|run|fill|wash|shift|job|test|session|"
    r"demo|show|print|load|cycle|upload|cleaning|cip)\b")


def for_an_errand(text: str) -> str:
    """The words that say a change is for an errand only, or ""."""
    found = _FOR_AN_ERRAND.search(text)
    return found.group().strip() if found else ""


def lasting_after(text: str, delayed: bool = False) -> str:
    """A span said after the request, past its clause: "stop nginx; 10 minutes only", "stop
    nginx — 15 min window", "stop nginx; I'll want it back in 10 minutes"."""
    found = _SPAN_AFTER.search(text)
    if found and _ERRORS.search(found.group()):
        return ""
    return "" if found is None or (delayed and not (found.group(1) or found.group(2))) else \
        found.group().strip(" ,;:-–—")


def unit_said(text: str) -> str:
    """The unit of the first delay said ("minutes" of "reboot in twenty minutes"), or ""."""
    said = _AMOUNT.search(text)
    return said.group(3) if said else ""


def without_delays(text: str) -> str:
    """The text with every stated delay or time taken out."""
    text = re.sub(r"\b(\d+)m(\d+)s\b", r"\1m \2s", text)
    text = re.sub(r"\bfrom (?:now|this moment)\b", " ", text)
    for pattern in (_VAGUE, _TIME_OF_DAY, _CLOCK, _FRACTION, _AMOUNT, _BARE, _NOW, _LATER):
        text = pattern.sub(" ", text)
    # (and a word of about how long, left of it: "in about ...", "in roughly ...")
    return re.sub(r"\b(?:in|after|within|wait|and|for|om|za|dans|tra|entro|binnen|innan)\s+"
                  r"(?:(?:about|around|roughly|approximately|approx\.?|like|some|just)\s+)?(?=\s|$)", " ", text)


_WRITE = re.compile(
    r"\b(?:read[- ]?write|rw|r/w|write[- ]?enabled?|writ(?:e|able|eable|ing)|with write access|copy (?:\w+ )*"
    # (a drive said as what it is for, with its determiner: "the backup drive")
    r"(?:onto|to) it|(?<!\bthe )(?<!\ba )(?<!\bmy )(?<!\bour )(?<!\byour )(?<!\bthis )(?<!\bthat )"
    r"(?:put|save|store|dump|copy|move|transfer|back ?up|drop|add|"
    r"upload|place) [^.]{0,40}\b(?:onto|on to|on|to|into) (?:it|the (?:drive|stick|disk|card)|that)|"
    # ("... to put the logs on", "write-enable it")
    r"(?:put|save|store|dump|copy|load) (?:[\w/-]+ ){1,4}(?:on|onto)\s*$|"
    r"(?:put|drop|add|upload|place|copy|save|load) (?:[\w/-]+ ){0,3}(?:files?|data|photos?|pictures?|"
    r"pics|pix|shots|footage|recordings?|clips?|songs?|tracks?|scans?|documents?|docs|firmware|"
    r"videos?|music|gcode|backups?|logs?|images?|isos?|models?|stuff) on (?:it|the (?:drive|stick|"
    r"disk|card)|that)|edit|editing|modify|modifying|not read[- ]only|"
    # (a verb, not the noun: "the SD card with the logs on it" has them already)
    r"so (?:i|we) can (?:write|save|edit|add|put|delete|rename|remove|erase|wipe|dump|store)|"
    r"(?<!the )(?<!with )(?<!my )(?<!our )(?<!of )(?<!these )(?<!those )(?<!its )(?<!their )"
    r"(?:sav|stor|record|dump|logg?|writ)"
    r"(?:e|es|s|ing)? [^.,]{0,30}\b(?:there|on it|to it|onto it|in it)"
    r")\b")
# What the operator is about to do to its files, when no word of writing is said: "we're adding
# files", "I need to delete old recordings", "so I can rename files on it", "to dump the database"
_FILES = (r"(?:files?|data|recordings?|logs?|backups?|photos?|images?|videos?|footage|designs?|patterns?|dumps?|"
          r"sessions?|reports?|snapshots?|archives?|folders?|firmware)")
_WRITE_PURPOSE = re.compile(
    r"\b(?:(?:i'?ll|i will|we'?ll|we will|so \w+ can|i'?m going to|going to|need to|have to) (?:delete|remove|"
    r"rename|archive|tidy|clean|empty|upload|wipe|purge|prune)\b|"
    r"(?:(?:we're|we are|i'm|i am|we'll be|i'll be) |(?:^|(?<=[,;] )))(?:deleting|removing|renaming|erasing|"
    r"wiping|dumping|purging|pruning|(?:adding|saving|storing|putting|copying) (?:[\w-]+ ){0,2}"
    rf"{_FILES}(?! off| from))|(?:need|want|have|got|going|so (?:i|we) can|in order|mount (?:\S+ ){{0,2}}\S+)"
    r" to (?:delete|remove|erase|clear out|clean(?: it)? up|clear some space|free up|wipe|rename|dump|purge|prune|"
    r"rotate|tidy|empty|upload|"
    r"archive|extract|download|rsync|recover|rewrite|repair|fix|patch|test (?:the )?write|back ?up|"
    rf"(?:add|save|store|put|copy) (?:[\w'-]+ ){{0,2}}{_FILES}(?! off| from))|"
    # "... as the backup target", "files to be added", "old sessions have to be purged", "so clear some space"
    r"as (?:the |a |an )?(?:backup|scratch|dump|write|log|recording) (?:target|disk|drive|destination|volume)|"
    r"to be (?:added|deleted|removed|written|saved|stored|purged|erased|wiped)|"
    r"(?:must|have to|has to|need to|needs to) (?:go|be (?:deleted|removed|purged|cleared|wiped|erased))|"
    r"(?:clear|free) (?:up )?(?:some )?space|(?:save|store|put|write|dump) [^.]{0,40}\bthere)\b")
# Writing that is not to the drive: "so I can write down the serials", "then write me a
# summary", "the write errors", "the rw-test results", "check rw"
_WRITE_ELSEWHERE = re.compile(r"-|\s+(?:down|up|me|us|him|her|them|back|errors?|logs?|speeds?|"
                              r"tests?|cache|protect(?:ed|ion)?|counts?|cycles?|amplification|it up|about)\b|"
                              # ("write a report", "write to my boss", "writing the invoice")
                              r"\s+(?:a|an|the|my|our|some|this)\s+(?:\w+\s+)?(?:report|e-?mail|note|letter|"
                              r"summary|ticket|invoice|message|output|list|memo|review|reply)s?\b|"
                              r"\s+to (?:my|the|our|your|a) (?:boss|manager|team|log|screen|console|supervisor|"
                              r"office|customer|vendor)\b")
_A_WRITE_WORD = re.compile(r"(?:so (?:i|we) can )?writ(?:e|ing)|rw|r/w")
_TO_THE_DRIVE = re.compile(r"\b(?:to|onto|on|into) (?:it|that|the (?:drive|stick|disk|card|ssd))\b|\bthere\b")
_WRITE_AS_A_NOUN = re.compile(r"\b(?:the|check|test|inspect|show|any|its|their)\s+$")
# What it has, said as a noun: "the old toshiba with the old group records on it"
_WITH_A_THING = re.compile(r"\bwith (?:the |its |their |our |my |all |some )?(?:[\w'-]+ ){0,3}$")
_A_NOUN_TOO = re.compile(r"(?:record|dump|log|save|store)s?\b")
# Writing someone else did: "someone put the pics on it yesterday", "the camera has saved clips there"
_DONE_BY_OTHERS = re.compile(r"\b(?:someone|somebody|he|she|they|who|which|[a-z]+ (?:has|had|have)|already)\s+$|"
                             # (what is on it: "so I can review what's stored on it")
                             r"\bwhat(?:'?s| is| was| got| has been| have been| we| i)\s+$")
_READ_ONLY = re.compile(r"\b(?:writing|saving|putting|storing|copying)\b[^.,;]{0,30}\bwould (?:corrupt|spoil|ruin|"
                        r"damage|destroy|wreck|break|taint|contaminate|invalidate|overwrite)\b|"  # a warning against it
                        r"\b(?:read[- ]?only|ro|only (?:need to |want to )?read|just read|"
                        r"only (?:look|view|browse)|no writ(?:e|es|ing)|without writ(?:e|ing)|"
                        r"safe(?:ly)? mode)\b")


_NOT_WRITING = re.compile(
    r"\b(?:not|no|never|nobody|no one|nothing|noone|won'?t|don'?t|without|minus|sans|forbidden|protected|blocked|"
    r"isn'?t|aren'?t|unnecessary|needn'?t|"
    # a flag or a setting against it: "rw=false", "write disabled", "write protection on"
    r"disabled?|off|false|0|protect(?:ion)?|lock(?:ed)?|denied)\b|write-(?:protected|blocked)|"
    # (red team 60) put off: "write access... eventually", "write permission can wait", "write-enable it later"
    r"\b(?:can wait|eventually|later|another time|some other time|forget(?: about)?|skip)\b(?!')|"
    # (red team 61) asked for another time, or said as a risk: "whoever wants rw can ask tomorrow", "ask me again
    # before going rw", "writable mounts need a change request", "read-write would corrupt it"
    r"\b(?:can ask|ask (?:me|again|first)|before going|needs? (?:an? )?(?:change request|approval|sign-?off|ticket|"
    r"permission|ok)|would|could|might|corrupt\w*)\b|"
    r"(?<!\bi )(?<!\bwe )\basked for\b|"  # (someone else's ask: "Marek asked for rw, ignore him")
    r"from it|"
    # "without" short or in another language ("w/o rw", "wo rw", "walang write", "ohne rw"), a
    # write word undone ("un-writable", "un writable", "non-rw", "dis-writable", "de-writable") or negated as code
    # is ("!rw")
    r"\bw\s*[/\\-]\s*o(?:ut)?\b|\bwo (?=rw|r/w|writ|read)|\b(?:walang|ohne|senza|zonder|utan|uden|uten|ilman|"
    r"tanpa|bez|sin|sem)\b|\b(?:un|non|anti|dis|de)[- ]?(?:rw|r/w|writ)|!\s*(?:rw|r/w|writ)")


# Read-only said to be off: "not read-only", "ro=no", "read-only off", "without ro", "+w"
_NOT_READ_ONLY = re.compile(
    r"\b(?:not|don'?t make it|never|no|without|isn'?t|shouldn'?t be) (?:\w+ )?(?:read[- ]?only|ro)\b|"
    r"\b(?:read[- ]?only|ro)\s*(?:=|:|->)?\s*(?:off|no|false|0|disabled)\b|"
    r"(?<![\w+])\+w\b|\bwrit(?:e|)ably\b|\bcan be written\b|\bnot (?:just|only) (?:to )?read\b")


# What the drive is for, said of it: "the stick we store stuff onto", "the one we write backups to" (not "we copy
# logs to it", which says what is next)
_WHAT_IT_IS_FOR = re.compile(r"\b(?:we|i|you|they)(?: usually| normally| always| typically| often)? (?:write|save|"
                             r"store|put|copy|dump|back ?up|load|record)\b[^,.;!?]{0,40}?\b(?:to|onto|on|into)"
                             r"(?=\s*(?:[,.;!?]|$))")


def read_only(text: str) -> bool:
    """Mounts are read-only unless the operator plainly asks to write: any negation near the
    words about writing ("so nobody can write to it", "rw is not needed") keeps it read-only."""
    text = _WHAT_IT_IS_FOR.sub(" ", text)
    if _NOT_READ_ONLY.search(text):
        return False
    if _READ_ONLY.search(text):
        return True
    text = _WRITTEN_DOWN.sub("note", text)
    said = [m for m in _WRITE.finditer(text) if not _A_WRITE_WORD.fullmatch(m.group())
            or _TO_THE_DRIVE.search(text, m.end()) or not (
                _WRITE_ELSEWHERE.match(text, m.end()) or _WRITE_AS_A_NOUN.search(text, 0, m.start()))]
    said = [m for m in said if not _DONE_BY_OTHERS.search(text, 0, m.start()) and not (
        _WITH_A_THING.search(text, 0, m.start()) and _A_NOUN_TOO.match(m.group()))] or \
        [m for m in _WRITE_PURPOSE.finditer(text) if not _DONE_BY_OTHERS.search(text, 0, m.start())]
    return not said or any(_negated_near(text, wants) for wants in said)


# ("to write down what's on it": a note, taken off it)
_WRITTEN_DOWN = re.compile(r"\bwrit(?:e|ing) (?:it |that |them )?(?:down|up)\b|\bwrite-?ups?\b|"
                           # (what is on it: "it has the rw notes on it", "the read/write manual")
                           r"\b(?:rw|r/w|read[-/ ]?write) (?:notes?|noets|manual|maunal|guide|docs?|instructions?|"
                           r"procedures?|sheets?|logs?|files?|tests?)\b")
_TAKEN_OFF_IT = re.compile(r"\b(?:delete|remove|erase|purge|wipe|clear)\w* (?:[\w'-]+ ){0,3}from it\b")


def _negated_near(text: str, wants: re.Match[str]) -> bool:
    """A negation in the clause that speaks of writing ("the card is not mounted, mount it
    writable" wants writing), however it is typed ("wuthout write access" does not)."""
    start = max((m.end() for m in re.finditer(r"[,.;!?]", text[:wants.start()])), default=0)
    end = next((m.start() for m in re.finditer(r"[,.;!?]", text[wants.end():])), len(text))
    # (a "!" said right before the word negates it: "!rw")
    start = start - 1 if start and text[start - 1] == "!" and not text[start:wants.start()].strip() else start
    near = text[max(start, wants.start() - 30):min(wants.end() + end, wants.end() + 30)]
    near = _TAKEN_OFF_IT.sub(" ", near)  # ("delete old files from it" writes to it)
    return bool(_NOT_WRITING.search(near)) or any(
        typo_of(w, "without") for w in re.findall(r"[a-z/]+", near))
