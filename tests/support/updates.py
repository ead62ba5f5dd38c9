"""Model-update test kit: development keys, bundles with golden cases, a TUF repository served
over real HTTP on loopback, and an agent configuration pointing at it."""

from __future__ import annotations

import functools
import json
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from llmos.agent.config import DEFAULT_BUNDLE, AgentConfig, parse_config
from llmos.ctl.repository import Repository, add_golden, make_keys

ROOT = Path(__file__).resolve().parents[2]
HANDWRITTEN = ROOT / "tests" / "model" / "handwritten.jsonl"
GOLDEN_CASES = 12


def golden_lines(n: int = GOLDEN_CASES) -> list[str]:
    """Commands the shipped bundle gets right (handwritten cases of several tools)."""
    lines = [line for line in HANDWRITTEN.read_text().splitlines() if line.strip()]
    return lines[:: max(1, len(lines) // n)][:n]


def make_bundle(dest: Path, version: str, *, lines: list[str] | None = None,
                claim: float = 0.9, catalog_sha256: str | None = None) -> Path:
    """A copy of the shipped bundle with golden cases and a new version (and, for tests of
    refusals, another catalog hash)."""
    shutil.copytree(DEFAULT_BUNDLE, dest)
    cases = dest.parent / f"{dest.name}-golden.jsonl"
    cases.write_text("\n".join(lines or golden_lines()) + "\n")
    add_golden(dest, cases, claim, version)
    if catalog_sha256 is not None:
        manifest = json.loads((dest / "manifest.json").read_text())
        manifest["catalog_sha256"] = catalog_sha256
        (dest / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return dest


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """A real HTTP server for `directory` on a free loopback port; yields its URL."""
    handler = functools.partial(_Quiet, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class UpdateLab:
    """Keys, a repository and a device state directory under one temporary directory."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.keys = tmp / "keys"
        make_keys(self.keys)
        self.repo = Repository(tmp / "repo", self.keys)
        self.repo.init()
        self.state = tmp / "device"
        self.url = ""

    def bundle(self, version: str, **kwargs: Any) -> Path:
        return make_bundle(self.tmp / "bundles" / version, version, **kwargs)

    def publish(self, version: str, **kwargs: Any) -> str:
        return self.repo.publish(self.bundle(version, **kwargs))

    def config(self, **updates: Any) -> AgentConfig:
        return parse_config({
            "state_dir": str(self.state),
            "controller": {"kind": "model"},
            "updates": {"repo_url": self.url, "check_interval_s": 0,
                        "trusted_root": str(self.repo.metadata_dir / "1.root.json"),
                        **updates},
        })
