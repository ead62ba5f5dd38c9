"""What `os status` says: RAUC's JSON status, the boot trial and the last failure, mapped once.

Pure functions of their inputs, so the mapping is tested without RAUC (tests/unit).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from llmos.agent.api import OsFailure, OsSlot, OsStatus

log = logging.getLogger("llmos.osupdate")
# What RAUC 1.8 says it booted from when that is none of its slots (context.c, install.c).
EXTERNAL_BOOT = ("/dev/nfs", "_external_")


def slots(raw: dict[str, Any]) -> list[OsSlot]:
    """RAUC lists slots as one-key objects ({"rootfs.0": {...}}); root slots only."""
    found: list[OsSlot] = []
    for entry in raw.get("slots", []):
        for name, slot in (entry.items() if isinstance(entry, dict) else ()):
            if not isinstance(slot, dict) or not slot.get("bootname"):
                continue
            status = slot.get("slot_status") or {}
            bundle = status.get("bundle") or {}
            installed = status.get("installed") or {}
            checksum = status.get("checksum") or {}
            found.append(OsSlot(
                name=name, bootname=str(slot.get("bootname", "")), device=str(slot.get("device", "")),
                state=str(slot.get("state", "")), boot_status=str(slot.get("boot_status", "")),
                version=str(bundle.get("version", "") or ""),
                installed_at=str(installed.get("timestamp", "") or ""),
                sha256=str(checksum.get("sha256", "") or "")))
    return sorted(found, key=lambda s: s.bootname)


def booted_name(raw: dict[str, Any]) -> str:
    """The booted slot's bootname. RAUC's "booted" is what it found on the kernel command line:
    the bootname with `rauc.slot=` (our GRUB), but the root device's path when it matched
    `root=` against the slots' devices (L4T boots with `root=PARTUUID=…`); the slot it matched
    says "state": "booted" either way. "/dev/nfs" and "_external_": booted from none of them."""
    booted = str(raw.get("booted", ""))
    if booted in EXTERNAL_BOOT or any(s.bootname == booted for s in slots(raw)):
        return booted
    found = [s.bootname for s in slots(raw) if s.state == "booted"]
    return found[0] if len(found) == 1 else booted


def booted_slot(raw: dict[str, Any]) -> OsSlot | None:
    booted = booted_name(raw)
    return next((s for s in slots(raw) if s.bootname == booted), None)


def other_good(raw: dict[str, Any]) -> OsSlot | None:
    """A slot besides the booted one that the boot loader would fall back to."""
    booted = booted_name(raw)
    return next((s for s in slots(raw) if s.bootname != booted and s.boot_status == "good"), None)


def primary(raw: dict[str, Any]) -> str:
    name = raw.get("boot_primary") or ""
    return next((s.bootname for s in slots(raw) if s.name == name), "")


def read_failure(path: Path) -> OsFailure | None:
    try:
        data = json.loads(path.read_text())
        return OsFailure(str(data["reason"]), str(data.get("slot", "")),
                       str(data.get("version", "")), float(data.get("at", 0.0)))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("%s: unreadable (%s)", path, error)
        return None


def os_status(raw: dict[str, Any], *, version: str, trial: str, failure: OsFailure | None,
              activity: str = "") -> OsStatus:
    return OsStatus(enabled=True, compatible=str(raw.get("compatible", "")),
                    booted=booted_name(raw), version=version, primary=primary(raw),
                    slots=tuple(slots(raw)), trial=trial, last_error=failure, activity=activity)
