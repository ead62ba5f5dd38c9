"""A decoder-only ONNX model (fused.py's graph or optimum's text-generation-with-past export)
with its KV cache.

The cache is numpy arrays carried between steps. With optimum's graph every step returns new
arrays (past + the new positions). The fused graph's attention appends in place when past and
present are bound to one buffer, so there a cache is a buffer with spare room, and only its
first len(tokens) positions hold values; dropping tokens costs nothing.

Two caches make prompts cheap: the pinned prefix (system text and catalog, computed once) and
the last prompt (its longest common prefix with the next prompt is reused, so an unchanged
device state is not recomputed either).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import onnxruntime as ort

from llmos.agent.controller.model.bundle import BundleError
from llmos.agent.controller.model.providers import open_session

SHARED_KV = "llmos.kv_cache_shared_buffer"  # the graph's metadata (models/llmos_models/fused.py)
# Older onnxruntime runs the fused graph's attention but computes continuations wrongly
# (measured: 1.18.1 and 1.19.2 off by ~2 in the logits, 1.20.1 exact).
FUSED_MIN_ONNXRUNTIME = (1, 20)
MIN_ROOM = 256  # positions a new shared buffer holds; it doubles when a prompt needs more


@dataclass
class KV:
    """Token ids and the key/value arrays computed for them ([1, kv_heads, n, head_dim] each:
    n = len(tokens), or the buffer's room when `shared`)."""

    tokens: list[int] = field(default_factory=list)
    arrays: list[np.ndarray] = field(default_factory=list)
    shared: bool = False

    def truncated(self, length: int) -> KV:
        if self.shared:
            return KV(self.tokens[:length], self.arrays, True)
        return KV(self.tokens[:length], [a[:, :, :length, :] for a in self.arrays])

    def values(self) -> list[np.ndarray]:
        """The arrays without a shared buffer's spare room."""
        return [a[:, :, :len(self.tokens)] for a in self.arrays]

    def copy(self, room: int) -> KV:
        """The same values in a new buffer with `room` positions (shared caches only)."""
        n = len(self.tokens)
        arrays = []
        for a in self.arrays:
            b = np.zeros((*a.shape[:2], room, a.shape[3]), a.dtype)
            b[:, :, :n] = a[:, :, :n]
            arrays.append(b)
        return KV(list(self.tokens), arrays, True)


def common_prefix(a: list[int], b: list[int]) -> int:
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


class OnnxLM:
    def __init__(self, model: Path, threads: int, provider: str, spin: bool = True) -> None:
        # spin=True: the session's threads spin between a run's operators and stop when it
        # returns. With the cores to itself that decodes 1.16x as fast as threads that sleep
        # between operators (paired, Intel Xeon); on a CPU overloaded by other work it costs
        # CPU per token for no speed (docs/model.md, engine comparison, issue 20).
        self.session, self.provider_report = open_session(model, threads, provider, spin)
        inputs = {i.name: i for i in self.session.get_inputs()}
        self.kv_names = [n for n in inputs if n.startswith("past_key_values.")]
        self.present_names = [o.name for o in self.session.get_outputs()
                              if o.name.startswith("present")]
        self.has_position_ids = "position_ids" in inputs
        self.has_logits_to_keep = "logits_to_keep" in inputs  # the fused graph (fused.py)
        meta = self.session.get_modelmeta().custom_metadata_map
        found = tuple(int(x) for x in ort.__version__.split(".")[:2])
        if SHARED_KV in meta and found < FUSED_MIN_ONNXRUNTIME:
            raise BundleError(f"{model.name} needs onnxruntime >= "
                              f"{'.'.join(map(str, FUSED_MIN_ONNXRUNTIME))}, found {ort.__version__}")
        self.shared_kv = meta.get(SHARED_KV) == "1" and self.provider_report["provider"] == (
            "CPUExecutionProvider")  # buffers bound here live in CPU memory
        first = inputs[self.kv_names[0]]
        self.kv_heads, self.head_dim = int(first.shape[1]), int(first.shape[3])
        self.kv_dtype = np.float16 if "float16" in first.type else np.float32
        self.pinned = KV()
        self.last = KV()
        self._binding: ort.IOBinding | None = None
        self._bound: list[np.ndarray] | None = None  # the buffers _binding holds

    def empty(self) -> KV:
        shape = (1, self.kv_heads, MIN_ROOM if self.shared_kv else 0, self.head_dim)
        return KV([], [np.zeros(shape, self.kv_dtype) for _ in self.kv_names], self.shared_kv)

    def forward(self, ids: list[int], kv: KV, keep: int | None = None) -> tuple[np.ndarray, KV]:
        """Run `ids` after the cached tokens; returns the logits after each of the last `keep`
        of them (all by default; [keep, vocab]) and the new KV. A shared `kv` is written
        after its tokens, in place: `last` loses what that overwrites; `pinned` never does."""
        keep = len(ids) if keep is None else keep
        past = len(kv.tokens)
        total = past + len(ids)
        feeds = {"input_ids": np.asarray([ids], dtype=np.int64),
                 "attention_mask": np.ones((1, total), dtype=np.int64)}
        if self.has_position_ids:
            feeds["position_ids"] = np.arange(past, total, dtype=np.int64)[None, :]
        if self.has_logits_to_keep:
            feeds["logits_to_keep"] = np.asarray([keep], dtype=np.int64)
        if kv.shared:
            room = kv.arrays[0].shape[2]
            if room < total or (kv.arrays is self.pinned.arrays and past < len(self.pinned.tokens)):
                kv = kv.copy(max(total, 2 * room) if room < total else room)  # the pin stays whole
            if kv.arrays is self.last.arrays and past < len(self.last.tokens):
                self.last = self.last.truncated(past)  # what is written next is no longer it
            return self._run_in_place(feeds, kv.arrays)[0][-keep:], KV(
                kv.tokens + list(ids), kv.arrays, True)
        for name, array in zip(self.kv_names, kv.arrays, strict=True):
            feeds[name] = np.ascontiguousarray(array)
        outputs = self.session.run(["logits", *self.present_names], feeds)
        return outputs[0][0][-keep:], KV(kv.tokens + list(ids), outputs[1:])

    def _run_in_place(self, feeds: dict[str, np.ndarray], arrays: list[np.ndarray]) -> np.ndarray:
        """One run with `arrays` bound as both past and present. The binding is kept while the
        buffers stay the same (every decode step of a decision): rebinding 2 per layer costs
        more than the small inputs."""
        binding = self._binding
        if binding is None or self._bound is not arrays:
            binding = self._binding = self.session.io_binding()
            for past, present, array in zip(self.kv_names, self.present_names, arrays,
                                            strict=True):
                buffer = ort.OrtValue.ortvalue_from_numpy(array)  # shares the array's memory
                binding.bind_ortvalue_input(past, buffer)
                binding.bind_ortvalue_output(present, buffer)
            self._bound = arrays
        for name, value in feeds.items():
            binding.bind_cpu_input(name, value)
        binding.bind_output("logits")  # unallocated: its row count changes between runs
        self.session.run_with_iobinding(binding)
        logits: np.ndarray = binding.get_outputs()[-1].numpy()
        return logits

    def pin(self, prefix: list[int]) -> None:
        """Compute the fixed prefix once; every prompt starting with it reuses its cache."""
        _, self.pinned = self.forward(prefix, self.empty(), keep=1)

    def prefill(self, prompt: list[int], use_cache: bool = True) -> tuple[np.ndarray, KV]:
        """Logits after the prompt, reusing the longest cached prefix (never the whole prompt,
        since the last position's logits are needed)."""
        start, reused = KV(), 0
        if use_cache:
            for cached in (self.last, self.pinned):
                n = min(common_prefix(cached.tokens, prompt), len(prompt) - 1)
                if n > reused:
                    start, reused = cached.truncated(n), n
        if not reused:
            start = self.empty()
        logits, kv = self.forward(prompt[reused:], start, keep=1)
        if use_cache:
            self.last = kv
        return logits[-1], kv
