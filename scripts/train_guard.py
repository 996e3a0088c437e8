"""Train the learned instruction detector that backs up the guard's rules, and measure it honestly.

The rules in :mod:`ftaudit.read.instructions` recognise the shapes of injected orders that
earlier blind writers used; each new writer found shapes they miss.  This trains a linear
head over the reader's sentence features (MiniLM embedding and hashed words) on

- positives: every sentence of the attack passages of the training injection sets;
- negatives: every sentence of the honest look-alike statements of the same sets, and every
  sentence of the blind corpus descriptions (``tests/corpus``), which are all honest.

Its threshold is chosen on data it was not trained on: leave one injection set out (with a
matching share of corpus writers), so that on the held-out folds fewer than one honest
sentence in ``1 / MAX_HONEST_RATE`` scores above it.  ``--heldout`` sets are then scored at
first sight after training on 1, 2, ... training sets: the learning curve.

    python scripts/train_guard.py --train j01 j02 j03 j05 --heldout j06
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from ftaudit.read.corpus import load_corpus  # noqa: E402
from ftaudit.read.features import sentence_matrix  # noqa: E402
from ftaudit.read.guard_learned import WEIGHTS_FILE, LearnedGuard  # noqa: E402
from ftaudit.read.learned import Head, fit_head  # noqa: E402
from ftaudit.read.lexicon import sentences  # noqa: E402
from train_reader import CachedEmbedder  # type: ignore[import-not-found]  # noqa: E402

MAX_HONEST_RATE = 0.002
"""At most this share of held-out honest sentences (corpus and look-alikes) may score above the threshold."""
POSITIVE_WEIGHT = 8
"""Attack sentences are repeated this many times: there are about twenty honest sentences per attack."""


def passages(folder: Path, name: str) -> list[str]:
    path = folder / name
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def split(texts: list[str]) -> list[str]:
    return [s.text for t in texts for s in sentences(t)]


def features(texts: list[str], embed: CachedEmbedder) -> np.ndarray:
    if not texts:
        return np.zeros((0, 1), np.float32)
    return sentence_matrix(texts, embed(texts))


def fit(pos: list[str], neg: list[str], embed: CachedEmbedder) -> Head:
    x = features(pos * POSITIVE_WEIGHT + neg, embed)
    y = np.array([1] * (len(pos) * POSITIVE_WEIGHT) + [0] * len(neg), dtype=np.int64)
    w, b = fit_head(x, y, 2, steps=200)
    return Head(("honest", "instruction"), w, b)


def scores(head: Head, texts: list[str], embed: CachedEmbedder) -> np.ndarray:
    return head.probabilities(features(texts, embed))[:, 1] if texts else np.zeros(0, np.float32)


def choose_threshold(honest_scores: np.ndarray) -> float:
    """The lowest threshold that keeps the held-out honest false-alarm rate under the cap."""
    ranked = np.sort(honest_scores)[::-1]
    allowed = int(MAX_HONEST_RATE * len(ranked))
    return float(ranked[allowed]) + 1e-6 if len(ranked) > allowed else 0.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", nargs="+", required=True, help="injection sets trained on, in curve order")
    parser.add_argument("--heldout", nargs="*", default=[], help="injection sets scored at first sight")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    args = parser.parse_args(argv)
    inj = ROOT / "tests" / "injection"
    attacks = {j: split(passages(inj / j, "attacks.jsonl")) for j in [*args.train, *args.heldout]}
    honest = {j: split(passages(inj / j, "honest.jsonl")) for j in [*args.train, *args.heldout]}
    corpus = load_corpus(ROOT / "tests" / "corpus")
    writers = sorted(corpus)
    corpus_sents = {w: split([c.text for c in corpus[w]]) for w in writers}
    embed = CachedEmbedder()

    def train_on(sets: list[str], corpus_writers: list[str]) -> Head:
        neg = [s for j in sets for s in honest[j]] + [s for w in corpus_writers for s in corpus_sents[w]]
        return fit([s for j in sets for s in attacks[j]], neg, embed)

    # Leave one training set out, with every len(train)-th corpus writer, to pick the threshold.
    k = len(args.train)
    held_honest: list[np.ndarray] = []
    for i, j in enumerate(args.train):
        out_writers = writers[i::k]
        head = train_on([t for t in args.train if t != j], [w for w in writers if w not in out_writers])
        held_honest.append(scores(head, honest[j] + [s for w in out_writers for s in corpus_sents[w]], embed))
        caught = float((scores(head, attacks[j], embed) >= 0.5).mean())
        print(f"fold {j}: attack sentences over 0.5 {caught:.1%}", flush=True)
    threshold = choose_threshold(np.concatenate(held_honest))
    head = train_on(args.train, writers)
    embed.flush()
    LearnedGuard(head, threshold).save(args.out)
    print(f"wrote {args.out}; threshold {threshold:.3f}", flush=True)
    for n in range(1, k + 1):
        sub = train_on(args.train[:n], writers)
        for j in args.heldout:
            a, h = scores(sub, attacks[j], embed), scores(sub, honest[j], embed)
            print(f"train={n} sets  heldout={j}  attack sentences {float((a >= threshold).mean()):.1%}  "
                  f"honest sentences {float((h >= threshold).mean()):.1%}", flush=True)
    embed.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
