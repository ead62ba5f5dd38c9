"""Code-mixed commands: English verbs and the device's names with the closed-class words of another
language ("then", "if", "for N minutes only"), which the English reading would pass over (guards.py).

Each language's "then" between two requests, its "if" and its "for a while" are answered with words,
never the first request alone; the same names and verbs said without them still act."""

from __future__ import annotations

import pytest

from llmos.agent.controller.language import guards
from llmos.agent.controller.language.interpret import Interpreter
from llmos.agent.domain import DeviceState

WORDS = Interpreter("rules")

SITE = DeviceState.from_dict({
    "units": [
        {"name": "nginx.service", "description": "A high performance web server and a reverse proxy server"},
        {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"},
        {"name": "grafana-server.service", "description": "Grafana instance"},
        {"name": "pump-monitor.service", "description": "Pump monitor"},
        {"name": "horn-relay.service", "description": "Horn relay"},
        {"name": "air-fill@hpa1.service", "description": "Air fill station 1"},
        {"name": "ssh.service", "description": "OpenBSD Secure Shell server"},
    ],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}, "lo"],
    "leds": [{"name": "green:power", "color": "green", "function": "power"}],
    "storage": [{"device": "/dev/sda1", "mounted": False, "label": "BACKUP", "model": "SanDisk Ultra",
                 "size": "64G"}],
})
NAMES = ["nginx", "mosquitto", "grafana-server", "pump-monitor", "horn-relay", "air-fill@hpa1"]
NOT_DONE = {"say", "report_status", "ignore"}


def decide(command: str) -> tuple:
    proposal = WORDS.decide(command, SITE, ())
    return proposal.tool, dict(proposal.args)


# Per language: words of "then" said between two requests, "if" clauses ({a}: a name, {v}: an English verb),
# and "for a while" ({a}: a name)
LANGUAGES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "de": (["dann", "danach", "und danach", "anschließend"],
           ["falls {a} wieder hängt, {v} {a}", "{v} {a}, sobald es hängt", "wenn {a} abstürzt, {v} {a}"],
           ["stop {a} nur 10 minuten", "{a} für 10 minuten stop", "stop {a} vorübergehend"]),
    "nl": (["daarna", "en dan", "vervolgens"],
           ["als {a} weer vastloopt, {v} {a}", "{v} {a} zodra hij hangt", "{v} {a} zo nodig"],
           ["stop {a} voor 10 minuten", "stop {a} tijdelijk", "stop {a} een paar minuten"]),
    "fr": (["puis", "ensuite", "et après"],
           ["si jamais {a} plante, {v} {a}", "{v} {a} dès que ça bloque", "{v} {a} au cas où"],
           ["stop {a} pour 2 heures", "stop {a} temporairement", "stop {a} seulement 10 minutes"]),
    "es": (["luego", "después", "y luego"],
           ["en cuanto {a} se caiga, {v} {a}", "{v} {a} si se cuelga", "{v} {a} cada vez que falle"],
           ["stop {a} durante 10 minutos", "stop {a} solo 10 minutos", "stop {a} un rato"]),
    "pt": (["depois", "e depois", "em seguida"],
           ["se o {a} travar de novo, {v} {a}", "{v} {a} assim que travar", "{v} {a} caso precise"],
           ["stop {a} por 10 minutos", "stop {a} apenas 10 minutos", "stop {a} por enquanto"]),
    "it": (["poi", "e poi", "dopodiché"],
           ["se il {a} si blocca ancora, {v} {a}", "{v} {a} non appena si pianta", "{v} {a} se serve"],
           ["stop {a} per 10 minuti", "stop {a} soltanto 10 minuti", "stop {a} un attimo"]),
    "ro": (["apoi", "și apoi", "după aceea"],
           ["dacă {a} cade iar, {v} {a}", "{v} {a} în caz că se blochează", "{v} {a} la nevoie"],
           ["stop {a} pentru 10 minute", "stop {a} doar 10 minute", "stop {a} temporar"]),
    "pl": (["potem", "a potem", "następnie"],
           ["jak {a} znowu padnie, {v} {a}", "{v} {a} gdy tylko się zawiesi", "jeśli {a} padnie, {v} {a}"],
           ["stop {a} na 10 minut", "stop {a} tylko 10 minut", "stop {a} na chwilę"]),
    "cs": (["pak", "a potom", "následně"],
           ["jakmile {a} spadne, {v} {a}", "{v} {a} pokud zamrzne", "když {a} spadne, {v} {a}"],
           ["stop {a} na 10 minut", "stop {a} jen 10 minut", "stop {a} dočasně"]),
    "sk": (["a potom", "následne"],
           ["ak {a} zase spadne, {v} {a}", "{v} {a} akonáhle zamrzne", "{v} {a} v prípade potreby"],
           ["stop {a} na 10 minút", "stop {a} len 10 minút"]),
    "sv": (["sen", "sedan", "och sen", "därefter"],
           ["om {a} hänger sig igen, {v} {a}", "{v} {a} så fort den hänger sig", "{v} {a} vid behov"],
           ["stop {a} i 10 minuter", "stop {a} bara 10 minuter", "stop {a} en stund"]),
    "nb": (["deretter", "etterpå", "og så"],
           ["hvis {a} henger igjen, {v} {a}", "{v} {a} så snart den henger", "om {a} henger, {v} {a}"],
           ["stop {a} i 10 minutter", "stop {a} bare 10 minutter", "stop {a} en stund"]),
    "da": (["derefter", "bagefter", "og så"],
           ["hvis {a} hænger igen, {v} {a}", "{v} {a} så snart den hænger", "{v} {a} om nødvendigt"],
           ["stop {a} i 10 minutter", "stop {a} kun 10 minutter", "stop {a} midlertidigt"]),
    "fi": (["sitten", "sen jälkeen", "ja sitten"],
           ["jos {a} jumittaa taas, {v} {a}", "{v} {a} heti kun se kaatuu", "{v} {a} tarvittaessa"],
           ["stop {a} 10 minuutiksi", "stop {a} vain 10 minuuttia", "stop {a} hetkeksi"]),
    "et": (["seejärel", "pärast seda", "ja siis"],
           ["kui {a} jälle hangub, {v} {a}", "{v} {a} juhul kui see hangub", "{v} {a} vajadusel"],
           ["stop {a} ainult 10 minutit", "stop {a} 10 minutiks"]),
    "lt": (["tada", "po to", "paskui"],
           ["jei {a} vėl nulūš, {v} {a}", "{v} {a} jeigu užstrigs", "{v} {a} prireikus"],
           ["stop {a} tik 10 minučių", "stop {a} kokioms 10 minučių"]),
    "hu": (["utána", "aztán", "és utána"],
           ["ha megint lefagy a {a}, {v} {a}", "{v} {a} amint lefagy", "{v} {a} ha kell"],
           ["stop {a} 10 percre", "stop {a} csak 10 percig", "stop {a} ideiglenesen"]),
    "tr": (["ardından", "ondan sonra", "ve sonra"],
           ["{a} yine çökerse {v} {a}", "{a} donarsa {v} {a}", "{a} çalışmazsa {v} {a}", "{v} {a} gerekirse",
            "{a} takılırsa {v} {a}", "{a} cevap vermiyorsa {v} {a}", "{a} kapandıysa {v} {a}"],
           ["{a} 10 dakika stop", "stop {a} sadece 10 dakika", "stop {a} 10 dakikalığına", "stop {a} 10 dakika kadar"]),
    "hi": (["aur phir", "uske baad", "iske baad"],
           ["agar {a} phir se crash ho, {v} {a}", "{v} {a} jab bhi atke", "{v} {a} agar zarurat ho"],
           ["stop {a} sirf 10 minute", "stop {a} 10 minute ke liye", "stop {a} 2 ghante bas"]),
    "ur": (["aur phir", "us ke baad"],
           ["agar {a} dobara ruk jaye to {v} {a}", "{v} {a} jab bhi band ho"],
           ["stop {a} bas 10 minute", "stop {a} thodi der ke liye"]),
    "vi": (["rồi", "sau đó", "xong rồi", "tiếp theo"],
           ["nếu {a} lại treo thì {v} {a}", "{v} {a} khi nó bị treo", "{v} {a} nếu cần"],
           ["stop {a} 10 phút thôi", "stop {a} chỉ 10 phút", "stop {a} trong 10 phút", "stop {a} một lát thôi"]),
    "ms": (["lepas tu", "selepas itu", "kemudian"],
           ["kalau {a} hang lagi, {v} {a}", "{v} {a} sekiranya ia tergantung", "{v} {a} jika perlu"],
           ["stop {a} 10 minit je", "stop {a} untuk 10 minit", "stop {a} sekejap je"]),
    "id": (["lalu", "setelah itu", "habis itu", "abis itu"],
           ["kalo {a} mati lagi, {v} {a}", "{v} {a} jika macet", "{v} {a} kalau perlu"],
           ["stop {a} 10 menit aja", "stop {a} selama 10 menit", "stop {a} cuma 10 menit", "stop {a} sebentar aja"]),
    "tl": (["tapos", "pagkatapos", "at saka"],
           ["kapag nag-crash ulit ang {a}, {v} {a}", "{v} {a} kung sakaling mag-hang", "kung mag-hang, {v} {a}"],
           ["stop {a} 10 minuto lang", "stop {a} nang 10 minuto", "stop {a} sandali lang"]),
    "sw": (["kisha", "halafu", "baada ya hapo"],
           ["kama {a} itakwama tena, {v} {a}", "{v} {a} endapo itakwama", "{v} {a} ikiwa itakwama"],
           ["stop {a} kwa dakika 10", "stop {a} kwa muda"]),
    "ru": (["потом", "затем", "после этого"],
           ["если {a} упадёт, {v} {a}", "{v} {a} если надо"],
           ["stop {a} на 10 минут", "stop {a} временно"]),
    "uk": (["потім", "після цього"],
           ["якщо {a} впаде, {v} {a}", "{v} {a} за потреби"],
           ["stop {a} на 10 хвилин", "stop {a} тимчасово"]),
    "el": (["μετά", "έπειτα"],
           ["αν πέσει το {a}, {v} {a}", "{v} {a} αν χρειαστεί"],
           ["stop {a} για 10 λεπτά", "stop {a} προσωρινά"]),
    "ar": (["ثم", "بعد ذلك"],
           ["إذا توقف {a} {v} {a}", "{v} {a} عند الحاجة"],
           ["stop {a} لمدة 10 دقائق", "stop {a} مؤقتا"]),
    "he": (["ואז", "אחר כך"],
           ["אם {a} נופל {v} {a}", "{v} {a} אם צריך"],
           ["stop {a} למשך 10 דקות", "stop {a} זמנית"]),
    "fa": (["بعد", "سپس"],
           ["اگر {a} خراب شد {v} {a}", "{v} {a} در صورت نیاز"],
           ["stop {a} به مدت 10 دقیقه", "stop {a} موقتا"]),
    "zh": (["然后", "之后"],
           ["如果 {a} 挂了 {v} {a}", "{v} {a} 的话"],
           ["stop {a} 10分钟", "stop {a} 暂时"]),
    "ja": (["それから", "その後"],
           ["{a}が落ちたら {v} {a}", "もし {a} が止まったら {v} {a}"],
           ["stop {a} 10分だけ", "stop {a} しばらく"]),
    "ko": (["그리고", "그 다음에"],
           ["{a}가 죽으면 {v} {a}", "만약 {a} 멈추면 {v} {a}"],
           ["stop {a} 10분만", "stop {a} 잠시"]),
    "th": (["แล้ว", "จากนั้น"],
           ["ถ้า {a} ล่ม {v} {a}", "{v} {a} ถ้าจำเป็น"],
           ["stop {a} 10 นาที", "stop {a} ชั่วคราว"]),
}
VERBS = {"restart": "restart_service", "stop": "stop_service", "start": "start_service"}


def _names(k: int) -> tuple[str, str]:
    return NAMES[k % len(NAMES)], NAMES[(k + 1) % len(NAMES)]


SEQUENCES = [command for language, (thens, _, _) in LANGUAGES.items() for k, then in enumerate(thens)
             for command in (f"restart {_names(k)[0]} {then} reboot",
                             f"stop {_names(k)[0]} {then} start {_names(k)[1]}",
                             f"restart {_names(k + 1)[0]}, {then} reboot",
                             f"start {_names(k + 2)[0]} {then} pls restart {_names(k + 2)[1]}",
                             f"Restart {_names(k + 3)[0]} {then.upper()} Reboot!",
                             f"take wlan0 down {then} bring eth0 up")]
CONDITIONS = [template.format(a=_names(k)[0], v=verb) for language, (_, ifs, _) in LANGUAGES.items()
              for k, template in enumerate(ifs) for verb in ("restart", "stop")]
WHILES = [template.format(a=_names(k)[0]) for language, (_, _, whiles) in LANGUAGES.items()
          for k, template in enumerate(whiles)]


def test_at_least_thirty_languages() -> None:
    assert len(LANGUAGES) >= 30


@pytest.mark.parametrize("command", SEQUENCES)
def test_then_between_two_requests_is_answered_with_words(command: str) -> None:
    assert decide(command)[0] in NOT_DONE, command


@pytest.mark.parametrize("command", CONDITIONS)
def test_a_condition_is_no_request_now(command: str) -> None:
    assert decide(command)[0] in NOT_DONE, command


@pytest.mark.parametrize("command", WHILES)
def test_a_while_only_is_no_request_now(command: str) -> None:
    assert decide(command)[0] in NOT_DONE, command


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("verb", list(VERBS))
def test_the_same_names_and_verbs_alone_still_act(name: str, verb: str) -> None:
    assert decide(f"{verb} {name}") == (VERBS[verb], {"unit": f"{name}.service"})


@pytest.mark.parametrize(("command", "call"), [
    # a delay in those languages is no while: the reboot waits ("dalam 10 menit": in 10 minutes)
    ("reboot dalam 10 menit", ("reboot", {"delay_s": 600})), ("reboot za 10 minut", ("reboot", {"delay_s": 600})),
    ("reboot 10 perc múlva", ("reboot", {"delay_s": 600})), ("reboot om 10 minuter", ("reboot", {"delay_s": 600})),
    ("reboot om en timme", ("reboot", {"delay_s": 3600})), ("reboot tra 10 minuti", ("reboot", {"delay_s": 600})),
    ("reboot in 10 minuten", ("reboot", {"delay_s": 600})), ("reboot dans 10 minutes", ("reboot", {"delay_s": 600})),
    # "om" of Swedish "starta om" (restart), "jak najszybciej" (as soon as possible), "phir se" (again): no "if"
    ("starta om nginx", ("restart_service", {"unit": "nginx.service"})),
    ("starta om mosquitto", ("restart_service", {"unit": "mosquitto.service"})),
    ("restart nginx jak najszybciej", ("restart_service", {"unit": "nginx.service"})),
    ("restart nginx phir se", ("restart_service", {"unit": "nginx.service"})),
    # a word of "then" with no second request after it: "nginx mati terus" (it keeps dying), said last
    ("nginx mati terus, restart nginx", ("restart_service", {"unit": "nginx.service"})),
    ("restart nginx, kisha", ("restart_service", {"unit": "nginx.service"})),
    ("restart mosquitto sen", ("restart_service", {"unit": "mosquitto.service"})),
    # English words that look like a Turkish "if" ("reverse", "course")
    ("restart the reverse proxy", ("restart_service", {"unit": "nginx.service"})),
    ("of course, restart nginx", ("restart_service", {"unit": "nginx.service"})),
])
def test_what_the_guards_leave_alone(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize("command", ["restart rồi", "restart kisha", "restart lalu-cam", "stop sonra-relay",
                                     "restart jak", "restart agar-plate"])
def test_a_guard_word_that_names_a_unit_is_its_name(command: str) -> None:
    name = command.split()[1]
    state = DeviceState.from_dict({"units": [{"name": f"{name}.service", "description": "A unit"}]})
    spoken = guards.said_kinds(command.replace("ồ", "o").replace("ộ", "o"), lambda word: word == name)
    assert "sequence" not in spoken and "condition" not in spoken, command
    assert WORDS.decide(command, state, ()).tool in {"restart_service", "stop_service", "say"}


@pytest.mark.parametrize(("text", "kinds"), [
    ("restart nginx aur phir reboot", ["sequence"]), ("restart nginx roi reboot", ["sequence"]),
    ("nginx yine cokerse restart nginx", ["condition"]), ("stop nginx 10 menit aja", ["temporary"]),
    ("nginx 10 dakika stop", ["temporary"]), ("reboot dalam 10 menit aja", []), ("10 dakika sonra reboot", ["not_yet"]),
    ("jak tam dysk, duzo miejsca zostalo?", []), ("restart nginx terus", []), ("nginx mati terus, restart it", []),
])
def test_what_each_word_makes_of_the_request(text: str, kinds: list[str]) -> None:
    assert guards.said_kinds(text, lambda word: False) == kinds


# Round 58: the closed-class words of more languages, romanised as people type them, and each language's own forms of
# "if" (an ending, a word after the clause), of a while, of asking and of telling what was done
THENS_58 = ["tarpor", "apparam", "aa taruvatha", "tyanantar", "pachhi", "tespachi", "ita passe", "tas", "laeo", "daí",
            "så", "zatem", "pislia toho", "pa onda", "posle toga", "nakon toga", "sled tova", "jälkeenpäin", "pärast",
            "kai meta", "ba3den", "sepas", "ahar kach", "baadae", "shite kara", "geurigo", "geu daeum", "ran hou",
            "pēc tam", "llavors", "i després", "ondoren", "wedyn", "ansin", "og svo", "pastaj", "keziya", "lẹhinna",
            "sannan", "emva kwalokho", "paşê", "sodan keyin", "so‘ng", "tegeed", "heto", "pyi yin", "ruoch haey",
            "dayon", "banjur", "saterusna", "phir", "baad mein", "uton baad"]
CONDITIONS_58 = [
    "si nginx se plante, restart nginx", "restart nginx si mosquitto hangs", "als mosquitto crashes restart nginx",
    "restart nginx jak mosquitto fails", "stop nginx om wifi goes down", "restart nginx agar mosquitto is slow",
    "esli nginx upadet restart nginx", "restart nginx yakshcho wifi vpade", "moshimo nginx ga tomattara restart nginx",
    "restart nginx mosquitto ga ochitara", "restart nginx mosquitto meomchumyeon", "restart nginx wifi kopunca",
    "restart nginx mosquitto çöktüğünde", "mosquitto ikikwama restart nginx", "restart nginx wifi pochunaa",
    "mosquitto aagipothe restart nginx", "mosquitto atke gele restart nginx", "restart nginx mosquitto band zala tar",
    "mosquitto ruk jaye to restart nginx", "an pesei to wifi restart nginx", "ruguo mosquitto gua le restart nginx",
    "restart nginx kl mosquitto mati", "stop nginx jodi mosquitto hangs", "stop nginx jokhon mosquitto hangs",
    "stop nginx hogyha mosquitto hangs", "stop nginx otan mosquitto hangs", "stop nginx lamma mosquitto hangs",
    "stop nginx vaqti mosquitto hangs", "stop nginx nese mosquitto hangs", "stop nginx menawa mosquitto hangs",
    "stop nginx nuair a mosquitto hangs", "stop nginx čim padne", "waktu mosquitto mati restart nginx",
    "age mosquitto hang kard restart nginx", "restart nginx wakati wifi drops"]
WHILES_58 = [
    "stop nginx 10 minuter jonno", "stop nginx 10 nimisham mattum", "stop nginx 10 minitansathi",
    "stop nginx setengah jam aja", "stop nginx 10 naathi", "stop nginx 10 minutos nomas", "stop nginx uns 5 minutinhos",
    "stop nginx gia 5 lepta", "stop nginx 10 dakika icin", "stop nginx li muddat 5 daqaiq",
    "stop nginx faqat 10 daqiqe", "stop nginx baraye 10 daghighe", "stop nginx l'chamesh dakot",
    "stop nginx gofun dake", "stop nginx o bun man",
    "stop nginx wu fenzhong", "stop nginx 10 minučių", "stop nginx 10 minet ko lagi", "stop nginx na pola sata",
    "stop nginx do sutra", "stop nginx nakratko", "stop the mosquitto broker sebentar aja"]
ASKED_OR_TOLD_58 = [
    "restart nginx kya", "kya main nginx restart karun", "nginx restart karoon kya", "restart ko ba ang nginx",
    "restart nginx ba?", "patutkah restart nginx", "restart nginx kah?", "nginx restart edelim mi",
    "restart nginx artinya apa", "restart nginx ka matlab kya", "restart nginx co nghia la gi", "stop nginx ne demek",
    "restart nginx c'est quoi", "humne nginx restart kar diya", "nginx restart kiya tha", "nginx sudah aku restart",
    "nginx udah di-restart", "nginx restart ettik", "nginx'i dün restart ettim", "nginx ro restart kardim",
    "nginx restart shod", "nginx restart ki zarurat nahin", "nginx restart mat karo",
    "manager keh raha tha restart nginx", "boss ne kaha restart nginx"]


@pytest.mark.parametrize("command", [f"restart nginx {then} reboot" for then in THENS_58]
                         + [f"stop mosquitto {then} start grafana-server" for then in THENS_58[::3]]
                         + [f"Take wlan0 down {then.upper()} bring eth0 up" for then in THENS_58[1::4]])
def test_round_58_then_between_two_requests(command: str) -> None:
    assert decide(command)[0] in NOT_DONE, command


@pytest.mark.parametrize("command", CONDITIONS_58 + WHILES_58 + ASKED_OR_TOLD_58)
def test_round_58_no_request_now(command: str) -> None:
    assert decide(command)[0] in NOT_DONE, command


@pytest.mark.parametrize(("command", "call"), [
    # a word of "then" with no request after it, Hindi "phir se" (again)
    ("restart nginx phir se", ("restart_service", {"unit": "nginx.service"})),
    ("stop nginx pa", ("stop_service", {"unit": "nginx.service"})),
    ("restart mosquitto, sa", ("restart_service", {"unit": "mosquitto.service"})),
    # an "if" of one language that is another word elsewhere, with no clause of how something goes after it
    ("restart nginx jak najszybciej", ("restart_service", {"unit": "nginx.service"})),
    ("restart nginx als root", ("restart_service", {"unit": "nginx.service"})),
    ("stop the nginx server, the age of the cert is old", ("stop_service", {"unit": "nginx.service"})),
    # English words of a conditional form's shape ("since", "bounce")
    ("since nginx is down, restart it", ("restart_service", {"unit": "nginx.service"})),
    ("bounce nginx", ("restart_service", {"unit": "nginx.service"})),
    # what happened, said why, in a past tense of another language: the request after it stands
    ("mosquitto crash etti, restart nginx", ("restart_service", {"unit": "nginx.service"})),
    ("restart mosquitto, grafana-server is fine", ("restart_service", {"unit": "mosquitto.service"})),
])
def test_round_58_what_the_guards_leave_alone(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize(("text", "kinds"), [
    ("restart the agar plate reader", []), ("restart nginx, he is waiting", []), ("stop nginx shi fenzhong hou", []),
    ("reboot guo shi fenzhong", []), ("reboot em uns 10 minutos", []), ("mosquitto kharab shod, restart nginx", []),
    ("nginx down ho gaya, restart nginx", []), ("nginx chal nahi raha, restart nginx", []), ("restart the tiara", []),
    ("pie hole restart please", []), ("restart nginx 10 minutes so the cache clears", []),
    # (Spanish "mi", Serbian's "pa" of the Scandinavian "på")
    ("reinicia mi servidor nginx", []), ("start the pump-monitor pa nytt and stop nginx", []),
    ("stop the plate reader sebentar aja", ["temporary"]), ("stop nginx juppun dake", ["temporary"]),
    ("restart redis jab it gets slow", ["condition"]), ("restart redis baad mein stop redis", ["sequence"]),
    ("restart nginx kah", ["question"]), ("maine nginx restart kiya", ["done", "done"]),
])
def test_round_58_what_each_word_makes_of_the_request(text: str, kinds: list[str]) -> None:
    assert guards.said_kinds(text, lambda word: False) == kinds


# Round 59: the closed-class words of some eighty languages (later and past times, "then", "if", a while), and what a
# light verb said after an English verb makes of the request ("restart pannaadhe", "restart korechi",
# "restart atayım mı")
THENS_59 = ["y de ahí", "seguido de", "suivi de", "e despois", "logo após", "na sequência", "toe", "kaj poste",
            "perään", "efterfølgende", "ha upéi", "aprè", "epi", "daga nan", "aharkach", "emesia", "udah itu", "amele",
            "aamele", "deinde", "tuomet", "avy eo", "shesham", "pinne", "wara", "mag", "tyaspachhi", "i wtedy",
            "chaymanta", "hinaspa", "ulterior", "an uairsin", "an dèidh sin", "passe", "kadib", "markaas", "aprom",
            "appuram", "bihain", "bi de", "bir de", "ar ôl hynny", "ze", "kí o tó", "bese-ke", "pore", "geroago",
            "ထို့နောက်"]
LATER_59 = ["restart nginx bukra", "restart nginx mañana", "restart nginx demain soir", "stop mosquitto heute abend",
            "restart nginx am Freitag", "restart nginx på fredag", "restart nginx huomenna", "stop nginx holnap",
            "restart nginx w piątek", "restart nginx zítra", "restart nginx sutra", "restart nginx zavtra",
            "restart nginx завтра", "restart nginx avrio", "restart nginx yarın", "restart nginx mesaiden sonra",
            "restart nginx farda", "restart nginx emshab", "restart nginx mahar", "restart nginx parso",
            "restart nginx besok", "restart nginx nanti malam", "restart nginx esok", "restart nginx mamaya",
            "restart nginx ngày mai", "restart nginx พรุ่งนี้", "restart nginx 明天", "restart nginx ashita",
            "restart nginx 내일", "restart nginx kesho", "restart nginx baadaye", "restart nginx kusasa",
            "restart nginx yfory", "restart nginx amárach", "restart nginx bihar", "restart nginx demà",
            "restart nginx nesër", "restart nginx tumora", "restart nginx postea", "restart nginx ertaga",
            "nginx kal restart karna", "nginx ko parso restart karo", "nginx naale restart maadi",
            "nginx repu restart cheyyi", "nginx bholi restart garnus", "mosquitto sabah restart et"]
DONE_59 = ["restart nginx gisteren", "stop mosquitto gestern abend", "restart nginx ayer", "restart nginx anoche",
           "restart nginx ontem", "restart nginx ieri sera", "nginx wczoraj restart", "nginx vchera restart",
           "nginx tegnap restart", "nginx eilen restart", "nginx i går restart", "restart nginx kemarin",
           "restart nginx barusan", "restart nginx kahapon", "restart nginx hôm qua", "restart nginx 昨天",
           "restart nginx 어제", "restart nginx dün akşam", "restart nginx izolo", "restart nginx ddoe",
           "nginx restart korechi", "nginx restart kore diyechi", "nginx restart karyu", "nginx restart thai gayu",
           "nginx restart hua tha", "nginx restart ho chuka", "nginx restart maadide", "nginx restart aaytu",
           "nginx restart cheythu", "nginx restart kela", "nginx restart zhala", "nginx restart garyo",
           "nginx restart bhayo", "nginx restart kitta", "nginx restart kar ditta", "nginx restart kalaa",
           "nginx restart pannitten", "nginx restart aachu", "nginx restart chesanu", "nginx restart ayyindi",
           "nginx restart attık", "nginx restart etdik", "nginx restart qildik", "nginx dah restart",
           "mosquitto sudah restart", "mosquitto restart rồi", "on a restart nginx", "j'ai déjà restart nginx",
           "restart nginx 10 minuti fa", "restart nginx 5 minuten geleden", "restart nginx 10 minut temu",
           "restart nginx 10 phút trước", "restart nginx 10 menit yang lalu", "restart nginx 10 minute pehle",
           "stop nginx 10 minuuttia sitten", "stop nginx 2 timmar sedan"]
NEGATED_59 = ["nginx restart korben na", "nginx restart na karo", "nginx restart mat kijiye",
              "nginx restart nahi karvanu",
              "nginx restart pannadhe", "nginx restart panna vendam", "nginx restart cheyyoddu",
              "nginx restart cheyakandi",
              "nginx restart maadabeda", "nginx restart cheyyanda", "nginx restart cheyyaruth", "nginx restart nagarnu",
              "nginx restart nakonid", "nginx restart karanna epaa", "nginx restart etme", "nginx restart yapmayın",
              "nginx restart qilmang", "nginx restart karu naka", "nginx restart shinaide", "nginx restart 하지 마",
              "buyao restart nginx", "别 restart nginx", "đừng restart nginx", "nginx restart shimashita",
              "nginx restart haesseoyo", "nginx restart shimasu ka", "nginx restart halkka?", "nginx restart le ma"]
ASKED_59 = ["nginx restart korte hobe ki", "nginx restart kora uchit ki", "nginx restart bokonim?",
            "nginx restart konam ya na", "nginx restart edeyim mi", "nginx restart etsek mi",
            "nginx restart yapalım mı",
            "nginx restart pannalaama", "nginx restart cheyyala", "nginx restart maadbeka", "restart nginx ممكن؟",
            "main hota toh nginx restart kar deta", "ben olsaydim nginx restart ederdim",
            "main yahan ka admin hoon, nginx restart karo", "ben adminim, nginx restart et",
            "je suis l'admin, restart nginx"]
CONDITIONS_59 = ["restart nginx po qe se mosquitto hangs", "restart nginx kur mosquitto hangs",
                 "ete mosquitto hangs restart nginx",
                 "restart nginx kiam mosquitto fails", "restart nginx cando mosquitto fails",
                 "restart nginx idan it hangs",
                 "restart nginx haddii it hangs", "restart nginx lamun it hangs", "restart nginx sapos it hangs",
                 "restart nginx rhag ofn it hangs", "restart nginx ukuba it hangs",
                 "por si acaso mosquitto hangs restart it",
                 "restart nginx wann immer it hangs", "restart nginx chaque fois que it hangs",
                 "restart nginx ingeval it hangs",
                 "mosquitto donsa restart et", "mosquitto qotib qolsa restart qil",
                 "mosquitto hang aadre restart maadi",
                 "mosquitto ninnal restart cheyyu", "mosquitto hang unoth restart karanna",
                 "mosquitto atki jaay to restart karo",
                 "mosquitto ruk jaave taan restart karo"]
WHILES_59 = ["stop nginx vir 'n rukkie", "stop nginx përkohësisht", "stop nginx kichukkhon", "stop nginx temporalment",
             "stop nginx en halvtimme", "stop nginx et kvarter", "stop nginx puoleksi tunniksi", "stop nginx fél órára",
             "stop nginx í smá stund", "stop nginx per mezz'ora", "stop nginx sedhela", "stop nginx uz brīdi",
             "stop nginx trumpam", "stop nginx kurachu neram", "stop nginx 10 minet matra", "stop nginx pentru un timp",
             "stop nginx nenadolgo", "stop nginx na chvíľu", "stop nginx začasno", "stop nginx 10 daqiiqo oo keliya",
             "stop nginx sakedap", "stop nginx nusu saa tu", "stop nginx konchem sepu", "stop nginx kısa süreliğine",
             "stop nginx thodi der ke liye", "stop nginx vaqtincha", "stop nginx nửa tiếng thôi",
             "stop nginx dim ond 5 munud",
             "stop nginx isikhashana", "stop nginx even vijf minuten", "stop nginx minti 10 kawai",
             "stop nginx iseju 10 nikan",
             "nginx das minute ke liye stop karo", "nginx dosh minute stop koro", "nginx pathu nimisham stop pannu",
             "nginx aadha ghanta stop rakho", "nginx panj daghighe stop kon"]
SEQUENCES_59 = ["nginx restart karo, uske baad reboot karo", "nginx restart karo phir wifi band karo",
                "nginx restart kon bad reboot kon", "nginx restart maadi amele reboot maadi",
                "nginx restart kara mag reboot"]


@pytest.mark.parametrize("command", [f"restart nginx {then} reboot" for then in THENS_59]
                         + [f"stop mosquitto {then} start grafana-server" for then in THENS_59[::4]]
                         + [f"Take wlan0 down {then.upper()} bring eth0 up" for then in THENS_59[2::5]] + SEQUENCES_59)
def test_round_59_then_between_two_requests(command: str) -> None:
    assert decide(command)[0] in NOT_DONE, command


@pytest.mark.parametrize("command", LATER_59 + DONE_59 + NEGATED_59 + ASKED_59 + CONDITIONS_59 + WHILES_59)
def test_round_59_no_request_now(command: str) -> None:
    assert decide(command)[0] in NOT_DONE, command


@pytest.mark.parametrize(("command", "call"), [
    # a word of "then" with no request after it, and look-alikes of English ("mag", "pore", "toe", "dia", "baru")
    ("restart nginx mag", ("restart_service", {"unit": "nginx.service"})),
    ("restart nginx pore", ("restart_service", {"unit": "nginx.service"})),
    ("stop nginx toe", ("stop_service", {"unit": "nginx.service"})),
    ("stop nginx dia", ("stop_service", {"unit": "nginx.service"})),
    ("restart nginx baru", ("restart_service", {"unit": "nginx.service"})),
    # a half hour said as when, never as how long ("om en halvtimme": in half an hour)
    ("reboot om en halvtimme", ("reboot", {"delay_s": 1800})),
    ("reboot in half an hour", ("reboot", {"delay_s": 1800})),
    # an amount of time with a word of "in", never of "ago"
    ("reboot dalam 10 menit", ("reboot", {"delay_s": 600})), ("reboot 10 perc múlva", ("reboot", {"delay_s": 600})),
    # a light verb that asks for it, said plainly
    ("nginx restart karo", ("restart_service", {"unit": "nginx.service"})),
    ("mosquitto restart kar do", ("restart_service", {"unit": "mosquitto.service"})),
])
def test_round_59_what_the_guards_leave_alone(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize(("text", "kinds"), [
    # English words of the forms of a condition or a past ("salsa", "centre", "kale", "ulterior")
    ("restart the kale bed pump", []), ("restart nginx, salsa night", []), ("restart the centre console", []),
    ("restart nginx ulterior", []), ("restart nginx, he is waiting", []), ("restart kale", []),
    ("stop nginx, mera naam kala hai", []), ("restart nginx jana", []), ("nginx restart karo", []),
    # a delay said with a number word is no while ("das minute baad": in ten minutes), nor a restart
    ("das minute baad restart karo", []), ("nginx pathu nimisham restart pannu", []), ("reboot om en halvtimme", []),
    # a request said politely with a light verb ("restart shite kudasai", "restart yixia")
    ("nginx restart shite kudasai", []), ("restart nginx yixia", []), ("restart nginx ma", []),
    # an "ago" said of why, in a clause of its own
    ("the webcam froze 40 minuti fa, restart it", []), ("nginx mati 10 menit yang lalu, restart nginx", []),
    ("the page stopped updating 10 min ago. restart nginx", []),
    # the kinds
    ("restart nginx baadaye", ["not_yet"]), ("restart nginx baadaye reboot", ["sequence"]),
    ("nginx restart pannaadhe", ["negation"]), ("nginx restart korechi", ["done"]),
    ("nginx restart atayım mı", ["question"]),
    ("nginx restart kar deta", ["hedge"]), ("nginx donsa restart et", ["condition"]),
    ("stop nginx en halvtimme", ["temporary"]),
    ("nginx kal restart karna", ["not_yet"]), ("stop nginx minti 10 kawai", ["temporary"]),
])
def test_round_59_what_each_word_makes_of_the_request(text: str, kinds: list[str]) -> None:
    assert guards.said_kinds(text, lambda word: False) == kinds
