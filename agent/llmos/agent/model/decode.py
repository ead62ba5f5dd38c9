"""Greedy decoding of one call, constrained or not, with a token limit and a deadline."""

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
    steps: int  # model runs after the prompt
    mask_ms: float  # time spent computing and applying grammar masks


def generate(lm: OnnxLM, prompt: list[int], eos: set[int], max_new: int, deadline: float,
             grammar: Grammar | None = None, matcher: llguidance.LLMatcher | None = None,
             use_cache: bool = True) -> Result:
    """Decode greedily after `prompt`; with a matcher, forced tokens are fed in one model run."""
    start = time.perf_counter()
    logits, kv = lm.prefill(prompt, use_cache)
    ttft = time.perf_counter() - start
    out: list[int] = []
    steps, mask_s = 0, 0.0
    while True:
        if len(out) >= max_new:
            return Result(out, "limit", ttft * 1e3, (time.perf_counter() - start) * 1e3, steps,
                          mask_s * 1e3)
        if time.monotonic() > deadline:
            return Result(out, "deadline", ttft * 1e3, (time.perf_counter() - start) * 1e3, steps,
                          mask_s * 1e3)
        if matcher is not None and grammar is not None:
            t = time.perf_counter()
            forced = matcher.compute_ff_tokens()
            if forced:
                matcher.consume_tokens(forced)
                new = forced
            else:
                allowed = grammar.allowed(matcher)
                masked = np.where(allowed, logits[: len(allowed)], -np.inf)
                new = [int(np.argmax(masked))]
                matcher.consume_token(new[0])
            mask_s += time.perf_counter() - t
            if matcher.is_error():
                return Result(out, "grammar", ttft * 1e3, (time.perf_counter() - start) * 1e3,
                              steps, mask_s * 1e3)
        else:
            new = [int(np.argmax(logits))]
        done = new[-1] in eos or (matcher is not None and _only_end_left(grammar, matcher, eos))
        out.extend(t for t in new if t not in eos)
        if done:
            return Result(out, "end", ttft * 1e3, (time.perf_counter() - start) * 1e3, steps,
                          mask_s * 1e3)
        logits, kv = lm.forward(new, kv)
        steps += 1


def _only_end_left(grammar: Grammar | None, matcher: llguidance.LLMatcher, eos: set[int]) -> bool:
    """The call is complete: skip the model run that could only produce the end token."""
    if matcher.is_stopped():
        return True
    if grammar is None or not matcher.is_accepting():
        return False
    allowed = np.flatnonzero(grammar.allowed(matcher))
    return all(int(t) in eos for t in allowed)
