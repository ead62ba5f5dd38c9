"""Appliance image figures: sizes, build time (cold and cached), boot time, agent memory.

Boots, in the same run and under the same accelerator, the plain Debian image built by the same
pipeline without the agent and the agent image, each from QEMU's start (OVMF included) until
`systemctl is-system-running --wait` returns in the guest: for the agent image that includes the
agent's READY=1 (Type=notify, ordered before multi-user.target), i.e. its gRPC control plane
serving. Goal: agent-ready <= 1.3x plain. The model bundle loads behind the serving control plane;
when it has loaded (seconds since QEMU's start) is recorded separately, and the agent's RSS is
read after it has.

Cold builds take minutes and need an empty cache: set LLMOS_BENCH_COLD=1 to measure them in a
fresh cache directory; otherwise the cold figure is the one recorded when the cache was filled.
Results go to bench/results/image.json.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "image"))

from llmos_image import build, config, provision, qemu  # noqa: E402

RESULTS = REPO / "bench" / "results" / "image.json"
PROFILE = "x86_64-uefi"
BOOT_TIMEOUT = 900


def _build(plain: bool, *, force: bool, cache_dir: Path | None = None) -> tuple[dict, float]:
    cfg = config.build_config(PROFILE, with_agent=not plain)
    if cache_dir is not None:
        cfg = config.BuildConfig(**{**cfg.__dict__, "cache_dir": cache_dir})
    t0 = time.monotonic()
    manifest = json.loads(build.build(cfg, force=force).read_text())
    return manifest, time.monotonic() - t0


def _boot(manifest: dict, plain: bool, workdir: Path) -> dict:
    out = REPO / "out" / manifest["variant"]
    img = workdir / "disk.img"
    subprocess.run(["cp", "--sparse=always", "--reflink=auto", out / manifest["image"]["file"], img],
                   check=True)
    if not plain:  # the development identity, as in the end-to-end tests (mTLS needs a client CA)
        dev = provision.dev_identity(workdir / "pki")
        provision.provision(img, provision.provision_dir(dev, workdir / "provision"))
    provision.append_kernel_options(img, "llmos.test_shell")
    accel_name = qemu.accel(out / "vmlinuz")
    t0 = time.monotonic()
    vm = qemu.boot(img, workdir=workdir / "run", accel_kernel=out / "vmlinuz")
    try:
        # Boot finished = every start job done, the agent's included (Type=notify: its READY=1).
        vm.wait_booted(BOOT_TIMEOUT)
        seconds = time.monotonic() - t0
        result = {"seconds": round(seconds, 1), "accel": accel_name, "state": vm.boot_state}
        _, analyze = vm.shell("systemd-analyze | head -1", 120)
        result["systemd_analyze"] = analyze.strip()
        if not plain:
            _, active = vm.shell("systemctl is-active llmos-agent", 60)
            result["agent_active"] = active.strip()
            # The model loads behind the serving control plane (READY=1 does not wait for it):
            # when it is usable, and the RSS with it loaded.
            model = _wait_model(vm, t0)
            if model:
                result["model"] = model
            _, pid = vm.shell("systemctl show -p MainPID --value llmos-agent", 60)
            rss = ""
            if pid.strip() not in ("", "0"):
                _, rss = vm.shell(f"grep VmRSS /proc/{pid.strip()}/status", 60)
            result["agent_rss_mib"] = round(int(rss.split()[1]) / 1024, 1) if len(rss.split()) > 1 else None
            if result["agent_active"] != "active":
                _, journal = vm.shell("journalctl -u llmos-agent -o cat --no-pager | tail -5", 60)
                result["agent_journal_tail"] = journal.strip().splitlines()
        return result
    finally:
        vm.stop()


def _wait_model(vm: qemu.VM, t0: float, timeout: float = 600) -> dict:
    """Seconds from QEMU's start until the agent's journal says the model loaded (or failed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _, line = vm.shell("journalctl -u llmos-agent -o cat --no-pager | "
                           "grep -m1 -E 'model loaded in|model bundle refused|model failed|"
                           "runtime unavailable'", 60)
        if line.strip():
            return {"loaded": "model loaded in" in line, "line": line.strip(),
                    "seconds_since_qemu_start": round(time.monotonic() - t0, 1)}
        _, mode = vm.shell("grep -A2 '^\\[controller\\]' /etc/llmos/agent.toml", 30)
        if 'kind = "model"' not in mode:
            return {}
        time.sleep(2)
    return {"loaded": False, "line": "timeout"}


def main() -> None:
    cold = {}
    if os.environ.get("LLMOS_BENCH_COLD") == "1":
        with tempfile.TemporaryDirectory(prefix="llmos-cold-cache-") as cache:
            for plain in (True, False):
                _, secs = _build(plain, force=True, cache_dir=Path(cache))
                cold["plain" if plain else "agent"] = round(secs, 1)
    builds = {}
    quick = os.environ.get("LLMOS_BENCH_QUICK") == "1"  # skip the forced re-assembly
    for plain in (True, False):
        manifest, secs = _build(plain, force=False)  # fill the cache (no-op when up to date)
        if not quick:
            manifest, secs = _build(plain, force=True)  # cached base + wheels, full assembly
        builds["plain" if plain else "agent"] = (manifest, round(secs, 1))
    boots = {}
    with tempfile.TemporaryDirectory(prefix="llmos-bench-image-") as td:
        for plain in (True, False):
            name = "plain" if plain else "agent"
            wd = Path(td) / name
            wd.mkdir()
            boots[name] = _boot(builds[name][0], plain, wd)
            print(f"boot {name}: {boots[name]['seconds']} s ({boots[name]['accel']})", flush=True)
    agent_manifest = builds["agent"][0]
    ratio = boots["agent"]["seconds"] / boots["plain"]["seconds"]
    results = {
        "profile": PROFILE,
        "image": {
            "raw_bytes": agent_manifest["image"]["size"],
            "allocated_bytes": agent_manifest["image"]["allocated"],
            "zstd_bytes": agent_manifest["image"]["zst_size"],
            "plain_zstd_bytes": builds["plain"][0]["image"]["zst_size"],
        },
        "build_seconds": {
            "cached_assembly": {k: v[1] for k, v in builds.items()},
            "cold": cold or {k: v[0].get("cold_seconds") for k, v in builds.items()},
        },
        "boot": boots,
        "agent_ready_over_plain_multi_user": round(ratio, 2),
        "goal_ratio": 1.3,
        "agent_rss_mib": boots["agent"].get("agent_rss_mib"),
        # Not part of the ratio: the model loads behind the serving control plane.
        "agent_model_loaded_seconds": boots["agent"].get("model", {}).get("seconds_since_qemu_start"),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "cpus": os.cpu_count(),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"agent-ready / plain multi-user: {ratio:.2f} (goal <= 1.3); results in {RESULTS}")


if __name__ == "__main__":
    main()
