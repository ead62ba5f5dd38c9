"""Write a model bundle: model.onnx, tokenizer.json and manifest.json (checksums, catalog hash)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import onnxruntime as ort

from llmos.agent.catalog import Catalog
from llmos.agent.controller.model.bundle import (
    FORMAT,
    LANGUAGE_FILES,
    MANIFEST,
    ROUTER_FILES,
    sha256_file,
)


def write_bundle(out: Path, model: Path, tokenizer: Path, catalog: Catalog, *, name: str,
                 version: str, prompt: dict[str, Any], quantization: str,
                 eos_token_ids: list[int], evaluation: dict[str, Any] | None = None,
                 extra: dict[str, Path] | None = None,
                 router: dict[str, Any] | None = None,
                 language: dict[str, Path] | None = None) -> Path:
    """A fresh bundle directory; files are copied so the bundle stands alone, and every file
    (the model, the tokenizer, the router's, the language encoder's and any `extra` such as
    eval.json) is checksummed. `router` maps ROUTER_FILES keys to source paths, plus "top_p";
    `language` maps LANGUAGE_FILES keys to source paths."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    files = {"model.onnx": model, "tokenizer.json": tokenizer, **(extra or {})}
    router_spec = None
    if router:
        names = {"encoder": "encoder.onnx", "tokenizer": "encoder-tokenizer.json",
                 "heads": "router-heads.npz"}
        files |= {names[k]: Path(router[k]) for k in ROUTER_FILES}
        router_spec = {**{k: names[k] for k in ROUTER_FILES}, "top_p": router["top_p"]}
    language_spec = None
    if language:
        names = {"encoder": "language-encoder.onnx", "tokenizer": "language-tokenizer.json"}
        files |= {names[k]: Path(language[k]) for k in LANGUAGE_FILES}
        language_spec = {**{k: names[k] for k in LANGUAGE_FILES}, "pooling": "mean"}
    for filename, src in files.items():
        shutil.copyfile(src, out / filename)
    session = ort.InferenceSession(str(out / "model.onnx"), providers=["CPUExecutionProvider"])
    logits = next(o for o in session.get_outputs() if o.name == "logits")
    manifest = {
        "format": FORMAT, "name": name, "version": version,
        "model": "model.onnx", "tokenizer": "tokenizer.json",
        "files": {f: sha256_file(out / f) for f in sorted(files)},
        "catalog_sha256": catalog.sha256, "catalog_version": catalog.version,
        "prompt": prompt, "quantization": quantization,
        "eos_token_ids": eos_token_ids, "vocab_size": int(logits.shape[-1]),
        "eval": evaluation or {},
    }
    if router_spec:
        manifest["router"] = router_spec
    if language_spec:
        manifest["language"] = language_spec
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return out
