"""Our runtime against onnxruntime-genai and llama.cpp on a Qwen2.5-0.5B-shaped model
-> bench/results/engines-<cpu model>.json (one file per CPU model: the kernels differ per vendor
and instruction set, and a figure measured on one says little about the other).

One random-weight Qwen2ForCausalLM (hidden 896, 24 layers, 14 heads, 2 KV heads, intermediate
4864, vocabulary 151,936) is built once into a cache keyed by its config, then turned into:

- ours: the pipeline's export (fused.py's graph for this family) + quantize.py's int4
  MatMulNBits with the pipeline's defaults, the formats tried against it (block size, accuracy
  level), and int8 dynamic, run by OnnxLM + generate() (the agent's own loop); and optimum's
  export + int4, the path for families fused.py does not cover;
- genai: onnxruntime-genai's model builder, int4, accuracy level 4, run by its own runtime;
- llama.cpp: convert_hf_to_gguf.py (f16) -> Q4_0 (and Q4_0 --pure), run by llama-cpp-python.

The other engines need other environments (genai's builder wants transformers 5.x; llama.cpp
must be built without ggml's AMX path), so they live in venvs under the cache directory, outside
the repository, and every engine runs in a worker process of its own venv that loads its model
once. The measurement is interleaved: each repetition asks every engine in turn for the time to
first token of the same 256-token prompt and the decode rate over 64 greedy tokens, 2 threads,
so whatever else the machine is doing is shared; the ratios are the medians of the ratios
within a repetition, and the load average and the CPU's model and flags are recorded with them.
`LLMOS_BENCH_ENGINES=a,b` runs only those engines. The memory-bandwidth bound is the measured read
bandwidth (a 2-thread C probe) over the weight bytes each engine reads per decoded token.

This file is also the worker (`python engines.py worker KIND MODEL`); at module level it imports
only the standard library so that any venv can run it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
CACHE = Path(os.environ.get("LLMOS_BENCH_CACHE", "/var/cache/llmos-bench"))
THREADS = 2
PROMPT_TOKENS = 256
DECODE_TOKENS = 64
REPS = int(os.environ.get("LLMOS_BENCH_REPS", "8"))
# Pause before each engine's turn: the previous engine's threads may still spin or poll for
# work just after it answered, and would take the cores from the one being timed.
SETTLE_S = 1.0
# Every engine allocates its weights with glibc's malloc backed by transparent huge pages, as
# the image's llmos-agent.service runs the agent: decoding streams every weight once per
# token, and 4 KiB pages cost it a TLB miss per page (paired on an Intel Xeon: ours 1.06x,
# llama.cpp 1.20x faster to decode). llama.cpp reads its weights into memory instead of
# mapping the file for the same reason: from the page cache they get no huge pages.
HUGE_PAGES = {"GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"}
# Our variants: name -> (exporter, quantization, quantize.py options). ours_int4 is what the
# pipeline ships (quantize.py's defaults); the others are the formats measured against it.
OURS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "ours_int4": ("fused", "int4", {}),
    "ours_int4_b32": ("fused", "int4", {"block_size": 32, "share_embedding": False}),
    "ours_int4_b64": ("fused", "int4", {"block_size": 64}),
    "ours_int4_b32_shared": ("fused", "int4", {"block_size": 32}),
    "ours_int4_fp32_act": ("fused", "int4", {"accuracy_level": 1}),
    "ours_int8": ("fused", "int8", {}),
    "ours_optimum_int4": ("optimum", "int4", {}),
}
# The same model and loop with the session's threads sleeping between operators, as OnnxLM
# ran them from issue 20's first runs until round 24 (its default since: they spin within a
# run and stop when it returns). Results files name them as they were when measured: see each
# file's note.
NOSPIN = {"ours_int4_nospin": "ours_int4"}
OTHERS = ("genai_int4", "llama_q4_0", "llama_q4_0_pure")

SHAPE = {  # Qwen2.5-0.5B's config, random weights
    "architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "hidden_size": 896,
    "num_hidden_layers": 24, "num_attention_heads": 14, "num_key_value_heads": 2,
    "intermediate_size": 4864, "vocab_size": 151936, "max_position_embeddings": 32768,
    "rope_theta": 1000000.0, "rms_norm_eps": 1e-6, "tie_word_embeddings": True,
    "hidden_act": "silu", "use_sliding_window": False, "sliding_window": 32768,
    "max_window_layers": 21, "attention_dropout": 0.0, "initializer_range": 0.02,
    "bos_token_id": 151643, "eos_token_id": 151643, "torch_dtype": "float32",
}
TOKENIZER_REGULAR = 151643  # Qwen2's layout: regular tokens, then <|endoftext|> <|im_start|> ...
SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]

LLAMA_CPP = "llama-cpp-python==0.3.36"


def llama_cmake(flags: str) -> str:
    """llama.cpp's build for this CPU: ggml's AVX-512 kernels only where the CPU has them (on
    an AMD EPYC of family 25 model 1, which has none, they die of SIGILL), never its AMX path
    (it crashes on quantized models) and not -march=native, which would turn AMX back on."""
    have = set(flags.split())
    avx512 = "avx512f" in have and "avx512bw" in have and "avx512vl" in have
    return (f"-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_AVX512={'ON' if avx512 else 'OFF'} "
            f"-DGGML_AVX512_VNNI={'ON' if avx512 and 'avx512_vnni' in have else 'OFF'} "
            "-DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF")
GENAI_PACKAGES = ["onnxruntime-genai==0.18.0", "transformers>=5,<6", "torch==2.13.0+cpu", "onnx",
                  "onnx-ir", "numpy"]


def model_dir() -> Path:
    key = hashlib.sha256(json.dumps(SHAPE, sort_keys=True).encode()).hexdigest()[:12]
    return CACHE / f"qwen2-0.5b-shape-{key}"


def run(cmd: list[str], log: Path, env: dict | None = None, timeout: float = 3600) -> None:
    """Run a setup command; its output goes to `log`, and its tail into the error on failure."""
    with open(log, "w") as f:
        proc = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, env=env, timeout=timeout,
                              check=False)
    if proc.returncode:
        tail = log.read_text(errors="replace").strip().splitlines()[-15:]
        raise RuntimeError(f"{cmd[0]} … exited {proc.returncode}: " + "\n".join(tail))


def step(setup: dict, name: str, done: Path, build) -> bool:
    """One cached setup step: timed when it runs; when its output is already there, `cached`
    with the time it took when it was built (kept in the cache's setup_times.json)."""
    times_file = CACHE / "setup_times.json"
    times = json.loads(times_file.read_text()) if times_file.exists() else {}
    if done.exists():
        setup[name] = {"cached": True, "built_in_s": times.get(name)}
        return True
    started = time.monotonic()
    try:
        build()
    except Exception as exc:
        setup[name] = {"error": f"{type(exc).__name__}: {exc}"[-3000:],
                       "seconds": round(time.monotonic() - started, 1)}
        print(f"setup {name} failed: {exc}", flush=True)
        return False
    setup[name] = {"seconds": round(time.monotonic() - started, 1), "cached": False}
    times[name] = setup[name]["seconds"]
    times_file.write_text(json.dumps(times, indent=2))
    print(f"setup {name}: {setup[name]['seconds']} s", flush=True)
    return True


# -- the model and its tokenizer ---------------------------------------------------------------

def build_tokenizer(out: Path) -> None:
    """A byte-level BPE trained on the repository's docs, padded to Qwen2's 151,643 regular
    tokens, with Qwen2's special tokens after them."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    text = [p.read_text(errors="replace") for p in sorted((ROOT / "docs").glob("*.md"))]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.train_from_iterator(text, trainers.BpeTrainer(
        vocab_size=2000, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False))
    doc = json.loads(tok.to_str())
    vocab = doc["model"]["vocab"]
    i = 0
    while len(vocab) < TOKENIZER_REGULAR:
        vocab.setdefault(f"<unused{i}>", len(vocab))
        i += 1
    doc["added_tokens"] = [
        {"id": TOKENIZER_REGULAR + k, "content": s, "single_word": False, "lstrip": False,
         "rstrip": False, "normalized": False, "special": True} for k, s in enumerate(SPECIALS)]
    (out / "tokenizer.json").write_text(json.dumps(doc, ensure_ascii=False))
    (out / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "PreTrainedTokenizerFast", "eos_token": "<|endoftext|>",
        "bos_token": None, "pad_token": "<|endoftext|>", "model_max_length": 32768,
        "add_prefix_space": False}))


def build_hf(out: Path) -> None:
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    torch.manual_seed(0)
    torch.set_num_threads(THREADS)
    config = Qwen2Config(**{k: v for k, v in SHAPE.items() if k not in ("architectures",)})
    model = Qwen2ForCausalLM(config).eval()
    model.save_pretrained(tmp, safe_serialization=True)
    (tmp / "generation_config.json").write_text(json.dumps(
        {"bos_token_id": 151643, "eos_token_id": [151643, 151645], "do_sample": False}))
    build_tokenizer(tmp)
    tmp.rename(out)


# -- the engines' models ------------------------------------------------------------------------

def build_ours(hf: Path, out: Path, name: str) -> Path:
    from llmos_models.export import export, optimum_export
    from llmos_models.quantize import int4_matmul_nbits, int8_dynamic

    exporter, quant, options = OURS[name]
    fp32 = out / "onnx" / "model.onnx"
    if not fp32.exists():
        (export if exporter == "fused" else optimum_export)(hf, out / "onnx")
    tmp = out / f"{name}.tmp.onnx"
    if quant == "int4":
        int4_matmul_nbits(fp32, tmp, **options)
    else:
        int8_dynamic(fp32, tmp)
    return tmp.rename(out / f"{name}.onnx")


def ours_dir(mdir: Path, exporter: str) -> Path:
    """Our graphs' cache directory, keyed by the code that writes them (a stale graph would be
    measured as ours); older ones are removed."""
    models = ROOT / "models" / "llmos_models"
    code = b"".join((models / f).read_bytes() for f in ("fused.py", "export.py", "quantize.py"))
    out = mdir / f"ours-{exporter}-{hashlib.sha256(code).hexdigest()[:10]}"
    for stale in mdir.glob(f"ours-{exporter}*"):
        if stale != out:
            shutil.rmtree(stale)
    return out


def venv(path: Path, packages: list[str], log: Path, env_extra: dict | None = None) -> None:
    shutil.rmtree(path, ignore_errors=True)
    run([sys.executable, "-m", "venv", str(path)], log)
    env = {**os.environ, **(env_extra or {})}
    # (no wheel cache: pip keys a built wheel by its sdist, not by the CMAKE_ARGS it was built with)
    run([str(path / "bin" / "pip"), "install", "--no-cache-dir", *packages], log, env=env)
    (path / ".installed").write_text("\n".join(packages) + "\n")


def build_genai(hf: Path, out: Path, py: Path) -> None:
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    run([str(py), "-m", "onnxruntime_genai.models.builder", "-i", str(hf), "-o", str(tmp),
         "-p", "int4", "-e", "cpu", "-c", str(tmp / "hf_cache"),
         "--extra_options", "accuracy_level=4"], out.with_suffix(".log"))
    shutil.rmtree(tmp / "hf_cache", ignore_errors=True)
    cfg = json.loads((tmp / "genai_config.json").read_text())
    opts = cfg["model"]["decoder"].setdefault("session_options", {})
    opts.update({"intra_op_num_threads": THREADS, "inter_op_num_threads": 1})
    (tmp / "genai_config.json").write_text(json.dumps(cfg, indent=2))
    tmp.rename(out)


def llama_vendor() -> Path:
    """llama.cpp's source as vendored in llama-cpp-python's sdist (convert_hf_to_gguf.py)."""
    base = CACHE / "sdist"
    found = max(base.glob("llama_cpp_python-*/vendor/llama.cpp/convert_hf_to_gguf.py"), default=None)
    if found:
        return found.parent
    base.mkdir(parents=True, exist_ok=True)
    # --no-binary for this package only: with :all: pip also builds the sdist's build
    # requirements (cmake, ninja) from source to read its metadata, which takes most of an hour
    run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", "llama-cpp-python",
         LLAMA_CPP, "-d", str(base)], base / "download.log")
    sdist = max(base.glob("llama_cpp_python-*.tar.gz"))
    run(["tar", "xzf", str(sdist), "-C", str(base)], base / "tar.log")
    return max(base.glob("llama_cpp_python-*/vendor/llama.cpp/convert_hf_to_gguf.py")).parent


CONVERT = """
import runpy, sys
vendor = sys.argv[1]
sys.path[:0] = [vendor, vendor + "/gguf-py"]
import conversion.base as base
# the tokenizer is synthetic, so its pre-tokenizer hash is unknown: it is Qwen2's layout
base.TextModel.get_vocab_base_pre = lambda self, tokenizer: "qwen2"
# Qwen2's set_vocab tries sentencepiece first (an ImportError when it is not installed): BPE it is
import conversion.qwen as qwen
qwen.Qwen2Model.set_vocab = lambda self: self._set_vocab_gpt2()
sys.argv = ["convert_hf_to_gguf.py", *sys.argv[2:]]
runpy.run_path(vendor + "/convert_hf_to_gguf.py", run_name="__main__")
"""

QUANTIZE = """
import sys, llama_cpp
params = llama_cpp.llama_model_quantize_default_params()
params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_0
params.nthread = 2
params.pure = sys.argv[3] == "pure"
rc = llama_cpp.llama_model_quantize(sys.argv[1].encode(), sys.argv[2].encode(), params)
sys.exit(rc)
"""


def build_gguf(hf: Path, out: Path) -> None:
    vendor = llama_vendor()
    tmp = out.with_suffix(".tmp")
    run([sys.executable, "-c", CONVERT, str(vendor), str(hf), "--outfile", str(tmp),
         "--outtype", "f16"], out.with_suffix(".log"))
    tmp.rename(out)


def quantize_gguf(py: Path, f16: Path, out: Path, pure: bool) -> None:
    tmp = out.with_suffix(".tmp")
    run([str(py), "-c", QUANTIZE, str(f16), str(tmp), "pure" if pure else "mix"],
        out.with_suffix(".log"))
    tmp.rename(out)


# -- bandwidth and bytes per token ------------------------------------------------------------

PROBE = r"""
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <time.h>
#include <omp.h>
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9; }
int main(int argc, char **argv) {
  size_t n = (size_t)1 << 28;  /* 2 GiB of int64: far past any cache */
  int64_t *a = aligned_alloc(64, n * sizeof *a);
  #pragma omp parallel for
  for (size_t i = 0; i < n; i++) a[i] = (int64_t)i;
  double best = 0; int64_t sink = 0;
  for (int rep = 0; rep < 7; rep++) {
    double t = now(); int64_t s = 0;
    #pragma omp parallel for reduction(+:s)
    for (size_t i = 0; i < n; i++) s += a[i];
    t = now() - t; sink += s;
    double gbs = n * sizeof *a / t / 1e9; if (gbs > best) best = gbs;
  }
  printf("%.2f %lld\n", best, (long long)(sink & 1));
  return 0;
}
"""


def bandwidth_gbs() -> dict:
    """Read bandwidth with 2 threads: a C sum over 2 GiB (best of 7), numpy as a fallback."""
    exe = CACHE / "bwprobe"
    try:
        if not exe.exists():
            src = CACHE / "bwprobe.c"
            src.write_text(PROBE)
            run(["gcc", "-O3", "-march=native", "-fopenmp", str(src), "-o", str(exe)],
                CACHE / "bwprobe.log")
        out = subprocess.run([str(exe)], capture_output=True, text=True, check=True,
                             env={**os.environ, "OMP_NUM_THREADS": str(THREADS)}).stdout
        return {"gb_per_s": float(out.split()[0]), "method": "C OpenMP int64 sum, 2 GiB, "
                "2 threads, best of 7"}
    except Exception as exc:
        import threading

        import numpy as np
        a = np.ones(1 << 28, dtype=np.float32)
        best = 0.0
        for _ in range(5):
            halves = np.array_split(a, THREADS)
            threads = [threading.Thread(target=np.sum, args=(h,)) for h in halves]
            t = time.perf_counter()
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            best = max(best, a.nbytes / (time.perf_counter() - t) / 1e9)
        return {"gb_per_s": round(best, 2), "method": f"numpy sum, 2 threads ({exc})"}


def onnx_bytes_per_token(path: Path) -> dict:
    """Initializer bytes a decode step reads: everything but embedding tables that are only
    gathered from (one row per token); a table shared with the output MatMul counts once."""
    import onnx

    m = onnx.load(str(path), load_external_data=False)
    size = {}
    for t in m.graph.initializer:
        ext = {e.key: e.value for e in t.external_data}
        if "length" in ext:
            size[t.name] = int(ext["length"])
        elif t.raw_data:
            size[t.name] = len(t.raw_data)
        else:
            n = 1
            for d in t.dims:
                n *= d
            size[t.name] = n * onnx.helper.tensor_dtype_to_np_dtype(t.data_type).itemsize
    gathered, other = set(), set()
    for node in m.graph.node:
        for k, name in enumerate(node.input):
            if name in size:
                (gathered if node.op_type.startswith("Gather") and k == 0 else other).add(name)
    total = sum(size.values())
    only_gathered = sum(size[n] for n in gathered - other)
    return {"file_bytes": total, "read_per_token": total - only_gathered,
            "gather_only_bytes": only_gathered}


def gguf_bytes_per_token(path: Path) -> dict:
    sys.path[:0] = [str(llama_vendor() / "gguf-py")]
    from gguf import GGUFReader

    tensors = {t.name: int(t.n_bytes) for t in GGUFReader(str(path)).tensors}
    total = sum(tensors.values())
    tied = "output.weight" not in tensors  # then token_embd is the output matrix too
    skip = 0 if tied else tensors.get("token_embd.weight", 0)
    return {"file_bytes": total, "read_per_token": total - skip, "gather_only_bytes": skip,
            "tied_output": tied}


# -- workers -----------------------------------------------------------------------------------

def prompt_ids() -> list[int]:
    import random

    rng = random.Random(4)
    return [rng.randrange(0, TOKENIZER_REGULAR) for _ in range(PROMPT_TOKENS)]


FIRST_CPU = [0.0]  # process time when the first token was chosen (set by each engine's run)


def worker(kind: str, model: str) -> None:
    """Load one engine, then answer each `run` line with one repetition's figures."""
    import numpy as np

    prompt = prompt_ids()
    t = time.perf_counter()
    if kind in ("onnxlm", "onnxlm-nospin"):  # our runtime: OnnxLM + generate(), the agent's
        from llmos.agent.controller.model.decode import generate
        from llmos.agent.controller.model.lm import OnnxLM

        lm = OnnxLM(Path(model), THREADS, "cpu", spin=kind != "onnxlm-nospin")
        prefill = lm.prefill

        def timed_prefill(*args: Any, **kwargs: Any) -> Any:
            out = prefill(*args, **kwargs)
            FIRST_CPU[0] = time.process_time()
            return out

        lm.prefill = timed_prefill  # type: ignore[method-assign]

        def once() -> tuple[float, float, int]:
            r = generate(lm, prompt, set(), DECODE_TOKENS, time.monotonic() + 600,
                         use_cache=False)
            return r.ttft_ms, r.total_ms - r.ttft_ms, r.steps
    elif kind == "genai":
        import onnxruntime_genai as og

        m = og.Model(og.Config(model))

        def once() -> tuple[float, float, int]:
            params = og.GeneratorParams(m)
            params.set_search_options(max_length=PROMPT_TOKENS + DECODE_TOKENS + 1,
                                      do_sample=False)
            gen = og.Generator(m, params)
            start = time.perf_counter()
            gen.append_tokens(np.asarray([prompt], dtype=np.int32))
            gen.generate_next_token()
            gen.get_next_tokens()
            first = time.perf_counter()
            FIRST_CPU[0] = time.process_time()
            for _ in range(DECODE_TOKENS):
                gen.generate_next_token()
                gen.get_next_tokens()
            end = time.perf_counter()
            del gen
            return (first - start) * 1e3, (end - first) * 1e3, DECODE_TOKENS
    elif kind == "llama":
        from llama_cpp import Llama

        llm = Llama(model_path=model, n_ctx=512, n_batch=512, n_ubatch=512, n_threads=THREADS,
                    n_threads_batch=THREADS, use_mmap=False, verbose=False)

        def once() -> tuple[float, float, int]:
            llm.reset()
            start = time.perf_counter()
            llm.eval(prompt)
            token = int(np.argmax(llm.scores[llm.n_tokens - 1]))
            first = time.perf_counter()
            FIRST_CPU[0] = time.process_time()
            for _ in range(DECODE_TOKENS):
                llm.eval([token])
                token = int(np.argmax(llm.scores[llm.n_tokens - 1]))
            end = time.perf_counter()
            return (first - start) * 1e3, (end - first) * 1e3, DECODE_TOKENS
    else:
        raise SystemExit(f"unknown engine {kind}")
    once()  # warm-up: allocators, kernels' packed weights
    # peak resident memory of this process (model + warm-up run); ru_maxrss would carry the
    # parent's peak over the exec
    status = Path("/proc/self/status").read_text().split("VmHWM:")[1]
    rss_mb = int(status.split()[0]) / 1024
    print(json.dumps({"ready": True, "load_s": round(time.perf_counter() - t, 2),
                      "peak_rss_mb": round(rss_mb)}), flush=True)
    for line in sys.stdin:
        if line.strip() != "run":
            break
        cpu = time.process_time()  # all the worker's threads: less disturbed by other load
        ttft, decode, steps = once()
        end = time.process_time()
        print(json.dumps({"ttft_ms": ttft, "decode_ms": decode, "steps": steps,
                          "ttft_cpu_ms": (FIRST_CPU[0] - cpu) * 1e3,
                          "decode_cpu_ms": (end - FIRST_CPU[0]) * 1e3}), flush=True)


class Engine:
    def __init__(self, name: str, python: Path, kind: str, model: Path, env: dict | None = None):
        self.name, self.error, self.samples = name, None, []
        self.proc = subprocess.Popen(
            [str(python), str(Path(__file__).resolve()), "worker", kind, str(model)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            cwd=ROOT, env={**os.environ, "OMP_NUM_THREADS": str(THREADS), **(env or {})})
        self.load_s: float | None = None
        self.peak_rss_mb: int | None = None

    def ask(self, line: str) -> dict | None:
        if self.error:
            return None
        try:
            self.proc.stdin.write(line + "\n") if line else None
            self.proc.stdin.flush() if line else None
            out = self.proc.stdout.readline()
            if not out:
                raise RuntimeError(self.proc.stderr.read()[-2000:] or "worker exited")
            return json.loads(out)
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"
            print(f"engine {self.name} failed: {self.error}", flush=True)
            return None

    def ready(self) -> None:
        reply = self.ask("")
        if reply:
            self.load_s = reply["load_s"]
            self.peak_rss_mb = reply.get("peak_rss_mb")

    def close(self) -> None:
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()


def summary(samples: list[dict]) -> dict:
    ttft = [s["ttft_ms"] for s in samples]
    rate = [s["steps"] / s["decode_ms"] * 1e3 for s in samples]
    return {"ttft_ms_p50": round(statistics.median(ttft), 1), "ttft_ms_min": round(min(ttft), 1),
            "ttft_cpu_ms_p50": round(statistics.median(s["ttft_cpu_ms"] for s in samples), 1),
            "decode_cpu_ms_per_token_p50": round(statistics.median(
                s["decode_cpu_ms"] / s["steps"] for s in samples), 2),
            "decode_tok_s_p50": round(statistics.median(rate), 1),
            "decode_tok_s_max": round(max(rate), 1), "reps": len(samples)}


# -- the run -----------------------------------------------------------------------------------

def wanted(name: str) -> bool:
    only = [n for n in os.environ.get("LLMOS_BENCH_ENGINES", "").split(",") if n]
    return not only or name in only


def paired(a: list[dict], others: list[list[dict]]) -> dict[str, float]:
    """Median over repetitions of ours / the fastest of `others` in that repetition."""
    def rate(s: dict[str, Any]) -> float:
        return float(s["steps"]) / float(s["decode_ms"])

    n = min(len(a), *(len(o) for o in others))
    return {"decode_speed_paired_median": round(statistics.median(
                rate(a[i]) / max(rate(o[i]) for o in others) for i in range(n)), 3),
            "ttft_speed_paired_median": round(statistics.median(
                min(o[i]["ttft_ms"] for o in others) / a[i]["ttft_ms"] for i in range(n)), 3),
            # the same in CPU time (all the engine's threads; spinning counts): on a loaded
            # machine wall time also measures how often the engine got the cores
            "decode_cpu_speed_paired_median": round(statistics.median(
                min(o[i]["decode_cpu_ms"] / o[i]["steps"] for o in others)
                / (a[i]["decode_cpu_ms"] / a[i]["steps"]) for i in range(n)), 3),
            "ttft_cpu_speed_paired_median": round(statistics.median(
                min(o[i]["ttft_cpu_ms"] for o in others) / a[i]["ttft_cpu_ms"]
                for i in range(n)), 3),
            "reps": n}


def main() -> None:
    from bench import common

    CACHE.mkdir(parents=True, exist_ok=True)
    cpu_before = common.cpu()
    setup: dict = {}
    mdir = model_dir()
    hf = mdir / "hf"
    genai_py = CACHE / "genai" / "bin" / "python"
    cmake = llama_cmake(cpu_before["flags"])
    # one build per set of flags: the cache may move between machines of different CPUs
    llama = CACHE / f"llama-{hashlib.sha256(cmake.encode()).hexdigest()[:8]}"
    llama_py = llama / "bin" / "python"

    have_hf = step(setup, "random_weight_model", hf / "config.json", lambda: build_hf(hf))
    candidates: list[tuple[str, Path, str, Path]] = []  # name, python, worker kind, model
    files: dict[str, dict] = {}
    if have_hf:
        for name, (exporter, _, _) in OURS.items():
            out = ours_dir(mdir, exporter)
            if not wanted(name) and not any(wanted(n) for n, o in NOSPIN.items() if o == name):
                continue
            if step(setup, name, out / f"{name}.onnx",
                    lambda o=out, n=name: build_ours(hf, o, n)):
                if wanted(name):
                    candidates.append((name, Path(sys.executable), "onnxlm", out / f"{name}.onnx"))
                candidates.extend((n, Path(sys.executable), "onnxlm-nospin", out / f"{name}.onnx")
                                  for n, o in NOSPIN.items() if o == name and wanted(n))
        if wanted("genai_int4") and step(setup, "genai_venv", CACHE / "genai" / ".installed", lambda: venv(
                CACHE / "genai", GENAI_PACKAGES, CACHE / "genai.log")) and step(
                setup, "genai_build_int4", mdir / "genai" / "genai_config.json",
                lambda: build_genai(hf, mdir / "genai", genai_py)):
            candidates.append(("genai_int4", genai_py, "genai", mdir / "genai"))
        f16 = mdir / "gguf" / "f16.gguf"
        (mdir / "gguf").mkdir(parents=True, exist_ok=True)
        if (wanted("llama_q4_0") or wanted("llama_q4_0_pure")) and step(
                setup, "llama_venv", llama / ".installed", lambda: venv(
                    llama, [LLAMA_CPP], llama.with_suffix(".log"), {"CMAKE_ARGS": cmake})) and step(
                setup, "gguf_convert_f16", f16, lambda: build_gguf(hf, f16)):
            for name, pure in (("llama_q4_0", False), ("llama_q4_0_pure", True)):
                if not wanted(name):
                    continue
                gguf = mdir / "gguf" / f"{name}.gguf"
                if step(setup, f"gguf_{name}", gguf,
                        lambda g=gguf, p=pure: quantize_gguf(llama_py, f16, g, p)):
                    candidates.append((name, llama_py, "llama", gguf))

    bandwidth = bandwidth_gbs()
    for name, _, kind, model in candidates:
        try:
            files[name] = (gguf_bytes_per_token(model) if kind == "llama" else
                           onnx_bytes_per_token(model if model.suffix == ".onnx"
                                                else model / "model.onnx"))
        except Exception as exc:
            files[name] = {"error": repr(exc)}

    # Workers load one at a time (each load is a heavy process), then all stay resident.
    engines = []
    for name, python, kind, model in candidates:
        e = Engine(name, python, kind, model, HUGE_PAGES)
        e.ready()
        engines.append(e)
        print(f"engine {name}: loaded in {e.load_s} s" if not e.error else "", flush=True)
    loadavg = os.getloadavg()[0]
    rep_loadavg = []

    def report() -> None:
        """Write what the repetitions so far measured (after each one: a run cut short
        still leaves its figures)."""
        results: dict = {}
        for e in engines:
            r: dict = {"load_s": e.load_s, "peak_rss_mb_after_warmup": e.peak_rss_mb}
            if e.samples:
                r.update(summary(e.samples))
            if e.error:
                r["error"] = e.error
            f = files.get(e.name, {})
            r["weights"] = f
            if e.samples and "read_per_token" in f:
                bound = bandwidth["gb_per_s"] * 1e9 / f["read_per_token"]
                r["bandwidth_bound_tok_s"] = round(bound, 1)
                r["best_share_of_bound"] = round(r["decode_tok_s_max"] / bound, 3)
                r["samples"] = [{k: round(v, 1) for k, v in s.items()} for s in e.samples]
            results[e.name] = r

        by_name = {e.name: e.samples for e in engines}

        def ratios(a: str, b: str) -> dict | None:
            """Best against best (the least disturbed repetition of each), and the median of the
            ratios taken within each repetition (measured back to back, so sharing its load)."""
            ra, rb = results.get(a, {}), results.get(b, {})
            if "decode_tok_s_max" not in ra or "decode_tok_s_max" not in rb:
                return None
            pairs = list(zip(by_name[a], by_name[b], strict=False))  # the shorter run decides

            def rate(s: dict[str, Any]) -> float:
                return float(s["steps"]) / float(s["decode_ms"])

            def cpu(s: dict[str, Any]) -> float:
                return float(s["decode_cpu_ms"]) / float(s["steps"])

            return {"decode_cpu_speed_paired_median": round(statistics.median(
                        cpu(y) / cpu(x) for x, y in pairs), 3),
                    "decode_speed_best": round(ra["decode_tok_s_max"] / rb["decode_tok_s_max"], 3),
                    "ttft_speed_best": round(rb["ttft_ms_min"] / ra["ttft_ms_min"], 3),
                    "decode_speed_paired_median": round(statistics.median(
                        rate(x) / rate(y) for x, y in pairs), 3),
                    "ttft_speed_paired_median": round(statistics.median(
                        y["ttft_ms"] / x["ttft_ms"] for x, y in pairs), 3)}

        ours = [e.name for e in engines if e.name.startswith("ours_")]
        comparisons = {f"{a}/{b}": ratios(a, b) for a in ours
                       for b in (*OTHERS, "ours_int4_b32", "ours_optimum_int4") if a != b}
        others = [by_name[n] for n in OTHERS if by_name.get(n)]
        best_other = {a: paired(by_name[a], others) for a in ours if by_name[a] and others}
        import numpy
        import onnxruntime
        cpu = common.cpu()
        doc = {
            "machine": {**common.machine(), "onnxruntime": onnxruntime.__version__,
                        "numpy": numpy.__version__, "loadavg_at_measure": round(loadavg, 2),
                        "loadavg_per_rep": rep_loadavg, "loadavg_before_setup": cpu_before["loadavg"],
                        **{f"cpu_{k}": v for k, v in cpu.items()}},
            "shape": {k: SHAPE[k] for k in ("hidden_size", "num_hidden_layers", "num_attention_heads",
                                            "num_key_value_heads", "intermediate_size", "vocab_size",
                                            "tie_word_embeddings")},
            "method": {"threads": THREADS, "prompt_tokens": PROMPT_TOKENS,
                       "decode_tokens": DECODE_TOKENS, "reps": REPS,
                       "ttft": "prefill of the prompt (no cache) + choosing the first token",
                       "decode": "greedy, one model run per token, argmax in the loop",
                       "interleaved": "each repetition runs every engine in turn, order alternating, "
                                      f"{SETTLE_S} s pause before each"},
            "memory_bandwidth": bandwidth, "setup": setup, "engines": results,
            "ratios": {k: v for k, v in comparisons.items() if v},
            "against_fastest_other": best_other,
            "against_fastest_other_meaning": "per repetition, ours against the fastest of "
                                             f"{', '.join(OTHERS)} in that repetition (decode: its "
                                             "tok/s; first token: its time), median over repetitions; "
                                             "issue 20's targets: decode >= 1.1, first token >= 1.11 "
                                             "(<= 0.9x their time)",
            "ratios_meaning": "decode_speed = ours tok/s / other tok/s; ttft_speed = other TTFT / "
                              "ours TTFT; above 1 means ours is faster. _best: best repetition of "
                              "each; _paired_median: median over repetitions of the ratio within one",
        }
        out = RESULTS / f"engines-{common.cpu_slug(cpu)}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(doc, indent=2) + "\n")
        print(f"wrote {out.relative_to(ROOT)}")
        print(json.dumps({"engines": {k: {x: v.get(x) for x in (
            "ttft_ms_min", "ttft_ms_p50", "decode_tok_s_max", "decode_tok_s_p50",
            "bandwidth_bound_tok_s", "error")}
                                      for k, v in results.items()},
                          "ratios": doc["ratios"], "against_fastest_other": best_other,
                          "bandwidth": bandwidth}, indent=2))


    for rep in range(REPS):
        rep_loadavg.append(round(os.getloadavg()[0], 2))
        order = engines if rep % 2 == 0 else engines[::-1]  # no engine always goes first
        for e in order:
            time.sleep(SETTLE_S)
            reply = e.ask("run")
            if reply:
                e.samples.append(reply)
        print(f"rep {rep + 1}/{REPS}: " + ", ".join(
            f"{e.name} {e.samples[-1]['ttft_ms']:.0f} ms "
            f"{e.samples[-1]['steps'] / e.samples[-1]['decode_ms'] * 1e3:.1f} tok/s"
            for e in engines if e.samples), flush=True)
        report()
    for e in engines:
        e.close()

    report()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        try:
            worker(sys.argv[2], sys.argv[3])
        except Exception:
            traceback.print_exc()
            sys.exit(1)
    else:
        main()
