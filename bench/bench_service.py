"""The HTTP service under concurrency: N requests at once, latency percentiles and errors.

The service (``ftaudit serve``) runs in its own process on loopback; N clients post at once
(half with a small inline data file).  The baseline is the same N audits called in-process
at the same concurrency with ``asyncio.gather(aaudit(...))``, measured in the same run: the
ratio is what HTTP, JSON and the server add.

    .venv/bin/python bench/bench_service.py [--requests 50] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _app import REPO, free_port

CASES = [
    "We route {n} support tickets a month into 40 queues and have 60,000 tickets labelled by agents.",
    "Staff ask questions about our {n} internal policy documents, which change every week; answers must cite the policy.",
    "We draft {n} product descriptions a month in our house style from a spec sheet of attributes.",
    "A chatbot should answer customer questions about our {n} products; prices change daily.",
    "We extract invoice fields (date, total, supplier) from {n} scanned invoices a month into JSON.",
]
DATA = "\n".join(json.dumps({"messages": [{"role": "user", "content": f"Ticket {i}: my printer on floor {i % 9} jams"},
                                          {"role": "assistant", "content": ["hardware", "network", "billing"][i % 3]}]})
                 for i in range(200))


def requests(n: int) -> list[dict[str, object]]:
    out = []
    for i in range(n):
        body: dict[str, object] = {"description": CASES[i % len(CASES)].format(n=f"{(i + 1) * 1000:,}")}
        if i % 2:
            body["data"] = [{"name": "tickets.jsonl", "content": DATA}]
        out.append(body)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def in_process(bodies: list[dict[str, object]]) -> tuple[list[float], int, float]:
    from ftaudit.app.aio import aaudit

    tmp = Path(tempfile.mkdtemp(prefix="bench-service-"))
    data = tmp / "tickets.jsonl"
    data.write_text(DATA)

    async def one(body: dict[str, object]) -> float:
        t = time.perf_counter()
        await aaudit(str(body["description"]), [data] if "data" in body else [])
        return time.perf_counter() - t

    start = time.perf_counter()
    times = await asyncio.gather(*[one(b) for b in bodies])
    return list(times), 0, time.perf_counter() - start


async def over_http(base: str, bodies: list[dict[str, object]]) -> tuple[list[float], int, float]:
    limits = httpx.Limits(max_connections=len(bodies), max_keepalive_connections=len(bodies))
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        await client.get("/v1/health")

        async def one(body: dict[str, object]) -> tuple[float, bool]:
            t = time.perf_counter()
            try:
                r = await client.post("/v1/audit", json=body)
                ok = r.status_code == 200 and r.json().get("approach") in {"prompt", "rag", "fine_tune"}
            except httpx.HTTPError:
                ok = False
            return time.perf_counter() - t, ok

        start = time.perf_counter()
        results = await asyncio.gather(*[one(b) for b in bodies])
        wall = time.perf_counter() - start
    return [t for t, _ in results], sum(not ok for _, ok in results), wall


def start_server(port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "ftaudit.ui.cli.main", "serve", "--port", str(port)], cwd=REPO,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError as err:
            if proc.poll() is not None:
                tail = proc.stderr.read().decode()[-2000:] if proc.stderr else ""
                raise SystemExit(f"service failed to start: {tail}") from err
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("service did not start within 120 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    bodies = requests(args.requests)
    port = free_port()
    proc = start_server(port)
    try:
        base = f"http://127.0.0.1:{port}"
        asyncio.run(over_http(base, bodies[:4]))  # warm: index open, code paths hot
        asyncio.run(in_process(bodies[:4]))
        print(f"{args.requests} concurrent audits (half with a 200-example data file), {args.rounds} rounds")
        print(f"{'round':>5} | {'service p50':>11} {'p95':>7} {'errors':>6} {'wall':>6} | "
              f"{'in-process p50':>14} {'p95':>7} {'wall':>6} | p95 ratio")
        for n in range(1, args.rounds + 1):
            s_times, errors, s_wall = asyncio.run(over_http(base, bodies))
            b_times, _, b_wall = asyncio.run(in_process(bodies))
            print(f"{n:>5} | {pct(s_times, .5):>10.2f}s {pct(s_times, .95):>6.2f}s {errors:>6} {s_wall:>5.2f}s | "
                  f"{pct(b_times, .5):>13.2f}s {pct(b_times, .95):>6.2f}s {b_wall:>5.2f}s | "
                  f"{pct(s_times, .95) / pct(b_times, .95):.2f}x")
        seq_http, seq_local = [], []
        for body in bodies[:20]:  # one request at a time: what the server adds to one audit
            t, _, _ = asyncio.run(over_http(base, [body]))
            b, _, _ = asyncio.run(in_process([body]))
            seq_http += t
            seq_local += b
        print(f"one at a time (20 requests): service median {statistics.median(seq_http) * 1000:.0f} ms, "
              f"in-process median {statistics.median(seq_local) * 1000:.0f} ms "
              f"({statistics.median(seq_http) / statistics.median(seq_local):.2f}x)")
        print(f"throughput: service {args.requests / s_wall:.1f} audits/s, in-process {args.requests / b_wall:.1f} audits/s "
              f"(last round); median single audit in-process {statistics.median(b_times) * 1000:.0f} ms under load")
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
