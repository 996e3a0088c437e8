"""CI outputs for ``batch`` and ``eval``: a JUnit XML file and a GitHub Actions job summary.

JUnit: one ``testcase`` per case, a ``failure`` when eval's verdict differs from the label,
an ``error`` when a case could not be audited.  Job summary: Markdown appended to the file
named by ``GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ftaudit.errors import InputError
from ftaudit.files import atomic_write


@dataclass
class Outcome:
    """One case as CI sees it."""

    case: str
    message: str
    failure: str = ""
    error: str = ""
    seconds: float = 0.0


def junit_xml(suite: str, outcomes: list[Outcome]) -> str:
    """The JUnit XML document (the schema Jenkins, GitLab and GitHub test reporters read)."""
    failures = sum(bool(o.failure) for o in outcomes)
    errors = sum(bool(o.error) and not o.failure for o in outcomes)
    root = ET.Element("testsuites", name="ftaudit", tests=str(len(outcomes)), failures=str(failures),
                      errors=str(errors))
    node = ET.SubElement(root, "testsuite", name=suite, tests=str(len(outcomes)), failures=str(failures),
                         errors=str(errors), skipped="0", time=f"{sum(o.seconds for o in outcomes):.3f}")
    for o in outcomes:
        case = ET.SubElement(node, "testcase", classname=f"ftaudit.{suite}", name=o.case, time=f"{o.seconds:.3f}")
        if o.failure:
            ET.SubElement(case, "failure", message=o.failure, type="verdict").text = o.failure
        elif o.error:
            ET.SubElement(case, "error", message=o.error, type="audit").text = o.error
        ET.SubElement(case, "system-out").text = o.message
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_junit(path: str | Path, suite: str, outcomes: list[Outcome]) -> None:
    atomic_write(Path(path), junit_xml(suite, outcomes))


def job_summary(title: str, headline: str, rows: Sequence[tuple[str, ...]], header: tuple[str, ...]) -> str:
    """A Markdown job summary: a title, one line, and a table."""
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")

    lines = [f"## {title}", "", headline, "", "| " + " | ".join(header) + " |",
             "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def append_github_summary(markdown: str) -> Path:
    """Append to ``$GITHUB_STEP_SUMMARY``; an :class:`InputError` when it is not set."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        raise InputError("--github-summary needs GITHUB_STEP_SUMMARY (set by GitHub Actions); "
                         "outside Actions use --junit FILE or --format json")
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(markdown + "\n")
    return Path(target)
