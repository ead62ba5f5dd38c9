"""Voice commands on synthesised speech: word error rate and action accuracy per noise level,
meaning flips and whether any would run unconfirmed, end-of-speech -> validated-action latency,
and the recognisers side by side (the measurement the embedded default was chosen by).

Speech: espeak-ng, 4 voices x the corpus (tests/voice/corpus.py: commands, and nonsense that must
get words), mixed with pink noise by sox at 20, 10 and 5 dB SNR; and the independent spoken set
(tests/voice/independent.json, written by someone who never saw the corpus or the vocabulary),
each case in two of the four voices, clean and at 10 dB, decided as the image configures it.
Each corpus transcript is decided by the rules and by the model bundle as the image configures
it ("model"). Writes
bench/results/voice.json. Targets (issues 5 and 17): >= 92% right on clean speech as the image
decides, >= 80% at 10 dB, no flip run without confirmation, no nonsense acted on, p50 latency
<= 800 ms from the end of speech.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import percentiles, write
from llmos.agent.catalog import load_catalog
from llmos.agent.config import parse_config
from llmos.agent.controller import Controller
from llmos.agent.controller.chain import controller_chain
from llmos.agent.domain import DecisionRequest, Proposal
from llmos.agent.validation import ValidationError, validate
from llmos.agent.voice.audio import RATE, read_wav
from llmos.agent.voice.confirm import readback_reason
from llmos.agent.voice.normalize import clean
from llmos.agent.voice.pipeline import Listener, hear_audio
from llmos.agent.voice.recognizer import load_recognizer
from llmos.agent.voice.vocabulary import build_vocabulary
from tests.voice import independent
from tests.voice.corpus import COMMANDS, STATE, is_flip, right, written
from tests.voice.synth import SPEAKERS, add_noise, speak

LEVELS: tuple[float | None, ...] = (None, 20.0, 10.0, 5.0)
VOICES = SPEAKERS[:4]
MIN_CONFIDENCE = parse_config({}).voice.min_confidence


def wer(reference: str, hypothesis: str) -> tuple[int, int]:
    """(word edits, reference words), both sides cleaned the same way."""
    ref, hyp = clean(reference).split(), clean(hypothesis).split()
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1], len(ref)


def corpus(root: Path) -> list[tuple[float | None, int, Path]]:
    """(snr, command index, wav) for every level, voice and command."""
    items = []
    for v, speaker in enumerate(VOICES):
        for c, (said, _, _) in enumerate(COMMANDS):
            wav = speak(said, speaker, root / f"v{v}-c{c}.wav")
            for snr in LEVELS:
                items.append((snr, c, wav if snr is None else
                              add_noise(wav, snr, root / f"v{v}-c{c}-{snr:g}dB.wav")))
    return items


def run_pipeline(listener: Listener, controllers: dict[str, Controller],
                 items: list[tuple[float | None, int, Path]]) -> dict[str, Any]:
    catalog, vocabulary = load_catalog(), build_vocabulary(STATE)
    per_level: dict[str, dict[str, Any]] = {}
    latency: list[float] = []
    processing: list[float] = []
    for snr, c, wav in items:
        said, tool, args = COMMANDS[c]
        level = per_level.setdefault("clean" if snr is None else f"{snr:g}dB", {
            "n": 0, "edits": 0, "words": 0, "exact": 0, "no_command": 0,
            **{f"{name}_{k}": 0 for name in controllers
               for k in ("right", "flips", "flips_unconfirmed", "unconfirmed_wrong",
                         "nonsense_acted")}})
        level["n"] += 1
        utterances = list(listener.utterances(read_wav(wav)))
        started = time.perf_counter()
        heard = None
        for utterance in utterances:
            heard = listener.understand(utterance.audio, vocabulary)
            if heard is not None:
                break
        edits, words = wer(written(said), heard.text if heard else "")
        level["edits"] += edits
        level["words"] += words
        level["exact"] += edits == 0
        if heard is None:
            level["no_command"] += 1
            for name in controllers:
                level[f"{name}_right"] += right((tool, args), None)
            continue
        for name, controller in controllers.items():
            proposal = controller.decide(DecisionRequest(heard.command, (), STATE))
            try:
                got_args = validate(catalog, proposal.tool, proposal.args)
            except ValidationError:
                got_args = dict(proposal.args)
            if name == "rules":
                # Latency: from the last speech sample to a validated action, in real time:
                # the segmenter's wait for silence plus everything after it.
                done = time.perf_counter() - started
                waited = (utterance.closed_sample - utterance.end_sample) / RATE
                processing.append(done)
                latency.append(done + waited)
            got = (proposal.tool, got_args)
            ok = right((tool, args), got)
            level[f"{name}_right"] += ok
            if not ok:
                level.setdefault(f"{name}_misses", []).append(
                    f"{said!r} heard {heard.text!r} -> {proposal.tool} {got_args}")
            spec = catalog.tools.get(proposal.tool)
            unconfirmed = spec is not None and not readback_reason(
                Proposal(proposal.tool, got_args, name), spec, heard.confidence,
                MIN_CONFIDENCE)
            flip = is_flip((tool, args), got)
            level[f"{name}_flips"] += flip
            level[f"{name}_flips_unconfirmed"] += flip and unconfirmed
            acted = proposal.tool not in ("say", "ignore", "report_status")
            level[f"{name}_unconfirmed_wrong"] += (not ok) and unconfirmed and acted
            level[f"{name}_nonsense_acted"] += tool == "say" and acted
    for level in per_level.values():
        level["wer"] = round(level.pop("edits") / max(1, level.pop("words")), 3)
        for name in controllers:
            level[f"{name}_action_accuracy"] = round(level[f"{name}_right"] / level["n"], 3)
    return {"levels": per_level,
            "latency_end_of_speech_to_action": percentiles(latency),
            "latency_processing_only": percentiles(processing)}


def run_independent(listener: Listener, controller: Controller, root: Path) -> dict[str, Any]:
    catalog = load_catalog()
    figures: dict[str, Any] = {}
    for snr in (None, 10.0):
        n = right_ = wrong = 0
        misses = []
        for i, case in enumerate(independent.load()):
            for k in (0, 2):
                speaker = VOICES[(i + k) % len(VOICES)]
                wav = speak(case.said, speaker, root / f"i{i}-{k}.wav")
                if snr is not None:
                    wav = add_noise(wav, snr, root / f"i{i}-{k}-{snr:g}dB.wav")
                heard = hear_audio(listener, read_wav(wav), case.state)
                got = None
                if heard is not None:
                    proposal = controller.decide(DecisionRequest(heard.command, (), case.state))
                    try:
                        got = (proposal.tool, validate(catalog, proposal.tool, proposal.args))
                    except ValidationError:
                        got = (proposal.tool, dict(proposal.args))
                n += 1
                right_ += independent.right(case, got)
                wrong += independent.acted_wrongly(case, got)
                if not independent.right(case, got):
                    misses.append(f"{case.said!r} heard {heard.text if heard else None!r} -> {got}")
        figures["clean" if snr is None else f"{snr:g}dB"] = {
            "n": n, "right": right_, "action_accuracy": round(right_ / n, 3),
            "wrong_actions": wrong, "misses": misses}
    return figures


def compare_recognisers(items: list[tuple[float | None, int, Path]]) -> dict[str, Any]:
    """Clean speech through each bundled recogniser, with and without the vocabulary prompt."""
    prompt = build_vocabulary(STATE).prompt
    clean_items = [(c, wav) for snr, c, wav in items if snr is None]
    listener = Listener(parse_config({}).voice)  # for its segmenter only
    cut = [(c, next(listener.utterances(read_wav(wav))).audio) for c, wav in clean_items]
    results = {}
    for name, backend, use_prompt in (("whisper tiny.en + prompt", "whisper", True),
                                      ("whisper tiny.en", "whisper", False),
                                      ("moonshine base-en", "moonshine", False)):
        recognizer = load_recognizer(backend, 2)
        times, exact, edits, words = [], 0, 0, 0
        for c, audio in cut:
            started = time.perf_counter()
            text = recognizer.transcribe(audio, prompt if use_prompt else "").text
            times.append(time.perf_counter() - started)
            e, w = wer(written(COMMANDS[c][0]), text)
            exact, edits, words = exact + (e == 0), edits + e, words + w
        results[name] = {"exact": f"{exact}/{len(cut)}", "wer": round(edits / words, 3),
                         "per_utterance": percentiles(times)}
    return results


def main() -> None:
    config = parse_config({})
    controllers: dict[str, Controller] = {"rules": controller_chain(config, None)}
    # The bundle as the repository ships it (models/default), not where the image installs it;
    # LLMOS_VOICE_BENCH_BUNDLE measures another one (a training run's) before it ships.
    bundle = Path(os.environ.get("LLMOS_VOICE_BENCH_BUNDLE")
                  or Path(__file__).resolve().parent.parent / "models" / "default")
    model = controller_chain(
        parse_config({"controller": {"kind": "model"}, "model": {"bundle": str(bundle)}}), None)
    degraded = model.load()
    root = f"{Path(__file__).resolve().parent.parent}/"  # no paths of the build machine
    notes = {"model_controller": ("; ".join(degraded) or f"{model.info()} from {bundle}")
             .replace(root, "")}
    if not degraded:
        controllers["model"] = model
    with tempfile.TemporaryDirectory(prefix="llmos-voice-bench-") as tmp:
        items = corpus(Path(tmp))
        listener = Listener(config.voice)
        figures = run_pipeline(listener, controllers, items)
        if "model" in controllers:
            figures["independent"] = run_independent(listener, controllers["model"], Path(tmp))
        figures["recognisers_clean"] = compare_recognisers(items)
    figures.update({
        "speech": f"espeak-ng, {len(VOICES)} voices x {len(COMMANDS)} utterances (commands and "
                  "nonsense); pink noise by sox",
        "recogniser": listener.recognizer.name, "notes": notes,
        "targets": {"clean_action_accuracy": 0.92, "10dB_action_accuracy": 0.8,
                    "flips_unconfirmed": 0, "nonsense_acted": 0, "latency_p50_ms": 800}})
    path = write("voice", "voice", figures)
    print(f"wrote {path}")
    for name, level in figures["levels"].items():
        print(name, {k: v for k, v in level.items() if "accuracy" in k or k in ("wer", "exact")})
    print("latency", figures["latency_end_of_speech_to_action"])
    for name, level in figures.get("independent", {}).items():
        print("independent", name, {k: v for k, v in level.items() if k != "misses"})
    print("recognisers", figures["recognisers_clean"])


if __name__ == "__main__":
    main()
