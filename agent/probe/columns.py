"""Which columns of a table are the text and which the label, read from the content.

Used only when the inspector cannot tell from the header (``ref,message,routed_to``).  A
label column has few distinct, short values; text columns are long and mostly distinct;
identifier columns are neither.  Among several label-like columns a name that says
"label" wins over one that names a person or a date; the choice is always reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_LABELS = 100
_ID = re.compile(r"(?:^|[_\s-])(?:id|uuid|guid|key|idx|index|no|nr|number|ref)$|^#$|^id[_\s-]", re.I)
_LABEL_HINT = re.compile(r"label|categor|class|type|team|queue|rout|intent|topic|tag|department|dept|status|"
                         r"priority|outcome|sentiment|group|bucket|reason|code|kind|assign", re.I)
_NOT_LABEL = re.compile(r"_by$|\bby\b|agent|review|annotat|author|date|time|created|updated|owner|user|name", re.I)


def label_like(values: Sequence[str]) -> bool:
    """True when ``values`` look like labels: short, from a closed set of 2 to 100."""
    filled = [v for v in values if v]
    if len(filled) < 10:
        return False
    distinct = len(set(filled))
    return (2 <= distinct <= min(MAX_LABELS, max(2, len(filled) // 3))
            and sum(len(v) for v in filled) / len(filled) <= 40)


def _wordy(values: Sequence[str]) -> bool:
    """True when most characters are letters (text, not timestamps, amounts or codes)."""
    sample = "".join(values[:200])
    return bool(sample) and sum(ch.isalpha() for ch in sample) / len(sample) >= 0.5


def infer_columns(rows: Sequence[dict[str, str]]) -> tuple[list[str], str, bool] | None:
    """``(input columns, answer column, whether the answer column's name says it is a label)``
    for ``rows`` (cells as text), or None when unclear.

    The answer is the first label-like column after the last text column (targets sit to the
    right of what they are read from); with none there and two or more text columns, the last
    text column is the answer to the ones before it (a text-to-text table).
    """
    if len(rows) < 10:
        return None
    columns = list(rows[0])
    n = len(rows)
    labels, texts = [], []
    for c in columns:
        filled = [v for v in (r.get(c, "") for r in rows) if v]
        if len(filled) < 0.8 * n:
            continue
        distinct = len(set(filled))
        mean_len = sum(len(v) for v in filled) / len(filled)
        if label_like(filled):
            labels.append(c)
        elif mean_len >= 15 and distinct >= 0.5 * n and not _ID.search(c) and _wordy(filled):
            texts.append(c)
    if not texts:
        return None
    last_text = columns.index(texts[-1])
    after = [c for c in labels if columns.index(c) > last_text and not _NOT_LABEL.search(c)]
    if after:
        return texts, after[0], bool(_LABEL_HINT.search(after[0]))
    if len(texts) >= 2:
        return texts[:-1], texts[-1], False
    hinted = [c for c in labels if _LABEL_HINT.search(c) and not _NOT_LABEL.search(c)]
    plain = [c for c in labels if not _NOT_LABEL.search(c)]
    if hinted:
        return texts, hinted[0], True
    return (texts, plain[-1], False) if plain else None
