"""Synthesised speech (espeak-ng, sox) and one loaded recogniser, shared by the voice tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmos.agent.config import parse_config
from llmos.agent.voice.pipeline import Listener
from tests.voice.synth import SPEAKERS, Speaker, add_noise, speak


class Voices:
    """WAV files of spoken text, made once per session and cached by what they say."""

    def __init__(self, root: Path) -> None:
        self._root = root

    def say(self, text: str, speaker: Speaker = SPEAKERS[0], snr_db: float | None = None) -> Path:
        name = f"{speaker.tag}-{text.replace(' ', '_')}"
        clean = self._root / f"{name}.wav"
        if not clean.exists():
            speak(text, speaker, clean)
        if snr_db is None:
            return clean
        noisy = self._root / f"{name}-snr{snr_db:g}.wav"
        if not noisy.exists():
            add_noise(clean, snr_db, noisy)
        return noisy


@pytest.fixture(scope="session")
def voices(tmp_path_factory: pytest.TempPathFactory) -> Voices:
    return Voices(tmp_path_factory.mktemp("speech"))


@pytest.fixture(scope="session")
def listener() -> Listener:
    return Listener(parse_config({}).voice)
