"""The agent's objects as llmos.v1 messages, and stream messages encoded once."""

from __future__ import annotations

import time

from llmos.agent.domain import JournalEntry
from llmos.agent.grpc import convert
from llmos.v1 import events_pb2


def entry(seq: int, size: int) -> JournalEntry:
    return JournalEntry(seq, time.time(), "event", f"ev-{seq}", "block", "x" * size,
                        {"properties": {"ID_MODEL": "y" * size}, "n": seq})


def test_encoded_stream_message_is_the_protobuf_message() -> None:
    # Sizes around the 1-, 2- and 3-byte length prefixes.
    entries = [entry(seq, size) for seq, size in enumerate((0, 40, 120, 5000, 70_000), 1)]
    encoded = convert.EncodedEvents()
    wire = b"".join(encoded.field(e) for e in entries)
    expected = events_pb2.StreamEventsResponse(events=[convert.event(e) for e in entries])
    assert events_pb2.StreamEventsResponse.FromString(wire) == expected
    assert encoded.field(entries[0]) is encoded.field(entries[0])  # converted once


def test_event_kinds_and_unknown_kinds() -> None:
    assert convert.event(entry(1, 1)).kind == events_pb2.EVENT_KIND_HARDWARE
    odd = JournalEntry(2, 0.0, "something-new", "r", "", "s", {})
    assert convert.event(odd).kind == events_pb2.EVENT_KIND_UNSPECIFIED
