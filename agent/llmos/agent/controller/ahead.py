"""Ground ahead: a device state's descriptions encoded when the daemon reads it, not when a
command needs them.

The slowest commands (issue 20: the slowest 1% of the dev sets' decisions, up to 29 ms) were
those that met a device state for the first time and encoded every unit's description with the
sentence encoder, 2-3 ms each, before they could compare a phrase with them. The daemon knows
its device state before a command arrives: `GroundAhead` sits between the state source and its
readers (engine, voice), and every state whose units or descriptions it has not seen is
handed to the controller chain's `prepare` on a thread of its own; `keep_ahead` prepares for
the state once the model is loaded and again every `REFRESH_S` (after a model update too), so
a unit that appears later (a package installed) is encoded before anyone names it. A decision
never waits for this: the model controller prepares outside its decision lock, and a
description that a decision needs before it is ready is encoded by the decision as before, to
the same embedding. The slowest 2% of the slowest round are then the phrase's own encoding,
the interpreter on the largest states and preemption (docs/language.md, "Decision latency").
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from llmos.agent.device_state import StateSource
from llmos.agent.domain import DeviceState, UnitInfo

log = logging.getLogger(__name__)

REFRESH_S = 30.0  # units appear rarely (a package installed); the unit list is cached 10 s


def described(state: DeviceState) -> tuple[tuple[str, str], ...]:
    """What the descriptions to encode depend on: each unit's name and Description= (a state
    read every second is a new object, rarely a new set of units)."""
    return tuple((u, state.unit_info.get(u, UnitInfo()).description) for u in state.units)


class GroundAhead:
    """A StateSource that hands each state with new units or descriptions to `prepare` (in
    the background, one at a time, only the newest if several arrived meanwhile)."""

    def __init__(self, source: StateSource, prepare: Callable[[DeviceState], int]) -> None:
        self._source = source
        self._prepare = prepare
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ground-ahead")
        self._seen: DeviceState | None = None
        self._described: tuple[tuple[str, str], ...] | None = None
        self._waiting: DeviceState | None = None  # the newest state not yet prepared
        self._busy = False
        self._lock = threading.Lock()
        self.prepared = 0  # texts encoded ahead, all told

    async def read(self) -> DeviceState:
        state = await self._source.read()
        if state is not self._seen:  # a read is reused for a second: most reads are not new
            self._seen = state
            if (units := described(state)) != self._described:
                self._described = units
                self.offer(state)
        return state

    def invalidate(self) -> None:
        self._source.invalidate()

    def offer(self, state: DeviceState) -> None:
        """Prepare for this state soon (on the event loop: never blocks)."""
        with self._lock:
            self._waiting = state
            if self._busy:
                return  # the worker takes the newest when it is done
            self._busy = True
        asyncio.get_running_loop().run_in_executor(self._worker, self._drain)

    def _drain(self) -> None:
        while True:
            with self._lock:
                state, self._waiting = self._waiting, None
                if state is None:
                    self._busy = False
                    return
            try:
                encoded = self._prepare(state)
            except Exception:  # a failed encoder only costs a decision its own encoding
                log.exception("grounding ahead failed")
                continue
            if encoded:
                self.prepared += encoded
                log.info("grounding ahead: %d descriptions encoded", encoded)

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)


async def keep_ahead(ahead: GroundAhead, loaded: Callable[[float], bool]) -> None:
    """Once the model is loaded, prepare for the state as it is, and look again every
    `REFRESH_S` (a state read while the model loaded was not prepared)."""
    while not await asyncio.to_thread(loaded, 1.0):  # a short wait: shutdown never waits long
        pass
    while True:
        ahead.offer(await ahead.read())
        await asyncio.sleep(REFRESH_S)
