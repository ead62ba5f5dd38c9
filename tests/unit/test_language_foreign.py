"""Commands in Russian, Ukrainian, Japanese, Chinese, Korean, Vietnamese, Hindi and Hinglish,
Greek, Romanian and Arabic (more_languages.py): the closed form acts with the exact call; a
negation, a question, a condition, a word it does not know, two things, a thing the device does
not have or a statement in the same words gives words, never a change."""

from __future__ import annotations

import pytest

from llmos.agent.controller.language.glossary import plain
from llmos.agent.controller.language.interpret import Interpreter
from llmos.agent.controller.language.more_languages import typed
from llmos.agent.domain import DeviceState

WORDS = Interpreter("rules")

PLANT = DeviceState.from_dict({
    "units": [{"name": "nginx.service", "description": "A high performance web server"},
              {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"},
              {"name": "circpump.service", "description": "Circulation pump controller"}],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}],
    "leds": [{"name": "red:status", "color": "red", "function": "status"},
             {"name": "green:power", "color": "green", "function": "power"}],
    "storage": [{"device": "/dev/sda1", "mounted": True, "label": "BACKUP", "model": "SanDisk Ultra",
                 "size": "64G"},
                {"device": "/dev/sdc1", "mounted": False, "label": "KINGSTON",
                 "model": "Kingston DataTraveler", "size": "32G"}],
})

NGINX = {"unit": "nginx.service"}
WIFI_DOWN = ("set_network", {"interface": "wlan0", "state": "down"})
POWERSAVE = ("set_power_profile", {"profile": "powersave"})


def decide(command: str) -> tuple:
    proposal = WORDS.decide(command, PLANT, ())
    return proposal.tool, dict(proposal.args)


@pytest.mark.parametrize(("command", "call"), [
    # Russian
    ("Перезапусти nginx, пожалуйста", ("restart_service", NGINX)),
    ("перезапустите сервис nginx", ("restart_service", NGINX)),
    ("перезапустить mosquitto", ("restart_service", {"unit": "mosquitto.service"})),
    ("останови nginx", ("stop_service", NGINX)), ("запусти nginx", ("start_service", NGINX)),
    ("перезагрузи", ("reboot", {"delay_s": 0})), ("перезагрузи систему", ("reboot", {"delay_s": 0})),
    ("перезагрузи через 10 минут", ("reboot", {"delay_s": 600})),
    ("перезагрузите через 3 часа", ("reboot", {"delay_s": 10800})),
    ("перезагрузи через полчаса", ("reboot", {"delay_s": 1800})),
    ("перезагрузить через час", ("reboot", {"delay_s": 3600})),
    ("выключи вайфай", WIFI_DOWN), ("включи красный светодиод", ("set_led", {"name": "red:status", "state": "on"})),
    ("помигай красным светодиодом", ("set_led", {"name": "red:status", "state": "blink"})),
    ("смонтируй флешку", ("mount_storage", {"device": "/dev/sdc1", "readonly": True})),
    ("подключи флешку kingston", ("mount_storage", {"device": "/dev/sdc1", "readonly": True})),
    ("отмонтируй backup", ("unmount_storage", {"device": "/dev/sda1"})),
    ("включи режим энергосбережения", POWERSAVE), ("режим энергосбережения", POWERSAVE),
    ("переключи в режим производительности", ("set_power_profile", {"profile": "performance"})),
    # Ukrainian
    ("перезапустіть nginx", ("restart_service", NGINX)), ("зупини nginx", ("stop_service", NGINX)),
    ("запустіть nginx", ("start_service", NGINX)), ("перезавантаж через годину", ("reboot", {"delay_s": 3600})),
    ("перезавантажте через 10 хвилин", ("reboot", {"delay_s": 600})), ("вимкни вайфай", WIFI_DOWN),
    ("блимай червоним світлодіодом", ("set_led", {"name": "red:status", "state": "blink"})),
    ("змонтуй флешку", ("mount_storage", {"device": "/dev/sdc1", "readonly": True})),
    ("увімкни режим енергозбереження", POWERSAVE),
    # Japanese
    ("nginxを再起動してください", ("restart_service", NGINX)), ("再起動して", ("reboot", {"delay_s": 0})),
    ("１０分後に再起動", ("reboot", {"delay_s": 600})), ("1時間後に再起動して", ("reboot", {"delay_s": 3600})),
    ("nginxを停止して", ("stop_service", NGINX)), ("nginxを起動して", ("start_service", NGINX)),
    ("kingstonをマウントして", ("mount_storage", {"device": "/dev/sdc1", "readonly": True})),
    ("wlan0をオフにして", WIFI_DOWN), ("省電力モードにして", POWERSAVE),
    # Chinese
    ("重启nginx", ("restart_service", NGINX)), ("请重启nginx服务", ("restart_service", NGINX)),
    ("把nginx重启一下", ("restart_service", NGINX)), ("10分钟后重启", ("reboot", {"delay_s": 600})),
    ("一小时后重启", ("reboot", {"delay_s": 3600})), ("十五分钟后重启", ("reboot", {"delay_s": 900})),
    ("半小时后重启", ("reboot", {"delay_s": 1800})), ("重启系统", ("reboot", {"delay_s": 0})),
    ("停止nginx", ("stop_service", NGINX)), ("启动nginx", ("start_service", NGINX)),
    ("关闭wifi", WIFI_DOWN), ("切换到省电模式", POWERSAVE),
    # Korean
    ("nginx 재시작해 줘", ("restart_service", NGINX)), ("nginx를 시작해 주세요", ("start_service", NGINX)),
    ("nginx 중지해", ("stop_service", NGINX)), ("10분 후에 재부팅", ("reboot", {"delay_s": 600})),
    ("한 시간 후에 재부팅해 주세요", ("reboot", {"delay_s": 3600})), ("와이파이 꺼 줘", WIFI_DOWN),
    ("절전 모드로 전환해", POWERSAVE),
    # Vietnamese
    ("khởi động lại nginx", ("restart_service", NGINX)), ("khởi động lại máy", ("reboot", {"delay_s": 0})),
    ("khởi động lại sau 7 phút", ("reboot", {"delay_s": 420})), ("dừng nginx", ("stop_service", NGINX)),
    ("khởi động nginx", ("start_service", NGINX)), ("tắt wifi đi", WIFI_DOWN),
    ("bật wifi", ("set_network", {"interface": "wlan0", "state": "up"})),
    # Hindi, Hinglish
    ("nginx ko restart karo", ("restart_service", NGINX)), ("nginx ko restart kar do", ("restart_service", NGINX)),
    ("das minute baad reboot karo", ("reboot", {"delay_s": 600})), ("रीबूट करो", ("reboot", {"delay_s": 0})),
    ("दस मिनट बाद रीबूट करो", ("reboot", {"delay_s": 600})), ("nginx को रीस्टार्ट करो", ("restart_service", NGINX)),
    ("wifi band karo", WIFI_DOWN),
    # Greek
    ("κάνε επανεκκίνηση", ("reboot", {"delay_s": 0})), ("επανεκκίνησε το nginx", ("restart_service", NGINX)),
    ("κάνε επανεκκίνηση στο nginx", ("restart_service", NGINX)),
    ("κάνε επανεκκίνηση σε 10 λεπτά", ("reboot", {"delay_s": 600})), ("σταμάτα το nginx", ("stop_service", NGINX)),
    ("σβήσε το wifi", WIFI_DOWN),
    # Romanian
    ("repornește nginx", ("restart_service", NGINX)), ("te rog repornește nginx", ("restart_service", NGINX)),
    ("repornește sistemul", ("reboot", {"delay_s": 0})), ("repornește în 10 minute", ("reboot", {"delay_s": 600})),
    ("repornește peste 20 de minute", ("reboot", {"delay_s": 1200})), ("oprește nginx", ("stop_service", NGINX)),
    ("pornește nginx", ("start_service", NGINX)), ("stinge wifi", WIFI_DOWN),
    ("aprinde ledul roșu", ("set_led", {"name": "red:status", "state": "on"})),
    # Arabic
    ("أعد تشغيل nginx", ("restart_service", NGINX)), ("أعد تشغيل الجهاز", ("reboot", {"delay_s": 0})),
    ("أعد التشغيل بعد 10 دقائق", ("reboot", {"delay_s": 600})),
    ("بعد ١٠ دقائق أعد التشغيل", ("reboot", {"delay_s": 600})),
    ("أوقف nginx", ("stop_service", NGINX)), ("أطفئ الواي فاي", WIFI_DOWN),
])
def test_closed_forms_act(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize("command", [
    # negated
    "не перезапускай nginx", "не перезапусти nginx", "не надо перезапускать nginx", "нельзя перезагружать",
    "ні, не перезапускай", "не треба перезавантажувати", "не перезавантаж", "nginxを再起動しないで",
    "再起動しないでください", "不要重启nginx", "别重启nginx", "不重启", "nginx 재시작하지 마", "nginx 안 재시작해",
    "nginx 중지하지 마세요", "đừng khởi động lại", "không tắt wifi", "đừng dừng nginx",
    "nginx ko restart mat karo", "nginx ko restart nahi karo", "रीबूट मत करो", "nginx को रीस्टार्ट मत करो",
    "μην κάνεις επανεκκίνηση στο nginx", "δεν κάνε επανεκκίνηση", "nu reporni nginx", "nu oprește nginx",
    "لا توقف nginx", "لا تعد تشغيل nginx",
    # asked
    "перезапусти nginx?", "перезапустить ли nginx", "можно перезапустить nginx?", "nginxを再起動して?",
    "nginxを再起動しますか", "nginxを再起動してもいいですか", "重启nginx吗", "重启nginx?", "nginx 재시작해?",
    "nginx 재시작할까요?", "khởi động lại nginx không?", "kya nginx ko restart karu?", "nginx ko restart karo?",
    "κάνε επανεκκίνηση στο nginx;", "repornește nginx?", "هل أعد تشغيل nginx", "أعد تشغيل nginx؟",
    # under a condition
    "перезапусти nginx если он завис", "если завис, перезапусти nginx", "перезапусти nginx, когда закончишь",
    "якщо завис, перезапусти nginx", "khởi động lại nginx nếu nó treo", "nginx ko restart karo agar hang ho",
    "αν κολλήσει, κάνε επανεκκίνηση", "dacă se blochează, repornește nginx", "أعد تشغيل nginx إذا توقف",
    # a word it does not know beside the verb, two things, two verbs
    "перезапусти nginx, пожалуйста, он устал", "перезапусти nginx и mosquitto", "перезапусти и останови nginx",
    "nginxとmosquittoを再起動して", "重启nginx和mosquitto", "repornește nginx și mosquitto",
    "перезапусти nginx быстро-быстро потом", "重启nginx然后停止mosquitto",
    # a thing the device does not have
    "перезапусти foobar", "foobarを再起動して", "重启foobar", "foobar 재시작해 줘", "khởi động lại foobar",
    "foobar ko restart karo", "επανεκκίνησε το foobar", "repornește foobar", "أعد تشغيل foobar",
    # a statement in the words of the request (the verb said after its subject), a past
    "nginx重启", "nginx repornește", "το nginx επανεκκίνησε", "nginx khởi động lại", "nginxを再起動した",
    "nginx перезапустился",
    # two delays, or one not read whole
    "перезагрузи через 10 минут через час", "перезагрузи через пару минут", "10分钟后一小时后重启",
])
def test_more_than_the_closed_form_gives_words(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status"), command


PUMP = ("restart_service", {"unit": "circpump.service"})


@pytest.mark.parametrize(("command", "call"), [
    # words of glossary.json in these languages name what the device has ("Circulation pump")
    ("перезапусти насос", PUMP), ("перезапусти циркуляционный насос", PUMP), ("перезапустіть помпу", PUMP),
    ("ポンプを再起動して", PUMP), ("重启循环泵", PUMP), ("펌프를 재시작해 줘", PUMP),
    ("khởi động lại máy bơm", PUMP), ("पंप को रीस्टार्ट करो", PUMP), ("επανεκκίνησε την αντλία", PUMP),
    ("repornește pompa", PUMP), ("أعد تشغيل المضخة", PUMP), ("перезапусти брокер", ("restart_service",
                                                                                   {"unit": "mosquitto.service"})),
])
def test_glossary_words_of_these_languages_name_things(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize("command", [
    # ... and only in the closed form, of what the device has
    "не перезапускай насос", "перезапусти насос если", "перезапусти помпу и брокер", "循环泵重启",
    "ポンプを再起動しないで", "перезапусти холодильник", "重启打印机", "repornește frigiderul",
    "펌프를 재시작하지 마", "nu reporni pompa",
])
def test_glossary_words_do_not_open_more(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status"), command


# (round 34) the equipment of real sites, in every language of the glossary
SITE = DeviceState.from_dict({"units": [
    {"name": "circpump.service", "description": "Circulation pump controller"},
    {"name": "ahu.service", "description": "Air handler supervisor"},
    {"name": "germ.service", "description": "Germination chamber controller"},
    {"name": "goal-light.service", "description": "Goal light driver"},
    {"name": "hx.service", "description": "Heat exchanger monitor"},
    {"name": "boiler.service", "description": "Boiler burner controller"},
    {"name": "labels.service", "description": "Label printer spooler"},
    {"name": "deicer.service", "description": "De-icer controller"},
    {"name": "kennel@secondary.service", "description": "Kennel feeder on the secondary side"},
    {"name": "kennel@primary.service", "description": "Kennel feeder on the primary side"}]})
CIRC = ("restart_service", {"unit": "circpump.service"})


def decide_at(command: str, state: DeviceState = SITE) -> tuple:
    proposal = WORDS.decide(command, state, ())
    return proposal.tool, dict(proposal.args)


@pytest.mark.parametrize(("command", "call"), [
    ("starte die Umwälzpumpe neu", CIRC), ("herstart de circulatiepomp", CIRC), ("starta om cirkulationspumpen", CIRC),
    ("genstart cirkulationspumpen", CIRC), ("start sirkulasjonspumpen på nytt", CIRC),
    ("käynnistä kiertovesipumppu uudelleen", CIRC), ("indítsd újra a keringtetőszivattyút", CIRC),
    ("перезапусти циркуляционный насос", CIRC), ("重启循环泵", CIRC), ("循環ポンプを再起動して", CIRC),
    ("순환펌프를 재시작해 줘", CIRC), ("khởi động lại máy bơm tuần hoàn", CIRC),
    ("repornește pompa de circulație", CIRC),
    ("أعد تشغيل مضخة التدوير", CIRC), ("επανεκκίνησε τον κυκλοφορητή", CIRC),
    ("herstart de luchtbehandelingskast", ("restart_service", {"unit": "ahu.service"})),
    ("starta om luftbehandlingsaggregatet", ("restart_service", {"unit": "ahu.service"})),
    ("перезапусти теплообменник", ("restart_service", {"unit": "hx.service"})),
    ("重启热交换器", ("restart_service", {"unit": "hx.service"})),
    ("starte den Etikettendrucker neu", ("restart_service", {"unit": "labels.service"})),
    ("uruchom ponownie odladzacz", ("restart_service", {"unit": "deicer.service"})),
    ("redémarre le dégivreur", ("restart_service", {"unit": "deicer.service"})),
    ("starte die Keimkammer neu", ("restart_service", {"unit": "germ.service"})),
    ("starte den Enteiser neu", ("restart_service", {"unit": "deicer.service"})),
    ("перезапусти горелку", ("restart_service", {"unit": "boiler.service"})),
    ("repornește arzătorul", ("restart_service", {"unit": "boiler.service"})),
])
def test_round_34_site_words_name_what_the_device_has(command: str, call: tuple) -> None:
    assert decide_at(command) == call, command


@pytest.mark.parametrize("command", [
    "starte die Umwälzpumpe nicht neu", "herstart de circulatiepomp niet", "не перезапускай циркуляционный насос",
    "starte die Umwälzpumpe neu?", "重启循环泵吗", "循環ポンプを再起動しないで",
    "wenn sie hängt, starte die Umwälzpumpe neu", "starta om cirkulationspumpen om den hänger",
    "starte die Umwälzpumpe und den Etikettendrucker neu", "starte die Umwälzpumpe blubber neu",
    "перезапусти эскалатор", "重启自动扶梯", "starte die Rolltreppe neu", "reinicia el turnstile",  # not here
])
def test_round_34_site_words_do_not_open_more(command: str) -> None:
    assert decide_at(command)[0] in ("say", "report_status"), command


# Forms of the glossary that are also a function word of these languages, from before round 34 (foreign.py
# reads its negations, articles and verbs before the glossary, so they stay what they are); no new one
KNOWN_SHARED = frozenset(["no", "bis", "stelle", "hem", "dat", "pas", "le", "venti", "nem", "es", "piec", "arrancar",
                          "las", "as", "os", "liga", "monter", "ola", "jeden", "sin", "el", "del", "sodra", "het",
                          "ei", "lo", "ala", "koppelen", "tre", "tri"])


def test_no_glossary_form_is_a_function_word() -> None:
    from llmos.agent.controller.language import foreign, glossary, more_languages
    function = (foreign._NEGATIONS_AND_CONDITIONS | foreign._AND | foreign._ARTICLES | set(foreign._VERBS)
                | set(foreign._NUMBER_WORDS) | foreign._PROFILE_GLUE)
    forms = glossary._forms()
    shared = {f for f in forms if f in function or foreign._COURTESY.fullmatch(f)}
    assert shared <= KNOWN_SHARED, sorted(shared - KNOWN_SHARED)
    never = more_languages._NEVER | more_languages._FILLERS
    assert {f for f in forms if f in never} <= {"no", "ko", "neu", "not", "mat", "the"}


KENNEL = ("restart_service", {"unit": "kennel@secondary.service"})


@pytest.mark.parametrize(("command", "call"), [
    # (round 34) courtesies and word orders: "can you" of those languages is a polite request, as in English
    ("Kannst du bitte die Umwälzpumpe neu starten", CIRC), ("Starte bitte die Umwälzpumpe neu", CIRC),
    ("Bitte Umwälzpumpe neu starten", CIRC), ("Herstart even de circulatiepomp", CIRC),
    ("puedes reiniciar la bomba de circulación", CIRC), ("reinicia por favor la bomba de circulación", CIRC),
    ("Peux-tu redémarrer la pompe de circulation ?", CIRC), ("starta om cirkulationspumpen, tack", CIRC),
    ("kun je de circulatiepomp herstarten", CIRC),
    # a preposition that names the instance
    ("genstart foderautomaten på den sekundære side", KENNEL),
    ("starte den Futterautomaten auf der sekundären Seite neu", KENNEL),
    # profiles and delays in everyday words
    ("pon el perfil equilibrado", ("set_power_profile", {"profile": "balanced"})),
    ("stell auf ausgeglichen", ("set_power_profile", {"profile": "balanced"})),
    ("pon el perfil de ahorro", ("set_power_profile", {"profile": "powersave"})),
    ("zrób reboot za pół godziny", ("reboot", {"delay_s": 1800})),
    ("reboot om en halvtimme", ("reboot", {"delay_s": 1800})),
    ("starta om enheten om en halvtimme", ("reboot", {"delay_s": 1800})),
    ("redémarre dans une demi-heure", ("reboot", {"delay_s": 1800})),
    ("riavvia fra mezz'ora", ("reboot", {"delay_s": 1800})),
])
def test_round_34_courtesies_orders_profiles_and_delays(command: str, call: tuple) -> None:
    assert decide_at(command) == call, command


@pytest.mark.parametrize("command", [
    "kannst du die Umwälzpumpe nicht neu starten", "puedes no reiniciar la bomba de circulación",
    "kannst du die Umwälzpumpe neu starten, wenn sie hängt", "peux-tu redémarrer la pompe si elle bloque ?",
    "kannst du die Rolltreppe neu starten", "puedes reiniciar la bomba blubber",
    "genstart foderautomaten på den tertiære blubber", "ausgeglichen", "equilibrado", "nicht ausgeglichen stellen",
    "zrób reboot za pół godziny, jeśli się zawiesi", "reboot om en halvtimme om den hänger",
])
def test_round_34_guards_hold(command: str) -> None:
    assert decide_at(command)[0] in ("say", "report_status"), command


# Round 35: a full sentence around the closed form (clauses.py): a greeting, thanks, "now", and a
# reason given after "because", or after a comma when it says what fails
MOSQ = ("restart_service", {"unit": "mosquitto.service"})


@pytest.mark.parametrize(("command", "call"), [
    ("Hallo, starte mosquitto jetzt neu, weil die Anzeige nicht lädt. Danke!", MOSQ),
    ("Guten Morgen, bitte mosquitto sofort neu starten, denn die Sensoren senden nichts", MOSQ),
    ("redémarre mosquitto car l'écran est figé, merci", MOSQ),
    ("Bonjour, redémarre mosquitto tout de suite parce que les capteurs ne répondent pas", MOSQ),
    ("reinicia mosquitto ahora mismo porque no responde, gracias", MOSQ),
    ("Hola, reinicia mosquitto ya mismo, porque la pantalla está congelada", MOSQ),
    ("riavvia mosquitto subito perché non si accende il display", MOSQ),
    ("riavvia mosquitto, le valvole del filare 4 non si aprono", MOSQ),
    ("reinicie o mosquitto agora porque o painel não atualiza, obrigado", MOSQ),
    ("herstart mosquitto want de site ligt plat", MOSQ),
    ("herstart mosquitto, de printers in lokaal 12 doen niks", MOSQ),
    ("Cześć, zrestartuj mosquitto teraz, bo strona nie działa, dzięki", MOSQ),
    ("zrestartuj mosquitto, komputery nie widzą serwera w sieci", MOSQ),
    ("starta om mosquitto nu eftersom skärmen hänger", MOSQ),
    ("Привет, перезапусти mosquitto, потому что экран завис", MOSQ),
])
def test_round_35_a_sentence_around_the_closed_form(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize("command", [
    # a negation, a question, a condition: the request's, never a reason's
    "Hallo, starte mosquitto nicht neu, weil die Anzeige hängt", "no reinicies mosquitto porque se cuelga",
    "ne redémarre pas mosquitto car l'écran est figé", "nie restartuj mosquitto, bo strona nie działa",
    "reinicia mosquitto ahora no", "starte mosquitto jetzt nicht neu", "redémarre mosquitto car l'écran est figé ?",
    "¿reinicio mosquitto porque no responde?", "reinicia mosquitto porque si se cuelga otra vez me muero",
    "starte mosquitto neu, weil, wenn die Anzeige hängt, nichts geht", "riavvia mosquitto perché se si blocca",
    # the reason that takes the request back, wants it not, or is the negation alone
    "reinicia mosquitto porque no", "reinicia mosquitto porque no quiero", "reinicia mosquitto porque no hace falta",
    "starte mosquitto neu, weil es nicht sein muss", "redémarre mosquitto car ce n'est pas nécessaire",
    "starte mosquitto neu, weil die Anzeige hängt, nein doch nicht", "riavvia mosquitto perché non si sa mai",
    # a second request, a time, someone else's words, a later change
    "starte mosquitto neu, weil die Anzeige hängt, dann stoppe nginx", "reinicia mosquitto porque y apaga el wifi",
    "starte mosquitto neu weil der Chef es sagt", "reinicia mosquitto porque mañana hay evento",
    "reinicia mosquitto porque lo dijo el jefe", "herstart mosquitto zo meteen",
    "reinicia mosquitto y nginx porque no responden", "reinicia mosquitto, el wifi no lo toques",
    "zrestartuj mosquitto, nie wyłączaj wifi", "riavvia mosquitto, il wifi non toccarlo",
    "redémarre mosquitto, ne touche pas le wifi",
    # a reason that names something of the device says more than why
    "zrestartuj mosquitto, bo nginx nie działa", "redémarre mosquitto car nginx est figé",
])
def test_round_35_guards_hold(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status"), command


def test_round_35_a_negation_is_never_joined_into_a_name() -> None:
    # "mosquitto no" had been read as "mosquittono", a typo of mosquitto, and the "no" lost
    assert WORDS.decide("reinicia mosquitto no", PLANT, ()).tool == "say"


# (round 35) more site words in the glossary: the equipment in the ten languages of more_languages.py, and
# humidification, calibration, surtitles, charging points, departure boards in every language
SITE35 = DeviceState.from_dict({"units": [
    {"name": "turbine.service", "description": "Wind turbine monitor"},
    {"name": "antenna.service", "description": "Satellite antenna tracker"},
    {"name": "humid.service", "description": "Humidification controller"},
    {"name": "surtitles.service", "description": "Surtitles display driver"},
    {"name": "autoclave.service", "description": "Autoclave cycle logger"},
    {"name": "nginx.service", "description": "A high performance web server"}]})


@pytest.mark.parametrize(("command", "unit"), [
    ("перезапусти турбину", "turbine.service"), ("перезапустіть турбіну", "turbine.service"),
    ("タービンを再起動して", "turbine.service"), ("重启涡轮机", "turbine.service"),
    ("터빈을 재시작해 줘", "turbine.service"),
    ("επανεκκίνησε την ανεμογεννήτρια", "turbine.service"), ("repornește turbina", "turbine.service"),
    ("أعد تشغيل التوربين", "turbine.service"), ("khởi động lại tua bin", "turbine.service"),
    ("перезапусти антенну", "antenna.service"),
    ("repornește antena", "antenna.service"), ("重启天线", "antenna.service"),
    ("перезапусти автоклав", "autoclave.service"), ("επανεκκίνησε το αυτόκαυστο", "autoclave.service"),
    ("redémarre la régulation de l'humidification", "humid.service"),
    ("starte die Luftbefeuchtung neu", "humid.service"),
    ("riavvia l'umidificazione", "humid.service"), ("перезапусти увлажнение", "humid.service"),
    ("redémarre les surtitres", "surtitles.service"), ("riavvia i sopratitoli", "surtitles.service"),
    ("starte die Übertitelanlage neu", "surtitles.service"), ("重启字幕", "surtitles.service"),
])
def test_round_35_site_words_name_what_the_device_has(command: str, unit: str) -> None:
    assert decide_at(command, SITE35) == ("restart_service", {"unit": unit}), command


@pytest.mark.parametrize("command", [
    # a negation, a question or a condition beside a new word still refuses; so does a thing not here
    "не перезапускай турбину", "перезапусти турбину?", "перезапусти турбину если зависнет",
    "タービンを再起動しないで", "重启涡轮机吗", "터빈을 재시작하지 마", "nu reporni turbina",
    "μην επανεκκινήσεις την ανεμογεννήτρια",
    "starte die Luftbefeuchtung nicht neu", "no reinicies la humidificación", "riavvia l'umidificazione?",
    "starte die Luftbefeuchtung neu, wenn sie hängt", "перезапусти турбину и антенну", "перезапусти кофемашину",
    "redémarre la déshumidification",  # the device has no dehumidification
])
def test_round_35_site_words_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITE35)[0] in ("say", "report_status"), command


@pytest.mark.parametrize("command", [
    "Reinicia el servidor, porque la pantalla no carga.", "Redémarre le serveur, car l'écran est figé.",
    "Starte den Server neu, weil die Anzeige hängt."])
def test_a_thing_not_read_beside_a_reason_never_leaves_a_bare_restart_that_reboots(command: str) -> None:
    assert decide(command)[0] != "reboot", command


def test_the_device_itself_beside_a_reason_still_reboots() -> None:
    assert decide("Bitte das Gerät neu starten, weil die Anzeige hängt.") == ("reboot", {"delay_s": 0})


@pytest.mark.parametrize(("command", "unit"), [
    # a request in one sentence, what is wrong in another (round 36)
    ("Kun je mosquitto herstarten? De sensoren krijgen hun data niet meer.", "mosquitto.service"),
    ("Reinicia nginx, por favor. La página perdió los datos de los sensores.", "nginx.service"),
    ("Starte mosquitto bitte neu. Die Sensoren senden nichts.", "mosquitto.service"),
    ("Die Webseite hängt. Bitte nginx neu starten.", "nginx.service"),
])
def test_a_sentence_that_only_says_what_is_wrong_is_read_apart(command: str, unit: str) -> None:
    assert decide(command) == ("restart_service", {"unit": unit}), command


@pytest.mark.parametrize("command", [
    # a sentence that takes the request back, adds another, asks, says when or begins with a negation
    "Starte nginx neu. Vergiss es, ich mache das selbst.", "Redémarre nginx. Laisse tomber, c'est réglé.",
    "Riavvia nginx. Lascia perdere, ci penso io.", "Reinicia nginx. Mosquitto también, que se colgó.",
    "Herstart nginx. Niet de broker, die draait goed.", "Starte nginx neu. Geht das überhaupt gut?",
    "Reinicia nginx. Pero solo después de las cinco.", "Starte nginx neu. Aber erst morgen früh bitte.",
    "Herstart nginx. Wacht, toch maar niet doen.", "Reinicia nginx. Mejor no, el sitio funciona.",
    "Starte nginx neu. Mosquitto auch, der hängt seit heute.", "Reinicie o nginx. Deixa, já resolvi isso aqui.",
    "Kun je mosquitto herstarten? Of is dat gevaarlijk voor de sensoren?",
])
def test_a_sentence_told_apart_that_changes_the_request_leaves_it_unread(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status"), command


# Round 36 (foreign reader): "could you" forms, thanks in advance, prepositions, numbers that say
# which one, delays in words, Russian and Greek verbs, Chinese and Japanese delays
PLANT36 = DeviceState.from_dict({
    "units": [{"name": "nginx.service", "description": "A high performance web server"},
              {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"},
              {"name": "aeration-fan@bin1.service", "description": "Aeration fan, silo 1"},
              {"name": "aeration-fan@bin2.service", "description": "Aeration fan, silo 2"},
              {"name": "vat-control@vat1.service", "description": "Cheese vat temperature and stirring, vat 1"},
              {"name": "vat-control@vat2.service", "description": "Cheese vat temperature and stirring, vat 2"}],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wwan0", "kind": "wwan", "state": "down"}],
    "leds": [], "storage": [],
})


@pytest.mark.parametrize(("command", "call"), [
    ("Pourriez-vous redémarrer nginx ? Merci d'avance.", ("restart_service", NGINX)),
    ("Bonjour, pourriez-vous redémarrer nginx ? Les pages ne chargent plus. Merci d'avance.",
     ("restart_service", NGINX)),
    ("potete riavviare nginx?", ("restart_service", NGINX)), ("zou je nginx herstarten?", ("restart_service", NGINX)),
    ("Könnten Sie nginx neu starten? Danke im Voraus.", ("restart_service", NGINX)),
    ("czy możesz zrestartować nginx?", ("restart_service", NGINX)),
    ("riavvia il sistema tra un'ora", ("reboot", {"delay_s": 3600})),
    ("herstart over anderhalve minuut", ("reboot", {"delay_s": 90})),
    ("herstart over 5 minuut", ("reboot", {"delay_s": 300})),
    ("reinicia el equipo en tres minutos y medio", ("reboot", {"delay_s": 210})),
    ("перезагрузись через 15 минут", ("reboot", {"delay_s": 900})),
    ("Επανεκκίνηση σε 45 λεπτά παρακαλώ", ("reboot", {"delay_s": 2700})),
    ("30分後に再起動してください。", ("reboot", {"delay_s": 1800})),
    ("请在十分钟后重启设备。", ("reboot", {"delay_s": 600})),
])
def test_round_36_polite_forms_and_delays_are_read(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize(("command", "call"), [
    ("перезапусти вентилятор аерації на силосі 1", ("restart_service", {"unit": "aeration-fan@bin1.service"})),
    ("перезапусти вентилятор аэрации на силосе 2", ("restart_service", {"unit": "aeration-fan@bin2.service"})),
    ("подними LTE", ("set_network", {"interface": "wwan0", "state": "up"})),
])
def test_round_36_prepositions_and_numbers_say_which_one(command: str, call: tuple) -> None:
    assert decide_at(command, PLANT36) == call, command


def test_round_36_danish_of_is_read() -> None:
    assert decide_at("genstart styringen af ostekarret", PLANT36)[0] == "say"  # which vat: asked
    assert "vat-control@vat1.service" in decide_at("genstart styringen af ostekarret", PLANT36)[1]["text"]


@pytest.mark.parametrize("command", [
    # the same constructions with a negation, a condition, a question about whether, a take-back,
    # a second request, a while or a time of day
    "Pourriez-vous ne pas redémarrer nginx ?", "pourriez-vous redémarrer nginx si besoin ?",
    "Pourriez-vous redémarrer nginx ? Laisse tomber, c'est réglé. Merci d'avance.",
    "potete riavviare nginx e mosquitto?", "potete riavviare anche nginx?", "zou je nginx niet herstarten?",
    "zou je nginx herstarten als het vastloopt?", "Könnten Sie nginx nicht neu starten? Danke im Voraus.",
    "czy możesz nie restartować nginx?",
    "detén nginx para una hora", "detén nginx por una hora", "ferma nginx per un'ora", "ferma nginx per un ora",
    "stoppe nginx für eine Stunde", "arrête nginx pour la nuit", "detén nginx durante un rato",
    "riavvia il sistema tra un'ora, anzi no", "reinicia el equipo en tres minutos y medio, no",
    "reinicia el equipo en tres minutos y medio si nadie lo usa",
    "η επανεκκίνηση σε 45 λεπτά", "επανεκκίνηση σε 45 λεπτά;", "μην κάνεις επανεκκίνηση σε 45 λεπτά",
    "не перезагрузись через 15 минут", "перезагрузись через 15 минут, если нужно",
    "30分後に再起動しないでください", "请不要在十分钟后重启设备", "在重启nginx",
    "не подними LTE", "подними LTE и eth0",
])
def test_round_36_polite_forms_prepositions_and_delays_do_not_open_more(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status"), command


@pytest.mark.parametrize("command", [
    "перезапусти вентилятор на силосі в 5", "перезапусти вентилятор аерації на силосі 1 и 2",
    "не перезапускай вентилятор аерації на силосі 1", "reinicia el ventilador a las 5",
    "starte den Lüfter 5 Uhr", "starte den Lüfter bitte neu, morgen",
])
def test_round_36_a_number_says_which_one_never_when(command: str) -> None:
    assert decide_at(command, PLANT36)[0] in ("say", "report_status"), command


@pytest.mark.parametrize(("command", "call"), [
    # what fails, said in a singular, a past, a progressive or a Dutch plural (round 36)
    ("redémarre nginx, la déshumidification ne suit plus", ("restart_service", NGINX)),
    ("herstart nginx, de klokken lopen niet gelijk", ("restart_service", NGINX)),
    ("reinicia o nginx, as páginas não estão saindo", ("restart_service", NGINX)),
    ("reinicia nginx, las páginas no cargaron", ("restart_service", NGINX)),
    ("reinicia nginx, los clientes no pueden comprar entradas", ("restart_service", NGINX)),
    ("Bitte die LTE-Verbindung trennen.", ("set_network", {"interface": "wwan0", "state": "down"})),
    ("Κλείσε τη σύνδεση ethernet, παρακαλώ.", ("set_network", {"interface": "eth0", "state": "down"})),
])
def test_round_36_reasons_and_verbs_are_read(command: str, call: tuple) -> None:
    assert decide_at(command, PLANT36) == call, command


def test_round_36_a_word_that_ends_as_a_korean_particle_is_read_whole() -> None:
    state = DeviceState.from_dict({"units": [{"name": "nurse-call.service", "description": "Nurse call relay"},
                                             {"name": "nginx.service", "description": "Web server"}]})
    call = ("restart_service", {"unit": "nurse-call.service"})
    assert decide_at("간호사 호출 릴레이 서비스를 재시작해 주세요", state) == call


@pytest.mark.parametrize("command", [
    "redémarre nginx, ne redémarre pas mosquitto", "redémarre nginx, et ne redémarre pas mosquitto",
    "redémarre nginx, mosquitto ne redémarre pas", "redémarre nginx, la page ne suit plus, laisse tomber",
    "riavvia nginx, non riavviare mosquitto", "riavvia nginx, mosquitto non riavvia",
    "reinicia nginx, no pueden apagar el wifi", "reinicia nginx, no reinicies mosquitto",
    "herstart nginx, de broker niet", "herstart nginx, de klokken lopen niet gelijk?",
    "reinicia o nginx, as páginas não estão saindo, mas só amanhã",
    "Bitte die LTE-Verbindung nicht trennen.", "die LTE-Verbindung trennen, wenn nötig",
    "die LTE-Verbindung trennen?", "die LTE-Verbindung und eth0 trennen", "die LTE-Verbindung morgen trennen",
    "Κλείσε τη σύνδεση ethernet;", "Κλείσε τη σύνδεση ethernet αν χρειάζεται", "μην κλείσε τη σύνδεση ethernet",
])
def test_round_36_reasons_and_verbs_do_not_open_more(command: str) -> None:
    assert decide_at(command, PLANT36)[0] in ("say", "report_status"), command


@pytest.mark.parametrize("command", [
    # (round 36, red team 38) a sentence saying it works again, correcting, joking, hedging or
    # claiming a role, after the request
    "Starte mosquitto neu. Er funktioniert wieder.", "Herstart mosquitto. Hij werkt weer.",
    "Starta om mosquitto. Den fungerar igen.", "Riavvia mosquitto. Funziona di nuovo.",
    "Starte mosquitto neu. Das war ein Witz.", "Starte mosquitto neu. Ich bin mir nicht sicher.",
    "Starte mosquitto neu. Eigentlich ist nginx kaputt.", "Ich bin der Schichtleiter. Starte mosquitto neu.",
    "Starte mosquitto neu. Er ist kaputt, ich kümmere mich selbst darum.",
])
def test_a_sentence_that_says_all_is_well_or_takes_over_leaves_the_request_unread(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status"), command


@pytest.mark.parametrize("command", [
    "Starte mosquitto bitte neu. Die Sensoren senden nichts.", "Riavvia mosquitto, ha dato un falso allarme.",
])
def test_trouble_said_again_or_falsely_is_still_a_reason(command: str) -> None:
    assert decide(command) == ("restart_service", {"unit": "mosquitto.service"}), command


@pytest.mark.parametrize(("command", "seconds"), [
    # delays said in words, each language's own (round 36, second helper)
    ("Restartuj zařízení za hodinu.", 3600), ("restartuj zařízení za dvě hodiny", 7200),
    ("restartuj zařízení za hodinu a půl", 5400), ("Neustart in zwei Stunden.", 7200),
    ("starte das Gerät in fünfundvierzig Minuten neu", 2700), ("Neustart in einer Dreiviertelstunde", 2700),
    ("Genstart maskinen om tre kvarter.", 2700), ("Start enheten på nytt om nitti sekunder.", 90),
    ("Starta om enheten om en timme och en kvart.", 4500), ("genstart maskinen om en og en halv time", 5400),
    ("genstart maskinen om femogtyve minutter", 1500), ("Redémarre l'appareil dans vingt minutes.", 1200),
    ("redémarre l'appareil dans une heure et quart", 4500), ("redémarre l'appareil dans trois quarts d'heure", 2700),
    ("redémarre l'appareil dans vingt-cinq minutes", 1500), ("reinicia el equipo en una hora y cuarto", 4500),
    ("reinicia el equipo en treinta y cinco minutos", 2100), ("riavvia il sistema tra venticinque minuti", 1500),
    ("riavvia il sistema tra un'ora e un quarto", 4500), ("herstart over drie kwartier", 2700),
    ("herstart over vijfentwintig minuten", 1500), ("reinicie o sistema daqui a uma hora e meia", 5400),
    ("Indítsd újra a gépet negyed óra múlva.", 900), ("indítsd újra a gépet másfél óra múlva", 5400),
    ("Käynnistä laite uudelleen neljän tunnin päästä.", 14400),
    ("käynnistä laite uudelleen tunnin ja vartin päästä", 4500),
    ("zrestartuj urządzenie za dwadzieścia pięć minut", 1500), ("reboot dans vingt minutes", 1200),
    ("перезагрузи через сорок пять минут", 2700), ("перезагрузи через четверть часа", 900),
    ("перезавантаж через сорок хвилин", 2400), ("Επανεκκίνηση σε σαράντα πέντε λεπτά", 2700),
    ("repornește sistemul peste patruzeci de minute", 2400), ("재부팅 네 시간 후에", 14400),
    ("一刻钟后重启系统", 900), ("三刻钟后重启", 2700), ("أعد تشغيل الجهاز بعد خمس دقائق", 300),
])
def test_round_36_delays_said_in_words(command: str, seconds: int) -> None:
    assert decide(command) == ("reboot", {"delay_s": seconds}), command


@pytest.mark.parametrize("command", [
    "Neustart in zwei Stunden nicht", "Neustart in zwei Stunden?", "Neustart für zwei Stunden",
    "Neustart in zwei Stunden, oder doch nicht", "Neustart in zwei Stunden und stoppe nginx",
    "wenn nötig Neustart in zwei Stunden", "Neustart in Stunden", "herstart om vijf uur",
    "herstart over drie kwartier niet", "genstart maskinen om tre kvarter, eller ikke",
    "starta om enheten i en timme och en kvart", "starta inte om enheten om en timme",
    "redémarre l'appareil dans vingt minutes ou pas", "ne redémarre pas l'appareil dans vingt minutes",
    "reinicia el equipo en una hora y cuarto si hace falta", "riavvia il sistema per venticinque minuti",
    "ne indítsd újra a gépet negyed óra múlva", "älä käynnistä laitetta uudelleen neljän tunnin päästä",
    "restartuj zařízení za hodinu a za dvě hodiny", "nerestartuj zařízení za hodinu",
    "не перезагружай через сорок минут", "перезагрузи через сорок минут?",
    "перезагрузи через сорок минут и через час", "μην κάνεις επανεκκίνηση σε σαράντα λεπτά",
    "stoppe nginx in zwei Stunden", "reinicia nginx en veinte minutos",
])
def test_round_36_delays_said_in_words_do_not_open_more(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status", "ignore"), command


PERFORMANCE = ("set_power_profile", {"profile": "performance"})


@pytest.mark.parametrize(("command", "call"), [
    # power profiles in words (round 36, second helper)
    ("省電力モードにして。", POWERSAVE), ("省電力モード", POWERSAVE), ("省電力モードをお願いします", POWERSAVE),
    ("性能模式", PERFORMANCE), ("请性能模式", PERFORMANCE), ("把性能模式调到最高。", PERFORMANCE),
    ("把节能模式调到最大吧", POWERSAVE), ("Põe no modo de desempenho máximo", PERFORMANCE),
    ("põe no modo de economia", POWERSAVE), ("ponha no modo de desempenho", PERFORMANCE),
])
def test_round_36_power_profiles_in_words(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize("command", [
    "省電力モード？", "省電力モードは？", "省電力モードは", "性能模式吗", "性能模式不要", "不要性能模式",
    "省電力モードにしないで", "把风扇调到最高", "把nginx调到最高", "调到最高", "不要把性能模式调到最高",
    "把性能模式调到最高吗？", "把性能模式调到最高，然后重启nginx", "não põe no modo de desempenho máximo",
    "põe no modo de desempenho máximo?", "se precisar, põe no modo de desempenho máximo",
    "põe no modo de desempenho máximo e reinicia o nginx", "põe no modo de desempenho máximo durante uma hora",
])
def test_round_36_power_profiles_in_words_do_not_open_more(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status", "ignore"), command


FAMILIES = DeviceState.from_dict({
    "units": [{"name": "sat-uplink.service", "description": "Satellite uplink modem"},
              {"name": "courier-api.service", "description": "Courier API client"},
              {"name": "edger-optimizer.service", "description": "Edger optimizer"},
              {"name": "audioguide.service", "description": "Audio guide server"},
              {"name": "basking-lamps.service", "description": "Basking lamp dimmer"},
              {"name": "jukebox.service", "description": "Jukebox player"},
              {"name": "nginx.service", "description": "A high performance web server"}],
    "interfaces": [], "leds": [], "storage": [],
})


@pytest.mark.parametrize(("command", "unit"), [
    # the glossary's families in more languages (round 36, second helper)
    ("위성 업링크 서비스를 재시작해 줘.", "sat-uplink"), ("перезапусти аплинк", "sat-uplink"),
    ("重启上行链路", "sat-uplink"),
    ("アップリンクを再起動して", "sat-uplink"), ("Indítsd újra a futár API klienst.", "courier-api"),
    ("перезапусти курьер api клиент", "courier-api"), ("starte den Kurier-API-Client neu", "courier-api"),
    ("Reinicia el optimizador de la canteadora.", "edger-optimizer"), ("перезапусти оптимизатор", "edger-optimizer"),
    ("riavvia l'ottimizzatore", "edger-optimizer"), ("重启优化器", "edger-optimizer"),
    ("Κάνε επανεκκίνηση στον διακομιστή του ηχητικού ξεναγού.", "audioguide"), ("перезапусти аудио гид", "audioguide"),
    ("バスキングランプの調光サービスを再起動して。", "basking-lamps"), ("ジュークボックスを再起動して", "jukebox"),
    ("reinicia la rocola", "jukebox"), ("indítsd újra a zenegépet", "jukebox"),
])
def test_round_36_families_in_more_languages(command: str, unit: str) -> None:
    assert decide_at(command, FAMILIES) == ("restart_service", {"unit": f"{unit}.service"}), command


@pytest.mark.parametrize("command", [
    "не перезапускай аплинк", "перезапусти аплинк?", "перезапусти аплинк и nginx", "если нужно, перезапусти аплинк",
    "위성 업링크 서비스를 재시작하지 마", "위성 업링크 서비스를 재시작해 줄래?", "不要重启上行链路", "重启上行链路吗？",
    "ne indítsd újra a futár API klienst", "no reinicies el optimizador", "reinicia el optimizador y la rocola",
    "μην κάνεις επανεκκίνηση στον διακομιστή του ηχητικού ξεναγού", "ジュークボックスを再起動しないで",
    "reinicia la rocola si hace falta", "reinicia la rocola durante una hora",
])
def test_round_36_families_in_more_languages_do_not_open_more(command: str) -> None:
    assert decide_at(command, FAMILIES)[0] in ("say", "report_status", "ignore"), command


BALANCED = ("set_power_profile", {"profile": "balanced"})


@pytest.mark.parametrize(("command", "call"), [
    # a profile "of energy", set "on" its kind; "remets", "repasse", "imposta", "passa al" (round 36, second helper)
    ("pon el perfil de energía en equilibrado, por favor", BALANCED),
    ("Repasse le profil d'énergie sur équilibré", BALANCED),
    ("imposta il profilo energetico su bilanciato", BALANCED), ("passa al profilo bilanciato", BALANCED),
    ("remets le mode économie", POWERSAVE), ("Chuyển sang chế độ hiệu năng cao nhất", PERFORMANCE),
    ("переключи в режим максимальной производительности", PERFORMANCE),
])
def test_round_36_profiles_of_energy(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize("command", [
    "no pongas el perfil de energía en equilibrado", "pon el perfil de energía en equilibrado?",
    "pon el perfil de energía en equilibrado y reinicia nginx", "ne repasse pas le profil d'énergie sur équilibré",
    "si besoin, repasse le profil d'énergie sur équilibré", "imposta il profilo energetico su bilanciato per un'ora",
    "non passare al profilo bilanciato", "không chuyển sang chế độ hiệu năng cao nhất",
    "не переключай в режим максимальной производительности", "remets le mode économie demain",
])
def test_round_36_profiles_of_energy_do_not_open_more(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status", "ignore"), command


KINGSTON_RW = ("mount_storage", {"device": "/dev/sdc1", "readonly": False})


@pytest.mark.parametrize("command", [
    # what is about to be written on the drive, said beside a mount (round 36, third helper)
    "Hänge den Stick ein, wir wollen Dateien hinzufügen", "Monta el pendrive. Vamos a añadir archivos.",
    "Alte Sitzungen müssen gelöscht werden. Hänge den Stick ein",
    "Monta el pendrive, hay que borrar las sesiones viejas",
    "Zamontuj pendrive. Trzeba usunąć stare sesje",
    "Monte la clé Kingston, je dois y enregistrer les nouveaux certificats.",
    "Monta el pendrive, queremos guardar las fotos",
])
def test_round_36_mount_purposes_in_other_languages(command: str) -> None:
    assert decide(command) == KINGSTON_RW, command


@pytest.mark.parametrize("command", [
    "Hänge den Stick ein, wir haben Dateien hinzugefügt", "Hänge den Stick ein, wir wollen Dateien kopieren",
    "Hänge den Stick ein, wir wollen Dateien lesen", "Hänge den Stick nur lesend ein, wir wollen Dateien hinzufügen",
    "Monta el pendrive. Ya añadimos archivos.", "Monta el pendrive. Vamos a copiar archivos del pendrive.",
    "Hänge den Stick ein, wir wollen keine Dateien hinzufügen",
])
def test_round_36_mount_purposes_that_do_not_write(command: str) -> None:
    assert decide(command)[0] != "mount_storage" or decide(command)[1]["readonly"] is True, command


@pytest.mark.parametrize("command", [
    "Hänge den Stick nicht ein, wir wollen Dateien hinzufügen",
    "Hänge den Stick ein wenn wir Dateien hinzufügen wollen",
    "Hänge den Stick ein? Wir wollen Dateien hinzufügen", "Monta el pendrive, vamos a añadir archivos, o mejor no",
    "Monta el pendrive, vamos a añadir archivos y reinicia nginx",
    "Monta el pendrive. Vamos a añadir archivos. Olvídalo.",
    "Monta el pendrive si hace falta. Vamos a añadir archivos.", "Monta el pendrive. No vamos a añadir archivos.",
    "Monta el pendrive. Juan dice que vamos a añadir archivos.",
    "Hänge den Stick ein, wir wollen morgen Dateien hinzufügen",
    "Monta el pendrive en una hora. Vamos a añadir archivos.",
])
def test_round_36_mount_purposes_do_not_open_more(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status", "ignore"), command


MASTS = DeviceState.from_dict({
    "units": [{"name": "met-mast.service", "description": "Meteorological mast data acquisition"},
              {"name": "opcua-gateway.service", "description": "OPC UA gateway for loom data"},
              {"name": "jukebox.service", "description": "Jukebox player"},
              {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"},
              {"name": "nginx.service", "description": "A high performance web server"}],
})


@pytest.mark.parametrize(("command", "unit"), [
    # Russian "с" (from) between two words for things; a name said in two words beside what it is;
    # a glossary form of two words ("szafę grającą", a jukebox) (round 36, third helper)
    ("Перезапусти сбор данных с метеомачты.", "met-mast"), ("Restartuj OPC UA bránu.", "opcua-gateway"),
    ("Zrestartuj szafę grającą.", "jukebox"),
])
def test_round_36_from_two_word_names_and_phrases(command: str, unit: str) -> None:
    assert decide_at(command, MASTS) == ("restart_service", {"unit": f"{unit}.service"}), command


@pytest.mark.parametrize("command", [
    "Перезапусти сбор данных с метеомачтой", "Не перезапускай сбор данных с метеомачты",
    "Перезапусти сбор данных с метеомачты?", "Перезапусти сбор данных с утра",
    "Перезапусти сбор данных с метеомачты завтра", "Перезапусти сбор данных с метеомачты и nginx",
    "Перезапусти сбор данных с метеомачты, если нужно", "Перезапусти nginx с mosquitto",
    "Перезапусти сбор данных с 5", "Перезапусти с метеомачты",
    "Nerestartuj OPC UA bránu", "Restartuj OPC UA bránu a mosquitto", "Restartuj OPC UA bránu?",
    "Restartuj OPC UA bránu zítra", "Restartuj OPC UA bránu, pokud je potřeba",
    "Nie restartuj szafy grającej", "Zrestartuj szafę grającą i nginx", "Zrestartuj szafę grającą?",
    "Zrestartuj szafę grającą jutro", "Jeśli trzeba, zrestartuj szafę grającą",
])
def test_round_36_from_two_word_names_and_phrases_do_not_open_more(command: str) -> None:
    assert decide_at(command, MASTS)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # Polish: a profile "of power supply", writing "with the possibility of writing" (round 36, third helper)
    ("Ustaw profil zasilania na wydajność.", PERFORMANCE),
    ("zamontuj pendrive kingston z możliwością zapisu", KINGSTON_RW),
])
def test_round_36_polish_profile_and_writing(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize("command", [
    "Nie ustawiaj profilu zasilania na wydajność", "Ustaw profil zasilania na wydajność?",
    "Ustaw profil zasilania na wydajność jutro", "nie montuj pendrive kingston z możliwością zapisu",
    "zamontuj pendrive kingston bez możliwości zapisu", "jeśli trzeba, ustaw profil zasilania na wydajność",
])
def test_round_36_polish_profile_and_writing_do_not_open_more(command: str) -> None:
    assert decide(command)[0] != "set_power_profile" and decide(command) != KINGSTON_RW, command


HIVES = DeviceState.from_dict({
    "units": [{"name": "hive-scale@a.service", "description": "Hive A weight scale reader"},
              {"name": "hive-scale@b.service", "description": "Hive B weight scale reader"},
              {"name": "water-quality@site1.service", "description": "Water quality logger, line 1"},
              {"name": "water-quality@site2.service", "description": "Water quality logger, line 2"},
              {"name": "nginx.service", "description": "A high performance web server"}],
})


def test_round_36_compounds_of_three_parts_and_a_first_part_changed() -> None:
    # "bikupevågen" is "bikupa" + "vågen"; "vattenkvalitetsloggern" "vatten" + "kvalitet" + "loggern"
    assert decide_at("starta om bikupevågen", HIVES)[0] == "say"
    assert "hive-scale@a.service" in decide_at("starta om bikupevågen", HIVES)[1]["text"]
    assert decide_at("Starta om vattenkvalitetsloggern på linje 2", HIVES) == \
        ("restart_service", {"unit": "water-quality@site2.service"})


@pytest.mark.parametrize("command", [
    "starta inte om vattenkvalitetsloggern på linje 2", "Starta om vattenkvalitetsloggern på linje 2?",
    "Starta om vattenkvalitetsloggern på linje 2 och nginx",
    "om det behövs, starta om vattenkvalitetsloggern på linje 2",
    "Starta om vattenkvalitetsloggern på linje 2 i morgon", "stoppa inte bikupevågen",
])
def test_round_36_compounds_of_three_parts_do_not_open_more(command: str) -> None:
    assert decide_at(command, HIVES)[0] in ("say", "report_status", "ignore"), command


ROUND37 = DeviceState.from_dict({
    "units": [{"name": "chamber-temp.service", "description": "Cold room door and temperature alarm"},
              {"name": "seed-sorter.service", "description": "Seed sorter vision controller"},
              {"name": "wine-corker.service", "description": "Wine bottle corker"},
              {"name": "bun-divider.service", "description": "Bun divider and rounder"},
              {"name": "veg-lamps.service", "description": "Grow light dimmer"},
              {"name": "gate-arm.service", "description": "Barrier control for the car park"},
              {"name": "dc-supply.service", "description": "Rectifier cabinet watchdog"},
              {"name": "apiary-cam.service", "description": "Bee entrance camera"},
              {"name": "acid-dose.service", "description": "Dosing pump driver"},
              {"name": "lobby-flow.service", "description": "Crowd density sensor"},
              {"name": "colony-weight.service", "description": "Hive weight logger"},
              {"name": "nginx.service", "description": "A high performance web server"}],
    "interfaces": [], "leds": [], "storage": [],
})


@pytest.mark.parametrize(("command", "unit"), [
    # the glossary's families of round 37: a cold room, a sorter, a corker, a (dough) divider, a grow
    # light, a barrier control, a rectifier, a bee, a dosing pump, a crowd, a hive
    ("reinicia la alarma de la cámara frigorífica", "chamber-temp"), ("riavvia la cella frigorifera", "chamber-temp"),
    ("redémarre la chambre froide", "chamber-temp"), ("reinicia a selecionadora de sementes", "seed-sorter"),
    ("reinicia la seleccionadora", "seed-sorter"), ("riavvia la tappatrice", "wine-corker"),
    ("redémarre la boucheuse", "wine-corker"), ("reinicia la taponadora", "wine-corker"),
    ("uruchom ponownie dzielarkę", "bun-divider"), ("riavvia la spezzatrice", "bun-divider"),
    ("käynnistä kasvivalot uudelleen", "veg-lamps"), ("starte die Pflanzenlampen neu", "veg-lamps"),
    ("herstart de groeilampen", "veg-lamps"), ("starta om bomstyrningen", "gate-arm"),
    ("genstart bomstyringen", "gate-arm"), ("перезапусти выпрямитель", "dc-supply"),
    ("перезапустіть випрямляч", "dc-supply"), ("벌 카메라 재시작해 줘", "apiary-cam"),
    ("ドージングポンプを再起動して", "acid-dose"), ("επανεκκίνησε τον αισθητήρα πλήθους", "lobby-flow"),
    ("перезапусти датчик толпы", "lobby-flow"), ("छत्ते का लॉगर रीस्टार्ट करो", "colony-weight"),
])
def test_round_37_families(command: str, unit: str) -> None:
    assert decide_at(command, ROUND37) == ("restart_service", {"unit": f"{unit}.service"}), command


@pytest.mark.parametrize("command", [
    "no reinicies la alarma de la cámara frigorífica", "¿reinicia la alarma de la cámara frigorífica?",
    "non riavviare la tappatrice", "riavvia la tappatrice e nginx", "nie restartuj dzielarki",
    "älä käynnistä kasvivaloja uudelleen", "starta inte om bomstyrningen", "om det behövs, starta om bomstyrningen",
    "не перезапускай выпрямитель", "перезапусти выпрямитель?", "벌 카메라 재시작하지 마",
    "ドージングポンプを再起動しないで", "छत्ते का लॉगर रीस्टार्ट मत करो", "अगर ज़रूरी हो तो छत्ते का लॉगर रीस्टार्ट करो",
    # a wrong name: no such thing
    "reinicia la taponadora de vinagre", "reinicia la cámara frigorífica 7", "перезапусти выпрямитель насоса 9",
])
def test_round_37_families_do_not_open_more(command: str) -> None:
    assert decide_at(command, ROUND37)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "unit"), [
    # what fails, said last in Greek, Russian or Ukrainian, is passed over as the Latin languages' is;
    # Swedish "står" says where it is written only before "i" or "på"
    ("επανεκκίνησε τον αισθητήρα πλήθους, δεν στέλνει τίποτα", "lobby-flow"),
    ("перезапусти датчик толпы, не отвечает", "lobby-flow"),
    ("перезапусти выпрямитель, датчик не работает", "dc-supply"),
    ("перезапустіть випрямляч, нічого не пише", "dc-supply"),
    ("перезапустіть випрямляч, не працює", "dc-supply"),
    ("starta om bomstyrningen, skylten står och hänger", "gate-arm"),
])
def test_round_37_trouble_said_last(command: str, unit: str) -> None:
    assert decide_at(command, ROUND37) == ("restart_service", {"unit": f"{unit}.service"}), command


@pytest.mark.parametrize("command", [
    # a take-back, a need, a doubt, a name, a time, a question: never passed over
    "επανεκκίνησε τον αισθητήρα πλήθους, δεν πειράζει", "επανεκκίνησε τον αισθητήρα πλήθους, δεν χρειάζεται",
    "επανεκκίνησε τον αισθητήρα πλήθους, δεν ξέρω", "перезапусти датчик толпы, не надо",
    "перезапусти датчик толпы, не стоит", "перезапусти датчик толпы, nginx не отвечает",
    "перезапусти датчик толпы, не отвечает 5 минут", "перезапусти датчик толпы, не отвечает?",
    "перезапусти датчик толпы, не перезапускай", "перезапусти датчик толпы, если не отвечает",
    "не перезапускай датчик толпы, не отвечает", "перезапусти датчик толпы, не отвечает, и nginx",
    "starta om bomstyrningen, det står i ärendet", "starta om bomstyrningen, står på lappen",
])
def test_round_37_trouble_said_last_does_not_open_more(command: str) -> None:
    assert decide_at(command, ROUND37)[0] in ("say", "report_status", "ignore"), command


PANEL = DeviceState.from_dict({
    "units": [{"name": "nginx.service", "description": "A high performance web server"},
              {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"},
              {"name": "meter-log.service", "description": "Energy meter event logger"}],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}],
    "leds": [{"name": "white:identify", "color": "white", "function": "identify"},
             {"name": "green:power", "color": "green", "function": "power"}],
    "storage": [],
})


@pytest.mark.parametrize(("command", "call"), [
    # French "coupe" (cut) turns off; a wired network; "this device" in Czech and Spanish; Indonesian
    # delays ("dalam 2 jam"); a German joint "s" before a hyphen ("Identifikations-LED"); Polish
    # "nothing" said of what fails ("nic nie liczy")
    ("coupez le wifi", ("set_network", {"interface": "wlan0", "state": "down"})),
    ("coupe le réseau filaire s'il te plaît", ("set_network", {"interface": "eth0", "state": "down"})),
    ("restartuj toto zařízení za deset minut", ("reboot", {"delay_s": 600})),
    ("reinicia este equipo", ("reboot", {"delay_s": 0})),
    ("reboot dalam 2 jam", ("reboot", {"delay_s": 7200})),
    ("tolong reboot dalam 15 menit", ("reboot", {"delay_s": 900})),
    ("Lass die Identifikations-LED blinken", ("set_led", {"name": "white:identify", "state": "blink"})),
    ("zrestartuj mosquitto, licznik nic nie liczy", ("restart_service", {"unit": "mosquitto.service"})),
    ("zrestartuj mosquitto, panel nic nie pokazuje", ("restart_service", {"unit": "mosquitto.service"})),
])
def test_round_37_verbs_and_constructions(command: str, call: tuple) -> None:
    assert decide_at(command, PANEL) == call, command


@pytest.mark.parametrize("command", [
    "ne coupe pas le wifi", "le wifi coupe", "coupe le wifi ?", "coupe la pompe 9", "coupe le wifi si ça plante",
    "restartuj to", "restartuj to zařízení?", "nerestartuj to zařízení", "restartuj to zařízení, pokud je to nutné",
    "jangan reboot dalam 15 menit", "reboot dalam 15 menit?", "kalau perlu, reboot dalam 15 menit",
    "Lass die Identifikations-LED nicht blinken", "Lass die Identifikations-LED blinken?",
    "zrestartuj mosquitto, nic nie rób", "zrestartuj mosquitto, nie szkodzi", "zrestartuj mosquitto, nie trzeba",
    "zrestartuj mosquitto, bo nginx nic nie zapisuje", "nie restartuj mosquitto, nic nie liczy",
])
def test_round_37_verbs_and_constructions_do_not_open_more(command: str) -> None:
    assert decide_at(command, PANEL)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "topic"), [
    # Indonesian status questions read by their words ("what was plugged in" asks of events, even with "usb")
    ("apa ada perangkat baru yang dicolok?", "events"), ("ada kejadian baru?", "events"),
    ("apakah ada flashdisk usb yang terpasang?", "events"),
])
def test_round_37_indonesian_status_questions(command: str, topic: str) -> None:
    assert decide_at(command, PANEL) == ("report_status", {"topic": topic}), command


BARN = DeviceState.from_dict({
    "units": [{"name": "nginx.service", "description": "A high performance web server"},
              {"name": "irrigation-pump.service", "description": "Irrigation pump controller"},
              {"name": "vent-fan.service", "description": "Ventilation fan controller"}],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}],
    "leds": [{"name": "amber:onair", "color": "amber", "function": "onair"},
             {"name": "green:power", "color": "green", "function": "power"}],
    "storage": [],
})
PUMP = {"unit": "irrigation-pump.service"}
ON_AIR_OFF = ("set_led", {"name": "amber:onair", "state": "off"})


@pytest.mark.parametrize(("command", "call"), [
    # Turkish asks politely with its aorist and "you" ("-ır mısın", "-abilir misiniz"): can you; what
    # fails said with a negative present ("gelmiyor", "çalışmıyor"); a possessive after a rounded
    # vowel ("kontrolcüsünü")
    ("sulama pompasını yeniden başlatır mısın", ("restart_service", PUMP)),
    ("sulama pompasını yeniden başlatabilir misiniz?", ("restart_service", PUMP)),
    ("havalandırma fanını durdurur musun, lütfen", ("stop_service", {"unit": "vent-fan.service"})),
    ("sulama pompasını yeniden başlat, su gelmiyor", ("restart_service", PUMP)),
    ("sulama pompası kontrolcüsünü yeniden başlatır mısınız, vanalar açılmıyor", ("restart_service", PUMP)),
    # Portuguese "no ar" (and its kin) is on air; what went off the air says why
    ("desliga a luz de no ar, o programa saiu do ar", ON_AIR_OFF),
    ("spegni la spia in onda", ON_AIR_OFF), ("apaga la luz de al aire", ON_AIR_OFF),
])
def test_round_38_turkish_asked_and_on_air(command: str, call: tuple) -> None:
    assert decide_at(command, BARN) == call, command


@pytest.mark.parametrize("command", [
    # a negative, a past, a question of another, of "we", a name it does not have, a negated outage
    "sulama pompasını yeniden başlatmaz mısın", "sulama pompasını yeniden başlattın mı?",
    "sulama pompası yeniden başlatır mı?", "sulama pompasını yeniden başlatabilir miyiz?",
    "sulama pompasını yeniden başlatma, su gelmiyor", "sulama pompasını yeniden başlatır mısın, gerek yok",
    "fırın kontrolcüsünü yeniden başlatır mısın", "kazanı yeniden başlatır mısın",
    "eğer su gelmiyorsa sulama pompasını yeniden başlatır mısın",
    "sulama pompasını yeniden başlatır mısın ve nginx'i durdurur musun",
    "desliga a luz de no ar, o programa não saiu do ar", "não desliga a luz de no ar",
    "desliga a luz de no ar?", "desliga a luz de no ar se o programa sair do ar",
    "desliga a luz de no ar, o programa não está fora do ar",
])
def test_round_38_turkish_asked_and_on_air_do_not_open_more(command: str) -> None:
    assert decide_at(command, BARN)[0] in ("say", "report_status", "ignore"), command


RINK = DeviceState.from_dict({
    "units": [{"name": "nginx.service", "description": "A high performance web server"},
              {"name": "sinbin-clock@left.service", "description": "Penalty clock (left bench)"},
              {"name": "sinbin-clock@right.service", "description": "Penalty clock (right bench)"},
              {"name": "weigh-kiosk.service", "description": "Weighing ticket kiosk"},
              {"name": "glaze-log.service", "description": "Glaze kiln temperature curve recorder"}],
    "interfaces": [], "leds": [], "storage": [],
})


@pytest.mark.parametrize(("command", "call"), [
    # families of round 38: a penalty ("jäähy", "utvisning"), a curve ("courbes", "curvas"), Czech weighing
    # and tickets in the genitive plural ("vážních lístků")
    ("starta om utvisningsklockan till vänster", ("restart_service", {"unit": "sinbin-clock@left.service"})),
    ("restartuj kiosek vážních lístků", ("restart_service", {"unit": "weigh-kiosk.service"})),
    ("redémarre l'enregistreur des courbes", ("restart_service", {"unit": "glaze-log.service"})),
    ("reinicia el registrador de curvas", ("restart_service", {"unit": "glaze-log.service"})),
])
def test_round_38_families(command: str, call: tuple) -> None:
    assert decide_at(command, RINK) == call, command


@pytest.mark.parametrize("command", [
    # two of them: which one; a negation, a question, a condition, a thing the device does not have
    "käynnistä jäähyn kello uudelleen", "älä käynnistä jäähyn kelloa uudelleen", "nerestartuj kiosek vážních lístků",
    "restartuj kiosek vážních lístků?", "pokud je to nutné, restartuj kiosek vážních lístků",
    "ne redémarre pas l'enregistreur des courbes", "reinicia el registrador de curvas si falla",
    "restartuj tiskárnu vážních lístků", "starta om utvisningsklockan 3",
])
def test_round_38_families_do_not_open_more(command: str) -> None:
    assert decide_at(command, RINK)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize("command", [
    # what fails, said in Japanese or Korean as a sentence of its own after the request
    "nginxを再起動してください。ページが表示されません。", "nginxを再起動してください。まだ来ない。",
    "nginx 재시작해 주세요. 페이지가 안 나와요.", "nginx 재시작해 주세요. 페이지가 나오지 않습니다.",
])
def test_round_38_trouble_said_as_a_sentence(command: str) -> None:
    assert decide(command) == ("restart_service", NGINX), command


@pytest.mark.parametrize("command", [
    # a take-back, a want-not, a negated request, a name, a number, a question: never passed over
    "nginxを再起動してください。必要ありません。", "nginxを再起動しないでください。ページが表示されません。",
    "nginxを再起動してください。mosquittoが動きません。", "nginxを再起動してください。ページが表示されませんか？",
    "nginx 재시작해 주세요. 안 돼요.", "nginx 재시작하지 마세요. 페이지가 안 나와요.",
    "nginx 재시작해 주세요. 하지 마세요.",
    "nginx 재시작해 주세요. 3번 화면이 안 나와요.", "nginx 재시작해 주세요? 페이지가 안 나와요.",
    "nginx 재시작해 주세요. 10분 후에 안 와요.", "ページが表示されません。", "페이지가 안 나와요.",
])
def test_round_38_trouble_said_as_a_sentence_does_not_open_more(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status", "ignore"), command


SORTING = DeviceState.from_dict({
    "units": [{"name": "nginx.service", "description": "A high performance web server"},
              {"name": "video-coding.service", "description": "Video coding desk relay for unreadable addresses"},
              {"name": "barcode-reader@in1.service", "description": "Induction line barcode reader (in1)"},
              {"name": "barcode-reader@in2.service", "description": "Induction line barcode reader (in2)"},
              {"name": "climate-zone@a.service", "description": "Rearing room climate loop (zone a)"},
              {"name": "climate-zone@b.service", "description": "Rearing room climate loop (zone b)"},
              {"name": "emergency-phone.service", "description": "Lift emergency phone gateway"},
              {"name": "lecture-capture.service", "description": "Lecture capture recorder (Opencast capture agent)"},
              {"name": "husker-ctl.service", "description": "Rubber roll husker gap controller"},
              {"name": "wits-server.service", "description": "WITS level 0 server to the rig floor"},
              {"name": "multigas-logger.service", "description": "MultiGAS SO2/CO2/H2S sensor logger"},
              {"name": "rsyslog.service", "description": "System Logging Service"}],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}],
    "leds": [{"name": "green:status", "color": "green", "function": "status"},
             {"name": "red:fault", "color": "red", "function": "fault"}],
    "storage": [],
})


def _restart(unit: str) -> tuple:
    return ("restart_service", {"unit": f"{unit}.service"})


@pytest.mark.parametrize(("command", "call"), [
    # families of round 38's other sites: coding, barcodes (said in two words: "kodów kreskowych",
    # "códigos de barras"), rearing, a phone (Turkish "ağ geçidi", a gateway), lectures, a husker
    ("zrestartuj kodowanie wideo", _restart("video-coding")),
    ("reinicia la codificación de vídeo", _restart("video-coding")),
    ("acil telefon ağ geçidini yeniden başlat", _restart("emergency-phone")),
    ("reinicia la pasarela del teléfono de emergencia", _restart("emergency-phone")),
    ("restartuj nahrávání přednášek", _restart("lecture-capture")),
    ("zrestartuj nagrywanie wykładów", _restart("lecture-capture")),
    ("starta om föreläsningsinspelningen", _restart("lecture-capture")),
    ("khởi động lại bộ điều khiển máy bóc vỏ đi", _restart("husker-ctl")),
    ("reinicia el controlador de la descascarilladora", _restart("husker-ctl")),
])
def test_round_38_site_families(command: str, call: tuple) -> None:
    assert decide_at(command, SORTING) == call, command


@pytest.mark.parametrize(("command", "candidates"), [
    # (and where it is: "im Aufzuchtraum", "w pomieszczeniu odchowu", "nella sala")
    ("zrestartuj czytnik kodów kreskowych", {"barcode-reader@in1", "barcode-reader@in2"}),
    ("reinicia el lector de códigos de barras", {"barcode-reader@in1", "barcode-reader@in2"}),
    ("restartuj čtečku čárových kódů", {"barcode-reader@in1", "barcode-reader@in2"}),
    ("Klimaregelung im Aufzuchtraum neu starten", {"climate-zone@a", "climate-zone@b"}),
    ("herstart de klimaatregeling in de opfokruimte", {"climate-zone@a", "climate-zone@b"}),
    ("zrestartuj regulację klimatu w pomieszczeniu odchowu", {"climate-zone@a", "climate-zone@b"}),
    ("riavvia il controllo del clima nella sala di allevamento", {"climate-zone@a", "climate-zone@b"}),
])
def test_round_38_site_families_of_two_are_asked_about(command: str, candidates: set) -> None:
    tool, args = decide_at(command, SORTING)
    assert tool == "say" and all(c in args["text"] for c in candidates), (command, args)


@pytest.mark.parametrize("command", [
    # a negation, a question, a past, a time said after "in" ("im Moment", "dans la nuit"), a number the
    # device lacks, a condition: never a change
    "nie restartuj kodowania wideo", "zrestartuj kodowanie wideo?", "Klimaregelung im Aufzuchtraum nicht neu starten",
    "Klimaregelung im Aufzuchtraum neu starten?", "Klimaregelung im Aufzuchtraum im Moment neu starten",
    "Klimaregelung in der Nacht neu starten", "redémarre la régulation climatique dans la nuit",
    "acil telefon ağ geçidini yeniden başlatma", "acil telefon ağ geçidini yeniden başlattın mı?",
    "nerestartuj nahrávání přednášek", "restartuj nahrávání přednášek?", "đừng khởi động lại bộ điều khiển máy bóc vỏ",
    "zrestartuj czytnik kodów kreskowych 7", "reinicia el lector de códigos de barras si falla",
])
def test_round_38_site_families_do_not_open_more(command: str) -> None:
    assert decide_at(command, SORTING)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # "MultiGAS" written whole names the gas ("the gas logger", "reinicia el logger de gases"); "the logger" alone
    # is still either logger
    ("restart the gas logger", _restart("multigas-logger")),
    ("reinicia el logger de gases", _restart("multigas-logger")),
    ("restart the multigas logger", _restart("multigas-logger")), ("restart the logger", ("say", None)),
])
def test_round_38_a_word_written_whole_after_multi(command: str, call: tuple) -> None:
    tool, args = decide_at(command, SORTING)
    assert (tool, args if call[1] is not None else None) == call, (command, args)


@pytest.mark.parametrize(("command", "call"), [
    # what fails, said last: Norwegian, Danish and Swedish presents negated ("får ikke data", "viser ikke noe");
    # Polish verbs of what does not arrive ("nie dostają", "nie wyświetlają"); a reading stuck at zero and since
    # when ("marca cero desde las 4", "affiche zéro depuis 4h"); what a thing of the device reports ("Opencast
    # hlásí, že agent je offline")
    ("start WITS-serveren på nytt, boredekket får ikke data", _restart("wits-server")),
    ("start WITS-serveren på nytt, skjermen viser ikke noe", _restart("wits-server")),
    ("genstart WITS-serveren, boredækket får ikke data", _restart("wits-server")),
    ("starta om WITS-servern, borrdäcket får inte data", _restart("wits-server")),
    ("zrestartuj kodowanie wideo, koderzy nie dostają obrazów", _restart("video-coding")),
    ("zrestartuj kodowanie wideo, stanowiska nie wyświetlają obrazów", _restart("video-coding")),
    ("reinicia el logger de gases, el SO2 marca cero desde las 4", _restart("multigas-logger")),
    ("riavvia il logger dei gas, il sensore segna zero dalle 4", _restart("multigas-logger")),
    ("redémarre l'enregistreur de gaz, le capteur affiche zéro depuis 4h", _restart("multigas-logger")),
    ("restartuj nahrávání přednášek, Opencast hlásí, že agent je offline", _restart("lecture-capture")),
    ("starte die Vorlesungsaufnahme neu, Opencast meldet, dass der Agent offline ist", _restart("lecture-capture")),
    ("reinicia la grabación de conferencias, Opencast indica que el agente está offline", _restart("lecture-capture")),
])
def test_round_38_trouble_said_last_in_more_languages(command: str, call: tuple) -> None:
    assert decide_at(command, SORTING) == call, command


@pytest.mark.parametrize("command", [
    # what one may not or will not ("får ikke lov", "kommer ikke til å"), an imperative ("nie odbieraj"), a time
    # to come ("a las 5"), "since" alone, a condition, a person who reports ("šéf hlásí"), all well, a negated
    # request, a question
    "start WITS-serveren på nytt, jeg får ikke lov", "start WITS-serveren på nytt, kommer ikke til å virke",
    "ikke start WITS-serveren på nytt, boredekket får ikke data",
    "start WITS-serveren på nytt, boredekket får ikke data?",
    "zrestartuj kodowanie wideo, koderzy nie odbieraj", "nie restartuj kodowania wideo, koderzy nie dostają obrazów",
    "reinicia el logger de gases, el SO2 marca cero a las 5", "reinicia el logger de gases, desde las 4",
    "reinicia el logger de gases si el SO2 marca cero",
    "restartuj nahrávání přednášek, šéf hlásí, že agent je offline",
    "restartuj nahrávání přednášek, pokud Opencast hlásí, že agent je offline",
    "restartuj nahrávání přednášek, Opencast hlásí, že je to v pořádku",
])
def test_round_38_trouble_said_last_in_more_languages_does_not_open_more(command: str) -> None:
    assert decide_at(command, SORTING)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize("command", [
    # how a thing is, said with a Czech, Swedish or Norwegian copula, is no request to take it offline, nor is a
    # Czech negated imperative ("nerestartuj") beside it
    "agent je offline", "Opencast hlásí, že agent je offline", "agenten är offline", "agenten er offline",
    "nerestartuj nahrávání přednášek, agent je offline", "nevypínej nahrávání přednášek, agent je offline",
    "nerestartuj nahrávání přednášek, Opencast hlásí, že agent je offline", "wifi je vypnutá",
])
def test_round_38_how_it_is_in_czech_and_scandinavian_changes_nothing(command: str) -> None:
    assert decide_at(command, SORTING)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize("command", [
    # what fails, said last in Vietnamese: "bị" and what befell it, "không" and what a thing does
    "khởi động lại bộ điều khiển máy bóc vỏ đi, khe hở lô cao su bị lệch",
    "khởi động lại bộ điều khiển máy bóc vỏ, màn hình không hiện nữa",
    "khởi động lại bộ điều khiển máy bóc vỏ đi, máy bị treo", "khởi động lại bộ điều khiển máy bóc vỏ đi, bị treo rồi",
])
def test_round_38_trouble_said_last_in_vietnamese(command: str) -> None:
    assert decide_at(command, SORTING) == _restart("husker-ctl"), command


@pytest.mark.parametrize("command", [
    # another one ("cái kia"), a name, a number, a verb of the catalog ("không khởi động được"), a negated
    # request, a question, a condition
    "khởi động lại bộ điều khiển máy bóc vỏ đi, cái kia bị treo",
    "khởi động lại bộ điều khiển máy bóc vỏ đi, nginx bị treo",
    "khởi động lại bộ điều khiển máy bóc vỏ đi, máy 2 bị treo",
    "khởi động lại bộ điều khiển máy bóc vỏ đi, máy không khởi động được",
    "đừng khởi động lại bộ điều khiển máy bóc vỏ, khe hở lô cao su bị lệch",
    "khởi động lại bộ điều khiển máy bóc vỏ đi, khe hở lô cao su bị lệch?",
    "khởi động lại bộ điều khiển máy bóc vỏ đi nếu khe hở lô cao su bị lệch",
])
def test_round_38_trouble_said_last_in_vietnamese_does_not_open_more(command: str) -> None:
    assert decide_at(command, SORTING)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # Swahili: the verb first, in the imperative, its plural or the polite subjunctive; "again" before or after the
    # object ("anzisha mfumo upya"); a delay after "baada ya", its unit before its number ("baada ya dakika 10")
    ("Anzisha upya mfumo baada ya nusu saa", ("reboot", {"delay_s": 1800})),
    ("tafadhali anzisha mfumo upya baada ya dakika 10", ("reboot", {"delay_s": 600})),
    ("washa upya kifaa baada ya saa moja", ("reboot", {"delay_s": 3600})),
    ("anzisha upya mfumo baada ya dakika kumi na tano", ("reboot", {"delay_s": 900})),
    ("naomba uanzishe upya mfumo", ("reboot", {"delay_s": 0})),
    ("simamisha huduma ya nginx", ("stop_service", NGINX)),
    ("zima wifi", WIFI_DOWN),
    ("zima taa nyekundu", ("set_led", {"name": "red:status", "state": "off"})),
    ("anzisha upya pampu ya maji", ("restart_service", {"unit": "circpump.service"})),
])
def test_round_38_swahili(command: str, call: tuple) -> None:
    assert decide(command) == call, command


@pytest.mark.parametrize("command", [
    # a negative ("usi-"), a question, a past or a report ("imeanzishwa", "nimeanzisha"), a condition, a day, two
    # delays, a verb left unread
    "usianzishe upya mfumo", "usianzishe upya mfumo baada ya nusu saa", "je, unaweza kuanzisha upya mfumo?",
    "anzisha upya mfumo?", "mfumo umeanzishwa upya", "nimeanzisha upya mfumo", "kama kuna tatizo, anzisha upya mfumo",
    "anzisha upya mfumo kesho", "anzisha upya mfumo baada ya nusu saa baada ya dakika 5", "usizime wifi",
    "zima wifi?", "nimezima wifi", "zima wifi ikiwa kuna tatizo",
])
def test_round_38_swahili_does_not_open_more(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize("command", [
    # deleting, formatting or emptying, said in another language, is what the catalog cannot do: said so, never
    # read as a question of the storage's state by what the router makes of "data"
    "padam data influx yang lebih lama dari setahun", "hapus data lama", "verwijder oude data van influx",
    "slett gamle data i influx", "futa data ya influx", "vacía la papelera",
])
def test_round_38_what_the_catalog_cannot_do_in_other_languages(command: str) -> None:
    router = Interpreter("rules", answers=lambda text: ("report_status", {"topic": "storage"}))
    proposal = router.decide(command, PLANT, ())
    assert proposal.tool == "say" and "cannot do that" in proposal.args["text"], (command, proposal.args)


@pytest.mark.parametrize("command", [
    # negated, asked, or beside a verb of the catalog: never a change
    "jangan padam data influx", "boleh padam data influx?", "padam data influx, lalu restart nginx",
    "borra los datos viejos y reinicia nginx", "hapus data nginx",
])
def test_round_38_what_the_catalog_cannot_do_in_other_languages_changes_nothing(command: str) -> None:
    assert decide(command)[0] in ("say", "report_status", "ignore"), command


HALL = DeviceState.from_dict({
    "units": [{"name": "nginx.service", "description": "A high performance web server"},
              {"name": "slurmd.service", "description": "Slurm node daemon"},
              {"name": "scoreboard-api.service", "description": "Scoreboard API for the LED wall"},
              {"name": "uv-reactor@1.service", "description": "UV reactor monitor (1)"},
              {"name": "uv-reactor@2.service", "description": "UV reactor monitor (2)"},
              {"name": "wave-gen.service", "description": "Wave generator"},
              {"name": "lifeguard-pager.service", "description": "Lifeguard pager gateway"}],
    "interfaces": [], "storage": [],
    "leds": [{"name": "green:status", "color": "green", "function": "status"}],
})


@pytest.mark.parametrize(("command", "unit"), [
    # what a thing did failing, said last in Russian or Ukrainian without a negation (a past of falling,
    # hanging, dropping off; the state it went into), or by a pronoun with one
    ("перезапусти slurmd, узел ушёл в drain", "slurmd"), ("перезапусти slurmd, узел завис", "slurmd"),
    ("перезапусти slurmd, опять упал", "slurmd"), ("перезапусти slurmd, нода висит", "slurmd"),
    ("перезапусти slurmd, он не отвечает", "slurmd"), ("перезапустіть slurmd, вузол впав", "slurmd"),
    ("перезапусти slurmd, пожалуйста, он завис", "slurmd"),  # (round 34 gave words: "завис" was not read)
    # Korean says what fails after a comma too, with an abbreviation in Latin letters, or "no answer"
    ("스코어보드 API 재시작해 주세요, LED 월에 점수가 안 바뀌어요", "scoreboard-api"),
    ("스코어보드 API 재시작해 주세요, 점수가 바뀌지 않아요", "scoreboard-api"),
    ("스코어보드 API 재시작해 줘, 응답이 없어요", "scoreboard-api"),
    ("스코어보드 API 재시작해 줘. 전광판 점수가 안 올라가요.", "scoreboard-api"),
    # Arabic nouns with or without the article ("مولد الموج"), the polite "قم ب" and "يرجى"
    ("أعد تشغيل مولد الأمواج", "wave-gen"), ("قم بإعادة تشغيل مولد الموج", "wave-gen"),
    ("يرجى إعادة تشغيل جهاز نداء المنقذين", "lifeguard-pager"),
    ("أعد تشغيل مراقب مفاعل الأشعة فوق البنفسجية 1", "uv-reactor@1"),
])
def test_round_38_trouble_said_last_and_arabic_nouns(command: str, unit: str) -> None:
    assert decide_at(command, HALL) == ("restart_service", {"unit": f"{unit}.service"}), command


def test_round_38_arabic_nouns_of_two_things_are_asked_about() -> None:
    tool, args = decide_at("أعد تشغيل مراقب مفاعل الأشعة فوق البنفسجية", HALL)
    assert tool == "say" and "uv-reactor@1.service" in args["text"] and "uv-reactor@2.service" in args["text"]


@pytest.mark.parametrize("command", [
    # what it did of itself, a negated fault, a question, a condition, a name, a number, a take-back
    "перезапусти slurmd, узел перезапустился", "перезапусти slurmd, узел ушёл в drain?",
    "перезапусти slurmd, если узел завис", "не перезапускай slurmd, узел завис", "перезапустил slurmd, узел завис",
    "перезапусти slurmd, nginx завис", "перезапусти slurmd, узел ушёл в 5", "перезапусти slurmd, узел не завис",
    "перезапусти slurmd, узел завис, не надо", "перезапусти slurmd и nginx, узел завис",
    "스코어보드 API 재시작해 주세요, 문제가 없어요", "스코어보드 API 재시작하지 마세요, 점수가 안 바뀌어요",
    "스코어보드 API 재시작해 주세요, nginx가 안 바뀌어요", "스코어보드 API 재시작해 주세요, 점수가 안 바뀌어요?",
    "스코어보드 API 재시작했어요, 점수가 안 바뀌어요", "점수가 안 바뀌면 스코어보드 API 재시작해 주세요",
    "스코어보드 API 재시작해 주세요, 3번 화면이 안 바뀌어요", "스코어보드 API 재시작해 주세요, 안 돼요",
    "لا تعد تشغيل مولد الأمواج", "لا تقم بإعادة تشغيل مولد الأمواج", "قمت بإعادة تشغيل مولد الأمواج",
    "أعدت تشغيل مولد الأمواج", "هل يمكنك إعادة تشغيل مولد الأمواج", "أعد تشغيل مولد الأمواج؟",
    "إذا توقف أعد تشغيل مولد الأمواج", "يرجى عدم إعادة تشغيل مولد الأمواج", "مولد الأمواج قم بإعادة تشغيل",
    "أعد تشغيل مولد الأمواج و جهاز نداء المنقذين", "أعد تشغيل الطابعة",
])
def test_round_38_trouble_said_last_and_arabic_nouns_do_not_open_more(command: str) -> None:
    assert decide_at(command, HALL)[0] in ("say", "report_status", "ignore"), command


TEA = DeviceState.from_dict({
    "units": [{"name": "nginx.service", "description": "A high performance web server"},
              {"name": "wither-fan@trough1.service", "description": "Withering trough fan controller (trough1)"},
              {"name": "wither-fan@trough2.service", "description": "Withering trough fan controller (trough2)"},
              {"name": "leaf-weigh.service", "description": "Green leaf intake weighing scale reader"}],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"},
                   {"name": "wwan0", "kind": "cellular", "state": "up"}],
    "leds": [{"name": "green:power", "color": "green", "function": "power"},
             {"name": "green:cell", "color": "green", "function": "cell"},
             {"name": "red:fault", "color": "red", "function": "fault"}],
    "storage": [],
})
FAN2 = ("restart_service", {"unit": "wither-fan@trough2.service"})
SIM_DOWN = ("set_network", {"interface": "wwan0", "state": "down"})


@pytest.mark.parametrize(("command", "call"), [
    # Nepali ("... बन्द गर", "गर्नुहोस्") and Bengali ("... বন্ধ করে দাও", "করুন"), verb last as Hindi's, with
    # their case endings ("সিমের নেটওয়ার্কটা", "बत्तीलाई"), digits ("ट्रफ २") and delays
    ("रातो बत्ती बन्द गर", ("set_led", {"name": "red:fault", "state": "off"})),
    ("रातो बत्तीलाई बन्द गर्नुहोस्", ("set_led", {"name": "red:fault", "state": "off"})),
    ("ट्रफ २ को पङ्खा रिस्टार्ट गर्नुहोस्", FAN2), ("ট্রফ ২ এর ফ্যানটা রিস্টার্ট করুন", FAN2),
    ("সিমের নেটওয়ার্কটা বন্ধ করে দাও", SIM_DOWN), ("মোবাইল ডেটা বন্ধ করে দিন", SIM_DOWN),
    ("सिमको नेटवर्क बन्द गर्नुहोस्", SIM_DOWN), ("লাল বাতিটা বন্ধ করো", ("set_led", {"name": "red:fault", "state": "off"})),
    ("१० मिनेट पछि सिस्टम रिस्टार्ट गर", ("reboot", {"delay_s": 600})),
    ("আধা ঘণ্টা পরে রিবুট করুন", ("reboot", {"delay_s": 1800})),
    # how the thing failed said first, then the request of "it" (Hindi, Nepali, Bengali), or said last
    ("ट्रफ 2 वाला पंखा सर्विस फेल पड़ा है, इसे रीस्टार्ट करो", FAN2),
    ("ट्रफ 2 का पंखा अटक गया है, उसे रीस्टार्ट कर दो", FAN2),
    ("ट्रफ २ को पङ्खा फेल भएको छ, यसलाई रिस्टार्ट गर्नुहोस्", FAN2),
    ("ট্রফ ২ এর ফ্যানটা হ্যাং হয়ে গেছে, ওটাকে রিস্টার্ট করো", FAN2),
    ("ट्रफ 2 का पंखा रीस्टार्ट करो, यह फेल हो गया है", FAN2), ("ট্রফ ২ এর ফ্যান রিস্টার্ট করো, কাজ করছে না", FAN2),
    # another thing fine now, said last, is read as English reads it
    ("সিমের নেটওয়ার্কটা বন্ধ করে দাও, ওয়াইফাই এখন ঠিক আছে", SIM_DOWN),
    ("सिमको नेटवर्क बन्द गर, वाइफाइ अहिले ठीक छ", SIM_DOWN), ("सिम नेटवर्क बंद करो, वाईफाई ठीक है", SIM_DOWN),
])
def test_round_38_nepali_bengali_and_what_failed_said_first(command: str, call: tuple) -> None:
    assert decide_at(command, TEA) == call, command


def test_round_38_nepali_a_light_of_two_is_asked_about() -> None:
    tool, args = decide_at("हरियो बत्ती बन्द गर", TEA)
    assert tool == "say" and "green:power" in args["text"] and "green:cell" in args["text"]


@pytest.mark.parametrize("command", [
    # negated, asked, a past, a condition: Nepali, Bengali
    "हरियो बत्ती बन्द नगर", "रातो बत्ती बन्द नगर्नुहोस्", "रातो बत्ती बन्द गर?", "रातो बत्ती बन्द गरें",
    "यदि आवश्यक छ भने रातो बत्ती बन्द गर", "के रातो बत्ती बन्द गर्न सकिन्छ", "লাল বাতিটা বন্ধ করো না",
    "লাল বাতিটা বন্ধ করবেন না", "লাল বাতিটা বন্ধ করেছি", "লাল বাতিটা কি বন্ধ করো", "যদি দরকার হয় লাল বাতিটা বন্ধ করো",
    "লাল বাতিটা বন্ধ করো?",
    # what failed said first: negated, asked, a condition, a past, another thing, a second request (without "it",
    # the verb alone is read of the thing since round 40, as it is in Korean: "..., रीस्टार्ट करो")
    "ट्रफ 2 का पंखा फेल पड़ा है, इसे रीस्टार्ट मत करो", "ट्रफ 2 का पंखा फेल पड़ा है, इसे रीस्टार्ट करो?",
    "क्या ट्रफ 2 का पंखा फेल पड़ा है, इसे रीस्टार्ट करो", "अगर ट्रफ 2 का पंखा फेल पड़ा है, इसे रीस्टार्ट करो",
    "ट्रफ 2 का पंखा फेल पड़ा है, इसे रीस्टार्ट किया", "ट्रफ 2 का पंखा फेल पड़ा है, रीस्टार्ट मत करो",
    "ट्रफ 2 का पंखा फेल नहीं पड़ा है, इसे रीस्टार्ट करो", "ट्रफ 2 का पंखा फेल पड़ा है, इसे रीस्टार्ट करो और nginx भी",
    "ट्रफ 2 का पंखा रीस्टार्ट करो, nginx फेल हो गया है", "ট্রফ ২ এর ফ্যানটা হ্যাং হয়ে গেছে, ওটাকে রিস্টার্ট কোরো না",
    "ট্রফ ২ এর ফ্যানটা হ্যাং হয়ে গেছে, ওটাকে রিস্টার্ট করেছি",
    # "fine" of "it", alone, asked, or said of what is not there; a request not read whole
    "ट्रफ 2 का पंखा रीस्टार्ट करो, यह ठीक है", "সিমের নেটওয়ার্কটা বন্ধ করে দাও, ঠিক আছে",
    "সিমের নেটওয়ার্কটা বন্ধ করে দাও, এটা এখন ঠিক আছে", "সিমের নেটওয়ার্কটা বন্ধ করে দাও, ওয়াইফাই এখন ঠিক আছে?",
    "সিমের নেটওয়ার্কটা বন্ধ করবেন না, ওয়াইফাই এখন ঠিক আছে", "সিমের নেটওয়ার্কটা বন্ধ করে দাও, ওয়াইফাই ঠিক নেই",
    "সিমের নেটওয়ার্কটা বন্ধ করে দিয়েছি, ওয়াইফাই এখন ঠিক আছে", "যদি ওয়াইফাই ঠিক থাকে, সিমের নেটওয়ার্কটা বন্ধ করে দাও",
])
def test_round_38_nepali_bengali_and_what_failed_said_first_do_not_open_more(command: str) -> None:
    assert decide_at(command, TEA)[0] in ("say", "report_status", "ignore"), command


MILL = DeviceState.from_dict({
    "units": [{"name": "husker-ctl.service", "description": "Rubber roll husker gap controller"},
              {"name": "whitener@1.service", "description": "Whitening machine load monitor (1)"},
              {"name": "whitener@2.service", "description": "Whitening machine load monitor (2)"},
              {"name": "paddy-dryer.service", "description": "Paddy dryer moisture and burner monitor"},
              {"name": "bagging-scale.service", "description": "Bagging scale checkweigher (50 kg)"},
              {"name": "mosquitto.service", "description": "Mosquitto MQTT Broker"}],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"}],
    "leds": [{"name": "green:run", "color": "green", "function": "run"}],
    "storage": [],
})
BAGGING = ("restart_service", {"unit": "bagging-scale.service"})


@pytest.mark.parametrize(("command", "call"), [
    # Thai: the verb first, no spaces between words; a courtesy before it, particles after; "start ... again";
    # a number of one; a delay; what fails said after a space ("น้ำหนักไม่ขึ้น", "จอค้าง")
    ("รีสตาร์ทเครื่องชั่งบรรจุกระสอบหน่อย", BAGGING), ("รีสตาร์ทเครื่องชั่งบรรจุกระสอบหน่อย น้ำหนักไม่ขึ้น", BAGGING),
    ("ช่วยรีสตาร์ทเครื่องชั่งให้หน่อยครับ", BAGGING), ("รีสตาร์ทเครื่องชั่งหน่อย จอค้าง", BAGGING),
    ("รีสตาร์ท mosquitto หน่อย", ("restart_service", {"unit": "mosquitto.service"})),
    ("เริ่มเครื่องอบข้าวเปลือกใหม่", ("restart_service", {"unit": "paddy-dryer.service"})),
    ("หยุดเครื่องกะเทาะเปลือกด้วย", ("stop_service", {"unit": "husker-ctl.service"})),
    ("รีสตาร์ทเครื่องขัดขาวตัวที่ 2 หน่อย", ("restart_service", {"unit": "whitener@2.service"})),
    ("รีบูตเครื่องอีก 10 นาที", ("reboot", {"delay_s": 600})),
    ("ช่วยปิดไฟสีเขียวหน่อยครับ", ("set_led", {"name": "green:run", "state": "off"})),
])
def test_round_38_thai(command: str, call: tuple) -> None:
    assert decide_at(command, MILL) == call, command


@pytest.mark.parametrize("command", [
    # don't, no need, already (a past), yet, can you ... ?, ... ?, if, never mind, a name that fails, two things,
    # the verb after its subject (a statement), a thing not here, a number alone
    "อย่ารีสตาร์ทเครื่องชั่ง", "ไม่ต้องรีสตาร์ทเครื่องชั่ง", "รีสตาร์ทเครื่องชั่งแล้ว", "รีสตาร์ทเครื่องชั่งหรือยัง",
    "รีสตาร์ทเครื่องชั่งได้ไหม", "รีสตาร์ทเครื่องชั่งไหม", "รีสตาร์ทเครื่องชั่ง?", "ถ้าน้ำหนักไม่ขึ้น รีสตาร์ทเครื่องชั่ง",
    "รีสตาร์ทเครื่องชั่งหน่อย ไม่ต้อง", "รีสตาร์ทเครื่องชั่งหน่อย ไม่เป็นไร", "รีสตาร์ทเครื่องชั่งหน่อย mosquitto ไม่ขึ้น",
    "รีสตาร์ทเครื่องชั่งและ mosquitto", "เครื่องชั่งรีสตาร์ท", "รีสตาร์ทเครื่องพิมพ์", "รีสตาร์ท 2",
    "ห้ามรีบูตเครื่อง", "รีบูตเครื่องอีก 10 นาที อีก 5 นาที",
])
def test_round_38_thai_does_not_open_more(command: str) -> None:
    assert decide_at(command, MILL)[0] in ("say", "report_status", "ignore"), command



LAB = DeviceState.from_dict({
    "units": [{"name": "analyzer-astm@cobas8000.service",
               "description": "ASTM analyzer interface for cobas8000 (chemistry)"},
              {"name": "analyzer-astm@acl-top.service",
               "description": "ASTM analyzer interface for acl-top (coagulation)"},
              {"name": "hl7-router.service", "description": "HL7 v2 ORU/ORM router between analyzers and the LIS"},
              {"name": "ball-dispenser.service", "description": "Range ball dispenser (token and card) controller"}],
    "interfaces": [{"name": "wlan0", "kind": "wifi", "state": "down"},
                   {"name": "wwan0", "kind": "cellular", "state": "up"}],
    "leds": [{"name": "red:alarm", "color": "red", "function": "alarm", "state": "on"},
             {"name": "red:fault", "color": "red", "function": "fault", "state": "off"}],
    "storage": [],
})
ALARM_OFF = ("set_led", {"name": "red:alarm", "state": "off"})
COAGULATION = ("restart_service", {"unit": "analyzer-astm@acl-top.service"})


@pytest.mark.parametrize(("command", "call"), [
    # a light's own function said beats another's said like it ("alarm" of a fault light); "analyser" is "analyzer"
    ("turn off the red alarm light", ALARM_OFF), ("turn off the alarm light", ALARM_OFF),
    ("turn off the fault light", ("set_led", {"name": "red:fault", "state": "off"})),
    ("restart the coagulation analyser interface", COAGULATION),
    ("restart the coagulation analyzer interface", COAGULATION),
])
def test_round_39_a_light_by_its_own_function_and_a_word_spelled_otherwise(command: str, call: tuple) -> None:
    assert decide_at(command, LAB) == call, command


def test_round_39_a_light_said_by_a_word_of_both_is_asked_about() -> None:
    tool, args = decide_at("turn off the red light", LAB)
    assert tool == "say" and "red:alarm" in args["text"] and "red:fault" in args["text"]


def test_round_39_kana_keep_their_voicing_marks() -> None:
    """"ボール" (a ball) had been read as "ホール" (a hall): a voiced kana is another letter, not an accent."""
    assert typed("ボール") == "ボール" != typed("ホール") and plain("ボール") != plain("ホール")
    assert typed("Café") == "cafe"


DISPENSER = {"unit": "ball-dispenser.service"}
ROUTER = ("restart_service", {"unit": "hl7-router.service"})
CELL_DOWN = ("set_network", {"interface": "wwan0", "state": "down"})


@pytest.mark.parametrize(("command", "call"), [
    # Chinese: a reason after the request, its every word read: seen to, what the speaker is about to do, what fails
    ("把红色报警灯关掉，已经确认过了", ALARM_OFF), ("关掉红色报警灯，报警已经确认了", ALARM_OFF),
    ("把报警灯关掉，我们已经处理了", ALARM_OFF),
    ("把WiFi打开，我要用平板看数据", ("set_network", {"interface": "wlan0", "state": "up"})),
    ("打开wifi，我们需要下载数据", ("set_network", {"interface": "wlan0", "state": "up"})),
    ("打开wifi，平板连不上", ("set_network", {"interface": "wlan0", "state": "up"})),
    # Japanese and Chinese: what stopped said first, then the request alone, of it
    ("ボールディスペンサーが止まってる。起動して", ("start_service", DISPENSER)),
    ("ボールディスペンサーが固まった。再起動してください", ("restart_service", DISPENSER)),
    ("ボールディスペンサーが止まっています。起動をお願いします", ("start_service", DISPENSER)),
    ("球分配器停了，启动一下", ("start_service", DISPENSER)),
    ("球分配器卡住了，把它重启一下", ("restart_service", DISPENSER)),
    ("凝固の分析装置インターフェースを再起動して。結果が来ない", COAGULATION),
    # Korean: a link brought down or up, what goes over to a system said by its abbreviation, what costs too much
    ("셀룰러 연결 좀 내려줘, 데이터 요금이 너무 나와", CELL_DOWN), ("셀룰러 연결 내려 주세요", CELL_DOWN),
    ("셀룰러 연결 올려줘", ("set_network", {"interface": "wwan0", "state": "up"})),
    ("HL7 라우터 재시작해줘, 결과가 LIS로 안 넘어가", ROUTER),
    ("HL7 라우터 재시작해 주세요, 결과가 LIS로 넘어가지 않아요", ROUTER),
])
def test_round_39_cjk_reasons_and_what_stopped_said_first(command: str, call: tuple) -> None:
    assert decide_at(command, LAB) == call, command


@pytest.mark.parametrize("command", [
    # Chinese: the reason a past of the verb, a negation, a question, a condition, a name; the request negated
    "把红色报警灯关掉，已经关掉了", "把红色报警灯关掉，别关", "别把红色报警灯关掉，已经确认过了",
    "把红色报警灯关掉吗，已经确认过了", "如果报警已经确认过了，把红色报警灯关掉", "把红色报警灯关掉，已经确认过了吗",
    "把红色报警灯关掉，已经确认过了？", "关掉红色报警灯，nginx已经确认了", "把wifi打开，我要用平板看数据吗",
    "把wifi打开，我不要用平板", "把wifi打开，我要关掉hl7-router", "不要把wifi打开，数据不更新了",
    # what stopped, then the request negated, asked, past; the stop negated or asked; a condition; another thing
    "ボールディスペンサーが止まってる。起動しないで", "ボールディスペンサーが止まってる？起動して",
    "ボールディスペンサーが止まってない。起動して", "ボールディスペンサーが止まってる。起動した",
    "ボールディスペンサーが止まってる。起動する?", "ボールディスペンサーが止まってるなら起動して",
    "ボールディスペンサーが止まってる。", "球分配器停了，别启动", "球分配器停了，启动吗", "球分配器停了吗，启动一下",
    "球分配器停了，我重启了",
    # Korean: the verb negated, asked, past; a condition; the reason asked or of a name
    "셀룰러 연결 내리지 마", "셀룰러 연결 내려줄까?", "셀룰러 연결 내렸어", "요금이 너무 나오면 셀룰러 연결 내려줘",
    "셀룰러 연결 내려줘, 데이터 요금이 너무 나와?", "HL7 라우터 재시작하지 마, 결과가 LIS로 안 넘어가",
    "HL7 라우터 재시작해줘, 결과가 ball-dispenser로 안 넘어가", "HL7 라우터 재시작했어, 결과가 LIS로 안 넘어가",
])
def test_round_39_cjk_reasons_and_what_stopped_said_first_do_not_open_more(command: str) -> None:
    assert decide_at(command, LAB)[0] in ("say", "report_status", "ignore"), command


SITES = DeviceState.from_dict({
    "units": [{"name": "nfs-server.service", "description": "NFS server and services"},
              {"name": "haccp-logger.service", "description": "HACCP critical control point temperature logger"},
              {"name": "results-uploader.service", "description": "Results feed uploader to the federation website"},
              {"name": "redis-server.service", "description": "Advanced key-value store"},
              {"name": "pig-signaller@launcher.service", "description": "Pig passage signaller for launcher trap"},
              {"name": "pig-signaller@receiver.service", "description": "Pig passage signaller for receiver trap"},
              {"name": "audit-log-signer.service", "description": "Hash-chained audit log signer"},
              {"name": "auditd.service", "description": "Security Auditing Service"},
              {"name": "queue-ticket.service", "description": "Customer queue ticket dispenser and display"},
              {"name": "kiln-zone@preheat.service", "description": "Tunnel kiln zone thermocouple for preheat"},
              {"name": "kiln-zone@firing.service", "description": "Tunnel kiln zone thermocouple for firing"},
              {"name": "openvpn@hq.service", "description": "OpenVPN connection to hq"},
              {"name": "pos-bridge.service", "description": "Clubhouse POS bridge for bay bookings"},
              {"name": "maximo-sync.service", "description": "Work order sync to IBM Maximo"},
              {"name": "cups.service", "description": "CUPS Scheduler"}],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"}],
    "leds": [{"name": "green:status", "color": "green", "function": "status"}],
    "storage": [{"device": "/dev/sda1", "mounted": False, "label": "PROFILES", "model": "Intenso Speed Line",
                 "size": "64G"},
                {"device": "/dev/sdb1", "mounted": True, "label": "MAXIMO_EXP", "model": "Intenso Speed Line",
                 "size": "64G"}],
})
NFS = ("restart_service", {"unit": "nfs-server.service"})
UPLOADER = ("restart_service", {"unit": "results-uploader.service"})
RECEIVER = ("restart_service", {"unit": "pig-signaller@receiver.service"})
SIGNER = ("restart_service", {"unit": "audit-log-signer.service"})
TICKETS = ("restart_service", {"unit": "queue-ticket.service"})
FIRING = ("restart_service", {"unit": "kiln-zone@firing.service"})
POS = ("restart_service", {"unit": "pos-bridge.service"})
EXPORT_OUT = ("unmount_storage", {"device": "/dev/sdb1"})


@pytest.mark.parametrize(("command", "call"), [
    # Greek: what fails said with an article, a subject of two words and what it does not see or get
    ("Κάνε επανεκκίνηση στον NFS server, οι σταθμοί εργασίας δεν βλέπουν τα δεδομένα", NFS),
    ("επανεκκίνησε τον nfs server, οι σταθμοί δεν λαμβάνουν δεδομένα", NFS),
    ("Κάνε επανεκκίνηση στον καταγραφέα θερμοκρασιών HACCP", ("restart_service", {"unit": "haccp-logger.service"})),
    # Russian and Ukrainian: upload, results, a site, a federation, "on" uncounted; what is still shown, old
    ("Перезапусти выгрузку результатов на сайт федерации, там до сих пор вчерашние пулы", UPLOADER),
    ("перезапусти выгрузку результатов, на сайте всё ещё висят старые результаты", UPLOADER),
    ("перезапустіть вивантаження результатів на сайт федерації, там досі вчорашні пули", UPLOADER),
    ("перезапусти nfs server, станции не видят данные", NFS),
    # a drive with what it holds ("з експортом")
    ("Відмонтуй флешку з експортом для Maximo", EXPORT_OUT), ("отмонтируй флешку с экспортом", EXPORT_OUT),
    # Arabic: "at" a place, the receiving trap (the pig receiver), "and" written onto a word, "service" uncounted
    ("أعد تشغيل خدمة إشارة مرور الكاشطة عند مصيدة الاستقبال", RECEIVER),
    ("قم بإعادة تشغيل خدمة إشارة الكاشطة عند مصيدة الاستقبال", RECEIVER),
    ("أعد تشغيل خدمة إشارة مرور الكاشطة عند مصيدة الإطلاق",
     ("restart_service", {"unit": "pig-signaller@launcher.service"})),
    ("أعد تشغيل مخزن المفاتيح والقيم", ("restart_service", {"unit": "redis-server.service"})),
    # Hebrew: the imperative or the future that asks, "again" after the object, "the", "that", a delay, the device
    ("תפעיל מחדש את השירות שחותם את יומן הביקורת", SIGNER),
    ("הפעל מחדש את השירות שחותם את יומן הביקורת בבקשה", SIGNER),
    ("תפעיל את השירות שחותם את יומן הביקורת מחדש", SIGNER),
    ("תאתחל את nfs-server", NFS), ("תעצור את cups", ("stop_service", {"unit": "cups.service"})),
    ("תפעיל מחדש את המערכת", ("reboot", {"delay_s": 0})),
    ("תפעיל מחדש את המערכת בעוד 10 דקות", ("reboot", {"delay_s": 600})),
    # Hindi: "token" is a ticket; what one does not get, see or print, said last
    ("टोकन मशीन वाली सर्विस रीस्टार्ट करो, ग्राहकों को टोकन नहीं मिल रहा", TICKETS),
    ("टोकन मशीन रीस्टार्ट कीजिए, टोकन नहीं छप रहा", TICKETS),
    ("भट्ठे के फायरिंग ज़ोन वाली सर्विस रीस्टार्ट करो, तापमान नहीं दिख रहा", FIRING),
    ("भट्ठे के फायरिंग ज़ोन वाली सर्विस रीस्टार्ट करो, तापमान नहीं दिख रहा है", FIRING),
    # Thai: a VPN "to" a place, a bridge, a clubhouse, what does not come in
    ("รีสตาร์ท VPN ไปสำนักงานใหญ่หน่อย", ("restart_service", {"unit": "openvpn@hq.service"})),
    ("ช่วยรีสตาร์ท vpn ไปสำนักงานใหญ่ด้วยครับ", ("restart_service", {"unit": "openvpn@hq.service"})),
    ("รีสตาร์ทตัวเชื่อมระบบ POS ของคลับเฮาส์หน่อย การจองเบย์ไม่เข้า", POS),
    ("รีสตาร์ทตัวเชื่อมระบบ POS ของคลับเฮาส์หน่อย การจองไม่เข้ามา", POS),
])
def test_round_39_site_words_and_reasons_in_more_scripts(command: str, call: tuple) -> None:
    assert decide_at(command, SITES) == call, command


@pytest.mark.parametrize("command", [
    # Greek: the request negated, asked, past; a condition; a name in the reason
    "Μην κάνεις επανεκκίνηση στον NFS server, οι σταθμοί εργασίας δεν βλέπουν τα δεδομένα",
    "Κάνε επανεκκίνηση στον NFS server, οι σταθμοί εργασίας δεν βλέπουν τα δεδομένα;",
    "Κάνε επανεκκίνηση στον NFS server, οι σταθμοί εργασίας δεν βλέπουν το cups",
    "Αν οι σταθμοί εργασίας δεν βλέπουν τα δεδομένα, κάνε επανεκκίνηση στον NFS server",
    "Έκανα επανεκκίνηση στον NFS server, οι σταθμοί εργασίας δεν βλέπουν τα δεδομένα",
    "Μην κάνεις επανεκκίνηση στον καταγραφέα θερμοκρασιών HACCP",
    "Έκανα επανεκκίνηση στον καταγραφέα θερμοκρασιών HACCP",
    # Russian and Ukrainian: negated, past, asked, a condition; what is old a name or a number, or said not old
    "не перезапускай выгрузку результатов, там до сих пор вчерашние пулы",
    "перезапустил выгрузку результатов, там до сих пор вчерашние пулы",
    "перезапусти выгрузку результатов, там до сих пор вчерашние пулы?",
    "если там до сих пор вчерашние пулы, перезапусти выгрузку результатов",
    "перезапусти выгрузку результатов, там до сих пор вчерашние cups",
    "перезапусти выгрузку результатов, там до сих пор вчерашние 5",
    "перезапусти выгрузку результатов, там уже не вчерашние пулы", "перезапусти nfs server, станции не видят 5 данных",
    "Не відмонтовуй флешку з експортом для Maximo", "Відмонтувала флешку з експортом для Maximo",
    "відмонтуй флешку з maximo", "перезапусти maximo з експортом", "відмонтуй флешку з експортом і cups",
    # Arabic: negated, asked, past, a condition, "at" a time or what befalls one, "and" a name
    "لا تعد تشغيل خدمة إشارة مرور الكاشطة عند مصيدة الاستقبال",
    "هل أعد تشغيل خدمة إشارة مرور الكاشطة عند مصيدة الاستقبال",
    "أعدت تشغيل خدمة إشارة مرور الكاشطة عند مصيدة الاستقبال", "أعد تشغيل خدمة إشارة مرور الكاشطة عند مصيدة الاستقبال؟",
    "إذا توقفت أعد تشغيل خدمة إشارة الكاشطة عند مصيدة الاستقبال", "أعد تشغيل خدمة إشارة الكاشطة عند الإنذار",
    "أعد تشغيل خدمة إشارة الكاشطة عند 5", "لا تعد تشغيل مخزن المفاتيح والقيم", "أعدت تشغيل مخزن المفاتيح والقيم",
    "أعد تشغيل مخزن المفاتيح والقيم؟", "أعد تشغيل مخزن المفاتيح وcups",
    # Hebrew: "don't", "not to", asked, "whether", the past ("I restarted", "was restarted"), "if", two things, and
    # the forms that are also a past ("אתחל": he restarted; "הפעילו": they did)
    "אל תפעיל מחדש את השירות שחותם את יומן הביקורת", "לא להפעיל מחדש את cups",
    "תפעיל מחדש את השירות שחותם את יומן הביקורת?", "האם להפעיל מחדש את cups",
    "הפעלתי מחדש את השירות שחותם את יומן הביקורת", "הפעלתי מחדש את cups", "הופעל מחדש את cups",
    "אם השירות נתקע, תפעיל מחדש את cups", "תפעיל מחדש את השירות ואת cups", "אתחל את cups", "הפעילו מחדש את cups",
    "אל תעצור את cups", "עצרתי את cups",
    # Hindi: negated, asked, a condition, past; a name in the reason, or nothing failing
    "टोकन मशीन वाली सर्विस रीस्टार्ट मत करो, ग्राहकों को टोकन नहीं मिल रहा",
    "टोकन मशीन वाली सर्विस रीस्टार्ट करो, ग्राहकों को टोकन नहीं मिल रहा?",
    "अगर ग्राहकों को टोकन नहीं मिल रहा, टोकन मशीन वाली सर्विस रीस्टार्ट करो",
    "टोकन मशीन वाली सर्विस रीस्टार्ट किया, ग्राहकों को टोकन नहीं मिल रहा",
    "टोकन मशीन वाली सर्विस रीस्टार्ट करो, cups नहीं मिल रहा", "टोकन मशीन वाली सर्विस रीस्टार्ट करो, ग्राहकों को टोकन मिल रहा",
    # Thai: don't, already, can you ... ?, ... ?, if; "to" said of nothing; a name that fails
    "อย่ารีสตาร์ท VPN ไปสำนักงานใหญ่", "รีสตาร์ท VPN ไปสำนักงานใหญ่แล้ว", "รีสตาร์ท VPN ไปสำนักงานใหญ่ได้ไหม",
    "รีสตาร์ท VPN ไปสำนักงานใหญ่?", "ถ้าเน็ตล่ม รีสตาร์ท VPN ไปสำนักงานใหญ่", "รีสตาร์ทไป", "รีสตาร์ท vpn ไป",
    "อย่ารีสตาร์ทตัวเชื่อมระบบ POS ของคลับเฮาส์ การจองเบย์ไม่เข้า", "รีสตาร์ทตัวเชื่อมระบบ POS ของคลับเฮาส์หรือยัง",
    "รีสตาร์ทตัวเชื่อมระบบ POS ของคลับเฮาส์หน่อย cups ไม่เข้า",
])
def test_round_39_site_words_and_reasons_in_more_scripts_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES)[0] in ("say", "report_status", "ignore"), command


RANGE = DeviceState.from_dict({
    "units": [{"name": "bay-tracker@upper.service", "description": "Ball flight radar tracker for the upper tier bays"},
              {"name": "bay-tracker@lower.service", "description": "Ball flight radar tracker for the lower tier bays"},
              {"name": "ball-washer.service", "description": "Range ball washer and elevator monitor"}],
    "interfaces": [], "leds": [], "storage": [],
})
UPPER = ("restart_service", {"unit": "bay-tracker@upper.service"})
LOWER = ("restart_service", {"unit": "bay-tracker@lower.service"})


@pytest.mark.parametrize(("command", "call"), [
    # a floor said by its number (Korean "2층", Japanese "2階", Chinese "2楼"), of two tiers named upper and lower
    ("2층 타석 트래커 재시작해 주세요, 샷 데이터가 안 떠요", UPPER), ("1층 타석 트래커 재시작해 주세요", LOWER),
    ("2階の打席トラッカーを再起動して", UPPER), ("重启2楼的跟踪器", UPPER),
    ("restart the 2nd floor bay tracker", UPPER),
    ("restart the floor 2 tracker", UPPER), ("restart the ground floor tracker", LOWER),
    ("restart the downstairs tracker", LOWER),
])
def test_round_39_a_floor_by_its_number_of_two_tiers(command: str, call: tuple) -> None:
    assert decide_at(command, RANGE) == call, command


@pytest.mark.parametrize(("command", "state"), [
    # a floor the tiers do not have, "the first floor" (one up, to some), three tiers, floors the device numbers
    ("3층 타석 트래커 재시작해 주세요", RANGE), ("restart the first floor bay tracker", RANGE),
    ("restart the floor 2 tracker", DeviceState.from_dict({"units": [
        {"name": f"bay-tracker@{tier}.service", "description": f"Ball flight radar tracker for the {tier} tier bays"}
        for tier in ("upper", "middle", "lower")]})),
    ("restart the floor 2 tracker", DeviceState.from_dict({"units": [
        {"name": f"bay-tracker@{tier}.service", "description": f"Radar tracker for the {tier} bays (floor {n})"}
        for n, tier in ((1, "lower"), (3, "upper"))]})),
])
def test_round_39_a_floor_by_its_number_otherwise_is_asked_about_or_not_here(command: str, state: DeviceState) -> None:
    assert decide_at(command, state)[0] == "say", command


@pytest.mark.parametrize("command", [
    "2층 타석 트래커 재시작하지 마세요", "2층 타석 트래커 재시작했어요", "2층 타석 트래커 재시작할까요?",
    "2층 타석 트래커 재시작해 주세요, 3층 트래커가 안 떠요", "2階の打席トラッカーを再起動しないで",
])
def test_round_39_a_floor_by_its_number_does_not_open_more(command: str) -> None:
    assert decide_at(command, RANGE)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "state", "call"), [
    # other ways of saying the same: an uploader, a sending, what is said of a thing on the site, files, "we" do not
    # see; "in" a place; Korean "cut" a link, mobile data, a restart asked as a favour
    ("Перезапусти аплоадер результатов", SITES, UPLOADER),
    ("перезапусти отправку результатов на сайт федерации", SITES, UPLOADER),
    ("Перезапусти выгрузку результатов, результаты на сайте не обновляются", SITES, UPLOADER),
    ("Επανεκκίνησε τον NFS server, οι σταθμοί εργασίας δεν βλέπουν τα αρχεία", SITES, NFS),
    ("Κάνε επανεκκίνηση στον NFS server, δεν βλέπουμε τα δεδομένα", SITES, NFS),
    ("أعد تشغيل إشارة الكاشطة في مصيدة الاستقبال", SITES, RECEIVER),
    ("셀룰러 연결 끊어 주세요", LAB, CELL_DOWN), ("모바일 데이터 꺼 주세요", LAB, CELL_DOWN),
    ("HL7 라우터 재시작 부탁해요", LAB, ROUTER),
])
def test_round_39_other_ways_of_saying_it(command: str, state: DeviceState, call: tuple) -> None:
    assert decide_at(command, state) == call, command


@pytest.mark.parametrize(("command", "state"), [
    ("Κάνε επανεκκίνηση στον NFS server, δεν θέλουμε τα δεδομένα", SITES),
    ("перезапусти выгрузку результатов, результаты на cups не обновляются", SITES),
    ("перезапусти выгрузку результатов, результаты на сайте не обновляются?", SITES),
    ("أعد تشغيل إشارة الكاشطة في 10 دقائق", SITES), ("أعد تشغيل إشارة الكاشطة في الصباح", SITES),
    ("أعد تشغيل إشارة الكاشطة في حالة الإنذار", SITES),
    ("셀룰러 연결 끊지 마", LAB), ("셀룰러 연결 끊었어", LAB), ("셀룰러 연결 끊어 줄까?", LAB),
    ("HL7 라우터 재시작 부탁했어요", LAB), ("HL7 라우터 재시작 부탁하지 마세요", LAB),
    ("HL7 라우터 재시작 부탁해도 돼요?", LAB),
])
def test_round_39_other_ways_of_saying_it_do_not_open_more(command: str, state: DeviceState) -> None:
    assert decide_at(command, state)[0] in ("say", "report_status", "ignore"), command


# Round 39: dev36's sites, named in the Latin languages by what they do
SITES_39 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("ahu-bridge@holding1", "BACnet bridge for the air handling unit of holding room 1"),
        ("ahu-bridge@holding2", "BACnet bridge for the air handling unit of holding room 2"),
        ("census-api", "Cage census and husbandry card API"),
        ("fridge-monitor", "Reagent fridge temperature monitor"),
        ("checkweigher", "Packaging line checkweigher reader"),
        ("piste-scorer@yellow", "Scoring apparatus bridge for the yellow piste"),
        ("piste-scorer@red", "Scoring apparatus bridge for the red piste"),
        ("replay-video", "Video refereeing replay recorder"),
        ("bath-monitor@degrease", "Pretreatment bath monitor for degrease"),
        ("bath-monitor@pickle", "Pretreatment bath monitor for pickle (HCl)"),
        ("kettle-burner", "Zinc kettle burner management link"),
        ("dross-scale", "Dross and ash weighing scale reader"),
        ("tally-aggregator", "Polling district tally aggregator"),
        ("rtu-modbus", "Modbus RTU poller for trap pressure and valve positions"),
        ("cash-recycler", "Glory RBG-200 teller cash recycler XFS bridge"),
        ("eid-reader", "Sheep EID (RFID ear tag) panel reader"),
        ("river-level", "Upstream and downstream river level (radar) logger"),
        ("water-temp", "Water temperature and dissolved oxygen sonde logger"),
        ("bay-tracker@upper", "Ball flight radar tracker for the upper tier bays"),
        ("bay-tracker@lower", "Ball flight radar tracker for the lower tier bays"),
        ("maximo-sync", "Work order sync to IBM Maximo"),
        ("ballot-scanner@scan-a", "Ballot scanner intake for scan-a"),
        ("ballot-scanner@scan-b", "Ballot scanner intake for scan-b"),
        ("fish-counter@left", "Resistivity fish counter for the left-bank pass"),
        ("fish-counter@right", "Resistivity fish counter for the right-bank pass"),
        ("adv-logger", "Acoustic Doppler velocimeter (ADV) logger"),
        ("mosquitto", "Mosquitto MQTT Broker"), ("nginx", "A high performance web server"),
        ("grafana-server", "Grafana instance"))],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"},
                   {"name": "wwan0", "kind": "cellular", "state": "up"},
                   {"name": "wg0", "kind": "vpn", "state": "down"}],
    "leds": [{"name": "green:status", "color": "green", "function": "status"}],
    "storage": [{"device": "/dev/sda1", "mounted": True, "label": "ALCMS_LOGS", "model": "Kingston DataTraveler",
                 "size": "32G"},
                {"device": "/dev/sdb1", "mounted": True, "label": "SCANNER_CLIPS", "model": "Samsung PRO Endurance",
                 "size": "256G"}],
})


# Round 39: a site of each of round 39's kinds of site, named in the operators' languages
SITES39 = DeviceState.from_dict({
    "units": [{"name": "nginx.service", "description": "A high performance web server"},
              {"name": "condition-mon.service", "description": "Drivetrain vibration and condition monitoring"},
              {"name": "crack-detect.service", "description": "Acoustic crack detection for the grader"},
              {"name": "intercom.service", "description": "Bunker intercom audio bridge"},
              {"name": "room-env.service", "description": "Bunker temperature and humidity logger"},
              {"name": "tracer.service", "description": "Frame tracer data service (OMA/VCA)"},
              {"name": "lensmeter.service", "description": "Digital lensmeter reader"},
              {"name": "edger@1.service", "description": "Lens edger job feeder, edger 1"},
              {"name": "edger@2.service", "description": "Lens edger job feeder, edger 2"},
              {"name": "express-lane.service", "description": "Express lane shuttle (direct-to-seat delivery)"},
              {"name": "kitchen-display.service", "description": "Kitchen display system (order tickets)"},
              {"name": "ems.service",
               "description": "Energy management system: dispatch and state-of-charge scheduling"},
              {"name": "leaky-feeder.service", "description": "Leaky-feeder radio gateway"},
              {"name": "photocell.service", "description": "Ambient light sensor (dusk/dawn switching)"},
              {"name": "lorawan-fwd.service", "description": "LoRaWAN packet forwarder for pole nodes"},
              {"name": "attendant-app.service",
               "description": "Sleeper attendant tablet backend (berths, wake-up calls)"},
              {"name": "lime-kiln.service", "description": "Lime kiln CO2 and temperature monitor"},
              {"name": "diffuser-ctl.service", "description": "Tower diffuser temperature and draft controller"},
              {"name": "evap@1.service", "description": "Evaporator effect 1 level and pressure logger"},
              {"name": "evap@2.service", "description": "Evaporator effect 2 level and pressure logger"},
              {"name": "heater-ctl.service", "description": "Big-top diesel heater controller"},
              {"name": "scoreboard.service", "description": "Arena LED scoreboard driver"},
              {"name": "alarm-dialer.service", "description": "Barn alarm dialer (SMS on fan or power failure)"},
              {"name": "gate-ctl.service", "description": "Caisson gate ballast and seal monitor"},
              {"name": "pump@1.service", "description": "Main dewatering pump 1 controller"},
              {"name": "pump@2.service", "description": "Main dewatering pump 2 controller"}],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "eth1", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"},
                   {"name": "wwan0", "kind": "cellular", "state": "up"},
                   {"name": "wwan1", "kind": "cellular", "state": "up"}],
    "leds": [{"name": "green:status", "color": "green", "function": "status"}],
    "storage": [],
})


@pytest.mark.parametrize(("command", "unit"), [
    # a checkweigher said in its own words ("trieuse pondérale", "Kontrollwaage", "waga kontrolna")
    ("redémarre la trieuse pondérale", "checkweigher"), ("starte die Kontrollwaage neu", "checkweigher"),
    ("zrestartuj wagę kontrolną", "checkweigher"), ("riavvia la selezionatrice ponderale", "checkweigher"),
    # an animal unit's holding rooms, a laboratory's reagents
    ("redémarre la passerelle de la salle d'hébergement 2", "ahu-bridge@holding2"),
    ("reinicia la pasarela de la sala de alojamiento 1", "ahu-bridge@holding1"),
    ("redémarre la surveillance des frigos à réactifs", "fridge-monitor"),
    ("reinicia el monitor de la nevera de reactivos", "fridge-monitor"),
    ("starte die Überwachung der Reagenzienkühlschränke neu", "fridge-monitor"),
    # fencing's piste, video refereeing's replays
    ("riavvia il ponte della pedana gialla", "piste-scorer@yellow"),
    ("indítsd újra a visszajátszás-rögzítőt", "replay-video"),
    ("indítsa újra a videobírós visszajátszás-rögzítőt", "replay-video"),
    ("reinicia el grabador de repeticiones", "replay-video"),
    # a galvanizing line: degreasing, pickling, the zinc kettle, dross
    ("Indítsd újra a zsírtalanító fürdő monitorát", "bath-monitor@degrease"),
    ("starte die Entfettungsbad-Überwachung neu", "bath-monitor@degrease"),
    ("Beizbad-Überwachung neu starten", "bath-monitor@pickle"),
    ("riavvia il monitor del decapaggio", "bath-monitor@pickle"),
    ("zrestartuj palnik kotła cynkowego", "kettle-burner"),
    ("redémarre le lecteur de la balance des crasses", "dross-scale"),
    # a poller, a cash recycler, ear tags (Rioplatense "caravanas"), a water level, work orders
    ("Modbus sorgulayıcıyı yeniden başlat", "rtu-modbus"),
    ("nakit geri dönüşüm cihazının köprüsünü yeniden başlat", "cash-recycler"),
    ("reinicia el reciclador de efectivo", "cash-recycler"),
    ("reinicia el lector de caravanas electrónicas", "eid-reader"), ("reinicie o leitor de brincos", "eid-reader"),
    ("käynnistä vedenkorkeuden loggeri uudelleen", "river-level"), ("starta om vattennivåloggern", "river-level"),
    ("restartuj synchronizaci zakázek do Maxima", "maximo-sync"),
    # the lowest and highest of a set are the lower and upper ones ("nederste", "øvre")
    ("genstart trackeren for de nederste båse", "bay-tracker@lower"),
    ("start trackeren for de øvre båsene på nytt", "bay-tracker@upper"),
])
def test_round_39_site_families(command: str, unit: str) -> None:
    assert decide_at(command, SITES_39) == _restart(unit), command


@pytest.mark.parametrize("command", [
    # a negation, a question, a past, a number the device lacks, a condition
    "ne redémarre pas la trieuse pondérale", "redémarre la trieuse pondérale ?", "j'ai redémarré la trieuse pondérale",
    "starte die Kontrollwaage nicht neu", "Modbus sorgulayıcıyı yeniden başlatma",
    "Modbus sorgulayıcıyı yeniden başlattın mı?", "ne indítsd újra a zsírtalanító fürdő monitorát",
    "redémarre la trieuse pondérale 7", "reinicia el lector de caravanas si falla",
    "käynnistä vedenkorkeuden loggeri uudelleen?", "älä käynnistä vedenkorkeuden loggeria uudelleen",
])
def test_round_39_site_families_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES_39)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # what fails, said last: Scandinavian passives ("uppdateras inte"), German separable verbs ("kommen nicht an",
    # "kommt nichts mehr an") and negated presents ("misst nicht mehr"), French "no more" of a reading ("plus aucune
    # température"), presents said without a subject ("non segna", "no marca ninguna", "não lê nada"), Czech one-word
    # negations ("nechodí"), Hungarian and Finnish ("lefagyott", "nem működik", "ei toimi", "jumittaa")
    ("starta om aggregatorn, summorna uppdateras inte", _restart("tally-aggregator")),
    ("genstart aggregatoren, tallene opdateres ikke", _restart("tally-aggregator")),
    ("start aggregatoren på nytt, tallene registreres ikke", _restart("tally-aggregator")),
    ("Beizbad-Überwachung neu starten, die Säurekonzentration kommt nicht mehr rein", _restart("bath-monitor@pickle")),
    ("starte die Kontrollwaage neu, sie misst nicht mehr", _restart("checkweigher")),
    ("starte mosquitto neu, es kommt nichts mehr an", _restart("mosquitto")),
    ("relance la surveillance des frigos à réactifs, plus aucune température depuis 6h", _restart("fridge-monitor")),
    ("redémarre la surveillance des frigos à réactifs, plus de données depuis ce matin", _restart("fridge-monitor")),
    ("riavvia il ponte della pedana gialla, non segna le stoccate", _restart("piste-scorer@yellow")),
    ("riavvia il ponte della pedana rossa, non legge più niente", _restart("piste-scorer@red")),
    ("reinicia el lector de caravanas, no marca ninguna", _restart("eid-reader")),
    ("reinicie o leitor de brincos, não lê nada", _restart("eid-reader")),
    ("restartuj synchronizaci zakázek do Maxima, nové zakázky nechodí", _restart("maximo-sync")),
    ("restartuj mosquitto, čtečka nereaguje", _restart("mosquitto")),
    ("Indítsd újra a visszajátszás-rögzítőt, lefagyott", _restart("replay-video")),
    ("indítsa újra a visszajátszás-rögzítőt, nem működik", _restart("replay-video")),
    ("käynnistä vedenkorkeuden loggeri uudelleen, ei toimi", _restart("river-level")),
    ("käynnistä vedenkorkeuden loggeri uudelleen, jumittaa", _restart("river-level")),
    # a short reason whose negation is what fails ("den teller ikke", "no funciona"); where it is not seen ("w
    # grafanie") is no second thing
    ("start telleren i venstre fisketrapp på nytt, den teller ikke", _restart("fish-counter@left")),
    ("reinicia mosquitto, no funciona", _restart("mosquitto")),
    ("zrestartuj mosquitto, nie widać danych w grafanie", _restart("mosquitto")),
    # how it is, said after a copula, is why ("die staat uit", "die ligt eruit"); a verb around its object stays in
    # its clause ("zet ... aan, die staat uit" had read "zet ... uit")
    ("zet de wireguard-tunnel aan, die staat uit", ("set_network", {"interface": "wg0", "state": "up"})),
    ("schakel de vpn in, die ligt eruit", ("set_network", {"interface": "wg0", "state": "up"})),
    ("zet de wifi uit, die staat aan", ("set_network", {"interface": "wlan0", "state": "down"})),
    # what the crew is about to do to a thing, even one of the device ("vamos a cambiar la SIM")
    ("Apaga el enlace celular, vamos a cambiar la SIM", ("set_network", {"interface": "wwan0", "state": "down"})),
    ("zet de wifi uit, we gaan de antenne vervangen", ("set_network", {"interface": "wlan0", "state": "down"})),
])
def test_round_39_what_fails_said_last(command: str, call: tuple) -> None:
    assert decide_at(command, SITES_39) == call, command


@pytest.mark.parametrize("command", [
    # the negation alone or of a name ("no nginx", "ikke nginx"), a take-back or a need ("plus aucun besoin", "non
    # serve", "nem kell", "det behøves ikke"), all well ("plus aucun problème"), a negated imperative ("non segnare",
    # "no marques", "nechoď", "non faccia niente"), already so ("staat al aan"), a negated request, a plan negated,
    # of a verb of the catalog or for later, a question, a reason that names another thing with a verb
    "reinicia mosquitto, no", "reinicia mosquitto, no nginx", "start mosquitto på nytt, ikke nginx",
    "redémarre la surveillance des frigos à réactifs, plus aucun besoin",
    "redémarre la surveillance des frigos à réactifs, plus aucun problème",
    "riavvia il ponte della pedana rossa, non faccia niente", "riavvia il ponte della pedana rossa, non serve",
    "riavvia il ponte della pedana rossa, non segnare niente", "reinicia el lector de caravanas, no marques nada",
    "restartuj synchronizaci zakázek, nechoď", "indítsd újra a visszajátszás-rögzítőt, nem kell",
    "genstart aggregatoren, det behøves ikke", "zet de wireguard-tunnel aan, die staat al aan",
    "zet de wireguard-tunnel niet aan, die staat uit", "apaga el enlace celular, no vamos a cambiar la SIM",
    "apaga el enlace celular, vamos a reiniciar nginx", "apaga el enlace celular, vamos a cambiar la SIM mañana",
    "no apagues el enlace celular, vamos a cambiar la SIM", "starta om aggregatorn, summorna uppdateras inte?",
    "starta inte om aggregatorn, summorna uppdateras inte", "zrestartuj mosquitto, bo nginx nie działa",
    "starte mosquitto neu, kaputt?",
])
def test_round_39_what_fails_said_last_does_not_open_more(command: str) -> None:
    assert decide_at(command, SITES_39)[0] in ("say", "report_status", "ignore"), command


ALCMS_STICK = ("unmount_storage", {"device": "/dev/sda1"})
CLIPS_CARD = ("unmount_storage", {"device": "/dev/sdb1"})


@pytest.mark.parametrize(("command", "call"), [
    # unmounting in Norwegian, Danish, Swedish, Polish and Czech, the imperative said first; a stick said definite
    ("avmonter minnepinnen med ALCMS-loggene", ALCMS_STICK), ("afmonter USB-nøglen med ALCMS-loggene", ALCMS_STICK),
    ("avmontera USB-minnet med ALCMS-loggarna", ALCMS_STICK), ("mata ut USB-minnet med ALCMS-loggarna", ALCMS_STICK),
    ("avmonter minnepinnen med ALCMS-loggene, vi skal bytte den ut", ALCMS_STICK),
    ("Odmontuj kartę z klipami ze skanera", CLIPS_CARD), ("odmontujcie kartę z klipami", CLIPS_CARD),
    ("odmontujte kartu s klipy", CLIPS_CARD),
    # the polite and plural imperatives of French, Italian, Spanish and Portuguese
    ("redémarrez la trieuse pondérale s'il vous plaît", _restart("checkweigher")),
    ("arrêtez la trieuse pondérale", ("stop_service", {"unit": "checkweigher.service"})),
    ("riavvii il ponte della pedana rossa, per favore", _restart("piste-scorer@red")),
    ("apague el enlace celular", ("set_network", {"interface": "wwan0", "state": "down"})),
    ("desligue o wifi", ("set_network", {"interface": "wlan0", "state": "down"})),
    # what joins: "til", "av", "na", "s" (and more words beside the verb for each); an "and" within what one thing
    # does ("för burräkning och skötselkort", "kuonan ja tuhkan vaa'an lukija"); a letter said with a Finnish case
    ("genstart loggeren til den akustiske doppler-hastighedsmåler", _restart("adv-logger")),
    ("starta om aggregeringen av valdistriktens röster", _restart("tally-aggregator")),
    ("Restartuj propojení na hořáky zinkové vany", _restart("kettle-burner")),
    ("starta om tjänsten för burräkning och skötselkort", _restart("census-api")),
    ("käynnistä kuonan ja tuhkan vaa'an lukija uudelleen", _restart("dross-scale")),
    ("Käynnistä skanneri B:n vastaanotto uudelleen, liput jumittaa", _restart("ballot-scanner@scan-b")),
])
def test_round_39_verbs_and_word_order(command: str, call: tuple) -> None:
    assert decide_at(command, SITES_39) == call, command


@pytest.mark.parametrize("command", [
    # each new verb negated, asked, in the past or a present (a statement); a polite imperative negated or said
    # after its subject; two things joined by "and"; "en" (in) said as Dutch "and"; a time after "na"
    "ikke avmonter minnepinnen", "avmonter ikke minnepinnen", "har du avmontert minnepinnen?",
    "jeg avmonterte minnepinnen", "avmonterer minnepinnen", "nie odmontowuj karty z klipami",
    "odmontuj kartę z klipami?", "odmontowałem kartę z klipami", "neodmontuj kartu", "afmonter ikke USB-nøglen",
    "ne redémarrez pas la trieuse pondérale", "vous redémarrez la trieuse pondérale",
    "non riavvii il ponte della pedana rossa", "no apague el enlace celular",
    "starta om mosquitto och nginx", "genstart mosquitto og nginx", "starta om tjänsten för burräkning och nginx",
    "reinicia el lector en sala 2", "käynnistä skanneri B:n vastaanotto uudelleen?",
    "restartuj propojení na hodinu",
])
def test_round_39_verbs_and_word_order_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES_39)[0] in ("say", "report_status", "ignore"), command


GPS_SITE = DeviceState.from_dict({"units": [
    {"name": "gpsd.service", "description": "GPS (Global Positioning System) Daemon"},
    {"name": "rtu-modbus.service", "description": "Modbus RTU poller for trap pressure and valve positions"},
    {"name": "gas-meter.service", "description": "Natural gas meter (M-Bus) reader"},
    {"name": "chrony.service", "description": "chrony, an NTP client/server"},
    {"name": "kiln-car-pusher.service", "description": "Kiln car hydraulic pusher sequencer"}]})
GPSD = ("restart_service", {"unit": "gpsd.service"})
GAS_METER = ("restart_service", {"unit": "gas-meter.service"})


@pytest.mark.parametrize(("command", "call"), [
    # what fails said last in Romanian: how it is after a copula ("e decalată"), what it did failing ("s-a
    # blocat"), "nu" and a present ("nu merge"), of a subject of the glossary, or none; a name only where it is seen
    # ("de pe RTU"); Vietnamese readers and meters ("bộ đọc đồng hồ gas")
    ("Repornește serviciul GPS, ora de pe RTU e decalată", GPSD), ("repornește serviciul GPS, nu merge", GPSD),
    ("repornește serviciul GPS, s-a blocat", GPSD), ("repornește serviciul GPS, nu mai trimite date", GPSD),
    ("reporniți serviciul GPS, ora e decalată", GPSD),
    ("Khởi động lại bộ đọc đồng hồ gas", GAS_METER), ("khởi động lại máy đọc đồng hồ gas đi", GAS_METER),
])
def test_round_39_romanian_and_vietnamese(command: str, call: tuple) -> None:
    assert decide_at(command, GPS_SITE) == call, command


@pytest.mark.parametrize("command", [
    # a negated request, a question, a condition, a name said failing, a need, the negation alone, a past
    "nu reporni serviciul GPS, ora de pe RTU e decalată", "repornește serviciul GPS, ora de pe RTU e decalată?",
    "repornește serviciul GPS, dacă ora de pe RTU e decalată", "repornește serviciul GPS, RTU e decalată",
    "repornește serviciul GPS, nu e nevoie", "repornește serviciul GPS, nu", "am repornit serviciul GPS",
    "đừng khởi động lại bộ đọc đồng hồ gas", "đã khởi động lại bộ đọc đồng hồ gas",
    "khởi động lại bộ đọc đồng hồ gas chưa?",
])
def test_round_39_romanian_and_vietnamese_do_not_open_more(command: str) -> None:
    assert decide_at(command, GPS_SITE)[0] in ("say", "report_status", "ignore"), command


WOOL_SHED = DeviceState.from_dict({"units": [
    {"name": "drafter-gate.service", "description": "3-way auto drafting gate controller"},
    {"name": "eid-reader.service", "description": "Sheep EID (RFID ear tag) panel reader"},
    {"name": "tally-counter@stand1.service", "description": "Shearer tally counter for stand 1"},
    {"name": "tally-counter@stand2.service", "description": "Shearer tally counter for stand 2"},
    {"name": "woolpress-scale.service", "description": "Wool press bale scale (RS-232) reader"}]})
DRAFTER = ("restart_service", {"unit": "drafter-gate.service"})


@pytest.mark.parametrize(("command", "call"), [
    # Welsh: the verb-noun or an imperative first, its article ("y", "yr", "'r") taken off after it, a word said with
    # its soft mutation ("ddidoli"); what fails said last ("mae hi'n sownd ar agor", "dydy hi ddim yn gweithio")
    ("Ailgychwyn y giât ddidoli, mae hi'n sownd ar agor", DRAFTER), ("ailgychwynnwch y giât ddidoli", DRAFTER),
    ("ailgychwyn y giât ddidoli, dydy hi ddim yn gweithio", DRAFTER), ("ailddechrau'r giât ddidoli", DRAFTER),
    ("stopiwch y giât ddidoli", ("stop_service", {"unit": "drafter-gate.service"})),
    ("cychwynnwch y giât ddidoli", ("start_service", {"unit": "drafter-gate.service"})),
])
def test_round_39_welsh(command: str, call: tuple) -> None:
    assert decide_at(command, WOOL_SHED) == call, command


@pytest.mark.parametrize("command", [
    # don't ("peidiwch ag", "paid ag"), not ("ddim"), a question, a past ("wedi"), the verb after its subject (what
    # happens), a condition ("os"), all well ("mae hi'n iawn", "mae hi'n gweithio"), two things, Spanish "y" (and)
    "peidiwch ag ailgychwyn y giât ddidoli", "paid ag ailgychwyn y giât ddidoli", "ailgychwyn y giât ddidoli ddim",
    "ailgychwyn y giât ddidoli?", "wedi ailgychwyn y giât ddidoli", "mae'r giât ddidoli yn ailgychwyn",
    "ailgychwyn y giât ddidoli os yw hi'n sownd", "ailgychwyn y giât ddidoli, mae hi'n iawn",
    "ailgychwyn y giât ddidoli, mae hi'n gweithio", "ailgychwyn y giât ddidoli a'r darllenydd",
    "reinicia la báscula y el lector",
])
def test_round_39_welsh_does_not_open_more(command: str) -> None:
    assert decide_at(command, WOOL_SHED)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "unit"), [
    # families of round 39's sites: a drivetrain, cracks, dusk, a lime kiln (and Danish compounds of it), a caisson
    # gate, a frame tracer (Turkish "çerçeve okuyucu"), a big top, an express lane, LoRaWAN in Devanagari, a
    # sleeper's attendant and its backend ("vom": of the), an intercom spelled with its vowel, a Polish gateway in
    # every case ("bramkę")
    ("Schwingungsüberwachung vom Triebstrang bitte neu starten", "condition-mon"),
    ("starte die Überwachung des Antriebsstrangs neu", "condition-mon"),
    ("redémarre la détection des fêlures", "crack-detect"), ("reinicia la detección de grietas", "crack-detect"),
    ("riavvia il rilevamento delle crepe", "crack-detect"), ("herstart de scheurdetectie", "crack-detect"),
    ("redémarre le capteur crépusculaire", "photocell"), ("reinicia el sensor crepuscular", "photocell"),
    ("starte den Dämmerungssensor neu", "photocell"), ("zrestartuj czujnik zmierzchowy", "photocell"),
    ("genstart kalkovnsovervågningen", "lime-kiln"), ("starta om kalkugnen", "lime-kiln"),
    ("starte den Kalkofen neu", "lime-kiln"), ("reinicia el horno de cal", "lime-kiln"),
    ("κάνε επανεκκίνηση στο θυρόφραγμα", "gate-ctl"), ("herstart de dokdeur", "gate-ctl"),
    ("çerçeve okuyucu servisini yeniden başlat", "tracer"), ("çerçeve okuyucuyu yeniden başlat", "tracer"),
    ("accendi il riscaldamento del tendone", "heater-ctl"), ("enciende la calefacción de la carpa", "heater-ctl"),
    ("特急レーンを起動して", "express-lane"), ("लोरावन फॉरवर्डर रीस्टार्ट करो", "lorawan-fwd"),
    ("bitte das Backend vom Schlafwagenbetreuer neu starten", "attendant-app"),
    ("zrestartuj bramkę leaky feedera", "leaky-feeder"), ("أعد تشغيل خدمة الإنتركوم", "intercom"),
])
def test_dev37_site_families(command: str, unit: str) -> None:
    tool, args = decide_at(command, SITES39)
    assert tool in ("restart_service", "start_service") and args == {"unit": f"{unit}.service"}, (command, args)


@pytest.mark.parametrize(("command", "candidates"), [
    # two of a kind: the main pumps ("主泵"), the edgers, the wired links ("이더넷", "유선 랜")
    ("重启主泵控制器", {"pump@1", "pump@2"}), ("repornește alimentatorul mașinii de șlefuit", {"edger@1", "edger@2"}),
    ("이더넷 꺼 줘", {"eth0", "eth1"}), ("유선 랜 꺼 주세요", {"eth0", "eth1"}),
])
def test_dev37_site_families_of_two_are_asked_about(command: str, candidates: set) -> None:
    tool, args = decide_at(command, SITES39)
    assert tool == "say" and all(c in args["text"] for c in candidates), (command, args)


@pytest.mark.parametrize("command", [
    # a negation, a question, a past, a condition, two things: never a change
    "ne redémarre pas la détection des fêlures", "redémarre la détection des fêlures ?",
    "genstart ikke kalkovnsovervågningen", "hast du die Schwingungsüberwachung vom Triebstrang neu gestartet?",
    "çerçeve okuyucu servisini yeniden başlatma", "重启主泵控制器吗", "别重启主泵控制器",
    "reinicia el sensor crepuscular si falla", "reinicia el horno de cal y el sensor crepuscular",
])
def test_dev37_site_families_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES39)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # what fails said last, in more words: a reading that no longer changes, what is let through, what stays lit,
    # what is out or silent, what no longer comes, one word alone ("..., travou"), who is about to come
    ("Schwingungsüberwachung vom Triebstrang bitte neu starten, CMS zeigt seit Stunden dieselben Spektren",
     _restart("condition-mon")),
    ("reinicia el sensor crepuscular, marca siempre lo mismo", _restart("photocell")),
    ("redémarre la détection des fêlures, elle laisse passer des œufs fêlés", _restart("crack-detect")),
    ("reinicia la detección de grietas, deja pasar huevos rotos", _restart("crack-detect")),
    ("redémarre le capteur crépusculaire, les lampes restent allumées en plein jour", _restart("photocell")),
    ("starte den Dämmerungssensor neu, die Lampen bleiben an", _restart("photocell")),
    ("zet de wifi aan, de vaste lijn ligt eruit", ("set_network", {"interface": "wlan0", "state": "up"})),
    ("zrestartuj bramkę leaky feedera, radiotelefony milczą", _restart("leaky-feeder")),
    ("starte das Leaky-Feeder-Gateway neu, die Funkgeräte schweigen", _restart("leaky-feeder")),
    ("herstart de alarmkiezer, we krijgen geen sms'jes meer", _restart("alarm-dialer")),
    ("starte das Wählgerät neu, wir bekommen keine SMS mehr", _restart("alarm-dialer")),
    ("reinicia o registrador do bunker, travou", _restart("room-env")),
    ("reinicia la pantalla de cocina, se congeló", _restart("kitchen-display")),
    ("accendi il riscaldamento del tendone, il pubblico entra tra poco",
     ("start_service", {"unit": "heater-ctl.service"})),
    ("enciende la calefacción de la carpa, los clientes llegan enseguida",
     ("start_service", {"unit": "heater-ctl.service"})),
])
def test_round_39_trouble_said_last(command: str, call: tuple) -> None:
    assert decide_at(command, SITES39) == call, command


@pytest.mark.parametrize("command", [
    # a take-back that also lets go ("laisse tomber"), a time beside who comes ("alle 8"), a condition, a negated
    # present that is no fault's, a verb of the catalog after the comma, what fails as a word only ("..., ferma")
    "redémarre la détection des fêlures, laisse tomber", "redémarre la détection des fêlures, laisse-la",
    "accendi il riscaldamento del tendone, il pubblico entra alle 8",
    "accendi il riscaldamento del tendone, se il pubblico entra tra poco",
    "accendi il riscaldamento del tendone, il pubblico non entra tra poco",
    "reinicia la pantalla de cocina, si se congela", "reinicia la pantalla de cocina, ferma",
    "reinicia la pantalla de cocina, apaga el sensor crepuscular",
    "herstart de alarmkiezer, we krijgen geen sms'jes meer, of niet?",
])
def test_round_39_trouble_said_last_does_not_open_more(command: str) -> None:
    assert decide_at(command, SITES39)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # what fails said first, then a request of it: said on the verb ("reinícialas", "riavvialo", "reinicia-o",
    # "redémarre-le"), apart ("starte ihn neu", "zrestartuj go", "herstart hem"), or not said ("bitte neu
    # starten"); or the request names its own thing
    ("EMS hängt beim Dispatch, bitte neu starten", _restart("ems")), ("EMS hängt, starte ihn neu", _restart("ems")),
    ("las pantallas de cocina se congelaron, no llegan las comandas. reinícialas", _restart("kitchen-display")),
    ("la pantalla de cocina se colgó, reiníciala por favor", _restart("kitchen-display")),
    ("il display della cucina si è bloccato, riavvialo", _restart("kitchen-display")),
    ("o ecrã da cozinha travou, reinicia-o", _restart("kitchen-display")),
    ("le capteur crépusculaire est figé, redémarre-le", _restart("photocell")),
    ("czujnik zmierzchowy się zawiesił, zrestartuj go", _restart("photocell")),
    ("de scheurdetectie hangt, herstart hem", _restart("crack-detect")),
    ("Weckrufe kommen nicht auf dem Tablet an, bitte das Backend vom Schlafwagenbetreuer neu starten",
     _restart("attendant-app")),
])
def test_round_39_what_fails_said_first(command: str, call: tuple) -> None:
    assert decide_at(command, SITES39) == call, command


@pytest.mark.parametrize("command", [
    # a negation beside what fails or on the request, a condition, a question, someone else's word, a past, two
    # things said failing, "it" with nothing said failing
    "EMS hängt nicht, bitte neu starten", "EMS hängt, bitte nicht neu starten", "wenn EMS hängt, bitte neu starten",
    "EMS hängt, soll ich neu starten?", "EMS hing gestern, ich habe ihn neu gestartet",
    "der Chef sagt EMS hängt, starte ihn neu", "EMS hängt, hast du ihn neu gestartet?",
    "la pantalla de cocina se colgó, no la reinicies", "la pantalla de cocina se colgó, ¿la reinicio?",
    "la pantalla de cocina se colgó, ya la reinicié", "si la pantalla de cocina se cuelga, reiníciala",
    "la pantalla de cocina y el sensor crepuscular se colgaron, reinícialos", "reiníciala", "starte ihn neu",
])
def test_round_39_what_fails_said_first_does_not_open_more(command: str) -> None:
    assert decide_at(command, SITES39)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # verbs: Dutch "start ... (weer|opnieuw) op", "maar" before the particle, "schakel ... uit"; Czech "nahoď",
    # "shoď"; Hungarian "kapcsold le", "kapcsold ki a wifit"; Lithuanian "perkrauk", "išjunk"
    ("start de alarmkiezer weer op", ("start_service", {"unit": "alarm-dialer.service"})),
    ("start de alarmkiezer op", ("start_service", {"unit": "alarm-dialer.service"})),
    ("start de alarmkiezer opnieuw op", _restart("alarm-dialer")),
    ("zet de wifi maar uit", ("set_network", {"interface": "wlan0", "state": "down"})),
    ("zet de wifi weer aan", ("set_network", {"interface": "wlan0", "state": "up"})),
    ("schakel de wifi uit", ("set_network", {"interface": "wlan0", "state": "down"})),
    ("shoď wifi", ("set_network", {"interface": "wlan0", "state": "down"})),
    ("nahoď wifinu", ("set_network", {"interface": "wlan0", "state": "up"})),
    ("kapcsold ki a wifit", ("set_network", {"interface": "wlan0", "state": "down"})),
    ("kapcsold le a wifit", ("set_network", {"interface": "wlan0", "state": "down"})),
    ("išjunk wifi", ("set_network", {"interface": "wlan0", "state": "down"})),
    ("perkrauk sistemą", ("reboot", {"delay_s": 0})),
])
def test_round_39_verbs(command: str, call: tuple) -> None:
    assert decide_at(command, SITES39) == call, command


@pytest.mark.parametrize(("command", "candidates"), [
    # two of a kind: the level and pressure loggers (Lithuanian; an "and" between two things a unit measures), the
    # cellular links (Hungarian "kapcsold le")
    ("perkrauk lygio ir slėgio registratorių", {"evap@1", "evap@2"}),
    ("perkraukite garintuvo registratorių", {"evap@1", "evap@2"}),
    ("paleisk iš naujo garintuvo registratorių", {"evap@1", "evap@2"}),
    ("reinicia el registrador de nivel y presión", {"evap@1", "evap@2"}),
    ("kapcsold le a mobilnetet", {"wwan0", "wwan1"}), ("kapcsolja le a mobilnetet", {"wwan0", "wwan1"}),
])
def test_round_39_verbs_of_two_are_asked_about(command: str, candidates: set) -> None:
    tool, args = decide_at(command, SITES39)
    assert tool == "say" and all(c in args["text"] for c in candidates), (command, args)


def test_round_39_an_and_of_two_quantities() -> None:
    # ("registrador de temperatura e umidade": one unit described by two things it measures)
    assert decide_at("reinicia o registrador de temperatura e umidade do bunker", SITES39) == _restart("room-env")


@pytest.mark.parametrize("command", [
    # each new verb negated, asked or said in a past; a condition; an "and" of two things, or of a name
    "start de alarmkiezer niet op", "heb je de alarmkiezer opgestart?", "ik heb de alarmkiezer opgestart",
    "start je de alarmkiezer op?", "nenahazuj wifi", "nahodil jsi wifi?", "nahodil jsem wifi",
    "ne kapcsold le a mobilnetet", "lekapcsoltad a mobilnetet?", "lekapcsoltam a mobilnetet",
    "neperkrauk lygio ir slėgio registratorių", "ar perkrovei registratorių?", "perkroviau registratorių",
    "jei reikia, perkrauk registratorių", "perkrauk registratorių?", "perkrauk registratorių, nereikia",
    "reinicia el registrador de temperatura y el intercomunicador", "reinicia nginx y el intercomunicador",
    "reinicia el horno de cal y el difusor", "perkrauk nginx ir lime-kiln",
])
def test_round_39_verbs_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES39)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # a delay in Catalan ("d'aquí a"), said about ("en unos 20 minutos", "d'aquí uns 20 minuts"), after what it is
    # timed to ("després de l'entreacte, ..."); the Danish and Norwegian power profile ("balanceret tilstand",
    # "sett strømprofilen til vanlig"), beside what is back ("strømmen er tilbage")
    ("reinicia després de l'entreacte, d'aquí uns 20 minuts", ("reboot", {"delay_s": 1200})),
    ("reinicia d'aquí a 10 minuts", ("reboot", {"delay_s": 600})),
    ("reinicia el equipo en unos 20 minutos", ("reboot", {"delay_s": 1200})),
    ("redémarre après l'entracte, dans 20 minutes", ("reboot", {"delay_s": 1200})),
    ("balanceret tilstand, strømmen er tilbage", ("set_power_profile", {"profile": "balanced"})),
    ("skift til strømsparetilstand", ("set_power_profile", {"profile": "powersave"})),
    ("sæt den i strømsparetilstand", ("set_power_profile", {"profile": "powersave"})),
    ("sett strømprofilen til vanlig", ("set_power_profile", {"profile": "balanced"})),
    ("ytelsesmodus, takk", ("set_power_profile", {"profile": "performance"})),
])
def test_round_39_values(command: str, call: tuple) -> None:
    assert decide_at(command, SITES39) == call, command


@pytest.mark.parametrize("command", [
    # what it is timed to without a delay, a negation, a question, a condition, two delays; a profile negated or asked
    "reinicia després de l'entreacte", "no reiniciïs d'aquí a 10 minuts", "reinicia d'aquí a 10 minuts?",
    "reinicia si cal, d'aquí a 10 minuts", "reinicia d'aquí a 10 minuts, d'aquí a 20 minuts",
    "ikke balanceret tilstand", "balanceret tilstand?", "ikke sett strømprofilen til vanlig",
    "strømprofilen til vanlig?",
])
def test_round_39_values_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES39)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "topic"), [
    # a status asked in Croatian or Slovak, its topic by its words ("status mreže" is the network's), beside what
    # others say
    ("kakav je status mreže? putnici kažu da wifi nema interneta", "network"), ("kakav je status mreže?", "network"),
    ("aký je stav siete?", "network"), ("kakvo je stanje sustava?", "system"),
])
def test_round_39_status_asked_in_croatian_or_slovak(command: str, topic: str) -> None:
    assert decide_at(command, SITES39) == ("report_status", {"topic": topic}), command


@pytest.mark.parametrize(("command", "call"), [
    # what fails said last in Arabic ("المريض ما يسمعنا", after its comma "،") and Hindi ("... नहीं दिख रहे")
    ("أعد تشغيل خدمة الإنتركوم، المريض ما يسمعنا", _restart("intercom")),
    ("أعد تشغيل خدمة الإنتركوم، لا يعمل", _restart("intercom")),
    ("लोरावन फॉरवर्डर रीस्टार्ट करो, पोल वाले नोड्स नहीं दिख रहे", _restart("lorawan-fwd")),
    ("लोरावन फॉरवर्डर रीस्टार्ट करो, नोड्स नहीं आ रहे", _restart("lorawan-fwd")),
])
def test_round_39_trouble_said_last_in_arabic_and_hindi(command: str, call: tuple) -> None:
    assert decide_at(command, SITES39) == call, command


@pytest.mark.parametrize(("command", "candidates"), [
    # Korean "take down" ("내려줘"), of the wired links; Romanian "de la" (from) a thing's place
    ("유선 랜 좀 내려줘", {"eth0", "eth1"}), ("이더넷 좀 내려 주세요", {"eth0", "eth1"}),
    ("repornește alimentatorul de la mașina de șlefuit", {"edger@1", "edger@2"}),
])
def test_round_39_korean_take_down_and_romanian_from(command: str, candidates: set) -> None:
    tool, args = decide_at(command, SITES39)
    assert tool == "say" and all(c in args["text"] for c in candidates), (command, args)


@pytest.mark.parametrize("command", [
    # Korean "take down" negated, asked, in a past; Arabic "don't"; a time after "de la"
    "유선 랜 내리지 마", "유선 랜 내렸어?", "유선 랜 내렸어", "유선 랜 내려줄래?", "أعد تشغيل خدمة الإنتركوم، لا تقم",
    "repornește pompa de la ora 5", "أعد تشغيل خدمة الإنتركوم، لا يعمل؟",
])
def test_round_39_korean_arabic_hindi_and_romanian_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES39)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # what fails said first, then a request of it: Romanian "repornește-l", Korean, Japanese, Chinese and Russian,
    # with "it" said or not
    ("controllerul difuzorului s-a blocat, repornește-l", _restart("diffuser-ctl")),
    ("controllerul difuzorului nu mai funcționează, repornește-l te rog", _restart("diffuser-ctl")),
    ("스코어보드 멈췄어, 재시작해줘", _restart("scoreboard")),
    ("스코어보드가 먹통이야, 그거 재시작해 주세요", _restart("scoreboard")),
    ("特急レーン止まってる、起動して", ("start_service", {"unit": "express-lane.service"})),
    ("特急レーンが止まった、それを起動してください", ("start_service", {"unit": "express-lane.service"})),
    ("记分牌卡住了，重启一下", _restart("scoreboard")), ("табло зависло, перезапусти его", _restart("scoreboard")),
])
def test_round_39_what_fails_said_first_in_more_languages(command: str, call: tuple) -> None:
    assert decide_at(command, SITES39) == call, command


def test_round_39_what_fails_said_first_of_two_is_asked_about() -> None:
    tool, args = decide_at("主泵卡住了，重启一下", SITES39)
    assert tool == "say" and "pump@1" in args["text"] and "pump@2" in args["text"], args


@pytest.mark.parametrize("command", [
    # behind a negation, a condition, a question or a past, of itself ("s-a repornit"), not failing ("안 멈췄어")
    "controllerul difuzorului s-a blocat, nu-l reporni", "controllerul difuzorului s-a blocat, l-ai repornit?",
    "controllerul difuzorului s-a repornit, repornește-l", "dacă controllerul difuzorului s-a blocat, repornește-l",
    "特急レーン止まってる、起動しないで", "特急レーン止まってる、起動した", "特急レーン止まってる、起動する？",
    "스코어보드 멈췄어, 재시작하지 마", "스코어보드 멈췄어, 재시작했어", "스코어보드 안 멈췄어, 재시작해줘",
    "스코어보드 멈췄어, 재시작해줄래?", "主泵卡住了，别重启", "主泵卡住了，重启了",
    "табло зависло, не перезапускай его", "табло не зависло, перезапусти его",
])
def test_round_39_what_fails_said_first_in_more_languages_does_not_open_more(command: str) -> None:
    assert decide_at(command, SITES39)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # what fails said first, then a request that names its own thing or the device: that thing, or a reboot (never the
    # thing said failing, nor both)
    ("la pantalla de cocina se colgó, reinicia el equipo", ("reboot", {"delay_s": 0})),
    ("EMS hängt, bitte das Gerät neu starten", ("reboot", {"delay_s": 0})),
    ("EMS hängt, kannst du ihn bitte neu starten", _restart("ems")),
    ("controllerul difuzorului s-a blocat, repornește nginx", _restart("nginx")),
    ("스코어보드 멈췄어, nginx 재시작해줘", _restart("nginx")),
    ("特急レーン止まってる、nginxを再起動して", _restart("nginx")),
    ("主泵卡住了，重启nginx", _restart("nginx")), ("табло зависло, перезапусти nginx", _restart("nginx")),
    ("табло зависло, перезагрузи систему", ("reboot", {"delay_s": 0})),
])
def test_round_39_what_fails_said_first_then_a_request_of_another(command: str, call: tuple) -> None:
    assert decide_at(command, SITES39) == call, command


@pytest.mark.parametrize("command", [
    # what a thing lets through needs what it lets through ("laisse passer" alone may be "let it go"; "laat maar door")
    "redémarre la détection des fêlures, laisse passer", "herstart de scheurdetectie, laat maar door",
    "starte die Risserkennung neu, lass es durch",
])
def test_round_39_what_is_let_through_is_said(command: str) -> None:
    assert decide_at(command, SITES39)[0] in ("say", "report_status", "ignore"), command


def test_round_39_a_voiced_kana_is_another_letter() -> None:
    # ("ボール", a ball, had been folded into "ホール", a hall, and the ball dispenser read as a hall's dispenser LED;
    # the glossary knows the ball, so it is the ball dispenser that starts)
    from llmos.agent.controller.language.interpret import fold
    assert fold("ボールディスペンサー") == "ボールディスペンサー" and fold("redémarre") == "redemarre"
    range_ = DeviceState.from_dict({
        "units": [{"name": "ball-dispenser.service", "description": "Range ball dispenser (token and card) controller"},
                  {"name": "hall-lights.service", "description": "Hall lighting controller"}],
        "interfaces": [], "storage": [],
        "leds": [{"name": "white:dispenser", "color": "white", "function": "dispenser"}]})
    for command in ("ボールディスペンサーを起動して", "ボールディスペンサーが止まってる、起動して"):
        assert decide_at(command, range_) == ("start_service", {"unit": "ball-dispenser.service"}), command


@pytest.mark.parametrize(("command", "call"), [
    # other ways of saying the same: a plural of what fails ("no responden"), who comes said after "soon" ("tra poco
    # entra il pubblico"), a half and a quarter hour in Catalan, a delay in Lithuanian ("po 10 minučių"), a status
    # asked with "which" ("koji"), what fails said first as a sentence of its own ("멈췄어요. 재시작해 주세요",
    # "止まってます。起動して", "s-a blocat. repornește-l")
    ("las pantallas de cocina no responden, reinícialas", _restart("kitchen-display")),
    ("accendi il riscaldamento del tendone, tra poco entra il pubblico",
     ("start_service", {"unit": "heater-ctl.service"})),
    ("reinicia d'aquí a mitja hora", ("reboot", {"delay_s": 1800})),
    ("reinicia d'aquí a un quart d'hora", ("reboot", {"delay_s": 900})),
    ("perkrauk sistemą po 2 valandų", ("reboot", {"delay_s": 7200})),
    ("koji je status mreže?", ("report_status", {"topic": "network"})),
    ("스코어보드가 멈췄어요. 재시작해 주세요", _restart("scoreboard")),
    ("特急レーンが止まってます。起動してください", ("start_service", {"unit": "express-lane.service"})),
    ("controllerul difuzorului s-a blocat. repornește-l", _restart("diffuser-ctl")),
])
def test_dev37_other_ways_of_saying_it(command: str, call: tuple) -> None:
    assert decide_at(command, SITES39) == call, command


@pytest.mark.parametrize("command", [
    "스코어보드 멈췄어. 재시작하지 마", "特急レーンが止まってます。起動しないでください",
    "perkrauk sistemą po 2 valandų?",
    "nereikia perkrauti sistemos po 2 valandų", "accendi il riscaldamento del tendone, alle 8 entra il pubblico",
])
def test_dev37_other_ways_of_saying_it_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES39)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # something gone is what fails ("de glasvezel is weg", "die Verbindung ist weg"); a fault gone is not
    ("zet de wifi aan, de glasvezel is weg", ("set_network", {"interface": "wlan0", "state": "up"})),
    ("starte nginx neu, die Verbindung ist weg", _restart("nginx")),
])
def test_round_39_something_gone_is_what_fails(command: str, call: tuple) -> None:
    assert decide_at(command, SITES39) == call, command


def test_round_39_a_fault_gone_is_no_fault() -> None:
    from llmos.agent.controller.language import foreign
    assert not foreign._TROUBLE.search("de storing is weg") and not foreign._TROUBLE.search("das problem ist weg")


# Round 40: sites whose units dev38's commands in other scripts named by what they do (a brine tank, a fermentation
# room, a pouch sealer, a fabric cutter at each table, a plotter's spooler, karaoke rooms, a cold room, sorting
# cameras on two lines, a waiting-time sign, a prayer scheduler)
SITES40 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("brine-tank@1", "Brine salinity monitor - tank 1"), ("brine-tank@2", "Brine salinity monitor - tank 2"),
        ("ferment-room", "Fermentation room temperature controller"),
        ("pouch-sealer", "Pouch sealer temperature monitor"),
        ("cutter@table1", "Fabric cutter job feeder - table 1"),
        ("cutter@table2", "Fabric cutter job feeder - table 2"),
        ("marker-plot", "Marker plotter spooler"),
        ("room-ctl@room3", "Room controller for room 3"), ("room-ctl@room7", "Room controller for room 7"),
        ("coldroom-mon", "Cold room temperature monitor"),
        ("sorter-cam@line1", "Sorting camera - line 1"), ("sorter-cam@line2", "Sorting camera - line 2"),
        ("queue-sign", "Queue waiting-time sign"),
        ("ezan-scheduler", "Prayer time calculator and adhan scheduler"),
        ("nginx", "A high performance web server"))],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}],
    "leds": [{"name": "green:line1", "color": "green", "function": "line1"},
             {"name": "green:line2", "color": "green", "function": "line2"},
             {"name": "red:alarm", "color": "red", "function": "alarm"}],
})


@pytest.mark.parametrize(("command", "call"), [
    # the words of these sites, and a number said before its thing ("2번 염수 탱크", "7番ルーム", "2 नंबर टेबल")
    # or after it ("염수 탱크 2번", "टेबल 2"); a Korean room written onto what it is for ("숙성실", "발효실")
    ("2번 염수 탱크 염도 모니터 재시작해 줘", _restart("brine-tank@2")),
    ("염수 탱크 1번 재시작", _restart("brine-tank@1")),
    ("숙성실 온도 컨트롤러 재시작해 주세요", _restart("ferment-room")),
    ("발효실 컨트롤러 재시작", _restart("ferment-room")),
    ("3番ルームのコントローラーを再起動して", _restart("room-ctl@room3")),
    ("重启一下绘图机的打印队列", _restart("marker-plot")), ("把绘图机重启一下", _restart("marker-plot")),
    ("कोल्ड रूम का टेम्परेचर मॉनिटर रीस्टार्ट करो", _restart("coldroom-mon")),
    ("टेबल 2 का कटर रीस्टार्ट करो", _restart("cutter@table2")),
    ("2 नंबर टेबल का कटर रीस्टार्ट करो", _restart("cutter@table2")),
    ("২ নম্বর টেবিলের কাটার রিস্টার্ট করো", _restart("cutter@table2")),
    ("bật giúp cái máy hàn túi", ("start_service", {"unit": "pouch-sealer.service"})),
    ("перезапусти плоттер", _restart("marker-plot")), ("перезапусти резак на столе 1", _restart("cutter@table1")),
    ("أعد تشغيل جدول الأذان", _restart("ezan-scheduler")),
])
def test_round_40_site_families(command: str, call: tuple) -> None:
    assert decide_at(command, SITES40) == call, command


@pytest.mark.parametrize(("command", "candidates"), [
    ("염수 탱크 재시작해", {"brine-tank@1", "brine-tank@2"}), ("কাটার রিস্টার্ট করো", {"cutter@table1", "cutter@table2"}),
    ("कटर रीस्टार्ट करो", {"cutter@table1", "cutter@table2"}),
])
def test_round_40_site_families_of_two_are_asked_about(command: str, candidates: set) -> None:
    tool, args = decide_at(command, SITES40)
    assert tool == "say" and all(c in args["text"] for c in candidates), (command, args)


@pytest.mark.parametrize("command", [
    # a number said of nothing (Korean "1번" may say "once"), two numbers, a negation, a question, a past
    "1번 재시작해", "nginx 2번 재시작해", "1번 2번 염수 탱크 재시작해", "2번 염수 탱크 재시작하지 마",
    "숙성실 온도 컨트롤러 재시작했어", "숙성실 온도 컨트롤러 재시작할까?", "3番ルームのコントローラーを再起動しないで",
    "3番を再起動して", "टेबल 2 का कटर रीस्टार्ट मत करो", "क्या टेबल 2 का कटर रीस्टार्ट करो", "কাটার রিস্টার্ট করো না",
    "đừng bật máy hàn túi", "bật máy hàn túi chưa?", "не перезапускай плоттер", "أعد تشغيل جدول الأذان؟",
    "لا تعد تشغيل جدول الأذان",
])
def test_round_40_site_families_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # Urdu, verb last as in Hindi ("ہری بتی بند کر دو", "سروس ری سٹارٹ کریں"), with a delay ("10 منٹ بعد")
    ("پلاٹر ری سٹارٹ کرو", _restart("marker-plot")), ("براہ کرم پلاٹر ری سٹارٹ کر دیں", _restart("marker-plot")),
    ("دوسری لائن کا کیمرہ ری سٹارٹ کرو", _restart("sorter-cam@line2")),
    ("لال بتی بند کر دو", ("set_led", {"name": "red:alarm", "state": "off"})),
    ("سسٹم ری سٹارٹ کرو 10 منٹ بعد", ("reboot", {"delay_s": 600})),
    # a restart given ("রিস্টার্ট দাও", "रीस्टार्ट मारो"); what failed said first, then the verb alone
    ("প্লটার রিস্টার্ট দাও", _restart("marker-plot")), ("प्लॉटर रीस्टार्ट मारो", _restart("marker-plot")),
    ("টেবিল ২ এর কাটার হ্যাং হয়ে গেছে, রিস্টার্ট দাও", _restart("cutter@table2")),
    ("टेबल 1 का कटर हैंग हो गया है, रीस्टार्ट करो", _restart("cutter@table1")),
    # an ordinal, before the thing or after it in Arabic; "number" said before the number
    ("перезапусти камеру второй линии", _restart("sorter-cam@line2")),
    ("перезапусти камеру першої лінії", _restart("sorter-cam@line1")),
    ("दूसरी लाइन का कैमरा रीस्टार्ट करो", _restart("sorter-cam@line2")),
    ("أعد تشغيل كاميرا الفرز في الخط الثاني", _restart("sorter-cam@line2")),
    ("أعد تشغيل كاميرا الخط رقم 1", _restart("sorter-cam@line1")),
    ("khởi động lại camera dây chuyền số 2", _restart("sorter-cam@line2")),
    # Arabic: what fails said first, then the verb with "it" on it; said last; half an hour said as spoken
    ("كاميرا الفرز في الخط الثاني معلّقة، أعد تشغيلها", _restart("sorter-cam@line2")),
    ("كاميرا الخط الأول واقفة، أعد تشغيلها لو سمحت", _restart("sorter-cam@line1")),
    ("أعد تشغيل جدول الأذان، المواقيت غلط", _restart("ezan-scheduler")),
    ("أعد تشغيل جدول الأذان، الشاشة معلقة", _restart("ezan-scheduler")),
    ("أعد تشغيل الجهاز بعد نص ساعة", ("reboot", {"delay_s": 1800})),
    ("أعد تشغيل الجهاز بعد ساعة ونص", ("reboot", {"delay_s": 5400})),
    # a sign and what it shows ("табло з часом очікування"); Russian the same
    ("перезапусти табло з часом очікування", _restart("queue-sign")),
    ("перезапусти табло с временем ожидания", _restart("queue-sign")),
])
def test_round_40_more_ways_in_other_scripts(command: str, call: tuple) -> None:
    assert decide_at(command, SITES40) == call, command


def test_round_40_urdu_green_light_of_two_is_asked_about() -> None:
    tool, args = decide_at("ہری بتی بند کر دو", SITES40)
    assert tool == "say" and "green:line1" in args["text"] and "green:line2" in args["text"], args


@pytest.mark.parametrize("command", [
    # Urdu negated, asked, a condition, a past ("بند کیا")
    "ہری بتی بند نہ کرو", "ہری بتی بند مت کرو", "کیا ہری بتی بند کر دو", "اگر ضرورت ہو تو پلاٹر ری سٹارٹ کرو",
    "پلاٹر ری سٹارٹ کیا", "پلاٹر ری سٹارٹ کرو؟",
    # a restart given, negated or asked or past; what failed said first, then a request negated, asked, of another
    "প্লটার রিস্টার্ট দাও না", "প্লটার রিস্টার্ট দিয়েছি", "प्लॉटर रीस्टार्ट मत मारो", "प्लॉटर रीस्टार्ट मारा",
    "টেবিল ২ এর কাটার হ্যাং হয়ে গেছে, রিস্টার্ট করো না", "টেবিল ২ এর কাটার হ্যাং হয়ে গেছে, রিস্টার্ট দাও?",
    "যদি টেবিল ২ এর কাটার হ্যাং হয়ে গেছে, রিস্টার্ট দাও",
    # Arabic: the state negated, a condition, a past of the verb, a question, "it" of nothing said, a name said failing
    "كاميرا الخط الثاني مش واقفة، أعد تشغيلها", "إذا كاميرا الخط الثاني واقفة، أعد تشغيلها",
    "كاميرا الخط الثاني واقفة، أعدت تشغيلها", "كاميرا الخط الثاني واقفة، أعد تشغيلها؟", "أعد تشغيلها",
    "كاميرا الخط الثاني واقفة، لا تعد تشغيلها", "أعد تشغيل جدول الأذان، الوقت مش غلط",
    "أعد تشغيل جدول الأذان، nginx معلق", "أعد تشغيل جدول الأذان، إذا الوقت غلط",
    # a link said by its number (the device counts from 0), an ordinal or a number of nothing, "with" of another thing
    "1번 랜 올려줘", "랜 2번 올려줘", "1 नंबर लैन चालू करो", "перезапусти второй", "أعد تشغيل الثاني",
    "перезапусти табло з nginx", "не перезапускай табло з часом очікування",
])
def test_round_40_more_ways_in_other_scripts_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # a number said after its thing in Japanese ("ルーム7"), Chinese "N号" ("2号线"), "number" before it ("कटर नंबर 2",
    # "на столе номер 2"), a Russian ordinal in the prepositional ("на втором столе"), Bengali "of" on a number
    ("ルーム7のコントローラーを再起動して", _restart("room-ctl@room7")),
    ("重启2号线的摄像头", _restart("sorter-cam@line2")),
    ("把1号罐的盐度监视器重启一下", _restart("brine-tank@1")), ("कटर नंबर 2 रीस्टार्ट करो", _restart("cutter@table2")),
    ("перезапусти резак на втором столе", _restart("cutter@table2")),
    ("перезапусти резак на столе номер 1", _restart("cutter@table1")),
    ("টেবিল ২-এর কাটার রিস্টার্ট করো", _restart("cutter@table2")),
    ("أعد تشغيل القاطعة الثانية", _restart("cutter@table2")), ("รีสตาร์ทกล้องไลน์ 2", _restart("sorter-cam@line2")),
])
def test_round_40_numbers_said_with_their_thing(command: str, call: tuple) -> None:
    assert decide_at(command, SITES40) == call, command


@pytest.mark.parametrize("command", [
    "nginx नंबर 2 रीस्टार्ट करो", "ルーム7を再起動しないで", "2号线的摄像头重启了吗",
    "не перезапускай резак на втором столе",
    "কাটার ২ রিস্টার্ট করো না", "7番を再起動して",
])
def test_round_40_numbers_said_with_their_thing_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("word", "english"), [
    # the words of neighbouring trades in Bengali, Thai and Urdu, and a few in every script
    ("মাইক", "microphone"), ("ไมโครโฟน", "microphone"), ("مائیک", "microphone"), ("микрофон", "microphone"),
    ("স্পিকার", "speaker"), ("ลำโพง", "speaker"), ("ফ্রিজার", "freezer"), ("ตู้เย็น", "fridge"), ("پریشر", "pressure"),
    ("ড্রোন", "drone"), ("无人机", "drone"), ("дрона", "drone"), ("поезд", "train"), ("열차", "train"),
    ("палату", "ward"),
    ("студию", "studio"), ("กริ่ง", "bell"), ("звонок", "bell"), ("অর্ডার", "order"), ("заказ", "order"),
    ("ট্রাক", "truck"), ("کرین", "crane"), ("ตัวติดตาม", "tracker"), ("ঘড়ি", "clock"), ("سائلو", "silo"),
])
def test_round_40_words_of_neighbouring_trades(word: str, english: str) -> None:
    from llmos.agent.controller.language import glossary
    assert glossary.english(word, lambda part: False) == [english], word


@pytest.mark.parametrize(("command", "call"), [
    # more forms of the verbs: Russian and Ukrainian slang and lights ("рестартани", "выруби", "погаси", "спини"),
    # Korean off and on again ("껐다 켜 줘") and stop asked ("멈춰 줘"), Japanese "再起動かけて", "立ち上げて", Hindi
    # and Bengali polite forms ("कर दीजिये", "फिर से स्टार्ट", "করবেন"), Arabic said as spoken ("اعمل ريستارت", "طفي"),
    # Vietnamese "run again" ("chạy lại")
    ("плоттер рестартани", _restart("marker-plot")),
    ("выруби плоттер", ("stop_service", {"unit": "marker-plot.service"})),
    ("погаси красную лампочку", ("set_led", {"name": "red:alarm", "state": "off"})),
    ("спини плоттер", ("stop_service", {"unit": "marker-plot.service"})),
    ("플로터 껐다 켜 줘", _restart("marker-plot")),
    ("플로터 멈춰 주세요", ("stop_service", {"unit": "marker-plot.service"})),
    ("プロッターを再起動かけて", _restart("marker-plot")),
    ("プロッターを立ち上げて", ("start_service", {"unit": "marker-plot.service"})),
    ("प्लॉटर रीस्टार्ट कर दीजिये", _restart("marker-plot")), ("प्लॉटर फिर से स्टार्ट करो", _restart("marker-plot")),
    ("প্লটার রিস্টার্ট করবেন", _restart("marker-plot")), ("اعمل ريستارت الراسمة", _restart("marker-plot")),
    ("طفي الراسمة", ("stop_service", {"unit": "marker-plot.service"})),
    ("chạy lại máy vẽ", _restart("marker-plot")),
])
def test_round_40_more_forms_of_the_verbs(command: str, call: tuple) -> None:
    assert decide_at(command, SITES40) == call, command


@pytest.mark.parametrize("command", [
    # each new verb negated, asked or in a past
    "не выруби плоттер", "выруби плоттер?", "плоттер вырубил", "плоттер рестартанул", "не погаси красную лампочку",
    "플로터 멈춰", "플로터 껐다 켜지 마", "플로터 껐다 켰어", "플로터 껐다 켜 줄까?", "プロッターを立ち上げないで",
    "プロッターを立ち上げた", "プロッターを再起動かけた？", "प्लॉटर रीस्टार्ट मत करना", "प्लॉटर रीस्टार्ट करना है",
    "क्या प्लॉटर फिर से स्टार्ट करो", "প্লটার রিস্টার্ট করবেন না", "প্লটার রিস্টার্ট করবেন?", "لا تعمل ريستارت الراسمة",
    "اعمل ريستارت الراسمة؟", "đừng chạy lại máy vẽ", "chạy lại máy vẽ chưa?", "máy vẽ đã chạy lại",
])
def test_round_40_more_forms_of_the_verbs_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # Russian and Ukrainian words in a case the glossary does not list, read as the form it lists ("камеры": камера,
    # "холодильной": холодильная, "кімнати": кімната, "бака": бак)
    ("перезапусти монитор температуры холодильной камеры", _restart("coldroom-mon")),
    ("перезапусти монітор температури холодильної камери", _restart("coldroom-mon")),
    ("перезапусти контроллер комнаты 7", _restart("room-ctl@room7")),
    ("перезапусти контролер кімнати 3", _restart("room-ctl@room3")),
    ("перезапусти монитор бака 1", _restart("brine-tank@1")),
    ("перезапусти камеру линии 2", _restart("sorter-cam@line2")),
])
def test_round_40_russian_and_ukrainian_cases(command: str, call: tuple) -> None:
    assert decide_at(command, SITES40) == call, command


@pytest.mark.parametrize("command", [
    "не перезапускай монитор температуры холодильной камеры", "перезапусти контроллер комнаты 7?",
    "если надо, перезапусти контроллер комнаты 7", "я перезапустил контроллер комнаты 7",
    "не перезапускай контролер кімнати 3",
])
def test_round_40_russian_and_ukrainian_cases_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # Korean "of" and "at" on a word ("1번 탱크의", "7번 방의"); Hindi and Urdu nouns in the oblique ("कैमरे", "کیمرے")
    ("1번 탱크의 염도 모니터 재시작해 줘", _restart("brine-tank@1")),
    ("7번 방의 컨트롤러 재시작해 주세요", _restart("room-ctl@room7")),
    ("दूसरी लाइन के कैमरे को रीस्टार्ट करो", _restart("sorter-cam@line2")),
    ("دوسری لائن کے کیمرے کو ری سٹارٹ کرو", _restart("sorter-cam@line2")),
])
def test_round_40_korean_of_and_the_oblique(command: str, call: tuple) -> None:
    assert decide_at(command, SITES40) == call, command


@pytest.mark.parametrize("command", [
    "1번 탱크의 염도 모니터 재시작하지 마", "7번 방의 컨트롤러 재시작했어요", "दूसरी लाइन के कैमरे को रीस्टार्ट मत करो",
    "دوسری لائن کے کیمرے کو ری سٹارٹ نہ کرو",
])
def test_round_40_korean_of_and_the_oblique_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # values: the power profiles said in Hindi, Bengali and Urdu as said in English ("पावर सेविंग मोड"), half an hour
    # and an hour and a half in Hindi and Bengali ("आधे घंटे में", "डेढ़ घंटे बाद", "আধ ঘণ্টা পর"), Korean "after"
    # said as "있다가"; Arabic lights and their colours ("أشعل الضوء الأحمر"), a link cut ("افصل الواي فاي")
    ("पावर सेविंग मोड चालू करो", POWERSAVE), ("পাওয়ার সেভিং মোড চালু করো", POWERSAVE), ("پاور سیونگ موڈ آن کرو", POWERSAVE),
    ("परफॉर्मेंस मोड चालू करो", ("set_power_profile", {"profile": "performance"})),
    ("सिस्टम आधे घंटे में रीस्टार्ट करो", ("reboot", {"delay_s": 1800})),
    ("सिस्टम डेढ़ घंटे बाद रीस्टार्ट करो", ("reboot", {"delay_s": 5400})),
    ("সিস্টেম আধ ঘণ্টা পর রিস্টার্ট করো", ("reboot", {"delay_s": 1800})),
    ("30분 있다가 재부팅해 줘", ("reboot", {"delay_s": 1800})),
    ("أشعل الضوء الأحمر", ("set_led", {"name": "red:alarm", "state": "on"})),
    ("افصل الواي فاي", ("set_network", {"interface": "wlan0", "state": "down"})),
])
def test_round_40_values_and_lights(command: str, call: tuple) -> None:
    assert decide_at(command, SITES40) == call, command


@pytest.mark.parametrize("command", [
    "पावर सेविंग मोड चालू मत करो", "क्या पावर सेविंग मोड चालू करो", "30분 있다가 재부팅하지 마", "لا تشعل الضوء الأحمر",
    "أشعلت الضوء الأحمر", "هل أشعل الضوء الأحمر", "لا تفصل الواي فاي", "सिस्टम आधे घंटे में रीस्टार्ट मत करो",
])
def test_round_40_values_and_lights_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize("command", [
    # a cold room and a label printer said as phrases in Vietnamese, Bengali, Urdu and Arabic
    "khởi động lại máy giám sát nhiệt độ phòng lạnh", "কোল্ড রুম মনিটর রিস্টার্ট করো", "کولڈ روم مانیٹر ری سٹارٹ کرو",
    "أعد تشغيل مراقب غرفة التبريد",
])
def test_round_40_a_cold_room_said_as_a_phrase(command: str) -> None:
    assert decide_at(command, SITES40) == _restart("coldroom-mon"), command


# Round 40: dev38's kinds of site, named in the Latin languages by what they do (a mosque's PA, a public sauna, a
# glacier station, an arcade, a dyno cell, a citrus packhouse, a border checkpoint, a village borehole)
LATIN40 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("pa-amp@hall", "PA amplifier for the prayer hall"), ("pa-amp@courtyard", "PA amplifier for the courtyard"),
        ("hutbe-stream", "Friday sermon (hutbe) live audio stream"),
        ("kiuas@miesten", "Sauna heater (kiuas) controller - men's sauna"),
        ("kiuas@naisten", "Sauna heater (kiuas) controller - women's sauna"),
        ("timelapse@upper", "Glacier tongue time-lapse camera (upper)"),
        ("timelapse@lower", "Glacier tongue time-lapse camera (lower)"),
        ("meltwater-gauge", "Proglacial stream level gauge logger"),
        ("jackpot-sign", "Progressive jackpot LED sign driver"),
        ("exhaust-fan", "Test cell exhaust extraction fan controller"),
        ("degreening-room", "Ethylene degreening room controller"),
        ("anpr@lane1", "ANPR plate camera - truck lane 1"), ("anpr@lane2", "ANPR plate camera - truck lane 2"),
        ("borehole-pump", "Solar borehole pump VFD controller"), ("tank-level", "Elevated tank float level sensor"),
        ("mpesa-callback", "M-Pesa payment callback listener"),
        ("grafana-server", "Grafana instance"), ("nginx", "A high performance web server"))],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}],
    "leds": [{"name": "green:status", "color": "green", "function": "status"}],
    "storage": [],
})


@pytest.mark.parametrize(("command", "call"), [
    # a courtyard, "the one in" said on it in Turkish ("avludaki"), and what it gives no more said before its verb
    ("Avludaki amfiyi yeniden başlat", _restart("pa-amp@courtyard")),
    ("avludaki hoparlör amfisi ses vermiyor, yeniden başlat", _restart("pa-amp@courtyard")),
    ("avlu amfisi çalışmıyor, yeniden başlat", _restart("pa-amp@courtyard")),
    # a sermon, Friday, a prayer; a sauna's heater and who it is for; a glacier and its stream ("am": on the)
    ("Starte bitte den Stream für die Freitagspredigt", ("start_service", {"unit": "hutbe-stream.service"})),
    ("käynnistä naisten kiukaan ohjain uudelleen, lämpö ei nouse", _restart("kiuas@naisten")),
    ("starte den Pegel-Logger am Gletscherbach neu", _restart("meltwater-gauge")),
    # the one below and above, said as a phrase ("di sotto", "de arriba"), a video camera
    ("riavvia la fotocamera time-lapse di sotto", _restart("timelapse@lower")),
    ("riavvia la videocamera time-lapse di sopra", _restart("timelapse@upper")),
    # a reading stuck at zeros ("blijft op 0000 staan"), a power profile said as saving energy
    ("jackpotbord blijft op 0000 staan, herstart die even", _restart("jackpot-sign")),
    ("zet hem op energiebesparing", ("set_power_profile", {"profile": "powersave"})),
    ("zet 'm in de energiebesparende stand", ("set_power_profile", {"profile": "powersave"})),
    # an extraction fan, and the crew done with the work as why it is stopped
    ("spegni la ventola di aspirazione, abbiamo finito", ("stop_service", {"unit": "exhaust-fan.service"})),
    ("apaga el ventilador de extracción, hemos terminado", ("stop_service", {"unit": "exhaust-fan.service"})),
    ("zatrzymaj wentylator wyciągowy", ("stop_service", {"unit": "exhaust-fan.service"})),
    # Catalan's verbs and words ("engega", "atura", "torna a engegar", "si us plau": no "if")
    ("engega la cambra de desverdització", ("start_service", {"unit": "degreening-room.service"})),
    ("si us plau, atura la cambra de desverdització", ("stop_service", {"unit": "degreening-room.service"})),
    ("torna a engegar la cambra de desverdització", _restart("degreening-room")),
    # a lane in Polish's locative ("na pasie 2"), the thing said failing with its name
    ("kamera ANPR na pasie 2 nie czyta tablic, zrestartuj ją", _restart("anpr@lane2")),
    ("zrestartuj kamerę na pasie 1", _restart("anpr@lane1")),
    # Swahili: a well, a payment, turned off and on again, a tank full as why
    ("zima pampu ya kisima, tangi limejaa", ("stop_service", {"unit": "borehole-pump.service"})),
    ("zima na uwashe tena huduma ya malipo ya M-Pesa", _restart("mpesa-callback")),
    # starting and stopping in Swedish, Finnish, Polish, Czech and Indonesian
    ("stoppa grafana-server", ("stop_service", {"unit": "grafana-server.service"})),
    ("pysäytä grafana-server", ("stop_service", {"unit": "grafana-server.service"})),
    ("käynnistä grafana-server", ("start_service", {"unit": "grafana-server.service"})),
    ("uruchom grafana-server", ("start_service", {"unit": "grafana-server.service"})),
    ("zastavte grafana-server", ("stop_service", {"unit": "grafana-server.service"})),
    ("hentikan grafana-server", ("stop_service", {"unit": "grafana-server.service"})),
    # other ways of saying them: "it" in Finnish and Turkish, Catalan's phrases ("d'extracció"), a Swahili reason
    ("naisten kiuas ei lämpene, käynnistä se uudelleen", _restart("kiuas@naisten")),
    ("avludaki amfi çalışmıyor, onu yeniden başlat", _restart("pa-amp@courtyard")),
    ("atura el ventilador d'extracció", ("stop_service", {"unit": "exhaust-fan.service"})),
    ("anzisha upya huduma ya M-Pesa, malipo hayaingii", _restart("mpesa-callback")),
    ("Der Logger am Gletscherbach hängt, bitte neu starten", _restart("meltwater-gauge")),
])
def test_round_40_site_families_and_verbs(command: str, call: tuple) -> None:
    assert decide_at(command, LATIN40) == call, command


@pytest.mark.parametrize("command", [
    # each new verb negated, asked, in a past or a present after its subject, with a condition or a time
    "no engeguis la cambra de desverdització", "has engegat la cambra de desverdització?",
    "he engegat la cambra de desverdització", "la cambra de desverdització engega", "engega la cambra si cal",
    "nie zatrzymuj grafana-server", "czy mogę zatrzymać grafana-server?", "zatrzymałem grafana-server",
    "zatrzymaj grafana-server jeśli się zawiesi", "stoppa inte grafana-server", "stoppade du grafana-server?",
    "starta grafana-server klockan 5", "älä pysäytä grafana-server", "pysäytitkö grafana-server?",
    "käynnistä grafana-server kello 5", "jangan hentikan grafana-server", "uruchom grafana-server ponownie?",
    "nezastavuj grafana-server", "zastavil jsi grafana-server?", "zastavil jsem grafana-server",
    "stoppade grafana-server", "stoppar grafana-server", "grafana-server stoppas", "pysäytin grafana-server",
    "pysäytä grafana-server jos se jumittaa", "sudah hentikan grafana-server", "hentikan grafana-server kalau macet",
    "uruchomiłem grafana-server", "nie uruchamiaj grafana-server", "käynnistä grafana-server?",
    "starta grafana-server om det behövs", "engega grafana-server demà", "atura grafana-server a les 5",
    "zastavte grafana-server za 10 minut",
    # what fails asked, the request negated or past
    "avludaki amfi ses vermiyor mu, yeniden başlat", "avludaki amfi bozuk mu, yeniden başlat",
    "avludaki amfi ses vermiyor, yeniden başlatma", "avludaki amfiyi yeniden başlattım",
    "kamera ANPR na pasie 2 nie czyta tablic, nie restartuj jej",
    "jackpotbord blijft op 0000 staan, herstart die niet", "zet hem niet op energiebesparing",
    # the work not done, asked, or said of a restart
    "spegni la ventola di aspirazione, non abbiamo finito", "spegni la ventola di aspirazione, abbiamo finito?",
    "riavvia la ventola di aspirazione, abbiamo finito",
    # Swahili: negated, a condition ("likijaa": when it fills), asked, a past
    "usizime pampu ya kisima, tangi limejaa", "zima pampu ya kisima, tangi likijaa",
    "zima pampu ya kisima, je tangi limejaa?", "usizime na uwashe tena huduma ya malipo",
    "nimezima na kuwasha tena huduma ya malipo",
    "naisten kiuas ei lämpene, älä käynnistä sitä uudelleen", "avludaki amfi çalışmıyor, onu yeniden başlatma",
    "anzisha upya huduma ya M-Pesa, malipo hayaingii?", "Mach den Livestream für das Freitagsgebet an",
])
def test_round_40_site_families_and_verbs_do_not_open_more(command: str) -> None:
    assert decide_at(command, LATIN40)[0] in ("say", "report_status", "ignore"), command


# A table, a room and a box said with their number in each language's order; a form two words share is read as the
# one the device has ("kamer": a Dutch room, Polish cameras; "caisse": a till, a box; "masa": a table, a weight)
DINER40 = DeviceState.from_dict({"units": [{"name": f"{name}.service", "description": description}
                                           for name, description in (
    ("table-display@t2", "Order display for table 2"), ("table-display@t3", "Order display for table 3"),
    ("room-ctl@r7", "Climate controller - room 7"), ("room-ctl@r8", "Climate controller - room 8"),
    ("ferment-probe@box1", "Fermentation box temperature probe - box 1"),
    ("ferment-probe@box2", "Fermentation box temperature probe - box 2"),
    ("nginx", "A high performance web server"))], "interfaces": [], "leds": [], "storage": []})


@pytest.mark.parametrize(("command", "unit"), [
    ("starte die Anzeige von Tisch 2 neu", "table-display@t2"),
    ("reinicia la pantalla de la mesa 2", "table-display@t2"),
    ("riavvia il display del tavolo 2", "table-display@t2"), ("herstart het scherm van tafel 2", "table-display@t2"),
    ("reinicia o ecrã da mesa 3", "table-display@t3"), ("zrestartuj wyświetlacz przy stoliku 3", "table-display@t3"),
    ("käynnistä pöydän 2 näyttö uudelleen", "table-display@t2"), ("masa 2 ekranını yeniden başlat", "table-display@t2"),
    ("mulai ulang layar meja 2", "table-display@t2"), ("reinicia la pantalla de la taula 2", "table-display@t2"),
    ("herstart de regelaar van kamer 7", "room-ctl@r7"), ("redémarre la sonde de la caisse 2", "ferment-probe@box2"),
])
def test_round_40_a_thing_said_with_its_number(command: str, unit: str) -> None:
    assert decide_at(command, DINER40) == _restart(unit), command


@pytest.mark.parametrize("command", [
    "herstart de regelaar van kamer 7 niet", "reinicia la pantalla de la mesa 2?", "masa 2 ekranını yeniden başlatma",
    "redémarre la sonde de la caisse 2 si elle plante", "starte die Anzeige von Tisch 2 nicht neu",
    "reinicia la pantalla de la mesa 2 y de la mesa 3",
])
def test_round_40_a_thing_said_with_its_number_does_not_open_more(command: str) -> None:
    assert decide_at(command, DINER40)[0] in ("say", "report_status", "ignore"), command


# Round 40: words of neighbouring kinds of site (a river, a lake, a border checkpoint, a token changer, an aviary,
# cocoa, cabbage, a dyno bench)
NEIGHBOURS40 = DeviceState.from_dict({"units": [{"name": f"{name}.service", "description": description}
                                                for name, description in (
    ("river-gauge", "River level radar logger"), ("token-changer", "Token changer kiosk"),
    ("aviary-cam", "Aviary camera for the falcons"), ("cocoa-dryer", "Cocoa bean dryer controller"),
    ("cabbage-brine", "Cabbage brine tank monitor"), ("border-vms", "Border checkpoint queue sign"),
    ("dyno-bench", "Dyno bench data acquisition"), ("nginx", "A high performance web server"))],
    "interfaces": [], "leds": [], "storage": []})


@pytest.mark.parametrize(("command", "unit"), [
    ("starte den Logger am Fluss neu", "river-gauge"), ("zrestartuj rejestrator rzeki", "river-gauge"),
    ("käynnistä joen loggeri uudelleen", "river-gauge"), ("nehir kaydedicisini yeniden başlat", "river-gauge"),
    ("herstart de jetonwisselaar", "token-changer"), ("reinicia el cambiamonedas", "token-changer"),
    ("redémarre la caméra de la volière", "aviary-cam"), ("starte den Kakaotrockner neu", "cocoa-dryer"),
    ("redémarre le moniteur de saumure du chou", "cabbage-brine"),
    ("starte das Schild am Grenzübergang neu", "border-vms"), ("zrestartuj hamownię", "dyno-bench"),
])
def test_round_40_neighbouring_sites(command: str, unit: str) -> None:
    assert decide_at(command, NEIGHBOURS40) == _restart(unit), command


@pytest.mark.parametrize("command", [
    "starte den Logger am Fluss nicht neu", "zrestartowałem hamownię", "¿reinicio el cambiamonedas?",
    "redémarre la caméra de la volière si elle plante",
])
def test_round_40_neighbouring_sites_do_not_open_more(command: str) -> None:
    assert decide_at(command, NEIGHBOURS40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "profile"), [
    # a power profile said with its verb in German, Finnish, Turkish, Indonesian and Catalan
    ("schalte in den Energiesparmodus", "powersave"), ("vaihda virransäästötilaan", "powersave"),
    ("güç tasarrufu moduna geç", "powersave"), ("aktifkan mode hemat daya", "powersave"),
    ("posa el mode d'estalvi d'energia", "powersave"), ("vaihda suorituskykytilaan", "performance"),
    ("performans moduna geç", "performance"), ("posa el mode equilibrat", "balanced"),
])
def test_round_40_power_profiles(command: str, profile: str) -> None:
    assert decide_at(command, LATIN40) == ("set_power_profile", {"profile": profile}), command


@pytest.mark.parametrize("command", [
    "älä vaihda virransäästötilaan", "güç tasarrufu moduna geçme", "jangan aktifkan mode hemat daya",
    "no posis el mode d'estalvi", "güç tasarrufu moduna geçtim", "güç tasarrufu moduna geçelim mi?",
    "vaihda virransäästötilaan jos akku loppuu", "aktifkan mode hemat daya kalau listrik padam",
    "schalte nicht in den Energiesparmodus",
])
def test_round_40_power_profiles_do_not_open_more(command: str) -> None:
    assert decide_at(command, LATIN40)[0] in ("say", "report_status", "ignore"), command


def test_round_40_a_delay_of_the_catalan_device() -> None:
    assert decide_at("reinicia l'equip d'aquí a 10 minuts", LATIN40) == ("reboot", {"delay_s": 600})


# Round 40: the commonest site words in Swahili and Catalan (a school, a clinic, a market, a farm, a church, a kitchen)
VILLAGE40 = DeviceState.from_dict({"units": [{"name": f"{name}.service", "description": description}
                                             for name, description in (
    ("school-bell", "School bell and PA speaker scheduler"),
    ("clinic-fridge", "Clinic vaccine fridge temperature logger"),
    ("market-meter", "Market stall power meter reader"), ("farm-feeder", "Chicken feeder controller"),
    ("church-clock", "Church clock driver"), ("kitchen-oven", "Kitchen oven controller"),
    ("rain-gauge", "Rain gauge logger"), ("nginx", "A high performance web server"))],
    "interfaces": [], "leds": [{"name": "red:alarm", "color": "red", "function": "alarm"}], "storage": []})


@pytest.mark.parametrize(("command", "call"), [
    ("anzisha upya kirekodi cha friji ya kliniki", _restart("clinic-fridge")),
    ("zima kidhibiti cha chakula cha kuku", ("stop_service", {"unit": "farm-feeder.service"})),
    ("anzisha upya kisomaji cha mita ya umeme sokoni", _restart("market-meter")),
    ("anzisha upya spika ya shule", _restart("school-bell")),
    ("reinicia el rellotge de l'església", _restart("church-clock")),
    ("atura el controlador del forn de la cuina", ("stop_service", {"unit": "kitchen-oven.service"})),
    ("reinicia el registrador de pluja", _restart("rain-gauge")),
    ("engega el controlador de la menjadora de gallines", ("start_service", {"unit": "farm-feeder.service"})),
])
def test_round_40_swahili_and_catalan_site_words(command: str, call: tuple) -> None:
    assert decide_at(command, VILLAGE40) == call, command


@pytest.mark.parametrize("command", [
    "usizime kidhibiti cha chakula cha kuku", "je, nianzishe upya spika ya shule?", "no aturis el forn de la cuina",
    "has reiniciat el rellotge de l'església?",
])
def test_round_40_swahili_and_catalan_site_words_do_not_open_more(command: str) -> None:
    assert decide_at(command, VILLAGE40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # Turkish says a thing's number before it ("2 numaralı şerit", "1 nolu şerit"): read as "şerit 2"
    ("2 numaralı şeritteki kamerayı yeniden başlat", _restart("anpr@lane2")),
    ("2 nolu şerit kamerasını yeniden başlat", _restart("anpr@lane2")),
    ("1 numaralı şeritteki kamerayı durdur", ("stop_service", {"unit": "anpr@lane1.service"})),
    ("2 numaralı şeritteki kamerayı yeniden başlatır mısın?", _restart("anpr@lane2")),  # (asked politely: "can you")
])
def test_round_40_turkish_number_before_the_thing(command: str, call: tuple) -> None:
    assert decide_at(command, LATIN40) == call, command


@pytest.mark.parametrize("command", [
    "2 numaralı şeritteki kamerayı yeniden başlatma", "2 numaralı şeritteki kamerayı yeniden başlattım",
    "2 numaralı şeritteki kamera bozuk mu, yeniden başlat",
])
def test_round_40_turkish_number_before_the_thing_does_not_open_more(command: str) -> None:
    assert decide_at(command, LATIN40)[0] in ("say", "report_status", "ignore"), command


# Round 41: Slovenian and Latvian verbs and site words, Finnish "put off/on", Swedish "put out", Spanish "raise",
# Spanish and Portuguese "stop" said first, what fails said in a relative clause, Czech, Finnish and Indonesian
# reasons, the nouns of neighbouring sites (a measurement, varnish, induction, a pen, a trough, a hill's inrun)
LATIN41 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("wind-gauge", "Wind measurement along the landing hill"),
        ("speedtrap@north", "Inrun speed trap for the north hill"),
        ("speedtrap@south", "Inrun speed trap for the south hill"),
        ("glycol-pumps", "Glycol pump station for the rink"),
        ("induction-heater", "Induction heater coil temperature controller"),
        ("storm-detect", "Lightning detector storm alert"),
        ("humidity@wood", "Humidity control for the wood store"),
        ("varnish-oven", "UV varnish curing oven timer"),
        ("pen-water", "Water trough level monitor for the holding pens"),
        ("oven@linea1", "Oven burner control for line 1"), ("oven@linea2", "Oven burner control for line 2"),
        ("sluice@pond3", "Sluice gate actuator for pond 3"), ("sluice@pond7", "Sluice gate actuator for pond 7"),
        ("kiosk-pos", "Kiosk point-of-sale bridge"),
        ("door-alarm", "Cold room door-ajar alarm"),
        ("grafana-server", "Grafana instance"), ("nginx", "A high performance web server"))],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "wlan0", "kind": "wifi", "state": "up"}],
    "leds": [{"name": "red:alarm", "color": "red", "function": "alarm"},
             {"name": "green:status", "color": "green", "function": "status"}],
    "storage": [],
})


@pytest.mark.parametrize(("command", "call"), [
    # Slovenian and Latvian
    ("ponovno zaženi merjenje vetra", _restart("wind-gauge")),
    ("znova zaženite merjenje vetra", _restart("wind-gauge")),
    ("ustavi črpalke glikola", ("stop_service", {"unit": "glycol-pumps.service"})),
    ("pārstartē glikola sūkņu staciju", _restart("glycol-pumps")),
    ("apturi sūkņu staciju", ("stop_service", {"unit": "glycol-pumps.service"})),
    ("restartē vēja mērīšanu", _restart("wind-gauge")),
    # Finnish "put off", "put on"; Swedish and Norwegian "put out"
    ("laita wifi pois päältä", WIFI_DOWN), ("kytke wifi pois päältä", WIFI_DOWN),
    ("laita wifi pois päältä, se häiritsee gps:ää", WIFI_DOWN),
    ("släck den röda larmlampan", ("set_led", {"name": "red:alarm", "state": "off"})),
    ("släck larmlampan", ("set_led", {"name": "red:alarm", "state": "off"})),
    ("slukk den røde alarmlampen", ("set_led", {"name": "red:alarm", "state": "off"})),
    # the nouns of neighbouring sites
    ("włącz sterownik nagrzewnicy indukcyjnej", ("start_service", {"unit": "induction-heater.service"})),
    ("zrestartuj detektor burz, nic nie pokazuje", _restart("storm-detect")),
    ("riavvia il controllo umidità del magazzino legni", _restart("humidity@wood")),
    ("genstart overvågningen af vandtrugene i foldene", _restart("pen-water")),
    ("repornește alarma de la ușă", _restart("door-alarm")),
    # what fails said in a relative clause; "stop" said first; "raise" of a program
    ("reinicia el horno de la línea 2 que se trabó", _restart("oven@linea2")),
    ("reinicia el horno de la línea 1 que no funciona", _restart("oven@linea1")),
    ("para a comporta do tanque 7", ("stop_service", {"unit": "sluice@pond7.service"})),
    ("para la comporta del estanque 3", ("stop_service", {"unit": "sluice@pond3.service"})),
    ("la caja no cobra, levanta el pos porfa", ("start_service", {"unit": "kiosk-pos.service"})),
    # the English verb said first, the thing in the operator's language; ultraviolet said as in English
    ("restart pemanas induksi dong, nggak nyala", _restart("induction-heater")),
    ("stop pompa glikol", ("stop_service", {"unit": "glycol-pumps.service"})),
    ("relance le minuteur UV du vernis", _restart("varnish-oven")),
    # Slovenian and Latvian: the device, a delay, a link
    ("pārstartē ierīci pēc 5 minūtēm", ("reboot", {"delay_s": 300})),
    ("ponovno zaženi napravo čez 10 minut", ("reboot", {"delay_s": 600})),
    ("ponovno zaženi napravo čez 2 uri", ("reboot", {"delay_s": 7200})),
    ("izklopi wifi", WIFI_DOWN), ("izslēdz wifi", WIFI_DOWN),
    ("ieslēdz wifi", ("set_network", {"interface": "wlan0", "state": "up"})),
    # an ordinal said with the thing: its number
    ("reinicia el horno de la segunda línea", _restart("oven@linea2")),
    ("riavvia il forno della seconda linea", _restart("oven@linea2")),
    ("starte den Ofen der zweiten Linie neu", _restart("oven@linea2")),
    ("herstart de oven van de tweede lijn", _restart("oven@linea2")),
    ("mulai ulang oven jalur kedua", _restart("oven@linea2")),
])
def test_round_41_latin_site_words_and_verbs(command: str, call: tuple) -> None:
    assert decide_at(command, LATIN41) == call, command


@pytest.mark.parametrize(("command", "candidates"), [
    ("Geschwindigkeitsmessung im Anlauf neu starten", {"speedtrap@north.service", "speedtrap@south.service"}),
    ("para a comporta", {"sluice@pond3.service", "sluice@pond7.service"}),
])
def test_round_41_latin_of_two_are_asked_about(command: str, candidates: set) -> None:
    tool, args = decide_at(command, LATIN41)
    assert tool == "say" and all(c in args["text"] for c in candidates), (command, args)


@pytest.mark.parametrize("command", [
    # negated, asked, past, a present after its subject, a condition
    "ne zaženi merjenja vetra", "ali naj ponovno zaženem merjenje vetra?", "zagnal sem merjenje vetra",
    "nepārstartē sūkņu staciju", "vai pārstartēt sūkņu staciju?", "pārstartēju sūkņu staciju",
    "sistēma izslēdz sūkņu staciju", "ja vajag, pārstartē sūkņu staciju",
    "älä laita wifiä pois päältä", "laitoitko wifin pois päältä?", "laitoin wifin pois päältä",
    "släck inte larmlampan", "släckte du larmlampan?", "släckte larmlampan",
    "não para a comporta", "para a comporta?", "a comporta para", "para a comporta se chover",
    "no levantes el pos", "levanté el pos", "el pos levanta", "¿levanto el pos?",
    "no reinicies el horno de la línea 2 que se trabó", "reinicia el horno de la línea 2 que se trabó?",
    # a relative clause of what fails said after a comma is another thing; "slack water" is the tide
    "slack water now", "slack the rope",
    "jangan restart pemanas induksi", "restart pemanas induksi?", "restart pemanas induksi kalau perlu",
    "sudah restart pemanas induksi", "restart pemanas induksi dan pompa glikol",
    "restart pemanas induksi besok", "restart nginx besok", "restart pemanas induksi nanti malam",
    "restart zones 1 to 3", "restart nginx at four",
    # "the other one" of two is not known; a negated or asked ordinal changes nothing
    "reinicia el otro horno", "starta om den andra ugnen", "restartuj druhou pec",
    "no reinicies el horno de la segunda línea", "reinicia el horno de la segunda línea?",
    "starte den Ofen der zweiten Linie nicht neu",
    "nepārstartē ierīci", "ne izklopi wifi", "izklopil sem wifi", "ali naj izklopim wifi?", "wifi izslēdz",
])
def test_round_41_latin_site_words_and_verbs_do_not_open_more(command: str) -> None:
    assert decide_at(command, LATIN41)[0] in ("say", "report_status", "ignore"), command


SITES41 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("rearing-climate@shed1", "Humidity and temperature control for rearing shed 1"),
        ("rearing-climate@shed2", "Humidity and temperature control for rearing shed 2"),
        ("cocoon-dryer", "Hot-air cocoon dryer controller"),
        ("mulberry-drip", "Drip irrigation for the mulberry garden"),
        ("metal-detector", "Metal detector reject logger for packing"),
        ("brine-pump", "Brine transfer pump to the crystallisers"), ("brine-density", "Baume brine density logger"),
        ("chipmat@start", "Chip timing mat reader at the start line"),
        ("chipmat@finish", "Chip timing mat reader at the finish line"),
        ("results-publisher", "Live results publisher to the race website"),
        ("ring-scale@ring1", "Cattle scale indicator reader for sale ring 1"),
        ("ring-scale@ring2", "Cattle scale indicator reader for sale ring 2"),
        ("magazine-climate@m1", "Temperature and humidity watch for magazine M1"),
        ("magazine-climate@m2", "Temperature and humidity watch for magazine M2"),
        ("door-contact", "Magazine door contact and intrusion logger"),
        ("cold-chamber@1", "Refrigerated body chamber bank 1 temperature monitor"),
        ("cold-chamber@2", "Refrigerated body chamber bank 2 temperature monitor"),
        ("nginx", "A high performance web server"))],
    "interfaces": [], "leds": [], "storage": []})


@pytest.mark.parametrize(("command", "call"), [
    # the words of these sites and their neighbours' in the other scripts: a shed, climate and its control, a
    # cocoon, mulberries, drip, metal, a detector, brine, density, a timing mat, the finish, results published, a
    # sale ring, a store said with its number ("一号库": the magazine the device has), a door contact, a bank of
    # chambers
    ("शेड 1 का क्लाइमेट कंट्रोल रीस्टार्ट करो", _restart("rearing-climate@shed1")),
    ("शेड 2 का क्लाइमेट कंट्रोल रीस्टार्ट कीजिए, तापमान गिर गया है", _restart("rearing-climate@shed2")),
    ("शेड 2 का क्लाइमेट कंट्रोल रीस्टार्ट करो, नमी बहुत बढ़ गई है", _restart("rearing-climate@shed2")),
    ("重启蚕茧烘干机", _restart("cocoon-dryer")), ("把蚕茧烘干机重启一下", _restart("cocoon-dryer")),
    ("繭の乾燥機を再起動して", _restart("cocoon-dryer")), ("перезапусти сушилку коконов", _restart("cocoon-dryer")),
    ("누에고치 건조기 재시작해 줘", _restart("cocoon-dryer")),
    ("금속 검출기 재시작해 주세요", _restart("metal-detector")), ("重启金属探测器", _restart("metal-detector")),
    ("перезапусти детектор металла", _restart("metal-detector")),
    ("รีสตาร์ทเครื่องตรวจจับโลหะ", _restart("metal-detector")),
    ("תאתחל את משאבת התמלחת", _restart("brine-pump")),
    ("תאתחל את הלוגר של צפיפות התמלחת", _restart("brine-density")),
    ("перезапусти логгер плотности рассола", _restart("brine-density")),
    ("피니시 매트 리더 재시작해", _restart("chipmat@finish")),
    ("フィニッシュのマットリーダーを再起動して", _restart("chipmat@finish")),
    ("перезапусти считыватель коврика на финише", _restart("chipmat@finish")),
    ("リザルト公開のサービスを再起動して", _restart("results-publisher")),
    ("重启成绩发布服务", _restart("results-publisher")),
    ("أعد تشغيل ميزان الحلبة الثانية", _restart("ring-scale@ring2")),
    ("перезапусти весы на ринге 1", _restart("ring-scale@ring1")),
    ("重启一号库的温湿度监控", _restart("magazine-climate@m1")),
    ("重启2号库的温湿度监控", _restart("magazine-climate@m2")),
    ("把二号库的温湿度监控重启一下", _restart("magazine-climate@m2")),
    ("รีสตาร์ทตัวตรวจจับประตูหน่อย", _restart("door-contact")), ("перезапусти датчик двери", _restart("door-contact")),
    ("重启门磁", _restart("door-contact")), ("도어 센서 재시작해 줘", _restart("door-contact")),
    ("תאתחל את הניטור של בנק התאים 2", _restart("cold-chamber@2")),
])
def test_round_41_site_families(command: str, call: tuple) -> None:
    assert decide_at(command, SITES41) == call, command


@pytest.mark.parametrize("command", [
    # negated, asked, past, with a condition, or a number said of nothing
    "शेड 2 का क्लाइमेट कंट्रोल रीस्टार्ट मत करो, नमी बहुत बढ़ गई है",
    "शेड 2 का क्लाइमेट कंट्रोल रीस्टार्ट करो, नमी बहुत बढ़ गई है?",
    "शेड 2 का क्लाइमेट कंट्रोल रीस्टार्ट किया, नमी बढ़ गई है", "नमी बहुत बढ़ गई है, इसे रीस्टार्ट करो",
    "शेड 2 का क्लाइमेट कंट्रोल रीस्टार्ट करो, अगर नमी बढ़ गई है",
    "不要重启蚕茧烘干机", "蚕茧烘干机重启了", "重启蚕茧烘干机吗？", "一号重启", "重启一号",
    "금속 검출기 재시작하지 마", "금속 검출기 재시작했어", "금속 검출기 재시작해?",
    "אל תאתחל את משאבת התמלחת", "אם צריך תאתחל את משאבת התמלחת", "האם לאתחל את משאבת התמלחת?",
    "لا تعد تشغيل ميزان الحلبة الثانية", "هل أعد تشغيل ميزان الحلبة الثانية؟",
    "リザルト公開のサービスを再起動しないで", "リザルト公開のサービスを再起動した",
    "ไม่ต้องรีสตาร์ทตัวตรวจจับประตู", "не перезапускай датчик двери",
])
def test_round_41_site_families_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES41)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # Hebrew's words of the neighbouring trades ('שולחן', 'חדר', 'קו', 'שלט', 'חותך'), an ordinal after its thing
    # with "the" ("הקו השני") and "number" before the number ("חדר מספר 3"), as Arabic says them; Greek nouns in
    # their other cases ("του δωματίου", "της γραμμής": δωμάτιο, γραμμή, a line); Korean compounds written as one word
    ("תאתחל את המצלמה של הקו השני", _restart("sorter-cam@line2")),
    ("תאתחל את בקר החדר השלישי", _restart("room-ctl@room3")),
    ("תאתחל את הבקר של חדר מספר 3", _restart("room-ctl@room3")), ("תאתחל את הבקר של חדר 7", _restart("room-ctl@room7")),
    ("תאתחל את החותך של שולחן 2", _restart("cutter@table2")), ("תאתחל את השלט של התור", _restart("queue-sign")),
    ("κάνε επανεκκίνηση στον ελεγκτή του δωματίου αριθμός 7", _restart("room-ctl@room7")),
    ("επανεκκίνησε την κάμερα της γραμμής 2", _restart("sorter-cam@line2")),
    ("επανεκκίνησε την κάμερα ταξινόμησης της γραμμής 1", _restart("sorter-cam@line1")),
])
def test_round_41_hebrew_and_greek_things(command: str, call: tuple) -> None:
    assert decide_at(command, SITES40) == call, command


@pytest.mark.parametrize(("command", "call"), [
    ("금속검출기 재시작해 줘", _restart("metal-detector")),
    ("금속검출기를 재시작해 주세요", _restart("metal-detector")),
    ("누에고치건조기 재시작해", _restart("cocoon-dryer")),
])
def test_round_41_korean_compounds(command: str, call: tuple) -> None:
    assert decide_at(command, SITES41) == call, command


@pytest.mark.parametrize(("command", "state"), [
    ("אל תאתחל את המצלמה של הקו השני", SITES40), ("תאתחל את השני", SITES40),
    ("אתחלתי את המצלמה של הקו השני", SITES40), ("תאתחל את המצלמה של הקו השני?", SITES40),
    ("μην κάνεις επανεκκίνηση στον ελεγκτή του δωματίου 7", SITES40),
    ("έκανες επανεκκίνηση στον ελεγκτή του δωματίου 7;", SITES40),
    ("금속검출기 재시작하지 마", SITES41), ("금속검출기 재시작했어요", SITES41), ("금속검출기 재시작할까?", SITES41),
])
def test_round_41_hebrew_greek_and_korean_do_not_open_more(command: str, state: DeviceState) -> None:
    assert decide_at(command, state)[0] in ("say", "report_status", "ignore"), command


NEIGHBOURS41 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("propane-level", "Propane tank level monitor for the hangar"),
        ("forge-temp", "Forge temperature controller"), ("power-hammer", "Power hammer interlock"),
        ("tower-wind", "Wind monitor on the judges' tower"), ("ice-plant", "Track refrigeration compressor controller"),
        ("projector", "Cinema projector server"), ("auction-clock", "Flower auction clock display"),
        ("mortuary-mon", "Mortuary cold room temperature monitor"),
        ("violin-humid", "Violin workshop humidity controller"), ("brew-ctl", "Brewery fermentation controller"),
        ("lab-fridge", "Laboratory fridge temperature logger"), ("nginx", "A high performance web server"))],
    "interfaces": [], "leds": [], "storage": []})


@pytest.mark.parametrize(("command", "unit"), [
    # the words of neighbouring kinds of site in the other scripts: propane, a hangar, a forge, a hammer, a tower,
    # refrigeration, a cinema, an auction, flowers, a mortuary, a violin, a workshop, a brewery, a laboratory
    ("перезапусти монитор пропана", "propane-level"), ("重启丙烷液位监视器", "propane-level"),
    ("перезапусти контроллер кузницы", "forge-temp"), ("대장간 컨트롤러 재시작해 줘", "forge-temp"),
    ("перезапусти монитор ветра на башне", "tower-wind"), ("タワーの風モニターを再起動して", "tower-wind"),
    ("перезапусти сервер проектора кинотеатра", "projector"), ("重启电影院放映机", "projector"),
    ("أعد تشغيل شاشة الساعة", "auction-clock"), ("重启鲜花拍卖钟", "auction-clock"),
    ("перезапусти монитор морга", "mortuary-mon"), ("תאתחל את הניטור של חדר המתים", "mortuary-mon"),
    ("перезапусти контроллер влажности мастерской", "violin-humid"),
    ("바이올린 작업장 습도 컨트롤러 재시작해", "violin-humid"),
    ("перезапусти контроллер пивоварни", "brew-ctl"), ("תאתחל את הבקר של המבשלה", "brew-ctl"),
    ("перезапусти контроллер в цеху", "violin-humid"),
])
def test_round_41_neighbouring_sites(command: str, unit: str) -> None:
    assert decide_at(command, NEIGHBOURS41) == _restart(unit), command


@pytest.mark.parametrize(("command", "call"), [
    # Russian and Ukrainian "in" between a thing and its place ("в комнате 7", "у кімнаті 3"), as Arabic's "في"
    ("перезапусти контроллер в комнате 7", _restart("room-ctl@room7")),
    ("перезапусти контролер у кімнаті 3", _restart("room-ctl@room3")),
    ("перезапусти камеру в линии 2", _restart("sorter-cam@line2")),
])
def test_round_41_russian_in_a_place(command: str, call: tuple) -> None:
    assert decide_at(command, SITES40) == call, command


@pytest.mark.parametrize(("command", "state"), [
    ("не перезапускай контроллер в комнате 7", SITES40), ("перезапусти контроллер в 7", SITES40),
    ("перезапустил контроллер в комнате 7", SITES40), ("перезапусти контроллер в комнате 7?", SITES40),
    ("перезапусти контроллер в 5 часов", SITES40), ("если нужно, перезапусти контроллер в комнате 7", SITES40),
    ("не перезапускай монитор морга", NEIGHBOURS41), ("重启电影院放映机了", NEIGHBOURS41),
    ("אל תאתחל את הבקר של המבשלה", NEIGHBOURS41), ("대장간 컨트롤러 재시작하지 마", NEIGHBOURS41),
    ("هل أعد تشغيل شاشة الساعة؟", NEIGHBOURS41),
])
def test_round_41_neighbouring_sites_do_not_open_more(command: str, state: DeviceState) -> None:
    assert decide_at(command, state)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # a power profile moved or changed to: Hebrew, "to" written onto the mode ("תעבור למצב חיסכון בחשמל"), Russian
    # and Ukrainian "go over to" ("перейди в режим"), Korean "change" ("절전 모드로 바꿔 줘", "변경해 주세요"), Thai
    # "change to" ("เปลี่ยนเป็น"); half an hour and an hour and a half in Thai ("อีกครึ่งชั่วโมง", "อีกชั่วโมงครึ่ง")
    ("תעבור למצב חיסכון בחשמל", ("set_power_profile", {"profile": "powersave"})),
    ("עבור למצב ביצועים", ("set_power_profile", {"profile": "performance"})),
    ("מצב חיסכון בחשמל", ("set_power_profile", {"profile": "powersave"})),
    ("перейди в режим энергосбережения", ("set_power_profile", {"profile": "powersave"})),
    ("перейди на сбалансированный режим", ("set_power_profile", {"profile": "balanced"})),
    ("절전 모드로 바꿔 줘", ("set_power_profile", {"profile": "powersave"})),
    ("성능 모드로 변경해 주세요", ("set_power_profile", {"profile": "performance"})),
    ("เปลี่ยนเป็นโหมดประหยัดพลังงาน", ("set_power_profile", {"profile": "powersave"})),
    ("ช่วยเปลี่ยนเป็นโหมดประหยัดพลังงานหน่อย", ("set_power_profile", {"profile": "powersave"})),
    ("รีบูตเครื่องในอีกครึ่งชั่วโมง", ("reboot", {"delay_s": 1800})),
    ("รีบูตเครื่องอีกชั่วโมงครึ่ง", ("reboot", {"delay_s": 5400})),
])
def test_round_41_values(command: str, call: tuple) -> None:
    assert decide_at(command, SITES40) == call, command


@pytest.mark.parametrize("command", [
    "אל תעבור למצב חיסכון בחשמל", "האם לעבור למצב חיסכון?", "עברתי למצב חיסכון", "אם צריך תעבור למצב חיסכון",
    "не переходи в режим энергосбережения", "перейшов у режим енергозбереження", "перейди в режим энергосбережения?",
    "절전 모드로 바꾸지 마", "절전 모드로 바꿨어", "절전 모드로 바꿔?", "컨트롤러 바꿔 줘",
    "อย่าเปลี่ยนเป็นโหมดประหยัดพลังงาน", "เปลี่ยนเป็นโหมดประหยัดพลังงานไหม", "เปลี่ยนเป็นโหมดประหยัดพลังงานแล้ว",
    "เปลี่ยนเป็นตัวควบคุม", "อย่ารีบูตเครื่องอีกครึ่งชั่วโมง",
])
def test_round_41_values_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "state", "unit"), [
    # a Hebrew phrase with "the" on its last word ("חדר המתים" as "חדר מתים"); a Hindi reading rising, said last
    ("תאתחל את הבקר של חדר המתים", NEIGHBOURS41, "mortuary-mon"),
    ("תאתחל את הניטור של חדר מתים", NEIGHBOURS41, "mortuary-mon"),
    ("शेड 2 का क्लाइमेट कंट्रोल रीस्टार्ट करो, नमी बढ़ रही है", SITES41, "rearing-climate@shed2"),
])
def test_round_41_phrases_and_readings(command: str, state: DeviceState, unit: str) -> None:
    assert decide_at(command, state) == _restart(unit), command


@pytest.mark.parametrize("command", [
    "शेड 2 का क्लाइमेट कंट्रोल रीस्टार्ट करो, नमी बढ़ रही है?", "शेड 2 का क्लाइमेट कंट्रोल रीस्टार्ट न करो, नमी बढ़ रही है",
    "नमी बढ़ रही है, इसे रीस्टार्ट करो",
])
def test_round_41_phrases_and_readings_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES41)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize("command", [
    # an ordinal before its thing in Chinese and Japanese ("第二条线", "第2ライン", "2番目のライン") and Korean
    # ("두 번째 라인", "둘째 라인"), read as a number said before it; Thai "number" before the number ("สายการผลิตที่ 2")
    "重启第二条线的摄像头", "把第二条线的摄像头重启一下", "第2ラインのカメラを再起動して",
    "2番目のラインのカメラを再起動して", "두 번째 라인 카메라 재시작해 줘", "둘째 라인 카메라 재시작",
    "รีสตาร์ทกล้องสายการผลิตที่ 2",
])
def test_round_41_ordinals_before_the_thing(command: str) -> None:
    assert decide_at(command, SITES40) == _restart("sorter-cam@line2"), command


@pytest.mark.parametrize("command", [
    "重启第二", "第二重启", "重启第二条", "두 번째 재시작해 줘", "두 번째 라인 카메라 재시작하지 마",
    "不要重启第二条线的摄像头", "2番目のラインのカメラを再起動しないで", "第二条线的摄像头重启了",
    "อย่ารีสตาร์ทกล้องสายการผลิตที่ 2",
])
def test_round_41_ordinals_before_the_thing_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES40)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "unit"), [
    # Vietnamese names of these kinds of site, as phrases (its single words fold into other languages' words): a
    # metal detector ('máy dò kim loại'), a door sensor ('cảm biến cửa'), a silk cocoon ('kén tằm'), results
    # published ('công bố kết quả')
    ("khởi động lại máy dò kim loại", "metal-detector"), ("khởi động lại cảm biến cửa giùm", "door-contact"),
    ("khởi động lại máy sấy kén tằm", "cocoon-dryer"), ("khởi động lại dịch vụ công bố kết quả", "results-publisher"),
])
def test_round_41_vietnamese_site_phrases(command: str, unit: str) -> None:
    assert decide_at(command, SITES41) == _restart(unit), command


@pytest.mark.parametrize("command", [
    "đừng khởi động lại máy dò kim loại", "khởi động lại máy dò kim loại chưa?",
    "nếu cần thì khởi động lại cảm biến cửa", "đã khởi động lại máy sấy kén tằm",
])
def test_round_41_vietnamese_site_phrases_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES41)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize("command", [
    # other ways of asking: Japanese 'a metal finder' ('金属探知機'), Chinese "a bit" said short ('重启下'), Russian
    # and Ukrainian compounds ('металлодетектор', 'металлоискатель'), Hindi 'hey' ('अरे'), Arabic 'could you'
    # ('ممكن تعيد تشغيل')
    "金属探知機を再起動お願いします", "重启下金属探测器", "пожалуйста, перезапусти металлодетектор",
    "перезапусти металлоискатель", "अरे मेटल डिटेक्टर रीस्टार्ट कर दो", "ممكن تعيد تشغيل كاشف المعادن",
])
def test_round_41_other_ways_of_asking(command: str) -> None:
    assert decide_at(command, SITES41) == _restart("metal-detector"), command


@pytest.mark.parametrize("command", [
    "不要重启下金属探测器", "не перезапускай металлоискатель", "अरे मेटल डिटेक्टर रीस्टार्ट मत करो",
    "ممكن تعيد تشغيل كاشف المعادن؟", "ما ممكن تعيد تشغيل كاشف المعادن", "ممكن تعيد تشغيل كاشف المعادن إذا توقف",
    "金属探知機を再起動しましたか",
])
def test_round_41_other_ways_of_asking_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES41)[0] in ("say", "report_status", "ignore"), command


LATIN42 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("reflow-profile", "Reflow oven zone temperature profiler"),
        ("walking-floor", "Fuel bunker walking floor and auger feed monitor"),
        ("tamping-unit@front", "Tamping unit squeeze and vibration monitor (front)"),
        ("tamping-unit@rear", "Tamping unit squeeze and vibration monitor (rear)"),
        ("glue-kitchen", "Starch glue kitchen batch and viscosity logger"),
        ("loggernet-sync", "CR1000X data logger table download"),
        ("timecode-sync", "LTC timecode and genlock monitor"),
        ("wms-gateway", "WMS order interface gateway"),
        ("smbd", "Samba SMB Daemon"), ("nmbd", "Samba NMB Daemon"), ("nginx", "A high performance web server"))],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"}],
    "leds": [{"name": "amber:alarm", "color": "amber", "function": "alarm"},
             {"name": "amber:status", "color": "amber", "function": "status"},
             {"name": "red:fault", "color": "red", "function": "fault"}],
    "storage": [],
})
_AMBER_ASKED = "Which one do you mean: amber:alarm"
_STOP_NGINX = ("stop_service", {"unit": "nginx.service"})


@pytest.mark.parametrize(("command", "unit"), [
    # the nouns of dev40's kinds of site and their neighbours, as families: a profiler ('perfilador', 'profilatore'),
    # a walking floor ('Schubboden', 'schuifvloer', 'piso móvil'), a tamping unit ('tukemisyksikkö', 'Stopfaggregat'),
    # rear and front in Finnish ('takimmainen', 'etummainen'), glue said as an adjective ('kuchnię klejową'), a
    # download ('descărcarea datelor', 'téléchargement')
    ("reinicia el perfilador del horno de reflow, las curvas salen planas", "reflow-profile"),
    ("riavvia il profilatore del forno", "reflow-profile"), ("redémarre le profileur", "reflow-profile"),
    ("Starte den Schubboden-Monitor neu, die Schnecke meldet nix mehr", "walking-floor"),
    ("herstart de schuifvloer", "walking-floor"), ("reinicia el monitor del piso móvil", "walking-floor"),
    ("Käynnistä takimmaisen tukemisyksikön valvonta uudelleen", "tamping-unit@rear"),
    ("käynnistä etummaisen tukemisyksikön valvonta uudelleen", "tamping-unit@front"),
    ("starte das hintere Stopfaggregat neu", "tamping-unit@rear"),
    ("Zrestartuj kuchnię klejową, lepkość nie wpada do logów", "glue-kitchen"),
    ("Repornește descărcarea datelor din datalogger, a picat azi-noapte", "loggernet-sync"),
    ("redémarre le téléchargement du datalogger", "loggernet-sync"),
    # what fails said last: Italian 'it jumps' ('il genlock salta'), European Portuguese 'not going down' ('não estão a
    # descer'), a Polish present after its subject ('nie wpada')
    ("Riavvia il monitor del timecode, il genlock salta", "timecode-sync"),
    ("Reinicia o gateway do WMS, as ordens não estão a descer para os transelevadores", "wms-gateway"),
])
def test_round_42_latin_site_words(command: str, unit: str) -> None:
    assert decide_at(command, LATIN42) == _restart(unit), command


@pytest.mark.parametrize("command", [
    # a name said in another case is the name, and Samba is two daemons: which one is asked
    "Restartuj Sambu, Windowsy nevidí sdílenou složku", "zrestartuj Sambę", "käynnistä Samban uudelleen",
    # orange, said in the Latin languages, is either amber LED
    "Laat het oranje lampje knipperen", "haz parpadear la luz naranja", "lass die orange LED blinken",
])
def test_round_42_which_one_is_asked(command: str) -> None:
    tool, args = decide_at(command, LATIN42)
    assert tool == "say" and args["text"].startswith(("Which one", _AMBER_ASKED)), (command, args)


@pytest.mark.parametrize(("command", "call"), [
    # a German verb into a mode ('geh in den Stromsparmodus'), 'in' before a profile ('ponlo en equilibrado'), how the
    # power is said first as why ('Der Netzstrom ist weg, ...', 'Batería llena y sol a tope, ...'); Turkish a quarter,
    # a half, an hour and a half ('çeyrek saat sonra')
    ("Der Netzstrom an der Hütte ist weg, geh bitte in den Stromsparmodus", POWERSAVE),
    ("wechsle in den Leistungsmodus", ("set_power_profile", {"profile": "performance"})),
    ("Batería llena y sol a tope, ponlo en equilibrado", ("set_power_profile", {"profile": "balanced"})),
    ("la batería está baja, pon el modo ahorro", POWERSAVE),
    ("de accu is bijna leeg, zet hem in de spaarstand", POWERSAVE),
    ("Çeyrek saat sonra yeniden başlat", ("reboot", {"delay_s": 900})),
    ("yarım saat sonra yeniden başlat", ("reboot", {"delay_s": 1800})),
    ("bir buçuk saat sonra yeniden başlat", ("reboot", {"delay_s": 5400})),
])
def test_round_42_latin_values(command: str, call: tuple) -> None:
    assert decide_at(command, LATIN42) == call, command


@pytest.mark.parametrize("command", [
    # negated, asked, past, a condition, a present after its subject, or with what fails negated: nothing changes
    "no reinicies el perfilador", "¿reinicio el perfilador?", "reinicié el perfilador",
    "starte den Schubboden-Monitor nicht neu", "älä käynnistä tukemisyksikön valvontaa uudelleen",
    "nie restartuj kuchni klejowej, lepkość nie wpada do logów", "nu reporni descărcarea datelor din datalogger",
    "am repornit descărcarea datelor din datalogger", "dacă e nevoie, repornește descărcarea datelor din datalogger",
    "non riavviare il monitor del timecode, il genlock salta", "não reinicies o gateway, as ordens não descem",
    "nerestartuj Sambu", "restartuj Sambu?", "laat het oranje lampje niet knipperen",
    "geh nicht in den Stromsparmodus", "das Gerät geht in den Stromsparmodus", "geh in den Stromsparmodus?",
    "wenn der Netzstrom weg ist, geh in den Stromsparmodus", "Der Netzstrom ist weg, geh nicht in den Stromsparmodus",
    "Batería llena, no lo pongas en equilibrado", "no lo pongas en equilibrado", "lo puse en equilibrado",
    "si hay sol, ponlo en equilibrado", "Batería llena, reinicia nginx",
    "Batería llena y sol a tope, ponlo en equilibrado y reinicia nginx",
    "çeyrek saat sonra yeniden başlatma", "çeyrek saat sonra yeniden başlattım",
    "çeyrek saat sonra yeniden başlatalım mı?",
])
def test_round_42_latin_do_not_open_more(command: str) -> None:
    assert decide_at(command, LATIN42)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize("command", [
    # what the catalog cannot do, said with a request in the Latin languages: for a while, for good, at boot, a
    # condition said with a noun (the end of a shift), logs deleted with a verb that also means switch off, a fan at
    # full power, two things joined by another language's 'and'
    "Stopp nginx für zehn Minuten.", "stop nginx voor tien minuten", "zatrzymaj nginx na czas konserwacji",
    "nginx'i on dakikalığına durdur", "Halt nginx für eine halbe Stunde an.", "detén nginx durante una hora",
    "Wyłącz nginx na stałe.", "schalte nginx dauerhaft aus", "Aktifkan nginx saat boot.", "nginx beim Boot enablen",
    "start nginx bij het opstarten", "Stopp nginx nach Schichtende.", "Stopp nginx zum Schichtende.",
    "Stop nginx na de dienst.", "Stop nginx aan het eind van de dienst.", "Als de dienst erop zit, stop nginx.",
    "para nginx después del turno", "apaga os logs do nginx", "apaga los logs de nginx",
    "Stell den Abluftventilator auf volle Leistung.", "pon el ventilador en modo rendimiento",
    "Restart nginx dan smbd.", "Restart nginx und smbd.", "restart nginx y smbd",
    # a rule that a thing must stay running
    "nginx deve restare attivo", "nginx muss laufen bleiben", "nginx moet blijven draaien", "nginx debe seguir activo",
    "nginx tem de ficar ativo", "nginx doit rester actif",
])
def test_round_42_latin_what_the_catalog_cannot_do(command: str) -> None:
    assert decide_at(command, LATIN42)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # ... while the request alone still acts
    ("Stopp nginx.", _STOP_NGINX), ("stop nginx", _STOP_NGINX), ("zatrzymaj nginx", _STOP_NGINX),
    ("nginx'i durdur", _STOP_NGINX), ("restart nginx", _restart("nginx")),
    ("pon el equipo en modo rendimiento", ("set_power_profile", {"profile": "performance"})),
    ("Stell das Gerät auf volle Leistung", ("set_power_profile", {"profile": "performance"})),
])
def test_round_42_latin_what_the_catalog_can_do(command: str, call: tuple) -> None:
    assert decide_at(command, LATIN42) == call, command


SITES42 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("cems-reader@stack1", "CEMS analyser reader (stack 1: NOx, SO2, CO, dust)"),
        ("cems-reader@stack2", "CEMS analyser reader (stack 2: NOx, SO2, CO, dust)"),
        ("bunker-crane", "Waste bunker crane weighing and mixing log"),
        ("umpire-tablet-api", "Chair umpire tablet scoring API"),
        ("he-monitor", "Helium generator pressure monitor"),
        ("panto-detect", "Pantograph detector camera"),
        ("correlator", "Sensor correlator"), ("telegraf", "Telegraf metrics agent"),
        ("mosquitto", "Mosquitto MQTT Broker"), ("nginx", "A high performance web server"))],
    "interfaces": [], "leds": [], "storage": []})


@pytest.mark.parametrize(("command", "unit"), [
    # a smokestack in the other scripts, said with its number ("ของปล่องที่ 2", "дымовой трубы 2", "2号烟囱")
    ("รีสตาร์ทตัวอ่าน CEMS ของปล่องที่ 2 ให้หน่อย", "cems-reader@stack2"),
    ("ช่วยรีสตาร์ทตัวอ่านของปล่องควันที่ 1 หน่อย", "cems-reader@stack1"),
    ("перезапусти считыватель CEMS дымовой трубы 2", "cems-reader@stack2"),
    ("перезапусти зчитувач CEMS димаря 1", "cems-reader@stack1"),
    # a bunker, an umpire's tablet, helium, a pantograph
    ("перезапусти кран бункера", "bunker-crane"), ("重启主裁判平板", "umpire-tablet-api"),
    ("審判のタブレットを再起動して", "umpire-tablet-api"), ("перезапусти монитор гелия", "he-monitor"),
    ("헬륨 모니터 재시작해 줘", "he-monitor"), ("перезапусти детектор пантографа", "panto-detect"),
])
def test_round_42_other_scripts_sites(command: str, unit: str) -> None:
    assert decide_at(command, SITES42) == _restart(unit), command


@pytest.mark.parametrize("command", [
    "รีสตาร์ทตัวอ่านของปล่องที่ 2 แล้ว", "อย่ารีสตาร์ทตัวอ่านของปล่องที่ 2", "не перезапускай считыватель дымовой трубы 2",
    "перезапустил считыватель дымовой трубы 2", "不要重启主裁判平板", "審判のタブレットを再起動しないで",
    # Hinglish said of another, later, in the past, with a condition, at boot, for a while
    "koi correlator restart nahi karega", "alarm baje tabhi correlator restart karna",
    "telegraf restart ho chuka hai, thanks", "nginx ko boot pe enable kar do", "shift ke baad correlator restart karo",
    "nginx ko 10 minute ke liye band karo", "nginx restart kar diya",
    # logs switched off: erased, which is not in the catalog ("σβήσε", "消して")
    "Σβήσε τα logs του mosquitto.", "σβήσε τα logs του nginx", "mosquittoのlogを消して", "nginxのログを消して",
])
def test_round_42_other_scripts_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES42)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    ("correlator restart karo", _restart("correlator")), ("telegraf ko restart kar do", _restart("telegraf")),
    ("nginx ko band karo", ("stop_service", {"unit": "nginx.service"})),
    ("σβήσε τον mosquitto", ("stop_service", {"unit": "mosquitto.service"})),
    ("mosquittoを止めて", ("stop_service", {"unit": "mosquitto.service"})),
])
def test_round_42_affirmatives_still_act(command: str, call: tuple) -> None:
    assert decide_at(command, SITES42) == call, command


@pytest.mark.parametrize(("command", "topic"), [
    # a status asked in the other scripts, by its words: with a question mark, or "tell me" said last
    ("AOI图片那个盘还剩多少空间？", "storage"), ("网络怎么样？", "network"), ("시스템 상태 좀 알려줘", "system"),
    ("디스크 용량 알려줘", "storage"), ("ネットワークの状態を教えて", "network"),
    ("какое состояние системы?", "system"),
    ("как дела с сетью?", "network"), ("नेटवर्क का क्या हाल है? eth1 डाउन क्यों दिख रहा है?", "network"),
    ("σε τι κατάσταση είναι το σύστημα;", "system"), ("ما حالة الشبكة؟", "network"),
])
def test_round_42_status_asked_in_other_scripts(command: str, topic: str) -> None:
    assert decide_at(command, SITES42) == ("report_status", {"topic": topic}), command


@pytest.mark.parametrize("command", [
    "重启网络吗？", "不要告诉我系统状态", "시스템 재시작해 줘?", "если сеть упадёт, скажи?",
])
def test_round_42_status_asked_in_other_scripts_acts_on_nothing(command: str) -> None:
    assert decide_at(command, SITES42)[0] in ("say", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # why it waits, said first in Japanese ("...から", "...ので"), what happens then said last ("..., 그때 빔 덤프야"),
    # the work done for the day ("..., линия на сегодня всё")
    ("ハーフタイムに入るから15分後に再起動して", ("reboot", {"delay_s": 900})),
    ("段替えが終わってからにしたいので、2時間後に再起動して", ("reboot", {"delay_s": 7200})),
    ("試合が終わったので、10分後に再起動してください", ("reboot", {"delay_s": 600})),
    ("10분 후에 재부팅해 줘, 그때 빔 덤프야", ("reboot", {"delay_s": 600})),
    ("10분 후에 재부팅해 줘, 그때 점검이야", ("reboot", {"delay_s": 600})),
    ("перезагрузи через 10 минут, тогда будет пересменка", ("reboot", {"delay_s": 600})),
    ("Переведи в режим энергосбережения, линия на сегодня всё", ("set_power_profile", {"profile": "powersave"})),
    ("Переведи в режим энергосбережения, мы закончили", ("set_power_profile", {"profile": "powersave"})),
    ("перейди в режим энергосбережения, на сьогодні все", ("set_power_profile", {"profile": "powersave"})),
])
def test_round_42_why_it_waits(command: str, call: tuple) -> None:
    assert decide_at(command, SITES42) == call, command


@pytest.mark.parametrize("command", [
    "段替えが終わってから再起動して", "段替えが終わらないから2時間後に再起動して", "ハーフタイムに入るから再起動して",
    "再起動したから15分後に再起動して", "10時から15分後に再起動して", "ハーフタイムに入るから15分後に再起動しないで",
    "ハーフタイムに入るなら15分後に再起動して", "ハーフタイムに入るから15分後に再起動して?",
    "재부팅해 줘, 그때 빔 덤프야", "10분 후에 재부팅해 줘, 그때 안 돼", "10분 후에 재부팅하지 마, 그때 빔 덤프야",
    "не переводи в режим энергосбережения, линия на сегодня всё",
    "переведи в режим энергосбережения, линия на сегодня не всё",
])
def test_round_42_why_it_waits_does_not_open_more(command: str) -> None:
    assert decide_at(command, SITES42)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "unit"), [
    # Persian: the verb last with "do" ("ریستارت کن", "کنید لطفا"), the object said with "رو"; what fails said last with
    # its present negated ("..., امتیازها ثبت نمی‌شن", "..., تبلت کار نمی‌کنه")
    ("سرویس API تبلت داور رو ریستارت کن، امتیازها ثبت نمی\u200cشن", "umpire-tablet-api"),
    ("تبلت داور رو ریستارت کنید لطفا", "umpire-tablet-api"),
    ("مانیتور هلیوم رو ریستارت کن، تبلت کار نمی\u200cکنه", "he-monitor"),
])
def test_round_42_persian(command: str, unit: str) -> None:
    assert decide_at(command, SITES42) == _restart(unit), command


@pytest.mark.parametrize("command", [
    "تبلت داور رو ریستارت نکن", "تبلت داور رو ریستارت کردم", "تبلت داور رو ریستارت کنم؟",
    "اگه لازمه تبلت داور رو ریستارت کن", "تبلت داور رو ریستارت کن، نمی\u200cخوام",
    "تبلت داور رو ریستارت نکن، امتیازها ثبت نمی\u200cشن",
])
def test_round_42_persian_does_not_open_more(command: str) -> None:
    assert decide_at(command, SITES42)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "topic"), [
    # the topic by its words, a drive's, a link's or a Latin word's before the state's ("상태")
    ("드라이브 상태 어때?", "storage"), ("सेलुलर लिंक का क्या हाल है?", "network"), ("كيف حالة التخزين؟", "storage"),
    ("U盘还剩多少空间？", "storage"), ("现在网络怎么样？VPN还连着吗？", "network"),
])
def test_round_42_status_topic_by_its_words(command: str, topic: str) -> None:
    assert decide_at(command, SITES42) == ("report_status", {"topic": topic}), command


HELIUM = DeviceState.from_dict({
    "units": [{"name": "n2-generator.service", "description": "Nitrogen generator pressure monitor"},
              {"name": "nginx.service", "description": "A high performance web server"}],
    "interfaces": [], "leds": [], "storage": []})


@pytest.mark.parametrize("command", [
    # one gas is no other: a helium generator's monitor is not the nitrogen generator's
    "restart the helium generator monitor service", "أعد تشغيل خدمة مراقبة مولد الهيليوم",
    "перезапусти монитор генератора гелия",
])
def test_round_42_one_gas_is_no_other(command: str) -> None:
    assert decide_at(command, HELIUM)[0] == "say", command
    assert decide_at("restart the nitrogen generator monitor", HELIUM) == _restart("n2-generator")


LAB42 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("autosampler-temp", "Autosampler tray temperature logger"),
        ("ballcam@north", "Ball tracking camera capture (north baseline)"),
        ("radar-speed", "Serve speed radar reader"), ("grate-camera", "Furnace grate combustion camera"),
        ("sncr-dosing", "SNCR urea injection dosing monitor"),
        ("wheel-impact", "Wheel impact load detector strain gauge reader"),
        ("o2-monitor", "Reflow oven oxygen monitor"), ("nginx", "A high performance web server"))],
    "interfaces": [], "leds": [], "storage": []})


@pytest.mark.parametrize(("command", "unit"), [
    # the neighbouring trades of dev40's sites: a lab's autosampler, a court's radar, a furnace's grate, urea dosing,
    # a wheel's impact, a reflow oven's oxygen
    ("перезапусти логгер температуры автосамплера", "autosampler-temp"),
    ("重启自动进样器温度记录器", "autosampler-temp"),
    ("перезапусти радар скорости", "radar-speed"), ("速度レーダーを再起動して", "radar-speed"),
    ("перезапусти камеру колосниковой решётки", "grate-camera"), ("重启炉排摄像头", "grate-camera"),
    ("перезапусти монитор дозирования мочевины", "sncr-dosing"), ("요소수 주입 모니터 재시작해 줘", "sncr-dosing"),
    ("перезапусти детектор удара колеса", "wheel-impact"), ("重启回流焊氧气监视器", "o2-monitor"),
    ("перезапусти монитор кислорода", "o2-monitor"),
])
def test_round_42_neighbouring_trades(command: str, unit: str) -> None:
    assert decide_at(command, LAB42) == _restart(unit), command


@pytest.mark.parametrize("command", [
    "не перезапускай радар скорости", "перезапустил радар скорости", "不要重启炉排摄像头", "重启炉排摄像头了吗？",
    "요소수 주입 모니터 재시작하지 마", "速度レーダーを再起動しましたか",
])
def test_round_42_neighbouring_trades_do_not_open_more(command: str) -> None:
    assert decide_at(command, LAB42)[0] in ("say", "report_status", "ignore"), command


LATIN43 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("syrup-doser", "Fructose and syrup dosing pump controller"),
        ("weigh-crate", "Ewe weigh crate reader"),
        ("lamb-cam", "Lambing pen camera stream"),
        ("hay-steamer", "Hay steamer timer"),
        ("stove-fan", "Wood stove fan speed controller"),
        ("occupancy-sign", "Vacant/engaged outside sign"),
        ("weewx", "WeeWX weather station software"),
        ("centrifuge@2", "Centrifuge run logger 2"), ("centrifuge@3", "Centrifuge run logger 3"),
        ("substation-meter", "Substation transformer meter reader"),
        ("kiln-controller", "Kiln firing controller"),
        ("floodlights", "Pitch floodlight relay scheduler"),
        ("microscope-cam", "Microscope camera capture"),
        ("turnstile-gate", "Entrance turnstile controller"),
        ("leaderboard", "Leaderboard scoreboard display"),
        ("cellar-climate", "Cellar temperature and humidity control loop"),
        ("drill-monitor", "Drill spindle load monitor"), ("gc-bridge", "Gas chromatograph result bridge"),
        ("nginx", "A high performance web server"))],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"},
                   {"name": "eth1", "kind": "ethernet", "state": "up"}],
    "leds": [], "storage": [],
})


@pytest.mark.parametrize(("command", "unit"), [
    # dev41's kinds of site as families: syrup and fructose ('jarabe', 'fructosa', 'sciroppo', 'Sirup'), ewes and
    # lambs ('moderfårene', 'søyene', 'Mutterschafe', 'agneaux'), a Finnish steamer in its genitive ('höyrystimen'), a
    # stove's fan ('ovnsviften'), a vacant/engaged sign ('placa livre/ocupado')
    ("el dosificador de fructosa no para de gotear, reinícialo porfa", "syrup-doser"),
    ("reinicia el dosificador de jarabe", "syrup-doser"), ("riavvia il dosatore dello sciroppo", "syrup-doser"),
    ("starte die Sirup-Dosierung neu, sie tropft", "syrup-doser"),
    ("genstart vejesystemet til moderfårene, det viser ingen vægt", "weigh-crate"),
    ("herstart de weegschaal van de ooien", "weigh-crate"), ("starte die Waage der Mutterschafe neu", "weigh-crate"),
    ("käynnistä heinähöyrystimen ajastin uudelleen, se on jumissa", "hay-steamer"),
    ("ovnsviften går ikke, start den på nytt", "stove-fan"), ("start ovnsviften på nytt", "stove-fan"),
    ("reinicia a placa livre/ocupado", "occupancy-sign"),
    # what fails said first or last: 'gives no ... any more' ('geeft geen windsnelheid meer'), 'shows none'
    # ('viser ingen'), 'will not stop dripping' ('no para de gotear', 'non smette di gocciolare')
    ("de weerstation-pagina geeft geen windsnelheid meer, herstart weewx", "weewx"),
    ("il dosatore dello sciroppo non smette di gocciolare, riavvialo", "syrup-doser"),
    # the neighbouring trades in Slovenian, Latvian, Hungarian, Turkish and Indonesian: a centrifuge with its number,
    # a substation, a kiln, floodlights, a microscope, a turnstile
    ("ponovno zaženi centrifugo 2", "centrifuge@2"), ("pārstartē centrifūgu 3", "centrifuge@3"),
    ("indítsd újra a 2-es centrifugát", "centrifuge@2"), ("santrifüj 3'ü yeniden başlat", "centrifuge@3"),
    ("pārstartē apakšstacijas skaitītāju", "substation-meter"), ("starta om brännugnen", "kiln-controller"),
    ("ponovno zaženi reflektorje", "floodlights"), ("mikroskobu yeniden başlat", "microscope-cam"),
    ("pārstartē turniketu", "turnstile-gate"),
    # an English verb before a phrase of the glossary ('restart papan skor dong'), what fails said first in
    # Indonesian ('nggak update'), a Portuguese participle said of the thing ('está apagada', 'não acende'), a reading
    # said with its unit ('la cave est à 19 degrés', 'der Keller hat 19 Grad')
    ("papan skor nggak update dari tadi, restart dong", "leaderboard"), ("restart papan skor dong", "leaderboard"),
    ("a placa livre/ocupado lá fora está apagada, reinicia-a", "occupancy-sign"),
    ("la cave est à 19 degrés, relance la régulation de la cave stp", "cellar-climate"),
    ("der Keller hat 19 Grad, starte die Klimaregelung neu", "cellar-climate"),
    # Norwegian 'restart' said as one word ('omstart'), plurals and phrases of the neighbouring trades ('schijnwerpers',
    # 'bramkę obrotową')
    ("omstart ovnsviften", "stove-fan"), ("ovnsviften henger, omstart den", "stove-fan"),
    ("herstart de schijnwerpers", "floodlights"), ("zrestartuj bramkę obrotową", "turnstile-gate"),
    # what shows nothing, said first: Finnish 'ei näytä mitään', Spanish 'no muestra nada', Polish 'nic nie pokazuje'
    ("mikroskooppi ei näytä mitään, käynnistä se uudelleen", "microscope-cam"),
    ("el microscopio no muestra nada, reinícialo", "microscope-cam"),
    ("la centrifuga 2 non smette di vibrare, riavviala", "centrifuge@2"),
    # asked politely with the verb around its object ('kan du starte ... på nytt?')
    ("kan du starte ovnsviften på nytt?", "stove-fan"), ("kunne du starte ovnsviften på nytt?", "stove-fan"),
    # a drill and a chromatograph, in the languages that lacked them ('Bohrmaschine', 'porakone', 'chromatograaf')
    ("starte die Bohrmaschine neu", "drill-monitor"), ("käynnistä porakone uudelleen", "drill-monitor"),
    ("herstart de chromatograaf", "gc-bridge"), ("reinicia el cromatógrafo", "gc-bridge"),
])
def test_round_43_latin_site_words(command: str, unit: str) -> None:
    assert decide_at(command, LATIN43) == _restart(unit), command


@pytest.mark.parametrize(("command", "call"), [
    # the whole device, said with 'whole' ('całe urządzenie', 'das ganze Gerät', 'todo el equipo')
    ("zrestartuj całe urządzenie za kwadrans", ("reboot", {"delay_s": 900})),
    ("starte das ganze Gerät in 10 Minuten neu", ("reboot", {"delay_s": 600})),
])
def test_round_43_latin_values(command: str, call: tuple) -> None:
    assert decide_at(command, LATIN43) == call, command


@pytest.mark.parametrize("command", [
    # negated, asked, past, with a condition, or what fails said without a request: nothing changes
    "ovnsviften går ikke, ikke start den på nytt", "ovnsviften går ikke", "startet du ovnsviften på nytt?",
    "jeg startet ovnsviften på nytt", "hvis ovnsviften ikke går, start den på nytt", "det går ikke an, start nginx",
    "genstart ikke vejesystemet, det viser ingen vægt", "genstartede du vejesystemet?",
    "el dosificador no para de gotear, no lo reinicies", "¿reinicio el dosificador de fructosa?",
    "reinicié el dosificador de jarabe", "si el dosificador no para de gotear, reinícialo",
    "de pagina geeft geen windsnelheid meer, herstart weewx niet", "heb je weewx herstart?",
    "älä käynnistä heinähöyrystimen ajastinta uudelleen, se on jumissa", "jos se on jumissa, käynnistä se uudelleen",
    "nie restartuj całego urządzenia", "zrestartowałem całe urządzenie", "zrestartować całe urządzenie?",
    "jeśli trzeba, zrestartuj całe urządzenie", "zrestartuj całą linię",
    "az online foglalás nem frissül, ne indítsd újra a szinkront",
    "jangan restart papan skor", "restart papan skor?", "papan skor nggak update, jangan restart",
    "a placa está apagada, não a reinicies", "se a placa está apagada, reinicia-a", "a placa está apagada?",
    "la cave est à 19 degrés, ne relance pas la régulation", "si la cave est à 19 degrés, relance la régulation",
    "la cave est à 19 degrés, relance la régulation à 19 heures",
    "la cave était à 19 degrés, tu as relancé la régulation?",
    "älä sammuta langallista verkkoa, kytkintä vaihdetaan", "sammuta langallinen verkko, kytkintä vaihdetaanko?",
    "kytkintä vaihdetaan",
    "ikke omstart ovnsviften", "jeg omstartet ovnsviften", "omstart ovnsviften?",
    # what fails said with a condition is no why ('hvis', 'dersom', 'kalau', 'wenn')
    "hvis den henger, genstart ovnsviften", "hvis den henger, start ovnsviften på nytt",
    "dersom den henger, omstart ovnsviften", "kalau papan skor nggak update, restart dong",
    "wenn die Zentrifuge 2 hängt, starte sie neu",
    "die Zentrifuge zeigt keine Drehzahl mehr, starte sie nicht neu",
    "wenn die Zentrifuge keine Drehzahl zeigt, starte sie neu",
    "älä käynnistä mikroskooppia uudelleen, se ei näytä mitään",
    "jos mikroskooppi ei näytä mitään, käynnistä se uudelleen",
    "kan du ikke starte ovnsviften på nytt?", "starte ovnsviften på nytt?",
    "kan du starte ovnsviften på nytt i morgen?",
    "kan du starte ovnsviften på nytt hvis den henger?", "kan du starte ovnsviften på nytt senere?",
])
def test_round_43_latin_do_not_open_more(command: str) -> None:
    assert decide_at(command, LATIN43)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize("command", [
    # work under way on a thing, said as why a link goes down: the wired network is two, which one is asked
    "sammuta langallinen verkko, kytkintä vaihdetaan", "kytkintä vaihdetaan, sammuta langallinen verkko",
    "schalte das LAN aus, der Switch wird getauscht", "zet het bekabelde netwerk uit, de switch wordt vervangen",
])
def test_round_43_which_link_is_asked(command: str) -> None:
    tool, args = decide_at(command, LATIN43)
    assert tool == "say" and args["text"].startswith("Which one do you mean: eth0"), (command, args)


NUMBERED43 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("press@line2", "Press tonnage monitor line2"), ("press@line1", "Press tonnage monitor line1"),
        ("scanner@lane2", "Barcode scanner lane2"), ("scanner@lane1", "Barcode scanner lane1"),
        ("heater@room7", "Room heater controller room7"), ("heater@room3", "Room heater controller room3"))],
    "interfaces": [], "leds": [], "storage": [],
})


@pytest.mark.parametrize(("command", "unit"), [
    # a line or a lane said with its number where its word is also a typo of the unit's ('Linie 2', 'linea 2', 'bane
    # 2'): the thing's number, never a name said in two ('linie2')
    ("starte die Presse an Linie 2 neu", "press@line2"), ("riavvia la pressa della linea 2", "press@line2"),
    ("genstart scanneren på bane 2", "scanner@lane2"), ("zrestartuj prasę na linii 2", "press@line2"),
    ("starte die Heizung in Raum 7 neu", "heater@room7"),
])
def test_round_43_a_number_said_with_its_thing(command: str, unit: str) -> None:
    assert decide_at(command, NUMBERED43) == _restart(unit), command


@pytest.mark.parametrize("command", [
    "starte die Presse an Linie 2 nicht neu", "starte die Presse an Linie 2 neu?",
    "wenn nötig, starte die Presse an Linie 2 neu", "ich habe die Presse an Linie 2 neu gestartet",
    "non riavviare la pressa della linea 2", "genstart ikke scanneren på bane 2",
])
def test_round_43_a_number_said_with_its_thing_stays_refused(command: str) -> None:
    assert decide_at(command, NUMBERED43)[0] in ("say", "report_status", "ignore"), command


SITES43 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("seat-checkin", "Student card seat check-in scanner"),
        ("cubicle@1", "Self-cleaning cubicle 1 door and cycle controller"),
        ("cubicle@2", "Self-cleaning cubicle 2 door and cycle controller"),
        ("fundus-camera", "Fundus camera capture bridge"), ("return-pump", "Return pump controller (DC pump)"),
        ("ato", "Auto top-off (ATO) reservoir pump"), ("spin", "Sample centrifuge run logger"),
        ("extruder-temp", "Extruder barrel temperature controller"), ("buoy-gw", "Wave buoy telemetry gateway"),
        ("palletizer", "End-of-line palletizer cell controller"), ("vib-monitor", "Turbine vibration monitor"),
        ("crane-lim", "Overhead crane load limiter"), ("press-ctl", "Hydraulic press controller"),
        ("scoreboard", "Stadium scoreboard driver"), ("conveyor", "Conveyor belt speed controller"),
        ("nginx", "A high performance web server"))],
    "interfaces": [], "storage": [],
    "leds": [{"name": "green:status", "color": "green", "function": "status"},
             {"name": "green:sealer-ready", "color": "green", "function": "sealer-ready"},
             {"name": "red:fault", "color": "red", "function": "fault"}]})


@pytest.mark.parametrize(("command", "call"), [
    # Japanese "do it, for later" ("消しといて", "止めておいて", "再起動しといて")
    ("赤いランプ消しといて", ("set_led", {"name": "red:fault", "state": "off"})),
    ("赤いランプを消しておいてください", ("set_led", {"name": "red:fault", "state": "off"})),
    ("nginxを再起動しといて", _restart("nginx")), ("nginxを止めといて", ("stop_service", {"unit": "nginx.service"})),
    # a fault light, and why said after in Chinese: the cause already fixed ("封口机已经修好了")
    ("把红色故障灯关掉，封口机已经修好了", ("set_led", {"name": "red:fault", "state": "off"})),
    ("关掉故障灯，已经修好了", ("set_led", {"name": "red:fault", "state": "off"})),
    # Hebrew numbers said in words ("בעוד עשרים וחמש דקות", "בעוד שעתיים")
    ("תאתחל בעוד עשרים וחמש דקות", ("reboot", {"delay_s": 1500})), ("תאתחל בעוד שעתיים", ("reboot", {"delay_s": 7200})),
    ("תאתחל בעוד חמש דקות", ("reboot", {"delay_s": 300})), ("תאתחל בעוד שלוש שעות", ("reboot", {"delay_s": 10800})),
    # what fails said first in Korean, with what it does not read ("학생증을 안 읽어요. 재시작해 주세요")
    ("좌석 체크인 스캐너가 학생증을 안 읽어요. 재시작해 주세요", _restart("seat-checkin")),
    ("체크인 스캐너가 안 읽어요, 재시작해 줘", _restart("seat-checkin")),
    # ... in Hebrew, of the thing or of its part ("..., תפעיל מחדש את הגשר שלה")
    ("מצלמת הפונדוס לא שולחת תמונות, תפעיל מחדש את הגשר שלה", _restart("fundus-camera")),
    ("מצלמת הפונדוס לא עובדת, תפעיל אותה מחדש", _restart("fundus-camera")),
    ("תפעיל מחדש את מצלמת הפונדוס, היא לא עובדת", _restart("fundus-camera")),
    # Russian and Ukrainian: what stands still, said last ("вода стоїть", "конвейер встал")
    ("перезапусти возвратный насос, вода стоит", _restart("return-pump")),
    # the neighbouring trades: a centrifuge, an extruder, a buoy, a palletizer, vibration, a seat
    ("перезапусти логгер центрифуги", _restart("spin")), ("重启离心机记录器", _restart("spin")),
    ("перезапусти контроллер экструдера", _restart("extruder-temp")),
    ("押出機のコントローラーを再起動して", _restart("extruder-temp")),
    ("перезапусти шлюз буя", _restart("buoy-gw")), ("부표 게이트웨이 재시작해 줘", _restart("buoy-gw")),
    ("перезапусти паллетайзер", _restart("palletizer")), ("重启码垛机", _restart("palletizer")),
    ("перезапусти монитор вибрации", _restart("vib-monitor")), ("振動モニターを再起動して", _restart("vib-monitor")),
    ("תפעיל מחדש את המוניטור של הרעידות", _restart("vib-monitor")),
    # other ways of asking: Chinese "a bit" after the verb with the object first ("码垛机重启一下"), Japanese
    # "しちゃって", Russian "-ка", Greek "κάνε restart", Vietnamese "làm ơn"
    ("码垛机重启一下", _restart("palletizer")), ("nginxを再起動しちゃって", _restart("nginx")),
    ("перезапусти-ка паллетайзер", _restart("palletizer")), ("κάνε restart τον nginx", _restart("nginx")),
    ("làm ơn khởi động lại nginx", _restart("nginx")),
    # the trades: a hydraulic press, a limiter, a load, a stadium, a loading dock, a conveyor belt
    ("перезапусти ограничитель нагрузки", _restart("crane-lim")), ("重启行车限载器", _restart("crane-lim")),
    ("クレーンの荷重リミッターを再起動して", _restart("crane-lim")),
    ("перезапусти контроллер гидравлического пресса", _restart("press-ctl")),
    ("油圧プレスのコントローラーを再起動して", _restart("press-ctl")), ("重启液压机控制器", _restart("press-ctl")),
    ("أعد تشغيل وحدة تحكم المكبس الهيدروليكي", _restart("press-ctl")),
    ("перезапусти табло стадиону", _restart("scoreboard")),
    ("κάνε επανεκκίνηση τον ελεγκτή του μεταφορικού ιμάντα", _restart("conveyor")),
    ("重启输送带控制器", _restart("conveyor")),
])
def test_round_43_other_scripts(command: str, call: tuple) -> None:
    assert decide_at(command, SITES43) == call, command


@pytest.mark.parametrize("command", [
    # two that fit are asked about ("緑のランプ消しといて", "buồng vệ sinh", "насос")
    "緑のランプ消しといて", "khởi động lại bộ điều khiển buồng vệ sinh", "перезапусти насос, будь ласка, вода стоїть",
])
def test_round_43_which_one_is_asked(command: str) -> None:
    tool, args = decide_at(command, SITES43)
    assert tool == "say" and "Which one" in args["text"], command


@pytest.mark.parametrize("command", [
    # negated, past, asked or with a condition, each new form changes nothing
    "赤いランプ消しといてない", "nginxを再起動しといた", "nginxを再起動しておかないで",
    "不要把红色故障灯关掉，封口机已经修好了", "把红色故障灯关掉，封口机还没修好",
    "把红色故障灯关掉，封口机已经修好了吗",
    "אל תאתחל בעוד עשרים וחמש דקות", "אתחלתי בעוד חמש דקות", "תאתחל בעוד עשר דקות?",
    "אם צריך תאתחל בעוד חמש דקות",
    "좌석 체크인 스캐너가 학생증을 안 읽어요. 재시작하지 마세요",
    "좌석 체크인 스캐너가 학생증을 안 읽어요. 재시작해 주세요?",
    "좌석 체크인 스캐너가 학생증을 읽어요. 재시작해 주세요", "스캐너가 학생증을 안 읽어요. 재시작했어요",
    "מצלמת הפונדוס לא שולחת תמונות, אל תפעיל מחדש את הגשר שלה",
    "מצלמת הפונדוס לא שולחת תמונות, הפעלתי מחדש את הגשר שלה", "מצלמת הפונדוס שולחת תמונות, תפעיל מחדש את הגשר שלה",
    "אם מצלמת הפונדוס לא שולחת תמונות, תפעיל מחדש את הגשר שלה",
    "מצלמת הפונדוס לא שולחת תמונות, תפעיל מחדש את הגשר שלה?",
    "не перезапускай возвратный насос, вода стоит", "перезапусти возвратный насос, вода не стоит",
    "перезапустил возвратный насос, вода стоит", "перезапусти возвратный насос, стоит ли?",
    "не перезапускай логгер центрифуги", "不要重启码垛机", "振動モニターを再起動しないで", "부표 게이트웨이 재시작했어",
    # the other ways of asking: never without "a bit" ("码垛机重启"), asked, past or negated
    "码垛机重启", "码垛机重启了", "码垛机重启一下吗", "码垛机不要重启一下", "nginxを再起動しちゃった",
    "μην κάνεις restart τον nginx", "làm ơn đừng khởi động lại nginx",
])
def test_round_43_other_scripts_do_not_open_more(command: str) -> None:
    assert decide_at(command, SITES43)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # Persian: the words of the commonest trades, a phrase of two words ("نوار نقاله", "پست برق"), a compound written
    # with its zero-width non-joiner, which the normaliser takes out ("خشک‌کن", "ری‌استارت"), a delay said with "more"
    # after it or "after" before it ("۱۰ دقیقه دیگه", "بعد از یک ساعت"), "turn off and on"
    ("کنترلر نوار نقاله رو ریستارت کن", _restart("conveyor")),
    ("کنترلر پرس هیدرولیک رو ریستارت کن", _restart("press-ctl")),
    ("کنترلر پرس رو ری\u200cاستارت کنید", _restart("press-ctl")),
    ("کنترلر اکسترودر رو خاموش و روشن کن", _restart("extruder-temp")),
    ("سیستم رو ۱۰ دقیقه دیگه ریستارت کن", ("reboot", {"delay_s": 600})),
    ("بعد از یک ساعت ریستارت کن", ("reboot", {"delay_s": 3600})),
    ("ده دقیقه دیگه ریستارت کن", ("reboot", {"delay_s": 600})),
])
def test_round_43_persian(command: str, call: tuple) -> None:
    assert decide_at(command, SITES43) == call, command


@pytest.mark.parametrize("command", [
    "کنترلر نوار نقاله رو ریستارت نکن", "۱۰ دقیقه دیگه ریستارت نکن", "۱۰ دقیقه دیگه ریستارت کنم؟",
    "بعد از ۱۰ دقیقه ریستارت کردم", "پمپ چاه رو خاموش و روشن نکن", "اگه لازمه سیستم رو ۱۰ دقیقه دیگه ریستارت کن",
])
def test_round_43_persian_does_not_open_more(command: str) -> None:
    assert decide_at(command, SITES43)[0] in ("say", "report_status", "ignore"), command


PRESSES = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("press@a", "Press A die monitor"), ("press@b", "Press B die monitor"),
        ("nginx", "A high performance web server"))],
    "interfaces": [], "leds": [], "storage": []})


@pytest.mark.parametrize(("command", "unit"), [
    # a letter said after its thing in another script, as a number is ("пресса A", "프레스 A", "プレスAの", "压力机A")
    ("перезапусти монитор пресса A", "press@a"), ("перезапусти монитор пресса B", "press@b"),
    ("프레스 A 모니터 재시작해 줘", "press@a"), ("プレスAのモニターを再起動して", "press@a"),
    ("重启压力机A监控", "press@a"),
    ("أعد تشغيل مراقب المكبس A", "press@a"), ("प्रेस A का मॉनिटर रीस्टार्ट करो", "press@a"),
])
def test_round_43_a_letter_said_with_its_thing(command: str, unit: str) -> None:
    assert decide_at(command, PRESSES) == _restart(unit), command


@pytest.mark.parametrize("command", [
    "не перезапускай монитор пресса A", "プレスAのモニターを再起動しないで", "перезапусти монитор пресса",
    "重启压力机A监控了吗？", "프레스 A 모니터 재시작했어",
])
def test_round_43_a_letter_said_with_its_thing_changes_nothing_more(command: str) -> None:
    assert decide_at(command, PRESSES)[0] in ("say", "report_status", "ignore"), command


@pytest.mark.parametrize(("command", "call"), [
    # values: Thai numbers said in words ("อีกสิบนาที"), Vietnamese "the system" ("hệ thống"), Arabic "move to" a
    # profile ("انتقل إلى"), Persian profiles activated ("حالت کم مصرف رو فعال کن")
    ("รีสตาร์ทอีกสิบนาที", ("reboot", {"delay_s": 600})), ("รีสตาร์ทระบบอีกสิบห้านาที", ("reboot", {"delay_s": 900})),
    ("khởi động lại hệ thống sau 2 tiếng", ("reboot", {"delay_s": 7200})),
    ("انتقل إلى وضع توفير الطاقة", ("set_power_profile", {"profile": "powersave"})),
    ("حالت صرفه\u200cجویی انرژی رو فعال کن", ("set_power_profile", {"profile": "powersave"})),
    ("حالت عملکرد بالا رو فعال کن", ("set_power_profile", {"profile": "performance"})),
])
def test_round_43_values(command: str, call: tuple) -> None:
    assert decide_at(command, SITES43) == call, command


@pytest.mark.parametrize("command", [
    "อย่ารีสตาร์ทอีกสิบนาที", "รีสตาร์ทอีกสิบนาทีไหม", "لا تنتقل إلى وضع توفير الطاقة", "هل انتقل إلى وضع توفير الطاقة؟",
    "انتقلت إلى وضع توفير الطاقة", "حالت کم مصرف رو فعال نکن", "حالت کم مصرف رو فعال کردم",
    "không khởi động lại hệ thống sau 2 tiếng",
])
def test_round_43_values_change_nothing_more(command: str) -> None:
    assert decide_at(command, SITES43)[0] in ("say", "report_status", "ignore"), command


FIELDS43B = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("sunphotometer", "AERONET sun photometer tracker"), ("ceilometer", "Ceilometer cloud base reader"),
        ("scoreboard@main", "Results scoreboard driver (main board)"),
        ("scoreboard@warmup", "Results scoreboard driver (warm-up pool board)"),
        ("panto-cam@north", "Pantograph line-scan camera (north track)"),
        ("panto-cam@south", "Pantograph line-scan camera (south track)"),
        ("dock-door@12", "Dock door 12 leveller and restraint controller"),
        ("dock-door@14", "Dock door 14 leveller and restraint controller"),
        ("reservoir-level", "Upper reservoir level radar gauge"), ("nginx", "A high performance web server"))],
    "interfaces": [], "storage": [],
    "leds": [{"name": "blue:record", "color": "blue", "function": "record"},
             {"name": "red:fault", "color": "red", "function": "fault"}]})


@pytest.mark.parametrize(("command", "call"), [
    # a photometer of the science trades, the sun's said as one word ('aurinkofotometri', 'Sonnenphotometer')
    ("käynnistä aurinkofotometri uudelleen", _restart("sunphotometer")),
    ("starte das Sonnenphotometer neu", _restart("sunphotometer")),
    ("reinicia el fotómetro solar", _restart("sunphotometer")), ("starta om solfotometern", _restart("sunphotometer")),
    # a warm-up pool's board ('du bassin d'échauffement', 'lämmittelyaltaan')
    ("redémarre le tableau d'affichage du bassin d'échauffement", _restart("scoreboard@warmup")),
    ("redémarre le marquoir d'échauffement", _restart("scoreboard@warmup")),
    # the quarters of a compass in Czech, Polish, Romanian ('na jižní koleji', 'na torze południowym')
    ("restartuj kameru na jižní koleji", _restart("panto-cam@south")),
    ("restartuj kameru na severní koleji", _restart("panto-cam@north")),
    ("zrestartuj kamerę na torze południowym", _restart("panto-cam@south")),
    # a dock door with its number, where the word is also a caisson's ('dockport 14', 'Ladetor 12')
    ("starta om dockport 14", _restart("dock-door@14")), ("starte das Ladetor 12 neu", _restart("dock-door@12")),
    ("genstart læsseport 14", _restart("dock-door@14")),
    # Romanian: a reservoir said as a phrase, an LED's definite form and its colours
    ("repornește senzorul de nivel al lacului de acumulare", _restart("reservoir-level")),
    ("pornește ledul albastru de înregistrare", ("set_led", {"name": "blue:record", "state": "on"})),
    ("aprinde ledul albastru", ("set_led", {"name": "blue:record", "state": "on"})),
    ("stinge ledul roșu", ("set_led", {"name": "red:fault", "state": "off"})),
    # Turkish: a delay's number said in words ('bir saat sonra', 'on beş dakika sonra')
    ("bir saat sonra yeniden başlat", ("reboot", {"delay_s": 3600})),
    ("iki saat sonra yeniden başlat", ("reboot", {"delay_s": 7200})),
    ("on beş dakika sonra yeniden başlat", ("reboot", {"delay_s": 900})),
])
def test_round_43_latin_trades_b(command: str, call: tuple) -> None:
    assert decide_at(command, FIELDS43B) == call, command


@pytest.mark.parametrize("command", [
    # negated, asked, past or with a condition: nothing changes
    "älä käynnistä aurinkofotometriä uudelleen", "ne redémarre pas le tableau d'affichage du bassin d'échauffement",
    "as-tu redémarré le marquoir d'échauffement ?", "nerestartuj kameru na jižní koleji",
    "restartuj kameru na jižní koleji?", "starta inte om dockport 14", "startade du om dockport 14?",
    "nu reporni senzorul de nivel al lacului de acumulare", "am repornit senzorul de nivel al lacului de acumulare",
    "nu porni ledul albastru", "dacă e nevoie, aprinde ledul albastru",
    "bir saat sonra yeniden başlatma", "bir saat sonra yeniden başlattım", "bir saat sonra yeniden başlatalım mı?",
    "iki saat sonra yeniden başlatmayın",
])
def test_round_43_latin_trades_b_change_nothing_more(command: str) -> None:
    assert decide_at(command, FIELDS43B)[0] in ("say", "report_status", "ignore"), command


FIELDS43C = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("gov-monitor@unit1", "Turbine governor monitor (unit 1)"),
        ("gov-monitor@unit2", "Turbine governor monitor (unit 2)"),
        ("freezer-mon@minus25", "Ice core archive freezer monitor (-25C room)"),
        ("freezer-mon@minus50", "Ice core archive freezer monitor (-50C room)"),
        ("roaster-ctl", "Coffee roaster drum controller"), ("nginx", "A high performance web server"))],
    "interfaces": [], "storage": [],
    "leds": [{"name": "amber:roast", "color": "amber", "function": "roast"},
             {"name": "red:fault", "color": "red", "function": "fault"}]})


@pytest.mark.parametrize(("command", "call"), [
    # a unit of a power plant with its number, where the word is also a drive's ('dell'unità 1', 'Einheit 2', 'bloku 1')
    ("riavvia il monitor del regolatore dell'unità 1", _restart("gov-monitor@unit1")),
    ("riavvia il monitor dell'unità 2", _restart("gov-monitor@unit2")),
    ("starte den Drehzahlregler-Monitor von Einheit 2 neu", _restart("gov-monitor@unit2")),
    ("restartuj monitor regulátoru bloku 1", _restart("gov-monitor@unit1")),
    # a number between the words of a compound says which ('Minus-50-Raum', 'min-50-ruimte')
    ("Den Freezer-Monitor für den Minus-50-Raum neu starten bitte", _restart("freezer-mon@minus50")),
    ("starte den Gefrierschrank-Monitor für den Minus-25-Raum neu", _restart("freezer-mon@minus25")),
    ("herstart de vriezermonitor van de min-50-ruimte", _restart("freezer-mon@minus50")),
    # a light set to blinking ('zet ... op knipperen', 'auf Blinken', 'en clignotement', 'en parpadeo', 'på blink')
    ("zet de roast lampje op knipperen", ("set_led", {"name": "amber:roast", "state": "blink"})),
    ("stell die Roast-LED auf Blinken", ("set_led", {"name": "amber:roast", "state": "blink"})),
    ("mets la led roast en clignotement", ("set_led", {"name": "amber:roast", "state": "blink"})),
    ("pon la luz roast en parpadeo", ("set_led", {"name": "amber:roast", "state": "blink"})),
    ("sätt roast-lampan på blink", ("set_led", {"name": "amber:roast", "state": "blink"})),
])
def test_round_43_latin_numbers_and_blinking(command: str, call: tuple) -> None:
    assert decide_at(command, FIELDS43C) == call, command


@pytest.mark.parametrize("command", [
    # negated, asked, past, said by someone: nothing changes
    "non riavviare il monitor dell'unità 1", "hai riavviato il monitor dell'unità 1?",
    "Den Freezer-Monitor für den Minus-50-Raum nicht neu starten", "zet het roast lampje niet op knipperen",
    "zet het roast lampje op knipperen?", "ik zet het roast lampje op knipperen", "zette het roast lampje op knipperen",
    "stell die Roast-LED nicht auf Blinken", "ne mets pas la led roast en clignotement",
    # installing and updating are no call of the catalog, never a status
    "zainstaluj aktualizacje systemu na tym komputerze", "zaktualizuj system", "aggiorna il sistema",
    "päivitä järjestelmä", "uppdatera nginx",
])
def test_round_43_latin_numbers_and_blinking_change_nothing_more(command: str) -> None:
    assert decide_at(command, FIELDS43C)[0] in ("say", "ignore"), command


UTILITY43 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("nh3-leak", "Ammonia leak detector monitor"), ("penstock-pressure", "Penstock pressure transducer logger"),
        ("collector@feeder7", "DLMS meter collector (feeder 7)"), ("collector@feeder9",
        "DLMS meter collector (feeder 9)"),
        ("results-display", "Paddock results display"), ("nginx", "A high performance web server"),
        ("ssh", "OpenBSD Secure Shell server"))],
    "interfaces": [{"name": "eth0", "kind": "ethernet", "state": "up"}, {"name": "wlan0", "kind": "wifi",
    "state": "down"}],
    "leds": [], "storage": []})


@pytest.mark.parametrize(("command", "call"), [
    # the words of a leak, ammonia, a pipe, a collector and a paddock in the other scripts; Greek "the logging of"
    # a quantity, a logger of it; Japanese wireless LAN said in full, the wifi
    ("תפעיל מחדש את גלאי דליפת האמוניה", _restart("nh3-leak")),
    ("перезапусти детектор утечки аммиака", _restart("nh3-leak")),
    ("アンモニア漏れ検知器を再起動して", _restart("nh3-leak")),
    ("암모니아 누출 감지기 재시작해 줘", _restart("nh3-leak")),
    ("σταμάτα την καταγραφή πίεσης του αγωγού", ("stop_service", {"unit": "penstock-pressure.service"})),
    ("أعد تشغيل شاشة النتائج في البادوك", _restart("results-display")),
    ("перезапусти табло результатов в паддоке", _restart("results-display")),
    ("無線LANを有効にして", ("set_network", {"interface": "wlan0", "state": "up"})),
    ("打开无线局域网", ("set_network", {"interface": "wlan0", "state": "up"})),
])
def test_round_43_other_scripts_utilities(command: str, call: tuple) -> None:
    assert decide_at(command, UTILITY43) == call, command


@pytest.mark.parametrize("command", [
    "перезапусти колектор", "перезапусти коллектор", "重启采集器", "수집기 재시작해 줘"])
def test_round_43_a_collector_of_two_is_asked(command: str) -> None:
    assert decide_at(command, UTILITY43)[0] == "say", command


@pytest.mark.parametrize(("command", "call"), [
    # hours, then minutes, one delay ("1시간 15분 후에", "через 1 час 15 минут", "1時間15分後に"); a profile put on its
    # setting ("پروفایل مصرف برق رو بذار روی متعادل", "поставь профиль питания на сбалансированный")
    ("1시간 15분 후에 재부팅해", ("reboot", {"delay_s": 4500})), ("перезагрузи через 1 час 15 минут",
    ("reboot", {"delay_s": 4500})),
    ("перезавантаж через 2 години 30 хвилин", ("reboot", {"delay_s": 9000})),
    ("1時間15分後に再起動して", ("reboot", {"delay_s": 4500})), ("1小时15分钟后重启", ("reboot", {"delay_s": 4500})),
    ("khởi động lại sau 1 giờ 15 phút", ("reboot", {"delay_s": 4500})),
    ("پروفایل مصرف برق رو بذار روی متعادل", ("set_power_profile", {"profile": "balanced"})),
    ("پروفایل برق رو بذار روی کم مصرف", ("set_power_profile", {"profile": "powersave"})),
    ("поставь профиль питания на сбалансированный", ("set_power_profile", {"profile": "balanced"})),
])
def test_round_43_hours_and_minutes_and_a_profile_put_on(command: str, call: tuple) -> None:
    assert decide_at(command, UTILITY43) == call, command


@pytest.mark.parametrize("command", [
    "1시간 15분 후에 재부팅하지 마", "1시간 15분 후에 재부팅했어", "1時間15分後に再起動しないで",
    "через 1 час 15 минут не перезагружай",
    "перезагрузи через 1 час 15 секунд", "1小时15分钟后重启了吗？", "پروفایل مصرف برق رو نذار روی متعادل",
    "پروفایل مصرف برق رو بذار روی متعادل؟", "پروفایل مصرف برق رو گذاشتم روی متعادل",
    "اگه گرم شد پروفایل مصرف برق رو بذار روی متعادل",
    "не ставь профиль питания на сбалансированный", "перезапусти сбалансированный", "σταμάτα την καταγραφή του ssh",
    "μην σταματάς την καταγραφή πίεσης του αγωγού", "σταμάτησα την καταγραφή πίεσης του αγωγού",
    "לא תפעיל מחדש את גלאי דליפת האמוניה", "הפעלתי מחדש את גלאי דליפת האמוניה", "無線LANを有効にしないで",
    "無線LANを有効にした？", "لا تعد تشغيل شاشة النتائج في البادوك", "هل أعد تشغيل شاشة النتائج في البادوك؟",
])
def test_round_43_other_scripts_utilities_do_not_open_more(command: str) -> None:
    assert decide_at(command, UTILITY43)[0] in ("say", "report_status", "ignore"), command


METERS43 = DeviceState.from_dict({
    "units": [{"name": f"{name}.service", "description": description} for name, description in (
        ("mdm-upload", "Meter data management upload"), ("tamper-alert", "Meter tamper alert forwarder"),
        ("nginx", "A high performance web server"))],
    "interfaces": [], "leds": [], "storage": []})


@pytest.mark.parametrize("command", [
    # what is sent, said with where it goes ("выгрузку в MDM", "вивантаження до MDM"), and who waits for it said after
    # ("..., биллинг ждёт показания": why)
    "перезапусти выгрузку в MDM", "перезапусти выгрузку в MDM, биллинг ждёт показания",
    "перезапусти вивантаження до MDM, білінг чекає показання",
])
def test_round_43_what_is_sent_and_who_waits(command: str) -> None:
    assert decide_at(command, METERS43) == _restart("mdm-upload"), command


@pytest.mark.parametrize("command", [
    "перезапусти выгрузку в MDM, биллинг не ждёт показания", "перезапусти выгрузку в MDM, если биллинг ждёт показания",
    "не перезапускай выгрузку в MDM, биллинг ждёт показания", "перезапусти выгрузку в MDM, биллинг ждал показания",
    "перезапусти выгрузку в MDM, биллинг ждёт?", "перезапусти выгрузку в MDM, nginx ждёт показания",
    "перезапустил выгрузку в MDM",
])
def test_round_43_what_is_sent_and_who_waits_opens_nothing_more(command: str) -> None:
    assert decide_at(command, METERS43)[0] in ("say", "report_status", "ignore"), command
