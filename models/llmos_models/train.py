"""Train the embedded controller: a small LlamaForCausalLM from scratch, on CPU, from a seed.

Loss is on the answer (the JSON call and the end token) only: the prompt is input, not text to
imitate. Batches group examples of similar length so little compute goes into padding.
"""

from __future__ import annotations

import json
import math
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from tokenizers import Tokenizer
from transformers import LlamaConfig, LlamaForCausalLM

from llmos.agent.catalog import load_catalog
from llmos_models.encode import encode

IGNORE = -100


@dataclass
class TrainConfig:
    seed: int = 1234
    hidden: int = 192
    layers: int = 4
    heads: int = 3
    kv_heads: int = 1
    intermediate: int = 512
    batch: int = 24
    steps: int = 2000
    lr: float = 3e-3
    warmup: int = 60
    weight_decay: float = 0.05
    threads: int = 1  # one thread: on a shared 2-core box a second OpenMP thread mostly spins
    eval_every: int = 200


def model_config(cfg: TrainConfig, tok: Tokenizer) -> LlamaConfig:
    return LlamaConfig(
        vocab_size=tok.get_vocab_size(), hidden_size=cfg.hidden, num_hidden_layers=cfg.layers,
        num_attention_heads=cfg.heads, num_key_value_heads=cfg.kv_heads,
        intermediate_size=cfg.intermediate, max_position_embeddings=1024,
        tie_word_embeddings=True, pad_token_id=tok.token_to_id("<|pad|>"),
        eos_token_id=tok.token_to_id("<|end|>"), bos_token_id=tok.token_to_id("<|end|>"))


def batches(rows: list[tuple[list[int], list[int]]], size: int, rng: random.Random,
            pad: int) -> list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
    """Length-bucketed, shuffled batches of (input_ids, attention_mask, labels)."""
    order = sorted(range(len(rows)), key=lambda i: len(rows[i][0]) + len(rows[i][1]))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(groups)
    out = []
    for group in groups:
        width = max(len(rows[i][0]) + len(rows[i][1]) for i in group)
        ids = torch.full((len(group), width), pad, dtype=torch.long)
        mask = torch.zeros((len(group), width), dtype=torch.long)
        labels = torch.full((len(group), width), IGNORE, dtype=torch.long)
        for r, i in enumerate(group):
            prompt, answer = rows[i]
            seq = prompt + answer
            ids[r, :len(seq)] = torch.tensor(seq)
            mask[r, :len(seq)] = 1
            labels[r, len(prompt):len(seq)] = torch.tensor(answer)
        out.append((ids, mask, labels))
    return out


def lr_at(step: int, cfg: TrainConfig) -> float:
    if step < cfg.warmup:
        return cfg.lr * (step + 1) / cfg.warmup
    progress = (step - cfg.warmup) / max(1, cfg.steps - cfg.warmup)
    return cfg.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


@torch.no_grad()
def val_loss(model: LlamaForCausalLM, val: list) -> float:
    model.eval()
    total, n = 0.0, 0
    for ids, mask, labels in val:
        total += model(input_ids=ids, attention_mask=mask, labels=labels).loss.item()
        n += 1
    model.train()
    return total / max(1, n)


def train(train_rows: list[dict], val_rows: list[dict], tok: Tokenizer, cfg: TrainConfig,
          out_dir: Path) -> Path:
    """Train and save a Hugging Face model directory (with tokenizer.json) under out_dir/hf."""
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
    rng = random.Random(cfg.seed)
    catalog = load_catalog()
    pad = tok.token_to_id("<|pad|>")
    train_enc = [encode(tok, catalog, e) for e in train_rows]
    val_b = batches([encode(tok, catalog, e) for e in val_rows], 64, rng, pad)
    model = LlamaForCausalLM(model_config(cfg, tok))
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=cfg.lr,
                            betas=(0.9, 0.98))
    out_dir.mkdir(parents=True, exist_ok=True)
    log = (out_dir / "train_log.jsonl").open("w")
    params = sum(p.numel() for p in model.parameters())
    print(f"params {params / 1e6:.2f}M, train {len(train_enc)} examples, steps {cfg.steps}",
          flush=True)
    queue: list = []
    start, tokens = time.time(), 0
    for step in range(cfg.steps):
        if not queue:
            queue = batches(train_enc, cfg.batch, rng, pad)
        ids, mask, labels = queue.pop()
        for group in opt.param_groups:
            group["lr"] = lr_at(step, cfg)
        loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        tokens += int(mask.sum())
        if step % 20 == 0 or step == cfg.steps - 1:
            record = {"step": step, "loss": round(loss.item(), 4), "lr": lr_at(step, cfg),
                      "tok_s": round(tokens / (time.time() - start)),
                      "elapsed_s": round(time.time() - start, 1)}
            if step % cfg.eval_every == 0 or step == cfg.steps - 1:
                record["val_loss"] = round(val_loss(model, val_b), 4)
            log.write(json.dumps(record) + "\n")
            log.flush()
            print(record, flush=True)
    hf = out_dir / "hf"
    model.save_pretrained(hf, safe_serialization=True)
    tok.save(str(hf / "tokenizer.json"))
    (out_dir / "train_config.json").write_text(json.dumps(
        {**asdict(cfg), "params": params, "train_seconds": round(time.time() - start, 1)},
        indent=2))
    return hf
