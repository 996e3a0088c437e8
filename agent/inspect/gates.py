"""Whether a record needs the personal-data scan, the injection scan, both or neither.

Most records of a training file need neither, so this decision is the scanners' hot
path.  For ASCII text it is a few passes in C over one encoded copy of the record's
text: one byte-class translation (digit runs, capitals, rare characters), one word
split shared by both gates, and a base64-run check.  A False answer is exact: the
full scan could not find anything.  Rare characters that some detectors need (``@ +
< [ \\ _``) send the text to the detailed gates of :mod:`pii` and :mod:`ftaudit.read.patterns`.
"""

from __future__ import annotations

from ftaudit.inspect import pii
from ftaudit.read import patterns

_RARE = frozenset(b"@+<[\\_")
_CLASS = bytes(
    33 if i in _RARE else 57 if 48 <= i <= 57 else 45 if chr(i) in " -.()/" else 65 if 65 <= i <= 90 else 120
    for i in range(256)
)
"""Digits ``9``, separators ``-``, capitals ``A``, rare characters ``!``, the rest ``x``."""
_SECRET_WORDS = frozenset({b"sk", b"xoxa", b"xoxb", b"xoxp", b"xoxr", b"xoxs"})
"""Secret-key prefixes that are whole words once ``-`` splits words (``sk-…``, ``xoxb-…``);
``ghp_`` has an underscore and ``AKIA``/``AIza`` two capitals, checked elsewhere."""


_ANY_WORD = patterns.GATE_WORDS | _SECRET_WORDS


def ascii_gates(b: bytes) -> tuple[bool, bool]:
    """``(may hold personal data, may hold injection text)`` for ASCII text ``b``."""
    cls = b.translate(_CLASS)
    if b"!" in cls:
        return pii.could_match_ascii(b), patterns.could_match_ascii(b)
    words = b.translate(patterns.WORD_BYTES).split()
    inj = secret = False
    if not _ANY_WORD.isdisjoint(words):
        inj = not patterns.GATE_WORDS.isdisjoint(words)
        secret = not _SECRET_WORDS.isdisjoint(words)
    if not inj and len(b) >= 32:
        inj = patterns.B64_RUN in b.translate(patterns.B64_BYTES)
    if secret:
        return True, inj
    n_digits = cls.count(b"9")
    if n_digits >= 7 and pii.RUN7.search(cls):
        return True, inj
    return b"AA" in cls and pii.caps_could_match(b, cls, n_digits), inj
