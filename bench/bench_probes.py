"""Benchmark: each probe on 1k / 10k / 100k rows, beside scikit-learn's own fit on the same matrix.

For every size, in a fresh subprocess each (so peak memory is measured cleanly):

* ``inspect``: the collecting inspection (``inspect_and_collect``) of the generated file;
* ``floor``: scikit-learn alone on the same data: TF-IDF ``fit_transform`` and one
  ``LinearSVC`` fit on the full matrix (what any learnability baseline costs at least);
* ``learnability``: the probe (5 folds + a 4-point learning curve on the same matrix);
* ``consistency``: on as many prompt/completion pairs;
* ``retrievability``: questions against 24 manuals (the probe checks at most 200 questions).

Prints wall time, peak RSS and the probe-to-floor ratio.  Budget: each probe under 30 s and
500 MB at 100,000 rows on the 2-core development machine.  Not a timed test.

    .venv/bin/python bench/bench_probes.py                 # 1k, 10k, 100k
    .venv/bin/python bench/bench_probes.py --sizes 1000 10000
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def _child(kind: str, path: str) -> dict[str, float]:
    from ftaudit.probe import inspect_and_collect, probe_consistency, probe_learnability, probe_retrievability

    data, samples = inspect_and_collect([path])
    import sklearn.feature_extraction.text
    import sklearn.metrics
    import sklearn.model_selection
    import sklearn.svm  # noqa: F401  (imports are not what is measured)

    _reset_peak()
    rss0 = _rss("VmRSS")
    start = time.perf_counter()
    if kind == "inspect":
        start = time.perf_counter()
        inspect_and_collect([path])
    elif kind == "floor":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.svm import LinearSVC

        texts = [s.text for s in samples.examples]
        labels = [s.answer for s in samples.examples]
        matrix = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=200_000).fit_transform(texts)
        LinearSVC(random_state=13).fit(matrix, labels)
    elif kind == "learnability":
        r = probe_learnability(samples.examples)
        assert r.ran, r.reason
    elif kind == "consistency":
        c = probe_consistency(samples.examples, task_shape="generation")
        assert c.ran, c.reason
    elif kind == "retrievability":
        g = probe_retrievability(samples.examples, samples.documents, markers=data.summary.revision_markers)
        assert g.ran, g.reason
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": (_rss("VmHWM") - rss0) / 1024, "rss_mb": _rss("VmHWM") / 1024}


def _rss(key: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return float(line.split()[1])
    return 0.0


def _reset_peak() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS


def _make(root: Path, n: int) -> dict[str, Path]:
    from probe_data import write_docs_and_questions, write_pairs, write_tickets

    out = {"tickets": write_tickets(root / f"tickets-{n}.csv", n), "pairs": write_pairs(root / f"pairs-{n}.jsonl", n,
                                                                                        rigid=False)}
    docs = write_docs_and_questions(root / f"docs-{n}", grounded=True)
    questions = [line for line in (docs / "questions.jsonl").read_text().splitlines() if line]
    (docs / "questions.jsonl").write_text("\n".join(questions[i % len(questions)] for i in range(n)) + "\n")
    out["docs"] = docs
    return out


def _run(kind: str, path: Path) -> dict[str, float]:
    code = (f"import json, sys; sys.path.insert(0, {str(REPO / 'bench')!r}); import bench_probes; "
            f"print(json.dumps(bench_probes._child({kind!r}, {str(path)!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900,
                         env={**os.environ, "PYTHONPATH": str(REPO / "tests")})
    if out.returncode:
        raise SystemExit(f"{kind} failed:\n{out.stderr[-2000:]}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ftaudit-bench-probes-") as tmp:
        print(f"{'rows':>8} {'measurement':15} {'seconds':>8} {'peak MB':>8} {'vs floor':>9}")
        for n in args.sizes:
            files = _make(Path(tmp), n)
            floor = _run("floor", files["tickets"])
            rows = [("inspect", _run("inspect", files["tickets"])), ("floor", floor),
                    ("learnability", _run("learnability", files["tickets"])),
                    ("consistency", _run("consistency", files["pairs"])),
                    ("retrievability", _run("retrievability", files["docs"]))]
            for name, r in rows:
                ratio = f"{r['seconds'] / floor['seconds']:8.2f}×" if name == "learnability" else ""
                print(f"{n:>8,} {name:15} {r['seconds']:8.2f} {r['peak_mb']:8.0f} {ratio:>9}", flush=True)


if __name__ == "__main__":
    main()
