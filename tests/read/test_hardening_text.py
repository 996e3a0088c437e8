"""Text is text: long one-line descriptions, CR line ends, terminal escapes (red-team items 1 and 14)."""

from __future__ import annotations

from pathlib import Path

from ftaudit import audit
from ftaudit.read.reader import read_facts

LONG_LINE = ("We classify 11 million product reviews a month into 14 categories, we have 80,000 labelled "
             "reviews from our moderators, prompting plateaued at 85% while we need 95%, and the categories "
             "have not changed in three years, so what would you recommend we do next and why exactly")


def test_a_long_one_line_description_is_text_not_a_path() -> None:
    assert len(LONG_LINE.encode()) > 255 and not LONG_LINE.endswith(".")
    report = audit(LONG_LINE)
    assert report.approach == "fine_tune"
    assert any(f.field == "monthly_volume" and f.value == 11_000_000 for f in report.facts)


def test_cr_only_line_ends_are_read_as_lines() -> None:
    text = "We classify support tickets.\rAbout 2 million tickets a month.\rWe have 60,000 labelled tickets."
    facts = {f.field: f for f in read_facts(text)}
    assert facts["monthly_volume"].value == 2_000_000
    assert all("\r" not in (f.quote or "") for f in facts.values())


def test_a_string_naming_an_existing_file_is_still_text(tmp_path: Path) -> None:
    case = tmp_path / "case.md"
    case.write_text("We draft 20 emails a day for our sales team; nothing is labelled.")
    as_text = audit(str(case))
    assert as_text.case == "use case" and not any(f.source == "text" and f.field == "monthly_volume"
                                                  for f in as_text.facts)
    as_path = audit(case)
    assert as_path.case == "case" and any(f.field == "monthly_volume" for f in as_path.facts)


def test_terminal_escapes_are_not_read_as_numbers() -> None:
    facts = {f.field: f for f in read_facts("We have \x1b[31m400\x1b[0m labelled examples of invoices.")}
    assert "labelled_examples" not in facts or facts["labelled_examples"].value == 400
