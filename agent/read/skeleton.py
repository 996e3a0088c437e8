"""A sentence's *skeleton*: the letters a reader sees, whatever characters spell them.

Obfuscation hides an instruction from a pattern without hiding it from a model: a Cyrillic
"а" inside "lаbelled", a zero-width space or soft hyphen inside "ig\u200bnore", full-width
letters, "i g n o r e", "1gn0re".  The skeleton undoes each of these, so that the guard's
patterns see "ignore".  It is for detection only: facts are never read from it.
"""

from __future__ import annotations

import re
import unicodedata

from ftaudit.read.text import INVISIBLE_CHARS

_HIDDEN = re.compile(f"[{INVISIBLE_CHARS}\U000e0000-\U000e007f]")
"""Characters that render as nothing: soft hyphen, zero-width and joiners, bidi controls, and the
Unicode tag characters (which the reader's own normalisation leaves to the guard)."""

# Letters from other scripts drawn like Latin ones (after NFKC, which already folds full-width
# and most compatibility forms).  Folded only inside words that also hold Latin letters, or
# whose every letter is a look-alike, so ordinary Cyrillic or Greek text keeps its meaning.
_LOOKALIKE = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ɡ": "g", "һ": "h", "ӏ": "l", "ո": "n", "ս": "u",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "χ": "x", "ε": "e",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})
_LOOKALIKE_CHARS = frozenset(chr(c) for c in _LOOKALIKE)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "8": "b", "9": "g",
                       "@": "a", "$": "s"})
_WORD = re.compile(r"[^\W_]+(?:[@$][^\W_]*)*|[@$][^\W_]+", re.UNICODE)
_SPACED = re.compile(r"(?<![^\W_])(?=[^\W_][ .\-][^\W_])(?=(?:[^\W_][ .\-])*[^\W\d_])(?:[^\W_][ .\-]){2,}[^\W_]"
                     r"(?![^\W_])")
"""Three or more single letters joined by single spaces, dots or dashes: "i g n o r e"."""


def _fold_word(m: re.Match[str]) -> str:
    word = m.group(0)
    if word.isascii():
        letters = sum(ch.isalpha() for ch in word)
        # "1gn0re", "pr0mpt", "@ssistant": letters with digits in them, not "4o" or "2x"
        if letters >= 2 and letters < len(word) and len(word) >= 3:
            return word.translate(_LEET)
        return word
    has_latin = any("a" <= ch.lower() <= "z" for ch in word)
    if has_latin or all(ch in _LOOKALIKE_CHARS for ch in word if ch.isalpha()):
        return word.translate(_LOOKALIKE)
    return word


_LETTER_SPACED = re.compile(r"(?:\S \S ){3,}")
_GAP = re.compile(r"\s{2,}")


def _unspace(text: str) -> str:
    """ "i g n o r e   a l l": letters one space apart, words further apart, joined back into words."""
    if not _LETTER_SPACED.search(text) or not _GAP.search(text):
        return text
    words = _GAP.split(text)
    return " ".join(w.replace(" ", "") if re.fullmatch(r"(?:\S )+\S", w) else w for w in words)


def skeleton(text: str) -> str:
    """``text`` as the letters it shows: lower case, single-spaced, obfuscations undone."""
    text = _unspace(unicodedata.normalize("NFKC", _HIDDEN.sub("", text)))
    text = re.sub(r"(?<=\d)\.(?=\d)", ",", text)  # "1.5 million" must not end a "[^.]" window
    text = _SPACED.sub(lambda m: re.sub(r"[ .\-]", "", m.group(0)), text)
    text = _WORD.sub(_fold_word, text)
    return " ".join(text.lower().split())


__all__ = ["skeleton"]
