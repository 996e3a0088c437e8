"""Hostile and broken inputs: one clear finding per file, bounded work, nothing written."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

from ftaudit.inspect import Limits, inspect_paths

GOOD = {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}


def _jsonl(path: Path, records: list, raw_lines: list[bytes] | None = None) -> Path:
    data = b"".join(json.dumps(r).encode() + b"\n" for r in records)
    path.write_bytes(data + b"".join(raw_lines or []))
    return path


def _codes(report, name: str | None = None) -> set[str]:
    return {f.code for f in report.findings if name is None or (f.file or "").endswith(name)}


def test_missing_empty_and_binary_files_do_not_stop_others(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    binary = tmp_path / "fake.jsonl"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    good = _jsonl(tmp_path / "good.jsonl", [GOOD] * 3)
    r = inspect_paths([tmp_path / "nope.jsonl", empty, binary, good])
    kinds = {f.name: f.kind for f in r.files}
    assert kinds == {
        "nope.jsonl": "unreadable",
        "empty.jsonl": "empty",
        "fake.jsonl": "unsupported",
        "good.jsonl": "examples",
    }
    assert "unreadable_file" in _codes(r, "nope.jsonl")
    assert "empty_file" in _codes(r, "empty.jsonl")
    assert "binary_content" in _codes(r, "fake.jsonl")
    assert r.files[-1].n_examples == 3


def test_invalid_utf8_line_is_reported_with_line_and_rest_is_read(tmp_path: Path) -> None:
    bad = json.dumps(GOOD).encode().replace(b"hello", b"hel\xff\xfelo") + b"\n"
    p = _jsonl(tmp_path / "x.jsonl", [GOOD, GOOD], [bad, json.dumps(GOOD).encode() + b"\n"])
    r = inspect_paths([p])
    f = r.finding("invalid_utf8")
    assert f is not None and f.lines == [3]
    assert r.files[0].n_records == 3  # the undecodable line is not a record
    assert r.summary.n_examples == 3


def test_u2028_bom_crlf_and_blank_lines(tmp_path: Path) -> None:
    rec = {
        "messages": [
            {"role": "user", "content": "a\u2028b\u0085c"},
            {"role": "assistant", "content": "ok\u2029"},
        ]
    }
    text = "\ufeff" + json.dumps(rec, ensure_ascii=False) + "\r\n\r\n" + json.dumps(GOOD) + "\r\n"
    p = tmp_path / "u.jsonl"
    p.write_bytes(text.encode("utf-8"))
    r = inspect_paths([p])
    assert r.files[0].n_records == 2 and r.summary.n_examples == 2
    assert "byte_order_mark" in _codes(r)
    assert [f.code for f in r.errors()] == ["too_few_examples"]


def test_json_edge_cases_flagged_per_line(tmp_path: Path) -> None:
    lines = [
        b'{"messages": [{"role": "user", "content": NaN}]}\n',
        b"[" * 100_000 + b"\n",
        b'{"messages": [{"role": "user", "content": "'
        + b"1" * 10
        + b'"}], "n": '
        + b"9" * 5000
        + b"}\n",
        b'{"messages": [{"role": "user", "content": "\\ud800"}, {"role": "assistant", '
        b'"content": "x"}]}\n',
        b'["not", "an", "object"]\n',
        b'{"messages": []}\n',
    ]
    p = _jsonl(tmp_path / "edge.jsonl", [GOOD], lines)
    r = inspect_paths([p])
    assert r.finding("invalid_json").lines == [2, 3, 4]
    assert r.finding("lone_surrogate").lines == [5]
    assert r.finding("data_type").lines == [6]
    assert r.finding("missing_messages_list").lines == [7]
    assert r.summary.n_examples == 1


def test_long_line_skipped_and_max_bytes_truncates(tmp_path: Path) -> None:
    huge = b'{"messages": "' + b"x" * 3_000_000 + b'"}\n'
    p = _jsonl(tmp_path / "long.jsonl", [GOOD], [huge, json.dumps(GOOD).encode() + b"\n"])
    r = inspect_paths([p], limits=Limits(max_line_bytes=1_000_000))
    assert r.finding("line_too_long").lines == [2]
    assert r.summary.n_examples == 2
    big = _jsonl(tmp_path / "big.jsonl", [GOOD] * 2000)
    r2 = inspect_paths([big], max_bytes=10_000)
    fr = r2.files[0]
    assert fr.truncated and "truncated" in _codes(r2)
    assert 0 < fr.n_records < 2000 and fr.bytes_inspected <= 10_000 + 200


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zip_traversal_names_refused_and_nothing_written(tmp_path: Path) -> None:
    good = json.dumps(GOOD).encode() + b"\n"
    z = _zip(
        tmp_path / "a.zip",
        {
            "../../x.jsonl": good,
            "/abs/y.jsonl": good,
            "ok/..\\..\\w.jsonl": good,
            "data/train.jsonl": good * 4,
        },
    )
    before = set(tmp_path.rglob("*"))
    r = inspect_paths([z])
    unsafe = r.finding("archive_unsafe_name")
    assert unsafe is not None and unsafe.count == 3
    member = [f for f in r.files if f.path.endswith("!data/train.jsonl")]
    assert member and member[0].n_examples == 4
    assert set(tmp_path.rglob("*")) == before
    assert not (tmp_path.parent / "x.jsonl").exists()


def test_zip_bomb_refused_quickly(tmp_path: Path) -> None:
    z = _zip(tmp_path / "bomb.zip", {"zeros.jsonl": b"0" * 50_000_000})
    assert z.stat().st_size < 200_000
    r = inspect_paths([z])
    assert "archive_bomb_suspected" in _codes(r)
    assert r.summary.n_examples == 0


def test_zip_total_cap_and_nested_and_corrupt(tmp_path: Path) -> None:
    rows = (json.dumps(GOOD).encode() + b"\n") * 2000
    z = _zip(tmp_path / "many.zip", {f"p{i}.jsonl": rows for i in range(3)} | {"inner.zip": b"PK"})
    r = inspect_paths([z], limits=Limits(max_zip_total=len(rows) + 100))
    codes = _codes(r)
    assert "nested_archive" in codes and ("archive_cap" in codes or "archive_truncated" in codes)
    corrupt = tmp_path / "broken.zip"
    corrupt.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    r2 = inspect_paths([corrupt])
    assert "corrupt_archive" in _codes(r2)


def test_zip_member_with_bad_crc_is_a_damaged_archive(tmp_path: Path) -> None:
    rows = (json.dumps(GOOD).encode() + b"\n") * 50
    z = _zip(tmp_path / "crc.zip", {"a.jsonl": rows, "b.jsonl": rows}, zipfile.ZIP_STORED)
    raw = bytearray(z.read_bytes())
    at = raw.find(rows[:20])  # stored, not deflated: flip a byte of the first member's data
    raw[at + 5] ^= 0x01
    z.write_bytes(bytes(raw))
    r = inspect_paths([z])
    assert "corrupt_archive" in _codes(r, "a.jsonl") and "inspection_failed" not in _codes(r)
    assert any(f.n_examples == 50 for f in r.files)  # the other member is still read


def test_encrypted_and_blank_pdf(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt("secret")
    enc = tmp_path / "locked.pdf"
    with open(enc, "wb") as fh:
        w.write(fh)
    w2 = PdfWriter()
    w2.add_blank_page(200, 200)
    blank = tmp_path / "scan.pdf"
    with open(blank, "wb") as fh:
        w2.write(fh)
    fake = tmp_path / "fake.pdf"
    fake.write_text("just text")
    r = inspect_paths([enc, blank, fake])
    assert "encrypted_pdf" in _codes(r, "locked.pdf")
    assert "no_text_layer" in _codes(r, "scan.pdf")
    assert "binary_content" in _codes(r, "fake.pdf")


def test_runaway_quote_and_ragged_csv(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_text(
        'text,label\nok,a\n"a,b,c\nbad,x,y\n' + "z,b\n" * 10 + '"never closed,' + "x" * 300_000
    )
    r = inspect_paths([p], limits=Limits(max_csv_field=100_000))
    assert r.files[0].kind == "examples"
    assert "runaway_quote" in _codes(r) or "wrong_column_count" in _codes(r)


def test_formats_inside_memory_file_objects_do_not_leak(tmp_path: Path) -> None:
    # A workbook claiming to be xlsx but holding junk is an error, not a crash.
    p = tmp_path / "bad.xlsx"
    p.write_bytes(b"PK\x03\x04" + b"junk" * 10)
    legacy = tmp_path / "old.xls"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    r = inspect_paths([p, legacy])
    assert {f.kind for f in r.files} <= {"unreadable", "unsupported", "examples", "archive"}
    assert r.errors()
    assert io.BytesIO  # imported module used
