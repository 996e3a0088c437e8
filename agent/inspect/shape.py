"""Answer-level signals: quality problems, structure (template / JSON keys), novelty.

*Novelty* is the knowledge-versus-behaviour signal: the share of an answer's
"facts" (numbers, identifiers, proper names) that do not occur in its prompt.
Answers that mostly restate or reshape their prompt teach behaviour; answers
full of facts from elsewhere teach knowledge, which research finds fine-tuning
learns poorly and which raises hallucination (Gekhman et al. 2024).
"""

from __future__ import annotations

import json
import re

PLACEHOLDERS = frozenset(
    {
        "",
        "n/a",
        "na",
        "none",
        "null",
        "nil",
        "todo",
        "tbd",
        "tba",
        "xxx",
        "x",
        "-",
        "--",
        "...",
        "…",
        "?",
        "??",
        "???",
        "lorem ipsum",
        "placeholder",
        "fill me",
        "fill in",
        "answer",
        "test",
        "asdf",
        "undefined",
        "nan",
        "to do",
        "fixme",
        "pending",
        "<answer>",
        "[answer]",
        "tk",
    }
)
_REFUSAL = re.compile(
    r"^\W*(?:i'?m sorry,? but i (?:can(?:no|')t|am unable)|i (?:can(?:no|')t|am unable to|won'?t) "
    r"(?:help|assist|provide|comply|do that)|as an ai(?: language model)?,? i|i'?m (?:not able|unable) "
    r"to (?:help|assist|provide)|sorry,? (?:i|but i) can(?:no|')t)",
    re.I,
)
_FACT = re.compile(
    r"\b(?=[A-Za-z0-9])(?:[A-Za-z]*+\d[\w./:-]*\w|\d+\b|(?<=[a-z,;(] )[A-Z][\w-]+(?: [A-Z][\w-]+)*|"
    r"[A-Z]{2,}\b)"
)
"""Identifiers with a digit, numbers, mid-sentence proper names, acronyms.  Every
alternative starts at a word boundary before an ASCII letter or digit; checking that
once up front (and not backtracking into the letters) makes it ~2.5x faster."""
_DIGIT_RUN = re.compile(r"\d+")
_LINE_HEAD = re.compile(r"^\s*(\S{1,24})")


_DROP = {i: None for i in range(128) if not chr(i).isalnum()}
_ASCII_LOWER = bytes(ord(chr(i).lower()) if i < 128 else i for i in range(256))
_ASCII_DROP = bytes(i for i in range(128) if not chr(i).isalnum())


def norm_key(text: str) -> bytes:
    """The near-duplicate key of ``text``: lower case, without punctuation or whitespace.

    Two texts get the same key exactly when they differ only in case, spacing and ASCII
    punctuation.  For ASCII text this is one ``bytes.translate`` call.
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LOWER, _ASCII_DROP)
    return "".join(text.lower().translate(_DROP).split()).encode("utf-8", "surrogatepass")


def answer_quality(
    answer: str, prompt_user: str, keys: tuple[bytes, bytes] | None = None
) -> str | None:
    """A quality problem code for an answer, or None.

    ``keys`` are ``(norm_key(answer), norm_key(prompt_user))`` when the caller has them.
    """
    a = answer.strip()
    if not a:
        return "empty_answer"
    if len(a) <= 24 and a.lower().strip(".!:;") in PLACEHOLDERS:
        return "placeholder_answer"
    if _REFUSAL.match(a):
        return "refusal_answer"
    if (
        len(a) > 20
        and prompt_user
        and (keys[0] == keys[1] if keys else norm_key(a) == norm_key(prompt_user))
    ):
        return "answer_repeats_prompt"
    if len(a) > 200:
        lines = a.splitlines()
        if len(lines) >= 6:
            lines = [s for s in (ln.strip() for ln in lines) if s]
            if len(lines) >= 6 and len(set(lines)) * 3 <= len(lines):
                return "degenerate_repetition"
    return None


def json_keys(answer: str) -> frozenset[str] | None:
    """The top-level key set of an answer that is a JSON object (or array of objects)."""
    s = answer.strip()
    if not s or s[0] not in "{[":
        if s.startswith("```"):
            s = s.strip("`").removeprefix("json").strip()
            if not s or s[0] not in "{[":
                return None
        else:
            return None
    try:
        v = json.loads(s)
    except (ValueError, RecursionError):
        return None
    if isinstance(v, dict):
        return frozenset(v)
    if isinstance(v, list) and v and all(isinstance(x, dict) for x in v[:20]):
        keys: set[str] = set()
        for x in v[:20]:
            keys.update(x)
        return frozenset(keys)
    if isinstance(v, list):
        return frozenset({"<list>"})
    return None


def template_signature(answer: str) -> str:
    """A coarse structural signature: the first word of each line, digits as ``#``.

    Line heads that are not a number, heading, bullet or ``label:`` all become ``w``.
    """
    heads: list[str] = []
    for line in answer.splitlines()[:16]:
        m = _LINE_HEAD.match(line)
        if m is None:
            continue
        head = m.group(1)
        c = head[0]
        if c == "#" or c in "-*•" or c.isdecimal() or head.endswith(":"):
            heads.append(_DIGIT_RUN.sub("#", head.lower()))
        else:
            heads.append("w")
    return "|".join(heads)


def answer_facts(answer: str) -> list[str]:
    """Numbers, identifiers and mid-sentence proper names in an answer."""
    out: list[str] = []
    for m in _FACT.finditer(answer):
        tok = m.group()
        if tok.isdigit() and len(tok) == 1:
            continue  # list markers and small counts
        out.append(tok)
    return out


def novelty(answer: str, prompt: str) -> tuple[int, int, list[str]]:
    """``(facts, facts absent from the prompt, the absent ones)`` for one example."""
    facts = answer_facts(answer)
    if not facts:
        return 0, 0, []
    low = prompt.lower()
    novel = [f for f in facts if f.lower() not in low]
    return len(facts), len(novel), novel
