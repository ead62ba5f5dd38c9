"""What kind of speech act a command is: only a direct, affirmative request may change the device.

Questions, negations, quotations and translations, hypotheticals and conditionals, reported
speech, claims of a role or an authority, and instructions that try to steer the controller
itself are recognised here by their form, whatever verb or entity they carry, and answered
with words, never with an action. The analysis is deliberately one-sided: a form it is unsure
about counts as not a request (the operator can always say it plainly).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass


class Act(enum.Enum):
    REQUEST = "request"
    QUESTION = "question"
    NEGATED = "negated"
    QUOTED = "quoted"
    HYPOTHETICAL = "hypothetical"
    CONDITIONAL = "conditional"
    REPORTED = "reported"
    ROLE_CLAIM = "role_claim"
    INJECTION = "injection"
    SARCASM = "sarcasm"


@dataclass(frozen=True)
class SpeechAct:
    act: Act
    why: str = ""

    @property
    def is_request(self) -> bool:
        return self.act is Act.REQUEST


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_ROLES = (r"admin(?:istrator)?|root|superuser|sysadmin|owner|operator|developer|dev|manager|"
          r"boss|ceo|cto|cio|engineer|supervisor|it|security|support|vendor|technician|"
          r"network admin|system administrator|maintainer")

# Text that tries to change the rules the controller works under, or to read them out.
_INJECTION = _any(
    r"\b(?:ignore|disregard|forget|override|bypass|skip|disable|turn off)\b[^.]{0,40}\b(?:"
    r"instructions?|rules?|prompt|polic(?:y|ies)|guard ?rails?|safety|restrictions?|"
    r"confirmations?|checks?|previous|above)\b",
    r"\b(?:system|your|the|initial|hidden)\s+(?:prompt|instructions)\b",
    r"\b(?:print|show|reveal|repeat|output|dump|tell me)\b[^.]{0,30}\b(?:prompt|instructions|"
    r"rules|configuration|system message)\b",
    r"\bjail ?break\b", r"\bdeveloper mode\b", r"\bdan mode\b", r"\bgod mode\b",
    r"\byou are now\b", r"\bpretend\b", r"\bact as\b", r"\brole ?play\b",
    r"\bunrestricted\b", r"\bwithout (?:asking|confirmation|confirming|approval|a confirmation)\b",
    r"\bno (?:need for )?confirmation\b", r"\bnew polic(?:y|ies)\b",
    r"(?:^|\n)\s*(?:system|assistant|user|tool)\s*:", r"<\|?(?:system|im_start)",
    r"\bsafety (?:rules|checks) (?:are|have been) (?:disabled|off|lifted)\b",
)
_ROLE_CLAIM = _any(
    rf"\bas (?:the|an?|your|a senior|the senior) (?:{_ROLES})\b",
    rf"\bi(?:'m| am|m)\s+(?:the |an? |your )?(?:{_ROLES})\b",
    rf"\bi(?:'m| am|m) from (?:the )?(?:{_ROLES})\b",
    r"\bi (?:hereby )?authori[sz]e\b", r"\bauthori[sz](?:ation|ed) (?:code|token|by)\b",
    r"\b(?:admin|root|sudo) (?:override|access|privileges?|rights)\b", r"\bthat'?s an order\b",
    r"\bi have (?:admin|root) (?:rights|access|privileges)\b", r"\bon behalf of\b",
    r"\bverified as\b",
)
# Someone else's words: quoted text, translation, repetition, pasted material.
_QUOTING = _any(
    r"\btranslat(?:e|ion)\b", r"\bhow (?:do|would) (?:you|i|one) say\b", r"\brepeat after me\b",
    r"\bwie sagt man\b", r"\bsay (?:the words?|this)\b", r"\bspell\b", r"\bin (?:english|"
    r"german|french|spanish|italian|dutch|polish|portuguese|chinese|japanese)\b",
    r"\b(?:pasted|copied|found|quoted?|excerpt) (?:from|this|in)\b", r"\bhere is\b",
    r"\bthe (?:ticket|log|wiki|sticker|email|mail|message|note|handover|doc(?:ument)?|"
    r"manual|label|readme) (?:says?|reads?|said)\b",
)
_REPORTED = _any(
    r"\b(?:he|she|they|someone|somebody|everyone|people|my \w+|the \w+|our \w+|\w+'s \w+)\s+"
    r"(?:said|says|told|tells|asked|asks|wants|wanted|suggested|suggests|recommended|"
    r"recommends|mentioned|insists?|insisted|thinks?|thought|wrote|writes)\b",
    r"\b(?:i was|we were|i've been|we've been|i got) (?:told|asked|instructed)\b",
    r"\b(?:wrote|writes) in\b", r"\baccording to\b",
)
_HYPOTHETICAL = _any(
    r"\bwhat (?:happens|would happen|will happen|if|would|could)\b", r"\bsuppose\b",
    r"\bimagine\b", r"\bhypothetic", r"\bin theory\b", r"\btheoretically\b",
    r"\bif (?:i|we|you|someone) (?:were|was|did|ever|had)\b",
    r"\bwould (?:it|that|this)\b(?! be (?:possible|ok|okay|alright))",
    r"\bwould .{0,40}\b(?:break|hurt|kill|drop|lose|affect|matter|work|be)\b",
    r"\bwhat does\b", r"\bwhat would\b", r"\bmean to you\b",
)
# "if the disk is full, reboot" / "reboot when the backup is done": an action under a condition
# the controller cannot watch for. Courtesies that only sound conditional are not conditions.
_COURTESY = re.compile(
    r"\b(?:if|when|whenever|once) (?:you (?:can|could|get|have|are|don't mind|please|would|"
    r"like|want|do not mind|got)|possible|convenient|that'?s (?:ok|okay|fine|alright)|it'?s "
    r"(?:ok|okay|not too much)|u can|ya can|at all possible|you're (?:free|ready|able))"
    r"[^,.;!?]*")
_CONDITIONAL = _any(
    r"^(?:if|when|whenever|once|unless|in case|as soon as|after|before|should)\b",
    r"[,;]\s*(?:if|when|whenever|once|unless|in case|as soon as)\b",
    r"\b(?:if|when|whenever|once|unless|in case|as soon as|every time|each time)\b\s+"
    r"(?:the|it|a|an|there|this|that|we|i|you|\w+ (?:is|are|was|goes|gets|fails|crashes|"
    r"dies))\b",
    r"\b(?:every (?:night|day|hour|week|morning|time)|daily|nightly|weekly|hourly)\b",
)
_SARCASM = _any(
    r"\byeah,? right\b", r"\bthat(?:'ll| will| would) (?:fix|solve|help) (?:everything|it all)\b",
    r"\bas if\b", r"(?:^|\s)/s\b", r"\bwhy not\b[^?]*$", r"\bsure+,? (?:go ahead|why not|just)\b",
    r"\boh (?:great|sure|yeah|perfect)\b", r"\bjust kidding\b", r"\bjk\b", r"\blol\b",
    r"\bnot!", r"[\U0001F644\U0001F602\U0001F923\U0001F60F]",
)
# A clause that takes back what came before it: "restart nginx? no wait, don't".
_RETRACT = _any(r"\bno,? wait\b", r"\bnever ?mind\b", r"\bscratch that\b", r"\bactually,? (?:no|don't)\b",
                r"\bjust kidding\b", r"\bcancel that\b", r"\bforget it\b", r"\bdon'?t\s*[.!]*$",
                r"\bnah\b")
_NEGATION = re.compile(
    r"\b(?:don'?t|do not|dont|never|no need to|not|shouldn'?t|should not|mustn'?t|must not|"
    r"won'?t|will not|can'?t|cannot|avoid|refrain from|stop yourself from|no one should|"
    r"nobody should|under no circumstances|without)\b")
_NEGATION_EXCEPT = re.compile(
    r"\b(?:don'?t|do not) (?:forget|hesitate|wait|delay|bother asking)\b|\bnot (?:responding|"
    r"working|running|reachable|loading|starting|booting|connecting|up|available|mounted)\b|"
    r"\b(?:can'?t|cannot) (?:you|u)\b|\bwhy don'?t you\b|\bisn'?t|\baren'?t|\bdoesn'?t work\b")
_WH = re.compile(r"^(?:what|whats|what's|why|how|hows|how's|when|where|which|who|whose|"
                 r"is|are|was|were|has|have|had|should|shall|am|may|might|must|"
                 r"isn'?t|aren'?t|doesn'?t|didn'?t|any|anything|"
                 r"(?:do|does|did) (?:you|we|i|they|it|he|she|the|this|that|these|those|any|"
                 r"my|our|your))\b")
# Requests phrased as questions ("could you restart nginx?") are requests.
_POLITE = re.compile(
    r"^(?:(?:hey|hi|hello|yo|ok|okay|so|um|uh|please|pls|plz|kindly)[,!]?\s+)*"
    r"(?:(?:can|could|would|will|wud|cud|cn|can't|couldn't|won't)\s+(?:you|u|ya|ye|we)|"
    r"(?:would|do|will) you mind|is it possible (?:for you )?to|any chance (?:you|u) (?:can|"
    r"could)|(?:may|can|could) i (?:ask you to|get|have)|how about|mind)\b")
_ASK_PERMISSION = re.compile(r"^(?:can|could|may|should|shall) (?:i|we)\b")


def clauses(text: str, commas: bool = True) -> list[str]:
    """Sentences (and with `commas`, their parts), split where a speaker would pause."""
    marks = "?!.;," if commas else "?!.;"
    parts = re.split(rf"(?<=[{marks}])\s+|\n+|\s+-{{1,2}}\s+|\.{{3,}}\s*", text)
    return [p.strip() for p in parts if p and p.strip()]


def _is_question(sentence: str) -> bool:
    body = sentence.strip()
    if any(_POLITE.search(part) for part in clauses(body)):
        return False  # "nginx is down, could you restart it?" asks for a restart
    return body.endswith("?") or bool(_WH.match(body)) or bool(_ASK_PERMISSION.match(body))


def analyse(text: str, actions: Callable[[str], list[int]]) -> SpeechAct:
    """The speech act of a command (lower-cased, quotes normalised). `actions(clause)` gives
    where the clause names an action the catalog could carry out (character offsets)."""

    def has_action(clause: str) -> bool:
        return bool(actions(clause))

    if _INJECTION.search(text):
        return SpeechAct(Act.INJECTION, "it tries to change my instructions or to read them")
    if _ROLE_CLAIM.search(text):
        return SpeechAct(Act.ROLE_CLAIM, "roles come from your credentials, not from what a "
                                         "command says")
    if _QUOTING.search(text) or _quoted_action(text, has_action):
        return SpeechAct(Act.QUOTED, "it quotes or translates words rather than asking me to act")
    if _REPORTED.search(text):
        return SpeechAct(Act.REPORTED, "it reports what someone else said")
    if _SARCASM.search(text):
        return SpeechAct(Act.SARCASM, "it does not read as a plain request")
    if _HYPOTHETICAL.search(text):
        return SpeechAct(Act.HYPOTHETICAL, "it asks about a hypothetical")
    parts = clauses(text)
    acting = [c for c in parts if has_action(c)] or parts
    if any(_RETRACT.search(c) for c in parts[1:]) or _RETRACT.search(text.rsplit(",", maxsplit=1)[-1]):
        return SpeechAct(Act.NEGATED, "it takes the request back")
    if _CONDITIONAL.search(_COURTESY.sub("", text).strip(" ,")):
        return SpeechAct(Act.CONDITIONAL, "it sets a condition I cannot watch for")
    for clause in acting:
        bare = _COURTESY.sub("", clause)
        if _negated(bare, actions):
            return SpeechAct(Act.NEGATED, "it says what not to do")
    sentences = [c for c in clauses(text, commas=False) if has_action(c)] or [text]
    if all(_is_question(c) for c in sentences):
        return SpeechAct(Act.QUESTION, "it is a question")
    return SpeechAct(Act.REQUEST)


_QUOTE = re.compile(r"(?:^|(?<=[\s:(\[]))(['\"`])(.{3,}?)\1(?=$|[\s.,;:!?)\]])|>>(.+?)<<")


_LEADING_NEGATION = re.compile(
    r"^(?:(?:please|pls|plz|and|but|so|just|you|i|we|ok|okay|hey|oh)[,!]?\s+)*(?:don'?t|do not|"
    r"dont|never|no need to|not|mustn'?t|must not|shouldn'?t|should not|won'?t|will not|"
    r"avoid|refrain from|no)\b")


def _negated(clause: str, actions: Callable[[str], list[int]]) -> bool:
    """A negation that governs an action: at the head of the clause ("don't set ..."), or
    before its verb with no more than a few words and no punctuation between ("do NOT bring
    can0 down", "I said never ... reboot")."""
    masked = _NEGATION_EXCEPT.sub(lambda m: "_" * len(m.group()), clause)
    if _LEADING_NEGATION.search(masked):
        return True
    for start in actions(clause) or [len(clause)]:
        for match in _NEGATION.finditer(masked[:start]):
            between = masked[match.end():start]
            if len(between.split()) <= 4 and not re.search(r"[,.;:!?]", between):
                return True
    return False


def _quoted_action(text: str, has_action: Callable[[str], bool]) -> bool:
    """An action inside quotation marks is someone's words, not this operator's request."""
    for match in _QUOTE.finditer(text):
        inner = match.group(2) or match.group(3) or ""
        if has_action(inner):
            return True
    return False
