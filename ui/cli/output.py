"""How the CLI prints a result: JSON, Markdown (rendered by Rich on a terminal) or an HTML page.

clig.dev: a person at a terminal gets formatted output, a pipe or ``NO_COLOR`` gets plain
text, and a program asks for ``--format json``.  Every string from a user's files is
cleaned of control characters before Rich sees it; Rich's own escape sequences are then
written as trusted output.
"""

from __future__ import annotations

import html
import io
import json
import os
import shutil
import sys
from typing import Any

from ftaudit.ui.cli.terminal import clean, write_trusted


def styled(stream: Any = None) -> bool:
    """True when ``stream`` (stdout) is a terminal, ``NO_COLOR`` is unset and ``TERM`` is not dumb."""
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def print_markdown(text: str) -> None:
    """Markdown on stdout: rendered by Rich on a terminal, as written otherwise."""
    if styled():
        try:
            from rich.console import Console
            from rich.markdown import Markdown
        except ImportError:  # Rich is optional (it comes with the web extra)
            pass
        else:
            buffer = io.StringIO()
            width = shutil.get_terminal_size((100, 24)).columns or 100  # a new pty reports 0 columns
            Console(file=buffer, force_terminal=True, width=max(40, min(width, 120)), highlight=False).print(
                Markdown(clean(text), hyperlinks=False))
            write_trusted(sys.stdout, buffer.getvalue())
            return
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def print_json(data: Any) -> None:
    """``data`` as indented JSON on stdout."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def html_page(title: str, body_html: str) -> str:
    """A self-contained HTML page (no scripts, no external resources) around ``body_html``."""
    from ftaudit.render.html import REPORT_CSS

    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{REPORT_CSS}</style></head><body><main>\n{body_html}\n</main></body></html>\n")


def markdown_page(title: str, markdown: str) -> str:
    """Markdown (escaped by its renderer) as an HTML page."""
    from ftaudit.integrations.notebook import markdown_html

    return html_page(title, markdown_html(markdown))
