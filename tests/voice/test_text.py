"""The text side of the voice pipeline: vocabulary, normaliser, confirmation rule, wake word."""

from dataclasses import replace

import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.config import parse_config
from llmos.agent.domain import DeviceState, Proposal
from llmos.agent.voice.confirm import parse_answer, readback_reason
from llmos.agent.voice.dialog import describe
from llmos.agent.voice.normalize import Match, clean, preferred, to_command
from llmos.agent.voice.pipeline import WakeGate
from llmos.agent.voice.recognizer import Transcript
from llmos.agent.voice.vocabulary import build_vocabulary, spoken_name
from tests.voice.corpus import STATE

VOCABULARY = build_vocabulary(STATE)


def test_names_are_spoken_as_people_say_them() -> None:
    assert spoken_name("nginx.service") == "nginx"
    assert spoken_name("/dev/sdb1") == "sdb1"
    assert spoken_name("input3::capslock") == "input3 capslock"


def test_prompt_names_every_device_name_once() -> None:
    for name in ("nginx", "recorder", "ssh", "sda1", "sdb1", "eth0", "wlan0", "status", "power"):
        assert name in VOCABULARY.prompt
    assert "lo." not in VOCABULARY.prompt


def test_clean_spells_numbers_as_digits() -> None:
    assert clean("Unmount, SDB-One.") == "unmount sdb 1"


def test_names_as_spoken_land_on_the_device_command() -> None:
    assert to_command("bring eth zero down", VOCABULARY).command == "bring eth0 down"
    assert to_command("Switch to power save mode.", VOCABULARY).command == \
        "set the power profile to powersave"
    assert to_command("Unmount S D B one.", VOCABULARY).command == "unmount /dev/sdb1"


@pytest.mark.parametrize("heard,typed", [
    # what a loose match made of them: another LED, another unit, another verb
    ("Turn the Wi-Fi off.", "turn the wifi off."),
    ("Restart the web server.", "restart the web server."),
    ("Start memory corner.", "start memory corner."),
    ("Restart", "restart"),
    ("Turn the light, off.", "turn the light, off."),
])
def test_other_words_are_never_made_into_another_command(heard: str, typed: str) -> None:
    match = to_command(heard, VOCABULARY)
    assert (match.command, match.score) == (typed, 0.0)


def test_words_the_device_knows_are_not_snapped_onto_a_near_phrase() -> None:
    leds = build_vocabulary(DeviceState.from_dict({
        "leds": [{"name": "ACT", "color": "green"}, {"name": "PWR", "color": "red"}]}))
    assert to_command("Turn the green light off.", leds) == Match("turn the green light off.", 0.0)
    # a misheard word still lands on the phrase it respells
    assert to_command("Turn the PWR lite off.", leds).command == "turn the PWR led off"


def _heard(best: tuple[str, float], *others: tuple[str, float]) -> Transcript:
    return Transcript(best[0], best[1], tuple(Transcript(t, c) for t, c in others))


@pytest.mark.parametrize("heard,meant", [
    (_heard(("Remove the device.", 0.80), ("Reboot the device.", 0.70)), "Reboot the device."),
    (_heard(("Restart end in next.", 0.40), ("Restart end next.", 0.35), ("Restart nginx.", 0.33)),
     "Restart nginx."),
    (_heard(("Link the power light.", 0.6), ("Blink the power light.", 0.55)),
     "Blink the power light."),
])
def test_a_close_second_in_the_devices_words_is_preferred(heard: Transcript, meant: str) -> None:
    assert preferred(heard, VOCABULARY.words).text == meant


@pytest.mark.parametrize("heard", [
    # the best reading is all known words: kept, however close the second
    _heard(("Turn the status light on.", 0.5), ("Turn the status light off.", 0.49)),
    _heard(("Unmount sdb1.", 0.6), ("Unmount sda1.", 0.59)),
    # too far below the best
    _heard(("Remove the device.", 0.9), ("Reboot the device.", 0.1)),
    # a negation, a question or a condition is never dropped, added or replaced
    _heard(("Don't remove the device.", 0.8), ("Reboot the device.", 0.79)),
    _heard(("Never remove sdb1.", 0.8), ("Unmount sdb1.", 0.79)),
    _heard(("Should I remove the device?", 0.8), ("Reboot the device.", 0.79)),
    _heard(("Remove the device.", 0.8), ("Don't reboot the device.", 0.79)),
    _heard(("If it hangs, remove it.", 0.8), ("If it hangs, reboot it.", 0.79)),
    # words the best reading heard plainly are not changed, nor are words added
    _heard(("Restart nginx slowly.", 0.8), ("Restart ssh.", 0.79)),
    _heard(("Banana helicopter seven.", 0.8), ("Reboot the device.", 0.79)),
    _heard(("Purple elephant.", 0.8), ("Stop nginx, purple elephant.", 0.79)),
    _heard(("Banana helicopter 7.", 0.8), ("Reboot the device.", 0.79)),
    _heard(("Delete the nginx logs.", 0.8), ("Restart the nginx service.", 0.79)),
    _heard(("Format sdb1.", 0.8), ("Mount sdb1.", 0.79)),
])
def test_what_is_never_preferred(heard: Transcript) -> None:
    assert preferred(heard, VOCABULARY.words) == heard


def test_unknown_text_passes_through_as_typed() -> None:
    match = to_command("How much disk space is left? Ten percent, I think.", VOCABULARY)
    assert match.command == "how much disk space is left? 10 percent, i think."
    assert match.score == 0.0


def test_flips_and_destructive_actions_are_read_back() -> None:
    def why(tool: str, args: dict, destructive: bool = False, confidence: float = 0.99) -> str:
        spec = replace(load_catalog().tools[tool], destructive=destructive)
        return readback_reason(Proposal(tool, args, "rules"), spec, confidence, 0.6)

    assert why("mount_storage", {"device": "/dev/sdb1"})
    assert why("unmount_storage", {"device": "/dev/sdb1"})
    assert why("start_service", {"unit": "a.service"})
    assert why("set_network", {"interface": "eth0", "state": "up"})
    assert why("set_led", {"name": "status", "state": "off"})
    assert why("reboot", {"delay_s": 0}, destructive=True)
    assert why("restart_service", {"unit": "a.service"}, confidence=0.3)
    assert not why("restart_service", {"unit": "a.service"})
    assert not why("set_led", {"name": "status", "state": "blink"})
    assert not why("report_status", {"topic": "system"}, confidence=0.1)


def test_answers() -> None:
    assert parse_answer("Yes, confirm.") is True
    assert parse_answer("go ahead") is True
    assert parse_answer("No.") is False
    assert parse_answer("cancel that") is False
    assert parse_answer("no, yes") is None
    assert parse_answer("restart nginx") is None
    assert parse_answer("Yes please.") is True
    assert parse_answer("no thanks") is False


@pytest.mark.parametrize("heard", ["yeah right", "do it later", "yes but not now", "sure",
                                   "yes, after the backup", "confirm tomorrow", "go ahead and wait",
                                   "I don't know, yes", "yes no", "okay"])
def test_only_a_plain_yes_confirms(heard: str) -> None:
    """A spoken confirmation is a strict grammar: anything more than yes is asked again."""
    assert parse_answer(heard) is not True


def test_readback_names() -> None:
    assert describe(Proposal("unmount_storage", {"device": "/dev/sdb1"}, "r")) == "unmount sdb1"
    assert describe(Proposal("stop_service", {"unit": "ssh.service"}, "r")) == "stop ssh"
    assert describe(Proposal("set_network", {"interface": "eth0", "state": "down"}, "r")) == \
        "bring eth0 down"


def test_wake_word_gate() -> None:
    gate = WakeGate(parse_config({"voice": {"activation": "wake_word"}}).voice)
    assert gate.admit("restart nginx", 0.0) is None
    assert gate.admit("Computer, restart nginx.", 0.0) == "restart nginx"
    assert gate.admit("Computer.", 10.0) is None
    assert gate.admit("Restart nginx.", 12.0) == "Restart nginx."
    assert gate.admit("Restart nginx.", 13.0) is None  # the window closed with that command
    always = WakeGate(parse_config({}).voice)
    assert always.admit("restart nginx", 0.0) == "restart nginx"


def test_usb_microphone_events() -> None:
    from llmos.agent.normalize import normalise
    from llmos.agent.voice.hotplug import usb_microphone

    path = "/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/sound/card1/pcmC1D0c"
    assert usb_microphone(normalise("add", "sound", path, "/dev/snd/pcmC1D0c", {})) == "hw:1,0"
    playback = normalise("add", "sound", path[:-1] + "p", "/dev/snd/pcmC1D0p", {})
    assert usb_microphone(playback) is None
    onboard = "/devices/pci0000:00/0000:00:1f.3/sound/card0/pcmC0D0c"
    assert usb_microphone(normalise("add", "sound", onboard, "/dev/snd/pcmC0D0c", {})) is None
    assert usb_microphone(normalise("add", "block", "/devices/x/sda", "/dev/sda", {})) is None


def test_answers_are_a_strict_grammar() -> None:
    for text in ("yeah right", "do it later", "yes, but not now", "yes later", "I said yes",
                 "yes no", "not yes", "yesterday", "confirm it tomorrow", "go ahead and reboot",
                 "okay", "sure, why not", "no yes", "", "yes yes no"):
        assert parse_answer(text) is None, text
    for text in ("Yes.", "yes please", "Yes, thank you.", "Yep!", "do it", "yes, go ahead"):
        assert parse_answer(text) is True, text
    for text in ("No.", "no thanks", "Cancel.", "don't"):
        assert parse_answer(text) is False, text
