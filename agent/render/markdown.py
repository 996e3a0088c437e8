"""Markdown rendering of an :class:`~ftaudit.report.build.AuditReport`."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import TYPE_CHECKING

from ftaudit.facts import APPROACH_LABELS, FACT_FIELDS, format_value

if TYPE_CHECKING:
    from ftaudit.report.build import AuditReport, Citation


_BREAKS = re.compile("\r\n?|[\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
"""Everything that some reader of the Markdown (CommonMark, ``str.splitlines``, an editor) may take as a line break."""
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


def _one_line(text: str) -> str:
    """``text`` on one line: line breaks become spaces, other control characters go."""
    text = _SURROGATES.sub("\ufffd", str(text))
    return _CONTROLS.sub("", _BREAKS.sub(" ", text))


def _md(text: str) -> str:
    """User-supplied text as inline Markdown that shows as written and cannot change the
    document's structure: one line (no new heading, list or quote), no live HTML, links,
    images, emphasis or code, and no ``|`` that would split a table cell."""
    text = _SPECIAL.sub(r"\\\1", _one_line(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _code(text: str) -> str:
    """``text`` as an inline code span that no backtick inside it can close early."""
    text = _one_line(text).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if longest or text.startswith(" ") or text.endswith(" ") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _paragraphs(text: str) -> list[str]:
    """Free text (a model's narrative) as escaped paragraphs: its blank lines are kept, its Markdown is not."""
    parts = re.split(r"(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)", text)
    return [_md(p) for p in parts if p.strip()]


def _embed(markdown: str) -> str:
    """Embed another renderer's Markdown under a level-2 heading: drop its title, demote the rest."""
    lines = markdown.strip().split("\n")
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(("##" + line) if line.startswith("#") else line for line in lines).strip()


def _quote(c: Citation) -> str:
    who = {"article": "article", "supplement": "ftaudit guidance", "user": "your guidance"}[c.origin]
    if c.origin == "user":  # a user's guidance file: its text, heading and file name are untrusted
        quote, title = _md(c.quote), _md(c.title)
    else:
        quote, title = _one_line(c.quote), _one_line(c.title)
    return f"> {quote}\n> — {_code(c.section_id)} *{title}* ({who})"


def render_markdown(r: AuditReport, today: date | None = None) -> str:
    """The whole report as Markdown: a title from the case and the date, then the verdict and its summary."""
    when = (today or date.today()).strftime("%-d %B %Y")
    out: list[str] = [f"# ftaudit report: {_md(r.case)}", "", f"*Fine-tuning, prompting or RAG? Audited {when}.*", ""]
    also = f" + {' + '.join(APPROACH_LABELS[a] for a in r.also)}" if r.also else ""
    verdict = _md(r.headline) if r.headline else f"{APPROACH_LABELS[r.approach]}{also}"
    out += [f"**Recommendation: {verdict}** — confidence {r.confidence:.0%}", "",
            r.summary, ""]
    if r.settle_first:
        out += ["## What would settle it", "",
                f"The confidence is {r.confidence:.0%}, below 60%: answer these first, then audit again.", ""]
        out += [f"- {_md(q)}" for q in r.settle_first] + [""]
    out += ["| approach | score |", "|---|---:|"]
    out += [f"| {APPROACH_LABELS[a]} | {s:+.2f} |" for a, s in sorted(r.scores.items(), key=lambda kv: -kv[1])]
    out.append("")
    for w in r.warnings:
        out += [f"> **Warning:** {_md(w)}", ""]
    unsure = [f for f in r.facts if not f.sure]
    if unsure:
        out += ["## Read with low confidence", "",
                "These facts did not count towards the verdict. Confirm or correct them "
                "(answer in `ftaudit chat`, or state them plainly in the description) and audit again.", ""]
        out += [f"- {FACT_FIELDS[f.field].description.rstrip('.')}: **{_md(format_value(f.field, f.value))}** "
                f"({f.confidence:.0%}) — from \"{_md(f.quote or '')}\"" for f in unsure]
        out.append("")
    if r.narrative:
        out += ["## In brief", ""]
        for paragraph in _paragraphs(r.narrative):
            out += [paragraph, ""]
    out += ["## Criteria that decided it", ""]
    for c in r.criteria:
        contrib = ", ".join(f"{APPROACH_LABELS[a]} {v:+.2f}" for a, v in c.contribution.items())
        out += [f"### {c.title} (`{c.id}`)", "", f"Contribution: {contrib}.", ""]
        for e in c.evidence:
            out.append(f"- Evidence — {_md(e)}")
        out.append("")
        for cite in c.citations:
            out += [_quote(cite), ""]
        for cite in c.counterpoints:
            out += ["*Another source disagrees:*", "", _quote(cite), ""]
    if r.disagreements:
        out += ["## Where the guidance disagrees", ""]
        for d in r.disagreements:
            out += [f"**{_md(d.topic)}.** The article says:", "", _quote(d.article), "",
                    "The supplementary guidance says:", "", _quote(d.supplement), ""]
    out += ["## What would change the decision", ""]
    if r.what_would_change:
        out += [f"- {_md(c.text)}" + ("" if c.known else " *(not stated yet)*") for c in r.what_would_change]
    else:
        out.append("- No single fact, changed on its own, would change this verdict.")
    out.append("")
    out += ["## Facts used", "", "| fact | value | source |", "|---|---|---|"]
    for f in r.facts:
        spec = FACT_FIELDS[f.field]
        value = format_value(f.field, f.value)
        out.append(f"| {_md(spec.description.rstrip('.'))} | {_md(value)} | {_md(f.evidence())} |")
    out.append("")
    if r.open_questions:
        out += ["## Questions that would sharpen this audit", ""] + [f"- {_one_line(q)}" for q in r.open_questions] + [""]
    if r.data_markdown:
        out += ["## Sample data", "", _embed(r.data_markdown), ""]
    if r.cost_markdown:
        out += ["## Cost comparison", "", _embed(r.cost_markdown), ""]
    if r.platforms or r.platform_note:
        out += ["## Where to fine-tune today", ""]
        if r.platform_note:
            out += [_md(r.platform_note), ""]
        out += ["| platform | status | next event | advice | residency and data use | checked |",
                "|---|---|---|---|---|---|"]
        for p in r.platforms:
            terms = " ".join(t for t in (p.residency, p.data_use) if t)
            if p.to_confirm:
                terms += " Confirm: " + ", ".join(c.replace("_", " ") for c in p.to_confirm) + "."
            out.append(f"| {_md(p.name)} | {_md(p.status.replace('_', ' '))} | {_md(p.next_event or '—')} | "
                       f"{_md(p.advice)} | {_md(terms.strip() or '—')} | {_md(p.checked or '—')} |")
        out.append("")
    out += ["## Next steps", ""] + [f"{i}. {_one_line(s)}" for i, s in enumerate(r.next_steps, 1)] + [""]
    if r.llm:
        out += ["## Model use", "", "```json", json.dumps(r.llm, indent=2), "```", ""]
    out += [f"<sub>ftaudit engine {_md(r.engine_version)}, guidance index {_md(r.index)}</sub>", ""]
    # Every line above was built to be one line; a break hidden in embedded text (the data or
    # cost report) must not start a new one in any reader.
    return "\n".join(_one_line(line) for line in "\n".join(out).split("\n"))
