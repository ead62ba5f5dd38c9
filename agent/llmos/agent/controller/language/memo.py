"""The interpreter's repeated work, done once: compiled patterns and pure results, kept.

A decision matches every entity of the device against the command with patterns built from
the entity's names ("(?<![a-z0-9])nginx(?![a-z0-9])"), and describes each unit by testing its
name and description against some sixty category patterns. `re` keeps only 512 compiled
patterns: a state of twenty units overflows it on every decision, so each decision recompiled
thousands of patterns, the static ones of the rule modules included (issue 20: two thirds of
the decision time). Patterns are kept here instead, and pure functions keep their results:

- `kept`: functions of the device state (an entity built from its unit's name and
  description), which changes rarely: many results, kept across decisions;
- `recent`: functions of the command's text (its effect phrases, whether a name is in it, a
  word as a typo of a name), asked again and again within one decision: few results, enough
  for one decision, since commands rarely repeat.

Everything kept is bounded; nothing kept is mutable (lists are copied on the way out), so a
decision cannot change what the next one sees.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar, cast

PATTERNS = 8192  # a device's names and the rule modules' patterns, many times over
RESULTS = 4096  # entities: a device has a few hundred at most
RECENT = 1024  # a command's texts and word/name pairs: one decision's worth

_RESULTS: list[Any] = []  # every cache of results made here (not the compiled patterns)

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
    cache = functools.lru_cache(maxsize=RESULTS)(fn)
    _RESULTS.append(cache)
    return cast(Callable[P, R], cache)


def recent(fn: Callable[P, R]) -> Callable[P, R]:
    """`kept`, for one decision's worth of results."""
    cache = functools.lru_cache(maxsize=RECENT)(fn)
    _RESULTS.append(cache)
    return cast(Callable[P, R], cache)


def recent_list(fn: Callable[[str], list[T]]) -> Callable[[str], list[T]]:
    """A pure function of a text returning a list of immutable items, remembered for one
    decision's worth of texts; each call gets a list of its own."""
    remembered = functools.lru_cache(maxsize=RECENT)(lambda text: tuple(fn(text)))
    _RESULTS.append(remembered)

    @functools.wraps(fn)
    def wrapper(text: str) -> list[T]:
        return list(remembered(text))

    wrapper.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
    wrapper.cache_info = remembered.cache_info  # type: ignore[attr-defined]
    return wrapper


def forget() -> None:
    """Drop every result kept (the compiled patterns stay): what a warm-up computed is not
    found again by the decisions after it."""
    for cache in _RESULTS:
        cache.cache_clear()
