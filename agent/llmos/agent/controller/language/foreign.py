"""Short commands in German, Spanish, Portuguese, Italian, French, Dutch, Polish, the
Scandinavian languages, Malay/Indonesian and Welsh (and Czech, Hungarian, Finnish, Turkish, since
round 39 Lithuanian and a delay in Catalan, and since round 41 the verbs of Slovenian and Latvian), said in English.

Operators in the field type "telegraf neu starten", "reinicia smbd", "riavvia tra due minuti",
"monta la chiavetta kingston", "starte nginx neu". Only the closed form is translated: one verb
of the catalog, what it acts on (the device's names and words of what it is, a few nouns and
colours of the language, articles), a delay, nothing else. Anything more (a noun it does not
know, a negation, a condition, a question) leaves the command as it was, and it is refused as
not English: a sentence this module cannot read whole is never acted on by the words it
happens to know. A closed form said again in English ("herstart over 5 minuten (reboot in 5
min)") is the English, when the two agree. What fails may be said last ("..., travou"), or first,
before a request of it ("EMS hängt, bitte neu starten", "la pantalla se colgó, reiníciala"); how the power is may be
said first before a power profile ("Der Netzstrom ist weg, geh in den Stromsparmodus"). What the catalog cannot do said
with a request (for a while, for good, at boot, after the shift: "für zehn Minuten", "na stałe", "saat boot", "nach
Schichtende") is said in English after it, which the interpreter refuses. Since round 43 a reading said with its unit
("la cave est à 19 degrés, ...") and work under way ("..., kytkintä vaihdetaan") say why too; what fails said with a
condition ("hvis den henger, genstart nginx") never does.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from llmos.agent.controller.language import (
    alternation,
    clauses,
    delays,
    glossary,
    ground,
    guards,
    lexicon,
    more_languages,
)

# Welsh, its verb-noun said first as a request ("Ailgychwyn y giât ddidoli") and its imperatives; a request only
# said first (after a subject, "mae'r system yn ailgychwyn", it says what happens)
_WELSH_VERBS = {
    **dict.fromkeys(("ailgychwyn", "ailgychwynna", "ailgychwynnwch", "ailddechrau", "ailddechreua", "ailddechreuwch"),
                    ("restart", "")),
    **dict.fromkeys(("cychwyn", "cychwynna", "cychwynnwch", "dechrau", "dechreua", "dechreuwch"), ("start", "")),
    **dict.fromkeys(("stopio", "stopia", "stopiwch", "atal", "ataliwch"), ("stop", "")),
    **dict.fromkeys(("diffodd", "diffodda", "diffoddwch"), ("turn", " off")),
    **dict.fromkeys(("cynnau", "cynna", "cynnwch"), ("turn", " on")),
}
# ... whose article ("y", "yr") is Spanish "and": taken off only right after a Welsh verb
_WELSH_ARTICLE = re.compile(r"(?<![\w])(" + "|".join(_WELSH_VERBS) + r")(?:\s+(?:y|yr)\s+|'r\s+)")
# ... and "in the" said after its object ("ailgychwynnwch y sgrin yn y coridor"), in a request of those verbs alone
# ("yn" alone also says how a thing is: "mae'n sownd")
_WELSH_VERB_FIRST = re.compile(r"(?:" + "|".join(_WELSH_VERBS) + r")(?![\w])")
_WELSH_IN_THE = re.compile(r"(?<=\w)\s+yn\s+(?:y|yr)\s+(?=\w)")
# Foreign verb (accents already folded by normalise) -> English words around the object.
_VERBS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("neu starten", "neustarten", "neu-starten", "neustart", "reinicia", "reiniciar",
                     "zrestartuj", "zrestartowac", "uruchom ponownie",
                     "reinicie", "reinicie", "riavvia", "riavviare", "redemarre", "redemarrer",
                     "relance", "relancer", "herstart", "herstarten", "herstarte"),
                    ("restart", "")),
    # "zrób reboot": Polish "do" and the English word
    **dict.fromkeys(("zrob reboot", "zrob restart", "zrob restart systemu"), ("restart", "")),
    # (Norwegian "restart", said as one word: "omstart ovnsviften")
    **dict.fromkeys(("start pa nytt", "starta om", "genstart", "omstart", "mulai ulang", "muat ulang"),
                    ("restart", "")),
    # Czech, Hungarian and Finnish ("restartuj exporter", "inditsd ujra az exportert",
    # "kaynnista node-red uudelleen": around its object, below)
    **dict.fromkeys(("restartuj", "restartujte", "restartovat", "inditsd ujra", "inditsa ujra",
                     "kaynnista uudelleen"), ("restart", "")),
    # Lithuanian: the imperative and its plural ("perkrauk lygio ir slėgio registratorių", "paleiskite iš naujo")
    **dict.fromkeys(("perkrauk", "perkraukite", "paleisk is naujo", "paleiskite is naujo", "perleisk", "perleiskite"),
                    ("restart", "")),
    # Turkish, said after its object ("pompayı yeniden başlat")
    **dict.fromkeys(("yeniden baslat", "yeniden baslatin", "tekrar baslat", "tekrar baslatin"),
                    ("restart", "")),
    **dict.fromkeys(("baslat", "baslatin"), ("start", "")),
    # ... and "make run" ("çadır üfleyicisini çalıştır", "pompayı yeniden çalıştırın"); a negative is another word
    # ("çalıştırma"), a past or a present too ("çalıştırdı", "çalıştırıyor"): unread
    **dict.fromkeys(("yeniden calistir", "yeniden calistirin", "tekrar calistir", "tekrar calistirin"),
                    ("restart", "")),
    **dict.fromkeys(("calistir", "calistirin"), ("start", "")),
    **dict.fromkeys(("durdur", "durdurun"), ("stop", "")),
    **dict.fromkeys(("starte", "starten", "inicia", "iniciar", "inicie", "arranca", "arrancar", "avvia",
                     "avviare", "demarre", "demarrer", "lance", "lancer", "paleisk", "paleiskite", "inditsd el",
                     "inditsa el"), ("start", "")),
    **dict.fromkeys(("stoppen", "anhalten", "beenden", "detener", "deten", "parar", "pare",
                     "ferma", "fermare", "arrete", "arreter", "stoppe", "stopper", "sustabdyk", "sustabdykite",
                     "allitsd le", "allitsa le"), ("stop", "")),
    **dict.fromkeys(("hochfahren",), ("bring", " up")),
    # Spanish "raise" of a program or a link ("levanta el pos", "levanten la vpn"); after its subject it comes up
    **dict.fromkeys(("levanta", "levante", "levanten", "levantad"), ("bring", " up")),
    # ... and French "bring back up", Brazilian Portuguese "bring up", Catalan "raise" ("le tunnel est tombé,
    # remonte-le", "o pager caiu, sobe ele de novo", "aixeca el segon adaptador wifi"); after a subject they say what
    # happens ("le niveau remonte", "a temperatura sobe": _FINITE)
    **dict.fromkeys(("remonte", "remontez", "sobe", "suba", "subam", "aixeca", "aixequeu", "aixequi"),
                    ("bring", " up")),
    # Turkish "connect", said after its object ("HACCP belleğini bağla": mount the stick; "wifi'ı bağla": bring it up)
    **dict.fromkeys(("bagla", "baglayin"), ("connect", "")),
    # Czech "throw on", "throw off" ("nahoď VPNku", "shoď wifinu"): a link or a service brought up or down
    **dict.fromkeys(("nahod", "nahodte"), ("bring", " up")), **dict.fromkeys(("shod", "shodte"), ("bring", " down")),
    **dict.fromkeys(("ausschalten", "abschalten", "apaga", "apagar", "desliga", "desligar",
                     "spegni", "spegnere", "eteins", "eteindre", "uitschakelen", "uitzetten",
                     "skru av", "sla av", "stang av", "matikan", "vypni", "vypnete", "wylacz",
                     "wylaczyc", "sammuta", "kapat", "kapatin", "sluk", "kapcsold ki", "kapcsolja ki", "kapcsold le",
                     "kapcsolja le", "kapcsoljatok le", "isjunk", "isjunkite",
                     "coupe", "coupez"),  # (French "cut": "coupe le wifi"; "couper" is the glossary's mute)
                    ("turn", " off")),
    **dict.fromkeys(("einschalten", "anschalten", "enciende", "encender", "liga", "ligar",
                     "accendi", "accendere", "allume", "allumer", "inschakelen", "aanzetten",
                     "prende", "prender", "skru pa", "sla pa", "nyalakan", "hidupkan", "zapni",
                     "zapnete", "wlacz", "wlaczyc", "tand", "kapcsold be", "kapcsolja be", "kapcsold fel",
                     "kapcsolja fel", "ijunk", "ijunkite"),
                    ("turn", " on")),
    **dict.fromkeys(("einhangen", "montar", "monta", "monte", "monter", "mounten",
                     "koppelen", "zamontuj", "montera"), ("mount", "")),
    **dict.fromkeys(("aushangen", "auswerfen", "desmontar", "desmonta", "smonta", "smontare",
                     "demonte", "demonter", "ontkoppelen", "ontkoppel"), ("unmount", "")),  # ("ontkoppel de stick")
    # Norwegian, Danish, Swedish, Polish and Czech ("avmonter minnepinnen", "afmonter USB-nøglen", "mata ut
    # minnet", "odmontuj kartę", "odmontujte disk"): the imperative, said first (a present says "-er", "-ar")
    **dict.fromkeys(("avmonter", "avmontere", "afmonter", "afmontere", "avmontera", "demontera", "demontere",
                     "mata ut", "odmontuj", "odmontujcie", "odmontowac", "odmontujte", "odmontovat"), ("unmount", "")),
    **dict.fromkeys(("montere", "podmontuj", "podmontowac"), ("mount", "")),
    **_WELSH_VERBS,
    # the polite and plural imperatives of French, Italian, Spanish and Portuguese ("redémarrez la trieuse", "riavvii
    # il ponte", "apague el enlace", "desligue o link")
    **dict.fromkeys(("redemarrez", "relancez", "riavvii", "riavviate", "reiniciad", "reinicien"), ("restart", "")),
    # (not "arranque", "ligue", "monten": a boot, a league, a coin of the glossary)
    **dict.fromkeys(("demarrez", "lancez", "avvii", "avviate", "inicien", "arranquen", "iniciad"), ("start", "")),
    **dict.fromkeys(("arretez", "fermi", "fermate", "detenga", "detengan", "paren", "parad", "parem"), ("stop", "")),
    **dict.fromkeys(("allumez", "accenda", "accendete", "encienda", "enciendan", "liguem"), ("turn", " on")),
    **dict.fromkeys(("eteignez", "spenga", "spegnete", "apague", "apaguen", "desligue", "desliguem"),
                    ("turn", " off")),
    **dict.fromkeys(("montez", "monti", "montate", "montem"), ("mount", "")),
    **dict.fromkeys(("demontez", "smonti", "smontate", "desmonte", "desmonten", "desmontem"), ("unmount", "")),
    # Catalan: the imperative, its plural and formal forms ("engega la cambra de desverdització", "torna a engegar",
    # "atureu", "encengui"); a present, after its subject, says what happens ("el sistema engega": _FINITE)
    **dict.fromkeys(("reinicieu", "reinicii", "torna a engegar", "torneu a engegar", "torni a engegar",
                     "torna a iniciar", "torneu a iniciar", "reengega", "reengegueu"), ("restart", "")),
    **dict.fromkeys(("engega", "engegueu", "engegui", "engegar", "arrenca", "arrenqueu", "arrenqui"), ("start", "")),
    **dict.fromkeys(("atura", "atureu", "aturi", "aturar"), ("stop", "")),
    **dict.fromkeys(("apagueu", "apagui"), ("turn", " off")),
    **dict.fromkeys(("desconnecta", "desconnecteu"), ("disconnect", "")),
    **dict.fromkeys(("encen", "enceneu", "encengui", "encendre"), ("turn", " on")),
    **dict.fromkeys(("munta", "munteu"), ("mount", "")), **dict.fromkeys(("desmunta", "desmunteu"), ("unmount", "")),
    # starting and stopping in Swedish, Polish, Finnish, Czech and Indonesian ("starta grinden", "zatrzymaj
    # wentylator wyciągowy", "pysäytä pumppu", "spusťte kameru", "hentikan pompa"): the imperative and its plural (a
    # restart said apart, "uruchom X ponownie", stays unread; a negation is another word: "nie uruchamiaj")
    # (not "spusť", "jalankan": a drain and a run of the glossary)
    **dict.fromkeys(("starta", "uruchom", "uruchomcie", "wystartuj", "kaynnista", "kaynnistakaa", "spustte",
                     "mulaikan"), ("start", "")),
    **dict.fromkeys(("stoppa", "zatrzymaj", "zatrzymajcie", "pysayta", "pysayttakaa", "zastav", "zastavte",
                     "hentikan"), ("stop", "")),
    # Slovak "start" ("spusti čerpadlo číslo 3"; Czech says "spusť", a drain of the glossary), Czech and Slovak "attach"
    # and "detach" of a drive ("připoj ten Samsung T7", "odpoj flešku"), Indonesian "run again" and "switch on again"
    # ("jalankan lagi layanan pembuat laporan uji"), Turkish "put out" of a light ("sarı ışığı söndür")
    **dict.fromkeys(("spusti", "spustite"), ("start", "")),
    **dict.fromkeys(("pripoj", "pripojte"), ("mount", "")), **dict.fromkeys(("odpoj", "odpojte"), ("unmount", "")),
    **dict.fromkeys(("jalankan lagi", "jalankan ulang", "hidupkan ulang", "nyalakan ulang"), ("restart", "")),
    # Malay says "again" as "semula" ("mulakan semula pembaca tag telinga", "hidupkan semula pam"); "mulakan" starts
    **dict.fromkeys(("mulakan semula", "mula semula", "hidupkan semula", "jalankan semula", "nyalakan semula"),
                    ("restart", "")),
    **dict.fromkeys(("mulakan",), ("start", "")),
    **dict.fromkeys(("sondur", "sondurun"), ("turn", " off")),
    # "die LTE-Verbindung trennen": disconnecting, as said in English
    **dict.fromkeys(("trennen", "trenne", "trenn"), ("disconnect", "")),
    # ... and Latvian "detach" ("atvieno Samsung disku", "atvienojiet wifi"): a drive unmounted or a link taken down,
    # as said in English; a negation is a prefix ("neatvieno"), a past another form ("atvienoja")
    **dict.fromkeys(("atvieno", "atvienojiet"), ("disconnect", "")),
    # ... and Lithuanian "disconnect" ("atjunk išorinį diską", "atjunkite wifi"; "neatjunk" is unread)
    **dict.fromkeys(("atjunk", "atjunkite"), ("disconnect", "")),
    # shutting down is powering off: said in English, the catalog's answer follows
    **dict.fromkeys(("herunterfahren", "ausmachen"), ("shut down", "")),
    # "activa el modo ahorro", "pon el modo de rendimiento", "zet 'm in de zuinige stand"
    **dict.fromkeys(("activa", "activar", "activer", "attiva", "attivare", "ativa",
                     "ativar", "ative", "aktiviere", "aktivieren", "activeer", "activeren",
                     "aktywuj", "aktivera", "wlacz"), ("turn", " on")),
    # (Portuguese "põe", "ponha": "põe no modo de desempenho")
    **dict.fromkeys(("pon", "poner", "ponlo", "ponga", "poe", "ponha", "mets", "remets", "repasse",
                     "imposta", "mettre", "metti", "mettere",
                     "coloca", "coloque", "zet", "stell", "stelle", "ustaw", "satt", "saet", "sett"),
                    ("set", "")),
    **dict.fromkeys(("cambia a", "cambiar a", "passa a", "passa al", "passa alla", "passe au", "passer au",
                     "passa in", "passe en", "passer en",
                     "wechsle in", "wechsle zu", "wechsle auf", "schakel naar", "schakel over naar",
                     "przelacz na", "przelacz w", "byt till", "vaxla till", "mude para",
                     "muda para", "mudar para", "skift til", "skift over til", "bytt til",
                     # (Czech and Slovak "přepni na", "prepni do"; Slovenian "preklopi na", Latvian "pārslēdz uz",
                     # Lithuanian "perjunk į")
                     "prepni na", "prepni do", "prepnete na", "prepnete do", "prepnite na", "prepnite do",
                     "preklopi na", "preklopi v", "preklopite na", "parsledz uz", "parsledziet uz", "perjunk i",
                     "perjunkite i",
                     # (the profile said between: "perjunk energijos profilį į subalansuotą")
                     "perjunk energijos profili i", "perjunkite energijos profili i", "parsledz energijas profilu uz",
                     "parsledziet energijas profilu uz"), ("switch to", "")),
    # Slovenian and Latvian: the imperative and its plural or polite form, said first ("ponovno zaženi merjenje vetra",
    # "pārstartē sūkņu staciju", "ustavi črpalko", "izslēdz ventilatoru"); a negation is another word or a prefix
    # ("ne zaženi", "nepārstartē"), a past another form ("zagnal", "pārstartēja"): unread
    **dict.fromkeys(("ponovno zazeni", "ponovno zazenite", "znova zazeni", "znova zazenite", "restartaj",
                     "restartajte", "parstarte", "parstartejiet", "restarte", "restartejiet", "palaid no jauna",
                     "palaidiet no jauna", "parstartet", "restartet"), ("restart", "")),
    **dict.fromkeys(("zazeni", "zazenite", "palaid", "palaidiet"), ("start", "")),
    # Estonian, the imperative and its plural, said first ("taaskäivita seade", "peata pump"); a negation is another
    # form ("ära taaskäivita", "ärge peatage"): unread
    **dict.fromkeys(("taaskaivita", "taaskaivitage"), ("restart", "")),
    # ... and Croatian, Serbian and Bosnian ("ponovno pokreni uređaj", "isključi wifi"; "ne pokreći" is unread)
    **dict.fromkeys(("ponovno pokreni", "ponovo pokreni", "ponovno pokrenite", "ponovo pokrenite"), ("restart", "")),
    **dict.fromkeys(("pokreni", "pokrenite"), ("start", "")),
    **dict.fromkeys(("iskljuci", "iskljucite", "ugasi", "ugasite"), ("turn", " off")),
    **dict.fromkeys(("ukljuci", "ukljucite", "upali", "upalite"), ("turn", " on")),
    **dict.fromkeys(("kaivita", "kaivitage"), ("start", "")),
    **dict.fromkeys(("peata", "peatage"), ("stop", "")),
    **dict.fromkeys(("ustavi", "ustavite", "zaustavi", "zaustavite", "apturi", "apturiet", "apstadini",
                     "apstadiniet"), ("stop", "")),
    **dict.fromkeys(("izklopi", "izklopite", "ugasni", "ugasnite", "izsledz", "izsledziet"), ("turn", " off")),
    **dict.fromkeys(("vklopi", "vklopite", "prizgi", "prizgite", "iesledz", "iesledziet"), ("turn", " on")),
    # Finnish "put off", "put on", said first ("kytke pois päältä wifi"; around its object, below: "laita wifi pois
    # päältä")
    **dict.fromkeys(("laita pois paalta", "kytke pois paalta", "kytke pois", "laittakaa pois paalta",
                     "kytkekaa pois paalta"), ("turn", " off")),
    **dict.fromkeys(("laita paalle", "kytke paalle", "laittakaa paalle", "kytkekaa paalle"), ("turn", " on")),
    # Swedish, Norwegian and Danish: a light put out or lit ("släck den röda larmlampan", "slukk lyset", "tænd lampen")
    **dict.fromkeys(("slacka", "slukk", "slokk"), ("turn", " off")),
    **dict.fromkeys(("tenn", "taend"), ("turn", " on")),
    **dict.fromkeys(("parpadear", "parpadea", "piscar", "pisca", "lampeggiare", "lampeggia",
                     "clignoter", "clignote", "blinken", "blinke", "knipperen", "knipper", "migaj",
                     "mrugaj", "migac", "mrugac", "blinka",
                     # (Czech and Slovak "set blinking": "rozblikej žlutou kontrolku")
                     "rozblikej", "rozblikejte", "rozblikaj", "rozblikajte"), ("blink", "")),
}
# What the catalog cannot do, said in those languages (and Swahili): deleting, formatting, emptying ("padam data
# influx yang lebih lama dari setahun", "borra los datos viejos", "slett gamle logger"). Said in English, it is
# refused as such, never read as a question of the storage's state
_OUT_OF_CATALOG_WORDS = {
    **dict.fromkeys(("borra", "borrar", "borre", "borralo", "elimina", "eliminar", "elimine", "suprime", "suprimir",
                     "exclui", "excluir", "exclua", "deleta", "deletar", "cancella", "cancellare", "rimuovi",
                     "supprime", "supprimer", "supprimez", "efface", "effacer", "effacez", "losche", "loschen", "losch",
                     "entferne", "entfernen", "verwijder", "verwijderen", "wis", "wissen", "usun", "usunac", "skasuj",
                     "skasowac", "wykasuj", "smaz", "smazat", "smazte", "vymaz", "vymazat", "odstran", "odstranit",
                     "radera", "slett", "slette", "slet", "fjern", "fjerne", "poista", "poistakaa", "torold",
                     "torolje", "sil", "silin", "hapus", "hapuskan", "padam", "padamkan", "buang", "futa", "futeni",
                     "ufute"), "delete"),
    **dict.fromkeys(("formatea", "formatear", "formata", "formatar", "formatta", "formattare", "formate", "formater",
                     "formatez", "formatiere", "formatieren", "formatteer", "formatteren", "sformatuj", "formatuj",
                     "naformatuj", "zformatuj", "formatera", "formatere", "formatla", "formatkan"), "format"),
    **dict.fromkeys(("vacia", "vaciar", "esvazia", "esvaziar", "svuota", "svuotare", "vider", "videz", "leere",
                     "leeren", "leegmaken", "oproznij", "wyczysc", "vyprazdni", "vycisti", "tyhjenna", "bosalt",
                     "temizle", "kosongkan", "bersihkan"), "wipe"),
    # installing and updating software ("zainstaluj aktualizacje systemu", "installiere die Updates", "aggiorna il
    # sistema"): no call of the catalog
    **dict.fromkeys(("instala", "instalar", "instale", "installa", "installare", "installe", "installer", "installez",
                     "installiere", "installieren", "installeer", "installeren", "zainstaluj", "zainstalowac",
                     "instaluj", "nainstaluj", "nainstalujte", "nainstalovat", "installera", "installere", "asenna",
                     "asentakaa", "telepitsd", "telepitse", "yukle", "instal", "instalkan", "namesti"),
                    "install"),  # (not Turkish "kur": a Latvian "where")
    **dict.fromkeys(("aktualisiere", "aktualisieren", "actualiza", "actualizar", "actualice", "atualiza", "atualizar",
                     "atualize", "aggiorna", "aggiornare", "zaktualizuj", "aktualizuj", "aktualizovat",
                     "aktualizujte", "uppdatera", "oppdater", "oppdatere", "opdater", "opdatere", "paivita",
                     "paivittakaa", "frissitsd", "frissitse", "guncelle", "perbarui", "perbaharui"), "update"),
}
_OUT_OF_CATALOG = re.compile(r"(?<![\w.@/-])(?:" + "|".join(sorted(_OUT_OF_CATALOG_WORDS, key=len, reverse=True)) +
                             r")(?![\w.@/-])")
# Finite verbs: first they ask ("herstart nginx", "reinicia nginx", "redémarre nginx"), after
# the subject they tell ("het apparaat herstart", "nginx reinicia", "l'appareil redémarre",
# "la led clignote"). (Not German's or Dutch's infinitives, said last: "nginx neu starten".)
_FINITE = frozenset(["herstart", "herstarte", "reinicia", "reinicie", "riavvia", "redemarre",
                     "relance", "inicia", "inicie", "arranca", "avvia", "demarre", "lance", "deten",
                     "pare", "ferma", "arrete", "stoppe", "apaga", "desliga", "spegni", "eteins",
                     "enciende", "liga", "accendi", "allume", "prende", "monta", "monte",
                     "desmonta", "smonta", "demonte", "activa", "ativa", "ative", "attiva",
                     "parpadea", "pisca", "lampeggia", "clignote", "blinke", "knipper", "coupe",
                     # ("vous redémarrez", "voi riavviate", "tu riavvii": you restart)
                     "redemarrez", "relancez", "riavvii", "riavviate", "demarrez", "lancez", "avvii", "avviate",
                     "arretez", "fermi", "fermate", "allumez", "accendete", "eteignez", "spegnete", "montez", "monti",
                     "montate", "demontez", "smonti", "smontate", *_WELSH_VERBS,
                     # (Catalan: "el sistema engega", "la bomba s'atura", "vosaltres atureu")
                     "reinicieu", "reengega", "engega", "engegueu", "arrenca", "arrenqueu", "atura", "atureu",
                     "apagueu", "desconnecta", "encen", "enceneu", "munta", "munteu", "desmunta", "desmunteu",
                     # (Latvian says its imperative and its present alike: "sistēma izslēdz ventilatoru")
                     "izsledz", "iesledz", "palaid", "apturi", "levanta",
                     # ("le niveau remonte", "a temperatura sobe", "la bomba aixeca")
                     "remonte", "remontez", "sobe", "suba", "subam", "aixeca", "aixequeu"])
# What was done, said in French or Spanish (accented, before accents are folded): "nginx a
# redémarré", "ya reinicié nginx", "mode performance activé"; or a participle of Spanish,
# Portuguese or Italian ("nginx reiniciado", "grafana riavviato"). Said as the English past.
_DONE = re.compile(r"(?<![\w-])([a-zà-ÿ]+?)(?:(é)(?:e?s?)|(?:ad|id|at|it)[oa]s?)(?![\w-])", re.I)
_PAST = {"disconnect": "disconnected", "restart": "restarted", "start": "started", "stop": "stopped",
         "bring": "brought",
         "turn": "turned", "mount": "mounted", "unmount": "unmounted", "shut down": "shut down",
         "set": "set", "switch to": "switched to", "blink": "blinked", "connect": "connected"}
# Verbs said around their object, within one clause: "starte nginx neu", "mach das rote Licht an", "zet de led uit"
# (never around a reason: "zet de wireguard-tunnel aan, die staat uit" turns it on)
_AROUND = {"neu starten": re.compile(r"^(?:starte|start|starta)\s+([^,]+?)\s+(?:neu|pa nytt|om|wieder)$"),  # (and
           # "again": "starte die Schmierpumpe wieder")
           # (Welsh "turn ... on", "turn ... off": "tro'r golau gwyn ymlaen", "trowch y sgrin i ffwrdd")
           "cynnau": re.compile(r"^(?:tro|trowch|troi)(?:'r|\s+yr?)?\s+([^,]+?)\s+ymlaen(?:\s*,?\s*(?:plis|diolch))?$"),
           "diffodd": re.compile(r"^(?:tro|trowch|troi)(?:'r|\s+yr?)?\s+([^,]+?)\s+i\s+ffwrdd"
                                 r"(?:\s*,?\s*(?:plis|diolch))?$"),
           "kaynnista uudelleen": re.compile(r"^kaynnista\s+([^,]+?)\s+uudelleen$"),
           "laita pois paalta": re.compile(r"^(?:laita|kytke|laittakaa|kytkekaa)\s+([^,]+?)\s+pois(?:\s+paalta)?$"),
           "laita paalle": re.compile(r"^(?:laita|kytke|laittakaa|kytkekaa)\s+([^,]+?)\s+paalle$"),
           "einhangen": re.compile(r"^(?:hang|hange|haeng|haenge)\s+([^,]+?)\s+ein$"),
           # (Dutch says "just", "again" before its particle: "zet de 4G maar aan", "zet de wifi weer aan")
           "einschalten": re.compile(r"^(?:mach|mache|schalte|schalt|zet|doe)\s+([^,]+?)"
                                     r"(?:\s+(?:maar|eens|gewoon|weer))*\s+(?:an|ein|aan)$|"
                                     r"^(?:schakel)\s+([^,]+?)(?:\s+(?:maar|eens|gewoon|weer))*\s+in$"),
           "ausschalten": re.compile(r"^(?:mach|mache|schalte|schalt|zet|doe|schakel)\s+([^,]+?)"
                                     r"(?:\s+(?:maar|eens|gewoon))*\s+(?:aus|uit)$"),
           # "start de alarmkiezer weer op": start up (again); "opnieuw op" is a restart
           "herstarten": re.compile(r"^(?:start|starten)\s+([^,]+?)(?:\s+(?:maar|eens|gewoon))*\s+opnieuw\s+op$"),
           "starten": re.compile(r"^(?:start|starten)\s+([^,]+?)(?:\s+(?:maar|eens|gewoon|weer))*\s+op$"),
           # a light set to blinking ("zet het lampje op knipperen", "stell die LED auf Blinken", "mets la led en
           # clignotement", "metti il led in lampeggio", "pon la luz en parpadeo", "sätt lampan på blink")
           # (Czech, Slovak and Polish: "nastav žlutou kontrolku na blikání", "ustaw diodę na miganie")
           "knipperen": re.compile(r"^(?:zet|stel|stell|stelle|setz|setze|schalte|schalt|mets|metti|pon|ponga|poe|"
                                   r"ponha|coloca|coloque|sett|satt|saet|nastav|nastavte|ustaw|ustawcie)\s+([^,]+?)\s+"
                                   r"(?:op|auf|en|in|a|em|pa|na)\s+"
                                   r"(?:knipperen|blinken|clignotement|lampeggio|lampeggiare|parpadeo|parpadear|"
                                   r"intermitente|piscar|blink|blinkning|blinking|blikani|blikanie|miganie|mruganie)$"),
           # "laat de rode led knipperen", "lass die LED blinken", "fais clignoter la led"
           # (Danish, Norwegian and Swedish "lad det ravgule lys blinke", "la lampen blinke", "låt lampan blinka")
           "blinken": re.compile(r"^(?:laat|lass|lasse|haz|fais|faites|fai|faz|fa|lad|lat|la)\s+([^,]+?)\s+"
                                 # (Romanian "fă LED-ul roșu să clipească": make it blink)
                                 r"(?:knipperen|blinken|parpadear|clignoter|lampeggiare|piscar|sa clipeasca|blinke|"
                                 r"blinka)$|"
                                 r"^(?:haz|fais|faites|fai|faz)\s+(?:parpadear|clignoter|"
                                 r"lampeggiare|piscar)\s+([^,]+?)$")}
_VERB = re.compile(r"(?<![\w.@/-])(" + alternation.phrases(_VERBS) + r")(?![\w.@/-])")
# Words of those languages that only join or point ("el", "la", "de"): no meaning of their own
_ARTICLES = frozenset(["el", "la", "los", "las", "il", "lo", "l'", "le", "les", "i", "gli",
                       "dell'", "dall'", "nell'", "sull'", "all'", "coll'", "d'", "qu'",
                       "der", "die", "das", "den", "dem", "o", "os", "as", "un", "una", "uno",
                       "une", "ein", "eine", "einen", "de", "del", "della", "di", "du", "des",
                       "von", "do", "da", "het", "dat", "degli", "dello", "delle", "dei", "al",
                       "alla", "zum", "zur", "vom", "van", "a", "az", "det",
                       "af", "av", "dos"])  # (Danish, Norwegian and Swedish "of", Portuguese "of the": "styringen af
# ostekarret", "aggregeringen av valdistriktens röster")
# An article that begins a relative clause: after a comma or a word for a service
_RELATIVE_ARTICLE = re.compile(r"(,|(?<![\w])(?:dienst|service|tjansten|tjenesten))\s*(?:der|die|das|dat)\s+")
# Nouns and colours, in the English the interpreter reads; a command made of only these, the
# device's names and one verb is read whole
_NOUNS = {
    # a point of sale, as every one of these languages says it ("levanta el pos", "reinicia el TPV", "riavvia il POS")
    **dict.fromkeys(("pos", "tpv"), "point of sale"),
    # ultraviolet and infrared, said as in English ("le caisson UV", "die UV-Lampe" is a compound of the glossary)
    "uv": "uv", "ir": "ir",
    **dict.fromkeys(("chiavetta", "pendrive", "memoria", "cle", "usb-stick", "pinne", "minnepinne"),
                    "usb stick"),
    # (and definite, in Norwegian, Danish and Swedish: "minnepinnen", "USB-nøglen", "USB-minnet")
    **dict.fromkeys(("minnepinnen", "usb-pinne", "usb-pinnen", "minnepind", "minnepinden", "usb-pind",
                     "usb-pinden", "usb-nogle", "usb-noglen", "usb-minne", "usb-minnet", "usb-stickan",
                     "minnesstickan"), "usb stick"),
    **dict.fromkeys(("disco", "disque", "festplatte", "platte", "disk", "schijf"), "disk"),
    **dict.fromkeys(("luz", "luce", "lumiere", "licht", "lampe", "lampara", "lampu", "lyset",
                     "lys", "lampa"), "light"),
    **dict.fromkeys(("camara", "telecamera", "kamera", "camera"), "camera"),
    "led": "led", "leds": "leds", "wifi": "wifi", "wlan": "wifi",
    # (with a case ending: Hungarian "a wifit", Czech "wifinu")
    **dict.fromkeys(("wifit", "wifinu", "wifina", "wifinou"), "wifi"),
    **dict.fromkeys(("puente", "ponte", "pont", "brucke"), "bridge"),
    **dict.fromkeys(("servicio", "servizio", "dienst", "servico", "service", "usluge", "usluga",
                     "sluzbu", "tjansten", "tjanst", "tjenesten", "palvelu", "palvelun", "paslauga", "paslaugos",
                     "tarnyba", "tarnybos"), "service"),
    # what begins a relative clause: "el servicio que vigila la puerta", "tjänsten som skapar
    # rapporterna" is "the service that watches the door" (without it, the words of the clause
    # would be read as names beside the service)
    **dict.fromkeys(("que", "qui", "che", "som", "welcher", "welche", "welches", "ktory", "ktora",
                     "ktore", "ktery", "ktera", "ktere", "joka", "jota", "jotka", "ami", "amely",
                     "amelyik", "yang"), "that"),
    **dict.fromkeys(("rojo", "roja", "rosso", "rossa", "rouge", "rot", "rote", "roten", "rotes",
                     "rode", "rood", "merah", "rod", "roda", "czerwony", "czerwona"), "red"),
    **dict.fromkeys(("ding", "coso", "cosa", "chose", "truc", "cosita", "coisa", "rzecz", "grej",
                     "saken"), "thing"),
    **dict.fromkeys(("database", "datenbank", "databas", "databasen", "db", "tietokanta",
                     "databaze", "databazi", "adatbazis", "adatbazist"), "database"),
    **dict.fromkeys(("exporter", "exportert", "exporteru", "exportteri", "exportador",
                     "exportateur", "esportatore"), "exporter"),
    **dict.fromkeys(("broker", "brokern", "brokeren", "brokera", "brokerze"), "broker"),
    # what such boxes run and light up for, in the eight languages
    **dict.fromkeys(("puerta", "porta", "porte", "tur", "deur", "drzwi", "dorr", "dorren"), "door"),
    **dict.fromkeys(("abierta", "abierto", "aberta", "aberto", "aperta", "aperto", "ouverte",
                     "ouvert", "offen", "otwarte", "oppen"), "open"),
    **dict.fromkeys(("bomba", "pompa", "pompe", "pumpe", "pomp", "pumpen"), "pump"),
    **dict.fromkeys(("ventilador", "ventoinha", "ventola", "ventilatore", "ventilateur", "lufter",
                     "wentylator", "flakt", "flakten"), "fan"),
    **dict.fromkeys(("impresora", "impressora", "stampante", "imprimante", "drucker", "drukarka",
                     "drukarke", "skrivare", "skrivaren"), "printer"),
    **dict.fromkeys(("calentador", "calentadores", "calefactor", "aquecedor", "aquecedores",
                     "riscaldatore", "riscaldatori", "chauffage", "radiateur", "heizung",
                     "heizer", "verwarming", "kachel", "grzalka", "grzejnik", "varmare"), "heater"),
    **dict.fromkeys(("sensore", "capteur", "czujnik", "givare", "sensoren"), "sensor"),
    **dict.fromkeys(("alarma", "alarme", "allarme", "larm", "larmet"), "alarm"),
    **dict.fromkeys(("guasto", "defaut", "panne", "fehler", "storung", "storing", "awaria"),
                    "fault"),
    **dict.fromkeys(("escaner", "skaner", "skanner"), "scanner"),
    **dict.fromkeys(("bascula", "balanza", "balanca", "bilancia", "waage", "weegschaal", "waga"),
                    "scale"),
    **dict.fromkeys(("pantalla", "tela", "schermo", "ecran", "bildschirm", "scherm", "ekran",
                     "skarm", "skarmen"), "screen"),
    **dict.fromkeys(("aplicacion", "aplicativo", "applicazione", "appli", "aplikacja", "appen"),
                    "app"),
    **dict.fromkeys(("webserver", "webserwer", "webbserver", "webbservern"), "web server"),
    **dict.fromkeys(("controlador", "controleur", "steuerung", "sterownik", "styrning",
                     "controllore", "besturing", "regelaar"), "controller"),
    **dict.fromkeys(("irrigazione", "riego", "irrigacao", "arrosage", "bewasserung",
                     "bewatering", "nawadnianie", "nawadniania", "bevattning", "bevattningen"),
                    "irrigation"),
    **dict.fromkeys(("modem", "modemu", "modemet"), "modem"),
    **dict.fromkeys(("tunel", "tunnel", "tunnelen", "tunelu"), "tunnel"),
    **dict.fromkeys(("verde", "vert", "verte", "grun", "groen", "hijau", "gronn"), "green"),
    **dict.fromkeys(("azul", "blu", "bleu", "blau", "blauw", "biru", "bla"), "blue"),
}
# Prepositions that say which one ("genstart foderen på den sekundære side", "starte die Pumpe für die
# Hunde", "reinicia el alimentador para los perros"): the English preposition, so the instance is
# grounded as "on the secondary side" is
_PREPOSITIONS = {**dict.fromkeys(("pa", "auf", "am", "an"), "on"),
                 # (Danish and Norwegian "til": "loggeren til den akustiske doppler-hastighedsmåler"; Polish and
                 # Czech "od", of what it serves: "mostek OPC UA od podnośników")
                 **dict.fromkeys(("fur", "para", "per", "pour", "voor", "dla", "for", "till", "til", "od"), "for"),
                 # (Slovenian "za", of what it serves: "črpalka za hladilno tekočino"; its delays, "za 10 minut", are
                 # read before)
                 "za": "for",
                 **dict.fromkeys(("con", "com", "mit", "avec", "met", "med", "z", "ze", "s"), "with"),  # (Czech "s")
                 **dict.fromkeys(("bei", "beim", "bij", "vid", "ved", "przy"), "at"),
                 "na": "on",  # (Czech and Polish: "propojení na hořáky", "czujnik na linii 2")
                 # where it is ("Klimaregelung im Aufzuchtraum", "w hali 2"; not "en", Dutch "and", nor "i")
                 **dict.fromkeys(("in", "im", "nel", "nella", "nello", "negli", "nelle", "dans", "w", "v"), "in"),
                 "pro": "for",  # (Czech: "službu pro příjem poplachů")
                 "pre": "for",  # (Slovak: "prehrávanie DMX pre južnú trasu")
                 "por": "via",  # ("el enlace por satélite", "recordatorios por SMS")
                 # where it comes from ("la diretta dalla cappella", "el audio desde la capilla", "der Stream aus der
                 # Kapelle"; "dalle 8", "desde las 4" are since when: _SINCE)
                 **dict.fromkeys(("dalla", "dallo", "dal", "dalle", "dagli", "desde", "depuis", "aus", "vom",
                                  "vanuit", "fran"), "from")}
# Finnish says a case after a colon when a word is an abbreviation or a letter ("skanneri B:n", "PLC:n",
# "USB:lle"): the word itself
_FINNISH_CASE = re.compile(r"(?<![\w])([a-z][a-z0-9-]*):(?:n|a|aa|ta|lla|lta|lle|sta|ssa|ksi|in|iin|hin|han|hen)"
                           r"(?![\w])")
# A while said after such a preposition ("detén nginx para una hora", "ferma nginx per un'ora",
# "stoppa nginx i en timme"): a change for a while, which the closed form cannot say
_FOR_A_WHILE = re.compile(r"(?<![\w])(?:fur|para|por|per|pour|voor|dla|for|till|pro|na|i|pa|durante|pendant|"
                          r"wahrend|tijdens|podczas)\s+(?:[\w]+\s+|un')?(?:sekunde\w*|second\w*|segund\w*|"
                          r"minut\w*|minuu?t\w*|stunde\w*|uur|heure\w*|horas?|ora|ore|oretta|godzin\w*|timme\w*|"
                          r"timer?|tunti\w*|hodin\w*|saat\w*|tag|tage|dia|dias|jour|jours|journee|giorn\w*|dag|"
                          r"dagen|dzien|woche\w*|semana\w*|semaine\w*|settiman\w*|week\w*|nacht|noche|nuit|notte|"
                          r"noite|noc|natt|moment\w*|rato|weile|chwil\w*|tijdje|poco|pouco|peu)(?![\w])")
# Logs, said with a verb that also means switch off ("apaga os logs do mosquitto", "apaga los registros"): deleting
# them, which the catalog cannot do
_LOGS = frozenset(["logs", "log", "logfiles", "logi", "logow", "loggar", "loggarna", "loggene", "loggerne", "lokit",
                   "registos", "registros", "protokolle", "journale", "journaux", "logboeken"])
# "and" in those languages: two things named, or one described by two ("genstart nginx og
# grafana") is not read as one
_AND = frozenset(["y", "e", "et", "und", "en", "i", "og", "och", "ja", "a", "ve", "oraz", "es", "dan", "ir"])
# ... save between two things a unit measures, which describe one unit ("registrador de temperatura e umidade",
# "lygio ir slėgio registratorių": the level and pressure logger); no unit is named by a quantity alone
_QUANTITIES = frozenset(["temperature", "temp", "humidity", "moisture", "level", "pressure", "flow", "vibration",
                         "voltage", "weight", "speed", "noise", "oxygen", "smoke", "dust", "wind"])
# What a restart verb said of the whole device means: a reboot
_DEVICE = frozenset(["equipo", "equip", "sistema", "systeme", "system", "systeem", "systemet", "systemu",
                     "dispositivo", "appareil", "gerat",
                     "apparecchio", "aparelho", "computador", "ordenador", "perangkat", "machine",
                     "maquina", "maschine", "apparaat", "urzadzenie", "enheten", "enhed", "enheden",
                     "maskinen",
                     "cihazi", "cihazı", "sistemi", "laite", "laitteen", "zarizeni", "eszkozt", "irengini",
                     "kompiuteri",
                     # (Slovenian and Latvian: "ponovno zaženi napravo", "pārstartē ierīci")
                     "napravo", "naprava", "sistem", "ierici", "ierice", "iekartu", "sistemu",
                     # (Croatian, Serbian and Bosnian "restartaj uređaj", "ponovo pokreni sustav"; Estonian
                     # "taaskäivita seade")
                     "uređaj", "uredaj", "uredjaj", "sustav", "seade", "seadet"])
# The box or set an operator calls the device by ("redémarre le boîtier", "herstart het kastje", "starte die Kiste
# neu", "starta om burken", "riavvia la macchina", "reinicia el aparato"): the device, unless the glossary's word for
# it names a thing of the device ("die Kiste" of a crate sorter is the crate's)
_BOX = frozenset(["boitier", "kastje", "kassie", "toestel", "toestelletje", "apparaatje", "kiste", "burken",
                  "ladan", "boksen", "boksi", "boksin", "macchina", "macchinetta", "aparato", "aparatito",
                  "aparelhinho", "krabicka", "krabicku", "pudelko", "sprzet",
                  "alat"])  # (Malay and Indonesian "this tool", said of the device: "reboot alat ini")
# "This" or "that" before the device ("restartuj to zařízení", "reinicia este equipo"): the device
# itself (said alone, "restartuj to" is "restart it", of nothing named, and stays unread)
_THIS = frozenset(["to", "toto", "tento", "tuto", "ten", "ta", "te", "tamto", "este", "esta", "ese", "esa",
                   "questo", "quest'", "ce", "cet", "cette", "dieses", "diesen", "dit", "deze", "denna", "dette",
                   "ini"])  # (said after it: "alat ini")
# The whole of it, said of the device ("zrestartuj całe urządzenie", "starte das ganze Gerät neu", "reinicia todo el
# equipo", "riavvia l'intero sistema")
_WHOLE = frozenset(["cale", "caly", "cala", "calego", "ganze", "ganzes", "ganzen", "gesamte", "gesamten", "todo",
                    "toda", "entero", "entera", "intero", "intera", "l'intero", "tout", "toute", "inteiro", "inteira",
                    "hele", "gehele", "hela", "koko", "cele", "cely", "celou", "egesz", "tum", "butun", "seluruh",
                    "intreg", "intregul", "celotno", "celoten", "visu", "visa"])
# Nouns of more than one word: "la base de datos"
_PHRASES = re.compile(r"(?<![\w])(?:base de datos|banco de dados|base de donnees|banca dati|"
                      r"baza danych)(?![\w])")
# "of energy" after "profile", and "on", "to" before the kind ("el perfil de energía en equilibrado",
# "le profil d'énergie sur équilibré", "il profilo energetico su bilanciato")
_ENERGY = r"(?: (?:de |d'|di )?(?:energia|energie|energetico|energetique|energii|zasilania))?" \
          r"(?: en| sur| su| em| na| a)?"
_PROFILE = (r"(?:el |o |il |le |de |den |das |het |w )?(?:perfil|profil|profilo|profiel|profilen)" + _ENERGY +
            r"(?: de| di| d'| ad)? ")
_NORDIC_PROFILE = r"(?:strom|energi)profil(?:en)? (?:til|till|pa) "
# German verbs into a mode, said first ("schalte in den Energiesparmodus", "geh bitte in den Stromsparmodus", "wechsle
# auf den Leistungsmodus"); after its subject ("das Gerät geht in den ...") it says what happens and is no request
_INTO_A_MODE = (r"(?:schalte?|geh|gehe|wechsle|wechsel|stell|stelle)(?: bitte| mal| doch)* "
                r"(?:in den |auf den |in |auf |zum )")
# Multi-word phrases said as the English words the interpreter reads: power profiles, write
# access, a web server
# (Hungarian "switch", "change", "set", "put" before a profile: "kapcsolj", "váltsd át", "állítsd")
_HUNGARIAN_VERB = (r"(?:(?:kapcsolj|kapcsold|kapcsolja|kapcsoljon|valts|valtsd|valtsa|valtson|allitsd|allitsa|allits|"
                   r"tedd|tegye)(?: at)? )?")
_SAID_AS = [(re.compile(r"(?<![\w])(?:" + pattern + r")(?![\w])"), english) for pattern, english in (
    # a profile said with its verb in German, Finnish, Turkish, Indonesian and Catalan ("schalte in den
    # Energiesparmodus", "vaihda virransäästötilaan", "güç tasarrufu moduna geç", "aktifkan mode hemat daya", "posa el
    # mode d'estalvi"): the profile alone, which asks for it; negated or said with more, it stays unread
    # (German "go", "change" into it too: "geh bitte in den Stromsparmodus", "wechsle in den Leistungsmodus")
    (_INTO_A_MODE + r"(?:energie|strom)?sparmodus|(?:vaihda |siirry |aseta )?"
     r"virransaasto(?:tila(?:an)?|tilaan)?|(?:vaihda |siirry |aseta )?(?:energiansaasto|saasto)tila(?:an)?|"
     r"(?:guc|enerji|pil) tasarrufu? mod(?:u|una|a)?(?: (?:gec|gecin|al|alin))?|"
     r"(?:aktifkan |nyalakan |ubah ke |ganti ke |pakai |gunakan )?mode hemat (?:daya|energi|baterai|listrik)|"
     r"(?:posa |activa |canvia a |passa a )?(?:el )?mode (?:d'|de )?estalvi(?: d'energia| energetic)?|"
     # (Hungarian: "kapcsolj energiatakarékos módra", "váltsd át energiatakarékos üzemmódba")
     + _HUNGARIAN_VERB + r"(?:energiatakarekos|takarekos|energiatakarekossagi) (?:uzem)?mod(?:ra|ba)?",
     "powersave mode"),
    (_INTO_A_MODE + r"(?:hoch)?leistungsmodus|(?:vaihda |siirry |aseta )?"
     r"(?:suorituskyky|teho)tila(?:an)?|(?:yuksek )?performans mod(?:u|una|a)?(?: (?:gec|gecin|al|alin))?|"
     r"(?:aktifkan |nyalakan |ubah ke |ganti ke |pakai |gunakan )?mode performa(?: tinggi)?|"
     r"(?:posa |activa |canvia a |passa a )?(?:el )?mode (?:d'|de )?(?:alt )?rendiment|"
     + _HUNGARIAN_VERB + r"(?:teljesitmeny|nagy teljesitmenyu|nagyteljesitmenyu) (?:uzem)?mod(?:ra|ba)?",
     "performance mode"),
    (r"(?:vaihda |siirry |aseta )?(?:tasapainotettu|tasapainoinen|normaali) ?tila(?:an)?|"
     r"dengeli mod(?:u|una|a)?(?: (?:gec|gecin|al|alin))?|"
     r"(?:aktifkan |nyalakan |ubah ke |ganti ke |pakai |gunakan )?mode (?:seimbang|normal)|"
     r"(?:posa |activa |canvia a |passa a )?(?:el )?mode equilibrat|"
     + _HUNGARIAN_VERB + r"(?:kiegyensulyozott|normal) (?:uzem)?mod(?:ra|ba)?", "balanced mode"),
    (r"(?:el |o |il |le |de |den |das |tryb |w )?(?:modo (?:de )?(?:ahorro|economia|poupanca|eco"
     r"|bajo consumo)(?: de (?:energia|bateria))?|ahorro de energia|economia de energia|modalita "
     r"(?:di )?risparmio(?: energetico)?|risparmio energetico|mode (?:d'?)?(?:economie|eco)"
     r"(?: d'?energie)?|economie d'?energie|(?:energie|strom)?sparmodus|zuinige (?:stand|modus)|"
     r"spaar(?:stand|modus)|energiebesparingsmodus|energiebesparing(?:sstand)?|"
     r"energie(?:besparende|zuinige) (?:stand|modus)|tryb(?:ie)? oszczedzania energii|tryb(?:ie)? "
     r"oszczedny|oszczedzanie energii|(?:energi|strom)sparlage(?:t)?|"
     # Danish and Norwegian ("strømsparetilstand", "strømsparemodus", "energisparingsmodus")
     r"(?:strom|energi)spar(?:e|ings?)?(?:tilstand|modus)(?:en)?|strombesparende (?:tilstand|modus)|"
     # Czech and Slovak ("úsporný režim", "do úsporného režimu"), Slovenian, Latvian and Lithuanian
     r"(?:usporny|usporneho) (?:rezim|rezimu|mod|modu)|rezim(?:u)? uspory(?: energie)?|"
     r"varcevalni nacin|nacin varcevanja(?: z energijo| energije)?|"
     r"(?:enerijas|energijas) taupisanas rezim(?:s|u|a)|energijos taupymo rezim(?:as|a|o))",
     "powersave mode"),
    (r"(?:el |o |il |le |de |den |das |tryb |w )?(?:modo (?:de )?(?:alto |maximo )?(?:rendimiento|"
     r"desempenho|potencia)(?: maximo| maxima| alto)?|maximo rendimiento|rendimiento maximo|modalita (?:ad )?(?:alte )?"
     r"prestazioni|massime prestazioni|mode (?:haute )?performance|performances? maximales?|"
     r"(?:hoch)?leistungsmodus|volle leistung|maximale leistung|prestatie(?:modus|stand)|volle "
     r"kracht|tryb(?:ie)? (?:wysokiej )?wydajnosci|pelna moc|maksymalna wydajnosc|"
     r"prestandalage(?:t)?|full prestanda|ydelsestilstand(?:en)?|ydeevnetilstand(?:en)?|ytelsesmodus(?:en)?|"
     r"ytelsestilstand(?:en)?|maksimal (?:ydelse|ytelse)|hoj ydelse|hoy ytelse)", "performance mode"),
    (r"(?:el |o |il |le |de |den |das |tryb |w )?(?:modo (?:equilibrado|normal)|modalita "
     r"(?:bilanciata|normale)|mode (?:equilibre|normal)|ausgeglichener modus|normalmodus|"
     r"gebalanceerde (?:stand|modus)|normale (?:stand|modus)|tryb(?:ie)? (?:zrownowazony|normalny)|"
     r"balanserat lage|normallage(?:t)?|balancere(?:t|de) (?:tilstand|modus)(?:en)?|"
     r"balansert(?:e)? (?:tilstand|modus)(?:en)?|"
     r"normal ?tilstand(?:en)?)", "balanced mode"),
    # (and said as a mode: "em modo de escrita", "en mode écriture", "im Schreibmodus", "w trybie zapisu")
    (r"(?:(?:em |no |en |in |au |w |v )?(?:modo de |modo |mode d'|mode |modalita di |modalita |trybie |rezimu )|"
     r"in |en |em |con |com |mit |z |med |zum |do |in modalita |im |i )?(?:scrittura|lettura e scrittura|"
     r"lettura-scrittura|escritura|lectura y escritura|lectura-escritura|leitura e escrita|"
     r"leitura-escrita|escrita|ecriture|lecture-ecriture|lecture et ecriture|beschreibbar|"
     r"schreibzugriff|schreibmodus|schreiben|lesen und schreiben|schrijfbaar|schrijfmodus|lezen en schrijven|zapisu|"
     r"zapisem|odczyt i zapis|z mozliwoscia zapisu|skrivbar|skrivlage|skrivlaget|skrivemodus|skrivetilstand|"
     r"skrivrattigheter|las och skriv|kirjoitustilassa|kirjoitustilaan)", "read-write"),
    (r"(?:in |en |em |de |di |da |do |als |w |med )?(?:(?:di )?sola lettura|solo (?:de )?lectura|"
     r"somente leitura|apenas leitura|so de leitura|(?:en )?lecture seule|schreibgeschutzt|nur "
     r"(?:lesend|zum lesen|lesen)|alleen[- ]lezen|tylko do odczytu|tylko odczyt|skrivskyddad|"
     r"endast lasning|bara las|"
     # (Czech, Slovak, Slovenian, Croatian, Hungarian, Finnish, Danish, Norwegian, Turkish, Romanian, Catalan, Baltic:
     # "připoj disk jen pro čtení", "len na čítanie", "samo za branje", "csak olvasható", "vain luku")
     r"jen (?:pro|ke) cteni|pouze (?:pro|ke) cteni|len (?:na|pre) citanie|iba (?:na|pre) citanie|samo za (?:branje|"
     r"citanje)|csak olvashato(?:an|kent)?|csak olvasasra|vain luku(?:tilassa|tilaan)?|skrivebeskyttet|"
     r"salt okunur|doar (?:pentru )?citire|nomes (?:de )?lectura|tikai lasisanai|tik skaitymui|ainult lugemiseks)",
     "read-only"),
    (r"servidor web|serveur web|server web|serwer www|webbserver", "web server"),
    # a profile said as such ("pon el perfil equilibrado", "Leistungsprofil")
    (_PROFILE + r"(?:equilibrad[oa]|equilibre|bilanciat[oa]|ausgeglichen(?:e[nrs]?)?|gebalanceerd|zrownowazony|"
     r"balanserad|balanserat|balanceret|balansert)|ausgeglichenes profil|gebalanceerd profiel", "balanced mode"),
    # the power profile of the Scandinavian languages, set to a kind ("sett strømprofilen til vanlig", "sæt
    # strømprofilen til balanceret", "sæt energiprofilen til strømsparende")
    (_NORDIC_PROFILE + r"(?:vanlig|normal|normalt|balansert|balanceret|balanserad|balanserat|standard)",
     "balanced mode"),
    (_NORDIC_PROFILE + r"(?:stromsparing|stromsparende|energisparing|energisparende|sparing|sparsom|energisnal)",
     "powersave mode"),
    (_NORDIC_PROFILE + r"(?:ytelse|ydelse|prestanda|maksimal ytelse|maksimal ydelse|maximal prestanda|hoy ytelse|"
     r"hoj ydelse)", "performance mode"),
    (_PROFILE + r"(?:ahorro|economia|poupanca|risparmio|economie|bajo consumo|oszczedny|oszczedzania)|"
     r"energiesparprofil|sparprofil|energisparprofil", "powersave mode"),
    (_PROFILE + r"(?:alto )?(?:rendimiento|desempenho|prestazioni|performance|wydajnosci|wydajnosc|prestanda)|"
     r"leistungsprofil|"
     r"prestandaprofil", "performance mode"),
)]
# A profile said by its adjective alone after a verb ("zet hem op gebalanceerd", "stell auf ausgeglichen");
# said alone, the word is no request
_PROFILE_ADJECTIVES = re.compile(r"(?<![\w])(?:equilibrad[oa]|equilibre|bilanciat[oa]|ausgeglichen(?:e[nrs]?)?|"
                                 r"gebalanceerd|zrownowazon[ya]|balanserad|balanserat|balanceret|balansert|"
                                 # (Lithuanian and Latvian: "perjunk energijos profilį į subalansuotą")
                                 r"subalansuot(?:a|as|o|u)|sabalansetu|sabalansets|lidzsvarotu)(?![\w])")
# "In", "on" before a profile after its verb ("ponlo en equilibrado", "pon el equipo en modo ahorro", "zet hem in de
# spaarstand"): the profile it is set to ("en" is also Dutch and Swedish "and", never said before a profile); never the
# preposition of a verb ("passe en", "przełącz na")
_TO_A_PROFILE = re.compile(r"(?<![\w])(?P<verb>[\w']+ )?(?:en|em|in|op|auf|na|su|sur) "
                           r"(?=(?:powersave|performance|balanced) mode)")


def _to_a_profile(found: re.Match[str]) -> str:
    verb = (found["verb"] or "").strip()
    return found[0] if f"{verb} {found[0].split()[-1]}" in _VERBS else found["verb"] or ""


# What a power profile is said with ("coloca o perfil de energia no equilibrado"); any other thing has none
_OF_A_PROFILE = frozenset(["profile", "energy", "power", "mode", "of", "on", "in", "to"])
_READ_AS_ENGLISH = frozenset(["powersave", "performance", "balanced", "mode", "read-write",
                              "read-only", "web", "server"])
# What may stand between a verb and a profile: "zet 'm in de zuinige stand", "pon el equipo en"
_PROFILE_GLUE = frozenset(["'m", "m", "hem", "het", "lo", "le", "es", "ihn", "go", "den", "in",
                           "en", "em", "op", "auf", "a", "na", "till", "para", "naar", "zu", "w",
                           "im", "al", "nel", "no", "dans"])
# Delays in words: "tra due minuti", "en media hora"
_NUMBER_WORDS = {
    **dict.fromkeys(("uno", "una", "un", "une", "ein", "eine", "einer", "um", "uma", "een", "jedna",
                     "jeden", "jednu"), "1"),
    **dict.fromkeys(("dos", "due", "deux", "zwei", "dois", "duas", "twee", "dwie", "dwa", "dve",
                     "dva"), "2"),
    **dict.fromkeys(("tres", "tre", "trois", "drei", "drie", "trzy", "tri"), "3"),
    **dict.fromkeys(("cinco", "cinque", "cinq", "funf", "vijf", "piec", "pet"), "5"),
    **dict.fromkeys(("diez", "dieci", "dix", "zehn", "dez", "tien", "dziesiec", "deset"), "10"),
    **dict.fromkeys(("quince", "quindici", "quinze", "funfzehn", "vijftien", "pietnascie", "patnact"),
                    "15"),
    **dict.fromkeys(("veinte", "venti", "vingt", "zwanzig", "vinte", "twintig", "dwadziescia", "dvacet"),
                    "20"),
    **dict.fromkeys(("treinta", "trenta", "trente", "dreissig", "trinta", "dertig", "trzydziesci",
                     "tricet"), "30"),
}
# Never read past, whatever the device calls its things: negations and conditions
_NEGATIONS_AND_CONDITIONS = frozenset([
    "no", "non", "nicht", "kein", "keine", "pas", "ne", "nie", "niet", "ikke", "inte", "jangan",
    "peidiwch", "paid", "peidio", "ddim", "wedi",  # (Welsh "don't", "not", and its past: "wedi ailgychwyn")
    "tidak", "nao", "nunca", "jamais", "mai", "ei", "ala", "nem", "degil",  # (Finnish "älä")
    "nada",  # ("reinicia mosquitto, para nada": not at all)
    "sin", "sem", "senza", "sans", "ohne", "zonder", "bez", "uten", "utan", "uden",  # without
    "si", "se", "wenn", "falls", "als", "jesli", "jezeli", "om", "quando", "cuando", "lorsque",
    "wanneer", "kiedy", "nar", "kalau", "jika",
    # until, as soon as, after
    "sobald", "zodra", "sodra", "appena", "nachdem", "bis", "hasta", "finche", "dopoki", "tills",
    "jakmile", "totdat",
    # Lithuanian: "no need", "never", "if"
    "nereikia", "niekada", "jei", "jeigu",
    # Croatian, Serbian and Bosnian "don't", "never", "if"; Estonian "don't" (plural), "not", "if"
    "nemoj", "nemojte", "nikad", "nikada", "ako", "ukoliko", "arge", "mitte", "kui"])
# Hungarian "if", said first in its clause ("ha lemerül az akku, ...", "ha nem működik, ..."); never Italian "has"
# before its participle ("ha dato un falso allarme", "ha smesso di funzionare")
_HUNGARIAN_IF = re.compile(r"^\s*ha\s+(?![a-z]+(?:at[oaie]|it[oaie]|ut[oaie]|ss[oaie]|st[oaie]|tt[oaie]|rs[oaie]|"
                           r"ert[oaie])(?![\w]))")
_POLITE = re.compile(r"(?<![\w])(?:per favore|por favor|s'il (?:te|vous) plait|silakan|si us plau|si et plau|"
                     r"sisplau|os gwelwch yn dda|os gwelwch chi'n dda)(?![\w])")  # (Catalan's "please" holds "si",
# which alone is "if", and Welsh "please", "if you see well", holds "os", which alone is "if")
_QUARTER_HOUR = re.compile(r"(?<![\w])(?:en|em|tra|fra|dans|in|over|om|za|daqui a|dentro de)\s+(?:einer |una |un |uma |"
                           r"um |een |en |1 )?(?:viertelstunde|cuarto de hora|quarto d'?ora|"
                           r"quart d'?heure|quart d'?hora|quarto de hora|kwartier|kvart|kwadrans)(?![\w])")
_HALF_HOUR = re.compile(r"(?<![\w])(?:(?:en|em|tra|fra|dans|in|over|daqui a|dentro de)\s+(?:media hora|meia hora|"
                        r"mezz'?ora|mezzora|une demi-heure|demi-heure|einer halben stunde|"
                        r"halbe stunde|een half uur|half uur|mitja hora)|za pol godziny|om en halvtimme|"
                        r"om en halv timme|om en halvtime|om en halv time|om en halvtimer)(?![\w])")
_HOUR_AND_A_HALF = re.compile(r"(?<![\w])(?:en|em|tra|fra|dans|in|over|za)\s+(?:una hora y media|"
                              r"un'? ?ora e mezza|une heure et demie|uma hora e meia|"
                              r"(?:ein)?einhalb stunden|anderthalb stunden|anderhalf uur|"
                              r"po[lł]torej godziny|en och en halv timme)(?![\w])")
# A minute and a half ("over anderhalve minuut"), and N units and a half ("en tres minutos y medio")
_MINUTE_AND_A_HALF = re.compile(r"(?<![\w])(?:en|em|tra|fra|dans|in|over|binnen|za)\s+(?:un minuto y medio|"
                                r"un minuto e mezzo|une minute et demie|um minuto e meio|(?:ein)?einhalb minuten|"
                                r"anderthalb minuten|anderhalve minuut|anderhalf minuut|poltorej minuty)(?![\w])")
_AND_A_HALF = re.compile(r"(?<![\w.@/-])(in|en|em|tra|fra|dans|over|binnen|za)\s+(\d+)\s*([a-z]+)\s+"
                         r"(?:y|e|et|und|en)\s+(?:medio|media|meio|meia|mezzo|mezza|demie?|halb|half)(?![\w])")


def _and_a_half(found: re.Match[str]) -> str:
    """"en 3 minutos y medio" -> "en 210 sek", "in 2 Stunden und halb" -> "in 150 minuten" (else unchanged)."""
    unit = _UNIT_WORD.get(found[3])
    if unit not in ("minutes", "hours"):
        return found.group()
    return f"{found[1]} {int(found[2]) * 60 + 30} {'sek' if unit == 'minutes' else 'minuten'}"


_UNITS = {"s": ("sekunden", "segundos", "secondi", "secondes", "seconden", "sek", "seg", "sekunde", "segundo",
                "secondo", "seconde", "sekund", "sekundy", "detik", "segons", "sekundem",
                "sekundi"),  # (Croatian, Serbian, Bosnian: "za 45 sekundi", "za 5 minuta", "za 2 sata")
          "minutes": ("minuten", "minutos", "minuti", "minutes", "min", "minuto", "minute",
                      "minut", "minuty", "minuut", "menit", "minuts", "minutah", "minutem", "minuta"),
          "hours": ("stunden", "stunde", "horas", "hora", "ore", "ora", "heures", "heure", "uur",
                    "godzin", "godziny", "godzine", "hodin", "hodiny", "hodinu", "jam", "hores", "uro", "uri", "ure",
                    "ur", "stundam", "stundas", "stundu", "sata", "sati")}
# (Slovenian after "čez", Latvian after "pēc": "čez 2 uri")
# Catalan says a delay "from here to" ("d'aquí a 20 minuts", "d'aquí 20 minuts"): "en"; a delay said about ("en unos
# 20 minutos", "d'aquí uns 20 minuts", "dans environ 20 minutes", "in etwa 20 Minuten") is its number
_FROM_HERE = re.compile(r"(?<![\w])d'aqui(?: a)?(?=\s)")
_ABOUT = re.compile(r"(?<![\w])(in|en|em|tra|fra|dans|over|binnen|za|daqui a|dentro de)\s+(?:unos|unas|uns|umas|unes|"
                    r"circa|environ|etwa|ungefahr|ongeveer|okolo|cirka|omkring)\s+(?=\d)")
# Lithuanian says a delay "after" its number, with the unit in the genitive: "po 10 minučių", "po 2 valandų"
_LITHUANIAN_DELAY = re.compile(r"(?<![\w.@/-])po\s+(\d+)\s+(sekundziu|sekundes|minuciu|minutes|valandu|valandos)"
                               r"(?![\w])")


# ... and Estonian after it, with the number and unit in the genitive: "5 minuti pärast", "kahe minuti pärast"
_ESTONIAN_NUMBERS = {"uhe": 1, "kahe": 2, "kolme": 3, "nelja": 4, "viie": 5, "kuue": 6, "seitsme": 7, "kaheksa": 8,
                     "uheksa": 9, "kumne": 10, "viieteistkumne": 15, "kahekumne": 20, "kolmekumne": 30}
_ESTONIAN_DELAY = re.compile(r"(?<![\w.@/-])(\d+|" + "|".join(sorted(_ESTONIAN_NUMBERS, key=len, reverse=True)) +
                             r")\s+(sekundi|minuti|tunni)\s+parast(?![\w])")


def _estonian_delay(found: re.Match[str]) -> str:
    unit = {"s": "sek", "m": "minuten", "t": "stunden"}[found[2][0]]
    return f" in {_ESTONIAN_NUMBERS.get(found[1], found[1])} {unit} "


def _lithuanian_delay(found: re.Match[str]) -> str:
    unit = {"s": "sek", "m": "minuten", "v": "stunden"}[found[2][0]]
    return f" in {found[1]} {unit} "


# Turkish says the delay after its number: "1 saat sonra", "10 dakika sonra"
_TURKISH_DELAY = re.compile(r"(?<![\w.@/-])(\d+)\s*(saniye|dakika|saat)\s+sonra(?![\w.@/-])")
_TURKISH_UNITS = {"saniye": "sekunden", "dakika": "minuten", "saat": "stunden"}
# ... and Malay and Indonesian "N more minutes" ("reboot alat ini 10 menit lagi": in 10 minutes)
_MALAY_DELAY = re.compile(r"(?<![\w.@/-])(\d+)\s*(detik|saat|menit|minit|jam)\s+lagi(?![\w.@/-])")
_MALAY_UNITS = {"detik": "sekunden", "saat": "sekunden", "menit": "minuten", "minit": "minuten", "jam": "stunden"}
# ... and a quarter, a half, an hour and a half said in words ("çeyrek saat sonra", "yarım saat sonra", "bir buçuk saat
# sonra")
_TURKISH_WORDED_DELAY = re.compile(r"(?<![\w.@/-])(ceyrek|yarim|bir bucuk) saat sonra(?![\w.@/-])")
_TURKISH_WORDED_MINUTES = {"ceyrek": 15, "yarim": 30, "bir bucuk": 90}
# ... and its number said in words ("bir saat sonra", "on dakika sonra", "yirmi beş dakika sonra"), after those
_TURKISH_NUMBER_WORDS = {"bir": 1, "iki": 2, "uc": 3, "dort": 4, "bes": 5, "alti": 6, "yedi": 7, "sekiz": 8,
                         "dokuz": 9, "on": 10, "on bes": 15, "yirmi": 20, "yirmi bes": 25, "otuz": 30, "kirk": 40,
                         "kirk bes": 45, "elli": 50, "altmis": 60, "doksan": 90}
_TURKISH_NUMBERED_DELAY = re.compile(r"(?<![\w.@/-])(" + "|".join(sorted(_TURKISH_NUMBER_WORDS, key=len, reverse=True))
                                     + r") (?=(?:saniye|dakika|saat) sonra(?![\w.@/-]))")
# ... and the number of a thing before it ("2 numaralı şeritteki kamera", "3 nolu pompa"): said after it, as the
# other languages say it ("şerit 2")
_TURKISH_NUMBERED = re.compile(r"(?<![\w.])(\d{1,3})\s*(?:numarali|nolu|no'lu)\s+([a-z][\w']*)")
_UNIT_WORD = {w: unit for unit, words in _UNITS.items() for w in words}
_WORDED_DELAY = re.compile(r"(?<![\w.@/-])(in|en|em|tra|fra|dans|over|binnen|za|daqui a|dentro de|dalam|cez|pec)\s+("
                           + "|".join(
    sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\s+(?=(" + "|".join(
    sorted(_UNIT_WORD, key=len, reverse=True)) + r")(?![\w.@/-]))")
_DELAY = re.compile(r"(?<![\w.@/-])(in|en|em|tra|fra|dans|over|binnen|za|daqui a|dentro de|dalam|cez|pec)\s+(\d+)\s*(" +
                    "|".join(sorted(_UNIT_WORD, key=len, reverse=True)) + r")(?![\w.@/-])")
_ENGLISH_DELAY = ({"in", "over"}, {"minutes", "min", "minute"})


# Swedish, Norwegian and Danish "om två timmar", "om 10 minutter" (Dutch "om 5 uur" is a time
# of day: "om" is a delay only with these languages' units)
_SCANDINAVIAN_NUMBERS = {"en": 1, "ett": 1, "tva": 2, "to": 2, "tre": 3, "fyra": 4, "fire": 4,
                         "fem": 5, "tio": 10, "ti": 10, "femton": 15, "femten": 15, "tjugo": 20,
                         "tjue": 20, "tyve": 20, "trettio": 30, "tretti": 30, "tredive": 30}
_SCANDINAVIAN_DELAY = re.compile(r"(?<![\w.@/-])om\s+(\d+|" + "|".join(_SCANDINAVIAN_NUMBERS) +
                                 r")\s+(timmar|timme|timmen|timer|timen|minuter|minutter|minut|"
                                 r"minutes|sekunder)(?![\w.@/-])")  # ("minutter" spelled out)


# What a delay is timed to, said before it ("reinicia després de l'entreacte, d'aquí uns 20 minuts", "redémarre après
# l'entracte, dans 20 minutes"): one word after "after", which the delay said next makes no condition
_TIMED_TO = re.compile(r"(?<![\w])(?:despres|despues|apres|dopo|depois|nach|efter|etter)\s+(?:de |del |d'|da |do |di )?"
                       r"(?:l'|la |le |les |el |il |lo |o |a |der |dem |den |de |het )?[\w']+\s*,\s*(?=" +
                       _DELAY.pattern + ")")


def _scandinavian_delay(found: re.Match[str]) -> str:
    number = int(found[1]) if found[1].isdigit() else _SCANDINAVIAN_NUMBERS[found[1]]
    minutes = number * 60 if found[2].startswith("tim") else number
    return f" in {number} sek" if found[2] == "sekunder" else f" in {minutes} minutes"


def _delay(found: re.Match[str]) -> str:
    return f"in {found.group(2)} {_UNIT_WORD[found.group(3)]}"


def _foreign_delay(found: re.Match[str]) -> bool:
    return found.group(1) not in _ENGLISH_DELAY[0] or found.group(3) not in _ENGLISH_DELAY[1]
_COURTESY = re.compile(r"now|pls|plz|please|aub|a\.u\.b\.?|bitte|svp|grazie|gracias|obrigad[oa]|"
                       r"even|eventjes|mal|kurz|eben|rapidinho|vite|gerne|"
                       r"porfa|porfavor|tolong|prosim|prosze|takk|tack|oye|hola|ciao|salut|hallo|lutfen|kerem|"
                       r"hei|hej|ola|dong|deh|ludzu|"
                       r"plis|diolch")  # (Welsh "please" and "thanks", as typed: "..., plîs")
_PROFILE_ALONE = re.compile(rf"\s*(?:(?:{_COURTESY.pattern})\s+)*(powersave|performance|balanced) "
                            rf"mode(?:\s+(?:{_COURTESY.pattern}))*\s*[.!]*\s*")



# "herstart over 5 minuten aub (reboot in 5 min)", "kun je nginx herstarten? sorry, english:
# restart nginx": the operator says it again in English. The English is acted on only when the
# other language's words are the closed form this module reads (a verb, names, a delay,
# courtesies: nothing else, so no negation, condition or story hides there) and say the same
# thing: the same kind of verb, the same names, the same delay.
_RESTATED = (
    re.compile(r"^(?P<other>.+?)\s*[,;.?!]?\s*(?:sorry,?\s*)?(?:in )?english\s*:\s*(?P<english>.+)$"),
    re.compile(r"^(?P<other>[^()]+?)\s*\((?P<english>[^()]+)\)\s*$"),
    re.compile(r"^(?P<other>.+)\s*[,;/]\s*(?P<english>[\x00-\x7f]+)$"),
)
# Courtesies and "can you" of those languages, which may stand beside the verb
_OTHER_WORDS = re.compile(r"(?<![\w])(?:kun je|kan je|kannst du|konnen sie|puedes|podes|pode|peux|"
                          r"pouvez|potresti|puoi|bitte|por favor|alsjeblieft|aub|prosze|svp|merci|"
                          r"danke|gracias|obrigad[oa]|hoi|hallo|hola|ola|sorry)(?![\w])")
_ASKED = re.compile(r"(?<![\w])(?:kun je|kan je|kannst du|konnen sie|puedes|podes|pode|peux|pouvez|"
                    r"potresti|puoi)(?![\w])")  # a question that asks for it ("kun je ...?")
_SAME = {"restart": ("restart", "reboot", "bounce"), "start": ("start",), "stop": ("stop",),
         "bring": ("bring", "up"), "turn": ("turn", "switch"), "mount": ("mount",),
         "unmount": ("unmount", "umount", "eject"), "shut down": ("shut",)}


# Serbian (and Montenegrin) Cyrillic, letter for letter in Serbian's Latin script, which the readers here read
_SERBIAN_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i", "ј": "j",
    "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š"})
# ... told from Russian, Ukrainian, Bulgarian or Macedonian by its own letters and none of theirs (never a text without
# them: "стоп nginx завтра" is Russian, and English words around "zavtra" would be read without it)
_SERBIAN = re.compile("[јђћџљњ]")
_NOT_SERBIAN = re.compile("[ыэъёйщяюієїґѓќѕ]")


def serbian_in_latin(text: str) -> str:
    """A text in Serbian Cyrillic ("Рестартуј за 90 секунди") in Serbian Latin ("restartuj za 90 sekundi"); any other
    text unchanged."""
    low = text.lower()
    if not _SERBIAN.search(low) or _NOT_SERBIAN.search(low):
        return text
    return low.translate(_SERBIAN_LATIN)


def restated(text: str, names: Callable[[str], bool]) -> str:
    """The English restatement of a command said first in another language, else the text."""
    for form in _RESTATED:
        said = form.match(text)
        if said is None:
            continue
        other, english = said.group("other"), said.group("english").strip(" .!")
        other = re.sub(r"\bza po[lł] godziny\b", "za 30 minut", other)  # half an hour
        verbs = list(_VERB.finditer(other))
        if len(verbs) != 1 or not english.isascii() or re.search(r"[?,.;!]", english):
            return text  # one English request, nothing after it ("..., zei de baas")
        verb = _VERBS[verbs[0].group(1)][0]
        rest = other[:verbs[0].start()] + " " + other[verbs[0].end():]
        delays = [_delay(d) for d in _DELAY.finditer(rest)]
        rest = _OTHER_WORDS.sub(" ", _DELAY.sub(" ", rest))
        if "?" in rest and not _ASKED.search(other):
            return text  # "reinicia nginx?" asks whether
        words = [_named(w, names) or "" for w in re.split(r"[\s,.;!?]+", rest)
                 if w and not _COURTESY.fullmatch(w)]
        if not all(words) or not all(
                re.search(rf"(?<![\w.@-]){re.escape(w)}(?![\w@-])", english) for w in words):
            return text  # a word it cannot read, or a name the English does not say
        if not re.match(rf"(?:please |pls )?(?:{'|'.join(_SAME[verb])})\b", english) or \
                len(delays) > 1 or not _same_delay(delays, english):
            return text
        return english
    return text


def _same_delay(delays: list[str], english: str) -> bool:
    """Whether the English says the delay the other language said (or both say none)."""
    said = re.search(r"\bin (\d+)\s*(s|sec\w*|m|min\w*|h|hours?)\b", english)
    if not delays:
        return said is None
    number, unit = delays[0].split()[1:]
    return said is not None and said.group(1) == number and said.group(2)[0] == unit[0]


# How something is, said in those languages: "de wifi staat uit", "il wifi è acceso", "nginx
# ist aus". A statement, never a request (its words must not be read as English: "staat" is no
# mistyped "start", "acceso" no "access").
_HOW_IT_IS = re.compile(r"(?<![\w])(?:staat|staan|stond|is|ist|sind|war|est|e|esta|estan|sta|ar|er|jest|je|jsou|"
                        r"sono|era|fica|ficou)\s+(?:nog |noch |ancora |todavia |encore |al |schon |"
                        r"ya |gia |again |weer |wieder )?(?:uit|aan|an|aus|acceso|accesa|spento|spenta|"
                        r"encendido|encendida|apagado|apagada|allume|allumee|eteint|eteinte|ligado|"
                        r"ligada|desligado|desligada|pa|av|wlaczony|wlaczona|wylaczony|wylaczona|zapnut[yae]|vypnut[yae]|"
                        r"kapot|kaputt|caido|caida|giu|fermo|ferma|gestopt|gestoppt)(?![\w])|"
                        # English state words after a copula of another language: "eth0 est down"
                        # (and Czech, Swedish, Norwegian and Danish: "agent je offline", "agenten är offline")
                        r"(?<![\w])(?:est|esta|estan|ist|sind|jest|je|jsou|ar|er|sono|era|e|sta|fica|ficou)\s+"
                        r"(?:down|up|off|on|offline|online|hs|ko)(?![\w])")


def says_how_it_is(text: str) -> bool:
    """Whether the text only says, in another language, how something is."""
    found = _HOW_IT_IS.search(text)
    return found is not None and not _VERB.search(text) and not lexicon.effects(
        text[:found.start()] + " " + text[found.end():])


def said_done(text: str, fold: Callable[[str], str]) -> str:
    """The text (accents not yet folded) with what was done in those languages said in
    English: "nginx a redémarré" -> "nginx a restarted" (a report, never a request)."""
    def english(found: re.Match[str]) -> str:
        stem = fold(found[1].lower())
        forms = (stem + "e", stem + "er") if found[2] else (stem + "ar", stem + "er", stem + "ir",
                                                              stem + "are", stem + "ire")
        verb = next((_VERBS[f] for f in forms if f in _VERBS), None)
        return f"{_PAST[verb[0]]}{verb[1]}" if verb else found.group()
    # ("on a redémarré nginx": "we restarted", never "on" asked for)
    return re.sub(r"(?i)\bon a (?=[a-z]+ed\b)", "we ", _DONE.sub(english, text))


def unread(text: str) -> bool:
    """Whether the text still holds a verb of another language (not read as a closed form)."""
    return _VERB.search(text) is not None or more_languages.unread(text)


# A clause after the request that says why ("..., die Bestellseite lädt nicht") is left unread
# when it cannot change the request: no verb of the catalog, time, condition, contrast or
# sequence, no question, and more than a bare negation
_NOT_A_REASON = frozenset([
    "pero", "aber", "mais", "ma", "mas", "maar", "ale", "men", "sondern", "sino", "mejor",
    "besser", "mieux", "meglio", "melhor", "beter", "lepiej", "hellre", "battre", "ahora", "jetzt",
    "maintenant", "ora", "adesso", "agora", "nu", "teraz", "luego", "despues", "dann",
    "danach", "puis", "ensuite", "poi", "dopo", "depois", "dan", "daarna", "potem", "sedan", "sen",
    "morgen", "manana", "demain", "domani", "amanha", "jutro", "imorgon", "noch", "todavia",
    "encore", "ancora", "ainda", "nog", "jeszcze", "annu", "erst", "solo", "nur", "seulement",
    "apenas", "alleen", "tylko", "bara", "endast", "nooit", "nunca", "jamais", "mai", "nigdy",
    "aldrig", "niemals", "nie", "nein", "nee", "nej",
    # and in English, said after a request in another language
    "but", "not", "never", "now", "later", "then", "after", "before", "tomorrow", "tonight",
    "only", "still", "yet", "unless", "if", "when", "wait", "instead", "rather", "actually",
    "don't", "dont", "cancel"])


# Who said it: "sagt der Chef", "dice el jefe", "zegt de baas", "står i ärendet" (Swedish "står" says
# where it is written only before "i" or "på", or after "det": "pumparna står still" is how they stand)
_REPORTING = re.compile(r"(?<![\w])(?:sagt|sagte|meint|dice|dijo|dit|disait|zegt|zei|diceva|"
                        r"secondo|diz|disse|mowi|powiedzial\w*|sager|sa|star(?= (?:i|pa) )|det star|schreibt|escribe|"
                        r"ecrit|schrijft|scrive|escreve|pisze|skriver|laut|segun|selon|volgens|"
                        r"wedlug|enligt|ticket|ticketu|arende\w*|chef|jefe|capo|baas|chefe|szef)(?![\w])")
# What a thing of the device reports ("Opencast hlásí, že agent je offline", "das Dashboard meldet, dass ...",
# "le superviseur signale que ..."): a program or a device that tells, never a person ("der Chef meldet")
_TOLD_BY_A_THING = re.compile(r"^\s*(?P<who>[\w.@-]+(?: [\w.@-]+)?) (?:hlasi|meldet|signalisiert|signale|signalent|"
                              r"segnala|segnalano|reporta|reportan|informa|informan|indica|zglasza|raportuje|"
                              r"rapporterar|rapporterer|melder|meldt|rapporteert|geeft aan|bildirir|bildiriyor|"
                              r"melaporkan|ilmoittaa|jelzi)\s*,?\s*(?:ze|dass|que|qu'|che|att|at|dat|bahwa|etta|hogy)\s+"
                              r"(?P<what>.+)$")
# A number said as a time or a delay ("um 5", "a las 3", "10:30", "in 10 minuten"); "row 4" is none
# (an hour's letter ends the word: "2 h", "10h30", never "Kaverne 2 hängt")
_TIME_SAID = re.compile(r"\d\s*(?:(?:h|hrs?|hours?|uhr|heures?|horas?|ore|uur)(?![a-z])|godz\w*|[:.]\d)|"
                        r"(?<![\w])(?:um|a las|"
                        r"alle|om|kl|o|as|a|at|vers|por volta das|gegen|rond|okolo|kello|klo|klockan|klokken|klokka|"
                        r"pukul|jam|godzinie|hora)\s+\d")
# A time of day said after the word for the clock ("klockan tre", "kello 3", "saat 3", "jam 3", "الساعة الثالثة")
_AT_A_TIME_OF_DAY = re.compile(
    r"(?<![\w])(?:klockan|klokka|klokken|kello|klo|saat|jam|pukul|\u0627\u0644\u0633\u0627\u0639\u0629)\s+(?:\d|(?:"
    + "|".join(sorted({*_NUMBER_WORDS, *_SCANDINAVIAN_NUMBERS} - {"en", "i", "a", "o", "to", "um", "un", "una"},
                      key=len, reverse=True)) + r"|\u0627\u0644\w+)(?![\w]))")
# Since when something fails ("el SO2 marca cero desde las 4", "zeigt null seit 6 Uhr", "depuis 4h"): when it
# began, which asks for no time (said only of what fails: "desde las 4" alone may say from when to do it)
_SINCE = re.compile(r"(?<![\w])(?:desde|seit|depuis|dalle|dal|sinds|sedan|siden|od|sejak|dari)\s+"
                    r"(?:las |la |les |as |a |den |der |kl\.? |klockan |klokka |klokken |ore |godziny |o |jam |pukul )?"
                    r"\d{1,2}(?:[:.h]\d{2})?(?:\s*(?:h|uhr|uur|heures?|horas?|ore))?(?![\w:]|\.\d)|"
                    # ... or a past said in words ("zeigt seit heute Morgen nichts mehr an", "no marca nada desde ayer",
                    # "affiche rien depuis ce matin", "è fermo da stamattina", "stoi od wczoraj")
                    r"(?<![\w])(?:seit|desde|depuis|da|dal|sinds|sedan|siden|od|sejak)\s+(?:heute (?:morgen|fruh)|"
                    r"gestern(?: abend)?|stunden|tagen|esta manana|ayer|hace horas|ce matin|hier(?: soir)?|des heures|"
                    r"stamattina|stamani|ieri(?: sera)?|ore|vanochtend|vanmorgen|gisteren|uren|i morse|i morges|igar|"
                    r"i gar|rana|wczoraj|vcera|godzin|hodin)(?![\w])")


_NOT_A_VERB = r"(?!(?:" + "|".join(v for v in _VERBS if " " not in v) + r")(?![\w]))"
# Out of reach, said with a copula ("agent je offline", "die Kamera ist nicht erreichbar", "la caméra est
# injoignable"; German and Dutch say it last: "dass der Agent offline ist"): how a thing is, where "offline" is no
# verb of the catalog
_OUT_OF_REACH = re.compile(r"(?<![\w])(?:je|jsou|ist|sind|est|sont|esta|estan|sono|jest|sa|ar|er|zijn|is)\s+"
                           r"(?:offline|off-line|nedostupn\w*|nicht erreichbar|unerreichbar|injoignable|inaccessible|"
                           r"irraggiungibile|niedostepn\w*|onbereikbaar|inalcanzable|inaccesible|inacessivel|"
                           r"otillganglig|utilgjengelig|utilgaengelig)(?![\w])|"
                           r"(?<![\w])(?:offline|nicht erreichbar|unerreichbar|onbereikbaar) "
                           r"(?:ist|sind|is|zijn)(?![\w])")
# What a reason clause says: something is wrong ("die Bestellseite lädt nicht", "le valvole non
# si aprono"). A last clause is skipped only if it says so, in one of these languages.
# A reading said with its unit, as why ("la cave est à 19 degrés", "el invernadero está a 34 grados", "der Keller hat 19
# Grad"): its number is no time of day ("a 19")
_READING_SAID = re.compile(
    r"(?<![\w])(?:est|sont|esta|estan|e|sta|ist|sind|hat|haben|zijn|staat|jest|je|er|ar|har|on|van|is) "
    # (only, still, already: "vandet er kun 34 grader", "das Wasser hat nur 34 Grad", "está solo a 20 grados")
    r"(?:(?:kun|bare|bara|nur|noch|erst|schon|solo|solamente|apenas|so|seulement|que|encore|deja|alleen|maar|nog|al|"
    r"tylko|juz|jeszcze|jen|uz|jeste|vain|enaa|jo|csak|mar|meg|still|only|just|already) )?"
    r"(?:a |bei |op |auf |na |pa |en |em |al |alla |at |uz |nad )?-?\d+(?:[.,]\d+)? ?(?:degres|degre|grados|grado|"
    r"graus|grau|gradi|grad|graden|grader|stopni|stopnie|stupnu|stupne|fok|derece|astetta|°c?)(?![\w])")
_TROUBLE = re.compile(r"(?<![\w])(?:" + "|".join((
    # German
    r"funktioniert|geht nicht|geht nix|ladt|laedt|hangt|haengt|kaputt|fehler\w*|abgesturzt|sturzt|"
    r"reagiert|keine daten|leer|langsam|friert|eingefroren|spinnt|ruckelt|sendet|senden|zeigt nichts|"
    r"startet nicht|ist tot|tot|ausgefallen|"
    # a breakage had ("wir haben einen Matrizenbruch an Presse 3", "Kabelbruch", "een breuk in de leiding")
    r"[a-z]*bruch|[a-z]*breuk|rotura|rottura",
    # Italian, Romanian: what jumps, drops out or fell over ("il genlock salta", "a picat", "nu merge")
    r"salta|saltano|va e viene|a picat|au picat|nu merge|nu mai merge|nu functioneaza|s-a blocat",
    # Spanish, Portuguese
    r"no funciona|no carga|no responde|se cuelga|colgad[oa]|caid[oa]|error|errores|lent[oa]|no va|"
    r"no (?:funcionan|cargan|responden|andan|van)|nao (?:funcionam|respondem|carregam)|"
    r"no anda|no publica\w*|no envia\w*|congelad[oa]|vaci[oa]|falla|fallan|fallo|fallaron|(?:ha|han) fallado|"
    r"falhou|falharam|sin datos|rot[oa]|"
    r"nao funciona|nao responde|travou|travad[oa]|erro|caiu|nao carrega|parad[oa]|nao abre|no abre|"
    r"vazi[oa]|sem dados|(?<!nao )(?:saiu|sairam|saimos|caiu|cairam) do ar|"
    r"(?<!nao )(?<!nao esta )(?<!nao estao )(?<!nao estamos )fora do ar",  # (off the air: an outage)
    # French, Italian
    r"ne marche|ne fonctionne|ne repond|plante|bloque|bloquee|erreur|fige|figee|vide|en panne|"
    r"hors ligne|ne charge|non funziona|non va|non risponde|bloccat[oa]|errore|si blocca|"
    r"non carica|vuot[oa]|non pubblicano|non si aprono|non si apre|giu|crashat[oa]|ferm[oa]|"
    r"non parte|non invia\w*|"
    # (a lock or a fix lost: "le recalage sur les balises a décroché", "le GPS décroche")
    r"(?<=\w )(?:a|ont|est|sont)? ?decroche[es]?|(?<=\w )decrochent|"
    # (a value or a machine that stands still: "setpunktet har stået stille", "der Sollwert steht still", "de teller
    # staat stil")
    r"(?<=\w )(?:star|stod|har staet|har statt|har stadt|staar|steht|stehen|stand|standen|staat|staan|stond|stonden)"
    r" (?:helt |ganz |al |nog |fortfarande |stadig |immer noch )?(?:stille|still|stil)(?![\w])",
    # Dutch, Polish, Swedish
    r"werkt niet|doet het niet|hangt|vastgelopen|fout|traag|laadt niet|reageert niet|leeg|plat|niet open|"
    r"(?:ligt|liggen) (?:eruit|er uit)|"
    r"niet meer|kwijt|verloren|verliert|perdeu|perdio|perdu|perso|perdido|perdida|sumiu|desaparec\w*|"
    r"crasht|nie dziala|zawiesil\w*|blad|bledy|wolno|nie odpowiada|nie laduje|pusty|padl|"
    # (Polish, a machine that stands or stood still, after its subject: "suszarnia stoi", "prasa stanęła")
    r"(?<=\w )(?:stoi|stoja|stanal|stanela|stanelo|stanely|staneli)(?: w miejscu)?|"
    r"fungerar inte|funkar inte|hanger|fel|langsam|svarar inte|laddar inte|tom|kraschat|nere|"
    # (what it missed, said after its subject: "tidtagningen missade två hundar", "die Zeitmessung hat zwei Hunde
    # verpasst", "de tijdwaarneming heeft twee honden gemist")
    r"(?<=\w )(?:missade|missar|missat|missede|misset|verpasste|verpasst|gemist)|"
    # (too hot, said as why: "det er som en sauna derinde", "es ist wie in einer Sauna", "c'est un four là-dedans",
    # "det er alt for varmt", "es ist viel zu heiß", "il fait trop chaud")
    r"(?:som|wie|als|comme|como|come|kuin) (?:i |in )?(?:en |ein |eine |einer |einem |een |un |une |una |um |uma )?"
    r"(?:sauna|bastu|badstue|ovn|ugn|ofen|backofen|oven|four|horno|forno|sauna'?ssa)|"
    r"(?:alt for|altfor|allt for|alldeles for|viel zu|zu|veel te|te|trop|demasiado|troppo|muito|liian) "
    r"(?:varmt|hett|heiss|warm|heet|chaud|calor|caldo|quente|kuuma)",
    # Norwegian, Danish and Swedish: a present of what a thing does, negated ("skjermen viser ikke noe"; an
    # imperative is said without its "-r": "send ikke", "vis ikke"); what it does not get ("boredekket får
    # ikke data"), never what one may not ("får ikke lov", "får inte stoppas") or will not ("kommer inte att")
    r"(?:virker|fungerer|svarer|laster|viser|visar|sender|skickar|kommer|gir|ger|oppdaterer|opdaterer|"
    r"uppdaterar|starter|logger|loggar|maler|mater|teller|raknar|skriver|kobler|ansluter|lader|apner|oppnar|"
    r"reagerer|reagerar|registrerer|registrerar|henter|hamtar|trykker|printer|lyser) (?:ikke|inte)"
    r"(?! (?:att|a|til|an)(?![\w]))|"
    r"(?:far|faar) (?:ikke|inte) (?:noe|nogen|noget|nagot|nagon|data|signal|kontakt|svar|strom|nett|bilde|"
    r"bilder|bild|lyd|ljud|meldinger|verdier|varden|tilkobling|forbindelse|anslutning)|"
    r"henger|haenger|ligger nede|er nede|feil|fejl|treg|langsom|krasjet|kraesjet|frosset|"
    # (and "goes" negated, "ovnsviften går ikke", never "det går ikke an", it may not; what a thing shows or gives
    # none of, "det viser ingen vægt", "vågen visar ingen vikt")
    r"(?<!det )(?<!de )(?:gar|gaar) (?:ikke|inte)(?! (?:an|att|a|til)(?![\w]))|"
    r"(?:viser|visar|gir|giver|ger|sender|skickar|maler|mater|maaler|registrerer|registrerar|henter|hamtar) "
    r"(?:ingen|intet|inget)(?: [\w']+)?",
    _OUT_OF_REACH.pattern,
    _READING_SAID.pattern,
    # work under way on a thing, said as why ("sammuta langallinen verkko, kytkintä vaihdetaan", "der Switch wird
    # getauscht", "de switch wordt vervangen", "switchen byts ut")
    r"vaihdetaan|korjataan|huolletaan|asennetaan|siirretaan|puhdistetaan|"
    r"(?:wird|werden) (?:gerade |jetzt )?(?:getauscht|gewechselt|ersetzt|repariert|gewartet|umgebaut)|"
    r"(?:wordt|worden) (?:nu |net )?(?:vervangen|gerepareerd|onderhouden|gewisseld)|"
    r"(?:byts|bytes|byttes|skiftes|udskiftes|lagas|repareras|repareres)(?: ut| ud)?",
    # a reading stuck at zero ("el SO2 marca cero", "die Waage zeigt null", "il sensore segna zero")
    # (and said in a progressive, with its decimals and unit: "está leyendo 0,0 kg en todas las botellas")
    r"(?:marca|marcan|muestra|muestran|lee|leen|indica|indicam|indican|mostra|mostram|mostrano|marcam|"
    r"(?:esta |estan |esta a |estao a |sta |stanno )(?:leyendo|marcando|mostrando|indicando|dando|ler|marcar|"
    r"mostrar|indicar|dar|lendo|leggendo|segnando|indicando|dando)|"
    r"segna|segnano|legge|leggono|affiche|affichent|indique|indiquent|marque|marquent|zeigt|zeigen|misst|"
    r"geeft|geven|toont|meet|pokazuje|pokazuja|wskazuje|wskazuja|visar|viser|ukazuje|menunjukkan|"
    r"(?:se )?(?:queda|quedo|fica|ficou|resta|rimane|reste|bleibt|blijft|stoi|star|staat|staan|steht|stehen) "
    # (since when said between: "de waarden staan sinds vannacht op nul", "die Werte stehen seit heute Nacht auf null")
    r"(?:(?:sinds|seit|desde|depuis|da|dalla|od|sedan|siden) (?:heute |gisteren |gestern )?[\w-]+ )?"
    r"(?:en|em|a|auf|op|na|pa)) "
    r"(?:cero|zero|null|nul|noll|nulu|nol|0+(?:[.,]0+)?(?: ?(?:kg|g|bar|psi|kilos?|l))?)(?![\w]|[.,]\d)"
    r"(?: staan| stehen| stehen geblieben)?|na zerze|sifir\w*",
    # how it is, said after a copula ("die staat uit", "sie ist aus", "è spento", "está caído"), never
    # already so ("staat al uit", "ist schon aus": the request may be done)
    r"(?:staat|staan|is|ist|sind|est|sont|esta|estan|e|sta|ar|er|jest|je|jsou|sono)\s+(?:nog |noch |ancora |"
    r"todavia |encore |weer |wieder |igen )?(?:uit|aan|aus|an|spento|spenta|acceso|accesa|apagado|apagada|encendido|"
    r"encendida|eteint|eteinte|allume|allumee|desligado|desligada|ligado|ligada|av|wylaczony|wylaczona|wlaczony|"
    r"wlaczona|vypnut[yae]|zapnut[yae]|kapot|kaputt|caido|caida|gestopt|gestoppt|fermo|ferma|giu|down|offline)|"
    # (its participle said in English by then: "a placa está apagada", "la pantalla está apagada")
    r"(?:esta|estao|estan|sta|stanno|est|sont|ist|sind|jest|je|er|ar) turned (?:off|on)",
    # Welsh: stuck ("mae hi'n sownd ar agor"), not working ("dydy o ddim yn gweithio"), broken or frozen ("wedi torri")
    r"(?:mae (?:hi|e|o|fe|fo|nhw)'n|mae'n|yn) sownd(?: ar agor| ar gau)?|(?:dydy|dyw|dydi) (?:hi|e|o|fe|fo|nhw) ddim "
    r"yn (?:gweithio|ymateb|darllen|cyfrif|anfon)|ddim yn gweithio|wedi (?:torri|rhewi|stopio|methu|sticio)",
    # Swedish, Norwegian and Danish passives of what is not done ("summorna uppdateras inte", "verdiene
    # registreres ikke"); German separable verbs of what does not come in ("die Werte kommen nicht an", "kommt
    # nicht mehr rein") and presents of what a thing does, negated ("misst nicht mehr"); French "no more" of
    # what a thing sends ("plus aucune température", "plus de données"), never of a need ("plus aucun besoin")
    r"(?:uppdateras|oppdateres|opdateres|registreras|registreres|sparas|lagras|lagres|gemmes|skickas|sendes|visas|"
    r"vises|lases|leses|laeses|raknas|telles|taelles|hamtas|hentes|overfors|overfores|synkas|synkroniseras|"
    r"synkroniseres|laddas|lastes|indlaeses|mottas|modtages|skrivs|skrives|loggas|logges) (?:inte|ikke)|"
    r"(?:kommt|kommen|geht|gehen|lauft|laeuft|laufen) (?:nichts|nicht|keine \w+)(?: mehr)? "
    r"(?:an|rein|herein|durch|raus|heraus|hoch|zuruck)|"
    r"(?:misst|messen|zahlt|zaehlt|zahlen|zaehlen|liest|lesen|schreibt|schreiben|druckt|drucken|aktualisiert|"
    r"aktualisieren|antwortet|antworten|liefert|liefern|meldet|melden|erkennt|erkennen|empfangt|empfaengt|empfangen|"
    r"ubertragt|uebertraegt|ubertragen|uebertragen|speichert|speichern|scannt|scannen|verbindet|verbinden|"
    r"synchronisiert|synchronisieren|leuchtet|leuchten|heizt|heizen|kuhlt|kuehlt|kuhlen|kuehlen|wiegt|wiegen|"
    r"offnet|oeffnet|offnen|oeffnen) (?:nichts|nicht)(?: mehr)?|"
    # (and none of what it gives: "die Zentrifuge zeigt keine Drehzahl mehr", "die Waage liefert keinen Wert")
    r"(?:zeigt|zeigen|misst|messen|liefert|liefern|sendet|senden|meldet|melden|gibt|geben|druckt|drucken|liest|lesen|"
    r"schickt|schicken|erkennt|erkennen|zahlt|zaehlt|zahlen|zaehlen|empfangt|empfaengt|empfangen|schreibt|schreiben|"
    r"ubertragt|uebertraegt|ubertragen|uebertragen|erfasst|erfassen|bekommt|kriegt) (?:auch |mehr )?"
    r"(?:keine|keinen|kein)(?: [\w'-]+)?(?: mehr)?|"
    # (a passive of what is no longer done: "Risse werden nicht mehr erkannt", "die Daten werden nicht übertragen")
    r"(?:wird|werden) (?:nicht|nie) mehr (?:erkannt|gedruckt|gelesen|gemessen|gezahlt|gezaehlt|gesendet|geschickt|"
    r"ubertragen|uebertragen|angezeigt|aktualisiert|erfasst|gespeichert|empfangen|geliefert|gemeldet)|"
    r"plus (?:aucune?|de|d') ?(?:temperatures?|donnees?|mesures?|valeurs?|signal|signaux|images?|lectures?|poids|"
    r"pressions?|resultats?|remontees?|trames?|messages?|tickets?|impressions?|videos?|flux|releves?|comptages?|"
    r"infos?|informations?|niveaux?|debits?)",
    # Italian, Spanish and Portuguese said without a subject: a present of what a thing does, negated ("non segna
    # le stoccate", "no marca nada", "não lê os cartões"); a negated imperative is said otherwise ("non segnare",
    # "no marques", "não marque")
    r"non (?:si |ci )?(?:segna|segnano|legge|leggono|misura|misurano|conta|contano|manda|mandano|invia|inviano|"
    r"riceve|ricevono|mostra|mostrano|registra|registrano|carica|caricano|risponde|rispondono|aggiorna|aggiornano|"
    r"trasmette|trasmettono|stampa|stampano|scrive|scrivono|rileva|rilevano|vede|vedono|pesa|pesano|scansiona|"
    r"scansionano|arriva|arrivano|comunica|comunicano)(?: (?:niente|nulla|piu|nessuna|nessuno))?|"
    r"no (?:cobra|cobran|marca|marcan|lee|leen|mide|miden|cuenta|cuentan|manda|mandan|muestra|muestran|registra|"
    r"registran|imprime|imprimen|actualiza|actualizan|sincroniza|sincronizan|recibe|reciben|detecta|detectan|escanea|escanean|"
    r"graba|graban|transmite|transmiten|pesa|pesan|conecta|conectan)(?: (?:nada|ninguna|ninguno|mas))?|"
    r"nao (?:cobra|cobram|marca|marcam|le|leem|mede|medem|conta|contam|manda|mandam|mostra|mostram|registra|"
    r"registram|imprime|imprimem|sincroniza|recebe|recebem|detecta|detectam|grava|gravam|transmite|transmitem|pesa|pesam|conecta)"
    r"(?: (?:nada|nenhuma|nenhum|mais))?",
    # Czech negated presents, one word ("nové zakázky nechodí", "čtečka nereaguje"; an imperative ends otherwise:
    # "nechoď", "nereaguj"); Hungarian: what froze or stopped ("lefagyott", "leállt") and "nem" with a present
    # ("nem működik"; an imperative says "ne"); Finnish: stuck ("liput jumittaa"), "ei" or "eivät" with a present
    # ("ei toimi"; an imperative says "älä")
    r"ne(?:funguje|funguji|jde|jdou|chodi|prichazi|prichazeji|odpovida|odpovidaji|reaguje|reaguji|nacita|nacitaji|"
    r"ukazuje|ukazuji|zobrazuje|zobrazuji|posila|posilaji|odesila|odesilaji|zapisuje|zapisuji|meri|sviti|tiskne|"
    r"tisknou|pocita|pocitaji|cte|ctou|snima|snimaji|prenasi|prenaseji|synchronizuje|synchronizuji|aktualizuje|"
    r"aktualizuji|nahrava|nahravaji|uklada|ukladaji|prijima|prijimaji|dostava|dostavaji|hreje|chladi|startuje|"
    r"nabiha|vazi)|"
    r"lefagyott|leallt|elakadt|osszeomlott|kiakadt|befagyott|megallt|lehalt|hibas|hibat (?:ad|jelez)|"
    r"nem (?:mukodik|mukodnek|megy|mennek|jon|jonnek|valaszol|valaszolnak|tolt|frissul|frissulnek|latszik|latszanak|"
    r"mutat|mutatnak|mer|mernek|kuld|kuldenek|rogzit|olvas|olvasnak|szamol|szamolnak|nyomtat|indul|reagal|erkezik|"
    r"erkeznek|jelenik meg|jelennek meg|csatlakozik)|"
    # (Czech acting up, "nějak zlobí", "blbne"; Finnish what a thing disturbs, "se häiritsee gps:ää")
    r"(?:nejak |zase |porad )?(?:zlobi|blbne|blbnou|hapruje|haprujou|stavkuje)|"
    r"(?:se |ne )?(?:hairitsee|hairitsevat|haittaa|sotkee|temppuilee|reistailee|oikuttelee)|"
    r"(?:(?:se|ne) )?(?:on|ovat) (?:jumissa|rikki|jumittunut|jumittuneet|kaatunut|jaatynyt)|"
    r"jumittaa|jumittavat|jumittuu|jumittui|jumissa|jumiutui|kaatui|jaatyi|jaatynyt|on rikki|"
    r"(?:ei|eivat) (?:toimi|vastaa|nay|paivity|tule|lue|mittaa|laske|tallenna|tallennu|tulosta|reagoi|lataudu|"
    r"kaynnisty|yhdisty|aukea|aukene|nouse|lampene|lammita|pyori|liiku|kulje|kuulu|soi|tulostu|jaahdyta|nayta|anna|"
    r"laheta|kirjaa|tunnista|punnitse)(?: mitaan| enaa| enaa mitaan)?|"
    # Estonian: "ei" with a present ("arhiveerija ei tööta", "ekraan ei näita midagi"; an imperative says "ära"),
    # what stopped, froze or crashed ("lõpetas kirjutamise", "hangus", "jooksis kokku")
    r"ei (?:toota|vasta|naita|kirjuta|salvesta|loe|mooda|loenda|laadi|kaivitu|uhendu|saada|reageeri|"
    r"uuenda|uuene|prindi|tule|lahe)(?: midagi| enam| enam midagi)?|"
    r"lopetas (?:\w+ ){0,2}\w+mise|jai seisma|jai kinni|hangus|jooksis kokku|on katki|on kinni",
    # Turkish: a negative present ("gelmiyor", "çalışmıyor", "alamıyor"), never an imperative, which
    # says "-ma" ("başlatma"); broken, frozen, crashed, error
    # (and what it gives, sends or reads no more, said before: "ses vermiyor", "veri göndermiyor", "plaka okumuyor";
    # never asked: "ses vermiyor mu")
    r"(?:(?:ses|goruntu|veri|sinyal|cevap|yanit|isik|bilgi|data|plaka|kart|bilet|fis|etiket|sicaklik|basinc)\s+)?"
    r"(?:\w+m(?:iyor|uyor)(?:lar|ler)?|bozuk|bozuldu|dondu|coktu|hata|hatali)(?!\s+m[iu](?:\w{0,5})(?![\w]))",
    # Indonesian: what a thing does not do, said with "not" ("sapinya nggak kebaca", "layar tidak muncul"; an
    # imperative says "jangan"), stuck, dead, broken
    r"(?:tidak|nggak|gak|ngga|enggak|ga) (?:bisa |mau )?(?:jalan|berjalan|berfungsi|nyala|menyala|muncul|kebaca|"
    r"terbaca|membaca|baca|konek|terhubung|tersambung|merespon|merespons|respon|ngirim|mengirim|terkirim|masuk|"
    r"kedeteksi|terdeteksi|tampil|kelihatan|keluar|update|berubah|mau nyala)|macet|ngadat|ngehang|nge-hang|"
    r"rusak|error terus|mati terus",
    # a verb of the catalog, said of what fails to do it (a statement, never an imperative)
    r"nao liga|nao acende|nao acendem|no enciende|no prende|no arranca|no inicia|non si accende|non si avvia|"
    r"ne s'allume pas|ne demarre pas|ne se lance pas|geht nicht an|springt nicht an|gaat niet aan|start niet|"
    r"nie wlacza sie|nie startuje|startar inte|gar inte igang|doen niks|doet niks|doen niets|doet niets|"
    r"geeft niks|geeft niets|geven niks|no sale|no salen|no llega|no llegan|no aparece|no aparecen|nao atualiza|"
    r"nao aparece|nao chega|nao sai",
    # what will not stop dripping or leaking ("el dosificador no para de gotear", "la pompa non smette di perdere", "la
    # vanne n'arrête pas de fuir"), said in one word ("gotea", "tropft", "lekt", "vuotaa")
    r"no (?:para|paran|deja|dejan) de \w+r|nao (?:para|param|deixa|deixam) de \w+r|"
    r"non (?:smette|smettono|la smette) di \w+re|n'arrete(?:nt)? pas de \w+r|hort nicht auf zu \w+|"
    r"gotea|gotean|pierde agua|pinga|pingam|vaza|vazam|gocciola|gocciolano|fuit|fuient|tropft|tropfen|leckt|lecken|"
    r"lekt|lekken|druppelt|druppelen|cieknie|przecieka|kapie|tece|kape|lacker|lekker|drypper|droppar|vuotaa|tippuu|"
    r"csopog|szivarog|bocor|netes|"
    # what gives nothing out ("los aspersores no sueltan nada", "a bomba não deita nada", "non esce niente", "ne sort
    # rien")
    # (what cannot be seen or heard, or does not sound: "no se ven los niveles", "la sirena no suena", "non si vede
    # niente", "la sirène ne sonne plus"; a negated imperative says "no suenes", "non suonare")
    r"no se (?:ve|ven|oye|oyen|escucha|escuchan)|no (?:suena|suenan|pita|pitan)|nao se (?:ve|veem|ouve|ouvem)|"
    r"nao (?:soa|soam|apita|apitam)|non si (?:vede|vedono|sente|sentono)|non (?:suona|suonano)|"
    r"ne sonne(?:nt)? (?:pas|plus)|on ne (?:voit|entend) (?:rien|plus rien|pas|plus)|"
    r"no (?:suelta|sueltan|echa|echan|tira|tiran|hace|hacen|da|dan|saca|sacan|sale|salen) nada|"
    r"nao (?:solta|soltam|deita|deitam|faz|fazem|da|dao|tira|tiram|sai|saem) nada|"
    r"non (?:esce|escono|butta|buttano|fa|fanno|da|danno|tira|tirano) (?:niente|nulla)|"
    r"ne (?:sort|sortent|donne|donnent|fait|font|crache|crachent) (?:rien|plus rien)|"
    # (what a thing sends, shows or counts no more, after its subject: "le relais AIS n'envoie plus rien à terre",
    # "l'écran n'affiche plus les scores"; the imperative has no subject: "n'envoie plus rien")
    r"(?<=\w )(?:n'|ne )(?:envoie|envoient|affiche|affichent|transmet|transmettent|imprime|impriment|compte|comptent|"
    r"mesure|mesurent|enregistre|enregistrent|remonte|remontent|detecte|detectent|recoit|recoivent|lit|lisent|"
    r"publie|publient|capte|captent|met a jour|mettent a jour) (?:plus|rien|pas)(?: rien| aucune?| de| les?| la)?",
    # false alarms given ("den giver falsk alarm på alle campingvogne", "die Lichtschranke löst Fehlalarme aus", "le
    # portique donne de fausses alarmes"): what fails, said as a statement
    r"(?:giver|gir|ger|gibt|geben|geeft|geven|donne|donnent|da|dan|danno|dao|daje|dajou|antaa|antavat) "
    r"(?:(?:hele tiden|hela tiden|standig|staendig|immer|steeds|sans arret|sempre|siempre|ciagle|porad|jatkuvasti) )?"
    r"(?:falsk(?:e)? alarm(?:er)?|falsk(?:a)? larm|falsklarm|fehlalarm(?:e)?|falsche(?:n)? alarm(?:e)?|"
    r"vals(?:e)? alarm(?:en)?|"
    r"de fausses alarmes|une fausse alarme|de fausses alertes|falsas alarmas|falsa alarma|falsi allarmi|"
    r"un falso allarme|alarmes? falsos?|falszyw\w* alarm\w*|falesn\w* poplach\w*|vaara(?:t|a)? halytyks\w*)|"
    r"(?:lost|loesen|losen) (?:standig |staendig |immer )?fehlalarm(?:e)? aus|"
    # what gives no more ("de pagina geeft geen windsnelheid meer", "de weegschaal toont geen gewicht")
    r"(?:geeft|geven|toont|tonen|stuurt|sturen|meet|meten|leest|lezen|telt|tellen) (?:geen|niks|niets)(?: [\w'-]+)?"
    r"(?: meer)?",
    # a reading that no longer changes ("CMS zeigt seit Stunden dieselben Spektren", "marca siempre lo mismo", "affiche
    # la même valeur depuis des heures"), up to three words between
    r"(?:zeigt|zeigen|misst|messen|liefert|liefern|marca|marcan|muestra|muestran|mostra|mostram|mostrano|segna|segnano|"
    r"affiche|affichent|indique|indiquent|toont|tonen|geeft|geven|pokazuje|pokazuja|ukazuje|ukazuji|visar|viser)"
    r"(?: [\w']+){0,3}? (?:dieselben?|denselben|derselbe|dasselbe|(?:die|das|den) gleichen?|lo mismo|el mismo|la misma|"
    r"los mismos|las mismas|o mesmo|a mesma|os mesmos|as mesmas|la meme|le meme|les memes|lo stesso|la stessa|"
    r"gli stessi|"
    r"le stesse|hetzelfde|dezelfde|to samo|te same|ten sam|stejne|stejnou|totez|samma|samme|det samme|den samme)",
    # what a thing lets through that it should stop ("elle laisse passer des œufs fêlés", "lässt Risse durch"), what
    # stays lit or dark ("les lampes restent allumées": its participle said in English by then, "restent turned on")
    # (what it lets through said after it: "laisse passer" alone may be "let it go")
    r"(?:(?:laisse|laissent) (?:passer|filer)|(?:deja|dejan) pasar|(?:lascia|lasciano) passare|(?:deixa|deixam) passar|"
    r"przepuszcza(?:ja)?|slapper (?:igenom|forbi)|slipper (?:igennem|gjennom))(?= [\w'])|"
    r"(?:lasst|laesst|lassen) (?!es |das )(?:[\w']+ ){1,3}?durch|(?:laat|laten) (?!maar |het )(?:[\w']+ ){1,3}?door|"
    r"(?:reste|restent|rimane|rimangono|resta|restano|queda|quedan|se queda|se quedan|sigue|siguen|fica|ficam|"
    r"continua|continuam|bleibt|bleiben|blijft|blijven|zostaje|zostaja|zustava|zustavaji|forblir|forbliver|forblir) "
    r"(?:turned on|turned off|allumee?s?|eteinte?s?|acces[aeio]|spent[aeio]|encendid[oa]s?|apagad[oa]s?|aces[oa]s?|"
    r"ligad[oa]s?|desligad[oa]s?|an|aus|aan|uit|wlaczon[aey]|zapnut[aey]|tandt|pa)",
    # out, gone, silent ("de vaste lijn ligt eruit", "die Leitung ist weg", "radiotelefony milczą", "die Funkgeräte
    # schweigen"); what one no longer gets ("we krijgen geen sms'jes meer", "wir bekommen keine SMS mehr", "no nos
    # llegan")
    # (gone, but never a fault gone: "die Verbindung ist weg", never "der Fehler ist weg", "de storing is weg")
    r"(?:ligt|liggen) (?:er ?uit|stil|plat)|(?:is|zijn) er ?uit|valt (?:steeds )?weg|vallen (?:steeds )?weg|"
    r"(?<!fehler )(?<!storung )(?<!problem )(?<!alarm )(?<!storing )(?<!fout )(?<!probleem )(?<!melding )"
    r"(?:ist|sind|is|zijn) (?:weg|raus)|"
    r"(?:fallt|faellt|fallen) (?:standig |staendig |immer wieder )?aus|milcza|milczy|zamilkl\w*|ucichl\w*|"
    r"nie odzywa(?:ja)? sie|mlci|schweigen|schweigt|(?:ist|sind|bleibt|bleiben) stumm|"
    r"(?:sont|est|restent|reste) muet(?:te)?s?|"
    r"(?:estan|esta|se quedaron|se quedo) mud[oa]s?|(?:sono|e) mut[aeio]|tacciono|tace|(?:zijn|is|blijven|blijft) stil|"
    r"zwijgen|zwijgt|(?:ar|er) tyst[ae]?|(?:er|ar) (?:tavse|stille)|"
    r"(?:krijgen|krijg|krijgt|ontvangen|ontvang|ontvangt|zien|zie|ziet|horen|hoor|hoort) geen [\w']+(?: meer)?|"
    r"(?:komen|komt) geen [\w']+(?: meer)? binnen|"
    # ... or with "no" first ("inga värden kommer in", "ingen data kommer inn", "keine Werte kommen mehr an", "geen
    # metingen komen meer binnen")
    r"(?:inga|ingen|inget|intet) [\w']+ (?:kommer|kom) (?:in|inn|ind|fram|frem)|"
    r"(?:keine|kein) [\w']+ (?:kommen|kommt) (?:mehr )?(?:an|rein|herein|durch)|"
    r"geen [\w']+ (?:komen|komt) (?:meer )?(?:binnen|door)|"
    # running hot, overheating ("der Ziehstein läuft heiß", "de motor loopt warm", "pumpen går varm", "el motor se
    # calienta", "le moteur surchauffe", "il motore si surriscalda", "silnik się przegrzewa", "moottori ylikuumenee")
    r"(?:lauft|laeuft|laufen|wird|werden|loopt|lopen|wordt|worden|gar|kor|korer|blir|bliver) (?:zu |te |for |alt for |"
    r"allt for |sehr |erg )?(?:heiss|warm|heet|varm)|uberhitzt|ueberhitzt|oververhit\w*|overhettet|overophedet|"
    r"overhettad|overhettas|se (?:sobre)?calienta(?:n)?|se esta(?:n)? (?:sobre)?calentando|surchauffe(?:nt)?|"
    r"(?:si )?surriscalda(?:no)?|(?:sie )?przegrzewa(?:ja)?(?: sie)?|(?:se )?prehriva(?:ji)?(?: se)?|ylikuumenee|"
    r"ylikuumentunut|aqueceu|superaquece\w*|(?:se )?supraincalzeste|asiri isiniyor|tulmelegszik|tulmelegedett|"
    r"(?:bekommen|bekomme|kriegen|krieg|empfangen|sehen|horen) (?:keine|kein|nichts)(?: [\w']+)?(?: mehr)?|"
    r"(?:kommen|kommt) (?:nicht|keine [\w']+)(?: mehr)?(?: [\w']+){0,4}? an|"
    r"no (?:nos |me |les )?llega(?:n)?|no (?:recibimos|recibo|recibe|reciben)|nao chegam|"
    r"nao (?:recebemos|recebe|recebem)|"
    r"nie (?:dostajemy|otrzymujemy|odbieramy)|non (?:riceviamo|riceve|ricevono)",
    # froze, hung, fell over, said in a past ("las pantallas se congelaron", "se colgó", "congelou", "si sono bloccati")
    r"se (?:congel|colg|trab|tild|bloque)\w*|se (?:cayo|cayeron|cae|caen)|congel(?:ou|aram)|trav(?:aram|ou)|"
    r"par(?:ou|aram)|bloccat[ie]|(?:si|se) (?:e|sono|ha|han) (?:bloccat|piantat|impallat|fermat|inchiodat|colgad|"
    r"bloquead|"
    r"caid|congelad|trabad|tildad)\w*|(?:a|ont) plante|se sont figee?s",
    # stuck, said with "stayed" or "is" ("la bomba se quedó trabada", "está atascada", "a bomba ficou travada", "o
    # motor está encravado"); fell, went down ("le tunnel est tombé", "il ponte è caduto"); not running ("der Dienst
    # läuft nicht", "pumpen kører ikke", "pumpa körs inte"); counting, weighing, reading wrong ("está a contar mal",
    # "cuenta mal", "compte mal", "zählt falsch", "telt verkeerd", "räknar fel", "liczy źle")
    r"(?:se )?(?:quedo|quedaron|queda|quedan) (?:trabad|atascad|colgad|pegad|congelad|bloquead|tildad)[oa]s?|"
    r"(?:esta|estan) (?:atascad|trabad|tildad|pegad)[oa]s?|atascad[oa]s?|"
    r"(?:ficou|ficaram|fica|ficam|esta|estao) (?:travad|pres|bloquead|congelad|encravad)[oa]s?|encravad[oa]s?|"
    r"(?:est|sont) tombee?s?(?: en panne)?|(?:e|sono|si e) cadut[oaie]|"
    # (and stuck, jammed, fell, in the other languages: "de vuller zit vast", "die Klappe klemmt", "pumpen har
    # fastnat", "valsen sidder fast", "prasa się zacięła", "čerpadlo se zaseklo", "la pompe est coincée", "il nastro è
    # inceppato", "server spadl", "linken har gått ned", "pompa takıldı", "a szelep beragadt", "venttiili juuttui")
    r"(?:zit|zitten) (?:weer |alweer |al )?vast|(?:steckt|stecken|sitzt|sitzen) (?:wieder )?fest|klemmt|klemmen|"
    r"(?:har|hade) fastnat|(?:sitter|sidder) (?:fast|bom fast)|(?:er|ar) (?:gaet|gatt) i sta|"
    r"(?:sie )?zaci(?:al|ela|elo|ely|eli)(?: sie)?|zasekl[aoiy]?(?: se)?|(?:se )?zasekl[aoiy]?|"
    r"(?:est|sont) coincee?s?|coincee?s?|(?:e|sono) (?:inceppat|incastrat)[oaie]|inceppat[oaie]|"
    r"spadl[aoiy]?|(?:har|er|ar) (?:gatt|gaet|gaaet) ned|(?:gick|gikk|gik) ned|"
    r"takildi|sikisti|beragadt|juuttui|juuttuivat|jumahti|"
    r"(?:lauft|laeuft|laufen) nicht(?: mehr)?|(?:korer|kjorer|kores|kjores) ikke|(?:kor|kors) inte|"
    r"(?:esta a |estao a |esta |estan |sta |)(?:contar|contando|conta|contam|cuenta|cuentan|pesar|pesando|pesa|pesam|"
    r"pesan|ler|leer|leyendo|lendo|lee|leen|medir|midiendo|medindo|mide|miden|mede|medem|marcar|marcando|marca|"
    r"marcan|marcam) mal|"
    r"(?:compte|comptent|pese|pesent|lit|lisent|mesure|mesurent|conta|contano|pesa|pesano|legge|leggono|misura|"
    r"misurano) (?:mal|male)|"
    r"(?:zahlt|zaehlt|zahlen|zaehlen|wiegt|wiegen|misst|messen|liest|lesen|telt|tellen|weegt|wegen|meet|meten|leest|"
    r"lezen|raknar|vager|mater|laser|taeller|teller|vejer|veier|maler|laeser) "
    r"(?:falsch|verkeerd|fout|fel|forkert|feil)|"
    r"(?:liczy|licza|wazy|waza|mierzy|mierza|czyta|czytaja) (?:zle|blednie)|"
    r"(?:pocita|pocitaji|vazi|meri|cte|ctou) (?:spatne|chybne)",
    # a plural that fails ("les pâtons ne lèvent pas", "le valvole non si aprono"): never an
    # imperative, which those languages say otherwise
    r"(?:ne |n')(?:se |s')?\w+ent (?:pas|plus|rien)|non (?:si |ci )?\w+(?:ano|ono)(?: piu)?|"
    r"nie widza|nie widzi|nie wysyla|nie pokazuje|nie drukuje|nie laczy sie|nie reaguje|"
    # (and "nothing": "nic nie zapisuje", never an imperative, "nie zapisuj")
    r"(?:nic )?nie (?:zapisuj[ea]|rejestruj[ea]|licz[ya]|mierz[ya]|odczytuj[ea]|przesyla(?:ja)?|wysylaja|"
    r"dzialaja|odpowiadaja|aktualizuj[ea]|laduja|dziala|wysyla|pokazuje|drukuje|widac|"
    # (receiving, coming, showing, reading what it should: "koderzy nie dostają obrazów"; never an
    # imperative, which ends otherwise: "nie odbieraj", "nie czytaj")
    r"dostaj[ea]|otrzymuj[ea]|odbiera(?:ja)?|przychodz[ia]|dochodz[ia]|idzie|ida|wyswietla(?:ja)?|startuj[ea]|"
    r"czyta(?:ja)?|rozpoznaj[ea]|skanuj[ea]|nagrywa(?:ja)?|pobiera(?:ja)?|synchronizuj[ea]|drukuja|swiec[ia]|"
    r"grzej[ea]|chlodz[ia]|reaguj[ea]|(?:uruchamia|otwiera|zamyka|wlacza)(?:ja)? sie)",
    # a singular that fails, after its subject ("la déshumidification ne suit plus", "nella galleria
    # non si sente niente"), a past or a progressive that failed ("no prendieron", "não estão saindo"),
    # what cannot be done ("no pueden vender"), Dutch plurals ("de klokken lopen niet gelijk"); never a
    # verb of the catalog, whose negation is an imperative ("ne redémarre pas nginx")
    rf"(?<=\w )(?:ne |n')(?:se |s')?{_NOT_A_VERB}[a-z]+[etd] (?:pas|plus|rien)|"
    rf"(?<=\w )non (?:si |ci )?{_NOT_A_VERB}[a-z]+(?<!r)[ae](?: (?:piu|niente|nulla))?|"
    rf"no \w+(?:aron|ieron)|no (?:pueden|puede|podemos) {_NOT_A_VERB}\w+r|nao (?:esta|estao|estamos) \w+ndo|"
    # European Portuguese progressive ("as ordens não estão a descer"); Polish, a present that fails after its subject
    # ("lepkość nie wpada do logów", "dane nie dochodzą", "ekran się nie ładuje"): never a verb of the catalog, whose
    # negation is an imperative
    rf"nao (?:esta|estao|estamos) a \w+r|"
    rf"(?<=\w )(?:sie )?nie (?:sie )?{_NOT_A_VERB}[a-z]+(?:a|ja|i|ia|e|uje|uja)(?: sie)?|"
    r"no (?:esta|estan|estamos) \w+ndo|(?:lopen|loopt|werken|komen|komt|gaan|gaat|draaien|draait) niet"
    r"(?: (?:meer|gelijk|goed|door|aan))?")) +
    r")(?![\w])")


_TROUBLE_LAST = re.compile(rf"(?:{_TROUBLE.pattern})\W*$")
# What fails said last as a relative clause of the thing ("reinicia el horno de la línea 2 que se trabó", "riavvia la
# pompa che non parte"): said after a comma, as a reason is (a relative clause that says which one stays: "que vigila")
_RELATIVE_TROUBLE = re.compile(rf"(?<![,;.\s])\s+(?:que|qui|che|die|der|dat)\s+(?=(?:{_TROUBLE.pattern})\W*$)")
# An ordinal said before the thing ("starte die Kamera der zweiten Linie neu", "riavvia il terzo forno", "herstart de
# tweede pomp") or, in Indonesian, after it ("jalur kedua"): its number after it, as the thing is read with one
# ("Linie 2"). Second to fifth; never "first" ("primero" is also "first of all"), nor a word that is also "other"
# ("andra", "druhý", "drugi", "toinen": "the other one" of two is not known), nor a word that is also a room or a
# time ("cuarto", "quarto", "segundos")
_ORDINALS = {
    **dict.fromkeys(("zweite", "zweiten", "zweiter", "zweites", "zweitem", "segundo", "segunda", "secondo", "seconda",
                     "segon", "segona",  # (Catalan: "el segon adaptador wifi")
                     "deuxieme", "tweede", "masodik", "masodikat", "ikinci", "otrais"), 2),
    **dict.fromkeys(("dritte", "dritten", "dritter", "drittes", "drittem", "tercer", "tercero", "tercera", "terceiro",
                     "terceira", "terzo", "terza", "troisieme", "derde", "treci", "trzeci", "trzecia", "trzeciej",
                     "trzecim", "treti", "tredje", "kolmas", "kolmannen", "harmadik", "harmadikat", "ucuncu", "tretji",
                     "tretja", "tretjo", "tresais", "tresa", "treso"), 3),
    **dict.fromkeys(("vierte", "vierten", "vierter", "viertes", "quarta", "quatrieme", "vierde", "czwarty", "czwarta",
                     "czwartej", "ctvrty", "ctvrta", "ctvrte", "fjarde", "fjerde", "neljas", "neljannen", "negyedik",
                     "dorduncu", "cetrti", "cetrta", "ceturtais", "ceturta"), 4),
    **dict.fromkeys(("funfte", "funften", "funfter", "quinto", "quinta", "cinquieme", "vijfde", "piaty", "piata",
                     "piatej", "paty", "femte", "viides", "viidennen", "otodik", "besinci", "peti",
                     "piektais", "piekta"), 5),
}
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) +
                             r")\s+([a-z][\w'-]*)(?![\w'-])")
_INDONESIAN_ORDINALS = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5}
_ORDINAL_AFTER = re.compile(r"(?<![\w-])([a-z][\w'-]*)\s+(" + "|".join(_INDONESIAN_ORDINALS) + r")(?![\w'-])")


def _ordinal_said(text: str, names: Callable[[str], bool]) -> str:
    """The text with an ordinal said of a thing of the glossary said as its number after it ("tweede pomp": "pomp
    2"); unchanged when the text already says a number, or the word is none of the glossary's forms but a device's
    name."""
    if re.search(r"\d", text):
        return text

    def thing(word: str) -> bool:
        # (a form the glossary lists may also be part of a name: "linea" of "oven@linea2")
        return word not in _ARTICLES and (glossary.listed(word) or not names(word)) and \
            glossary.english(word, names) is not None
    text = _ORDINAL_BEFORE.sub(lambda m: f"{m[2]} {_ORDINALS[m[1]]}" if thing(m[2]) else m[0], text)
    return _ORDINAL_AFTER.sub(lambda m: f"{m[1]} {_INDONESIAN_ORDINALS[m[2]]}" if thing(m[1]) else m[0], text)


# Verbs that are other words elsewhere, read only said first before what they act on: Spanish and Portuguese "stop"
# before an article ("para a comporta", "para la bomba"; elsewhere "for"), Swedish "put out" before an article or a
# definite noun ("släck den röda larmlampan", "släck ljuset"; English "slack water" is the tide)
_SAID_FIRST = re.compile(r"^(?:para(?= (?:o|a|os|as|el|la|los|las) )|slack(?= (?:den|det|de|alla) |"
                         r" [a-z]+(?:an|et|orna|erna)(?:[\s,.!]|$)))")
_SAID_FIRST_AS = {"para": "parar", "slack": "slacka"}


# Negations that say what is wrong inside a reason ("lädt nicht", "non si aprono")
_NEGATIONS_OF_TROUBLE = frozenset(["nicht", "no", "pas", "ne", "niet", "inte", "ikke", "nao", "non"])
# Negations a reason given after "because" may hold, and "without" ("porque estamos sin cobertura")
_NEGATIONS_IN_A_REASON = _NEGATIONS_OF_TROUBLE | frozenset([
    "kein", "keine", "nie", "tidak", "nem", "degil", "ei", "nunca", "jamais", "mai", "nooit", "nigdy",
    "aldrig", "niemals", "nada", "rien", "niks", "nichts", "niente", "nic", "ninguna", "ninguno", "nessuno",
    "nessuna", "aucun", "aucune", "geen", "ddim"])
# Wanting, needing, having to: "porque no quiero", "weil es nicht sein muss" say whether to do it
# (with a negation; "de gastspreker wil muziek afspelen" says why)
_WANTED = re.compile(r"(?<![\w])(?:quier\w*|quer\w*|will\w*|woll\w*|mocht\w*|moecht\w*|veu\w*|voul\w*|"
                     r"vogli\w*|vuol\w*|wil|chce\w*|chc\w*|vill|onsk\w*|iste\w*|notig|noetig|brauch\w*|"
                     r"necesit\w*|necesari\w*|necessair\w*|besoin|bisogn\w*|necessari\w*|precis\w*|nodig|"
                     r"hoef\w*|trzeba|potrzeb\w*|behov\w*|behoev\w*|gerek\w*|potreb\w*|perlu|falta|serve|"
                     r"sirve|muss\w*|moet\w*|debe\w*|doi\w*|dev\w*|musi\w*|maste|mag|darf|durf\w*|ska|skal|"
                     r"sollte?\w*|zou\w*|should|want\w*|need\w*|must)(?![\w])")
_WITHOUT = frozenset(["sin", "sem", "senza", "sans", "ohne", "zonder", "bez", "uten", "utan", "uden"])


# What a last clause says besides why: a time or a period ("in einer Stunde", "i morgon bitti",
# "durante el fin de semana"), a correction ("ich meine nginx", "o sea"), who said it ("hat er
# gesagt"), or which one (a relative pronoun: "službu, která čte termočlánky")
_WHEN_SAID, _CORRECTION, _WHICH = (re.compile(r"(?<![\w])(?:" + said + r")(?![\w])") for said in (
    r"sekunde\w*|second\w*|segund\w*|minut\w*|minuu?t\w*|stunde\w*|uur|heure\w*|hora\w*|ora|ore|"
    r"godzin\w*|timme\w*|timer?|tim\w*|tunti\w*|hodin\w*|saat\w*|morgen|manana|demain|domani|"
    r"amanha|jutro|morgon|huomenna|zitra|tag|tage|dia|dias|jour|jours|giorn\w*|dag|dagen|dzien|"
    r"woche\w*|semana\w*|semaine\w*|settiman\w*|week\w*|tydzien\w*|veck\w*|uge\w*|viik\w*|"
    r"wochenende|weekend|nacht|noche|nuit|notte|noite|noc|natt|heute|hoy|aujourd'?hui|oggi|hoje|"
    r"vandaag|dzisiaj|idag|spater|tarde|tard|tardi|later|pozniej|senare|durante|pendant|wahrend|"
    r"tijdens|podczas|bis|hasta|jusqu'?\w*|fino|ate|tot|till|do|a las?|alle|um|vers|kello|klockan|kl|"
    r"rato|moment\w*|pouco|poco|weile|chwil\w*|hetki\w*|chvil\w*|ya|deja|schon|bereits|gia|juz|redan|"
    r"allerede|hecho|hice|fait|fatto|feito|gedaan|erledigt|prueba|test\w*|essai|prova|proef|proba|"
    r"besok|nanti|lusa|malam|pagi|siang|sore|jutri|zvecer|rit|riti|vakara|velak",  # (Indonesian, Slovenian, Latvian)
    r"meine|meinte|bedoel\w*|decir|sea|doch|plutot|anzi|cioe|czyli|seja|mener|menar|tarkoitan|"
    r"gesagt|sagen|dicho|dijo|detto|gezegd|powiedzial\w*|sagt|sade|sagde|dito|disse|zei|handbuch|"
    r"manual|manuel|manuale|handleiding|instrukcj\w*|anleitung|doku\w*|vorgeschlagen|gebeten|verlangt|"
    r"angeordnet|chiesto|richiesto|suggerito|pedid[oa]|pidio|sugeri\w*|demande\w*|suggere\w*|gevraagd|"
    r"voorgesteld|poprosil\w*|prosil\w*|kazal\w*|bad|bett|bedt|pyysi|ehdotti|kolleg\w*|colleg[ah]\w*|"
    r"colega\w*|collegue\w*|cliente|kunde|klant|klient\w*",
    r"welche\w*|que|qui|quil|che|cui|ktor\w*|kter\w*|co|som|joka|jotka|ami|aki|hvilke\w*|donde|ou|"
    r"wo|waar|gdzie|dove|onde"))
_MORE_THAN_WHY = re.compile("|".join(said.pattern for said in (_WHEN_SAID, _CORRECTION, _WHICH)))
# "In" before a time ("dans un moment", "im Moment", "nella notte", "w nocy"): when, never where
_IN_A_WHILE = re.compile(r"(?<![\w])(?:" + "|".join(w for w, said in _PREPOSITIONS.items() if said == "in") +
                         r")\s+(?:[\w']+\s+){0,2}?(?:" + _WHEN_SAID.pattern + ")")


# What the speaker's crew is about to do to a thing, said after the request ("vamos a cambiar la SIM", "on va
# changer la carte SIM", "wir tauschen die SIM", "vi skal bytte den ut"): why, even when it names a thing of the
# device; never a verb of the catalog (its other checks hold)
_PLANNED = re.compile(r"^(?:vamos a|voy a|van a|tenemos que|hay que|vou|vamos|on va|je vais|nous allons|on doit|"
                      r"il faut|wir|ich|we gaan|ik ga|we moeten|vi skal|vi ska|jeg skal|jag ska|vi maste|andiamo a|"
                      r"dobbiamo|devo|stiamo per|sto per|musimy|bedziemy|zaraz|budeme|musime|jdeme|aiomme|"
                      r"meg fogjuk)\s+(?:[\w'-]+\s+){0,3}?"
                      r"(?:cambiar|reemplazar|sustituir|limpiar|mover|revisar|reparar|instalar|quitar|sacar|trocar|"
                      r"substituir|limpar|changer|remplacer|nettoyer|deplacer|verifier|reparer|installer|retirer|"
                      r"enlever|cambiare|sostituire|pulire|spostare|controllare|riparare|installare|togliere|"
                      r"tauschen|austauschen|wechseln|ersetzen|reinigen|putzen|prufen|pruefen|reparieren|einbauen|"
                      r"ausbauen|vervangen|wisselen|verwisselen|schoonmaken|verplaatsen|controleren|repareren|"
                      r"installeren|byta|bytte|skifte|udskifte|ersatta|erstatte|rengora|rengjore|flytta|flytte|"
                      r"kontrollera|kontrollere|reparera|reparere|installera|installere|wymienic|wyczyscic|"
                      r"przeniesc|sprawdzic|naprawic|zainstalowac|wyjac|vymenit|vycistit|presunout|zkontrolovat|"
                      r"opravit|vyndat|vaihtaa|puhdistaa|siirtaa|tarkistaa|korjata|kicserelni|tisztitani|"
                      r"ellenorizni|javitani)(?![\w])")


def _without_reason(text: str, names: Callable[[str], bool] = lambda word: False) -> str:
    """The text without a last clause that only says why (see _says_why)."""
    head, sep, reason = text.partition(",")
    if not sep:
        head, sep, reason = text.partition(". ")
    return head if sep and _says_why(head, reason, names) else text


# "online" said before a noun is what the thing is, no effect ("az online foglalásnál nem frissül ...", "la reserva
# online" says it after, as English does)
_ONLINE_BEFORE = re.compile(r"(?<![\w-])online(?= (?!now|please|again|agora|ahora|adesso|jetzt|nu|teraz|nyt|most)"
                            r"[a-z])")


# An occasion of the work, said in one word: a shift change, a break, cleaning, maintenance, a changeover
_OCCASION_ALONE = re.compile(
    r"schichtwechsel|schichtubergabe|schichtuebergabe|mittagspause|pause|wartung|reinigung|umrustung|umruestung|"
    r"produktwechsel|ploegwissel|ploegwisseling|pauze|schoonmaak|onderhoud|omstelling|skiftbyte|skiftbytet|"
    r"vaktbyte|skiftebytte|vaktskifte|vagtskifte|skifteskifte|rast|lunsj|frokost|stadning|underhall|rengoring|"
    r"rengjoring|vedligehold|vedlikehold|omstallning|omstilling|vuoronvaihto|tauko|siivous|huolto|przerwa|"
    r"przezbrojenie|sprzatanie|konserwacja|prestavka|uklid|udrzba|stridani|muszakvaltas|szunet|takaritas|"
    r"karbantartas|descanso|relevo|limpieza|mantenimiento|releve|nettoyage|pausa|pulizia|manutenzione|limpeza|"
    r"manutencao|mesai|temizlik|bakim|mola")


# A Finnish request ("käynnistä hihnavalvonta uudelleen", "sammuta pumppu"), whose reason says "it" or "they" first as
# "se", "ne" ("..., se näyttää vanhoja arvoja"), which elsewhere are "if" (Italian, Portuguese "se")
_FINNISH_REQUEST = re.compile(r"(?<![\w])(?:kaynnista|kaynnistakaa|sammuta|sammuttakaa|pysayta|pysayttakaa|laita|"
                              r"laittakaa|kytke|kytkekaa)(?![\w])")
_FINNISH_SUBJECT = re.compile(r"\s*(?:se|ne)\s+(?=[a-z])")


def _says_why(head: str, reason: str, names: Callable[[str], bool]) -> bool:
    """Whether a clause beside the request `head` only says why (see _TROUBLE, _NOT_A_REASON): one that says
    what is wrong, or one of three words or more that says nothing a request could be changed by
    (_MORE_THAN_WHY, no negation, no number, none of the device's names) after a request that names what it is
    about ("Zet de wifi uit, die stoort de antennes")."""
    reason = _FINNISH_CASE.sub(r"\1", reason)  # ("se häiritsee gps:ää": the word itself)
    if _FINNISH_REQUEST.search(head) and (subject := _FINNISH_SUBJECT.match(reason)):
        reason = reason[subject.end():]  # ("..., se näyttää vanhoja arvoja": "it", never Italian "if")
    if (told := _TOLD_BY_A_THING.match(reason)) and _TROUBLE.search(told["what"]) and not _REPORTING.search(
            told["who"]) and all(names(w) or glossary.english(w, names) for w in told["who"].split()):
        reason = told["what"]  # ("Opencast hlásí, že agent je offline": what fails, as a thing of the device tells)
    if (since := " ".join(_SINCE.sub(" ", reason).split())) != " ".join(reason.split()) and _TROUBLE.search(since):
        reason = since  # (since when it fails is no time to wait for: "die zeigt seit heute Morgen nichts mehr an")
    words = re.findall(r"[\w'-]+", reason)
    blocked = (_NEGATIONS_AND_CONDITIONS | _NOT_A_REASON) - _NEGATIONS_OF_TROUBLE
    only_why = len(words) >= 3 and not (
        _NEGATIONS_AND_CONDITIONS & set(words) or _MORE_THAN_WHY.search(reason)
        or guards.guarded(reason, names) or guards.then_said(reason, names)
        or re.search(r"\d", reason) or (any(names(w) for w in words) and not _PLANNED.match(reason.strip()))
        or _NOUNS.get((re.findall(r"[\w'-]+", head) or [""])[-1]) == "service"
        # ("Monter FLOCK2024-pinnen, jeg skal lagre nye vektdata på den": why says how to mount)
        or any(_VERBS[v.group(1)][0] == "mount" for v in _VERB.finditer(head)))
    # (what fails, said with its negation or verb: "le valvole non si aprono", "a lâmpada não liga"; who is about
    # to come: "il pubblico entra tra poco")
    done = _WORK_DONE.fullmatch(reason.strip(" .!")) and any(
        _VERBS[v.group(1)] in (("stop", ""), ("turn", " off")) for v in _VERB.finditer(head))
    # (where the crew is: "..., siamo fermi in stazione a Bologna", "..., já estamos no armazém com o wifi")
    there = _where_we_are(reason)
    troubled = _TROUBLE.search(reason) or _WHO_COMES.fullmatch(reason.strip(" .!")) or done or there
    untroubled = _WHO_COMES.sub(" ", _TROUBLE.sub(" ", "" if done or there else reason))
    left = re.findall(r"[\w'-]+", untroubled)  # (the words beside what fails)
    # (what fails said in one word, and nothing else: "lefagyott", "kaputt", "..., travou"; never a short word
    # that may be a name)
    alone = len(words) == 1 and len(words[0]) >= 6 and _TROUBLE.fullmatch(reason.strip(" .!")) and not _VERB.search(
        reason)
    # (an occasion said alone after a request that says its delay, as why: "Neustart in zehn Minuten bitte,
    # Schichtwechsel"; after one that says none, it may say when: "Neustart, Schichtwechsel")
    occasion = len(words) == 1 and _OCCASION_ALONE.fullmatch(words[0]) and _DELAY.search(head)
    # (the work left to finish, said after a request that says its delay, is why it waits: "Reštartuj stanicu o pol
    # hodiny, nech dobehne meranie", "..., ať doběhne měření", "..., niech się skończy pomiar"; never of a name)
    finishing = _DELAY.search(head) and _LET_FINISH.fullmatch(reason.strip(" .!")) and not re.search(r"\d", reason) \
        and not any(names(w) for w in words)
    # (something back or working again says why a power profile is asked for: "balanceret tilstand, strømmen er
    # tilbage"; said of what is to restart, it may take the request back)
    working = _working(reason) and not _PROFILE_ALONE.fullmatch(head)
    # (a reflexive of what fails is no "if": "nginx se colgó")
    reflexive = {"se", "si"} & {w for said in _TROUBLE.finditer(reason) for w in said.group().split()}
    return bool(len(words) >= 2 or alone or occasion) and bool(troubled or only_why or occasion or finishing) and not (
        _REPORTING.search(reason) or re.search(r"[?:(]|,(?!\d)|(?<!\d),", reason)  # (not a decimal's: "0,0 kg")
        # (what fails said with a condition is no why: "..., hvis vandet er 34 grader"; a wait, "tra poco cominciano i
        # vespri", and a hedge, "credo che sia bloccato", still say why)
        or "condition" in guards.said_kinds(reason, names)
        or _TIME_SAID.search(_SINCE.sub(" ", _READING_SAID.sub(" ", reason)) if troubled else reason)
        or (_LET_IT_BE.search(untroubled) and not finishing) or working
        or _DELAY.search(reason) or lexicon.effects(_ONLINE_BEFORE.sub(" ", untroubled)) or _VERB.search(untroubled)
        # (read only by what fails, it says more than why when it names a thing of the device:
        # "zrestartuj mosquitto, bo nginx nie działa"; not where it is seen: "nie widać ich w MQTT")
        or ((blocked & set(words) - reflexive or _VERB.search(reason)
             or lexicon.effects(_OUT_OF_REACH.sub(" ", reason)))
            and any(names(w) for k, w in enumerate(left) if not (k and _PREPOSITIONS.get(left[k - 1]) == "in")))
        or (_WANTED.search(reason) and _NEGATIONS_IN_A_REASON & set(words))
        or blocked & set(left)
        # (a short reason's negation is what fails, "den teller ikke", "no funciona"; never alone: "ikke nginx")
        or (len(words) <= 3 and _NEGATIONS_AND_CONDITIONS & set(left) - reflexive))


# The work left to finish, said in Slovak, Czech and Polish ("nech dobehne meranie", "ať se dokončí záloha", "niech
# się skończy pomiar"): let it run to its end, never let it be ("nech to tak") nor a negation ("nech nedobehne")
_LET_FINISH = re.compile(r"(?:nech|at|niech)\s+(?:sa\s+|se\s+|sie\s+)?(?:dobehne|dobehnu|dobehnou|dokonci|skonci|"
                         r"skonczy|dokonczy|zakonczy|dobiegnie\s+konca)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")


# Who is about to come, said as why the request is urgent ("il pubblico entra tra poco", "tra poco entra il pubblico",
# "los clientes llegan enseguida", "die Gäste kommen gleich"): people, a verb of coming, and "soon" (never a time or a
# delay: "alle 8", "in 10 Minuten" may say when to do it)
_PEOPLE = (r"(?:(?:il|lo|la|i|gli|le|el|los|las|les|o|os|as|die|der|das|het|de|the) )?(?:" + "|".join((
    r"pubblico|ospiti|clienti|spettatori|visitatori|passeggeri|bambini|ragazzi|gente",
    r"publico|invitados|clientes|espectadores|visitantes|pasajeros|huespedes|ninos|gente|convidados|passageiros",
    r"public|invites|clients|spectateurs|visiteurs|passagers|enfants|gens",
    r"publikum|gaste|gaeste|kunden|zuschauer|besucher|fahrgaste|fahrgaeste|kinder|leute",
    r"publiek|gasten|klanten|bezoekers|toeschouwers|passagiers|kinderen|mensen",
    r"publicznosc|goscie|klienci|widzowie|pasazerowie|dzieci|ludzie|gaster|gasterna|gjester|gjestene|gaester|"
    r"gaesterne|kunder|kunderna|kunderne|besokare|besokarna|besokende")) + ")")
_COMES = (r"(?:entra|entrano|arriva|arrivano|viene|vengono|entran|llega|llegan|vienen|entre|entrent|arrive|arrivent|"
          r"vient|viennent|chega|chegam|entram|vem|kommt|kommen|komt|komen|wchodzi|wchodza|przychodzi|przychodza|"
          r"przyjezdza|przyjezdzaja|kommer)(?: (?:rein|herein|binnen|dentro|in|na sale|in sala))?")
_SOON = (r"(?:tra poco|fra poco|a breve|a momenti|subito|en un rato|enseguida|pronto|ahora|ya|em breve|logo|ja|"
         r"bientot|dans un instant|tout de suite|gleich|bald|sofort|jeden moment|zo|straks|zometeen|zaraz|niedlugo|"
         r"wkrotce|snart|strax|om lidt|om litt)")
# ... or an occasion about to begin ("tra poco cominciano i vespri", "la misa empieza enseguida", "gleich beginnt der
# Gottesdienst"): an article and one word, never said with "when" ("... quando cominciano i vespri" waits for it)
_BEGINS = (r"(?:comincia|cominciano|inizia|iniziano|empieza|empiezan|comienza|comienzan|commence|commencent|comeca|"
           r"comecam|beginnt|beginnen|fangt|fangen|begint|zaczyna|zaczynaja|borjar|begynner|begynder)(?: an)?")
_OCCASION = r"(?:(?:il|lo|la|i|gli|le|l'|el|los|las|les|o|os|as|die|der|das|het|de) ?)?[\w'-]+"
_WHO_COMES = re.compile(rf"{_PEOPLE} {_COMES} {_SOON}|{_SOON} {_COMES} {_PEOPLE}|{_SOON} {_BEGINS} {_OCCASION}|"
                        rf"{_OCCASION} {_BEGINS} {_SOON}")
# The crew is done with the work, said as why a thing is stopped or turned off ("spegni la ventola di aspirazione,
# abbiamo finito", "apaga el extractor, hemos terminado", "mach den Lüfter aus, wir sind fertig"); never of another
# request, which it may say is done already
_WORK_DONE = re.compile(r"(?:abbiamo (?:finito|terminato)|(?:hemos|ya) (?:terminado|acabado)|"
                        r"(?:on a|nous avons) (?:fini|termine)|wir sind (?:fertig|durch)|we zijn (?:klaar|uitgewerkt)|"
                        r"(?:ja |ya )?(?:terminamos|acabamos)|skonczylismy|vi ar (?:klara|fardiga)|"
                        r"vi er (?:ferdige|faerdige)|"
                        r"olemme valmiita|bitirdik|isimiz bitti|hem acabat|kita sudah selesai|sudah selesai|"
                        # (a check or a repair done, why a fault's light or alarm goes off: "apaga la luz roja de falla,
                        # ya revisamos la prensa", "spegni l'allarme, abbiamo già controllato la pompa")
                        r"(?:ya |ja )(?:revisamos|comprobamos|verificamos|arreglamos|reparamos|checamos|consertamos)"
                        r"(?: (?:el|la|los|las|lo|o|a|os|as) [\w-]+)?|"
                        r"abbiamo gia (?:controllato|verificato|riparato)(?: (?:il|la|lo|i|le|gli) [\w-]+)?|"
                        r"(?:on a|nous avons) deja (?:verifie|controle|repare)(?: (?:le|la|les) [\w-]+)?)"
                        r"(?: (?:oggi|per oggi|por hoy|pour aujourd'hui|fur heute|voor vandaag|na dzis|for idag|"
                        r"for i dag|tanaan|bugunluk|per avui|hari ini))?")



# Where the speaker's crew is, said after the request as why ("Riavvia tra due minuti, siamo fermi in stazione a
# Bologna", "Desliga a ligação 4G, já estamos no armazém com o wifi", "Pokreni prijenos podataka, u depou smo", "...,
# wir stehen schon im Depot"): "we are" or "we stand" (already, now, stopped, back) at a place, and nothing else; never
# a time, a number, "until", "which" or another clause in the place ("..., siamo in stazione fino alle 3")
_WE_ARE = (r"(?:siamo|stiamo|estamos|ficamos|on est|nous sommes|wir sind|wir stehen|we zijn|wij zijn|we staan|"
           r"wij staan|vi er|vi ar|vi star|vi holder|jsme|sme|smo|mi smo|jestesmy|stoimy|suntem|estem|som|olemme|"
           r"oleme|esame|esam|jemi|mir sinn|ons is|vid erum)")
_STATE_THERE = (r"(?:ja|ya|gia|deja|schon|bereits|al|allerede|redan|uz|juz|vec|nyt|nu|jo|acum|ahora|agora|adesso|ora|"
                r"gerade|net|fermi|ferme|fermo|parados|parado|parati|arretes|gestopt|geparkeerd|parkeret|parkert|"
                r"parkerade|parkiert|zaparkowani|parcheggiati|aparcados|estacionados|stojime|stojimo|zuruck|terug|"
                r"tilbage|tilbake|tillbaka|indietro|de volta|de vuelta|de retour|weer|wieder|ancora|todavia|ainda|"
                r"encore|noch|nog|stadig|fortfarande|endnu|jeste|jos|jeszcze|stale|inca|finalmente|endlich|eindelijk|"
                r"enfin|ormai)")
_AT_A_PLACE = (r"(?:in|a|al|allo|alla|ai|alle|nel|nello|nella|nei|nelle|sul|sulla|en|em|no|na|nos|nas|ao|aos|a la|"
               r"dans|au|aux|im|am|an|auf|bei|beim|op|bij|aan|i|pa|ved|u|v|ve|w|we|la|pe|de|del|te|ne|nell')")
_WHERE_WE_ARE = re.compile(
    rf"(?:{_STATE_THERE} )*{_WE_ARE}(?: {_STATE_THERE})* {_AT_A_PLACE} ?(?P<place>[\w'-]+(?: [\w'-]+){{0,5}})"
    rf"|{_AT_A_PLACE} (?P<place_first>[\w'-]+(?: [\w'-]+){{0,2}}) (?:smo|jsme|sme|jestesmy|olemme|oleme)"
    rf"|(?:a |az )?(?P<place_hu>[\w-]+(?:ban|ben|on|en|nal|nel)) vagyunk")


def _where_we_are(reason: str) -> bool:
    """Whether a clause only says where the speaker's crew is (see _WHERE_WE_ARE)."""
    found = _WHERE_WE_ARE.fullmatch(" ".join(re.findall(r"[\w'-]+|[^\w\s'-]", reason.strip(" .!"))))
    if found is None:
        return False
    place = found["place"] or found["place_first"] or found["place_hu"]
    words = set(place.split())
    return not (re.search(r"\d", place) or _MORE_THAN_WHY.search(place) or _REPORTING.search(place)
                or words & (_NEGATIONS_AND_CONDITIONS | _NOT_A_REASON) - {"no"} or _VERB.search(place))


# "Can you" of those languages first: a polite request, read as English reads "can you restart X"
# (and "could you", "would you", and their plural and formal forms: "pourriez-vous", "potete", "zou je")
_CAN_YOU = re.compile(r"^(?:kannst du|konnen sie|konntest du|konnten sie|konnt ihr|konntet ihr|puedes|podrias|puede|"
                      r"podria|pueden|podrian|podeis|podes|pode|podem|poderia|poderiam|podia|podiam|"
                      r"peux-tu|peux tu|pouvez-vous|pouvez vous|tu peux|vous pouvez|pourrais-tu|pourrais tu|"
                      r"pourriez-vous|pourriez vous|potresti|puoi|potete|potreste|potrebbe|puo|kun je|kan je|"
                      r"kunt u|kunnen jullie|zou je|zou u|zouden jullie|kan du|kan ni|kunne du|kunne dere|"
                      r"kunne i|kunde du|kunde ni|czy mozesz|czy mozecie|czy moglbys|czy moglabys|mozesz|mozecie|"
                      r"moglbys|moglabys|moglibyscie|muzes|muzete|"
                      r"mohl bys|mohla bys|mohli byste)\s+")
# Turkish asks politely with its aorist and the question ending of "you" after the object
# ("pompayı yeniden başlatır mısın?", "durdurabilir misiniz", "kapatır mısınız"): read as "can you"
# and the imperative. Never a past ("başlattın mı"), a negative ("başlatmaz mısın"), nor asked of
# another ("başlatır mı", "başlatabilir miyiz")
_TURKISH_ASKED = re.compile(r"(?<![\w])(yeniden baslat|tekrar baslat|baslat|durdur|kapat)"
                            r"(?:ir|ur|abilir) (?:mi|mu)(?:sin|siniz|sun|sunuz)(?![\w])")


# What the operator is about to do to a drive's files, said as a clause or a sentence of its own
# beside a mount ("wir wollen Dateien hinzufügen", "hay que borrar las sesiones viejas", "gamla
# sessioner ska raderas", "trzeba usunąć stare sesje"): a closed form, each word known, read as the
# English values.py reads as a purpose that writes. Only a wish, a need or a plan of the speaker's
# own, never a past ("wir haben ... hinzugefügt"), a negation, a reading or a copy off the drive.
_OF_FILES = (r"(?:(?:" + "|".join((
    "die|den|das|der|las|los|les|le|la|gli|i|os|as|de|het|unsere|unseren|nuestros|nuestras|nos|nossos|onze|",
    "el|il|lo|o|",
    "alte|alten|neue|neuen|viejas|viejos|nuevas|nuevos|antiguas|antiguos|vieux|vieilles|nouveaux|nouvelles|",
    "anciens|anciennes|vecchi|vecchie|nuovi|nuove|oude|nieuwe|gamla|nya|gamle|nye|stare|nowe|starych|nowych|",
    "velhos|velhas|novos|novas|einige|algunos|algunas|quelques|alcuni|alguns|enkele|nagra|noen|kilka")) +
    r") ){0,3}(?:\w*(?:dateien|daten|data|dane|danych|dados|datos|dati|donnees|gegevens)|archivos|ficheros|arquivos|"
    r"fichiers|file|bestanden|filer|pliki|plikow|sitzungen|sesiones|sessoes|sessions|sessioni|sessies|"
    r"sessioner|sesje|sesji|logs|protokolle|registros|journaux|zertifikate|certificados|certificats|"
    r"certificati|certificaten|certifikat|certyfikaty|fotos|bilder|photos|foto|zdjecia|aufnahmen|"
    r"grabaciones|gravacoes|enregistrements|registrazioni|opnames|inspelningar|opptak|nagrania|backups|scans|videos|"
    # (a design, a pattern, a recipe or a program, of a customer's: "tengo que guardar el diseño del cliente ahí")
    r"disenos?|designs?|entwurfe?|ontwerpen|ontwerp|disegn[oi]|desenhos?|projetos?|projets?|proyectos?|projekte?|"
    r"bordados?|muster|motifs?|patron(?:es)?|recetas?|rezepte?|recettes?|ricett[ae]|receitas?|recepten|recepter|"
    r"recept|programas?|programme?|programmi)"
    r"(?: (?:viejas|viejos|nuevas|nuevos|antiguas|antiguos|vieux|vieilles|nouveaux|nouvelles|anciens|"
    r"anciennes|vecchi|vecchie|nuovi|nuove|velhos|velhas|novos|novas))?"
    r"(?: (?:del|de la|de los|du|des|di|della|dei|do|da|dos|das|van de|van het|vom|von der|des) (?:cliente|client|"
    r"kunden|klant|clienti|clientes|clients))?(?: (?:ahi|alli|aqui|dort|daar|li|dentro))?")
# Hindi, Urdu, Bengali and Nepali: "on it" or "in it", what, and "is to be written" ("..., اس پر آج کا دودھ کا ریکارڈ
# لکھنا بھی ہے": today's milk record is to be written on it too); no negation or condition among its words
_NOT_IN_A_PURPOSE = "|".join(more_languages.typed(w) for w in (
    "नहीं", "मत", "अगर", "क्या", "نہیں", "مت", "اگر", "کیا", "না", "নয়", "যদি", "কি", "नै", "होइन", "भने", "छैन"))
_ON_IT_WRITE = "|".join(more_languages.typed(w) for w in (
    r"(?:इस|उस) (?:पर|में)", "इसमें", "इसपर", "उसमें", "उसपर", r"(?:اس|اُس) (?:پر|میں)", "এতে", "ওতে", "এটাতে", "এটায়",
    "यसमा", "त्यसमा"))
_TO_WRITE = "|".join(more_languages.typed(w) for w in (
    r"(?:लिखना|सेव करना|कॉपी करना|डालना)(?: भी)?(?: है| हैं| होगा| पडेगा)?",
    r"(?:لکھنا|سیو کرنا|کاپی کرنا|ڈالنا)(?: بھی)?(?: ہے| ہیں| ہوگا| پڑے گا)?",
    r"(?:লিখতে|সেভ করতে|কপি করতে|রাখতে)(?: ও)? হবে", r"(?:लेख्नु|सेभ गर्नु|कपी गर्नु)(?: पनि)? (?:छ|पर्छ)"))
_PURPOSES = [(re.compile(r"(?:^|(?<=[,.;!\u060c] ))(?:" + pattern + r")(?=\s*(?:[,.;!]|$))"), english)
             for pattern, english in ((
    rf"(?:{_ON_IT_WRITE}) (?:(?!(?:{_NOT_IN_A_PURPOSE})(?!\S))[^\s,.;!?]+ ){{0,6}}(?:{_TO_WRITE})",
    "we are adding files"), (
    # German: the verb last ("wir wollen Dateien hinzufügen"), or the passive of a need
    rf"(?:wir|ich) (?:wollen|will|mochten|mochte|mussen|muss|werden|werde|sollen|soll) {_OF_FILES}"
    # (or copy them on: "wir müssen die neuen Scans draufkopieren")
    r" (?:drauf |darauf )?(?:hinzufugen|draufspielen|speichern|schreiben|ablegen|draufkopieren|raufkopieren|"
    r"aufspielen|hochladen)", "we are adding files"), (  # (never "kopieren" alone: off the stick, maybe)
    rf"(?:wir|ich) (?:wollen|will|mochten|mochte|mussen|muss|werden|werde|sollen|soll) {_OF_FILES}"
    r" (?:loschen|umbenennen)", "we are deleting files"), (
    rf"{_OF_FILES} (?:mussen|sollen|sollten|mussten) (?:geloscht|umbenannt) werden", "we are deleting files"), (
    rf"{_OF_FILES} (?:mussen|sollen|sollten|mussten) (?:hinzugefugt|gespeichert|geschrieben) werden",
    "we are adding files"), (
    # Spanish, Portuguese, French, Italian: the verb first ("vamos a añadir archivos", "hay que borrar ...")
    r"(?:vamos a|voy a|quiero|queremos|necesito|necesitamos|tengo que|tenemos que|hay que|debo|debemos|"
    r"vamos|vou|quero|queremos|preciso|precisamos|temos que|tenho que|e preciso|"
    r"je dois|nous devons|on doit|je vais|nous allons|on va|je veux|nous voulons|on veut|il faut|"
    r"devo|dobbiamo|voglio|vogliamo|bisogna|dobbiamo) (?:y )?"
    r"(?:anadir|agregar|guardar|escribir|grabar|adicionar|salvar|gravar|escrever|ajouter|enregistrer|"
    rf"sauvegarder|ecrire|aggiungere|salvare|scrivere|registrare) {_OF_FILES}", "we are adding files"), (
    r"(?:vamos a|voy a|quiero|queremos|necesito|necesitamos|tengo que|tenemos que|hay que|debo|debemos|"
    r"vamos|vou|quero|queremos|preciso|precisamos|temos que|tenho que|e preciso|"
    r"je dois|nous devons|on doit|je vais|nous allons|on va|je veux|nous voulons|on veut|il faut|"
    r"devo|dobbiamo|voglio|vogliamo|bisogna|dobbiamo) (?:y )?"
    r"(?:borrar|eliminar|renombrar|apagar|excluir|deletar|renomear|supprimer|effacer|renommer|cancellare|"
    rf"eliminare|rinominare) {_OF_FILES}", "we are deleting files"), (
    # Dutch, the verb last ("we willen bestanden toevoegen"); Scandinavian and Polish, the verb first
    rf"(?:we|wij|ik) (?:gaan|willen|moeten|wil|moet|ga) {_OF_FILES} (?:erop |erbij )?"
    r"(?:toevoegen|opslaan|schrijven|zetten)", "we are adding files"), (
    rf"(?:we|wij|ik) (?:gaan|willen|moeten|wil|moet|ga) {_OF_FILES} (?:verwijderen|wissen|hernoemen)",
    "we are deleting files"), (
    r"(?:vi|jag|jeg) (?:ska|skal|vill|vil|maste|ma|behover|trenger a|trenger) "
    rf"(?:lagga till|legge til|tilfoje|spara|lagre|gemme|skriva|skrive) {_OF_FILES}(?: pa den| pa det| pa dem)?",
    "we are adding files"), (
    rf"(?:vi|jag|jeg) (?:ska|skal|vill|vil|maste|ma|behover|trenger a|trenger) (?:radera|ta bort|slette|"
    rf"fjerne|slet) {_OF_FILES}", "we are deleting files"), (
    rf"{_OF_FILES} (?:ska|skal|maste|ma|behover) (?:raderas|tas bort|slettes|fjernes)", "we are deleting files"), (
    rf"{_OF_FILES} (?:ska|skal|maste|ma|behover) (?:sparas|lagras|skrivas|lagres|skrives|gemmes)",
    "we are adding files"), (
    r"(?:trzeba|musimy|musze|chcemy|chce|bedziemy|bede|zeby|aby|nalezy) (?:dodac|zapisac|wgrac|nagrac) "
    rf"{_OF_FILES}", "we are adding files"), (
    r"(?:trzeba|musimy|musze|chcemy|chce|bedziemy|bede|zeby|aby|nalezy) (?:usunac|skasowac|wykasowac) "
    rf"{_OF_FILES}", "we are deleting files"))]


def _with_purpose(text: str, names: Callable[[str], bool]) -> str | None:
    """The English of a mount said with what is about to be written on the drive, as
    "mount X, we are adding files"; None when the text is not so. The purpose must be a
    clause or a sentence of its own, said once, and the rest a mount read whole that asks
    for no reading only."""
    found = [(m, english) for pattern, english in _PURPOSES for m in pattern.finditer(text)]
    if len(found) != 1 or "?" in text:
        return None
    (said, english), = found
    words = set(re.findall(r"[\w'-]+", said.group()))
    if words & (_NEGATIONS_AND_CONDITIONS | _NOT_A_REASON) or _WHEN_SAID.search(said.group()):
        return None
    rest = re.sub(r"\s*([,.;!])\s*[,.;!]", r"\1", text[:said.start()] + text[said.end():]).strip(" ,.;!\u060c")
    read = as_english(rest, names)
    if read == rest or unread(read) or not re.match(r"(?:can you )?mount ", read) or "read-only" in read:
        return None
    return f"{read}, {english}"


# What a delay said first waits for, said after it ("riavvia tra un'ora, dopo la messa", "перезагрузи через два часа,
# после закрытия", "starte das Gerät in einer Viertelstunde neu, dann ist die letzte Sitzung vorbei"): when, said
# again, of a thing of one or two words with no verb; never without the delay ("riavvia dopo la messa" waits for it)
_AFTER = ("dopo", "despues", "apres", "nach", "depois", "na", "po", "efter", "etter", "jalkeen", "sonra", "setelah",
          "после", "після", "μετά", "după", "بعد", "אחרי", "後", "之后", "以后", "후에")
_TIMED_AFTER = re.compile(
    r"(?P<request>.+?)\s*,\s*(?:(?:" + "|".join(re.escape(glossary.plain(w)) for w in _AFTER) +
    r")\s+(?:(?:de|del|d'|da|do|di|dem|der|den|des|du|de la|de l')\s*)?(?:(?:l'|la|le|les|el|il|lo|o|a|the|het|die|das)"
    r"\s*)?[\w'-]+(?:\s+[\w'-]+)?|(?P<over>(?:dann|dan) (?:ist|sind|is|zijn) (?:[\w'-]+\s+){1,4})"
    r"(?:vorbei|fertig|zu ende|durch|beendet|abgeschlossen|erledigt|voorbij|klaar|afgelopen|afgerond)"
    # (... or after a thing happens, said as a clause of a few words: "după ce pleacă duba", "dopo che parte il
    # furgone", "nachdem der Lauf beendet ist", "efter att bilen har åkt")
    r"|(?P<after>(?:dupa ce|dopo che|despues de que|depois que|apres que|apres qu'|nachdem|nadat|efter att|etter at|"
    r"efter at)\s*(?:[\w'-]+\s+){0,4}[\w'-]+))\s*[.!]?")
# ... whose verb is one of a thing leaving, arriving, ending or closing, never of anything asked of the device
_IT_HAPPENS = re.compile(r"(?<![\w'-])(?:pleaca|pleaca|ajunge|vine|termina|incheie|inchide|parte|arriva|finisce|"
                         r"termina|chiude|esce|torna|rientra|salga|llegue|termine|acabe|cierre|vuelva|saia|sair|chegue|"
                         r"chegar|terminar|acabar|feche|fechar|volte|voltar|arrive|finisse|ferme|revienne|parti|partie|"
                         r"partis|fini|finie|termine|terminee|weg|los|fertig|beendet|abgeschlossen|vorbei|zu|gefahren|"
                         r"abgefahren|angekommen|zuruck|vertrokken|klaar|afgelopen|gesloten|aangekomen|terug|akt|kort|"
                         r"gatt|slutat|stangt|kommit|klar|kort|kjort|gaet|faerdig|ferdig|lukket|stengt|kommet|tilbage|"
                         r"tilbake|tillbaka)(?![\w'-])")
_NOT_HAPPENING = frozenset(["nu", "ne", "no", "non", "nao", "pas", "nicht", "kein", "keine", "niet", "geen", "inte",
                            "ikke", "mai", "nie", "never", "not"])
_READ_DELAY = re.compile(r"(?<![\w])in \d+ (?:s|sek|seconds?|minutes?|hours?)(?![\w])")


# How the power is, said after a power profile asked for, in any script ("chuyển sang chế độ tiết kiệm điện đi, đang
# chạy máy phát", "переключи в режим энергосбережения, работаем от генератора", "geh in den Stromsparmodus, wir laufen
# auf dem Aggregat"): why; never with a negation, a condition, a question, a number or a thing of the device
_POWER_SAID_LAST = re.compile("|".join(re.escape(glossary.plain(w)) for w in (
    "máy phát", "mất điện", "cúp điện", "pin yếu", "генератор", "генератора", "генераторе", "аккумулятор",
    "аккумуляторе", "батарее", "батареи", "батареї", "акумулятор", "акумуляторі", "света нет", "нет света",
    "світла немає", "γεννήτρια", "μπαταρία", "ρεύμα", "generator", "generatorul", "baterie", "المولد", "مولد",
    "البطارية", "بطارية", "הגנרטור", "גנרטור", "סוללה", "הסוללה", "חשמל", "जनरेटर", "बैटरी", "बिजली", "発電機",
    "バッテリー", "停電", "发电机", "电池", "停电", "발전기", "배터리", "정전", "เครื่องปั่นไฟ", "แบตเตอรี่", "ไฟดับ",
    "ژنراتور", "باتری", "برق", "جنریٹر", "بیٹری", "بجلی", "জেনারেটর", "ব্যাটারি", "বিদ্যুৎ", "jenereta", "betri",
    "umeme")))


def _power_said_last(text: str, names: Callable[[str], bool]) -> str | None:
    """The profile asked for before a last clause that only says how the power is, else None."""
    request, sep, tail = text.rstrip(" .!。").rpartition(",")
    words = tail.split()
    if not sep or "?" in text or "？" in text or not (_POWER_SAID_LAST.search(tail) or _POWER_SAID.search(tail)) or \
            len(words) > 8 or \
            re.search(r"\d", tail) or (_NEGATIONS_AND_CONDITIONS | _NOT_A_REASON) & set(words) or \
            more_languages.says_no(tail) or _VERB.search(tail) or more_languages.holds_a_verb(tail) or \
            lexicon.effects(tail) or _REPORTING.search(tail) or _WANTED.search(tail) or \
            guards.said_kinds(tail, names) or any(names(w) for w in words):
        return None
    read = as_english(request.strip(), names)
    return read if _PROFILE_READ.fullmatch(read) else None


def _a_request_after(said: str, names: Callable[[str], bool]) -> bool:
    """Whether what is said after a delay asks or takes back more than when ("..., dopo avvia apache", "..., dopo
    nginx", "..., não depois do jogo")."""
    words = re.findall(r"[\w'-]+", said)[1:]  # (after "after", which itself says later: "dopo" alone waits)
    said = " ".join(words)
    return bool(_NEGATIONS_IN_A_REASON & set(words) or _VERB.search(said) or more_languages.holds_a_verb(said)
                or lexicon.effects(said) or any(names(w) for w in words) or guards.said_kinds(said, names))


# Taglish: Tagalog's "i-" or "paki-" on an English verb, "you" and "the" after it ("i-restart mo yung camera",
# "paki-stop po ang pump"), read as the English verb; a last clause may say what is wrong ("..., mababa ang humidity",
# "..., nag-hang yung screen"). Never with a negation, question, condition, report, hedge or later time in it ("huwag",
# "ba", "kung", "sabi", "baka", "mamaya")
_TL_VERB = r"(?:i-|paki-?|pa-?)(?P<verb>restart|reboot|start|stop|mount|unmount|blink|on|off)"
_TL_AFTER = r"(?:mo|nyo|ninyo|niyo|po|na|nga|lang|naman|muna|ulit)"
_TL_STATE = r"(?:mababa|mataas|sira|patay|mabagal|mainit|malamig|puno|nag-hang|naghang|naka-hang|nag-crash|ayaw gumana)"
# ... or that nothing comes out, flows or arrives ("..., walang lumalabas na tubig": no water comes out), or that a
# job is over ("..., tapos na yung unloading"; never "tapos" alone, "then": "..., tapos i-reboot mo")
_TL_NONE = r"walang (?:lumalabas|dumadaloy|dumarating|dumadating|pumapasok|gumagana|nababasa)" \
           r"(?: na [\w-]+(?: [\w-]+)?)?"
_TL_OVER = r"tapos na (?:ang|yung|ung) (?!i-|paki|pa-)[\w-]+(?: (?!i-|paki|pa-)[\w-]+)?"
_TL_TROUBLE = rf"{_TL_STATE}(?: na)? (?:ang|yung|ung) [\w-]+(?: [\w-]+)?|" \
              rf"(?:[\w-]+ ){{1,3}}(?:ay )?{_TL_STATE}(?: na)?|{_TL_NONE}|{_TL_OVER}"
_TAGLISH = re.compile(rf"{_TL_VERB}(?: {_TL_AFTER})* (?:(?:yung|ung|iyong|ang|ng) )?(?P<thing>[^,.!?;:\"'«]+?)"
                      rf"(?: {_TL_AFTER})*(?:, (?P<trouble>{_TL_TROUBLE}))?[\s.!]*")
_TL_NEVER = frozenset(["huwag", "wag", "hwag", "hindi", "di", "ba", "kung", "pag", "kapag", "kapg", "sabi", "baka",
                       "siguro", "bukas", "mamaya", "mamayang", "kahit", "sana", "pwede", "puwede", "kaya", "bakit",
                       "paano", "kailan", "dapat", "wala", "walang"])


def _taglish(text: str) -> str | None:
    """The Taglish request in English (see _TAGLISH), or None."""
    if not (said := _TAGLISH.fullmatch(text.strip())):
        return None
    # ("walang", none, only in what comes out: never "walang problema, i-reboot mo" nor a negation of the request)
    if said["trouble"] and re.fullmatch(_TL_NONE, said["trouble"]):
        text = text[:said.start("trouble")]
    if _TL_NEVER & set(re.split(r"[\s,-]+", text)):
        return None
    verb, thing = said["verb"], said["thing"]
    return f"turn the {thing} {verb}" if verb in ("on", "off") else f"{verb} the {thing}"


# How things are again, said first in Indonesian and Malay before the request ("Sinyal seluler sudah kembali di sektor
# ini, nyalakan LTE-nya": the signal is back in this sector): read as said after it, where a reason is read; only
# "already" with a state come back, no negation, condition, report, hedge or time in the subject
_ID_BACK = re.compile(r"(?P<situation>(?P<subject>[a-z][\w-]*(?: [a-z][\w-]*){0,2}) (?:sudah|udah|telah|dah) "
                      r"(?:kembali|pulih|normal(?: (?:lagi|semula))?|bagus(?: lagi)?|stabil(?: lagi)?|ada lagi|"
                      r"muncul lagi|membaik|kuat lagi)(?: (?:di|dekat) [a-z][\w-]*(?: (?:ini|itu|sini|sana))?)?)"
                      r"\s*[,.]\s*(?P<request>[^,.?!]+[.!]*)")
_NOT_BACK = frozenset(["kalau", "kalo", "jika", "bila", "apabila", "jikalau", "andai", "setelah", "sesudah", "nanti",
                       "besok", "waktu", "saat", "ketika", "kata", "katanya", "bilang", "mungkin", "semoga", "tidak",
                       "tak", "belum", "jangan", "bukan", "enggak", "gak", "nggak", "ga", "apakah", "begitu", "asal",
                       "asalkan", "sebelum", "sampai", "hingga", "kalaupun", "seandainya", "barangkali", "agar",
                       "supaya", "biar"])


def _back_said_first(text: str) -> str | None:
    if "?" in text or not (said := _ID_BACK.fullmatch(text.strip())) or set(said["subject"].split()) & _NOT_BACK or \
            set(said["request"].split()) & _NOT_BACK:
        return None
    return f"{said['request'].rstrip(' .!')}, {said['situation']}"


# The machine said as the object of a verb that is both "restart" and "reboot" in its language ("Перезавантаж сервер
# через 15 хвилин", "Reinicie o equipamento daqui a 15 minutos", "Ponovno zaženi strežnik"): the device rebooted; never
# beside a reason, which may say it is a program ("Reinicia el servidor, porque la pantalla no carga")
_THE_MACHINE_RESTARTED = re.compile(r"^restart (?:the |this )?(?:whole )?(?:server|computer|machine|device|system|box|"
                                    r"pc)(?= in\b| at\b| now\b|\s*[,.;!?]|\s*$)")


def as_english(text: str, names: Callable[[str], bool]) -> str:
    """`_as_english_read`, and the machine restarted in another language, said alone, the device rebooted."""
    read = _as_english_read(text, names)
    if read == text or clauses.reason_split(clauses.around_removed(text)):
        return read
    return _THE_MACHINE_RESTARTED.sub(lambda m: "reboot" + m.group()[len("restart"):], read)


def _as_english_read(text: str, names: Callable[[str], bool]) -> str:
    """The command in English when it is a closed-form foreign command, else unchanged. A
    sentence that is one only without its greeting, thanks, "now" and a reason given after
    "because" (clauses.py) is read as that closed form, and so is a message of sentences of
    which one is such a request and the others only say what is wrong; never a sentence that
    asks anything ("?") but the request itself, asked politely ("kun je X herstarten?")."""
    if _AT_A_TIME_OF_DAY.search(text):
        return text  # (a time of day is no delay: "starta om enheten klockan tre" is not the clock restarted)
    if (taglish := _taglish(text)) is not None:
        return taglish  # "i-restart mo yung camera"
    if (back := _back_said_first(text)) is not None:
        return as_english(back, names)  # "sinyal seluler sudah kembali, nyalakan LTE-nya": "nyalakan LTE-nya, ..."
    if (purposed := _with_purpose(text, names)) is not None:
        return purposed  # "Hänge den Stick ein, wir wollen Dateien hinzufügen"
    if (powered := _power_said_last(text, names)) is not None:
        return powered
    # (a thing of the device may be what ends or leaves: "..., dann ist der Lauf von GT1 beendet")
    if (timed := _TIMED_AFTER.fullmatch(text)) and not _a_request_after(
            text[timed.end("request"):], (lambda word: False) if timed["after"] or timed["over"] else names) and \
            (not timed["after"] or (_IT_HAPPENS.search(timed["after"]) and not _NOT_HAPPENING & set(
                timed["after"].split()) and not _REPORTING.search(timed["after"]))) and \
            (read := as_english(timed["request"], names)) != timed["request"] and not unread(read) and \
            _READ_DELAY.search(read):
        return read
    if (read := _as_english_asked(text, names)) != text:
        return read
    if (told := _told_apart(text, names)) is not None:
        return told
    if (failed := _failed_first(clauses.around_removed(text), names)) is not None:
        return failed  # "EMS hängt beim Dispatch, bitte neu starten"
    core = clauses.around_removed(text)
    if core != text and _CAN_YOU.match(core) and (read := _as_english_asked(core, names)) != core and not unread(read):
        return read  # "Pourriez-vous redémarrer X ? Merci d'avance."
    if "?" in text:
        return text
    if (split := clauses.reason_split(core)) and _only_a_reason(split[1], names) and (
            not clauses.said_of_which(core) or _TROUBLE.search(split[1])):
        core = split[0]  # (the one that works, or is by the door, says which: "..., el que funciona" stays)
    if core == text or (read := _as_english_asked(core, names)) == core or unread(read):
        return text
    # a verb alone read from a request that said more ("reinicia el servidor, porque ...": a
    # thing it names that the glossary does not know) would reboot the device: unread, unless
    # the more is the device itself ("bitte das Gerät neu starten, weil ...")
    alone = len(read.split()) == 1 and len(core.split()) > 1 and not _DEVICE & set(re.findall(r"\w+", core))
    return text if alone else read


# What fails said first, then the request: of it ("EMS hängt beim Dispatch, bitte neu starten", "las pantallas de
# cocina se congelaron, no llegan las comandas. reinícialas", "der Drucker hängt, starte ihn neu", "la caméra est
# figée, redémarre-la"), or of a thing it names ("Weckrufe kommen nicht auf dem Tablet an, bitte das Backend ...
# neu starten"). "It" is a pronoun said apart, or one said on the verb (Spanish, Italian, Portuguese, French)
_CLAUSE_END = re.compile(r"\s*[,;]\s*|(?<=[.!])\s+")
_IT_SAID = frozenset(["ihn", "sie", "es", "hem", "'m", "ze", "go", "ja", "je", "ho", "ji", "den", "dem",
                      # (Finnish, Turkish and Estonian: "käynnistä se uudelleen", "onu durdur", "taaskäivita see")
                      "se", "sen", "sita", "onu", "see", "seda",
                      "ele", "ela"])  # (Brazilian Portuguese, said after the verb: "o placar travou, reinicia ele")
# "The service" or "its service" of the thing said failing, in a request that names nothing else ("Kasse 2 hängt.
# Bitte den Dienst neu starten.", "o banho de cera parou, reinicia o serviço dele", "le relais AIS n'envoie plus
# rien, relance le service"): the thing
_ITS_SERVICE = re.compile(r"(?<![\w'-])(?:(?:den|seinen|ihren|dessen|le|son|el|su|o|il|lo|suo|het|de|zijn|jego|jej|"
                          r"tjansten|tjenesten) )?(?:dienst|service|servicio|servico|servizio|serwis|sluzbu|palvelu|"
                          r"palvelun|tjenesten|layanannya)"
                          r"(?: (?:dele|dela|dafur|davon|dazu|ervan|daarvan|del mismo|della stessa))?(?![\w'-])"
                          # (never one said of another thing: "den Dienst für die Strafeingabe", "le service des ...")
                          r"(?! (?:fur|von|vom|der|des|de|du|do|da|dos|das|di|del|della|dello|dei|dla|for|til|till|av|"
                          r"pro|para|pour|per|voor|van|untuk|pembuat)(?![\w'-]))")
# ... and what stands between the thing and how it failed: a reflexive, an auxiliary ("il tornello si è bloccato",
# "drukarka się zawiesiła")
_AUXILIARY = frozenset(["si", "se", "sie", "e", "ist", "sind", "est", "sont", "is", "zijn", "esta", "estan", "ha",
                        "han",
                        "hat", "haben", "a", "ont", "heeft", "hebben", "jest", "sa", "je", "jsou", "er", "ar", "sta",
                        "stanno", "fica", "ficou", "s'est", "se ha", "wieder", "schon", "weer", "al", "ya", "gia"])
_VERB_AND_IT = re.compile(r"(?P<verb>[a-z]+?)(?:(?<=[aeiou])(?:los|las|lo|la|les|le|li)|-(?:os|as|o|a|los|las|lo|la|"
                          r"les|le|la|l|ho)|'l)")


def _failed_first(text: str, names: Callable[[str], bool]) -> str | None:
    """The English of a request said after clauses that only say what fails (_TROUBLE, see _says_why), the
    first of them of a thing said before what fails ("EMS hängt"); the request acts on that thing when it names
    none itself or says "it". None when it is not so: a question, a negation beside what fails ("EMS hängt
    nicht"), a request not read whole."""
    if "?" in text:
        return None
    *said, request = [part for part in _CLAUSE_END.split(text.strip(" .!")) if part]
    found = _TROUBLE.search(said[0]) if said else None
    thing = said[0][:found.start()].strip() if found else ""
    # (the thing said failing may be named: "kamera ANPR na pasie 2 nie czyta tablic, zrestartuj ją"; a name said
    # after what fails still says more than why)
    in_thing = set(thing.split())
    if not said or not all(_TROUBLE.search(part) and _says_why(
            request, part, (lambda w: names(w) and w not in in_thing) if k == 0 else names)
            for k, part in enumerate(said)):
        return None
    # (what fails said with a condition, a wait or a hedge is no why: "hvis den henger, genstart nginx"; its negation
    # is what fails)
    if any(set(guards.said_kinds(part, names)) - {"negation"} or _HUNGARIAN_IF.match(part) for part in said):
        return None
    while thing.split()[-1:] and thing.split()[-1] in _AUXILIARY:
        thing = " ".join(thing.split()[:-1])
    if _NEGATIONS_IN_A_REASON & set(re.findall(r"[\w'-]+", _TROUBLE.sub(" ", said[0]))):
        return None
    if thing and (service := _ITS_SERVICE.search(request)) and not any(
            names(w) or glossary.english(w, names) for w in request[service.end():].split()[:1]):
        request = f"{request[:service.start()]}ihn{request[service.end():]}"  # (read as "it", below)
    tokens = request.split()
    with_it = [" ".join(f"{said_it['verb']} {thing}" if (said_it := _VERB_AND_IT.fullmatch(w)) and said_it["verb"] in
                        _VERBS else thing if w in _IT_SAID else w for w in tokens)]
    # (said of "it", the request is of the thing; else of what it names, or of the thing when it names nothing)
    tries = ([] if not thing else with_it) if with_it[0] != request else [request, f"{request} {thing}"] if thing else [
        request]
    for said_as in tries:
        read = _as_english_asked(said_as, names)
        if read == said_as or unread(read):
            continue
        # (a verb alone is a reboot: never read from a request of "it", only from one that names the device: "...,
        # reinicia el equipo")
        if len(read.removeprefix("can you ").split()) > 1 or (
                said_as == request and _DEVICE & set(re.findall(r"[\w']+", request))):
            return read
    return None


# Where one sentence of a message ends and another begins ("Kun je X herstarten? Leden krijgen hun
# kluisje niet open.", "Reinicie o servidor OPC UA. O SCADA perdeu os dados do PLC.")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s+[-–—]+\s+")
# What takes a request back or adds to it, said as a sentence of its own: "vergiss es", "laisse
# tomber", "lascia perdere", "déjalo", "laat maar", "glöm det", "nieważne", "den Broker auch"
_LET_IT_BE = re.compile(r"(?<![\w'-])(?:" + "|".join((
    r"vergiss\w*|vergessen|egal|schon gut|lass\w*|abbrechen|storno|stopp|halt",
    r"laisse\w*|laissez|oublie\w*|tant pis|peu importe|annule\w*|attends?|attendez",
    r"lascia\w*|dimentica\w*|annulla\w*|aspetta\w*|stop",
    r"olvida\w*|deja\w*|da igual|cancela\w*|espera\w*|no importa|dejalo",
    r"esquece\w*|deixa\w*|nao importa|cancel\w*",
    r"laat|vergeet|maakt niet uit|annuleer\w*|wacht\w*|toch",
    r"glom|glem|strunt|lat|avbryt|avbryd|vent|vanta|drop|lad",
    r"zapomnij|niewazne|anuluj|zostaw|czekaj|poczekaj|nech|zapomen|zrus|pockej",
    r"unut|bosver|iptal|bekle|lupakan|batal|tunggu|usah",
    # what says it is working again, corrects, jokes, hedges, claims a role or an order, or leaves it to
    # the operator: "er funktioniert wieder", "eigentlich ist Lader 4 kaputt", "das war ein Witz",
    # "ich bin mir nicht sicher", "ich bin der Schichtleiter", "ich kümmere mich selbst darum"
    r"remarche|eigentlich|en realidad|en fait|in realta|eigenlijk|faktiskt|faktisk|"
    r"wlasciwie|vlastne|witz|scherz|blague|broma|scherzo|grap|grapje|skamt|spog|"
    r"zart|vtip|joke|selbst|myself|moi-meme|mismo|misma|stesso|stessa|zelf|sjalv|selv|sam|sama|"
    r"ich bin|je suis|soy|sono|ik ben|jag ar|jeg er|jestem|jsem|eu sou|i am|i'm|befehl|ordre|orden|ordine|bevel|"
    r"rozkaz|nicht sicher|pas sure?|no estoy segur[oa]|non sono sicur[oa]|niet zeker|inte saker|ikke sikker|"
    r"pewien|pewna|jist|oder|eller|lub|nebo|"
    # and what adds a second request: "too", "as well", "the other one"
    r"auch|ebenfalls|tambien|tambem|aussi|anche|pure|ook|ocksa|ogsa|tez|take|juga|hem|andere\w*|"
    # (never "again", said with "other": "se quedó trabada otra vez", "travou outra vez", "è bloccata un'altra volta")
    r"otro|otra(?! vez)|autre(?! fois)|altro|altra(?! volta)|outro|outra(?! vez)|ander|annan|annen|anden|inny|inna|"
    r"druhy|druha")) +
    r")(?![\w'-])")


# Working, in those languages: "funktioniert", "marche", "funciona", "werkt", "fungerar", "działa"
_WORKS = re.compile(r"(?<![\w'-])(?:funktionier\w*|geht|lauft|laeuft|marche\w*|fonctionne\w*|funciona\w*|"
                    r"funziona\w*|werkt|draait|fungerar|funkar|gar|virker|fungerer|funguje|dziala\w*|chodzi|"
                    r"calisiyor|works?|working|wieder da|ist wieder|is terug|est revenue?|e tornat[oa]|ha vuelto|"
                    r"voltou|je zpet|jest z powrotem|er tilbage|ar tillbaka|er tilbake|gweithio|iawn)(?![\w'-])"
                    # (never running hot: "der Ziehstein läuft heiß")
                    r"(?! (?:zu |te |for |alt for |allt for |sehr |erg )?(?:heiss|warm|heet|varm)(?![\w'-]))")


def _working(text: str) -> bool:
    """Whether the text says something works, with no negation: nothing is wrong then."""
    return _WORKS.search(text) is not None and not _NEGATIONS_IN_A_REASON & set(re.findall(r"[\w'-]+", text))


def _told_apart(text: str, names: Callable[[str], bool]) -> str | None:
    """The English of a message of several sentences, written in Latin letters, whose one
    sentence is a request of the closed form and whose others only say what is wrong; None
    when it is not so. A sentence told apart must say why and nothing else a request could be
    changed by (see _only_a_reason), say it in words of trouble or in four words or more, take
    nothing back and add nothing ("laisse tomber", "den Broker auch"), and not begin with a
    negation ("nicht den anderen")."""
    core = clauses.around_removed(text)
    parts = [part for part in _SENTENCE_END.split(core) if part.strip(" .!")]
    if len(parts) < 2 or re.search(r"[^\x00-\x7fÀ-ɏ]", core):
        return None
    for index, part in enumerate(parts):
        others = parts[:index] + parts[index + 1:]
        if all(_only_trouble(other.strip(" .!"), names) for other in others):
            if index and _ITS_SERVICE.search(part):
                return None  # ("Kasse 2 hängt. Bitte den Dienst neu starten.": of the thing said failing, below)
            read = as_english(part, names)
            return None if read == part or unread(read) else read
    return None


def _only_trouble(sentence: str, names: Callable[[str], bool]) -> bool:
    # (what is wrong may be said of a thing of the device: "O SCADA perdeu os dados do PLC"; what
    # works, with no negation, says nothing is: "Den fungerar igen", "Hij werkt", "Ça marche")
    words = re.findall(r"[\w'-]+", sentence)
    troubled = _TROUBLE.search(sentence) is not None
    return bool(words) and words[0] not in _NEGATIONS_AND_CONDITIONS and not _LET_IT_BE.search(sentence) and \
        not _working(sentence) and \
        (len(words) >= 4 or troubled) and _only_a_reason(sentence, (lambda word: False) if troubled else names)


def _only_a_reason(reason: str, names: Callable[[str], bool]) -> bool:
    """Whether a clause said after "because" only says why: no verb of the catalog, no time,
    condition, contrast, sequence, correction, doubt or take-back, nobody quoted, nothing
    asked. A negation there is the reason's own ("weil die Anzeige nicht lädt"), unless the
    clause is the negation alone ("porque no") or ends with it."""
    words = re.findall(r"[\w'-]+", reason)
    # ("non si accende": a reflexive "si", no "if")
    conditions = _NEGATIONS_AND_CONDITIONS - _NEGATIONS_IN_A_REASON - _WITHOUT - (
        {"si", "se"} if re.search(r"(?<![\w])(?:non|no|nao|ne|n')\s+s[ei](?![\w])", reason) else set())
    untroubled = _TROUBLE.sub(" ", reason)  # ("nao liga": its verb says what fails)
    # ("ne répondent pas" ends with the second half of its negation, "svarar inte" with what fails)
    ends_negated = words[-1:] != [] and words[-1] in _NEGATIONS_IN_A_REASON and not (
        words[-1] in ("pas", "plus", "rien") and re.search(r"(?<![\w])n(?:e |')", reason)) and not \
        _TROUBLE_LAST.search(reason)
    return len(words) >= 2 and not ends_negated and not (
        re.search(r"[?:()\"«»]", reason) or any(names(w) for w in words) or _REPORTING.search(reason)
        or _TIME_SAID.search(reason)
        or _DELAY.search(reason) or _CORRECTION.search(reason)
        or any(said.group() != "do" for said in _WHEN_SAID.finditer(reason))
        or _VERB.search(untroubled) or lexicon.effects(untroubled) or more_languages.holds_a_verb(reason)
        or (_WANTED.search(reason) and _NEGATIONS_IN_A_REASON & set(words))
        or (conditions | _NOT_A_REASON - _NEGATIONS_IN_A_REASON) & set(words)
        or set(guards.said_kinds(reason, names)) - {"negation"})


def _as_english_asked(text: str, names: Callable[[str], bool]) -> str:
    """The command in English when it is a closed-form foreign command, else unchanged; said after
    "can you" of those languages, "can you" and the English."""
    if (asked := _CAN_YOU.match(text)) and (in_english := _as_english(text[asked.end():], names)) != \
            text[asked.end():] and not unread(in_english):
        return f"can you {in_english}"
    # (a verb said around its object, asked: "kan du starte ovnsviften på nytt?", the question mark kept)
    if asked and (rest := text[asked.end():].rstrip()).endswith("?") and (
            in_english := _as_english(rest[:-1], names)) != rest[:-1] and not unread(in_english):
        return f"can you {in_english}?"
    if len(turkish := list(_TURKISH_ASKED.finditer(text))) == 1 and not _VERB.search(text):
        bidden = text[:turkish[0].start()] + turkish[0][1] + text[turkish[0].end():]
        if (in_english := _as_english(bidden, names)) != bidden and not unread(in_english):
            return f"can you {in_english}"  # "pompayı yeniden başlatır mısın": can you restart the pump
    return _as_english(text, names)


# How the power is, said first as why a power profile is asked for ("Der Netzstrom an der Hütte ist weg, geh bitte in
# den Stromsparmodus", "Batería llena y sol a tope, ponlo en equilibrado"): a clause of the mains, a battery, the sun or
# a generator with no negation, condition, question, number, name or verb of the catalog; the request after it is read
# alone, and only a profile is
_POWER_SAID = re.compile(r"(?<![\w])(?:netzstrom|strom|stromnetz|akku|batterie|bateria|batterij|accu|batteri|"
                         r"akumulator|baterie|sonne|sol|soleil|sole|zon|solen|slonce|luz|corriente|rete elettrica|"
                         r"secteur|red electrica|stroom|netstroom|stromnettet|generador|generatore|gerador|groupe|"
                         r"aggregat|aggregaat|agregat|generator)(?![\w])")
_PROFILE_READ = re.compile(r"(?:set |switch to )?(?:powersave|performance|balanced) mode")


def _power_said_first(text: str, names: Callable[[str], bool]) -> str | None:
    """The profile asked for after a first clause that only says how the power is (see _POWER_SAID), else None."""
    head, sep, request = text.partition(",")
    words = re.findall(r"[\w'-]+", head)
    if not sep or "?" in text or not _POWER_SAID.search(head) or len(words) > 10 or re.search(r"\d", head) or (
            _NEGATIONS_AND_CONDITIONS | _NOT_A_REASON) & set(words) or _VERB.search(head) or _REPORTING.search(head) \
            or _WANTED.search(head) or _DELAY.search(head) or any(names(w) for w in words) or \
            guards.said_kinds(head, names) or _HUNGARIAN_IF.match(head):
        return None
    read = _as_english(request.strip(), names)
    return read if _PROFILE_READ.fullmatch(read) else None


# What the catalog cannot do, said with a request in those languages, in the English the interpreter refuses: for a
# while ("für zehn Minuten", "voor tien minuten", "na czas konserwacji", "on dakikalığına"), for good ("na stałe",
# "dauerhaft"), at boot ("beim Boot", "saat boot", "bij het opstarten"), and a condition said with a noun, the end of a
# shift ("nach Schichtende", "zum Schichtende", "na de dienst", "aan het eind van de dienst", "als de dienst erop zit"),
# a rule that a thing must stay running
_LIMITS_SAID = [(re.compile(r"(?<![\w])(?:" + pattern + r")(?![\w])"), english) for pattern, english in (
    (r"(?:fur|para|por|per|pour|voor|dla|pro|na|pa|durante|pendant|wahrend|tijdens|podczas)\s+"
     r"(?:[\w]+\s+){0,2}(?:sekunde\w*|second\w*|segund\w*|minut\w*|minuu?t\w*|stunde\w*|uur|heure\w*|horas?|ora|ore|"
     r"godzin\w*|timme\w*|timer?|tunti\w*|hodin\w*|tag|tage|dia|dias|jour|jours|giorn\w*|dag|dagen|woche\w*|"
     r"semana\w*|semaine\w*|week\w*|nacht|noche|nuit|notte|noite|noc|natt|weile|tijdje|chwil\w*)|"
     r"na czas \w+|\w+ (?:saniye|dakika|saat|gun|hafta)l[iu]g[iu]na|"
     r"(?:selama|untuk) \w+ (?:detik|menit|jam|hari)", "for a while"),
    (r"na stale|na zawsze|dauerhaft|fur immer|permanentemente|para siempre|para sempre|per sempre|pour toujours|"
     r"definitivement|definitivamente|voorgoed|permanent|trvale|pysyvasti|kalici olarak|selamanya|secara permanen|"
     r"for gott|for godt|for altid", "permanently"),
    (r"(?:beim|bei|zum) (?:boot|booten|systemstart|hochfahren)|saat (?:boot|booting|startup)|ketika boot|"
     r"bij (?:het )?(?:opstarten|booten|boot)|(?:al|en el) arranque|(?:no|na) (?:arranque|inicializacao)|"
     r"all'avvio|all' avvio|al boot|au demarrage|przy (?:starcie|uruchomieniu|boocie)|vid (?:uppstart|boot)|"
     r"ved (?:oppstart|opstart|boot)|pri (?:startu|bootu)|kaynnistyksessa|acilista", "at boot"),
    (r"(?:nach|zum|bei|am|vor dem) (?:dem )?schichtende|nach (?:der|dem) (?:schicht|dienst|feierabend)|zum feierabend|"
     r"(?:na|voor|tot) (?:de|het) (?:dienst|shift)|(?:aan|tegen) het (?:eind|einde) van de (?:dienst|shift)|"
     r"als de dienst erop zit|po (?:zmianie|pracy|koncu zmiany)|(?:despues del|al final del|al acabar el) turno|"
     r"(?:depois do|no fim do|ao fim do) turno|(?:dopo il|a fine|alla fine del) turno|"
     r"(?:apres|a la fin) (?:du|le|la) (?:service|poste)|en fin de (?:service|poste)|efter (?:skiftet|passet)|"
     r"etter (?:skiftet|vakten)|vuoron (?:jalkeen|lopussa)|vardiya(?:dan)? sonra|vardiya bitince|setelah shift",
     "after the shift"),
    # a rule, not a change ("grafana deve restare attivo", "nginx muss laufen bleiben", "moet blijven draaien")
    (r"(?:deve|devono|dovrebbe) (?:restare|rimanere) (?:attiv[oaie]|acces[oaie]|in funzione)|"
     r"(?:muss|mussen|soll|sollte) (?:an |aktiv |weiter )?(?:laufen )?bleiben|"
     r"(?:moet|moeten) (?:blijven draaien|aan blijven|actief blijven|blijven lopen)|"
     r"(?:debe|deben|tiene que) (?:seguir|quedar(?:se)?|permanecer) (?:activ[oa]s?|encendid[oa]s?|funcionando)|"
     r"(?:tem de|tem que|deve|precisa) (?:ficar|continuar|permanecer) (?:ativ[oa]|ligad[oa]|a correr|rodando|"
     r"funcionando)|doit rester (?:actif|active|allume|allumee|en marche)|"
     r"musi (?:zostac|pozostac) (?:wlaczon[ya]|aktywn[ya]|uruchomion[ya])|(?:maste|ska) (?:vara igang|forbli igang)|"
     r"skal (?:forblive|forbli|vaere) (?:taendt|igang|aktiv)|(?:taytyy|pitaa) pysya (?:paalla|kaynnissa)|"
     r"acik kalmali|calisir kalmali|harus tetap (?:menyala|jalan|aktif)|musi zustat (?:zapnut[yaeo]|bezet)",
     "must stay running"),
)]


_SYSTEMCTL = re.compile(r"(?:sudo\s+)?systemctl\s+")


def _as_english(text: str, names: Callable[[str], bool]) -> str:
    """The command in English when it is a closed-form foreign command, else unchanged.
    `names(word)`: whether the word names something of the device (its name, a part of it, or a
    typo of one); every word left beside the verb and the delay must."""
    if (in_english := more_languages.as_english(text, names)) is not None:
        return in_english  # Russian, Japanese, Hindi ... (more_languages.py)
    for said, english in _LIMITS_SAID:
        if found := said.search(text):
            # (the request read without it, with the English said after it: "stop node-red for a while"; or the
            # text with the English in its place)
            rest = f"{text[:found.start()]} {text[found.end():]}".strip(" ,")
            limited = _as_english(rest, names)
            return f"{limited.rstrip(' .!')} {english}" if limited != rest else f"{rest.rstrip(' .!')} {english}"
    if (chosen := _power_said_first(text, names)) is not None:
        return chosen  # "Der Netzstrom ist weg, geh bitte in den Stromsparmodus"
    if (systemctl := _SYSTEMCTL.match(text)) and _VERB.match(text, systemctl.end()):
        text = text[systemctl.end():]  # ("systemctl genstart gate-ocr": typed with the verb of one's language)
    original = text
    # ("om tre kvarter", "negyed óra múlva": a delay in words said with digits, one language's words)
    text = _HALF_HOUR.sub(" in 30 minutes", delays.said_with_digits(_FROM_HERE.sub("en", _POLITE.sub(" ", text))))
    text = _QUARTER_HOUR.sub(" in 15 minutes", _HOUR_AND_A_HALF.sub(" in 90 minutes", text))
    text = _SCANDINAVIAN_DELAY.sub(_scandinavian_delay, text)
    text = _TIMED_TO.sub("", _ABOUT.sub(r"\1 ", _LITHUANIAN_DELAY.sub(_lithuanian_delay, text)))
    text = _ESTONIAN_DELAY.sub(_estonian_delay, text)
    text = _TURKISH_WORDED_DELAY.sub(lambda m: f"{_TURKISH_WORDED_MINUTES[m[1]]} dakika sonra", text)
    text = _TURKISH_NUMBERED_DELAY.sub(lambda m: f"{_TURKISH_NUMBER_WORDS[m[1]]} ", text)
    text = _TURKISH_DELAY.sub(lambda m: f" in {m[1]} {_TURKISH_UNITS[m[2]]} ", text)
    text = _MALAY_DELAY.sub(lambda m: f" in {m[1]} {_MALAY_UNITS[m[2]]} ", text)
    text = _TURKISH_NUMBERED.sub(r"\2 \1", text)
    for said, english in _SAID_AS:
        text = said.sub(english, text)
    if text != original and (profile := _PROFILE_ALONE.fullmatch(_without_reason(text))):
        # "Leistungsmodus bitte, der Encoder ruckelt"
        return f"{profile[1]} mode"
    if _VERB.search(text):
        text = _TO_A_PROFILE.sub(_to_a_profile, _PROFILE_ADJECTIVES.sub("balanced mode", text))
    text = _without_reason(_RELATIVE_TROUBLE.sub(", ", _SAID_FIRST.sub(lambda m: _SAID_FIRST_AS[m[0]], text)), names)
    text = _ordinal_said(text, names)
    text = _WORDED_DELAY.sub(lambda m: f"{m[1]} {_NUMBER_WORDS[m[2]]} ", re.sub(r"(?<![\w])un'(?=ora\b)", "un ", text))
    text = _AND_A_HALF.sub(_and_a_half, _MINUTE_AND_A_HALF.sub(" in 90 sek", text))
    text = _PHRASES.sub("database", text).rstrip(" .!")  # ("Bitte WLAN ausschalten.")
    text = _glossary_phrases().sub(lambda m: "+" + glossary.phrases()[" ".join(m[0].split())].replace(" ", "+"), text)
    body, later = text.strip(" .!"), ""
    if (last := _DELAY.search(body)) and not body[last.end():].strip(" .!"):
        body, later = body[:last.start()].rstrip(), f" {last.group()}"  # "... neu in 5 Minuten"
    for verb, form in _AROUND.items():
        if around := form.match(body):
            # "starte nginx neu", "mach das Licht an": the verb whole, read whole or refused
            original = text = f"{verb} {around[1] or around[2]}{later}"
            break
    text = _WELSH_ARTICLE.sub(r"\1 ", text)  # ("ailgychwyn y giât": its article, never Spanish "and")
    if _WELSH_VERB_FIRST.match(text):
        text = _WELSH_IN_THE.sub(" in ", text)  # ("... y sgrin yn y coridor": the screen in the corridor)
    verbs = list(_VERB.finditer(text))
    if not verbs and (borrowed := _english_verb_first(text, names)) is not None:
        return borrowed  # "restart pembaca eartag dong, sapinya nggak kebaca"
    if not verbs:
        # "reboot dans 10 minutes": an English command with a delay said in another language
        # ("reboot om en halvtimme": half an hour too); what the catalog cannot do, said in English
        original = _HALF_HOUR.sub(" in 30 minutes", delays.said_with_digits(original)).strip()
        original = _OUT_OF_CATALOG.sub(lambda m: m[0] if names(m[0]) else _OUT_OF_CATALOG_WORDS[m[0]], original)
        # ("restart node-red dan mosquitto": two things, joined by another language's "and"; never one that is
        # also an English word or letter: "restart the hive a scale")
        typed = original.split()
        original = " ".join("and" if w in _AND - {"a", "i", "e"} and 0 < k < len(typed) - 1
                            and names(typed[k - 1].strip(",.!'"))
                            and names(typed[k + 1].strip(",.!'")) else w for k, w in enumerate(typed))
        return _DELAY.sub(lambda m: _delay(m) if _foreign_delay(m) else m.group(), original)
    if len(verbs) != 1 or "(" in text:
        return original
    before = [w for w in re.split(r"[\s,.;!]+", _POLITE.sub(" ", text[:verbs[0].start()]))
              if w and not _COURTESY.fullmatch(w)]
    if verbs[0].group(1) in _FINITE and before:
        return original  # "het apparaat herstart": the device restarts, a statement
    if _REPORTING.search(" ".join(before)):
        return original  # "il capo dice di riavviare il logger": what someone else says to do, never "restart dice"
    verb, particle = _VERBS[verbs[0].group(1)]
    if particle == " off" and _LOGS & set(re.findall(r"[\w'-]+", text)):
        verb, particle = "delete", ""  # "apaga os logs do mosquitto": the logs are no thing to switch off
    if verb == "start" and re.search(r"(?<![\w])(?:neu|om|pa nytt|opnieuw|ponownie|uudelleen|znovu|ujra|lagi|"
                                     r"again)(?![\w])", text):
        return original  # "starte nginx, bitte neu": a restart said apart, not read as a start
    rest = text[:verbs[0].start()] + " " + text[verbs[0].end():]
    delay = ""
    if found := _DELAY.search(rest):
        delay = f" {_delay(found)}"
        rest = rest[:found.start()] + " " + rest[found.end():]
    rest = re.sub(r"(?<![\w])(dell|dall|nell|sull|all|coll|d|l|qu)'(?=\w)", r"\1' ", rest)
    # ("skanneri B:n vastaanotto": scanner B's intake, the letter said as it is)
    lettered = {said[1] for said in _FINNISH_CASE.finditer(rest) if len(said[1]) == 1}
    rest = _FINNISH_CASE.sub(r"\1", rest)
    # ("den Dienst, der die Waage liest", "de dienst die de labels maakt": a relative clause)
    rest = _RELATIVE_ARTICLE.sub(lambda m: f"{m[1]} que ", rest)
    tokens = rest.replace(",", " ").replace("?", " ").strip(" .!").split()
    if _FOR_A_WHILE.search(" ".join(tokens)) or _IN_A_WHILE.search(" ".join(tokens)):
        return original  # (its unit of time may also be a word of the glossary: "hora" is "time")
    tokens = [_AND_OF_QUANTITIES if w in _AND and _between_quantities(tokens, k, names) else w
              for k, w in enumerate(tokens)]
    if any(w in _AND and (w not in _ARTICLES or (0 < k < len(tokens) - 1 and names(tokens[k - 1])
                          and names(tokens[k + 1].rstrip("'")))) and not _and_within(tokens, k, names)
           for k, w in enumerate(tokens)):
        return original  # ("i" and "a" are also articles: "i sensori", "a bomba")
    words = [w for w in tokens if not _COURTESY.fullmatch(w) and w not in _ARTICLES]
    if verb == "restart" and words and all(w in _DEVICE or w in _THIS or w in _WHOLE or _the_box(w, names)
                                           for w in words) and any(w in _DEVICE or w in _BOX for w in words):
        verb, words = "reboot", []  # "reinicia el equipo", "restartuj to zařízení": the device
    # ("signal k": a name said in two words; "chargeur b" is the charger b, each a name)
    words = [w for w in " ".join(words).split() if w]
    spoken: set[str] = set()  # (names said in two words, joined: "opcua")
    for i in range(len(words) - 1):
        if (words[i] + words[i + 1]).isalnum() and words[i] not in _NOUNS and \
                words[i + 1] not in _numbered(tokens, rest, names) and \
                not _NEGATIONS_AND_CONDITIONS & {words[i], words[i + 1]} and \
                _joined_named(words, i, names) and not (names(words[i]) and names(words[i + 1])) and \
                not _name_and_its_kind(words[i], words[i + 1], names) and \
                not _its_number(words[i], words[i + 1], names):
            words[i:i + 2] = [words[i] + words[i + 1], ""]
            spoken.add(words[i])
    words = [w for w in words if w]
    if _READ_AS_ENGLISH & set(words) & {"powersave", "performance", "balanced"}:
        words = [w for w in words if w not in _PROFILE_GLUE]  # "zet 'm in de zuinige stand"
        if any(w not in _READ_AS_ENGLISH and w not in _DEVICE and w not in _THIS and not _OF_A_PROFILE.issuperset(
                _in_english(w, names) or ["profile"]) for w in words):
            return original  # "stell den Abluftventilator auf volle Leistung": a fan has no power profile
    numbers = _numbered(tokens, rest, names)
    read = [[w] if w in numbers or w in spoken or w in lettered
            else ["and"] if w in _AND or w == _AND_OF_QUANTITIES
            else _in_english(w, names, numbered=words[k + 1:k + 2] != [] and words[k + 1] in numbers)
            for k, w in enumerate(words)]  # (an "and" left is one within what one thing is)
    relative = 2 if any(_NOUNS.get(w) == "that" for w in words) else 0  # ("... que vigila la puerta")
    # (a preposition or an "and" joins two things said, and says nothing itself: "regulację klimatu w pomieszczeniu
    # odchowu", "kartę z klipami ze skanera", "kuonan ja tuhkan vaa'an lukija")
    joined = 0 if "," in rest else sum(w in _PREPOSITIONS or w in _AND for w in words)
    beside = relative + joined + len(_READ_AS_ENGLISH & set(words)) + len(_numbered(tokens, rest, names)) + \
        2 * words.count(_AND_OF_QUANTITIES)  # (an "and" of two quantities, and the second, say no thing more)
    if len(read) > 4 + beside or (_NEGATIONS_AND_CONDITIONS | _LATER_EVEN_NAMED) & set(words) or None in read:
        return original  # a noun it does not know, a negation, a condition: not the closed form
    # ("apaga el wifi?" asks whether, as "turn the wifi off?" does)
    asked = "?" if original.rstrip().endswith("?") else ""
    english = _light_of_a_link(" ".join(e for said in read if said for e in said))
    return f"{verb} {english}{particle}".strip() + delay + asked


# A light said first, then the link or drive it shows, as these languages say its head first ("wyłącz diodę od wifi",
# "apaga el led del wifi", "schalte die LED vom WLAN aus"): the light of that link, never the link ("led wifi" reads
# as the link in English, which says its head last)
_LIGHT_OF_A_LINK = re.compile(r"(?<![\w-])((?:leds?|lights?|lamps?|indicators?|diodes?)) (?:(?:for|from|of) )?"
                              r"(?=(?:wifi|wi-fi|wlan|wireless|ethernet|lan|lte|cellular|modem|vpn|bluetooth|network|"
                              r"uplink|drives?|disks?|usb|ssd|storage)(?![\w-]))")


def _light_of_a_link(english: str) -> str:
    return _LIGHT_OF_A_LINK.sub(r"\1 for the ", english)


# The English verb said first, with the thing in the operator's language ("restart pembaca eartag dong", "stop
# pompa air"): Indonesian and Malay operators, and others, borrow the verb
_ENGLISH_VERB_FIRST = re.compile(r"(restart|start|stop)\s+(.+)")


def _english_verb_first(text: str, names: Callable[[str], bool]) -> str | None:
    """The command in English when an English verb is said first and every word after it is an article, a courtesy
    or a form the glossary lists, at least one of them in another language; never a name of the device or a number
    (what else is said may be a time or more things: "restart nginx besok", "restart zones 1 to 3"), an English word
    the glossary translates ("restart reader" stays as it is) or resembles ("renderer"), a word read only as a
    compound or with an ending, a negation or a condition, nor more than four."""
    found = _ENGLISH_VERB_FIRST.fullmatch(text.strip(" .!"))
    if not found or re.search(r"[^\w\s+]|\d", found[2]) or _WHEN_SAID.search(found[2]):
        return None
    read: list[str] = []
    borrowed = False
    for word in found[2].split():
        if _COURTESY.fullmatch(word) or word in _ARTICLES:
            continue
        if word.startswith("+") and (phrase := word.strip("+").split("+")) != [""]:
            read, borrowed = read + phrase, True  # a phrase of the glossary, read before ("restart papan skor dong")
            continue
        if word in _NEGATIONS_AND_CONDITIONS or word in _NOT_A_REASON or word in glossary.english_words() or \
                word in _AND:
            return None
        if names(word) or glossary.plain(word) not in glossary.latin_forms() or (
                said := glossary.english(word, names)) is None:
            return None
        if "".join(said).replace(" ", "") != word:  # ("eartag" is the ear tag, said as one word)
            if any(ground.typo_of(word, e) or ground.typo_of(e, word) for e in said):
                return None
            borrowed = True
        read += said
    return f"{found[1]} {' '.join(read)}" if borrowed and len(read) <= 4 else None


@functools.cache
def _glossary_phrases() -> re.Pattern[str]:
    """The glossary's forms of several words in these languages, each a whole phrase."""
    return re.compile(r"(?<![\w+-])" + (alternation.phrases(glossary.phrases()) or "(?!)") + r"(?![\w-])")


def _and_within(tokens: list[str], k: int, names: Callable[[str], bool]) -> bool:
    """Whether the "and" at k joins two words of what one thing does or is ("tjänsten för burräkning och
    skötselkort", "kuonan ja tuhkan vaa'an lukija"): a word of the glossary on each side, neither a name of the
    device, after a preposition or before the thing they describe; never two things ("genstart pumpen og
    blæseren", "nginx og grafana")."""
    if not 0 < k < len(tokens) - 1 or tokens[k] == "en":  # (Dutch "and", and "in" of French and Spanish)
        return False
    if any(names(w) or w in _NOUNS or w in _ARTICLES or not glossary.english(w, names)
           for w in (tokens[k - 1], tokens[k + 1])):
        return False
    return any(w in _PREPOSITIONS for w in tokens[:k - 1]) or k + 1 < len(tokens) - 1
_AND_OF_QUANTITIES = "+and"  # (read as a form of several words is: "and")


def _between_quantities(tokens: list[str], k: int, names: Callable[[str], bool]) -> bool:
    """Whether the k-th word, an "and", stands between two words of what a unit measures (see _QUANTITIES)."""
    def quantity(word: str) -> bool:
        # (a quantity said as English says it may be a word of a description: "température" of "Paint hall
        # temperature and humidity logger")
        return (not names(word) or word in _QUANTITIES) and glossary.english(word, names) in [[q] for q in _QUANTITIES]
    # (and its elided "of" after it: "l'enregistreur de température et d'humidité")
    after = k + 2 if tokens[k + 1:k + 2] == ["d'"] else k + 1
    return 0 < k < len(tokens) - 1 and after < len(tokens) and quantity(tokens[k - 1]) and quantity(tokens[after])


def _its_number(word: str, number: str, names: Callable[[str], bool]) -> bool:
    """Whether a number said after a form of the glossary is that thing's number ("Linie 2", "bane 2": line2, lane2),
    never a name said in two ("linie2" is no typo of line2 to join); of any word that lists the form ("unità 1": a
    drive's word too, the unit1 of a power plant's)."""
    return number.isdigit() and glossary.listed(word) and any(
        names(f"{said}{number}") for said in glossary.senses(word) or (glossary.english(word, names) or [])[:1])


def _name_and_its_kind(name: str, word: str, names: Callable[[str], bool]) -> bool:
    """Whether a name of the device is said before a word the glossary lists, of five letters or more, that names
    nothing itself: the name and what it is, never one name said in two ("HACCP belleğini bağla": the HACCP stick; a
    name joined with it, "haccpbellegini", would only be a typo of the name)."""
    return names(name) and not names(word) and len(word) >= 5 and glossary.listed(word)


def _joined_named(words: list[str], i: int, names: Callable[[str], bool]) -> bool:
    """Whether the two words from i are a name said in two ("signal k"), alone or beside the
    glossary's word for what it is ("OPC UA bránu": the opcua gateway)."""
    if any(w in _LATER_WORDS or guards.guarded(w, lambda word: False) for w in words[i:i + 2]):
        return False  # ("la memoria CUSTOMER mañana" is no "customermanana": tomorrow, never a name's part)
    joined = words[i] + words[i + 1]
    if names(joined):
        return True
    beside = [words[k] for k in (i - 1, i + 2) if 0 <= k < len(words)]
    # (the name and the word said as one, as a unit's name is: "opcuagateway"; never by what the
    # word alone describes, as "vigilapuerta back" would be by "back")
    return len(joined) >= 4 and any(len(said := glossary.english(word, names) or []) == 1 and said[0].isalpha()
                                    and names(f"{joined}{said[0]}") for word in beside)


def _numbered(tokens: list[str], rest: str, names: Callable[[str], bool]) -> set[str]:
    """The numbers said right after a word for a thing, which say which one ("Presse 3", "linje 2");
    none when a number says a time ("a las 5", "5 Uhr") or follows a name, an article or a preposition."""
    if _TIME_SAID.search(rest):
        return set()
    return {token for before, token in itertools.pairwise(tokens) if re.fullmatch(r"\d{1,3}", token)
            and before not in _ARTICLES and before not in _PREPOSITIONS
            and (not _named(before, names) or _its_number(before, token, names))
            and (_NOUNS.get(before, "that") != "that" or glossary.english(before, names))}


# A name that ends in "a" said in another case: Czech, Polish, Slovenian and Latvian put its object or genitive on
# its last vowel ("restartuj Sambu", "zrestartuj Sambę", "Samby", "Sambo"), Finnish and Hungarian add theirs ("Samban",
# "Sambaa", "Sambát"); a word of five letters or more, read as the name only when the device has it
_NAME_IN_A_CASE = re.compile(r"([a-z][a-z0-9-]{2,}?)(?:(?<=[a-z])[uyeo]|(?<=a)(?:n|t|a))")


def _named(word: str, names: Callable[[str], bool]) -> str | None:
    """The device's name the word says, also with a Turkish ending ("zigbee2mqtt'yi"), or in another case (see
    _NAME_IN_A_CASE)."""
    said = re.fullmatch(r"(.+)'[a-z\u0131\u00fc]{1,3}", word)
    if said and names(said[1]):
        return said[1]
    if names(word):
        return word
    if len(word) >= 5 and not glossary.listed(word) and (case := _NAME_IN_A_CASE.fullmatch(word)):
        stem = case[1] if case[1].endswith("a") else f"{case[1]}a"
        return stem if names(stem) and not glossary.listed(stem) else None
    return None


def _the_box(word: str, names: Callable[[str], bool]) -> bool:
    return word in _BOX and not any(names(w) for said in glossary.english(word, names) or () for w in said.split())


def _in_english(word: str, names: Callable[[str], bool], numbered: bool = False) -> list[str] | None:
    """A word beside the verb in the English the interpreter reads, or None if unknown (`numbered`: said before
    the number of one of the things, see glossary.english)."""
    if word.startswith("+"):
        return [" ".join(word[1:].split("+"))]  # a form of several words ("szafę grającą")
    if word in _NOUNS:
        return [_NOUNS[word]]
    if word in _READ_AS_ENGLISH:
        return [word]
    if word in _PREPOSITIONS:
        return [_PREPOSITIONS[word]]
    if "-" in word and not all(names(part) for part in word.split("-") if part) and (
            said := glossary.english(word, names)):
        return said  # "Funk-Gateway": a name of the device in part, a word of the glossary in part
    if name := _named(word, names):
        # (a word of the glossary that resembles a name only as its own English does is that English:
        # "skanneri" is the scanner, not a typo of it)
        said = glossary.english(word, names) if name == word and "-" not in word else None
        return said if said and len(said) == 1 and ground.typo_of(word, said[0]) and names(said[0]) else [name]
    if _TROUBLE.fullmatch(word) and not glossary.listed(word):
        return None  # (what fails is no thing: "hängt" is no Hungarian "hang" with an ending)
    if word in _LATER_WORDS:
        return None  # (a day to come is no thing: "hentikan nginx besok" had read Swedish "besök", a visitor)
    if guards.said_kinds(word, lambda said: False) and not glossary.listed(word):
        return None  # (nor a hedge or a negation said with an ending: "genstart måske ventilationen" had read "mash")
    return glossary.english(word, names, numbered)


# ... and Croatian's, Serbian's and Estonian's, never read as a name either ("peata jellyfin homme" had read "homme" as
# a typo of "home" and stopped jellyfin)
_LATER_EVEN_NAMED = frozenset(["sutra", "prekosutra", "kasnije", "veceras", "homme", "ulehomme", "hiljem", "ohtul"])
# A day or a time to come, said alone in the languages read here: the request waits for it, so it is never read as a
# form of the glossary
_LATER_WORDS = frozenset(["besok", "lusa", "nanti", "morgen", "demain", "domani", "manana", "amanha", "jutro", "jutri",
                          "imorgon", "huomenna", "zitra", "zajtra", "holnap", "yarin", "spater", "pozniej", "senare",
                          "senere", "myohemmin", "pozdeji", "kesobb", "straks", "rit", "riti", "maine",
                          *_LATER_EVEN_NAMED])


# Status questions in those languages (and Turkish, Hungarian, Finnish and Czech): "wie voll
# ist die Platte?", "¿cómo va la temperatura del equipo?", "hur mår systemet?", "sistem durumu
# nedir?". A question changes nothing, so it is read by its topic words
# alone, when it is asked in one of these languages (a question word or a topic word of its own).
_QUESTION_WORDS = frozenset([
    "como", "cuanto", "cuanta", "cuantos", "cuantas", "que", "cual", "donde", "hay", "esta",
    "estan", "qual", "quais", "quanto", "quanta", "onde", "tem", "come", "quale", "quali",
    "dove", "comment", "combien", "quel", "quelle", "quels", "est-ce", "wie", "was", "welche",
    "welcher", "wieviel", "gibt", "ist", "sind", "hoe", "wat", "welke", "hoeveel", "zijn",
    "jak", "ile", "czy", "co", "gdzie", "jaki", "jaka", "hur", "vad", "vilka", "finns", "ar",
    # Turkish, Hungarian, Finnish, Czech
    "nedir", "nasil", "hangi", "milyen", "hogy", "hogyan", "melyik", "mika", "miten", "onko",
    "mita", "kuinka", "jaky", "ktery", "ktera",
    # Indonesian
    "ada", "apa", "apakah", "bagaimana", "berapa", "mana",
    # Croatian, Serbian, Bosnian, Slovak ("kakav je status mreže?", "aký je stav siete?")
    "kakav", "kakva", "kakvo", "koji", "koja", "koje", "koliko", "gdje", "aky", "aka", "ake", "kolko"])
_TOPIC_WORDS = {
    **dict.fromkeys(("modelo", "modell", "modele", "modello", "modellen", "ia", "ki",
                     "inteligencia", "intelligenza", "intelligence", "intelligenz", "kielimalli",
                     "malli", "modeli", "modelt", "modelu", "nyelvi"), "model"),
    **dict.fromkeys(("eventos", "evento", "ereignisse", "ereignis", "evenements", "evenement",
                     "eventi", "gebeurtenissen", "zdarzenia", "handelser", "aconteceu", "paso",
                     "ocurrio", "passiert", "successo", "passe", "gebeurd", "stalo", "hant",
                     "enchufado", "conectaron", "ligou", "eingesteckt", "branche", "collegato",
                     "ingeplugd", "podlaczyl", "inkopplad", "tortent", "tapahtui", "oldu",
                     "olaylar", "dicolok", "dicolokkan", "tercolok", "dipasang", "terpasang", "masuk",
                     "terjadi", "kejadian", "peristiwa"), "events"),
    **dict.fromkeys(("disco", "disque", "platte", "festplatte", "speicher", "speicherplatz",
                     "espacio", "espaco", "spazio", "espace", "plats", "platsen", "ruimte",
                     "miejsce", "miejsca", "dysk", "dysku", "schijf", "opslag", "almacenamiento",
                     "armazenamento", "archiviazione", "stockage", "lagring", "chiavetta",
                     "pendrive", "cle", "lleno", "llena", "plein", "pleine", "pieno", "piena",
                     "cheio", "cheia", "voll", "vol", "pelny", "full", "disken", "disket"),
                    "storage"),
    **dict.fromkeys(("red", "rede", "rete", "reseau", "netz", "netzwerk", "netwerk", "siec",
                     "sieci", "natverk", "natverket", "natet", "siecia", "internet", "wifi", "wlan", "vpn",
                     "conexion", "conexao", "connessione", "connexion", "verbindung",
                     "verbinding", "polaczenie", "anslutning", "conectado", "conectada",
                     "connesso", "connecte", "verbunden", "verbonden", "polaczony", "ansluten",
                     "online", "halozat", "halozattal", "halozatot", "verkko", "verkon", "agi",
                     "siti", "sit", "mreza", "mreze", "mrezu", "mrezi", "siet", "siete", "sieti"), "network"),
    **dict.fromkeys(("sistema", "systeme", "systemet", "temperatura", "temperatur",
                     "temperatuur", "carga", "charge", "auslastung", "belasting", "obciazenie",
                     "equipo", "maquina", "gerat", "appareil", "dispositivo", "apparaat",
                     "urzadzenie", "enheten", "servicios", "servicos", "servizi", "dienste",
                     "diensten", "uslugi", "tjanster", "estado", "stato", "etat", "zustand",
                     "status", "stan", "mar", "va", "geht", "gaat", "sta", "fallado", "fallo",
                     "falhou", "fallito", "echoue", "fehlgeschlagen", "mislukt", "nieudane",
                     "rendszer", "rendszere", "allapot", "allapota", "sistem", "sistemin", "durum",
                     "durumu", "jarjestelma", "jarjestelman", "tila", "stav", "zarizeni", "sustav", "sustava",
                     "uredaj", "uredaja", "stanje", "system", "zariadenie"),
                    "system"),
}
_COPULA = re.compile(r"(?<![\w])(?:est|ist|esta|e|sind|sont|zijn|is|ar|jest|sono|estan)\s+$")
_TOPIC_ORDER = ("model", "events", "storage", "network", "system")


def asked_first(text: str) -> bool:
    """Whether the text begins with a question word of those languages (none that is English too)."""
    words = re.findall(r"[a-z][\w'-]*", text)
    return bool(words) and words[0] in _QUESTION_WORDS - {"was", "is", "co", "ar"}


def status_question(text: str) -> str | None:
    """The report a status question in another language asks for, or None."""
    words = re.findall(r"[a-z][\w'-]*", text)
    asked = text.rstrip(" .!").endswith("?") or bool(words and words[0] in _QUESTION_WORDS)
    acting = [v for v in _VERB.finditer(text) if not _COPULA.search(text[:v.start()])]
    if not asked or acting or _NEGATIONS_AND_CONDITIONS & set(words) - {"no"}:
        # ("¿puedes reiniciar nginx?" asks for it, "¿qué pasa si reinicio?" about it; "nicht"
        # says what is not; "est-ce que le vpn est monté ?" asks how it is)
        return None
    # (and the last word of a hyphenated compound: "Hardware-Ereignisse" are events)
    topics = {_TOPIC_WORDS[w] for word in words for w in {word, word.split("-")[-1]} if w in _TOPIC_WORDS}
    foreign = _QUESTION_WORDS & set(words) - {"was", "co", "ar"} or {
        w for w in words if w in _TOPIC_WORDS and w not in ("status", "internet", "wifi", "wlan",
                                                            "vpn", "online", "full", "red")}
    return next((t for t in _TOPIC_ORDER if t in topics), None) if foreign else None
