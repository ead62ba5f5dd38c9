"""The fleet at scale: 1,000 simulated agents (real MQTT 5 clients with their own device
certificates, in this one process) against Mosquitto on loopback, driven by a real llmos-fleet
process through its gRPC API.

Measured: time for all agents to connect (TLS + subscribe + first state report) and for the
fleet to list them all online; a command to every agent as one job (one stage) with each
device's time from the command's record to its recorded answer (p50/p99, from the fleet's own
store); a staged rollout (10% then 40%, abort over 5 failures) where 10% of the agents fail,
which must abort after its first stage; 200 single commands through the API, each awaited
(gRPC -> fleet -> broker -> agent and back); llmos-fleet's, Mosquitto's and the agents' RSS.
Figures in bench/results/fleet.json (section "fleet"), only for a full run (the default
1,000 agents; LLMOS_BENCH_FLEET_AGENTS=20 is a quick check that prints and records nothing).

The real llmos-agent processes run in network namespaces of their own (bench/netns.py, as root
with iproute2; LLMOS_BENCH_FLEET_NETNS=0, or neither, keeps them on the host's loopback): they
reach Mosquitto through a veth pair and a bridge, where it listens beside loopback.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiomqtt
import grpc
import psutil
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from bench import netns
from bench.common import percentiles, write
from llmos import pki
from llmos.agent.mqtt import topics
from llmos.agent.mqtt.topics import NO_DELAY
from llmos.fleet import broker
from llmos.fleet.cli import dev_fleet
from llmos.fleet.config import load_fleet_config
from llmos.fleet.v1 import fleet_pb2, fleet_pb2_grpc
from llmos.v1 import commands_pb2, link_pb2

FULL_RUN = 1000
AGENTS = int(os.environ.get("LLMOS_BENCH_FLEET_AGENTS", str(FULL_RUN)))
NETNS = os.environ.get("LLMOS_BENCH_FLEET_NETNS", "1") != "0"
REAL_AGENTS = 3  # real llmos-agent processes beside the simulated ones: their engine answers
FAIL_EVERY = 10  # every 10th agent's action fails: the rollout's 10% injected failure
_CONNECTS_AT_ONCE = 100
_UNICAST = 200  # SendCommand(wait) round trips, one after another


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Sims:
    """The simulated agents: connect, report, answer every command (some with a failure)."""

    def __init__(self, broker_port: int, ca: Path, certs: list[tuple[str, Path, Path]]) -> None:
        self.port = broker_port
        self.ca = ca
        self.certs = certs
        self.connected = 0
        self.commands = 0
        self.ready = asyncio.Event()
        self.tasks: list[asyncio.Task[None]] = []
        self._gate = asyncio.Semaphore(_CONNECTS_AT_ONCE)

    def start(self) -> None:
        self.tasks = [asyncio.create_task(self._agent(i, *c)) for i, c in enumerate(self.certs)]

    async def _agent(self, index: int, name: str, cert: Path, key: Path) -> None:
        props = Properties(PacketTypes.CONNECT)
        props.SessionExpiryInterval = 3600
        client = aiomqtt.Client(
            "127.0.0.1", self.port, identifier=name, protocol=aiomqtt.ProtocolVersion.V5,
            clean_start=False, properties=props, keepalive=120, timeout=60,
            socket_options=[NO_DELAY],
            tls_params=aiomqtt.TLSParameters(ca_certs=str(self.ca), certfile=str(cert),
                                             keyfile=str(key)))
        async with self._gate:
            await client.__aenter__()
            await client.subscribe(topics.cmd(name), qos=1)
            report = link_pb2.DeviceReport(online=True)
            report.info.name = name
            report.health.serving = True
            await client.publish(topics.state(name), report.SerializeToString(), qos=1,
                                 retain=True)
        self.connected += 1
        if self.connected == len(self.certs):
            self.ready.set()
        fail = index % FAIL_EVERY == 0
        try:
            async for message in client.messages:
                self.commands += 1
                await self._answer(client, message, fail)
        finally:
            await client.__aexit__(None, None, None)

    async def _answer(self, client: aiomqtt.Client, message: aiomqtt.Message, fail: bool) -> None:
        props = message.properties
        corr = bytes(getattr(props, "CorrelationData", b"") or b"")
        outcome = commands_pb2.Outcome(
            id=corr.decode(), status=(commands_pb2.ACTION_STATUS_FAILED if fail
                                      else commands_pb2.ACTION_STATUS_SUCCEEDED))
        outcome.proposal.tool = "restart_service"
        outcome.result.ok = not fail
        outcome.result.detail = "injected failure" if fail else "restarted"
        reply = Properties(PacketTypes.PUBLISH)
        reply.CorrelationData = corr
        reply.UserProperty = [(topics.STATUS, "OK"), (topics.MESSAGE, "")]
        await client.publish(str(getattr(props, "ResponseTopic", "")),
                             commands_pb2.ExecuteResponse(outcome=outcome).SerializeToString(),
                             qos=1, properties=reply)

    async def stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


def _real_agent(directory: Path, name: str, ca: pki.Issued, broker_address: str,
                wrap: list[str] | None = None) -> subprocess.Popen[bytes]:
    import tomli_w

    home = directory / "real" / name
    home.mkdir(parents=True)
    pki.write_issued(pki.issue_device_cert(ca, name), home, "device")
    sample = Path(__file__).resolve().parents[1] / "agent/llmos/agent/samples/dev-state.json"
    config = {
        "state_dir": str(home / "state"), "log_level": "warning", "udev": {"enabled": False},
        "executor": {"kind": "record"}, "replay": {"state": str(sample)},
        "policy": {"rate_per_minute": 1_000_000},
        "grpc": {"listen": "", "unix_socket": "", "insecure_listen": f"127.0.0.1:{_free_port()}"},
        "fleet": {"enabled": True, "broker": broker_address,
                  "ca": str(directory / "pki/fleet-ca.crt"), "cert": str(home / "device.crt"),
                  "key": str(home / "device.key"), "reconnect_s": 0.2}}
    (home / "agent.toml").write_text(tomli_w.dumps(config))
    log = (home / "agent.log").open("ab")
    argv = [sys.executable, "-m", "llmos.agent", "run", "--config", str(home / "agent.toml")]
    proc = subprocess.Popen([*(wrap or []), *argv], stdout=log, stderr=subprocess.STDOUT)
    log.close()
    return proc


def _stub(directory: Path, listen: str) -> fleet_pb2_grpc.FleetServiceStub:
    pki_dir = directory / "pki"
    creds = grpc.ssl_channel_credentials((pki_dir / "fleet-ca.crt").read_bytes(),
                                         (pki_dir / "operator.key").read_bytes(),
                                         (pki_dir / "operator.crt").read_bytes())
    return fleet_pb2_grpc.FleetServiceStub(grpc.aio.secure_channel(listen, creds))


async def _until_done(stub: Any, job_id: str, timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = await stub.GetJob(fleet_pb2.GetJobRequest(id=job_id))
        if job.status != fleet_pb2.JOB_STATUS_RUNNING:
            return job
        await asyncio.sleep(0.05)
    raise TimeoutError(f"job {job_id} still running after {timeout} s")


def _latencies(db: Path, job_id: str, prefix: str) -> list[float]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return [u - c for c, u in conn.execute(
            "SELECT created, updated FROM commands WHERE job=? AND state='answered' AND "
            "device LIKE ?", (job_id, prefix + "%"))]


def _listen_on_bridge(directory: Path, ca: pki.Issued, files: broker.BrokerFiles,
                      host_ip: str) -> None:
    """Mosquitto listens on the namespaces' bridge too (the same TLS settings), with a
    certificate that names that address."""
    pki.write_issued(pki.issue_device_cert(ca, "llmos-broker", ("localhost",),
                                           ("127.0.0.1", host_ip)), directory / "pki", "broker")
    text = files.conf.read_text()
    block = text[text.index("listener "):]
    _, port, host = block.splitlines()[0].split()
    files.conf.write_text(text + "\n" + block.replace(f"listener {port} {host}",
                                                       f"listener {port} {host_ip}", 1))


@contextlib.contextmanager
def _maybe_namespaces() -> Iterator[tuple[netns.Namespaces | None, str]]:
    ok, why = netns.available() if NETNS else (False, "LLMOS_BENCH_FLEET_NETNS=0")
    if not ok:
        yield None, f"host loopback ({why})"
        return
    netns.cleanup_stale()
    with netns.namespaces(REAL_AGENTS) as made:
        yield made, "network namespaces (veth + bridge)"


async def _run(directory: Path, ns: netns.Namespaces | None, network: str) -> dict[str, Any]:
    ports = (_free_port(), _free_port(), _free_port())
    config = load_fleet_config(dev_fleet(directory, *ports))
    assert config.broker_dir is not None
    ca = pki.load_issued(directory / "pki/fleet-ca.crt", directory / "pki/fleet-ca.key")
    real_broker = config.broker
    if ns is not None:
        _listen_on_bridge(directory, ca, broker.BrokerFiles(config.broker_dir), ns.host_ip)
        real_broker = f"{ns.host_ip}:{ports[2]}"
    started = time.monotonic()
    certs = []
    for i in range(AGENTS):
        name = f"sim-{i:04d}"
        pki.write_issued(pki.issue_device_cert(ca, name), directory / "devices", name)
        certs.append((name, directory / "devices" / f"{name}.crt",
                      directory / "devices" / f"{name}.key"))
    cert_s = time.monotonic() - started
    mosquitto = broker.start(broker.BrokerFiles(config.broker_dir))
    log = (directory / "fleet.log").open("ab")
    fleet = subprocess.Popen([sys.executable, "-m", "llmos.fleet", "run", "--config",
                              str(directory / "fleet.toml")], stdout=log, stderr=log)
    sims = Sims(ports[2], directory / "pki/fleet-ca.crt", certs)
    real = [_real_agent(directory, f"real-{i}", ca, real_broker,
                        ns.command(i, []) if ns is not None else None)
            for i in range(REAL_AGENTS)]
    try:
        stub = _stub(directory, config.listen)
        for _ in range(100):
            try:
                await stub.ListDevices(fleet_pb2.ListDevicesRequest(), timeout=1)
                break
            except grpc.aio.AioRpcError:
                await asyncio.sleep(0.1)
        t0 = time.monotonic()
        sims.start()
        await asyncio.wait_for(sims.ready.wait(), 120)
        connect_s = time.monotonic() - t0
        while True:
            listed = await stub.ListDevices(fleet_pb2.ListDevicesRequest())
            if sum(d.online for d in listed.devices) >= AGENTS + REAL_AGENTS:
                break
            await asyncio.sleep(0.05)
        registered_s = time.monotonic() - t0
        # proof of where they ran: each real agent's network namespace, against ours
        own_netns = sum(os.readlink(f"/proc/{p.pid}/ns/net") != os.readlink("/proc/self/ns/net")
                        for p in real)

        restart = commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(
            tool="restart_service", args={"unit": "nginx.service"}))
        t1 = time.monotonic()
        job = await stub.CreateJob(fleet_pb2.CreateJobRequest(all=True, execute=restart,
                                                              max_failures=AGENTS))
        done = await _until_done(stub, job.id, 120)
        broadcast_s = time.monotonic() - t1
        latency = percentiles(_latencies(config.state_dir / "fleet.db", job.id, "sim-"))
        real_latency = percentiles(_latencies(config.state_dir / "fleet.db", job.id, "real-"))
        rss_after_broadcast = psutil.Process(fleet.pid).memory_info().rss

        before = sims.commands
        t2 = time.monotonic()
        rollout = await stub.CreateJob(fleet_pb2.CreateJobRequest(
            all=True, execute=restart, stages=[10, 40], stages_percent=True, max_failures=5))
        ended = await _until_done(stub, rollout.id, 120)
        rollout_s = time.monotonic() - t2
        sent = sims.commands - before

        # one device at a time, through the API as llmosctl --fleet exec does (wait for it)
        unicast = []
        for i in range(_UNICAST):
            started_one = time.monotonic()
            answer = await stub.SendCommand(fleet_pb2.SendCommandRequest(
                device=f"sim-{(i * 7919) % AGENTS:04d}", execute=restart, wait_s=10))
            assert answer.status == fleet_pb2.COMMAND_STATUS_ANSWERED, answer
            unicast.append(time.monotonic() - started_one)
        return {
            "unicast_send_command_wait": percentiles(unicast),
            "agents": AGENTS,
            "real_agents": REAL_AGENTS,
            "real_agents_network": network,
            "real_agents_in_own_netns": own_netns,
            "certificates_s": round(cert_s, 2),
            "connect_all_s": round(connect_s, 2),
            "fleet_lists_all_online_s": round(registered_s, 2),
            "broadcast": {"all_answered_s": round(broadcast_s, 2),
                          "status": fleet_pb2.JobStatus.Name(done.status),
                          "answered": latency.get("n", 0),
                          "command_to_answer": latency,
                          "real_agents_command_to_answer": real_latency},
            "rollout_10pct_failing": {
                "status": fleet_pb2.JobStatus.Name(ended.status), "reason": ended.reason,
                "stage_reached": ended.stage + 1, "stages": ended.stages,
                "failures": ended.failures, "commands_delivered": sent, "seconds": round(rollout_s, 2)},
            "rss_mb": {"llmos_fleet": round(psutil.Process(fleet.pid).memory_info().rss / 2**20, 1),
                       "llmos_fleet_after_broadcast": round(rss_after_broadcast / 2**20, 1),
                       "mosquitto": round(psutil.Process(mosquitto.pid).memory_info().rss / 2**20, 1),
                       "agents_process": round(psutil.Process().memory_info().rss / 2**20, 1)},
        }
    finally:
        await sims.stop()
        for proc in real:
            proc.terminate()
            proc.wait(30)
        fleet.terminate()
        fleet.wait(15)
        broker.stop(mosquitto)
        log.close()


def main() -> None:
    import signal

    # a SIGTERM (timeout, Ctrl-C from make) still unwinds: the namespaces are removed
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with (tempfile.TemporaryDirectory(prefix="llmos-bench-fleet-") as tmp,
          _maybe_namespaces() as (ns, network)):
        figures = asyncio.run(_run(Path(tmp), ns, network))
    figures["targets"] = {"connect_all_s": 20, "broadcast_p99_ms": 2000, "llmos_fleet_rss_mb": 200}
    figures["note"] = ("simulated agents answer at once (no engine behind them), real agents "
                       "run their engine (recording executor); all on the same 2 cores as "
                       "Mosquitto and llmos-fleet")
    if AGENTS != FULL_RUN:  # a quick check is no measurement: print it, record nothing
        import json

        print(json.dumps(figures, indent=2))
        return
    path = write("fleet", "fleet", figures)
    print(path.read_text())


if __name__ == "__main__":
    main()
