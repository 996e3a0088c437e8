"""ftaudit: recommend prompt engineering, RAG or fine-tuning for an AI use case, with cited reasons.

>>> from agent import audit
>>> report = audit("We classify 11 million reviews a month and have 80,000 labels.")  # doctest: +SKIP
>>> report.approach  # doctest: +SKIP
'fine_tune'

The names below are imported on first use, so ``import ftaudit.inspect`` (the sample-data
inspector) does not load the audit engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ftaudit.app.aio import AsyncAuditSession, aaudit
    from ftaudit.app.api import audit
    from ftaudit.app.session import AuditSession, Question
    from ftaudit.errors import ConfigError, FtauditError, GuidanceIndexError, InputError, ModelError
    from ftaudit.facts import Approach, Fact, UseCase
    from ftaudit.integrations.langchain_tool import as_tool
    from ftaudit.report.build import AuditReport, Citation
    from ftaudit.retrieve.index import open_index

_WHERE = {
    "audit": "ftaudit.app.api",
    "aaudit": "ftaudit.app.aio",
    "AsyncAuditSession": "ftaudit.app.aio",
    "as_tool": "ftaudit.integrations.langchain_tool",
    "ConfigError": "ftaudit.errors",
    "FtauditError": "ftaudit.errors",
    "GuidanceIndexError": "ftaudit.errors",
    "InputError": "ftaudit.errors",
    "ModelError": "ftaudit.errors",
    "Approach": "ftaudit.facts",
    "Fact": "ftaudit.facts",
    "UseCase": "ftaudit.facts",
    "open_index": "ftaudit.retrieve.index",
    "AuditReport": "ftaudit.report.build",
    "Citation": "ftaudit.report.build",
    "AuditSession": "ftaudit.app.session",
    "Question": "ftaudit.app.session",
}
__all__ = [
    "Approach",
    "AsyncAuditSession",
    "AuditReport",
    "AuditSession",
    "Citation",
    "ConfigError",
    "Fact",
    "FtauditError",
    "GuidanceIndexError",
    "InputError",
    "ModelError",
    "Question",
    "UseCase",
    "aaudit",
    "as_tool",
    "audit",
    "open_index",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'ftaudit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
