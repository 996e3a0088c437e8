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
    """Rows of the first worksheet (read-only, formulas never evaluated), streamed within the
    archive caps (see :mod:`ftaudit.inspect.ooxml`)."""
    import zipfile

    from ftaudit.inspect.ooxml import XlsxRows, archive_problem
    from ftaudit.inspect.sources import CapExceeded

    try:
        with zipfile.ZipFile(stream) as zf:
            problem = archive_problem(zf, limits, "workbook")
        if problem is not None:
            code, message = problem
            sink.add("error", code, message)
            return
        stream.seek(0)
        sheet = XlsxRows(stream, limits)
    except CapExceeded as exc:
        sink.add("error", "archive_bomb_suspected", f"the workbook is not read: {exc}")
        return
    except Exception as exc:
        sink.add(
            "error", "unreadable_workbook", f"the workbook cannot be opened ({type(exc).__name__})"
        )
        return
    if sheet.strings_truncated is not None:
        sink.add(
            "warning",
            "xlsx_strings_truncated",
            f"the workbook's shared-strings table is over the limit ({limits.max_xlsx_strings:,} strings "
            f"or {limits.max_xlsx_string_bytes // MB:,} MB); only the first {sheet.strings_truncated:,} were "
            "read and cells using later ones read as empty (save the sheet as CSV to read it all)",
        )
    try:
        sheets = sheet.sheets
        if len(sheets) > 1:
            sink.add(
                "info",
                "multiple_sheets",
                f"the workbook has {len(sheets)} sheets; only the first ({sheets[0]!r}) is read",
            )
        header: list[str] | None = None
        for i, row in enumerate(sheet, 1):
            if i > limits.max_xlsx_rows:
                state.truncated = True
                sink.add(
                    "warning",
                    "truncated",
                    f"only the first {limits.max_xlsx_rows:,} rows were read",
                )
                break
            if row is None:  # an empty row (or a missing one)
                if header is not None:
                    state.blank_lines += 1
                continue
            values, width = row
            cells = [_cell(v) for v in values]
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
            if len(cells) < len(header) and width > len(cells):  # the padding openpyxl gives the row
                cells.extend([""] * (min(width, len(header)) - len(cells)))
            state.n_records += 1
            rec: dict[str, Any] = {}
            for k, v in zip(header, cells, strict=False):
                rec.setdefault(k, v)
            yield i, rec
    except CapExceeded as exc:
        sink.add("error", "archive_bomb_suspected", f"reading stopped: {exc}")
    except Exception as exc:
        sink.add("error", "unreadable_workbook",
                 f"the workbook cannot be read past this row ({type(exc).__name__}: {str(exc)[:80]})",
                 state.n_records + 1 if header else None)
    finally:
        if sheet.cut:
            sink.add("warning", "cell_truncated",
                     f"cells over {limits.max_cell_chars:,} characters (or past {limits.max_line_bytes // MB} MB "
                     "in one row) were cut", n=sheet.cut)
        sheet.close()


_PARQUET_BUFFER = 4 * MB
"""Column chunks are read through a buffer of this size, page by page, without pre-buffering
(otherwise Arrow reads a whole column chunk into memory first: a 180 MB chunk cost 150 MB more)."""


def _parquet_problem(pf: Any, limits: Limits) -> str | None:
    """Why a Parquet file is refused before any row is decoded (its metadata promises a
    decompression bomb), or None."""
    md = pf.metadata
    for g in range(md.num_row_groups):
        rg = md.row_group(g)
        for c in range(rg.num_columns):
            col = rg.column(c)
            size, packed = col.total_uncompressed_size, max(col.total_compressed_size, 1)
            if size > limits.max_zip_member:
                return (f"column {col.path_in_schema[:60]!r} of row group {g} expands to {size / MB:,.0f} MB "
                        f"(limit {limits.max_zip_member // MB:,} MB); rewrite the file with smaller row groups")
            if size > 64 * 1024 and size / packed > limits.max_zip_ratio:
                return (f"column {col.path_in_schema[:60]!r} of row group {g} expands {size / packed:,.0f}:1 "
                        f"(limit {limits.max_zip_ratio:,.0f}:1; possible decompression bomb)")
    return None


class _ParquetRows:
    """Arrow batches to Python rows without ever expanding a dictionary: dictionary-encoded
    byte columns are read as dictionaries, the entries a batch uses are converted once (cut at
    :attr:`Limits.max_cell_chars`) and its rows share them.  (``to_pylist`` of a
    dictionary-encoded column of one 1 MB value in 2,048 rows makes 2 GB of strings.)"""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.cut = 0

    def rows(self, batch: Any) -> list[dict[str, Any]]:
        names = batch.schema.names
        cols = [self.values(batch.column(i)) for i in range(batch.num_columns)]
        return [dict(zip(names, row, strict=True)) for row in zip(*cols, strict=True)] if cols else (
            [{} for _ in range(batch.num_rows)])

    def values(self, arr: Any) -> list[Any]:
        import pyarrow as pa
        import pyarrow.compute as pc

        t = arr.type
        if pa.types.is_dictionary(t):
            # Convert only the entries this batch uses, once each: the cost follows the batch,
            # not the dictionary (which can grow with every batch of a row group).
            idx = arr.indices
            used = pc.unique(idx.drop_null()) if idx.null_count else pc.unique(idx)
            vals = dict(zip(used.to_pylist(), self.values(arr.dictionary.take(used)), strict=True))
            return [None if i is None else vals[i] for i in idx.to_pylist()]
        if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_binary(t) or pa.types.is_large_binary(t):
            if len(arr) and arr.null_count < len(arr):
                longest = pc.max(pc.binary_length(arr)).as_py() or 0
                if longest > self.cap:
                    self.cut += int(pc.sum(pc.greater(pc.binary_length(arr), self.cap)).as_py() or 0)
                    text = pa.types.is_string(t) or pa.types.is_large_string(t)
                    arr = pc.utf8_slice_codeunits(arr, 0, self.cap) if text else pc.binary_slice(arr, 0, self.cap)
            return arr.to_pylist()
        if pa.types.is_list(t) or pa.types.is_large_list(t):
            offsets = arr.offsets.to_pylist()
            base = offsets[0] if offsets else 0
            flat = self.values(arr.values.slice(base, (offsets[-1] - base) if offsets else 0))
            valid = arr.is_valid().to_pylist()
            return [flat[a - base : b - base] if ok else None
                    for a, b, ok in zip(offsets, offsets[1:], valid, strict=False)]
        if pa.types.is_struct(t):
            fields = [self.values(f) for f in arr.flatten()]
            names = [t.field(i).name for i in range(t.num_fields)]
            valid = arr.is_valid().to_pylist()
            return [dict(zip(names, vals, strict=True)) if ok else None
                    for ok, vals in zip(valid, zip(*fields, strict=True) if fields else ([()] * len(arr)),
                                        strict=True)]
        return arr.to_pylist()


def _nbytes(arr: Any) -> int:
    """About what ``arr.nbytes`` would be with its dictionaries expanded (the bytes of rows
    inspected, counted as before dictionaries were kept), computed without expanding them."""
    import pyarrow as pa
    import pyarrow.compute as pc

    t = arr.type
    bitmap = (len(arr) + 7) // 8 if arr.null_count else 0
    if pa.types.is_dictionary(t):
        vt = t.value_type
        if pa.types.is_string(vt) or pa.types.is_binary(vt) or pa.types.is_large_string(vt) or pa.types.is_large_binary(vt):
            data = pc.sum(pc.take(pc.binary_length(arr.dictionary), arr.indices)).as_py() or 0
            return int(data) + 4 * (len(arr) + 1) + bitmap
        return int(arr.nbytes)
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        offsets = arr.offsets
        base = offsets[0].as_py() if len(offsets) else 0
        end = offsets[-1].as_py() if len(offsets) else 0
        return 4 * (len(arr) + 1) + bitmap + _nbytes(arr.values.slice(base, end - base))
    if pa.types.is_struct(t):
        return bitmap + sum(_nbytes(f) for f in arr.flatten())
    return int(arr.nbytes)


def _byte_leaves(pf: Any) -> list[str]:
    """Schema paths of the string and binary leaf columns that are dictionary-encoded in every
    row group (read as dictionaries; a plain column read that way would be hashed into one)."""
    md = pf.metadata
    out = []
    for i in range(len(pf.schema)):
        col = pf.schema.column(i)
        if col.physical_type in ("BYTE_ARRAY", "FIXED_LEN_BYTE_ARRAY") and col.logical_type.type in (
                "STRING", "NONE", "ENUM", "JSON", "BSON") and md.num_row_groups and all(
                md.row_group(g).column(i).has_dictionary_page for g in range(md.num_row_groups)):
            out.append(col.path)
    return out


def read_parquet(
    stream: IO[bytes], sink: FindingSink, limits: Limits, state: ReadState
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of a Parquet file, streamed in batches, within the caps: the metadata is checked
    for decompression bombs first, byte columns are never expanded from their dictionaries
    and cells are cut at :attr:`Limits.max_cell_chars` (see :class:`_ParquetRows`)."""
    try:
        require("pyarrow", "parquet", "reading Parquet files")
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(stream, buffer_size=_PARQUET_BUFFER, pre_buffer=False)
        state.columns = list(pf.schema_arrow.names)
        problem = _parquet_problem(pf, limits)
        if problem is not None:
            sink.add("error", "parquet_bomb_suspected", f"not read: {problem}")
            return
        leaves = _byte_leaves(pf)
        flat = [p for p in leaves if "." not in p and p in state.columns]
        n_groups = pf.metadata.num_row_groups
        stream.seek(0)
        pf_dict = pq.ParquetFile(stream, read_dictionary=leaves, buffer_size=_PARQUET_BUFFER, pre_buffer=False) if leaves else pf
        pf_flat = (pq.ParquetFile(stream, read_dictionary=flat, buffer_size=_PARQUET_BUFFER, pre_buffer=False)
                   if flat != leaves else pf_dict)
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
    conv = _ParquetRows(limits.max_cell_chars)

    def batches() -> Iterator[Any]:
        """Each row group's batches; a nested column Arrow cannot give as one dictionary
        (its dictionary changes inside the row group) is read plain, in smaller batches."""
        import pyarrow as pa

        for g in range(n_groups):
            done = 0
            try:
                for batch in pf_dict.iter_batches(batch_size=2048, row_groups=[g]):
                    done += batch.num_rows
                    yield batch
            except pa.ArrowNotImplementedError:
                skip = done
                for batch in pf_flat.iter_batches(batch_size=256, row_groups=[g]):
                    if skip >= batch.num_rows:
                        skip -= batch.num_rows
                        continue
                    yield batch.slice(skip) if skip else batch
                    skip = 0

    try:
        for batch in batches():
            state.bytes_read += sum(_nbytes(batch.column(i)) for i in range(batch.num_columns))
            for rec in conv.rows(batch):
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
    finally:
        if conv.cut:
            sink.add("warning", "cell_truncated",
                     f"cells over {limits.max_cell_chars:,} characters were cut to that length", n=conv.cut)
