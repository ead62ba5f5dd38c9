"""python -m llmos_models <stage>: the model pipeline behind `make model`.

    build  --run runs/default [--ship models/default]   data, train, router, export, quantize,
                                                        eval, bundle
    byo    --source /path/to/hf-dir --out runs/byo/bundle   bring your own model
    data | train | router | variants | eval | ship         single stages, to resume a run
    language [--ship models/default]                    add the language encoder to a bundle
    reeval [--ship models/default]                      evaluate a shipped bundle again
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
from pathlib import Path

from llmos_models import pipeline, plot
from llmos_models.train import TrainConfig

DOCS = Path(__file__).resolve().parents[2] / "docs"


def main() -> None:
    parser = argparse.ArgumentParser(prog="llmos_models")
    parser.add_argument("stage", choices=["build", "byo", "data", "train", "router", "variants",
                                          "eval", "ship", "language", "reeval", "feedback"])
    parser.add_argument("--run", type=Path, default=Path("runs/default"))
    parser.add_argument("--seed", type=int, default=TrainConfig.seed)
    parser.add_argument("--steps", type=int, default=TrainConfig.steps)
    parser.add_argument("--ship", type=Path, help="copy the chosen bundle here (build, ship)")
    parser.add_argument("--source", type=Path, help="Hugging Face model directory (byo)")
    parser.add_argument("--out", type=Path, help="bundle directory (byo)")
    parser.add_argument("--quant", choices=["fp32", "int8", "int4"], default="int8")
    parser.add_argument("--no-ablations", action="store_true", help="eval: variants only")
    parser.add_argument("--feedback", type=Path, help="operators' corrections, JSON lines "
                        "(llmosctl corrections export): trained on (build, data) and carried "
                        "by the shipped bundle (build, feedback)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    run = args.run
    bundles = {v: run / f"bundle-{v}" for v in ("fp32", "int8", "int4")}
    if args.stage == "language":  # add the language encoder to a shipped bundle
        print(pipeline.add_language(args.ship or pipeline.DEFAULT_BUNDLE, run))
        return
    if args.stage == "reeval":  # evaluate a shipped bundle again (controller changed, not weights)
        print(pipeline.refresh_eval(args.ship or pipeline.DEFAULT_BUNDLE, run))
        return
    if args.stage == "feedback":  # a shipped bundle recalls corrections (weights unchanged)
        print(pipeline.with_feedback(args.ship or pipeline.DEFAULT_BUNDLE, args.feedback, run))
        return
    if args.stage == "byo":
        from llmos_models.byo import bring_your_own

        print(bring_your_own(args.source, run, args.out or run / "bundle", args.quant))
        return
    if args.stage in ("build", "data"):
        pipeline.make_data(run, args.seed, args.feedback)
    if args.stage in ("build", "train"):
        pipeline.make_model(run, TrainConfig(seed=args.seed, steps=args.steps))
    if args.stage in ("build", "router"):
        pipeline.make_router(run, args.seed)
    if args.stage in ("build", "variants"):
        bundles = pipeline.make_variants(run)
    if args.stage in ("build", "eval"):
        evaluation = pipeline.make_eval(run, bundles, ablations=not args.no_ablations)
        plot.accuracy_latency(evaluation, run / "accuracy_latency.png")
    if args.stage in ("build", "ship") and args.ship:
        evaluation = json.loads((run / "eval.json").read_text())
        print(pipeline.ship(run, evaluation, args.ship))
        if args.feedback:
            pipeline.with_feedback(args.ship, args.feedback, run)
        shutil.copyfile(run / "accuracy_latency.png", DOCS / "model-accuracy-latency.png")


if __name__ == "__main__":
    main()
