"""A/B OS update figures: bundle size, install time, downtime, rollback time (QEMU, TCG).

The figures come from the end-to-end test that proves the mechanism
(tests/e2e/test_os_update.py writes out/os-update-figures.json): the same boots, not a
second copy of them. `python -m bench os_update` runs that test, then merges the figures into
bench/results/update.json under "os" (the model-update figures there stay). With
LLMOS_OS_FIGURES=FILE it only merges a figures file an earlier run wrote.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.common import write

REPO = Path(__file__).resolve().parents[1]
FIGURES = REPO / "out" / "os-update-figures.json"

NOTES = ("QEMU TCG (no KVM), OVMF, 2 vCPUs on a shared 2-core host; install = upload over "
         "gRPC/mTLS through QEMU's user network + RAUC verifying and writing the 1.5 GiB slot; "
         "downtime = reboot into the new slot -> the agent serving over mTLS (then "
         "downtime_to_marked_good_s: its boot trial passed); rollback = reboot into a slot "
         "whose agent cannot start -> the crash loop seen, slot marked bad, reboot, the old "
         "slot serving again")


def main() -> None:
    source = Path(os.environ.get("LLMOS_OS_FIGURES", FIGURES))
    if "LLMOS_OS_FIGURES" not in os.environ:
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                        "tests/e2e/test_os_update.py"], cwd=REPO, check=True)
    figures = json.loads(source.read_text())
    path = write("update", "os", {**figures, "notes": NOTES})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
