"""Certificates for the control plane: a fleet CA, device certificates, role-bearing client
certificates, and the key + CSR a device makes for itself at first boot.

The convention every other module relies on: a client certificate carries its role in the
subject's organizational unit (OU = viewer | operator | admin) and its name in the common name.
Keys are ECDSA P-256: small, fast to handshake on a 2-core device, supported by gRPC's TLS.
"""

from __future__ import annotations

import argparse
import datetime
import ipaddress
import os
import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from llmos.agent.domain import Role

_ORGANIZATION = "llmos"
# A DNS name a device may hold: labels of letters, digits and hyphens, no wildcard.
_HOSTNAME = re.compile(r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                       r"(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
_BACKDATE = datetime.timedelta(minutes=5)  # tolerate small clock skew between fleet and device
# A device serves gRPC and is a client of its fleet's MQTT broker, which (OpenSSL) checks that a
# client certificate may authenticate clients.
DEVICE_USAGES = (ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH)


@dataclass(frozen=True)
class Issued:
    """A private key and its certificate."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    def key_pem(self) -> bytes:
        return key_pem(self.key)

    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _name(common_name: str, unit: str | None = None) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.ORGANIZATION_NAME, _ORGANIZATION)]
    if unit is not None:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(attributes)


def _san(dns_names: Sequence[str], ips: Sequence[str]) -> x509.SubjectAlternativeName:
    entries: list[x509.GeneralName] = [x509.DNSName(d) for d in dns_names]
    entries += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ips]
    return x509.SubjectAlternativeName(entries)


def _builder(subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey,
             days: int) -> x509.CertificateBuilder:
    now = datetime.datetime.now(datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _BACKDATE)
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )


def _leaf(builder: x509.CertificateBuilder, ca: Issued,
          *usages: x509.ObjectIdentifier) -> x509.CertificateBuilder:
    return (
        builder.add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, key_encipherment=False, content_commitment=False,
                          data_encipherment=False, key_agreement=True, key_cert_sign=False,
                          crl_sign=False, encipher_only=False, decipher_only=False),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage(list(usages)), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False
        )
    )


def make_ca(common_name: str = "llmos fleet CA", days: int = 3650) -> Issued:
    """A self-signed CA that signs device and client certificates."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(common_name)
    cert = (
        _builder(name, name, key.public_key(), days)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, key_encipherment=False, content_commitment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=True,
                          crl_sign=True, encipher_only=False, decipher_only=False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return Issued(key, cert)


def issue_device_cert(ca: Issued, name: str, dns_names: Sequence[str] = ("localhost",),
                      ips: Sequence[str] = ("127.0.0.1", "::1"), days: int = 825) -> Issued:
    """A server certificate for a device, valid for the given DNS names and IP addresses; also a
    client certificate, for the fleet's MQTT broker (DEVICE_USAGES)."""
    key = ec.generate_private_key(ec.SECP256R1())
    builder = _leaf(_builder(_name(name), ca.cert.subject, key.public_key(), days), ca, *DEVICE_USAGES)
    if dns_names or ips:
        builder = builder.add_extension(_san(dns_names, ips), critical=False)
    return Issued(key, builder.sign(ca.key, hashes.SHA256()))


def issue_client_cert(ca: Issued, name: str, role: Role, days: int = 365) -> Issued:
    """A client certificate for a person or tool: CN = name, OU = role."""
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        _leaf(_builder(_name(name, role.name.lower()), ca.cert.subject, key.public_key(), days),
              ca, ExtendedKeyUsageOID.CLIENT_AUTH)
        .sign(ca.key, hashes.SHA256())
    )
    return Issued(key, cert)


def make_csr(name: str, dns_names: Sequence[str], ips: Sequence[str] = ()) -> tuple[bytes, bytes]:
    """A new device key and a CSR for it, as PEM (key, csr). The key never leaves the device;
    the fleet signs the CSR with `sign_csr`."""
    key = ec.generate_private_key(ec.SECP256R1())
    builder = x509.CertificateSigningRequestBuilder().subject_name(_name(name))
    if dns_names or ips:  # (an empty list of alternative names is no extension: cryptography 51 refuses one)
        builder = builder.add_extension(_san(dns_names, ips), critical=False)
    csr = builder.sign(key, hashes.SHA256())
    return key_pem(key), csr.public_bytes(serialization.Encoding.PEM)


def sign_csr(ca: Issued, csr_pem: bytes, days: int = 825,
             dns_names: Sequence[str] | None = None) -> bytes:
    """The fleet side of first boot: a device certificate for a CSR, as PEM. Only the CSR's
    common name and its DNS names and IP addresses are taken over, each checked (no wildcard,
    no URI, e-mail or other names a device has no business asking for); usages are the CA's
    choice. `dns_names`, if given, replaces the CSR's alternative names (the signer's choice of
    what a device may be called)."""
    csr = x509.load_pem_x509_csr(csr_pem)
    if not csr.is_signature_valid:
        raise ValueError("CSR signature is not valid")
    public_key = csr.public_key()
    if not isinstance(public_key, ec.EllipticCurvePublicKey):
        raise ValueError("CSR key must be an EC key")
    common_names = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not common_names:
        raise ValueError("CSR has no common name")
    builder = _leaf(
        _builder(_name(str(common_names[0].value)), ca.cert.subject, public_key, days), ca,
        *DEVICE_USAGES,
    )
    if dns_names is not None:
        if dns_names:
            builder = builder.add_extension(_san(dns_names, ()), critical=False)
        return builder.sign(ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)
    requested: Iterable[x509.GeneralName]
    try:
        requested = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        requested = ()
    names: list[x509.GeneralName] = []
    for entry in requested:
        hostname = isinstance(entry, x509.DNSName) and _HOSTNAME.fullmatch(entry.value)
        if hostname or isinstance(entry, x509.IPAddress):
            names.append(entry)
        else:
            raise ValueError(f"CSR asks for a name a device certificate does not get: {entry}")
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)


def make_crl(ca: Issued, serials: Sequence[int], days: int = 30) -> bytes:
    """A certificate revocation list of `serials`, signed by the CA, as PEM (may be empty: a
    broker that checks CRLs wants one for its CA either way)."""
    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateRevocationListBuilder().issuer_name(ca.cert.subject)
               .last_update(now - _BACKDATE).next_update(now + datetime.timedelta(days=days)))
    for serial in serials:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(now).build())
    return builder.sign(ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)


def csr_dns_names(csr_pem: bytes) -> list[str]:
    """The DNS names a CSR asks for."""
    csr = x509.load_pem_x509_csr(csr_pem)
    try:
        san = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    return [str(name) for name in san.get_values_for_type(x509.DNSName)]


def load_issued(cert_path: Path, key_path: Path) -> Issued:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError(f"{key_path}: not an EC private key")
    return Issued(key, x509.load_pem_x509_certificate(cert_path.read_bytes()))


def certificate_identity(cert_pem: bytes) -> tuple[str, Role | None]:
    """The (name, role) a client certificate carries: CN and OU. Role is None unless the
    subject has exactly one OU and it is a role name in lower case."""
    subject = x509.load_pem_x509_certificate(cert_pem).subject
    names = subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    name = str(names[0].value) if names else subject.rfc4514_string()
    # Exactly one OU, spelled exactly: "Admin", " admin" or a second OU is no role, so that
    # a CA's other conventions (or a sloppy one) cannot grant one by accident.
    units = subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    roles = {role.name.lower(): role for role in Role}
    if len(units) != 1 or str(units[0].value) not in roles:
        return name, None
    return name, roles[str(units[0].value)]


def write_issued(issued: Issued, directory: Path, stem: str) -> None:
    """Write `<stem>.crt` and `<stem>.key` (mode 0600) into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{stem}.crt").write_bytes(issued.cert_pem())
    key_path = directory / f"{stem}.key"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    # O_CREAT's mode only applies to a new file: an existing key file is made 0600 too, before
    # the new key is in it
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(issued.key_pem())


def make_dev_pki(directory: Path, device_name: str = "llmos-dev",
                 dns_names: Sequence[str] = ("localhost",),
                 ips: Sequence[str] = ("127.0.0.1", "::1"),
                 ca: Issued | None = None) -> None:
    """A complete development PKI in `directory`: fleet-ca, device, and one client certificate
    per role (viewer, operator, admin), each as .crt + .key. `ca`: an existing CA to issue
    from (only its certificate is copied here); otherwise the CA in `directory` is reused if
    there is one, so that certificates already handed out stay valid."""
    ca = ca or _directory_ca(directory)
    write_issued(issue_device_cert(ca, device_name, dns_names, ips), directory, "device")
    for role in Role:
        name = role.name.lower()
        write_issued(issue_client_cert(ca, f"dev-{name}", role), directory, name)


def _directory_ca(directory: Path) -> Issued:
    ca_cert, ca_key = directory / "fleet-ca.crt", directory / "fleet-ca.key"
    if ca_cert.exists() and ca_key.exists():
        return load_issued(ca_cert, ca_key)
    ca = make_ca()
    write_issued(ca, directory, "fleet-ca")
    return ca


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make-dev-certs",
        description="Make a development fleet CA, a device certificate and one client "
        "certificate per role (OU = viewer|operator|admin); or, with --client, one client "
        "certificate from an existing CA (e.g. out/x86_64-uefi/dev-pki, the one `make run` "
        "provisioned the appliance with).",
    )
    parser.add_argument("directory", type=Path)
    parser.add_argument("--device-name", default="llmos-dev")
    parser.add_argument("--dns", action="append", default=None, help="device DNS name (repeat)")
    parser.add_argument("--ip", action="append", default=None, help="device IP address (repeat)")
    parser.add_argument("--ca", type=Path, default=None,
                        help="directory of an existing CA (fleet-ca.crt, fleet-ca.key) to issue "
                        "from instead of DIR's own or a new one")
    parser.add_argument("--client", default=None,
                        help="issue only a client certificate with this name (CN), as NAME.crt/.key")
    parser.add_argument("--role", default="viewer", choices=[r.name.lower() for r in Role],
                        help="the role (OU) of --client's certificate")
    parser.add_argument("--days", type=int, default=365, help="validity of --client's certificate")
    args = parser.parse_args(argv)
    ca = None
    if args.ca is not None:
        try:
            ca = load_issued(args.ca / "fleet-ca.crt", args.ca / "fleet-ca.key")
        except (OSError, ValueError) as error:
            parser.error(f"--ca {args.ca}: {error}")
        args.directory.mkdir(parents=True, exist_ok=True)
        if args.ca.resolve() != args.directory.resolve():
            shutil.copyfile(args.ca / "fleet-ca.crt", args.directory / "fleet-ca.crt")
    if args.client is not None:
        if not 0 < args.days <= 3650:
            parser.error("--days: 1..3650")
        issued = issue_client_cert(ca or _directory_ca(args.directory), args.client,
                                   Role.parse(args.role), args.days)
        write_issued(issued, args.directory, args.client)
        print(f"wrote {args.client}.crt/.key ({args.role}) to {args.directory}")
        return 0
    make_dev_pki(args.directory, args.device_name, args.dns or ["localhost"],
                 args.ip or ["127.0.0.1", "::1"], ca)
    print(f"wrote fleet-ca, device, viewer, operator, admin (.crt/.key) to {args.directory}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
