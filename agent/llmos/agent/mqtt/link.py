"""The agent dials out to its fleet's MQTT 5 broker with its device certificate: no inbound
port on the device. It reports its state (retained), streams its event log, and serves the
fleet's commands through the gRPC servicers (dispatch.py), answering on the MQTT 5 response
topic with the request's correlation data.

At most once, even when the broker delivers twice: the session is persistent (the broker keeps
the device's subscription and queues QoS 1 commands while it is offline, until their message
expiry), a command is acknowledged to the broker only after it has been answered, and an
Execute's id is the correlation data, which the engine runs at most once (Engine.execute).
A command that arrives again after a restart is answered with the outcome the first one had.

With `[fleet] follow_crl`, it also follows the fleet's retained CRL (topics.CRL) into the gRPC
listener's `[grpc] crl`, after checking it (crl.py): a device the fleet revoked loses its role
on this device's listener too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from pathlib import Path
from typing import Any

import aiomqtt
import grpc
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from llmos.agent.api import AgentApi, OsUpdateApi, UpdateApi
from llmos.agent.config import FleetConfig
from llmos.agent.domain import ActionStatus, JournalFilter, Principal, Role
from llmos.agent.grpc import convert, servicers
from llmos.agent.mqtt import crl, topics
from llmos.agent.mqtt.dispatch import Dispatcher, Reply
from llmos.agent.mqtt.topics import NO_DELAY
from llmos.v1 import events_pb2, link_pb2

log = logging.getLogger("llmos.mqtt")

INTERFACE = "mqtt"
_EVENT_BATCH = 256
_CONCURRENT_COMMANDS = 16
_MAX_BACKOFF_S = 30.0
_EVENT_INTERVAL_S = 0.05  # a burst of log entries goes out as one message


class FleetLink:
    def __init__(self, config: FleetConfig, api: AgentApi, device: str,
                 max_request_bytes: int, updates: UpdateApi | None = None,
                 crl_files: tuple[Path, Path] | None = None,
                 os_updates: OsUpdateApi | None = None) -> None:
        if not topics.valid_device(device):
            raise ValueError(f"device name {device!r} cannot be an MQTT topic level")
        self.config = config
        self.device = device
        self._api = api
        self._dispatch = Dispatcher(api, max_request_bytes, updates, os_updates)
        self._slots = asyncio.Semaphore(_CONCURRENT_COMMANDS)
        self._report_now = asyncio.Event()
        self.connected = False
        self.connects = 0
        self.commands = 0
        self._event_seq: int | None = None
        self._crl_files = crl_files  # (client CA, the [grpc] crl file) with follow_crl
        self.crls = 0

    # -- the connection -----------------------------------------------------------------------

    async def run(self) -> None:
        """Stay connected: reconnect with a growing pause (up to 30 s) after every loss."""
        backoff = self.config.reconnect_s
        while True:
            started = time.monotonic()
            try:
                await self._session()
            except aiomqtt.MqttError as error:
                log.warning("fleet broker %s: %s", self.config.broker, error)
            except (OSError, ValueError) as error:  # a certificate unreadable, a bad name ...
                log.error("fleet broker %s: cannot connect: %s", self.config.broker, error)
            finally:
                self.connected = False
            if time.monotonic() - started > 10 * self.config.reconnect_s:
                backoff = self.config.reconnect_s  # it was up for a while: start over
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, _MAX_BACKOFF_S)

    def _client(self) -> aiomqtt.Client:
        host, _, port = self.config.broker.rpartition(":")
        connect = Properties(PacketTypes.CONNECT)
        # The broker keeps the subscription and queues commands this long while we are away.
        connect.SessionExpiryInterval = self.config.session_expiry_s
        will = aiomqtt.Will(topics.state(self.device), self._report_bytes(online=False), qos=1,
                            retain=True)
        client = aiomqtt.Client(
            host.strip("[]"), int(port), identifier=self.device,
            protocol=aiomqtt.ProtocolVersion.V5, clean_start=False, properties=connect,
            keepalive=self.config.keepalive_s, will=will,
            socket_options=[NO_DELAY],
            tls_params=aiomqtt.TLSParameters(ca_certs=str(self.config.ca),
                                             certfile=str(self.config.cert),
                                             keyfile=str(self.config.key)),
        )
        # aiomqtt acknowledges a message as it arrives; paho can leave that to us. Set before
        # connecting: the resumed session may deliver at once, even to goodbye()'s connection,
        # which must not take a command it will not run.
        client._client.manual_ack_set(True)
        return client

    async def _session(self) -> None:
        async with self._client() as client:
            # (commands are acknowledged once answered: see _client and the module docstring)
            # per session: a task cancelled before it ran never released its slot
            self._slots = asyncio.Semaphore(_CONCURRENT_COMMANDS)
            await client.subscribe(topics.cmd(self.device), qos=1)
            if self._crl_files is not None:
                await client.subscribe(topics.CRL, qos=1)
            self.connected = True
            self.connects += 1
            log.info("connected to the fleet broker %s as %s", self.config.broker, self.device)
            tasks = {asyncio.create_task(self._report_loop(client)),
                     asyncio.create_task(self._event_loop(client))}
            try:
                async for message in client.messages:
                    if message.topic.matches(topics.CRL):
                        await self._crl(client, message)
                        continue
                    slots = self._slots
                    await slots.acquire()
                    task = asyncio.create_task(self._command(client, message, slots))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)

    # -- commands -----------------------------------------------------------------------------

    async def _command(self, client: aiomqtt.Client, message: aiomqtt.Message,
                       slots: asyncio.Semaphore) -> None:
        try:
            reply_to, reply = await self._serve(message)
            if reply.code == grpc.StatusCode.UNAVAILABLE:
                # The agent is stopping or cannot persist: nothing was kept. Unacknowledged, the
                # command comes again from the broker when we reconnect.
                log.warning("command not taken now: %s", reply.message)
                return
            if reply_to is not None:
                props = Properties(PacketTypes.PUBLISH)
                props.CorrelationData = _correlation(message)
                props.UserProperty = [(topics.STATUS, reply.code.name),
                                      (topics.MESSAGE, reply.message[:1000])]
                await client.publish(reply_to, reply.payload, qos=1, properties=props)
            # answered (or unanswerable): the broker may forget it now
            client._client.ack(message.mid, message.qos)
            self._report_now.set()
        except aiomqtt.MqttError as error:
            # the connection went while answering: unacknowledged, the command comes again
            # after the reconnect and is answered then (it does not run twice)
            log.info("answer not sent: %s", error)
        finally:
            slots.release()

    async def _serve(self, message: aiomqtt.Message) -> tuple[str | None, Reply]:
        props = message.properties
        reply_to = getattr(props, "ResponseTopic", None)
        if reply_to is not None and not reply_to.startswith(f"{topics.ROOT}/{self.device}/"):
            # never answer onto someone else's topic, whatever the broker's ACL would say
            log.warning("command with response topic %r refused", reply_to)
            return None, Reply(grpc.StatusCode.INVALID_ARGUMENT, "foreign response topic")
        user = dict(getattr(props, "UserProperty", None) or [])
        command_id = _correlation(message).decode("ascii", "replace")
        self.commands += 1
        return reply_to, await self._dispatch.call(str(user.get(topics.METHOD, "")),
                                                   message.payload, self._principal(user),
                                                   command_id)

    def _principal(self, user: dict[str, Any]) -> Principal:
        """The fleet is the caller: its configured role, less if the person at the fleet who
        asked has less. Only the fleet may publish on a device's cmd topic (the broker's ACL),
        so this is as far as the device can, and need, trust the message."""
        role = self.config.role
        asked = str(user.get(topics.ROLE, ""))
        with contextlib.suppress(ValueError):
            role = min(role, Role.parse(asked))
        who = str(user.get(topics.PRINCIPAL, ""))[:64]
        name = f"fleet:{who}" if who and who.isprintable() else "fleet"
        return Principal(name, role, INTERFACE)

    async def _crl(self, client: aiomqtt.Client, message: aiomqtt.Message) -> None:
        """The fleet's CRL into [grpc] crl, if it is one we should follow (crl.install)."""
        if self._crl_files is not None:
            client_ca, target = self._crl_files
            payload = message.payload if isinstance(message.payload, bytes) else b""
            why = await asyncio.to_thread(crl.install, payload, client_ca, target)
            if why:
                log.error("fleet CRL refused, %s stays in force: %s", target, why)
            else:
                self.crls += 1  # written, or the same list was already there
                log.info("fleet CRL in force in %s", target)
        if message.qos > 0:
            client._client.ack(message.mid, message.qos)

    # -- state and events ---------------------------------------------------------------------

    def _report_bytes(self, online: bool, pending: list[Any] | None = None) -> bytes:
        report = link_pb2.DeviceReport(
            info=convert.device_info(self._api.device_info(), self._api.model_info()),
            health=convert.health(self._api.health()), online=online,
            pending=pending or [])
        report.reported.FromSeconds(int(time.time()))
        return report.SerializeToString()

    async def _report_loop(self, client: aiomqtt.Client) -> None:
        while True:
            pending = await self._api.actions((ActionStatus.PENDING,), 100)
            payload = self._report_bytes(True, [convert.action(r) for r in pending])
            await client.publish(topics.state(self.device), payload, qos=1, retain=True)
            self._report_now.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._report_now.wait(), self.config.report_interval_s)

    async def _event_loop(self, client: aiomqtt.Client) -> None:
        """The event log as it grows, from the first connection on, batched as the gRPC stream
        batches (the fleet asks ListEvents over cmd for anything older): telemetry, QoS 0."""
        if self._event_seq is None:
            last = await self._api.recent(1)
            self._event_seq = last[-1].seq if last else 0
        entries = self._api.follow(self._event_seq, JournalFilter())
        async for batch in servicers._batches(entries, _EVENT_BATCH, lambda: _EVENT_INTERVAL_S):
            payload = events_pb2.StreamEventsResponse(
                events=[convert.event(e) for e in batch]).SerializeToString()
            await client.publish(topics.events(self.device), payload, qos=0)
            self._event_seq = batch[-1].seq

    def counters(self) -> dict[str, int]:
        return {"fleet_connected": int(self.connected), "fleet_connects": self.connects,
                "fleet_commands": self.commands, "fleet_crls": self.crls}

    async def goodbye(self) -> None:
        """On a clean stop: say offline ourselves (the will is only for a lost connection)."""
        try:
            async with asyncio.timeout(3):
                async with self._client() as client:
                    await client.publish(topics.state(self.device),
                                         self._report_bytes(online=False), qos=1, retain=True)
        except (aiomqtt.MqttError, TimeoutError) as error:
            log.info("could not say offline: %s", error)


def _correlation(message: aiomqtt.Message) -> bytes:
    data = getattr(message.properties, "CorrelationData", None)
    return bytes(data) if data else b""


def device_name(config: FleetConfig) -> str:
    """Who the broker knows us as: our certificate's common name (use_identity_as_username)."""
    from llmos.pki import certificate_identity

    name, _ = certificate_identity(config.cert.read_bytes())
    return name
