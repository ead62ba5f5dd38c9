"""Voice for the daemon, light to import: numpy, the recogniser and the microphone (service.py)
are imported only when a pipeline starts, i.e. when `[voice] capture` names a device or a USB
microphone is plugged in, not on every start of the agent."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from llmos.agent.api import AgentApi
from llmos.agent.config import AgentConfig
from llmos.agent.domain import DeviceState, HardwareEvent, Tool
from llmos.agent.voice.hotplug import usb_microphone

if TYPE_CHECKING:
    from llmos.agent.voice.service import VoiceService

log = logging.getLogger("llmos.voice")


class VoiceSupervisor:
    """Voice for the daemon: on the configured device from the start, else on the first USB
    microphone plugged in, stopped when it is unplugged. Failures are logged, never raised:
    the agent runs on without voice."""

    def __init__(self, config: AgentConfig, api: AgentApi, tools: Mapping[str, Tool],
                 read_state: Callable[[], Awaitable[DeviceState]]) -> None:
        """`tools` and `read_state`: the catalog's tools and the agent's own state source, so
        what the agent changes (a mount) is what voice sees next."""
        self._config = config
        self._api = api
        self._tools = tools
        self._read_state = read_state
        self.service: VoiceService | None = None
        self.error = ""
        self._lock = asyncio.Lock()

    async def start(self) -> None:
        if self._config.voice.capture:
            await self._start(self._config.voice.capture)

    def observe(self, events: Sequence[HardwareEvent]) -> None:
        """Called from the loop with hardware events as they arrive (never blocks)."""
        if self._config.voice.capture:
            return  # a configured device is not replaced by whatever is plugged in
        for event in events:
            device = usb_microphone(event)
            if device is None:
                continue
            if event.action == "add":
                asyncio.get_running_loop().create_task(self._start(device))
            elif event.action == "remove":
                asyncio.get_running_loop().create_task(self._stop(device))

    async def stop(self) -> None:
        await self._stop(None)

    def counters(self) -> dict[str, int]:
        return {"voice_listening": int(self.service is not None),
                "voice_unavailable": int(bool(self.error))}

    async def _start(self, device: str) -> None:
        async with self._lock:
            if self.service is not None:
                return
            from llmos.agent.voice.service import VoiceUnavailable, start_voice

            try:
                self.service = await start_voice(self._config, self._api, self._tools,
                                                 self._read_state, device)
                self.error = ""
            except VoiceUnavailable as error:
                self.error = str(error)
                log.error("voice unavailable: %s", error)

    async def _stop(self, device: str | None) -> None:
        async with self._lock:
            if self.service is not None and device in (None, self.service.device):
                await self.service.stop()
                self.service = None
