"""What a SIGKILL leaves behind is swept by the next run; workers die with their parent
(red-team item 17).

* ``--write-clean`` temporaries (``.tmp-*``) piled up in the output folder after each kill;
* ``ftaudit-keys-*`` folders were left in the temporary directory after each kill;
* the forked inspector workers stayed, stuck on a pipe, once their parent was killed.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from ftaudit.inspect import inspect_paths, keys, write_clean

REPO = Path(__file__).resolve().parents[2]
ROW = json.dumps({"messages": [{"role": "system", "content": "Route the ticket."},
                               {"role": "user", "content": "Parcel %d arrived late and damaged"},
                               {"role": "assistant", "content": "shipping"}]}) + "\n"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _dead_pid() -> int:
    """A pid that no process has (a child that exited and was reaped)."""
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def _age(path: Path, seconds: float) -> None:
    t = time.time() - seconds
    os.utime(path, (t, t))


def _env(tmp: Path) -> dict[str, str]:
    return dict(os.environ, TMPDIR=str(tmp), PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def _rows(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(ROW.replace("%d", str(i)))
    return path


def test_write_clean_sweeps_only_stale_temporaries_of_its_own(tmp_path: Path) -> None:
    out = tmp_path / "clean"
    out.mkdir()
    dead = out / f".tmp-{_dead_pid()}-abc123_x.jsonl"
    live = out / f".tmp-{os.getpid()}-zzz999.jsonl"  # a run in progress (this process)
    legacy_old = out / ".tmp-k2j4h5g6.jsonl"
    legacy_new = out / ".tmp-q9w8e7r6.jsonl"
    other = out / ".tmp-notes.txt"
    mine = out / "keep.jsonl"
    for p in (dead, live, legacy_old, legacy_new, other, mine):
        p.write_text("x\n", encoding="utf-8")
    _age(legacy_old, 2 * 3600)
    _age(other, 2 * 3600)
    link = out / f".tmp-{_dead_pid()}-link.jsonl"
    link.symlink_to(mine)
    data = _rows(tmp_path / "rows.jsonl", 20)
    write_clean([data], out)
    left = {p.name for p in out.iterdir()}
    assert dead.name not in left and legacy_old.name not in left
    assert {live.name, legacy_new.name, other.name, mine.name, link.name} <= left
    assert {"train.jsonl", "validation.jsonl", "clean-log.jsonl"} <= left
    assert mine.read_text(encoding="utf-8") == "x\n"


def test_write_clean_killed_then_rerun_leaves_no_temporaries(tmp_path: Path) -> None:
    data = _rows(tmp_path / "big.jsonl", 150_000)
    out = tmp_path / "clean"
    cmd = [sys.executable, "-m", "ftaudit.ui.cli.main", "inspect", "--write-clean", str(out), str(data)]
    for _ in range(2):
        proc = subprocess.Popen(cmd, cwd=REPO, env=_env(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(out.glob(".tmp-*")):
            time.sleep(0.05)
        time.sleep(0.5)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert len(list(out.glob(".tmp-*"))) >= 3, "the kills should have left temporaries"
    done = subprocess.run(cmd, cwd=REPO, env=_env(tmp_path), capture_output=True, timeout=300)
    assert done.returncode in (0, 2), done.stderr.decode()[-2000:]
    assert not list(out.glob(".tmp-*")), sorted(p.name for p in out.iterdir())
    assert (out / "train.jsonl").stat().st_size > 0


def test_stale_key_folders_are_swept_at_the_start_of_an_inspection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(keys, "_swept", [])
    dead = tmp_path / f"ftaudit-keys-{_dead_pid()}-a1b2c3"
    live = tmp_path / f"ftaudit-keys-{os.getpid()}-d4e5f6"
    legacy_old = tmp_path / "ftaudit-keys-abcd1234"
    legacy_new = tmp_path / "ftaudit-keys-efgh5678"
    for d in (dead, live, legacy_old, legacy_new):
        d.mkdir()
        (d / "dup0").write_bytes(b"\0" * 64)
    _age(legacy_old / "dup0", 2 * 3600)
    _age(legacy_old, 2 * 3600)
    target = tmp_path / "not-ours"
    target.mkdir()
    (target / "precious").write_text("keep", encoding="utf-8")
    (tmp_path / f"ftaudit-keys-{_dead_pid()}-link").symlink_to(target, target_is_directory=True)
    inspect_paths([_rows(tmp_path / "rows.jsonl", 5)])
    left = {p.name for p in tmp_path.iterdir()}
    assert dead.name not in left and legacy_old.name not in left
    assert {live.name, legacy_new.name, "not-ours"} <= left
    assert (target / "precious").read_text(encoding="utf-8") == "keep"


_SPILL = """
import sys
from ftaudit.inspect.inspector import Inspector
from ftaudit.inspect.limits import DEFAULT_LIMITS
Inspector(DEFAULT_LIMITS, workers=1, key_budget=2_000).run([sys.argv[1]])
"""


def test_killed_inspection_leaves_a_key_folder_the_next_run_removes(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    data = _rows(tmp_path / "rows.jsonl", 200_000)
    proc = subprocess.Popen([sys.executable, "-c", _SPILL, str(data)], cwd=REPO, env=_env(tmp))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(tmp.glob("ftaudit-keys-*")):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    left = list(tmp.glob("ftaudit-keys-*"))
    assert left and all(f"-{proc.pid}-" in p.name for p in left), left
    done = subprocess.run([sys.executable, "-c", _SPILL, str(_rows(tmp_path / "small.jsonl", 10))], cwd=REPO,
                          env=_env(tmp), capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert not list(tmp.glob("ftaudit-keys-*"))


def _children(pid: int) -> set[int]:
    out = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.add(int(entry))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


_PARALLEL = """
import sys
from ftaudit.inspect import inspect_paths
inspect_paths([sys.argv[1]], workers=2, parallel_min_bytes=1)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    data = _rows(tmp_path / "rows.jsonl", 400_000)
    for _trial in range(3):
        proc = subprocess.Popen([sys.executable, "-c", _PARALLEL, str(data)], cwd=REPO, env=_env(tmp_path))
        workers: set[int] = set()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(workers) < 2:
            workers = _children(proc.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the inspection did not start its workers"
        time.sleep(0.3)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        try:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and any(_alive(w) for w in workers):
                time.sleep(0.05)
            assert not any(_alive(w) for w in workers), "workers outlived their parent"
        finally:
            for w in workers:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(w, signal.SIGKILL)
