"""The fast alternations find what the plain ones find (language/alternation.py)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from llmos.agent.controller.language import alternation

_PHRASE = st.text(alphabet="ab .-é", min_size=1, max_size=6)
_TEXT = st.text(alphabet="ab .-é,\t", max_size=24)
# (in patterns whose rest can fail after the longest phrase: then a shorter one is taken)
_AROUND = ("(?<![^\\s,])({})(?![^\\s,.])", "({})b", "({})$", "({})")


def _longest_first(said: list[str]) -> str:
    # (a run of spaces said as one: the phrases of the language tables have single spaces)
    said = [re.sub(" +", " ", p) for p in said]
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(said, key=len, reverse=True))


@settings(max_examples=400, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=12, unique=True), _TEXT)
def test_phrases_match_as_the_longest_first_alternation(said: list[str], text: str) -> None:
    for around in _AROUND:
        plain, merged = (re.search(around.format(p), text) for p in (_longest_first(said), alternation.phrases(said)))
        assert (plain and plain.span(1)) == (merged and merged.span(1)), around


def test_phrases_merged_where_they_begin_alike() -> None:
    assert alternation.phrases(["restart", "restarte", "reboot", "re start"]) == \
        r"(?:re(?:start(?:e)?|boot|\s+start))"
    assert re.fullmatch(alternation.phrases(["a b"]), "a \t b")
    assert alternation.phrases([]) == ""


_BRANCH = st.sampled_from([r"\ba", r"\bab\b", r"a\W*$", r"\b(?:b|a)a", r"[|a]b", r"\bb|a", r"(?:^|,\s*)a",
                           r"\b[^]a]b", r"\bab(?!a)", r"(?<!b)a"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_BRANCH, min_size=1, max_size=6), st.text(alphabet="ab ,|]", max_size=16))
def test_patterns_match_as_the_plain_alternation(regexes: list[str], text: str) -> None:
    plain = re.compile("|".join(f"(?:{r})" for r in regexes))
    grouped = re.compile(alternation.patterns(*regexes))
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in grouped.finditer(text)]


def test_patterns_say_a_leading_boundary_once() -> None:
    assert alternation.patterns(r"\bhold that\W*$", r"\bno|yes", r"(?:x|y)", r"\bz") == \
        r"\b(?:hold that\W*$|no)|(?:yes)|(?:(?:x|y))|(?:\bz)"
    assert alternation.patterns(r"[|]|\|a|[]|]b") == r"(?:[|])|(?:\|a)|(?:[]|]b)"
