"""Run every probe that applies to the data, each within its budget, and say why the others did not."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ftaudit.facts import UseCase
from ftaudit.inspect.models import DataReport
from ftaudit.probe.baseline import DEFAULT_BUDGET, probe_prompt_baseline
from ftaudit.probe.columns import MAX_LABELS
from ftaudit.probe.consistency import probe_consistency
from ftaudit.probe.facts_out import contradictions
from ftaudit.probe.learnability import MAX_LABEL_CHARS, probe_learnability
from ftaudit.probe.models import ProbeReport
from ftaudit.probe.progress import ProbeProgress, quiet
from ftaudit.probe.retrievability import probe_retrievability
from ftaudit.probe.samples import Samples, inspect_and_collect

AUTO_MAX_BYTES = 256 * 1024 * 1024
"""Attached data up to this size is probed by default (``probes=None``)."""


def run_probes(data: DataReport, samples: Samples, *, case: UseCase | None = None, assistant: Any = None,
               budget: int = DEFAULT_BUDGET, progress: ProbeProgress = quiet,
               announce: Callable[[str], None] | None = None) -> ProbeReport:
    """The four probes on the data one inspection collected (see :func:`inspect_and_collect`).

    Args:
        case: the use case as read from the description (for the accuracy target and to
            show where a probe contradicts it).
        assistant: a configured model for the prompt baseline (None: that probe says so).
        budget: model calls the prompt baseline may make.
    """
    s = data.summary
    files = [f.name for f in data.files if f.kind == "examples" and f.n_examples]
    sampled = samples.seen if samples.sampled else None
    report = ProbeReport()
    shape = task_shape(samples, s.task_shape)
    if not samples.examples:
        why = "no usable examples in the data"
        report.learnability.reason = report.consistency.reason = report.prompt_baseline.reason = why
    else:
        if shape == "classification":
            report.learnability = probe_learnability(samples.examples, files=files, sampled_from=sampled,
                                                     progress=progress)
        else:
            report.learnability.reason = (f"the answers are {shape} text, not labels from a "
                                          "closed set; the learnability baseline needs classification data")
        report.consistency = probe_consistency(samples.examples, task_shape=shape, files=files,
                                               sampled_from=sampled, progress=progress)
        target = case.value("accuracy_target") if case is not None else None
        report.prompt_baseline = probe_prompt_baseline(
            samples.examples, assistant, budget=budget, task_shape=shape, files=files,
            target=float(target) / 100 if isinstance(target, int | float) and 0 < target <= 100 else None,
            announce=announce, progress=progress)
    doc_files = sorted(samples.documents)
    if samples.examples:
        report.retrievability = probe_retrievability(
            samples.examples, samples.documents, markers=s.revision_markers, files=doc_files,
            documents_cut=samples.documents_cut, progress=progress)
    else:
        report.retrievability.reason = "no example questions with expected answers to check against the documents"
        report.retrievability.n_documents = len(doc_files)
    if case is not None:
        report.contradictions = contradictions(report, case)
    return report


def task_shape(samples: Samples, inspected: str | None) -> str:
    """``classification`` when the answers are short labels from a closed set (at most a third
    as many distinct answers as examples), else the inspector's shape (or ``generation``)."""
    answers = [" ".join(e.answer.split()) for e in samples.examples]
    distinct = set(answers)
    if (len(answers) >= 10 and 2 <= len(distinct) <= min(MAX_LABELS, max(2, len(answers) // 3))
            and all(len(a) <= MAX_LABEL_CHARS for a in distinct)):
        return "classification"
    return inspected if inspected not in (None, "classification") else "generation"


def probe_paths(paths: Sequence[str | Path], *, case: UseCase | None = None, assistant: Any = None,
                budget: int = DEFAULT_BUDGET, progress: ProbeProgress = quiet,
                announce: Callable[[str], None] | None = None) -> tuple[DataReport, ProbeReport]:
    """Inspect ``paths`` and run the probes on them: ``(data report, probe report)``."""
    data, samples = inspect_and_collect(paths)
    return data, run_probes(data, samples, case=case, assistant=assistant, budget=budget, progress=progress,
                            announce=announce)


def small_enough(paths: Sequence[Path]) -> bool:
    """True when the attached data is small enough to probe by default."""
    total = 0
    for p in paths:
        try:
            if p.is_dir():
                total += sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
            else:
                total += p.stat().st_size
        except OSError:
            continue
        if total > AUTO_MAX_BYTES:
            return False
    return True
