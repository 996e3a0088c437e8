"""Per-audit accounting: model calls, tokens, fallbacks and removed output."""

from __future__ import annotations

import threading
from typing import Any

from pydantic import BaseModel, Field


class Fallback(BaseModel):
    """One part of the audit that fell back to the offline path, and why."""

    part: str
    """``extract``, ``phrase``, ``summary`` or ``narrative``."""
    reason: str


class Removed(BaseModel):
    """Something the model produced that was removed, and why."""

    kind: str
    """``citation`` or ``fact``."""
    detail: str


class Usage(BaseModel):
    """What the model did in one audit (the report's ``llm`` field)."""

    backend: str = ""
    model: str = ""
    calls: int = 0
    """Logical model calls (one per extraction, question, summary or narrative)."""
    http_requests: int = 0
    """HTTP attempts, SDK retries included."""
    failed_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    seconds: float = 0.0
    succeeded: dict[str, int] = Field(default_factory=dict)
    fallbacks: list[Fallback] = Field(default_factory=list)
    removed_citations: int = 0
    dropped_facts: int = 0
    removed: list[Removed] = Field(default_factory=list)
    confirmations: int = 0
    """Disagreements with the offline extractor turned into confirmation questions."""
    circuit_open: bool = False
    notes: list[str] = Field(default_factory=list)


class Ledger:
    """Thread-safe accumulator behind :meth:`Assistant.usage`."""

    MAX_DETAILS = 50

    def __init__(self, backend: str, model: str) -> None:
        self._u = Usage(backend=backend, model=model)
        self._lock = threading.Lock()

    def attempt(self) -> None:
        with self._lock:
            self._u.http_requests += 1

    def call(
        self,
        *,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        seconds: float = 0.0,
        failed: bool = False,
    ) -> None:
        with self._lock:
            self._u.calls += 1
            self._u.failed_calls += int(failed)
            self._u.prompt_tokens += prompt_tokens
            self._u.completion_tokens += completion_tokens
            self._u.total_tokens += prompt_tokens + completion_tokens
            self._u.seconds = round(self._u.seconds + seconds, 3)

    def success(self, part: str) -> None:
        with self._lock:
            self._u.succeeded[part] = self._u.succeeded.get(part, 0) + 1

    def fallback(self, part: str, reason: str) -> None:
        with self._lock:
            self._u.fallbacks.append(Fallback(part=part, reason=reason[:300]))

    def removed(self, kind: str, detail: str) -> None:
        with self._lock:
            if kind == "citation":
                self._u.removed_citations += 1
            elif kind == "fact":
                self._u.dropped_facts += 1
            if len(self._u.removed) < self.MAX_DETAILS:
                self._u.removed.append(Removed(kind=kind, detail=detail[:200]))

    def confirmations(self, n: int) -> None:
        with self._lock:
            self._u.confirmations += n

    def open_circuit(self) -> None:
        with self._lock:
            self._u.circuit_open = True

    def note(self, text: str) -> None:
        with self._lock:
            if text not in self._u.notes:
                self._u.notes.append(text)

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return self._u.model_dump(mode="json")
