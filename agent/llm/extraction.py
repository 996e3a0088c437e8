"""Check the model's facts against the text and merge them with the offline extractor's.

A model fact survives only if its field is known, its value has the field's type
and its quote is in the text verbatim (whitespace aside: descriptions are often
hard-wrapped).  Where the offline extractor found the same field, the offline
fact is kept: the model cannot override it, only agree or ask.  A disagreement
becomes a confirmation question for the interview.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from ftaudit.facts import FACT_FIELDS, Fact
from ftaudit.llm.prompts import ExtractedFact

MIN_QUOTE_CHARS = 3


@dataclass(frozen=True)
class Conflict:
    """The model and the offline extractor read the same field differently."""

    field: str
    offline: Fact
    model: Fact
    question: str


@dataclass
class Checked:
    """Result of checking one extraction."""

    facts: list[Fact]
    """Every offline fact, plus model facts for fields the offline extractor missed."""
    conflicts: list[Conflict]
    dropped: list[str]
    """Why each rejected model fact was rejected."""
    agreed: int = 0


def find_verbatim(quote: str, text: str) -> str | None:
    """The span of ``text`` that ``quote`` copies (whitespace runs may differ), or None."""
    words = quote.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    return m.group(0) if m else None


def _to_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        v = value.strip().lower()
        if v in {"true", "yes", "y", "1"}:
            return True
        if v in {"false", "no", "n", "0"}:
            return False
    return None


def _to_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        cleaned = value.strip().replace(",", "").replace("_", "")
        m = re.fullmatch(r"([0-9]*\.?[0-9]+)\s*([kKmM]?)", cleaned)
        if not m:
            return None
        number = float(m.group(1)) * {"": 1, "k": 1e3, "m": 1e6}[m.group(2).lower()]
    else:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def coerce(field: str, value: Any) -> Any:
    """``value`` as the type ``field`` needs, or None if it cannot be."""
    spec = FACT_FIELDS[field]
    if spec.kind == "bool":
        return _to_bool(value)
    if spec.kind == "number":
        number = _to_number(value)
        if number is None:
            return None
        if field == "accuracy_target" and 0 < number <= 1:
            number *= 100
        if field == "accuracy_target" and number > 100:
            return None
        return round(number) if field == "labelled_examples" else number
    if spec.kind == "choice":
        if not isinstance(value, str):
            return None
        v = re.sub(r"[\s-]+", "_", value.strip().lower())
        return v if v in spec.choices else None
    if isinstance(value, str) and value.strip():
        return value.strip()[:80]
    return None


def agrees(field: str, a: Any, b: Any) -> bool:
    """True when two readings of ``field`` amount to the same thing."""
    kind = FACT_FIELDS[field].kind
    if kind == "number":
        try:
            x, y = float(a), float(b)
        except (TypeError, ValueError):
            return False
        return abs(x - y) <= 0.1 * max(abs(x), abs(y)) or (x == y == 0)
    if kind == "text":
        sa, sb = str(a).casefold(), str(b).casefold()
        return sa in sb or sb in sa
    return bool(a == b)


def show(field: str, value: Any) -> str:
    """A value as words, for questions."""
    spec = FACT_FIELDS[field]
    if spec.kind == "bool":
        return "yes" if value else "no"
    if spec.kind == "number":
        return (
            f"{float(value):,.0f} {spec.unit}".strip() if float(value) >= 1 else f"{float(value):g} {spec.unit}".strip()
        )
    return str(value).replace("_", " ")


def confirmation_question(field: str, offline: Fact, model: Fact) -> str:
    """The interview question that settles a disagreement."""
    subject = FACT_FIELDS[field].description.rstrip(".")
    quote = (model.quote or offline.quote or "")[:160]
    return (
        f'About "{quote}": {subject[0].lower()}{subject[1:]}: is it {show(field, model.value)} '
        f"or {show(field, offline.value)}?"
    )


def check(text: str, proposed: list[ExtractedFact], offline: list[Fact]) -> Checked:
    """Validate the model's facts against ``text`` and merge them with ``offline``."""
    by_field = {f.field: f for f in offline}
    merged = list(offline)
    conflicts: list[Conflict] = []
    dropped: list[str] = []
    agreed = 0
    seen: set[str] = set()
    for item in proposed:
        if item.field not in FACT_FIELDS:
            dropped.append(f"unknown field {item.field[:40]!r}")
            continue
        if item.field in seen:
            dropped.append(f"{item.field}: stated twice")
            continue
        value = coerce(item.field, item.value)
        if value is None:
            dropped.append(
                f"{item.field}: value {str(item.value)[:40]!r} is not a valid {FACT_FIELDS[item.field].kind}"
            )
            continue
        span = (
            find_verbatim(item.quote, text)
            if len(item.quote.strip()) >= MIN_QUOTE_CHARS or item.quote.strip() == text.strip()
            else None
        )
        if span is None:
            dropped.append(f"{item.field}: quote not in the text: {item.quote[:60]!r}")
            continue
        seen.add(item.field)
        fact = Fact(field=item.field, value=value, source="llm", quote=span[:300], note="model extraction")
        old = by_field.get(item.field)
        if old is None:
            merged.append(fact)
        elif agrees(item.field, old.value, value):
            agreed += 1
        else:
            conflicts.append(Conflict(item.field, old, fact, confirmation_question(item.field, old, fact)))
    return Checked(merged, conflicts, dropped, agreed)
