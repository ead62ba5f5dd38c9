"""Examples to token ids, split into the same segments the runtime tokenizes and caches."""

from __future__ import annotations

from typing import Any

from tokenizers import Tokenizer

from llmos.agent.catalog import Catalog
from llmos.agent.controller.model import prompt
from llmos.agent.domain import DeviceState, HardwareEvent


def segments(catalog: Catalog, example: dict[str, Any]) -> list[str]:
    """Prompt pieces in order; the runtime tokenizes each piece on its own, so must training."""
    state = DeviceState.from_dict(example["state"])
    return ([prompt.prefix_text(catalog), prompt.state_text(state)]
            + [prompt.history_line(h) for h in example.get("history", ())]
            + [prompt.event_line(HardwareEvent(**e)) for e in example["events"]]
            + [prompt.command_text(example["command"])])


def encode(tok: Tokenizer, catalog: Catalog,
           example: dict[str, Any]) -> tuple[list[int], list[int]]:
    """(prompt ids, answer ids ending in the end token)."""
    ids = [i for seg in segments(catalog, example) for i in tok.encode(seg).ids]
    expect = example["expect"]
    answer = tok.encode(prompt.call_text(expect["tool"], expect["args"])).ids
    return ids, answer + [tok.token_to_id("<|end|>")]
