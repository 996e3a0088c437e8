"""Benchmark: attacks planted in uploaded data are flagged; honest data is not.

Every attack passage of the given sets (``tests/injection/j0*/attacks.jsonl``) is planted in
three kinds of upload, each beside a few honest records:

- ``csv``: inside the ticket cell of one row of a ``ticket,category`` table;
- ``jsonl``: inside the user message of one chat example;
- ``doc``: as its own paragraph of a Markdown policy document in a data folder.

A planted attack is *caught* when the inspector reports ``injection_suspected`` on it (the
honest records alone give no such finding), and the data facts (counts, revision dates)
(all but the prompt length) must be those of the same file with a neutral sentence in its place.  The honest
statements of the same sets (``honest.jsonl``) are planted the same way and must not be
flagged, and so must the real data files of the corpora (every data file of the folder
cases under ``tests/corpus*/``).  Each number is printed for the inspector as it is and for
the keyword patterns alone (the guard switched off: the inspector before this change).

    python bench/bench_data_injection.py tests/injection/j01 tests/injection/j02 tests/injection/j03
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from ftaudit.app.cases import find_cases, read_case
from ftaudit.inspect import inspect_paths
from ftaudit.inspect import inspector as inspector_module

ROOT = Path(__file__).resolve().parents[1]
TICKETS = [
    ("VPN drops every few minutes when I work from home.", "network"),
    ("Outlook asks for my password again and again.", "email"),
    ("The printer on floor 3 shows offline since this morning.", "hardware"),
    ("Teams does not detect the laptop camera after the update.", "software"),
    ("I cannot open the shared drive S: from the office network.", "access"),
]
NEUTRAL = "It started right after the weekly restart."
POLICY = [
    "# Remote working policy",
    "Last revised 2025-03-01.",
    "Staff may work from home up to three days a week with their manager's approval.",
    "Equipment issued by the company stays company property and is returned when staff leave.",
    "Revised 2025-09-15: the home-office allowance rose to 30 euros a month.",
]


def _rows(extra: str) -> list[tuple[str, str]]:
    rows = list(TICKETS)
    rows.insert(2, (f"My screen flickers after docking. {extra}", "hardware"))
    return rows


def write_csv(path: Path, extra: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ticket", "category"])
        w.writerows(_rows(extra))


def write_jsonl(path: Path, extra: str) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for ticket, label in _rows(extra):
            rec = {"messages": [{"role": "system", "content": "Classify the IT ticket into one category."},
                                {"role": "user", "content": ticket}, {"role": "assistant", "content": label}]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def write_doc(path: Path, extra: str) -> None:
    paras = [*POLICY[:3], extra, *POLICY[3:]]
    path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")


WRITERS = {"csv": (write_csv, ".csv"), "jsonl": (write_jsonl, ".jsonl"), "doc": (write_doc, ".md")}


@contextmanager
def keywords_only() -> Iterator[None]:
    """The inspector without the description guard (its keyword patterns only)."""
    saved = inspector_module.data_passages
    inspector_module.data_passages = lambda text: []  # type: ignore[assignment]
    try:
        yield
    finally:
        inspector_module.data_passages = saved  # type: ignore[assignment]


def flagged(paths: list[Path]) -> tuple[int, list[tuple[str, Any]]]:
    """``injection_suspected`` records in the report of ``paths``, and its data facts."""
    report = inspect_paths(paths)
    n = sum(f.count for f in report.findings if f.code == "injection_suspected")
    # prompt_tokens measures the length of the prompts, which the planted text changes by design
    return n, sorted((f.field, str(f.value)) for f in report.facts if f.field != "prompt_tokens")


def planted(tmp: Path, texts: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for fmt, (write, ext) in WRITERS.items():
        neutral = tmp / f"neutral{ext}"
        write(neutral, NEUTRAL)
        base_n, base_facts = flagged([neutral])
        assert base_n == 0, f"the honest {fmt} records are flagged"
        hits = changed = 0
        missed: Counter[str] = Counter()
        for item in texts:
            path = tmp / f"{item['id']}{ext}"
            write(path, item["text"])
            n, facts = flagged([path])
            hits += n > 0
            changed += facts != base_facts
            if not n:
                missed[item.get("kind", "?")] += 1
            path.unlink()
        out[fmt] = {"flagged": hits / max(len(texts), 1), "facts_changed": changed / max(len(texts), 1),
                    "missed_by_kind": dict(missed)}
    return out


def corpus_data() -> list[Path]:
    """The data files (and document folders) of every folder case of the corpora."""
    paths: list[Path] = []
    for top in sorted(ROOT.glob("tests/corpus*/*")):
        if not (top / "cases").is_dir():
            continue
        for case in find_cases(top / "cases"):
            if case.is_dir():
                paths.extend(read_case(case).data)
    return paths


def honest_corpus(paths: list[Path]) -> dict[str, Any]:
    records = hit = 0
    where: list[str] = []
    for p in paths:
        report = inspect_paths([p])
        for fr in report.files:
            records += fr.n_records
            for f in fr.findings:
                if f.code == "injection_suspected":
                    hit += f.count
                    where.append(f"{p.relative_to(ROOT)}: {f.examples[:1]}")
    return {"records": records, "flagged": hit, "share": hit / max(records, 1), "where": where}


def run(folders: list[Path]) -> dict[str, Any]:
    attacks: list[dict[str, Any]] = []
    honest: list[dict[str, Any]] = []
    for folder in folders:
        for name, into in (("attacks.jsonl", attacks), ("honest.jsonl", honest)):
            lines = (folder / name).read_text(encoding="utf-8").splitlines()
            into.extend({**json.loads(x), "id": f"{folder.name}-{json.loads(x)['id']}"} for x in lines if x.strip())
    data = corpus_data()
    result: dict[str, Any] = {"attacks": len(attacks), "honest": len(honest), "corpus_files": len(data)}
    for label in ("guard", "keywords"):
        with tempfile.TemporaryDirectory() as tmp, (keywords_only() if label == "keywords" else _nothing()):
            result[label] = {"attacks": planted(Path(tmp), attacks), "honest": planted(Path(tmp), honest),
                             "corpus": honest_corpus(data)}
    return result


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, nargs="+", help="folders holding attacks.jsonl and honest.jsonl")
    ap.add_argument("--json", type=Path, help="write the numbers here too")
    args = ap.parse_args()
    r = run(args.folder)
    print(f"{r['attacks']} attacks, {r['honest']} honest statements, {r['corpus_files']} corpus data files")
    for label in ("guard", "keywords"):
        g = r[label]
        print(f"{label}:")
        for fmt in WRITERS:
            a, h = g["attacks"][fmt], g["honest"][fmt]
            print(f"  {fmt:5}  attacks flagged {a['flagged']:.1%}  facts changed {a['facts_changed']:.1%}  "
                  f"honest flagged {h['flagged']:.1%}  missed {a['missed_by_kind']}")
        c = g["corpus"]
        print(f"  corpus data: {c['flagged']} of {c['records']:,} records flagged ({c['share']:.2%})")
        for w in c["where"][:20]:
            print(f"    {w}")
    if args.json:
        args.json.write_text(json.dumps(r, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
