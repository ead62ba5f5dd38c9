"""The controller as the image configures it (the model bundle, commands read by the language
interpreter with its pretrained encoder, events by the rules) -> bench/results/controller.json.

- load: building the chain and loading the bundle, what runs behind READY (target <= 10 s);
- commands: every command of the independent dev sets on its own device state, as the engine
  asks (`ControllerChain.decide`), 2 threads (targets p50 <= 150 ms, p99 <= 400 ms; issue 20's
  on a quiet machine: p50 <= 3 ms, p99 <= 8 ms). Each state is prepared first, as the daemon
  does when it reads the state (controller/ahead.py): `prepare` is its cost, off the decision;
  `commands_unprepared` the same commands on a second chain whose states are not prepared,
  each new state's descriptions encoded by the decision that first needs them (what a command
  pays for a unit that appeared since the daemon last read the state);
- events: their events alone (target p99 <= 20 ms).

Issue 17's targets; voice (end of speech to action) is bench/voice.py.
"""

from __future__ import annotations

import os
import time
from typing import Any

from bench.common import percentiles, write
from llmos.agent.cli.decide import parse_request
from llmos.agent.controller.chain import controller_chain
from llmos.agent.domain import DecisionRequest
from llmos_models import independent
from llmos_models.pipeline import DEFAULT_BUNDLE

SETS = ("dev", "dev2")
ROUNDS = 2


def requests() -> tuple[list[DecisionRequest], list[DecisionRequest]]:
    """(commands, events alone), read as `llmos-agent decide` reads them."""
    cases = [parse_request(case, None) for name in SETS for case in independent.load(name)]
    return [r for r in cases if r.command], [r for r in cases if not r.command]


def timed(chain: Any, batch: list[DecisionRequest], prepare: bool = False) -> dict[str, Any]:
    """Wall-clock percentiles, and the same of the process's CPU time per decision (all its
    threads): on a busy machine wall time also measures how often the process got a core.
    Per round too: in the first every device state is new (each unit's description is
    encoded once, by `prepare` or else by the decision), in the second they are known, as on a
    device whose state changes rarely."""
    samples, cpu, rounds, prepared = [], [], [], []
    for _ in range(ROUNDS):
        this_round = []
        for request in batch:
            if prepare:
                started = time.perf_counter()
                chain.prepare(request.state)
                prepared.append(time.perf_counter() - started)
            started, started_cpu = time.perf_counter(), time.process_time()
            chain.decide(request)
            this_round.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        samples += this_round
        rounds.append(percentiles(this_round))
    figures = {**percentiles(samples), "cpu": percentiles(cpu), "rounds": rounds}
    if prepare:
        figures["prepare"] = percentiles(prepared)
    return figures


def loaded(config: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    chain = controller_chain(config, None)
    failed = chain.load()
    if failed:
        raise RuntimeError(f"the bundle did not load: {failed}")
    return chain, time.perf_counter() - started


def main() -> None:
    config = independent.image_config(DEFAULT_BUNDLE)
    commands, events = requests()
    # a chain of its own for each: what one kept (descriptions, entities) is not the other's
    # (loading clears the interpreter's kept results, language/warm.py)
    chain, load_s = loaded(config)
    unprepared = timed(chain, commands)
    chain, _ = loaded(config)
    figures = {
        "configuration": "kind=model, [model] commands=language, events=rules, threads=2 "
                         "(encoder texts side by side, one thread each)",
        "load_s": round(load_s, 2),
        "commands": timed(chain, commands, prepare=True),
        "commands_unprepared": unprepared,
        "events": timed(chain, events),
        "cases": f"independent sets {', '.join(SETS)}: {len(commands)} commands, "
                 f"{len(events)} event cases, {ROUNDS} rounds; commands: each state prepared "
                 "(its descriptions encoded) before its command, as the daemon does when it "
                 "reads the state",
        "targets": {"load_s": 10, "commands_p50_ms": 150, "commands_p99_ms": 400,
                    "events_p99_ms": 20, "issue_20_commands_p50_ms_quiet": 3,
                    "issue_20_commands_p99_ms_quiet": 8},
        "loadavg": [round(x, 2) for x in os.getloadavg()],
    }
    path = write("controller", "controller", figures)
    print(f"wrote {path}: load {figures['load_s']} s, commands {figures['commands']}, "
          f"unprepared {figures['commands_unprepared']}, events {figures['events']}, "
          f"load average {figures['loadavg']}")


if __name__ == "__main__":
    main()
