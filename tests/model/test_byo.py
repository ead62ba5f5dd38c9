"""Bring your own model: tiny random-weight models built here, exported, bundled and run: a Qwen2
(the fused graph) and a Phi-3 (optimum's export)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("optimum")

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from llmos.agent.config import ModelConfig
from llmos.agent.controller.model import ModelController
from llmos.agent.domain import DecisionRequest, DeviceState, HardwareEvent
from llmos.agent.validation import validate

CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
          "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]


def tiny_model(path: Path, catalog, family: str) -> Path:
    import torch
    import transformers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    corpus = [str(catalog.document), "restart nginx.service mount /dev/sdb1 eth0 up"] * 4
    tok.train_from_iterator(corpus, trainers.BpeTrainer(
        vocab_size=400, special_tokens=SPECIAL, show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|im_end|>",
                                   pad_token="<|endoftext|>")
    fast.chat_template = CHATML
    fast.save_pretrained(path)
    torch.manual_seed(0)
    config = getattr(transformers, f"{family}Config")(
        vocab_size=len(fast), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=8192,
        eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id, tie_word_embeddings=True)
    getattr(transformers, f"{family}ForCausalLM")(config).save_pretrained(path)
    return path


@pytest.mark.parametrize("family", ["Qwen2", "Phi3"])
def test_tiny_model_exports_loads_and_decides(tmp_path: Path, catalog, family: str) -> None:
    from llmos_models.byo import bring_your_own

    source = tiny_model(tmp_path / family, catalog, family)
    bundle = bring_your_own(source, tmp_path / "run", tmp_path / "bundle", quant="int8")
    settings = ModelConfig(bundle=bundle, max_new_tokens=256, deadline_ms=60000,
                             context_budget_tokens=8192)
    controller = ModelController(settings, None, catalog)
    assert controller.info()["prompt_format"] == "chat"
    request = DecisionRequest(
        "restart nginx", (HardwareEvent("add", "block", "/devices/x/sdb1", "/dev/sdb1",
                                        {"ID_FS_TYPE": "vfat"}),),
        DeviceState(units=("nginx.service",), interfaces=("eth0",)))
    proposal = controller.decode(request)  # the user's generative model, under the grammar
    assert controller.last is not None and controller.last.stop == "end"
    validate(catalog, proposal.tool, dict(proposal.args))
    # commands are read by the same language interpreter and encoder as the shipped bundle's
    assert controller.info()["language_encoder"] == "on"
    assert controller.decide(request).args == {"unit": "nginx.service"}
