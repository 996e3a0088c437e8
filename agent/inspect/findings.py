"""Collect findings per file and code, with exact counts and the first line numbers."""

from __future__ import annotations

from ftaudit.inspect.models import MAX_LINES_PER_FINDING, Finding, Severity


class FindingSink:
    """Aggregates repeated findings (same file and code) into one :class:`Finding`."""

    def __init__(self, file: str) -> None:
        self.file = file
        self._by_code: dict[str, Finding] = {}
        self.recent: list[tuple[str, int | None]] | None = None
        """When a list, error codes are also appended here (the clean writer reads them)."""

    def add(
        self,
        severity: Severity,
        code: str,
        message: str,
        line: int | None = None,
        example: str | None = None,
        n: int = 1,
    ) -> None:
        """Record one occurrence of ``code`` (``n`` at once) on ``line``."""
        f = self._by_code.get(code)
        if f is None:
            f = Finding(severity=severity, code=code, message=message, file=self.file, count=0)
            self._by_code[code] = f
        f.count += n
        if self.recent is not None and severity == "error":
            self.recent.append((code, line))
        if (
            line is not None
            and len(f.lines) < MAX_LINES_PER_FINDING
            and (not f.lines or f.lines[-1] != line)
        ):
            f.lines.append(line)
        if example and len(f.examples) < 3 and example not in f.examples:
            f.examples.append(example)

    def merge(self, part: FindingSink, line_shift: int = 0) -> None:
        """Add the findings of a later part of the same file, as if they had been added
        here one by one (``line_shift``: lines of the file before the part)."""
        for f in part._by_code.values():
            mine = self._by_code.get(f.code)
            if mine is None:
                mine = Finding(
                    severity=f.severity, code=f.code, message=f.message, file=self.file, count=0
                )
                self._by_code[f.code] = mine
            mine.count += f.count
            lines = mine.lines
            for ln in f.lines:
                if len(lines) >= MAX_LINES_PER_FINDING:
                    break
                ln += line_shift
                if not lines or lines[-1] != ln:
                    lines.append(ln)
            for ex in f.examples:
                if len(mine.examples) < 3 and ex not in mine.examples:
                    mine.examples.append(ex)

    def has(self, code: str) -> bool:
        """True when ``code`` was recorded."""
        return code in self._by_code

    def count(self, code: str) -> int:
        """How often ``code`` was recorded."""
        f = self._by_code.get(code)
        return f.count if f else 0

    def findings(self) -> list[Finding]:
        """All findings, errors first, then warnings, then info; stable within a level."""
        order = {"error": 0, "warning": 1, "info": 2}
        return sorted(self._by_code.values(), key=lambda f: order[f.severity])
