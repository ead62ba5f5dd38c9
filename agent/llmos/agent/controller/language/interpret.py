"""From an operator's words to one call of the catalog, or to a question back.

The steps, each of which can only take possibilities away:

1. the speech act (speech.py): only a direct, affirmative request may change anything;
2. requests the catalog cannot carry out are answered as such, never mapped onto a tool that
   merely sounds close;
3. the effect asked for (lexicon.py) and the entity it is asked of (ground.py) together pick
   the tool; an entity the device does not have is never named;
4. two or more entities that fit equally, or a value the command does not state clearly, give
   a question naming the candidates instead of a guess;
5. what is left carries a confidence: a change the interpreter is unsure of is held for a
   confirmation, with a read-back of what it understood.
"""

from __future__ import annotations

import functools
import html
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import pairwise
from typing import Any

from llmos.agent.controller.language import (
    addressed,
    boundaries,
    cognates,
    foreign,
    glossary,
    ground,
    guards,
    lexicon,
    memo,
    more_languages,
    speech,
    values,
)
from llmos.agent.controller.language.ground import (
    INTERFACE,
    LED,
    PORT,
    STORAGE,
    UNIT,
    Entity,
    Match,
)
from llmos.agent.controller.language.lexicon import Effect
from llmos.agent.domain import (
    Choice,
    DeviceState,
    HardwareEvent,
    InterfaceInfo,
    LedInfo,
    Proposal,
    Question,
    UnitInfo,
)

MAX_COMMAND = 1000  # characters: an operator's command, not a document to act on


def _say(text: str, reading: str = "", question: Question | None = None) -> Proposal:
    return Proposal("say", {"text": text[:400]}, "", 1.0, reading, question)


def _call(tool: str, args: dict[str, Any], confidence: float, reading: str) -> Proposal:
    return Proposal(tool, args, "", confidence, reading)


# What is said of a command it could not read: in a language it does not read whole, of a thing it does not find,
# without a verb it knows
_UNREAD = frozenset({speech.Act.FOREIGN.value, "absent", "no action word"})
# The confidence of a call read with words by their form (cognates.py): below any threshold that holds a change
_BY_FORM = 0.4
_ANSWERS = frozenset({"say", "ignore", "report_status"})


# The answers, and the one call with a delay of its own: "in 10 minutes" fits them.
_NOT_DELAYED = _ANSWERS | {"reboot"}


# What someone still relies on, said beside a request that would take it away
_USING = r"(?:using|logged in|connected|copying|writing|reading|recording|streaming)"
_IN_USE = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|someone'?s|someone is|people are|users are|they'?re|they are)"
    r"\s+(?:still\s+)?(?:using (?:it|them|that)|logged in (?:on|over|through|via|with) (?:it|that)|"
    r"connected (?:to|over|through|via) (?:it|that)|on it|"
    # ("drop the wifi, we're running off it": what the crew works off)
    r"(?:\w+(?:ing|nig)|on) (?:off|on|from|over|through|via) (?:it|them|that))\b|"
    rf"\b(?:still|right now|currently|at the moment)\b[^,.;!?]*\b{_USING}\b|"
    rf"\b{_USING}\b[^,.;!?]*\b(?:still|right now|currently|at the moment)\b|"
    # ("stop cups, oh we still need it", "..., it's needed", "..., keep it on")
    r"\b(?:we|i|they) (?:still )?need (?:it|them)\b(?!\s+(?:stopped|down|off|gone|unmounted|out|"
    r"offline|dark)\b)|\b(?:it'?s|its|it is) (?:still )?needed\b|"
    r"\b(?:leave|keep) (?:it|them|that) (?:on|up|running|going|alive|mounted)\b")


def _cuts_off(call: Proposal) -> bool:
    return call.tool in ("stop_service", "unmount_storage") or (
        call.tool == "set_network" and call.args.get("state") == "down") or (
        call.tool == "set_led" and call.args.get("state") == "off")


def _in_use(text: str, call: Proposal, scene: Scene) -> bool:
    """Whether the text says the thing the call takes away is still in use (not another one:
    "take eth0 down, we're connected over wlan0 at the moment")."""
    said = _IN_USE.search(text)
    if not said:
        return False
    start = max((m.end() for m in _PAUSE.finditer(text, 0, said.start())), default=0)
    end = next((m.start() for m in _PAUSE.finditer(text, said.end())), len(text))
    clause = text[start:end]
    target = next(iter(call.args.values()), "")
    return not any(e.name != target and (m := ground.lexical(e, clause, ground.tokens(clause)))
                   and m.how == "name" for e in scene.entities)


def _read_back(call: Proposal) -> str:
    """A call in words: "stop service nginx.service", "set network wlan0 down"."""
    said = " ".join(v for v in call.args.values() if isinstance(v, str))
    return f"{call.tool.replace('_', ' ')} {said}".strip()


@dataclass
class Scene:
    """The entities a command may name: the device state's, plus what its events bring."""

    entities: list[Entity]
    event_names: dict[str, list[str]] = field(default_factory=dict)  # kind -> names, newest last
    # word -> whether it alone names one of the entities: asked of many words, some again and
    # again, in one decision (a scene is one decision's, its entities never changed)
    _named: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)

    def of(self, kind: str) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]

    @functools.cached_property
    def vocabulary(self) -> cognates.Vocabulary:
        """The words the device uses of its things, for words of another language that say them by their form."""
        # (never a verb: "restartuj" is read by the readers of its language, or not at all)
        return cognates.Vocabulary(w for e in self.entities for w in re.findall(r"[a-z]+", f"{e.name} {e.doc}".lower())
                                   if not lexicon.effects(w) and not lexicon.OUT_OF_CATALOG_VERB.match(w))

    def named_by(self, word: str) -> bool:
        """Whether the word alone names (or describes) one of the entities, by its words."""
        named = self._named.get(word)
        if named is None:
            named = self._named[word] = any(ground.named_alone(e, word) for e in self.entities)
        return named

    @property
    def names(self) -> frozenset[str]:
        return frozenset(a for e in self.entities for a in e.aliases)


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u00b4": "'", "\u201c": '"',
                         "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                         # question marks of other scripts are question marks
                         "\uff1f": "?", "\u061f": "?", "\u2753": "?", "\u203d": "?",
                         "\u2e2e": "?", "\ufe56": "?", "\u00bf": "?", "\u037e": "?",
                         "\u2014": ", ", "\u2013": ", ", "\u2026": "...",
                         # a ticked box is a task done, not one to do
                         "\u2705": ", done", "\u2714": ", done", "\u2611": ", done"})
_QUOTES |= glossary.LOOKALIKES  # letters that look like Latin ones (a guard word spelled with them)
# Symbols that forbid, warn or mock keep a command from being a plain request (speech.py);
# other pictographs (the emoji people put after "restart it 😭") say nothing the words do not.
_WARNING = frozenset("\U0001f6ab\u26d4\u274c\u2716\U0001f645\U0001f6d1\u26a0\u2757\u2755\u270b"
                     "\U0001f44e\U0001f480\u2620\U0001f4a3\U0001f525"
                     "\U0001f644\U0001f602\U0001f923\U0001f60f\U0001f643\u2717\u2718")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


# Shell and network-CLI habits, said as the requests they are: "sudo reboot", "systemctl
# try-restart x", "shutdown -r +5", "int eth0 / no shut", "... && echo done".
_CLI = (
    (re.compile(r"^(?:sudo|doas)\s+(?!mode\b)"), ""),
    # (its options before the verb change nothing asked: "systemctl --no-block restart x", "systemctl -q stop x")
    (re.compile(r"^(systemctl)(?:\s+(?:--no-block|--quiet|-q|--no-ask-password|--no-pager|--system))+(?=\s)"), r"\1"),
    (re.compile(r"\b(?:try-restart|reload-or-restart|condrestart|try-reload-or-restart)\b"),
     "restart"),
    (re.compile(r"^shutdown\s+-r\s+\+(\d+)\s*$"), r"reboot in \1 minutes"),
    (re.compile(r"^shutdown\s+-r(?:\s+now)?\s*$"), "reboot now"),
    (re.compile(r"^shutdown\s+-r\s+(\d+)\s*$"), r"reboot in \1"),  # no unit: asked about
    (re.compile(r"^shutdown\s+-r\s+(\d{1,2}:\d\d)\s*$"), r"reboot at \1"),
    (re.compile(r"^(?:systemctl\s+)?reboot\s+(?:-f|-ff|--force)\s*$|^(?:tel)?init\s+6\s*$"),
     "reboot now"),
    (re.compile(r"^systemctl\s+(?=reboot\b)"), ""),
    (re.compile(r"^(?:(?:tel)?init\s+0|systemctl\s+(?:poweroff|halt))\s*$"), "power off"),
    (re.compile(r"^int(?:erface)?\s+(\S+)\s*(?:[/;,]\s*)?"), r"\1 "),
    # a chat's slash command, power-profiles-daemon's client, an LED's sysfs files written (its
    # last "/" already read as a space, as in "bonjour/mdns")
    (re.compile(r"^/(?=(?:re)?start|stop|reboot|(?:un)?mount|blink\b)"), ""),
    (re.compile(r"^powerprofilesctl\s+set\s+(?:power-saver|powersave)\s*$"), "switch to powersave"),
    (re.compile(r"^powerprofilesctl\s+set\s+(balanced|performance)\s*$"), r"switch to \1"),
    (re.compile(r"^echo\s+['\"]?(?:timer|heartbeat)['\"]?\s*>\s*/sys/class/leds/([\w:.-]+)[/ ]trigger\s*$"),
     r"blink led \1"),
    (re.compile(r"^echo\s+['\"]?none['\"]?\s*>\s*/sys/class/leds/([\w:.-]+)[/ ]trigger\s*$"), r"turn led \1 off"),
    (re.compile(r"^echo\s+['\"]?0['\"]?\s*>\s*/sys/class/leds/([\w:.-]+)[/ ]brightness\s*$"), r"turn led \1 off"),
    (re.compile(r"^echo\s+['\"]?(?:[1-9]\d*)['\"]?\s*>\s*/sys/class/leds/([\w:.-]+)[/ ]brightness\s*$"),
     r"turn led \1 on"),
    (re.compile(r"\s*(?:&&|;)\s*echo\b.*$"), ""),
    (re.compile(r"\s--?delay[= ](\d+)\s*s?\b"), r" in \1 seconds"),  # "reboot --delay 60s"
    # an ISO 8601 duration: "reboot in PT1H30M"
    (re.compile(r"\bpt(?=\d+[hms])(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?\b"), lambda m: " and ".join(
        f"{n} {unit}" for n, unit in zip(m.groups(), ("hours", "minutes", "seconds"),
                                         strict=True) if n)),
    (re.compile(r"(?<=\w) rs$"), " restart"),  # "moonraker rs"
    # the catalog's own tool names, typed with their arguments: "set_led green:status off"
    (re.compile(r"^((?:re)?start|stop)_service\b"), r"\1"), (re.compile(r"^(un)?mount_storage\b"), r"\1mount"),
    (re.compile(r"^set_(led|network)\b"), r"set \1"), (re.compile(r"^set_power_profile\b"), "set power profile"),
    # "stop" said to interrupt, then something else: "stop, blower 2 is fine"
    (re.compile(r"^(?:stop|halt|whoa)\s*[,.!;]+\s*(?=\S)"), ""),
    # a warning light cleared is put out: "clear the fault lamp"
    (re.compile(r"^((?:please |pls )?)(?:clear|reset|acknowledge|ack) (?=(?:the |that |this )?(?:[\w:-]+ ){0,3}"
                r"(?:leds?|lamps?|lights?|indicators?|beacons?)\W*(?:$|,))"), r"\1turn off "),
    (re.compile(r"\bre[ -](boot|start)"), r"re\1"),  # a recogniser's "re boot", a hand's "re-boot"
    (re.compile(r"\bload (?:avg|average)s?\b"), "cpu usage"),  # a status, not a mount
    # "pwr led of.": no sentence ends in "of"
    (re.compile(r"(?<=\w) of(?=\s*(?:[.!,;]|$))"), " off"),
)


# Hesitations say nothing, wherever they fall: "don't uh reboot" is "don't reboot", "restart uh the uh
# steam room" the steam room's restart. "um", "er", "eh", "ah" are words of other languages too (Portuguese
# "um minuto", Danish "den er nede"), so they go only from a sentence with an English verb or negation.
# (possessive, and each mark's run whole: "(?:-{1,2})*" tried every split of a long run of dashes, 26 s for 40)
_AROUND_A_PAUSE = r"(?:\s*(?:,|-+|\.{2,}|\u2026|!+))*+"
_HESITATION = re.compile(rf"{_AROUND_A_PAUSE}\s*(?<![\w'])(?:u+h+m*|u+m{{2,}}|e+r+m+|e+h+m+|h+m+|m{{3,}}|a+h+m+|"
                         rf"e+u+h+|y{{3,}}|e+h{{2,}}|e+m{{2,}})(?![\w']){_AROUND_A_PAUSE}")
_SHORT_HESITATION = re.compile(rf"{_AROUND_A_PAUSE}\s*(?<![\w'])(?:um|er|eh|ah|uh)(?![\w']){_AROUND_A_PAUSE}")
_ENGLISH_FRAME = re.compile(r"\b(?:don'?t|do not|never|not|restart|reboot|stop|start|mount|unmount|kill|bring|"
                            r"take|turn|switch|set|put|make|go|blink|please|the)\b")
# punctuation said inside a negation: "don't !!! reboot", "never - reboot"; inside another negation, a condition
# or a hypothetical: "you mustn't — stop docker", "please refrain from, --, stop chrony", "stop chrony when … the
# fans spin down" (not a sentence's end: "the pumps are not answering the till. restart ..."; " ," is a dash
# read earlier)
_INSIDE_A_NEGATION = re.compile(
    r"\b(don'?t|do not|never)(?:\s*,?\s*(?:[!.\u2026\u2014\u2013]+|-{1,2}|(?<=\s),))+\s*,?\s*"
    # (before the verb: "do not — under any circumstances — restart nginx" is read whole further on)
    r"(?=(?:please |pls |just |ever )?(?:re)?start|stop|reboot|take|bring|turn|switch|mount|unmount|set|put|blink|go|"
    r"make|kill|shut|power)|"
    r"\b(must ?n[o']t|should ?n[o']t|shan'?t|ought not(?: to)?|need ?n[o']t|(?:rather|prefer) (?:you )?(?:not|didn'?t|"
    r"did not)|better not|refrain from|abstain from|desist(?: from)?|skip|hold off on|if|when|whenever|once|unless|"
    r"until|while|as soon as|in case|hypothetically|theoretically|in theory|hypothetical)"
    r"(?:\s*,?\s*(?:!+|\.{2,}|\u2026|\u2014|\u2013|:|-{1,2}|(?<=\s),))+\s*,?\s*(?=[a-z])")


# Words a hesitation falls beside inside a sentence, never a correction's: between two names or states it
# takes the first back ("restart nginx er grafana", "take wlan0 down er up")
_BESIDE_A_HESITATION = frozenset([
    "don't", "dont", "not", "never", "do", "restart", "reboot", "stop", "start", "mount", "unmount", "kill", "bring",
    "take", "turn", "switch", "set", "blink", "the", "a", "an", "for", "in", "at", "to", "and", "then", "said", "says",
    "fails", "failed", "if", "please", "pls", "just", "my", "our", "it", "that", "this", "of", "is", "was", "so",
    "but", "or", "can", "could", "you", "would", "will", "maybe", "like",
    # (a correction or a frame beside it: "take wlan0 up um i mean take wlan0 down", "better not um reboot")
    "i", "i'd", "make", "rather", "actually", "mean", "meant", "sorry", "wait", "no", "go", "better", "refrain",
    "abstain", "desist", "skip", "from", "shouldn't", "mustn't", "didn't", "when", "once", "unless", "until", "while",
    "hypothetically", "theoretically", "theory", "hypothetical"])


# Another language's "if" or "not" around an English request: "si se cae, restart nginx", "dacă cade, reboot",
# "nu take wwan0 down" (Romanian), "wag turn the amber light on" (Tagalog), "usi ..." (Swahili), "ethän ..."
# (Finnish), "stop telegraf nahi" (Hindi); Swedish "om" is also "in" ("om en timme") and Dutch "nu" is "now"
_ENGLISH_VERB = r"(?:please |pls )?(?:re)?start|stop|reboot|take|bring|turn|switch|mount|unmount|set|put|blink|go"
_FOREIGN_IF = re.compile(r"^(?:si|se|ha|als|wenn|falls|quand|daca|kung|kapag|agar|jab|jos|eger|kama|ikiwa|iwapo|"
                         rf"jesli|jezeli|gdy|kdyz|pokud|hvis|ifall|indien|wanneer|quando|cuando) "
                         # (not a name said in English: "HA is unresponsive again, restart it")
                         r"(?!(?:is|are|was|were|has|have|had|does|did|will|can|the|a|an|and|or|it|not|keeps|seems|"
                         rf"just|still|server|service|box)\b)(?=[^,;]{{1,40}}"
                         rf"[,;]\s*(?:{_ENGLISH_VERB})\b)")
_FOREIGN_NOT = re.compile(rf"(?:^|(?<=[,;:.!?] ))(?:te rog nu|nu|wag|huwag|hindi|usi|ethan|ala) "
                          rf"(?=(?:{_ENGLISH_VERB})\b)")
# ... and "for a while" in numbers: "10 perc erejéig", "10 percre" (Hungarian), "10 minuutiksi" (Finnish),
# "kwa dakika 10" (Swahili), "10 minute ke liye" (Hindi), "trong 10 phút" (Vietnamese)
_FOREIGN_WHILE = re.compile(r"\s+(?:(?P<n>\d+)\s*(?:(?P<unit>perc|ora|masodperc)(?:re|ra)?(?: erejeig)?|"
                            r"(?P<fi>minuut|tunn|sekunn)iksi|(?P<hi>minute|minat|ghante|ghanta) (?:ke liye|tak))|"
                            r"kwa (?P<sw>dakika|saa|sekunde) (?P<n2>\d+)|trong (?P<n3>\d+) (?P<vi>phut|gio|tieng|giay))"
                            r"(?=\W*$|[,;])")
_WHILE_UNITS = {"perc": "minutes", "ora": "hours", "masodperc": "seconds", "minuut": "minutes",
                "tunn": "hours", "sekunn": "seconds", "dakika": "minutes", "saa": "hours", "sekunde": "seconds",
                "minute": "minutes", "minat": "minutes", "ghante": "hours", "ghanta": "hours", "phut": "minutes",
                "gio": "hours", "tieng": "hours", "giay": "seconds"}


def _for_a_while(said: re.Match[str]) -> str:
    unit = said["unit"] or said["fi"] or said["hi"] or said["sw"] or said["vi"]
    return f" for {said['n'] or said['n2'] or said['n3']} {_WHILE_UNITS[unit]}"


_ENGLISH_VERB_FIRST = re.compile(rf"(?:{_ENGLISH_VERB})\b")
_FOREIGN_NOT_AFTER = re.compile(r"\s+(?:nahi|nahin|nahee)\W*$")


# Words a correction starts with: "i mean", "make that", "rather", "actually", "sorry", "no", "wait"
_CORRECTS = frozenset(["i", "make", "rather", "actually", "sorry", "no", "wait", "scratch", "or"])


# "and" between two requests said with English verbs, in shorthand or another language: "restart nginx y reboot",
# "restart nginx, y reboot",
# "restart press 2 dan reboot perangkat", "restart the pump + reboot", "restart x && sudo reboot"
_AND_A_SECOND_REQUEST = re.compile(
    # (with the "and" said before a "then": "..., y luego reboot", "..., en dan reboot", "..., ondan sonra reboot")
    r"(?<=\w)(?:,?\s+(?:y|e|en|ve|ondan|und|et|og|och|ja|a|es|si|va|na|at|and|i)\s+(?=(?:luego|despues|poi|dopo|dan|"
    r"daarna|sonra|dann|danach|puis|ensuite|sen|sedan|potem|pak|potom|kemudian|lalu|tapos)\s)|[,.;]?\s+)"
    r"(?:\+|&&?|\|\||/|>|n|also|as well as|y|e|et|et ensuite|ensuite|und|en|og|og sa|"
    r"och|och sen|ja|ve|dan|dan juga|serta|lalu|agus|at|ir|un|es|és|si|și|kaj|ac|i potem|a potom|a pak|"
    r"dhe|và|va|na|kemudian|terus|sama|aur|und dann|dann|danach|puis|luego|poi|daarna|sedan|potem|pak|sonra|tapos|"
    # (red team 61) "start X too: stop Y", "..., step 2: restart Y", "... second stop Y", "... on top of that reboot"
    r"too:|also:|step \d+[:.)]?|second(?:ly)?,?|on top of that,?|additionally,?|"
    # (red team 62) list markers and "as well" in other languages: "b)", "(2)", ">>>", "next:", "aber auch", "ferner",
    # "bovendien", "dessutom", "außerdem:", "inoltre", "ponadto", "también", "e também", "ainsi que", "oraz", "och även"
    r"[b-h]\)|\(\d\)|\d\)|>>>?|next:|besides that,?|aber auch|sowie auch|sowie|zus[äa]tzlich|ferner|au[ßs]erdem:?|"
    r"bovendien|en ook|dessutom|och [äa]ven|inoltre|e anche|ponadto|oraz|tambi[ée]n|y tambi[ée]n|e tamb[ée]m|"
    r"ainsi que|de plus,?|adem[áa]s,?)"
    r"\s+(?:sudo\s+)?(?:i-)?(?=(?:restart|reboot|stop|start|mount|unmount|turn|switch|bring|take|blink|kill|"
    r"power|set|bounce|kick|cycle)\b)")


# (red team 62) Everything but one, in any language: "reboot everything utom nodered", "restart everything on the box
# — aside from the bilge monitor", "salvo mosquitto, restart everything", "restart everything, let gpsd be"
_ALL_BUT = (r"(?:except(?: for)?|but(?! (?:not|only|first|then|carefully|quickly|now|please)\b)|apart from|aside from|"
            r"besides|excluding|other than|save|utom|zonder|behalve|bortsett fra|menos|salvo|eccetto|tranne|au[ßs]er|"
            r"ausgenommen|sauf|hormis|excepto|z wyj[aą]tkiem|opr[oó]cz|kromě|let \S+ be|leave \S+(?: alone| out)?)")
_EVERYTHING = r"(?:everything|all (?:the )?services|all of them|the whole (?:box|system|lot|stack))"
_ALL_BUT_ONE = re.compile(rf"\b(?:(?:re)?start|reboot|bounce|cycle|stop|kick)\s+{_EVERYTHING}\b[^.;!?]{{0,40}}?"
                          rf"(?:[,(\u2014\u2013-]\s*)?\b{_ALL_BUT}\b|"
                          rf"^\W*{_ALL_BUT}\s+[\w@.-]+(?: [\w@.-]+)?\s*,\s*(?:re)?(?:start|boot)\s+{_EVERYTHING}\b")


def _without_hesitations(text: str) -> str:
    def dropped(said: re.Match[str]) -> str:
        before, after = said.string[:said.start()].split()[-1:], said.string[said.end():].split()[:1]
        # (last, it doubts what was said: "stop ssh... hmm")
        if after and before and after[0] in _CORRECTS:
            return ", "  # ("take wlan0 up um i mean take wlan0 down": a correction, said after a pause)
        return " " if after and (not before or before[0].strip(",.!") in _BESIDE_A_HESITATION or
                                 after[0].strip(",.!") in _BESIDE_A_HESITATION) else said.group()
    text = _HESITATION.sub(dropped, re.sub(r",\s*like\s*,", ",", text))
    if _ENGLISH_FRAME.search(text):
        text = _SHORT_HESITATION.sub(dropped, text)
    return re.sub(r"\s+", " ", _INSIDE_A_NEGATION.sub(lambda m: f"{m[1] or m[2]} ", text)).strip(" ,")


def _cli(text: str) -> str:
    said_first = text.split(maxsplit=1)[:1]
    if said_first and said_first[0] != "systemctl" and ground.damerau(said_first[0], "systemctl", 2) <= 2:
        text = "systemctl" + text[len(said_first[0]):]  # "sytemctl restart nginx": typed fast
    for pattern, said in _CLI:
        text = pattern.sub(said, text)
    # a comma left out before the request: "the lights aren't responding can you start the dmx
    # thing" (not "what can you restart")
    return _ASKED_UNPUNCTUATED.sub(lambda m: m.group() if m[1] in _ASKING_WORDS or _TOLD_BEFORE.search(
        text, 0, m.end(1)) else f"{m[1]}, {m[2]}", text)


_ASKED_UNPUNCTUATED = re.compile(r"\b([a-z']+) ((?:can|could) (?:you|u) (?:please |pls )?(?:re)?(?:start|stop|reboot|"
                                 r"mount|unmount|bring|take|turn|switch|blink)\b)")
_TOLD_BEFORE = re.compile(r"\b(?:told|tell|tells|asked|asks?|said|says?|wrote|writes|texted|messaged|emailed|"
                          r"wants?|wanted|wonder(?:ing)?|knows?|heard|[\"'])\b|[\"]")
_ASKING_WORDS = frozenset(["what", "which", "how", "where", "when", "why", "who", "whom", "whether", "and", "or",
                           "so", "then", "if", "but", "not", "only", "also", "never", "ever", "still", "that", "nor"])


_OUTCOME = re.compile(r"(?i)\s*(?:=>|->|\u2192|--|=|:|\.{2,}|\u2026)\s*(?:ok|okay|success|successful|"
                      r"succeeded|done|failed|fail|error)\W*$|\s*[(\[](?:ok|okay|success|done|failed|"
                      r"error)[)\]]\W*$")


_JOKING = re.compile("[\U0001F61C\U0001F61D\U0001F61B\U0001F92A\U0001F921\U0001F602\U0001F923\U0001F606"
                     "\U0001F609\U0001F92D]+|"
                     r"(?<=\s)(?:x-?d+|:-?p+|;-?p+|;-?d+|;-?\)+|/j|\*winks?\*|\*nudge(?: nudge)?\*|"
                     r":(?:joy|wink|laughing|rofl|stuck_out_tongue\w*|zany_face|clown_face):)\s*$|"
                     r"(?<=[\s,])(?:wink,? wink|psych|gotcha|april fools?)\W*$", re.I)
# Laughter typed in any language right after the request ("stop ssh haha", "mount it rw jaja";
# after a reason it laughs at the reason: "turn the led off, it's blinding the horses lol")
_LAUGHING = re.compile(r"^(?P<request>[^,.;:!?]*?)\s*[\s,.]\s*(?:a?(?:ha){2,}h?|(?:ah){2,}a?|(?:ja){2,}|(?:je){2,}|"
                       r"(?:he){2,}|(?:hi){2,}|(?:hue){2,}|k{3,}|mdr+|ptdr+|rsrs|kek|(?:wk){2,}|(?:ks){2,}|"
                       r"lmf?ao|rotf?l|lol|lul|heh|hah|bwa(?:ha)+|mu?a(?:ha)+)[!.]*\s*$", re.I)
_A_REASON = re.compile(r"\b(?:its|it's|it is|because|since|cause|cuz|coz|so|as)\b")
_UNSURE = re.compile("[\U0001F914\U0001F937\u2754\u2753\U0001F62C\U0001F9D0\U0001F615\U0001FAE3"
                     "\U0001F928]+(?:\u200d[\u2640\u2642]\ufe0f?)?|"
                     r"(?<=\s):(?:thinking(?:_face)?|shrug|grimacing|confused|face_with_monocle|"
                     r"face_with_raised_eyebrow):")
_CODE_BLOCK = re.compile(r"(?: {4,}|\t)\S")
# A verb with only symbols where its object goes: "restart 💻", "restart {}", "restart ☐"
_SYMBOLS_ONLY = re.compile(r"\s*[a-z-]+(?:\s+(?:the|my|this|that|it))?\s+(?=[^\w\s]*[^\w\s.!?])[^\w\s]+\s*", re.I)


# What a script or a log printed after a command (said in capitals, as tools print it): "stop
# mosquitto OK", "restart nginx FAILED", "[  OK  ]", "(exit 0)"
_LOGGED = re.compile(r"(?<!,)\s+(?:-\s+)?(?:OK|FAILED|FAIL|DONE|ERROR|SUCCESS|SUCCEEDED)(?=\s*(?:[,;]|$))|"
                     r"\s*\[\s+(?:OK|FAILED|DONE)\s+\](?=\s*(?:[,;]|$))|"
                     r"\s*\(?(?:exit(?: code)?|rc)\s*[=:]?\s*\d+\)?(?=\s*(?:[,;]|$))")
_LISTED = re.compile(r"^\s*(?:(?!1[.)])\d{1,2}[.)]|[*\u2022\u2023\u25e6-]|(?:step|stap|schritt|paso|etape|passo)\s*"
                     r"\d+\s*[-:.),\u2013\u2014]?|(?!i[.)])[ivx]{1,4}[.)])\s+(?=[a-z])", re.I)


# One span said in parts, each of a smaller unit than the one before: "reboot in 1 hour, 30 minutes", "in an
# hour, and thirty minutes", "in 2 hours, 1 minute, 10 seconds"
_AMOUNT = (r"(?:\d+\s*|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
           r"forty|forty-five|fifty)\s+)")
_PART = rf"{_AMOUNT}(?:days?|hrs?|hours?|h|mins?|minutes?|m|secs?|seconds?|s)\b"
_SPAN_IN_PARTS = re.compile(rf"(?i)\b(?:in|after|within)\s+{_PART}"
                            rf"(?:(?:\s*,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+){_PART})+"
                            r"(?!\s+(?:later|after|afterwards|before|earlier)\b)")
_PART_UNIT = re.compile(rf"(?i)\b{_AMOUNT}([dhms])")


def _span_joined(span: re.Match[str]) -> str:
    """A span in parts as one ("in 1 hour 30 minutes"), when each part's unit is smaller than the last."""
    units = ["dhms".index(u.lower()) for u in _PART_UNIT.findall(span.group())]
    if units != sorted(set(units)):
        return span.group()
    return re.sub(r"(?i)\s*,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+", " ", span.group())


def _arrow_read(arrow: re.Match[str]) -> str:
    """An arrow as what it says between its two sides."""
    before, after = arrow.string[:arrow.start()], arrow.string[arrow.end():]
    if values.delay(" ".join(before.split()[-2:])).seconds and values.delay(" ".join(after.split()[:2])).seconds:
        return ", make that "
    if re.match(rf"\s*(?:{_ENGLISH_VERB})\b", after):
        # (red team 61) a rule: "phc2sys hang -> start it", "crash => bounce" (not a state now: "nginx is down ->
        # restart it")
        failed = not re.search(r"\b(?:is|are|was|were|has|have|keeps)\b|'s\b", before) and re.search(
            r"\b(?:hangs?|hung|crash(?:es|ed)?|fail(?:s|ed|ure)?|dies|died|down|freezes?|frozen|error|stuck)\W*$",
            before)
        return ", whenever that happens, " if failed else " and "
    if re.search(r"\b(?:is|are|was|were)\b", before):
        return ", "
    if re.search(rf"(?i)(?:{lexicon.ANY_PROFILE})(?:\s+mode)?$", before) and \
            re.match(rf"(?i)(?:{lexicon.ANY_PROFILE})", after):
        return " to "
    # (red team 61) "restart the sacn bridge -> the web server": from one thing to another, a correction (not "eth0 ->
    # up", a state)
    if re.match(rf"(?i)\s*(?:please\s+)?(?:{_ENGLISH_VERB})\s+\S", before) and re.fullmatch(
            r"(?i)\s*(?!(?:up|down|on|off|ok|okay|done|fixed|failed|then|and|also|next|after)\b)(?:the\s+)?[\w@.:+-]+"
            r"(?:\s+[\w@.:+-]+){0,3}\W*",
            after):
        return ", make that "
    return " "


_REPEATED_MARK = re.compile(r"([^\w\s])\1{3,}")
_REPEATED_WORD = re.compile(r"\b(\w+)(?:\s+\1\b){3,}")


def normalise(text: str, names: frozenset[str] = frozenset()) -> str:
    """One line of lower-case text, compatibility forms and accents folded ("redémarre" is
    "redemarre", "MÚSICA" is "musica"), invisible characters gone, admin shorthand spelled out
    ("pump ctrl"), pictographs dropped, arrows read as a space. What is left outside ASCII is
    another script or a warning sign, which the speech act does not take as a request."""
    # ("restart nginx&#63;", "%3F", the Greek question mark: a question however it is encoded)
    text = html.unescape(_ENCODED.sub(lambda m: _ENCODED_AS[m.group().lower()], text))
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text)).translate(_QUOTES)
    # (a mark or a word said over and over says no more than said three times: "!!!!!!!!", "........", "very very
    # very very ..."; and no pattern meets a run longer than that)
    text = _REPEATED_WORD.sub(r"\1 \1 \1", _REPEATED_MARK.sub(r"\1\1\1", text))
    # (Punjabi's "ਸ਼" is Hindi's "श", which folding its dot off would make "स": "ਮਸ਼ੀਨ" is मशीन)
    text = text.replace("\u0a38\u0a3c", "\u0936").replace("\u0a36", "\u0936")
    text = fold(foreign.said_done(text, fold))  # (what was done, before its accent goes)
    # a danda or Urdu's full stop that ends the sentence is its full stop ("वेबक्याम रिस्टार्ट गर।", "... রিস্টার্ট
    # করো।", "... کریں۔"); inside, a danda still parts what fails from the request
    text = re.sub(r"\s*[\u0964\u0965\u06d4]+\s*$", ".", text)
    text = re.sub(r"\s*[\u2713\u2714\u2705\u2611]\s*$", " done", text)  # a tick: "restart nginx ✓"
    # (Spanish "la red" asked to change is the network, never the colour: "reinicia la red", "levanta la red")
    text = re.sub(r"(?i)\b((?:reinici|reinic|reseti|activ|levant|apag|desactiv|encend|enciend|prend|baj|sub|conect|"
                  r"desconect)\w*\s+(?:la|una|esta|esa|nuestra|el cable de)) red\b", r"\1 network", text)
    text = _SPAN_IN_PARTS.sub(_span_joined, text)
    # ... or before it, as a checklist writes it: "✓ restart nginx" was done; "☐ reboot" and
    # "❎ reboot" are a list's items, not a request
    text = re.sub(r"^\s*[\u2713\u2714\u2705\u2611]+\s*[-:.]?\s*(.*?)\s*$", r"\1 done", text)
    text = re.sub(r"^\s*[\u2610\u25a1\u274e\u274c\u2717\u2718\u2b1c\u25a2\u2b55]+\s*", "[ ] ", text)
    # what a log says came of it: "restart nginx => OK", "reboot -> ok", "restart nginx [ok]"
    text = _OUTCOME.sub(" done", _LOGGED.sub(" done", text))
    # a step of a list pasted: "3. restart nginx", "* reboot", "Step 4 - stop mosquitto" (a list
# of the operator's own starts at 1: "1. restart zigbee2mqtt 2. that's all")
    text = _LISTED.sub("[ ] ", text)
    # a wink or a clown says it is not meant, a thinking face or a shrug that it is not sure
    # (said first, the doubt is about what follows: "🤔 stop ssh")
    text = _JOKING.sub(" (kidding)", _UNSURE.sub("", text) + " ?" if _UNSURE.search(text) else text)
    if (laughing := _LAUGHING.match(text)) and not _A_REASON.search(laughing["request"]):
        text = f"{laughing['request']} (kidding)"
    text = re.sub(r"(?<=\d)\s*\u00b0(?!\s*[cfkCFK]\b)", " degrees", text)  # "the 25° room" (the sign goes next)
    text = "".join(c for c in text if c in _WARNING or unicodedata.category(c) != "So")
    # "Subject: VPN\n\nstop it please", "about the green LED: make it blink": what "it" is
    said = _SUBJECT_LINE.match(text)
    if said and not _action_offsets(fold((said[1] or said[3]).lower())) and speech.ACTED_ON_IT.search(
            fold((said[2] or said[4]).lower())):
        # (only what "it" is: a subject never asks for anything itself)
        topic, rest = (said[1], said[2]) if said[1] else (said[3], said[4])
        the = "" if re.match(r"(?i)(?:the|my|our|this|that) ", topic) else "the "
        text = f"{the}{topic.strip()}, {rest}"
    # "eth0 -> up" is "eth0 up"; after what is said of something, the arrow is a pause
    # ("can0 is down after the PLC swap -> up it")
    # ("restart nginx -> reboot": before a verb, it is a second request; "turbo -> eco": from one profile to another)
    # ("reboot in 5 minutes -> 10 minutes": from one delay to another, a correction)
    text = re.sub(r"\s*(?:->|=>|\u2192|\u21d2|\u27f6)\s*", _arrow_read, text)
    text = re.sub(r"(?<=[a-z])-ish\b", "", text)  # "frozen-ish" is frozen
    # (red team 61) how it is, then what to do of it, without a pause: "grafana shows gpsd down restart it"
    text = re.sub(r"(?i)\b(down|offline|dead|frozen|stuck|hung|crashed)\s+"
                  r"(?=(?:pls\s+|please\s+|so\s+)?(?:(?:re)?start|"
                  r"bounce|kick|reboot|fix)\s+(?:it|them)\b)", r"\1, ", text)
    # a mistyped unit suffix: "fridgemon.sevice"
    text = re.sub(r"(?<=\w)\.(?:sevice|servcie|serivce|srvice|servce|serice|sercive|servic|"
                  r"sevrice|serviec)\b", ".service", text)
    # "the bonjour/mdns thing": two words for one thing (not a path: "/dev/sda1")
    text = re.sub(r"(?<![/\w])([A-Za-z]{2,})/([A-Za-z]{2,})(?![/\w])", r"\1 \2", text)
    # a recogniser's "w lan" and "wi fi"
    text = re.sub(r"\b([Ww])[- ](?=[Ll][Aa][Nn]\b)|\b([Ww][Ii]) (?=[Ff][Ii]\b)", r"\1\2", text)
    # a last line that takes it back ends the sentence before it: "restart gpsd\ncancel"
    # and two lines that each begin with a verb are two requests: "restart gpsd\nreboot"
    head, line_break, last = text.rstrip().rpartition("\n")
    if line_break and head.strip() and (speech.takes_back(last.strip().lower()) or all(
            _BEGINS_WITH_A_VERB.match(line.lower()) for line in (head.rsplit("\n", 1)[-1], last))):
        text = f"{head.rstrip()}. {last.strip()}"
    text = _PARTED.sub(". ", text)
    text = _cli(_AND_A_SECOND_REQUEST.sub(" and ", _without_hesitations(re.sub(r"\s+", " ", text).strip().lower())))
    text = _FOREIGN_IF.sub(lambda m: m[0] if m[0].strip() in names else "if ", _FOREIGN_WHILE.sub(_for_a_while, text))
    text = re.sub(r"(?<=\d)\s?(?:dk|dak)\.?(?=\W*$)", " mins", text)  # Turkish "5 dk" at the end, a bare span
    text = _FOREIGN_NOT.sub("don't ", text)
    # "reboot the box in a quarter of an hour": the device, whatever unit "box" is a word of (a sweat box's monitor)
    text = re.sub(r"\b(reboot|power ?cycle) (?:the|this|that|our|my) (?:whole )?(box|device|system|machine|appliance)"
                  r"(?= in\b| at\b| now\b| please\b|\s*[,.;!?]|\s*$)",
                  lambda m: f"{m[1]} this device" if any(m[2] in re.split(r"[-_@.]", a) for a in names)
                  else m.group(), text)
    # "reboot it in about three quarters of an hour, not before": the delay said again
    text = re.sub(r"(\b(?:in|within|after) [\w\s.-]{1,40}?\b(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|"
                  r"quarters? of an hour|half an hour|an hour))\s*[,;-]+\s*(?:but )?not (?:before|sooner|earlier)"
                  r"(?: than that)?\W*$", r"\1", text)
    # "give it a reboot in 20 min", "give nginx a quick restart": the verb said as a noun
    text = re.sub(r"\bgive (it|them|that|this|the [\w@.-]+(?: [\w@.-]+)?|[\w@.-]+) an? (?:quick |good |fresh |little )?"
                  r"(reboot|restart|bounce)\b", r"\2 \1", text)
    if _ENGLISH_VERB_FIRST.match(text) and _FOREIGN_NOT_AFTER.search(text):
        text = "don't " + _FOREIGN_NOT_AFTER.sub("", text)
    text = re.sub(r"(?:\.{2,}|\u2026)\s*\?", "?", text)  # "restart nginx...?" asks
    # punctuation a dictation wrote out: "restart nginx question mark"
    text = _DICTATED.sub(lambda m: _DICTATED_AS[m[1]], text)
    text = values.LEADING_AFTER.sub("in", values.units_spelled(text))
    # "rather than stop grafana, restart nodered": the second, and not the first
    text = re.sub(r"^(?:rather than|instead of) ([^,;]+)[,;]\s*(.+)$", r"\2, not \1", text)
    text = re.sub(r"(?<=\w)~+|\^[_.-]?\^", " ", text)  # "hello~", "please ^^"
    # "the light's flashing, make it solid instead": what to do rather than what it does
    text = re.sub(r"(?<=\w) instead(?=\s*(?:[.!;,]|$))", "", text)
    # "don't mount it read-only, i need to save on it": mounted to write
    text = re.sub(r"\b(?:don'?t|do not|dont)\s+mount\s+(it|[\w@./:-]+|the [\w@./:-]+(?: (?:drive|"
                  r"stick|disk|card))?)\s+(?:read-?only|readonly|ro)\b", r"mount \1 read-write",
                  text)
    # "restartmosquitto": a verb run into a name the device has
    text = _GLUED_VERB.sub(lambda m: f"{m[1]} {m[2]}" if m[2] in names else m[0], text)
    # "would you mind restarting nginx?" asks politely for a restart
    text = _MIND_DOING.sub(lambda m: f"could you {_GERUNDS[m[1]]}", text)
    # "bring it back", "bring back eth0": back up
    text = re.sub(r"(?:^|(?<=[,.;!]\s))((?:please |pls |just |can you |could you )?)bring back "
                  r"([\w@.:-]+)(?=\W*$)", r"\1bring \2 up", text)
    text = re.sub(r"(?:^|(?<=[,.;!]\s))((?:please |pls |just |can you |could you )?)bring "
                  r"(it|them|[\w@.:-]+) back\b(?! (?:up|online|on|down|off|later|tomorrow)\b)",
                  r"\1bring \2 back up", text)
    # "bring the modem that's down back up", "take the up wifi down": the particle after the
    # verb, the state said of the thing after it (else "down" is read as what is asked)
    # ("take the wifi (up) down", "bring the modem - down - up", "turn the wifi on off": the
    # first state is how it is)
    text = _STATE_ASIDE.sub(lambda m: f" {m[1]} " if re.search(r"\b(?:the|my|our)$", text[:m.start()])
                            else f" that is {m[1]} ", text)
    text = _TWO_STATES.sub(r"\1 \2 that is \3 \4", text)
    text = _STATE_BEFORE.sub(r"\1 \4 the \3 that is \2", text)
    text = _STATE_BETWEEN.sub(r"\1 \4 the \2 that is \3", text)
    # "make the heartbeat LED stop blinking and stay on", "stop the printer light blinking,
    # just turn it off": what it should do instead is the request
    text = _STOP_BLINKING_AND.sub(r"\1 \2 stay \3", text)
    text = _STOP_BLINKING_THEN.sub(r"turn \1 \2", text)
    # "switch wlan0 from down to up" is to up
    text = re.sub(r"\bfrom (?:on|off|up|down|performance|balanced|power ?save|powersave|read-only|"
                  r"ro|rw|read-write) to\b", "to", text)
    # "do not, under any circumstances, stop ssh", "don't — take eth0 down": the parenthesis
    # after a negation does not end it (not "don't worry, restart it")
    text = re.sub(r"\b(do not|don'?t|dont|never|do not ever|under no circumstances)\s*"
                  r"(?:[,;!.]|-+|\.{2,}|\u2014|\u2013)\s*(?:[^,.;!?]{1,40},\s*)?(?=\w)",
                  r"\1 ", text)
    text = speech.wait_told(text)  # "reboot once we close, so in 40 min": in 40 min
    # ("the IronKey has to be mounted for the judge's export": asked of it, as "nginx has to be restarted" is)
    text = _TO_BE_MOUNTED.sub(lambda m: f"{m['verb'][:-2]} {m['what']}", text)
    # (not a device's own name: "PWR off" with an LED named PWR is that LED, "pwr profile" is
    # still the power profile)
    return _SHORT.sub(lambda m: m.group() if m.group() in names and not _PROFILE_AFTER.match(
        text, m.end()) else _ABBREVIATIONS[m.group()], text)


_TO_BE_MOUNTED = re.compile(r"^(?P<what>(?:(?:the|my|our|that|this) )?(?:(?!(?:says?|said|thinks?|told|wants?|asked|"
                            r"reckons?|believes?|claims?|if|when|whether|not|never|and|or|but)\b)[\w/-]+ ?){1,4}?) "
                            r"(?:needs?|has|have|must) (?:to )?be (?P<verb>mounted|unmounted)\b")
_STOP_BLINKING_AND = re.compile(r"\b(make|let|have|get) (.+?) stop (?:blinking|flashing),? (?:and |just )?"
                                r"(?:stay|go|be|remain|turn|keep) (on|off|solid|steady|dark)\b")
_STOP_BLINKING_THEN = re.compile(r"\bstop (the [^,.;]+?|it) (?:blinking|flashing)[,.;]? (?:and |just )?(?:turn|"
                                 r"switch|leave) (?:it |them )?(on|off)\b")
_PROFILE_RESTARTED = re.compile(r"\b(?:re ?start|reboot|restart)\w* (?:the |in |into |to )?(?:performance|power ?save|"
                                r"powersave|balanced|eco)(?: mode| profile)?\s*(?:[,.;!?]|$)")
# What only a program is, said last of what is meant
_PROGRAM_HEADS = frozenset(["watchdog", "logger", "blinker", "daemon", "service", "poller", "agent",
                            "server", "script", "job", "timer", "exporter", "collector", "uploader",
                            "scheduler", "notifier", "updater", "recorder"])
# A profile's word before what a program is names the program: "the performance monitor"
_PROFILE_OF_A_UNIT = re.compile(r"\b(?:performance|power ?save|powersave|balanced|eco)\s+(?:[\w-]+\s+)?(?:" + "|".join(
    sorted(_PROGRAM_HEADS | {"monitor", "manager", "tool", "tuner", "controller", "app", "dashboard"})) + r")\b")
_STATES = r"(down|up|offline|online|on|off)"
_VERBS_OF_STATE = r"\b(bring|take|put|get|turn|switch|set)"
_THING = r"(?!(?:it|them|that|this)\b)[a-z][\w@.:-]*(?: [a-z][\w@.:-]*){0,2}"  # (a pronoun is no thing)
_STATE_ASIDE = re.compile(rf"\s*(?:\(\s*|\s-\s*)(?:currently |now |still |is )?{_STATES}(?:\s*\)|\s*-\s)\s*")
_TWO_STATES = re.compile(rf"{_VERBS_OF_STATE} ((?:the |my |our )?{_THING}) {_STATES} {_STATES}"
                         r"(?=\s*(?:[,.;!?]|$|please|pls|now|again))")  # (not "turn the blink off on the led")
# (not "turn the on air light on": a light's name)
_STATE_BEFORE = re.compile(rf"{_VERBS_OF_STATE} (?:the|that|this|my|our) {_STATES} (?!air\b)({_THING}) "
                           rf"(?:back )?{_STATES}\b")
_STATE_BETWEEN = re.compile(rf"{_VERBS_OF_STATE} (?:(?:the|that|this|my|our) )?({_THING}) (?:that'?s|that is|"
                            rf"which is|which'?s|thats) {_STATES} (?:back )?{_STATES}\b")
_ENCODED_AS = {"%3f": "?", "%20": " ", "%21": "!", "%2c": ",", "\u037e": "?"}
_ENCODED = re.compile(r"%3[fF]|%20|%21|%2[cC]|\u037e")
_DICTATED_AS = {"question mark": "?", "exclamation mark": "!", "exclamation point": "!",
                "full stop": ".", "period": ".", "comma": ","}
_DICTATED = re.compile(r"\s*\b(question mark|exclamation (?:mark|point)|full stop|"
                       r"(?<!\ba )(?<!\bthe )(?<!\bthat )period|comma)\b(?! of\b)")
_GLUED_VERB = re.compile(r"\b(restart|start|stop|reboot|unmount|mount)([a-z][\w@.-]{2,})\b")
_GERUNDS = {"restarting": "restart", "rebooting": "reboot", "stopping": "stop",
            "starting": "start", "mounting": "mount", "unmounting": "unmount",
            "turning": "turn", "bringing": "bring", "taking": "take", "switching": "switch",
            "shutting": "shut", "blinking": "blink", "setting": "set", "putting": "put",
            "bouncing": "bounce", "ejecting": "eject", "flashing": "flash", "cycling": "cycle",
            "powering": "power", "killing": "kill", "disabling": "disable", "enabling": "enable"}
_MIND_DOING = re.compile(rf"(?:\b(?:would|will|wud|do) (?:you|u) |^)mind ({'|'.join(_GERUNDS)})\b")
_SUBJECT_LINE = re.compile(r"^\s*(?:subject|subj|re|about|regarding|concerning|topic)\s*:\s*"
                           r"([^\n:]{1,60})\n+(.+)$|^\s*(?:about|regarding|concerning)\s+"
                           r"([^\n:]{1,60}):\s*(.+)$", re.IGNORECASE | re.DOTALL)
_PROFILE_AFTER = re.compile(r"\s+(?:profile|mode|sav|plan|setting)")
_ABBREVIATIONS = {"ctrl": "control", "mgr": "manager", "mgmt": "management", "svc": "service",
                  "cfg": "config", "pwr": "power",
                  # verbs too short for the typo rule (lexicon.TYPO_VERBS wants five letters)
                  "rbt": "reboot", "rbot": "reboot", "stpo": "stop", "sotp": "stop", "ejct": "eject",
                  "dn": "down"}
_SHORT = re.compile(rf"\b(?:{'|'.join(_ABBREVIATIONS)})\b")


@memo.kept
def fold(text: str) -> str:
    """Latin letters without their accents ("wyłącz" is "wylacz"); every other character as it is."""
    decomposed = unicodedata.normalize("NFKD", text.translate(glossary.UNDECOMPOSED))
    return unicodedata.normalize("NFC", "".join(
        c for c in decomposed if c in glossary.KANA_MARKS or not unicodedata.combining(c)))


# Words that turn the particle after them into the state asked for ("turn X off").
_PHRASAL = re.compile(r"\b(?:turn|switch|bring|take|put|set|power|make|flip|toggle|get|shut|"
                      r"go|keep|leave|pull|knock|drop|switched|turned|brought|taken)\b")
# The first half of a phrasal verb split by its object ("turn the led on"), at the start
_SPLIT_VERB = re.compile(r"^\s*(?:turn|switch|bring|take|put|set|make|flip|toggle|get|shut|"
                         r"knock|pull|drop)\b")
_PARTICLES = {"on": Effect.ON, "off": Effect.OFF, "up": Effect.ON, "down": Effect.OFF,
              "online": Effect.ON, "offline": Effect.OFF}
_STRONG_ORDER = (Effect.CONSOLE, Effect.UNMOUNT, Effect.MOUNT, Effect.BLINK, Effect.RESTART,
                 Effect.REBOOT)
_KIND_NOUNS = {
    # ("the light show", "the lighting controller" are programs)
    LED: re.compile(r"\b(?:leds?|lights?|lamps?|indicators?|diodes?)\b(?! (?:show|shows|program|sequence|"
                    r"sequencer|controller|scheduler|server|service)\b)"),
    # ("the wireless card", "the network card" are links)
    STORAGE: re.compile(r"\b(?:drives?|disks?|sticks?|usb|ssd|hdd|(?<!wireless )(?<!wifi )"
                        r"(?<!network )(?<!lan )(?<!ethernet )(?<!sim )cards?|storage|partitions?|"
                        r"volumes?|dvd|cd|disc|media|thumb ?drive|pendrive)\b"),
    INTERFACE: re.compile(r"\b(?:interfaces?|links?|nics?|network|networking|wifi|wi-fi|"
                          r"wireless|ethernet|lte|cellular|modem|vpn|tunnel|bridge|can ?bus|wlan|"
                          r"wired|port|adapter|dongle|(?:network|wireless|wifi|lan|ethernet) "
                          r"card|mobile data|mobile "
                          r"internet|wwan)\b"),
    UNIT: re.compile(r"\b(?:services?|daemons?|units?|servers?|apps?|applications?|programs?|"
                     r"process|containers?|brokers?|databases?|db)\b"),
}
_RECONNECT = re.compile(r"\bre-?connect\b")
# Kinds of appliance said before "box", "machine", "system": another machine of the site, never this device ("the card
# machine", "the fibre box", "the locker system"; "the vault box", "the sorter gateway" are this one where it stands)
_ANOTHER_APPLIANCE = re.compile(r"(?:card|fibre|fiber|vpn|locker|coffee|espresso|cash|vending|ticket|tv|cable|fuse|"
                                r"junction|alarm|sound|pa|phone|isp|sky|media|game|games|washing|lottery|atm|juke|"
                                r"jukebox|arcade|payment|pos|cctv|intercom|hifi|stereo|speaker|music|karaoke|printer|"
                                r"fax|copy|pinball|till) ")
_PERIPHERAL = re.compile(r"(?:usb|network|wifi|poe|ethernet|lan|sensor|camera|printer|external|"
                         r"serial|zigbee|modbus|can)\b")
_HOW_TO_MOUNT = re.compile(r"(?<![\w-])(?:read[- /]?write|read[- ]?only|readonly|rw|ro|writ(?:e)?able|"
                           r"with write access)(?![\w-])")
_POSSESSED = re.compile(r"\b([\w@.-]+)'s (?:[\w-]+ )?(database|db|broker|backend|cache|proxy|server|link|"
                        r"interface|storage|drive|disk|queue|bus|network)\b")
# A thing of a unit's said with "'s", and the words before "'s" that own nothing ("it's", "let's")
_OWNED = re.compile(r"\b([a-z0-9][\w@.-]*)['’`]s ([a-z0-9][\w-]*)")
_NO_OWNER = frozenset(["it", "that", "what", "let", "there", "here", "who", "he", "she", "where", "how",
                       "this", "everything", "everyone", "nothing", "something", "one", "which", "when"])
# "the app behind nginx", "whatever is in front of grafana": not nginx, not grafana
_BESIDE = re.compile(r"\b(?:behind|in front of|upstream of|downstream of) (?:the )?([\w@.-]+(?: [\w@.-]+)?)")
# What the device runs from, which turns nothing off: "eco mode, we're running off the solar"
# (or is on: "we're on shore power now, back to normal mode")
_POWERED_FROM = re.compile(r"\b(?:(?:running|run|runs|living|powered) (?:off|on|from)|(?:we'?re|we are|it'?s|"
                           r"it is|is|are|now|back) on) (?:the |our |my )?"
                           r"(?:solar|sun|battery|batteries|generator|genset|mains|grid|shore power|"
                           r"ups|inverter|panels)\b")
_TO_SAVE = re.compile(r"\b(?:to|so (?:we|it|i) can|in order to) (?:save|conserve|spare) (?:power|"
                      r"battery|energy|juice)\b")
# Kinds of link that a service may be as well
_A_SERVICE_TOO = re.compile(r"\b(vpn|tunnel)\b")
# A bridge said of something no link is called: "the mqtt bridge", "the ros bridge"
_A_BRIDGE = re.compile(r"\b(?!(?:the|a|an|this|that|my|our|network|lan|virtual|ethernet|wired|"
                       r"bridge)\b)([a-z0-9]+) bridge\b(?! (?:interface|link|device|nic)\b)")
# Nouns that say only what kind of thing is meant ("bring the interface up").
_GENERIC_NOUNS = {
    INTERFACE: frozenset([
        "interface", "interfaces", "link", "links", "nic", "port", "adapter", "connection",
        "network", "card", "dongle",
    ]),
    LED: frozenset(["led", "leds", "light", "lights", "lamp", "indicator", "diode"]),
}


def _unversioned(name: str) -> str:
    """A unit's name without its version and suffix: php8.2-fpm.service is php-fpm."""
    return re.sub(r"\d+(?:\.\d+)*", "", name.lower().removesuffix(".service"))


def _written(word: str, entity: Entity) -> bool:
    """Whether a hyphenated word is the entity's name as written otherwise: without its version
    ("php-fpm" of php8.2-fpm), joined, mistyped ("pihloe-ftl"), or one of its own words."""
    plain = _unversioned(entity.name)
    return word in plain or word.replace("-", "") in plain.replace("-", "") or \
        ground.typo_of(word, plain) or word in entity.aliases or word in entity.parts or \
        word in entity.attributes


_PACKAGE_ROLES = frozenset(["agent", "exporter", "server", "client", "daemon", "bridge", "proxy",
                            "worker", "relay", "gateway", "manager", "monitor", "collector",
                            "forwarder", "updater", "watchdog", "api", "ui", "cli", "scheduler",
                            "controller", "driver", "plugin", "operator", "sidecar"])
_HYPHENATED = re.compile(r"(?<![\w./@:-])[a-z]{2,}(?:-[a-z]{2,})+(?![\w/@:-])")
_WRITE_WORD = re.compile(r"\b(?:read|write|rw|ro)\b")
_IDENTIFIER = re.compile(
    r"(?<![\w./@-])(?:/dev/[\w/.-]+|[a-z][\w-]*\.service|[a-z][a-z0-9]*\d[\w.:-]*|"
    r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[a-z]*\d[\w.:-]*|"
    # (a dash between runs, never an optional one: "(?:-?[a-z0-9]+)*" tries every split of a long word)
    r"[a-z0-9]+(?:-[a-z0-9]+)*(?:[_.@][a-z0-9]+(?:-[a-z0-9]+)*)+)(?![\w/@-])")
_NODE_SAID = re.compile(r"(?<![\w-])(?:/dev/)?((?:sd[a-z]|vd[a-z]|xvd[a-z])\d+|mmcblk\d+p\d+|"
                        r"nvme\d+n\d+p\d+|sr\d+)(?![\w-])")
_SIZE = re.compile(r"\d+(?:\.\d+)?\s*(?:[kmgtp]i?b?|gigs?|tb|gb|mb)")


def _kind_of_name(word: str) -> str:
    if word.startswith("/dev/") or re.fullmatch(r"(?:sd|hd|vd|nvme|mmcblk)\w*", word):
        return STORAGE
    if re.fullmatch(r"(?:eth|en|wl|wlan|wwan|usb|can|br|tun|tap|wg|ppp)\w*", word):
        return INTERFACE
    if re.fullmatch(r"led\w*|\w+:\w*:\w+", word) or _LED_NAME.fullmatch(word):
        return LED
    return UNIT


# "set the power profile to powersave" names no LED called power
_PROFILE_WORDS = re.compile(rf"{lexicon.ANY_PROFILE}|\bpower (?:profile|mode|plan|setting)s?\b")
_GENERIC_STORAGE = frozenset([
    "drive", "drives", "disk", "stick", "storage", "volume", "partition", "media", "it", "not",
    "mounted", "unmounted",
])
# "the backup drive", "my photos stick": the word before the noun says which drive is meant
_STORAGE_MODIFIER = re.compile(
    r"\b(?:the|my|our|your|that|this|a|an)\s+([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+"
    r"(?:usb\s+|sd\s+|flash\s+)?"
    r"(?:drive|stick|disk|card|ssd|hdd|partition|volume|thumb ?drive|pendrive|key)s?\b")
# Words that say what kind of drive is meant.
_DRIVE_KINDS = ("usb", "stick", "ssd", "nvme", "card", "sd", "dvd", "cd", "disc", "thumb",
                "flash", "pendrive", "external")
# Words before a drive noun that say nothing about which drive it is.
_ANY_DRIVE = frozenset([
    "usb", "sd", "microsd", "flash", "thumb", "pen", "external", "internal", "portable", "new",
    "old", "other", "first", "second", "third", "last", "big", "small", "little", "inserted",
    "bigger", "biggest", "large", "larger", "largest", "smaller", "smallest", "huge", "tiny",
    "plugged", "attached", "connected", "removable", "memory", "hard", "solid", "spare", "same",
    "only", "current", "mounted", "unmounted", "extra", "whole", "entire", "main",
])


# Units that work beside another, said as what is meant: "the exporter of nginx", "exporter mosquitto" (in the order
# of another language), "the dish heater test"
_HELPERS = frozenset(["exporter", "exporters", "test", "tests", "drill", "drills"])
_NOT_THE_HELPER = re.compile(r"\b(?:not|nor|never|no)\s+(?:the\s+|its\s+|an?\s+|that\s+)?(?:[\w-]+\s+)?"
                             r"(?:exporters?|tests?|drills?)\b")


def _the_helper_said(kept: list[Match], words: list[str], scene: Scene) -> list[Match]:
    """Of the matches, those that are the helper said, and of what is said with it: "restart exporter mosquitto" is
    mosquitto-exporter, not mosquitto; "the exporter for node-red" no mosquitto-exporter; "the exporter of the gps"
    with gpsd and no exporter of it, nothing."""
    # (not one ruled out: "prometheus itself not the exporter")
    ruled_out = {w for m in _NOT_THE_HELPER.finditer(" ".join(words)) for w in m.group().split()}
    said = {w.removesuffix("s") for w in words if w in _HELPERS and w not in ruled_out}
    if not said:
        return kept
    def words_of(e: Entity) -> set[str]:
        return {t.removesuffix("s") for t in ground.tokens(f"{e.name.removesuffix('.service')} {e.doc}")} | set(e.parts)

    # (what else is said names the thing it helps: a name of another unit the helper is not of)
    others = {w for w in words if w not in _HELPERS and w not in ground.FILLER and w not in ground.STOP
              and not lexicon.effects(w) and scene.named_by(w)}

    def helps(e: Entity, other: Entity) -> bool:  # ("Prometheus exporter for linen tracker counts": the tracker's)
        return any(len(w) >= 4 and w not in ground.GENERIC and w not in _HELPERS and w != "prometheus"
                   for w in words_of(e) & words_of(other))

    def of_what_is_said(e: Entity) -> bool:
        return all(ground.accounts_for(e, w) or w in words_of(e) or not any(
            ground.lexical(o, w, [w]) and not helps(e, o) for o in scene.of(UNIT) if o is not e) for w in others)
    helping = [m for m in kept if m.entity.kind != UNIT or (said <= words_of(m.entity) and of_what_is_said(m.entity))]
    if helping or not others:
        return helping
    # ("exporter mosquitto": the words of its name in another order, which name mosquitto itself first)
    named = [e for e in scene.of(UNIT) if said <= words_of(e) and others <= set(e.parts)]
    return [Match(named[0], 2.0, "part", tuple(sorted(said | others)))] if len(named) == 1 else []


def _a_units_words(said: str, scene: Scene) -> bool:
    """Whether what is said after its verb is two or more words of one unit's description, one a part of its name
    ("stop the crane telemetry" of crane-telemetry, "the recipe editor" of recipe-web), not a word alone that many
    things say ("turn off the power") nor a feature said with another program's name ("stop mosquitto telemetry")."""
    words = [w for w in ground.tokens(said)[1:] if w not in ground.FILLER and w not in ground.STOP]
    return len(words) >= 2 and any(
        set(words) & set(e.parts) and all(w in e.attributes or w in e.parts for w in words) and not any(
            w in o.aliases for w in words for o in scene.of(UNIT) if o is not e) for e in scene.of(UNIT))


def _describes_storage(word: str, scene: Scene) -> bool:
    """Whether a word said of a drive fits one the device has (or no drive in particular)."""
    if word in ground.FILLER or word in _ANY_DRIVE or word.endswith("'s"):
        return True
    return any(word in e.aliases or word in e.name or any(
        word in a.split() or word == a or (len(word) >= 4 and a.startswith(word))
        or ground.typo_of(word, a) or ground.label_stem_of(word, a) for a in e.attributes)
        for e in scene.of(STORAGE))


_DEICTIC = re.compile(r"\b(?:it|the new|just (?:plugged|put|inserted|connected|attached|added)|"
                      r"i (?:just )?(?:plugged|put|inserted|connected|attached)|this one|that one|"
                      r"newly|(?:this|that|the new) (?:usb |sd |flash |thumb )?(?:stick|drive|disk|"
                      r"card|key|one|thing|adapter|partition|volume|storage|device))\b")
_LEADING = re.compile(r"(?:(?:please|pls|plz|kindly|hey|hi|ok|okay|now|just|can you|could you|"
                      r"would you|will you|go|and|then|also)[,!]?\s*)*")
_PORT = re.compile(r"(?<![\w@.-])(?:/dev/)?(tty(?:usb|acm|s|ama|gs|tcu)\d+)(?![\w@.-])")
_SERIAL = re.compile(r"serial|uart|dongle|adapter|cable|ftdi|usb|port|console|line|tty")
_TTY_CASE = {"ttyusb": "ttyUSB", "ttyacm": "ttyACM", "ttyama": "ttyAMA", "ttygs": "ttyGS",
             "ttys": "ttyS", "ttytcu": "ttyTCU"}


def port_name(word: str) -> str:
    m = re.fullmatch(r"(tty[a-z]*?)(\d+)", word.lower().removeprefix("/dev/"))
    if not m:
        return word
    return f"/dev/{_TTY_CASE.get(m.group(1), m.group(1))}{m.group(2)}"


# For a command that asks for no change: the answer a learned classifier picks among say,
# ignore and report_status (the intent router's heads). It can only choose words, never an act.
Answers = Callable[[str], tuple[str, dict[str, Any]]]


class Interpreter:
    """Commands to proposals. `similarity` (a pretrained sentence encoder) grounds names by
    meaning; without it only words are matched (the rule controller)."""

    def __init__(self, name: str, similarity: ground.Similarity | None = None,
                 answers: Answers | None = None,
                 meaning_min: float = 0.33, meaning_fit: float = 0.45,
                 meaning_margin: float = 0.05, meaning_ratio: float = 0.8, meaning_unbacked: float = 0.55) -> None:
        self.name = name
        self.similarity = similarity
        self.answers = answers
        self.meaning_min = meaning_min  # below this a description does not fit at all
        self.meaning_fit = meaning_fit  # above this it fits clearly: two such are ambiguous
        self.meaning_margin = meaning_margin  # closer than this, two are ambiguous anyway
        self.meaning_ratio = meaning_ratio  # or when the second fits nearly as well
        # below this a fit that none of the phrase's own words backs is something else ("the track circuit
        # monitor" is no axle counter at 0.50; the cost: "the texting service" no longer finds an SMS alerter)
        self.meaning_unbacked = meaning_unbacked

    def decide(self, command: str, state: DeviceState,
               events: Sequence[HardwareEvent] = ()) -> Proposal:
        return replace(self.interpret(command, scene(state, events)), controller=self.name)

    # -- the steps --------------------------------------------------------------------------

    def interpret(self, command: str, scene: Scene) -> Proposal:
        proposal = self._read(command, scene)
        if proposal.tool != "say" or proposal.reading not in _UNREAD or (
                command.isascii() and proposal.reading != speech.Act.FOREIGN.value):
            return proposal  # (an English command's words are read as they are: "mount ARCHIVE03")
        if (latin := foreign.serbian_in_latin(command)) != command:
            return self._read(latin, scene)  # (Serbian in Cyrillic letters, read as in Latin ones)
        # a command it could not read, in another language: read again with the words that say one of the device's
        # own by their form ("हेडर" the header, "konveyör" the conveyor); what that proposes is a guess, held for a
        # confirmation with the read-back, and a question back is asked as it is
        formed = cognates.in_device_words(command, scene.vocabulary, lambda word: self._known(word, scene))
        if formed == command:
            return proposal
        guess = self._read(formed, scene)
        if guess.tool in _ANSWERS and guess.question is None:
            return proposal
        return replace(guess, confidence=min(guess.confidence, _BY_FORM),
                       reading=f"{guess.reading}, reading words by their form: {formed}"[:400])

    def _known(self, word: str, scene: Scene) -> bool:
        """Whether a word is one the readers read as it is: a name of the device's, a glossary's form, a guard's."""
        plain = glossary.plain(word)
        return self._names(plain, scene) or glossary.listed(plain) or bool(guards.said_kinds(plain, lambda w: False))

    def _read(self, command: str, scene: Scene) -> Proposal:
        if _CODE_BLOCK.match(command):  # "    systemctl stop mosquitto": markdown's code
            return _say("That reads like a block of code, quoted: say what to do plainly, e.g. "
                        "'restart nginx'.", "quoted")
        if _SYMBOLS_ONLY.fullmatch(unicodedata.normalize("NFKC", command)):
            return _say("I read only symbols after the verb: say plainly what to do, e.g. 'restart "
                        "nginx', or 'reboot' for the device.", "placeholder")
        said = speech.states_said_apart(speech.kept_said_apart(speech.without_where_shown(
            normalise(command, scene.names))))
        text = addressed.without_introduction(speech.without_courtesies(
            said, lambda word: word in scene.names or any(
                word in e.parts for e in scene.entities)), lambda word: word in scene.names)
        if len(text) > MAX_COMMAND:
            return _say("That is too long for one command: say what to do in a sentence.",
                        "too long")
        if not re.search(r"[a-z0-9]", text) and not more_languages.holds_a_verb(text) and not \
                more_languages.status_question(text):  # ("시스템 상태 좀 알려줘": a status asked)
            return _say("I did not catch a command. Type help for examples.", "empty")
        if _PLACEHOLDER.search(text):  # "restart $UNIT", "restart {{unit}}", "restart *"
            return _say("That looks like a placeholder from a template: say which service, drive, "
                        "link or LED you mean.", "placeholder")
        if _STATUS_LINE.fullmatch(text):  # "nginx: down" reports, as a status page does
            return _say("That reads like a status line. Say what to do, e.g. 'start nginx'.",
                        "status line")
        elsewhere = _ANOTHER_DEVICES_LINK.search(text)
        if elsewhere and not scene.named_by(elsewhere["device"].split()[-1]) and (
                elsewhere["device"] != "router" or elsewhere["where"]):
            # "turn off the wifi on the router upstairs": that device's, which I cannot reach
            return _say(f"That is the {elsewhere['device']}'s, another device: I can only switch this device's own "
                        "links and lights.", "another device")
        if _ONE_CONTAINER.search(text):
            # "kill the docker container that runs the dashboard": one container, which no unit is
            return _say("I cannot act on one container: I can only restart, start or stop the container engine "
                        "itself, which stops or restarts every container.", "a container")
        if _A_SETTING_TO_A_NUMBER.match(text):  # "change the lighting schedule to 16 hours on": a setting's value
            return _say("I cannot change a setting's value: I can start, stop or restart a service, switch a link "
                        "or an LED, mount a drive, set the power profile or reboot.", "out of catalog")
        if _E_STOP.fullmatch(text):  # "emergency stop": no service said
            return _say("I cannot trigger an emergency stop: that is the machine's own safety circuit. "
                        "Say which service to stop if you want one stopped.", "emergency stop")
        if lexicon.CANCEL.search(text):
            return Proposal("ignore", {"reason": "nothing to do"}, "", 1.0, "cancelled")
        # (as said, before a pause is put before why and words of other languages are read as English ones, where
        # the request is said in English:
        # "bring wwan0 up daha sonra take wlan0 down", whose "sonra" the English reading takes for "and"; "stop docker
        # siempre que disk is full", which is no request and why)
        as_said = text
        text = _blinking_stopped(_stopped_and_started(speech.endorsed(speech.why_set_off(text))))
        if lexicon.CANCEL_ACTION.search(text):
            return _say("I cannot cancel or put off an action: nothing in my catalog does that. "
                        "Nothing was done now.", "cancel an action")
        text = _A_CUT.sub(r"\1 outage", text)  # ("fibre cut, bring up the LTE": what happened)
        text = _IS_CONTRACTED.sub(r"\1 is ", text)  # ("the dry end scanner's off": how it is, as "is off")
        named = partial(self._device_name, scene=scene)
        text = speech.shown_quotes(foreign.as_english(foreign.restated(text, named), named))
        text = _floors(_temperatures(_directions(text, scene), scene), scene)
        text = values.delay_first(_corrected(
            _appositive(_hyphens_joined(_numbered(_spelled_names(text, scene), scene), scene)),
            lambda rest: self._names_something(rest, scene, (UNIT, INTERFACE, LED, STORAGE))))
        if _PROFILE_SET_BY_ANOTHER.search(text):
            # "profile lowered to powersave by the UPS script", "the installer set the profile to performance"
            return self._not_a_request(text, speech.SpeechAct(speech.Act.STATEMENT, "it says what was done"))
        if foreign.says_how_it_is(text):  # "de wifi staat uit": how it is
            return self._not_a_request(text, speech.SpeechAct(
                speech.Act.STATEMENT, "it says how something is"))
        if foreign.unread(text):  # "herstart nginx nooit (restart nginx)": not all of it read
            return self._not_a_request(text, speech.SpeechAct(
                speech.Act.FOREIGN, "I only act on plain English requests"))
        if addressed.to_someone_else(text, lambda word: self._names(word, scene)):
            # "Bob, reboot the box", "restart nginx, Maria": for that person to do
            return self._not_a_request(text, speech.SpeechAct(
                speech.Act.REPORTED, "it is said to someone else"))
        if why := guards.guarded(text, lambda word: self._names(word, scene)) or \
                (guards.english_request(as_said) and guards.guarded(
                    as_said, lambda word: self._names(word, scene), guards.AROUND_A_REQUEST)):
            # "stop ssh ikke", "restart nginx kanske": a word of another language that the
            # English reading would pass over takes it back
            return self._not_a_request(text, speech.SpeechAct(speech.Act.NEGATED, why))
        if _ALL_BUT_ONE.search(text):  # "reboot everything except nodered": a reboot restarts that one too
            return _say("I cannot restart everything but one: a reboot restarts every service. Say which services to "
                        "restart, one at a time.", "all but one")
        if _THEN_OUT_OF_CATALOG.search(text):  # "stop cups and disable it": two requests
            return _say("That is two requests, and I cannot do the second: say them one at a "
                        "time.", "two requests")
        if _RELOAD_ALONE.fullmatch(text):  # ("restart" alone reboots the device; "reload" alone is no reboot)
            return _say("What should I reload? Say the service's name, or 'reboot' for the device.", "no referent")
        if _SCHEDULED.search(text) and not values.delay(text).seconds:  # "schedule a reboot": when?
            return _say("When should it reboot? Say a delay, e.g. 'reboot in 30 minutes'.", "no time")
        if _DRY_RUN.search(text) and not (  # "restart nginx --dry-run": what it would do, not done
                # (a thing of the device called so: "the red dry-run light" of a pump's dry-running alarm)
                len(_DRY_RUN_THING.findall(text)) == len(_DRY_RUN.findall(text)) and any(
                    _DRY_RUN.search(f"{e.name} {e.summary}".lower()) for e in scene.entities)):
            return _say("I cannot try a change out without making it: say it plainly to have it "
                        "done.", "dry run")
        act = speech.analyse(text, _action_offsets, _effect_offsets,
                             lambda word: self._names(word, scene))
        if not act.is_request:
            return self._not_a_request(text, act)
        text = speech.without_reports(speech.unnegated(text, _effect_offsets))
        # ("power the box off for the night": the device, whatever LED says power)
        if _POWER_OFF_FIRST.match(text) or lexicon.POWER_THE_DEVICE_OFF.search(text) or (
                lexicon.POWER_OFF.search(text) and not self._names_something(
                text, scene, (UNIT, INTERFACE, LED)) and not any(
                _KIND_NOUNS[k].search(_head(text)) for k in (UNIT, INTERFACE, LED))):
            # ("turn off the lights on the board" is about the lights)
            return _say("I cannot power the device off; I can reboot it.", "out of catalog")
        attributes = {a for e in scene.entities for a in e.attributes}
        # "reboot-now" said of reboot-now.service names it: its verb is no request
        # (and what someone else wants to do: "full power please, the guests want to game on the tv")
        powered = [m.span() for m in (*_POWERED_FROM.finditer(text), *_SOMEONE_ELSE_DOES.finditer(text))]
        found = [f for f in lexicon.effects(text) if not _inside_a_name(text, f, scene)
                 and not _participle_after(text, f) and not _as_a_noun(text, f, scene)
                 and not any(a <= f.start < b for a, b in powered) and not _no_verb_here(text, f)]
        # "led1 blinks like crazy, turn it off": what a thing does is not what is asked, nor
        # what the speaker does ("reboot in twenty minutes, i'm parking the mount")
        # (nor how a thing is: "start the co2 dosing, the doors are shut now")
        asked = [f for f in found if not speech.inflected(text[f.start:f.end])
                 and not _said_by_the_speaker(text, f.start) and not _SAID_AS_HOW_IT_IS.search(text, 0, f.start)]
        found = asked if asked and len(asked) < len(found) else found
        # (nor how a thing kept apart is to stay: "start bluetooth (leave the tank 2 steriliser off)")
        kept = [m.span() for m in _KEPT_APART.finditer(text)]
        apart = [f for f in found if not any(a <= f.start < b for a, b in kept)]
        found = apart if apart and len(apart) < len(found) else found
        if any(a.effect is not b.effect and (_EITHER.fullmatch(text[a.end:b.start]) or _TWO_VERBS.fullmatch(
                text[a.start:b.end])) for a, b in pairwise(found)):
            # "restart or stop the tracker", "restart nginx, or stop it", "restart/stop nginx":
            # which of the two is not said
            return _say("Which should I do? Say one of them.", "either of two")
        if found and _what_happens(text, found, asked):
            # "mosquitto restarts", "nginx keeps going down", "took eth0 down", "eth1 brought
            # up", "restart nginx done": what happens or was done, not a request
            return self._not_a_request(text, speech.SpeechAct(
                speech.Act.STATEMENT, "it says what happens or was done"))
        if found and _told_as_it_is(text, found):
            # "mosquitto still down", "cups up as expected", "telegraf up for me": how a thing is
            return self._not_a_request(text, speech.SpeechAct(speech.Act.STATEMENT, "it says how things are"))
        text = self._ports_said(text, scene)
        first = min(_action_offsets(text) + [f.start for f in found] + [len(text)])
        ooc = next((m for m in lexicon.OUT_OF_CATALOG_VERB.finditer(text)
                    if not _as_noun(text, m) and m.group() not in attributes
                    and not _said_of_others(text, m.start())), None)
        topic = _topic(text)
        if topic and (asked_in := foreign.status_question(text)) and foreign.asked_first(text):
            topic = asked_in  # ("kakav je status mreže?": asked in another language, of its words' topic)
        if not found and topic and lexicon.STATUS_ASK.search(text) and not _SETTING.match(
                text) and not (ooc and _LEADING.fullmatch(text[:ooc.start()])) and not (
                "?" not in text and _profile_first_or_last(text)):
            # (not "max perf pls, the battery bank is full": a profile asked, then why, or after
            # it: "batteries are full, sun's out, go max performance")
            return _call("report_status", {"topic": topic}, 0.9, "status request")
        # what the catalog cannot do, unless a unit's description says it ("the printer
        # firmware" is klipper, "3D printer firmware")
        # (nor the words of a unit's description: "stop the crane telemetry" of "Stacker crane telemetry")
        modifier = next((m for m in lexicon.OUT_OF_CATALOG_MODIFIER.finditer(_asking(text))
                         if m.group() not in attributes and not _a_units_words(m.group(), scene)), None)
        task = _RUN_TASK.search(_focus(text))
        if task and not (task.group(1) in attributes or self._device_name(task.group(1), scene)):
            ooc, first = task, task.start()  # "run fsck on sda1" asks for fsck, no start
        main = _main_clause(text)
        machine, machine_said = lexicon.another_machine(main)
        if not machine:
            machine, machine_said = lexicon.another_machine_failing(text)
        if machine and not self._names_something(machine_said, scene, (UNIT, INTERFACE, LED)) and not any(
                set(machine.split()) <= {*e.parts, *e.aliases, *e.attributes, *ground.tokens(e.doc)}
                for e in scene.entities):  # ("restart the sticker printer": a label printer's service)
            return _say(f"The {machine} is another machine: I only reboot this device, or restart its services.",
                        "another machine")
        elsewhere = lexicon.ELSEWHERE.search(main)
        # (where someone else wants to do something is why: "the guests want to game on the tv")
        if elsewhere and not _SOMEONE_ELSE_DOES.search(main, 0, elsewhere.start()) and \
                not self._names_something(elsewhere.group(), scene, (UNIT, INTERFACE)):
            return _say(f"I only act on this device, not {elsewhere.group()}.", "elsewhere")
        if modifier or (ooc and ooc.start() <= first):
            what = ooc if ooc and ooc.start() <= first else modifier
            return _say(f"I cannot do that here ({what.group() if what else 'not in my catalog'})."
                       " I can restart, start or stop services, mount or unmount drives, bring"
                       " interfaces up or down, set LEDs, the power profile, or reboot.",
                       "out of catalog")
        effect = _effect(_KEPT_APART.sub(lambda m: " " * len(m.group()), text) if kept and apart else text, found)
        if effect is not None and any(
                _PAST_WHEN.search(c) and any(
                    not speech.inflected(c[f.start:f.end]) and c[f.start:f.end] not in _BARE_PARTICLES
                    and not _DID_NOT.search(c, 0, f.start)  # ("the backup didn't run last night, start it now")
                    for f in lexicon.effects(c))
                for c in speech.clauses(text)):
            # "restart lightdm last night", "kiosk restart 10 minutes ago": when it was done
            return self._not_a_request(text, speech.SpeechAct(
                speech.Act.STATEMENT, "it says when it was done, in the past"))
        possessed = _POSSESSED.search(text)
        if possessed and possessed[2] in ("drive", "disk", "storage") and any(
                ground.lexical(e, possessed[1], [possessed[1]]) for e in scene.of(STORAGE)):
            possessed = None  # ("the designer's drive" is the one labelled DESIGNER)
        if possessed and effect is not None:
            # "restart grafana's database": what grafana uses, which the state does not say
            return _say(f"Which one is {possessed[1]}'s {possessed[2]}? Say its name.",
                        "described by another")
        # ("turn the wifi off, i want to save battery": the profile is why, not what; "turn off
        # the power led to save power" is the LED; "switch to powersave, performance mode is a
        # bad idea")
        said = _TO_SAVE.sub(" ", text) if effect else text
        # ("we're in performance, go powersave": the profile it is in is not the one asked)
        profiled = [c for c in speech.clauses(text) if not speech.predicated(c, _action_offsets)
                    and not (_IN_PROFILE.match(c) and len(speech.clauses(text)) > 1) and not _NOT_THAT_ONE.fullmatch(c)]
        # (what is not needed is not asked for: "switch to balanced, this box doesn't need full power")
        needed = [c for c in profiled if not _NOT_NEEDED.search(c)]
        profile = lexicon.profile(_focus(said)) if effect else (
            lexicon.profile(", ".join(needed)) or lexicon.profile(", ".join(profiled)))
        if profile and _PROFILE_OF_A_UNIT.search(said):
            profile = None  # "restart the performance monitor", "the power save daemon": a unit
        if profile and all(_in_a_name(said, m.start(), scene) for m in lexicon.PROFILES[profile].finditer(said)):
            profile = None  # "the balance bridge has a bad cable": balance-bridge
        if profile and effect in (Effect.RESTART, Effect.REBOOT):
            if _PROFILE_RESTARTED.search(said):
                return _say("A power profile is not restarted: say which one to use, e.g. 'switch "
                            "to powersave'.", "profile restarted")
            profile = None  # ("restart the thing that applies powersave settings": a unit)
        # ("drop it to balanced", "take it down to powersave": down, to the profile said)
        lowered = profile and effect is Effect.OFF and any(
            re.search(r"\b(?:to|into)\s+(?:the\s+|a\s+)?$", said[:m.start()])
            for m in lexicon.PROFILES[profile].finditer(said))
        if profile and effect is Effect.OFF and not lowered and not self._names_something(
                _PROFILE_WORDS.sub(" ", said), scene, (UNIT, INTERFACE, LED)) and not all(
                    _SAID_AS_HOW_IT_IS.search(text, 0, f.start) for f in found if f.effect is Effect.OFF):
            # "turn off eco mode", "disable powersave": off is no profile of its own
            return _say("Which power profile should it use instead: performance, balanced or "
                        "powersave?", "profile off")
        # (in the profile's clause: "switch to balanced, no more batches tonight" names the batch export as why)
        of_profile = next((c for c in speech.clauses(said) if lexicon.profile(c)), said) if profile else said
        if profile and (effect is None or lowered or lexicon.PROFILE_CONTEXT.search(said)) and \
                not self._names_something(_PROFILE_WORDS.sub(" ", _POWERED_FROM.sub(" ", of_profile)), scene,
                                          (UNIT, INTERFACE, LED)) and \
                not _KIND_NOUNS[LED].search(_TO_SAVE.sub(" ", said)):
            # ("turn the power led back to normal", "eco mode for the power light": an LED
            # has no power profile)
            said_where = sorted((m.start(), m.end(), name) for name, words in lexicon.PROFILES.items()
                                for m in words.finditer(said))
            either = [(a[2], b[2]) for a, b in pairwise(said_where)
                      if a[2] != b[2] and re.fullmatch(r"\s*(?:or|/)\s*(?:maybe\s+)?", said[a[1]:b[0]])]
            if either:  # "max perf or balanced, whatever"
                return _say(f"Which profile: {' or '.join(either[0])}? Say one.", "either of two")
            profile_clause = next((c for c in speech.clauses(text) if lexicon.profile(c)), text)
            when = values.later(profile_clause) or _when_first(_PAUSE.split(text)[:-1])
            if when:  # "max performance for the demo tomorrow"
                return _say(f"I cannot wait for that ({when}): the profile would change at "
                            "once. Ask again when it should happen.", "scheduled")
            # "performance for an hour": not undone by itself ("max perf, benchmarking for the
            # next hour" says what the operator will do meanwhile)
            if held := (values.lasting(profile_clause) or values.lasting_after(text)
                        or values.for_an_errand(profile_clause)):
                return _say(f"I cannot undo it by itself after a while ({held}): the profile would "
                            "stay. Ask for it without that, and for the undo when it is time.", "lasting")
            return _call("set_power_profile", {"profile": profile}, 0.95, "power profile")
        if effect is None:
            return self._answer(text)
        if effect is Effect.REBOOT:
            text = speech.without_then(text)  # ("reboot in 45 min once the last arrival is in")
        proposal = self._act(text, effect, scene)
        if proposal.tool == "restart_service" and _a_light_restarted(text, proposal.args["unit"], scene):
            # ("cycle the red led", "turn the blue light off and on": a light, not node-red or bluetooth)
            return _say("A light cannot be restarted: say on, off or blink, e.g. 'turn the red LED off'.",
                        "a light restarted")
        delayed = proposal.tool == "reboot"
        held = values.lasting(_main_clause(text), delayed) or values.lasting_after(text, delayed) or (
            "" if proposal.tool in ("restart_service", "reboot") else values.for_an_errand(_main_clause(text)))
        if held and proposal.tool not in _ANSWERS:
            return _say(f"I cannot undo it by itself after a while ({held}): {_read_back(proposal)} "
                        "would stay so. Ask for it without that, and for the undo when it is time.",
                        "lasting")
        if proposal.tool in _NOT_DELAYED:
            return proposal
        if _cuts_off(proposal) and _in_use(text, proposal, scene):
            # "stop ssh, i'm still using it": the reason given speaks against the request
            return _say(f"You said it is still in use: {_read_back(proposal)} would cut that "
                        "off. Ask again without that if you want it anyway.", "in use")
        # ("restart nginx, 5 minutes from now", "in an hour, can you restart nginx": a first or
        # last clause of when alone)
        # (the clause that asks, not one before it that says what happened: "lims hasn't seen
        # run 0415, restart the uploader", "doors open at 6, restart the scanner")
        # (a dash too: "school group in 10 min and the scanner won't beep - restart it")
        pauses = _PAUSE_OR_DASH.split(text.rstrip(" .!"))
        asking = next((c for c in pauses if any(f.start == _opening_words(c) for f in lexicon.effects(c))),
                      _main_clause(text))
        # ("start it pls we need it tonight": when it is needed, which is why now)
        asking = speech.BY_WHEN.sub(" ", _NEEDED_THEN.sub(" ", asking))  # (and "restart NOW kickoff in 5")
        # (or a clause of when alone before the request: "come close - restart the display")
        when = values.later(asking) or _when_alone(pauses[-1]) or _when_first(pauses[:-1]) or next(
            (p.strip(" ,.-") for p in _DASH.split(text)[:-1] if values.later(p) == p.strip(" ,.-")), "")
        if when:
            return _say(f"I cannot wait for that ({when}): {_read_back(proposal)} would run at "
                        "once. Ask again when it should happen.", "scheduled")
        return proposal

    def _answer(self, text: str) -> Proposal:
        """A command that asks for no change: which answer (a report, nothing, or words)."""
        if self.answers:
            tool, args = self.answers(text)
            if tool == "report_status":
                return _call(tool, args, 0.8, "status request (router)")
            if tool == "ignore":
                return Proposal(tool, {"reason": "nothing to do"}, "", 0.8, "cancelled (router)")
        return _say("I did not understand what to do. Say it like: restart nginx, mount "
                    "sdb1, turn wifi off, reboot in 10 minutes.", "no action word")

    def _not_a_request(self, text: str, act: speech.SpeechAct) -> Proposal:
        topic = _topic(text)
        # "how do I shut an interface?" asks how, "never stop docker, ok?" sets a rule: no
        # report answers either
        # ("is the 4g link up or not": a question of state, not a hypothetical)
        asked = act.act is speech.Act.QUESTION or (
            act.act is speech.Act.HYPOTHETICAL and (_WHETHER_OR_NOT.fullmatch(text) is not None or (
                _TELL_ME.match(text) is not None and not _action_offsets(_WHAT_IT_DOES.sub(" ", text)))))
        # "wie voll ist die Platte?", "AOI图片那个盘还剩多少空间？"
        asked_status = foreign.status_question(text) or more_languages.status_question(text)
        if asked and topic and not lexicon.SMALL_TALK.search(text) \
                and not _HOW_TO.match(text) and not speech.leads_with_negation(text):
            # (asked in another language, by its words: "ada perangkat usb baru yang masuk?" asks of events)
            topic = asked_status if asked_status and foreign.asked_first(text) else topic
            return _call("report_status", {"topic": topic}, 0.9, "status question")
        if act.act in (speech.Act.QUESTION, speech.Act.FOREIGN) and asked_status:
            return _call("report_status", {"topic": asked_status}, 0.9,
                         "status question (other language)")
        if lexicon.SMALL_TALK.search(text):
            return _say("I only look after this device: services, drives, network links, LEDs, "
                       "power and reboots.", "small talk")
        return _say(f"I will not act on that: {act.why}. If you want something done, say it "
                   "plainly, e.g. 'restart nginx'.", act.act.value)

    def _names(self, word: str, scene: Scene) -> bool:
        """Whether a word names (or describes) something of the device, or a kind of thing."""
        if any(p.fullmatch(word) for p in _KIND_NOUNS.values()) or lexicon.SELF.fullmatch(word) \
                or lexicon.PROFILE_CONTEXT.fullmatch(word) or _PORT.fullmatch(word) \
                or _SERIAL.fullmatch(word):
            return True
        # any part of a name counts ("pump control restart": pump-control)
        return any(word in e.parts for e in scene.entities) or scene.named_by(word)

    def _ports_said(self, text: str, scene: Scene) -> str:
        """A well-known port said as what is meant ("whatever listens on 1883") said as what
        listens on it ("the mqtt broker"); not when a unit is named ("start ssh on port 2222"
        configures it) nor beside what the catalog cannot do ("open port 8123")."""
        said = _PORT_SAID.search(text)
        if said is None or int(said.group(1)) not in ground.PORTS or \
                lexicon.OUT_OF_CATALOG_VERB.search(text) or \
                self._names_something(text, scene, (UNIT,)):
            return text
        return f"{text[:said.start()]} the {ground.PORTS[int(said.group(1))]} {text[said.end():]}"

    def _device_name(self, word: str, scene: Scene) -> bool:
        """Whether a word is a name of the device's (or a part of one, or a typo of one), or a
        word of what it is ("la chiavetta kingston", "el puente de victron")."""
        return scene.named_by(word)

    def _names_something(self, text: str, scene: Scene, kinds: Sequence[str]) -> bool:
        words = ground.tokens(text)
        return any(m.score >= 2.0 for e in scene.entities if e.kind in kinds
                   if (m := ground.lexical(e, text, words)))

    def _unknown_name(self, text: str, scene: Scene) -> str | None:
        """A word spelled like a name (a digit in it, a .service suffix, a device path, parts
        joined by -_.@) that names nothing on the device: the command is about that."""
        for word in _IDENTIFIER.findall(_without_effects(text)):
            if _PORT.fullmatch(word) or _SIZE.fullmatch(word) or values.delay(word).seconds \
                    or re.fullmatch(r"\d+(?:[.,:]\d+)*", word):
                continue  # "reboot in 1.5 minutes", "at 10:30"
            if any(word in e.name.lower() or word in e.aliases or word in e.parts or
                   word in e.attributes or word in ground.tokens(e.doc) for e in scene.entities):
                continue  # (or its description's: "the backup job that goes to B2")
            if word in scene.event_names.get(STORAGE, []) + scene.event_names.get(INTERFACE, []):
                continue
            return str(word)
        for e in scene.of(UNIT):  # "the 16-main cluster", "the 15-backup one" beside postgresql@15-main
            for number, rest in re.findall(r"@(\d+)-([a-z]+)", e.name.lower()):
                for other in _NUMBER_DASH_WORD.finditer(text):
                    same = (other[1], other[2]) == (number, rest)
                    if (not same and (other[1] == number or other[2] == rest)) or (same and other[3]):
                        return other.group()
        for word in _LED_NAME.findall(text):  # "yellow:status" beside green:status
            if word.split(":")[0] in ground.COLOURS and not any(e.name.lower() == word for e in scene.entities):
                return str(word)
        # a name of hyphenated words the device does not have: "isc-dhcp-server", or a sibling
        # of one it has, "grafana-agent" beside grafana-server (not "on-air" of red:onair, nor
        # "read-only" or "x-ray": English words)
        for word in _HYPHENATED.findall(_without_effects(text)):
            parts = word.split("-")
            if any(_written(word, e) for e in scene.entities) or lexicon.profile(word) or \
                    _WRITE_WORD.search(word):
                continue
            # a package's name, ending in what it is: "grafana-agent" beside grafana-server,
            # whose "agent" names nothing here; "isc-dhcp-server", whose "isc" names nothing
            unknown = [p for p in parts if not self._names(p, scene)]
            owners = [e for e in scene.entities for p in parts[:-1] if p in e.parts]
            if parts[-1] in _PACKAGE_ROLES and ((unknown and (
                    (unknown[0] == parts[0] and (len(parts) >= 3 or len(parts[0]) >= 4)) or owners))
                    or (owners and not any(ground.accounts_for(e, parts[-1]) for e in owners))):
                # ("telegraf-agent" beside telegraf and a mail transport agent: neither)
                return str(word)
            # a sibling of a unit here, said alone as a name that begins as the unit's does, by a
            # part that says nothing of it: "avahi-dnsconfd" beside avahi-daemon,
            # "prometheus-node-exporter-collectors" beside the exporter (not "the right-hand
            # display driver", nor a light, a drive or a link)
            programs = [e for e in owners if e.kind == UNIT and e.name.lower().startswith(f"{parts[0]}-")]
            alone = re.search(rf"{re.escape(word)}(?:\.service)?\s*(?:$|[,.;:!?]|(?:please|pls|now)\b)", text)
            of_a_program = not any(_KIND_NOUNS[k].search(text) for k in (LED, STORAGE, INTERFACE))
            if programs and alone and of_a_program and any(len(p) >= 4 and not self._names(p, scene) and not any(
                    ground.accounts_for(e, p) for e in programs) and not any(
                    noun.fullmatch(p) for noun in _KIND_NOUNS.values()) for p in parts):
                return str(word)
        return None

    def _act(self, text: str, effect: Effect, scene: Scene) -> Proposal:
        if effect is Effect.CONSOLE:
            return self._console(text, scene)
        whole, text = text, _focus(text)  # what is acted on is said in the clause that asks
        main = next((c for c in _PAUSE.split(whole) if any(f.start == _opening_words(c) for f in lexicon.effects(c))),
                    _main_clause(whole))
        at = whole.find(main)
        joined = _NUMBERS_JOINED.search(whole, at) if at >= 0 else None
        if joined and _one_name_numbers(joined.group(), scene):
            joined = None  # ("runway 09 27 edge circuit" is rwy09-27's, one name)
        if _EITHER_THING.search(whole):
            return _say("Which one should I do it to? Say one of them.", "either of two")
        if _BOTH.search(_main_clause(text)) or (joined and joined.start() < at + len(main)):
            # "restart both print services", "restart blower 1 and 2", "zones 1, 2 and 3": two
            # things, one call each (not "pumps 3 and 4 are down, restart the bridge")
            return _say("I do one thing at a time: say which one, then the other.", "two things")
        # (or said last, set off from the clause that asks: "bring up the ethernet, eth1")
        after = whole[len(text):] if whole.startswith(text) else ""
        unknown = self._unknown_name(text, scene) or (
            self._unknown_name(after, scene) if len(after.split()) == 1 else None)
        if unknown:
            return self._absent(unknown, _kind_of_name(unknown), scene)
        if effect in (Effect.MOUNT, Effect.UNMOUNT):
            return self._storage(text, effect, scene, whole)
        if effect in (Effect.ON, Effect.OFF) and _DEICTIC.search(text) and \
                scene.event_names.get(STORAGE) and not _PORT.search(text) and \
                not self._names_something(text, scene, (UNIT, INTERFACE, LED)):
            # "load it" said of the stick the request's events bring
            return self._storage(text, Effect.MOUNT if effect is Effect.ON else Effect.UNMOUNT,
                                 scene, whole)
        kinds = {Effect.BLINK: (LED,), Effect.RESTART: (UNIT,), Effect.REBOOT: (UNIT,),
                 Effect.ON: (UNIT, INTERFACE, LED, STORAGE),
                 Effect.OFF: (UNIT, INTERFACE, LED, STORAGE)}[effect]
        if len(kinds) > 1 and _WHAT_DRIVES_IT.search(text):
            kinds = (UNIT,)  # "stop the process blinking the call led": a program, not the light
        said = _object_words(_main_clause(text)).split()
        if len(said) > 1 and said[-1] in _PROGRAM_HEADS and len(kinds) > 1:
            kinds = (UNIT,)  # "stop the wifi watchdog", "the power LED blinker": a program
        cut = _HEAD_ENDS.search(text)  # ("the network port the LED wall is on")
        head = text[:cut.start()] if cut else text
        if effect is Effect.RESTART and ((_LINK_ONLY.fullmatch(_object_words(head)) and
                                          not self._names_something(text, scene, (UNIT,)))
                                         or _link_named_alone(head, scene)):
            # "restart the wifi": a link is taken down and brought up, not restarted
            # ("restart networking" with networking.service restarts that)
            links = [e for e in scene.of(INTERFACE) if e.name != "lo"]
            said = [e.name for e in links if ground.lexical(e, text, ground.tokens(text))]
            return _say("I cannot restart a network link in one step: I can take "
                        f"{' or '.join(said or [e.name for e in links]) or 'it'} down, or bring "
                        "it up.", "restart a link")
        matches = self._ground(text, scene, kinds)
        held = _HELD_BY_IT.search(_main_clause(text))
        if held and not lexicon.effects(held[1]) and not (
                lexicon.SELF.fullmatch(held[1]) or set(held[1].split()) <= _SOME_THING | ground.STOP):
            on_it = self._ground(held[1], scene, kinds)
            if not on_it:
                # "pump 2 tripped, restart the motor on it": a part of it the device runs nothing for
                return self._absent(held[1], kinds[0], scene)
            if len(on_it) == 1:
                matches = on_it  # ("pump 2 tripped, restart the exporter on it": the exporter, not the pump)
        its = _ITS.search(whole) if whole else None
        if its and not lexicon.effects(its[1]):
            # "chalet 2 heat pad feels cold, restart its controller": the controller of what "it" stands for
            subject, _ = _referent(f"{whole[:its.start()]}it{whole[its.end():]}")
            # ("canister low light is on but I refilled it, shut that light off": the light said)
            its_own = subject if subject and its[1] in subject.split() else f"{subject} {its[1]}"
            of_it = self._ground(its_own, scene, kinds) if subject else []
            # (only to find what the words alone do not, or to pick among what they fit alike)
            # (found by a word of what "it" is: "the shift display ... its controller" is no kiln controller)
            # (an instance's own short id counts: "2b press is choked, stop its service")
            subject_words = [t for t in ground.tokens(subject or "") if (len(t) >= 3 or re.search(r"\d", t))
                             and t not in its[1].split()]
            of_it = [m for m in of_it
                     if any(t in w or w in t for w in " ".join(m.words).split() for t in subject_words)]
            # ("its" is of that thing, whatever the words alone fit; "that X" only fills in or picks among equals)
            if len(of_it) == 1 and (its.group().startswith("its") or not matches or (
                    len({m.how for m in matches}) == 1 < len(matches) and
                    of_it[0].entity in {m.entity for m in matches})):
                matches = of_it
            elif not of_it and subject and its.group().startswith("its"):
                # ("right-hand copy stand froze, restart its capture": a word of it is one instance's id)
                picked = [m for m in matches if "@" in m.entity.name and any(
                    t.startswith(_instance_id(m.entity.name)) for t in subject_words)]
                if len(picked) != 1:
                    # "docker is slow, restart its exporter": no exporter of docker is here (nor of a thing not here)
                    return self._absent(its_own, kinds[0], scene)
                matches = picked
        referent, fine = _referent(text) if text == whole else (None, [])
        notices = re.search(r"\b(alerts|alarms|notifications|pages|pings|chatter|alrets|aelrts)\W*$", referent or "")
        if notices and not any(notices[1].removesuffix("s") in (*e.parts, *e.attributes) for e in scene.entities):
            # "the south scanner alerts, stop them": the alerts, which no unit is
            return _say("I cannot silence alerts or alarms: I can only stop a service, and that is not "
                        "what you asked. Say which service to stop if you want one stopped.", "notices")
        if referent:
            # "the navigation server won't open charts, restart him": what "him" stands for
            # ("the thing grafana depends on hangs, restart it": not grafana)
            meant = self._ground(referent, scene, kinds)
            if not meant and ground.absent_product(ground.tokens(referent), scene.entities):
                # "prometheus is eating the memory, restart it" with only its exporter here
                return self._absent(referent, kinds[0], scene)
            if not meant and matches and self._candidates(referent, scene, kinds) and all(
                    all(_phrase(w, referent) for w in m.words) for m in matches):
                # "the feed mixer froze, restart it": what it is said to be is not here, so not
                # the feed pusher its words fit
                return self._absent(referent, kinds[0], scene)
            matches = meant or matches
            named = [m for m in matches if m.score >= 2.0]
            # ("the lasergraphics capture hung, restart it": by its name, not the other capture)
            if " and " not in referent:  # (one subject; two are both asked about)
                named = [m for m in named if m.score >= max(n.score for n in named) - 1e-9]
            if len(named) > 1 and isinstance(lettered := _by_lettered_word(named, referent), Match):
                named = matches = [lettered]  # ("C flute single facer monitor is giving garbage, restart it")
            if len(named) > 1 and len(instanced := _prefer_the_instance_said(named, referent)) == 1:
                named = matches = instanced  # ("the GC-MS export on the second Agilent is dead, restart it")
            if len(named) > 1:  # "nginx and grafana are hanging, restart it": which?
                return self._ask(named, [self._entity_call(effect, m, text) for m in named])
        elif text == whole and _PRONOUN.search(main := _main_clause(text)) and \
                not _object_words(_PRONOUN.sub(" ", main)):
            # "nginx proxies grafana which hangs, restart it": two named, none said to be "it"
            # (never one the words say is another: "the render node for projectors C and D")
            named = [m for e in scene.entities if e.kind in kinds
                     if (m := ground.lexical(e, text, ground.tokens(text))) and m.score >= 2.0
                     and not ground.contradicts(e, text)]
            # (not instances of which the number said one: "charger 2's bridge died, get it up")
            if len(named) > 1 and not (len(matches) == 1 and matches[0].entity in {m.entity for m in named}
                                       and "@" in matches[0].entity.name and matches[0].score >= 3.0):
                matches = named
        if text == whole and not referent and _PRONOUN.search(_main_clause(text)):
            # "shut it down, we're decommissioning turbine 7": "it" is not what we do things to
            ours = " ".join(c for c in speech.clauses(whole) if _WE.match(c)
                            and not _action_offsets(c))
            if ours:
                matches = [m for m in matches if not all(_phrase(w, ours) for w in m.words)]
        if fine:
            # "nginx is fine, restart it": not what is fine
            ok = {m.entity for c in fine for m in self._ground(c, scene, kinds)}
            matches = [m for m in matches if m.entity not in ok]
            if not matches and not referent:
                return _say("Which one do you mean? Say its name.", "no referent")
        gone = self._ruled_out(whole, scene, kinds, matches)
        if gone:
            # "restart the klipper api, not klipper itself": what is ruled out is not meant
            kept = [m for m in matches if m.entity not in gone]
            best = self._choose(matches) if matches else []
            second = not kept or (isinstance(best, Match) and best.entity in gone)
            if not kept:
                its_words = {w for e in gone for w in (*e.aliases, *e.parts)}
                rest = " ".join(w for w in text.split() if w not in its_words)
                kept = [m for m in self._ground(rest, scene, kinds) if m.entity not in gone]
            if not kept:
                return self._absent(text, kinds[0], scene)
            # what is left of the best fits only by words that described what is ruled out
            # ("unmount the boot partition, not bootfs", "the time service, not chrony"): asked
            described = {w for e in gone for w in (*e.attributes, *e.parts)}
            if second and any(set(" ".join(m.words).split()) & described for m in kept):
                return self._ask(kept, [self._entity_call(effect, m, text) for m in kept])
            matches = kept
        sides = re.split(r"\s+or\s+", _main_clause(text), maxsplit=1)
        if len(sides) == 2:
            # "restart the web server or frigate", "the mqtt or node red, whichever": asked
            either = [self._ground(side, scene, kinds)[:1] for side in sides]
            named = list({m.entity.name: m for side in either for m in side}.values())
            if len(named) == 2:
                return self._ask(named, [self._entity_call(effect, m, text) for m in named])
        verbs = lexicon.effects(text)
        if matches and matches[0].entity.kind == UNIT and effect in (Effect.ON, Effect.OFF) and \
                verbs and text[verbs[0].start:verbs[0].end] in ("enable", "disable"):
            # "enable ssh", "disable telegraf": whether it starts at boot, as systemctl says it
            return _say("Enabling or disabling a service is whether it starts at boot, which I "
                        "cannot change. Say start or stop if you want it running or not now.",
                        "enable a service")
        if matches and matches[0].entity.kind == UNIT and effect in (Effect.ON, Effect.OFF) and \
                verbs and _NOT_A_SERVICE_VERB.fullmatch(text[verbs[0].start:verbs[0].end]) and (
                    # ("remove the label printer service" uninstalls it: no stop either)
                    not re.search(r"\b(?:service|daemon|unit|server)\b", text) or
                    text[verbs[0].start:verbs[0].end] in ("remove", "uninstall", "delete", "purge")):
            # "open the garage", "close the barn", "remove nginx": a door, a gate or a package,
            # not a service started or stopped
            return _say("I can start or stop a service, not open, close or remove it: say start or "
                        "stop and which one.", "not a service verb")
        if matches and matches[0].entity.kind == STORAGE:
            # "connect the usb drive", "remove sdb1": generic verbs said of a drive (but "stop
            # the drive" of a robot is its motors, not a disk)
            # (and a drive switched off is no drive taken out: "turn the kura off", "the log stick off pls")
            if effect is Effect.OFF and (any(_HALTING.fullmatch(text[f.start:f.end]) for f in lexicon.effects(text))
                                         or not _DETACHING.search(text)):
                return _say("To take a drive out of use, say unmount and which drive.",
                            "halt a drive")
            if effect is Effect.ON and all(m.how not in ("name", "typo") for m in matches) and \
                    not _KIND_NOUNS[STORAGE].search(text):
                # "start the exhibit", "run games", "backup on": what a drive's label says is
                # started, not the drive mounted
                return self._absent(text, UNIT, scene)
            return self._storage(text, Effect.MOUNT if effect is Effect.ON else Effect.UNMOUNT,
                                 scene, whole)
        if effect in (Effect.RESTART, Effect.REBOOT):
            # "reboot shairport": a unit named (or nearly) is restarted; the device only when
            # nothing is named
            # (or by the kind of program it is: "reboot the database")
            strong = [m for m in matches if effect is Effect.RESTART or m.score >= 2.0
                      or m.how == "typo" or (m.how == "attribute" and set(m.words) <= ground.KIND_WORDS)]
            main = _main_clause(text)
            if effect is Effect.REBOOT:
                # ("reboot it before shabbos": when, not what, beside shabbat-mode; "Docker here. please reboot":
                # who asks, not what)
                timed = _WHEN_SAID.sub(" ", _WHO_IS_HERE.sub(" ", text))
                strong = [m for m in strong if any(_phrase(w, timed) for w in m.words)]
            box = _A_BOX_BY_ITS_PLACE.fullmatch(_object_words(speech.without_when(main)))
            if effect is Effect.REBOOT and box and all(
                    "@" in m.entity.name and box[1] not in (*m.entity.parts, *m.entity.attributes) for m in strong):
                # "reboot the wither box in two hours", "the vault box": the device, said by where
                # it is or the section its instances' name says (but "the grafana box" is the box
                # grafana-server runs on)
                strong = matches = []
            at = whole.find(main.strip())
            said_first = at >= 0 and whole != main and not _FIRST_WORDS.sub("", whole[:at]).strip(" ,.!")
            if effect is Effect.REBOOT and ((not _PRONOUN.search(main) and values.delay(main).seconds) or said_first):
                # (and "reboot right now, node-red is eating all the memory": why, said after)
                # "the weewx sync runs now. reboot in an hour": a later reboot of what it names
                # ("weewx is stuck, reboot" is still weewx; "reboot in three quarters of an
                # hour" names no bell-striker@quarter)
                spoken = values.without_delays(main)
                strong = [m for m in strong if any(_phrase(w, spoken) for w in m.words)]
            if not strong:
                # "reboot in 10 min, class ends" reboots; "x is stuck, restart it" names x
                # ("the whole till is frozen and customers are waiting, reboot it": the till)
                # ("reboot it now, nginx wont respond": "it" said first is the device)
                rest = _object_words(_without_timing(main) if effect is Effect.REBOOT and said_first
                                     else referent or _without_timing(self._without_idle_whys(text, scene))
                                     if _PRONOUN.search(main)
                                     else speech.without_when(main) if values.delay(main).seconds
                                     else main)
                if _SOME_ONE.search(values.without_delays(main)) or (
                        _PRONOUN.search(main) and _SOME_ONE.search(values.without_delays(
                            whole))):  # "restart one", "the dead one, restart it": of what?
                    return self._absent(text, UNIT, scene)
                if effect is Effect.RESTART and not referent and _PRONOUN.search(main) and \
                        not lexicon.SELF.search(_PRONOUN.sub(" ", whole)):
                    # "restart it again": said of something named before, not here
                    return _say("What should I restart? Say its name, or 'reboot' for the "
                                "device.", "no referent")
                # ("restart the till": its point-of-sale program, or one not here)
                till = effect is Effect.RESTART and rest == "till"
                heading = whole[:at].strip(" ,.:;!-") if at > 0 else ""
                if effect is Effect.RESTART and not rest and not _PRONOUN.search(main) and (
                        _A_HEADING.fullmatch(heading) or _KIND_NOUNS[UNIT].search(heading)) and \
                        not lexicon.SELF.search(heading):
                    # "barn 3 climate, restart", "nginx — restart": what the heading names, not here (the
                    # device only when it is the heading: "the box, restart"), or a program told of first
                    # ("fingerprint enrolment service has hung — please restart")
                    return self._absent(text, UNIT, scene)
                if not till and (not rest or lexicon.SELF.fullmatch(rest) or re.fullmatch(
                        rf"(?:{lexicon.SELF.pattern}|\s)+", rest) or (
                        # "reboot the server": what the device is, with nothing named
                        # ("reboot it straight away, the HMI is frozen": the device as seen)
                        effect is Effect.REBOOT and not matches and rest in _THE_DEVICE_AS_SEEN) or (
                        # "reboot the barn box": one word of where it is, then what it is
                        # ("restart the camera node" may be a program's node)
                        effect is Effect.REBOOT and not matches and not _ANOTHER.match(rest) and
                        not _PERIPHERAL.match(rest) and  # ("power cycle the usb hub")
                        re.fullmatch(rf"[a-z]+ (?:{lexicon.SELF.pattern})", rest) and
                        # (not an appliance of another kind: "the card machine", "the fibre box")
                        not _ANOTHER_APPLIANCE.match(rest))):
                    if any(f.effect is Effect.CONSOLE for f in lexicon.effects(main)):
                        # "restart the console": which one is no reboot of the device
                        return _say("Which console? I can attach one to a serial port (such as "
                                    "/dev/ttyUSB0) or restart a getty service by its name.",
                                    "which console")
                    return self._reboot(whole)
                return self._absent(text, UNIT, scene)
            matches = strong
        if not matches:
            kind = next((k for k in kinds if _KIND_NOUNS[k].search(text)), kinds[0])
            return self._absent(text, kind, scene)
        numbered = _A_NUMBERED_LINK.search(text)
        if numbered and all(m.entity.kind == INTERFACE and m.how == "attribute" for m in matches) and not any(
                numbered[1] in m.entity.name for m in matches) and len(matches) < int(numbered[1]):
            return self._absent(text, INTERFACE, scene)  # "ethernet 2" beside eth0 alone: not here
        matches = _prefer_programs(_prefer_state(_prefer_links(matches, text), effect), text)
        matches = _prefer_the_range_said(_prefer_the_instance_said(
            _with_namesakes(_with_kin(matches, text, scene), text, scene), text), text)
        chosen = self._choose(matches)
        # (and a thing said after the asking clause: "restart nginx, redis", "restart nginx / redis")
        both_in = whole if after and len(after.split()) <= 4 else text
        if isinstance(chosen, Match) and (both := _both_named(matches, both_in, scene, chosen.entity.kind)):
            chosen = both  # "restart nginx and grafana": not only the one named in full
        if isinstance(chosen, Match):
            chosen = _with_instances(chosen, scene, text)
        if isinstance(chosen, list):
            chosen = _the_other(chosen, whole, text)
        if isinstance(chosen, list):
            chosen = _by_other_words(chosen, text)
        if isinstance(chosen, list):
            chosen = _by_instance_said(chosen, whole)
        if isinstance(chosen, list):
            chosen = _by_context(chosen, whole, text, scene)
        if isinstance(chosen, list):
            chosen = _by_said_state(chosen, whole)
        if isinstance(chosen, list):
            chosen = _by_clipped_word(chosen, whole)
        if isinstance(chosen, list):
            chosen = _by_lettered_word(chosen, whole)
        if isinstance(chosen, list):
            chosen = _by_own_function(chosen)
        if isinstance(chosen, list) and _ANY_WILL_DO.search(whole):
            chosen = chosen[0]  # "blink a light, any light is fine": the operator lets me pick
        if isinstance(chosen, list):
            return self._ask(chosen, [self._entity_call(effect, m, text) for m in chosen])
        if chosen.how != "name" and _numbered_otherwise(chosen.entity, whole, scene):
            return self._absent(whole, chosen.entity.kind, scene)  # "hall 3 jams, restart its gateway"
        return self._entity_call(effect, chosen, text)

    def _ruled_out(self, whole: str, scene: Scene, kinds: Sequence[str],
                   among: Sequence[Match] = ()) -> set[Entity]:
        """What the command rules out: "not klipper itself", "not the sandisk" (a drive by
        any word; anything else by its name). Of the candidates `among`, one whose name has the
        word ruled out is ruled out too when that word names something else as well: "the
        turbine controller, not the watchdog" is not turbine-ctl-watchdog, whatever
        watchdog.service is."""
        gone = set()
        for x in _EXCLUDED.finditer(whole):
            said = next(g for g in x.groups() if g)
            said = re.sub(r"\s+(?:one|alone|itself)$", "", said)
            named = self._ground(said, scene, kinds)
            chosen = self._choose(named) if named else []
            out = {m.entity for m in (chosen if isinstance(chosen, list) else [chosen])}
            # (not of a thing kept apart: "don't touch the database server, restart grafana" keeps grafana-server)
            if out and not out & {m.entity for m in among} and x.lastindex != _EXCLUDED.groups:
                head = said.split()[-1].lower()
                out |= {m.entity for m in among if head in re.split(r"[-@._]", m.entity.name.lower())}
            gone |= out
        return gone

    def _without_idle_whys(self, text: str, scene: Scene) -> str:
        """The text without a reason after the request that names nothing here: "reboot it in
        ten minutes, it's smoko" (but "restart it, it's the web server" says what "it" is)."""
        parts = speech.clauses(text)
        return ", ".join(p for i, p in enumerate(parts) if not i or not _WHY.match(p)
                         or self._ground(p, scene, (UNIT,)))

    def _entity_call(self, effect: Effect, match: Match, text: str) -> Proposal:
        entity = match.entity
        confidence = {"name": 1.0, "event": 0.95, "typo": 0.85, "part": 0.85,
                      # chosen among equals by what the rest of the command says: held
                      "attribute": 0.85, "context": 0.6}.get(match.how, 0.9 if match.score >= self.meaning_fit
                                             else 0.6)
        why = f"{effect.value} {entity.name} (by {match.how}: {', '.join(match.words)})"
        if entity.kind == UNIT:
            tool = {Effect.RESTART: "restart_service", Effect.REBOOT: "restart_service",
                    Effect.ON: "start_service", Effect.OFF: "stop_service"}.get(effect)
            if effect is Effect.ON and _RECONNECT.search(text) and "vpn" in entity.attributes:
                tool = "restart_service"  # a vpn reconnects by starting over
            if effect is Effect.ON and entity.state == "active" and _GOT_BACK.search(text):
                tool = "restart_service"  # ("the screen went black, bring it back": running, so started over)
            if tool is None:
                return _say(f"{entity.name} is a service: I can restart, start or stop it.")
            return _call(tool, {"unit": entity.name}, confidence, why)
        if entity.kind == INTERFACE:
            if effect not in (Effect.ON, Effect.OFF):
                return _say(f"I can bring {entity.name} up or down, one at a time.")
            return _call("set_network", {"interface": entity.name,
                                          "state": "up" if effect is Effect.ON else "down"},
                          confidence, why)
        if entity.kind == LED:
            state = {Effect.ON: "on", Effect.OFF: "off", Effect.BLINK: "blink"}.get(effect)
            if state is None:
                return _say(f"{entity.name} can be on, off or blinking.")
            return _call("set_led", {"name": entity.name, "state": state}, confidence, why)
        return _say("I did not understand what to do with that.")

    def _reboot(self, text: str) -> Proposal:
        # the delay of the clause that asks: "reboot in 10 min, it has been slow for 2 hours"
        # (not how soon an occasion is: "reboot now kickoff in 5 minutes")
        main = speech.BY_WHEN.sub(" ", _main_clause(text))
        said = values.delay(main)
        stated = said if said.seconds is not None or said.problem or _RIGHT_NOW.search(main) \
            else _time_alone(text)
        # a time of day, then how long that is: "reboot at closing, so like 2 hours from now"
        if stated.problem and (same := _THAT_IS.search(text)) and (wait := values.delay(same["wait"])).seconds:
            stated = wait
        if stated.problem:
            problem = stated.problem[0].upper() + stated.problem[1:]
            return _say(f"Reboot when? {problem}{'' if problem.endswith('?') else '.'}",
                        "unclear delay")
        return _call("reboot", {"delay_s": stated.seconds or 0}, 0.95, "reboot the device")

    def _storage(self, text: str, effect: Effect, scene: Scene, whole: str = "") -> Proposal:
        """`text` says which drive; `whole`, the full command, how to mount it."""
        mounting = effect is Effect.MOUNT
        tool = "mount_storage" if mounting else "unmount_storage"
        text = _as_labels_write(text, scene)
        said = _STORAGE_MODIFIER.search(text)
        if said and not all(_describes_storage(w, scene) for w in said.group(1).split()) and \
                not _describes_storage(said.group(1).replace(" ", ""), scene):  # SOLARLOG
            return self._absent(said.group(1), STORAGE, scene)  # "the thursday backup drive"
        if _beside_another(text, scene):
            return self._absent(text, STORAGE, scene)  # ("the stick next to sdb1" is not sdb1)
        sides = re.split(r"\s+or\s+", _main_clause(text), maxsplit=1)
        either = {m.entity.name: m for side in sides[1:] and sides for m in self._ground(side, scene, (STORAGE,))[:1]}
        if len(either) == 2:  # "mount the T7 or the export stick": which is not said
            named = list(either.values())
            args: dict[str, Any] = {"readonly": True} if mounting else {}
            return self._ask(named, [_call(tool, {"device": m.entity.name, **args}, 0.5, "either") for m in named])
        node = _NODE_SAID.search(whole or text)
        if node and not any(node.group(1) in e.aliases for e in scene.of(STORAGE)) and \
                node.group(1) not in scene.event_names.get(STORAGE, []):
            return self._absent(node.group(1), STORAGE, scene)  # "the sd card reader, sdb1"
        nominal = ground.NOMINAL_SIZE.search(text)
        if nominal and not ground.SIZE_SAID.search(text) and sum(
                ground.size_fits(f"{nominal[1]}gb", e) for e in scene.of(STORAGE)) == 1:
            text = f"{text[:nominal.start(1)]}{nominal[1]}gb{text[nominal.end(1):]}"  # "the sandisk 128"
        size = ground.SIZE_SAID.search(text)
        if size and not any(ground.size_fits(size.group(), e) for e in scene.of(STORAGE)):
            return self._absent(size.group(), STORAGE, scene)  # "the 1tb drive": none is
        # how to mount names no drive ("mount BACKUP read-write" beside a drive labelled
        # READ-WRITE), unless nothing else is said
        modeless = _HOW_TO_MOUNT.sub(" ", text)
        # (not "labelled WRITEABLE": a label, whatever it says)
        matches = (self._ground(modeless, scene, (STORAGE,))
                   if modeless != text and not _CALLED.search(text) else []) or \
            self._ground(text, scene, (STORAGE,))
        # what can be done to it, when it fits the same words: "mount the 1TB disk" is one of
        # the two not mounted, not the mounted system SSD whose model also says 1TB (but
        # "unmount the backup drive" is never another drive that is mounted)
        ready = self._ground(text, Scene([e for e in scene.entities if e.kind != STORAGE or (
            e.state == "mounted") != mounting], scene.event_names), (STORAGE,))
        if size:  # (a size said is one it has: lsblk's 931G is a 1TB disk)
            ready = [m for m in ready if ground.size_fits(size.group(), m.entity)]
        if ready and {w for m in matches for w in m.words if not (size and ground.size_bytes(w))} <= \
                {w for m in ready for w in m.words}:
            matches = ready
        if not [m for m in matches if m.how == "name"] and _DEICTIC.search(text) and \
                scene.event_names.get(STORAGE):
            # "the stick I just plugged in": the device the request's events bring
            device = scene.event_names[STORAGE][-1]
            entity = next((e for e in scene.of(STORAGE) if e.name == device), None) or \
                ground.storage_entity(device, False)
            matches = [Match(entity, 2.9, "event", (device,))]
        if not matches and not _CALLED.search(text):  # (a label said is said exactly)
            matches = [m for e in scene.of(STORAGE) if (m := ground.mistyped_brand(e, text))]
        if not matches and not _CALLED.search(text):
            # "the usb stick" on a device with only its SD card names nothing (and never the
            # card the system runs from)
            kinds_said = [w for w in _DRIVE_KINDS if _phrase(w, text)]
            fitting = [e for e in scene.of(STORAGE) if (e.state == "mounted") != mounting
                       and all(w in e.attributes for w in kinds_said)
                       and not ground.SYSTEM_LABELS & set(e.attributes)]
            ordinal = _ORDINAL.search(text)
            if ordinal and len(fitting) < _ORDINALS[ordinal[1]]:
                fitting = []  # ("the second backup drive" of one)
            if _KIND_NOUNS[STORAGE].search(text) or re.search(r"\b(?:it|one)\b", text):
                matches = [Match(e, 1.0, "attribute", ("drive",)) for e in fitting]
        if not matches:
            return self._absent(text, STORAGE, scene)
        gone = self._ruled_out(whole or text, scene, (STORAGE,))
        if gone:  # "mount the stick. not the sandisk, the other one"
            matches = [m for m in matches if m.entity not in gone]
            if not matches:
                return self._absent(text, STORAGE, scene)
        named = [m for m in matches if m.score >= 2.0]
        if not named:
            useful = [m for m in matches if (m.entity.state == "mounted") != mounting]
            if not useful and set(_object_words(text).split()) <= _GENERIC_STORAGE:
                # "the drive is not mounted, mount it": any drive it could be
                useful = [Match(e, 1.0, "kind", ("drive",)) for e in scene.of(STORAGE)
                          if (e.state == "mounted") != mounting
                          and not ground.SYSTEM_LABELS & set(e.attributes)]
            if not useful:
                state = "mounted" if mounting else "not mounted"
                listed = " and ".join(m.entity.name for m in matches)
                return _say(f"{listed} {'are' if len(matches) > 1 else 'is'} already {state}.")
            matches = useful
        def call(match: Match) -> Proposal:
            args: dict[str, Any] = {"device": match.entity.name}
            if mounting:
                # writing only as asked: not in what is said of a drive ("rw is dangerous",
                # "it's normally rw", "the rw label", "backup mount rw failed")
                said = _without_label(whole or text, match.entity)  # "the RW-BACKUP drive"
                asked = " ".join(c for c in speech.clauses(said) if not _OF_WRITING.search(c)
                                 and not _WRITING_TOLD.search(c))
                args["readonly"] = values.read_only(said) or values.read_only(asked)
            why = f"{tool} {match.entity.name} (by {match.how}: {', '.join(match.words)})"
            return _call(tool, args, 1.0 if match.how in ("name", "event") else 0.85, why)

        chosen = self._choose(matches)
        if isinstance(chosen, list):
            chosen = _by_size(chosen, text)
        if isinstance(chosen, list):
            return self._ask(chosen, [call(m) for m in chosen])
        return call(chosen)

    def _console(self, text: str, scene: Scene) -> Proposal:
        ports = [port_name(m.group(1)) for m in _PORT.finditer(text)]
        if not ports and scene.event_names.get(PORT):
            ports = scene.event_names[PORT][-1:]
        if not ports:
            return _say("Which serial port should the console use? (e.g. /dev/ttyUSB0)",
                        "no port")
        if len(set(ports)) > 1:
            choices = tuple(Choice(p, "attach_console", {"port": p}) for p in dict.fromkeys(ports))
            return _say(f"Which port: {' or '.join(dict.fromkeys(ports))}?", "two ports",
                        Question(choices))
        return _call("attach_console", {"port": ports[0]}, 0.95, "console on a serial port")

    # -- grounding --------------------------------------------------------------------------

    def _ground(self, text: str, scene: Scene, kinds: Sequence[str]) -> list[Match]:
        """The entities of these kinds the command names, best first; by meaning only if no
        word names one; never one it says is another ("the green beacon" of an amber one)."""
        said = _PURPOSE.sub("", text)  # ("so I can dump run 14 on it": why, not which)
        instance = None
        # ("lane 2's stop light" is the LED red:lane-2-stop, not lane-score@2: a light said, and one here)
        other_kind = next((k for k in _said_kinds(said, kinds)[:1] if k != UNIT), None)
        if UNIT in kinds and not (other_kind and any(
                ground.lexical(e, said, ground.tokens(said)) for e in scene.of(other_kind))) and \
                (instance := _neighbours_said(said, scene)) is None:
            instance = _two_instances_said(said, scene) or _instance_said(said, scene)
        if instance is not None:
            # ("intake fan 1" is not "Main exhaust fan drive controller 1")
            instance = [m for m in instance if not ground.opposite_said(m.entity, said)]
            # ("the winder 1 test" is no winder@1)
            instance = _the_helper_said(instance, ground.tokens(said), scene) if instance else instance
            return [] if not instance or _a_machine_not_here(said, instance) else instance
        if _beside_another(said, scene):
            return []  # ("the port after eth0" is not eth0)
        called = _CALLED.search(said)  # "the drive labelled ARCHIVE": that name or none
        found = self._candidates(text, scene, kinds)
        # (or that name with a number after it, when none is called so exactly: "labelled MATSURI", MATSURI2025)
        numbered = called is not None and not any(ground.is_called(m.entity, called[1]) for m in found)
        kept = [m for m in found if not ground.contradicts(m.entity, said) and not (
                    called and not ground.is_called(m.entity, called[1], numbered))
                and (m.how == "name" or not self._other_name(m.entity, said, scene))]
        # what fitted words the others do not is what was meant, and it is not here: "the green
        # alarm led" with a red alarm LED is not the green activity LED
        theirs = {w for m in found if m not in kept for w in m.words
                  if not (m.entity.kind in _KIND_NOUNS and _KIND_NOUNS[m.entity.kind].fullmatch(w))}
        # (a word of a kept one's own name is its: "oxygen monitor on pen2")
        if {w for w in theirs if not any(ground.is_what(m.entity, w) for m in kept if m.entity.kind == UNIT)} \
                - {w for m in kept for w in m.words}:
            return []
        if _a_machine_not_here(said, kept):
            return []
        if kept and all(m.how != "name" and _another_of_its_kind(m.entity, said) for m in kept):
            return []
        # another one of them said, and what is left fits only by the words they fit by: "the
        # urinalysis analyzer link" beside the chemistry and haematology ones is not the router
        # "between analyzers and the LIS"
        def stems(matches: list[Match]) -> set[str]:
            return {w.removesuffix("s") for m in matches for w in m.words}
        others = [m for m in found if m not in kept and m.entity.kind == UNIT]
        templates = {m.entity.name.partition("@")[0] for m in others if "@" in m.entity.name}
        if others and kept and len(templates) == 1 and all("@" in m.entity.name for m in others) and all(
                m.how == "attribute" and m.entity.name.partition("@")[0] not in templates
                and stems([m]) <= stems(others) for m in kept):
            return []
        # a colour no light has, said of lights: an LED that is not here, never a program beside
        # them ("turn on the amber tally" with red and green tally LEDs is no tally-bridge)
        colours = {w for w in ground.tokens(said) if w in ground.COLOURS}
        if colours and any(m.entity.kind == LED for m in found if m not in kept) and not any(
                ground.says(m.entity, c) for m in kept for c in colours):
            return []
        # where it is, said of none of those left while others are elsewhere: "zone east" with
        # zones north, south and the lab is not the lab's
        where = ground.positions_said(said)
        if where and len(kept) < len(found) and not any(
                where & set(ground.tokens(m.entity.doc)) for m in kept):
            return []
        # "restart mosquitto", "restart the mqtt broker": never the mosquitto exporter
        words = ground.tokens(said)
        kept = _the_helper_said(kept, words, scene)
        if not kept and found:
            return []
        exporters = [m for m in kept if m.how != "name" and (
            ground.exporter_unsaid(m.entity, words) or ground.helper_unsaid_of(m.entity, words))]
        if exporters:
            others = [m for m in kept if m not in exporters]
            # ("stop the annealing service" of annealing-log and annealing-exporter: two helpers of a machine
            # that is not here, which the words do not tell apart)
            if not others or not all(m.entity.kind == UNIT and m.entity.parts and m.entity.parts[-1] in _RECORDERS
                                     and m.entity.parts[-1] not in words for m in others):
                kept = others
            if not kept:
                return []
        if kept and all(m.how in ("part", "attribute") and _what_it_serves(m.entity, said) for m in kept):
            return []  # "stop the firing system", "restart the chiller": not the simulator or gateway for it
        beside = _BESIDE.search(said)
        if beside:
            kept = [m for m in kept if not (m.how in ("name", "part", "typo") and
                                            set(ground.tokens(" ".join(m.words))) & set(ground.tokens(beside[1])))]
            if not kept:
                return []
        related = _related(kept, _main_clause(said)) if _RELATION.search(said) else []
        if related:  # "the database nodered writes to", "whatever depends on influx"
            kept = [m for m in kept if m not in related]
            if not kept:
                return []
        ordinal = _ORDINAL.search(said)
        # ("the second fridge monitor" with one: another, not here; "the second broker, the
        # emqx one" counts brokers, not emqx)
        counted = ground.tokens(said[ordinal.end():])[:1] if ordinal else []
        name_words = {w for m in kept if m.how == "name" for w in " ".join(m.words).split()}
        if ordinal and _of_them(said[ordinal.end():], kept) and \
                (not name_words or set(counted) <= name_words) and \
                _fewer_than(_ORDINALS[ordinal[1]], kept):
            return []  # "the second wireguard tunnel" with one: another, not here
        # "the drafting gate controller", "the guestbook tablet app", "the exporter for the
        # visitor counter": fitted by a word every such program is called, while what tells
        # which one is said of none of them
        heads = {w for m in kept for w in " ".join(m.words).split()}
        if kept and all(m.how == "attribute" for m in kept) and heads <= ground.GENERIC | _WHAT_MANY_ARE:
            # (a word of which one is none of what it is: "the spare sim", "the backup modem")
            telling = [w for w in _said_before(said, heads) or [] if w not in _WHICH_OR_HOW]
            if telling and not any(ground.accounts_for(m.entity, w) for m in kept for w in telling):
                return []
        kept = _of_that_instance(kept, said)
        # (counted before the state said picks among them: "the other ethernet, the one
        # that's down")
        return [m for m in kept if not ground.not_in_state_said(m.entity, said)]

    def _other_name(self, entity: Entity, text: str, scene: Scene) -> str | None:
        """A name said before a word of the entity that it does not account for: "the ispindel
        listener" is no Tilt listener, "the brewfather sync" no time sync. Only a word the
        encoder does not know as English counts: "the big drive", "the radio receiver" are the
        drive and the receiver."""
        if self.similarity is None or entity.kind != UNIT:
            return None
        words = ground.tokens(_object_words(text))
        # (a role, or what the unit is by its name or kind: "the acme web server", not "the
        # egyptian room" its description mentions)
        heads = _ROLES | set(entity.attributes) | set(entity.parts)
        return next((w for w, head in pairwise(words) if len(w) >= 4 and head in heads
                     and w.isalpha()
                     and w not in ground.FILLER and w not in ground.GENERIC
                     and ground.accounts_for(entity, head)
                     and w not in _SHELL and not self.similarity.knows(w)
                     # (nor a word ending in one of the entity's: "touchscreen" of a screen)
                     and not any(ground.accounts_for(entity, w[i:]) for i in range(2, len(w) - 3))
                     and not any(ground.accounts_for(e, w) for e in scene.entities)),
                    None)

    def _candidates(self, text: str, scene: Scene, kinds: Sequence[str]) -> list[Match]:
        named = _without_effects(text)  # "reboot the gateway" names no reboot.service
        # ("the kiln's logger" is the kiln logger, which may be no unit here; the text's
        # offsets kept)
        named = _OWNED.sub(lambda m: m.group() if m[1] in _NO_OWNER else f"{m[1]} {m[2]}  ", named)
        # ("so i can connect", "can you": a modal, not the CAN bus)
        named = _MODAL_CAN.sub(lambda m: re.sub(r"\bcan\b", "   ", m.group()), named)
        named = _VERB_BEFORE_IT.sub(lambda m: " " * len(m.group()), named)
        words = ground.tokens(named)
        # ("flash the alarm light so the guys in tunnel 2 notice": no tunnel is meant)
        said_kinds = _said_kinds(_PURPOSE.sub("", text), kinds)
        bridge = _A_BRIDGE.search(named)
        if said_kinds[:1] == [INTERFACE] and bridge and not any(
                ground.lexical(e, bridge[1], ground.tokens(bridge[1]))
                for e in scene.of(INTERFACE)):
            said_kinds = said_kinds[1:]  # "the zigbee bridge" is software, not a link
        software = _A_SERVICE_TOO.findall(named)
        if said_kinds[:1] == [INTERFACE] and software and UNIT in kinds and not any(
                w in e.attributes for w in software for e in scene.of(INTERFACE)):
            said_kinds = said_kinds[1:]  # "stop the vpn" with openvpn units and no tunnel link
        # (each entity's words read once: the kinds below are some of these)
        lexed = [(e, ground.lexical(e, named, words)) for e in scene.entities if e.kind in kinds]
        exact = {e.kind for e, m in lexed if m and m.how == "name"}
        if said_kinds and (said_kinds[0] in exact or not (
                exact and _KIND_NOUNS[said_kinds[0]].search(_without_names(named, scene, _STARTED.search(text)))
                is None)):
            # "the can bus" is an interface, "the wlan led" an LED, and "the green led of
            # boiler 1" the LED named green:boiler1, not the boiler's controller
            # (but "the approach light regulator link" with no such link: the unit whose
            # description says that word, "regulator link")
            kinds = said_kinds[:1] if said_kinds[0] != INTERFACE or UNIT not in kinds or any(
                m for e, m in lexed if m and e.kind == said_kinds[0]) or not _self_described(
                lexed, _KIND_NOUNS[said_kinds[0]].search(named)) else (UNIT,)
        compound = ground.compound_said(words)
        if compound:  # "restart docker compose": the stack, or nothing here
            return [Match(e, 3.0, "name", tuple(compound.split())) for e in scene.entities
                    if e.kind in kinds and ground.has_compound(e, compound)]
        companions = ground.companions_said(" ".join(words), scene.of(UNIT) if UNIT in kinds
                                            else [])
        if companions:  # "restart the frigate exporter": not frigate
            return [Match(e, 2.0, "part", tuple(words)) for e in companions]
        found = [m for e, m in lexed if e.kind in kinds and m and not self._two_words(m)
                 and not _another_thing_of_its_kind(m, words)]
        # (a word that is a part of one name is no slip of another's: "load" of load-cell@pole1
        # is not olad mistyped)
        whole_words = {w for _, m in lexed if m and m.how in ("name", "part") for w in m.words}
        found = [m for m in found if not (m.how == "typo" and set(m.words) & whole_words)]
        # a plural of a part is no slip but the word itself, which describes it as any other
        # word does: "the ovens" are oven-zone@1 and @2 as much as the oven exhaust fan (and a
        # singular: "the vent controller" of roof-vents, a "roof vent motor controller")
        found += [d for e, m in lexed if e.kind in kinds and m and self._two_words(m)
                  and any(m.words[0] in (f"{p}s", f"{p}es") or p in (f"{m.words[0]}s", f"{m.words[0]}es")
                          for p in e.parts)
                  and (d := ground.described_by(e, named))]
        # a part of one name that is what another unit does names neither outright: "the home
        # automation" is home-assistant or openhab, not home-assistant by its "home" (but
        # "signalk" is signalk-server, whatever serves Signal K)
        doing = {w for m in found if m.how == "attribute" for w in m.words}
        found = [d if m.how == "part" and set(m.words) <= doing and
                 not (m.entity.kind == UNIT and "@" not in m.entity.name and
                      ground.rest_is_generic(m.entity, m.words)) and
                 (d := ground.described_by(m.entity, named)) else m for m in found]
        if ground.absent_companion(words, scene.entities):
            return []  # "the grafana agent", "the logger of the kiln" that no unit is
        # "the load balancer in front of octoprint", "the database behind the camera
        # software": the head names what is meant when it describes something by itself
        # (found in the text: "on" of "on the print box" is blanked in `named`, which keeps
        # the text's offsets)
        cut = _HEAD_ENDS.search(text)
        if cut and cut.group().strip() == "to" and _RELATION.search(text):
            cut = None  # ("whatever sends data to the database": a relation, read below)
        # (of the clause that asks: "battery graph is flat, restart the thing that reads the solar charger")
        verb_at = min((f.start for f in lexicon.effects(text)), default=len(text))
        begin = max((m.end() for m in _PAUSE.finditer(named, 0, verb_at)), default=0) \
            if cut and cut.start() > verb_at else 0
        head = named[begin:cut.start()] if cut else named
        if head != named and _object_words(head):
            headed = [m for e in scene.entities if e.kind in kinds
                      if (m := ground.lexical(e, head, ground.tokens(head)))]
            if headed:
                # ("the exporter for nginx": of the exporters, the one the rest fits)
                ours = {m.entity for m in headed}
                narrowed = [m for m in found if m.entity in ours]
                named, words, found = head, ground.tokens(head), narrowed or headed
            elif cut and cut.group().strip() in ("that", "which", "who") and \
                    set(_object_words(head).split()) <= _SOME_THING:
                # "the thing that bans ssh bruteforcers": what a name in the relative clause
                # is acted on by, not what is meant; nor where it sends things ("the thing
                # that pushes readings into the db")
                if bridged := [m for m in found if _bridge_to(m, named[cut.end():])]:
                    return bridged  # (but "the thing that talks to the victron" is victron-mqtt)
                if _sent_to(found, named[cut.end():]):
                    return _senders(found, scene)  # (what it sends to is not what it is)
                # (but "the service that reads the thermocouples" is the thermocouple reader:
                # the name says what it does to them)
                agents = _doer_nouns(named[cut.end():])
                found = [m for m in found if m.how not in ("name", "typo", "part")
                         or agents & {*m.entity.parts, *m.entity.attributes}]
            elif cut and cut.start() > min([f.end for f in lexicon.effects(text)] or [0]) and any(
                    w not in _SOME_THING and w not in ground.FILLER and not any(
                    p.fullmatch(w) for p in _KIND_NOUNS.values()) and not lexicon.SELF.fullmatch(w)
                    for w in _object_words(head).split()):
                # "disable WPS on the access point", "the ftp upload thing that pushes to the
                # website": what is meant is not here, whatever it is beside
                return []
        doer = _DOER.search(named)
        # "whatever sends data to the database": not the db (and "whatever ships the metrics into
        # influx" is the collector, whichever of the words also fits it)
        if doer and (targets := [m for m in found if _sent_to([m], named[doer.end():])]) and (
                (senders := _senders(targets, scene)) or len(targets) == len(found)):
            return senders
        # "the influx feeder", "the postgres loader": what feeds it, never the database or broker itself (none
        # here that says so: nothing), unless a unit is called so ("the giro uploader" of giro-upload)
        feeding = _FEEDER.search(named)
        if feeding and found and not any(
                feeding["feeder"][:5] in f"{m.entity.name} {m.entity.summary}".lower() for m in found) and all(
                set(m.words) <= set(ground.tokens(feeding["target"]))
                and {"database", "broker"} & set(m.entity.attributes) for m in found):
            return _senders(found, scene)
        # a part that names one unit names every unit it is a part of: "nut" is nut-server
        # and nut-monitor alike (lexical() keeps only the first, whose other part is generic)
        shared = {w for m in found if m.how == "part" for w in m.words}
        sharing = [Match(e, 2.0, "part", tuple(shared & set(e.parts)))
                   for e in scene.entities if e.kind in kinds and shared & set(e.parts)
                   and all(m.entity is not e or m.score < 2.0 for m in found)]
        found = [m for m in found if all(m.entity is not s.entity for s in sharing)] + sharing
        # an instance's name that heads another unit's name names both: "home assistant" is
        # home-assistant@homeassistant and homeassistant-docker alike
        instances = {w for m in found if m.how == "name" and "@" in m.entity.name
                     for w in m.words if w == _instance_id(m.entity.name)}
        found = [Match(m.entity, 3.0, "name", m.entity.parts[:1]) if m.entity.kind == UNIT and
                 m.entity.parts[:1] and m.entity.parts[0] in instances else m for m in found]
        found.sort(key=lambda m: -m.score)
        # a kind of software none of these is, unless something is named ("the zigbee bridge"
        # with a Modbus bridge here)
        unknown = {w for w in ground.tokens(_PURPOSE.sub("", named))
                   if w in ground.KIND_WORDS} - {
            a for e in scene.entities if e.kind in kinds for a in (*e.attributes, *e.parts)}
        # ... or a signal or protocol none of them handles ("restart the sdi router")
        if signals := {w for w in ground.tokens(_PURPOSE.sub("", named)) if w in ground.TECH_WORDS}:
            unknown |= signals - {w for e in scene.entities if e.kind in kinds
                                  for w in (*ground.tokens(f"{e.name} {e.doc}"), *e.attributes)}
        if unknown and not (found and found[0].score >= 2.0):
            return []
        if found and found[0].score >= 2.0 and found[0].how != "typo":
            named_here = [m for m in found if m.score >= 2.0]
            # a name said only inside another's whole name is that other: "the kiln logger" is
            # kiln-logger, not kiln
            names = [m for m in named_here if m.how == "name"]
            named_here = [m for m in named_here if not any(
                _said_inside(m.words[0], n.words[0], named) for n in names if n is not m)]
            # a name said with more of another unit's name is that unit: "the mosquitto timer"
            # is mosquitto-timer-check, not mosquitto
            fuller = [m for m in named_here if m.how == "part" and len(m.words) > 1]
            named_here = [m for m in named_here if not (m.how == "name" and any(
                set(_split_words(m.words)) < set(_split_words(f.words)) for f in fuller))]
            # words that one unit named outright shares with its look-alikes name none of them
            # apart: "engine telemetry for port" is engine-telemetry@port, not @starboard
            named_here = [m for m in named_here if not (m.how == "part" and any(
                n.how == "name" and n.entity is not m.entity and
                set(m.words) <= {*n.entity.parts, *n.entity.aliases} for n in named_here))]
            # the one whose name has every part said that any other's has: "klipper on the
            # voron" is klipper-voron, not klipper-prusa nor moonraker-voron (what it is for
            # is not its name: "the exporter for the rfid linen counts")
            said = {id(m): {w for w in ground.tokens(re.sub(r"\bfor\b.*", "", text)) for p in m.entity.parts
                            if w == p or (len(p) >= 4 and ground.typo_of(w, p))} for m in named_here}
            whole = [m for m in named_here if all(o.how == "part" and said[id(o)] < said[id(m)]
                                                  for o in named_here if o is not m)]
            named_here = whole or named_here
            # of units tied on a part they share, the one whose words say more of what was said,
            # and every word another says: "the hot water valve loop" is valve-pid@dhw, "Control
            # valve PID loop (domestic hot water)", not @sh's "(space heating)"
            if len(named_here) > 1 and all(m.how == "part" for m in named_here):
                told = {w for w in ground.tokens(named) if w not in ground.FILLER and len(w) >= 3}
                says = {id(m): {w for w in told if ground.says(m.entity, w)} for m in named_here}
                most = max(named_here, key=lambda m: len(says[id(m)]))
                if all(says[id(m)] < says[id(most)] for m in named_here if m is not most):
                    named_here = [most]
            named_here = _modified_name(named, named_here, scene, kinds)
            # "restart the vaccine printer" with only the vaccine fridge's monitor: not that
            otherwise = [m for m in named_here if m.entity.kind == UNIT and len(m.words) == 1 and
                         ground.called_otherwise(m.entity, m.words[0], named)]
            named_here = [m for m in named_here if m not in otherwise]
            if not named_here:
                # (but one whose description says the name's word and the rest: "the foyer display" with
                # ticket-printer@foyer is the "Foyer queue number display")
                # (or whose name and description say them: "the tether winch's tension logger" is the
                # "Tether winch tension and payout logger", tether-winch-logger)
                return [m for m in found if otherwise and (
                    (m.how == "attribute" and len(m.words) > 1 and
                    all(w in m.words for o in otherwise for w in _split_words(o.words))) or
                    (m.how == "part" and m not in otherwise and all(
                        all(ground.says(m.entity, w) for w in _split_words(o.words)) and
                        not ground.called_otherwise(m.entity, o.words[0], named) for o in otherwise)))]
            # "mount sdc1, i need to put a backup onto it": the names in the clause that asks
            main = _main_clause(text)
            in_main = [m for m in named_here if any(_phrase(w, main) for w in m.words)]
            return _object_of_verb(text, in_main or named_here)
        if ground.absent_product(words, scene.entities):
            return []  # "restart apache" with nginx here: not the other web server
        described = [m for m in found if m.how == "attribute"]
        # a word that describes another unit is that word, not a typo of a name: "the
        # container engine" is docker's "Container Engine", not a mistyped containerd
        said_of = {w for m in described for w in " ".join(m.words).split()}
        typos = [m for m in found if m.how == "typo" and not set(m.words) <= said_of]
        if described and not typos:
            described += [d for m in found if m.how == "typo"
                          if (d := ground.described_by(m.entity, named))]
            described.sort(key=lambda m: -m.score)
            # what the command says of it (the wifi, the database, the 64 gig drive): the
            # entities that fit best; two that fit as well are asked about
            best = [m for m in described if m.score >= described[0].score - 1e-9]
            # "the monitoring system" is prometheus, not its exporter; "the climate controller"
            # the controller, not its updater
            return [m for m in best if not ground.satellite(m.entity)
                    and not ground.add_on_unsaid(m.entity, words)] or best
        # ("the lights on the board": the device's own words say no more)
        rest = {w for w in _object_words(named).split() if not lexicon.SELF.fullmatch(w)}
        if said_kinds and not found and said_kinds[0] in _GENERIC_NOUNS and \
                rest - (_LINKING | _LIGHT_STATES if said_kinds[0] == LED else set()) <= \
                _GENERIC_NOUNS[said_kinds[0]]:
            # only the kind ("the interface", "the led"): the one the events bring, else any
            kind = said_kinds[0]
            brought = scene.event_names.get(kind, [])[-1:]
            pool = [e for e in scene.of(kind) if e.name in brought] or \
                [ground.interface_entity(n) for n in brought if kind == INTERFACE] or \
                scene.of(kind)
            return [Match(e, 1.0, "kind", (kind,)) for e in pool]
        if UNIT in kinds and not found and rest - _SOME_THING - _LINKING and \
                rest - _SOME_THING - _LINKING <= _FAILED:
            # "start the one that's failed", "restart the crashed service": the failed units
            return [Match(e, 1.0, "state", ("failed",)) for e in scene.of(UNIT)
                    if e.state == "failed"]
        lit = ground.light_said(named)
        if LED in kinds and not found and lit and rest - _SOME_THING - _LINKING <= _LIGHT_STATES:
            # "switch off the one that's blinking": the lights in that state
            return [Match(e, 1.0, "state", (e.state,)) for e in scene.of(LED) if e.state in lit]
        meaning = self._by_meaning(text, scene, [k for k in kinds if k == UNIT], found)
        if meaning:
            return meaning
        return found

    def _two_words(self, match: Match) -> bool:
        """A resemblance between two short English words is no slip: "ring" is not rink-watchdog
        (but "containers" and "collector" may be containerd and collectd: one stem)."""
        if match.how != "typo" or self.similarity is None:
            return False
        said = match.words[0]
        return self.similarity.knows(said) and any(
            self.similarity.knows(p) for p in (*match.entity.parts, *match.entity.aliases)
            if ground.typo_of(said, p) and len(os.path.commonprefix([said, p])) < 5)

    def _by_meaning(self, text: str, scene: Scene, kinds: Sequence[str],
                    lexical: list[Match]) -> list[Match]:
        """Units whose description fits the words left over. A name the words only resemble
        (a typo, a prefix) counts as a head start, not as the answer: "the container engine"
        is docker, not containerd."""
        entities = [e for e in scene.entities if e.kind in kinds]
        phrase = _object_words(text)
        if lexicon.SELF.fullmatch(phrase):
            return []  # "remove the device" is about this device, not a unit that sounds alike
        resembled = {m.entity.name for m in lexical if m.how == "typo"}
        # of those, the names it resembles most: "chirpstak" is chirpstack, not
        # chirpstack-gateway-bridge ("chirpstak bridge" is the bridge: the other words say so)
        typos = [m for m in lexical if m.how == "typo"]
        closest = max((m.score for m in typos), default=0.0)
        nearest = {m.entity.name for m in typos if ground.described_by(m.entity, " ".join(
            w for w in phrase.split() if w not in m.words))} or \
            {m.entity.name for m in typos if m.score >= closest - 0.3}
        if not entities or not self.similarity or not phrase:
            resembling = [m for m in lexical if m.score >= 1.8 and (
                m.how != "typo" or m.entity.name in nearest)]
            return [m for m in resembling if m.score >= resembling[0].score - 1e-9]
        scores = self.similarity(phrase, [e.doc for e in entities])
        ranked = sorted(((float(s), e) for s, e in zip(scores, entities, strict=True)),
                        key=lambda p: -p[0])
        top = ranked[0][0]
        bare = re.sub(r"\s+", " ", _UNIT_NOUNS.sub("", phrase)).strip()
        if not resembled and bare and bare != phrase and top >= self.meaning_min and \
                self.similarity(bare, [ranked[0][1].doc])[0] < self.meaning_min / 2:
            # the best fit must hold without the word every unit is: "the camera service" is
            # not "Bluetooth service" by "service" alone (0.36 with it, 0.16 without)
            return []
        if resembled:
            # a name the words resemble wins unless another unit fits them about as well: two
            # it resembles alike ("postgres": postgresql@13-main, postgresql@15-main), or one
            # whose description fits them at least as well ("the container engine": containerd,
            # or docker's "Docker Application Container Engine") are asked about
            near = [(s, e) for s, e in ranked if e.name in nearest]
            best = near[0][0]
            # two names it resembles alike ("moonraker": moonraker-voron, moonraker-ender) are
            # asked about, whatever their descriptions say
            alike = {m.entity.name for m in typos if m.entity.name in nearest and
                     m.score >= closest - 1e-9 and m.words == typos[0].words}
            chosen = [(s, e) for s, e in near if s >= best - self.meaning_margin or (
                len(alike) > 1 and e.name in alike)]
            chosen += [(s, e) for s, e in ranked if e.name not in resembled
                       and s >= best and s >= self.meaning_fit][:1]
            return [Match(e, best if e.name in alike else s,
                          "typo" if e.name in resembled else "meaning", (phrase,))
                    for s, e in chosen]
        # a made-up name means nothing to the encoder: only a clear resemblance counts ("the
        # flowcamsto service" is made up, whatever "service" means)
        worded = any(self.similarity.knows(w) for w in phrase.split()
                     if w not in ground.FILLER and w not in ground.GENERIC)
        if not worded or top < self.meaning_min:
            return []  # a made-up name is no description: it names nothing here
        # a kind of software nothing here is ("the ups daemon" with no UPS monitor), unless a
        # description fits clearly all the same
        unknown_kinds = {w for w in phrase.split() if w in ground.KIND_WORDS} - {
            a for e in entities for a in e.attributes}
        if unknown_kinds and top < self.meaning_fit:
            return []
        close = [(s, e) for s, e in ranked if s >= self.meaning_min and
                 (s >= top - self.meaning_margin or s >= self.meaning_fit or
                  s >= self.meaning_ratio * top)]
        # a loose fit that none of the phrase's own words backs is something else, absent here:
        # "the snow cannon controller" is no icing camera, "the card payment terminal" no SMS
        # gateway (a clear fit stands alone: "the voice chat server" is mumble's "VoIP Server")
        content = [w for w in phrase.split() if w not in ground.FILLER and w not in ground.GENERIC
                   and not _UNIT_NOUNS.fullmatch(w) and len(w) >= 3]
        if top < self.meaning_unbacked and content and not any(
                ground.accounts_for(e, w) or ground.shares_a_stem(e, w) for _, e in close for w in content):
            return []
        # a gadget no description here says is no program: "the bluetooth keyboard", "the solar fan"
        # (the last of a few words: "the radio voice reading out yesterday's numbers" is no radio)
        said = phrase.split()
        if said and said[-1] in _PROGRAM_NOUNS:
            said = said[:-1]  # ("the radar display service": the display's)
        if len(said) <= 3 and said and said[-1] in _GADGETS and \
                not any(ground.accounts_for(e, said[-1]) for _, e in close):
            return []
        return [Match(e, s, "meaning", (phrase,)) for s, e in close]

    def _choose(self, matches: list[Match]) -> Match | list[Match]:
        """The one match that fits best, or the ones that fit equally well."""
        best = matches[0].score
        if any(m.how == "meaning" for m in matches):
            top = matches  # _by_meaning keeps only the ones that fit about as well
        else:
            top = [m for m in matches if m.score >= best - (1e-9 if best >= 2.0 else 0.05)]
        return top[0] if len(top) == 1 else top

    def _ask(self, matches: list[Match], calls: list[Proposal]) -> Proposal:
        """Ask which one, naming each candidate with what the device knows of it."""
        described = [f"{m.entity.name} ({m.entity.summary})" if m.entity.summary
                     else m.entity.name for m in matches]
        choices = tuple(Choice(m.entity.name, c.tool, dict(c.args))
                        for m, c in zip(matches, calls, strict=True) if c.tool != "say")
        text = f"Which one do you mean: {', '.join(described[:-1])} or {described[-1]}?" if \
            len(described) > 1 else f"Do you mean {described[0]}?"
        return _say(text, "ambiguous", Question(choices) if choices else None)

    def _absent(self, text: str, kind: str, scene: Scene) -> Proposal:
        have = [e.name for e in scene.of(kind)][:8]
        noun = {UNIT: "service", INTERFACE: "network interface", LED: "LED", STORAGE: "drive",
                PORT: "serial port"}[kind]
        phrase = _object_words(text).strip() or "that"
        listing = f" This device has: {', '.join(have)}." if have else ""
        return _say(f"I cannot find a {noun} matching '{phrase}' on this device.{listing}",
                   "absent")


# A line that begins with a verb of the catalog, after a bullet or not
_A_VERB = r"(?:(?:re)?(?:start|boot)|(?:stop|mount|unmount|eject|bring|take|turn|switch|blink|set|bounce|kick|cycle)\b)"
_BEGINS_WITH_A_VERB = re.compile(r"^\s*(?:\[ \]\s*)?(?:[-*\u2022]|\d+[.)])?\s*(?:please\s+)?" + _A_VERB)
# (red team 61) Two requests parted by a run of spaces, a tab or a semicolon with no space: "stop ptp4l  stop X",
# "start avahi\trestart mosquitto", "start olad;unmount sda1"
_PARTED = re.compile(r"(?<=\w)(?: {2,}|\s*\t\s*|;(?=\S))(?=(?:please\s+)?" + _A_VERB + ")")


_DETERMINER_BEFORE = re.compile(r"\b(?:the|my|our|this|that)\s+$")


def _fewer_than(count: int, matches: list[Match]) -> bool:
    """Whether each kind of thing matched has fewer than that many ("the second bridge" of a
    bridge link and a ROS bridge: there is no second of either)."""
    return all(len({m.entity for m in matches if m.entity.kind == kind}) < count
               for kind in {m.entity.kind for m in matches})


def _of_them(after: str, matches: list[Match]) -> bool:
    """Whether an ordinal counts what the matches are: the next word is one they were matched by
    or a kind of thing ("the second wireguard tunnel", not "our second practice")."""
    said = ground.tokens(after)[:1]
    return bool(said) and (said[0] in {w for m in matches for w in " ".join(m.words).split()}
                           or any(p.fullmatch(said[0]) for p in _KIND_NOUNS.values()))


def _related(found: list[Match], clause: str) -> list[Match]:
    """The matches a relation in the clause names as the other end of what is meant: the one
    that does it ("the database nodered writes to": not nodered) or what it is done to, when
    that is the match whole ("the thing that writes to influx": not influx)."""
    doers = [m[1] for m in _DOES_TO.finditer(clause)
             if m[1] not in ground.STOP and m[1] not in _SOME_THING and m[1] not in _DOER_WORDS]
    whom = [(ground.tokens(m[1]), _doer_nouns(m.group())) for m in _DONE_TO.finditer(clause)]
    talked_to = [clause[m.end():] for m in re.finditer(r"\b(?:that|which|who)\b", clause)]
    return [m for m in found if m.how != "event" and not any(_bridge_to(m, c) for c in talked_to) and (
        any(ground.is_what(m.entity, d) for d in doers) or
        any(w and ground.is_what(m.entity, w[-1]) and not doer & {*m.entity.parts, *m.entity.attributes}
            for w, doer in whom))]  # (but "the service that reads the thermocouples" is their reader)


def _bridge_to(match: Match, clause: str) -> bool:
    """Whether the clause says what the match talks to, and the match is a bridge named by it: "the thing that
    talks to the victron" is victron-mqtt, "a Victron GX Modbus TCP to MQTT bridge"."""
    return match.how == "part" and bool(_BRIDGES & set(match.entity.attributes)) and bool(_TALKS_TO.match(clause))


_TALKS_TO = re.compile(r"\s*(?:talks|speaks|connects|links|bridges|listens|relays)\s+(?:to|with)\b")
_BRIDGES = frozenset(["bridge", "gateway", "proxy", "relay"])


def _sent_to(found: list[Match], clause: str) -> bool:
    """Whether every match is what the clause says things go to ("pushes readings into the db"),
    and nothing else: the db is not the thing that pushes. (But "the thing that talks to the
    zigbee dongle" is zigbee2mqtt: the dongle is not it.)"""
    places = [re.split(r"\s+(?:is|are|was|were|has|have|keeps|[a-z]+ed)\b", m.group(1))[0].split()
              for m in _WHITHER.finditer(clause)]
    words = {w for place in places for w in place}
    heads = {place[-1] for place in places}
    return bool(found) and all(set(m.words) <= words and heads & set(m.words) for m in found)


def _link_named_alone(text: str, scene: Scene) -> bool:
    """A link named, and no unit ("restart wlan0" beside a watchdog that "restarts wlan0": the
    link, by its name, not the unit its description names)."""
    words = ground.tokens(text)
    return any(m.how == "name" for e in scene.of(INTERFACE) if e.name != "lo"
               if (m := ground.lexical(e, text, words))) and \
        not any(m.how in ("name", "part", "typo") for e in scene.of(UNIT)
                if (m := ground.lexical(e, text, words)))


def _senders(found: list[Match], scene: Scene) -> list[Match]:
    """The units whose descriptions say they send to what was found ("reporting metrics into
    InfluxDB" for "the thing that pushes readings into the db"); none when none says so."""
    ends = [m.entity for m in found]
    return [Match(e, 1.5, "attribute", tuple(place)) for e in scene.of(UNIT) if e not in ends
            for place in [[w for p in _WHITHER.finditer(e.summary.lower()) for w in p[1].split()]]
            if any(ground.is_what(end, w) for end in ends for w in place)
            # (a collector such as telegraf sends to the database, whatever its description says)
            or ("collector" in e.attributes and any("database" in end.attributes for end in ends))]


def _without_effects(text: str) -> str:
    """The text with its verbs of effect blanked ("reboot the gateway" names no reboot.service),
    but not a verb that is part of a name ("reboot.service") nor the words a phrase spans
    ("give nginx a restart")."""
    effects = lexicon.effects(text)
    for found in reversed(effects):
        if found.effect is Effect.CONSOLE or re.match(r"[.@_-]\w", text[found.end:found.end + 2]):
            continue
        if found is not effects[0] and _DETERMINER_BEFORE.search(text, 0, found.start):
            continue  # "turn on the open sign": after the verb, a word of what is meant
        span = text[found.start:found.end]
        words = list(re.finditer(r"\S+", span))
        if not words:
            continue
        for word in {words[0].span(), words[-1].span()}:
            start, end = found.start + word[0], found.start + word[1]
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _without_label(text: str, drive: Entity) -> str:
    """The text without the drive's own label where it speaks of writing: "mount the RW-BACKUP
    drive" says nothing of how to mount it ("mount sda1 read-write" beside a drive labelled
    READ-WRITE still does)."""
    for label in (a for a in drive.attributes
                  if re.search(r"\b(?:rw|ro|read|write|writable)\b", re.sub(r"[-_]", " ", a))):
        text = re.sub(rf"(?<![\w-]){re.escape(label)}(?![\w-])", " ", text)
    return text


def _as_labels_write(text: str, scene: Scene) -> str:
    """A drive's word said in full, as its label writes it short, when no label writes it in full: "the backup
    drive" of CATTERY_BKP."""
    labels = {p for e in scene.of(STORAGE) for p in e.attributes}
    for short, full in ground.DRIVE_LABEL_WORDS.items():
        if short in labels and full not in labels:
            text = re.sub(rf"\b{full}s?\b", short, text)
    return text


def _without_names(text: str, scene: Scene, started: object = None) -> str:
    """The text with the device's names blanked ("amber:disk" says nothing of a disk); when what is said is started,
    as only a program is, a unit's name spaced too ("start the heat lamp thing" of heat-lamp says nothing of a lamp)."""
    for e in scene.entities:
        for alias in e.aliases:
            if ":" in alias or "-" in alias or "_" in alias:
                text = text.replace(alias, " ")
                if e.kind == UNIT and started:
                    text = re.sub(rf"\b{re.escape(re.sub(r'[-_]', ' ', alias))}\b", " ", text)
    return text


_STARTED = re.compile(r"\b(?:re)?start|\bbounce|\brelaunch")
_THAT_IS = re.compile(r"[,;(-]\s*(?:so|i\.?e\.?|that is|that's|thats|which is|meaning)\b[\s,]*(?:like|about|"
                      r"around|roughly|approx(?:imately)?|basically)?\s*"
                      r"(?P<wait>(?:in )?[\w ]{1,20}?\b(?:from now|later))\W*$")
# What others want to do or are doing: why, not what ("the guests want to game on the tv", "the kids are gaming")
_SOMEONE_ELSE_DOES = re.compile(r"\b(?:they|guests|kids|people|customers|users|players|he|she|visitors|staff|"
                                r"everyone|folks) (?:(?:want|wants|wanna|are trying|are going|like) to\b|"
                                r"are [a-z]+ing\b)[^,.;!?]*")


def _main_clause(text: str) -> str:
    """The part of a command between pauses (a comma, a sentence's end) that carries its first
    verb of effect."""
    found = lexicon.effects(speech.masked_complaints(text)) or lexicon.effects(text)
    if not found:
        return text
    # a verb, not a particle that may be a preposition ("frozen on a 12:40 ticket, restart it")
    found = [f for f in found if not _no_verb_here(text, f)] or found
    found = [f for f in found if f.start in _action_offsets(text)] or found
    start = max((m.end() for m in _PAUSE.finditer(text, 0, found[0].start)), default=0)
    end = next((m.start() for m in _PAUSE.finditer(text, found[0].end)), len(text))
    return text[start:end]


def _no_verb_here(text: str, found: lexicon.Found) -> bool:
    """What is about to happen, a run or an end said as a noun, or where a thing is: no request."""
    return bool(_ABOUT_TO.search(text, 0, found.start)) or (
        _ON_A_PLACE.match(text, found.start) is not None and not _TURNED.search(text, 0, found.start)) or (
        text.startswith("run", found.start) and (bool(_A_RUN.search(text, 0, found.start)) or (
            found.start > 0 and _RUN_IS.match(text, found.end) is not None))) or (
        text.startswith("end", found.start) and bool(_AN_END.search(text, 0, found.start)))


_GOT_BACK = re.compile(r"\b(?:bring|get)\b[^,.;]*\bback\b")  # ("bring it back", not "start it back up")
# "a six hour cornice run", "the nightly run": a run said as a noun
_A_RUN = re.compile(r"\b(?:a|an|the|this|that|our|my|their|its|each|every|next|last|first|another)\b[^,.;:!?]*$")
# ("heat run is over": what a run is, said of it)
_RUN_IS = re.compile(r"s?\s+(?:is|was|are|were|has|had|finished|done|over|ended|complete)\b")
# "stuck on end 14", "at the end": an end said as a noun (not "the start light": a light's name)
_AN_END = re.compile(r"\b(?:a|an|the|this|that|our|its|each|every|next|last|on|at|by|from|of|till|until)\s+$")
# Where a thing is, not a thing turned on: "the xrf on bench 2 has a bad cable" (but "turn the
# pump on line 2 on", "switch on pump 2")
_ON_A_PLACE = re.compile(r"on\s+(?:the\s+)?(?:bench|line|desk|shelf|rack|floor|table|stand|wall|roof|left|"
                         r"right|top|bottom|level|deck|pier|bay|platform|dock|wing|inside|outside|rail|track|"
                         r"side)(?:[\s-]?\d+)?\b")
_TURNED = re.compile(r"\b(?:turn|turns|switch|switches|put|power|bring|get|keep|leave|flip|toggle|"
                     r"click|come|comes|go|goes)\b[^,.;:!?]*$")
# What is about to happen is no request ("the profiler's about to start a run, switch to powersave")
_ABOUT_TO = re.compile(r"\b(?:about|going|supposed|due|scheduled|meant) to\s+$|\bgonna\s+$")
_NUMBER_DASH_WORD = re.compile(r"(?<![\w.-])(\d+)[- ]([a-z]+)(-[a-z0-9]+)?\b(?<!\d min)(?<!\d minutes)(?<!\d mins)"
                               r"(?<!\d hours)(?<!\d seconds)(?<!\d secs)(?<!\d times)(?<!\d days)")
_LED_NAME = re.compile(r"(?<![\w:/.@-])[a-z]+:[a-z][\w-]*(?![\w:/])")
_HELD_BY_IT = re.compile(r"^\W*(?:[\w']+\s+)?(?:the\s+|its\s+)?([\w-]+(?:\s+[\w-]+)?)\s+(?:on|of|in|for)\s+"
                         r"(?:it|that|them|this one)\W*$")
_EITHER = re.compile(r"\s*/\s*|[^.;!?]*?(?:,\s*)?\bor\s+(?:else\s+|just\s+|maybe\s+|at least\s+)?")
# ("restart/stop nginx" reaches here as "restart stop nginx": two verbs side by side)
_VERB = r"(?:re)?start|stop|reboot|kill|halt|bounce|reload|(?:un)?mount|eject|enable|disable"
_TWO_VERBS = re.compile(rf"(?:{_VERB})\s+(?:{_VERB})")
_A_BOX_BY_ITS_PLACE = re.compile(r"[\w-]+ (box|device|gateway|pi|computer|pc|machine|appliance|sbc|nuc|jetson)")
_E_STOP = re.compile(r"\W*(?:(?:hit|press|push|pull|trigger|do|activate)\s+(?:the\s+|an?\s+)?)?"
                     r"(?:emergency|e-?)\s*stop(?:\s+(?:now|button|it all|everything))?\W*")
_PAUSE = re.compile(r"[,;!?]|(?<!\.)\.(?=\s)")  # not an ellipsis: "down... i mean"
_DASH = re.compile(r"\s[-\u2013\u2014]+\s")
_PAUSE_OR_DASH = re.compile(rf"{_PAUSE.pattern}|{_DASH.pattern}")


# "tailscale down... i mean the tailscale0 interface, take it down": the operator corrects
# what came before; what follows is the request
# A filler said without a pause, which may start a correction: "restart nginx er grafana"
_FILLER = re.compile(r"\s+(?:uh+|um+|uhm|erm|er|sorry),?\s+")
# A correction said without a pause, which corrects only to a name of the device: "restart grafana actually node-red"
# (round 60: "restart the seamer no the coder", "lol no", "err", "correction", and other languages' "I mean": "ich
# meine", "je veux dire", "cioè", "znaczy", "bedoel ik")
_CORRECTION_UNPAUSED = re.compile(r"\s+(?:actually|no,? wait|make that|(?:or|sorry,?) rather|oops|whoops|"
                                  r"not (?:that|this) one|(?:(?:lol|sorry|u+m+|h+m+|e+h+|u+h+|"
                                  r"oh)\s+)?no(?:pe)?(?!,)|wait|"
                                  r"err+m?|e+h+|correction|ich mein(?:e|te)?|je veux dire|enfin|cio[eè]|"
                                  r"o sea|quiero decir|quer(?:o)? dizer|znaczy|to jest|bedoel(?:de)? ik|ik bedoel|"
                                  r"jag menar|jeg mener|tarkoitan|chci [rř][ií]ct|точнее|то есть|make it|->|=>|"
                                  # (red team 61) "start docker pardon the fish feeder", "perdón", "scusa",
                                  # "stop X rather grafana", "bzw", "digo", "anzi", "tzn", "euh", "ehm"
                                  r"sorry(?!,? i mean)|sry|pardon|scusa|scusi|perdon|perdona|desculpa|disculpa|"
                                  r"entschuldigung|"
                                  r"rather|bzw\.?|beziehungsweise|digo|anzi|tzn\.?|euh|e+hm|a+hm?|\u2192|"
                                  # (red team 62) "mejor dicho", "eller snarare", "plutôt", "właściwie", "o meglio"
                                  r"mejor dicho|eller snarare|snarare|plut[oô]t|w[lł]a[sś]ciwie|vielmehr|o meglio|"
                                  r"ou melhor|beter gezegd|h+m+,? no)[,:]?\s+")
_CORRECTION = re.compile(r"(?:^|\.{2,}|[,.;!?-])\s*(?:(?:uh|um|er)m?,?\s+)?"
                         r"(?:no,?\s+(?=make |i mean|actually|rather|sorry))?(?:no,? wait|wait,? no|"
                         r"(?:sorry|oops),? no|i mean|sorry,? i mean|correction|i meant|no,? (?:just|only)|no(?=,)|"
                         r"or rather|rather|actually|sorry|wait|err?m?|on second thought|make "
                         r"(?:that|it)|typo|edit|not (?:that|this) one|oops|whoops)\b[,:]?\s+|"
                         + _CORRECTION_UNPAUSED.pattern + r"|\s+(?:no,? (?:just|only)|sorry,? i mean|"
                         r"i mean)\s+|\s+no,\s+|\s+-\s+or rather\s+|(?<!\*)\s*\*(?=\w[^*]*$)|(?<=\S)[ \t]+\*[ \t]+"
                         r"(?!(?:re)?start|stop|reboot|mount|unmount|bring|take|turn|switch|blink|set)(?=\w[^*]*$)|"
                         r"\s+(?=\d+ actually\b)|" + _FILLER.pattern + "|"
                         r"[,;]\s*no\s+(?=(?:on|off|up|down)\W*$)|"  # "turn ACT on, no off"
                         # "restart nginx, no grafana", "reboot in 10 minutes, no 15" (not "no rush")
                         r"[,;]\s*no\s+(?!(?:rush|hurry|need|needs|idea|worries|worry|problems?|probs?|"
                         r"pressure|questions?|biggie|stress|panic|way|one|body|more|longer|further|"
                         r"matter|doubt|offen[cs]e|changes?|downtime|other|big|thanks?|luck|clue|"
                         r"reason|time|harm|data|users?|traffic|response|signal|power|internet|"
                         r"network|errors?|logs?|output|change|sound|light|lights|video|picture)\b)"
                         r"(?=[\w.@/:-]+(?:\s+[\w.@/:-]+){0,2}\W*$)|"
                         r"\s+i meant\s+")
# What the corrected thing is told by, after it: "..., that's the one that dropped mid-program"
_THE_ONE_THAT = re.compile(r"[,;.\u2014-]\s*(?:that'?s|that is|it'?s|it is|which is|thats) the one (?:that|which|"
                           r"who)\b.*$")
# "restart nginx, no mosquitto needed": what is not wanted, not a correction
_NOT_WANTED = re.compile(r"\b(?:needed|necessary|required|wanted|involved|please|thanks?)\b")
# What follows a filler that corrects nothing: "sorry for the bother", "er, thanks"
_NOT_A_NAME = re.compile(r"(?:for|about|to|i|we|it|again|please|pls|now|thanks|thank|but|and|"
                         r"if|when|that'?s|it'?s|my bad)\b")
# A correction that keeps things as they are: "i meant leave it running", "i meant nothing"
_KEPT = re.compile(r"\s*(?:(?:to )?(?:keep|leave)\b|nothing\b|not to\b|neither\b|none\b|"
                   r"to say (?:hi|hello)|never ?mind\b|forget it\b|don'?t\b|no(?:thing)? at all\b)")
# A correction to a question: "i meant is it up", "i meant what's its status"
_ASKED_INSTEAD = re.compile(r"\s*(?:is|are|was|does|did|what|what'?s|whats|how|show|look|ask|check|"
                            r"status|to (?:ask|check|type status|see))\b|.*\?\s*$")


# "the ovens are off, switch to power saving": how something is, not what is asked
_SAID_AS_HOW_IT_IS = re.compile(r"\b(?:is|are|was|were|'re|'s|has been|have been|went|gone)\s+(?:\w+\s+)?$")


_DIGIT_WORDS = {w: str(i) for i, w in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))}
_SPELLING = re.compile(r"[a-z0-9]+")


def _as_a_noun(text: str, found: lexicon.Found, scene: Scene) -> bool:
    """Whether a verb's word is the first half of a noun, with what the device has no name for:
    "restart count for blower 2", "stop reason zone 2", "bring up the log of tun0", "reboot
    history of the box" ask for no change (but "restart alarm server" names alarm-server)."""
    first = _NOTICES_FIRST.match(text, found.end) if found.effect is Effect.OFF else None
    if first:  # "stop alerts nginx", "stop alarms zone 3": the notices, unless a unit is named so
        nouns = {first[1], first[1].removesuffix("s")}
        return not any(nouns & {*e.parts, *e.aliases} for e in scene.entities)
    said = _NOUN_OF_A_VERB.match(text, found.end)
    if said is None:
        return False
    noun = said[1] or said[2]
    # ("restart log of the tracker" is no log unit, whatever the tracker's description logs)
    headed = said[1] is not None and re.match(r"\s+(?:of|for|on|about|into|in|from|at|with)\b",
                                              text[said.end():]) is not None
    # ("the alarms for the freezer" with freezer-alarm)
    nouns = {noun, noun.removesuffix("s")}
    owners = [e for e in scene.entities if nouns & {*e.parts, *e.aliases} or (not headed and (
        noun in e.attributes or noun in ground.tokens(e.doc)))]
    # ... but "the dosing pump 1 alarms" are pump 1's, whatever alarm-notifier pages: said after
    # a name the noun's owner does not have
    before = ground.tokens(text[found.end:said.end(1) if said[1] else said.end(2)])[:-1]
    return not owners or any(scene.named_by(w) and not any(ground.accounts_for(e, w) for e in owners)
                             for w in before if w not in ground.STOP)


# Notices said right after the verb, before what they are about
_NOTICES = (r"alerts?|alarms?|alerting|notifications?|paging|pages|pings|chatter|aelrts?|alrets?|alerst|aalrms?|"
            r"alrams?")
_NOTICES_FIRST = re.compile(rf"\s+(?:the\s+)?({_NOTICES})(?:\s+(?:me|us))?(?:\s+(?:about|for|from|on))?\s+"
                            r"(?=\w)(?!(?:lights?|leds?|lamps?|beacons?|indicators?|sirens?|horns?|panels?|servers?|"
                            r"services?|daemons?|dialers?|notifiers?|bridges?|gateways?|relays?)\b)")
# Nouns a verb's word makes a noun of, right after it (or its particle, a determiner, a name),
# as the head: what is never a thing a device runs, before "of", "for", "on" or at the end;
# what may be one ("the booking page", "restart the screen"), only before "of", "on" ("the web
# page for the printer", "the people counter for now" are things)
_NOUN_OF_A_VERB = re.compile(
    r"(?:\s+(?:the|its|their|my|our|this|that|a|an))?(?:\s+(?!(?:at|in|on|by|after|before|until|till|from|every|with|"
    r"the|a|an|and|or|to|of)\b)"
    r"[\w@.:-]+(?:'s)?){0,3}?\s+(?:(counts?|"
    r"(?<!\d )(?<!last )(?<!next )(?<!this )(?<!same )(?<!every )(?<!some )times?|reasons?|causes?|history|"
    r"histories|logs|policy|policies|checklists?|steps|delays?|intervals?|behaviou?rs?|"
    r"settings|stats|statistics|events|errors|warnings|trends?|frequency|summary|details|info|conditions?|"
    r"requirements|permissives?|procedures?|order|codes|conversations?|questions?|discussions?|investigations?|"
    r"audits?|ideas?|notes|names?|ip|address(?:es)?|costs?|bills?|usage|latency|heat|issues?|meetings?|date|"
    r"alerts?|alarms?|alerting|notifications?|pag(?:es|ing)|tickets?|spam|texts|reminders?|emails|messages|"
    r"pings|calibrations?|readings|chatter|noise|"
    # (as typed in a hurry: "stop lane 2 alrets", "stop the pump 2 aalrm")
    r"alrets?|aelrts?|alerst|aletrs?|aalrms?|alrams?|alarsm|aletring|alertign|alretign)"
    r"(?=\s+(?:of|for|on|about|into|in|from|at|with|zone|line|lane)\b|\s*[,.;!?]|\s*(?:pls|please|now)?\s*$)|"
    r"(log|status|state|temperatures?|temp|mode|interlocks?|faults?|error|screens?|pages?|signals?|commands?|"
    r"scripts?|counters?|reports?|rates?|data|metrics|graphs?|levers?|valves?|windows?|"
    r"schedules?|timers?|clocks?|recordings?|leaks?|menus?)"
    r"(?=\s+(?:of|on|about|into|in|from|at|with)\b))")


def _directions(text: str, scene: Scene) -> str:
    """A direction said as an adjective, of units named by the direction: "the southern DOAS"
    is doas@south, "the eastern one" is none of doas@north and doas@south (but "the eastern
    wing" stays, beside a unit that says "eastern")."""
    if not _DIRECTION_ADJECTIVE.search(text) or not any(
            scene.named_by(direction) for direction in ("north", "south", "east", "west")):
        return text  # (the adjective looked for first: whether the device names a direction costs)

    def base(said: re.Match[str]) -> str:
        return said.group() if scene.named_by(said.group()) else said[1]
    return _DIRECTION_ADJECTIVE.sub(base, text)


_DIRECTION_ADJECTIVE = re.compile(r"\b(north|south|east|west)ern\b")


def _floors(text: str, scene: Scene) -> str:
    """A floor said by its number, of two tiers the device names upper and lower: "the floor 2 tracker", "the 2nd
    floor bays" are the upper one, "floor 1" and "the ground floor" the lower one; never "the first floor" (one up,
    to some), a floor of three, nor where the device numbers its floors."""
    if not _FLOOR_SAID.search(text) or not (scene.named_by("upper") and scene.named_by("lower")) or \
            scene.named_by("middle") or any(_FLOOR_NUMBERED.search(e.doc.lower()) for e in scene.entities):
        return text
    return _FLOOR_SAID.sub(lambda said: "upper" if said["up"] else "lower", text)


def _temperatures(text: str, scene: Scene) -> str:
    """A temperature said in degrees, as the device writes it: "the 25 degree room" is the "25 °C room"
    (read as "25 c") of incubator-mon@25c, where a name or description says that number in Celsius."""
    def as_written(said: re.Match[str]) -> str:
        celsius = re.compile(rf"(?<![\w.-]){re.escape(said['n'])} ?(?:\u00b0 ?)?c\b")
        return f"{said['n']} c" if any(celsius.search(e.doc.lower()) for e in scene.entities) else said.group()
    return _DEGREES.sub(as_written, text)


_DEGREES = re.compile(r"(?<![\w.])(?P<n>-?\d+(?:\.\d+)?)(?: ?-?(?:degrees?|degs?|deg\.?)(?: ?(?:c|celsius|"
                      r"centigrade)\b)?|(?: degrees? | )(?:celsius|centigrade))(?![\w])"
                      r"(?! ?(?:f|fahrenheit|k|kelvin)\b)")


_FLOOR_SAID = re.compile(r"\b(?:(?P<up>floor 2|2nd floor|second floor|top floor|upstairs)|floor 1|ground floor|"
                         r"bottom floor|downstairs)\b")
_FLOOR_NUMBERED = re.compile(r"\b(?:floor|level|stor[e]?y)[ _-]?\d|\d(?:st|nd|rd|th)? ?(?:floor|level)\b|\b\d+f\b")


def _hyphens_joined(text: str, scene: Scene) -> str:
    """A name the device writes in one word, said with a hyphen or a space: "the on-air light"
    is red:onair, "pi-hole" is pihole-FTL, "the low glass light" amber:lowglass, "the hive data
    stick" the drive labelled HIVEDATA."""
    joined = {p for e in scene.entities for p in (*e.parts, *re.findall(r"[a-z0-9]+", e.name.lower()))
              if len(p) >= 4}
    apart = " ".join(e.doc.lower() for e in scene.entities)
    spaced = {p for e in scene.entities for p in e.attributes if len(p) >= 6} | {p for p in joined if len(p) >= 6}
    # (a light's function, whatever its words: "the on air light" is red:onair)
    functions = {p for e in scene.of(LED) for p in e.attributes if len(p) >= 5 and p not in ground.COLOURS}

    def one_word(said: re.Match[str]) -> str:
        return said.group().replace("-", "") if said.group().replace("-", "") in joined else \
            said.group()

    text = _HYPHENATED.sub(one_word, text)
    words = list(_PLAIN_WORD.finditer(text))
    for a, b in reversed(list(pairwise(words))):
        # (not two words the device itself writes apart)
        if text[a.end():b.start()] == " " and ((
                a.group() + b.group() in spaced and not {a.group(), b.group()} & _NEVER_JOINED)
                or a.group() + b.group() in functions) and f"{a.group()} {b.group()}" not in apart:
            text = text[:a.end()] + text[b.start():]
    return text


def _a_machine_not_here(said: str, kept: list[Match]) -> bool:
    """A machine no unit says it runs, said of units known by what they serve or by their
    instance only: "the pharmacy robot" with a blower for the pharmacy, "the east PC" with
    feeder@east, is a machine that is not here."""
    machines = {m[1] for m in _MACHINE_SAID.finditer(said) if not _SERVED.search(said, 0, m.start())}
    # (the machine, not the program said after it: "the tortilla press controller")
    words = _without_drivers(_object_words(_main_clause(said)).split())
    head = set(words[-1:]) & _PLANT_PARTS
    machines |= head

    def named_outright(m: Match) -> bool:  # by its own name, not only its instance's
        template = m.entity.name.lower().partition("@")[0].removesuffix(".service")
        return m.how in ("name", "typo", "part") and ("@" not in m.entity.name or any(
            p in said for p in re.split(r"[-_.]", template) if len(p) >= 3))
    def headed_by_a_machine(m: Match) -> bool:
        # "the lab centrifuge" with tube-station-lab: a word of its name, then a machine that is
        # no computer ("the kiosk pc" may be the one kiosk.service runs on)
        return any(re.search(rf"\b{re.escape(w)}\s+{machine}\b", said)
                   for w in m.words for machine in machines - _COMPUTERS)
    # (an LED is no machine either, said as what is meant: "the fault siren" is not the fault light,
    # while "the robot's status light" is a light)
    # (nor a drive: "the die pump" is not the DIES_2024 stick)
    return bool(machines) and bool(kept) and all(
        (m.entity.kind in (UNIT, STORAGE) or (m.entity.kind == LED and head and not any(
            h.startswith(w) or w.startswith(h) for w in m.words for h in head))) and (
            headed_by_a_machine(m) or not named_outright(m)) for m in kept) \
        and not any(t.startswith(w.removesuffix("s")[:max(5, len(w) - 3)])
                    for m in kept for t in ground.tokens(m.entity.doc) for w in machines)


# Machines a unit drives, which its description names if it drives one (not a camera or a
# printer: "the camera daemon" is a video capture daemon, "the printer spooler" CUPS)
_COMPUTERS = frozenset(["pc", "pcs", "computer", "workstation"])
_MACHINES = _COMPUTERS | frozenset(["robot", "robots", "forklift", "dishwasher", "lathe", "centrifuge", "analyzer",
                                    "analyser", "dispenser", "carousel", "incubator", "autoclave", "stirrer",
                                    "blender", "shaker", "microscope", "thermocycler"])
# Plant parts a unit drives or watches, which its description names if it does: said as the head of
# what is meant ("the oxygen candle igniter" with an oxygen supply monitor), not before it ("the pump
# box flows")
_PLANT_PARTS = frozenset(["igniter", "ignitor", "pump", "pumps", "compressor", "compressors", "burner", "burners",
                          "boiler", "boilers", "valve", "valves", "motor", "motors", "blower", "blowers", "chiller",
                          "chillers", "actuator", "actuators", "conveyor", "conveyors", "mixer", "mixers", "winch",
                          "crane", "elevator", "escalator", "heater", "heaters", "siren", "sirens", "panel", "panels",
                          "wall", "router", "routers", "press", "presses", "stacker", "stackers", "inflator",
                          "inflators", "grinder", "grinders", "fryer", "fryers", "saw", "saws", "hoist", "hoists",
                          "scale", "scales", "damper", "dampers", "door", "doors", "horn", "horns", "bell", "bells",
                          "extractor", "extractors", "charger", "chargers",
                          # (round 42: cutting, forming and packing machines)
                          "shear", "shears", "cutter", "cutters", "slitter", "slitters", "guillotine", "welder",
                          "welders", "extruder", "extruders", "crusher", "crushers", "shredder", "shredders", "baler",
                          "balers", "palletiser", "palletizer", "wrapper", "wrappers", "capper", "cappers", "sealer",
                          "sealers", "tumbler", "tumblers"])
# What a program that drives a machine is called, said after the machine
_DRIVERS_OF_A_MACHINE = frozenset(["controller", "control", "controls", "service", "daemon", "software", "program"])


def _without_drivers(words: list[str]) -> list[str]:
    """The words of a thing without the program word said after it ("the tortilla press controller")."""
    while len(words) > 1 and words[-1] in _DRIVERS_OF_A_MACHINE:
        words = words[:-1]
    return words
# (a machine said as the thing meant, not what it serves: "the web filter for the public PCs")
_MACHINE_SAID = re.compile(rf"\b({'|'.join(sorted(_MACHINES))})\b")
_SERVED = re.compile(r"\b(?:for|of|on|in|at|to|with)\s+(?:[\w-]+\s+){0,2}$")
# ("put eth0 back up" is no backup drive)
_NEVER_JOINED = frozenset(["back", "up", "down", "on", "off", "in", "out", "over", "it", "the", "to", "a",
                           "an", "and", "or", "of", "for", "with", "is", "are", "set", "turn", "bring", "take"])
_PLAIN_WORD = re.compile(r"(?<![\w./@:-])[a-z]{2,}(?![\w/@:-])")


def _spelled_names(text: str, scene: Scene) -> str:
    """Interface and drive names as a speech recogniser (or a careful speaker) writes them,
    letter by letter and digits as words, said as the names: "w lan zero" is wlan0, "e t h
    one" eth1, "s d a one" sda1, "g p s" gps. Only where the pieces join to a name the device has, and
    at least one piece is a single letter or a digit word, so ordinary words stay apart."""
    names = {re.sub(r"[^a-z0-9]", "", e.name.lower().removeprefix("/dev/")):
             e.name.lower().removeprefix("/dev/")
             for e in scene.entities if e.kind in (INTERFACE, STORAGE)}
    # and a service's short name: "the g p s daemon" is gpsd's "gps"
    names |= {a: a for e in scene.of(UNIT) for a in e.aliases if a.isalnum() and len(a) <= 6}
    words = list(_SPELLING.finditer(text))
    out, at, i = [], 0, 0
    while i < len(words):
        for j in range(min(len(words), i + 8), i + 1, -1):
            span = words[i:j]
            if any(text[a.end():b.start()].strip(" -") for a, b in pairwise(span)):
                continue  # only spaces or hyphens between the pieces
            pieces = [w.group() for w in span]
            if not any(len(p) == 1 or p in _DIGIT_WORDS for p in pieces) or any(
                    len(p) > 4 and p not in _DIGIT_WORDS for p in pieces):
                continue
            joined = "".join(_DIGIT_WORDS.get(p, p) for p in pieces)
            if joined in names:
                out += [text[at:span[0].start()], names[joined]]
                at, i = span[-1].end(), j - 1
                break
        i += 1
    return "".join(out) + text[at:]


def _numbered(text: str, scene: Scene) -> str:
    """A digit of a unit's or LED's name said as a word: "pump two" of pump2:green:run is
    "pump 2"."""
    numbered = {m[0] for e in scene.entities if e.kind in (UNIT, LED)
                for m in re.finditer(r"[a-z]{3,}\d", e.name.lower())}
    stems = {n.rstrip("0123456789") for n in numbered}
    units = {p for e in scene.of(UNIT) for p in e.parts}
    # ("group one" of a unit described as "Rectifier group 1 monitor")
    described = {m.group() for e in scene.of(UNIT) for m in re.finditer(r"[a-z]{3,} \d\b", e.doc.lower())}

    def digit(m: re.Match[str]) -> str:
        if m[2] == "one" and re.search(r"\bthe $", m.string[:m.start()]) and \
                re.match(r"\s*(?:$|[,.;!?])", m.string[m.end():]):
            return m.group()  # "restart the compressor one": the compressor's, not compressor 1
        if f"{m[1]} {_DIGIT_WORDS[m[2]]}" in described:
            return f"{m[1]} {_DIGIT_WORDS[m[2]]}"
        joined = f"{m[1]}{_DIGIT_WORDS[m[2]]}"  # ("camera two" of camera2.service)
        if m[2] == "one" and joined not in numbered and joined not in units:
            return m.group()  # "the apache one" of apache2: which one, not a number
        return joined if joined in units else f"{m[1]} {_DIGIT_WORDS[m[2]]}" if m[1] in stems \
            else m.group()
    return _DIGIT_SAID.sub(digit, text)


_DIGIT_SAID = re.compile(r"\b([a-z]{3,}) (one|two|three|four|five|six|seven|eight|nine)\b")


# What is told of writing, not asked: "rw broke it last time", "i'll write a report", "avoid
# rw", "the docs say read-write", "the rw one"
_WRITING_TOLD = re.compile(r"\b(?:used to|last time|broke|wrecked|corrupted|ruined|killed|avoid|mounted|"
                           r"careful|docs?|manual|wiki|says?|said|elsewhere)\b|^\s*the \w+ one\W*$|"
                           # (the speaker's own plans, unless they write onto it: "i'll back up
                           # onto it" asks for writing)
                           r"\b(?:i'?ll|i will|we'?ll|we will|then (?:i|we))\b(?!.*\b(?:onto|to|on|"
                           r"into|in) (?:it|that|there|the (?:drive|stick|disk|card))\b)"
                           # (or they say what they will do to its files: "I'll rename some folders")
                           r"(?! (?:delete|remove|rename|archive|tidy|clean|empty|upload|wipe|purge|prune)\b)")
_OF_WRITING = re.compile(r"\b(?:is|was|(?<!we )are|were|it'?s|isn'?t|failed|fails|label|labelled|labeled|"
                         r"sticker|normally|usually|dangerous|risky|denied)\b")


def _time_alone(text: str) -> values.Delay:
    """The delay of a clause that only says when ("reboot it please, in 10 minutes"); a
    duration in a clause of its own ("i'll be back in 15 minutes", "it froze 5 minutes ago",
    "not in 10 minutes") is no delay asked for."""
    for clause in speech.clauses(values.unshown(text)):
        said = values.delay(clause)
        rest = set(re.findall(r"[a-z']+", values.without_delays(clause))) - _TIME_FILLER
        # ("give it fifteen minutes and then reboot": the clause with the verb says it)
        # (not a reason's: "chrony is off by an hour", "node red restarts every 5 minutes")
        if (said.seconds is not None or said.problem) and (not rest or any(
                not speech.inflected(clause[o:].split()[0]) for o in _action_offsets(clause))):
            return said
    return values.Delay(None)


_RIGHT_NOW = re.compile(r"\b(?:now|immediately|right away|asap|at once)\b")
_A_NUMBERED_LINK = re.compile(r"\b(?:ethernet|eth|wifi|wlan|wireless|lan|nic|link|interface|modem|lte|4g)"
                              r"\s*#?([1-9])\b")
_WHO_IS_HERE = re.compile(r"^\s*(?:(?:hi|hey|hello|yo)\b,?\s*)?(?:it'?s\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+here"
                          r"\s*[.,!:;\u2014-]")
_WHEN_SAID = re.compile(r"\b(?:before|after|until|till|ahead of)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}")
_TIME_FILLER = frozenset(["please", "pls", "plz", "thanks", "thx", "ok", "okay", "and", "then",
                          "but", "do", "it", "wait", "so", "the", "reboot", "restart", "minutes",
                          "from", "say", "like", "around", "about", "roughly", "approx", "in",
                          "give", "hold", "delay", "let", "lets", "let's", "make", "after",
                          "within", "for", "at", "least", "most", "max", "yes", "sure", "timeout",
                          "countdown", "timer", "grace", "of", "first", "or", "ish"])  # ("give it 45 secs first")


def _appositive(text: str) -> str:
    """"turn on the status led, the blue one": the one said after the pause is the one before,
    told apart (one clause: "turn on the status led the blue one"), what the speaker does after it or not
    ("unmount the T7, the 500 gig one, I'm taking it home")."""
    return _APPOSITIVE.sub(r" \1", text)


_APPOSITIVE = re.compile(r"\s*[,-]\s+(the (?!other\b)(?:[\w:-]+ ){1,3}?ones?)(?:[.!]*$|"
                         r"(?=\s*[,;]\s*(?:i'?m|i am|we'?re|we are|taking|thanks|thank you|cheers)\b))")


# A filler between commas, before more is said: ", hmm, ", ", well, ", ", um, "
_FILLER_BETWEEN = re.compile(r"([,;])\s*(?:h+m+|u+m+|u+h+|e+r+m*|well|so|oh)\s*,\s*"
                             r"(?=(?:actually|make (?:it|that)|no|i mean|sorry|rather|or rather)\b)")


# A thing said and nothing more, as a correction names one: "no the broker exporter" (not "actually the web site is
# down")
_A_THING_SAID = re.compile(r"(?:the|my|our|that|this)\s+(?!.*\b(?:is|are|was|were|has|have|had|keeps|won'?t|isn'?t|"
                           r"doesn'?t|didn'?t|can'?t|went|goes|seems|looks|needs|works|worked|broke|died|crashed)\b)"
                           r"[\w@.:-]+(?:\s+[\w@.:-]+){0,3}")


# A program's name, as no English word is written: "zabbix-agent", "mysql", "loki" (red team 62)
_A_PROGRAM = re.compile(r"[a-z][a-z0-9]*-[a-z0-9-]+|[a-z]+\d[a-z0-9]*|mysql|mariadb|loki|ntpd|sshd|httpd|named|"
                        r"redis|kafka|timesyncd|postfix|dovecot|squid|bind9?|haproxy|traefik|caddy|envoy")


def _corrects(said: re.Match[str], names: Callable[[str], bool]) -> bool:
    """Whether a correction's words correct: said without a pause, only to a name of the device ("restart grafana
    actually node-red", not "restart nginx sorry for the bother"); a filler, only before a request, a name or a state
    (what is meant said first, and why after it: "restart grafana er node-red as grafana works")."""
    rest = said.string[said.end():].strip(" .!")
    if _CORRECTION_UNPAUSED.fullmatch(said.group()):
        before = said.string[:said.start()].split()
        if len(before) < 2 or re.fullmatch(r"but|and|or|if|pero|mas|ma|aber|mais|maar|men|ale|don'?t|dont|not|to|"
                                           r"can'?t|cannot|won'?t|will|can|could|should|must|gonna|'ll|please|"
                                           r"pls", before[-1]):
            # ("restart the broker pero no the exporter": kept apart; "restart no nginx", "don't wait 5 minutes")
            return False
        # (a name, a thing of the device said in its words, a profile or a time: "no the print scheduler", "err
        # powersave", "wait 10 minutes")
        first = rest.split(",")[0]
        words = first.split()
        # (or a program's name the device does not have: "restart avahi actually traefik" asks for traefik)
        if any(names(w) for w in words[:3]) or names(" ".join(words[:4])) or (
                len(words) <= 2 and bool(words) and (
                    words[0] in ground.PRODUCTS or bool(_A_PROGRAM.fullmatch(words[0])))) or bool(
                _A_THING_SAID.fullmatch(first.strip(" .!"))) or bool(
                re.match(r"(?:performance|balanced|powersave)\b", rest)) or bool(values.delay(rest).seconds):
            return True
        if not _FILLER.fullmatch(said.group()):  # ("unmount rootfs sorry BACKUP": a filler's own reading next)
            return False
    if not _FILLER.fullmatch(said.group()):
        return True
    meant = _WHY_AFTER_IT.split(rest.split(",")[0])[0]
    return rest in ("on", "off", "up", "down") or bool(_action_offsets(rest)) or (
        len(meant.split()) <= 3 and not _NOT_A_NAME.match(rest)) or bool(_A_THING_SAID.fullmatch(meant.strip(" .!")))


def _corrected(text: str, names: Callable[[str], bool]) -> str:
    """What follows the operator's last correction, when it is a request of its own ("make it
    10" is not: the correction then takes the request back, and nothing is done). A filler
    said without a pause ("restart nginx er grafana") corrects only when what follows is a
    request, a name of the device's or a state ("sorry for the bother" corrects nothing)."""
    text = _FILLER_BETWEEN.sub(r"\1 ", text)  # ("reboot in 5 minutes, hmm, actually 5 hours")
    said = [m for m in _CORRECTION.finditer(text) if _corrects(m, names)]
    rest = text[said[-1].end():] if said and not speech.steered(text) else ""
    rest = _THE_ONE_THAT.sub("", rest)  # ("sorry no, the temples one, that's the one that dropped")
    before = text[:said[-1].start()] if said else ""
    bare = rest.strip(" .!")
    if rest and re.fullmatch(r"[,;]\s*no\s+", said[-1].group()) and not (
            (len(bare.split()) <= 2 and names(bare) and not _NOT_WANTED.search(bare)
             and not _action_offsets(bare)) or (bare.startswith("the ") and _A_THING_SAID.fullmatch(bare)) or re.match(
                r"\d|(?:one|two|three|four|five|six|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
                r"sixty|ninety)\b", bare) or
            re.fullmatch(r"on|off|up|down|blink|rw|ro|read-?only|read-?write", bare) or
            # a profile for a profile ("set powersave, no performance"); "restart nginx, no
            # reboot", "..., no powersave" say what is not wanted
            (re.fullmatch(r"performance|balanced|powersave", bare) and
             any(p.search(before) for p in lexicon.PROFILES.values()) and
             # ("stay on full power, no powersave": the one kept, and the one not wanted)
             not re.search(r"\b(?:stay|stays|keep|stick|remain|hold)\b", before))):
        return text  # ("gpsd pls restart, no fix since morning", "reboot now, no delay": why)
    if rest and speech.HEDGED.search(rest):
        return text  # ("turn ACT on er PWR, i think": the hedge is said of the whole)
    if rest and _effect_offsets(before) and _KEPT.match(rest):
        return "never mind"  # "stop mosquitto, i meant leave it running", "..., i meant nothing"
    if rest and _effect_offsets(before) and _ASKED_INSTEAD.match(rest):
        return rest  # "stop mosquitto, i meant is it up": a question now
    when = _MAKE_THAT.sub("", rest)
    if rest and _effect_offsets(before) and not _action_offsets(rest) and not values.delay(
            before).seconds and _MEANT.search(said[-1].group()) and (
            values.later(when) or values.lasting(when) or values.delay(when).seconds):
        # "reboot, i meant in an hour", "restart nginx, make that tomorrow": the request, then
        if values.delay(when).seconds and not re.match(r"(?:in|after|within|for)\b", when):
            when = f"in {when}"  # ("..., make it 30 min")
        return f"{before.strip(' ,.;-')} {when}"
    said_of = _object_words(rest)
    if rest and _action_offsets(rest) and (re.search(r"[^\d\s,.]", said_of) or (not said_of and all(
            f.effect is Effect.REBOOT for f in lexicon.effects(rest)))):
        # (not "no wait, 30, reboot": a number of what? Nor "..., make it blink", which says
        # of what only before)
        return rest
    if rest and _action_offsets(rest) and _effect_offsets(before) and \
            not lexicon.effects(_object_words(before)) and not _TAKEN_BACK.search(rest):
        # "mount BACKUP, i meant unmount", "stop mosquitto, i meant start it": the new verb, of
        # what was said before
        return f"{_PRONOUN.sub(' ', rest).strip()} {_object_words(before)}"
    if not rest or not _effect_offsets(before) or _TAKEN_BACK.search(rest):
        return text
    if rest.strip(" .!") in ("on", "off", "up", "down"):  # "take wlan0 down, i mean up"
        return re.sub(r"\b(?:on|off|up|down)\b(?!.*\b(?:on|off|up|down)\b)", rest.strip(" .!"),
                      before)
    if values.delay(before).seconds and re.fullmatch(r"(?:right )?now|immediately|at once",
                                                      rest.strip(" .!")):
        return f"{values.without_delays(before).strip(' ,.;-')} now"  # "..., i mean now"
    # "reboot in 20 min. no wait, make it 30 min", "... uh, no, thirty": the same request, at
    # the new time (in the unit said before, when the new one has none)
    new = _NEW_TIME.fullmatch(rest.strip(" .!"))
    if new and values.delay(before).seconds:
        amount = new.group(1)
        if not values.delay(amount).seconds:
            amount = f"{amount} {values.unit_said(before)}"
        if values.delay(amount).seconds:
            return f"{values.without_delays(before).strip(' ,.;-')} in {amount}"
    if _action_offsets(rest) or values.delay(rest).seconds or not _object_words(rest):
        return text
    # "restart grafana and also the... no, just the pump controller", "restart nginx, i mean
    # grafana": the same verb (and its particle: "take enp1s0 down no, just enp2s0"), said of
    # what the correction names
    # (what follows in another sentence is still said: "... the time-series database. the
    # other db is fine")
    rest, _, after = rest.partition(". ")
    head, _, fine = rest.partition(", ")
    if fine and _FINE_SAID.match(fine):  # ("sorry, B block, A is fine": how the other is, said after)
        rest, after = head, f"{fine}. {after}" if after else fine
    # ("restart grafana er node-red as grafana works": why, said after what is meant)
    if why_said := _WHY_AFTER_IT.search(rest):
        rest, why = rest[:why_said.start()], rest[why_said.end():]
        after = f"{why}. {after}" if after else why
    parts = rest.split(", ")
    told = next((i for i in range(1, len(parts)) if _TOLD_AFTER.match(parts[i])), None)
    if told is not None and not _action_offsets(", ".join(parts[told:])):
        # ("no sorry, I mean the RCMS bridge, the tower lost the status page": why, said after what is meant;
        # "sorry, B, the supportive meds one, it hasn't updated": which, said twice)
        rest, why = ", ".join(parts[:told]), ", ".join(parts[told:])
        after = f"{why}. {after}" if after else why
        if told > 1 and len(parts[0].split()) <= 4 and names(parts[0]) and all(
                _DESCRIBED.fullmatch(p) for p in parts[1:told]):
            rest = parts[0]
    # (where it is may follow: "sorry no, the dispatch one by the roller door")
    described = _MEANT.search(said[-1].group()) and _DESCRIBED.fullmatch(_WHERE_AFTER.sub("", rest.strip(" .!"))) and \
        not set(_object_words(rest).split()) & (_SOME_THING | _NOT_DESCRIBED)
    if _JUST.search(said[-1].group()) or (len(rest.split()) <= 4 and names(rest)) or \
            _FILLER.fullmatch(said[-1].group()) or described or _CORRECTION_UNPAUSED.fullmatch(said[-1].group()) or (
                re.fullmatch(r"[,;]\s*no\s+", said[-1].group()) and _A_THING_SAID.fullmatch(rest.strip(" .!"))):
        # ("restart nginx er apache": apache, absent; "restart mosquitto - no sorry, the
        # time-series database": what that describes)
        verb = re.match(r"\S+", before[_effect_offsets(before)[0]:])
        particle = re.findall(r"\b(?:on|off|up|down)\b", before)
        request = f"{verb.group() if verb else ''} {rest} {particle[-1] if particle else ''}".strip()
        return f"{request}. {after}" if after else request
    # "restart nginx, i mean the other thing": not what was said first, and what is meant is
    # not said: nothing is done
    return f"{rest}. {after}" if after else rest


_JUST = re.compile(r"\b(?:just|only)\b")
# A clause of its own, told after what a correction names: "the tower lost the remote status page"
_TOLD_AFTER = re.compile(r"(?:it|they|we|i|he|she|there|(?:the|our|my) [\w-]+(?: [\w-]+)?)\s+(?:\w+n'?t|is|are|was|"
                         r"were|has|have|had|keeps?|kept|lost|stopped|died|went|seems?|looks?|[a-z]{3,}ed)\b")
_WHY_AFTER_IT = re.compile(r"\s+(?:as|because|since|cos|cause|coz)\s+(?=(?:the )?[\w@.-]+(?: [\w@.-]+)? "
                           r"(?:is|are|was|'s|works|seems|looks)\b)")
_FINE_SAID = re.compile(r"(?:the )?[\w@.-]+(?: [\w@.-]+)? (?:is|are|was|'s) (?:fine|ok|okay|good|working|running|"
                        r"alright|all right)\b")
# Words that say which of what was said, or the opposite of it, and describe nothing
_NOT_DESCRIBED = frozenset(["other", "one", "ones", "else", "reverse", "opposite", "contrary",
                            "same", "latter", "former", "first", "second", "last", "rest"])
_DESCRIBED = re.compile(r"(?:the|my|our) [\w-]+(?: [\w-]+){0,3}")
_TAKEN_BACK = re.compile(r"\b(?:don'?t|do not|not|never|nothing|kidding|cancel|forget|nah|nope|"
                         r"leave it|stop)\b")


_WHERE_AFTER = re.compile(r"\s+(?:by|near|next to|beside|behind|at|on|in) the [\w-]+(?: [\w-]+)?$")
_MEANT = re.compile(r"\b(?:i mean|i meant|make (?:it|that)|actually|sorry|correction|rather)\b")
_MAKE_THAT = re.compile(r"^\s*(?:make (?:it|that)|change (?:it|that) to|let'?s say)\s+")
_NEW_TIME = re.compile(r"(?:make (?:it|that)|change (?:it|that) to|rather|let'?s (?:say|do)|"
                       r"(?:in )?)\s*(.+?)(?:\s+actually)?")


def _instance_id(unit: str) -> str:
    """An instance's id: 'right' of 'capture-station@right.service'."""
    return unit.split("@", 1)[1].rsplit(".", 1)[0]


_PRONOUN = re.compile(r"\b(?:it|them|'?em|him|her|that|this|those|these|that one|this one)\b")
# What only records a machine, as the last part of its name
_RECORDERS = frozenset(["log", "logger", "logging", "recorder", "historian", "archiver"])
_ITS = re.compile(r"\b(?:its|that|this)\s+([a-z][\w-]*(?:\s+(?!(?:off|on|up|down|back|now|again|please|pls)\b)"
                  r"[a-z][\w-]*)?)(?:\s+(?:off|on|up|down|back on|now|again|"
                  r"please|pls))*(?:\W*$|\s*[,;]\s*(?:we|we'?re|i|i'?m|they|they'?re|as|since|because|cos|cause)\b.*$)")


_A_THING_DOES = re.compile(r"\s*(?:the|a|an|my|our|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:is|are|was|were|keeps?|has|have|will|gets?)\b")


# A verb after "is" says what happened to a thing: "the fibre to the reptile house is cut"
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|got|gets)\s+$")


def _focus(text: str) -> str:
    """The clause that asks, when it says what it is about ("restart klipper pls, printer not
    responding" is about klipper); the whole command when it only says "it"."""
    parts = speech.clauses(text)
    # what the speaker does is not asked of the device: "we run the cable now"
    asking = [c for c in parts if not speech.of_the_speaker(c)
              and not speech.HOW_THINGS_SHOULD_BE.match(c)] or parts
    # ("bring can0 up, the lift is about to start the morning check": what a thing does)
    asking = [c for c in asking if not _A_THING_DOES.match(c)
              and not speech.predicated(c, _action_offsets)  # "the restart fixed it"
              and not _PASSIVE.search(c[:next(iter(_action_offsets(c)), 0)])] or asking
    # (not how a thing is: "bring the 4g up, the wifi bridge is down", "..., the stations went dark")
    def asked(offsets: list[int], clause: str) -> list[int]:
        return [o for o in offsets if not _SAID_AS_HOW_IT_IS.search(clause, 0, o)]
    effects = [c for c in asking if _effect_offsets(c)]  # "take the lte link down": particles
    effects = [c for c in effects if asked(_effect_offsets(c), c)] or effects
    # ("grafana was restarted yesterday, nginx hangs now, restart it": the base form asks)
    main = next((c for c in asking if any(not speech.inflected(c[o:].split()[0]) for o in
                                          asked(_action_offsets(speech.masked_complaints(c)), c))),
                next((c for c in asking if asked(_action_offsets(c), c)),
                     effects[0] if len(effects) == 1 else text))
    # "i plugged in sdd6, load it read-only": "it" is said elsewhere
    return main if main != text and not _PRONOUN.search(main) and _object_words(main) else text


# "but do not touch the tank 2 steriliser", "without touching the cellular", "spare X", "leave X in peace", "hold off
# on X", "(leave X off)": kept as it is, with how it is to stay
_KEPT_APART = re.compile(r"\b(?:(?:do not|don'?t|dont|never) (?:touch|mess with|bring|start|stop|restart|turn|switch)|"
                         r"without touching|(?<=but )spare|(?<=and )spare|(?<=, )spare|hold off on|leave) "
                         r"(?:the |that |this )?"
                         r"([\w@.+-]+(?: [\w@.+-]+)?)(?:(?= (?:alone|as it is|as is|in peace|be)\b)| (?:up|down|on|off|"
                         r"running)\b|(?=\s*(?:[,;.)]|$)))")
_EXCLUDED = re.compile(r"(?:^|[,;.(\[]\s*|\s-+\s*|\b(?:that|which)(?:'s| is) |\s(?=(?:and|but) (?:not|never|"
                       r"leave|keep|skip)\b)|"
                       # ("restart the weather thing not the rain gauge")
                       r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bdo)(?<!\bdoes)(?<!\bdid)(?<!'s)(?<!\bits)(?<"
                       r"!\bit)"
                       r"(?<!\bthat)(?<!\bthis)\s(?=not the\b))"
                       r"(?:but |and )?(?:not|skip|never|keep|pero no|excluding|exempting|minus|"
                       r"leave) (?:the |that |this )?"
                       r"([\w@.+-]+(?: [\w@.+-]+)?)(?: itself| one| daemon| service| alone)?\s*"
                       r"(?=[,;.)\]]|\s+-|\s+(?:that|which|who)\s|$)|"
                       r"\b(?:except|other than|anything but|but not|apart from|besides|instead of|"
                       r"rather than) (?:the |that |this )?"
                       r"([\w@.+-]+(?: [\w@.+-]+)?)|"
                       r"\b([\w@.+-]+) (?:excluded|aside)\b|\bnot (?:the )?([\w@.+-]+) but\b|"
                       # "the one that isn't nginx", "whichever isn't the trailcam"
                       r"\b(?:that|which|whichever|who) (?:isn'?t|is not|ain'?t|aren'?t) (?:the |that "
                       r"|this )?([\w@.+-]+(?: [\w@.+-]+)?)(?: itself| one| daemon| service| alone)?|"
                       r"\bnot (?:labell?ed|called|named) ([\w@.+-]+)|"
                       # (red team 60) "(not the seamer plc bridge)", "[not grafana]": however long, in brackets
                       r"[(\[]\s*(?:not|except|excluding|but not) (?:the |that |this )?([^()\[\]]+?)\s*[)\]]|"
                       # ... and "but grafana must not be touched"
                       r"\b([\w@.+-]+(?: [\w@.+-]+){0,3}?) (?:must not|mustn'?t|is not to|should not|shouldn'?t) be "
                       r"(?:touched|changed|restarted|stopped)\b|" + _KEPT_APART.pattern)
# "restart the web server - dont touch the POS bridge": said of what is not to be touched
_SPARED = re.compile(r"\b(?:don'?t|dont|do not|never) (?:touch|mess with)\b")


# A clause that says something of its subject: "codesys runtime is the one hanging", "the
# navigation server not open charts"
_SAID_OF = re.compile(r"\s*((?:the |my |our |this |that )?[\w@.+-]+(?: [\w@.+-]+){0,5}?)\s+(?:is|"
                      r"are|was|were|seems?|keeps?|has|have|had|went|got|not|isn'?t|won'?t|wont|"
                      r"looks?|appears?|feels?|sounds?|smells?|runs?|reads?|shows?|"
                      r"can'?t|cant|doesn'?t|didn'?t|stopped|crashed|died|hangs?|froze|just|hung|"
                      r"tripped|failed|fails|broke|stalled|quit|exited|dropped|crashes|dies|freezes|"
                      # (its "is" left out: "right rail scanner reading cold on every axle, restart it")
                      r"reading|showing|giving|throwing|spitting|printing|sending|reporting|dropping|lagging|"
                      r"flapping|looping|spamming|hanging|freezing|crashing|failing|stalling|stuttering|skipping|"
                      r"beeping|acting|misreading)\b")
_IDENTIFIED = re.compile(r"\s*(?:called |named )?([\w@.:/-]*\d[\w@.:/-]*)[\s,.;!-]*")
# A thing named before the request, as a heading: "the UPS shutdown watcher, restart it"
_TOPIC = re.compile(r"\s*(?:the|that|this) (?:[\w@.+-]+ ){0,4}[\w@.+-]+\s*[,:-]?\s*")
# (never after a preposition: "the export on the second agilent" is where it is)
_REDUCED_RELATIVE = re.compile(r"^((?:the|my|our|this|that) \S+(?: (?!(?:on|of|for|at|in|from|with|by|near|behind|"
                               r"beside|under|above|over|inside|outside)\b)\S+)?)(?<! on)(?<! of)(?<! for)(?<! at)"
                               r"(?<! in)(?<! from)(?<! with)(?<! by)(?<! near) (?:the|my|our|its|their|"
                               r"all|these|those) .*$")
_FINE = re.compile(r"(?<!not )(?<!n't )(?<!nt )\b(?:fine|healthy|alright|all right|innocent|"
                   r"back to normal|running smoothly|stable|works again|working again)\b|"
                   # ("grafana is ok but the camera is spamming alerts, stop it")
                   r"(?<!not )\b(?:is|are|looks|seems) (?:ok|okay|all good)\b(?! (?:to|if|with)\b)|"
                   r"\b(?:problem|issue|culprit|one) (?:is not|isn'?t)\b|\bnot the "
                   r"(?:problem|issue|culprit|one)\b")
_ANYWAY = re.compile(r"^\s*(?:but|still)\b|\b(?:anyway|anyhow|regardless|just in case|"
                     r"all the same|to be safe|to be sure)\b")
_CONTRAST = re.compile(r"\b(?:but|though|although|yet|still)\b")
# "though" said of the subject, before its verb: "grafana is fine. the camera(,) though(,) is
# acting up, stop it" says the camera is, as "however" and "on the other hand" do
_CONTRAST_ADVERB = re.compile(r",?\s+\b(?:though|however|on the other hand|in contrast)\b,?(?=\s+(?:is|are|was|"
                              r"were|has|have|had|keeps|kept|seems|looks|still|just|isn'?t|aren'?t|"
                              r"wasn'?t|hasn'?t|won'?t|can'?t|doesn'?t|does|did)\b)")
_TOO = re.compile(r"\s*\S+(?: \S+)? (?:too|as well|also)\W*$")
_CLEFT = re.compile(r"\s*it(?:'s| is| was)\s+(?!a |an |the one\b|either\b)((?:the )?[\w@.+-]+(?: [\w@.+-]+)?)"
                    r"\s*[,.;!]?\s*$")


def _topic(text: str) -> str | None:
    """The report a status question asks for, by the sentence that asks it first: "is the wifi
    connected? graphs have not updated since 14:00" asks about the network."""
    asked = [c for c in speech.clauses(text, commas=False) if c.endswith("?")]
    return next((t for c in asked if (t := lexicon.status_topic(c))), None) or \
        lexicon.status_topic(text)


def _without_timing(text: str) -> str:
    """The text without clauses that say when ("reboot it in 24 hours, after the nightly
    sync")."""
    return " ".join(c for c in speech.clauses(text)
                    if not re.match(r"(?:after|before|once|until|till|when|by)\b", c))


def _and_clauses(text: str) -> list[str]:
    """"grafana is hanging and nginx is slow" is two clauses; "nginx and grafana are hanging"
    one, of two names."""
    halves = re.split(r"\band\b", text)
    return halves if all(_SAID_OF.match(h) for h in halves) else [text]


# "X's off", "wg0's back on": X is, not X's; never "let's"
_IS_CONTRACTED = re.compile(r"\b(?!let\b)([\w@.:-]+)'s\s+(?=(?:back\s+)?(?:off|on|up|down|offline|online|out)\b)")
_WHAT_WILL_HAPPEN = re.compile(r"\b(?:is|are|'s|'re)\s+(?:gonna|going to|about to)\b|\b(?:will|'ll)\s+(?!you\b)")


# What a dashboard shows of another thing: "grafana shows the chiller red", "... shows seat sync in red"
_SHOWS = re.compile(r"\b(?:shows?|flags?|marks?|lists?|reports?)$")
_SHOWN_AS = re.compile(r"\s*((?:the )?[\w@.+-]+(?: [\w@.+-]+)?) (?:as |in )?(?:red|amber|orange|yellow|failing|failed|"
                       r"down|offline|critical|dead)\b")
# Said of many ("loans are not going out"), which "it" is not
_PLURAL_SAID = re.compile(r"\b(?:are|were|have|aren'?t|weren'?t|haven'?t|don'?t)$")
_ONE_REFERRED = re.compile(r"\b(?:it|that one|this one)\b")
_THOUGHT = re.compile(r"^\s*(?:i (?:think|guess|believe|reckon|suspect|fear)|(?:it )?(?:looks|seems|sounds) like|"
                      r"it seems|apparently|(?:i'?m )?pretty sure)\s+(?:that\s+)?")


def _referent(text: str) -> tuple[str | None, list[str]]:
    """What "it" of the clause that asks stands for, and the clauses that say something is
    fine. "It" is the subject of the nearest clause before it that says something of one
    ("checked telegraf and chrony, both fine. codesys runtime is the one hanging, restart it" is
    codesys; "it was grafana" is grafana); two such subjects in one clause are both ("grafana
    is hanging and nginx is slow"), and asked about."""
    parts = speech.clauses(_CONTRAST_ADVERB.sub(" ", text))
    # the clause that asks: its verb in the base form ("grafana was restarted yesterday" tells)
    at = next((i for i, c in enumerate(parts) if any(
        not speech.inflected(c[o:].split()[0]) for o in _action_offsets(
            speech.masked_complaints(c)))),
        next((i for i, c in enumerate(parts) if _effect_offsets(c)), 0))
    fine: list[str] = []
    many = ""  # a subject said to be many, said last
    asking = parts[at] if parts else ""
    if not _PRONOUN.search(asking) or _object_words(_PRONOUN.sub(" ", asking)).replace(
            "not", "").strip():
        return None, fine  # "containerd hangs, restart docker not it" names docker
    if _ANYWAY.search(asking):
        return None, fine  # "nginx looks fine, but restart it anyway": what is fine is meant
    # ("grafana is hanging, and nginx is slow": one clause, split where the report ended)
    joined = list(parts[:at])
    for i in range(len(joined) - 1, 0, -1):
        if re.match(r"\s*and\b", joined[i]):
            joined[i - 1:i + 1] = [f"{joined[i - 1]} {joined[i]}"]
    for clause in reversed(joined):
        if _WHAT_WILL_HAPPEN.search(clause):
            continue  # ("urea dosing monitor crashed, NOx is gonna spike, get it back": what follows, not "it")
        cleft = _CLEFT.match(clause)
        if cleft:
            return cleft.group(1), fine
        # ("i think the humidity logger has stopped? could you restart it": what is thought of it)
        pieces = [_THOUGHT.sub("", re.sub(r"^\s*(?:and|but|so|then|or)\s+", "", q))
                  for p in re.split(r"\b(?:but|while|though|although)\b", clause)
                  for q in _and_clauses(p)]
        subjects = []
        for piece in pieces:
            said = _SAID_OF.match(piece)
            if said and re.search(r"\b(?:is|are|was|were)\s*$", said.group()) and \
                    not piece[said.end():].strip(" ,.;!"):
                continue  # "grafana isn't fine, nginx is": said as the other was
            if said and _FINE.search(piece):
                fine.append(piece)
            elif said and not _PRONOUN.fullmatch(said.group(1)) and \
                    not speech.OTHERS.match(piece):  # "customers are waiting"
                # "the broker the hive sensors publish to died": the head, not the clause
                subject = _REDUCED_RELATIVE.sub(r"\1", said.group(1))
                named = _IDENTIFIED.fullmatch(piece[said.end():])
                if named and re.search(r"\b(?:is|are|was)$", said.group()):
                    subject += f" {named.group(1)}"  # "the usb wifi dongle is wlan1": both
                if shown := _SHOWN_AS.match(piece, said.end()) if _SHOWS.search(said.group()) else None:
                    subject = shown[1]  # ("grafana shows the chiller red, restart it": the chiller)
                if _PLURAL_SAID.search(said.group()) and _ONE_REFERRED.search(asking):
                    # ("the b2c worker failed, loans are not going out - restart it": not the loans, when one
                    # thing is said before them)
                    many = many or subject
                    continue
                subjects.append(subject)
        if subjects:
            return " and ".join(subjects), fine
        if clause is joined[-1] and _TOPIC.fullmatch(clause) and not _effect_offsets(clause):
            return clause.strip(" ,.;:-"), fine  # "the UPS shutdown watcher, restart it"
        if _CONTRAST.search(clause):
            # "the broker is working but clients can't connect": it is still what is meant
            fine = [f for f in fine if f not in pieces]
        else:
            fine += [c for c in [clause] if c not in fine and _FINE.search(c)]
    if many:
        return many, fine
    # ("nginx is healthy, grafana too": the same)
    return None, fine + [c for c in joined if fine and _TOO.search(c)]

def _modifiers(before: str) -> list[str]:
    """The last words of `before` that qualify what follows, back to a determiner, a filler or a
    verb: "restart the drafting gate " -> drafting, gate."""
    words: list[str] = []
    for word in reversed(before.split()):
        if word in ground.FILLER or lexicon.effects(word) or word in _SOME_THING:
            break
        words.insert(0, word)
    return words


# What many programs of a site are, besides ground.GENERIC: "the kitchen display" is no score
# display, "the ice machine monitor" no generator monitor
_WHAT_MANY_ARE = frozenset(["display", "camera", "printer", "reader", "scanner", "sensor",
                            "panel", "board", "kiosk", "counter", "recorder", "tracker", "beacon"])


_SERVED_CONTENT = frozenset(["page", "pages", "site", "website", "portal", "dashboard", "ui", "frontend", "webpage"])


def _said_before(text: str, heads: set[str]) -> list[str] | None:
    """The words said right before a head word, back to a determiner or a verb ("the drafting
    gate controller": drafting, gate), or after it with "for" ("the exporter for the visitor
    counter": visitor, counter); only words that could tell one program from another."""
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    said = re.search(rf"((?:[a-z0-9]+\s+){{1,3}})(?:{head})(?![\w.@-])(?:\s+for\s+(?:the\s+)?"
                     rf"((?:[a-z0-9]+\s*){{1,2}}))?", text)
    if said is None:
        return None
    served = (said[2] or "").split()
    if served[-1:] and served[-1] in _SERVED_CONTENT and heads & {"web", "webserver", "http", "proxy"}:
        served = []  # ("the web server for the results page" serves it)
    return [w for w in (*_modifiers(said[1]), *served) if len(w) >= 3 and
            w not in ground.GENERIC and w not in ground.STOP and w not in ground.FILLER]


# Words that tell one instance of a program from another: "the staging grafana", "the backup
# broker", "grafana (test)", "the broker, the standby one"
_INSTANCE = (r"(?:staging|stage|test|testing|dev|development|backup|secondary|spare|standby|legacy|"
             r"replica|fallback|sandbox|qa|demo)")
_INSTANCE_SAID = re.compile(
    rf"\b(?:the|a|an|my|our|your|that|this)\s+({_INSTANCE})\s+(?!(?:one|ones|of|and|or|to|for|"
    rf"on|in|at|server|box|device|machine|site|env|environment|stack|job|jobs|copy|run|build|"
    rf"drive|disk|stick|nas|script|plan)\b)([a-z][\w@.:-]*)|"
    rf"\b([a-z][\w@.:-]*)\s*(?:\(({_INSTANCE})\)|,?\s+the ({_INSTANCE}) one\b)")


def _of_that_instance(kept: list[Match], said: str) -> list[Match]:
    """Of the entities that fit, those that are the instance the command says: with one
    grafana, not the staging one, "the staging grafana" is not here (and staging.service,
    which deploys the staging build, is no grafana)."""
    found = _INSTANCE_SAID.search(said)
    if not found or not kept:
        return kept
    instance = found[1] or found[4] or found[5]
    head = found[2] or found[3]
    if head in ground.FILLER or head in ground.STOP or lexicon.effects(head):
        return kept  # ("start the backup now": the backup)
    of_head = [m for m in kept if ground.accounts_for(m.entity, head)]
    if not of_head:
        # ("the backup broker" with backup.service: named by the word that qualifies)
        return [m for m in kept if set(m.words) - {instance}]
    which = [m for m in of_head if ground.accounts_for(m.entity, instance)]
    idle = [m for m in of_head if m.entity.state in ("down", "inactive", "unmounted", "off")]
    if not which and len(of_head) > 1 and instance in _STANDING_BY and len(idle) == 1:
        return idle  # "the spare sim" of two, one of them down: the one not in use
    return which


# Words for the one of two that waits to be used
_STANDING_BY = frozenset(["spare", "backup", "standby", "reserve", "fallback", "secondary"])


def _modified_name(text: str, named: list[Match], scene: Scene, kinds: Sequence[str]) -> list[Match]:
    """A name said after words that another unit says of itself, and it does not, is that
    other unit: "the keeper alert watchdog" is the one that pages the keeper, not
    watchdog.service; "the system watchdog" stays watchdog.service (generic words tell none)."""
    names = [m for m in named if m.how == "name" and len(m.words) == 1]
    if len(names) != 1:
        return named
    name = names[0]
    said = re.search(rf"((?:[a-z0-9]+\s+){{1,3}}){re.escape(name.words[0])}(?![\w.@-])", text)
    if said is None:
        return named
    modifiers = _modifiers(said[1])
    telling = [w for w in modifiers if w not in ground.GENERIC and len(w) >= 3]
    if not telling or any(ground.accounts_for(name.entity, w) for w in modifiers):
        return named
    others = [e for e in scene.entities if e.kind in kinds and e.kind == name.entity.kind
              and e is not name.entity and ground.says(e, name.words[0])
              and any(ground.says(e, w) for w in telling)]
    return [Match(e, 2.5, "attribute", (*modifiers, *name.words)) for e in others] or named


def _split_words(words: Sequence[str]) -> list[str]:
    """A match's words, a hyphenated name as its words: "tether-winch" is "tether", "winch"."""
    return [p for w in words for p in re.split(r"[\s-]+", w) if p]


def _in_a_name(text: str, at: int, scene: Scene) -> bool:
    """Whether the word at `at` and the next one are a unit's name: "balance bridge"."""
    two = re.match(r"[a-z0-9]+[\s-]+[a-z0-9]+", text[at:])
    return two is not None and any(
        e.kind == UNIT and re.sub(r"[\s-]+", " ", two.group()) in e.aliases for e in scene.entities)


def _said_inside(short: str, long: str, text: str) -> bool:
    """Whether a name is said, each time, inside another name said whole (hyphens as spaces:
    "tether-winch" in "the tether-winch logger")."""
    short, long, text = (t.replace("-", " ") for t in (short, long, text))
    outer = boundaries.name_spans(long, text) or _spans_said_apart(long, text)
    inner = boundaries.name_spans(short, text) or _spans_said_apart(short, text)
    return bool(inner) and len(long) > len(short) and all(
        any(s <= a and b <= e for s, e in outer) for a, b in inner)


@functools.lru_cache(maxsize=256)
def _said_apart(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + " ?".join(map(re.escape, name)) + r"(?![a-z0-9])")


def _spans_said_apart(name: str, text: str) -> list[tuple[int, int]]:
    """Where a one-word name is said in words ("cold room" of coldroom, "cold room alarm" of coldroomalarm)."""
    return [] if " " in name else [found.span() for found in _said_apart(name).finditer(text)]


def _object_of_verb(text: str, named: list[Match]) -> list[Match]:
    """Of several names after the verb, the first, unless the words between it and the next
    join them ("restart haproxy pls, octoprint ui gives 503" is haproxy; "restart nginx and
    apache", "unmount sda1 sdb1" are both)."""
    found = lexicon.effects(text)
    if len(named) < 2 or not found:
        return named
    after = found[0].end

    def at(m: Match) -> tuple[int, int]:
        spots = [(s.start(), s.end()) for w in m.words if w
                 for s in re.finditer(re.escape(w), text[after:])]
        return min(spots) if spots else (-1, -1)

    placed = sorted((at(m), i) for i, m in enumerate(named))
    if len(placed) < 2 or placed[0][0][0] < 0:
        return named
    ((_, end), first), ((second, _), _) = placed[0], placed[1]
    gap = text[after + end:after + second]
    if not gap.strip() or re.search(r"\b(?:and|or|plus|then|also|both|vs|versus)\b|[,/&+]", gap):
        return named
    return [named[first]]


def _by_size(tied: list[Match], text: str) -> Match | list[Match]:
    """"the big drive" of a 1.8T disk and a 30G card is the disk: the one at least four times
    the size of every other (sizes closer than that are asked about)."""
    said = _RELATIVE_SIZE.search(text)
    sized = [(size, m) for m in tied
             if (size := max((b for a in m.entity.attributes if (b := ground.size_bytes(a))), default=0.0))]
    if not said or len(sized) < len(tied):
        return tied
    big = said.group(1) is not None
    order = sorted(sized, key=lambda p: -p[0] if big else p[0])
    (first, one), (second, _) = order[0], order[1]
    if ground.SYSTEM_LABELS & set(one.entity.attributes):
        return tied  # "the small one" is never the partition the system boots from
    # ("the bigger drive" compares: any clear difference tells them apart)
    ratio = 1.5 if said.group().endswith(("er", "est")) else 4
    return one if max(first, second) >= ratio * min(first, second) else tied


_RELATIVE_SIZE = re.compile(r"\b(?:(big|bigger|biggest|large|larger|largest|huge|large capacity)|"
                            r"small|smaller|smallest|little|tiny)\b")


def _phrase(word: str, text: str) -> bool:
    return memo.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text) is not None


_OF_ANOTHER = re.compile(r"\s(?:for|of)\s+(?:the|that|this|our|my)\s")


# Nouns a link is called by after the word of its kind ("the wifi radio", "the 4g modem", "the vpn tunnel"), and
# words that end what names it ("the wifi please", "the 4g for now")
_LINK_NOUNS = frozenset(["link", "links", "connection", "connections", "interface", "interfaces", "network",
                         "networks", "net", "radio", "adapter", "adaptor", "card", "dongle", "modem", "module",
                         "uplink", "backhaul", "signal", "hotspot", "tunnel", "vpn", "access", "internet", "data",
                         "port", "nic", "cable", "line", "antenna", "chip", "stick", "side", "one", "thing", "stuff",
                         "lan", "wan", "wifi", "wlan", "ethernet", "lte", "4g", "5g", "cellular", "mobile", "wireless",
                         "wired", "bridge", "bond", "vlan", "iface", "driver", "client", "peer", "wg", "wireguard",
                         "backup", "failover", "bus", "networking", "gadget", "path", "route", "connectivity",
                         "router", "ap", "sim", "broadband", "transceiver", "tether", "tethering", "channel", "band",
                         "ssid", "mesh", "wan", "usb", "setup", "config", "settings", "traffic", "comms", "feed",
                         "dish", "satellite", "starlink", "terminal", "gateway", "box", "unit", "device", "stuff"])
_NAMING_ENDS = frozenset(["please", "pls", "plz", "now", "for", "on", "in", "at", "to", "and", "or", "but", "so",
                          "then", "again", "up", "down", "off", "back", "thanks", "thank", "quickly", "asap", "real",
                          "quick", "because", "since", "as", "it", "its", "is", "was", "are", "were", "be", "the", "a",
                          "an", "this", "that", "when", "while", "until", "till", "after", "before", "if", "first",
                          "too", "also", "right", "from", "of", "with", "without", "by", "via", "here", "there",
                          "today", "tonight", "later", "soon", "mode", "again", "till", "asap", "pronto", "new",
                          "we", "i", "you", "they", "he", "she", "our", "my", "cause", "cos", "coz", "straight",
                          "away", "already", "too", "entirely", "altogether", "while", "whilst", "during", "till",
                          "until", "since", "unless", "instead", "please", "thx", "ta", "cheers", "mate", "guys"])
# What a link does, said after it as its subject: "the bridge flaps, take it down"
_WHAT_A_LINK_DOES = frozenset([
    "flaps", "flapping", "drops", "dropping", "keeps", "dies", "dying", "goes", "went", "seems", "looks", "works",
    "working", "hangs", "hung", "froze", "freezes", "is", "are", "was", "were", "has", "had", "isn't", "isnt",
    "won't", "wont", "doesn't", "doesnt", "can't", "cant", "kept", "comes", "came", "stays", "stayed", "fails",
    "failing", "disconnects", "reconnects", "randomly", "again", "still", "itself", "being", "needs", "need",
    "should", "must", "will", "would", "can", "could", "might", "may"])
# Verbs said before what they act on, which say nothing of it: "bring tunnel up"
_PHRASAL_VERBS = frozenset(["bring", "take", "get", "put", "set", "turn", "switch", "drop", "raise", "cut", "kill",
                            "reconnect", "reset", "fire", "spin", "knock", "shut", "power"])
# Modifiers a tunnel is a vpn's with ("the steam tunnel", "the shrink tunnel" are a trade's machines)
_TUNNEL_OF_A_VPN = frozenset(["the", "a", "our", "my", "that", "this", "vpn", "wireguard", "wg", "ipsec", "openvpn",
                              "ssh", "secure", "site", "office", "backup", "main", "remote", "management", "mgmt",
                              "support", "encrypted", "private"])


# Gadgets a program's word may come before, which no program is: "the bluetooth keyboard", "the solar fan",
# "the zigbee bulb", "the docker desktop"
_GADGETS = frozenset(["keyboard", "keyboards", "mouse", "soundbar", "headset", "headsets", "headphones", "earbuds",
                      "earphones", "speaker", "speakers", "lock", "locks", "bulb", "bulbs", "lantern", "lanterns",
                      "charger", "plug", "plugs", "socket", "beacon", "beacons", "tag", "tags", "tablet", "watch", "tv",
                      "television", "kettle", "toaster", "doorbell", "remote", "drone", "toy", "holder", "desktop",
                      "laptop", "mower", "vacuum", "thermostat", "thermostats", "booster", "boosters", "fountain",
                      "fence", "strip", "display", "displays", "scope"])


# ("the radar display service": the display's program)
_PROGRAM_NOUNS = frozenset(["service", "daemon", "app", "program", "software", "process"])


def _another_thing_of_its_kind(match: Match, words: list[str]) -> bool:
    """A link said by the word of its kind before another noun ("the wifi door lock", "the 4g camera", "the tunnel
    heater"), or a tunnel said of a trade's ("the steam tunnel"): that other thing is meant, which is no link; and a
    program's word before a gadget it does not say ("the bluetooth keyboard")."""
    at = max((i for i, w in enumerate(words) if w in match.words), default=-1)
    # (the gadget is what is meant, the last word said of it: not "the courtyard speaker amp")
    gadget = next((w for i, w in enumerate(words[at + 1:at + 3], at + 1) if w in _GADGETS and (
        i + 1 == len(words) or words[i + 1] in _NAMING_ENDS | _WHAT_A_LINK_DOES | _PROGRAM_NOUNS
        or words[i + 1].endswith("ed"))),
        None) if at >= 0 else None
    if match.entity.kind == UNIT:
        return gadget is not None and not ground.accounts_for(match.entity, gadget)
    if match.entity.kind != INTERFACE or match.how != "attribute" or at < 0:
        return False
    known = {*match.entity.attributes, *match.entity.parts, *_LINK_NOUNS}
    if gadget is not None and gadget not in known:  # ("the cellular signal booster")
        return True
    # (how, or what it does, is no other thing: "turn the wifi off immediately", "the bridge flaps, take it down")
    after = next(iter(words[at + 1:at + 2]), "")
    if after and after not in _NAMING_ENDS | known | _WHAT_A_LINK_DOES and not after.isdigit() and \
            not after.endswith(("ly", "ed")):
        return True
    before = words[at - 1] if at > 0 else ""
    return words[at] == "tunnel" and bool(before) and before not in known | _TUNNEL_OF_A_VPN | _NAMING_ENDS and \
        not lexicon.effects(before) and before not in _PHRASAL_VERBS


def _said_kinds(text: str, kinds: Sequence[str]) -> list[str]:
    """The kinds of entity the command's nouns say, the head noun (the last one) first; the
    last before what it is for or of, when one is said there ("the green led for the regulator
    link" is an LED)."""
    said = []
    # (nor what a thing is told to be after it: "bring up the ethernet port that's down, the new merging unit is
    # patched into it" is a link)
    for cut in (_OF_ANOTHER.search(text), _STATEMENT_AFTER.search(text)):
        if cut and any(_KIND_NOUNS[kind].search(text, 0, cut.start()) for kind in kinds):
            text = text[:cut.start()]
    for kind in kinds:
        last = max((m.end() for m in _KIND_NOUNS[kind].finditer(text)), default=-1)
        if last >= 0:
            said.append((last, kind))
    return [kind for _, kind in sorted(said, reverse=True)]


_STATEMENT_AFTER = re.compile(r"[,;]\s+(?:the|a|an|our|my|this|that|its|their)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:is|are|was|were|has|have|had|got|gets)\b")


def _prefer_links(matches: list[Match], text: str) -> list[Match]:
    """"wg0 down" with a wg0 link and a wg-quick@wg0 unit: up and down are said of links
    (a unit is started and stopped)."""
    said = [text[f.start:f.end] for f in lexicon.effects(text)]
    links = [m for m in matches if m.entity.kind == INTERFACE]
    if links and len(links) < len(matches) and all(
            w in ("up", "down", "dwn", "donw", "dwon", "diwn", "online", "offline")
            for w in said):
        return links
    return matches


def _prefer_programs(matches: list[Match], text: str) -> list[Match]:
    """"stop the music" with mpd and a drive labelled MUSIC: a program is what is started or
    stopped, a drive is mounted or ejected."""
    best = matches[0].score if matches else 0.0
    top = [m for m in matches if m.score == best]
    if not _START_OR_STOP.search(text) or {m.entity.kind for m in top} != {UNIT, STORAGE}:
        return matches
    return [m for m in matches if m.entity.kind != STORAGE]


# (at the start of a clause: "photo booth is dead, start it")
_START_OR_STOP = re.compile(r"(?:^|[,;.!?:\u2014]|\s-)\s*(?:please |pls |can you |could you )?(?:stop|start|pause|halt|"
                            r"kill)\b")


# A number said in words of the one meant: "the caesium monitor number two"
_NUMBER_SAID = re.compile(r"\bnumber (one|two|three|four|five|six)\b")
_NUMBERS_SAID = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


_NUMBERED_THING = re.compile(r"\b([a-z]{3,}?)s? #?(\d{1,3})\b(?!\s*(?:min|sec|hour|s\b|m\b|h\b|%|x\b|times))")
_RANGE = re.compile(r"\b([a-z]{3,}?)s? (\d{1,3})\s*(?:-|\u2013|to)\s*(\d{1,3})\b")


def _prefer_the_range_said(matches: list[Match], text: str) -> list[Match]:
    """Among things that fit alike, the one whose description holds the number said ("booth 4" is the hatch
    controller of "booths 1-6", not of "booths 7-12")."""
    said = {(word, int(n)) for word, n in _NUMBERED_THING.findall(text)}
    if len(matches) < 2 or not said:
        return matches
    holding = [m for m in matches if any(
        word == kind and int(low) <= n <= int(high)
        for kind, low, high in _RANGE.findall(m.entity.doc.lower()) for word, n in said)]
    return holding if len(holding) == 1 else matches


def _prefer_the_instance_said(matches: list[Match], text: str) -> list[Match]:
    """Among instances of one unit that fit alike, the one the command says: its instance in two words ("the timer on
    ps5 b" is console-timer@ps5-b), or its number by an ordinal ("the second caesium monitor" is cs-monitor@cs2)."""
    if len(matches) < 2:
        return matches
    words = ground.tokens(text)
    if all(m.entity.kind == INTERFACE for m in matches):
        # (links of one kind by their place: "the second ethernet port" is eth1 of eth0 and eth1)
        numbers = {_ORDINALS[m[1]] for m in _ORDINAL.finditer(text) if m[1] not in ("other", "secondary")
                   and re.match(r"\s+[a-z]", text[m.end():])}
        ranked = sorted(matches, key=lambda m: [int(p) if p.isdigit() else p
                                                for p in re.split(r"(\d+)", m.entity.name)])
        return [ranked[numbers.pop() - 1]] if len(numbers) == 1 and max(numbers) <= len(ranked) else matches
    if any("@" not in m.entity.name for m in matches):
        return matches
    instances = {m.entity.name: m.entity.name.split("@", 1)[1].removesuffix(".service").lower() for m in matches}
    joined = {a + sep + b for a, b in pairwise(words) for sep in ("-", "")}
    # (or as the head of a word with a hyphen: "the right-hand bubble tube" is bubble-tube@right)
    joined |= {w.split("-")[0] for w in words if re.fullmatch(r"[a-z]+-(?:hand|side|most)", w)}
    said = [m for m in matches if instances[m.entity.name] in joined]
    if len(said) == 1:
        return said
    # (or a word of its description only it has, one or many: "the elapid room's climate control" is the one for
    # "snake room 2 (elapids)")
    shared = set.intersection(*(set(m.entity.attributes) for m in matches)) | {
        p for m in matches for p in m.entity.parts}  # (not "bell" of bell-striker@hour, "a bell striker")
    heard = {v for w in words if len(w) >= 4 for forms in [{w, f"{w}s", w.removesuffix("s")}]
             if not forms & shared for v in forms}
    told = [m for m in matches if (set(m.entity.attributes) - shared) & heard]
    if len(told) == 1:
        return told
    # (an ordinal before a word, never a moment: "for a second")
    numbers = {_ORDINALS[m[1]] for m in _ORDINAL.finditer(text) if m[1] not in ("other", "secondary")
               and not re.search(r"\b(?:a|one|per|every)\s+$", text[:m.start()])
               and re.match(r"\s+[a-z]", text[m.end():])}
    numbers |= {_NUMBERS_SAID[n] for n in _NUMBER_SAID.findall(text)}
    if len(numbers) != 1 or {"first", "1st", "both", "all", "each", "every"} & set(words):
        return matches
    number = numbers.pop()
    numbered = [m for m in matches if [int(d) for d in re.findall(r"\d+", instances[m.entity.name])] == [number]]
    return numbered if len(numbered) == 1 else matches


def _prefer_state(matches: list[Match], effect: Effect) -> list[Match]:
    """Among equally good candidates, those the change would do something to: "turn off the
    wifi" with one wifi link up and one down means the one that is up."""
    if len(matches) < 2 or effect not in (Effect.ON, Effect.OFF):
        return matches
    best = matches[0].score
    top = [m for m in matches if m.score == best]
    if any(m.entity.kind != INTERFACE for m in top):
        return matches
    wanted = "down" if effect is Effect.ON else "up"
    useful = [m for m in top if m.entity.state in (wanted, "")]
    return useful if useful and len(useful) < len(top) else matches


# What is said of the one meant: "the broker that's down", "the dead one", "the one that's up"
# ("whichever poller is failed", "whichever one's up")
_WHICHEVER = r"|whichever(?: (?!is\b)[\w-]+){0,3}(?: is|'s| has| was)"
_SAID_DOWN = re.compile(r"\b(?:(?:that|which|who)(?:'s|s| is| has| was)?|the one(?: that'?s| that is"
                        r"| which is)?" + _WHICHEVER + r")\s+(?:down|dead|stopped|crashed|failed|died|not running|"
                        r"inactive|offline|off|hung|stuck|hanging|failing|(?:is )?not (?:running|up|"
                        r"working)|isn'?t (?:running|up|working))\b|\bthe (?:dead|stopped|crashed|"
                        r"failed|broken|down|offline|inactive|hung) (?:one|\w+)\b")
_SAID_UP = re.compile(r"\b(?:(?:that|which|who)(?:'s|s| is)?|the one(?: that'?s| that is| which is)?"
                      + _WHICHEVER + r")\s+(?:still )?(?:up|running|active|online|on|working|going|alive)\b|"
                      r"\bthe (?:running|active|working|online) (?:one|\w+)\b")
_DOWN_STATES = frozenset(["inactive", "failed", "down", "dead", "off"])
_RULED_OUT_BEFORE = re.compile(r"\b(?:not|except|but not|other than|anything but)\s+$")


def _by_said_state(tied: list[Match], text: str) -> Match | list[Match]:
    """Of those that fit alike, the one in the state the command says it is in."""
    if all(m.entity.kind == LED and m.entity.state for m in tied):
        said = ground.light_said(text, told=True)
        fits = [m for m in tied if said and m.entity.state in said]
        return fits[0] if len(fits) == 1 else tied
    said_down, said_up = _SAID_DOWN.search(text), _SAID_UP.search(text)
    # ("the one that's still going, not the dead one": what it is not is the other state)
    down_not = said_down is not None and bool(_RULED_OUT_BEFORE.search(text, 0, said_down.start()))
    up_not = said_up is not None and bool(_RULED_OUT_BEFORE.search(text, 0, said_up.start()))
    down = (bool(said_down) and not down_not) or up_not
    up = (bool(said_up) and not up_not) or down_not
    if bool(down) == bool(up) or any(not m.entity.state for m in tied):
        return tied
    fits = [m for m in tied if (m.entity.state in _DOWN_STATES) == bool(down)]
    return fits[0] if len(fits) == 1 else (fits or tied)  # (asked of those in that state only)


def _by_own_function(tied: list[Match]) -> Match | list[Match]:
    """Of lights that fit alike, the one whose name, colour and function say every word they fit by, when the
    others fit by a word only said like theirs: "the red alarm light" is red:alarm, not red:fault (which is
    called an alarm light too)."""
    if any(m.entity.kind != LED for m in tied):
        return tied
    own = [m for m in tied if {w for w in m.words if not _KIND_NOUNS[LED].fullmatch(w)}
           <= set(re.split(r"[\s:_-]+", f"{m.entity.name} {m.entity.summary}".lower()))]
    return own[0] if len(own) == 1 else tied


def _effect(text: str, found: list[lexicon.Found]) -> Effect | None:
    """The effect asked for: a specific verb (restart, mount, blink ...) wins; otherwise a
    particle after "turn/switch/bring/take ..." ("turn X off"), else the first on/off word."""
    if not found:
        return None
    kinds = {f.effect for f in found}
    if Effect.CONSOLE in kinds and (_PORT.search(text) or re.search(
            r"\b(?:serial|adapter|port|uart|attach|open|start|serve)\b", text)):
        return Effect.CONSOLE
    for effect in _STRONG_ORDER[1:]:
        if effect in kinds:
            return effect
    spans = [(f.start, f.end) for f in found if f.end - f.start > 4]  # "kick off", "fire up"
    phrasal = list(_PHRASAL.finditer(text))
    for i, m in enumerate(phrasal):
        if m.group() in _PAST_PHRASAL and (any(n.group() not in _PAST_PHRASAL for n in phrasal[i + 1:]) or any(
                f.start > m.end() and text[f.start:f.end] not in _PARTICLES for f in found)):
            continue  # ("someone turned nginx on, stop it": what was done, then what is asked)
        # the verb's particle: right after it ("turn on the wifi"), or after its object and
        # not before a noun of its own ("switch the wifi on the gateway off")
        # (never the half of a hyphenated word: "the on-air light", "the off-grid inverter")
        # (nor "on" before where the thing is, with the particle after: "turn the dryer on
        # table 2 off")
        after = next((p for p in re.finditer(r"(?<![\w-])(on|off|up|down|online|offline)(?![\w-])",
                                             text[m.end():])
                      if (not text[m.end():m.end() + p.start()].strip()
                          or not _PREPOSITION.match(text[m.end() + p.end():]))
                      and not (p.group(1) == "on" and lexicon.PLACE_AFTER.match(text, m.end() + p.end())
                               and re.search(r"(?<![\w-])(?:on|off|up|down)(?![\w-])",
                                             text[m.end() + p.end():]))), None)
        # (not one a copula puts after its noun, or a question: "the power led is on, turn it
        # off", "power led on? turn it off")
        if after and not re.search(r"[,.;!?]", text[m.end():m.end() + after.start()]) and \
                not any(a < m.end() + after.start() < b for a, b in spans) and not (
                    after.start() and _DESCRIBING.search(text, 0, m.end() + after.start())) and \
                not text[m.end() + after.end():].lstrip().startswith("?"):
            return _PARTICLES[after.group(1)]
    onoff = [f for f in found if f.effect in (Effect.ON, Effect.OFF)]
    # "nginx is down, start it": a particle after a copula says how things are; anywhere else
    # it asks, as a verb does, and a command that asks for on and off ("nginx down, start
    # it", "wlan0 down pls, use lte only") is not guessed at
    onoff = [f for f in onoff if not lexicon.STUCK.search(text[:f.start])]  # "valve stuck open"
    asked = [f for f in onoff if text[f.start:f.end] not in _PARTICLES
             or not (_DESCRIBING.search(text[:f.start]) or _PREPOSITION.match(text[f.end:])
                     or (f.start and _ON_A_VALUE.match(text[f.end:])))]
    verbs = [f for f in asked if text[f.start:f.end] not in _PARTICLES]
    if verbs:  # "stop vnc, the museum doesn't want it on": a particle after the verb's clause
        end = re.compile(r"[,.;!?]").search(text, verbs[0].end)
        asked = [f for f in asked if f in verbs or end is None or f.start < end.start()]
    if len({f.effect for f in asked}) > 1:
        return None
    # a preposition may still be the particle ("wifi on the gateway please"), but not in a
    # clause that goes on to say how things are ("the clock on the oven is blinking")
    # (but not where a thing is: "the LED on the door", "wlan0 on channel 6", "mosquitto on 1883")
    placed = [f for f in onoff if not _GOES_ON.match(text[f.end:]) and not (
        f.start and not _PHRASAL.search(text[:f.start]) and (
            (_PLACE.match(text[f.end:]) and not _THIS_DEVICE.match(text[f.end:]))
            or _ON_A_VALUE.match(text[f.end:])))]
    return (verbs or asked or placed)[0].effect if asked or placed else None


_IN_PROFILE = re.compile(r"\s*(?:\w+\s+){0,2}?(?:we'?re|it'?s|is|are|was|were|currently|"
                         r"already|still|right now it'?s)\b")
_GOES_ON = re.compile(r"[^,.;!?]*\b(?:is|are|was|were|seems?|looks?|keeps?|has|have|had)\b")


# "the red light on the board": a particle before its noun is a preposition
_PREPOSITION = re.compile(r"\s+(?:the|a|an|my|our|your|this|that|its|his|her|their)\b")
_PLACE = re.compile(r"\s+(?:the|a|an|my|our|this|that|its|their)\s+\w")
_THIS_DEVICE = re.compile(r"\s+(?:the|this|my|our)\s+(?:gateway|device|box|unit|pi|system|appliance|machine|"
                          r"controller)\b")
_ON_A_VALUE = re.compile(r"\s+(?:channel|port|band|top|\d)")
_DESCRIBING = re.compile(r"\b(?:is|are|was|were|be|been|being|seems?|went|goes|keeps?|stays?|"
                         r"i'?m|we'?re|you'?re|they'?re|"  # "while i'm on zoom"
                         r"stayed|remains?|still|already|'s|its)\s+(?:\w+\s+)?$")  # its: it's


_STRIP = re.compile(
    r"\b(?:please|pls|plz|kindly|thanks?(?: a lot)?|thx|ty|could you|can you|would you|will you|"
    r"cn u|can u|for me|right now|now|asap|right away|real quick|quickly|for a bit|when you get a "
    r"sec|when you can|if you can|if possible|hey|yo|hi|ok|okay|i want that you|i want you to|"
    r"i need you to|make please|to make|of the|the|a|an|it|them|they|is|are|its|it's|again|back|"
    r"just|seems?|seem to be|acting up|stuck|frozen|hung|hanging|broken|dead|crashed|crashing|"
    r"misbehaving|not responding|unresponsive|slow|down|up|on|off|in|after|within|that|this|"
    r"one|some|i|we|me|us|my|our|was|has|have|been|keeps?|again|real|bit|already|you|do|"
    r"quick|so|hello|go ahead and|go ahead|alright|llmos|um|uh|well|yes|yeah|of|for|to|"
    r"at once|thank you|whole|entire|time for|time|schedule|rn|fr|bro|bruh|dude|mate|lol|lmao|"
    r"tbh|ngl|fam|like|sir|madam|ma'?am|buddy|guys|folks)\b")


_RELOAD_ALONE = re.compile(r"\s*(?:please |pls )?(?:reload|refresh)(?: please| pls| now)?\W*")
_SCHEDULED = re.compile(r"\b(?:schedule|plan|book|queue|set up)(?: in)? (?:a|an|the) (?:re ?boot|restart)\b")


# Words that point at another device: "reboot the other box" is not this one
_ANOTHER = re.compile(r"(?:other|another|second|third|next|remote|spare|neighbou?r\w*|their|his|"
                      r"her|old|new|test|prod)\b")
# "set the status led brightness to 30 percent" sets something: no status question
# A link of another device: "the wifi on the router upstairs", "the hotspot on my phone" (a router said alone
# may be this device)
_ANOTHER_DEVICES_LINK = re.compile(
    r"\b(?:wifi|wi-fi|wlan|wireless|ethernet|lan|network|link|internet|hotspot|bluetooth|4g|5g|lte|cellular|"
    r"(?:(?:red|green|blue|amber|yellow|white|orange) )?(?:light|led|lamp))\b (?:on|of|from|in) "
    r"(?:the |my |our |that |his |her |their )?(?:[a-z]+ )?(?P<device>router|modem|access point|extender|repeater|"
    r"mesh node|switch|tv|laptop|phone|printer|tablet|console|camera|dmx node|ups|isp box|firewall|plc|"
    r"lighting desk|ticket scanner|projector|nvr)\b"
    r"(?P<where> (?:upstairs|downstairs|next door|outside|over there|in the \w+|at the \w+|on the \w+))?")
# One container as what a verb acts on: docker's or podman's, or one said by what it runs (not "the container
# engine", nor "restart the container", which asks among the units that run one)
_ONE_CONTAINER = re.compile(r"\b(?:kill|stop|restart|start|bounce|reboot|recreate)\s+(?:the |that |this |my |our |a )?"
                           r"(?:(?:docker|podman|lxc|lxd|k8s|kubernetes)(?:'s)? containers?(?=\s*(?:$|[,.;!?]|(?:that|"
                           r"which|who|running|for|of|with|on|in)\b))|(?:[\w-]+ ){0,2}containers? (?:that|which) "
                           r"(?:runs|serves|hosts|holds|has))")
# The power profile changed by someone or something else: what was done, no request
_PROFILE_CHANGED = r"(?:set|lowered|raised|dropped|bumped|changed|switched|moved|put)"
_PROFILE_SET_BY_ANOTHER = re.compile(
    rf"\bprofile (?:was |got |has been |had been )?{_PROFILE_CHANGED}\b[^,.;!?]*?\b(?:by|via) (?!the time\b|the way\b|"
    rf"then\b|the end\b)(?:the |a |an |our |my |some |its )?[\w-]+|"
    rf"^(?:the|our|my|a|an|some) [\w -]{{1,30}}? {_PROFILE_CHANGED} (?:the |its )?(?:power )?profile\b|"
    # ("the UPS daemon dropped it to powersave", "someone put it on balanced")
    rf"^(?:(?:the|our|my|a|an|some) (?:[\w-]+ ){{0,3}}(?:script|daemon|service|job|tool|installer|ups|bios|firmware|"
    rf"governor|agent|update|updater|cron|timer|policy|admin|team|vendor|tech|technician)|someone|somebody|he|she|"
    rf"they) {_PROFILE_CHANGED} (?:it|the (?:box|device|system|cpu|unit)) (?:back )?(?:to|on|in|into)\b|"
    r"\bprofile (?:to )?(?:powersave|performance|balanced) (?:by|via) (?!the time\b|the way\b|then\b|the end\b)"
    r"(?:the |a |an |our |my |some |its )?[\w-]+")
_A_SETTING_TO_A_NUMBER = re.compile(r"(?:please |pls |can you |could you )?(?:set|change|adjust|configure|increase|"
                                    r"decrease|lower|raise|bump|drop)\b[^,.;!?]*?\bto (?:about |around )?\d")
_SETTING = re.compile(r"(?:please |pls |can you |could you )?(?:set|change|adjust|make|"
                      r"configure|dim|increase|decrease|lower|raise)\b")
# (not a time of day: "reboot at 22:00", "at 22", "on 22.00")
_PORT_SAID = re.compile(r"(?:\bport\s*:?\s*|\bon\s+(?:port\s+)?|\bat\s+port\s+|\bat\s+(?=\d{3})|"
                        r"(?<=[a-z0-9]):)(\d{2,5})\b(?![:.]\d)"
                        r"(?!\s*(?:%|percent|min|minutes|sec|seconds|s\b|hours?|h\b|[gmt]b|c\b|"
                        r"degrees|mbit|mbps|x\b|am\b|pm\b|uhr\b|o'?clock\b))")
_BARE_PARTICLES = frozenset(["on", "off", "up", "down"])  # ("flatlined on the graph an hour ago")
# (not what a thing is from: "the same frame from 40 min ago", "yesterday's captures")
# What a thing does again and again, or was made to do: "keeps going down", "goes off at night",
# "eth0 taken down", "the led turned on by itself"
_HAPPENS = re.compile(r"\b(?:keeps?|kept|goes|went|gone|turns|turned|comes|came|got|gets|was|were|"
                      r"been|is being|taken|brought|switched)\s+(?:going\s+|being\s+)?"
                      r"(?:on|off|up|down|offline|online)\b(?!\s*,?\s*(?:please|pls|now)\b)")
# Done by someone, said first in the past: "took eth0 down", "we brought eth1 up"
_DONE_BY_SOMEONE = re.compile(r"\s*(?:(?:(?:the|our|my|your|a|an) )?(?!(?:please|pls|plz|kindly)\b)[a-z]+\s+)?"
                              r"(?:(?:has|have|had|just|already)\s+)*(?:took|taken|brought|"
                              r"turned|switched|made|flipped|knocked|pulled|had)\b")
# A checklist's tick after it: "restart nginx done", "reboot complete", "restart nginx ✓"
_TICKED = re.compile(r"\s*(?:[\w@.:/-]+\s+){1,3}(?:done|complete|completed|finished|succeeded|"
                     r"successful(?:ly)?|\[x\])\W*")
_PAST_WHEN = re.compile(r"(?<!from )\b(?:\d+|an?|one|two|three|few|couple of) (?:sec\w*|min\w*|"
                        r"hours?|hrs?|days?|weeks?) ago\b|(?<!from )\blast (?:night|week|evening)\b|"
                        r"\byesterday\b(?!'?s)|\bearlier (?:today|this (?:morning|afternoon|evening))\b")
_WHETHER_OR_NOT = re.compile(r"(?:is|are|was|were|does|do|did|has|have) (?:the |my |our |this )?"
                             r"[\w.@:-]+(?: [\w.@:-]+){0,4} (?:up|down|running|working|on|off|"
                             r"online|offline|mounted|active|alive) or (?:not|what|up|down|on|"
                             r"off|running|stopped|active|inactive)\s*\??")
_FAILED = frozenset({"failed", "crashed", "dead", "broken", "errored"})
_LIGHT_STATES = frozenset({"lit", "unlit", "dark", "on", "off", "out", "up", "blinking", "flashing",
                           "flickering", "pulsing", "strobing", "glowing", "solid", "steady"})
_LINKING = frozenset({"that", "which", "s", "is", "has", "just", "now", "again"})
_SOME_THING = frozenset({"thing", "things", "one", "stuff", "service", "program", "app",
                         "software", "tool", "daemon", "process", "whatever", "something", "unit",
                         "bit", "part", "job"})
_RUN_TASK = re.compile(r"\b(?:run|execute|do|perform|start|launch|kick off)\s+(?:an?\s+|the\s+)?"
                       r"(?:[\w-]+\s+)??(backup|fsck|e2fsck|scan|update|upgrade|test|speed ?test|"
                       r"check|benchmark|scrub|trim|fstrim|defrag|clean ?up)s?\b")
_HOW_TO = re.compile(r"(?:(?:hey|so|ok|okay|um)[,]?\s+)*(?:how (?:do|can|would|should|could|to) "
                     r"(?:i|we|you|one|u)?\b|what(?:'?s| is) the (?:command|syntax|way) (?:to|for)\b)")
_HEAD_ENDS = re.compile(r"(?<=\w)\s(?=the [\w-]+(?: [\w-]+)? (?:is|are|was) (?:on|in|at|behind|"
                        r"using|plugged)\b)|"  # "the port the LED wall is on"
                        r"\s(?:behind|in front of|that|which|who|serving|used by|on top of|to|"
                        r"next to|sitting in front of|for the|for(?= [\w-]+\W*$)|of the|in the|"
                        # "the web server on the print box", not "turn on the status led"
                        r"(?<!turn\s)(?<!switch\s)(?<!power\s)(?<!bring\s)(?<!flip\s)(?<!put\s)"
                        r"(?<!toggle\s)on (?:the|this|our|my))\s")


def _as_noun(text: str, word: re.Match[str]) -> bool:
    """A verb's word used as a noun: "the nfs export is hung", "the weather software"."""
    return lexicon.DETERMINED.search(text, 0, word.start()) is not None


_LINK_ONLY = re.compile(r"(?:wifi|wi-fi|wireless|ethernet|lte|cellular|wlan|wired|mobile data|"
                        r"network|networking)(?: (?:link|connection|interface|network|port|card|"
                        r"adapter))?")
_SOME_ONE = re.compile(r"\b(?:one|ones|any|some|either|both|all of them|each)\b(?! (?:more|sec\w*|"
                       r"min\w*|hour\w*|moment\w*|time\w*|day\w*)\b)")
_WE = re.compile(r"\s*(?:i|we|i'?m|we'?re|i'?ll|we'?ll|i'?ve|we'?ve)\b")
# "power it off": the verb's first half, not the power LED
_VERB_BEFORE_IT = re.compile(r"(?:^|(?<=[,.;!]\s))(?:please\s+)?(?:power|turn|switch|shut|bring|take|"
                             r"flip)(?=\s+(?:it|them|that|this)\b)")
_MODAL_CAN = re.compile(r"\b(?:i|you|we|they|he|she|it|u|who|that|which|cannot|can't) can\b|"
                        r"\bcan (?:you|u|i|we|they|ya|someone|somebody)\b")
_STATUS_LINE = re.compile(r"\s*[\w@.:-]+\s*:\s*(?:down|up|off|on|stopped|running|failed|dead|"
                          r"active|inactive|error|ok)\s*[.!]*\s*|"
                          # "restart required: nginx", "needs restart: nginx, grafana": a notice
                          r"(?:\w+ )?(?:needs? (?:a )?(?:re)?(?:start|boot)\w*|(?:re)?(?:start|boot)\w* (?:required|"
                          r"needed|pending|recommended))\s*:.*|"
                          # "ssh stop: no", "restart grafana: no": a setting answered no
                          r"[^:]+:\s*(?:no|nope|false|n|0|never|skip|done|ok)\s*[.!]*\s*|"
                          # what a unit logged: "mosquitto: restart requested", "nginx.service:
                          # scheduled restart job, ...", a banner "*** system restart required ***"
                          r"[\w@.:-]+\s*:\s*(?:\w+ )?(?:re)?(?:start|stop|load|boot|shutdown)\w*(?: job| signal|"
                          r" request)? (?:requested|received|scheduled|triggered|initiated|ordered|queued|"
                          r"pending|done|complete|completed|failed|succeeded|in progress)\b.*|"
                          r"[\w@.-]+\.service:\s*(?:scheduled restart job|main process exited|failed with "
                          r"result|start request repeated|deactivated successfully|consumed)\b.*|"
                          r"\W*\*{2,}.*\*{2,}\W*|"
                          # a setting, as a file writes it: "wifi=off", "power_profile: powersave"
                          r"[\w@./-]+\s*=\s*[\w@./:-]+\s*|[\w@.-]*_[\w@.-]*\s*:\s*[\w@./-]+\s*|"
                          r"(?:power )?(?:profile|mode)\s*:\s*\w+\s*|"
                          r"[^:]+:\s*(?:yes|true|y|enabled?)\s*[.!]*\s*")
# Verbs of doors, gates and packages, which the lexicon reads as on and off for links and drives
_NOT_A_SERVICE_VERB = re.compile(r"open|close|remove|unplug|release|raise|lower|put up|put out|douse|"
                                 r"extinguish|darken|light up|uninstall|delete|purge")
# A template's blank where the name goes (a wildcard or an ellipsis only in place of the object)
_PLACEHOLDER = re.compile(r"\$\{?[a-z_][\w]*\}?|\{\{[^}]*\}\}|%[a-z_]+%|"
                          # systemd's specifiers ("wg-quick@%i"), "{unit}", ":unit", "@service"
                          r"%[a-z](?![\w%])|\{[a-z_ ]{1,20}\}|(?<![\w.@-])[@:](?:unit|service|svc|name|"
                          r"interface|iface|device|dev|led|drive)\b|\byour (?:unit|service|[\w ]{0,12}name) "
                          r"here\b|\[(?:your[\w ]*|the[\w ]*name|"
                          r"(?:unit|service|svc|name|device|dev|interface|iface|led|drive|disk|port|"
                          r"target|host|x|foo|something|thing)(?:[ _]name)?)\]|"
                          r"^\s*[\w-]+\s+(?:\*+|\u2026|\.{2,}|_{2,}|x{3,}|\?{2,})\s*$")
# "tell me about the model you use", "tell me if wlan0 is up": a status question, asking nothing
_TELL_ME = re.compile(r"\s*(?:(?:please|pls|can you|could you)\s+)?tell me (?:about|whether|if)\b")
_WHAT_IT_DOES = re.compile(r"\b(?:you|it|we|they) (?:use|uses|run|runs|have|has)\b")
_ANY_WILL_DO = re.compile(r"\b(?:any|either)(?: one| of them| \w+)? (?:is fine|will do|works|is "
                          r"ok(?:ay)?)\b|\bwhichever(?: one)? (?:you (?:like|want|prefer)|is fine)\b|"
                          r"\bdoes(?:n'?t| not) matter which\b")
_WHY = re.compile(r"\s*(?:it|it'?s|its|they|they'?re|he|she|this|that|there|because|since|"
                  r"as|cause|cuz|coz)\b")


# What a program does for something else, said after that something's name ("the ispindel
# listener", "the brewfather sync")
_ROLES = frozenset(["listener", "sync", "syncer", "logger", "monitor", "controller", "recorder",
                    "poller", "bridge", "uploader", "exporter", "reader", "forwarder", "gateway",
                    "agent", "collector", "scheduler", "watcher", "relay", "receiver", "client",
                    "server", "service", "daemon", "updater", "importer", "publisher", "pusher",
                    "integration", "plugin", "connector", "driver", "worker", "broker",
                    "database", "dashboard", "proxy"])
_SHELL = frozenset(["sudo", "systemctl", "service", "doas"])
# What is described by what it does: "whatever sends data to ...", "the one that pushes ..."
_FEEDER = re.compile(r"(?P<target>[\w@.-]+(?: [\w@.-]+){0,3}) (?P<feeder>feeder|forwarder|loader|writer|pusher|"
                     r"sender|shipper|ingester|ingestor|ingest job|ingest|filler|importer|uploader|publisher)s?\b")
_DOER = re.compile(r"\b(?:whatever|whichever|something|anything|the (?:thing|one|service|app|"
                   r"program|process|daemon|job))\s+(?:that\s+|which\s+|who\s+)?(?=[a-z]+s\b)")


# "restart nginx and grafana", "restart the broker and its exporter", "restart nginx, redis": a
# second thing named after the first
# ("restart gpsd n tide-feed", "the sidescan recorder w/ the tide feed": texting's "and")
_AND_ANOTHER = re.compile(r"(?:\s(?:and|n|&&?|\+|then|afterwards|with|w/|also|as well as|along with|together with|"
                          r"plus)\s+|\s*(?:[,/;\n]|\|\||\.\s+and\s)\s*)(?:(?:and|also|then|oh|ps|afterwards|restart|"
                          r"the|its|their|too)\s+)*(?P<thing>[\w@.:-]+(?:\s+[\w@.:-]+){0,2}?)"
                          r"(?:\s+(?:too|as well|also|please|pls|now|thanks|again))*\W*$")


# A second request of a kind no tool does, after the first: "stop cups and disable it",
# "restart cups and clear the queue", "restart cups, else reboot"
_THEN_OUT_OF_CATALOG = re.compile(
    r"(?:\band|,|;)\s+(?:then\s+|also\s+)?(?:disable|enable|mask|unmask|uninstall|delete|wipe|format|"
    r"purge|flush|clear|print)\s+(?:it|them|that|the|its|a|all)\b|"
    r",\s*(?:or\s+)?(?:else|otherwise)\s+(?:reboot|restart|stop|start|mount|unmount|turn|bring|power|shut)\b")
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
_A_NUMBER = rf"(?:#?\d{{1,2}}|{_NUMBER_WORD})"
# (not a span one instance is named by: "the pinsetter for lanes 3-4")
_NUMBERS_JOINED = re.compile(rf"\b[a-z]+s?\s+(?:{_A_NUMBER}\s*(?:,|and(?: also)?|&|\+|plus|as well as|and then|then|"
                             rf"through|thru|to|n|also|\.\.)\s*(?:(?:the\s+)?[a-z]+s?\s+)?{_A_NUMBER}|"
                             rf"{_A_NUMBER} {_A_NUMBER})\b"
                             r"(?![.:]\d|\s*(?:min|mins|minutes?|sec|secs|seconds?|"
                             r"s|h|hours?|hrs?|%|am|pm|times?|x|gb?|mb?|tb?|gigs?)\b|"
                             # (what they are: "cameras 3 and 4 were offline, restart zoneminder")
                             r"\s+(?:are|were|is|was|have|has|had|show|shows|showed|keep|kept|went|seem|look|"
                             r"won'?t|don'?t|can'?t|aren'?t|weren'?t|all)\b)|"
                             # "restart the 2 pumps", "the three zones": as many (not "the bridge
                             # between the two brokers")
                             r"(?<!between )\bthe (?:[2-9]|two|three|four|five|six|seven|eight|nine|ten) "
                             r"(?:[a-z]+ )?[a-z]+s\b|"
                             # ("restart zone one zone two": the word said again)
                             rf"\b([a-z]{{3,}}) {_A_NUMBER},? (?:and )?\1 {_A_NUMBER}\b")
_BOTH = re.compile(r"\bboth\b(?! of (?:us|you|them)\b)|"
                   # ("restart the south scanner and the east one", "the eastern and southern scanners")
                   r"\band (?:also )?the \w+ one\b|"
                   r"\b(?:north|south|east|west)(?:ern)? and (?:the )?(?:north|south|east|west)(?:ern)? "
                   r"[a-z]+s\b")
# One thing or another: "restart the south scanner, or the north one", "restart zone one or three"
_EITHER_THING = re.compile(rf"\bor (?:else )?the \w+ one\b|"
                           rf"\b{_A_NUMBER} or {_A_NUMBER}\b(?!\s*(?:min|sec|hour|s\b|h\b))|"
                           r"\bor the [\w-]+ one\b")
# "power off, we're moving the kiosk to pier 3": the device, whatever the reason names
_POWER_OFF_FIRST = re.compile(r"\s*(?:shut ?down|power ?off|power down|halt)(?: now| please| pls)?\s*(?:[,;:.!]|\s-)")
_DRY_RUN_THING = re.compile(r"(?<![\w-])dry[- ]?run(?:ning)?[- ](?:light|led|lamp|indicator|alarm|sensor|protection|"
                            r"relay|cut-?out|trip)s?\b")
_DRY_RUN = re.compile(r"(?<![\w-])(?:--)?dry[- ]?run\b|--simulate\b|\b(?:just |only )simulate\b|"
                      r"\bsimulate (?:it|only|first)\b|\b(?:as a|in) trial(?: run| mode)?\b|\btrial (?:run|only)\b")


def _both_named(matches: list[Match], text: str, scene: Scene, kind: str) -> list[Match]:
    """Two things of the kind, each named on its side of an "and" or a separator ("nginx and
    grafana", "nginx, redis"), or none
    (besides the matches, what each entity's words fit: the exporter the grounding set aside)."""
    another = _AND_ANOTHER.search(text)
    if another is None:
        return []
    words = ground.tokens(text)
    fits = [m for e in scene.entities if e.kind == kind if (m := ground.lexical(e, text, words))]
    named = [m for m in matches + fits if m.how in ("name", "part", "typo", "attribute")]

    thing = set(ground.tokens(another["thing"]))
    before = set(ground.tokens(text[:another.start()]))
    if len(thing) == 1:
        first = [m for m in named if set(m.words) & before]
        second = [m for m in named if m not in first and set(m.words) & thing]
    else:  # a thing said in two or three words: all of them one entity's ("the tide feed", never "dns slow")
        def said(m: Match) -> set[str]:  # (a name of two words, "tide feed", is one of m.words)
            return {w for words in m.words for w in words.split()}

        across = [m for m in named if said(m) & before and said(m) & thing]
        if any(m.how != "typo" for m in across):
            return []  # one thing described across the "and": "the temperature and humidity logger"
        first = [m for m in named if set(m.words) & before and m not in across]
        second = [m for m in named if m not in first and thing <= said(m)]
    return [first[0], second[0]] if first and second and first[0].entity != second[0].entity else []


# "stop and start nginx", "stop ssh and start it again", "turn the kiosk off and on again": one
# restart
_STOPPED_AND_STARTED = (
    re.compile(r"\b(?:stop|shut down|turn off)\s+and\s+(?:then\s+)?(?:re)?start\b|\bstop-start\b"),
    re.compile(r"\b(?:stop|shut down|turn off)\s+(?P<object>[^,.;!?]+?)\s+(?:and|&|,)\s+(?:then\s+)?"
               r"(?:start|turn on|bring up)\s+(?:it|them|that|(?P=object))(?:\s+(?:again|back|up))*\b"),
    re.compile(r"\bturn\s+(?P<object>[^,.;!?]+?)\s+off\s+and\s+(?:back\s+)?on(?:\s+again)?\b"))


def _stopped_and_started(text: str) -> str:
    text = _STOPPED_AND_STARTED[0].sub("restart", text)
    for form in _STOPPED_AND_STARTED[1:]:
        text = form.sub(lambda said: f"restart {said['object']}", text)
    return text


# "make the blue light stop blinking, just keep it on", "stop the red light flashing, leave it
# solid": a light switched to steady
_STOP_BLINKING = re.compile(
    r"(?<![\w-])(?:(?:stop|end|kill|halt)\s+(?P<light>(?:the |that |this |its )?(?:[\w:@-]+ ){0,3}"
    r"(?:leds?|lights?|lamps?|indicators?|beacons?)\s+(?:from\s+)?|the\s+|its\s+)?|"
    r"make\s+(?P<made>(?:the |that |this )?(?:[\w:@-]+ ){0,3}(?:leds?|lights?|lamps?|indicators?|"
    r"beacons?))\s+stop\s+)(?:blink(?:ing)?|flash(?:ing)?)\b")
_NOT_ASKED_TO_STOP = re.compile(r"(?:n't|\bnot|\bnever|\bto|\bwill|\bwould|\bcan|\bcould|\bshould|\bdoes|"
                                r"\bdid|\bwont|\bcant|\bdoesnt|\bdidnt|\bthat|\bit|\bwhich|\bwhen|\bif)\s+$")
_STEADY = re.compile(r"\b(?:solid|steady|steadily|constant|constantly|continuous|stay(?:s)? on|"
                     r"stay(?:s)? lit|normal|just on|lit up|permanently on)\b")
_KEEP_IT_ON = re.compile(r"[,;.]?\s*(?:and |but |just |then )*(?:keep|leave|have)\s+(?:it|them)\s+"
                         r"(?:on|lit|solid|steady)(?:\s+(?:solid|steady))?\b")


def _blinking_stopped(text: str) -> str:
    stop = _STOP_BLINKING.search(text)
    if stop is None or not (stop["light"] or stop["made"] or _KIND_NOUNS[LED].search(text)) or \
            _NOT_ASKED_TO_STOP.search(text, 0, stop.start()):
        return text  # ("the LED won't stop blinking, restart the controller": what it does)
    if not (_KEEP_IT_ON.search(text) or _STEADY.search(text)):
        return text  # (on or off? "stop the blink on the power led" asks, below)
    state = "on"
    light = (stop["light"] or stop["made"] or "it ").strip()
    return _KEEP_IT_ON.sub("", f"{text[:stop.start()]}turn {light} {state}{text[stop.end():]}")


def _doer_nouns(clause: str) -> set[str]:
    """What does what the clause's verb says, as a name says it: "reads the X" -> reader,
    "polls the X" -> poller, "monitors the X" -> monitor (empty when no verb begins it)."""
    verb = re.match(r"\s*([a-z]{3,}?)(?:es|s|ing)\s+(?:the |a |an |all )?[a-z]", clause)
    if verb is None:
        return set()
    stem = verb[1]
    said = {stem + "er", stem + "or", stem + "r", stem + stem[-1] + "er", stem.removesuffix("e") + "er"}
    return said | {stem} if stem.endswith(("or", "er")) else said  # ("monitors": a monitor)


_DETACHING = re.compile(r"\b(?:disconnect|unplug|remove|release|offline|eject|detach|take (?:\w+ )*out|pull)")
_HALTING = re.compile(r"stop|halt|kill|end|disable|shut ?(?:down|off)|turn off|switch off|"
                      r"power (?:off|down)")
_RELATING = (r"(?:writ(?:es|ing)|reads|reading|publish(?:es|ing)|subscrib(?:es|ing)|connects|"
             r"connecting|talks|talking|sends|sending|push(?:es|ing)|uploads|uploading|pulls|"
             r"pulling|quer(?:ies|ying)|"
             r"feeds|feeding|depends|depending|needs|uses|using|prox(?:ies|ying)|fronts|fronting|"
             r"forwards|forwarding|scrapes|scraping|serves|serving)")
_RELATION = re.compile(rf"\b{_RELATING}\b")  # (the cheap test before the clause is found)
# ("whatever nginx proxies to": nginx does it; "whatever depends on influx": done to influx)
_DOES_TO = re.compile(rf"\b([\w@.-]+) {_RELATING}(?: (?:to|from|into|on|at|through|for|in))?\s*$")
_DONE_TO = re.compile(rf"\b{_RELATING}(?: (?:data|metrics|readings|logs|stuff|things|traffic|"
                      rf"requests|messages))? (?:to |into |from |on |at |with )?(?:the |a |an |our |"
                      rf"my )?([\w@.-]+(?: [\w@.-]+)?)\s*$")
_DOER_WORDS = frozenset(["that", "which", "who", "what", "whatever", "whichever", "something",
                         "anything", "everything", "service", "app", "program", "process", "daemon",
                         "job", "one", "it"])
_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5, "other": 2, "secondary": 2}
_ORDINAL = re.compile(rf"\b({'|'.join(_ORDINALS)})\b(?! (?:time|thought|opinion|look|try|attempt))")
_WHITHER = re.compile(r"\b(?:into|onto|to|towards|toward|at)\s+(?:the |a |an |our |my )?"
                      r"([\w-]+(?: [\w-]+)?)")
_CALLED = re.compile(r"\b(?:labell?ed|marked|called|named|titled|tagged|with (?:the |a )?(?:label|name)|"
                     r"whose (?:label|name) is)\s+(?:as\s+)?['\"]?"
                     r"([a-z0-9][\w.-]*[a-z0-9])")
_UNIT_NOUNS = re.compile(r"\b(?:service|services|daemon|unit)\b")


def _with_kin(matches: list[Match], text: str, scene: Scene) -> list[Match]:
    """"the klipper stuff": the unit named and every unit whose description names it (moonraker,
    "API Server for Klipper"), asked about."""
    group = _GROUP.search(text)
    if not group or not matches or matches[0].entity.kind != UNIT:
        return matches
    word = group.group(1)
    kin = [Match(e, matches[0].score, "part", (word,)) for e in scene.of(UNIT)
           if all(m.entity is not e for m in matches) and _phrase(word, e.doc.lower())]
    return matches + kin


_GROUP = re.compile(r"\b([a-z][\w-]{2,}) (?:stuff|things|bits|suite|services)\b")


_ANY_PROGRAM = frozenset(["service", "services", "thing", "one", "unit", "program", "app", "daemon", "process",
                          "stuff", "system"])


def _with_namesakes(matches: list[Match], text: str, scene: Scene) -> list[Match]:
    """"restart cems" beside cems-logger and cems-uploader: a word of the name they share, said with
    nothing of either's own, fits both, however much one's description says it ("Uploads hourly CEMS
    averages"); "the cold room service" beside coldroom-logger and coldroom-alarm the same."""
    if not matches or matches[0].entity.kind != UNIT or any(m.how in ("name", "part") for m in matches):
        return matches
    best = max(m.score for m in matches)
    top = [m for m in matches if m.score == best]
    # (its name's parts said, apart or run together: "cold room" is coldroom; and nothing else of it but words
    # any program is called by: "the poller for plc 4" says which poller)
    shared = {p for p in top[0].entity.parts for words in top[0].words if p in words.replace(" ", "")}
    its_own = {w for words in top[0].words for w in words.split()
               if not any(w in p for p in shared) and w not in ground.FILLER and w not in _ANY_PROGRAM}
    if len(top) != 1 or not shared or its_own:
        return matches

    def words_of(entity: Entity) -> set[str]:
        return {*ground.tokens(entity.doc.lower()), *ground.tokens(entity.name.lower()), *entity.parts}

    # (a word of the command that is the one's and not the other's tells them apart: "plc 4")
    spoken = {w for w in ground.tokens(text) if w not in ground.FILLER}
    return matches + [Match(e, best, top[0].how, top[0].words) for e in scene.of(UNIT)
                      if all(m.entity is not e for m in matches) and shared <= set(e.parts) and "@" not in e.name
                      and not (spoken & words_of(top[0].entity)) - words_of(e)
                      # (nor a tool around it, unsaid: "the timing" is lap-timing, not lap-timing-exporter)
                      and not ground.satellite(e) and not ground.add_on_unsaid(e, sorted(spoken))]


def _the_other(tied: list[Match], whole: str, asking: str) -> Match | list[Match]:
    """"smbd restarted, didn't help. now restart the other samba daemon": of those that fit,
    not the one named before."""
    context = whole.replace(asking, " ") if asking != whole else ""
    if not _OTHER.search(asking) or not context.strip():
        return tied
    left = [m for m in tied if not any(_phrase(a, context) for a in m.entity.aliases)]
    return left[0] if len(left) == 1 else tied


_OTHER = re.compile(r"\bthe other\b")


def _by_other_words(tied: list[Match], text: str) -> Match | list[Match]:
    """Of units tied by a part of their names, the one the command's other words describe,
    when exactly one: "the NUT information server" is nut-server ("power devices information
    server"), not nut-monitor."""
    if any(m.entity.kind != UNIT or m.how != "part" for m in tied):
        return tied
    shared = set.intersection(*(set(m.words) for m in tied))
    rest = " ".join(w for w in ground.tokens(_object_words(text)) if w not in shared)
    described = [m for m in tied if ground.described_by(m.entity, rest)]
    return described[0] if len(described) == 1 else tied


def _self_described(lexed: list[tuple[Entity, Match | None]], noun: re.Match[str] | None) -> bool:
    """Whether a unit fitted by the command says the kind noun said of itself."""
    said = noun.group().removesuffix("s") if noun else ""
    # (not "network": "the network ups tools" names the whole suite, not its monitor)
    return bool(said) and said not in ("network", "net") and any(
        m and e.kind == UNIT and any(a == said or ground.kin_of(a, said) for a in e.attributes)
        and set(m.words) - {said, f"{said}s"} for e, m in lexed)  # (more than "the light" said of it)


def _one_name_numbers(said: str, scene: Scene) -> bool:
    """Whether two numbers said side by side are, in that order, all the numbers of one name
    here, after a word no other name has ("runway 09 27" of rwy09-27; not "chiller 1 2")."""
    pair = re.fullmatch(r"([a-z]+)s? (\d+) (\d+)", said.strip())
    if pair is None:
        return False
    ours = [e for e in scene.entities if re.findall(r"\d+", e.name) == [pair[2], pair[3]]]
    return bool(ours) and not any(pair[1] in (*e.parts, *e.attributes) for e in scene.entities if e not in ours)


# ("put the power back to normal, not max": the profile not wanted)
_NOT_NEEDED = re.compile(r"\b(?:(?:does|do|did)n'?t|(?:does|do) not|no|never)\s+(?:\w+\s+)?(?:need|want|use|require)")
_NOT_THAT_ONE = re.compile(r"\s*(?:but\s+)?(?:not|no|never)\s+(?:the\s+)?[\w-]+(?:\s+(?:mode|profile))?\W*")
_NEEDED_THEN = re.compile(r"\b(?:(?:we|i|they|you)(?:'ll| will)? need (?:it|them|this|that)|(?:it'?s|its|it is) "
                          r"needed|needed)\b[^,.;]*")
_WHAT_DRIVES_IT = re.compile(r"\b(?:process|daemon|service|program|script|whatever)\s+"
                             r"(?:that(?:'s| is)?\s+|which(?:'s| is)?\s+)?(?:is\s+)?(?:b\w{0,2}l\w{0,2}n\w*|flash\w*|"
                             r"makes?|mkaes|keeps?|drives?|controls?|runs?|toggles?|turns?)\b")


_THE_DEVICE_AS_SEEN = frozenset(["server", "hmi", "screen", "panel", "touchscreen", "touch screen", "display",
                                 "terminal", "kiosk", "tablet", "pod", "nacelle", "cabinet", "enclosure", "rack"])


def _profile_first_or_last(text: str) -> str | None:
    pauses = _PAUSE.split(text)
    return lexicon.profile(pauses[0]) or lexicon.profile(pauses[-1])


def _by_lettered_word(tied: list[Match], text: str) -> Match | list[Match]:
    """Of units that fit alike, the one whose description says a word with the letter said with it, when exactly
    one does: "the C flute single facer" of "(C flute)" beside "(B flute)", "tank b heater" of "Heater (tank B)"."""
    said = {f"{a} {b}" for a, b in pairwise(ground.tokens(text)) if (len(a) == 1) != (len(b) == 1)
            and (a + b).isalpha() and max(len(a), len(b)) >= 3 and not {a, b} & ground.STOP}
    def pairs(m: Match) -> set[str]:
        return {f"{a} {b}" for a, b in pairwise(ground.tokens(m.entity.doc))}
    lettered = [m for m in tied if said & pairs(m)]
    # (never when another letter is said that another of them has: "restart stand A and B")
    letters = {w for w in ground.tokens(text) if len(w) == 1 and w.isalpha()}
    others = [m for m in tied if m not in lettered and any(
        len(p) == 1 and p in letters for pair in pairs(m) for p in pair.split())]
    return lettered[0] if len(lettered) == 1 and not others and lettered[0].entity.kind == UNIT else tied


def _by_clipped_word(tied: list[Match], text: str) -> Match | list[Match]:
    """Of units that fit alike, the one a word clipped from a word of its description names,
    when exactly one: "the haem analyser" of "(haematology)", "chem" of "(chemistry)"."""
    if any(m.entity.kind != UNIT for m in tied):
        return tied
    for word in ground.tokens(text):
        if len(word) < 4 or not word.isalpha() or word in ground.STOP:
            continue
        if any(word in m.entity.attributes or word in m.entity.parts for m in tied):
            continue  # (a word they have whole is no clipping)
        clipped = [m for m in tied if any(a.startswith(word) and len(a) >= len(word) + 3
                                          for a in m.entity.attributes)]
        # (and none of the others says it inside a word: "stream" of livestream)
        if len(clipped) == 1 and not any(word in f"{m.entity.name} {m.entity.doc.lower()}"
                                         for m in tied if m is not clipped[0]):
            return Match(clipped[0].entity, clipped[0].score, "clipped", (*clipped[0].words, word))
    return tied


# Instances named by a language ("the english surtitles" of surtitle@en)
_LANGUAGE_CODES = {"english": "en", "german": "de", "french": "fr", "spanish": "es", "italian": "it",
                   "dutch": "nl", "portuguese": "pt", "polish": "pl", "swedish": "sv", "danish": "da",
                   "chinese": "zh", "japanese": "ja", "korean": "ko", "arabic": "ar", "russian": "ru"}
_SMALL_NUMBERS = {w: str(n) for n, w in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], start=1)}
_SMALL_NUMBER = re.compile(rf"\b({'|'.join(_SMALL_NUMBERS)})\b")


def _instance_in(entity: Entity, text: str) -> bool:
    """Whether the command names the unit's instance anywhere: "pool" of badge-reader@pool,
    "lathe 2" of cnc-dnc@lathe2, "station 2" of dialysis-hl7@st02, "door two" of bay-door@2,
    "english" of surtitle@en."""
    base, _, instance = entity.name.lower().removesuffix(".service").partition("@")
    if not instance:
        return False
    text = _SMALL_NUMBER.sub(lambda m: _SMALL_NUMBERS[m[1]], text)
    numbered = re.fullmatch(r"([a-z]*?)-?0*(\d{1,3})", instance)
    if numbered is None:
        if instance == "a" and not re.search(r"\ba\b(?!\s+[a-z])|[a-z]\s+a\b(?!\s+(?!and\b|or\b|then\b)[a-z])", text):
            return False  # ("restart a reel stand": an article, not stand A)
        return _phrase(instance, text) or any(
            code == instance and _phrase(name, text) for name, code in _LANGUAGE_CODES.items())
    letters, n = numbered.groups()
    # the number after a word its letters begin ("st" of station) or, bare, after a word of the
    # unit's name ("door 2" of bay-door@2); never a delay or a count ("in 2 minutes", "2 times")
    before = rf"{letters}[a-z]*" if letters else "|".join(re.escape(p) for p in re.split(r"[-_.]", base) if len(p) >= 3)
    # ("the second barn" of feeder@barn2)
    counted = rf"|\b(?:{_COUNTED_AS[int(n)]}) {letters}[a-z]*\b" if letters and int(n) in _COUNTED_AS else ""
    return memo.search(rf"\b(?:{before})s?[ -]?(?:no\.? ?|number |#)?0*{n}\b(?!\s*(?:min|sec|s\b|h\b|hour|"
                       rf"times|x\b|%|gb|tb)){counted}", text) is not None if before else False


_COUNTED_AS = {1: "first|1st", 2: "second|2nd", 3: "third|3rd", 4: "fourth|4th", 5: "fifth|5th"}


# An instance that is a span of numbers: pinsetter@3-4, "Pinsetter controller lanes 3-4"
_SPAN = re.compile(r"(\d{1,2})-(\d{1,2})")


def _numbers_of(entity: Entity, text: str) -> list[int]:
    """The numbers the command says after the word its description says its span after ("lane 4"
    of "lanes 3-4"; not "controller 2" of "fan controller cells 1-2")."""
    counted = re.findall(r"\b([a-z]{3,}) \d{1,2}-\d{1,2}\b", entity.summary.lower())
    return [int(n) for word, n in re.findall(r"\b([a-z]{3,}) (\d{1,2})(?![\w.,/-]*\d)\b", text)
            if word in counted or f"{word}s" in counted]


def _span_holds(entity: Entity, text: str) -> bool:
    """Whether the unit's instance is a span that holds a number said of it: "lane 4's machine"
    of pinsetter@3-4."""
    span = _SPAN.fullmatch(entity.name.lower().removesuffix(".service").partition("@")[2])
    return span is not None and any(int(span[1]) <= n <= int(span[2]) for n in _numbers_of(entity, text))


def _by_instance_said(tied: list[Match], whole: str) -> Match | list[Match]:
    """Of instances of one template that fit alike, the one the command names anywhere, as in
    the trouble told first: "lathe 2 isn't getting programs, restart its DNC feeder"."""
    bases = {m.entity.name.partition("@")[0] for m in tied if m.entity.kind == UNIT and "@" in m.entity.name}
    if len(bases) != 1 or len(tied) < 2 or any("@" not in m.entity.name for m in tied):
        return tied
    named = [m for m in tied if _instance_in(m.entity, whole) or _span_holds(m.entity, whole)]
    return named[0] if len(named) == 1 else tied


def _numbered_otherwise(entity: Entity, whole: str, scene: Scene) -> bool:
    """Whether the command numbers what the unit's name numbers, with a number no name of the
    device has: "hall 3 reports jams, restart their gateway" is not hall2-gw's."""
    name = entity.name.lower()
    for word, number in re.findall(r"\b([a-z]{3,}) (\d+)\b", whole):
        ours = re.search(rf"{word}[-@_]?(\d+)", name)
        if ours and ours[1] != number and not any(
                re.search(rf"{word}[-@_]?0*{number}\b", e.name.lower()) for e in scene.entities):
            return True
    return False


def _by_context(tied: list[Match], whole: str, asking: str, scene: Scene) -> Match | list[Match]:
    """Of units that fit the clause that asks equally well, the one the rest of the command
    describes, when it describes exactly one: "video on the lobby screen is frozen, restart the
    player" is the signage video player, not the AirPlay audio receiver. Never by a rest that
    names another thing of the device: "the stage door camera is stuck, restart the DMX gateway"
    says nothing of which gateway (the stage lamps' one)."""
    context = whole.replace(asking, " ") if asking != whole else ""
    if not context.strip() or any(m.entity.kind != UNIT for m in tied):
        return tied
    words = ground.tokens(context)
    if any((o := ground.lexical(e, context, words)) and o.how == "name" for e in scene.entities
           if all(e is not m.entity for m in tied)):
        return tied
    if len(context.split()) <= 3 and any((o := ground.lexical(m.entity, context, words)) and o.how in ("name", "part")
                                         for m in tied):
        return tied  # ("restart nginx, grafana": a second name, not what describes one)
    how = {m.entity.name: ground.described_by(m.entity, context) for m in tied}
    described = [m for m in tied if how[m.entity.name]]
    if len(described) > 1 and "@" in described[0].entity.name and \
            len({m.entity.name.partition("@")[0] for m in described}) == 1:
        # ("nearshore gauge array stopped logging, restart its daq": both arrays are gauges, one is
        # nearshore) of instances of one program, the one described by every word the others are and more
        said = {m.entity.name: set(getattr(how[m.entity.name], "words", ())) for m in described}
        widest = [m for m in described if all(said[o.entity.name] < said[m.entity.name]
                                                for o in described if o is not m)]
        described = widest or described
    if described and (_FINE.search(context) or _EXCLUDED.search(context) or _SPARED.search(context)):
        # ("restart the audit daemon, the log signer is fine", "..., dont touch the POS bridge":
        # of the others, if one is left)
        described = [m for m in tied if m not in described]
    if len(described) != 1:
        return tied
    one = described[0]
    return Match(one.entity, one.score, "context", one.words)


_COUNTS = r"(?:min|mins|minutes?|sec|secs|seconds?|s|h|hours?|hrs?|%|am|pm|times?|x|gb?|mb?|tb?)\b"
_MORE_OF_THE_NUMBER = re.compile(r"[.,/]\d|-\d|\s+(?:hundred|thousand|and a half|"
                                 r"(?:point|dot) (?:\d|zero|one|two|three|four|"
                                 r"five|six|seven|eight|nine))\b")
_NOT_AN_INSTANCE = re.compile(r"\s*" + _COUNTS)


# An instance said by the one beside it: "the bay next to bay 2", "the column after the first one",
# "the chiller two after chiller 1", "the neighbour of bay 6", "chiller 2's neighbour"
_RELATIONS = {**dict.fromkeys(("next to", "beside", "adjacent to", "either side of", "neighbour of", "neighbours of",
                               "neighbor of", "neighbors of"), (-1, 1)),
              **dict.fromkeys(("after", "following", "past", "beyond", "right of", "to the right of", "up from"), (1,)),
              **dict.fromkeys(("before", "preceding", "previous to", "prior to", "left of", "to the left of",
                               "down from"), (-1,)),
              # (where each stands is not known: "above", "opposite" name neither)
              **dict.fromkeys(("above", "below", "opposite", "across from"), ())}
_RELATION_WORDS = "|".join(sorted(_RELATIONS, key=len, reverse=True))
_COUNTED = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}
_STEPS = {"one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}
_NEIGHBOUR = re.compile(rf"\bthe (?:([a-z][a-z-]*?) ?)??(?:(one|two|three|[123]) (?:[a-z]+ )?)?({_RELATION_WORDS}) "
                        rf"(?:the )?(?:([a-z][a-z-]*) ?)?(\d{{1,2}}|{'|'.join(_COUNTED)})(?: one)?\b|"
                        r"\b([a-z][a-z-]*) ?(\d{1,2})'s (neighbou?rs?)\b")
# What is said to be beside another thing of the device ("the stick next to sdb1", "the port after
# eth0"): not that thing, whatever it is
_BESIDE_ANOTHER = re.compile(rf"\bthe (?:[a-z][\w-]* )?(?:(?:one|two|three|[123]) (?:[a-z]+ )?)?(?:{_RELATION_WORDS}) "
                             r"(?:the )?(\S+)")


def _beside_another(text: str, scene: Scene) -> bool:
    """Whether the command says what it means by another thing of the device it is beside."""
    beside = _BESIDE_ANOTHER.search(text)
    return beside is not None and (re.search(r"\d", beside[1]) is not None or beside[1].strip(".,;!?") in scene.names)


def _two_instances_said(text: str, scene: Scene) -> list[Match]:
    """Two instances of one template said together, to be asked about one at a time: "the A and B picklers",
    "pickler a then pickler b", "the stand A brake and stand B brake" (not "pickler b and a pump")."""
    for base, units in _templates(scene).items():
        ids = {e.name.lower().removesuffix(".service").partition("@")[2]: e for e in units}
        theirs = {w for e in units for w in (*re.split(r"[-_.]", base), *ground.tokens(e.summary))
                  if len(w) >= 3 and w not in ids and w not in ground.FILLER}
        said = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
        noun = "|".join(re.escape(w) for w in sorted(theirs, key=len, reverse=True))
        if not said or not noun:
            continue
        pair = re.search(rf"\b({said}) (?:and|&|then|or|,) (?:then )?({said})(?: (?:{noun})s?\b|\s*[.!]*$)|"
                         rf"\b(?:{noun}) ({said})\b.*?\b(?:and|then|&)\b.*?\b(?:{noun}) ({said})\b", text)
        if pair:
            first, second = [g for g in pair.groups() if g]
            if first != second:
                return [Match(ids[first], 3.0, "name", (first,)), Match(ids[second], 3.0, "name", (second,))]
    return []


def _templates(scene: Scene) -> dict[str, list[Entity]]:
    """The units of each template with two or more instances, by the template's name."""
    templates: dict[str, list[Entity]] = {}
    for e in scene.of(UNIT):
        base, at, _ = e.name.lower().removesuffix(".service").partition("@")
        if at:
            templates.setdefault(base, []).append(e)
    return {base: units for base, units in templates.items() if len(units) >= 2}


def _neighbours_said(text: str, scene: Scene) -> list[Match] | None:
    """The instances of a numbered template beside the one the command names ("the bay next to
    bay 2" is bay@1 or bay@3, asked; "the column after the first one" is column@2); none when
    that one has no such neighbour, and None when no neighbour is said of one template."""
    found = _NEIGHBOUR.search(text)
    if found is None:
        return None
    if found[8]:  # "chiller 2's neighbour"
        head, steps, where, named, number = found[6], "", "next to", found[6], found[7]
    else:
        head, steps, where, named, number = (found[1] or "one"), found[2], found[3], found[4], found[5]
    head, step = head.removesuffix("s"), _STEPS.get(steps or "one", 1)
    numbered: dict[str, dict[int, Entity]] = {}
    for e in scene.of(UNIT):
        base, at, instance = e.name.lower().removesuffix(".service").partition("@")
        if at and (digits := re.fullmatch(r"[a-z]*(\d{1,2})", instance)):
            numbered.setdefault(base, {})[int(digits[1])] = e
    fitting = [units for units in numbered.values() if len(units) > 1 and all(
        word in ("one", "neighbour", "neighbor") or ground.accounts_for(next(iter(units.values())), word)
        for word in (head, named or head))]
    if len(fitting) != 1:
        return None
    units, named_at = fitting[0], int(_COUNTED.get(number, number))
    return [Match(units[named_at + way * step], 3.0, "name", (head, str(named_at + way * step)))
            for way in _RELATIONS[where] if named_at + way * step in units]


def _instance_said(text: str, scene: Scene) -> list[Match] | None:
    """A template's instance said by its letter or number beside a word of its name: "hive b
    scale" is hive-scale@b, "line 2 loom monitor" loom-monitor@2; "hive c" with instances a
    and b is none of them (and no other hive unit). None when no instance is said so."""
    templates: dict[str, list[Entity]] = {}
    for e in scene.of(UNIT):
        base, at, _ = e.name.lower().removesuffix(".service").partition("@")
        if at:
            templates.setdefault(base, []).append(e)
    for base, units in templates.items():
        if len(units) < 2:
            continue
        ids = {e.name.lower().removesuffix(".service").partition("@")[2]: e for e in units}
        # the words all of them are by name or description (not an instance's own)
        theirs = {w for e in units for w in (*re.split(r"[-_.]", base), *ground.tokens(e.summary))
                  if len(w) >= 4 and w not in ids and w not in ground.FILLER}
        # ("the room 3 controller" with room1, room2 and freezer: none of them)
        numbers: dict[str, set[int]] = {}
        for i in ids:
            if (word_number := re.fullmatch(r"([a-z]+)(\d{1,2})", i)):
                numbers.setdefault(word_number[1], set()).add(int(word_number[2]))
        for stem, have in numbers.items():
            said = re.search(rf"\b{stem}s?\s*(?:no\.?\s*|number\s+|#)?(\d{{1,2}})\b", text)
            if said and _MORE_OF_THE_NUMBER.match(text, said.end()) and (theirs - {stem}) & set(ground.tokens(text)):
                return []  # ("crane 1.5 bridge" with crane1 and crane2)
            if len(have) > 1 and said and int(said[1]) not in have and \
                    not _NOT_AN_INSTANCE.match(text, said.end()) and (theirs - {stem}) & set(ground.tokens(text)):
                return []
        if all(re.fullmatch(r"[a-z]+\d{1,2}", i) for i in ids):
            # ("the oxygen monitor on pen 2", "the wind logger on tower 7": an instance named
            # by a word and a number, beside what they all are by name or description)
            spaced = {i: re.sub(r"(?<=[a-z])(?=[0-9])", " ?", i) for i in ids}  # ("pen 2" is pen2)
            named = [(i, e) for i, e in ids.items() if re.search(rf"\b{spaced[i]}\b", text)]
            # (the word of the number itself, "screen" of screen1, tells no template)
            numbered = {re.sub(r"\d+$", "", i) for i in ids}
            if len(named) == 1 and (theirs - numbered) & set(ground.tokens(text)):
                return [Match(named[0][1], 3.0, "name", (named[0][0],))]
            # ("charger 2's modbus bridge" of charger-bridge@dc2, "Modbus bridge to DC charger
            # dc2": its number said after a word all of them are described by)
            words = "|".join(re.escape(w) for w in sorted(theirs - numbered) if w.isalpha())
            said = re.search(rf"\b(?:{words})s? ?(?:no\.? ?|#)?(\d{{1,2}})(?:'?s)?\b(?!\s*(?:[.,/-]\d|{_COUNTS}))",
                             text) if words and not named and not any(
                _KIND_NOUNS[k].search(text) for k in (LED, STORAGE, INTERFACE)) else None  # (boiler 1's green led)
            by_number = [e for i, e in ids.items() if said and re.sub(r"^[a-z]+", "", i) == said[1]]
            if said and len(by_number) == 1:
                return [Match(by_number[0], 3.0, "name", (said[0],))]
            continue
        if all(_SPAN.fullmatch(i) for i in ids):
            counted = "|".join(re.findall(r"\b([a-z]{3,}?)s? \d{1,2}-\d{1,2}\b", units[0].summary.lower()))
            said = re.search(rf"\b(?:{counted})s? (\d{{1,2}})(?:\s*(?:-|to|through|and|&)\s*(\d{{1,2}})|[.,/]\d)",
                             text) if counted else None
            if said:  # ("cells 2-3": that span or none; "cell 4.5": none)
                exact = [e for i, e in ids.items() if said[2] and i == f"{said[1]}-{said[2]}"]
                return [Match(exact[0], 3.0, "name", (exact[0].name,))] if exact else []
            if any(_numbers_of(e, text) for e in units):  # ("the pinsetter on lane 40": none)
                holding = [e for e in units if _span_holds(e, text)]
                return [Match(holding[0], 3.0, "name", (holding[0].name,))] if len(holding) == 1 else []
            continue
        lettered = [re.fullmatch(r"([a-z]{3,})-([a-z0-9])", i) for i in ids]
        if all(lettered) and len({m[1] for m in lettered if m}) == 1:
            # "scanner A" of ballot-scanner@scan-a and @scan-b: its letter after a word its stem begins
            stem = next(m[1] for m in lettered if m)
            said = re.search(rf"\b{stem}[a-z]*\s+([a-z0-9])\b(?!\s*(?:[.,/-]\d|{_COUNTS}))", text)
            if said:
                return [Match(e, 3.0, "name", (said[0],)) for i, e in ids.items() if i == f"{stem}-{said[1]}"]
        if not all(re.fullmatch(r"[a-z]|\d{1,2}", i) for i in ids):
            # (instances named by words are names: "anpr-cam@entry"), also cut short before a word
            # of the template's name: "the sub room" of room@submarine
            for part in (p for p in re.split(r"[-_.]", base) if len(p) >= 3):
                for said in re.finditer(rf"\b([a-z]{{3,}}) {re.escape(part)}s?\b", text):
                    short = [e for i, e in ids.items() if i.startswith(said[1]) and i != said[1]]
                    if len(short) == 1 and said[1] not in ids:
                        return [Match(short[0], 3.0, "name", (said[1], part))]
            continue
        for part in (p for p in re.split(r"[-_.]", base) if len(p) >= 3):
            said = re.search(rf"\b{re.escape(part)}s?\s+(?:no\.?\s*|number\s+|#)?([a-z]|\d{{1,2}})\b"
                             rf"|\b(?:line|no\.?|number|#)\s*(\d{{1,2}})\s+{re.escape(part)}\b", text)
            if said is None or _NOT_AN_INSTANCE.match(text, said.end()):
                continue
            if _MORE_OF_THE_NUMBER.match(text, said.end()):
                return []  # "zone 1.5", "zone one hundred": a number no instance has
            which = said[1] or said[2]
            if which in ("a", "i") and which not in ids:
                continue  # ("the hive a beekeeper named": an article)
            return [Match(ids[which], 3.0, "name", (part, which))] if which in ids else []
    return None


def _with_instances(match: Match, scene: Scene, text: str) -> Match | list[Match]:
    """A unit beside instances of its template ("restart postgres" with postgresql.service and
    postgresql@15-main.service): which one is meant is asked, unless its full name was said."""
    unit = match.entity
    base = unit.name.lower().removesuffix(".service")
    if unit.kind != UNIT or "@" in base or unit.name.lower() in text:
        return match
    instances = [Match(e, match.score, match.how, match.words) for e in scene.of(UNIT)
                 if e.name.lower().startswith(f"{base}@")]
    return [match, *instances] if instances else match


def _what_happens(text: str, found: list[lexicon.Found], asked: list[lexicon.Found]) -> bool:
    """Whether the verbs only say what something does or what was done (see _HAPPENS,
    _DONE_BY_SOMEONE, _TICKED), with no request in another clause."""
    first_clause = re.split(r"[,.;!?]\s", text, maxsplit=1)[0]
    if len(first_clause) < len(text.rstrip(" .!")):
        return False  # ("nginx keeps going down, restart it": the next clause may ask)
    if _TICKED.fullmatch(text) and not re.search(r"\b(?:when|once|after|until|till|if|is|be|are)\b", text):
        return True
    habit = _HAPPENS.search(text)
    if habit and all(habit.start() <= f.start < habit.end() for f in asked):
        return True
    if _DONE_BY_SOMEONE.match(text) and all(
            text[f.start:f.end] in ("on", "off", "up", "down", "blink") for f in asked):
        return True
    return all(speech.inflected(text[f.start:f.end]) for f in found) and \
        _subject_first(text[:found[0].start])


_BARE_STATES = frozenset(["on", "off", "up", "down", "online", "offline"])
# A word that says how a thing is, before its state: "mosquitto still down", "the door sensor seems off today"
_HOW_IT_IS = re.compile(r"\b(?:still|already|finally|seems?|looks?|appears?|sounds?|feels?|is|are|was|were|been|"
                        r"noticed|saw|seen|spotted|shows?|showed|stays?|stayed|remains?|remained|kept|keeps)\b")
# Verbs a bare state goes with: "bring eth1 up", "take can0 down", "switch the wifi off"
_PUT_SO = re.compile(r"\b(?:bring|brought|take|took|turn|switch|put|set|get|power|shut|flip|knock|pull|spin|boot|fire|"
                     r"make|have|keep|leave|let|go|light|kick|start|stop|restart|reboot|mount|unmount|blink|want|"
                     r"need)\b")
_PAST_PHRASAL = frozenset(["switched", "turned", "brought", "taken"])
# A note on a state told: "..., ticket #4411", "..., known issue", "..., vendor is on it"
_STATUS_NOTE = re.compile(r"[,;]\s*(?:(?:see |per )?(?:ticket|issue|case|incident|inc|jira|bug) ?#?\s*[\w-]+|known "
                          r"(?:issue|"
                          r"problem|bug)|(?:the )?vendor(?:'s| is) on it|as expected|expected|tracked|logged|fyi|"
                          r"for your info(?:rmation)?|no action needed|nothing to do)\W*")
# What may follow a state that tells it: "... up and running now", "... as expected", "... for me", "... since 3am"
_TOLD_TAIL = re.compile(r"\s+(?:and (?:running|working|stable|fine|happy|healthy)|as (?:expected|usual|planned)|for"
                        r" (?:me|us)\b|"
                        r"on my (?:end|side|screen)|from (?:where i sit|here)|since \S+|already|at last|finally|"
                        r"earlier|"
                        r"today|yesterday|all (?:day|night|morning)|overnight|again\W*$)")


def _told_as_it_is(text: str, found: list[lexicon.Found]) -> bool:
    """Whether a thing's state is said with no verb around it in words that tell rather than ask:
    "mosquitto still down", "the wifi up and running now", "gpsd down, known issue" (but "eth1 down
    please", "wlan0 off, it's interfering with the radio" ask)."""
    said = text.rstrip(" .!?")
    verbs = [o for o in _action_offsets(text) if not re.match(r"(?:on|off)line\b|lights?\b", text[o:])]
    pause = _PAUSE.search(said)
    if verbs or not all(text[f.start:f.end] in _BARE_STATES for f in found) or _PUT_SO.search(said) or (
            pause and not _STATUS_NOTE.fullmatch(said[pause.start():])):
        return False  # (one clause only, with no verb the state goes with: "bring eth1 up - we need it" asks)
    state = found[0]
    if not re.search(r"\w", said[:state.start]):
        return False  # ("down the ethernet": the state said first asks)
    if pause:
        return True  # ("gpsd down, ticket #4411", "signalk down, known issue")
    return bool(_HOW_IT_IS.search(said, 0, state.start)) or bool(_TOLD_TAIL.match(said, state.end))


def _subject_first(before: str) -> bool:
    """Whether words before the verb say who or what does it ("mosquitto restarts"), not
    courtesies ("please restarts nginx" is a typo of a request) or a verb that asks with it
    ("set the led blinking", "i want you to stop")."""
    words = re.findall(r"[\w@.:'-]+", speech.without_courtesies(before))
    return not _ASKING_WITH.intersection(words) and any(
        w not in ground.FILLER and w not in ("pls", "plz", "kindly", "hey", "ok", "okay", "sudo")
        for w in words)


_ASKING_WITH = frozenset(["set", "make", "get", "have", "keep", "leave", "put", "turn", "switch",
                          "let", "want", "like", "need", "wish", "ask", "asking", "i'd", "please"])


def _said_by_the_speaker(text: str, at: int) -> bool:
    """Whether the clause around `at` says what the speaker does ("we're decommissioning
    turbine 7")."""
    start = max((m.end() for m in _PAUSE.finditer(text, 0, at)), default=0)
    return speech.of_the_speaker(text[start:at])


def _said_of_others(text: str, at: int) -> bool:
    """Whether the clause up to `at` says what others do ("nobody can join")."""
    start = max((m.end() for m in _PAUSE.finditer(text, 0, at)), default=0)
    # (or what something fails to do: "column 3 won't open any doors, restart it")
    return bool(speech.OTHERS.match(text[start:at]) or _FAILS_TO.search(text, start, at))


_FAILS_TO = re.compile(r"\b(?:won'?t|wont|doesn'?t|don'?t|can'?t|cannot|couldn'?t|didn'?t|isn'?t|aren'?t|"
                       r"fails? to|failed to|unable to|refuses? to|stopped being able to)\s+(?:\w+\s+)?$")


def _head(text: str) -> str:
    """The text up to where a description of place or relation starts ("the lights | on the
    board")."""
    cut = _HEAD_ENDS.search(text)
    return text[:cut.start()] if cut else text


def _when_alone(clause: str) -> str:
    """When, if a clause says only that ("restart nginx, 5 minutes from now", "..., like 20 mins")."""
    if re.fullmatch(r"\s*(?:like|about|around|say|maybe|roughly|approx\.?|~)?\s*", values.without_delays(clause)) and \
            values.delay(clause).seconds:
        return clause.strip(" ,.")
    if len(clause.split()) <= 5 and not re.search(r"[a-z]{3,}", re.sub(
            r"\b(?:and|then|but|please|maybe|about|around|morning|evening|afternoon|night|first thing)\b", " ",
            values.without_delays(clause))):
        return values.later(clause)
    return ""


def _when_first(clauses: list[str]) -> str:
    """When, said in a clause of its own before the request, after a word to start with
    ("please, at 6, restart nginx", "ok tomorrow, stop pump 2"; not "3am, night shift here",
    which says when it is said)."""
    for clause in clauses:
        side = _FIRST_WORDS.sub("", clause)
        if (when := _when_alone(side)) and (values.delay(side).seconds or _WHEN_FIRST.match(side)):
            return when
    return ""


_FIRST_WORDS = re.compile(r"^\s*(?:(?:uh+|um+|erm?|ok|okay|so|right|well|please|pls|llmos|hey(?: \w+)?|can you|"
                          r"could you|would you)\W*\s*)*")
# A heading that only names a thing: no verb, no state, no time ("barn 3 climate", "nginx")
_A_HEADING = re.compile(r"(?!.*\b(?:is|are|was|were|has|have|had|keeps?|seems?|again|down|up|off|on|frozen|stuck|dead|"
                        r"crashed|hung|broken|slow|please|pls|now|ok|okay|then|so|and|right|sir|guys|team|hey|hi|"
                        r"yes|yeah|done|sure|fine|go|thanks|llmos|computer|box|device)\b)"
                        r"[a-z][\w@.'-]*(?: [\w@.'-]+){0,3}")
_WHEN_FIRST = re.compile(r"\s*(?:at|in|by|on|after|tomorrow|tonight|next|this|later|around|about|first thing|"
                         r"early|come|during|over|@)(?!\w)")


def _opening_words(clause: str) -> int:
    """Where a clause's first word after its courtesies is."""
    return _COURTEOUS_OPENING.match(clause).end()  # type: ignore[union-attr]


_COURTEOUS_OPENING = re.compile(r"\s*(?:(?:pls|please|plz|now|then|so|and|just|ok|okay|can you|could you|"
                                r"would you)\s+)*")


def _asking(text: str) -> str:
    """The command without the clauses after the first that only say why ("stop apache2,
    it's fighting nginx for port 80")."""
    parts = speech.clauses(text)
    # from the first clause that asks ("guests see the splash page spinning forever, restart
    # the captive portal")
    at = next((i for i, c in enumerate(parts) if _action_offsets(c)), 0)
    # ("stop mqtt, we push new firmware to the sensors now": what the speaker does is why)
    return " , ".join(parts[at:at + 1] + [c for c in parts[at + 1:] if not _WHY.match(c)
                                          and not speech.HOW_THINGS_SHOULD_BE.match(c)
                                          and not speech.of_the_speaker(c)])


_NAME_TOKEN = re.compile(r"[\w.@-]+")


# "fibre cut on the main road, bring up the LTE backup": what happened, not what to do
_A_CUT = re.compile(r"\b((?:fib(?:re|er)|power|cable|line|link|network|internet|mains|wire|wan|"
                    r"uplink|connection|signal|packet|grid)s?) (?:cut|drops?|cuts)\b")


def _participle_after(text: str, found: lexicon.Found) -> bool:
    """An -ing form in a later clause says what goes on, not what to do: "stop zigbee2mqtt,
    flashing the coordinator", "take usb0 down, I'm done flashing over it"."""
    said = text[found.start:found.end].split(maxsplit=1)[0]
    if not said.endswith("ing") or said == "bring":
        return False  # ("nginx is down, get it running": "get" asks)
    # or describes a thing, after its determiner: "the green blinking led, switch it off"
    return re.search(r"[,;!?]|\.\s", text[:found.start]) is not None or re.search(
        r"(?<!to )(?<!in )(?<!into )\b(?:the|a|an|that|this|my|our|its)\s+(?:\w+\s+)?$",
        text[:found.start]) is not None  # but "set it to a blinking state" asks to blink


def _inside_a_name(text: str, found: lexicon.Found, scene: Scene) -> bool:
    """Whether an effect's words are only part of a longer word that names an entity."""
    token = next((m for m in _NAME_TOKEN.finditer(text)
                  if m.start() <= found.start and found.end <= m.end()), None)
    if token is None or (token.start(), token.end()) == (found.start, found.end):
        return False
    word = token.group().strip(".-")
    return any(word in e.aliases for e in scene.entities)


# "reboot in 2h so the night shift can finish": why, not what
_PURPOSE = re.compile(r"\bso (?:that )?(?:the|i|we|they|you|he|she|my|our|nobody|everyone|"
                      r"people|users|guests)\b[^,.;!?]*|"
                      # ("make it blink for the test": what it is for, not which)
                      r"\bfor (?:the |a |an |our )?(?:test|testing|demo|drill|inspection|inspector|audit)\b|"
                      + speech.BY_WHEN.pattern)


# A unit said as another of its kind: a short name whose last word is the thing the unit is, said
# after words none of which it accounts for, while its description says another before that thing
# ("the river intake pump" of a "Solar borehole pump VFD controller", "the water analyser" of an
# "Inline milk analyser"). Never a word that says which one or how ("the other broker", "the main
# pump"), nor one that says what kind of program a thing is ("the wifi supplicant", "the display
# compositor": see ground.CATEGORIES)
def _another_of_its_kind(entity: Entity, text: str) -> bool:
    said = [w for w in ground.tokens(_object_words(text)) if w not in ground.FILLER]
    own = ground.tokens(entity.summary)
    # (a thing, not what it does: "panel drying" is another language's order; nor a relative clause)
    if entity.kind != UNIT or not 2 <= len(said) <= 4 or said[-1] not in own[1:] or \
            said[-1] in ground.GENERIC or said[-1].endswith("ing") or _RELATIVE_WORD.search(text):
        return False
    theirs = own[own.index(said[-1]) - 1]
    return theirs.isalpha() and len(theirs) >= 3 and theirs not in ground.FILLER and theirs not in said and all(
        w.isalpha() and len(w) >= 4 and w not in _DIGIT_WORDS and w not in ground.COLOURS and w not in ground.GENERIC
        and w not in _WHICH_OR_HOW and w not in ground.CATEGORY_WORDS and w not in ground.POSITIONS
        and not ground.accounts_for(entity, w) for w in said[:-1])


def _what_it_serves(entity: Entity, text: str) -> bool:
    """Whether the thing said is what the unit is for, not the unit: its head word is said only
    after "for" in the description ("Show file simulator for the firing system", "Modbus gateway
    for the chiller") and is no part of its name. A screen is the exception: what shows on it
    is the program that runs it ("the pit lane display" of a "Chromium kiosk for the pit lane
    display")."""
    if entity.kind != UNIT or _RELATIVE_WORD.search(text):
        return False  # ("whatever reads the book tags": the unit, by what it does)
    doc, _, served = entity.summary.lower().partition(" for ")
    # (the thing, before where it is: "the barcode array at the sorter")
    words = _without_drivers(_object_words(
        re.split(r"\b(?:for|at|in|on|of|by|near|from|beside)\b", _main_clause(text))[0]).split())
    head = words[-1] if words else ""
    own = set(ground.tokens(doc))
    # (a name made of what it serves and what it is, "chiller-modbus" of a "Modbus gateway for the
    # chiller", does not make it the chiller)
    parts = [p for p in re.split(r"[-_.@]", entity.name.lower().removesuffix(".service")) if p]
    named = head in parts and not (len(parts) > 1 and all(p in own for p in parts if p != head))
    # (what it is said too, in another language's order: "monitor water trough pen")
    said_what_it_is = any(w in own and (w in ground.GENERIC or w in _PROGRAM_HEADS) for w in words)
    return bool(served) and head.isalpha() and head not in _SCREENS and head not in own and not named and \
        not said_what_it_is and (
        head in (told := ground.tokens(served)) or f"{head}s" in told)


# What a program shows on: said, the program that runs it is meant
_SCREENS = frozenset(["display", "displays", "screen", "screens", "board", "boards", "sign", "signs", "monitor",
                      "monitors", "tv", "tvs", "wall", "projector", "projectors", "kiosk", "kiosks", "panel",
                      "panels", "ticker", "scoreboard", "scoreboards"])
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose|where|whatever|whichever)\b")
# Words that say which one of a kind or how it is, not what kind it is
_WHICH_OR_HOW = frozenset(["other", "another", "second", "first", "third", "last", "next", "new", "old", "main",
                           "big", "small", "little", "backup", "spare", "same", "whole", "extra", "primary",
                           "secondary", "current", "usual", "regular", "normal", "real", "actual", "entire",
                           "local", "remote", "central", "master", "slave", "left", "right", "middle", "top",
                           "bottom", "this", "that", "these", "those", "their", "stuck", "broken", "dead", "frozen",
                           "hung", "faulty", "noisy", "slow", "busy", "idle", "live", "test"])


_SAID_AROUND = re.compile(r"(?:give|turn(?:ed)?|kick)\s+(?P<what>.*?)\s+(?:(?:a\s+)?(?:kick|restart|bounce|nudge)|"
                          r"off and (?:back )?on(?: again)?|on)")


_DID_NOT = re.compile(r"\b(?:didn'?t|did not|never|wasn'?t|weren'?t|failed to|couldn'?t|could not|hasn'?t|"
                      r"haven'?t)\s+(?:\w+\s+)?$")


def _a_light_restarted(text: str, unit: str, scene: Scene) -> bool:
    """Whether a restart is said of a light: its word not the unit's, or a word of one of the device's lights said
    with it that is not the unit's ("restart the fault led" is no LED grow light scheduler's), or a light's own
    name ("restart red:fault")."""
    own = unit + _doc_of(unit, scene)
    lights = scene.of(LED)
    if any(re.search(rf"(?<![\w:-]){re.escape(e.name.lower())}(?![\w:-])", text) for e in lights if ":" in e.name):
        return True
    light = _A_LIGHT_RESTARTED.search(text)
    if light is None:
        return False
    return light["light"] not in own or any(
        w not in own and any(w in e.attributes for e in lights) for w in light["which"].split())


def _doc_of(name: str, scene: Scene) -> str:
    return next((e.doc.lower() for e in scene.entities if e.name == name), "")


# A light as what a restart is said of (its head word: not "the timing light service", nor "restart the zigbee, lights
# not responding")
_A_LIGHT_RESTARTED = re.compile(r"\b(?:restart|reboot|cycle|power ?cycle|reset|bounce|kick|reload)\s+(?:the |that |"
                                r"this |my |our )?"
                                r"(?P<which>(?:[\w:-]+\s+){0,2}?)(?P<light>led|light|lamp|indicator|beacon)s?"
                                r"(?:\s+(?:please|pls|plz|now|thanks|thx))*\W*$")


@memo.recent
def _object_words(text: str) -> str:
    """What is left of a command when its actions, courtesies, complaints and delays are taken
    out: the words that describe what it is about."""
    rest = _PURPOSE.sub("", values.without_delays(_PURPOSE.sub("", text)))
    found = lexicon.effects(rest)
    split = any(rest[f.start:f.end] in _PARTICLES for f in found)
    for f in reversed(found):
        # (what a phrase says its effect around stays: "give the tank monitor a restart")
        around = _SAID_AROUND.fullmatch(rest, f.start, f.end)
        rest = rest[:f.start] + " " + (around["what"] if around else "") + " " + rest[f.end:]
    # "turn the led on": the verb's first half ("power" may be a word of the name; "reboot the
    # switch" has no second half, and nothing else)
    rest = _STRIP.sub(" ", rest)
    if split or rest.strip() != "switch":
        rest = _SPLIT_VERB.sub(" ", rest, count=1)
    rest = re.sub(r"[^\w\s.-]+|(?<!\w)[.-]+|[.-]+(?!\w)", " ", rest)
    return re.sub(r"\s+", " ", rest).strip()


@memo.recent_list
def _effect_offsets(clause: str) -> list[int]:
    """Where a clause says an effect, particles and power profiles included ("wifi off",
    "battery saver mode")."""
    offsets = [f.start for f in lexicon.effects(clause) if not _no_verb_here(clause, f)]
    offsets += [m.start() for p in lexicon.PROFILES.values() for m in p.finditer(clause)]
    return sorted(offsets)


@memo.recent_list
def _action_offsets(clause: str) -> list[int]:
    """Where a clause asks for something: verbs of effect (not bare particles) and profile
    words."""
    offsets = [f.start for f in lexicon.effects(clause)
               if clause[f.start:f.end] not in ("on", "up", "in", "off", "down") and not _no_verb_here(clause, f)]
    offsets += [m.start() for p in lexicon.PROFILES.values() for m in p.finditer(clause)]
    return sorted(offsets)


def scene(state: DeviceState, events: Sequence[HardwareEvent] = ()) -> Scene:
    """The entities a request may name: the state's, with what the device knows of them."""
    entities: list[Entity] = []
    for unit in state.units:
        info = state.unit_info.get(unit, UnitInfo())
        entities.append(ground.unit_entity(unit, fold(info.description), info.active))
    for name in state.interfaces:
        iface = state.interface_info.get(name, InterfaceInfo())
        if name == "lo" or iface.kind == "loopback":
            continue  # never brought down by a command
        entities.append(ground.interface_entity(name, iface.kind, iface.state))
    for name in state.leds:
        led = state.led_info.get(name, LedInfo())
        entities.append(ground.led_entity(name, led.color, led.function, led.state))
    for s in state.storage:
        entities.append(ground.storage_entity(s.device, s.mounted, fold(s.label), fold(s.model),
                                              s.size))
    names: dict[str, list[str]] = {}
    for event in events:
        if event.subsystem == "block" and event.devnode and event.action in ("add", "change"):
            names.setdefault(STORAGE, []).append(event.devnode)
        elif event.subsystem == "tty" and event.devnode and event.action == "add":
            names.setdefault(PORT, []).append(event.devnode)
        elif event.subsystem == "net" and event.properties.get("INTERFACE"):
            names.setdefault(INTERFACE, []).append(event.properties["INTERFACE"])
    return Scene(entities, names)
