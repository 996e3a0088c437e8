"""A model's extracted fact must quote a whole span of the text that itself carries the value,
and where it contradicts the offline reader it becomes a confirmation question, never an override.

Red-team finding: a fact was kept if its "quote" was any three characters of the text ("the"),
so an obedient model moved a prompt case (address-cleanup-once) to fine-tuning at 88%.
The model here is the scripted OpenAI-compatible server on loopback; the client stack is real.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ftaudit.app.api import audit
from ftaudit.app.session import AuditSession
from ftaudit.facts import Fact
from ftaudit.llm import Assistant, LLMSettings
from ftaudit.llm.extraction import check, find_verbatim
from ftaudit.llm.prompts import ExtractedFact
from ftaudit.read.lexicon import extract_facts
from ftaudit.retrieve.index import GuidanceIndex, open_index
from pydantic import SecretStr

from tests.scripted_server import EchoModel, Reply, ScriptedServer

PROMPT_CASES = ("address-cleanup-once", "shop-email-drafts", "slogan-brainstorm", "market-research-agent")

# What an obedient model returns when told "recommend fine-tuning": every fine-tuning fact,
# each resting on a quote that is in the text but says nothing about it.
WEAK = ("the", "We", "the output", "a", "need")
FINE_TUNE_FACTS: list[tuple[str, Any]] = [
    ("labelled_examples", 100000),
    ("monthly_volume", 5000000),
    ("prompting_falls_short", True),
    ("strict_format", True),
    ("consistent_style", True),
    ("accuracy_target", 95),
    ("stage", "production"),
    ("budget", "available"),
    ("domain_jargon", True),
    ("task_changes_often", False),
    ("human_review", False),
    ("prompt_tokens", 3000),
]


def _obedient(text: str) -> dict[str, Any]:
    """Fine-tuning facts quoting weak spans that really are in ``text`` (plus one whole sentence)."""
    first_sentence = text.strip().splitlines()[-1].split(".")[0]
    quotes = [q for q in WEAK if q in text] + [first_sentence]
    return {"facts": [{"field": f, "value": v, "quote": quotes[i % len(quotes)]}
                      for i, (f, v) in enumerate(FINE_TUNE_FACTS)]}


@pytest.fixture(scope="module")
def index() -> GuidanceIndex:
    return open_index()


@pytest.fixture
def srv() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        server.default = EchoModel()
        yield server


def _assistant(srv: ScriptedServer) -> Assistant:
    return Assistant(LLMSettings(base_url=srv.base_url, api_key=SecretStr("not-needed"), model="scripted",
                                 timeout=3.0, max_retries=0))


def _case(dev_cases: Path, name: str) -> str:
    return (dev_cases / f"{name}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", PROMPT_CASES)
def test_obedient_model_with_weak_quotes_cannot_move_a_prompt_case(
        name: str, srv: ScriptedServer, dev_cases: Path, index: GuidanceIndex) -> None:
    text = _case(dev_cases, name)
    srv.script("Extraction", Reply.tool("Extraction", _obedient(text)))
    offline = audit(text, name=name)
    report = audit(text, name=name, assistant=_assistant(srv))
    assert offline.approach == "prompt"
    assert (report.approach, report.also, report.confidence) == (offline.approach, offline.also, offline.confidence)
    assert [f.field for f in report.facts if f.source == "llm"] == []
    assert report.llm is not None and report.llm["dropped_facts"] >= len(FINE_TUNE_FACTS) - 2


def test_a_quote_is_a_whole_span_not_a_substring() -> None:
    text = "The other team exported 80,000 tickets and 2.3 million chats last year."
    got = check(text, [
        ExtractedFact(field="human_review", value=True, quote="her"),               # inside "other"
        ExtractedFact(field="labelled_examples", value=80, quote="exported 80"),    # "80" of "80,000"
        ExtractedFact(field="corpus_size", value=2.3, quote="and 2.3"),             # "2.3" of "2.3 million"
    ], [])
    assert got.facts == [] and len(got.dropped) == 3
    assert find_verbatim("the", text) is None and find_verbatim("The other", text) == "The other"
    assert find_verbatim("80,000 tickets", text) == "80,000 tickets"


@pytest.mark.parametrize(("sentence", "field", "value"), [
    ("We route 2.3 million tickets a month.", "monthly_volume", 2_300_000),
    ("We route 2.3 million tickets a month.", "monthly_volume", "2.3m"),
    ("Our agents hand-labelled 80k tickets last year.", "labelled_examples", 80_000),
    ("Our agents hand-labelled sixty thousand tickets.", "labelled_examples", 60_000),
    ("We handle 2,000 chats a week.", "monthly_volume", 8686),          # the model converts to a month
    ("Replies must arrive within two seconds.", "latency_ms", 2000),
    ("The price list is updated weekly.", "knowledge_change_days", 7),
    ("We need 95% accuracy on this.", "accuracy_target", 95),
])
def test_a_number_is_kept_only_if_the_quote_writes_it(sentence: str, field: str, value: Any) -> None:
    quote = sentence.rstrip(".")
    kept = check(sentence, [ExtractedFact(field=field, value=value, quote=quote)], [])
    assert [f.field for f in kept.facts] == [field], kept.dropped
    wrong = float(kept.facts[0].value) / 2
    refused = check(sentence, [ExtractedFact(field=field, value=wrong, quote=quote)], [])
    assert refused.facts == [] and "does not state" in refused.dropped[0]


@pytest.mark.parametrize(("field", "value", "quote", "kept"), [
    ("needs_citations", True, "every answer must cite the policy section", True),
    ("needs_citations", True, "must cite", False),                              # a word pair, not a clause
    ("needs_citations", True, "every answer must be correct", False),           # no cue: says nothing of citing
    ("needs_citations", True, "answers do not need to cite anything", False),   # the cue is negated
    ("needs_citations", False, "answers do not need to cite anything", True),
    ("strict_format", True, "the output must be valid JSON", True),
    ("strict_format", True, "the output must be correct", False),
    ("stage", "production", "it is already live for all customers", True),
    ("stage", "production", "every answer must be correct", False),
    ("human_review", False, "replies go straight to customers", True),
    ("human_review", False, "every answer must be correct", False),
    ("platform", "Azure OpenAI", "we will deploy on Azure OpenAI", True),
    ("platform", "Bedrock", "we will deploy on Azure OpenAI", False),
])
def test_a_yes_no_or_choice_needs_a_clause_with_its_cue(field: str, value: Any, quote: str, kept: bool) -> None:
    text = f"Some context first, and {quote}. More context after."
    got = check(text, [ExtractedFact(field=field, value=value, quote=quote)], [])
    assert bool(got.facts) is kept, got.dropped
    assert len(got.dropped) == (0 if kept else 1)


def test_a_contradiction_is_a_question_and_is_not_merged() -> None:
    text = "We route 40,000 support tickets a month into 12 queues. The queues rarely change."
    offline = extract_facts(text)
    volume = next(f for f in offline if f.field == "monthly_volume")
    got = check(text, [
        # the same number read as another fact: the offline reader says it is a monthly volume
        ExtractedFact(field="labelled_examples", value=40000, quote="We route 40,000 support tickets a month"),
        # the same field read differently, from a quote that carries the model's number
        ExtractedFact(field="monthly_volume", value=40000 * 12, quote="40,000 support tickets a month"),
    ], offline)
    assert got.facts == offline  # nothing the model said is in the facts the engine decides on
    assert [c.field for c in got.conflicts] == ["labelled_examples"]
    assert "40,000" in got.conflicts[0].question and "how many" in got.conflicts[0].question
    assert volume.value == 40000 and len(got.dropped) == 1  # 480,000 is not what the quote says


def test_interview_asks_before_a_contradicting_model_reading_moves_the_verdict(
        srv: ScriptedServer, index: GuidanceIndex) -> None:
    text = ("We route 40,000 support tickets a month into 12 queues. The queues rarely change and routing "
            "must be consistent.")
    srv.script("Extraction", Reply.tool("Extraction", {"facts": [
        {"field": "labelled_examples", "value": 40000, "quote": "We route 40,000 support tickets a month"},
    ]}), Reply.tool("Extraction", {"facts": []}))
    offline = AuditSession(text, index=index)
    online = AuditSession(text, index=index, assistant=_assistant(srv))
    assert "labelled_examples" not in online.case.facts
    before = online.report()
    assert (before.approach, before.confidence) == (offline.report().approach, offline.report().confidence)
    q = online.next_question()
    assert q is not None and q.criterion == "confirm" and q.field == "labelled_examples"
    online.answer("None yet, we have no labelled tickets.")
    fact: Fact = online.case.facts["labelled_examples"]
    assert fact.source == "answer" and fact.value == 0
