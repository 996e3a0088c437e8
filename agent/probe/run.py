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
from ftaudit.probe.samples import Sample, Samples, inspect_and_collect

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
    sampled = samples.seen if samples.sampled else None
    report = ProbeReport()
    by_file: dict[str, list[Sample]] = {}
    for e in samples.examples:
        by_file.setdefault(e.file, []).append(e)
    # Each file is labels or text: label files feed the learnability and prompt baselines,
    # text files (answers, replies, questions with answers) the consistency and retrievability probes.
    label_files = sorted(f for f, ex in by_file.items() if task_shape(ex, None) == "classification")
    text_files = sorted(f for f in by_file if f not in label_files)
    labelled = [e for f in label_files for e in by_file[f]]
    texts = [e for f in text_files for e in by_file[f]]
    text_shape = s.task_shape if s.task_shape not in (None, "classification") else "generation"
    if not samples.examples:
        why = "no usable examples in the data"
        report.learnability.reason = report.consistency.reason = report.prompt_baseline.reason = why
    if labelled:
        report.learnability = probe_learnability(labelled, files=label_files, sampled_from=sampled, progress=progress)
        target = case.value("accuracy_target") if case is not None else None
        report.prompt_baseline = probe_prompt_baseline(
            labelled, assistant, budget=budget, task_shape="classification", files=label_files,
            target=float(target) / 100 if isinstance(target, int | float) and 0 < target <= 100 else None,
            announce=announce, progress=progress)
    elif texts:
        report.learnability.reason = report.prompt_baseline.reason = (
            f"the answers are {text_shape} text, not labels from a closed set; this probe needs labelled data")
    if texts:
        report.consistency = probe_consistency(texts, task_shape=text_shape, files=text_files, sampled_from=sampled,
                                               progress=progress)
    elif labelled:
        report.consistency = probe_consistency(labelled, task_shape="classification", files=label_files)
    doc_files = sorted(samples.documents)
    if texts:
        report.retrievability = probe_retrievability(
            texts, samples.documents, markers=s.revision_markers, files=doc_files,
            documents_cut=samples.documents_cut, progress=progress)
    else:
        report.retrievability.reason = ("the examples are labels, not questions with answers; retrievability "
                                        "checks example answers against the documents" if labelled else
                                        "no example questions with expected answers to check against the documents")
        report.retrievability.n_documents = len(doc_files)
    report.read_by_content = dict(samples.inferred)
    report.examples_by_content = sum(len(by_file.get(f, [])) for f in samples.inferred)
    if case is not None:
        report.contradictions = contradictions(report, case)
    return report


def task_shape(examples: Sequence[Sample], inspected: str | None) -> str:
    """``classification`` when the answers are short labels from a closed set (at least 95% of them
    short, at most a third as many distinct as examples), else the inspector's shape (or
    ``generation``)."""
    answers = [" ".join(e.answer.split()) for e in examples]
    # A few odd rows (a pasted paragraph where a label belongs) must not turn a label column into
    # free text: the shape is the one 95% of the answers have; the odd ones become classes too
    # small to learn, which the learnability probe excludes and reports.
    short = [a for a in answers if len(a) <= MAX_LABEL_CHARS]
    distinct = set(short)
    if (len(answers) >= 10 and len(short) >= 0.95 * len(answers)
            and 2 <= len(distinct) <= min(MAX_LABELS, max(2, len(short) // 3))):
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
