"""The checks a staged bundle passes on the device before the agent switches to it.

In order, each refusing with the reason: the manifest names the agent's action catalog, every
file matches its checksum (load_bundle), it carries golden cases and claims at least
`updates.min_accuracy` on them, it loads as a controller, it reaches the accuracy it claims on
its golden cases, and its time per decision on them is within `updates.latency_factor` of
the running model's on the same cases (interleaved, best of three per case, SLACK_MS of
noise allowed).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from llmos.agent.catalog import Catalog
from llmos.agent.config import ModelConfig
from llmos.agent.controller.cases import matches, request_of
from llmos.agent.controller.model.bundle import Bundle, BundleError, load_bundle
from llmos.agent.domain import DecisionRequest, Proposal

REPEATS = 3  # timings per case and controller; the best counts
# Decisions of a few milliseconds differ by more than a factor from run to run on a busy
# device; below this many ms per decision a difference is noise, not a slower model.
SLACK_MS = 5.0


class CandidateRefused(RuntimeError):
    """The staged bundle must not be switched to; the message says why."""


class Decider(Protocol):
    def decide(self, request: DecisionRequest) -> Proposal: ...


@dataclass(frozen=True)
class Report:
    version: str
    exact_match: float
    claimed: float
    cases: int
    latency_ms: float
    baseline_ms: float | None


def golden_cases(bundle: Bundle, min_accuracy: float) -> tuple[list[dict[str, Any]], float]:
    """The bundle's golden cases and the accuracy its manifest claims on them."""
    golden = bundle.manifest.get("golden") or {}
    name, claimed = golden.get("file"), golden.get("exact_match")
    if not name or name not in bundle.manifest.get("files", {}) or claimed is None:
        raise CandidateRefused(f"bundle {bundle.version} carries no golden cases")
    try:
        claimed = float(claimed)
        cases = [json.loads(line) for line in (bundle.path / name).read_text().splitlines()
                 if line.strip()]
        for case in cases:
            case["expect"]["tool"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise CandidateRefused(f"bundle {bundle.version}: golden cases unreadable ({error})") \
            from None
    if not cases:
        raise CandidateRefused(f"bundle {bundle.version}: no golden cases")
    if claimed < min_accuracy:
        raise CandidateRefused(f"bundle {bundle.version} claims {claimed:.2%} on its golden "
                               f"cases, below updates.min_accuracy {min_accuracy:.2%}")
    return cases, claimed


def accuracy(controller: Decider, catalog: Catalog, cases: list[dict[str, Any]]) -> float:
    hits = sum(matches(catalog, case["expect"], controller.decide(request_of(case)))
               for case in cases)
    return hits / len(cases)


def decision_ms(controllers: list[Decider], cases: list[dict[str, Any]]) -> list[float]:
    """Each controller's total time over the cases, in ms, taking the best of REPEATS per case
    with the controllers interleaved, so load from elsewhere on the device falls on both."""
    totals = [0.0] * len(controllers)
    for case in cases:
        request = request_of(case)
        best = [float("inf")] * len(controllers)
        for _ in range(REPEATS):
            for i, controller in enumerate(controllers):
                start = time.perf_counter()
                controller.decide(request)
                best[i] = min(best[i], (time.perf_counter() - start) * 1e3)
        totals = [t + b for t, b in zip(totals, best, strict=True)]
    return totals


def load_candidate(path: Path, catalog: Catalog, settings: ModelConfig) -> Any:
    """The candidate as a model controller (the one the agent will run after the switch)."""
    from llmos.agent.controller.model import load_model_controller

    try:
        load_bundle(path, catalog)  # checksums and catalog first: a clear refusal
        return load_model_controller(settings.model_copy(update={"bundle": path}), None, catalog)
    except BundleError as error:
        raise CandidateRefused(str(error)) from None
    except Exception as error:  # a native runtime that cannot load it
        raise CandidateRefused(f"candidate does not load ({type(error).__name__}: {error})") \
            from None


def check(candidate: Decider, bundle: Bundle, catalog: Catalog, current: Decider | None,
          min_accuracy: float, latency_factor: float) -> Report:
    cases, claimed = golden_cases(bundle, min_accuracy)
    reached = accuracy(candidate, catalog, cases)
    if reached + 1e-9 < claimed:
        raise CandidateRefused(
            f"bundle {bundle.version} failed its golden cases: {reached:.2%} exact match on "
            f"{len(cases)}, its manifest claims {claimed:.2%}")
    if current is None:  # nothing to compare with (the rules decided): accuracy is the check
        latency = decision_ms([candidate], cases)[0] / len(cases)
        return Report(bundle.version, reached, claimed, len(cases), latency, None)
    latency, baseline = (t / len(cases) for t in decision_ms([candidate, current], cases))
    if latency > baseline * latency_factor + SLACK_MS:
        raise CandidateRefused(
            f"bundle {bundle.version} is too slow: {latency:.1f} ms per decision, the "
            f"running model {baseline:.1f} ms (updates.latency_factor {latency_factor})")
    return Report(bundle.version, reached, claimed, len(cases), latency, baseline)
