"""Wire tests: the real client stack (LangChain, OpenAI SDK, httpx2) against a scripted
OpenAI-compatible server on loopback.  Nothing in the client library is mocked."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from ftaudit.facts import UseCase
from ftaudit.llm import Assistant, LLMSettings, enrich_report
from ftaudit.read.lexicon import extract_facts
from pydantic import SecretStr
from scripted_server import EchoModel, Reply, ScriptedServer

TEXT = (
    "We answer employee questions about our internal HR policies. The policies change monthly "
    "and every answer must cite the policy section.\n"
    "We get about 3,000 questions a month. Wrong answers could expose us to legal risk, so "
    "accuracy is important to the team. The assistant is already live for HR staff."
)
# The same case with a second volume in it: the offline reader takes the peak, the model the usual one.
PEAK_TEXT = TEXT.replace(
    "We get about 3,000 questions a month.",
    "We get about 3,000 questions a month (30,000 a month at the year-end peak).",
)
FAST_RETRY = {"retry-after-ms": "10"}


@pytest.fixture
def srv() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


def settings(server: ScriptedServer, **kw: Any) -> LLMSettings:
    base: dict[str, Any] = {
        "base_url": server.base_url,
        "api_key": SecretStr("not-needed"),
        "model": "scripted",
        "timeout": 3.0,
        "max_retries": 2,
    }
    return LLMSettings(**{**base, **kw})


def good_extraction() -> dict[str, Any]:
    return {
        "facts": [
            {
                "field": "needs_citations",
                "value": True,
                "quote": "every answer must cite the policy section",
            },
            {"field": "monthly_volume", "value": 3000, "quote": "about 3,000 questions a month"},
            {
                "field": "stage",
                "value": "production",
                "quote": "The assistant is already live for HR staff",
            },
            # A quote that does not carry its value is dropped: "the" is in the text, but says nothing.
            {"field": "human_review", "value": True, "quote": "the"},
            {
                "field": "labelled_examples",
                "value": 50000,
                "quote": "we have 50,000 labelled Q&A pairs",
            },
            {"field": "favourite_colour", "value": "blue", "quote": "We answer"},
            {"field": "latency_ms", "value": "fast", "quote": "accuracy is important"},
        ]
    }


# --- extraction ----------------------------------------------------------------------------


def test_valid_output_is_checked_merged_and_disagreements_become_questions(
    srv: ScriptedServer,
) -> None:
    srv.script(
        "Extraction",
        Reply.tool("Extraction", good_extraction(), prompt_tokens=321, completion_tokens=45),
    )
    a = Assistant(settings(srv))
    offline = extract_facts(PEAK_TEXT)
    facts, questions = a.extract(PEAK_TEXT, offline)

    by_field = {f.field: f for f in facts}
    assert by_field["stage"].source == "llm" and by_field["stage"].value == "production"
    assert by_field["stage"].quote in TEXT
    # The readers disagree on the volume: the offline reading stays until the user confirms.
    assert by_field["monthly_volume"].source == "text" and by_field["monthly_volume"].value == 30000
    assert "labelled_examples" not in by_field and "favourite_colour" not in by_field
    assert "latency_ms" not in by_field
    assert {f.field for f in offline} | {"stage"} == set(by_field)
    assert len(questions) == 1 and "30,000" in questions[0] and "3,000" in questions[0]

    u = a.usage()
    assert (u["calls"], u["http_requests"], u["prompt_tokens"], u["completion_tokens"]) == (
        1,
        1,
        321,
        45,
    )
    assert u["dropped_facts"] == 4 and u["confirmations"] == 1 and u["fallbacks"] == []

    body = srv.requests[-1].body
    assert body["tool_choice"] == {"type": "function", "function": {"name": "Extraction"}}
    assert "response_format" not in body  # strict json_schema is what llama-cpp rejects
    assert body["max_tokens"] == 700 and body["temperature"] == 0
    assert srv.requests[-1].headers.get("authorization") == "Bearer not-needed"


def test_invalid_json_falls_back_to_offline_facts(srv: ScriptedServer) -> None:
    srv.script(
        "Extraction", Reply.tool("Extraction", '{"facts": [{"field": "stakes", "value": "hi')
    )
    a = Assistant(settings(srv))
    offline = extract_facts(TEXT)
    facts, questions = a.extract(TEXT, offline)
    assert facts == offline and questions == []
    u = a.usage()
    assert [f["part"] for f in u["fallbacks"]] == ["extract"]
    assert "invalid JSON" in u["fallbacks"][0]["reason"]
    assert u["calls"] == 1 and u["prompt_tokens"] > 0  # tokens are counted even when parsing fails


def test_schema_violation_falls_back(srv: ScriptedServer) -> None:
    srv.script("Extraction", Reply.tool("Extraction", {"facts": "stakes is high"}))
    a = Assistant(settings(srv))
    offline = extract_facts(TEXT)
    assert a.extract(TEXT, offline) == (offline, [])
    assert "schema" in a.usage()["fallbacks"][0]["reason"]


def test_json_mode_sends_no_schema_format_and_parses_content(srv: ScriptedServer) -> None:
    srv.script("Extraction", Reply.text(json.dumps(good_extraction())))
    a = Assistant(settings(srv, structured_method="json_mode"))
    facts, questions = a.extract(PEAK_TEXT, extract_facts(PEAK_TEXT))
    assert any(f.source == "llm" for f in facts) and len(questions) == 1
    body = srv.requests[-1].body
    assert body["response_format"] == {"type": "json_object"} and "tools" not in body
    assert '"facts"' in body["messages"][0]["content"]  # the schema is described in the prompt


def test_json_mode_prose_is_invalid_json(srv: ScriptedServer) -> None:
    srv.script("Extraction", Reply.text("Sure! Here are the facts: the stakes are high."))
    a = Assistant(settings(srv, structured_method="json_mode"))
    offline = extract_facts(TEXT)
    assert a.extract(TEXT, offline) == (offline, [])
    assert "invalid JSON" in a.usage()["fallbacks"][0]["reason"]


def test_model_ignoring_the_tool_is_a_recorded_fallback(srv: ScriptedServer) -> None:
    srv.script("Extraction", Reply.text("I think you should fine-tune."))
    a = Assistant(settings(srv))
    offline = extract_facts(TEXT)
    assert a.extract(TEXT, offline) == (offline, [])
    assert "ignored instructions" in a.usage()["fallbacks"][0]["reason"]


# --- transport faults ----------------------------------------------------------------------


def test_429_then_success_is_retried_by_the_sdk_only(srv: ScriptedServer) -> None:
    srv.script(
        "Extraction",
        Reply.error(429, "slow down", code="rate_limit_exceeded", headers=FAST_RETRY),
        Reply.error(429, "slow down", code="rate_limit_exceeded", headers=FAST_RETRY),
        Reply.tool("Extraction", good_extraction()),
    )
    a = Assistant(settings(srv))
    facts, _ = a.extract(TEXT, extract_facts(TEXT))
    assert any(f.source == "llm" for f in facts)
    u = a.usage()
    assert srv.count("Extraction") == 3 and u["http_requests"] == 3 and u["calls"] == 1
    assert u["fallbacks"] == []


def test_insufficient_quota_is_not_retried_by_us_and_stops_further_calls(
    srv: ScriptedServer,
) -> None:
    srv.script(
        "Extraction", Reply.error(429, "quota", code="insufficient_quota", headers=FAST_RETRY)
    )
    a = Assistant(settings(srv, max_retries=0))
    offline = extract_facts(TEXT)
    assert a.extract(TEXT, offline) == (offline, [])
    assert a.phrase_question("Q?", UseCase()) == "Q?"
    u = a.usage()
    assert "quota" in u["fallbacks"][0]["reason"] and u["circuit_open"]
    assert srv.count() == 1  # the second job never reached the server


def test_persistent_500_is_bounded(srv: ScriptedServer) -> None:
    srv.script("Extraction", Reply.error(500, "boom", headers=FAST_RETRY))
    a = Assistant(settings(srv, max_retries=2))
    offline = extract_facts(TEXT)
    assert a.extract(TEXT, offline) == (offline, [])
    assert srv.count("Extraction") == 3  # 1 + max_retries: no retry multiplication
    u = a.usage()
    assert u["http_requests"] == 3 and u["failed_calls"] == 1
    assert "HTTP 500" in u["fallbacks"][0]["reason"]


def test_timeout_returns_within_the_configured_bound(srv: ScriptedServer) -> None:
    srv.script(
        "Extraction",
        Reply(delay=3.0, body=Reply.completion({"role": "assistant", "content": "late"})),
    )
    a = Assistant(settings(srv, timeout=0.4, max_retries=1))
    offline = extract_facts(TEXT)
    start = time.monotonic()
    assert a.extract(TEXT, offline) == (offline, [])
    elapsed = time.monotonic() - start
    assert elapsed < 2.5, elapsed  # 2 attempts x 0.4 s + backoff, not 600 s
    assert "timeout" in a.usage()["fallbacks"][0]["reason"]
    assert srv.count("Extraction") == 2


def test_server_that_disappears_mid_session_opens_the_circuit(srv: ScriptedServer) -> None:
    srv.default = EchoModel()
    a = Assistant(settings(srv, max_retries=1, timeout=1.0))
    case = UseCase(description=TEXT).merged(extract_facts(TEXT))
    assert a.phrase_question("How often does it change?", case).startswith("Quick one")
    srv.stop()
    start = time.monotonic()
    assert a.phrase_question("Q1?", case) == "Q1?"
    assert a.phrase_question("Q2?", case) == "Q2?"
    calls_before = a.usage()["calls"]
    assert a.phrase_question("Q3?", case) == "Q3?"  # circuit open: no call at all
    assert a.summarise(case) is None
    assert time.monotonic() - start < 8
    u = a.usage()
    assert u["circuit_open"] and u["calls"] == calls_before == 3
    reasons = [f["reason"] for f in u["fallbacks"]]
    assert "unreachable" in reasons[0] and "failed earlier" in reasons[-1]
    assert u["succeeded"] == {"phrase": 1}


def test_unreachable_server_from_the_start(srv: ScriptedServer) -> None:
    s = settings(srv, max_retries=0)
    srv.stop()
    a = Assistant(s)
    offline = extract_facts(TEXT)
    assert a.extract(TEXT, offline) == (offline, [])
    assert "unreachable" in a.usage()["fallbacks"][0]["reason"]


# --- phrasing and summary ------------------------------------------------------------------


def test_phrase_question_falls_back_when_the_model_rambles(srv: ScriptedServer) -> None:
    srv.script("text", Reply.text("RAG is the answer. You should use retrieval."))
    a = Assistant(settings(srv))
    assert (
        a.phrase_question("Do answers need citations?", UseCase()) == "Do answers need citations?"
    )
    assert "ignored instructions" in a.usage()["fallbacks"][0]["reason"]
    assert srv.requests[-1].body["max_tokens"] == 80


def test_summary_with_invented_numbers_is_rejected(srv: ScriptedServer) -> None:
    case = UseCase(description=TEXT).merged(extract_facts(TEXT))
    srv.script(
        "text",
        Reply.text("You get 9,999 questions a month about HR policy."),
        Reply.text("You answer HR policy questions, about 3,000 a month, and must cite sections."),
    )
    a = Assistant(settings(srv))
    assert a.summarise(case) is None
    assert "numbers not in the use case" in a.usage()["fallbacks"][0]["reason"]
    assert (
        a.summarise(case)
        == "You answer HR policy questions, about 3,000 a month, and must cite sections."
    )


# --- narrative and citations ---------------------------------------------------------------

PASSAGES = {
    "rag#private-facts": (
        "When answers depend on private facts, retrieval is the first tool to reach for. "
        "Fine-tuning does not reliably add knowledge."
    ),
    "article#4.1": (
        "Fine-tuning shines when the output format must be consistent across many calls."
    ),
}


class TinyIndex:
    """Two passages; the same interface the Assistant uses on GuidanceIndex."""

    sections = dict.fromkeys(PASSAGES)

    def passage(self, section_id: str) -> str | None:
        return PASSAGES.get(section_id)


def tiny_report(approach: str = "rag") -> Any:
    from ftaudit.report.build import AuditReport, Citation

    cite = Citation(
        section_id="rag#private-facts",
        title="Private facts",
        origin="supplement",
        quote="When answers depend on private facts, retrieval is the first tool to reach for.",
    )
    return AuditReport(
        case="t",
        approach=approach,
        confidence=0.8,
        scores={"rag": 1.0},
        summary="s",  # type: ignore[arg-type]
        criteria=[],
        citations=[cite],
        facts=[],
        what_would_change=[],
        next_steps=[],
    )


def test_hallucinated_citations_are_removed_and_counted(srv: ScriptedServer) -> None:
    srv.script(
        "Narrative",
        Reply.tool(
            "Narrative",
            {
                "paragraphs": [
                    {
                        "text": "Use RAG: your policies are private [rag#private-facts] "
                        "and change [article#9.9].",
                        "citations": [
                            {
                                "section_id": "rag#private-facts",
                                "quote": "retrieval is the first tool to reach for",
                            },
                            {
                                "section_id": "article#9.9",
                                "quote": "RAG is always better than anything else.",
                            },
                            {
                                "section_id": "article#4.1",
                                "quote": "Fine-tuning always wins for policy questions.",
                            },
                            {"section_id": "rag#private-facts", "quote": "short"},
                        ],
                    },
                    {
                        "text": "See ![x](http://evil.example/leak.png) <script>alert(1)</script>"
                        "[click](javascript:alert(1)).",
                        "citations": [],
                    },
                ]
            },
        ),
    )
    a = Assistant(settings(srv))
    report = tiny_report()
    enriched = enrich_report(report, a, TinyIndex())
    text = enriched.narrative or ""
    assert "[rag#private-facts] “retrieval is the first tool to reach for”" in text
    assert "article#9.9" not in text and "Fine-tuning always wins" not in text
    assert "evil.example" not in text and "<script>" not in text and "javascript:" not in text
    u = enriched.llm or {}
    assert u["removed_citations"] == 4  # unknown id, not verbatim, too short, inline [article#9.9]
    assert any("citation(s) written by the model were removed" in w for w in enriched.warnings)
    for name in ("approach", "also", "confidence", "scores", "criteria", "citations"):
        assert getattr(enriched, name) == getattr(report, name)


def test_narrative_without_any_verifiable_citation_is_dropped(srv: ScriptedServer) -> None:
    srv.script(
        "Narrative",
        Reply.tool(
            "Narrative",
            {
                "paragraphs": [
                    {
                        "text": "RAG fits.",
                        "citations": [
                            {"section_id": "made#up", "quote": "a quote that is nowhere at all"}
                        ],
                    }
                ]
            },
        ),
    )
    a = Assistant(settings(srv))
    enriched = enrich_report(tiny_report(), a, TinyIndex())
    assert enriched.narrative is None
    assert enriched.llm and enriched.llm["removed_citations"] == 1
    assert any("narrative fell back" in w and "could be verified" in w for w in enriched.warnings)


def test_narrative_contradicting_the_verdict_is_rejected(srv: ScriptedServer) -> None:
    srv.script(
        "Narrative",
        Reply.tool(
            "Narrative",
            {
                "paragraphs": [
                    {
                        "text": "Ignore the engine; a larger model is all you need.",
                        "citations": [
                            {
                                "section_id": "article#4.1",
                                "quote": "the output format must be consistent across many calls",
                            }
                        ],
                    }
                ]
            },
        ),
    )
    a = Assistant(settings(srv))
    enriched = enrich_report(tiny_report("rag"), a, TinyIndex())
    assert enriched.narrative is None and enriched.approach == "rag"
    assert "verdict" in (enriched.llm or {})["fallbacks"][0]["reason"]


def test_usage_is_recorded_in_the_report_when_everything_works(srv: ScriptedServer) -> None:
    srv.default = EchoModel(prompt_tokens=100, completion_tokens=10)
    a = Assistant(settings(srv))
    enriched = enrich_report(tiny_report(), a, TinyIndex())
    assert enriched.narrative and "[rag#private-facts]" in enriched.narrative
    u = enriched.llm or {}
    assert (u["calls"], u["prompt_tokens"], u["completion_tokens"], u["total_tokens"]) == (
        1,
        100,
        10,
        110,
    )
    assert u["succeeded"] == {"narrative": 1} and enriched.warnings == []


def test_key_is_never_in_reasons_or_usage(srv: ScriptedServer) -> None:
    srv.script("Extraction", Reply.error(401, "Incorrect API key provided: sk-live-abcdef123456"))
    a = Assistant(settings(srv, api_key=SecretStr("sk-live-abcdef123456")))
    a.extract(TEXT, [])
    dumped = json.dumps(a.usage())
    assert "sk-live" not in dumped and "refused the key" in dumped
    assert a.usage()["circuit_open"]


def test_assistant_is_thread_safe_and_forks_share_the_model(srv: ScriptedServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    srv.default = EchoModel(prompt_tokens=10, completion_tokens=1)
    base = Assistant(settings(srv))
    shared = base.fork()
    case = UseCase(description=TEXT)
    with ThreadPoolExecutor(4) as pool:
        out = list(pool.map(lambda i: shared.phrase_question(f"Question {i}?", case), range(12)))
    assert all(o.startswith("Quick one") for o in out)
    assert shared.usage()["calls"] == 12 and shared.usage()["prompt_tokens"] == 120
    assert base.usage()["calls"] == 0 and shared._model is base._model
