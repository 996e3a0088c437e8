"""Data inspection: read uploaded examples and documents, report what is in them and what is wrong.

Public API::

    from agent.data import inspect_paths, DataReport, write_clean
    report = inspect_paths(["tickets.jsonl", "docs/"])
    report.facts          # agent.facts.Fact objects for the audit engine
    report.to_markdown()
"""

from agent.data.clean import CleanResult, write_clean
from agent.data.inspector import inspect_paths
from agent.data.limits import DEFAULT_LIMITS, Limits
from agent.data.models import (
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
    "DataReport",
    "DataSummary",
    "Distribution",
    "FileReport",
    "Finding",
    "Limits",
    "PiiHit",
    "RevisionMarker",
    "inspect_paths",
    "write_clean",
]
