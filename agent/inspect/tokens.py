"""Offline token counting with OpenAI's encodings (``bpe_openai`` bundles the BPE files).

The cookbook's message formula is kept (3 tokens per message, +1 for a ``name``,
+3 to prime the reply) but values that are not strings (``weight``, ``tool_calls``,
content parts) are counted as their JSON text instead of crashing the count
(openai-cookbook #1270).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import math
import os
import sys
from functools import lru_cache
from typing import Any

TOKENS_PER_MESSAGE = 3
TOKENS_PER_NAME = 1
REPLY_PRIMING = 3

MODEL_ENCODINGS: dict[str, str] = {
    "gpt-4o": "o200k_base",
    "gpt-4o-mini": "o200k_base",
    "gpt-4.1": "o200k_base",
    "gpt-4.1-mini": "o200k_base",
    "gpt-4.1-nano": "o200k_base",
    "gpt-3.5-turbo": "cl100k_base",
}

TRAINING_LIMITS: dict[str, int] = {
    "gpt-3.5-turbo (and the cookbook's check)": 16_385,
    "gpt-4o / gpt-4o-mini / gpt-4.1 family": 65_536,
}
"""Tokens per training example before truncation (OpenAI fine-tuning guide; cookbook)."""


class RecentLarge:
    """Results for the last few long texts.  A value repeated in every row (a Parquet
    dictionary entry, a long system prompt) must not be re-counted and re-scanned each
    time: a 360 KB Parquet file can hand the same 500 KB text to 20,000 rows."""

    def __init__(self, n: int = 8, max_chars: int = 32 * 1024 * 1024) -> None:
        self.n = n
        self.max_chars = max_chars
        self._items: dict[str, Any] = {}
        self._chars = 0

    def get(self, text: str) -> Any:
        return self._items.get(text)

    def put(self, text: str, value: Any) -> None:
        if len(text) > self.max_chars or text in self._items:
            return
        while self._items and (len(self._items) >= self.n or self._chars + len(text) > self.max_chars):
            old = next(iter(self._items))
            del self._items[old]
            self._chars -= len(old)
        self._items[text] = value
        self._chars += len(text)


class TokenCounter:
    """Counts tokens with a real tokenizer when available, else an estimate it labels."""

    def __init__(self, encoding: str = "o200k_base", cache_size: int = 8_192) -> None:
        self.encoding = encoding
        self.exact = True
        self._backend: Any = None
        try:
            self._backend = _rust_tokenizer(encoding).count
        except Exception:
            try:
                from bpe_openai import get_encoding

                enc = get_encoding(encoding)
                backend = getattr(enc, "_backend", None)
                if backend is not None and hasattr(backend, "count"):
                    self._backend = backend.count
                else:  # pragma: no cover - older wrapper
                    self._backend = lambda s: len(enc.encode_ordinary(s))
            except Exception:  # pragma: no cover - package missing or broken
                self.exact = False
        self._cache: dict[str, int] = {}
        self.cache = self._cache
        """Counts of recent texts (read-only for callers; :meth:`count` fills it)."""
        self._cache_size = cache_size
        self._large = RecentLarge()

    @property
    def label(self) -> str:
        """Name shown in reports (says when counts are estimates)."""
        return self.encoding if self.exact else f"~{self.encoding} (approximate: 4 chars/token)"

    def count(self, text: str) -> int:
        """Tokens in ``text``."""
        if not text:
            return 0
        n = self._cache.get(text)
        if n is not None:
            return n
        if len(text) > 4096:
            n = self._large.get(text)
            if n is None:
                n = self._count(text)
                self._large.put(text, n)
            return int(n)
        n = self._count(text)
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[text] = n
        return n

    def count_uncached(self, text: str) -> int:
        """Tokens in a non-empty ``text`` that is unlikely to repeat (not looked up or remembered,
        unless it is long: then the last few are, see :class:`RecentLarge`)."""
        if len(text) > 4096:
            return self.count(text)
        backend = self._backend
        if backend is None or len(text) > 500_000:
            return self._count(text)
        try:
            return int(backend(text))
        except Exception:
            return self._count(text)

    def _count(self, text: str) -> int:
        if self._backend is None:
            return math.ceil(len(text) / 4)
        if len(text) > 500_000:
            # The backend refuses very long inputs; count in pieces at line breaks.
            total, start = 0, 0
            while start < len(text):
                end = text.rfind("\n", start, start + 500_000)
                end = start + 500_000 if end <= start else end + 1
                total += self._count(text[start:end])
                start = end
            return total
        try:
            return int(self._backend(text))
        except Exception:
            try:
                return int(self._backend(text.encode("utf-8", "replace").decode("utf-8")))
            except Exception:
                return math.ceil(len(text) / 4)

    def value(self, value: Any) -> int:
        """Tokens of a message field value (strings directly, structures as JSON, numbers 0)."""
        if isinstance(value, str):
            return self.count(value)
        if value is None or isinstance(value, bool | int | float):
            return 0
        try:
            return self.count(json.dumps(value, ensure_ascii=False))
        except (TypeError, ValueError):
            return self.count(str(value))


def _rust_tokenizer(encoding: str) -> Any:
    """The Rust tokenizer of ``bpe_openai`` without importing its Python wrapper.

    ``import bpe_openai`` decodes the merge tables of three encodings into Python
    dicts (about 1.3 s and 130 MB) for its tiktoken-compatible API; counting only
    needs the compiled module, whose ``PyTokenizer.count`` is what the wrapper calls.
    The module is registered under its own name, so a later ``import bpe_openai``
    reuses it.
    """
    mod = sys.modules.get("bpe_openai._bindings")
    if mod is None:
        spec = importlib.util.find_spec("bpe_openai")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("bpe_openai is not installed")
        paths = [
            os.path.join(d, f)
            for d in spec.submodule_search_locations
            for f in sorted(os.listdir(d))
            if f.startswith("_bindings.") and f.endswith((".so", ".pyd"))
        ]
        if not paths:
            raise ImportError("bpe_openai has no compiled module")
        loader = importlib.machinery.ExtensionFileLoader("bpe_openai._bindings", paths[0])
        mspec = importlib.util.spec_from_file_location(
            "bpe_openai._bindings", paths[0], loader=loader
        )
        if mspec is None:  # pragma: no cover - defensive
            raise ImportError("cannot load bpe_openai._bindings")
        mod = importlib.util.module_from_spec(mspec)
        sys.modules["bpe_openai._bindings"] = mod
        try:
            loader.exec_module(mod)
        except BaseException:
            sys.modules.pop("bpe_openai._bindings", None)
            raise
    return mod.tokenizer_for_encoding(encoding)


@lru_cache(maxsize=4)
def get_counter(encoding: str = "o200k_base") -> TokenCounter:
    """A shared :class:`TokenCounter` for ``encoding``."""
    return TokenCounter(encoding)
