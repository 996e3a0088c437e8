"""Write the facts the offline reader reads from every corpus description, to compare two versions.

A change meant to make reading faster (e.g. a bounded negation window) must not change what
is read.  Run this before and after the change and compare the two files::

    python bench/dump_read_facts.py /tmp/before.json   # on the old code
    python bench/dump_read_facts.py /tmp/after.json
    python bench/dump_read_facts.py --compare /tmp/before.json /tmp/after.json

Each entry is a case file (``tests/corpus*/*/cases``) and the facts of
:func:`ftaudit.app.api.extract_with` (guard, cue reader and learned reader) and of the cue
reader alone (:func:`ftaudit.read.lexicon.extract_facts`): field, value and quote.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = {".md", ".txt", ".yaml", ".yml"}


def texts() -> dict[str, str]:
    """Every description text of the corpora, by path relative to the repository."""
    out: dict[str, str] = {}
    for path in sorted(ROOT.glob("tests/corpus*/*/cases/**/*")):
        if path.is_file() and path.suffix in SUFFIXES and (path.parent.name == "cases" or path.stem == "case"):
            out[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8", errors="replace")
    return out


def dump(out: Path) -> None:
    from ftaudit.app.api import extract_with
    from ftaudit.read.lexicon import extract_facts

    result = {}
    for name, text in texts().items():
        result[name] = {
            "reader": sorted([f.field, repr(f.value), f.quote or ""] for f in extract_with(text)),
            "cues": sorted([f.field, repr(f.value), f.quote or ""] for f in extract_facts(text)),
        }
    out.write_text(json.dumps(result, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(result)} texts -> {out}")


def compare(a: Path, b: Path) -> int:
    old, new = json.loads(a.read_text(encoding="utf-8")), json.loads(b.read_text(encoding="utf-8"))
    differ = [name for name in sorted(set(old) | set(new)) if old.get(name) != new.get(name)]
    for name in differ:
        print(f"{name}:\n  before {old.get(name)}\n  after  {new.get(name)}")
    print(f"{len(old)} texts before, {len(new)} after, {len(differ)} differ")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        ap.error("give an output file or --compare BEFORE AFTER")
    dump(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
