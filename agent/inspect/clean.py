"""``write_clean``: the file a user would upload next, and a log of every change.

Valid examples from every input (chat JSONL, prompt/completion, CSV/XLSX/Parquet
rows) are written as chat-format JSON Lines, split into train and validation by
a hash of the prompt (so repeats of a prompt never straddle the split).
Malformed, empty, placeholder and duplicate rows are dropped; personal data is
masked on request.  The log names file, line, action and reason, never content.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from ftaudit.errors import InputError
from ftaudit.files import respect_umask, sweep_stale
from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.inspector import Inspector
from ftaudit.inspect.limits import DEFAULT_LIMITS, Limits
from ftaudit.inspect.models import DataReport, FileReport
from ftaudit.inspect.pii import mask_text
from ftaudit.inspect.schema import Example
from ftaudit.inspect.shape import norm_key
from pydantic import BaseModel, Field

STALE_TMP = re.compile(r"\.tmp-(?:(?P<pid>[0-9]+)-)?[A-Za-z0-9_]+\.jsonl")
"""The temporaries :func:`write_clean` writes (``.tmp-<pid>-<random>.jsonl``; before the pid
was in the name, ``.tmp-<random>.jsonl``).  A run removes those whose owner is dead (or, without
a pid, untouched for an hour) before it starts: a killed run leaves them behind."""


class CleanResult(BaseModel):
    """What :func:`write_clean` wrote."""

    out_dir: str
    train_path: str
    validation_path: str
    log_path: str
    n_train: int = 0
    n_validation: int = 0
    n_dropped: int = 0
    n_changed: int = 0
    dropped: dict[str, int] = Field(default_factory=dict)
    changed: dict[str, int] = Field(default_factory=dict)
    report: DataReport | None = None


def _mask_messages(msgs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    out: list[dict[str, Any]] = []
    kinds: list[str] = []
    for m in msgs:
        c = m.get("content")
        if isinstance(c, str):
            masked, k = mask_text(c)
            if k:
                m = {**m, "content": masked}
                kinds.extend(k)
        elif isinstance(c, list):
            parts = []
            for part in c:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    masked, k = mask_text(part["text"])
                    if k:
                        part = {**part, "text": masked}
                        kinds.extend(k)
                parts.append(part)
            m = {**m, "content": parts}
        out.append(m)
    return out, kinds


def _mask_any(value: Any, kinds: list[str]) -> Any:
    if isinstance(value, str):
        masked, k = mask_text(value)
        kinds.extend(k)
        return masked
    if isinstance(value, dict):
        return {k: _mask_any(v, kinds) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask_any(v, kinds) for v in value]
    return value


class _Cleaner(Inspector):
    def __init__(
        self,
        limits: Limits,
        train: IO[str],
        val: IO[str],
        log: IO[str],
        mask_pii: bool,
        val_fraction: float,
    ) -> None:
        super().__init__(limits, workers=1)
        self.train, self.val, self.log = train, val, log
        self.mask_pii = mask_pii
        self.val_fraction = val_fraction
        self.seen_exact: set[int] = set()
        self.seen_norm: set[int] = set()
        self.result_dropped: Counter[str] = Counter()
        self.result_changed: Counter[str] = Counter()
        self.n_train = 0
        self.n_val = 0
        self._current: FindingSink | None = None

    def _log(self, file: str, line: int, action: str, reason: str, detail: str = "") -> None:
        entry = {"file": file, "line": line, "action": action, "reason": reason}
        if detail:
            entry["detail"] = detail
        self.log.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def _flush(self, sink: FindingSink, file: str, keep_line: int | None) -> list[str]:
        """Log records that failed before reaching ``_use``; return the codes of ``keep_line``."""
        mine: list[str] = []
        dropped: dict[int, list[str]] = {}
        for code, ln in sink.recent or []:
            if ln is None:
                continue
            if ln == keep_line:
                mine.append(code)
            else:
                dropped.setdefault(ln, []).append(code)
        for ln, codes in sorted(dropped.items()):
            reason = ",".join(sorted(set(codes)))
            self._log(file, ln, "dropped", reason)
            self.result_dropped[codes[0]] += 1
        sink.recent = []
        return mine

    def _finish(self) -> DataReport:
        for fr, sink in zip(self.files, self.sinks, strict=True):
            self._flush(sink, fr.path, None)
        return super()._finish()

    def _use(self, ex: Example | None, fr: FileReport, idx: int, fmt: str, line: int) -> None:
        sink = self.sinks[idx]
        codes = self._flush(sink, fr.path, line)
        if ex is None:
            fr.n_invalid += 1
            reason = ",".join(sorted(set(codes))) or "invalid_record"
            self._log(fr.path, line, "dropped", reason)
            self.result_dropped[codes[0] if codes else "invalid_record"] += 1
            return
        problem = self.stats.add(ex, idx, fmt)
        if problem is not None:
            fr.n_invalid += 1
            self._log(fr.path, ex.line, "dropped", problem)
            self.result_dropped[problem] += 1
            return
        fr.n_examples += 1
        key, nkey, _, _ = self.stats.example_keys(ex)
        if key in self.seen_exact or nkey in self.seen_norm:
            reason = "duplicate_example" if key in self.seen_exact else "near_duplicate_example"
            self._log(fr.path, ex.line, "dropped", reason)
            self.result_dropped[reason] += 1
            return
        self.seen_exact.add(key)
        self.seen_norm.add(nkey)
        record: dict[str, Any]
        if ex.raw is not None:
            record = ex.raw
        else:
            record = {"messages": ex.chat}
            if ex.tools is not None:
                record["tools"] = ex.tools
            if fmt in ("table", "prompt_completion"):
                self._log(fr.path, ex.line, "changed", f"converted_from_{fmt}")
                self.result_changed[f"converted_from_{fmt}"] += 1
        if self.mask_pii:
            kinds: list[str] = []
            if ex.raw is not None:
                record = _mask_any(record, kinds)
            else:
                record["messages"], kinds = _mask_messages(record["messages"])
            if kinds:
                detail = ", ".join(f"{k} x{n}" for k, n in sorted(Counter(kinds).items()))
                self._log(fr.path, ex.line, "changed", "pii_masked", detail)
                self.result_changed["pii_masked"] += 1
        split_key = norm_key(ex.user or ex.prompt)
        h = int.from_bytes(hashlib.blake2b(split_key, digest_size=8).digest(), "big") / 2**64
        text = json.dumps(record, ensure_ascii=False) + "\n"
        if h < self.val_fraction:
            self.val.write(text)
            self.n_val += 1
        else:
            self.train.write(text)
            self.n_train += 1


def write_clean(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    mask_pii: bool = False,
    val_fraction: float = 0.1,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> CleanResult:
    """Write ``train.jsonl``, ``validation.jsonl`` and ``clean-log.jsonl`` into folder ``out``.

    Args:
        paths: the same inputs :func:`ftaudit.inspect.inspect_paths` takes.
        out: output folder (created if missing; only these three files are written there).
        mask_pii: replace detected personal data with ``[EMAIL]``, ``[PHONE]``, …
        val_fraction: share of prompts sent to the validation file (0 to 0.5).

    Raises:
        InputError: ``out`` is an existing file, or ``val_fraction`` is out of range.
    """
    if not 0.0 <= val_fraction <= 0.5:
        raise InputError(f"validation fraction {val_fraction} must be between 0 and 0.5")
    out_dir = Path(out)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(
            "exists and is not a folder; choose a folder for the clean files", str(out_dir)
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    sweep_stale(out_dir, STALE_TMP)  # what a killed run left
    lim = (limits or DEFAULT_LIMITS).with_max_bytes(max_bytes)
    names = {"train": "train.jsonl", "validation": "validation.jsonl", "log": "clean-log.jsonl"}
    tmp = {
        k: tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below
            "w", encoding="utf-8", dir=out_dir, prefix=f".tmp-{os.getpid()}-", suffix=".jsonl", delete=False
        )
        for k in names
    }
    try:
        cleaner = _Cleaner(lim, tmp["train"], tmp["validation"], tmp["log"], mask_pii, val_fraction)
        _track(cleaner)
        report = cleaner.run(paths)
        for f in tmp.values():
            f.close()
        for k, name in names.items():
            respect_umask(tmp[k].name)
            os.replace(tmp[k].name, out_dir / name)
    except BaseException:
        for f in tmp.values():
            f.close()
            Path(f.name).unlink(missing_ok=True)
        raise
    return CleanResult(
        out_dir=str(out_dir),
        train_path=str(out_dir / names["train"]),
        validation_path=str(out_dir / names["validation"]),
        log_path=str(out_dir / names["log"]),
        n_train=cleaner.n_train,
        n_validation=cleaner.n_val,
        n_dropped=sum(cleaner.result_dropped.values()),
        n_changed=sum(cleaner.result_changed.values()),
        dropped=dict(cleaner.result_dropped),
        changed=dict(cleaner.result_changed),
        report=report,
    )


def _track(cleaner: _Cleaner) -> None:
    """Make every new file sink record its error codes for the cleaner."""
    original = cleaner.sinks.append

    class _List(list[FindingSink]):
        def append(self, sink: FindingSink) -> None:
            sink.recent = []
            super().append(sink)

    tracked = _List(cleaner.sinks)
    cleaner.sinks = tracked
    cleaner.stats.sinks = tracked
    del original
