"""What each quantization costs in accuracy, next to what it gains in speed
-> bench/results/quant_accuracy.json.

A faster format must not be a silently worse one. Every format the pipeline offers (and each
one tried against it in bench/engines.py) is compared with the fp32 graph it was made from, on
the engines bench's Qwen2.5-0.5B-shaped model and a fixed text (the first 512 tokens of the
repository's docs, in the bench tokenizer):

- teacher-forced over the text: the share of positions whose greedy token is fp32's (top-1
  agreement), the mean KL divergence from fp32's next-token distribution, and the perplexity;
- greedy continuations (4 prompts of the text, 32 tokens each): tokens equal to fp32's before
  the first difference, and continuations equal to fp32's throughout.

The weights are random, so every next-token distribution is nearly flat (perplexity near the
vocabulary size) and its top candidates are near ties: top-1 agreement and greedy exact match
are harsher here than on a trained model, where the top token usually stands out. They rank the
formats; the KL divergence is the scale-free figure. The trained bundle's own accuracy per
variant is in models/default/eval.json.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort

from bench import common, engines

TEXT_TOKENS = 512
PROMPTS = 4
PROMPT_LEN = 64
CONTINUATION = 32


def fixed_text(tokenizer: Path) -> list[int]:
    from tokenizers import Tokenizer

    text = "\n".join(p.read_text(errors="replace") for p in sorted((engines.ROOT / "docs")
                                                                  .glob("*.md")))
    ids: list[int] = Tokenizer.from_file(str(tokenizer)).encode(text).ids
    return ids[:TEXT_TOKENS]


def session(model: Path) -> ort.InferenceSession:
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = engines.THREADS
    return ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])


def run(s: ort.InferenceSession, ids: list[int], keep: int,
        past: list[np.ndarray] | None = None) -> tuple[np.ndarray, list[np.ndarray]]:
    kv = [i for i in s.get_inputs() if i.name.startswith("past_key_values.")]
    past = past or [np.zeros((1, int(i.shape[1]), 0, int(i.shape[3])), np.float32) for i in kv]
    total = past[0].shape[2] + len(ids)
    feeds = {"input_ids": np.asarray([ids], np.int64),
             "attention_mask": np.ones((1, total), np.int64),
             "logits_to_keep": np.asarray([keep], np.int64),
             **{i.name: p for i, p in zip(kv, past, strict=True)}}
    out = s.run(None, feeds)
    return out[0][0], out[1:]


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64)
    x = x - x.max(axis=-1, keepdims=True)
    out: np.ndarray = (x - np.log(np.exp(x).sum(axis=-1, keepdims=True))).astype(np.float32)
    return out


def greedy(s: ort.InferenceSession, prompt: list[int]) -> list[int]:
    logits, past = run(s, prompt, 1)
    out = [int(np.argmax(logits[-1]))]
    while len(out) < CONTINUATION:
        logits, past = run(s, out[-1:], 1, past)
        out.append(int(np.argmax(logits[-1])))
    return out


def measure(model: Path, text: list[int], ref: dict[str, Any] | None) -> dict[str, Any]:
    s = session(model)
    started = time.perf_counter()
    logits, _ = run(s, text, len(text))
    logp = log_softmax(logits[:-1])
    targets = np.asarray(text[1:])
    nll = -logp[np.arange(len(targets)), targets]
    prompts = [text[k * PROMPT_LEN:(k + 1) * PROMPT_LEN] for k in range(PROMPTS)]
    result: dict[str, Any] = {
        "perplexity": round(float(np.exp(nll.mean())), 1),
        "top1": logp.argmax(axis=-1), "logp": logp,
        "continuations": [greedy(s, p) for p in prompts],
        "seconds": round(time.perf_counter() - started, 1)}
    if ref is not None:
        p = np.exp(ref["logp"])
        kl = (p * (ref["logp"] - logp)).sum(axis=-1)
        same = [next((i for i, (a, b) in enumerate(zip(x, y, strict=True)) if a != b), len(x))
                for x, y in zip(ref["continuations"], result["continuations"], strict=True)]
        result.update({
            "top1_agreement": round(float((result["top1"] == ref["top1"]).mean()), 4),
            "kl_mean": round(float(kl.mean()), 5), "kl_p99": round(float(np.quantile(kl, 0.99)), 5),
            "perplexity_ratio": round(result["perplexity"] / ref["perplexity"], 4),
            "greedy_tokens_before_first_difference": same,
            "greedy_exact": sum(n == CONTINUATION for n in same)})
    return result


def main() -> None:
    mdir = engines.model_dir()
    hf = mdir / "hf"
    setup: dict[str, Any] = {}
    if not engines.step(setup, "random_weight_model", hf / "config.json",
                        lambda: engines.build_hf(hf)):
        raise RuntimeError(f"the model could not be built: {setup}")
    only = [n for n in os.environ.get("LLMOS_BENCH_ENGINES", "").split(",") if n]
    names = [n for n, (exporter, _, _) in engines.OURS.items()
             if exporter == "fused" and (not only or n in only)]
    out = engines.ours_dir(mdir, "fused")
    files = {}
    for name in names:
        if engines.step(setup, name, out / f"{name}.onnx",
                        lambda n=name: engines.build_ours(hf, out, n)):
            files[name] = out / f"{name}.onnx"
    text = fixed_text(hf / "tokenizer.json")
    ref = measure(out / "onnx" / "model.onnx", text, None)
    path = common.RESULTS / "quant_accuracy.json"
    earlier = json.loads(path.read_text())["formats"] if path.exists() else {}
    # formats measured before on the same model and text stay (LLMOS_BENCH_ENGINES measures some)
    formats: dict[str, Any] = {**earlier, "fp32": {"perplexity": ref["perplexity"]}}
    for name, model in files.items():
        r = measure(model, text, ref)
        formats[name] = {k: v for k, v in r.items() if k not in ("top1", "logp", "continuations")}
        formats[name]["options"] = engines.OURS[name][2] or "quantize.py's defaults"
        formats[name]["file_mb"] = round(model.stat().st_size / 1e6, 1)
        print(name, json.dumps(formats[name]), flush=True)
    doc = {"machine": {**common.machine(), **{f"cpu_{k}": v for k, v in common.cpu().items()
                                              if k != "flags"}},
           "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "model": "bench/engines.py's Qwen2.5-0.5B-shaped model, random weights, fp32 graph "
                    "as the reference",
           "text": f"first {len(text)} tokens of docs/*.md (sorted), bench tokenizer",
           "greedy": f"{PROMPTS} prompts of {PROMPT_LEN} tokens from the text, "
                     f"{CONTINUATION} tokens each",
           "formats": formats, "setup": setup}
    path.write_text(json.dumps(doc, indent=2) + "\n")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
