"""Benchmark: ``inspect_paths`` versus a straightforward reimplementation of the cookbook checks.

Generates a chat JSONL file (default 200,000 examples), then runs, each in its own
subprocess so peak memory is measured cleanly:

* the baseline: the OpenAI cookbook's "Data preparation and analysis for chat model
  fine-tuning" checks as the notebook writes them (load every line with
  ``json.loads`` into a list, format-error loop, ``num_tokens_from_messages`` with
  ``encoding.encode`` per value, distributions with numpy, epoch heuristic), using
  the same tokenizer (``bpe_openai`` o200k_base);
* the inspector (``ftaudit.inspect.inspect_paths``), which does all of that plus
  duplicates, conflicts, personal data, injection text, task shape and facts.

Prints wall time, peak RSS and the ratios.  Not a timed test.  The inspector forks two
workers for a file this size; its peak RSS is the main process (workers are printed
separately and share the parent's pages).

    .venv/bin/python bench/bench_inspect.py              # 200k examples
    .venv/bin/python bench/bench_inspect.py --sizes 200000 1000000 --baseline-max 200000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

ISSUES = [
    "VPN drops every few minutes",
    "Outlook asks for password repeatedly",
    "Printer on floor 3 shows offline",
    "Laptop fan is very loud",
    "Cannot access shared drive S:",
    "Teams camera not detected",
    "MFA codes not arriving",
    "Excel crashes when opening a file",
    "Monitor flickers after docking",
    "Cannot install the approved browser extension",
]
TAILS = [
    "Urgent, client meeting at 2pm.",
    "Started this morning.",
    "Happens since yesterday.",
    "Colleagues have the same issue.",
    "Only on the office network.",
    "After the update.",
]
WORDS = [
    "settings",
    "restart",
    "reconnect",
    "cache",
    "profile",
    "driver",
    "update",
    "network",
    "policy",
    "account",
    "device",
    "laptop",
    "screen",
    "cable",
    "adapter",
    "server",
    "queue",
    "token",
    "sync",
    "reset",
    "clear",
    "install",
    "remove",
]


def generate(path: Path, n: int, seed: int = 7) -> None:
    """Write ``n`` chat examples (with a few defects) to ``path``."""
    rnd = random.Random(seed)
    system = "You are the ACME IT helpdesk. Reply in house format."
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            issue = rnd.choice(ISSUES)
            detail = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 40)))
            user = f"Ticket INC{100000 + i}: {issue}. {rnd.choice(TAILS)} {detail}"
            steps = "\n".join(
                f"{k}. {rnd.choice(WORDS).capitalize()} the "
                f"{rnd.choice(WORDS)} {rnd.choice(WORDS)}."
                for k in range(1, 4)
            )
            answer = (
                f"Diagnosis: {rnd.choice(WORDS)} {rnd.choice(WORDS)} misconfigured.\n{steps}\n"
                f"Reply to this message quoting INC{100000 + i} if the problem persists."
            )
            rec = {
                "messages": [
                    {"role": "system", "content": system},
                    {"role": "user", "content": user},
                    {"role": "assistant", "content": answer},
                ]
            }
            if i % 5000 == 1:
                rec["messages"].pop()  # missing assistant
            if i % 7919 == 3:
                user += " Reach me at someone@example.com."
                rec["messages"][1]["content"] = user
            fh.write(json.dumps(rec) + "\n")
            if i % 10007 == 5:
                fh.write('{"messages": [{"role": "user", "content": "truncated\n')


# ----------------------------------------------------------------------------- baseline


def baseline(path: Path) -> dict[str, object]:
    """The cookbook notebook's checks, written the way the notebook writes them."""
    import numpy as np
    from bpe_openai import get_encoding

    encoding = get_encoding("o200k_base")
    with open(path, encoding="utf-8") as f:
        dataset = []
        for line in f:
            try:  # noqa: SIM105 - the notebook has no try at all
                dataset.append(json.loads(line))
            except json.JSONDecodeError:
                pass  # the notebook would crash here; count it as skipped
    format_errors: dict[str, int] = defaultdict(int)
    for ex in dataset:
        if not isinstance(ex, dict):
            format_errors["data_type"] += 1
            continue
        messages = ex.get("messages", None)
        if not messages:
            format_errors["missing_messages_list"] += 1
            continue
        for message in messages:
            if "role" not in message or "content" not in message:
                format_errors["message_missing_key"] += 1
            if any(
                k not in ("role", "content", "name", "function_call", "weight") for k in message
            ):
                format_errors["message_unrecognized_key"] += 1
            if message.get("role", None) not in ("system", "user", "assistant", "function"):
                format_errors["unrecognized_role"] += 1
            content = message.get("content", None)
            function_call = message.get("function_call", None)
            if (not content and not function_call) or not isinstance(content, str):
                format_errors["missing_content"] += 1
        if not any(message.get("role", None) == "assistant" for message in messages):
            format_errors["example_missing_assistant_message"] += 1

    def num_tokens_from_messages(messages, tokens_per_message=3, tokens_per_name=1):
        num_tokens = 0
        for message in messages:
            num_tokens += tokens_per_message
            for key, value in message.items():
                num_tokens += len(encoding.encode(value))
                if key == "name":
                    num_tokens += tokens_per_name
        num_tokens += 3
        return num_tokens

    def num_assistant_tokens_from_messages(messages):
        num_tokens = 0
        for message in messages:
            if message["role"] == "assistant":
                num_tokens += len(encoding.encode(message["content"]))
        return num_tokens

    n_missing_system = n_missing_user = 0
    n_messages, convo_lens, assistant_message_lens = [], [], []
    for ex in dataset:
        messages = ex["messages"]
        if not any(message["role"] == "system" for message in messages):
            n_missing_system += 1
        if not any(message["role"] == "user" for message in messages):
            n_missing_user += 1
        n_messages.append(len(messages))
        convo_lens.append(num_tokens_from_messages(messages))
        assistant_message_lens.append(num_assistant_tokens_from_messages(messages))
    stats = {}
    for name, values in (
        ("n_messages", n_messages),
        ("convo", convo_lens),
        ("assistant", assistant_message_lens),
    ):
        stats[name] = (
            min(values),
            max(values),
            np.mean(values),
            np.median(values),
            np.quantile(values, 0.1),
            np.quantile(values, 0.9),
        )
    n_too_long = sum(length > 16385 for length in convo_lens)
    n_train = len(dataset)
    n_epochs = 3
    if n_train * 3 < 100:
        n_epochs = min(25, 100 // n_train)
    elif n_train * 3 > 25000:
        n_epochs = max(1, 25000 // n_train)
    billing = sum(min(16385, length) for length in convo_lens)
    return {
        "examples": len(dataset),
        "errors": dict(format_errors),
        "too_long": n_too_long,
        "billing_tokens": billing,
        "epochs": n_epochs,
    }


def inspector(path: Path) -> dict[str, object]:
    """The project's inspector."""
    sys.path.insert(0, str(REPO))
    from ftaudit.inspect import inspect_paths

    r = inspect_paths([path])
    return {
        "examples": r.summary.n_examples,
        "errors": {f.code: f.count for f in r.findings if f.severity == "error"},
        "billing_tokens": r.summary.billing_tokens.get(16385),
        "findings": len(r.findings),
    }


def _worker(kind: str, path: str) -> None:
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    result = (baseline if kind == "baseline" else inspector)(Path(path))
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB on Linux
    # Worker processes (the inspector forks two for large files): the largest one's peak and
    # their CPU time.  They share the parent's pages (tokenizer, numpy) copy-on-write, so
    # peak + peak_children over-counts.
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "kind": kind,
                "seconds": elapsed,
                "cpu_seconds": cpu + kids.ru_utime + kids.ru_stime,
                "peak_mb": peak,
                "peak_children_mb": kids.ru_maxrss / 1024,
                "result": result,
            },
            default=str,
        )
    )


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def _show(name: str, r: dict[str, object]) -> None:
    kids = float(r.get("peak_children_mb") or 0)  # type: ignore[arg-type]
    extra = f", largest worker {kids:.0f} MB" if kids else ""
    print(
        f"{name}: {float(r['seconds']):.1f} s wall, {float(r['cpu_seconds']):.1f} s CPU, "  # type: ignore[arg-type]
        f"peak RSS {float(r['peak_mb']):.0f} MB{extra}"  # type: ignore[arg-type]
    )


def _run(kind: str, path: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", kind, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200_000])
    ap.add_argument(
        "--baseline-max",
        type=int,
        default=200_000,
        help="skip the baseline above this size (it holds the whole file in memory)",
    )
    ap.add_argument("--worker", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(*args.worker)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"chat-{n}.jsonl"
            t0 = time.perf_counter()
            generate(path, n)
            size_mb = path.stat().st_size / 1e6
            print(
                f"\n== {n:,} examples ({size_mb:,.0f} MB, generated in "
                f"{time.perf_counter() - t0:.1f} s)"
            )
            print(_load())
            ours = _run("inspector", path)
            _show("inspector", ours)
            if n <= args.baseline_max:
                base = _run("baseline", path)
                _show("baseline ", base)
                print(_load())
                print(
                    f"speed ratio (baseline / inspector): "
                    f"{float(base['seconds']) / float(ours['seconds']):.2f}x; memory ratio: "
                    f"{float(base['peak_mb']) / float(ours['peak_mb']):.2f}x"
                )
                b, o = base["result"], ours["result"]
                print(
                    f"billing tokens at 16,385: baseline {b['billing_tokens']:,} "  # type: ignore[index]
                    f"inspector {o['billing_tokens']:,}"
                )  # type: ignore[index]
            path.unlink()


if __name__ == "__main__":
    main()
