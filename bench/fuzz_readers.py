"""Long fuzz run of every reader (and the extractor), with the CI properties of
``tests/inspect/test_hardening_fuzz.py`` and more examples per target.

    FTAUDIT_HOME=/tmp/bench-home PYTHONPATH=. .venv/bin/python bench/fuzz_readers.py [--examples 3000] [--only zip,csv]

Prints, per target, examples tried, seconds, examples/s and the failures found
(the shrunk input, as a Python bytes literal).  Besides one target per reader (mutated seed
files) there are structured targets (``PROPERTIES`` in the test module): ``folder`` and
``case`` (symbolic links inside, outside, broken and looping, FIFOs, sockets), ``ooxml``
(compressed XML in DOCX/XLSX: repeated, nested and long elements, huge text, lying sizes) and
``cells`` (one huge cell or paragraph in every format, around the caps).  Known crashes (see KNOWN_CRASHES in the
test module) are counted separately, not as new failures.  Exit code 1 on a new failure.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests import test_hardening_fuzz as fz  # noqa: E402


def fuzz_reader(ext: str, examples: int) -> tuple[int, int, list[str]]:
    tried = known = 0
    failures: list[str] = []

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data=fz.mutated(fz.SEEDS[ext]))
    def run(data: bytes) -> None:
        nonlocal tried, known
        tried += 1
        try:
            fz.check_reader(ext, data, tolerate_known=False)
        except fz.KNOWN_CRASHES.get(ext, ()):
            known += 1

    try:
        run()
    except Exception as exc:  # hypothesis re-raises the shrunk failure
        failures.append("".join(traceback.format_exception_only(type(exc), exc)).strip()[:2000])
    return tried, known, failures


def fuzz_property(name: str, examples: int) -> tuple[int, list[str]]:
    tried = 0
    failures: list[str] = []
    strategy, check = fz.PROPERTIES[name]

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(item=strategy)
    def run(item: object) -> None:
        nonlocal tried
        tried += 1
        check(item)

    try:
        run()
    except Exception as exc:
        failures.append("".join(traceback.format_exception_only(type(exc), exc)).strip()[:2000])
    return tried, failures


def fuzz_extractor(examples: int) -> tuple[int, list[str]]:
    tried = 0
    failures: list[str] = []

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(text=fz.texts)
    def run(text: str) -> None:
        nonlocal tried
        tried += 1
        fz.test_extractor_never_crashes_is_deterministic_and_quotes_verbatim.hypothesis.inner_test(text)  # type: ignore[attr-defined]

    try:
        run()
    except Exception as exc:
        failures.append("".join(traceback.format_exception_only(type(exc), exc)).strip()[:2000])
    return tried, failures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=3000)
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    targets = [t for t in (args.only.split(",") if args.only else [*fz.SEEDS, *fz.PROPERTIES, "extractor"]) if t]
    new_failures = 0
    total = 0
    print(f"{'target':10} {'tried':>7} {'known':>6} {'seconds':>8} {'per s':>7}  failures")
    for t in targets:
        started = time.monotonic()
        if t == "extractor":
            tried, failures = fuzz_extractor(args.examples)
            known = 0
        elif t in fz.PROPERTIES:
            tried, failures = fuzz_property(t, max(1, args.examples // 5))  # each builds files: slower
            known = 0
        else:
            tried, known, failures = fuzz_reader(t, args.examples)
        took = time.monotonic() - started
        total += tried
        new_failures += len(failures)
        print(f"{t:10} {tried:7d} {known:6d} {took:8.1f} {tried / max(took, 1e-9):7.1f}  {len(failures)}")
        for f in failures:
            print("   ", f.replace("\n", "\n    "))
    print(f"total inputs tried: {total}; new failures: {new_failures}")
    sys.exit(1 if new_failures else 0)


if __name__ == "__main__":
    main()
