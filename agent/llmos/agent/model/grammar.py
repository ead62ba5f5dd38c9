"""Grammar-constrained decoding with llguidance: the output always parses and validates.

The grammar comes from the catalog's call schema, narrowed per decision: name arguments (units,
interfaces, LEDs, device nodes, serial ports) may only take names that appear in the device
state, the events or the command, and free text is kept short. A small model then only has to
pick among real names instead of spelling them, which is where unseen names used to fail.
"""

from __future__ import annotations

import copy
import json
import re
from functools import lru_cache
from typing import Any

import llguidance
import numpy as np

from llmos.agent.catalog import Catalog
from llmos.agent.domain import DecisionRequest

JSON_OPTIONS = {"whitespace_flexible": False, "item_separator": ",", "key_separator": ":"}
TEXT_LIMIT = 80  # characters of say/ignore text: the decision budget is in tokens
_WORD = re.compile(r"[\w@.:/+-]+")
_DISK = re.compile(r"^(sd|hd|vd|xvd|mmcblk|nvme|loop|md|dm-)\w*$")


def _words(text: str | None) -> list[str]:
    return [w.strip(".,:;!?") for w in _WORD.findall(text or "")]


def candidates(request: DecisionRequest) -> dict[str, list[str]]:
    """Names each name argument may take, from the state, the events and the command."""
    words = _words(request.command)
    units = list(request.state.units)
    units += [w for w in words if w.endswith(".service")]
    units += [f"{w}.service" for w in words if not w.endswith(".service")]
    devices = [s.device for s in request.state.storage]
    devices += [e.devnode for e in request.events if e.subsystem == "block" and e.devnode]
    devices += [w for w in words if w.startswith("/dev/") and not w.startswith("/dev/tty")]
    devices += [f"/dev/{w}" for w in words if _DISK.match(w)]
    ifaces = list(request.state.interfaces)
    ifaces += [e.properties.get("INTERFACE", "") for e in request.events if e.subsystem == "net"]
    ifaces += [w for w in words if any(c.isdigit() for c in w)]
    ports = [e.devnode for e in request.events if e.subsystem == "tty" and e.devnode]
    ports += [w if w.startswith("/dev/") else f"/dev/{w}" for w in words
              if w.startswith(("tty", "/dev/tty"))]
    return {"unit": units, "device": devices, "interface": ifaces, "name": list(request.state.leds),
            "port": ports}


def narrowed_schema(catalog: Catalog, names: dict[str, list[str]]) -> dict[str, Any]:
    """The call schema with name arguments as enums of valid candidates (where there are any)."""
    schema = copy.deepcopy(catalog.call_schema())
    for variant in schema["anyOf"]:
        props = variant["properties"]["args"]["properties"]
        for key, prop in props.items():
            if key in ("text", "reason"):
                prop["maxLength"] = min(prop.get("maxLength", TEXT_LIMIT), TEXT_LIMIT)
            pattern = prop.get("pattern")
            if key in names and pattern:
                valid = sorted({n for n in names[key] if n and re.search(pattern, n)})
                if valid:
                    prop.pop("pattern")
                    prop["enum"] = valid
    return schema


class Grammar:
    """Compiles schemas for one tokenizer. Compiling costs milliseconds, copying a compiled
    matcher microseconds, so equal schemas (same state, same names) share one compiled copy."""

    def __init__(self, tokenizer_json: str, vocab_size: int, eos: list[int]) -> None:
        self.tokenizer = llguidance.LLTokenizer(tokenizer_json, n_vocab=vocab_size, eos_token=eos,
                                                slices=llguidance.LLTokenizer.json_slices())
        self.vocab_size = vocab_size
        self._compiled = lru_cache(maxsize=256)(self._compile)

    def _compile(self, schema_json: str) -> llguidance.LLMatcher:
        grammar = llguidance.LLMatcher.grammar_from_json_schema(schema_json,
                                                                overrides=JSON_OPTIONS)
        matcher = llguidance.LLMatcher(self.tokenizer, grammar, log_level=0)
        if matcher.is_error():
            raise ValueError(f"grammar: {matcher.get_error()}")
        return matcher

    def matcher(self, schema: dict[str, Any]) -> llguidance.LLMatcher:
        # key order matters: llguidance emits properties in schema order (tool, then args)
        return self._compiled(json.dumps(schema)).deep_copy()

    def allowed(self, matcher: llguidance.LLMatcher) -> np.ndarray:
        """Boolean mask over the vocabulary; unpackbits is the fastest numpy path measured."""
        bits = np.frombuffer(matcher.compute_bitmask(), dtype=np.uint8)
        return np.unpackbits(bits, bitorder="little")[: self.vocab_size].astype(bool)
