"""Train the learned reader on blind writers' sets, choose its thresholds honestly, and measure it.

    python scripts/train_reader.py --train w01 w02 w03 [--out knowledge/reader/weights.npz]
    python scripts/train_reader.py --train w01 w02 w03 w05 w08 --curve --heldout w04 w06 w07

Thresholds come from leave-one-writer-out runs over the training writers: a head's
threshold is the lowest confidence at which its readings of writers it was not trained
on were right at least 95% of the time (a reading of a fact the writer did not state
counts as wrong).  ``--curve`` trains on the first 1, 2, ... training writers and scores
the held-out writers at first sight after each, which is the learning curve in the README.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from ftaudit.read.corpus import GoldCase, load_corpus, same_value
from ftaudit.read.features import EMBED_DIMS, HASH_DIMS
from ftaudit.read.learned import (
    COMBINED_FIELDS,
    COMBINER_WIDTH,
    NONE,
    NUMBER_ROLES,
    SENTENCE_HEADS,
    WEIGHTS_FILE,
    Example,
    Head,
    LearnedReader,
    candidate_features,
    class_of,
    featurise,
    fit_head,
    label,
    stack,
)
from ftaudit.read.lexicon import extract_facts
from ftaudit.read.reader import candidates
from ftaudit.retrieve.embedding import get_embedder
from ftaudit.retrieve.prebuilt import load_vectors, save_vectors, text_key
from ftaudit.settings import home

ROOT = Path(__file__).resolve().parents[1]
TARGET_PRECISION = 0.95
# Ten training writers (w01-w03, w05, w08-w13) were tried at 0.95, 0.97 and 0.98.  On the held-out
# writers w04 w06 w07 w14 w15, 0.95 gave precision 0.965 with a trusted decisive misread in 8.3% of
# cases (the shipped five-writer reader: 0.979, 3.3%); 0.98 gave 0.976 and 3.6%, verdicts 0.861
# against 0.844, but the dev set fell from 17 to 15 of 18 ("the task changes every week" read for
# sure as knowledge changing weekly), so the five-writer weights stay.
WIDTH = EMBED_DIMS + HASH_DIMS


class CachedEmbedder:
    """The shipped embedder with an on-disk cache, so retraining does not re-embed the corpus."""

    def __init__(self) -> None:
        self.path = home() / "reader-train-embeddings.npz"
        self.cache = load_vectors(self.path)
        self.dirty = False

    def __call__(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if text_key(t) not in self.cache]
        if missing:
            for t, v in zip(missing, get_embedder().embed(missing), strict=True):
                self.cache[text_key(t)] = v
            self.dirty = True
        return np.stack([self.cache[text_key(t)] for t in texts])

    def flush(self) -> None:
        if self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            save_vectors(self.path, self.cache)


def examples(cases: list[GoldCase], embed: CachedEmbedder) -> list[Example]:
    return [label(featurise(c.text, embed), c) for c in cases]


def train(exs: list[Example]) -> dict[str, Head]:
    """Fit every head on ``exs``."""
    heads = {}
    for field, values in SENTENCE_HEADS.items():
        classes = (NONE, *(class_of(field, v) if field != "knowledge_change_days" else v for v in values))
        x = stack([e.sentence_x for e in exs], WIDTH)
        y = np.array([classes.index(c) for e in exs for c in e.sentence_y[field]], dtype=np.int64)
        w, b = fit_head(x, y, len(classes))
        heads[field] = Head(classes, w, b)
    classes = (NONE, *NUMBER_ROLES)
    x = stack([e.number_x for e in exs], WIDTH)
    y = np.array([classes.index(c) for e in exs for c in e.number_y], dtype=np.int64)
    w, b = fit_head(x, y, len(classes))
    heads["number_role"] = Head(classes, w, b)
    return heads


Judged = tuple[str, float, bool | None]
"""(field, confidence, right); right is None when the writer did not state the fact."""


def judged(reader: LearnedReader, exs: list[Example], cases: list[GoldCase]) -> list[Judged]:
    """(field, confidence, right) for every reading of ``cases``."""
    out = []
    for e, c in zip(exs, cases, strict=True):
        for field, r in reader.propose(e).items():
            gold = c.facts.get(field)
            if gold is not None and gold.from_data:
                continue
            out.append((field, r.confidence, None if gold is None else same_value(field, gold.value, r.value)))
    return out


UNSTATED_WEIGHT = 0.5
"""A reading of a fact the writer did not state counts as half a misread.  Writers were told
to leave out facts the text does not state, but they also leave out some it does (booleans
above all), so neither extreme holds: counting such readings as neutral let invented facts
swamp the verdict (held-out verdict 70%, bench/results/reader-combined-v4-heldout.json);
counting them as full misreads left more true facts unsure (dev set 16/18 instead of 17/18,
held-out verdict 84% either way; reader-combined-v3 and -v5)."""


def choose_thresholds(results: list[Judged]) -> dict[str, float]:
    """Per fact, the lowest confidence above which held-out readings reach the target precision."""
    by: dict[str, list[tuple[float, bool | None]]] = defaultdict(list)
    for field, conf, ok in results:
        by[field].append((conf, ok))
    thresholds = {}
    for field, rows in by.items():
        rows.sort(key=lambda r: -r[0])
        best = 1.01
        right = wrong = 0.0
        for n, (conf, ok) in enumerate(rows, 1):
            right += ok is True
            wrong += 1.0 if ok is False else UNSTATED_WEIGHT if ok is None else 0.0
            if n >= 5 and right / max(right + wrong, 1e-9) >= TARGET_PRECISION:
                best = conf
        thresholds[field] = best
    return thresholds


def lexicon_priors(cases: list[GoldCase]) -> dict[str, float]:
    """Per fact, how often the lexicon reader's reading was right (an unstated fact read counts as wrong)."""
    right: dict[str, int] = defaultdict(int)
    seen: dict[str, int] = defaultdict(int)
    for c in cases:
        for f in extract_facts(c.text):
            gold = c.facts.get(f.field)
            if gold is not None and gold.from_data:
                continue
            seen[f.field] += 1
            right[f.field] += gold is not None and same_value(f.field, gold.value, f.value)
    return {k: right[k] / n for k, n in seen.items() if n >= 5}


def candidate_rows(reader: LearnedReader, exs: list[Example], cases: list[GoldCase],
                   priors: dict[str, float]) -> list[tuple[str, np.ndarray, bool | None]]:
    """(field, combiner features, right) for every candidate value of every fact of ``cases``."""
    rows = []
    for e, c in zip(exs, cases, strict=True):
        lexicon = {f.field: f for f in extract_facts(c.text)}
        readings = reader.propose(e)
        for field in COMBINED_FIELDS:
            gold = c.facts.get(field)
            if gold is not None and gold.from_data:
                continue
            lex, r = lexicon.get(field), readings.get(field)
            for value in candidates(field, lex, r):
                x = candidate_features(field, value, lex.value if lex else None, r, priors.get(field, 0.5),
                                       reader.threshold(field))
                rows.append((field, x, None if gold is None else same_value(field, gold.value, value)))
    return rows


def fit_combiner(rows: list[tuple[str, np.ndarray, bool | None]]) -> Head:
    x = np.stack([r[1] for r in rows]) if rows else np.zeros((0, COMBINER_WIDTH), np.float32)
    y = np.array([int(r[2] is True) for r in rows], dtype=np.int64)
    w, b = fit_head(x, y, 2, l2=1e-3, steps=400, lr=0.05)
    return Head((NONE, "ok"), w, b)


def fit_reader(writers: dict[str, list[GoldCase]], embed: CachedEmbedder, log: Any = print) -> LearnedReader:
    """Heads trained on every writer given; head and combiner thresholds from leave-one-writer-out."""
    exs = {w: examples(cs, embed) for w, cs in writers.items()}
    results: list[Judged] = []
    folds: dict[str, LearnedReader] = {}
    for held in writers if len(writers) >= 2 else ():
        start = time.monotonic()
        others = [c for w, cs in writers.items() if w != held for c in cs]
        folds[held] = LearnedReader(train([e for w, es in exs.items() if w != held for e in es]),
                                    priors=lexicon_priors(others))
        results += judged(folds[held], exs[held], writers[held])
        log(f"  fold without {held}: {time.monotonic() - start:.0f} s")
    thresholds = choose_thresholds(results)
    # The combiner learns from each writer's candidates as read by a reader that never saw that writer.
    rows: dict[str, list[tuple[str, np.ndarray, bool | None]]] = {}
    for held, fold in folds.items():
        fold.thresholds = thresholds
        rows[held] = candidate_rows(fold, exs[held], writers[held], fold.priors)
    judged_rows: list[Judged] = []
    for held in rows if len(rows) >= 2 else ():
        comb = fit_combiner([r for w, rs in rows.items() if w != held for r in rs])
        judged_rows += [(f"combine:{f}", float(comb.probabilities(x[None, :])[0, 1]), ok) for f, x, ok in rows[held]]
    thresholds.update(choose_thresholds(judged_rows))
    heads = train([e for es in exs.values() for e in es])
    if rows:
        heads["combiner"] = fit_combiner([r for rs in rows.values() for r in rs])
    priors = lexicon_priors([c for cs in writers.values() for c in cs])
    return LearnedReader(heads, thresholds, priors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus", help="folder of writers' sets")
    parser.add_argument("--train", nargs="+", required=True, help="training writers, in learning-curve order")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE, help="where to write the weights")
    parser.add_argument("--curve", action="store_true", help="also print the learning curve on --heldout")
    parser.add_argument("--heldout", nargs="*", default=[], help="writers scored in --curve (never trained on)")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)
    overlap = set(args.train) & set(args.heldout)
    if overlap:
        parser.error(f"writers both trained on and held out: {sorted(overlap)}")
    embed = CachedEmbedder()
    reader = fit_reader({w: corpus[w] for w in args.train}, embed)
    embed.flush()
    reader.save(args.out)
    print(f"wrote {args.out}; thresholds: " + json.dumps({k: round(v, 3) for k, v in sorted(reader.thresholds.items())}))
    print("lexicon priors: " + json.dumps({k: round(v, 3) for k, v in sorted(reader.priors.items())}))
    if args.curve:
        from bench_reader_curve import score_reader  # type: ignore[import-not-found]

        for k in range(2, len(args.train) + 1):  # thresholds need at least two writers
            r = fit_reader({w: corpus[w] for w in args.train[:k]}, embed, log=lambda _: None)
            embed.flush()
            for w in args.heldout:
                s = score_reader(r, corpus[w])
                print(f"train={k} writers  heldout={w}  " + "  ".join(f"{n}={v:.3f}" for n, v in s.items()))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "bench"))
    sys.exit(main())
