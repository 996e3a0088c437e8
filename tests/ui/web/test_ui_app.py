"""The browser app through its API: a whole interview with gradio_client, uploads, downloads,
refusals, session isolation and clean-up, and the offline fallback when a model fails."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

from ftaudit.ui.web.app import AuditApp, build_app, start, stop
from gradio_client import Client, handle_file

DESCRIPTION = "We want a support assistant that answers customer questions about our products for our help centre."


def _sample(tmp: Path) -> Path:
    """A small labelled classification set (written here so the test owns its data)."""
    queues = ["billing", "login", "shipping", "refunds"]
    lines = []
    for i in range(60):
        q = queues[i % len(queues)]
        lines.append(
            json.dumps(
                {
                    "messages": [
                        {"role": "system", "content": "Route the ticket to one queue."},
                        {"role": "user", "content": f"Ticket {1000 + i}: problem with {q} for order {i * 7}."},
                        {"role": "assistant", "content": q},
                    ]
                }
            )
        )
    p = tmp / "tickets-labelled.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory, session_home: Path) -> Iterator[tuple[str, Any]]:
    demo = build_app(workdir=tmp_path_factory.mktemp("ui-sessions"), stream_delay=0.0)
    url = start(demo, port=None)
    yield url, demo
    stop(demo)


def _client(url: str) -> Client:
    return Client(url, analytics_enabled=False, verbose=False)


def _content(reply: Any) -> Any:
    """A reply's text (a reply with quick-reply options is a message dict)."""
    return reply.get("content") if isinstance(reply, dict) else reply


def _say(client: Client, text: str = "", files: list[Path] | None = None) -> tuple[list[str], tuple[Any, ...]]:
    """Send one chat message; returns every streamed reply and the final outputs."""
    job = client.submit({"text": text, "files": [handle_file(str(f)) for f in files or []]}, api_name="/chat")
    final = list(job.result(timeout=60))
    if isinstance(final[0], dict):  # a reply with quick-reply options comes as a message
        final[0] = final[0].get("content")
    if isinstance(final[-1], dict):  # the downloads list arrives as a visibility update
        final[-1] = final[-1].get("value")
    streamed = [_content(o[0] if isinstance(o, list | tuple) else o) for o in job.outputs()]
    return streamed, tuple(final)


def test_whole_interview_with_upload_and_downloads(app_url: tuple[str, Any], tmp_path: Path) -> None:
    url, _demo = app_url
    client = _client(url)
    streamed, out = _say(client, DESCRIPTION)
    reply, leaning, facts, _criteria, _data, _cost, _cites, files = out
    assert len(streamed) >= 3, "the reply should stream in several pieces"
    assert streamed[-1] == reply and len(streamed[0]) < len(reply)
    assert "Next question" in reply
    assert "Current leaning" in leaning and "Backend: offline engine (no LLM configured)" in leaning
    assert "Task" in facts and "your description" in facts
    assert len(files) == 3

    _, out = _say(client, "The product docs change weekly.")
    assert "Noted" in out[0] and "weekly" in out[0]
    assert "Retrieval-augmented generation" in out[1]
    assert "your answer" in out[2]

    # Upload sample data: the panel shows a histogram and the label distribution.
    _, out = _say(client, "Here are some labelled tickets.", [_sample(tmp_path)])
    assert "tickets-labelled.jsonl" in out[0] and "60 valid examples" in out[0]
    data_html = out[4]
    assert "Token length per example" in data_html and "<svg" in data_html
    assert "Label distribution" in data_html and "billing" in data_html
    assert str(tmp_path) not in data_html

    # A correction replaces an earlier fact.
    _, out = _say(client, "We handle 50,000 questions a month.")
    assert "monthly volume" in out[0].lower()
    _, out = _say(client, "Actually it's 2 million questions a month.")
    assert "Corrected" in out[0] and "2,000,000" in out[0] and "→" in out[0]
    assert "2,000,000" in out[2]

    streamed, out = _say(client, "report")
    reply, leaning, _facts, criteria, _data, cost, cites, files = out
    assert "Recommendation:" in reply
    assert "recommendation ready" in leaning
    assert "<svg" in criteria and "Criteria and their contributions" in criteria
    assert "<svg" in cost and "Prompting" in cost
    assert "quoted verbatim" in cites and "<blockquote>" in cites

    md = Path(client.predict("md", api_name="/report")).read_text(encoding="utf-8")
    assert md.startswith("# ftaudit report") and "## Sample data" in md
    assert str(tmp_path) not in md
    js = json.loads(Path(client.predict("json", api_name="/report")).read_text(encoding="utf-8"))
    assert js["approach"] in {"prompt", "rag", "fine_tune"} and js["data"]["summary"]["n_examples"] == 60
    page = Path(client.predict("html", api_name="/report")).read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "the HTML report must be self-contained"
    client.close()


def test_sessions_are_isolated_and_cleaned_up(app_url: tuple[str, Any]) -> None:
    url, demo = app_url
    app: AuditApp = demo.ftaudit
    a, b = _client(url), _client(url)
    _, out_a = _say(a, "We classify 2 million support tickets a month into 40 queues; we have 50,000 labelled tickets.")
    _, out_b = _say(b, "An assistant that answers questions about our HR policies, which change monthly.")
    assert "2,000,000" in out_a[2] and "2,000,000" not in out_b[2]
    assert "Fine-tuning" in out_a[1]
    md_b = Path(b.predict("md", api_name="/report")).read_text(encoding="utf-8")
    assert "2 million" not in md_b and "HR policies" in md_b
    ui_a = app.store.peek(a.session_hash)
    ui_b = app.store.peek(b.session_hash)
    assert ui_a is not None and ui_b is not None and ui_a.dir != ui_b.dir
    assert ui_a.dir.exists()
    app.store.drop(a.session_hash)  # what the unload event does when a tab closes
    assert not ui_a.dir.exists()
    assert ui_b.dir.exists()
    fresh = _client(url)
    with pytest.raises(Exception, match="no report yet"):
        fresh.predict("md", api_name="/report")
    for c in (a, b, fresh):
        c.close()


def test_refused_uploads_get_a_friendly_message(app_url: tuple[str, Any], tmp_path: Path) -> None:
    url, _ = app_url
    client = _client(url)
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ\x90\x00binary")
    fake = tmp_path / "data.csv"
    fake.write_bytes(b"PK\x03\x04not really a csv")
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    _, out = _say(client, "", [exe, fake, empty])
    reply = out[0]
    assert "aren't supported" in reply and "tool.exe" in reply
    assert "binary data" in reply
    assert "is empty" in reply
    assert "Traceback" not in reply
    # The chat still works afterwards.
    _, out = _say(client, "We summarise legal contracts for lawyers, about 300 a month.")
    assert "Leaning" in out[0] or "Recommendation" in out[0]
    client.close()


def test_oversize_upload_is_refused(tmp_path: Path, session_home: Path) -> None:
    app = AuditApp(index=None, workdir=tmp_path / "s", stream_delay=0, max_upload_mb=0.001)
    big = tmp_path / "big.jsonl"
    big.write_text('{"prompt": "x", "completion": "y"}\n' * 100, encoding="utf-8")
    ui = app.store.get("t")
    dest, message = app._accept_file(ui, str(big))
    assert dest is None and "limit is 0.001 MB" in message
    app.store.close_all()


class _BrokenModel:
    label = "scripted model"

    def stream(self, draft: str, context: dict[str, Any]) -> Iterator[str]:
        raise TimeoutError("model timed out")
        yield ""  # pragma: no cover


class _EchoModel:
    label = "echo model"

    def stream(self, draft: str, context: dict[str, Any]) -> Iterator[str]:
        yield "[model] "
        yield draft


def _run(app: AuditApp, text: str) -> list[tuple[Any, ...]]:
    return [(_content(o[0]), *o[1:]) for o in app.respond({"text": text, "files": []}, [], None)]


def test_model_failure_falls_back_to_offline_engine(tmp_path: Path, session_home: Path) -> None:
    from ftaudit import open_index

    index = open_index()
    app = AuditApp(index=index, assistant=_BrokenModel(), workdir=tmp_path / "s", stream_delay=0)
    outs = _run(app, "We classify 2 million support tickets a month into 40 queues; we have 50,000 labels.")
    final = outs[-1]
    assert "Recommendation" in final[0] or "Leaning" in final[0]
    assert "scripted model" in final[1] and "unavailable" in final[1] and "offline engine" in final[1]
    ok = AuditApp(index=index, assistant=_EchoModel(), workdir=tmp_path / "t", stream_delay=0)
    final = _run(ok, "We classify 2 million support tickets a month into 40 queues.")[-1]
    assert "[model]" in final[0] and "Backend: echo model" in final[1]
    app.store.close_all()
    ok.store.close_all()


def test_user_text_is_escaped_everywhere(tmp_path: Path, session_home: Path) -> None:
    from ftaudit import open_index

    app = AuditApp(index=open_index(), workdir=tmp_path / "s", stream_delay=0)
    evil = 'We classify <script>alert("x")</script> tickets, 2 million a month <img src=x onerror=alert(1)>.'
    final = _run(app, evil)[-1]
    panel_html = "".join(v for v in final[1:7] if isinstance(v, str))
    assert "<script>" not in panel_html and "<img" not in panel_html
    ui = app.store.peek("local")
    assert ui is not None and ui.report is not None
    page = ui.report.to_html()
    assert "<script>" not in page and "<img" not in page and "&lt;script&gt;" in page
    app.store.close_all()


def test_engine_assistant_is_forked_per_session_and_down_model_keeps_the_ui_working(
        tmp_path: Path, session_home: Path) -> None:
    from ftaudit import open_index
    from ftaudit.llm import Assistant, LLMSettings
    from pydantic import SecretStr

    from tests.scripted_server import ScriptedServer

    index = open_index()
    with ScriptedServer() as server:
        settings = LLMSettings(base_url=server.base_url, api_key=SecretStr("not-needed"), model="scripted",
                               timeout=3.0, max_retries=0)
        shared = Assistant(settings)
        app = AuditApp(index=index, assistant=shared, workdir=tmp_path / "s", stream_delay=0)
        text = "We classify 2 million support tickets a month into 40 queues; we have 50,000 labels."
        first = _run(app, text)[-1]
        assert "scripted" in first[1]
    # The server is gone now: the next session still gets an offline answer.
    app2 = AuditApp(index=index, assistant=shared, workdir=tmp_path / "t", stream_delay=0)
    final = _run(app2, text)[-1]
    assert "Leaning" in final[0] or "Recommendation" in final[0]
    sessions = [s for s in (*app.store._sessions.values(), *app2.store._sessions.values()) if s.audit is not None]
    assert sessions and all(s.audit.assistant is not shared for s in sessions)
    app.store.close_all()
    app2.store.close_all()


def _said(message: dict[str, Any]) -> str:
    content = message["content"]
    return content if isinstance(content, str) else " ".join(str(p.get("text", "")) for p in content)


def test_the_panel_edits_and_forgets_a_fact_as_a_turn_of_the_chat(app_url: tuple[str, Any]) -> None:
    url, demo = app_url
    client = _client(url)
    _say(client, "We classify support tickets into 12 queues. We have 3,000 labelled tickets.")
    chat, *panel_out = client.predict("labelled examples", "1,200", [], api_name="/edit_fact")
    ui = demo.ftaudit.store.peek(client.session_hash)
    assert ui is not None and ui.audit.case.value("labelled_examples") == 1200
    said = _said(chat[-1])
    assert "3,000" in said and "1,200" in said and "→" in said
    assert "1,200" in panel_out[1]
    chat, *panel_out = client.predict("labelled examples", "", [], api_name="/edit_fact")
    assert "labelled_examples" not in ui.audit.case.facts and "Forgotten" in _said(chat[-1])
    client.close()
