"""ftaudit as a LangChain tool, for LangChain and LangGraph agents: :func:`as_tool`.

The model calling the tool fills a small schema: the use-case description and, only when
the tool was built with a ``root`` folder, names of data files *inside that folder*.  It
can never name another path: absolute names, ``..``, links that lead out of the root and
names that do not exist come back to the model as a message saying what it may use.  The
result is compact (approach, also, confidence, top reasons, open questions) so it fits in
a model's context; the full report only when the caller allows it and the model asks.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ftaudit.errors import FtauditError, InputError, require
from pydantic import BaseModel, Field

TOOL_NAME = "ftaudit_audit"
TOOL_DESCRIPTION = (
    "Decide whether an AI use case should use prompt engineering, retrieval (RAG) or fine-tuning, with reasons "
    "that cite published guidance. Give the use case in plain words: the task, the data, the volume, how often "
    "the knowledge changes, and what matters (accuracy, latency, cost, citations)."
)
MAX_REASONS = 3


class AuditInput(BaseModel):
    """What the model may send: the description, nothing else."""

    description: str = Field(description="the use case in plain words: task, data, volume, constraints",
                             min_length=1, max_length=200_000)


class AuditInputWithData(AuditInput):
    """The description, plus names of data files inside the folder the tool was given."""

    data: list[str] = Field(default_factory=list, max_length=20,
                            description="names of sample data files, relative to the data folder (e.g. 'tickets.jsonl')")


class AuditInputFull(AuditInputWithData):
    full_report: bool = Field(default=False, description="true to get the whole report (long) instead of the summary")


def compact(report: Any, *, reasons: int = MAX_REASONS) -> dict[str, Any]:
    """The parts of a report an agent needs to act: verdict, top reasons with their citations, open questions."""
    top = sorted(report.criteria, key=lambda c: -abs(c.strength))[:reasons]
    return {
        "approach": report.approach,
        "also": list(report.also),
        "confidence": report.confidence,
        "summary": report.summary,
        "top_reasons": [{"criterion": c.id, "title": c.title, "favours": c.favours,
                         "cites": [cit.section_id for cit in c.citations[:2]]} for c in top],
        "open_questions": list(report.open_questions),
        "next_steps": list(report.next_steps[:3]),
    }


def resolve_under(root: Path, names: list[str]) -> list[Path]:
    """``names`` as files inside ``root``; anything else is an :class:`InputError` naming what is allowed."""
    base = root.resolve()
    out = []
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise InputError("a data name is empty; use names of files in the data folder")
        if os.path.isabs(name) or name.startswith("~") or ".." in Path(name).parts:
            raise InputError(f"{name!r} is not allowed: use a name relative to the data folder, without '..'")
        path = (base / name).resolve()
        if not path.is_relative_to(base):
            raise InputError(f"{name!r} leads outside the data folder; use files inside it")
        if not path.exists():
            available = sorted(p.name for p in base.iterdir() if not p.name.startswith("."))[:20]
            raise InputError(f"{name!r} is not in the data folder; it holds: {', '.join(available) or 'nothing'}")
        out.append(path)
    return out


def as_tool(root: str | os.PathLike[str] | None = None, *, allow_full_report: bool = False,
            name: str = TOOL_NAME, **audit_kwargs: Any) -> Any:
    """A LangChain ``StructuredTool`` that audits a use case.

    Args:
        root: a folder of data files the model may name (relative names only); None: the
            model gets no data argument at all.
        allow_full_report: offer the model a ``full_report`` flag returning the whole report JSON.
        name: the tool's name.
        audit_kwargs: passed to :func:`ftaudit.audit` (``guidance``, ``assistant``): chosen by
            you, never by the model.

    Returns:
        A ``langchain_core.tools.StructuredTool``; errors go back to the model as a message.
    """
    require("langchain_core", "langchain", "the LangChain tool")
    from ftaudit.app.aio import aaudit
    from ftaudit.app.api import audit
    from langchain_core.tools import StructuredTool, ToolException

    folder = Path(root) if root is not None else None
    if folder is not None and not folder.is_dir():
        raise InputError("the data root is not a folder; pass the folder the model may read from", str(folder))
    schema: type[AuditInput] = (AuditInputFull if allow_full_report else AuditInputWithData) if folder else AuditInput

    def _args(description: str, data: list[str] | None) -> tuple[str, list[Path]]:
        files = resolve_under(folder, list(data or [])) if folder is not None else []
        return description, files

    def _result(report: Any, full_report: bool) -> str:
        if full_report and allow_full_report:
            return report.to_json(indent=None)
        return json.dumps(compact(report), ensure_ascii=False)

    def run(description: str, data: list[str] | None = None, full_report: bool = False) -> str:
        try:
            text, files = _args(description, data)
            return _result(audit(text, files, **audit_kwargs), full_report)
        except FtauditError as exc:
            raise ToolException(str(exc)) from exc

    async def arun(description: str, data: list[str] | None = None, full_report: bool = False) -> str:
        try:
            text, files = _args(description, data)
            return _result(await aaudit(text, files, **audit_kwargs), full_report)
        except FtauditError as exc:
            raise ToolException(str(exc)) from exc

    described = TOOL_DESCRIPTION + (" Data files may be named from the data folder." if folder else "")
    return StructuredTool.from_function(func=run, coroutine=arun, name=name, description=described,
                                        args_schema=schema, handle_tool_error=True,
                                        handle_validation_error=_validation_message)


def _validation_message(exc: Exception) -> str:
    """A schema error as the model should read it: which argument, what is wrong."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return f"invalid arguments ({exc}); send a 'description' of the use case"
    parts = [f"{'.'.join(str(p) for p in e.get('loc', ())) or 'arguments'}: {e.get('msg', 'invalid')}" for e in errors()]
    return "invalid arguments: " + "; ".join(parts) + ". Send a 'description' of the use case in plain words"
