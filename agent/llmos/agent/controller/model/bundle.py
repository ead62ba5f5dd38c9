"""Model bundles: a directory with manifest.json, model.onnx and tokenizer.json, all checksummed.

A bundle whose files or catalog hash do not match is refused with BundleError; the agent then
keeps running on the rule controller and reports itself degraded.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmos.agent.catalog import Catalog

MANIFEST = "manifest.json"
FORMAT = "llmos-model-bundle/1"
ROUTER_FILES = ("encoder", "tokenizer", "heads")  # manifest["router"] keys naming files
LANGUAGE_FILES = ("encoder", "tokenizer")  # manifest["language"]: the pretrained encoder


class BundleError(RuntimeError):
    """The model bundle is missing, corrupt, or built for another action catalog."""


@dataclass(frozen=True)
class Bundle:
    path: Path
    manifest: dict[str, Any]

    @property
    def model_path(self) -> Path:
        return self.path / str(self.manifest["model"])

    @property
    def tokenizer_path(self) -> Path:
        return self.path / str(self.manifest["tokenizer"])

    def router_file(self, key: str) -> Path:
        return self.path / str(self.manifest["router"][key])

    def language_file(self, key: str) -> Path | None:
        """A file of the pretrained sentence encoder that grounds commands, if shipped."""
        name = (self.manifest.get("language") or {}).get(key)
        return self.path / name if name else None

    @property
    def version(self) -> str:
        return str(self.manifest.get("version", "?"))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_bundle(path: Path, catalog: Catalog) -> Bundle:
    """Read and verify a bundle: every listed file's sha256 and the catalog's hash."""
    manifest_path = Path(path) / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text())
    except (OSError, ValueError) as exc:
        raise BundleError(f"{manifest_path}: unreadable manifest ({exc})") from exc
    if manifest.get("format") != FORMAT:
        raise BundleError(f"{manifest_path}: format {manifest.get('format')!r}, want {FORMAT}")
    files = manifest.get("files", {})
    router = manifest.get("router") or {}
    language = manifest.get("language") or {}
    for name in (manifest.get("model"), manifest.get("tokenizer"),
                 *(router.get(k) for k in ROUTER_FILES if router),
                 *(language.get(k) for k in LANGUAGE_FILES if language)):
        if name not in files:
            raise BundleError(f"{manifest_path}: {name!r} is not checksummed")
    for name, want in files.items():
        file = Path(path) / name
        if not file.is_file():
            raise BundleError(f"{file}: missing")
        got = sha256_file(file)
        if got != want:
            raise BundleError(f"{file}: sha256 {got[:12]}… does not match manifest {want[:12]}…")
    if manifest.get("catalog_sha256") != catalog.sha256:
        built_for = str(manifest.get("catalog_sha256"))[:12]
        raise BundleError(
            f"{manifest_path}: built for action catalog {built_for}…, "
            f"agent has {catalog.sha256[:12]}… (catalog v{catalog.version}); rebuild the model")
    return Bundle(Path(path), manifest)
