"""The mTLS listener's trust: certificates that rotate without a restart, revocation, and which
client certificates may carry a role.

- gRPC asks for the server's certificate configuration at each new handshake
  (`dynamic_ssl_server_credentials`); when the device certificate, its key or the client CA
  file changed on disk, the new files are used from the next connection on. A file caught
  half-written keeps the previous configuration.
- A client certificate earns its role only if it was issued directly by a CA of the
  `client_ca` file (not by an intermediate under it, whatever the CA's path length says: a
  sub-CA cannot mint admins), is not itself a CA, and is not revoked by the CRL file
  (`grpc.crl`, PEM or DER, signed by that CA), which is read again whenever it changes.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import grpc

from llmos.agent.config import ConfigError, GrpcConfig

if TYPE_CHECKING:
    from cryptography import x509

log = logging.getLogger(__name__)


def _stamp(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class Trust:
    def __init__(self, config: GrpcConfig) -> None:
        self._config = config
        self._lock = threading.Lock()  # gRPC calls the fetcher from its own threads
        self._files = self._read_files()  # raises ConfigError at start, naming the key
        self._stamps = self._current_stamps()
        self._cas: list[x509.Certificate] = []
        self._ca_stamp: tuple[int, int] | None = None
        self._revoked: frozenset[int] = frozenset()
        self._crl_stamp: tuple[int, int] | None = None
        self.reloads = 0

    # -- the server side: gRPC's handshakes ----------------------------------------------------

    def credentials(self) -> grpc.ServerCredentials:
        # the stubs say the fetcher returns a configuration; gRPC's docs: None means unchanged
        return grpc.dynamic_ssl_server_credentials(
            self._configuration(self._files), self._fetch,  # type: ignore[arg-type]
            require_client_authentication=True)

    def _configuration(self, files: tuple[bytes, bytes, bytes]
                       ) -> grpc.ServerCertificateConfiguration:
        key, cert, ca = files
        return grpc.ssl_server_certificate_configuration([(key, cert)], root_certificates=ca)

    def _fetch(self) -> grpc.ServerCertificateConfiguration | None:
        """None keeps the configuration gRPC has; called before each handshake."""
        with self._lock:
            stamps = self._current_stamps()
            if stamps == self._stamps:
                return None
            try:
                files = self._read_files()
                self._check_pair(files)
            except (ConfigError, ValueError) as error:
                log.warning("certificates changed but cannot be used yet: %s", error)
                return None
            self._files, self._stamps = files, stamps
            self.reloads += 1
            log.info("certificates reloaded for new connections")
            return self._configuration(files)

    def _current_stamps(self) -> tuple[tuple[int, int] | None, ...]:
        c = self._config
        return _stamp(c.key), _stamp(c.cert), _stamp(c.client_ca)

    def _read_files(self) -> tuple[bytes, bytes, bytes]:
        c = self._config
        out = []
        for key, path in (("key", c.key), ("cert", c.cert), ("client_ca", c.client_ca)):
            try:
                out.append(path.read_bytes())
            except OSError as error:
                raise ConfigError(f"grpc.{key}: {path}: {error.strerror}") from None
        return out[0], out[1], out[2]

    @staticmethod
    def _check_pair(files: tuple[bytes, bytes, bytes]) -> None:
        """The key matches the certificate and the CA file holds certificates."""
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        key = serialization.load_pem_private_key(files[0], password=None)
        cert = x509.load_pem_x509_certificate(files[1])
        if key.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        ) != cert.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo):
            raise ValueError("the key does not match the certificate")
        if not x509.load_pem_x509_certificates(files[2]):
            raise ValueError("no certificate in the client CA file")

    # -- the client side: may this certificate carry a role? ------------------------------------

    def refusal(self, leaf: x509.Certificate) -> str:
        """Why this verified client certificate gets no role; empty if it may have one."""
        from cryptography import x509

        with self._lock:
            self._reload_cas()
            self._reload_crl()
            cas, revoked = self._cas, self._revoked
        try:
            constraints = leaf.extensions.get_extension_for_class(x509.BasicConstraints).value
            if constraints.ca:
                return "a CA certificate is not a client certificate"
        except x509.ExtensionNotFound:
            pass
        issuers = [ca for ca in cas if ca.subject == leaf.issuer]
        if not any(_issued_by(leaf, ca) for ca in issuers):
            return "not issued directly by the fleet CA (an intermediate CA cannot grant roles)"
        if leaf.serial_number in revoked:
            return "revoked (grpc.crl)"
        return ""

    def _reload_cas(self) -> None:
        from cryptography import x509

        stamp = _stamp(self._config.client_ca)
        if stamp == self._ca_stamp and self._cas:
            return
        try:
            self._cas = x509.load_pem_x509_certificates(self._config.client_ca.read_bytes())
            self._ca_stamp = stamp
        except (OSError, ValueError) as error:
            log.warning("grpc.client_ca unreadable, keeping the previous one: %s", error)

    def _reload_crl(self) -> None:
        from cryptography import x509

        path = self._config.crl
        stamp = _stamp(path)
        if path is None or stamp == self._crl_stamp:
            return
        try:
            data = path.read_bytes()
            crl = (x509.load_pem_x509_crl(data) if data.lstrip().startswith(b"-----")
                   else x509.load_der_x509_crl(data))
        except (OSError, ValueError) as error:
            # A CRL that cannot be read must not silently re-admit revoked certificates: the
            # previous list stays in force.
            log.error("grpc.crl: %s: %s; the previous list stays in force", path, error)
            return
        signer = next((ca for ca in self._cas if ca.subject == crl.issuer
                       and crl.is_signature_valid(ca.public_key())), None)  # type: ignore[arg-type]
        if signer is None:
            log.error("grpc.crl: %s is not signed by the client CA; ignored", path)
            return
        self._revoked = frozenset(r.serial_number for r in crl)
        self._crl_stamp = stamp
        log.info("grpc.crl: %d revoked certificates", len(self._revoked))


def _issued_by(leaf: x509.Certificate, ca: x509.Certificate) -> bool:
    try:
        leaf.verify_directly_issued_by(ca)
    except (ValueError, TypeError, Exception):  # InvalidSignature is not a ValueError
        return False
    return True
