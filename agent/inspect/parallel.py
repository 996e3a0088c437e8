"""Inspecting one large JSON Lines file in byte ranges on several processes.

The file is cut at line breaks into parts.  Each part runs the sequential record
loop in a forked worker and returns compact state: its findings (line numbers
relative to the part), the per-example arrays of :class:`~ftaudit.inspect.analysis.DatasetStats`
and its counters.  The parent merges parts strictly in file order, so the report
is the one a sequential run produces.

The one order-dependent step is the shape/novelty sample ("the first N examples,
then every 20th"): a part does not know how many examples precede it.  The first
part samples as it goes; every other part is re-read for just the lines the rule
picks once the examples before it are counted (a second, small task, about 5% of
its examples, parsed and checked again without token counting).

Workers are forked so they share the loaded tokenizer and the string-hash seed
(the duplicate keys are ``hash()`` values).  Only used from a single-threaded
process (forking a threaded one can deadlock).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
from ftaudit.files import open_regular
from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.limits import MB, Limits
from ftaudit.inspect.models import FileReport
from ftaudit.inspect.readers import ReadState, read_jsonl
from ftaudit.inspect.schema import detect_format

if TYPE_CHECKING:
    from ftaudit.inspect.analysis import DatasetStats


class Host(Protocol):
    """What the driver needs of the inspector it inspects for."""

    limits: Limits
    encoding: str
    stats: DatasetStats
    progress: Callable[[str, int, int], None] | None


@dataclass(frozen=True)
class PartTasks:
    """The work done in a worker process: module-level functions, so the pool can pickle them.

    ``part(path, display, start, end, file_fmt, index_base, limits, encoding, file_encoding)``
    runs the record loop over one part; ``sample(path, start, end, file_fmt, lines, limits,
    file_encoding)`` re-reads the lines the novelty sample picked.  The inspector owns both.
    """

    part: Callable[..., dict[str, Any]]
    sample: Callable[..., dict[str, Any]]

PARALLEL_MIN_BYTES = 8 * MB
"""Smaller files are inspected in-process (a worker pool costs more than it saves)."""
PART_BYTES = 8 * MB
"""Target size of one part."""


def default_workers() -> int:
    """Processes used for a large file: two, or one on a single-core machine."""
    return max(1, min(2, os.cpu_count() or 1))


def worker_init(parent: int) -> None:
    """Make a worker die with the process that started it.

    A SIGKILLed parent never tells its workers; they wait on the task pipe forever (the
    other workers hold its write end open).  On Linux the kernel sends SIGKILL to the worker
    when its parent dies (``prctl(PR_SET_PDEATHSIG)``); everywhere a daemon thread checks
    every second that the parent is still the one that started it.  A parent that died
    before either was in place is seen at once.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="ftaudit-parent-watch", daemon=True).start()


_PR_SET_PDEATHSIG = 1


def can_fork() -> bool:
    """True when worker processes can be forked safely from this process."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def boundaries(path: str, size: int, n_parts: int) -> list[int]:
    """Start offsets of ``n_parts`` byte ranges of ``path``, each at a line start."""
    starts = [0]
    with open_regular(path) as fh:
        for i in range(1, n_parts):
            pos = max(size * i // n_parts, starts[-1])
            if pos <= starts[-1] and i > 1:
                continue
            fh.seek(max(pos - 1, 0))
            at = pos - 1
            while True:
                block = fh.read(1 << 16)
                if not block:
                    at = size
                    break
                j = block.find(b"\n")
                if j >= 0:
                    at += j + 1
                    break
                at += len(block)
            if starts[-1] < at < size:
                starts.append(at)
    return starts


def first_format(path: str, limits: Limits, encoding: str, max_bytes: int = 4 * MB) -> str | None:
    """The example format of the first parseable record in the first ``max_bytes``."""
    sink = FindingSink("")
    with open_regular(path) as fh:
        for _, rec in read_jsonl(fh, sink, limits, encoding, ReadState(), stop_at=max_bytes):
            return detect_format(rec)
    return None


# ----------------------------------------------------------------------------- driver


def inspect_parts(
    ins: Host,
    tasks: PartTasks,
    pool: ProcessPoolExecutor,
    workers: int,
    path: str,
    display: str,
    size: int,
    file_fmt: str,
    file_encoding: str,
    fr: FileReport,
    sink: FindingSink,
    idx: int,
    state: ReadState,
) -> None:
    """Inspect ``path`` in parts on ``pool``, merging into ``ins`` as a sequential run would."""
    n_parts = max(workers, min(512, -(-size // PART_BYTES)))
    starts = boundaries(path, size, n_parts)
    ends = [*starts[1:], size]
    limits, encoding = ins.limits, ins.encoding
    stats = ins.stats
    todo = list(range(len(starts)))
    todo.reverse()
    part_fut: dict[Future[Any], int] = {}
    sample_fut: dict[Future[Any], int] = {}
    parts: dict[int, dict[str, Any]] = {}
    samples: dict[int, dict[str, Any] | None] = {0: None}
    next_merge = 0
    next_sample = 0
    line_shift = 0
    blank = 0
    window = 2 * workers

    def submit_part() -> None:
        k = todo.pop()
        base = len(stats) if k == 0 else None
        fut = pool.submit(
            tasks.part,
            path,
            display,
            starts[k],
            ends[k],
            file_fmt,
            base,
            limits,
            encoding,
            file_encoding,
        )
        part_fut[fut] = k

    merge_sample: Callable[[dict[str, Any]], None] = stats.merge_sample
    while todo and len(part_fut) < window:
        submit_part()
    while part_fut or sample_fut or next_merge < len(starts):
        done, _ = wait([*part_fut, *sample_fut], return_when=FIRST_COMPLETED)
        for fut in done:
            if fut in part_fut:
                parts[part_fut.pop(fut)] = fut.result()
                if todo:
                    submit_part()
            else:
                samples[sample_fut.pop(fut)] = fut.result()
        while next_merge in parts:
            k = next_merge
            part = parts.pop(k)
            n_before = len(stats)
            sink.merge(part["sink"], line_shift)
            stats.merge(part["stats"], idx, line_shift)
            if k > 0:
                rows = _picked(part["stats"], n_before, limits.novelty_sample)
                if len(rows):
                    sfut = pool.submit(
                        tasks.sample, path, starts[k], ends[k], file_fmt, rows, limits, file_encoding
                    )
                    sample_fut[sfut] = k
                else:
                    samples[k] = None
            if ins.progress is not None:
                ins.progress(display, ends[k], size)
            line_shift += part["lines"]
            blank += part["blank_lines"]
            state.n_records += part["n_records"]
            state.bytes_read += part["bytes_read"]
            fr.n_examples += part["n_examples"]
            fr.n_invalid += part["n_invalid"]
            next_merge += 1
        while next_sample in samples:
            got = samples.pop(next_sample)
            if got is not None:
                merge_sample(got)
            next_sample += 1
    while next_sample < len(starts):  # pragma: no cover - all samples arrive above
        got = samples.pop(next_sample, None)
        if got is not None:
            merge_sample(got)
        next_sample += 1
    state.lines = line_shift
    if blank:
        state.blank_lines = blank
        sink.add("info", "blank_lines", "blank lines were skipped", n=blank)
    fr.kind = "examples"
    fr.example_format = file_fmt


def _picked(part: dict[str, Any], n_before: int, novelty_sample: int) -> np.ndarray:
    """Part-relative lines of the examples the sampling rule picks (``n_before`` before it)."""
    lines = np.frombuffer(part["keys"].line, dtype=np.int32)
    idx = np.arange(len(lines), dtype=np.int64) + n_before
    return lines[(idx < novelty_sample) | (idx % 20 == 0)].copy()
