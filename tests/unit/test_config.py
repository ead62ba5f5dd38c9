from pathlib import Path

import pytest

from llmos.agent.config import ConfigError, load_config, parse_config
from llmos.agent.domain import Role


def test_defaults() -> None:
    config = parse_config({})
    assert config.state_dir == Path("/var/lib/llmos")
    assert config.grpc.listen == "0.0.0.0:7443"
    assert config.controller.kind == "rules"
    assert config.policy.tools["set_network"].confirm_when == {"state": ("down",)}


def test_file_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "agent.toml"
    path.write_text('state_dir = "/tmp/x"\n[grpc]\ninsecure_listen = "127.0.0.1:7000"\n'
                    'insecure_role = "operator"\n[policy.tools.reboot]\nallow = false\n')
    config = load_config(path, {"queue": {"capacity": 16}})
    assert config.grpc.insecure_role is Role.OPERATOR
    assert config.queue.capacity == 16
    assert config.policy.tools["reboot"].allow is False
    assert config.policy.tools["set_network"].confirm_when == {"state": ("down",)}, "defaults kept"


@pytest.mark.parametrize("text,key", [
    ("[grpc]\nlisten = 7\n", "grpc.listen"),
    ("[grpc]\ninsecure_listen = \"0.0.0.0:7000\"\n", "grpc.insecure_listen"),
    ("[queue]\ncapacity = 1\n", "queue.capacity"),
    ("[controller]\nkind = \"oracle\"\n", "controller.kind"),
    ("[grpc]\nlisen = \"x\"\n", "grpc.lisen"),
    ("[policy.tools.launch]\nallow = true\n", "unknown tool"),
    ("[console]\nrole = \"god\"\n", "console.role"),
    # a stall shorter than a slow but bounded step would restart a healthy agent
    ("watchdog_stall_s = 20\n", "watchdog_stall_s"),
    ("[executor]\ncommand_timeout_s = 200\n", "watchdog_stall_s"),
    ("watchdog_stall_s = 60\n[controller]\ndecision_timeout_s = 40\n", "watchdog_stall_s"),
])
def test_invalid_file_names_the_key_and_reason(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "agent.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        load_config(path)


def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[grpc\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "missing.toml")


def test_the_fleet_link_is_off_by_default_and_needs_a_broker() -> None:
    assert not parse_config({}).fleet.enabled
    with pytest.raises(ConfigError, match=r"fleet: .*broker: needed"):
        parse_config({"fleet": {"enabled": True}})
    with pytest.raises(ConfigError, match=r"fleet\.broker: .*host:port"):
        parse_config({"fleet": {"broker": "no-port"}})
    with pytest.raises(ConfigError, match=r"fleet\.role"):
        parse_config({"fleet": {"role": "root"}})
    config = parse_config({"fleet": {"enabled": True, "broker": "fleet:8883", "role": "viewer"}})
    assert config.fleet.role.name == "VIEWER"
