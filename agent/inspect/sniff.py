"""Decide what a source holds from its first bytes and its name (content wins).

The formats read come from :mod:`ftaudit.inspect.formats`; the magic bytes listed here are
those of files the inspector recognises only to refuse them with a clear message."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from ftaudit.inspect import formats

_FOREIGN_MAGIC: list[tuple[bytes, str]] = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf", "7z"),
    (b"Rar!", "rar"),
    (b"\x7fELF", "elf"),
    (b"MZ", "exe"),
]


@dataclass(frozen=True)
class Sniffed:
    """The detected format and text encoding of a source."""

    format: str
    """jsonl, json, csv, tsv, txt, md, xlsx, docx, pdf, parquet, zip, empty, binary, ole…"""
    encoding: str | None = None
    """For text formats: utf-8, utf-8-sig, utf-16, utf-32 or a legacy 8-bit codec."""
    bom: bool = False
    note: str | None = None


def detect_encoding(head: bytes) -> tuple[str, bool, str | None]:
    """``(encoding, has_bom, note)`` for text starting with ``head``."""
    if head.startswith(codecs.BOM_UTF32_LE) or head.startswith(codecs.BOM_UTF32_BE):
        return "utf-32", True, None
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", True, None
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16", True, None
    # UTF-16 without BOM: every other byte NUL in ASCII-heavy text.
    if len(head) >= 4 and head[1:40:2].count(0) > 15 and head[0:40:2].count(0) == 0:
        return "utf-16-le", False, "no byte-order mark; assumed UTF-16 little-endian"
    if len(head) >= 4 and head[0:40:2].count(0) > 15 and head[1:40:2].count(0) == 0:
        return "utf-16-be", False, "no byte-order mark; assumed UTF-16 big-endian"
    try:
        head.decode("utf-8")
        return "utf-8", False, None
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return "utf-8", False, None
        good = sum(1 for ch in head.decode("utf-8", errors="ignore") if ord(ch) >= 0x80)
        bad = head.decode("utf-8", errors="replace").count("\ufffd")
        if good >= bad:
            return "utf-8", False, None  # UTF-8 with a few damaged bytes: report per line
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(head).best()
        if best is not None and best.encoding and best.encoding not in ("utf_8", "ascii"):
            enc = codecs.lookup(best.encoding).name
            return enc, False, f"not UTF-8; assumed {enc} (detected); save as UTF-8 to be sure"
    except Exception:  # pragma: no cover - detector is optional
        pass
    return "cp1252", False, "not UTF-8; assumed Windows-1252; save as UTF-8 to be sure"


def sniff(name: str, head: bytes) -> Sniffed:
    """Detect the format of a source called ``name`` whose content starts with ``head``."""
    ext = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if not head:
        return Sniffed("empty")
    named = formats.by_extension(ext)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        for f in formats.registered():
            if f.magic == b"PK\x03\x04" and (f.detect is None or f.detect(ext, head)):
                return Sniffed(f.name)
        return Sniffed("zip")
    for f in formats.registered():
        if f.binary and head.startswith(f.magic) and (f.detect is None or f.detect(ext, head)):
            return Sniffed(f.name)
    for magic, kind in _FOREIGN_MAGIC:
        if head.startswith(magic):
            if kind == "exe" and named is not None and not named.binary:
                break  # "MZ" is also plausible text
            return Sniffed(kind)
    if named is not None and named.binary:
        # The name promises a binary format the content does not have.
        return Sniffed("mismatch", note=f"named {ext} but the content is not a {named.name} file")
    enc, bom, note = detect_encoding(head)
    if not enc.startswith("utf-16") and not enc.startswith("utf-32"):
        sample = head[:8192]
        if sample.count(0) > 0 or _binaryish(sample):
            return Sniffed("binary", note="the content is binary, not text")
    fmt = named.name if named is not None else None
    if fmt is None:
        text = head.decode(enc if enc != "utf-8-sig" else "utf-8-sig", errors="replace").lstrip()
        if text.startswith("{"):
            fmt = "jsonl"
        elif text.startswith("["):
            fmt = "json"
        else:
            fmt = "txt"
    return Sniffed(fmt, enc, bom, note)


def _binaryish(sample: bytes) -> bool:
    """True when a sample has many control bytes (text files have almost none)."""
    if not sample:
        return False
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return ctrl / len(sample) > 0.05
