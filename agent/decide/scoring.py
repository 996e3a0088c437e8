"""The decision: transparent scoring of criteria, counterfactuals and the next question.

Each criterion that holds adds ``weight x strength`` to the approach it favours
and may subtract from others.  The approach with the highest score wins; ties go
to the cheaper approach (prompt, then RAG).  The same facts always give the same
verdict.  Counterfactuals re-run the same scoring with one fact changed, which
gives both "what would change the decision" and the interview's choice of the
question whose answer could most change it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ftaudit.decide.confidence import calibrated, calibrator, features
from ftaudit.decide.criteria import Criterion, Hybrid, load_criteria, load_hybrid
from ftaudit.facts import APPROACHES, FACT_FIELDS, Approach, Fact, UseCase

PRIOR: dict[Approach, float] = {"prompt": 0.5, "rag": 0.0, "fine_tune": 0.0}


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
    also_reasons: dict[str, list[str]] = field(default_factory=dict)
    """For each approach in ``also``, the reasons (criterion ``reason`` texts) it is needed."""
    also_criteria: dict[str, list[str]] = field(default_factory=dict)
    """For each approach in ``also``, the ids of the criteria that justify it."""
    features: dict[str, float] = field(default_factory=dict)
    """The calibrator's inputs (see :mod:`ftaudit.decide.confidence`)."""


def _coverage(case: UseCase, criteria: tuple[Criterion, ...]) -> float:
    asked = {c.asks for c in criteria}
    return sum(case.known(f) for f in asked) / max(len(asked), 1)


def _score(case: UseCase, criteria: tuple[Criterion, ...]) -> tuple[dict[Approach, float], list[Effect]]:
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
    return scores, effects


def _as_if_sure(case: UseCase) -> UseCase | None:
    """``case`` with every fact read with low confidence taken at face value (None if there is none)."""
    unsure = case.unsure()
    if not unsure:
        return None
    return case.model_copy(update={"facts": {**case.facts, **{f.field: f.model_copy(update={"confidence": 1.0})
                                                              for f in unsure}}})


def hybrid(top: Approach, effects: list[Effect], rule: Hybrid) -> tuple[list[Approach], dict[str, list[str]],
                                                                         dict[str, list[str]]]:
    """The approach that joins ``top``, when a gap of its own justifies it, with the reasons.

    The partner needs criteria that show its gap (``gap`` in ``criteria.yaml``) adding up to
    at least ``rule.min_support``, and ``top`` must rest on a gap of its own; a criterion that
    shows no gap beside ``top`` (``no_gap_beside``) does not count.  A partner is never added
    without the reasons that justify it.
    """
    partner = rule.pairs.get(top)
    if partner is None:
        return [], {}, {}
    own = [e for e in effects if e.criterion.favours == top and e.criterion.gap == rule.gaps.get(top)]
    theirs = [e for e in effects if e.criterion.favours == partner and e.criterion.gap == rule.gaps.get(partner)
              and e.criterion.reason and top not in e.criterion.no_gap_beside]
    support = sum(e.criterion.weight * e.strength for e in theirs)
    if not own or support < rule.min_support:
        return [], {}, {}
    theirs.sort(key=lambda e: -e.criterion.weight * e.strength)
    reasons = list(dict.fromkeys(str(e.criterion.reason) for e in theirs))
    return [partner], {partner: reasons}, {partner: [e.criterion.id for e in theirs]}


def decide(case: UseCase, criteria: tuple[Criterion, ...] | None = None) -> Decision:
    """Score ``case`` against ``criteria`` (the bundled ones by default)."""
    criteria = criteria if criteria is not None else load_criteria()
    scores, effects = _score(case, criteria)
    order = {a: i for i, a in enumerate(APPROACHES)}
    ranked = sorted(APPROACHES, key=lambda a: (-round(scores[a], 6), order[a]))
    top = ranked[0]
    also, reasons, ids = hybrid(top, effects, load_hybrid())
    trial = _as_if_sure(case)
    unsure_scores = _score(trial, criteria)[0] if trial is not None else None
    support: dict[Approach, float] = dict.fromkeys(APPROACHES, 0.0)
    for e in effects:
        support[e.criterion.favours] += max(e.delta[e.criterion.favours], 0.0)
    decisive = {f for c in criteria for f in c.facts()}
    scoring = sum(1 for e in effects if e.criterion.scores)
    x = features(case, {a: scores[a] for a in ranked}, scoring, _coverage(case, criteria), unsure_scores,
                 decisive, support)
    confidence = calibrated(x, calibrator())
    return Decision(top, also, {a: round(scores[a], 3) for a in APPROACHES},
                    round(min(max(confidence, 0.03), 0.97), 3), effects, reasons, ids,
                    {k: round(v, 4) for k, v in x.items()})


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
