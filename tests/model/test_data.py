"""The hand-written set stays unseen: the generator never produces one of its commands."""

from __future__ import annotations

import re

from llmos_models import data, phrases


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9/ ]", " ", text.lower()).split())


def test_no_handwritten_command_is_generated(handwritten: list[dict]) -> None:
    """(Bar one-word commands: "reboot" is the catalog's own word, not a phrasing.)"""
    commands = [case.get("command") for case in handwritten]
    hand = {_plain(c) for c in commands if c and " " in _plain(c)}
    fixed = {_plain(p) for p in [*phrases.OUT_OF_CATALOG, *phrases.CANCEL_PHRASES]}
    assert not hand & fixed
    generated = {_plain(e["command"]) for e in data.generate("train", 20000, seed=0)
                 if e.get("command")}
    assert not hand & generated


def test_out_of_catalog_requests_use_no_catalog_verb() -> None:
    """A composed foreign request's verb must not be one the catalog's templates use, or the
    model learns that the verb alone may mean `say`."""
    catalog_verbs = {v for verbs in phrases.VERBS.values() for v in verbs} | set(
        phrases.CANCEL_VERBS)
    for verbs, _ in phrases.FOREIGN_REQUESTS.values():
        assert not set(verbs) & catalog_verbs
