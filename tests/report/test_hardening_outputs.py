"""Outputs are safe: CSV summaries neutralise formula-leading cells, HTML and Markdown reports
escape user text, and nothing from a user file is written outside the output folder."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from ftaudit.app.api import audit
from ftaudit.app.batch import csv_safe, run_batch
from hypothesis import given, settings
from hypothesis import strategies as st

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.text(max_size=40))
def test_csv_safe_never_leaves_a_live_formula(value: str) -> None:
    out = csv_safe(value)
    if out.startswith(FORMULA_START):
        float(out)  # only plain numbers such as -3 or +1.5 may start with a sign
    assert out in (value, "'" + value)


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1",
                                   "\r=1", "\x00=1", "-", "+"])
def test_csv_safe_examples(value: str) -> None:
    assert csv_safe(value) == "'" + value
    assert csv_safe("-3") == "-3" and csv_safe("plain") == "plain"


def test_batch_summary_neutralises_user_controlled_cells(tmp_path: Path, session_home: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    good = "We route 40,000 support tickets a month into 12 queues; we have 8,000 labelled tickets."
    for name in ("=HYPERLINK(A1)", "+cmd", "@SUM(1)", "-2+3", "normal"):
        (cases / f"{name}.md").write_text(good, encoding="utf-8")
    (cases / "=broken.yaml").write_text("description: [1, 2]\n", encoding="utf-8")  # error text holds the name
    out = tmp_path / "out"
    run_batch(cases, out)
    rows = list(csv.reader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8"))))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(FORMULA_START) or re.fullmatch(r"-?\d+(\.\d+)?", cell), row
    names = {r[0] for r in rows[1:]}
    assert {"'=HYPERLINK(A1)", "'+cmd", "'@SUM(1)", "'-2+3", "normal", "'=broken"} == names
    # Everything the batch wrote is inside the output folder.
    assert {p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*")} == {"cases", "out"}


def test_html_and_markdown_reports_escape_user_text(tmp_path: Path, session_home: Path) -> None:
    evil = ('We classify <script>alert(1)</script> tickets, 2 million a month. <img src=x onerror=alert(2)> '
            '[click](javascript:alert(3)) ![x](https://attacker.example/p.png?q=1) <iframe src=//evil>')
    data = tmp_path / "<svg onload=alert(4)>.jsonl"
    data.write_text('{"prompt": "<script>alert(5)</script>", "completion": "<b>x</b>"}\n' * 12, encoding="utf-8")
    report = audit(evil, data=[data], name="<script>alert(6)</script>")
    md = report.to_markdown()
    page = report.to_html()
    low = page.lower()
    for tag in ("<script", "<img", "<iframe", "<svg onload"):  # user text shows as text, never as a tag
        assert tag not in low, tag
    assert not re.search(r"""<[a-z][^<>]*\s(src|href)\s*=\s*["']?(https?:|javascript:|//)""", page, re.I)
    assert not re.search(r"(?<!\\)!\[[^\]]*\]\(https?://", md), "no live image link in the Markdown"


FORGED = "\n\n## Recommendation: Fine-tuning (99%)\n\n**Recommendation: Fine-tuning** — confidence 99%\n"
LINE_BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\x1c"]


def _verdict_lines(md: str) -> list[str]:
    """Lines that read as a verdict: a heading or a bold line that starts with "Recommendation"."""
    return [line for line in md.split("\n") if re.match(r"\s*(?:#+\s*|\*\*)Recommendation", line)]


def _facts_rows(md: str) -> list[str]:
    lines = md.split("\n")
    start = lines.index("| fact | value | source |")
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return rows


def _cells(row: str) -> int:
    """Cells in a GFM table row: pipes not escaped with a backslash separate them."""
    return len(re.split(r"(?<!\\)\|", row.strip().strip("|")))


@pytest.mark.parametrize("br", LINE_BREAKS)
def test_a_line_break_in_a_name_cannot_forge_a_verdict(tmp_path: Path, session_home: Path, br: str) -> None:
    """Red team: a newline in a file name put "## Recommendation: Fine-tuning (99%)" above the real verdict."""
    forged = FORGED.replace("\n", br)
    report = audit("We answer questions about our HR policies, which change every month; answers must cite "
                   "the paragraph.", name=f"hr{forged}")
    md = report.to_markdown()
    assert len(_verdict_lines(md)) == 1 and "99%" not in _verdict_lines(md)[0]
    heading = md.split("\n")[0]
    assert heading.startswith("# ftaudit report: hr") and "Recommendation" in heading  # the name, shown as text
    assert not any(line.startswith("## Recommendation") for line in md.split("\n"))
    for ch in ("\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\x1c"):
        assert ch not in md
    page = report.to_html()
    assert not re.search(r"<h[2-6][^>]*>\s*Recommendation", page)
    assert len(re.findall(r"<strong>Recommendation", page)) == 1


def test_a_forged_case_file_name_in_a_batch(tmp_path: Path, session_home: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    name = "x\n## Recommendation: Fine-tuning (99%)\n| a | b | c |"
    (cases / f"{name}.md").write_text("We route 40,000 tickets a month into 12 queues.", encoding="utf-8")
    out = tmp_path / "out"
    (result,) = run_batch(cases, out)
    assert result.status == "ok", result.error
    md = (out / f"{name}.md").read_text(encoding="utf-8")
    assert len(_verdict_lines(md)) == 1 and md.split("\n")[0].startswith("# ftaudit report: x ")


def test_a_pipe_in_the_description_adds_no_table_cells(tmp_path: Path, session_home: Path) -> None:
    """Red team: a `|` in the description added cells to the facts table."""
    text = ("We classify | 40,000 | support tickets a month | into 12 queues. We have 8,000 labelled tickets | "
            "fine_tune | 99% |. Answers must be in a strict JSON format \\| always.")
    data = tmp_path / "a|b\n## Recommendation.jsonl"
    data.write_text('{"prompt": "p | q", "completion": "x"}\n' * 12, encoding="utf-8")
    report = audit(text, data=[data], name="pipes | and | more")
    md = report.to_markdown()
    rows = _facts_rows(md)
    assert rows and all(_cells(r) == 3 for r in rows), [r for r in rows if _cells(r) != 3]
    page = report.to_html()
    for table in re.findall(r"<table>.*?</table>", page, re.S):
        head = len(re.findall(r"<th>", table.split("</thead>")[0]))
        for tr in re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], re.S):
            assert len(re.findall(r"<td", tr)) == head, tr
    assert len(_verdict_lines(md)) == 1


def test_user_guidance_cannot_forge_headings_or_break_code_spans(tmp_path: Path, session_home: Path) -> None:
    guide = tmp_path / "guide"
    guide.mkdir()
    (guide / "policy`x.md").write_text(
        "# Retrieval `and` | citations\n\nAnswers that must cite their source and change monthly belong in retrieval\n"
        "## Recommendation: Fine-tuning (99%)\nbecause citations need the document | section it came from.\n",
        encoding="utf-8")
    report = audit("We answer questions from our policies, which change every month; every answer must cite "
                   "the section it came from.", guidance=[guide])
    md = report.to_markdown()
    assert not any(line.startswith("## Recommendation") for line in md.split("\n"))
    assert len(_verdict_lines(md)) == 1
    for line in md.split("\n"):
        if line.startswith("> — "):
            assert line.count("`") % 2 == 0 or "``" in line, line  # code spans stay closed


def test_the_narrative_is_text_not_markdown() -> None:
    from ftaudit.render.markdown import render_markdown

    report = audit("We classify 40,000 support tickets a month into 12 queues.")
    report.narrative = "Prompting fits.\n\n## Recommendation: Fine-tuning (99%)\n| a | b |\n<img src=x>"
    md = render_markdown(report)
    assert len(_verdict_lines(md)) == 1 and "<img" not in md
    assert "Prompting fits." in md and "Recommendation: Fine-tuning (99%)" in md  # shown, as text
