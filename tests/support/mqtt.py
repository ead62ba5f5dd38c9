"""A real Mosquitto for tests: a fleet CA, the broker's and the fleet's certificates, devices'
certificates, and MQTT 5 clients that connect with them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import aiomqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from llmos import pki
from llmos.agent.domain import Role
from llmos.fleet import broker
from tests.support.daemon import free_port

FLEET_IDENTITY = "llmos-fleet"


class FleetPki:
    """fleet-ca, broker (server), fleet (client, CN llmos-fleet), device certificates on demand."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        pki.make_dev_pki(directory, "llmos-broker", ("localhost",), ("127.0.0.1",))
        (directory / "device.crt").rename(directory / "broker.crt")
        (directory / "device.key").rename(directory / "broker.key")
        self.ca = pki.load_issued(directory / "fleet-ca.crt", directory / "fleet-ca.key")
        pki.write_issued(pki.issue_client_cert(self.ca, FLEET_IDENTITY, Role.ADMIN), directory,
                         "fleet")

    def device(self, name: str) -> tuple[Path, Path]:
        issued = pki.issue_device_cert(self.ca, name)
        pki.write_issued(issued, self.dir, f"dev-{name}")
        return self.dir / f"dev-{name}.crt", self.dir / f"dev-{name}.key"

    @property
    def ca_path(self) -> Path:
        return self.dir / "fleet-ca.crt"


class Mosquitto:
    def __init__(self, tmp: Path, certs: FleetPki, revoked: tuple[str, ...] = ()) -> None:
        self.files = broker.BrokerFiles(tmp / "broker")
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.certs = certs
        broker.write_broker_files(
            self.files, listen=self.address, ca=certs.ca_path, cert=certs.dir / "broker.crt",
            key=certs.dir / "broker.key", fleet_identity=FLEET_IDENTITY,
            crl_pem=pki.make_crl(certs.ca, []), revoked=revoked)
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Mosquitto:
        self.proc = broker.start(self.files)
        return self

    def stop(self) -> None:
        if self.proc is not None:
            broker.stop(self.proc)
            self.proc = None

    def log(self) -> str:
        path = self.files.directory / "mosquitto.log"
        return path.read_text() if path.exists() else ""


def client(mosq: Mosquitto, cert: Path, key: Path, identifier: str | None = None,
           ca: Path | None = None, clean: bool = True) -> aiomqtt.Client:
    props = Properties(PacketTypes.CONNECT)
    if not clean:
        props.SessionExpiryInterval = 3600
    return aiomqtt.Client(
        "127.0.0.1", mosq.port, identifier=identifier, protocol=aiomqtt.ProtocolVersion.V5,
        clean_start=clean, properties=props, timeout=5,
        tls_params=aiomqtt.TLSParameters(ca_certs=str(ca or mosq.certs.ca_path),
                                         certfile=str(cert), keyfile=str(key)))


def fleet_client(mosq: Mosquitto, identifier: str | None = None) -> aiomqtt.Client:
    return client(mosq, mosq.certs.dir / "fleet.crt", mosq.certs.dir / "fleet.key", identifier)


async def command(fleet: aiomqtt.Client, device: str, method: str, request: bytes,
                  command_id: str, expiry_s: int = 300,
                  user: tuple[tuple[str, str], ...] = ()) -> None:
    """Publish one command as the fleet does: QoS 1, response topic, correlation data."""
    props = Properties(PacketTypes.PUBLISH)
    props.ResponseTopic = f"llmos/{device}/cmd/response"
    props.CorrelationData = command_id.encode()
    props.MessageExpiryInterval = expiry_s
    props.UserProperty = [("llmos-method", method), *user]
    await fleet.publish(f"llmos/{device}/cmd", request, qos=1, properties=props)


def reply_of(message: aiomqtt.Message) -> tuple[str, str, str, bytes]:
    """(correlation id, status, status message, payload) of a response."""
    props = message.properties
    user = dict(getattr(props, "UserProperty", None) or [])
    corr = bytes(getattr(props, "CorrelationData", b"") or b"").decode()
    payload = message.payload if isinstance(message.payload, bytes) else b""
    return corr, user.get("llmos-status", ""), user.get("llmos-message", ""), payload


class FleetProcess:
    """llmos-fleet as systemd would run it: its own process, stopped by SIGTERM or killed."""

    def __init__(self, config: Path, log: Path) -> None:
        self.config = config
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> FleetProcess:
        import os
        import sys
        import time

        mark = self.log.stat().st_size if self.log.exists() else 0
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "llmos.fleet", "run", "--config", str(self.config)],
            stdout=self.log.open("ab"), stderr=subprocess.STDOUT, env=dict(os.environ))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"llmos-fleet exited:\n{self.log.read_text()[-3000:]}")
            if "llmos-fleet serving" in self.log.read_text()[mark:]:
                return self
            time.sleep(0.1)
        raise AssertionError(f"llmos-fleet did not start:\n{self.log.read_text()[-3000:]}")

    def stop(self, kill: bool = False) -> None:
        if self.proc is not None and self.proc.poll() is None:
            if kill:
                self.proc.kill()
            else:
                self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
