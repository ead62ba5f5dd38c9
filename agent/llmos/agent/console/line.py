"""A line discipline for a noisy serial line.

Bytes in, whole lines (or a reason a line was thrown away) out, plus what to echo back.
Everything a terminal or a bad cable can send is handled here, without ever raising: invalid
UTF-8, NUL bytes from break conditions, escape sequences from arrow keys, other control bytes,
and lines longer than the limit. Backspace/DEL erase, Ctrl-U kills the line, Ctrl-C cancels it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from llmos.agent.normalize import clean_text

MAX_LINE_BYTES = 256
_BS, _DEL, _CTRL_C, _CTRL_U, _ESC = 0x08, 0x7F, 0x03, 0x15, 0x1B


@dataclass(frozen=True, slots=True)
class Line:
    text: str


@dataclass(frozen=True, slots=True)
class Discarded:
    reason: str


@dataclass
class LineStats:
    lines: int = 0
    too_long: int = 0
    not_utf8: int = 0
    control_bytes: int = 0


@dataclass
class LineReader:
    limit: int = MAX_LINE_BYTES
    stats: LineStats = field(default_factory=LineStats)
    _buffer: bytearray = field(default_factory=bytearray)
    # An empty line comes back as Line("") (the console answers Enter with a new prompt)
    keep_blank: bool = False
    _overflow: bool = False
    _escape: int = 0  # 0: none, 1: after ESC, 2: inside a CSI sequence
    _last_cr: bool = False

    def feed(self, data: bytes) -> tuple[list[Line | Discarded], bytes]:
        """Consume bytes; return finished lines (or why they were discarded) and the echo."""
        out: list[Line | Discarded] = []
        echo = bytearray()
        for byte in data:
            if self._escape:
                self._skip_escape(byte)
                continue
            if byte in (0x0A, 0x0D):
                if byte == 0x0A and self._last_cr:  # CR LF is one end of line
                    self._last_cr = False
                    continue
                self._last_cr = byte == 0x0D
                echo += b"\r\n"
                finished = self._finish()
                if finished is not None:
                    out.append(finished)
                continue
            self._last_cr = False
            if byte in (_BS, _DEL):
                if self._buffer and not self._overflow:
                    self._erase_char()
                    echo += b"\b \b"
            elif byte in (_CTRL_C, _CTRL_U):
                echo += b"^C\r\n" if byte == _CTRL_C else b"\r\n"
                self._reset()
            elif byte == _ESC:
                self._escape = 1
            elif byte < 0x20 and byte != 0x09:
                self.stats.control_bytes += 1  # NUL from a break, noise: dropped
            elif len(self._buffer) >= self.limit:
                self._overflow = True
            else:
                self._buffer.append(byte)
                echo.append(byte)
        return out, bytes(echo)

    def _skip_escape(self, byte: int) -> None:
        if self._escape == 1:
            self._escape = 2 if byte == ord("[") else 0
        elif 0x40 <= byte <= 0x7E:  # the final byte of a CSI sequence
            self._escape = 0

    def _erase_char(self) -> None:
        del self._buffer[-1]
        while self._buffer and (self._buffer[-1] & 0xC0) == 0x80:  # a UTF-8 continuation
            del self._buffer[-1]
        if self._buffer and self._buffer[-1] >= 0xC0:
            del self._buffer[-1]

    def _finish(self) -> Line | Discarded | None:
        raw, overflow = bytes(self._buffer), self._overflow
        self._reset()
        if overflow:
            self.stats.too_long += 1
            return Discarded(f"line too long (over {self.limit} bytes): ignored")
        try:
            text = clean_text(raw.decode("utf-8"), self.limit)  # C1 controls, bidi overrides
        except UnicodeDecodeError:
            self.stats.not_utf8 += 1
            return Discarded("not UTF-8 text: ignored")
        if not text:
            return Line("") if self.keep_blank and not raw.strip() else None
        self.stats.lines += 1
        return Line(text)

    def _reset(self) -> None:
        self._buffer.clear()
        self._overflow = False
