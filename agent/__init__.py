"""ftaudit: recommend prompt engineering, RAG or fine-tuning for an AI use case, with cited reasons.

>>> from agent import audit
>>> report = audit("We classify 11 million reviews a month and have 80,000 labels.")  # doctest: +SKIP
>>> report.approach  # doctest: +SKIP
'fine_tune'
"""

from agent.api import audit
from agent.errors import ConfigError, FtauditError, GuidanceIndexError, InputError, ModelError
from agent.facts import Approach, Fact, UseCase
from agent.index import open_index
from agent.report import AuditReport, Citation
from agent.session import AuditSession, Question

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
