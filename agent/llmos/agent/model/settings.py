"""The `[model]` configuration table: everything the model controller may be told."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

# The bundle shipped in the repository (models/default); the image installs it at the second path.
_REPO_BUNDLE = Path(__file__).resolve().parents[4] / "models" / "default"
DEFAULT_BUNDLE = _REPO_BUNDLE if _REPO_BUNDLE.is_dir() else Path("/usr/share/llmos/model")


class ModelSettings(BaseModel):
    """Typed defaults for the on-device model; the agent's config file may override any field."""

    bundle: Path = Field(DEFAULT_BUNDLE, description="bundle directory with manifest.json")
    threads: int = Field(2, ge=1, le=64, description="intra-op threads for onnxruntime")
    provider: Literal["auto", "cpu", "cuda", "tensorrt", "openvino"] = Field(
        "auto", description="execution provider; auto: TensorRT/CUDA on Jetson, OpenVINO "
        "(NPU, then GPU) where present, CPU otherwise")
    max_new_tokens: int = Field(64, ge=8, le=512, description="decode limit per decision")
    deadline_ms: int = Field(1500, ge=10, description="wall-clock limit per decision")
    narrowing: Literal["off", "names", "entities"] = Field(
        "entities", description="grammar narrowing per decision: off (catalog only), names "
        "(name arguments limited to names in the command, events or state), entities (also "
        "the tools those names allow)")
    context_budget_tokens: int = Field(448, ge=64, description="total prompt budget")
    state_budget_tokens: int = Field(128, ge=16, description="device-state summary share")
    event_budget_tokens: int = Field(128, ge=16, description="the request's events share")
    history_budget_tokens: int = Field(96, ge=0, description="recent + retrieved events share")
    command_budget_tokens: int = Field(64, ge=8, description="operator command share")
    recent_events: int = Field(2, ge=0, description="recent log events offered to the model")
    retrieved_events: int = Field(2, ge=0, description="log events retrieved by relevance")
