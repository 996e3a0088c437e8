"""Verdict accuracy on a data-decisive corpus (``tests/corpus-data/dNN/``, briefs in ``tests/corpus-data/BRIEF.md``), with probes on and off.

    .venv/bin/python bench/score_data_corpus.py tests/corpus-data/d01 [--only on|off]

A verdict counts as right when it is the label or one of ``also_acceptable``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from ftaudit import audit


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--only", choices=["on", "off"], default=None)
    args = ap.parse_args()
    labels = [json.loads(line) for line in (args.corpus / "labels.jsonl").read_text().splitlines() if line.strip()]
    modes = [args.only == "on"] if args.only else [False, True]
    for probes in modes:
        right = 0
        start = time.perf_counter()
        for lab in labels:
            r = audit(args.corpus / "cases" / lab["case"], probes=probes)
            ok = r.approach == lab["label"] or r.approach in lab.get("also_acceptable", [])
            right += ok
            print(f"  {'ok ' if ok else 'BAD'} {lab['case']:32} {lab['kind']:12} want {lab['label']:9} "
                  f"got {r.approach:9} {r.confidence:.2f}", flush=True)
        print(f"probes {'on' if probes else 'off'}: {right}/{len(labels)} = {right / len(labels):.0%} "
              f"({time.perf_counter() - start:.1f} s)", flush=True)


if __name__ == "__main__":
    main()
