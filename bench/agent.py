"""The agent without the model: event -> action latency with the rule controller, and a real
udev burst of 10,000 events through systemd-udevd into the running daemon.

Writes bench/results/agent.json, section "events".
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil
import pyudev

from bench.common import percentiles, write
from llmos.agent.catalog import load_catalog
from llmos.agent.config import ALL_SUBSYSTEMS, parse_config
from llmos.agent.controller.chain import ControllerChain
from llmos.agent.domain import DeviceState, StorageState
from llmos.agent.engine import Engine
from llmos.agent.executor.record import RecordingExecutor
from llmos.agent.exposure import Host
from llmos.agent.normalize import normalise
from llmos.agent.store import Store
from llmos.v1 import device_pb2, device_pb2_grpc

SAMPLE_EVENTS = [
    ("add", "net", None, {"INTERFACE": "eth{i}"}),
    ("add", "block", "/dev/sd{i}1", {"ID_FS_TYPE": "ext4", "ID_FS_LABEL": "DATA"}),
    ("add", "tty", "/dev/ttyUSB{i}", {}),
    ("change", "power_supply", None, {"POWER_SUPPLY_TYPE": "Mains", "POWER_SUPPLY_ONLINE": "0"}),
    ("add", "input", None, {"ID_INPUT": "1"}),
]


class _Described:
    """The device the sample events come from: their links and disks exist on it."""

    state = DeviceState(interfaces=tuple(f"eth{i}" for i in range(100)),
                        storage=tuple(StorageState(f"/dev/sd{i}1", False) for i in range(100)))

    async def read(self) -> DeviceState:
        return self.state

    def invalidate(self) -> None:
        pass


async def _latency(n: int) -> dict[str, Any]:
    """Submit events one at a time; time from submit to the action's result being on disk."""
    tmp = Path(tempfile.mkdtemp(prefix="llmos-bench-"))
    # everything the sample events name is on the described device, and exposed: the bench
    # measures actions, not refusals
    config = parse_config({"state_dir": str(tmp), "policy": {
        "rate_per_minute": 10_000_000,
        "expose": {"units": ["*"], "interfaces": ["*"], "leds": ["*"], "storage": ["/dev/*"]}}})
    store = Store(tmp / "agent.db")
    agent = Engine(config, store, load_catalog(), ControllerChain(config.controller),
                  RecordingExecutor(), _Described(), host=Host(real=False))
    await agent.start()
    sub = agent.ledger.hub.subscribe()
    samples = []
    for i in range(n):
        action, subsystem, node, props = SAMPLE_EVENTS[i % len(SAMPLE_EVENTS)]
        event = normalise(action, subsystem, f"/devices/bench/{subsystem}{i}",
                          node.format(i=i % 100) if node else None,
                          {k: v.format(i=i % 100) for k, v in props.items()})
        started = time.perf_counter()
        agent.submit_events([event])
        while (entry := await sub.next()) is not None and entry.kind != "action":
            pass
        samples.append(time.perf_counter() - started)
    await agent.stop()
    store.close()
    shutil.rmtree(tmp)
    return {"rule_controller": percentiles(samples),
            "what": "submit -> event, decision and result committed to SQLite (WAL; event writes"
                    " fsynced once a second)"}


class _Reference:
    """A second udev listener: what udevd really sent, to count what the agent lost."""

    def __init__(self) -> None:
        self.monitor = pyudev.Monitor.from_netlink(pyudev.Context(), source="udev")
        for subsystem in ALL_SUBSYSTEMS:
            self.monitor.filter_by(subsystem)
        self.monitor.set_receive_buffer_size(128 * 1024 * 1024)
        self.monitor.start()
        self.count = 0
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop:
            if self.monitor.poll(timeout=0.2) is not None:
                self.count += 1

    def stop(self) -> None:
        self._stop = True
        self._thread.join()


def _burst(target: int) -> dict[str, Any]:
    from tests.support.daemon import AgentProcess

    udevd = Path("/lib/systemd/systemd-udevd")
    if os.geteuid() != 0 or not udevd.exists():
        return {"skipped": "needs root and systemd-udevd"}
    if subprocess.run(["pgrep", "-x", "systemd-udevd"], capture_output=True).returncode:
        subprocess.run([str(udevd), "--daemon"], check=True, capture_output=True)
    tmp = Path(tempfile.mkdtemp(prefix="llmos-bench-"))
    agent = AgentProcess(tmp, {"log_level": "warning", "udev": {"enabled": True},
                               "policy": {"rate_per_minute": 10_000_000}}).start()
    health_stub = device_pb2_grpc.DeviceServiceStub(agent.channel())
    process = psutil.Process(agent.proc.pid)
    rss_before = process.memory_info().rss
    rss_peak = rss_before
    reference = _Reference()
    matches = [f"--subsystem-match={s}" for s in ALL_SUBSYSTEMS]
    started = time.monotonic()
    while reference.count < target:
        subprocess.run(["udevadm", "trigger", "--action=change", *matches], check=True)
        rss_peak = max(rss_peak, process.memory_info().rss)
    subprocess.run(["udevadm", "settle", "--timeout=60"], check=False)
    time.sleep(0.5)
    sent = reference.count
    while True:  # until the agent has logged what udev sent and its queue is empty
        health = health_stub.GetHealth(device_pb2.GetHealthRequest())
        rss_peak = max(rss_peak, process.memory_info().rss)
        if health.counters["events_received"] >= sent and health.counters["queue_depth"] == 0:
            break
        if time.monotonic() - started > 600:
            break
        time.sleep(0.05)
    elapsed = time.monotonic() - started
    reference.stop()
    received = health.counters["events_received"]
    figures = {
        "udev_events_sent": sent,
        "events_logged": received,
        "events_lost": max(0, sent - received),
        "events_decided": health.counters["decisions"],
        "events_dropped_from_queue": health.events_dropped,
        "events_coalesced": health.events_coalesced,
        "queue_peak": health.queue_peak,
        "queue_capacity": health.counters["queue_capacity"],
        "seconds": round(elapsed, 2),
        "logged_per_s": round(received / elapsed, 1),
        "rss_before_mb": round(rss_before / 2**20, 1),
        "rss_peak_mb": round(rss_peak / 2**20, 1),
        "rss_growth_mb": round((rss_peak - rss_before) / 2**20, 1),
    }
    agent.stop()
    shutil.rmtree(tmp, ignore_errors=True)
    return figures


def main() -> None:
    latency = asyncio.run(_latency(2000))
    burst = _burst(10_000)
    path = write("agent", "events", {
        "event_to_action": latency,
        "udev_burst": burst,
        "targets": {"p99_event_to_action_ms": 20, "burst_rss_growth_mb": 50, "events_lost": 0},
    })
    print(path.read_text())


if __name__ == "__main__":
    main()
