"""The control plane's listeners, started and stopped as one: the daemon's single entry point.

One gRPC server per listener, each with its own authenticator, so a call can never be judged by
another listener's rules:
- `grpc.listen`: TLS, client certificate required and verified against `grpc.client_ca`.
- `grpc.insecure_listen`: plain text (config allows loopback only), everyone `insecure_role`.
- `grpc.unix_socket`: the peer-credential relay (local.py) in front of a private server.
Every server carries the llmos.v1 services, grpc.health.v1 and server reflection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1.health import aio as health_aio
from grpc_reflection.v1alpha import reflection

from llmos.agent.api import AgentApi, OsUpdateApi, UpdateApi
from llmos.agent.config import AgentConfig, ConfigError, GrpcConfig
from llmos.agent.domain import Principal
from llmos.agent.grpc.access import AccessInterceptor
from llmos.agent.grpc.auth import (
    Authenticator,
    CertificateAuthenticator,
    FixedAuthenticator,
    PeerAuthenticator,
)
from llmos.agent.grpc.local import LocalSocket
from llmos.agent.grpc.servicers import StreamCaps, add_servicers
from llmos.agent.grpc.trust import Trust

log = logging.getLogger("llmos.grpc")

# Requests between max_message_bytes and this many times it are read and refused with
# INVALID_ARGUMENT and their size; beyond it gRPC itself refuses them (RESOURCE_EXHAUSTED)
# without reading them into memory.
_TRANSPORT_SLACK = 4


@dataclass
class ControlPlane:
    """The running listeners. `addresses` names what each one is bound to (ports resolved)."""

    servers: list[grpc.aio.Server]
    health: health_aio.HealthServicer
    services: tuple[str, ...]
    addresses: dict[str, str] = field(default_factory=dict)
    local: LocalSocket | None = None
    degraded: list[str] = field(default_factory=list)  # listeners that could not start
    relay_dir: Path | None = None
    _pending: set[asyncio.Task[None]] = field(default_factory=set)

    def set_serving(self, serving: bool) -> None:
        """What grpc.health.v1 reports for the server ("") and every llmos.v1 service. Takes
        effect on the event loop right after this returns (health updates are coroutines)."""
        status = (health_pb2.HealthCheckResponse.SERVING if serving
                  else health_pb2.HealthCheckResponse.NOT_SERVING)
        task = asyncio.get_running_loop().create_task(self._set_health(status))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _set_health(self, status: int) -> None:
        for name in ("", *self.services):
            await self.health.set(name, status)

    async def stop(self, grace: float) -> None:
        """NOT_SERVING first, so health checks see the drain; then let calls finish for
        `grace` seconds and cancel the rest (event streams end here)."""
        await asyncio.gather(*self._pending)
        await self.health.enter_graceful_shutdown()
        if self.local is not None:
            await self.local.stop()
        await asyncio.gather(*(server.stop(grace) for server in self.servers))
        if self.relay_dir is not None:
            shutil.rmtree(self.relay_dir, ignore_errors=True)


async def start_control_plane(config: AgentConfig, api: AgentApi,
                              updates: UpdateApi | None = None,
                              os_updates: OsUpdateApi | None = None) -> ControlPlane:
    """Listen on every configured listener and report SERVING. `updates`: the model updater
    behind UpdateService (None: model updates off).

    Raises ConfigError (naming the key) when a certificate cannot be read or an address cannot
    be bound; nothing keeps listening then.
    """
    grpc_config = config.grpc
    health = health_aio.HealthServicer()
    caps = StreamCaps(grpc_config.max_streams, grpc_config.max_streams_per_principal)
    plane = ControlPlane([], health, ())
    try:
        missing = [f"grpc.{key}: {path}" for key, path in (("cert", grpc_config.cert),
                   ("key", grpc_config.key), ("client_ca", grpc_config.client_ca))
                   if grpc_config.listen and not path.exists()]
        if missing:
            # A device not provisioned yet still serves its console and its Unix socket.
            plane.degraded.append(f"mTLS listener off until provisioned: no {', '.join(missing)}")
            log.error("%s", plane.degraded[-1])
        elif grpc_config.listen:
            trust = Trust(grpc_config)  # rotation and revocation without a restart
            server, services = _server(CertificateAuthenticator(trust), grpc_config, api, health,
                                       caps, updates, os_updates)
            credentials = trust.credentials()
            port = _bind(lambda: server.add_secure_port(grpc_config.listen, credentials),
                         "grpc.listen", grpc_config.listen)
            plane.addresses["mtls"] = _with_port(grpc_config.listen, port)
            plane.servers.append(server)
        if grpc_config.insecure_listen:
            principal = Principal("insecure", grpc_config.insecure_role, "grpc-insecure")
            server, services = _server(FixedAuthenticator(principal), grpc_config, api, health,
                                       caps, updates, os_updates)
            port = _bind(lambda: server.add_insecure_port(grpc_config.insecure_listen),
                         "grpc.insecure_listen", grpc_config.insecure_listen)
            plane.addresses["insecure"] = _with_port(grpc_config.insecure_listen, port)
            plane.servers.append(server)
        if grpc_config.unix_socket:
            peers = PeerAuthenticator()
            server, services = _server(peers, grpc_config, api, health, caps, updates, os_updates)
            # A short private path: Unix socket addresses are limited to 107 bytes.
            plane.relay_dir = Path(tempfile.mkdtemp(prefix="llmos-grpc-"))  # mode 0700
            upstream = plane.relay_dir / "grpc.sock"
            _bind(lambda: server.add_insecure_port(f"unix:{upstream}"), "grpc.unix_socket",
                  str(upstream))
            plane.servers.append(server)
            plane.local = LocalSocket(Path(grpc_config.unix_socket), upstream, plane.relay_dir,
                                      config.local_roles, peers)
            plane.addresses["unix"] = grpc_config.unix_socket
        if not plane.servers:
            raise ConfigError("grpc: no listener configured (listen, insecure_listen, unix_socket)")
        plane.services = services
        await asyncio.gather(*(server.start() for server in plane.servers))
        if plane.local is not None:
            try:
                await plane.local.start()
            except OSError as error:
                raise ConfigError(f"grpc.unix_socket: {grpc_config.unix_socket}: {error}") from None
        await plane._set_health(health_pb2.HealthCheckResponse.SERVING)
        return plane
    except BaseException:
        with contextlib.suppress(Exception):
            await plane.stop(0)
        raise


def _server(authenticator: Authenticator, config: GrpcConfig, api: AgentApi,
            health: health_aio.HealthServicer, caps: StreamCaps,
            updates: UpdateApi | None = None, os_updates: OsUpdateApi | None = None,
            ) -> tuple[grpc.aio.Server, tuple[str, ...]]:
    limit = config.max_message_bytes
    server = grpc.aio.server(
        interceptors=[AccessInterceptor(authenticator, limit)],
        options=[
            ("grpc.max_receive_message_length", limit * _TRANSPORT_SLACK),
            # Two agents must not share a port silently.
            ("grpc.so_reuseport", 0),
        ],
    )
    services = add_servicers(server, api, updates, caps, os_updates)
    health_pb2_grpc.add_HealthServicer_to_server(health, server)
    reflection.enable_server_reflection(
        (*services, health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
         reflection.SERVICE_NAME),
        server,
    )
    return server, services


def _bind(add_port: Callable[[], int], key: str, address: str) -> int:
    # Older gRPC returns 0 for an address it could not bind; newer ones raise RuntimeError.
    try:
        port = add_port()
    except RuntimeError:
        port = 0
    if port == 0:
        raise ConfigError(f"{key}: cannot listen on {address}")
    return port


def _with_port(address: str, port: int) -> str:
    return f"{address.rsplit(':', 1)[0]}:{port}"
