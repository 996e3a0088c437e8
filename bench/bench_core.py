"""Core speed: cold CLI audit, warm in-process audit(), batch over 1,000 generated cases.

Each measurement is printed beside a baseline measured in the same run, with the
ratio.  Targets (issue 2, on a 2-core machine; issue 10 allows a cold audit of 2 s): cold audit <= 1.5 s, warm audit
<= 100 ms, batch of 1,000 cases <= 60 s.

    .venv/bin/python bench/bench_core.py [--cases 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CASE = ROOT / "examples" / "loan-product-questions.md"

TASKS = [
    "classify incoming {thing} into {n} categories",
    "answer staff questions about our {n} internal {docs}",
    "draft replies to {thing} in our house style",
    "extract {n} fields from {thing} into a fixed JSON schema",
    "brainstorm ideas for {thing}",
]
EXTRAS = [
    "We get about {v:,} {thing} a month.",
    "We have {e:,} labelled examples.",
    "We have no labelled data.",
    "The {docs} are updated every {period}.",
    "Answers must cite the source document.",
    "Output must be valid JSON.",
    "Tone must match our brand voice.",
    "This is an early prototype with no budget.",
    "Responses must arrive within {ms} ms.",
    "We tried prompting and it plateaued at 80% accuracy.",
]


def generate_cases(folder: Path, count: int, seed: int = 7) -> None:
    """Write ``count`` varied synthetic case files into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        fill = {"thing": rng.choice(["tickets", "emails", "claims", "reviews", "invoices", "reports"]),
                "docs": rng.choice(["policies", "manuals", "guidelines", "documents"]),
                "n": rng.randint(3, 900), "v": rng.choice([300, 5000, 80_000, 2_000_000]),
                "e": rng.choice([20, 400, 9000, 60_000]), "period": rng.choice(["week", "month", "year"]),
                "ms": rng.choice([200, 800, 3000])}
        lines = [f"# Case {i}", "", "We want to " + rng.choice(TASKS).format(**fill) + "."]
        lines += [e.format(**fill) for e in rng.sample(EXTRAS, rng.randint(2, 6))]
        (folder / f"case-{i:04d}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="ftaudit-bench-"))
    env = {**os.environ, "FTAUDIT_HOME": str(home)}
    os.environ["FTAUDIT_HOME"] = str(home)
    py, ftaudit = str(BIN / "python"), str(BIN / "ftaudit")
    print(f"building the index in {home} ...", flush=True)
    subprocess.run([ftaudit, "index"], check=True, env=env, stdout=subprocess.DEVNULL)

    rows = []
    base = [timed([py, "-c", "import numpy, pydantic, yaml"], env) for _ in range(args.repeat)]
    cold = [timed([ftaudit, "audit", str(CASE)], env) for _ in range(args.repeat)]
    rows.append(("cold `ftaudit audit` (one case)", statistics.median(cold), "python + import numpy/pydantic/yaml",
                 statistics.median(base), 1.5))

    from ftaudit import audit
    from ftaudit.read.lexicon import extract_facts

    text = CASE.read_text()
    audit(text)  # warm up: index opened, caches filled
    warm = []
    for _ in range(max(args.repeat * 4, 20)):
        start = time.perf_counter()
        audit(text)
        warm.append(time.perf_counter() - start)
    extract = []
    for _ in range(max(args.repeat * 4, 20)):
        start = time.perf_counter()
        extract_facts(text)
        extract.append(time.perf_counter() - start)
    rows.append(("warm in-process audit()", statistics.median(warm), "offline fact extraction alone",
                 statistics.median(extract), 0.100))

    folder = home / "cases"
    generate_cases(folder, args.cases)
    out = home / "out"
    batch = timed([ftaudit, "batch", str(folder), "--out", str(out), "--jobs", str(args.jobs), "-q"], env)
    rerun = timed([ftaudit, "batch", str(folder), "--out", str(out), "--jobs", str(args.jobs), "-q"], env)
    rows.append((f"`ftaudit batch` over {args.cases} generated cases (--jobs {args.jobs})", batch,
                 "re-run of the same batch (all cached)", rerun, 60.0))

    print()
    print(f"{'measurement':58} {'median':>9} {'baseline':>44} {'ratio':>7} {'target':>8}")
    for name, value, base_name, base_value, target in rows:
        status = "ok" if value <= target else "MISSED"
        print(f"{name:58} {value * 1000:8.0f}ms {base_name:>35} {base_value * 1000:6.0f}ms "
              f"{value / base_value:6.2f}x {target * 1000:6.0f}ms {status}")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
