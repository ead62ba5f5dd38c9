"""`llmos-fleet run`: the store, the broker link, the job runner and the gRPC listeners, on one
event loop; SIGTERM stops them (everything acknowledged is already in the store)."""

from __future__ import annotations

import asyncio
import logging
import signal
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1.health import aio as health_aio
from grpc_reflection.v1alpha import reflection

from llmos.agent.config import ConfigError
from llmos.agent.domain import Principal, Role
from llmos.agent.grpc.access import AccessInterceptor
from llmos.agent.grpc.auth import CertificateAuthenticator, FixedAuthenticator
from llmos.fleet.api import EnrollmentServicer, FleetServicer, enroll_role, fleet_role
from llmos.fleet.config import FleetServiceConfig
from llmos.fleet.jobs import JobRunner
from llmos.fleet.service import Fleet
from llmos.fleet.store import open_store
from llmos.fleet.v1 import fleet_pb2, fleet_pb2_grpc

log = logging.getLogger("llmos.fleet")
_MAX_REQUEST = 64 * 1024


@dataclass
class Running:
    fleet: Fleet
    jobs: JobRunner
    servers: list[grpc.aio.Server]
    addresses: dict[str, str] = field(default_factory=dict)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    cleanups: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    async def stop(self) -> None:
        for cleanup in self.cleanups:
            await cleanup()
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await asyncio.gather(*(s.stop(1.0) for s in self.servers))
        await self.fleet.stop()
        self.fleet.store.close()


def _read(key: str, path: object) -> bytes:
    from pathlib import Path

    assert isinstance(path, Path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise ConfigError(f"{key}: {path}: {error.strerror}") from None


def _server(interceptor: AccessInterceptor, services: tuple[str, ...],
            health: health_aio.HealthServicer) -> grpc.aio.Server:
    server = grpc.aio.server(interceptors=[interceptor],
                             options=[("grpc.max_receive_message_length", 4 * _MAX_REQUEST),
                                      ("grpc.so_reuseport", 0)])
    health_pb2_grpc.add_HealthServicer_to_server(health, server)
    reflection.enable_server_reflection(
        (*services, health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
         reflection.SERVICE_NAME), server)
    return server


async def start(config: FleetServiceConfig) -> Running:
    store = open_store(config.state_dir / "fleet.db", config.database)
    fleet = Fleet(config, store)
    jobs = JobRunner(fleet)
    health = health_aio.HealthServicer()
    fleet_name = fleet_pb2.DESCRIPTOR.services_by_name["FleetService"].full_name
    main = _server(AccessInterceptor(CertificateAuthenticator(), _MAX_REQUEST, fleet_role),
                   (fleet_name,), health)
    servicer = FleetServicer(fleet, jobs)
    fleet_pb2_grpc.add_FleetServiceServicer_to_server(servicer, main)
    credentials = grpc.ssl_server_credentials(
        [(_read("key", config.key), _read("cert", config.cert))],
        root_certificates=_read("client_ca", config.client_ca), require_client_auth=True)
    running = Running(fleet, jobs, [main])
    port = main.add_secure_port(config.listen, credentials)
    running.addresses["api"] = f"{config.listen.rsplit(':', 1)[0]}:{port}"
    if config.enroll_listen:
        enroll_name = fleet_pb2.DESCRIPTOR.services_by_name["EnrollmentService"].full_name
        anyone = FixedAuthenticator(Principal("enrollment", Role.VIEWER, "enroll"))
        enroll = _server(AccessInterceptor(anyone, _MAX_REQUEST, enroll_role), (enroll_name,),
                         health)
        fleet_pb2_grpc.add_EnrollmentServiceServicer_to_server(EnrollmentServicer(fleet), enroll)
        tls = grpc.ssl_server_credentials(
            [(_read("key", config.key), _read("cert", config.cert))], require_client_auth=False)
        port = enroll.add_secure_port(config.enroll_listen, tls)
        running.addresses["enroll"] = f"{config.enroll_listen.rsplit(':', 1)[0]}:{port}"
        running.servers.append(enroll)
    await fleet.start()
    running.tasks.append(asyncio.create_task(jobs.run()))
    await asyncio.gather(*(s.start() for s in running.servers))
    if config.web_listen:  # the dashboard: the same servicer, so the same service layer
        try:
            from llmos.fleet.web import Dashboard
        except ImportError as error:
            await running.stop()
            raise ConfigError(f"web_listen: the dashboard needs the fleet-web extra ({error})"
                              ) from None
        dashboard = Dashboard(config, fleet, servicer)
        try:
            running.addresses["web"] = await dashboard.start()
        except (OSError, ssl.SSLError) as error:
            await running.stop()
            raise ConfigError(f"web_listen: {config.web_listen}: {error}") from None
        running.cleanups.append(dashboard.stop)
    await health.set("", health_pb2.HealthCheckResponse.SERVING)
    await health.set(fleet_name, health_pb2.HealthCheckResponse.SERVING)
    return running


async def run(config: FleetServiceConfig) -> int:
    running = await start(config)
    log.info("llmos-fleet serving on %s", running.addresses)
    print(f"llmos-fleet serving: {running.addresses}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await running.stop()
    return 0
