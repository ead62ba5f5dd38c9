"""The action catalog: the agent's system calls, as data with a JSON schema per tool.

The catalog is the contract between controllers (rules or model), validation and the
executors. Grammar-constrained decoding derives its grammar from the same schemas.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jsonschema


class ValidationError(ValueError):
    """A proposed action does not match the catalog."""


@dataclass(frozen=True, eq=False)
class Tool:
    name: str
    description: str
    destructive: bool
    parameters: dict[str, Any]

    @cached_property
    def validator(self) -> jsonschema.Draft202012Validator:
        """Built on first use: jsonschema takes seconds to import on a small device, and the
        agent's start should not wait for it (the daemon prepares it once it serves)."""
        import jsonschema

        jsonschema.Draft202012Validator.check_schema(self.parameters)
        return jsonschema.Draft202012Validator(self.parameters)


@dataclass(frozen=True, eq=False)
class Catalog:
    version: str
    tools: dict[str, Tool]
    sha256: str
    document: dict[str, Any]

    def validate(self, tool: str, args: Any) -> dict[str, Any]:
        """Check a proposed call and return its arguments with defaults filled in."""
        spec = self.tools.get(tool)
        if spec is None:
            raise ValidationError(f"unknown tool {tool!r}")
        if not isinstance(args, dict):
            raise ValidationError(f"{tool}: arguments must be an object")
        from jsonschema.exceptions import best_match

        error = best_match(spec.validator.iter_errors(args))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "arguments"
            raise ValidationError(f"{tool}: {where}: {error.message}")
        filled = dict(args)
        for key, prop in spec.parameters["properties"].items():
            if key not in filled and "default" in prop:
                filled[key] = prop["default"]
        return filled

    def prepare(self) -> None:
        """Check every schema (jsonschema.SchemaError if one is not valid JSON Schema 2020-12)
        and build the validators now rather than at each tool's first validation."""
        import jsonschema

        jsonschema.Draft202012Validator.check_schema(self.document)
        for spec in self.tools.values():
            _ = spec.validator

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
    """check=False leaves the JSON-schema checks (and jsonschema's import) to prepare() or to
    each tool's first validation: the agent's start uses it for the shipped catalog."""
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
        catalog.prepare()
    return catalog


@cache
def load_catalog() -> Catalog:
    """The catalog shipped with the agent (catalog/actions.json)."""
    text = resources.files(__package__).joinpath("actions.json").read_text()
    return parse_catalog(json.loads(text), check=False)  # the unit tests check it; prepare()
