"""Criteria: read from ``knowledge/criteria.yaml`` and evaluated against facts."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from ftaudit.errors import ConfigError
from ftaudit.facts import APPROACHES, FACT_FIELDS, Approach, UseCase
from ftaudit.settings import KNOWLEDGE_DIR, read_yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

_OPS = ("is", "in", "gte", "lte", "gt", "lt")


class Condition(BaseModel):
    """One test on a fact, or ``any`` of several tests."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    fact: str | None = None
    is_: Any = Field(default=None, alias="is")
    in_: list[Any] | None = Field(default=None, alias="in")
    gte: float | None = None
    lte: float | None = None
    gt: float | None = None
    lt: float | None = None
    any: list[Condition] | None = None

    @model_validator(mode="after")
    def _check(self) -> Condition:
        if self.any is None:
            if self.fact not in FACT_FIELDS:
                raise ValueError(f"unknown fact {self.fact!r}")
            if sum(getattr(self, n) is not None for n in ("is_", "in_", "gte", "lte", "gt", "lt")) != 1:
                raise ValueError(f"condition on {self.fact!r} needs exactly one of {_OPS}")
        return self

    def facts(self) -> set[str]:
        """Names of the facts this condition reads."""
        if self.any is not None:
            return set().union(*(c.facts() for c in self.any))
        return {self.fact} if self.fact else set()

    def holds(self, case: UseCase) -> bool:
        """True if the condition holds; unknown facts never satisfy a condition."""
        if self.any is not None:
            return any(c.holds(case) for c in self.any)
        assert self.fact is not None
        value = case.value(self.fact)
        if value is None:
            return False
        if self.is_ is not None:
            return bool(value == self.is_)
        if self.in_ is not None:
            if isinstance(value, list | tuple | set):  # a fact with several values (constraints): any of them
                return any(v in self.in_ for v in value)
            return value in self.in_
        try:
            number = float(value)
        except (TypeError, ValueError):
            return False
        checks = ((self.gte, number >= (self.gte or 0)), (self.lte, number <= (self.lte or 0)),
                  (self.gt, number > (self.gt or 0)), (self.lt, number < (self.lt or 0)))
        return all(ok for bound, ok in checks if bound is not None)

    def thresholds(self) -> list[float]:
        """Numeric bounds used by the condition (for counterfactual probes)."""
        if self.any is not None:
            return [t for c in self.any for t in c.thresholds()]
        return [b for b in (self.gte, self.lte, self.gt, self.lt) if b is not None]


class Ramp(BaseModel):
    """Graded strength: 0 at ``low``, 1 at ``high`` (either order), optionally on a log scale."""

    model_config = ConfigDict(extra="forbid")

    fact: str
    low: float
    high: float
    log: bool = False

    def strength(self, case: UseCase) -> float:
        """The strength in [0, 1]; 1 if the fact is unknown (the condition already held)."""
        value = case.value(self.fact)
        if value is None:
            return 1.0
        f = (lambda x: math.log10(max(x, 1e-9))) if self.log else float
        lo, hi, x = f(self.low), f(self.high), f(float(value))
        t = (x - lo) / (hi - lo) if hi != lo else 1.0
        return max(0.0, min(1.0, t))


class Criterion(BaseModel):
    """A rule of the decision, with the guidance it rests on."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    favours: Approach
    weight: float = Field(gt=0)
    against: dict[Approach, float] = Field(default_factory=dict)
    when: list[Condition]
    ramp: Ramp | None = None
    cites: list[str] = Field(min_length=1)
    counter: list[str] = Field(default_factory=list)
    query: str
    asks: str
    question: str
    quotes: dict[str, str] = Field(default_factory=dict)
    """For a cited section, the start of the sentence to quote (reviewed to argue the criterion's way)."""
    gap: Literal["knowledge", "behaviour"] | None = None
    """The gap the criterion shows: missing knowledge (retrieval's job) or behaviour (training's)."""
    reason: str | None = None
    """Why its approach is needed beside another, for a hybrid verdict ("for the voice")."""
    scores: bool = True
    """False: the criterion moves no score and only shows a gap for a hybrid verdict."""
    no_gap_beside: list[Approach] = Field(default_factory=list)
    """Verdicts beside which the finding shows no gap of its own (prompting that falls short on a
    knowledge task fails for want of the knowledge, not of behaviour)."""

    @model_validator(mode="after")
    def _check(self) -> Criterion:
        if self.asks not in FACT_FIELDS:
            raise ValueError(f"criterion {self.id!r} asks about unknown fact {self.asks!r}")
        return self

    def facts(self) -> set[str]:
        """Facts the criterion reads."""
        return set().union(*(c.facts() for c in self.when))

    def strength(self, case: UseCase) -> float:
        """0 when the criterion does not hold, else its graded strength in (0, 1]."""
        if not all(c.holds(case) for c in self.when):
            return 0.0
        return max(self.ramp.strength(case), 0.25) if self.ramp else 1.0

    def effect(self, case: UseCase) -> dict[Approach, float]:
        """Signed contribution of this criterion to each approach's score."""
        s = self.strength(case)
        out: dict[Approach, float] = dict.fromkeys(APPROACHES, 0.0)
        if s and self.scores:
            out[self.favours] += self.weight * s
            for approach, w in self.against.items():
                out[approach] -= w * s
        return out


_PAIRS: dict[Approach, Approach] = {"rag": "fine_tune", "fine_tune": "rag"}
_GAPS: dict[Approach, Literal["knowledge", "behaviour"]] = {"rag": "knowledge", "fine_tune": "behaviour"}


class Hybrid(BaseModel):
    """When a second approach joins the verdict: its gap criteria must add up to ``min_support``."""

    model_config = ConfigDict(extra="forbid")
    min_support: float = 2.0
    pairs: dict[Approach, Approach] = Field(default_factory=lambda: dict(_PAIRS))
    gaps: dict[Approach, Literal["knowledge", "behaviour"]] = Field(default_factory=lambda: dict(_GAPS))


class _CriteriaFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    hybrid: Hybrid = Field(default_factory=Hybrid)
    criteria: list[Criterion]


def load_criteria_file(path: Path) -> list[Criterion]:
    """Read and validate a criteria file."""
    try:
        data = read_yaml(path)
        criteria = _CriteriaFile.model_validate(data).criteria
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise ConfigError(f"criteria file {path} is invalid: {exc}") from exc
    ids = [c.id for c in criteria]
    if len(set(ids)) != len(ids):
        raise ConfigError(f"criteria file {path} repeats an id")
    return criteria


@lru_cache(maxsize=1)
def load_hybrid() -> Hybrid:
    """The bundled rule for hybrid verdicts (the ``hybrid`` block of ``knowledge/criteria.yaml``)."""
    path = KNOWLEDGE_DIR / "criteria.yaml"
    try:
        return _CriteriaFile.model_validate(read_yaml(path)).hybrid
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise ConfigError(f"criteria file {path} is invalid: {exc}") from exc


@lru_cache(maxsize=1)
def load_criteria() -> tuple[Criterion, ...]:
    """The bundled criteria (``knowledge/criteria.yaml``)."""
    return tuple(load_criteria_file(KNOWLEDGE_DIR / "criteria.yaml"))


