"""Batch audits with a model: throughput against --jobs, and the rate limiter.

Runs N audits' model work (checked extraction + narrative, i.e. the two calls an
audit makes) through :class:`ftaudit.llm.Assistant` forks on a bounded thread pool,
against the scripted OpenAI-compatible server in a separate process with
artificial latency per request.  The engine's own work (decision, retrieval) is
done once up front so the numbers measure the model path.  Prints throughput per
``--jobs`` as a ratio against jobs=1 measured in the same run, then one run with a
rate limit to show it caps throughput whatever the pool size.

    .venv/bin/python bench/bench_llm_batch.py --audits 24 --latency 0.2 --rate 10
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ftaudit.app.api import analyse  # noqa: E402
from ftaudit.facts import UseCase  # noqa: E402
from ftaudit.llm import Assistant, LLMSettings, RateLimiter  # noqa: E402
from ftaudit.read.lexicon import extract_facts  # noqa: E402
from ftaudit.report.build import AuditReport  # noqa: E402
from ftaudit.retrieve.index import open_index  # noqa: E402
from pydantic import SecretStr  # noqa: E402

CASES = Path(os.environ.get("FTAUDIT_SHARED", REPO.parent / "shared")) / "cases" / "dev"


def start_server(latency: float) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "scripted_server.py"), "--latency", str(latency)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def prepare(n: int, index: Any) -> list[tuple[str, AuditReport]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CASES.glob("*.md"))] or [
        "We answer questions about our internal policies, which change weekly; answers must cite them."
    ]
    items = []
    for i in range(n):
        text = texts[i % len(texts)]
        case = UseCase(description=text).merged(extract_facts(text))
        items.append((text, analyse(case, index=index)))
    return items


def run(items: list[tuple[str, AuditReport]], base: Assistant, jobs: int, index: Any) -> tuple[float, dict[str, int]]:
    def one(item: tuple[str, AuditReport]) -> dict[str, Any]:
        text, report = item
        a = base.fork()
        a.extract(text, extract_facts(text))
        a.narrate(report, index)
        return a.usage()

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        usages = list(pool.map(one, items))
    seconds = time.perf_counter() - start
    totals = {k: sum(u[k] for u in usages) for k in ("calls", "http_requests", "prompt_tokens", "completion_tokens")}
    totals["fallbacks"] = sum(len(u["fallbacks"]) for u in usages)
    return seconds, totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--audits", type=int, default=24)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds the server adds to each request")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--rate", type=float, default=10.0, help="requests/s for the rate-limited run (0: skip)")
    args = parser.parse_args()

    os.environ.setdefault("FTAUDIT_HOME", str(Path(tempfile.gettempdir()) / "ftaudit-bench-home"))
    index = open_index(progress=lambda m: print(m, file=sys.stderr))
    items = prepare(args.audits, index)
    proc, url = start_server(args.latency)
    try:
        settings = LLMSettings(
            base_url=url, api_key=SecretStr("not-needed"), model="scripted", timeout=30, max_retries=0
        )
        base = Assistant(settings)
        run(items[:2], base, 1, index)  # warm-up: imports, client, connection pool
        print(
            f"{args.audits} audits x 2 model calls, server latency {args.latency:g} s/request "
            f"(scripted server, separate process)"
        )
        print(f"{'jobs':>5} {'seconds':>8} {'audits/s':>9} {'ratio':>6} {'calls':>6} {'tokens':>8} {'fallbacks':>9}")
        baseline = None
        for jobs in args.jobs:
            seconds, t = run(items, base, jobs, index)
            rate = args.audits / seconds
            baseline = baseline or rate
            print(
                f"{jobs:>5} {seconds:>8.2f} {rate:>9.2f} {rate / baseline:>6.2f} {t['calls']:>6} "
                f"{t['prompt_tokens'] + t['completion_tokens']:>8} {t['fallbacks']:>9}"
            )
        if args.rate > 0:
            limited = Assistant(settings, rate_limiter=RateLimiter(rate=args.rate, burst=1))
            jobs = max(args.jobs)
            seconds, t = run(items, limited, jobs, index)
            achieved = t["http_requests"] / seconds
            print(
                f"rate limit {args.rate:g} req/s at jobs={jobs}: {achieved:.2f} req/s achieved, "
                f"{args.audits / seconds:.2f} audits/s (ratio {args.audits / seconds / (baseline or 1):.2f} vs jobs=1)"
            )
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
