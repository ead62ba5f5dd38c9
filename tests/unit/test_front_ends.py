"""The front ends (gRPC, console, voice) talk to the agent through api.py and domain.py only.

Read from the sources with `ast`, so an import added anywhere (in a function, under
TYPE_CHECKING) counts. Besides api and domain a front end may use its configuration section
(config: configuration enters once, typed), the cleaning of untrusted text (normalize) and the
one way the agent runs a program (process): none of them is state, storage or a stage.
"""

import ast
from pathlib import Path

import pytest

AGENT = Path(__file__).resolve().parents[2] / "agent/llmos/agent"
FRONT_ENDS = ("grpc", "console", "voice")
ALLOWED = {"api", "domain", "config", "normalize", "process"}


def agent_imports(path: Path) -> set[str]:
    """The llmos.agent modules a source file imports (their first name under llmos.agent)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{path}: relative import"
            names = [node.module] if node.module != "llmos.agent" else [
                f"llmos.agent.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {name.split(".")[2] for name in names
                  if name.startswith("llmos.agent.")}
    return found


@pytest.mark.parametrize("front_end", FRONT_ENDS)
def test_front_ends_see_only_the_api_and_the_domain(front_end: str) -> None:
    sources = sorted((AGENT / front_end).rglob("*.py"))
    assert sources
    reached = {f"{path.relative_to(AGENT)}: llmos.agent.{module}"
               for path in sources for module in agent_imports(path) - ALLOWED - {front_end}}
    assert not reached, sorted(reached)


def test_the_check_sees_every_kind_of_import(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text("import llmos.agent.store\nfrom llmos.agent import engine\n"
                      "def f():\n    from llmos.agent.ledger import Ledger\n")
    assert agent_imports(source) == {"store", "engine", "ledger"}
