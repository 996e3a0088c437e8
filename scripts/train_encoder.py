"""Experiment: fine-tune the top of MiniLM for the reader, and compare it with the linear heads.

    pip install -e '.[train]'          # torch, for training only
    python scripts/train_encoder.py [--tune 2] [--epochs 3] [--folds w01 w02 ...] [--curve w11]

The shipped reader is linear heads over *frozen* mean-pooled all-MiniLM-L6-v2 embeddings
plus hashed words.  Here the lower layers stay frozen (run once over every sentence of the
corpus and cached), the top ``--tune`` layers are trained together with the same heads:
one per sentence fact ("-" for says-nothing), and a role head per number over the number's
own token vector, the sentence vector and its hashed context (:func:`number_bag`).  Labels
come from the gold spans exactly as :func:`ftaudit.read.learned.label` makes them.

Both readers are scored leave-one-writer-out (train on the other writers, read the held-out
one) with one threshold rule: for a held-out writer, a fact's threshold is the lowest
confidence at which the *other* writers' out-of-writer readings were right at least 97% of
the time (an unstated fact read counts as half a misread, as in train_reader.py).  Readings
at or above it are trusted.  Printed and written to bench/results/: per fact precision and
recall of trusted readings, cases with a trusted misread of a decisive fact, and verdict
accuracy through the engine (the cue lexicon's facts, overridden by the trusted readings).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np
import torch
from ftaudit.read.corpus import DECISIVE, GoldCase, load_corpus, same_value
from ftaudit.read.features import HASH_DIMS, bag, number_bag, words
from ftaudit.read.learned import (
    CHANGE_BUCKETS,
    NONE,
    NUMBER_ROLES,
    SENTENCE_HEADS,
    Example,
    LearnedReader,
    Reading,
    class_of,
    featurise,
    label,
    number_value,
)
from torch import nn
from torch.nn import functional as F

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "bench")]
from train_reader import train  # type: ignore[import-not-found]  # noqa: E402

TARGET = 0.97
UNSTATED_WEIGHT = 0.5
MODEL = ROOT / "knowledge" / "embedding"
HIDDEN = 384
LAYERS = 6
FIELDS = tuple(SENTENCE_HEADS)
READ_FIELDS = FIELDS + NUMBER_ROLES


def head_classes(name: str) -> tuple[str, ...]:
    """The class labels of a head, "-" first (as train_reader.train orders them)."""
    if name == "number_role":
        return (NONE, *NUMBER_ROLES)
    values = SENTENCE_HEADS[name]
    return (NONE, *(class_of(name, v) if name != "knowledge_change_days" else v for v in values))


# ---------------------------------------------------------------- the encoder in torch


class BertLayer(nn.Module):
    """One BERT encoder layer, the same computation as MiniLMEmbedder._forward."""

    def __init__(self, heads: int = 12, eps: float = 1e-12) -> None:
        super().__init__()
        self.heads, self.eps = heads, eps
        self.query, self.key, self.value = (nn.Linear(HIDDEN, HIDDEN) for _ in range(3))
        self.attn_out = nn.Linear(HIDDEN, HIDDEN)
        self.ln1 = nn.LayerNorm(HIDDEN, eps=eps)
        self.inter = nn.Linear(HIDDEN, 4 * HIDDEN)
        self.out = nn.Linear(4 * HIDDEN, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=eps)

    def load(self, w: dict[str, torch.Tensor], i: int) -> None:
        p = f"encoder.layer.{i}."
        names = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
                 "attn_out": "attention.output.dense", "ln1": "attention.output.LayerNorm",
                 "inter": "intermediate.dense", "out": "output.dense", "ln2": "output.LayerNorm"}
        with torch.no_grad():
            for mine, theirs in names.items():
                mod = getattr(self, mine)
                mod.weight.copy_(w[p + theirs + ".weight"])
                mod.bias.copy_(w[p + theirs + ".bias"])

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, n, d = x.shape
        h, k = self.heads, d // self.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, h, k).transpose(1, 2)

        q, kk, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ kk.transpose(-1, -2) / math.sqrt(k) + bias
        ctx = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, d)
        x = self.ln1(self.attn_out(ctx) + x)
        return self.ln2(self.out(F.gelu(self.inter(x))) + x)


def load_weights() -> dict[str, torch.Tensor]:
    from safetensors.numpy import load_file

    return {k: torch.from_numpy(v.astype(np.float32)) for k, v in load_file(str(MODEL / "model.fp16.safetensors")).items()}


@dataclass
class Sent:
    """One sentence: its frozen hidden states, its hashed words, its labels, its numbers."""

    hidden: torch.Tensor  # (tokens, 384) after the frozen layers, float16
    bag: torch.Tensor  # (HASH_DIMS,)
    y: dict[str, int]
    numbers: list[int] = field(default_factory=list)  # token index of each number, in Example order


@dataclass
class Case:
    """One gold case: the baseline's features and labels, and the encoder's per-sentence inputs."""

    gold: GoldCase
    example: Example
    sents: list[Sent]
    number_bags: torch.Tensor  # (numbers, HASH_DIMS)
    number_y: list[int]


def dense_bag(d: dict[int, float]) -> torch.Tensor:
    out = torch.zeros(HASH_DIMS)
    for k, v in d.items():
        out[k] = v
    return out


def token_at(offsets: list[tuple[int, int]], char: int) -> int:
    """The first real token covering (or after) character ``char``; the last token if none."""
    for i, (s, e) in enumerate(offsets):
        if e > s and (s <= char < e or s >= char):
            return i
    return max(len(offsets) - 2, 0)


def frozen_pass(texts: list[str], frozen: int, log: Any = print) -> dict[str, tuple[torch.Tensor, Any, np.ndarray]]:
    """Per distinct sentence: hidden states after the frozen layers, token offsets, and its shipped embedding.

    One batched pass: the frozen layers, then the original top layers for the mean-pooled
    embedding the linear heads use (the same numbers MiniLMEmbedder gives, to float rounding).
    """
    from tokenizers import Tokenizer

    w = load_weights()
    tok = Tokenizer.from_file(str(MODEL / "tokenizer.json"))
    tok.enable_truncation(256)
    tok.no_padding()
    emb_ln = nn.LayerNorm(HIDDEN, eps=1e-12)
    with torch.no_grad():
        emb_ln.weight.copy_(w["embeddings.LayerNorm.weight"])
        emb_ln.bias.copy_(w["embeddings.LayerNorm.bias"])
    layers = []
    for i in range(LAYERS):
        layer = BertLayer()
        layer.load(w, i)
        layers.append(layer.eval())
    encs = {t: tok.encode(t) for t in dict.fromkeys(texts)}
    order = sorted(encs, key=lambda t: len(encs[t].ids))
    out: dict[str, tuple[torch.Tensor, Any, np.ndarray]] = {}
    start = time.monotonic()
    for b in range(0, len(order), 32):
        batch = order[b : b + 32]
        n = max(len(encs[t].ids) for t in batch)
        ids = torch.zeros(len(batch), n, dtype=torch.long)
        mask = torch.zeros(len(batch), n)
        for i, t in enumerate(batch):
            ids[i, : len(encs[t].ids)] = torch.tensor(encs[t].ids)
            mask[i, : len(encs[t].ids)] = 1.0
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        with torch.no_grad():
            x = emb_ln(w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n][None]
                       + w["embeddings.token_type_embeddings.weight"][torch.zeros_like(ids)])
            hidden = x
            for i, layer in enumerate(layers):
                x = layer(x, bias)
                if i == frozen - 1:
                    hidden = x
            pooled = F.normalize((x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True), dim=-1)
        for i, t in enumerate(batch):
            k = len(encs[t].ids)
            out[t] = (hidden[i, :k].half().clone(), encs[t].offsets, pooled[i].numpy().copy())
        if b % 1600 == 0:
            log(f"  frozen pass: {b + len(batch)}/{len(order)} sentences ({time.monotonic() - start:.0f} s)")
    return out


def prepare(corpus: dict[str, list[GoldCase]], frozen: int, log: Any = print) -> dict[str, list[Case]]:
    """Every case's baseline features and labels, and the frozen layers' output for its sentences."""
    from ftaudit.read.lexicon import sentences

    texts = [s.text for cases in corpus.values() for c in cases for s in sentences(c.text)]
    passed = frozen_pass(texts, frozen, log)

    def embed(ts: list[str]) -> np.ndarray:
        return np.stack([passed[t][2] for t in ts])

    out: dict[str, list[Case]] = {}
    for writer, cases in corpus.items():
        out[writer] = []
        for c in cases:
            ex = label(featurise(c.text, embed), c)
            sents = []
            for i, s in enumerate(ex.sentences):
                hidden, offsets, _ = passed[s.text]
                y = {f: head_classes(f).index(ex.sentence_y[f][i]) for f in FIELDS}
                nums = [min(token_at(offsets, q.start), hidden.shape[0] - 1) for at, q in ex.numbers if at == i]
                sents.append(Sent(hidden, dense_bag(bag(words(s.text))), y, nums))
            nb = (torch.stack([dense_bag(number_bag(q, ex.sentences[at].text)) for at, q in ex.numbers])
                  if ex.numbers else torch.zeros(0, HASH_DIMS))
            ny = [head_classes("number_role").index(v) for v in ex.number_y]
            out[writer].append(Case(c, ex, sents, nb, ny))
        log(f"  prepared {writer}: {len(cases)} cases, {sum(len(k.sents) for k in out[writer])} sentences")
    return out


class TopReader(nn.Module):
    """The trainable top layers and the heads."""

    def __init__(self, w: dict[str, torch.Tensor], frozen: int) -> None:
        super().__init__()
        self.layers = nn.ModuleList()
        for i in range(frozen, LAYERS):
            layer = BertLayer()
            layer.load(w, i)
            self.layers.append(layer)
        self.heads = nn.ModuleDict({f: nn.Linear(HIDDEN + HASH_DIMS, len(head_classes(f))) for f in FIELDS})
        self.number = nn.Linear(2 * HIDDEN + HASH_DIMS, len(head_classes("number_role")))
        for p in [*self.heads.parameters(), *self.number.parameters()]:
            nn.init.zeros_(p)

    def encode(self, sents: list[Sent]) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """Pooled unit vectors (sentences, 384) and each sentence's token vectors."""
        n = max(s.hidden.shape[0] for s in sents)
        x = torch.zeros(len(sents), n, HIDDEN)
        mask = torch.zeros(len(sents), n)
        for i, s in enumerate(sents):
            x[i, : s.hidden.shape[0]] = s.hidden.float()
            mask[i, : s.hidden.shape[0]] = 1.0
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, bias)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return F.normalize(pooled, dim=-1), [x[i, : s.hidden.shape[0]] for i, s in enumerate(sents)]

    def forward(self, sents: list[Sent], number_bags: torch.Tensor) -> tuple[dict[str, torch.Tensor], torch.Tensor]:
        pooled, tokens = self.encode(sents)
        sx = torch.cat([pooled, torch.stack([s.bag for s in sents])], dim=1)
        logits = {f: h(sx) for f, h in self.heads.items()}
        rows = [torch.cat([tokens[i][t], pooled[i]]) for i, s in enumerate(sents) for t in s.numbers]
        if rows:
            nx = torch.cat([torch.stack(rows), number_bags], dim=1)
            return logits, self.number(nx)
        return logits, torch.zeros(0, len(head_classes("number_role")))


def fit(cases: list[Case], w: dict[str, torch.Tensor], frozen: int, epochs: int, seed: int = 0,
        log: Any = print) -> TopReader:
    """Train the top layers and heads on ``cases`` (batches of whole cases, ~32 sentences)."""
    torch.manual_seed(seed)
    model = TopReader(w, frozen)
    encoder = [p for layer in model.layers for p in layer.parameters()]
    heads = [*model.heads.parameters(), *model.number.parameters()]
    opt = torch.optim.AdamW([{"params": encoder, "lr": 5e-5, "weight_decay": 0.01},
                             {"params": heads, "lr": 3e-3, "weight_decay": 0.0}])
    rng = np.random.default_rng(seed)
    batches_per_epoch = max(1, sum(len(c.sents) for c in cases) // 32)
    total = epochs * batches_per_epoch
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: min(1.0, (step + 1) / 20) * max(0.0, 1 - step / total))
    model.train()
    for epoch in range(epochs):
        order = rng.permutation(len(cases))
        batch: list[Case] = []
        seen = 0
        loss_sum = 0.0
        start = time.monotonic()
        for k, idx in enumerate(order):
            batch.append(cases[int(idx)])
            if sum(len(c.sents) for c in batch) < 32 and k < len(order) - 1:
                continue
            sents = [s for c in batch for s in c.sents]
            logits, nlogits = model(sents, torch.cat([c.number_bags for c in batch]))
            loss = sum(F.cross_entropy(logits[f], torch.tensor([s.y[f] for s in sents])) for f in FIELDS)
            ny = torch.tensor([y for c in batch for y in c.number_y], dtype=torch.long)
            if len(ny):
                loss = loss + F.cross_entropy(nlogits, ny)
            opt.zero_grad()
            loss.backward()  # type: ignore[union-attr]
            opt.step()
            sched.step()
            loss_sum += float(loss.detach())  # type: ignore[union-attr]
            seen += 1
            batch = []
        log(f"    epoch {epoch + 1}: loss {loss_sum / max(seen, 1):.3f} ({time.monotonic() - start:.0f} s)")
    return model.eval()


# ---------------------------------------------------------------- readings and scoring


def propose_from(example: Example, probs: dict[str, np.ndarray], nprobs: np.ndarray) -> dict[str, Reading]:
    """LearnedReader.propose, from class probabilities already computed."""
    out: dict[str, Reading] = {}
    for f in FIELDS:
        if not example.sentences:
            continue
        classes = head_classes(f)
        p = probs[f].copy()
        p[:, 0] = -1.0
        i, c = np.unravel_index(int(np.argmax(p)), p.shape)
        cls = classes[int(c)]
        value: Any = CHANGE_BUCKETS[cls] if f == "knowledge_change_days" else json.loads(cls)
        out[f] = Reading(f, value, float(p[i, c]), example.sentences[int(i)].text)
    if example.numbers and len(nprobs):
        classes = head_classes("number_role")
        p = nprobs.copy()
        p[:, 0] = -1.0
        for kk in np.argsort(-p.max(axis=1), kind="stable"):
            k = int(kk)
            best = int(np.argmax(p[k]))
            role = classes[best]
            at, q = example.numbers[k]
            value = number_value(role, q, example.sentences[at].text)
            if role in out or value is None:
                continue
            out[role] = Reading(role, value, float(p[k, best]), example.sentences[at].text)
    return out


def read_tuned(model: TopReader, case: Case) -> dict[str, Reading]:
    if not case.sents:
        return {}
    with torch.no_grad():
        logits, nlogits = model(case.sents, case.number_bags)
    probs = {f: logits[f].softmax(-1).numpy() for f in FIELDS}
    return propose_from(case.example, probs, nlogits.softmax(-1).numpy())


Row = tuple[str, int, str, float, bool | None, Any]
"""(writer, case index, field, confidence, right or None when unstated, value)."""


def rows_of(writer: str, cases: list[Case], readings: list[dict[str, Reading]]) -> list[Row]:
    out = []
    for n, (c, rs) in enumerate(zip(cases, readings, strict=True)):
        for f, r in rs.items():
            gold = c.gold.facts.get(f)
            if gold is not None and gold.from_data:
                continue
            out.append((writer, n, f, r.confidence, None if gold is None else same_value(f, gold.value, r.value),
                        r.value))
    return out


def threshold(rows: list[tuple[float, bool | None]], target: float = TARGET) -> float:
    """The lowest confidence above which ``rows`` are right at least ``target`` of the time (1.01: never)."""
    rows = sorted(rows, key=lambda r: -r[0])
    best, right, wrong = 1.01, 0.0, 0.0
    for n, (conf, ok) in enumerate(rows, 1):
        right += ok is True
        wrong += 1.0 if ok is False else UNSTATED_WEIGHT if ok is None else 0.0
        if n >= 5 and right / max(right + wrong, 1e-9) >= target:
            best = conf
    return best


def thresholds_for(rows: list[Row], held: str) -> dict[str, float]:
    """Per fact, the threshold from the out-of-writer readings of every writer but ``held``."""
    by: dict[str, list[tuple[float, bool | None]]] = defaultdict(list)
    for w, _, f, conf, ok, _ in rows:
        if w != held:
            by[f].append((conf, ok))
    return {f: threshold(r) for f, r in by.items()}


def score(rows: list[Row], data: dict[str, list[Case]], writers: list[str], all_rows: list[Row] | None = None
          ) -> dict[str, Any]:
    """Trusted readings' precision and recall per fact, trusted-misread cases, and verdict accuracy."""
    from bench_reader_curve import _data_facts  # type: ignore[import-not-found]
    from ftaudit.decide.scoring import decide
    from ftaudit.facts import Fact, UseCase
    from ftaudit.read.lexicon import extract_facts
    from ftaudit.read.money import read_money

    pool = all_rows if all_rows is not None else rows
    per: dict[str, dict[str, int]] = {f: {"right": 0, "wrong": 0, "unstated": 0, "stated": 0} for f in READ_FIELDS}
    misread_cases = verdicts = n_cases = 0
    for w in writers:
        th = thresholds_for(pool, w)
        trusted: dict[int, dict[str, Row]] = defaultdict(dict)
        for r in rows:
            if r[0] == w and r[3] >= th.get(r[2], 1.01):
                trusted[r[1]][r[2]] = r
        for n, c in enumerate(data[w]):
            n_cases += 1
            for f in READ_FIELDS:
                gold = c.gold.facts.get(f)
                per[f]["stated"] += gold is not None and not gold.from_data
            misread = False
            for f, r in trusted[n].items():
                key = "right" if r[4] is True else "wrong" if r[4] is False else "unstated"
                per[f][key] += 1
                misread |= r[4] is False and f in DECISIVE
            misread_cases += misread
            facts = {f.field: f for f in extract_facts(c.gold.text) + read_money(c.gold.text)}
            for f, r in trusted[n].items():
                facts[f] = Fact(field=f, value=r[5], source="text", quote="", confidence=max(r[3], 0.8))
            case = UseCase(name=c.gold.slug, description=c.gold.text).merged(list(facts.values()))
            case = case.merged(list(_data_facts(c.gold.path)))
            d = decide(case)
            verdicts += c.gold.verdict_ok(d.approach, d.also)

    def pr(fields: tuple[str, ...]) -> dict[str, float]:
        right = sum(per[f]["right"] for f in fields)
        wrong = sum(per[f]["wrong"] for f in fields)
        stated = sum(per[f]["stated"] for f in fields)
        return {"P": right / (right + wrong) if right + wrong else 1.0, "R": right / stated if stated else 0.0,
                "right": right, "wrong": wrong, "unstated": sum(per[f]["unstated"] for f in fields), "stated": stated}

    return {"cases": n_cases, "verdict": verdicts / max(n_cases, 1), "trusted_misread_cases": misread_cases,
            "decisive": pr(DECISIVE), "all": pr(READ_FIELDS), "per_field": {f: pr((f,)) for f in READ_FIELDS}}


def baseline_readings(train_cases: list[Case], held: list[Case]) -> list[dict[str, Reading]]:
    reader = LearnedReader(train([c.example for c in train_cases]))
    return [reader.propose(c.example) for c in held]


def table(results: dict[str, dict[str, Any]]) -> str:
    names = list(results)
    lines = [f"{'':28}" + "".join(f"{n:>26}" for n in names),
             f"{'verdict accuracy':28}" + "".join(f"{results[n]['verdict']:>26.3f}" for n in names),
             f"{'trusted-misread cases':28}" + "".join(
                 f"{results[n]['trusted_misread_cases']:>19d} / {results[n]['cases']:<4d}" for n in names)]
    for key in ("decisive", "all"):
        lines.append(f"{key + ' P / R':28}" + "".join(
            f"{results[n][key]['P']:>17.3f} / {results[n][key]['R']:.3f}" for n in names))
    lines.append("")
    for f in READ_FIELDS:
        lines.append(f"{f:28}" + "".join(
            f"{results[n]['per_field'][f]['P']:>11.3f} / {results[n]['per_field'][f]['R']:.3f}"
            f" ({results[n]['per_field'][f]['right']:>3}/{results[n]['per_field'][f]['stated']:<3})" for n in names))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--writers", nargs="*", help="only these writers' sets (default: all)")
    parser.add_argument("--tune", type=int, default=2, help="how many top layers to fine-tune")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--folds", nargs="*", help="held-out writers to score (default: all)")
    parser.add_argument("--curve", nargs="*", default=[], help="writers to hold out for the learning curve")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "reader-encoder.json")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    corpus = load_corpus(args.corpus)
    if args.writers:
        corpus = {x: corpus[x] for x in args.writers}
    writers = sorted(corpus)
    frozen = LAYERS - args.tune
    data = prepare(corpus, frozen)
    w = load_weights()
    rows: dict[str, list[Row]] = {"linear": [], "tuned": []}
    folds = args.folds or writers
    for held in folds:
        start = time.monotonic()
        train_cases = [c for x in writers if x != held for c in data[x]]
        rows["linear"] += rows_of(held, data[held], baseline_readings(train_cases, data[held]))
        mid = time.monotonic()
        model = fit(train_cases, w, frozen, args.epochs)
        rows["tuned"] += rows_of(held, data[held], [read_tuned(model, c) for c in data[held]])
        print(f"fold {held}: linear {mid - start:.0f} s, tuned {time.monotonic() - mid:.0f} s", flush=True)
        partial = {k: score(v, data, [x for x in folds if x in {r[0] for r in v}]) for k, v in rows.items()}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"folds_done": folds[: folds.index(held) + 1], "tune": args.tune,
                                        "epochs": args.epochs, "results": partial}, indent=1))
    results = {f"{k} ({len(folds)} folds)": score(v, data, folds) for k, v in rows.items()}
    text = table(results)
    print(text)
    curve: dict[str, Any] = {}
    for held in args.curve:
        others = [x for x in writers if x != held]
        for k in (3, 6, 10):
            train_cases = [c for x in others[:k] for c in data[x]]
            for name in ("linear", "tuned"):
                if name == "linear":
                    readings = baseline_readings(train_cases, data[held])
                else:
                    model = fit(train_cases, w, frozen, args.epochs, log=lambda _: None)
                    readings = [read_tuned(model, c) for c in data[held]]
                r = rows_of(held, data[held], readings)
                # Thresholds from the full leave-one-writer-out rows of the other writers.
                s = score(r, data, [held], all_rows=rows[name])
                curve[f"{held}/{name}/{k}"] = s
                print(f"curve held={held} {name:6} train={k:2d}: decisive P={s['decisive']['P']:.3f} "
                      f"R={s['decisive']['R']:.3f} misread={s['trusted_misread_cases']} verdict={s['verdict']:.3f}",
                      flush=True)
    args.out.write_text(json.dumps({"tune": args.tune, "epochs": args.epochs, "folds": folds, "results": results,
                                    "curve": curve, "table": text}, indent=1))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
