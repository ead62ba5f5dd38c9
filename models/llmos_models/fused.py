"""Llama-family decoder weights -> one fused ONNX graph (onnxruntime's contrib operators).

optimum's export traces the PyTorch code: ~1,000 nodes per 4 layers (~6,200 at Qwen2.5-0.5B's
24), most of them shape arithmetic, transposes and the unfused attention, and at decode time
onnxruntime pays for every node. This writes the same model as ~12 nodes per layer:
SkipSimplifiedLayerNormalization (residual add + RMSNorm), one MatMul for q/k/v, one
GroupQueryAttention (rotary, causal mask, grouped heads and the KV cache in one kernel), one
MatMul for gate/up, SiLU, and the output projections. The logits are computed only for the last
`logits_to_keep` positions: a prefill needs one row, not one per prompt token.

The graph keeps optimum's interface (input_ids, attention_mask, past_key_values.N.key/value ->
logits, present.N.key/value), plus `logits_to_keep`, so the agent's OnnxLM runs either. Its
MatMuls are plain fp32; quantize.py turns them into int8 or int4 as it does optimum's. Families
this does not describe (other activations, norms or rotary layouts) go through optimum.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from llmos.agent.controller.model.lm import SHARED_KV  # the metadata key OnnxLM reads

FAMILIES = ("llama", "qwen2", "qwen3", "mistral")
MAX_POSITIONS = 8192  # rotary table rows: far beyond the agent's context budget
OPSET = [helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]


def unsupported(config: Any) -> str | None:
    """Why this builder cannot describe `config` (then optimum exports it), or None."""
    if config.model_type not in FAMILIES:
        return f"model type {config.model_type!r} is not one of {', '.join(FAMILIES)}"
    if getattr(config, "hidden_act", "silu") != "silu":
        return f"activation {config.hidden_act!r}"
    if getattr(config, "use_sliding_window", False) or (
            config.model_type == "mistral" and getattr(config, "sliding_window", None)):
        return "sliding-window attention"
    if getattr(config, "partial_rotary_factor", 1.0) != 1.0:
        return "partial rotary embedding"
    if getattr(config, "mlp_bias", False):
        return "MLP bias"
    return None


def rotary_tables(config: Any, positions: int) -> tuple[np.ndarray, np.ndarray]:
    """cos/sin [positions, head_dim / 2], with the model's own rotary scaling (transformers
    computes the frequencies, so llama3, linear, dynamic... scaling come out as it trains)."""
    from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS

    scaling = getattr(config, "rope_scaling", None) or {}
    kind = scaling.get("rope_type", scaling.get("type", "default"))
    # transformers annotates a torch.device and takes a device name as well
    inv_freq, attention_scale = ROPE_INIT_FUNCTIONS[kind](config, "cpu")  # type: ignore[arg-type]
    angles = np.outer(np.arange(positions, dtype=np.float64), inv_freq.double().numpy())
    return ((np.cos(angles) * attention_scale).astype(np.float32),
            (np.sin(angles) * attention_scale).astype(np.float32))


class _Graph:
    """Nodes and initializers, with fresh names."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.weights: list[TensorProto] = []

    def weight(self, name: str, array: np.ndarray) -> str:
        self.weights.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def op(self, kind: str, inputs: list[str], name: str, outputs: int | list[str] = 1,
           domain: str = "", **attrs: Any) -> list[str]:
        """Add a node; its outputs are `outputs` names, or that many named after the node."""
        outs = outputs if isinstance(outputs, list) else (
            [name] if outputs == 1 else [f"{name}/{k}" for k in range(outputs)])
        self.nodes.append(helper.make_node(kind, inputs, outs, name=name, domain=domain, **attrs))
        return outs

    def linear(self, x: str, weight: np.ndarray, bias: np.ndarray | None, name: str,
               output: str | None = None) -> str:
        """x @ weight.T (+ bias): a MatMul with a constant [in, out] matrix, which is what the
        quantizers rewrite."""
        w = self.weight(f"{name}.weight", weight.T)
        if bias is None:
            return self.op("MatMul", [x, w], name, [output or name])[0]
        y = self.op("MatMul", [x, w], name)[0]
        return self.op("Add", [y, self.weight(f"{name}.bias", bias)], f"{name}/bias",
                       [output or f"{name}/bias"])[0]


def build(hf_dir: Path, out_dir: Path) -> Path:
    """Write `out_dir/model.onnx` (weights over 2 GB go to model.onnx_data beside it)."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.from_pretrained(hf_dir, local_files_only=True)
    reason = unsupported(config)
    if reason:
        raise ValueError(f"the fused builder cannot describe this model: {reason}")
    model = AutoModelForCausalLM.from_pretrained(hf_dir, local_files_only=True,
                                                 dtype=torch.float32)
    state = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    lm_head = model.get_output_embeddings().weight.detach().numpy()
    lm_bias = model.get_output_embeddings().bias
    del model

    heads, kv_heads = config.num_attention_heads, config.num_key_value_heads
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // heads
    eps = float(config.rms_norm_eps)
    g = _Graph()
    cos, sin = rotary_tables(config, min(MAX_POSITIONS, config.max_position_embeddings))
    g.weight("cos_cache", cos)
    g.weight("sin_cache", sin)

    # GroupQueryAttention takes lengths, not a mask: the last position's index, and the total.
    lengths = g.op("ReduceSum", ["attention_mask", g.weight("axis1", np.array([1], np.int64))],
                   "lengths", keepdims=0)[0]
    last = g.op("Sub", [lengths, g.weight("one", np.array(1, np.int64))], "last_index")[0]
    seqlens_k = g.op("Cast", [last], "seqlens_k", to=TensorProto.INT32)[0]
    total = g.op("Shape", ["attention_mask"], "total_length", start=1, end=2)[0]
    total = g.op("Cast", [g.op("Squeeze", [total], "total_length/scalar")[0]],
                 "total_sequence_length", to=TensorProto.INT32)[0]

    h = g.op("Gather", [g.weight("embed_tokens", state["model.embed_tokens.weight"]),
                        "input_ids"], "embed")[0]
    halves = g.weight("gate_up_sizes", np.array([config.intermediate_size] * 2, np.int64))
    if "model.layers.0.self_attn.q_norm.weight" in state:
        per_head = g.weight("per_head_shape", np.array([0, 0, -1, head_dim], np.int64))
        merged = g.weight("merged_shape", np.array([0, 0, -1], np.int64))
    residual = h
    pending: str | None = None  # the sublayer output still to be added to residual

    def norm(weight: str, name: str) -> str:
        """RMSNorm of residual + pending (which becomes the new residual)."""
        nonlocal residual, pending
        gamma = g.weight(f"{name}.weight", state[f"{weight}.weight"])
        if pending is None:
            return g.op("SimplifiedLayerNormalization", [residual, gamma], name,
                        epsilon=eps, axis=-1, stash_type=1)[0]
        outs = g.op("SkipSimplifiedLayerNormalization", [pending, residual, gamma], name,
                    outputs=4, domain="com.microsoft", epsilon=eps)
        residual, pending = outs[3], None
        return outs[0]

    def head_norm(x: str, weight: str, name: str) -> str:
        """RMSNorm of each head of x [batch, seq, heads * head_dim]."""
        split = g.op("Reshape", [x, per_head], f"{name}/heads")[0]
        normed = g.op("SimplifiedLayerNormalization",
                      [split, g.weight(f"{name}.weight", state[f"{weight}.weight"])], name,
                      epsilon=eps, axis=-1, stash_type=1)[0]
        return g.op("Reshape", [normed, merged], f"{name}/merge")[0]

    for i in range(config.num_hidden_layers):
        p = f"model.layers.{i}"
        x = norm(f"{p}.input_layernorm", f"{p}/input_norm")
        attn = f"{p}.self_attn"
        qkv_w = np.concatenate([state[f"{attn}.{k}_proj.weight"] for k in "qkv"])
        qkv_b = [state.get(f"{attn}.{k}_proj.bias") for k in "qkv"]
        present = [b for b in qkv_b if b is not None]
        bias = np.concatenate(present) if len(present) == len(qkv_b) else None
        qkv = g.linear(x, qkv_w, bias, f"{p}/qkv")
        q_k_v = [qkv, "", ""]
        if f"{attn}.q_norm.weight" in state:
            # qwen3 normalises each head's q and k (RMSNorm) before the rotation; onnxruntime's
            # CPU attention kernel cannot, so it happens here on [batch, seq, heads, head_dim].
            sizes = g.weight(f"{p}/qkv_sizes", np.array(
                [heads * head_dim, kv_heads * head_dim, kv_heads * head_dim], np.int64))
            q, k, v = g.op("Split", [qkv, sizes], f"{p}/qkv_split", outputs=3, axis=-1)
            q_k_v = [head_norm(q, f"{attn}.q_norm", f"{p}/q_norm"),
                     head_norm(k, f"{attn}.k_norm", f"{p}/k_norm"), v]
        gqa_inputs = [*q_k_v, f"past_key_values.{i}.key", f"past_key_values.{i}.value",
                      seqlens_k, total, "cos_cache", "sin_cache"]
        out = g.op("GroupQueryAttention", gqa_inputs, f"{p}/attention",
                   [f"{p}/attention", f"present.{i}.key", f"present.{i}.value"],
                   domain="com.microsoft", num_heads=heads, kv_num_heads=kv_heads,
                   do_rotary=1, rotary_interleaved=0)[0]
        pending = g.linear(out, state[f"{attn}.o_proj.weight"], state.get(f"{attn}.o_proj.bias"),
                           f"{p}/o_proj")

        x = norm(f"{p}.post_attention_layernorm", f"{p}/post_attention_norm")
        mlp = f"{p}.mlp"
        gate_up = g.linear(x, np.concatenate([state[f"{mlp}.gate_proj.weight"],
                                              state[f"{mlp}.up_proj.weight"]]), None, f"{p}/gate_up")
        gate, up = g.op("Split", [gate_up, halves], f"{p}/split", outputs=2, axis=-1)
        silu = g.op("QuickGelu", [gate], f"{p}/silu", domain="com.microsoft", alpha=1.0)[0]
        pending = g.linear(g.op("Mul", [silu, up], f"{p}/swiglu")[0],
                           state[f"{mlp}.down_proj.weight"], None, f"{p}/down_proj")

    x = norm("model.norm", "final_norm")
    # Only the rows the caller will read: a prefill of n tokens needs 1 row, not n.
    start = g.op("Neg", ["logits_to_keep"], "keep_from")[0]
    x = g.op("Slice", [x, start, g.weight("to_end", np.array([np.iinfo(np.int64).max])),
                       g.weight("axis1_slice", np.array([1], np.int64))], "kept_rows")[0]
    g.linear(x, lm_head, None if lm_bias is None else lm_bias.detach().numpy(), "lm_head",
             output="logits")

    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"]),
              helper.make_tensor_value_info("attention_mask", TensorProto.INT64,
                                            ["batch", "total_sequence"]),
              helper.make_tensor_value_info("logits_to_keep", TensorProto.INT64, [1])]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT,
                                             ["batch", "kept", config.vocab_size])]
    for i in range(config.num_hidden_layers):
        for kind in ("key", "value"):
            inputs.append(helper.make_tensor_value_info(
                f"past_key_values.{i}.{kind}", TensorProto.FLOAT,
                ["batch", kv_heads, "past_sequence", head_dim]))
            outputs.append(helper.make_tensor_value_info(
                f"present.{i}.{kind}", TensorProto.FLOAT,  # total, or the shared buffer's room
                ["batch", kv_heads, "present_sequence", head_dim]))

    graph = helper.make_graph(g.nodes, "decoder", inputs, outputs, g.weights)
    # IR 8 is what opset 17 needs; onnx's newer default would shut out older runtimes (JetPack's).
    proto = helper.make_model(graph, opset_imports=OPSET, producer_name="llmos fused", ir_version=8)
    # GroupQueryAttention appends to the cache in place when past and present are one buffer
    # (lm.OnnxLM binds them so); optimum's graphs concatenate a new present each step.
    helper.set_model_props(proto, {SHARED_KV: "1"})
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "model.onnx"
    big = sum(w.ByteSize() for w in g.weights) > 1_800_000_000  # protobuf's 2 GB limit
    onnx.save_model(proto, path, save_as_external_data=big, all_tensors_to_one_file=True,
                    location="model.onnx_data", size_threshold=1024)
    return path
