"""The dashboard's users: a name, a role and a scrypt hash of the password, in one JSON file
(mode 0600) that `llmos-fleet user add` writes and the fleet re-reads when it changes. A user
removed or demoted loses the rights at their next request, whatever their cookie says."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from llmos.agent.domain import Role

# scrypt as RFC 7914 recommends for interactive logins (16 MiB, ~50 ms here): memory-hard, so
# a stolen file is slow to try passwords against; the standard library has it (no new dependency).
_N, _R, _P = 2**14, 8, 1
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # scrypt of a megabyte is still fast, but nobody's password is that long


class UserError(ValueError):
    """A bad name, role or password, or a user who is not there."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32,
                            maxmem=64 * 1024 * 1024)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        want = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(want), maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError):  # a damaged entry matches no password
        return False
    return hmac.compare_digest(got, want)


# Checked for a name that does not exist, so a wrong name costs what a wrong password does.
_DUMMY = hash_password("not a password of anyone's")


@dataclass(frozen=True)
class User:
    name: str
    role: Role
    password_hash: str


def valid_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise UserError(f"user name: {name!r} is not 1-64 characters of A-Z a-z 0-9 . _ @ -, "
                        "first a letter or digit")
    return name


class Users:
    """The users file. Reads are cached until the file's mtime or size changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: tuple[int, int] | None = None
        self._users: dict[str, User] = {}

    def _load(self) -> dict[str, User]:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._stamp, self._users = None, {}
            return self._users
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp != self._stamp:
            raw = json.loads(self.path.read_text() or "{}")
            self._users = {name: User(name, Role.parse(entry["role"]), entry["hash"])
                           for name, entry in raw.get("users", {}).items()}
            self._stamp = stamp
        return self._users

    def all(self) -> list[User]:
        return sorted(self._load().values(), key=lambda u: u.name)

    def get(self, name: str) -> User | None:
        return self._load().get(name)

    def check(self, name: str, password: str) -> User | None:
        """The user if the password is theirs (blocking: ~50 ms of scrypt)."""
        user = self.get(name) if len(password) <= MAX_PASSWORD else None
        ok = check_password(password[:MAX_PASSWORD], user.password_hash if user else _DUMMY)
        return user if ok and user is not None else None

    def add(self, name: str, role: Role, password: str) -> None:
        """Add a user or change one's role and password."""
        valid_name(name)
        if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
            raise UserError(f"password: {MIN_PASSWORD}-{MAX_PASSWORD} characters")
        users = dict(self._load())
        users[name] = User(name, role, hash_password(password))
        self._write(users)

    def remove(self, name: str) -> None:
        users = dict(self._load())
        if users.pop(name, None) is None:
            raise UserError(f"no user {name!r}")
        self._write(users)

    def _write(self, users: dict[str, User]) -> None:
        """Atomically, created 0600 (the hashes are no one else's business)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"users": {u.name: {"role": u.role.name.lower(), "hash": u.password_hash}
                                     for u in users.values()}}, indent=1, sort_keys=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        if os.geteuid() == 0:
            # root runs the CLI, the service runs as its own user (the unit's StateDirectory):
            # the file belongs to whoever owns the directory, or the fleet could not read it
            owner = self.path.parent.stat()
            os.fchown(fd, owner.st_uid, owner.st_gid)
        with os.fdopen(fd, "w") as out:
            out.write(text + "\n")
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(self.path)
        self._stamp = None
