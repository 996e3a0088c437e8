"""ftaudit export: each platform's training format, checked against a JSON Schema written from the
platform's documentation and against the documentation's own sample record (same structure);
starter evals for promptfoo, OpenAI Evals and Inspect; the prompt scaffold; the chunking plan."""

from __future__ import annotations

import ast
import itertools
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from ftaudit.export import export
from ftaudit.export.training import CONVERTERS
from ftaudit.ui.cli.main import main

TEXT = {"type": "string"}
ROLE_CONTENT = {"type": "object", "required": ["role", "content"], "additionalProperties": False,
                "properties": {"role": {"enum": ["system", "user", "assistant"]}, "content": TEXT}}
PARTS = {"type": "array", "minItems": 1, "items": {"type": "object", "required": ["text"],
                                                   "properties": {"text": TEXT}, "additionalProperties": False}}
SCHEMAS: dict[str, dict[str, Any]] = {
    # OpenAI / Azure OpenAI chat fine-tuning: {"messages": [{"role", "content"}]}
    "openai": {"type": "object", "required": ["messages"], "additionalProperties": False,
               "properties": {"messages": {"type": "array", "minItems": 2, "items": ROLE_CONTENT}}},
    # Vertex AI Gemini supervised tuning: systemInstruction (optional) and contents with user/model roles
    "vertex": {"type": "object", "required": ["contents"], "additionalProperties": False, "properties": {
        "systemInstruction": {"type": "object", "required": ["parts"], "properties": {"role": TEXT, "parts": PARTS}},
        "contents": {"type": "array", "minItems": 2, "items": {
            "type": "object", "required": ["role", "parts"], "additionalProperties": False,
            "properties": {"role": {"enum": ["user", "model"]}, "parts": PARTS}}}}},
    # Amazon Bedrock Converse fine-tuning format
    "bedrock": {"type": "object", "required": ["schemaVersion", "messages"], "additionalProperties": False,
                "properties": {"schemaVersion": {"const": "bedrock-conversation-2024"}, "system": PARTS,
                               "messages": {"type": "array", "minItems": 2, "items": {
                                   "type": "object", "required": ["role", "content"], "additionalProperties": False,
                                   "properties": {"role": {"enum": ["user", "assistant"]}, "content": PARTS}}}}},
    # TRL conversational prompt-completion
    "trl": {"type": "object", "required": ["prompt", "completion"], "additionalProperties": False,
            "properties": {"prompt": {"type": "array", "minItems": 1, "items": ROLE_CONTENT},
                           "completion": {"type": "array", "minItems": 1, "maxItems": 1, "items": ROLE_CONTENT}}},
}
SCHEMAS["azure"] = SCHEMAS["together"] = SCHEMAS["openai"]

# The documentation's own sample records (structure as each page shows it; values shortened).
DOC_SAMPLES = {
    "openai": {"messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"},
                            {"role": "assistant", "content": "a"}]},
    "vertex": {"systemInstruction": {"role": "system", "parts": [{"text": "s"}]},
               "contents": [{"role": "user", "parts": [{"text": "u"}]}, {"role": "model", "parts": [{"text": "a"}]}]},
    "bedrock": {"schemaVersion": "bedrock-conversation-2024", "system": [{"text": "s"}],
                "messages": [{"role": "user", "content": [{"text": "u"}]},
                             {"role": "assistant", "content": [{"text": "a"}]}]},
    "trl": {"prompt": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}],
            "completion": [{"role": "assistant", "content": "a"}]},
}
DOC_SAMPLES["azure"] = DOC_SAMPLES["together"] = DOC_SAMPLES["openai"]


def shape(value: Any) -> Any:
    """The structure of a JSON value: keys and types, with list items reduced to their distinct shapes."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in sorted(value.items()) if k not in ("role",)} | (
            {"role": "str"} if "role" in value else {})
    if isinstance(value, list):
        shapes = []
        for v in value:
            if shape(v) not in shapes:
                shapes.append(shape(v))
        return shapes
    return type(value).__name__


LABELS = ["billing", "network", "hardware", "account"]


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    rows = []
    for i in range(80):
        label = LABELS[i % 4]
        rows.append({"messages": [{"role": "system", "content": "Route the ticket to one queue."},
                                  {"role": "user", "content": f"Ticket {i}: problem with {label} item {i * 7}"},
                                  {"role": "assistant", "content": label}]})
    rows.append({"messages": [{"role": "user", "content": "first"}, {"role": "user", "content": "second"},
                              {"role": "assistant", "content": "billing"}]})  # two user turns in a row
    path = tmp_path / "tickets.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_every_platform_matches_its_schema_and_the_docs_sample(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = export([data], out, to=list(CONVERTERS), val_fraction=0.2)
    assert result["train"] + result["held_out"] == 81 and result["held_out"] > 0
    for platform, schema in SCHEMAS.items():
        jsonschema.Draft202012Validator.check_schema(schema)
        lines = [json.loads(line) for split in ("train", "validation")
                 for line in (out / platform / f"{split}.jsonl").read_text().splitlines()]
        assert len(lines) == 81
        for line in lines:
            jsonschema.validate(line, schema)
        with_system = next(line for line in lines if "system" in json.dumps(line))
        assert shape(with_system) == shape(DOC_SAMPLES[platform]), platform


def test_alternation_rules_where_the_platform_requires_them(data: Path, tmp_path: Path) -> None:
    export([data], tmp_path / "out", to=["together", "bedrock", "vertex"], val_fraction=0.0)
    together = [json.loads(x)["messages"] for x in (tmp_path / "out/together/train.jsonl").read_text().splitlines()]
    for msgs in together:
        roles = [m["role"] for m in msgs if m["role"] != "system"]
        assert msgs[0]["role"] in ("system", "user")
        assert all(a != b for a, b in itertools.pairwise(roles))
    merged = next(m for m in together if "second" in json.dumps(m))
    assert merged[0] == {"role": "user", "content": "first\n\nsecond"}


def test_starter_evals(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = export([data], out, evals=["promptfoo", "openai-evals", "inspect-ai"])
    assert result["metric"] == "exact" and result["task_shape"] == "classification"
    held = result["held_out"]
    tests = yaml.safe_load((out / "evals/promptfoo/tests.yaml").read_text())
    config = yaml.safe_load((out / "evals/promptfoo/promptfooconfig.yaml").read_text())
    assert len(tests) == held and config["tests"] == "file://tests.yaml"
    assert all(t["assert"][0]["type"] == "equals" and t["assert"][0]["value"] in LABELS for t in tests)
    assert "{{input}}" in config["prompts"][0]
    samples = [json.loads(x) for x in (out / "evals/openai-evals/samples.jsonl").read_text().splitlines()]
    assert len(samples) == held and all(set(s) == {"input", "ideal"} and s["input"][-1]["role"] == "user"
                                        for s in samples)
    registry = yaml.safe_load((out / "evals/openai-evals/ftaudit-starter.yaml").read_text())
    assert registry["ftaudit-starter.dev.v0"]["class"] == "evals.elsuite.basic.match:Match"
    rows = [json.loads(x) for x in (out / "evals/inspect-ai/dataset.jsonl").read_text().splitlines()]
    assert len(rows) == held and all({"id", "input", "target"} <= set(r) for r in rows)
    task = (out / "evals/inspect-ai/task.py").read_text()
    ast.parse(task)
    assert "scorer=exact()" in task and 'json_dataset("dataset.jsonl")' in task
    # Held out means held out: no evaluation prompt is in the training split.
    export([data], tmp_path / "t", to=["openai"])
    train_prompts = {json.dumps(json.loads(x)["messages"][:-1]) for x in (tmp_path / "t/openai/train.jsonl")
                     .read_text().splitlines()}
    assert not train_prompts & {json.dumps(s["input"]) for s in samples}


def test_generation_data_gets_a_fuzzy_metric(tmp_path: Path) -> None:
    rows = [{"messages": [{"role": "user", "content": f"Write a reply to complaint {i} about late delivery {i}"},
                          {"role": "assistant", "content": f"We are sorry about order {i}; a refund of {i} EUR is on "
                                                           f"its way and the courier has been told."}]} for i in range(40)]
    path = tmp_path / "replies.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    result = export([path], tmp_path / "out", evals=["promptfoo", "inspect-ai"])
    assert result["metric"] == "fuzzy"
    tests = yaml.safe_load((tmp_path / "out/evals/promptfoo/tests.yaml").read_text())
    assert tests[0]["assert"][0]["type"] == "rouge-n"
    assert "includes()" in (tmp_path / "out/evals/inspect-ai/task.py").read_text()


def test_prompt_scaffold_has_one_shot_per_label(data: Path, tmp_path: Path) -> None:
    export([data], tmp_path / "out", prompt=True)
    text = (tmp_path / "out/prompt/prompt.md").read_text()
    assert "Route the ticket to one queue." in text and "## Few-shot examples (4)" in text
    for label in LABELS:
        assert f"Output:\n\n```text\n{label}\n```" in text
    block = text.split("```json\n", 1)[1].split("\n```", 1)[0]
    messages = json.loads(block)
    assert messages[0]["role"] == "system" and messages[-1] == {"role": "user", "content": "{input}"}


def test_chunking_plan_from_document_tokens(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    para = "The refund policy applies to every order placed online. Customers may return items within thirty days. "
    for i in range(3):
        (docs / f"policy-{i}.md").write_text(f"# Policy {i}\n\nRevised 2024-0{i + 1}-15.\n\n" + para * (60 + 40 * i))
    (docs / "faq.txt").write_text("Short answer about delivery times.")
    result = export([docs], tmp_path / "out", rag_plan=True)
    plan = result["rag_plan"]
    assert plan["documents"] == 4 and plan["median_tokens"] > 512
    assert 256 <= plan["chunk_tokens"] <= 1024 and 0 < plan["overlap_tokens"] < plan["chunk_tokens"] // 4
    assert plan["estimated_chunks"] >= plan["total_tokens"] // plan["chunk_tokens"]
    assert "source_file" in plan["metadata"] and "revision_or_effective_date" in plan["metadata"]
    md = (tmp_path / "out/rag/chunking-plan.md").read_text()
    assert f"| chunk size | {plan['chunk_tokens']:,} tokens |" in md


def test_cli_export_follows_the_verdict(session_home: Path, dev_cases: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    case = dev_cases / "warranty-claims-classifier"
    data = [str(p) for p in case.iterdir() if p.suffix in (".csv", ".jsonl")]
    code = main(["export", *data, "--next", str(case), "--out", str(tmp_path / "o"), "--format", "json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["verdict"] == "fine_tune"
    assert (tmp_path / "o/openai/train.jsonl").exists() and (tmp_path / "o/evals/promptfoo/tests.yaml").exists()
    assert main(["export", *data, "--out", str(tmp_path / "x")]) == 2
    assert "nothing to export" in capsys.readouterr().err


def test_cli_export_for_a_rag_verdict_writes_the_plan(session_home: Path, dev_cases: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    case = dev_cases / "travel-policy-docs"
    code = main(["export", str(case / "docs"), "--next", str(case / "case.md"), "--out", str(tmp_path / "o"),
                 "--format", "json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["verdict"] == "rag" and result["rag_plan"]["documents"] >= 1
    assert (tmp_path / "o/rag/chunking-plan.md").exists() and not (tmp_path / "o/openai").exists()
