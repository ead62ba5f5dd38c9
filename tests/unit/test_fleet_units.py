"""The fleet's systemd units pass systemd's own check (only the install path of llmos-fleet,
which a build machine does not have, may be missing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parents[2] / "agent/llmos/fleet/systemd"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_units_verify() -> None:
    units = sorted(UNITS.glob("*.service"))
    assert [u.name for u in units] == ["llmos-fleet-broker.service", "llmos-fleet.service"]
    done = subprocess.run(["systemd-analyze", "verify", "--man=no", *map(str, units)],
                          capture_output=True, text=True, cwd=UNITS, timeout=60)
    problems = [line for line in (done.stdout + done.stderr).splitlines()
                if line.strip() and "/opt/llmos/bin/llmos-fleet is not executable" not in line]
    assert problems == []


def test_the_broker_unit_lifts_the_descriptor_limit() -> None:
    assert "LimitNOFILE=65536" in (UNITS / "llmos-fleet-broker.service").read_text()
