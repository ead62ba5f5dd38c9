import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.config import parse_config
from llmos.agent.domain import Decision
from llmos.agent.policy import Policy


def policy(raw: dict | None = None) -> Policy:
    return Policy(parse_config({"policy": raw or {}}).policy, load_catalog())


def test_destructive_tools_need_confirmation() -> None:
    p = policy()
    assert p.check("stop_service", {"unit": "a.service"}).decision is Decision.CONFIRM
    assert p.check("reboot", {"delay_s": 0}).decision is Decision.CONFIRM
    assert p.check("set_network", {"interface": "eth0", "state": "down"}).decision is Decision.CONFIRM
    assert p.check("set_network", {"interface": "eth0", "state": "up"}).decision is Decision.ALLOW
    assert p.check("restart_service", {"unit": "a.service"}).decision is Decision.ALLOW


def test_argument_constraints_and_deny() -> None:
    p = policy({"tools": {"restart_service": {"args": {"unit": ["nginx*.service"]}},
                          "reboot": {"allow": False}}})
    assert p.check("restart_service", {"unit": "nginx.service"}).decision is Decision.ALLOW
    verdict = p.check("restart_service", {"unit": "sshd.service"})
    assert verdict.decision is Decision.DENY and "sshd.service" in verdict.reason
    assert p.check("reboot", {"delay_s": 0}).decision is Decision.DENY


def test_default_deny() -> None:
    p = policy({"default_allow": False, "tools": {"say": {}}})
    assert p.check("say", {"text": "hi"}).decision is Decision.ALLOW
    assert p.check("set_led", {"name": "a", "state": "on"}).decision is Decision.DENY


def test_confirmation_can_be_switched_off() -> None:
    p = policy({"tools": {"stop_service": {"confirm": False}}})
    assert p.check("stop_service", {"unit": "a.service"}).decision is Decision.ALLOW


def test_rate_limits_per_tool_and_overall() -> None:
    p = policy({"rate_per_minute": 5, "tools": {"set_led": {"rate_per_minute": 2}}})
    led = {"name": "a", "state": "on"}
    assert [p.check("set_led", led, now=0).decision for _ in range(3)] == [
        Decision.ALLOW, Decision.ALLOW, Decision.DENY]
    assert p.check("set_led", led, now=61).decision is Decision.ALLOW
    for _ in range(10):  # answers have no effects: not rate limited overall
        assert p.check("say", {"text": "x"}, now=61).decision is Decision.ALLOW
    for _ in range(4):  # with the LED: five actions in the last minute
        assert p.check("set_power_profile", {"profile": "balanced"}, now=61).decision is Decision.ALLOW
    assert "rate limit" in p.check("set_network", {"interface": "eth0", "state": "up"}, now=61).reason


def test_dry_run_does_not_count() -> None:
    p = policy({"tools": {"set_led": {"rate_per_minute": 1}}})
    led = {"name": "a", "state": "on"}
    for _ in range(5):
        assert p.check("set_led", led, now=0, count=False).decision is Decision.ALLOW
    assert p.check("set_led", led, now=0).decision is Decision.ALLOW


def test_confirm_when_is_typed_as_the_argument() -> None:
    for written in (False, "false", "False"):
        p = policy({"tools": {"mount_storage": {"confirm_when": {"readonly": [written]}}}})
        rw = p.check("mount_storage", {"device": "/dev/sda1", "readonly": False})
        assert rw.decision is Decision.CONFIRM, written
        ro = p.check("mount_storage", {"device": "/dev/sda1", "readonly": True})
        assert ro.decision is Decision.ALLOW
    p = policy({"tools": {"reboot": {"confirm": None, "confirm_when": {"delay_s": ["0"]}}}})
    assert p.config.tools["reboot"].confirm_when == {"delay_s": (0,)}


def test_confirm_when_values_and_arguments_are_checked() -> None:
    from llmos.agent.config import ConfigError

    for bad, message in (({"readonly": ["maybe"]}, "not a boolean"),
                         ({"state": ["sideways"]}, "not one of"),
                         ({"nope": ["x"]}, "not an argument")):
        tool = "set_network" if "state" in bad else "mount_storage"
        with pytest.raises(ConfigError, match=message):
            policy({"tools": {tool: {"confirm_when": bad}}})
    with pytest.raises(ConfigError, match="not an argument"):
        policy({"tools": {"restart_service": {"args": {"service": ["x*"]}}}})


def test_a_rate_limit_alone_keeps_the_default_confirmation() -> None:
    p = policy({"tools": {"set_network": {"rate_per_minute": 3}}})
    down = {"interface": "eth0", "state": "down"}
    assert p.check("set_network", down).decision is Decision.CONFIRM
    assert p.config.tools["set_network"].rate_per_minute == 3
    # written out and read back (SetPolicy's canonical text), the rule is the same
    from llmos.agent.policy import parse_policy, policy_text

    again = parse_policy(policy_text(p.config))
    assert again.tools["set_network"] == p.config.tools["set_network"]
    # and a rule that does say something else about confirm_when wins
    q = policy({"tools": {"set_network": {"confirm_when": {}}}})
    assert q.check("set_network", down).decision is Decision.ALLOW


@pytest.mark.parametrize("raw", [{"pending_ttl_s": 1e12}, {"pending_ttl_s": 0},
                                 {"pending_ttl_s": float("inf")}, {"rate_per_minute": 10**9},
                                 {"tools": {"set_led": {"rate_per_minute": 10**9}}}])
def test_policy_values_are_bounded(raw: dict) -> None:
    from llmos.agent.config import ConfigError

    with pytest.raises(ConfigError):
        policy(raw)


def test_a_confirmation_counts_when_it_runs_and_is_judged_again() -> None:
    p = policy({"tools": {"stop_service": {"rate_per_minute": 1}}})
    unit = {"unit": "a.service"}
    # asking twice holds two confirmations; running them is what the limit counts
    assert p.check("stop_service", unit, now=0).decision is Decision.CONFIRM
    assert p.check("stop_service", unit, now=0).decision is Decision.CONFIRM
    assert p.check("stop_service", unit, now=0, confirmed=True).decision is Decision.ALLOW
    assert p.check("stop_service", unit, now=1, confirmed=True).decision is Decision.DENY


def test_dry_runs_are_limited_per_caller() -> None:
    p = policy({"dry_run_per_minute": 3})
    assert [p.dry_run_limited("victor", now=0) for _ in range(4)][-1].startswith("rate limit")
    assert p.dry_run_limited("alice", now=0) == ""  # another caller has its own window
    assert p.dry_run_limited("victor", now=61) == ""
