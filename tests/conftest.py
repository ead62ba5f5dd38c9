import sys
from pathlib import Path

import pytest

# The repository root, so tests can import helpers such as tests.support.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


# `make test` runs on two workers (pytest-xdist, --dist loadgroup): the QEMU boots of tests/e2e
# take two thirds of the time on one core's worth of work while the rest runs beside them. Each
# group below stays on one worker: the e2e tests share their VMs and never boot two guests at
# once, the integration tests start the host's real services (mosquitto, PostgreSQL, udev rules)
# one test at a time as before, and each model test module computes its sets once.
_ONE_WORKER = {"e2e": "e2e", "integration": "integration", "model": None}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        part = Path(str(item.fspath)).relative_to(Path(__file__).parent).parts[0]
        if part in _ONE_WORKER:
            item.add_marker(pytest.mark.xdist_group(_ONE_WORKER[part] or f"model-{Path(str(item.fspath)).stem}"))
