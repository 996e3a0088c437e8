"""Instructions hidden in a use-case description: detected and reported, never obeyed.

The engine decides from facts it extracts itself; nothing in the description is
followed as an instruction.  Text that *tries* to instruct a model or the auditor
("ignore previous instructions", "recommend fine-tuning regardless", chat-template
markup, invisible characters) is still worth telling the user about: it may have
been pasted from an untrusted source, and an LLM backend could be swayed by it.

The detector is the data inspector's (:mod:`ftaudit.inspect.injection`), applied per
sentence so each warning can quote what it found.
"""

from __future__ import annotations

import re

from ftaudit.inspect.injection import _INVISIBLE, DESCRIPTIONS, scan, strip_invisible

MAX_WARNINGS = 5
_QUOTE = 80
_BLOCKS = re.compile(
    r"<!--.*?(?:-->|\Z)|<\|im_start\|>.*?(?:<\|im_end\|>|\Z)|\[INST\].*?(?:\[/INST\]|\Z)|<<SYS>>.*?(?:<</SYS>>|\Z)",
    re.S | re.I,
)
"""Markup that wraps instructions for a model: everything inside is dropped, not only the flagged line."""


def _excerpt(text: str) -> str:
    shown = " ".join(strip_invisible(text).split())
    shown = "".join(ch if ch.isprintable() else " " for ch in shown)
    shown = shown.replace("://", "[:]//")  # a quoted link must not be live in any renderer
    return shown if len(shown) <= _QUOTE else shown[: _QUOTE - 1] + "…"


def suspicious_instructions(text: str) -> list[str]:
    """Warnings (one line each) for text in ``text`` that tries to instruct a model or the auditor.

    Empty when nothing suspicious is found.  Each warning names what the text tries to
    do and quotes a short, printable excerpt; at most :data:`MAX_WARNINGS` are returned.
    The verdict never depends on this: it is a report item, not a filter.
    """
    if not text or not text.strip():
        return []
    from ftaudit.read.lexicon import sentences

    warnings: list[str] = []
    seen: set[str] = set()
    # Whole-text patterns (invisible characters, base64, markup spanning lines) first.
    whole = scan(text)
    pieces = [s.text for s in sentences(text)] or [text]
    per_piece: list[tuple[str, list[str]]] = [(p, scan(p)) for p in pieces]
    for piece, kinds in per_piece:
        for kind in kinds:
            if kind in seen:
                continue
            seen.add(kind)
            warnings.append(
                f"Suspicious content: the description {DESCRIPTIONS.get(kind, kind)} "
                f"(“{_excerpt(piece)}”); it was not followed and not used as a fact."
            )
    for kind in whole:
        if kind not in seen:
            seen.add(kind)
            warnings.append(
                f"Suspicious content: the description {DESCRIPTIONS.get(kind, kind)}; "
                "it was not followed."
            )
    return warnings[:MAX_WARNINGS]


def without_suspicious(text: str) -> str:
    """``text`` with every sentence that tries to instruct a model blanked out.

    Flagged sentences, chat-template blocks (``<|im_start|>…<|im_end|>``, ``[INST]…[/INST]``)
    and HTML comments become spaces of the same length, so offsets — and the verbatim
    quotes the extractor takes from the other sentences — are unchanged; invisible
    characters (Unicode tags, zero-width, bidi overrides) are blanked the same way.
    Extract facts from the result: "we have two million labelled examples" inside an
    injected instruction is not a fact about the use case.  Unchanged when nothing is
    suspicious.
    """
    if not text:
        return text
    from ftaudit.read.lexicon import _unwrap, sentences

    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(max(0, start), min(len(chars), end)):
            if chars[i] not in "\n\r":
                chars[i] = " "

    for m in _BLOCKS.finditer(text):
        blank(m.start(), m.end())
    # Sentences are split after the blocks and invisible characters are gone, so a comment
    # or a tag run never glues itself to the sentence next to it.
    first = strip_invisible_same_length("".join(chars))
    chars = list(first)
    flat = _unwrap(first)
    for sent in sentences(first):
        if scan(sent.text):
            # The sentence's span in the text: its words may be re-spaced, so walk to its end.
            start = sent.start
            end, seen = start, 0
            words = sent.text.split()
            while end < len(flat) and seen < len(words):
                j = flat.find(words[seen], end)
                if j < 0:
                    break
                end = j + len(words[seen])
                seen += 1
            blank(start, end)
    return "".join(chars)


def strip_invisible_same_length(text: str) -> str:
    """Invisible characters replaced by spaces (same length, unlike ``strip_invisible``)."""
    if text.isascii():
        return text
    return _INVISIBLE.sub(lambda m: " " * len(m.group()), text)


__all__ = ["MAX_WARNINGS", "suspicious_instructions", "without_suspicious"]
