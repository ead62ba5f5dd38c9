"""The voice service against a real agent (store on disk, rule controller, recording executor):
spoken commands, read-backs, spoken confirmations, refusals and time-outs."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.cli import DEV_EXPOSURE
from llmos.agent.config import parse_config
from llmos.agent.controller.chain import ControllerChain
from llmos.agent.domain import DeviceState, JournalFilter
from llmos.agent.engine import Engine
from llmos.agent.executor.record import RecordingExecutor
from llmos.agent.store import Store
from llmos.agent.voice.audio import FRAME, RATE, frames, read_wav
from llmos.agent.voice.pipeline import Listener
from llmos.agent.voice.service import VoiceService
from llmos.agent.voice.tts import Mouth
from tests.voice.conftest import Voices
from tests.voice.corpus import STATE

SILENCE = np.zeros(RATE, np.float32)


class FixedState:
    """The device state source, both as the engine takes it (read/invalidate) and as a callable
    (the engine's older signature)."""

    async def read(self) -> DeviceState:
        return STATE

    def invalidate(self) -> None:
        pass

    async def __call__(self) -> DeviceState:
        return STATE


class Conversation:
    """Speaks WAV files into a VoiceService, waiting for its questions like a person would."""

    def __init__(self, service_factory, voices: Voices) -> None:
        self.voices = voices
        self.lines: asyncio.Queue[np.ndarray | None] = asyncio.Queue()
        self.service: VoiceService = service_factory(self._frames())

    async def _frames(self) -> AsyncIterator[np.ndarray]:
        while True:
            audio = await self.lines.get()
            for frame in frames(np.concatenate([audio, SILENCE])):
                yield frame
            for _ in range(RATE // FRAME):  # a quiet room between utterances
                yield np.zeros(FRAME, np.float32)
                await asyncio.sleep(0.01)

    async def speak(self, text: str) -> None:
        self.lines.put_nowait(read_wav(self.voices.say(text)))

    async def until(self, predicate, timeout: float = 60.0) -> None:
        async def poll() -> None:
            while not predicate():
                await asyncio.sleep(0.05)
        await asyncio.wait_for(poll(), timeout)

    async def answer(self, text: str) -> None:
        await self.until(lambda: self.service.dialog.awaiting_answer)
        await asyncio.sleep(0.5)  # after the question, past the echo guard
        await self.speak(text)


@pytest.fixture
def voice_config() -> dict:
    return {"confirm_timeout_s": 3.0}


@pytest.fixture
async def talk(tmp_path: Path, listener: Listener, voices: Voices, voice_config: dict):
    config = parse_config({"state_dir": str(tmp_path), "voice": voice_config,
                           "policy": {"expose": DEV_EXPOSURE}})  # as `run --dev` exposes
    listener = Listener(config.voice, listener.recognizer)  # this config's wake word gate
    store = Store(tmp_path / "agent.db")
    executor = RecordingExecutor()
    agent = Engine(config, store, load_catalog(), ControllerChain(config.controller), executor,
                  FixedState())
    await agent.start()
    conversation = Conversation(
        lambda frames: VoiceService(config, agent, listener, frames, FixedState().read,
                                    Mouth("en-us", enabled=False), tools=load_catalog().tools),
        voices)
    conversation.service.start()
    conversation.agent, conversation.executor = agent, executor
    yield conversation
    await conversation.service.stop()
    await agent.stop(drain_s=1.0)
    store.close()


def _ran(talk) -> list[tuple[str, dict]]:
    return [(tool, dict(args)) for tool, args in talk.executor.calls]


async def test_status_runs_at_once_and_is_spoken(talk) -> None:
    await talk.speak("show network status")
    await talk.until(lambda: talk.service.mouth.said)
    assert not talk.service.dialog.awaiting_answer
    entries = await talk.agent.journal(0, 1000, JournalFilter())
    assert any(e.kind == "command" and "(voice)" in e.summary for e in entries)


async def test_flip_prone_action_is_read_back_and_confirmed(talk) -> None:
    await talk.speak("unmount s d b one")
    await talk.answer("yes, confirm")
    await talk.until(lambda: any(s.startswith("Done") for s in talk.service.mouth.said))
    assert talk.service.mouth.said[0] == "Did you say: unmount sdb1? Say yes to confirm, or no."
    assert _ran(talk) == [("unmount_storage", {"device": "/dev/sdb1"})]


async def test_no_cancels(talk) -> None:
    await talk.speak("bring eth zero down")
    await talk.answer("no")
    await talk.until(lambda: "Cancelled." in talk.service.mouth.said)
    assert _ran(talk) == []


async def test_silence_times_out(talk) -> None:
    await talk.speak("stop ssh")
    await talk.until(lambda: "No answer. Cancelled." in talk.service.mouth.said, timeout=60)
    assert _ran(talk) == []


async def test_destructive_action_confirmed_by_voice_is_audited(talk) -> None:
    await talk.speak("reboot the device")
    await talk.answer("yes, confirm")
    await talk.until(lambda: any(s.startswith("Done") for s in talk.service.mouth.said))
    assert _ran(talk) == [("reboot", {"delay_s": 0})]
    entries = await talk.agent.journal(0, 1000, JournalFilter())
    assert any("confirmed by voice:" in e.summary for e in entries)


@pytest.mark.parametrize("voice_config", [{"activation": "wake_word", "confirm_timeout_s": 5.0}])
async def test_wake_word_mode_ignores_talk_without_it(talk) -> None:
    await talk.speak("show network status")
    await talk.until(lambda: talk.service.counters["ignored"] == 1)
    assert talk.service.mouth.said == []
    await talk.speak("computer, turn the status light off")
    await talk.answer("yes")  # an answer needs no wake word
    await talk.until(lambda: any(s.startswith("Done") for s in talk.service.mouth.said))
    assert _ran(talk) == [("set_led", {"name": "status", "state": "off"})]


async def test_supervisor_survives_a_microphone_it_cannot_open(tmp_path: Path) -> None:
    from llmos.agent.normalize import normalise
    from llmos.agent.voice.supervisor import VoiceSupervisor

    config = parse_config({"state_dir": str(tmp_path)})
    # never reached: the device does not exist
    supervisor = VoiceSupervisor(config, api=None, tools={}, read_state=FixedState().read)
    path = "/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/sound/card9/pcmC9D0c"
    supervisor.observe([normalise("add", "sound", path, "/dev/snd/pcmC9D0c", {})])
    for _ in range(600):
        if supervisor.error:
            break
        await asyncio.sleep(0.1)
    assert "hw:9,0" in supervisor.error and supervisor.service is None
    supervisor.observe([normalise("remove", "sound", path, "/dev/snd/pcmC9D0c", {})])
    await supervisor.stop()


async def test_a_spoken_correction_is_decided_but_a_mishearing_is_not_learned(talk) -> None:
    """'no, I meant ...' said right after a command: the words are decided anew (and read
    back); the first named what it meant ("eth0"), so nothing is learned from it."""
    await talk.speak("bring eth zero down")
    await talk.answer("no")
    await talk.until(lambda: "Cancelled." in talk.service.mouth.said)
    await talk.speak("no, I meant bring w lan zero down")
    await talk.answer("yes")
    await talk.until(lambda: any(s.startswith("Done") for s in talk.service.mouth.said))
    assert _ran(talk) == [("set_network", {"interface": "wlan0", "state": "down"})]
    assert await talk.agent.corrections() == []


# -- every spoken action with effects is read back (docs/voice.md "Read-back") ---------------

ASKED_AGAIN = "Please say yes or no: restart nginx, a high performance web server?"

async def test_an_action_without_an_opposite_waits_for_a_spoken_yes(talk) -> None:
    """By default ([voice] confirm = "effects") a restart, which no misheard word inverts,
    is read back as a question too and runs only after the yes."""
    await talk.speak("restart nginx")
    await talk.until(lambda: talk.service.dialog.awaiting_answer)
    assert _ran(talk) == []
    await talk.answer("yes")
    await talk.until(lambda: any(s.startswith("Done") for s in talk.service.mouth.said))
    # what the unit is comes with its name (systemd's Description=, cut short)
    assert talk.service.mouth.said[0] == (
        "Did you say: restart nginx, a high performance web server? Say yes to confirm, or no.")
    assert _ran(talk) == [("restart_service", {"unit": "nginx.service"})]


@pytest.mark.parametrize("voice_config", [{"confirm": "risky", "confirm_timeout_s": 3.0}])
async def test_risky_mode_still_reads_back_before_it_runs(talk) -> None:
    said_when_run: list[list[str]] = []
    run = talk.executor.run

    async def witness(tool, args):
        said_when_run.append(list(talk.service.mouth.said))
        return await run(tool, args)

    talk.executor.run = witness
    await talk.speak("restart nginx")
    await talk.until(lambda: any(s.startswith("Done") for s in talk.service.mouth.said))
    # heard before it ran, not only after
    assert said_when_run == [["Restarting nginx, a high performance web server."]]
    assert not any(s.startswith("Did you say") for s in talk.service.mouth.said)
    # the floor stays: an action with an opposite still waits for the yes
    await talk.speak("stop ssh")
    await talk.until(lambda: "No answer. Cancelled." in talk.service.mouth.said)
    assert _ran(talk) == [("restart_service", {"unit": "nginx.service"})]


# time for two recognitions on a loaded machine before the answer is late
@pytest.mark.parametrize("voice_config", [{"confirm_timeout_s": 15.0}])
async def test_a_second_command_is_no_answer_and_runs_neither(talk) -> None:
    """Speaking another command while asked: it is not a yes, the question is asked again
    naming the first action (a later "yes" must not be taken for the second), and the second
    command is not run on its own either."""
    await talk.speak("restart nginx")
    await talk.answer("restart ssh")  # ("stop ssh" would be heard as a "stop": a no)
    await talk.until(lambda: ASKED_AGAIN in talk.service.mouth.said)
    await talk.answer("no")
    await talk.until(lambda: "Cancelled." in talk.service.mouth.said)
    await asyncio.sleep(1.0)
    assert _ran(talk) == []


async def test_a_loose_yes_and_then_silence_run_nothing(talk) -> None:
    await talk.speak("restart nginx")
    await talk.answer("yeah right")
    await talk.until(lambda: ASKED_AGAIN in talk.service.mouth.said)
    await talk.until(lambda: "No answer. Cancelled." in talk.service.mouth.said, timeout=60)
    assert _ran(talk) == []
    entries = await talk.agent.journal(0, 1000, JournalFilter())
    assert any("not confirmed by voice" in e.summary for e in entries)
