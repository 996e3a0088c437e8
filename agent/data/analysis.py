"""Streaming dataset statistics in bounded memory.

Per valid example only a few fixed-size numbers are kept (hashes, token counts,
file and line) in compact arrays; everything else is a bounded counter or a
sample.  Duplicates, conflicts and percentiles are computed once at the end with
numpy.
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


class DatasetStats:
    """Accumulates every valid example of all example files of one inspection."""

    def __init__(self, sinks: list[FindingSink], novelty_sample: int = 5_000) -> None:
        self.sinks = sinks
        self.file = array("H")
        self.line = array("i")
        self.h_exact = array("q")
        self.h_norm = array("q")
        self.h_prompt = array("q")
        self.h_answer = array("q")
        self.h_system = array("q")
        self.tok_total = array("i")
        self.tok_prompt = array("i")
        self.tok_answer = array("i")
        self.tok_system = array("i")
        self.n_msgs = array("H")
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
        self.h_exact.append(exact)
        self.h_norm.append(near)
        self.h_prompt.append(hp)
        self.h_answer.append(ha)
        self.h_system.append(hash(ex.system))
        self.tok_total.append(ex.total_tokens)
        self.tok_prompt.append(ex.prompt_tokens)
        self.tok_answer.append(ex.answer_tokens)
        self.tok_system.append(ex.system_tokens)
        self.n_msgs.append(min(ex.n_messages, 65535))
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
        return state

    def sample_state(self) -> dict[str, Any]:
        """The sample counters only (see :meth:`merge_sample`)."""
        return {k: getattr(self, k) for k in _SAMPLE_FIELDS}

    def merge(self, part: dict[str, Any], file_idx: int, line_shift: int) -> None:
        """Append a later part of the data (same order as a sequential run would see it)."""
        n = len(part["line"])
        self.file.extend(array("H", [file_idx]) * n)
        lines = np.frombuffer(part["line"], dtype=np.int32)
        self.line.frombytes((lines + np.int32(line_shift)).astype(np.int32).tobytes())
        for name in (
            "h_exact",
            "h_norm",
            "h_prompt",
            "h_answer",
            "h_system",
            "tok_total",
            "tok_prompt",
            "tok_answer",
            "tok_system",
            "n_msgs",
        ):
            getattr(self, name).extend(part[name])
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
            mine: Counter[Any] = getattr(self, name)
            for key, c in part[name].items():
                if key in mine or len(mine) < MAX_SIGNATURES:
                    mine[key] += c
        if len(self.novel_seen) < MAX_NOVEL:
            self.novel_seen |= part["novel_seen"]

    # ------------------------------------------------------------------ results

    def __len__(self) -> int:
        return len(self.line)

    def _later_duplicates(self, keys: np.ndarray) -> np.ndarray:
        """Indices of examples whose key equals an earlier example's key."""
        order = np.argsort(keys, kind="stable")
        s = keys[order]
        dup = np.empty(len(s), dtype=bool)
        if len(s):
            dup[0] = False
            dup[1:] = s[1:] == s[:-1]
        return np.sort(order[dup])

    def finish(self, summary: DataSummary) -> None:
        """Fill ``summary`` and add dataset-level findings to the file sinks."""
        n = len(self)
        summary.n_examples = n
        if not n:
            return
        files = np.frombuffer(self.file, dtype=np.uint16)
        lines = np.frombuffer(self.line, dtype=np.int32)
        exact = np.frombuffer(self.h_exact, dtype=np.int64)
        norm = np.frombuffer(self.h_norm, dtype=np.int64)
        dups = self._later_duplicates(exact)
        is_dup = np.zeros(n, dtype=bool)
        is_dup[dups] = True
        near = self._later_duplicates(norm)
        near = near[~is_dup[near]]
        self._report(
            dups,
            files,
            lines,
            "duplicate_example",
            "warning",
            "exact duplicate of an earlier example",
        )
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
        # Conflicts: same normalised prompt, different normalised answers.
        prompt = np.frombuffer(self.h_prompt, dtype=np.int64)
        answer = np.frombuffer(self.h_answer, dtype=np.int64)
        keep = prompt != 0
        if keep.all():  # no copies in the usual case
            bad_prompts = _prompts_with_several_answers(prompt, answer)
            rows = np.nonzero(np.isin(prompt, bad_prompts))[0] if len(bad_prompts) else None
        else:
            idx = np.nonzero(keep)[0]
            bad_prompts = (
                _prompts_with_several_answers(prompt[idx], answer[idx])
                if len(idx)
                else np.empty(0, dtype=np.int64)
            )
            rows = idx[np.isin(prompt[idx], bad_prompts)] if len(bad_prompts) else None
        del keep
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
        total: np.ndarray = np.frombuffer(self.tok_total, dtype=np.int32)
        ptoks: np.ndarray = np.frombuffer(self.tok_prompt, dtype=np.int32)
        atoks: np.ndarray = np.frombuffer(self.tok_answer, dtype=np.int32)
        stoks: np.ndarray = np.frombuffer(self.tok_system, dtype=np.int32)
        summary.total_token_lengths = distribution(total)
        summary.prompt_token_lengths = distribution(ptoks)
        summary.answer_token_lengths = distribution(atoks)
        summary.messages_per_example = distribution(np.frombuffer(self.n_msgs, dtype=np.uint16))
        summary.mean_prompt_tokens = round(float(ptoks.mean()), 1)
        summary.median_prompt_tokens = float(np.median(ptoks))
        summary.median_answer_tokens = float(np.median(atoks))
        summary.median_system_tokens = float(np.median(stoks))
        for name, limit in TRAINING_LIMITS.items():
            over = np.nonzero(total > limit)[0]
            summary.over_limit[name] = len(over)
            if len(over):
                self._report(
                    over,
                    files,
                    lines,
                    f"over_{limit}_tokens",
                    "warning",
                    f"example is over {limit:,} tokens ({name}); it would be truncated",
                )
        summary.billing_tokens = {
            limit: int(np.minimum(total, limit).sum(dtype=np.int64))
            for limit in sorted(set(TRAINING_LIMITS.values()))
        }
        self._systems()
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

    def _systems(self) -> None:
        """Distinct system prompts and the commonest one's count, counted like a Counter that
        stops counting once it holds 1,000 keys."""
        h = np.frombuffer(self.h_system, dtype=np.int64)
        uniq, first = np.unique(h, return_index=True)
        if len(uniq) >= 1000:
            cut = int(np.sort(first)[999]) + 1
            h = h[:cut]
        _, counts = np.unique(h, return_counts=True)
        self.n_systems = len(counts)
        self.top_system = int(counts.max()) if len(counts) else 0

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
        unique_answers = len(np.unique(np.frombuffer(self.h_answer, dtype=np.int64)))
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


def distribution(values: np.ndarray) -> Distribution:
    """Exact percentiles and a log-scale histogram of ``values``."""
    if not len(values):
        return Distribution()
    v = values
    q = np.percentile(v, [5, 10, 50, 90, 95])
    top = float(v.max())
    edges = [0.0]
    b = 16.0
    while b < top:
        edges.append(b)
        b *= 2
    edges.append(max(top, 1.0) + 1)
    hist, _ = np.histogram(v, bins=edges)
    return Distribution(
        n=len(v),
        min=float(v.min()),
        max=top,
        mean=round(float(v.mean()), 1),
        median=float(q[2]),
        p5=float(q[0]),
        p10=float(q[1]),
        p90=float(q[3]),
        p95=float(q[4]),
        histogram=[(float(e), int(c)) for e, c in zip(edges[1:], hist, strict=False)],
    )
