"""The embedded broker as the fleet configures it (llmos.fleet.broker), run for real: only
certificates from the fleet CA get in, and a device uses only its own topics."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiomqtt
import pytest

from llmos import pki
from llmos.fleet import broker
from tests.support.mqtt import FLEET_IDENTITY, FleetPki, Mosquitto, client, fleet_client

pytestmark = pytest.mark.integration


async def _drain(messages: list[aiomqtt.Message], c: aiomqtt.Client, seconds: float) -> None:
    with_timeout = asyncio.timeout(seconds)
    try:
        async with with_timeout:
            async for m in c.messages:
                messages.append(m)
    except TimeoutError:
        pass


async def test_a_device_cannot_use_another_devices_topics(mosq: Mosquitto, certs: FleetPki) -> None:
    a_cert, a_key = certs.device("edge-a")
    b_cert, b_key = certs.device("edge-b")
    seen_by_fleet: list[aiomqtt.Message] = []
    seen_by_a: list[aiomqtt.Message] = []
    async with fleet_client(mosq) as fleet, client(mosq, b_cert, b_key) as b:
        await b.publish("llmos/edge-b/state", b"b's own state", qos=1, retain=True)
        await fleet.subscribe("llmos/#", qos=1)
        async with client(mosq, a_cert, a_key) as a:
            # A tries B's topics, its own cmd (only the fleet writes there), and the world.
            for topic in ("llmos/edge-b/state", "llmos/edge-b/cmd/response", "llmos/edge-b/events",
                          "llmos/edge-a/cmd", "llmos/edge-b/jobs/x", "elsewhere"):
                await a.publish(topic, b"forged by a", qos=1)
            await a.publish("llmos/edge-a/state", b"a's own state", qos=1)
            # reading: B's retained state, B's commands, everything
            for pattern in ("llmos/edge-b/state", "llmos/edge-b/cmd", "llmos/#", "#", "$SYS/#"):
                await a.subscribe(pattern, qos=1)
            await a.subscribe("llmos/edge-a/cmd", qos=1)
            await fleet.publish("llmos/edge-b/cmd", b"for b only", qos=1)
            await b.publish("llmos/edge-b/events", b"b's event", qos=1)
            await fleet.publish("llmos/edge-a/cmd", b"for a", qos=1)
            await asyncio.gather(_drain(seen_by_fleet, fleet, 1.5), _drain(seen_by_a, a, 1.5))
    got_fleet = {(str(m.topic), m.payload) for m in seen_by_fleet}
    assert ("llmos/edge-a/state", b"a's own state") in got_fleet
    assert ("llmos/edge-b/events", b"b's event") in got_fleet
    assert not [m for m in seen_by_fleet if m.payload == b"forged by a"], got_fleet
    # Mosquitto grants a wildcard subscription and filters each delivery by the ACL: whatever A
    # subscribed to, all it ever gets is its own command (once per matching subscription).
    assert {(str(m.topic), m.payload) for m in seen_by_a} == {("llmos/edge-a/cmd", b"for a")}


async def test_only_certificates_of_the_fleet_ca_get_in(mosq: Mosquitto, tmp_path: Path) -> None:
    other = tmp_path / "other"
    pki.make_dev_pki(other, "intruder")
    with pytest.raises(aiomqtt.MqttError):
        async with client(mosq, other / "device.crt", other / "device.key",
                          ca=mosq.certs.ca_path):
            pass


async def test_a_revoked_device_is_shut_out_by_acl_and_crl(mosq: Mosquitto,
                                                           certs: FleetPki) -> None:
    a_cert, a_key = certs.device("edge-a")
    seen: list[aiomqtt.Message] = []
    async with fleet_client(mosq) as fleet, client(mosq, a_cert, a_key) as a:
        await fleet.subscribe("llmos/+/state", qos=1)
        await a.subscribe("llmos/edge-a/cmd", qos=1)
        serial = pki.load_issued(a_cert, a_key).cert.serial_number
        broker.write_acl(mosq.files, FLEET_IDENTITY, ["edge-a"], pki.make_crl(certs.ca, [serial]))
        assert broker.reload(mosq.files)
        await asyncio.sleep(0.5)
        await a.publish("llmos/edge-a/state", b"still here", qos=1)
        await fleet.publish("llmos/edge-a/cmd", b"a command", qos=1)
        got_a: list[aiomqtt.Message] = []
        await asyncio.gather(_drain(seen, fleet, 1.0), _drain(got_a, a, 1.0))
    assert not [m for m in seen if m.payload == b"still here"]
    assert got_a == []
    # and a new connection with the revoked certificate: the CRL (after a restart of the broker
    # at the latest) or the ACL keeps it out of every topic
    mosq.stop()
    mosq.start()
    with pytest.raises(aiomqtt.MqttError):
        async with client(mosq, a_cert, a_key) as again:
            await again.publish("llmos/edge-a/state", b"back", qos=1)


async def test_broker_config_writes_a_broker_that_runs(tmp_path: Path) -> None:
    """`llmos-fleet broker-config`, as at install: the files it writes make a broker that runs
    and takes the fleet's certificate (the ACL's rules are the other tests' subject)."""
    from llmos.fleet.cli import dev_fleet, main
    from llmos.fleet.config import load_fleet_config
    from tests.support.daemon import free_port

    path = dev_fleet(tmp_path / "fleet", free_port(), free_port(), free_port())
    config = load_fleet_config(path)
    assert config.broker_dir is not None
    (config.broker_dir / "mosquitto.conf").unlink()
    port = free_port()
    assert main(["broker-config", "--config", str(path), "--listen", f"127.0.0.1:{port}",
                 "--cert", str(tmp_path / "fleet/pki/broker.crt"),
                 "--key", str(tmp_path / "fleet/pki/broker.key")]) == 0
    proc = broker.start(broker.BrokerFiles(config.broker_dir))
    try:
        assert "user llmos-fleet\ntopic readwrite llmos/#" in (config.broker_dir / "acl").read_text()
        import aiomqtt

        async with aiomqtt.Client("127.0.0.1", port, protocol=aiomqtt.ProtocolVersion.V5,
                                  tls_params=aiomqtt.TLSParameters(
                                      ca_certs=str(config.broker_ca),
                                      certfile=str(config.mqtt_cert),
                                      keyfile=str(config.mqtt_key))) as fleet:
            await fleet.subscribe("llmos/#", qos=1)
    finally:
        broker.stop(proc)
