"""Turn the paths a user gave into readable sources: files, folder contents, archive members.

Archives are never extracted to disk under a name: a member a reader needs random access
to (XLSX, DOCX, PDF, Parquet) is copied into an anonymous temporary file, unlinked from the
start (so a killed run leaves nothing), not into memory.  Members are read through
:meth:`zipfile.ZipFile.open` behind a byte counter that enforces our own caps
(this Python, 3.11.7, predates the CPython fix for overlapping-entry zip bombs),
and member names that could point outside a folder are refused before anything
is read.
"""

from __future__ import annotations

import io
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import IO, Any

from ftaudit.files import NotRegularFile, not_regular_message, open_regular
from ftaudit.inspect.limits import MB, Limits
from ftaudit.inspect.models import Finding

ARCHIVE_EXTS = {".zip"}
NESTED_ARCHIVE_EXTS = {".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz", ".zst"}


class CapExceeded(OSError):
    """A streamed read went past a size cap (archive total or declared member size)."""


@dataclass
class Source:
    """One readable input: a file on disk or a member of an archive."""

    display: str
    """Name shown in reports: the path as given, or ``archive.zip!member``."""
    name: str
    """Base name (used for the format guess and in fact provenance)."""
    size: int | None
    path: Path | None = None
    _zip: zipfile.ZipFile | None = field(default=None, repr=False)
    _info: zipfile.ZipInfo | None = field(default=None, repr=False)
    _budget: list[int] | None = field(default=None, repr=False)
    findings: list[Finding] = field(default_factory=list)
    """Problems found while locating the source (before any parsing)."""
    readable: bool = True

    @property
    def ext(self) -> str:
        """Lower-case extension including the dot (``.jsonl``)."""
        return Path(self.name).suffix.lower()

    def open(self) -> IO[bytes]:
        """A buffered binary stream of the content (caller closes it)."""
        if self.path is not None:
            return open_regular(self.path)
        assert self._zip is not None and self._info is not None and self._budget is not None
        raw = CappedZipReader(self._zip.open(self._info), self._info.file_size, self._budget)
        return io.BufferedReader(raw, buffer_size=1024 * 1024)

    def seekable(self, limits: Limits) -> IO[bytes]:
        """A seekable stream: the file itself, or for an archive member (up to a cap) a copy in
        an anonymous temporary file: a 19 MB ZIP can hold a 180 MB member, and a copy in
        memory plus the reader's own buffers went over 700 MB."""
        if self.path is not None:
            return open_regular(self.path)
        if (self.size or 0) > limits.max_member_buffer:
            raise CapExceeded(
                f"archive member is {self.size:,} bytes; members over "
                f"{limits.max_member_buffer // MB} MB in this format are not read from archives"
            )
        spool = tempfile.SpooledTemporaryFile(max_size=16 * MB)  # noqa: SIM115 - the caller closes it
        try:
            with self.open() as fh:
                shutil.copyfileobj(fh, spool, MB)
            spool.seek(0)
        except BaseException:
            spool.close()
            raise
        return spool

    def head(self, n: int = 65536) -> bytes:
        """The first ``n`` bytes (for sniffing)."""
        with self.open() as fh:
            return fh.read(n)


class CappedZipReader(io.RawIOBase):
    """Counts decompressed bytes; stops at the declared size and the archive budget."""

    def __init__(self, inner: IO[bytes], declared: int, budget: list[int]) -> None:
        self._inner = inner
        self._left = declared
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b)
        want = min(len(view), max(self._left, 0) + 1, max(self._budget[0], 0) + 1)
        data = self._inner.read(want)
        n = len(data)
        if n > self._left:
            raise CapExceeded("archive member expands beyond its declared size (corrupt or a bomb)")
        if n > self._budget[0]:
            raise CapExceeded("archive expands beyond the inspection limit (possible zip bomb)")
        self._left -= n
        self._budget[0] -= n
        view[:n] = data
        return n

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            super().close()


def _bad_member_name(name: str) -> str | None:
    """Why an archive member name is refused, or None when it is safe."""
    if "\x00" in name:
        return "contains a NUL byte"
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/"):
        return "is an absolute path"
    if len(name) > 1 and name[1] == ":":
        return "starts with a drive letter"
    parts = name.split("/")
    if ".." in parts:
        return "climbs out of the archive folder (..)"
    return None


def _zip_sources(path: Path, display: str, limits: Limits, depth: int) -> Iterator[Source]:
    """The members of a ZIP archive, after safety checks, as sources."""
    try:
        zf = zipfile.ZipFile(open_regular(path))
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, IndexError, KeyError, EOFError) as exc:
        src = Source(display, path.name, _size(path), path=path, readable=False)
        src.findings.append(
            Finding(
                severity="error",
                code="corrupt_archive",
                file=display,
                message=f"not a readable ZIP archive ({exc}); re-create the archive",
            )
        )
        yield src
        return
    infos = zf.infolist()
    header = Source(display, path.name, _size(path), path=path, readable=False)
    notes: list[Finding] = header.findings

    def note(sev: str, code: str, msg: str) -> None:
        for f in notes:
            if f.code == code:
                f.count += 1
                if len(f.examples) < 3:
                    f.examples.append(msg)
                return
        notes.append(Finding(severity=sev, code=code, message=msg, file=display))  # type: ignore[arg-type]

    if len(infos) > limits.max_zip_entries:
        note(
            "error",
            "archive_too_many_entries",
            f"archive has {len(infos):,} entries; only the first {limits.max_zip_entries:,} are inspected",
        )
        infos = infos[: limits.max_zip_entries]
    # Overlapping entries (CVE-2024-0450 style): member data must not overlap.
    spans = sorted(
        (i.header_offset, i.header_offset + 30 + len(i.orig_filename) + i.compress_size)
        for i in infos
    )
    for (_, end), (start, _) in pairwise(spans):
        if start < end:
            note(
                "error",
                "archive_overlapping_entries",
                "archive members overlap each other (a known zip-bomb construction); archive refused",
            )
            yield header
            zf.close()
            return
    budget = [limits.max_zip_total]
    seen: set[str] = set()
    members: list[Source] = []
    for info in infos:
        name = info.filename
        why = _bad_member_name(name) if name else "is empty"
        if why:
            note("error", "archive_unsafe_name", f"member name {name[:80]!r} {why}; member refused")
            continue
        if info.is_dir() or name.startswith("__MACOSX/") or Path(name).name.startswith("."):
            continue
        if name in seen:
            note(
                "error",
                "archive_duplicate_name",
                f"member {name[:80]!r} appears twice; later copy refused",
            )
            continue
        seen.add(name)
        mode = info.external_attr >> 16
        if mode and stat.S_ISLNK(mode):
            note("error", "archive_symlink", f"member {name[:80]!r} is a symbolic link; refused")
            continue
        if info.flag_bits & 0x1:
            note(
                "error",
                "archive_encrypted_member",
                f"member {name[:80]!r} is encrypted; extract it yourself and upload the file",
            )
            continue
        if info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
            zipfile.ZIP_BZIP2,
            zipfile.ZIP_LZMA,
        ):
            note(
                "error",
                "archive_unsupported_compression",
                f"member {name[:80]!r} uses an unsupported compression method ({info.compress_type})",
            )
            continue
        if Path(name).suffix.lower() in NESTED_ARCHIVE_EXTS:
            note(
                "warning",
                "nested_archive",
                f"member {name[:80]!r} is itself an archive; nested archives are not opened",
            )
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MB and ratio > limits.max_zip_ratio:
            note(
                "error",
                "archive_bomb_suspected",
                f"member {name[:80]!r} expands {ratio:,.0f}:1 (limit {limits.max_zip_ratio:,.0f}:1); refused",
            )
            continue
        if len(seen) + len(members) > limits.max_files:
            break
        members.append(
            Source(
                f"{display}!{name}",
                Path(name).name,
                info.file_size,
                _zip=zf,
                _info=info,
                _budget=budget,
            )
        )
    declared = sum(m.size or 0 for m in members)
    if declared > limits.max_zip_total:
        note(
            "warning",
            "archive_truncated",
            f"archive expands to {declared:,} bytes; only the first "
            f"{limits.max_zip_total // MB:,} MB are inspected",
        )
    if not members and not notes:
        note("warning", "empty_archive", "the archive holds no file to inspect (or its directory is damaged)")
    if notes:
        yield header
    yield from members


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def iter_sources(paths: list[str | Path], limits: Limits) -> Iterator[Source]:
    """Every source under ``paths``: files, folder contents (sorted), archive members."""
    count = 0
    for given in paths:
        p = Path(given)
        display = str(given)
        try:
            st = p.stat()
        except OSError as exc:
            src = Source(display, p.name or display, None, path=p, readable=False)
            reason = (
                "does not exist" if isinstance(exc, FileNotFoundError) else exc.strerror or str(exc)
            )
            src.findings.append(
                Finding(
                    severity="error",
                    code="unreadable_file",
                    file=display,
                    message=f"cannot read the file: {reason}",
                )
            )
            yield src
            continue
        if stat.S_ISDIR(st.st_mode):
            real = p.resolve()
            files: list[Path] = []
            for root, dirs, names in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in sorted(names) if not n.startswith("."))
            for f in files:
                count += 1
                if count > limits.max_files:
                    return
                yield from _file_sources(f, str(f), limits, real)
            continue
        count += 1
        if count > limits.max_files:
            return
        yield from _file_sources(p, display, limits)


def _refused(path: Path, display: str, code: str, message: str) -> Source:
    src = Source(display, path.name, None, path=path, readable=False)
    src.findings.append(Finding(severity="error", code=code, file=display, message=message))
    return src


def _file_sources(path: Path, display: str, limits: Limits, root: Path | None = None) -> Iterator[Source]:
    """The sources of one file; ``root`` is the real path of the folder it was found in (a
    link there that leads outside it is refused)."""
    try:
        link = path.is_symlink()
        if link and not path.exists():
            yield _refused(path, display, "unreadable_file", "broken symbolic link")
            return
        if link and root is not None and not path.resolve().is_relative_to(root):
            yield _refused(path, display, "symlink_outside_folder",
                           "is a symbolic link to a file outside the folder being read; links that leave "
                           "the folder are not followed (copy the file into the folder instead)")
            return
        st = path.stat()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on resolve()
        yield _refused(path, display, "unreadable_file", f"cannot read the file: {_reason(exc)}")
        return
    if not stat.S_ISREG(st.st_mode):
        yield _refused(path, display, "not_regular_file", not_regular_message(st.st_mode))
        return
    if path.suffix.lower() in ARCHIVE_EXTS or (
        path.suffix.lower() not in {".xlsx", ".docx", ".xlsm"} and _is_zip_magic(path)
    ):
        yield from _zip_sources(path, display, limits, depth=0)
        return
    yield Source(display, path.name, st.st_size, path=path)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "does not exist"
    if isinstance(exc, NotRegularFile):
        return exc.strerror or str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return "a symbolic link loop"


def _is_zip_magic(path: Path) -> bool:
    try:
        with open_regular(path) as fh:
            return fh.read(4) == b"PK\x03\x04" and path.suffix.lower() not in {".jsonl", ".csv"}
    except OSError:
        return False
