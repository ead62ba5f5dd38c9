"""Where a decode step's time goes, per operator, in our graphs -> bench/results/opprofile-<cpu>.json.

onnxruntime's profiler times every node; the share of each operator type in a step is robust to
other work on the machine (it slows every kernel alike), where absolute times are not. Each of
the engines bench's models (bench/engines.py: ours_int4 and the formats tried against it, and
genai's graph run by a plain session) prefills the same 256-token prompt, then decodes 32
tokens; the decode steps' kernel times are summed per operator type (the output projection
apart from the other MatMulNBits). `LLMOS_BENCH_ENGINES=a,b` profiles only those.
"""

from __future__ import annotations

import collections
import json
import os
import time
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort

from bench import common, engines

STEPS = 32


def profile(model: Path, spin: bool = True) -> dict[str, Any]:
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = engines.THREADS
    opts.inter_op_num_threads = 1
    opts.enable_profiling = True
    opts.profile_file_prefix = str(engines.CACHE / f"profile-{model.stem}")
    if not spin:
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    s = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
    inputs = {i.name: i for i in s.get_inputs()}
    kv = [n for n in inputs if n.startswith("past_key_values.")]
    head_dim = engines.SHAPE["hidden_size"] // engines.SHAPE["num_attention_heads"]
    cache = [np.zeros((1, engines.SHAPE["num_key_value_heads"], 0, head_dim), np.float32)
             for n in kv]

    def run(ids: list[int]) -> int:
        nonlocal cache
        total = cache[0].shape[2] + len(ids)
        feeds = {"input_ids": np.asarray([ids], np.int64),
                 "attention_mask": np.ones((1, total), np.int64), **dict(zip(kv, cache, strict=True))}
        if "logits_to_keep" in inputs:
            feeds["logits_to_keep"] = np.asarray([1], np.int64)
        if "input_ids" in inputs and inputs["input_ids"].type == "tensor(int32)":
            feeds = {k: v.astype(np.int32) if v.dtype == np.int64 else v for k, v in feeds.items()}
        out = s.run(None, feeds)
        cache = out[1:]
        return int(np.argmax(out[0][0, -1]))

    started = time.perf_counter()
    token = run(engines.prompt_ids())
    ttft = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(STEPS):
        token = run([token])
    decode = time.perf_counter() - started
    trace = Path(s.end_profiling())
    events = json.loads(trace.read_text())
    trace.unlink()
    runs = [e for e in events if e.get("cat") == "Session" and e["name"] == "model_run"]
    first_decode = runs[1]["ts"]
    decode_us: collections.Counter[str] = collections.Counter()
    prefill_us: collections.Counter[str] = collections.Counter()
    for e in events:
        if e.get("cat") != "Node" or not e["name"].endswith("_kernel_time"):
            continue
        op = e["args"]["op_name"]
        if op == "MatMulNBits" and "lm_head" in e["name"]:
            op = "MatMulNBits (output projection)"
        (decode_us if e["ts"] >= first_decode else prefill_us)[op] += e["dur"]
    kernels, run_us = sum(decode_us.values()), sum(r["dur"] for r in runs[1:])
    return {"ttft_ms": round(ttft * 1e3, 1), "decode_tok_s": round(STEPS / decode, 1),
            "kernels_share_of_run": round(kernels / run_us, 3),
            "decode_share": {k: round(v / kernels, 3) for k, v in decode_us.most_common()},
            "decode_ms_per_token": {k: round(v / STEPS / 1e3, 3)
                                    for k, v in decode_us.most_common()},
            "prefill_share": {k: round(v / sum(prefill_us.values()), 3)
                              for k, v in prefill_us.most_common(5)},
            "loadavg": [round(x, 2) for x in os.getloadavg()]}


def main() -> None:
    mdir = engines.model_dir()
    out = engines.ours_dir(mdir, "fused")
    models = {n: out / f"{n}.onnx" for n, (e, _, _) in engines.OURS.items() if e == "fused"}
    models["genai_int4"] = mdir / "genai" / "model.onnx"
    only = [n for n in os.environ.get("LLMOS_BENCH_ENGINES", "").split(",") if n]
    results = {}
    for name, path in models.items():
        if (only and name not in only) or not path.exists():
            continue  # bench/engines.py builds them
        results[name] = profile(path)
        print(name, json.dumps(results[name]), flush=True)
    cpu = common.cpu()
    doc = {"machine": {**common.machine(), "onnxruntime": ort.__version__,
                       **{f"cpu_{k}": v for k, v in cpu.items()}},
           "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "method": f"onnxruntime profiler, 2 threads, 256-token prompt then {STEPS} decode "
                     "steps (plain session, cache arrays passed each step); shares of the "
                     "decode steps' kernel time per operator type",
           "models": results}
    path = common.RESULTS / f"opprofile-{common.cpu_slug(cpu)}.json"
    path.write_text(json.dumps(doc, indent=2) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
