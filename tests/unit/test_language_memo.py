"""What the interpreter keeps between decisions: bounded, keyed by every input, never shared
mutably (issue 20)."""

from __future__ import annotations

import random
import re

from llmos.agent.controller.language import boundaries, ground, lexicon, memo
from llmos.agent.controller.language.interpret import Interpreter
from llmos.agent.controller.language.warm import warm
from llmos.agent.domain import DeviceState


def test_a_pattern_is_compiled_once() -> None:
    memo.compiled.cache_clear()
    assert memo.search(r"(?<![a-z0-9])nginx(?![a-z0-9])", "restart nginx now")
    assert not memo.search(r"(?<![a-z0-9])nginx(?![a-z0-9])", "restart nginx2")
    info = memo.compiled.cache_info()
    assert (info.hits, info.misses) == (1, 1)
    assert info.maxsize == memo.PATTERNS


def test_an_entity_is_rebuilt_when_its_description_changes() -> None:
    web = ground.unit_entity("nginx.service", "A web server")
    assert ground.unit_entity("nginx.service", "A web server") is web
    changed = ground.unit_entity("nginx.service", "A reverse proxy")
    assert changed is not web and changed.doc == "nginx: A reverse proxy"
    assert ground.unit_entity("nginx.service", "A web server", "inactive").state == "inactive"


def test_kept_results_are_bounded() -> None:
    calls: list[int] = []

    @memo.kept
    def double(x: int) -> int:
        calls.append(x)
        return 2 * x

    for x in range(memo.RESULTS + 10):
        double(x)
    double(0)  # pushed out by the newer ones: computed again
    assert calls.count(0) == 2
    assert double.cache_info().currsize == memo.RESULTS  # type: ignore[attr-defined]


def test_what_a_command_asks_is_kept_for_one_decision_only() -> None:
    assert memo.RECENT < memo.RESULTS
    assert ground.typo_of.cache_info().maxsize == memo.RECENT  # type: ignore[attr-defined]


def test_a_kept_list_is_a_new_list_each_time() -> None:
    first = lexicon.effects("restart nginx")
    first.clear()
    assert lexicon.effects("restart nginx") != []


def test_decisions_do_not_depend_on_what_was_decided_before() -> None:
    words = Interpreter("rules")
    state = DeviceState.from_dict({"units": [
        {"name": "lumen.service", "description": "A web server"},
        {"name": "quartz.service", "description": "A mail relay"}]})
    before = words.decide("restart the web server", state)
    for command in ("restart lumen", "stop quartz", "restart the mail relay", "restart the web"
                    " server"):
        words.decide(command, state)
    moved = DeviceState.from_dict({"units": [
        {"name": "lumen.service", "description": "A mail relay"},
        {"name": "quartz.service", "description": "A web server"}]})
    assert before.args == {"unit": "lumen.service"}
    assert words.decide("restart the web server", state) == before
    assert words.decide("restart the web server", moved).args == {"unit": "quartz.service"}


def test_boundaries_answer_as_the_patterns_did() -> None:
    """boundaries.py replaces a compiled pattern per name: the same answer on random texts."""
    rng = random.Random(20)
    alphabet = "ab1._@-/ :xé"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        part = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        phrase = re.search(rf"(?<![a-z0-9]){re.escape(part)}(?![a-z0-9])", text)
        name = re.search(rf"(?<![a-z0-9_@.-]){re.escape(part)}(?![a-z0-9_@-]|\.[a-z0-9])", text)
        assert boundaries.phrase_in(part, text) == (phrase is not None), (part, text)
        assert boundaries.name_in(part, text) == (name is not None), (part, text)
    assert boundaries.name_in("sdb1", "mount /dev/sdb1.")
    assert not boundaries.name_in("cups", "restart cups-browsed")
    assert not boundaries.name_in("nginx", "edit nginx.conf")


def test_the_warm_up_leaves_compiled_patterns_and_no_results() -> None:
    memo.compiled.cache_clear()
    warm(Interpreter("rules"))
    assert memo.compiled.cache_info().currsize > 0
    assert ground.unit_entity.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert ground.typo_of.cache_info().currsize == 0  # type: ignore[attr-defined]
