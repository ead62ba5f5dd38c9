"""Run one model update and die with SIGKILL at a named step, as a power cut would cut it.

    python -m tests.support.update_crash CONFIG.json STEP
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

from llmos.agent.catalog import load_catalog
from llmos.agent.config import parse_config
from llmos.agent.update.updater import ModelUpdater


def main() -> None:
    config = parse_config(json.loads(Path(sys.argv[1]).read_text()))
    step = sys.argv[2]

    def checkpoint(reached: str) -> None:
        if reached == step:
            os.kill(os.getpid(), signal.SIGKILL)

    result = asyncio.run(ModelUpdater(config, load_catalog(), checkpoint=checkpoint).update())
    print(json.dumps(result.__dict__))


if __name__ == "__main__":
    main()
