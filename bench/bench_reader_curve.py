"""Score a reader on a writer's set without the report: facts read, then the engine's decision.

Used by scripts/train_reader.py --curve (each point of the learning curve is a reader
trained on some writers and scored here on writers it never saw).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ftaudit.app.cases import read_case
from ftaudit.decide.scoring import decide
from ftaudit.facts import Fact, UseCase
from ftaudit.read.corpus import DECISIVE, GoldCase, judge
from ftaudit.read.learned import LearnedReader
from ftaudit.read.reader import read_facts


@lru_cache(maxsize=512)
def _data_facts(path: Path) -> tuple[Any, ...]:
    from ftaudit.inspect import inspect_paths

    files = list(read_case(path).data) if path.is_dir() else []
    return tuple(inspect_paths(files).facts) if files else ()


def score_reader(reader: LearnedReader | None, cases: list[GoldCase],
                 read: Callable[[GoldCase], list[Fact]] | None = None,
                 per_field: dict[str, Counter[str]] | None = None) -> dict[str, float]:
    """Verdict accuracy, decisive precision/recall and sure misreads of ``reader`` on ``cases``.

    ``read`` replaces reading a case's text (a training run passes one that reuses cached features);
    ``per_field`` collects right/wrong/missing counts per decisive fact.
    """
    right = wrong = missing = verdicts = sure_misread_cases = 0
    for c in cases:
        if read is not None:
            facts = read(c)
        else:
            facts = read_facts(c.text, reader=reader) if reader is not None else read_facts(c.text)
        case = UseCase(name=c.slug, description=c.text).merged(facts).merged(list(_data_facts(c.path)))
        d = decide(case)
        verdicts += c.verdict_ok(d.approach, d.also)
        misread = False
        for name in DECISIVE:
            got = case.facts.get(name)
            outcome = judge(name, c.facts.get(name), got if got is not None and got.sure and
                            got.source in {"text", "llm"} else None)
            right += outcome == "right"
            wrong += outcome == "wrong"
            missing += outcome == "missing"
            misread |= outcome == "wrong"
            if per_field is not None and outcome is not None:
                per_field.setdefault(name, Counter())[outcome] += 1
        sure_misread_cases += misread
    n = max(len(cases), 1)
    return {
        "verdict": verdicts / n,
        "P": right / (right + wrong) if right + wrong else 1.0,
        "R": right / (right + wrong + missing) if right + wrong + missing else 1.0,
        "sure_misread_cases": sure_misread_cases / n,
    }
