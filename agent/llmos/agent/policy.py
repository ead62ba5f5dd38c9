"""Policy: may this validated action run now, and does it need an operator's confirmation?

A refusal is a normal answer with a reason, never an exception. Rate limits are sliding windows
over the last minute, per tool and for all actions with effects together. The policy in force is
the config's [policy] table, or the one an admin set since (SetPolicy, kept in the state), as
TOML either way.
"""

from __future__ import annotations

import time
import tomllib
from collections import deque
from collections.abc import Mapping
from fnmatch import fnmatchcase
from typing import Any

import tomli_w

from llmos.agent.catalog import Catalog
from llmos.agent.config import ConfigError, PolicyConfig, ToolRule, parse_config
from llmos.agent.domain import Decision, Verdict

_WINDOW_S = 60.0


class Policy:
    def __init__(self, config: PolicyConfig, catalog: Catalog) -> None:
        self.config = config
        self._catalog = catalog
        self._recent: dict[str, deque[float]] = {}
        self._all: deque[float] = deque()
        self._dry_runs: dict[str, deque[float]] = {}

    def rule(self, tool: str) -> ToolRule | None:
        """The rule for a tool, None if the policy does not allow it at all."""
        rule = self.config.tools.get(tool)
        if rule is None and not self.config.default_allow:
            return None
        rule = rule or ToolRule()
        return rule if rule.allow else None

    def check(self, tool: str, args: Mapping[str, Any], now: float | None = None,
              count: bool = True, confirmed: bool = False) -> Verdict:
        """Judge a validated call. A call allowed to run now counts against the rate limits
        unless `count` is false (dry runs); one that needs a confirmation counts when it is
        confirmed (`confirmed`: the policy is asked again then, and a confirmation is not
        asked for twice)."""
        now = time.monotonic() if now is None else now
        rule = self.config.tools.get(tool)
        if rule is None and not self.config.default_allow:
            return Verdict(Decision.DENY, f"{tool} is not allowed by policy")
        rule = rule or ToolRule()
        if not rule.allow:
            return Verdict(Decision.DENY, f"{tool} is not allowed by policy")
        for name, patterns in rule.args.items():
            value = str(args.get(name, ""))
            if not any(fnmatchcase(value, p) for p in patterns):
                return Verdict(Decision.DENY, f"{tool}: {name}={value!r} is not in {list(patterns)}")
        limited = self._rate_limited(tool, rule, now,
                                     informational=self._catalog.tools[tool].informational)
        if limited:
            return Verdict(Decision.DENY, limited)
        if not confirmed and self._needs_confirmation(tool, rule, args):
            return Verdict(Decision.CONFIRM, f"{tool} needs an operator's confirmation")
        if count:
            self._count(tool, now)
        return Verdict(Decision.ALLOW, "allowed by policy")

    def dry_run_limited(self, principal: str, now: float | None = None) -> str:
        """Why another dry run of this caller is refused now; empty if it is counted."""
        now = time.monotonic() if now is None else now
        window = self._dry_runs.setdefault(principal, deque())
        _expire(window, now)
        if len(window) >= self.config.dry_run_per_minute:
            return f"rate limit: more than {self.config.dry_run_per_minute} dry runs a minute"
        window.append(now)
        if len(self._dry_runs) > 4096:  # forget callers that went away
            for name, other in list(self._dry_runs.items()):
                _expire(other, now)
                if not other:
                    del self._dry_runs[name]
        return ""

    def _needs_confirmation(self, tool: str, rule: ToolRule, args: Mapping[str, Any]) -> bool:
        if rule.confirm is not None:
            return rule.confirm
        if self._catalog.tools[tool].destructive:
            return True
        # typed: readonly=false is not the text "false", and True is not 1
        return any(_same(args.get(name), value) for name, values in rule.confirm_when.items()
                   for value in values)

    def _rate_limited(self, tool: str, rule: ToolRule, now: float, informational: bool) -> str:
        _expire(self._all, now)
        # Answers and ignores change nothing: only actions with effects share the overall limit.
        if not informational and len(self._all) >= self.config.rate_per_minute:
            return f"rate limit: more than {self.config.rate_per_minute} actions a minute"
        recent = self._recent.get(tool)
        if rule.rate_per_minute is not None and recent is not None:
            _expire(recent, now)
            if len(recent) >= rule.rate_per_minute:
                return f"rate limit: more than {rule.rate_per_minute} {tool} a minute"
        return ""

    def _count(self, tool: str, now: float) -> None:
        if not self._catalog.tools[tool].informational:
            self._all.append(now)
        self._recent.setdefault(tool, deque()).append(now)


def _same(given: Any, configured: Any) -> bool:
    return type(given) is type(configured) and bool(given == configured)


def _expire(window: deque[float], now: float) -> None:
    while window and window[0] <= now - _WINDOW_S:
        window.popleft()


def parse_policy(text: str) -> PolicyConfig:
    """A [policy] table as TOML; ConfigError names the key and the reason."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"policy: not valid TOML: {error}") from None
    return parse_config({"policy": raw}).policy


def policy_text(config: PolicyConfig) -> str:
    """The canonical TOML of a policy: every key, defaults included."""
    return tomli_w.dumps(config.model_dump(mode="json", exclude_none=True))
