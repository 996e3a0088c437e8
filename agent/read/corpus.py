"""The labelled corpus the reader is trained and measured on.

A writer's set is a folder ``<writer>/`` holding ``cases/`` (one file or folder per use
case) and ``labels.jsonl`` (one line per case: the approach, acceptable alternatives and
the gold facts, each with the exact span of text it rests on).  ``tests/corpus/BRIEF.md``
is the brief the writers were given; their gold field names are mapped here onto the
engine's facts, so the corpus stays readable by someone who never saw the engine.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The brief's task kinds, onto the engine's.
TASK_KIND = {
    "classification": "classification",
    "extraction": "extraction",
    "generation": "generation",
    "question_answering": "question_answering",
    "summarisation": "transformation",
    "translation": "transformation",
    "transformation": "transformation",
    "code": "generation",
    "tool_use": "research",
    "research": "research",
}
STAGE = {"prototype": "prototype", "pilot": "prototype", "production": "production", "one_off": "one_off"}

# Gold fields the engine has a fact for (the brief's other fields are kept for the advice work).
ENGINE_FIELDS = (
    "task_kind", "monthly_volume", "labelled_examples", "corpus_size", "knowledge_change_days",
    "needs_citations", "needs_external_knowledge", "stakes", "stage", "latency_ms", "budget",
    "strict_format", "consistent_style", "prompting_falls_short", "prompt_tokens", "accuracy_target",
    "task_changes_often", "domain_jargon", "human_review",
)
NUMBER_FIELDS = frozenset(
    {"monthly_volume", "labelled_examples", "corpus_size", "knowledge_change_days", "latency_ms",
     "prompt_tokens", "accuracy_target"}
)
DECISIVE = (
    "task_kind", "needs_external_knowledge", "knowledge_change_days", "needs_citations", "labelled_examples",
    "monthly_volume", "prompting_falls_short", "strict_format", "consistent_style", "stage",
    "task_changes_often", "stakes",
)


@dataclass(frozen=True)
class GoldFact:
    """One labelled fact: the engine-side value and the span it rests on."""

    value: Any
    span: str

    @property
    def from_data(self) -> bool:
        """True when only a data file shows the fact."""
        return self.span.startswith("data:")


@dataclass
class GoldCase:
    """One labelled use case."""

    writer: str
    slug: str
    path: Path
    text: str
    label: str
    also: tuple[str, ...]
    facts: dict[str, GoldFact] = field(default_factory=dict)

    def verdict_ok(self, approach: str, also: list[str] | tuple[str, ...] = ()) -> bool:
        """True if ``approach`` (with ``also``) is the label or an acceptable alternative."""
        combo = "+".join(sorted([approach, *also]))
        accepted = {self.label, *self.also}
        return approach in accepted or combo in {"+".join(sorted(a.split("+"))) for a in accepted}


def engine_value(name: str, value: Any) -> Any:
    """A gold value in the engine's vocabulary (``None`` if it has no equivalent)."""
    if name == "task_kind":
        return TASK_KIND.get(str(value))
    if name == "stage":
        return STAGE.get(str(value))
    if name in NUMBER_FIELDS:
        return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
    return value


def same_value(name: str, gold: Any, got: Any) -> bool:
    """Whether a read value agrees with the gold one (numbers within 10%, change rates within a factor 2)."""
    if name in NUMBER_FIELDS:
        if not isinstance(got, int | float) or isinstance(got, bool):
            return False
        g, v = float(gold), float(got)
        if name == "knowledge_change_days":
            return g > 0 and v > 0 and abs(math.log(v / g)) <= math.log(2.0)
        if g == 0:
            return v == 0
        return abs(v - g) <= 0.1 * abs(g)
    return bool(gold == got)


def judge(name: str, gold: GoldFact | None, got: Any) -> str | None:
    """How a reading (a :class:`~ftaudit.facts.Fact` read from the text, or ``None``) compares with
    the gold: ``right``, ``wrong``, ``missing``, ``unsupported`` (read, but the writer did not state
    it), or ``None`` when there is nothing to judge (only a data file shows the fact, or neither)."""
    if gold is not None and gold.from_data:
        return None
    if gold is None:
        return None if got is None else "unsupported"
    if got is None:
        return "missing"
    return "right" if same_value(name, gold.value, got.value) else "wrong"


def _case_file(path: Path) -> Path:
    if path.is_dir():
        for name in ("case.md", "case.txt", "case.yaml", "case.yml", "case.json"):
            if (path / name).is_file():
                return path / name
    return path


def load_writer(folder: Path) -> list[GoldCase]:
    """The labelled cases of one writer's folder, in file order."""
    cases_dir = folder / "cases"
    by_slug = {p.stem if p.is_file() else p.name: p for p in cases_dir.iterdir() if not p.name.startswith(".")}
    out = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        path = by_slug.get(row["case"])
        if path is None:
            continue
        text = _case_file(path).read_text(encoding="utf-8", errors="replace")
        facts = {}
        for name, fact in (row.get("facts") or {}).items():
            if name not in ENGINE_FIELDS or not isinstance(fact, dict):
                continue
            value = engine_value(name, fact.get("value"))
            if value is not None:
                facts[name] = GoldFact(value, str(fact.get("span") or ""))
        out.append(GoldCase(folder.name, row["case"], path, text, row["label"],
                            tuple(row.get("also_acceptable") or ()), facts))
    return out


def load_corpus(root: Path) -> dict[str, list[GoldCase]]:
    """Every writer's set under ``root`` (folders holding a ``labels.jsonl``), by writer."""
    return {d.name: load_writer(d) for d in sorted(root.iterdir()) if (d / "labels.jsonl").is_file()}
