"""`llmos-agent decide`: the evaluation contract. JSON lines in, one proposed action per line out.

Input:  {"command": str|null, "events": [{"action","subsystem","devnode","properties"}],
         "state": {"units": [...], "interfaces": [...], "leds": [...], "storage": [...]}}
  Each state list holds plain names, or objects with what the device knows of each:
  units {"name", "description", "active"}, interfaces {"name", "kind", "state"},
  leds {"name", "color", "function", "state"}, storage {"device", "mounted", "label", "model", "size"}.
Output: {"tool": ..., "args": {...}, "confidence": 0..1, "held": bool, "controller": ...},
  plus "choices" when the answer is a question that a reply completes; or {"error": ...} for
  a line that cannot be read. "held": the daemon would hold this change for a confirmation
  (low confidence), whatever the policy says besides.
Decided exactly as the daemon would: events without a command go to the rules when the
configuration says `[controller] events = "rules"`. Nothing is executed. Without "state" the
live system is read (once per run).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, TextIO

from llmos.agent.catalog import Catalog, load_catalog
from llmos.agent.config import AgentConfig
from llmos.agent.controller.chain import controller_chain
from llmos.agent.device_state import state_source
from llmos.agent.domain import DecisionRequest, DeviceState, Proposal
from llmos.agent.normalize import EventError, event_from_dict
from llmos.agent.validation import ValidationError, validate


def parse_request(raw: Any, live_state: DeviceState | None) -> DecisionRequest:
    if not isinstance(raw, dict):
        raise ValueError("each line must be a JSON object")
    command = raw.get("command")
    if command is not None and not isinstance(command, str):
        raise ValueError("command must be a string or null")
    events = raw.get("events") or []
    if not isinstance(events, list):
        raise ValueError("events must be a list")
    state_raw = raw.get("state")
    if state_raw is None:
        state = live_state or DeviceState()
    elif isinstance(state_raw, dict):
        state = DeviceState.from_dict(state_raw)
    else:
        raise ValueError("state must be an object")
    return DecisionRequest(command, tuple(event_from_dict(e) for e in events), state)


def held(proposal: Proposal, catalog: Catalog, confirm_below: float) -> bool:
    """Whether the engine holds this change for a confirmation because it is unsure of it."""
    tool = catalog.tools.get(proposal.tool)
    return tool is not None and not tool.informational and proposal.confidence < confirm_below


def decide_lines(config: AgentConfig, lines: TextIO, out: TextIO) -> int:
    controller = controller_chain(config, store=None)
    controller.load()  # a bundle refused leaves the rules, as in the daemon
    catalog = load_catalog()
    live: DeviceState | None = None
    for line in lines:
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if isinstance(raw, dict) and raw.get("state") is None and live is None:
                source = state_source(config.replay.state, config.executor.sysfs_root)
                live = asyncio.run(source.read())
            proposal = controller.decide(parse_request(raw, live))
            try:
                args: Any = validate(catalog, proposal.tool, proposal.args)
            except ValidationError:
                args = dict(proposal.args)  # reported as proposed: evaluations count invalid ones
            answer: dict[str, Any] = {
                "tool": proposal.tool, "args": args, "confidence": round(proposal.confidence, 3),
                "held": held(proposal, catalog, config.controller.confirm_below),
                "controller": proposal.controller}
            if proposal.question:
                answer["choices"] = [{"label": c.label, "tool": c.tool, "args": dict(c.args)}
                                     for c in proposal.question.choices]
        except (json.JSONDecodeError, ValueError, EventError, KeyError, TypeError) as error:
            answer = {"error": str(error)}
        out.write(json.dumps(answer) + "\n")
        out.flush()
    return 0
