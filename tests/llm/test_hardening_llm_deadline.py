"""A model server that trickles its answer one byte at a time is cut off at ``settings.timeout``.

Red-team finding: httpx's timeouts are per read, so a server that sends a byte every second
(status line, headers or body) never timed out.  Every HTTP attempt now has a deadline for
the whole request.  Real stack (LangChain, OpenAI SDK, httpx2) against the scripted server.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from ftaudit.facts import UseCase
from ftaudit.llm import Assistant, LLMSettings
from ftaudit.read.lexicon import extract_facts
from pydantic import SecretStr

from tests.scripted_server import Reply, ScriptedServer

TEXT = "We answer employee questions about our HR policies, which change monthly. About 3,000 a month."


@pytest.fixture
def srv() -> Iterator[ScriptedServer]:
    import langchain_openai  # noqa: F401  (imported once here, so the timings below measure the calls only)

    with ScriptedServer() as server:
        yield server


def _assistant(srv: ScriptedServer, timeout: float, retries: int = 0) -> Assistant:
    return Assistant(LLMSettings(base_url=srv.base_url, api_key=SecretStr("not-needed"), model="scripted",
                                 timeout=timeout, max_retries=retries))


def _trickling(seconds_per_byte: float) -> Reply:
    reply = Reply.tool("Extraction", {"facts": [{"field": "stakes", "value": "high", "quote": "HR policies"}]})
    reply.trickle = seconds_per_byte
    return reply


@pytest.mark.parametrize("retries", [0, 1])
def test_a_trickling_server_is_cut_off_at_the_timeout(srv: ScriptedServer, retries: int) -> None:
    # ~600 bytes at 0.1 s each: a minute to finish, and never silent for 0.1 s
    srv.script("Extraction", _trickling(0.1))
    a = _assistant(srv, timeout=1.0, retries=retries)
    offline = extract_facts(TEXT)
    start = time.monotonic()
    assert a.extract(TEXT, offline) == (offline, [])
    elapsed = time.monotonic() - start
    attempts = retries + 1
    assert elapsed < attempts * 1.0 + 1.5, elapsed  # each attempt ends at its deadline (plus SDK backoff)
    assert elapsed >= attempts * 0.9, elapsed
    usage = a.usage()
    assert "timeout" in usage["fallbacks"][0]["reason"] and usage["http_requests"] == attempts
    assert srv.count("Extraction") == attempts


def test_a_trickled_text_reply_falls_back_to_the_offline_question(srv: ScriptedServer) -> None:
    reply = Reply.text("Quick one: how many questions a month?")
    reply.trickle = 0.1
    srv.script("text", reply)
    a = _assistant(srv, timeout=0.8)
    start = time.monotonic()
    assert a.phrase_question("How many requests a month?", UseCase(description=TEXT)) == "How many requests a month?"
    assert time.monotonic() - start < 2.0
    assert "timeout" in a.usage()["fallbacks"][0]["reason"]


def test_a_slow_answer_that_finishes_within_the_deadline_is_used(srv: ScriptedServer) -> None:
    # ~400 bytes at 2 ms: under a second in all, well inside a 5 s deadline
    reply = Reply.tool("Extraction", {"facts": [{"field": "stage", "value": "production",
                                                  "quote": "HR policies, which change monthly"}]})
    reply.trickle = 0.002
    srv.script("Extraction", reply)
    a = _assistant(srv, timeout=5.0)
    a.extract(TEXT, extract_facts(TEXT))
    usage = a.usage()
    assert usage["fallbacks"] == [] and usage["succeeded"] == {"extract": 1}
    assert usage["dropped_facts"] == 1  # answered in full and checked (that quote does not state a stage)
