"""The image's supply chain without building an image: the hashed runtime lock is current with
pyproject.toml, it is what the build installs and keys its cache on, and the SBOM made from a
root tree validates against CycloneDX's schema."""
from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "image"))

from llmos_image import agent, config, lock, sbom  # noqa: E402
from llmos_image.proc import BuildError  # noqa: E402


@pytest.mark.parametrize("profile", [p.name for p in lock.lock_profiles()])
def test_lock_is_current_with_pyproject(profile: str) -> None:
    """Fails when pyproject.toml's runtime dependencies (or a profile's extras) changed and
    `make lock` was not run."""
    assert lock.stale_reason(config.load_profile(profile)) == ""


@pytest.mark.parametrize("profile", [p.name for p in lock.lock_profiles()])
def test_lock_pins_every_requirement_with_hashes(profile: str) -> None:
    p = config.load_profile(profile)
    path = lock.lock_path(p)
    pins = lock.pinned(path)
    assert {lock.requirement_name(r) for r in lock.runtime_requirements(p)} <= set(pins)
    # every pin carries at least one sha256, which `pip --require-hashes` insists on
    blocks = [b for b in path.read_text().split("\n") if b and not b.startswith((" ", "#"))]
    assert len(blocks) == len(pins)
    text = path.read_text()
    for name, version in pins.items():
        start = text.lower().replace("_", "-").index(f"\n{name}=={version}".lower())
        assert "--hash=sha256:" in text[start:start + 300], name


def test_a_changed_dependency_makes_the_lock_stale(tmp_path: Path) -> None:
    p = config.load_profile("x86_64-uefi")
    pyproject = tmp_path / "pyproject.toml"
    original = (REPO / "pyproject.toml").read_text()
    pyproject.write_text(original)
    assert lock.input_digest(p, pyproject) == lock.recorded_digest(lock.lock_path(p))
    pyproject.write_text(original.replace('"rich>=13",', '"rich>=14",'))
    assert lock.input_digest(p, pyproject) != lock.recorded_digest(lock.lock_path(p))
    # an extra the image does not install changes nothing
    pyproject.write_text(original.replace('"pytest>=8",', '"pytest>=9",'))
    assert lock.input_digest(p, pyproject) == lock.recorded_digest(lock.lock_path(p))


def test_replacement_wheel_takes_the_place_of_the_plain_one() -> None:
    reqs = lock.runtime_requirements(config.load_profile("x86_64-npu"))
    names = {lock.requirement_name(r) for r in reqs}
    assert "onnxruntime-openvino" in names and "onnxruntime" not in names
    assert "onnxruntime" in lock.pinned(lock.lock_path(config.load_profile("x86_64-uefi")))


def test_build_refuses_a_stale_lock_and_keys_the_cache_on_the_lock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = config.build_config("x86_64-uefi")
    reqs = lock.runtime_requirements(cfg.profile)
    key = agent.dependencies_key(cfg, reqs)
    copy = tmp_path / "x86_64-uefi.txt"
    copy.write_text(lock.lock_path(cfg.profile).read_text())
    monkeypatch.setattr(lock, "LOCK_DIR", tmp_path)
    monkeypatch.setattr(lock, "REPO", tmp_path)
    assert agent.dependencies_key(cfg, reqs) == key
    copy.write_text(copy.read_text().replace("--hash=sha256:", "--hash=sha256:0", 1))
    assert agent.dependencies_key(cfg, reqs) != key  # one hash more or less: another image
    with pytest.raises(BuildError, match="lacks not-locked"):
        agent.dependencies_key(cfg, [*reqs, "not-locked>=1"])
    copy.write_text(copy.read_text().replace("# input-sha256: ", "# input-sha256: 0", 1))
    with pytest.raises(BuildError, match="make lock"):
        agent.dependencies_key(cfg, reqs)


@pytest.mark.parametrize("profile", [p.name for p in lock.lock_profiles()])
def test_the_generated_stubs_import_under_the_locked_grpcio_and_protobuf(profile: str) -> None:
    """The stubs come from the development environment's grpcio-tools, the image's grpcio from
    the lock: a newer grpcio-tools writes stubs that the image's agent refuses to import."""
    assert lock.stub_mismatches(lock.lock_path(config.load_profile(profile))) == []


def test_build_refuses_stubs_newer_than_the_locked_runtime(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = config.build_config("x86_64-uefi")
    pins = lock.pinned(lock.lock_path(cfg.profile))
    stubs = tmp_path / "v1"
    stubs.mkdir()
    (stubs / "commands_pb2_grpc.py").write_text(f"GRPC_GENERATED_VERSION = '{pins['grpcio']}'\n")
    (stubs / "commands_pb2.py").write_text(
        "_runtime_version.ValidateProtobufRuntimeVersion(\n    _runtime_version.Domain.PUBLIC,\n"
        "    5,\n    26,\n    1,\n    '',\n    'llmos/v1/commands.proto'\n)\n")
    assert lock.stub_mismatches(lock.lock_path(cfg.profile), tmp_path) == []
    (stubs / "device_pb2_grpc.py").write_text("GRPC_GENERATED_VERSION = '99.0.1'\n")
    (stubs / "device_pb2.py").write_text(
        "ValidateProtobufRuntimeVersion(\n    Domain.PUBLIC, 99, 0, 0, '', 'device.proto')\n")
    assert lock.stub_mismatches(lock.lock_path(cfg.profile), tmp_path) == [
        f"the gRPC stubs need grpcio>=99.0.1, image/locks/x86_64-uefi.txt has {pins['grpcio']}",
        f"the gRPC stubs need protobuf>=99.0.0, image/locks/x86_64-uefi.txt has {pins['protobuf']}"]
    real = lock.stub_mismatches
    monkeypatch.setattr(lock, "stub_mismatches", lambda path: real(path, tmp_path))
    with pytest.raises(BuildError, match=r"grpcio>=99\.0\.1.*make setup"):
        agent.dependencies_key(cfg, lock.runtime_requirements(cfg.profile))


def _root(tmp_path: Path) -> tuple[Path, Path]:
    """A root tree as the build leaves it: dpkg's status, two dist-infos, pip's report."""
    root = tmp_path / "root"
    (root / "var/lib/dpkg").mkdir(parents=True)
    (root / "var/lib/dpkg/status").write_text(textwrap.dedent("""\
        Package: libc6
        Status: install ok installed
        Architecture: amd64
        Source: glibc
        Version: 2.36-9+deb12u9
        Maintainer: GNU Libc Maintainers <debian-glibc@lists.debian.org>
        Description: GNU C Library: Shared libraries
         Contains the standard libraries.

        Package: python3
        Status: install ok installed
        Architecture: amd64
        Source: python3-defaults (3.11.2-1)
        Version: 3.11.2-1+b1

        Package: removed-thing
        Status: deinstall ok config-files
        Architecture: amd64
        Version: 1.0
        """))
    lib = root / "opt/llmos/lib"
    for name, version, extra in (
            ("grpcio", "1.85.3", "License: Apache License 2.0\n"),
            ("numpy", "2.4.6", "License-Expression: BSD-3-Clause AND MIT\n"),
            ("pyserial", "3.5", "Classifier: License :: OSI Approved :: BSD License\n"),
            ("llmos", "0.1.0", "License: Apache-2.0\n")):
        d = lib / f"{name}-{version}.dist-info"
        d.mkdir(parents=True)
        (d / "METADATA").write_text(f"Metadata-Version: 2.4\nName: {name}\nVersion: {version}\n"
                                    + extra)
    report = tmp_path / "pip-report.json"
    report.write_text(json.dumps({"version": "1", "install": [
        {"metadata": {"name": "numpy", "version": "2.4.6"},
         "download_info": {"url": "https://files.example/numpy-2.4.6.whl",
                           "archive_info": {"hashes": {"sha256": "ab" * 32}}}}]}))
    return root, report


def test_sbom_lists_debian_and_python_packages_and_validates(tmp_path: Path) -> None:
    root, report = _root(tmp_path)
    out = tmp_path / "llmos.cdx.json"
    said = sbom.write(out, root, name="llmos-x86_64-uefi", version="k1", suite="bookworm",
                      source_date_epoch=1_700_000_000, pip_report=report,
                      properties={"profile": "x86_64-uefi"})
    text = out.read_text()
    assert sbom.validate(text) == []  # CycloneDX 1.6, the library's strict JSON validator
    assert said["components"] == {"debian": 2, "python": 4}
    assert len(said["sha256"]) == 64 and said["file"] == out.name
    doc = json.loads(text)
    by_ref = {c["bom-ref"]: c for c in doc["components"]}
    assert by_ref["deb:libc6:amd64"]["purl"] == (
        "pkg:deb/debian/libc6@2.36-9%2Bdeb12u9?arch=amd64&distro=bookworm&upstream=glibc")
    assert "deb:removed-thing:amd64" not in by_ref
    assert by_ref["pypi:numpy"]["hashes"] == [{"alg": "SHA-256", "content": "ab" * 32}]
    assert by_ref["pypi:numpy"]["licenses"] == [{"expression": "BSD-3-Clause AND MIT"}]
    assert by_ref["pypi:llmos"]["licenses"] == [{"license": {"id": "Apache-2.0"}}]
    assert doc["metadata"]["component"]["name"] == "llmos-x86_64-uefi"
    # identical inputs, identical bytes (serial number from the key, time from the epoch)
    again = tmp_path / "again.cdx.json"
    sbom.write(again, root, name="llmos-x86_64-uefi", version="k1", suite="bookworm",
               source_date_epoch=1_700_000_000, pip_report=report,
               properties={"profile": "x86_64-uefi"})
    assert again.read_text() == text


def test_the_validator_catches_a_broken_sbom(tmp_path: Path) -> None:
    root, report = _root(tmp_path)
    bom = sbom.make_bom(root, name="x", version="1", suite="bookworm", source_date_epoch=0,
                        pip_report=report, properties={})
    doc = json.loads(sbom.to_json(bom))
    doc["components"][0]["type"] = "spaceship"
    assert sbom.validate(json.dumps(doc))
