import pytest

from llmos.agent.catalog import ValidationError, load_catalog

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


def test_defaults_are_filled() -> None:
    assert CATALOG.validate("mount_storage", {"device": "/dev/sda1"}) == {
        "device": "/dev/sda1", "readonly": True}
    assert CATALOG.validate("reboot", {}) == {"delay_s": 0}


@pytest.mark.parametrize("tool,args,fragment", [
    ("restart_service", {"unit": "nginx"}, "does not match"),
    ("restart_service", {"unit": "../../etc.service; rm"}, "does not match"),
    ("set_network", {"interface": "eth0", "state": "sideways"}, "is not one of"),
    ("set_network", {"interface": "a" * 16, "state": "up"}, "does not match"),
    ("reboot", {"delay_s": -1}, "minimum"),
    ("say", {}, "required"),
    ("mount_storage", {"device": "/dev/sda1", "extra": 1}, "Additional properties"),
    ("mount_storage", {"device": "/etc/passwd"}, "does not match"),
    ("launch_missiles", {}, "unknown tool"),
])
def test_invalid_calls_are_refused_with_a_reason(tool: str, args: dict, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        CATALOG.validate(tool, args)


def test_arguments_must_be_an_object() -> None:
    with pytest.raises(ValidationError, match="object"):
        CATALOG.validate("say", ["hello"])


def test_call_schema_covers_every_tool() -> None:
    variants = CATALOG.call_schema()["anyOf"]
    assert {v["properties"]["tool"]["const"] for v in variants} == EXPECTED_TOOLS


def test_shipped_schemas_are_valid_json_schema() -> None:
    # load_catalog() leaves the checks to prepare() (the daemon runs it once it serves).
    CATALOG.prepare()


def test_a_catalog_with_an_invalid_schema_is_refused() -> None:
    import jsonschema
    from llmos.agent.catalog import parse_catalog

    document = {"version": "x", "tools": [{"name": "t", "description": "d",
                                           "parameters": {"type": "no-such-type"}}]}
    with pytest.raises(jsonschema.SchemaError):
        parse_catalog(document)
    lazy = parse_catalog(document, check=False)
    with pytest.raises(jsonschema.SchemaError):
        lazy.validate("t", {})
