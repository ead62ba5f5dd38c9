import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_configuration_reference_is_current() -> None:
    generated = subprocess.run([sys.executable, str(ROOT / "scripts/config-reference")],
                               capture_output=True, text=True, check=True).stdout
    assert (ROOT / "docs/configuration.md").read_text() == generated, (
        "docs/configuration.md is stale: run scripts/config-reference > docs/configuration.md")
