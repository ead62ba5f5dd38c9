"""Which devices llmosctl talks to and how: one from flags, or every one of an inventory file.

Inventory format (TOML); relative paths are relative to the inventory file:

    [defaults]                      # optional; every [[device]] inherits these keys
    ca = "pki/fleet-ca.crt"         # CA that signed the devices' certificates
    cert = "pki/operator.crt"       # this client's certificate (its OU is the role)
    key = "pki/operator.key"

    [[device]]
    name = "edge-01"                # shown in tables and JSON
    address = "10.0.0.21:7443"      # mTLS listener, host:port
    server_name = "edge-01"         # optional: the name to check in the device certificate

    [[device]]
    name = "bench"
    address = "127.0.0.1:7000"
    insecure = true                 # plain text: development listeners on loopback only

    [[device]]
    name = "self"
    unix = "/run/llmos/agent.sock"  # the local socket: the role comes from your uid
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class InventoryError(ValueError):
    """The inventory or the target flags cannot be used; the message says why."""


@dataclass(frozen=True)
class Target:
    name: str
    address: str = ""
    unix: Path | None = None
    insecure: bool = False
    ca: Path | None = None
    cert: Path | None = None
    key: Path | None = None
    server_name: str = ""

    def check(self) -> Target:
        if self.unix is not None:
            if self.address or self.insecure:
                raise InventoryError(f"{self.name}: give either a unix socket or an address")
            return self
        if not self.address:
            raise InventoryError(f"{self.name}: needs an address or a unix socket path")
        if not self.insecure and not (self.ca and self.cert and self.key):
            raise InventoryError(f"{self.name}: mTLS needs ca, cert and key (or insecure = true)")
        return self


_KEYS = {"name", "address", "unix", "insecure", "ca", "cert", "key", "server_name"}
_PATHS = ("unix", "ca", "cert", "key")


def load_inventory(path: Path) -> list[Target]:
    try:
        raw = tomllib.loads(path.read_text())
    except OSError as error:
        raise InventoryError(f"{path}: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise InventoryError(f"{path}: not valid TOML: {error}") from None
    unknown = set(raw) - {"defaults", "device"}
    if unknown:
        raise InventoryError(f"{path}: unknown table(s) {sorted(unknown)}")
    defaults = raw.get("defaults", {})
    devices = raw.get("device", [])
    if not isinstance(devices, list) or not devices:
        raise InventoryError(f"{path}: no [[device]] entries")
    targets = [_target({**defaults, **device}, path.parent, f"{path}: device {n + 1}")
               for n, device in enumerate(devices)]
    names = [t.name for t in targets]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise InventoryError(f"{path}: duplicate device names {duplicates}")
    return targets


def _target(raw: dict[str, Any], base: Path, where: str) -> Target:
    unknown = set(raw) - _KEYS
    if unknown:
        raise InventoryError(f"{where}: unknown key(s) {sorted(unknown)}")
    if not raw.get("name"):
        raise InventoryError(f"{where}: needs a name")
    values = dict(raw)
    for key in _PATHS:
        if values.get(key):
            values[key] = base / Path(str(values[key])).expanduser()
    try:
        return Target(**values).check()
    except TypeError as error:
        raise InventoryError(f"{where}: {error}") from None
