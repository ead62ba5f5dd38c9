"""The intent router: a pretrained sentence encoder and linear heads that narrow the grammar.

The decoder is small and trained from scratch, so it only knows the words of its templates. The
router embeds the command with a pretrained encoder (all-MiniLM-L6-v2, shipped in the bundle)
and scores, with one linear head each, the tool and every enum or boolean argument. Choices
whose probability falls outside the head's top-p mass are removed from the grammar; the decoder
still picks among what is left and fills every name and number. Only commands are routed:
events are structured and the decoder reads them well.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from tokenizers import Tokenizer

from llmos.agent.model.providers import open_session

MAX_TOKENS = 64  # commands are short; longer text is cut rather than slowing a decision


@dataclass(frozen=True)
class Head:
    """One linear classifier over the sentence embedding: labels are JSON values."""

    labels: tuple[Any, ...]
    weight: np.ndarray  # [dim, len(labels)]
    bias: np.ndarray  # [len(labels)]

    def probabilities(self, embedding: np.ndarray) -> np.ndarray:
        z = embedding @ self.weight + self.bias
        z = np.exp(z - z.max())
        return z / z.sum()


def top_p(labels: tuple[Any, ...], probs: np.ndarray, p: float) -> list[Any]:
    """The most likely labels whose probabilities first add up to `p` (at least one)."""
    order = np.argsort(-probs)
    keep = int(np.searchsorted(np.cumsum(probs[order]), p)) + 1
    return [labels[i] for i in order[:keep]]


class Encoder:
    """Text -> L2-normalised mean-pooled embedding (the sentence-transformers recipe)."""

    def __init__(self, model: Path, tokenizer: Path, threads: int, provider: str) -> None:
        self.session, _ = open_session(model, threads, provider, spin=False)
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.no_padding()  # exported tokenizers may pad to a fixed length
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.inputs = {i.name for i in self.session.get_inputs()}

    def embed(self, text: str) -> np.ndarray:
        enc = self.tokenizer.encode(text)
        ids = np.asarray([enc.ids], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self.inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0][0]
        mean = hidden.mean(axis=0)
        return mean / max(float(np.linalg.norm(mean)), 1e-9)


class Router:
    """Heads are keyed "tool" and "<tool>.<arg>"; `choices` gives each head's top-p labels."""

    def __init__(self, encoder: Encoder, heads: dict[str, Head], p: float) -> None:
        self.encoder, self.heads, self.p = encoder, heads, p

    def choices(self, command: str) -> dict[str, list[Any]]:
        embedding = self.encoder.embed(command)
        return {key: top_p(head.labels, head.probabilities(embedding), self.p)
                for key, head in self.heads.items()}


def load_heads(path: Path) -> dict[str, Head]:
    """Heads from the bundle's .npz: `<key>.weight`, `<key>.bias` and `<key>.labels` (JSON)."""
    with np.load(path, allow_pickle=False) as data:
        keys = sorted({name.rsplit(".", 1)[0] for name in data.files})
        return {k: Head(tuple(json.loads(str(data[f"{k}.labels"]))), data[f"{k}.weight"],
                        data[f"{k}.bias"]) for k in keys}
