"""Markdown rendering of an :class:`~ftaudit.report.build.AuditReport`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ftaudit.facts import APPROACH_LABELS, FACT_FIELDS

if TYPE_CHECKING:
    from ftaudit.report.build import AuditReport, Citation


def _md(text: str) -> str:
    """Neutralise Markdown/HTML in user-supplied text."""
    return (text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
            .replace("`", "\\`").replace("*", "\\*").replace("_", "\\_").replace("[", "\\["))


def _embed(markdown: str) -> str:
    """Embed another renderer's Markdown under a level-2 heading: drop its title, demote the rest."""
    lines = markdown.strip().splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(("##" + line) if line.startswith("#") else line for line in lines).strip()


def _quote(c: Citation) -> str:
    who = {"article": "article", "supplement": "ftaudit guidance", "user": "your guidance"}[c.origin]
    return f"> {c.quote}\n> — `{c.section_id}` *{c.title}* ({who})"


def _value(value: object) -> str:
    return f"{value:,.0f}" if isinstance(value, int | float) and not isinstance(value, bool) else str(value)


def render_markdown(r: AuditReport) -> str:
    """The whole report as Markdown."""
    out: list[str] = [f"# ftaudit report: {_md(r.case)}", ""]
    also = f" + {' + '.join(APPROACH_LABELS[a] for a in r.also)}" if r.also else ""
    out += [f"**Recommendation: {APPROACH_LABELS[r.approach]}{also}** — confidence {r.confidence:.0%}", "",
            r.summary, ""]
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
        out += [f"- {FACT_FIELDS[f.field].description.rstrip('.')}: **{_md(_value(f.value))}** "
                f"({f.confidence:.0%}) — from \"{_md(f.quote or '')}\"" for f in unsure]
        out.append("")
    if r.narrative:
        out += ["## In brief", "", r.narrative, ""]
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
            out += [f"**{d.topic}.** The article says:", "", _quote(d.article), "",
                    "The supplementary guidance says:", "", _quote(d.supplement), ""]
    out += ["## What would change the decision", ""]
    if r.what_would_change:
        out += [f"- {c.text}" + ("" if c.known else " *(not stated yet)*") for c in r.what_would_change]
    else:
        out.append("- No single fact, changed on its own, would change this verdict.")
    out.append("")
    out += ["## Facts used", "", "| fact | value | source |", "|---|---|---|"]
    for f in r.facts:
        spec = FACT_FIELDS[f.field]
        value = _value(f.value)
        out.append(f"| {spec.description.rstrip('.')} | {_md(value)} | {_md(f.evidence())} |".replace("\n", " "))
    out.append("")
    if r.open_questions:
        out += ["## Questions that would sharpen this audit", ""] + [f"- {q}" for q in r.open_questions] + [""]
    if r.data_markdown:
        out += ["## Sample data", "", _embed(r.data_markdown), ""]
    if r.cost_markdown:
        out += ["## Cost comparison", "", _embed(r.cost_markdown), ""]
    if r.platforms:
        out += ["## Where to fine-tune today", "", "| platform | status | next event | advice |", "|---|---|---|---|"]
        for p in r.platforms:
            out.append(f"| {p.name} | {p.status.replace('_', ' ')} | {p.next_event or '—'} | {p.advice} |")
        out.append("")
    out += ["## Next steps", ""] + [f"{i}. {s}" for i, s in enumerate(r.next_steps, 1)] + [""]
    if r.llm:
        out += ["## Model use", "", "```json", json.dumps(r.llm, indent=2), "```", ""]
    out += [f"<sub>ftaudit engine {r.engine_version}, guidance index {r.index}</sub>", ""]
    return "\n".join(out)
