"""DOCX/XLSX parts other than the body (styles, relationships, content types, shared strings)
stay within memory: each hostile file is inspected in a child process and its peak RSS measured.

The parts are filled with varied entries, so they pass the compression-ratio cap and reach the
parsers.  Measured before the 4 MB cap on parts parsed whole (16 MB then), 15 MB parts peaked at
560 MB (styles.xml), 415 MB (workbook rels), 374 MB (content types); now a part under the cap
peaks near 240 MB and a larger one is refused.
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from ftaudit.inspect import DEFAULT_LIMITS

PEAK_MB = 500
MB = 1024 * 1024
# The child's own high-water mark (VmHWM): ru_maxrss would carry over the parent's peak,
# which Linux copies through fork and keeps across exec, so a big pytest process poisons it.
_CHILD = """
import json, re, sys
from pathlib import Path
from ftaudit.inspect import inspect_paths
r = inspect_paths([Path(sys.argv[1])])
hwm = int(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1))
print(json.dumps({"peak_mb": hwm / 1024, "codes": [f.code for f in r.findings], "files": len(r.files)}))
"""
_NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_NS_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_NS_SHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["prompt", "completion"])
    for i in range(30):
        ws.append([f"ticket {i}: the printer is offline", "hardware"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _types_head("word/document.xml", "wordprocessingml.document.main") + "</Types>")
        z.writestr("_rels/.rels", _rels_head("officeDocument", "word/document.xml") + "</Relationships>")
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{_WML}"><w:body><w:p><w:r>'
                                        "<w:t>Refunds are paid within 14 days.</w:t></w:r></w:p></w:body></w:document>")
    return out.getvalue()


def _types_head(part: str, kind: str) -> str:
    return (f'<?xml version="1.0"?><Types xmlns="{_NS_TYPES}"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-officedocument.{kind}+xml"/>')


def _rels_head(kind: str, target: str) -> str:
    return (f'<?xml version="1.0"?><Relationships xmlns="{_NS_REL}"><Relationship Id="rId1" '
            f'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{target}"/>')


def _fill(head: str, item: str, tail: str, size: int, seed: int = 7) -> bytes:
    """``head``, then ``item`` with a random number in place of ``{}`` until ``size`` bytes, then ``tail``."""
    rng = random.Random(seed)
    parts, n = [head], len(head)
    while n < size - len(tail):
        one = item.format(rng.getrandbits(40))
        parts.append(one)
        n += len(one)
    parts.append(tail)
    return "".join(parts).encode()


def _replace(data: bytes, name: str, new: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, new if info.filename == name else src.read(info.filename))
        if name not in src.namelist():
            z.writestr(name, new)
    return out.getvalue()


def _hostile(kind: str, size: int) -> tuple[str, bytes]:
    if kind == "styles":
        part = _fill(f'<?xml version="1.0"?><styleSheet xmlns="{_NS_SHEET}"><cellXfs>',
                     '<xf numFmtId="{}" fontId="0" fillId="0" borderId="0"/>', "</cellXfs></styleSheet>", size)
        return ".xlsx", _replace(_xlsx(), "xl/styles.xml", part)
    if kind == "workbook_rels":
        part = _fill(_rels_head("worksheet", "worksheets/sheet1.xml"),
                     '<Relationship Id="r{:x}" Type="http://example.com/x" Target="none.xml"/>', "</Relationships>", size)
        return ".xlsx", _replace(_xlsx(), "xl/_rels/workbook.xml.rels", part)
    if kind == "xlsx_types":
        head = _types_head("xl/workbook.xml", "spreadsheetml.sheet.main") + (
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        part = _fill(head, '<Override PartName="/p{:x}.xml" ContentType="application/xml"/>', "</Types>", size)
        return ".xlsx", _replace(_xlsx(), "[Content_Types].xml", part)
    if kind == "shared_strings":
        part = _fill(f'<?xml version="1.0"?><sst xmlns="{_NS_SHEET}">', "<si><t>{:x}</t></si>", "</sst>", size)
        return ".xlsx", _replace(_xlsx(), "xl/sharedStrings.xml", part)
    if kind == "docx_types":
        part = _fill(_types_head("word/document.xml", "wordprocessingml.document.main"),
                     '<Override PartName="/p{:x}.xml" ContentType="application/xml"/>', "</Types>", size)
        return ".docx", _replace(_docx(), "[Content_Types].xml", part)
    if kind == "docx_rels":
        part = _fill(_rels_head("officeDocument", "word/document.xml"),
                     '<Relationship Id="r{:x}" Type="http://example.com/x" Target="none.xml"/>', "</Relationships>", size)
        return ".docx", _replace(_docx(), "_rels/.rels", part)
    raise ValueError(kind)


def _inspect_in_child(path: Path) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True,
                         timeout=600)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


UNDER = DEFAULT_LIMITS.max_xml_part - 64 * 1024
"""Just under the cap on parts parsed whole: the largest such part the parsers get."""


@pytest.mark.parametrize("kind", ["styles", "workbook_rels", "xlsx_types", "docx_types", "docx_rels"])
def test_a_part_parsed_whole_stays_under_the_memory_ceiling(tmp_path: Path, kind: str) -> None:
    ext, data = _hostile(kind, UNDER)
    path = tmp_path / f"{kind}{ext}"
    path.write_bytes(data)
    result = _inspect_in_child(path)
    assert result["files"] == 1
    assert float(result["peak_mb"]) < PEAK_MB, result  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["styles", "docx_types"])
def test_a_part_over_the_cap_is_refused_with_a_finding(tmp_path: Path, kind: str) -> None:
    ext, data = _hostile(kind, 15 * MB)
    path = tmp_path / f"{kind}{ext}"
    path.write_bytes(data)
    result = _inspect_in_child(path)
    assert "archive_bomb_suspected" in result["codes"]  # type: ignore[operator]
    assert float(result["peak_mb"]) < PEAK_MB, result  # type: ignore[arg-type]


def test_a_shared_strings_bomb_is_streamed_within_the_ceiling(tmp_path: Path) -> None:
    ext, data = _hostile("shared_strings", 200 * MB)
    path = tmp_path / f"strings{ext}"
    path.write_bytes(data)
    assert len(data) < DEFAULT_LIMITS.max_bytes
    result = _inspect_in_child(path)
    assert result["files"] == 1
    assert float(result["peak_mb"]) < PEAK_MB, result  # type: ignore[arg-type]
