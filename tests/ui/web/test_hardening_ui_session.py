"""The browser app under hostile messages and shared uploads, through gradio_client.

Red-team findings fixed here:

* one message with a lone surrogate (or NUL) broke the session for good: every later turn
  was a bare Gradio error, because writing the reports raised inside the error handler;
* with a model configured, confirmation questions put the user's quote into the chat
  unescaped: the page fetched a remote image and rendered a live link;
* a message of any length was accepted.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from ftaudit.llm import Assistant, LLMSettings
from ftaudit.read.reader import read_facts
from ftaudit.ui.web import app as app_module
from ftaudit.ui.web.app import AuditApp, build_app, start, stop
from gradio_client import Client, handle_file
from markdown_it import MarkdownIt
from pydantic import SecretStr

from tests.scripted_server import EchoModel, Reply, ScriptedServer

MAX_MESSAGE_CHARS: int = getattr(app_module, "MAX_MESSAGE_CHARS", 20_000)
CASE = "We classify 2 million support tickets a month into 40 queues; we have 50,000 labelled tickets."


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory, session_home: Path) -> Iterator[tuple[str, Any]]:
    demo = build_app(workdir=tmp_path_factory.mktemp("ui-hardening"), stream_delay=0.0)
    url = start(demo, port=None)
    yield url, demo
    stop(demo)


@pytest.fixture
def browser_json(monkeypatch: pytest.MonkeyPatch) -> None:
    """Send JSON the way a browser's JSON.stringify does: a lone surrogate goes as a \\ud800 escape.

    (httpx encodes UTF-8 strictly and would refuse the message before it left the client.)
    """
    import httpx._content

    def dumps(obj: Any, **kw: Any) -> str:
        return json.dumps(obj, **{**kw, "ensure_ascii": True})

    monkeypatch.setattr(httpx._content, "json_dumps", dumps)


def _client(url: str) -> Client:
    return Client(url, analytics_enabled=False, verbose=False)


def _say(client: Client, text: str = "", files: list[Path] | None = None) -> tuple[Any, ...]:
    job = client.submit({"text": text, "files": [handle_file(str(f)) for f in files or []]}, api_name="/chat")
    final = list(job.result(timeout=60))
    if isinstance(final[0], dict):  # a reply with quick-reply options comes as a message
        final[0] = final[0].get("content")
    if isinstance(final[-1], dict):
        final[-1] = final[-1].get("value")
    return tuple(final)


# --- one bad message -----------------------------------------------------------------------


@pytest.mark.parametrize("bad", [
    "\ud800",                       # a lone high surrogate
    "\udfff and \ud83d",            # lone low and high surrogates
    "\x00",                          # NUL
    "\x1b[31m\x07\x08\x7f\x85",      # ANSI escape, bell, backspace, DEL, C1 control
])
def test_a_bad_character_does_not_break_the_session(app_url: tuple[str, Any], browser_json: None, bad: str) -> None:
    url, _ = app_url
    client = _client(url)
    out = _say(client, f"We classify 2 million support tickets {bad}a month into 40 queues.")
    assert "Leaning" in out[0] or "Recommendation" in out[0], out[0]
    assert "2,000,000" in out[2]
    out = _say(client, "We have 50,000 labelled tickets.")
    assert "Noted" in out[0] and "50,000" in out[0]
    md = Path(client.predict("md", api_name="/report")).read_text(encoding="utf-8")
    assert "2 million support tickets" in md
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]", md)
    client.close()


def test_the_error_path_cannot_raise_and_the_next_turn_works(
        app_url: tuple[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    url, demo = app_url
    app: AuditApp = demo.ftaudit
    client = _client(url)
    calls = {"n": 0}
    real = AuditApp._write_reports

    def failing(self: AuditApp, ui: Any) -> Any:
        calls["n"] += 1
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(AuditApp, "_write_reports", failing)
    out = _say(client, CASE)
    assert calls["n"] >= 1 and ("Leaning" in out[0] or "Recommendation" in out[0])
    assert "couldn't write the report files" in out[0]
    monkeypatch.setattr(AuditApp, "_write_reports", real)
    out = _say(client, "The queues rarely change.")
    assert ("Noted" in out[0] or "Confirmed" in out[0]) and out[-1] and len(out[-1]) == 3
    assert app.store.peek(client.session_hash) is not None
    client.close()


def test_a_message_over_the_length_cap_is_refused_and_loses_nothing(app_url: tuple[str, Any]) -> None:
    url, _ = app_url
    client = _client(url)
    first = _say(client, CASE)
    long = "We also have 9,999 documents. " * (MAX_MESSAGE_CHARS // 30 + 10)
    out = _say(client, long)
    assert f"{MAX_MESSAGE_CHARS:,}" in out[0] and f"{len(long.strip()):,}" in out[0] and "attach" in out[0]
    assert "9,999" not in out[2] and out[2] == first[2]  # nothing from it was read; the facts are as before
    out = _say(client, "report")
    assert "Recommendation" in out[0]
    client.close()


# --- what reaches the chat is escaped -------------------------------------------------------

HOSTILE = ("About 2,000 questions a month now, and ![p](https://attacker.example/p.png) <img src=x onerror=alert(1)> "
           "[docs](javascript:alert(1)) https://attacker.example/live www.attacker.example 20,000 a month "
           "after the merger.")
DESCRIPTION = f"We want a bot that answers staff questions about our travel policy documents. {HOSTILE}"


def _rendered(markdown: str) -> str:
    """The reply as a Markdown renderer with raw HTML enabled shows it."""
    return MarkdownIt("commonmark", {"html": True, "linkify": False}).render(markdown)


def test_confirmation_questions_with_a_model_escape_the_users_quote(
        tmp_path: Path, session_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The scripted model contradicts what the cue reader reads (20,000), so pin the offline side to it.
    monkeypatch.setenv("FTAUDIT_READER", "lexicon")
    with ScriptedServer() as srv:
        srv.default = EchoModel()
        # The model reads the volume the offline reader did not, from a quote full of markup.
        offline = next(f.value for f in read_facts(DESCRIPTION) if f.field == "monthly_volume")
        value, quote = ((20000, HOSTILE[HOSTILE.index("![p]"):HOSTILE.index(" after")]) if offline < 10000
                        else (2000, HOSTILE.split(", and")[0] + ", and ![p](https://attacker.example/p.png)"))
        srv.script("Extraction", Reply.tool("Extraction", {"facts": [
            {"field": "monthly_volume", "value": value, "quote": quote},
            {"field": "platform", "value": "![q](https://attacker.example/q.png)", "quote": "![q](https://attacker.example/q.png)"},
        ]}), Reply.tool("Extraction", {"facts": []}))
        settings = LLMSettings(base_url=srv.base_url, api_key=SecretStr("not-needed"), model="scripted",
                               timeout=3.0, max_retries=0)
        demo = build_app(assistant=Assistant(settings), workdir=tmp_path / "s", stream_delay=0.0)
        url = start(demo, port=None)
        try:
            client = _client(url)
            reply = _say(client, DESCRIPTION)[0]
            assert "Next question" in reply and "2,000" in reply and "20,000" in reply  # the confirmation
            html = _rendered(reply)
            assert not re.search(r"<img|<a\s|<script", html)
            assert not re.search(r"(?<![\\/])https?://|(?<!\\)www\.", reply), "bare URLs would be autolinked"
            assert "attacker.example" in html.replace("\\", "")  # the text is shown, harmless
            client.close()
        finally:
            stop(demo)


def test_everything_user_derived_in_the_chat_is_escaped(app_url: tuple[str, Any], tmp_path: Path) -> None:
    url, _ = app_url
    client = _client(url)
    name = tmp_path / "![x](https%3A%2F%2Fattacker.example%2Fx.png) <img src=x>.jsonl"
    name.write_text('{"prompt": "a", "completion": "b"}\n', encoding="utf-8")
    for reply in (
        _say(client, CASE + " We deploy on <b>Azure OpenAI</b> https://attacker.example/x ![i](https://attacker.example/i.png)")[0],
        _say(client, "The queues rarely change. <img src=x onerror=alert(1)> [link](https://attacker.example)")[0],
        _say(client, "", [name])[0],
    ):
        html = _rendered(reply)
        assert not re.search(r"<img|<a\s|<script|<b>", html), reply
        assert not re.search(r"(?<![\\/])https?://|(?<!\\)www\.", reply), reply
    client.close()
