"""Train the intent router's heads: one logistic regression per choice, on frozen embeddings.

The encoder stays frozen: fine-tuning it on template sentences would teach it the templates and
lose what makes it generalise. Heads are "tool" (every command) and "<tool>.<arg>" for each enum
or boolean argument (the commands whose answer is that tool).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import torch
from llmos.agent.catalog import Catalog
from llmos.agent.model.router import Encoder

TOP_P = 0.9  # a head keeps the choices that make up this much of its probability
SCALE = 10.0  # embeddings are unit vectors: scaled so logits can reach confident values
STEPS = 400
WEIGHT_DECAY = 1e-4


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


def fit(x: np.ndarray, y: np.ndarray, n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression; returns (weight [dim, n], bias [n]) with SCALE folded in."""
    torch.manual_seed(seed)
    xt, yt = torch.tensor(x * SCALE), torch.tensor(y)
    layer = torch.nn.Linear(x.shape[1], n)
    opt = torch.optim.Adam(layer.parameters(), lr=1e-2, weight_decay=WEIGHT_DECAY)
    for _ in range(STEPS):
        loss = torch.nn.functional.cross_entropy(layer(xt), yt)
        opt.zero_grad()
        loss.backward()
        opt.step()
    weight = layer.weight.detach().numpy().T * SCALE
    return weight.astype(np.float32), layer.bias.detach().numpy().astype(np.float32)


def train_heads(encoder: Encoder, examples: list[dict[str, Any]], catalog: Catalog,
                out: Path, seed: int) -> Path:
    """Fit every head on the commands of `examples` and save them as an .npz for the bundle."""
    labels = head_labels(catalog)
    defaults = {f"{name}.{arg}": prop["default"] for name, tool in catalog.tools.items()
                for arg, prop in tool.parameters["properties"].items() if "default" in prop}
    commands = [e for e in examples if e.get("command")]
    cache: dict[str, np.ndarray] = {}
    for e in commands:
        if e["command"] not in cache:
            cache[e["command"]] = encoder.embed(e["command"])
    arrays: dict[str, np.ndarray] = {}
    for key, values in labels.items():
        rows = [(cache[e["command"]], t[key]) for e in commands
                if key in (t := targets(e, labels, defaults))]
        if len({y for _, y in rows}) < 2:
            continue  # a choice the data never varies teaches nothing
        weight, bias = fit(np.stack([x for x, _ in rows]), np.asarray([y for _, y in rows]),
                           len(values), seed)
        arrays |= {f"{key}.weight": weight, f"{key}.bias": bias,
                   f"{key}.labels": np.asarray(json.dumps(list(values)))}
    np.savez(out, **arrays)
    return out
