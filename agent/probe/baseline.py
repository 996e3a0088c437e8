"""Prompt baseline: the configured model, zero-shot and few-shot, scored against held-out labels.

Bounded by a budget of calls (50 by default), with the estimated tokens and cost announced
before the first call.  Each call classifies one held-out example; a reply is right when
it names the example's label (and no other).  A failed call counts as wrong and is
counted.  With no model configured the probe does not run and says so.
"""

from __future__ import annotations

import math
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ftaudit.probe.learnability import MAX_LABEL_CHARS
from ftaudit.probe.models import PromptBaselineResult
from ftaudit.probe.progress import ProbeProgress, quiet
from ftaudit.probe.samples import Sample

DEFAULT_BUDGET = 50
MIN_EXAMPLES = 20
MAX_INPUT_CHARS = 1_500
SHOTS = 8
REPLY_TOKENS = 12
SEED = 13
MAX_LABELS = 40
_SPACE = re.compile(r"\s+")


def wilson(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95% by default)."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.strip().strip("\"'`.").lower())


def parse_label(reply: str, labels: Sequence[str]) -> str | None:
    """The label a reply names: an exact match, else the only label it contains."""
    r = _norm(reply)
    by_norm = {_norm(lab): lab for lab in labels}
    if r in by_norm:
        return by_norm[r]
    first = _norm(reply.strip().splitlines()[0]) if reply.strip() else ""
    if first in by_norm:
        return by_norm[first]
    named = [lab for n, lab in by_norm.items() if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", r)]
    return named[0] if len(named) == 1 else None


def _system(labels: list[str], shots: list[Sample]) -> str:
    out = ("Classify the input into exactly one of these labels: " + "; ".join(labels)
           + ". Reply with the label only, nothing else.")
    if shots:
        out += "\n\nExamples:\n" + "\n".join(f"Input: {' '.join(s.text.split())[:300]}\nLabel: {s.answer}"
                                             for s in shots)
    return out


def probe_prompt_baseline(samples: Sequence[Sample], assistant: Any, *, budget: int = DEFAULT_BUDGET,
                          target: float | None = None, task_shape: str | None = None,
                          files: list[str] | None = None, announce: Callable[[str], None] | None = None,
                          progress: ProbeProgress = quiet) -> PromptBaselineResult:
    """Run the configured model on a held-out sample of the labelled ``samples``.

    Args:
        assistant: an :class:`ftaudit.llm.Assistant` (None: the probe does not run).
        budget: the most model calls to make (half zero-shot, half few-shot).
        target: the accuracy the user needs, 0-1 (shown beside the result).
        announce: called once with the estimated calls, tokens and cost before any call.
    """
    start = time.perf_counter()
    result = PromptBaselineResult(files=files or [], budget=max(0, budget), target=target)
    if assistant is None:
        result.reason = "no language model configured (--llm / FTAUDIT_LLM); nothing was called"
        return result
    result.model = str(getattr(assistant.settings, "model", ""))
    if task_shape not in (None, "classification"):
        result.reason = "the prompt baseline scores labels; the examples are not a classification task"
        return result
    rows = [s for s in samples if s.text.strip() and s.answer.strip() and len(s.answer.strip()) <= MAX_LABEL_CHARS]
    labels = sorted({" ".join(s.answer.split()) for s in rows})
    if len(rows) < MIN_EXAMPLES or not 2 <= len(labels) <= MAX_LABELS:
        result.reason = (f"{len(rows)} labelled examples in {len(labels)} labels; the prompt baseline needs "
                         f"{MIN_EXAMPLES} or more in 2 to {MAX_LABELS} labels")
        return result
    if budget < 2:
        result.reason = f"a budget of {budget} model calls; the baseline needs at least 2"
        return result
    rng = random.Random(SEED)
    order = list(range(len(rows)))
    rng.shuffle(order)
    n_zero = (budget + 1) // 2
    n_few = budget - n_zero
    held = [rows[i] for i in order[: min(budget, len(rows) - SHOTS)]]
    pool = [rows[i] for i in order[len(held):]]
    shots: list[Sample] = []
    for lab in labels:  # one example per label first, then the rest, up to SHOTS
        hit = next((s for s in pool if " ".join(s.answer.split()) == lab), None)
        if hit is not None and len(shots) < SHOTS:
            shots.append(hit)
    zero_set, few_set = held[:n_zero], held[n_zero:n_zero + n_few]
    system0, system1 = _system(labels, []), _system(labels, shots)
    from ftaudit.inspect.tokens import get_counter

    count = get_counter("o200k_base").count
    tokens = sum(count(system0) + count(s.text[:MAX_INPUT_CHARS]) + REPLY_TOKENS for s in zero_set)
    tokens += sum(count(system1) + count(s.text[:MAX_INPUT_CHARS]) + REPLY_TOKENS for s in few_set)
    result.estimated_tokens = tokens
    result.estimated_cost_usd = _cost(result.model, tokens)
    if announce is not None:
        cost = f"about ${result.estimated_cost_usd:.4f}" if result.estimated_cost_usd is not None else "cost unknown"
        announce(f"prompt baseline: {len(zero_set) + len(few_set)} calls to {result.model or 'the model'}, "
                 f"about {tokens:,} tokens, {cost} (budget {budget}; --probe-budget N to change)")
    right = Counter[str]()
    done = 0
    for kind, system, chunk in (("zero", system0, zero_set), ("few", system1, few_set)):
        for s in chunk:
            reply = assistant.complete("probe", [("system", system), ("human", s.text[:MAX_INPUT_CHARS])], REPLY_TOKENS)
            result.calls += 1
            if reply is None:
                result.failures += 1
            elif parse_label(reply, labels) == " ".join(s.answer.split()):
                right[kind] += 1
            done += 1
            progress("prompt baseline", done / max(1, len(zero_set) + len(few_set)))
    result.zero_shot_n, result.few_shot_n = len(zero_set), len(few_set)
    result.n = len(zero_set) + len(few_set)
    if result.failures == result.calls:
        reasons = [f.get("reason", "") for f in assistant.usage().get("fallbacks", []) if isinstance(f, dict)]
        result.reason = "every model call failed" + (f" ({reasons[-1]})" if reasons and reasons[-1] else "")
        result.seconds = round(time.perf_counter() - start, 3)
        return result
    result.zero_shot_accuracy = round(right["zero"] / len(zero_set), 4) if zero_set else None
    result.few_shot_accuracy = round(right["few"] / len(few_set), 4) if few_set else None
    best_kind = max((k for k in ("zero", "few") if (zero_set if k == "zero" else few_set)),
                    key=lambda k: right[k] / len(zero_set if k == "zero" else few_set))
    n_best = len(zero_set if best_kind == "zero" else few_set)
    lo, hi = wilson(right[best_kind], n_best)
    result.ci_low, result.ci_high = round(lo, 4), round(hi, 4)
    result.ran = True
    result.seconds = round(time.perf_counter() - start, 3)
    return result


def best_accuracy(r: PromptBaselineResult) -> float | None:
    """The better of the zero-shot and few-shot accuracies."""
    values = [v for v in (r.zero_shot_accuracy, r.few_shot_accuracy) if v is not None]
    return max(values) if values else None


def _cost(model: str, tokens: int) -> float | None:
    from ftaudit.cost.model import load_prices
    from ftaudit.errors import ConfigError

    try:
        price = load_prices(prompting_model=model).prompting
    except (ConfigError, KeyError):
        return None
    return round(tokens * price.input / 1_000_000, 6)
