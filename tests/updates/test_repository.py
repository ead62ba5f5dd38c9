"""The TUF side of model updates, over a real HTTP server: what is refused (tampered files and
metadata, replayed and expired metadata, a wrong key, another catalog), that nothing on the
device changes when it is, and that key rotation keeps devices updating."""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from tuf.api.metadata import Metadata

from llmos.agent.api import UpdateResult as Result
from llmos.agent.catalog import load_catalog
from llmos.agent.update.slots import ModelSlots
from llmos.agent.update.updater import INSTALLED, REFUSED, ModelUpdater
from llmos.ctl.repository import Repository, RepositoryError, load_signer, make_keys
from tests.support.updates import UpdateLab, make_bundle, serve


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[UpdateLab]:
    lab = UpdateLab(tmp_path)
    with serve(lab.repo.path) as url:
        lab.url = url
        yield lab


def update(lab: UpdateLab, version: str = "", **config: object) -> Result:
    updater = ModelUpdater(lab.config(**config), load_catalog())
    return asyncio.run(updater.update(version))


def device_files(lab: UpdateLab) -> dict[str, bytes]:
    """Every file the device holds for its model, except TUF's own cache of metadata."""
    root = lab.state / "models"
    return {str(p.relative_to(root)): p.read_bytes() if p.is_file() else b"dir"
            for p in sorted(root.rglob("*")) if "tuf" not in p.parts
            and "download" not in p.parts and p.name != "state.json"}


def assert_refused(result: Result, *words: str) -> None:
    assert result.outcome == REFUSED, result
    for word in words:
        assert word in result.detail, result.detail


def test_a_published_bundle_is_fetched_verified_and_installed(lab: UpdateLab) -> None:
    lab.publish("1.1.0")
    result = update(lab)
    assert result.outcome == INSTALLED and result.version == "1.1.0", result
    slots = ModelSlots(lab.state / "models")
    current = slots.current_bundle()
    assert current is not None
    assert json.loads((current / "manifest.json").read_text())["version"] == "1.1.0"
    assert update(lab).outcome == "up-to-date"


def test_a_tampered_bundle_file_is_refused_and_nothing_changes(lab: UpdateLab) -> None:
    lab.publish("1.1.0")
    assert update(lab).outcome == INSTALLED
    before = device_files(lab)
    lab.publish("1.2.0")
    served = next((lab.repo.targets_dir / "models" / "llmos-controller-1.2.0").glob(
        "*.model.onnx"))
    data = bytearray(served.read_bytes())
    data[len(data) // 2] ^= 1  # one bit, same length
    served.write_bytes(bytes(data))
    assert_refused(update(lab), "model.onnx", "sha256 does not match")
    assert device_files(lab) == before
    # A file swapped for another bundle's file of another length: the same.
    served.write_bytes(b"not a model")
    assert_refused(update(lab), "model.onnx")
    assert device_files(lab) == before


def test_tampered_metadata_is_refused(lab: UpdateLab) -> None:
    lab.publish("1.1.0")
    path = lab.repo.metadata_dir / "timestamp.json"
    raw = json.loads(path.read_text())
    raw["signed"]["expires"] = "2099-01-01T00:00:00Z"  # a longer life, without the key
    path.write_text(json.dumps(raw))
    assert_refused(update(lab), "signature not valid")
    assert device_files(lab) == {}


def test_a_replayed_timestamp_is_refused(lab: UpdateLab) -> None:
    lab.publish("1.1.0")
    old = (lab.repo.metadata_dir / "timestamp.json").read_bytes()
    lab.publish("1.2.0")
    assert update(lab).version == "1.2.0"
    before = device_files(lab)
    # An attacker (or a stale mirror) serves the older timestamp: a freeze or rollback attack.
    (lab.repo.metadata_dir / "timestamp.json").write_bytes(old)
    assert_refused(update(lab), "replay")
    assert device_files(lab) == before


def test_expired_metadata_is_refused(tmp_path: Path) -> None:
    lab = UpdateLab(tmp_path)
    lab.repo.expires = {"timestamp": timedelta(seconds=-60)}
    lab.publish("1.1.0")
    with serve(lab.repo.path) as url:
        lab.url = url
        assert_refused(update(lab), "expired")
        assert device_files(lab) == {}
        lab.repo.expires = None
        lab.repo.refresh()  # the publisher re-signs in time: updates flow again
        assert update(lab).outcome == INSTALLED


def test_metadata_signed_with_a_wrong_key_is_refused(lab: UpdateLab) -> None:
    lab.publish("1.1.0")
    # The attacker has the repository's files but not its targets key: a bundle of theirs,
    # published with their own key pair over the real repository's metadata.
    attacker_keys = lab.tmp / "attacker"
    shutil.copytree(lab.keys, attacker_keys)
    (attacker_keys / "targets.key").unlink()
    make_keys(attacker_keys, ("targets",))
    Repository(lab.repo.path, attacker_keys).publish(lab.bundle("6.6.6"))
    assert_refused(update(lab), "signature not valid")
    assert device_files(lab) == {}


def test_a_bundle_for_another_catalog_is_refused(lab: UpdateLab) -> None:
    lab.publish("1.1.0", catalog_sha256="0" * 64)
    result = update(lab)
    assert_refused(result, "built for action catalog 000000000000")
    assert device_files(lab) == {}
    # Asked for by version, the same.
    assert_refused(update(lab, "1.1.0"), "action catalog")


def test_a_bundle_failing_its_golden_cases_is_never_switched_to(lab: UpdateLab) -> None:
    lines = [json.loads(line) for line in
             (Path(__file__).resolve().parents[1] / "model" / "handwritten.jsonl")
             .read_text().splitlines()[:10]]
    for case in lines:  # expectations the model cannot meet: every case asks for a reboot
        case["expect"] = {"tool": "reboot", "args": {}}
    lab.publish("1.1.0", lines=[json.dumps(c) for c in lines])
    result = update(lab)
    assert_refused(result, "failed its golden cases", "claims 90.00%")
    slots = ModelSlots(lab.state / "models")
    assert slots.active() is None  # the factory bundle still runs
    state = slots.read_state()
    assert state.bad == ["a"] and "golden" in state.last_error
    # Not retried on every check; by name it is tried (and refused) again.
    assert update(lab).outcome == "up-to-date"
    assert_refused(update(lab, "1.1.0"), "golden")


def test_a_bundle_claiming_too_little_is_refused(lab: UpdateLab) -> None:
    lab.publish("1.1.0", claim=0.5)
    assert_refused(update(lab), "below updates.min_accuracy")


def test_key_rotation_of_every_role_keeps_devices_updating(lab: UpdateLab) -> None:
    lab.publish("1.1.0")
    assert update(lab).outcome == INSTALLED
    retired = (lab.keys / "timestamp.key").read_bytes()
    for role in ("timestamp", "snapshot", "targets", "root"):
        lab.repo.rotate(role)
    lab.publish("1.2.0")
    # The device walks root 1 -> 2 -> ... from the root it shipped with.
    assert update(lab).version == "1.2.0"
    root = Metadata.from_file(str(lab.repo.metadata_dir / "root.json"))
    assert root.signed.version == 5
    # A timestamp signed with the retired key is no longer trusted.
    retired_dir = lab.tmp / "retired"
    shutil.copytree(lab.keys, retired_dir)
    (retired_dir / "timestamp.key").write_bytes(retired)
    Repository(lab.repo.path, retired_dir).refresh()
    assert_refused(update(lab), "signature not valid")


def test_publish_refuses_bundles_devices_would_refuse(tmp_path: Path) -> None:
    lab = UpdateLab(tmp_path)
    plain = tmp_path / "plain"
    shutil.copytree(make_bundle(tmp_path / "b", "1.1.0"), plain)
    manifest = json.loads((plain / "manifest.json").read_text())
    del manifest["golden"]
    (plain / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(RepositoryError, match="no golden cases"):
        lab.repo.publish(plain)
    broken = make_bundle(tmp_path / "c", "1.2.0")
    (broken / "tokenizer.json").write_text("{}")
    with pytest.raises(RepositoryError, match="does not match the manifest"):
        lab.repo.publish(broken)
    sneaky = make_bundle(tmp_path / "d", "../../etc")
    with pytest.raises(RepositoryError, match="letters, digits"):
        lab.repo.publish(sneaky)
    lab.repo.publish(tmp_path / "b")
    with pytest.raises(RepositoryError, match="already published"):
        lab.repo.publish(tmp_path / "b")


def test_an_index_entry_naming_paths_is_not_offered(lab: UpdateLab) -> None:
    """Even a validly signed index (a compromised targets key) cannot make the device write
    outside its download directory: such entries are not offered."""
    from llmos.agent.update.fetch import Fetcher

    lab.publish("1.1.0")
    index = lab.repo.index()
    entry = dict(index["bundles"]["1.1.0"], version="../../../../tmp/evil")
    index["bundles"]["../../../../tmp/evil"] = entry
    targets = lab.repo._load("targets")
    targets.signed.targets["models/index.json"] = lab.repo._put_target(
        "models/index.json", lab.repo._index_bytes(index))
    targets.signed.version += 1
    lab.repo._commit(targets)
    root = lab.state / "models"
    fetcher = Fetcher(lab.url, lab.repo.metadata_dir / "1.root.json", root / "tuf",
                      root / "download")
    _, offers = fetcher.offers()
    assert [o.version for o in offers] == ["1.1.0"]


def test_a_new_root_not_signed_by_the_trusted_root_key_is_refused(lab: UpdateLab) -> None:
    """Whoever has the online keys but not the root key cannot name new keys: a root version
    2 signed by other keys breaks the chain the device walks."""
    lab.publish("1.1.0")
    assert update(lab).outcome == INSTALLED
    before = device_files(lab)
    thief = lab.tmp / "thief"
    shutil.copytree(lab.keys, thief)
    (thief / "root.key").unlink()
    make_keys(thief, ("root",))
    with pytest.raises(RepositoryError, match="not a root key"):
        Repository(lab.repo.path, thief).rotate("root")  # the publisher's tool says so
    # Done by hand: root 2 naming the thief's key, signed by it alone.
    root = Metadata.from_file(str(lab.repo.metadata_dir / "root.json"))
    stolen = load_signer(thief, "root")
    for keyid in list(root.signed.roles["root"].keyids):
        root.signed.revoke_key(keyid, "root")
    root.signed.add_key(stolen.public_key, "root")
    root.signed.version += 1
    root.signatures.clear()
    root.sign(stolen)
    (lab.repo.metadata_dir / "2.root.json").write_bytes(root.to_bytes())
    assert_refused(update(lab), "signature not valid")
    assert device_files(lab) == before
