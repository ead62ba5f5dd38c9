"""Labelled cases (a bundle's golden cases, the pipeline's evaluation examples): the request a
case describes, and whether a proposal is what it expects. One definition for the device, which
checks a model update against its golden cases, and for models/, which evaluates bundles."""

from __future__ import annotations

from typing import Any

from llmos.agent.catalog import Catalog
from llmos.agent.domain import DecisionRequest, DeviceState, HardwareEvent, Proposal
from llmos.agent.validation import ValidationError, validate

FREE_TEXT_TOOLS = {"say", "ignore"}  # only the tool counts: their text is never acted on


def request_of(case: dict[str, Any]) -> DecisionRequest:
    return DecisionRequest(
        command=case.get("command"),
        events=tuple(HardwareEvent(**e) for e in case.get("events", ())),
        state=DeviceState.from_dict(case.get("state", {})))


def matches(catalog: Catalog, expect: dict[str, Any], proposal: Proposal) -> bool:
    """Same tool, same arguments with the catalog's defaults filled in."""
    if proposal.tool != expect["tool"]:
        return False
    if proposal.tool in FREE_TEXT_TOOLS:
        return True
    try:
        return bool(validate(catalog, proposal.tool, dict(proposal.args))
                    == validate(catalog, expect["tool"], expect.get("args", {})))
    except ValidationError:
        return False
