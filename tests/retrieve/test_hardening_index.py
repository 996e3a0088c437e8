"""The guidance index survives a crash during a rebuild.

A reader process keeps searching the index while ``ftaudit index --rebuild`` runs in
another process and is killed (SIGKILL) — once while embedding, once at the worst
moment (between taking the old index away and putting the new one in place).  The
reader never sees an error, and afterwards the index opens without a rebuild and
every section is reachable by a full-range query.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

READER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from ftaudit.retrieve.index import open_index
    guidance, stop = Path(sys.argv[1]), Path(sys.argv[2])
    index = open_index([guidance])
    ids = sorted(index.sections)
    ok = errors = 0
    last_error = ""
    print("ready", flush=True)
    while not stop.exists():
        try:
            hits = index.search(f"query {ok % 7} house rules vendor EU region", k=3, candidates=24)
            assert hits and all(h.section_id in index.sections for h in hits)
            sid = ids[ok % len(ids)]
            assert index.passage(sid) is not None, sid
            # a query the result cache has not seen: a real trip to Chroma every time
            index._results.clear(); index._passages.clear()
            ok += 1
        except Exception as exc:  # noqa: BLE001 - the test counts every failure
            errors += 1
            last_error = f"{type(exc).__name__}: {exc}"[:300]
        time.sleep(0.01)
    print(json.dumps({"ok": ok, "errors": errors, "last_error": last_error}), flush=True)
    """
)

# Crash the rebuild right after the previous index was moved aside, before the new one is in place.
CRASH_AT_SWAP = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import ftaudit.retrieve.index as ix
    from ftaudit import settings as config
    from ftaudit.retrieve.sources import load_sections
    guidance = Path(sys.argv[1])
    live = config.home() / "index" / ix._key(load_sections(config.guidance_dirs([guidance])))
    real_rename, real_replace = Path.rename, os.replace
    def crash_after(op, src, dst):
        result = op(src, dst)
        if Path(src) == live or Path(dst) == live:  # the live index was just moved or replaced
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    Path.rename = lambda self, dst: crash_after(real_rename, self, dst)
    os.replace = lambda src, dst, **kw: crash_after(real_replace, src, dst)
    ix.open_index([guidance], rebuild=True)
    """
)


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["FTAUDIT_HOME"] = str(home)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture(scope="module")
def guidance(tmp_path_factory: pytest.TempPathFactory) -> Path:
    g = tmp_path_factory.mktemp("crash-guidance")
    (g / "house-rules.md").write_text(
        "# House rules\n\n## Vendor choice\n\nOur security team only approves models hosted in the EU region.\n\n"
        "## Review\n\nEvery model answer shown to customers is reviewed weekly by the support leads.\n",
        encoding="utf-8")
    return g


@pytest.fixture
def reader(guidance: Path, session_home: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    stop = tmp_path / "stop"
    proc = subprocess.Popen([sys.executable, "-c", READER, str(guidance), str(stop)], env=_env(session_home),
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
    yield proc, stop
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def _stop(reader: tuple[subprocess.Popen[str], Path]) -> dict[str, object]:
    proc, stop = reader
    stop.touch()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-2000:]
    return dict(json.loads(out.strip().splitlines()[-1]))


def _check_integrity(guidance: Path, home: Path) -> dict[str, object]:
    """In a fresh process: open without rebuilding, full-range query reaches every section."""
    code = textwrap.dedent(
        """
        import json, sys
        from pathlib import Path
        from ftaudit.retrieve.index import open_index, COLLECTION_PREFIX
        index = open_index([Path(sys.argv[1])])
        col = index._collection
        n = col.count()
        import numpy as np
        q = np.zeros(384); q[0] = 1.0
        got = col.query(query_embeddings=[q.tolist()], n_results=n, include=[])
        reach = set(got["ids"][0])
        print(json.dumps({"built": index.built, "count": n, "sections": len(index.sections),
                          "reachable": len(reach & set(index.sections)),
                          "search": [h.section_id for h in index.search("house rules EU region", k=3)]}))
        """
    )
    done = subprocess.run([sys.executable, "-c", code, str(guidance)], env=_env(home), cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _staging_started(root: Path) -> bool:
    return any(p.name.startswith(".staging-") for p in root.iterdir()) if root.is_dir() else False


def test_rebuild_killed_while_embedding_leaves_readers_and_index_intact(
        guidance: Path, session_home: Path, reader: tuple[subprocess.Popen[str], Path]) -> None:
    root = session_home / "index"
    cmd = [sys.executable, "-m", "ftaudit.ui.cli.main", "index", "--rebuild", "--guidance", str(guidance)]
    # Naming the model folder explicitly turns the shipped vectors off, so the rebuild embeds everything.
    env = {**_env(session_home), "FTAUDIT_EMBEDDING_MODEL": str(REPO / "knowledge" / "embedding")}
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not _staging_started(root) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(1.0)  # well into embedding and upserting
    assert proc.poll() is None, "the rebuild finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    time.sleep(0.5)  # the reader keeps going after the crash
    stats = _stop(reader)
    assert stats["errors"] == 0, stats
    assert int(stats["ok"]) > 10  # type: ignore[call-overload]
    check = _check_integrity(guidance, session_home)
    assert check["built"] is False, "the previous index must still be in place (no rebuild needed)"
    assert check["count"] == check["sections"] == check["reachable"], check
    assert "user-house-rules#vendor-choice" in check["search"]  # type: ignore[operator]


def test_rebuild_killed_at_the_swap_leaves_a_usable_index(
        guidance: Path, session_home: Path, reader: tuple[subprocess.Popen[str], Path]) -> None:
    done = subprocess.run([sys.executable, "-c", CRASH_AT_SWAP, str(guidance)], env=_env(session_home), cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr[-3000:])
    time.sleep(0.5)
    stats = _stop(reader)
    assert stats["errors"] == 0, stats
    check = _check_integrity(guidance, session_home)
    assert check["built"] is False, "a crash at the swap must leave an index in place (no rebuild needed)"
    assert check["count"] == check["sections"] == check["reachable"], check
    leftovers = sorted(p.name for p in (session_home / "index").iterdir() if p.name.startswith(".staging-"))
    # A later build sweeps what a crashed one left behind; a plain open never needs to.
    assert len(leftovers) <= 2, leftovers


def test_rebuild_while_a_reader_holds_the_index_open(
        guidance: Path, session_home: Path, reader: tuple[subprocess.Popen[str], Path]) -> None:
    """A rebuild that completes under a reader: the reader keeps answering from its (previous) index."""
    done = subprocess.run([sys.executable, "-m", "ftaudit.ui.cli.main", "index", "--rebuild", "--guidance", str(guidance)],
                          env=_env(session_home), cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    time.sleep(0.5)
    stats = _stop(reader)
    assert stats["errors"] == 0, stats
    check = _check_integrity(guidance, session_home)
    assert check["built"] is False and check["count"] == check["reachable"] == check["sections"], check
    stale = [p.name for p in (session_home / "index").iterdir() if p.name.startswith(".staging-")]
    assert not stale, f"a completed build sweeps crashed builds' staging folders: {stale}"
