"""Exact-match evaluation of a controller on decide-format examples (no torch needed).

Exact match: same tool and the same arguments once catalog defaults are filled in. For `say` and
`ignore` only the tool counts: their text is free-form and never acted upon.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np

from llmos.agent.catalog import Catalog
from llmos.agent.controller.cases import matches, request_of
from llmos.agent.domain import Proposal
from llmos.agent.validation import ValidationError, validate


class ListHistory:
    """An EventHistory over a fixed list of summaries (the example's "history")."""

    def __init__(self, summaries: Iterable[str]) -> None:
        self.items = [{"seq": i, "kind": "event", "summary": s} for i, s in enumerate(summaries)]

    def recent(self, limit: int) -> list[dict]:
        return self.items[::-1][:limit]

    def search(self, text: str, limit: int) -> list[dict]:
        return []


def valid(catalog: Catalog, proposal: Proposal) -> bool:
    try:
        validate(catalog, proposal.tool, dict(proposal.args))
        return proposal.controller == "model" and not str(proposal.args.get(
            "text", proposal.args.get("reason", ""))).startswith("model gave no decision")
    except ValidationError:
        return False


def evaluate(controller: Any, catalog: Catalog, examples: list[dict[str, Any]],
             constrained: bool = True) -> dict[str, Any]:
    """Accuracy per tool and per family, JSON validity, and decision latency."""
    hits: dict[str, list[int]] = defaultdict(list)
    families: dict[str, list[int]] = defaultdict(list)
    latencies: list[float] = []
    misses: list[dict[str, Any]] = []
    n_valid = 0
    for example in examples:
        controller.context.history = ListHistory(example.get("history", ()))
        start = time.perf_counter()
        proposal = controller.decide(request_of(example), constrained=constrained)
        latencies.append((time.perf_counter() - start) * 1e3)
        ok = matches(catalog, example["expect"], proposal)
        n_valid += valid(catalog, proposal)
        hits[example["expect"]["tool"]].append(ok)
        families[example.get("family", "handwritten")].append(ok)
        if not ok and len(misses) < 40:
            misses.append({"command": example.get("command"), "expect": example["expect"],
                           "got": proposal.to_dict()})
    total = [h for v in hits.values() for h in v]
    lat = np.asarray(latencies)
    return {
        "n": len(total), "exact_match": round(float(np.mean(total)), 4),
        "valid_json": round(n_valid / max(1, len(total)), 4),
        "per_tool": {k: round(float(np.mean(v)), 4) for k, v in sorted(hits.items())},
        "per_family": {k: round(float(np.mean(v)), 4) for k, v in sorted(families.items())},
        "latency_ms": {"p50": round(float(np.percentile(lat, 50)), 2),
                       "p99": round(float(np.percentile(lat, 99)), 2),
                       "mean": round(float(lat.mean()), 2)},
        "misses": misses,
    }


def dump(path: str, report: dict[str, Any]) -> None:
    with open(path, "w") as f:
        json.dump(report, f, indent=2, sort_keys=True)
