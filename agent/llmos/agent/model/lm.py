"""A decoder-only ONNX model (optimum's text-generation-with-past export) with its KV cache.

The cache is plain numpy arrays carried between steps. Two caches make prompts cheap: the pinned
prefix (system text and catalog, computed once) and the last prompt (its longest common prefix
with the next prompt is reused, so an unchanged device state is not recomputed either).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from llmos.agent.model.providers import open_session


@dataclass
class KV:
    """Token ids and the key/value arrays computed for them ([1, kv_heads, len, head_dim] each)."""

    tokens: list[int] = field(default_factory=list)
    arrays: list[np.ndarray] = field(default_factory=list)

    def truncated(self, length: int) -> "KV":
        return KV(self.tokens[:length], [a[:, :, :length, :] for a in self.arrays])


def common_prefix(a: list[int], b: list[int]) -> int:
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


class OnnxLM:
    def __init__(self, model: Path, threads: int, provider: str) -> None:
        self.session, self.provider_report = open_session(model, threads, provider)
        inputs = {i.name: i for i in self.session.get_inputs()}
        self.kv_names = [n for n in inputs if n.startswith("past_key_values.")]
        self.present_names = [o.name for o in self.session.get_outputs()
                              if o.name.startswith("present")]
        self.has_position_ids = "position_ids" in inputs
        self.has_logits_to_keep = "logits_to_keep" in inputs  # the fused graph (fused.py)
        first = inputs[self.kv_names[0]]
        self.kv_heads, self.head_dim = int(first.shape[1]), int(first.shape[3])
        self.kv_dtype = np.float16 if "float16" in first.type else np.float32
        self.pinned = KV()
        self.last = KV()

    def empty(self) -> KV:
        shape = (1, self.kv_heads, 0, self.head_dim)
        return KV([], [np.zeros(shape, self.kv_dtype) for _ in self.kv_names])

    def forward(self, ids: list[int], kv: KV, keep: int | None = None) -> tuple[np.ndarray, KV]:
        """Run `ids` after the cached tokens; returns the logits after each of the last `keep`
        of them (all by default; [keep, vocab]) and the new KV."""
        keep = len(ids) if keep is None else keep
        past = len(kv.tokens)
        total = past + len(ids)
        feeds = {"input_ids": np.asarray([ids], dtype=np.int64),
                 "attention_mask": np.ones((1, total), dtype=np.int64)}
        if self.has_position_ids:
            feeds["position_ids"] = np.arange(past, total, dtype=np.int64)[None, :]
        if self.has_logits_to_keep:
            feeds["logits_to_keep"] = np.asarray([keep], dtype=np.int64)
        for name, array in zip(self.kv_names, kv.arrays, strict=True):
            feeds[name] = np.ascontiguousarray(array)
        outputs = self.session.run(["logits", *self.present_names], feeds)
        return outputs[0][0][-keep:], KV(kv.tokens + list(ids), outputs[1:])

    def pin(self, prefix: list[int]) -> None:
        """Compute the fixed prefix once; every prompt starting with it reuses its cache."""
        _, self.pinned = self.forward(prefix, self.empty(), keep=1)

    def prefill(self, prompt: list[int], use_cache: bool = True) -> tuple[np.ndarray, KV]:
        """Logits after the prompt, reusing the longest cached prefix (never the whole prompt,
        since the last position's logits are needed)."""
        start = self.empty()
        if use_cache:
            for cached in (self.last, self.pinned):
                n = min(common_prefix(cached.tokens, prompt), len(prompt) - 1)
                if n > len(start.tokens):
                    start = cached.truncated(n)
        logits, kv = self.forward(prompt[len(start.tokens):], start, keep=1)
        if use_cache:
            self.last = kv
        return logits[-1], kv
