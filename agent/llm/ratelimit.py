"""A token-bucket rate limiter shared by the audits of a batch.

Kept rather than LangChain's ``InMemoryRateLimiter`` (langchain_core.rate_limiters), which
is the same bucket but waits by polling (``time.sleep(check_every_n_seconds)`` in a loop,
0.1 s by default, so a waiter oversleeps by up to that much) and returns only True/False:
this one sleeps once for exactly the time until the next token, returns the seconds waited,
takes an injectable clock and sleep so tests run without real waiting, and needs no
LangChain in the core install.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    """Token bucket: at most ``rate`` requests per second on average, bursts up to ``burst``.

    Thread-safe; one instance is shared by every :class:`~ftaudit.llm.Assistant` of a
    batch so the whole batch respects the server's limit, whatever ``--jobs`` is.

    >>> limiter = RateLimiter(rate=5, burst=1)
    >>> limiter.acquire()  # returns the seconds waited
    0.0
    """

    def __init__(
        self,
        rate: float,
        burst: int = 1,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive (requests per second)")
        if burst < 1:
            raise ValueError("burst must be at least 1")
        self.rate = float(rate)
        self.burst = int(burst)
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(burst)
        self._last = clock()
        self._lock = threading.Lock()

    def _reserve(self) -> float:
        """Take a token (possibly borrowed from the future); returns how long to wait."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
            self._last = now
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    def acquire(self) -> float:
        """Block until a request may be sent; returns the seconds waited."""
        wait = self._reserve()
        if wait > 0:
            self._sleep(wait)
        return wait
