"""Fit the confidence calibrator on labelled blind cases and write knowledge/confidence.yaml.

Audits every case of the training writers as a user would (offline, the case file or
folder), records the calibrator's features of each decision and whether the verdict was
right (the writer's label or an acceptable alternative), and fits a logistic model with a
small L2 penalty by Newton's method.  Rerun it whenever the reader or the criteria change:

    python scripts/fit_confidence.py [--train w01 w02 w03 w05 w08] [--out knowledge/confidence.yaml]
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np
import yaml
from ftaudit import audit
from ftaudit.decide.confidence import CONFIDENCE_FILE, FEATURES
from ftaudit.decide.scoring import decide
from ftaudit.errors import FtauditError
from ftaudit.facts import UseCase
from ftaudit.read.corpus import GoldCase, load_corpus

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ("w01", "w02", "w03", "w05", "w08")
HELD_OUT = ("w04", "w06", "w07", "w09", "w10")
L2 = 1.0


def collect(writers: tuple[str, ...] | list[str], corpus: Path = ROOT / "tests" / "corpus") -> list[dict[str, Any]]:
    """One row per case: the report, its decision's features and whether the verdict was right."""
    rows = []
    cases: dict[str, list[GoldCase]] = load_corpus(corpus)
    for writer in writers:
        for case in cases.get(writer, []):
            try:
                report = audit(case.path)
            except FtauditError:
                continue
            decision = decide(UseCase(name=case.slug, facts={f.field: f for f in report.facts}))
            rows.append({"writer": writer, "case": case, "report": report, "features": decision.features,
                         "ok": case.verdict_ok(report.approach, report.also),
                         "verdict_ok": case.verdict_ok(report.approach)})
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[float, np.ndarray]:
    """Logistic regression (intercept unpenalised) by Newton's method."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), w[1:]


def matrix(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    """Features and outcomes of ``rows`` as arrays."""
    x = np.array([[r["features"][k] for k in FEATURES] for r in rows], dtype=float)
    y = np.array([1.0 if r["verdict_ok"] else 0.0 for r in rows])
    return x, y


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", nargs="+", default=list(TRAIN))
    ap.add_argument("--out", type=Path, default=CONFIDENCE_FILE)
    args = ap.parse_args(argv)
    rows = collect(args.train)
    x, y = matrix(rows)
    intercept, weights = fit(x, y)
    data = {
        "fitted": date.today().isoformat(),
        "by": "scripts/fit_confidence.py",
        "train_writers": list(args.train),
        "cases": len(rows),
        "train_accuracy": round(float(y.mean()), 4),
        "l2": L2,
        "intercept": round(intercept, 5),
        "weights": {k: round(float(w), 5) for k, w in zip(FEATURES, weights, strict=True)},
    }
    header = ("# The confidence calibrator: P(verdict right) = sigmoid(intercept + sum(weight x feature)).\n"
              "# Written by scripts/fit_confidence.py; do not edit by hand, refit instead.\n")
    args.out.write_text(header + yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    print(f"fitted on {len(rows)} cases from {', '.join(args.train)} (accuracy {y.mean():.3f}); wrote {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
