"""The command line's language-model flags, and the assistant they choose."""

from __future__ import annotations

import argparse
import sys


def assistant_from(args: argparse.Namespace, *, rate: float | None = None) -> object | None:
    """The LLM assistant chosen by flags and environment, or None (offline engine)."""
    from ftaudit.llm import Assistant, RateLimiter, settings_from_env

    settings = settings_from_env(base_url=args.base_url, model=args.model, backend=args.llm)
    if settings is None:
        return None
    limiter = RateLimiter(rate=rate) if rate else None
    print(f"using model {settings.model} ({settings.backend}) at {settings.host()}", file=sys.stderr, flush=True)
    return Assistant(settings, rate_limiter=limiter)


def add_llm_flags(p: argparse.ArgumentParser) -> None:
    """The flags that choose a language model (``--llm``, ``--model`` ...), on ``p``."""
    g = p.add_argument_group("language model (optional; default: offline engine)")
    g.add_argument("--llm", choices=["none", "openai", "local"], default=None,
                   help="backend: none, an OpenAI-compatible server, or the local GGUF model (env FTAUDIT_LLM)")
    g.add_argument("--model", default=None, help="model name (env FTAUDIT_MODEL)")
    g.add_argument("--base-url", default=None, help="OpenAI-compatible base URL (env OPENAI_BASE_URL)")
