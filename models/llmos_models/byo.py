"""Bring your own model: a local Hugging Face causal LM directory -> a bundle the agent runs.

The chat template is rendered here, once, into a fixed prefix (with the catalog as tool
definitions in the system turn) and a suffix, so the device needs neither transformers nor jinja.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

from transformers import AutoConfig, AutoTokenizer, PreTrainedTokenizerBase

from llmos.agent.catalog import load_catalog
from llmos.agent.controller.model.formats import system_message
from llmos_models.bundle import write_bundle
from llmos_models.export import export
from llmos_models.pipeline import DEFAULT_BUNDLE, language_of
from llmos_models.quantize import int4_matmul_nbits, int8_dynamic

_SYS, _USER = "\x00SYSTEM\x00", "\x00USER\x00"


def chat_prompt(tok: PreTrainedTokenizerBase, system: str) -> dict[str, str]:
    """{"format": "chat", "prefix", "suffix"} from the model's own chat template."""
    try:
        text = cast(str, tok.apply_chat_template(
            [{"role": "system", "content": _SYS}, {"role": "user", "content": _USER}],
            tokenize=False, add_generation_prompt=True))
        head, rest = text.split(_SYS)
        mid, tail = rest.split(_USER)
        return {"format": "chat", "prefix": head + system + mid, "suffix": tail}
    except Exception:  # templates without a system role (gemma): fold it into the user turn
        text = cast(str, tok.apply_chat_template([{"role": "user", "content": _USER}],
                                                 tokenize=False, add_generation_prompt=True))
        head, tail = text.split(_USER)
        return {"format": "chat", "prefix": head + system + "\n\n", "suffix": tail}


def eos_ids(tok: PreTrainedTokenizerBase, source: Path) -> list[int]:
    ids = {tok.eos_token_id} if tok.eos_token_id is not None else set()
    gen = source / "generation_config.json"
    if gen.exists():
        eos = json.loads(gen.read_text()).get("eos_token_id")
        ids.update(eos if isinstance(eos, list) else [eos] if eos is not None else [])
    for marker in ("<|im_end|>", "<end_of_turn>", "<|end|>", "<|eot_id|>"):
        token = tok.convert_tokens_to_ids(marker)
        if isinstance(token, int) and token != tok.unk_token_id:
            ids.add(token)
    return sorted(i for i in ids if i is not None)


def bring_your_own(source: Path, run: Path, out: Path, quant: str = "int8") -> Path:
    tok = AutoTokenizer.from_pretrained(source, local_files_only=True)
    config = AutoConfig.from_pretrained(source, local_files_only=True)
    run.mkdir(parents=True, exist_ok=True)
    fp32 = export(source, run / "onnx")
    model = {"fp32": lambda: fp32, "int8": lambda: int8_dynamic(fp32, run / "int8.onnx"),
             "int4": lambda: int4_matmul_nbits(fp32, run / "int4.onnx")}[quant]()
    tokenizer = run / "tokenizer.json"
    tok.backend_tokenizer.save(str(tokenizer))  # includes added tokens from tokenizer_config
    catalog = load_catalog()
    # commands are read by the same language interpreter and encoder as the shipped bundle's
    return write_bundle(out, model, tokenizer, catalog, name=source.name,
                        version=f"byo-{config.model_type}",
                        prompt=chat_prompt(tok, system_message(catalog)), quantization=quant,
                        eos_token_ids=eos_ids(tok, source), language=language_of(DEFAULT_BUNDLE))
