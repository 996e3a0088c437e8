"""Special files and links: FIFOs, sockets and devices are reported, never opened for a
blocking read; symbolic links never lead a case or a walked folder outside itself.

Red-team issue items 6 (case folders read outside themselves) and 7 (a FIFO blocks forever).
Every test that could block runs the work in a thread (or a child process) with a timeout,
and on a timeout unblocks the FIFO before failing, so a regression fails instead of hanging.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ftaudit.app.api import audit
from ftaudit.app.cases import read_case
from ftaudit.errors import InputError
from ftaudit.inspect import inspect_paths

REPO = Path(__file__).resolve().parents[2]
GOOD_CASE = "We route 40,000 support tickets a month into 12 queues; we have 8,000 labelled tickets."
GOOD_ROWS = "".join(json.dumps({"prompt": f"ticket {i} about billing", "completion": "billing"}) + "\n"
                    for i in range(30))
SECRET = "hunter2-SECRET-7f3a"

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")


def _unblock(fifo: Path) -> None:
    """Give a reader stuck on ``fifo`` a writer that closes at once (the reader sees EOF)."""
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
    except OSError:
        pass


def finishes(work: Callable[[], Any], fifos: list[Path], timeout: float = 30.0) -> Any:
    """``work()``'s result; fails the test when it is still running after ``timeout`` s."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # re-raised in the test's thread
            box["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        for _ in range(50):
            for f in fifos:
                _unblock(f)
            t.join(0.1)
            if not t.is_alive():
                break
        pytest.fail(f"blocked for more than {timeout:.0f} s on a special file")
    if "error" in box:
        raise box["error"]
    return box.get("value")


def _codes(report: Any, name: str) -> set[str]:
    return {f.code for f in report.findings if f.file.endswith(name)}


# --- FIFOs, sockets, devices (item 7) ------------------------------------------------------------


def test_fifo_in_a_data_folder_is_reported_and_the_other_files_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a-good.jsonl").write_text(GOOD_ROWS, encoding="utf-8")
    os.mkfifo(folder / "b-pipe.jsonl")
    (folder / "c-good.jsonl").write_text(GOOD_ROWS, encoding="utf-8")
    report = finishes(lambda: inspect_paths([folder]), [folder / "b-pipe.jsonl"])
    assert "not_regular_file" in _codes(report, "b-pipe.jsonl")
    msg = next(f.message for f in report.findings if f.code == "not_regular_file")
    assert "FIFO" in msg and "regular file" in msg
    by_name = {f.name: f for f in report.files}
    assert by_name["a-good.jsonl"].n_examples == 30 and by_name["c-good.jsonl"].n_examples == 30
    assert by_name["b-pipe.jsonl"].kind == "unreadable"


def test_fifo_given_directly_and_a_device_are_reported(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    good = tmp_path / "good.jsonl"
    good.write_text(GOOD_ROWS, encoding="utf-8")
    paths: list[Path] = [fifo, good]
    if os.path.exists("/dev/zero"):
        paths.append(Path("/dev/zero"))
    report = finishes(lambda: inspect_paths(paths), [fifo])
    assert "not_regular_file" in _codes(report, "pipe.csv")
    if os.path.exists("/dev/zero"):
        zero = [f for f in report.findings if f.file == "/dev/zero"]
        assert [f.code for f in zero] == ["not_regular_file"] and "device" in zero[0].message
    assert {f.name: f for f in report.files}["good.jsonl"].n_examples == 30


def test_socket_in_a_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "ok.jsonl").write_text(GOOD_ROWS, encoding="utf-8")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.bind(str(folder / "sock.jsonl"))
        report = finishes(lambda: inspect_paths([folder]), [])
    finally:
        s.close()
    assert "not_regular_file" in _codes(report, "sock.jsonl")
    assert "socket" in next(f.message for f in report.findings if f.code == "not_regular_file")


def test_fifo_in_a_case_folder_does_not_block_the_audit(tmp_path: Path) -> None:
    case = tmp_path / "case1"
    case.mkdir()
    (case / "case.md").write_text(GOOD_CASE, encoding="utf-8")
    (case / "tickets.jsonl").write_text(GOOD_ROWS, encoding="utf-8")
    os.mkfifo(case / "stuck.jsonl")
    report = finishes(lambda: audit(case), [case / "stuck.jsonl"], timeout=60)
    assert report.approach in {"prompt", "rag", "fine_tune"}
    assert report.data is not None
    files = {f.name: f for f in report.data.files}
    assert files["tickets.jsonl"].n_examples == 30
    assert any(f.code == "not_regular_file" for f in files["stuck.jsonl"].findings)


def test_fifo_as_the_case_file_or_a_yaml_data_entry(tmp_path: Path) -> None:
    fifo_case = tmp_path / "pipe.md"
    os.mkfifo(fifo_case)
    with pytest.raises(InputError) as info:
        finishes(lambda: read_case(fifo_case), [fifo_case])
    assert str(fifo_case) in str(info.value) and "FIFO" in str(info.value)
    folder = tmp_path / "c"
    folder.mkdir()
    os.mkfifo(folder / "case.md")
    with pytest.raises(InputError, match="FIFO"):
        finishes(lambda: read_case(folder), [folder / "case.md"])
    y = tmp_path / "y"
    y.mkdir()
    os.mkfifo(y / "rows.jsonl")
    (y / "case.yaml").write_text(f"description: {GOOD_CASE}\ndata: [rows.jsonl]\n", encoding="utf-8")
    report = finishes(lambda: audit(y / "case.yaml"), [y / "rows.jsonl"], timeout=60)
    assert report.data is not None and any(f.code == "not_regular_file" for f in report.data.findings)


def test_batch_with_fifos_finishes_and_writes_its_summary(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.md").write_text(GOOD_CASE, encoding="utf-8")
    os.mkfifo(batch / "pipe.md")
    folder = batch / "withdata"
    folder.mkdir()
    (folder / "case.md").write_text(GOOD_CASE, encoding="utf-8")
    (folder / "rows.jsonl").write_text(GOOD_ROWS, encoding="utf-8")
    os.mkfifo(folder / "stuck.jsonl")
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "ftaudit.ui.cli.main", "batch", str(batch), "--out", str(out), "-q"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("the batch blocked on a FIFO")
    assert proc.returncode == 3, err.decode()[-2000:]
    assert b"Traceback" not in err
    rows = {r["case"]: r for r in map(json.loads, (out / "summary.jsonl").read_text(encoding="utf-8").splitlines())}
    assert rows["good"]["status"] == "ok" and rows["withdata"]["status"] == "ok"
    assert rows["pipe"]["status"] == "error" and "FIFO" in rows["pipe"]["error"]
    report = json.loads((out / "withdata.json").read_text(encoding="utf-8"))
    assert any(f["code"] == "not_regular_file" for f in report["data"]["findings"])


# --- symbolic links (item 6) ----------------------------------------------------------------------


@pytest.fixture()
def secret(tmp_path: Path) -> Path:
    p = tmp_path / "outside" / "secret.md"
    p.parent.mkdir()
    p.write_text(f"We classify tickets. The admin password is {SECRET}.\n", encoding="utf-8")
    return p


def test_case_md_symlinked_outside_the_folder_is_refused(tmp_path: Path, secret: Path) -> None:
    folder = tmp_path / "cases" / "leaky"
    folder.mkdir(parents=True)
    (folder / "case.md").symlink_to(secret)
    with pytest.raises(InputError) as info:
        read_case(folder)
    msg = str(info.value)
    assert "case.md" in msg and "outside" in msg and SECRET not in msg
    with pytest.raises(InputError):
        audit(folder)


def test_case_file_symlinked_outside_its_folder_is_refused(tmp_path: Path, secret: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    link = batch / "leaky.md"
    link.symlink_to(secret)
    with pytest.raises(InputError, match="outside"):
        read_case(link)
    inside = batch / "real.md"
    inside.write_text(GOOD_CASE, encoding="utf-8")
    (batch / "alias.md").symlink_to(inside)
    assert read_case(batch / "alias.md").description == GOOD_CASE  # a link that stays inside is fine


def test_yaml_data_folder_with_a_link_outside_is_refused(tmp_path: Path, secret: Path) -> None:
    folder = tmp_path / "case"
    docs = folder / "docs"
    docs.mkdir(parents=True)
    (docs / "policy.md").write_text("Refunds within 30 days.\n", encoding="utf-8")
    (docs / "leak.md").symlink_to(secret)
    (folder / "case.yaml").write_text(f"description: {GOOD_CASE}\ndata: [docs]\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_case(folder / "case.yaml")
    msg = str(info.value)
    assert "leak.md" in msg and "outside" in msg and SECRET not in msg
    with pytest.raises(InputError):
        read_case(folder)
    (docs / "leak.md").unlink()
    (docs / "alias.md").symlink_to(docs / "policy.md")  # inside the case: still read
    case = read_case(folder / "case.yaml")
    report = audit(case)
    assert report.data is not None and {f.name for f in report.data.files} == {"alias.md", "policy.md"}


def test_walked_folder_never_follows_a_link_outside_itself(tmp_path: Path, secret: Path) -> None:
    folder = tmp_path / "upload"
    folder.mkdir()
    (folder / "rows.jsonl").write_text(GOOD_ROWS, encoding="utf-8")
    (folder / "zz-leak.md").symlink_to(secret)
    (folder / "zz-dir").symlink_to(secret.parent, target_is_directory=True)
    (folder / "sub").mkdir()
    (folder / "sub" / "alias.jsonl").symlink_to(folder / "rows.jsonl")  # inside the walked folder: read
    report = inspect_paths([folder])
    dumped = json.dumps(report.model_dump(mode="json")) + report.to_markdown()
    assert SECRET not in dumped
    assert "symlink_outside_folder" in _codes(report, "zz-leak.md")
    by_name = {f.name: f for f in report.files}
    assert by_name["rows.jsonl"].n_examples == 30 and by_name["alias.jsonl"].n_examples == 30


def test_zip_member_symlink_is_refused_and_never_followed(tmp_path: Path, secret: Path) -> None:
    import stat
    import zipfile

    z = tmp_path / "case" / "upload.zip"
    z.parent.mkdir()
    with zipfile.ZipFile(z, "w") as zf:
        info = zipfile.ZipInfo("leak.md")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, str(secret))
        zf.writestr("rows.jsonl", GOOD_ROWS)
    (z.parent / "case.md").write_text(GOOD_CASE, encoding="utf-8")
    report = audit(z.parent)
    assert SECRET not in report.to_json()
    assert report.data is not None and any(f.code == "archive_symlink" for f in report.data.findings)
