"""Calibrated confidence: the probability that a verdict is right.

A logistic model over a handful of features of the decision (the margin between the two
best approaches, how much of what matters is known, whether facts read with low
confidence would change the verdict if they were taken at face value...) turns a
decision into a probability.  Its weights are fitted on labelled blind cases by
``scripts/fit_confidence.py`` and stored in ``knowledge/confidence.yaml``; refit whenever
the reader or the criteria change.  Without that file the confidence falls back to the
margin alone.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from ftaudit.facts import APPROACHES, Approach, UseCase
from ftaudit.settings import KNOWLEDGE_DIR, read_yaml

CONFIDENCE_FILE = KNOWLEDGE_DIR / "confidence.yaml"

FEATURES: tuple[str, ...] = (
    "margin", "log_margin", "coverage", "n_effects", "no_effect", "unsure_decisive", "unsure_flips",
    "top_rag", "top_fine_tune", "runner_up_support",
)
"""Names of the features, in the order the weights are stored."""


def features(case: UseCase, scores: dict[Approach, float], n_effects: int, coverage: float,
             unsure_scores: dict[Approach, float] | None, decisive: set[str],
             support: dict[Approach, float]) -> dict[str, float]:
    """The calibrator's inputs for one decision.

    ``unsure_scores`` are the scores the same criteria give when every fact read with low
    confidence is taken as sure (None when there is none); ``decisive`` the facts any
    criterion reads; ``support`` each approach's positive contributions.
    """
    ranked = sorted(APPROACHES, key=lambda a: -scores[a])
    top, second = ranked[0], ranked[1]
    margin = max(scores[top] - scores[second], 0.0)
    flips = 0.0
    if unsure_scores is not None:
        alt = max(APPROACHES, key=lambda a: unsure_scores[a])
        flips = 1.0 if unsure_scores[alt] > unsure_scores[top] + 1e-9 else 0.0
    unsure = sum(1 for f in case.unsure() if f.field in decisive)
    return {
        "margin": min(margin, 10.0) / 10.0,
        "log_margin": math.log1p(margin),
        "coverage": coverage,
        "n_effects": min(n_effects, 8) / 8.0,
        "no_effect": 1.0 if n_effects == 0 else 0.0,
        "unsure_decisive": min(unsure, 4) / 4.0,
        "unsure_flips": flips,
        "top_rag": 1.0 if top == "rag" else 0.0,
        "top_fine_tune": 1.0 if top == "fine_tune" else 0.0,
        "runner_up_support": min(support.get(second, 0.0), 10.0) / 10.0,
    }


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int) -> dict[str, Any]:
    return read_yaml(path) or {}


def calibrator(path: Path | None = None) -> dict[str, Any] | None:
    """The fitted calibrator (weights by feature name, intercept, fit report), or None."""
    p = path or CONFIDENCE_FILE
    try:
        data = _load(str(p), p.stat().st_mtime_ns)
    except (OSError, yaml.YAMLError):
        return None
    weights = data.get("weights")
    return data if isinstance(weights, dict) and set(weights) == set(FEATURES) else None


def calibrated(x: dict[str, float], model: dict[str, Any] | None) -> float:
    """The probability that the verdict is right, given its features."""
    if model is None:
        return 1.0 / (1.0 + math.exp(-(0.2 + 2.0 * x["log_margin"])))
    z = float(model["intercept"]) + sum(float(model["weights"][k]) * x[k] for k in FEATURES)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
