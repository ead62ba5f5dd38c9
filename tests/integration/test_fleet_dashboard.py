"""The dashboard's guards over real HTTPS: llmos-fleet's own start-up (`daemon.start`, SQLite,
its gRPC API and the dashboard's listener), a real TLS client, and a device report as hostile
as a device could publish on its state topic. Logins, roles, CSRF, escaping, client
certificates. The click-through in Chromium is test_fleet_dashboard_browser.py."""

from __future__ import annotations

import re
import ssl
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from google.protobuf.struct_pb2 import Struct

from llmos import pki
from llmos.agent.domain import Principal, Role
from llmos.fleet.cli import dev_fleet
from llmos.fleet.config import FleetServiceConfig, load_fleet_config
from llmos.fleet.daemon import Running, start
from llmos.fleet.users import Users
from llmos.fleet.web import SESSION
from llmos.v1 import commands_pb2, device_pb2, events_pb2, link_pb2
from tests.support.daemon import free_port

pytestmark = pytest.mark.integration
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>"\'&'
PASSWORD = "correct horse battery"


@dataclass
class Web:
    dir: Path
    config_path: Path
    config: FleetServiceConfig
    running: Running
    url: str

    def tls(self, role: str | None = None) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=str(self.dir / "pki/fleet-ca.crt"))
        if role is not None:
            context.load_cert_chain(self.dir / f"pki/{role}.crt", self.dir / f"pki/{role}.key")
        return context

    def session(self, role_cert: str | None = None) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(
            self.url, cookie_jar=aiohttp.CookieJar(unsafe=True),  # 127.0.0.1 is an IP address
            connector=aiohttp.TCPConnector(ssl=self.tls(role_cert)))


@pytest.fixture
async def web(tmp_path: Path) -> AsyncIterator[Web]:
    path = dev_fleet(tmp_path / "fleet", free_port(), free_port(), free_port(), free_port())
    config = load_fleet_config(path)
    users = Users(config.users_path)
    users.add("vera", Role.VIEWER, PASSWORD)
    users.add("ada", Role.ADMIN, PASSWORD)
    # the operator as an administrator adds one: through the command line
    done = subprocess.run([sys.executable, "-m", "llmos.fleet", "user", "add", "otto", "--role",
                           "operator", "--password-stdin", "--config", str(path)],
                          input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr

    def cli(*args: str, password: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "llmos.fleet", "user", *args, "--config",
                               str(path)], input=password, capture_output=True, text=True,
                              timeout=60)

    listed = cli("list")
    assert listed.stdout.splitlines() == ["ada\tadmin", "otto\toperator", "vera\tviewer"]
    short = cli("add", "eve", "--password-stdin", password="short\n")
    assert short.returncode == 2 and "password" in short.stderr
    assert cli("add", "bad name", "--password-stdin", password=PASSWORD).returncode == 2
    assert cli("remove", "nobody").returncode == 2
    running = await start(config)  # no broker: the link keeps trying, the pages still work
    try:
        yield Web(tmp_path / "fleet", path, config, running, f"https://{running.addresses['web']}")
    finally:
        await running.stop()


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, page
    return found.group(1)


async def _login(client: aiohttp.ClientSession, name: str, password: str = PASSWORD) -> str:
    async with client.get("/login") as form:
        token = _csrf(await form.text())
    async with client.post("/login", data={"csrf": token, "name": name,
                                           "password": password}) as answer:
        assert answer.status == 200, await answer.text()
        return await answer.text()


async def _hostile_report(web: Web) -> None:
    """What a device could publish on its own state topic: every string an attack."""
    args = Struct()
    args.update({"unit": HOSTILE})
    action = commands_pb2.Action(id="act-1", tool=HOSTILE, args=args, reason=HOSTILE,
                                 principal=HOSTILE, interface=HOSTILE,
                                 status=commands_pb2.ACTION_STATUS_PENDING)
    report = link_pb2.DeviceReport(
        info=device_pb2.GetDeviceInfoResponse(name=HOSTILE, version=HOSTILE, controller=HOSTILE),
        health=device_pb2.GetHealthResponse(serving=True, degraded=True, status=HOSTILE,
                                            reasons=[HOSTILE]),
        online=True, pending=[action, commands_pb2.Action(id=HOSTILE[:60], tool="reboot")])
    store = web.running.fleet.store
    await store.run(store.report, [("edge-x", True, report.SerializeToString(), time.time())])
    # and on its events topic: a hostile event, and bytes that are no message at all
    event = events_pb2.Event(seq=1, kind=events_pb2.EVENT_KIND_HARDWARE, summary=HOSTILE,
                             subsystem=HOSTILE)
    web.running.fleet.events.append(("edge-x", time.time(), events_pb2.StreamEventsResponse(
        events=[event]).SerializeToString()))
    web.running.fleet.events.append(("edge-x", time.time(), b"\xff\x00<script>"))


async def test_logins_roles_csrf_and_hostile_device_strings(web: Web) -> None:
    await _hostile_report(web)
    async with web.session() as anonymous:
        async with anonymous.get("/", allow_redirects=False) as answer:
            assert answer.status == 303 and answer.headers["Location"] == "/login"
        async with anonymous.get("/login") as form:
            cookie = form.headers["Set-Cookie"]
            assert all(a in cookie for a in ("HttpOnly", "Secure", "SameSite=Strict"))
            token = _csrf(await form.text())
        async with anonymous.post("/login", data={"name": "otto", "password": PASSWORD}
                                  ) as no_token:
            assert no_token.status == 403
        async with anonymous.post("/login", data={"csrf": token, "name": "otto",
                                                  "password": "wrong password"}) as wrong:
            assert wrong.status == 401 and "wrong user name or password" in await wrong.text()
        async with anonymous.post("/confirm", data={"csrf": token, "device": "edge-x",
                                                    "id": "act-1"}) as not_logged_in:
            assert not_logged_in.status == 401

    async with web.session() as viewer:
        page = await _login(viewer, "vera")
        assert '<span id="role">viewer</span>' in page
        assert "<script" not in page and "<img" not in page and 'onerror=alert' not in page.replace(
            "onerror=alert(1)&gt;", "")
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page  # shown, as text
        assert 'action="/confirm"' not in page and "an operator confirms" in page
        assert page.count("&lt;script&gt;alert(&quot;x&quot;)") >= 8  # every field, events too
        assert "not an event message" in page
        async with viewer.get("/") as answer:
            csp = answer.headers["Content-Security-Policy"]
            assert "default-src 'none'" in csp and "script-src" not in csp
        # a viewer with a good token is still no operator
        async with viewer.post("/confirm", data={"csrf": _csrf(page), "device": "edge-x",
                                                 "id": "act-1"}) as refused:
            assert refused.status == 403
        viewer_token = _csrf(page)

    async with web.session() as operator:
        page = await _login(operator, "otto")
        assert page.count('action="/confirm"') == 2 and 'action="/devices/revoke"' not in page
        for data in ({"device": "edge-x", "id": "act-1"},  # no token
                     {"csrf": viewer_token, "device": "edge-x", "id": "act-1"},  # another's
                     {"csrf": _csrf(page) + "x", "device": "edge-x", "id": "act-1"}):
            async with operator.post("/confirm", data=data) as refused:
                assert refused.status == 403, data
        # a hostile action id is refused by the API's own validation, before anything is sent
        async with operator.post("/confirm", data={"csrf": _csrf(page), "device": "edge-x",
                                                   "id": HOSTILE[:60]}) as bad:
            assert bad.status == 400 and "id" in await bad.text()
        async with operator.post("/confirm", data={"csrf": _csrf(page), "device": "no/such",
                                                   "id": "act-1"}) as bad:
            assert bad.status == 400
        async with operator.post("/devices/revoke", data={"csrf": _csrf(page),
                                                          "device": "edge-x"}) as refused:
            assert refused.status == 403  # an admin's
        async with operator.post("/tokens", data={"csrf": _csrf(page),
                                                  "device": "edge-7"}) as refused:
            assert refused.status == 403  # an admin's
        # a cookie altered by one character is no login
        cookies = operator.cookie_jar.filter_cookies(aiohttp.client.URL(web.url))
        value = cookies[SESSION].value
        async with web.session() as forger:
            forger.cookie_jar.update_cookies({SESSION: value[:-2] + ("A" if value[-2] != "A"
                                                                      else "B") + value[-1]})
            async with forger.get("/", allow_redirects=False) as answer:
                assert answer.status == 303
        # a user removed from the file is out at the next request, whatever the cookie says
        Users(web.config.users_path).remove("otto")
        async with operator.get("/", allow_redirects=False) as answer:
            assert answer.status == 303

    async with web.session() as admin:
        page = await _login(admin, "ada")
        async with admin.post("/devices/revoke", data={"csrf": _csrf(page), "device": "edge-x",
                                                       "reason": HOSTILE}) as revoked:
            assert revoked.status == 200 and "edge-x revoked" in await revoked.text()
        audit = [e for e in await web.running.fleet.audit_log(10) if e.action == "revoke"]
        assert audit and audit[0].principal == "web:ada"  # the audit names the dashboard's user
        async with admin.post("/tokens", data={"csrf": _csrf(page), "device": "edge-7"}) as made:
            text = await made.text()
            assert made.status == 200 and "--name edge-7 --token " in text
        async with admin.post("/tokens", data={"csrf": _csrf(page), "device": "<x>"}) as bad:
            assert bad.status == 400


async def test_client_certificates_log_in_with_their_role(web: Web) -> None:
    async with web.session("operator") as operator:
        async with operator.get("/") as answer:
            page = await answer.text()
            assert answer.status == 200 and '<span id="role">operator</span>' in page
        await _hostile_report(web)
        async with operator.get("/") as answer:
            page = await answer.text()
        async with operator.post("/confirm", data={"device": "edge-x", "id": "act-1"}) as no:
            assert no.status == 403  # the token is needed with a certificate too
        async with operator.post("/jobs/abort", data={"csrf": _csrf(page), "id": "job-none"}
                                 ) as missing:
            assert missing.status == 404
        # a job (its device never answers: no broker here) shows its progress, and is aborted
        job_id = await web.running.jobs.create(
            ["edge-x"], commands_pb2.ExecuteRequest(text="reboot").SerializeToString(), [],
            False, 0, 0, 3600, Principal("otto", Role.OPERATOR, "test"))
        async with operator.get("/") as answer:
            page = await answer.text()
        row = re.search(rf"<tr class=\"job\"><td><code>{job_id}</code>.*?</tr>", page)
        assert row and "running" in row.group(0) and "/1" in row.group(0), page
        assert 'action="/jobs/abort"' in row.group(0)
        async with operator.post("/jobs/abort", data={"csrf": _csrf(page), "id": job_id,
                                                      "reason": HOSTILE}) as aborted:
            assert aborted.status == 200 and "JOB_STATUS_CANCELLED" in await aborted.text()
    # a device's certificate (same CA, no role) logs nobody in
    ca = pki.load_issued(web.dir / "pki/fleet-ca.crt", web.dir / "pki/fleet-ca.key")
    pki.write_issued(pki.issue_device_cert(ca, "edge-9"), web.dir / "pki", "edge-9")
    async with web.session("edge-9") as device, device.get("/", allow_redirects=False) as answer:
        assert answer.status == 303


async def test_repeated_wrong_passwords_lock_the_name_out(web: Web) -> None:
    async with web.session() as client:
        for _ in range(10):
            async with client.get("/login") as form:
                token = _csrf(await form.text())
            async with client.post("/login", data={"csrf": token, "name": "vera",
                                                   "password": "guess"}) as wrong:
                assert wrong.status == 401
        async with client.get("/login") as form:
            token = _csrf(await form.text())
        async with client.post("/login", data={"csrf": token, "name": "vera",
                                               "password": PASSWORD}) as locked:
            assert locked.status == 429  # even the right password, for a while
