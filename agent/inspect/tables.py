"""Tables (CSV, TSV, XLSX, Parquet, JSON records with other keys) as training examples.

A table becomes examples when one column can be read as the prompt and one as
the answer (label).  Identifier columns are ignored; the choice is reported.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.schema import Example, check_chat, pair_example
from ftaudit.inspect.tokens import TokenCounter

PROMPT_NAMES = (
    "prompt",
    "input",
    "question",
    "query",
    "text",
    "instruction",
    "message",
    "ticket",
    "description",
    "body",
    "content",
    "claim",
    "review",
    "email",
    "request",
    "utterance",
    "sentence",
    "document",
    "context",
    "source",
    "complaint",
    "note",
    "comment",
    "issue",
    "problem",
    "title",
    "subject",
)
ANSWER_NAMES = (
    "completion",
    "output",
    "response",
    "answer",
    "label",
    "category",
    "class",
    "target",
    "intent",
    "reply",
    "summary",
    "result",
    "tag",
    "sentiment",
    "gold",
    "expected",
    "classification",
    "topic",
    "y",
    "resolution",
    "outcome",
    "rating",
)
LABEL_NAMES = frozenset(
    {
        "label",
        "category",
        "class",
        "target",
        "intent",
        "tag",
        "sentiment",
        "classification",
        "topic",
        "y",
        "rating",
        "outcome",
    }
)
_ID = re.compile(
    r"(?:^|[_\s-])(?:id|uuid|guid|key|idx|index|no|nr|number|ref)$|^#$|^id[_\s-]", re.I
)


@dataclass(frozen=True)
class ColumnMap:
    """Which column is the prompt and which the answer; ``chat`` when a messages column exists."""

    prompt: str | None
    answer: str | None
    chat: str | None = None
    ignored: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        """True when rows can become examples."""
        return self.chat is not None or (self.prompt is not None and self.answer is not None)


def _pick(columns: list[str], names: tuple[str, ...], taken: set[str]) -> str | None:
    low = {c: c.lower().strip().replace(" ", "_") for c in columns if c not in taken}
    for n in names:
        for c, lc in low.items():
            if lc == n:
                return c
    for n in names:
        if len(n) < 3:
            continue
        for c, lc in low.items():
            if (lc.startswith(n) or lc.endswith(n)) and not _ID.search(c):
                return c
    return None


def map_columns(columns: list[str]) -> ColumnMap:
    """Choose prompt and answer columns from a header."""
    cols = [c for c in columns if c]
    lower = {c.lower(): c for c in cols}
    if "messages" in lower:
        return ColumnMap(
            None,
            None,
            chat=lower["messages"],
            ignored=tuple(c for c in cols if c != lower["messages"]),
        )
    ids = {c for c in cols if _ID.search(c)}
    taken = set(ids)
    answer = _pick(cols, ANSWER_NAMES, taken)
    if answer:
        taken.add(answer)
    prompt = _pick(cols, PROMPT_NAMES, taken)
    rest = [c for c in cols if c not in ids and c not in (prompt, answer)]
    if prompt is None and answer is not None and len(rest) == 1:
        prompt = rest[0]
    elif prompt is None and answer is None and len(rest) == 2:
        prompt, answer = rest
    ignored = tuple(c for c in cols if c not in (prompt, answer))
    return ColumnMap(prompt, answer, ignored=ignored)


def cell_text(v: Any) -> str:
    """A cell as text (numbers without a spurious ``.0``)."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, dict | list):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)


def formula_like(v: str) -> bool:
    """True when a spreadsheet would treat the cell as a formula (OWASP / CWE-1236)."""
    if not v:
        return False
    c = v[0]
    if c in "=@\t\r":
        return True
    if c in "+-" and len(v) > 1:
        nxt = v[1]
        return not (nxt.isdigit() or nxt.isspace() or nxt in ".-+")
    return False


def row_example(
    rec: dict[str, Any], line: int, cmap: ColumnMap, sink: FindingSink, tc: TokenCounter
) -> Example | None:
    """One table row as an example, or None (with a finding) when it cannot be one."""
    if cmap.chat is not None:
        raw = rec.get(cmap.chat)
        if isinstance(raw, str):
            try:
                raw = json.loads(raw)
            except ValueError:
                sink.add("error", "invalid_json", "the messages cell is not valid JSON", line)
                return None
        return check_chat({"messages": raw}, line, sink, tc)
    assert cmap.prompt is not None and cmap.answer is not None
    prompt = cell_text(rec.get(cmap.prompt))
    answer = cell_text(rec.get(cmap.answer))
    ok = True
    if not prompt:
        sink.add("error", "missing_prompt", f"the {cmap.prompt!r} cell is empty", line)
        ok = False
    if not answer:
        label = cmap.answer.lower().strip().replace(" ", "_") in LABEL_NAMES
        code = "missing_label" if label else "missing_answer"
        sink.add("error", code, f"the {cmap.answer!r} cell is empty; the row cannot be used", line)
        ok = False
    if not ok:
        return None
    return pair_example(line, prompt, answer, tc)
