"""Streaming dataset statistics in bounded memory.

Token counts go into exact integer tallies (a fixed array plus a dict for the rare
very long example), so percentiles stay exact without keeping one number per
example.  What exact duplicate and conflict detection cannot do without is kept per
example in compact arrays: 30 bytes (two 64-bit and two 32-bit hashes, file and
line).  Everything else is a bounded counter or a sample.  Duplicates and conflicts
are found once at the end with numpy.
"""

from __future__ import annotations

from array import array
from collections import Counter
from typing import Any

import numpy as np

from agent.data.findings import FindingSink
from agent.data.models import MAX_LINES_PER_FINDING, DataSummary, Distribution
from agent.data.schema import Example
from agent.data.shape import (
    answer_quality,
    json_keys,
    norm_key,
    novelty,
    template_signature,
)
from agent.data.tokens import TRAINING_LIMITS

MAX_LABELS = 5_000
MAX_LABEL_CHARS = 120
MAX_SIGNATURES = 2_000
MAX_NOVEL = 200_000
_SAMPLE_COUNTS = (
    "n_json",
    "n_shape_sampled",
    "facts_total",
    "facts_novel",
    "n_novelty_sampled",
    "n_with_facts",
)
"""Sample counters that parts of a file add up."""
_SAMPLE_FIELDS = (*_SAMPLE_COUNTS, "key_sets", "signatures", "novel_seen")

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
_LOW32 = 0xFFFFFFFF


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

    def __init__(self, sinks: list[FindingSink], novelty_sample: int = 5_000) -> None:
        self.sinks = sinks
        self.file = array("H")
        self.line = array("i")
        self.h_norm = array("q")
        """Near-duplicate key (normalised system, prompt and answer)."""
        self.h_exact = array("I")
        """Low 32 bits of the exact key: an exact duplicate also has an equal ``h_norm``."""
        self.h_prompt = array("q")
        """Normalised prompt (0: no prompt), for conflicting answers."""
        self.h_answer = array("I")
        """Low 32 bits of the normalised answer (compared within one prompt's examples)."""
        self.tok_total = Tally()
        self.tok_prompt = Tally()
        self.tok_answer = Tally()
        self.tok_system = Tally()
        self.n_msgs = Tally()
        self.over_file = array("H")
        self.over_line = array("i")
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
        self.novel_seen: set[str] = set()
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
        i = len(self.line)
        self.formats[fmt] += 1
        self.file.append(file_idx)
        self.line.append(ex.line)
        exact, near, hp, ha = self._keys(ex, nu, na)
        self.h_norm.append(near)
        self.h_exact.append(exact & _LOW32)
        self.h_prompt.append(hp)
        self.h_answer.append(ha & _LOW32)
        total = ex.total_tokens
        self.tok_total.buf.append(total)
        self.tok_prompt.buf.append(ex.prompt_tokens)
        self.tok_answer.buf.append(ex.answer_tokens)
        self.tok_system.buf.append(ex.system_tokens)
        self.n_msgs.buf.append(ex.n_messages)
        if total > _MIN_LIMIT:
            self.over_file.append(file_idx)
            self.over_line.append(ex.line)
            self.over_total.append(total)
        if len(self.tok_total.buf) >= _FLUSH:
            for name in _TALLIES:
                getattr(self, name).flush()
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

    def keys(self, ex: Example) -> tuple[int, int, int, int]:
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
            if len(self.novel_seen) < MAX_NOVEL:
                self.novel_seen.update(f.lower() for f in novel)

    # ------------------------------------------------------------------ parallel runs

    def part_state(self) -> dict[str, Any]:
        """Everything but the sinks, for merging into the run's stats (:meth:`merge`)."""
        state = {k: v for k, v in vars(self).items() if k not in ("sinks", "_sys_norm")}
        for name in _TALLIES:
            state[name] = getattr(self, name).pairs()
        return state

    def sample_state(self) -> dict[str, Any]:
        """The sample counters only (see :meth:`merge_sample`)."""
        return {k: getattr(self, k) for k in _SAMPLE_FIELDS}

    def merge(self, part: dict[str, Any], file_idx: int, line_shift: int) -> None:
        """Append a later part of the data (same order as a sequential run would see it)."""
        self.file.extend(array("H", [file_idx]) * len(part["line"]))
        self.line.extend(_shifted(part["line"], line_shift))
        for name in ("h_norm", "h_exact", "h_prompt", "h_answer", "over_total"):
            getattr(self, name).extend(part[name])
        self.over_file.extend(array("H", [file_idx]) * len(part["over_line"]))
        self.over_line.extend(_shifted(part["over_line"], line_shift))
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
        if len(self.novel_seen) < MAX_NOVEL:
            self.novel_seen |= part["novel_seen"]

    # ------------------------------------------------------------------ results

    def __len__(self) -> int:
        return len(self.line)

    def finish(self, summary: DataSummary) -> None:
        """Fill ``summary`` and add dataset-level findings to the file sinks."""
        n = len(self)
        summary.n_examples = n
        if not n:
            return
        files = np.frombuffer(self.file, dtype=np.uint16)
        lines = np.frombuffer(self.line, dtype=np.int32)
        near_key = np.frombuffer(self.h_norm, dtype=np.int64)
        dups = _later_duplicates(near_key, np.frombuffer(self.h_exact, dtype=np.uint32))
        near = _later_duplicates(near_key)
        near = np.setdiff1d(near, dups, assume_unique=True)
        self._report(dups, files, lines, "duplicate_example", "warning", "exact duplicate of an earlier example")
        self._report(
            near,
            files,
            lines,
            "near_duplicate_example",
            "warning",
            "duplicate of an earlier example once case, spacing and punctuation are ignored",
        )
        summary.n_duplicates = len(dups)
        summary.n_near_duplicates = len(near)
        summary.n_unique_examples = n - len(dups) - len(near)
        del dups, near
        # Conflicts: same normalised prompt, different normalised answers.
        prompt = np.frombuffer(self.h_prompt, dtype=np.int64)
        answer = np.frombuffer(self.h_answer, dtype=np.uint32)
        idx = np.nonzero(prompt)[0] if not prompt.all() else None
        if idx is None:  # no copies in the usual case
            bad_prompts = _prompts_with_several_answers(prompt, answer)
            rows = np.nonzero(np.isin(prompt, bad_prompts))[0] if len(bad_prompts) else None
        else:
            bad_prompts = (
                _prompts_with_several_answers(prompt[idx], answer[idx])
                if len(idx)
                else np.empty(0, dtype=np.int64)
            )
            rows = idx[np.isin(prompt[idx], bad_prompts)] if len(bad_prompts) else None
        if rows is not None:
            self._report(
                rows,
                files,
                lines,
                "conflicting_answers",
                "warning",
                "the same prompt has different answers elsewhere in the data",
            )
            summary.n_conflicts = len(bad_prompts)
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
        over_files = np.frombuffer(self.over_file, dtype=np.uint16)
        over_lines = np.frombuffer(self.over_line, dtype=np.int32)
        values, counts = total
        for name, limit in TRAINING_LIMITS.items():
            summary.over_limit[name] = int(counts[values > limit].sum())
            self._report(
                np.nonzero(over_total > limit)[0],
                over_files,
                over_lines,
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
        self._dataset_findings(summary, int(files[0]))

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

    def _report(
        self,
        rows: np.ndarray,
        files: np.ndarray,
        lines: np.ndarray,
        code: str,
        severity: str,
        message: str,
    ) -> None:
        if not len(rows):
            return
        for f in np.unique(files[rows]):
            sel = rows[files[rows] == f]
            sink = self.sinks[int(f)]
            for r in sel[:MAX_LINES_PER_FINDING]:
                sink.add(severity, code, message, int(lines[r]))  # type: ignore[arg-type]
            if len(sel) > MAX_LINES_PER_FINDING:
                sink.add(severity, code, message, n=len(sel) - MAX_LINES_PER_FINDING)  # type: ignore[arg-type]

    def _shape(self, summary: DataSummary, n: int) -> None:
        sampled = max(self.n_shape_sampled, 1)
        summary.example_format = self.formats.most_common(1)[0][0] if self.formats else None
        if len(self.formats) > 1:
            summary.example_format = "mixed"
        json_share = self.n_json / sampled
        summary.json_answer_share = round(json_share, 3)
        unique_answers = len(np.unique(np.frombuffer(self.h_answer, dtype=np.uint32)))
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
                min(len(self.novel_seen), MAX_NOVEL) / max(self.n_novelty_sampled, 1), 3
            )

    def drop_codes(self) -> frozenset[str]:
        """Quality codes that make an example unusable."""
        return DROP_QUALITY


def _prompts_with_several_answers(prompt: np.ndarray, answer: np.ndarray) -> np.ndarray:
    """Sorted prompt keys that occur with more than one distinct answer key."""
    order = np.lexsort((answer, prompt))
    ps = prompt[order]
    a = answer[order]
    del order
    new_prompt = np.empty(len(ps), dtype=bool)
    new_prompt[0] = True
    np.not_equal(ps[1:], ps[:-1], out=new_prompt[1:])
    new_answer = np.empty(len(ps), dtype=bool)
    new_answer[0] = True
    np.not_equal(a[1:], a[:-1], out=new_answer[1:])
    del a
    new_answer |= new_prompt  # a new (prompt, answer) pair
    groups = np.cumsum(new_prompt) - 1
    answers_per_prompt = np.bincount(groups, weights=new_answer)
    return ps[new_prompt][answers_per_prompt > 1]


def _shifted(values: array[int], shift: int) -> array[int]:
    """``values`` (int32 line numbers) plus ``shift``."""
    out = array("i")
    out.frombytes((np.frombuffer(values, dtype=np.int32) + np.int32(shift)).astype(np.int32).tobytes())
    return out


def _merge_capped(mine: Counter[Any], theirs: Counter[Any], cap: int) -> None:
    """Add ``theirs`` (a later part, keys in first-seen order) as if counted after ``mine``:
    keys already present always count, new keys only while there are fewer than ``cap``."""
    for key, c in theirs.items():
        if key in mine or len(mine) < cap:
            mine[key] += c


def _later_duplicates(key: np.ndarray, key2: np.ndarray | None = None) -> np.ndarray:
    """Sorted indices of examples whose key (and ``key2``) equal an earlier example's."""
    order = np.argsort(key, kind="stable") if key2 is None else np.lexsort((key2, key))
    dup = np.zeros(len(order), dtype=bool)
    s = key[order]
    np.equal(s[1:], s[:-1], out=dup[1:])
    del s
    if key2 is not None:
        s2 = key2[order]
        dup[1:] &= s2[1:] == s2[:-1]
        del s2
    return np.sort(order[dup])


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
