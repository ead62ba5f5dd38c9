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

Since round 59, the same in some eighty languages (Afrikaans, Albanian, Basque, Galician, Hausa, Igbo, Yoruba, Zulu,
Xhosa, Somali, Malagasy, Quechua, Guarani, Tok Pisin, Welsh, Irish, Scots Gaelic, Maltese, Esperanto, Latin, the
languages of India in Latin letters ...), and:
- a later time ("not_yet": "bukra", "mañana", "am Freitag", "naalaiku", "kesho", "明天"; never after an amount of time,
  a delay: "30 minuten später", `_AMOUNT_BEFORE`) and a past one (the kind "done": "gisteren", "hace una hora",
  "kemarin", "hôm qua", and an amount of time with a word of "ago": "10 minuti fa", "10 menit yang lalu", `_AGO`; never
  after "since", said of why: "dari tadi pagi", `_SINCE`); a word of "then" that also says
  "later" (`guards.json`'s "_later": "baadaye", "postea") is "later" said last;
- what a light verb after an English verb makes of it (`_LIGHT_VERB`): a negative imperative ("restart pannaadhe",
  "koro na", "nakon", "atma"), a past or perfect ("restart korechi", "cheythu", "attık", "nginx dah restart", "restart
  rồi"), a question of whether to ("korte hobe ki", "konim ya na", "atayım mı"), a hypothetical ("kar deta", "ederdim"),
  a "then" after it ("restart karo, uske baad ..."), a condition said with the clause's own ending before it ("donsa",
  "qolsa", "nintre", "ninnal", "bandh thay to"), and a later time of a word that is another word alone before it ("nginx
  kal restart karna", "kale");
- a while whose number is a word before a verb ("dosh minuter jonno stop koro", "pathu nimisham stop pannu",
  `_WORDED_WHILE`; never a restart, nor a delay: "das minute baad"), a Scandinavian half hour or quarter never after
  "om" (`_HALF_WHILE`), and a unit said before its number ("minti 10 kawai", `_UNIT_FIRST_WHILE`).
Words that are also English words or other words elsewhere, once their accents are gone ("he" of "hễ", "ye" of "yè",
"heri" of "kwa heri", "este", "bukas", "effe", "tab"), are left out, or read only where they cannot be those ("kale",
"kal" before a request with a light verb; "toe", "mag", "pore" only between two requests).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources

from llmos.agent.controller.language import alternation
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
# Since round 59: what a light verb said after an English verb makes of it, in the languages that say a request with
# one ("nginx restart karo", "restart pannu", "restart maadi", "restart kon", "restart et", "restart qil"): a negative
# imperative ("koro na", "na karein", "pannaadhe", "cheyyaku", "maadbeda", "cheyyaruthu", "nagara", "nakon", "karanna
# epa", "atma", "etmeyin", "qilma"), a past tense or a perfect ("korechi", "karyu", "thai gayu", "hua tha", "maadide",
# "cheythu", "kela", "gare", "bhayo", "kitta", "kala", "pannitten", "chesanu", "ayyindi", "attık", "etdim", "qildim"),
# a question of whether to ("korte hobe ki", "konim ya na", "atayım mı", "etmeli miyiz", "pannalaama"), and a
# hypothetical ("kar deta", "ederdim", "atardım")
_AFTER_A_VERB = rf"(?<![\w'-]){_VERB}(?:'?\w{{0,3}})?\s+"
_LIGHT_VERB = (
    ("negation", re.compile(_AFTER_A_VERB + r"(?:kor(?:o|be|ben|bi|is|ish|io|un|bo)?\s+na|na\s+kor(?:o|ben|bi|un)"
        r"|(?:na|mat|nahi|nahin|nai|naa)\s+kar(?:o|ein|en|e|na|naa|iye|ijiye|ta|to|so|sho|jo|vu|vanu|io|eyo)"
        r"|(?:na|mat)\s+kijiye|panna{1,2}(?:dhe|the|de)(?:enga|nga)?|panna\s+venda{1,2}m|pannavenda{1,2}m|pannakoodadhu"
        r"|chey{1,2}a(?:ku|kandi|kunda|vaddu)|chey{1,2}o(?:ddu|dhu)|chey{1,2}(?:aruth(?:u)?|enda|anda|athe|alle)"
        r"|ma{1,2}d(?:a)?b(?:e|y)da{1,2}|ma{1,2}d(?:a)?bedi|nagar(?:a|nus|nu|nuhos|au)?|nakon(?:id|in|i|im|ed)?"
        r"|karanna\s+(?:epa|epaa|ep|ba|epa\s+\w+)|(?:et|at|yap)m(?:e|a)(?:yin|yın|yiniz|yınız|yelim|yalim|yalım|sin|sın)?"
        r"|etmə(?:yin)?|qilma(?:ng|nglar|ylik|sin)?|karu\s+naka(?:s|a)?|naka\s+karu|karaycha\s+nahi|shinaide|suru\s+na"
        r"|haji\s*ma(?:seyo|yo|ra)?|shinai\s*de(?:\s*kudasai)?|suruna|shinaide\s*kudasai|an\s*hae(?:yo)?|haji\s*anh?a"
        r"|하지\s*마(?:세요|요|라)?)(?![\w'-])"
        rf"|(?<![\w'-])(?:buyao|bu\s+yao|bie|qianwan\s+bie|dung|khong\s+duoc|khong\s+can|yaa|mai\s+tong|"
        rf"不要|别|別|千万别|อย่า|ไม่ต้อง)\s*{_VERB}")),
    ("done", re.compile(_AFTER_A_VERB + r"(?:kor(?:echi|echhi|echilam|eche|echhe|lam|lo|chi|chhi)"
        r"|kore\s+di(?:yechi|yeche|lam|lo)|kora\s+ho(?:yeche|yechhe|lo)|hoye\s+ge(?:che|chhe)|hoyeche|hoyechhe"
        r"|kary(?:u|un|o)|kari\s+(?:didhu|didhun|nakhyu)|thai\s+g(?:a)?y(?:u|un|o)|thayu|thayun"
        r"|(?:hua|hui|hue)(?:\s+(?:tha|thi|the|hai))?|ho\s+(?:chuka|chuki|gayi|gai)|kiya\s+(?:tha|hai|thi)"
        r"|karwa\s+diya|karwaya|kitt?a(?:\s+(?:si|hai|sa))?|kar\s+ditt?a|ho\s+gia"
        r"|maad(?:ide|idhe|idvi|idevi|idini|idhini|idru|iddu|de|dhe)|a{1,2}y(?:i)?th?u|aagide|aagidhe"
        r"|cheythu|cheythitt?und(?:u)?|cheythirunnu|aayi|aayittund(?:u)?"
        r"|kel(?:a|i|e|ay|aa|ya)|(?:zala|zhala|jhala|zali|jhali|zale)(?!\s+(?:tar|tr)(?![\w'-]))"
        r"|gar(?:e|yau|yo|en|eko|isake|isakyo|isakeko|ina)|bhayo|bhaisakyo|bhaeko"
        r"|kala|kalaa|keruwa|karala(?:\s+(?:thiyenne|tiyenne|thiyanawa))?"
        r"|pann(?:itten|itaen|ittaen|iten|inen|itom|ittom|ittaanga|achu|irukken|irukaen|iruken)"
        r"|a{1,2}y(?:i)?duchu|aachu|aachchu|aagiduchu"
        r"|ches(?:a{1,2}nu|esa{1,2}nu|a{1,2}m(?:u)?|esa{1,2}m|indi|adu|esa|esindi|aru)|a(?:y)?yindi|aipoyindi"
        r"|att(?:ı|i)(?:m|k|n|niz|nız|lar)|atıldı|atildi|atmıştık|atmistik|atmıştım|atmistim|yapıldı|yapildi"
        r"|etd(?:i|im|ik|iniz|il[əe]r)|qil(?:dim|dik|di|indi|gan|dingiz|dilar)"
        r"|shita|shimashita|shite\s*oita|shiteoita|sareta|saremashita|shite\s*oi\s*ta"
        r"|haesseo(?:yo)?|haetda|haetseumnida|dwaesseo(?:yo)?|dwaetda|했어(?:요)?|했다|했습니다|됐어(?:요)?)(?![\w'-])"
        # (a past said with "already" or "then" last: "nginx dah restart", "redis restart rồi"; "on a stop grafana")
        rf"|\S\s+(?:udah|sudah|dah|udh|sdh|telah)\s+(?:di-?)?{_VERB}\s*[.!]?\s*$"
        rf"|\S\s+{_VERB}\s+(?:xong\s+)?(?:roi|xong)\s*[.!]?\s*$"
        rf"|^\s*(?:on\s+a|j'ai|j\s+ai|jai|il\s+a|ils\s+ont|on\s+l'a|je\s+l'ai|nous\s+avons)\s+(?:deja\s+)?{_VERB}")),
    ("question", re.compile(_AFTER_A_VERB + r"(?:kora\s+(?:ki\s+)?uchit(?:\s+ki)?|korte\s+hobe\s+ki|korbo\s+ki"
        r"|korbo\s*\?|korte\s+pari\s*\?|(?:bo|be)?kon(?:im|am)(?:\s+ya\s+na)?\s*\?|kon(?:im|am|id|in)?\s+ya\s+na"
        r"|(?:et|ed|at|yap)(?:eyim|ayım|ayim|elim|alım|alim|sek|sak|meli|malı|mali)\s+m[iıuü](?:yiz|yız|yım|yim|sin|sın)?"
        r"|m[iıuü]\s+(?:atalım|atalim|edelim|atayım|atayim|edeyim|yapalım|yapalim|etsek|atsak)"
        r"|panna(?:la)?a?ma|pannava|chey{1,2}ala|chey{1,2}amantara|maadla|maadbeka|maadona|chey{1,2}ano|chey{1,2}atte"
        r"|gar(?:um|aun|ne)\s+ho|garaun|shimasu\s*ka|suru\s*no|shite\s*(?:mo\s*)?ii\s*(?:desu\s*)?ka|shiyou\s*ka"
        r"|shimashou\s*ka|halkka(?:yo)?|haedo\s+dwae(?:yo)?|hae\s*dwae|haeya\s+dwae|할까(?:요)?|해도\s*돼(?:요)?"
        r"|le\s+ma|le\s+mei|mei\s+you|ma)(?![\w'-])\s*\??\s*$"
        r"|(?<![\w'-])ممكن\s*[؟?]\s*$")),
    ("hedge", re.compile(_AFTER_A_VERB + r"(?:kar\s+(?:deta|deti|dete|leta|leti)|(?:ed|at|yap)(?:er|ar)d(?:ı|i)(?:m|k)"
        r"|ederdik|atardık)(?![\w'-])"
        r"|(?<![\w'-])(?:(?:main|mai|mein|hum)\s+(?:hota|hoti|hote)\s+(?:to|toh)|ben\s+olsam|ben\s+olsayd[ıi]m"
        r"|yerinde\s+olsam|senin\s+yerinde\s+olsam)(?![\w'-])")),
    # ("nginx restart karo, uske baad wifi band karo": a "then" after a request said with a light verb, whatever
    # follows)
    ("sequence", re.compile(_AFTER_A_VERB + r"(?:karo|kar\s+do|kardo|karna|karein|kijiye|koro|korun|kara|karjo|kon"
        r"|bokon|konid|maadi|maadu|pannu|pannunga|cheyyi|cheyyu|cheyyandi|gara|garnus|karanna|et|edin|qil|qiling)\s*,?\s+"
        r"(?:bad|baad|ba'd|uske\s+baad|us\s+ke\s+baad|iske\s+baad|phir|fir|aur\s+phir|mag|nantar|pinne|shesham|amele|aamele"
        r"|apram|aprom|appuram|taruvata|tarvata|tarpor|tarpore|pore|tyaspachhi|pachhi|pachi|passe|sonra|ardından|keyin"
        r"|so'ng|sepas|then|and\s+then)(?![\w'-])")),
    # (a condition said with the clause's own ending before a request: Azerbaijani and Uzbek "-sa" ("donsa", "qolsa"),
    # Kannada "-dre" ("aadre", "nintre"), Malayalam "-aal" ("aayal", "ninnal"), Sinhala "unoth", Gujarati and Punjabi
    # "... to", "... taan" ("bandh thay to", "ruk jave taan"))
    ("condition", re.compile(r"(?<![\w'-])(?:[a-z]{2,}(?:nsa|lsa|msa|masa|qsa|ysa|rsa)"
        r"|[a-z]*(?:aadre|adre|ntre|odre|ndre|didre|lladre|gidre)|[a-z]*(?:aayal|ayal|nnal|oyal|annal|engil)"
        r"|unoth|unot|wunoth|kaloth|giyoth"
        r"|(?:jay|jaay|thay|thaay|jave|jaave|aave|ave|hoy|hove|ruke|atke)\s+(?:to|toh|taan|tan|ta))"
        rf"(?=\s+(?:\w+\s+)?{_VERB})")),
    # (a later time said before the request with a light verb after it, of words that are other words alone: "nginx kal
    # restart karna", "nginx kale restart karjo", "nginx ko parso restart karna")
    ("not_yet", re.compile(r"(?<![\w'-])(?:kal|kale|kaal|kalke|naale|repu|heta|udya|bholi|sabah)\s+"
        rf"{_VERB}\s+(?:karna|karo|kar\s+dena|karjo|karo|koro|korben|kara|maadi|cheyyu|cheyyi|pannu|karanna|gara|garnus"
        r"|kon|et|qil|karein|kariye|karenge)(?![\w'-])")),
)
# A while said with a number word of the languages that say a request with a light verb, before that request: "grafana
# dosh minuter jonno stop koro", "aadha ghanta stop rakho", "hattu nimisha stop maadi", "dah daghighe stop kon" (never a
# restart, which lasts no while, nor a delay: "das minute baad restart karo")
_WORDED_WHILE = re.compile(
    r"(?<![\w'-])(?<!after\s)(?<!in\s)(?<!within\s)(?:ek|do|teen|char|chaar|paanch|panch|das|dus|bees|tees|pachas"
    r"|aadha|adha|aadhe|dedh|dhai|dui|tin|dosh"
    r"|bish|tirish|adh|aadh|don|daha|dahaa|vees|ardha|be|tran|adhdho|oru|rendu|moonu|anju|pathu|paththu|irupathu|arai"
    r"|okati|oka|moodu|aidu|padi|iravai|ara|ondu|eradu|mooru|hattu|ippattu|onnu|randu|moonnu|anchu|yek|chahar|panj|dah"
    r"|bist|nim|nimsaat|bis|tis|ikk|vih|tih|\d+)\s+(?:minute|minutes|minut|minit|minita|minitan|minute|minuter|mins|min"
    r"|nimisha|nimisham|nimishalu|nimishangal|nimishagalu|minitu|daghighe|daqiqe|daqiqa|ghanta|ghante|ghonta|ghontar|ganta"
    r"|gantalu|gante|manikkur|mani\s+neram|saat|minet)"
    r"(?:\s+(?:jonno|ke\s+liye|ke\s+lie|ko\s+lagi|kosam|kku|ku|varege|sathi|saathi|tak|bhar|khatir|mate|baraye|vare))?"
    r"\s+(?:stop|turn|switch|take|bring|shut|disable|pause|halt|kill|power|unmount|umount|(?:band|bandh|off)\s+"
    r"(?:karo|rakho|koro|kara|maadi|pannu|cheyyi|kon))(?![\w'-])")
# A while said with its unit before the number and a word of "only" after it: Hausa "minti 10 kawai", Yoruba "iseju 10
# nikan", Swahili "dakika 10 tu", Somali "10 daqiiqo oo keliya" is said the other way round (`_spans`)
_UNIT_FIRST_WHILE = re.compile(r"(?<![\w'-])(?:minti|mintoci|awa|sa'a|iseju|wakati|dakika|saa|daqiiqo|saacadood)\s+\d+"
                               r"\s+(?:kawai|nikan|tu|tu\s+tu|oo\s+keliya|keliya|peke|pekee)(?![\w'-])")
# A half hour or a quarter said in Scandinavian as how long ("stop grafana en halvtimme"), never in how long ("om en
# halvtimme", "efter en halvtime")
_HALF_WHILE = re.compile(r"(?<![\w'-])(?<!om\s)(?<!pa\s)(?<!efter\s)(?<!etter\s)(?<!inom\s)(?<!innen\s)(?<!inden\s)"
                         r"(?:en|et|ett|ei)\s+(?:halv\s*(?:timme|timma|time)|kvart(?:er)?)"
                         r"(?!\s+(?:senare|senere|sedan|siden|til|tills|efter|etter))(?![\w'-])")
# A time since which something is so, said of why ("dari tadi pagi", "seit gestern", "since yesterday"): no past request
_SINCE = re.compile(r"(?<![\w'-])(?:dari|sejak|semenjak|since|from|depuis|seit|desde|od|sedan|siden|fra|van|vanaf|tangu"
                    r"|mula|tu|ke\s+tu|beri|ab|dal|dalla|din)\s+$")
# The words of "later" that say when after an amount of time, a delay: "30 minuten später", "30 minutos más tarde"
_LATER_OF_AN_AMOUNT = frozenset([
    "spater", "mas tarde", "mais tarde", "plus tard", "piu tardi", "senare", "senere", "pozniej", "pozdeji", "neskor",
    "kasneje", "kasnije", "kesobb", "myohemmin", "hiljem", "veliau", "velak", "pozzhe", "позже", "пізніше", "later",
    "nanti", "baadaye", "postea", "gero", "geroago", "mes tard", "mais logo", "argotera", "αργότερα", "keyinroq"])
# An amount of time said before a word of "later": a delay ("30 minuten später", "30 minutos más tarde")
_AMOUNT_BEFORE = re.compile(r"(?:(?<![\w.,])\d+(?:[.,]\d+)?\s*|(?<![\w'-])(?:half|halb\w*|media|meia|mezz'?|demi|pol"
                            r"|fel|puol\w*|setengah|nusu|nua|yarim|adha|aadha|aadhe)\s+)[^\W\d_]+\.?\s+(?:[^\W\d_]+\s+){0,2}$")
# The words of "ago" said after an amount of time
_AGO = (r"fa|geleden|sedan|siden|temu|nazad|назад|tomu|тому|evvel|truoc|yang\s+lalu|lalu|atras|zuvor|plus\s+tot"
        r"|oldin|avval|pehle|pahle|pehlay|munpu|mundu|qabl|kabla|sitten|tagasi|ezelott|elotte")
# Hindi's and Punjabi's "then" is also "again" before "se": "restart nginx phir se" (restart it again)
_AGAIN_TOO = frozenset(["phir", "fir", "fer", "pher"])
_AGAIN = re.compile(r"\s+(?:se|sey|say|dobara|tob)(?![\w'-])")
_NUMBER = r"\d+(?:[.,]\d+)?"


def _alternatives(forms: dict[str, list[str]]) -> str:
    """The forms of a `_spans` entry (a language -> forms), plain, as one alternation, longest first."""
    said = {" ".join(plain(f).split()) for forms_of in forms.values() for f in forms_of}
    return alternation.phrases(said)


def _bounded(forms: Iterable[str]) -> str:
    """Forms as a pattern: a word whole, or in the unspaced scripts anywhere."""
    spaced = [f for f in forms if not _UNSPACED.search(f)]
    unspaced = [f for f in forms if _UNSPACED.search(f)]
    whole = rf"(?<![\w'-]){alternation.phrases(spaced)}(?![\w'-])" if spaced else r"(?!x)x"
    return f"{whole}|{alternation.phrases(unspaced)}" if unspaced else whole


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
        # (an amount of time and a word of "ago" after it: "10 minuti fa", "10 minuten geleden", "10 minut temu",
        # "10 phut truoc", "10 menit yang lalu", "10 minute pehle": what was done, no request; said in the clause of
        # the request, never of why: "la webcam si è bloccata 40 minuti fa, restart it")
        "ago": re.compile(rf"(?<![\w.,]){_NUMBER}\s*(?:{units})(?![\w'-])\s+(?:{_AGO})(?![\w'-])"),
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
    return re.compile(_bounded(kinds)), kinds, patterns


_RUN = re.compile(r"[\w'-]+")


@functools.cache
def _later_too() -> frozenset[str]:
    """The words of "then" that also say "later" (Swahili "baadaye", Latin "postea"): `guards.json`'s "_later"."""
    listed = json.loads(resources.files(__package__).joinpath("guards.json").read_text("utf-8"))
    return frozenset(" ".join(plain(form).split()) for forms in listed["_later"].values() for form in forms)


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
    later = _later_too()
    found: list[tuple[int, str]] = []
    for said in _said(text):
        word = " ".join(said.group().split())
        kind = kinds[plain(word)] if plain(word) in kinds else kinds.get(word, "")
        if not kind or names(word) or _RELATIVE.search(text, 0, said.start()):
            continue
        if word.isascii() and _DETERMINED.search(text, 0, said.start()):
            continue  # ("after we balance the tills": a noun of English, not Swedish "until")
        if kind == "done" and _SINCE.search(text, 0, said.start()):
            continue  # ("datanya kosong dari tadi pagi": since this morning, said of why)
        if kind == "not_yet" and plain(word) in _LATER_OF_AN_AMOUNT | later and \
                _AMOUNT_BEFORE.search(text, 0, said.start()):
            continue  # ("reboot 30 minuten später": a delay, which is read as one)
        if kind == "sequence" and (not (_VERB_BEFORE.search(text, 0, said.start())
                                        and _VERB_AFTER.match(text, said.end()))
                                   or (word in _AGAIN_TOO and _AGAIN.match(text, said.end()))):
            if plain(word) in later and _VERB_BEFORE.search(text, 0, said.start()) and \
                    not _AMOUNT_BEFORE.search(text, 0, said.start()) and \
                    re.match(r"\s*[.!]?\s*$", text[said.end():]):
                found.append((said.start(), "not_yet"))  # ("restart nginx baadaye": later, said last)
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
    found += [(said.start(), "done") for said in patterns["ago"].finditer(text)
              if _VERB_BEFORE.search(re.split(r"[,;:.!?\n]", text[:said.start()])[-1])]
    found += [(said.start(), kind) for kind, form in _ASKED_OR_TOLD for said in form.finditer(text)
              if not names(_last(said.group()))]
    found += [(said.start(), kind) for kind, form in _LIGHT_VERB for said in form.finditer(text)
              if not names(_last(said.group()))]
    found += [(said.start(), "temporary") for said in _WORDED_WHILE.finditer(text)]
    found += [(said.start(), "temporary") for said in _HALF_WHILE.finditer(text)]
    found += [(said.start(), "temporary") for said in _UNIT_FIRST_WHILE.finditer(text)]
    return [kind for _, kind in sorted(found)]


def _last(said: str) -> str:
    """The last word of what a pattern found, a word of the language and never the request's verb or name."""
    words = [w.strip(" ?.!") for w in said.split() if not re.fullmatch(_VERB, w)]
    return (words or [""])[-1]


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
