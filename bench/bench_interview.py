"""The interview against simulated users, per persona.

Plays every profile (tests/interview/*/profiles/*.yaml, written blind to the brief in
tests/interview/BRIEF.md) against an offline AuditSession: the simulated user types the
opening, then answers only what is asked.  Prints per persona: verdict accuracy, facts
read wrong, questions asked (median), repeats, questions that could not apply,
corrections missed and hedges turned into firm facts.

    python bench/bench_interview.py [tests/interview/dev ...] [--verbose] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "interview"))

from simulator import Outcome, load_profiles, run_profile  # noqa: E402

TARGETS = "targets: verdict >= 90%, corrections missed 0, hedges made firm 0, repeats 0, median questions <= 5"


def _row(name: str, rows: list[Outcome]) -> str:
    n = len(rows)
    acc = sum(r.correct for r in rows) / max(n, 1)
    med = statistics.median(len(r.questions) for r in rows) if rows else 0
    return (f"{name:<16} {n:>3} {acc:>8.0%} {sum(len(r.read_wrong) for r in rows):>6} {med:>6g} "
            f"{sum(len(r.repeats) for r in rows):>7} {sum(len(r.not_applicable) for r in rows):>6} "
            f"{sum(len(r.corrections_missed) for r in rows):>7} {sum(len(r.hedges_made_firm) for r in rows):>6}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", type=Path, help="profile folders (default: every set in tests/interview/)")
    parser.add_argument("--verbose", action="store_true", help="print each profile's questions and misses")
    parser.add_argument("--json", type=Path, help="write every outcome as JSON")
    args = parser.parse_args(argv)
    sets = args.sets or sorted(p for p in (ROOT / "tests" / "interview").iterdir() if (p / "profiles").is_dir())
    outcomes: list[Outcome] = []
    t0 = time.perf_counter()
    for folder in sets:
        for name, profile in load_profiles(folder):
            out = run_profile(f"{folder.name}/{name}", profile)
            outcomes.append(out)
            if args.verbose:
                flags = [f"{k}={v}" for k, v in (("wrong", out.read_wrong), ("repeats", out.repeats),
                                                 ("n/a", out.not_applicable), ("missed", out.corrections_missed),
                                                 ("firm", out.hedges_made_firm)) if v]
                print(f"{'ok ' if out.correct else 'BAD'} {out.name:<40} {out.approach:<9} (label {out.label}) "
                      f"q={out.questions} {' '.join(flags)}")
    elapsed = time.perf_counter() - t0
    print(f"\n{'persona':<16} {'n':>3} {'verdict':>8} {'wrong':>6} {'med_q':>6} {'repeats':>7} {'n/a':>6} "
          f"{'missed':>7} {'firm':>6}")
    for persona in sorted({o.persona for o in outcomes}):
        print(_row(persona, [o for o in outcomes if o.persona == persona]))
    print(_row("all", outcomes))
    print(f"\n{TARGETS}\n{len(outcomes)} profiles in {elapsed:.1f} s ({1000 * elapsed / max(len(outcomes), 1):.0f} ms each)")
    if args.json:
        args.json.write_text(json.dumps([o.__dict__ for o in outcomes], indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
