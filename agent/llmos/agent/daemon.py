"""`llmos-agent run`: wire the parts together, tell systemd, and shut down without losing work."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import time
from collections.abc import Callable
from typing import Any

from llmos.agent.api import OsUpdateApi, UpdateApi
from llmos.agent.catalog import load_catalog
from llmos.agent.config import AgentConfig
from llmos.agent.console.serial_port import ConsoleManager
from llmos.agent.controller.ahead import GroundAhead, keep_ahead
from llmos.agent.controller.chain import controller_chain
from llmos.agent.device_state import state_source
from llmos.agent.domain import HardwareEvent
from llmos.agent.engine import Engine
from llmos.agent.executor import Executor
from llmos.agent.executor.record import RecordingExecutor
from llmos.agent.executor.system import SystemExecutor
from llmos.agent.store import Store
from llmos.agent.systemd import Notifier
from llmos.agent.udev import UdevSource, replay
from llmos.agent.validation import prepare
from llmos.agent.voice.supervisor import VoiceSupervisor

log = logging.getLogger("llmos.daemon")
_STATUS_EVERY_S = 5.0


def _executor(config: AgentConfig, consoles: ConsoleManager) -> Executor:
    if config.executor.kind == "record":
        return RecordingExecutor()
    return SystemExecutor(config.executor, consoles)


async def run(config: AgentConfig) -> int:
    notifier = Notifier()
    store = Store(config.state_dir / "agent.db")
    # One catalog and one view of the device for every part: what the agent changes (a mount)
    # invalidates the state that the engine, the model and voice all read.
    catalog = load_catalog()
    source = state_source(config.replay.state, config.executor.sysfs_root)
    # The model loads behind the serving control plane (controller/chain.py), from the model
    # slot that updates installed if there is one (update/updater.py).
    chain_config, updater = config, None
    if config.updates.repo_url:
        from llmos.agent.update.updater import ModelUpdater, bundle_to_load

        chain_config = config.model_copy(update={"model": config.model.model_copy(
            update={"bundle": bundle_to_load(config)})})
    controller = controller_chain(chain_config, store, catalog)
    # every new state read is handed to the model ahead of the commands (controller/ahead.py)
    state = GroundAhead(source, controller.prepare)
    if config.updates.repo_url:
        updater = ModelUpdater(config, catalog, controller)
    consoles = ConsoleManager(config.console)
    agent = Engine(config, store, catalog, controller, _executor(config, consoles), state)
    agent.add_counters(consoles.counters)
    await agent.start()

    voice = VoiceSupervisor(config, agent, catalog.tools, state.read)
    agent.add_counters(voice.counters)

    def on_events(batch: list[HardwareEvent]) -> None:
        agent.submit_events(batch)
        voice.observe(batch)  # a USB microphone plugged in starts the voice interface

    udev: UdevSource | None = None
    if config.udev.enabled:
        udev = UdevSource(config.udev.subsystems, on_events, lambda: agent.intake.backlog)
        try:
            udev.start()
            agent.add_counters(udev.counters)
        except OSError as error:
            log.error("udev monitor unavailable: %s", error)
            agent.degrade(f"udev monitor unavailable: {error}")
            udev = None

    from llmos.agent.grpc import start_control_plane

    os_updater = None
    if config.os_update.enabled:  # A/B OS updates: RAUC, and this boot's trial (osupdate/)
        from llmos.agent.osupdate.checks import health_checks
        from llmos.agent.osupdate.updater import OsUpdater

        os_updater = OsUpdater(config, health_checks(config, agent, controller, lambda: udev))
    control = await start_control_plane(config, agent, updater, os_updater)
    for reason in control.degraded:
        agent.degrade(reason)
    consoles.start(agent)
    await voice.start()
    fleet = _fleet_link(config, agent, updater, os_updater)
    agent.serving = True
    notifier.ready(agent.health().status)
    log.info("ready: %s", agent.health().status)
    # What need not delay READY: the catalog's JSON-schema validators, and the model.
    background: list[asyncio.Task[Any]] = [asyncio.create_task(_watchdog(agent, notifier,
                                                                          control.set_serving)),
                                           asyncio.create_task(asyncio.to_thread(prepare, agent.catalog))]
    controller.start(on_failure=agent.degrade)
    background.append(asyncio.create_task(_freeze_when_loaded(controller.wait)))
    if config.controller.kind == "model":  # the rules encode nothing: no reads for them
        background.append(asyncio.create_task(keep_ahead(state, controller.wait)))
    if os_updater is not None:
        os_updater.start()
    if updater is not None:
        # A bundle still on trial (a restart between switch and health gate) is gated now.
        background += [asyncio.create_task(updater.resume()),
                       asyncio.create_task(updater.run_periodic())]
    if config.replay.path is not None:
        background.append(asyncio.create_task(
            replay(config.replay.path, agent.submit_events, config.replay.interval_s)))

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()

    log.info("stopping: draining the queue")
    notifier.stopping("draining")
    agent.serving = False
    control.set_serving(False)
    if udev is not None:
        udev.stop()
    await consoles.stop()
    await voice.stop()
    if fleet is not None:
        fleet[1].cancel()
        await asyncio.gather(fleet[1], return_exceptions=True)
        await fleet[0].goodbye()
    await agent.stop()
    for task in background:
        task.cancel()
    await control.stop(grace=2.0)
    state.close()
    store.close()
    log.info("stopped")
    return 0


async def _freeze_when_loaded(loaded: Callable[[float], bool]) -> None:
    """Once the model is loaded, what is in memory stays: the garbage collector stops scanning it.
    A full collection walks every tracked object (some 340,000 once the model controller is
    loaded: 0.33 s on a shared two-core machine), and one that falls into a decision is that
    decision's latency (issue 20). gc.freeze() moves them out of the collected generations in O(1); they
    are still freed when their last reference goes, and cycles made later are collected as
    before (only garbage cycles left over from start-up stay)."""
    while not await asyncio.to_thread(loaded, 1.0):  # a short wait: shutdown never waits long
        pass
    gc.freeze()
    log.info("gc: %d objects of the loaded agent frozen", gc.get_freeze_count())


def _fleet_link(config: AgentConfig, agent: Engine, updates: UpdateApi | None,
                os_updates: OsUpdateApi | None) -> tuple[Any, asyncio.Task[None]] | None:
    """The MQTT link to the fleet, if configured: it reconnects by itself, so a broker that is
    down at start only degrades health until it answers."""
    if not config.fleet.enabled:
        return None
    from llmos.agent.mqtt import FleetLink, device_name

    try:
        crl = None  # the config checks that follow_crl comes with a grpc.crl
        if config.fleet.follow_crl and config.grpc.crl is not None:
            crl = (config.grpc.client_ca, config.grpc.crl)
        link = FleetLink(config.fleet, agent, device_name(config.fleet),
                         config.grpc.max_message_bytes, updates, crl, os_updates)
    except (OSError, ValueError) as error:
        log.error("fleet link not started: %s", error)
        agent.degrade(f"fleet link not started: {error}")
        return None
    agent.add_counters(link.counters)
    return link, asyncio.create_task(link.run())


async def _watchdog(agent: Engine, notifier: Notifier,
                    set_serving: Callable[[bool], None] = lambda serving: None) -> None:
    """Ping systemd only while the loop runs and the controller keeps up with its queue.

    The pings come from a coroutine on the event loop, so a blocked loop stops them by itself;
    a stalled worker (queue not empty, no progress) stops them on purpose.
    """
    interval = notifier.watchdog_interval()
    tick = min(interval or 1.0, 1.0)  # health (and grpc.health.v1) follows within a second
    last_status = 0.0
    serving = True
    withheld = False
    while True:
        health = agent.health()
        if health.serving != serving and not agent.intake.closed:
            serving = health.serving  # grpc.health.v1 follows: NOT_SERVING while writes fail
            set_serving(serving)
        stalled = [r for r in health.reasons if "progress" in r]
        if stalled != [] and not withheld:  # the journal tells why systemd restarts us
            log.warning("watchdog pings withheld: %s", stalled[0])
        elif withheld and not stalled:
            log.warning("watchdog pings resumed: the worker moved on")
        withheld = bool(stalled)
        if interval is not None and not withheld:
            notifier.watchdog()
        now = time.monotonic()
        if now - last_status >= _STATUS_EVERY_S:
            notifier.status(health.status)
            last_status = now
        await asyncio.sleep(tick)
