"""Greedy decoding of one call, constrained or not, with a token limit and a deadline.

With a grammar, the tokens it forces (JSON punctuation, keys, the rest of a name once it is
unambiguous) are appended to the chosen token and fed to the model in the same run, so a call
like restart_service(nginx.service) costs the prefill and two or three short runs. When the
narrowing leaves the grammar a single call, the model is not run at all.

Free text (the reply to an out-of-catalog request) is where decisions take many runs. Decisions
repeat earlier ones' text, so each run also feeds a guessed continuation taken from earlier
outputs (`Drafts`, prompt-lookup decoding) and keeps the part the model would have produced
anyway: every token is still the greedy choice, checked against the logits of its position.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass

import llguidance
import numpy as np

from llmos.agent.controller.model.grammar import Grammar
from llmos.agent.controller.model.lm import OnnxLM, common_prefix


@dataclass
class Result:
    tokens: list[int]
    stop: str  # "end", "limit", "deadline", "grammar"
    ttft_ms: float
    total_ms: float
    steps: int  # model runs after the prefill
    mask_ms: float  # time spent in the grammar (masks and forced tokens)
    drafted: int = 0  # guessed tokens fed to the model
    accepted: int = 0  # of those, tokens the greedy choice confirmed


class Drafts:
    """What followed each pair of tokens the last time an output had it, to guess how the
    current output goes on (most recently seen pairs kept)."""

    def __init__(self, keep: int = 4096, longest: int = 16) -> None:
        self.after: OrderedDict[tuple[int, int], list[int]] = OrderedDict()
        self.keep, self.longest = keep, longest

    def remember(self, tokens: list[int]) -> None:
        for i in range(len(tokens) - 2):
            key = (tokens[i], tokens[i + 1])
            self.after[key] = tokens[i + 2:i + 2 + self.longest]
            self.after.move_to_end(key)
        while len(self.after) > self.keep:
            self.after.popitem(last=False)

    def propose(self, out: list[int]) -> list[int]:
        return list(self.after.get((out[-2], out[-1]), ())) if len(out) >= 2 else []


def generate(lm: OnnxLM, prompt: list[int], eos: set[int], max_new: int, deadline: float,
             grammar: Grammar | None = None, matcher: llguidance.LLMatcher | None = None,
             use_cache: bool = True, drafts: Drafts | None = None) -> Result:
    start = time.perf_counter()
    if grammar is None or matcher is None:  # constrained only with both
        grammar = matcher = None
    t = time.perf_counter()
    out = _forced(matcher) if matcher is not None else []
    mask_s = time.perf_counter() - t
    steps, ttft_ms, drafted, accepted = 0, 0.0, 0, 0

    def result(stop: str) -> Result:
        tokens = [tok for tok in out if tok not in eos]
        return Result(tokens, stop, ttft_ms, (time.perf_counter() - start) * 1e3, steps,
                      mask_s * 1e3, drafted, accepted)

    if grammar is not None and matcher is not None and _only_end_left(grammar, matcher, eos):
        return result("end")  # the narrowed grammar allows one call: no model run can change it
    logits, kv = lm.prefill(prompt + out, use_cache)
    ttft_ms = (time.perf_counter() - start) * 1e3
    draft: list[int] = []
    rows, used = logits[None, :], 0  # rows[i]: logits after draft[:i]

    while True:
        if len(out) >= max_new:
            return result("limit")
        if time.monotonic() > deadline:
            return result("deadline")
        if grammar is not None and matcher is not None:
            t = time.perf_counter()
            allowed = grammar.allowed(matcher)
            token = int(np.argmax(np.where(allowed, rows[used][: len(allowed)], -np.inf)))
            matcher.consume_token(token)
            new = [token] + _forced(matcher)
            done = token in eos or _only_end_left(grammar, matcher, eos)
            mask_s += time.perf_counter() - t
            if matcher.is_error():
                return result("grammar")
        else:
            token = int(np.argmax(rows[used]))
            new, done = [token], token in eos
        out.extend(new)
        if done:
            return result("end")
        same = common_prefix(new, draft[used:])
        accepted += same
        if same == len(new):  # the draft held these tokens: their logits are already computed
            used += same
            continue
        kv = kv.truncated(len(kv.tokens) - len(draft) + used + same)  # drop the rest of the draft
        feed = new[same:]
        draft = drafts.propose(out)[: max(0, max_new - len(out))] if drafts else []
        rows, kv = lm.forward(feed + draft, kv, keep=len(draft) + 1)
        used = 0
        drafted += len(draft)
        steps += 1


def _forced(matcher: llguidance.LLMatcher) -> list[int]:
    forced: list[int] = matcher.compute_ff_tokens()
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
