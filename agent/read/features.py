"""Features the learned reader sees: a sentence's meaning and its words, a number's context.

Two views of a sentence are concatenated: its all-MiniLM-L6-v2 embedding (meaning, so
that "auto-sort each message into one of 12 buckets" lands near "classify tickets") and
hashed word uni- and bigrams (exact wording, negation, units).  A number mention adds
the words on either side of it, its unit's shape (%, currency, time unit, "-page",
"one in N", a period) and its magnitude.  Everything is deterministic: the hash is
CRC-32, and the embedding is the shipped model's.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from ftaudit.read.quantities import Quantity
from ftaudit.read.text import normalise

HASH_DIMS = 4096
EMBED_DIMS = 384
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|[%$€£¥/]")
_NEG = frozenset(["no", "not", "never", "without", "none", "nothing", "nobody", "don't", "doesn't", "didn't", "isn't", "aren't", "won't", "can't", "cannot", "haven't", "hasn't", "zero", "lack", "lacks"])

Matrix = npt.NDArray[np.float32]


def _bucket(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) % HASH_DIMS


def words(text: str) -> list[str]:
    """Lower-case word tokens, numbers reduced to their shape ("2,300" -> "0,0")."""
    out = []
    for w in _WORD.findall(normalise(text).lower()):
        out.append(re.sub(r"\d+", "0", w) if w[0].isdigit() else w)
    return out


def bag(tokens: Sequence[str], prefix: str = "") -> dict[int, float]:
    """Hashed unigrams and bigrams (with a marker for words after a negation), L2-normalised."""
    counts: dict[int, float] = {}
    negated = False
    for i, w in enumerate(tokens):
        feats = [prefix + w]
        if i:
            feats.append(f"{prefix}{tokens[i - 1]}_{w}")
        if negated:
            feats.append(f"{prefix}NEG_{w}")
        if w in _NEG:
            negated = True
        for f in feats:
            b = _bucket(f)
            counts[b] = counts.get(b, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


def sentence_matrix(sentences: Sequence[str], embeddings: Matrix) -> Matrix:
    """One row per sentence: ``[embedding | hashed words]``."""
    out = np.zeros((len(sentences), EMBED_DIMS + HASH_DIMS), dtype=np.float32)
    out[:, :EMBED_DIMS] = embeddings
    for i, s in enumerate(sentences):
        for k, v in bag(words(s)).items():
            out[i, EMBED_DIMS + k] = v
    return out


_UNIT_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pct", re.compile(r"^\s*(?:%|per\s?cent)")),
    ("money_after", re.compile(r"^\s*(?:k|m|bn)?\s*(?:euros?|eur|dollars?|usd|pounds?|gbp|chf|rupees?)\b", re.I)),
    ("ms", re.compile(r"^\s*(?:ms|msec|milliseconds?)\b", re.I)),
    ("sec", re.compile(r"^\s*(?:s|secs?|seconds?)\b", re.I)),
    ("minutes", re.compile(r"^\s*(?:mins?|minutes?)\b", re.I)),
    ("hours_days", re.compile(r"^\s*(?:hours?|hrs?|days?|weeks?|months?|years?|yrs?)\b", re.I)),
    ("page", re.compile(r"^\s*-?\s*pages?\b", re.I)),
    ("token", re.compile(r"^\s*-?\s*tokens?\b", re.I)),
    ("word", re.compile(r"^\s*-?\s*words?\b", re.I)),
    ("people", re.compile(r"^\s*(?:\w+\s+)?(?:people|staff|agents|engineers|analysts|employees|users|"
                          r"customers|members|nurses|doctors|lawyers|reviewers|annotators|fte)\b", re.I)),
    ("range_to", re.compile(r"^\s*(?:to|-|–)\s*\d", re.I)),
    ("in_every", re.compile(r"^\s*(?:in|out of)\s+(?:every\s+)?\w+", re.I)),
)
_BEFORE_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("money_before", re.compile(r"(?:[$€£¥]|\b(?:usd|eur|gbp|chf))\s*~?$", re.I)),
    ("one_in", re.compile(r"\b(?:one|1)\s+(?:in|out of)\s+(?:every\s+)?$", re.I)),
    ("range_from", re.compile(r"\d\s*(?:to|-|–)\s*$")),
    ("approx", re.compile(r"\b(?:about|around|roughly|approx\w*|~|nearly|almost|over|under|some)\s*$", re.I)),
    ("since", re.compile(r"\b(?:since|in|from|until|by)\s*$", re.I)),
)


def number_bag(q: Quantity, sentence: str) -> dict[int, float]:
    """Hashed context of one number in its sentence (``q`` offsets are into ``sentence``)."""
    left = words(sentence[max(0, q.start - 80) : q.start])[-5:]
    right = words(sentence[q.end : q.end + 80])[:5]
    before, after = sentence[max(0, q.start - 40) : q.start], sentence[q.end : q.end + 40]
    feats = [f"L_{w}" for w in left] + [f"R_{w}" for w in right]
    feats += [f"L1_{left[-1]}" if left else "L1_^", f"R1_{right[0]}" if right else "R1_$"]
    feats += [f"R12_{'_'.join(right[:2])}"]
    feats += [f"shape_{name}" for name, rx in _UNIT_SHAPES if rx.search(after)]
    feats += [f"shape_{name}" for name, rx in _BEFORE_SHAPES if rx.search(before)]
    feats.append(f"mag_{min(int(math.log10(q.value)) if q.value >= 1 else -1, 9)}")
    if q.period_days is not None:
        feats.append("has_period")
        feats.append(f"period_{round(math.log(q.period_days + 1e-9), 0)}")
    if q.vague:
        feats.append("vague")
    if q.text[:1].isalpha():
        feats.append("in_words")
    if any(w in _NEG for w in left):
        feats.append("neg_left")
    counts: dict[int, float] = {}
    for f in feats:
        b = _bucket("num:" + f)
        counts[b] = counts.get(b, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


def number_row(q: Quantity, sentence: str, embedding: Matrix) -> Matrix:
    """One row for a number: its sentence's embedding, then its hashed context."""
    row = np.zeros(EMBED_DIMS + HASH_DIMS, dtype=np.float32)
    row[:EMBED_DIMS] = embedding
    for k, v in number_bag(q, sentence).items():
        row[EMBED_DIMS + k] = v
    return row
