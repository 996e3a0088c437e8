"""Property-based fuzzing of every reader and of the extractor (hypothesis).

Readers: random bytes and mutations (truncation, byte flips, splices) of a valid seed
file of each format go through :func:`ftaudit.inspect.inspect_paths`; it must never raise,
and the report must serialise.  Extractor: any text, and text assembled from the cue
vocabulary, never crashes; extraction is deterministic and every quote is verbatim.

CI runs a few thousand examples in total (``FUZZ_EXAMPLES`` per reader); the long run
is ``bench/fuzz_readers.py``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from ftaudit.inspect import Limits, inspect_paths
from ftaudit.read.lexicon import extract_facts, interpret_answer, sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.inspect.test_hardening_corpus import _docx_bytes, _parquet_bytes, _pdf_bytes, _xlsx_bytes

FUZZ_EXAMPLES = int(os.environ.get("FTAUDIT_FUZZ_EXAMPLES", "300"))
LIMITS = Limits(max_bytes=2_000_000, pdf_seconds=10.0)


def _seeds() -> dict[str, bytes]:
    good = {"messages": [{"role": "system", "content": "Route it."}, {"role": "user", "content": "Parcel late"},
                         {"role": "assistant", "content": "shipping"}]}
    jsonl = b"".join(json.dumps(good).encode() + b"\n" for _ in range(5))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("train.jsonl", jsonl)
        zf.writestr("docs/policy.md", "# Policy\n\nRefunds within 30 days.\n")
    return {
        "jsonl": jsonl,
        "json": json.dumps([good, good]).encode(),
        "csv": b"prompt,completion\n" + b"".join(b"question %d,answer %d\n" % (i, i % 3) for i in range(8)),
        "tsv": b"text\tlabel\n" + b"".join(b"ticket %d\tbilling\n" % i for i in range(8)),
        "xlsx": _xlsx_bytes([["prompt", "completion"], *[[f"q{i}", f"a{i}"] for i in range(8)]]),
        "parquet": _parquet_bytes(),
        "pdf": _pdf_bytes("Travel policy. Economy class only. Updated 2024-05-01."),
        "docx": _docx_bytes(["Travel policy", "Economy class only."]),
        "zip": buf.getvalue(),
        "txt": b"Policy v2, updated 2024-05-01.\nRefunds within 30 days.\n",
        "md": b"# Handbook\n\n## Leave\n\nStaff get 25 days.\n",
    }


SEEDS = _seeds()


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` cut, flipped, spliced or replaced; or plain random bytes."""
    how = draw(st.sampled_from(["random", "truncate", "flip", "splice", "repeat"]))
    if how == "random":
        return draw(st.binary(max_size=4096))
    data = bytearray(seed)
    if how == "truncate":
        return bytes(data[: draw(st.integers(0, len(data)))])
    if how == "flip":
        for _ in range(draw(st.integers(1, 12))):
            i = draw(st.integers(0, len(data) - 1))
            data[i] = draw(st.integers(0, 255))
        return bytes(data)
    if how == "splice":
        i = draw(st.integers(0, len(data)))
        return bytes(data[:i]) + draw(st.binary(max_size=512)) + bytes(data[i:])
    i = draw(st.integers(0, len(data)))
    j = draw(st.integers(i, min(len(data), i + 256)))
    return bytes(data[:i]) + bytes(data[i:j]) * draw(st.integers(2, 50)) + bytes(data[j:])


def zip_version_bomb() -> bytes:
    """The seed ZIP with the first central-directory entry's "version needed" byte set to 6.4.

    ``zipfile.ZipFile`` raises ``NotImplementedError`` for it, and the inspector lets that
    escape (found by this fuzzer; see ``test_zip_with_unsupported_version_is_a_finding``).
    """
    data = bytearray(SEEDS["zip"])
    at = data.index(b"PK\x01\x02")
    data[at + 6] = 0x40  # version needed to extract: 6.4 (what zipfile refuses)
    return bytes(data)


KNOWN_CRASHES: dict[str, tuple[type[BaseException], ...]] = {}
"""Exceptions a reader is still allowed to raise, per extension (none now: the ZIP crashes this
fuzzer found are findings since the fix in agent/data/sources.py)."""


def check_reader(ext: str, data: bytes, *, tolerate_known: bool = True) -> None:
    """The property: inspecting ``data`` as a ``.ext`` file never raises; the report serialises."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"fuzz.{ext}"
        p.write_bytes(data)
        known: tuple[type[BaseException], ...] = KNOWN_CRASHES.get(ext, ()) if tolerate_known else ()
        try:
            report = inspect_paths([p], limits=LIMITS)
        except known:
            return
        assert report.files, ext
        json.dumps(report.model_dump(mode="json"))
        report.to_markdown().encode("utf-8")
        assert sorted(os.listdir(d)) == [p.name], "inspection wrote next to its input"


def _reader_test(ext: str):  # type: ignore[no-untyped-def]
    @settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=mutated(SEEDS[ext]))
    def test(data: bytes) -> None:
        check_reader(ext, data)

    test.__name__ = f"test_reader_never_crashes_{ext}"
    return test


for _ext in SEEDS:
    globals()[f"test_reader_never_crashes_{_ext}"] = _reader_test(_ext)


def test_zip_with_unsupported_version_is_a_finding() -> None:
    check_reader("zip", zip_version_bomb(), tolerate_known=False)


def zip_repeated_central_header() -> bytes:
    """The seed ZIP with a slice of its central directory repeated (found by ``bench/fuzz_readers.py``):
    ``zipfile`` raises ``IndexError`` while parsing the names, and it escapes the inspector."""
    data = SEEDS["zip"]
    a = data.index(b"PK\x01\x02") + 46 + 1
    return data[:a] + data[a : a + 19] * 4 + data[a + 19 :]


def test_zip_with_garbled_central_directory_is_a_finding() -> None:
    check_reader("zip", zip_repeated_central_header(), tolerate_known=False)


def test_xlsx_and_docx_with_unsupported_zip_version_are_findings() -> None:
    for ext in ("xlsx", "docx"):
        b = bytearray(SEEDS[ext])
        at = b.index(b"PK\x01\x02")
        b[at + 6] = 0x40
        check_reader(ext, bytes(b), tolerate_known=False)


@pytest.mark.parametrize("ext", sorted(SEEDS))
def test_seed_files_are_read(ext: str) -> None:
    """The seeds themselves are valid files of their type (so mutations start from real structure)."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"seed.{ext}"
        p.write_bytes(SEEDS[ext])
        report = inspect_paths([p])
        assert all(f.kind not in ("unreadable", "unsupported") for f in report.files), [
            (f.code, f.message) for f in report.findings]


# --- the extractor ----------------------------------------------------------------------------

CUES = ["we", "classify", "2 million", "tickets", "a month", "labelled", "examples", "cite", "the policy",
        "changes weekly", "no", "not", "latency", "under 2 seconds", "JSON", "tone", "brand voice", "GDPR",
        "budget", "$5,000", "per month", "prototype", "production", "OpenAI", "Azure", "documents", "1,800 pages",
        "accuracy", "matters", "doesn't", "matter", "4,200", "contracts", "annotated", ".", ",", ";", "\n",
        "e.g.", "(", ")", "—", "-", "?", "!", "%", "k", "M", "0", "1e9", "½", "٣", "\u2028", "\u200b"]

texts = st.one_of(
    st.text(max_size=600),
    st.lists(st.sampled_from(CUES), max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(CUES), st.text(max_size=8)), max_size=60).map(" ".join),
)


@settings(max_examples=max(200, FUZZ_EXAMPLES * 2), deadline=None, derandomize=True)
@given(text=texts)
def test_extractor_never_crashes_is_deterministic_and_quotes_verbatim(text: str) -> None:
    first = extract_facts(text)
    again = extract_facts(text)
    assert [f.model_dump() for f in first] == [f.model_dump() for f in again]
    flat = " ".join(text.split())
    for f in first:
        assert f.quote is None or " ".join(f.quote.split()) in flat, (f.field, f.quote)
    for s in sentences(text):
        assert s.text


@settings(max_examples=max(100, FUZZ_EXAMPLES), deadline=None, derandomize=True)
@given(text=texts, focus=st.sampled_from([None, "monthly_volume", "labelled_examples", "knowledge_change_days",
                                          "latency_ms", "citations_required", "budget_monthly"]))
def test_interview_answers_never_crash(text: str, focus: str | None) -> None:
    from ftaudit.facts import FACT_FIELDS

    if focus is not None and focus not in FACT_FIELDS:
        focus = None
    assert [f.model_dump() for f in interpret_answer(text, focus)] == [
        f.model_dump() for f in interpret_answer(text, focus)]


@settings(max_examples=max(100, FUZZ_EXAMPLES), deadline=None, derandomize=True)
@given(text=texts)
def test_guard_never_crashes(text: str) -> None:
    from ftaudit.read.guard import MAX_WARNINGS, suspicious_instructions

    out = suspicious_instructions(text)
    assert len(out) <= MAX_WARNINGS and all("\n" not in w for w in out)
    assert out == suspicious_instructions(text)


# --- special files, links, compressed XML, huge cells (red-team items 5, 6, 7) -------------------

SMALL_CAPS = Limits(max_bytes=2_000_000, pdf_seconds=10.0, max_cell_chars=2_000, max_line_bytes=8_192,
                    max_csv_field=8_192, max_zip_member=4_000_000, max_xml_part=200_000, max_zip_total=8_000_000,
                    max_xlsx_strings=500, max_xlsx_string_bytes=20_000)
"""Caps small enough that fuzz inputs of a few kilobytes run into every one of them."""
SECRET = "s3cr3t-0utside-7c1e"
ENTRY_KINDS = ["file", "link_inside", "link_outside", "link_outside_dir", "broken_link", "link_loop", "fifo", "socket",
               "subdir_file"]


def _finish_within(work, fifos: list[Path], timeout: float = 30.0):  # type: ignore[no-untyped-def]
    """``work()`` in a thread; on a timeout, open the FIFOs for writing (the reader sees EOF) and fail."""
    import threading

    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:
            box["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        for _ in range(50):
            for f in fifos:
                with contextlib.suppress(OSError):
                    os.close(os.open(f, os.O_WRONLY | os.O_NONBLOCK))
            t.join(0.1)
        raise AssertionError(f"blocked for more than {timeout:.0f} s on a special file")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")


@st.composite
def folder_entries(draw: st.DrawFn) -> list[tuple[str, str, str]]:
    """``(name, kind, seed extension)`` of the entries of a folder to inspect."""
    n = draw(st.integers(1, 7))
    names = draw(st.lists(st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True), min_size=n, max_size=n, unique=True))
    return [(name, draw(st.sampled_from(ENTRY_KINDS)), draw(st.sampled_from(sorted(SEEDS)))) for name in names]


def check_folder(entries: list[tuple[str, str, str]], *, as_case: bool = False) -> None:
    """The property for folders: inspecting a folder of files, links (inside, outside, broken,
    looping), FIFOs and sockets never raises and never blocks; nothing outside the folder is
    read; every special file and every link that leaves the folder gets a finding.  As a case
    folder: a link outside is an InputError naming it, or nothing of it reaches the report."""
    import socket

    from ftaudit.app.api import audit
    from ftaudit.app.cases import read_case
    from ftaudit.errors import InputError

    with tempfile.TemporaryDirectory() as d:
        root = Path(d)
        outside = root / "outside"
        outside.mkdir()
        (outside / "secret.md").write_text(f"The password is {SECRET}.\n", encoding="utf-8")
        (outside / "rows.jsonl").write_text(json.dumps({"prompt": SECRET, "completion": SECRET}) + "\n",
                                            encoding="utf-8")
        folder = root / "in"
        folder.mkdir()
        if as_case:
            (folder / "case.md").write_text("We classify 40,000 tickets a month into 12 queues.\n", encoding="utf-8")
        fifos: list[Path] = []
        socks = []
        special: set[str] = set()
        for name, kind, ext in entries:
            p = folder / f"{name}.{ext}"
            if kind == "file":
                p.write_bytes(SEEDS[ext])
            elif kind == "subdir_file":
                (folder / name).mkdir(exist_ok=True)
                (folder / name / f"x.{ext}").write_bytes(SEEDS[ext])
            elif kind == "link_inside":
                target = folder / f"target-{name}.{ext}"
                target.write_bytes(SEEDS[ext])
                p.symlink_to(target)
            elif kind == "link_outside":
                p.symlink_to(outside / ("rows.jsonl" if ext in ("jsonl", "json") else "secret.md"))
                special.add(p.name)
            elif kind == "link_outside_dir":
                (folder / name).symlink_to(outside, target_is_directory=True)
            elif kind == "broken_link":
                p.symlink_to(root / "missing" / p.name)
            elif kind == "link_loop":
                p.symlink_to(p)
            elif kind == "fifo" and hasattr(os, "mkfifo"):
                os.mkfifo(p)
                fifos.append(p)
                special.add(p.name)
            elif kind == "socket" and hasattr(socket, "AF_UNIX"):
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.bind(str(p))
                socks.append(s)
                special.add(p.name)
        try:
            if as_case:
                try:
                    report = _finish_within(lambda: audit(read_case(folder)), fifos, 60.0)
                except InputError as exc:
                    assert "\n" not in str(exc) and SECRET not in str(exc)
                    return
                text = report.to_json() + report.to_markdown()
                assert SECRET not in text
                return
            data = _finish_within(lambda: inspect_paths([folder], limits=LIMITS), fifos)
        finally:
            for s in socks:
                s.close()
        dumped = json.dumps(data.model_dump(mode="json")) + data.to_markdown()
        assert SECRET not in dumped
        flagged = {Path(f.file).name for f in data.findings
                   if f.code in ("not_regular_file", "symlink_outside_folder")}
        assert special <= flagged, (special, flagged)


@settings(max_examples=max(30, FUZZ_EXAMPLES // 5), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(entries=folder_entries(), as_case=st.booleans())
def test_folders_of_links_and_special_files_never_leak_or_block(entries: list[tuple[str, str, str]],
                                                                as_case: bool) -> None:
    check_folder(entries, as_case=as_case)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@st.composite
def compressed_xml(draw: st.DrawFn) -> tuple[str, bytes]:
    """A DOCX or XLSX whose XML parts are built at random: repeated, nested and long
    elements, huge text, any compression level, sizes that lie (``(extension, bytes)``)."""
    from tests.inspect.test_hardening_files_bombs import _sheet, docx_with_body, lie_about_size, xlsx_with

    kind = draw(st.sampled_from(["docx", "xlsx-sheet", "xlsx-strings"]))
    text = draw(st.sampled_from(["a", "Policy text ", "é&amp;<>", "x" * 997, "\r\n", "&#x1F600;"]))
    repeat = draw(st.integers(0, 3000))
    width = draw(st.integers(1, 40))
    if kind == "docx":
        run = f"<w:r><w:t>{text}</w:t></w:r>" if "<" not in text else "<w:r><w:t>x</w:t></w:r>"
        unit = draw(st.sampled_from([
            f"<w:p>{run * width}</w:p>",
            f"<w:tbl><w:tr>{('<w:tc><w:p>' + run + '</w:p></w:tc>') * width}</w:tr></w:tbl>",
            f"<w:p><w:hyperlink>{run}</w:hyperlink><w:r><w:tab/><w:br/></w:r></w:p>",
            "<w:p>" + "<w:sdt>" * width + run + "</w:sdt>" * width + "</w:p>",
            f"<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/><w:gridSpan w:val=\"{width}\"/></w:tcPr><w:p>{run}</w:p></w:tc></w:tr></w:tbl>",
        ])).encode()
        data = docx_with_body([unit * repeat], level=draw(st.integers(0, 9)))
        member = "word/document.xml"
        ext = "docx"
    else:
        safe = text if "<" not in text else "x"
        cells = "".join(f'<c t="inlineStr"><is><t>{safe}</t></is></c>' for _ in range(width))
        rows = [b'<row r="1"><c r="A1" t="inlineStr"><is><t>prompt</t></is></c><c r="B1" t="inlineStr"><is><t>'
                b"completion</t></is></c></row>"]
        rows += [f"<row>{cells}</row>".encode()] * repeat
        dimension = draw(st.sampled_from([None, "A1:B2", "A1:XFD1048576", "A1"]))
        if kind == "xlsx-sheet":
            data = xlsx_with(_sheet(rows, dimension), level=draw(st.integers(0, 9)))
            member = "xl/worksheets/sheet1.xml"
        else:
            n = repeat
            sst = [f'<?xml version="1.0"?><sst xmlns="{_S}" count="{n}">'.encode()]
            sst += [draw(st.sampled_from([f"<si><t>{safe}</t></si>", f"<si><r><t>{safe}</t></r><r><t>b</t></r></si>",
                                          f'<si><t xml:space="preserve"> {safe} </t><rPh><t>p</t></rPh></si>']))
                    .encode() * n, b"</sst>"]
            strings_rows = [b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
                            b'<row r="2"><c r="A2" t="s"><v>%d</v></c></row>' % max(0, n - 1)]
            data = xlsx_with(_sheet(strings_rows, dimension), sst, level=draw(st.integers(0, 9)))
            member = "xl/sharedStrings.xml"
        ext = "xlsx"
    if draw(st.booleans()):
        data = lie_about_size(data, member, draw(st.sampled_from([0, 1, 100, 10**6, 2**31])))
    return ext, data


def check_compressed_xml(ext: str, data: bytes) -> None:
    """The property for Office files: any structure, size or lie is a report, never an
    exception; no paragraph or cell longer than the cap reaches the report."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"fuzz.{ext}"
        p.write_bytes(data)
        report = inspect_paths([p], limits=SMALL_CAPS)
        assert report.files
        json.dumps(report.model_dump(mode="json"))
        report.to_markdown().encode("utf-8")


@settings(max_examples=max(40, FUZZ_EXAMPLES // 3), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(item=compressed_xml())
def test_compressed_xml_in_office_files_never_crashes(item: tuple[str, bytes]) -> None:
    check_compressed_xml(*item)


@st.composite
def huge_cell(draw: st.DrawFn) -> tuple[str, bytes, int]:
    """A small table or document in any format with one cell (or paragraph) of random size
    around the caps of :data:`SMALL_CAPS`: ``(extension, bytes, cell length)``."""
    from tests.inspect.test_hardening_corpus import _docx_bytes, _xlsx_bytes

    ext = draw(st.sampled_from(["csv", "jsonl", "xlsx", "parquet", "docx", "md"]))
    size = draw(st.sampled_from([0, 1, 1_999, 2_000, 2_001, 8_191, 8_193, 50_000]))
    ch = draw(st.sampled_from(["a", "é", "😀", " ", "\t", "x\n"]))
    cell = (ch * size)[:size]
    row = {"prompt": cell, "completion": "billing"}
    if ext == "csv":
        out = io.StringIO()
        import csv as _csv

        w = _csv.writer(out)
        w.writerow(["prompt", "completion"])
        w.writerows([[cell, "billing"], ["short", "billing"]])
        data = out.getvalue().encode()
    elif ext == "jsonl":
        data = (json.dumps(row) + "\n" + json.dumps({"prompt": "short", "completion": "b"}) + "\n").encode()
    elif ext == "xlsx":
        data = _xlsx_bytes([["prompt", "completion"], [cell.replace("\t", " ") or "e", "billing"], ["short", "b"]])
    elif ext == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        buf = io.BytesIO()
        pq.write_table(pa.table({"prompt": [cell, "short"], "completion": ["billing", "b"]}), buf,
                       use_dictionary=draw(st.booleans()))
        data = buf.getvalue()
    elif ext == "docx":
        data = _docx_bytes([cell or "e", "after"])
    else:
        data = f"# Title\n\n{cell}\n\nafter\n".encode()
    return ext, data, size


def check_huge_cell(ext: str, data: bytes, size: int) -> None:
    """The property for huge cells: the file is read, nothing raises, and a cell over
    ``max_cell_chars`` (XLSX, Parquet, DOCX) is reported as cut."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"cell.{ext}"
        p.write_bytes(data)
        report = inspect_paths([p], limits=SMALL_CAPS)
        json.dumps(report.model_dump(mode="json"))
        codes = {f.code for f in report.findings}
        assert not codes & {"inspection_failed", "out_of_memory"}, codes
        if ext in ("xlsx", "parquet", "docx") and size > SMALL_CAPS.max_cell_chars:
            assert "cell_truncated" in codes or "line_too_long" in codes, (ext, size, codes)


@settings(max_examples=max(40, FUZZ_EXAMPLES // 3), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(item=huge_cell())
def test_huge_cells_are_cut_and_reported(item: tuple[str, bytes, int]) -> None:
    check_huge_cell(*item)


PROPERTIES = {
    "folder": (folder_entries(), lambda entries: check_folder(entries)),
    "case": (folder_entries(), lambda entries: check_folder(entries, as_case=True)),
    "ooxml": (compressed_xml(), lambda item: check_compressed_xml(*item)),
    "cells": (huge_cell(), lambda item: check_huge_cell(*item)),
}
"""The structured targets of ``bench/fuzz_readers.py`` (strategy, property)."""


def zip_with_empty_central_directory() -> bytes:
    """The seed ZIP with its end record's central-directory size set to 0 (found by
    ``bench/fuzz_readers.py``): ``zipfile`` lists no member, and the report had no file at all."""
    data = bytearray(SEEDS["zip"])
    at = data.rindex(b"PK\x05\x06")
    data[at + 12 : at + 16] = b"\x00\x00\x00\x00"
    return bytes(data)


def test_zip_whose_directory_lists_nothing_is_reported() -> None:
    check_reader("zip", zip_with_empty_central_directory(), tolerate_known=False)
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "empty.zip"
        p.write_bytes(zip_with_empty_central_directory())
        assert [f.code for f in inspect_paths([p]).findings] == ["empty_archive"]
