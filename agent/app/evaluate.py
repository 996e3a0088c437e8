"""Check ftaudit against a team's own past decisions (a labelled set of cases)."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ftaudit.app.api import audit, load_case
from ftaudit.app.cases import case_name, find_cases
from ftaudit.errors import FtauditError, InputError
from ftaudit.facts import APPROACHES

_SPLIT = re.compile(r"[+|,;/ ]+")


@dataclass
class Label:
    """The expected approach for one case, and any other acceptable ones."""

    case: str
    expected: str
    acceptable: set[str] = field(default_factory=set)


@dataclass
class Evaluation:
    """Accuracy and confusion matrix of a run against labels."""

    rows: list[tuple[str, str, str, bool]]
    """(case, expected, predicted, correct)."""
    missing: list[str]
    errors: dict[str, str]

    @property
    def correct(self) -> int:
        """Number of cases predicted acceptably."""
        return sum(r[3] for r in self.rows)

    @property
    def accuracy(self) -> float:
        """Share of labelled cases predicted acceptably."""
        return self.correct / len(self.rows) if self.rows else 0.0

    def confusion(self) -> dict[str, dict[str, int]]:
        """expected -> predicted -> count."""
        labels = [*APPROACHES, "error"]
        matrix: dict[str, dict[str, int]] = {e: dict.fromkeys(labels, 0) for e in APPROACHES}
        for _, expected, predicted, _ in self.rows:
            matrix.setdefault(expected, dict.fromkeys(labels, 0))[predicted if predicted in labels else "error"] += 1
        return matrix

    def to_text(self) -> str:
        """A printable summary."""
        lines = [f"accuracy: {self.correct}/{len(self.rows)} = {self.accuracy:.1%}", "",
                 "confusion (rows: expected, columns: predicted)"]
        cols = [*APPROACHES, "error"]
        lines.append(f"{'':12}" + "".join(f"{c:>11}" for c in cols))
        for expected, row in self.confusion().items():
            lines.append(f"{expected:12}" + "".join(f"{row[c]:>11}" for c in cols))
        wrong = [r for r in self.rows if not r[3]]
        if wrong:
            lines += ["", "mismatches:"] + [f"  {c}: expected {e}, got {p}" + (f" ({self.errors[c]})" if c in self.errors else "")
                                           for c, e, p, _ in wrong]
        if self.missing:
            lines += ["", f"labelled but not found in the folder: {', '.join(self.missing)}"]
        return "\n".join(lines)


def read_labels(path: Path) -> list[Label]:
    """Read a labels CSV with columns ``case, expected[, also_acceptable]``."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or not {"case", "expected"} <= set(reader.fieldnames):
                raise InputError("needs the columns `case` and `expected` (and optionally `also_acceptable`)", str(path))
            labels = []
            for n, row in enumerate(reader, start=2):
                expected = (row.get("expected") or "").strip()
                if expected not in APPROACHES:
                    raise InputError(f"line {n}: expected must be one of {', '.join(APPROACHES)}, not {expected!r}", str(path))
                also = {a for a in _SPLIT.split(row.get("also_acceptable") or "") if a in APPROACHES}
                labels.append(Label((row.get("case") or "").strip(), expected, also))
            return labels
    except OSError as exc:
        raise InputError(f"cannot read the labels file ({exc.strerror})", str(path)) from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"is not a readable UTF-8 CSV ({exc})", str(path)) from exc


def evaluate(folder: Path, labels_path: Path, *, jobs: int = 1,
             progress: Callable[[str], None] | None = None) -> Evaluation:
    """Audit every labelled case in ``folder`` and compare with the labels."""
    labels = read_labels(labels_path)
    cases = {case_name(p): p for p in find_cases(Path(folder))}
    todo = [lab for lab in labels if lab.case in cases]
    errors: dict[str, str] = {}

    def one(label: Label) -> tuple[str, str, str, bool]:
        try:
            predicted: str = audit(load_case(cases[label.case]), name=label.case).approach
        except FtauditError as exc:
            errors[label.case] = str(exc)
            predicted = "error"
        ok = predicted == label.expected or predicted in label.acceptable
        if progress:
            progress(f"{label.case}: {predicted} ({'ok' if ok else 'expected ' + label.expected})")
        return label.case, label.expected, predicted, ok

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        rows = list(pool.map(one, todo))
    return Evaluation(rows, [lab.case for lab in labels if lab.case not in cases], errors)
