"""Guidance sources: the article, the project's own guidance and the user's.

A source is a Markdown or text file split into sections at its headings.  A
heading written as ``## [doc#slug] Title`` gives the section a stable id; other
headings (in user files) get ``<file-stem>#<slug>``.  The text that gets indexed
is the section body with Markdown emphasis and code fences removed, so a quote
taken from the index reads cleanly.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ftaudit.errors import InputError
from ftaudit.settings import KNOWLEDGE_DIR

_ID_HEADING = re.compile(r"^#{1,6}\s*\[([A-Za-z0-9_.-]+#[A-Za-z0-9_.-]+)\]\s*(.+?)\s*$")
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
_SOURCES = re.compile(r"^\s*Sources?:\s*(.+)$", re.IGNORECASE)
MAX_USER_FILE_BYTES = 2_000_000


def origin_of(doc: str) -> str:
    """Who wrote a document: ``article``, ``supplement`` (the project) or ``user``."""
    if doc == "article":
        return "article"
    return "user" if doc.startswith("user-") else "supplement"


@dataclass(frozen=True)
class Section:
    """One citable passage of guidance."""

    id: str
    title: str
    text: str
    doc: str
    file: str
    sources: str = ""

    @property
    def origin(self) -> str:
        """``article``, ``supplement`` or ``user``: who wrote the passage."""
        return origin_of(self.doc)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "section"


def _clean(lines: list[str]) -> tuple[str, str]:
    body: list[str] = []
    sources = ""
    for line in lines:
        if line.strip().startswith("```") or line.strip().startswith("<!--"):
            continue
        match = _SOURCES.match(line)
        if match:
            sources = match.group(1).strip()
            continue
        body.append(line.replace("**", "").rstrip())
    paragraphs = re.split(r"\n\s*\n", "\n".join(body))
    text = "\n".join(" ".join(p.split()) if not p.lstrip().startswith(("-", "•", "*")) else p.strip()
                     for p in paragraphs if p.strip())
    return text.strip(), sources


def parse_markdown(text: str, *, doc: str, file: str) -> list[Section]:
    """Split a Markdown/text document into sections at its headings."""
    sections: list[Section] = []
    current: tuple[str, str] | None = None
    buf: list[str] = []
    seen: set[str] = set()
    in_fence = False

    def flush() -> None:
        if current is None:
            return
        body, sources = _clean(buf)
        if body:
            sid = current[0]
            n = 2
            while sid in seen:
                sid, n = f"{current[0]}-{n}", n + 1
            seen.add(sid)
            sections.append(Section(sid, current[1], body, doc, file, sources))

    for line in text.splitlines():
        if line.strip().startswith("```"):
            in_fence = not in_fence
        if not in_fence:
            m = _ID_HEADING.match(line)
            if m:
                flush()
                current, buf = (m.group(1), m.group(2)), []
                continue
            m = _HEADING.match(line)
            if m and doc.startswith("user-"):
                flush()
                current, buf = (f"{doc}#{_slug(m.group(1))}", m.group(1)), []
                continue
            if m and current is None:
                continue  # the document title
        if current is None and doc.startswith("user-") and line.strip():
            current = (f"{doc}#intro", Path(file).stem)
        buf.append(line)
    flush()
    return sections


def _read_user_file(path: Path) -> str:
    if path.stat().st_size > MAX_USER_FILE_BYTES:
        raise InputError(
            f"guidance file is larger than {MAX_USER_FILE_BYTES // 1_000_000} MB; split it", str(path)
        )
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise InputError("guidance file is binary; only Markdown or plain text is indexed", str(path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("guidance file is not UTF-8 text; re-save it as UTF-8", str(path)) from exc


def load_sections(user_dirs: list[Path] | None = None) -> list[Section]:
    """All guidance sections: the article, the bundled guidance, then user folders."""
    sections = parse_markdown(
        (KNOWLEDGE_DIR / "article.md").read_text(encoding="utf-8"), doc="article", file="article.md"
    )
    for path in sorted((KNOWLEDGE_DIR / "guidance").glob("*.md")):
        sections += parse_markdown(
            path.read_text(encoding="utf-8"), doc=path.stem, file=f"guidance/{path.name}"
        )
    for folder in user_dirs or []:
        for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in {".md", ".txt"}):
            doc = "user-" + _slug(str(path.relative_to(folder).with_suffix("")))
            sections += parse_markdown(_read_user_file(path), doc=doc, file=f"user:{path}")
    ids = [s.id for s in sections]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise InputError(f"duplicate guidance section ids {dupes}; rename the headings")
    return sections


def digest(sections: list[Section], extra: str = "") -> str:
    """A content hash of the sections; the index is rebuilt when it changes."""
    h = hashlib.sha256(extra.encode())
    for s in sections:
        h.update(f"\x00{s.id}\x00{s.title}\x00{s.text}".encode())
    return h.hexdigest()
