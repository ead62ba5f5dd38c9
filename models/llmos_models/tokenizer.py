"""The embedded model's byte-level BPE vocabulary, trained on the generated prompts and calls.

Words are pre-tokenized with their leading space; names in the prompt follow punctuation (see
llmos.agent.controller.model.prompt), so a name is the same token sequence in the state line and in the
JSON answer and the model copies tokens. Byte-level, so any device string encodes.
"""

from __future__ import annotations

from collections.abc import Iterable

from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers

END = "<|end|>"
PAD = "<|pad|>"
WORDS = r" ?[\w.@/+\-]+|[^\w\s.@/+\-]+|\s+"


def train_tokenizer(texts: Iterable[str], vocab_size: int) -> Tokenizer:
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(WORDS), behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=[PAD, END],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(texts, trainer)
    return tok
