"""Train the intent router: fine-tune the pretrained encoder jointly with its linear heads.

Heads are "tool" (every request) and "<tool>.<arg>" for each enum or boolean argument (the
requests whose answer is that tool), on the sentence; and NAMES on each word of a command,
taught by the words that spell the answer's unit, device, interface, LED or port. The runtime
reads exactly what is trained here: the L2-normalised mean of the encoder's last hidden states,
times one linear layer per head. A short fine-tune at a small learning rate keeps what the
pretrained encoder knows of English (synonyms, typos it splits into familiar pieces) and teaches
it what separates the catalog's intents; the validation split, whose templates training never
sees, picks the epoch count.
"""

from __future__ import annotations

import json
import logging
import random
import shutil
import time
from pathlib import Path
from typing import Any, NamedTuple, cast

import numpy as np
import torch
from tokenizers import Tokenizer

from llmos.agent.catalog import Catalog
from llmos.agent.controller.cases import request_of
from llmos.agent.controller.model.entities import KIND_TOOLS, spans
from llmos.agent.controller.model.router import MAX_TOKENS, NAMES, routed_text, token_starts

TOP_P = 0.9  # a head keeps the choices that make up this much of its probability
SCALE = 10.0  # embeddings are unit vectors: scaled so logits can reach confident values
EPOCHS = 3  # validation tool accuracy 94.6 / 95.6 / 96.0% after epochs 1-3 (round 12)
ROWS = 24000  # examples drawn from the train split: about 5 minutes an epoch on 2 cores
BATCH = 32
ENCODER_LR = 4e-5
HEAD_LR = 3e-3
IGNORE = -100
NAME_LABELS = (None, *KIND_TOOLS)  # what a word names: nothing, or one argument kind
log = logging.getLogger(__name__)


def head_labels(catalog: Catalog) -> dict[str, tuple[Any, ...]]:
    """Every choice the router can make: the tool, then each enum or boolean argument."""
    heads: dict[str, tuple[Any, ...]] = {"tool": tuple(sorted(catalog.tools))}
    for name in sorted(catalog.tools):
        for arg, prop in catalog.tools[name].parameters["properties"].items():
            if "enum" in prop:
                heads[f"{name}.{arg}"] = tuple(prop["enum"])
            elif prop.get("type") == "boolean":
                heads[f"{name}.{arg}"] = (False, True)
    return heads


def targets(example: dict[str, Any], labels: dict[str, tuple[Any, ...]],
            defaults: dict[str, Any]) -> dict[str, int]:
    """Label index per head this example teaches (an omitted argument teaches its default)."""
    tool, args = example["expect"]["tool"], example["expect"]["args"]
    out = {"tool": labels["tool"].index(tool)}
    for key, values in labels.items():
        head_tool, _, arg = key.partition(".")
        if head_tool == tool and arg:
            value = args.get(arg, defaults.get(key))
            if value in values:
                out[key] = values.index(value)
    return out


def name_forms(value: str) -> set[str]:
    """How a command may spell a name: in full or short ("nginx", "sdb1", "act", "ttyusb0")."""
    value = value.lower()
    return {value, value.removesuffix(".service"), value.removeprefix("/dev/"),
            value.rsplit(":", 1)[-1]}


def word_targets(example: dict[str, Any]) -> list[tuple[int, int, int]]:
    """(start, end, NAME_LABELS index) for each word of the command."""
    tool, args = example["expect"]["tool"], example["expect"]["args"]
    forms = {kind: name_forms(str(args[kind])) for kind, tools in KIND_TOOLS.items()
             if tool in tools and kind in args}
    out = []
    for word, start, end in spans(example.get("command")):
        kind = next((k for k, f in forms.items() if word.lower() in f), None)
        out.append((start, end, NAME_LABELS.index(kind)))
    return out


class Row(NamedTuple):
    text: str
    heads: list[int]  # target per sentence head, IGNORE where the example teaches none
    words: list[tuple[int, int, int]]  # (start, end, NAME_LABELS index) per command word


class RouterNet(torch.nn.Module):
    """Encoder, mean pooling, L2 norm, one linear layer per head: the runtime's computation.
    The names head reads each word's L2-normalised mean of token states the same way."""

    def __init__(self, encoder: torch.nn.Module, sizes: dict[str, int]) -> None:
        super().__init__()
        self.encoder = encoder
        dim = int(cast(Any, encoder).config.hidden_size)
        self.heads = torch.nn.ModuleList(torch.nn.Linear(dim, n) for n in sizes.values())
        self.names = torch.nn.Linear(dim, len(NAME_LABELS))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor, pool: torch.Tensor
                ) -> tuple[list[torch.Tensor], torch.Tensor]:
        """pool: [batch, words, tokens] averaging weights of each word's tokens."""
        hidden = self.encoder(input_ids=ids, attention_mask=mask,
                              token_type_ids=torch.zeros_like(ids)).last_hidden_state
        m = mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * m).sum(1) / m.sum(1)
        embedding = torch.nn.functional.normalize(mean, dim=-1) * SCALE
        words = torch.nn.functional.normalize(pool @ hidden, dim=-1) * SCALE
        return [head(embedding) for head in self.heads], self.names(words)


def _rows(examples: list[dict[str, Any]], labels: dict[str, tuple[Any, ...]],
          defaults: dict[str, Any]) -> list[Row]:
    keys = list(labels)
    rows = []
    for e in examples:
        text = routed_text(request_of(e))
        if text:
            t = targets(e, labels, defaults)
            rows.append(Row(text, [t.get(k, IGNORE) for k in keys],
                            word_targets(e) if e.get("command") else []))
    return rows


def _batch(tokenizer: Tokenizer, rows: list[Row]) -> tuple[torch.Tensor, ...]:
    """ids, mask, word pooling weights, sentence targets, word targets."""
    encodings = tokenizer.encode_batch([row.text for row in rows])
    n_words = max(1, *(len(row.words) for row in rows))
    pool = np.zeros((len(rows), n_words, len(encodings[0].ids)), dtype=np.float32)
    word_y = np.full((len(rows), n_words), IGNORE)
    for b, (row, enc) in enumerate(zip(rows, encodings, strict=True)):
        starts = token_starts(enc)
        for w, (start, end, label) in enumerate(row.words):
            inside = (starts >= start) & (starts < end)
            if inside.any():
                pool[b, w, inside] = 1.0 / inside.sum()
                word_y[b, w] = label
    return (torch.tensor([e.ids for e in encodings]),
            torch.tensor([e.attention_mask for e in encodings]), torch.from_numpy(pool),
            torch.tensor([row.heads for row in rows]), torch.from_numpy(word_y))


def _batches(rows: list[Row], rng: random.Random, pool: int = 50) -> list[list[Row]]:
    """Shuffled batches of rows of similar length: a batch is padded to its longest text, and
    commands are much shorter than events, so mixing them wastes most of the compute."""
    rows = rows[:]
    rng.shuffle(rows)
    batches = []
    for i in range(0, len(rows), BATCH * pool):
        chunk = sorted(rows[i:i + BATCH * pool], key=lambda row: len(row.text))
        batches += [chunk[j:j + BATCH] for j in range(0, len(chunk) - BATCH + 1, BATCH)]
    rng.shuffle(batches)
    return batches


def tool_accuracy(net: RouterNet, tokenizer: Tokenizer, rows: list[Row]) -> float:
    net.eval()
    hits = 0
    with torch.no_grad():
        for i in range(0, len(rows), 128):
            ids, mask, pool, y, _ = _batch(tokenizer, rows[i:i + 128])
            hits += int((net(ids, mask, pool)[0][0].argmax(-1) == y[:, 0]).sum())
    net.train()
    return hits / max(len(rows), 1)


def train_router(encoder_dir: Path, train: list[dict[str, Any]], val: list[dict[str, Any]],
                 catalog: Catalog, out: Path, seed: int, epochs: int = EPOCHS) -> Path:
    """Fine-tune the encoder in `encoder_dir` with every head; the tuned encoder is saved to
    `out`/encoder-hf (with its tokenizer) and the heads to `out`/heads.npz."""
    from transformers import BertModel

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    labels = head_labels(catalog)
    defaults = {f"{name}.{arg}": prop["default"] for name, tool in catalog.tools.items()
                for arg, prop in tool.parameters["properties"].items() if "default" in prop}
    tokenizer = Tokenizer.from_file(str(encoder_dir / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding()
    rng = random.Random(seed)
    train_rows = _rows(train, labels, defaults)
    train_rows = rng.sample(train_rows, min(ROWS, len(train_rows)))
    val_rows = _rows(val, labels, defaults)
    net = RouterNet(BertModel.from_pretrained(encoder_dir, add_pooling_layer=False),
                    {k: len(v) for k, v in labels.items()})
    # The embedding table stays as pretrained: it is what knows the words training never shows
    net.encoder.embeddings.requires_grad_(False)
    tuned = [p for p in net.encoder.parameters() if p.requires_grad]
    opt = torch.optim.AdamW([{"params": tuned, "lr": ENCODER_LR},
                             {"params": [*net.heads.parameters(), *net.names.parameters()],
                              "lr": HEAD_LR}],
                            weight_decay=0.01)
    steps = epochs * (len(train_rows) // BATCH)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 50)
                                              * max(0.0, 1 - s / steps))
    history, start = [], time.monotonic()
    for epoch in range(epochs):
        for batch in _batches(train_rows, rng):
            ids, mask, pool, y, word_y = _batch(tokenizer, batch)
            logits, word_logits = net(ids, mask, pool)
            loss = sum(torch.nn.functional.cross_entropy(z, y[:, h], ignore_index=IGNORE)
                       for h, z in enumerate(logits) if (y[:, h] != IGNORE).any())
            assert isinstance(loss, torch.Tensor), "every batch has a tool label"
            if (word_y != IGNORE).any():
                loss = loss + torch.nn.functional.cross_entropy(
                    word_logits.flatten(0, 1), word_y.flatten(), ignore_index=IGNORE)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        history.append({"epoch": epoch + 1, "loss": float(loss),
                        "val_tool_accuracy": tool_accuracy(net, tokenizer, val_rows),
                        "elapsed_s": round(time.monotonic() - start, 1)})
        log.info("router epoch %s", history[-1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "train_log.json").write_text(json.dumps(history, indent=2) + "\n")
    cast(Any, net.encoder).save_pretrained(out / "encoder-hf", safe_serialization=True)
    shutil.copyfile(encoder_dir / "tokenizer.json", out / "encoder-hf" / "tokenizer.json")
    arrays = _head_arrays(NAMES, net.names, NAME_LABELS)
    for h, ((key, values), head) in enumerate(zip(labels.items(), net.heads, strict=True)):
        if len({row.heads[h] for row in train_rows} - {IGNORE}) >= 2:  # else it taught nothing
            arrays |= _head_arrays(key, cast(torch.nn.Linear, head), values)
    np.savez(out / "heads.npz", **arrays)  # type: ignore[arg-type]  # names are head keys
    return out


def _head_arrays(key: str, head: torch.nn.Linear, labels: tuple[Any, ...]
                 ) -> dict[str, np.ndarray]:
    """A head as the runtime's Head reads it, with SCALE folded into the weight."""
    return {f"{key}.weight": (head.weight.detach().numpy().T * SCALE).astype(np.float32),
            f"{key}.bias": head.bias.detach().numpy().astype(np.float32),
            f"{key}.labels": np.asarray(json.dumps(list(labels)))}
