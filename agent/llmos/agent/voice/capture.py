"""ALSA capture through PortAudio (sounddevice): 32 ms frames handed to the event loop.

PortAudio calls back on its own thread; the callback only copies the block and schedules it
onto the loop, so neither side ever waits for the other. When the consumer falls behind, the
oldest audio is dropped and counted: a late command is worse than a lost one.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import numpy as np

from llmos.agent.voice.audio import FRAME, RATE, resample

log = logging.getLogger("llmos.voice")
_QUEUE_FRAMES = 300  # ~10 s of audio


class Microphone:
    def __init__(self, device: str) -> None:
        self.device = device
        self.frames: asyncio.Queue[np.ndarray] = asyncio.Queue(_QUEUE_FRAMES)
        self.dropped = 0
        self._stream: Any = None
        self._pending = np.zeros(0, np.float32)

    def start(self) -> None:
        import sounddevice

        loop = asyncio.get_running_loop()
        rate = RATE
        try:
            sounddevice.check_input_settings(self.device or None, channels=1, samplerate=RATE)
        except Exception:  # many USB microphones only do 44.1/48 kHz: capture at that, resample
            info = sounddevice.query_devices(self.device or None, "input")
            rate = int(info["default_samplerate"])
        block = FRAME * rate // RATE

        def callback(data: Any, n: int, _time: Any, status: Any) -> None:
            if status:
                log.debug("capture: %s", status)
            pcm = np.frombuffer(bytes(data), np.int16).astype(np.float32) / 32768
            loop.call_soon_threadsafe(self._deliver, pcm, rate)

        self._stream = sounddevice.RawInputStream(
            device=self.device or None, samplerate=rate, channels=1, dtype="int16",
            blocksize=block, callback=callback)
        self._stream.start()
        log.info("capturing from %r at %d Hz", self.device or "default", rate)

    def _deliver(self, pcm: np.ndarray, rate: int) -> None:
        self._pending = np.concatenate([self._pending, resample(pcm, rate)])
        while len(self._pending) >= FRAME:
            frame, self._pending = self._pending[:FRAME], self._pending[FRAME:]
            if self.frames.full():
                self.frames.get_nowait()
                self.dropped += 1
            self.frames.put_nowait(frame)

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None
