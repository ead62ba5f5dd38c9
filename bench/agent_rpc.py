"""Control-plane benchmarks against the real daemon over mTLS on loopback.

- unary: GetHealth calls per second from client processes with many calls in flight
  (target >= 2,000/s on the 2-core reference machine).
- fan-out: 100 StreamEvents subscribers while udev events are replayed at ~1,000/s: the rate each
  subscriber receives, losses, and journal-to-subscriber latency.

Clients run in their own processes (as they would on other machines) and share the 2 cores with
the daemon, so the figures are a lower bound. Results go under "rpc" in bench/results/agent.json
(the machine is noted there too).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import grpc
import tomli_w
from grpc_health.v1 import health_pb2, health_pb2_grpc

from bench.common import percentiles, write
from llmos import pki
from llmos.v1 import device_pb2, device_pb2_grpc, events_pb2, events_pb2_grpc

UNARY_SECONDS = 5.0
UNARY_PROCESSES = 2
UNARY_IN_FLIGHT = 16  # per client process: near the peak rate, latency still low
SUBSCRIBERS = 100
SUBSCRIBER_PROCESSES = 4
FANOUT_EVENTS = 8000
FANOUT_RATE = 1000.0  # events per second
WARMUP_S = 1.0  # events this soon after every subscriber is connected are not measured


class Daemon:
    """llmos-agent run as a subprocess with an mTLS listener and a development PKI."""

    def __init__(self, tmp: Path, replay: Path | None = None,
                 replay_interval_s: float = 0.0) -> None:
        self.pki = tmp / "pki"
        if not (self.pki / "device.crt").exists():
            pki.make_dev_pki(self.pki)
        self.address = f"127.0.0.1:{_free_port()}"
        config: dict[str, Any] = {
            "state_dir": str(tmp / f"state-{time.monotonic_ns()}"),
            "log_level": "warning",
            "udev": {"enabled": False},
            "executor": {"kind": "record"},
            "queue": {"capacity": 100_000},
            "policy": {"rate_per_minute": 1_000_000},
            "grpc": {"listen": self.address, "cert": str(self.pki / "device.crt"),
                     "key": str(self.pki / "device.key"),
                     "client_ca": str(self.pki / "fleet-ca.crt"), "unix_socket": ""},
        }
        if replay is not None:
            config["replay"] = {"path": str(replay), "interval_s": replay_interval_s}
        path = tmp / "agent.toml"
        path.write_text(tomli_w.dumps(config))
        self.log = (tmp / "agent.log").open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "llmos.agent", "run", "--config",
                                      str(path)], stdout=self.log, stderr=subprocess.STDOUT)
        self._wait_serving()

    def credentials(self, role: str = "viewer") -> grpc.ChannelCredentials:
        return client_credentials(str(self.pki), role)

    def _wait_serving(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        with grpc.secure_channel(self.address, self.credentials()) as channel:
            stub = health_pb2_grpc.HealthStub(channel)
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"agent exited with {self.proc.returncode}")
                try:
                    if stub.Check(health_pb2.HealthCheckRequest(), timeout=1).status == 1:
                        return
                except grpc.RpcError:
                    time.sleep(0.1)
        raise RuntimeError("agent did not start serving")

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def client_credentials(pki_dir: str, role: str) -> grpc.ChannelCredentials:
    base = Path(pki_dir)
    return grpc.ssl_channel_credentials((base / "fleet-ca.crt").read_bytes(),
                                        (base / f"{role}.key").read_bytes(),
                                        (base / f"{role}.crt").read_bytes())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- unary ------------------------------------------------------------------------------------

def _unary_client(address: str, pki_dir: str, seconds: float, in_flight: int,
                  out: multiprocessing.Queue[tuple[int, list[float]]]) -> None:
    async def run() -> tuple[int, list[float]]:
        async with grpc.aio.secure_channel(address, client_credentials(pki_dir, "viewer")) as ch:
            stub = device_pb2_grpc.DeviceServiceStub(ch)
            await stub.GetHealth(device_pb2.GetHealthRequest())  # connect before timing
            latencies: list[float] = []
            end = time.perf_counter() + seconds

            async def worker() -> None:
                while (start := time.perf_counter()) < end:
                    await stub.GetHealth(device_pb2.GetHealthRequest())
                    latencies.append(time.perf_counter() - start)

            await asyncio.gather(*(worker() for _ in range(in_flight)))
            return len(latencies), latencies

    out.put(asyncio.run(run()))


def bench_unary(daemon: Daemon) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    out: multiprocessing.Queue[tuple[int, list[float]]] = context.Queue()
    clients = [context.Process(target=_unary_client, args=(
        daemon.address, str(daemon.pki), UNARY_SECONDS, UNARY_IN_FLIGHT, out))
        for _ in range(UNARY_PROCESSES)]
    for client in clients:
        client.start()
    answers = [out.get(timeout=120) for _ in clients]
    for client in clients:
        client.join()
    calls = sum(n for n, _ in answers)
    latencies = sorted(x for _, xs in answers for x in xs)
    return {
        "method": "llmos.v1.DeviceService/GetHealth over mTLS",
        "client_processes": UNARY_PROCESSES, "in_flight_per_process": UNARY_IN_FLIGHT,
        "seconds": UNARY_SECONDS, "calls": calls,
        "calls_per_s": round(calls / UNARY_SECONDS),
        "latency": percentiles(latencies),
        "target_calls_per_s": 2000,
    }


# -- fan-out ----------------------------------------------------------------------------------

def _subscribers(address: str, pki_dir: str, count: int, expected: int,
                 out: multiprocessing.Queue[list[dict[str, Any]]]) -> None:
    """`count` subscribers, each on its own connection, until each has `expected` events."""

    async def one() -> dict[str, Any]:
        async with grpc.aio.secure_channel(address, client_credentials(pki_dir, "viewer")) as ch:
            stub = events_pb2_grpc.EventServiceStub(ch)
            stream = stub.StreamEvents(events_pb2.StreamEventsRequest(
                kinds=[events_pb2.EVENT_KIND_HARDWARE]))
            received: list[tuple[int, float, float]] = []  # seq, journal time, received time
            try:
                async for message in stream:
                    now = time.time()
                    received += [(e.seq, e.time.ToNanoseconds() / 1e9, now)
                                 for e in message.events]
                    if len(received) >= expected:
                        break
            finally:
                stream.cancel()
            seqs = [seq for seq, _, _ in received]
            return {"count": len(received), "ordered": seqs == sorted(set(seqs)),
                    "samples": received}

    async def run() -> list[dict[str, Any]]:
        return list(await asyncio.wait_for(asyncio.gather(*(one() for _ in range(count))), 300))

    out.put(asyncio.run(run()))


def _replay_file(tmp: Path, count: int) -> Path:
    path = tmp / f"replay-{count}.jsonl"
    path.write_text("".join(json.dumps({
        "action": "add", "subsystem": "input", "devpath": f"/devices/virtual/input/input{i}",
        "properties": {"NAME": f"bench {i}"}}) + "\n" for i in range(count)))
    return path


def _run_subscribers(daemon: Daemon, expected: int) -> list[dict[str, Any]]:
    """SUBSCRIBERS streams of hardware events from seq 0, spread over client processes."""
    context = multiprocessing.get_context("spawn")
    out: multiprocessing.Queue[list[dict[str, Any]]] = context.Queue()
    per_process = SUBSCRIBERS // SUBSCRIBER_PROCESSES
    clients = [context.Process(target=_subscribers, args=(
        daemon.address, str(daemon.pki), per_process, expected, out))
        for _ in range(SUBSCRIBER_PROCESSES)]
    for client in clients:
        client.start()
    subscribers = [s for _ in clients for s in out.get(timeout=600)]
    for client in clients:
        client.join()
    return subscribers


def bench_fanout(tmp: Path) -> dict[str, Any]:
    """Live: events replayed at FANOUT_RATE while 100 subscribers follow the log."""
    daemon = Daemon(tmp, _replay_file(tmp, FANOUT_EVENTS), 1.0 / FANOUT_RATE)
    try:
        subscribers = _run_subscribers(daemon, FANOUT_EVENTS)
        rss = daemon.rss_mb()
    finally:
        daemon.stop()
    # Measure only live delivery: events journaled after the last subscriber was connected.
    joined = max(s["samples"][0][2] for s in subscribers) + WARMUP_S
    live = [(seq, t, r) for s in subscribers for seq, t, r in s["samples"] if t >= joined]
    latencies = sorted(r - t for _, t, r in live)
    journaled = {seq: t for seq, t, _ in live}
    span = max(journaled.values()) - min(journaled.values()) if len(journaled) > 1 else 0.0
    delivered_span = max(r for _, _, r in live) - min(r for _, _, r in live) if live else 0.0
    return {
        "subscribers": len(subscribers), "events": FANOUT_EVENTS,
        "replay_rate_target_per_s": FANOUT_RATE,
        "live_events": len(journaled),
        "events_journaled_per_s": round(len(journaled) / span) if span else None,
        "deliveries_per_s": round(len(live) / delivered_span) if delivered_span else None,
        "per_subscriber_events_per_s": (round(len(live) / delivered_span / len(subscribers))
                                        if delivered_span else None),
        "lost": sum(FANOUT_EVENTS - s["count"] for s in subscribers),
        "all_in_order": all(s["ordered"] for s in subscribers),
        "latency": percentiles(latencies),
        "agent_rss_mb_after": round(rss, 1),
        "client_processes": SUBSCRIBER_PROCESSES,
    }


def bench_catchup(tmp: Path) -> dict[str, Any]:
    """Capacity: the log already holds the events; 100 subscribers read it from seq 0 at once.
    Shows how fast the stream path delivers, apart from how fast events can be produced."""
    daemon = Daemon(tmp, _replay_file(tmp, FANOUT_EVENTS))
    try:
        _wait_quiet(daemon)
        started = time.time()
        subscribers = _run_subscribers(daemon, FANOUT_EVENTS)
    finally:
        daemon.stop()
    received = [r for s in subscribers for _, _, r in s["samples"]]
    span = max(received) - min(received)
    slowest = max(s["samples"][-1][2] - s["samples"][0][2] for s in subscribers)
    return {
        "subscribers": len(subscribers), "events": FANOUT_EVENTS,
        "deliveries_per_s": round(len(received) / span),
        "slowest_subscriber_events_per_s": round(FANOUT_EVENTS / slowest),
        "all_done_s": round(max(received) - started, 2),
        "lost": sum(FANOUT_EVENTS - s["count"] for s in subscribers),
    }


def _wait_quiet(daemon: Daemon, quiet_s: float = 2.0, timeout: float = 300.0) -> None:
    """Until the log stops growing: every replayed event decided and acted on."""
    deadline = time.monotonic() + timeout
    with grpc.secure_channel(daemon.address, daemon.credentials()) as channel:
        stub = events_pb2_grpc.EventServiceStub(channel)
        last, since = -1, time.monotonic()
        while time.monotonic() < deadline:
            page = stub.ListEvents(events_pb2.ListEventsRequest(page_size=1, after_seq=2**62))
            seq = int(page.next_page_token or 0)
            if seq != last:
                last, since = seq, time.monotonic()
            elif time.monotonic() - since >= quiet_s:
                return
            time.sleep(0.2)
    raise RuntimeError("the agent's log kept growing")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="llmos-bench-rpc-") as name:
        tmp = Path(name)
        daemon = Daemon(tmp)
        try:
            unary = bench_unary(daemon)
        finally:
            daemon.stop()
        print(f"unary: {unary['calls_per_s']} calls/s (p99 {unary['latency']['p99_ms']} ms)",
              flush=True)
        fanout = bench_fanout(tmp)
        print(f"fan-out (live): {fanout['subscribers']} subscribers, "
              f"{fanout['per_subscriber_events_per_s']} events/s each, lost {fanout['lost']}, "
              f"p99 {fanout['latency']['p99_ms']} ms", flush=True)
        catchup = bench_catchup(tmp)
        print(f"fan-out (from the log): {catchup['deliveries_per_s']} deliveries/s, slowest "
              f"subscriber {catchup['slowest_subscriber_events_per_s']} events/s", flush=True)
    path = write("agent", "rpc", {"unary": unary, "fanout": fanout, "fanout_from_log": catchup})
    print(f"wrote {path} (rpc)", flush=True)


if __name__ == "__main__":
    main()
