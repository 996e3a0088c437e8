"""Where ftaudit keeps its state and which optional services it talks to.

Order of precedence everywhere: an explicit argument (CLI flag), then the
environment, then the default here.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ftaudit.errors import ConfigError


def read_yaml(path: Path | str) -> Any:
    """Parse a YAML file of ftaudit's own (criteria, steps, prices...) with the safe loader.

    libyaml's C loader when PyYAML was built with it: the knowledge files are parsed on every
    cold start, and the pure-Python loader takes about 0.1 s over them.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)


# ftaudit.knowledge maps onto the repo's knowledge/ folder (see pyproject.toml), installed or editable.
KNOWLEDGE_DIR = Path(str(files("ftaudit.knowledge")))


def home() -> Path:
    """The data directory: ``FTAUDIT_HOME``, else the user's data dir."""
    env = os.environ.get("FTAUDIT_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("ftaudit", appauthor=False))


def guidance_dirs(extra: list[Path] | None = None) -> list[Path]:
    """User guidance folders: ``FTAUDIT_GUIDANCE`` (os.pathsep-separated) plus ``extra``."""
    dirs = [Path(p).expanduser() for p in os.environ.get("FTAUDIT_GUIDANCE", "").split(os.pathsep) if p]
    dirs += list(extra or [])
    for d in dirs:
        if not d.is_dir():
            raise ConfigError(f"guidance folder {str(d)!r} does not exist; create it or drop it from FTAUDIT_GUIDANCE")
    return dirs


def chroma_server() -> tuple[str, int, bool] | None:
    """``(host, port, ssl)`` of the Chroma server in ``FTAUDIT_CHROMA_URL``, if set."""
    url = os.environ.get("FTAUDIT_CHROMA_URL", "").strip()
    if not url:
        return None
    parsed = urlparse(url if "://" in url else f"http://{url}")
    if parsed.scheme not in {"http", "https"} or not parsed.hostname:
        raise ConfigError(f"FTAUDIT_CHROMA_URL={url!r} is not a URL like http://127.0.0.1:8000")
    ssl = parsed.scheme == "https"
    return parsed.hostname, parsed.port or (443 if ssl else 8000), ssl


def async_workers() -> int | None:
    """Audits run at once by the async API: ``FTAUDIT_ASYNC_WORKERS`` (a positive integer), else None."""
    raw = os.environ.get("FTAUDIT_ASYNC_WORKERS", "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else None


def prices_file() -> Path | None:
    """A prices file replacing the bundled one: ``FTAUDIT_PRICES``, else None."""
    raw = os.environ.get("FTAUDIT_PRICES", "")
    return Path(raw) if raw else None


def embedding_model_dir() -> Path | None:
    """Another copy of all-MiniLM-L6-v2 to embed with: ``FTAUDIT_EMBEDDING_MODEL``, else None (the shipped one)."""
    raw = os.environ.get("FTAUDIT_EMBEDDING_MODEL", "")
    return Path(raw) if raw else None


def cue_reader_only() -> bool:
    """``FTAUDIT_READER=lexicon``: read with the cue reader alone, for comparison."""
    return os.environ.get("FTAUDIT_READER", "").strip().lower() == "lexicon"


def ui_port() -> int:
    """The web app's default port: ``FTAUDIT_PORT``, else 7860."""
    raw = os.environ.get("FTAUDIT_PORT", "").strip()
    if not raw:
        return 7860
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise ConfigError(f"FTAUDIT_PORT={raw!r} is not a port number (1-65535)")
    return int(raw)
