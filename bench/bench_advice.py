"""The advice after the facts are read: calibration, hybrids, the client's own numbers.

On held-out writers of the blind corpus (tests/corpus; the reader and the calibrator are
fitted on w01 w02 w03 w05 w08) it audits every case as a user would and prints:

* the reliability table, expected calibration error (ECE, 10 equal-width bins) and the
  AUROC of confidence for separating right verdicts from wrong ones, for the calibrated
  confidence and for the formula it replaced (margin and coverage, computed from the
  same decisions);
* on cases labelled with a combination (``rag+fine_tune`` in ``also_acceptable``) the
  share whose ``also`` names it; the share of other cases given an ``also``; and how many
  ``also`` entries have no reason (must be 0);
* on cases whose writer states a price per call or a monthly bill, the share whose cost
  section uses that number, and the share of every number stated there (price, bill, prompt
  tokens, volume) that it uses.

    python bench/bench_advice.py [--writers w04 w06 ...] [--cache /tmp/advice.pkl] [--tune-hybrid]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import pickle
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from fit_confidence import HELD_OUT, TRAIN, auroc, collect, reliability
from ftaudit.decide.confidence import calibrated, calibrator
from ftaudit.decide.criteria import load_criteria, load_hybrid
from ftaudit.decide.scoring import _score, decide, hybrid
from ftaudit.facts import Fact, UseCase

ROOT = Path(__file__).resolve().parents[1]


def legacy_confidence(features: dict[str, float], scores: dict[str, float]) -> float:
    """The confidence formula before calibration: a sigmoid of the margin, shrunk by unknown facts."""
    ranked = sorted(scores.values(), reverse=True)
    margin = ranked[0] - ranked[1]
    sure = 1.0 / (1.0 + math.exp(-margin / 2.0))
    return min(0.5 + (sure - 0.5) * (0.6 + 0.4 * features["coverage"]), 0.97)


def raw_label(case: Any, name: str) -> Any:
    """A gold fact the engine's corpus loader leaves out (cost, bill, constraints)."""
    for line in (case.path.parents[1] / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["case"] == case.slug:
                fact = (row.get("facts") or {}).get(name)
                return None if not isinstance(fact, dict) else fact
    return None


def combo(case: Any) -> bool:
    return any("+" in a for a in case.also)


def gold_case(case: Any) -> UseCase:
    """The case with the writer's gold facts, all sure (what a perfect reader would give)."""
    facts = [Fact(field=k, value=g.value, source="text", quote=g.span or "gold") for k, g in case.facts.items()]
    return UseCase(name=case.slug).merged(facts)


def hybrid_scores(rows: list[dict[str, Any]], min_support: float | None = None,
                  gold: bool = False) -> dict[str, float]:
    """Hybrid recall on combination-labelled cases, and ``also`` on other cases (``gold``: on gold facts)."""
    rule = load_hybrid() if min_support is None else load_hybrid().model_copy(update={"min_support": min_support})
    criteria = load_criteria()
    named = with_combo = other = other_also = no_reason = 0
    for r in rows:
        case = gold_case(r["case"]) if gold else UseCase(facts={f.field: f for f in r["report"].facts})
        _, effects = _score(case, criteria)
        top = decide(case).approach if gold else r["report"].approach
        also, reasons, _ = hybrid(top, effects, rule)
        no_reason += sum(1 for a in also if not reasons.get(a))
        if combo(r["case"]):
            with_combo += 1
            accepted = {"+".join(sorted(a.split("+"))) for a in r["case"].also}
            named += bool(also) and "+".join(sorted([top, *also])) in accepted
        else:
            other += 1
            other_also += bool(also)
    return {"combo_cases": with_combo, "combo_named": named / max(with_combo, 1), "other_cases": other,
            "other_with_also": other_also / max(other, 1), "also_without_reason": no_reason}


COST_NUMBERS = ("cost_per_call_usd", "monthly_bill_usd", "prompt_tokens", "monthly_volume")


def cost_scores(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """On cases whose writer states a price per call or a monthly bill: the share of those prices
    and bills the cost section uses (within 1%), and of every number the writer stated there
    (price, bill, prompt tokens, volume; within 10%, since a volume is often "2,000 a day")."""
    stated = used = 0
    per: dict[str, list[int]] = {n: [0, 0] for n in COST_NUMBERS}
    misses = []
    for r in rows:
        if not any(raw_label(r["case"], n) for n in COST_NUMBERS[:2]):
            continue
        cost = r["report"].cost
        for name in COST_NUMBERS:
            gold = raw_label(r["case"], name)
            if gold is None or str(gold.get("span", "")).startswith("data:"):
                continue
            got = cost.stated.get(name) if cost is not None else None
            value = float(gold["value"])
            tol = 0.01 if name in COST_NUMBERS[:2] else 0.1
            ok = isinstance(got, int | float) and abs(float(got) - value) <= tol * value
            per[name][0] += 1
            per[name][1] += ok
            if name in COST_NUMBERS[:2]:
                stated += 1
                used += ok
            if not ok:
                misses.append(f"{r['case'].writer}/{r['case'].slug} {name}={gold['value']} (cost section: {got})")
    every = sum(v[1] for v in per.values()) / max(sum(v[0] for v in per.values()), 1)
    return {"stated": stated, "used": used / max(stated, 1), "every_number": every,
            "per_number": {k: f"{v[1]}/{v[0]}" for k, v in per.items()}, "misses": misses}


def write_review(rows: list[dict[str, Any]], out: Path, total: int = 20, exclude: tuple[str, ...] = ()) -> None:
    """Reports for a blind review of the next steps: cases taken in turn across task kinds, no labels.

    Each ``NN-<case>.md`` holds the team's description at the top and ftaudit's report, audited
    afresh with the code as it is now, below it.  ``exclude`` names writers or ``writer/case``
    entries to leave out (cases a reviewer or an engineer has already read).
    """
    from ftaudit import audit
    from ftaudit.report.steps import task_kind

    by_kind: dict[str, list[dict[str, Any]]] = {}
    for r in sorted(rows, key=lambda r: (r["case"].writer, r["case"].slug)):
        if r["case"].writer in exclude or f"{r['case'].writer}/{r['case'].slug}" in exclude:
            continue
        case = UseCase(name=r["case"].slug, description=r["case"].text, facts={f.field: f for f in r["report"].facts})
        kind = task_kind(case)
        by_kind.setdefault(kind.id if kind else "unknown", []).append(r)
    for kind, group in by_kind.items():  # writers in turn, each writer's cases in a fixed shuffled order
        by_writer: dict[str, list[dict[str, Any]]] = {}
        for r in sorted(group, key=lambda r: hashlib.sha1(r["case"].slug.encode()).hexdigest()):
            by_writer.setdefault(r["case"].writer, []).append(r)
        queues = [by_writer[w] for w in sorted(by_writer)]
        by_kind[kind] = [q[i] for i in range(max(map(len, queues))) for q in queues if i < len(q)]
    picked: list[tuple[str, dict[str, Any]]] = []
    while len(picked) < total and any(by_kind.values()):
        for kind, group in sorted(by_kind.items()):
            if group and len(picked) < total:
                picked.append((kind, group.pop(0)))
    out.mkdir(parents=True, exist_ok=True)
    lines = ["report,task_kind,approach,also,steps"]
    for i, (kind, r) in enumerate(picked, 1):
        name = f"{i:02d}-{r['case'].slug}"
        report = audit(r["case"].path)
        body = (f"# Case {i:02d}: the team's own description\n\n{r['case'].text.strip()}\n\n---\n\n"
                f"# The tool's report on it\n\n{report.to_markdown()}")
        (out / f"{name}.md").write_text(body, encoding="utf-8")
        lines.append(f"{name},{kind},{report.approach},{'+'.join(report.also)},{len(report.next_steps)}")
    (out / "index.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(picked)} reports to {out}: " + ", ".join(f"{k}" for k, _ in picked))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--writers", nargs="+", default=list(HELD_OUT))
    ap.add_argument("--cache", type=Path, help="keep the audited rows here and reuse them")
    ap.add_argument("--tune-hybrid", action="store_true", help="print hybrid scores over min_support on the training writers")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--review", type=Path, help="write 20 reports across task kinds here, for a blind reviewer")
    ap.add_argument("--review-exclude", nargs="*", default=[],
                    help="writers or writer/case entries the review leaves out (already read)")
    args = ap.parse_args(argv)
    writers = list(TRAIN) if args.tune_hybrid else args.writers
    if args.cache and args.cache.exists():
        rows = pickle.loads(args.cache.read_bytes())
    else:
        rows = collect(writers)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(rows))
    if args.review:
        write_review(rows, args.review, exclude=tuple(args.review_exclude))
        return 0
    if args.tune_hybrid:
        for t in (1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0):
            print(t, "read:", hybrid_scores(rows, t), "gold:", hybrid_scores(rows, t, gold=True))
        return 0
    ok = [bool(r["verdict_ok"]) for r in rows]
    out: dict[str, Any] = {"writers": writers, "cases": len(rows), "accuracy": sum(ok) / max(len(ok), 1)}
    print(f"{len(rows)} cases from {', '.join(writers)}; verdict accuracy {out['accuracy']:.3f}")
    model = calibrator()
    for name, conf in (("calibrated", [min(max(calibrated(r["features"], model), 0.03), 0.97) for r in rows]),
                       ("before (margin x coverage)", [legacy_confidence(r["features"], r["report"].scores)
                                                       for r in rows])):
        table, ece = reliability(conf, ok)
        roc = auroc(conf, ok)
        out[name] = {"ece": ece, "auroc": roc, "mean_confidence": sum(conf) / len(conf), "table": table}
        print(f"\n{name}: ECE {ece:.3f}, AUROC {roc:.3f}, mean confidence {sum(conf) / len(conf):.3f}")
        print("  bin        cases  confidence  accuracy")
        for b, n, mc, acc in table:
            print(f"  {b:9}  {n:5}  {mc:10.3f}  {acc:8.3f}")
    h = hybrid_scores(rows)
    out["hybrid"] = h
    print(f"\nhybrids: {h['combo_named']:.1%} of {h['combo_cases']} combination-labelled cases name it in `also`; "
          f"{h['other_with_also']:.1%} of {h['other_cases']} other cases get an `also`; "
          f"{h['also_without_reason']} `also` without a reason")
    before_also = sum(1 for r in rows if combo(r["case"]) and any(
        r["report"].scores[p] >= max(3.0, 0.5 * r["report"].scores[r["report"].approach])
        for p in [{"rag": "fine_tune", "fine_tune": "rag"}.get(r["report"].approach)] if p))
    print(f"  before (partner score >= max(3, half the winner's)): {before_also} of {h['combo_cases']}")
    g = hybrid_scores(rows, gold=True)
    out["hybrid_gold"] = g
    print(f"  with the writers' gold facts: {g['combo_named']:.1%} of {g['combo_cases']} name it; "
          f"{g['other_with_also']:.1%} of other cases get an `also`")
    c = cost_scores(rows)
    out["cost"] = c
    print(f"\ncost: {c['used']:.1%} of {c['stated']} stated prices or bills are used by the cost section; "
          f"{c['every_number']:.1%} of every number stated in those cases ({c['per_number']})")
    for m in c["misses"][:10]:
        print("  not used:", m)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
