"""Instructions hidden in a use-case description: detected and reported, never obeyed.

The engine decides from facts it extracts itself; nothing in the description is
followed as an instruction.  Text that *tries* to instruct a model or the auditor is
blanked before anything reads facts from it, and reported: it may have been pasted from
an untrusted source, and an LLM backend could be swayed by it.  Three layers:

- text a rendered document hides (HTML comments, Markdown link-reference definitions and
  link titles, ``<system>``-style tags, elements styled invisible) is never read, and is
  reported when it says anything;
- a ``# System`` or ``## Instructions`` section that gives orders is dropped whole;
- every sentence is tested by :func:`ftaudit.read.instructions.instruction_kind` (orders
  addressed to the tool, counterfactual framings, dictated verdicts, orders in another
  language, all on the obfuscation-proof skeleton) and by the data inspector's patterns
  (:mod:`ftaudit.inspect.injection`: "ignore previous instructions", chat templates,
  invisible characters, base64).

A plain statement of a fact stays a fact, however politely it is addressed: "Dear
auditor, we have about 3,000 labelled tickets" is read, not blanked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ftaudit.inspect.injection import DESCRIPTIONS as PATTERN_DESCRIPTIONS
from ftaudit.inspect.injection import INVISIBLE, scan, strip_invisible
from ftaudit.read.instructions import DESCRIPTIONS as INSTRUCTION_DESCRIPTIONS
from ftaudit.read.instructions import gives_orders, instruction_kind
from ftaudit.read.lexicon import sentences
from ftaudit.read.skeleton import skeleton

MAX_WARNINGS = 5
_QUOTE = 80
DESCRIPTIONS = {**PATTERN_DESCRIPTIONS, **INSTRUCTION_DESCRIPTIONS}

_TEMPLATES = re.compile(
    r"<\|im_start\|>.*?(?:<\|im_end\|>|\Z)|\[INST\].*?(?:\[/INST\]|\Z)|<<SYS>>.*?(?:<</SYS>>|\Z)",
    re.S | re.I,
)
"""Chat templates: everything inside is dropped, not only the flagged line."""
_ROLE_TAGS = re.compile(
    r"<\s*(system|instructions?|assistant|admin|developer|prompt|sys|override|hidden|secret|context|rules|"
    r"directive|config)\b[^>]*>.*?(?:<\s*/\s*\1\s*>|\Z)",
    re.S | re.I,
)
_HIDDEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # HTML comments
    r"|(?m:^[ ]{0,3}\[[^\]\n]{1,200}\]:[ \t]*(?:<[^>\n]*>|\S+)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?"
    r"[ \t]*$)"  # Markdown link-reference definitions ("[comment]: <> (...)", "[//]: # (...)")
    r"|<(\w+)[^>]*(?:\bhidden\b|display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0)[^>]*>.*?"
    r"(?:</\1\s*>|\Z)",  # elements styled invisible
    re.S | re.I,
)
_LINK_TITLE = re.compile(r"\[[^\]\n]*\]\([^)\s]*\s+(\"[^\"\n]*\"|'[^'\n]*')\s*\)")
_ROLE_HEADING = re.compile(
    r"(?im)^[ ]{0,3}#{1,6}[ \t]*(?:\*\*)?(?:system|instructions?|prompt|assistant|developer|admin|override|"
    r"directive|model|ai|llm)(?:[ \t]+(?:prompt|message|note|notes|instructions?|override|directive|update|rules))?"
    r"(?:\*\*)?[ \t]*:?[ \t]*\n(?P<body>(?:[ \t]*\S[^\n]*(?:\n|\Z))*)"
)
"""A "# System" or "## Instructions" heading and the paragraph under it."""
_REAL_TEMPLATE = re.compile(r"<\||\[/?inst\]|<<sys>>", re.I)


@dataclass(frozen=True)
class Finding:
    """Text that tries to instruct a model: where it is, what kind, and whether it is shown."""

    start: int
    end: int
    kind: str | None
    """``None`` for hidden text that says nothing worth reporting (an empty comment)."""


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", text))


def _hidden_kind(content: str) -> str:
    return instruction_kind(content) or (scan(content) or ["hidden_text"])[0]


def _blocks(text: str) -> Iterator[Finding]:
    """Templates, role tags, hidden text and role sections: dropped whole."""
    for m in _TEMPLATES.finditer(text):
        yield Finding(m.start(), m.end(), "fake_chat_markup")
    for m in _ROLE_TAGS.finditer(text):
        yield Finding(m.start(), m.end(), "role_markup")
    for m in _HIDDEN.finditer(text):
        yield Finding(m.start(), m.end(), _hidden_kind(m.group(0)) if _words(m.group(0)) >= 3 else None)
    for m in _LINK_TITLE.finditer(text):
        title = m.group(1)
        yield Finding(m.start(1), m.end(1), _hidden_kind(title) if _words(title) >= 3 else None)
    for m in _ROLE_HEADING.finditer(text):
        body = m.group("body")
        if any(gives_orders(skeleton(s.text)) or instruction_kind(s.text) for s in sentences(body)):
            yield Finding(m.start(), m.end(), "role_markup")


def _sentence_kinds(sentence: str) -> list[str]:
    kinds: list[str] = []
    found = instruction_kind(sentence)
    for kind in [*scan(sentence), *scan(skeleton(sentence))]:
        # "System:" or "Assistant:" opening a line is a role marker only when orders follow (an
        # honest YAML spec may say "system: nightly batch classifier"); real chat templates always.
        if kind == "fake_chat_markup" and not found and not _REAL_TEMPLATE.search(sentence):
            continue
        if kind not in kinds:
            kinds.append(kind)
    if found and found not in kinds:
        kinds.append(found)
    return kinds


def findings(text: str) -> list[Finding]:
    """Every part of ``text`` that instructs a model or hides text, in order of position."""
    if not text or not text.strip():
        return []
    out = list(_blocks(text))
    chars = list(text)
    for f in out:
        chars[f.start:f.end] = [c if c in "\n\r" else " " for c in chars[f.start:f.end]]
    rest = "".join(chars)
    for sent in sentences(rest):
        kinds = _sentence_kinds(sent.text)
        if kinds:
            out.extend(Finding(sent.start, _sentence_end(rest, sent.start, sent.text), k) for k in kinds)
    whole = scan(text)
    if "invisible_characters" in whole or "encoded_instructions" in whole:
        shown = {f.kind for f in out}
        out.extend(Finding(0, 0, k) for k in whole if k not in shown and k in
                   ("invisible_characters", "encoded_instructions"))
    return sorted(out, key=lambda f: (f.start, f.end))


def _sentence_end(text: str, start: int, words_text: str) -> int:
    """Where a sentence ends in ``text``: its words may have been re-spaced, so walk them."""
    end = start
    for word in words_text.split():
        j = text.find(word, end)
        if j < 0:
            break
        end = j + len(word)
    return end


def _excerpt(text: str) -> str:
    shown = " ".join(strip_invisible(text).split())
    shown = "".join(ch if ch.isprintable() else " " for ch in shown)
    shown = shown.replace("://", "[:]//")  # a quoted link must not be live in any renderer
    return shown if len(shown) <= _QUOTE else shown[: _QUOTE - 1] + "…"


def suspicious_instructions(text: str) -> list[str]:
    """Warnings (one line each) for text in ``text`` that tries to instruct a model or the auditor.

    Empty when nothing suspicious is found.  Each warning names what the text tries to
    do and quotes a short, printable excerpt; at most :data:`MAX_WARNINGS` are returned.
    The verdict never depends on this: the same findings are blanked before facts are read.
    """
    warnings: list[str] = []
    seen: set[str] = set()
    for f in findings(text):
        if f.kind is None or f.kind in seen:
            continue
        seen.add(f.kind)
        what = DESCRIPTIONS.get(f.kind, f.kind)
        if f.end > f.start:
            warnings.append(f"Suspicious content: the description {what} "
                            f"(“{_excerpt(text[f.start:f.end])}”); it was not followed and not used as a fact.")
        else:
            warnings.append(f"Suspicious content: the description {what}; it was not followed.")
    return warnings[:MAX_WARNINGS]


def without_suspicious(text: str) -> str:
    """``text`` with every part that instructs a model, and all hidden text, blanked out.

    Flagged sentences, chat-template blocks, role sections and tags, comments and link
    definitions become spaces of the same length, so offsets — and the verbatim quotes the
    reader takes from the other sentences — are unchanged; invisible characters (Unicode
    tags, zero-width, bidi overrides) are blanked the same way.  Read facts from the
    result: "we have two million labelled examples" inside an injected instruction is not a
    fact about the use case.  Unchanged when nothing is suspicious or hidden.
    """
    if not text:
        return text
    found = findings(text)
    if not found and text.isascii():
        return text
    chars = list(text)
    for f in found:
        for i in range(max(0, f.start), min(len(chars), f.end)):
            if chars[i] not in "\n\r":
                chars[i] = " "
    return strip_invisible_same_length("".join(chars))


def strip_invisible_same_length(text: str) -> str:
    """Invisible characters replaced by spaces (same length, unlike ``strip_invisible``)."""
    if text.isascii():
        return text
    return INVISIBLE.sub(lambda m: " " * len(m.group()), text)


__all__ = ["MAX_WARNINGS", "Finding", "findings", "suspicious_instructions", "without_suspicious"]
