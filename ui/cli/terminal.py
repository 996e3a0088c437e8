"""Terminal-safe output for the command line.

Report text, progress lines, error messages and file names can carry text from a user's
files.  Printed raw, an escape sequence in them could recolour, retitle or rewrite the
terminal, hide lines (carriage return, cursor moves) or, on some terminals, answer back.
Everything the CLI writes to stdout and stderr goes through :class:`SafeStream`, which
removes control characters (keeping newline and tab), bidirectional-override characters
and lone surrogates.  The CLI's own in-place progress line uses :meth:`SafeStream.write_trusted`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 (not tab, newline), DEL, C1 (CSI \x9b, OSC \x9d, ...)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional marks and overrides
    "\ud800-\udfff]"  # lone surrogates: undecodable file-name bytes, broken JSON escapes
)


def clean(text: str) -> str:
    """``text`` without terminal control characters; newline and tab are kept."""
    return _UNSAFE.sub(lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else "", text)


class SafeStream:
    """A text stream wrapper that writes :func:`clean` text; everything else is delegated."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(clean(text))
        return len(text)

    def write_trusted(self, text: str) -> int:
        """Write the CLI's own control sequences (``\\r``, erase line) as they are."""
        return self._stream.write(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def write_trusted(stream: Any, text: str) -> None:
    """Write the CLI's own control sequences to ``stream`` (a :class:`SafeStream` or not)."""
    getattr(stream, "write_trusted", stream.write)(text)


@contextmanager
def safe_output() -> Iterator[None]:
    """Route ``sys.stdout`` and ``sys.stderr`` through :class:`SafeStream` for the duration."""
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout = SafeStream(old_out)
    sys.stderr = SafeStream(old_err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = old_out, old_err
