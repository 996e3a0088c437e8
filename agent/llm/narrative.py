"""Check the narrative's citations against the index and render it as Markdown.

Every citation must name a passage that exists in the index and quote it
verbatim (whitespace aside); anything else is removed and counted.  Inline
``[id]`` markers are kept only for citations that passed.  Markup that could
fetch or run something (images, HTML, links) is reduced to plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ftaudit.llm.extraction import find_verbatim
from ftaudit.llm.prompts import Narrative

MIN_CITED_QUOTE = 20
MAX_NARRATIVE_CHARS = 6000
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)]*)\)")
_HTML = re.compile(r"<[^>]{0,200}>")
_SCHEME = re.compile(r"\b(?:javascript|data|vbscript):", re.IGNORECASE)
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKER = re.compile(r"\[([^\[\]\s]{1,80})\]")
_VERDICT_WORDS = {
    "prompt": re.compile(r"\bprompt", re.IGNORECASE),
    "rag": re.compile(r"\bRAG\b|\bretriev", re.IGNORECASE),
    "fine_tune": re.compile(r"\bfine[- ]?tun", re.IGNORECASE),
}


def clean(text: str) -> str:
    """Model prose with active markup removed."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _HTML.sub("", text)
    text = _SCHEME.sub("", text)
    return _CTRL.sub("", text).strip()


@dataclass
class CheckedNarrative:
    markdown: str | None
    kept: int = 0
    removed: list[str] = field(default_factory=list)
    problem: str | None = None
    """Why the whole narrative was rejected, if it was."""


def _passage_text(index: Any, section_id: str) -> str | None:
    try:
        text = index.passage(section_id)
        return text if isinstance(text, str) else None
    except Exception:  # an id Chroma cannot even look up is simply not in the index
        return None


def check_narrative(narrative: Narrative, approach: str, index: Any) -> CheckedNarrative:
    """Verify citations and render; ``approach`` is the engine's verdict."""
    removed: list[str] = []
    kept = 0
    blocks: list[str] = []
    for para in narrative.paragraphs:
        verified: list[tuple[str, str]] = []
        for c in para.citations:
            sid = c.section_id.strip().strip("[]")
            passage = _passage_text(index, sid) if sid else None
            if passage is None:
                removed.append(f"[{sid[:60]}]: no such passage in the index")
                continue
            if len(c.quote.strip()) < MIN_CITED_QUOTE:
                removed.append(f"[{sid}]: quote too short to check: {c.quote[:40]!r}")
                continue
            span = find_verbatim(c.quote.strip().strip('"“”'), passage)
            if span is None:
                removed.append(f"[{sid}]: quote is not verbatim: {c.quote[:60]!r}")
                continue
            if (sid, span) not in verified:
                verified.append((sid, span))
        ok_ids = {sid for sid, _ in verified}

        def marker(m: re.Match[str], ok_ids: set[str] = ok_ids) -> str:
            sid = m.group(1)
            if sid in ok_ids:
                return m.group(0)
            if "#" in sid or sid in getattr(index, "sections", {}):
                removed.append(f"[{sid[:60]}]: cited in the text without a verified quote")
            return ""

        text = clean(_MARKER.sub(marker, clean(para.text)))
        text = re.sub(r"[ \t]{2,}", " ", text).strip()
        if not text and not verified:
            continue
        cites = "".join(f"\n> [{sid}] “{span}”" for sid, span in verified)
        blocks.append(text + ("\n" if cites else "") + cites)
        kept += len(verified)
    markdown = "\n\n".join(blocks).strip()[:MAX_NARRATIVE_CHARS] or None
    if markdown is None:
        return CheckedNarrative(None, kept, removed, "the model wrote no narrative")
    if kept == 0:
        return CheckedNarrative(None, kept, removed, "no citation in the narrative could be verified")
    prose = " ".join(block.split("\n> ")[0] for block in blocks)
    if not _VERDICT_WORDS[approach].search(prose):
        return CheckedNarrative(
            None,
            kept,
            removed,
            "the narrative does not state the engine's verdict (model ignored instructions)",
        )
    return CheckedNarrative(markdown, kept, removed)
