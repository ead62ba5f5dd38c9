"""Certificates over real mTLS: revocation, rotation without a restart, intermediates that
cannot grant roles, exactly one role OU; and make-dev-certs' files."""

from __future__ import annotations

import datetime
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import grpc
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from llmos import pki
from llmos.agent.domain import Role
from llmos.v1 import device_pb2, device_pb2_grpc
from tests.unit.grpc_support import PlaneThread, make_pki

ROOT = Path(__file__).resolve().parents[2]


def health(address: str, ca: bytes, key: bytes, cert: bytes) -> grpc.StatusCode:
    with grpc.secure_channel(address, grpc.ssl_channel_credentials(ca, key, cert)) as channel:
        try:
            device_pb2_grpc.DeviceServiceStub(channel).GetHealth(
                device_pb2.GetHealthRequest(), timeout=10)
            return grpc.StatusCode.OK
        except grpc.RpcError as error:
            return error.code()


def files(directory: Path, stem: str) -> tuple[bytes, bytes]:
    return (directory / f"{stem}.key").read_bytes(), (directory / f"{stem}.crt").read_bytes()


def sub_ca(ca: pki.Issued) -> pki.Issued:
    """An intermediate CA under the fleet CA (as a careless fleet tool might make one)."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sub CA")]))
            .issuer_name(ca.cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False,
                                         False), critical=True)
            .sign(ca.key, hashes.SHA256()))
    return pki.Issued(key, cert)


def unlimited_ca() -> pki.Issued:
    """A fleet CA without a path length limit (made by another tool than llmos.pki)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "other fleet CA")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False,
                                         False), critical=True)
            .sign(key, hashes.SHA256()))
    return pki.Issued(key, cert)


def crl(ca: pki.Issued, *revoked: x509.Certificate) -> bytes:
    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateRevocationListBuilder().issuer_name(ca.cert.subject)
               .last_update(now - datetime.timedelta(minutes=1))
               .next_update(now + datetime.timedelta(days=1)))
    for cert in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(cert.serial_number)
            .revocation_date(now - datetime.timedelta(minutes=1)).build())
    return builder.sign(ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)


def test_a_revoked_certificate_is_refused_from_the_next_call(tmp_path: Path) -> None:
    pki_ = make_pki(tmp_path / "pki")
    ca = pki.load_issued(pki_.path("fleet-ca", "crt"), pki_.path("fleet-ca", "key"))
    revocations = tmp_path / "revoked.crl"
    plane = PlaneThread(pki_, tmp_path / "p", grpc_extra={"crl": str(revocations)})
    try:
        address, root = plane.plane.addresses["mtls"], pki_.path("fleet-ca", "crt").read_bytes()
        operator = files(pki_.directory, "operator")
        assert health(address, root, *operator) == grpc.StatusCode.OK  # no CRL yet: fine
        revocations.write_bytes(crl(ca, x509.load_pem_x509_certificate(operator[1])))
        assert health(address, root, *operator) == grpc.StatusCode.PERMISSION_DENIED
        assert health(address, root, *files(pki_.directory, "admin")) == grpc.StatusCode.OK
        # a CRL signed by someone else, or garbage, does not lift the revocation
        time.sleep(0.01)
        revocations.write_bytes(crl(pki.make_ca("stranger")))
        assert health(address, root, *operator) == grpc.StatusCode.PERMISSION_DENIED
        revocations.write_bytes(b"not a CRL at all, but longer than the last one was" * 20)
        assert health(address, root, *operator) == grpc.StatusCode.PERMISSION_DENIED
        revocations.write_bytes(crl(ca))  # the fleet lifts it
        assert health(address, root, *operator) == grpc.StatusCode.OK
    finally:
        plane.close()


def test_an_intermediate_ca_cannot_mint_admins(tmp_path: Path) -> None:
    # with llmos.pki's fleet CA (path length 0) the handshake itself fails; with a CA that has
    # no limit, the agent refuses the role
    for name, make in (("llmos", None), ("unlimited", unlimited_ca)):
        directory = tmp_path / name
        pki_ = make_pki(directory / "pki")
        if make is not None:
            ca = make()
            pki.write_issued(ca, pki_.directory, "fleet-ca")
            pki.write_issued(pki.issue_device_cert(ca, "dev"), pki_.directory, "device")
        ca = pki.load_issued(pki_.path("fleet-ca", "crt"), pki_.path("fleet-ca", "key"))
        middle = sub_ca(ca)
        mallory = pki.issue_client_cert(middle, "mallory", Role.ADMIN)
        chain = mallory.cert_pem() + middle.cert_pem()
        plane = PlaneThread(pki_, directory / "p")
        try:
            address = plane.plane.addresses["mtls"]
            root = pki_.path("fleet-ca", "crt").read_bytes()
            code = health(address, root, mallory.key_pem(), chain)
            assert code in (grpc.StatusCode.PERMISSION_DENIED, grpc.StatusCode.UNAVAILABLE), name
            if make is not None:
                assert code == grpc.StatusCode.PERMISSION_DENIED
                direct = pki.issue_client_cert(ca, "alice", Role.ADMIN)
                assert health(address, root, direct.key_pem(), direct.cert_pem()) == (
                    grpc.StatusCode.OK)
        finally:
            plane.close()


def test_certificates_and_ca_rotate_without_a_restart(tmp_path: Path) -> None:
    pki_ = make_pki(tmp_path / "pki")
    plane = PlaneThread(pki_, tmp_path / "p")
    try:
        address = plane.plane.addresses["mtls"]
        old_root = pki_.path("fleet-ca", "crt").read_bytes()
        old_admin = files(pki_.directory, "admin")
        assert health(address, old_root, *old_admin) == grpc.StatusCode.OK
        # the fleet rotates to a new CA: new device certificate, new client CA, in place
        new_ca = pki.make_ca("new fleet CA")
        pki.write_issued(pki.issue_device_cert(new_ca, "llmos-dev"), pki_.directory, "device")
        pki_.path("fleet-ca", "crt").write_bytes(new_ca.cert_pem())
        new_admin = pki.issue_client_cert(new_ca, "alice", Role.ADMIN)
        root = new_ca.cert_pem()
        assert health(address, root, new_admin.key_pem(), new_admin.cert_pem()) == (
            grpc.StatusCode.OK)
        assert health(address, old_root, *old_admin) == grpc.StatusCode.UNAVAILABLE
    finally:
        plane.close()


def _with_units(ca: pki.Issued, *units: str) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, u) for u in units]
    name = x509.Name([*attributes, x509.NameAttribute(NameOID.COMMON_NAME, "eve")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(ca.cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .sign(ca.key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


@pytest.mark.parametrize("units", [("Admin",), ("ADMIN",), (" admin",), ("admin ",),
                                   ("viewer", "admin"), ("admin", "admin"), ("ops", "admin"),
                                   ("аdmin",), ()])  # Cyrillic а
def test_exactly_one_role_ou_spelled_exactly(units: tuple[str, ...]) -> None:
    assert pki.certificate_identity(_with_units(pki.make_ca(), *units)) == ("eve", None)


def test_csr_names_are_checked_not_copied() -> None:
    ca = pki.make_ca()
    key = ec.generate_private_key(ec.SECP256R1())

    def csr(*names: x509.GeneralName) -> bytes:
        return (x509.CertificateSigningRequestBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "edge")]))
                .add_extension(x509.SubjectAlternativeName(list(names)), critical=False)
                .sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM))

    import ipaddress

    good = x509.load_pem_x509_certificate(pki.sign_csr(ca, csr(
        x509.DNSName("edge.local"), x509.IPAddress(ipaddress.ip_address("10.0.0.9")))))
    san = good.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["edge.local"]
    for bad in (x509.DNSName("*.fleet.example"), x509.DNSName("a..b"),
                x509.UniformResourceIdentifier("spiffe://fleet/admin"),
                x509.RFC822Name("admin@fleet.example"),
                x509.DirectoryName(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "x")]))):
        with pytest.raises(ValueError, match="does not get"):
            pki.sign_csr(ca, csr(x509.DNSName("edge.local"), bad))


def test_key_files_are_0600_even_when_they_exist(tmp_path: Path) -> None:
    key = tmp_path / "admin.key"
    key.write_text("old")
    key.chmod(0o644)
    pki.write_issued(pki.issue_client_cert(pki.make_ca(), "a", Role.ADMIN), tmp_path, "admin")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_make_dev_certs_issues_for_the_ca_make_run_made(tmp_path: Path) -> None:
    made_by_run = tmp_path / "out" / "dev-pki"
    pki.make_dev_pki(made_by_run, "llmos")
    mine = tmp_path / "mine"
    script = ROOT / "scripts" / "make-dev-certs"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "agent")}
    done = subprocess.run([sys.executable, "-m", "llmos.pki", str(mine), "--ca", str(made_by_run),
                           "--client", "carol", "--role", "operator"],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert script.exists()
    ca = x509.load_pem_x509_certificate((made_by_run / "fleet-ca.crt").read_bytes())
    carol = x509.load_pem_x509_certificate((mine / "carol.crt").read_bytes())
    carol.verify_directly_issued_by(ca)
    assert pki.certificate_identity(carol.public_bytes(serialization.Encoding.PEM)) == (
        "carol", Role.OPERATOR)
    assert (mine / "fleet-ca.crt").read_bytes() == (made_by_run / "fleet-ca.crt").read_bytes()
    assert not (mine / "fleet-ca.key").exists()  # the CA's key stays where it was
    assert stat.S_IMODE((mine / "carol.key").stat().st_mode) == 0o600
    missing = subprocess.run([sys.executable, "-m", "llmos.pki", str(mine), "--ca",
                              str(tmp_path / "nope"), "--client", "x"],
                             capture_output=True, text=True, env=env, cwd=ROOT)
    assert missing.returncode == 2 and "--ca" in missing.stderr
