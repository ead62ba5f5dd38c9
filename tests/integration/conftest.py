"""Fixtures the fleet's integration tests share: a fleet PKI and a real Mosquitto with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.mqtt import FleetPki, Mosquitto


@pytest.fixture
def certs(tmp_path: Path) -> FleetPki:
    return FleetPki(tmp_path / "pki")


@pytest.fixture
def mosq(tmp_path: Path, certs: FleetPki) -> Iterator[Mosquitto]:
    m = Mosquitto(tmp_path, certs).start()
    yield m
    m.stop()
