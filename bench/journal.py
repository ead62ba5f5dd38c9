"""The journal at its retention limit: a 1,000,000-entry log, and how long the reads the
control plane and the model make take on it (ListEvents pages and filters, by id, recent, the
model's full-text retrieval), the retention pass, and a new event's write.

The log is built once under bench/.cache (a few minutes) and reused; `--rebuild` makes it again.
"""

from __future__ import annotations

import random
import shutil
import sys
import time
from pathlib import Path

from bench.common import percentiles, write
from llmos.agent.domain import JournalFilter, NewEntry
from llmos.agent.store import Store

N = 1_000_000
CACHE = Path(__file__).resolve().parent / ".cache" / "journal"
SUBSYSTEMS = ("block", "usb", "net", "tty", "input", "power_supply", "thermal")
LABELS = ("BACKUP", "DATA", "CAMERA", "LOGS", "FIELDTEST", "SANDISK", "KINGSTON")


def build(path: Path) -> None:
    rng = random.Random(21)
    store = Store(path)
    done = 0
    started = time.monotonic()
    while done < N:
        batch = []
        for i in range(done, min(done + 20_000, N)):
            roll = rng.random()
            if roll < 0.9:
                sub = rng.choice(SUBSYSTEMS)
                summary = f"{sub} add /dev/sd{i % 26:c}{i % 9} id_fs_label={rng.choice(LABELS)}{i % 97}"
                batch.append((NewEntry("event", f"ev-{i:012x}", summary, {"n": i}, sub), "event"))
            elif roll < 0.95:
                batch.append((NewEntry("decision", f"ev-{i - 1:012x}",
                                       "mount_storage(device='/dev/sdb1') -> running", {}), None))
            elif roll < 0.99:
                batch.append((NewEntry("action", f"ev-{i - 2:012x}",
                                       "mount_storage succeeded: mounted /dev/sdb1", {}), None))
            else:
                batch.append((NewEntry("command", f"cmd-{i:012x}",
                                       "dev-operator (grpc-mtls): restart nginx", {}), None))
        store.call(store.accept, batch)
        done += len(batch)
        print(f"  built {done} entries ({time.monotonic() - started:.0f}s)", flush=True)
    store.call(lambda: store._db.execute("DELETE FROM inbox"))  # type: ignore[union-attr]
    store.close()


def timed(fn, *args, n: int = 50) -> dict[str, float]:
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn(*args)
        samples.append(time.perf_counter() - t0)
    return percentiles(samples)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    db = CACHE / "agent.db"
    if "--rebuild" in argv or not db.exists():
        shutil.rmtree(CACHE, ignore_errors=True)
        build(db)
    work = CACHE / "work.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(db, work)
    store = Store(work)  # opening adds the indexes to a log made before them
    last = store.call(store.last_seq)
    middle = last // 2
    figures: dict[str, object] = {"entries": last, "db_mb": round(work.stat().st_size / 2**20)}
    reads = {
        "list_first_page": (store.journal, 0, 100, JournalFilter()),
        "list_page_in_the_middle": (store.journal, middle, 100, JournalFilter()),
        "list_commands_only": (store.journal, 0, 100, JournalFilter(frozenset({"command"}))),
        "list_commands_from_the_middle": (store.journal, middle, 100,
                                          JournalFilter(frozenset({"command"}))),
        "list_subsystem_tty": (store.journal, middle, 100,
                               JournalFilter(subsystems=frozenset({"tty"}))),
        "list_by_ref": (store.journal, 0, 100, JournalFilter(ref=f"ev-{middle:012x}")),
        "recent_10": (store.recent, 10),
        "search_common_words": (store.search, "mount the usb disk sdb1", 4),
        "search_rare_label": (store.search, "FIELDTEST42 backup", 4),
        "stream_catch_up_tail": (store.journal, last - 500, 500, JournalFilter()),
    }
    for name, (fn, *args) in reads.items():
        figures[name] = timed(lambda fn=fn, args=args: store.call(fn, *args))
        print(f"  {name}: {figures[name]}", flush=True)
    entry = [(NewEntry("event", "ev-bench", "block add /dev/sdz1 id_fs_label=NEW", {}, "block"),
              "event")]
    figures["write_one_event"] = timed(lambda: store.call(store.accept, entry), n=200)
    never = 10**12
    t0 = time.perf_counter()
    pruned = store.call(store.prune, last - 10_000, never, never)
    figures["prune_one_batch_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    figures["pruned"] = pruned
    store.close()
    worst = max(v["max_ms"] for k, v in figures.items()
                if isinstance(v, dict) and k.startswith(("list", "search", "recent")))
    figures["worst_read_max_ms"] = worst
    print(f"  worst list/search max: {worst} ms", flush=True)
    path = write("journal", "journal_1m", figures)
    print(f"  wrote {path}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
