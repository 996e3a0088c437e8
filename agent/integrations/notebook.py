"""How reports show in Jupyter: a one-line repr, the Markdown report, and HTML made from it."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ftaudit.facts import APPROACH_LABELS


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt

    # html=False: raw HTML in the Markdown is shown as text, never rendered (user text
    # is escaped by the report's renderer already; this is the second fence).
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown_html(markdown: str) -> str:
    """``markdown`` as an HTML fragment for a notebook cell (no scripts, no raw HTML)."""
    return f'<div class="ftaudit-report">{_parser().render(markdown)}</div>'


def report_repr(report: Any) -> str:
    """``<AuditReport 'tickets': Fine-tuning (75%), also RAG; 4 criteria, 9 citations>``."""
    also = ", ".join(APPROACH_LABELS.get(a, a) for a in report.also)
    return (f"<AuditReport {report.case!r}: {APPROACH_LABELS.get(report.approach, report.approach)} "
            f"({report.confidence:.0%}){', also ' + also if also else ''}; {len(report.criteria)} criteria, "
            f"{len(report.citations)} citations, {len(report.open_questions)} open questions>")


def data_report_repr(report: Any) -> str:
    """``<DataReport 2 files: 117 examples (chat), 3 documents; 2 errors, 5 warnings>``."""
    s = report.summary
    parts = [f"{s.n_examples:,} examples" + (f" ({s.example_format})" if s.example_format else "")]
    if s.n_documents:
        parts.append(f"{s.n_documents:,} documents")
    errors = sum(1 for f in report.findings if f.severity == "error")
    warnings = sum(1 for f in report.findings if f.severity == "warning")
    return (f"<DataReport {len(report.files)} file{'s' if len(report.files) != 1 else ''}: {', '.join(parts)}; "
            f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}>")
