"""A starter evaluation set from the held-out split, for promptfoo, OpenAI Evals or Inspect.

Each case is a held-out example: its conversation up to the last answer is the input and
the last answer is the expected output.  The metric follows the task's shape as the data
inspector saw it: exact match for classification (a closed set of labels), JSON equality
for extraction with JSON answers, and for free generation a fuzzy text overlap that needs
no grader model (with a model-graded option named in the files' comments).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from ftaudit.files import atomic_write

EVAL_KINDS = ("promptfoo", "openai-evals", "inspect-ai")


def case_of(example: dict[str, Any]) -> tuple[list[dict[str, str]], str]:
    """(input messages, expected output) of a chat example."""
    msgs = [{"role": m["role"], "content": m["content"]} for m in example["messages"]]
    last = max(i for i, m in enumerate(msgs) if m["role"] == "assistant")
    return msgs[:last], msgs[last]["content"]


def metric_for(task_shape: str | None, answers: list[str]) -> str:
    """``exact``, ``json`` or ``fuzzy``: what fits the task."""
    if answers and all(_is_json(a) for a in answers):
        return "json"
    if task_shape == "classification":
        return "exact"
    return "fuzzy"


def _is_json(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict | list)
    except ValueError:
        return False


def _prompt_text(messages: list[dict[str, str]]) -> str:
    return "\n\n".join(m["content"] for m in messages if m["role"] == "user")


def _system(messages: list[dict[str, str]]) -> str:
    return "\n\n".join(m["content"] for m in messages if m["role"] == "system")


def write_promptfoo(out: Path, cases: list[tuple[list[dict[str, str]], str]], metric: str) -> list[Path]:
    """``promptfooconfig.yaml`` (prompt, provider placeholder) and ``tests.yaml`` (vars + asserts)."""
    def asserts(expected: str) -> list[dict[str, Any]]:
        if metric == "exact":
            return [{"type": "equals", "value": expected}]
        if metric == "json":
            return [{"type": "is-json"}, {"type": "equals", "value": expected}]
        return [{"type": "rouge-n", "value": expected, "threshold": 0.5}]

    tests = [{"description": f"held-out example {n}", "vars": {"system": _system(msgs), "input": _prompt_text(msgs)},
              "assert": asserts(expected)} for n, (msgs, expected) in enumerate(cases, 1)]
    config = {
        "description": f"ftaudit starter evaluation ({len(cases)} held-out examples, metric: {metric})",
        "prompts": [json.dumps([{"role": "system", "content": "{{system}}"}, {"role": "user", "content": "{{input}}"}])],
        "providers": ["openai:chat:gpt-4o-mini"],
        "tests": "file://tests.yaml",
    }
    atomic_write(out / "tests.yaml", yaml.safe_dump(tests, sort_keys=False, allow_unicode=True))
    atomic_write(out / "promptfooconfig.yaml",
                 "# Replace the provider with the model you evaluate; run: npx promptfoo eval\n"
                 + yaml.safe_dump(config, sort_keys=False, allow_unicode=True))
    return [out / "promptfooconfig.yaml", out / "tests.yaml"]


_OPENAI_EVAL_CLASS = {"exact": "evals.elsuite.basic.match:Match",
                      "json": "evals.elsuite.basic.json_match:JsonMatch",
                      "fuzzy": "evals.elsuite.basic.fuzzy_match:FuzzyMatch"}


def write_openai_evals(out: Path, cases: list[tuple[list[dict[str, str]], str]], metric: str, name: str) -> list[Path]:
    """``samples.jsonl`` (``input`` messages, ``ideal``) and a registry entry ``<name>.yaml``."""
    samples = "".join(json.dumps({"input": msgs, "ideal": expected}, ensure_ascii=False) + "\n"
                      for msgs, expected in cases)
    registry = {name: {"id": f"{name}.dev.v0", "description": f"ftaudit starter evaluation, metric {metric}",
                       "metrics": ["accuracy"]},
                f"{name}.dev.v0": {"class": _OPENAI_EVAL_CLASS[metric],
                                   "args": {"samples_jsonl": f"{name}/samples.jsonl"}}}
    atomic_write(out / "samples.jsonl", samples)
    atomic_write(out / f"{name}.yaml", "# Copy into evals/registry/evals/ and the samples into "
                 f"evals/registry/data/{name}/; run: oaieval gpt-4o-mini {name}\n"
                 + yaml.safe_dump(registry, sort_keys=False))
    return [out / "samples.jsonl", out / f"{name}.yaml"]


_INSPECT_SCORER = {"exact": "exact()", "json": "match(location=\"exact\")", "fuzzy": "includes()"}


def write_inspect_ai(out: Path, cases: list[tuple[list[dict[str, str]], str]], metric: str, name: str) -> list[Path]:
    """``dataset.jsonl`` (``input`` messages, ``target``, ``id``) and ``task.py``."""
    rows = "".join(json.dumps({"id": f"heldout-{n}", "input": msgs, "target": expected}, ensure_ascii=False) + "\n"
                   for n, (msgs, expected) in enumerate(cases, 1))
    scorer = _INSPECT_SCORER[metric]
    task = f'''"""Starter evaluation written by ftaudit: {len(cases)} held-out examples, metric {metric}.

Run: inspect eval task.py --model openai/gpt-4o-mini
{"For free text, model_graded_fact() (a grader model) is usually a better scorer than includes()." if metric == "fuzzy" else ""}
"""

from inspect_ai import Task, task
from inspect_ai.dataset import json_dataset
from inspect_ai.scorer import {scorer.split("(")[0]}
from inspect_ai.solver import generate


@task
def {name.replace("-", "_")}() -> Task:
    return Task(dataset=json_dataset("dataset.jsonl"), solver=[generate()], scorer={scorer})
'''
    atomic_write(out / "dataset.jsonl", rows)
    atomic_write(out / "task.py", task)
    return [out / "dataset.jsonl", out / "task.py"]
