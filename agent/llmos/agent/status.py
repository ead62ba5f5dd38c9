"""What the agent says about itself: health, device info, model info, and report_status.

Read-only: it gathers what the other parts count (intake, ledger, controller chain, the console
and voice front ends) and never changes anything, so asking cannot disturb the loop. Health is
also what systemd hears (STATUS=, and the watchdog stops when the loop stalls: daemon.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from llmos import __version__
from llmos.agent import process, sysinfo
from llmos.agent.api import Health
from llmos.agent.catalog import Catalog
from llmos.agent.config import AgentConfig
from llmos.agent.controller.chain import ControllerChain
from llmos.agent.device_state import StateSource
from llmos.agent.intake import Intake
from llmos.agent.ledger import Ledger

CounterSource = Callable[[], dict[str, int]]


class Status:
    def __init__(self, config: AgentConfig, catalog: Catalog, controller: ControllerChain,
                 executor_name: str, intake: Intake, ledger: Ledger, state: StateSource,
                 counters: CounterSource, degraded: tuple[str, ...] = ()) -> None:
        self._config = config
        self._catalog = catalog
        self._controller = controller
        self._executor_name = executor_name
        self._intake = intake
        self._ledger = ledger
        self._state = state
        # The engine's own counters first, then every part's, then the front ends' (console, ...).
        self.counter_sources: list[CounterSource] = [counters, intake.counters,
                                                     controller.counters, ledger.counters]
        self.degraded = list(degraded)
        self._started = time.monotonic()

    def degrade(self, reason: str) -> None:
        """A part is missing (udev, the model, ...): health says so until the agent restarts."""
        self.degraded.append(reason)

    def health(self, serving: bool, stopping: bool, last_progress: float) -> Health:
        reasons = list(self.degraded)
        busy_s = time.monotonic() - last_progress
        if self._intake.queue and busy_s > self._config.watchdog_stall_s:
            reasons.append(f"the controller loop is not making progress ({busy_s:.0f} s on one "
                           f"event, {len(self._intake.queue)} waiting)")
        # now, not since start: health recovers when writes work again (ledger.sync_loop)
        failing = self._ledger.failing
        if failing:
            reasons.append(f"state write errors: the last {failing} writes failed "
                           f"({self._ledger.store_errors} since start); commands are refused")
        counters: dict[str, int] = {}
        for source in self.counter_sources:
            counters.update(source())
        counters["queue_capacity"] = self._config.queue.capacity
        state = "stopping" if stopping else ("degraded" if reasons else "ok")
        status = (f"{state}: controller {self._controller.name}, "
                  f"{counters['events_received']} events, {counters['queue_depth']} queued, "
                  f"{counters['events_dropped']} dropped")
        # while writes fail every command is refused (it must be logged first): not serving
        return Health(serving and not stopping and not failing, bool(reasons), status,
                      tuple(reasons), counters, time.monotonic() - self._started)

    def device_info(self) -> dict[str, str]:
        info = sysinfo.host_info(self._config.device_name)
        info.update(version=__version__, executor=self._executor_name,
                    catalog_version=self._catalog.version, catalog_sha256=self._catalog.sha256)
        info.update({k: str(v) for k, v in self._controller.info().items()})
        if info.get("provider") and not info.get("execution_provider"):
            # the model names its onnxruntime provider "provider"; the API's field is this one
            info["execution_provider"] = info["provider"]
        return info

    def model_info(self) -> dict[str, Any]:
        info: dict[str, Any] = dict(self._controller.info())
        usage = self._controller.context_usage()
        if usage:
            info["context"] = usage
        if self.degraded:
            info["degraded"] = list(self.degraded)
        return info

    async def report(self, topic: str, health: Health) -> dict[str, Any]:
        """The answer to report_status(topic): a one-line summary and the details."""
        if topic in ("storage", "network"):
            state = await self._state.read()
            if topic == "storage":
                items = [f"{s.device}{' (mounted)' if s.mounted else ''}" for s in state.storage]
            else:
                items = list(state.interfaces)
            return {"summary": f"{topic}: {', '.join(items) or 'none'}", "items": items}
        if topic == "model":
            info = self.model_info()
            return {"summary": "model: " + ", ".join(f"{k}={v}" for k, v in info.items()
                                                     if not isinstance(v, (dict, list))),
                    "info": info}
        if topic == "events":
            counts = await self._ledger.counts()
            return {"summary": f"events: {health.counters['events_received']} received, "
                               f"{health.counters['events_dropped']} dropped", "counts": counts}
        report: dict[str, Any] = {"summary": health.status, "reasons": list(health.reasons)}
        if self._executor_name == "system" and os.path.isdir("/run/systemd/system"):
            # The machine's, not only the agent's: systemd's own verdict (running, degraded...).
            done = await process.run("systemctl", "is-system-running", timeout=30)
            words = done.output.split()
            # exits non-zero for any state but running; its one word is the answer
            report["systemd"] = words[-1] if len(words) == 1 else "unknown"
            report["summary"] = f"{health.status}; systemd: {report['systemd']}"
        return report
