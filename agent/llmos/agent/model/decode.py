"""Greedy decoding of one call, constrained or not, with a token limit and a deadline.

With a grammar, the tokens it forces (JSON punctuation, keys, the rest of a name once it is
unambiguous) are appended to the chosen token and fed to the model in the same run, so a call
like restart_service(nginx.service) costs the prefill and two or three short runs. When the
narrowing leaves the grammar a single call, the model is not run at all.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import llguidance
import numpy as np

from llmos.agent.model.grammar import Grammar
from llmos.agent.model.lm import OnnxLM


@dataclass
class Result:
    tokens: list[int]
    stop: str  # "end", "limit", "deadline", "grammar"
    ttft_ms: float
    total_ms: float
    steps: int  # model runs after the prefill
    mask_ms: float  # time spent in the grammar (masks and forced tokens)


def generate(lm: OnnxLM, prompt: list[int], eos: set[int], max_new: int, deadline: float,
             grammar: Grammar | None = None, matcher: llguidance.LLMatcher | None = None,
             use_cache: bool = True) -> Result:
    start = time.perf_counter()
    constrained = grammar is not None and matcher is not None
    t = time.perf_counter()
    out = _forced(matcher) if constrained else []
    mask_s = time.perf_counter() - t
    steps, ttft_ms = 0, 0.0

    def result(stop: str) -> Result:
        tokens = [tok for tok in out if tok not in eos]
        return Result(tokens, stop, ttft_ms, (time.perf_counter() - start) * 1e3, steps,
                      mask_s * 1e3)

    if constrained and _only_end_left(grammar, matcher, eos):
        return result("end")  # the narrowed grammar allows one call: no model run can change it
    logits, kv = lm.prefill(prompt + out, use_cache)
    ttft_ms = (time.perf_counter() - start) * 1e3

    while True:
        if len(out) >= max_new:
            return result("limit")
        if time.monotonic() > deadline:
            return result("deadline")
        if constrained:
            t = time.perf_counter()
            allowed = grammar.allowed(matcher)
            token = int(np.argmax(np.where(allowed, logits[: len(allowed)], -np.inf)))
            matcher.consume_token(token)
            new = [token] + _forced(matcher)
            done = token in eos or _only_end_left(grammar, matcher, eos)
            mask_s += time.perf_counter() - t
            if matcher.is_error():
                return result("grammar")
        else:
            token = int(np.argmax(logits))
            new, done = [token], token in eos
        out.extend(new)
        if done:
            return result("end")
        logits, kv = lm.forward(new, kv)
        steps += 1


def _forced(matcher: llguidance.LLMatcher | None) -> list[int]:
    forced = matcher.compute_ff_tokens() if matcher is not None else []
    if forced:
        matcher.consume_tokens(forced)
    return forced


def _only_end_left(grammar: Grammar, matcher: llguidance.LLMatcher, eos: set[int]) -> bool:
    """The call is complete: skip the model run that could only produce the end token."""
    if matcher.is_stopped():
        return True
    if not matcher.is_accepting():
        return False
    return all(int(t) in eos for t in np.flatnonzero(grammar.allowed(matcher)))
