"""The fused decoder graph computes what the PyTorch model computes, step by step with its
cache, for each family it claims, and the agent's OnnxLM runs it like optimum's export."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("optimum")

import transformers  # noqa: E402

from llmos.agent.controller.model import lm as lm_module  # noqa: E402
from llmos.agent.controller.model.lm import OnnxLM  # noqa: E402
from llmos_models import fused  # noqa: E402
from llmos_models.export import optimum_export  # noqa: E402

SHAPE = dict(vocab_size=300, hidden_size=64, intermediate_size=96, num_hidden_layers=2,
             num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512)
FAMILIES = {
    "llama-tied": ("LlamaConfig", "LlamaForCausalLM", {"tie_word_embeddings": True}),
    "llama3-rope": ("LlamaConfig", "LlamaForCausalLM", {"rope_theta": 500000.0, "rope_scaling": {
        "rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
        "original_max_position_embeddings": 64}}),
    "qwen2-bias": ("Qwen2Config", "Qwen2ForCausalLM", {}),
    "qwen3-qk-norm": ("Qwen3Config", "Qwen3ForCausalLM", {"head_dim": 32}),
}


def random_model(path: Path, family: str) -> Path:
    config_cls, model_cls, extra = FAMILIES[family]
    torch.manual_seed(0)
    model = getattr(transformers, model_cls)(getattr(transformers, config_cls)(**SHAPE, **extra))
    with torch.no_grad():  # norms at 1 and biases at 0 would hide a misplaced weight
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.05)
    model.eval().save_pretrained(path)
    return path


def reference_logits(hf: Path, ids: list[int]) -> np.ndarray:
    model = transformers.AutoModelForCausalLM.from_pretrained(hf).eval()
    with torch.no_grad():
        return model(torch.tensor([ids])).logits[0].numpy()


IDS = [int(i) for i in np.random.default_rng(1).integers(0, SHAPE["vocab_size"], 24)]


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_fused_graph_matches_pytorch_through_the_cache(tmp_path: Path, family: str,
                                                       monkeypatch) -> None:
    monkeypatch.setattr(lm_module, "MIN_ROOM", 4)  # the shared cache buffer grows on the way
    hf = random_model(tmp_path / "hf", family)
    lm = OnnxLM(fused.build(hf, tmp_path / "onnx"), 1, "cpu")
    assert lm.shared_kv
    # a prompt from nothing, a continuation of several tokens over a cache, then single tokens:
    # the three ways the agent calls the model
    rows, kv = lm.forward(IDS[:9], lm.empty())
    got = [rows]
    more, kv = lm.forward(IDS[9:15], kv)
    got.append(more)
    for token in IDS[15:]:
        row, kv = lm.forward([token], kv)
        got.append(row)
    expected = reference_logits(hf, IDS)
    np.testing.assert_allclose(np.concatenate(got), expected, atol=2e-5, rtol=0)
    last, _ = lm.forward(IDS[:9], lm.empty(), keep=1)  # only the rows asked for are computed
    np.testing.assert_allclose(last, expected[8:9], atol=2e-5, rtol=0)


def test_cached_prompts_decide_as_fresh_ones_with_a_shared_cache(tmp_path: Path) -> None:
    """Prompts that reuse the pinned prefix, the last prompt, or part of it, and drafts cut
    back: the in-place cache must give what a cold prefill gives, and never spoil the pin."""
    lm = OnnxLM(fused.build(random_model(tmp_path / "hf", "llama-tied"), tmp_path / "onnx"),
                1, "cpu")
    lm.pin(IDS[:6])
    pinned = [a[:, :, :6].copy() for a in lm.pinned.arrays]
    prompts = [IDS[:14], IDS[:14] + [5, 6], IDS[:10] + [7], IDS[:4] + [9, 9, 9], IDS[:20]]
    for prompt in prompts:
        cached, kv = lm.prefill(prompt)
        np.testing.assert_allclose(cached, lm.prefill(prompt, use_cache=False)[0], atol=1e-5)
        row, _ = lm.forward([3, 4], kv.truncated(len(prompt) - 1), keep=1)  # a cut-back draft
        fresh, _ = lm.forward(prompt[:-1] + [3, 4], lm.empty(), keep=1)
        np.testing.assert_allclose(row, fresh, atol=1e-5)
    for before, after in zip(pinned, lm.pinned.arrays, strict=True):
        np.testing.assert_array_equal(before, after[:, :, :6])


def test_an_onnxruntime_too_old_for_the_fused_graph_is_refused(tmp_path: Path,
                                                               monkeypatch) -> None:
    path = fused.build(random_model(tmp_path / "hf", "llama-tied"), tmp_path / "onnx")
    monkeypatch.setattr(lm_module.ort, "__version__", "1.19.2")
    with pytest.raises(lm_module.BundleError, match=r"needs onnxruntime >= 1\.20, found 1\.19\.2"):
        OnnxLM(path, 1, "cpu")


def test_fused_and_optimum_graphs_are_interchangeable(tmp_path: Path) -> None:
    hf = random_model(tmp_path / "hf", "qwen2-bias")
    ours = OnnxLM(fused.build(hf, tmp_path / "fused"), 1, "cpu")
    theirs = OnnxLM(optimum_export(hf, tmp_path / "optimum"), 1, "cpu")
    assert (ours.kv_heads, ours.head_dim, len(ours.kv_names)) == (
        theirs.kv_heads, theirs.head_dim, len(theirs.kv_names))
    for lm in (ours, theirs):
        lm.pin(IDS[:10])
    a, _ = ours.prefill(IDS[:20])
    b, _ = theirs.prefill(IDS[:20])
    np.testing.assert_allclose(a, b, atol=2e-5, rtol=0)
    assert len(ours.session.get_outputs()) == len(theirs.session.get_outputs())


@pytest.mark.parametrize("config", [
    transformers.Gemma3TextConfig(**SHAPE),
    transformers.Phi3Config(**SHAPE),
    transformers.MistralConfig(**SHAPE, sliding_window=128),
    transformers.LlamaConfig(**SHAPE, hidden_act="gelu"),
])
def test_what_the_fused_graph_cannot_describe_goes_to_optimum(config) -> None:
    assert fused.unsupported(config)
