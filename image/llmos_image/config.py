"""Profiles and build settings: parsed and validated once, then passed around frozen."""
from __future__ import annotations

import os
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import proc
from .proc import BuildError

IMAGE_DIR = Path(__file__).resolve().parent.parent
REPO = IMAGE_DIR.parent
PROFILES_DIR = IMAGE_DIR / "profiles"
OVERLAY_DIR = IMAGE_DIR / "overlay"

GLIBC_MINOR = 36  # bookworm's glibc 2.36: manylinux_2_17 .. manylinux_2_36 wheels run on it


def _manylinux(machine: str) -> tuple[str, ...]:
    tags = [f"manylinux_2_{m}_{machine}" for m in range(GLIBC_MINOR, 16, -1)]
    tags.append(f"manylinux2014_{machine}")
    if machine == "x86_64":
        tags += ["manylinux2010_x86_64", "manylinux1_x86_64"]
    return (*tags, f"linux_{machine}")


# Debian architecture -> (Python wheel platform tags, QEMU system binary, GPT root type)
ARCHES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "amd64": (_manylinux("x86_64"), "qemu-system-x86_64", "4f68bce3-e8cd-4db1-96e7-fbcaf984b709"),
    "arm64": (_manylinux("aarch64"), "qemu-system-aarch64", "b921b045-1df0-41c3-af44-4c6f280d3fae"),
}


@dataclass(frozen=True)
class Disk:
    esp_mib: int = 256
    root_mib: int = 1536
    root_slots: int = 2
    data_mib: int = 256


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    arch: str
    suite: str
    packages: tuple[str, ...]
    # "disk": a bootable GPT disk image; "rootfs": a tarball + directory for a vendor flasher.
    output: str
    kernel: str  # Debian kernel package, "" when the board brings its own (Jetson L4T)
    kernel_cmdline: str
    agent: bool
    python_extras: tuple[str, ...]
    execution_providers: tuple[str, ...]
    overlays: tuple[str, ...]
    disk: Disk
    extra_wheels: tuple[str, ...] = ()
    model_provider: str = "auto"  # the agent's [model] provider

    @property
    def wheel_platforms(self) -> tuple[str, ...]:
        return ARCHES[self.arch][0]

    @property
    def qemu(self) -> str:
        return ARCHES[self.arch][1]

    @property
    def root_type(self) -> str:
        return ARCHES[self.arch][2]


def known_profiles() -> list[str]:
    return sorted(p.stem for p in PROFILES_DIR.glob("*.toml"))


def _read(name: str) -> dict[str, Any]:
    path = PROFILES_DIR / f"{name}.toml"
    if not path.is_file():
        raise BuildError(f"unknown profile {name!r}; known profiles: {', '.join(known_profiles())}")
    data = tomllib.loads(path.read_text())
    parent = data.pop("inherits", None)
    if parent is None:
        return data
    merged = _read(parent)
    # Lists named extra_* extend the parent's list; everything else replaces it.
    for key, value in data.items():
        if key.startswith("extra_") and key[6:] in merged:
            merged[key[6:]] = [*merged[key[6:]], *value]
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def load_profile(name: str) -> Profile:
    raw = _read(name)
    try:
        arch = raw["arch"]
        if arch not in ARCHES:
            raise BuildError(f"profile {name}: arch {arch!r} not one of {', '.join(ARCHES)}")
        output = raw.get("output", "disk")
        if output not in ("disk", "rootfs"):
            raise BuildError(f"profile {name}: output must be 'disk' or 'rootfs'")
        return Profile(
            name=name,
            description=raw.get("description", ""),
            arch=arch,
            suite=raw.get("suite", "bookworm"),
            packages=tuple(raw["packages"]),
            output=output,
            kernel=raw.get("kernel", ""),
            kernel_cmdline=raw.get("kernel_cmdline", ""),
            agent=raw.get("agent", True),
            python_extras=tuple(raw.get("python_extras", ["model"])),
            execution_providers=tuple(raw.get("execution_providers", ["CPUExecutionProvider"])),
            overlays=tuple(raw.get("overlays", ["common"])),
            disk=Disk(**raw.get("disk", {})),
            extra_wheels=tuple(raw.get("extra_wheels", [])),
            model_provider=raw.get("model_provider", "auto"),
        )
    except (KeyError, TypeError) as e:
        raise BuildError(f"profile {name}: bad or missing setting: {e}") from e


def default_cache_dir() -> Path:
    if env := os.environ.get("LLMOS_IMAGE_CACHE"):
        return Path(env)
    if os.geteuid() == 0:
        return Path("/var/cache/llmos-image")
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "llmos-image"


def default_source_date_epoch() -> int:
    if env := os.environ.get("SOURCE_DATE_EPOCH"):
        return int(env)
    if shutil.which("git") is None or not (REPO / ".git").exists():
        return 1700000000
    try:
        return int(proc.output(["git", "-C", str(REPO), "log", "-1", "--format=%ct"]).strip())
    except (BuildError, ValueError):
        return 1700000000


@dataclass(frozen=True)
class BuildConfig:
    profile: Profile
    out_dir: Path
    cache_dir: Path
    source_date_epoch: int
    # A sources file or URL for mmdebstrap; None means the host's configured apt sources.
    mirror: str | None = None
    # Build the image without the agent (the plain baseline for boot-time comparison).
    with_agent: bool = True
    python: str = "python3"
    model_dir: Path = field(default=REPO / "models" / "default")

    @property
    def variant(self) -> str:
        return self.profile.name if self.with_agent and self.profile.agent else f"{self.profile.name}-plain"


def build_config(profile: str, *, out: Path | None = None, mirror: str | None = None,
                 with_agent: bool = True) -> BuildConfig:
    prof = load_profile(profile)
    cfg = BuildConfig(
        profile=prof,
        out_dir=Path("/dev/null"),
        cache_dir=default_cache_dir(),
        source_date_epoch=default_source_date_epoch(),
        mirror=mirror,
        with_agent=with_agent,
        model_dir=Path(os.environ.get("LLMOS_MODEL_DIR", REPO / "models" / "default")),
    )
    out_dir = out or REPO / "out" / cfg.variant
    return BuildConfig(**{**cfg.__dict__, "out_dir": out_dir})
