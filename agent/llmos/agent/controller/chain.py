"""The controller chain: the configured controller, loaded once, with the rules behind it.

This is the one place that decides who decides. The rule controller always answers when the
configured controller cannot:

- loading: the model is loaded on a thread behind the serving control plane (the daemon,
  `start`) or at once (`load`, for `llmos-agent decide` and `hear`). While it loads, device-info
  and model-info say `model_state: loading`; a decision that arrives meanwhile waits for it, up to
  what its deadline leaves for the model to decode (`[controller] decision_timeout_s` minus
  `[model] deadline_ms`), and the rules take that one if it is still loading. A load that fails
  leaves the rules for good, `model_state: failed` says why, and the agent reports itself
  degraded.
- deadlines: a blocking controller (the model) is called on its own thread and given
  `decision_timeout_s`; the rules are called on the event loop (microseconds).
- fallback: a controller that fails or overruns is replaced by the rules for that decision, and
  counted (`controller_fallbacks`); events without a command get the rules' default reactions
  unless `[controller] events = "controller"`.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from llmos.agent.catalog import Catalog
from llmos.agent.config import AgentConfig, ControllerConfig
from llmos.agent.controller import Controller
from llmos.agent.controller.corrections import Corrections, of_bundle
from llmos.agent.controller.rules import RuleController
from llmos.agent.domain import DecisionRequest, DeviceState, Proposal
from llmos.agent.store import Store

log = logging.getLogger("llmos.controller")

LOADING, LOADED, FAILED = "loading", "loaded", "failed"


class ModelLoading(RuntimeError):
    """The model is not loaded yet (the chain falls back to the rules for this decision)."""


class LoadFailed(Exception):
    """Loading failed for a known reason; the message is what health reports."""


class ControllerChain:
    """The configured controller (built by `load` when there is one) in front of the rules.

    Satisfies the Controller protocol itself: `decide` is the configured controller without a
    deadline (what `decide` and `hear` run), `propose` is the engine's path with every rule of
    the chain applied.
    """

    def __init__(self, config: ControllerConfig, load: Callable[[], Controller] | None = None,
                 wait_s: float = 0.0, describe: dict[str, str] | None = None) -> None:
        self._config = config
        self._load = load  # None: the rules are the configured controller
        self._wait_s = max(0.0, wait_s)
        self._describe = dict(describe or {})
        self._rules = RuleController()
        # what operators said commands meant, recalled first: the device's own (the engine adds
        # them) and those of the bundle in use
        self.corrections = Corrections()
        self._bundle_corrections = Corrections()
        # The configured controller once built; the rules when they are the configured one.
        self._inner: Controller | None = None if load is not None else self._rules
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._decider = ThreadPoolExecutor(max_workers=1, thread_name_prefix="controller")
        self.error = ""
        self.load_seconds: float | None = None
        self.fallbacks = 0
        if load is None:
            self._done.set()

    @classmethod
    def ready(cls, config: ControllerConfig, controller: Controller) -> ControllerChain:
        """A chain whose configured controller is already built (tests, benchmarks)."""
        chain = cls(config, lambda: controller)
        chain._inner = controller
        chain._done.set()
        return chain

    # -- loading ------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        if not self._done.is_set():
            return LOADING
        return LOADED if self._inner is not None else FAILED

    def start(self, on_failure: Callable[[str], None] = lambda reason: None) -> None:
        """Begin loading on a thread (once); `on_failure(reason)` is called from that thread."""
        if self._thread is not None or self._done.is_set():
            return
        self._thread = threading.Thread(target=self._run, args=(on_failure,),
                                        name="model-load", daemon=True)
        self._thread.start()

    def load(self) -> tuple[str, ...]:
        """Load now, on this thread; returns why the rules decide instead, if they must."""
        if not self._done.is_set():
            self._run(lambda reason: None)
        return (self.error,) if self.error else ()

    def wait(self, timeout: float | None = None) -> bool:
        """True once loading has finished (loaded or failed)."""
        return self._done.wait(timeout)

    def _run(self, on_failure: Callable[[str], None]) -> None:
        assert self._load is not None
        started = time.monotonic()
        try:
            self._inner = self._load()
        except LoadFailed as error:  # already logged with its reason
            self.error = str(error)
        except Exception as error:  # anything else from a native runtime: the rules take over
            self.error = f"model failed to load ({type(error).__name__}: {error}); using rules"
            log.exception("%s", self.error)
        finally:
            self.load_seconds = time.monotonic() - started
            self._done.set()
        if self._inner is not None:
            log.info("model loaded in %.1fs", self.load_seconds)
        else:
            on_failure(self.error)

    @property
    def current(self) -> Controller | None:
        """The configured controller once built (None while loading or after a failed load)."""
        return self._inner

    def replace(self, controller: Controller, bundle: Path | None = None) -> Controller | None:
        """Decide through `controller` (loaded from `bundle`, whose corrections it recalls) from
        the next decision on (a model update switched bundles, update/updater.py); returns the
        controller it replaces."""
        self._bundle_corrections = Corrections(of_bundle(bundle) if bundle else ())
        old, self._inner = self._inner, controller
        self.error = ""
        self._done.set()
        return old

    # -- deciding -----------------------------------------------------------------------------

    @property
    def name(self) -> str:
        if self._inner is not None:
            return self._inner.name
        return "model" if self.state == LOADING else self._rules.name

    @property
    def blocking(self) -> bool:
        """Whether a decision leaves the event loop: not when the rules decide (configured, or
        after a failed load)."""
        return self._inner.blocking if self._inner is not None else self.state == LOADING

    def by_rules(self, request: DecisionRequest) -> bool:
        """Events alone get the rules' default reactions unless configured otherwise."""
        return request.command is None and self._config.events == "rules"

    def decide(self, request: DecisionRequest) -> Proposal:
        """The decision without a deadline (what `decide` and `hear` run): events alone by the
        rules as configured, else the configured controller, waiting for it to load
        (ModelLoading after `wait_s`). Words an operator has corrected get the correction."""
        recalled = self.corrections.recall(request) or self._bundle_corrections.recall(request)
        if recalled is not None:
            return recalled
        if self.by_rules(request):
            return self._rules.decide(request)
        if not self._done.wait(self._wait_s):
            raise ModelLoading(f"the model is still loading ({self._wait_s:.1f}s waited)")
        if self._inner is None:
            return self._rules.decide(request)
        return self._inner.decide(request)

    def prepare(self, state: DeviceState) -> int:
        """What the configured controller can do for a device state before a command arrives
        (the model: encode its units' descriptions, controller/ahead.py); nothing while it loads
        or with the rules. Returns how many texts were encoded."""
        prepare = getattr(self._inner, "prepare", None) if self._done.is_set() else None
        return int(prepare(state)) if prepare is not None else 0

    async def propose(self, request: DecisionRequest, ref: str = "") -> Proposal:
        """The engine's decision: the rules for events alone (unless configured otherwise), the
        configured controller within its deadline, the rules whenever it fails."""
        recalled = self.corrections.recall(request) or self._bundle_corrections.recall(request)
        if recalled is not None:
            return recalled
        if self.by_rules(request) or not self.blocking:
            return self.decide(request)  # the rules: microseconds, no thread hop
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(loop.run_in_executor(self._decider, self.decide, request),
                                          self._config.decision_timeout_s)
        except Exception as error:  # the model is untrusted, including when it fails
            self.fallbacks += 1
            log.warning("%s: controller %s failed (%s); using rules", ref, self.name,
                        error or type(error).__name__, extra={"EVENT_ID": ref})
            return self._rules.decide(request)

    def close(self) -> None:
        self._decider.shutdown(wait=False, cancel_futures=True)

    # -- reporting ----------------------------------------------------------------------------

    def info(self) -> dict[str, str]:
        """What device-info and model-info report: the controller's own info, and the model's
        loading state when one is configured."""
        if self._load is None:
            return self._rules.info()
        state = self.state
        info: dict[str, Any]
        if self._inner is not None:
            info = dict(self._inner.info())
        elif state == FAILED:
            info = {**self._rules.info(), "model_error": self.error}
        else:
            info = {"controller": "model", **self._describe}
        info["model_state"] = state
        if self.load_seconds is not None:
            info["model_load_s"] = f"{self.load_seconds:.1f}"
        return {k: str(v) for k, v in info.items()}

    def context_usage(self) -> dict[str, int]:
        return self._inner.context_usage() if self._inner is not None else {}

    def counters(self) -> dict[str, int]:
        return {"controller_fallbacks": self.fallbacks}


def controller_chain(config: AgentConfig, store: Store | None,
                     catalog: Catalog | None = None) -> ControllerChain:
    """The chain for this configuration, nothing loaded yet: `start()` (the daemon, behind the
    serving control plane) or `load()` (the CLI) loads the model when one is configured.
    `catalog`: the agent's (the shipped one by default)."""
    if config.controller.kind == "rules":
        return ControllerChain(config.controller)
    wait_s = config.controller.decision_timeout_s - config.model.deadline_ms / 1e3
    describe = {"bundle": str(config.model.bundle), "provider_requested": config.model.provider}
    chain = ControllerChain(config.controller, lambda: _load_model(config, store, catalog, chain),
                            wait_s, describe)
    return chain


def _load_model(config: AgentConfig, store: Store | None, catalog: Catalog | None,
                chain: ControllerChain) -> Controller:
    """The model controller (its bundle's corrections added to the chain's), or LoadFailed with
    the reason the rules decide instead."""
    try:
        from llmos.agent.controller.model import BundleError, load_model_controller
        from llmos.agent.controller.model.context import StoreHistory
    except ImportError as error:
        reason = f"model runtime unavailable ({error}); using rules"
        log.error(reason)
        raise LoadFailed(reason) from None
    try:
        controller = load_model_controller(config.model, StoreHistory(store) if store else None,
                                           catalog)
        chain._bundle_corrections = Corrections(of_bundle(config.model.bundle))
    except (BundleError, OSError, ValueError) as error:
        reason = f"model bundle refused ({error}); using rules"
        log.error(reason)
        raise LoadFailed(reason) from None
    log.info("controller: %s", controller.info())
    return controller
