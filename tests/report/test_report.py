"""Reports: verbatim citations, disagreements, platforms, next steps, the Python API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ftaudit import AuditReport, audit
from ftaudit.app.cases import find_cases
from ftaudit.report.build import verify_citations
from ftaudit.retrieve.index import open_index


@pytest.fixture(scope="module")
def dev_reports(dev_cases: Path) -> dict[str, AuditReport]:
    return {p.stem if p.is_file() else p.name: audit(p) for p in find_cases(dev_cases)}


def test_every_citation_is_verbatim_in_the_index(dev_reports: dict[str, AuditReport]) -> None:
    index = open_index()
    for name, report in dev_reports.items():
        assert verify_citations(report, index) == [], name
        # A case whose every fact was read with low confidence has no criteria, and says so.
        assert report.criteria or (report.facts and not any(f.sure for f in report.facts if f.source == "text")
                                   and "## Read with low confidence" in report.to_markdown()), name
        for criterion in report.criteria:
            if criterion.favours == report.approach:
                assert criterion.citations, f"{name}: {criterion.id} drives the verdict without a citation"


def test_disagreement_between_article_and_supplement_is_shown(dev_reports: dict[str, AuditReport]) -> None:
    hr = dev_reports["hr-policy-assistant"]
    assert hr.approach == "rag"
    topics = {d.article.section_id for d in hr.disagreements}
    assert "article#3.1" in topics
    for d in hr.disagreements:
        assert d.article.origin == "article" and d.supplement.origin == "supplement"
    md = hr.to_markdown()
    assert "Where the guidance disagrees" in md and "article#3.1" in md


def test_fine_tune_verdict_names_platforms_and_retirements(dev_reports: dict[str, AuditReport]) -> None:
    report = dev_reports["support-intent-router"]
    assert report.approach == "fine_tune"
    statuses = {p.id: p.status for p in report.platforms}
    assert statuses["openai"] == "winding_down" and statuses["azure"] == "available"
    assert "Where to fine-tune today" in report.to_markdown()
    assert any("evaluation set" in s for s in report.next_steps)
    rag = dev_reports["internal-sdk-helper"]
    assert rag.platforms == [] and any("grounded answer rate" in s for s in rag.next_steps)


def test_every_fact_has_provenance(dev_reports: dict[str, AuditReport]) -> None:
    for report in dev_reports.values():
        for fact in report.facts:
            if fact.source in {"text", "answer", "llm"}:
                assert fact.quote
            if fact.source == "file":
                assert fact.file


def test_data_files_move_the_facts(dev_reports: dict[str, AuditReport]) -> None:
    report = dev_reports["warranty-claims-classifier"]
    assert report.data is not None and report.data_markdown
    assert any(f.source == "file" for f in report.facts)


def test_report_json_round_trips(dev_reports: dict[str, AuditReport]) -> None:
    report = dev_reports["daily-news-qa"]
    again = AuditReport.model_validate_json(report.to_json())
    assert again == report
    data = json.loads(report.to_json())
    assert data["approach"] in {"prompt", "rag", "fine_tune"}
    assert {"also", "confidence", "criteria", "citations"} <= set(data)


def test_audit_accepts_text_path_and_data(dev_cases: Path, tmp_path: Path) -> None:
    text = (dev_cases / "review-sentiment.md").read_text()
    from_text = audit(text, name="rs")
    from_path = audit(dev_cases / "review-sentiment.md")
    assert from_text.approach == from_path.approach == "fine_tune"
    assert from_text.case == "rs"
    sample = dev_cases / "helpdesk-replies-with-data" / "tickets-sample.jsonl"
    with_data = audit("We want drafted replies to IT tickets in our house format.", data=[sample])
    assert with_data.data is not None


def test_what_would_change_is_consistent(dev_reports: dict[str, AuditReport]) -> None:
    from ftaudit.decide.scoring import decide
    from ftaudit.facts import Fact, UseCase

    report = dev_reports["travel-policy-docs"]
    base = UseCase(name="t", facts={f.field: f for f in report.facts})
    for change in report.what_would_change:
        trial = base.with_fact(Fact(field=change.field, value=change.value, source="answer", quote="x"), force=True)
        assert decide(trial).approach == change.approach
