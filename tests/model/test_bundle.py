"""Bundle verification: the shipped bundle loads; corrupt or foreign bundles are refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from llmos.agent.config import ModelConfig
from llmos.agent.controller.model import BundleError, load_model_controller
from llmos.agent.controller.model.bundle import load_bundle

MAX_BUNDLE_BYTES = 20 * 1024 * 1024  # the trained parts: decoder, tokenizer, router
MAX_WITH_PRETRAINED_BYTES = 300 * 1024 * 1024  # with a pretrained backbone (issue 17)


@pytest.fixture
def copy(tmp_path: Path, default_bundle: Path) -> Path:
    dest = tmp_path / "bundle"
    shutil.copytree(default_bundle, dest)
    return dest


def test_default_bundle_verifies_and_is_small(catalog, default_bundle: Path) -> None:
    bundle = load_bundle(default_bundle, catalog)
    assert bundle.manifest["catalog_sha256"] == catalog.sha256
    assert set(bundle.manifest["files"]) >= {"model.onnx", "tokenizer.json"}
    language = set((bundle.manifest.get("language") or {}).values())
    sizes = {p.name: p.stat().st_size for p in default_bundle.iterdir()}
    assert sum(n for f, n in sizes.items() if f not in language) <= MAX_BUNDLE_BYTES
    assert sum(sizes.values()) <= MAX_WITH_PRETRAINED_BYTES
    for key in ("version", "prompt", "quantization", "eval"):
        assert bundle.manifest[key]


def test_corrupt_model_is_refused(copy: Path, catalog) -> None:
    model = copy / "model.onnx"
    raw = bytearray(model.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    model.write_bytes(bytes(raw))
    with pytest.raises(BundleError, match=r"model\.onnx: sha256"):
        load_bundle(copy, catalog)
    with pytest.raises(BundleError):  # the factory refuses it too: the agent falls back to rules
        load_model_controller(ModelConfig(bundle=copy))


def test_missing_file_is_refused(copy: Path, catalog) -> None:
    (copy / "tokenizer.json").unlink()
    with pytest.raises(BundleError, match="missing"):
        load_bundle(copy, catalog)


def test_other_catalog_is_refused(copy: Path, catalog) -> None:
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["catalog_sha256"] = "0" * 64
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BundleError, match="action catalog"):
        load_bundle(copy, catalog)


def test_unreadable_manifest_is_refused(copy: Path, catalog) -> None:
    (copy / "manifest.json").write_text("{not json")
    with pytest.raises(BundleError, match="manifest"):
        load_bundle(copy, catalog)
