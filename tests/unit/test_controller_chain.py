"""The controller chain (controller/chain.py): the model loaded behind the serving control plane,
deadlines and the fallback to the rules, with the engine."""

import threading
from pathlib import Path

import pytest

from llmos.agent.api import CommandRequest
from llmos.agent.config import ControllerConfig, parse_config
from llmos.agent.controller.chain import ControllerChain, LoadFailed, ModelLoading, controller_chain
from llmos.agent.domain import ActionStatus, DecisionRequest, DeviceState, Proposal
from tests.unit.test_engine import OPERATOR, Harness

REQUEST = DecisionRequest("restart nginx", (), DeviceState(units=("nginx.service",)))
MODEL = ControllerConfig(kind="model")


class FakeModel:
    name = "model"
    blocking = True

    def __init__(self) -> None:
        self.calls = 0

    def decide(self, request: DecisionRequest) -> Proposal:
        self.calls += 1
        return Proposal("restart_unit", {"unit": "nginx.service"}, self.name)

    def info(self) -> dict[str, str]:
        return {"controller": self.name, "provider": "CPUExecutionProvider"}

    def context_usage(self) -> dict[str, int]:
        return {"budget": 448, "used": 18}


def gated(model: FakeModel) -> tuple[ControllerChain, threading.Event]:
    gate = threading.Event()

    def load() -> FakeModel:
        gate.wait(10)
        return model
    return ControllerChain(MODEL, load, wait_s=5.0, describe={"bundle": "/b"}), gate


def test_reports_loading_then_loaded() -> None:
    model = FakeModel()
    controller, gate = gated(model)
    controller.start()
    assert controller.info() == {"controller": "model", "bundle": "/b", "model_state": "loading"}
    assert controller.name == "model" and controller.blocking
    assert controller.context_usage() == {}
    gate.set()
    assert controller.wait(5)
    info = controller.info()
    assert info["model_state"] == "loaded" and info["provider"] == "CPUExecutionProvider"
    assert float(info["model_load_s"]) >= 0
    assert controller.context_usage()["used"] == 18


def test_a_decision_waits_for_the_model_to_load() -> None:
    model = FakeModel()
    controller, gate = gated(model)
    controller.start()
    threading.Timer(0.2, gate.set).start()
    assert controller.decide(REQUEST).controller == "model"
    assert model.calls == 1


def test_a_decision_gives_up_waiting_after_its_share_of_the_deadline() -> None:
    gate = threading.Event()
    controller = ControllerChain(MODEL, lambda: gate.wait(10) and FakeModel(), wait_s=0.1)
    controller.start()
    with pytest.raises(ModelLoading):
        controller.decide(REQUEST)
    gate.set()


@pytest.mark.parametrize("error, reason", [
    (LoadFailed("model bundle refused (no manifest); using rules"), "model bundle refused"),
    (RuntimeError("onnxruntime: bad graph"), "model failed to load (RuntimeError"),
])
def test_a_failed_load_leaves_the_rules_and_says_why(error: Exception, reason: str) -> None:
    def load():
        raise error
    reported: list[str] = []
    controller = ControllerChain(MODEL, load, wait_s=5.0)
    controller.start(on_failure=reported.append)
    assert controller.wait(5)
    assert len(reported) == 1 and reason in reported[0]
    assert controller.name == "rules" and not controller.blocking
    info = controller.info()
    assert info["controller"] == "rules" and info["model_state"] == "failed"
    assert reason in info["model_error"]
    assert controller.decide(REQUEST).controller == "rules"


def test_the_model_loads_only_when_asked(tmp_path: Path) -> None:
    config = parse_config({"state_dir": str(tmp_path), "controller": {"kind": "model"},
                           "model": {"bundle": str(tmp_path / "no-such-bundle")}})
    controller = controller_chain(config, None)
    assert controller.info()["model_state"] == "loading"  # nothing loaded before start()
    controller.start()
    assert controller.wait(60) and controller.state == "failed"
    eager = controller_chain(config, None)
    degraded = eager.load()
    assert eager.name == "rules" and degraded and "using rules" in degraded[0]


def test_the_rules_alone_are_a_chain_too() -> None:
    rules = controller_chain(parse_config({}), None)
    assert rules.info() == {"controller": "rules"} and rules.name == "rules"
    assert not rules.blocking and rules.context_usage() == {} and rules.load() == ()
    assert rules.decide(REQUEST).controller == "rules"


async def test_engine_uses_the_rules_while_the_model_loads_then_the_model(tmp_path: Path) -> None:
    model = FakeModel()
    gate = threading.Event()

    def load() -> FakeModel:
        gate.wait(10)
        return model
    controller = ControllerChain(MODEL, load, wait_s=0.2)
    h = Harness(tmp_path, chain=controller)
    await h.agent.start()
    controller.start(on_failure=h.agent.degrade)
    try:
        early = await h.agent.execute(CommandRequest(text="restart nginx"), OPERATOR)
        assert early.status == ActionStatus.SUCCEEDED and early.proposal.controller == "rules"
        assert h.agent.device_info()["model_state"] == "loading"
        assert not h.agent.health().degraded
        gate.set()
        assert controller.wait(5)
        later = await h.agent.execute(CommandRequest(text="restart nginx"), OPERATOR)
        assert later.proposal.controller == "model" and model.calls == 1
        assert h.agent.device_info()["model_state"] == "loaded"
    finally:
        gate.set()
        await h.close()


async def test_engine_reports_a_failed_load_as_degraded(tmp_path: Path) -> None:
    def load():
        raise LoadFailed("model bundle refused (bad); using rules")
    controller = ControllerChain(MODEL, load, wait_s=1.0)
    h = Harness(tmp_path, chain=controller)
    await h.agent.start()
    controller.start(on_failure=h.agent.degrade)
    try:
        assert controller.wait(5)
        health = h.agent.health()
        assert health.degraded and "model bundle refused (bad); using rules" in health.reasons
        outcome = await h.agent.execute(CommandRequest(text="restart nginx"), OPERATOR)
        assert outcome.proposal.controller == "rules"
        assert h.agent.health().counters["controller_fallbacks"] == 0
    finally:
        await h.close()
