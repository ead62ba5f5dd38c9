"""Spoken test commands: espeak-ng speech, resampled to 16 kHz and mixed with noise by sox.

Shared by the voice tests and bench/voice.py, so both measure the same kind of audio.
"""

from __future__ import annotations

import math
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 16000


@dataclass(frozen=True)
class Speaker:
    voice: str  # espeak-ng voice, with an optional +variant
    speed: int  # words per minute
    pitch: int  # 0-99

    @property
    def tag(self) -> str:
        return f"{self.voice.replace('+', '_')}-s{self.speed}-p{self.pitch}"


# Different voices, variants, speeds and pitches: robotic, but not one robot.
SPEAKERS = (
    Speaker("en-us", 165, 50),
    Speaker("en-us+m3", 150, 40),
    Speaker("en+f3", 175, 60),
    Speaker("en-gb-x-rp+m7", 140, 35),
    Speaker("en-us+f2", 185, 70),
    Speaker("en+m1", 160, 45),
)


def speak(text: str, speaker: Speaker, path: Path) -> Path:
    """espeak-ng -> 16 kHz mono 16-bit WAV with half a second of silence either side.

    sox dithers when it converts, seeded by the clock unless -R: without it the same sentence
    gave other audio each run, and the accuracy tests scored 27-30 of 40 on one tree.
    """
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", speaker.voice, "-s", str(speaker.speed),
                    "-p", str(speaker.pitch), "-w", str(raw), text], check=True)
    subprocess.run(["sox", "-R", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(path),
                    "pad", "0.5", "0.5"], check=True)
    raw.unlink()
    return path


def add_noise(clean: Path, snr_db: float, path: Path, colour: str = "pinknoise") -> Path:
    """Mix sox-generated noise into `clean` at `snr_db` (speech power over noise power)."""
    noise = path.with_suffix(".noise.wav")
    seconds = wav_seconds(clean)
    subprocess.run(["sox", "-R", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(noise),
                    "synth", f"{seconds:.3f}", colour, "vol", "0.3"], check=True)  # -R: repeatable
    speech_rms, noise_rms = _active_rms(clean), _active_rms(noise)
    gain = speech_rms / (noise_rms * 10 ** (snr_db / 20))
    # sox -m sums the inputs; the speech is scaled down a little so the sum cannot clip.
    subprocess.run(["sox", "-R", "-m", "-v", "0.5", str(clean), "-v", f"{0.5 * gain:.6f}", str(noise),
                    str(path)], check=True)
    noise.unlink()
    return path


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def _active_rms(path: Path) -> float:
    """RMS over the loud half of 20 ms frames: the speech, not the silence around it."""
    with wave.open(str(path)) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float64)
    frames = pcm[: len(pcm) // 320 * 320].reshape(-1, 320)
    power = np.sort((frames ** 2).mean(axis=1))
    return math.sqrt(power[len(power) // 2:].mean())
