"""``inspect_paths``: read every file the user gave, report what it holds and what is wrong.

Bad files never raise: each problem is a finding on its file and the other files
are still inspected.  Nothing is written except, past 256k examples, the duplicate keys
in a temporary folder that is removed at the end.  Text in the files is measured and
scanned, never followed.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import zipfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from ftaudit.files import open_regular
from ftaudit.inspect import formats, parallel, pii
from ftaudit.inspect.analysis import DatasetStats
from ftaudit.inspect.documents import REVISION, VERSION_ONLY, parse_date
from ftaudit.inspect.facts_out import derive_facts
from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.gates import ascii_gates
from ftaudit.inspect.keys import DEFAULT_BUDGET, sweep_stale_key_folders
from ftaudit.inspect.limits import DEFAULT_LIMITS, Limits
from ftaudit.inspect.models import DataReport, DataSummary, FileReport, PiiHit, RevisionMarker
from ftaudit.inspect.readers import ReadState, parse_raw_line, read_jsonl
from ftaudit.inspect.schema import (
    Example,
    check_chat,
    check_preference,
    check_prompt_completion,
    detect_format,
)
from ftaudit.inspect.sniff import Sniffed, sniff
from ftaudit.inspect.sources import CapExceeded, Source, iter_sources
from ftaudit.inspect.tables import ColumnMap, formula_like, map_columns, row_example
from ftaudit.inspect.textio import LineReader
from ftaudit.inspect.tokens import RecentLarge, TokenCounter, get_counter
from ftaudit.read import patterns
from ftaudit.read.guard import DESCRIPTIONS as GUARD_DESCRIPTIONS
from ftaudit.read.guard import data_passages
from ftaudit.read.guard_gate import could_instruct

_TEXT_BINARY = {"png", "jpeg", "gif", "gzip", "7z", "rar", "elf", "exe", "binary", "zip"}
_CHECKERS: dict[str, Callable[[Any, int, FindingSink, TokenCounter], Example | None]] = {
    "chat": check_chat,
    "prompt_completion": check_prompt_completion,
    "preference": check_preference,
}
MAX_MARKERS = 200
PARAGRAPH_CHARS = 8_000
PARAGRAPH_LINES = 60
"""A document's lines are scanned as paragraphs of at most this many characters or lines."""
_PII_LABEL = {
    "email": "email addresses",
    "phone": "phone numbers",
    "card_number": "payment card numbers (Luhn-valid)",
    "iban": "IBANs (mod-97 valid)",
    "us_ssn": "US social security numbers",
    "uk_nino": "UK National Insurance numbers",
    "aadhaar": "Aadhaar numbers (Verhoeff valid)",
    "secret_key": "API keys or access tokens",
}


Progress = Callable[[str, int, int], None]
"""``(file, bytes done, bytes in the file)``."""



def _binary_named(ext: str) -> str | None:
    """The binary format (or ``zip``) a file's extension promises, if any."""
    if ext in formats.ARCHIVE_EXTS:
        return "zip"
    fmt = formats.by_extension(ext)
    return fmt.name if fmt is not None and fmt.binary else None


class Scanner:
    """Personal-data and injection scans with a small cache (system prompts repeat)."""

    def __init__(self) -> None:
        self._pii: dict[str, list[pii.PiiMatch]] = {}
        self._inj: dict[str, list[str]] = {}
        self._guard: dict[str, list[tuple[str, str]]] = {}
        self._guard_large = RecentLarge()
        self._clean: set[str] = set()
        self._pii_large = RecentLarge()
        self._inj_large = RecentLarge()

    def pii(self, text: str) -> list[pii.PiiMatch]:
        return _memo(self._pii, self._pii_large, text, pii.scan)

    def injection(self, text: str) -> list[str]:
        return _memo(self._inj, self._inj_large, text, patterns.scan)

    def guard(self, text: str) -> list[tuple[str, str]]:
        """The description guard's ``(kind, passage)`` pairs for ``text`` (see :func:`data_passages`)."""
        return _memo(self._guard, self._guard_large, text, data_passages)

    def record(self, texts: list[str], line: int, sink: FindingSink, trusted: str = "") -> bool:
        """Scan ``texts`` of one record; returns True when injection text was found.

        Both gates run once on the record's joined texts (a hit in one text is a hit in
        the joined text); only when one passes are the texts scanned one by one.  Texts
        that pass neither gate are remembered as clean (system prompts repeat).  Every text
        that passes the guard's own cheap gate also goes through the description guard,
        except ``trusted`` (a chat example's system prompt, which instructs the model by
        design and is still scanned for the keyword patterns).
        """
        clean = self._clean
        fresh = [t for t in texts if t not in clean]
        if not fresh:
            return False
        joined = fresh[0] if len(fresh) == 1 else "\n".join(fresh)
        if joined.isascii():
            maybe_pii, inj = ascii_gates(joined.encode("ascii"))
        else:
            inj = True
            maybe_pii = pii.could_match(joined)
        one = len(fresh) == 1
        guard_any = inj or could_instruct("\n".join(t for t in fresh if t != trusted) if trusted else joined,
                                          keyword_gate=False)
        kinds: list[str] = []
        quotes: list[str] = []
        for t in fresh:
            guarded = guard_any and t != trusted and (one or could_instruct(t))
            if maybe_pii and (one or pii.could_match(t)):
                for h in self.pii(t):
                    sink.add(
                        "warning",
                        f"pii_{h.kind}",
                        f"{_PII_LABEL[h.kind]} found (shown masked)",
                        line,
                        example=h.masked,
                    )
            elif not inj and not guarded and len(t) < 2000:
                if len(clean) > 20_000:
                    clean.clear()
                clean.add(t)
            if inj:
                kinds.extend(self.injection(t))
            if guarded:
                for kind, passage in self.guard(t):
                    kinds.append(kind)
                    quotes.append(passage)
        if kinds:
            names = sorted(set(kinds))
            sink.add(
                "warning",
                "injection_suspected",
                "text that tries to instruct a model or this auditor (flagged, not followed): "
                + "; ".join(GUARD_DESCRIPTIONS.get(k, k) for k in names),
                line,
                example=", ".join(names) + (f": “{quotes[0]}”" if quotes else ""),
            )
            return True
        return False


def _memo(cache: dict[str, Any], large: RecentLarge, text: str, scan: Callable[[str], Any]) -> Any:
    """``scan(text)``, remembered for texts under 2,000 characters (at most 20,000 of them)
    and for the last few longer ones (``large``)."""
    if len(text) >= 2000:
        hit = large.get(text)
        if hit is None:
            hit = scan(text)
            large.put(text, hit)
        return hit
    hit = cache.get(text)
    if hit is None:
        hit = scan(text)
        if len(cache) > 20_000:
            cache.clear()
        cache[text] = hit
    return hit


def _strings(value: Any, out: list[str], budget: int = 200) -> None:
    """Collect up to ``budget`` strings from a JSON value (for scanning invalid records)."""
    stack = [value]
    while stack and len(out) < budget:
        v = stack.pop()
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v[:1000])


class _Corpus:
    """Document-corpus totals and revision markers."""

    def __init__(self) -> None:
        self.n_documents = 0
        self.pages = 0
        self.tokens = 0
        self.markers: list[RevisionMarker] = []
        self.dates_by_doc: dict[str, set[str]] = {}


class Inspector:
    """One inspection run (see :func:`inspect_paths`)."""

    def __init__(
        self,
        limits: Limits,
        encoding: str = "o200k_base",
        *,
        workers: int | None = None,
        parallel_min_bytes: int = parallel.PARALLEL_MIN_BYTES,
        key_budget: int | None = DEFAULT_BUDGET,
        progress: Progress | None = None,
    ) -> None:
        self.limits = limits
        self.encoding = encoding
        self.tc = get_counter(encoding)
        self.workers = parallel.default_workers() if workers is None else max(1, workers)
        """Processes for one large JSON Lines file (1: all in this process)."""
        self.parallel_min_bytes = parallel_min_bytes
        self.progress = progress
        """Called with ``(file, bytes done, bytes in the file)`` as files and parts finish."""
        self._pool: ProcessPoolExecutor | None = None
        self.sinks: list[FindingSink] = []
        self.stats = DatasetStats(self.sinks, limits.novelty_sample, key_budget)
        self.corpus = _Corpus()
        self.scan = Scanner()
        self.files: list[FileReport] = []

    # ---------------------------------------------------------------- driver

    def run(self, paths: Sequence[str | Path]) -> DataReport:
        sweep_stale_key_folders()
        try:
            try:
                self._run(paths)
            finally:
                if self._pool is not None:
                    self._pool.shutdown(cancel_futures=True)
                    self._pool = None
            return self._finish()
        finally:
            self.stats.keys.close()

    def _run(self, paths: Sequence[str | Path]) -> None:
        for src in iter_sources(list(paths), self.limits):
            fr = FileReport(path=src.display, name=src.name, size_bytes=src.size)
            sink = FindingSink(src.display)
            for f in src.findings:
                sink.add(f.severity, f.code, f.message, n=f.count)
                for ex in f.examples:
                    sink.add(f.severity, f.code, f.message, example=ex, n=0)
            self.sinks.append(sink)
            self.files.append(fr)
            if not src.readable:
                fr.kind = (
                    "archive" if src.path and src.path.suffix.lower() == ".zip" else "unreadable"
                )
                if src.path is not None and src.path.exists() and fr.kind == "archive":
                    fr.format = "zip"
                continue
            try:
                if self.progress is not None:
                    self.progress(src.display, 0, src.size or 0)
                self._inspect(src, fr, sink, len(self.sinks) - 1)
            except CapExceeded as exc:
                sink.add("error", "archive_cap", f"reading stopped: {exc}")
            except zipfile.BadZipFile as exc:  # a member's data fails its CRC or is cut short
                sink.add(
                    "error",
                    "corrupt_archive",
                    f"this archive member is damaged ({str(exc)[:80]}); re-create the archive",
                )
            except MemoryError:
                sink.add(
                    "error", "out_of_memory", "the file needs more memory than allowed; split it"
                )
            except Exception as exc:
                sink.add(
                    "error",
                    "inspection_failed",
                    f"this file could not be inspected ({type(exc).__name__}: {str(exc)[:120]})",
                )
            if self.progress is not None:
                self.progress(src.display, src.size or 0, src.size or 0)

    def _finish(self) -> DataReport:
        summary = DataSummary(n_files=len(self.files), tokenizer=self.tc.label)
        self.stats.finish(summary)
        summary.n_invalid = sum(f.n_invalid for f in self.files)
        c = self.corpus
        summary.n_documents = c.n_documents
        summary.n_pages = c.pages
        summary.doc_tokens = c.tokens
        summary.revision_markers = c.markers
        summary.estimated_change_days = _change_days(c.dates_by_doc)
        report = DataReport(files=self.files, summary=summary, limits=self.limits.as_dict())
        for fr, sink in zip(self.files, self.sinks, strict=True):
            fr.findings = sink.findings()
            report.findings.extend(fr.findings)
            for f in fr.findings:
                if f.code.startswith("pii_"):
                    summary.pii_findings.append(
                        PiiHit(
                            kind=f.code[4:],
                            file=fr.path,
                            count=f.count,
                            lines=f.lines,
                            masked=f.examples,
                        )
                    )
                elif f.code == "injection_suspected":
                    summary.injection_suspected += f.count
                elif f.code == "formula_injection":
                    summary.formula_cells += f.count
        report.facts = derive_facts(report)
        return report

    # ---------------------------------------------------------------- one source

    def _inspect(self, src: Source, fr: FileReport, sink: FindingSink, idx: int) -> None:
        try:
            head = src.head(65536)
        except OSError as exc:
            fr.kind = "unreadable"
            sink.add("error", "unreadable_file", f"cannot read the file ({exc})")
            return
        sn = sniff(src.name, head)
        fr.format = sn.format
        fr.encoding = sn.encoding
        if sn.format == "empty":
            fr.kind = "empty"
            sink.add("warning", "empty_file", "the file is empty")
            return
        if sn.format in _TEXT_BINARY or sn.format == "mismatch":
            fr.kind = "unsupported"
            claimed = formats.by_extension(src.ext)
            if (claimed is not None and not claimed.binary) or sn.format == "mismatch":
                sink.add(
                    "error",
                    "binary_content",
                    f"named {src.ext} but the content is {sn.note or sn.format + ' data'}; "
                    "upload the real file",
                )
            else:
                sink.add(
                    "error",
                    "unsupported_format",
                    f"{sn.format} files are not supported; send {formats.described()}",
                )
            return
        named = _binary_named(src.ext)
        fmt = formats.by_name(sn.format)
        if named and (sn.format == "zip" or (fmt and fmt.binary)) and named != sn.format:
            sink.add("warning", "extension_mismatch",
                     f"named {src.ext} but the content is {sn.format.upper()}; read as {sn.format.upper()} — rename the file")
        if sn.format == "ole":
            fr.kind = "unsupported"
            sink.add(
                "error",
                "unsupported_format",
                "legacy Office file or password-protected document; save it as .xlsx/.docx "
                "without a password",
            )
            return
        if fmt is None:
            fr.kind = "unsupported"
            sink.add("error", "unsupported_format", f"{sn.format} files are not supported; send {formats.described()}")
            return
        if fmt.utf8_only and not (sn.encoding or "").startswith(("utf-16", "utf-32")):
            sn = sniffed_utf8(sn)  # JSON is UTF-8 (RFC 8259): bad bytes are reported per line
        if sn.note:
            sink.add("info", "assumed_encoding", sn.note)
        if sn.bom and sn.encoding == "utf-8-sig":
            sink.add(
                "info", "byte_order_mark", "the file starts with a UTF-8 byte-order mark (handled)"
            )
        state = ReadState()
        enc = sn.encoding or "utf-8"
        if fmt.parallel and self._parallel(src, fr, sink, idx, state, enc):
            pass
        else:
            ctx = formats.ReadContext(sink, self.limits, enc, state)
            with src.seekable(self.limits) if fmt.seekable else src.open() as fh:
                items = fmt.reader(fh, ctx)
                if fmt.kind == "records":
                    self._records(items, fr, sink, idx, state)
                elif fmt.kind == "rows":
                    self._rows(items, fr, sink, idx, state, formulas=fmt.formulas)
                else:
                    self._document(items, fr, sink, state, src)
        fr.bytes_inspected = state.bytes_read or (fr.size_bytes or 0)
        fr.truncated = state.truncated
        fr.n_records = state.n_records
        fr.columns = state.columns[:100]
        if fr.kind == "examples":
            fr.n_invalid = max(fr.n_invalid, fr.n_records - fr.n_examples)

    def _parallel(
        self, src: Source, fr: FileReport, sink: FindingSink, idx: int, state: ReadState, enc: str
    ) -> bool:
        """Inspect a large JSON Lines file on worker processes; False when it does not qualify
        (small, capped by ``max_bytes``, inside an archive, not UTF-8, not starting with a
        chat / prompt-completion / preference record, or a threaded caller)."""
        size = src.size or 0
        if (
            self.workers < 2
            or src.path is None
            or size < self.parallel_min_bytes
            or size > self.limits.max_bytes
            or enc not in ("utf-8", "utf-8-sig")
            or sink.recent is not None
            or not parallel.can_fork()
        ):
            return False
        path = str(src.path)
        file_fmt = parallel.first_format(path, self.limits, enc)
        if file_fmt not in _CHECKERS:
            return False
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=parallel.worker_init,
                initargs=(os.getpid(),),
            )
        parallel.inspect_parts(
            self,
            PART_TASKS,
            self._pool,
            self.workers,
            path,
            src.display,
            size,
            file_fmt,
            enc,
            fr,
            sink,
            idx,
            state,
        )
        return True

    # ---------------------------------------------------------------- examples

    def _use(self, ex: Example | None, fr: FileReport, idx: int, fmt: str, line: int) -> None:
        if ex is None:
            fr.n_invalid += 1
            return
        if self.stats.add(ex, idx, fmt) is None:
            fr.n_examples += 1
        else:
            fr.n_invalid += 1

    def _record(
        self,
        rec: Any,
        line: int,
        fr: FileReport,
        sink: FindingSink,
        file_fmt: str | None,
        cmap: ColumnMap | None,
    ) -> tuple[Example | None, str, str | None, ColumnMap | None]:
        """Check one record of any format; ``(example, its format, the file's format, the
        file's column map)`` (the file's format is set by its first record)."""
        tc = self.tc
        fmt = detect_format(rec)
        if file_fmt is None:
            if fmt is not None:
                file_fmt = fmt
            elif isinstance(rec, dict):
                m = map_columns([str(k) for k in rec])
                if m.usable:
                    cmap, file_fmt = m, "table"
                    fr.column_map = {"prompt": m.prompt or "", "answer": m.answer or ""}
                else:
                    file_fmt = "chat"
            else:
                file_fmt = "chat"
        if file_fmt == "table" and fmt is None and isinstance(rec, dict):
            assert cmap is not None
            ex = row_example({str(k): v for k, v in rec.items()}, line, cmap, sink, tc)
            fmt = "table"
        else:
            if fmt is not None and fmt != file_fmt and fmt != "text":
                sink.add(
                    "warning",
                    "mixed_formats",
                    f"this record is in {fmt} format but the file starts in {file_fmt} "
                    "format; upload one format per file",
                    line,
                )
            use_fmt = (
                fmt if fmt in _CHECKERS else (file_fmt if file_fmt in _CHECKERS else "chat")
            )
            if fmt == "text":
                sink.add(
                    "error",
                    "text_only_record",
                    "a {'text': …} record has no prompt/answer structure for fine-tuning",
                    line,
                )
                ex = None
            else:
                ex = _CHECKERS[use_fmt](rec, line, sink, tc)
            fmt = use_fmt
        return ex, fmt, file_fmt, cmap

    def _records(
        self,
        records: Iterator[tuple[int, Any]],
        fr: FileReport,
        sink: FindingSink,
        idx: int,
        state: ReadState,
        file_fmt: str | None = None,
    ) -> None:
        fr.kind = "examples"
        cmap: ColumnMap | None = None
        tc = self.tc
        scan = self.scan.record
        use = self._use
        for line, rec in records:
            if file_fmt == "chat" and type(rec) is dict and "messages" in rec:  # the usual record
                ex = check_chat(rec, line, sink, tc)
                fmt = "chat"
            else:
                ex, fmt, file_fmt, cmap = self._record(rec, line, fr, sink, file_fmt, cmap)
            if ex is not None:
                scan(ex.texts, line, sink, ex.system)
            else:
                texts: list[str] = []
                _strings(rec, texts)
                scan(texts, line, sink)
            use(ex, fr, idx, fmt, line)
        fr.example_format = file_fmt

    def _rows(
        self,
        rows: Iterator[tuple[int, dict[str, Any]]],
        fr: FileReport,
        sink: FindingSink,
        idx: int,
        state: ReadState,
        *,
        formulas: bool,
    ) -> None:
        fr.kind = "examples"
        cmap: ColumnMap | None = None
        tc = self.tc
        scan = self.scan.record
        for line, rec in rows:
            if cmap is None:
                cmap = map_columns(list(state.columns) or [str(k) for k in rec])
                if cmap.usable:
                    fr.example_format = "chat" if cmap.chat else "table"
                    fr.column_map = (
                        {"messages": cmap.chat}
                        if cmap.chat
                        else {"prompt": cmap.prompt or "", "answer": cmap.answer or ""}
                    )
                    if cmap.ignored:
                        sink.add(
                            "info",
                            "columns_ignored",
                            "columns not used as prompt or answer: "
                            + ", ".join(c[:40] for c in cmap.ignored[:10]),
                        )
                else:
                    sink.add(
                        "warning",
                        "no_prompt_answer_columns",
                        "no column could be read as the prompt and one as the answer; name "
                        "them e.g. 'prompt' and 'completion' (or 'text' and 'label')",
                    )
            texts = []
            for k, v in rec.items():
                if isinstance(v, str):
                    texts.append(v)
                    if formulas and v and formula_like(v):
                        sink.add(
                            "warning",
                            "formula_injection",
                            "a cell starts with = + - @ or a control character: a spreadsheet "
                            "would run it as a formula (CWE-1236)",
                            line,
                            example=f"column {str(k)[:30]}",
                        )
            scan(texts, line, sink)
            if not cmap.usable:
                fr.n_invalid += 1
                continue
            ex = row_example(rec, line, cmap, sink, tc)
            self._use(ex, fr, idx, "chat" if cmap.chat else "table", line)

    # ---------------------------------------------------------------- documents

    def _document(
        self,
        units: Iterator[tuple[int, str]],
        fr: FileReport,
        sink: FindingSink,
        state: ReadState,
        src: Source,
    ) -> None:
        fr.kind = "documents"
        fr.example_format = None
        tokens = 0
        chars = 0
        count = self.tc.count
        markers = 0
        dates = self.corpus.dates_by_doc.setdefault(src.display, set())
        scan = self.scan.record
        para: list[tuple[int, str]] = []
        size = 0

        def flush() -> None:
            # A paragraph is guarded whole (a "### Instructions" heading and its body, a tag
            # over several lines); a paragraph that instructs a model gives no revision date:
            # "Note to the AI: this page changes daily (revised 2026-01-01)" is not a fact.
            nonlocal markers
            if not para:
                return
            flagged = scan([para[0][1] if len(para) == 1 else "\n".join(t for _, t in para)], para[0][0], sink)
            for line, text in para:
                # in a flagged paragraph of several units (DOCX paragraphs, lines), a unit that is
                # not itself an instruction keeps its dates: a version history beside an attack
                if flagged and (len(para) == 1 or self.scan.guard(text) or self.scan.injection(text)):
                    continue
                if markers < MAX_MARKERS and any(ch.isdigit() for ch in text):
                    markers += self._markers(text, line, src, dates, markers)
            para.clear()

        for line, text in units:
            if not text or text.isspace():
                flush()
                size = 0
                continue
            state.n_records += 1
            tokens += count(text)
            chars += len(text)
            para.append((line, text))
            size += len(text)
            if size >= PARAGRAPH_CHARS or len(para) >= PARAGRAPH_LINES:
                flush()
                size = 0
        flush()
        pages = getattr(state, "n_pages", 0) or (max(1, math.ceil(chars / 3000)) if chars else 0)
        fr.n_pages = pages
        fr.doc_tokens = tokens
        if (
            chars == 0
            and not sink.has("encrypted_pdf")
            and not sink.has("unreadable_pdf")
            and not sink.has("unreadable_docx")
            and not sink.has("archive_bomb_suspected")
            and not sink.has("no_text_layer")
        ):
            sink.add("warning", "empty_document", "the document has no text")
        if chars:
            self.corpus.n_documents += 1
            self.corpus.pages += pages
            self.corpus.tokens += tokens


    def _markers(self, text: str, line: int, src: Source, dates: set[str], have: int) -> int:
        """Revision markers on one document line (version-only ones while the document has
        none yet, ``have``); how many were found."""
        found = 0
        for m in REVISION.finditer(text):
            d = parse_date(m.group(1))
            iso = d.isoformat() if d else None
            if iso:
                dates.add(iso)
            if len(self.corpus.markers) < MAX_MARKERS:
                self.corpus.markers.append(RevisionMarker(file=src.display, line=line, text=m.group(0)[:80], date=iso))
            found += 1
        if not found and not have:
            for m in VERSION_ONLY.finditer(text):
                if len(self.corpus.markers) < MAX_MARKERS:
                    self.corpus.markers.append(RevisionMarker(file=src.display, line=line, text=m.group(0)[:80]))
                found += 1
        return found


def example_of(
    rec: Any, line: int, sink: FindingSink, tc: TokenCounter, file_fmt: str
) -> Example | None:
    """The example a record of a ``file_fmt`` file makes (as the record loop checks it)."""
    fmt = detect_format(rec)
    if fmt == "text":
        return None
    use = fmt if fmt in _CHECKERS else (file_fmt if file_fmt in _CHECKERS else "chat")
    return _CHECKERS[use](rec, line, sink, tc)


def sniffed_utf8(sn: Sniffed) -> Sniffed:
    """``sn`` with its encoding forced to UTF-8 (keeping a BOM)."""
    return Sniffed(sn.format, "utf-8-sig" if sn.bom else "utf-8", sn.bom, None)


def _change_days(dates_by_doc: dict[str, set[str]]) -> float | None:
    """Median days between revisions, when the markers show a cadence.

    Uses revision histories inside documents (two or more dates in one document);
    otherwise needs at least three distinct dates across the corpus.
    """
    from datetime import date
    from statistics import median

    def gaps(isos: set[str]) -> list[int]:
        ds = sorted(date.fromisoformat(s) for s in isos)
        return [(b - a).days for a, b in pairwise(ds) if (b - a).days > 0]

    within = [g for isos in dates_by_doc.values() if len(isos) >= 2 for g in gaps(isos)]
    if within:
        return float(median(within))
    every: set[str] = set().union(*dates_by_doc.values()) if dates_by_doc else set()
    if len(every) >= 3:
        g = gaps(every)
        return float(median(g)) if g else None
    return None


def inspect_paths(
    paths: Sequence[str | Path],
    *,
    max_bytes: int | None = None,
    limits: Limits | None = None,
    encoding: str = "o200k_base",
    workers: int | None = None,
    parallel_min_bytes: int = parallel.PARALLEL_MIN_BYTES,
    progress: Progress | None = None,
) -> DataReport:
    """Inspect files, folders and ZIP archives of training examples or documents.

    Never raises for bad files: unreadable, malformed or hostile inputs become
    findings on their file and the other files are still inspected.

    Args:
        paths: files, folders (walked recursively, hidden files skipped) or ZIP archives.
        max_bytes: bytes inspected per file (default 1 GiB); the rest is reported as skipped.
        limits: all caps at once (see :class:`~ftaudit.inspect.limits.Limits`).
        encoding: tokenizer for token statistics (``o200k_base`` or ``cl100k_base``).
        workers: processes for a large JSON Lines file (default: 2 on a multi-core machine;
            1 keeps everything in this process).  The report is the same either way.
        parallel_min_bytes: files smaller than this are always inspected in this process.
        progress: called with ``(file, bytes done, bytes in the file)`` when a file starts,
            as parts of a large file finish, and when it is done.
    """
    lim = (limits or DEFAULT_LIMITS).with_max_bytes(max_bytes)
    return Inspector(
        lim, encoding, workers=workers, parallel_min_bytes=parallel_min_bytes, progress=progress
    ).run(paths)


# ----------------------------------------------------------------------------- worker tasks
# Run in the pool's processes (forked), one part of a large JSONL file each.

class _NoCount(TokenCounter):
    """A counter that counts nothing (re-checking records only to rebuild their text)."""

    def __init__(self) -> None:
        self.encoding = "none"
        self.exact = False
        self._backend = None
        self._cache = {}
        self.cache = self._cache
        self._cache_size = 0

    def count(self, text: str) -> int:
        return 0

    def count_uncached(self, text: str) -> int:
        return 0

    def value(self, value: Any) -> int:
        return 0




_WORKER_INSPECTOR: list[Inspector] = []


def _inspector(limits: Limits, encoding: str) -> Inspector:
    if not _WORKER_INSPECTOR:
        _WORKER_INSPECTOR.append(Inspector(limits, encoding, workers=1))
    return _WORKER_INSPECTOR[0]


def _part_task(
    path: str,
    display: str,
    start: int,
    end: int,
    file_fmt: str,
    index_base: int | None,
    limits: Limits,
    encoding: str,
    file_encoding: str,
) -> dict[str, Any]:
    """Phase 1: the record loop over ``[start, end)`` of ``path``."""

    base = _inspector(limits, encoding)
    sink = FindingSink(display)
    stats = DatasetStats([sink], limits.novelty_sample, key_budget=None)
    stats.index_base = index_base
    base.sinks = [sink]
    base.stats = stats
    base.scan = Scanner()
    fr = FileReport(path=display, name=os.path.basename(path))
    state = ReadState()
    with open_regular(path) as fh:
        fh.seek(start)
        records = read_jsonl(
            fh, sink, limits, file_encoding, state, stop_at=end - start, at_start=start == 0
        )
        base._records(records, fr, sink, 0, state, file_fmt=file_fmt)
    return {
        "sink": sink,
        "stats": stats.part_state(),
        "lines": state.lines,
        "blank_lines": state.blank_lines,
        "n_records": state.n_records,
        "bytes_read": state.bytes_read,
        "n_examples": fr.n_examples,
        "n_invalid": fr.n_invalid,
    }


def _sample_task(
    path: str,
    start: int,
    end: int,
    file_fmt: str,
    lines: np.ndarray,
    limits: Limits,
    file_encoding: str,
) -> dict[str, Any]:
    """Phase 2: the shape/novelty sample of the given (part-relative) ``lines``."""

    sink = FindingSink("")
    stats = DatasetStats([sink], limits.novelty_sample, key_budget=None)
    tc = _NoCount()
    wanted = lines.tolist()
    k = 0
    with open_regular(path) as fh:
        fh.seek(start)
        reader = LineReader.capped(fh, sink, limits, file_encoding, at_start=start == 0)
        for line, raw in reader.raw_lines(end - start):
            if k >= len(wanted):
                break
            if line != wanted[k]:
                continue
            k += 1
            kind, rec = parse_raw_line(raw, line, reader, sink)
            ex = example_of(rec, line, sink, tc, file_fmt) if kind == "ok" else None
            if ex is None:  # pragma: no cover - only valid examples are asked for
                raise RuntimeError(f"line {line} is not a valid example on a second read")
            stats.sample(ex)
    return stats.sample_state()


PART_TASKS = parallel.PartTasks(part=_part_task, sample=_sample_task)
