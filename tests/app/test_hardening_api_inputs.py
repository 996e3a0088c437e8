"""A ``str`` given to :func:`audit` is always text and an ``os.PathLike`` always a path.

Red team: ``audit("We classify 11 million reviews a month ... Can you tell us what to do?")``
(one line, over 255 bytes, not ending in ".") raised ``OSError: File name too long`` because
the string was first tried as a path; CR-only line endings failed the same way. Every entry
point is tested here with long one-line text and with CR-only text.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from ftaudit.app.api import MAX_DESCRIPTION_CHARS, audit
from ftaudit.app.batch import run_batch
from ftaudit.app.cases import CaseInput
from ftaudit.app.evaluate import evaluate
from ftaudit.app.session import AuditSession
from ftaudit.errors import InputError
from ftaudit.ui.cli.main import main

LONG_ONE_LINE = (
    "We classify 11 million product reviews a month into 14 categories for our marketplace. We have "
    "80,000 reviews that our moderators labelled by hand over the last two years. The categories have "
    "not changed since launch and the labels must be consistent across languages. Latency is not a "
    "concern because the job runs overnight. Can you tell us what to do?"
)
LF_TEXT = (
    "We answer questions from employees about our HR policies.\n"
    "The policies change every month and every answer must cite the paragraph it came from.\n"
    "We have 300 policy documents and no labelled examples.\n"
    "About 2,000 questions arrive a week and answers should come back within a few seconds.\n"
)
CR_ONLY = LF_TEXT.replace("\n", "\r")
CRLF = LF_TEXT.replace("\n", "\r\n")


def test_the_texts_are_the_attack() -> None:
    assert "\n" not in LONG_ONE_LINE and len(LONG_ONE_LINE.encode()) > 255 and not LONG_ONE_LINE.endswith(".")
    assert "\n" not in CR_ONLY and len(CR_ONLY.encode()) > 255


@pytest.mark.parametrize("text", [LONG_ONE_LINE, CR_ONLY, CRLF])
def test_audit_reads_a_str_as_text(text: str) -> None:
    report = audit(text)
    assert report.case == "use case"
    assert report.approach in {"prompt", "rag", "fine_tune"}
    assert any(f.source == "text" for f in report.facts)


def test_long_one_line_text_is_read_for_its_facts() -> None:
    facts = {f.field: f.value for f in audit(LONG_ONE_LINE).facts}
    assert facts.get("labelled_examples") == 80_000 and facts.get("task_kind") == "classification"


def test_cr_only_and_crlf_text_read_like_lf_text() -> None:
    base = audit(LF_TEXT)
    for variant in (CR_ONLY, CRLF):
        got = audit(variant)
        assert got.approach == base.approach and got.also == base.also
        assert {f.field: f.value for f in got.facts} == {f.field: f.value for f in base.facts}


def test_a_str_that_names_an_existing_file_is_still_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = tmp_path / "case.md"
    case.write_text(LF_TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = audit("case.md")
    # The two words are the description: nothing of the file's text was read.
    assert all(f.source != "text" or f.quote in "case.md" for f in report.facts)
    assert {f.field for f in audit(Path("case.md")).facts} >= {"needs_citations"}


@pytest.mark.parametrize("suffix", [".md", ".txt", ".json", ".yaml"])
@pytest.mark.parametrize("text", [LONG_ONE_LINE, CR_ONLY])
def test_audit_reads_a_path_as_a_case_file(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f"case{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps({"name": "x", "description": text}), encoding="utf-8")
    elif suffix == ".yaml":
        path.write_text(json.dumps({"description": text}), encoding="utf-8")  # JSON is YAML
    else:
        path.write_bytes(text.encode("utf-8"))
    report = audit(path)
    assert report.case == "case" and any(f.source == "text" for f in report.facts)
    folder = tmp_path / f"folder{suffix[1:]}"
    folder.mkdir()
    path.rename(folder / path.name)
    assert audit(folder).case == folder.name


def test_other_path_likes_are_paths(tmp_path: Path) -> None:
    class Where:
        def __init__(self, p: Path) -> None:
            self.p = p

        def __fspath__(self) -> str:
            return str(self.p)

    path = tmp_path / "c.md"
    path.write_text(LONG_ONE_LINE, encoding="utf-8")
    assert audit(Where(path)).case == "c"
    with pytest.raises(InputError, match="no such file"):
        audit(Where(tmp_path / "missing.md"))


def test_a_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="check the path"):
        audit(tmp_path / ("x" * 300 + ".md"))


def test_bytes_are_refused_with_a_hint() -> None:
    with pytest.raises(InputError, match="decode"):
        audit(LONG_ONE_LINE.encode())  # type: ignore[arg-type]


def test_case_input_with_the_texts(tmp_path: Path) -> None:
    for text in (LONG_ONE_LINE, CR_ONLY):
        assert audit(CaseInput("ci", text)).case == "ci"


@pytest.mark.parametrize("text", [LONG_ONE_LINE, CR_ONLY])
def test_cli_audit_file_and_stdin(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "one.md"
    path.write_bytes(text.encode("utf-8"))
    assert main(["audit", str(path), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["case"] == "one" and "Traceback" not in err

    class Stdin:
        buffer = io.BytesIO(text.encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", Stdin())
    assert main(["audit", "-", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["case"] == "stdin"


def test_cli_audit_with_a_long_missing_name_is_one_line_exit_2(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["audit", str(tmp_path / ("x" * 300 + ".md"))])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_batch_and_eval_with_the_texts(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "long.md").write_text(LONG_ONE_LINE, encoding="utf-8")
    (cases / "cr.txt").write_bytes(CR_ONLY.encode("utf-8"))
    (cases / "crj.json").write_text(json.dumps({"description": CR_ONLY}), encoding="utf-8")
    results = run_batch(cases, tmp_path / "out")
    assert [r.status for r in results] == ["ok", "ok", "ok"], [r.error for r in results]
    labels = tmp_path / "labels.csv"
    labels.write_text("case,expected\nlong,fine_tune\n", encoding="utf-8")
    ev = evaluate(cases, labels)
    assert ev.rows and ev.rows[0][2] in {"prompt", "rag", "fine_tune"} and not ev.errors


@pytest.mark.parametrize("text", [LONG_ONE_LINE, CR_ONLY])
def test_session_reads_the_texts(text: str) -> None:
    s = AuditSession(text)
    assert s.report().approach in {"prompt", "rag", "fine_tune"}


def test_description_cap_is_a_clear_error() -> None:
    text = "We classify support tickets. " * (MAX_DESCRIPTION_CHARS // 29 + 10)
    with pytest.raises(InputError) as info:
        audit(text)
    message = str(info.value)
    assert f"{MAX_DESCRIPTION_CHARS:,}" in message and "data file" in message and "\n" not in message
    with pytest.raises(InputError):
        audit(CaseInput("big", text))
