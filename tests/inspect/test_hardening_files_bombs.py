"""Memory bombs in ZIP-based formats and Parquet stay under 500 MB (red-team item 5).

Each file is inspected by ``ftaudit inspect`` in a child process whose peak RSS is read
with ``os.wait4``.  Before the fix: a DOCX whose body inflates 1000:1 peaked at 3.2 GB (6 GB
here for a 6 MB one), a 10 MB XLSX with 4 million shared strings at 740 MB and 74 s, a
33 KB Parquet file with one 1 GB cell at 4.3 GB, an 809-byte dictionary-encoded Parquet
file never finished.  The generators are shared with the fuzzers (``bench/fuzz_readers.py``).
"""

from __future__ import annotations

import io
import json
import os
import random
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
MAX_RSS_MB = 500
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
WORDS = ["refund", "policy", "ticket", "billing", "shipping", "invoice", "customer", "order", "parcel", "late",
         "damaged", "account", "password", "reset", "travel", "economy", "hotel", "receipt", "manager",
         "approval", "contract", "clause", "renewal"]


# --- generators -----------------------------------------------------------------------------------

_CT_DOCX = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            b'<Default Extension="xml" ContentType="application/xml"/>'
            b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'wordprocessingml.document.main+xml"/></Types>')
_RELS_DOCX = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              b'officeDocument" Target="word/document.xml"/></Relationships>')


def docx_with_body(chunks: Any, *, level: int = 6) -> bytes:
    """A minimal Word document whose ``document.xml`` body is the byte ``chunks`` (streamed)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr("[Content_Types].xml", _CT_DOCX)
        zf.writestr("_rels/.rels", _RELS_DOCX)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'.encode())
            for c in chunks:
                fh.write(c)
            fh.write(b"</w:body></w:document>")
    return buf.getvalue()


def docx_ratio_bomb(inflated: int) -> bytes:
    """The red team's DOCX: one repeated paragraph inflating about 1000:1."""
    para = b"<w:p><w:r><w:t>" + b"Policy text " * 8 + b"</w:t></w:r></w:p>"
    block = para * ((1 << 20) // len(para))
    return docx_with_body((block for _ in range(inflated // len(block))), level=9)


def docx_varied(inflated: int, seed: int = 0) -> bytes:
    """Real-looking paragraphs (compresses about 5:1, under the ratio cap): only streaming helps."""
    rnd = random.Random(seed)

    def chunks() -> Any:
        done = 0
        while done < inflated:
            paras = []
            for _ in range(2000):
                words = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 25)))
                paras.append(f"<w:p><w:r><w:t>{words} {rnd.randint(0, 10**9)}</w:t></w:r></w:p>")
            block = "".join(paras).encode()
            done += len(block)
            yield block
    return docx_with_body(chunks(), level=1)


def docx_one_paragraph(runs: int) -> bytes:
    """One paragraph of ``runs`` small runs (a tree nothing frees until the paragraph ends)."""
    rnd = random.Random(1)

    def chunks() -> Any:
        yield b"<w:p>"
        for _ in range(runs // 1000):
            yield "".join(f"<w:r><w:t>{rnd.choice(WORDS)} </w:t></w:r>" for _ in range(1000)).encode()
        yield b"</w:p><w:p><w:r><w:t>after the long paragraph</w:t></w:r></w:p>"
    return docx_with_body(chunks(), level=1)


def _xlsx_base() -> zipfile.ZipFile:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["prompt", "completion"])
    buf = io.BytesIO()
    wb.save(buf)
    return zipfile.ZipFile(io.BytesIO(buf.getvalue()))


def xlsx_with(sheet: Any = None, strings: Any = None, *, level: int = 6) -> bytes:
    """A workbook whose first sheet's XML and/or shared-strings XML are the given byte chunks."""
    src = _xlsx_base()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for info in src.infolist():
            if info.filename == "xl/sharedStrings.xml" and strings is not None:
                continue
            if info.filename == "xl/worksheets/sheet1.xml" and sheet is not None:
                continue
            data = src.read(info.filename)
            if strings is not None and info.filename == "[Content_Types].xml" and b"sharedStrings" not in data:
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            if strings is not None and info.filename == "xl/_rels/workbook.xml.rels" and b"sharedStrings" not in data:
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.'
                                    b'org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                    b"</Relationships>")
            zf.writestr(info, data)
        for name, chunks in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", strings)):
            if chunks is not None:
                with zf.open(name, "w", force_zip64=True) as fh:
                    for c in chunks:
                        fh.write(c)
    return out.getvalue()


def _sheet(rows: Any, dimension: str | None = None) -> Any:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{S_NS}">'.encode()
    if dimension:
        yield f'<dimension ref="{dimension}"/>'.encode()
    yield b"<sheetData>"
    yield from rows
    yield b"</sheetData></worksheet>"


def xlsx_shared_strings(n: int) -> bytes:
    """The red team's workbook: a shared-strings table of ``n`` entries."""
    def strings() -> Any:
        yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{S_NS}" count="{n}" uniqueCount="{n}">'.encode()
        for i in range(0, n, 10_000):
            yield b"".join(b"<si><t>s%dq</t></si>" % j for j in range(i, min(n, i + 10_000)))
        yield b"</sst>"
    rows = [b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
            b'<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>%d</v></c></row>' % (n - 1)]
    return xlsx_with(_sheet(rows), strings())


def xlsx_huge_cells(text_mb: int = 9, wide: int = 200_000) -> bytes:
    """A header, a row with one inline cell of ``text_mb`` MB, and a row of ``wide`` cells."""
    rnd = random.Random(2)
    big = " ".join(rnd.choice(WORDS) for _ in range(text_mb * 1024 * 1024 // 7))[: text_mb * 1024 * 1024 - 16]
    rows = [b'<row r="1"><c r="A1" t="inlineStr"><is><t>prompt</t></is></c><c r="B1" t="inlineStr"><is><t>completion'
            b"</t></is></c></row>",
            b'<row r="2"><c r="A2" t="inlineStr"><is><t>' + big.encode() + b'</t></is></c><c r="B2" t="inlineStr"><is>'
            b"<t>ok</t></is></c></row>",
            b'<row r="3">' + b"".join(b"<c><v>%d</v></c>" % rnd.randint(0, 99) for _ in range(wide)) + b"</row>"]
    return xlsx_with(_sheet(rows))


def xlsx_dimension_bomb() -> bytes:
    """Two rows 900,000 apart in a sheet that claims 16,384 columns and 1,048,576 rows (openpyxl
    pads every row to the claimed width: 15 billion cells)."""
    rows = [b'<row r="1"><c r="A1" t="inlineStr"><is><t>prompt</t></is></c><c r="B1" t="inlineStr"><is><t>completion'
            b"</t></is></c></row>",
            b'<row r="900000"><c r="A900000" t="inlineStr"><is><t>q</t></is></c><c r="XFD900000"><v>1</v></c></row>']
    return xlsx_with(_sheet(rows, "A1:XFD1048576"))


def parquet_huge_cell(size: int) -> bytes:
    """One cell of ``size`` repeated bytes, zstd-compressed to a few kilobytes."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.table({"prompt": ["a" * size], "completion": ["b"]}), buf, compression="zstd",
                   use_dictionary=False, data_page_size=1 << 30)
    return buf.getvalue()


def parquet_dictionary_bomb(value: int, rows: int, nested: bool = False) -> bytes:
    """One incompressible ``value``-byte string referenced by ``rows`` rows (no compression
    ratio to catch: the dictionary holds it once, a plain read expands it ``rows`` times)."""
    import string

    import pyarrow as pa
    import pyarrow.parquet as pq

    rnd = random.Random(0)
    big = "".join(rnd.choice(string.ascii_letters) for _ in range(value))
    prompts = pa.DictionaryArray.from_arrays(pa.array([0] * rows, pa.int32()), pa.array([big]))
    if nested:
        msgs = pa.ListArray.from_arrays(
            pa.array(list(range(0, 2 * rows + 1, 2)), pa.int32()),
            pa.StructArray.from_arrays(
                [pa.array(["user", "assistant"] * rows),
                 pa.DictionaryArray.from_arrays(pa.array([0, 1] * rows, pa.int32()), pa.array([big, "ok"]))],
                names=["role", "content"]))
        table = pa.table({"messages": msgs})
    else:
        table = pa.table({"prompt": prompts, "completion": pa.array(["billing"] * rows)})
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


def lie_about_size(data: bytes, member: str, declared: int) -> bytes:
    """``data`` (a ZIP) with ``member``'s uncompressed size set to ``declared`` in its local
    header and its central-directory entry (no ZIP64 fields)."""
    out = bytearray(data)
    name = member.encode()
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = out.find(sig)
        while at >= 0:
            n_len = struct.unpack_from("<H", out, at + (26 if sig == b"PK\x03\x04" else 28))[0]
            start = at + (30 if sig == b"PK\x03\x04" else 46)
            if bytes(out[start : start + n_len]) == name:
                struct.pack_into("<I", out, at + off, declared)
            at = out.find(sig, at + 4)
    return bytes(out)


# --- measuring ------------------------------------------------------------------------------------


@pytest.fixture()
def measured(tmp_path: Path) -> Any:
    """Inspect ``data`` saved as ``name`` in a child; prints and returns (codes, report, s, MB)."""
    def run(name: str, data: bytes) -> tuple[set[str], dict[str, Any], float, float]:
        p = tmp_path / name
        p.write_bytes(data)
        report, took, rss = _isolated(p)
        codes = {f["code"] for f in report["findings"]}
        print(f"{name}: {len(data):,} bytes, {took:.1f} s, peak RSS {rss:.0f} MB, {sorted(codes)}")
        assert rss < MAX_RSS_MB, (name, rss)
        return codes, report, took, rss
    return run


def _isolated(p: Path) -> tuple[dict[str, Any], float, float]:
    """``(report, seconds, peak RSS in MB)`` of ``ftaudit inspect --format json p`` in a child,
    with that child's own peak (not the maximum over all children so far): it runs under a
    fresh Python that reports its one child's usage."""
    code = ("import json, os, resource, subprocess, sys, time\n"
            "t = time.monotonic()\n"
            "p = subprocess.run([sys.executable, '-m', 'ftaudit.ui.cli.main', 'inspect', '--format', 'json', sys.argv[1]],"
            " capture_output=True)\n"
            "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
            "sys.stdout.write(json.dumps({'rc': p.returncode, 'out': p.stdout.decode(), 'err': p.stderr.decode()[-3000:],"
            " 'rss': rss, 's': time.monotonic() - t}))\n")
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        res = subprocess.run([sys.executable, "-c", code, str(p)], cwd=REPO, env=env, capture_output=True, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{p.name}: still running after 300 s")
    got = json.loads(res.stdout)
    assert got["rc"] in (0, 2), got["err"]
    assert "Traceback" not in got["err"], got["err"]
    return json.loads(got["out"]), got["s"], got["rss"]


# --- the attacks ----------------------------------------------------------------------------------


def test_docx_ratio_bomb_is_refused_by_the_archive_caps(measured: Any) -> None:
    codes, _report, took, _rss = measured("bomb.docx", docx_ratio_bomb(400 << 20))
    assert "archive_bomb_suspected" in codes and "empty_document" not in codes
    assert took < 30


def test_large_docx_under_the_ratio_cap_is_streamed(measured: Any) -> None:
    data = docx_varied(60 << 20)
    assert len(data) < 25 << 20  # within the upload limit
    codes, report, _took, _rss = measured("big.docx", data)
    (fr,) = report["files"]
    assert fr["kind"] == "documents" and fr["n_records"] > 100_000, fr
    assert not codes & {"unreadable_docx", "archive_bomb_suspected"}


def test_docx_paragraph_of_a_million_runs_is_cut(measured: Any) -> None:
    codes, report, _took, _rss = measured("runs.docx", docx_one_paragraph(1_000_000))
    assert "cell_truncated" in codes
    assert report["files"][0]["n_records"] == 2  # the long paragraph (cut) and the one after it


def test_docx_part_that_lies_about_its_size_is_a_finding(measured: Any) -> None:
    data = lie_about_size(docx_varied(8 << 20), "word/document.xml", 1000)
    codes, _report, _took, _rss = measured("liar.docx", data)
    assert codes & {"unreadable_docx", "archive_bomb_suspected", "archive_cap"}, codes


def test_xlsx_with_millions_of_shared_strings(measured: Any) -> None:
    codes, report, took, _rss = measured("strings.xlsx", xlsx_shared_strings(2_200_000))
    assert "xlsx_strings_truncated" in codes
    assert report["files"][0]["n_records"] == 1
    assert took < 30


def test_xlsx_with_a_huge_inline_cell_and_a_very_wide_row(measured: Any) -> None:
    codes, report, _took, _rss = measured("cells.xlsx", xlsx_huge_cells())
    assert "cell_truncated" in codes, codes
    assert report["files"][0]["n_records"] == 2


def test_xlsx_dimension_bomb_is_quick(measured: Any) -> None:
    _codes, report, took, _rss = measured("dimension.xlsx", xlsx_dimension_bomb())
    assert report["files"][0]["n_records"] == 1
    assert took < 30


def test_xlsx_part_that_lies_about_its_size_is_a_finding(measured: Any) -> None:
    data = lie_about_size(xlsx_shared_strings(300_000), "xl/sharedStrings.xml", 1000)
    codes, _report, _took, _rss = measured("liar.xlsx", data)
    assert codes & {"unreadable_workbook", "archive_bomb_suspected"}, codes


def test_parquet_with_one_huge_cell_is_refused(measured: Any) -> None:
    data = parquet_huge_cell(120 << 20)  # (writing a 400 MB cell takes this process to 3.7 GB)
    assert len(data) < 100_000
    codes, _report, took, _rss = measured("cell.parquet", data)
    assert "parquet_bomb_suspected" in codes and took < 30


@pytest.mark.parametrize("nested", [False, True])
def test_parquet_dictionary_bomb_stays_bounded(measured: Any, nested: bool) -> None:
    data = parquet_dictionary_bomb(500_000, 20_000, nested)
    assert len(data) < 1_000_000  # 10 GB once every row is expanded
    codes, report, took, _rss = measured("dict.parquet", data)
    assert report["files"][0]["n_records"] > 0 and took < 60, (codes, took)


def test_zip_upload_member_that_lies_about_its_size_is_a_finding(measured: Any) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("rows.jsonl", b'{"prompt": "a", "completion": "b"}\n' * 200_000)
        zf.writestr("ok.jsonl", b'{"prompt": "a", "completion": "b"}\n' * 10)
    codes, report, _took, _rss = measured("liar.zip", lie_about_size(buf.getvalue(), "rows.jsonl", 100))
    assert codes & {"corrupt_archive", "archive_cap", "inspection_failed"}, codes
    assert any(f["path"].endswith("ok.jsonl") and f["n_examples"] == 10 for f in report["files"])


def zip_with_big_parquet(rows: int) -> bytes:
    """A ZIP under the upload limit holding an uncompressed Parquet member about 180 MB long."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rnd = random.Random(4)
    prompts = [" ".join(rnd.choices(WORDS, k=60)) for _ in range(rows)]
    buf = io.BytesIO()
    pq.write_table(pa.table({"prompt": prompts, "completion": ["billing"] * rows}), buf, compression="none",
                   use_dictionary=False, row_group_size=rows)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr("rows.parquet", buf.getvalue())
    return out.getvalue()


def test_zip_member_needing_random_access_is_not_held_in_memory(measured: Any) -> None:
    data = zip_with_big_parquet(400_000)
    assert len(data) < 25 << 20
    codes, report, _took, _rss = measured("member.zip", data)  # before: 570-735 MB
    assert any(f["name"] == "rows.parquet" and f["n_examples"] > 300_000 for f in report["files"]), codes
