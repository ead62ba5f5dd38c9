"""Validation: is a proposed call one of the catalog's tools, with arguments its schema accepts?

Every proposal passes here before policy sees it, whoever made it (the rules, the model, an
operator's structured action): an unknown tool or a bad argument is refused with a message that
names the argument and the reason, and what is accepted comes back with the schema's defaults
filled in, so policy and the executors see the whole call.

The JSON-schema validators are built on first use: jsonschema takes seconds to import on a small
device, and the agent's start should not wait for it (the daemon calls `prepare` once it serves).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from llmos.agent.domain import Tool

if TYPE_CHECKING:
    import jsonschema

    from llmos.agent.catalog import Catalog

_VALIDATORS: WeakKeyDictionary[Tool, jsonschema.Draft202012Validator] = WeakKeyDictionary()


class ValidationError(ValueError):
    """A proposed action does not match the catalog."""


def validate(catalog: Catalog, tool: str, args: Any) -> dict[str, Any]:
    """Check a proposed call and return its arguments with defaults filled in."""
    spec = catalog.tools.get(tool)
    if spec is None:
        raise ValidationError(f"unknown tool {tool!r}")
    if not isinstance(args, dict):
        raise ValidationError(f"{tool}: arguments must be an object")
    from jsonschema.exceptions import best_match

    error = best_match(_validator(spec).iter_errors(args))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "arguments"
        raise ValidationError(f"{tool}: {where}: {_message(error)}")
    for key, prop in spec.parameters["properties"].items():
        value = args.get(key)
        if isinstance(value, str) and "pattern" in prop:
            _check_name(tool, key, value, prop["pattern"])
    filled = dict(args)
    for key, prop in spec.parameters["properties"].items():
        if key not in filled and "default" in prop:
            filled[key] = prop["default"]
    return filled


def _check_name(tool: str, key: str, value: str, pattern: str) -> None:
    """A name (unit, interface, device...) matches its pattern as a whole: JSON Schema's
    patterns are searched, and Python's `$` also matches before a final newline."""
    if any(c in value for c in "\r\n\x00") or ".." in value:
        raise ValidationError(f"{tool}: {key}: {value!r} may not hold '..', CR, LF or NUL")
    if re.fullmatch(pattern, value) is None:
        raise ValidationError(f"{tool}: {key}: {value!r} does not match {pattern}")


def prepare(catalog: Catalog) -> None:
    """Check every schema (jsonschema.SchemaError if one is not valid JSON Schema 2020-12)
    and build the validators now rather than at each tool's first validation."""
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(catalog.document)
    for spec in catalog.tools.values():
        _validator(spec)


def _message(error: jsonschema.ValidationError) -> str:
    """jsonschema's message, but with a pattern shown as the catalog writes it (jsonschema
    quotes it with repr(), which doubles every backslash)."""
    if error.validator == "pattern":
        return f"{error.instance!r} does not match {error.validator_value}"
    return error.message


def _validator(tool: Tool) -> jsonschema.Draft202012Validator:
    validator = _VALIDATORS.get(tool)
    if validator is None:
        import jsonschema

        jsonschema.Draft202012Validator.check_schema(tool.parameters)
        validator = _VALIDATORS[tool] = jsonschema.Draft202012Validator(tool.parameters)
    return validator
