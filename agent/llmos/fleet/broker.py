"""The embedded broker: Mosquitto (Debian's), configured by the fleet so that a certificate is
the only way in and each device uses only its own topics.

- TLS with client certificates from the fleet CA; the certificate's CN is the MQTT username
  (`use_identity_as_username`), so a device cannot claim another's name.
- The ACL: the fleet's own identity may use `llmos/#`; every other client only
  `llmos/<its CN>/...` (read its cmd, write its state, events and responses). A revoked device
  gets an explicit deny of everything, and its certificate goes in the CRL. Every device may
  read the fleet's CRL topic (`llmos/_fleet/crl`); only the fleet writes it.
- Persistence on: sessions and queued QoS 1 commands survive a broker restart.

`write_broker_files` is all the fleet needs from Mosquitto; nothing else in the fleet depends on
it (a clustered broker gets the same rules in its own ACL language: docs/fleet.md).
"""

from __future__ import annotations

import getpass
import os
import signal
import subprocess
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from llmos.agent.mqtt import topics

MOSQUITTO = "/usr/sbin/mosquitto"


@dataclass(frozen=True)
class BrokerFiles:
    """Where the broker's configuration lives; the fleet rewrites `acl` and `crl`."""

    directory: Path

    @property
    def conf(self) -> Path:
        return self.directory / "mosquitto.conf"

    @property
    def acl(self) -> Path:
        return self.directory / "acl"

    @property
    def crl(self) -> Path:
        return self.directory / "crl.pem"

    @property
    def pid(self) -> Path:
        return self.directory / "mosquitto.pid"


def acl_text(fleet_identity: str, revoked: Iterable[str] = ()) -> str:
    """The broker's ACL: the fleet everywhere under llmos/, each device under its own name."""
    lines = ["# written by llmos-fleet; rewritten on every enrollment and revocation",
             f"user {fleet_identity}", f"topic readwrite {topics.ROOT}/#", ""]
    for name in sorted(set(revoked)):
        lines += [f"user {name}", "topic deny #", ""]
    root = f"{topics.ROOT}/%u"
    lines += [f"pattern read {root}/cmd", f"pattern write {root}/cmd/response",
              f"pattern write {root}/state", f"pattern write {root}/events",
              f"pattern readwrite {root}/jobs/#",
              # every device may read the fleet's CRL; only the fleet (above) may write it
              f"pattern read {topics.CRL}", ""]
    return "\n".join(lines)


def write_broker_files(files: BrokerFiles, *, listen: str, ca: Path, cert: Path, key: Path,
                       fleet_identity: str, crl_pem: bytes, revoked: Iterable[str] = ()) -> None:
    """mosquitto.conf, the ACL and the CRL, in `files.directory`."""
    host, _, port = listen.rpartition(":")
    files.directory.mkdir(parents=True, exist_ok=True)
    (files.directory / "data").mkdir(exist_ok=True)
    write_acl(files, fleet_identity, revoked, crl_pem)
    user = getpass.getuser()  # as root, Mosquitto would switch to its own user and lose our files
    files.conf.write_text(f"""# written by llmos-fleet
user {user}
pid_file {files.pid}
persistence true
persistence_location {files.directory / "data"}/
autosave_interval 5
log_dest stderr
log_type error
log_type warning
log_type notice
max_queued_messages 10000
# Small request/response messages: no Nagle delay (with delayed ACKs it cost ~40 ms a hop)
set_tcp_nodelay true
acl_file {files.acl}
allow_anonymous false

listener {port} {host}
protocol mqtt
cafile {ca}
certfile {cert}
keyfile {key}
crlfile {files.crl}
require_certificate true
use_identity_as_username true
""")


def write_acl(files: BrokerFiles, fleet_identity: str, revoked: Iterable[str],
              crl_pem: bytes) -> None:
    """Rewrite the ACL and the CRL (atomically each); `reload` makes the broker read them."""
    for path, data in ((files.acl, acl_text(fleet_identity, revoked).encode()),
                       (files.crl, crl_pem)):
        tmp = path.with_suffix(".new")
        tmp.write_bytes(data)
        os.replace(tmp, path)


def reload(files: BrokerFiles) -> bool:
    """SIGHUP: Mosquitto reads its ACL again (and applies it to connected clients too)."""
    try:
        pid = int(files.pid.read_text().strip())
        os.kill(pid, signal.SIGHUP)
    except (OSError, ValueError):
        return False
    return True


def start(files: BrokerFiles, log_path: Path | None = None) -> subprocess.Popen[bytes]:
    """Run Mosquitto on the files; returns once it listens (or raises with its log)."""
    out = open(log_path or files.directory / "mosquitto.log", "ab")  # noqa: SIM115
    proc = subprocess.Popen([MOSQUITTO, "-c", str(files.conf)], stdout=out, stderr=out)
    out.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"mosquitto exited ({proc.returncode}): "
                               f"{(log_path or files.directory / 'mosquitto.log').read_text()[-2000:]}")
        if files.pid.exists() and _listening(files):
            return proc
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("mosquitto did not start listening within 10 s")


def _listening(files: BrokerFiles) -> bool:
    import socket

    for line in files.conf.read_text().splitlines():
        if line.startswith("listener "):
            _, port, host = line.split()
            try:
                socket.create_connection((host, int(port)), timeout=0.2).close()
            except OSError:
                return False
            return True
    return False


def stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM: Mosquitto saves its persistence database and exits."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
