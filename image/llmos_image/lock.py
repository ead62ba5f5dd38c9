"""The agent's runtime dependencies, locked per profile with the hash of every file.

The image installs exactly `image/locks/<profile>.txt` (`pip install --require-hashes
--no-deps`): no resolution at build time, so what PyPI publishes after `make lock` cannot get
into an image, and a file that differs from the one locked (a re-upload, a mirror serving
something else) fails the build. `make lock` resolves pyproject.toml's runtime dependencies
(`dependencies` plus the profile's extras and replacement wheels) with uv for the profile's
target (CPython 3.11, manylinux_2_36 of its machine, wheels only), constrained to the versions
the development environment (`make setup`'s .venv) has, and `make setup` installs .venv
constrained to the x86_64-uefi lock, so the image runs the versions the tests ran. The lock's
header records a hash of those inputs: a change to them without a new lock fails a unit test
and the build.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import tempfile
import tomllib
from pathlib import Path

from . import proc
from .config import GLIBC_MINOR, REPO, Profile, known_profiles, load_profile

LOCK_DIR = REPO / "image" / "locks"
TARGET_PYTHON = "3.11"  # bookworm's python3
_MACHINE = {"amd64": "x86_64", "arm64": "aarch64"}
_INPUT = re.compile(r"^# input-sha256: ([0-9a-f]{64})$", re.MULTILINE)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


def lock_path(profile: Profile) -> Path:
    return LOCK_DIR / f"{profile.name}.txt"


def shown(path: Path) -> str:
    """A path as messages name it: relative to the repository when it is in it."""
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def target_platform(profile: Profile) -> str:
    """uv's name for the profile's platform: the newest manylinux bookworm's glibc runs."""
    return f"{_MACHINE[profile.arch]}-manylinux_2_{GLIBC_MINOR}"


def runtime_requirements(profile: Profile, pyproject: Path = REPO / "pyproject.toml") -> list[str]:
    """pyproject's `dependencies` and the profile's extras; a replacement wheel
    (onnxruntime-openvino) takes the place of the plain one (onnxruntime)."""
    project = tomllib.loads(pyproject.read_text())["project"]
    reqs = list(project["dependencies"])
    for extra in profile.python_extras:
        reqs += project["optional-dependencies"][extra]
    for wheel in profile.extra_wheels:
        base = wheel.split("-")[0]
        reqs = [r for r in reqs if requirement_name(r) != base]
        reqs.append(wheel)
    return sorted(reqs)


def requirement_name(requirement: str) -> str:
    """The PEP 503 normalised name of a requirement ("tomli_w>=1" -> "tomli-w")."""
    m = _NAME.match(requirement.strip())
    return normalise(m.group(0) if m else requirement)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def input_digest(profile: Profile, pyproject: Path = REPO / "pyproject.toml") -> str:
    """What the lock was made from: the requirements and the target."""
    blob = json.dumps({"requirements": runtime_requirements(profile, pyproject),
                       "python": TARGET_PYTHON, "platform": target_platform(profile),
                       "format": 1}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def recorded_digest(path: Path) -> str:
    """The input hash a lock file was made from ("" for a missing or foreign file)."""
    try:
        m = _INPUT.search(path.read_text())
    except OSError:
        return ""
    return m.group(1) if m else ""


def stale_reason(profile: Profile) -> str:
    """Why the profile's lock cannot be used as it is; empty if it can."""
    path = lock_path(profile)
    if not path.is_file():
        return f"{shown(path)} is missing: run `make lock`"
    if recorded_digest(path) != input_digest(profile):
        return (f"{shown(path)} was made from other runtime dependencies than "
                "pyproject.toml now has (or for another target): run `make lock`")
    return ""


def check(profile: Profile) -> Path:
    """The profile's lock file; BuildError if it is missing or stale."""
    why = stale_reason(profile)
    if why:
        raise proc.BuildError(why)
    return lock_path(profile)


def pinned(path: Path) -> dict[str, str]:
    """name -> version of every package in a lock file."""
    pins = {}
    for line in path.read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", line)
        if m:
            pins[normalise(m.group(1))] = m.group(2)
    return pins


_STUB_GRPC = re.compile(r"^GRPC_GENERATED_VERSION = '([0-9.]+)'", re.MULTILINE)
_STUB_PROTOBUF = re.compile(r"ValidateProtobufRuntimeVersion\(\s*\S+,\s*(\d+),\s*(\d+),\s*(\d+),")


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def stub_mismatches(path: Path, stubs: Path = REPO / "agent" / "llmos") -> list[str]:
    """What the generated gRPC stubs need that the lock does not give: each stub refuses to
    import under a grpcio (or protobuf) older than the grpcio-tools that wrote it, so stubs
    from a newer grpcio-tools than the lock's grpcio start an agent that dies at import."""
    pins = pinned(path)
    needs: dict[str, tuple[int, ...]] = {}
    for stub in sorted(stubs.rglob("*_pb2*.py")):
        text = stub.read_text()
        found = [("grpcio", _version(m.group(1))) for m in _STUB_GRPC.finditer(text)]
        found += [("protobuf", tuple(map(int, m.groups()))) for m in _STUB_PROTOBUF.finditer(text)]
        for name, version in found:
            needs[name] = max(needs.get(name, version), version)
    return [f"the gRPC stubs need {name}>={'.'.join(map(str, version))}, "
            f"{shown(path)} has {pins.get(name, 'none')}"
            for name, version in sorted(needs.items())
            if name not in pins or _version(pins[name]) < version]


def tested_versions() -> list[str]:
    """Pins from the development environment (`make setup`'s .venv): the lock's constraints."""
    venv = REPO / ".venv/bin/python"
    if not venv.exists():
        return []
    out = proc.output([venv, "-m", "pip", "list", "--format=freeze", "--exclude-editable",
                       "--disable-pip-version-check"])
    return sorted(line for line in out.splitlines() if "==" in line and not line.startswith("llmos"))


def _uv() -> str:
    uv = Path(sys.executable).with_name("uv")
    return str(uv) if uv.exists() else "uv"


def compile_lock(profile: Profile) -> Path:
    """Resolve and write the profile's lock file with uv (PyPI only, wheels only)."""
    path = lock_path(profile)
    with tempfile.TemporaryDirectory(prefix="llmos-lock-") as tmp:
        work = Path(tmp)
        (work / "requirements.in").write_text("\n".join(runtime_requirements(profile)) + "\n")
        # Named so the lock's "via" notes say where a pin came from.
        (work / "tested-versions.txt").write_text("\n".join(tested_versions()) + "\n")
        body = proc.output(
            [_uv(), "pip", "compile", "--quiet", "--no-header", "--generate-hashes",
             "--python-version", TARGET_PYTHON, "--python-platform", target_platform(profile),
             "--only-binary", ":all:", "--no-config",
             "-c", "tested-versions.txt", "requirements.in"], cwd=work)
    header = (f"# The agent's runtime dependencies in the {profile.name} image: CPython "
              f"{TARGET_PYTHON},\n# {target_platform(profile)}, wheels only, with the hash of "
              "every file PyPI has for each.\n"
              "# Generated by `make lock` (image/llmos_image/lock.py, uv); do not edit.\n"
              f"# input-sha256: {input_digest(profile)}\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + body)
    return path


def lock_profiles() -> list[Profile]:
    """The profiles that install the agent, hence have a lock."""
    return [p for p in map(load_profile, known_profiles()) if p.agent]


def main(argv: list[str]) -> int:
    """`python -m llmos_image.lock [--check] [profile ...]`: write (or check) the locks."""
    names = [a for a in argv if not a.startswith("-")]
    profiles = [load_profile(n) for n in names] if names else lock_profiles()
    if "--check" in argv:
        bad = [why for why in map(stale_reason, profiles) if why]
        print("\n".join(bad) or "locks are current")
        return 1 if bad else 0
    for p in profiles:
        path = compile_lock(p)
        print(f"{shown(path)}: {len(pinned(path))} packages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
