"""Weight quantization of the exported model: int8 dynamic and int4 MatMulNBits."""

from __future__ import annotations

from pathlib import Path

import onnx
from onnxruntime.quantization import QuantType, quantize_dynamic
from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer


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


def int4_matmul_nbits(src: Path, dst: Path, block_size: int = 32) -> Path:
    # accuracy_level 4: int8 activations, which uses VNNI/AMX where the CPU has them.
    quantizer = MatMulNBitsQuantizer(onnx.load(str(src)), bits=4, block_size=block_size,
                                     is_symmetric=True, accuracy_level=4)
    quantizer.process()
    quantizer.model.save_model_to_file(str(dst), use_external_data_format=False)
    return dst
