"""The learned reader: linear heads over sentence and number features, trained on blind writers.

Reading facts is a narrow, stable classification task with plenty of examples, so the
reader is trained rather than hand-written.  Each *sentence head* classifies every
sentence of a description into "says nothing about this fact" or one of the fact's
values (task kind, citations needed or not, stage, how often the knowledge changes...).
The *number head* classifies every number by its role (monthly volume, labelled
examples, corpus size, latency, prompt length, accuracy target, or none of these),
from its context and its unit's shape, so "one call in every four", "3 to 8 seconds"
and "a 6-page guide" are not counts of examples.

Each head is multinomial logistic regression (numpy only, deterministic) over
:mod:`ftaudit.read.features`.  Its threshold was chosen on writers it was not trained
on, so that a fact it reports is right at least 95% of the time there; below the
threshold it reports nothing, or (see :mod:`ftaudit.read.reader`) an unsure fact.
``scripts/train_reader.py`` trains the heads from ``tests/corpus`` and writes
``knowledge/reader/weights.npz``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from ftaudit.read.corpus import GoldCase, same_value
from ftaudit.read.features import EMBED_DIMS, HASH_DIMS, Matrix, number_row, sentence_matrix
from ftaudit.read.lexicon import Sentence, sentences
from ftaudit.read.quantities import Quantity, find_quantities, is_money
from ftaudit.settings import KNOWLEDGE_DIR

WEIGHTS_FILE = KNOWLEDGE_DIR / "reader" / "weights.npz"
NONE = "-"

CHANGE_BUCKETS = {"hours": 0.25, "daily": 1.0, "weekly": 7.0, "monthly": 30.0, "quarterly": 91.0,
                  "yearly": 365.0, "never": 100000.0}
SENTENCE_HEADS: dict[str, tuple[Any, ...]] = {
    "task_kind": ("classification", "extraction", "generation", "question_answering", "transformation", "research"),
    "needs_citations": (True, False),
    "needs_external_knowledge": (True, False),
    "stakes": ("low", "medium", "high"),
    "stage": ("prototype", "production", "one_off"),
    "budget": ("none", "limited", "available"),
    "strict_format": (True, False),
    "consistent_style": (True, False),
    "prompting_falls_short": (True, False),
    "task_changes_often": (True, False),
    "domain_jargon": (True, False),
    "human_review": (True, False),
    "knowledge_change_days": tuple(CHANGE_BUCKETS),
}
NUMBER_ROLES = ("monthly_volume", "labelled_examples", "corpus_size", "latency_ms", "prompt_tokens",
                "accuracy_target")


def change_bucket(days: float) -> str:
    """The nearest change-rate bucket (on a log scale) for a number of days."""
    return min(CHANGE_BUCKETS, key=lambda b: abs(np.log(CHANGE_BUCKETS[b]) - np.log(max(days, 1e-3))))


def class_of(field: str, value: Any) -> str:
    """The class label a head uses for a fact value."""
    if field == "knowledge_change_days":
        return change_bucket(float(value))
    return json.dumps(value)


def number_value(role: str, q: Quantity, sentence: str) -> float | None:
    """The fact value a number gives in a role, or ``None`` when it cannot give one."""
    after = sentence[q.end : q.end + 16].lower().lstrip()
    if is_money(q, sentence):
        return None  # "$6,500 a month" is a bill, not a count of anything
    if role == "monthly_volume":
        return q.per_month
    if role == "latency_ms":
        if after.startswith(("ms", "msec", "milli")):
            return q.value
        if after.startswith(("min",)):
            return q.value * 60000
        return q.value * 1000
    return q.value


@dataclass(frozen=True)
class Head:
    """One trained linear head."""

    classes: tuple[str, ...]
    weights: Matrix
    bias: Matrix

    def probabilities(self, x: Matrix) -> Matrix:
        """Class probabilities for each row of ``x``."""
        z = x @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)


def fit_head(x: Matrix, y: npt.NDArray[np.int64], n_classes: int, *, l2: float = 1e-4,
             steps: int = 150, lr: float = 0.05) -> tuple[Matrix, Matrix]:
    """Multinomial logistic regression by full-batch Adam from zero weights (deterministic)."""
    n, d = x.shape
    w = np.zeros((d, n_classes), dtype=np.float32)
    b = np.zeros(n_classes, dtype=np.float32)
    onehot = np.zeros((n, n_classes), dtype=np.float32)
    onehot[np.arange(n), y] = 1.0
    m_w, v_w = np.zeros_like(w), np.zeros_like(w)
    m_b, v_b = np.zeros_like(b), np.zeros_like(b)
    for t in range(1, steps + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / n
        g_w = x.T @ g + l2 * w
        g_b = g.sum(axis=0)
        for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w, b


@dataclass
class Example:
    """The features of one case, and (for training) the label of every row."""

    sentences: list[Sentence]
    sentence_x: Matrix
    numbers: list[tuple[int, Quantity]]
    number_x: Matrix
    sentence_y: dict[str, list[str]]
    number_y: list[str]


def featurise(text: str, embed: Any = None) -> Example:
    """Features of every sentence and every number of ``text``."""
    from ftaudit.retrieve.embedding import get_embedder

    sents = sentences(text)
    texts = [s.text for s in sents]
    emb = (embed or get_embedder().embed)(texts) if texts else np.zeros((0, EMBED_DIMS), np.float32)
    sx = sentence_matrix(texts, emb)
    numbers = [(i, q) for i, s in enumerate(sents) for q in find_quantities(s.text)]
    nx = (np.stack([number_row(q, sents[i].text, emb[i]) for i, q in numbers]) if numbers
          else np.zeros((0, EMBED_DIMS + HASH_DIMS), np.float32))
    return Example(sents, sx, numbers, nx, {}, [])


def _collapse(s: str) -> str:
    return " ".join(s.split())


def _span_in(span: str, sentence: str) -> int:
    """Where ``span`` sits in ``sentence`` (-1 if it does not)."""
    span = _collapse(span)
    if not span:
        return -1
    at = sentence.find(span)
    if at >= 0:
        return at
    if span.find(sentence) >= 0:
        return 0
    head = span[:25]
    return sentence.find(head) if len(head) >= 12 else -1


def label(example: Example, case: GoldCase) -> Example:
    """Attach the gold labels of ``case`` to its features."""
    for field in SENTENCE_HEADS:
        gold = case.facts.get(field)
        ys = [NONE] * len(example.sentences)
        if gold is not None and not gold.from_data:
            for i, s in enumerate(example.sentences):
                if _span_in(gold.span, s.text) >= 0:
                    ys[i] = class_of(field, gold.value)
        example.sentence_y[field] = ys
    ny = [NONE] * len(example.numbers)
    for role in NUMBER_ROLES:
        gold = case.facts.get(role)
        if gold is None or gold.from_data:
            continue
        for k, (i, q) in enumerate(example.numbers):
            text = example.sentences[i].text
            at = _span_in(gold.span, text)
            if at < 0 or not (at <= q.start < at + max(len(_collapse(gold.span)), 1)):
                continue
            value = number_value(role, q, text)
            if value is not None and same_value(role, gold.value, value):
                ny[k] = role
                break
    example.number_y = ny
    return example


@dataclass(frozen=True)
class Reading:
    """A fact value the learned reader proposes, with its confidence and the sentence it rests on."""

    field: str
    value: Any
    confidence: float
    quote: str
    note: str = ""


class LearnedReader:
    """The trained heads, and reading a text with them."""

    def __init__(self, heads: dict[str, Head], thresholds: dict[str, float] | None = None,
                 priors: dict[str, float] | None = None) -> None:
        self.heads = heads
        self.thresholds = dict(thresholds or {})
        self.priors = dict(priors or {})
        """How often the lexicon reader was right, per fact, on the training writers."""

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE) -> LearnedReader:
        """Read weights written by :meth:`save` (plain arrays, never unpickled)."""
        heads = {}
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            for name, spec in meta["heads"].items():
                heads[name] = Head(tuple(spec["classes"]), data[f"{name}.w"].astype(np.float32),
                                   data[f"{name}.b"].astype(np.float32))
        return cls(heads, {k: float(v) for k, v in meta["thresholds"].items()},
                   {k: float(v) for k, v in meta.get("priors", {}).items()})

    def save(self, path: Path = WEIGHTS_FILE) -> None:
        """Write the heads as float16 weights plus a JSON description."""
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, Any] = {}
        heads = {}
        for name, head in self.heads.items():
            arrays[f"{name}.w"] = head.weights.astype(np.float16)
            arrays[f"{name}.b"] = head.bias.astype(np.float32)
            heads[name] = {"classes": list(head.classes)}
        arrays["meta"] = np.array(json.dumps({"heads": heads, "thresholds": self.thresholds,
                                                 "priors": self.priors}))
        with path.open("wb") as handle:
            np.savez_compressed(handle, **arrays)

    def propose(self, example: Example) -> dict[str, Reading]:
        """For each fact, the most probable non-empty reading (whatever its confidence)."""
        out: dict[str, Reading] = {}
        for field in SENTENCE_HEADS:
            head = self.heads.get(field)
            if head is None or not example.sentences:
                continue
            p = head.probabilities(example.sentence_x)
            p[:, head.classes.index(NONE)] = -1.0
            i, c = np.unravel_index(int(np.argmax(p)), p.shape)
            cls = head.classes[int(c)]
            sent = example.sentences[int(i)].text
            if field == "knowledge_change_days":
                value: Any = CHANGE_BUCKETS[cls]
                note = f"changes {cls}"
            else:
                value, note = json.loads(cls), ""
            out[field] = Reading(field, value, float(p[i, c]), sent, note)
        head = self.heads.get("number_role")
        if head is not None and example.numbers:
            p = head.probabilities(example.number_x)
            p[:, head.classes.index(NONE)] = -1.0
            # Each number takes one role: its most probable one; each role its most probable number.
            for kk in np.argsort(-p.max(axis=1), kind="stable"):
                k = int(kk)
                best = int(np.argmax(p[k]))
                role = head.classes[best]
                at, q = example.numbers[k]
                value = number_value(role, q, example.sentences[at].text)
                if role in out or value is None:
                    continue
                out[role] = Reading(role, value, float(p[k, best]), example.sentences[at].text,
                                    f'"{q.text}" read as {role.replace("_", " ")}')
        return out

    def read(self, text: str) -> dict[str, Reading]:
        """Readings of ``text`` (see :meth:`propose`)."""
        return self.propose(featurise(text))

    def threshold(self, field: str) -> float:
        """The confidence a reading of ``field`` needs to count as sure (above 1: never)."""
        return self.thresholds.get(field, 1.01)

    def judge(self, field: str, value: Any, lexicon_value: Any, reading: Reading | None) -> float:
        """Probability that ``value`` is the right reading of ``field``, given both readers' output."""
        head = self.heads.get("combiner")
        x = candidate_features(field, value, lexicon_value, reading, self.priors.get(field, 0.5),
                               self.threshold(field))
        if head is None:
            return float(x[3]) if x[2] else 0.0
        return float(head.probabilities(x[None, :])[0, 1])


COMBINED_FIELDS = tuple(SENTENCE_HEADS) + NUMBER_ROLES
COMBINER_WIDTH = 8 + 3 * len(COMBINED_FIELDS)


def candidate_features(field: str, value: Any, lexicon_value: Any, reading: Reading | None, prior: float,
                       head_threshold: float) -> Matrix:
    """What the combiner knows about one candidate value of a fact: who read it, and how sure each was."""
    from_lex = lexicon_value is not None and same_value(field, lexicon_value, value)
    from_learned = reading is not None and same_value(field, reading.value, value)
    conf = reading.confidence if reading is not None else 0.0
    x = np.zeros(COMBINER_WIDTH, dtype=np.float32)
    x[0] = 1.0
    x[1] = from_lex
    x[2] = from_learned
    x[3] = conf if from_learned else 0.0
    x[4] = conf if reading is not None and not from_learned else 0.0
    x[5] = prior if from_lex else 0.0
    x[6] = from_lex and from_learned
    x[7] = from_learned and conf >= head_threshold
    i = COMBINED_FIELDS.index(field)
    # Per fact: who read the value, and whether both did (agreement is worth more for some facts).
    x[8 + 3 * i] = from_lex
    x[9 + 3 * i] = from_learned
    x[10 + 3 * i] = from_lex and from_learned
    return x


@lru_cache(maxsize=1)
def shipped_reader() -> LearnedReader | None:
    """The reader trained by the project, or ``None`` if its weights are missing or damaged."""
    try:
        return LearnedReader.load()
    except (OSError, ValueError, KeyError):
        return None


def stack(rows: Sequence[Matrix], width: int) -> Matrix:
    """Rows stacked into one matrix (an empty one of ``width`` columns when there are none)."""
    return np.concatenate(rows) if rows else np.zeros((0, width), np.float32)
