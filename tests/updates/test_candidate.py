"""The candidate checks on their own: golden-case scoring and the latency comparison, with
deciders on a fake clock (no timing in unit tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.controller.model.bundle import Bundle
from llmos.agent.domain import DecisionRequest, Proposal
from llmos.agent.update import candidate
from llmos.agent.update.candidate import CandidateRefused


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


class Decider:
    """Answers restart_service(nginx) and takes `ms` of the fake clock doing it."""

    def __init__(self, clock: Clock, ms: float) -> None:
        self.clock, self.ms = clock, ms

    def decide(self, request: DecisionRequest) -> Proposal:
        self.clock.now += self.ms / 1e3
        return Proposal("restart_service", {"unit": "nginx.service"}, "model")


def bundle(tmp_path: Path, claim: float, expect: dict[str, Any]) -> Bundle:
    cases = [{"command": "restart nginx", "state": {"units": ["nginx.service"]},
              "expect": expect}] * 4
    (tmp_path / "golden.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cases))
    manifest = {"version": "9", "files": {"golden.jsonl": "-"},
                "golden": {"file": "golden.jsonl", "exact_match": claim}}
    return Bundle(tmp_path, manifest)


RIGHT = {"tool": "restart_service", "args": {"unit": "nginx.service"}}


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(candidate.time, "perf_counter", fake)
    return fake


def test_golden_cases_and_latency_within_the_factor_pass(tmp_path: Path, clock: Clock) -> None:
    report = candidate.check(Decider(clock, 30), bundle(tmp_path, 1.0, RIGHT), load_catalog(),
                             Decider(clock, 20), 0.9, 2.0)
    assert report.exact_match == 1.0
    assert report.latency_ms == pytest.approx(30) and report.baseline_ms == pytest.approx(20)


def test_a_candidate_slower_than_the_factor_is_refused(tmp_path: Path, clock: Clock) -> None:
    with pytest.raises(CandidateRefused, match=r"too slow: 50\.0 ms per decision, the running "
                       r"model 20\.0 ms \(updates\.latency_factor 2\.0\)"):
        candidate.check(Decider(clock, 50), bundle(tmp_path, 1.0, RIGHT), load_catalog(),
                        Decider(clock, 20), 0.9, 2.0)
    # Within the noise allowance of a few milliseconds: not refused.
    candidate.check(Decider(clock, 3), bundle(tmp_path, 1.0, RIGHT), load_catalog(),
                    Decider(clock, 1), 0.9, 2.0)


def test_wrong_answers_and_missing_or_low_claims_are_refused(tmp_path: Path,
                                                             clock: Clock) -> None:
    wrong = {"tool": "restart_service", "args": {"unit": "sshd.service"}}
    with pytest.raises(CandidateRefused, match=r"0\.00% exact match on 4"):
        candidate.check(Decider(clock, 1), bundle(tmp_path, 0.95, wrong), load_catalog(),
                        None, 0.9, 2.0)
    with pytest.raises(CandidateRefused, match=r"below updates\.min_accuracy"):
        candidate.check(Decider(clock, 1), bundle(tmp_path, 0.5, RIGHT), load_catalog(),
                        None, 0.9, 2.0)
    no_golden = Bundle(tmp_path, {"version": "9", "files": {}})
    with pytest.raises(CandidateRefused, match="carries no golden cases"):
        candidate.check(Decider(clock, 1), no_golden, load_catalog(), None, 0.9, 2.0)
    (tmp_path / "golden.jsonl").write_text('{"command": "x"}\n')  # no expectation
    unreadable = Bundle(tmp_path, {"version": "9", "files": {"golden.jsonl": "-"},
                                   "golden": {"file": "golden.jsonl", "exact_match": 1.0}})
    with pytest.raises(CandidateRefused, match="unreadable"):
        candidate.check(Decider(clock, 1), unreadable, load_catalog(), None, 0.9, 2.0)
