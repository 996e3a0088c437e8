"""The HTML report's structure, read back with the standard library's parser: a heading per
section, a table per facts block, charts inside the section they belong to, and no HTML that a
user, a data file or a model wrote."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ftaudit import AuditReport, audit

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "support-macro-replies"
EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>'
ALLOWED = {"html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2", "h3", "p", "em",
           "strong", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "blockquote",
           "div", "figure", "figcaption", "svg", "g", "rect", "line", "text", "path", "circle", "polyline",
           "tspan"}


class Page(HTMLParser):
    """Every element as (tag, attributes, ids of the sections it is in); text per heading and per table."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None], tuple[str, ...]]] = []
        self.sections: list[str] = []
        self.headings: dict[str, list[str]] = {}
        self.tables: dict[str, list[list[list[str]]]] = {}
        self._open: list[str] = []
        self._heading: str | None = None
        self._text: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section":
            self.sections.append(a.get("id") or "")
            self._open.append(a.get("id") or "")
        where = self._open[-1] if self._open else ""
        self.elements.append((tag, a, tuple(self._open)))
        if tag in ("h1", "h2", "h3"):
            self._heading, self._text = tag, []
        elif tag == "table":
            self.tables.setdefault(where, []).append([])
        elif tag == "tr":
            self.tables[where][-1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self._open.pop()
        elif tag == self._heading:
            where = self._open[-1] if self._open else ""
            self.headings.setdefault(where, []).append(f"{tag}:{''.join(self._text).strip()}")
            self._heading = None
        elif tag in ("td", "th") and self._cell is not None:
            where = self._open[-1] if self._open else ""
            self.tables[where][-1][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._heading:
            self._text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def parsed(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    return p


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> AuditReport:
    case = tmp_path_factory.mktemp("case") / "support"
    shutil.copytree(EXAMPLE, case)
    (case / "approved-replies.jsonl").rename(case / "<img src=x onerror=alert(2)>.jsonl")  # no '/' in a name
    text = (EXAMPLE / "case.md").read_text(encoding="utf-8")
    (case / "case.md").write_text(text + f"\n\nOur team {EVIL} writes them.\n", encoding="utf-8")
    return audit(case)


def test_each_section_has_its_heading_and_the_verdict_comes_first(report: AuditReport) -> None:
    page = parsed(report.to_html())
    assert page.headings[""][0].startswith("h1:ftaudit report:")
    assert page.sections[0] == "verdict"
    for required in ("criteria", "change", "facts", "data", "cost", "next"):
        assert required in page.sections, required
    for section in page.sections:
        if section != "verdict":
            h2 = [h for h in page.headings.get(section, []) if h.startswith("h2:")]
            assert len(h2) == 1, (section, h2)
    assert page.headings["facts"] == ["h2:Facts used"]
    criteria = [h for h in page.headings["criteria"] if h.startswith("h3:")]
    assert len(criteria) == len(report.criteria) > 0
    assert all(any(c.id in h for h in criteria) for c in report.criteria)


def test_a_table_per_facts_block_with_a_row_per_fact(report: AuditReport) -> None:
    page = parsed(report.to_html())
    (facts,) = page.tables["facts"]
    assert facts[0] == ["fact", "value", "source"]
    assert len(facts) - 1 == len(report.facts)
    assert all(len(row) == 3 for row in facts)
    unsure = [f for f in report.facts if not f.sure]
    if unsure:
        (low,) = page.tables["unsure"]
        assert low[0] == ["fact", "read as", "confidence", "from"] and len(low) - 1 == len(unsure)
    assert report.data is not None
    files = next(t for t in page.tables["data"] if t[0][0] == "file")
    assert [row[0] for row in files[1:]] == [f.name for f in report.data.files]
    assert f"{report.data.summary.n_examples:,}" in {row[1] for t in page.tables["data"] for row in t}


def test_charts_sit_in_their_own_sections_and_stack_on_a_phone(report: AuditReport) -> None:
    html = report.to_html()
    page = parsed(html)
    svgs = {where[-1] for tag, _, where in page.elements if tag == "svg" and where}
    assert {"verdict", "criteria", "data", "cost"} <= svgs
    assert "@media (max-width:640px){.with-chart{grid-template-columns:minmax(0,1fr)}" in html
    assert 'name="viewport"' in html


def test_no_user_html_gets_through(report: AuditReport) -> None:
    narrative = f"**Short** answer. {EVIL} [click](javascript:alert(3)) ![x](https://attacker.example/p.png)"
    page_html = report.model_copy(update={"narrative": narrative, "case": EVIL}).to_html()
    page = parsed(page_html)
    tags = {tag for tag, _, _ in page.elements}
    assert tags <= ALLOWED, tags - ALLOWED
    for tag, attrs, _ in page.elements:
        assert not any(k.startswith("on") or k in ("src", "href") for k in attrs), (tag, attrs)
    assert "&lt;script&gt;" in page_html and "&lt;img src=x" in page_html
    brief = [tag for tag, _, where in page.elements if where and where[-1] == "brief"]
    assert "strong" in brief  # the narrative's Markdown is rendered, its HTML is not
    assert "<svg onload" not in page_html.lower()


def test_one_formatter_words_a_fact_the_same_in_every_output() -> None:
    from ftaudit.facts import format_value
    from ftaudit.ui.web.panel import facts_html

    r = audit("Staff ask questions about our HR policies. The policies are updated every two weeks and answers "
              "must cite the policy section. About 3,000 questions a month.")
    days = next(f for f in r.facts if f.field == "knowledge_change_days")
    assert format_value(days.field, days.value) == "every two weeks"
    assert format_value("knowledge_change_days", 14) == "every two weeks"
    assert format_value("probe_macro_f1", 0.853) == "0.85" and format_value("needs_citations", True) == "yes"
    (facts,) = parsed(r.to_html()).tables["facts"]
    facts_row = next(row for row in facts if "every two weeks" in row)
    assert facts_row[0].startswith("How often")
    assert "| every two weeks |" in r.to_markdown()
    assert "every two weeks" in facts_html(r)
