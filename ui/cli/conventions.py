"""Command-line conventions (clig.dev) shared by every subcommand: ``-v``, completion, "did you mean"."""

from __future__ import annotations

import argparse
import difflib
import logging
import sys
from collections.abc import Sequence
from typing import Any


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse keeps its subparsers here and nowhere public
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def finish(parser: argparse.ArgumentParser, subparsers: Any) -> None:
    """Add ``completion`` and give every subcommand ``-v/--verbose`` too (``ftaudit audit x -v``)."""
    from ftaudit.ui.cli import completion

    completion.add_parser(subparsers, parser)
    for sub in _subcommands(parser).values():
        if not any("--verbose" in a.option_strings for a in sub._actions):
            # SUPPRESS: when not given here, the top-level -v count stays.
            sub.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS,
                             help="more detail on stderr (-v, -vv)")


def unknown_command(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """A one-line error with a suggestion when the first word is not a command, else None."""
    words = [a for a in argv if not a.startswith("-")]
    if not words or any(a in ("-h", "--help", "--version") for a in argv[: argv.index(words[0])]):
        return None
    commands = _subcommands(parser)
    word = words[0]
    if word in commands:
        return None
    close = difflib.get_close_matches(word, list(commands), n=1, cutoff=0.6)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    return f"'{word}' is not a command.{hint} Commands: {', '.join(commands)} (ftaudit --help for more)"


def set_verbosity(level: int) -> None:
    """``-v``: ftaudit's info messages on stderr; ``-vv``: debug messages too."""
    if not level:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("ftaudit: %(message)s" if level == 1 else "ftaudit: %(name)s: %(message)s"))
    log = logging.getLogger("ftaudit")
    log.addHandler(handler)
    log.setLevel(logging.INFO if level == 1 else logging.DEBUG)
    log.info("verbose output on (level %d)", level)
