"""The fleet's TUF repository of model bundles: create it, sign and add bundles, rotate keys.

Layout (what any static HTTP server can serve to the devices):

    REPO/metadata/N.root.json, root.json   every root version (devices walk the chain)
    REPO/metadata/N.targets.json, N.snapshot.json, timestamp.json   (consistent snapshots)
    REPO/targets/models/index.json         which bundles exist, their catalogs and files
    REPO/targets/models/NAME-VERSION/<sha256>.FILE   each file of each bundle

Every file of a bundle is its own TUF target, so the device checks each one's length and
sha256 against signed metadata before it is staged, and no archive is ever unpacked. The
index is a target too, signed with the rest.

Keys: one Ed25519 private key per role in a keys directory (`scripts/make-dev-update-keys`
makes development ones, apart from the mTLS CA). Root is meant to stay offline; targets,
snapshot and timestamp sign on every publish and are the ones rotated routinely (`rotate`).
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from llmos.agent.controller.model.bundle import MANIFEST

ROLES = ("root", "targets", "snapshot", "timestamp")
ONLINE = ("targets", "snapshot", "timestamp")
INDEX = "models/index.json"
INDEX_FORMAT = "llmos-model-index/1"
# How long each role's signature holds. A device refuses expired metadata, so the timestamp
# must be re-signed (`llmosctl model repo refresh`) at least this often.
EXPIRY = {"root": timedelta(days=365), "targets": timedelta(days=90),
          "snapshot": timedelta(days=7), "timestamp": timedelta(days=1)}


class RepositoryError(RuntimeError):
    """The repository or a bundle cannot be used as asked; the message says why."""


# -- keys ----------------------------------------------------------------------------------------

def make_keys(keys_dir: Path, roles: tuple[str, ...] = ROLES) -> None:
    """A fresh Ed25519 private key per role, mode 0600, refusing to overwrite one."""
    keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    existing = [str(keys_dir / f"{r}.key") for r in roles if (keys_dir / f"{r}.key").exists()]
    if existing:
        raise RepositoryError(f"{', '.join(existing)}: exists; nothing overwritten")
    for role in roles:
        _write_key(keys_dir / f"{role}.key", Ed25519PrivateKey.generate())


def _write_key(path: Path, key: Ed25519PrivateKey) -> None:
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.touch(mode=0o600)
    path.write_bytes(pem)


def load_signer(keys_dir: Path, role: str) -> CryptoSigner:
    path = keys_dir / f"{role}.key"
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as error:
        raise RepositoryError(f"{path}: cannot read the {role} key ({error})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise RepositoryError(f"{path}: not an Ed25519 key")
    return CryptoSigner(key)


# -- the repository ------------------------------------------------------------------------------

def _expiry(role: str, expires: dict[str, timedelta] | None) -> datetime:
    delta = (expires or {}).get(role, EXPIRY[role])
    return (datetime.now(UTC) + delta).replace(microsecond=0)


class Repository:
    """A repository on disk, signed with the keys in `keys_dir`."""

    def __init__(self, path: Path, keys_dir: Path,
                 expires: dict[str, timedelta] | None = None) -> None:
        self.path = Path(path)
        self.keys_dir = Path(keys_dir)
        self.expires = expires
        self.metadata_dir = self.path / "metadata"
        self.targets_dir = self.path / "targets"
        self._serializer = JSONSerializer(compact=False)

    @property
    def exists(self) -> bool:
        return (self.metadata_dir / "root.json").is_file()

    def init(self) -> None:
        """Root (version 1) naming one key per role, and empty targets, snapshot, timestamp."""
        if self.exists:
            raise RepositoryError(f"{self.path}: already a repository")
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        self.targets_dir.mkdir(parents=True, exist_ok=True)
        root = Root(expires=_expiry("root", self.expires), consistent_snapshot=True)
        for role in ROLES:
            root.add_key(load_signer(self.keys_dir, role).public_key, role)
        self._write_root(Metadata(root), [load_signer(self.keys_dir, "root")])
        targets = Metadata(Targets(expires=_expiry("targets", self.expires)))
        targets.signed.targets[INDEX] = self._put_target(
            INDEX, self._index_bytes({"format": INDEX_FORMAT, "bundles": {}}))
        self._commit(targets)

    # -- reading ---------------------------------------------------------------------------------

    def _load(self, role: str) -> Metadata[Any]:
        if not self.exists:
            raise RepositoryError(f"{self.path}: not a repository (llmosctl model repo init)")
        if role in ("root", "timestamp"):
            path = self.metadata_dir / f"{role}.json"
        elif role == "snapshot":
            version = self._load("timestamp").signed.snapshot_meta.version
            path = self.metadata_dir / f"{version}.snapshot.json"
        else:
            version = self._load("snapshot").signed.meta[f"{role}.json"].version
            path = self.metadata_dir / f"{version}.{role}.json"
        if not path.is_file():
            raise FileNotFoundError(path)
        return Metadata.from_file(str(path))

    def index(self) -> dict[str, Any]:
        targets = self._load("targets").signed
        info = targets.targets[INDEX]
        path = self.targets_dir / _hashed(INDEX, info.hashes["sha256"])
        return json.loads(path.read_text())  # type: ignore[no-any-return]

    # -- changing --------------------------------------------------------------------------------

    def publish(self, bundle: Path) -> str:
        """Sign and add a bundle directory (its manifest, every file it checksums); returns
        NAME-VERSION. Refuses a bundle without golden cases or whose files do not match its
        manifest, and a version already published."""
        manifest = _checked_manifest(bundle)
        name = f"{manifest['name']}-{manifest['version']}"
        index = self.index()
        if manifest["version"] in index["bundles"]:
            raise RepositoryError(f"version {manifest['version']} is already published")
        targets = self._load("targets")
        files: dict[str, str] = {}
        for filename in [MANIFEST, *sorted(manifest["files"])]:
            target = f"models/{name}/{filename}"
            targets.signed.targets[target] = self._put_target(
                target, (bundle / filename).read_bytes())
            files[filename] = target
        index["bundles"][manifest["version"]] = {
            "name": manifest["name"], "version": manifest["version"],
            "catalog_sha256": manifest["catalog_sha256"],
            "catalog_version": manifest.get("catalog_version", ""),
            "files": files, "published": int(time.time()),
        }
        targets.signed.targets[INDEX] = self._put_target(INDEX, self._index_bytes(index))
        targets.signed.version += 1
        targets.signed.expires = _expiry("targets", self.expires)
        self._commit(targets)
        return name

    def refresh(self) -> None:
        """Re-sign snapshot and timestamp with fresh expiry dates (run at least daily)."""
        snapshot = self._load("snapshot")
        snapshot.signed.version += 1
        snapshot.signed.expires = _expiry("snapshot", self.expires)
        self._sign_write(snapshot, "snapshot")
        self._timestamp(snapshot.signed.version)

    def rotate(self, role: str) -> str:
        """Replace a role's key: a new key in keys_dir (the old one kept as .retired), a new
        root version naming it, signed by the old root key as well when root itself rotates,
        and the role re-signed. Devices follow the root chain on their next refresh. Returns
        the new key id."""
        if role not in ROLES:
            raise RepositoryError(f"no role {role!r} (roles: {', '.join(ROLES)})")
        root = self._load("root")
        old_signer = load_signer(self.keys_dir, role)
        old_root_signer = load_signer(self.keys_dir, "root")
        for name, signer in ((role, old_signer), ("root", old_root_signer)):
            if signer.public_key.keyid not in root.signed.roles[name].keyids:
                raise RepositoryError(f"{self.keys_dir / (name + '.key')}: not a {name} key "
                                      "this repository's root names")
        key_path = self.keys_dir / f"{role}.key"
        retired = self.keys_dir / f"{role}.key.{int(time.time() * 1000)}.retired"
        shutil.copy2(key_path, retired)
        new_key = Ed25519PrivateKey.generate()
        tmp = key_path.with_suffix(".key.new")
        _write_key(tmp, new_key)
        tmp.replace(key_path)
        new_signer = CryptoSigner(new_key)
        root.signed.revoke_key(old_signer.public_key.keyid, role)
        root.signed.add_key(new_signer.public_key, role)
        root.signed.version += 1
        root.signed.expires = _expiry("root", self.expires)
        signers = [load_signer(self.keys_dir, "root")]
        if role == "root":
            signers.append(old_root_signer)  # the old root vouches for the new one
        self._write_root(root, signers)
        # The role signs again with its new key; what depends on it follows.
        if role in ("root", "targets"):
            targets = self._load("targets")
            targets.signed.version += 1
            self._commit(targets)
        elif role == "snapshot":
            self.refresh()
        else:
            self._timestamp(self._load("snapshot").signed.version)
        return new_signer.public_key.keyid

    # -- writing ---------------------------------------------------------------------------------

    def _put_target(self, target: str, data: bytes) -> TargetFile:
        """Write a target's bytes under its hash-prefixed name (consistent snapshots: a device
        mid-refresh never reads a file replaced under it)."""
        with tempfile.NamedTemporaryFile(dir=self.path, delete=False) as tmp:
            tmp.write(data)
        info = TargetFile.from_file(target, tmp.name, ["sha256"])
        dest = self.targets_dir / _hashed(target, info.hashes["sha256"])
        dest.parent.mkdir(parents=True, exist_ok=True)
        Path(tmp.name).replace(dest)
        return info

    @staticmethod
    def _index_bytes(index: dict[str, Any]) -> bytes:
        return (json.dumps(index, indent=2, sort_keys=True) + "\n").encode()

    def _write_root(self, root: Metadata[Root], signers: list[CryptoSigner]) -> None:
        root.signatures.clear()
        for signer in signers:
            root.sign(signer, append=True)
        data = root.to_bytes(self._serializer)
        (self.metadata_dir / f"{root.signed.version}.root.json").write_bytes(data)
        (self.metadata_dir / "root.json").write_bytes(data)

    def _sign_write(self, metadata: Metadata[Any], role: str) -> None:
        metadata.sign(load_signer(self.keys_dir, role))
        data = metadata.to_bytes(self._serializer)
        name = "timestamp.json" if role == "timestamp" else f"{metadata.signed.version}.{role}.json"
        tmp = self.metadata_dir / f".{name}.tmp"
        tmp.write_bytes(data)
        tmp.replace(self.metadata_dir / name)

    def _commit(self, targets: Metadata[Targets]) -> None:
        """targets, then a snapshot naming it, then a timestamp naming that: the order a
        device reads them in reverse, so it never sees a timestamp for missing files."""
        self._sign_write(targets, "targets")
        try:
            snapshot = self._load("snapshot")
            snapshot.signed.version += 1
        except (RepositoryError, OSError, KeyError):
            snapshot = Metadata(Snapshot())
        snapshot.signed.meta["targets.json"] = MetaFile(version=targets.signed.version)
        snapshot.signed.expires = _expiry("snapshot", self.expires)
        self._sign_write(snapshot, "snapshot")
        self._timestamp(snapshot.signed.version)

    def _timestamp(self, snapshot_version: int) -> None:
        path = self.metadata_dir / "timestamp.json"
        if path.is_file():
            timestamp = Metadata[Timestamp].from_file(str(path))
            timestamp.signed.version += 1
        else:
            timestamp = Metadata(Timestamp())
        timestamp.signed.snapshot_meta = MetaFile(version=snapshot_version)
        timestamp.signed.expires = _expiry("timestamp", self.expires)
        self._sign_write(timestamp, "timestamp")


def _hashed(target: str, sha256: str) -> str:
    directory, sep, name = target.rpartition("/")
    return f"{directory}{sep}{sha256}.{name}"


def _checked_manifest(bundle: Path) -> dict[str, Any]:
    """The manifest of a bundle worth publishing: its files match, it names its catalog, and
    it carries golden cases with the accuracy it claims on them (devices refuse it otherwise;
    better to hear it here)."""
    from llmos.agent.controller.model.bundle import sha256_file

    try:
        manifest: dict[str, Any] = json.loads((bundle / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise RepositoryError(f"{bundle}: no readable {MANIFEST} ({error})") from None
    from llmos.agent.update.fetch import SAFE_NAME

    for key in ("name", "version", "catalog_sha256", "files"):
        if not manifest.get(key):
            raise RepositoryError(f"{bundle / MANIFEST}: no {key!r}")
    for key in ("name", "version"):
        if not SAFE_NAME.fullmatch(str(manifest[key])) or ".." in str(manifest[key]):
            raise RepositoryError(f"{bundle / MANIFEST}: {key} {manifest[key]!r}: letters, "
                                  "digits and ._+- only (devices refuse others)")
    for filename, want in manifest["files"].items():
        if "/" in filename or filename.startswith("."):
            raise RepositoryError(f"{filename!r}: bundle files must be plain names")
        path = bundle / filename
        if not path.is_file() or sha256_file(path) != want:
            raise RepositoryError(f"{path}: missing or does not match the manifest")
    golden = manifest.get("golden") or {}
    if golden.get("file") not in manifest["files"] or "exact_match" not in golden:
        raise RepositoryError(f"{bundle}: carries no golden cases (manifest 'golden': file "
                              "and exact_match; `llmosctl model golden` adds them)")
    return manifest


def add_golden(bundle: Path, cases: Path, exact_match: float, version: str | None = None) -> None:
    """Put golden cases (decide-format JSON lines with "expect") into a bundle and claim the
    exact-match accuracy it reaches on them; devices check the claim before switching. The
    manifest is rewritten in place (its file list and checksums with it)."""
    from llmos.agent.controller.model.bundle import sha256_file

    lines = [line for line in cases.read_text().splitlines() if line.strip()]
    if not lines:
        raise RepositoryError(f"{cases}: no cases")
    for number, line in enumerate(lines, 1):
        try:
            case = json.loads(line)
            case["expect"]["tool"]
        except (ValueError, KeyError, TypeError):
            raise RepositoryError(f"{cases}:{number}: not a case with expect.tool") from None
    if not 0 < exact_match <= 1:
        raise RepositoryError("exact_match must be in (0, 1]")
    manifest = json.loads((bundle / MANIFEST).read_text())
    (bundle / "golden.jsonl").write_text("\n".join(lines) + "\n")
    manifest["files"]["golden.jsonl"] = sha256_file(bundle / "golden.jsonl")
    manifest["golden"] = {"file": "golden.jsonl", "exact_match": exact_match, "n": len(lines)}
    if version:
        manifest["version"] = version
    (bundle / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    """scripts/make-dev-update-keys DIR [--repo REPO]."""
    import argparse

    parser = argparse.ArgumentParser(prog="make-dev-update-keys", description=main.__doc__)
    parser.add_argument("dir", type=Path, help="where the four role keys are written")
    parser.add_argument("--repo", type=Path, help="also create a repository signed with them")
    args = parser.parse_args(argv)
    try:
        make_keys(args.dir)
        print(f"{args.dir}: {', '.join(f'{r}.key' for r in ROLES)}")
        if args.repo:
            Repository(args.repo, args.dir).init()
            print(f"{args.repo}: devices trust {args.repo / 'metadata' / '1.root.json'} "
                  "(updates.trusted_root)")
    except RepositoryError as error:
        print(f"make-dev-update-keys: {error}")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
