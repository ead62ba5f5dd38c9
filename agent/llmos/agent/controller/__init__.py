"""Controllers turn a DecisionRequest into a Proposal: the rule controller and the model.

chain.py puts the configured one in front of the rules (loading, deadlines, fallback);
rules.py is the deterministic controller; model/ is the on-device language model.
"""

from __future__ import annotations

from typing import Protocol

from llmos.agent.domain import DecisionRequest, Proposal


class Controller(Protocol):
    """Decides one action. A controller never executes anything and may return any Proposal;
    the caller validates it against the catalog and checks it against policy."""

    @property
    def name(self) -> str: ...

    @property
    def blocking(self) -> bool:
        """True when `decide` may take long (the model): it is then called on its own thread,
        with a deadline, and must not touch the event loop. False for controllers cheap enough
        to call on the loop (the rules)."""
        ...

    def decide(self, request: DecisionRequest) -> Proposal: ...

    def info(self) -> dict[str, str]:
        """What device-info and model-info report about this controller."""
        ...

    def context_usage(self) -> dict[str, int]:
        """Like `free` for the context window (used, budget, paged_out, ...); empty without one."""
        ...
