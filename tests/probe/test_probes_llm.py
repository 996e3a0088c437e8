"""The prompt baseline over the wire: the scripted OpenAI-compatible server answers with
known labels, so the scoring, the budget and the cost shown before any call are checked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

pytest.importorskip("langchain_openai", reason="the [llm] extra is not installed")

from ftaudit import audit
from ftaudit.llm import Assistant, LLMSettings
from ftaudit.probe import probe_paths
from ftaudit.probe.baseline import parse_label, wilson
from probe_data import ticket_rows, write_tickets
from scripted_server import Reply, ScriptedServer

ROWS = ticket_rows(300)
TRUTH = dict(ROWS)


def oracle(wrong_every: int = 0) -> Callable[[dict[str, Any]], Reply]:
    """Answers each request with the true label of its input (wrong for every n-th ref, if set)."""

    def answer(body: dict[str, Any]) -> Reply:
        text = body["messages"][-1]["content"]
        label = TRUTH.get(text, "unknown")
        if wrong_every and int(text.rsplit("ref ", 1)[1].rstrip(")")) % wrong_every == 0:
            label = "no idea"
        return Reply.text(label)

    return answer


@pytest.fixture
def tickets(tmp_path: Path) -> Path:
    return write_tickets(tmp_path / "tickets.csv", 300)


def assistant(server: ScriptedServer) -> Assistant:
    return Assistant(LLMSettings(base_url=server.base_url, api_key=SecretStr("not-needed"), model="gpt-4o-mini",
                                 timeout=3.0, max_retries=0))


@pytest.fixture
def right() -> Iterator[ScriptedServer]:
    with ScriptedServer(default=oracle()) as server:
        yield server


def test_a_model_that_knows_the_labels_scores_100_within_the_budget(right: ScriptedServer, tickets: Path) -> None:
    seen: list[int] = []
    _, p = probe_paths([tickets], assistant=assistant(right), budget=20,
                       announce=lambda msg: seen.append(right.count()))
    pb = p.prompt_baseline
    assert seen == [0]  # the estimate was shown before the first call
    assert right.count() == 20 == pb.calls
    assert pb.ran and pb.zero_shot_n == 10 and pb.few_shot_n == 10
    assert pb.zero_shot_accuracy == 1.0 and pb.few_shot_accuracy == 1.0
    assert pb.ci_low is not None and 0.65 < pb.ci_low < 1.0 and pb.ci_high == 1.0
    assert pb.estimated_tokens > 0 and pb.estimated_cost_usd is not None and pb.estimated_cost_usd > 0
    few = [r for r in right.requests if "Examples:" in r.body["messages"][0]["content"]]
    assert len(few) == 10


def test_wrong_answers_are_scored_wrong(tickets: Path) -> None:
    with ScriptedServer(default=oracle(wrong_every=2)) as server:
        _, p = probe_paths([tickets], assistant=assistant(server), budget=40)
    pb = p.prompt_baseline
    held = [r for r in server.requests if r.path.endswith("/chat/completions")]
    refs = [int(r.body["messages"][-1]["content"].rsplit("ref ", 1)[1].rstrip(")")) for r in held]
    expected_zero = sum(n % 2 != 0 for n in refs[:20]) / 20
    assert pb.zero_shot_accuracy == pytest.approx(expected_zero)
    assert pb.calls == 40 and pb.failures == 0


def test_the_target_decides_and_a_failing_server_invents_nothing(right: ScriptedServer, tickets: Path) -> None:
    text = "We route support tickets to four teams and need 99% accuracy. An export is attached.\n"
    report = audit(text, data=[tickets], assistant=assistant(right), probe_budget=10)
    probes = report.data.probes.model_dump() if report.data and report.data.probes else {}
    assert probes["prompt_baseline"]["ran"] and probes["prompt_baseline"]["calls"] <= 10
    assert any(f.field == "probe_prompt_accuracy" for f in report.facts)
    with ScriptedServer(default=lambda body: Reply.error(500, "down")) as down:
        _, p = probe_paths([tickets], assistant=assistant(down), budget=6)
    assert not p.prompt_baseline.ran and p.prompt_baseline.zero_shot_accuracy is None
    assert "failed" in (p.prompt_baseline.reason or "")


def test_budget_zero_makes_no_call(right: ScriptedServer, tickets: Path) -> None:
    _, p = probe_paths([tickets], assistant=assistant(right), budget=0)
    assert right.count() == 0 and not p.prompt_baseline.ran and "budget" in (p.prompt_baseline.reason or "")


def test_label_parsing_and_the_interval() -> None:
    labels = ["billing", "technical", "delivery"]
    assert parse_label(" Billing.", labels) == "billing"
    assert parse_label("The label is technical", labels) == "technical"
    assert parse_label("billing or delivery", labels) is None
    lo, hi = wilson(35, 50)
    assert 0.56 < lo < 0.58 and 0.80 < hi < 0.82
