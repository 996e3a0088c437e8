"""The interview over HTTP: ``/v1/sessions``, one :class:`~ftaudit.app.aio.AsyncAuditSession` each.

Sessions live in this process's memory, at most :data:`MAX_SESSIONS` at once, and are
dropped after :data:`IDLE_SECONDS` without a request; ids are random and unguessable.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter
from ftaudit.app.aio import AsyncAuditSession
from ftaudit.app.api import MAX_DESCRIPTION_CHARS
from pydantic import BaseModel, Field

MAX_SESSIONS = int(os.environ.get("FTAUDIT_SERVICE_MAX_SESSIONS", "256"))
IDLE_SECONDS = float(os.environ.get("FTAUDIT_SERVICE_SESSION_IDLE", "3600"))


class NewSession(BaseModel):
    description: str | None = Field(default=None, max_length=MAX_DESCRIPTION_CHARS,
                                    description="the use case; or leave it out and answer the first question")
    name: str = Field(default="use case", max_length=200)


class Answer(BaseModel):
    text: str = Field(min_length=1, max_length=20_000, description="the answer, 'skip', or a correction")


class SessionState(BaseModel):
    id: str
    question: dict[str, Any] | None
    """The next question (``field``, ``text``, ``criterion``, ``value``), or null when the interview is done."""
    leaning: str
    settled: list[dict[str, Any]] = Field(default_factory=list)
    """Facts the last answer settled."""


def router(refuse: Any) -> APIRouter:
    """The session endpoints; ``refuse(status, detail)`` builds the error the app's handler turns into a 4xx."""
    api = APIRouter(prefix="/v1/sessions", tags=["interview"])
    store: dict[str, tuple[float, AsyncAuditSession]] = {}

    def sweep() -> None:
        now = time.monotonic()
        for key in [k for k, (seen, _) in store.items() if now - seen > IDLE_SECONDS]:
            store.pop(key, None)

    def get(session_id: str) -> AsyncAuditSession:
        sweep()
        entry = store.get(session_id)
        if entry is None:
            raise refuse(404, f"no session {session_id[:40]!r}: it ended, expired after {IDLE_SECONDS:g} s idle, or "
                              "never existed; start one with POST /v1/sessions")
        store[session_id] = (time.monotonic(), entry[1])
        return entry[1]

    async def state(session_id: str, session: AsyncAuditSession, settled: Sequence[Any] = ()) -> SessionState:
        question = await session.next_question()
        return SessionState(id=session_id, question=question.model_dump() if question else None,
                            leaning=session.leaning(), settled=[f.model_dump(mode="json") for f in settled])

    @api.post("", response_model=SessionState, status_code=201)
    async def start(body: NewSession) -> SessionState:
        """Start an interview; returns its id and the first question."""
        sweep()
        if len(store) >= MAX_SESSIONS:
            raise refuse(503, f"{MAX_SESSIONS} interviews are open; finish one (DELETE /v1/sessions/ID) or retry later")
        session = AsyncAuditSession(name=body.name)
        settled = await session.answer(body.description) if body.description and body.description.strip() else []
        session_id = secrets.token_urlsafe(18)
        store[session_id] = (time.monotonic(), session)
        return await state(session_id, session, settled)

    @api.post("/{session_id}/answer", response_model=SessionState)
    async def answer(session_id: str, body: Answer) -> SessionState:
        """Answer the pending question (or correct an earlier answer); returns the next question."""
        session = get(session_id)
        settled = await session.answer(body.text)
        return await state(session_id, session, settled)

    @api.get("/{session_id}/report")
    async def report(session_id: str) -> dict[str, Any]:
        """The report for what the interview knows now."""
        return (await get(session_id).report()).model_dump(mode="json")

    @api.delete("/{session_id}", status_code=204)
    async def end(session_id: str) -> None:
        """End the interview and forget it."""
        get(session_id)
        store.pop(session_id, None)

    return api
