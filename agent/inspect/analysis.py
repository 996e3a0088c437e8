"""Streaming dataset statistics in bounded memory.

Token counts go into exact integer tallies (a fixed array plus a dict for the rare
very long example), so percentiles stay exact without keeping one number per
example.  The per-example keys that exact duplicate and conflict detection need
live in a :class:`~ftaudit.inspect.keys.KeyStore`, which moves them to a temporary
folder past a fixed budget.  Everything else is a bounded counter or a sample.
"""

from __future__ import annotations

from array import array
from collections import Counter
from typing import Any

import numpy as np
from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.keys import DEFAULT_BUDGET, LOW32, Distinct, Flagged, KeyStore, stable_hash
from ftaudit.inspect.models import DataSummary, Distribution
from ftaudit.inspect.schema import Example
from ftaudit.inspect.shape import (
    answer_quality,
    json_keys,
    norm_key,
    novelty,
    template_signature,
)
from ftaudit.inspect.tokens import TRAINING_LIMITS

MAX_LABELS = 5_000
MAX_LABEL_CHARS = 120
MAX_SIGNATURES = 2_000
_SAMPLE_COUNTS = (
    "n_json",
    "n_shape_sampled",
    "facts_total",
    "facts_novel",
    "n_novelty_sampled",
    "n_with_facts",
)
"""Sample counters that parts of a file add up."""
_SAMPLE_FIELDS = (*_SAMPLE_COUNTS, "key_sets", "signatures", "novel")

_QUALITY_MESSAGES = {
    "empty_answer": "the answer is empty",
    "placeholder_answer": "the answer is a placeholder (TODO, N/A, …)",
    "refusal_answer": "the answer is a refusal; the model will learn to refuse",
    "answer_repeats_prompt": "the answer only repeats the prompt",
    "degenerate_repetition": "the answer repeats the same lines over and over",
}
DROP_QUALITY = frozenset({"empty_answer", "placeholder_answer"})
"""Quality problems that make an example unusable (the clean writer drops them)."""


_SMALL = 1 << 16
"""Token counts below this are tallied in a fixed array; larger ones in a dict."""
_FLUSH = 1 << 15
"""Examples buffered before their token counts are moved into the tallies."""
_MIN_LIMIT = min(TRAINING_LIMITS.values())
MAX_SYSTEMS = 1_000


class Tally:
    """Exact counts of non-negative integers (token lengths) in bounded memory."""

    def __init__(self) -> None:
        self.buf = array("i")
        """Values not yet counted (appended by the caller, moved by :meth:`flush`)."""
        self.small = np.zeros(_SMALL, dtype=np.int64)
        self.big: Counter[int] = Counter()

    def flush(self) -> None:
        """Count the buffered values."""
        if not self.buf:
            return
        v = np.frombuffer(self.buf, dtype=np.int32)
        low = v < _SMALL
        if low.all():
            self.small += np.bincount(v, minlength=_SMALL)
        else:
            self.small += np.bincount(v[low], minlength=_SMALL)
            self.big.update(v[~low].tolist())
        self.buf = array("i")

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """``(values, counts)`` in increasing value order, zero counts left out."""
        self.flush()
        values = np.nonzero(self.small)[0]
        counts = self.small[values]
        if self.big:
            big = sorted(self.big.items())
            values = np.concatenate([values, np.array([k for k, _ in big], dtype=np.int64)])
            counts = np.concatenate([counts, np.array([c for _, c in big], dtype=np.int64)])
        return values.astype(np.int64), counts

    def merge(self, pairs: tuple[np.ndarray, np.ndarray]) -> None:
        """Add another tally's :meth:`pairs`."""
        values, counts = pairs
        low = values < _SMALL
        np.add.at(self.small, values[low], counts[low])
        for v, c in zip(values[~low].tolist(), counts[~low].tolist(), strict=True):
            self.big[v] += c

    def __len__(self) -> int:
        return int(self.small.sum()) + sum(self.big.values()) + len(self.buf)


_TALLIES = ("tok_total", "tok_prompt", "tok_answer", "tok_system", "n_msgs")


class DatasetStats:
    """Accumulates every valid example of all example files of one inspection."""

    def __init__(
        self,
        sinks: list[FindingSink],
        novelty_sample: int = 5_000,
        key_budget: int | None = DEFAULT_BUDGET,
    ) -> None:
        self.sinks = sinks
        self.keys = KeyStore(key_budget)
        self._flush_every = min(_FLUSH, key_budget or _FLUSH)
        self.answers = Distinct()
        """Distinct normalised answers (classification versus generation)."""
        self.tok_total = Tally()
        self.tok_prompt = Tally()
        self.tok_answer = Tally()
        self.tok_system = Tally()
        self.n_msgs = Tally()
        self.over_row = array("q")
        self.over_total = array("i")
        """Examples over the smallest training limit (rare: kept one by one)."""
        self.systems: Counter[int] = Counter()
        """System prompt hashes, counting stopped for new keys at :data:`MAX_SYSTEMS`."""
        self.formats: Counter[str] = Counter()
        self.labels: Counter[str] = Counter()
        self.labels_overflow = False
        self.signatures: Counter[str] = Counter()
        self.key_sets: Counter[frozenset[str]] = Counter()
        self.n_json = 0
        self.n_shape_sampled = 0
        self.facts_total = 0
        self.facts_novel = 0
        self.novel = Distinct()
        """Distinct novel facts in the sample."""
        self.n_novelty_sampled = 0
        self.n_with_facts = 0
        self.novelty_sample = novelty_sample
        self.quality: Counter[str] = Counter()
        self.n_systems = 0
        self.top_system = 0
        self._sys_norm: dict[str, bytes] = {}
        self.index_base: int | None = 0
        """Examples before this one's first (for the sampling rule); None defers sampling to
        :meth:`sample_lines` (a byte range whose position in the file is not known yet)."""

    def add(self, ex: Example, file_idx: int, fmt: str) -> str | None:
        """Record one valid example; returns a quality code that makes it unusable, if any."""
        answer = ex.answer
        user = ex.user
        nu = norm_key(user) if user else b""
        na = norm_key(answer)
        problem = answer_quality(answer, user, (na, nu))
        if problem:
            self.sinks[file_idx].add(
                "error" if problem in DROP_QUALITY else "warning",
                problem,
                _QUALITY_MESSAGES[problem],
                ex.line,
            )
            self.quality[problem] += 1
            if problem in DROP_QUALITY:
                return problem
        keys = self.keys
        i = len(keys)
        self.formats[fmt] += 1
        if keys.last_file != file_idx:
            keys.new_file(file_idx)
        keys.line.append(ex.line)
        exact, near, hp, ha = self._keys(ex, nu, na)
        keys.near.append(near)
        keys.exact.append(exact & LOW32)
        keys.prompt.append(hp)
        keys.answer.append(ha & LOW32)
        self.answers.buf.append(stable_hash(na))
        total = ex.total_tokens
        self.tok_total.buf.append(total)
        self.tok_prompt.buf.append(ex.prompt_tokens)
        self.tok_answer.buf.append(ex.answer_tokens)
        self.tok_system.buf.append(ex.system_tokens)
        self.n_msgs.buf.append(ex.n_messages)
        if total > _MIN_LIMIT:
            self.over_row.append(i)
            self.over_total.append(total)
        if len(self.tok_total.buf) >= self._flush_every:
            for name in _TALLIES:
                getattr(self, name).flush()
            self.answers.flush()
            keys.check()
        hs = hash(ex.system)
        systems = self.systems
        if hs in systems:
            systems[hs] += 1
        elif len(systems) < MAX_SYSTEMS:
            systems[hs] = 1
        if not self.labels_overflow:
            if len(answer) <= MAX_LABEL_CHARS:
                self.labels[answer.strip()] += 1
                if len(self.labels) > MAX_LABELS:
                    self.labels_overflow = True
                    self.labels.clear()
            else:
                self.labels_overflow = True
                self.labels.clear()
        if self.index_base is not None:
            i += self.index_base
            if i < self.novelty_sample or i % 20 == 0:
                self.sample(ex)
        return None

    def example_keys(self, ex: Example) -> tuple[int, int, int, int]:
        """``(exact, normalised, prompt, answer)`` hashes of an example (0 = no prompt)."""
        return self._keys(ex, norm_key(ex.user) if ex.user else b"", norm_key(ex.answer))

    def _keys(self, ex: Example, nu: bytes, na: bytes) -> tuple[int, int, int, int]:
        sys_norm = self._sys_norm.get(ex.system)
        if sys_norm is None:
            sys_norm = norm_key(ex.system)
            if len(self._sys_norm) > 1000:
                self._sys_norm.clear()
            self._sys_norm[ex.system] = sys_norm
        np_ = nu or norm_key(ex.prompt)
        return (
            hash((ex.prompt, ex.answer)),
            hash((sys_norm, np_, na)),
            hash(np_) if np_ else 0,
            hash(na),
        )

    def sample(self, ex: Example) -> None:
        """Add ``ex`` to the shape and novelty sample."""
        answer = ex.answer
        self.n_shape_sampled += 1
        keys = json_keys(answer)
        if keys is not None:
            self.n_json += 1
            if len(self.key_sets) < MAX_SIGNATURES or keys in self.key_sets:
                self.key_sets[keys] += 1
        sig = template_signature(answer)
        if len(self.signatures) < MAX_SIGNATURES or sig in self.signatures:
            self.signatures[sig] += 1
        n, k, novel = novelty(answer, ex.prompt)
        self.n_novelty_sampled += 1
        if n:
            self.n_with_facts += 1
            self.facts_total += n
            self.facts_novel += k
            buf = self.novel.buf
            for f in novel:
                buf.append(stable_hash(f.lower().encode("utf-8", "surrogatepass")))

    # ------------------------------------------------------------------ parallel runs

    def part_state(self) -> dict[str, Any]:
        """Everything but the sinks, for merging into the run's stats (:meth:`merge`)."""
        state = {k: v for k, v in vars(self).items() if k not in ("sinks", "_sys_norm", "_flush_every")}
        for name in _TALLIES:
            state[name] = getattr(self, name).pairs()
        return state

    def sample_state(self) -> dict[str, Any]:
        """The sample counters only (see :meth:`merge_sample`)."""
        return {k: getattr(self, k) for k in _SAMPLE_FIELDS}

    def merge(self, part: dict[str, Any], file_idx: int, line_shift: int) -> None:
        """Append a later part of the data (same order as a sequential run would see it)."""
        base = len(self.keys)
        self.keys.extend(part["keys"], file_idx, line_shift)
        self.answers.merge(part["answers"])
        self.over_total.extend(part["over_total"])
        self.over_row.extend(array("q", (base + r for r in part["over_row"])))
        for name in _TALLIES:
            getattr(self, name).merge(part[name])
        _merge_capped(self.systems, part["systems"], MAX_SYSTEMS)
        self.formats.update(part["formats"])
        self.quality.update(part["quality"])
        if not self.labels_overflow:
            if part["labels_overflow"]:
                self.labels_overflow = True
                self.labels.clear()
            else:
                self.labels.update(part["labels"])
                if len(self.labels) > MAX_LABELS:
                    self.labels_overflow = True
                    self.labels.clear()
        self.merge_sample(part)

    def merge_sample(self, part: dict[str, Any]) -> None:
        """Add a later part's sample counters (capped counters keep their first keys)."""
        for name in _SAMPLE_COUNTS:
            setattr(self, name, getattr(self, name) + part[name])
        for name in ("key_sets", "signatures"):
            _merge_capped(getattr(self, name), part[name], MAX_SIGNATURES)
        self.novel.merge(part["novel"])

    # ------------------------------------------------------------------ results

    def __len__(self) -> int:
        return len(self.keys)

    def finish(self, summary: DataSummary) -> None:
        """Fill ``summary`` and add dataset-level findings to the file sinks."""
        n = len(self)
        summary.n_examples = n
        if not n:
            return
        keys = self.keys
        dups, near = keys.duplicates()
        self._report(dups, "duplicate_example", "warning", "exact duplicate of an earlier example")
        self._report(
            near,
            "near_duplicate_example",
            "warning",
            "duplicate of an earlier example once case, spacing and punctuation are ignored",
        )
        summary.n_duplicates = dups.total()
        summary.n_near_duplicates = near.total()
        summary.n_unique_examples = n - summary.n_duplicates - summary.n_near_duplicates
        # Conflicts: same normalised prompt, different normalised answers.
        n_conflicts, conflicting = keys.conflicts()
        if n_conflicts:
            self._report(
                conflicting,
                "conflicting_answers",
                "warning",
                "the same prompt has different answers elsewhere in the data",
            )
            summary.n_conflicts = n_conflicts
        # Tokens.
        total = self.tok_total.pairs()
        summary.total_token_lengths = distribution(*total)
        summary.prompt_token_lengths = prompt_d = distribution(*self.tok_prompt.pairs())
        summary.answer_token_lengths = distribution(*self.tok_answer.pairs())
        summary.messages_per_example = distribution(*self.n_msgs.pairs())
        summary.mean_prompt_tokens = prompt_d.mean
        summary.median_prompt_tokens = prompt_d.median
        summary.median_answer_tokens = summary.answer_token_lengths.median
        summary.median_system_tokens = distribution(*self.tok_system.pairs()).median
        over_total = np.frombuffer(self.over_total, dtype=np.int32)
        over_rows = np.frombuffer(self.over_row, dtype=np.int64)
        values, counts = total
        for name, limit in TRAINING_LIMITS.items():
            summary.over_limit[name] = int(counts[values > limit].sum())
            over = Flagged()
            over_limit = over_rows[over_total > limit]
            if len(over_limit):
                over.add(over_limit, keys.files_of(over_limit))
            self._report(
                over,
                f"over_{limit}_tokens",
                "warning",
                f"example is over {limit:,} tokens ({name}); it would be truncated",
            )
        summary.billing_tokens = {
            limit: int((np.minimum(values, limit) * counts).sum())
            for limit in sorted(set(TRAINING_LIMITS.values()))
        }
        self.n_systems = len(self.systems)
        self.top_system = max(self.systems.values(), default=0)
        # Shape.
        self._shape(summary, n)
        self._dataset_findings(summary, keys.file_ids[0])

    def _dataset_findings(self, summary: DataSummary, first_file: int) -> None:
        sink = self.sinks[first_file]
        unique = summary.n_unique_examples
        if unique < 10:
            sink.add(
                "error",
                "too_few_examples",
                f"only {unique} usable examples; OpenAI fine-tuning needs at least 10",
            )
        elif unique < 100:
            sink.add(
                "warning",
                "few_examples",
                f"only {unique} usable examples; the legacy OpenAI checker warns below 100 "
                "(quality tends to rise with every doubling)",
            )
        if summary.label_imbalance is not None and summary.label_imbalance >= 10:
            sink.add(
                "warning",
                "label_imbalance",
                f"the most frequent label is {summary.label_imbalance:g}x as common as the "
                "least frequent; collect more of the rare labels or weight them",
            )
        if summary.label_distribution:
            total = sum(summary.label_distribution.values())
            for label, c in summary.label_distribution.items():
                if c < 10 or c / total < 0.02:
                    sink.add(
                        "info",
                        "rare_label",
                        "labels with fewer than 10 examples (or under 2%) are learned poorly",
                        example=f"{label[:30]}: {c}",
                    )
        if self.n_systems > 1:
            top = self.top_system
            sink.add(
                "info",
                "several_system_prompts",
                f"{self.n_systems} different system prompts (the most common in "
                f"{top / len(self):.0%} of examples); use the training system prompt at "
                "inference",
            )

    def _report(self, flagged: Flagged, code: str, severity: str, message: str) -> None:
        for f, count in sorted(flagged.count.items()):
            sink = self.sinks[f]
            first = flagged.first[f]
            for line in self.keys.lines_of(first):
                sink.add(severity, code, message, line)  # type: ignore[arg-type]
            if count > len(first):
                sink.add(severity, code, message, n=count - len(first))  # type: ignore[arg-type]

    def _shape(self, summary: DataSummary, n: int) -> None:
        sampled = max(self.n_shape_sampled, 1)
        summary.example_format = self.formats.most_common(1)[0][0] if self.formats else None
        if len(self.formats) > 1:
            summary.example_format = "mixed"
        json_share = self.n_json / sampled
        summary.json_answer_share = round(json_share, 3)
        unique_answers = self.answers.estimate()
        top_keys = self.key_sets.most_common(1)
        key_share = top_keys[0][1] / sampled if top_keys else 0.0
        if json_share >= 0.8 and key_share >= 0.6:
            summary.task_shape = "extraction"
            summary.format_consistency = round(key_share, 3)
            summary.dominant_template = "JSON keys: " + ", ".join(sorted(top_keys[0][0]))[:200]
        else:
            summary.task_shape = "classification" if unique_answers < n / 3 else "generation"
            top = self.signatures.most_common(1)
            if top:
                summary.format_consistency = round(top[0][1] / sampled, 3)
                summary.dominant_template = top[0][0][:200]
        if summary.task_shape == "classification" and not self.labels_overflow:
            labels = dict(self.labels.most_common(50))
            summary.label_distribution = labels
            summary.n_labels = len(self.labels)
            counts = list(self.labels.values())
            summary.label_imbalance = round(max(counts) / max(min(counts), 1), 2)
        if self.n_with_facts:
            summary.answer_novelty = round(self.facts_novel / max(self.facts_total, 1), 3)
            summary.novel_facts_per_example = round(
                self.novel.estimate() / max(self.n_novelty_sampled, 1), 3
            )



def _merge_capped(mine: Counter[Any], theirs: Counter[Any], cap: int) -> None:
    """Add ``theirs`` (a later part, keys in first-seen order) as if counted after ``mine``:
    keys already present always count, new keys only while there are fewer than ``cap``."""
    for key, c in theirs.items():
        if key in mine or len(mine) < cap:
            mine[key] += c


def _lerp(a: float, b: float, t: float) -> float:
    """numpy's linear interpolation for percentiles (same rounding as ``np.percentile``)."""
    diff = b - a
    return b - diff * (1 - t) if t >= 0.5 else a + diff * t


def percentiles(values: np.ndarray, counts: np.ndarray, qs: list[float]) -> list[float]:
    """``np.percentile`` (linear method) of the data with each ``values[i]`` ``counts[i]`` times."""
    cum = np.cumsum(counts)
    n = int(cum[-1])
    out: list[float] = []
    for q in qs:
        h = (n - 1) * (q / 100)
        lo = int(np.floor(h))
        hi = min(lo + 1, n - 1)
        a, b = np.searchsorted(cum, [lo, hi], side="right")
        out.append(_lerp(float(values[a]), float(values[b]), h - lo))
    return out


def distribution(values: np.ndarray, counts: np.ndarray | None = None) -> Distribution:
    """Exact percentiles and a log-scale histogram of ``values`` (each ``counts[i]`` times)."""
    if counts is None:
        values, counts = np.unique(values, return_counts=True)
    n = int(counts.sum()) if len(counts) else 0
    if not n:
        return Distribution()
    q = percentiles(values, counts, [5, 10, 50, 90, 95])
    top = float(values[-1])
    edges = [0.0]
    b = 16.0
    while b < top:
        edges.append(b)
        b *= 2
    edges.append(max(top, 1.0) + 1)
    hist, _ = np.histogram(values, bins=edges, weights=counts)
    return Distribution(
        n=n,
        min=float(values[0]),
        max=top,
        mean=round(float((values.astype(np.float64) * counts).sum() / n), 1),
        median=q[2],
        p5=q[0],
        p10=q[1],
        p90=q[3],
        p95=q[4],
        histogram=[(float(e), int(c)) for e, c in zip(edges[1:], hist, strict=False)],
    )
