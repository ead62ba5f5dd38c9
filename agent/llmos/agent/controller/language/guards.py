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

Since round 58, the same in some fifty languages as people type them in Latin letters (Bengali "tarpor", Tamil
"apparam", Telugu "taruvatha", Russian "zatem", Korean "geurigo", Japanese "sorekara", Welsh "wedyn", Yoruba
"lehinna" ...), and:
- the words of "if" that are other words elsewhere (Spanish "si", Dutch "als", Polish "jak", Hindi "agar",
  `_spans.condition_clause`) when they start a clause, first or after a request, that says how something goes
  (`_if_clause`: "restart redis jak it gets slow"; not "restart nginx jak najszybciej", "the agar plate");
- verbs said in a conditional form (`_CONDITIONAL_FORM`: Japanese "-tara", Korean "-myeon", Turkish "-ince",
  Swahili "-ki-", Tamil "-aal", Telugu "-the", Bengali "-le", Marathi "... tar", Hindi "... to", Greek "an ...-ei");
- a while whose number is a word (`_ROMANISED_WHILE`: "juppun dake", "shi fenzhong");
- asking and telling, never requesting (`_ASKED_OR_TOLD`, the kinds "question" and "done"): a question particle
  ending the clause ("kya", "ba", "kah"), a tail asking what it means ("artinya apa", "ka matlab"), a past tense
  said with the verb ("restart kiya", "stop ettim", "restart kardam", "udah gw restart"), what another said
  ("bol raha tha").
The interpreter also reads these kinds in the command as said, before its words of other languages are read as
English ones, where the request is said in English (`english_request`, `AROUND_A_REQUEST`).
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
       "sequence": "it asks for two things one after another: say them one at a time",
       "question": "it asks whether to, or what it means, and asks for nothing to be done",
       "done": "it says what was done or what someone said, and asks for nothing to be done"}
# ("tolong mount disk yang belum di-mount": said of the thing, in a relative clause)
# (a whole word: "stop the plate reader sebentar aja" ends in "der" of no relative clause)
_RELATIVE = re.compile(r"(?<![\w'-])(?:yang|que|qui|che|som|der|die|das|dat|which|that|who)\s+$")
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
# A verb said in a conditional form, in languages whose "if" is an ending or a word after the clause: Japanese
# "-tara" ("wifi ga kiretara"), Korean "-myeon" ("nginx meomchumyeon"), Turkish "-ince" and "-diğinde" ("wifi gidince",
# "wifi koptuğunda"), Swahili's "-ki-" ("nginx ikishindwa", "mteja akija"), Tamil "-aal"/"-naa" ("nindraal",
# "pochunaa"), Telugu "-the" ("aagipothe", "hang aithe"), Bengali "-le" ("atke gele"), Marathi "... tar" ("hang zala
# tar"), Hindi "... to" ("ruk jaye toh"), Greek "an" with a verb's subjunctive ("an kolisei"); and Bengali's "ele"
# (if it comes) before a request (never "hole": "pi hole restart")
_CONDITIONAL_FORM = re.compile(
    r"(?<![\w'-])(?:[a-z]{2,}(?:tt|t|d)ara|[a-z]{2,}(?:my[eo]on|meon)|[a-z]{2,}[iu]nc[ae]|[a-z]{2,}[dt][iu]g[iu]nd[ae]"
    r"|(?:i|a|u|wa|zi|li|ya|ki|vi|ku|tu|ni)ki[a-z]+a"
    r"|[a-z]*(?:ndraal|nnaal|ndhaal|aanaal|chunaa|ponaal)|[a-z]{2,}chuna|aana|aanaa"
    r"|[a-z]*pothe|aithe|ayithe|[a-z]{2,}(?:[ae]yithe|isthe|esthe)"
    r"|(?:[a-z]+\s+)?(?:gele|thakle|korle|porle|atkale|atkaley)"
    r"|(?:zala|jhala|zhala|zaala|aala|gela|padla|adakla|atakla|atkla|thambla|basla|asel|nasel|hoil|zali|jhali|geli|padli"
    r"|adakli|thambli)\s+(?:tar|tr)"
    r"|(?:ho|hoe|jaye|jaaye|jae|aaye|aae|ruke|atke|bigde|bolun|boloon|kahun|kahoon|karun|lage|chale|hua|hui|hue|gaya|gya"
    r"|gayi|gyi|aaya|aayi|khatam|pade)\s+(?:to|toh|tho)"
    r"|an\s+(?:ksana\s+|xana\s+)?[a-z]{2,}(?:sei|xei|psei|ksei|thei|nei|lei|rei|vei)"
    rf"|(?:ele|ashle|aile)(?=\s+{_VERB}))(?![\w'-])")
# (words of other languages, and English ones, of those forms)
_NOT_CONDITIONAL = frozenset([
    "since", "prince", "mince", "wince", "convince", "evince", "province", "quince", "vince", "pince", "bounce",
    "ounce", "pounce", "announce", "jounce", "flounce", "trounce", "denounce", "renounce", "pronounce", "akita",
    "akira", "akiba", "tiara", "sitara", "mandara", "cinderella"])
# What an "if" of `_spans.condition_clause` is said of: a clause that says how something goes ("restart redis jak it
# gets slow", "turn the red light on om payments fail", "si nginx plante")
_PREDICATE = (r"is|are|was|were|gets?|got|goes|went|fails?|failed|hangs?|hung|freezes?|froze|frozen|crash(?:es|ed)?|"
              r"dies|died|stops|stopped|drops?|dropped|breaks?|broke|lags?|errors?|overheats?|fills?|runs\s+out|comes?|"
              r"came|happens?|returns?|disconnects?|times\s+out|restarts|reboots|full|slow|down|offline|dead|stuck|"
              r"hanging|freezing|crashing|failing|dying|isn't|aren't|doesn't|won't|can't|isnt|doesnt|wont|cant")
# (a word of the thing before it: "the age of the cert", "its ma rating")
_DETERMINED = re.compile(r"(?<![\w'-])(?:the|a|an|its|my|his|her|their|our|your|of|this|that|these|those)\s+$")
# A while said in romanised Japanese and Chinese, whose numbers are words: "juppun dake" (ten minutes only),
# "sanjuppunkan", "shi fenzhong" (ten minutes), "ban ge xiaoshi"; never a delay ("shi fenzhong hou", "guo shi fenzhong")
_ROMANISED_WHILE = re.compile(
    r"(?<![\w'-])(?:[a-z]{1,8}(?:pun|fun)(?:kan)?\s+dake|[a-z]{1,8}(?:pun|fun)kan|[a-z]{1,6}jikan(?:kan)?\s+dake"
    r"|(?<!guo )(?<!zai )(?<!deng )(?:yi|er|liang|san|si|wu|liu|qi|ba|jiu|shi|ershi|sanshi|sishi|wushi|ban|\d+)\s*"
    r"(?:ge\s*)?(?:fen\s*zhong|xiao\s*shi|zhong\s*tou)(?!\s*(?:hou|yihou|zhihou|nei|yinei|li)(?![\w'-])))(?![\w'-])")
# Said in the forms of another language that ask or tell, never request (each with its kind):
# - a question particle ending the clause: Hindi "kya" ("restart nginx kya"), Tagalog "ba" ("restart ko na ba ang
#   nginx"), Malay and Indonesian "-kah", Turkish "mi/mı/mu/mü" ("restart nginx mi", "stop edeyim mi"); the first
#   person asking ("kya main ... karun", "karun kya", "kar du"); a tail asking what it means ("artinya apa", "nghĩa là
#   gì", "ka matlab", "co to znaczy", "bedeutet was");
# - a past tense, or what another said: Hindi "kiya", "kar diya", Indonesian "udah gw ...", Turkish "ettim",
#   "edildi", Persian "kardam", "shod"; Hindi "bol raha tha", "keh rahe the", "ne kaha"
_ASKED_OR_TOLD = (
    ("question", re.compile(
        r"(?<![\w'-])(?:kya|ba|kah)\s*\??\s*$|"
        # (Turkish "mi" only after a request said first, and short: it is a word of other languages too)
        rf"^\s*{_VERB}\s+(?:[\w@.:-]+\s+){{0,3}}(?:mi|mu|mı|mü)\s*\??\s*$"
        r"|(?<![\w'-])[a-z]{3,}kah\s*\??\s*$"
        r"|^\s*kya\s+(?:main|mai|mein|hum|ham|me|mai)(?![\w'-])"
        r"|(?<![\w'-])(?:karun|karoon|karu|kar\s+d(?:u|oon|un)|kar\s+l(?:u|oon|un)|kr\s+du)(?![\w'-])"
        r"|(?<![\w'-])(?:ko|natin|na|nyo|mo)\s+ba(?![\w'-])"
        r"|(?<![\w'-])(?:ed|yap|kapat|ac|baslat|durdur)(?:eyim|ayim|elim|alim|ayım|alım)\s+m[iıuü](?![\w'-])"
        r"|(?<![\w'-])(?:(?:apa\s+)?(?:artinya|maksudnya)(?:\s+apa)?|(?:co\s+)?nghia\s+la\s+gi|la\s+gi|maana\s+yake(?:\s+nini)?"
        r"|ina\s+maana\s+gani|(?:yaani|matlab|mtlb)\s+kya|(?:ka|iska|uska|is\s+ka|us\s+ka)\s+(?:matlab|mtlb)(?:\s+kya)?"
        r"|means\s+what|does\s+what|o\s+que\s+e(?:\s+isso)?|o\s+que\s+significa|significa\s+que|que\s+significa"
        r"|bedeutet\s+was|was\s+bedeutet\s+das|(?:sta|sto)\s+to\s+znaci|co\s+to\s+znaczy|ne\s+demek|ne\s+anlama\s+geliyor"
        r"|c'est\s+quoi|veut\s+dire\s+quoi|wat\s+betekent\s+dat|(?:cosa|che)\s+significa|vad\s+betyder\s+det"
        r"|hva\s+betyr\s+det|mit\s+jelent|chto\s+eto\s+znachit)\s*\??\s*$")),
    ("done", re.compile(
        # (the light verb said right after the verb of the catalog: "restart kiya", "stop ettim", "restart kardam",
        # "restart shod"; never of what happened, said why: "nginx crash etti", "kharab shod")
        rf"(?<![\w'-]){_VERB}\s+(?:kiya|kiye|kiyaa|kar\s+diya|kar\s+diye|kar\s+dia|kr\s+diya|kr\s+dia|kar\s+liya|kar\s+chuka"
        r"|kar\s+chuki|kar\s+chuke|ho\s+gaya|ho\s+gya|ho\s+chuka|ettim|ettik|ettin|etti|ettiniz|ettiler|edildi|edilmis"
        r"|edilmiş|etmistim|etmiştim|etmis|etmiş|yaptim|yaptım|yaptik|yaptık|yapildi|yapıldı|kardam|kardim|kardin|kardand"
        r"|kardi|kard|kardeam|kardeh|karde|shod|shode|shodeh)(?![\w'-])"
        r"|^\s*(?:maine|mene|humne|hamne|usne|unhone)(?![\w'-])"
        r"|(?<![\w'-])(?:udah|sudah|dah|udh|sdh|telah)\s+(?:gw|gue|gua|aku|ku|saya|sy|kami|kita|w|ane|dia)(?![\w'-])"
        r"|(?<![\w'-])(?:udah|sudah|dah|udh|sdh|telah)\s+(?:di|ke)-?(?:re)?(?:start|stop|mount|unmount|restart|reboot|matikan|nyalakan)"
        r"|(?<![\w'-])(?:bol|keh|kah)\s+(?:raha|rahi|rahe)\s+(?:tha|thi|the|hai|hain)(?![\w'-])"
        r"|(?<![\w'-])(?:bola|boli|bole|kaha|kahaa)\s+(?:tha|thi|the|hai|ki)(?![\w'-])|(?<![\w'-])ne\s+(?:kaha|bola)(?![\w'-])")),
)
# Hindi's and Punjabi's "then" is also "again" before "se": "restart nginx phir se" (restart it again)
_AGAIN_TOO = frozenset(["phir", "fir", "fer", "pher"])
_AGAIN = re.compile(r"\s+(?:se|sey|say|dobara|tob)(?![\w'-])")
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
        "clause": re.compile(rf"(?<![\w'-])(?:{_alternatives(spans['condition_clause'])})(?![\w'-])"),
        "predicate": re.compile(
            rf"(?<![\w'-])(?:{_PREDICATE}|{_alternatives(spans['condition_predicate'])})(?![\w'-])"),
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


def guarded(text: str, names: Callable[[str], bool], kinds: frozenset[str] | None = None) -> str:
    """Why the text is no request now, by a word of `guards.json` in it (of those kinds, if given), or "". A word that
    names something of the device ("nein" of a unit nein.service) is no guard."""
    return next((WHY[kind] for kind in said_kinds(text, names) if kinds is None or kind in kinds), "")


# What a code-mixed command's closed-class words make of it, said around an English request, before its words of other
# languages are read: never a negation, which is as often of why ("start sporingen på nytt, spannet vises ikke")
AROUND_A_REQUEST = frozenset(["sequence", "condition", "temporary", "question", "done"])


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
        if word.isascii() and _DETERMINED.search(text, 0, said.start()):
            continue  # ("after we balance the tills": a noun of English, not Swedish "until")
        if kind == "sequence" and (not (_VERB_BEFORE.search(text, 0, said.start())
                                        and _VERB_AFTER.match(text, said.end()))
                                   or (word in _AGAIN_TOO and _AGAIN.match(text, said.end()))):
            continue  # ("mati terus, restart nginx": it keeps dying; "then" counts between two requests)
        found.append((said.start(), kind))
    found += [(said.start(), "condition") for said in _TURKISH_IF.finditer(text)
              if said.group() not in _NOT_TURKISH and not names(said.group())]
    found += [(said.start("first"), "condition") for said in patterns["first"].finditer(text)
              if not names(said["first"])]
    found += [(said.start(), "condition") for said in _CONDITIONAL_FORM.finditer(text)
              if said.group() not in _NOT_CONDITIONAL and not names(said.group())]
    found += [(said.start(), "condition") for said in patterns["clause"].finditer(text)
              if _if_clause(said, patterns) and not names(said.group())]
    found += [(said.start(), "temporary") for said in patterns["span"].finditer(text) if _a_while(said, patterns)]
    found += [(said.start(), "temporary") for said in _ROMANISED_WHILE.finditer(text)]
    found += [(said.start(), kind) for kind, form in _ASKED_OR_TOLD for said in form.finditer(text)
              if not names(said.group().strip(" ?"))]
    return [kind for _, kind in sorted(found)]


def _if_clause(said: re.Match[str], patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether a word that is "if" in one language and something else in another (Spanish "si", Dutch "als", Polish
    "jak", Hindi "agar") starts a clause said of how something goes: first in the text or after a pause, or after a
    request (never of a thing: "the agar plate"), with a predicate in the clause after it: "si nginx hangs restart
    nginx", "restart redis jak it gets slow"; not "restart nginx jak najszybciej", "stop the agar plate reader"."""
    text, start = said.string, said.start()
    first = re.search(r"(?:^|[,;:.!?(\n])\s*$", text[:start])
    if not first and not (_VERB_BEFORE.search(text, 0, start) and not _DETERMINED.search(text, 0, start)):
        return False
    clause = re.split(r"[,;:.!?()\n]", text[said.end():], maxsplit=1)[0]
    words = " ".join(clause.split()[:6])
    return bool(patterns["predicate"].search(words))


def english_request(text: str) -> bool:
    """Whether a verb of the catalog is said in English: the words of other languages around it are closed-class
    words of a code-mixed command ("restart nginx nếu cần"), never a sentence of that language read as a whole
    ("starte jellyfin neu", whose "neu" is no "nếu")."""
    return bool(_VERB_BEFORE.search(text))


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
