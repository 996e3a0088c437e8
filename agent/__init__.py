"""ftaudit: recommend prompt engineering, RAG or fine-tuning for an AI use case, with cited reasons.

>>> from agent import audit
>>> report = audit("We classify 11 million reviews a month and have 80,000 labels.")  # doctest: +SKIP
>>> report.approach  # doctest: +SKIP
'fine_tune'

The names below are imported on first use, so ``import agent.data`` (the sample-data
inspector) does not load the audit engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agent.api import audit
    from agent.errors import ConfigError, FtauditError, GuidanceIndexError, InputError, ModelError
    from agent.facts import Approach, Fact, UseCase
    from agent.index import open_index
    from agent.report import AuditReport, Citation
    from agent.session import AuditSession, Question

_WHERE = {
    "audit": "agent.api",
    "ConfigError": "agent.errors",
    "FtauditError": "agent.errors",
    "GuidanceIndexError": "agent.errors",
    "InputError": "agent.errors",
    "ModelError": "agent.errors",
    "Approach": "agent.facts",
    "Fact": "agent.facts",
    "UseCase": "agent.facts",
    "open_index": "agent.index",
    "AuditReport": "agent.report",
    "Citation": "agent.report",
    "AuditSession": "agent.session",
    "Question": "agent.session",
}
__all__ = [
    "Approach",
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
    "audit",
    "open_index",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'agent' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
