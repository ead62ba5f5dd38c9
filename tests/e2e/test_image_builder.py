"""The image builder's own contract: profiles, layout, manifest (fast; no QEMU)."""
from __future__ import annotations

import itertools
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, Built
from llmos_image import agent, config, disk
from llmos_image.proc import BuildError


def test_unknown_profile_lists_known_ones() -> None:
    with pytest.raises(BuildError, match="known profiles: jetson-orin, x86_64-npu, x86_64-uefi"):
        config.load_profile("nope")
    out = subprocess.run([sys.executable, "-m", "llmos_image", "build", "--profile", "nope"],
                         cwd=REPO, env={"PYTHONPATH": str(REPO / "image"), "PATH": "/usr/bin:/bin"},
                         capture_output=True, text=True)
    assert out.returncode == 2 and "known profiles" in out.stderr


def test_npu_profile_inherits_and_extends() -> None:
    base, npu = config.load_profile("x86_64-uefi"), config.load_profile("x86_64-npu")
    assert set(base.packages) < set(npu.packages)
    assert npu.kernel == base.kernel and npu.disk == base.disk
    assert npu.model_provider == "openvino" and "npu" in npu.overlays


def test_layout_leaves_room_for_slot_b_and_data_last() -> None:
    cfg = config.build_config("x86_64-uefi")
    parts = disk.layout(cfg)
    assert [p.name for p in parts] == ["esp", "root-a", "root-b", "data"]
    assert parts[1].size_mib == parts[2].size_mib and parts[2].attrs == disk.NO_AUTO
    assert all(a.start_mib + a.size_mib == b.start_mib for a, b in itertools.pairwise(parts))
    assert "PARTLABEL=llmos-data  /var/lib/llmos" in disk.fstab(parts)


def test_requirements_follow_extras_and_replacements(tmp_path: Path) -> None:
    whl = tmp_path / "llmos-0-py3-none-any.whl"
    with zipfile.ZipFile(whl, "w") as z:
        z.writestr("llmos-0.dist-info/METADATA", "Requires-Dist: grpcio>=1\n"
                   'Requires-Dist: onnxruntime>=1.18; extra == "model"\n'
                   'Requires-Dist: torch; extra == "models"\n')
    assert agent.requirements(whl, ("model",), ()) == ["grpcio>=1", "onnxruntime>=1.18"]
    assert agent.requirements(whl, ("model",), ("onnxruntime-openvino",)) == [
        "grpcio>=1", "onnxruntime-openvino"]


def test_manifest_describes_the_build(uefi_image: Built) -> None:
    m = uefi_image.manifest
    for key in ("profile", "packages", "wheels", "model", "partitions", "image", "source_date_epoch"):
        assert key in m, key
    names = {p["name"] for p in m["packages"]}
    assert {"systemd", "python3", "python3-systemd", "linux-image-amd64"} <= names
    assert "openssh-server" not in names
    assert any(w["name"] == "llmos" for w in m["wheels"])
    assert len(m["image"]["sha256"]) == 64
    out = uefi_image.cfg.out_dir
    assert (out / f"{uefi_image.image.stem}.bmap").is_file()
    assert (out / f"{uefi_image.image.name}.zst").is_file()
    table = json.loads(subprocess.run(["sfdisk", "--json", uefi_image.image], capture_output=True,
                                      text=True, check=True).stdout)["partitiontable"]
    assert [p["name"] for p in table["partitions"]] == [p["label"] for p in m["partitions"]]


def test_sbom_beside_the_image_is_named_by_the_manifest(uefi_image: Built) -> None:
    """The CycloneDX SBOM lists what the manifest lists (dpkg's packages, the wheels in
    /opt/llmos/lib), validates, and the manifest pins it by sha256."""
    from llmos_image import sbom
    from llmos_image.cache import file_sha256

    m = uefi_image.manifest
    said = m["sbom"]
    path = uefi_image.cfg.out_dir / said["file"]
    assert said["file"] in m["files"] and file_sha256(path) == said["sha256"]
    assert sbom.validate(path.read_text()) == []
    assert said["components"] == {"debian": len(m["packages"]), "python": len(m["wheels"])}
    doc = json.loads(path.read_text())
    hashed = [c for c in doc["components"] if c["bom-ref"].startswith("pypi:") and c.get("hashes")]
    assert len(hashed) == len(m["wheels"]) - 1  # every locked wheel; the project's own is built


def test_flash_refuses_the_running_system_disk() -> None:
    from llmos_image import flash
    source = subprocess.run(["findmnt", "-n", "-o", "SOURCE", "/"], capture_output=True,
                            text=True).stdout.strip()
    disk_name = subprocess.run(["lsblk", "-no", "PKNAME", source], capture_output=True,
                               text=True).stdout.strip() if source.startswith("/dev/") else ""
    device = f"/dev/{disk_name}" if disk_name else source
    if not device.startswith("/dev/") or not Path(device).is_block_device():
        pytest.skip(f"the root filesystem is not on a block device here ({source})")
    with pytest.raises(BuildError, match=r"not removable|in use|partition"):
        flash.check_device(device)


def test_the_development_identity_comes_from_the_agents_pki(tmp_path: Path) -> None:
    from cryptography import x509

    from llmos.agent.domain import Role
    from llmos.pki import certificate_identity
    from llmos_image import provision

    pki = provision.dev_identity(tmp_path / "pki")
    assert certificate_identity((pki / "admin.crt").read_bytes()) == ("dev-admin", Role.ADMIN)
    device = x509.load_pem_x509_certificate((pki / "device.crt").read_bytes())
    san = device.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["llmos", "localhost"]
    assert [str(ip) for ip in san.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    made = (pki / "device.crt").read_bytes()
    assert provision.dev_identity(pki) == pki and (pki / "device.crt").read_bytes() == made
    files = provision.provision_dir(pki, tmp_path / "provision")
    assert sorted(p.name for p in files.iterdir()) == sorted(provision.FILES)
    assert (files / "client-ca.crt").read_bytes() == (pki / "fleet-ca.crt").read_bytes()


@pytest.mark.parametrize("profile, consoles", [
    ("x86_64-uefi", ("/dev/ttyS0",)), ("jetson-orin", ("/dev/ttyTCU0", "/dev/ttyAMA0")),
])
def test_agent_toml_is_rendered_from_the_agents_configuration(
        tmp_path: Path, profile: str, consoles: tuple[str, ...]) -> None:
    from llmos.agent.config import DEVICE_BUNDLE, load_config

    cfg = config.build_config(profile)
    path = tmp_path / "agent.toml"
    path.write_text(agent.agent_toml(cfg, {"path": str(DEVICE_BUNDLE)}))
    loaded = load_config(path)  # what the device's agent reads at start
    assert loaded.model.bundle == DEVICE_BUNDLE and loaded.controller.kind == "model"
    assert loaded.console.ports == consoles and loaded.grpc.listen == "0.0.0.0:7443"
    assert loaded.model.provider == cfg.profile.model_provider
    policy, default = load_config(path).policy, load_config(None).policy
    assert "nginx.service" in policy.expose.units and policy.expose.storage  # what it exposes
    assert policy.model_copy(update={"expose": default.expose}) == default  # the rest: defaults
    path.write_text(agent.agent_toml(cfg, None))
    assert load_config(path).controller.kind == "rules"


def test_pruning_keeps_whole_entries_and_their_records(tmp_path: Path) -> None:
    """Three profiles' base trees and their records must all survive a keep=4 prune: counting
    the records as entries pushed the first profile's base out, and `make run` rebuilt it."""
    import os

    from llmos_image.cache import Cache, record, recorded_seconds

    cache = Cache(tmp_path)
    made = []
    for i, name in enumerate(("amd64-uefi.tar", "arm64-jetson.tar", "amd64-npu.tar",
                              "amd64-old.tar", "amd64-older.tar")):
        artifact = cache.path("base", name)
        artifact.parent.mkdir(parents=True, exist_ok=True)
        artifact.write_text(name)
        record(artifact, 100.0 + i)
        os.utime(artifact, (1000 - i, 1000 - i))  # the first is the newest
        made.append(artifact)
    cache.prune("base", keep=4)
    assert [a.exists() for a in made] == [True, True, True, True, False]
    assert recorded_seconds(made[0]) == 100.0 and not (tmp_path / "base/amd64-older.json").exists()


def test_an_up_to_date_image_needs_no_base_tree_and_no_dependencies(
        uefi_image: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    """`make run` after `make test`: the same key, so out/ is current and nothing is rebuilt,
    not even a base tree or dependencies the cache no longer holds."""
    from llmos_image import build, rootfs

    def rebuilt(*args: object) -> None:
        raise AssertionError("rebuilt what an up-to-date image does not need")

    monkeypatch.setattr(rootfs, "base_tarball", rebuilt)
    monkeypatch.setattr(agent, "dependencies", rebuilt)
    again = config.build_config(uefi_image.cfg.profile.name)  # as `llmos_image run` makes it
    assert json.loads(build.build(again).read_text())["key"] == uefi_image.manifest["key"]
