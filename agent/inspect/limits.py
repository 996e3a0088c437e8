"""Caps that keep inspection bounded in time, memory and disk, whatever the input."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Per-run caps.  Every cap that triggers becomes a finding saying so."""

    max_bytes: int = 1024 * MB
    """Bytes inspected per file; the rest is skipped and reported."""
    max_line_bytes: int = 8 * MB
    """Longest JSONL line or CSV record read; longer ones are skipped and reported."""
    max_files: int = 10_000
    """Files taken from folders and archives in one run."""
    max_zip_entries: int = 10_000
    max_zip_total: int = 2048 * MB
    """Uncompressed bytes read from one archive (declared sizes and a streamed counter)."""
    max_zip_ratio: float = 200.0
    """Largest compression ratio accepted for an archive member over 1 MB."""
    max_zip_member: int = 256 * MB
    """Largest part of a DOCX or XLSX file read (declared, and counted while inflating)."""
    max_xml_part: int = 4 * MB
    """Largest DOCX/XLSX part that is parsed whole (styles, workbook, relationships, content
    types); the document body, the sheet and the shared strings are streamed.  A parsed part
    costs about 30 times its size in memory (a 15 MB styles.xml peaked at 560 MB), so 4 MB
    keeps every such file under 300 MB; real ones are a few hundred KB."""
    max_cell_chars: int = 1 * MB
    """Longest cell, shared string or paragraph kept from a workbook, Parquet file or
    Word document; longer ones are cut and reported."""
    max_xlsx_strings: int = 2_000_000
    """Shared strings kept from one workbook."""
    max_xlsx_string_bytes: int = 128 * MB
    """UTF-8 bytes of shared strings kept from one workbook."""
    max_member_buffer: int = 256 * MB
    """Largest archive member read into memory for formats that need random access."""
    max_json_document: int = 256 * MB
    """Largest single JSON (not JSONL) document parsed in one piece."""
    max_pdf_pages: int = 2_000
    max_xlsx_rows: int = 1_000_000
    max_csv_field: int = 8 * MB
    pdf_seconds: float = 120.0
    """Wall-clock budget per PDF (checked between pages)."""
    novelty_sample: int = 5_000
    """Examples analysed in full for answer novelty and templates before sampling every 20th."""

    def with_max_bytes(self, max_bytes: int | None) -> Limits:
        """A copy with ``max_bytes`` replaced when given."""
        return self if max_bytes is None else replace(self, max_bytes=max(1, int(max_bytes)))

    def as_dict(self) -> dict[str, Any]:
        """The caps as a plain dict (for reports)."""
        return asdict(self)


DEFAULT_LIMITS = Limits()
