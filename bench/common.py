"""What every benchmark shares: machine facts, percentiles, and merging results into one file."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from llmos.agent.sysinfo import host_info

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict[str, str]:
    info = host_info()
    return {k: info[k] for k in ("cpu", "cores", "memory_mb", "kernel", "arch", "os", "python")}


def percentiles(samples_s: Sequence[float]) -> dict[str, float]:
    """p50/p99/mean/max in milliseconds."""
    ordered = sorted(samples_s)
    if not ordered:
        return {}

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    return {"n": len(ordered), "p50_ms": round(pick(0.50), 3), "p99_ms": round(pick(0.99), 3),
            "mean_ms": round(statistics.fmean(ordered) * 1000, 3), "max_ms": round(ordered[-1] * 1000, 3)}


def write(name: str, section: str, figures: dict[str, Any]) -> Path:
    """Merge `figures` under `section` into bench/results/<name>.json, with the machine noted."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    doc = json.loads(path.read_text()) if path.exists() else {}
    doc["machine"] = machine()
    doc[section] = {"measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **figures}
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n")
    return path
