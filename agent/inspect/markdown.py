"""Markdown rendering of a :class:`~ftaudit.inspect.models.DataReport`.

File names and finding examples come from uploaded data: they are escaped so the
report cannot carry live links, images, HTML or table breaks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ftaudit.inspect.models import DataReport, Distribution

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def esc(text: str, limit: int = 120) -> str:
    """Escape Markdown/HTML control characters and cut ``text`` to ``limit`` characters."""
    t = text.replace("\n", " ").replace("\r", " ")
    if len(t) > limit:
        t = t[: limit - 1] + "…"
    return _MD_SPECIAL.sub(r"\\\1", t)


def _dist(name: str, d: Distribution | None) -> str:
    if d is None or not d.n:
        return ""
    return (
        f"| {name} | {d.min:,.0f} | {d.p5:,.0f} | {d.median:,.0f} | {d.mean:,.1f} | "
        f"{d.p95:,.0f} | {d.max:,.0f} |"
    )


def report_markdown(report: DataReport) -> str:
    """The whole report as Markdown."""
    s = report.summary
    out: list[str] = ["# Data inspection", ""]
    n_err = sum(f.count for f in report.findings if f.severity == "error")
    n_warn = sum(f.count for f in report.findings if f.severity == "warning")
    out.append(
        f"{s.n_files} file(s); {s.n_examples:,} valid examples "
        f"({s.n_unique_examples:,} unique), {s.n_invalid:,} unusable records; "
        f"{s.n_documents:,} documents. {n_err:,} errors, {n_warn:,} warnings."
    )
    out.append("")
    out.append(
        "Text in these files was measured and scanned only; instructions found in it were "
        "not followed."
    )
    out.append("")
    out += [
        "## Files",
        "",
        "| file | format | kind | records | valid examples | unusable | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for fr in report.files:
        notes = []
        if fr.truncated:
            notes.append(f"truncated after {fr.bytes_inspected:,} bytes")
        if fr.encoding and fr.encoding not in ("utf-8",):
            notes.append(f"encoding {fr.encoding}")
        if fr.column_map:
            notes.append(", ".join(f"{k}={esc(v, 30)}" for k, v in fr.column_map.items()))
        if fr.kind == "documents":
            notes.append(f"{fr.n_pages} pages, {fr.doc_tokens:,} tokens")
        out.append(
            f"| {esc(fr.path, 80)} | {fr.format}{'/' + fr.example_format if fr.example_format else ''}"
            f" | {fr.kind} | {fr.n_records:,} | {fr.n_examples:,} | {fr.n_invalid:,} | "
            f"{'; '.join(notes)} |"
        )
    out.append("")
    if s.n_examples:
        out += ["## Examples", ""]
        out.append(
            f"- Format: **{s.example_format}**; task shape: **{s.task_shape}**"
            + (f"; {s.n_labels} labels" if s.n_labels else "")
        )
        if s.label_distribution:
            dist = ", ".join(
                f"{esc(k, 40)}: {v:,}" for k, v in list(s.label_distribution.items())[:15]
            )
            out.append(f"- Label distribution: {dist} (most/least frequent = {s.label_imbalance})")
        if s.format_consistency is not None:
            out.append(
                f"- Most common answer structure covers {s.format_consistency:.0%} of answers"
                + (f" (`{esc(s.dominant_template or '', 80)}`)" if s.dominant_template else "")
            )
        if s.answer_novelty is not None:
            out.append(
                f"- Answer novelty: {s.answer_novelty:.0%} of numbers, names and ids in answers "
                f"are absent from their prompts ({s.novel_facts_per_example} distinct new facts "
                "per example); high values mean the data teaches knowledge, not behaviour"
            )
        out.append(
            f"- Duplicates: {s.n_duplicates:,} exact, {s.n_near_duplicates:,} near; "
            f"{s.n_conflicts:,} prompts with conflicting answers"
        )
        out += [
            "",
            f"Token counts ({s.tokenizer}):",
            "",
            "| tokens per example | min | p5 | median | mean | p95 | max |",
            "|---|---|---|---|---|---|---|",
        ]
        for name, d in (
            ("total", s.total_token_lengths),
            ("prompt", s.prompt_token_lengths),
            ("answer (assistant)", s.answer_token_lengths),
            ("messages per example", s.messages_per_example),
        ):
            row = _dist(name, d)
            if row:
                out.append(row)
        out.append("")
        for name, n in s.over_limit.items():
            out.append(f"- {n:,} examples over the training limit of {name}")
        for limit, toks in s.billing_tokens.items():
            out.append(f"- ~{toks:,} billable training tokens per epoch at a {limit:,}-token limit")
        out.append("")
    if s.n_documents:
        out += [
            "## Documents",
            "",
            f"{s.n_documents:,} documents, {s.n_pages:,} pages, {s.doc_tokens:,} tokens.",
            "",
        ]
        if s.revision_markers:
            out.append("Revision / date markers:")
            for m in s.revision_markers[:20]:
                out.append(f"- {esc(m.file, 60)} line {m.line}: {esc(m.text, 60)}")
            if s.estimated_change_days:
                out.append(f"- Estimated update cadence: every {s.estimated_change_days:,.0f} days")
            out.append("")
    if s.pii_findings or s.injection_suspected or s.formula_cells:
        out += ["## Sensitive content", ""]
        for p in s.pii_findings:
            out.append(
                f"- {p.kind}: {p.count:,} in {esc(p.file, 60)} (lines "
                f"{', '.join(map(str, p.lines[:10]))}); e.g. {esc(', '.join(p.masked), 60)}"
            )
        if s.injection_suspected:
            out.append(
                f"- {s.injection_suspected:,} records contain text that tries to instruct a "
                "model or this auditor (flagged, not followed)"
            )
        if s.formula_cells:
            out.append(f"- {s.formula_cells:,} cells would run as spreadsheet formulas")
        out.append("")
    if report.findings:
        out += [
            "## Findings",
            "",
            "| severity | code | count | where | detail |",
            "|---|---|---|---|---|",
        ]
        for f in report.findings:
            lines = ", ".join(map(str, f.lines[:10])) + (
                " …" if f.count > 10 and len(f.lines) >= 10 else ""
            )
            detail = esc(f.message, 160)
            if f.examples:
                detail += " (" + esc("; ".join(f.examples), 80) + ")"
            out.append(
                f"| {f.severity} | `{f.code}` | {f.count:,} | {esc(f.file or '', 60)}"
                f"{' ' + lines if lines else ''} | {detail} |"
            )
        out.append("")
    if report.facts:
        out += ["## Facts for the audit", ""]
        for fact in report.facts:
            out.append(f"- `{fact.field}` = **{fact.value}**: {esc(fact.note or '', 200)}")
        out.append("")
    return "\n".join(out)
