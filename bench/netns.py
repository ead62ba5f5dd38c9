"""Network namespaces for the fleet benchmark's real llmos-agent processes (iproute2, root):
each agent has its own network stack, as a device does, and reaches the host's broker through a
veth pair on a bridge, not through the host's loopback.

    host: bridge llb<pid> 10.231.N.1/24  <- Mosquitto listens here too
      veth llv<pid>-<i>  <->  ns llmos-bench-<pid>-<i>: eth0 10.231.N.<i+2>/24, lo up

Everything made here is named after this process's pid and removed on the way out, on failure
too (and leftovers of a run that was killed are removed first: `cleanup_stale`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

PREFIX = "llmos-bench-"


def available() -> tuple[bool, str]:
    if shutil.which("ip") is None:
        return False, "no iproute2 (ip)"
    if os.geteuid() != 0:
        return False, "not root"
    return True, ""


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], capture_output=True, text=True, check=check,
                          timeout=30)


@dataclass
class Namespaces:
    """The bridge's host address (where the broker listens) and one namespace per agent."""

    host_ip: str
    names: list[str] = field(default_factory=list)

    def command(self, index: int, argv: list[str]) -> list[str]:
        """`argv` run inside namespace `index` (ip netns exec execs it: the pid is argv's)."""
        return ["ip", "netns", "exec", self.names[index], *argv]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def cleanup_stale() -> None:
    """Remove namespaces and bridges of benchmark runs whose process is gone."""
    listed = _ip("netns", "list", check=False).stdout.split()
    for name in listed:
        if name.startswith(PREFIX):
            pid = name[len(PREFIX):].split("-")[0]
            if pid.isdigit() and not _alive(int(pid)):
                _ip("netns", "del", name, check=False)
    for line in _ip("-o", "link", "show", check=False).stdout.splitlines():
        name = line.split(":")[1].strip().split("@")[0] if ":" in line else ""
        pid = name[3:].split("-")[0]
        if name[:3] in ("llb", "llv") and pid.isdigit() and not _alive(int(pid)):
            _ip("link", "del", name, check=False)


@contextmanager
def namespaces(count: int) -> Iterator[Namespaces]:
    pid = os.getpid()
    subnet = f"10.231.{pid % 250}"
    bridge = f"llb{pid}"
    made = Namespaces(f"{subnet}.1")
    veths: list[str] = []
    try:
        _ip("link", "add", bridge, "type", "bridge")
        _ip("addr", "add", f"{made.host_ip}/24", "dev", bridge)
        _ip("link", "set", bridge, "up")
        for i in range(count):
            ns, veth = f"{PREFIX}{pid}-{i}", f"llv{pid}-{i}"
            _ip("netns", "add", ns)
            made.names.append(ns)
            _ip("link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", ns)
            veths.append(veth)
            _ip("link", "set", veth, "master", bridge)
            _ip("link", "set", veth, "up")
            _ip("-n", ns, "addr", "add", f"{subnet}.{i + 2}/24", "dev", "eth0")
            _ip("-n", ns, "link", "set", "eth0", "up")
            _ip("-n", ns, "link", "set", "lo", "up")
        yield made
    except subprocess.CalledProcessError as error:
        raise RuntimeError(f"{' '.join(error.cmd)}: {error.stderr.strip()}") from None
    finally:
        # the kernel frees a namespace (and its veth ends) later, in the background: delete
        # the pairs ourselves so nothing is left when this returns
        for veth in veths:
            _ip("link", "del", veth, check=False)
        for ns in made.names:
            _ip("netns", "del", ns, check=False)
        _ip("link", "del", bridge, check=False)
