"""Execution provider choice: TensorRT/CUDA on Jetson, OpenVINO NPU then GPU, CPU otherwise."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import onnxruntime as ort

log = logging.getLogger(__name__)

Provider = tuple[str, dict[str, Any]]
CPU: Provider = ("CPUExecutionProvider", {})
_NAMED: dict[str, list[Provider]] = {
    "cpu": [CPU],
    "cuda": [("CUDAExecutionProvider", {})],
    "tensorrt": [("TensorrtExecutionProvider", {}), ("CUDAExecutionProvider", {})],
    "openvino": [("OpenVINOExecutionProvider", {"device_type": "NPU"}),
                 ("OpenVINOExecutionProvider", {"device_type": "GPU"})],
}


def is_jetson() -> bool:
    return Path("/etc/nv_tegra_release").exists()


def candidates(preference: str, available: list[str]) -> list[Provider]:
    """Providers to try in order; CPU always last so a decision can always be made."""
    if preference == "auto":
        if "TensorrtExecutionProvider" in available and is_jetson():
            wanted = _NAMED["tensorrt"]
        elif "CUDAExecutionProvider" in available:
            wanted = _NAMED["cuda"]
        elif "OpenVINOExecutionProvider" in available:
            wanted = _NAMED["openvino"]
        else:
            wanted = []
    else:
        wanted = _NAMED[preference]
    usable = [p for p in wanted if p[0] in available and p != CPU]
    for name, _ in wanted:
        if name not in available:
            log.warning("model: execution provider %s requested but not available", name)
    return usable + [CPU]


def open_session(model: Path, threads: int, preference: str,
                 spin: bool = True) -> tuple[ort.InferenceSession, dict[str, str]]:
    """The first session that opens, and a report of what was chosen and what fell back.
    spin=True: the session's threads spin between a run's operators and stop when the run
    returns, so they never take the cores from the next session (the router's encoder runs
    right before the LM) or another process; spin=False: they sleep between operators too."""
    opts = ort.SessionOptions()
    opts.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
    opts.add_session_config_entry("session.force_spinning_stop", "1")
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    failures = []
    for name, options in candidates(preference, ort.get_available_providers()):
        label = f"{name}:{options['device_type']}" if "device_type" in options else name
        try:
            chain = [(name, options)] + ([CPU] if name != CPU[0] else [])
            session = ort.InferenceSession(str(model), opts, providers=chain)
        except Exception as exc:  # a provider that fails to initialise is skipped, not fatal
            failures.append(f"{label}: {exc}".splitlines()[0][:200])
            log.warning("model: %s failed, falling back: %s", label, failures[-1])
            continue
        used = session.get_providers()
        if name not in used:  # onnxruntime may drop a provider with a log line, not an error
            failures.append(f"{label}: not available, onnxruntime ran {used[0]}")
            log.warning("model: %s", failures[-1])
            continue
        log.info("model: execution provider %s (requested %s)", label, preference)
        return session, {"provider": label, "requested": preference,
                         "fallback": "; ".join(failures)}
    raise RuntimeError("no execution provider could open the model: " + "; ".join(failures))
