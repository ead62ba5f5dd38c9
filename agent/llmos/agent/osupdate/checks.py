"""The boot trial's health checks, read from the running agent (gate.py polls them).

The gate passes when the agent does what the device is for: its control plane serves, its
policy is loaded, its udev monitor reads events (when udev is on), and the configured
controller is loaded (the model when `controller.kind = "model"`, else the rules).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from llmos.agent.config import AgentConfig
from llmos.agent.osupdate.gate import Checks


class _Agent(Protocol):
    serving: bool
    policy: Any


class _Controller(Protocol):
    @property
    def state(self) -> str: ...

    @property
    def error(self) -> str: ...


class _Udev(Protocol):
    @property
    def alive(self) -> bool: ...


def health_checks(config: AgentConfig, agent: _Agent, controller: _Controller,
                  udev: Callable[[], _Udev | None]) -> Checks:
    def failing() -> list[str]:
        out: list[str] = []
        if not agent.serving:
            out.append("control plane not serving")
        if agent.policy is None:
            out.append("policy not loaded")
        if config.udev.enabled:
            monitor = udev()
            if monitor is None or not monitor.alive:
                out.append("udev monitor not running")
        if config.controller.kind == "model" and controller.state != "loaded":
            out.append(f"model {controller.state}"
                       + (f": {controller.error}" if controller.state == "failed" and controller.error else ""))
        return out
    return failing
