"""How well a phrase fits a description: the pretrained sentence encoder behind grounding.

all-MiniLM-L6-v2 as shipped by its authors (not fine-tuned: fine-tuning on templates cost it
the general knowledge this is for), int8, mean-pooled and L2-normalised. Descriptions repeat
from one decision to the next (the same units), so their embeddings are kept.

Each text is encoded alone, on one thread (issue 20). The model quantizes its activations
dynamically, per tensor: encoded in a batch, a text's embedding would depend on its
companions and the padding (cosine 0.994 to the text alone, enough to move a close decision),
so batching is out. A text is also too short (5-30 tokens) for a second intra-op thread to pay
for waking it (2.7 vs 3.5 ms per text at p50, results bit-identical). Instead, the texts one
decision needs (the command's phrase and the descriptions not seen yet: every unit, the first
time a device state is seen) run side by side, one per thread: the same results, in about
half the time when a second core is free (on a busy machine, no faster than one at a time).

Better still, a device's descriptions are known before a command arrives: `prepare` encodes
those of a device state when the daemon reads it (controller/ahead.py), so a decision only
encodes its own phrase. The embeddings are the same either way (each text alone, one thread).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from llmos.agent.controller.model.router import Encoder, unit_vector

_SUFFIXES = frozenset({"##s", "##es", "##ed", "##ing", "##er", "##ers", "##d"})
_KEEP = 4096  # embeddings kept; a device has a few hundred entities at most


class Meaning:
    def __init__(self, model: Path, tokenizer: Path, threads: int, provider: str) -> None:
        self.encoder = Encoder(model, tokenizer, 1, provider)
        # texts encoded side by side, each on one thread (onnxruntime releases the GIL)
        self._pool = (ThreadPoolExecutor(max_workers=threads, thread_name_prefix="meaning")
                      if threads > 1 else None)
        self._known: dict[str, np.ndarray] = {}

    def _vector(self, text: str) -> np.ndarray:
        hidden, _ = self.encoder.hidden(text)
        return unit_vector(hidden.mean(axis=0))

    def _vectors(self, texts: list[str]) -> list[np.ndarray]:
        if self._pool is None or len(texts) < 2:
            return [self._vector(t) for t in texts]
        return list(self._pool.map(self._vector, texts))

    def _keep(self, text: str, vector: np.ndarray) -> None:
        if len(self._known) >= _KEEP:
            self._known.clear()
        self._known[text] = vector

    def embed(self, text: str) -> np.ndarray:
        vector = self._known.get(text)
        if vector is None:
            vector = self._vector(text)
            self._keep(text, vector)
        return vector

    def prepare(self, docs: Iterable[str]) -> int:
        """Encode the descriptions not known yet, one at a time on the calling thread (a
        background one: at most one core taken from decisions), and keep them; returns how many
        were encoded. Safe beside a decision: the session runs concurrently already, and a
        description both encode gets the same embedding from each."""
        missing = [d for d in dict.fromkeys(docs) if d not in self._known]
        for doc in missing:
            self._keep(doc, self._vector(doc))
        return len(missing)

    def forget(self) -> None:
        """Drop the embeddings kept (after the warm-up at load, language/warm.py)."""
        self._known.clear()

    def knows(self, word: str) -> bool:
        pieces = self.encoder.tokenizer.encode(word, add_special_tokens=False).tokens
        return len(pieces) == 1 or (len(pieces) == 2 and pieces[1] in _SUFFIXES)

    def __call__(self, phrase: str, docs: Sequence[str]) -> list[float]:
        missing = [d for d in dict.fromkeys(docs) if d not in self._known]
        # the phrase is not kept (commands rarely repeat); it is encoded with the missing docs
        query, *found = self._vectors([phrase, *missing])
        fresh = dict(zip(missing, found, strict=True))
        for doc, vector in fresh.items():
            self._keep(doc, vector)
        return [float((fresh[doc] if doc in fresh else self.embed(doc)) @ query) for doc in docs]
