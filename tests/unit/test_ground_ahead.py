"""Grounding ahead (issue 20): each new device state the daemon reads is handed to the
controller to encode its descriptions, in the background, the newest first; decisions are
unchanged by it."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from llmos.agent.config import ControllerConfig
from llmos.agent.controller.ahead import GroundAhead
from llmos.agent.controller.chain import ControllerChain
from llmos.agent.domain import DeviceState

BUNDLE = Path(__file__).resolve().parents[2] / "models" / "default"


def _state(*units: str) -> DeviceState:
    return DeviceState.from_dict({"units": [{"name": u, "description": f"The {u} daemon"}
                                            for u in units]})


class Source:
    def __init__(self) -> None:
        self.state = _state("nginx.service")
        self.invalidated = 0

    async def read(self) -> DeviceState:
        return self.state

    def invalidate(self) -> None:
        self.invalidated += 1


async def _settled(ahead: GroundAhead) -> None:
    for _ in range(200):
        if not ahead._busy:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("never settled")


async def test_each_new_state_is_prepared_once() -> None:
    source, prepared = Source(), []
    ahead = GroundAhead(source, lambda s: prepared.append(s) or 1)
    first = await ahead.read()
    assert first is source.state
    await ahead.read()  # the same state: nothing new
    await _settled(ahead)
    source.state = _state("nginx.service")  # read again, the same units: nothing new
    await ahead.read()
    source.state = _state("nginx.service", "mosquitto.service")
    await ahead.read()
    await _settled(ahead)
    assert prepared == [first, source.state] and ahead.prepared == 2
    ahead.invalidate()
    assert source.invalidated == 1
    ahead.close()


async def test_only_the_newest_waiting_state_is_prepared_and_a_failure_is_survived() -> None:
    entered, gate, prepared = threading.Event(), threading.Event(), []

    def prepare(state: DeviceState) -> int:
        entered.set()
        gate.wait(5)
        prepared.append(state)
        if len(prepared) == 1:
            raise RuntimeError("encoder failed")
        return 1

    ahead = GroundAhead(Source(), prepare)
    states = [_state(f"u{i}.service") for i in range(4)]
    ahead.offer(states[0])
    assert await asyncio.to_thread(entered.wait, 5)
    for state in states[1:]:
        ahead.offer(state)  # they wait for the first; the newest wins
    gate.set()
    await _settled(ahead)
    assert prepared == [states[0], states[-1]]
    ahead.close()


def test_the_rules_and_a_loading_model_prepare_nothing() -> None:
    assert ControllerChain(ControllerConfig()).prepare(_state("nginx.service")) == 0
    loading = ControllerChain(ControllerConfig(), load=lambda: ControllerChain(ControllerConfig()))
    assert loading.prepare(_state("nginx.service")) == 0


def test_the_model_encodes_a_states_descriptions_once() -> None:
    pytest.importorskip("onnxruntime")
    if not (BUNDLE / "language-encoder.onnx").exists():
        pytest.skip("no language encoder in models/default")
    from llmos.agent.controller.chain import controller_chain
    from llmos_models import independent

    chain = controller_chain(independent.image_config(BUNDLE), None)
    assert not chain.load()
    state = _state("nginx.service", "mosquitto.service", "zwave-js-ui.service")
    assert chain.prepare(state) == 3
    assert chain.prepare(state) == 0
