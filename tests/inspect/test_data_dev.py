"""The dev sample files give exactly the defects they contain (found by hand first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ftaudit.inspect import inspect_paths


@pytest.fixture(scope="module")
def helpdesk(dev_cases: Path):
    return inspect_paths([dev_cases / "helpdesk-replies-with-data" / "tickets-sample.jsonl"])


@pytest.fixture(scope="module")
def warranty(dev_cases: Path):
    return inspect_paths([dev_cases / "warranty-claims-classifier" / "claims-labelled.csv"])


@pytest.fixture(scope="module")
def travel(dev_cases: Path):
    return inspect_paths([dev_cases / "travel-policy-docs" / "docs"])


def _lines(report, code):
    f = report.finding(code)
    return f.lines if f else []


def test_helpdesk_records_and_format_errors(helpdesk) -> None:
    fr = helpdesk.files[0]
    assert fr.format == "jsonl" and fr.example_format == "chat"
    assert fr.n_records == 121  # 121 non-blank lines
    assert fr.n_examples == 118 and fr.n_invalid == 3
    # Line 56 is a truncated JSON line; line 21 has no assistant turn; line 31 uses role "bot".
    assert _lines(helpdesk, "invalid_json") == [56]
    assert _lines(helpdesk, "unrecognized_role") == [31]
    assert helpdesk.finding("unrecognized_role").examples == ["bot"]
    assert _lines(helpdesk, "example_missing_assistant_message") == [21, 31]
    assert helpdesk.count("example_missing_assistant_message") == 2
    for code in (
        "data_type",
        "missing_messages_list",
        "message_missing_key",
        "message_unrecognized_key",
        "missing_content",
    ):
        assert helpdesk.count(code) == 0, code


def test_helpdesk_duplicates_and_pii(helpdesk) -> None:
    assert _lines(helpdesk, "duplicate_example") == [42]
    assert helpdesk.summary.n_duplicates == 1 and helpdesk.summary.n_near_duplicates == 0
    assert helpdesk.summary.n_conflicts == 0
    assert _lines(helpdesk, "pii_email") == [11] and _lines(helpdesk, "pii_phone") == [11]
    kinds = {p.kind: p for p in helpdesk.summary.pii_findings}
    assert set(kinds) == {"email", "phone"}
    assert kinds["email"].masked == ["j***@example.com"]
    dumped = helpdesk.model_dump_json() + helpdesk.to_markdown()
    assert "jane.doe@example.com" not in dumped and "7946 0958" not in dumped
    assert helpdesk.summary.injection_suspected == 0
    assert helpdesk.count("example_missing_system_message") == 0


def test_helpdesk_shape_tokens_and_facts(helpdesk) -> None:
    s = helpdesk.summary
    assert s.task_shape == "generation" and s.example_format == "chat"
    assert s.format_consistency == 1.0
    assert s.prompt_token_lengths is not None and s.prompt_token_lengths.n == 118
    assert 30 < s.median_prompt_tokens < 60
    assert s.total_token_lengths.p5 <= s.total_token_lengths.median <= s.total_token_lengths.p95
    assert sum(s.over_limit.values()) == 0
    facts = {f.field: f for f in helpdesk.facts}
    assert facts["labelled_examples"].value == 117
    assert facts["labelled_examples"].file == "tickets-sample.jsonl"
    assert "tickets-sample.jsonl" in facts["labelled_examples"].note
    assert facts["task_kind"].value == "generation"
    assert facts["strict_format"].value is True
    assert facts["needs_external_knowledge"].value is False
    assert facts["prompt_tokens"].value == round(s.median_prompt_tokens)
    assert all(f.source == "file" for f in helpdesk.facts)


def test_warranty_csv_defects(warranty) -> None:
    fr = warranty.files[0]
    assert fr.format == "csv" and fr.example_format == "table"
    assert fr.column_map == {"prompt": "text", "answer": "category"}
    assert fr.n_records == 400 and fr.n_examples == 399
    assert _lines(warranty, "missing_label") == [9]
    assert _lines(warranty, "formula_injection") == [10]
    assert warranty.summary.formula_cells == 1
    # Only 56 distinct claim texts: 343 rows repeat an earlier text with the same label.
    assert warranty.summary.n_duplicates == 343
    assert warranty.summary.n_unique_examples == 56
    assert warranty.summary.n_conflicts == 0
    assert warranty.summary.pii_findings == [] and warranty.summary.injection_suspected == 0
    assert warranty.count("wrong_column_count") == 0


def test_warranty_labels_and_facts(warranty) -> None:
    s = warranty.summary
    assert s.task_shape == "classification" and s.n_labels == 5
    assert s.label_distribution == {
        "motor_failure": 161,
        "water_leak": 108,
        "electronics": 72,
        "door_lock": 47,
        "other": 11,
    }
    assert s.label_imbalance == pytest.approx(161 / 11, rel=1e-2)
    assert warranty.count("label_imbalance") == 1
    assert warranty.count("few_examples") == 1
    facts = {f.field: f.value for f in warranty.facts}
    assert facts["task_kind"] == "classification"
    assert facts["needs_external_knowledge"] is False
    assert facts["labelled_examples"] == 56
    assert "strict_format" not in facts


def test_travel_docs_corpus(travel) -> None:
    s = travel.summary
    assert s.n_documents == 3 and s.n_examples == 0
    assert [f.kind for f in travel.files] == ["documents"] * 3
    assert s.doc_tokens > 150
    dates = sorted(m.date for m in s.revision_markers)
    assert dates == ["2026-01-01", "2026-03-01", "2026-03-01"]
    assert s.estimated_change_days is None  # two distinct dates do not show a cadence
    facts = {f.field: f for f in travel.facts}
    assert facts["corpus_size"].value == 3
    assert "knowledge_change_days" not in facts and "labelled_examples" not in facts
    assert not travel.errors()
