"""Data inspection: read uploaded examples and documents, report what is in them and what is wrong.

Public API::

    from ftaudit.inspect import inspect_paths, DataReport, write_clean
    report = inspect_paths(["tickets.jsonl", "docs/"])
    report.facts          # ftaudit.facts.Fact objects for the audit engine
    report.to_markdown()

A new data format is a reader plus ``register(DataFormat(...))`` (see :mod:`ftaudit.inspect.formats`).
"""

from ftaudit.inspect.clean import CleanResult, write_clean
from ftaudit.inspect.formats import DataFormat, ReadContext, register
from ftaudit.inspect.inspector import inspect_paths
from ftaudit.inspect.limits import DEFAULT_LIMITS, Limits
from ftaudit.inspect.models import (
    DataReport,
    DataSummary,
    Distribution,
    FileReport,
    Finding,
    PiiHit,
    RevisionMarker,
)

__all__ = [
    "DEFAULT_LIMITS",
    "CleanResult",
    "DataFormat",
    "DataReport",
    "DataSummary",
    "Distribution",
    "FileReport",
    "Finding",
    "Limits",
    "PiiHit",
    "ReadContext",
    "RevisionMarker",
    "inspect_paths",
    "register",
    "write_clean",
]
