"""The fleet's CRL into the agent's [grpc] crl (agent/llmos/agent/mqtt/crl.py): only a CRL of
the client CA, never an older one, atomically; anything else refused with the file untouched.
Real certificates and real files."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from llmos import pki
from llmos.agent.config import ConfigError, parse_config
from llmos.agent.mqtt import crl


@pytest.fixture
def ca(tmp_path: Path) -> pki.Issued:
    pki.make_dev_pki(tmp_path / "pki", "edge-1")
    return pki.load_issued(tmp_path / "pki/fleet-ca.crt", tmp_path / "pki/fleet-ca.key")


def _client_ca(tmp_path: Path) -> Path:
    return tmp_path / "pki/fleet-ca.crt"


def _crl_at(ca: pki.Issued, serials: list[int], when: datetime.datetime,
            key: ec.EllipticCurvePrivateKey | None = None) -> x509.CertificateRevocationList:
    builder = (x509.CertificateRevocationListBuilder().issuer_name(ca.cert.subject)
               .last_update(when).next_update(when + datetime.timedelta(days=30)))
    for serial in serials:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build())
    return builder.sign(key or ca.key, hashes.SHA256())


def test_a_crl_of_the_client_ca_is_written_pem_or_der(ca: pki.Issued, tmp_path: Path) -> None:
    target = tmp_path / "crl.pem"
    pem = pki.make_crl(ca, [7])
    assert crl.install(pem, _client_ca(tmp_path), target) == ""
    assert target.read_bytes() == pem
    assert crl.install(pem, _client_ca(tmp_path), target) == ""  # the same again: nothing to do
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=1)
    der = _crl_at(ca, [7, 8], later).public_bytes(serialization.Encoding.DER)
    assert crl.install(der, _client_ca(tmp_path), target) == ""
    assert target.read_bytes() == der
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_anything_but_a_crl_of_the_client_ca_is_refused_and_the_list_stays(
        ca: pki.Issued, tmp_path: Path) -> None:
    target = tmp_path / "crl.pem"
    good = pki.make_crl(ca, [7])
    assert crl.install(good, _client_ca(tmp_path), target) == ""
    now = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=1)
    # the same issuer name, another key: a forged list that would re-admit serial 7
    forged = _crl_at(ca, [], now, ec.generate_private_key(ec.SECP256R1()))
    pki.make_dev_pki(tmp_path / "other", "x")
    other = pki.load_issued(tmp_path / "other/fleet-ca.crt", tmp_path / "other/fleet-ca.key")
    cases = {
        "forged": forged.public_bytes(serialization.Encoding.PEM),
        "forged DER": forged.public_bytes(serialization.Encoding.DER),
        "another CA": pki.make_crl(other, []),
        "a certificate": ca.cert.public_bytes(serialization.Encoding.PEM),
        "garbage": b"\x00\x01not a crl",
        "PEM garbage": b"-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n",
        "empty": b"",
        "huge": b"0" * (crl.MAX_CRL_BYTES + 1),
    }
    for what, data in cases.items():
        why = crl.install(data, _client_ca(tmp_path), target)
        assert why, what
        assert target.read_bytes() == good, what
    assert "not signed" in crl.install(cases["forged"], _client_ca(tmp_path), target)


def test_an_older_list_is_refused_a_replay_would_readmit(ca: pki.Issued, tmp_path: Path) -> None:
    target = tmp_path / "crl.pem"
    now = datetime.datetime.now(datetime.UTC)
    newer = _crl_at(ca, [7], now).public_bytes(serialization.Encoding.PEM)
    older = _crl_at(ca, [], now - datetime.timedelta(hours=1)).public_bytes(
        serialization.Encoding.PEM)
    assert crl.install(newer, _client_ca(tmp_path), target) == ""
    assert "older" in crl.install(older, _client_ca(tmp_path), target)
    assert target.read_bytes() == newer
    target.write_bytes(b"half a fi")  # a broken file protects nothing: a good list replaces it
    assert crl.install(older, _client_ca(tmp_path), target) == ""


def test_an_unwritable_target_is_a_reason_not_a_crash(ca: pki.Issued, tmp_path: Path) -> None:
    why = crl.install(pki.make_crl(ca, []), _client_ca(tmp_path), tmp_path / "no/such/dir/crl")
    assert "cannot write" in why
    assert "cannot read the client CA" in crl.install(pki.make_crl(ca, []), tmp_path / "nothing",
                                                      tmp_path / "crl.pem")


def test_follow_crl_needs_a_grpc_crl_file() -> None:
    with pytest.raises(ConfigError, match="follow_crl"):
        parse_config({"fleet": {"follow_crl": True}})
    config = parse_config({"fleet": {"follow_crl": True}, "grpc": {"crl": "/etc/llmos/crl.pem"}})
    assert config.fleet.follow_crl
    assert not parse_config({}).fleet.follow_crl
