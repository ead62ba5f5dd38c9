"""A serial port on the event loop.

pyserial opens and configures the port (baud rate, raw mode); reads and writes are then
non-blocking on its file descriptor with the loop's add_reader/add_writer. pyserial-asyncio's
transports flush with tcdrain(3) when they close, and on a line whose cable was pulled that
never returns: the disconnect would go unnoticed and a thread would hang. Here, closing never
waits, and a full output buffer drops the oldest output rather than blocking anyone.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable

import serial

MAX_PENDING_OUTPUT = 64 * 1024


class SerialLine:
    def __init__(self, port: str, baudrate: int, on_data: Callable[[bytes], None]) -> None:
        self._serial = serial.Serial(port, baudrate, timeout=0)  # raises SerialException
        self._fd = self._serial.fileno()
        os.set_blocking(self._fd, False)
        self._loop = asyncio.get_running_loop()
        self._on_data = on_data
        self._out = bytearray()
        self._writing = False
        self.dropped_output = 0
        self.lost: asyncio.Future[Exception | None] = self._loop.create_future()
        self._loop.add_reader(self._fd, self._readable)

    def _readable(self) -> None:
        try:
            data = os.read(self._fd, 4096)
        except BlockingIOError:
            return
        except OSError as error:  # EIO: the other end hung up (pty closed, adapter unplugged)
            self._close(error)
            return
        if not data:
            self._close(None)
            return
        self._on_data(data)

    def write(self, data: bytes) -> None:
        if self.lost.done():
            return
        self._out += data
        if len(self._out) > MAX_PENDING_OUTPUT:
            excess = len(self._out) - MAX_PENDING_OUTPUT
            del self._out[:excess]
            self.dropped_output += excess
        self._flush()

    def _flush(self) -> None:
        try:
            written = os.write(self._fd, self._out)
        except BlockingIOError:
            written = 0
        except OSError as error:
            self._close(error)
            return
        del self._out[:written]
        if self._out and not self._writing:
            self._loop.add_writer(self._fd, self._flush)
            self._writing = True
        elif not self._out and self._writing:
            self._loop.remove_writer(self._fd)
            self._writing = False

    def _close(self, error: Exception | None) -> None:
        if not self.lost.done():
            self.lost.set_result(error)
        self.close()

    def close(self) -> None:
        if self._fd < 0:
            return
        self._loop.remove_reader(self._fd)
        if self._writing:
            self._loop.remove_writer(self._fd)
        fd, self._fd = self._fd, -1
        try:
            os.close(fd)  # not pyserial's close: nothing may wait for output to drain
        except OSError:
            pass
        self._serial.fd = None
        self._serial.is_open = False
        if not self.lost.done():
            self.lost.set_result(None)
