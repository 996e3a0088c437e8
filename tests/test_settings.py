"""Every FTAUDIT_* variable the library reads is read in ftaudit.settings, and read when used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ftaudit import settings
from ftaudit.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def test_the_library_reads_its_environment_only_in_settings() -> None:
    readers = [p.relative_to(REPO).as_posix() for p in (REPO / "agent").rglob("*.py")
               if p.name != "settings.py" and re.search(r"environ(?:\.get)?\s*[\[(]\s*[\"']FTAUDIT_", p.read_text())]
    assert readers == []


def test_settings_are_read_at_call_time(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FTAUDIT_ASYNC_WORKERS", "3")
    monkeypatch.setenv("FTAUDIT_PRICES", str(tmp_path / "p.yaml"))
    monkeypatch.setenv("FTAUDIT_READER", " Lexicon ")
    assert settings.async_workers() == 3 and settings.prices_file() == tmp_path / "p.yaml"
    assert settings.cue_reader_only()
    monkeypatch.setenv("FTAUDIT_ASYNC_WORKERS", "0")
    monkeypatch.delenv("FTAUDIT_PRICES")
    assert settings.async_workers() is None and settings.prices_file() is None


@pytest.mark.parametrize("raw", ["abc", "0", "70000", "-1"])
def test_a_bad_port_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("FTAUDIT_PORT", raw)
    with pytest.raises(ConfigError, match="FTAUDIT_PORT"):
        settings.ui_port()
    monkeypatch.delenv("FTAUDIT_PORT")
    assert settings.ui_port() == 7860
