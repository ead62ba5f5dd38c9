"""The action catalog: the agent's system calls, as data with a JSON schema per tool.

The catalog is the contract between controllers (rules or model), validation (validation.py)
and the executors. Grammar-constrained decoding derives its grammar from the same schemas.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from llmos.agent.domain import Tool


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


def parse_catalog(document: dict[str, Any], check: bool = True) -> Catalog:
    """check=False leaves the JSON-schema checks (and jsonschema's import) to
    `validation.prepare` or to each tool's first validation: the agent's start uses it for the
    shipped catalog."""
    tools = {}
    for raw in document["tools"]:
        tools[raw["name"]] = Tool(
            name=raw["name"],
            description=raw["description"],
            destructive=bool(raw.get("destructive", False)),
            parameters=raw["parameters"],
        )
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":")).encode()
    catalog = Catalog(
        version=str(document["version"]),
        tools=tools,
        sha256=hashlib.sha256(canonical).hexdigest(),
        document=copy.deepcopy(document),
    )
    if check:
        from llmos.agent.validation import prepare

        prepare(catalog)
    return catalog


@cache
def load_catalog() -> Catalog:
    """The catalog shipped with the agent (catalog/actions.json)."""
    text = resources.files(__package__).joinpath("actions.json").read_text()
    return parse_catalog(json.loads(text), check=False)  # the unit tests check it; prepare()
