"""Async entry points: :func:`aaudit`, :func:`ainspect` and :class:`AsyncAuditSession`.

The engine is CPU-bound, synchronous code (tokenising, numpy scoring, Chroma queries), so
an ``async def`` rewrite would not make it faster: it would only block the event loop.
These wrappers run the synchronous engine in a small, bounded pool of worker threads, so an
asyncio program (a web service, an agent) stays responsive while audits run, and at most
:func:`max_workers` audits use the CPU at once; further calls wait for a free worker.

One thing a thread cannot do is stop half-way: cancelling the awaiting task (or an
``asyncio.timeout`` around it) returns control at once, but the audit already running in
its worker finishes in the background and its result is dropped.
"""

from __future__ import annotations

import asyncio
import functools
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from ftaudit.report.build import AuditReport
from ftaudit.settings import async_workers

T = TypeVar("T")

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def max_workers() -> int:
    """Audits run at once: ``FTAUDIT_ASYNC_WORKERS``, else the number of CPUs (at least 2)."""
    return async_workers() or max(2, os.cpu_count() or 2)


def _executor() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=max_workers(), thread_name_prefix="ftaudit-aio")
        return _pool


async def run_sync(func: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """Run ``func(*args, **kwargs)`` in the audit worker pool and await its result."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_executor(), functools.partial(func, *args, **kwargs))


async def aaudit(case: Any, data: Sequence[str | os.PathLike[str]] = (), **kwargs: Any) -> AuditReport:
    """``await aaudit(...)``: :func:`ftaudit.audit` without blocking the event loop.

    Takes the same arguments and raises the same errors as :func:`ftaudit.audit`.
    """
    from ftaudit.app.api import audit

    return await run_sync(audit, case, data, **kwargs)


async def ainspect(paths: Sequence[str | os.PathLike[str]]) -> Any:
    """``await ainspect(paths)``: the data report of :func:`ftaudit.inspect.inspect_paths`."""
    from ftaudit.inspect import inspect_paths

    return await run_sync(inspect_paths, [Path(p) for p in paths])


class AsyncAuditSession:
    """The interview of :class:`ftaudit.AuditSession` with awaitable methods.

    >>> s = AsyncAuditSession()                              # doctest: +SKIP
    >>> await s.answer("We route 2M support tickets a month.")  # doctest: +SKIP
    >>> q = await s.next_question()                          # doctest: +SKIP

    Each call runs the synchronous session in the worker pool; the session's own lock keeps
    concurrent calls on one session in order. ``session`` is the synchronous session.
    """

    def __init__(self, description: str | None = None, **kwargs: Any) -> None:
        from ftaudit.app.session import AuditSession

        # Building the session reads the description, which is cheap; the first
        # awaited call opens the index in a worker.
        self.session = AuditSession(description, **kwargs)

    @property
    def facts(self) -> list[Any]:
        """Every fact known so far."""
        return self.session.facts

    @property
    def history(self) -> list[tuple[str, str]]:
        """(role, text) pairs: what was asked and answered, in order."""
        return self.session.history

    async def next_question(self) -> Any:
        """The question that could most change the verdict, or None when done."""
        return await run_sync(self.session.next_question)

    async def answer(self, text: str) -> list[Any]:
        """Take an answer, description or correction; returns the facts it settled."""
        return await run_sync(self.session.answer, text)

    async def attach(self, path: str | os.PathLike[str]) -> Any:
        """Inspect a data file and merge what it shows; returns its data report."""
        return await run_sync(self.session.attach, Path(path))

    async def report(self) -> AuditReport:
        """The full report for what is known now."""
        return await run_sync(self.session.report)

    async def done(self) -> bool:
        """True when no further answer could change the verdict."""
        return await run_sync(lambda: self.session.done)

    def leaning(self) -> str:
        """One line: the current leaning and confidence (cheap, synchronous)."""
        return self.session.leaning()
