"""Consistency: how uniform are the answers (structure, length, voice)?

A rigid, uniform format that prompting must reproduce every time is evidence for
fine-tuning or structured outputs; loose answers are not.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from collections.abc import Sequence

from ftaudit.inspect.shape import json_keys, template_signature
from ftaudit.probe.models import ConsistencyResult
from ftaudit.probe.progress import ProbeProgress, quiet
from ftaudit.probe.samples import Sample

MIN_EXAMPLES = 20
RIGID = 0.8
"""Share of answers with one structure (or one opening and closing frame) for a rigid format."""
LOOSE = 0.3
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"\w+")


def signature(answer: str) -> str | None:
    """The structure of an answer: its JSON key set, or its line template when it has one.

    None for free text (no JSON, no line that is a heading, bullet, number or ``label:``).
    """
    keys = json_keys(answer)
    if keys is not None:
        return "json:" + ",".join(sorted(keys))
    sig = template_signature(answer)
    return sig if any(head != "w" for head in sig.split("|")) else None


def _share(values: Sequence[str | None]) -> tuple[float, str | None]:
    counts = Counter(v for v in values if v)
    if not counts:
        return 0.0, None
    top, n = counts.most_common(1)[0]
    return n / len(values), top


def probe_consistency(samples: Sequence[Sample], *, task_shape: str | None = None, files: list[str] | None = None,
                      sampled_from: int | None = None, progress: ProbeProgress = quiet) -> ConsistencyResult:
    """Measure the uniformity of the answers in ``samples`` (generation or format data)."""
    start = time.perf_counter()
    result = ConsistencyResult(files=files or [], sampled_from=sampled_from)
    answers = [s.answer for s in samples if s.answer.strip()]
    if task_shape == "classification":
        result.reason = "the answers are labels from a closed set; format consistency applies to generated answers"
        return result
    if len(answers) < MIN_EXAMPLES:
        result.reason = f"{len(answers)} answers; the consistency probe needs at least {MIN_EXAMPLES}"
        return result
    progress("consistency", 0.1)
    result.n = len(answers)
    share, result.dominant_signature = _share([signature(a) for a in answers])
    result.signature_share = round(share, 4)
    lengths = [len(_WORD.findall(a)) for a in answers]
    mean = statistics.fmean(lengths)
    result.length_cv = round(statistics.pstdev(lengths) / mean, 4) if mean else 0.0
    q = statistics.quantiles(lengths, n=10, method="inclusive")
    result.length_p10, result.length_p90 = int(q[0]), int(q[-1])
    openings = [_DIGITS.sub("#", " ".join(a.lower().split()[:2])) for a in answers]
    closings = [_DIGITS.sub("#", " ".join(a.strip().splitlines()[-1].lower().split())) for a in answers]
    result.opening_share = round(_share(openings)[0], 4)
    result.closing_share = round(_share(closings)[0], 4)
    voice = max(result.opening_share, result.closing_share)
    steady = 1.0 - min(result.length_cv, 1.0)
    # A fixed opening and closing frame the answers (a letter template) as much as headings do.
    structure = max(result.signature_share or 0.0, min(result.opening_share, result.closing_share))
    result.uniformity = round(0.6 * structure + 0.25 * voice + 0.15 * steady, 4)
    if structure >= RIGID and result.length_cv <= 0.6:
        result.verdict = "rigid"
    elif structure < LOOSE and voice < 0.5:
        result.verdict = "loose"
    else:
        result.verdict = "mixed"
    result.ran = True
    result.seconds = round(time.perf_counter() - start, 3)
    progress("consistency", 1.0)
    return result
