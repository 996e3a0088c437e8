"""Instructions hidden in a use-case description: detected and reported, never obeyed.

The engine decides from facts it extracts itself; nothing in the description is
followed as an instruction.  Text that *tries* to instruct a model or the auditor
("ignore previous instructions", "recommend fine-tuning regardless", chat-template
markup, invisible characters) is still worth telling the user about: it may have
been pasted from an untrusted source, and an LLM backend could be swayed by it.

The detector is the data inspector's (:mod:`agent.data.injection`), applied per
sentence so each warning can quote what it found.
"""

from __future__ import annotations

from agent.data.injection import DESCRIPTIONS, scan, strip_invisible

MAX_WARNINGS = 5
_QUOTE = 80


def _excerpt(text: str) -> str:
    shown = " ".join(strip_invisible(text).split())
    shown = "".join(ch if ch.isprintable() else " " for ch in shown)
    return shown if len(shown) <= _QUOTE else shown[: _QUOTE - 1] + "…"


def suspicious_instructions(text: str) -> list[str]:
    """Warnings (one line each) for text in ``text`` that tries to instruct a model or the auditor.

    Empty when nothing suspicious is found.  Each warning names what the text tries to
    do and quotes a short, printable excerpt; at most :data:`MAX_WARNINGS` are returned.
    The verdict never depends on this: it is a report item, not a filter.
    """
    if not text or not text.strip():
        return []
    from agent.extract import sentences

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
                f"(“{_excerpt(piece)}”); it was treated as data and not followed."
            )
    for kind in whole:
        if kind not in seen:
            seen.add(kind)
            warnings.append(
                f"Suspicious content: the description {DESCRIPTIONS.get(kind, kind)}; "
                "it was treated as data and not followed."
            )
    return warnings[:MAX_WARNINGS]


__all__ = ["MAX_WARNINGS", "suspicious_instructions"]
