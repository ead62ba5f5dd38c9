"""The language modules bind each module-level name once.

They hold hundreds of patterns by name; a second `_HANGUL = ...` further down silently replaced
the first for every function that reads it (round 57 found two such rebindings, one of which
changed what a Korean situation clause was). Linters do not flag a rebound assignment.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

LANGUAGE = Path(__file__).resolve().parents[2] / "agent" / "llmos" / "agent" / "controller" / "language"


def _bound(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


@pytest.mark.parametrize("module", sorted(LANGUAGE.glob("*.py")), ids=lambda p: p.name)
def test_each_name_is_bound_once(module: Path) -> None:
    counts = Counter(_bound(ast.parse(module.read_text())))
    assert not [name for name, n in counts.items() if n > 1]
