"""Benchmark of the embedded model controller -> bench/results/model.json.

Decision latency (prefill + constrained decode, as the agent runs it) with 2 threads, the
prefix cache's effect on time to first token, the grammar's per-token cost against a decode
step, the peak RSS of a process that loads the runtime and decides, what guessed continuations
(decode.Drafts) save, and what the intent router adds to a command's decision.

LLMOS_BENCH_OTHER_BUNDLE=DIR adds the same decisions with another bundle (an older graph, a
different quantization), interleaved with the shipped one's, and their ratio.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import onnxruntime

from bench import common
from llmos.agent.catalog import load_catalog
from llmos.agent.config import ModelConfig
from llmos.agent.controller.model import ModelController
from llmos.agent.controller.model.decode import Drafts
from llmos.agent.controller.model.lm import KV

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "models" / "default"
CASES = ROOT / "tests" / "model" / "handwritten.jsonl"
OUT = ROOT / "bench" / "results" / "model.json"
THREADS = 2
ROUNDS = 3

RSS_PROBE = """
import json, resource, sys
from llmos.agent.config import ModelConfig
from llmos.agent.controller.model import load_model_controller
from llmos_models.evaluate import request_of
c = load_model_controller(ModelConfig(bundle=sys.argv[1], threads=2))
for line in open(sys.argv[2]):
    c.decide(request_of(json.loads(line)))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def machine() -> dict[str, object]:
    # the load matters here: other jobs on the same cores inflate every latency below
    return {**common.machine(), "onnxruntime": onnxruntime.__version__,
            "loadavg_at_start": os.getloadavg()[0]}


def pct(values: list[float]) -> dict[str, float]:
    a = np.asarray(values)
    return {"p50": round(float(np.percentile(a, 50)), 3),
            "p99": round(float(np.percentile(a, 99)), 3), "n": len(values)}


def ttft(c: ModelController, requests: list) -> dict[str, object]:
    """Time to first token without caches, with the pinned prefix only, and with both caches
    (the state block reused from the previous decision: the common case on a device)."""
    cold, pinned, warm = [], [], []
    for request in requests:
        ids = c.prompt_ids(request)
        for bucket, setup in ((cold, None), (pinned, "pinned"), (warm, "warm")):
            if setup == "pinned":
                c.lm.last = KV()
            if setup == "warm":
                c.lm.prefill(ids[:-4])  # a previous prompt that shares all but the command tail
            start = time.perf_counter()
            c.lm.prefill(ids, use_cache=setup is not None)
            bucket.append((time.perf_counter() - start) * 1e3)
    return {"no_cache_ms": pct(cold), "prefix_cache_ms": pct(pinned),
            "prefix_and_state_cache_ms": pct(warm),
            "speedup_prefix": round(np.median(cold) / np.median(pinned), 2),
            "speedup_prefix_and_state": round(np.median(cold) / np.median(warm), 2),
            "pinned_prefix_tokens": len(c.prefix_ids)}


def decisions(c: ModelController, requests: list) -> dict[str, object]:
    latency, step_ms, mask_per_token, tokens, runs = [], [], [], [], []
    drafted = accepted = 0
    for _ in range(ROUNDS):
        for request in requests:
            start = time.perf_counter()
            c.decide(request)
            latency.append((time.perf_counter() - start) * 1e3)
            r = c.last
            tokens.append(len(r.tokens))
            runs.append(r.steps)
            drafted, accepted = drafted + r.drafted, accepted + r.accepted
            if r.steps and not r.drafted:  # a decode step is one token (plus forced ones)
                step_ms.append((r.total_ms - r.ttft_ms - r.mask_ms) / r.steps)
            mask_per_token.append(r.mask_ms / max(1, len(r.tokens)))
    step = float(np.median(step_ms))
    mask = float(np.median(mask_per_token))
    return {"decision_ms": pct(latency), "tokens_per_decision": round(float(np.mean(tokens)), 1),
            "model_runs_after_prefill": {"mean": round(float(np.mean(runs)), 2),
                                         "max": int(max(runs))},
            "draft_tokens": {"fed": drafted, "accepted": accepted},
            "decode_step_ms_p50": round(step, 3), "grammar_ms_per_token_p50": round(mask, 4),
            "grammar_share_of_decode_step": round(mask / step, 4)}


def routing(c: ModelController, plain: ModelController, requests: list) -> dict[str, object]:
    """What the intent router costs: the encoder per command, and decisions with and without
    it, interleaved so both see the same machine load."""
    encoder, with_router, without = [], [], []
    commands = [r for r in requests if r.command]
    for _ in range(ROUNDS):
        for request in commands:
            start = time.perf_counter()
            c.router.route(request.command)
            encoder.append((time.perf_counter() - start) * 1e3)
            for bucket, controller in ((with_router, c), (without, plain)):
                start = time.perf_counter()
                controller.decide(request)
                bucket.append((time.perf_counter() - start) * 1e3)
    return {"router_ms": pct(encoder), "command_decision_ms": pct(with_router),
            "command_decision_without_router_ms": pct(without),
            "ratio_p50": round(np.median(with_router) / np.median(without), 2)}


def interleaved(a: ModelController, b: ModelController, requests: list,
                b_key: str) -> dict[str, object]:
    """Decisions by `a` and `b` in turn, request by request, so both see the same load; b's
    latencies are reported under `b_key`."""
    for request in requests:  # b's warm-up: allocator, grammar cache
        b.decide(request)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(ROUNDS):
        for request in requests:
            for bucket, controller in zip(times, (a, b), strict=True):
                start = time.perf_counter()
                controller.decide(request)
                bucket.append((time.perf_counter() - start) * 1e3)
    return {"decision_ms": pct(times[0]), b_key: pct(times[1]),
            "ratio_p50": round(np.median(times[0]) / np.median(times[1]), 2),
            "ratio_p99": round(np.percentile(times[0], 99) / np.percentile(times[1], 99), 2)}


def peak_rss_mb() -> float:
    out = subprocess.run([sys.executable, "-c", RSS_PROBE, str(BUNDLE), str(CASES)], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    return round(int(out.split()[-1]) / 1024, 1)


def main() -> None:
    from llmos_models.evaluate import request_of

    catalog = load_catalog()
    c = ModelController(ModelConfig(bundle=BUNDLE, threads=THREADS), None, catalog)
    requests = [request_of(json.loads(line)) for line in CASES.read_text().splitlines()]
    for request in requests[:20]:  # warm-up: allocator, grammar cache
        c.decide(request)
    result = {
        "machine": machine(), "threads": THREADS, "bundle": c.info(),
        "targets": {"decision_p50_ms": 6, "decision_p99_ms": 15, "prefix_speedup": 3,
                    "grammar_share_of_decode_step": 0.05},
        "decisions": decisions(c, requests), "time_to_first_token": ttft(c, requests),
        "peak_rss_mb": peak_rss_mb(),
    }
    undrafted = ModelController(ModelConfig(bundle=BUNDLE, threads=THREADS), None, catalog)
    undrafted.drafts = Drafts(keep=0)
    result["drafts"] = interleaved(c, undrafted, requests, "decision_without_drafts_ms")
    if c.router:
        plain = ModelController(ModelConfig(bundle=BUNDLE, threads=THREADS, router=False), None,
                                catalog)
        result["routing"] = routing(c, plain, requests)
    other = os.environ.get("LLMOS_BENCH_OTHER_BUNDLE")
    if other:
        result["other_bundle"] = {"bundle": other, **interleaved(c, ModelController(
            ModelConfig(bundle=Path(other), threads=THREADS), None, catalog), requests,
            "other_decision_ms")}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: result.get(k) for k in ("decisions", "time_to_first_token",
                                                 "peak_rss_mb", "drafts", "routing",
                                                 "other_bundle")},
                     indent=2))


if __name__ == "__main__":
    main()
