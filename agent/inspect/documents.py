"""Document readers (text, Markdown, PDF, DOCX) and revision/date markers.

Documents are measured (pages, tokens, dates), scanned for personal data and
injected instructions, and never executed or followed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.limits import Limits
from ftaudit.inspect.textio import LineReader

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    rf"(\d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|{_MON} \d{{1,2}},? \d{{4}}|"
    rf"\d{{1,2}} {_MON} \d{{4}}|{_MON} \d{{4}})"
)
REVISION = re.compile(
    r"\b(?:rev(?:ision)?\.?|version|ver\.|updated|last updated|last revised|revised|amended|"
    r"effective(?: date| from)?|as of|valid from|published|issued|date)\s*[:#]?\s*(?:on\s+)?"
    + _DATE,
    re.I,
)
VERSION_ONLY = re.compile(
    r"\b(?:rev(?:ision)?\.?|version|ver\.)\s*[:#]?\s*v?(\d+(?:\.\d+){0,2})\b", re.I
)


def parse_date(text: str) -> date | None:
    """A :class:`datetime.date` for the date forms :data:`REVISION` captures (day 1 if absent)."""
    t = text.strip().lower().replace(",", "")
    try:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", t)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3] or 1))
        m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", t)
        if m:
            a, b, y = int(m[1]), int(m[2]), int(m[3])
            return date(y, b, a) if a > 12 else date(y, a, b) if b > 12 else date(y, b, a)
        parts = t.replace(".", "").split()
        if len(parts) == 2:
            return date(int(parts[1]), _MONTHS[parts[0][:3]], 1)
        if len(parts) == 3:
            if parts[0].isdigit():
                return date(int(parts[2]), _MONTHS[parts[1][:3]], int(parts[0]))
            return date(int(parts[2]), _MONTHS[parts[0][:3]], int(parts[1]))
    except (ValueError, KeyError):
        return None
    return None


def read_text(
    stream: IO[bytes], sink: FindingSink, limits: Limits, encoding: str, state: object
) -> Iterator[tuple[int, str]]:
    """Lines of a text or Markdown document."""
    reader = LineReader.capped(stream, sink, limits, encoding)
    try:
        yield from reader
    finally:
        state.bytes_read = reader.bytes_read  # type: ignore[attr-defined]
        state.truncated = reader.truncated  # type: ignore[attr-defined]


def read_pdf(
    stream: IO[bytes], sink: FindingSink, limits: Limits, state: object
) -> Iterator[tuple[int, str]]:
    """Text of each page of a PDF (page number as the line), plus its metadata as page 0."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(stream)
        if reader.is_encrypted:
            ok: Any
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                sink.add(
                    "error",
                    "encrypted_pdf",
                    "the PDF is password-protected; remove the password and upload it again",
                )
                return
        pages = reader.pages
        n_pages = len(pages)
    except Exception as exc:
        sink.add(
            "error",
            "unreadable_pdf",
            f"the PDF cannot be read ({type(exc).__name__}); it may be truncated or corrupt",
        )
        return
    state.n_pages = n_pages  # type: ignore[attr-defined]
    try:
        meta: Any = reader.metadata or {}
        meta_text = " ".join(
            str(meta.get(k, ""))
            for k in ("/Title", "/Author", "/Subject", "/Keywords")
            if meta.get(k)
        )
        if meta_text:
            yield 0, meta_text
    except Exception:
        pass
    start = time.monotonic()
    empty = 0
    for i in range(min(n_pages, limits.max_pdf_pages)):
        if time.monotonic() - start > limits.pdf_seconds:
            sink.add(
                "warning",
                "pdf_timeout",
                f"stopped after {i} pages: the PDF took longer than {limits.pdf_seconds:.0f} s",
            )
            state.truncated = True  # type: ignore[attr-defined]
            return
        try:
            text = pages[i].extract_text() or ""
        except Exception:
            sink.add("warning", "pdf_page_unreadable", "a page could not be read", i + 1)
            continue
        if not text.strip():
            empty += 1
        yield i + 1, text
    if n_pages > limits.max_pdf_pages:
        state.truncated = True  # type: ignore[attr-defined]
        sink.add("warning", "truncated", f"only the first {limits.max_pdf_pages:,} pages were read")
    if n_pages and empty == min(n_pages, limits.max_pdf_pages):
        sink.add(
            "warning",
            "no_text_layer",
            "no page has extractable text (a scan?); OCR is not supported",
        )


def read_docx(
    stream: IO[bytes], sink: FindingSink, limits: Limits, state: object
) -> Iterator[tuple[int, str]]:
    """Paragraphs and table cells of a Word document (paragraph number as the line), streamed
    within the archive caps (see :mod:`ftaudit.inspect.ooxml`)."""
    from ftaudit.inspect.ooxml import read_docx_stream

    yield from read_docx_stream(stream, sink, limits, state)
