from hypothesis import given, settings
from hypothesis import strategies as s

from llmos.agent.console.line import MAX_LINE_BYTES, Discarded, Line, LineReader


def lines(data: bytes) -> list:
    return LineReader().feed(data)[0]


def test_line_endings() -> None:
    assert lines(b"status\r\nhelp\nevents 3\r") == [Line("status"), Line("help"), Line("events 3")]
    assert lines(b"\r\n\r\n") == []


def test_editing_keys() -> None:
    assert lines(b"statux\x7fs\r") == [Line("status")]
    assert lines("caf\u00e9\b\be\r".encode()) == [Line("cae")]
    assert lines(b"reboot now\x15help\r") == [Line("help")]
    assert lines(b"reboot\x03status\r") == [Line("status")]


def test_escape_sequences_and_break_nuls_are_dropped() -> None:
    reader = LineReader()
    out, _ = reader.feed(b"sta\x1b[A\x1b[1;5Ctus\x00\x00\x07\r")
    assert out == [Line("status")]
    assert reader.stats.control_bytes == 3


def test_long_and_invalid_lines_are_discarded_with_a_reason() -> None:
    reader = LineReader()
    out, _ = reader.feed(b"x" * (MAX_LINE_BYTES + 50) + b"\rstatus\r\xff\xfe\xfd\rhelp\r")
    assert [type(o) for o in out] == [Discarded, Line, Discarded, Line]
    assert "too long" in out[0].reason and "UTF-8" in out[2].reason
    assert reader.stats.too_long == 1 and reader.stats.not_utf8 == 1


def test_echo() -> None:
    _, echo = LineReader().feed(b"ab\x7f\r")
    assert echo == b"ab\b \b\r\n"


@settings(max_examples=500, deadline=None)
@given(s.lists(s.binary(max_size=600), max_size=8))
def test_any_bytes_in_any_chunks(chunks: list[bytes]) -> None:
    reader = LineReader()
    for chunk in chunks:
        out, _ = reader.feed(chunk)
        for item in out:
            if isinstance(item, Line):
                assert item.text and len(item.text.encode()) <= MAX_LINE_BYTES
                assert item.text.isprintable()
