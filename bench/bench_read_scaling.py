"""Reading time against description size, 1 KB to 1 MB: linear, also on hostile text.

The red team found quadratic reading: 40 KB of "A. A. A. ..." took 75 s (every period ran the
abbreviation regex over the whole sentence so far) and 40 KB of "1,000 1,000 ..." 65 s (every
number lower-cased and scanned the whole sentence).  This prints, for each text and each size,
the time of the offline reader (:func:`ftaudit.app.api.extract_with`: the instruction guard plus
:func:`ftaudit.read.lexicon.extract_facts`) and the ratio to the previous size.  Linear reading
doubles (ratio ~2) per doubling; quadratic reading quadruples.

``audit()`` refuses descriptions over 200,000 characters; the reader itself is measured beyond
that, up to 1 MB, to show the trend.

Two more hostile texts were quadratic until ``negated()`` looked at a bounded window before each
cue instead of the whole sentence, and the own-use check ran once per sentence instead of once per
volume: ``cues`` ("cite no cite ...", about 4x per doubling before, 1.66x after) and ``volumes``
("1,000 tickets a month ...", about 3.5x before, 1.69x after, measured to 64 KB on a loaded machine).
The facts read from all 845 corpus texts are unchanged (``bench/dump_read_facts.py --compare``).

    .venv/bin/python bench/bench_read_scaling.py [--max-kb 1024] [--texts normal,periods,numbers]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from ftaudit.app.api import MAX_DESCRIPTION_CHARS, extract_with

NORMAL = (
    "We run the customer help desk for a mid-sized online retailer. About 40,000 tickets arrive a month, "
    "mostly about orders, returns and delivery. Agents answer from our returns policy and a knowledge base "
    "of 1,800 articles that changes every week. Answers must cite the article they came from, e.g. the "
    "returns page, and reach the customer within two seconds. We have 6,500 past tickets that agents "
    "tagged with the right queue. Latency matters more than style; the tone should stay friendly.\n"
)

TEXTS: dict[str, Callable[[int], str]] = {
    "normal": lambda n: (NORMAL * (n // len(NORMAL) + 1))[:n],
    "periods": lambda n: ("A. " * (n // 3 + 1))[:n],  # every period tests the abbreviation rule
    "numbers": lambda n: ("1,000 " * (n // 6 + 1))[:n],  # every number is classified
}
MORE_TEXTS: dict[str, Callable[[int], str]] = {  # opt-in (slower to run): negations and volumes
    "cues": lambda n: ("cite no cite " * (n // 13 + 1))[:n],
    "volumes": lambda n: ("1,000 tickets a month " * (n // 22 + 1))[:n],
}


def _time(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        extract_with(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=1024, help="largest size in KB (default 1024 = 1 MB)")
    parser.add_argument("--texts", default=",".join(TEXTS),
                        help=f"comma-separated, of {', '.join([*TEXTS, *MORE_TEXTS])}")
    args = parser.parse_args()
    sizes = []
    kb = 1
    while kb <= args.max_kb:
        sizes.append(kb)
        kb *= 2
    extract_with(NORMAL)  # warm up: regexes compiled, caches filled
    print(f"offline reader (guard + extract_facts); audit() caps descriptions at {MAX_DESCRIPTION_CHARS:,} characters")
    print(f"{'text':8} {'size':>8} {'seconds':>9} {'us/KB':>8} {'x prev':>7}")
    for name in args.texts.split(","):
        make = {**TEXTS, **MORE_TEXTS}[name]
        previous = None
        ratios = []
        for kb in sizes:
            seconds = _time(make(kb * 1024), 3 if kb <= 64 else 1)
            ratio = seconds / previous if previous else None
            if ratio is not None and kb >= 16:  # below that, fixed costs dominate
                ratios.append(ratio)
            print(f"{name:8} {kb:>6} KB {seconds:>9.3f} {seconds / kb * 1e6:>8.0f} "
                  f"{'' if ratio is None else f'{ratio:6.2f}x'}", flush=True)
            previous = seconds
        if ratios:
            mean = sum(ratios) / len(ratios)
            verdict = "linear" if mean < 2.6 else "SUPERLINEAR"
            print(f"{name:8} mean ratio per doubling from 16 KB: {mean:.2f}x ({verdict}; quadratic would be ~4x)\n")


if __name__ == "__main__":
    main()
