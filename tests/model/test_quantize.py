"""int4 quantization: a tied embedding is gathered from the output projection's int4 blocks
(stored once), exactly as the output projection sees it; the block size divides every weight."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import numpy_helper

torch = pytest.importorskip("torch")

import onnxruntime as ort  # noqa: E402
import transformers  # noqa: E402

from llmos_models import fused  # noqa: E402
from llmos_models.quantize import default_block_size, int4_matmul_nbits  # noqa: E402

SHAPE = dict(vocab_size=300, hidden_size=128, intermediate_size=192, num_hidden_layers=2,
             num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256)


def export(path: Path, tied: bool) -> Path:
    torch.manual_seed(0)
    model = transformers.Qwen2ForCausalLM(transformers.Qwen2Config(
        **SHAPE, tie_word_embeddings=tied)).eval()
    model.save_pretrained(path / "hf")
    return fused.build(path / "hf", path / "onnx")


def logits(model: Path | onnx.ModelProto, ids: list[int]) -> np.ndarray:
    source = model.SerializeToString() if isinstance(model, onnx.ModelProto) else str(model)
    s = ort.InferenceSession(source, providers=["CPUExecutionProvider"])
    feeds = {"input_ids": np.asarray([ids]), "attention_mask": np.ones((1, len(ids)), np.int64),
             "logits_to_keep": np.asarray([len(ids)])}
    for i in s.get_inputs():
        if i.name.startswith("past_key_values."):
            feeds[i.name] = np.zeros((1, 2, 0, 32), np.float32)
    out: np.ndarray = s.run(["logits"], feeds)[0]
    return out


def dequantized_output_matrix(model: onnx.ModelProto) -> np.ndarray:
    """[vocab, hidden] from the output MatMulNBits' int4 blocks (low nibble first, zero 8)."""
    inits = {t.name: t for t in model.graph.initializer}
    head = [n for n in model.graph.node if n.op_type == "MatMulNBits"][-1]
    q = numpy_helper.to_array(inits[head.input[1]])
    scales = numpy_helper.to_array(inits[head.input[2]]).reshape(q.shape[0], q.shape[1], 1)
    nibbles = np.stack([q & 15, q >> 4], -1).astype(np.float32) - 8
    return (nibbles.reshape(q.shape[0], q.shape[1], -1) * scales).reshape(q.shape[0], -1)


def test_a_tied_embedding_is_gathered_from_the_output_projections_int4_blocks(
        tmp_path: Path) -> None:
    fp32 = export(tmp_path, tied=True)
    shared = int4_matmul_nbits(fp32, tmp_path / "shared.onnx")
    apart = int4_matmul_nbits(fp32, tmp_path / "apart.onnx", share_embedding=False)
    graph = onnx.load(str(shared)).graph
    assert [n.op_type for n in graph.node].count("GatherBlockQuantized") == 1
    assert "embed_tokens" not in {t.name for t in graph.initializer}  # no fp32 table left
    fp32_table = SHAPE["vocab_size"] * SHAPE["hidden_size"] * 4
    assert apart.stat().st_size - shared.stat().st_size > 0.9 * fp32_table

    # the separate model, its fp32 table replaced by the dequantized output matrix, computes
    # exactly what the shared one computes: the same embedding rows, the same kernels after
    reference = onnx.load(str(apart))
    table = next(t for t in reference.graph.initializer if t.name == "embed_tokens")
    table.CopyFrom(numpy_helper.from_array(dequantized_output_matrix(reference), "embed_tokens"))
    ids = [5, 17, 299, 0, 42, 7]
    np.testing.assert_array_equal(logits(shared, ids), logits(reference, ids))


def test_an_untied_embedding_stays_apart(tmp_path: Path) -> None:
    graph = onnx.load(str(int4_matmul_nbits(export(tmp_path, tied=False),
                                            tmp_path / "int4.onnx"))).graph
    assert "GatherBlockQuantized" not in {n.op_type for n in graph.node}
    assert "embed_tokens" in {t.name for t in graph.initializer}


def test_the_block_size_divides_every_weights_input_size(tmp_path: Path) -> None:
    assert default_block_size(onnx.load(str(export(tmp_path, tied=True)))) == 64  # 128, 192
