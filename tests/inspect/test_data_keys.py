"""Bounded-memory statistics: keys moved to disk, exact token tallies, distinct counts."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from ftaudit.inspect import keys as keys_mod
from ftaudit.inspect.analysis import Tally, distribution, percentiles
from ftaudit.inspect.inspector import Inspector
from ftaudit.inspect.keys import Distinct, KeyStore
from ftaudit.inspect.limits import DEFAULT_LIMITS
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.inspect.test_data_parallel import _dump, write_zoo


def _spill_dirs(root: Path) -> list[Path]:
    return [p for p in root.iterdir() if p.name.startswith("ftaudit-keys-")]


@pytest.mark.parametrize("workers", [1, 2])
def test_keys_on_disk_give_the_in_memory_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    data = tmp_path / "data"
    data.mkdir()
    p = write_zoo(data / "zoo.jsonl", 12_000)
    q = write_zoo(data / "zoo2.jsonl", 3_000, seed=5)
    spill_root = tmp_path / "tmp"
    spill_root.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(spill_root))
    in_memory = Inspector(DEFAULT_LIMITS, workers=1, key_budget=None).run([p, q])
    seen: list[int] = []
    original = KeyStore._write

    def spy(self: KeyStore) -> None:
        original(self)
        seen.append(len(_spill_dirs(spill_root)))

    monkeypatch.setattr(KeyStore, "_write", spy)
    on_disk = Inspector(DEFAULT_LIMITS, workers=workers, parallel_min_bytes=1, key_budget=700).run([p, q])
    assert len(seen) >= 5 and all(n == 1 for n in seen)  # it really went to disk
    assert _dump(on_disk) == _dump(in_memory)
    assert on_disk.summary.n_duplicates > 0 and on_disk.summary.n_conflicts > 0
    assert sum(on_disk.summary.over_limit.values()) > 0
    assert _spill_dirs(spill_root) == []  # removed at the end


def test_a_full_disk_keeps_the_keys_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write_zoo(tmp_path / "zoo.jsonl", 6_000)
    expected = Inspector(DEFAULT_LIMITS, workers=1, key_budget=None).run([p])
    calls = {"n": 0}
    original = KeyStore._append_buckets

    def flaky(self: KeyStore, kind: str, rec: np.ndarray) -> None:
        calls["n"] += 1
        if calls["n"] >= 6:  # the disk fills up half-way through the third spill
            raise OSError(28, "No space left on device")
        original(self, kind, rec)

    monkeypatch.setattr(KeyStore, "_append_buckets", flaky)
    got = Inspector(DEFAULT_LIMITS, workers=1, key_budget=500).run([p])
    assert calls["n"] >= 6
    assert _dump(got) == _dump(expected)


def test_key_store_groups_match_a_direct_computation() -> None:
    rng = np.random.default_rng(4)
    n = 5_000
    near = rng.integers(-(2**63), 2**63 - 1, size=60, dtype=np.int64)[rng.integers(0, 60, n)]
    prompt = rng.integers(1, 40, n).astype(np.int64) << 58
    answer = rng.integers(0, 3, n).astype(np.uint32)
    store = KeyStore(budget=333)
    for i in range(n):
        if i in (0, 2_500):
            store.new_file(i // 2_500)
        store.near.append(int(near[i]))
        store.exact.append(int(answer[i]))
        store.prompt.append(int(prompt[i]) if i % 10 else 0)
        store.answer.append(int(answer[i]))
        store.line.append(i + 1)
        store.check()
    exact, close = store.duplicates()
    pairs = list(zip(near.tolist(), answer.tolist(), strict=True))
    want_exact = [i for i in range(n) if pairs[i] in set(pairs[:i])]
    assert exact.total() == len(want_exact)
    first_by_file = {0: [r for r in want_exact if r < 2_500][:20], 1: [r for r in want_exact if r >= 2_500][:20]}
    assert {f: rows.tolist() for f, rows in exact.first.items()} == first_by_file
    assert store.lines_of(exact.first[0]) == [r + 1 for r in first_by_file[0]]
    assert close.total() == sum(1 for i in range(n) if near[i] in set(near[:i].tolist())) - len(want_exact)
    answers_of: dict[int, set[int]] = {}
    for i in range(n):
        if i % 10:
            answers_of.setdefault(int(prompt[i]), set()).add(int(answer[i]))
    n_prompts, rows = store.conflicts()
    assert n_prompts == sum(1 for a in answers_of.values() if len(a) > 1)
    assert rows.total() == sum(1 for i in range(n) if i % 10 and len(answers_of[int(prompt[i])]) > 1)
    store.close()


def test_distinct_is_exact_when_small_and_close_when_large() -> None:
    d = Distinct()
    for v in range(3_000):
        d.buf.append(keys_mod.stable_hash(f"label {v % 1_000}".encode()))
    assert d.estimate() == 1_000
    big = Distinct()
    rng = np.random.default_rng(1)
    for _ in range(10):
        big.merge(rng.integers(0, 2**64 - 1, size=20_000, dtype=np.uint64))
    assert abs(big.estimate() - 200_000) / 200_000 < 0.05


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 70_000), min_size=1, max_size=300))
def test_tally_percentiles_equal_numpy(values: list[int]) -> None:
    t = Tally()
    for v in values:
        t.buf.append(v)
        if len(t.buf) > 50:
            t.flush()
    got = distribution(*t.pairs())
    arr = np.asarray(values)
    q = np.percentile(arr, [5, 10, 50, 90, 95])
    assert [got.p5, got.p10, got.median, got.p90, got.p95] == [float(x) for x in q]
    assert (got.n, got.min, got.max, got.mean) == (len(arr), float(arr.min()), float(arr.max()), round(float(arr.mean()), 1))
    assert sum(c for _, c in got.histogram) == len(arr)
    assert percentiles(*t.pairs(), [50]) == [float(np.median(arr))]


def test_spilled_store_refuses_to_travel(tmp_path: Path) -> None:
    store = KeyStore(budget=1)
    store.new_file(0)
    for name in ("near", "prompt"):
        getattr(store, name).append(1)
    for name in ("exact", "answer", "line"):
        getattr(store, name).append(1)
    store.check()
    assert store.spilled == 1 and os.path.isdir(store._tmp.name)  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        store.__getstate__()
    store.close()
    assert store._tmp is None and keys_mod.BUCKETS == 16


def test_the_inspector_does_not_load_the_audit_engine() -> None:
    import subprocess
    import sys

    code = "import sys, ftaudit.inspect; print('ftaudit.app.api' in sys.modules, 'chromadb' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
