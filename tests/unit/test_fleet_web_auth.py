"""The dashboard's parts that need no server: password hashes and the users file, signed
session cookies and CSRF tokens, and the latency plot's escaping."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from llmos.agent.domain import Role
from llmos.fleet import plot
from llmos.fleet.records import CommandRow, CommandState
from llmos.fleet.sessions import Signer, load_secret
from llmos.fleet.users import UserError, Users, check_password, hash_password
from llmos.v1 import commands_pb2


def test_passwords_are_salted_scrypt_hashes() -> None:
    one, two = hash_password("a long password"), hash_password("a long password")
    assert one != two and one.startswith("scrypt$16384$8$1$")
    assert check_password("a long password", one)
    assert not check_password("a long passworD", one)
    assert not check_password("a long password", "scrypt$1$2$3$bad$bad")
    assert not check_password("a long password", "md5$x")


def test_the_users_file(tmp_path: Path) -> None:
    users = Users(tmp_path / "users.json")
    users.add("alice", Role.OPERATOR, "0123456789")
    assert (tmp_path / "users.json").stat().st_mode & 0o777 == 0o600
    assert "0123456789" not in (tmp_path / "users.json").read_text()
    assert users.check("alice", "0123456789") is not None
    assert users.check("alice", "0123456780") is None
    assert users.check("bob", "0123456789") is None
    assert users.check("alice", "0123456789" * 200) is None  # over the length limit
    other = Users(tmp_path / "users.json")  # another process: the CLI changed the role
    other.add("alice", Role.VIEWER, "0123456789")
    user = users.get("alice")
    assert user is not None and user.role == Role.VIEWER
    for name in ("", "a b", "-x", "x" * 65, "é", "a/b", "a\n"):
        with pytest.raises(UserError):
            users.add(name, Role.VIEWER, "0123456789")
    with pytest.raises(UserError, match="password"):
        users.add("carol", Role.VIEWER, "short")
    users.remove("alice")
    assert users.get("alice") is None
    with pytest.raises(UserError):
        users.remove("alice")
    assert json.loads((tmp_path / "users.json").read_text()) == {"users": {}}


def test_session_cookies_are_signed_and_expire(tmp_path: Path) -> None:
    secret = load_secret(tmp_path / "secret")
    assert load_secret(tmp_path / "secret") == secret and len(secret) == 32
    assert (tmp_path / "secret").stat().st_mode & 0o777 == 0o600
    signer = Signer(secret, 3600)
    cookie = signer.issue("alice", now=1000.0)
    session = signer.session(cookie, now=1500.0)
    assert session is not None and session.user == "alice"
    assert signer.session(cookie, now=1000.0 + 3601 + 60) is None  # expired
    assert signer.session(cookie, now=900.0) is None  # from the future
    assert Signer(b"another secret" * 3, 3600).session(cookie, now=1500.0) is None
    body, mac = cookie.split(".")
    forged = signer.issue("mallory", now=1000.0).split(".")[0]
    assert signer.session(f"{forged}.{mac}", now=1500.0) is None
    for bad in ("", ".", "x.y", cookie + ".", body, "é.é"):
        assert signer.session(bad, now=1500.0) is None
    # CSRF tokens are bound to a session's nonce (or a certificate): another's does not pass
    assert signer.check_csrf(session.nonce, signer.csrf(session.nonce))
    other = signer.session(signer.issue("alice", now=1000.0), now=1500.0)
    assert other is not None and not signer.check_csrf(session.nonce, signer.csrf(other.nonce))
    assert not signer.check_csrf(session.nonce, "")


def _command(device: str, state: CommandState, status: int, latency: float) -> CommandRow:
    response = commands_pb2.ExecuteResponse(outcome=commands_pb2.Outcome(
        status=status)).SerializeToString()  # type: ignore[arg-type]
    return CommandRow("fleet-1", device, "/llmos.v1.CommandService/Execute", b"", state,
                      "OK" if state == CommandState.ANSWERED else "", "", response, "", "op",
                      "operator", 100.0, 100.0 + latency, 200.0)


def test_the_plot_escapes_what_devices_sent() -> None:
    assert "no decisions" in plot.latency_svg([])
    hostile = CommandRow("fleet-2", "<script>x</script>", "/llmos.v1.CommandService/Execute",
                         b"", CommandState.ANSWERED, "<b>", "", b"\xff\xfe", "", "op", "operator",
                         50.0, 50.2, 200.0)
    rows = [_command("edge-1", CommandState.ANSWERED, commands_pb2.ACTION_STATUS_SUCCEEDED, 0.02),
            _command("edge-2", CommandState.ANSWERED, commands_pb2.ACTION_STATUS_PENDING, 1.5),
            _command("edge-3", CommandState.EXPIRED, 0, 0), hostile]
    points = plot.decision_points(rows)
    assert [p.outcome for p in points] == ["succeeded", "pending", "expired", "<b>"]
    assert points[2].latency_s is None
    svg = plot.latency_svg(points)
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "<b>" not in svg
    assert svg.count("<circle") == 4 + 4 and "1 s" in svg  # the points and the legend
    assert plot.summary(points) == {"<b>": 1, "expired": 1, "pending": 1, "succeeded": 1}


@pytest.mark.skipif(os.geteuid() != 0, reason="chown needs root")
def test_root_writes_the_users_file_for_the_directorys_owner(tmp_path: Path) -> None:
    """`llmos-fleet user add` runs as root; the fleet runs as llmos-fleet and must read it."""
    state = tmp_path / "state"
    state.mkdir()
    os.chown(state, 65534, 65534)
    Users(state / "web-users.json").add("alice", Role.ADMIN, "0123456789")
    stat = (state / "web-users.json").stat()
    assert (stat.st_uid, stat.st_gid, stat.st_mode & 0o777) == (65534, 65534, 0o600)
