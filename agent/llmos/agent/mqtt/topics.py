"""The MQTT topic layout a device and its fleet share, after AWS IoT's things/shadow/jobs
layout, and nothing a particular broker adds: any MQTT 5 broker (Mosquitto, EMQX, HiveMQ,
VerneMQ, a cloud IoT core) carries it, with one rule in its ACL: a client whose certificate
names device D uses `llmos/D/...` only (docs/fleet.md).

    llmos/<device>/state          device -> fleet  DeviceReport, retained; the last will too
    llmos/<device>/cmd            fleet -> device  a gRPC request; MQTT 5 request/response
    llmos/<device>/cmd/response   device -> fleet  the gRPC response, with the correlation data
    llmos/<device>/events         device -> fleet  StreamEventsResponse, as the gRPC stream
    llmos/<device>/jobs/...       reserved for job documents (jobs travel as commands today)
    llmos/_fleet/crl              fleet -> every device  the fleet CA's CRL (PEM), retained; only
                                  the fleet may write it ('_' starts no device name)
"""

from __future__ import annotations

import re
import socket

ROOT = "llmos"
# A device's name is its certificate's common name and a topic level: no '/', no MQTT wildcards,
# no '$' (broker topics), nothing a broker ACL's %u substitution could misread.
DEVICE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")

# What the fleet subscribes to, for every device at once.
ALL_STATE = f"{ROOT}/+/state"
ALL_RESPONSES = f"{ROOT}/+/cmd/response"
ALL_EVENTS = f"{ROOT}/+/events"

# The fleet CA's current CRL, retained, for devices that follow it into their gRPC trust
# (docs/fleet.md). Outside every device's namespace: a device name cannot start with '_'.
CRL = f"{ROOT}/_fleet/crl"

# MQTT 5 user properties of a command: the gRPC method, and who asked at the fleet.
METHOD = "llmos-method"
PRINCIPAL = "llmos-principal"
ROLE = "llmos-role"
# ... and of a response: the gRPC status code's name and its message.
STATUS = "llmos-status"
MESSAGE = "llmos-message"

# Commands and answers are small messages waiting on each other: without TCP_NODELAY, Nagle's
# algorithm and delayed ACKs hold each one ~40 ms (paho does not set it). For the MQTT clients'
# socket_options.
NO_DELAY = (socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def valid_device(name: str) -> bool:
    return DEVICE_NAME.fullmatch(name) is not None


def state(device: str) -> str:
    return f"{ROOT}/{device}/state"


def cmd(device: str) -> str:
    return f"{ROOT}/{device}/cmd"


def cmd_response(device: str) -> str:
    return f"{ROOT}/{device}/cmd/response"


def events(device: str) -> str:
    return f"{ROOT}/{device}/events"


def device_of(topic: str) -> str | None:
    """The device a topic of this layout belongs to, or None."""
    parts = topic.split("/")
    if len(parts) >= 3 and parts[0] == ROOT and valid_device(parts[1]):
        return parts[1]
    return None
