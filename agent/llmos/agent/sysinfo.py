"""Facts about the machine the agent runs on, for device info and benchmark records."""

from __future__ import annotations

import os
import platform
import socket
from pathlib import Path


def host_info(device_name: str = "") -> dict[str, str]:
    uname = platform.uname()
    return {
        "name": device_name or socket.gethostname(),
        "hostname": socket.gethostname(),
        "kernel": uname.release,
        "arch": uname.machine,
        "os": _os_name(),
        "cpu": cpu_model(),
        "cores": str(os.cpu_count() or 0),
        "memory_mb": str(_memory_mb()),
        "python": platform.python_version(),
    }


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("model name", "Model")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_mb() -> int:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return platform.system()
