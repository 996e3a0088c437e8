"""How well the reader reads use cases written by blind writers, per writer.

For every writer's set in tests/corpus/ (or --corpus), audits each case as a user would
(the case file or folder, offline) and compares the facts read from the text with the
writer's gold facts, and the verdict with the writer's label.  Prints per writer:
verdict accuracy, precision and recall per fact, the share of decisive facts misread
(as opposed to missing), misreads at high confidence, and milliseconds per case.

    python bench/bench_reader.py [--writers w01 w02] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from ftaudit import audit, open_index
from ftaudit.errors import FtauditError
from ftaudit.read.corpus import DECISIVE, ENGINE_FIELDS, GoldCase, judge, load_corpus

ROOT = Path(__file__).resolve().parents[1]
READ_SOURCES = {"text", "llm"}


def score_case(case: GoldCase) -> dict[str, Any]:
    """Audit one case and compare it with its gold labels."""
    start = time.perf_counter()
    try:
        report = audit(case.path)
    except FtauditError as exc:
        return {"case": case.slug, "error": str(exc), "ms": (time.perf_counter() - start) * 1000, "verdict": False,
                "facts": {}}
    ms = (time.perf_counter() - start) * 1000
    # Only sure facts count as read: an unsure one is asked (interview) or flagged (batch), like a missing one.
    read = {f.field: f for f in report.facts if f.source in READ_SOURCES and f.sure}
    unsure = sum(1 for f in report.facts if f.source in READ_SOURCES and not f.sure)
    facts: dict[str, str] = {}
    high_conf_misread = False
    for name in ENGINE_FIELDS:
        outcome = judge(name, case.facts.get(name), read.get(name))
        if outcome is not None:
            facts[name] = outcome
            high_conf_misread |= outcome == "wrong" and name in DECISIVE
    return {"case": case.slug, "approach": report.approach, "also": list(report.also),
            "label": case.label, "verdict": case.verdict_ok(report.approach, report.also),
            "confidence": report.confidence, "facts": facts, "high_conf_misread": high_conf_misread, "ms": ms,
            "unsure": unsure}


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Aggregate scores over cases."""
    per: dict[str, Counter[str]] = {}
    for r in rows:
        for name, outcome in r["facts"].items():
            per.setdefault(name, Counter())[outcome] += 1

    def pr(names: tuple[str, ...] | list[str]) -> tuple[float, float, int, int, int]:
        right = sum(per.get(n, Counter())["right"] for n in names)
        wrong = sum(per.get(n, Counter())["wrong"] for n in names)
        missing = sum(per.get(n, Counter())["missing"] for n in names)
        precision = right / (right + wrong) if right + wrong else 1.0
        recall = right / (right + wrong + missing) if right + wrong + missing else 1.0
        return precision, recall, right, wrong, missing

    p, r, _, wrong, missing = pr(DECISIVE)
    return {
        "cases": len(rows),
        "verdict_accuracy": sum(bool(x["verdict"]) for x in rows) / max(len(rows), 1),
        "decisive_precision": p,
        "decisive_recall": r,
        "decisive_misread_share": wrong / (wrong + missing) if wrong + missing else 0.0,
        "high_conf_misread_cases": sum(bool(x.get("high_conf_misread")) for x in rows),
        "unsupported": sum(per.get(n, Counter())["unsupported"] for n in per),
        "unsure": sum(x.get("unsure", 0) for x in rows),
        "ms_per_case": sum(x["ms"] for x in rows) / max(len(rows), 1),
        "errors": sum(1 for x in rows if "error" in x),
        "per_field": {n: dict(zip(("precision", "recall", "right", "wrong", "missing"), pr([n]), strict=True))
                      for n in sorted(per)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus", help="folder of writers' sets")
    parser.add_argument("--writers", nargs="*", help="only these writers (default: all)")
    parser.add_argument("--json", type=Path, help="also write every score to this JSON file")
    parser.add_argument("--fields", action="store_true", help="print precision and recall per fact")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)
    writers = args.writers or sorted(corpus)
    open_index()  # build once, outside the timings
    results: dict[str, Any] = {}
    print(f"{'writer':8} {'cases':>5} {'verdict':>8} {'P(dec)':>7} {'R(dec)':>7} {'misread':>8} "
          f"{'hiconf':>6} {'unsup':>5} {'ms/case':>8}")
    all_rows = []
    for w in writers:
        rows = [score_case(c) for c in corpus[w]]
        all_rows += rows
        s = summarise(rows)
        results[w] = {"summary": s, "cases": rows}
        print(f"{w:8} {s['cases']:5d} {s['verdict_accuracy']:8.1%} {s['decisive_precision']:7.3f} "
              f"{s['decisive_recall']:7.3f} {s['decisive_misread_share']:8.1%} {s['high_conf_misread_cases']:6d} "
              f"{s['unsupported']:5d} {s['ms_per_case']:8.1f}")
    s = summarise(all_rows)
    print(f"{'all':8} {s['cases']:5d} {s['verdict_accuracy']:8.1%} {s['decisive_precision']:7.3f} "
          f"{s['decisive_recall']:7.3f} {s['decisive_misread_share']:8.1%} {s['high_conf_misread_cases']:6d} "
          f"{s['unsupported']:5d} {s['ms_per_case']:8.1f}")
    if args.fields:
        print(f"\n{'fact':26} {'P':>6} {'R':>6} {'right':>6} {'wrong':>6} {'miss':>6}")
        for name, f in s["per_field"].items():
            print(f"{name:26} {f['precision']:6.3f} {f['recall']:6.3f} {f['right']:6d} {f['wrong']:6d} {f['missing']:6d}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
