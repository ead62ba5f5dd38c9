"""Run the real llmos-agent as a subprocess, the way systemd would: readiness and watchdog
through a real NOTIFY_SOCKET datagram socket, stop with SIGTERM."""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import grpc
import tomli_w

from llmos.agent.cli import DEV_EXPOSURE


def free_port() -> int:
    """A port for a test server to listen on, free now and below the kernel's ephemeral range:
    a port the kernel hands out (bind to 0) may be given again to any outgoing connection (a
    browser's, a client's) before the server binds it, which happened in CI."""
    ephemeral = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    for _ in range(200):
        port = random.randrange(10000, max(ephemeral, 10001))
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port below the ephemeral range")


class NotifySocket:
    """What systemd listens on for sd_notify(3) messages."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.messages: list[dict[str, str]] = []

    def wait_for(self, key: str, value: str | None = None, timeout: float = 30.0,
                 alive: Any = lambda: True) -> dict[str, str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and alive():
            for message in self.messages:
                if key in message and (value is None or message[key] == value):
                    return message
            self.sock.settimeout(max(0.01, min(0.5, deadline - time.monotonic())))
            try:
                data = self.sock.recv(4096)
            except (TimeoutError, BlockingIOError):
                continue
            self.messages.append(dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line))
        raise TimeoutError(f"no {key}={value or '*'} from the agent; got {self.messages}")

    def close(self) -> None:
        self.sock.close()


DEV_STATE = Path(__file__).resolve().parents[2] / "agent/llmos/agent/samples/dev-state.json"


class AgentProcess:
    def __init__(self, tmp: Path, config: dict[str, Any] | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.tmp = tmp
        self.state_dir = tmp / "state"
        self.port = free_port()
        base: dict[str, Any] = {
            "state_dir": str(self.state_dir),
            "log_level": "debug",
            "udev": {"enabled": False},
            "executor": {"kind": "record"},
            "replay": {"state": str(DEV_STATE)},  # the sample gateway, not this machine
            "grpc": {"listen": "", "unix_socket": "", "insecure_listen": f"127.0.0.1:{self.port}",
                     "insecure_role": "admin"},
            "policy": {"expose": DEV_EXPOSURE},  # as `run --dev` exposes the sample gateway
        }
        for key, value in (config or {}).items():
            if isinstance(value, dict):
                base.setdefault(key, {}).update(value)
                # None removes a key of the base (TOML has no null): e.g. replay.state, to read
                # this machine instead of the sample gateway
                base[key] = {k: v for k, v in base[key].items() if v is not None}
            else:
                base[key] = value
        self.config_path = tmp / "agent.toml"
        self.config_path.write_text(tomli_w.dumps(base))
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.notify: NotifySocket | None = None
        self.log = tmp / "agent.log"

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, wait_ready: bool = True) -> AgentProcess:
        sock_path = self.tmp / f"notify-{time.monotonic_ns()}.sock"
        self.notify = NotifySocket(sock_path)
        env = {**os.environ, "NOTIFY_SOCKET": str(sock_path), **self.extra_env}
        env.pop("JOURNAL_STREAM", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "llmos.agent", "run", "--config", str(self.config_path)],
            env=env, stdout=self.log.open("ab"), stderr=subprocess.STDOUT,
        )
        if wait_ready:
            try:
                self.notify.wait_for("READY", "1", timeout=60,
                                     alive=lambda: self.proc is not None and self.proc.poll() is None)
            except TimeoutError:
                self.stop()
                raise AssertionError(f"agent not ready:\n{self.log.read_text()[-4000:]}") from None
        return self

    def channel(self) -> grpc.Channel:
        return grpc.insecure_channel(self.target)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        if self.notify is not None:
            self.notify.close()
        return code

    def kill(self) -> None:
        self.stop(signal.SIGKILL)

    def output(self) -> str:
        return self.log.read_text()
