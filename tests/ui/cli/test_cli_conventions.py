"""CLI conventions (clig.dev): formats, --fail-on, JUnit and job summaries, plain text in pipes,
-v, completion and "did you mean"; outputs that must not drift are compared with golden files.

Regenerate the golden files with ``FTAUDIT_UPDATE_GOLDEN=1 pytest tests/ui/cli/test_cli_conventions.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ftaudit.ui.cli.main import main

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "examples"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FTAUDIT_UPDATE_GOLDEN"):
        path.write_text(text)
    assert path.exists(), f"no golden file {path}; run with FTAUDIT_UPDATE_GOLDEN=1"
    assert text == path.read_text(), f"output differs from {path}"


@pytest.fixture()
def data_file(tmp_path: Path) -> Path:
    rows = [json.dumps({"messages": [{"role": "system", "content": "Route tickets."},
                                     {"role": "user", "content": f"Ticket {i}: the VPN drops every hour"},
                                     {"role": "assistant", "content": "network"}]}) for i in range(12)]
    rows += [rows[0], '{"messages": [{"role": "user", "content": "no answer"}]}', "{broken"]
    path = tmp_path / "tickets.jsonl"
    path.write_text("\n".join(rows) + "\n")
    return path


def test_did_you_mean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["audt", "case.md"], capsys)
    assert code == 2 and out == ""
    golden("did-you-mean.txt", err.split(" Commands:")[0] + "\n")  # the list grows with every new command
    assert "Commands: audit, batch" in err
    code, _, err = run(["zzzz"], capsys)
    assert code == 2 and "Did you mean" not in err and "Commands: audit" in err


def test_completion_scripts_list_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from ftaudit.ui.cli.completion import _commands
    from ftaudit.ui.cli.main import build_parser

    code, bash, _ = run(["completion", "bash"], capsys)
    assert code == 0 and subprocess.run(["bash", "-n"], input=bash, text=True).returncode == 0  # valid bash
    _, fish, _ = run(["completion", "fish"], capsys)
    _, zsh, _ = run(["completion", "zsh"], capsys)
    commands = _commands(build_parser())
    assert {"audit", "batch", "eval", "index", "inspect", "serve", "mcp"} <= set(commands)
    for command, options in commands.items():
        assert f"{command}) opts=\"{' '.join(options)}\"" in bash and f"from {command}'" in fish
    assert "--fail-on" in commands["inspect"] and "bashcompinit" in zsh
    # What bash offers after "ftaudit ins":
    probe = bash + '\nCOMP_WORDS=(ftaudit ins); COMP_CWORD=1; _ftaudit; echo "${COMPREPLY[@]}"\n'
    assert subprocess.run(["bash"], input=probe, text=True, capture_output=True).stdout.split() == ["inspect"]


def test_inspect_formats_and_fail_on(data_file: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(data_file.parent)
    code, md, _ = run(["inspect", data_file.name], capsys)
    assert code == 0 and "\x1b[" not in md  # captured output is not a terminal: plain Markdown
    golden("inspect.md", md)
    code, out, _ = run(["inspect", str(data_file), "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["summary"]["n_examples"] == 13
    code, page, _ = run(["inspect", str(data_file), "--format", "html"], capsys)
    assert code == 0 and page.startswith("<!doctype html>") and "<table>" in page and "<script" not in page
    code, _, err = run(["inspect", str(data_file), "--fail-on", "error"], capsys)
    assert code == 1 and "--fail-on error" in err
    clean = data_file.parent / "clean.jsonl"
    clean.write_text("\n".join(data_file.read_text().splitlines()[1:12]) + "\n")
    assert run(["inspect", str(clean), "--fail-on", "error"], capsys)[0] == 0
    code, _, err = run(["inspect", str(clean), "--fail-on", "warning"], capsys)
    assert code == (1 if "warning" in run(["inspect", str(clean), "--format", "json"], capsys)[1] else 0)


def test_audit_html_is_a_page(session_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, page, _ = run(["audit", str(EXAMPLES / "loan-product-questions.md"), "--format", "html"], capsys)
    assert code == 0

    tags: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            tags.append(tag)

    Tags().feed(page)
    assert "html" in tags and "h1" in tags and "script" not in tags


def test_batch_json_summary_junit_and_job_summary(session_home: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    for f in ("loan-product-questions.md", "team-newsletter.md"):
        (cases / f).write_text((EXAMPLES / f).read_text())
    (cases / "broken.yaml").write_text("name: x\ndescription: [1]\n")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run(["batch", str(cases), "--out", str(tmp_path / "out"), "--format", "json", "-q",
                        "--junit", str(tmp_path / "batch.xml"), "--github-summary"], capsys)
    assert code == 3
    data = json.loads(out)
    assert (data["total"], data["ok"], data["failed"]) == (3, 2, 1)
    assert {c["case"]: c["status"] for c in data["cases"]}["broken"] == "error"
    suite = ET.parse(tmp_path / "batch.xml").getroot().find("testsuite")
    assert suite is not None and suite.get("tests") == "3" and suite.get("errors") == "1"
    assert [c.get("name") for c in suite.iter("testcase") if c.find("error") is not None] == ["broken"]
    assert "## ftaudit batch" in summary.read_text() and "| broken | error |" in summary.read_text()


def test_eval_formats_and_junit(session_home: Path, dev_cases: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    labels = tmp_path / "labels.csv"
    labels.write_text("case,expected\ndaily-news-qa,prompt\nwarranty-claims-classifier,fine_tune\n")
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "daily-news-qa.md").write_text((dev_cases / "daily-news-qa.md").read_text())
    code, md, _ = run(["eval", str(cases), "--labels", str(labels), "--format", "md", "-q",
                       "--junit", str(tmp_path / "eval.xml")], capsys)
    assert code == 0 and md.startswith("# ftaudit eval") and "| expected \\ predicted |" in md
    suite = ET.parse(tmp_path / "eval.xml").getroot().find("testsuite")
    assert suite is not None
    cases_xml = list(suite.iter("testcase"))
    assert [c.get("name") for c in cases_xml] == ["daily-news-qa"]
    predicted = json.loads(run(["eval", str(cases), "--labels", str(labels), "--format", "json", "-q"],
                               capsys)[1])["rows"][0]["predicted"]
    assert (cases_xml[0].find("failure") is not None) == (predicted != "prompt")


def test_github_summary_outside_actions_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.md").write_text((EXAMPLES / "team-newsletter.md").read_text())
    code, _, err = run(["batch", str(tmp_path / "c"), "--out", str(tmp_path / "o"), "-q", "--github-summary"], capsys)
    assert code == 2 and "GITHUB_STEP_SUMMARY" in err and "--junit" in err


def test_index_json_summary(session_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["index", "--format", "json", "--query", "labelled examples"], capsys)
    data = json.loads(out)
    assert code == 0 and data["sections"] > 0 and len(data["hits"]) == 3 and data["documents"]


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ftaudit.ui.cli.main", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)


def test_terminal_gets_rich_markdown_and_no_color_gets_plain(session_home: Path, tmp_path: Path) -> None:
    import pty

    case = str(EXAMPLES / "team-newsletter.md")
    script = ("import sys; from ftaudit.ui.cli.main import main; sys.exit(main(sys.argv[1:]))")

    def on_a_terminal(env: dict[str, str]) -> str:
        main_fd, child_fd = pty.openpty()
        proc = subprocess.Popen([sys.executable, "-c", script, "audit", case], stdout=child_fd, stderr=subprocess.DEVNULL,
                                env={**os.environ, "TERM": "xterm", **env})
        os.close(child_fd)
        chunks = []
        while True:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(60)
        os.close(main_fd)
        return b"".join(chunks).decode("utf-8", "replace")

    if "NO_COLOR" in os.environ:
        pytest.skip("NO_COLOR is set for the whole test run")
    rich = on_a_terminal({})
    assert "\x1b[" in rich and "# ftaudit report" not in rich  # rendered: styled heading, no Markdown hashes
    plain = on_a_terminal({"NO_COLOR": "1"})
    assert "\x1b[" not in plain and "# ftaudit report" in plain
    piped = _cli(["audit", case], {})
    assert "\x1b[" not in piped.stdout and piped.stdout.startswith("# ftaudit report")


def test_verbose_goes_to_stderr(session_home: Path) -> None:
    quiet = _cli(["audit", str(EXAMPLES / "team-newsletter.md")], {})
    loud = _cli(["audit", str(EXAMPLES / "team-newsletter.md"), "-v"], {})
    assert quiet.stdout == loud.stdout and "auditing" not in quiet.stderr
    assert "ftaudit: auditing" in loud.stderr and "verdict" in loud.stderr
    assert "auditing" in _cli(["-v", "audit", str(EXAMPLES / "team-newsletter.md")], {}).stderr


@pytest.mark.parametrize(("args", "module", "extra"), [
    (["serve"], "fastapi", "service"), (["serve"], "uvicorn", "service"), (["mcp"], "mcp", "mcp")])
def test_a_missing_extra_is_named(args: list[str], module: str, extra: str, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == module else real(name, *a))
    assert main(args) == 1
    assert f"pip install 'ftaudit[{extra}]'" in capsys.readouterr().err


def test_as_tool_names_its_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from ftaudit import as_tool
    from ftaudit.errors import ConfigError

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "langchain_core" else real(name, *a))
    with pytest.raises(ConfigError, match=r"pip install 'ftaudit\[langchain\]'"):
        as_tool()
