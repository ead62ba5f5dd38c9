"""What every benchmark shares: machine facts, percentiles, and merging results into one file."""

from __future__ import annotations

import json
import os
import re
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


# The instruction sets onnxruntime's and llama.cpp's CPU kernels choose between: a figure
# measured with AMX or VNNI says little about a CPU without them.
KERNEL_FLAGS = ("avx", "avx2", "fma", "f16c", "avx_vnni", "avx512f", "avx512bw", "avx512vl",
                "avx512_vnni", "avx512_bf16", "avx512_fp16", "amx_tile", "amx_int8", "amx_bf16")


def cpu() -> dict[str, Any]:
    """The CPU's vendor, model and flags (from /proc/cpuinfo), and the load at this moment:
    benchmark figures are per CPU model, never one vendor's figures for all."""
    fields: dict[str, str] = {}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            if not key.strip():
                break  # the first processor's block is enough
            fields.setdefault(key.strip(), value.strip())
    except OSError:
        pass
    flags = fields.get("flags", "").split()
    return {"vendor": fields.get("vendor_id", "unknown"), "model": fields.get("model name", "unknown"),
            "family_model_stepping": "/".join(fields.get(k, "?") for k in ("cpu family", "model",
                                                                          "stepping")),
            "kernel_flags": [f for f in KERNEL_FLAGS if f in flags], "flags": " ".join(flags),
            "loadavg": [round(x, 2) for x in os.getloadavg()], "niceness": os.nice(0)}


def cpu_slug(cpu: dict[str, Any]) -> str:
    """A file-name form of a CPU model with its family and model numbers: 'AMD EPYC' of family
    25 model 1 -> 'amd-epyc-25-1'. The name alone says too little: AMD EPYC names both a Zen 3
    without AVX-512 (25/1) and a Zen 4 with it (25/17)."""
    name = re.sub(r"[^a-z0-9]+", "-", re.sub(r"\((r|tm)\)", "", cpu["model"].lower())).strip("-")
    family, model = cpu["family_model_stepping"].split("/")[:2]
    return f"{name}-{family}-{model}"


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
