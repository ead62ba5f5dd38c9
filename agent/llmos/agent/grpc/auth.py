"""Who is calling: one authenticator per listener turns a call's context into a Principal.

- mTLS: the verified client certificate (gRPC checked it against the fleet CA during the
  handshake); name = subject CN, role = subject OU (see llmos.pki).
- Plain-text loopback listener: every caller gets the configured `insecure_role`.
- Unix socket: the peer-credential proxy (local.py) registers each connection it forwards under
  the address it connects from, with the principal its uid earned; gRPC reports that address as
  the call's peer.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

import grpc

from llmos.agent.domain import Principal, Role

if TYPE_CHECKING:
    from cryptography import x509

    from llmos.agent.grpc.trust import Trust


class Refused(Exception):
    """The call is refused before it reaches the agent, with this status and message."""

    def __init__(self, code: grpc.StatusCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Authenticator(Protocol):
    def authenticate(self, context: grpc.aio.ServicerContext[Any, Any]) -> Principal: ...


class CertificateAuthenticator:
    interface = "grpc-mtls"

    def __init__(self, trust: Trust | None = None) -> None:
        self._trust = trust

    def authenticate(self, context: grpc.aio.ServicerContext[Any, Any]) -> Principal:
        certs = list(context.auth_context().get("x509_pem_cert") or ())
        if not certs:
            # The handshake requires a certificate, so this is a misconfigured listener.
            raise Refused(grpc.StatusCode.UNAUTHENTICATED, "no client certificate")
        name, role, leaf = _certificate_identity(certs[0])
        if self._trust is not None:  # every call: a revocation counts from the next one
            # before the role: a revoked certificate is refused as revoked, with or without one
            refusal = self._trust.refusal(leaf)
            if refusal:
                raise Refused(grpc.StatusCode.PERMISSION_DENIED,
                              f"certificate {name!r}: {refusal}")
        if role is None:
            raise Refused(
                grpc.StatusCode.PERMISSION_DENIED,
                f"certificate {name!r} carries no role: its subject must have exactly one OU, "
                "viewer, operator or admin, spelled so",
            )
        return Principal(name, role, CertificateAuthenticator.interface)


@lru_cache(maxsize=1024)
def _certificate_identity(pem: bytes) -> tuple[str, Role | None, x509.Certificate]:
    # Cached: parsing a certificate on every call would cost more than the call itself.
    # Imported here: cryptography's x509 is slow to import on a small device and only the
    # first mTLS call needs it, not the agent's start.
    from cryptography import x509

    from llmos.pki import certificate_identity

    name, role = certificate_identity(pem)
    return name, role, x509.load_pem_x509_certificate(pem)


class FixedAuthenticator:
    """Everyone on this listener is the same principal (the plain-text loopback listener)."""

    def __init__(self, principal: Principal) -> None:
        self._principal = principal

    def authenticate(self, context: grpc.aio.ServicerContext[Any, Any]) -> Principal:
        return self._principal


class PeerAuthenticator:
    """Principals of the local socket's connections, by the peer address gRPC reports."""

    def __init__(self) -> None:
        self._peers: dict[str, Principal | str] = {}

    def register(self, peer: str, principal: Principal | str) -> None:
        """`principal` is a Principal, or a string saying why this peer has no role."""
        self._peers[peer] = principal

    def forget(self, peer: str) -> None:
        self._peers.pop(peer, None)

    def authenticate(self, context: grpc.aio.ServicerContext[Any, Any]) -> Principal:
        principal = self._peers.get(context.peer())
        if principal is None:
            raise Refused(grpc.StatusCode.UNAUTHENTICATED, "unknown local peer")
        if isinstance(principal, str):
            raise Refused(grpc.StatusCode.PERMISSION_DENIED, principal)
        return principal


def role_name(role: Role) -> str:
    return role.name.lower()
