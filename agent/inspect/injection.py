"""Text in uploaded data that tries to instruct a model or this auditor: detected, reported, never obeyed.

Uploaded data is only ever measured.  The keyword patterns live in :mod:`ftaudit.read.patterns`
(shared with the description guard); this module is the inspector's name for them.
"""

from __future__ import annotations

from ftaudit.read.patterns import (
    B64_BYTES,
    B64_RUN,
    DESCRIPTIONS,
    GATE_WORDS,
    INVISIBLE,
    WORD_BYTES,
    could_match,
    could_match_ascii,
    scan,
    strip_invisible,
)

__all__ = [
    "B64_BYTES",
    "B64_RUN",
    "DESCRIPTIONS",
    "GATE_WORDS",
    "INVISIBLE",
    "WORD_BYTES",
    "could_match",
    "could_match_ascii",
    "scan",
    "strip_invisible",
]
