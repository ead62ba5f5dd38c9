"""The fleet's side of MQTT: one persistent session at the broker, as the fleet's identity.

It subscribes to every device's state and command responses (QoS 1), and publishes commands
with MQTT 5 request/response: the response topic is the device's own cmd/response, the
correlation data the command's id. The session is persistent, so answers that arrive while the
fleet is down wait at the broker; and after every (re)connection the service publishes again
whatever is still unanswered, which the device answers without running it twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import aiomqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from llmos.agent.mqtt import topics
from llmos.agent.mqtt.topics import NO_DELAY
from llmos.fleet.config import FleetServiceConfig
from llmos.fleet.records import CommandRow

log = logging.getLogger("llmos.fleet.link")

OnState = Callable[[str, bytes], Awaitable[None]]
OnResponse = Callable[[str, str, str, str, bytes], Awaitable[None]]
OnConnect = Callable[[], Coroutine[Any, Any, None]]
_MAX_BACKOFF_S = 10.0


class BrokerLink:
    def __init__(self, config: FleetServiceConfig, identity: str, on_state: OnState,
                 on_response: OnResponse, on_connect: OnConnect,
                 on_events: OnState | None = None) -> None:
        self.config = config
        self.identity = identity
        self._on_state = on_state
        self._on_events = on_events  # devices' live events (QoS 0), only if someone shows them
        self._on_response = on_response
        self._on_connect = on_connect
        self._client: aiomqtt.Client | None = None
        self.connected = asyncio.Event()

    async def run(self) -> None:
        backoff = 0.2
        while True:
            started = time.monotonic()
            try:
                await self._session()
            except aiomqtt.MqttError as error:
                log.warning("broker %s: %s", self.config.broker, error)
            except (OSError, ValueError) as error:  # a certificate unreadable, a bad name ...
                log.error("broker %s: cannot connect: %s", self.config.broker, error)
            finally:
                self._client = None
                self.connected.clear()
            if time.monotonic() - started > 10:
                backoff = 0.2
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, _MAX_BACKOFF_S)

    async def _session(self) -> None:
        host, _, port = self.config.broker.rpartition(":")
        props = Properties(PacketTypes.CONNECT)
        props.SessionExpiryInterval = self.config.session_expiry_s
        client = aiomqtt.Client(
            host.strip("[]"), int(port), identifier=self.identity,
            protocol=aiomqtt.ProtocolVersion.V5, clean_start=False, properties=props,
            keepalive=30, max_queued_outgoing_messages=100_000,
            socket_options=[NO_DELAY],
            tls_params=aiomqtt.TLSParameters(ca_certs=str(self.config.broker_ca),
                                             certfile=str(self.config.mqtt_cert),
                                             keyfile=str(self.config.mqtt_key)))
        async with client:
            await client.subscribe([(topics.ALL_STATE, 1), (topics.ALL_RESPONSES, 1)])
            if self._on_events is not None:
                await client.subscribe(topics.ALL_EVENTS, qos=0)
            self._client = client
            self.connected.set()
            log.info("connected to the broker %s as %s", self.config.broker, self.identity)
            resend: asyncio.Task[None] = asyncio.create_task(self._on_connect())
            try:
                async for message in client.messages:
                    await self._message(message)
            finally:
                resend.cancel()

    async def _message(self, message: aiomqtt.Message) -> None:
        topic = str(message.topic)
        device = topics.device_of(topic)
        payload = message.payload if isinstance(message.payload, bytes) else b""
        if device is None:
            return
        try:
            if topic == topics.state(device):
                await self._on_state(device, payload)
            elif topic == topics.cmd_response(device):
                props = message.properties
                user = dict(getattr(props, "UserProperty", None) or [])
                corr = bytes(getattr(props, "CorrelationData", b"") or b"")
                await self._on_response(device, corr.decode("ascii", "replace"),
                                        str(user.get(topics.STATUS, "UNKNOWN")),
                                        str(user.get(topics.MESSAGE, "")), payload)
            elif topic == topics.events(device) and self._on_events is not None:
                await self._on_events(device, payload)
        except Exception:  # one bad message must not end the session
            log.exception("message on %s not handled", topic)

    async def publish_retained(self, topic: str, payload: bytes) -> bool:
        """A retained QoS 1 message (the fleet's CRL); False when not connected now."""
        client = self._client
        if client is None:
            return False
        try:
            await client.publish(topic, payload, qos=1, retain=True)
        except aiomqtt.MqttError as error:
            log.info("%s not published now: %s", topic, error)
            return False
        return True

    async def publish(self, command: CommandRow) -> bool:
        """Send a command now if connected (False otherwise: it goes out at the next connect)."""
        client = self._client
        if client is None:
            return False
        props = Properties(PacketTypes.PUBLISH)
        props.ResponseTopic = topics.cmd_response(command.device)
        props.CorrelationData = command.id.encode()
        props.MessageExpiryInterval = max(1, int(command.expires - time.time()))
        props.UserProperty = [(topics.METHOD, command.method),
                              (topics.PRINCIPAL, command.principal), (topics.ROLE, command.role)]
        try:
            await client.publish(topics.cmd(command.device), command.request, qos=1,
                                 properties=props)
        except aiomqtt.MqttError as error:
            log.info("command %s not published now: %s", command.id, error)
            return False
        return True
