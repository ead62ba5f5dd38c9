"""Installing a model bundle on the device: the switch, the health gate and automatic
rollback, `rollback` on request, and a power cut (SIGKILL) at every step of an update."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.config import AgentConfig
from llmos.agent.controller.model.bundle import load_bundle
from llmos.agent.update.slots import ModelSlots, SlotError
from llmos.agent.update.updater import (
    FAILED_GATE,
    INSTALLED,
    ROLLED_BACK,
    ModelUpdater,
    bundle_to_load,
)
from tests.support.updates import UpdateLab, serve

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.integration  # subprocesses killed mid-update, real HTTP


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[UpdateLab]:
    lab = UpdateLab(tmp_path)
    with serve(lab.repo.path) as url:
        lab.url = url
        yield lab


def running_version(updater: ModelUpdater) -> str:
    assert updater.chain is not None and updater.chain.current is not None
    return updater.chain.current.info()["version"]


def loads(config: AgentConfig) -> str:
    """The version of the bundle the agent would load at start; it must pass load_bundle."""
    return load_bundle(bundle_to_load(config), load_catalog()).version


def test_install_gate_and_rollback_on_request(lab: UpdateLab) -> None:
    config = lab.config()
    updater = ModelUpdater(config, load_catalog())
    lab.publish("1.1.0")
    assert asyncio.run(updater.update()).outcome == INSTALLED
    lab.publish("1.2.0")
    result = asyncio.run(updater.update())
    assert result.outcome == INSTALLED and result.version == "1.2.0"
    assert running_version(updater) == "1.2.0" and loads(config) == "1.2.0"
    status = updater.status()
    assert status["current"] == "b" and status["last_error"] == ""
    assert {s["name"]: (s["state"], s["version"]) for s in status["slots"]} == {
        "a": ("inactive", "1.1.0"), "b": ("active", "1.2.0")}

    back = asyncio.run(updater.rollback())
    assert back.outcome == ROLLED_BACK and back.version == "1.1.0"
    assert running_version(updater) == "1.1.0" and loads(config) == "1.1.0"
    forth = asyncio.run(updater.rollback())  # and forward again: b passed its gate
    assert forth.version == "1.2.0" and running_version(updater) == "1.2.0"


def test_a_failed_health_gate_rolls_back_by_itself(lab: UpdateLab) -> None:
    lab.publish("1.1.0")
    assert asyncio.run(ModelUpdater(lab.config(), load_catalog()).update()).outcome == INSTALLED
    lab.publish("1.2.0")
    # A gate no model can pass: a decision within a microsecond.
    config = lab.config(gate_timeout_s=1e-6)
    updater = ModelUpdater(config, load_catalog())
    result = asyncio.run(updater.update())
    assert result.outcome == FAILED_GATE, result
    assert "health gate" in result.detail and "1.1.0 (slot a)" in result.detail
    assert running_version(updater) == "1.1.0" and loads(config) == "1.1.0"
    status = updater.status()
    assert status["current"] == "a" and "health gate" in status["last_error"]
    assert [s["state"] for s in status["slots"]] == ["active", "bad"]
    # The slot that failed its gate is not one to roll back to, nor installed again by the
    # next check (only when asked for by version).
    assert asyncio.run(updater.rollback()).outcome == "refused"
    assert loads(config) == "1.1.0"
    assert asyncio.run(updater.update()).outcome == "up-to-date"
    assert asyncio.run(updater.update("1.2.0")).outcome == FAILED_GATE


def test_a_first_install_failing_its_gate_returns_to_the_factory_bundle(
        lab: UpdateLab) -> None:
    lab.publish("1.1.0")
    config = lab.config(gate_timeout_s=1e-6)
    updater = ModelUpdater(config, load_catalog())
    assert asyncio.run(updater.update()).outcome == FAILED_GATE
    assert updater.status()["current"] == "factory"
    assert running_version(updater) == "1.0.0" and loads(config) == "1.0.0"
    with pytest.raises(SlotError):
        asyncio.run(updater._rollback_manual())


def test_updates_off_and_rules_controller_are_refused_clearly(lab: UpdateLab) -> None:
    from llmos.agent.config import parse_config
    from llmos.agent.update.updater import UpdatesOff

    off = ModelUpdater(parse_config({"state_dir": str(lab.state)}), load_catalog())
    with pytest.raises(UpdatesOff, match="repo_url"):
        asyncio.run(off.update())
    rules = lab.config().model_copy(update={"controller": lab.config().controller.model_copy(
        update={"kind": "rules"})})
    with pytest.raises(UpdatesOff, match=r"controller\.kind"):
        asyncio.run(ModelUpdater(rules, load_catalog()).rollback())


STEPS = ("fetched", "stage.file", "stage.cleared", "staged", "checked", "switched",
         "rolling-back", "gated")


@pytest.mark.parametrize("step", STEPS)
def test_a_power_cut_at_any_step_leaves_a_bundle_that_loads(lab: UpdateLab, step: str) -> None:
    lab.publish("1.1.0")
    assert asyncio.run(ModelUpdater(lab.config(), load_catalog()).update()).outcome == INSTALLED
    lab.publish("1.2.0")
    settings = {"gate_timeout_s": 1e-6} if step == "rolling-back" else {}
    config_file = lab.tmp / "crash.json"
    config_file.write_text(lab.config(**settings).model_dump_json())
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "agent"), str(ROOT / "models"), str(ROOT)])}
    proc = subprocess.run([sys.executable, "-m", "tests.support.update_crash",
                           str(config_file), step], env=env, capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert proc.returncode == -9, (proc.stdout, proc.stderr[-3000:])

    config = lab.config()
    assert loads(config) in ("1.1.0", "1.2.0")  # the agent restarting now has a model
    slots = ModelSlots(lab.state / "models")
    if step in ("switched", "rolling-back"):
        assert slots.read_state().trial == slots.active()  # the gate runs at the next start
    # The next update (or start) finishes the job.
    updater = ModelUpdater(config, load_catalog())
    result = asyncio.run(updater.update())
    assert result.outcome in (INSTALLED, "up-to-date"), result
    assert loads(config) == "1.2.0"
    if updater.chain is not None:  # it had to load a model: the one it runs is 1.2.0
        assert running_version(updater) == "1.2.0"
    state = slots.read_state()
    assert state.trial == "" and state.last_error == ""
    assert not (slots.root / ".staging").exists() or step in ("stage.file", "stage.cleared")


def test_a_slot_that_does_not_load_is_rolled_back_at_start(lab: UpdateLab) -> None:
    from llmos.agent.controller.chain import controller_chain

    lab.publish("1.1.0")
    assert asyncio.run(ModelUpdater(lab.config(), load_catalog()).update()).outcome == INSTALLED
    lab.publish("1.2.0")
    assert asyncio.run(ModelUpdater(lab.config(), load_catalog()).update()).version == "1.2.0"
    slots = ModelSlots(lab.state / "models")
    (slots.path("b") / "model.onnx").write_bytes(b"bit rot")  # after the gate: the disk
    config = lab.config()
    # What the daemon does at start: the chain loads `current` (and fails), resume() gates.
    chain = controller_chain(config.model_copy(update={"model": config.model.model_copy(
        update={"bundle": bundle_to_load(config)})}), None, load_catalog())
    chain.load()
    assert chain.state == "failed"
    updater = ModelUpdater(config, load_catalog(), chain)
    asyncio.run(updater.resume())
    assert chain.state == "loaded" and running_version(updater) == "1.1.0"
    status = updater.status()
    assert status["current"] == "a" and "model.onnx" in status["last_error"]
    assert loads(config) == "1.1.0"


def test_one_update_at_a_time(lab: UpdateLab) -> None:
    from llmos.agent.update.updater import UpdateBusy

    lab.publish("1.1.0")
    updater = ModelUpdater(lab.config(), load_catalog())

    async def both() -> list[object]:
        return await asyncio.gather(updater.update(), updater.rollback(),
                                    return_exceptions=True)

    first, second = asyncio.run(both())
    assert getattr(first, "outcome", None) == INSTALLED
    assert isinstance(second, UpdateBusy)


def test_no_downgrade_unless_asked_by_version(lab: UpdateLab) -> None:
    lab.publish("0.9.0")  # older than the factory bundle (1.0.0)
    updater = ModelUpdater(lab.config(), load_catalog())
    result = asyncio.run(updater.update())
    assert result.outcome == "up-to-date" and "0.9.0" in result.detail
    assert updater.status()["current"] == "factory"
    assert asyncio.run(updater.update("0.9.0")).outcome == INSTALLED
    assert loads(lab.config()) == "0.9.0"


def test_an_update_whose_caller_goes_away_still_finishes(lab: UpdateLab) -> None:
    lab.publish("1.1.0")
    updater = ModelUpdater(lab.config(), load_catalog())

    async def caller_gives_up() -> None:
        call = asyncio.ensure_future(updater.update())
        await asyncio.sleep(0.05)  # under way: refreshing the metadata on a worker thread
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        assert updater._tasks  # still running
        await asyncio.gather(*updater._tasks)

    asyncio.run(caller_gives_up())
    assert updater.status()["last_result"] == "installed 1.1.0"
    assert loads(lab.config()) == "1.1.0"
