"""The stages of `make model`, each reading and writing files in one run directory."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path
from typing import Any

from llmos.agent.catalog import load_catalog
from llmos.agent.config import ModelConfig
from llmos.agent.controller.model import ModelController
from llmos.agent.controller.model.prompt import FORMAT, call_text
from llmos.agent.domain import DeviceState
from llmos.agent.validation import ValidationError, validate
from llmos_models import data
from llmos_models.bundle import write_bundle
from llmos_models.encode import segments
from llmos_models.evaluate import evaluate
from llmos_models.tokenizer import END, train_tokenizer
from llmos_models.train import TrainConfig, train

SIZES = {"train": 40000, "val": 1000, "test": 2000}
VOCAB = 2048
VERSION = "1.0.0"
NAME = "llmos-controller"
HANDWRITTEN = Path(__file__).resolve().parents[2] / "tests" / "model" / "handwritten.jsonl"
DEFAULT_BUNDLE = Path(__file__).resolve().parents[2] / "models" / "default"
EVAL, CORRECTIONS = "eval.json", "corrections.jsonl"  # a bundle's files besides the models
FEEDBACK_REPEAT = 8
log = logging.getLogger("llmos_models")


def make_data(run: Path, seed: int, feedback: Path | None = None) -> None:
    """The generated splits; operators' corrections (`feedback`) are folded into train only,
    each repeated FEEDBACK_REPEAT times so a handful of them weigh against 40,000 examples."""
    for split, n in SIZES.items():
        rows = data.generate(split, n, seed)
        if split == "train" and feedback:
            rows += read_feedback(feedback) * FEEDBACK_REPEAT
        data.write_jsonl(run / "data" / f"{split}.jsonl", rows)


def read_feedback(path: Path) -> list[data.Example]:
    """Operators' corrections as `llmosctl corrections export` writes them, each checked: words,
    a state, and a call the catalog accepts (ValueError naming the line otherwise)."""
    catalog = load_catalog()
    rows = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row.get("command"), str) or not row["command"].strip():
                raise ValueError("no command in words")
            DeviceState.from_dict(row["state"])
            args = validate(catalog, row["expect"]["tool"], row["expect"]["args"])
        except (ValueError, KeyError, TypeError, AttributeError, ValidationError) as error:
            raise ValueError(f"{path}:{number}: not a correction ({error})") from None
        rows.append({"id": row.get("id", ""), "command": row["command"], "events": [],
                     "state": row["state"], "history": [],
                     "expect": {"tool": row["expect"]["tool"], "args": args},
                     "family": "feedback", "split": "train"})
    return rows


def with_feedback(bundle: Path, feedback: Path, run: Path) -> Path:
    """Rewrite a bundle to carry operators' corrections, which every device that installs it
    recalls for the same words (agent controller/corrections.py), and what they changed: how
    many of them the bundle decided as corrected before and after (manifest eval.feedback)."""
    rows = read_feedback(feedback)
    before = _agrees(bundle, rows)
    run.mkdir(parents=True, exist_ok=True)
    data.write_jsonl(run / CORRECTIONS, rows)
    manifest = json.loads((bundle / "manifest.json").read_text())
    evaluation = {**manifest["eval"], "feedback": {"n": len(rows), "right_before": before}}
    _rewrite(bundle, run, evaluation, {CORRECTIONS: run / CORRECTIONS})
    evaluation["feedback"]["right_after"] = _agrees(bundle, rows)
    return _rewrite(bundle, run, evaluation, {})


def _agrees(bundle: Path, rows: list[data.Example]) -> int:
    """How many examples the bundle decides exactly as they expect, as the device would."""
    from llmos_models.independent import decide, image_config

    answers = decide(image_config(bundle), rows)
    return sum(a.get("tool") == r["expect"]["tool"] and a.get("args") == r["expect"]["args"]
               for a, r in zip(answers, rows, strict=True))


def make_model(run: Path, cfg: TrainConfig) -> Path:
    """Tokenizer and model from the run's generated data; returns the HF model directory."""
    catalog = load_catalog()
    train_rows = data.read_jsonl(run / "data" / "train.jsonl")
    val_rows = data.read_jsonl(run / "data" / "val.jsonl")
    texts = ("".join(segments(catalog, e)) + call_text(e["expect"]["tool"], e["expect"]["args"])
             for e in train_rows)
    tok = train_tokenizer(texts, VOCAB)
    return train(train_rows, val_rows, tok, cfg, run)


def make_router(run: Path, seed: int) -> None:
    """The intent router (encoder fine-tuned with its heads on the train split) in run/router."""
    from llmos_models.encoder import build_encoder

    build_encoder(run / "router", data.read_jsonl(run / "data" / "train.jsonl"),
                  data.read_jsonl(run / "data" / "val.jsonl"), seed)


def saved_router(run: Path) -> dict[str, Any] | None:
    """The run's router as write_bundle takes it, if make_router has built one."""
    from llmos_models.router import TOP_P

    work = run / "router"
    if not (work / "heads.npz").exists():
        return None
    return {"encoder": work / "encoder.onnx", "tokenizer": work / "encoder-hf" / "tokenizer.json",
            "heads": work / "heads.npz", "top_p": TOP_P}


def add_language(bundle: Path, run: Path) -> Path:
    """Rewrite a shipped bundle with the language encoder (nothing else changes)."""
    manifest = json.loads((bundle / "manifest.json").read_text())
    staged = run / "bundle-language"
    extra = {f: bundle / f for f in manifest["files"] if f in (EVAL, CORRECTIONS)}
    write_bundle(staged, bundle / manifest["model"], bundle / manifest["tokenizer"],
                 load_catalog(), name=manifest["name"], version=manifest["version"],
                 prompt=manifest["prompt"], quantization=manifest["quantization"],
                 eos_token_ids=manifest["eos_token_ids"], evaluation=manifest.get("eval"),
                 extra=extra, router=router_of(bundle), language=make_language(run))
    shutil.rmtree(bundle)
    shutil.copytree(staged, bundle)
    return refresh_eval(bundle, run)


def refresh_eval(bundle: Path, run: Path, threads: int = 2) -> Path:
    """Evaluate a shipped bundle again (the controller or the generator changed, the weights
    did not): its manifest's summary and eval.json's entry for its variant are replaced."""
    manifest = json.loads((bundle / "manifest.json").read_text())
    seed, variant = manifest["eval"]["seed"], manifest["quantization"]
    catalog = load_catalog()
    controller = ModelController(ModelConfig(bundle=bundle, threads=threads), None, catalog)
    entry = {"test": evaluate(controller, catalog, data.generate("test", SIZES["test"], seed)),
             "handwritten": evaluate(controller, catalog, data.read_jsonl(HANDWRITTEN)),
             "size_bytes": (bundle / manifest["model"]).stat().st_size}
    full = json.loads((bundle / "eval.json").read_text())
    full["variants"][variant].update(entry)
    (run / "eval.json").write_text(json.dumps(full, indent=2, sort_keys=True) + "\n")
    manifest["eval"].update(test=summary(entry["test"]),
                            handwritten=summary(entry["handwritten"]),
                            per_tool_test=entry["test"]["per_tool"])
    return _rewrite(bundle, run, manifest["eval"], {"eval.json": run / "eval.json"})


def _rewrite(bundle: Path, run: Path, evaluation: dict[str, Any],
             extra: dict[str, Path]) -> Path:
    """The bundle written again with a new evaluation summary and `extra` files replaced or
    added; the weights and every other file stay as they are."""
    manifest = json.loads((bundle / "manifest.json").read_text())
    src = run / "bundle-src"  # write_bundle starts from an empty directory
    if src.exists():
        shutil.rmtree(src)
    shutil.copytree(bundle, src)
    kept = {f: src / f for f in manifest["files"] if f in (EVAL, CORRECTIONS)}
    return write_bundle(bundle, src / manifest["model"], src / manifest["tokenizer"],
                        load_catalog(), name=manifest["name"], version=manifest["version"],
                        prompt=manifest["prompt"], quantization=manifest["quantization"],
                        eos_token_ids=manifest["eos_token_ids"], evaluation=evaluation,
                        extra=kept | extra, router=router_of(src), language=language_of(src))


def make_language(run: Path) -> dict[str, Path]:
    """The language encoder (pretrained, not trained here) in run/language, built once."""
    from llmos_models.encoder import build_language

    return build_language(run / "language")


def language_of(bundle: Path) -> dict[str, Path] | None:
    """A bundle's language encoder as write_bundle takes it (source paths), or None."""
    spec = json.loads((bundle / "manifest.json").read_text()).get("language")
    return spec and {k: bundle / spec[k] for k in ("encoder", "tokenizer")}


def router_of(bundle: Path) -> dict[str, Any] | None:
    """A bundle's router as write_bundle takes it (source paths), or None."""
    spec = json.loads((bundle / "manifest.json").read_text()).get("router")
    return spec and {k: (bundle / v if k != "top_p" else v) for k, v in spec.items()}


def make_variants(run: Path) -> dict[str, Path]:
    """Export the trained model and quantize it; returns {variant: bundle dir}. Every variant
    carries the run's router, if it has one (the router does not depend on the decoder)."""
    from llmos_models.export import export
    from llmos_models.quantize import int4_matmul_nbits, int8_dynamic

    logging.getLogger("onnxruntime.quantization").setLevel(logging.WARNING)
    hf = run / "hf"
    fp32 = export(hf, run / "onnx")
    models = {"fp32": fp32, "int8": int8_dynamic(fp32, run / "int8.onnx"),
              "int4": int4_matmul_nbits(fp32, run / "int4.onnx")}
    tokenizer = hf / "tokenizer.json"
    router = saved_router(run)
    language = make_language(run)
    end = json.loads(tokenizer.read_text())["added_tokens"]
    eos = [t["id"] for t in end if t["content"] == END]
    return {v: write_bundle(run / f"bundle-{v}", path, tokenizer, load_catalog(),
                            name=NAME, version=VERSION,
                            prompt={"format": FORMAT}, quantization=v, eos_token_ids=eos,
                            router=router, language=language)
            for v, path in models.items()}


def summary(report: dict[str, Any]) -> dict[str, Any]:
    return {k: report[k] for k in ("n", "exact_match", "valid_json", "latency_ms")}


def make_eval(run: Path, bundles: dict[str, Path], threads: int = 2,
              ablations: bool = True) -> dict[str, Any]:
    """Every variant on the test split and the hand-written set; eval.json in the run dir.
    Ablations (unconstrained, narrowing off/names, router off) run on int8 only and take most
    of the time."""
    catalog = load_catalog()
    test = data.read_jsonl(run / "data" / "test.jsonl")
    hand = data.read_jsonl(HANDWRITTEN)
    out: dict[str, Any] = {"variants": {}}
    for variant, bundle in bundles.items():
        controller = ModelController(ModelConfig(bundle=bundle, threads=threads), None, catalog)
        entry: dict[str, Any] = {"test": evaluate(controller, catalog, test),
                                 "handwritten": evaluate(controller, catalog, hand),
                                 "size_bytes": (bundle / "model.onnx").stat().st_size}
        if ablations and variant == "int8":  # what the grammar and its narrowing buy
            entry["test_unconstrained"] = summary(evaluate(controller, catalog, test, False))
            entry["handwritten_unconstrained"] = summary(
                evaluate(controller, catalog, hand, False))
            for name, settings in (("narrowing_off", {"narrowing": "off", "router": False}),
                                   ("narrowing_names", {"narrowing": "names", "router": False}),
                                   ("router_off", {"router": False})):
                other = ModelController(ModelConfig(bundle=bundle, threads=threads, **settings),
                                        None, catalog)
                entry[f"test_{name}"] = summary(evaluate(other, catalog, test))
                entry[f"handwritten_{name}"] = summary(evaluate(other, catalog, hand))
        out["variants"][variant] = entry
        log.info("%s: test %.4f hand %.4f p50 %.2f ms", variant, entry["test"]["exact_match"],
                 entry["handwritten"]["exact_match"], entry["test"]["latency_ms"]["p50"])
    (run / "eval.json").write_text(json.dumps(out, indent=2, sort_keys=True) + "\n")
    return out


def choose(evaluation: dict[str, Any]) -> str:
    """The smallest variant within half a point of the best test accuracy. Latency decides only
    through size: evaluation latencies on a shared build machine are too noisy to rank
    variants, and on this CPU int8 prefills fastest (bench/results/model.json measures it)."""
    variants = evaluation["variants"]
    best = max(v["test"]["exact_match"] for v in variants.values())
    ok = [k for k, v in variants.items() if v["test"]["exact_match"] >= best - 0.005]
    return min(ok, key=lambda k: variants[k]["size_bytes"])


def ship(run: Path, evaluation: dict[str, Any], dest: Path) -> Path:
    """Copy the chosen variant to `dest` with the evaluation summary in its manifest."""
    variant = choose(evaluation)
    src = run / f"bundle-{variant}"
    entry = evaluation["variants"][variant]
    seed = json.loads((run / "train_config.json").read_text())["seed"]
    evaluation_summary = {"variant": variant, "seed": seed, "test": summary(entry["test"]),
                          "handwritten": summary(entry["handwritten"]),
                          "per_tool_test": entry["test"]["per_tool"]}
    catalog = load_catalog()
    manifest = json.loads((src / "manifest.json").read_text())
    return write_bundle(dest, src / "model.onnx", src / "tokenizer.json", catalog,
                        name=NAME, version=manifest["version"],
                        prompt=manifest["prompt"], quantization=variant,
                        eos_token_ids=manifest["eos_token_ids"], evaluation=evaluation_summary,
                        extra={"eval.json": run / "eval.json"}, router=router_of(src),
                        language=language_of(src))
