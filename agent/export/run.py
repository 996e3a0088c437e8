"""``export``: from sample data (and optionally a verdict) to files the next tool reads."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ftaudit.errors import InputError
from ftaudit.export.evals import EVAL_KINDS, case_of, metric_for, write_inspect_ai, write_openai_evals, write_promptfoo
from ftaudit.export.scaffold import chunking_plan, plan_markdown, prompt_scaffold
from ftaudit.export.training import CONVERTERS, PLATFORMS, usable
from ftaudit.files import atomic_write


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def export(paths: Sequence[str | Path], out: str | Path, *, to: Sequence[str] = (), evals: Sequence[str] = (),
           prompt: bool = False, rag_plan: bool = False, mask_pii: bool = False, val_fraction: float = 0.2,
           name: str = "ftaudit-starter") -> dict[str, Any]:
    """Clean the data once, then write each requested output under ``out``; returns what was written.

    Args:
        paths: sample data files, folders or ZIPs (as :func:`ftaudit.inspect.inspect_paths` takes).
        out: the output folder; each output goes in its own subfolder.
        to: fine-tuning platforms (:data:`~ftaudit.export.training.PLATFORMS`): ``train.jsonl`` and
            ``validation.jsonl`` in each platform's format.
        evals: evaluation tools (:data:`~ftaudit.export.evals.EVAL_KINDS`): the held-out split as a test set.
        prompt: a prompt scaffold with few-shot examples from the training split.
        rag_plan: a chunking and indexing plan for the documents.
    """
    from ftaudit.inspect import inspect_paths, write_clean

    bad = [p for p in to if p not in PLATFORMS] + [e for e in evals if e not in EVAL_KINDS]
    if bad:
        raise InputError(f"unknown target {bad[0]!r}; platforms: {', '.join(PLATFORMS)}; evals: {', '.join(EVAL_KINDS)}")
    if not (to or evals or prompt or rag_plan):
        raise InputError("nothing to export; choose --to PLATFORM, --evals TOOL, --prompt or --rag-plan")
    out_dir = Path(out)
    written: dict[str, Any] = {"out": str(out_dir), "files": []}
    if rag_plan:
        plan = chunking_plan(inspect_paths([Path(p) for p in paths]))
        atomic_write(out_dir / "rag" / "chunking-plan.json", json.dumps(plan, indent=2) + "\n")
        atomic_write(out_dir / "rag" / "chunking-plan.md", plan_markdown(plan))
        written["rag_plan"] = plan
        written["files"] += [str(out_dir / "rag" / "chunking-plan.json"), str(out_dir / "rag" / "chunking-plan.md")]
    if not (to or evals or prompt):
        return written
    with tempfile.TemporaryDirectory(prefix="ftaudit-export-") as tmp:
        clean = write_clean(list(paths), tmp, mask_pii=mask_pii, val_fraction=val_fraction)
        train = [ex for ex in _read_jsonl(Path(clean.train_path)) if usable(ex)]
        held = [ex for ex in _read_jsonl(Path(clean.validation_path)) if usable(ex)]
    if not train and not held:
        raise InputError("no usable chat examples in the data (a user turn followed by an assistant answer); "
                         "run ftaudit inspect on it to see why")
    summary = clean.report.summary if clean.report else None
    shape = summary.task_shape if summary else None
    written.update({"train": len(train), "held_out": len(held), "dropped": clean.n_dropped, "task_shape": shape})
    for platform in to:
        convert = CONVERTERS[platform]
        for split, rows in (("train", train), ("validation", held)):
            path = out_dir / platform / f"{split}.jsonl"
            atomic_write(path, "".join(json.dumps(convert(ex), ensure_ascii=False) + "\n" for ex in rows))
            written["files"].append(str(path))
    if evals:
        if not held:
            raise InputError("no held-out examples to evaluate on; send more examples (at least 10) or raise the "
                             "validation share")
        cases = [case_of(ex) for ex in held]
        metric = metric_for(shape, [expected for _, expected in cases])
        written["metric"] = metric
        for kind in evals:
            folder = out_dir / "evals" / kind
            if kind == "promptfoo":
                files = write_promptfoo(folder, cases, metric)
            elif kind == "openai-evals":
                files = write_openai_evals(folder, cases, metric, name)
            else:
                files = write_inspect_ai(folder, cases, metric, name)
            written["files"] += [str(f) for f in files]
    if prompt:
        labels = sorted(summary.label_distribution, key=lambda k: -summary.label_distribution[k]) \
            if summary and shape == "classification" else None
        atomic_write(out_dir / "prompt" / "prompt.md", prompt_scaffold(train or held, shape, labels=labels))
        written["files"].append(str(out_dir / "prompt" / "prompt.md"))
    return written
