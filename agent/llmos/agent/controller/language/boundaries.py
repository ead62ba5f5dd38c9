"""Whether a phrase, or a name, stands in a text as a whole: by `str.find`, no pattern compiled.

ground.py asked this with a pattern per name ("(?<![a-z0-9])nginx(?![a-z0-9])"). Compiling one
takes Python's `re` 0.1-0.4 ms, and a device state seen for the first time brings a hundred
new names and attributes (issue 20: most of the first decision on a new state). These give the
patterns' answers exactly (tests/unit/test_language_memo.py compares them on random texts):
every occurrence is tried, overlapping ones included, as the pattern's search does.
"""

from __future__ import annotations

from collections.abc import Iterator

_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_NAME_BEFORE = _WORD | frozenset("_@.-")  # a name is not the end of a longer one ...
_NAME_AFTER = _WORD | frozenset("_@-")  # ... nor its start ("cups" in "cups-browsed")


def phrase_in(phrase: str, text: str) -> bool:
    """`(?<![a-z0-9])PHRASE(?![a-z0-9])`: not inside a longer word or number."""
    return _found(phrase, text, _WORD, _WORD, dotted=False)


def name_in(name: str, text: str) -> bool:
    """`(?<![a-z0-9_@.-])NAME(?![a-z0-9_@-]|\\.[a-z0-9])`: "sdb1" is in "/dev/sdb1" and in
    "sdb1." ending a sentence, "cups" is not in "cups-browsed" nor "nginx" in "nginx.conf"."""
    return _found(name, text, _NAME_BEFORE, _NAME_AFTER, dotted=True)


def name_spans(name: str, text: str) -> list[tuple[int, int]]:
    """Where `name_in` finds the name: every (start, end) it stands at as a whole."""
    return list(_spans(name, text, _NAME_BEFORE, _NAME_AFTER, dotted=True))


def _found(part: str, text: str, before: frozenset[str], after: frozenset[str],
           dotted: bool) -> bool:
    return next(_spans(part, text, before, after, dotted), None) is not None


def _spans(part: str, text: str, before: frozenset[str], after: frozenset[str],
           dotted: bool) -> Iterator[tuple[int, int]]:
    start = text.find(part)
    while start >= 0:
        end = start + len(part)
        follows = text[end:end + 1]  # "" at the end of the text: in no set
        if (start == 0 or text[start - 1] not in before) and follows not in after and not (
                dotted and follows == "." and text[end + 1:end + 2] in _WORD):
            yield start, end
        start = text.find(part, start + 1)
