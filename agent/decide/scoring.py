"""The decision: transparent scoring of criteria, counterfactuals and the next question.

Each criterion that holds adds ``weight x strength`` to the approach it favours
and may subtract from others.  The approach with the highest score wins; ties go
to the cheaper approach (prompt, then RAG).  The same facts always give the same
verdict.  Counterfactuals re-run the same scoring with one fact changed, which
gives both "what would change the decision" and the interview's choice of the
question whose answer could most change it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ftaudit.decide.criteria import Criterion, load_criteria
from ftaudit.facts import APPROACHES, FACT_FIELDS, Approach, Fact, UseCase

PRIOR: dict[Approach, float] = {"prompt": 0.5, "rag": 0.0, "fine_tune": 0.0}
COMPLEMENTS: dict[Approach, Approach] = {"rag": "fine_tune", "fine_tune": "rag"}


@dataclass(frozen=True)
class Effect:
    """What one criterion did to the scores."""

    criterion: Criterion
    strength: float
    delta: dict[Approach, float]


@dataclass(frozen=True)
class Decision:
    """Scores and verdict for one set of facts."""

    approach: Approach
    also: list[Approach]
    scores: dict[Approach, float]
    confidence: float
    effects: list[Effect] = field(default_factory=list)


def _coverage(case: UseCase, criteria: tuple[Criterion, ...]) -> float:
    asked = {c.asks for c in criteria}
    return sum(case.known(f) for f in asked) / max(len(asked), 1)


def decide(case: UseCase, criteria: tuple[Criterion, ...] | None = None) -> Decision:
    """Score ``case`` against ``criteria`` (the bundled ones by default)."""
    criteria = criteria if criteria is not None else load_criteria()
    scores = dict(PRIOR)
    effects = []
    for criterion in criteria:
        strength = criterion.strength(case)
        if not strength:
            continue
        delta = criterion.effect(case)
        for approach, value in delta.items():
            scores[approach] += value
        effects.append(Effect(criterion, strength, delta))
    order = {a: i for i, a in enumerate(APPROACHES)}
    ranked = sorted(APPROACHES, key=lambda a: (-round(scores[a], 6), order[a]))
    top, second = ranked[0], ranked[1]
    margin = scores[top] - scores[second]
    sure = 1.0 / (1.0 + math.exp(-margin / 2.0))
    confidence = 0.5 + (sure - 0.5) * (0.6 + 0.4 * _coverage(case, criteria))
    also: list[Approach] = []
    partner = COMPLEMENTS.get(top)
    if partner and scores[partner] >= max(3.0, 0.5 * scores[top]):
        also.append(partner)
    return Decision(top, also, {a: round(scores[a], 3) for a in APPROACHES},
                    round(min(confidence, 0.97), 3), effects)


def probe_values(field_name: str, criteria: tuple[Criterion, ...]) -> list[object]:
    """Values worth trying for ``field_name`` when asking "what if"."""
    spec = FACT_FIELDS[field_name]
    if spec.kind == "bool":
        return [True, False]
    if spec.kind == "choice":
        return list(spec.choices)
    if spec.kind == "text":
        return []
    points: set[float] = set()
    for c in criteria:
        for cond in c.when:
            if field_name in cond.facts():
                for t in cond.thresholds():
                    points.update({t * 0.5, t * 2.0})
        if c.ramp and c.ramp.fact == field_name:
            points.update({c.ramp.low, c.ramp.high})
    if field_name == "labelled_examples":
        return [int(v) for v in sorted(points)]
    return list(sorted(points))


@dataclass(frozen=True)
class WhatIf:
    """A single changed fact that flips the verdict."""

    field: str
    value: object
    approach: Approach
    known: bool


def counterfactuals(case: UseCase, base: Decision | None = None,
                    criteria: tuple[Criterion, ...] | None = None) -> list[WhatIf]:
    """Every single-fact change (from :func:`probe_values`) that changes the verdict."""
    criteria = criteria if criteria is not None else load_criteria()
    base = base or decide(case, criteria)
    fields = sorted({f for c in criteria for f in c.facts()} | {c.asks for c in criteria},
                    key=list(FACT_FIELDS).index)
    out = []
    for name in fields:
        current = case.value(name)
        for value in probe_values(name, criteria):
            if value == current:
                continue
            trial = case.with_fact(Fact(field=name, value=value, source="answer", quote="what if"), force=True)
            result = decide(trial, criteria)
            if result.approach != base.approach:
                out.append(WhatIf(name, value, result.approach, case.known(name)))
    return out


def question_value(case: UseCase, field_name: str, base: Decision,
                   criteria: tuple[Criterion, ...]) -> float:
    """How much an answer about ``field_name`` could move the decision (0 = not at all).

    The share of plausible answers that flip the verdict, plus a small term for how
    much they move the winning margin, so that among questions that cannot flip the
    verdict the most informative still comes first.
    """
    values = probe_values(field_name, criteria)
    if not values:
        return 0.0
    flips = 0
    movement = 0.0
    base_margin = base.scores[base.approach] - max(s for a, s in base.scores.items() if a != base.approach)
    for value in values:
        trial = case.with_fact(Fact(field=field_name, value=value, source="answer", quote="what if"), force=True)
        result = decide(trial, criteria)
        if result.approach != base.approach:
            flips += 1
        margin = result.scores[base.approach] - max(s for a, s in result.scores.items() if a != base.approach)
        movement = max(movement, abs(base_margin - margin))
    return flips / len(values) + min(movement, 10.0) / 100.0
