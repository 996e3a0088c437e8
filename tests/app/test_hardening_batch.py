"""Nothing lost: a batch killed with SIGKILL mid-run, then re-run, keeps every finished report
intact and redoes only the rest; broken state left behind by a crash never fails a case."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ftaudit.app.batch import run_batch

REPO = Path(__file__).resolve().parents[2]
N_CASES = 40
GOOD = {"messages": [{"role": "user", "content": "Where is order 1?"}, {"role": "assistant", "content": "billing"}]}


def _cases(root: Path, n: int = N_CASES) -> Path:
    """``n`` case folders, each with a description and a small labelled sample (slows each audit a little)."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        d = root / f"case-{i:02d}"
        d.mkdir()
        (d / "case.md").write_text(
            f"# Case {i}\n\nWe classify {1000 + i * 37} support tickets a month into {5 + i % 9} queues. "
            f"We have {200 * i} labelled tickets and answers must be consistent.\n", encoding="utf-8")
        rows = [json.dumps({"messages": [{"role": "user", "content": f"Ticket {i}-{j}: my parcel {j} is late"},
                                         {"role": "assistant", "content": ["billing", "shipping", "login"][j % 3]}]})
                for j in range(400)]
        (d / "sample.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["FTAUDIT_HOME"] = str(home)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _reports(out: Path) -> list[Path]:
    return sorted(p for p in out.glob("case-*.json"))


def _intact(json_path: Path) -> None:
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["approach"] in {"prompt", "rag", "fine_tune"} and data["case"] == json_path.stem


def test_sigkill_mid_batch_then_rerun_redoes_only_the_rest(tmp_path: Path, session_home: Path) -> None:
    from ftaudit.retrieve.index import open_index

    open_index()  # build the shared index first, so the child spends its time on cases
    cases = _cases(tmp_path / "cases")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "ftaudit.ui.cli.main", "batch", str(cases), "--out", str(out), "-q"]
    proc = subprocess.Popen(cmd, env=_env(session_home), cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    killed_at = 0
    try:
        while time.monotonic() < deadline:
            n = len(_reports(out)) if out.is_dir() else 0
            if n >= 8:
                proc.send_signal(signal.SIGKILL)
                killed_at = n
                break
            if proc.poll() is not None:
                break
            time.sleep(0.005)
    finally:
        if proc.poll() is None and not killed_at:
            proc.kill()
        proc.wait(timeout=30)
    assert killed_at, f"the batch ended before it could be killed: {proc.stderr.read() if proc.stderr else ''}"
    assert proc.returncode == -signal.SIGKILL

    # Every report on disk is whole: atomic writes leave no half-written JSON or Markdown.
    finished = _reports(out)
    assert N_CASES > len(finished) >= killed_at
    for p in finished:
        _intact(p)
    state = out / ".ftaudit-state"
    done_before = {p.stem for p in state.glob("case-*.json")} if state.is_dir() else set()
    assert done_before, "some cases were recorded as finished"
    assert done_before <= {p.stem for p in finished}, "a case is recorded done only once its report exists"
    # A write cut short leaves only a hidden temporary file; age them so the re-run may sweep them.
    torn = [p for p in out.rglob(".*.tmp")]
    for p in torn:
        os.utime(p, (time.time() - 7200, time.time() - 7200))
    snapshot = {name: (out / f"{name}.json").read_bytes() for name in done_before}
    mtimes = {name: (out / f"{name}.json").stat().st_mtime_ns for name in done_before}

    # Re-run: finished cases are reused untouched, the rest is audited.
    rerun = subprocess.run(cmd, env=_env(session_home), cwd=REPO, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    summary = [json.loads(line) for line in (out / "summary.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(summary) == N_CASES and all(r["status"] == "ok" for r in summary)
    cached = {r["case"] for r in summary if r["cached"]}
    assert cached == done_before
    for name in done_before:
        assert (out / f"{name}.json").read_bytes() == snapshot[name]
        assert (out / f"{name}.json").stat().st_mtime_ns == mtimes[name]
    for p in _reports(out):
        _intact(p)
        assert (out / f"{p.stem}.md").read_text(encoding="utf-8").rstrip().endswith("</sub>")
    assert len(_reports(out)) == N_CASES
    leftovers = [p.name for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert not leftovers, f"temporary files left behind: {leftovers}"


def test_corrupt_or_foreign_state_files_mean_redo_not_fail(tmp_path: Path, session_home: Path) -> None:
    cases = _cases(tmp_path / "cases", n=3)
    out = tmp_path / "out"
    first = run_batch(cases, out)
    assert all(r.status == "ok" for r in first)
    state = out / ".ftaudit-state"
    (state / "case-00.json").write_bytes(b"\x00\x00{trunc")  # torn by a crash or a disk problem
    (state / "case-01.json").write_text("[1, 2]", encoding="utf-8")  # valid JSON, wrong shape
    torn = out / ".case-02.json.abc123.tmp"
    torn.write_text("half a rep", encoding="utf-8")  # left by a SIGKILL an hour ago
    os.utime(torn, (time.time() - 7200, time.time() - 7200))
    fresh = out / ".case-01.md.def456.tmp"
    fresh.write_text("in flight", encoding="utf-8")  # another run's write in progress: kept
    again = run_batch(cases, out)
    by = {r.case: r for r in again}
    assert all(r.status == "ok" for r in again), [r.error for r in again]
    assert not by["case-00"].cached and not by["case-01"].cached and by["case-02"].cached
    assert not torn.exists() and fresh.exists()


@pytest.mark.parametrize("bad", ["missing", "readonly", "out_is_a_file"])
def test_unwritable_output_fails_cleanly_and_keeps_previous_reports(
        tmp_path: Path, session_home: Path, bad: str) -> None:
    cases = _cases(tmp_path / "cases", n=2)
    out = tmp_path / "out"
    run_batch(cases, out)
    before = (out / "case-00.json").read_bytes()
    if bad == "out_is_a_file":
        from ftaudit.errors import InputError

        blocker = tmp_path / "blocker"
        blocker.write_text("x", encoding="utf-8")
        with pytest.raises(InputError, match="output folder"):
            run_batch(cases, blocker)
        assert blocker.read_text(encoding="utf-8") == "x"
    elif bad == "readonly":
        if os.geteuid() == 0:
            pytest.skip("root ignores directory permissions")
        out.chmod(0o500)
        try:
            results = run_batch(cases, out, force=True)
        except OSError:
            results = []
        finally:
            out.chmod(0o700)
        assert all(r.status == "error" for r in results)
        assert (out / "case-00.json").read_bytes() == before
    else:
        (cases / "case-01" / "case.md").unlink()
        results = run_batch(cases, out)
        by = {r.case: r for r in results}
        assert by["case-00"].status == "ok" and by["case-01"].status == "error"
        assert "case.md" in by["case-01"].error
        assert (out / "case-00.json").read_bytes() == before


HOLD_LOCK = """
import sys, time
from pathlib import Path
from ftaudit.app.batch import output_lock
with output_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(120)
"""


def test_a_second_concurrent_batch_on_one_out_is_refused(tmp_path: Path, session_home: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Red team: two batches writing to one --out left a .json and .md that disagreed."""
    from ftaudit.app.batch import BatchBusyError
    from ftaudit.ui.cli.main import main

    cases = _cases(tmp_path / "cases", n=2)
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(out)], env=_env(session_home),
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(BatchBusyError, match=f"pid {holder.pid}"):
            run_batch(cases, out)
        code = main(["batch", str(cases), "--out", str(out), "-q"])
        err = capsys.readouterr().err
        assert code == 2 and len(err.strip().splitlines()) == 1
        assert "another ftaudit batch is writing to this output folder" in err and "--out" in err
        assert not _reports(out), "the refused batch wrote nothing"
        # A different output folder is not blocked.
        assert all(r.status == "ok" for r in run_batch(cases, tmp_path / "elsewhere"))
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # a holder that dies without cleaning up frees the folder
        holder.wait(10)
    assert all(r.status == "ok" for r in run_batch(cases, out))


def test_two_threads_in_one_process_cannot_share_an_out(tmp_path: Path, session_home: Path) -> None:
    from ftaudit.app.batch import BatchBusyError, output_lock

    cases = _cases(tmp_path / "cases", n=1)
    out = tmp_path / "out"
    out.mkdir()
    with output_lock(out), pytest.raises(BatchBusyError):
        run_batch(cases, out)
    assert run_batch(cases, out)[0].status == "ok"  # released when the holder is done


@pytest.mark.parametrize("tamper", ["json", "md", "both", "no-digests"])
def test_a_cached_verdict_is_served_only_with_the_reports_it_wrote(tmp_path: Path, session_home: Path,
                                                                   tamper: str) -> None:
    """Red team: a .json and .md from different runs, and a stale cached verdict served forever."""
    cases = _cases(tmp_path / "cases", n=2)
    out = tmp_path / "out"
    run_batch(cases, out)
    assert all(r.cached for r in run_batch(cases, out))
    state = out / ".ftaudit-state" / "case-00.json"
    if tamper in ("json", "both"):
        data = json.loads((out / "case-00.json").read_text(encoding="utf-8"))
        data["approach"] = "prompt" if data["approach"] != "prompt" else "rag"
        (out / "case-00.json").write_text(json.dumps(data), encoding="utf-8")
    if tamper in ("md", "both"):
        (out / "case-00.md").write_text("# ftaudit report: case-00\n\n**Recommendation: Nothing**\n", encoding="utf-8")
    if tamper == "no-digests":  # state from a run that wrote no digests
        recorded = json.loads(state.read_text(encoding="utf-8"))
        recorded.pop("outputs")
        state.write_text(json.dumps(recorded), encoding="utf-8")
    by = {r.case: r for r in run_batch(cases, out)}
    assert not by["case-00"].cached and by["case-01"].cached
    _intact(out / "case-00.json")
    report = json.loads((out / "case-00.json").read_text(encoding="utf-8"))
    md = (out / "case-00.md").read_text(encoding="utf-8")
    assert report["approach"] == by["case-00"].approach
    assert md.startswith("# ftaudit report: case-00") and "**Recommendation: " in md
    assert all(r.cached for r in run_batch(cases, out))  # and cached again once redone
