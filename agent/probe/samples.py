"""Collect the examples and document text the probes need, in the inspector's own pass.

:class:`CollectingInspector` is the data inspector with two taps: every example the
inspector accepts and every text unit of a document are also kept (capped, and sampled
deterministically beyond the cap).  The files are read once, by the inspector's readers,
with all its limits and hostile-input guarantees.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.inspector import Inspector, Progress
from ftaudit.inspect.limits import DEFAULT_LIMITS, Limits
from ftaudit.inspect.models import DataReport, FileReport
from ftaudit.inspect.readers import ReadState
from ftaudit.inspect.schema import Example, detect_format
from ftaudit.inspect.sources import Source
from ftaudit.inspect.tables import cell_text
from ftaudit.probe.columns import infer_columns, label_like

MAX_EXAMPLES = 100_000
"""Examples kept for the probes; beyond this a seeded reservoir sample is kept."""
MAX_TEXT_CHARS = 4_000
"""Characters kept of each prompt and answer (the probes need no more)."""
MAX_DOCUMENT_CHARS = 4_000_000
"""Characters of document text kept for the retrievability probe."""
MAX_RAW_CHARS = 60_000_000
"""Characters of table cells kept (all tables together) to choose columns by content."""
MAX_COLUMNS = 64
"""Columns of a table row kept for that (the rest are never a table's text or label here)."""
SEED = 13
CODE_EXTENSIONS = frozenset({".py", ".js", ".ts", ".sh", ".ipynb", ".java", ".go", ".rs", ".c", ".cpp", ".rb", ".sql"})
"""Source files are read by the inspector but are not documents for the retrievability probe."""



def _shown(name: str) -> str:
    """A file name as reports show it: bytes that are not UTF-8 (surrogate escapes) become U+FFFD."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return name.encode("utf-8", "replace").decode("utf-8")

@dataclass(frozen=True, slots=True)
class Sample:
    """One usable example: the input text, the answer and where it came from."""

    text: str
    answer: str
    file: str
    line: int


@dataclass
class Samples:
    """What the probes run on: examples, documents, and whether either was cut or sampled."""

    examples: list[Sample] = field(default_factory=list)
    seen: int = 0
    """Usable examples the inspector accepted (``len(examples)`` is at most :data:`MAX_EXAMPLES`)."""
    documents: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """Per document: its text units with their line (or page) numbers."""
    document_chars: int = 0
    documents_cut: bool = False
    inferred: dict[str, str] = field(default_factory=dict)
    """Tables read by content (the header named no label column): file -> which columns."""

    @property
    def sampled(self) -> bool:
        """True when more examples were read than kept."""
        return self.seen > len(self.examples)


class CollectingInspector(Inspector):
    """The inspector, also keeping the examples and document text it reads (one process)."""

    def __init__(self, limits: Limits, *, progress: Progress | None = None, max_examples: int = MAX_EXAMPLES,
                 max_document_chars: int = MAX_DOCUMENT_CHARS) -> None:
        # One worker: examples read in forked workers would not reach this process.
        super().__init__(limits, workers=1, progress=progress)
        self.samples = Samples()
        self._max = max_examples
        self._max_doc = max_document_chars
        self._rng = random.Random(SEED)
        self._raw_chars = 0

    def _use(self, ex: Example | None, fr: FileReport, idx: int, fmt: str, line: int) -> None:
        before = fr.n_examples
        super()._use(ex, fr, idx, fmt, line)
        if ex is None or fr.n_examples == before:
            return
        s = self.samples
        s.seen += 1
        sample = Sample((ex.user or ex.prompt)[:MAX_TEXT_CHARS], ex.answer[:MAX_TEXT_CHARS], _shown(fr.name), line)
        if len(s.examples) < self._max:
            s.examples.append(sample)
            return
        j = self._rng.randrange(s.seen)  # reservoir sampling: every example kept with equal chance
        if j < self._max:
            s.examples[j] = sample

    def _keep(self, raw: list[tuple[int, dict[str, str]]], rec: dict[Any, Any], line: int) -> None:
        if len(raw) >= self._max or self._raw_chars >= MAX_RAW_CHARS:
            return
        row = {str(k): cell_text(v)[:MAX_TEXT_CHARS] for k, v in list(rec.items())[:MAX_COLUMNS]}
        self._raw_chars += sum(len(v) for v in row.values())
        raw.append((line, row))

    def _records(self, records: Iterator[tuple[int, Any]], fr: FileReport, sink: FindingSink, idx: int,
                 state: ReadState, file_fmt: str | None = None) -> None:
        raw: list[tuple[int, dict[str, str]]] = []

        def tap() -> Iterator[tuple[int, Any]]:
            for line, rec in records:
                if isinstance(rec, dict) and detect_format(rec) is None:
                    self._keep(raw, rec, line)
                yield line, rec

        super()._records(tap(), fr, sink, idx, state, file_fmt)
        if raw:
            self._by_content(raw, fr, fr.example_format == "table")

    def _rows(self, rows: Iterator[tuple[int, dict[str, Any]]], fr: FileReport, sink: FindingSink, idx: int,
              state: ReadState, *, formulas: bool) -> None:
        raw: list[tuple[int, dict[str, str]]] = []

        def tap() -> Iterator[tuple[int, dict[str, Any]]]:
            for line, rec in rows:
                self._keep(raw, rec, line)
                yield line, rec

        super()._rows(tap(), fr, sink, idx, state, formulas=formulas)
        if raw and fr.example_format != "chat":
            self._by_content(raw, fr, fr.example_format == "table")

    def _by_content(self, raw: list[tuple[int, dict[str, str]]], fr: FileReport, read: bool) -> None:
        """Read a table's text and label columns by content when the header named no label column.

        ``read``: the inspector read the table by its header; its reading stands unless its answer
        column is not label-like and a column whose name says "label" is.
        """
        answer = fr.column_map.get("answer", "")
        if read and label_like([r.get(answer, "") for _, r in raw]):
            return
        roles = infer_columns([r for _, r in raw[:5_000]])  # the roles, from the first rows
        if roles is None or (read and not roles[2]):
            return
        texts, label, _ = roles
        s = self.samples
        before = len(s.examples)
        s.examples = [e for e in s.examples if e.file != _shown(fr.name)]
        s.seen -= before - len(s.examples)
        s.inferred[_shown(fr.name)] = f"input from {', '.join(texts)}; answer from {label}"
        for line, rec in raw:
            text = "\n".join(rec.get(c, "") for c in texts).strip()
            value = rec.get(label, "").strip()
            if text and value:
                s.seen += 1
                s.examples.append(Sample(text, value, _shown(fr.name), line))

    def _document(self, units: Iterator[tuple[int, str]], fr: FileReport, sink: FindingSink,
                  state: ReadState, src: Source) -> None:
        if src.ext in CODE_EXTENSIONS:  # a program is not a document the answers could be retrieved from
            super()._document(units, fr, sink, state, src)
            return
        kept = self.samples.documents.setdefault(_shown(src.display), [])

        def tap() -> Iterator[tuple[int, str]]:
            s = self.samples
            for line, text in units:
                if text and not text.isspace():
                    if s.document_chars + len(text) <= self._max_doc:
                        kept.append((line, text))
                        s.document_chars += len(text)
                    else:
                        s.documents_cut = True
                yield line, text

        super()._document(tap(), fr, sink, state, src)
        if not kept:
            del self.samples.documents[_shown(src.display)]


def inspect_and_collect(paths: Sequence[str | Path], *, limits: Limits | None = None,
                        progress: Progress | None = None) -> tuple[DataReport, Samples]:
    """Inspect ``paths`` (exactly as :func:`ftaudit.inspect.inspect_paths` does) and keep the
    examples and document text for the probes."""
    inspector = CollectingInspector(limits or DEFAULT_LIMITS, progress=progress)
    report = inspector.run(paths)
    return report, inspector.samples

