"""The intent router: top-p choices, heads from the catalog, and the shipped bundle's router."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from llmos.agent.config import ModelConfig
from llmos.agent.domain import DecisionRequest, DeviceState
from llmos.agent.model import BundleError, ModelController
from llmos.agent.model.bundle import load_bundle
from llmos.agent.model.router import top_p
from llmos_models.router import head_labels

STATE = DeviceState(units=("redis.service", "nginx.service"), interfaces=("eth0",),
                    leds=("led0",))


def test_top_p_keeps_the_likeliest_until_the_mass_is_reached() -> None:
    labels = ("a", "b", "c", "d")
    assert top_p(labels, np.array([0.05, 0.7, 0.22, 0.03]), 0.9) == ["b", "c"]
    assert top_p(labels, np.array([0.05, 0.95, 0.0, 0.0]), 0.9) == ["b"]
    assert top_p(labels, np.array([0.25, 0.25, 0.25, 0.25]), 0.9) == ["a", "b", "c", "d"]


def test_heads_cover_the_tool_and_every_enum_or_boolean_argument(catalog) -> None:
    heads = head_labels(catalog)
    assert heads["tool"] == tuple(sorted(catalog.tools))
    assert heads["mount_storage.readonly"] == (False, True)
    assert heads["set_led.state"] == ("on", "off", "blink")
    assert "reboot.delay_s" not in heads and "restart_service.unit" not in heads


def test_the_shipped_bundle_routes_words_its_templates_never_used(controller) -> None:
    """A pretrained encoder knows "halt" is near "stop", which the decoder alone did not."""
    assert controller.router is not None and controller.info()["router"] == "on"
    choices = controller.router.choices("please halt redis")
    assert "stop_service" in choices["tool"]
    proposal = controller.decide(DecisionRequest("please halt redis", (), STATE))
    assert (proposal.tool, proposal.args) == ("stop_service", {"unit": "redis.service"})


def test_router_can_be_switched_off(catalog, default_bundle: Path) -> None:
    controller = ModelController(ModelConfig(bundle=default_bundle, router=False), None, catalog)
    assert controller.router is None and controller.info()["router"] == "off"


def test_a_router_file_outside_the_checksums_is_refused(tmp_path: Path, catalog,
                                                        default_bundle: Path) -> None:
    copy = tmp_path / "bundle"
    shutil.copytree(default_bundle, copy)
    manifest = (copy / "manifest.json")
    text = manifest.read_text().replace('"heads": "router-heads.npz"', '"heads": "other.npz"')
    manifest.write_text(text)
    (copy / "other.npz").write_bytes((copy / "router-heads.npz").read_bytes())
    with pytest.raises(BundleError, match="other.npz"):
        load_bundle(copy, catalog)
