"""The fleet's dashboard: HTTPS on its own listener (aiohttp), off unless `web_listen` is set.

It is one more front end of the fleet's service layer: every action and every read the API has
goes through the same `FleetServicer` methods the gRPC API serves (ListDevices, ListJobs,
ListAudit, SendCommand with a confirm or a reject, AbortJob, RevokeDevice), under the same role
table (`api.fleet_role`), as a principal of its own; the plot and the live events, which the
API has no method for, read the service layer (`Fleet.recent_commands`, `Fleet.events`).
Nothing here confirms, rejects or runs a job by itself.

Logins: a user of the users file (scrypt, `llmos-fleet user add`) gets a signed session cookie
(`__Host-`, HttpOnly, Secure, SameSite=Strict); or a client certificate of the fleet CA with a
role (OU), as on the gRPC API. Every POST carries a CSRF token. Everything a device sent (names,
labels, commands, reasons, health lines) is escaped; the pages carry no script at all, and the
Content-Security-Policy forbids any.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import secrets
import ssl
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from html import escape
from typing import Any, TypeVar

from aiohttp import web
from google.protobuf.json_format import MessageToDict

from llmos import pki
from llmos.agent.api import Conflict, NotFound
from llmos.agent.domain import Principal, Role
from llmos.agent.grpc.access import serve_as
from llmos.agent.grpc.validate import InvalidRequest
from llmos.fleet import plot
from llmos.fleet.api import FleetServicer, fleet_role
from llmos.fleet.config import FleetServiceConfig
from llmos.fleet.jobs import EXECUTE
from llmos.fleet.service import Fleet
from llmos.fleet.sessions import Signer, load_secret
from llmos.fleet.users import Users
from llmos.fleet.v1 import fleet_pb2
from llmos.v1 import commands_pb2, events_pb2

log = logging.getLogger("llmos.fleet.web")
T = TypeVar("T")

SESSION = "__Host-llmos_session"  # __Host-: the browser insists on Secure, path=/ and no Domain
LOGIN = "__Host-llmos_login"
_SERVICE = "/llmos.fleet.v1.FleetService/"
_WAIT_S = 15  # how long a confirm or reject waits for the device's answer before showing it
_MAX_FAILURES = 10  # wrong passwords for one name ...
_LOCKOUT_S = 300.0  # ... within this long lock that name out for as long
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Strict-Transport-Security": "max-age=31536000",
}
_CSS = """
body{font:14px system-ui,sans-serif;margin:1em 2em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ddd;padding:3px 8px;
text-align:left;vertical-align:top}th{background:#f4f4f4}h2{margin-top:1.2em}
.ok{color:#2a7}.bad{color:#c33}.warn{color:#d90}.muted{color:#888}
form.inline{display:inline}header{display:flex;gap:1em;align-items:baseline}
code{font-size:12px}.msg{padding:.6em;background:#eef6ee;border:1px solid #aca}
.err{padding:.6em;background:#fbeaea;border:1px solid #d99}
"""


@dataclass(frozen=True)
class Caller:
    principal: Principal
    binding: str  # what its CSRF token is bound to


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _clock(unix: float) -> str:
    if not unix:
        return "—"
    ago = time.time() - unix
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(unix))
    if abs(ago) >= 3600:
        return f"{when} UTC"
    return f"{when} UTC ({ago:.0f} s ago)" if ago >= 0 else f"{when} UTC (in {-ago:.0f} s)"


def _ts(message: Any) -> float:
    return float(message.seconds) + float(message.nanos) / 1e9


def _page(title: str, body: str, refresh: int = 0) -> str:
    meta = f'<meta http-equiv="refresh" content="{refresh}">' if refresh else ""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">{meta}'
            f"<title>{_e(title)}</title>"
            f'<link rel="stylesheet" href="/static/dash.css"></head><body>{body}</body></html>')


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


class Dashboard:
    def __init__(self, config: FleetServiceConfig, fleet: Fleet, api: FleetServicer) -> None:
        self.config = config
        self.fleet = fleet
        self.api = api
        self.users = Users(config.users_path)
        self.signer = Signer(load_secret(config.state_dir / "web-secret"),
                             config.web_session_s)
        self._failures: dict[str, list[float]] = {}
        self._scrypt = asyncio.Semaphore(2)  # ~16 MiB and ~50 ms each: a login flood waits
        self._runner: web.AppRunner | None = None

    # -- the server ---------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application(client_max_size=16 * 1024, middlewares=[self._headers])
        app.add_routes([
            web.get("/", self.dashboard), web.get("/login", self.login_form),
            web.post("/login", self.login), web.post("/logout", self.logout),
            web.post("/confirm", self.confirm), web.post("/reject", self.reject),
            web.post("/jobs/abort", self.abort_job), web.post("/devices/revoke", self.revoke),
            web.post("/tokens", self.token),
            web.get("/static/dash.css", self.css)])
        return app

    def ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.config.web_cert or self.config.cert,
                                self.config.web_key or self.config.key)
        if self.config.web_client_certs:
            context.verify_mode = ssl.CERT_OPTIONAL  # a password login needs none
            context.load_verify_locations(self.config.client_ca)
        return context

    async def start(self) -> str:
        try:
            if not self.users.all():
                log.warning("the dashboard has no users yet: llmos-fleet user add NAME --role "
                            "ROLE --config …")
        except (OSError, ValueError, KeyError) as error:  # unreadable or damaged: say so now
            raise OSError(f"{self.users.path}: {error}") from None
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        host, _, port = self.config.web_listen.rpartition(":")
        site = web.TCPSite(self._runner, host.strip("[]"), int(port),
                           ssl_context=self.ssl_context())
        await site.start()
        bound = self._runner.addresses[0]
        return f"{host}:{bound[1]}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @web.middleware
    async def _headers(self, request: web.Request,
                       handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                       ) -> web.StreamResponse:
        try:
            response = await handler(request)
        except web.HTTPException as error:  # redirects and refusals carry them too
            error.headers.update(_HEADERS)
            raise
        response.headers.update(_HEADERS)
        return response

    async def css(self, request: web.Request) -> web.Response:
        return web.Response(text=_CSS, content_type="text/css")

    # -- who is asking ------------------------------------------------------------------------

    def caller(self, request: web.Request) -> Caller | None:
        cookie = request.cookies.get(SESSION)
        if cookie:
            session = self.signer.session(cookie)
            user = self.users.get(session.user) if session else None
            if session is not None and user is not None:
                return Caller(Principal(f"web:{user.name}", user.role, "web"), session.nonce)
        if self.config.web_client_certs:
            ssl_object = request.transport.get_extra_info("ssl_object") \
                if request.transport else None
            der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
            if der:  # verified against client_ca by the TLS handshake
                name, role = pki.certificate_identity(ssl.DER_cert_to_PEM_cert(der).encode())
                if role is not None:
                    return Caller(Principal(name, role, "web-cert"), f"cert:{name}")
        return None

    async def _form(self, request: web.Request, needed: Role = Role.VIEWER
                    ) -> tuple[Caller, dict[str, str]]:
        """The caller of a POST, its form and a CSRF check; 403 for a missing or wrong token
        or too small a role, 401 for no login."""
        caller = self.caller(request)
        if caller is None:
            raise web.HTTPUnauthorized(text="log in first")
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        if not self.signer.check_csrf(caller.binding, form.get("csrf", "")):
            raise web.HTTPForbidden(text="missing or wrong CSRF token")
        if caller.principal.role < needed:
            raise web.HTTPForbidden(text=f"this needs the {needed.name.lower()} role")
        return caller, form

    async def _call(self, caller: Caller, method: str, request: Any,
                    call: Callable[[Any, Any], Coroutine[Any, Any, T]]) -> T:
        """A FleetServicer method as the gRPC API runs it: the fleet's role table for this
        request, the principal the servicer reads, the service layer's errors as statuses."""
        needed = fleet_role(_SERVICE + method, request)
        if needed is None or caller.principal.role < needed:
            role = needed.name.lower() if needed else "another"
            raise web.HTTPForbidden(text=f"{method}: this needs the {role} role")
        context = contextvars.copy_context()
        context.run(serve_as, caller.principal)
        try:
            return await asyncio.create_task(call(request, None), context=context)
        except InvalidRequest as error:
            raise web.HTTPBadRequest(text=str(error)) from None
        except NotFound as error:
            raise web.HTTPNotFound(text=str(error)) from None
        except Conflict as error:
            raise web.HTTPConflict(text=str(error)) from None
        except PermissionError as error:
            raise web.HTTPForbidden(text=str(error)) from None

    # -- login --------------------------------------------------------------------------------

    async def login_form(self, request: web.Request, error: str = "", status: int = 200
                         ) -> web.Response:
        nonce = request.cookies.get(LOGIN) or secrets.token_urlsafe(16)
        token = self.signer.csrf(f"login:{nonce}")
        notice = f'<p class="err">{_e(error)}</p>' if error else ""
        body = (f"<h1>llmos fleet</h1>{notice}"
                f'<form method="post" action="/login"><input type="hidden" name="csrf" '
                f'value="{_e(token)}"><p><label>user <input name="name" id="name" '
                f'autocomplete="username" required maxlength="64"></label></p>'
                f'<p><label>password <input type="password" name="password" id="password" '
                f'autocomplete="current-password" required maxlength="1024"></label></p>'
                f'<p><button type="submit" id="login">log in</button></p></form>')
        response = _html(_page("llmos fleet: log in", body), status)
        response.set_cookie(LOGIN, nonce, httponly=True, secure=True, samesite="Strict",
                            path="/", max_age=3600)
        return response

    async def login(self, request: web.Request) -> web.Response:
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        nonce = request.cookies.get(LOGIN, "")
        if not nonce or not self.signer.check_csrf(f"login:{nonce}", form.get("csrf", "")):
            raise web.HTTPForbidden(text="missing or wrong CSRF token: load the login page again")
        name, password = form.get("name", "")[:64], form.get("password", "")
        now = time.time()
        recent = [t for t in self._failures.get(name, []) if t > now - _LOCKOUT_S]
        if len(recent) >= _MAX_FAILURES:
            log.warning("dashboard login for %r refused: too many failures", name)
            return await self.login_form(request, "too many failed logins: try again later", 429)
        async with self._scrypt:
            user = await asyncio.to_thread(self.users.check, name, password)
        if user is None:
            if len(self._failures) > 10_000:  # made-up names must not fill the memory
                self._failures = {n: ts for n, ts in self._failures.items()
                                  if ts[-1] > now - _LOCKOUT_S}
            self._failures[name] = [*recent, now][-_MAX_FAILURES:]
            log.info("dashboard login for %r failed", name)
            return await self.login_form(request, "wrong user name or password", 401)
        self._failures.pop(name, None)
        log.info("dashboard login: %s (%s)", user.name, user.role.name.lower())
        response = web.HTTPSeeOther("/")
        response.set_cookie(SESSION, self.signer.issue(user.name), httponly=True, secure=True,
                            samesite="Strict", path="/", max_age=self.config.web_session_s)
        response.del_cookie(LOGIN, path="/")
        raise response

    async def logout(self, request: web.Request) -> web.Response:
        await self._form(request)
        response = web.HTTPSeeOther("/login")
        response.del_cookie(SESSION, path="/")
        raise response

    # -- actions ------------------------------------------------------------------------------

    async def confirm(self, request: web.Request) -> web.Response:
        caller, form = await self._form(request)
        command = fleet_pb2.SendCommandRequest(
            device=form.get("device", ""), wait_s=_WAIT_S,
            confirm=commands_pb2.ConfirmRequest(id=form.get("id", "")))
        answer = await self._call(caller, "SendCommand", command, self.api.SendCommand)
        return self._result(caller, "confirm", answer)

    async def reject(self, request: web.Request) -> web.Response:
        caller, form = await self._form(request)
        command = fleet_pb2.SendCommandRequest(
            device=form.get("device", ""), wait_s=_WAIT_S,
            reject=commands_pb2.RejectRequest(id=form.get("id", ""),
                                              reason=form.get("reason", "")))
        answer = await self._call(caller, "SendCommand", command, self.api.SendCommand)
        return self._result(caller, "reject", answer)

    async def abort_job(self, request: web.Request) -> web.Response:
        caller, form = await self._form(request)
        job = await self._call(caller, "AbortJob", fleet_pb2.AbortJobRequest(
            id=form.get("id", ""), reason=form.get("reason", "")), self.api.AbortJob)
        return _html(_page("job", f'<p class="msg" id="result">job {_e(job.id)}: '
                          f"{_e(fleet_pb2.JobStatus.Name(job.status))}</p>"
                          '<p><a href="/">back</a></p>'))

    async def revoke(self, request: web.Request) -> web.Response:
        caller, form = await self._form(request)
        device = await self._call(caller, "RevokeDevice", fleet_pb2.RevokeDeviceRequest(
            name=form.get("device", ""), reason=form.get("reason", "")), self.api.RevokeDevice)
        return _html(_page("revoked", f'<p class="msg" id="result">{_e(device.name)} revoked'
                          '</p><p><a href="/">back</a></p>'))

    async def token(self, request: web.Request) -> web.Response:
        """A one-time enrollment token, shown once (the fleet keeps only its hash)."""
        caller, form = await self._form(request)
        answer = await self._call(caller, "CreateEnrollmentToken",
                                  fleet_pb2.CreateEnrollmentTokenRequest(
                                      device=form.get("device", "")),
                                  self.api.CreateEnrollmentToken)
        device = form.get("device", "")
        return _html(_page("enrollment token", (
            f'<p class="msg">A one-time enrollment token for {_e(device)}, valid until '
            f"{_clock(_ts(answer.expires))}; it is shown only now. On the device:</p>"
            f"<pre id=\"result\">llmos-fleet enroll --fleet "
            f"{_e(self.config.enroll_listen or 'FLEET:PORT')} --ca fleet-ca.crt "
            f"--name {_e(device)} --token {_e(answer.token)}</pre>"
            '<p><a href="/">back</a></p>')))

    def _result(self, caller: Caller, what: str, command: fleet_pb2.Command) -> web.Response:
        status = fleet_pb2.CommandStatus.Name(command.status).removeprefix("COMMAND_STATUS_")
        line = f"{what} {command.id} to {command.device}: {status.lower()}"
        if command.code:
            line += f", {command.code}"
        if command.message:
            line += f": {command.message}"
        if command.HasField("outcome"):
            outcome = command.outcome
            line += (f"; action {outcome.id} "
                     f"{commands_pb2.ActionStatus.Name(outcome.status).removeprefix('ACTION_STATUS_')}")
            detail = outcome.result.detail or outcome.verdict.reason or outcome.error
            if detail:
                line += f": {detail}"
        return _html(_page("llmos fleet", f'<p class="msg" id="result">{_e(line)}</p>'
                          '<p><a href="/">back</a></p>'))

    # -- the page -----------------------------------------------------------------------------

    async def dashboard(self, request: web.Request) -> web.Response:
        caller = self.caller(request)
        if caller is None:
            raise web.HTTPSeeOther("/login")
        devices = (await self._call(caller, "ListDevices", fleet_pb2.ListDevicesRequest(),
                                    self.api.ListDevices)).devices
        jobs = (await self._call(caller, "ListJobs", fleet_pb2.ListJobsRequest(limit=20),
                                 self.api.ListJobs)).jobs
        audit = (await self._call(caller, "ListAudit", fleet_pb2.ListAuditRequest(limit=20),
                                  self.api.ListAudit)).entries
        points = plot.decision_points(await self.fleet.recent_commands(EXECUTE, 500))
        csrf = self.signer.csrf(caller.binding)
        who = caller.principal
        body = [f"<header><h1>llmos fleet</h1><span>{_e(who.name)} "
                f'(<span id="role">{_e(who.role.name.lower())}</span>)</span>'
                f'<form class="inline" method="post" action="/logout">{self._csrf(csrf)}'
                f'<button id="logout">log out</button></form></header>',
                self._devices(devices, who, csrf), self._pending(devices, who, csrf),
                self._jobs(jobs, who, csrf), self._plot(points), self._events(),
                self._audit(audit)]
        return _html(_page("llmos fleet", "".join(body), refresh=30))

    @staticmethod
    def _csrf(token: str) -> str:
        return f'<input type="hidden" name="csrf" value="{_e(token)}">'

    def _devices(self, devices: Any, who: Principal, csrf: str) -> str:
        rows = []
        for d in devices:
            report = d.reported
            if d.revoked:
                health = '<span class="bad">revoked</span>'
            elif not d.HasField("reported"):
                health = '<span class="muted">no report yet</span>'
            elif not report.health.serving:
                health = '<span class="bad">not serving</span>'
            elif report.health.degraded:
                health = f'<span class="warn">degraded</span>: {_e("; ".join(report.health.reasons))}'
            else:
                health = '<span class="ok">ok</span>'
            online = '<span class="ok">online</span>' if d.online else \
                '<span class="muted">offline</span>'
            revoke = ""
            if who.role >= Role.ADMIN and not d.revoked:
                revoke = (f'<form class="inline" method="post" action="/devices/revoke">'
                          f'{self._csrf(csrf)}<input type="hidden" name="device" '
                          f'value="{_e(d.name)}"><button>revoke</button></form>')
            rows.append(
                f'<tr class="device"><td>{_e(d.name)}</td><td>{online}</td><td>{health}</td>'
                f"<td>{_e(report.health.status)}</td>"
                f"<td>{_clock(_ts(d.last_seen))}</td><td>{_clock(_ts(report.reported))}</td>"
                f"<td>{_e(report.info.version)} {_e(report.info.controller)}</td>"
                f"<td>{len(report.pending)}</td><td>{revoke}</td></tr>")
        enroll = ""
        if who.role >= Role.ADMIN:
            enroll = (f'<form method="post" action="/tokens">{self._csrf(csrf)}'
                      '<input name="device" placeholder="new device name" maxlength="64" '
                      'required> <button id="token">enrollment token</button></form>')
        if not rows:
            return f"<h2>Devices</h2><p>No device has reported yet.</p>{enroll}"
        return ('<h2>Devices</h2><table id="devices"><tr><th>device</th><th>link</th>'
                "<th>health</th><th>status</th><th>last seen</th><th>last state report</th>"
                "<th>agent</th><th>pending</th><th></th></tr>" + "".join(rows) + "</table>"
                + enroll)

    def _pending(self, devices: Any, who: Principal, csrf: str) -> str:
        rows = []
        # the same rule as the API's: SendCommand(confirm) needs what the fleet's table says
        can_act = who.role >= (fleet_role(_SERVICE + "SendCommand", fleet_pb2.SendCommandRequest(
            confirm=commands_pb2.ConfirmRequest())) or Role.ADMIN)
        for d in devices:
            for action in d.reported.pending:
                args = json.dumps(MessageToDict(action.args), ensure_ascii=False)
                if can_act and not d.revoked:
                    hidden = (f'{self._csrf(csrf)}<input type="hidden" name="device" '
                              f'value="{_e(d.name)}"><input type="hidden" name="id" '
                              f'value="{_e(action.id)}">')
                    buttons = (f'<form class="inline" method="post" action="/confirm">{hidden}'
                               f'<button class="confirm">confirm</button></form> '
                               f'<form class="inline" method="post" action="/reject">{hidden}'
                               '<input name="reason" placeholder="reason" maxlength="500">'
                               '<button class="reject">reject</button></form>')
                else:
                    buttons = '<span class="muted">an operator confirms or rejects</span>'
                rows.append(
                    f'<tr class="pending"><td>{_e(d.name)}</td><td><code>{_e(action.id)}</code>'
                    f"</td><td>{_e(action.tool)}</td><td><code>{_e(args)}</code></td>"
                    f"<td>{_e(action.reason)}</td><td>{_e(action.principal)} via "
                    f"{_e(action.interface)}</td><td>{_clock(_ts(action.created))}</td>"
                    f"<td>{_clock(_ts(action.expires))}</td><td>{buttons}</td></tr>")
        if not rows:
            return "<h2>Pending confirmations</h2><p>None.</p>"
        return ('<h2>Pending confirmations</h2><table id="pending"><tr><th>device</th>'
                "<th>action</th><th>tool</th><th>arguments</th><th>why held</th>"
                "<th>asked by</th><th>held since</th><th>expires</th><th></th></tr>"
                + "".join(rows) + "</table>")

    def _jobs(self, jobs: Any, who: Principal, csrf: str) -> str:
        rows = []
        for j in jobs:
            counts: dict[str, int] = {}
            for d in j.devices:
                name = fleet_pb2.DeviceJobStatus.Name(d.status).removeprefix(
                    "DEVICE_JOB_STATUS_").lower()
                counts[name] = counts.get(name, 0) + 1
            done = sum(n for s, n in counts.items() if s not in ("waiting", "in_progress"))
            status = fleet_pb2.JobStatus.Name(j.status).removeprefix("JOB_STATUS_").lower()
            abort = ""
            if status == "running" and who.role >= Role.OPERATOR:
                abort = (f'<form class="inline" method="post" action="/jobs/abort">'
                         f'{self._csrf(csrf)}<input type="hidden" name="id" value="{_e(j.id)}">'
                         "<button>abort</button></form>")
            rows.append(
                f'<tr class="job"><td><code>{_e(j.id)}</code></td><td>{_e(status)}</td>'
                f"<td>{min(j.stage + 1, j.stages)} of {j.stages}</td>"
                f'<td><progress value="{done}" max="{max(len(j.devices), 1)}"></progress> '
                f"{done}/{len(j.devices)}</td>"
                f"<td>{_e(', '.join(f'{s} {n}' for s, n in sorted(counts.items())))}</td>"
                f"<td>{j.failures} (abort over {j.max_failures})</td><td>{_e(j.principal)}</td>"
                f"<td>{_e(j.reason)}</td><td>{_clock(_ts(j.created))}</td><td>{abort}</td></tr>")
        if not rows:
            return "<h2>Jobs</h2><p>None yet.</p>"
        return ('<h2>Jobs</h2><table id="jobs"><tr><th>job</th><th>status</th><th>stage</th>'
                "<th>progress</th><th>devices</th><th>failures</th><th>by</th><th>reason</th>"
                "<th>created</th><th></th></tr>" + "".join(rows) + "</table>")

    @staticmethod
    def _plot(points: list[plot.Point]) -> str:
        return ("<h2>Decisions and their latency</h2><p>The last 500 Execute commands sent to "
                "devices from the fleet (one at a time or in jobs), by outcome: the round trip "
                "from the fleet recording a command to recording the device's answer (log "
                "scale; times in UTC; unanswered ones along the top).</p>"
                f'<div id="plot">{plot.latency_svg(points)}</div>')

    def _events(self, shown: int = 50) -> str:
        """Devices' live events as they arrived (memory only, since the fleet started)."""
        rows = []
        for device, arrived, payload in reversed(self.fleet.events):
            try:
                batch = events_pb2.StreamEventsResponse.FromString(payload).events
            except Exception:  # a device's bytes: shown as what they are
                rows.append(f"<tr><td>{_e(device)}</td><td>{_clock(arrived)}</td><td></td>"
                            f'<td class="bad">not an event message ({len(payload)} bytes)</td></tr>')
                continue
            for event in reversed(batch):
                kind = events_pb2.EventKind.Name(event.kind) if event.kind in \
                    events_pb2.EventKind.values() else str(event.kind)
                rows.append(f'<tr class="event"><td>{_e(device)}</td>'
                            f"<td>{_clock(_ts(event.time))}</td>"
                            f"<td>{_e(kind.removeprefix('EVENT_KIND_').lower())}</td>"
                            f"<td>{_e(event.summary)}</td></tr>")
            if len(rows) >= shown:
                break
        if not rows:
            return ("<h2>Live events</h2><p>None since the fleet started (devices publish "
                    "them as they happen; the fleet keeps the newest in memory only).</p>")
        return ("<h2>Live events</h2><p class=\"muted\">The newest events devices published, "
                "as they arrived since the fleet started (kept in memory, not stored).</p>"
                '<table id="events"><tr><th>device</th><th>time</th><th>kind</th><th>what</th>'
                "</tr>" + "".join(rows[:shown]) + "</table>")

    @staticmethod
    def _audit(entries: Any) -> str:
        rows = "".join(f"<tr><td>{_clock(_ts(e.time))}</td><td>{_e(e.principal)}</td>"
                       f"<td>{_e(e.action)}</td><td>{_e(e.detail)}</td></tr>" for e in entries)
        return ("<h2>Activity</h2><p class=\"muted\">The fleet's audit log (newest first). The "
                "devices' own event logs stay on the devices; the state reports above are the "
                "latest each device sent.</p>"
                f'<table id="audit"><tr><th>time</th><th>who</th><th>what</th><th></th></tr>'
                f"{rows}</table>")
