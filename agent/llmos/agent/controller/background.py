"""The model controller, loaded on a thread once the control plane serves.

Importing onnxruntime and the tokenizer and building the session take a good part of the
agent's start on a small device (most of it under emulation). The daemon therefore serves
first (READY=1 means the gRPC control plane answers) and loads the model behind it:

- while it loads, device-info and model-info say `model_state: loading`;
- a decision that arrives meanwhile waits for it, up to what its deadline leaves for the
  model to decode (`[controller] decision_timeout_s` minus `[model] deadline_ms`); if it is
  still loading then, the engine's usual fallback (the rules) decides that one;
- if loading fails, the rules decide from then on, `model_state: failed` says why, and the
  agent reports itself degraded (the same outcome as a bundle refused at start).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from llmos.agent.controller import Controller
from llmos.agent.controller.rules import RuleController
from llmos.agent.domain import DecisionRequest, Proposal

log = logging.getLogger("llmos.controller")

LOADING, LOADED, FAILED = "loading", "loaded", "failed"


class ModelLoading(RuntimeError):
    """The model is not loaded yet (the engine falls back to the rules for this decision)."""


class LoadFailed(Exception):
    """Loading failed for a known reason; the message is what health reports."""


class BackgroundController:
    """A Controller whose real controller is built by `load` on a thread, after `start()`."""

    def __init__(self, load: Callable[[], Controller], wait_s: float,
                 describe: dict[str, str] | None = None) -> None:
        self._load = load
        self._wait_s = max(0.0, wait_s)
        self._describe = dict(describe or {})
        self._done = threading.Event()
        self._inner: Controller | None = None
        self._rules = RuleController()
        self.error = ""
        self.load_seconds: float | None = None
        self._thread: threading.Thread | None = None

    @property
    def state(self) -> str:
        if not self._done.is_set():
            return LOADING
        return LOADED if self._inner is not None else FAILED

    @property
    def name(self) -> str:
        return self._inner.name if self._inner is not None else (
            self._rules.name if self.state == FAILED else "model")

    @property
    def blocking(self) -> bool:
        # After a failure the rules decide: microseconds, on the loop like any rule controller.
        return self.state != FAILED

    def start(self, on_failure: Callable[[str], None] = lambda reason: None) -> None:
        """Begin loading (once); `on_failure(reason)` is called from the loading thread."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, args=(on_failure,),
                                        name="model-load", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """True once loading has finished (loaded or failed)."""
        return self._done.wait(timeout)

    def _run(self, on_failure: Callable[[str], None]) -> None:
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
            log.info("model loaded in %.1fs, behind the serving control plane", self.load_seconds)
        else:
            on_failure(self.error)

    def decide(self, request: DecisionRequest) -> Proposal:
        if not self._done.wait(self._wait_s):
            raise ModelLoading(f"the model is still loading ({self._wait_s:.1f}s waited)")
        if self._inner is None:
            return self._rules.decide(request)
        return self._inner.decide(request)

    def context_usage(self) -> dict[str, int]:
        usage = getattr(self._inner, "context_usage", None)
        return usage() if callable(usage) else {}

    def info(self) -> dict[str, str]:
        state = self.state
        if self._inner is not None:
            info: dict[str, Any] = dict(self._inner.info())
        elif state == FAILED:
            info = dict(self._rules.info())
            info["model_error"] = self.error
        else:
            info = {"controller": "model", **self._describe}
        info["model_state"] = state
        if self.load_seconds is not None:
            info["model_load_s"] = f"{self.load_seconds:.1f}"
        return {k: str(v) for k, v in info.items()}
