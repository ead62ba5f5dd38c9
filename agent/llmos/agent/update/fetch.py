"""The device's side of TUF: refresh the fleet repository's metadata and download a bundle.

python-tuf's ngclient does the verification: the root chain from the root the image shipped
(`updates.trusted_root`), signatures and thresholds, versions that never go back (a replayed
timestamp or snapshot is refused), expiry, and each target's length and sha256. Trusted
metadata persists in `<slots>/tuf/` so a later refresh is judged against what was seen before.
Nothing here touches the model slots: files land in a download directory.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tuf.api import exceptions as tuf_errors
from tuf.ngclient import Updater

from llmos.agent.controller.model.bundle import MANIFEST

INDEX = "models/index.json"  # as llmos/ctl/repository.py publishes it
INDEX_FORMAT = "llmos-model-index/1"
# A bundle's name and version become a directory name: no separators, no "..".
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,63}")


class FetchError(RuntimeError):
    """The repository could not be reached, or what it served was refused; nothing changed."""


@dataclass(frozen=True)
class Offer:
    """A bundle the repository offers, from its signed index."""

    name: str
    version: str
    catalog_sha256: str
    files: dict[str, str]  # bundle file name -> target path

    @property
    def key(self) -> str:
        return f"{self.name}-{self.version}"


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Orders 1.10.0 after 1.9.0; non-numeric parts compare as text."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.split("."))


class Fetcher:
    def __init__(self, repo_url: str, trusted_root: Path, metadata_dir: Path,
                 download_dir: Path) -> None:
        self.repo_url = repo_url.rstrip("/")
        self.trusted_root = trusted_root
        self.metadata_dir = metadata_dir
        self.download_dir = download_dir

    def _updater(self) -> Updater:
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        local_root = self.metadata_dir / "root.json"
        if not local_root.exists():
            try:
                shutil.copyfile(self.trusted_root, local_root)
            except OSError as error:
                raise FetchError(f"updates.trusted_root: {self.trusted_root}: "
                                 f"{error.strerror}") from None
        self.download_dir.mkdir(parents=True, exist_ok=True)
        return Updater(str(self.metadata_dir), f"{self.repo_url}/metadata/",
                       str(self.download_dir), f"{self.repo_url}/targets/", bootstrap=None)

    def offers(self) -> tuple[Updater, list[Offer]]:
        """Refresh the metadata and read the signed index, newest bundle first."""
        updater = self._updater()
        try:
            updater.refresh()
            index = json.loads(self._download(updater, INDEX).read_text())
        except FetchError:
            raise
        except tuf_errors.RepositoryError as error:
            raise FetchError(f"repository metadata refused: {_describe(error)}") from None
        except tuf_errors.DownloadError as error:
            raise FetchError(f"repository unreachable: {_describe(error)}") from None
        except (ValueError, OSError) as error:
            raise FetchError(f"repository index unreadable: {error}") from None
        if not isinstance(index, dict) or index.get("format") != INDEX_FORMAT:
            raise FetchError(f"repository index: format is not {INDEX_FORMAT}")
        offers = []
        for raw in (index.get("bundles") or {}).values():
            try:
                offer = Offer(str(raw["name"]), str(raw["version"]),
                              str(raw["catalog_sha256"]), dict(raw["files"]))
            except (KeyError, TypeError, ValueError):
                continue  # malformed entry: not offered
            if all(SAFE_NAME.fullmatch(v) and ".." not in v for v in (offer.name, offer.version)):
                offers.append(offer)
        offers.sort(key=lambda o: version_key(o.version), reverse=True)
        return updater, offers

    def download(self, updater: Updater, offer: Offer) -> Path:
        """Every file of the bundle, each verified against the signed targets metadata, into
        a fresh directory named after it; returns that directory."""
        if MANIFEST not in offer.files:
            raise FetchError(f"{offer.key}: the index names no {MANIFEST}")
        out = self.download_dir / offer.key
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        for filename, target in offer.files.items():
            if "/" in filename or filename.startswith("."):
                raise FetchError(f"{offer.key}: file name {filename!r} refused")
            path = self._download(updater, target)
            path.replace(out / filename)
        return out

    def _download(self, updater: Updater, target: str) -> Path:
        try:
            info = updater.get_targetinfo(target)
            if info is None:
                raise FetchError(f"{target}: not in the signed targets metadata")
            tmp = self.download_dir / ".target"
            tmp.unlink(missing_ok=True)
            return Path(updater.download_target(info, str(tmp)))
        except tuf_errors.RepositoryError as error:
            raise FetchError(f"{target}: refused: {_describe(error)}") from None
        except tuf_errors.DownloadError as error:
            raise FetchError(f"{target}: download failed: {_describe(error)}") from None


def _describe(error: Exception) -> str:
    names = {
        "UnsignedMetadataError": "signature not valid for a trusted key",
        "BadVersionNumberError": "older than what this device has seen (replay)",
        "ExpiredMetadataError": "expired",
        "LengthOrHashMismatchError": "length or sha256 does not match the signed metadata",
    }
    kind = type(error).__name__
    return f"{names.get(kind, kind)} ({error})"


def describe_offer(offer: Offer) -> dict[str, Any]:
    return {"name": offer.name, "version": offer.version, "catalog_sha256": offer.catalog_sha256}
