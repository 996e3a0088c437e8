"""The audit report: verdict, cited criteria, counterfactuals and next steps."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any, Literal

from ftaudit.cost.model import CostEstimate
from ftaudit.decide.criteria import Criterion, load_criteria
from ftaudit.decide.scoring import Decision, WhatIf, counterfactuals, decide
from ftaudit.facts import APPROACH_LABELS, FACT_FIELDS, Approach, Fact, UseCase, format_value
from ftaudit.inspect.models import DataReport
from ftaudit.probe.models import ProbeReport
from ftaudit.read.lexicon import sentences
from ftaudit.retrieve.index import GuidanceIndex, Hit, terms
from ftaudit.settings import KNOWLEDGE_DIR, read_yaml
from pydantic import BaseModel, Field

ENGINE_VERSION = "1"


class Citation(BaseModel):
    """A passage of guidance, quoted verbatim from the index."""

    section_id: str
    title: str
    quote: str
    """One sentence of the indexed passage, verbatim."""
    origin: Literal["article", "supplement", "user"]
    score: float | None = None
    sources: str = ""


class CriterionResult(BaseModel):
    """A criterion that holds for this use case and what it contributed."""

    id: str
    title: str
    favours: Approach
    strength: float
    contribution: dict[str, float]
    evidence: list[str]
    """Where the facts it rests on came from."""
    citations: list[Citation]
    counterpoints: list[Citation] = Field(default_factory=list)


class Disagreement(BaseModel):
    """The article and the supplementary guidance disagree on a point that matters here."""

    topic: str
    article: Citation
    supplement: Citation


class Change(BaseModel):
    """A fact whose different value would change the verdict."""

    field: str
    value: Any
    approach: Approach
    known: bool
    text: str


class PlatformNote(BaseModel):
    """Where fine-tuning can be done today, and what is being retired."""

    id: str
    name: str
    status: str
    advice: str
    next_event: str | None = None
    section: str | None = None
    checked: str | None = None
    residency: str = ""
    data_use: str = ""
    to_confirm: list[str] = Field(default_factory=list)
    """Stated constraints this platform may meet but whose terms must be confirmed."""


class DataSection(DataReport):
    """The report's data section: the inspection of the sample files, and the experiments run on them."""

    probes: ProbeReport | None = None
    """The probes' results, when they ran (``audit(..., probes=True)``, the default with data)."""


class AuditReport(BaseModel):
    """The result of an audit.  ``to_markdown()`` for people, ``to_json()`` for programs."""

    case: str
    approach: Approach
    also: list[Approach] = Field(default_factory=list)
    also_reasons: dict[str, list[str]] = Field(default_factory=dict)
    """Why each approach in ``also`` is needed (never empty for an approach in ``also``)."""
    headline: str = ""
    """The verdict in words, with its hybrid part: "RAG, plus fine-tuning for the voice"."""
    confidence: float
    settle_first: list[str] = Field(default_factory=list)
    """When confidence is below 60%: the questions whose answers would settle the verdict."""
    scores: dict[str, float]
    summary: str
    criteria: list[CriterionResult]
    citations: list[Citation]
    facts: list[Fact]
    what_would_change: list[Change]
    disagreements: list[Disagreement] = Field(default_factory=list)
    platforms: list[PlatformNote] = Field(default_factory=list)
    platform_note: str | None = None
    """What the stated constraints did to the platform list."""
    next_steps: list[str]
    open_questions: list[str] = Field(default_factory=list)
    data: DataSection | None = None
    """What the sample files held (``report.data.summary.n_examples``) and the probes' results."""
    data_markdown: str | None = None
    cost: CostEstimate | None = None
    """Prompting against fine-tuning in money (``report.cost.monthly_saving``)."""
    cost_markdown: str | None = None
    warnings: list[str] = Field(default_factory=list)
    narrative: str | None = None
    llm: dict[str, Any] | None = None
    index: str = ""
    engine_version: str = ENGINE_VERSION

    def to_json(self, indent: int | None = 2) -> str:
        """The report as JSON (the schema is this model's)."""
        return self.model_dump_json(indent=indent)

    def to_markdown(self) -> str:
        """The report as Markdown."""
        from ftaudit.render.markdown import render_markdown

        return render_markdown(self)

    def to_html(self) -> str:
        """The report as a self-contained HTML page (inline CSS and SVG charts, no scripts)."""
        from ftaudit.render.html import render_html

        return render_html(self)

    # -- notebooks (Jupyter shows the report, not a 10 KB repr) ------------------------

    def __repr__(self) -> str:
        from ftaudit.integrations.notebook import report_repr

        return report_repr(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def _repr_html_(self) -> str:
        from ftaudit.integrations.notebook import markdown_html

        return markdown_html(self.to_markdown())


# --- text that every output can hold -------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(value: Any) -> Any:
    """``value`` (a str, or dicts and lists of them) with lone surrogates replaced by U+FFFD.

    They come from file names that are not valid UTF-8 (Python decodes such bytes to
    surrogates) and from ``\\ud800`` escapes in JSON data; no UTF-8 file, JSON report or
    terminal can hold them, so a report carrying one could not be written at all.
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {printable(k): printable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [printable(v) for v in value]
    return value


def _printable_fact(fact: Fact) -> Fact:
    dumped = fact.model_dump()
    clean = printable(dumped)
    return fact if clean == dumped else Fact.model_validate(clean)


# --- citations --------------------------------------------------------------------


def _best_sentence(text: str, query: str, pin: str | None = None) -> str:
    if pin:
        for s in sentences(text):
            if s.text.startswith(pin) and s.text in text:
                return s.text
    q = set(terms(query))
    best, best_score = text[:300], -1.0
    for s in sentences(text):
        candidate = s.text
        if candidate.lstrip().startswith(("```", "#")) or len(candidate) < 25:
            continue
        words = terms(candidate)
        score = len(q & set(words)) / (1 + 0.02 * len(words))
        if score > best_score and candidate in text:
            best, best_score = candidate, score
    return best


def _cite(hit: Hit, query: str, pin: str | None = None) -> Citation:
    return Citation(section_id=hit.section_id, title=hit.title, quote=_best_sentence(hit.text, query, pin),
                    origin=hit.origin, score=hit.score, sources=hit.sources)  # type: ignore[arg-type]


def cite_criterion(index: GuidanceIndex, criterion: Criterion) -> tuple[list[Citation], list[Citation]]:
    """Retrieve passages for a criterion: its own sections first, then relevant user guidance."""
    hits = index.search(criterion.query, k=10)
    by_id = {h.section_id: h for h in hits}
    own = [_cite(by_id[s], criterion.query, criterion.quotes.get(s)) for s in criterion.cites if s in by_id][:2]
    if not own:
        # The criterion's own sections, never a passage it does not rest on.
        own = [c for c in (_cite_section(index, s, criterion.query, criterion.quotes.get(s)) for s in criterion.cites)
               if c is not None][:2]
    user = [_cite(h, criterion.query) for h in hits[:3] if h.origin == "user"][:1]
    counter = []
    for sid in criterion.counter:
        text = index.passage(sid)
        section = index.sections.get(sid)
        if text and section:
            counter.append(Citation(section_id=sid, title=section.title, quote=_best_sentence(text, criterion.query),
                                    origin=section.origin, sources=section.sources))  # type: ignore[arg-type]
    return own + user, counter


def _cite_section(index: GuidanceIndex, section_id: str, query: str, pin: str | None = None) -> Citation | None:
    text = index.passage(section_id)
    section = index.sections.get(section_id)
    if not text or section is None:
        return None
    return Citation(section_id=section_id, title=section.title, quote=_best_sentence(text, query, pin),
                    origin=section.origin, sources=section.sources)  # type: ignore[arg-type]


def verify_citations(report: AuditReport, index: GuidanceIndex) -> list[str]:
    """Problems with the report's citations (empty when every quote is in the index verbatim)."""
    problems = []
    everything = list(report.citations) + [c for r in report.criteria for c in r.citations + r.counterpoints]
    for c in everything:
        text = index.passage(c.section_id)
        if text is None:
            problems.append(f"{c.section_id}: not in the index")
        elif c.quote not in text:
            problems.append(f"{c.section_id}: quote is not verbatim: {c.quote[:60]!r}")
    return problems


# --- platforms --------------------------------------------------------------------


@lru_cache(maxsize=1)
def _platforms() -> list[dict[str, Any]]:
    data = read_yaml(KNOWLEDGE_DIR / "platforms.yaml")
    return list(data.get("platforms", []))


def platform_notes(today: date | None = None, constraints: list[str] | None = None) -> list[PlatformNote]:
    """Every platform's fine-tuning status with its next dated event, filtered by ``constraints``.

    ``on_prem`` and ``air_gapped`` keep only self-hosted rows; ``eu_residency`` and
    ``no_vendor_training`` drop rows whose terms say no and mark those to confirm.
    """
    today = today or date.today()
    wanted = set(constraints or ())
    notes = []
    for p in _platforms():
        if wanted & {"on_prem", "air_gapped"} and _term(p.get("self_hosted")) != "yes":
            continue
        terms = {c: _term(p.get(c)) for c in ("eu_residency", "no_vendor_training") if c in wanted}
        if "no" in terms.values():
            continue
        upcoming = sorted((e for e in p.get("events", []) if _as_date(e["date"]) >= today),
                          key=lambda e: _as_date(e["date"]))
        nxt = f"{_as_date(upcoming[0]['date']).isoformat()}: {upcoming[0]['what']}" if upcoming else None
        notes.append(PlatformNote(id=p["id"], name=p["name"], status=p["status"], advice=p.get("advice", ""),
                                  next_event=nxt, section=p.get("section"),
                                  checked=str(p["checked"]) if p.get("checked") else None,
                                  residency=str(p.get("residency") or ""), data_use=str(p.get("data_use") or ""),
                                  to_confirm=[c for c, t in terms.items() if t == "check"]))
    return notes


def _term(value: Any) -> str:
    """A platform's yes/no/check term (YAML reads yes and no as booleans)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value or "check").lower()


CONSTRAINT_WORDS = {"on_prem": "on-premises hosting", "air_gapped": "an air-gapped network",
                    "eu_residency": "EU data residency", "no_vendor_training": "no vendor training on your data",
                    "personal_data": "personal data"}


def constraint_note(constraints: list[str], kept: list[PlatformNote]) -> str | None:
    """What the stated constraints did to the platform list, in a sentence or two."""
    if not constraints:
        return None
    usual = [p for p in platform_notes() if p.status == "available"]
    removed = [p.name for p in usual if p.id not in {k.id for k in kept}]
    said = " and ".join(CONSTRAINT_WORDS.get(c, c) for c in constraints)
    parts = [f"You stated {said}."]
    if removed:
        parts.append("That removes platforms usually named: " + "; ".join(removed) + ".")
    if "personal_data" in constraints:
        parts.append("Personal data: mask or remove it from training files before any upload (see data#personal-data), "
                     "and check the platform's data-processing terms.")
    if not [p for p in kept if p.status == "available"]:
        parts.append("No listed platform meets every constraint: self-hosted open-weight training is the remaining route.")
    return " ".join(parts)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# --- explanations -------------------------------------------------------------------


def describe_change(w: WhatIf) -> str:
    """A sentence for a counterfactual."""
    spec = FACT_FIELDS[w.field]
    subject = spec.description.rstrip(".")
    if spec.kind == "bool":
        cond = f"it turned out that {subject[0].lower()}{subject[1:]}" if w.value else f"it were not the case that {subject[0].lower()}{subject[1:]}"
    else:
        cond = f"{subject[0].lower()}{subject[1:]} were {format_value(w.field, w.value)}"
    return f"If {cond}, the verdict would become {APPROACH_LABELS[w.approach]}."


def _next_steps(case: UseCase, decision: Decision) -> list[str]:
    from ftaudit.report.steps import next_steps

    change = case.value("knowledge_change_days")
    return next_steps(case, decision, format_value("knowledge_change_days", change) if change is not None else None)


SHORT_LABELS: dict[str, str] = {"prompt": "prompt engineering", "rag": "RAG", "fine_tune": "fine-tuning"}


def headline(decision: Decision) -> str:
    """The verdict with its hybrid part and the reason for it: "RAG, plus fine-tuning for the voice"."""
    first = SHORT_LABELS[decision.approach]
    text = first[0].upper() + first[1:]
    for extra in decision.also:
        reasons = decision.also_reasons.get(extra) or []
        if reasons:
            text += f", plus {SHORT_LABELS[extra]} {' and '.join(reasons[:2])}"
    return text


def _summary(case: UseCase, decision: Decision, results: list[CriterionResult]) -> str:
    top = [r.title.lower() for r in results if r.favours == decision.approach][:3]
    reason = "; ".join(top) if top else "no criterion argues strongly for another approach"
    also = f", combined with {' and '.join(APPROACH_LABELS[a] for a in decision.also)}" if decision.also else ""
    return f"{APPROACH_LABELS[decision.approach]}{also} ({decision.confidence:.0%} confidence): {reason}."


SETTLE_BELOW = 0.6
"""Below this confidence the report leads with what would settle the verdict."""


def build_report(case: UseCase, index: GuidanceIndex, *, data: Any = None, cost: Any = None,
                 warnings: list[str] | None = None) -> AuditReport:
    """Decide, cite and explain."""
    case = case.model_copy(update={"name": printable(case.name),
                                   "facts": {k: _printable_fact(f) for k, f in case.facts.items()}})
    criteria = load_criteria()
    decision = decide(case, criteria)
    results: list[CriterionResult] = []
    all_cites: dict[str, Citation] = {}
    disagreements: list[Disagreement] = []
    effects = sorted(decision.effects, key=lambda e: -max(abs(v) for v in e.delta.values()))
    for effect in effects:
        c = effect.criterion
        cites, counter = cite_criterion(index, c)
        evidence = [case.facts[f].evidence() for f in sorted(c.facts()) if f in case.facts]
        results.append(CriterionResult(
            id=c.id, title=c.title, favours=c.favours, strength=round(effect.strength, 3),
            contribution={a: round(v, 3) for a, v in effect.delta.items() if v},
            evidence=evidence, citations=cites, counterpoints=counter))
        for cite in cites:
            all_cites.setdefault(cite.section_id, cite)
        for other in counter:
            mine = next((x for x in cites if x.origin != other.origin), None)
            if mine is not None:
                pair = (other, mine) if other.origin == "article" else (mine, other)
                disagreements.append(Disagreement(topic=c.title, article=pair[0], supplement=pair[1]))
    changes = counterfactuals(case, decision, criteria)
    seen: set[str] = set()
    what_if = []
    for w in sorted(changes, key=lambda w: (w.known, list(FACT_FIELDS).index(w.field))):
        if w.field in seen:
            continue
        seen.add(w.field)
        what_if.append(Change(field=w.field, value=w.value, approach=w.approach, known=w.known, text=describe_change(w)))
    platforms: list[PlatformNote] = []
    warn = list(warnings or [])
    stated = case.value("constraints")
    constraints = [str(c) for c in stated] if isinstance(stated, list) else []
    note = None
    if decision.approach == "fine_tune" or "fine_tune" in decision.also:
        platforms = platform_notes(constraints=constraints)
        note = constraint_note(constraints, platforms)
        chosen = str(case.value("platform") or "").lower()
        for p in platforms:
            if chosen and p.status in {"winding_down", "retired"} and (p.id in chosen or chosen in p.name.lower()):
                warn.append(f"You plan to use {case.value('platform')}: {p.name} is {p.status.replace('_', ' ')}. {p.advice}")
    open_questions = _open_questions(case, decision, criteria)
    settle: list[str] = []
    if decision.confidence < SETTLE_BELOW:
        unsure = [f"Confirm what was read with low confidence: {FACT_FIELDS[f.field].description.rstrip('.').lower()} "
                  f"(read as {format_value(f.field, f.value) if FACT_FIELDS[f.field].kind != 'text' else f.value})."
                  for f in case.unsure() if f.field in {x for c in criteria for x in c.facts()}]
        settle = (unsure + open_questions)[:4] or [w.text for w in what_if[:3]]
    return AuditReport(
        case=case.name, approach=decision.approach, also=decision.also, confidence=decision.confidence,
        also_reasons={str(k): v for k, v in decision.also_reasons.items()}, headline=headline(decision),
        settle_first=printable(settle), platform_note=note,
        scores={str(a): s for a, s in decision.scores.items()}, summary=_summary(case, decision, results), criteria=results,
        citations=list(all_cites.values()), facts=list(case.facts.values()),
        what_would_change=what_if[:6],
        disagreements=disagreements, platforms=platforms, next_steps=_next_steps(case, decision),
        open_questions=open_questions,
        data=DataSection.model_validate(printable(data.model_dump(mode="json"))) if isinstance(data, DataReport) else None,
        data_markdown=printable(data.to_markdown()) if data is not None and hasattr(data, "to_markdown") else None,
        cost=CostEstimate.model_validate(printable(cost.model_dump(mode="json"))) if isinstance(cost, CostEstimate) else None,
        cost_markdown=printable(cost.to_markdown()) if cost is not None and hasattr(cost, "to_markdown") else None,
        warnings=printable(warn), index=index.key,
    )


def _open_questions(case: UseCase, decision: Decision, criteria: tuple[Criterion, ...]) -> list[str]:
    """Questions about unknown facts whose answer could change the verdict, most decisive first."""
    from ftaudit.decide.scoring import question_value

    best: dict[str, tuple[float, str]] = {}
    for c in criteria:
        if case.known(c.asks) or c.asks in best:
            continue
        value = question_value(case, c.asks, decision, criteria)
        if value >= 0.05:
            best[c.asks] = (value, c.question)
    return [q for _, q in sorted(best.values(), key=lambda vq: -vq[0])][:5]


