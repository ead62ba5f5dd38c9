"""Certificates (llmos.pki) and the local socket's uid -> role rule."""

from __future__ import annotations

import ipaddress
import os
import pwd
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from llmos import pki
from llmos.agent.config import LocalRoles
from llmos.agent.domain import Role
from llmos.agent.grpc.local import local_principal


def test_device_certificate_names_and_chain() -> None:
    ca = pki.make_ca()
    device = pki.issue_device_cert(ca, "edge-7", ["edge-7.local", "localhost"], ["127.0.0.1"])
    san = device.cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["edge-7.local", "localhost"]
    assert san.get_values_for_type(x509.IPAddress) == [ipaddress.ip_address("127.0.0.1")]
    device.cert.verify_directly_issued_by(ca.cert)
    usage = device.cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    # a server for gRPC, a client of the fleet's MQTT broker; no OU, so no role as a gRPC client
    assert list(usage) == [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
    assert pki.certificate_identity(device.cert_pem()) == ("edge-7", None)


@pytest.mark.parametrize("role", list(Role))
def test_client_certificate_carries_its_role(role: Role) -> None:
    ca = pki.make_ca()
    client = pki.issue_client_cert(ca, "alice", role)
    assert pki.certificate_identity(client.cert_pem()) == ("alice", role)
    client.cert.verify_directly_issued_by(ca.cert)


def test_device_csr_signed_by_the_fleet() -> None:
    ca = pki.make_ca()
    key_pem, csr_pem = pki.make_csr("edge-9", ["edge-9.local"], ["10.0.0.9"])
    cert = x509.load_pem_x509_certificate(pki.sign_csr(ca, csr_pem))
    cert.verify_directly_issued_by(ca.cert)
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["edge-9.local"]
    assert b"PRIVATE KEY" in key_pem
    with pytest.raises(ValueError):
        pki.sign_csr(ca, csr_pem.replace(b"MII", b"MIJ", 1))


def test_make_dev_certs_script(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[2] / "scripts" / "make-dev-certs"
    subprocess.run([str(script), str(tmp_path)], check=True, capture_output=True)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(f"{s}.{e}" for s in ("fleet-ca", "device", "viewer", "operator",
                                                  "admin") for e in ("crt", "key"))
    assert (tmp_path / "admin.key").stat().st_mode & 0o777 == 0o600
    ca_before = (tmp_path / "fleet-ca.crt").read_bytes()
    pki.make_dev_pki(tmp_path)  # again: the CA is kept, so issued certificates stay valid
    assert (tmp_path / "fleet-ca.crt").read_bytes() == ca_before


def test_local_roles_by_uid_and_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    uid, gid = os.getuid(), os.getgid()
    assert local_principal(uid, gid, LocalRoles(admin_uids=(uid,))).role is Role.ADMIN
    assert local_principal(uid, gid, LocalRoles(admin_uids=(), operator_gids=(gid,))).role is (
        Role.OPERATOR)
    # A supplementary group of the uid counts, though the connecting process runs as another.
    user = pwd.getpwuid(uid).pw_name
    monkeypatch.setattr(os, "getgrouplist",
                        lambda name, base: [base, 4242] if name == user else [base])
    roles = LocalRoles(admin_uids=(), operator_gids=(4242,))
    assert local_principal(uid, 12345, roles).role is Role.OPERATOR
    viewers = LocalRoles(admin_uids=(), default=Role.VIEWER)
    assert local_principal(uid, gid, viewers).role is Role.VIEWER
    refusal = local_principal(uid, gid, LocalRoles(admin_uids=(), default=None))
    assert isinstance(refusal, str) and "no role" in refusal
    # A uid unknown to the user database still gets the default role, not an error.
    assert local_principal(4_000_000, 4_000_000, viewers).role is Role.VIEWER
    # and by default, no role at all: least privilege (issue 21)
    for who in ((uid, gid), (4_000_000, 4_000_000)):
        assert isinstance(local_principal(*who, LocalRoles(admin_uids=())), str)
