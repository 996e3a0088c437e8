"""Reports in a notebook: Jupyter's display protocol (_repr_html_, _repr_markdown_) and a short repr."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from ftaudit import audit
from ftaudit.facts import APPROACH_LABELS
from ftaudit.inspect import inspect_paths


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _display(obj: object) -> dict[str, str]:
    """What a Jupyter front end receives: the rich reprs an object offers, by MIME type."""
    out = {"text/plain": repr(obj)}
    for mime, method in (("text/html", "_repr_html_"), ("text/markdown", "_repr_markdown_")):
        if hasattr(obj, method):
            out[mime] = getattr(obj, method)()
    return out


def test_audit_report_displays_as_a_report(session_home: Path) -> None:
    report = audit("We classify 11 million product reviews a month and have 80,000 labelled ones. "
                   "<script>alert(1)</script>", name="reviews <b>x</b>")
    shown = _display(report)
    assert shown["text/plain"].startswith("<AuditReport 'reviews <b>x</b>': ")
    assert APPROACH_LABELS[report.approach] in shown["text/plain"] and len(shown["text/plain"]) < 200
    assert shown["text/markdown"] == report.to_markdown()
    parsed = Tags()
    parsed.feed(shown["text/html"])
    assert "h1" in parsed.tags and "script" not in parsed.tags and "b" not in parsed.tags
    assert "<script>" in "".join(parsed.text)  # shown as text, not run
    assert APPROACH_LABELS[report.approach] in "".join(parsed.text)


def test_data_report_displays_as_a_report(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(json.dumps({"messages": [{"role": "user", "content": f"q{i}"},
                                                       {"role": "assistant", "content": "a"}]}) for i in range(30))
                    + "\n{broken\n")
    data = inspect_paths([path])
    shown = _display(data)
    assert shown["text/plain"].startswith("<DataReport 1 file: 30 examples (chat); 1 error, ")
    parsed = Tags()
    parsed.feed(shown["text/html"])
    assert "table" in parsed.tags and "t.jsonl" in "".join(parsed.text)
