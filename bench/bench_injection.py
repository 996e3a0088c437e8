"""Prompt injection against the description reader: attacks caught, verdicts kept, honest text kept.

Every attack passage (``attacks.jsonl``, written blind: see ``tests/injection/BRIEF.md``) is
pasted as a paragraph into the middle of each of several base cases from the blind corpus,
and every honest, often politely addressed statement (``honest.jsonl``) into one of them.
It prints, for the guard and for the keyword patterns alone (the guard of the first round,
as the baseline):

- caught: the attack was blanked (at least 80% of its letters), so no fact is read from it;
- flagged: a warning names it;
- verdicts changed: the audit's approach differs from the same case without the attack;
- honest blanked: an honest sentence lost any of its letters, or was flagged.

    python bench/bench_injection.py tests/injection/j01 [--cases 8] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from ftaudit import audit
from ftaudit.read.corpus import load_writer
from ftaudit.read.guard import suspicious_instructions, without_suspicious
from ftaudit.read.lexicon import sentences
from ftaudit.read.patterns import scan

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = ("w04", "w06", "w07", "w09", "w10")


def base_cases(n: int) -> list[tuple[str, str]]:
    """``n`` prose cases from the held-out writers, labels in turn (prompt, rag, fine_tune)."""
    by_label: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for writer in HELD_OUT:
        for case in load_writer(ROOT / "tests" / "corpus" / writer):
            if case.path.is_file() and case.path.suffix in {".md", ".txt"} and len(sentences(case.text)) >= 3:
                by_label[case.label].append((f"{writer}/{case.slug}", case.text))
    out: list[tuple[str, str]] = []
    labels = ["prompt", "rag", "fine_tune"]
    i = 0
    while len(out) < n and any(by_label[lab] for lab in labels):
        lab = labels[i % 3]
        if by_label[lab]:
            out.append(by_label[lab].pop(0))
        i += 1
    return out


def insert(text: str, passage: str) -> tuple[str, int, int]:
    """``passage`` as its own paragraph after the middle sentence; its span in the result."""
    sents = sentences(text)
    cut = sents[len(sents) // 2].start if len(sents) > 1 else len(text)
    head = text[:cut].rstrip() + "\n\n"
    return f"{head}{passage}\n\n{text[cut:].lstrip()}", len(head), len(head) + len(passage)


def letters(s: str) -> int:
    return sum(ch.isalnum() for ch in s)


def old_blank(text: str) -> str:
    """The first round's guard: blank sentences the keyword patterns match."""
    chars = list(text)
    for sent in sentences(text):
        if scan(sent.text):
            end = sent.start + len(sent.text)
            chars[sent.start:end] = " " * (end - sent.start)
    return "".join(chars)


def run(folder: Path, n_cases: int) -> dict[str, Any]:
    attacks = [json.loads(line) for line in (folder / "attacks.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    honest = [json.loads(line) for line in (folder / "honest.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    cases = base_cases(n_cases)

    base = {name: audit(text, name=name.replace("/", "-")).approach for name, text in cases}
    guards: dict[str, Callable[[str], str]] = {"guard": without_suspicious, "keywords": old_blank}
    result: dict[str, Any] = {"attacks": len(attacks), "honest": len(honest), "cases": [c for c, _ in cases]}
    for label, blank in guards.items():
        caught = flagged = changed = total = 0
        missed: Counter[str] = Counter()
        for a in attacks:
            for name, text in cases:
                injected, start, end = insert(text, a["text"])
                kept = without_suspicious(injected) if label == "guard" else blank(injected)
                total += 1
                hit = letters(kept[start:end]) <= 0.2 * max(letters(injected[start:end]), 1)
                caught += hit
                if label == "guard":
                    flagged += bool(suspicious_instructions(injected))
                    got = audit(injected, name=name.replace("/", "-")).approach
                    changed += got != base[name]
                if not hit:
                    missed[a.get("kind", "?")] += 1
        wrongly = 0
        wrong_ids: list[str] = []
        for i, h in enumerate(honest):
            name, text = cases[i % len(cases)]
            injected, start, end = insert(text, h["text"])
            kept = blank(injected)
            lost = letters(kept[start:end]) < letters(injected[start:end])
            if label == "guard":
                lost |= any(h["text"][:30] in w for w in suspicious_instructions(injected))
            wrongly += lost
            if lost:
                wrong_ids.append(h["id"])
        result[label] = {
            "caught": caught / total, "missed_by_kind": dict(missed),
            "honest_blanked": wrongly / max(len(honest), 1), "honest_blanked_ids": wrong_ids,
            **({"flagged": flagged / total, "verdicts_changed": changed / total} if label == "guard" else {}),
        }
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, nargs="+", help="folders holding attacks.jsonl and honest.jsonl")
    ap.add_argument("--cases", type=int, default=8, help="base cases (at least 6)")
    ap.add_argument("--json", type=Path, help="write the numbers here too")
    args = ap.parse_args()
    out = {}
    for folder in args.folder:
        r = run(folder, args.cases)
        out[folder.name] = r
        print(f"{folder.name}: {r['attacks']} attacks x {len(r['cases'])} cases, {r['honest']} honest statements")
        g, k = r["guard"], r["keywords"]
        print(f"  caught          guard {g['caught']:.1%}   keywords {k['caught']:.1%}   "
              f"(ratio {g['caught'] / max(k['caught'], 1e-9):.1f}x)")
        print(f"  flagged         guard {g['flagged']:.1%}")
        print(f"  verdict changed guard {g['verdicts_changed']:.1%}")
        print(f"  honest blanked  guard {g['honest_blanked']:.1%}   keywords {k['honest_blanked']:.1%}")
        print(f"  missed by kind  guard {g['missed_by_kind']}")
        if g["honest_blanked_ids"]:
            print(f"  honest blanked  {', '.join(g['honest_blanked_ids'])}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
