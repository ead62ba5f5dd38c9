"""Surface noise for commands: typos, capitals, fillers, unknown words.

Names the model must copy are protected from typos (they come back verbatim from the state), but
capitals may change them, since operators type NGINX for nginx.service.
"""

from __future__ import annotations

import random

from llmos_models import phrases
from llmos_models.names import random_token

KEYBOARD_NEIGHBOURS = {
    "a": "qsz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc",
    "y": "tu", "z": "x",
}


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.3:  # swap two letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind < 0.55:  # drop one
        return word[:i] + word[i + 1:]
    if kind < 0.75:  # double one
        return word[:i] + word[i] + word[i:]
    near = KEYBOARD_NEIGHBOURS.get(word[i].lower(), word[i])
    return word[:i] + rng.choice(near) + word[i + 1:]


# After these words an unknown word reads as the thing acted on ("restart hrcrh" names a
# unit), so noise never goes there: the label would be wrong.
NAME_LEADS = {phrase.split()[-1] for verbs in phrases.VERBS.values() for phrase in verbs} | {
    "the", "a", "an", "my", "this", "that", "of", "service", "led", "interface", "port",
    "partition", "device", "drive"}


def roughen(text: str, protected: set[str], rng: random.Random, strength: float = 1.0) -> str:
    """Fillers, typos, unknown words and capitals; words in `protected` keep their spelling."""
    words = text.split()
    out = []
    for raw in words:
        lead = raw.lower() in NAME_LEADS
        word = raw
        if word not in protected and rng.random() < 0.06 * strength:
            word = typo(word, rng)
        out.append(word)
        if word not in protected and not lead and rng.random() < 0.03 * strength:
            out.append(random_token(rng))
    text = " ".join(out)
    if rng.random() < 0.7:
        text = rng.choice(phrases.POLITE_BEFORE) + text + rng.choice(phrases.POLITE_AFTER)
    case = rng.random()
    if case < 0.08 * strength:
        text = text.upper()
    elif case < 0.3:
        text = text[:1].upper() + text[1:]
    elif case < 0.35:
        text = " ".join(w.capitalize() for w in text.split())
    return text
