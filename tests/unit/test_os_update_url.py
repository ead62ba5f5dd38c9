"""`llmosctl os install URL`: the device pulls the bundle itself (osupdate/download.py, urls.py).

Against real HTTP and HTTPS servers on loopback sockets (http.server in a thread, with Range
support that each test can turn off, cut short or make lie), through a real mTLS control plane
with a fake RAUC (test_os_update.py): a good install, a download resumed after the server cut
it off (within one install and by the next one), a server without ranges, a wrong sha256, a
server sending more than announced, hosts not allowed (also after a redirect), other schemes,
credentials, the guard against other spellings of a host, and the roles.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import http.server
import re
import ssl
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.console import Console
from urllib3.util import parse_url

from llmos.agent.api import Conflict, InvalidUpload
from llmos.agent.config import ConfigError, parse_config
from llmos.agent.osupdate.urls import check_url, host_pattern, normal_host
from llmos.ctl import os_update
from llmos.ctl.client import Exit
from llmos.ctl.inventory import Target
from llmos.v1 import os_update_pb2, os_update_pb2_grpc
from tests.unit.test_os_update import FakeRauc, Plane

P = os_update_pb2.InstallOsProgress
DATA = bytes(range(256)) * 6144  # 1.5 MiB: more than one read of the downloader
SHA = hashlib.sha256(DATA).hexdigest()


@dataclass
class Behaviour:
    """What the test server does; changed by the tests between requests."""

    data: bytes = DATA
    ranges: bool = True
    cut_after: int | None = None  # close the connection after this many body bytes, once
    cuts: int = 1
    length: int | None = None  # a Content-Length other than the body's
    unframed_extra: bytes = b""  # extra bytes after the body, no Content-Length (HTTP/1.0)
    redirect: str = ""  # /redirect answers 302 to this
    status: int = 0  # answer this status instead
    stall_s: float = 0.0  # wait this long before answering
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, Range)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    behaviour: Behaviour

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_HEAD(self) -> None:
        b = self.server.behaviour  # type: ignore[attr-defined]
        b.requests.append(("HEAD " + self.path, ""))
        self.send_response(200 if self.path == "/bundle.raucb" else 404)
        self.send_header("Content-Length", str(len(b.data)) if self.path == "/bundle.raucb" else "0")
        self.end_headers()

    def do_GET(self) -> None:
        b = self.server.behaviour  # type: ignore[attr-defined]
        b.requests.append((self.path, self.headers.get("Range", "")))
        if b.stall_s:
            time.sleep(b.stall_s)
        if self.path == "/bundle.raucb.sha256":
            side = f"{hashlib.sha256(b.data).hexdigest()}  bundle.raucb\n".encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(side)))
            self.end_headers()
            self.wfile.write(side)
            return
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", b.redirect)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if b.status or self.path.split("?")[0] != "/bundle.raucb":
            self.send_response(b.status or 404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body, start = b.data, 0
        match = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range", ""))
        if match and b.ranges:
            start = int(match.group(1))
            if start >= len(body):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(body)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        else:
            self.send_response(200)
        part = body[start:]
        if b.unframed_extra:
            self.close_connection = True  # the body ends when the connection does
            self.end_headers()
            self.wfile.write(part + b.unframed_extra)
            return
        self.send_header("Content-Length", str(b.length if b.length is not None else len(part)))
        self.end_headers()
        if b.cut_after is not None and b.cuts > 0:
            b.cuts -= 1
            self.wfile.write(part[:b.cut_after])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(part)


class Quiet(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that go away mid-body (timeouts, refusals) are what the tests do


class Server:
    """A loopback HTTP(S) server in a thread."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.behaviour = Behaviour()
        self.httpd = Quiet(("127.0.0.1", 0), Handler)
        self.httpd.behaviour = self.behaviour  # type: ignore[attr-defined]
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.scheme = "https" if tls else "http"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "/bundle.raucb", host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()


def make_plane(tmp_path: Path, rauc: FakeRauc | None = None, **os_update: Any) -> Plane:
    os_update.setdefault("url_hosts", ["127.0.0.1", "localhost"])
    plane = Plane(tmp_path, rauc or FakeRauc(), **os_update)
    plane.updater.downloader.backoff_s = 0.01
    return plane


@pytest.fixture
def plane(tmp_path: Path) -> Iterator[Plane]:
    running = make_plane(tmp_path)
    yield running
    running.close()


def pull(plane: Plane, url: str, *, sha: str = SHA, size: int = len(DATA), role: str = "admin",
         reboot: bool = False) -> list[Any]:
    start = os_update_pb2.InstallOsRequest(start=os_update_pb2.InstallOsStart(
        size=size, sha256=sha, reboot=reboot, url=url))
    return list(plane.stub(role).InstallOs(iter([start]), timeout=30))


def refused(plane: Plane, url: str, **kwargs: Any) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as error:
        pull(plane, url, **kwargs)
    return error.value


def part(plane: Plane) -> Path:
    return plane.updater.uploads.root / f"{SHA}.part"


# -- through the control plane -------------------------------------------------------------


def test_the_device_downloads_checks_and_installs(plane: Plane, server: Server) -> None:
    rauc = plane.updater.rauc
    messages = pull(plane, server.url())
    phases = [m.phase for m in messages]
    assert phases[0] == P.UPLOADING and messages[0].resume_offset == 0
    assert all(m.downloading for m in messages)
    uploading = [m for m in messages if m.phase == P.UPLOADING]
    assert uploading[-1].received == uploading[-1].total == len(DATA)
    assert P.INSTALLING in phases and phases[-1] == P.INSTALLED and messages[-1].slot == "A"
    assert rauc.installed == [DATA]  # type: ignore[attr-defined]
    assert server.behaviour.requests == [("/bundle.raucb", "")]
    assert not list(plane.updater.uploads.root.iterdir())


def test_a_cut_off_download_resumes_with_a_range_request(plane: Plane, server: Server) -> None:
    server.behaviour.cut_after = 600_000
    messages = pull(plane, server.url())
    assert messages[-1].phase == P.INSTALLED
    assert plane.updater.rauc.installed == [DATA]  # type: ignore[attr-defined]
    assert server.behaviour.requests == [("/bundle.raucb", ""), ("/bundle.raucb", "bytes=600000-")]


def test_the_next_install_resumes_what_an_earlier_one_left(tmp_path: Path, server: Server) -> None:
    plane = make_plane(tmp_path, url_retries=0)
    try:
        server.behaviour.cut_after = 700_000
        error = refused(plane, server.url())
        assert error.code() == grpc.StatusCode.UNAVAILABLE and "cut off" in (error.details() or "")
        assert part(plane).stat().st_size == 700_000
        messages = pull(plane, server.url())
        assert messages[0].resume_offset == 700_000 and messages[-1].phase == P.INSTALLED
        assert server.behaviour.requests[-1] == ("/bundle.raucb", "bytes=700000-")
        assert plane.updater.rauc.installed == [DATA]  # type: ignore[attr-defined]
    finally:
        plane.close()


def test_a_server_without_ranges_sends_it_all_again(tmp_path: Path, server: Server) -> None:
    plane = make_plane(tmp_path, url_retries=0)
    try:
        server.behaviour.cut_after = 500_000
        refused(plane, server.url())
        server.behaviour.ranges = False
        messages = pull(plane, server.url())
        assert messages[0].resume_offset == 500_000 and messages[-1].phase == P.INSTALLED
        assert server.behaviour.requests[-1] == ("/bundle.raucb", "bytes=500000-")  # answered 200
        assert plane.updater.rauc.installed == [DATA]  # type: ignore[attr-defined]
    finally:
        plane.close()


def test_a_wrong_sha256_never_reaches_rauc(plane: Plane, server: Server) -> None:
    error = refused(plane, server.url(), sha="0" * 64)
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "sha256 mismatch" in (error.details() or "")
    assert plane.updater.rauc.installed == []  # type: ignore[attr-defined]
    assert not list(plane.updater.uploads.root.iterdir())


def test_more_bytes_than_announced_are_never_written(plane: Plane, server: Server) -> None:
    # The URL's file is longer than the size in the request: refused from its Content-Length.
    error = refused(plane, server.url(), size=len(DATA) - 1)
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert f"announces {len(DATA)} bytes" in (error.details() or "")
    # No Content-Length, the body runs on past the size: refused, and the part removed.
    server.behaviour.unframed_extra = b"more"
    error = refused(plane, server.url())
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "sends more than the announced size" in (error.details() or "")
    assert not part(plane).exists()
    # A Content-Length that is right but a server that lies about it is cut at its length
    # by HTTP itself; what arrives is still checked against the sha256.
    server.behaviour.unframed_extra = b""
    server.behaviour.data = DATA[:-4] + b"evil"
    error = refused(plane, server.url())
    assert "sha256 mismatch" in (error.details() or "")
    assert plane.updater.rauc.installed == []  # type: ignore[attr-defined]


def test_urls_the_device_refuses_before_connecting(plane: Plane, server: Server) -> None:
    cases = {
        "http://updates.example.com/bundle.raucb": (grpc.StatusCode.PERMISSION_DENIED, "not on"),
        "http://127.0.0.2:1/bundle.raucb": (grpc.StatusCode.PERMISSION_DENIED, "not on"),
        "file:///etc/passwd": (grpc.StatusCode.INVALID_ARGUMENT, "only http and https"),
        f"ftp://127.0.0.1:{server.port}/bundle.raucb": (grpc.StatusCode.INVALID_ARGUMENT, "only http"),
        f"http://127.0.0.1@evil.example:{server.port}/": (grpc.StatusCode.INVALID_ARGUMENT, "credentials"),
        f"http://user:pw@127.0.0.1:{server.port}/bundle.raucb": (grpc.StatusCode.INVALID_ARGUMENT,
                                                                  "credentials"),
        f"http://2130706433:{server.port}/bundle.raucb": (grpc.StatusCode.INVALID_ARGUMENT, "IPv4"),
    }
    for url, (code, words) in cases.items():
        error = refused(plane, url)
        assert (error.code(), url) == (code, url)
        assert words in (error.details() or ""), (url, error.details())
    assert server.behaviour.requests == []


def test_redirects_are_checked_like_the_url(plane: Plane, server: Server) -> None:
    server.behaviour.redirect = "http://evil.example/bundle.raucb"
    error = refused(plane, server.url("/redirect"))
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED and "evil.example" in (error.details() or "")
    server.behaviour.redirect = f"https://127.0.0.1:{server.port}/bundle.raucb"
    error = refused(plane, server.url("/redirect"))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "redirect from http to https" in (error.details() or "")
    server.behaviour.redirect = "/bundle.raucb?token=x"  # relative, same host: followed
    assert pull(plane, server.url("/redirect"))[-1].phase == P.INSTALLED
    assert server.behaviour.requests[-1] == ("/bundle.raucb?token=x", "")


def test_server_errors(tmp_path: Path, server: Server) -> None:
    plane = make_plane(tmp_path, url_retries=1)
    try:
        error = refused(plane, server.url("/missing.raucb"))
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT and "HTTP 404" in (error.details() or "")
        server.behaviour.status = 503
        error = refused(plane, server.url())
        assert error.code() == grpc.StatusCode.UNAVAILABLE and "HTTP 503" in (error.details() or "")
        assert len(server.behaviour.requests) == 3  # the 404 once, the 503 tried again once
    finally:
        plane.close()


def test_a_server_that_stalls_times_out(tmp_path: Path, server: Server) -> None:
    plane = make_plane(tmp_path, url_retries=0, url_timeout_s=0.5)
    try:
        server.behaviour.stall_s = 3
        started = time.monotonic()
        error = refused(plane, server.url())
        assert error.code() == grpc.StatusCode.UNAVAILABLE and "timed out" in (error.details() or "")
        assert time.monotonic() - started < 2.5
    finally:
        plane.close()


def test_no_room_is_refused_before_the_download(plane: Plane, server: Server) -> None:
    error = refused(plane, server.url(), size=1 << 60)
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT and "no room" in (error.details() or "")
    assert server.behaviour.requests == []


def test_only_an_admin_may_install_from_a_url(plane: Plane, server: Server) -> None:
    for role in ("viewer", "operator"):
        error = refused(plane, server.url(), role=role)
        assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    assert server.behaviour.requests == []


def test_url_installs_are_off_without_an_allow_list(tmp_path: Path, server: Server) -> None:
    plane = make_plane(tmp_path, url_hosts=[])
    try:
        error = refused(plane, server.url())
        assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert "os_update.url_hosts" in (error.details() or "")
        assert server.behaviour.requests == []
    finally:
        plane.close()


def test_https_verifies_the_server_against_the_configured_ca(tmp_path: Path) -> None:
    plane = make_plane(tmp_path, url_ca=str(tmp_path / "pki/fleet-ca.crt"))
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(plane.pki.path("device", "crt"), plane.pki.path("device", "key"))
    server = Server(tls)
    try:
        assert pull(plane, server.url(host="localhost"))[-1].phase == P.INSTALLED
        plane.updater.downloader.ca = None  # the system's CA store does not know this CA
        error = refused(plane, server.url(host="localhost"))
        assert error.code() == grpc.StatusCode.PERMISSION_DENIED
        assert "certificate verify failed" in (error.details() or "")
        assert len(server.behaviour.requests) == 1  # the untrusted server got no request
    finally:
        server.close()
        plane.close()


# -- the guard itself ------------------------------------------------------------------------

ALLOWED = tuple(host_pattern(h) for h in ("updates.example.com", "127.0.0.1", "::1",
                                           "*.cdn.example.com"))


@pytest.mark.parametrize("url, host", [
    ("https://updates.example.com/b.raucb", "updates.example.com"),
    ("https://UPDATES.Example.COM/b.raucb", "updates.example.com"),
    ("https://updates.example.com./b.raucb", "updates.example.com"),
    ("HTTPS://updates.example.com:8443/b.raucb?sig=abc#frag", "updates.example.com"),
    ("http://127.0.0.1:8080/b", "127.0.0.1"),
    ("http://[::1]:8080/b", "[::1]"),
    ("http://[0:0:0:0:0:0:0:1]/b", "[::1]"),
    ("https://eu.cdn.example.com/b", "eu.cdn.example.com"),
    ("https://a.b.cdn.example.com/b", "a.b.cdn.example.com"),
])
def test_the_guard_allows_the_same_host_spelled_otherwise(url: str, host: str) -> None:
    assert check_url(url, ALLOWED).host == host


@pytest.mark.parametrize("url, words", [
    ("http://updates.example.com@evil.example/b", "credentials"),
    ("http://evil.example@updates.example.com/b", "credentials"),
    ("http://:@updates.example.com/b", "credentials"),
    ("http://evil.example\\@updates.example.com/b", "backslash"),
    ("http://evil.example#@updates.example.com/b", "not on"),
    ("http://evil.example?@updates.example.com/b", "not on"),
    ("http://updates.example.com.evil.example/b", "not on"),
    ("http://evilupdates.example.com/b", "not on"),
    ("http://cdn.example.com/b", "not on"),  # the wildcard is for names below it
    ("http://xcdn.example.com/b", "not on"),
    ("http://%75pdates.example.com/b", "percent"),
    ("http://updates.example.com%2eevil.example/b", "percent"),
    ("http://updates.example.com /b", "printable"),
    ("http://updates.exämple.com/b", "printable"),
    ("http://2130706433/b", "IPv4"),
    ("http://0x7f.0.0.1/b", "IPv4"),
    ("http://0177.0.0.1/b", "IPv4"),
    ("http://127.1/b", "IPv4"),
    ("http://127.0.0.1.nip.io/b", "not on"),
    ("http://[::ffff:127.0.0.1]/b", "not on"),
    ("http://[fe80::1%25eth0]/b", "percent"),
    ("file:///var/lib/llmos/b.raucb", "only http and https"),
    ("ftp://updates.example.com/b", "only http and https"),
    ("gopher://updates.example.com/b", "only http and https"),
    ("updates.example.com/b", "only http and https"),
    ("//updates.example.com/b", "only http and https"),
    ("http:/updates.example.com/b", "no host"),
    ("http://updates.example.com:99999/b", "parsed"),
    ("http://updates.example.com/" + "a" * 3000, "at most"),
])
def test_the_guard_refuses_other_hosts_and_forms(url: str, words: str) -> None:
    with pytest.raises((InvalidUpload, PermissionError)) as error:
        check_url(url, ALLOWED)
    assert words in str(error.value)


_PIECES = ["http://", "https://", "HTTP://", "updates.example.com", "UPDATES.example.com.",
           "evil.example", "eu.cdn.example.com", "@", ":", ":8080", "#", "?", "/", "\\", "%40",
           "%2e", ".", "[", "]", "::1", "127.0.0.1", "0x7f", "user:pw", ";", "&", "=", "\t", "ü"]


def _allowed(host: str) -> bool:
    """ALLOWED, matched here without the code under test."""
    host = host.lower().rstrip(".")
    return host in ("updates.example.com", "127.0.0.1", "::1", "[::1]") or \
        host.endswith(".cdn.example.com")


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(["http://", "https://", "HTTP://", ""]),
       st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4),
       st.lists(st.sampled_from(_PIECES), max_size=4))
# "evil.exampleeu.cdn.example.com" is a subdomain of the allowed *.cdn.example.com: allowed
@example("http://", ["evil.example", "eu.cdn.example.com"], [])
def test_an_accepted_url_never_reaches_another_host(scheme: str, authority: list[str],
                                                    rest: list[str]) -> None:
    """Whatever the pieces, a URL the guard takes names an allowed host to every parser, and
    the host it returns is the one urllib3 would connect to."""
    url = scheme + "".join(authority) + "/" + "".join(rest)
    try:
        checked = check_url(url, ALLOWED)
    except (InvalidUpload, PermissionError):
        return
    assert _allowed(urllib.parse.urlsplit(url).hostname or "")
    assert _allowed(parse_url(url).host or "")
    assert "@" not in urllib.parse.urlsplit(url).netloc
    assert _allowed(checked.host)
    assert checked.host == normal_host(parse_url(url).host or "")


def test_the_guard_is_off_without_hosts_and_redirects_keep_the_scheme() -> None:
    with pytest.raises(Conflict, match="url_hosts"):
        check_url("https://updates.example.com/b", ())
    assert check_url("https://updates.example.com/b", ALLOWED, scheme="https").port == 443
    with pytest.raises(InvalidUpload, match="from https to http"):
        check_url("http://updates.example.com/b", ALLOWED, scheme="https")


def test_url_hosts_in_the_configuration() -> None:
    config = parse_config({"os_update": {"url_hosts": ["Updates.Example.COM.", "*.CDN.example.com",
                                                       "::1", "10.0.0.1"]}})
    assert config.os_update.url_hosts == ("updates.example.com", "*.cdn.example.com", "[::1]",
                                          "10.0.0.1")
    assert parse_config({}).os_update.url_hosts == ()  # off by default
    for bad in ("127.1", "http://updates.example.com", "a b", "*.10.0.0.1", "*", "bücher.de",
                "evil@updates.example.com"):
        with pytest.raises(ConfigError, match="url_hosts"):
            parse_config({"os_update": {"url_hosts": [bad]}})


# -- llmosctl os install URL ---------------------------------------------------------------


def ctl_args(source: str, **kwargs: Any) -> argparse.Namespace:
    defaults = {"source": source, "sha256": "", "size": 0, "reboot": False, "retries": 0,
                "timeout": 10.0, "json": True}
    return argparse.Namespace(**{**defaults, **kwargs})


def ctl_target(plane: Plane) -> Target:
    return Target("dev", plane.plane.addresses["mtls"], ca=plane.pki.path("fleet-ca", "crt"),
                  cert=plane.pki.path("admin", "crt"), key=plane.pki.path("admin", "key"))


def test_llmosctl_reads_the_sha256_and_size_it_is_not_given(plane: Plane, server: Server) -> None:
    code, data = asyncio.run(os_update.install(ctl_target(plane), ctl_args(server.url()), Console()))
    assert (code, data["phase"], data["downloading"], data["sha256"]) == (Exit.OK, "INSTALLED", True, SHA)
    assert server.behaviour.requests == [("/bundle.raucb.sha256", ""), ("HEAD /bundle.raucb", ""),
                                         ("/bundle.raucb", "")]


def test_llmosctl_with_sha256_and_size_fetches_nothing_itself(plane: Plane, server: Server) -> None:
    args = ctl_args(server.url(), sha256=SHA.upper(), size=len(DATA))
    code, data = asyncio.run(os_update.install(ctl_target(plane), args, Console()))
    assert (code, data["phase"]) == (Exit.OK, "INSTALLED")
    assert server.behaviour.requests == [("/bundle.raucb", "")]  # the device's download only
    code, data = asyncio.run(os_update.install(
        ctl_target(plane), ctl_args(server.url("/missing.raucb")), Console()))
    assert code == Exit.USAGE and "give --sha256" in data["error"]
    code, data = asyncio.run(os_update.install(
        ctl_target(plane), ctl_args(server.url(), sha256="0" * 64, size=len(DATA)), Console()))
    assert code == Exit.USAGE and "sha256 mismatch" in data["error"]


class OldDevice(os_update_pb2_grpc.OsUpdateServiceServicer):
    """An agent from before InstallOsStart.url: it answers with a resume offset and waits for
    chunks."""

    async def InstallOs(self, request_iterator: Any, context: Any) -> Any:
        await anext(aiter(request_iterator))
        yield P(phase=P.UPLOADING, total=1, resume_offset=0)
        await asyncio.sleep(60)


async def test_llmosctl_gives_up_on_a_device_that_cannot_pull() -> None:
    server = grpc.aio.server()
    os_update_pb2_grpc.add_OsUpdateServiceServicer_to_server(OldDevice(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        target = Target("old", f"127.0.0.1:{port}", insecure=True)
        args = ctl_args("http://updates.example.com/b.raucb", sha256=SHA, size=len(DATA))
        code, data = await asyncio.wait_for(os_update.install(target, args, Console()), 10)
        assert code == Exit.FAILED and "cannot download a bundle itself" in data["error"]
    finally:
        await server.stop(0)
