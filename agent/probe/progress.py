"""Progress reporting shared by the probes."""

from __future__ import annotations

from collections.abc import Callable

ProbeProgress = Callable[[str, float], None]
"""``(probe name, share done 0..1)``."""


def quiet(_: str, __: float) -> None:
    """A progress callback that reports nothing."""
