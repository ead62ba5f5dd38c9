"""Surface noise keeps the label true: an unknown word never lands where it would name a thing."""

from __future__ import annotations

import itertools
import random

from llmos_models import noise


def test_no_unknown_word_right_after_a_verb_or_determiner(monkeypatch) -> None:
    monkeypatch.setattr(noise, "random_token", lambda rng: "<unknown>")
    rng = random.Random(7)
    inserted = 0
    for _ in range(3000):
        text = noise.roughen("please reboot the whole gateway in ten minutes thanks", set(), rng,
                             strength=3.0)
        words = text.lower().split()
        for before, word in itertools.pairwise(words):
            if word == "<unknown>":
                inserted += 1
                assert before not in noise.NAME_LEADS, text
    assert inserted > 100
