"""The on-device model controller: onnxruntime + tokenizers + llguidance, no torch.

Integration: `load_model_controller(config.model, history)` returns a
Controller, or raises BundleError (fall back to rules, report degraded).
"""

from __future__ import annotations

from llmos.agent.controller import Controller
from llmos.agent.controller.model.bundle import BundleError
from llmos.agent.controller.model.context import EventHistory
from llmos.agent.controller.model.controller import ModelController
from llmos.agent.controller.model.prompt import event_summary
from llmos.agent.config import ModelConfig

__all__ = ["BundleError", "EventHistory", "ModelController", "event_summary",
           "load_model_controller"]


def load_model_controller(settings: ModelConfig, history: EventHistory | None = None
                          ) -> Controller:
    """The controller for `[controller] kind = "model"`; raises BundleError on a bad bundle."""
    return ModelController(settings, history)
