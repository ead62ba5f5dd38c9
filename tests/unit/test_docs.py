import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_configuration_reference_is_current() -> None:
    generated = subprocess.run([sys.executable, str(ROOT / "scripts/config-reference")],
                               capture_output=True, text=True, check=True).stdout
    assert (ROOT / "docs/configuration.md").read_text() == generated, (
        "docs/configuration.md is stale: run scripts/config-reference > docs/configuration.md")


def test_the_stage_table_names_every_module_of_the_agent() -> None:
    """docs/architecture.md's table of stages and agent/llmos/agent/ stay in step: every
    module and package is in the table, and every module the table names exists."""
    import re

    agent = ROOT / "agent/llmos/agent"
    text = (ROOT / "docs/architecture.md").read_text()
    table = text[text.index("| stage | module | passes on |"):]
    table = table[:table.index("\n\n")]
    named = {name for row in table.splitlines()[2:]
             for name in re.findall(r"`([^`]+)`", row.split("|")[2])}
    present = {p.name for p in agent.glob("*.py") if not p.name.startswith("__")}
    present |= {f"{p.parent.name}/" for p in agent.glob("*/__init__.py")}
    assert present - named == set(), "modules missing from the table in docs/architecture.md"
    missing = {name for name in named if not (agent / name).exists()}
    assert missing == set(), "the table in docs/architecture.md names modules that do not exist"


def test_the_fleet_page_names_every_key_of_the_fleet_configuration() -> None:
    from llmos.fleet.config import FleetServiceConfig

    text = (ROOT / "docs/fleet.md").read_text()
    missing = [key for key in FleetServiceConfig.model_fields if f"`{key}`" not in text]
    assert missing == [], "docs/fleet.md: keys of llmos-fleet's configuration not described"
