"""Text as the readers see it: normalised, split into sentences, numbers found.

Normalisation is for *reading* only (features, cues); quotes in facts stay verbatim
slices of what the user wrote, so :func:`normalise` never feeds a quote.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters, soft hyphen, bidi controls and the BOM: invisible, and used to
# split a word so that no cue matches it.
INVISIBLE_CHARS = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
                   "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0")
"""The body of a character class: what renders as nothing (also :mod:`ftaudit.read.skeleton`'s)."""
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
CONTROL = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|[@-Z\\-_])|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Terminal escape sequences (CSI and two-character escapes), then the other control characters
but tab, newline and CR."""


def blank_controls(text: str) -> str:
    """Control characters and terminal escapes as spaces, CR line ends as newlines; same length,
    so quotes taken from the result are still at the same offsets."""
    text = CONTROL.sub(lambda m: " " * len(m.group(0)), text)
    return text.replace("\r\n", " \n").replace("\r", "\n")


def normalise(text: str) -> str:
    """NFKC, invisible characters removed, control characters and terminal escapes as spaces."""
    text = _INVISIBLE.sub("", text)
    text = CONTROL.sub(" ", text)
    return unicodedata.normalize("NFKC", text)
