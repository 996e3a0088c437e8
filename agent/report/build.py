"""The audit report: verdict, cited criteria, counterfactuals and next steps."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any, Literal

import yaml
from ftaudit.decide.criteria import Criterion, load_criteria
from ftaudit.decide.scoring import Decision, WhatIf, counterfactuals, decide
from ftaudit.facts import APPROACH_LABELS, FACT_FIELDS, Approach, Fact, UseCase
from ftaudit.read.lexicon import sentences
from ftaudit.retrieve.index import GuidanceIndex, Hit, terms
from ftaudit.settings import KNOWLEDGE_DIR
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


class AuditReport(BaseModel):
    """The result of an audit.  ``to_markdown()`` for people, ``to_json()`` for programs."""

    case: str
    approach: Approach
    also: list[Approach] = Field(default_factory=list)
    confidence: float
    scores: dict[str, float]
    summary: str
    criteria: list[CriterionResult]
    citations: list[Citation]
    facts: list[Fact]
    what_would_change: list[Change]
    disagreements: list[Disagreement] = Field(default_factory=list)
    platforms: list[PlatformNote] = Field(default_factory=list)
    next_steps: list[str]
    open_questions: list[str] = Field(default_factory=list)
    data: dict[str, Any] | None = None
    data_markdown: str | None = None
    cost: dict[str, Any] | None = None
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


def _best_sentence(text: str, query: str) -> str:
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


def _cite(hit: Hit, query: str) -> Citation:
    return Citation(section_id=hit.section_id, title=hit.title, quote=_best_sentence(hit.text, query),
                    origin=hit.origin, score=hit.score, sources=hit.sources)  # type: ignore[arg-type]


def cite_criterion(index: GuidanceIndex, criterion: Criterion) -> tuple[list[Citation], list[Citation]]:
    """Retrieve passages for a criterion: its own sections first, then relevant user guidance."""
    hits = index.search(criterion.query, k=10)
    by_id = {h.section_id: h for h in hits}
    chosen = [by_id[s] for s in criterion.cites if s in by_id][:2]
    if not chosen:
        chosen = hits[:1]
    chosen += [h for h in hits[:3] if h.origin == "user" and h not in chosen][:1]
    counter = []
    for sid in criterion.counter:
        text = index.passage(sid)
        section = index.sections.get(sid)
        if text and section:
            counter.append(Citation(section_id=sid, title=section.title, quote=_best_sentence(text, criterion.query),
                                    origin=section.origin, sources=section.sources))  # type: ignore[arg-type]
    return [_cite(h, criterion.query) for h in chosen], counter


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
    data = yaml.safe_load((KNOWLEDGE_DIR / "platforms.yaml").read_text(encoding="utf-8"))
    return list(data.get("platforms", []))


def platform_notes(today: date | None = None) -> list[PlatformNote]:
    """Every platform's fine-tuning status with its next dated event."""
    today = today or date.today()
    notes = []
    for p in _platforms():
        upcoming = sorted((e for e in p.get("events", []) if _as_date(e["date"]) >= today),
                          key=lambda e: _as_date(e["date"]))
        nxt = f"{_as_date(upcoming[0]['date']).isoformat()}: {upcoming[0]['what']}" if upcoming else None
        notes.append(PlatformNote(id=p["id"], name=p["name"], status=p["status"], advice=p.get("advice", ""),
                                  next_event=nxt, section=p.get("section")))
    return notes


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# --- explanations -------------------------------------------------------------------


def format_value(field: str, value: Any) -> str:
    """A fact value as a person reads it: "yes", "monthly", "2,000 per month", "300 ms"."""
    spec = FACT_FIELDS[field]
    if spec.kind == "bool":
        return "yes" if value else "no"
    if spec.kind == "number":
        v = float(value)
        if field == "knowledge_change_days":
            if v < 1:
                return "several times a day"
            for limit, word in ((1.5, "daily"), (8, "weekly"), (16, "every two weeks"), (35, "monthly"),
                                (100, "quarterly"), (400, "yearly")):
                if v <= limit:
                    return word
            return "rarely"
        if field == "latency_ms":
            return f"{v / 1000:g} s" if v >= 1000 else f"{v:g} ms"
        return f"{v:,.0f} {spec.unit}".strip()
    return str(value).replace("_", " ")


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
    n = case.value("labelled_examples")
    volume = case.value("monthly_volume")
    change = case.value("knowledge_change_days")
    steps: list[str] = []
    if decision.approach == "prompt":
        steps += [
            "Build an evaluation set first: 50-100 real inputs with the output you expect, scored the same way every time.",
            "Write a prompt with explicit instructions and 3-5 worked examples, run it on the evaluation set and record the baseline.",
            "Classify each failure: missing or stale knowledge points to RAG, wrong format, tone or edge cases to fine-tuning.",
            "Log real inputs and corrected outputs from day one; 100-500 curated examples are what a later fine-tune needs.",
        ]
        if case.value("stage") == "one_off":
            steps.append("For a one-off job, process a pilot batch, spot-check it, then run the rest with the same prompt.")
    elif decision.approach == "rag":
        steps += [
            "Build a retrieval evaluation set first: 50-100 real questions, each with the document section that answers it; measure recall@5 before tuning anything.",
            "Index the documents with their version or date as metadata and chunk at section boundaries so citations point at a clause, not a file.",
            "Make the prompt answer only from retrieved passages, quote them, and refuse when nothing relevant is found; check quotes against the source automatically.",
        ]
        if change is not None and change <= 60:
            steps.append(f"Re-index on every document change (the knowledge changes {format_value('knowledge_change_days', change)}); never train these facts into weights.")
        steps.append("Escalate only if format or tone still fail with good retrieval: then fine-tune for behaviour on top of RAG (RAFT-style, with distractor passages).")
    else:
        held = max(100, round((n or 0) * 0.1)) if n else 100
        steps += [
            f"Hold out an evaluation set before training (about {held:,} examples, never trained on) and measure the best prompt-only baseline on it.",
            "Clean the data first (`ftaudit inspect --write-clean`): drop duplicates and conflicting labels, mask personal data, keep the production prompt format.",
            "Start with a pilot fine-tune on 50-100 examples, compare with the baseline, then scale by doubling the data while the gain continues.",
        ]
        if n is not None and n < 500:
            steps.append(f"Collect more curated examples: {n:,} is thin; vendors recommend hundreds to thousands.")
        steps.append("Pick a platform that still offers fine-tuning (see below) and keep the data and evaluation set so the model can be retrained when its base model is retired.")
        if volume:
            steps.append(f"Check the cost model at {volume:,.0f} requests a month: include training, hosting and retraining, not only per-token savings.")
    for extra in decision.also:
        if extra == "rag":
            steps.append("Also plan retrieval for the facts the model must look up; train behaviour, retrieve knowledge.")
        elif extra == "fine_tune":
            steps.append("Also consider fine-tuning for the format or tone once retrieval works, with your own examples.")
    return steps


def _summary(case: UseCase, decision: Decision, results: list[CriterionResult]) -> str:
    top = [r.title.lower() for r in results if r.favours == decision.approach][:3]
    reason = "; ".join(top) if top else "no criterion argues strongly for another approach"
    also = f", combined with {' and '.join(APPROACH_LABELS[a] for a in decision.also)}" if decision.also else ""
    return f"{APPROACH_LABELS[decision.approach]}{also} ({decision.confidence:.0%} confidence): {reason}."


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
    if decision.approach == "fine_tune" or "fine_tune" in decision.also:
        platforms = platform_notes()
        chosen = str(case.value("platform") or "").lower()
        for p in platforms:
            if chosen and p.status in {"winding_down", "retired"} and (p.id in chosen or chosen in p.name.lower()):
                warn.append(f"You plan to use {case.value('platform')}: {p.name} is {p.status.replace('_', ' ')}. {p.advice}")
    open_questions = _open_questions(case, decision, criteria)
    return AuditReport(
        case=case.name, approach=decision.approach, also=decision.also, confidence=decision.confidence,
        scores={str(a): s for a, s in decision.scores.items()}, summary=_summary(case, decision, results), criteria=results,
        citations=list(all_cites.values()), facts=list(case.facts.values()),
        what_would_change=what_if[:6],
        disagreements=disagreements, platforms=platforms, next_steps=_next_steps(case, decision),
        open_questions=open_questions,
        data=printable(data.model_dump(mode="json")) if data is not None and hasattr(data, "model_dump") else None,
        data_markdown=printable(data.to_markdown()) if data is not None and hasattr(data, "to_markdown") else None,
        cost=printable(cost.model_dump(mode="json")) if cost is not None and hasattr(cost, "model_dump") else None,
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


