"""Accuracy vs. latency of the quantized variants, for the model card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no display on build machines
import matplotlib.pyplot as plt


def accuracy_latency(evaluation: dict[str, Any], out: Path) -> Path:
    fig, ax = plt.subplots(figsize=(6, 4), dpi=120)
    for split, marker in (("test", "o"), ("handwritten", "s")):
        for variant, entry in evaluation["variants"].items():
            report = entry[split]
            x, y = report["latency_ms"]["p50"], 100 * report["exact_match"]
            ax.scatter(x, y, marker=marker, s=60, label=f"{variant} · {split}")
            ax.annotate(variant, (x, y), textcoords="offset points", xytext=(6, 4), fontsize=8)
    ax.set_xlabel("decision latency p50 (ms, 2 threads, constrained)")
    ax.set_ylabel("exact match (%)")
    ax.set_title("llmos controller: accuracy vs. latency")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    plt.close(fig)
    return out
