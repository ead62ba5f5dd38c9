"""The agent inside the image: wheels for the target platform, config, model bundle."""
from __future__ import annotations

import configparser
import logging
import os
import re
import shutil
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from . import lock, proc, rauc
from .cache import Cache, digest, file_sha256, record, tree_digest
from .config import REPO, BuildConfig

log = logging.getLogger("llmos_image")

TARGET_PYTHON = lock.TARGET_PYTHON  # bookworm's python3
LIB = "opt/llmos/lib"


def _host_python() -> str:
    venv = REPO / ".venv/bin/python"
    return str(venv) if venv.exists() else "python3"


def build_wheel(work: Path) -> Path:
    """The project's own wheel (pure Python; the gRPC stubs must have been generated)."""
    if not (REPO / "agent/llmos/v1").is_dir():
        log.warning("agent/llmos/v1 (gRPC stubs) missing: run `make setup` first; building anyway")
    out = work / "wheel"
    out.mkdir(parents=True, exist_ok=True)
    # Build from a copy so concurrent work in the checkout does not see build/ churn.
    src = work / "src"
    shutil.copytree(REPO, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "out", "build", "*.egg-info", "__pycache__", "runs", "image", "tests",
        "bench", "docs", "default"), dirs_exist_ok=True)
    (src / "models").mkdir(exist_ok=True)
    proc.run([_host_python(), "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
              "-w", out, src], capture=True)
    wheels = sorted(out.glob("llmos-*.whl"))
    if not wheels:
        raise proc.BuildError("pip wheel produced no llmos wheel")
    return wheels[-1]


def requirements(wheel: Path, extras: tuple[str, ...], extra_wheels: tuple[str, ...]) -> list[str]:
    """Requires-Dist of the wheel for the selected extras, markers resolved by hand."""
    with zipfile.ZipFile(wheel) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        text = z.read(meta).decode()
    reqs = []
    for line in text.splitlines():
        if not line.startswith("Requires-Dist:"):
            continue
        req, _, marker = line.split(":", 1)[1].strip().partition(";")
        m = re.search(r'extra\s*==\s*"([^"]+)"', marker)
        if m and m.group(1) not in extras:
            continue
        reqs.append(req.strip())
    # A replacement wheel (onnxruntime-openvino, -gpu) takes the place of the plain one.
    for extra in extra_wheels:
        base = extra.split("-")[0]
        reqs = [r for r in reqs if re.split(r"[<>=!~ \[]", r)[0] != base]
        reqs.append(extra)
    return sorted(reqs)


def dependencies_key(cfg: BuildConfig, reqs: list[str]) -> str:
    """What the dependencies are made of: the profile's lock file (every pin and every hash)
    and the target platform. BuildError if the lock is stale (lock.check) or lacks one of
    `reqs` (the wheel's Requires-Dist) or is older than what the generated stubs need."""
    lockfile = lock.check(cfg.profile)
    missing = sorted({lock.requirement_name(r) for r in reqs} - set(lock.pinned(lockfile)))
    if missing:
        raise proc.BuildError(f"{lock.shown(lockfile)} lacks {', '.join(missing)}: "
                              "run `make lock`")
    if mismatch := lock.stub_mismatches(lockfile):
        raise proc.BuildError("; ".join(mismatch) + ": run `make setup` (it installs the "
                              "lock's versions and writes the stubs again)")
    return digest("deps-v3", file_sha256(lockfile), cfg.profile.wheel_platforms, TARGET_PYTHON)


def dependencies(cfg: BuildConfig, reqs: list[str], cache: Cache) -> tuple[Path, bool]:
    """All third-party wheels installed for the target (cp311, manylinux), cached by inputs.

    Exactly the lock: `--require-hashes --no-deps`, no resolution, and a file whose hash the
    lock does not list is refused. The entry holds `lib/` (what goes to /opt/llmos/lib) and
    pip's installation report (`pip-report.json`: each wheel's URL and sha256, for the SBOM).
    """
    p = cfg.profile
    key = dependencies_key(cfg, reqs)
    lockfile = lock.lock_path(p)
    final = cache.path("deps", f"{p.arch}-{key}")
    if final.exists():
        log.info("python dependencies: cached %s", final.name)
        return final, True
    tmp = final.with_name(f"tmp-{os.getpid()}-{final.name}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)  # pip writes its report there, and creates only lib/ itself
    t0 = time.monotonic()
    plat = [a for t in p.wheel_platforms for a in ("--platform", t)]
    proc.run([_host_python(), "-m", "pip", "install", "-q", "--disable-pip-version-check",
              "--no-warn-conflicts", "--require-hashes", "--no-deps",
              "--target", tmp / "lib", "--only-binary=:all:", *plat,
              "--python-version", TARGET_PYTHON, "--implementation", "cp", "--abi", "cp311",
              "--abi", "abi3", "--abi", "none", "--report", tmp / "pip-report.json",
              "--cache-dir", cache.root / "pip", "-r", lockfile])
    # Console scripts from dependencies would point at the host's interpreter: drop them.
    shutil.rmtree(tmp / "lib/bin", ignore_errors=True)
    record(final, time.monotonic() - t0)
    log.info("python dependencies: %d wheels from %s in %.1fs", len(lock.pinned(lockfile)),
             lock.shown(lockfile), time.monotonic() - t0)
    cache.publish(tmp, final)
    cache.prune("deps", keep=4)
    return final, False


def install(cfg: BuildConfig, root: Path, wheel: Path, deps: Path) -> list[dict[str, str]]:
    lib = root / LIB
    lib.parent.mkdir(parents=True, exist_ok=True)
    proc.run(["cp", "-a", f"{deps}/lib/.", str(lib)], quiet=True)
    with zipfile.ZipFile(wheel) as z:
        z.extractall(lib)  # a pure wheel: unpacking it is installing it
    _write_wrappers(root, lib)
    # Byte-compile with bookworm's own Python version: ProtectSystem=strict forbids writing
    # __pycache__ at run time, so without this every start would compile everything again.
    proc.run(["/usr/bin/python3", "-m", "compileall", "-q", "-j0",
              "--invalidation-mode", "unchecked-hash", "-s", str(root), "-p", "/", str(lib)],
             capture=True, check=False)
    return installed_wheels(lib)


def _write_wrappers(root: Path, lib: Path) -> None:
    bindir = root / "opt/llmos/bin"
    bindir.mkdir(parents=True, exist_ok=True)
    for ep_file in lib.glob("llmos-*.dist-info/entry_points.txt"):
        cp = configparser.ConfigParser()
        cp.read(ep_file)
        if not cp.has_section("console_scripts"):
            continue
        for name, target in cp.items("console_scripts"):
            module, _, func = target.partition(":")
            script = bindir / name
            script.write_text(
                "#!/bin/sh\n# Generated by image/llmos_image/agent.py\n"
                f"export PYTHONPATH=/{LIB}${{PYTHONPATH:+:$PYTHONPATH}}\n"
                f"exec /usr/bin/python3 -c 'import sys; from {module} import {func}; "
                f"sys.argv[0] = \"{name}\"; sys.exit({func}())' \"$@\"\n")
            script.chmod(0o755)
    usrbin = root / "usr/local/bin"
    usrbin.mkdir(parents=True, exist_ok=True)
    for script in bindir.iterdir():
        link = usrbin / script.name
        link.unlink(missing_ok=True)
        link.symlink_to(f"/opt/llmos/bin/{script.name}")


def installed_wheels(lib: Path) -> list[dict[str, str]]:
    found = []
    for d in sorted(lib.glob("*.dist-info")):
        name, _, version = d.name[: -len(".dist-info")].rpartition("-")
        found.append({"name": name, "version": version})
    return found


def model_bundle(cfg: BuildConfig, root: Path) -> dict[str, str] | None:
    """Copy the default model bundle when the model pipeline has produced one."""
    from llmos.agent.config import DEVICE_BUNDLE

    src = cfg.model_dir
    if not src.is_dir() or not any(src.iterdir()):
        log.warning("no model bundle at %s: the image uses the rules controller", src)
        return None
    dst = root / DEVICE_BUNDLE.relative_to("/")
    shutil.copytree(src, dst, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.py", "*.pyc", ".gitignore"))
    return {"path": str(DEVICE_BUNDLE), "sha256": tree_digest(dst), "source": str(src)}


def agent_settings(cfg: BuildConfig, model: dict[str, str] | None) -> dict[str, Any]:
    """What the image chooses for the agent; every other key keeps the agent's default."""
    from llmos.agent.config import DEVICE_BUNDLE

    consoles = ["/dev/ttyS0"] if cfg.profile.arch == "amd64" else ["/dev/ttyAMA0"]
    if cfg.profile.name.startswith("jetson"):
        consoles = ["/dev/ttyTCU0", "/dev/ttyAMA0"]  # Orin debug UART; QEMU virt
    return {
        "state_dir": "/var/lib/llmos",
        # Mutual TLS for the fleet; certificates from first-boot identity (docs/image.md).
        "grpc": {"listen": "0.0.0.0:7443", "cert": "/etc/llmos/pki/device.crt",
                 "key": "/etc/llmos/pki/device.key", "client_ca": "/etc/llmos/pki/client-ca.crt",
                 "unix_socket": "/run/llmos/agent.sock", "insecure_listen": ""},
        "controller": {"kind": "model" if model else "rules"},
        # auto: TensorRT/CUDA on Jetson, OpenVINO where an NPU/GPU is present, else CPU.
        "model": {"bundle": str(DEVICE_BUNDLE), "provider": cfg.profile.model_provider},
        "udev": {"enabled": True},
        "executor": {"kind": "system", "media_root": "/media/llmos", "sysfs_root": "/sys"},
        "console": {"ports": consoles},
        # Least privilege: only these may be acted on (systemd's own units, gettys, D-Bus,
        # udev, journald and disks holding the system are refused whatever this says).
        "policy": {"expose": {"units": ["app-*.service", "nginx.service", "mosquitto.service",
                                        "ssh.service", "chrony.service"],
                              "interfaces": ["eth*", "en*", "wl*", "usb*", "wwan*"],
                              "leds": ["*"],
                              "storage": ["/dev/sd*", "/dev/mmcblk*p*", "/dev/nvme*n*p*"]}},
        # A/B images: RAUC bundles over gRPC and the health gate of every boot (rauc.py).
        **({"os_update": {"enabled": True}} if rauc.enabled(cfg) else {}),
    }


def agent_toml(cfg: BuildConfig, model: dict[str, str] | None) -> str:
    """/etc/llmos/agent.toml, rendered from the agent's own configuration model: a key it does
    not know, or a value it would refuse, fails the build instead of the device's first start."""
    import tomli_w

    from llmos.agent.config import parse_config

    config = parse_config(agent_settings(cfg, model))
    chosen = config.model_dump(mode="json", exclude_unset=True)
    return ("# llmos agent configuration, written by the image build (image/llmos_image/agent.py)\n"
            "# from the agent's configuration model; every key: docs/configuration.md\n"
            + tomli_w.dumps(chosen))


def agent_inputs_digest(wheel: Path, reqs: list[str], cfg: BuildConfig) -> str:
    """Everything of the agent that goes into the image: its own files, its dependencies (as
    they would be fetched: dependencies_key) and the model bundle."""
    with zipfile.ZipFile(wheel) as z:
        parts = sorted((i.filename, i.CRC) for i in z.infolist())
    return digest("agent-v3", parts, dependencies_key(cfg, reqs), tree_digest(cfg.model_dir))


def new_workdir(cfg: BuildConfig) -> Path:
    base = cfg.cache_dir / "work"
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{cfg.variant}-", dir=base))
