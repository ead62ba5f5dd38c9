"""The agent's fleet link, for real: the llmos-agent process dials out to Mosquitto with its
device certificate and serves commands sent as the fleet sends them (MQTT 5 request/response),
through the same servicers and role checks as gRPC; a command is run once however often it is
delivered, and a command for an offline agent runs when it comes back."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiomqtt
import pytest

from llmos.v1 import commands_pb2, device_pb2, link_pb2
from tests.support.daemon import AgentProcess
from tests.support.mqtt import FleetPki, Mosquitto, command, fleet_client, reply_of

pytestmark = pytest.mark.integration
EXECUTE = "/llmos.v1.CommandService/Execute"
LIST = "/llmos.v1.CommandService/ListActions"


def agent(tmp: Path, mosq: Mosquitto, certs: FleetPki, name: str = "edge-1",
          role: str = "operator") -> AgentProcess:
    cert, key = certs.device(name)
    return AgentProcess(tmp / name, {"fleet": {
        "enabled": True, "broker": mosq.address, "ca": str(certs.ca_path), "cert": str(cert),
        "key": str(key), "role": role, "report_interval_s": 1.0, "reconnect_s": 0.2}})


async def _replies(fleet: aiomqtt.Client, want: int, timeout: float = 20.0
                   ) -> list[tuple[str, str, str, bytes]]:
    got: list[tuple[str, str, str, bytes]] = []
    async with asyncio.timeout(timeout):
        async for message in fleet.messages:
            if str(message.topic).endswith("/cmd/response"):
                got.append(reply_of(message))
                if len(got) >= want:
                    return got
    return got


async def _replies_to(fleet: aiomqtt.Client, ids: set[str], timeout: float = 20.0
                      ) -> dict[str, tuple[str, str, str, bytes]]:
    """The replies to these commands, by id (a QoS 1 reply to an earlier command may come again:
    at least once, not exactly once)."""
    got: dict[str, tuple[str, str, str, bytes]] = {}
    async with asyncio.timeout(timeout):
        async for message in fleet.messages:
            if str(message.topic).endswith("/cmd/response") and (reply := reply_of(message))[0] in ids:
                got[reply[0]] = reply
                if set(got) == ids:
                    break
    return got


def _restart(tmp: Path) -> None:
    (tmp / "edge-1").mkdir(parents=True, exist_ok=True)


async def test_commands_over_mqtt_run_once_and_wait_for_an_offline_agent(
        tmp_path: Path, mosq: Mosquitto, certs: FleetPki) -> None:
    tmp_path.joinpath("edge-1").mkdir()
    device = agent(tmp_path, mosq, certs).start()
    try:
        async with fleet_client(mosq, "fleet-test") as fleet:
            await fleet.subscribe("llmos/+/cmd/response", qos=1)
            await fleet.subscribe("llmos/+/state", qos=1)
            # the retained state says the device is online
            async with asyncio.timeout(20):
                async for message in fleet.messages:
                    if str(message.topic) == "llmos/edge-1/state":
                        assert isinstance(message.payload, bytes)
                        report = link_pb2.DeviceReport.FromString(message.payload)
                        if report.online:
                            break
            act = commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(
                tool="restart_service", args={"unit": "nginx.service"}))
            # the same command delivered three times: run once, answered three times alike
            for _ in range(3):
                await command(fleet, "edge-1", EXECUTE, act.SerializeToString(), "fleet-c1")
            replies = await _replies(fleet, 3)
            assert {r[:3] for r in replies} == {("fleet-c1", "OK", "")}
            outcomes = [commands_pb2.ExecuteResponse.FromString(r[3]).outcome for r in replies]
            assert {o.id for o in outcomes} == {"fleet-c1"}
            assert {o.status for o in outcomes} == {commands_pb2.ACTION_STATUS_SUCCEEDED}
            # a bad request and an unknown method get clear errors
            await command(fleet, "edge-1", EXECUTE, b"\xff\xff", "fleet-bad")
            await command(fleet, "edge-1", "/llmos.v1.Nope/Nope", b"", "fleet-nope")
            errors = {r[0]: r[1:3] for r in await _replies(fleet, 2)}
            assert errors["fleet-bad"][0] == "INVALID_ARGUMENT"
            assert errors["fleet-nope"][0] == "UNIMPLEMENTED"

        # offline: the agent stops; a command waits in its persistent session
        device.stop()
        async with fleet_client(mosq, "fleet-test") as fleet:
            await fleet.subscribe("llmos/+/cmd/response", qos=1)
            act2 = commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(
                tool="restart_service", args={"unit": "ssh.service"}))
            await command(fleet, "edge-1", EXECUTE, act2.SerializeToString(), "fleet-c2")
            await command(fleet, "edge-1", EXECUTE, act.SerializeToString(), "fleet-c1")
            device.start()
            by_id = await _replies_to(fleet, {"fleet-c1", "fleet-c2"}, timeout=40)
            assert by_id["fleet-c2"][1] == "OK"
            assert by_id["fleet-c1"][1] == "OK"  # the old one again: answered, not re-run
            await command(fleet, "edge-1", LIST, commands_pb2.ListActionsRequest(
                page_size=100).SerializeToString(), "fleet-list")
            listing = (await _replies_to(fleet, {"fleet-list"}))["fleet-list"]
            actions = commands_pb2.ListActionsResponse.FromString(listing[3]).actions
            assert sorted(a.id for a in actions) == ["fleet-c1", "fleet-c2"]
            assert {a.interface for a in actions} == {"mqtt"}
        log = device.output()
        assert log.count("restart_service(unit='nginx.service') -> running") == 1, log[-3000:]
    finally:
        device.stop()


async def test_the_fleets_role_is_the_devices_choice(tmp_path: Path, mosq: Mosquitto,
                                                     certs: FleetPki) -> None:
    tmp_path.joinpath("edge-1").mkdir()
    device = agent(tmp_path, mosq, certs, role="viewer").start()
    try:
        async with fleet_client(mosq, "fleet-test") as fleet:
            await fleet.subscribe("llmos/+/cmd/response", qos=1)
            await asyncio.sleep(1.0)  # the agent subscribes once it is connected
            act = commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(
                tool="restart_service", args={"unit": "nginx.service"}))
            await command(fleet, "edge-1", EXECUTE, act.SerializeToString(), "fleet-x",
                          user=(("llmos-role", "admin"),))  # claiming more changes nothing
            dry = commands_pb2.ExecuteRequest(action=act.action, dry_run=True)
            await command(fleet, "edge-1", EXECUTE, dry.SerializeToString(), "fleet-dry")
            await command(fleet, "edge-1", "/llmos.v1.DeviceService/GetHealth",
                          device_pb2.GetHealthRequest().SerializeToString(), "fleet-h")
            replies = {r[0]: r for r in await _replies(fleet, 3)}
        assert replies["fleet-x"][1] == "PERMISSION_DENIED"
        assert "needs the operator role" in replies["fleet-x"][2]
        assert replies["fleet-dry"][1] == "OK"
        assert device_pb2.GetHealthResponse.FromString(replies["fleet-h"][3]).serving
    finally:
        device.stop()


async def test_no_answer_onto_another_devices_topic(tmp_path: Path, mosq: Mosquitto,
                                                   certs: FleetPki) -> None:
    """Only the fleet may publish commands, and even so the agent answers only on its own
    topics: a response topic of another device's is neither answered nor run."""
    from paho.mqtt.packettypes import PacketTypes
    from paho.mqtt.properties import Properties

    tmp_path.joinpath("edge-1").mkdir()
    device = agent(tmp_path, mosq, certs).start()
    try:
        async with fleet_client(mosq, "fleet-test") as fleet:
            await fleet.subscribe("llmos/#", qos=1)
            await asyncio.sleep(1.0)
            act = commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(
                tool="restart_service", args={"unit": "nginx.service"}))
            props = Properties(PacketTypes.PUBLISH)
            props.ResponseTopic = "llmos/edge-2/cmd/response"
            props.CorrelationData = b"fleet-foreign"
            props.UserProperty = [("llmos-method", EXECUTE)]
            await fleet.publish("llmos/edge-1/cmd", act.SerializeToString(), qos=1,
                                properties=props)
            await command(fleet, "edge-1", EXECUTE, act.SerializeToString(), "fleet-own")
            (own,) = await _replies(fleet, 1)
        assert own[:2] == ("fleet-own", "OK")
        log = device.output()
        assert "foreign" not in own[0] and log.count("-> running") == 1
        assert "response topic 'llmos/edge-2/cmd/response' refused" in log
    finally:
        device.stop()


async def test_the_agent_serves_without_its_broker_and_connects_when_it_comes(
        tmp_path: Path, certs: FleetPki) -> None:
    mosq = Mosquitto(tmp_path, certs)  # configured, not started
    tmp_path.joinpath("edge-1").mkdir()
    device = agent(tmp_path, mosq, certs).start()  # READY without a broker
    try:
        mosq.start()
        async with fleet_client(mosq, "fleet-test") as fleet:
            await fleet.subscribe("llmos/+/cmd/response", qos=1)
            # A broker keeps commands only for a session it knows: the fleet addresses devices
            # that have reported (so have subscribed) at least once, as llmos-fleet does.
            await fleet.subscribe("llmos/+/state", qos=1)
            async with asyncio.timeout(40):
                async for message in fleet.messages:
                    if str(message.topic) == "llmos/edge-1/state":
                        break
            await command(fleet, "edge-1", "/llmos.v1.DeviceService/GetHealth",
                          device_pb2.GetHealthRequest().SerializeToString(), "fleet-h")
            (reply,) = await _replies(fleet, 1, timeout=40)
        assert reply[:2] == ("fleet-h", "OK")
    finally:
        device.stop()
        mosq.stop()


async def test_saying_goodbye_takes_no_command_from_the_session(
        tmp_path: Path, mosq: Mosquitto, certs: FleetPki) -> None:
    """The clean stop's last report connects with the device's session, which may deliver a
    queued command at once: that connection must not acknowledge what it will not run."""
    from llmos.agent.api import Health
    from llmos.agent.config import parse_config
    from llmos.agent.mqtt import FleetLink

    class Quiet:  # just enough of AgentApi for a report
        def device_info(self) -> dict[str, str]:
            return {"name": "edge-1"}

        def model_info(self) -> dict[str, object]:
            return {}

        def health(self) -> Health:
            return Health(True, False, "ok", (), {}, 1.0)

    tmp_path.joinpath("edge-1").mkdir()
    device = agent(tmp_path, mosq, certs)
    device.start()
    try:
        async with fleet_client(mosq, "fleet-test") as fleet:
            await fleet.subscribe("llmos/+/state", qos=1)
            async with asyncio.timeout(20):  # the agent's session exists
                async for message in fleet.messages:
                    if str(message.topic) == "llmos/edge-1/state":
                        break
        device.stop()
        async with fleet_client(mosq, "fleet-test") as fleet:
            await fleet.subscribe("llmos/+/cmd/response", qos=1)
            act = commands_pb2.ExecuteRequest(action=commands_pb2.StructuredAction(
                tool="restart_service", args={"unit": "nginx.service"}))
            await command(fleet, "edge-1", EXECUTE, act.SerializeToString(), "fleet-late")
            config = parse_config({"fleet": {
                "enabled": True, "broker": mosq.address, "ca": str(certs.ca_path),
                "cert": str(certs.dir / "dev-edge-1.crt"),
                "key": str(certs.dir / "dev-edge-1.key")}})
            await FleetLink(config.fleet, Quiet(), "edge-1", 65536).goodbye()  # type: ignore[arg-type]
            device.start()
            (reply,) = await _replies(fleet, 1, timeout=40)
        assert reply[:2] == ("fleet-late", "OK")
        assert device.output().count("restart_service(unit='nginx.service') -> running") == 1
    finally:
        device.stop()
