"""The errors ftaudit raises on purpose.

Each message says what went wrong and how to fix it.  The CLI turns them into one
line on stderr and an exit code; the UI turns them into a chat message.
"""

from __future__ import annotations


class FtauditError(Exception):
    """Base class of every error ftaudit raises for a reason the user can act on."""

    exit_code = 1


class ConfigError(FtauditError):
    """Configuration is missing or invalid (environment, flags, installed files)."""


class InputError(FtauditError):
    """A use-case or data file cannot be read or has the wrong shape.

    Shown to the person who supplied the file; exit code 2 in the CLI.
    """

    exit_code = 2

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class GuidanceIndexError(FtauditError):
    """The guidance index could not be built or opened."""


class ModelError(FtauditError):
    """A configured language model failed; the audit falls back to the offline path."""


def require(module: str, extra: str, purpose: str) -> None:
    """Raise a :class:`ConfigError` naming the pip extra if ``module`` is not installed."""
    import importlib.util

    try:
        found = importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ConfigError(f"{purpose} needs the optional {extra!r} extra: pip install 'ftaudit[{extra}]'")
