"""Load: N concurrent browser sessions plus a batch, on loopback, for a bounded time.

The app runs in its own process (as ``ftaudit ui`` does); N gradio_client sessions
each hold a whole interview again and again (description with a session-unique
volume, two answers, an upload, a report download) while ``ftaudit batch`` audits a
folder of generated cases in another process, re-run with ``--force`` until the time
is up.  Reported: turns, errors, cross-talk (a session seeing another session's
number or file), p50/p95 turn time, batch cases done, and the app's RSS over time.
Baseline (same run): the turn time of one session alone before the load starts.

    FTAUDIT_HOME=/tmp/bench-home PYTHONPATH=. .venv/bin/python bench/bench_load.py [--sessions 20 --seconds 60]

Target: 0 errors, 0 cross-talk, 0 lost reports, RSS growth < 30% after warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("NO_PROXY", "localhost,127.0.0.1,::1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from bench._app import free_port, serve_app  # noqa: E402


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


@dataclass
class Stats:
    turns: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    crosstalk: list[str] = field(default_factory=list)
    interviews: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _sample(root: Path, i: int) -> Path:
    p = root / f"session-{i}-tickets.jsonl"
    rows = [json.dumps({"messages": [{"role": "user", "content": f"Ticket {i}-{j}: order {j} problem"},
                                     {"role": "assistant", "content": ["billing", "shipping", "login"][j % 3]}]})
            for j in range(40 + i)]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return p


def session(url: str, i: int, until: float, stats: Stats, root: Path) -> None:
    from gradio_client import Client, handle_file

    volume = 100_000 + 7_919 * (i + 1)  # unique per session: the cross-talk probe
    mine = f"{volume:,}"
    others = {f"{100_000 + 7_919 * (k + 1):,}" for k in range(64)} - {mine}
    sample = _sample(root, i)
    while time.monotonic() < until:
        try:  # a fresh browser session per interview (a reload): new session hash, new state
            client = Client(url, analytics_enabled=False, verbose=False)
        except Exception as exc:
            with stats.lock:
                stats.errors.append(f"s{i} connect: {exc!r}"[:200])
            time.sleep(0.5)
            continue
        turns = [(f"We classify support tickets into 12 queues, {volume:,} tickets a month.", []),
                 ("The queues rarely change.", []),
                 ("Here is a labelled sample.", [sample]),
                 ("report", [])]
        try:
            for text, files in turns:
                t0 = time.monotonic()
                job = client.submit({"text": text, "files": [handle_file(str(f)) for f in files]}, api_name="/chat")
                out = list(job.result(timeout=120))
                took = time.monotonic() - t0
                facts = str(out[2])
                blob = " ".join(str(o) for o in out[:7])
                with stats.lock:
                    stats.turns.append(took)
                    if mine not in facts:
                        stats.crosstalk.append(f"s{i}: own volume {mine} missing after {text[:20]!r}")
                    leaked = [o for o in others if o in blob]
                    if leaked:
                        stats.crosstalk.append(f"s{i}: sees {leaked[:2]}")
                    if any(f"session-{k}-tickets" in blob for k in range(64) if k != i):
                        stats.crosstalk.append(f"s{i}: sees another session's file")
            md = Path(client.predict("md", api_name="/report")).read_text(encoding="utf-8")
            with stats.lock:
                if mine.replace(",", "") not in md.replace(",", ""):
                    stats.crosstalk.append(f"s{i}: report lacks own volume")
                stats.interviews += 1
        except Exception as exc:
            with stats.lock:
                stats.errors.append(f"s{i}: {type(exc).__name__}: {exc}"[:300])
            time.sleep(0.5)
        finally:
            client.close()


def batch_loop(until: float, root: Path, results: dict[str, Any]) -> None:
    cases = root / "batch-cases"
    cases.mkdir(exist_ok=True)
    for k in range(30):
        (cases / f"case-{k:02d}.md").write_text(
            f"We route {1000 + 37 * k} tickets a month into {5 + k % 7} queues; we have {300 * k} labelled "
            "tickets and the categories rarely change.", encoding="utf-8")
    out = root / "batch-out"
    runs = failures = 0
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    while time.monotonic() < until:
        done = subprocess.run([sys.executable, "-m", "ftaudit.ui.cli.main", "batch", str(cases), "--out", str(out), "-q",
                               "--force"], cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
        runs += 1
        if done.returncode != 0:
            failures += 1
            results.setdefault("batch_errors", []).append(done.stderr[-300:])
    reports = sorted(out.glob("case-*.json"))
    lost = 0
    for p in reports:
        try:
            json.loads(p.read_text(encoding="utf-8"))
        except ValueError:
            lost += 1
    results.update(batch_runs=runs, batch_failures=failures, batch_reports=len(reports), batch_lost=lost + 30 - len(reports))


def run(sessions: int, seconds: float, *, verbose: bool = True) -> dict[str, Any]:
    from ftaudit.retrieve.index import open_index

    open_index()  # build once, before the app and the batch open it
    root = Path(tempfile.mkdtemp(prefix="ftaudit-load-"))
    port = free_port()
    app = serve_app(port, extra_env={"TMPDIR": str(root)})
    url = f"http://127.0.0.1:{port}/"
    try:
        solo = Stats()
        session(url, 63, time.monotonic() + 0.1, solo, root)  # one interview alone: the baseline
        baseline = statistics.median(solo.turns) if solo.turns else float("nan")
        stats = Stats()
        batch: dict[str, Any] = {}
        until = time.monotonic() + seconds
        rss: list[tuple[float, float]] = [(0.0, rss_mb(app.pid))]
        threads = [threading.Thread(target=session, args=(url, i, until, stats, root), daemon=True)
                   for i in range(sessions)]
        threads.append(threading.Thread(target=batch_loop, args=(until, root, batch), daemon=True))
        started = time.monotonic()
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            time.sleep(2.0)
            rss.append((round(time.monotonic() - started, 1), rss_mb(app.pid)))
            if time.monotonic() > until + 300:
                stats.errors.append("sessions did not finish within 300 s of the deadline")
                break
        alive = app.poll() is None
    finally:
        app.terminate()
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
    turns = sorted(stats.turns)
    warm = [m for t, m in rss if t >= min(15.0, seconds / 3)] or [rss[-1][1]]
    result = {
        "sessions": sessions, "seconds": seconds, "turns": len(turns), "interviews": stats.interviews,
        "errors": len(stats.errors), "error_samples": stats.errors[:5],
        "crosstalk": len(stats.crosstalk), "crosstalk_samples": stats.crosstalk[:5],
        "p50_turn_s": round(statistics.median(turns), 3) if turns else None,
        "p95_turn_s": round(turns[min(len(turns) - 1, round(0.95 * (len(turns) - 1)))], 3) if turns else None,
        "baseline_turn_s": round(baseline, 3), "app_alive": alive,
        "rss_mb_start": round(rss[0][1]), "rss_mb_after_warmup": round(warm[0]), "rss_mb_end": round(rss[-1][1]),
        "rss_mb_max": round(max(m for _, m in rss)), "rss_series": [(t, round(m)) for t, m in rss],
        **batch,
    }
    if verbose:
        print(json.dumps({k: v for k, v in result.items() if k != "rss_series"}, indent=2))
        print("RSS over time (s, MB):", " ".join(f"{t:.0f}:{m:.0f}" for t, m in result["rss_series"]))
        if result["p50_turn_s"] and baseline == baseline:
            print(f"p50 turn under load / alone: {result['p50_turn_s'] / baseline:.2f}x")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60.0)
    args = ap.parse_args()
    result = run(args.sessions, args.seconds)
    bad = result["errors"] or result["crosstalk"] or result.get("batch_lost") or not result["app_alive"]
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
