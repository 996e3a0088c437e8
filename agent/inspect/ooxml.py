"""Word and Excel files (Office Open XML) read as streams, inside the archive caps.

A DOCX or XLSX file is a ZIP archive of XML parts, so it gets the caps of every archive
(:func:`archive_problem`: entries, declared total, per-part size, compression ratio) and
every part is read through a counter that checks the declared size *and* the bytes
actually inflated (declared sizes can lie).  The big parts (the document body, the sheet,
the shared-strings table) are parsed as a stream of XML events and their elements are
dropped as soon as they are read, so memory does not grow with the part; text is cut at
:attr:`Limits.max_cell_chars` per cell or paragraph and :attr:`Limits.max_line_bytes` per
row; the shared-strings table is held as one UTF-8 buffer, within
:attr:`Limits.max_xlsx_strings` strings and :attr:`Limits.max_xlsx_string_bytes` bytes.

The text read is the text python-docx and openpyxl (read-only, cached values) give: body
paragraphs first, then the rows of body-level tables; cell values converted by openpyxl's
own cell parser (numbers, dates, booleans, shared and inline strings).
"""

from __future__ import annotations

import io
import re
import zipfile
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate
from typing import IO, Any

from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.limits import MB, Limits
from ftaudit.inspect.sources import CapExceeded, CappedZipReader

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_WML_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
MAX_COLUMNS = 16_384
"""Excel's column limit (XFD); cells past it are ignored."""


def archive_problem(zf: zipfile.ZipFile, limits: Limits, what: str) -> tuple[str, str] | None:
    """``(code, message)`` when a ZIP-based file breaks an archive cap, else None.

    The caps are those of a ZIP upload: entry count, declared total, per-member size and,
    for members over 1 MB, the compression ratio.
    """
    infos = zf.infolist()
    bomb = "archive_bomb_suspected"
    if len(infos) > limits.max_zip_entries:
        return bomb, f"the {what} has {len(infos):,} parts (limit {limits.max_zip_entries:,}); not read"
    total = sum(i.file_size for i in infos)
    if total > limits.max_zip_total:
        return bomb, (f"the {what} expands to {total / MB:,.0f} MB (limit {limits.max_zip_total // MB:,} MB; "
                      "possible zip bomb); not read")
    for i in infos:
        if i.file_size > limits.max_zip_member:
            return bomb, (f"part {i.filename[:60]!r} of the {what} expands to {i.file_size / MB:,.0f} MB "
                          f"(limit {limits.max_zip_member // MB:,} MB per part); not read")
        ratio = i.file_size / max(i.compress_size, 1)
        if i.file_size > MB and ratio > limits.max_zip_ratio:
            return bomb, (f"part {i.filename[:60]!r} of the {what} expands {ratio:,.0f}:1 (limit "
                          f"{limits.max_zip_ratio:,.0f}:1; possible zip bomb); not read")
    if any(i.flag_bits & 0x1 for i in infos):
        return "encrypted_file", f"the {what} is password-protected"
    return None


class CappedArchive:
    """A read-only view of a ZIP archive whose parts are read within the caps.

    ``open`` streams a part through :class:`CappedZipReader` (declared size and the
    archive's remaining budget, counted while inflating); ``read`` also refuses parts over
    :attr:`Limits.max_xml_part`, the parts a library parses whole.  Anything else is passed
    to the :class:`zipfile.ZipFile`.
    """

    def __init__(self, zf: zipfile.ZipFile, limits: Limits) -> None:
        self._zf = zf
        self._limits = limits
        self._budget = [limits.max_zip_total]

    def open(self, name: str | zipfile.ZipInfo, mode: str = "r", pwd: bytes | None = None) -> IO[bytes]:
        if mode != "r":
            raise ValueError("read-only archive")
        info = name if isinstance(name, zipfile.ZipInfo) else self._zf.getinfo(name)
        if info.file_size > self._limits.max_zip_member:
            raise CapExceeded(f"part {info.filename[:60]!r} is over {self._limits.max_zip_member // MB} MB")
        raw = CappedZipReader(self._zf.open(info), info.file_size, self._budget)
        return io.BufferedReader(raw, buffer_size=256 * 1024)

    def read(self, name: str | zipfile.ZipInfo, pwd: bytes | None = None) -> bytes:
        info = name if isinstance(name, zipfile.ZipInfo) else self._zf.getinfo(name)
        if info.file_size > self._limits.max_xml_part:
            raise CapExceeded(f"part {info.filename[:60]!r} is {info.file_size / MB:,.1f} MB; parts read whole "
                              f"must be under {self._limits.max_xml_part // MB} MB")
        with self.open(info) as fh:
            return fh.read()

    def close(self) -> None:
        self._zf.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._zf, name)


def _iterparse(source: IO[bytes], events: tuple[str, ...] = ("start", "end")) -> Any:
    """lxml's streaming parser, hardened: no entities, no DTD, no network, and libxml2's own
    limits kept (a text node over 10 MB or nesting over 256 levels is an error)."""
    from lxml import etree

    return etree.iterparse(source, events=events, resolve_entities=False, load_dtd=False, no_network=True,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def _drop(el: Any) -> None:
    """Free an element that has been read, and its siblings read before it: the tree never
    holds more than the path to the element being read."""
    el.clear(keep_tail=False)
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def _xml(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser)


def _ends(stack: list[str], *tags: str) -> bool:
    n = len(tags)
    return len(stack) >= n and tuple(stack[-n:]) == tags


class _Text:
    """Pieces of one paragraph or cell, cut at ``cap`` characters."""

    __slots__ = ("cap", "cut", "n", "parts")

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.n = 0
        self.parts: list[str] = []
        self.cut = False

    def add(self, s: str) -> None:
        if not s:
            return
        room = self.cap - self.n
        if room <= 0:
            self.cut = True
            return
        if len(s) > room:
            s = s[:room]
            self.cut = True
        self.parts.append(s)
        self.n += len(s)

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------- DOCX


def _main_document(arc: CappedArchive) -> str:
    """The package name of the main document part (as python-docx finds it), checked to be
    a Word document; ValueError when the package is not one."""
    rels = _xml(arc.read("_rels/.rels"))
    target = next((r.get("Target") for r in rels.iter(_RELS) if r.get("Type") == _OFFICE_DOC), None)
    if not target:
        raise ValueError("no main document part")
    name = target.lstrip("/")
    types = _xml(arc.read("[Content_Types].xml"))
    ctype = next((o.get("ContentType") for o in types.iter(_TYPES + "Override")
                  if (o.get("PartName") or "").lstrip("/") == name), None)
    if ctype is None:
        ext = name.rsplit(".", 1)[-1].lower()
        ctype = next((d.get("ContentType") for d in types.iter(_TYPES + "Default")
                      if (d.get("Extension") or "").lower() == ext), None)
    if ctype != _WML_MAIN:
        raise ValueError(f"not a Word document (content type {ctype})")
    return name


_RUN_TEXT = {W + "tab": "\t", W + "ptab": "\t", W + "cr": "\n", W + "noBreakHyphen": "-"}
_P, _R, _T, _HL, _TC, _TR, _TBL, _BODY = (W + n for n in ("p", "r", "t", "hyperlink", "tc", "tr", "tbl", "body"))


def _int(value: str | None, default: int) -> int:
    try:
        return max(0, min(MAX_COLUMNS, int(value))) if value is not None else default
    except ValueError:
        return default


def _docx_units(arc: CappedArchive, part: str, tables: bool, limits: Limits, cut: list[int]) -> Iterator[str]:
    """Body paragraphs (``tables=False``) or rows of body-level tables (``tables=True``) of
    ``part`` in document order, each with the text python-docx gives it: a paragraph is its
    runs' and hyperlinks' text (tabs, breaks, no-break hyphens as characters), a row its
    cells joined by `` | `` (a spanned cell repeated, a vertically merged one taken from
    the row above), a cell its paragraphs joined by newlines."""
    cap = limits.max_cell_chars
    stack: list[str] = []
    paras: list[_Text | None] = []  # one per open w:p: its text when it is one we report
    roles: list[int] = []  # 1: a body paragraph, 2: a paragraph of a body-table cell, 0: other
    above: dict[int, str] = {}
    row_above: dict[int, str] = {}
    row: list[str] = []
    cell: list[str] = []
    offset, span, vmerge = 0, 1, None
    with arc.open(part) as src:
        for event, el in _iterparse(src):
            tag = el.tag
            if event == "start":
                stack.append(tag)
                if tag == _P:
                    role = 1 if _ends(stack, _BODY, _P) else 2 if _ends(stack, _BODY, _TBL, _TR, _TC, _P) else 0
                    roles.append(role)
                    paras.append(_Text(cap) if (role == 1 and not tables) or (role == 2 and tables) else None)
                elif tables and tag == _TC and _ends(stack, _BODY, _TBL, _TR, _TC):
                    cell, span, vmerge = [], 1, None
                elif tables and tag == _TR and _ends(stack, _BODY, _TBL, _TR):
                    row, offset, row_above = [], 0, {}
                continue
            stack.pop()  # the element's ancestors remain
            if tag == _T or tag == W + "br" or tag in _RUN_TEXT:
                top = paras[-1] if paras else None
                if top is not None and (_ends(stack, _P, _R) or _ends(stack, _P, _HL, _R)):
                    buf = top
                    if tag == _T:
                        buf.add(el.text or "")
                    elif tag == W + "br":
                        buf.add("\n" if el.get(W + "type") in (None, "textWrapping") else "")
                    else:
                        buf.add(_RUN_TEXT[tag])
            elif tag == _P and paras:
                done, role = paras.pop(), roles.pop()
                if done is not None:
                    cut[0] += done.cut
                    if role == 1:
                        yield done.text()
                    else:
                        cell.append(done.text())
            elif not tables:
                pass
            elif tag == W + "gridSpan" and _ends(stack, _BODY, _TBL, _TR, _TC, W + "tcPr"):
                span = max(1, _int(el.get(W + "val"), 1))
            elif tag == W + "vMerge" and _ends(stack, _BODY, _TBL, _TR, _TC, W + "tcPr"):
                vmerge = el.get(W + "val") or "continue"
            elif tag == W + "gridBefore" and _ends(stack, _BODY, _TBL, _TR, W + "trPr"):
                offset = _int(el.get(W + "val"), 0)
            elif tag == _TC and _ends(stack, _BODY, _TBL, _TR):
                text = above.get(offset, "") if vmerge == "continue" else "\n".join(cell)
                if len(text) > cap:
                    text, cut[0] = text[:cap], cut[0] + 1
                row.extend([text] * max(0, min(span, MAX_COLUMNS - len(row))))
                row_above[offset] = text
                offset += span
            elif tag == _TR and _ends(stack, _BODY, _TBL):
                above = row_above
                line = " | ".join(row)
                if len(line) > limits.max_line_bytes:
                    line, cut[0] = line[: limits.max_line_bytes], cut[0] + 1
                yield line
            elif tag == _TBL and _ends(stack, _BODY):
                above = {}
            _drop(el)


def read_docx_stream(stream: IO[bytes], sink: FindingSink, limits: Limits, state: object) -> Iterator[tuple[int, str]]:
    """Paragraphs and table rows of a Word document, paragraph number as the line (see
    :func:`ftaudit.inspect.documents.read_docx`)."""
    try:
        zf = zipfile.ZipFile(stream)
        problem = archive_problem(zf, limits, "document")
        if problem is not None:
            code, message = problem
            sink.add("error", code, message)
            return
        arc = CappedArchive(zf, limits)
        part = _main_document(arc)
        arc.getinfo(part)
    except CapExceeded as exc:
        sink.add("error", "archive_bomb_suspected", f"the document is not read: {exc}")
        return
    except Exception as exc:
        sink.add("error", "unreadable_docx", f"the Word document cannot be opened ({type(exc).__name__})")
        return
    n = 0
    cut = [0]
    try:
        for tables in (False, True):
            for text in _docx_units(arc, part, tables, limits, cut):
                n += 1
                yield n, text
    except CapExceeded as exc:
        sink.add("error", "archive_bomb_suspected", f"reading stopped: {exc}")
    except Exception as exc:  # lxml's XMLSyntaxError, a damaged member (BadZipFile)...
        sink.add("error", "unreadable_docx",
                 f"the Word document cannot be read past paragraph {n} ({type(exc).__name__}: {str(exc)[:80]})")
    finally:
        if cut[0]:
            sink.add("warning", "cell_truncated",
                     f"paragraphs or table cells over {limits.max_cell_chars:,} characters were cut to that length",
                     n=cut[0])
        zf.close()


# --------------------------------------------------------------------------------------------- XLSX


class SharedStrings:
    """The shared-strings table as one UTF-8 buffer and an offset array (a list of 4 million
    short ``str`` objects would take about 300 MB; this takes the text's size plus 8 bytes
    a string).  ``truncated`` when the table went past a cap: later indexes read as ``""``."""

    def __init__(self) -> None:
        self.buf = bytearray()
        self.ends = array("Q")
        self.truncated = False
        self.cut = 0

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> str:
        n = len(self.ends)
        if i < 0 or i >= n:
            if self.truncated and i >= n:
                return ""
            raise IndexError("shared string index out of range")
        start = self.ends[i - 1] if i else 0
        return self.buf[start : self.ends[i]].decode("utf-8", "surrogatepass")

    def append(self, s: str) -> None:
        self.buf += s.encode("utf-8", "surrogatepass")
        self.ends.append(len(self.buf))


class _Rich:
    """openpyxl's ``Text.content`` of an ``<si>`` or ``<is>`` read as it streams: its plain
    ``<t>`` then the ``<t>`` of each run (phonetic ``<rPh>`` text is left out), cut at ``cap``."""

    __slots__ = ("plain", "runs")

    def __init__(self, cap: int) -> None:
        self.plain: str | None = None
        self.runs = _Text(cap)

    def add(self, stack: list[str], owner: str, el: Any) -> None:
        """Take the text of a ``<t>`` that just ended (``stack``: its ancestors)."""
        if stack and stack[-1] == owner:
            self.plain = el.text or ""
        elif _ends(stack, owner, S + "r"):
            self.runs.add(el.text or "")

    def content(self) -> str:
        plain = self.plain or ""
        text = plain + self.runs.text() if self.runs.n else plain
        return text[: self.runs.cap]

    @property
    def cut(self) -> bool:
        return self.runs.cut or len(self.plain or "") + self.runs.n > self.runs.cap


_SST_START = re.compile(
    rb'\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?<sst xmlns="http://schemas\.openxmlformats\.org/spreadsheetml/2006/main"'
    rb'[^<>]*>')
_SIMPLE_RUN = re.compile(rb'(?:\s*<si><t(?: xml:space="preserve")?(?:>[^<]*</t>|/>)</si>)*')
_SIMPLE_TEXT = re.compile(rb'<si><t(?: xml:space="preserve")?(?:>([^<]*)</t>|/>)</si>')
_SST_END = re.compile(rb"\s*</sst>\s*\Z")
_ENTITY = re.compile(rb"&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));")
_ENTITY_STR = re.compile(_ENTITY.pattern.decode())
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


class _NotSimple(Exception):
    """The shared-strings part holds something the fast path does not read (rich text,
    phonetic runs, comments, another prefix...): the full parser reads it instead."""


def _simple_text(raw: bytes) -> str:
    """The text of a ``<t>`` read by the fast path, as an XML parser gives it (line ends
    normalised, the five entities and character references replaced)."""
    if b"\r" in raw:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    text = raw.decode("utf-8")
    if "&" not in text:
        return text
    if raw.count(b"&") != len(_ENTITY.findall(raw)):
        raise _NotSimple  # a stray & or an undefined entity: the parser reports it

    def one(m: re.Match[str]) -> str:
        if m.group(3):
            return _NAMED[m.group(3)]
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        if code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF:
            return chr(code)
        raise _NotSimple  # not an XML character

    return _ENTITY_STR.sub(one, text)


def _fast_shared_strings(src: IO[bytes], limits: Limits) -> SharedStrings:
    """The table when every entry is a plain ``<si><t>text</t></si>`` (what Excel, openpyxl,
    xlsxwriter and pandas write): regular expressions over each megabyte of bytes, with no
    Python step per string (about twenty times faster than an XML parser);
    :class:`_NotSimple` at the first thing they do not read."""
    out = SharedStrings()
    cap = limits.max_cell_chars
    max_n, max_bytes = limits.max_xlsx_strings, limits.max_xlsx_string_bytes
    chunk = 1 << 20
    buf = src.read(chunk)
    m = _SST_START.match(buf)
    if m is None:
        raise _NotSimple
    pos = m.end()
    while True:
        end = _SIMPLE_RUN.match(buf, pos).end()  # type: ignore[union-attr]  # (…)* always matches
        texts = _SIMPLE_TEXT.findall(buf, pos, end)
        part = buf[pos:end]
        if b"&" in part or b"\r" in part or b"x005F_" in part or (texts and max(map(len, texts)) > cap):
            texts = [_plain(t, cap, out) for t in texts]
        room = max_n - len(out.ends)
        if len(texts) > room:
            texts, out.truncated = texts[:room], True
        base = len(out.buf)
        lengths = list(accumulate(map(len, texts), initial=base))
        if lengths[-1] - base > max_bytes - base:
            keep = bisect_right(lengths, max_bytes) - 1
            texts, lengths, out.truncated = texts[:keep], lengths[: keep + 1], True
        out.buf += b"".join(texts)
        out.ends.extend(lengths[1:])
        if out.truncated:
            return out
        if buf.find(b"</si>", end) >= 0:  # a complete entry the expressions do not read
            raise _NotSimple
        more = src.read(chunk)
        if not more:
            if _SST_END.match(buf, end) is None:
                raise _NotSimple
            break
        if len(buf) - end > 16 * chunk:  # an entry longer than 16 MB is not a plain one
            raise _NotSimple
        buf, pos = buf[end:] + more, 0
    try:
        bytes(out.buf).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _NotSimple from exc
    return out


def _plain(raw: bytes, cap: int, out: SharedStrings) -> bytes:
    """One fast-path entry as stored: its XML text, ``_x005F_`` escapes removed, cut at ``cap``."""
    if b"&" not in raw and b"\r" not in raw and b"x005F_" not in raw and len(raw) <= cap:
        return raw
    text = _simple_text(raw).replace("x005F_", "")
    if len(text) > cap:
        text, out.cut = text[:cap], out.cut + 1
    return text.encode("utf-8")


def read_shared_strings(open_part: Any, limits: Limits) -> SharedStrings:
    """openpyxl's ``read_string_table`` (plain text of each ``<si>``), streamed and capped;
    ``open_part()`` gives a stream of the part.  The fast path is tried first
    (:func:`_fast_shared_strings`), the XML parser reads anything it does not."""
    try:
        with open_part() as src:
            return _fast_shared_strings(src, limits)
    except (_NotSimple, UnicodeDecodeError):
        pass
    with open_part() as src:
        return _parsed_shared_strings(src, limits)


def _parsed_shared_strings(src: IO[bytes], limits: Limits) -> SharedStrings:
    """openpyxl's ``read_string_table`` (plain text of each ``<si>``), streamed and capped."""
    si, t_, r_ = S + "si", S + "t", S + "r"
    out = SharedStrings()
    cap = limits.max_cell_chars
    max_n, max_bytes = limits.max_xlsx_strings, limits.max_xlsx_string_bytes
    plain: str | None = None
    runs = _Text(cap)
    for _event, el in _iterparse(src, ("end",)):  # end events only: half the work of start+end
        tag = el.tag
        if tag == t_:
            parent = el.getparent()
            ptag = parent.tag if parent is not None else ""
            if ptag == si:
                plain = el.text or ""
            elif ptag == r_ and parent.getparent() is not None and parent.getparent().tag == si:
                runs.add(el.text or "")
            # the text of <t> elsewhere (phonetic runs) is not content
            continue  # freed with its <si> or <r> (one less call for every string)
        if tag == si:
            text = plain or ""
            if runs.n:
                text += runs.text()
            text = text.replace("x005F_", "")
            cut = len(text) > cap or runs.cut
            text = text[:cap]
            out.cut += cut
            plain, runs = None, _Text(cap)
            if len(out) >= max_n or len(out.buf) + len(text) > max_bytes:
                out.truncated = True
                break
            out.append(text)
        _drop(el)
    return out


def _open_workbook(stream: IO[bytes], limits: Limits) -> Any:
    """openpyxl's read-only workbook (cached values) over the capped archive, with the shared
    strings read by :func:`read_shared_strings`."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.xml.constants import SHARED_STRINGS

    reader = ExcelReader(stream, read_only=True, data_only=True)
    arc = CappedArchive(reader.archive, limits)
    reader.archive = arc

    def read_strings() -> None:
        ct = reader.package.find(SHARED_STRINGS)
        if ct is not None:
            name = ct.PartName[1:]
            reader.shared_strings = read_shared_strings(lambda: arc.open(name), limits)

    reader.read_strings = read_strings
    reader.read()
    return reader.wb


class XlsxRows:
    """The first worksheet of a workbook, row by row, as openpyxl's read-only
    ``iter_rows(values_only=True)`` gives it (missing rows as empty rows, each row as wide
    as the sheet's stated dimension), streamed within the caps.

    Iterating yields ``None`` for an empty row and otherwise ``(values, width)``: the
    values up to the last cell present and the width the row is padded to with ``None``
    (padding is left to the caller: a 16,384-column dimension must not cost 16,384
    operations a row).
    """

    def __init__(self, stream: IO[bytes], limits: Limits) -> None:
        from openpyxl.worksheet._reader import WorkSheetParser

        self.limits = limits
        self.wb = _open_workbook(stream, limits)
        self.sheets = list(self.wb.sheetnames)
        ws = self.wb[self.sheets[0]]
        self._path = ws._worksheet_path
        self._shared = ws._shared_strings
        self._parser = WorkSheetParser(None, self._shared, data_only=True, epoch=self.wb.epoch,
                                       date_formats=self.wb._date_formats,
                                       timedelta_formats=self.wb._timedelta_formats)
        self.max_col = min(ws.max_column, MAX_COLUMNS) if ws.max_column else None
        self.max_row = ws.max_row
        self.cut = 0
        """Cells cut at :attr:`Limits.max_cell_chars` (or emptied past the row cap)."""

    @property
    def strings_truncated(self) -> int | None:
        """Strings kept when the shared-strings table went past a cap, else None."""
        shared = self._shared
        return len(shared) if isinstance(shared, SharedStrings) and shared.truncated else None

    def close(self) -> None:
        self.wb.close()

    def _parsed(self) -> Iterator[tuple[int, list[dict[str, Any]]]]:
        """``(row number, cells)`` of each ``<row>``: openpyxl's ``parse_row`` fed one small
        cell element at a time (attributes, its value, its inline text)."""
        from xml.etree.ElementTree import Element, SubElement

        parser = self._parser
        row_tag, c_tag, v_tag, is_tag, t_tag = S + "row", S + "c", S + "v", S + "is", S + "t"
        cap, row_cap = self.limits.max_cell_chars, self.limits.max_line_bytes
        stack: list[str] = []
        cells: list[dict[str, Any]] = []
        row_chars = 0
        attrib: dict[str, str] = {}
        value: str | None = None
        inline: _Rich | None = None
        with self.wb._archive.open(self._path) as src:
            for event, el in _iterparse(src):
                tag = el.tag
                if event == "start":
                    stack.append(tag)
                    if tag == c_tag and _ends(stack, S + "sheetData", row_tag, c_tag):
                        attrib, value, inline = dict(el.attrib), None, None
                    elif tag == is_tag and _ends(stack, row_tag, c_tag, is_tag):
                        inline = _Rich(cap)
                    elif tag == row_tag and _ends(stack, S + "sheetData", row_tag):
                        parser.parse_row(_NoCells(el.attrib))  # row number and counters, as openpyxl sets them
                        cells, row_chars = [], 0
                    continue
                stack.pop()
                if tag == v_tag and stack and stack[-1] == c_tag:
                    if value is None:
                        value = el.text or ""
                elif tag == t_tag and inline is not None:
                    inline.add(stack, is_tag, el)
                elif tag == c_tag and _ends(stack, S + "sheetData", row_tag):
                    if len(cells) < MAX_COLUMNS:
                        c = Element(c_tag, attrib)
                        if value is not None:
                            SubElement(c, v_tag).text = value[:cap]
                        if inline is not None:
                            SubElement(SubElement(c, is_tag), t_tag).text = inline.content()
                            self.cut += inline.cut
                        cell = parser.parse_cell(c)
                        v = cell["value"]
                        if isinstance(v, str):
                            if len(v) > cap:
                                cell["value"], self.cut = v[:cap], self.cut + 1
                            row_chars += len(cell["value"])
                            if row_chars > row_cap:
                                cell["value"], self.cut = "", self.cut + 1
                        if 1 <= cell["column"] <= MAX_COLUMNS:
                            cells.append(cell)
                elif tag == row_tag and _ends(stack, S + "sheetData"):
                    yield parser.row_counter, cells
                    cells = []
                _drop(el)

    def __iter__(self) -> Iterator[tuple[list[Any], int] | None]:
        # openpyxl's ReadOnlyWorksheet._cells_by_row and _get_row, values only, from row 1
        max_col, max_row = self.max_col, self.max_row
        counter = idx = 1
        for idx, cells in self._parsed():
            if max_row is not None and idx > max_row:
                break
            while counter < idx:
                counter += 1
                yield None
            if counter <= idx:
                counter += 1
                if not cells and not max_col:
                    yield None
                    continue
                width = min(max_col or cells[-1]["column"], MAX_COLUMNS)
                last = max((c["column"] for c in cells if c["column"] <= width), default=0)
                values: list[Any] = [None] * last
                for c in cells:
                    if c["column"] <= width:
                        values[c["column"] - 1] = c["value"]
                yield values, width
        if max_row is not None and max_row < idx:
            while counter <= max_row:
                counter += 1
                yield None


class _NoCells:
    """A ``<row>`` seen at its start: its attributes and no cells (the cells are parsed one
    by one as they end)."""

    def __init__(self, attrib: Any) -> None:
        self.attrib = dict(attrib)

    def __iter__(self) -> Iterator[Any]:
        return iter(())
