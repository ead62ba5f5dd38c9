"""Voice activity detection: Silero VAD (ONNX, shipped inside the faster-whisper wheel) and the
segmenter that turns a stream of frames into utterances.

The segmenter is the one place that decides where an utterance starts and ends, for the
microphone and for `llmos-agent hear` alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from llmos.agent.voice.audio import FRAME, RATE

_CONTEXT = 64  # samples of the previous frame the model expects in front of each frame


def silero_model_path() -> Path:
    import faster_whisper

    found = sorted((Path(faster_whisper.__file__).parent / "assets").glob("silero_vad*.onnx"))
    if not found:
        raise FileNotFoundError("the faster-whisper wheel carries no Silero VAD model")
    return found[-1]


class SpeechDetector:
    """Probability that a 32 ms frame holds speech; keeps the model's state between frames."""

    def __init__(self, path: Path | None = None) -> None:
        import onnxruntime

        opts = onnxruntime.SessionOptions()
        opts.intra_op_num_threads = 1  # a frame is tiny: more threads only add overhead
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 4
        self._session = onnxruntime.InferenceSession(
            str(path or silero_model_path()), opts, providers=["CPUExecutionProvider"])
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), np.float32)
        self._c = np.zeros((1, 1, 128), np.float32)
        self._context = np.zeros(_CONTEXT, np.float32)

    def __call__(self, frame: np.ndarray) -> float:
        window = np.concatenate([self._context, frame]).reshape(1, -1).astype(np.float32)
        feed = {"input": window, "h": self._h, "c": self._c}
        out, self._h, self._c = self._session.run(None, feed)
        self._context = frame[-_CONTEXT:]
        return float(out.reshape(-1)[0])


@dataclass(frozen=True, slots=True)
class Utterance:
    audio: np.ndarray  # 16 kHz float32, with a little audio before and after the speech
    end_sample: int  # stream position of the last frame with speech: "end of speech"
    closed_sample: int  # stream position where the segmenter decided the utterance was over


class Segmenter:
    """Hysteresis over the VAD: speech starts above `start`, ends after `hangover_ms` below `stop`.

    The hangover is part of every answer's latency, and too short a one splits slow speakers;
    250 ms fits commands, which are one breath long (200 ms split none of 168 synthetic
    commands, clean or at 10 dB). Speech longer than `max_s` is cut there: commands are short.
    """

    def __init__(self, detector: SpeechDetector, start: float = 0.5, stop: float = 0.35,
                 hangover_ms: int = 250, preroll_ms: int = 200, min_speech_ms: int = 150,
                 max_s: float = 10.0) -> None:
        self._detect = detector
        self._start, self._stop = start, stop
        self._hangover = _frames(hangover_ms)
        self._preroll = _frames(preroll_ms)
        self._min_speech = _frames(min_speech_ms)
        self._max = _frames(int(max_s * 1000))
        self._buffer: list[np.ndarray] = []
        self._active = False
        self._speech = 0  # frames above `start` in this utterance
        self._silence = 0  # frames since the last speech frame
        self._position = 0  # samples seen
        self._last_speech = 0

    def push(self, frame: np.ndarray) -> Utterance | None:
        """Feed one frame; returns an utterance when one has just ended."""
        self._position += len(frame)
        p = self._detect(frame)
        self._buffer.append(frame)
        if not self._active:
            self._buffer = self._buffer[-(self._preroll + 1):]
            if p >= self._start:
                self._active, self._speech, self._silence = True, 1, 0
                self._last_speech = self._position
            return None
        if p >= self._stop:
            self._silence = 0
            self._speech += p >= self._start
            self._last_speech = self._position
        else:
            self._silence += 1
        if self._silence >= self._hangover or len(self._buffer) >= self._max:
            return self._close()
        return None

    def flush(self) -> Utterance | None:
        """The end of the stream ends any utterance in progress."""
        return self._close() if self._active else None

    def _close(self) -> Utterance | None:
        keep = self._speech >= self._min_speech
        audio = np.concatenate(self._buffer) if keep else None
        self._buffer, self._active, self._speech, self._silence = [], False, 0, 0
        self._detect.reset()
        if audio is None:
            return None  # a click or a cough: too short to be a command
        return Utterance(audio, self._last_speech, self._position)


def _frames(ms: int) -> int:
    return max(1, round(ms * RATE / 1000 / FRAME))
