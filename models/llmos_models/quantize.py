"""Weight quantization of the exported model: int8 dynamic and int4 MatMulNBits.

int4's defaults come from side-by-side runs (docs/model.md, engine comparison, per CPU model):
a block of 128 weights per fp32 scale instead of 32 does a quarter of the per-block work (scales,
int8 activation blocks) and reads 15% fewer bytes per token (4.25 bits per weight instead of 5),
at an accuracy cost measured next to it (bench/quant_accuracy.py); a tied embedding is gathered
from the output projection's int4 blocks instead of a second, fp32 copy of the table.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import helper, numpy_helper
from onnxruntime.quantization import QuantType, quantize_dynamic
from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

INT4_BLOCK_SIZES = (128, 64, 32)  # the largest that divides every weight's input size
INT4_ACCURACY_LEVEL = 4  # int8 activations: VNNI/AMX where the CPU has them


def int8_dynamic(src: Path, dst: Path, reduce_range: bool = False) -> Path:
    # Gather (the embedding table) is quantized too: it is most of a small model's bytes.
    # onnx's shape inference cannot type the outputs of onnxruntime's contrib operators
    # (fused.py's graph): every activation here is float.
    # `reduce_range` (7-bit weights) gives the same numbers on every x86 CPU: with 8 bits, CPUs
    # without VNNI saturate the u8*s8 pair sums that VNNI CPUs add exactly.
    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=True,
                     reduce_range=reduce_range, op_types_to_quantize=["MatMul", "Gather"],
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    return dst


def int4_matmul_nbits(src: Path, dst: Path, block_size: int | None = None,
                      accuracy_level: int = INT4_ACCURACY_LEVEL,
                      share_embedding: bool = True) -> Path:
    """Every MatMul with a constant weight (the output projection included) -> MatMulNBits,
    symmetric, `block_size` weights per fp32 scale (default: the largest of INT4_BLOCK_SIZES
    dividing every weight's input size, so no block is padded). accuracy_level 4 computes with
    int8 activations (per block), 1 in fp32.

    share_embedding: when the embedding table is the output matrix (tied, as in Qwen2.5-0.5B),
    the embedding is gathered from the output projection's int4 data (GatherBlockQuantized),
    so the table is stored once, in int4, instead of a second fp32 copy (545 MB at 0.5B)."""
    model = onnx.load(str(src))
    block_size = block_size or default_block_size(model)
    tied = _tied_embedding(model) if share_embedding else None
    if tied is not None and int(_initializer(model, tied[1]).dims[0]) % block_size:
        tied = None  # a padded last block would give the gathered rows extra columns
    quantizer = MatMulNBitsQuantizer(model, bits=4, block_size=block_size,
                                     is_symmetric=True, accuracy_level=accuracy_level)
    quantizer.process()
    out = quantizer.model.model
    if tied is not None:
        _gather_from_output(out, *tied, block_size)
    onnx.save_model(out, str(dst))
    return dst


def _initializer(model: onnx.ModelProto, name: str) -> onnx.TensorProto:
    return next(t for t in model.graph.initializer if t.name == name)


def default_block_size(model: onnx.ModelProto) -> int:
    """The largest of INT4_BLOCK_SIZES dividing the input size of every constant MatMul weight
    (the smallest when none divides them all)."""
    inits = {t.name: t for t in model.graph.initializer}
    sizes = {int(inits[n.input[1]].dims[0]) for n in model.graph.node
             if n.op_type == "MatMul" and n.input[1] in inits and len(inits[n.input[1]].dims) == 2}
    return next((b for b in INT4_BLOCK_SIZES if all(k % b == 0 for k in sizes)),
                INT4_BLOCK_SIZES[-1])


def _tied_embedding(model: onnx.ModelProto) -> tuple[str, str] | None:
    """(Gather node name, output MatMul's weight name) when the Gather's table is the output
    MatMul's weight transposed, value for value; None otherwise."""
    inits = {t.name: t for t in model.graph.initializer}
    gathers = [n for n in model.graph.node if n.op_type == "Gather" and n.input[0] in inits]
    matmuls = [n for n in model.graph.node if n.op_type == "MatMul" and n.input[1] in inits]
    if not gathers or not matmuls:
        return None
    table = inits[gathers[0].input[0]]
    head = matmuls[-1]  # the graph's last projection: the logits
    weight = inits[head.input[1]]
    if list(weight.dims) != list(reversed(table.dims)):
        return None
    if not np.array_equal(numpy_helper.to_array(table).T, numpy_helper.to_array(weight)):
        return None
    return gathers[0].name, head.input[1]


def _gather_from_output(model: onnx.ModelProto, gather_name: str, weight: str,
                        block_size: int) -> None:
    """Replace the Gather `gather_name` by a GatherBlockQuantized reading the int4 blocks of
    the MatMulNBits whose weight was `weight`; drop the fp32 table."""
    graph = model.graph
    inits = {t.name: t for t in graph.initializer}
    head = next(n for n in graph.node if n.op_type == "MatMulNBits"
                and n.input[1].startswith(weight))
    data, scales = inits[head.input[1]], inits[head.input[2]]
    # MatMulNBits: data [N, blocks, block_size / 2] (two 4-bit values per byte, low nibble
    # first), scales [N, blocks]. GatherBlockQuantized reads the same bytes as [N, K / 2]
    # with scales [N, K / block_size]: its quantize axis is the last one.
    n, blocks, blob = data.dims
    flat = f"{data.name}/rows"
    scale_rows = f"{scales.name}/rows"
    gather = next(g for g in graph.node if g.name == gather_name)
    table = gather.input[0]
    shape_data = helper.make_tensor(f"{flat}/shape", onnx.TensorProto.INT64, [2],
                                    [n, blocks * blob])
    shape_scales = helper.make_tensor(f"{scale_rows}/shape", onnx.TensorProto.INT64, [2],
                                      [n, blocks])
    graph.initializer.extend([shape_data, shape_scales])
    nodes = [helper.make_node("Reshape", [data.name, shape_data.name], [flat], name=flat),
             helper.make_node("Reshape", [scales.name, shape_scales.name], [scale_rows],
                              name=scale_rows),
             helper.make_node("GatherBlockQuantized", [flat, gather.input[1], scale_rows],
                              list(gather.output), name=gather.name, domain="com.microsoft",
                              bits=4, block_size=block_size, gather_axis=0, quantize_axis=1)]
    index = list(graph.node).index(gather)
    graph.node.remove(gather)
    for k, node in enumerate(nodes):
        graph.node.insert(index + k, node)
    if not any(table in node.input for node in graph.node):
        graph.initializer.remove(inits[table])
