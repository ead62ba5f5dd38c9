"""Operators' corrections folded into a bundle (`make model FEEDBACK=file`): the bundle recalls
them on every device, says what they changed, and refuses a tampered corrections file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from llmos.agent.controller.chain import FAILED, controller_chain
from llmos.agent.domain import DecisionRequest, DeviceState
from llmos_models import data, pipeline
from llmos_models.independent import image_config

STATE = {"units": [{"name": "telegraf.service", "description": "Telegraf"},
                   {"name": "nginx.service", "description": "A high performance web server"}],
         "interfaces": [], "leds": [], "storage": []}
CORRECTION = {"id": "cmd-1", "command": "do the usual thing", "state": STATE,
              "expect": {"tool": "restart_service", "args": {"unit": "telegraf.service"}},
              "was": {"tool": "say", "args": {}}, "by": "alice"}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, default_bundle: Path) -> Path:
    work = tmp_path_factory.mktemp("feedback")
    shipped = work / "bundle"
    shutil.copytree(default_bundle, shipped)
    feedback = work / "feedback.jsonl"
    feedback.write_text(json.dumps(CORRECTION) + "\n")
    return pipeline.with_feedback(shipped, feedback, work / "run")


def test_the_bundle_recalls_and_says_what_changed(bundle: Path) -> None:
    manifest = json.loads((bundle / "manifest.json").read_text())
    assert manifest["eval"]["feedback"] == {"n": 1, "right_before": 0, "right_after": 1}
    assert manifest["eval"]["test"], "the rest of the evaluation is kept"
    chain = controller_chain(image_config(bundle), None)
    chain.load()
    request = DecisionRequest("Do the usual thing.", (), DeviceState.from_dict(STATE))
    proposal = chain.decide(request)
    assert (proposal.tool, dict(proposal.args), proposal.controller) == (
        "restart_service", {"unit": "telegraf.service"}, "correction")
    # rewriting the bundle (a re-evaluation does) keeps its corrections
    assert "corrections.jsonl" in pipeline._rewrite(bundle, bundle.parent / "again",
                                                    manifest["eval"], {}).joinpath(
        "manifest.json").read_text()


def test_a_tampered_corrections_file_refuses_the_bundle(bundle: Path, tmp_path: Path) -> None:
    copy = tmp_path / "bundle"
    shutil.copytree(bundle, copy)
    evil = {**CORRECTION, "command": "status", "expect": {"tool": "reboot", "args": {}}}
    with (copy / "corrections.jsonl").open("a") as out:
        out.write(json.dumps(evil) + "\n")
    chain = controller_chain(image_config(copy), None)
    chain.load()
    assert chain.state == FAILED and "corrections.jsonl" in chain.error
    assert chain.decide(DecisionRequest("status", (), DeviceState())).tool == "report_status"


@pytest.mark.parametrize("line", [
    "not json",
    json.dumps({**CORRECTION, "command": ""}),
    json.dumps({**CORRECTION, "expect": {"tool": "rm_rf", "args": {}}}),
    json.dumps({**CORRECTION, "expect": {"tool": "restart_service", "args": {"unit": "../x"}}}),
    json.dumps({k: v for k, v in CORRECTION.items() if k != "state"}),
])
def test_bad_feedback_is_refused_with_its_line(tmp_path: Path, line: str) -> None:
    feedback = tmp_path / "feedback.jsonl"
    feedback.write_text(json.dumps(CORRECTION) + "\n" + line + "\n")
    with pytest.raises(ValueError, match=r"feedback.jsonl:2: not a correction"):
        pipeline.read_feedback(feedback)


def test_feedback_is_trained_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "SIZES", {"train": 20, "val": 5, "test": 5})
    feedback = tmp_path / "feedback.jsonl"
    feedback.write_text(json.dumps(CORRECTION) + "\n")
    pipeline.make_data(tmp_path, 1, feedback)
    train = data.read_jsonl(tmp_path / "data" / "train.jsonl")
    folded = [e for e in train if e["family"] == "feedback"]
    assert len(folded) == pipeline.FEEDBACK_REPEAT and len(train) == 20 + len(folded)
    assert not any(e["family"] == "feedback"
                   for split in ("val", "test")
                   for e in data.read_jsonl(tmp_path / "data" / f"{split}.jsonl"))


def test_corrections_follow_the_bundle_a_model_update_switches_to(
        bundle: Path, default_bundle: Path) -> None:
    chain = controller_chain(image_config(default_bundle), None)
    chain.load()
    request = DecisionRequest("do the usual thing", (), DeviceState.from_dict(STATE))
    assert chain.decide(request).controller != "correction"
    chain.replace(chain.current, bundle)
    assert chain.decide(request).controller == "correction"
    chain.replace(chain.current, default_bundle)
    assert chain.decide(request).controller != "correction"
