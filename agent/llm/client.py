"""Build the chat model (LangChain ``ChatOpenAI``) for any backend.

Every backend goes through one code path: an OpenAI-compatible HTTP endpoint.
The ``local`` backend starts ``python -m llama_cpp.server`` on loopback with the
configured GGUF file (once per process, stopped at exit) and talks to it like any
other server.  LangChain and the OpenAI SDK are imported here, lazily, so the
offline path never pays for them.

Retries live in exactly one place, the SDK (``max_retries``, backoff, honours
``Retry-After``); nothing here adds LangChain ``with_retry`` on top.

httpx timeouts are per socket operation: a server that sends one byte a second is
never "silent" for long and would hold a call forever.  :class:`DeadlineTransport`
gives every HTTP attempt a deadline for the whole exchange (connect, send, status
line, headers and body): each socket operation may wait only for what is left of it.
"""

from __future__ import annotations

import atexit
import contextvars
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ftaudit.errors import ModelError, require
from ftaudit.llm.config import OPENAI_DEFAULT_URL, LLMSettings

# The ledger of the Assistant whose call is in flight on this thread: the HTTP hook
# counts every attempt (retries included) against it.
CURRENT_ATTEMPTS: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar(
    "ftaudit_llm_attempts", default=None
)


def _on_request(_request: Any) -> None:
    count = CURRENT_ATTEMPTS.get()
    if count is not None:
        count()


# --- a deadline for the whole request ---------------------------------------------------

_DEADLINE = threading.local()
"""``at``: the monotonic time by which the HTTP request in flight on this thread must be done."""


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    """What a socket operation may wait: its own timeout, but never past the request's deadline."""
    at = getattr(_DEADLINE, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("the server did not finish answering within the request deadline")
    return left if timeout is None else min(timeout, left)


def _deadline_backend(inner: Any) -> Any:
    """An httpcore2 network backend whose every read, write and connect respects the deadline."""
    import httpcore2

    class Stream(httpcore2.NetworkStream):
        def __init__(self, stream: Any) -> None:
            self._stream = stream

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return bytes(self._stream.read(max_bytes, _left(timeout, httpcore2.ReadTimeout)))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self._stream.write(buffer, _left(timeout, httpcore2.WriteTimeout))

        def close(self) -> None:
            self._stream.close()

        def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                      timeout: float | None = None) -> Any:
            return Stream(self._stream.start_tls(ssl_context, server_hostname,
                                                 _left(timeout, httpcore2.ConnectTimeout)))

        def get_extra_info(self, info: str) -> Any:
            return self._stream.get_extra_info(info)

    class Backend(httpcore2.NetworkBackend):
        def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                        local_address: str | None = None, socket_options: Any = None) -> Any:
            return Stream(inner.connect_tcp(host, port, _left(timeout, httpcore2.ConnectTimeout),
                                            local_address, socket_options))

        def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> Any:
            return Stream(inner.connect_unix_socket(path, _left(timeout, httpcore2.ConnectTimeout), socket_options))

        def sleep(self, seconds: float) -> None:
            inner.sleep(seconds)

    return Backend()


def deadline_transport(total: float) -> Any:
    """An ``httpx2`` transport on which every request must be complete within ``total`` seconds.

    A request that is still receiving its status line, headers or body at the deadline fails
    with ``httpx2.ReadTimeout`` (the OpenAI SDK reports it as a timeout and may retry it, each
    attempt with its own deadline).
    """
    import httpx2

    class DeadlineTransport(httpx2.BaseTransport):
        def __init__(self) -> None:
            self._inner = httpx2.HTTPTransport(trust_env=False)
            pool = getattr(self._inner, "_pool", None)
            backend = getattr(pool, "_network_backend", None)
            if backend is None:  # pragma: no cover - guards against an httpx2 internals change
                raise ModelError("this httpx2 version cannot bound a request's total time; pin httpx2 < 3")
            pool._network_backend = _deadline_backend(backend)  # type: ignore[union-attr]

        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            _DEADLINE.at = time.monotonic() + total
            try:
                response = self._inner.handle_request(request)
            except BaseException:
                _DEADLINE.at = None
                raise
            return httpx2.Response(
                status_code=response.status_code,
                headers=response.headers,
                stream=_UntilClosed(response.stream),
                extensions=response.extensions,
            )

        def close(self) -> None:
            self._inner.close()

    class _UntilClosed(httpx2.SyncByteStream):
        """The body, read under the request's deadline; the deadline ends when the body is closed."""

        def __init__(self, stream: Any) -> None:
            self._stream = stream

        def __iter__(self) -> Any:
            yield from self._stream

        def close(self) -> None:
            try:
                self._stream.close()
            finally:
                _DEADLINE.at = None

    return DeadlineTransport()


def build_chat_model(settings: LLMSettings, base_url: str | None = None) -> Any:
    """A ``ChatOpenAI`` with an explicit URL, key, timeout and bounded retries.

    ``settings.timeout`` bounds each HTTP attempt as a whole, not only each socket read.
    """
    require("langchain_openai", "llm", "a language model")
    import httpx2
    from langchain_openai import ChatOpenAI

    url = base_url or settings.base_url or OPENAI_DEFAULT_URL
    timeout = httpx2.Timeout(settings.timeout, connect=min(5.0, settings.timeout))
    http_client = httpx2.Client(
        timeout=timeout,
        event_hooks={"request": [_on_request]},
        trust_env=False,
        transport=deadline_transport(settings.timeout),
    )
    kwargs: dict[str, Any] = {}
    host = (urlparse(url).hostname or "").lower()
    if settings.backend == "local" or not (host == "api.openai.com" or host.endswith(".azure.com")):
        # llama-cpp-python and older servers read ``max_tokens``; LangChain sends
        # ``max_completion_tokens`` (OpenAI's name), so send both to them.
        kwargs["extra_body"] = {"max_tokens": settings.max_tokens}
    return ChatOpenAI(  # type: ignore[call-arg]
        model=settings.model,
        base_url=url,
        api_key=settings.api_key,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        temperature=settings.temperature,
        max_tokens=settings.max_tokens,
        http_client=http_client,
        http_socket_options=(),
        **kwargs,
    )


# --- the embedded local server ---------------------------------------------------------


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LocalServer:
    """``python -m llama_cpp.server`` on loopback, serving one GGUF file."""

    def __init__(
        self,
        gguf: Path,
        *,
        n_ctx: int = 4096,
        port: int | None = None,
        startup_timeout: float = 120.0,
    ) -> None:
        self.gguf = gguf
        self.port = port or free_port()
        self.n_ctx = n_ctx
        self.log = Path(tempfile.gettempdir()) / f"ftaudit-llama-{os.getpid()}-{self.port}.log"
        self._proc: subprocess.Popen[bytes] | None = None
        self._startup_timeout = startup_timeout

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> LocalServer:
        cmd = [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(self.gguf),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--n_ctx",
            str(self.n_ctx),
        ]
        with self.log.open("wb") as out:
            self._proc = subprocess.Popen(
                cmd,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + self._startup_timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                tail = self.log.read_text(errors="replace")[-800:]
                raise ModelError(f"the local llama.cpp server exited ({self._proc.returncode}): {tail}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as r:
                    json.load(r)
                    return self
            except (urllib.error.URLError, OSError, ValueError):
                time.sleep(0.25)
        self.stop()
        raise ModelError(
            f"the local llama.cpp server did not start within {self._startup_timeout:.0f} s; see {self.log}"
        )

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None


_SERVERS: dict[tuple[str, int], LocalServer] = {}
_SERVERS_LOCK = threading.Lock()


def local_server(settings: LLMSettings) -> LocalServer:
    """The shared local server for ``settings.gguf_path`` (started on first use)."""
    if settings.gguf_path is None:
        raise ModelError("the local backend has no GGUF file configured")
    key = (str(settings.gguf_path), settings.n_ctx)
    with _SERVERS_LOCK:
        server = _SERVERS.get(key)
        if server is None or not server.running:
            server = LocalServer(settings.gguf_path, n_ctx=settings.n_ctx).start()
            _SERVERS[key] = server
        return server


@atexit.register
def _stop_servers() -> None:
    with _SERVERS_LOCK:
        for server in _SERVERS.values():
            server.stop()
        _SERVERS.clear()
