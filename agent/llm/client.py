"""Build the chat model (LangChain ``ChatOpenAI``) for any backend.

Every backend goes through one code path: an OpenAI-compatible HTTP endpoint.
The ``local`` backend starts ``python -m llama_cpp.server`` on loopback with the
configured GGUF file (once per process, stopped at exit) and talks to it like any
other server.  LangChain and the OpenAI SDK are imported here, lazily, so the
offline path never pays for them.

Retries live in exactly one place, the SDK (``max_retries``, backoff, honours
``Retry-After``); nothing here adds LangChain ``with_retry`` on top.
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


def build_chat_model(settings: LLMSettings, base_url: str | None = None) -> Any:
    """A ``ChatOpenAI`` with an explicit URL, key, timeout and bounded retries."""
    require("langchain_openai", "llm", "a language model")
    import httpx2
    from langchain_openai import ChatOpenAI

    url = base_url or settings.base_url or OPENAI_DEFAULT_URL
    timeout = httpx2.Timeout(settings.timeout, connect=min(5.0, settings.timeout))
    http_client = httpx2.Client(timeout=timeout, event_hooks={"request": [_on_request]}, trust_env=False)
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
