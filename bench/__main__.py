"""Run the benchmarks: `python -m bench [name ...]` (default: all of them)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    names = argv or sorted(m.name for m in pkgutil.iter_modules([str(here)])
                           if m.name not in ("common",) and not m.name.startswith("_"))
    failed = []
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        if not hasattr(module, "main"):
            continue
        print(f"== bench {name}", flush=True)
        started = time.monotonic()
        try:
            module.main()
        except Exception as error:  # one broken benchmark must not hide the others' figures
            failed.append(name)
            print(f"bench {name} failed: {error!r}", flush=True)
        print(f"== bench {name}: {time.monotonic() - started:.0f}s", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
