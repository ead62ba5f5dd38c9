import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.validation import ValidationError, validate

CATALOG = load_catalog()


def test_defaults_are_filled() -> None:
    assert validate(CATALOG, "mount_storage", {"device": "/dev/sda1"}) == {
        "device": "/dev/sda1", "readonly": True}
    assert validate(CATALOG, "reboot", {}) == {"delay_s": 0}


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
        validate(CATALOG, tool, args)


def test_arguments_must_be_an_object() -> None:
    with pytest.raises(ValidationError, match="object"):
        validate(CATALOG, "say", ["hello"])


def test_a_pattern_is_shown_as_the_catalog_writes_it() -> None:
    pattern = CATALOG.tools["restart_service"].parameters["properties"]["unit"]["pattern"]
    with pytest.raises(ValidationError) as refused:
        validate(CATALOG, "restart_service", {"unit": "nginx"})
    assert str(refused.value) == f"restart_service: unit: 'nginx' does not match {pattern}"
    assert "\\\\" not in str(refused.value).replace(pattern, "")
    assert r"\.service$" in str(refused.value) and r"\\.service" not in str(refused.value)
