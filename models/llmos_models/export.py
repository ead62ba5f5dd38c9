"""Hugging Face causal LM -> ONNX with key/value cache.

Llama-family models (llama, qwen2, qwen3, mistral) are written as one fused graph (fused.py);
any other architecture goes through optimum's text-generation-with-past export. Both graphs take
the same inputs and return the same outputs, so the agent runs either.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from llmos_models import fused

# Nothing here may reach a model hub: only local directories are exported.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
log = logging.getLogger(__name__)


def export(hf_dir: Path, out_dir: Path) -> Path:
    """Export `hf_dir` into `out_dir`; returns the fp32 model.onnx."""
    from transformers import AutoConfig

    reason = fused.unsupported(AutoConfig.from_pretrained(hf_dir, local_files_only=True))
    if reason is None:
        return fused.build(hf_dir, out_dir)
    log.info("optimum export: the fused builder does not cover this model (%s)", reason)
    return optimum_export(hf_dir, out_dir)


def optimum_export(hf_dir: Path, out_dir: Path) -> Path:
    from optimum.exporters.onnx import main_export

    main_export(str(hf_dir), output=out_dir, task="text-generation-with-past", device="cpu",
                local_files_only=True, do_validation=False)
    return out_dir / "model.onnx"
