"""Fixtures for the model tests: the committed default bundle, never a training run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.config import ModelConfig
from llmos.agent.controller.model import ModelController

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BUNDLE = ROOT / "models" / "default"
HANDWRITTEN = Path(__file__).with_name("handwritten.jsonl")


@pytest.fixture(scope="session")
def default_bundle() -> Path:
    return DEFAULT_BUNDLE


@pytest.fixture(scope="session")
def catalog():
    return load_catalog()


@pytest.fixture(scope="session")
def controller(catalog) -> ModelController:
    return ModelController(ModelConfig(bundle=DEFAULT_BUNDLE, threads=2), None, catalog)


@pytest.fixture(scope="session")
def handwritten() -> list[dict]:
    return [json.loads(line) for line in HANDWRITTEN.read_text().splitlines() if line.strip()]
