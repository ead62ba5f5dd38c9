"""Uploaded bundles on the data partition: resumable by sha256, checked before RAUC sees them.

One bundle at a time: `<sha256>.part` grows as chunks arrive (fsynced at the end of each
request), so an upload cut off (network, reboot) goes on from its length with the same
sha256; starting another bundle removes it. The file is renamed to `<sha256>.raucb` only
when its size and sha256 match what the client announced. A bundle the device downloads from
a URL (download.py) grows the same file and resumes from its length with a Range request.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

from llmos.agent.api import InvalidUpload

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class Upload:
    def __init__(self, root: Path, sha256: str, size: int) -> None:
        self.path = root / f"{sha256}.part"
        self.final = root / f"{sha256}.raucb"
        self.sha256 = sha256
        self.size = size
        self.hash = hashlib.sha256()
        self.received = 0
        self._file = self.path.open("ab")
        with self.path.open("rb") as f:  # what an earlier attempt left: hash it again
            for chunk in iter(lambda: f.read(1 << 20), b""):
                self.hash.update(chunk)
                self.received += len(chunk)
        if self.received > size:
            self.discard()
            raise InvalidUpload("a partial upload is longer than the announced size")
        self.resumed_from = self.received

    def write(self, chunk: bytes) -> None:
        if self.received + len(chunk) > self.size:
            raise InvalidUpload(f"more bytes than the announced size {self.size}")
        self._file.write(chunk)
        self.hash.update(chunk)
        self.received += len(chunk)

    def reset(self) -> None:
        """Start again from byte 0 (a server that cannot resume sends the whole bundle)."""
        self._file.flush()
        self._file.truncate(0)
        self.hash = hashlib.sha256()
        self.received = 0

    def close(self) -> None:
        if not self._file.closed:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()

    def finish(self) -> Path:
        """The complete, checked bundle (the partial file renamed)."""
        self.close()
        if self.received != self.size:
            raise InvalidUpload(f"upload incomplete: {self.received} of {self.size} bytes")
        if self.hash.hexdigest() != self.sha256:
            self.discard()
            raise InvalidUpload(f"sha256 mismatch: got {self.hash.hexdigest()}, announced {self.sha256}")
        os.replace(self.path, self.final)
        return self.final

    def discard(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)


class UploadStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def begin(self, sha256: str, size: int) -> Upload:
        sha256 = sha256.lower()
        if not _SHA256.match(sha256):
            raise InvalidUpload("sha256: 64 hex digits expected")
        if size <= 0:
            raise InvalidUpload("size: must be positive")
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in self.root.iterdir():  # one bundle at a time: the disk is small
            if old.name != f"{sha256}.part":
                old.unlink(missing_ok=True) if old.is_file() else shutil.rmtree(old, ignore_errors=True)
        have = (self.root / f"{sha256}.part")
        missing = size - (have.stat().st_size if have.exists() else 0)
        if missing > shutil.disk_usage(self.root).free:
            raise InvalidUpload(f"no room for the bundle: {missing} bytes needed, "
                              f"{shutil.disk_usage(self.root).free} free in {self.root}")
        return Upload(self.root, sha256, size)

    def clear(self) -> None:
        for f in self.root.glob("*") if self.root.is_dir() else ():
            f.unlink(missing_ok=True)
