"""The fleet's CRL, received on its retained topic, becomes the gRPC listener's `[grpc] crl`.

Only a CRL signed by a CA of `[grpc] client_ca` is written, and only if it is not older than
the one already there (a replayed old list would re-admit what was revoked since). The file is
replaced atomically (a temporary file, fsync, rename, fsync of the directory), so the listener's
trust (grpc/trust.py, which reads it again when it changes) never sees half a list. Anything
else is refused with the reason, and the file in force stays as it is.
"""

from __future__ import annotations

import contextlib
import datetime
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography import x509

MAX_CRL_BYTES = 4 * 1024 * 1024  # a CRL of ~100,000 serials; anything bigger is not the fleet's


def _parse(data: bytes) -> x509.CertificateRevocationList:
    from cryptography import x509

    if data.lstrip().startswith(b"-----"):
        return x509.load_pem_x509_crl(data)
    return x509.load_der_x509_crl(data)


def _signed_by_ca(crl: x509.CertificateRevocationList, client_ca: Path) -> bool:
    from cryptography import x509

    cas = x509.load_pem_x509_certificates(client_ca.read_bytes())
    return any(ca.subject == crl.issuer
               and crl.is_signature_valid(ca.public_key())  # type: ignore[arg-type]
               for ca in cas)


def _issued_at(crl: x509.CertificateRevocationList) -> datetime.datetime:
    return crl.last_update_utc


def install(data: bytes, client_ca: Path, target: Path) -> str:
    """Write `data` to `target` if it is a CRL the listener should follow. Returns why it was
    refused, or "" (written, or the same list is already there)."""
    if not data:
        return "empty message"
    if len(data) > MAX_CRL_BYTES:
        return f"{len(data)} bytes: larger than any CRL the fleet sends"
    try:
        crl = _parse(data)
    except ValueError as error:
        return f"not a CRL (PEM or DER): {error}"
    try:
        if not _signed_by_ca(crl, client_ca):
            return f"not signed by a CA of {client_ca} (issuer {crl.issuer.rfc4514_string()})"
    except (OSError, ValueError) as error:
        return f"cannot read the client CA {client_ca}: {error}"
    try:
        current_bytes = target.read_bytes()
    except FileNotFoundError:
        current_bytes = b""
    except OSError as error:
        return f"cannot read {target}: {error}"
    if current_bytes == data:
        return ""
    if current_bytes:
        try:
            current = _parse(current_bytes)
        except ValueError:
            current = None  # a broken file there protects nothing: a signed list replaces it
        if (current is not None and current.issuer == crl.issuer
                and _issued_at(current) > _issued_at(crl)):
            return (f"older ({_issued_at(crl):%Y-%m-%d %H:%M:%S}) than the list in force "
                    f"({_issued_at(current):%Y-%m-%d %H:%M:%S})")
    try:
        _write_atomically(target, data)
    except OSError as error:
        return f"cannot write {target}: {error}"
    return ""


def _write_atomically(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.new")
    try:
        with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # the rename itself survives a power cut
    finally:
        os.close(dir_fd)
