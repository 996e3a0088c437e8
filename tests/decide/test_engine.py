"""Scoring, counterfactuals and the criteria data file."""

from __future__ import annotations

import pytest
from ftaudit.decide.criteria import load_criteria
from ftaudit.decide.scoring import counterfactuals, decide, question_value
from ftaudit.facts import FACT_FIELDS, Fact, UseCase
from ftaudit.retrieve.index import open_index


def case_with(**values: object) -> UseCase:
    case = UseCase(name="t")
    for field, value in values.items():
        case = case.with_fact(Fact(field=field, value=value, source="answer", quote=str(value)))
    return case


def test_every_criterion_cites_sections_that_exist_in_the_index() -> None:
    index = open_index()
    for c in load_criteria():
        for sid in [*c.cites, *c.counter]:
            assert sid in index.sections, f"{c.id} cites missing section {sid}"
            assert index.passage(sid), f"{sid} has no indexed text"
        assert c.asks in FACT_FIELDS


def test_knowledge_gap_goes_to_rag_behaviour_gap_to_fine_tuning() -> None:
    rag = decide(case_with(needs_external_knowledge=True, knowledge_change_days=7.0, needs_citations=True))
    assert rag.approach == "rag"
    ft = decide(case_with(strict_format=True, consistent_style=True, labelled_examples=5000,
                          monthly_volume=3_000_000))
    assert ft.approach == "fine_tune"
    assert decide(UseCase()).approach == "prompt"


def test_same_facts_same_verdict_and_contributions_add_up() -> None:
    case = case_with(task_kind="classification", labelled_examples=20_000, monthly_volume=900_000)
    a, b = decide(case), decide(case)
    assert (a.approach, a.scores, a.confidence) == (b.approach, b.scores, b.confidence)
    for approach, score in a.scores.items():
        prior = 0.5 if approach == "prompt" else 0.0
        assert score == pytest.approx(prior + sum(e.delta[approach] for e in a.effects), abs=1e-3)


def test_confidence_grows_with_the_margin() -> None:
    weak = decide(case_with(strict_format=True))
    strong = decide(case_with(strict_format=True, consistent_style=True, labelled_examples=8000,
                              prompting_falls_short=True))
    assert 0.5 <= weak.confidence < strong.confidence <= 0.97


def test_rag_and_fine_tune_can_be_recommended_together() -> None:
    both = decide(case_with(needs_external_knowledge=True, knowledge_change_days=7.0, needs_citations=True,
                            strict_format=True, consistent_style=True, labelled_examples=10_000,
                            monthly_volume=2_000_000))
    assert {both.approach, *both.also} == {"rag", "fine_tune"}


def test_counterfactuals_name_facts_that_flip_the_verdict() -> None:
    case = case_with(strict_format=True, labelled_examples=2000)
    base = decide(case)
    flips = counterfactuals(case, base)
    assert flips
    for w in flips:
        trial = case.with_fact(Fact(field=w.field, value=w.value, source="answer", quote="x"), force=True)
        assert decide(trial).approach == w.approach != base.approach


def test_question_value_prefers_facts_that_could_change_the_verdict() -> None:
    criteria = load_criteria()
    case = case_with(task_kind="question_answering")
    base = decide(case)
    values = {f: question_value(case, f, base, criteria) for f in ("needs_citations", "domain_jargon")}
    assert values["needs_citations"] > values["domain_jargon"]


def test_answers_override_description_facts() -> None:
    case = UseCase().with_fact(Fact(field="stage", value="prototype", source="text", quote="prototype"))
    fixed = case.with_fact(Fact(field="stage", value="production", source="answer", quote="in production"))
    assert fixed.value("stage") == "production"
    data = fixed.with_fact(Fact(field="labelled_examples", value=120, source="file", file="a.jsonl"))
    stated = data.with_fact(Fact(field="labelled_examples", value=9000, source="text", quote="9,000"))
    assert stated.value("labelled_examples") == 9000
    assert stated.with_fact(Fact(field="labelled_examples", value=120, source="file", file="a.jsonl")).value("labelled_examples") == 9000
