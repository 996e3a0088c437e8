"""Learnability: can a fast linear baseline learn the labels from the text?

TF-IDF (word 1-2 grams, sublinear) and a linear SVM, seeded, stratified k-fold.  The
vectoriser is fitted once on all inputs (unsupervised, no labels), so every fit sees the
same matrix; the learning curve trains on 10/25/50/100% of the first fold's training part
and scores on its test part.  The same examples always give the same numbers.
"""

from __future__ import annotations

import math
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np
from ftaudit.inspect.shape import norm_key
from ftaudit.probe.models import CurvePoint, Learnability, LearnabilityResult
from ftaudit.probe.progress import ProbeProgress, quiet
from ftaudit.probe.samples import Sample

MIN_EXAMPLES = 50
SMALL_CLASS = 20
MIN_CLASS = 3
"""Classes with fewer examples cannot be cross-validated (three folds at least)."""
CURVE = (0.1, 0.25, 0.5, 1.0)
SEED = 13
MAX_LABEL_CHARS = 80
HIGH_F1 = 0.8
LOW_F1 = 0.55
FLAT_SLOPE = 0.03
"""Macro-F1 gained per doubling below which the curve counts as flat."""
NOISY_CONFLICTS = 0.05
TARGET_F1 = 0.9
LARGE = 20_000


def _labels(samples: Sequence[Sample]) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for s in samples:
        label = " ".join(s.answer.split())
        if s.text.strip() and label and len(label) <= MAX_LABEL_CHARS:
            texts.append(s.text)
            labels.append(label)
    return texts, labels


def _conflicts(texts: list[str], labels: list[str]) -> tuple[int, float]:
    seen: dict[bytes, set[str]] = defaultdict(set)
    counts: Counter[bytes] = Counter()
    for t, y in zip(texts, labels, strict=True):
        k = norm_key(t)
        seen[k].add(y)
        counts[k] += 1
    bad = [k for k, ys in seen.items() if len(ys) > 1]
    return len(bad), sum(counts[k] for k in bad) / max(len(texts), 1)


def probe_learnability(samples: Sequence[Sample], *, files: list[str] | None = None,
                       sampled_from: int | None = None, progress: ProbeProgress = quiet) -> LearnabilityResult:
    """Cross-validate a linear baseline on ``samples`` (input text, label).

    Needs at least :data:`MIN_EXAMPLES` usable examples in two or more classes; otherwise the
    result says why it did not run.
    """
    start = time.perf_counter()
    texts, labels = _labels(samples)
    result = LearnabilityResult(files=files or [], sampled_from=sampled_from, model="TF-IDF + linear SVM")
    counts = Counter(labels)
    result.small_classes = {k: v for k, v in sorted(counts.items()) if v < SMALL_CLASS}
    result.conflicting_inputs, result.conflict_share = _conflicts(texts, labels)
    if len(texts) < MIN_EXAMPLES:
        result.reason = f"{len(texts)} usable labelled examples; the baseline needs at least {MIN_EXAMPLES}"
        return result
    keep_classes = {k for k, v in counts.items() if v >= MIN_CLASS}
    result.excluded_classes = {k: v for k, v in sorted(counts.items()) if k not in keep_classes}
    idx = [i for i, y in enumerate(labels) if y in keep_classes]
    if len(keep_classes) < 2 or len(idx) < MIN_EXAMPLES:
        result.reason = (f"{len(keep_classes)} label(s) with enough examples to cross-validate; "
                         "the baseline needs two or more and at least 50 examples")
        return result
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    progress("learnability", 0.05)
    x_text = [texts[i] for i in idx]
    y = np.array([labels[i] for i in idx])
    classes = sorted(keep_classes)
    matrix = TfidfVectorizer(ngram_range=(1, 2), min_df=1 if len(idx) < 2000 else 2, sublinear_tf=True,
                             max_features=200_000, dtype=np.float32).fit_transform(x_text)
    # Past LARGE examples three folds leave thousands to test on, and keep the probe in its budget.
    folds = min(3 if len(y) >= LARGE else 5, min(Counter(y.tolist()).values()))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    pred = np.empty(len(y), dtype=object)
    splits = list(splitter.split(np.zeros(len(y)), y))
    for n, (train, test) in enumerate(splits):
        pred[test] = _fit(matrix[train], y[train]).predict(matrix[test])
        progress("learnability", 0.1 + 0.6 * (n + 1) / folds)
    result.ran = True
    result.folds = folds
    result.n = len(y)
    result.n_classes = len(classes)
    result.macro_f1 = round(float(f1_score(y, pred, labels=classes, average="macro", zero_division=0)), 4)
    per = f1_score(y, pred, labels=classes, average=None, zero_division=0)
    result.per_class_f1 = {c: round(float(v), 4) for c, v in zip(classes, per, strict=True)}
    result.chance_f1 = round(1.0 / len(classes), 4)
    pairs = Counter((str(t), str(p)) for t, p in zip(y, pred, strict=True) if t != p)
    result.confusions = [(t, p, c) for (t, p), c in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:10]]
    result.curve = _curve(matrix, y, splits[0], classes, progress, full=pred[splits[0][1]])
    if len(result.curve) >= 2:
        a, b = result.curve[-2], result.curve[-1]
        doublings = math.log2(b.n_train / a.n_train) if a.n_train else 1.0
        result.end_slope = round((b.macro_f1 - a.macro_f1) / max(doublings, 1e-9), 4)
    result.verdict = _verdict(result)
    if result.verdict == "rising" and result.end_slope and result.macro_f1 < TARGET_F1:
        needed = (TARGET_F1 - result.macro_f1) / result.end_slope
        result.more_data_estimate = int(min(result.n * 2 ** min(needed, 10.0), 10_000_000))
    result.seconds = round(time.perf_counter() - start, 3)
    progress("learnability", 1.0)
    return result


def _fit(x: Any, y: np.ndarray) -> Any:
    from sklearn.svm import LinearSVC

    model = LinearSVC(C=1.0, tol=1e-3, random_state=SEED)  # a tenth of the default precision: same scores, faster
    model.fit(x, y)
    return model


def _curve(matrix: Any, y: np.ndarray, split: tuple[np.ndarray, np.ndarray], classes: list[str],
           progress: ProbeProgress, full: np.ndarray) -> list[CurvePoint]:
    """Macro-F1 on the first fold's test part, training on growing shares of its training part
    (the whole part is the cross-validation's own fit: ``full`` holds its predictions)."""
    from sklearn.metrics import f1_score

    train, test = split
    order = np.random.default_rng(SEED).permutation(train)
    points = []
    for n, frac in enumerate(CURVE):
        part = order[: max(2, round(len(order) * frac))]
        if len(set(y[part].tolist())) < 2:
            continue
        predicted = full if frac == 1.0 else _fit(matrix[part], y[part]).predict(matrix[test])
        f1 = f1_score(y[test], predicted, labels=classes,
                      average="macro", zero_division=0)
        points.append(CurvePoint(fraction=frac, n_train=len(part), macro_f1=round(float(f1), 4)))
        progress("learnability", 0.7 + 0.3 * (n + 1) / len(CURVE))
    return points


def _verdict(r: LearnabilityResult) -> Learnability:
    f1 = r.macro_f1 or 0.0
    slope = r.end_slope or 0.0
    chance = r.chance_f1 or 0.0
    lift = (f1 - chance) / (1.0 - chance) if chance < 1.0 else 0.0
    if f1 >= HIGH_F1 and slope < FLAT_SLOPE:
        return "learnable"
    if r.conflict_share >= 4 * NOISY_CONFLICTS:
        return "noisy"
    if f1 < LOW_F1 and (r.conflict_share >= NOISY_CONFLICTS or lift < 0.35 or slope < FLAT_SLOPE):
        return "noisy"
    if slope >= FLAT_SLOPE:
        return "rising"
    return "weak"
