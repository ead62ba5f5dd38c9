"""The interpreter's repeated work, done once: compiled patterns and pure results, kept.

A decision matches every entity of the device against the command with patterns built from
the entity's names ("(?<![a-z0-9])nginx(?![a-z0-9])"), and describes each unit by testing its
name and description against some sixty category patterns. `re` keeps only 512 compiled
patterns: a state of twenty units overflows it on every decision, so each decision recompiled
thousands of patterns, the static ones of the rule modules included (issue 20: two thirds of
the decision time). Patterns are kept here instead, and the pure functions whose inputs repeat
from one decision to the next (an entity built from its unit's name and description, the
effect phrases of a text) keep their results. Everything kept is bounded; nothing kept is
mutable (lists are copied on the way out), so a decision cannot change what the next one sees.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

PATTERNS = 8192  # a device's names and the rule modules' patterns, many times over
RESULTS = 4096  # entities and texts: a device has a few hundred entities at most

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


@functools.lru_cache(maxsize=PATTERNS)
def compiled(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def search(regex: str, text: str) -> re.Match[str] | None:
    """`re.search`, with the compiled pattern kept in a cache of its own."""
    return compiled(regex).search(text)


def kept(fn: Callable[P, R]) -> Callable[P, R]:
    """A pure function of hashable arguments whose result is immutable, remembered (bounded,
    least recently used first out)."""
    return cast(Callable[P, R], functools.lru_cache(maxsize=RESULTS)(fn))


def kept_list(fn: Callable[[str], list[T]]) -> Callable[[str], list[T]]:
    """A pure function of a text returning a list of immutable items, remembered; each call
    gets a list of its own."""
    remembered = functools.lru_cache(maxsize=RESULTS)(lambda text: tuple(fn(text)))

    @functools.wraps(fn)
    def wrapper(text: str) -> list[T]:
        return list(remembered(text))

    wrapper.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
    wrapper.cache_info = remembered.cache_info  # type: ignore[attr-defined]
    return wrapper
