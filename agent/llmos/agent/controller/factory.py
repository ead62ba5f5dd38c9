"""Choosing the controller from the configuration, with the rule controller as the fallback."""

from __future__ import annotations

import logging

from llmos.agent.config import AgentConfig
from llmos.agent.controller import Controller
from llmos.agent.controller.background import BackgroundController, LoadFailed
from llmos.agent.controller.rules import RuleController
from llmos.agent.store import Store

log = logging.getLogger("llmos.controller")


def build_controller(config: AgentConfig, store: Store | None, background: bool = False
                     ) -> tuple[Controller, tuple[str, ...]]:
    """The configured controller, and why the agent is degraded if it had to fall back.

    background=True (the daemon): the model is loaded later, by BackgroundController.start(),
    once the control plane serves; its failures are reported then, not here.
    """
    if config.controller.kind == "rules":
        return RuleController(), ()
    if background:
        wait_s = config.controller.decision_timeout_s - config.model.deadline_ms / 1e3
        describe = {"bundle": str(config.model.bundle), "provider_requested": config.model.provider}
        return BackgroundController(lambda: _load_model(config, store), wait_s, describe), ()
    try:
        return _load_model(config, store), ()
    except LoadFailed as error:
        return RuleController(), (str(error),)


def _load_model(config: AgentConfig, store: Store | None) -> Controller:
    """The model controller, or LoadFailed with the reason the rules decide instead."""
    try:
        from llmos.agent.controller.model import BundleError, load_model_controller
        from llmos.agent.controller.model.context import StoreHistory
    except ImportError as error:
        reason = f"model runtime unavailable ({error}); using rules"
        log.error(reason)
        raise LoadFailed(reason) from None
    try:
        controller = load_model_controller(config.model, StoreHistory(store) if store else None)
    except (BundleError, OSError) as error:
        reason = f"model bundle refused ({error}); using rules"
        log.error(reason)
        raise LoadFailed(reason) from None
    log.info("controller: %s", controller.info())
    return controller
