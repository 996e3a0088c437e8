"""Bounded line reading: split on ``\\n`` only, cap line length and total bytes, decode per line.

``str.splitlines`` would split JSON records on U+2028 and friends, and ``for line in
file`` has no length cap, so lines come from ``readline(limit)`` on a binary stream.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import IO

from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.limits import MB, Limits


class LineReader:
    """Iterates ``(line_number, text)`` over a binary stream within the given caps.

    Over-long lines are skipped (finding ``line_too_long``); undecodable lines are
    skipped (finding ``invalid_utf8``) when the encoding is UTF-8; reading stops at
    ``max_bytes`` (finding ``truncated``).  ``bytes_read`` and ``truncated`` tell the
    caller how far it got.  Line endings (``\\n``, ``\\r\\n``) are removed.
    """

    def __init__(
        self,
        stream: IO[bytes],
        sink: FindingSink,
        *,
        encoding: str = "utf-8",
        max_line_bytes: int = 8 * MB,
        max_bytes: int = 1024 * MB,
        keep_ends: bool = False,
        at_start: bool = True,
    ) -> None:
        self.sink = sink
        self.encoding = encoding
        self.max_line = max_line_bytes
        self.max_bytes = max_bytes
        self.keep_ends = keep_ends
        self.bytes_read = 0
        self.truncated = False
        self.line_no = 0
        self.at_start = at_start
        """Whether the stream starts at the file's first byte (a BOM is only removed there)."""
        wide = encoding.startswith(("utf-16", "utf-32"))
        self._text: IO[str] | None = None
        self._stream = stream
        if wide:
            # Decode the whole stream; newline="\n" splits on LF only (never on U+2028).
            self._text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="\n")

    @classmethod
    def capped(
        cls,
        stream: IO[bytes],
        sink: FindingSink,
        limits: Limits,
        encoding: str,
        *,
        keep_ends: bool = False,
        at_start: bool = True,
    ) -> LineReader:
        """A reader with the line and byte caps of ``limits``."""
        return cls(
            stream,
            sink,
            encoding=encoding,
            max_line_bytes=limits.max_line_bytes,
            max_bytes=limits.max_bytes,
            keep_ends=keep_ends,
            at_start=at_start,
        )

    def __iter__(self) -> Iterator[tuple[int, str]]:
        if self._text is not None:
            yield from self._iter_wide(self._text)
            return
        decode = self.decode
        for line_no, raw in self.raw_lines():
            text = decode(raw)
            if text is not None:
                yield line_no, text

    def raw_lines(self, stop_at: int | None = None) -> Iterator[tuple[int, bytes]]:
        """Undecoded lines (with their line ending; a first-line BOM removed), within the caps.

        ``stop_at`` ends a byte range quietly (a part of a file read by another process).
        Only for byte encodings (not UTF-16/32).
        """
        readline = self._stream.readline
        limit = self.max_line + 1
        first = self.line_no == 0 and self.at_start
        end = self.max_bytes if stop_at is None else stop_at
        while True:
            if self.bytes_read >= end:
                if stop_at is None and readline(1):
                    self._truncate()
                return
            raw = readline(limit)
            if not raw:
                return
            self.bytes_read += len(raw)
            self.line_no += 1
            if len(raw) == limit and not raw.endswith(b"\n"):
                self._skip_long_line(limit)
                continue
            if first:
                first = False
                if raw.startswith(codecs.BOM_UTF8):
                    raw = raw[3:]
            yield self.line_no, raw

    def decode(self, raw: bytes) -> str | None:
        """Text of a line from :meth:`raw_lines` (line ending removed unless kept); None,
        with an ``invalid_utf8`` finding, when strict UTF-8 decoding fails."""
        enc = "utf-8" if self.encoding in ("utf-8", "utf-8-sig") else self.encoding
        try:
            text = raw.decode(enc) if enc == "utf-8" else raw.decode(enc, errors="replace")
        except UnicodeDecodeError as exc:
            self.sink.add(
                "error",
                "invalid_utf8",
                "line is not valid UTF-8; re-save the file as UTF-8",
                line=self.line_no,
                example=f"byte {exc.start + 1}",
            )
            return None
        if not self.keep_ends and text.endswith("\n"):
            text = text[:-2] if text.endswith("\r\n") else text[:-1]
        return text

    def _skip_long_line(self, limit: int) -> None:
        size = self.max_line + 1
        rl = self._stream.readline
        while True:
            chunk = rl(limit)
            self.bytes_read += len(chunk)
            size += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
            if self.bytes_read >= self.max_bytes:
                self._truncate()
                break
        self.sink.add(
            "error",
            "line_too_long",
            f"line longer than {self.max_line // MB} MB was skipped",
            line=self.line_no,
            example=f"{size:,} bytes",
        )

    def _iter_wide(self, text: IO[str]) -> Iterator[tuple[int, str]]:
        limit = self.max_line
        while True:
            if self.bytes_read >= self.max_bytes:
                if text.read(1):
                    self._truncate()
                return
            line = text.readline(limit + 1)
            if not line:
                return
            self.line_no += 1
            self.bytes_read += len(line) * 2
            if len(line) > limit and not line.endswith("\n"):
                while True:
                    more = text.readline(limit)
                    self.bytes_read += len(more) * 2
                    if not more or more.endswith("\n"):
                        break
                self.sink.add(
                    "error", "line_too_long", "over-long line was skipped", line=self.line_no
                )
                continue
            if self.line_no == 1 and line.startswith("\ufeff"):
                line = line[1:]
            if not self.keep_ends and line.endswith("\n"):
                line = line[:-2] if line.endswith("\r\n") else line[:-1]
            yield self.line_no, line

    def _truncate(self) -> None:
        self.truncated = True
        self.sink.add(
            "warning",
            "truncated",
            f"only the first {self.max_bytes:,} bytes were inspected (size cap); "
            "split the file or raise the cap to inspect the rest",
        )
