"""One-line errors with the right exit code where the README promises them.

Red team: a lone surrogate in a JSON case gave a UnicodeEncodeError traceback and exit 1 (not
2); a full disk during ``ftaudit index`` gave a chromadb InternalError traceback.  Also here:
file names that are not valid UTF-8 (Python decodes them to lone surrogates), which no JSON
report, Markdown file or terminal can hold.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from ftaudit.app.api import audit
from ftaudit.app.batch import run_batch
from ftaudit.errors import InputError
from ftaudit.retrieve import index as index_module
from ftaudit.ui.cli.main import main

GOOD = "We classify 40,000 support tickets a month into 12 queues; we have 8,000 labelled tickets."


def _one_line_error(err: str) -> str:
    """The one error line (progress lines such as "building guidance index" may come before it)."""
    lines = [line for line in err.strip().splitlines() if line.startswith("ftaudit:")]
    assert len(lines) == 1 and "Traceback" not in err and err.strip().endswith(lines[0]), err
    return lines[0]


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\udce9 and \\ud83d"])
def test_a_lone_surrogate_in_a_json_case_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    escape: str) -> None:
    case = tmp_path / "sur.json"
    case.write_text('{"name": "x", "description": "We classify 40,000 tickets a month ' + escape + ' into queues."}',
                    encoding="utf-8")
    for fmt in ("md", "json"):
        code = main(["audit", str(case), "--format", fmt])
        out, err = capsys.readouterr()
        line = _one_line_error(err)
        assert code == 2 and out == "" and str(case) in line and "surrogate" in line and "remove it" in line
    with pytest.raises(InputError, match="surrogate"):
        audit(case)


def test_a_surrogate_case_fails_alone_in_a_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "bad.json").write_text('{"description": "We classify tickets \\ud800 a month."}', encoding="utf-8")
    (cases / "good.md").write_text(GOOD, encoding="utf-8")
    code = main(["batch", str(cases), "--out", str(tmp_path / "out"), "-q"])
    err = capsys.readouterr().err
    assert code == 3 and "Traceback" not in err
    rows = [json.loads(line) for line in (tmp_path / "out" / "summary.jsonl").read_text(encoding="utf-8").splitlines()]
    by = {r["case"]: r for r in rows}
    assert by["good"]["status"] == "ok" and by["bad"]["status"] == "error" and "surrogate" in by["bad"]["error"]


def test_file_names_that_are_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "case.md").write_text(GOOD, encoding="utf-8")
    data = Path(os.fsdecode(bytes(folder) + b"/d\xe9ta.jsonl"))
    data.write_text('{"prompt": "a", "completion": "b"}\n' * 12, encoding="utf-8")
    case = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.md"))
    case.write_text(GOOD, encoding="utf-8")
    for target, name in ((folder, "folder"), (case, "caf\ufffd")):
        for fmt in ("json", "md"):
            code = main(["audit", str(target), "--format", fmt])
            out, err = capsys.readouterr()
            assert code == 0 and "Traceback" not in err, err
            if fmt == "json":
                report = json.loads(out)
                assert report["case"] == name
            else:
                assert out.startswith(f"# ftaudit report: {name}")
    assert "d\ufffdta.jsonl" in audit(folder).to_json()
    cases = tmp_path / "cases"
    cases.mkdir()
    folder.rename(cases / "folder")
    case.rename(Path(os.fsdecode(bytes(cases) + b"/caf\xe9.md")))
    results = run_batch(cases, tmp_path / "out")
    assert [r.status for r in results] == ["ok", "ok"], [r.error for r in results]


def _fail_with(exc: BaseException):  # type: ignore[no-untyped-def]
    def upsert(*_: object, **__: object) -> None:
        raise exc
    return upsert


@pytest.mark.parametrize("kind", ["chroma", "enospc"])
def test_a_full_disk_during_index_is_one_line_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str], kind: str) -> None:
    from chromadb.errors import InternalError

    home = tmp_path / "home"
    monkeypatch.setenv("FTAUDIT_HOME", str(home))
    exc: BaseException = (InternalError("error returned from database: (code: 13) database or disk is full")
                          if kind == "chroma" else OSError(errno.ENOSPC, "No space left on device"))
    monkeypatch.setattr(index_module, "_upsert", _fail_with(exc))
    code = main(["index", "--rebuild"])
    _, err = capsys.readouterr()
    line = _one_line_error(err)
    assert code == 1 and "guidance index" in line and "disk" in line and "FTAUDIT_HOME" in line
    root = home / "index"
    assert not [p for p in root.iterdir() if p.name.startswith(".staging-")], "the half-built index is removed"
    # Once there is room again, the index builds.
    monkeypatch.undo()
    monkeypatch.setenv("FTAUDIT_HOME", str(home))
    assert main(["index"]) == 0
    assert "sections" in capsys.readouterr().out


def test_a_full_disk_keeps_the_previous_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from chromadb.errors import InternalError

    home = tmp_path / "home"
    monkeypatch.setenv("FTAUDIT_HOME", str(home))
    assert main(["index"]) == 0
    capsys.readouterr()
    index_module._CACHE.clear()
    monkeypatch.setattr(index_module, "_upsert", _fail_with(InternalError("database or disk is full")))
    assert main(["index", "--rebuild"]) == 1
    _one_line_error(capsys.readouterr().err)
    index_module._CACHE.clear()
    assert audit(GOOD).citations  # the previous build still answers
