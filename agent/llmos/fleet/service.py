"""The fleet's service layer: what the gRPC API (and, later, the web page) may ask. It owns the
registry and shadows, commands and their answers, enrollment and revocation, and the audit log;
jobs.py drives staged rollouts on top of `send`.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import hashlib
import logging
import secrets
import time
import uuid
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID

from llmos import pki
from llmos.agent.api import Conflict, NotFound
from llmos.agent.domain import Principal
from llmos.agent.mqtt import topics
from llmos.fleet import broker
from llmos.fleet.config import FleetServiceConfig
from llmos.fleet.link import BrokerLink
from llmos.fleet.records import AuditRow, CommandRow, CommandState, DeviceRow
from llmos.fleet.store import FleetStore

log = logging.getLogger("llmos.fleet")

DAY = 86400
EVENTS_KEPT = 500  # devices' live event messages the dashboard can show
MAX_EVENTS_MESSAGE = 64 * 1024


class EnrollmentRefused(PermissionError):
    """A bad, used or expired token, or a CSR that does not match it."""


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def device_dns_names(device: str, csr_pem: bytes) -> list[str]:
    """The names a device's certificate may carry: its own name, and names under it
    (edge-1.local, edge-1.site.example). Whatever else the CSR asks for (another host, the
    fleet's own name, localhost, an IP address) would let a device pose as that server to
    anyone who trusts the fleet CA, so it is left out."""
    names = [device] + [n for n in pki.csr_dns_names(csr_pem)
                        if n.lower().startswith(device.lower() + ".") and "*" not in n]
    return list(dict.fromkeys(names))


class Fleet:
    def __init__(self, config: FleetServiceConfig, store: FleetStore) -> None:
        self.config = config
        self.store = store
        self.identity, _ = pki.certificate_identity(config.mqtt_cert.read_bytes())
        # Devices' live events, for the dashboard only (so only with it on): the newest few
        # hundred in memory, never stored; telemetry, not a record (the device keeps its log).
        self.events: collections.deque[tuple[str, float, bytes]] = collections.deque(
            maxlen=EVENTS_KEPT)
        self.link = BrokerLink(config, self.identity, self._state, self._response,
                               self._connected, self._events if config.web_listen else None)
        self._crl = b""  # the fleet CA's current CRL, retained on topics.CRL for the devices
        self._waiters: dict[str, list[asyncio.Future[CommandRow]]] = {}
        self._tasks: list[asyncio.Task[Any]] = []
        # Answers are written in batches, one transaction each: a broadcast's thousand answers
        # cost a few fsyncs, not a thousand.
        self._answers: list[tuple[str, str, str, bytes, float]] = []
        self._answered_by: dict[str, str] = {}
        self._answers_ready = asyncio.Event()
        self._reports: list[tuple[str, bool, bytes, float]] = []
        self._reports_ready = asyncio.Event()
        self.answers = 0

    async def start(self) -> None:
        await self._publish_acl()  # the broker's ACL and CRL always follow the registry
        self._tasks = [asyncio.create_task(self.link.run()),
                       asyncio.create_task(self._expire_loop()),
                       asyncio.create_task(self._answer_loop()),
                       asyncio.create_task(self._report_loop())]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    # -- devices ------------------------------------------------------------------------------

    async def devices(self, prefix: str = "") -> list[DeviceRow]:
        return await self.store.run(self.store.devices, prefix)

    async def device(self, name: str) -> DeviceRow:
        row = await self.store.run(self.store.device, name)
        if row is None:
            raise NotFound(f"no device {name!r}")
        return row

    async def _events(self, device: str, payload: bytes) -> None:
        if len(payload) <= MAX_EVENTS_MESSAGE:  # a device cannot fill the fleet's memory
            self.events.append((device, time.time(), payload))

    async def _state(self, device: str, payload: bytes) -> None:
        from llmos.v1 import link_pb2

        report = link_pb2.DeviceReport.FromString(payload) if payload else None
        self._reports.append((device, bool(report and report.online), payload, time.time()))
        self._reports_ready.set()

    async def _report_loop(self) -> None:
        """Shadows written in batches (a thousand devices report every half minute)."""
        while True:
            await self._reports_ready.wait()
            self._reports_ready.clear()
            batch, self._reports = self._reports, []
            try:
                arrived = set(await self.store.run(self.store.report, batch))
            except Exception:  # the store failed: these reports are lost, the next ones come
                log.exception("%d device reports not written", len(batch))
                continue
            if not arrived:
                continue
            # Back (or here for the first time): a broker queues commands only for a session it
            # knows, so what was sent before a device's first connection goes out again now.
            now = time.time()
            pending = [c for c in await self.store.run(self.store.unanswered)
                       if c.device in arrived and c.expires > now]
            await asyncio.gather(*(self.link.publish(c) for c in pending))

    # -- commands -----------------------------------------------------------------------------

    async def send(self, device: str, method: str, request: bytes, principal: Principal,
                   expiry_s: float = DAY, job: str = "", audit: bool = True) -> CommandRow:
        """Record a command (durably, before anything is published) and publish it; an offline
        device gets it from the broker when it returns, until `expiry_s`."""
        row = await self.store.run(self.store.device, device)
        if row is None:
            raise NotFound(f"no device {device!r}")
        if row.revoked:
            raise Conflict(f"device {device} is revoked")
        now = time.time()
        command = CommandRow(new_id("fleet"), device, method, request, CommandState.QUEUED, "",
                             "", b"", job, principal.name, principal.role.name.lower(), now, now,
                             now + expiry_s)
        entry = (principal.name, "command", f"{method} to {device} ({command.id})")
        await self.store.run(self.store.add_command, command, entry if audit else None)
        await self.link.publish(command)
        return command

    async def command(self, command_id: str) -> CommandRow:
        row = await self.store.run(self.store.command, command_id)
        if row is None:
            raise NotFound(f"no command {command_id!r}")
        return row

    async def recent_commands(self, method: str, limit: int = 500) -> list[CommandRow]:
        return await self.store.run(self.store.recent_commands, method, limit)

    async def wait(self, command_id: str, timeout: float) -> CommandRow:
        """The command once answered (or expired), or as it stands after `timeout`."""
        future: asyncio.Future[CommandRow] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(command_id, []).append(future)
        try:
            row = await self.command(command_id)
            if row.state != CommandState.QUEUED:
                return row
            with contextlib.suppress(TimeoutError):
                return await asyncio.wait_for(asyncio.shield(future), timeout)
            return await self.command(command_id)
        finally:
            waiters = self._waiters.get(command_id, [])
            if future in waiters:
                waiters.remove(future)
            if not waiters:
                self._waiters.pop(command_id, None)

    async def _response(self, device: str, command_id: str, code: str, message: str,
                        payload: bytes) -> None:
        self._answers.append((command_id, code, message, payload, time.time()))
        self._answered_by[command_id] = device
        self._answers_ready.set()

    async def _answer_loop(self) -> None:
        while True:
            await self._answers_ready.wait()
            self._answers_ready.clear()
            batch, self._answers = self._answers, []
            by, self._answered_by = self._answered_by, {}
            try:
                answered = await self.store.run(self.store.answer, batch)
            except Exception:
                # not written: the commands stay unanswered and are sent again at the next
                # connection, and the device answers them again (without running them twice)
                log.exception("%d answers not written", len(batch))
                continue
            # a second answer (after a resend) or one that is not ours changes nothing
            for row in answered:
                if row.device != by.get(row.id):
                    # the ACL makes this impossible; log it if a broker ever allows it
                    log.warning("answer to %s came from %s, not %s", row.id, by.get(row.id),
                                row.device)
                self.answers += 1
                for future in self._waiters.get(row.id, []):
                    if not future.done():
                        future.set_result(row)

    async def _connected(self) -> None:
        await self._publish_crl()
        await self._resend()

    async def _resend(self) -> None:
        """After each connection: whatever is unanswered goes out again (the device runs an id
        at most once, so a command that did arrive is answered, not repeated)."""
        pending = await self.store.run(self.store.unanswered)
        now = time.time()
        await asyncio.gather(*(self.link.publish(c) for c in pending if c.expires > now))
        if pending:
            log.info("sent %d unanswered commands again", len(pending))

    async def _expire_loop(self) -> None:
        while True:
            await asyncio.sleep(1.0)
            for row in await self.store.run(self.store.expire_commands, time.time()):
                expired = await self.command(row.id)
                for future in self._waiters.get(row.id, []):
                    if not future.done():
                        future.set_result(expired)

    # -- enrollment ---------------------------------------------------------------------------

    async def create_token(self, device: str, valid_s: float, principal: Principal
                           ) -> tuple[str, float]:
        self._check_name(device)
        # hex, never a leading "-": the device passes it as `llmos-fleet enroll --token TOKEN`,
        # and argparse takes "-abc" for an option (1 token in 64 of token_urlsafe)
        token = secrets.token_hex(24)
        expires = time.time() + valid_s
        await self.store.run(self.store.add_token, _hash(token), device, expires)
        await self.store.run(self.store.audit, principal.name, "token",
                             f"enrollment token for {device}")
        return token, expires

    def _check_name(self, device: str) -> None:
        if not topics.valid_device(device):
            raise ValueError(f"device: {device!r} is not 1-64 characters of A-Z a-z 0-9 . _ -")
        if device == self.identity:
            raise ValueError(f"device: {device!r} is the fleet's own identity")

    async def enroll(self, token: str, csr_pem: bytes) -> tuple[bytes, str]:
        """Sign the CSR of the device the token was made for; the token is then used up."""
        token_hash = _hash(token)
        device = await self.store.run(self.store.token_device, token_hash, time.time())
        if device is None:
            raise EnrollmentRefused("enrollment token unknown, used or expired")
        try:
            csr = x509.load_pem_x509_csr(csr_pem)
            names = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
            name = str(names[0].value) if names else ""
        except ValueError as error:
            raise ValueError(f"csr_pem: not a PEM CSR: {error}") from None
        if name != device:
            raise EnrollmentRefused(f"the CSR names {name!r}; the token is for {device!r}")
        ca = pki.load_issued(self.config.ca_cert, self.config.ca_key)
        cert_pem = pki.sign_csr(ca, csr_pem, dns_names=device_dns_names(device, csr_pem))
        serial = str(x509.load_pem_x509_certificate(cert_pem).serial_number)
        if not await self.store.run(self.store.enroll, device, serial, token_hash, time.time()):
            raise EnrollmentRefused("enrollment token unknown, used or expired")
        await self.store.run(self.store.audit, "enrollment", "enroll",
                             f"{device} enrolled, certificate {serial}")
        await self._publish_acl()
        return cert_pem, device

    async def revoke(self, name: str, reason: str, principal: Principal) -> DeviceRow:
        if not await self.store.run(self.store.revoke, name):
            raise NotFound(f"no device {name!r}")
        await self.store.run(self.store.audit, principal.name, "revoke",
                             f"{name} revoked" + (f": {reason}" if reason else ""))
        await self._publish_acl()
        return await self.device(name)

    async def _publish_acl(self) -> None:
        """The broker's ACL and CRL from the registry, then a reload (embedded broker only;
        a clustered broker gets the deny list from its own ACL source: docs/fleet.md); and the
        CRL, retained, for devices that follow it into their gRPC listener's trust."""
        revoked = await self.store.run(self.store.revoked)
        try:
            ca = pki.load_issued(self.config.ca_cert, self.config.ca_key)
        except (OSError, ValueError) as error:
            if self.config.broker_dir is not None:
                raise  # the embedded broker's CRL cannot follow the registry: do not start
            log.warning("no CRL for the devices: the fleet CA is unreadable: %s", error)
            return
        crl = pki.make_crl(ca, [int(d.cert_serial) for d in revoked if d.cert_serial])
        self._crl = crl
        await self._publish_crl()
        if self.config.broker_dir is None:
            return
        files = broker.BrokerFiles(self.config.broker_dir)
        broker.write_acl(files, self.identity, [d.name for d in revoked], crl)
        if not broker.reload(files):
            log.warning("the broker did not take the new ACL (no pid in %s)", files.pid)

    async def _publish_crl(self) -> None:
        """Retained, so a device that connects later gets the newest; if the broker is away
        now, the next connection publishes it (BrokerLink's on_connect)."""
        if self._crl and not await self.link.publish_retained(topics.CRL, self._crl):
            log.info("the CRL goes to the devices at the next connection to the broker")

    # -- audit --------------------------------------------------------------------------------

    async def audit(self, principal: Principal, action: str, detail: str) -> None:
        await self.store.run(self.store.audit, principal.name, action, detail)

    async def audit_log(self, limit: int) -> list[AuditRow]:
        return await self.store.run(self.store.audit_log, limit)
