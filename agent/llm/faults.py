"""Turn what went wrong in a model call into a short reason, and decide what it means.

A *transport* fault (timeout, connection refused, 429, 5xx) has already been
retried by the SDK; repeated ones open the circuit so the rest of the audit does
not wait on a dead server.  A *fatal* fault (bad key, unknown model, exhausted
quota) opens it at once: retrying cannot help.  Keys never appear in reasons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KEY = re.compile(r"\b(?:sk|rk|pk)-[A-Za-z0-9_\-*]{4,}|\bBearer\s+\S+", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with anything that looks like an API key masked."""
    return _KEY.sub("***", text)


@dataclass(frozen=True)
class Fault:
    """A classified failure."""

    reason: str
    transport: bool = False
    fatal: bool = False


def _first_line(exc: BaseException, limit: int = 160) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return redact(text)[:limit]


def classify(exc: BaseException, *, timeout: float, retries: int) -> Fault:
    """A :class:`Fault` for an exception raised by a model call."""
    try:
        import openai
    except ImportError:  # pragma: no cover - openai is a core dependency
        openai = None  # type: ignore[assignment]
    tries = f"{retries + 1} attempt{'s' if retries else ''}"
    if openai is not None:
        if isinstance(exc, openai.APITimeoutError):
            return Fault(f"timeout: no answer within {timeout:g} s ({tries})", transport=True)
        if isinstance(exc, openai.APIConnectionError):
            return Fault(f"server unreachable: {_first_line(exc)} ({tries})", transport=True)
        if isinstance(exc, openai.RateLimitError):
            code = str(getattr(exc, "code", "") or "")
            if code in {"insufficient_quota", "credit_balance_exhausted"} or code.endswith("_limit_exceeded"):
                return Fault(f"API quota exhausted ({code}); retrying cannot help", fatal=True)
            return Fault(f"rate limited (HTTP 429) after {tries}", transport=True)
        if isinstance(exc, openai.InternalServerError):
            return Fault(f"server error (HTTP {exc.status_code}) after {tries}", transport=True)
        if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            return Fault(
                f"the server refused the key (HTTP {exc.status_code}); check OPENAI_API_KEY",
                fatal=True,
            )
        if isinstance(exc, openai.NotFoundError):
            return Fault(f"model or endpoint not found (HTTP 404): {_first_line(exc)}", fatal=True)
        if isinstance(exc, openai.APIStatusError):
            return Fault(f"the server rejected the request (HTTP {exc.status_code}): {_first_line(exc)}")
    if isinstance(exc, TimeoutError):
        return Fault(f"timeout: no answer within {timeout:g} s", transport=True)
    if isinstance(exc, ConnectionError):
        return Fault(f"server unreachable: {_first_line(exc)}", transport=True)
    return Fault(f"unexpected {type(exc).__name__}: {_first_line(exc)}")
