"""Model update figures: bundle size, verify+stage time, switch downtime, rollback times.

A TUF repository with the shipped bundle (plus golden cases) as versions 1.1.0, 1.2.0, ...,
served by a real HTTP server on loopback; the device side is the updater the daemon runs, with
a controller chain loaded the way the daemon loads it. Per repetition:

- verify: TUF refresh + download + per-file length/sha256 against signed metadata, and the
  bundle's own checksums and catalog hash;
- stage: copying into the inactive slot with fsyncs;
- check: loading the candidate and running its golden cases (and the running model's, for
  latency);
- downtime: from the `current` pointer switch to the first decision the new model makes
  through the chain (the health gate's). The old model keeps deciding until the chain
  switches, so no decision is ever refused: this is the window in which one goes to the old;
- rollback: automatic (gate failed -> previous controller deciding again; it is still in
  memory) and on request (the other slot's bundle loaded, pointer switched, chain switched).

Results go to bench/results/update.json.
"""

from __future__ import annotations

import asyncio
import functools
import shutil
import statistics
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from bench.common import write
from llmos.agent.catalog import load_catalog
from llmos.agent.config import DEFAULT_BUNDLE, AgentConfig, parse_config
from llmos.agent.update.updater import FAILED_GATE, INSTALLED, ModelUpdater
from llmos.ctl.repository import Repository, add_golden, make_keys

REPO = Path(__file__).resolve().parent.parent
REPS = 3
GOLDEN = 12


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _bundle(dest: Path, version: str) -> Path:
    shutil.copytree(DEFAULT_BUNDLE, dest)
    lines = [line for line in (REPO / "tests/model/handwritten.jsonl").read_text().splitlines()
             if line.strip()]
    cases = dest.parent / f"{version}.jsonl"
    cases.write_text("\n".join(lines[:: len(lines) // GOLDEN][:GOLDEN]) + "\n")
    add_golden(dest, cases, 0.9, version)
    return dest


def _config(state: Path, url: str, trusted_root: Path, **updates: Any) -> AgentConfig:
    return parse_config({"state_dir": str(state), "controller": {"kind": "model"},
                         "updates": {"repo_url": url, "trusted_root": str(trusted_root),
                                     "check_interval_s": 0, **updates}})


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="llmos-bench-update-"))
    try:
        figures = _run(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    path = write("update", "model", figures)
    print(f"wrote {path}")


def _run(tmp: Path) -> dict[str, Any]:
    catalog = load_catalog()
    make_keys(tmp / "keys")
    repo = Repository(tmp / "repo", tmp / "keys")
    repo.init()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(
        _Quiet, directory=str(repo.path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    root = repo.metadata_dir / "1.root.json"
    timings: dict[str, list[float]] = {k: [] for k in (
        "publish_s", "verify_s", "stage_s", "check_s", "downtime_s", "rollback_auto_s",
        "rollback_request_s", "update_total_s")}
    try:
        size = sum(p.stat().st_size for p in DEFAULT_BUNDLE.iterdir() if p.is_file())
        files = sum(1 for p in DEFAULT_BUNDLE.iterdir() if p.is_file())
        config = _config(tmp / "device", url, root)
        updater = ModelUpdater(config, catalog)
        for rep in range(REPS):
            version = f"1.{rep + 1}.0"
            started = time.monotonic()
            repo.publish(_bundle(tmp / "bundles" / version, version))
            timings["publish_s"].append(time.monotonic() - started)
            started = time.monotonic()
            result = asyncio.run(updater.update())
            assert result.outcome == INSTALLED, result
            timings["update_total_s"].append(time.monotonic() - started)
            for key in ("verify_s", "stage_s", "check_s"):
                timings[key].append(result.timings[key])
            timings["downtime_s"].append(result.timings["switch_s"])
            if rep:  # there is a previous slot to go back to
                back = asyncio.run(updater.rollback())
                timings["rollback_request_s"].append(back.timings["rollback_s"])
                asyncio.run(updater.rollback())  # and forward again
        # A gate no model can pass: the automatic rollback's time.
        failing = ModelUpdater(_config(tmp / "device", url, root, gate_timeout_s=1e-6), catalog)
        for rep in range(REPS):
            version = f"2.{rep}.0"
            repo.publish(_bundle(tmp / "bundles" / version, version))
            result = asyncio.run(failing.update())
            assert result.outcome == FAILED_GATE, result
            timings["rollback_auto_s"].append(result.timings["rollback_s"])
    finally:
        server.shutdown()
        server.server_close()
    metadata = sum(p.stat().st_size for p in repo.metadata_dir.glob("*.json"))
    return {
        "bundle": {"bytes": size, "files": files, "golden_cases": GOLDEN,
                   "tuf_metadata_bytes_after_runs": metadata},
        "reps": REPS,
        "median_s": {k: _median(v) for k, v in timings.items()},
        "samples_s": {k: [round(x, 3) for x in v] for k, v in timings.items()},
        "notes": "loopback HTTP; downtime = pointer switch to the new model's first decision "
                 "(the old one decides until then); rollback_auto = gate failed to the old "
                 "controller deciding again (in memory); rollback_request = the other slot "
                 "loaded and switched to",
    }


if __name__ == "__main__":
    main()
