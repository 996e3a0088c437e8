"""The bad-input corpus through every entry point: readers, API, CLI audit/inspect/batch, UI upload.

Every truncated, binary, mis-encoded, enormous, deeply nested, bomb-shaped or lying file
gets a clear finding or a one-line error within bounded time and memory; nothing is
written next to the inputs; no traceback reaches the user.  The corpus is generated at
test time (``tests/inspect/test_hardening_corpus.py``).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from ftaudit.app.api import audit
from ftaudit.app.cases import read_case
from ftaudit.errors import InputError
from ftaudit.inspect import inspect_paths

from tests.inspect.test_hardening_corpus import case_corpus, data_corpus, sparse_file

REPO = Path(__file__).resolve().parents[2]
SECONDS_PER_FILE = 15.0
MAX_RSS_MB = 1500
READABLE_CASES = {"injection.md", "utf16.md"}
GOOD_CASE = "We route 40,000 support tickets a month into 12 queues; we have 8,000 labelled tickets."

# At least one of these finding codes must be reported for the file (None: read as what it really is).
EXPECTED: dict[str, set[str] | None] = {
    "truncated.jsonl": {"invalid_json"},
    "truncated.xlsx": {"unreadable_workbook"},
    "truncated.pdf": {"unreadable_pdf"},
    "truncated.docx": {"unreadable_docx"},
    "truncated.parquet": {"unreadable_parquet"},
    "truncated.zip": {"corrupt_archive"},
    "truncated.json": {"invalid_json"},
    **{f"binary.{e}": {"binary_content"} for e in ("jsonl", "csv", "txt", "json", "md", "tsv")},
    "png-named.csv": {"binary_content"},
    "pdf-named.xlsx": None,
    "zip-named.pdf": None,
    "ole-named.xlsx": {"unsupported_format"},
    "exe-named.docx": {"unsupported_format"},
    "utf16.csv": None,
    "utf16-nobom.csv": {"assumed_encoding"},
    "utf16be.jsonl": {"assumed_encoding"},
    "cp1252.csv": {"assumed_encoding"},
    "bad-utf8.jsonl": {"invalid_utf8"},
    "surrogate.jsonl": {"lone_surrogate"},
    "bom-u2028.jsonl": {"byte_order_mark"},
    "nul-bytes.csv": {"binary_content"},
    "one-huge-line.jsonl": {"line_too_long"},
    "huge-field.csv": {"over_16385_tokens", "line_too_long", "field_too_long"},
    "runaway-quote.csv": {"runaway_quote", "wrong_column_count"},
    "5000-digit.jsonl": {"invalid_json"},
    "depth-bomb.json": {"invalid_json"},
    "depth-bomb.jsonl": {"invalid_json"},
    "depth-bomb-objects.json": {"invalid_json"},
    "nan-dupkeys.jsonl": {"invalid_json"},
    "zip-bomb.zip": {"archive_bomb_suspected"},
    "nested.zip": {"nested_archive"},
    "traversal.zip": {"archive_unsafe_name"},
    "symlink.zip": {"archive_symlink"},
    "overlap.zip": {"archive_overlapping_entries"},
    "many-entries.zip": {"archive_too_many_entries"},
    "corrupt-crc.zip": {"corrupt_archive", "inspection_failed"},
    "formulas.xlsx": {"formula_injection"},
    "formulas.csv": {"formula_injection"},
    "xml-bomb.xlsx": None,  # defusedxml: no expansion; the bounded read is what matters
    "no-sheet.xlsx": {"unreadable_workbook"},
    "encrypted.pdf": {"encrypted_pdf"},
    "garbage.pdf": {"unreadable_pdf"},
    "xref-corrupt.pdf": {"unreadable_pdf"},
    "blank.pdf": {"no_text_layer"},
    "loop.pdf": {"unreadable_pdf"},
    "injection.jsonl": {"injection_suspected"},
    "injection.csv": {"injection_suspected"},
    "invisible.txt": {"injection_suspected"},
    "empty.jsonl": {"empty_file"},
    "whitespace.txt": None,
    "bad-docx.docx": {"unreadable_docx"},
    "sparse-3GB.jsonl": {"binary_content"},
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bad-data")
    files = data_corpus(root)
    files["sparse-3GB.jsonl"] = sparse_file(root / "sparse-3GB.jsonl", 3 * 1024**3)
    return files


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return case_corpus(tmp_path_factory.mktemp("bad-cases"))


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


def test_the_corpus_covers_every_expectation(corpus: dict[str, Path]) -> None:
    assert set(corpus) == set(EXPECTED)


def test_every_bad_file_gets_a_finding_within_bounded_time(corpus: dict[str, Path]) -> None:
    root = next(iter(corpus.values())).parent
    before = _tree(root)
    cwd_before = set(os.listdir("."))
    slow, missing = [], []
    for name, path in corpus.items():
        started = time.monotonic()
        report = inspect_paths([path])
        took = time.monotonic() - started
        if took > SECONDS_PER_FILE:
            slow.append((name, round(took, 1)))
        codes = {f.code for f in report.findings}
        want = EXPECTED[name]
        if want is not None and not (codes & want):
            missing.append((name, sorted(codes)))
        for f in report.findings:
            assert f.message and "Traceback" not in f.message, (name, f)
        json.dumps(report.model_dump(mode="json"))  # the report serialises (no lone surrogates, no bytes)
        report.to_markdown().encode("utf-8")
    assert not slow, slow
    assert not missing, missing
    assert _tree(root) == before, "inspection must not write next to the inputs"
    assert set(os.listdir(".")) == cwd_before


def test_whitespace_only_document_is_reported(corpus: dict[str, Path]) -> None:
    report = inspect_paths([corpus["whitespace.txt"]])
    assert report.findings


def test_extension_mismatch_is_noted(corpus: dict[str, Path]) -> None:
    report = inspect_paths([corpus["pdf-named.xlsx"]])
    assert any("extension" in f.message or "named" in f.message for f in report.findings)


_WRAP = ("import resource, subprocess, sys\n"
         "rc = subprocess.call(sys.argv[1:])\n"
         "sys.stderr.write('\\n@@peak-rss-kb %d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
         "sys.exit(rc)\n")


def _measure(cmd: list[str], *, stdin: bytes | None = None, timeout: float = 300) -> tuple[int, str, str, float, float]:
    """Run ``cmd``; returns (exit code, stdout, stderr, seconds, peak RSS in MB) of the child.

    The peak is read by a small Python in between, for its one child: this process's
    ``RUSAGE_CHILDREN`` is the maximum over every child so far, and a child started while this
    process is large starts out with its size (the other tests build big files in-process).
    """
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", _WRAP, *cmd], cwd=REPO, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(stdin, timeout=timeout)
    took = time.monotonic() - started
    text = err.decode("utf-8", "replace")
    body, _, tail = text.rpartition("\n@@peak-rss-kb ")
    rss = int(tail.split()[0]) / 1024 if tail.strip() else 0.0
    return proc.returncode, out.decode("utf-8", "replace"), body if tail else text, took, rss


def test_cli_inspect_whole_corpus_bounded_memory(corpus: dict[str, Path]) -> None:
    code, out, err, took, rss = _measure(
        [sys.executable, "-m", "ftaudit.ui.cli.main", "inspect", "--format", "json", *map(str, corpus.values())])
    assert code in (0, 2), err[-2000:]
    assert "Traceback" not in err
    data = json.loads(out)
    assert len({f["path"].split("!")[0] for f in data["files"]}) == len(corpus)
    print(f"inspect corpus: {len(corpus)} files, {took:.1f} s, peak RSS {rss:.0f} MB")
    assert took < 240 and rss < MAX_RSS_MB


def test_write_clean_from_hostile_archives_stays_in_its_folder(corpus: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "clean"
    before: set[Path] = set()
    names = ["traversal.zip", "symlink.zip", "nested.zip", "formulas.csv", "injection.jsonl", "bom-u2028.jsonl"]
    code, _out, err, _t, _rss = _measure(
        [sys.executable, "-m", "ftaudit.ui.cli.main", "inspect", "--write-clean", str(out), *(str(corpus[n]) for n in names)])
    assert code in (0, 2) and "Traceback" not in err, err[-2000:]
    written = {p.relative_to(tmp_path) for p in tmp_path.rglob("*")} - before
    assert written and all(str(p).startswith("clean") for p in written), written
    assert not any((REPO / n).exists() for n in ("evil.jsonl", "abs", "win.jsonl"))
    assert not (corpus["traversal.zip"].parent.parent / "evil.jsonl").exists()


def test_bad_case_files_are_refused_with_one_line(cases: dict[str, Path]) -> None:
    for name, path in cases.items():
        if name in READABLE_CASES:
            assert read_case(path).description
            continue
        with pytest.raises(InputError) as info:
            read_case(path)
        message = str(info.value)
        assert str(path) in message and "\n" not in message and len(message) < 400, (name, message)
        with pytest.raises(InputError):
            audit(path)


def test_utf16_case_with_bom_is_read(cases: dict[str, Path], tmp_path: Path) -> None:
    p = tmp_path / "bom16.md"
    p.write_bytes("We classify 2 million tickets a month.".encode("utf-16"))
    assert "2 million" in read_case(p).description


def test_case_data_paths_cannot_leave_the_case_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.jsonl"
    secret.write_text('{"prompt": "password", "completion": "hunter2"}\n', encoding="utf-8")
    folder = tmp_path / "cases" / "c1"
    folder.mkdir(parents=True)
    (folder / "case.yaml").write_text("description: We classify tickets.\ndata: ['../../secret.jsonl']\n",
                                      encoding="utf-8")
    with pytest.raises(InputError, match="outside the case"):
        read_case(folder)
    (folder / "case.yaml").write_text("description: We classify tickets.\n", encoding="utf-8")
    (folder / "linked.jsonl").symlink_to(secret)
    with pytest.raises(InputError, match="outside the case folder"):
        read_case(folder)
    (folder / "linked.jsonl").unlink()
    (folder / "ok.jsonl").write_text('{"prompt": "a", "completion": "b"}\n', encoding="utf-8")
    assert [p.name for p in read_case(folder).data] == ["ok.jsonl"]


def _cli(argv: list[str]) -> tuple[int, str, str]:
    from ftaudit.ui.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def test_cli_audit_refuses_each_bad_case_without_traceback(cases: dict[str, Path]) -> None:
    for name, path in cases.items():
        code, out, err = _cli(["audit", str(path)])
        if name in READABLE_CASES:
            assert code == 0 and "# ftaudit report" in out, (name, err)
            continue
        assert code == 2, (name, code, err)
        assert err.startswith("ftaudit: ") and err.count("\n") == 1 and "Traceback" not in err, (name, err)


@pytest.mark.parametrize("payload", [b"\xff\xfe\x00\x00garbage\x80\x81", b"", b"\x00" * 100, b"x" * 2_000_001])
def test_cli_audit_stdin_bad_bytes(payload: bytes) -> None:
    code, _out, err, took, _rss = _measure([sys.executable, "-m", "ftaudit.ui.cli.main", "audit", "-"], stdin=payload, timeout=120)
    assert code == 2, (code, err[-1500:])
    assert "Traceback" not in err and err.startswith("ftaudit: ")
    assert took < 60


def test_api_audit_with_each_bad_data_file(corpus: dict[str, Path]) -> None:
    seconds = []
    for name, path in corpus.items():
        started = time.monotonic()
        report = audit(GOOD_CASE, data=[path], name=name)
        seconds.append(time.monotonic() - started)
        assert report.approach in {"prompt", "rag", "fine_tune"}
        assert report.data is not None, name
        report.to_markdown().encode("utf-8")
    assert max(seconds) < SECONDS_PER_FILE, max(seconds)


def test_cli_batch_over_the_bad_cases(cases: dict[str, Path], corpus: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, path in cases.items():
        (folder / name).write_bytes(path.read_bytes())
    good = folder / "good-with-bad-data"
    good.mkdir()
    (good / "case.md").write_text(GOOD_CASE, encoding="utf-8")
    for n in ("zip-bomb.zip", "depth-bomb.jsonl", "formulas.csv", "truncated.pdf", "traversal.zip"):
        (good / n).write_bytes(corpus[n].read_bytes())
    (folder / "=HYPERLINK(1).md").write_text(GOOD_CASE, encoding="utf-8")
    out = tmp_path / "out"
    code, _o, err, took, rss = _measure([sys.executable, "-m", "ftaudit.ui.cli.main", "batch", str(folder), "--out", str(out), "-q"])
    assert code == 3, err[-2000:]
    assert "Traceback" not in err
    rows = [json.loads(line) for line in (out / "summary.jsonl").read_text(encoding="utf-8").splitlines()]
    by = {r["case"]: r for r in rows}
    assert by["good-with-bad-data"]["status"] == "ok" and by["injection"]["status"] == "ok"
    assert by["=HYPERLINK(1)"]["status"] == "ok"
    for name in cases:
        stem = Path(name).stem
        if name not in READABLE_CASES:
            assert by[stem]["status"] == "error" and by[stem]["error"], stem
    summary_csv = (out / "summary.csv").read_text(encoding="utf-8")
    assert "\n'=HYPERLINK(1)," in summary_csv
    written = {p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*")}
    assert written <= {"batch", "out"}
    print(f"batch of {len(rows)} bad cases: {took:.1f} s, peak RSS {rss:.0f} MB")
    assert rss < MAX_RSS_MB


# --- UI upload ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ui_app(tmp_path_factory: pytest.TempPathFactory, session_home: Path) -> Any:
    from ftaudit import open_index
    from ftaudit.ui.web.app import AuditApp

    app = AuditApp(index=open_index(), workdir=tmp_path_factory.mktemp("ui-bad"), stream_delay=0)
    yield app
    app.store.close_all()


def _upload(app: Any, key: str, text: str, files: list[Path]) -> str:
    request = SimpleNamespace(session_hash=key)
    outs = list(app.respond({"text": text, "files": [str(f) for f in files]}, [], request))
    return str(outs[-1][0])


def test_ui_upload_of_each_bad_file(ui_app: Any, corpus: dict[str, Path], tmp_path: Path) -> None:
    for i, (name, path) in enumerate(corpus.items()):
        if name == "sparse-3GB.jsonl":
            continue  # refused by size before anything reads it; covered below
        copy = tmp_path / f"u{i}" / name
        copy.parent.mkdir()
        copy.write_bytes(path.read_bytes())
        started = time.monotonic()
        reply = _upload(ui_app, f"bad-{i}", GOOD_CASE if i % 2 else "", [copy])
        assert time.monotonic() - started < SECONDS_PER_FILE, name
        assert "Something went wrong" not in reply and "Traceback" not in reply, (name, reply)
        assert name.split(".")[0].replace("_", "\\_")[:10] in reply or name[:10] in reply, (name, reply)
        ui_app.store.drop(f"bad-{i}")
    big = sparse_file(tmp_path / "huge.jsonl", 3 * 1024**3)
    reply = _upload(ui_app, "huge", "", [big])
    assert "limit is" in reply


def test_ui_hostile_file_names_are_escaped_and_never_used_as_paths(ui_app: Any, tmp_path: Path) -> None:
    names = ["‮lmth.csv", "a" * 200 + ".jsonl", "<img src=x onerror=alert(1)>.csv", "CON.csv",
             "..%2f..%2fetc%2fpasswd.csv", "x`**[link](javascript:alert(1))**.csv"]
    files = []
    for i, n in enumerate(names):
        d = tmp_path / f"n{i}"
        d.mkdir()
        p = d / n
        p.write_text(f"prompt,completion\nhello {i},world {i}\n", encoding="utf-8")
        files.append(p)
    reply = _upload(ui_app, "names", GOOD_CASE, files)
    ui = ui_app.store.peek("names")
    assert ui is not None
    stored = sorted(p.name for p in (ui.dir / "data").iterdir())
    assert all(all(c.isalnum() or c in "._-" for c in s) for s in stored), stored
    assert all((ui.dir / "data" / s).resolve().is_relative_to(ui.dir.resolve()) for s in stored)
    import re

    assert "\u202e" not in reply and not re.search(r"(?<!\\)<img", reply) and "[link](" not in reply
    assert len(stored) == len(names)
    panel = ui_app.panel_values(ui)
    assert all("<img" not in v and "\u202e" not in v for v in panel[:6] if isinstance(v, str))
    ui_app.store.drop("names")
