"""Words of another language read as the device's own words by their form (cognates.py), and the
interpreter's second reading with them: only of a command it could not read, held for a confirmation."""

from __future__ import annotations

import pytest

from llmos.agent.controller.language import cognates
from llmos.agent.controller.language.interpret import Interpreter
from llmos.agent.domain import DeviceState

WORDS = Interpreter("rules")
VOCABULARY = cognates.Vocabulary(["header", "counter", "stroke", "logger", "chiller", "blast", "paper", "collator",
                                  "collating", "argon", "conveyor", "monitor", "carbon", "monoxide", "timer",
                                  "jupyter", "archive", "press", "indexer", "compressor"])


@pytest.mark.parametrize("word,device", [
    ("हेडर", "header"), ("काउंटर", "counter"), ("स्ट्रोक", "stroke"), ("लॉगर", "logger"),  # Hindi
    ("চিলার", "chiller"), ("পেপার", "paper"), ("কোলেটরটা", "collator"),  # Bengali, a classifier after it
    ("הלוגר", "logger"), ("הטיימר", "timer"),  # Hebrew, its article on the word
    ("کربن", "carbon"), ("مونوکسید", "monoxide"),  # Persian
    ("монитора", "monitor"), ("konveyör", "conveyor"),  # Russian with a case ending, Turkish
    ("argonu", "argon"), ("argonem", "argon"),  # Polish case endings
    ("indexador", "indexer"),  # the stem with a suffix of its own (Spanish)
])
def test_a_word_says_the_device_word_of_its_form(word: str, device: str) -> None:
    assert VOCABULARY.said_by(word) == device


@pytest.mark.parametrize("word", [
    "header",  # the device's own word is read as it is
    "przy", "sicher", "failed",  # three consonants in a Latin script are many words ("przy" is no press)
    "jupyterhub",  # a word more, not an ending
    "ARCHIVE03", "influxdb2",  # a name with a digit is a name
    "collat",  # two words of the device share its form: neither
    "index", "indexing", "indexes",  # the stem alone, or with an English ending, is English
    "indexadorizado", "indexadores",  # a suffix longer than a noun's
    "compressed",  # a device word's stem with a consonant after it
])
def test_what_is_no_form_of_a_device_word(word: str) -> None:
    assert VOCABULARY.said_by(word) is None


def test_two_words_of_one_skeleton_are_neither_whatever_the_hash_seed() -> None:
    """"fleet" and "fault" are both "flt": a word that says either by its form says neither (the
    shortest of a set was the hash seed's pick, red team 58)."""
    for words in (["fleet", "fault"], ["fault", "fleet"]):
        assert cognates.Vocabulary(words).said_by("флейту") is None


def test_the_text_keeps_what_the_readers_know() -> None:
    assert cognates.in_device_words("हेडर का स्ट्रोक काउंटर", VOCABULARY, lambda word: word == "काउंटर") == \
        "header का stroke काउंटर"


NAIL_FACTORY = DeviceState.from_dict({"units": [
    {"name": "header-counter@m01.service", "description": "Stroke counter for nail header M01"},
    {"name": "blast-chiller@bc1.service", "description": "Blast chiller BC1 logger"},
    {"name": "blast-chiller@bc2.service", "description": "Blast chiller BC2 logger"},
    {"name": "argon-fill@press2.service", "description": "Argon fill monitor for press 2"},
    {"name": "argon-fill@press3.service", "description": "Argon fill monitor for press 3"},
    {"name": "jupyter.service", "description": "Jupyter notebook server"},
    {"name": "restart-guard.service", "description": "Restart guard for the line"}]})


@pytest.mark.parametrize("command", [
    "ब्लास्ट चिलर का लॉगर रीस्टार्ट कर दो।",  # Hindi: two blast chillers, which one?
    "Zrestartuj monitor napełniania argonem.",  # Polish: two argon fills
])
def test_read_by_form_two_that_fit_are_asked_about(command: str) -> None:
    proposal = WORDS.decide(command, NAIL_FACTORY)
    assert proposal.tool == "say" and proposal.question is not None, command


@pytest.mark.parametrize("command", [
    "перезапусти jupyterhub",  # a name the device lacks, however close
    # two things, and a verb is never read by its form ("restartuj" beside restart-guard)
    "restartuj jupyter a grafanu",
    "mount ARCHIVE03", "restart influxdb2",  # English is read as it is
    "не перезапускай монитор аргона",  # a negation read by the reader of its language
])
def test_read_by_form_never_acts_on_what_was_not_asked(command: str) -> None:
    assert WORDS.decide(command, NAIL_FACTORY).tool == "say", command


TRAY_LINE = DeviceState.from_dict({"units": [
    {"name": "header-counter@m01.service", "description": "Stroke counter for nail header M01"},
    {"name": "tray-line.service", "description": "Tray line conveyor control"},
    {"name": "nginx.service", "description": "A high performance web server"},
    {"name": "protocol-archive.service", "description": "Notarial protocol archive indexer"}]})


@pytest.mark.parametrize("command,call", [
    ("हेडर काउंटर रीस्टार्ट करो", ("restart_service", {"unit": "header-counter@m01.service"})),
    ("перезапусти хедер", ("restart_service", {"unit": "header-counter@m01.service"})),
    ("zatrzymaj konwejer", ("stop_service", {"unit": "tray-line.service"})),
    ("הפעל מחדש את הקונביור", ("restart_service", {"unit": "tray-line.service"})),
    ("أعد تشغيل الكونفيور", ("restart_service", {"unit": "tray-line.service"})),
    ("Reinicia el indexador del protocolo notarial.", ("restart_service", {"unit": "protocol-archive.service"})),
])
def test_a_call_read_by_form_is_held_with_the_reading(command: str, call: tuple) -> None:
    proposal = WORDS.decide(command, TRAY_LINE)
    assert (proposal.tool, dict(proposal.args)) == call, command
    assert proposal.confidence < 0.7 and "by their form" in proposal.reading


@pytest.mark.parametrize("command", [
    "हेडर काउंटर रीस्टार्ट मत करो",  # Hindi: do not restart
    "не перезапускай хедер",  # Russian: do not restart
    "czy zatrzymać konwejer?",  # Polish: should I stop the conveyor?
    "jeśli konwejer stoi, zatrzymaj konwejer",  # Polish: if ...
    "אל תפעיל מחדש את הקונביור",  # Hebrew: do not restart
    "لا تعد تشغيل الكونفيور",  # Arabic: do not restart
    "No reinicies el indexador del protocolo notarial",  # Spanish: do not restart
    "¿Reinicio el indexador del protocolo notarial?",  # Spanish: shall I restart?
    "Si el indexador falla, reinicia el indexador",  # Spanish: if ...
])
def test_read_by_form_keeps_what_the_readers_refuse(command: str) -> None:
    assert WORDS.decide(command, TRAY_LINE).tool == "say", command
