"""The data formats the inspector reads, in one registry.

Each :class:`DataFormat` says which file names it goes by, how its content is recognised,
which reader turns it into records, rows or document text, and which caps of
:class:`~ftaudit.inspect.limits.Limits` that reader honours.  Sniffing, the inspector's
dispatch, the upload checks of the service and the web app's allow-list all read this
registry, so a new format is its reader module plus one :func:`register` call here (or in
the caller's own code, before inspecting)::

    from ftaudit.inspect.formats import DataFormat, register
    register(DataFormat("psv", (".psv",), "rows", read_psv, label="PSV"))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from typing import IO, Any, Literal

from ftaudit.inspect.documents import read_docx, read_pdf, read_text
from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.limits import Limits
from ftaudit.inspect.readers import ReadState, read_csv, read_json, read_jsonl, read_parquet, read_xlsx

Kind = Literal["records", "rows", "document"]
"""What a reader yields: ``records`` (JSON values checked as chat, prompt/completion or
preference examples), ``rows`` (dicts keyed by column, mapped to prompt and answer columns)
or ``document`` (text units of a document for retrieval)."""

ARCHIVE_EXTS = (".zip",)
"""Archives: not a format of their own, their members are inspected one by one."""


@dataclass(frozen=True)
class ReadContext:
    """What a reader gets besides the stream."""

    sink: FindingSink
    """Where the reader reports problems (with their line)."""
    limits: Limits
    encoding: str
    """The text encoding sniffed (``utf-8`` for binary formats)."""
    state: ReadState
    """The reader records bytes read, records seen, columns and truncation here."""


Reader = Callable[[IO[bytes], ReadContext], Iterator[tuple[int, Any]]]
"""``reader(stream, context)`` yields ``(line, item)``: a JSON value, a row dict or a text unit."""

Detect = Callable[[str, bytes], bool]
"""``detect(extension, head)``: True when content that starts with a format's magic bytes is
this format (ZIP-based formats share their magic; the members named in the head tell)."""


@dataclass(frozen=True)
class DataFormat:
    """One data format the inspector reads."""

    name: str
    """The format's name in reports (``FileReport.format``)."""
    extensions: tuple[str, ...]
    """Lower-case file extensions with the dot; the first is the usual one."""
    kind: Kind
    reader: Reader
    label: str = ""
    """How messages name it (``JSONL``, ``PDF``); defaults to the name in capitals."""
    magic: bytes = b""
    """First bytes every file of a binary format starts with; empty for text formats."""
    detect: Detect | None = None
    """For formats whose magic is shared (ZIP containers): whether a head is this format."""
    seekable: bool = False
    """The reader needs random access (archive members are copied to a temporary file first)."""
    formulas: bool = False
    """Rows may hold spreadsheet formulas (cells starting with ``=`` are flagged)."""
    utf8_only: bool = False
    """The format is UTF-8 by definition (JSON): bad bytes are findings, not another codec."""
    parallel: bool = False
    """Large local files may be split across worker processes (JSON Lines)."""
    caps: tuple[str, ...] = ()
    """The :class:`Limits` fields the reader honours besides ``max_bytes``."""

    @property
    def binary(self) -> bool:
        """True for formats recognised by their magic bytes rather than decoded as text."""
        return bool(self.magic)

    @property
    def shown(self) -> str:
        """The label used in messages."""
        return self.label or self.name.upper()


_REGISTRY: dict[str, DataFormat] = {}
_LIMIT_FIELDS = frozenset(f.name for f in fields(Limits))


def register(fmt: DataFormat) -> None:
    """Add ``fmt`` (or replace the format of the same name).

    Raises ValueError when an extension is not lower-case with a dot, another format already
    claims one of its extensions, or a cap is not a field of :class:`Limits`.
    """
    for ext in fmt.extensions:
        if not ext.startswith(".") or ext != ext.lower():
            raise ValueError(f"extension {ext!r} must be lower case and start with a dot")
        owner = by_extension(ext)
        if owner is not None and owner.name != fmt.name:
            raise ValueError(f"{ext} is already read as {owner.name}")
        if ext in ARCHIVE_EXTS:
            raise ValueError(f"{ext} is an archive, not a data format")
    unknown = [c for c in fmt.caps if c not in _LIMIT_FIELDS]
    if unknown:
        raise ValueError(f"caps not in Limits: {', '.join(unknown)}")
    _REGISTRY[fmt.name] = fmt


def unregister(name: str) -> None:
    """Remove the format called ``name`` (no error when there is none)."""
    _REGISTRY.pop(name, None)


def registered() -> tuple[DataFormat, ...]:
    """Every registered format, in registration order."""
    return tuple(_REGISTRY.values())


def by_name(name: str) -> DataFormat | None:
    """The format called ``name``, if registered."""
    return _REGISTRY.get(name)


def by_extension(ext: str) -> DataFormat | None:
    """The format a file with extension ``ext`` (``.csv``) claims to be, if any."""
    ext = ext.lower()
    return next((f for f in _REGISTRY.values() if ext in f.extensions), None)


def upload_suffixes() -> tuple[str, ...]:
    """The extensions a file sent to the service or the web app may have: every format's, and ZIP."""
    return tuple(e for f in _REGISTRY.values() for e in f.extensions) + ARCHIVE_EXTS


def expected_magic(ext: str) -> bytes | None:
    """The bytes a file named ``.ext`` must start with (binary formats and archives), else None."""
    if ext.lower() in ARCHIVE_EXTS:
        return b"PK\x03\x04"
    fmt = by_extension(ext)
    return fmt.magic if fmt is not None and fmt.binary else None


def described() -> str:
    """The formats in words, for messages: examples as …, documents as …, or several in a ZIP."""
    examples = [f.shown for f in _REGISTRY.values() if f.kind != "document"]
    documents = [f.shown for f in _REGISTRY.values() if f.kind == "document"]
    return (f"examples as {_or(examples)}, documents as {_or(documents)}, "
            "or several files in a ZIP")


def _or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1] if words else "none"


def _is_xlsx(ext: str, head: bytes) -> bool:
    return ext in (".xlsx", ".xlsm") or b"xl/" in head[:4096]


def _is_docx(ext: str, head: bytes) -> bool:
    return ext == ".docx" or b"word/" in head[:4096]


for _fmt in (
    DataFormat("jsonl", (".jsonl", ".ndjson"), "records", label="JSONL", utf8_only=True, parallel=True,
               caps=("max_line_bytes",),
               reader=lambda fh, c: read_jsonl(fh, c.sink, c.limits, c.encoding, c.state)),
    DataFormat("json", (".json",), "records", utf8_only=True, caps=("max_json_document",),
               reader=lambda fh, c: read_json(fh, c.sink, c.limits, c.encoding, c.state)),
    DataFormat("csv", (".csv",), "rows", formulas=True, caps=("max_line_bytes", "max_csv_field"),
               reader=lambda fh, c: read_csv(fh, c.sink, c.limits, c.encoding, c.state, ",")),
    DataFormat("tsv", (".tsv", ".tab"), "rows", formulas=True, caps=("max_line_bytes", "max_csv_field"),
               reader=lambda fh, c: read_csv(fh, c.sink, c.limits, c.encoding, c.state, "\t")),
    DataFormat("xlsx", (".xlsx", ".xlsm"), "rows", magic=b"PK\x03\x04", detect=_is_xlsx, seekable=True,
               formulas=True, caps=("max_zip_member", "max_xml_part", "max_cell_chars", "max_xlsx_strings",
                                    "max_xlsx_string_bytes", "max_xlsx_rows", "max_member_buffer"),
               reader=lambda fh, c: read_xlsx(fh, c.sink, c.limits, c.state)),
    DataFormat("parquet", (".parquet",), "rows", label="Parquet", magic=b"PAR1", seekable=True,
               caps=("max_cell_chars", "max_member_buffer"),
               reader=lambda fh, c: read_parquet(fh, c.sink, c.limits, c.state)),
    DataFormat("txt", (".txt", ".text", ".rst", ".html", ".htm"), "document", label="TXT",
               caps=("max_line_bytes",),
               reader=lambda fh, c: read_text(fh, c.sink, c.limits, c.encoding, c.state)),
    DataFormat("md", (".md", ".markdown"), "document", caps=("max_line_bytes",),
               reader=lambda fh, c: read_text(fh, c.sink, c.limits, c.encoding, c.state)),
    DataFormat("pdf", (".pdf",), "document", magic=b"%PDF-", seekable=True,
               caps=("max_pdf_pages", "pdf_seconds", "max_member_buffer"),
               reader=lambda fh, c: read_pdf(fh, c.sink, c.limits, c.state)),
    DataFormat("docx", (".docx",), "document", magic=b"PK\x03\x04", detect=_is_docx, seekable=True,
               caps=("max_zip_member", "max_xml_part", "max_cell_chars", "max_member_buffer"),
               reader=lambda fh, c: read_docx(fh, c.sink, c.limits, c.state)),
):
    register(_fmt)
