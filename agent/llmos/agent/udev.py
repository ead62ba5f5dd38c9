"""Event sources: the udev netlink monitor, and replay of recorded JSON lines.

The monitor's socket is watched by the event loop (add_reader) and read with poll(timeout=0),
so the loop never blocks on netlink. When the engine falls behind persisting events, reading
pauses and the kernel buffers (backpressure), rather than memory growing without bound.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import pyudev

from llmos.agent.domain import HardwareEvent
from llmos.agent.normalize import EventError, normalise, read_replay

log = logging.getLogger("llmos.udev")

Sink = Callable[[list[HardwareEvent]], None]
_MAX_BATCH = 1024
_RECEIVE_BUFFER = 32 * 1024 * 1024


def from_device(device: pyudev.Device) -> HardwareEvent:
    return normalise(device.action, device.subsystem, device.device_path, device.device_node,
                     dict(device.properties))


def open_monitor(subsystems: Iterable[str]) -> pyudev.Monitor:
    monitor = pyudev.Monitor.from_netlink(pyudev.Context(), source="udev")
    for subsystem in subsystems:
        monitor.filter_by(subsystem)
    try:
        monitor.set_receive_buffer_size(_RECEIVE_BUFFER)  # storms: needs CAP_NET_ADMIN
    except OSError:
        log.debug("could not enlarge the netlink receive buffer")
    monitor.start()
    return monitor


class UdevSource:
    def __init__(self, subsystems: Iterable[str], sink: Sink, backlog: Callable[[], int],
                 max_backlog: int = 50_000) -> None:
        self._subsystems = tuple(subsystems)
        self._sink = sink
        self._backlog = backlog
        self._max_backlog = max_backlog
        self._monitor: pyudev.Monitor | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.rejected = 0  # events refused by normalisation (health: events_rejected)

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._monitor = open_monitor(self._subsystems)
        self._loop.add_reader(self._monitor.fileno(), self._readable)

    @property
    def alive(self) -> bool:
        """Started and not stopped: the monitor's socket is being read (the boot trial asks)."""
        return self._monitor is not None

    def stop(self) -> None:
        if self._monitor is not None and self._loop is not None:
            self._loop.remove_reader(self._monitor.fileno())
            self._monitor = None

    def _readable(self) -> None:
        assert self._monitor is not None and self._loop is not None
        batch: list[HardwareEvent] = []
        while len(batch) < _MAX_BATCH:
            try:
                device = self._monitor.poll(timeout=0)
            except OSError as error:  # ENOBUFS: the kernel dropped events
                log.error("udev monitor: %s", error)
                break
            if device is None:
                break
            try:
                batch.append(from_device(device))
            except EventError as error:
                self.rejected += 1
                log.warning("udev event refused: %s", error)
        if batch:
            self._sink(batch)
        if self._backlog() > self._max_backlog:
            self._loop.remove_reader(self._monitor.fileno())
            self._loop.call_later(0.05, self._maybe_resume)

    def counters(self) -> dict[str, int]:
        return {"events_rejected": self.rejected}

    def _maybe_resume(self) -> None:
        assert self._loop is not None
        if self._monitor is None:
            return
        if self._backlog() > self._max_backlog // 2:
            self._loop.call_later(0.05, self._maybe_resume)
            return
        self._loop.add_reader(self._monitor.fileno(), self._readable)


async def replay(path: Path, sink: Sink, interval_s: float = 0.0) -> int:
    """Feed recorded events to the sink, in order; returns how many were replayed."""
    events = list(read_replay(path.read_text().splitlines()))
    if interval_s <= 0:
        sink(events)
        return len(events)
    for event in events:
        sink([event])
        await asyncio.sleep(interval_s)
    return len(events)
