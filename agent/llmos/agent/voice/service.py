"""The running voice interface: frames -> utterances -> commands -> the agent -> spoken answers.

The daemon's VoiceSupervisor (supervisor.py) calls `start_voice` when `[voice] capture` names a
device or a USB microphone appears, and `VoiceService.stop()` when it goes away or the agent
stops. Everything blocking (the recogniser, the VAD) runs in one worker thread; the event loop
only moves frames.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from llmos.agent.api import AgentApi
from llmos.agent.config import AgentConfig
from llmos.agent.domain import DeviceState, Principal, Tool
from llmos.agent.voice.dialog import Dialog
from llmos.agent.voice.pipeline import Heard, Listener
from llmos.agent.voice.recognizer import RecognizerError
from llmos.agent.voice.tts import Mouth
from llmos.agent.voice.vocabulary import build_vocabulary

log = logging.getLogger("llmos.voice")
_ECHO_S = 0.3  # audio this long after a spoken reply is its echo in the room, not the operator

ReadState = Callable[[], Awaitable[DeviceState]]  # the agent's state source (device_state.py)


class VoiceUnavailable(RuntimeError):
    """The recogniser cannot be loaded or the microphone cannot be opened."""


class VoiceService:
    def __init__(self, config: AgentConfig, api: AgentApi, listener: Listener,
                 frames: AsyncIterator[np.ndarray], read_state: ReadState, mouth: Mouth, *,
                 tools: Mapping[str, Tool], on_stop: Callable[[], None] = lambda: None,
                 device: str = "") -> None:
        """`read_state` and `tools` are the agent's own: its state source (which the agent's
        mounts invalidate) and the catalog's tools."""
        self.device = device
        principal = Principal(f"voice:{device or 'test'}", config.voice.role, "voice")
        self.mouth = mouth
        self.listener = listener
        self.dialog = Dialog(api, principal, tools, config.voice, self._say,
                             read_state=read_state)
        self.heard: asyncio.Queue[Heard] = asyncio.Queue(8)
        self.counters = {"utterances": 0, "commands": 0, "ignored": 0, "errors": 0}
        self._frames = frames
        self._read_state = read_state
        self._on_stop = on_stop
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="llmos-voice")
        self._deaf_until = 0.0
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._listen(), name="voice-listen"),
                       asyncio.create_task(self._converse(), name="voice-dialog")]

    async def stop(self) -> None:
        self._on_stop()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._worker.shutdown(wait=False, cancel_futures=True)
        log.info("voice stopped: %s", self.counters)

    async def _say(self, text: str) -> None:
        await self.mouth.say(text)
        self._deaf_until = time.monotonic() + _ECHO_S

    async def _listen(self) -> None:
        loop = asyncio.get_running_loop()
        segmenter = self.listener.segmenter()
        async for frame in self._frames:
            if time.monotonic() < self._deaf_until:
                segmenter = self.listener.segmenter()  # drop what we said ourselves
                continue
            utterance = await loop.run_in_executor(self._worker, segmenter.push, frame)
            if utterance is None:
                continue
            self.counters["utterances"] += 1
            try:
                vocabulary = build_vocabulary(await self._read_state())
                heard = await loop.run_in_executor(
                    self._worker, self.listener.understand, utterance.audio, vocabulary,
                    None, not self.dialog.awaiting_answer)
            except Exception:  # one bad utterance must not end the voice interface
                self.counters["errors"] += 1
                log.exception("voice: recognition failed")
                continue
            if heard is None:
                self.counters["ignored"] += 1
                continue
            if self.heard.full():
                self.heard.get_nowait()  # the oldest command is stale by now
            self.heard.put_nowait(heard)

    async def _converse(self) -> None:
        while True:
            heard = await self.heard.get()
            self.counters["commands"] += 1
            try:
                await self.dialog.handle(heard, self.heard)
            except Exception as error:  # refused (shutting down, bad input): say so, go on
                self.counters["errors"] += 1
                log.exception("voice: command failed")
                await self._say(f"Sorry, that failed: {error}.")


async def _queue_frames(queue: asyncio.Queue[np.ndarray]) -> AsyncIterator[np.ndarray]:
    while True:
        yield await queue.get()


async def start_voice(config: AgentConfig, api: AgentApi, tools: Mapping[str, Tool],
                      read_state: ReadState, device: str | None = None) -> VoiceService:
    """Load the recogniser (off the loop), open the microphone, start listening.

    `device` overrides `[voice] capture`, e.g. the ALSA name of a USB microphone just plugged in.
    Raises VoiceUnavailable when the recogniser or the microphone cannot be had.
    """
    from llmos.agent.voice.capture import Microphone

    name = device if device is not None else config.voice.capture
    try:
        listener = await asyncio.get_running_loop().run_in_executor(None, Listener, config.voice)
        microphone = Microphone(name)
        microphone.start()
    except (RecognizerError, ImportError) as error:
        raise VoiceUnavailable(str(error)) from None
    except Exception as error:  # sounddevice.PortAudioError and ValueError: no such device
        raise VoiceUnavailable(f"capture device {name!r}: {error}") from None
    service = VoiceService(config, api, listener, _queue_frames(microphone.frames), read_state,
                           Mouth(config.voice.voice, config.voice.tts), tools=tools,
                           on_stop=microphone.stop, device=name)
    service.start()
    log.info("voice: listening on %r (recogniser %s)", name, listener.recognizer.name)
    return service
