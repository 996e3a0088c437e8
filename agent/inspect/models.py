"""Pydantic models of a data inspection: findings, per-file reports, the summary.

Everything here is plain data so a report can be dumped to JSON
(``model_dump(mode="json")``) and rendered to Markdown without touching the files
again.  Findings never carry raw personal data: detectors store the kind, the line
and a masked hint only.
"""

from __future__ import annotations

from typing import Any, Literal

from ftaudit.facts import Fact
from pydantic import BaseModel, Field

Severity = Literal["error", "warning", "info"]

MAX_LINES_PER_FINDING = 20
"""How many line numbers a finding keeps (the count is always exact)."""


class Finding(BaseModel):
    """One kind of problem (or notable property) in one file, with where it occurs.

    ``count`` is exact; ``lines`` keeps the first :data:`MAX_LINES_PER_FINDING`
    1-based line (or row) numbers it was seen on.
    """

    severity: Severity
    code: str
    message: str
    file: str | None = None
    lines: list[int] = Field(default_factory=list)
    count: int = 1
    examples: list[str] = Field(default_factory=list)
    """Short, masked illustrations (never raw personal data)."""

    def where(self) -> str:
        """``file: lines 3, 7, 9 (+12 more)`` for reports."""
        out = self.file or ""
        if self.lines:
            shown = ", ".join(str(n) for n in self.lines)
            more = self.count - len(self.lines)
            out += f" line{'s' if len(self.lines) > 1 else ''} {shown}"
            if more > 0 and len(self.lines) >= MAX_LINES_PER_FINDING:
                out += f" (+{more} more)"
        return out.strip()


class Distribution(BaseModel):
    """Summary statistics of a list of numbers (true percentiles)."""

    n: int = 0
    min: float = 0
    max: float = 0
    mean: float = 0
    median: float = 0
    p5: float = 0
    p10: float = 0
    p90: float = 0
    p95: float = 0
    histogram: list[tuple[float, int]] = Field(default_factory=list)
    """``(upper bound, count)`` buckets on a log-ish scale, for charts."""


class PiiHit(BaseModel):
    """Personal data of one kind found in one file (values masked)."""

    kind: str
    file: str
    count: int
    lines: list[int] = Field(default_factory=list)
    masked: list[str] = Field(default_factory=list)


class RevisionMarker(BaseModel):
    """A revision or date marker found in a document."""

    file: str
    line: int
    text: str
    date: str | None = None
    """ISO date (``YYYY-MM-DD``; day 01 when only a month is given)."""


class FileReport(BaseModel):
    """What one input file (or archive member) held."""

    path: str
    name: str
    format: str = "unknown"
    """Detected container format: jsonl, json, csv, tsv, xlsx, parquet, txt, md, pdf, docx, zip…"""
    kind: Literal["examples", "documents", "archive", "unreadable", "empty", "unsupported"] = (
        "unreadable"
    )
    example_format: str | None = None
    """chat, prompt_completion, preference, table (prompt/label columns) or None."""
    encoding: str | None = None
    size_bytes: int | None = None
    bytes_inspected: int = 0
    truncated: bool = False
    n_records: int = 0
    """Lines, rows or array items read (records that could be parsed or not)."""
    n_examples: int = 0
    """Records that are valid training examples."""
    n_invalid: int = 0
    n_pages: int = 0
    doc_tokens: int = 0
    columns: list[str] = Field(default_factory=list)
    column_map: dict[str, str] = Field(default_factory=dict)
    """For tables: which column was read as the prompt and which as the answer."""
    findings: list[Finding] = Field(default_factory=list)

    def errors(self) -> list[Finding]:
        """Findings with severity ``error``."""
        return [f for f in self.findings if f.severity == "error"]


class DataSummary(BaseModel):
    """Dataset-level numbers the audit engine and the reports read."""

    n_files: int = 0
    n_examples: int = 0
    """Valid examples (all files together, duplicates included)."""
    n_unique_examples: int = 0
    n_invalid: int = 0
    example_format: str | None = None
    task_shape: Literal["classification", "extraction", "generation"] | None = None
    n_labels: int | None = None
    label_distribution: dict[str, int] = Field(default_factory=dict)
    label_imbalance: float | None = None
    """Count of the most frequent label over the least frequent."""
    answer_novelty: float | None = None
    """Share of answer facts (numbers, names, ids) absent from their prompt, 0..1."""
    novel_facts_per_example: float | None = None
    """Distinct novel answer facts per sampled example (low = a closed set that recurs)."""
    json_answer_share: float | None = None
    format_consistency: float | None = None
    """Share of answers with the most common structure (JSON key set or line template)."""
    dominant_template: str | None = None
    n_duplicates: int = 0
    n_near_duplicates: int = 0
    n_conflicts: int = 0
    mean_prompt_tokens: float | None = None
    median_prompt_tokens: float | None = None
    median_system_tokens: float | None = None
    median_answer_tokens: float | None = None
    prompt_token_lengths: Distribution | None = None
    total_token_lengths: Distribution | None = None
    answer_token_lengths: Distribution | None = None
    messages_per_example: Distribution | None = None
    billing_tokens: dict[int, int] = Field(default_factory=dict)
    """Per training-example token limit: Σ min(limit, tokens) over valid examples
    (the cookbook's billable tokens)."""
    over_limit: dict[str, int] = Field(default_factory=dict)
    """Examples over each target model's training-example limit."""
    tokenizer: str = ""
    n_documents: int = 0
    n_pages: int = 0
    doc_tokens: int = 0
    revision_markers: list[RevisionMarker] = Field(default_factory=list)
    estimated_change_days: float | None = None
    injection_suspected: int = 0
    """Records or lines that look like instructions aimed at the auditor or a model."""
    pii_findings: list[PiiHit] = Field(default_factory=list)
    formula_cells: int = 0


class DataReport(BaseModel):
    """The result of :func:`ftaudit.inspect.inspect_paths`."""

    files: list[FileReport] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    summary: DataSummary = Field(default_factory=DataSummary)
    facts: list[Fact] = Field(default_factory=list)
    limits: dict[str, Any] = Field(default_factory=dict)

    def errors(self) -> list[Finding]:
        """Findings with severity ``error``."""
        return [f for f in self.findings if f.severity == "error"]

    def finding(self, code: str, file: str | None = None) -> Finding | None:
        """The first finding with ``code`` (in ``file`` if given), or None."""
        for f in self.findings:
            if f.code == code and (file is None or f.file == file):
                return f
        return None

    def count(self, code: str, file: str | None = None) -> int:
        """Total count of findings with ``code`` (in ``file`` if given)."""
        return sum(f.count for f in self.findings if f.code == code and (file in (None, f.file)))

    def to_markdown(self) -> str:
        """A human-readable report (see :mod:`ftaudit.inspect.markdown`)."""
        from ftaudit.inspect.markdown import report_markdown

        return report_markdown(self)

    # -- notebooks -----------------------------------------------------------------------

    def __repr__(self) -> str:
        from ftaudit.integrations.notebook import data_report_repr

        return data_report_repr(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def _repr_html_(self) -> str:
        from ftaudit.integrations.notebook import markdown_html

        return markdown_html(self.to_markdown())
