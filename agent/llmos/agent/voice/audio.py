"""Audio as the pipeline sees it: 16 kHz mono float32 in [-1, 1], cut into 32 ms frames."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np

RATE = 16000
FRAME = 512  # samples: the Silero VAD's window at 16 kHz


class AudioError(ValueError):
    """A file the pipeline cannot read."""


def read_wav(path: Path) -> np.ndarray:
    """A PCM WAV file (any rate, any channel count, 8/16/32-bit) as 16 kHz mono float32."""
    try:
        with wave.open(str(path)) as w:
            rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
            raw = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as error:
        raise AudioError(f"{path}: not a PCM WAV file ({error})") from None
    if width == 1:
        pcm = (np.frombuffer(raw, np.uint8).astype(np.float32) - 128) / 128
    elif width == 2:
        pcm = np.frombuffer(raw, "<i2").astype(np.float32) / 32768
    elif width == 4:
        pcm = np.frombuffer(raw, "<i4").astype(np.float32) / 2**31
    else:
        raise AudioError(f"{path}: {8 * width}-bit samples are not supported")
    mono = pcm.reshape(-1, channels).mean(axis=1)
    return resample(mono, rate)


def resample(audio: np.ndarray, rate: int) -> np.ndarray:
    """Linear interpolation to 16 kHz: speech models need nothing finer, and it needs no library."""
    if rate == RATE or len(audio) == 0:
        return audio.astype(np.float32)
    n = round(len(audio) * RATE / rate)
    src = np.arange(len(audio)) / rate
    resampled: np.ndarray = np.interp(np.arange(n) / RATE, src, audio).astype(np.float32)
    return resampled


def frames(audio: np.ndarray) -> Iterator[np.ndarray]:
    """Whole frames, the last one padded with silence: what a microphone would deliver."""
    for start in range(0, len(audio), FRAME):
        frame = audio[start:start + FRAME]
        if len(frame) < FRAME:
            frame = np.pad(frame, (0, FRAME - len(frame)))
        yield frame
