from pathlib import Path

import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.validation import prepare, validate

CATALOG = load_catalog()

EXPECTED_TOOLS = {
    "mount_storage", "unmount_storage", "restart_service", "start_service", "stop_service",
    "set_network", "set_power_profile", "set_led", "attach_console", "report_status", "reboot",
    "say", "ignore",
}


def test_catalog_v1_has_exactly_the_tools() -> None:
    assert set(CATALOG.tools) == EXPECTED_TOOLS
    assert CATALOG.version == "1"
    assert len(CATALOG.sha256) == 64


def test_call_schema_covers_every_tool() -> None:
    variants = CATALOG.call_schema()["anyOf"]
    assert {v["properties"]["tool"]["const"] for v in variants} == EXPECTED_TOOLS


def test_shipped_schemas_are_valid_json_schema() -> None:
    # load_catalog() leaves the checks to prepare() (the daemon runs it once it serves).
    prepare(CATALOG)


def test_a_catalog_with_an_invalid_schema_is_refused() -> None:
    import jsonschema

    from llmos.agent.catalog import parse_catalog

    document = {"version": "x", "tools": [{"name": "t", "description": "d",
                                           "parameters": {"type": "no-such-type"}}]}
    with pytest.raises(jsonschema.SchemaError):
        parse_catalog(document)
    lazy = parse_catalog(document, check=False)
    with pytest.raises(jsonschema.SchemaError):
        validate(lazy, "t", {})


def test_the_catalog_owns_the_tool_facts() -> None:
    assert CATALOG.answers == ("report_status", "say", "ignore")
    assert {t.name for t in CATALOG.tools.values() if t.changes_state} == {
        "mount_storage", "unmount_storage"}
    assert {t.name for t in CATALOG.tools.values() if t.destructive} == {"stop_service", "reboot"}
    assert CATALOG.priority_events == {
        ("block", "add"), ("block", "remove"), ("tty", "add"), ("tty", "remove"),
        ("net", "add"), ("net", "remove"), ("power_supply", "change"), ("thermal", "change")}
    assert CATALOG.event_tools("block") == ("mount_storage", "unmount_storage")
    assert CATALOG.event_tools("thermal") == ("set_power_profile",)
    assert CATALOG.event_tools("input") == ()


def test_the_hash_covers_what_a_model_learns_and_only_that() -> None:
    import copy
    import json

    from llmos.agent.catalog import parse_catalog

    document = copy.deepcopy(CATALOG.document)
    # The shipped bundle (models/default) was built for this hash; the agent-only facts came later.
    manifest = json.loads((Path(__file__).resolve().parents[2] / "models/default/manifest.json")
                          .read_text())
    assert CATALOG.sha256 == manifest["catalog_sha256"]
    document["tools"][0]["effects"] = "system"
    document["tools"][0]["events"] = ["block change"]
    assert parse_catalog(document, check=False).sha256 == CATALOG.sha256
    document["tools"][0]["description"] += " Now."
    assert parse_catalog(document, check=False).sha256 != CATALOG.sha256


@pytest.mark.parametrize("fact, message", [
    ({"effects": "some"}, "effects must be one of"),
    ({"events": ["block"]}, "is not 'subsystem action'"),
])
def test_a_malformed_fact_is_refused(fact: dict, message: str) -> None:
    from llmos.agent.catalog import CatalogError, parse_catalog

    document = {"version": "x", "tools": [{"name": "t", "description": "d", **fact,
                                           "parameters": {"type": "object"}}]}
    with pytest.raises(CatalogError, match=message):
        parse_catalog(document, check=False)
