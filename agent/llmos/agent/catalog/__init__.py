"""The action catalog: the agent's system calls, as data with a JSON schema per tool.

The catalog is the contract between controllers (rules or model), validation (validation.py)
and the executors, and it owns every fact about a tool (catalog/actions.json):

- `parameters`: the arguments' JSON schema; grammar-constrained decoding derives its grammar
  from the same schemas.
- `destructive`: policy asks an operator to confirm it (unless a rule says otherwise), and the
  voice interface reads it back first.
- `effects`: `none` for an answer (say, ignore, report_status), answered by the agent itself
  (executor/answers.py), never held for a confirmation and outside the overall rate limit;
  `system` for an action on the machine; `device_state` for one whose effect shows in the
  device state the controller sees (mounts), which is read again after it.
- `targets`: which argument names which kind of entity (`unit`, `interface`, `led`,
  `storage`): exposure.py holds such an argument to the entities the policy exposes, to those
  present in the device state, and (for units and storage) to a floor no policy lifts.
- `events`: the udev events ("subsystem action") about what the tool acts on: the event queue
  keeps them over others when it is full, and an event that comes without a command may lead
  only to `ignore` or to a tool whose events share its subsystem.

`sha256` identifies the catalog a model bundle was built for (model/bundle.py refuses a bundle
built for another). It covers what a model learns from: the version and each tool's name,
description, parameters and `destructive`; the facts only the agent reads (`effects`, `events`)
are left out, so changing them does not invalidate a bundle.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from llmos.agent.domain import ENTITY_KINDS, Effects, Tool

AGENT_ONLY = ("effects", "events", "targets")  # tool facts outside the hash (see the docstring)


@dataclass(frozen=True, eq=False)
class Catalog:
    version: str
    tools: dict[str, Tool]
    sha256: str
    document: dict[str, Any]

    def call_schema(self) -> dict[str, Any]:
        """One JSON schema for any call {"tool": ..., "args": {...}}, for constrained decoding."""
        variants = [
            {
                "type": "object",
                "properties": {"tool": {"const": t.name}, "args": t.parameters},
                "required": ["tool", "args"],
                "additionalProperties": False,
            }
            for t in self.tools.values()
        ]
        return {"anyOf": variants}

    @cached_property
    def answers(self) -> tuple[str, ...]:
        """The tools without effects (say, ignore, report_status), in catalog order."""
        return tuple(name for name, tool in self.tools.items() if tool.informational)

    @cached_property
    def priority_events(self) -> frozenset[tuple[str, str]]:
        """(subsystem, action) of the events the queue keeps over others."""
        return frozenset(event for tool in self.tools.values() for event in tool.events)

    def event_tools(self, subsystem: str) -> tuple[str, ...]:
        """The tools an event of this subsystem may lead to (besides ignore), in catalog order."""
        return tuple(name for name, tool in self.tools.items()
                     if any(s == subsystem for s, _ in tool.events))


class CatalogError(ValueError):
    """The catalog document itself is malformed (not a tool's arguments: see validation.py)."""


def _tool(raw: dict[str, Any]) -> Tool:
    name = raw["name"]
    try:
        effects = Effects(raw.get("effects", Effects.SYSTEM))
    except ValueError:
        raise CatalogError(f"{name}: effects must be one of {[e.value for e in Effects]}") from None
    events = []
    for event in raw.get("events", ()):
        subsystem, _, action = str(event).partition(" ")
        if not subsystem or not action or " " in action:
            raise CatalogError(f"{name}: events: {event!r} is not 'subsystem action'")
        events.append((subsystem, action))
    targets = raw.get("targets", {})
    for arg, kind in targets.items():
        if kind not in ENTITY_KINDS or arg not in raw["parameters"].get("properties", {}):
            raise CatalogError(f"{name}: targets: {arg!r} -> {kind!r} is not an argument -> "
                               f"one of {list(ENTITY_KINDS)}")
    return Tool(name=name, description=raw["description"],
                destructive=bool(raw.get("destructive", False)), parameters=raw["parameters"],
                effects=effects, events=tuple(events),
                targets=tuple(sorted(targets.items())))


def catalog_sha256(document: dict[str, Any]) -> str:
    """The hash of what a model is built for: the document without the agent-only facts."""
    model_facts = {**document, "tools": [{k: v for k, v in tool.items() if k not in AGENT_ONLY}
                                         for tool in document["tools"]]}
    canonical = json.dumps(model_facts, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(canonical).hexdigest()


def parse_catalog(document: dict[str, Any], check: bool = True) -> Catalog:
    """check=False leaves the JSON-schema checks (and jsonschema's import) to
    `validation.prepare` or to each tool's first validation: the agent's start uses it for the
    shipped catalog."""
    tools = {raw["name"]: _tool(raw) for raw in document["tools"]}
    catalog = Catalog(
        version=str(document["version"]),
        tools=tools,
        sha256=catalog_sha256(document),
        document=copy.deepcopy(document),
    )
    if check:
        from llmos.agent.validation import prepare

        prepare(catalog)
    return catalog


@cache
def load_catalog() -> Catalog:
    """The catalog shipped with the agent (catalog/actions.json). Cached: the daemon and every
    other reader of the shipped catalog share one object."""
    text = resources.files(__package__).joinpath("actions.json").read_text()
    return parse_catalog(json.loads(text), check=False)  # the unit tests check it; prepare()
