"""Alternations `re` reads fast: many phrases merged where they begin alike (a trie), and many
patterns with the word boundary they begin with said once.

`re` tries an alternation's branches one after another at every position of a text, so the
glossaries' and verb tables' thousands of phrases written as "a|ab|abc|..." cost a search
about a hundred microseconds, and the speech patterns' hundred branches "\\bhold that|..."
tens (issue 20). Both builders give the match the plain alternation gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # the key that marks where a phrase ends (a character key is never empty)
_BOUNDARY = r"\b"

_Trie = dict[str, "_Trie"]


def phrases(said: Iterable[str]) -> str:
    """A regex source matching any of the phrases (a run of spaces matches any run of white
    space), longest first; "" when there are none, as "|".join would give. Case-sensitive: the
    texts it reads are folded first."""
    trie: _Trie = {}
    for phrase in said:
        node = trie
        for char in re.sub(" +", " ", phrase):  # (so "\\s+" is never followed by another)
            node = node.setdefault(char, {})
        node[_END] = {}
    return f"(?:{_trie_source(trie)})" if trie else ""


def _trie_source(node: _Trie) -> str:
    # (siblings begin with different characters, so at most one of them can match: their
    # order does not matter; where a phrase ends inside a longer one, the longer is tried
    # first and the shorter taken only when the rest of the pattern fails after it)
    branches = [_char(char) + _trie_source(rest) for char, rest in node.items() if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if _END not in node:
        return body
    return f"{body}?" if len(branches) > 1 else f"(?:{body})?"


def _char(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


def patterns(*regexes: str) -> str:
    """The regexes as one alternation, tried in their order, with a run of branches that begin
    at a word boundary grouped after one: "\\bhold that|\\bno way" as "\\b(?:hold that|no way)"
    (`re` then leaves a position after one test, and a branch after its first letter)."""
    branches = [b for regex in regexes for b in _top_level_branches(regex)]
    runs: list[list[str]] = []
    for branch in branches:
        bounded = branch.startswith(_BOUNDARY)
        if runs and bounded and runs[-1][0].startswith(_BOUNDARY):
            runs[-1].append(branch)
        else:
            runs.append([branch])
    return "|".join(
        f"{_BOUNDARY}(?:{'|'.join(b.removeprefix(_BOUNDARY) for b in run)})" if len(run) > 1 else f"(?:{run[0]})"
        for run in runs)


def _top_level_branches(regex: str) -> list[str]:
    """The regex split at its every "|" outside groups and character sets."""
    branches, depth, start, i = [], 0, 0, 0
    opened = -1  # where the character set the scan is in opened, or -1
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 1  # (the escaped character is no syntax)
        elif opened >= 0:
            # ("]" first in a set is one of its characters: "[]|]", "[^]|]")
            if char == "]" and i > opened + 1 and regex[opened + 1:i] != "^":
                opened = -1
        elif char == "[":
            opened = i
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(regex[start:i])
            start = i + 1
        i += 1
    return [*branches, regex[start:]]
