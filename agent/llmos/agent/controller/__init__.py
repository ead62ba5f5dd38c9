"""Controllers turn a DecisionRequest into a Proposal: the rule controller and the model."""

from __future__ import annotations

from typing import Protocol

from llmos.agent.domain import DecisionRequest, Proposal


class Controller(Protocol):
    """Decides one action. Called from a worker thread: it may block, it must not touch the loop.

    A controller never executes anything and may return any Proposal; the caller validates it
    against the catalog and checks it against policy.
    """

    name: str
    # False for controllers cheap enough to call on the event loop (the rules); the model is
    # called on its own thread, with a timeout.
    blocking: bool

    def decide(self, request: DecisionRequest) -> Proposal: ...

    def info(self) -> dict[str, str]:
        """What device-info and model-info report about this controller."""
        ...
