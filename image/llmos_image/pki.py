"""A development PKI (CA, device and client certificates) made with the openssl CLI.

For `make run` and the end-to-end tests; production devices get their identity from the
fleet's CA (docs/image.md, "Device identity").
"""
from __future__ import annotations

from pathlib import Path

from . import proc


def _key(path: Path) -> None:
    proc.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
              "-out", path], capture=True)
    path.chmod(0o600)


def _sign(d: Path, name: str, subject: str, ext: str) -> None:
    _key(d / f"{name}.key")
    (d / f"{name}.ext").write_text(ext)
    proc.run(["openssl", "req", "-new", "-key", d / f"{name}.key", "-subj", subject,
              "-out", d / f"{name}.csr"], capture=True)
    proc.run(["openssl", "x509", "-req", "-in", d / f"{name}.csr", "-CA", d / "ca.crt",
              "-CAkey", d / "ca.key", "-CAcreateserial", "-days", "825", "-sha256",
              "-extfile", d / f"{name}.ext", "-out", d / f"{name}.crt"], capture=True)


def dev_pki(d: Path) -> Path:
    """Create (once) ca.*, device.* and client.* in d; returns d."""
    if (d / "client.crt").exists():
        return d
    d.mkdir(parents=True, exist_ok=True)
    _key(d / "ca.key")
    proc.run(["openssl", "req", "-x509", "-new", "-key", d / "ca.key", "-subj", "/CN=llmos dev CA",
              "-days", "3650", "-sha256", "-addext", "basicConstraints=critical,CA:TRUE",
              "-addext", "keyUsage=critical,keyCertSign,cRLSign", "-out", d / "ca.crt"], capture=True)
    _sign(d, "device", "/CN=llmos/O=llmos",
          "subjectAltName=DNS:llmos,DNS:localhost,IP:127.0.0.1\n"
          "extendedKeyUsage=serverAuth\nkeyUsage=digitalSignature\n")
    # The agent reads a client's role from its subject OU (viewer, operator, admin).
    _sign(d, "client", "/CN=llmos-dev/O=llmos/OU=admin",
          "extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature\n")
    return d


def provision_dir(pki: Path, d: Path) -> Path:
    """The files the device's llmos-identity service takes from its provisioning directory."""
    d.mkdir(parents=True, exist_ok=True)
    for src, dst in (("device.crt", "device.crt"), ("device.key", "device.key"),
                     ("ca.crt", "client-ca.crt"), ("ca.crt", "ca.crt")):
        (d / dst).write_bytes((pki / src).read_bytes())
    return d
