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
