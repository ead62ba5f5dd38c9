"""The language encoder's cache and its side-by-side runs (issue 20): the same scores as one
text at a time, a description re-encoded when it changes, a bounded cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("onnxruntime")

from llmos.agent.controller.model import meaning
from llmos.agent.controller.model.meaning import Meaning

BUNDLE = Path(__file__).resolve().parents[2] / "models" / "default"
DOCS = ["nginx: A high performance web server and a reverse proxy server",
        "mosquitto: Mosquitto MQTT Broker", "postgresql: PostgreSQL RDBMS",
        "grafana-server: Grafana instance", "docker: Docker Application Container Engine"]


def _meaning(threads: int) -> Meaning:
    if not (BUNDLE / "language-encoder.onnx").exists():
        pytest.skip("no language encoder in models/default")
    return Meaning(BUNDLE / "language-encoder.onnx", BUNDLE / "language-tokenizer.json", threads,
                   "cpu")


def _counting(m: Meaning) -> list[str]:
    encoded: list[str] = []
    hidden = m.encoder.hidden

    def counted(text: str) -> tuple[Any, Any]:
        encoded.append(text)
        return hidden(text)

    m.encoder.hidden = counted  # type: ignore[method-assign]
    return encoded


def test_side_by_side_gives_the_scores_of_one_text_at_a_time() -> None:
    alone, side_by_side = _meaning(1), _meaning(2)
    for phrase in ("the web server", "the mqtt broker", "the database"):
        assert side_by_side(phrase, DOCS) == alone(phrase, DOCS)


def test_descriptions_are_encoded_once_and_again_when_they_change() -> None:
    m = _meaning(2)
    encoded = _counting(m)
    first = m("the web server", DOCS)
    assert sorted(encoded) == sorted(["the web server", *DOCS])
    encoded.clear()
    assert m("the web server", DOCS) == first
    assert encoded == ["the web server"]  # the phrase only: commands are not kept
    encoded.clear()
    changed = [*DOCS[:-1], "docker: Docker Application Container Engine (moby)"]
    m("the web server", changed)
    assert encoded == ["the web server", changed[-1]]


def test_the_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning, "_KEEP", 3)
    m = _meaning(2)
    scores = m("the web server", DOCS)
    assert len(m._known) <= 3
    assert m("the web server", DOCS) == scores  # what was dropped is encoded again, the same


def test_descriptions_encoded_ahead_give_the_same_scores_and_are_not_encoded_again() -> None:
    alone, ahead = _meaning(2), _meaning(2)
    encoded = _counting(ahead)
    assert ahead.prepare([*DOCS, DOCS[0]]) == len(DOCS)  # each once
    assert ahead.prepare(DOCS) == 0
    encoded.clear()
    for phrase in ("the web server", "the mqtt broker", "the database"):
        assert ahead(phrase, DOCS) == alone(phrase, DOCS)
    assert encoded == ["the web server", "the mqtt broker", "the database"]  # phrases only
