"""How well a phrase fits a description: the pretrained sentence encoder behind grounding.

all-MiniLM-L6-v2 as shipped by its authors (not fine-tuned: fine-tuning on templates cost it
the general knowledge this is for), int8, mean-pooled and L2-normalised. Descriptions repeat
from one decision to the next (the same units), so their embeddings are kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from llmos.agent.controller.model.router import Encoder, unit_vector

_SUFFIXES = frozenset({"##s", "##es", "##ed", "##ing", "##er", "##ers", "##d"})
_KEEP = 4096  # embeddings kept; a device has a few hundred entities at most


class Meaning:
    def __init__(self, model: Path, tokenizer: Path, threads: int, provider: str) -> None:
        self.encoder = Encoder(model, tokenizer, threads, provider)
        self._known: dict[str, np.ndarray] = {}

    def embed(self, text: str) -> np.ndarray:
        vector = self._known.get(text)
        if vector is None:
            hidden, _ = self.encoder.hidden(text)
            vector = unit_vector(hidden.mean(axis=0))
            if len(self._known) >= _KEEP:
                self._known.clear()
            self._known[text] = vector
        return vector

    def knows(self, word: str) -> bool:
        pieces = self.encoder.tokenizer.encode(word, add_special_tokens=False).tokens
        return len(pieces) == 1 or (len(pieces) == 2 and pieces[1] in _SUFFIXES)

    def __call__(self, phrase: str, docs: Sequence[str]) -> list[float]:
        hidden, _ = self.encoder.hidden(phrase)  # commands rarely repeat: not kept
        query = unit_vector(hidden.mean(axis=0))
        return [float(self.embed(doc) @ query) for doc in docs]
