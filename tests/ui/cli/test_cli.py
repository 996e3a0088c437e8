"""The command line: formats, bad input, batch isolation and re-runs, eval."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from ftaudit.ui.cli.main import main

BAD_CASES: dict[str, bytes] = {
    "empty.md": b"",
    "blank.txt": b"   \n\n",
    "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "latin1.md": "Caf\xe9 r\xe9sum\xe9 of our use case".encode("latin-1"),
    "wrong-types.yaml": b"name: x\ndescription: [1, 2]\n",
    "broken.yaml": b"name: x\ndescription: 'unterminated\n",
    "missing-data.yaml": b"name: x\ndescription: we classify tickets\ndata: [nowhere.jsonl]\n",
    "not-a-mapping.json": b"[1, 2, 3]",
}


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_audit_markdown_and_json(dev_cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["audit", str(dev_cases / "daily-news-qa.md")], capsys)
    assert code == 0 and out.startswith("# ftaudit report: daily-news-qa") and "Recommendation" in out
    code, out, _ = run_cli(["audit", str(dev_cases / "warranty-claims-classifier"), "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["approach"] == "fine_tune" and data["data"] is not None


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_bad_case_files_give_one_line_and_exit_2(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_CASES[name])
    code, out, err = run_cli(["audit", str(path)], capsys)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "Traceback" not in err


def test_a_yaml_spec_with_keys_of_its_own_is_read_as_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("name: Ticket router\nvolume: 2 million tickets a month\n"
                    "labelled_history: 60,000 tickets labelled by agents into 40 queues\n")
    code, out, err = run_cli(["audit", str(path), "--format", "json"], capsys)
    report = json.loads(out)
    assert code == 0, err
    facts = {f["field"]: f for f in report["facts"]}
    assert facts["monthly_volume"]["value"] == 2_000_000 and "2 million" in facts["monthly_volume"]["quote"]


def test_huge_case_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as f:
        f.truncate(50_000_000)
        f.seek(0)
        f.write(b"# big\n")
    code, _, err = run_cli(["audit", str(path)], capsys)
    assert code == 2 and "MB" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["audit"])
    assert exc.value.code == 2
    code, _, err = run_cli(["audit", "/no/such/case.md"], capsys)
    assert code == 2 and "no such file" in err


def test_stdin_via_console_script(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("ftaudit")
    env = {**os.environ}
    proc = subprocess.run([str(exe), "audit", "-", "--format", "json"], input="We brainstorm taglines a few times a week; no data, no budget, just exploring.",
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["approach"] == "prompt"


def test_batch_isolates_failures_and_reuses_unchanged(dev_cases: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    for name in ("slogan-brainstorm.md", "daily-news-qa.md"):
        (cases / name).write_bytes((dev_cases / name).read_bytes())
    (cases / "broken.yaml").write_bytes(BAD_CASES["wrong-types.yaml"])
    (cases / "=cmd.md").write_text("We brainstorm taglines once; no data.")
    out = tmp_path / "out"
    code, _, err = run_cli(["batch", str(cases), "--out", str(out)], capsys)
    assert code == 3
    assert "[4/4]" in err
    rows = list(csv.DictReader((out / "summary.csv").open()))
    by_case = {r["case"]: r for r in rows}
    assert set(by_case) == {"slogan-brainstorm", "daily-news-qa", "broken", "'=cmd"}
    assert by_case["broken"]["status"] == "error" and "description" in by_case["broken"]["error"]
    assert by_case["daily-news-qa"]["approach"] == "rag"
    jsonl = [json.loads(line) for line in (out / "summary.jsonl").read_text().splitlines()]
    assert {r["case"] for r in jsonl} >= {"slogan-brainstorm", "=cmd"}
    assert (out / "slogan-brainstorm.json").is_file() and (out / "slogan-brainstorm.md").is_file()
    before = (out / "daily-news-qa.json").stat().st_mtime_ns
    code, _, err = run_cli(["batch", str(cases), "--out", str(out), "--jobs", "2"], capsys)
    assert code == 3 and "3 unchanged" in err
    assert (out / "daily-news-qa.json").stat().st_mtime_ns == before
    (cases / "daily-news-qa.md").write_text((dev_cases / "daily-news-qa.md").read_text() + "\nAbout 90,000 questions a month.\n")
    run_cli(["batch", str(cases), "--out", str(out)], capsys)
    assert (out / "daily-news-qa.json").stat().st_mtime_ns != before


def test_batch_on_missing_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["batch", str(tmp_path / "none"), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and "not a folder" in err


def test_eval_on_the_dev_set(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["eval", str(shared_dir / "cases" / "dev"), "--labels",
                            str(shared_dir / "cases" / "dev-labels.csv"), "--format", "json", "-q"], capsys)
    result = json.loads(out)
    print(f"dev accuracy {result['correct']}/{result['total']}")
    assert code == 0 and result["total"] == 18
    assert result["correct"] >= 17


def test_index_command_reports_what_it_indexed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["index", "--query", "documents that change weekly"], capsys)
    assert code == 0 and "article" in out and "sections" in out and "rag#freshness" in out


ESCAPES = ("\x1b", "\x9b", "\x9d", "\x07", "\x08", "\r", "\u202e", "\x00")
EVIL = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202e\x08\r"


def _no_escapes(text: str) -> None:
    found = [repr(c) for c in ESCAPES if c in text]
    assert not found, found


def test_terminal_output_is_cleaned_of_control_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Red team: report text, progress lines and file names were printed with their escapes."""
    case = tmp_path / f"evil{EVIL}.md"
    case.write_text(f"We classify {EVIL}support tickets, 40,000 a month{EVIL}. We have 8,000 labelled tickets.\n",
                    encoding="utf-8")
    for fmt in ("md", "json"):
        code, out, err = run_cli(["audit", str(case), "--format", fmt], capsys)
        assert code == 0 and "support tickets" in out
        _no_escapes(out + err)
        assert "\n" in out  # newlines are kept
    code, out, err = run_cli(["audit", str(tmp_path / f"missing{EVIL}.md")], capsys)  # an error naming the file
    assert code == 2 and "missing" in err
    _no_escapes(out + err)
    with pytest.raises(SystemExit):
        main(["audit", "x.md", "--format", f"md{EVIL}"])  # argparse echoes the bad value
    out, err = capsys.readouterr()
    assert "invalid choice" in err
    _no_escapes(out + err)
    code, out, err = run_cli(["inspect", str(case)], capsys)
    _no_escapes(out + err)
    cases = tmp_path / "cases"
    cases.mkdir()
    case.rename(cases / case.name)
    (cases / f"bad{EVIL}.yaml").write_text(f"description: [{EVIL!r}]\n", encoding="utf-8")
    code, out, err = run_cli(["batch", str(cases), "--out", str(tmp_path / "out")], capsys)
    assert code == 3 and "[1/2]" in err and "[2/2]" in err
    _no_escapes(out + err)


def test_the_in_place_progress_line_keeps_only_its_own_escapes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / f"t{EVIL}.md").write_text("We classify 40,000 support tickets a month.", encoding="utf-8")
    fake = Tty()
    monkeypatch.setattr(sys, "stderr", fake)
    assert main(["batch", str(cases), "--out", str(tmp_path / "out")]) == 0
    text = fake.getvalue()
    assert text.count("\r\x1b[K") == 1  # the CLI's erase-line before the progress line
    _no_escapes(text.replace("\r\x1b[K", ""))


def test_clean_keeps_text_newlines_and_tabs() -> None:
    from ftaudit.ui.cli.terminal import clean

    assert clean("a\tb\nc é 中文 🙂") == "a\tb\nc é 中文 🙂"
    assert clean("a\x1b[31mb\x9b\u202ec\ud800") == "a[31mbc\ufffd"
