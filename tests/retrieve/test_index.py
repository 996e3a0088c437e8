"""The guidance index: build once, rebuild on change, retrieval quality, Chroma server mode."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from ftaudit.retrieve import index as index_module
from ftaudit.retrieve.index import open_index
from ftaudit.retrieve.sources import load_sections, parse_markdown

QUERIES = Path(__file__).resolve().parents[1] / "data" / "retrieval_queries.yaml"


def test_article_is_indexed_with_stable_section_ids() -> None:
    ids = {s.id for s in load_sections() if s.doc == "article"}
    assert {"article#2.1", "article#3.1", "article#4.1", "article#5.2", "article#7"} <= ids
    article = next(s for s in load_sections() if s.id == "article#7")
    assert "early stages of prototyping" in article.text and "**" not in article.text


def test_retrieval_recall_at_3_on_labelled_queries() -> None:
    queries = yaml.safe_load(QUERIES.read_text())
    assert len(queries) >= 30
    index = open_index()
    hits = 0
    misses = []
    for q in queries:
        got = [h.section_id for h in index.search(q["query"], k=3)]
        if set(got) & set(q["expected"]):
            hits += 1
        else:
            misses.append((q["query"], q["expected"], got))
    recall = hits / len(queries)
    print(f"recall@3 = {hits}/{len(queries)} = {recall:.3f}")
    assert recall >= 0.9, misses


def test_index_is_built_once_and_rebuilt_when_sources_change(tmp_path: Path) -> None:
    index_module._CACHE.clear()
    first = open_index()
    index_module._CACHE.clear()
    again = open_index()
    assert again.key == first.key and not again.built
    guidance = tmp_path / "mine"
    guidance.mkdir()
    (guidance / "house-rules.md").write_text(
        "# House rules\n\n## Vendor choice\n\nOur security team only approves models hosted in the EU region.\n")
    index_module._CACHE.clear()
    mine = open_index([guidance])
    assert mine.key != first.key and mine.built
    assert any(s.startswith("user-house-rules#") for s in mine.sections)
    top = mine.search("which hosting region does security approve for models", k=3)
    assert top[0].origin == "user"
    index_module._CACHE.clear()
    assert not open_index([guidance]).built


def test_user_guidance_without_ids_gets_sections_from_headings() -> None:
    secs = parse_markdown("intro line\n\n# A\ntext a\n\n## B\ntext b\n", doc="user-x", file="user:x.md")
    assert [s.id for s in secs] == ["user-x#intro", "user-x#a", "user-x#b"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    exe = shutil.which("chroma", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.fail("the `chroma` CLI is missing from the venv; reinstall chromadb")
    port = _free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen([exe, "run", "--path", str(tmp_path / "db"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"chroma run exited: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def test_chroma_server_mode(chroma_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FTAUDIT_CHROMA_URL", chroma_server)
    index_module._CACHE.clear()
    remote = open_index()
    assert remote.built and remote.location.startswith("chroma://127.0.0.1")
    hit = remote.search("documents that change every week need retrieval", k=3)
    assert any(h.section_id == "rag#freshness" for h in hit)
    assert remote.passage("article#7")
    index_module._CACHE.clear()
    assert not open_index().built
    index_module._CACHE.clear()
    os.environ.pop("FTAUDIT_CHROMA_URL", None)


def test_a_later_process_answers_the_criteria_from_the_build_without_opening_chroma(tmp_path: Path) -> None:
    """The first open stores Chroma's answers beside the build; the next process cites the same
    passages without importing chromadb, and opens Chroma only for a query it has not seen."""
    code = (
        "import json, sys\n"
        "from ftaudit import audit\n"
        "from ftaudit.retrieve.index import open_index\n"
        "r = audit('We answer questions about our 900-page product manual, which changes weekly.')\n"
        "before = 'chromadb' in sys.modules\n"
        "cited = sorted(c.section_id for x in r.criteria for c in x.citations)\n"
        "open_index().search('a question no criterion asks about vendors', k=2)\n"
        "print(json.dumps({'chroma_before': before, 'chroma_after': 'chromadb' in sys.modules, 'cited': cited}))\n"
    )
    env = {**os.environ, "FTAUDIT_HOME": str(tmp_path / "home")}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
            for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[-1].stderr[-2000:]
    first, second = (json.loads(r.stdout.strip().splitlines()[-1]) for r in runs)
    assert first["chroma_before"] and not second["chroma_before"] and second["chroma_after"]
    assert second["cited"] == first["cited"] and first["cited"]
    # A damaged answers file is ignored: Chroma answers again and the file is rewritten whole.
    answers = next((tmp_path / "home" / "index").glob("*/answers.json"))
    answers.write_text("{not json", encoding="utf-8")
    third = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert third.returncode == 0, third.stderr[-2000:]
    got = json.loads(third.stdout.strip().splitlines()[-1])
    assert got["chroma_before"] and got["cited"] == first["cited"]
    assert json.loads(answers.read_text(encoding="utf-8"))["search"]
