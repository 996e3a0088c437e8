"""Bounded readers that yield ``(line, record)`` pairs from JSONL, JSON, CSV/TSV, XLSX, Parquet.

Readers never raise for bad content: every problem becomes a finding on the
file's :class:`~ftaudit.inspect.findings.FindingSink` and reading goes on where it can.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

from ftaudit.errors import ConfigError, require
from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.limits import MB, Limits
from ftaudit.inspect.textio import LineReader

_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


try:  # a dependency of gradio, chromadb and langsmith; the json module is the fallback
    from orjson import loads as _orjson_loads

    _fast_loads: Callable[[bytes], Any] | None = _orjson_loads
except ImportError:  # pragma: no cover
    _fast_loads = None
_DIGIT_SHAPE = bytes(57 if 48 <= i <= 57 else 120 for i in range(256))
_BIG_INT = b"9" * 19
"""orjson reads integers beyond 64 bits as floats; lines with 19+ digits in a row take the
json module's path.  Anything orjson rejects (NaN, lone surrogates, bad UTF-8, a BOM, blank
lines) also takes it, so findings come from one parser only."""


class _BadConstant(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _BadConstant(f"{name} is not valid JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_decode = _DECODER.decode


def parse_json_line(text: str, line: int, sink: FindingSink) -> tuple[bool, Any]:
    """Parse one JSON text; on failure add ``invalid_json`` and return ``(False, None)``."""
    try:
        value = _decode(text)
    except _BadConstant as exc:
        sink.add("error", "invalid_json", "NaN/Infinity are not valid JSON", line, example=str(exc))
        return False, None
    except RecursionError:
        sink.add("error", "invalid_json", "the record is nested too deeply to parse", line)
        return False, None
    except ValueError as exc:
        msg = str(exc)
        short = msg.split(":")[0][:60]
        sink.add("error", "invalid_json", "the line is not valid JSON", line, example=short)
        return False, None
    if "\\u" in text and _SURROGATE.search(text):
        try:
            text.encode("utf-8")
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            sink.add(
                "error",
                "lone_surrogate",
                "the record contains an unpaired UTF-16 surrogate escape (\\ud800…)",
                line,
            )
            return False, None
    return True, value


_OK, _BAD, _BLANK, _UNDECODABLE = "ok", "bad", "blank", "undecodable"


def parse_raw_line(
    raw: bytes, line: int, reader: LineReader, sink: FindingSink
) -> tuple[str, Any]:
    """``(kind, value)`` of one undecoded JSON Lines line: ``ok`` with the value, ``bad``
    (``invalid_json`` / ``lone_surrogate`` added), ``blank`` or ``undecodable``
    (``invalid_utf8`` added)."""
    if _fast_loads is not None and _BIG_INT not in raw.translate(_DIGIT_SHAPE):
        try:
            return _OK, _fast_loads(raw)
        except ValueError:
            pass
    text = reader.decode(raw)
    if text is None:
        return _UNDECODABLE, None
    if not text or text.isspace():
        return _BLANK, None
    ok, value = parse_json_line(text, line, sink)
    return (_OK if ok else _BAD), value


class ReadState:
    """Progress of one reader: bytes read, records seen, whether a cap cut it short."""

    def __init__(self) -> None:
        self.bytes_read = 0
        self.truncated = False
        self.n_records = 0
        self.blank_lines = 0
        self.columns: list[str] = []
        self.line_label = "line"
        self.lines = 0
        """Physical lines read (JSON Lines)."""


def read_jsonl(
    stream: IO[bytes],
    sink: FindingSink,
    limits: Limits,
    encoding: str,
    state: ReadState,
    stop_at: int | None = None,
    at_start: bool = True,
) -> Iterator[tuple[int, Any]]:
    """Records of a JSON Lines file (one JSON value per ``\\n``-terminated line).

    With ``stop_at`` (bytes from the stream's position) the stream is a part of a file
    (see :meth:`LineReader.raw_lines`): line numbers count from the part's start, blank
    lines are only counted, and ``at_start`` says whether the part starts the file.
    """
    reader = LineReader.capped(stream, sink, limits, encoding, at_start=at_start)
    parse = parse_json_line
    try:
        if encoding.startswith(("utf-16", "utf-32")):
            for line, text in reader:
                if not text or text.isspace():
                    state.blank_lines += 1
                    continue
                state.n_records += 1
                ok, value = parse(text, line, sink)
                if ok:
                    yield line, value
            return
        for line, raw in reader.raw_lines(stop_at):
            kind, value = parse_raw_line(raw, line, reader, sink)
            if kind is _BLANK:
                state.blank_lines += 1
                continue
            if kind is not _UNDECODABLE:
                state.n_records += 1
                if kind is _OK:
                    yield line, value
    finally:
        state.lines = reader.line_no
        state.bytes_read = reader.bytes_read
        state.truncated = reader.truncated
        if state.blank_lines and stop_at is None:
            sink.add("info", "blank_lines", "blank lines were skipped", n=state.blank_lines)


def read_json(
    stream: IO[bytes], sink: FindingSink, limits: Limits, encoding: str, state: ReadState
) -> Iterator[tuple[int, Any]]:
    """Records of a JSON document: an array of examples, one example, or JSONL misnamed .json."""
    data = stream.read(limits.max_json_document + 1)
    state.bytes_read = len(data)
    if len(data) > limits.max_json_document:
        sink.add(
            "error",
            "json_too_large",
            f"JSON documents over {limits.max_json_document // MB} MB are not parsed in one "
            "piece; convert the array to JSON Lines (one example per line)",
        )
        state.truncated = True
        return
    try:
        value = json.loads(data, parse_constant=_reject_constant)
    except RecursionError:
        sink.add("error", "invalid_json", "the document is nested too deeply to parse")
        return
    except (ValueError, UnicodeDecodeError) as exc:
        if "Extra data" in str(exc):
            sink.add(
                "info",
                "json_lines_in_json_file",
                "the .json file holds one JSON value per line; read as JSON Lines",
            )
            yield from read_jsonl(io.BytesIO(data), sink, limits, encoding, state)
            return
        sink.add("error", "invalid_json", "the file is not valid JSON", example=str(exc)[:80])
        return
    if isinstance(value, list):
        state.line_label = "item"
        for i, item in enumerate(value, 1):
            state.n_records += 1
            yield i, item
    elif isinstance(value, dict):
        for key in ("data", "examples", "items", "records", "rows"):
            if isinstance(value.get(key), list) and "messages" not in value:
                state.line_label = "item"
                for i, item in enumerate(value[key], 1):
                    state.n_records += 1
                    yield i, item
                return
        state.n_records = 1
        yield 1, value
    else:
        state.n_records = 1
        sink.add("error", "data_type", "the JSON document is neither an object nor an array", 1)


def _sniff_delimiter(sample: str, default: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return default


def read_csv(
    stream: IO[bytes],
    sink: FindingSink,
    limits: Limits,
    encoding: str,
    state: ReadState,
    delimiter: str = ",",
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of a CSV/TSV file as dicts keyed by the header, with their physical line numbers."""
    csv.field_size_limit(limits.max_csv_field)
    reader = LineReader.capped(stream, sink, limits, encoding, keep_ends=True)
    lines = iter(reader)
    # Sniff the delimiter on the first lines without losing them.
    head: list[tuple[int, str]] = []
    size = 0
    for item in lines:
        head.append(item)
        size += len(item[1])
        if len(head) >= 50 or size > 64 * 1024:
            break
    if not head:
        return
    delim = _sniff_delimiter("".join(t for _, t in head), delimiter)
    if delim != delimiter:
        sink.add("info", "delimiter_detected", f"columns are separated by {delim!r}")
    line_numbers: list[int] = []

    def texts() -> Iterator[str]:
        for ln, t in head:
            line_numbers.append(ln)
            yield t
        for ln, t in lines:
            line_numbers.append(ln)
            yield t

    rows = csv.reader(texts(), delimiter=delim)
    header: list[str] | None = None
    try:
        for row in rows:
            start_line = line_numbers[0] if line_numbers else 0
            line_numbers.clear()
            if header is None:
                if not row or all(not c.strip() for c in row):
                    continue
                header = [c.strip() for c in row]
                if header and header[0].startswith("\ufeff"):
                    header[0] = header[0][1:]
                state.columns = header
                if len(set(header)) != len(header):
                    sink.add(
                        "warning",
                        "duplicate_columns",
                        "the header repeats a column name; later copies are ignored",
                        start_line,
                    )
                continue
            if not row or all(not c.strip() for c in row):
                state.blank_lines += 1
                continue
            state.n_records += 1
            if len(row) != len(header):
                sink.add(
                    "error",
                    "wrong_column_count",
                    f"row has a different number of fields than the header ({len(header)})",
                    start_line,
                    example=f"{len(row)} fields",
                )
                if len(row) < len(header):
                    continue
            rec: dict[str, Any] = {}
            for k, v in zip(header, row, strict=False):
                rec.setdefault(k, v)
            yield start_line, rec
    except csv.Error as exc:
        where = line_numbers[0] if line_numbers else None
        if "field larger than field limit" in str(exc):
            sink.add(
                "error",
                "runaway_quote",
                "a field never ends (unbalanced quote?) near this line; the rest of the file "
                "was not read",
                where,
            )
        else:
            sink.add("error", "csv_error", f"the CSV cannot be parsed here: {exc}", where)
    finally:
        state.bytes_read = reader.bytes_read
        state.truncated = reader.truncated
        if header is None:
            sink.add("warning", "empty_table", "the table has no header row")


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    return v


def read_xlsx(
    stream: IO[bytes], sink: FindingSink, limits: Limits, state: ReadState
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of the first worksheet (read-only, formulas never evaluated)."""
    import zipfile

    try:
        with zipfile.ZipFile(stream) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            worst = max(
                (i.file_size / max(i.compress_size, 1) for i in infos if i.file_size > MB),
                default=0.0,
            )
            if (
                len(infos) > limits.max_zip_entries
                or total > limits.max_zip_total
                or worst > limits.max_zip_ratio
            ):
                sink.add(
                    "error",
                    "archive_bomb_suspected",
                    "the workbook expands far beyond its size (possible zip bomb); not read",
                )
                return
            if any(i.flag_bits & 0x1 for i in infos):
                sink.add("error", "encrypted_file", "the workbook is password-protected")
                return
        stream.seek(0)
        from openpyxl import load_workbook

        wb = load_workbook(stream, read_only=True, data_only=True)
    except Exception as exc:
        sink.add(
            "error", "unreadable_workbook", f"the workbook cannot be opened ({type(exc).__name__})"
        )
        return
    try:
        sheets = wb.sheetnames
        if len(sheets) > 1:
            sink.add(
                "info",
                "multiple_sheets",
                f"the workbook has {len(sheets)} sheets; only the first ({sheets[0]!r}) is read",
            )
        ws = wb[sheets[0]]
        header: list[str] | None = None
        for i, row in enumerate(ws.iter_rows(values_only=True), 1):
            if i > limits.max_xlsx_rows:
                state.truncated = True
                sink.add(
                    "warning",
                    "truncated",
                    f"only the first {limits.max_xlsx_rows:,} rows were read",
                )
                break
            cells = [_cell(v) for v in row]
            if header is None:
                if not any(str(c).strip() for c in cells):
                    continue
                header = [str(c).strip() for c in cells]
                while header and not header[-1]:
                    header.pop()
                state.columns = header
                continue
            if not any(str(c).strip() for c in cells):
                state.blank_lines += 1
                continue
            state.n_records += 1
            rec: dict[str, Any] = {}
            for k, v in zip(header, cells, strict=False):
                rec.setdefault(k, v)
            yield i, rec
    finally:
        wb.close()


def read_parquet(
    stream: IO[bytes], sink: FindingSink, limits: Limits, state: ReadState
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of a Parquet file, streamed in batches."""
    try:
        require("pyarrow", "parquet", "reading Parquet files")
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(stream)
        state.columns = list(pf.schema_arrow.names)
    except ConfigError as exc:
        sink.add("error", "missing_extra", str(exc))
        return
    except Exception as exc:
        sink.add(
            "error",
            "unreadable_parquet",
            f"the Parquet file cannot be opened ({type(exc).__name__})",
        )
        return
    state.line_label = "row"
    n = 0
    try:
        for batch in pf.iter_batches(batch_size=2048):
            state.bytes_read += batch.nbytes
            for rec in batch.to_pylist():
                n += 1
                state.n_records += 1
                yield n, rec
            if state.bytes_read >= limits.max_bytes:
                state.truncated = True
                sink.add(
                    "warning",
                    "truncated",
                    f"only about {limits.max_bytes:,} bytes of rows were inspected (size cap)",
                )
                return
    except Exception as exc:
        sink.add(
            "error", "unreadable_parquet", f"reading stopped at row {n + 1} ({type(exc).__name__})"
        )
