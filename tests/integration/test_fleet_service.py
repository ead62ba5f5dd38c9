"""llmos-fleet for real: its own process with its gRPC API (mTLS, roles), a real Mosquitto
configured by it, and real llmos-agent processes that dial out to the broker. Enrollment with a
one-time token, commands for offline devices, staged jobs with an abort threshold, and a broker
and a fleet restart in the middle of a job: no command lost, none run twice."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import pytest
from cryptography import x509

from llmos import pki
from llmos.fleet import broker
from llmos.fleet.cli import dev_fleet
from llmos.fleet.config import FleetServiceConfig, load_fleet_config
from llmos.fleet.v1 import fleet_pb2, fleet_pb2_grpc
from llmos.v1 import commands_pb2, update_pb2
from tests.support.daemon import AgentProcess, free_port
from tests.support.mqtt import FleetProcess

pytestmark = pytest.mark.integration
RESTART = commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(
    tool="restart_service", args={"unit": "nginx.service"}))
RAN = "restart_service(unit='nginx.service') -> running"


@dataclass
class Fleet:
    dir: Path
    config: FleetServiceConfig
    config_path: Path
    mosquitto: subprocess.Popen[bytes] | None
    process: FleetProcess
    agents: dict[str, AgentProcess]

    def stub(self, role: str = "admin") -> fleet_pb2_grpc.FleetServiceStub:
        pki_dir = self.dir / "pki"
        creds = grpc.ssl_channel_credentials((pki_dir / "fleet-ca.crt").read_bytes(),
                                             (pki_dir / f"{role}.key").read_bytes(),
                                             (pki_dir / f"{role}.crt").read_bytes())
        return fleet_pb2_grpc.FleetServiceStub(grpc.secure_channel(self.config.listen, creds))

    def enroll_stub(self) -> fleet_pb2_grpc.EnrollmentServiceStub:
        creds = grpc.ssl_channel_credentials((self.dir / "pki/fleet-ca.crt").read_bytes())
        return fleet_pb2_grpc.EnrollmentServiceStub(
            grpc.secure_channel(self.config.enroll_listen, creds))

    def start_broker(self) -> None:
        assert self.config.broker_dir is not None
        self.mosquitto = broker.start(broker.BrokerFiles(self.config.broker_dir))

    def stop_broker(self) -> None:
        if self.mosquitto is not None:
            broker.stop(self.mosquitto)
            self.mosquitto = None

    def agent(self, name: str, policy: dict[str, Any] | None = None,
              cert: tuple[Path, Path] | None = None, fleet_role: str = "operator",
              extra: dict[str, Any] | None = None) -> AgentProcess:
        if cert is None:
            ca = pki.load_issued(self.dir / "pki/fleet-ca.crt", self.dir / "pki/fleet-ca.key")
            pki.write_issued(pki.issue_device_cert(ca, name), self.dir / "devices", name)
            cert = (self.dir / "devices" / f"{name}.crt", self.dir / "devices" / f"{name}.key")
        tmp = self.dir / "a" / name  # short: the notify socket path must fit AF_UNIX
        tmp.mkdir(parents=True, exist_ok=True)
        config: dict[str, Any] = {"fleet": {
            "enabled": True, "broker": self.config.broker, "ca": str(self.dir / "pki/fleet-ca.crt"),
            "cert": str(cert[0]), "key": str(cert[1]), "role": fleet_role,
            "report_interval_s": 1.0, "reconnect_s": 0.2}}
        if policy:
            config["policy"] = policy
        for table, values in (extra or {}).items():
            config.setdefault(table, {}).update(values)
        agent = AgentProcess(tmp, config)
        self.agents[name] = agent
        return agent.start()

    def runs(self, name: str) -> int:
        return self.agents[name].output().count(RAN)


def running_fleet(tmp_path: Path, database: str = "", web_port: int | None = None,
                  prepare: Callable[[FleetServiceConfig], None] = lambda config: None
                  ) -> Iterator[Fleet]:
    """A development fleet with its broker, started (with the dashboard on `web_port`);
    `prepare` runs on its configuration before it starts (users to add ...)."""
    path = dev_fleet(tmp_path / "fleet", free_port(), free_port(), free_port(), web_port)
    if database:
        path.write_text(path.read_text().replace('database = ""', f'database = "{database}"'))
    config = load_fleet_config(path)
    prepare(config)
    f = Fleet(tmp_path / "fleet", config, path, None,
              FleetProcess(path, tmp_path / "fleet.log"), {})
    f.start_broker()
    f.process.start()
    yield f
    for agent in f.agents.values():
        if agent.proc is not None and agent.proc.poll() is None:
            agent.stop()
    f.process.stop()
    f.stop_broker()


@pytest.fixture
def fleet(tmp_path: Path) -> Iterator[Fleet]:
    yield from running_fleet(tmp_path)


@pytest.fixture
def pg_fleet(tmp_path: Path) -> Iterator[Fleet]:
    from tests.support import postgres

    if not postgres.available():
        pytest.skip("PostgreSQL 15 is not installed (make setup installs it)")
    server = postgres.Postgres().start()
    try:
        yield from running_fleet(tmp_path, server.new_database())
    finally:
        server.stop()


def wait_for(check: Callable[[], Any], timeout: float = 30.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = check()
        except grpc.RpcError as error:
            last = error
        else:
            if last:
                return last
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what or check}: {last}")


def online(stub: fleet_pb2_grpc.FleetServiceStub, *names: str) -> bool:
    devices = {d.name: d for d in stub.ListDevices(fleet_pb2.ListDevicesRequest()).devices}
    return all(n in devices and devices[n].online for n in names)


def llmosctl(fleet: Fleet, *args: str, role: str = "operator") -> subprocess.CompletedProcess[str]:
    pki_dir = fleet.dir / "pki"
    return subprocess.run(
        [sys.executable, "-m", "llmos.ctl.cli", "--fleet", fleet.config.listen,
         "--ca", str(pki_dir / "fleet-ca.crt"), "--cert", str(pki_dir / f"{role}.crt"),
         "--key", str(pki_dir / f"{role}.key"), *args], capture_output=True, text=True,
        timeout=120)


def test_enrollment_commands_roles_and_revocation(fleet: Fleet) -> None:
    admin = fleet.stub("admin")
    token = admin.CreateEnrollmentToken(fleet_pb2.CreateEnrollmentTokenRequest(device="edge-1"))
    _, wrong_csr = pki.make_csr("edge-2", [])
    enroll = fleet.enroll_stub()
    with pytest.raises(grpc.RpcError) as refused:  # the token names another device
        enroll.Enroll(fleet_pb2.EnrollRequest(token=token.token, csr_pem=wrong_csr))
    assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED
    devices = fleet.dir / "devices"
    # the device's side, as it runs on the device: llmos-fleet enroll
    done = subprocess.run([sys.executable, "-m", "llmos.fleet", "enroll", "--fleet",
                           fleet.config.enroll_listen, "--ca", str(fleet.dir / "pki/fleet-ca.crt"),
                           "--token", token.token, "--name", "edge-1", "--dir", str(devices)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f'broker = "{fleet.config.broker}"' in done.stdout
    assert (devices / "device.key").stat().st_mode & 0o077 == 0
    issued = x509.load_pem_x509_certificate((devices / "device.crt").read_bytes())
    assert issued.extensions.get_extension_for_class(
        x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName) == ["edge-1"]
    _, csr_pem = pki.make_csr("edge-1", [])
    with pytest.raises(grpc.RpcError) as reused:  # one use only
        enroll.Enroll(fleet_pb2.EnrollRequest(token=token.token, csr_pem=csr_pem))
    assert reused.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.RpcError) as viewer:  # tokens are for admins
        fleet.stub("operator").CreateEnrollmentToken(
            fleet_pb2.CreateEnrollmentTokenRequest(device="edge-9"))
    assert viewer.value.code() == grpc.StatusCode.PERMISSION_DENIED
    for name in ("llmos-fleet", "edge/1", "+", "edge-1\n"):  # the fleet's own name, no topic level
        with pytest.raises(grpc.RpcError) as bad_name:
            admin.CreateEnrollmentToken(fleet_pb2.CreateEnrollmentTokenRequest(device=name))
        assert bad_name.value.code() == grpc.StatusCode.INVALID_ARGUMENT, name

    fleet.agent("edge-1", cert=(devices / "device.crt", devices / "device.key"))
    wait_for(lambda: online(admin, "edge-1"), what="edge-1 online")

    done = llmosctl(fleet, "exec", "edge-1", "--tool", "restart_service", "--arg",
                    "unit=nginx.service")
    assert done.returncode == 0, done.stderr + done.stdout
    assert "SUCCEEDED" in done.stdout and "restart_service" in done.stdout
    listed = llmosctl(fleet, "devices", role="viewer")
    assert listed.returncode == 0 and "edge-1" in listed.stdout and "yes" in listed.stdout
    denied = llmosctl(fleet, "exec", "edge-1", "restart nginx", role="viewer")
    assert denied.returncode == 1 and "PERMISSION_DENIED" in denied.stderr

    admin.RevokeDevice(fleet_pb2.RevokeDeviceRequest(name="edge-1", reason="stolen"))
    with pytest.raises(grpc.RpcError) as revoked:
        fleet.stub("operator").SendCommand(fleet_pb2.SendCommandRequest(
            device="edge-1", execute=RESTART))
    assert revoked.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert broker.BrokerFiles(fleet.config.broker_dir or Path()).acl.read_text().count(
        "user edge-1\ntopic deny #") == 1
    actions = [e.action for e in admin.ListAudit(fleet_pb2.ListAuditRequest()).entries]
    assert {"token", "enroll", "command", "revoke"} <= set(actions)
    assert fleet.runs("edge-1") == 1


def test_a_command_for_an_offline_device_runs_once_when_it_returns(fleet: Fleet) -> None:
    operator = fleet.stub("operator")
    agent = fleet.agent("edge-1")
    wait_for(lambda: online(operator, "edge-1"), what="edge-1 online")
    agent.stop()
    wait_for(lambda: not online(operator, "edge-1"), what="edge-1 offline")
    queued = operator.SendCommand(fleet_pb2.SendCommandRequest(device="edge-1", execute=RESTART))
    assert queued.status == fleet_pb2.COMMAND_STATUS_QUEUED
    fleet.process.stop(kill=True)  # the fleet dies too: the command is in its store
    fleet.process.start()
    agent.start()
    answered = wait_for(lambda: (c := fleet.stub("viewer").GetCommand(
        fleet_pb2.GetCommandRequest(id=queued.id))).status == fleet_pb2.COMMAND_STATUS_ANSWERED
        and c, what="the answer")
    assert answered.code == "OK"
    assert answered.outcome.status == commands_pb2.ACTION_STATUS_SUCCEEDED
    assert answered.outcome.id == queued.id
    time.sleep(2)  # a redelivery, had there been one, would have run by now
    assert fleet.runs("edge-1") == 1


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_staged_job_survives_a_broker_and_a_fleet_restart(backend: str,
                                                            request: pytest.FixtureRequest) -> None:
    fleet: Fleet = request.getfixturevalue("fleet" if backend == "sqlite" else "pg_fleet")
    operator = fleet.stub("operator")
    names = ["edge-1", "edge-2", "edge-3"]
    for name in names:
        fleet.agent(name)
    wait_for(lambda: online(operator, *names), what="all online")
    job = operator.CreateJob(fleet_pb2.CreateJobRequest(
        devices=names, execute=RESTART, stages=[1], wait_s=3, max_failures=0))
    assert job.stages == 2 and [d.stage for d in job.devices] == [0, 1, 1]
    first = job.devices[0].device
    wait_for(lambda: fleet.runs(first) == 1, what="stage 1")
    # between the stages: the fleet is killed, the broker restarted, the fleet started again
    fleet.process.stop(kill=True)
    fleet.stop_broker()
    fleet.start_broker()
    fleet.process.start()
    viewer = fleet.stub("viewer")
    done = wait_for(lambda: (j := viewer.GetJob(fleet_pb2.GetJobRequest(id=job.id))).status
                    != fleet_pb2.JOB_STATUS_RUNNING and j, timeout=60, what="the job's end")
    assert done.status == fleet_pb2.JOB_STATUS_SUCCEEDED, done
    assert {d.status for d in done.devices} == {fleet_pb2.DEVICE_JOB_STATUS_SUCCEEDED}
    time.sleep(2)
    assert [fleet.runs(n) for n in names] == [1, 1, 1]
    shown = llmosctl(fleet, "jobs", "show", job.id, role="viewer")
    assert shown.returncode == 0 and "succeeded" in shown.stdout
    # the registry lived where the configuration said
    assert (fleet.config.state_dir / "fleet.db").exists() == (backend == "sqlite")


def test_a_job_aborts_when_failures_pass_its_threshold(fleet: Fleet) -> None:
    operator = fleet.stub("operator")
    deny = {"tools": {"restart_service": {"allow": False}}}
    fleet.agent("edge-1", policy=deny)
    fleet.agent("edge-2")
    fleet.agent("edge-3")
    wait_for(lambda: online(operator, "edge-1", "edge-2", "edge-3"), what="all online")
    job = operator.CreateJob(fleet_pb2.CreateJobRequest(
        devices=["edge-1", "edge-2", "edge-3"], execute=RESTART, stages=[1, 1],
        max_failures=0))
    done = wait_for(lambda: (j := operator.GetJob(fleet_pb2.GetJobRequest(id=job.id))).status
                    != fleet_pb2.JOB_STATUS_RUNNING and j, what="the job's end")
    assert done.status == fleet_pb2.JOB_STATUS_ABORTED
    status = {d.device: d.status for d in done.devices}
    assert status == {"edge-1": fleet_pb2.DEVICE_JOB_STATUS_FAILED,
                      "edge-2": fleet_pb2.DEVICE_JOB_STATUS_SKIPPED,
                      "edge-3": fleet_pb2.DEVICE_JOB_STATUS_SKIPPED}
    assert "DENIED" in done.devices[0].detail
    time.sleep(1)
    assert fleet.runs("edge-2") == fleet.runs("edge-3") == 0


def test_a_held_action_shows_fleet_wide_and_is_confirmed_from_the_fleet(fleet: Fleet) -> None:
    operator = fleet.stub("operator")
    fleet.agent("edge-1", policy={"tools": {"restart_service": {"confirm": True}}})
    wait_for(lambda: online(operator, "edge-1"), what="edge-1 online")
    held = operator.SendCommand(fleet_pb2.SendCommandRequest(device="edge-1", execute=RESTART,
                                                             wait_s=20))
    assert held.outcome.status == commands_pb2.ACTION_STATUS_PENDING
    shadow = wait_for(lambda: (d := operator.GetDevice(fleet_pb2.GetDeviceRequest(
        name="edge-1"))).reported.pending and d, what="the pending action in the shadow")
    assert [a.id for a in shadow.reported.pending] == [held.id]
    assert fleet.runs("edge-1") == 0
    listed = llmosctl(fleet, "pending", role="viewer")
    assert listed.returncode == 0 and held.id in listed.stdout and "restart_service" in listed.stdout
    confirmed = llmosctl(fleet, "confirm", "edge-1", held.id)
    assert confirmed.returncode == 0, confirmed.stderr + confirmed.stdout
    assert "SUCCEEDED" in confirmed.stdout
    assert fleet.agents["edge-1"].output().count("restart_service succeeded: recorded") == 1


def test_health_and_reflection_for_grpcurl(fleet: Fleet) -> None:
    import shutil

    from grpc_health.v1 import health_pb2, health_pb2_grpc

    pki_dir = fleet.dir / "pki"
    creds = grpc.ssl_channel_credentials((pki_dir / "fleet-ca.crt").read_bytes(),
                                         (pki_dir / "viewer.key").read_bytes(),
                                         (pki_dir / "viewer.crt").read_bytes())
    health = health_pb2_grpc.HealthStub(grpc.secure_channel(fleet.config.listen, creds))
    assert health.Check(health_pb2.HealthCheckRequest(
        service="llmos.fleet.v1.FleetService")).status == health_pb2.HealthCheckResponse.SERVING
    grpcurl = shutil.which("grpcurl", path=str(Path(sys.executable).parent))
    assert grpcurl is not None
    listed = subprocess.run([grpcurl, "-cacert", str(pki_dir / "fleet-ca.crt"), "-cert",
                             str(pki_dir / "viewer.crt"), "-key", str(pki_dir / "viewer.key"),
                             fleet.config.listen, "list"], capture_output=True, text=True,
                            timeout=30)
    assert "llmos.fleet.v1.FleetService" in listed.stdout, listed.stderr
    # no client certificate: the handshake fails, nothing reaches the fleet
    bare = fleet_pb2_grpc.FleetServiceStub(grpc.secure_channel(
        fleet.config.listen, grpc.ssl_channel_credentials((pki_dir / "fleet-ca.crt").read_bytes())))
    with pytest.raises(grpc.RpcError) as refused:
        bare.ListDevices(fleet_pb2.ListDevicesRequest(), timeout=5)
    assert refused.value.code() == grpc.StatusCode.UNAVAILABLE


def test_a_command_for_an_enrolled_device_that_never_connected_waits_for_it(fleet: Fleet
                                                                             ) -> None:
    """The broker has no session for a device that never connected, so it cannot queue for it;
    the fleet sends the command again when the device first reports."""
    admin = fleet.stub("admin")
    token = admin.CreateEnrollmentToken(fleet_pb2.CreateEnrollmentTokenRequest(device="edge-5"))
    key_pem, csr_pem = pki.make_csr("edge-5", [])
    answer = fleet.enroll_stub().Enroll(fleet_pb2.EnrollRequest(token=token.token,
                                                                csr_pem=csr_pem))
    devices = fleet.dir / "devices"
    devices.mkdir(exist_ok=True)
    (devices / "edge-5.crt").write_bytes(answer.certificate_pem)
    (devices / "edge-5.key").write_bytes(key_pem)
    queued = fleet.stub("operator").SendCommand(fleet_pb2.SendCommandRequest(
        device="edge-5", execute=RESTART))
    assert queued.status == fleet_pb2.COMMAND_STATUS_QUEUED
    fleet.agent("edge-5", cert=(devices / "edge-5.crt", devices / "edge-5.key"))
    answered = wait_for(lambda: (c := admin.GetCommand(fleet_pb2.GetCommandRequest(
        id=queued.id))).status == fleet_pb2.COMMAND_STATUS_ANSWERED and c, what="the answer")
    assert answered.outcome.status == commands_pb2.ACTION_STATUS_SUCCEEDED
    assert fleet.runs("edge-5") == 1


def test_a_policy_change_as_a_job_is_an_admins(fleet: Fleet) -> None:
    import json

    from llmos.v1 import policy_pb2, policy_pb2_grpc

    admin = fleet.stub("admin")
    fleet.agent("edge-1")  # [fleet] role operator: a policy from the fleet is refused there
    lenient = fleet.agent("edge-2", fleet_role="admin")
    wait_for(lambda: online(admin, "edge-1", "edge-2"), what="online")
    policy = fleet.dir / "policy.toml"
    policy.write_text("default_allow = true\n[tools.restart_service]\nallow = false\n")
    denied = llmosctl(fleet, "jobs", "create", "--device", "edge-2", "--policy", str(policy))
    assert denied.returncode == 1 and "PERMISSION_DENIED" in denied.stderr  # operator at the fleet
    bad = fleet.dir / "bad.toml"
    bad.write_text("default_allow = 3\n")
    refused = llmosctl(fleet, "jobs", "create", "--all", "--policy", str(bad), role="admin")
    assert refused.returncode == 2 and "default_allow" in refused.stderr

    def run(device: str) -> fleet_pb2.Job:
        created = llmosctl(fleet, "--json", "jobs", "create", "--device", device, "--policy",
                           str(policy), role="admin")
        assert created.returncode == 0, created.stderr
        job_id = json.loads(created.stdout)["id"]
        done: fleet_pb2.Job = wait_for(lambda: (j := admin.GetJob(fleet_pb2.GetJobRequest(
            id=job_id))).status != fleet_pb2.JOB_STATUS_RUNNING and j, what="the job's end")
        return done

    assert run("edge-2").status == fleet_pb2.JOB_STATUS_SUCCEEDED
    with lenient.channel() as channel:
        text = policy_pb2_grpc.PolicyServiceStub(channel).GetPolicy(
            policy_pb2.GetPolicyRequest()).toml
    assert "[tools.restart_service]" in text and "allow = false" in text
    refused_job = run("edge-1")
    assert refused_job.status == fleet_pb2.JOB_STATUS_ABORTED
    assert "PERMISSION_DENIED" in refused_job.devices[0].detail


def test_a_job_survives_a_broker_killed_while_a_device_is_offline(fleet: Fleet) -> None:
    """The broker dies without saving (SIGKILL) while it holds a job's command for an offline
    device: the fleet sends unanswered commands again when it reconnects and when the device
    comes back, and the device runs each id once."""
    operator = fleet.stub("operator")
    fleet.agent("edge-1")
    away = fleet.agent("edge-2")
    wait_for(lambda: online(operator, "edge-1", "edge-2"), what="both online")
    away.stop()
    wait_for(lambda: not online(operator, "edge-2"), what="edge-2 offline")
    job = operator.CreateJob(fleet_pb2.CreateJobRequest(
        devices=["edge-1", "edge-2"], execute=RESTART, max_failures=0, device_timeout_s=120))
    wait_for(lambda: fleet.runs("edge-1") == 1, what="edge-1 ran it")
    assert fleet.mosquitto is not None
    fleet.mosquitto.kill()
    fleet.mosquitto.wait()
    fleet.mosquitto = None
    fleet.start_broker()
    away.start()
    done = wait_for(lambda: (j := operator.GetJob(fleet_pb2.GetJobRequest(id=job.id))).status
                    != fleet_pb2.JOB_STATUS_RUNNING and j, timeout=60, what="the job's end")
    assert done.status == fleet_pb2.JOB_STATUS_SUCCEEDED, done
    time.sleep(2)
    assert [fleet.runs("edge-1"), fleet.runs("edge-2")] == [1, 1]


def test_a_model_update_as_a_job_reaches_the_devices_updater(fleet: Fleet) -> None:
    """An admin's job; each device runs UpdateModel through its own updater. These agents have
    no update repository configured, so each refuses (FAILED_PRECONDITION) and the job aborts:
    the path from the fleet to the updater, not an installation (tests of the updater do that)."""
    admin = fleet.stub("admin")
    fleet.agent("edge-1", fleet_role="admin")
    wait_for(lambda: online(admin, "edge-1"), what="online")
    denied = llmosctl(fleet, "jobs", "create", "--all", "--update-model")
    assert denied.returncode == 1 and "PERMISSION_DENIED" in denied.stderr  # operator
    job = admin.CreateJob(fleet_pb2.CreateJobRequest(
        all=True, update_model=update_pb2.UpdateModelRequest(version="1.2.0")))
    done = wait_for(lambda: (j := admin.GetJob(fleet_pb2.GetJobRequest(id=job.id))).status
                    != fleet_pb2.JOB_STATUS_RUNNING and j, what="the job's end")
    assert done.status == fleet_pb2.JOB_STATUS_ABORTED
    assert done.devices[0].detail.startswith("FAILED_PRECONDITION: model updates are off")


def _forged_crl(fleet: Fleet) -> bytes:
    """A CRL that names the fleet CA as its issuer, is newer than any, revokes nothing, and is
    signed by another key: what someone would publish to re-admit a revoked device."""
    import datetime

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    ca = x509.load_pem_x509_certificate((fleet.dir / "pki/fleet-ca.crt").read_bytes())
    now = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)
    return (x509.CertificateRevocationListBuilder().issuer_name(ca.subject).last_update(now)
            .next_update(now + datetime.timedelta(days=30))
            .sign(ec.generate_private_key(ec.SECP256R1()), hashes.SHA256())
            .public_bytes(serialization.Encoding.PEM))


async def _publish_and_read_crl(fleet: Fleet, cert: Path, key: Path, payload: bytes) -> bytes:
    """Publish `payload` retained on the CRL topic as `cert`'s identity (a fresh client id, so
    no session of the fleet's or a device's is disturbed), then read what the topic holds."""
    import asyncio

    import aiomqtt

    from llmos.agent.mqtt import topics

    host, _, port = fleet.config.broker.rpartition(":")

    def client(c: Path, k: Path, ident: str) -> aiomqtt.Client:
        return aiomqtt.Client(host, int(port), identifier=ident, timeout=5,
                              protocol=aiomqtt.ProtocolVersion.V5,
                              tls_params=aiomqtt.TLSParameters(
                                  ca_certs=str(fleet.dir / "pki/fleet-ca.crt"),
                                  certfile=str(c), keyfile=str(k)))

    async with client(cert, key, "crl-writer") as writer:
        await writer.publish(topics.CRL, payload, qos=1, retain=True)
    await asyncio.sleep(0.5)
    async with client(fleet.dir / "pki/fleet.crt", fleet.dir / "pki/fleet.key",
                      "crl-reader") as reader:
        await reader.subscribe(topics.CRL, qos=1)
        async with asyncio.timeout(10):
            async for message in reader.messages:
                return message.payload if isinstance(message.payload, bytes) else b""
    raise AssertionError("no retained CRL")


def test_a_revocation_reaches_the_other_devices_grpc_trust(fleet: Fleet) -> None:
    """edge-1 is enrolled and revoked; edge-2 follows the fleet's CRL into its [grpc] crl, and
    its mTLS listener refuses edge-1's certificate (clientAuth, of the fleet CA) as revoked. A
    forged CRL cannot be published by a device (ACL), and is refused by edge-2 when the fleet's
    own identity publishes it."""
    import asyncio

    from llmos.v1 import device_pb2, device_pb2_grpc

    admin = fleet.stub("admin")
    token = admin.CreateEnrollmentToken(fleet_pb2.CreateEnrollmentTokenRequest(device="edge-1"))
    key_pem, csr_pem = pki.make_csr("edge-1", [])
    cert_pem = fleet.enroll_stub().Enroll(
        fleet_pb2.EnrollRequest(token=token.token, csr_pem=csr_pem)).certificate_pem
    revoked_dir = fleet.dir / "edge-1"
    revoked_dir.mkdir()
    (revoked_dir / "device.crt").write_bytes(cert_pem)
    (revoked_dir / "device.key").write_bytes(key_pem)

    crl_file = fleet.dir / "edge-2-crl.pem"
    port = free_port()
    ca = pki.load_issued(fleet.dir / "pki/fleet-ca.crt", fleet.dir / "pki/fleet-ca.key")
    pki.write_issued(pki.issue_device_cert(ca, "edge-2"), fleet.dir / "devices", "edge-2")
    edge2_cert = (fleet.dir / "devices/edge-2.crt", fleet.dir / "devices/edge-2.key")
    fleet.agent("edge-2", cert=edge2_cert, extra={
        "grpc": {"listen": f"127.0.0.1:{port}", "cert": str(edge2_cert[0]),
                 "key": str(edge2_cert[1]), "client_ca": str(fleet.dir / "pki/fleet-ca.crt"),
                 "crl": str(crl_file)},
        "fleet": {"follow_crl": True}})
    wait_for(crl_file.exists, what="the fleet's CRL on edge-2")  # retained, from the start

    def call(cert: Path, key: Path) -> grpc.RpcError | None:
        creds = grpc.ssl_channel_credentials((fleet.dir / "pki/fleet-ca.crt").read_bytes(),
                                             key.read_bytes(), cert.read_bytes())
        with grpc.secure_channel(f"127.0.0.1:{port}", creds) as channel:
            try:
                device_pb2_grpc.DeviceServiceStub(channel).GetHealth(
                    device_pb2.GetHealthRequest(), timeout=10)
            except grpc.RpcError as error:
                return error
        return None

    assert call(fleet.dir / "pki/operator.crt", fleet.dir / "pki/operator.key") is None
    before = call(revoked_dir / "device.crt", revoked_dir / "device.key")
    assert before is not None and "revoked" not in (before.details() or "")  # no role, yet

    in_force = crl_file.read_bytes()
    admin.RevokeDevice(fleet_pb2.RevokeDeviceRequest(name="edge-1", reason="stolen"))
    wait_for(lambda: crl_file.read_bytes() != in_force, what="the new CRL on edge-2")
    # a device that was away (its file still the list before the revocation) gets the new one
    # when it connects: the topic is retained
    edge3_crl = fleet.dir / "edge-3-crl.pem"
    edge3_crl.write_bytes(in_force)
    fleet.agent("edge-3", extra={"grpc": {"crl": str(edge3_crl), "client_ca": str(
        fleet.dir / "pki/fleet-ca.crt")}, "fleet": {"follow_crl": True}})
    wait_for(lambda: edge3_crl.read_bytes() == crl_file.read_bytes(), what="the CRL on edge-3")
    fleet.agents["edge-3"].stop()
    after = call(revoked_dir / "device.crt", revoked_dir / "device.key")
    assert after is not None and after.code() == grpc.StatusCode.PERMISSION_DENIED
    assert "revoked (grpc.crl)" in (after.details() or "")
    serial = x509.load_pem_x509_certificate(cert_pem).serial_number
    assert x509.load_pem_x509_crl(crl_file.read_bytes()).get_revoked_certificate_by_serial_number(
        serial) is not None
    in_force = crl_file.read_bytes()

    forged = _forged_crl(fleet)
    # a device cannot publish on the CRL topic: the broker drops it, the fleet's list stays
    held = asyncio.run(_publish_and_read_crl(fleet, *edge2_cert, forged))
    assert held == in_force
    # ... and a revoked one does not get in at all (the broker's CRL; its ACL denies it too)
    import aiomqtt

    with pytest.raises(aiomqtt.MqttError):
        asyncio.run(_publish_and_read_crl(fleet, revoked_dir / "device.crt",
                                          revoked_dir / "device.key", forged))
    assert asyncio.run(_publish_and_read_crl(fleet, *edge2_cert, forged)) == in_force
    # a forged CRL delivered anyway (here by the fleet's own identity): edge-2 refuses it
    held = asyncio.run(_publish_and_read_crl(fleet, fleet.dir / "pki/fleet.crt",
                                             fleet.dir / "pki/fleet.key", forged))
    assert held == forged
    wait_for(lambda: "fleet CRL refused" in fleet.agents["edge-2"].output(),
             what="edge-2 refusing the forged CRL")
    assert "not signed by a CA" in fleet.agents["edge-2"].output()
    assert crl_file.read_bytes() == in_force
    again = call(revoked_dir / "device.crt", revoked_dir / "device.key")
    assert again is not None and "revoked (grpc.crl)" in (again.details() or "")
    assert call(fleet.dir / "pki/operator.crt", fleet.dir / "pki/operator.key") is None
