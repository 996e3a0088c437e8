"""Per-example keys for duplicate and conflict detection, in bounded memory.

Finding every exact duplicate needs one key per example.  The keys stay in memory
up to a budget (256k examples, about 7 MB); past it they are appended to a temporary
folder, already split into 16 buckets by key prefix, so the final pass holds one
bucket at a time.  Peak memory is set by the budget, not by the size of the data.
The temporary folder is removed when the inspection ends.
"""

from __future__ import annotations

import os
import re
import tempfile
from array import array
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from ftaudit.files import sweep_stale
from ftaudit.inspect.models import MAX_LINES_PER_FINDING
from xxhash import xxh3_64_intdigest

BUCKETS = 16
DEFAULT_BUDGET = 1 << 18
"""Examples whose keys are held in memory before they are moved to disk."""
LOW32 = 0xFFFFFFFF

KEY_FOLDER_PREFIX = "ftaudit-keys-"
STALE_KEY_FOLDER = re.compile(r"ftaudit-keys-(?:(?P<pid>[0-9]+)-)?[A-Za-z0-9_]+")
"""Key folders in the temporary directory (``ftaudit-keys-<pid>-<random>``; before the pid was
in the name, ``ftaudit-keys-<random>``)."""
_swept: list[bool] = []


def sweep_stale_key_folders() -> list[Path]:
    """Remove the key folders killed runs left in the temporary directory (their owner is
    dead, or, without a pid in the name, nothing in them changed for an hour).  Once a process."""
    if _swept:
        return []
    _swept.append(True)
    return sweep_stale(Path(tempfile.gettempdir()), STALE_KEY_FOLDER, folders=True)


_DUP = np.dtype([("key", "<i8"), ("exact", "<u4"), ("row", "<u4")])
_CON = np.dtype([("key", "<i8"), ("answer", "<u4"), ("row", "<u4")])


class Flagged:
    """Rows one check flags, merged over buckets: the count and first rows of each file."""

    def __init__(self) -> None:
        self.count: Counter[int] = Counter()
        self.first: dict[int, np.ndarray] = {}

    def add(self, rows: np.ndarray, files: np.ndarray) -> None:
        """Add flagged ``rows`` and the file index of each."""
        for f in np.unique(files).tolist():
            sel = rows[files == f]
            self.count[f] += len(sel)
            prev = self.first.get(f)
            both = sel if prev is None else np.concatenate([prev, sel])
            keep = min(MAX_LINES_PER_FINDING, len(both))
            self.first[f] = np.sort(np.partition(both, keep - 1)[:keep])

    def total(self) -> int:
        return sum(self.count.values())


class KeyStore:
    """Keys, file and line of every valid example, in example order.

    Callers append to the public arrays directly (the hot path) and call
    :meth:`new_file` when the file changes and :meth:`check` now and then.
    """

    def __init__(self, budget: int | None = DEFAULT_BUDGET) -> None:
        self.budget = budget
        """Rows kept in memory before moving them to disk (None: never)."""
        self.near = array("q")
        """Near-duplicate key (normalised system, prompt and answer)."""
        self.exact = array("I")
        """Low 32 bits of the exact key: an exact duplicate also has an equal ``near``."""
        self.prompt = array("q")
        """Normalised prompt (0: no prompt), for conflicting answers."""
        self.answer = array("I")
        """Low 32 bits of the normalised answer (compared within one prompt's examples)."""
        self.line = array("i")
        self.spilled = 0
        """Rows already moved to disk."""
        self.file_starts: list[int] = []
        self.file_ids: list[int] = []
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

    def __len__(self) -> int:
        return self.spilled + len(self.line)

    @property
    def last_file(self) -> int | None:
        return self.file_ids[-1] if self.file_ids else None

    def new_file(self, file_idx: int) -> None:
        """Rows appended from now on belong to file ``file_idx``."""
        self.file_starts.append(len(self))
        self.file_ids.append(file_idx)

    def check(self) -> None:
        """Move the in-memory rows to disk when they exceed the budget."""
        if self.budget is not None and len(self.line) >= self.budget:
            self._spill()

    def extend(self, part: KeyStore, file_idx: int, line_shift: int) -> None:
        """Append the rows of a later part of file ``file_idx`` (lines shifted)."""
        if self.last_file != file_idx:
            self.new_file(file_idx)
        self.near.extend(part.near)
        self.exact.extend(part.exact)
        self.prompt.extend(part.prompt)
        self.answer.extend(part.answer)
        self.line.frombytes(
            (np.frombuffer(part.line, dtype=np.int32) + np.int32(line_shift)).astype(np.int32).tobytes()
        )
        self.check()

    def __getstate__(self) -> dict[str, object]:
        if self._tmp is not None:  # parts never reach the budget (workers have none)
            raise ValueError("a key store that spilled to disk cannot be sent to another process")
        return self.__dict__

    # ------------------------------------------------------------------ disk

    def _path(self, name: str) -> Path:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix=f"{KEY_FOLDER_PREFIX}{os.getpid()}-")
        return Path(self._tmp.name) / name

    def _spill(self) -> None:
        """Move the in-memory rows to disk; if the disk refuses, keep them in memory."""
        if not len(self.line):
            return
        sizes = {p: p.stat().st_size for p in self._files()}
        try:
            self._write()
        except OSError:
            for p in self._files():  # undo a partial write
                with open(p, "r+b") as fh:
                    fh.truncate(sizes.get(p, 0))
            self.budget = None
            return
        self.spilled += len(self.line)
        for name in ("near", "exact", "prompt", "answer", "line"):
            setattr(self, name, array(getattr(self, name).typecode))

    def _files(self) -> list[Path]:
        return [] if self._tmp is None else sorted(Path(self._tmp.name).iterdir())

    def _write(self) -> None:
        for kind in ("dup", "con"):
            self._append_buckets(kind, self._records(kind))
        with open(self._path("lines"), "ab") as fh:
            fh.write(self.line.tobytes())

    def _records(self, kind: str) -> np.ndarray:
        """The in-memory rows as duplicate (``dup``) or conflict (``con``) records."""
        rows = np.arange(self.spilled, len(self), dtype=np.uint32)
        if kind == "dup":
            rec = np.empty(len(rows), dtype=_DUP)
            rec["key"] = np.frombuffer(self.near, dtype=np.int64)
            rec["exact"] = np.frombuffer(self.exact, dtype=np.uint32)
            rec["row"] = rows
            return rec
        prompt = np.frombuffer(self.prompt, dtype=np.int64)
        keep = prompt != 0
        rec = np.empty(int(keep.sum()), dtype=_CON)
        rec["key"] = prompt[keep]
        rec["answer"] = np.frombuffer(self.answer, dtype=np.uint32)[keep]
        rec["row"] = rows[keep]
        return rec

    def _append_buckets(self, kind: str, rec: np.ndarray) -> None:
        bucket = (rec["key"] >> 60) & (BUCKETS - 1)
        order = np.argsort(bucket, kind="stable")
        bounds = np.searchsorted(bucket[order], np.arange(BUCKETS + 1))
        rec = rec[order]
        for b in range(BUCKETS):
            lo, hi = int(bounds[b]), int(bounds[b + 1])
            if hi > lo:
                with open(self._path(f"{kind}{b}"), "ab") as fh:
                    fh.write(rec[lo:hi].tobytes())

    def close(self) -> None:
        """Remove the temporary folder (if the keys ever went to disk)."""
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    # ------------------------------------------------------------------ results

    def _groups(self, kind: str) -> Iterator[np.ndarray]:
        """Records for duplicates (``dup``) or conflicts (``con``), one bucket at a time,
        each in row order."""
        if self._tmp is None:
            yield self._records(kind)
            return
        self._spill()
        tail = self._records(kind)  # empty unless the last move to disk failed
        tail_bucket = (tail["key"] >> 60) & (BUCKETS - 1)
        dtype = _DUP if kind == "dup" else _CON
        for b in range(BUCKETS):
            path = self._path(f"{kind}{b}")
            parts = [np.fromfile(path, dtype=dtype)] if path.exists() else []
            if len(tail):
                parts.append(tail[tail_bucket == b])
            if parts:
                yield np.concatenate(parts)

    def files_of(self, rows: np.ndarray) -> np.ndarray:
        """File index of each row."""
        at = np.searchsorted(np.asarray(self.file_starts), rows, side="right") - 1
        return np.asarray(self.file_ids, dtype=np.int64)[at]

    def lines_of(self, rows: np.ndarray) -> list[int]:
        """Line (or row) number of each row."""
        rows = np.asarray(rows, dtype=np.int64)
        memory = np.frombuffer(self.line, dtype=np.int32)
        if not self.spilled:
            return memory[rows].tolist()
        disk = np.memmap(self._path("lines"), dtype=np.int32, mode="r")
        return [int(disk[r]) if r < self.spilled else int(memory[r - self.spilled]) for r in rows.tolist()]

    def duplicates(self) -> tuple[Flagged, Flagged]:
        """``(exact duplicates, near duplicates that are not exact)`` of earlier examples."""
        exact, near = Flagged(), Flagged()
        for rec in self._groups("dup"):
            same = _later_duplicates(rec["key"], rec["exact"])
            close = np.setdiff1d(_later_duplicates(rec["key"]), same, assume_unique=True)
            for flagged, pos in ((exact, same), (near, close)):
                if len(pos):
                    rows = rec["row"][pos].astype(np.int64)
                    flagged.add(rows, self.files_of(rows))
        return exact, near

    def conflicts(self) -> tuple[int, Flagged]:
        """``(prompts with more than one distinct answer, the rows of those prompts)``."""
        n_prompts = 0
        flagged = Flagged()
        for rec in self._groups("con"):
            if not len(rec):
                continue
            order = np.argsort(rec["key"], kind="stable")
            keys = rec["key"][order]
            answers = rec["answer"][order]
            new = np.empty(len(keys), dtype=bool)
            new[0] = True
            np.not_equal(keys[1:], keys[:-1], out=new[1:])
            differs = np.zeros(len(keys), dtype=bool)
            np.not_equal(answers[1:], answers[:-1], out=differs[1:])
            differs &= ~new
            if not differs.any():
                continue
            group = np.cumsum(new) - 1
            bad = np.zeros(int(group[-1]) + 1, dtype=bool)
            bad[group[differs]] = True
            n_prompts += int(bad.sum())
            rows = rec["row"][order][bad[group]].astype(np.int64)
            flagged.add(rows, self.files_of(rows))
        return n_prompts, flagged


def _later_duplicates(key: np.ndarray, key2: np.ndarray | None = None) -> np.ndarray:
    """Positions of records whose key (and ``key2``) equal an earlier record's."""
    order = np.argsort(key, kind="stable") if key2 is None else np.lexsort((key2, key))
    dup = np.zeros(len(order), dtype=bool)
    s = key[order]
    np.equal(s[1:], s[:-1], out=dup[1:])
    del s
    if key2 is not None:
        s2 = key2[order]
        dup[1:] &= s2[1:] == s2[:-1]
        del s2
    return np.sort(order[dup])


def stable_hash(data: bytes) -> int:
    """A 64-bit hash that is the same in every process and run (unlike ``hash()``)."""
    return xxh3_64_intdigest(data)


class Distinct:
    """How many distinct values were seen, from their :func:`stable_hash`: exact below
    :data:`K`, above it the k-minimum-values estimate (relative error about 1/sqrt(K), 1.6%)."""

    K = 4096

    def __init__(self) -> None:
        self.buf = array("Q")
        """Hashes not yet merged (appended by the caller)."""
        self.mins = np.empty(0, dtype=np.uint64)

    def __getstate__(self) -> dict[str, object]:
        self.flush()
        return self.__dict__

    def flush(self) -> None:
        if self.buf:
            self.merge(np.frombuffer(self.buf, dtype=np.uint64))
            self.buf = array("Q")

    def merge(self, values: np.ndarray | Distinct) -> None:
        """Add hashes, or another counter's values."""
        if isinstance(values, Distinct):
            values.flush()
            values = values.mins
        self.mins = np.unique(np.concatenate([self.mins, values]))[: self.K]

    def estimate(self) -> int:
        self.flush()
        if len(self.mins) < self.K:
            return len(self.mins)
        return int((self.K - 1) / ((float(self.mins[self.K - 1]) + 1.0) / 2.0**64))
