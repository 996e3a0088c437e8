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
from ftaudit.ui.web.panel import report_html
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
    page = report_html(report, md)
    low = page.lower()
    for tag in ("<script", "<img", "<iframe", "<svg onload"):  # user text shows as text, never as a tag
        assert tag not in low, tag
    assert not re.search(r"""<[a-z][^<>]*\s(src|href)\s*=\s*["']?(https?:|javascript:|//)""", page, re.I)
    assert not re.search(r"(?<!\\)!\[[^\]]*\]\(https?://", md), "no live image link in the Markdown"
