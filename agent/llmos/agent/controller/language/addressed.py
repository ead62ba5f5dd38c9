"""Requests said to someone else: "Bob, reboot the box", "restart nginx, Maria", "guys, restart
nginx", "alexa, reboot", "restart nginx @bob". Pasted from a chat or said across the room, they
are for that person to do, not for the device (a name signed after a dash, "restart nginx --
Bob", "thanks, Marco", is the sender's, and the request stands).

`names.txt` lists given names common at work in some thirty countries (written by a helper,
leaving out names that are also words or products: "will", "mark", "ruby", "jenkins").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from importlib import resources

# Who else a request may be said to: another assistant, or a group after the request ("restart
# nginx, guys"; first, "Hi team, please restart nginx" greets a channel the device reads too)
_ASSISTANTS = frozenset(["alexa", "siri", "cortana", "bixby", "google", "jarvis", "chatgpt", "gpt",
                         "claude", "copilot", "gemini", "hal", "bard"])
# (first, a greeting names the channel the device reads too; these are never it)
_ANYONE = frozenset(["someone", "somebody", "anyone", "anybody"])
_GROUPS = frozenset(["guys", "team", "folks", "everyone", "everybody", "all", "y'all", "yall",
                     "lads", "people", "gang", "boss", "ladies", "gents", "crew",
                     "helpdesk", "devops", "on-call", "oncall", "colleagues", "friends", *_ANYONE,
                     # the same and "boss" in the languages the guards know
                     "jungs", "leute", "kollegen", "chicos", "companeros", "compañeros", "ragazzi",
                     "colleghi", "pessoal", "jongens", "collega's", "chlopaki", "chłopaki",
                     "koledzy", "kluci", "kolegove", "kolegové", "drenge", "kolleger", "killar",
                     "kollegor", "pojat", "kollegat", "sracok", "srácok", "kollegak", "kollégák",
                     "arkadaslar", "arkadaşlar", "meslektaslar", "meslektaşlar", "collegues",
                     "collègues", "chef", "jefe", "capo", "szefie", "sefe", "šéfe", "fonok", "főnök",
                     "patron", "meister", "schichtleiter"])
# (first, a person by the job: "producer, restart the replay recorder" is for the producer; a
# letter's "Dear technician" greets whoever reads it)
_JOBS = frozenset(["producer", "engineer", "technician", "tech", "dispatcher", "director", "supervisor",
                   "foreman", "manager", "nurse", "doctor", "electrician", "plumber", "intern", "on-call",
                   "oncall", "colleague", "mate", "buddy", "dude"])
_TITLE = r"(?:mr|mrs|ms|miss|dr|prof|sir|madam)\.?\s+[a-z]+"
_FIRST = re.compile(rf"^\s*(?:(?:hey|hi|hello|ok|okay|yo|dear|oi)\s+)?(?P<who>{_TITLE}|[a-z][a-z'-]+)"
                    r"(?:\s+\([^)]*\))?\s*(?:,|:|!|\s[-\u2013\u2014]+)\s*\S")
_LAST = re.compile(r"(?:,|\s)\s*(?:please\s+|pls\s+|thanks\s+|thank you\s+)?(?P<who>[a-z][a-z'-]+)"
                   r"(?:\s+(?:pls|please|plz|thanks|thx))?[\s.!]*$")
# A name signed last: "... -- Bob", "Many thanks, Margaret", "regards, Ana"
_SIGNED = re.compile(r"(?:[-\u2013\u2014]+|\b(?:thanks|thank you|thx|regards|cheers|best|br|ta|sincerely|"
                     r"yours|greetings)\s*,?)\s*$")
_HANDLE = re.compile(r"\s@[a-z][\w.-]+[\s.!]*$")  # (first, "@edgebot restart ...", it is the device's)
_WHOEVER = re.compile(r"^\s*whoever\b[^,]*,")
# Who it was said to, told in brackets: "restart redis (talking to Jim)", "(that was meant for Ana)"
_TOLD_TO = re.compile(r"\((?:i'?m |i was |was |that was |this is )?(?:talking|speaking|said|saying|asking|"
                      r"directed|addressed|meant) (?:to|for) [a-z][a-z' -]*\)")


# The sender saying who they are: "Maria from the Hartmann lab", "this is Tomasz", "Ana here"
_CLAUSE = re.compile(r"[^,.;:!?]+(?:[,.;:!?]+\s*|$)")
_INTRODUCING = re.compile(r"(?:(?:hi|hello|hey)\s+)?(?:(?P<said>this is|it'?s|i'?m|i am|my name is)\s+)?"
                          r"(?P<who>[a-z][a-z'-]+)(?:\s+[a-z][a-z'-]+)??"
                          r"(?P<rest>\s+here|\s+(?:from|at|of|with|in)\s+.+)?")


@functools.cache
def _names() -> frozenset[str]:
    text = resources.files(__package__).joinpath("names.txt").read_text("utf-8")
    return frozenset(text.split())


def to_someone_else(text: str, naming: Callable[[str], bool]) -> bool:
    """Whether the (lower-case) text says its request to a person or another assistant by name,
    first or last, or to a group ("guys", "team"). A word that names something of the device
    is no person."""
    def person(who: str, groups: frozenset[str] = frozenset()) -> bool:
        return (who in _ASSISTANTS or who in groups or who in _names()
                or re.fullmatch(_TITLE, who) is not None) and not naming(who.rsplit(maxsplit=1)[-1])
    first, last = _FIRST.match(text), _LAST.search(text)
    signed = last is not None and (_SIGNED.search(text, 0, last.start("who")) is not None)
    jobs = _ANYONE if text.lstrip().startswith("dear") else _ANYONE | _JOBS
    return bool(_HANDLE.search(text) or _WHOEVER.match(text) or _TOLD_TO.search(text)
                or (first and person(first["who"], jobs))
                or (last and not signed and person(last["who"], _GROUPS)))


def without_introduction(text: str, named: Callable[[str], bool]) -> str:
    """The (lower-case) text without the sender's introduction in its first two clauses: who
    speaks is no name of the device ("maria from the lab, ..." never begins mariadb). A word
    that is a name of the device's outright is no person."""
    for clause in list(_CLAUSE.finditer(text))[:2]:
        said = _INTRODUCING.fullmatch(clause.group().strip(",.;:!? "))
        if said and (said["said"] or said["rest"]) and said["who"] in _names() and not named(said["who"]):
            return (text[:clause.start()] + text[clause.end():]).strip() or text
    return text
