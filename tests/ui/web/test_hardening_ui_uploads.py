"""Uploads shared between browser sessions, through gradio_client.

Red-team finding: Gradio stores identical uploads once, so session A's restart deleted the
file session B had uploaded.  Each upload is now copied into the session's own folder before
use, and Gradio's copy is reference-counted across sessions.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from ftaudit.ui.web.app import AuditApp, build_app, start, stop
from gradio_client import Client, handle_file

CASE = "We classify 2 million support tickets a month into 40 queues; we have 50,000 labelled tickets."


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory, session_home: Path) -> Iterator[tuple[str, Any]]:
    demo = build_app(workdir=tmp_path_factory.mktemp("ui-uploads"), stream_delay=0.0)
    url = start(demo, port=None)
    yield url, demo
    stop(demo)


def _client(url: str) -> Client:
    return Client(url, analytics_enabled=False, verbose=False)


def _say(client: Client, text: str = "", files: list[Path] | None = None) -> tuple[Any, ...]:
    job = client.submit({"text": text, "files": [handle_file(str(f)) for f in files or []]}, api_name="/chat")
    final = list(job.result(timeout=60))
    if isinstance(final[0], dict):  # a reply with quick-reply options comes as a message
        final[0] = final[0].get("content")
    return tuple(final)


def _labelled(path: Path) -> Path:
    rows = [{"messages": [{"role": "user", "content": f"Ticket {i}: my {q} is broken"},
                          {"role": "assistant", "content": q}]}
            for i, q in enumerate(["billing", "login", "shipping"] * 20)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _gradio_path(app: AuditApp, key: str) -> Path:
    ui = app.store.peek(key)
    assert ui is not None and ui.uploads
    return ui.uploads[0]


def test_a_restart_in_one_session_does_not_delete_another_sessions_upload(
        app_url: tuple[str, Any], tmp_path: Path) -> None:
    url, demo = app_url
    app: AuditApp = demo.ftaudit
    same = _labelled(tmp_path / "tickets.jsonl")
    a, b = _client(url), _client(url)
    out_a = _say(a, CASE, [same])
    out_b = _say(b, CASE, [same])
    assert "60 valid examples" in out_a[0] and "60 valid examples" in out_b[0]
    shared = _gradio_path(app, a.session_hash)
    assert shared == _gradio_path(app, b.session_hash), "Gradio stores identical uploads once"
    _say(a, "restart")
    assert shared.exists(), "session A's restart must not delete the file session B uploaded"
    ui_b = app.store.peek(b.session_hash)
    assert ui_b is not None
    own = [p for p in (ui_b.dir / "data").iterdir()]
    assert len(own) == 1 and own[0].read_bytes() == same.read_bytes()
    out = _say(b, "report")
    assert "Recommendation" in out[0]
    md = Path(b.predict("md", api_name="/report")).read_text(encoding="utf-8")
    assert "tickets.jsonl" in md
    app.store.drop(b.session_hash)
    app.store.drop(a.session_hash)
    assert not shared.exists(), "the last session to hold an upload deletes it"
    for c in (a, b):
        c.close()


def test_a_later_identical_upload_survives_an_earlier_sessions_clean_up(tmp_path: Path, session_home: Path) -> None:
    """Gradio replaces the stored file when the same content is uploaded again: the session that
    received the earlier copy must not delete the newer one (which another session is about to use)."""
    app = AuditApp(index=None, workdir=tmp_path / "s", stream_delay=0)
    gradio_dir = tmp_path / "gradio" / "0123abcd"
    gradio_dir.mkdir(parents=True)
    upload = _labelled(gradio_dir / "tickets.jsonl")
    ui_a = app.store.get("a")
    dest, problem = app._accept_file(ui_a, str(upload))
    assert dest is not None and problem == ""
    # session B uploads the same file: Gradio renames a fresh temporary file over the stored one
    fresh = tmp_path / "gradio" / "upload.tmp"
    shutil.copyfile(upload, fresh)
    os.replace(fresh, upload)
    app.store.drop("a")
    assert not dest.exists() and upload.exists()
    ui_b = app.store.get("b")
    dest_b, problem = app._accept_file(ui_b, str(upload))
    assert dest_b is not None and problem == "" and dest_b.read_bytes() == upload.read_bytes()
    app.store.close_all()
    assert not upload.exists()


def test_a_file_over_the_limit_is_answered_in_the_chat(tmp_path: Path, session_home: Path) -> None:
    demo = build_app(workdir=tmp_path / "small", stream_delay=0.0, max_upload_mb=0.002)  # about 2 KB
    url = start(demo, port=None)
    try:
        big = tmp_path / "big.jsonl"
        big.write_text("".join(json.dumps({"text": f"example {i} " * 8, "label": "a"}) + "\n" for i in range(60)),
                       encoding="utf-8")
        assert 2100 < big.stat().st_size < 4 * 2097  # over the limit, under the HTTP layer's cap
        client = _client(url)
        out = _say(client, "Here is our data.", [big])
        assert "big.jsonl" in out[0] and "the limit is 0.002 MB" in out[0]
        client.close()
    finally:
        stop(demo)
