"""The model updater: fetch, stage, check, switch, gate; roll back when the gate fails.

One update at a time (a second caller is told one is running). The order, and what a power
cut at each step leaves (slots.py makes each step atomic):

1. refresh the TUF metadata and pick a bundle (fetch.py)    -> nothing changed
2. download and verify its files                            -> a download directory
3. stage them into the inactive slot                        -> that slot replaced, `current` not
4. check the candidate on this device (candidate.py)        -> refused: the slot is left inactive
5. mark it on trial, switch `current` to it                 -> the agent loads it at start and
                                                               runs the gate again (`resume`)
6. the controller chain decides through it; the health gate asks for one decision through the
   engine's path within `updates.gate_timeout_s`: passed, the trial ends; failed, `current`
   goes back to the previous slot (the factory bundle if there is none), the failed slot is
   marked bad, and the previous controller, still in memory, decides again at once.

Everything blocking (TUF, file copies, loading and running models) runs on a worker thread;
the event loop only awaits it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import shutil
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from llmos.agent.api import Conflict
from llmos.agent.api import UpdateResult as Result
from llmos.agent.catalog import Catalog
from llmos.agent.config import AgentConfig
from llmos.agent.controller import Controller
from llmos.agent.controller.chain import FAILED, ControllerChain
from llmos.agent.controller.model.bundle import MANIFEST, BundleError, load_bundle
from llmos.agent.domain import DecisionRequest, DeviceState
from llmos.agent.update import candidate
from llmos.agent.update.candidate import CandidateRefused
from llmos.agent.update.fetch import Fetcher, FetchError, Offer, version_key
from llmos.agent.update.slots import SLOTS, ModelSlots, SlotError

log = logging.getLogger("llmos.update")

# Outcomes of UpdateModel and RollbackModel, as the API reports them.
INSTALLED, UP_TO_DATE, REFUSED, ROLLED_BACK, FAILED_GATE = (
    "installed", "up-to-date", "refused", "rolled-back", "gate-failed")
GATE_REQUEST = DecisionRequest(events=(), state=DeviceState(), command="report the device status")


class UpdateBusy(Conflict):
    """An update or rollback is already running."""


class UpdatesOff(Conflict):
    """Model updates are not configured or cannot apply to this controller."""


def slots_root(config: AgentConfig) -> Path:
    return config.updates.slots_dir or config.state_dir / "models"


def bundle_to_load(config: AgentConfig) -> Path:
    """The bundle the agent loads at start: the slot behind `current` when model updates have
    installed one, the configured (factory) bundle otherwise."""
    if not config.updates.repo_url:
        return config.model.bundle
    return ModelSlots(slots_root(config)).current_bundle() or config.model.bundle


class ModelUpdater:
    """`chain`: the daemon's controller chain, switched in place. Without one (a standalone
    run) the updater loads the current bundle into a chain of its own for the gate."""

    def __init__(self, config: AgentConfig, catalog: Catalog,
                 chain: ControllerChain | None = None,
                 checkpoint: Callable[[str], None] | None = None) -> None:
        self.config = config
        self.settings = config.updates
        self.catalog = catalog
        self.slots = ModelSlots(slots_root(config))
        root = self.slots.root
        self.fetcher = Fetcher(self.settings.repo_url, self.settings.trusted_root, root / "tuf",
                               root / "download")
        self.chain = chain
        self._checkpoint = checkpoint or (lambda step: None)
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[Result]] = set()
        self.activity = ""

    # -- reporting -------------------------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        state = self.slots.read_state()
        active = self.slots.active()
        slots = []
        for slot in SLOTS:
            present = (self.slots.root / slot / "manifest.json").is_file()
            role = ("active" if slot == active else "bad" if slot in state.bad
                    else "inactive" if present else "empty")
            if slot == state.trial and slot == active:
                role = "trial"
            slots.append({"name": slot, "state": role,
                          "version": state.versions.get(slot, "") if present else "",
                          "installed_at": state.installed_at.get(slot, 0.0) if present else 0.0})
        return {"enabled": bool(self.settings.repo_url), "repo_url": self.settings.repo_url,
                "current": active or "factory", "slots": slots,
                "factory_bundle": str(self.config.model.bundle),
                "last_error": state.last_error, "last_result": state.last_result,
                "last_check": state.last_check, "activity": self.activity}

    # -- entry points ----------------------------------------------------------------------------

    def _ready(self) -> None:
        if not self.settings.repo_url:
            raise UpdatesOff("model updates are off: set updates.repo_url")
        if self.config.controller.kind != "model":
            raise UpdatesOff("model updates need controller.kind = \"model\"")

    async def update(self, version: str = "") -> Result:
        """Check the repository now and install what it offers (`version`, or the newest)."""
        return await self._shielded(self._update_locked(version))

    async def _update_locked(self, version: str) -> Result:
        async with self._lock:
            await self._resume_trial()
            if self.chain is not None:  # the daemon's model may still be loading
                await asyncio.to_thread(self.chain.wait)
            return await self._guarded(self._install, version)

    async def rollback(self) -> Result:
        """Back to the other slot's bundle (which must have passed its gate before)."""
        return await self._shielded(self._rollback_locked())

    async def _rollback_locked(self) -> Result:
        async with self._lock:
            if self.chain is not None:
                await asyncio.to_thread(self.chain.wait)
            return await self._guarded(self._rollback_manual)

    async def _shielded(self, work: Coroutine[Any, Any, Result]) -> Result:
        """Run `work` to its end even when the caller goes away (a client's deadline, Ctrl-C):
        a half-done update is safe (slots.py), but a finished one is clearer."""
        try:
            self._ready()
            if self._tasks or self._lock.locked():  # _tasks: set before this yields
                raise UpdateBusy(f"busy: {self.activity or 'an update is running'}")
        except Conflict:
            work.close()
            raise
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return await asyncio.shield(task)

    async def resume(self) -> None:
        """At start: a slot still on trial (a power cut between switch and gate) is gated now,
        and a slot that did not even load is rolled back."""
        if not self.settings.repo_url or self.config.controller.kind != "model":
            return
        async with self._lock:
            await self._resume_trial()

    async def run_periodic(self) -> None:
        """Check every `updates.check_interval_s` (0: only when asked)."""
        interval = self.settings.check_interval_s
        if not self.settings.repo_url or interval <= 0:
            return
        while True:
            # +-10%: a fleet started together does not check all at the same second.
            await asyncio.sleep(interval * random.uniform(0.9, 1.1))
            try:
                result = await self.update()
                log.info("update check: %s %s %s", result.outcome, result.version, result.detail)
            except (UpdateBusy, UpdatesOff):
                pass
            except Exception:  # the daemon outlives a failed check; the state says why
                log.exception("update check failed")

    # -- the steps -------------------------------------------------------------------------------

    async def _guarded(self, step: Callable[..., Any], *args: Any) -> Result:
        try:
            result: Result = await step(*args)
        except (FetchError, CandidateRefused, SlotError, BundleError) as error:
            result = Result(REFUSED, detail=str(error))
            log.error("model update refused: %s", error)
        finally:
            self.activity = ""
        state = self.slots.read_state()
        state.last_result = f"{result.outcome} {result.version}".strip()
        state.last_error = result.detail if result.outcome in (REFUSED, FAILED_GATE) else ""
        state.last_check = time.time()
        self.slots.write_state(state)
        return result

    async def _install(self, version: str) -> Result:
        timings: dict[str, float] = {}
        started = time.monotonic()
        self.activity = "checking the repository"
        updater, offers = await asyncio.to_thread(self.fetcher.offers)
        offer = self._choose(offers, version)
        state = self.slots.read_state()
        active = self.slots.active()
        current = self._running_version(active)
        if offer is None or offer.version == current:
            return Result(UP_TO_DATE, current, "nothing newer in the repository")
        if not version and version_key(offer.version) < version_key(current):
            # A repository whose newest is older than what runs: not followed down by itself.
            return Result(UP_TO_DATE, current, f"the repository's newest is {offer.version}; "
                          "install an older version by name")
        if not version and offer.key in state.refused:
            return Result(UP_TO_DATE, offer.version, f"{offer.key} was refused before; "
                          "install it by name to try again")
        slot = ""
        try:
            if offer.catalog_sha256 != self.catalog.sha256:
                raise CandidateRefused(
                    f"{offer.key} is built for action catalog {offer.catalog_sha256[:12]}…, this "
                    f"agent has {self.catalog.sha256[:12]}… (catalog v{self.catalog.version})")
            self.activity = f"downloading {offer.key}"
            download = await asyncio.to_thread(self.fetcher.download, updater, offer)
            self._checkpoint("fetched")
            timings["verify_s"] = time.monotonic() - started
            self.activity = f"staging {offer.key}"
            # Checksums and catalog before a byte reaches a slot.
            await asyncio.to_thread(load_bundle, download, self.catalog)
            t = time.monotonic()
            slot = await asyncio.to_thread(self._stage, download, offer)
            timings["stage_s"] = time.monotonic() - t
            self._checkpoint("staged")
            self.activity = f"checking {offer.key} on this device"
            t = time.monotonic()
            controller, report = await asyncio.to_thread(self._check, slot)
            timings["check_s"] = time.monotonic() - t
            self._checkpoint("checked")
        except CandidateRefused as error:
            state = self.slots.read_state()
            state.refused = [*state.refused[-19:], offer.key]
            if slot:  # staged but refused: never to be rolled back to
                state.bad = sorted({*state.bad, slot})
            self.slots.write_state(state)
            raise CandidateRefused(f"{offer.key} refused: {error}") from None
        log.info("candidate %s: %.0f%% on %d golden cases (claims %.0f%%), %.1f ms vs %s ms",
                 offer.key, report.exact_match * 100, report.cases, report.claimed * 100,
                 report.latency_ms, report.baseline_ms)
        result = await self._switch(slot, offer.version, controller, timings)
        if result.outcome == FAILED_GATE:  # not tried again on every check
            state = self.slots.read_state()
            state.refused = [*state.refused[-19:], offer.key]
            self.slots.write_state(state)
        return result

    def _running_version(self, active: str | None) -> str:
        """The version behind `current`, or the factory bundle's."""
        if active:
            return self.slots.read_state().versions.get(active, "")
        try:
            return str(json.loads((self.config.model.bundle / MANIFEST).read_text())["version"])
        except (OSError, ValueError, KeyError, TypeError):
            return ""

    def _choose(self, offers: list[Offer], version: str) -> Offer | None:
        if version:
            chosen = next((o for o in offers if o.version == version), None)
            if chosen is None:
                raise FetchError(f"version {version} is not in the repository")
            return chosen
        return offers[0] if offers else None

    def _stage(self, download: Path, offer: Offer) -> str:
        files = [(name, download / name) for name in offer.files]
        slot = self.slots.stage(files, self._checkpoint)
        state = self.slots.stamp(slot, offer.version)
        self.slots.write_state(state)
        shutil.rmtree(download, ignore_errors=True)
        return slot

    def _check(self, slot: str) -> tuple[Controller, candidate.Report]:
        path = self.slots.path(slot)
        bundle = load_bundle(path, self.catalog)
        controller = candidate.load_candidate(path, self.catalog, self.config.model)
        current = self._current_controller()
        report = candidate.check(controller, bundle, self.catalog, current,
                                 self.settings.min_accuracy, self.settings.latency_factor)
        return controller, report

    def _current_controller(self) -> Controller | None:
        chain = self._own_chain()
        inner = chain.current if chain.state != FAILED else None
        return inner if inner is not None and inner.name == "model" else None

    def _own_chain(self) -> ControllerChain:
        """The daemon's chain, or (standalone) one loaded from the current bundle."""
        if self.chain is None:
            from llmos.agent.controller.chain import controller_chain

            config = self.config.model_copy(update={"model": self.config.model.model_copy(
                update={"bundle": bundle_to_load(self.config)})})
            self.chain = controller_chain(config, None, self.catalog)
            self.chain.load()
        return self.chain

    async def _switch(self, slot: str, version: str, controller: Controller,
                      timings: dict[str, float]) -> Result:
        previous = self.slots.active()
        state = self.slots.read_state()
        state.trial = slot
        self.slots.write_state(state)
        self.activity = f"switching to {version}"
        t = time.monotonic()
        await asyncio.to_thread(self.slots.switch, slot)
        self._checkpoint("switched")
        chain = await asyncio.to_thread(self._own_chain)
        old = chain.replace(controller, self.slots.path(slot))
        self.activity = f"health gate for {version}"
        reason = await self._gate(chain, version)
        timings["switch_s"] = time.monotonic() - t
        if reason is None:
            state = self.slots.read_state()
            state.trial = ""
            self.slots.write_state(state)
            self._checkpoint("gated")
            log.info("model %s installed in slot %s", version, slot)
            return Result(INSTALLED, version, f"slot {slot}", timings)
        t = time.monotonic()
        await self._fall_back(chain, slot, previous, old)
        timings["rollback_s"] = time.monotonic() - t
        return Result(FAILED_GATE, version,
                      f"{version} failed its health gate ({reason}); rolled back to "
                      f"{self._describe(previous)}", timings)

    async def _gate(self, chain: ControllerChain, version: str) -> str | None:
        """None when the engine's path decides through the new model in time; else why not."""
        timeout = self.settings.gate_timeout_s
        # asyncio.wait, not wait_for: wait_for may still hand back a result that came late.
        started = time.monotonic()
        task = asyncio.ensure_future(chain.propose(GATE_REQUEST, "update-gate"))
        done, _ = await asyncio.wait({task}, timeout=timeout)
        elapsed = time.monotonic() - started
        if not done or elapsed > timeout:
            task.cancel()
            return f"no decision within {timeout}s"
        proposal = task.result()
        if proposal.controller != "model":
            return f"decided by {proposal.controller}, not the model"
        running = chain.info().get("version", "")
        if running != version:
            return f"the chain runs {running or 'no model'}"
        return None

    async def _fall_back(self, chain: ControllerChain, bad: str, previous: str | None,
                         old: Controller | None) -> None:
        """`current` back to `previous` (or the factory bundle), `bad` marked, and the old
        controller deciding again (reloaded if it was never in memory)."""
        self._checkpoint("rolling-back")
        if previous is not None:
            await asyncio.to_thread(self.slots.switch, previous)
        else:
            await asyncio.to_thread(self.slots.clear)
        state = self.slots.read_state()
        state.trial = ""
        state.bad = sorted({*state.bad, bad})
        self.slots.write_state(state)
        restored: Controller | None = old
        target = self.slots.path(previous) if previous else self.config.model.bundle
        if restored is None or restored.name != "model":
            try:
                restored = await asyncio.to_thread(candidate.load_candidate, target,
                                                   self.catalog, self.config.model)
            except CandidateRefused as error:
                log.error("rollback target does not load either: %s", error)
                return
        assert restored is not None
        chain.replace(restored, target)
        log.warning("model rolled back to %s", self._describe(previous))

    def _describe(self, slot: str | None) -> str:
        if slot is None:
            return "the factory bundle"
        return f"{self.slots.read_state().versions.get(slot, '?')} (slot {slot})"

    async def _resume_trial(self) -> None:
        """Gate the slot on trial, if one is; with the daemon's chain also a slot that did
        not load at all (the chain failed: the rules decide) is rolled back."""
        state = self.slots.read_state()
        active = self.slots.active()
        if state.trial and state.trial != active:  # the switch never happened
            state.trial = ""
            self.slots.write_state(state)
        if active is None or (not state.trial and self.chain is None):
            return
        chain = await asyncio.to_thread(self._own_chain)
        await asyncio.to_thread(chain.wait)
        if not state.trial and chain.state != FAILED:
            return
        version = state.versions.get(active, "")
        reason = await self._gate(chain, version)
        if reason is None:
            state = self.slots.read_state()
            state.trial = ""
            state.last_result = f"{INSTALLED} {version}"
            self.slots.write_state(state)
            return
        if chain.state == FAILED or chain.error:
            reason = chain.error or reason
        previous = next((s for s in SLOTS if s != active and s not in state.bad
                         and (self.slots.root / s / "manifest.json").is_file()), None)
        await self._fall_back(chain, active, previous, None)
        state = self.slots.read_state()
        state.last_error = f"{version} failed its health gate after a restart ({reason})"
        state.last_result = f"{FAILED_GATE} {version}"
        self.slots.write_state(state)

    async def _rollback_manual(self) -> Result:
        active = self.slots.active()
        state = self.slots.read_state()
        if active is None:
            raise SlotError("the factory bundle is running: nothing to roll back to")
        other = next(s for s in SLOTS if s != active)
        if other in state.bad or not (self.slots.root / other / "manifest.json").is_file():
            raise SlotError(f"slot {other} holds no bundle that passed its gate")
        t = time.monotonic()
        self.activity = f"rolling back to slot {other}"
        controller = await asyncio.to_thread(candidate.load_candidate, self.slots.path(other),
                                             self.catalog, self.config.model)
        await asyncio.to_thread(self.slots.switch, other)
        chain = await asyncio.to_thread(self._own_chain)
        chain.replace(controller, self.slots.path(other))
        version = state.versions.get(other, "")
        log.warning("model rolled back by request to %s (slot %s)", version, other)
        return Result(ROLLED_BACK, version, f"slot {other}",
                      {"rollback_s": time.monotonic() - t})
