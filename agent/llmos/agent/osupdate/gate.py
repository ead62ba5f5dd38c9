"""The boot trial: the booted root slot is marked good only once the agent is healthy.

GRUB boots a newly installed slot once on trial (docs/updates.md). Here the agent waits, up to
`os_update.gate_timeout_s`, until every check passes (control plane serving, policy loaded,
udev monitor alive, the configured controller loaded), then asks RAUC to mark the slot good.
When the time runs out it writes its verdict with the reason for llmos-boot-trial.service (the
root backstop), which records it on the data partition, marks the slot bad and reboots into
the other slot; the agent there reports the reason. The agent itself needs no right to
reboot, and a trial whose agent never starts is failed by the backstop alone.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from llmos.agent.osupdate.rauc import Rauc, RaucError
from llmos.agent.osupdate.status import booted_slot

log = logging.getLogger("llmos.osupdate")

# What still keeps the agent from being healthy (empty: healthy).
Checks = Callable[[], list[str]]

PENDING, PASSED, FAILED, OFF = "pending", "passed", "failed", "off"


@dataclass(frozen=True)
class GateResult:
    passed: bool
    reason: str
    seconds: float


async def wait_healthy(checks: Checks, timeout_s: float, *, interval_s: float = 1.0,
                       clock: Callable[[], float] = time.monotonic,
                       sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> GateResult:
    """Poll `checks` until they all pass or `timeout_s` has gone by; the reason names what
    still failed at the end."""
    started = clock()
    while True:
        try:
            failing = checks()
        except Exception as error:  # a check that raises is a failing check, not a crash
            failing = [f"health check raised {type(error).__name__}: {error}"]
        elapsed = clock() - started
        if not failing:
            return GateResult(True, "", elapsed)
        if elapsed >= timeout_s:
            return GateResult(False, f"not healthy within {timeout_s:.0f} s: {'; '.join(failing)}",
                              elapsed)
        await sleep(interval_s)


class BootTrial:
    """Run once per agent start: gate the booted slot if it is on trial."""

    def __init__(self, rauc: Rauc, checks: Checks, timeout_s: float, verdict_file: Path, *,
                 version: str = "", clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.rauc = rauc
        self.checks = checks
        self.timeout_s = timeout_s
        self.verdict_file = verdict_file
        self.version = version
        self.clock = clock
        self.sleep = sleep
        self.state = PENDING
        self.reason = ""
        self.slot = ""
        self.seconds = 0.0

    async def run(self) -> str:
        # The agent starts before D-Bus and rauc.service may be up: ask again until the gate's
        # time is over, and only then call RAUC's silence a failed trial.
        deadline = self.clock() + self.timeout_s
        while True:
            try:
                raw = await self.rauc.status()
                break
            except RaucError as error:
                if self.clock() >= deadline:
                    log.error("boot trial: RAUC does not answer: %s", error)
                    return self._verdict(FAILED, f"RAUC does not answer: {error}")
                await self.sleep(2.0)
        booted = booted_slot(raw)
        if booted is None:
            log.info("boot trial: the booted system is not one of RAUC's slots")
            self.state = OFF
            return self.state
        self.slot = booted.bootname
        if booted.boot_status == "good":
            # Marked good earlier in this boot (the agent restarted): nothing to prove again.
            return self._verdict(PASSED, "")
        log.info("boot trial of slot %s: health gate (up to %.0f s)", self.slot, self.timeout_s)
        result = await wait_healthy(self.checks, self.timeout_s, clock=self.clock, sleep=self.sleep)
        self.seconds = result.seconds
        if not result.passed:
            log.error("boot trial of slot %s failed: %s", self.slot, result.reason)
            return self._verdict(FAILED, result.reason)
        try:
            await self.rauc.mark("good")
        except RaucError as error:
            log.error("boot trial: mark-good refused: %s", error)
            return self._verdict(FAILED, f"rauc mark-good failed: {error}")
        log.info("boot trial of slot %s passed in %.1f s: marked good", self.slot, result.seconds)
        return self._verdict(PASSED, "")

    def _verdict(self, state: str, reason: str) -> str:
        self.state, self.reason = state, reason
        record = {"result": state, "reason": reason, "slot": self.slot, "version": self.version,
                  "at": time.time(), "seconds": round(self.seconds, 1)}
        try:
            self.verdict_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.verdict_file.with_name(self.verdict_file.name + ".tmp")
            tmp.write_text(json.dumps(record))
            os.chmod(tmp, 0o644)  # read by the root backstop; nothing secret
            os.replace(tmp, self.verdict_file)
        except OSError as error:
            log.error("boot trial: cannot write %s: %s", self.verdict_file, error)
        return state
