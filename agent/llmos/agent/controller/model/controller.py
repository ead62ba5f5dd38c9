"""The model controller: DecisionRequest -> prompt -> constrained greedy decode -> Proposal.

The output is untrusted: decide() always returns a Proposal (a harmless say/ignore when the model
runs out of tokens or time), and the agent validates and policy-checks it like any other.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

from tokenizers import Tokenizer

from llmos.agent.catalog import Catalog, load_catalog
from llmos.agent.config import ModelConfig
from llmos.agent.controller.language.interpret import Interpreter
from llmos.agent.controller.language.warm import descriptions, warm
from llmos.agent.controller.model.bundle import load_bundle
from llmos.agent.controller.model.context import ContextManager, EventHistory
from llmos.agent.controller.model.decode import Drafts, Result, generate
from llmos.agent.controller.model.entities import narrowing
from llmos.agent.controller.model.formats import make_format
from llmos.agent.controller.model.grammar import (
    Grammar,
    narrowed_schema,
    text_limit,
    text_skeletons,
)
from llmos.agent.controller.model.lm import OnnxLM
from llmos.agent.controller.model.meaning import Meaning
from llmos.agent.controller.model.router import Encoder, Router, load_heads, routed_text
from llmos.agent.domain import DecisionRequest, DeviceState, Proposal

log = logging.getLogger(__name__)


class ModelController:
    name = "model"
    blocking = True  # milliseconds to seconds: called on the chain's thread, with a deadline

    def __init__(self, settings: ModelConfig, history: EventHistory | None = None,
                 catalog: Catalog | None = None) -> None:
        self.settings = settings
        self.catalog = catalog or load_catalog()
        self.bundle = load_bundle(settings.bundle, self.catalog)  # BundleError: caller falls back
        manifest = self.bundle.manifest
        self.tokenizer = Tokenizer.from_file(str(self.bundle.tokenizer_path))
        self.format = make_format(manifest, self.catalog)
        self.eos = set(manifest["eos_token_ids"])
        self.grammar = Grammar(self.bundle.tokenizer_path.read_text(), manifest["vocab_size"],
                               sorted(self.eos))
        self.lm = OnnxLM(self.bundle.model_path, settings.threads, settings.provider)
        self.drafts = Drafts()
        # + 1 for the end token, + 2 for a tool name split off its forced (canonical) rest
        skeleton = max(len(self.encode([s])) for s in text_skeletons(self.catalog)) + 3
        self.text_chars = text_limit(settings.max_new_tokens, skeleton)
        self.router = self._router() if settings.router and manifest.get("router") else None
        meaning = self.meaning = self._meaning()
        self.language = Interpreter(self.name, meaning, self._answers if self.router else None)
        if settings.commands == "language":
            warm(self.language)  # the first command's one-time costs, at load instead
            if meaning is not None:
                meaning.forget()
        self.prefix_ids = self.encode([self.format.prefix])
        self.lm.pin(self.prefix_ids)
        self.context = ContextManager(settings, lambda s: len(self.encode([s])),
                                      len(self.prefix_ids), history, self.format.command)
        self.last: Result | None = None
        self._lock = threading.Lock()
        log.info("model: bundle %s v%s (%s), provider %s", self.bundle.path, self.bundle.version,
                 manifest.get("quantization"), self.lm.provider_report["provider"])

    def _router(self) -> Router:
        spec = self.bundle.manifest["router"]
        # one thread: a command is too short for a second one to pay for waking it (meaning.py)
        encoder = Encoder(self.bundle.router_file("encoder"), self.bundle.router_file("tokenizer"),
                          1, self.settings.provider)
        return Router(encoder, load_heads(self.bundle.router_file("heads")), float(spec["top_p"]))

    def _meaning(self) -> Meaning | None:
        model, tokenizer = (self.bundle.language_file(k) for k in ("encoder", "tokenizer"))
        if model is None or tokenizer is None:
            log.warning("model: the bundle has no language encoder; commands are grounded by "
                        "their words alone")
            return None
        return Meaning(model, tokenizer, self.settings.threads, self.settings.provider)

    def _answers(self, text: str) -> tuple[str, dict[str, Any]]:
        """The router's most likely answer among those that change nothing."""
        assert self.router is not None
        choices = self.router.ranking(text)
        tool = next((t for t in choices["tool"] if self.catalog.tools[t].informational), "say")
        if tool == "report_status":
            return tool, {"topic": choices["report_status.topic"][0]}
        return tool, {}

    def encode(self, segments: list[str]) -> list[int]:
        """Segments are tokenized one by one, exactly as in training, so caches line up."""
        return [i for s in segments for i in
                self.tokenizer.encode(s, add_special_tokens=False).ids]

    def prompt_ids(self, request: DecisionRequest) -> list[int]:
        return self.prefix_ids + self.encode(self.context.build(request).segments)

    def decide(self, request: DecisionRequest, constrained: bool = True,
               use_cache: bool = True) -> Proposal:
        if request.command and self.settings.commands == "language":
            with self._lock:  # the encoder's session and its cache
                return self.language.decide(request.command, request.state, request.events)
        return self.decode(request, constrained, use_cache)

    def prepare(self, state: DeviceState) -> int:
        """Before a command arrives: encode the state's unit descriptions that a command
        grounded by meaning would otherwise encode itself (issue 20: the slowest decisions were
        those). Not under the decision lock: a decision never waits for it. Returns how many
        were encoded."""
        if self.settings.commands != "language" or self.meaning is None:
            return 0
        return self.meaning.prepare(descriptions(state))

    def decode(self, request: DecisionRequest, constrained: bool = True,
               use_cache: bool = True) -> Proposal:
        """The generative model's call for a request, under the narrowed grammar."""
        deadline = time.monotonic() + self.settings.deadline_ms / 1e3
        with self._lock:  # the KV caches and the context counters are per controller
            ids = self.prompt_ids(request)
            matcher = None
            if constrained:
                text = routed_text(request) if self.router else None
                route = (self.router.route(text, tag=bool(request.command))
                         if self.router is not None and text else None)
                narrow = narrowing(self.catalog, request, self.settings.narrowing,
                                   route.names if route else None)
                if route:
                    narrow.route(route.choices)
                schema = narrowed_schema(self.catalog, narrow, self.text_chars)
                matcher = self.grammar.matcher(schema)
            self.last = generate(self.lm, ids, self.eos, self.settings.max_new_tokens, deadline,
                                 self.grammar, matcher, use_cache, self.drafts)
            self.drafts.remember(self.last.tokens)
            text = self.tokenizer.decode(self.last.tokens, skip_special_tokens=False)
            return self._proposal(text, self.last.stop, request)

    def _proposal(self, text: str, stop: str, request: DecisionRequest) -> Proposal:
        try:
            call = json.loads(text)
            if stop != "end" or not isinstance(call, dict):
                raise ValueError(stop)
            if not isinstance(call.get("args"), dict):
                raise ValueError("args")
            return Proposal(str(call.get("tool")), call["args"], self.name)
        except ValueError:
            log.warning("model: no usable call (%s): %r", stop, text[:120])
            reason = f"model gave no decision ({stop})"
            if request.command:
                return Proposal("say", {"text": reason}, self.name)
            return Proposal("ignore", {"reason": reason}, self.name)

    def context_usage(self) -> dict[str, int]:
        """Like `free` for the context window: used/budget per share and paged-out counts."""
        return dict(self.context.last) or {"budget": self.settings.context_budget_tokens,
                                           "pinned": len(self.prefix_ids), "used":
                                           len(self.prefix_ids), "paged_out_total": 0}

    def info(self) -> dict[str, str]:
        m = self.bundle.manifest
        report = self.lm.provider_report
        return {
            "controller": self.name, "model": str(m.get("name", "?")),
            "version": self.bundle.version, "bundle": str(self.bundle.path),
            "quantization": str(m.get("quantization", "?")), "prompt_format": self.format.name,
            "provider": report["provider"], "provider_requested": report["requested"],
            "provider_fallback": report["fallback"], "threads": str(self.settings.threads),
            "catalog_sha256": str(m.get("catalog_sha256")),
            "router": "on" if self.router else "off",
            "commands": self.settings.commands,
            "language_encoder": "on" if self.language.similarity else "off",
            "context": json.dumps(self.context_usage(), sort_keys=True),
        }
