"""Short commands in Russian, Ukrainian, Japanese, Chinese, Korean, Vietnamese, Hindi (in
Devanagari and in Latin letters), Urdu, Nepali, Bengali, Thai, Greek, Romanian, Arabic, Hebrew, Swahili and (since
round 48, its verbs said with "do" and the device) Tamil and (since round 49, its verbs, its nouns read as Russian's
with their article written on: "Рестартирай таймера на душовете") Bulgarian, said in English.

foreign.py reads the languages of Europe written in Latin letters; these are read here the same
way: only the closed form (one verb of the catalog; what it acts on: the device's names, words
of the glossary, articles, particles and courtesies; a delay) is said in English. Anything more
(a word it does not know, a negation, a condition, a question word) leaves the command as it
was, and it is refused as not English: a sentence read in part is never acted on.

Japanese and Chinese have no spaces, so a command is read by its order: [object][particle]
[delay][verb][ending] in Japanese ("nginxを再起動してください", "10分後に再起動"), [delay]
[verb][object] or 把[object][verb] in Chinese ("重启nginx", "把nginx重启一下", "10分钟后重启"), [verb]
[object][particles] in Thai ("รีสตาร์ทเครื่องชั่งหน่อย"). Korean, Hindi, Hinglish, Urdu, Nepali and Bengali say
the verb last, with its ending ("nginx 재시작해 줘", "nginx ko restart karo", "बत्ती बन्द गर", "বাতিটা বন্ধ
করো"); Greek, Romanian, Vietnamese, Arabic, Hebrew and Swahili first, where it cannot be a statement ("nginx
repornește" says that nginx restarts; Swahili says its delay's unit before the number: "anzisha upya mfumo
baada ya dakika 10"; Arabic and Hebrew write "and", "the" and "that" onto the next word: "والقيم", "השירות").

A number said with a thing is said after it in English, as the English reading takes it ("1번 염수 탱크",
"7番ルーム", "камеру второй линии", "الخط الثاني": brine 1 tank, room 7, camera line 2), never of a link (the
device counts its links from 0); so an ordinal or a kanji number said before it ("第二条线", "一号库", "2番目のライン",
"두 번째 라인") or after it with "the" in Hebrew ("הקו השני"), and a word two things share said with its number is
read as the one the device has ("一号库": a store, or the magazine). A letter said after its thing is its letter
("пресса A", "프레스 A", "プレスAの": press A).

A noun is read in the case or form the glossary lists, or in another: Russian, Ukrainian and Greek cases ("сараю",
"του δωματίου"), Hindi and Urdu obliques, Hebrew's "the" on a phrase's last word ("חדר המתים"), Korean compounds
written as one word ("금속검출기").

A thing said failing first, then a request of it, is what the request acts on ("controllerul difuzorului s-a
blocat, repornește-l", "스코어보드 멈췄어, 재시작해줘", "特急レーン止まってる、起動して"; in Hindi, Nepali and Bengali
with "it" said or nothing: "..., इसे रीस्टार्ट करो", "..., রিস্টার্ট দাও"; in Arabic with "it" on the verb:
"..., أعد تشغيلها"); in Korean with what it does not read said as its object ("좌석 체크인 스캐너가 학생증을 안 읽어요.
재시작해 주세요"), in Hebrew with its present negated and the request of it or of its part ("מצלמת הפונדוס לא שולחת
תמונות, תפעיל מחדש את הגשר שלה"). Other ways of asking: Japanese "do it, for later" and "do it through" ("消しといて",
"再起動しちゃって"), Chinese "a bit" after the verb with the object said first ("烘干机重启一下"; never "nginx重启"),
Russian "-ка", Greek "κάνε restart", Vietnamese "làm ơn"; Hebrew and Thai numbers said in words ("בעוד עשרים וחמש
דקות", "อีกสิบนาที"); Persian delays ("۱۰ دقیقه دیگه") and profiles activated ("حالت کم مصرف رو فعال کن"), Arabic
"move to" a profile ("انتقل إلى وضع توفير الطاقة").

The text arrives as normalise leaves it (lower case, combining marks gone, Cyrillic and Greek
letters that look Latin made Latin): the tables are written as said and folded that way once.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from importlib import resources

from llmos.agent.controller.language import alternation, glossary, ground


def typed(text: str) -> str:
    """The text as the interpreter's normalise leaves it ("Перезапусти" is "пepeзaпycти"; Persian "ری‌استارت" is
    "ریاستارت", without its zero-width non-joiner)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("\u200c", "").translate(glossary.UNDECOMPOSED))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c in glossary.KANA_MARKS or not
                                                unicodedata.combining(c))).translate(glossary.LOOKALIKES)


def _alternatives(words: Iterable[str], skip: Iterable[str] = ()) -> str:
    """A regex of the words (folded, longest first; a space is any run of spaces)."""
    return alternation.phrases({typed(w) for w in words} - set(skip))


def _folded(table: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    return {" ".join(typed(k).split()): v for k, v in table.items()}


_RESTART, _START, _STOP = ("restart", ""), ("start", ""), ("stop", "")
_ON, _OFF, _BLINK = ("turn", " on"), ("turn", " off"), ("blink", "")
_MOUNT, _UNMOUNT, _SWITCH, _SET = ("mount", ""), ("unmount", ""), ("switch to", ""), ("set", "")

# Verbs said first (Greek, Romanian, Vietnamese and Arabic say the statement "nginx restarts"
# with the same words as the request), or anywhere (Russian and Ukrainian imperatives and
# infinitives ask and nothing else)
_FIRST_VERBS = {
    # Greek
    # (and the noun said first, as "Neustart in 20 Minuten": "Επανεκκίνηση σε 45 λεπτά")
    **dict.fromkeys(("κάνε επανεκκίνηση", "κάντε επανεκκίνηση", "επανεκκίνησε", "επανεκκινήστε", "επανεκκίνηση",
                     "κάνε restart", "κάντε restart", "κάνε ρεστάρτ", "κάντε ρεστάρτ"), _RESTART),
    **dict.fromkeys(("ξεκίνα", "ξεκινήστε", "εκκίνησε"), _START),
    **dict.fromkeys(("σταμάτα", "σταματήστε", "σταμάτησε"), _STOP),
    **dict.fromkeys(("άναψε", "ανάψτε", "ενεργοποίησε", "ενεργοποιήστε"), _ON),
    **dict.fromkeys(("σβήσε", "σβήστε", "απενεργοποίησε", "απενεργοποιήστε", "κλείσε", "κλείστε"), _OFF),
    **dict.fromkeys(("προσάρτησε", "προσαρτήστε"), _MOUNT),
    **dict.fromkeys(("αποπροσάρτησε", "αποπροσαρτήστε"), _UNMOUNT),
    **dict.fromkeys(("αναβόσβησε",), _BLINK),
    # ... "raise", "lower" a link or a program ("Σήκωσε το 4G": bring it up; after a subject it rises: "σηκώνει")
    **dict.fromkeys(("σήκωσε", "σηκώστε"), ("bring", " up")),
    **dict.fromkeys(("κατέβασε", "κατεβάστε"), ("bring", " down")),
    # Romanian
    **dict.fromkeys(("repornește", "reporniți", "restartează", "restartați"), _RESTART),
    **dict.fromkeys(("pornește", "porniți"), _START),
    **dict.fromkeys(("oprește", "opriți"), _STOP),
    **dict.fromkeys(("aprinde", "aprindeți", "activează", "activați"), _ON),
    **dict.fromkeys(("stinge", "stingeți", "dezactivează", "dezactivați"), _OFF),
    **dict.fromkeys(("montează", "montați"), _MOUNT),
    **dict.fromkeys(("demontează", "demontați"), _UNMOUNT),
    **dict.fromkeys(("clipește", "fă să clipească"), _BLINK),
    **dict.fromkeys(("comută pe", "comută la", "trece pe", "treci pe"), _SWITCH),
    # Vietnamese
    **dict.fromkeys(("khởi động lại", "chạy lại"), _RESTART),
    **dict.fromkeys(("khởi động",), _START),
    **dict.fromkeys(("dừng", "dừng lại"), _STOP),
    **dict.fromkeys(("bật",), _ON),
    **dict.fromkeys(("tắt",), _OFF),
    **dict.fromkeys(("nhấp nháy",), _BLINK),
    **dict.fromkeys(("chuyển sang",), _SWITCH),
    # Swahili: the imperative, its plural and the polite subjunctive ("anzisha upya", "anzisheni upya", "uanzishe
    # upya"); a statement says its subject on the verb ("mfumo unaanza upya"), a past or a negative is another word
    # ("imeanzishwa", "usianzishe")
    **dict.fromkeys(("anzisha upya", "anzisheni upya", "uanzishe upya", "anzisha tena", "uanzishe tena", "washa upya",
                     "washeni upya", "uwashe upya", "washa tena"), _RESTART),
    # ... and "turn it off and on again" ("zima na uwashe tena huduma ya malipo", "zima kisha uwashe")
    **dict.fromkeys(("zima na uwashe tena", "zima na uwashe upya", "zima na uwashe", "zima kisha uwashe",
                     "zima kisha uwashe tena", "zimeni na mwashe tena", "zimeni kisha mwashe"), _RESTART),
    **dict.fromkeys(("anzisha", "anzisheni", "uanzishe"), _START),
    **dict.fromkeys(("simamisha", "simamisheni", "usimamishe", "sitisha"), _STOP),
    **dict.fromkeys(("washa", "washeni", "uwashe"), _ON),
    **dict.fromkeys(("zima", "zimeni", "uzime"), _OFF),
    # Arabic
    **dict.fromkeys(("أعد تشغيل", "أعد التشغيل", "أعيدوا تشغيل", "أعيدي تشغيل"), _RESTART),
    **dict.fromkeys(("شغّل", "شغّلي", "شغّلوا"), _START),
    **dict.fromkeys(("أوقف", "أوقفوا", "أوقفي"), _STOP),
    **dict.fromkeys(("أطفئ", "أطفئي", "أطفئوا", "طفي", "اطفي", "طفيه", "افصل", "افصلي"), _OFF),
    **dict.fromkeys(("أشعل", "أشعلي"), _ON),
    # ... "flash" ("ومّض اللمبة الحمراء"; "make it flash" is read as it: see _CAUSED)
    **dict.fromkeys(("ومّض", "ومّضي", "ومّضوا"), _BLINK),
    # ... "move to", "switch to" a power profile ("انتقل إلى وضع توفير الطاقة")
    **dict.fromkeys(("انتقل إلى", "انتقلي إلى", "حوّل إلى", "حول إلى", "بدّل إلى", "غيّر إلى"), _SWITCH),
    # a restart said as the loanword, done ("اعمل ريستارت", "سوّي ريستارت")
    **dict.fromkeys(("اعمل ريستارت", "سوي ريستارت", "سوّي ريستارت", "اعملي ريستارت", "اعمل إعادة تشغيل"), _RESTART),
    # ... and asked for as "could you" ("ممكن تعيد تشغيل ..."), a request said so (with "?" it is asked, and not read)
    **dict.fromkeys(("ممكن تعيد تشغيل", "ممكن تعيدي تشغيل", "ممكن تعيدوا تشغيل"), _RESTART),
    # the polite and formal requests: "do the restarting of", "it is asked to restart" ("قم بإعادة تشغيل ...",
    # "يرجى إعادة تشغيل ...", "الرجاء إيقاف ...")
    **{f"{asked}{noun}": verb for asked in ("قم ب", "قومي ب", "قوموا ب", "يرجى ", "الرجاء ", "نرجو ")
       for noun, verb in (("إعادة تشغيل", _RESTART), ("تشغيل", _START), ("إيقاف", _STOP), ("إطفاء", _OFF))},
    # Hebrew: the imperative, or the future of "you" that asks as one ("תפעיל מחדש את השירות"), "again" said after
    # the object too ("תפעיל את השרת מחדש"); never a form that is also a past ("הפעילו", "אתחל", "כבה": they did,
    # he did), nor the past ("הפעלתי")
    **dict.fromkeys(("הפעל מחדש", "תפעיל מחדש", "הפעילי מחדש", "תפעילי מחדש", "תפעילו מחדש", "תאתחל", "אתחלי",
                     "תאתחלי", "תאתחלו", "תעשה ריסטארט", "תעשי ריסטארט", "תעשו ריסטארט", "עשה ריסטארט",
                     "תעשה ריסטרט", "תעשה אתחול", "בצע אתחול", "תבצע אתחול"), _RESTART),
    **dict.fromkeys(("הפעל", "תפעיל", "הפעילי", "תפעילי", "תפעילו"), _START),
    **dict.fromkeys(("עצור", "תעצור", "עצרי", "תעצרי", "תעצרו", "הפסק", "תפסיק", "הפסיקי", "תפסיקי", "תפסיקו"), _STOP),
    **dict.fromkeys(("הדלק", "תדליק", "הדליקי", "תדליקי", "תדליקו"), _ON),
    **dict.fromkeys(("תכבה", "כבי", "תכבי", "תכבו"), _OFF),
    # ... "move to" a power profile ("תעבור למצב חיסכון בחשמל"; "עבור" said later is "for", and a verb said first only)
    **dict.fromkeys(("עבור", "תעבור", "עברי", "תעברי", "תעברו", "תעביר", "העבר"), _SWITCH),
}
_ANYWHERE_VERBS = {
    **dict.fromkeys(("перезапусти", "перезапустите", "перезапустить", "перезагрузи", "перезагрузите",
                     "перезагрузить", "рестартни", "ребутни", "перезапустіть", "перезапустити",
                     "перезавантаж", "перезавантажте", "перезавантажити", "рестартани", "рестартуй", "рестартуйте"),
                    _RESTART),
    **dict.fromkeys(("запусти", "запустите", "запустить", "запустіть", "запустити"), _START),
    **dict.fromkeys(("останови", "остановите", "остановить", "зупини", "зупиніть", "зупинити", "стопни", "спини",
                     "спиніть"), _STOP),
    **dict.fromkeys(("включи", "включите", "включить", "увімкни", "увімкніть", "ввімкни", "ввімкніть",
                     "увімкнути", "вруби", "врубите", "зажги", "зажгите", "запали", "запаліть"), _ON),
    **dict.fromkeys(("выключи", "выключите", "выключить", "вимкни", "вимкніть", "вимкнути", "выруби", "вырубите",
                     "погаси", "погасите", "загаси", "загасіть", "погасіть",
                     # (and "cut off", "disconnect": "отключи проводную сеть", "відключи wifi")
                     "отключи", "отключите", "відключи", "відключіть"), _OFF),
    **dict.fromkeys(("смонтируй", "смонтируйте", "примонтируй", "примонтируйте", "подключи",
                     "подключите", "змонтуй", "змонтуйте", "примонтуй", "підключи", "підключіть",
                     # (with "под-", "під-", "put under": "підмонтуй флешку з картами")
                     "подмонтируй", "подмонтируйте", "підмонтуй", "підмонтуйте", "примонтуйте"),
                    _MOUNT),
    **dict.fromkeys(("отмонтируй", "отмонтируйте", "размонтируй", "размонтируйте", "извлеки",
                     "извлеките", "відмонтуй", "відмонтуйте", "демонтуй"), _UNMOUNT),
    **dict.fromkeys(("мигай", "помигай", "поморгай", "мигни", "блимай", "поблимай", "блимни"), _BLINK),
    **dict.fromkeys(("переключи в", "переключи на", "переведи в", "переведи на", "перемкни в",
                     "перемкни на", "переведи у", "перейди в", "перейди на", "перейдите в", "перейдите на",
                     "перейти в", "перейти на", "перейди у", "перейдіть в", "перейдіть на", "перейдіть у",
                     "переключись в", "переключись на", "перемкнись на", "перемкнися на"), _SWITCH),
    **dict.fromkeys(("поставь", "установи", "постав", "встанови"), _SET),
    # "подними LTE": bring a link up
    **dict.fromkeys(("подними", "поднимите", "підніми", "підніміть", "вдигни", "вдигнете"), ("bring", " up")),
    # ... with "-ка", which softens it ("перезапусти-ка сушилку", "выключи-ка")
    **{f"{verb}-ка": said for verb, said in (("перезапусти", _RESTART), ("перезагрузи", _RESTART), ("запусти", _START),
                                             ("останови", _STOP), ("включи", _ON), ("выключи", _OFF),
                                             ("увімкни", _ON), ("вимкни", _OFF))},
    # Bulgarian ("Рестартирай таймера на душовете", "Спри помпата"), its nouns read as Russian's with its article
    # written on ("таймера", "душовете": see _CYRILLIC_ENDINGS)
    **dict.fromkeys(("рестартирай", "рестартирайте", "презареди", "презаредете", "престартирай", "престартирайте"),
                    _RESTART),
    **dict.fromkeys(("стартирай", "стартирайте", "пусни", "пуснете"), _START),
    **dict.fromkeys(("спри", "спрете", "стопирай", "стопирайте"), _STOP),
    **dict.fromkeys(("включете", "светни", "светнете"), _ON),
    **dict.fromkeys(("изключи", "изключете", "угаси", "угасете"), _OFF),
    **dict.fromkeys(("монтирай", "монтирайте"), _MOUNT),
    **dict.fromkeys(("демонтирай", "демонтирайте", "размонтирай", "размонтирайте"), _UNMOUNT),
    # a reflexive, said to the device itself: "перезагрузись через 15 минут"
    **dict.fromkeys(("перезагрузись", "перезапустись", "перезавантажся"), _RESTART),
    # Persian "put it on", "set it to" a profile, said after the object ("پروفایل مصرف برق رو بذار روی متعادل"); never
    # "don't put" ("نذار"), nor "I put" ("گذاشتم")
    **dict.fromkeys(("بذار روی", "بزار روی", "بگذار روی", "بذارش روی", "بزارش روی", "بگذارش روی", "بذارید روی",
                     "بگذارید روی", "بذار رو", "بزار رو", "تنظیم کن روی", "تنظیمش کن روی", "تنظیم کنید روی",
                     "ست کن روی", "ستش کن روی"), _SET),
}
# Verbs said last, with an ending that asks: Hindi and Hinglish "<x> ko restart karo", Korean
# "<x> 재시작해 줘" (the verb bare too: "10분 후에 재부팅")
_HINDI_ENDINGS = ("करो", "कर दो", "कीजिए", "कीजिये", "करें", "करिए", "करिये", "कर दीजिए", "कर दीजिये", "कर दें",
                  "कर देना", "करना",
                  # (had done, as a polite request says it: "नीली लाइट ब्लिंक कराओ", Punjabi "ਬਲਿੰਕ ਕਰਾਓ ਜੀ")
                  "कराओ", "करवाओ", "करा दो", "करवा दो", "कराइए", "करवाइए", "कराइये", "करवाइये", "करा दीजिए",
                  "करवा दीजिए", "कराएं", "करवाएं", "करवा दें")
_HINGLISH_ENDINGS = ("karo", "kar do", "kardo", "kijiye", "kijie", "kariye", "karein", "karen",
                     "kar dijiye", "kar de", "kar dena", "kar dijie")
# Nepali says "do" with "गर" ("हरियो बत्ती बन्द गर", "बन्द गर्नुहोस्", "बन्द गरिदिनुहोस्"), Bengali with "করো"
# ("বন্ধ করে দাও", "রিস্টার্ট করুন"), after the same borrowed or native stems as Hindi
_NEPALI_ENDINGS = ("गर", "गर्नुहोस्", "गर्नुस्", "गरिदेऊ", "गरिदेउ", "गरिदिनुहोस्", "गरिदिनुस्", "गर्दिनुस्",
                   "गरिदे", "गर्देऊ")
_BENGALI_ENDINGS = ("করো", "কর", "করুন", "কোরো", "করে দাও", "করে দিন", "করে দে", "করে দেন", "করে দাও তো", "করবেন",
                    "করে দেবেন", "করাও", "করান", "করিয়ে দাও", "করিয়ে দিন")
# Urdu says "do" as Hindi does, in Arabic letters ("ہری بتی بند کر دو", "سروس ری سٹارٹ کریں")
_URDU_ENDINGS = ("کرو", "کر دو", "کردو", "کریں", "کر دیں", "کردیں", "کیجیے", "کیجئے", "کر دیجیے", "کر دیجئے", "کرنا",
                 "کراؤ", "کرواؤ", "کرا دو", "کروا دو", "کروائیں", "کروا دیں")
# Persian says "do" after a borrowed or native stem, as Urdu does ("سرویس ... رو ریستارت کن", "خاموش کنید")
_PERSIAN_ENDINGS = ("کن", "کنید", "کنین", "بکن", "بکنید", "کن لطفا", "کنید لطفا")
# (and a restart asked for as a favour: "재시작 부탁해요")
_KOREAN_ENDINGS = ("", "해", "해 줘", "해줘", "해 주세요", "해주세요", "하세요", "해라", "해요", "하십시오",
                   "해 주십시오", "시켜", "시켜 줘", "시켜줘", "시켜 주세요", "시켜주세요",
                   "부탁해", "부탁해요", "부탁합니다", "부탁드려요", "부탁드립니다")
_LAST_VERBS = {
    **{f"{stem} {ending}": verb for stems, verb in (
        (("रीस्टार्ट", "रिस्टार्ट", "रीबूट", "रिबूट", "फिर से चालू", "दोबारा शुरू", "फिर से शुरू", "दोबारा चालू",
          "फिर से स्टार्ट", "दोबारा स्टार्ट"), _RESTART),
        (("स्टार्ट", "शुरू"), _START), (("स्टॉप",), _STOP), (("बंद", "ऑफ़", "ऑफ"), _OFF),
        (("चालू", "ऑन"), _ON), (("माउंट",), _MOUNT), (("अनमाउंट",), _UNMOUNT),
        # (a light made to blink, with the borrowed word: "क्रेन वाली पीली बत्ती ब्लिंक करो")
        (("ब्लिंक", "फ्लैश", "फ़्लैश"), _BLINK))
       for stem in stems for ending in _HINDI_ENDINGS},
    **dict.fromkeys(("रोको", "रोक दो", "रोक दीजिए"), _STOP),
    **{f"{stem} {ending}": verb for stems, verb in (
        (("रिस्टार्ट", "रीस्टार्ट", "रिबुट", "रिबूट", "रीबूट", "फेरि सुरु", "पुनः सुरु", "फेरि चालु"), _RESTART),
        (("सुरु", "शुरु", "स्टार्ट"), _START), (("स्टप", "स्टॉप"), _STOP), (("बन्द", "बंद", "अफ"), _OFF),
        (("चालु", "चालू", "अन"), _ON), (("माउन्ट", "माउंट"), _MOUNT), (("अनमाउन्ट", "अनमाउंट"), _UNMOUNT),
        (("ब्लिंक", "ब्लिङ्क"), _BLINK))
       for stem in stems for ending in _NEPALI_ENDINGS},
    **dict.fromkeys(("रोक", "रोक्नुहोस्", "रोकिदेऊ", "रोकिदिनुहोस्"), _STOP),
    **{f"{stem} {ending}": verb for stems, verb in (
        (("রিস্টার্ট", "রিবুট", "আবার চালু", "পুনরায় চালু", "আবার শুরু"), _RESTART), (("স্টার্ট", "শুরু"), _START),
        (("স্টপ",), _STOP), (("বন্ধ", "অফ"), _OFF), (("চালু", "অন"), _ON), (("মাউন্ট",), _MOUNT),
        (("আনমাউন্ট",), _UNMOUNT), (("ব্লিঙ্ক", "ব্লিংক", "ফ্ল্যাশ"), _BLINK))
       for stem in stems for ending in _BENGALI_ENDINGS},
    **dict.fromkeys(("থামাও", "থামান", "থামিয়ে দাও", "থামিয়ে দিন"), _STOP),
    # a restart given ("রিস্টার্ট দাও", "रीस्टार्ट दे दो", "रीस्टार्ट मारो"), said of a restart only
    **{f"{stem} {given}": _RESTART for stem in ("রিস্টার্ট", "রিবুট") for given in ("দাও", "দিন", "দে", "দেন", "মারো")},
    **{f"{stem} {given}": _RESTART for stem in ("रीस्टार्ट", "रिस्टार्ट", "रीबूट", "रिबूट")
       for given in ("दे दो", "दो", "मारो", "मार दो", "दे दीजिए")},
    **{f"{stem} {ending}": verb for stems, verb in (
        (("ری سٹارٹ", "ری اسٹارٹ", "ریسٹارٹ", "ری بوٹ", "ریبوٹ", "دوبارہ شروع", "دوبارہ چالو"), _RESTART),
        (("شروع", "سٹارٹ", "اسٹارٹ"), _START), (("سٹاپ", "اسٹاپ"), _STOP), (("بند", "آف"), _OFF),
        (("چالو", "آن"), _ON), (("ماؤنٹ",), _MOUNT), (("ان ماؤنٹ",), _UNMOUNT), (("بلنک", "فلیش"), _BLINK))
       for stem in stems for ending in _URDU_ENDINGS},
    **dict.fromkeys(("روکو", "روک دو", "روک دیں", "روک دیجیے"), _STOP),
    # Tamil says "do" after a borrowed or native noun ("இந்த பெட்டியை மறுதொடக்கம் செய்": restart this box); a negative
    # or a wish is another word ("செய்யாதே", "செய்ய வேண்டாம்")
    **{f"{stem} {ending}": verb for stems, verb in (
        (("மறுதொடக்கம்", "ரீஸ்டார்ட்", "ரீபூட்", "மீண்டும் தொடக்கம்"), _RESTART), (("ஸ்டார்ட்", "தொடக்கம்"), _START),
        (("ஸ்டாப்", "நிறுத்தம்"), _STOP), (("ஆஃப்", "அணை"), _OFF), (("ஆன்",), _ON), (("மவுண்ட்",), _MOUNT),
        (("அன்மவுண்ட்",), _UNMOUNT))
       for stem in stems for ending in ("செய்", "செய்யவும்", "செய்யுங்கள்", "செய்து விடு", "செய்துவிடு", "பண்ணு",
                                        "பண்ணுங்க", "பண்ணிடு")},
    **dict.fromkeys(("நிறுத்து", "நிறுத்துங்கள்", "நிறுத்தவும்"), _STOP),
    **{f"{stem} {ending}": verb for stems, verb in (
        (("ریستارت", "ری استارت", "ری‌استارت", "ریبوت", "راه اندازی مجدد", "راه‌اندازی مجدد", "دوباره راه اندازی",
          "دوباره راه‌اندازی", "خاموش و روشن"), _RESTART),
        (("استارت", "راه اندازی", "راه‌اندازی"), _START), (("استاپ", "متوقف"), _STOP),
        (("خاموش", "غیرفعال", "غیر فعال"), _OFF), (("روشن", "فعال"), _ON), (("مانت",), _MOUNT),
        # (a light made blinking: "چراغ قرمز رو چشمک‌زن کن")
        (("چشمک‌زن", "چشمکزن", "چشمک زن"), _BLINK))
       for stem in stems for ending in _PERSIAN_ENDINGS},
    **{f"{stem} {ending}": verb for stems, verb in (
        (("restart", "reboot", "dobara chalu", "phir se chalu"), _RESTART), (("start", "shuru"), _START),
        (("stop",), _STOP), (("band", "off"), _OFF), (("chalu", "on"), _ON), (("mount",), _MOUNT),
        (("unmount",), _UNMOUNT), (("blink",), _BLINK))
       for stem in stems for ending in _HINGLISH_ENDINGS},
    # ... the English verb in Latin letters before an ending of Hindi, Urdu, Bengali or Nepali ("calf-feeder start कर
    # दो", "یو ایس بی mount کرو")
    **{f"{stem} {ending}": verb for stems, verb in (
        (("restart", "reboot"), _RESTART), (("start",), _START), (("stop",), _STOP), (("mount",), _MOUNT),
        (("unmount",), _UNMOUNT), (("blink",), _BLINK))
       for stem in stems for ending in (*_HINDI_ENDINGS, *_URDU_ENDINGS, *_BENGALI_ENDINGS, *_NEPALI_ENDINGS)},
    **{f"{stem}{space}{ending}".strip(): verb for stems, verb in (
        (("재시작", "다시 시작", "재부팅", "리부팅", "재기동"), _RESTART), (("시작", "실행", "가동"), _START),
        (("중지", "정지", "중단"), _STOP), (("마운트",), _MOUNT), (("언마운트", "마운트 해제"), _UNMOUNT),
        (("깜빡이게",), _BLINK), (("전환", "변경"), _SWITCH))
       for stem in stems for ending in _KOREAN_ENDINGS for space in ("", " ")},
    # off and on again, a restart ("껐다 켜 줘"); stop, asked ("멈춰 줘": never "멈춰" alone, which may say it stops)
    **{f"{stem}{ending}": verb for stem, verb in (("껐다 켜", _RESTART), ("껐다가 켜", _RESTART), ("멈춰", _STOP))
       for ending in (" 줘", "줘", " 주세요", "주세요")},
    **dict.fromkeys(("껐다 켜", "껐다가 켜"), _RESTART),
    **{f"{stem}{ending}": verb for stem, verb in (("켜", _ON), ("꺼", _OFF),
                                                  # a link brought down or up ("셀룰러 연결 좀 내려줘")
                                                  ("내려", ("bring", " down")), ("올려", ("bring", " up")),
                                                  ("끊어", ("bring", " down")),
                                                  # a profile changed to ("절전 모드로 바꿔 줘")
                                                  ("바꿔", _SWITCH))
       for ending in ("", " 줘", "줘", " 주세요", "주세요", "라", "요")},
}
_ARABIC_LETTERS = re.compile("[\u0620-\u064a]")
_NOUN_VERB = typed("επανεκκίνηση")  # a request only when said first, with no article
_SPACED_VERBS = _folded({**_FIRST_VERBS, **_ANYWHERE_VERBS, **_LAST_VERBS})
_SAID_FIRST = frozenset(_folded(_FIRST_VERBS))
# (a verb before an Arabic comma too: "... رو ریستارت کن، ...")
_SPACED_VERB = re.compile(rf"(?<![^\s,.!،])({_alternatives(_SPACED_VERBS)})(?![^\s,.!?،])")
# Romanian and Vietnamese verbs typed in Latin letters, left unread, must not reach the English
# reading; nor may Hinglish's negations, conditions and questions ("nginx ko restart mat karo",
# "restart nahi karna", "agar nginx down ho to restart karo"). Hinglish's request endings may:
# "rtl433 ko restart kar do please, sensors are not coming" is read in English as before.
_HINGLISH_GUARDS = ("mat", "nahi", "nahin", "nahee", "naa", "agar", "jab", "kya", "kyun", "kyon", "kyu",
                    "mana", "bilkul nahi", "kabhi nahi",
                    # a condition said with "only then" or a time ("alarm baje tabhi ...", "shift ke baad")
                    "tabhi", "tab hi", "jabhi", "jab bhi", "jab tak", "tab tak", "ke baad", "ke bad", "se pehle",
                    "hone par", "hone pe", "warna", "nahi to",
                    # a past or a future said of it ("restart ho chuka hai", "koi ... restart nahi karega")
                    "chuka", "chuki", "chuke", "ho gaya", "ho gayi", "ho gaye", "kar diya", "kar di", "kiya", "kiye",
                    "tha", "thi", "karega", "karegi", "karenge", "karunga", "karungi", "hoga", "hogi",
                    # at boot, for good, for a while: not in the catalog ("boot pe enable kar do", "10 minute ke
                    # liye band karo")
                    "boot pe", "boot par", "startup pe", "startup par", "hamesha", "hamesha ke liye",
                    "minute ke liye", "minutes ke liye", "minat ke liye", "ghante ke liye", "ghanta ke liye",
                    "der ke liye", "thodi der", "kuch der", "kuch der ke liye")
_LATIN_UNREAD = re.compile(r"(?<![\w-])(?:" + _alternatives(
    # ("bat", "tat", "dung" and "karen" are also words of English, or names)
    [k for k in _SPACED_VERBS if k.isascii() and not any(k.endswith(f" {ending}") for ending in _HINGLISH_ENDINGS)],
    skip=("bat", "tat", "dung", "karen", "zima")) + r")(?![\w-])")
_HINGLISH_GUARD = re.compile(r"(?<![\w-])(?:" + _alternatives(_HINGLISH_GUARDS) + r")(?![\w-])")
# ... which are guards only in a sentence of Hinglish ("the mat heater" is English)
_HINGLISH = re.compile(r"(?<![\w-])(?:ko|karo|karna|karni|kar|karein|karen|kijiye|hai|hain|ho|mein|wala|wali|"
                       r"abhi|jaldi|yaar|bhai|bhaiya|please karo|koi|karega|karegi|karenge|baje|pe|par)(?![\w-])")

# Courtesies, articles and particles: no meaning of their own (said as phrases first: Arabic's
# "لو سمحت" is "please", its "لو" alone "if")
_COURTESY = re.compile(r"(?<![^\s,.!])(?:" + _alternatives((
    "пожалуйста", "будь ласка", "будь-ласка", "будь добр", "будь добра", "прошу", "please", "plz", "pls",
    "παρακαλώ", "σε παρακαλώ", "te rog", "vă rog", "te rog frumos", "vui lòng", "giúp tôi", "giùm tôi",
    "giùm", "nhé", "nha", "giúp", "giúp mình", "làm ơn", "giúp em", "giùm mình", "dùm", "dùm tôi", "dùm mình",
    # (Vietnamese "help me, will you", and the one asked named last: "giúp mình với", "... lên đi em")
    "giúp mình với", "giúp tôi với", "giúp em với", "giúp anh với", "giúp chị với", "giùm mình với", "giùm tôi với",
    "giùm em với", "dùm mình với", "dùm tôi với", "dùm em với", "giùm em", "dùm em", "giúp anh", "giúp chị",
    "đi em", "đi anh", "đi chị", "nhé em", "nha em",
    "من فضلك", "لو سمحت", "رجاء", "رجاءً", "कृपया", "ज़रा", "zara", "jaldi", "जल्दी",
    "bhai", "ji", "जी", "좀", "제발", "지금", "сейчас", "зараз", "давай", "τώρα", "acum", "ngay", "ngay bây giờ",
    "abhi", "अभी", "الآن", "tafadhali", "naomba", "sasa", "sasa hivi", "haraka", "अहिले", "अहिल्यै", "तुरुन्तै",
    "छिटो", "हजुर", "अरे", "यार", "भाई", "भैया", "براہ کرم", "برائے مہربانی", "پلیز", "ذرا", "جلدی", "ابھی",
    "দয়া করে", "প্লিজ", "একটু", "এখন", "এখনই", "তাড়াতাড়ি", "בבקשה", "עכשיו", "מיד",
    # (Tamil "right now", "now", "please")
    "இப்போதே", "இப்போது", "உடனே", "தயவுசெய்து", "தயவு செய்து",
    # (Persian "right now", "now": "دستگاه رو همین الان ری‌بوت کن")
    "همین الان", "همین حالا", "الان", "همین الآن", "فورا", "فوراً")) +
    r")(?![^\s,.!])")
_FILLERS = frozenset(typed(w) for w in (
    # Persian's object, "please", "this" and "of" said apart ("سرویس API تبلت داور رو ریستارت کن")
    "رو", "را", "لطفا", "لطفاً", "این", "اون",
    "το", "τον", "την", "τη", "τα", "ο", "η", "οι", "των", "τους", "τις", "του", "της", "στο", "στον", "στη", "στην",
    "στα", "στους", "στις",
    "ko", "को", "کو", "hãy", "đi", "cái", "lại", "pe", "the",
    # Romanian "of" ("serviciul de dozare a aditivilor"), and "from", "in" between a thing and where it is
    # ("descărcarea datelor din datalogger", "pompa din sala 2")
    "de", "a", "al", "ale", "ai", "din",
    # Hindi "of" and "the one of" ("पंप की सर्विस", "टैंक वाला पंप"); Nepali's object ("बत्तीलाई", said apart too)
    "का", "की", "के", "वाला", "वाली", "वाले", "लाई",
    # Bengali "of", written apart after a number or a name ("ট্রফ ২ এর ফ্যান")
    "এর",
    # Urdu "of", its object and "the one of" ("لائن 2 کی کیمرہ", "بتی کو")
    "کا", "کی", "کے", "کو", "والا", "والی", "والے",
    # Swahili "of" and "this", "that" ("huduma ya pampu", "mashine hii")
    "ya", "wa", "za", "vya", "cha", "hii", "hiyo", "huu", "huo", "hiki", "hicho",
    # Hebrew's object and "of" ("את השירות", "יומן של הביקורת")
    "את", "של",
    # Tamil "this", "that"
    "இந்த", "அந்த"))
# Never read past, whatever the device calls its things: negations, conditions, question words
_NEVER = frozenset(typed(w) for w in (
    "не", "ни", "нельзя", "никогда", "нет", "если", "когда", "ли", "можно", "зачем", "почему", "ні",
    "ніколи", "якщо", "коли", "чи", "не треба", "không", "đừng", "chưa", "nếu", "khi", "có", "nahi",
    "nahin", "mat", "na", "agar", "kya", "नहीं", "मत", "ना", "अगर", "क्या", "μην", "μη", "δεν", "όχι", "αν",
    "εάν", "όταν", "μήπως", "nu", "dacă", "când", "oare", "لا", "لن", "لم", "ما", "إذا", "لو", "هل",
    "안", "말고", "마", "않", "못", "no", "not", "don't", "never", "if",
    "si", "hapana", "kamwe", "kama", "ikiwa", "je", "bado", "labda", "usifanye",  # (Swahili)
    # Hindi "if", "when", "then"; Nepali "don't", "not", "if", "why", "when"; Bengali "not", "if", "what", "why", "when"
    "यदि", "जब", "तो", "नगर", "नगर्नुहोस्", "नगर्नुस्", "नगर्नु", "नगरिदेऊ", "नगरिदिनुहोस्", "होइन", "छैन", "भने",
    "किन", "कहिले",
    # Urdu "not", "don't", "if", "what", "why", "when", "then"
    "نہیں", "نہ", "مت", "اگر", "کیا", "کیوں", "جب", "تو", "کب",
    "না", "নয়", "নি", "নেই", "যদি", "কি", "কী", "কেন", "কখন", "যখন",
    # Hebrew "not", "don't", "if", "when", "whether", "why", "maybe", "forbidden", "without", "there is no"
    "לא", "אל", "אם", "כש", "כאשר", "האם", "למה", "מתי", "אולי", "אסור", "בלי", "אין",
    # Bulgarian "if", "when", "whether", "don't", "never"
    "ако", "когато", "дали", "недей", "никога",
    # Tamil "don't", "not", "if", "why", "when", "what", "must not", "maybe"
    "வேண்டாம்", "இல்லை", "என்றால்", "ஏன்", "எப்போது", "என்ன", "கூடாது", "ஒருவேளை", "செய்யாதே", "செய்யாதீர்கள்"))

# Delays: "через 10 минут", "σε 10 λεπτά", "în 10 minute", "sau 7 phút", "بعد 10 دقائق" (before
# the number); "दस मिनट बाद", "das minute baad", "10분 후에", "7 phút nữa" (after it)
_NUMBERS = {typed(w): n for n, words in (
    (1, ("один", "одну", "одна", "одного", "ένα", "μία", "μια", "un", "o", "một", "एक", "ek")),
    (2, ("два", "две", "дві", "δύο", "δυο", "doi", "două", "hai", "दो", "do", "두")),
    (3, ("три", "τρία", "τρεις", "trei", "ba", "तीन", "teen", "세")),
    (5, ("пять", "п'ять", "πέντε", "cinci", "năm", "पाँच", "पांच", "paanch", "panch", "다섯")),
    (10, ("десять", "δέκα", "zece", "mười", "दस", "das", "열")),
    (15, ("пятнадцать", "п'ятнадцять", "δεκαπέντε", "cincisprezece", "mười lăm", "पंद्रह", "pandrah")),
    (20, ("двадцать", "двадцять", "είκοσι", "douăzeci", "hai mươi", "बीस", "bees")),
    (30, ("тридцать", "тридцять", "τριάντα", "treizeci", "ba mươi", "तीस", "tees")),
    (1, ("한",)),
    # four to sixty ("через сорок пять минут", "σε είκοσι πέντε λεπτά", "peste patruzeci de minute", "네 시간 후에")
    (4, ("четыре", "чотири", "τέσσερα", "τέσσερις", "patru", "bốn", "चार", "char", "أربع", "أربعة", "네", "사")),
    (6, ("шесть", "шість", "έξι", "șase", "sáu", "छह", "chhe", "ست", "ستة", "여섯", "육")),
    (7, ("семь", "сім", "επτά", "εφτά", "șapte", "bảy", "सात", "سبع", "سبعة", "일곱", "칠")),
    (8, ("восемь", "вісім", "οκτώ", "οχτώ", "opt", "tám", "आठ", "aath", "ثماني", "ثمانية", "여덟", "팔")),
    (9, ("девять", "дев'ять", "εννέα", "εννιά", "nouă", "chín", "नौ", "تسع", "تسعة", "아홉", "구")),
    (3, ("ثلاث", "ثلاثة", "삼")), (5, ("خمس", "خمسة", "오")), (10, ("عشر", "عشرة", "십")), (2, ("اثنين",)),
    (12, ("двенадцать", "дванадцять", "δώδεκα", "doisprezece", "douăsprezece", "mười hai", "बारह", "열두")),
    (15, ("خمس عشرة", "십오")), (20, ("عشرين", "이십")), (30, ("ثلاثين", "삼십")),
    (40, ("сорок", "σαράντα", "patruzeci", "bốn mươi", "चालीस", "أربعين", "사십")),
    (45, ("сорок пять", "сорок п'ять", "σαράντα πέντε", "patruzeci și cinci", "bốn mươi lăm", "पैंतालीस",
          "خمس وأربعين", "사십오")),
    (25, ("двадцать пять", "двадцять п'ять", "είκοσι πέντε", "douăzeci și cinci", "hai mươi lăm", "पच्चीस",
          "خمس وعشرين", "이십오")),
    (50, ("пятьдесят", "п'ятдесят", "πενήντα", "cincizeci", "năm mươi", "पचास", "خمسين", "오십")),
    (60, ("шестьдесят", "шістдесят", "εξήντα", "șaizeci", "sáu mươi", "साठ", "ستين", "육십")),
    (90, ("девяносто", "дев'яносто", "ενενήντα", "nouăzeci", "chín mươi", "नब्बे", "تسعين", "구십")),
    # Swahili
    (1, ("moja",)), (2, ("mbili",)), (3, ("tatu",)), (4, ("nne",)), (5, ("tano",)), (6, ("sita",)), (7, ("saba",)),
    (8, ("nane",)), (9, ("tisa",)), (10, ("kumi",)), (12, ("kumi na mbili",)), (15, ("kumi na tano",)),
    (20, ("ishirini",)), (30, ("thelathini",)), (40, ("arobaini",)), (45, ("arobaini na tano",)), (50, ("hamsini",)),
    (60, ("sitini",)),
    # Nepali and Bengali
    (1, ("এক",)), (2, ("दुई", "দুই")), (3, ("তিন",)), (5, ("পাঁচ",)), (10, ("দশ",)), (15, ("पन्ध्र", "পনেরো")),
    (20, ("বিশ",)), (30, ("ত্রিশ",)), (45, ("পঁয়তাল্লিশ",)),
    # Hebrew, feminine as minutes and hours are, masculine too ("בעוד עשרים וחמש דקות", "בעוד שלוש שעות"); the tens
    # with "and" written onto the unit ("עשרים וחמישה")
    (1, ("אחת", "אחד")), (2, ("שתי", "שתיים", "שני", "שניים")), (3, ("שלוש", "שלושה")), (4, ("ארבע", "ארבעה")),
    (5, ("חמש", "חמישה")), (6, ("שש", "שישה")), (7, ("שבע", "שבעה")), (8, ("שמונה",)), (9, ("תשע", "תשעה")),
    (10, ("עשר", "עשרה")), (12, ("שתים עשרה", "שתים-עשרה", "שנים עשר")), (15, ("חמש עשרה", "חמש-עשרה", "חמישה עשר")),
    (20, ("עשרים",)), (25, ("עשרים וחמש", "עשרים וחמישה")), (30, ("שלושים",)), (40, ("ארבעים",)),
    (45, ("ארבעים וחמש", "ארבעים וחמישה")), (50, ("חמישים",)), (60, ("שישים",)), (90, ("תשעים",)),
    # Persian
    (1, ("یک",)), (2, ("دو",)), (3, ("سه",)), (4, ("چهار",)), (5, ("پنج",)), (6, ("شش",)), (7, ("هفت",)),
    (8, ("هشت",)), (10, ("ده",)), (15, ("پانزده", "یک ربع")), (20, ("بیست",)), (30, ("سی",)),
    (45, ("چهل و پنج",))) for w in words}
_UNIT_SECONDS = {typed(w): s for s, words in (
    (1, ("секунд", "секунду", "секунды", "секунди", "сек", "δευτερόλεπτα", "δευτερόλεπτο", "secunde",
         "secundă", "giây", "सेकंड", "second", "seconds", "sec", "ثانية", "ثوان", "ثواني", "초", "sekunde", "सेकेन्ड",
         "সেকেন্ড", "שניות", "שנייה", "سیکنڈ")),
    (60, ("минут", "минуту", "минуты", "мин", "хвилин", "хвилину", "хвилини", "хв", "λεπτά", "λεπτό",
          "minute", "minut", "minutes", "min", "phút", "मिनट", "دقيقة", "دقائق", "분", "dakika", "मिनेट", "মিনিট",
          "דקות", "דקה", "منٹ")),
    (120, ("دقيقتين",)),
    (3600, ("час", "часа", "часов", "годину", "години", "годин", "ώρα", "ώρες", "oră", "ore", "giờ",
            "tiếng", "घंटे", "घंटा", "ghante", "ghanta", "ghanton", "hour", "hours", "ساعة", "ساعات", "시간", "saa",
            "masaa", "घण्टा", "घन्टा", "ঘণ্টা", "ঘন্টা", "שעה", "שעות", "گھنٹے", "گھنٹہ", "گھنٹا")),
    (7200, ("ساعتين", "שעתיים")), (120, ("דקותיים",)),
    # Persian ("۱۰ دقیقه دیگه ریستارت کن", "بعد از یک ساعت")
    (1, ("ثانیه",)), (60, ("دقیقه",)), (3600, ("ساعت",))) for w in words}
_NUMBER = rf"(?:\d+|{_alternatives(_NUMBERS)})"
_UNIT = _alternatives(_UNIT_SECONDS)
_BEFORE_THE_NUMBER = _alternatives(("через", "σε", "μετά από", "în", "peste", "sau", "بعد", "baada ya", "katika",
                                    "בעוד", "بعد از"))
# Hours and then minutes, said as one delay ("через 1 час 15 минут", "1시간 15분 후에", "sau 1 giờ 15 phút"; with
# "and" between: "σε μία ώρα και δέκα λεπτά", "بعد ساعة و10 دقائق"): the hours are added to the minutes
_HOURS = _alternatives(w for w, s in _UNIT_SECONDS.items() if s == 3600)
_HOURS_AND = _alternatives(typed(w) for w in ("и", "і", "та", "й", "και", "și", "và", "و", "और", "aur", "na", "ו"))
_HOURS_FIRST = rf"(?:(?P<h>{_NUMBER})\s*(?P<hours>{_HOURS})\s*(?:(?:{_HOURS_AND})\s*)?)?"
_DELAY_BEFORE = re.compile(rf"(?<![^\s,])(?:{_BEFORE_THE_NUMBER})\s+{_HOURS_FIRST}(?:(?P<n>{_NUMBER})\s*(?:de\s+)?)?"
                           rf"(?P<unit>{_UNIT})(?:\s+(?:{_alternatives(('nữa', 'دیگه', 'دیگر'))}))?(?![^\s,.!?])")
# (... with "more" after it too: "sau 90 phút nữa", "بعد از ۱۰ دقیقه دیگه", in 90 more minutes)
# Swahili says the unit before its number: "baada ya dakika 10", "baada ya saa mbili"
_DELAY_UNIT_FIRST = re.compile(rf"(?<![^\s,])(?:baada\s+ya|katika)\s+(?P<unit>{_UNIT})\s+(?P<n>{_NUMBER})(?![^\s,.!?])")
_AFTER = _alternatives(("बाद", "में", "baad", "bad", "mein", "후에", "후", "뒤에", "뒤", "nữa", "पछि", "পরে", "بعد",
                       "میں", "있다가", "পর", "دیگه", "دیگر"))
_DELAY_AFTER = re.compile(rf"(?<![^\s,]){_HOURS_FIRST}(?P<n>{_NUMBER})\s*(?P<unit>{_UNIT})\s*(?:{_AFTER})"
                          r"(?![^\s,.!?])")
# Half an hour and an hour and a half, said as such
_HALVES = {typed(w): s for s, words in (
    (1800, ("через полчаса", "через пів години", "через півгодини", "σε μισή ώρα", "în jumătate de oră",
            "sau nửa giờ", "sau nửa tiếng", "aadhe ghante baad", "आधे घंटे बाद", "بعد نصف ساعة", "baada ya nusu saa",
            "katika nusu saa", "आधा घण्टा पछि", "আধা ঘণ্টা পরে", "আধ ঘণ্টা পরে", "בעוד חצי שעה",
            # (Arabic "half" said as spoken: "بعد نص ساعة"; Urdu)
            "بعد نص ساعة", "بعد نص ساعه", "بعد نصف ساعه", "آدھے گھنٹے بعد", "آدھا گھنٹہ بعد", "आधे घंटे में",
            "आधा घंटा बाद", "আধ ঘণ্টা পর", "আধা ঘণ্টা পর")),
    (5400, ("через полтора часа", "через півтори години", "σε μιάμιση ώρα", "sau một tiếng rưỡi",
            "baada ya saa moja na nusu", "بعد ساعة ونص", "بعد ساعة ونصف", "ڈیڑھ گھنٹے بعد", "डेढ़ घंटे बाद",
            "দেড় ঘণ্টা পরে")),
    (3600, ("într-o oră", "intr-o ora")), (60, ("într-un minut",)),
    # a quarter of an hour, three quarters
    (900, ("через четверть часа", "через чверть години", "σε ένα τέταρτο", "peste un sfert de oră",
           "într-un sfert de oră", "بعد ربع ساعة", "baada ya robo saa", "בעוד רבע שעה",
           "بعد ربع ساعه")),
    (2700, ("через три четверти часа", "через три чверті години", "σε τρία τέταρτα", "peste trei sferturi de oră",
            "în trei sferturi de oră", "بعد ثلاثة أرباع ساعة"))) for w in words}
_HALF = re.compile(rf"(?<![^\s,])(?:{_alternatives(_HALVES)})(?![^\s,.!?])")

# Gigabytes, said in another script: after a number, one word with it ("64 جی بی": 64gb, as English reads a size)
_GB = ("гб", "гиг", "гига", "γκιγκ", "جی بی", "جیبی", "गीगाबाइट", "जीबी", "जी बी", "গিগাবাইট", "জিবি", "জি বি", "جيجا",
       "گیگ", "گیگابایت", "기가", "ギガ", "จิ๊ก", "גיגה", "ג'יגה")
_SIZE_SAID = re.compile(rf"(?<![^\s,])(\d{{1,4}})\s*(?:{_alternatives(_GB)}|gb)(?![^\s,.!?])")
# Words of what a command acts on, in the English the interpreter reads: the whole device, a
# service, the words English keeps ("wifi", "led"), colours; glossary.json has the rest
_WORDS = {typed(w): english for english, words in (
    ("system", ("систему", "система", "устройство", "компьютер", "девайс", "машину", "пристрій",
                "комп'ютер", "σύστημα", "συσκευή", "sistemul", "dispozitivul", "echipamentul", "aparatul",
                "máy", "सिस्टम", "डिवाइस", "मशीन", "system", "device", "machine", "الجهاز", "النظام", "시스템",
                "장치", "기기", "장비", "mfumo", "kifaa", "mashine", "kompyuta", "সিস্টেম", "ডিভাইস", "যন্ত্র", "মেশিন",
                "यन्त्र", "मेसिन", "המערכת", "מערכת", "המכשיר", "מכשיר", "سسٹم", "ڈیوائس", "مشین", "hệ thống",
                "thiết bị", "سیستم", "دستگاه",
                # (Tamil, with its object's ending: "இந்த பெட்டியை", this box)
                "பெட்டி", "பெட்டியை", "சிஸ்டம்", "சிஸ்டத்தை", "சாதனம்", "சாதனத்தை", "கருவி", "கருவியை",
                "இயந்திரம்", "இயந்திரத்தை")),
    ("service", ("сервис", "службу", "служба", "сервиса", "сервіс", "υπηρεσία", "serviciul", "serviciu",
                 "सर्विस", "सेवा", "service", "الخدمة", "خدمة", "서비스", "huduma", "সার্ভিস", "পরিষেবা", "سروس")),
    # which one, said with a preposition ("вентилятор на силосе 1", "serviciul pentru pompă")
    ("on", ("на",)), ("for", ("для", "pentru", "για")),
    # ... and where what is sent goes, in Greek ("αποστολή δεδομένων προς το εθνικό δίκτυο": the data upload to the
    # national grid)
    ("to", ("προς",)),
    # the power profile, said with its setting ("поставь профиль питания на сбалансированный", "پروفایل مصرف برق رو بذار
    # روی متعادل"): its settings' words, read only where a profile is ("restart balanced" names nothing)
    ("power profile", ("профиль питания", "профиль энергопотребления", "профиль электропитания", "профиль энергии",
                       "профіль живлення", "профіль енергоспоживання", "προφίλ ενέργειας", "προφίλ τροφοδοσίας",
                       "پروفایل مصرف برق", "پروفایل برق", "پروفایل انرژی", "پروفایل مصرف انرژی", "پروفایل مصرف",
                       "ملف الطاقة", "ملف تعريف الطاقة", "פרופיל צריכת חשמל", "פרופיל החשמל", "פרופיל חשמל",
                       "פרופיל אנרגיה", "전원 프로필", "전력 프로필", "hồ sơ năng lượng", "hồ sơ nguồn")),
    ("balanced", ("сбалансированный", "сбалансированное", "збалансований", "ισορροπημένο", "ισορροπημένη",
                  "متعادل", "متوازن", "المتوازن", "מאוזן", "균형", "cân bằng")),
    ("powersave", ("энергосберегающий", "экономичный", "енергозберігаючий", "економний", "εξοικονόμησης", "کم مصرف",
                   "صرفه‌جویی", "صرفه جویی", "موفر للطاقة", "חסכוני", "절전", "tiết kiệm")),
    ("performance", ("производительный", "продуктивний", "απόδοσης", "عملکرد بالا", "پرفورمنس", "الأداء العالي",
                     "ביצועים", "성능", "hiệu suất cao")),
    ("wifi", ("вайфай", "wifi", "wi-fi", "wlan", "वाईफाई", "와이파이", "الواي فاي", "वाइफाइ", "ওয়াইফাই", "ওয়াই-ফাই")),
    # the SIM's network and mobile data ("সিমের নেটওয়ার্ক"), said in English
    ("sim", ("सिम", "সিম")),
    ("mobile data", ("मोबाइल डेटा", "मोबाइल डाटा", "মোবাইল ডেটা", "মোবাইল ডাটা", "모바일 데이터")),
    ("led", ("led", "светодиод", "светодиодом", "світлодіод", "світлодіодом", "ledul", "led-ul", "एलईडी", "এলইডি")),
    ("light", ("лампочку", "лампочкой", "лампу", "лампой", "подсветку", "подсветкой", "лампочкою", "đèn",
               "बत्ती", "λαμπάκι", "lumina", "불", "조명", "taa", "বাতি", "আলো", "লাইট", "بتی", "لائٹ", "الضوء", "ضوء",
               "اللمبة", "لمبة", "الإضاءة")),
    ("usb stick", ("флешку", "флешка", "флэшку", "флешкою", "usb", "стик", "στικάκι", "stick-ul", "stickul",
                   "pen drive", "पेन ड्राइव", "유에스비",
                   # (the letters said in another script: "کنگسٹن یو ایس بی", "ইউএসবি")
                   "یو ایس بی", "یوایس بی", "یو اس بی", "يو إس بي", "यूएसबी", "यू एस बी", "ইউএসবি", "ইউ এস বি",
                   "פלאשדרייב", "ยูเอสบี")),
    # a drive's size and maker, said in another script ("64 جی بی والی کنگسٹن یو ایس بی": the 64 GB Kingston stick)
    ("gb", _GB),
    ("kingston", ("кингстон", "кінгстон", "کنگسٹن", "کینگستون", "किंगस्टन", "কিংস্টন", "كينغستون", "קינגסטון",
                  "킹스턴", "キングストン", "金士顿", "คิงส์ตัน")),
    ("sandisk", ("сандиск", "сандіск", "سین ڈسک", "سن دیسک", "सैनडिस्क", "স্যানডিস্ক", "سانديسك", "סנדיסק", "샌디스크",
                 "サンディスク", "闪迪", "แซนดิสก์")),
    ("samsung", ("самсунг", "سام سنگ", "سامسونگ", "सैमसंग", "স্যামসাং", "سامسونج", "סמסונג", "삼성", "サムスン", "三星",
                 "ซัมซุง")),
    ("seagate", ("сигейт", "سیگیٹ", "سیگیت", "सीगेट", "সিগেট", "سيجيت", "סיגייט", "씨게이트", "シーゲイト", "希捷")),
    # (and said of a light in the feminine: "красной лампочкой", "червоною лампою", "червона лампа")
    ("red", ("красный", "красную", "красным", "червоний", "червону", "червоним", "κόκκινο", "roșu", "đỏ",
             "красная", "красной", "красною", "красного", "червона", "червоною", "червоної", "червоного",
             "लाल", "빨간", "nyekundu", "रातो", "লাল", "لال", "سرخ", "قرمز", "الأحمر", "أحمر", "الحمراء", "حمراء")),
    ("green", ("зелёный", "зелёную", "зелёным", "зелений", "зелену", "зеленим", "πράσινο", "verde", "xanh",
               "зелёная", "зелёной", "зелёною", "зелёного", "зелена", "зеленою", "зеленої", "зеленого",
               "हरा", "초록", "kijani", "हरी", "हरे", "हरियो", "সবুজ", "ہری", "ہرا", "ہرے", "سبز", "الأخضر", "أخضر",
               "الخضراء", "خضراء")),
    ("powersave mode", ("режим энергосбережения", "энергосбережение", "энергосбережения", "режим экономии",
                        "режим экономии энергии", "экономный режим", "режим енергозбереження",
                        "енергозбереження", "економний режим", "λειτουργία εξοικονόμησης ενέργειας",
                        "εξοικονόμηση ενέργειας", "modul de economisire a energiei", "modul economic",
                        "economisire energie", "chế độ tiết kiệm năng lượng", "chế độ tiết kiệm pin",
                        "chế độ tiết kiệm điện", "وضع توفير الطاقة", "توفير الطاقة", "절전 모드", "절전모드",
                        "power saving mode", "powersave mode", "पावर सेविंग मोड", "पावर सेव मोड", "पावर सेवर मोड",
                        "পাওয়ার সেভিং মোড", "পাওয়ার সেভ মোড", "پاور سیونگ موڈ", "پاور سیو موڈ",
                        # (Hebrew writes "to" onto the next word: "למצב")
                        "מצב חיסכון בחשמל", "למצב חיסכון בחשמל", "מצב חיסכון באנרגיה", "למצב חיסכון באנרגיה",
                        "מצב חיסכון", "למצב חיסכון",
                        # (Persian, the compound written with its non-joiner or apart: "صرفه‌جویی")
                        "حالت صرفه‌جویی انرژی", "حالت صرفه جویی انرژی", "حالت صرفه‌جویی", "حالت کم مصرف",
                        "حالت ذخیره انرژی")),
    ("performance mode", ("режим производительности", "производительность", "производительный режим",
                          "максимальная производительность", "продуктивність", "режим продуктивності",
                          "λειτουργία απόδοσης", "modul performanță", "modul de performanță",
                          "chế độ hiệu suất", "chế độ hiệu suất cao", "chế độ hiệu suất cao nhất", "chế độ hiệu năng",
                          "chế độ hiệu năng cao", "chế độ hiệu năng cao nhất", "режим максимальной производительности",
                          "режим максимальної продуктивності", "λειτουργία υψηλής απόδοσης",
                          "modul de performanță maximă",
                          "وضع الأداء العالي", "최대 성능 모드", "وضع الأداء", "성능 모드",
                          "고성능 모드", "performance mode", "परफॉर्मेंस मोड", "परफॉरमेंस मोड", "পারফরম্যান্স মোড",
                          "پرفارمنس موڈ", "מצב ביצועים", "למצב ביצועים", "מצב ביצועים גבוהים", "למצב ביצועים גבוהים",
                          "حالت عملکرد بالا", "حالت پرفورمنس", "حالت کارایی بالا")),
    ("balanced mode", ("сбалансированный режим", "обычный режим", "збалансований режим",
                       "ισορροπημένη λειτουργία", "modul echilibrat", "chế độ cân bằng", "الوضع المتوازن",
                       "균형 모드", "balanced mode", "बैलेंस्ड मोड", "নরমাল মোড", "ব্যালেন্সড মোড", "नॉर्मल मोड",
                       "نارمل موڈ", "بیلنسڈ موڈ", "מצב מאוזן", "למצב מאוזן", "מצב רגיל", "למצב רגיל", "حالت متعادل",
                       "حالت عادی"))) for w in words}
# Korean particles after an object ("nginx를", "절전 모드로")
_KOREAN_PARTICLES = "을|를|은|는|이|가|으로|로"
# ... and "of", "at" ("1번 탱크의 모니터", "2번 방에")
_KOREAN_PARTICLE = re.compile(f"(?:{_KOREAN_PARTICLES}|의|에|에서)$")
_PHRASES = re.compile(rf"(?<![^\s,])({_alternatives(w for w in _WORDS if ' ' in w)})(?:{_KOREAN_PARTICLES})?"
                      r"(?![^\s,.!?])")


@functools.cache
def _glossary_phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    """The glossary's forms of more than one word in these languages ("máy bơm", "пожарная
    сигнализация"), as one word each (a form is read as the first word that lists it)."""
    text = resources.files(__package__).joinpath("glossary.json").read_text("utf-8")
    phrases: dict[str, str] = {}
    for english, languages in json.loads(text).items():
        for language in _SPACED_LANGUAGES:
            for form in languages.get(language, ()):
                if " " in form:
                    phrases.setdefault(" ".join(typed(form).split()), english)
        for form in languages.get("he", ()):
            # (Hebrew says "the" of a phrase on its last word: "חדר מתים", "חדר המתים")
            if " " in form and not (said := typed(form).split())[-1].startswith(_HE_THE):
                phrases.setdefault(" ".join([*said[:-1], _HE_THE + said[-1]]), english)
    pattern = _alternatives(phrases) or "(?!)"
    return re.compile(rf"(?<![^\s,])({pattern})(?:{_KOREAN_PARTICLES})?(?![^\s,.!?])"), phrases


_SPACED_LANGUAGES = ("ru", "uk", "ko", "vi", "hi", "ne", "bn", "el", "ro", "ar", "sw", "he", "ur", "fa")
_HE_THE = typed("ה")
# A Korean ordinal said in two words ("두 번째"), read as one ("두번째")
_KO_ORDINAL = re.compile(r"(?<![^\s,])(첫|두|세|네|다섯)\s+번째(?![^\s,])")


# Logs switched off or stopped ("σβήσε τα logs του mosquitto", "color-matchのlogを消して": "σβήσε" and "消して" also
# erase): the logs are no unit, and erasing them or stopping what writes them is not in the catalog
_LOGS_OFF = re.compile(r"(?:turn|stop)\s.*(?<![\w-])logs?(?![\w-])")


def as_english(text: str, names: Callable[[str], bool]) -> str | None:
    """The command in English (see _read), never logs switched off or stopped (_LOGS_OFF)."""
    read = _read(text, names)
    return None if read is not None and _LOGS_OFF.match(read) else read


# Why, said with a request that says when: a Japanese reason said first, ending on a plain verb, adjective or copula
# before "because" ("ハーフタイムに入るから15分後に再起動して", "段替えが終わってからにしたいので、2時間後に..."; never
# "10時から", from a time, nor "終わってから", after it: a condition); a last clause that says what happens then
# ("..., 그때 빔 덤프야": the beam dump is then), or that the work is done for the day ("..., линия на сегодня всё")
_JA_REASON = re.compile(r"(?P<reason>[^、,。]+?[るただいすな])(?:から|ので|んで)[、,\s]*(?P<request>[^、,。]+)")
_JA_NOT_A_REASON = re.compile(_alternatives((
    "ない", "ません", "なら", "たら", "れば", "ず", "なかった", "まだ", "かな", "かも",
    # (what was said, when, a hedge: "部長が言ったから", "止まった時", "たぶん")
    "言った", "言って", "言う", "言われ", "によると", "って言", "だって", "時", "とき", "たぶん", "多分", "おそらく",
    "場合")))
_DELAYED = re.compile(r" in \d+ (?:minutes|seconds)$")
# ... a state, a past or what does not happen, said of a request that does not wait ("止まってるので", "雨なので")
_JA_A_STATE = tuple(typed(w) for w in ("ない", "た", "だ", "な", "い", "ている", "てる", "ていた", "てた"))
_THEN = _alternatives(("그때", "그 때", "그때쯤", "その時", "その頃", "тогда", "в это время", "тоді", "τότε"))
_IS_THEN = _alternatives(("이야", "야", "예요", "이에요", "입니다", "이거든", "だ", "です", "будет", "буде"))
_THEN_SAID = re.compile(rf"(?:{_THEN})\s+(?P<what>[^\s,]+(?:\s+[^\s,]+){{0,2}}?)\s*(?:{_IS_THEN})?")
# ... or after what, said in Hindi, Urdu, Nepali or Bengali ("सिस्टम को आधे घंटे बाद रीबूट करो, अरदास के बाद": after the
# prayer, which the delay already waits out), as English reads "reboot in half an hour, after the ardas"
_AFTER_POSTPOSITION = _alternatives(("के बाद", "के पश्चात", "کے بعد", "को पछि", "पछि", "এর পরে", "এর পর", "র পরে", "র পর",
                                    "পরে"))
_AFTER_SAID = re.compile(rf"(?P<what>[^\s,]+(?:\s+[^\s,]+){{0,1}}?)\s+(?:{_AFTER_POSTPOSITION})")
_DONE_FOR_TODAY = re.compile("(?:" + _alternatives((
    "линия на сегодня всё", "смена на сегодня всё", "на сегодня всё", "мы на сегодня всё", "на сегодня закончили",
    "мы закончили", "мы закончили на сегодня", "смена закончилась", "лінія на сьогодні все", "на сьогодні все",
    "ми закінчили", "ми на сьогодні все", "зміна закінчилась", "오늘은 끝났어", "오늘 작업 끝났어", "작업 끝났어",
    "오늘은 여기까지", "今日はもう終わり", "今日は終わり", "今天收工了", "今天结束了", "τελειώσαμε",
    "τελειώσαμε για σήμερα",
    "סיימנו", "סיימנו להיום", "انتهينا", "انتهينا لليوم", "hôm nay xong rồi", "xong việc rồi", "आज का काम खत्म",
    "आज का काम ख़त्म")) + r")[\s.!]*")


# ... or that it is hot, cold or close where the thing is ("أعد تشغيل تكييف إسطبل الخيول، الجو حار جداً هناك", "...,
# там очень жарко", "..., חם מאוד שם"): a last clause of the weather alone, no negation, condition or time in it
_HOT = ("حار", "حارة", "بارد", "باردة", "رطب", "خانق", "жарко", "холодно", "душно", "сыро", "спекотно", "волого",
        "חם", "קר", "לח", "ζέστη", "κρύο", "nóng", "lạnh", "गर्मी", "ठंड", "उमस", "گرمی", "سردی",
        # ... or that the water is lukewarm or cold, said of a heater ("..., המים פושרים", "..., вода холодная")
        "פושרים", "פושר", "פושרת", "קרים", "فاتر", "فاترة", "فاترين", "холодная", "еле тёплая", "чуть тёплая",
        "прохладная", "холодна", "ледь тепла", "прохолодна", "χλιαρό", "κρύο", "âm ấm", "गुनगुना", "ठंडा",
        "نیم گرم", "سرد")
_HOT_THERE = re.compile(typed(
    rf"(?:(?:الجو|الطقس|там|тут|здесь|в помещении|у приміщенні|κάνει|trong đó|ở đó|ngoài đó|वहाँ|वहां|यहाँ|यहां|"
    rf"وہاں|یہاں|המים|מים|الماء|المياه|вода|το νερό|nước|पानी|آب)\s+)?"
    rf"(?:(?:очень|слишком|ужасно|дуже|надто|πολλή|πολύ|बहुत|بہت)\s+)?(?:{'|'.join(_HOT)})"
    rf"(?:\s+(?:جدا|جداً|جدًا|كثير|كثيرا|مرة|מאוד|מדי|quá|lắm|rồi|है|ہے))*"
    rf"(?:\s+(?:هناك|هنا|там|тут|здесь|שם|פה|כאן|εκεί|εδώ))?"))


# ... or a situation said first, in the spaced languages, before a request that waits ("سنغلق المحل قريباً، أعد
# التشغيل بعد عشر دقائق": we close the shop soon, restart in ten minutes; "смена заканчивается, перезагрузи через 10
# минут"): a clause of a few words with no verb of the catalog, name, number, negation, condition, time it waits
# for, report, wish or hedge ("когда ...", "the boss said", "ربما"), no quote, no Korean (its endings say these)
_SITUATION_FIRST = re.compile(r"(?P<situation>[^,،.!?;:\"'«»„“”]+)[,،.]\s*(?P<request>[^,،.!?;:]+[.!]*)")
_NOT_A_SITUATION = frozenset(typed(w) for w in (
    "когда", "после", "перед", "до", "пока", "как", "сказал", "сказала", "сказали", "говорит", "говорят", "просит",
    "просил", "просила", "велел", "велела", "хочет", "хотят", "может", "возможно", "наверное", "вдруг", "чтобы",
    "коли", "після", "поки", "щойно", "сказав", "каже", "кажуть", "просить", "просив", "хоче", "можливо",
    "мабуть", "щоб", "عندما", "حين", "حينما", "لما", "بعد", "قبل", "حتى", "متى", "قال", "قالت", "قالوا", "يقول",
    "تقول", "طلب", "طلبت", "يطلب", "يريد", "تريد", "ربما", "قد", "لعل", "كي", "لكي", "عند", "כאשר", "אחרי",
    "לפני", "עד", "ברגע", "אמר", "אמרה", "אמרו", "אומר", "אומרת", "ביקש", "ביקשה", "רוצה", "כדי", "όταν",
    "μετά", "πριν", "μέχρι", "μόλις", "είπε", "είπαν", "λέει", "λένε", "ζήτησε", "θέλει", "ίσως", "μάλλον", "να",
    "khi", "sau", "trước", "đến", "nói", "bảo", "yêu cầu", "muốn", "có lẽ", "chắc", "để", "जब", "बाद", "पहले",
    "तक", "कहा", "कहते", "कहती", "बोला", "बोली", "चाहता", "चाहती", "शायद", "ताकि", "যখন", "পরে", "আগে",
    "পর্যন্ত", "বলেছে", "বলল", "বলছে", "চায়", "হয়তো", "जब", "پہلے", "بعد", "جب", "کہا", "شاید", "وقتی", "قبل",
    "گفت", "شاید", "baada", "kabla", "alisema", "anasema", "labda", "mpaka", "hadi"))
_HANGUL = re.compile("[\uac00-\ud7a3]")
# ... or said after it, with no time of its own to wait for ("..., завтра утром": the request says when, not it)
_LATER = frozenset(typed(w) for w in (
    "завтра", "утром", "вечером", "ночью", "потом", "позже", "позднее", "послезавтра", "вранці", "ввечері", "вночі",
    "потім", "пізніше", "αύριο", "απόψε", "μετά", "αργότερα", "το πρωί", "το βράδυ", "غدا", "غداً", "بكرة", "بكره",
    "لاحقا", "لاحقاً", "الليلة", "מחר", "הערב", "בלילה", "אחר", "אחכ", "mai", "tối", "sáng", "chiều", "sau", "कल",
    "शाम", "रात", "सुबह", "आज रात", "বিকেলে", "রাতে", "কাল", "kesho", "jioni", "usiku", "baadaye", "mâine", "diseară",
    "seara", "dimineață", "فردا", "امشب", "بعدا", "بعداً", "کل", "شام"))

# ... and says it with a verb of a statement, in Russian, Ukrainian, Bulgarian or Greek (a present or a past of the
# third person: "шьёт", "идёт", "κεντάει"), never one that asks ("удали логи", "σβήσε τα logs": a request the reading
# would leave undone)
_STATEMENT_ENDS = re.compile(_alternatives(typed(w) for w in (
    "ет", "ёт", "ит", "ат", "ят", "ут", "ют", "ется", "ётся", "ится", "ается", "яется", "ются", "утся", "ятся", "атся",
    "ал", "ала", "ало", "али", "ил", "ила", "ило", "или", "ел", "ела", "ело", "ели", "ють", "ять", "уть", "ать",
    "є", "ує", "ає", "ее", "ве", "ши", "ше", "ей", "ει", "ουν", "ούν", "άνε", "ούνε", "εται", "ονται", "ηκε", "ηκαν",
    "ανε")) + "$")
_ASKING_ENDS = re.compile(_alternatives(typed(w) for w in (
    "ите", "йте", "іть", "ьте", "ай", "яй", "ей", "уй", "юй", "ій", "σε", "ψε", "ξε", "στε", "ψτε", "ξτε", "ισε",
    "ησε")) + "$")
_ASKING_I = re.compile(typed("[бвгджзклмнпрстфхцчшщ]и$"))


def _a_statement(clause: str) -> bool:
    """Whether a clause of Cyrillic or Greek words holds a verb that says (_STATEMENT_ENDS) and none that asks."""
    words = _tokens(clause)
    if not any(_CYRILLIC_OR_GREEK.search(w) for w in words):
        return False
    return any(_STATEMENT_ENDS.search(w) for w in words) and not any(
        _ASKING_I.search(w) or (_ASKING_ENDS.search(w) and not _STATEMENT_ENDS.search(w) and len(w) > 4)
        for w in words if _CYRILLIC_OR_GREEK.search(w))


_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]")


def _a_situation(situation: str, names: Callable[[str], bool]) -> bool:
    """Whether a clause said before a request that waits only says how things are (see _SITUATION_FIRST)."""
    words = _tokens(situation)
    return 0 < len(words) <= 6 and not (set(words) & (_NEVER | _NOT_A_SITUATION)) and not any(
        names(w) or w.startswith(typed("כש")) for w in words) and not re.search(r"\d", situation) and not \
        _HANGUL.search(situation) and not holds_a_verb(situation) and not _CJK.search(situation) and not \
        _THAI.search(situation)


def _a_reason(reason: str) -> bool:
    """Whether a Japanese clause said before "because" only says why (see _JA_REASON): no verb of the catalog in it, no
    negation, condition or question, no name or number."""
    # (what does not happen or work, said last: "測定しない", "動かない", "映らない"; never twice nor a time)
    said = reason.removesuffix(typed("ない")) if reason.endswith(typed("ない")) and not reason.endswith(
        typed("しなくてもいい")) else reason
    return not (_JA_NOT_A_REASON.search(said) or re.search(r"[0-9a-z]", reason) or holds_a_verb(reason)
                or any(verb in reason for verb in _JA_VERBS) or (said != reason and _JA_WHEN.search(said)))


# When a thing is to happen, which a negation said with it makes a time to wait for ("明日まで使わない")
_JA_WHEN = re.compile(_alternatives(("まで", "明日", "あした", "あとで", "後で", "次", "までは", "以降", "から")))


# Why, said first in Korean with "because" on its last word ("화면이 안 나오니까 타이머 재시작해 줘",
# "추워서 ...", "고장 때문에 ..."): never "at" ("창고에서": where), a condition ("...면"), what was said
# ("...다고", "...래서"), a question, a time to wait for ("내일이니까") or a verb of the catalog
_KO_REASON = re.compile(r"(?P<reason>[^,.!?]+?(?:" + _alternatives((
    "니까", "라서", "때문에", "해서", "와서", "워서", "나서", "려서", "파서")) +
    r"))[,.]?\s+(?P<request>[^,.!?]+[.!]*)")
_KO_NOT_A_REASON = re.compile(_alternatives((
    "다고", "라고", "래서", "대서", "냐고", "에서", "내일", "나중", "이따", "오후", "저녁", "밤", "아침",
    "다음", "말고", "마", "혹시", "아마", "시에", "끝나면", "끝나고", "동안", "재시작", "재부팅", "재기동",
    "시작", "정지", "중지", "켜", "꺼", "껐", "켰", "마운트", "전환", "바꿔", "바꿨", "말", "시켜", "시켰",
    "그러", "하래", "했대")))


def _a_korean_reason(reason: str) -> bool:
    """Whether a Korean clause said before a request only says why (see _KO_REASON)."""
    return not (_KO_NOT_A_REASON.search(reason) or re.search(r"[0-9a-z]", reason) or holds_a_verb(reason)) and \
        len(reason.split()) <= 6 and not any(  # (a condition, "나오면"; never a noun, "화면이")
            w.endswith(typed("면")) and _word(w, lambda part: False) is None for w in _tokens(reason))


def _then_said(clause: str) -> bool:
    """Whether a last clause only says what happens then (see _THEN_SAID): no verb, negation or number in it."""
    if (after := _AFTER_SAID.fullmatch(clause.strip(" .!"))) and any(w.isascii() for w in after["what"].split()):
        return False  # ("..., nginx के बाद": after what a name does, which no delay says it waits out)
    return (said := _THEN_SAID.fullmatch(clause.strip(" .!")) or after) is not None and not holds_a_verb(clause) and \
        not (set(said["what"].split()) & _NEVER) and not re.search(r"\d", clause)


# Vietnamese "let" or "make" a thing do it, said first ("cho đèn vàng nhấp nháy": make the yellow light blink), read as
# the verb said first; never after a subject or "don't" ("đừng cho ...", "tôi cho ...": said of what was done)
_VI_VERBS_LAST = ("nhấp nháy", "tắt", "bật", "khởi động lại", "chạy lại", "khởi động", "dừng lại", "dừng")
_VI_CAUSE = re.compile(rf"(?:(?:{_alternatives(('hãy', 'làm ơn'))})\s+)?(?:{_alternatives(('làm cho', 'cho'))})\s+"
                       rf"(?P<thing>[^,.!?;]+?)\s+(?P<verb>{_alternatives(_VI_VERBS_LAST)})"
                       rf"(?P<rest>(?:\s+(?:{_alternatives(('đi', 'nhé', 'lên', 'giúp'))}))*)[\s.!]*")


# Chinese written in traditional characters (Hong Kong, Taiwan: "十分鐘後重新開機") is read as simplified, the
# tables' script, and Cantonese's words as Mandarin's ("真空錶冇讀數，重啟佢": "冇" has not, "佢" it, "唔好"
# don't); never a text with kana, which is Japanese ("再起動して", "電源")
_TRADITIONAL = str.maketrans(dict(zip(
    "啟開關閉機動鐘時後個們這那裡裏電燈網線連斷載裝卸掛換頭號幫請讀數錶氣閥藍紅綠黃橙門風櫃庫廠場車輪帶條盤碼錄"
    "擬監測壓溫濕爐鍋膠單應變處過還從見對聽說話讓給現馬緊發顯示間區層樓廳設備統務器臺溫態點閃爍儲測試聯絡護熱"
    "邊倉業產鋼鐵銅鋁廢標籤價錢費驗證資料庫據應幣節觸擊輸創產嗎麼為與兩們萬係嚮運轉響",
    "启开关闭机动钟时后个们这那里里电灯网线连断载装卸挂换头号帮请读数表气阀蓝红绿黄橙门风柜库厂场车轮带条盘码录"
    "拟监测压温湿炉锅胶单应变处过还从见对听说话让给现马紧发显示间区层楼厅设备统务器台温态点闪烁储测试联络护热"
    "边仓业产钢铁铜铝废标签价钱费验证资料库据应币节触击输创产吗么为与两们万系向运转响", strict=True)))
_CANTONESE = ((typed("唔好"), "不要"), (typed("唔該"), "请"), (typed("唔"), "不"), (typed("冇"), "没"),
              (typed("佢"), "它"), (typed("嗰個"), "那个"), (typed("嗰"), "那"), (typed("啲"), "的"))
_KANA = re.compile("[\u3040-\u30ff]")


def _simplified(text: str) -> str:
    """Traditional Chinese and Cantonese said in simplified Mandarin (see _TRADITIONAL); Japanese as it was."""
    if _KANA.search(text) or not _CJK.search(text):
        return text
    text = text.translate(_TRADITIONAL)
    for cantonese, mandarin in _CANTONESE:
        text = text.replace(cantonese, mandarin)
    return text


# Punjabi in Gurmukhi is read as Hindi in Devanagari, letter by letter (the two scripts' letters lie alike in Unicode;
# the tippi is an anusvara, the addak doubles the next letter): "ਬਿਨ 4 ਵਾਲਾ ਬਰਨਰ ਦੁਬਾਰਾ ਚਾਲੂ ਕਰੋ ਜੀ" is "बिन 4 वाला बरनर
# दोबारा चालू करो जी", the burner of bin 4 restarted; Punjabi's own spelling of a word is said as Hindi's
_GURMUKHI = str.maketrans({**{chr(c): chr(c - 0x100) for c in range(0xA01, 0xA70)
                              if unicodedata.name(chr(c), "") and unicodedata.name(chr(c - 0x100), "")},
                           "\u0a70": "\u0902", "\u0a71": None})
_PUNJABI_SPELLING = ((typed("दुबारा"), typed("दोबारा")),
                     # "of" and the object's "to" as Hindi says them ("ਮਸ਼ੀਨ ਦੀ ਸਰਵਿਸ": मशीन की सर्विस; "ਲਾਈਟ ਨੂੰ":
                     # लाईट को), never "give" after "do" ("ਬੰਦ ਕਰ ਦੇ" stays कर दे)
                     (f"(?<!{typed('कर')} ){typed('दी')}", typed("की")), (typed("दा"), typed("का")),
                     (f"(?<!{typed('कर')} ){typed('दे')}", typed("के")), (typed("नूं"), typed("को")),
                     (typed("कर दिओ"), typed("कर दो")))
# ... and a plural in "-ਆਂ" as Hindi's "-ियां" ("ਰੋਟੀਆਂ": रोटियां; "ਸ਼" is श already, see interpret.normalise)
_PUNJABI_PLURAL = re.compile("\u0940\u0906\u0902(?!\\S)")


def _as_devanagari(text: str) -> str:
    """Punjabi in Gurmukhi as Hindi in Devanagari (see _GURMUKHI); other text as it was."""
    if not re.search("[\u0a00-\u0a7f]", text):
        return text
    text = text.translate(_GURMUKHI)
    text = _PUNJABI_PLURAL.sub("\u093f\u092f\u093e\u0902", text)
    for punjabi, hindi in _PUNJABI_SPELLING:
        text = re.sub(rf"(?<!\S){punjabi}(?!\S)", hindi, text)
    return text


# Arabic's "the" written onto a word in Latin letters or a number, with a tatweel or not ("شغّل الـ4G", "الـwifi"): the
# word alone
_AR_THE_LATIN = re.compile("(?<![^\\s,\u060c])\u0627\u0644\u0640*(?=[0-9a-z])")


# A light made to blink, said as "make it so that it blinks" in Russian and Ukrainian ("зроби так, щоб червоний
# світлодіод блимав", "сделай, чтобы лампа мигала") or "let it flash" in Arabic ("خلّي اللمبة تومض"): read as "blink
# <it>"; never with a negation inside ("... щоб світлодіод не блимав" is not read)
_MAKE = _alternatives(typed(w) for w in (
    "сделай так чтобы", "сделай так, чтобы", "сделай чтобы", "сделай, чтобы", "сделайте так, чтобы", "сделай так чтоб",
    "сделай так, чтоб", "зроби так щоб", "зроби так, щоб", "зроби, щоб", "зроби щоб", "зробіть так, щоб",
    "خلّي", "خلي", "خل", "اجعل", "خلّوا", "خلوا"))
_BLINKING = _alternatives(typed(w) for w in (
    "мигал", "мигала", "мигало", "мигали", "моргал", "моргала", "моргало", "моргали", "блимав", "блимала", "блимало",
    "блимали", "تومض", "يومض", "تومضي", "تفلش", "يفلش", "ترمش", "يرمش"))
_SO_THAT = _alternatives(typed(w) for w in ("عشان", "علشان", "كي", "لكي", "чтобы", "чтоб", "щоб", "щоби"))
_CAUSED = re.compile(rf"(?:{_MAKE})\s+(?P<thing>[^,،.!?]+?)\s+(?:{_BLINKING})"
                     rf"(?P<rest>(?:[,،.]|\s+(?:{_SO_THAT})\s).*)?")
_CAUSED_AS = {"cyrillic": typed("мигай"), "arabic": typed("ومّض")}
# ... and why a light blinks, said after it: that someone looks for it or finds it in the dark ("..., шукаю шафу в
# темряві", "... عشان الفريق 2 يلاقي الجهاز في الظلام"), said only of a blink, with no negation, condition or question
_IN_THE_DARK = re.compile(r"(?:[,،.]\s*|\s+(?:" + _SO_THAT + r")\s+)(?P<why>[^,،.!?]+?)[\s.!]*$")
_DARK = _alternatives(typed(w) for w in (
    "темноте", "темноті", "темряві", "потёмках", "потемках", "الظلام", "العتمة", "الظلمة", "בחושך", "σκοτάδι",
    "στο σκοτάδι"))
_LOOKED_FOR = _alternatives(typed(w) for w in (
    "ищу", "ищем", "ищут", "найти", "найду", "найдём", "найдем", "нашли", "нашёл", "шукаю", "шукаємо", "шукають",
    "знайти", "знайду", "знайдемо", "знайшли", "يلاقي", "يلاقوا", "نلاقي", "ألاقي", "الاقي", "تلاقي", "يجد", "يجدوا",
    "نجد", "أجد", "اجد", "لنجد", "ليجد", "نشوف", "يشوف", "يشوفوا", "אמצא", "נמצא", "למצוא", "ימצאו", "ψάχνω",
    "ψάχνουμε", "βρω", "βρούμε", "βρουν"))
_NOT_IN_THE_DARK = frozenset(typed(w) for w in (
    "не", "ні", "нет", "если", "якщо", "коли", "когда", "لا", "ما", "مش", "مو", "إذا", "اذا", "لو", "إن", "لما",
    "לא", "אם", "δεν", "μην", "αν", "можно", "можна"))


def _found_in_the_dark(text: str, names: Callable[[str], bool]) -> str | None:
    """A blink with why after it (_IN_THE_DARK), read without it."""
    for said in _IN_THE_DARK.finditer(text):
        why = said["why"]
        if said.end() == len(text) and re.search(_DARK, why) and re.search(_LOOKED_FOR, why) and len(why.split()) <= 8 \
                and not set(why.split()) & _NOT_IN_THE_DARK and (delayed := _delay(why)) is not None and \
                delayed[0] is None and \
                (read := _read(text[:said.start()], names)) is not None and read.startswith("blink "):
            return read
    return None


def _read(text: str, names: Callable[[str], bool]) -> str | None:
    """The command in English when it is a closed form of these languages; None when it holds
    none of their verbs, or cannot be read whole (then it is left as it was, and refused). A last
    clause that only says what fails ("..., δεν μετράει τίποτα", "..., он не отвечает") is
    passed over (see _only_trouble); a thing said failing first, before a request of "it" ("..., इसे
    रीस्टार्ट करो"), is what the request acts on."""
    text = _AR_THE_LATIN.sub("", _as_devanagari(_simplified(text.translate(glossary.LOOKALIKES).strip())))
    text = _SIZE_SAID.sub(r"\1gb", text)
    if caused := _VI_CAUSE.fullmatch(text):
        text = f"{caused['verb']} {caused['thing']}{caused['rest']}"  # "cho đèn vàng nhấp nháy": "nhấp nháy đèn vàng"
    if "?" not in text and (caused := _CAUSED.fullmatch(text.rstrip(" .!"))) and \
            not set(caused["thing"].split()) & _NOT_IN_THE_DARK:
        verb = _CAUSED_AS["arabic" if _ARABIC.search(caused["thing"]) else "cyrillic"]
        text = f"{verb} {caused['thing']}{caused['rest'] or ''}"  # "зроби так, щоб світлодіод блимав": "блимай ..."
    if "?" not in text and (read := _found_in_the_dark(text, names)) is not None:
        return read
    if "?" not in text and "？" not in text and (alone := _LEFT_ALONE.search(text)) and \
            (thing := _cjk_object(alone["thing"], names, after_ba=True)) and \
            (read := _read(text[:alone.start()].rstrip(",，、 "), names)) is not None:
        return f"{read}, leave the {' '.join(thing)} alone"  # "...を再起動してください。エクスポーターは触らないでね。"
    if "?" not in text and (said := _TROUBLE_SENTENCE.search(text)) and _only_trouble_said(said["sentence"], names) \
            and (read := _read(text[:said.start()], names)) is not None:
        return read  # "...を再起動してください。印刷されていません。", "... 재시작해 주세요. 화면이 안 나와요."
    if "?" not in text and (why := _JA_REASON.fullmatch(text.rstrip(_CJK_END))) and _a_reason(why["reason"]) and (
            request := _read(why["request"], names)) is not None and (
                not why["reason"].endswith(typed("ない")) if _DELAYED.search(request) else
                why["reason"].endswith(_JA_A_STATE)):
        # "ハーフタイムに入るから15分後に再起動して", "今日は測定しないので、省電力モードにして": why (what does not
        # happen, said of a request that waits, may say what it waits for: "終わらないから2時間後に"; what is to
        # happen, of a request that does not: "ハーフタイムに入るから再起動して")
        return request
    if "?" not in text and (why := _KO_REASON.fullmatch(text)) and _a_korean_reason(why["reason"]) and \
            (request := _read(why["request"], names)) is not None:
        return request  # "오늘은 측정 안 하니까 절전 모드로 바꿔 줘": why, said first in Korean
    if "?" not in text and (first := _SITUATION_FIRST.fullmatch(text)) and _a_situation(first["situation"], names) \
            and (request := _read(first["request"], names)) is not None and _DELAYED.search(request):
        return request  # "سنغلق المحل قريباً، أعد التشغيل بعد عشر دقائق": how things are, said first
    if _CJK.search(text):
        return _cjk_failed_first(text, names) or _unspaced(text, names)
    if _THAI.search(text):
        return _thai(text, names)
    if "?" not in text and (failed := _FAILED_FIRST.fullmatch(text)) and _a_subject(failed["thing"], names, 5) and (
            failed["it"] or _SPACED_VERB.fullmatch(" ".join(_COURTESY.sub(" ", failed["request"]).split()))):
        # "ट्रफ 2 वाला पंखा सर्विस फेल पड़ा है, इसे रीस्टार्ट करो": the request, of the thing said failing first
        # (without "it", the request is its verb alone: "টেবিল ২ এর কাটার হ্যাং হয়ে গেছে, রিস্টার্ট দাও")
        return _spaced(f"{failed['thing']} {failed['request']}", names)
    if "?" not in text and (read := _failed_first(text, names)) is not None:
        return read  # "controllerul difuzorului s-a blocat, repornește-l", "스코어보드 멈췄어, 재시작해줘"
    if "?" not in text and (why := _BECAUSE_SAID.search(text)) and why.start() and _what_fails(why["clause"], names) \
            and (read := _spaced(text[:why.start()], names)) is not None:
        return read  # "Перезапусти принтер, потому что он не печатает": what fails, said after "because"
    if (read := _spaced(text, names)) is None and "?" not in text and (said := _TROUBLE_CLAUSE.search(text)):
        clause = said["clause"]
        if _only_trouble(clause, names) or _only_trouble_said(clause, names) or _failed_said(clause, names) or \
                _DONE_FOR_TODAY.fullmatch(clause) or _HOT_THERE.fullmatch(clause.strip(" .!")):
            return _spaced(text[:said.start()], names)
        if _then_said(clause) and (head := _spaced(text[:said.start()], names)) is not None and _DELAYED.search(head):
            return head  # "10분 후에 재부팅해 줘, 그때 빔 덤프야": what happens when it waits
        if _a_situation(clause, names) and _a_statement(clause) and not set(_tokens(clause)) & _LATER and \
                (head := _spaced(text[:said.start()], names)) is not None and _DELAYED.search(head):
            return head  # "Перезагрузи через полчаса, сейчас машина шьёт логотип": how things are, why it waits
        if (fine := _fine_said(clause, names)) and (read := _spaced(text[:said.start()], names)) is not None:
            return f"{read}, {fine}"  # "..., ওয়াইফাই এখন ঠিক আছে": said in English, as English is read
    return read


# "Because", said before what fails after the request, in the spaced languages ("..., потому что он не печатает",
# "... γιατί δεν τυπώνει", "... لأنها لا تطبع", "... כי היא לא מדפיסה"): what follows is judged as a last clause of
# what fails is (_what_fails), nothing else
_BECAUSE_SAID = re.compile(r"\s*,?\s+(?:" + _alternatives(typed(w) for w in (
    "потому что", "так как", "тому що", "бо", "оскільки", "защото", "понеже", "γιατί", "επειδή", "διότι",
    "pentru că", "deoarece", "fiindcă", "vì", "bởi vì", "tại vì", "क्योंकि", "किनभने", "किनकि", "কারণ",
    "کیونکہ", "چون", "زیرا", "لأن", "لأنه", "لأنها", "لانه", "لانها", "כי", "kwa sababu", "kwa kuwa")) +
    r")\s+(?P<clause>[^,;:?!()\"«»]+?)[\s.!]*$")


def _what_fails(clause: str, names: Callable[[str], bool]) -> bool:
    """Whether a clause only says what fails, or how hot it is there (as a last clause after a comma may)."""
    return _only_trouble(clause, names) or _only_trouble_said(clause, names) or _failed_said(clause, names) or \
        bool(_HOT_THERE.fullmatch(clause.strip(" .!")))


# How a thing failed, said in Hindi, Nepali or Bengali: a state it fell into ("फेल पड़ा है", "बन्द भएको छ",
# "হ্যাং হয়ে গেছে"), stuck or stopped, or that it does not work or run. Said first with the thing, before
# a request of "it" ("..., इसे रीस्टार्ट करो"), or last after a comma ("..., यह फेल हो गया है")
_FAILED = _alternatives([
    *(f"{state} {became}" for state in ("फेल", "बंद", "हैंग", "क्रैश", "डाउन", "खराब", "ख़राब")
      for became in ("पड़ा है", "पड़ी है", "पड़े हैं", "पड़ा", "पड़ी", "हो गया है", "हो गई है", "हो गए हैं", "हो गया",
                     "हो गई", "हो गए", "है", "हैं")),
    *(f"{stem} {done}" for stem in ("अटक", "रुक") for done in ("गया है", "गई है", "गए हैं", "गया", "गई", "गए")),
    "अटका हुआ है", "अटकी हुई है", "रुका हुआ है", "रुकी हुई है", "काम नहीं कर रहा", "काम नहीं कर रहा है",
    "काम नहीं कर रही", "काम नहीं कर रही है",
    # what does not run, show, come, arrive, open or change ("तापमान नहीं दिख रहा", "ग्राहकों को टोकन नहीं मिल रहा")
    *(f"नहीं {stem} {going}" for stem in ("चल", "दिख", "आ", "मिल", "खुल", "बदल", "पहुँच", "पहुंच", "जा", "छप")
      for going in ("रहा", "रही", "रहे", "रहा है", "रही है", "रहे हैं")),
    # (said the other way round: "दिख नहीं रहे", "मिल नहीं रहा")
    *(f"{said} {going}{be}" for said in ("दिख नहीं", "मिल नहीं") for going in ("रहा", "रही", "रहे")
      for be in ("", " है", " हैं")),
    *(f"{state} {became}" for state in ("फेल", "बन्द", "ह्याङ", "क्र्यास", "डाउन")
      for became in ("भएको छ", "भयो", "भइसक्यो", "छ")),
    "अड्किएको छ", "अड्कियो", "रोकिएको छ", "रोकियो", "बिग्रियो", "बिग्रेको छ", "चलेको छैन", "चलिरहेको छैन",
    "काम गरेको छैन", "काम गर्दैन", "देखिँदैन", "देखिएको छैन", "आउँदैन", "आएको छैन", "पाइएको छैन",
    *(f"{state} {became}" for state in ("ফেল", "বন্ধ", "হ্যাং", "ক্র্যাশ", "ডাউন", "খারাপ")
      for became in ("হয়ে গেছে", "হয়ে আছে", "হয়েছে", "করেছে", "মেরেছে")),
    "আটকে গেছে", "আটকে আছে", "থেমে গেছে", "থেমে আছে", "কাজ করছে না", "চলছে না", "দেখাচ্ছে না", "আসছে না",
    "পাচ্ছে না", "দেখা যাচ্ছে না",
    # Urdu, as Hindi says it ("..., بیلٹ رک گئی ہے", "..., سنگت کو آواز نہیں آ رہی")
    *(f"{state} {became}" for state in ("فیل", "بند", "ہینگ", "کریش", "ڈاؤن", "خراب")
      for became in ("پڑا ہے", "پڑی ہے", "ہو گیا ہے", "ہو گئی ہے", "ہو گئے ہیں", "ہو گیا", "ہو گئی", "ہو گئے")),
    *(f"{stem} {done}" for stem in ("اٹک", "رک") for done in ("گیا ہے", "گئی ہے", "گئے ہیں", "گیا", "گئی", "گئے")),
    "کام نہیں کر رہا", "کام نہیں کر رہی", "کام نہیں کر رہا ہے", "کام نہیں کر رہی ہے",
    *(f"نہیں {stem} {going}" for stem in ("چل", "دکھ", "آ", "مل", "کھل", "بدل", "پہنچ", "چھپ")
      for going in ("رہا", "رہی", "رہے", "رہا ہے", "رہی ہے", "رہے ہیں"))])
# "It", "this" and "that", said for the thing just named: Hindi, Nepali, Bengali
_IT = _alternatives(("इसे", "उसे", "इसको", "उसको", "यसलाई", "त्यसलाई", "এটা", "এটাকে", "ওটা", "ওটাকে", "এটি",
                     "ওটি", "এটিকে", "ওটিকে"))
# ... "again" said before how ("প্রিন্টারটা আবার আটকে গেছে", "पंप फिर से अटक गया है": it failed again)
_FAILED_AGAIN = _alternatives(("फिर से", "फिरसे", "फिर", "फेरि", "আবার", "আবারও", "আবারো", "پھر سے", "پھر"))
_FAILED_FIRST = re.compile(rf"(?P<thing>[^,।]+?)\s+(?:(?:{_FAILED_AGAIN})\s+)?(?:{_FAILED})\s*[,।]\s*"
                           rf"(?:(?P<it>{_IT})\s+)?(?P<request>[^,।]+?)"
                           r"[\s।.!]*")
# ... and, said last only, a reading that rose or fell too far ("..., नमी बहुत बढ़ गई है", "..., আর্দ্রতা অনেক বেড়ে গেছে"):
# why, as English reads "..., the humidity went way up" (never said first, where "it" could be the reading)
_RISEN = _alternatives([
    *(f"{much}{stem} {went}{be}" for much in ("", "बहुत ", "काफी ", "ज़्यादा ", "बहुत ज़्यादा ")
      for stem in ("बढ़", "घट", "गिर") for went in ("गया", "गई", "गए") for be in ("", " है", " हैं")),
    # (or rising, falling: "नमी बढ़ रही है")
    *(f"{much}{stem} {going}" for much in ("", "बहुत ", "लगातार ") for stem in ("बढ़", "घट", "गिर")
      for going in ("रहा है", "रही है", "रहे हैं", "रहा", "रही", "रहे")),
    *(f"{much}{state} {became}" for much in ("बहुत ", "काफी ") for state in ("ज़्यादा", "कम", "ऊपर", "नीचे")
      for became in ("है", "हो गया है", "हो गई है", "हो गया", "हो गई")),
    *(f"{much}{stem} {went}" for much in ("", "অনেক ", "খুব ") for stem in ("বেড়ে", "কমে")
      for went in ("গেছে", "গিয়েছে"))])
_FAILED_LAST = re.compile(rf"(?P<subject>.*?)\s*(?<![^\s,])(?:(?:{_FAILED_AGAIN})\s+)?(?:{_FAILED}|{_RISEN})[\s।.!]*")
# How a thing is when it fails, in Arabic: stuck, hung, stopped, broken, off, cut, wrong, late (said of a thing or
# of one said feminine: "معلّق", "معلّقة"), or what it did ("علّق", "تعطّلت"); never "توقف" or "وقف", which also say
# "stop!"
_AR_STATES = tuple(f"{state}{feminine}" for state in (
    "معلق", "عالق", "متوقف", "واقف", "معطل", "خربان", "مقطوع", "مفصول", "طافي", "خاطئ", "متأخر", "متجمد", "مهنق",
    "مضروب", "ضعيف", "بطيء") for feminine in ("", "ة")) + (
    "علق", "علقت", "تعطل", "تعطلت", "خرب", "خربت", "غلط", "خطأ", "مش شغال", "مش شغالة", "مو شغال", "مو شغالة",
    "ما يشتغل", "ما تشتغل", "لا يعمل", "لا تعمل")
# ... and so in Romanian and Korean, said first, before a request of it ("controllerul difuzorului s-a blocat,
# repornește-l", "스코어보드 멈췄어, 재시작해줘"): a state it fell into, stuck, stopped, dead, or that it does not work;
# never what it did of itself ("s-a repornit", "재시작됐어" are not listed)
_FAILS = _alternatives((
    *(f"{reflexive}{state}" for reflexive in ("s-a ", "s-au ") for state in (
        "blocat", "oprit", "înțepenit", "prăbușit", "agățat", "stricat", "deconectat")),
    *(f"{be} {state}" for be in ("e", "este", "sunt", "a", "au") for state in (
        "blocat", "blocată", "blocați", "căzut", "picat", "mort", "moartă")),
    *(f"nu {still}{does}" for still in ("", "mai ") for does in ("funcționează", "merge", "răspunde", "reacționează")),
    *(f"{stem}{ending}" for stem in ("멈췄", "죽었", "뻗었", "다운됐", "먹통이 됐", "먹통됐", "고장 났", "고장났",
                                     "꺼졌", "나갔")
      for ending in ("어", "어요", "습니다", "네", "네요")),
    *(f"{stem}{ending}" for stem in ("멈춰 있", "멈춰있", "응답이 없", "반응이 없")
      for ending in ("어", "어요", "습니다", "네요")),
    "먹통이야", "먹통이에요", "먹통", "멈춤", "안 움직여", "안 움직여요", "작동 안 해", "작동 안 해요",
    # Arabic: how it is, of a thing or of one said feminine ("كاميرا الفرز معلّقة", "واقف"), or what it did ("علّقت")
    *_AR_STATES))
# ... and where, in Arabic ("الواي فاي ضعيف في الحظيرة، شغّل الـ4G": weak in the barn)
_FAILS_FIRST = re.compile(rf"(?P<thing>[^,،]+?)\s+(?:{_FAILS})(?:\s+{typed('في')}\s+[^\s,،]+)?\s*")
# "It", said of the thing just named: Romanian on the verb ("repornește-l", "-o", "-i", "-le"), Russian and Ukrainian
# apart ("перезапусти его"), Korean "that one" ("그거 재시작해 줘")
_RO_IT = re.compile(r"^(?P<verb>\S+?)-(?:l|o|i|le)(?=\s|$)")
# ... Arabic on the verb's noun ("أعد تشغيلها", "أعد تشغيله", "أطفئها", "قم بإعادة تشغيلها")
_AR_VERBS = _alternatives(v for v in _FIRST_VERBS if _ARABIC_LETTERS.match(v))
_AR_IT = re.compile(rf"^(?P<verb>{_AR_VERBS})(?:ها|ه|هم|هما)(?=\s|$)")
_AR_IT_SAID = re.compile(rf"(?<![^\s,،])(?:{_AR_VERBS})(?:ها|ه|هم|هما)(?![^\s,.!?،])")
# ... said before a comma, or as a sentence of its own ("스코어보드가 멈췄어요. 재시작해 주세요")
_FIRST_CLAUSE = re.compile(r"\s*[,،]\s*|(?<=[.!])\s+")
# ... in Korean, with what it does not read or send said as its object ("학생증을 안 읽어요"), which is not the thing
_KO_OBJECT = re.compile("(?:을|를)$")
_THE_THING = frozenset(typed(w) for w in ("его", "её", "ее", "их", "його", "її", "їх", "그거", "그것", "이거", "저거",
                                          "אותו", "אותה", "אותם", "אותן"))
# ... and Hebrew "its", said after a part of it ("תפעיל מחדש את הגשר שלה": the camera's bridge)
_HE_ITS = frozenset(typed(w) for w in ("שלה", "שלו", "שלהם", "שלהן"))


def _failed_first(text: str, names: Callable[[str], bool]) -> str | None:
    """The English of a request said after a clause of the thing failing (_FAILS_FIRST in Romanian and Korean;
    a past or a negated present of Russian and Ukrainian, as _only_trouble reads them), of "it" or of nothing
    said: the request, of the thing. None when the thing or the request is not read whole, or the request names
    nothing but the device."""
    said = _FIRST_CLAUSE.split(text.strip(" .!"), maxsplit=1)
    if len(said) != 2 or not (request := said[1].strip()) or _FIRST_CLAUSE.search(request):
        return None
    clause = said[0].rstrip(" .!")
    if (failing := _FAILS_FIRST.fullmatch(clause)) is not None:
        thing = failing["thing"]
    elif (korean := _KO_FAILS.search(clause)) is not None and korean.start() and not holds_a_verb(clause):
        # "좌석 체크인 스캐너가 학생증을 안 읽어요. 재시작해 주세요": the thing, not what it does not read
        words = clause[:korean.start()].split()
        while len(words) > 1 and _KO_OBJECT.search(words[-1]):
            words.pop()
        thing = " ".join(words)
    else:
        words = _tokens(clause)
        at = next((i for i, w in enumerate(words) if w in _TROUBLE_DONE or w in _TROUBLE_NEGATIONS), None)
        if not at or not _only_trouble(clause, names) or any(w in _TROUBLE_SUBJECTS for w in words[:at]):
            return None
        thing = " ".join(words[:at])
    if not 0 < _counted([w for w in _tokens(thing) if w not in _AT and w not in _ORDINALS]) <= 4 or \
            any(w in _PRONOUNS or w in _THE_THING for w in _tokens(thing)):
        return None  # (each of its words is read with the request, or nothing is)
    if set(_tokens(thing)) & (_NEVER | _NOT_A_SITUATION):
        return None  # (what fails under a condition or as reported: "إذا الواي فاي معلق، شغّل 4G", "dacă ...")
    if (alone := _spaced(request, names)) is not None and (len(alone.split()) > 1 or alone == "reboot"):
        return alone  # (a request of its own thing, or of the device: "..., перезагрузи систему")
    said = _tokens(request)
    if len(said) > 2 and said[-1] in _HE_ITS:
        request = f"{' '.join(said[:-1])} {thing}"  # "..., תפעיל מחדש את הגשר שלה": its bridge, the thing's
    elif ro := _RO_IT.match(request) or _AR_IT.match(request):
        request = f"{ro['verb']} {thing}{request[ro.end():]}"  # (the verb first, its object after)
    elif _THE_THING & set(said):
        request = " ".join(thing if w in _THE_THING else w for w in said)
    elif said and typed(said[0]) in {typed(v.split()[0]) for v in _FIRST_VERBS}:
        request = f"{request} {thing}"
    else:
        request = f"{thing} {request}"  # (Korean says the verb last)
    read = _spaced(request, names)
    return read if read is not None and len(read.split()) > 1 and read != "reboot" else None
# ... whose subject may be "it" or "this", as said last
_PRONOUNS = frozenset(typed(w) for w in ("यह", "वह", "वो", "ये", "यो", "त्यो", "এটা", "ওটা", "এটি", "ওটি", "সেটা"))
# How another thing is fine now, said last ("..., ওয়াইফাই এখন ঠিক আছে", "..., वाईफाई अब ठीक है"): said in
# English ("the wifi is fine now"), where a thing said fine that is what the request acts on is read as English is
_FINE = _alternatives(("ठीक है", "ठीक चल रहा है", "ठीक चल रही है", "सही है", "ठीक छ", "ठिक छ", "ठीकै छ",
                       "ঠিক আছে", "ঠিকঠাক চলছে", "ঠিকঠাক আছে", "ভালো আছে", "ভালো চলছে"))
_NOW = _alternatives(("अब", "अभी", "अहिले", "এখন"))
_FINE_LAST = re.compile(rf"(?P<subject>.+?)\s+(?:(?:{_NOW})\s+)?(?:{_FINE})[\s।.!]*")


def _a_subject(said: str, names: Callable[[str], bool], most: int) -> bool:
    """Whether the words say a thing only (words of the glossary, a name, a number of one, or "it"), at most `most`."""
    words = _tokens(said)
    return 0 < len(words) <= most and all(
        w in _FILLERS or w in _PRONOUNS or (w.isascii() and names(w)) or _WHICH_NUMBER.fullmatch(w) or (
            w not in _NEVER and not w.isascii() and (english := _word(w, names)) is not None
            and english not in (["on"], ["for"])) for w in words)


def _failed_said(clause: str, names: Callable[[str], bool]) -> bool:
    """Whether a last clause only says how a thing failed, of "it" or of a thing named by words, no name."""
    return (said := _FAILED_LAST.fullmatch(clause)) is not None and (
        not said["subject"] or _a_subject(said["subject"], lambda word: False, 3))


def _fine_said(clause: str, names: Callable[[str], bool]) -> str | None:
    """A last clause that says a thing of the glossary is fine now, in English; or None."""
    if (said := _FINE_LAST.fullmatch(clause)) is None or not _a_subject(said["subject"], lambda word: False, 2) or \
            any(w in _PRONOUNS or _WHICH_NUMBER.fullmatch(w) for w in _tokens(said["subject"])):
        return None
    words = [e for w in _tokens(said["subject"]) if w not in _FILLERS for e in _word(w, names) or ()]
    return f"the {' '.join(words)} is fine now"


# What fails, said in Greek, Russian or Ukrainian after a comma: a negation, one verb of those
# that say what a thing does (never what someone wants, needs, knows or minds: "δεν πειράζει",
# "не надо", "не стоит" take the request back), before it a subject of words of the glossary and
# after it "nothing", "any more" or such; no name, number, time or question
_TROUBLE_CLAUSE = re.compile(r"[,،]\s*(?P<clause>[^,،;:?!()\"]+?)[\s.!]*$")
# (and Arabic's "not" of a present: "المريض ما يسمعنا", "الشاشة لا تعمل"; its verbs below are of what a thing does,
# never a prohibition, which says "لا" before the second person: "لا تقم")
_TROUBLE_NEGATIONS = frozenset(typed(w) for w in ("δεν", "не", "لا", "ما", "לא"))
_TROUBLE_VERBS = frozenset(typed(w) for w in (
    # Greek
    "λειτουργεί", "λειτουργούν", "δουλεύει", "δουλεύουν", "μετράει", "μετρά", "μετράνε", "στέλνει", "στέλνουν",
    "απαντά", "απαντάει", "ανταποκρίνεται", "φορτώνει", "καταγράφει", "δείχνει", "δείχνουν", "ανοίγει",
    "ανοίγουν", "συνδέεται", "γράφει", "διαβάζει", "τυπώνει", "ανεβαίνει", "ξεκινάει", "ξεκινά",
    # (what a thing does not see, get or let through: "οι σταθμοί εργασίας δεν βλέπουν τα δεδομένα")
    "βλέπει", "βλέπουν", "λαμβάνει", "λαμβάνουν", "παίρνει", "παίρνουν", "φτάνει", "φτάνουν", "έρχεται", "έρχονται",
    # (what is not sent, printed, saved or shown by it, said of what it handles: "η μέτρηση δεν στέλνεται")
    "στέλνεται", "στέλνονται", "τυπώνεται", "τυπώνονται", "αποθηκεύεται", "αποθηκεύονται", "μεταδίδεται",
    "μεταδίδονται", "συγχρονίζεται", "συγχρονίζονται",
    "εμφανίζεται", "εμφανίζονται", "ενημερώνεται", "ενημερώνονται", "βλέπουμε", "λαμβάνουμε", "παίρνουμε",
    # Russian
    "работает", "работают", "отвечает", "отвечают", "считает", "считают", "отправляет", "отправляют",
    "шлёт", "пишет", "пишут", "показывает", "показывают", "грузится", "загружается", "подключается",
    "открывается", "открываются", "записывает", "печатает", "читает", "передаёт", "передают",
    "обновляется", "обновляются", "запускается", "включается", "видит", "видят", "получает", "получают", "приходит",
    "приходят", "доходит", "доходят", "появляется", "появляются", "видим", "получаем",
    # (what it does not give out: "он не отдаёт результаты по пробам")
    "отдаёт", "отдают", "выдаёт", "выдают",
    # (what does not react to its remote or buttons: "пульт не реагирует")
    "реагирует", "реагируют", "откликается", "откликаются", "слушается", "слушаются",
    # (what is not sent, printed, saved or shown by it: "вес не передаётся", "чеки не печатаются")
    "передаётся", "передаются", "отправляется", "отправляются", "печатается", "печатаются", "сохраняется",
    "сохраняются", "записывается", "записываются", "отображается", "отображаются", "синхронизируется",
    "синхронизируются", "выдаётся", "выдаются",
    # Bulgarian ("..., не печата": it does not print)
    "работи", "работят", "отговаря", "отговарят", "печата", "печатат", "праща", "пращат", "изпраща", "изпращат",
    "показва", "показват", "зарежда", "зареждат", "записва", "записват", "чете", "четат", "вижда", "виждат",
    "получава", "получават", "реагира", "реагират",
    # Ukrainian
    "працює", "працюють", "відповідає", "відповідають", "рахує", "рахують", "надсилає", "надсилають",
    "пише", "пишуть", "показує", "показують", "завантажується", "підключається", "відкривається",
    "записує", "друкує", "читає", "передає", "передають", "оновлюється", "запускається", "вмикається", "бачить",
    "бачать", "отримує", "отримують", "приходить", "приходять", "доходить", "доходять", "з'являється", "з'являються",
    "бачимо", "отримуємо", "віддає", "віддають", "видає", "видають", "реагує", "реагують", "відгукується",
    "відгукуються", "слухається", "слухаються",
    # (what is not sent, printed, saved or shown by it: "вага не передається", "чеки не друкуються")
    "передається", "передаються", "надсилається", "надсилаються", "друкується", "друкуються", "зберігається",
    "зберігаються", "записується", "записуються", "відображається", "відображаються", "синхронізується",
    "синхронізуються", "видається", "видаються",
    # Arabic, of a thing ("يعمل") or of a thing said feminine ("تعمل"), hearing or answering us ("يسمعنا", "يرد علينا")
    "يعمل", "تعمل", "يشتغل", "تشتغل", "يستجيب", "تستجيب", "يرد", "ترد", "يسمع", "تسمع", "يسمعنا", "تسمعنا",
    "يسمعوننا", "يظهر", "تظهر", "يتصل", "تتصل", "يرسل", "ترسل", "يطبع", "تطبع", "يقرأ", "تقرأ", "يحدث", "يتحدث",
    "يفتح", "تفتح",
    # Hebrew's present, of a thing said masculine, feminine or plural ("מצלמת הפונדוס לא שולחת תמונות")
    *(f"{stem}{ending}" for stem, endings in (
        ("עובד", ("", "ת", "ים", "ות")), ("שולח", ("", "ת", "ים", "ות")), ("מגיב", ("", "ה", "ים", "ות")),
        ("מציג", ("", "ה", "ים", "ות")), ("מדפיס", ("", "ה", "ים")), ("קורא", ("", "ת", "ים")),
        ("מתחבר", ("", "ת", "ים")), ("נדלק", ("", "ת", "ים")), ("מקליט", ("", "ה", "ים")),
        ("מתעדכן", ("", "ת", "ים")), ("סופר", ("", "ת", "ים")), ("מודד", ("", "ת", "ים")), ("פועל", ("", "ת", "ים")),
        ("נפתח", ("", "ת", "ים")), ("מקבל", ("", "ת", "ים")), ("מעביר", ("", "ה", "ים")), ("מצפצף", ("", "ת", "ים")),
        ("מנגן", ("", "ת", "ים")), ("מסתובב", ("", "ת", "ים")), ("נטען", ("", "ת", "ים")), ("שומע", ("", "ת", "ים")))
      for ending in endings), "עולה", "עולים", "זז", "זזה", "רואה", "רואים"))
_TROUBLE_AFTER = frozenset(typed(w) for w in (
    "τίποτα", "τίποτε", "πια", "άλλο", "καθόλου", "σωστά", "ничего", "больше", "уже", "совсем", "нормально",
    "нічого", "більше", "вже", "зовсім", "нормально", "علينا", "أبدا", "ابدا", "بعد", "خالص", "יותר", "כלום", "בכלל",
    "עוד",
    # (what is new, that it does not see or get: "вона не бачить новий візерунок", the new pattern)
    "новый", "новую", "новые", "новое", "новых", "новий", "нову", "нові", "нове", "нових", "νέο", "νέα", "νέες",
    "νέους", "الجديد", "الجديدة", "החדש", "החדשה", "החדשים"))


# What fails, said in Vietnamese after a comma: a subject of a few words, then "bị" and what befell it ("khe hở lô
# cao su bị lệch": is out of line; "bị treo": hangs) or "không" and a verb of what a thing does ("màn hình không
# hiện"); never a verb of the catalog ("bị tắt", "không khởi động"), a name, a number or another one ("cái kia")
_VI_FAILS = re.compile(typed(
    r"(?:(?:đã |vẫn |lại )?bị (?:lệch|lỗi|treo|hỏng|kẹt|đơ|chậm|mất kết nối|mất tín hiệu|mất|ngắt kết nối|sai|đứng|"
    r"nghẽn|quá tải|quá nhiệt|sập|rớt mạng)|(?:vẫn |đã |lại )?không (?:chạy|hoạt động|lên|hiện|hiển thị|gửi|nhận|"
    r"phản hồi|kết nối|đọc|ghi|in|cập nhật|ra|sáng|quay|đo|đếm)(?: được)?)(?: (?:nữa|rồi|hết))?$"))
_VI_IT = typed("nó")  # (folded as "no", which says "no" only in other languages)
_VI_SUBJECT_NOT = frozenset(typed(w) for w in ("kia", "khác", "còn", "và", "với", "hay", "hoặc"))


def _vietnamese_trouble(clause: str, names: Callable[[str], bool]) -> bool:
    """Whether a last clause says, in Vietnamese, only what fails: [up to six words][_VI_FAILS]."""
    clause = " ".join(clause.split())
    found = _VI_FAILS.search(clause)
    if found is None or (found.start() > 0 and clause[found.start() - 1] != " "):
        return False
    subject = clause[:found.start()].split()
    if subject == [_VI_IT]:
        return True  # ("..., nó bị lỗi rồi": it has failed)
    return len(subject) <= 6 and not any(
        w in _NEVER or w in _VI_SUBJECT_NOT or names(w) or any(c.isdigit() for c in w) or _NOT_IN_A_WORD.search(w)
        for w in subject) and not holds_a_verb(" ".join(subject)) and not _LATIN_UNREAD.search(" ".join(subject))


# What fails, said in Romanian after a comma: a subject of a few words, then how it is after a copula ("ora de pe
# RTU e decalată": is off; "e blocat"), what it did failing ("s-a blocat", "a picat"), or "nu" and a present of what
# a thing does ("nu trimite date"; a negated imperative says the infinitive: "nu porni"); a name only where it is
# seen ("de pe RTU", "la RTU"), never a verb of the catalog, a number or another one
_RO_FAILS = re.compile(typed(
    r"(?:(?:e|este|sunt|s-a|s-au|a|au) (?:decalat|decalată|decalate|decalați|blocat|blocată|blocate|blocați|picat|"
    r"picată|picate|căzut|căzută|căzute|înghețat|înghețată|defect|defectă|defecte|greșit|greșită|greșite|goală|gol|"
    r"deconectat|deconectată|offline|mort|moartă)|nu (?:mai )?(?:merge|merg|funcționează|răspunde|răspund|trimite|"
    r"trimit|citește|citesc|afișează|numără|măsoară|vine|vin|apare|apar|încarcă|comunică|se actualizează|se încarcă|"
    r"se aprinde|se conectează|se deschide))(?: (?:deloc|nimic|date|datele|nimic nou))?"
    # (when it failed, a past: "a picat azi-noapte", "s-a blocat iar", "a căzut aseară")
    r"(?: (?:azi-noapte|astă-noapte|azi|ieri|aseară|azi-dimineață|de dimineață|iar|din nou|iarăși))?$"))
_RO_WHERE = frozenset(typed(w) for w in ("pe", "la", "din"))
# ... or in Swahili: a subject of a few words, then how it is or what befell it, its subject's class said on the verb
# ("tangi limejaa": the tank is full; "pampu imekwama", "skrini haifanyi kazi", "mita haisomi"); never a verb of the
# catalog, a name, a number or a question ("je", "?")
_SW_FAILS = re.compile(
    r"(?:(?:li|i|u|ya|zi|ki|vi|a|wa)me(?:jaa|kwama|haribika|kufa|simama|zimika|zima|katika|ganda|anguka|vunjika|"
    r"pata hitilafu)|(?:ha|hai|hali|hau|haya|hazi|haki|havi|hawa)(?:fanyi kazi|jibu|somi|tumi|pimi|onyeshi|fanyi|"
    r"washi|ji|pati|hesabu|chapishi|unganishi|ingii|fiki))(?: (?:tena|kabisa|vizuri|kitu|chochote))?$")


def _swahili_trouble(clause: str, names: Callable[[str], bool]) -> bool:
    """Whether a last clause says, in Swahili, only what fails: [up to four words][_SW_FAILS]."""
    clause = " ".join(clause.split())
    found = _SW_FAILS.search(clause)
    if found is None or (found.start() > 0 and clause[found.start() - 1] != " "):
        return False
    subject = clause[:found.start()].split()
    return len(subject) <= 4 and not holds_a_verb(" ".join(subject)) and all(
        w in _FILLERS or (w not in _NEVER and not names(w) and not any(c.isdigit() for c in w) and w not in _WORDS
                          and glossary.english(w, lambda part: False) is not None) for w in subject)


def _romanian_trouble(clause: str, names: Callable[[str], bool]) -> bool:
    """Whether a last clause says, in Romanian, only what fails: [up to five words][_RO_FAILS]."""
    clause = " ".join(clause.split())
    found = _RO_FAILS.search(clause)
    if found is None or (found.start() > 0 and clause[found.start() - 1] != " "):
        return False
    subject = clause[:found.start()].split()
    return len(subject) <= 5 and not holds_a_verb(" ".join(subject)) and all(
        w in _FILLERS or w in _RO_WHERE or (names(w) and k and subject[k - 1] in _RO_WHERE) or (
            w not in _NEVER and not names(w) and not any(c.isdigit() for c in w) and w not in _WORDS
            and glossary.english(w, lambda part: False) is not None) for k, w in enumerate(subject))


# What fails, said in Arabic after a comma: a subject of one or two words of the glossary, or none, then how it is
# (_AR_STATES: "المواقيت غلط", "الشاشة معلّقة"); never a name, a number, a negation of the state ("مش غلط")
_AR_SINCE = _alternatives(('الصبح', 'الصباح', 'أمس', 'امبارح', 'البارحة', 'الليل', 'الظهر', 'الفجر', 'ساعة', 'ساعتين',
                           'يومين', 'يوم'))
_AR_FAILS = re.compile(rf"(?:^|\s)(?:{_alternatives(_AR_STATES)})"
                       rf"(?:\s+(?:{_alternatives(('تماما', 'خالص', 'كليا'))}))?"
                       # (since when: "القراءات واقفة من الصبح", stuck since the morning)
                       rf"(?:\s+(?:{_alternatives(('من', 'منذ'))})\s+(?:{_AR_SINCE}))?$")
# ... and another thing said fine after it, with "and" ("... والمبرد نفسه شغال تمام": the chiller itself runs fine),
# which says only that the thing is where it fails
_AR_FINE_TOO = re.compile(rf"\s+{typed('و')}(?P<thing>\S+)(?:\s+(?:{_alternatives(('نفسه', 'نفسها'))}))?\s+"
                          rf"(?:{_alternatives(('شغال', 'شغالة', 'يشتغل', 'تشتغل', 'يعمل', 'تعمل', 'سليم', 'سليمة'))})"
                          rf"(?:\s+(?:{_alternatives(('تمام', 'كويس', 'عادي', 'منيح', 'زين', 'بشكل طبيعي'))}))?$")


def _arabic_trouble(clause: str, names: Callable[[str], bool]) -> bool:
    """Whether a last clause says, in Arabic, only what fails: [up to two words of the glossary][_AR_FAILS]."""
    clause = " ".join(clause.split())
    if (fine := _AR_FINE_TOO.search(clause)) and _a_thing(fine["thing"]) and not names(fine["thing"]):
        clause = clause[:fine.start()]
    if (found := _AR_FAILS.search(clause)) is None:
        return False
    subject = clause[:found.start()].split()
    return _counted(subject) <= 2 and all(w in _FILLERS or _a_thing(w) for w in subject) and \
        not any(names(w) or any(c.isdigit() for c in w) for w in subject)


# ... or what it did when it failed, said in Russian or Ukrainian without a negation: a past of falling,
# hanging, breaking or dropping off, or a present of hanging ("узел ушёл в drain", "насос завис", "он висит");
# never what it did of itself that is no fault ("перезапустился", "заработал" are not listed)
_TROUBLE_DONE = frozenset(typed(w) for w in (
    "упал", "упала", "упало", "упали", "завис", "зависла", "зависло", "зависли", "лёг", "легла", "легло", "легли",
    "отвалился", "отвалилась", "отвалилось", "отвалились", "сломался", "сломалась", "сломалось", "сломались",
    "умер", "умерла", "умерло", "умерли", "сдох", "сдохла", "сдохло", "сдохли", "отключился", "отключилась",
    "отключилось", "отключились", "висит", "висят", "глючит", "глючат", "тормозит", "лежит", "лежат",
    "ушёл", "ушла", "ушло", "ушли", "перешёл", "перешла", "перешло", "перешли",
    "впав", "впала", "впало", "впали", "ліг", "лягла", "лягло", "лягли",
    "відвалився", "відвалилась", "відвалилося", "відвалились", "зламався", "зламалась", "зламалося", "зламались",
    "помер", "померла", "померло", "померли", "відключився", "відключилась", "відключилося", "відключились",
    "висить", "висять", "глючить", "гальмує", "лежить", "лежать",
    "пішов", "пішла", "пішло", "пішли", "перейшов", "перейшла", "перейшло", "перейшли",
    # (stands still, stuck, came to a stop: "вода стоит", "конвейер встал", "заслонку заклинило")
    "стоит", "стоят", "стоїть", "стоять", "встал", "встала", "встало", "встали", "встав",
    "застрял", "застряла", "застряло", "застряли", "застряг", "застрягла", "застрягло", "застрягли", "заклинило",
    "заїло", "заело",
    # Bulgarian ("Рестартирай спулера, пак падна": it went down again)
    "падна", "паднаха", "заби", "забиха", "замръзна", "замръзнаха", "увисна", "увиснаха", "спря", "спряха", "умря",
    "умряха", "отпадна", "отпаднаха", "блокира", "блокираха", "крашна", "крашнаха", "гръмна", "виси", "висят"))
# ... and the state a thing went into, one word after "в" or "на" ("ушёл в drain", "перешёл в аварию")
_TROUBLE_WENT = frozenset(typed(w) for w in (
    "ушёл", "ушла", "ушло", "ушли", "перешёл", "перешла", "перешло", "перешли", "упал", "упала", "упало", "упали",
    "пішов", "пішла", "пішло", "пішли", "перейшов", "перейшла", "перейшло", "перейшли", "впав", "впала", "впало",
    "впали"))
_TROUBLE_INTO = frozenset(typed(w) for w in ("в", "во", "у", "на"))
# Who failed, besides the glossary's words: the thing just named ("он не отвечает"), and when ("опять завис")
_TROUBLE_SUBJECTS = frozenset(typed(w) for w in (
    "он", "она", "оно", "они", "він", "вона", "воно", "вони", "опять", "снова", "знову", "הוא", "היא", "הם", "הן",
    "той", "тя", "те", "пак", "отново"))  # (Bulgarian)


# Persian says what fails with its present negated ("نمی‌شن", "نمی‌کنه", "کار نمی‌کنه"), after the noun of a light verb
# ("ثبت", registered; "وصل", connected): "..., امتیازها ثبت نمی‌شن", the scores are not recorded
_FA_NOT = typed("نمی")
_FA_LIGHT = frozenset(typed(w) for w in ("ثبت", "وصل", "باز", "پخش", "لود", "آپدیت", "ارسال", "نمایش", "کار", "آپلود",
                                         "بارگذاری", "اجرا", "درست"))


def _persian_trouble(clause: str) -> bool:
    """Whether a last clause only says, in Persian, what of one or two things of the glossary fails (_FA_NOT)."""
    words = _tokens(clause)
    if len(words) < 2 or not words[-1].startswith(_FA_NOT) or words[-1].rstrip("\u200c") == _FA_NOT:
        return False
    subject = words[:-2] if words[-2] in _FA_LIGHT else words[:-1]
    return 0 < len(subject) <= 2 and all(_a_thing(w) or (w.endswith(typed("ها")) and _a_thing(w[:-2]))
                                         for w in subject)


# Who waits for what the request brings, said after it ("..., биллинг ждёт показания": billing waits for the readings):
# one or two words of the glossary, "waits" in the present, one or two of the glossary
_WAITS = frozenset(typed(w) for w in ("ждёт", "ждет", "ждут", "чекає", "чекають", "περιμένει", "περιμένουν"))


def _waiting(clause: str, names: Callable[[str], bool]) -> bool:
    words = _tokens(clause)
    at = next((i for i, w in enumerate(words) if w in _WAITS), None)
    if at is None or not 0 < _counted(words[:at]) <= 2 or not 0 < _counted(words[at + 1:]) <= 2:
        return False
    return all(w in _FILLERS or w in _LINKING or _a_thing(w) for w in words[:at] + words[at + 1:]) and \
        not any(names(w) or w in _NEVER for w in words)


# ... or that a reading shows zero, nothing or dashes, perhaps for a while ("..., ветер уже час показывает ноль": the
# wind has shown zero for an hour, "..., η ταχύτητα δείχνει μηδέν", "..., המד מראה אפס", "..., العداد يعرض صفر"): a
# subject of one or two words of the glossary, no negation, name, number or condition
_SHOWS = _alternatives(typed(w) for w in (
    "показывает", "показывают", "показує", "показують", "выдаёт", "выдает", "видає", "δείχνει", "δείχνουν",
    "מראה", "מראים", "מציג", "מציגה", "يعرض", "تعرض", "يظهر", "تظهر", "يقرأ", "تقرأ", "दिखा रहा है",
    "दिखा रही है", "hiển thị", "báo"))
_NOUGHT = _alternatives(typed(w) for w in (
    "ноль", "нуль", "нули", "нулі", "нулевые", "нульові", "прочерки", "прочерк", "μηδέν", "μηδενικά", "παύλες",
    "אפס", "אפסים", "صفر", "صفرا", "أصفار", "शून्य", "ज़ीरो", "जीरो", "số 0", "0"))
_A_WHILE = _alternatives(typed(w) for w in (
    "уже час", "уже два часа", "уже полчаса", "уже сутки", "с утра", "весь день", "опять", "снова", "всё время",
    "вже годину", "вже дві години", "з ранку", "весь день", "знову", "увесь час", "εδώ και μία ώρα", "εδώ και ώρα",
    "πάλι", "όλη μέρα", "כבר שעה", "שוב", "כל הבוקר", "منذ ساعة", "من الصبح", "مرة ثانية", "من ساعة",
    "घंटे भर से", "सुबह से", "फिर से", "từ sáng", "lại"))
_SHOWS_NOUGHT = re.compile(rf"(?P<subject>[^\s\d]+(?:\s+[^\s\d]+)?)\s+(?:(?:{_A_WHILE})\s+)?(?:{_SHOWS})\s+"
                           rf"(?:{_NOUGHT})(?:\s+(?:{_A_WHILE}))?")


def _shows_nought(clause: str, names: Callable[[str], bool]) -> bool:
    said = _SHOWS_NOUGHT.fullmatch(" ".join(clause.strip(" .!").split()))
    return said is not None and all(w in _FILLERS or (not w.isascii() and w not in _NEVER and _word(
        w, lambda part: False) is not None) for w in said["subject"].split())


# How long it has failed, said with what fails ("..., воно не пише вже пів години": it has not written for half an
# hour; "..., он висит с утра", "..., δεν στέλνει εδώ και μία ώρα", "..., לא שולח כבר שעה"): a time gone by, never
# one to wait for ("через час", "завтра"), passed over
_WENT_BY = _alternatives(typed(w) for w in ("уже", "вже", "ещё", "вече", "εδώ και", "منذ", "כבר"))
_GONE_BY = _alternatives(typed(w) for w in (
    "пол часа", "полчаса", "пів години", "півгодини", "целый час", "цілу годину", "с утра", "со вчера", "с ночи",
    "с обеда", "весь день", "всю ночь", "всё утро", "з ранку", "від ранку", "з учора", "з ночі", "з обіду",
    "весь ранок", "всю ніч", "половин час", "от сутринта", "цял ден", "от вчера", "από το πρωί", "από χθες",
    "όλη μέρα", "όλη νύχτα", "όλο το πρωί",
    "من الصبح", "من الصباح", "منذ الصباح", "من امبارح", "منذ أمس", "מהבוקר", "מאתמול", "כל הלילה", "כל הבוקר"))
_FOR_A_WHILE = re.compile(rf"(?<![^\s,])(?:(?:{_WENT_BY})\s+)?(?:{_GONE_BY}|{_NUMBER}\s*(?:{_UNIT})|"
                          rf"(?:{_UNIT})(?:\s+{_NUMBER})?)(?![^\s,.!?])")


def _for_a_while(clause: str) -> str:
    """The clause without how long it has failed (_FOR_A_WHILE): a number or a unit only after "already" or
    "since" ("уже час"; "час" alone is no time gone by)."""
    def gone(found: re.Match[str]) -> str:
        said = found.group()
        if not re.match(rf"(?:{_WENT_BY})\s", said) and not re.fullmatch(_GONE_BY, said):
            return said
        return " "
    return _FOR_A_WHILE.sub(gone, clause)


def _only_trouble(clause: str, names: Callable[[str], bool]) -> bool:
    """Whether a last clause only says what fails: [a subject of one or two words of the glossary, a
    pronoun or "nothing"][a negation][a verb of what fails][up to two words of "nothing", "any more"], or
    [the subject][a verb of what it did failing][a state it went into] (or so in Vietnamese:
    _vietnamese_trouble), perhaps with how long (_for_a_while)."""
    if (gone := _for_a_while(clause)) != clause and gone.strip(" .!"):
        return _only_trouble(gone, names)
    if _vietnamese_trouble(clause, names) or _still_old(clause) or _romanian_trouble(clause, names) or \
            _arabic_trouble(clause, names) or _persian_trouble(clause) or \
            _swahili_trouble(clause, names) or _waiting(clause, names) or _shows_nought(clause, names):
        return True
    words = _tokens(clause)
    at = next((i for i, w in enumerate(words) if w in _TROUBLE_NEGATIONS), None)
    if at is not None:
        subject, after = words[:at], words[at + 2:]
        if _counted(subject) > 2 or at + 1 >= len(words) or words[at + 1] not in _TROUBLE_VERBS:
            return False
        # after it "nothing", "any more", or what it does not see or get ("δεν βλέπουν τα δεδομένα"), with what it
        # holds ("не видят шару с кернами": the share with the cores)
        held = [w for i, w in enumerate(after) if not (w in _WITH and 0 < i < len(after) - 1)]
        if _counted(held) > 2 or not all(w in _TROUBLE_AFTER or w in _FILLERS or w in _LINKING or _a_thing(w)
                                         for w in held):
            return False
    else:
        at = next((i for i, w in enumerate(words) if w in _TROUBLE_DONE), None)
        if at is None or at > 2 or any(w in _NEVER for w in words):
            return False
        subject, after = words[:at], words[at + 1:]
        if after and not (len(after) == 2 and words[at] in _TROUBLE_WENT and after[0] in _TROUBLE_INTO
                          and after[1] not in _WORDS and after[1] not in _TROUBLE_VERBS):
            return False
    return all(w in _FILLERS or w in _LINKING or w in _TROUBLE_AFTER or w in _TROUBLE_SUBJECTS or _a_thing(w)
               for w in subject) and \
        not any(names(w) or _NOT_IN_A_WORD.search(w) or any(c.isdigit() for c in w) for w in words)


# Words that only join two of a subject's ("результаты на сайте": the results on the site)
_LINKING = frozenset(w for w, english in _WORDS.items() if english in ("on", "for")) | {
    typed("по")}  # (... and "of" in a clause of what fails: "результаты по пробам", the samples' results)


def _counted(words: list[str]) -> int:
    """How many of the words are more than an article or a word that joins ("οι σταθμοί εργασίας": two)."""
    return len([w for w in words if w not in _FILLERS and w not in _LINKING])


_HE_IN = typed("ב")


def _a_thing(word: str) -> bool:
    """Whether the word is one of the glossary's, in these languages' letters (no name, no word of the tables)."""
    return not word.isascii() and word not in _NEVER and word not in _WORDS and (
        glossary.english(word, lambda part: False) is not None or
        # (Hebrew "in" written onto it: "המחשב במשרד לא רואה את התיקייה", the computer in the office)
        (word.startswith(_HE_IN) and len(word) > 3 and glossary.english(word[1:], lambda part: False) is not None) or
        # (in a case the glossary does not list: "результаты по пробам", of the samples)
        (_CYRILLIC.search(word) is not None and _cyrillic_case(word) is not None))


# ... or what a thing still shows, old, said in Russian or Ukrainian ("там до сих пор вчерашние пулы": yesterday's
# pools are still there): where, "still", perhaps how it shows, an adjective of old, one or two words of the glossary
_STILL = _alternatives(("до сих пор", "всё ещё", "все ещё", "по-прежнему", "досі", "все ще", "й досі",
                        "і досі"))
_STALE_SHOWN = _alternatives(("висят", "висит", "показывает", "показывают", "показываются", "висять", "висить",
                              "показує", "показують", "відображаються", "стоят", "стоит", "стоять", "стоїть"))
_STALE = _alternatives((
    "вчерашние", "вчерашний", "вчерашняя", "вчерашнее", "вчерашних", "старые", "старый", "старая", "старое", "старых",
    "прошлые", "прошлый", "прошлая", "прошлое", "прошлых", "вчорашні", "вчорашній", "вчорашня", "вчорашнє", "старі",
    "старий", "стара", "старе", "минулі", "минулий", "минула", "минуле"))
_STALE_WHERE = _alternatives(("там", "тут", "здесь", "на сайте", "на экране", "на табло", "на сайті", "на екрані"))
_STILL_OLD = re.compile(rf"(?:(?:{_STALE_WHERE})\s+)?(?:(?:{_STALE_SHOWN})\s+)?(?:{_STILL})\s+"
                        rf"(?:(?:{_STALE_SHOWN})\s+)?(?:{_STALE})\s+(?P<what>[^\s\d]+(?:\s+[^\s\d]+)?)")


def _still_old(clause: str) -> bool:
    """Whether a last clause only says that a thing still shows an old one (_STILL_OLD)."""
    said = _STILL_OLD.fullmatch(" ".join(clause.split()))
    return said is not None and all(_a_thing(w) for w in said["what"].split())


# What fails, said in Japanese or Korean as a sentence of its own after the request: a subject of a
# few words, then one of these verbs of what a thing does, negated ("更新されていません", "안 울려요",
# "오지 않습니다"), or in Korean what costs or takes too much ("요금이 너무 나와"); never what someone wants,
# needs or minds ("必要ありません", "안 돼요", "하지 마세요" are not listed), no name, number, Latin word
# (but an abbreviation of a kind of thing) or question
_TROUBLE_SENTENCE = re.compile(r"(?<=[。.!！])\s*(?P<sentence>[^。.!！?？,、]+?)[\s。.!！]*$")
_JA_FAILS = re.compile("(?:" + _alternatives(typed(w) for w in (
    "更新され", "更新し", "表示され", "表示し", "反応し", "応答し", "送信され", "送信し", "記録され", "記録し",
    "保存され", "印刷され", "印刷でき", "動き", "動い", "届き", "届い", "鳴り", "鳴っ", "映り", "映っ", "出", "来",
    "つながり", "つながっ", "繋がり", "繋がっ", "読め", "読み込め")) + ")(?:ていません|てません|ません|ていない|ない)$")
_KO_FAILS = re.compile("(?:안|못) (?:" + _alternatives(typed(w) for w in (
    "울립니다", "울려요", "울려", "나옵니다", "나와요", "나와", "옵니다", "와요", "와", "뜹니다", "떠요", "떠",
    "보입니다", "보여요", "보여", "들립니다", "들려요", "들려", "움직입니다", "움직여요", "들어옵니다", "들어와요",
    "업데이트됩니다", "업데이트돼요", "갱신됩니다", "갱신돼요", "연결됩니다", "연결돼요", "전송됩니다", "전송돼요",
    "표시됩니다", "표시돼요",
    # (changes, goes up, comes on, runs, works, is printed, read or caught, comes over)
    "바뀝니다", "바뀌어요", "바뀌어", "바뀌네요", "올라갑니다", "올라가요", "올라와요", "올라옵니다",
    "켜집니다", "켜져요", "돌아갑니다", "돌아가요", "작동합니다", "작동해요", "찍힙니다", "찍혀요",
    "읽힙니다", "읽혀요", "잡힙니다", "잡혀요", "넘어옵니다", "넘어와요",
    "나오네요", "보이네요",
    # (goes over, goes in, is passed on)
    "넘어가", "넘어가요", "넘어갑니다", "들어가", "들어가요", "들어갑니다", "전달돼요", "전달됩니다",
    # (reads, takes, sends, opens, stops: "학생증을 안 읽어요", the card is not read)
    "읽어", "읽어요", "읽습니다", "읽네요", "받아", "받아요", "받습니다", "보내", "보내요", "보냅니다",
    "열려", "열려요", "열립니다", "멈춰요", "멈춥니다", "돌아", "돌아요", "돕니다", "찍어요", "찍습니다")) +
    ")$|(?:" + _alternatives(typed(w) for w in (
    "울리", "나오", "오", "뜨", "보이", "들리", "움직이", "들어오", "업데이트되", "갱신되", "연결되", "전송되",
    "표시되", "바뀌", "올라가", "올라오", "켜지", "돌아가", "작동하", "찍히", "읽히", "잡히", "넘어오", "넘어가",
    "들어가", "전달되", "읽", "받", "보내", "열리", "멈추", "돌", "찍")) +
    ")지 않(?:습니다|아요|아|네요)$|(?:" + _alternatives(typed(w) for w in ("응답", "반응", "신호", "데이터", "소리")) +
    ")(?:이|가) 없(?:습니다|어요|어|네요)$"  # ("응답이 없어요": no answer; never "문제가 없어요", no problem)
    # ... or what costs or takes too much ("데이터 요금이 너무 나와": the data bill comes out too high)
    "|(?:너무|너무 많이|많이) (?:" + _alternatives(typed(w) for w in (
        "나와", "나와요", "나옵니다", "나오네요", "많아", "많아요", "많습니다", "높아", "높아요", "높습니다", "비싸",
        "비싸요", "비쌉니다", "느려", "느려요", "느립니다", "뜨거워", "뜨거워요", "뜨겁습니다")) + ")$"
    # ... or a state it fell into, as _FAILS says it first ("카운트다운이 멈췄어요": the countdown stopped)
    "|(?:" + _alternatives(typed(f"{stem}{ending}") for stem in (
        "멈췄", "죽었", "뻗었", "다운됐", "먹통이 됐", "먹통됐", "고장 났", "고장났", "꺼졌", "멈춰 있", "멈춰있")
        for ending in ("어", "어요", "습니다", "네", "네요")) + ")$")
# Abbreviations said in Latin letters in a sentence of what fails ("LED 월에 점수가 안 바뀌어요"): words of
# a kind of thing (the device's LEDs are "led" too), never a name of one
_LATIN_NOUNS = frozenset(("led", "api", "pc", "tv", "usb", "gps", "wifi", "lan", "cctv", "pos", "ui", "app", "ip",
                          "sms", "lte", "ups",
                          # and the systems a thing sends to ("결과가 LIS로 안 넘어가": to the lab's information system)
                          "lis", "lims", "his", "erp", "mes", "scada", "plc", "hmi", "pacs", "emr", "ehr", "wms",
                          "crm", "db", "nas", "mqtt"))


def _only_trouble_said(sentence: str, names: Callable[[str], bool]) -> bool:
    """Whether a last sentence of Japanese or Korean only says what fails: at most three words
    (or twelve letters) before one of the verbs of what a thing does, negated."""
    sentence = " ".join(sentence.split())
    found = _JA_FAILS.search(sentence) or _KO_FAILS.search(sentence)
    if found is None:
        return False
    subject = sentence[:found.start()].strip()
    latin = re.findall(r"[0-9a-z]+", subject)
    return len(subject) <= 12 and len(subject.split()) <= 3 and all(w in _LATIN_NOUNS for w in latin) and not any(
        names(w) for w in subject.split() if not _LATIN_NOUNS & set(re.findall(r"[0-9a-z]+", w))) and \
        not holds_a_verb(subject) and not _NOT_IN_A_WORD.search(subject)


def says_no(text: str) -> bool:
    """Whether the text says a word of _NEVER (a negation, a condition, a question word) of these languages."""
    return any(w.strip("?;,.!") in _NEVER for w in text.split())


def holds_a_verb(text: str) -> bool:
    """Whether the text holds a verb of these languages (even in a script without Latin letters)."""
    text = _as_devanagari(_simplified(text.translate(glossary.LOOKALIKES)))
    if (said := _TROUBLE_SENTENCE.search(text)) and _only_trouble_said(said["sentence"], lambda word: False) and \
            holds_a_verb(text[:said.start()]):
        return True  # (a verb last before a sentence of what fails: "...再起動してください。値が出ません。")
    if (alone := _LEFT_ALONE.search(text)) and holds_a_verb(text[:alone.start()].rstrip(",，、 ")):
        return True  # (... or of what is left alone: "...再起動してください。エクスポーターはそのままで。")
    return bool(_SPACED_VERB.search(text) or _AR_IT_SAID.search(text) or _JA_VERB.search(text.rstrip(_CJK_END))
                or _ZH_VERB.search(text)
                or _TH_VERB.search(typed(text))
                or _PHRASES.search(text) or _cjk_profile(text))


def unread(text: str) -> bool:
    """Whether the text still holds a verb of these languages typed in Latin letters."""
    return _LATIN_UNREAD.search(text) is not None or (
        _HINGLISH_GUARD.search(text) is not None and _HINGLISH.search(text) is not None)


def _english(verb: tuple[str, str], read: list[str], seconds: int | None, asked: bool) -> str:
    if verb == _RESTART and read and all(w == "system" for w in read):
        said = "reboot"  # "перезагрузи систему", "重启系统": the device
    else:
        said = f"{verb[0]} {' '.join(read)}{verb[1]}".strip()
    if seconds:
        said += f" in {seconds // 60} minutes" if seconds % 60 == 0 else f" in {seconds} seconds"
    return said + ("?" if asked else "")


def _delay(text: str) -> tuple[int | None, str] | None:
    """The delay the text says (seconds) and the text without it; None when it says two."""
    found = [*_HALF.finditer(text), *_DELAY_BEFORE.finditer(text), *_DELAY_AFTER.finditer(text),
             *_DELAY_UNIT_FIRST.finditer(text)]
    found = [f for f in found if not any(o is not f and o.start() <= f.start() and f.end() <= o.end()
                                         and o.end() - o.start() > f.end() - f.start() for o in found)]
    if len(found) > 1 or (not found and _SPACED_UNIT_AGAIN.search(text)):
        return None
    if not found:
        return None, text
    said = found[0]
    if said.re is _HALF:
        seconds = _HALVES[" ".join(said.group().split())]
    else:
        number = said["n"]
        count = 1 if number is None else int(number) if number.isdigit() else _NUMBERS[" ".join(number.split())]
        seconds = count * _UNIT_SECONDS[said["unit"]]
        if said.re is not _DELAY_UNIT_FIRST and said["h"]:
            if _UNIT_SECONDS[said["unit"]] != 60:
                return None  # hours, then what is not minutes
            hours = int(said["h"]) if said["h"].isdigit() else _NUMBERS[" ".join(said["h"].split())]
            seconds += hours * 3600
    rest = f"{text[:said.start()]} {text[said.end():]}"
    return None if _SPACED_UNIT_AGAIN.search(rest) else (seconds, rest)


# A unit of time left after the delay is taken out: a second delay, or one not read whole
_SPACED_UNIT_AGAIN = re.compile(rf"(?<![^\s,\d])(?:{_UNIT})(?![^\s,.!?])")


# Swahili and Hebrew say "again" after the object too ("anzisha mfumo upya", "תפעיל את השרת מחדש"): said after the
# verb, as the table has it
_AGAIN_AFTER = re.compile(r"^(anzisha|anzisheni|uanzishe|washa|washeni|uwashe|" + _alternatives(
    ("הפעל", "תפעיל", "הפעילי", "תפעילי", "תפעילו")) + r")\s+(.+?)\s+(upya|tena|" + typed("מחדש") + ")$")


# Between two things, said of a third ("мост между кассой и складом", "הגשר בין הקופה למלאי", "الجسر بين الكاشير
# والمخزون"): "and" said apart, or on the second thing (Arabic "و", Hebrew "ו" or "ל", "between X to Y"); both words
# of the glossary or names
_BETWEEN = frozenset(typed(w) for w in ("между", "між", "بين", "בין", "μεταξύ", "giữa"))
_BETWEEN_AND = frozenset(typed(w) for w in ("и", "і", "та", "й", "و", "και", "và"))
_ANDS_ON_A_WORD = tuple(typed(w) for w in ("و", "ו", "ל"))


def _between(after: list[str], names: Callable[[str], bool]) -> tuple[list[str], list[str], int] | None:
    """The two things said after "between", and how many words they took (see _BETWEEN), or None."""
    if len(after) >= 3 and after[1] in _BETWEEN_AND:
        first, second, took = after[0], after[2], 3
    elif len(after) >= 2 and after[1].startswith(_ANDS_ON_A_WORD) and len(after[1]) > 2:
        first, second, took = after[0], after[1][1:], 2
    else:
        return None
    if any(w in _NEVER or w in _FILLERS for w in (first, second)):
        return None
    one, other = _word(first, names), _word(second, names)
    return (one, other, took) if one and other else None


def _spaced(text: str, names: Callable[[str], bool]) -> str | None:
    if not _SPACED_VERB.search(text):
        # "режим энергосбережения", "절전 모드": a power profile said alone is asked for
        alone = " ".join(_COURTESY.sub(" ", text).strip(" .!").split())
        return _WORDS[alone] if _WORDS.get(alone, "").endswith(" mode") else None
    asked = text.endswith(("?", ";"))  # (Greek asks with ";")
    body = _COURTESY.sub(" ", text.rstrip(" ?;.!"))
    if "?" in body or (delayed := _delay(body)) is None:
        return None
    seconds, body = delayed
    body = _AGAIN_AFTER.sub(r"\1 \3 \2", body.strip())
    phrases, glossary_words = _glossary_phrases()
    body = phrases.sub(lambda m: _as_one_word(glossary_words, m[1]), body)
    body = _PHRASES.sub(lambda m: _as_one_word(_WORDS, m[1]), body)
    body = _RO_FROM.sub("de-la", body)  # (Romanian "de la", one word of place: "alimentatorul de la mașina de șlefuit")
    body = _KO_ORDINAL.sub(r"\1번째", body)
    verbs = list(_SPACED_VERB.finditer(body))
    if len(verbs) != 1:
        return None
    said = " ".join(verbs[0].group(1).split())
    before = _tokens(body[:verbs[0].start()])
    if (said in _SAID_FIRST and any(w not in _FILLERS for w in before)) or (said == _NOUN_VERB and before):
        return None  # "nginx repornește": nginx restarts, a statement ("η επανεκκίνηση ...": the restart)
    read: list[str] = []
    noun = False  # whether the word before was a word of the glossary ("силосі 1": which one)
    # a number said with its thing ("1번 염수 탱크", "২ নম্বর টেবিল", "الخط الثاني"), said after the next word
    numbered, counted, sent_to, between_to = "", False, -1, -1
    words = [_NUMBER_OF.sub(r"\1", w) for w in before + _tokens(body[verbs[0].end():])]
    for index, word in enumerate(words):
        if index == sent_to or index <= between_to:
            continue
        if word in _BETWEEN and noun and (pair := _between(words[index + 1:], names)) is not None:
            read += ["between", *pair[0], "and", *pair[1]]  # "הגשר בין הקופה למלאי": the bridge between till and stock
            noun, between_to = False, index + pair[2]
            continue
        if word in _NEVER or _NOT_IN_A_WORD.search(word):
            return None
        if (number := _NUMBERED.fullmatch(word)) or word in _ORDINALS or (
                _WHICH_NUMBER.fullmatch(word) and words[index + 1:index + 2] and words[index + 1] in _NUMBER_WORDS):
            count = str(_ORDINALS[word] if word in _ORDINALS else int(number[1] if number else word))
            after = noun and (word not in _ORDINALS or (_ARABIC.match(word) and word not in _URDU_ORDINALS) or
                              word in _HEBREW_ORDINALS)
            if word in _HEBREW_ORDINALS and not after:
                return None  # ("השני" said of nothing before it: the other one)
            if numbered or (not after and index + 1 == len(words)):
                return None  # (two numbers, or one said of nothing: "1번 재시작해" may say "once")
            if after:
                read.append(count)
            else:
                numbered = count
            noun, counted = False, True
            continue
        if word in _NUMBER_WORDS and index and _WHICH_NUMBER.fullmatch(words[index - 1]):
            continue
        if word in _NUMBER_BEFORE and noun and words[index + 1:index + 2] and _WHICH_NUMBER.fullmatch(words[index + 1]):
            continue  # "dây chuyền số 2": line number 2
        if _LETTER.fullmatch(word) and noun and not words[index - 1].isascii() and \
                word not in _OF_PLACE and word not in _WITH and word not in _AT:  # (Russian "с" is typed "c")
            read.append(word)  # "монитор пресса A", "프레스 A 모니터": press A, as a number is said after its thing
            noun = False
            continue
        if word in _FILLERS or (word == _VI_OF and noun and words[index + 1:index + 2] and
                                _word(words[index + 1], names) not in (None, [words[index + 1]])):
            noun = False  # (Vietnamese "của", of, typed as "cửa", a door: "đèn xanh dương của bể cá pinfish")
            continue
        if word in _SENT_INTO and read and read[-1] in _SENT and words[index + 1:index + 2] and \
                (names(words[index + 1]) or _ACRONYM.fullmatch(words[index + 1])):
            read += ["to", words[index + 1]]  # "выгрузку в MDM": the upload to MDM, a name or a system's short name
            noun, sent_to = False, index + 1
            continue
        if word in _AT and noun and _at_a_place(words[index + 1:index + 2], names):
            read.append(_AT[word])  # "إشارة مرور الكاشطة عند مصيدة الاستقبال": the pig signal at the receiving trap
            noun = False
            continue
        if word in _WITH and read and (read[-1] in _DRIVES or read[-1] in _SHOWING) and \
                _held(words[index + 1:index + 2]):
            read.append("with")  # "флешку з експортом": the stick with the export on it
            noun = False
            continue
        if word in _OF_PLACE:
            if not (noun and _from_a_place(words[index + 1:index + 2], names)):
                return None
            read.append("from")
            noun = False
            continue
        if (english := [str(int(word))] if noun and _WHICH_NUMBER.fullmatch(word) else _word(word, names)) is None:
            return None
        noun = english != [word] and word not in _WORDS
        read += english
        if numbered and noun:
            read, numbered = read + [numbered], ""
    if numbered or (counted and set(read) & _LINKS):
        return None  # (a link said by its number: "1번 랜" may count from 0 or from 1)
    if len([w for w in read if not w.isdigit() and w not in _WHICH_ONE]) > 4:
        return None
    return _english(_SPACED_VERBS[said], read, seconds, asked)


# Vietnamese "of" between two things ("đèn của bể cá": the aquarium's light), which normalise leaves as "cửa", a door
_VI_OF = typed("của")


def _as_one_word(words: dict[str, str], phrase: str) -> str:
    """A phrase of a table ("режим энергосбережения") as one word of its English: "+powersave+mode"."""
    return " +" + words[" ".join(phrase.split())].replace(" ", "+") + " "


# "From" of Russian and Ukrainian, said between two words for things ("сбор данных с метеомачты"):
# never with a name, a number or a time after it, nor a word of the instrumental, where "с" says
# "with" ("перезапусти nginx с mosquitto", "с брокером": a second thing)
_OF_PLACE = frozenset(typed(w) for w in ("с", "со", "від", "de-la", "з", "із", "зі"))  # ("з передньої камери")
_RO_FROM = re.compile(r"(?<![^\s,])de\s+la(?=\s)")
_INSTRUMENTAL = re.compile(typed(r"(?:ом|ем|ём|ой|ей|ою|ею|ами|ями|им|ым|ім)$"))


# "With" of Russian and Ukrainian, said of a drive and what it holds, in the instrumental ("флешка с экспортом",
# "диск з бекапами"); never of another thing ("перезапусти nginx с брокером": a second one)
_WITH = frozenset(typed(w) for w in ("с", "со", "з", "із", "зі"))
_DRIVES = frozenset(("usb stick", "disk", "drive", "card", "stick", "storage"))
# ... or of a sign or a screen and what it shows ("табло з часом очікування", "экран с температурой")
_SHOWING = frozenset(("sign", "scoreboard", "display", "screen", "board", "panel", "departure board", "dashboard"))


# "At" and "in" of Arabic, said between two things ("عند مصيدة الاستقبال", "في مصيدة الاستقبال"), and "in" of Russian
# and Ukrainian ("контроллер в комнате 7", "у кімнаті 3"): never before a time or what befalls one, where it says
# "when" ("عند الإنذار": when the alarm sounds)
# What is sent somewhere, and "into" said before where it goes ("выгрузка в MDM", "експорт до SAP")
_SENT = frozenset(("upload", "export", "sync", "synchronization", "feed", "forwarder", "transfer", "replication"))
_SENT_INTO = frozenset(typed(w) for w in ("в", "во", "у", "до"))
_ACRONYM = re.compile("[a-z][a-z0-9]{1,5}")
_AT = {typed("عند"): "at", typed("لدى"): "at", typed("في"): "in", typed("в"): "in", typed("во"): "in", typed("у"): "in"}
_NOT_A_PLACE = frozenset(("emergency", "alarm", "alert", "fault", "error", "failure", "outage", "warning", "start",
                          "startup", "boot", "night", "morning", "evening", "midnight", "noon", "shutdown", "need"))


def _at_a_place(after: list[str], names: Callable[[str], bool]) -> bool:
    return len(after) == 1 and not any(c.isdigit() for c in after[0]) and \
        (after[0].startswith("+") or not after[0].isascii()) and \
        (english := _word(after[0], names)) is not None and not set(english) & _NOT_A_PLACE


def _held(after: list[str]) -> bool:
    return len(after) == 1 and bool(_INSTRUMENTAL.search(after[0])) and _a_thing(after[0])


def _from_a_place(after: list[str], names: Callable[[str], bool]) -> bool:
    # (a form of several words too, "+edger"; never a time: "de la ora 5")
    return len(after) == 1 and not _INSTRUMENTAL.search(after[0]) and not any(c.isdigit() for c in after[0]) and \
        after[0] not in _WORDS and (after[0].startswith("+") or (
            not names(after[0]) and glossary.english(after[0], names) not in (None, ["time"])))


# A number said before its thing, with "number" written on it (Korean "1번 탱크", "3호"), or said after it ("२ नंबर",
# "২ নম্বর টেবিল"): said in English after the thing's first word ("brine 1 tank", "room 7"), as the English
# reading takes it; after a word for the thing it is which one ("탱크 1번": tank 1)
_NUMBERED = re.compile(r"(\d{1,3})(?:번|호)(?:째)?")
_NUMBER_WORDS = frozenset(typed(w) for w in ("번", "호", "नंबर", "नम्बर", "নম্বর", "নাম্বার", "نمبر"))
# ... never of a link, which the device numbers from 0 and an operator may count from 1
_LINKS = frozenset(("lan", "ethernet", "wifi", "mobile data", "sim", "network", "link", "interface", "connection",
                    "vpn", "port", "modem", "cellular", "lte", "4g", "5g", "wlan", "eth"))
# ... "number" said before it, after the thing ("dây chuyền số 2", "الخط رقم 2")
_NUMBER_BEFORE = frozenset(typed(w) for w in ("số", "رقم", "نمبر", "नंबर", "नम्बर", "নম্বর", "номер", "№", "מספר",
                                              "αριθμός", "νούμερο"))
# ... and a number with Bengali's "of" written onto it ("টেবিল ২-এর কাটার")
_NUMBER_OF = re.compile(typed(r"^(\d{1,3})-(?:এর|ের|র)$"))
# ... or an ordinal, before the thing ("второй линии", "दूसरी लाइन", "দ্বিতীয় টেবিল", Urdu "دوسری لائن") or after
# it, in Arabic ("الخط الثاني"): the first to the fifth ("पहले" is also "first of all", and is left out)
_ORDINALS = {typed(w): n for n, words in (
    (1, ("первый", "первая", "первую", "первой", "первого", "перший", "перша", "першу", "першої", "першого", "पहला",
         "पहली", "প্রথম", "پہلا", "پہلی", "الأول", "الأولى", "الاول", "الاولى", "أول", "первом",
         "першому", "першім")),
    (2, ("второй", "вторая", "вторую", "второго", "другий", "друга", "другу", "другої", "другого", "दूसरा", "दूसरी",
         "दूसरे", "দ্বিতীয়", "دوسرا", "دوسری", "دوسرے", "الثاني", "الثانية", "ثاني", "ثانية", "втором", "другому",
         "другім")),
    (3, ("третий", "третья", "третью", "третьей", "третьего", "третій", "третя", "третю", "третьої", "третього",
         "तीसरा", "तीसरी", "तीसरे", "তৃতীয়", "تیسرا", "تیسری", "تیسرے", "الثالث", "الثالثة", "ثالث", "ثالثة", "третьем",
         "третьому", "третім")),
    (4, ("четвёртый", "четвертый", "четвёртая", "четвертая", "четвёртую", "четвертую", "четвёртой", "четвертой",
         "четвёртого", "четвертого", "четвертий", "четверта", "четверту", "четвертої", "चौथा", "चौथी", "চতুর্থ",
         "چوتھا", "چوتھی", "الرابع", "الرابعة", "رابع", "رابعة")),
    # Korean, said before the thing ("두 번째 라인", "둘째 라인"; "두 번째" is read as one word)
    (1, ("첫번째", "첫째")), (2, ("두번째", "둘째")), (3, ("세번째", "셋째")), (4, ("네번째", "넷째")),
    (5, ("다섯번째", "다섯째")),
    (5, ("пятый", "пятая", "пятую", "пятой", "пятого", "п'ятий", "п'ята", "п'яту", "п'ятої", "पाँचवाँ", "पांचवा",
         "पाँचवीं", "পঞ্চম", "پانچواں", "پانچویں", "الخامس", "الخامسة", "خامس", "خامسة")),
    # Hebrew, after the thing, with "the" ("הקו השני", "החדר השלישי"; "שני" alone also says "two" and "Monday")
    (1, ("הראשון", "הראשונה")), (2, ("השני", "השנייה", "השניה")), (3, ("השלישי", "השלישית")),
    (4, ("הרביעי", "הרביעית")), (5, ("החמישי", "החמישית"))) for w in words}
_HEBREW_ORDINALS = frozenset(typed(w) for w in ("הראשון", "הראשונה", "השני", "השנייה", "השניה", "השלישי", "השלישית",
                                                "הרביעי", "הרביעית", "החמישי", "החמישית"))
_URDU_ORDINALS = frozenset(typed(w) for w in ("پہلا", "پہلی", "دوسرا", "دوسری", "دوسرے", "تیسرا", "تیسری", "تیسرے",
                                              "چوتھا", "چوتھی", "پانچواں", "پانچویں"))
# Words that only say which one of a thing ("сбор данных с метеомачты", "выгрузка результатов на сайт федерации"), or
# what kind ("خدمة إشارة مرور الكاشطة": the service of the pig passage signal)
_WHICH_ONE = frozenset(("from", "on", "for", "with", "at", "in", "to", "and", "that", "service", "between"))
# The number of one of several things, said after a word for them ("вентилятор на силосі 1"; in Devanagari or
# Bengali digits too: "ट्रफ २", said in English ones)
_WHICH_NUMBER = re.compile(r"\d{1,3}")
# ... or a letter, said after a word of another script ("пресса A", "プレスAの": press A)
_LETTER = re.compile("[a-h]")
# What no word holds: a semicolon (which asks, in Greek), a quote, a bracket
_NOT_IN_A_WORD = re.compile(r"[;\"()\[\]{}<>`|*=]")


def _tokens(text: str) -> list[str]:
    return [w.strip(".!") for w in text.replace(",", " ").split() if w.strip(".!")]


def _word(word: str, names: Callable[[str], bool]) -> list[str] | None:
    """A word beside the verb in the English the interpreter reads, or None if unknown."""
    if word.startswith("+"):
        return [" ".join(word[1:].split("+"))]
    if word in _WORDS:
        return [_WORDS[word]]
    if word.isascii() and names(word):
        # (a word of the glossary that resembles a name only as its own English does is that English: Romanian
        # "alarma" is the alarm, and may say where it is, "alarma de la ușă")
        said = glossary.english(word, lambda part: False)
        return said if said and len(said) == 1 and ground.typo_of(word, said[0]) and names(said[0]) else [word]
    if floor := _FLOOR.fullmatch(word):
        return ["floor", floor[1]]  # "2층 타석 트래커": the tracker of the bays on floor 2
    if (particle := _KOREAN_PARTICLE.search(word)) and particle.start() > 0 and \
            (english := _word(word[:particle.start()], names)) is not None:
        return english
    if word.endswith(_KO_ROOM) and len(word) > 2 and (english := _word(word[:-1], names)) is not None and \
            not word[:-1].isascii():
        return [*english, "room"]  # "숙성실": the fermentation room
    if (ending := _CASE_ENDING.search(word)) and ending.start() > 1 and \
            (english := _word(word[:ending.start()], names)) is not None:
        return english
    if (english := glossary.english(word, names)) is not None:
        return english  # (a word ending as a particle does: "릴레이", relay)
    if _CYRILLIC.search(word) and (english := _cyrillic_case(word)) is not None:
        return english
    if _GREEK.search(word) and (english := _cyrillic_case(word, _GREEK_ENDINGS, _GREEK_STEM_ENDS)) is not None:
        return english
    if (oblique := _OBLIQUE.search(word)) and oblique.start() > 1 and \
            (english := glossary.english(word[:oblique.start()] + _OBLIQUE_ENDS[oblique.group()], names)) is not None:
        return english  # "कैमरे": कैमरा; "کیمرے": کیمرہ
    if _ARABIC.match(word) and (english := glossary.english(
            word[len(_ARABIC_ARTICLE):] if word.startswith(_ARABIC_ARTICLE) else _ARABIC_ARTICLE + word, names)):
        return english
    if (hyphened := _HE_HYPHENED.fullmatch(word)) and (english := _word(hyphened[2], names)) is not None:
        return [*(["and"] if hyphened[1] else []), *english]
    if word[:1] in _JOINED and len(word) > 3 and (english := _word(word[1:], names)) is not None and \
            not word[1:].isascii():
        return [*_JOINED[word[:1]], *english]  # "والقيم": and the values; "השירות": the service; "שחותם": that signs
    if _HANGUL_COMPOUND.fullmatch(word):
        return _korean_compound(word)
    return None


# Korean writes a compound of two nouns as one word too ("금속검출기", "도어센서", "온도센서"): read when each part is a
# form the glossary lists, of two syllables or more
_HANGUL_COMPOUND = re.compile("[\uac00-\ud7a3]{4,}")


def _korean_compound(word: str) -> list[str] | None:
    for cut in range(2, len(word) - 1):
        if glossary.listed(word[:cut]) and glossary.listed(word[cut:]):
            return [*(glossary.english(word[:cut], lambda part: False) or ()),
                    *(glossary.english(word[cut:], lambda part: False) or ())]
    return None


# Russian and Ukrainian case endings, longest first, and what a stem ends with when the glossary lists it ("камеры":
# "камера"; "датчиков": "датчик"; "лінії": "лінія"; "столе": "стол"): a word in a case the glossary does not list is
# read as the form it lists, when its stem is three letters or more
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_ENDINGS = tuple(typed(e) for e in (
    # (Bulgarian's article on a plural or a noun: "душовете", "помпите", "сървърът", "камерата")
    "овете", "евете", "ите", "ът", "ят", "та", "те",
    "ами", "ями", "ого", "его", "ому", "ему", "ах", "ях", "ов", "ев", "ей", "ой", "ом", "ем", "ам", "ям", "ую", "юю",
    "ая", "яя", "ый", "ий", "ими", "ові", "еві", "ів", "ою", "ею", "ім", "ої", "ій", "их", "а", "я", "у", "ю", "ы",
    "и", "е", "і", "ї", "о"))
_CYRILLIC_STEM_ENDS = tuple(typed(e) for e in ("", "а", "я", "о", "ь", "й", "ия", "ія", "ая", "ый", "ий", "ое"))


# ... and so Greek ("δωματίου": δωμάτιο; "ελεγκτών": ελεγκτής; "γραμμής": γραμμή), its accents gone as typed leaves it
_GREEK = re.compile("[\u0370-\u03ff]")
_GREEK_ENDINGS = tuple(typed(e) for e in ("ιου", "ιων", "ους", "εις", "ου", "ων", "ος", "ας", "ης", "ες", "α", "ο", "η",
                                          "ι", "ε"))
_GREEK_STEM_ENDS = tuple(typed(e) for e in ("", "ο", "ος", "α", "η", "ι", "ας", "ης", "ια", "ιο"))


def _cyrillic_case(word: str, endings: tuple[str, ...] = _CYRILLIC_ENDINGS,
                   stem_ends: tuple[str, ...] = _CYRILLIC_STEM_ENDS) -> list[str] | None:
    for ending in endings:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            for end in stem_ends:
                if glossary.listed(stem + end) and (english := glossary.english(stem + end, lambda part: False)):
                    return english
    return None


# Hindi and Urdu nouns in the oblique or plural ("कैमरे", "कैमरों", "کیمرے", "کمروں"), read as the form the glossary lists
_OBLIQUE_ENDS = {typed("े"): typed("ा"), typed("ों"): typed("ा"), typed("ے"): typed("ہ"), typed("وں"): typed("ہ")}
_OBLIQUE = re.compile(f"(?:{'|'.join(_OBLIQUE_ENDS)})$")


# A floor said by its number, in Korean ("2층"), Japanese ("2階") or Chinese ("2楼", "2层")
_FLOOR = re.compile(r"(\d{1,2})(?:층|階|楼|层)")
# A room, written onto what it is for in Korean ("숙성실", "기계실"), read when the rest is a word of the glossary
_KO_ROOM = "실"
# Words that Arabic and Hebrew write onto the next one: "and" ("والقيم", "והשרת"), Hebrew's "the" ("השירות") and
# "that" ("שחותם": that signs), read when the rest is a word of the glossary
_JOINED = {typed("و"): ["and"], typed("ו"): ["and"], typed("ה"): [], typed("ש"): ["that"],
           typed("ב"): ["in"]}  # ("המחשב במשרד": the computer in the office)
# ... and before a word in Latin letters with a hyphen or a maqaf ("מנהרת ה-VPN", "וה-wifi"): the word itself
_HE_HYPHENED = re.compile(f"({typed('ו')})?{typed('ה')}[-\u05be]([a-z0-9][\\w.@-]*)")
# Classifiers and case endings that Bengali and Nepali write onto a noun ("নেটওয়ার্কটা", "সিমের", "বাতিটাকে",
# "बत्तीलाई", "ट्रफको"), taken off one at a time
_CASE_ENDING = re.compile(typed("(?:টাকে|টিকে|গুলোকে|গুলোর|গুলো|টার|টির|টা|টি|কে|ের|এর|র|लाई|को|का|की)$"))
# The Arabic article, which a noun before another leaves out ("مراقب مفاعل الأشعة": the monitor of the reactor
# of the rays): a form of the glossary is read said with it or without it
_ARABIC = re.compile("[\u0620-\u064a]{2}")
_ARABIC_ARTICLE = typed("ال")


# Japanese and Chinese: no spaces between words
_CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
_KANJI_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_NUMBER = "[一二两三四五六七八九十]+"


def _kanji(number: str) -> int | None:
    """一 .. 九十九 ("五", "十五", "二十"), or the number's digits."""
    if number.isdigit():
        return int(number)
    if "十" not in number:
        return _KANJI_DIGITS.get(number)
    tens, _, units = number.partition("十")
    if len(tens) > 1 or len(units) > 1 or (tens and tens not in _KANJI_DIGITS) or \
            (units and units not in _KANJI_DIGITS):
        return None
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[units] if units else 0)


_CJK_UNITS = {typed(w): s for s, words in ((1, ("秒", "秒钟")), (60, ("分", "分钟")),
                                            (3600, ("時間", "小时", "个小时", "钟头", "个钟头"))) for w in words}
# (hours, then minutes: "1時間15分後に", "1小时15分钟后", "一个小时十五分钟后")
_CJK_HOURS = rf"(?:(?P<h>\d+|{_KANJI_NUMBER})\s*(?:時間|个小时|小时|个钟头|钟头)\s*(?:零)?)?"
_CJK_DELAY = re.compile(rf"(?:在)?{_CJK_HOURS}(?P<n>\d+|{_KANJI_NUMBER})\s*(?P<unit>{_alternatives(_CJK_UNITS)})"
                        rf"(?P<half>半)?\s*"
                        rf"(?:{_alternatives(('後に', '後', 'ご', '以后', '之后', '后'))})")
# ("30分後に" is a delay of _CJK_DELAY: said here too, it was two delays, and unread)
# (and a quarter of an hour, "一刻钟后", or three: "三刻钟后")
_CJK_HALVES = {typed(w): s for s, words in ((1800, ("半小时后", "半个小时后", "半小时以后")),
                                            (900, ("一刻钟后", "一刻钟以后")), (2700, ("三刻钟后", "三刻钟以后")))
               for w in words}
_CJK_HALF = re.compile(rf"(?:在)?(?P<said>{_alternatives(_CJK_HALVES)})")

_JA_VERBS = _folded({
    **dict.fromkeys(("再起動", "リブート", "リスタート", "再始動"), _RESTART),
    **dict.fromkeys(("起動", "開始", "スタート", "立ち上げて"), _START),
    **dict.fromkeys(("停止", "止めて", "ストップ"), _STOP),
    **dict.fromkeys(("マウント",), _MOUNT), **dict.fromkeys(("アンマウント", "取り外して"), _UNMOUNT),
    **dict.fromkeys(("点滅", "点滅させて"), _BLINK),
    **dict.fromkeys(("オンに", "有効に", "つけて"), _ON), **dict.fromkeys(("オフに", "無効に", "消して"), _OFF),
    # ... and "do it, for later" (the て form with "おく", said short: "消しといて", "止めておいて", "つけといて")
    **{f"{stem}{ahead}": verb for stems, verb in ((("止め",), _STOP), (("つけ", "点け"), _ON), (("消し",), _OFF))
       for stem in stems for ahead in ("ておいて", "といて", "とい", "ておけ", "とけ", "ちゃって")},
    **dict.fromkeys(("に切り替えて", "に切り替え", "に変更して", "に設定して", "にして"), _SWITCH),
    # ... for later ("省電力モードにしておいて")
    **dict.fromkeys(("にしておいて", "にしといて", "に切り替えておいて", "に切り替えといて"), _SWITCH),
})
# What may follow a Japanese verb and still ask: "して", "してください", "をお願いします"
_JA_DOS = ('して', 'しろ', 'する', 'させて', 'せよ', 'かけて', 'をかけて',
           'しておいて', 'しといて', 'しとい', 'しておけ', 'しとけ', 'しちゃって')
_JA_ENDING = rf"(?:{_alternatives(_JA_DOS)})?" \
             rf"(?:{_alternatives(('ください', '下さい', 'くれ'))})?(?:を?{_alternatives(('お願いします', 'お願い'))})?"
_JA_VERB = re.compile(rf"(?P<verb>{_alternatives(_JA_VERBS)})(?P<ending>{_JA_ENDING})$")
_ZH_VERBS = _folded({
    **dict.fromkeys(("重启", "重新启动", "重开", "重新开机"), _RESTART),
    **dict.fromkeys(("启动", "开启", "运行"), _START),
    **dict.fromkeys(("停止", "停掉", "停用"), _STOP), **dict.fromkeys(("挂载",), _MOUNT),
    # ... with "a bit" said short ("重启下金属探测器": "一下")
    **dict.fromkeys(("重启下", "重新启动下"), _RESTART), **dict.fromkeys(("启动下",), _START),
    **dict.fromkeys(("停止下",), _STOP),
    **dict.fromkeys(("卸载", "弹出"), _UNMOUNT), **dict.fromkeys(("打开",), _ON),
    **dict.fromkeys(("关闭", "关掉", "关上"), _OFF), **dict.fromkeys(("闪烁",), _BLINK),
    # ... done, with 把 only and nothing after ("把蓝灯关了吧"; "关了蓝灯" says what was done: _ZH_DONE)
    **dict.fromkeys(("关了", "关掉了"), _OFF),
    **dict.fromkeys(("切换到", "切换为", "设为", "设置为"), _SWITCH),
})
# "把电源模式调成省电": a mode turned or changed into another is switched to (said of a mode only, as _ZH_TO_THE_TOP)
_ZH_INTO = frozenset(typed(w) for w in ("调成", "改成", "设成", "换成", "调为", "改为", "调到", "切到", "切成", "改到"))
_ZH_VERBS.update(dict.fromkeys(_ZH_INTO, _SWITCH))
# "把性能模式调到最高": a mode turned to the top is switched to (said of a mode only: "把风扇调到最高" is a speed)
_ZH_TO_THE_TOP = frozenset(typed(w) for w in ("调到最高", "调到最大", "开到最高", "开到最大", "调至最高", "调至最大"))
_ZH_VERBS.update(dict.fromkeys(_ZH_TO_THE_TOP, _SWITCH))
_ZH_VERB = re.compile(_alternatives(_ZH_VERBS))
_ZH_DONE = frozenset(typed(w) for w in ("关了", "关掉了"))
# "A bit", said after the verb, that makes a request of what is said before it ("烘干机重启一下")
_ZH_A_BIT = frozenset(typed(w) for w in ("一下", "一下吧", "下吧"))
# Particles and courtesies, which say nothing of what is asked; "把" brings the object first
_CJK_FILLERS = _alternatives(("を", "は", "の", "、", "请", "麻烦", "麻烦你", "帮我", "帮忙", "给我", "一下",
                              "吧", "的", "现在", "马上", "立即", "今すぐ", "すぐに", "すぐ", "ちょっと",
                              # ("that", "this" before a thing: "把A室那个蓝灯关掉", "そのポンプを止めて")
                              "那个", "这个", "那台", "这台", "その", "この", "あの"))
_CJK_WORDS = {typed(w): english for english, words in (
    ("system", ("システム", "本体", "デバイス", "端末", "機器", "系统", "设备", "机器", "主机", "服务器本身")),
    ("service", ("サービス", "服务")),
    # (wireless LAN said in full, "無線LANを有効にして": the wifi, never the wired link "LAN" alone names)
    ("wifi", ("ワイファイ", "无线网", "无线", "無線lan", "無線ラン", "无线局域网", "无线网络", "無線ネットワーク",
              "wi-fi", "wifi")),
    ("usb stick", ("usbメモリ", "u盘", "优盘")), ("light", ("ライト", "ランプ", "灯", "指示灯")),
    ("powersave mode", ("省電力モード", "省エネモード", "省电模式", "节能模式")),
    ("performance mode", ("パフォーマンスモード", "高性能モード", "性能模式", "高性能模式")),
    ("balanced mode", ("バランスモード", "平衡模式", "均衡模式")),
    # colours ("把红色报警灯关掉", "赤いランプを消して")
    ("red", ("红色", "红", "赤色", "赤い", "赤")), ("green", ("绿色", "绿", "緑色", "緑")),
    ("yellow", ("黄色", "黄", "黄色い")), ("blue", ("蓝色", "蓝", "青い", "青")), ("white", ("白色", "白", "白い")),
    ("orange", ("橙色", "橙", "オレンジ"))) for w in words}


# An ordinal before its thing, with a counter or without ("第二条线", "第2ライン"), read as a number before it is
_CJK_COUNTERS = _alternatives(("条", "个", "号", "台", "块", "间", "排", "张", "道", "座", "组", "番目の", "番目"))


@functools.cache
def _cjk_piece() -> tuple[re.Pattern[str], dict[str, str]]:
    """One word of a Japanese or Chinese object: a name in Latin letters, a word of the table or
    of the glossary, or a particle (so "nginxサービスを" is nginx, service and a particle)."""
    text = resources.files(__package__).joinpath("glossary.json").read_text("utf-8")
    words = dict(_CJK_WORDS)
    for english, languages in json.loads(text).items():
        for form in (*languages.get("ja", ()), *languages.get("zh", ())):
            words.setdefault(typed(form), english)
        # (a Japanese loanword written without its last long vowel, as engineers write it: "コンプレッサ", "モニタ")
        for form in languages.get("ja", ()):
            if len(form) > 3 and form.endswith("ー") and _KANA.fullmatch(form[-2]):
                words.setdefault(typed(form[:-1]), english)
    return re.compile(rf"\s*(?:(?P<floor>\d{{1,2}}(?:階|楼|层))|"
                      rf"(?P<numbered>\d{{1,3}}|{_KANJI_NUMBER})(?:番目の|番|号)|"
                      rf"第(?P<ordinal>\d{{1,3}}|{_KANJI_NUMBER})(?:{_CJK_COUNTERS})?|"
                      rf"(?P<name>[a-z0-9][a-z0-9@._:/-]*)|(?P<word>{_alternatives(words)})|(?P<把>把)|"
                      rf"(?:{_CJK_FILLERS}))\s*"), words


def _numbered_sense(english: str, word: str, names: Callable[[str], bool]) -> str:
    """The English of a word said with its number: the one other sense the device has, when it has not the first."""
    had = [said for said in glossary.senses(word) if all(names(w) for w in said.split())]
    return english if names(english) or len(had) != 1 else had[0]


def _cjk_object(text: str, names: Callable[[str], bool], after_ba: bool = False) -> list[str] | None:
    """The English of what the words name, or None if a word is not read (or a name is said
    before the Chinese verb without 把: "nginx重启" says that it restarts)."""
    piece, words = _cjk_piece()
    read: list[str] = []
    at, ba = 0, after_ba
    # a number said before its thing ("7番ルーム", "2号线", "一号库"), said after it ("room 7"); a word two things share
    # is read as the one the device has ("一号库": a store, or a magazine; see glossary.english)
    numbered, counted, lettered = "", False, ""
    while at < len(text):
        found = piece.match(text, at)
        if found is None or found.end() == at:
            return None
        at = found.end()
        if found["numbered"] or found["ordinal"]:
            if numbered or not ba or (number := _kanji(found["numbered"] or found["ordinal"])) is None:
                return None
            numbered, counted = str(number), True
        elif found["把"]:
            ba = True
        elif found["floor"]:
            if not ba:
                return None
            read += _word(found["floor"], names) or []  # ("2階の": on floor 2)
        elif found["name"] and _WHICH_NUMBER.fullmatch(found["name"]) and read and read[-1] in words.values() and ba:
            read.append(str(int(found["name"])))  # "ルーム7の": room 7
        elif found["name"] and _LETTER.fullmatch(found["name"]) and read and read[-1] in words.values() and ba:
            read.append(found["name"])  # "プレスAの": press A
        elif found["name"] and _LETTER.fullmatch(found["name"]) and ba and not lettered and (
                after := piece.match(text, at)) and after["word"] and after.start() == at:
            lettered = found["name"]  # "A室的蓝灯", "B棟のポンプ": the letter said before its thing, said after it
        elif found["name"]:
            if not names(found["name"]) or not ba:
                return None
            read.append(found["name"])
        elif found["word"]:
            if not ba:
                return None
            english = words[found["word"]]
            read.append(_numbered_sense(english, found["word"], names) if numbered else english)
            read, numbered = (read + [numbered], "") if numbered else (read, "")
            read, lettered = (read + [lettered], "") if lettered else (read, "")
    if numbered or lettered or (counted and set(read) & _LINKS):
        return None
    return read if len([w for w in read if not w.isdigit()]) <= 4 else None


# Another thing to be left as it is, said in Japanese or Chinese as a sentence after the request
# ("...再起動してください。エクスポーターの方は触らないでね。", "...重启一下，导出器别动"): said in English
# after it ("..., leave the exporter alone"), which the English reading keeps the request from
_LEFT_ALONE = re.compile(
    r"(?<=[。.!！,，])\s*(?P<thing>[^。.!！?？,，、]+?)(?:(?:の方|のほう)?(?:は|には)(?:" + _alternatives((
        "触らないで", "さわらないで", "いじらないで", "そのままで", "そのままにして", "そのままにしておいて")) +
    r")(?:ね|ください|下さい|くださいね)?|(?:先)?(?:" + _alternatives(("别动", "不要动", "不用动", "别碰", "不要碰")) +
    r")(?:了|吧)?)[\s。.!！]*$")

# What ends a Japanese or Chinese sentence
_CJK_END = " ?.!。！"


_CJK_PLEASE = re.compile(rf"^(?:{_alternatives(('请', '麻烦你', '麻烦', '帮我'))})?(?P<said>.+?)"
                         rf"(?:{_alternatives(('吧', 'をお願いします', 'でお願いします', 'お願いします'))})?$")


# ... or the power mode turned into one, its "mode" said or not ("把电源模式调成省电", "电源改成高性能")
_ZH_PROFILES = {typed("省电"): "powersave", typed("节能"): "powersave", typed("高性能"): "performance",
                typed("性能"): "performance", typed("平衡"): "balanced", typed("均衡"): "balanced"}
_ZH_MODE_INTO = re.compile(
    rf"(?:把)?(?:{_alternatives(('电源模式', '电源方案', '功耗模式', '供电模式', '电源'))})?"
    rf"(?:{_alternatives(_ZH_INTO)})"
    rf"(?P<profile>{_alternatives(_ZH_PROFILES)})(?:{typed('模式')})?")


def _cjk_profile(text: str) -> str | None:
    """A power profile said alone ("省電力モード", "性能模式"), with a please only, or the power mode turned into
    one (_ZH_MODE_INTO): asked for (never asked about: "省電力モード？", "省電力モードは？")."""
    if "?" in text or "？" in text:
        return None
    said = _CJK_PLEASE.fullmatch(typed(text).strip(_CJK_END))
    if said and (into := _ZH_MODE_INTO.fullmatch(said["said"])):
        return f"switch to {_ZH_PROFILES[into['profile']]} mode"
    english = _CJK_WORDS.get(said["said"], "") if said else ""
    return english if english.endswith(" mode") else None


# A reason said in Chinese after the request, as a clause of its own: the alarm already seen to ("已经确认过了"),
# what the speaker is about to do with what it brings ("我要用平板看数据"), or what fails ("数据不更新了",
# "页面打不开"). Each word is read: never a verb of the catalog, a negation of the request ("别", "不要", "不用"),
# a question, a time or a name
_CJK_CLAUSE = re.compile(r"[,，]\s*(?P<clause>[^,，]+?)[\s。.!！]*$")
_ZH_SEEN_TO = re.compile(r"(?P<subject>.*?)(?:我|我们)?(?:已经|已)(?:确认|处理|知道|看|检查|核实|"
                         r"修好|修复|修理好|修|换好|换|解决|排除|清理好|清理|加满|补充|补好)(?:过)?了?")
_ZH_PURPOSE = re.compile(r"(?:我|我们)(?:要|想|需要|得|准备|打算)(?:用(?P<with>.+?))?"
                         r"(?:查看|看看|看|查|读取|下载|上传|拷贝|拷|复制|连接|连|登录)(?P<what>.*)")
_ZH_FAILS = re.compile(r"(?P<subject>.*?)(?:还是|一直|都|又|老是|总是)?(?:(?:不|没|没有)(?:显示|更新|刷新|上传|响应|"
                       r"反应|工作|动|转|亮|出来|连接|打印|记录|变|进来|过来|到)|(?:打|连|看|收|传|读|登|显示)不"
                       r"(?:开|上|到|出来|进来|过来))了?")


def _zh_reason(clause: str) -> bool:
    """Whether a clause after the request only says why, in Chinese (_ZH_SEEN_TO, _ZH_PURPOSE, _ZH_FAILS), each
    word read and no name."""
    def things(said: str | None) -> bool:
        return not said or _cjk_object(said, lambda word: False, after_ba=True) is not None
    clause = clause.strip()
    if (seen_to := _ZH_SEEN_TO.fullmatch(clause)) and things(seen_to["subject"]):
        return True
    if (purpose := _ZH_PURPOSE.fullmatch(clause)) and things(purpose["with"]) and things(purpose["what"]):
        return True
    if _ZH_FEW_RUN.fullmatch(clause) or ((idle := _ZH_NO_WORK.fullmatch(clause)) and not holds_a_verb(clause) and
                                          "不" not in idle["what"] and "没" not in idle["what"]):
        return True
    if (stuck := re.fullmatch(rf"(?P<subject>.+?)(?:又|还是|一直)?(?:{_ZH_STOPPED})", clause)) and \
            things(stuck["subject"]):
        return True  # ("请重启鸡饭档的叫号屏，号码卡住了": the number is stuck)
    return (fails := _ZH_FAILS.fullmatch(clause)) is not None and things(fails["subject"])


# ... or that little will run, a time and "only" one or two lines or machines ("今晚只开一条线": tonight only one line
# runs), a light load said as why
_ZH_FEW_RUN = re.compile(r"(?:今晚|今天|今夜|晚上|夜里|夜班|这周|周末|现在)?(?:只|就|只有)(?:开|用|跑|运行|开着)"
                         r"(?:一|两|二|1|2)(?:条|台|个)(?:线|生产线|产线|机器|机|炉)?(?:了|而已)?")


# ... or that there is no work there for a time to come ("那边今天不发豆芽了": no sprouts are grown there today,
# "今天不用了", "今晚不生产了"): the place, the day, "not" and a verb of work, a few words of what it makes
_ZH_NO_WORK = re.compile(r"(?:那边|这边|那里|这里|那儿|这儿)?(?:我们)?(?:今天|今晚|今夜|晚上|这周|周末|明天)"
                         r"(?:就)?不(?:再)?"
                         r"(?:生产|发|做|干活|开工|上班|营业|用|出|种|收|泡|烤|炸|跑|加工|测|测量)"
                         r"(?P<what>[\u4e00-\u9fff]{0,3})了")


# What stopped, said first as a sentence of its own, then the request alone, of it: Japanese [thing]が[stopped]。
# [verb] ("ボールディスペンサーが止まってる。起動して"), Chinese [thing][stopped]，[verb] ("出票机卡住了，重启一下");
# never the request negated, asked or past (its verb and ending are read as _JA_VERB and _ZH_VERB read them), nor
# the thing said not to have stopped
_JA_STOPPED = _alternatives((
    "止まってる", "止まっている", "止まってます", "止まっています", "止まった", "止まりました", "止まっちゃった",
    "落ちてる", "落ちている", "落ちた", "落ちました", "固まってる", "固まっている", "固まった", "固まりました",
    "フリーズしてる", "フリーズしている", "フリーズした", "フリーズしました", "動かない", "動いてない", "動いていない",
    "動きません", "反応しない", "反応がない", "応答しない", "応答がない", "エラーになってる", "エラーになった"))
_ZH_STOPPED = _alternatives((
    "停了", "停止了", "卡住了", "卡死了", "卡了", "挂了", "死机了", "宕机了", "崩了", "崩溃了", "坏了", "不动了",
    "没反应了", "没有反应了", "不工作了", "掉线了", "断了", "断开了"))
_CJK_STOPPED_FIRST = re.compile(
    rf"(?P<thing>.+?)(?:(?:が|は)(?:{_JA_STOPPED})|(?:{_ZH_STOPPED}))[。.!！,，、]\s*"
    rf"(?:(?:{_alternatives(('それを', 'これを', 'あれを', '把它', '把他'))}))?(?P<request>.+)")


def _cjk_stopped_first(text: str, names: Callable[[str], bool]) -> tuple[tuple[str, str], list[str]] | None:
    """The verb of a request said alone after a sentence of what stopped, and that thing's words
    (_CJK_STOPPED_FIRST)."""
    if (said := _CJK_STOPPED_FIRST.fullmatch(text)) is None or \
            (thing := _cjk_object(said["thing"], names, after_ba=True)) is None or not thing:
        return None
    request = said["request"].strip()
    if (japanese := _JA_VERB.fullmatch(request)) is not None:
        return _JA_VERBS[japanese["verb"]], thing
    if (chinese := _ZH_VERB.match(request)) and _cjk_object(request[chinese.end():], names, after_ba=True) == [] \
            and chinese.group() not in _ZH_TO_THE_TOP:
        return _ZH_VERBS[chinese.group()], thing
    return None
# What fails said first in Japanese or Chinese, then a request of it ("特急レーン止まってる、起動して",
# "主泵卡住了，重启一下"):
# stopped, stuck, frozen, down, not moving or answering (never what it did of itself: "再起動した" is not listed)
_CJK_FAILS = _alternatives(typed(w) for w in (
    "止まってる", "止まっている", "止まってます", "止まっています", "止まった", "止まりました", "止まっちゃった",
    "固まってる", "固まっている", "固まった", "固まりました", "フリーズしてる", "フリーズした", "フリーズしました",
    "落ちてる", "落ちた", "落ちました", "動かない", "動いてない", "動いていない", "動きません", "反応しない",
    "反応がない",
    "応答しない", "応答がない", "死んでる", "壊れた", "壊れてる",
    "卡住了", "卡死了", "卡了", "死机了", "挂了", "停了", "不动了", "没反应了", "没反应", "没有反应", "坏了", "崩了",
    "崩溃了",
    "掉线了", "不工作了", "不转了",
    # (no reading, said in Cantonese too: "真空錶冇讀數", folded to "没读数" by _simplified)
    "没读数", "没有读数", "没读数了", "没有读数了", "没数据", "没有数据"))
_CJK_FAILED_FIRST = re.compile(rf"(?P<thing>[^、，,。]+?)(?:{_alternatives(('が', 'は'))})?(?:{_CJK_FAILS})"
                               r"[、，,。！!]\s*(?P<request>[^、，,。]+)")
# "It" or "that", said of the thing just named ("それを再起動して", "把它重启")
_CJK_IT = re.compile(_alternatives(typed(w) for w in ("それ", "あれ", "これ", "它", "那个", "这个")))


# ... never under a condition or as reported ("如果屏幕卡住了，重启屏幕": if it sticks; "老板说...": the boss says)
_CJK_IF_SAID = re.compile(_alternatives(("如果", "要是", "假如", "万一", "一旦", "的话", "若", "当", "等到", "说",
                                         "もし", "なら", "たら", "れば", "場合", "とき", "時", "って")))


def _cjk_failed_first(text: str, names: Callable[[str], bool]) -> str | None:
    """The English of a request of "it" or of nothing said, after the thing said failing: the request, of the thing."""
    if "?" in text or "？" in text or (said := _CJK_FAILED_FIRST.fullmatch(text.rstrip(_CJK_END))) is None:
        return None
    thing, request = said["thing"], said["request"]
    if _CJK_IT.search(thing) or _CJK_IF_SAID.search(thing):
        return None
    if (alone := _unspaced(request, names)) is not None and (len(alone.split()) > 1 or alone == "reboot"):
        return alone  # (a request of its own thing, or of the device: "...、nginxを再起動して")
    if _JA_VERB.search(request):
        request = _CJK_IT.sub(thing, request) if _CJK_IT.search(request) else f"{thing}を{request}"
    elif len(list(_ZH_VERB.finditer(request))) == 1:
        request = _CJK_IT.sub(thing, request) if _CJK_IT.search(request) else f"把{thing}{request}"
    else:
        return None
    read = _unspaced(request, names)
    return read if read is not None and len(read.split()) > 1 and read != "reboot" else None


def _unspaced(text: str, names: Callable[[str], bool]) -> str | None:
    if profile := _cjk_profile(text):
        return profile
    asked = text.endswith("?")
    text = text.rstrip(_CJK_END)
    if "?" in text or "？" in text:
        return None
    if (said := _CJK_CLAUSE.search(text)) and _zh_reason(said["clause"]):
        text = text[:said.start()]  # "把红色报警灯关掉，已经确认过了": why, said after
        if profile := _cjk_profile(text):
            return profile  # "把电源模式调成省电，今晚只开一条线"
    seconds: int | None = None
    delays = [*_CJK_HALF.finditer(text), *_CJK_DELAY.finditer(text)]
    if len(delays) > 1:
        return None
    if delays:
        found = delays[0]
        if found.re is _CJK_HALF:
            seconds = _CJK_HALVES[found["said"]]
        elif (count := _kanji(found["n"])) is None:
            return None
        else:
            seconds = count * _CJK_UNITS[found["unit"]] + (_CJK_UNITS[found["unit"]] // 2 if found["half"] else 0)
            if found["h"]:
                if _CJK_UNITS[found["unit"]] != 60 or found["half"] or (hours := _kanji(found["h"])) is None:
                    return None
                seconds += hours * 3600
        text = text[:found.start()] + text[found.end():]
    if failed := _cjk_stopped_first(text, names):
        return _english(failed[0], failed[1], seconds, asked)
    if japanese := _JA_VERB.search(text):
        # [object][particle][verb][ending]: nothing after the verb but its ending
        read = _cjk_object(text[:japanese.start()], names, after_ba=True)
        verb = _JA_VERBS[japanese["verb"]]
    elif len(chinese := list(_ZH_VERB.finditer(text))) == 1:
        # [verb][object], or 把[object][verb]
        head, tail = text[:chinese[0].start()], text[chinese[0].end():]
        if chinese[0].group() in _ZH_DONE and (typed("把") not in head or tail not in ("", typed("吧"))):
            return None
        # (the object said first without 把 asks when "a bit" follows the verb: "烘干机重启一下", never "nginx重启")
        read_head = _cjk_object(head, names, after_ba=tail in _ZH_A_BIT)
        read_tail = _cjk_object(tail, names, after_ba=True)
        read = None if read_head is None or read_tail is None else read_head + read_tail
        verb = _ZH_VERBS[chinese[0].group()]
        if chinese[0].group() in _ZH_TO_THE_TOP | _ZH_INTO and (
                read is None or len(read) != 1 or not read[0].endswith(" mode")):
            return None
    else:
        return None
    if read is None:
        return None
    return _english(verb, read, seconds, asked)


# Thai: no spaces between words, a space between clauses (and around names and numbers); the verb first
# ("รีสตาร์ทเครื่องชั่งหน่อย", "ช่วยปิดไฟสีแดงด้วย", "เริ่มปั๊มใหม่"), a courtesy before it and particles after
_THAI = re.compile("[\u0e01-\u0e5b]")
_TH_VERBS = _folded({
    **dict.fromkeys(("รีสตาร์ท", "รีสตาร์ต", "รีสตาท", "รีบูต", "รีบูท", "เริ่มใหม่", "เริ่มต้นใหม่", "สตาร์ทใหม่"),
                    _RESTART),
    **dict.fromkeys(("เริ่ม", "เริ่มต้น", "สตาร์ท", "เริ่มการทำงาน"), _START),
    **dict.fromkeys(("หยุด", "สต็อป", "หยุดการทำงาน"), _STOP),
    **dict.fromkeys(("เปิด", "เปิดใช้งาน"), _ON), **dict.fromkeys(("ปิด", "ปิดใช้งาน"), _OFF),
    **dict.fromkeys(("เมานต์", "เมาท์", "เมาน์"), _MOUNT), **dict.fromkeys(("อันเมานต์", "อันเมาท์", "ถอด"), _UNMOUNT),
    # a profile changed or switched to ("เปลี่ยนเป็นโหมดประหยัดพลังงาน")
    **dict.fromkeys(("เปลี่ยนเป็น", "เปลี่ยนไปใช้", "เปลี่ยนไปที่", "สลับเป็น", "สลับไปที่", "สลับไปใช้", "ตั้งเป็น"), _SWITCH),
})
# ... and "start it again", said around its object ("เริ่มปั๊มใหม่", "สตาร์ทเครื่องชั่งใหม่")
_TH_AGAIN = typed("ใหม่")
_TH_VERB = re.compile(_alternatives(_TH_VERBS))
# Said before the verb ("help", "please", "may I trouble you") or after what it acts on ("a little", "too",
# "for me", "now", the speaker's politeness)
_TH_PLEASE = re.compile(rf"^(?:(?:{_alternatives(('ช่วย', 'กรุณา', 'รบกวน', 'ขอให้'))})\s*)+")
_TH_AFTER = _alternatives(("หน่อย", "ด้วย", "ให้หน่อย", "ให้ด้วย", "ให้ที", "ที", "นะ", "ครับ", "ค่ะ", "คะ", "จ้า", "จ้ะ",
                           "เลย", "ตอนนี้", "เดี๋ยวนี้", "ทันที", "ให้"))
_TH_PARTICLES = re.compile(rf"(?:\s*(?:{_TH_AFTER}))+$")
# Thai numbers said in words ("อีกสิบนาที": in ten minutes)
_TH_NUMBERS = {typed(w): n for w, n in (("หนึ่ง", 1), ("สอง", 2), ("สาม", 3), ("ห้า", 5), ("สิบ", 10), ("สิบห้า", 15),
                                        ("ยี่สิบ", 20), ("สามสิบ", 30), ("สี่สิบห้า", 45), ("หกสิบ", 60))}
_TH_DELAY = re.compile(rf"\s*(?:ใน)?อีก\s*(?:(?P<n>\d+|{_alternatives(_TH_NUMBERS)})\s*"
                       rf"(?P<unit>{_alternatives(('วินาที', 'นาที', 'ชั่วโมง', 'ชม.', 'ชม'))})|"
                       rf"(?P<half>{_alternatives(('ครึ่งชั่วโมง', 'ชั่วโมงครึ่ง'))}))")
_TH_UNITS = {typed("วินาที"): 1, typed("นาที"): 60, typed("ชั่วโมง"): 3600, typed("ชม."): 3600, typed("ชม"): 3600}
# ... half an hour, and an hour and a half ("อีกครึ่งชั่วโมง", "อีกชั่วโมงครึ่ง")
_TH_HALVES = {typed("ครึ่งชั่วโมง"): 1800, typed("ชั่วโมงครึ่ง"): 5400}
_TH_WORDS = {typed(w): english for english, words in (
    ("system", ("ระบบ", "เครื่อง", "อุปกรณ์")), ("service", ("เซอร์วิส", "บริการ")), ("wifi", ("ไวไฟ",)),
    ("light", ("ไฟ", "หลอดไฟ")), ("led", ("แอลอีดี",)), ("red", ("สีแดง", "แดง")), ("green", ("สีเขียว", "เขียว")),
    ("usb stick", ("แฟลชไดรฟ์", "แฟลชไดร์ฟ", "ยูเอสบี")),
    ("powersave mode", ("โหมดประหยัดพลังงาน", "โหมดประหยัดไฟ")), ("performance mode", ("โหมดประสิทธิภาพสูง",)),
    ("balanced mode", ("โหมดสมดุล",)),
    # a link to a place ("รีสตาร์ท VPN ไปสำนักงานใหญ่หน่อย": the VPN to headquarters), said between two words only
    ("vpn", ("vpn", "วีพีเอ็น")), ("to", ("ไปยัง", "ไปที่", "ไป")),
    # where it is, between two words ("เครื่องนับแบงก์ที่เคาน์เตอร์ 2": the note counter at counter 2)
    ("at", ("ที่",))) for w in words}
# Words that only join others ("of", "number" before a digit, a classifier)
_TH_FILLERS = _alternatives(("ของ", "หมายเลข", "เบอร์", "ตัวที่", "ตัว", "เครื่องที่")) + \
    "|" + typed("ที่") + r"(?=\s*\d)"  # ("สายการผลิตที่ 2": line number 2; "ที่" before a number only)


@functools.cache
def _th_words() -> dict[str, str]:
    """The Thai words of the table and of the glossary, folded, -> their English."""
    text = resources.files(__package__).joinpath("glossary.json").read_text("utf-8")
    words = dict(_TH_WORDS)
    for english, languages in json.loads(text).items():
        for form in languages.get("th", ()):
            words.setdefault(typed(form), english)
    return words


# Besides words: a name in Latin letters, a number, a word that only joins
_TH_PIECE = re.compile(rf"\s*(?:(?P<name>[a-z][a-z0-9@._:/-]*)|(?P<number>\d{{1,3}})|(?P<filler>{_TH_FILLERS}))\s*")


def _th_object(text: str, names: Callable[[str], bool], most: int = 4) -> list[str] | None:
    """The English of what the words name, or None if a word is not read."""
    read = _th_split(text, names, after_word=False)
    if read is None or read[:1] in (["to"], ["at"]) or read[-1:] in (["to"], ["at"]):
        return None  # ("รีสตาร์ทไป": "to" said of nothing)
    return read if len([w for w in read if not w.isdigit() and w not in ("to", "at")]) <= most else None


def _th_split(text: str, names: Callable[[str], bool], after_word: bool) -> list[str] | None:
    """The words of the text, longest first, a shorter one tried when what follows is not read ("เครื่องอบ" +
    "ข้าวเปลือก"); a number only after a word ("เครื่องขัดขาว 1")."""
    if not (text := text.strip()):
        return []
    tries: list[tuple[int, list[str], bool]] = []
    if found := _TH_PIECE.match(text):
        if found["name"] and names(found["name"]):
            tries.append((found.end(), [found["name"]], True))
        elif found["filler"]:
            tries.append((found.end(), [], after_word))
        elif found["number"] and after_word:
            tries.append((found.end(), [found["number"]], False))
    tries += sorted(((len(w), [english], True) for w, english in _th_words().items() if text.startswith(w)),
                    reverse=True)
    for end, said, word in tries:
        if (rest := _th_split(text[end:], names, word)) is not None:
            return said + rest
    return None


# What fails, said in Thai as a clause of its own after the request: [a subject of a few words]ไม่[a verb of
# what a thing does] ("น้ำหนักไม่ขึ้น", "จอไม่แสดงผล"), or a state it fell into ("ค้าง", "ล่ม"); never "no need"
# or "never mind" ("ไม่ต้อง", "ไม่เป็นไร" are not listed), no name or question
_TH_DOES = _alternatives((
    "ขึ้น", "ทำงาน", "ตอบสนอง", "ตอบ", "ออก", "มา", "เปลี่ยน", "อัปเดต", "อัพเดท", "แสดง", "แสดงผล", "ติด", "หมุน",
    "วิ่ง", "เดิน", "ส่ง", "พิมพ์", "บันทึก", "อ่าน", "โหลด", "เชื่อมต่อ", "ไหล", "นับ", "ชั่ง", "เข้า", "เข้ามา", "ส่งมา",
    # (what the animals will not do: "ตัวเล็กไม่ยอมกิน", the little ones won't eat)
    "กิน", "ยอมกิน", "ยอมออก", "ยอมขึ้น"))
# ... or a state it fell into, or a reading gone too far ("น้ำเย็นไปแล้ว": the water has gone cold)
_TH_FELL = _alternatives(("ค้าง", "แฮงค์", "แฮง", "ล่ม", "ดับ", "เสีย", "error", "เย็นไป", "ร้อนไป", "เย็นเกินไป",
                          "ร้อนเกินไป"))
_TH_STILL = _alternatives(("เลย", "แล้ว", "อีกแล้ว", "ครับ", "ค่ะ", "คะ", "นะ"))
_TH_IT = typed("มัน")  # ("..., มันค้าง": it hangs)
_TH_FAILS = re.compile(rf"(?P<subject>.*?)(?:{typed('ไม่')}\s*(?:{_TH_DOES})|(?:{_TH_FELL}))(?:\s*(?:{_TH_STILL}))*")


def _thai(text: str, names: Callable[[str], bool]) -> str | None:
    text = typed(text).strip(" .!")
    if "?" in text:
        return None
    for _ in range(2):  # (one clause or two: "... น้ำเย็นไปแล้ว ตัวเล็กไม่ยอมกิน")
        head, _, last = text.rpartition(" ")
        if head and (failing := _TH_FAILS.fullmatch(last)) and (
                not failing["subject"] or failing["subject"] == _TH_IT or
                _th_object(failing["subject"], lambda word: False, 3)):
            text = head  # "... น้ำหนักไม่ขึ้น": what fails, said after
    body = _TH_PLEASE.sub("", text.strip())
    seconds: int | None = None
    if len(delays := list(_TH_DELAY.finditer(body))) > 1:
        return None
    if delays:  # (before the particles: "นาที" ends as "ที" does)
        seconds = _TH_HALVES[delays[0]["half"]] if delays[0]["half"] else \
            (_TH_NUMBERS.get(delays[0]["n"]) or int(delays[0]["n"])) * _TH_UNITS[delays[0]["unit"]]
        body = body[:delays[0].start()] + body[delays[0].end():]
    body = _TH_PARTICLES.sub("", body)
    if (said := _TH_VERB.match(body)) is None:
        return None
    verb, rest = _TH_VERBS[said.group()], body[said.end():]
    if verb == _START and rest.rstrip().endswith(_TH_AGAIN):
        verb, rest = _RESTART, rest.rstrip()[:-len(_TH_AGAIN)]
    if (read := _th_object(rest, names)) is None:
        return None
    return _english(verb, read, seconds, False)


# A status asked in these languages, by its words (of no script's verb of the catalog): asked with a question mark, or
# with "tell me", "show me" said last ("시스템 상태 좀 알려줘", "ネットワークの状態を教えて"); its topic by the first of
# its words in _STATUS_TOPICS' order ("AOI图片那个盘还剩多少空间？": storage; "नेटवर्क का क्या हाल है?": network)
_TELL_ME = re.compile("(?:" + _alternatives((
    "알려줘", "알려 줘", "알려주세요", "알려 주세요", "알려줄래", "보여줘", "보여 줘", "보여주세요", "보여 주세요",
    "教えて", "教えてください", "教えて下さい", "見せて", "見せてください", "告诉我", "给我看看", "看一下", "查一下",
    "बताओ", "बताइए", "बताइये", "बताना", "बता दो", "दिखाओ", "скажи", "скажите", "покажи", "покажите", "розкажи",
    "покажи", "πες μου", "δείξε μου", "cho tôi biết", "cho mình biết", "บอกหน่อย", "ขอดู")) + r")[\s.!。！]*$")
_STATUS_TOPICS = (
    ("storage", ("usb", "sd", "ssd", "disk", "drive", "storage", "u盘", "드라이브", "ドライブ", "التخزين",
                 "تخزين", "السعة",
                 "накопитель", "накопителе", "флешка", "флешке", "флешці", "сховище", "хранилище", "ذخیره", "دیسک",
                 "空间", "磁盘", "硬盘", "存储", "容量", "ディスク", "ストレージ", "空き", "디스크", "용량",
                 "저장 공간", "डिस्क", "स्टोरेज", "जगह", "место", "места", "диск", "диске", "диска",
                 "диском", "дисками", "місце", "місця", "δίσκος", "δίσκο", "χώρος", "χώρο", "القرص",
                 "المساحة", "דיסק", "מקום", "ดิสก์", "พื้นที่", "ổ đĩa", "dung lượng",
                 # (the storage said as such: "저장장치 상태 알려 줘", "состояние накопителей", "trạng thái lưu trữ")
                 "저장장치", "저장 장치", "저장소", "스토리지", "記憶装置", "存储设备", "储存", "भंडारण", "भण्डारण",
                 "স্টোরেজ", "اسٹوریج", "накопители", "накопителей", "накопичувач", "накопичувача", "накопичувачі",
                 "сховища", "αποθήκευση", "αποθήκευσης", "אחסון", "האחסון", "ที่เก็บข้อมูล", "lưu trữ", "bộ nhớ lưu trữ")),
    ("network", ("vpn", "wifi", "wi-fi", "lte", "4g", "5g", "sim", "internet", "link", "eth0", "eth1", "eth2", "wlan0",
                 "wlan1", "लिंक", "सेलुलर", "वाईफाई", "링크", "와이파이", "リンク", "回线", "连接", "связь", "связи",
                 "зв'язок", "зв'язку", "الاتصال", "اینترنت", "شبکه",
                 "网络", "网路", "ネットワーク", "回線", "네트워크", "인터넷", "नेटवर्क", "इंटरनेट", "сеть",
                 "сети", "сетью", "сетей", "интернет", "интернетом", "мережа", "мережі", "мережею",
                 "інтернет", "δίκτυο", "δικτύου", "الشبكة", "الإنترنت", "רשת", "הרשת", "אינטרנט",
                 "เครือข่าย", "อินเทอร์เน็ต", "mạng")),
    ("events", ("事件", "日志", "イベント", "ログ", "이벤트", "로그", "इवेंट", "события", "событий", "події",
                "подій", "συμβάντα", "الأحداث", "אירועים", "เหตุการณ์", "sự kiện")),
    ("system", ("系统", "状态", "システム", "状態", "시스템", "상태", "सिस्टम", "हाल", "स्थिति", "система",
                "системы", "системой", "состояние", "состоянии", "статус", "системи", "системою", "стан",
                "σύστημα", "συστήματος", "κατάσταση", "النظام", "حالة", "מערכת", "המערכת", "מצב", "ระบบ",
                "สถานะ", "hệ thống", "trạng thái")),
)
# (a word of a spaced script whole: "стан" is no part of "станция"; those without spaces anywhere)
_UNSPACED = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_STATUS_WORDS = tuple((topic, re.compile(
    f"(?:{_alternatives(w for w in words if _UNSPACED.search(w))})|"
    f"(?<!\\w)(?:{_alternatives(w for w in words if not _UNSPACED.search(w))})(?!\\w)"))
    for topic, words in _STATUS_TOPICS)


# Words of _NEVER that ask which, or whether (a question of state may: "ما حالة الشبكة؟", "नेटवर्क का क्या हाल है?")
# (asked in another script: an English or Latin one's question is read as foreign.py and the English reading read it)
_NOT_LATIN = re.compile("[^\x00-\u024f]")
_ASKING = frozenset(typed(w) for w in ("क्या", "ما", "هل", "ли", "чи", "kya", "có"))


def status_question(text: str) -> str | None:
    """The report a status question in these languages asks for (see _STATUS_TOPICS), or None: never with a verb of
    the catalog, a negation or a condition said with it."""
    asked = text.rstrip(" .!。！").endswith(("?", ";" if _GREEK.search(text) else "?")) or _TELL_ME.search(text)
    if not asked or not _NOT_LATIN.search(text) or holds_a_verb(text) or \
            any(w.strip("?;,.!") in _NEVER - _ASKING for w in text.split()):
        return None
    return next((topic for topic, words in _STATUS_WORDS if words.search(text)), None)
