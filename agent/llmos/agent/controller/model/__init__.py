"""The on-device model controller: onnxruntime + tokenizers + llguidance, no torch.

Integration: `load_model_controller(config.model, history, catalog)` returns a Controller, or
raises BundleError (the controller chain falls back to the rules and reports degraded).
"""

from __future__ import annotations

from llmos.agent.catalog import Catalog
from llmos.agent.config import ModelConfig
from llmos.agent.controller import Controller
from llmos.agent.controller.model.bundle import BundleError
from llmos.agent.controller.model.context import EventHistory
from llmos.agent.controller.model.controller import ModelController
from llmos.agent.controller.model.prompt import event_summary

__all__ = ["BundleError", "EventHistory", "ModelController", "event_summary",
           "load_model_controller"]


def load_model_controller(settings: ModelConfig, history: EventHistory | None = None,
                          catalog: Catalog | None = None) -> Controller:
    """The controller for `[controller] kind = "model"`; raises BundleError on a bad bundle."""
    return ModelController(settings, history, catalog)
