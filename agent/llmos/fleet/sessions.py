"""The dashboard's sessions and CSRF tokens: HMAC-SHA256 with one secret the fleet keeps in
its state directory (0600, made at the first start).

A session is a signed cookie (user, issued, nonce): nothing server-side, so the users file
decides the role at each request and a removed user is out at once. A CSRF token is an HMAC of
the session's nonce (or, for a client-certificate login, of the certificate's subject): a page
of another site can neither read it nor compute it, and every form POST must carry it."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path


def load_secret(path: Path) -> bytes:
    """The signing key, made on first use. Deleting the file logs everybody out."""
    try:
        data = path.read_bytes()
        if len(data) >= 32:
            return data
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    data = secrets.token_bytes(32)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return data


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Session:
    user: str
    issued: float
    nonce: str


class Signer:
    def __init__(self, secret: bytes, lifetime_s: float) -> None:
        self._secret = secret
        self.lifetime_s = lifetime_s

    def _mac(self, purpose: str, data: bytes) -> bytes:
        return hmac.new(self._secret, purpose.encode() + b"\0" + data, hashlib.sha256).digest()

    def issue(self, user: str, now: float | None = None) -> str:
        body = json.dumps({"u": user, "t": now if now is not None else time.time(),
                           "n": secrets.token_urlsafe(16)}, separators=(",", ":")).encode()
        return f"{_b64(body)}.{_b64(self._mac('session', body))}"

    def session(self, cookie: str, now: float | None = None) -> Session | None:
        """The session a cookie carries, if it is ours, intact and not expired."""
        try:
            body_text, mac_text = cookie.split(".")
            body = _unb64(body_text)
            if not hmac.compare_digest(_unb64(mac_text), self._mac("session", body)):
                return None
            raw = json.loads(body)
            session = Session(str(raw["u"]), float(raw["t"]), str(raw["n"]))
        except (ValueError, KeyError, TypeError):
            return None
        now = now if now is not None else time.time()
        if not session.issued <= now + 60 < session.issued + self.lifetime_s + 60:
            return None
        return session

    def csrf(self, binding: str) -> str:
        """The form token for a session (its nonce) or a certificate ("cert:" + subject)."""
        return _b64(self._mac("csrf", binding.encode()))

    def check_csrf(self, binding: str, token: str) -> bool:
        return hmac.compare_digest(self.csrf(binding).encode(), token.encode())
