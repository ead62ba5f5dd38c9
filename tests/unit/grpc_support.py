"""Shared by the control-plane unit tests: an in-memory AgentApi, certificates, and a running
control plane on loopback with all three listeners."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import grpc

from llmos import pki
from llmos.agent.api import CommandRequest, Conflict, Health, NotFound, Outcome
from llmos.agent.config import ConfigError, parse_config
from llmos.agent.domain import (
    ActionRecord,
    ActionResult,
    ActionStatus,
    Decision,
    JournalEntry,
    JournalFilter,
    Principal,
    Proposal,
    Role,
    Verdict,
)
from llmos.agent.grpc import ControlPlane, start_control_plane
from tests.support.daemon import free_port


class FakeAgent:
    """AgentApi in memory. reboot is held as pending, set_led is denied, the rest succeeds."""

    def __init__(self) -> None:
        self.entries: list[JournalEntry] = []
        self.records: dict[str, ActionRecord] = {}
        self.calls: list[tuple[str, Principal]] = []
        self.policy = "default_allow = true\n"
        self._ids = itertools.count(1)
        self._changed = asyncio.Event()
        self.closed = False

    def log(self, kind: str, ref: str, summary: str, subsystem: str = "") -> JournalEntry:
        entry = JournalEntry(len(self.entries) + 1, time.time(), kind, ref, subsystem, summary,
                             {"summary": summary})
        self.entries.append(entry)
        self._changed.set()
        self._changed = asyncio.Event()
        return entry

    async def execute(self, request: CommandRequest, principal: Principal) -> Outcome:
        self.calls.append(("execute", principal))
        ref = f"cmd-{next(self._ids)}"
        if request.tool is not None:
            proposal = Proposal(request.tool, dict(request.args), "operator")
        else:
            proposal = Proposal("say", {"text": f"you said {request.text}"}, "rules")
        if proposal.tool == "set_led":
            verdict, status = Verdict(Decision.DENY, "set_led is not allowed by policy"), ActionStatus.DENIED
        elif proposal.tool == "reboot":
            verdict, status = Verdict(Decision.CONFIRM, "needs confirmation"), ActionStatus.PENDING
        else:
            verdict, status = Verdict(Decision.ALLOW, "allowed by policy"), ActionStatus.SUCCEEDED
        if request.dry_run:
            status = ActionStatus.DRY_RUN
        result = ActionResult(True, "done", {"n": 1}) if status == ActionStatus.SUCCEEDED else None
        expires = time.time() + 300 if status == ActionStatus.PENDING else None
        now = time.time()
        self.records[ref] = ActionRecord(ref, proposal.tool, dict(proposal.args),
                                         proposal.controller, status, verdict.reason, None,
                                         principal.name, principal.interface, now, now, expires)
        self.log("command", ref, f"{principal.name}: {request.text or request.tool}")
        return Outcome(ref, status, proposal, verdict, result, "", expires)

    async def confirm(self, action_id: str, principal: Principal) -> Outcome:
        self.calls.append(("confirm", principal))
        record = self._pending(action_id)
        self.records[action_id] = _with_status(record, ActionStatus.SUCCEEDED)
        return Outcome(action_id, ActionStatus.SUCCEEDED, Proposal(record.tool, record.args, "operator"),
                       Verdict(Decision.ALLOW, "confirmed"), ActionResult(True, "rebooting"))

    async def reject(self, action_id: str, principal: Principal, reason: str) -> Outcome:
        self.calls.append(("reject", principal))
        record = self._pending(action_id)
        self.records[action_id] = _with_status(record, ActionStatus.REJECTED)
        return Outcome(action_id, ActionStatus.REJECTED, None, Verdict(Decision.DENY, reason), None)

    def _pending(self, action_id: str) -> ActionRecord:
        record = self.records.get(action_id)
        if record is None:
            raise NotFound(f"no action {action_id!r}")
        if record.status != ActionStatus.PENDING:
            raise Conflict(f"action {action_id} is {record.status}, not pending")
        return record

    async def journal(self, after_seq: int, limit: int, filt: JournalFilter) -> list[JournalEntry]:
        return [e for e in self.entries if e.seq > after_seq and filt.matches(e)][:limit]

    async def follow(self, after_seq: int, filt: JournalFilter) -> AsyncIterator[JournalEntry]:
        last = after_seq
        while not self.closed:
            changed = self._changed
            for entry in self.entries[last:]:
                last = entry.seq
                if filt.matches(entry):
                    yield entry
            if last >= len(self.entries):
                await changed.wait()

    async def actions(self, statuses: tuple[str, ...], limit: int) -> list[ActionRecord]:
        records = sorted(self.records.values(), key=lambda r: r.created, reverse=True)
        return [r for r in records if not statuses or r.status in statuses][:limit]

    def health(self) -> Health:
        return Health(True, False, "ok: fake", (), {"events_dropped": 3, "queue_peak": 7}, 1.5)

    def device_info(self) -> dict[str, str]:
        return {"name": "fake", "hostname": "fakehost", "version": "0", "kernel": "6", "arch": "x",
                "controller": "rules", "cores": "2"}

    def model_info(self) -> dict[str, object]:
        return {"controller": "rules", "context": {"used": 10, "budget": 100, "paged_out": 1}}

    def policy_text(self) -> str:
        return self.policy

    async def set_policy(self, text: str, principal: Principal) -> str:
        self.calls.append(("set_policy", principal))
        if "bad" in text:
            raise ConfigError("policy.bad: unknown key")
        self.policy = text
        return text


def _with_status(record: ActionRecord, status: str) -> ActionRecord:
    return ActionRecord(record.id, record.tool, record.args, record.controller, status,
                        record.reason, record.result, record.principal, record.interface,
                        record.created, time.time(), record.expires)


@dataclass
class Pki:
    directory: Path

    def path(self, stem: str, ext: str) -> Path:
        return self.directory / f"{stem}.{ext}"

    def credentials(self, role: str | None) -> grpc.ChannelCredentials:
        ca = self.path("fleet-ca", "crt").read_bytes()
        if role is None:
            return grpc.ssl_channel_credentials(root_certificates=ca)
        return grpc.ssl_channel_credentials(ca, self.path(role, "key").read_bytes(),
                                            self.path(role, "crt").read_bytes())


def make_pki(directory: Path) -> Pki:
    pki.make_dev_pki(directory)
    ca = pki.load_issued(directory / "fleet-ca.crt", directory / "fleet-ca.key")
    # A certificate from the fleet CA without a role, and one from a stranger's CA.
    no_role = pki.issue_client_cert(ca, "nobody", Role.VIEWER)
    no_role = pki.Issued(no_role.key, _without_ou(ca, no_role))
    pki.write_issued(no_role, directory, "norole")
    pki.write_issued(pki.issue_client_cert(pki.make_ca("stranger CA"), "mallory", Role.ADMIN),
                     directory, "stranger")
    return Pki(directory)


def _without_ou(ca: pki.Issued, issued: pki.Issued):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "nobody")])
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca.cert.subject)
               .public_key(issued.key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(issued.cert.not_valid_before_utc)
               .not_valid_after(issued.cert.not_valid_after_utc))
    return builder.sign(ca.key, hashes.SHA256())


async def start_fake_plane(pki_: Pki, directory: Path, agent: FakeAgent,
                           grpc_extra: dict | None = None, **local_roles: object) -> ControlPlane:
    config = parse_config({
        "grpc": {
            "listen": f"127.0.0.1:{free_port()}",
            "cert": str(pki_.path("device", "crt")), "key": str(pki_.path("device", "key")),
            "client_ca": str(pki_.path("fleet-ca", "crt")),
            "insecure_listen": f"127.0.0.1:{free_port()}", "insecure_role": "viewer",
            "unix_socket": str(directory / "agent.sock"),
            "max_message_bytes": 4096,
            **(grpc_extra or {}),
        },
        "local_roles": local_roles,
    })
    return await start_control_plane(config, agent)


class PlaneThread:
    """A control plane over a FakeAgent on its own event loop thread, so tests (and hypothesis)
    can drive it with ordinary blocking gRPC clients."""

    def __init__(self, pki_: Pki, directory: Path, grpc_extra: dict | None = None,
                 **local_roles: object) -> None:
        self.pki = pki_
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self.agent = FakeAgent()
        self.plane = self.run(start_fake_plane(pki_, directory, self.agent, grpc_extra,
                                               **local_roles))
        self._channels: list[grpc.Channel] = []

    def run(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)

    def log(self, kind: str, ref: str, summary: str, subsystem: str = "") -> None:
        async def log() -> None:
            self.agent.log(kind, ref, summary, subsystem)

        self.run(log())

    def channel(self, role: str | None = "admin", listener: str = "mtls") -> grpc.Channel:
        address = self.plane.addresses[listener]
        if listener == "mtls":
            channel = grpc.secure_channel(address, self.pki.credentials(role))
        elif listener == "unix":
            channel = grpc.insecure_channel(f"unix:{address}")
        else:
            channel = grpc.insecure_channel(address)
        self._channels.append(channel)
        return channel

    def close(self) -> None:
        for channel in self._channels:
            channel.close()
        self.run(self.plane.stop(0))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
