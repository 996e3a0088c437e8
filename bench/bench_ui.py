"""Benchmark the browser app through gradio_client (offline engine).

Measures, per chat turn, the time from sending a message to the first streamed
token and to the full reply; then the p95 per turn with 20 concurrent sessions.
Baseline (same run): the engine alone (``AuditSession.answer`` + ``report`` +
``next_question``) for the same turns, so the ratio shows what the UI adds.

    FTAUDIT_HOME=/tmp/bench-home PYTHONPATH=. .venv/bin/python bench/bench_ui.py [--sessions 20]

Targets: first token < 300 ms, p95 full reply < 2 s (offline backend).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("NO_PROXY", "localhost,127.0.0.1,::1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ftaudit import AuditSession, open_index
from gradio_client import Client

from bench._app import free_port, serve_app

TURNS = [
    "We want a support assistant that answers customer questions about our products.",
    "Our product docs change weekly.",
    "About 80,000 questions a month.",
    "Actually it's 2 million questions a month.",
    "report",
]


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def run_session(url: str, timings: list[tuple[float, float]], errors: list[str]) -> None:
    client = Client(url, analytics_enabled=False, verbose=False)
    try:
        for text in TURNS:
            t0 = time.perf_counter()
            job = client.submit({"text": text, "files": []}, api_name="/chat")
            first = None
            for _ in job:  # blocks until each streamed update arrives (no polling)
                if first is None:
                    first = time.perf_counter() - t0
            job.result()
            full = time.perf_counter() - t0
            timings.append((first if first is not None else full, full))
    except Exception as e:  # pragma: no cover - reported, not raised
        errors.append(repr(e))
    finally:
        client.close()


def _cpu(pid: int) -> float:
    """User+system CPU seconds of a process (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def engine_baseline(index: object) -> list[float]:
    out = []
    for _ in range(5):
        s = AuditSession(index=index)  # type: ignore[arg-type]
        for text in TURNS:
            t0 = time.perf_counter()
            if text != "report":
                s.answer(text)
            s.report()
            s.next_question()
            out.append(time.perf_counter() - t0)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5, help="sequential interviews for the single-user numbers")
    args = ap.parse_args()

    t0 = time.perf_counter()
    index = open_index()
    port = free_port()
    proc = serve_app(port, timeout=180)
    url = f"http://127.0.0.1:{port}/"
    print(f"app ready in {time.perf_counter() - t0:.1f}s at {url}")
    base = engine_baseline(index)
    try:
        seq: list[tuple[float, float]] = []
        errors: list[str] = []
        run_session(url, [], errors)  # warm-up
        for _ in range(args.rounds):
            run_session(url, seq, errors)
        firsts = [f * 1000 for f, _ in seq]
        fulls = [f * 1000 for _, f in seq]
        conc: list[tuple[float, float]] = []
        threads = [threading.Thread(target=run_session, args=(url, conc, errors)) for _ in range(args.sessions)]
        t1 = time.perf_counter()
        cpu0_server, cpu0_bench = _cpu(proc.pid), time.process_time()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t1
        cpu_server = _cpu(proc.pid) - cpu0_server
        cpu_bench = time.process_time() - cpu0_bench
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    cfull = [f * 1000 for _, f in conc]
    cfirst = [f * 1000 for f, _ in conc]
    engine_ms = statistics.median(base) * 1000
    print(f"engine baseline (no UI): median {engine_ms:.0f} ms per turn, p95 {p95(base) * 1000:.0f} ms")
    print(
        f"single session, {len(seq)} turns: first token median {statistics.median(firsts):.0f} ms "
        f"(p95 {p95(firsts):.0f}); full reply median {statistics.median(fulls):.0f} ms "
        f"(p95 {p95(fulls):.0f}); ratio full/engine {statistics.median(fulls) / engine_ms:.1f}x"
    )
    print(
        f"{args.sessions} concurrent sessions, {len(conc)} turns in {wall:.1f}s: first token p95 "
        f"{p95(cfirst):.0f} ms; full reply median {statistics.median(cfull):.0f} ms, p95 {p95(cfull):.0f} ms"
    )
    print(
        f"CPU during the concurrent run: server {cpu_server:.1f}s ({cpu_server / max(1, len(conc)) * 1000:.0f} ms/turn), "
        f"clients {cpu_bench:.1f}s ({cpu_bench / max(1, len(conc)) * 1000:.0f} ms/turn); {os.cpu_count()} CPUs"
    )
    ok = statistics.median(firsts) < 300 and p95(cfull) < 2000 and not errors
    print(
        f"targets (first token < 300 ms, p95 full < 2000 ms at {args.sessions} sessions): "
        f"{'met' if ok else 'NOT met'}" + (f"; errors: {errors[:3]}" if errors else "")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
