"""Grammar-constrained decoding with llguidance: the output always parses and validates.

The grammar comes from the catalog's call schema, narrowed per decision (see entities.py): name
arguments become enums of the names the request can justify, and free text is kept short. A
small model then picks among real names instead of spelling them, which is where unseen names
used to fail.
"""

from __future__ import annotations

import copy
import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import llguidance
import numpy as np

from llmos.agent.catalog import Catalog
from llmos.agent.controller.model.entities import Narrowing

if TYPE_CHECKING:
    from llguidance._lib import JsonCompileOptions  # a TypedDict of the stubs only

JSON_OPTIONS: JsonCompileOptions = {"whitespace_flexible": False, "item_separator": ",",
                                    "key_separator": ":"}
TEXT_LIMIT = 80  # characters of free text where no token budget is given
TEXT_CHARS = r"[ !#-\[\]-~]"  # printable ASCII but the two characters JSON must escape
TEXT_ARGS = ("text", "reason")


def text_limit(max_new_tokens: int, skeleton_tokens: int) -> int:
    """The longest free text that always leaves room to close the call. Every token is at least
    one byte and free text is one byte per character, so a text of N characters costs at most N
    tokens however the model splits it: a looping model meets the length limit, which forces
    the closing quote, before it meets the token limit."""
    return max(1, max_new_tokens - skeleton_tokens)


def text_skeletons(catalog: Catalog) -> list[str]:
    """The calls with free text, emptied of it: what the text limit must leave room for."""
    return [json.dumps({"tool": tool.name, "args": {key: ""}}, separators=(",", ":"))
            for tool in catalog.tools.values() for key in tool.parameters["properties"]
            if key in TEXT_ARGS]


def narrowed_schema(catalog: Catalog, narrowing: Narrowing,
                    text_chars: int = TEXT_LIMIT) -> dict[str, Any]:
    """The call schema with name arguments as enums of valid candidates (where there are any),
    enum and boolean arguments limited to the router's values, free text bounded (see
    text_limit), and, if the narrowing says so, only the tools the request's entities (and the
    router) allow."""
    names = narrowing.names
    schema = copy.deepcopy(catalog.call_schema())
    schema["anyOf"] = [v for v in schema["anyOf"]
                       if narrowing.allows(v["properties"]["tool"]["const"])]
    for variant in schema["anyOf"]:
        args = variant["properties"]["args"]
        props = args["properties"]
        tool = variant["properties"]["tool"]["const"]
        for key, prop in props.items():
            if key in TEXT_ARGS:
                prop.pop("minLength", None)
                limit = min(prop.pop("maxLength", text_chars), text_chars)
                prop["pattern"] = f"^{TEXT_CHARS}{{1,{limit}}}$"
            pattern = prop.get("pattern")
            if key in names and pattern:
                valid = sorted({n for n in names[key] if n and re.search(pattern, n)})
                if valid:
                    prop.pop("pattern")
                    prop["enum"] = valid
            routed = narrowing.values.get(f"{tool}.{key}")
            if routed:  # stated, so a default cannot stand in for this choice
                prop.pop("pattern", None)
                prop["enum"] = routed
                if key not in args.get("required", []):
                    args["required"] = [*args.get("required", []), key]
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
