"""The speech side of the voice pipeline, shared by the microphone and `llmos-agent hear`:
frames -> segmenter (VAD) -> recogniser (biased by the device's vocabulary) -> wake-word gate
-> normaliser -> a command for the controller.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from llmos.agent.config import VoiceConfig
from llmos.agent.domain import DeviceState
from llmos.agent.voice.audio import frames
from llmos.agent.voice.normalize import clean, preferred, to_command
from llmos.agent.voice.recognizer import Recognizer, load_recognizer
from llmos.agent.voice.vad import Segmenter, SpeechDetector, Utterance
from llmos.agent.voice.vocabulary import Vocabulary, build_vocabulary


@dataclass(frozen=True, slots=True)
class Heard:
    text: str  # what the recogniser heard, as it spelled it
    command: str  # what the controller gets: a canonical command, or the cleaned text
    confidence: float  # 0..1: the recogniser's confidence times the phrase match's


class WakeGate:
    """Lets an utterance through always, or only after the wake word.

    "computer, restart nginx" passes as "restart nginx"; a bare "computer" opens a window of
    `listen_s` in which the next utterance passes.
    """

    def __init__(self, config: VoiceConfig) -> None:
        self._always = config.activation == "always"
        self._word = clean(config.wake_word).split()
        self._listen_s = config.listen_s
        self._open_until = float("-inf")

    def admit(self, text: str, now: float) -> str | None:
        if self._always:
            return text
        words = clean(text).split()
        n = len(self._word)
        if words[:n] == self._word:
            rest = " ".join(words[n:])
            if not rest:
                self._open_until = now + self._listen_s
                return None
            return rest
        if now <= self._open_until:
            self._open_until = float("-inf")
            return text
        return None


class Listener:
    """Recognises utterances and turns them into commands; blocking (run it off the loop)."""

    def __init__(self, config: VoiceConfig, recognizer: Recognizer | None = None) -> None:
        self.config = config
        self.recognizer = recognizer or load_recognizer(config.backend, config.threads)
        self.gate = WakeGate(config)
        self._detector = SpeechDetector()

    def segmenter(self) -> Segmenter:
        return Segmenter(self._detector)

    def understand(self, audio: np.ndarray, vocabulary: Vocabulary,
                   now: float | None = None, gate: bool = True) -> Heard | None:
        """None when the utterance is not for us (no wake word) or nothing was recognised.
        `gate=False` while an answer is awaited: "yes" needs no wake word."""
        prompt = vocabulary.prompt
        if self.config.activation == "wake_word":
            prompt = f"{self.config.wake_word.capitalize()}, restart nginx. {prompt}"
        known = vocabulary.words | frozenset(clean(self.config.wake_word).split())
        transcript = preferred(self.recognizer.transcribe(audio, prompt), known)
        text: str | None = transcript.text
        if gate:
            text = self.gate.admit(transcript.text, time.monotonic() if now is None else now)
        if not text or not clean(text):
            return None
        match = to_command(text, vocabulary)
        # An open-vocabulary command (no phrase matched) keeps half the recogniser's confidence:
        # nothing checked it against what the device knows.
        confidence = transcript.confidence * (match.score or 0.5)
        return Heard(transcript.text, match.command, round(confidence, 3))

    def utterances(self, audio: np.ndarray) -> Iterator[Utterance]:
        """A recording, cut exactly as the microphone's stream would be."""
        segmenter = self.segmenter()
        for frame in frames(audio):
            utterance = segmenter.push(frame)
            if utterance is not None:
                yield utterance
        last = segmenter.flush()
        if last is not None:
            yield last


def hear_audio(listener: Listener, audio: np.ndarray, state: DeviceState) -> Heard | None:
    """The first command in a recording, as the microphone pipeline would hear it."""
    vocabulary = build_vocabulary(state)
    for utterance in listener.utterances(audio):
        heard = listener.understand(utterance.audio, vocabulary)
        if heard is not None:
            return heard
    return None
