"""The segmenter on real synthesised speech: one utterance per command, none in noise."""

import subprocess
from pathlib import Path

import numpy as np

from llmos.agent.voice.audio import RATE, read_wav
from llmos.agent.voice.pipeline import Listener
from tests.voice.conftest import Voices


def test_one_command_is_one_utterance(listener: Listener, voices: Voices) -> None:
    audio = read_wav(voices.say("restart nginx"))
    found = list(listener.utterances(audio))
    assert len(found) == 1
    assert 0.5 < len(found[0].audio) / RATE < len(audio) / RATE
    # The end of speech is found within 0.3 s of the end of the file's speech (0.5 s padding).
    assert abs(found[0].end_sample / RATE - (len(audio) / RATE - 0.5)) < 0.3


def test_two_commands_apart_are_two_utterances(listener: Listener, voices: Voices) -> None:
    first, second = read_wav(voices.say("stop ssh")), read_wav(voices.say("show network status"))
    audio = np.concatenate([first, np.zeros(RATE, np.float32), second])
    assert len(list(listener.utterances(audio))) == 2


def test_noise_alone_is_no_utterance(listener: Listener, tmp_path: Path) -> None:
    noise = tmp_path / "noise.wav"
    subprocess.run(["sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", str(noise),
                    "synth", "3", "pinknoise", "vol", "0.05"], check=True)
    assert list(listener.utterances(read_wav(noise))) == []
