"""Load: concurrent UI sessions plus a batch on loopback for a bounded time — no errors, no
cross-talk between sessions, no lost batch report, memory bounded.  The full 20-session,
60-second run is ``bench/bench_load.py``; CI runs a smaller one through the same code."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SESSIONS = int(os.environ.get("FTAUDIT_LOAD_SESSIONS", "8"))
SECONDS = float(os.environ.get("FTAUDIT_LOAD_SECONDS", "20"))


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_load", REPO / "bench" / "bench_load.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_load"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_sessions_and_a_batch_under_load(session_home: Path) -> None:
    result = _bench().run(SESSIONS, SECONDS, verbose=True)
    assert result["app_alive"]
    assert result["errors"] == 0, result["error_samples"]
    assert result["crosstalk"] == 0, result["crosstalk_samples"]
    assert result["interviews"] >= SESSIONS
    assert result["batch_runs"] >= 1 and result["batch_failures"] == 0 and result["batch_lost"] == 0
    assert result["p95_turn_s"] < 30
    assert result["rss_mb_max"] < 2 * max(result["rss_mb_after_warmup"], 300)
