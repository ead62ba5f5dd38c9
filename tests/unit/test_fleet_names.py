"""A device's name is a topic level, an MQTT username and a certificate's CN: what may be one,
and what names an enrolled device's certificate may carry."""

from __future__ import annotations

import pytest
from cryptography import x509

from llmos import pki
from llmos.agent.mqtt import topics
from llmos.fleet.service import device_dns_names


@pytest.mark.parametrize("name", ["edge-01", "a", "Edge_7.site", "x" * 64])
def test_names_a_device_may_have(name: str) -> None:
    assert topics.valid_device(name)
    assert topics.device_of(topics.cmd(name)) == name


@pytest.mark.parametrize("name", [
    "", "-edge", ".edge", "edge/1", "edge+", "edge#", "+", "#", "$SYS", "edge 1", "edge\n",
    "édge", "ｅdge", "edge\u200b", "x" * 65, "../etc", "edge%u",
])
def test_names_that_cannot_be_a_topic_level_or_a_username(name: str) -> None:
    assert not topics.valid_device(name)


@pytest.mark.parametrize("topic", ["llmos/+/state", "llmos/#", "other/edge/state", "llmos",
                                   "llmos/edge/", "llmos//state"])
def test_topics_that_name_no_device(topic: str) -> None:
    if topic == "llmos/edge/":
        assert topics.device_of(topic) == "edge"  # a level after it is the topic's business
    else:
        assert topics.device_of(topic) is None


def test_an_enrolled_certificate_carries_only_names_under_the_device() -> None:
    _, csr = pki.make_csr("edge-1", ["edge-1.local", "fleet.example", "localhost",
                                     "edge-1.site.example", "*.edge-1.local", "EDGE-1.lan",
                                     "edge-10.local"], ["127.0.0.1"])
    names = device_dns_names("edge-1", csr)
    assert names == ["edge-1", "edge-1.local", "edge-1.site.example", "EDGE-1.lan"]
    ca = pki.make_ca()
    cert = x509.load_pem_x509_certificate(pki.sign_csr(ca, csr, dns_names=names))
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == names
    assert san.get_values_for_type(x509.IPAddress) == []  # no IP: another host's, maybe
