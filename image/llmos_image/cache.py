"""A content-addressed cache outside the clone, so clean checkouts on one machine share it."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path


def digest(*parts: object) -> str:
    """A short stable hash of JSON-able parts (strings, numbers, lists, dicts)."""
    blob = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def tree_digest(*roots: Path) -> str:
    """Hash file names, modes and contents under the given directories (or files)."""
    h = hashlib.sha256()
    for root in roots:
        if not root.exists():
            h.update(f"missing:{root.name}".encode())
            continue
        paths = [root] if root.is_file() else sorted(p for p in root.rglob("*"))
        for p in paths:
            if "__pycache__" in p.parts:
                continue
            rel = p.relative_to(root.parent if root.is_file() else root).as_posix()
            if p.is_symlink():
                h.update(f"L{rel}>{os.readlink(p)}\0".encode())
            elif p.is_file():
                h.update(f"F{rel}:{p.stat().st_mode & 0o777:o}\0".encode())
                with p.open("rb") as f:
                    for chunk in iter(lambda: f.read(1 << 20), b""):
                        h.update(chunk)
            elif p.is_dir():
                h.update(f"D{rel}\0".encode())
    return h.hexdigest()[:16]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


class Cache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, kind: str, key: str) -> Path:
        return self.root / kind / key

    def publish(self, tmp: Path, final: Path) -> Path:
        """Move a finished entry into place atomically (a half-built one never appears)."""
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            shutil.rmtree(final) if final.is_dir() else final.unlink()
        os.replace(tmp, final)
        return final

    def prune(self, kind: str, keep: int = 3) -> None:
        """Keep the most recent few entries of a kind; images are large. An entry's record
        (record_of) goes with it and does not count as an entry: counting it pushed the first
        profile's base out once three profiles were built (the end-to-end tests build three),
        and `make run` then rebuilt it."""
        d = self.root / kind
        if not d.is_dir():
            return
        entries = sorted((p for p in d.iterdir()
                          if not p.name.startswith("tmp-") and p.suffix != ".json"),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[keep:]:
            record_of(old).unlink(missing_ok=True)
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)


def record_of(artifact: Path) -> Path:
    """The JSON record kept beside a cached artifact (how long it took to make)."""
    name = artifact.stem if artifact.suffix == ".tar" else artifact.name
    return artifact.with_name(f"{name}.json")


def record(artifact: Path, seconds: float) -> None:
    record_of(artifact).write_text(json.dumps({"seconds": round(seconds, 1)}))


def recorded_seconds(artifact: Path) -> float:
    """How long the cached artifact took to make when it was made (0 if unknown)."""
    try:
        return float(json.loads(record_of(artifact).read_text())["seconds"])
    except (OSError, ValueError, KeyError):
        return 0.0
