"""Files that arrive as bytes (HTTP uploads, MCP tool arguments), staged in a private folder.

A caller of the service, the MCP server or an agent's tool never names a path on this
machine: it sends a file's name and content, the name is reduced to a safe base name, and
the content is written into a new private temporary folder that is removed afterwards.
Reports mention the staged files by their safe names, never by the temporary folder.
"""

from __future__ import annotations

import base64
import binascii
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ftaudit.errors import InputError
from ftaudit.inspect import formats

MAX_FILES = 20
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


@dataclass(frozen=True)
class Upload:
    """One file sent by a client: its name (only the base name is used) and its bytes."""

    name: str
    content: bytes


def decode_content(name: str, content: str, encoding: str) -> bytes:
    """The bytes of an inline file sent as ``utf-8`` text or ``base64``."""
    if encoding == "utf-8":
        return content.encode("utf-8", "surrogatepass")
    if encoding == "base64":
        try:
            return base64.b64decode(content, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise InputError(f"the content is not valid base64 ({exc}); encode the file's bytes with "
                             "standard base64, or send text with encoding 'utf-8'", name) from None
    raise InputError(f"unknown encoding {encoding!r}; use 'utf-8' for text or 'base64' for binary files", name)


def safe_name(name: str, n: int) -> str:
    """A base name that cannot leave its folder: path parts, odd characters and leading dots removed."""
    base = re.split(r"[/\\]", name or "")[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    stem = _UNSAFE.sub("_", stem).strip("._")[:80] or f"upload-{n}"
    suffix = _UNSAFE.sub("", suffix)[:10].lower()
    return f"{stem}.{suffix}" if suffix else stem


def check_uploads(uploads: Sequence[Upload], max_bytes: int) -> None:
    """Refuse, with the fix, what the inspector would not read or what is over the limits."""
    if len(uploads) > MAX_FILES:
        raise InputError(f"{len(uploads)} files sent; the limit is {MAX_FILES}. Put the rest in a ZIP file")
    for up in uploads:
        suffix = Path(safe_name(up.name, 0)).suffix
        suffixes = formats.upload_suffixes()  # read on each call: a format may be registered later
        if suffix not in suffixes:
            raise InputError(f"{suffix or 'a file without an extension'} is not a format the inspector reads; "
                             f"send one of {', '.join(suffixes)} (the name's extension says which)", up.name)
        if not up.content:
            raise InputError("the file is empty (0 bytes); send its content", up.name)
        if len(up.content) > max_bytes:
            raise InputError(f"the file is {len(up.content) / 1048576:,.1f} MB; the limit is "
                             f"{max_bytes / 1048576:g} MB per file. A sample of a few thousand records is enough",
                             up.name)


@contextmanager
def staged(uploads: Sequence[Upload]) -> Iterator[tuple[Path, list[Path]]]:
    """Write ``uploads`` into a new private folder; yields (folder, paths) and removes the folder after."""
    # A hex name: no character in it that Markdown would escape, so reports lose it cleanly.
    folder = Path(tempfile.gettempdir()) / f"ftaudit-up-{uuid.uuid4().hex}"
    folder.mkdir(mode=0o700)
    try:
        paths: list[Path] = []
        used: set[str] = set()
        for n, up in enumerate(uploads, 1):
            name = safe_name(up.name, n)
            while name in used:
                name = f"{n}-{name}"
            used.add(name)
            path = folder / name
            path.write_bytes(up.content)
            paths.append(path)
        yield folder, paths
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def without_folder(value: Any, folder: Path) -> Any:
    """``value`` (JSON-like) with the staging folder's path removed from every string."""
    if isinstance(value, str):
        for where in (str(folder), _MD_SPECIAL.sub(r"\\\1", str(folder))):  # as written, and as Markdown escapes it
            value = value.replace(where + "/", "").replace(where, ".")
        return value
    if isinstance(value, dict):
        return {without_folder(k, folder): without_folder(v, folder) for k, v in value.items()}
    if isinstance(value, list):
        return [without_folder(v, folder) for v in value]
    return value
