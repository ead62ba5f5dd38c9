"""The daemon's watchdog pings: withheld while the worker is stuck, and the journal says why."""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace

import pytest

from llmos.agent.daemon import _watchdog

STUCK = "the controller loop is not making progress (130 s on one event, 3 waiting)"


class Pings:
    def __init__(self) -> None:
        self.pings = 0

    def watchdog_interval(self) -> float:
        return 0.01

    def watchdog(self) -> None:
        self.pings += 1

    def status(self, status: str) -> None:
        pass


class Agent:
    def __init__(self) -> None:
        self.reasons: tuple[str, ...] = ()
        self.intake = SimpleNamespace(closed=False)

    def health(self) -> SimpleNamespace:
        return SimpleNamespace(serving=True, reasons=self.reasons, status="ok")


async def _ticks(agent: Agent, notifier: Pings, reasons: tuple[str, ...]) -> int:
    agent.reasons = reasons
    before = notifier.pings
    await asyncio.sleep(0.1)
    return notifier.pings - before


def test_pings_stop_while_stuck_and_resume_with_a_reason_in_the_journal(
        caplog: pytest.LogCaptureFixture) -> None:
    async def scenario() -> tuple[int, int, int, int]:
        agent, notifier = Agent(), Pings()
        task = asyncio.create_task(_watchdog(agent, notifier))  # type: ignore[arg-type]
        counts = (await _ticks(agent, notifier, ()),
                  await _ticks(agent, notifier, ("udev monitor unavailable",)),  # degraded, alive
                  await _ticks(agent, notifier, (STUCK,)),
                  await _ticks(agent, notifier, ()))
        task.cancel()
        return counts

    with caplog.at_level(logging.WARNING, logger="llmos.daemon"):
        healthy, degraded, stuck, again = asyncio.run(scenario())
    assert healthy > 0 and degraded > 0 and again > 0
    assert stuck == 0
    said = [r.getMessage() for r in caplog.records]
    assert said == [f"watchdog pings withheld: {STUCK}",
                    "watchdog pings resumed: the worker moved on"], "once each, not every tick"
