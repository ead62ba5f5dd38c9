import sys
from pathlib import Path

# The repository root, so tests can import helpers such as tests.support.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
