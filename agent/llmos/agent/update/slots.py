"""A/B model slots on the state disk, a `current` pointer, and the updater's state file.

    <root>/a, <root>/b      complete bundles (or absent)
    <root>/current          symlink to "a" or "b": the bundle the agent loads
    <root>/state.json       versions, which slot is on trial, the last error
    <root>/.staging         a bundle being written (never loaded; removed on the next stage)

Every change is a rename of something fully written and fsynced, so a power cut leaves either
the old or the new state, never a half: staging writes into `.staging` and renames it onto the
inactive slot, and the switch renames a new symlink over `current`. The active slot is never
written to. With no valid `current` the agent loads its factory bundle.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SLOTS = ("a", "b")
CURRENT = "current"
STATE = "state.json"
STAGING = ".staging"


class SlotError(RuntimeError):
    """The slots cannot be used as asked (no bundle to roll back to, a slot on trial...)."""


@dataclass
class SlotState:
    """What state.json holds. `trial`: the slot switched to whose health gate has not passed
    yet (a start that finds it set runs the gate again). `bad`: slots that failed their gate
    and must not be rolled back to."""

    versions: dict[str, str] = field(default_factory=dict)
    installed_at: dict[str, float] = field(default_factory=dict)
    trial: str = ""
    bad: list[str] = field(default_factory=list)
    last_error: str = ""
    last_result: str = ""
    last_check: float = 0.0
    refused: list[str] = field(default_factory=list)  # target hashes refused before

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SlotState:
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write, fsync, rename over, fsync the directory: old or new content after a power cut."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


class ModelSlots:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def ensure(self) -> ModelSlots:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o755)
        return self

    # -- reading -------------------------------------------------------------------------------

    def active(self) -> str | None:
        """The slot `current` names, if it names one that exists."""
        try:
            target = os.readlink(self.root / CURRENT)
        except OSError:
            return None
        return target if target in SLOTS and (self.root / target).is_dir() else None

    def inactive(self) -> str:
        active = self.active()
        return "b" if active == "a" else "a"

    def path(self, slot: str) -> Path:
        if slot not in SLOTS:
            raise SlotError(f"no slot {slot!r} (slots are {', '.join(SLOTS)})")
        return self.root / slot

    def current_bundle(self) -> Path | None:
        """The bundle to load: the one behind `current`, or None (load the factory bundle)."""
        active = self.active()
        return self.root / CURRENT if active else None

    def read_state(self) -> SlotState:
        try:
            return SlotState.from_json(json.loads((self.root / STATE).read_text()))
        except (OSError, ValueError, TypeError):
            return SlotState()

    def write_state(self, state: SlotState) -> None:
        self.ensure()
        write_atomic(self.root / STATE,
                     (json.dumps(state.to_json(), indent=2, sort_keys=True) + "\n").encode())

    # -- changing ------------------------------------------------------------------------------

    def stage(self, files: Iterable[tuple[str, Path]], checkpoint: Any = None) -> str:
        """Copy a bundle's files (relative name, source) into the inactive slot; returns it.
        Nothing the agent loads is touched until the rename at the end."""
        self.ensure()
        slot = self.inactive()
        staging = self.root / STAGING
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        for name, source in files:
            dest = staging / name
            if dest.resolve().parent != staging.resolve() or name.startswith("."):
                raise SlotError(f"{name!r}: bundle files must be plain names")
            with source.open("rb") as src, dest.open("wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            if checkpoint:
                checkpoint("stage.file")
        fsync_dir(staging)
        old = self.root / f".old-{slot}"
        shutil.rmtree(old, ignore_errors=True)
        if (self.root / slot).exists():
            os.replace(self.root / slot, old)  # then removed: a rename is atomic, rmtree is not
        if checkpoint:
            checkpoint("stage.cleared")
        os.replace(staging, self.root / slot)
        fsync_dir(self.root)
        shutil.rmtree(old, ignore_errors=True)
        return slot

    def switch(self, slot: str) -> None:
        """Point `current` at `slot` atomically (a new symlink renamed over the old one)."""
        if not (self.path(slot) / "manifest.json").is_file():
            raise SlotError(f"slot {slot} holds no bundle")
        tmp = self.root / f".{CURRENT}.tmp"
        tmp.unlink(missing_ok=True)
        os.symlink(slot, tmp)
        os.replace(tmp, self.root / CURRENT)
        fsync_dir(self.root)

    def clear(self) -> None:
        """Forget `current` (the factory bundle loads): when no slot holds a usable bundle."""
        (self.root / CURRENT).unlink(missing_ok=True)
        fsync_dir(self.root)

    def stamp(self, slot: str, version: str) -> SlotState:
        state = self.read_state()
        state.versions[slot] = version
        state.installed_at[slot] = time.time()
        state.bad = [s for s in state.bad if s != slot]
        return state
