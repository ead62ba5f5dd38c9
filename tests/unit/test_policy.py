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
