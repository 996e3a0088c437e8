"""Batch audits over a folder of cases, with per-case isolation and resumable output.

For each case ``OUT`` receives ``<case>.json`` and ``<case>.md``; at the end
``summary.csv`` and ``summary.jsonl`` list every case.  Each file is written to a
temporary name and renamed, so an interrupted run never leaves a half-written
report.  A case is skipped on a re-run when its input files and the engine (code,
criteria and guidance index) are unchanged, and its two reports are the ones that run wrote.

One batch at a time writes to an output folder: a second concurrent batch with the same
``OUT`` is refused (:class:`BatchBusyError`), so two runs never interleave reports and
resume state.  Each case has a time limit (``case_timeout``); a case over it is recorded as
an error and the batch goes on.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from stat import S_ISREG
from typing import Any

from ftaudit.app.api import audit
from ftaudit.app.cases import case_name, find_cases, read_case
from ftaudit.errors import FtauditError, InputError
from ftaudit.files import atomic_write
from ftaudit.report.build import ENGINE_VERSION, printable
from ftaudit.retrieve.index import GuidanceIndex, open_index
from ftaudit.settings import KNOWLEDGE_DIR

SUMMARY_FIELDS = ("case", "approach", "also", "confidence", "status", "error", "cached")
_STATE_DIR = ".ftaudit-state"
_LOCK_NAME = ".ftaudit-batch.lock"
_OWNER_NAME = "owner.json"
DEFAULT_CASE_TIMEOUT = 300.0
"""Seconds one case may take (reading a 200,000-character description takes well under a minute)."""
_STALE_TMP_SECONDS = 3600.0
log = logging.getLogger(__name__)
_HASH_WHOLE_FILE = 64 * 1024 * 1024


@dataclass
class CaseResult:
    """One row of the batch summary."""

    case: str
    approach: str = ""
    also: str = ""
    confidence: float | None = None
    status: str = "ok"
    error: str = ""
    cached: bool = False


def _file_digest(h: Any, path: Path) -> None:
    stat = path.stat()
    h.update(f"{path.name}\x00{stat.st_size}\x00".encode("utf-8", "surrogateescape"))  # names need not be UTF-8
    if not S_ISREG(stat.st_mode):  # a FIFO or device is never opened (read_case refuses it)
        return
    if stat.st_size <= _HASH_WHOLE_FILE:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                h.update(block)
    else:
        h.update(str(stat.st_mtime_ns).encode())


def engine_fingerprint(index: GuidanceIndex) -> str:
    """Changes whenever the engine's code, criteria, data files or guidance change."""
    h = hashlib.sha256(f"{ENGINE_VERSION}\x00{index.key}".encode())
    for name in ("criteria.yaml", "platforms.yaml", "prices.yaml"):
        p = KNOWLEDGE_DIR / name
        if p.is_file():
            h.update(p.read_bytes())
    # Every module of the library, not only the extractor: a change to the scoring, the
    # report or the data inspector changes reports too.
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(source.read_bytes())
    return h.hexdigest()[:20]


def case_key(path: Path, engine: str) -> str:
    """A hash of everything a case's report depends on."""
    h = hashlib.sha256(engine.encode())
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        _file_digest(h, f)
    if not path.is_dir():
        try:
            for extra in read_case(path).data:
                if extra.is_file():
                    _file_digest(h, extra)
        except FtauditError:
            pass
    return h.hexdigest()[:24]


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def _previous(state: Path) -> dict[str, Any]:
    """A case's recorded state, or ``{}`` when it is missing, torn or not ours (the case is redone)."""
    try:
        data = json.loads(state.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def run_case(path: Path, out: Path, engine: str, *, force: bool = False, assistant: Any = None,
             cancelled: threading.Event | None = None, probes: bool | None = None,
             probe_budget: int | None = None) -> CaseResult:
    """Audit one case into ``out``; never raises for a bad case.

    A recorded result is reused only when the case's inputs and the engine are unchanged and
    ``<case>.json`` and ``<case>.md`` are still the files that run wrote (their digests are in
    the state), so a report overwritten or torn by anything else is redone, never served.
    Once ``cancelled`` is set (the case ran over its time limit) nothing more is written.
    """
    name = case_name(path)
    result = CaseResult(case=name)
    state = out / _STATE_DIR / f"{name}.json"
    outputs = {"json": out / f"{name}.json", "md": out / f"{name}.md"}
    written: dict[str, str] = {}
    try:
        key = case_key(path, engine)
        if not force and state.is_file() and outputs["json"].is_file():
            previous = _previous(state)
            recorded = previous.get("outputs")
            if (previous.get("key") == key and previous.get("status") == "ok" and isinstance(recorded, dict)
                    and all(recorded.get(k) == _digest(p) for k, p in outputs.items())):
                fields = {k: previous.get(k, getattr(result, k)) for k in ("approach", "also", "confidence")}
                return CaseResult(case=name, cached=True, **fields)
        report = audit(read_case(path), name=name, assistant=assistant.fork() if assistant is not None else None,
                       probes=probes, probe_budget=probe_budget)
        for kind, text in (("json", report.to_json()), ("md", report.to_markdown())):
            if cancelled is not None and cancelled.is_set():
                return result
            atomic_write(outputs[kind], text)
            written[kind] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        result.approach, result.also, result.confidence = report.approach, "+".join(report.also), report.confidence
    except FtauditError as exc:
        result.status, result.error = "error", _one_line(exc)
        key = ""
    except (OSError, ValueError, UnicodeError, RecursionError, MemoryError) as exc:
        result.status, result.error = "error", f"{path.name}: {type(exc).__name__}: {_one_line(exc)}"
        key = ""
    except Exception as exc:  # a bug must cost one case, not the whole batch
        log.exception("case %s failed unexpectedly", name)
        result.status, result.error = "error", f"{path.name}: internal error ({type(exc).__name__}); please report it"
        key = ""
    if result.status == "ok" and not (cancelled is not None and cancelled.is_set()):
        atomic_write(state, json.dumps({"key": key, **asdict(result), "outputs": written}))
    return result


def run_case_limited(path: Path, out: Path, engine: str, *, timeout: float | None, force: bool = False,
                     assistant: Any = None, probes: bool | None = None, probe_budget: int | None = None) -> CaseResult:
    """:func:`run_case` with a time limit: a case still running after ``timeout`` seconds is
    recorded as an error and left to finish in the background, writing nothing more."""
    if not timeout:
        return run_case(path, out, engine, force=force, assistant=assistant, probes=probes, probe_budget=probe_budget)
    cancelled = threading.Event()
    box: list[CaseResult] = []

    def target() -> None:
        box.append(run_case(path, out, engine, force=force, assistant=assistant, cancelled=cancelled,
                            probes=probes, probe_budget=probe_budget))

    worker = threading.Thread(target=target, name=f"ftaudit-case-{case_name(path)}", daemon=True)
    worker.start()
    worker.join(timeout)
    if box:
        return box[0]
    cancelled.set()
    return CaseResult(case=case_name(path), status="error",
                      error=f"{path.name}: took longer than the per-case limit of {timeout:g} s and was stopped; "
                            "shorten the description or the data files, or raise the limit (--case-timeout)")


class BatchBusyError(InputError):
    """Another batch is writing to the same output folder."""


@contextlib.contextmanager
def output_lock(out: Path) -> Any:
    """Hold ``out`` for one batch; raise :class:`BatchBusyError` if another batch holds it."""
    from filelock import FileLock, Timeout

    owner = out / _STATE_DIR / _OWNER_NAME
    lock = FileLock(str(out / _LOCK_NAME), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        who = _previous(owner)
        since = f" (pid {who.get('pid')}, started {who.get('started')})" if who.get("pid") else ""
        raise BatchBusyError(f"another ftaudit batch is writing to this output folder{since}; wait for it to "
                             "finish or pass a different --out", str(out)) from None
    except OSError as exc:
        raise InputError(f"cannot be used as the output folder ({exc.strerror or exc}); "
                         "pick a folder you can write to", str(out)) from exc
    try:
        with contextlib.suppress(OSError):
            atomic_write(owner, json.dumps({"pid": os.getpid(),
                                            "started": time.strftime("%Y-%m-%d %H:%M:%S")}))
        yield
    finally:
        with contextlib.suppress(OSError):
            owner.unlink()
        lock.release()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")  # OWASP ASVS 5.0 1.2.10, CWE-1236


def csv_safe(value: object) -> str:
    """A CSV cell that a spreadsheet will not evaluate as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _remove_stale_temporaries(out: Path) -> None:
    """Delete half-written files that a killed run left (``.<name>.<random>.tmp``).

    Only files from :func:`atomic_write` that have not been touched for a while are removed,
    so a concurrent run writing to the same folder keeps its in-flight files.
    """
    cutoff = time.time() - _STALE_TMP_SECONDS
    for folder in (out, out / _STATE_DIR):
        if not folder.is_dir():
            continue
        for p in folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if p.is_file() and p.stat().st_mtime < cutoff:
                    p.unlink()


def write_summaries(out: Path, results: list[CaseResult]) -> None:
    """Write ``summary.csv`` and ``summary.jsonl``.

    A case name that is not valid UTF-8 (a file name's undecodable bytes) shows with U+FFFD.
    """
    results = [CaseResult(**printable(asdict(r))) for r in results]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(SUMMARY_FIELDS)
    for r in results:
        row = asdict(r)
        row["confidence"] = "" if r.confidence is None else f"{r.confidence:.3f}"
        writer.writerow([csv_safe(row[f]) for f in SUMMARY_FIELDS])
    atomic_write(out / "summary.csv", buf.getvalue())
    atomic_write(out / "summary.jsonl", "".join(json.dumps(asdict(r)) + "\n" for r in results))


def run_batch(
    folder: Path,
    out: Path,
    *,
    jobs: int = 1,
    force: bool = False,
    progress: Callable[[int, int, CaseResult], None] | None = None,
    assistant: Any = None,
    case_timeout: float | None = DEFAULT_CASE_TIMEOUT,
    probes: bool | None = None,
    probe_budget: int | None = None,
) -> list[CaseResult]:
    """Audit every case in ``folder`` into ``out``; see the module docstring.

    ``probes`` and ``probe_budget`` are passed to :func:`ftaudit.audit` for every case.

    Raises:
        InputError: ``folder`` holds no cases or ``out`` cannot be written.
        BatchBusyError: another batch is writing to ``out`` now.
    """
    folder, out = Path(folder), Path(out)
    if not folder.is_dir():
        raise InputError("is not a folder of cases", str(folder))
    cases = find_cases(folder)
    if not cases:
        raise InputError("holds no case files (.md, .txt, .yaml, .json) or case folders", str(folder))
    names = [case_name(p) for p in cases]
    clashes = sorted({n for n in names if names.count(n) > 1})
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot be used as the output folder ({exc.strerror or exc}); "
                         "pick a folder you can write to", str(out)) from exc
    with output_lock(out):
        _remove_stale_temporaries(out)
        engine = engine_fingerprint(open_index())
        if assistant is not None:
            engine += f"+llm:{assistant.settings.backend}:{assistant.settings.model}"
        if probes is not None or probe_budget is not None:
            engine += f"+probes:{probes}:{probe_budget}"
        results: list[CaseResult | None] = [None] * len(cases)
        done = 0

        def work(i: int) -> tuple[int, CaseResult]:
            if names[i] in clashes:
                return i, CaseResult(case=names[i], status="error",
                                     error=f"{cases[i].name}: another case has the same name; rename one of them")
            return i, run_case_limited(cases[i], out, engine, timeout=case_timeout, force=force, assistant=assistant,
                                       probes=probes, probe_budget=probe_budget)

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            for i, result in pool.map(work, range(len(cases))):
                results[i] = result
                done += 1
                if progress:
                    progress(done, len(cases), result)
        final = [r for r in results if r is not None]
        write_summaries(out, final)
    return final
