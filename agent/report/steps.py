"""Next steps by task kind, read from ``knowledge/next_steps.yaml``.

The task kind (classification, extraction, SQL or code, agents with tools, translation,
question answering, summarisation and generation) picks the evaluation that fits and its
own steps; the recommended approach adds the shared steps; cheaper levers come first where
their conditions hold; sizes follow the data the team has.  Every step may carry conditions
(on facts, on the task kind, on words of the description, on the size of the job) that drop
it where it cannot apply.

Steps are advice, not the verdict: facts read with low confidence count here at face value
(a team that mentions 6,500 corrected parses is not told to count its examples), and the
step that rests on an unsure count says so.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal

from ftaudit.decide.criteria import Condition
from ftaudit.decide.scoring import Decision
from ftaudit.facts import UseCase
from ftaudit.settings import KNOWLEDGE_DIR, read_yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator


class Step(BaseModel):
    """One step, with the conditions under which it applies (all optional)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    when: list[Condition] = Field(default_factory=list)
    """Facts that must all hold."""
    unless: list[Condition] = Field(default_factory=list)
    """Facts any of which drops the step."""
    kinds: list[str] = Field(default_factory=list)
    """Task kinds it is limited to."""
    not_kinds: list[str] = Field(default_factory=list)
    """Task kinds it does not fit."""
    unless_words: list[str] = Field(default_factory=list)
    """Regular expressions: a description that matches one drops the step (the step clashes with
    the task, or the description says the team already tried it)."""
    size: Literal["any", "small", "not_small"] = "any"
    """Only for small jobs, only for the others, or for both."""

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        return {"text": data} if isinstance(data, str) else data

    def applies(self, case: UseCase, kind: str | None, small: bool) -> bool:
        """True when every condition of the step holds for ``case`` (facts at face value)."""
        if (self.size == "small" and not small) or (self.size == "not_small" and small):
            return False
        if (self.kinds and kind not in self.kinds) or (kind is not None and kind in self.not_kinds):
            return False
        if not all(c.holds(case) for c in self.when) or any(c.holds(case) for c in self.unless):
            return False
        text = case.description or ""
        return not any(re.search(p, text, re.IGNORECASE) for p in self.unless_words)


class Kind(BaseModel):
    """One task kind and the steps that fit it."""

    model_config = ConfigDict(extra="forbid")
    id: str
    title: str
    engine_kinds: list[str]
    match: list[str] = Field(default_factory=list)
    evaluation: str
    evaluation_small: str | None = None
    """The evaluation for a small job (a handful of outputs a month): a check a person can do."""
    steps: dict[str, list[Step]] = Field(default_factory=dict)


class Lever(Step):
    """A cheaper thing to try first, when its conditions hold."""

    id: str


class SmallJob(BaseModel):
    """What makes a job small: too little traffic or money for a heavyweight evaluation."""

    model_config = ConfigDict(extra="forbid")
    when: list[Condition]
    or_when: list[list[Condition]] = Field(default_factory=list)
    """Other ways a job is small, each a list of conditions that all hold (a prototype with little traffic)."""
    unless: list[Condition] = Field(default_factory=list)
    evaluation: str
    eval_n: int = 20


class StepsFile(BaseModel):
    """The whole ``next_steps.yaml``."""

    model_config = ConfigDict(extra="forbid")
    default_kind: dict[str, str] = Field(default_factory=dict)
    pilot: dict[str, float]
    small_job: SmallJob
    kinds: list[Kind]
    levers: list[Lever]
    approach: dict[str, list[Step]]
    data: dict[str, Step]
    also: dict[str, str] = Field(default_factory=dict)


@lru_cache(maxsize=1)
def load_steps() -> StepsFile:
    """The bundled next steps."""
    return StepsFile.model_validate(read_yaml(KNOWLEDGE_DIR / "next_steps.yaml"))


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


def face_value(case: UseCase) -> UseCase:
    """``case`` with every fact read with low confidence taken as stated (for advice only)."""
    unsure = case.unsure()
    if not unsure:
        return case
    return case.model_copy(update={"facts": {**case.facts, **{f.field: f.model_copy(update={"confidence": 1.0})
                                                              for f in unsure}}})


def sizes(n: float | None, pilot: dict[str, float]) -> tuple[int, int]:
    """Evaluation and pilot sizes for ``n`` labelled examples (defaults when ``n`` is unknown)."""
    if not n:
        return int(pilot["eval_min"]), int(pilot["pilot_min"])
    n = float(n)
    eval_n = int(min(pilot["eval_max"], max(min(pilot["eval_min"], n // 3), round(n * pilot["eval_share"]))))
    rest = max(n - eval_n, 0)
    pilot_n = int(min(pilot["pilot_max"], max(min(pilot["pilot_min"], rest), round(rest * pilot["pilot_share"]))))
    return max(eval_n, 1), max(pilot_n, 1)


def small_job(case: UseCase, steps: StepsFile | None = None) -> bool:
    """True when the job is too small for a heavyweight evaluation (see ``small_job`` in the data file)."""
    rule = (steps or load_steps()).small_job
    small = any(all(c.holds(case) for c in group) for group in [rule.when, *rule.or_when])
    return small and not any(c.holds(case) for c in rule.unless)


def _fill(text: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)


def _count(value: float) -> str:
    return f"{value:,.0f}" if value >= 1 else f"{value:g}"


def next_steps(case: UseCase, decision: Decision, change_text: str | None = None) -> list[str]:
    """The next steps for ``case`` under ``decision``, most urgent first."""
    steps = load_steps()
    counted = case.facts.get("labelled_examples")
    view = face_value(case)
    n = view.value("labelled_examples")
    small = small_job(view, steps)
    eval_n, pilot_n = sizes(n, steps.pilot)
    volume = view.value("monthly_volume")
    months = steps.pilot.get("months_of_volume", 3)
    if not n and volume:  # no examples held: a small job cannot supply a large evaluation set
        eval_n = int(max(20, min(eval_n, float(volume) * months)))
    # A small job gets the light check's size; a third of two examples is no evaluation set either.
    eval_n = min(eval_n, steps.small_job.eval_n) if small else max(eval_n, steps.small_job.eval_n)
    if small and volume:
        # One newsletter a month: twenty outputs would take most of two years to arrive.
        eval_n = max(3, min(eval_n, round(float(volume) * months)))
    unsure_n = counted is not None and not counted.sure
    values = {"eval_n": f"{eval_n:,}", "pilot_n": f"{pilot_n:,}",
              "n": _count(float(n)) if n is not None else "the",
              "volume": f"{float(volume):,.0f}" if volume else "your", "change": change_text or "as they change"}
    kind = task_kind(case, steps)
    if kind is None and decision.approach in steps.default_kind:
        kind = next((k for k in steps.kinds if k.id == steps.default_kind[decision.approach]), None)
    kid = kind.id if kind else None

    def fits(items: list[Step] | list[Lever]) -> list[str]:
        return [s.text for s in items if s.applies(view, kid, small)]

    out: list[str] = []
    if kind is not None:
        fact = case.facts.get("task_kind")
        caveat = "" if fact is None or fact.sure else " (the task kind was read with low confidence: check it fits)"
        evaluation = (kind.evaluation_small or steps.small_job.evaluation) if small else kind.evaluation
        out.append(f"Evaluation ({kind.title}){caveat}: {evaluation}")
    elif small:
        out.append(f"Evaluation: {steps.small_job.evaluation}")
    if unsure_n and out and n:
        out[0] += (f" (Sizes here follow the {_count(float(n))} examples read from your description with low "
                   "confidence: confirm the count.)")
    levers = [lv for lv in steps.levers if lv.applies(view, kid, small)]
    if decision.approach != "rag":
        out += [lv.text for lv in levers]
    if kind is not None:
        out += fits(kind.steps.get("any", []))
    if decision.approach == "fine_tune":
        key = "unknown" if n is None else "none" if n == 0 else "thin" if n < steps.pilot["thin"] else None
        if key and key in steps.data and steps.data[key].applies(view, kid, small):
            out.append(steps.data[key].text)
    out += fits(steps.approach.get(decision.approach, []))
    if decision.approach == "rag" and change_text is None:
        out = [s for s in out if "{change}" not in s]
    if kind is not None:
        out += fits(kind.steps.get(decision.approach, []))
    if decision.approach == "rag":
        out += [lv.text for lv in levers if lv.id in {"caching", "cheaper_model"}]
    for extra in decision.also:
        template = steps.also.get(extra)
        reasons = decision.also_reasons.get(extra) or []
        if template and reasons:
            out.append(_fill(template, {"reason": " and ".join(reasons)}))
        if kind is not None:
            out += [s for s in fits(kind.steps.get(extra, [])) if s not in out]
    return [_fill(s, values) for s in dict.fromkeys(out)]
