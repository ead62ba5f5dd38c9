"""Hugging Face causal LM -> ONNX with key/value cache (optimum, text-generation-with-past)."""

from __future__ import annotations

import os
from pathlib import Path

from optimum.exporters.onnx import main_export

# Nothing here may reach a model hub: only local directories are exported.
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def export(hf_dir: Path, out_dir: Path) -> Path:
    """Export `hf_dir` into `out_dir`; returns the fp32 model.onnx."""
    main_export(str(hf_dir), output=out_dir, task="text-generation-with-past", device="cpu",
                local_files_only=True, do_validation=False)
    return out_dir / "model.onnx"
