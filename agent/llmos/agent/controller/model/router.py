"""The intent router: a pretrained sentence encoder and linear heads that narrow the grammar.

The decoder is small and trained from scratch, so it only knows the words of its templates. The
router embeds the command with a pretrained encoder (all-MiniLM-L6-v2, shipped in the bundle)
and scores, with one linear head each, the tool and every enum or boolean argument. Choices
whose probability falls outside the head's top-p mass are removed from the grammar; the decoder
still picks among what is left and fills every name and number. A request without a command
is routed by its latest event, read as `event_text` renders it.

A command's words are also tagged: the "names" head reads each word (its tokens' hidden states,
averaged) and says which argument, if any, the word names. That finds a unit or interface the
device has never listed ("restart zwave-js-ui"), which the decoder alone would miss.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from tokenizers import Tokenizer

from llmos.agent.controller.model.entities import spans
from llmos.agent.controller.model.prompt import free_text
from llmos.agent.controller.model.providers import open_session
from llmos.agent.domain import DecisionRequest, HardwareEvent

MAX_TOKENS = 64  # commands are short; longer text is cut rather than slowing a decision
NAMES = "names"  # the word-tagging head: labels are None or an argument (unit, device, ...)
_CODE = re.compile(r"[\w.:+-]{1,16}")
# udev's bookkeeping, on every event of every device: it says nothing about what to do
_BOOKKEEPING = {"ACTION", "SUBSYSTEM", "DEVPATH", "DEVNAME", "SEQNUM", "USEC_INITIALIZED",
                "MAJOR", "MINOR", "TAGS", "CURRENT_TAGS", "DEVLINKS", "DRIVER", "IFINDEX"}


@dataclass(frozen=True)
class Head:
    """One linear classifier over the sentence embedding: labels are JSON values."""

    labels: tuple[Any, ...]
    weight: np.ndarray  # [dim, len(labels)]
    bias: np.ndarray  # [len(labels)]

    def probabilities(self, embedding: np.ndarray) -> np.ndarray:
        z: np.ndarray = embedding @ self.weight + self.bias
        z = np.exp(z - z.max())
        probs: np.ndarray = z / z.sum()
        return probs


def top_p(labels: tuple[Any, ...], probs: np.ndarray, p: float) -> list[Any]:
    """The most likely labels whose probabilities first add up to `p` (at least one)."""
    order = np.argsort(-probs)
    keep = int(np.searchsorted(np.cumsum(probs[order]), p)) + 1
    return [labels[i] for i in order[:keep]]


def event_text(event: HardwareEvent) -> str:
    """An event as the router reads it: subsystem, action, the device node's kind (digits
    dropped) and its properties but udev's bookkeeping, sorted, with values only where they
    are short codes."""
    node = re.sub(r"\d+", "", event.devnode or "")
    props = [key if free_text(key) or not _CODE.fullmatch(value) else f"{key}={value}"
             for key, value in sorted(event.properties.items()) if key not in _BOOKKEEPING]
    return " ".join([event.subsystem, event.action, node, *props]).lower()


def routed_text(request: DecisionRequest) -> str | None:
    """What the router reads of a request: the command, else its latest event, else nothing."""
    if request.command:
        return request.command
    return event_text(request.events[-1]) if request.events else None


def unit_vector(x: np.ndarray) -> np.ndarray:
    return x / max(float(np.linalg.norm(x)), 1e-9)


class Encoder:
    """Text -> hidden states per token; the sentence embedding is their L2-normalised mean
    (the sentence-transformers recipe)."""

    def __init__(self, model: Path, tokenizer: Path, threads: int, provider: str) -> None:
        self.session, _ = open_session(model, threads, provider, spin=False)
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.no_padding()  # exported tokenizers may pad to a fixed length
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.inputs = {i.name for i in self.session.get_inputs()}

    def hidden(self, text: str) -> tuple[np.ndarray, Any]:
        """([tokens, dim] last hidden states, the tokenizer's Encoding with offsets)."""
        enc = self.tokenizer.encode(text)
        ids = np.asarray([enc.ids], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self.inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        return self.session.run(None, feeds)[0][0], enc


def token_starts(enc: Any) -> np.ndarray:
    """Each token's first character in the text; -1 for [CLS], [SEP] and padding. A word's
    tokens are those that start inside it."""
    return np.asarray([start if not special else -1 for (start, _), special
                       in zip(enc.offsets, enc.special_tokens_mask, strict=True)])


def word_vectors(text: str, hidden: np.ndarray, enc: Any) -> list[tuple[str, np.ndarray]]:
    """(word, L2-normalised mean of its tokens' hidden states) for each word of `text`."""
    starts = token_starts(enc)
    out = []
    for word, start, end in spans(text):
        inside = (starts >= start) & (starts < end)
        if inside.any():
            out.append((word, unit_vector(hidden[inside].mean(axis=0))))
    return out


@dataclass(frozen=True)
class Route:
    choices: dict[str, list[Any]]  # head -> its top-p labels
    names: dict[str, list[str]]  # argument -> the words tagged as naming it


class Router:
    """Heads are keyed "tool", "<tool>.<arg>" and NAMES; `route` applies them all."""

    def __init__(self, encoder: Encoder, heads: dict[str, Head], p: float) -> None:
        self.encoder, self.p = encoder, p
        self.tagger = heads.get(NAMES)
        self.heads = {k: h for k, h in heads.items() if k != NAMES}

    def ranking(self, text: str) -> dict[str, list[Any]]:
        """Every head's labels, most likely first."""
        hidden, _ = self.encoder.hidden(text)
        embedding = unit_vector(hidden.mean(axis=0))
        return {key: [head.labels[i] for i in np.argsort(-head.probabilities(embedding))]
                for key, head in self.heads.items()}

    def route(self, text: str, tag: bool = True) -> Route:
        """Top-p choices of every head; with `tag`, the words the tagger gives an argument."""
        hidden, enc = self.encoder.hidden(text)
        embedding = unit_vector(hidden.mean(axis=0))
        choices = {key: top_p(head.labels, head.probabilities(embedding), self.p)
                   for key, head in self.heads.items()}
        names: dict[str, list[str]] = {}
        if tag and self.tagger:
            for word, vector in word_vectors(text, hidden, enc):
                label = self.tagger.labels[int(np.argmax(self.tagger.probabilities(vector)))]
                if label:
                    names.setdefault(label, []).append(word)
        return Route(choices, names)


def load_heads(path: Path) -> dict[str, Head]:
    """Heads from the bundle's .npz: `<key>.weight`, `<key>.bias` and `<key>.labels` (JSON)."""
    with np.load(path, allow_pickle=False) as data:
        keys = sorted({name.rsplit(".", 1)[0] for name in data.files})
        return {k: Head(tuple(json.loads(str(data[f"{k}.labels"]))), data[f"{k}.weight"],
                        data[f"{k}.bias"]) for k in keys}
