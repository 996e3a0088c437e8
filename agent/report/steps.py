"""Next steps by task kind, read from ``knowledge/next_steps.yaml``.

The task kind (classification, extraction, SQL or code, agents with tools, translation,
question answering, summarisation and generation) picks the evaluation that fits and its
own steps; the recommended approach adds the shared steps; cheaper levers come first where
their conditions hold; sizes follow the data the team has.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml
from ftaudit.decide.criteria import Condition
from ftaudit.decide.scoring import Decision
from ftaudit.facts import UseCase
from ftaudit.settings import KNOWLEDGE_DIR
from pydantic import BaseModel, ConfigDict, Field


class Kind(BaseModel):
    """One task kind and the steps that fit it."""

    model_config = ConfigDict(extra="forbid")
    id: str
    title: str
    engine_kinds: list[str]
    match: list[str] = Field(default_factory=list)
    evaluation: str
    steps: dict[str, list[str]] = Field(default_factory=dict)


class Lever(BaseModel):
    """A cheaper thing to try first, when its conditions hold."""

    model_config = ConfigDict(extra="forbid")
    id: str
    text: str
    when: list[Condition]
    kinds: list[str] = Field(default_factory=list)


class StepsFile(BaseModel):
    """The whole ``next_steps.yaml``."""

    model_config = ConfigDict(extra="forbid")
    default_kind: dict[str, str] = Field(default_factory=dict)
    pilot: dict[str, float]
    kinds: list[Kind]
    levers: list[Lever]
    approach: dict[str, Any]


@lru_cache(maxsize=1)
def load_steps() -> StepsFile:
    """The bundled next steps."""
    return StepsFile.model_validate(yaml.safe_load((KNOWLEDGE_DIR / "next_steps.yaml").read_text(encoding="utf-8")))


def task_kind(case: UseCase, steps: StepsFile | None = None) -> Kind | None:
    """The task kind of ``case``: the first kind whose words appear in the description and whose
    engine kinds admit the task kind read with confidence, else the first kind for that task kind."""
    steps = steps or load_steps()
    engine = read_task_kind(case)
    text = case.description or ""
    if engine is None:
        return None  # words alone do not set the kind: a wrong evaluation misleads more than a generic one
    for kind in steps.kinds:
        if kind.match and engine in kind.engine_kinds and any(re.search(p, text, re.IGNORECASE) for p in kind.match):
            return kind
    return next((k for k in steps.kinds if engine in k.engine_kinds and not k.match), None)


def read_task_kind(case: UseCase) -> str | None:
    """The task kind, also when it was read with low confidence: it picks the evaluation to
    suggest, never the verdict, and the step says it rests on an unsure reading."""
    fact = case.facts.get("task_kind")
    return None if fact is None else str(fact.value)


def sizes(n: float | None, pilot: dict[str, float]) -> tuple[int, int]:
    """Evaluation and pilot sizes for ``n`` labelled examples (defaults when ``n`` is unknown)."""
    if not n:
        return int(pilot["eval_min"]), int(pilot["pilot_min"])
    n = float(n)
    eval_n = int(min(pilot["eval_max"], max(min(pilot["eval_min"], n // 3), round(n * pilot["eval_share"]))))
    rest = max(n - eval_n, 0)
    pilot_n = int(min(pilot["pilot_max"], max(min(pilot["pilot_min"], rest), round(rest * pilot["pilot_share"]))))
    return max(eval_n, 1), max(pilot_n, 1)


def _fill(text: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)


def next_steps(case: UseCase, decision: Decision, change_text: str | None = None) -> list[str]:
    """The next steps for ``case`` under ``decision``, most urgent first."""
    steps = load_steps()
    n = case.value("labelled_examples")
    eval_n, pilot_n = sizes(n, steps.pilot)
    volume = case.value("monthly_volume")
    if n is None and volume:  # no count of examples: a small job cannot supply a large evaluation set
        eval_n = int(max(20, min(eval_n, float(volume) * steps.pilot.get("months_of_volume", 3))))
    values = {"eval_n": f"{eval_n:,}", "pilot_n": f"{pilot_n:,}", "n": f"{int(n):,}" if n is not None else "the",
              "volume": f"{float(volume):,.0f}" if volume else "your", "change": change_text or "as they change"}
    kind = task_kind(case, steps)
    if kind is None and decision.approach in steps.default_kind:
        kind = next((k for k in steps.kinds if k.id == steps.default_kind[decision.approach]), None)
    out: list[str] = []
    if kind is not None:
        fact = case.facts.get("task_kind")
        caveat = "" if fact is None or fact.sure else " (the task kind was read with low confidence: check it fits)"
        out.append(f"Evaluation ({kind.title}){caveat}: {kind.evaluation}")
    levers = [lv for lv in steps.levers if all(c.holds(case) for c in lv.when)
              and (not lv.kinds or (kind is not None and kind.id in lv.kinds))]
    if decision.approach != "rag":
        out += [lv.text for lv in levers]
    if kind is not None:
        out += kind.steps.get("any", [])
    shared = list(steps.approach.get(decision.approach) or [])
    if decision.approach == "rag" and change_text is None:
        shared = [s for s in shared if "{change}" not in s]
    if decision.approach == "fine_tune":
        if n is None:
            out.append(str(steps.approach["unknown_data"]))
        elif n == 0:
            out.append(str(steps.approach["no_data_fine_tune"]))
        elif n < steps.pilot["thin"]:
            out.append(str(steps.approach["thin_data"]))
    out += shared
    if kind is not None:
        out += kind.steps.get(decision.approach, [])
    if decision.approach == "rag":
        out += [lv.text for lv in levers if lv.id in {"caching", "cheaper_model"}]
    for extra in decision.also:
        template = (steps.approach.get("also") or {}).get(extra)
        reasons = decision.also_reasons.get(extra) or []
        if template and reasons:
            out.append(_fill(str(template), {"reason": " and ".join(reasons)}))
        if kind is not None:
            out += [s for s in kind.steps.get(extra, []) if s not in out]
    return [_fill(s, values) for s in dict.fromkeys(out)]
