"""HTML for the live side panel and the self-contained HTML report.

Everything a user or a data file wrote is escaped here; the panel and the report
contain no scripts and load nothing from the network.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ftaudit.facts import APPROACH_LABELS, FACT_FIELDS
from ftaudit.render.charts import (
    COLOURS,
    contribution_chart,
    cost_chart,
    esc,
    grounding_bars,
    histogram,
    label_bars,
    learning_curve,
    score_bars,
)
from ftaudit.report.build import AuditReport, Citation

SOURCE_LABELS = {
    "text": "your description",
    "answer": "your answer",
    "file": "data file",
    "llm": "model extraction",
    "default": "assumed",
}
ORIGIN_LABELS = {"article": "article", "supplement": "ftaudit guidance", "user": "your guidance"}

PANEL_CSS = """
.fa-card{border:1px solid #e5e7eb;border-radius:10px;padding:12px 14px;background:#fff;color:#1f2937;
 font-size:13.5px;line-height:1.45}
.fa-card h4{margin:0 0 8px;font-size:13px;font-weight:700;color:#4b5563}
.fa-verdict{font-size:20px;font-weight:700;margin:2px 0}
.fa-sub{color:#4b5563;margin:2px 0 8px}
.fa-conf{height:8px;border-radius:4px;background:#eef2f7;overflow:hidden;margin:6px 0 4px}
.fa-conf>span{display:block;height:100%}
.fa-muted{color:#4b5563;font-size:12.5px;margin:4px 0}
.fa-pill{display:inline-block;padding:1px 8px;border-radius:999px;font-size:11px;background:#f3f4f6;
 color:#374151;white-space:nowrap}
.fa-pill.text{background:#e0ecff;color:#1e40af}.fa-pill.answer{background:#dcfce7;color:#166534}
.fa-pill.file{background:#fef3c7;color:#92400e}.fa-pill.default{background:#f3f4f6;color:#6b7280}
.fa-pill.llm{background:#ede9fe;color:#5b21b6}
.fa-facts{width:100%;border-collapse:collapse}
.fa-card table.fa-facts td{padding:5px 6px 5px 0;border:0;border-top:1px solid #f1f5f9;vertical-align:top;background:none}
.fa-card table.fa-facts tr{background:none}
.fa-card table.fa-facts,.fa-card table.fa-facts td,.fa-card table.fa-facts tr{border-left:0 !important;
 border-right:0 !important;border-bottom:0 !important;box-shadow:none}
.fa-card table.fa-facts{border-top:0 !important;border-radius:0}
.fa-facts td.v{font-weight:600;white-space:nowrap}
.fa-q{color:#6b7280;font-size:12px;font-style:italic;margin-top:2px}
.fa-cite{border-left:3px solid #c7d2fe;margin:6px 0;padding:2px 0 2px 10px}
.fa-cite summary{cursor:pointer;font-weight:600}
.fa-cite blockquote{margin:6px 0;color:#374151}
.fa-cite.supplement{border-color:#a7f3d0}.fa-cite.user{border-color:#fde68a}
.fa-kv{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;font-size:12.5px}
.fa-kv b{font-weight:600}
.fa-warn{background:#fff7ed;border:1px solid #fed7aa;border-radius:6px;padding:6px 8px;margin:6px 0}
.fa-next{background:#f8fafc;border-radius:6px;padding:8px;margin-top:8px}
.fa-chart{max-width:100%;height:auto;display:block}
"""


def _fmt(field: str, value: Any) -> str:
    spec = FACT_FIELDS.get(field)
    if isinstance(value, bool) or (spec is not None and spec.kind == "bool"):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        if field == "knowledge_change_days":
            v = float(value)
            for limit, word in (
                (1, "daily or faster"),
                (8, "weekly"),
                (35, "monthly"),
                (100, "quarterly"),
                (400, "yearly"),
            ):
                if v <= limit:
                    return word
            return "rarely"
        unit = spec.unit if spec is not None else ""
        unit = {"per month": "/ month", "examples": "", "documents": "docs"}.get(unit, unit)
        return f"{value:,.0f} {unit}".strip()
    return str(value).replace("_", " ")


FACT_LABELS = {
    "task_kind": "Task",
    "needs_external_knowledge": "Needs outside knowledge",
    "knowledge_change_days": "Knowledge changes",
    "needs_citations": "Must cite sources",
    "stakes": "Cost of a wrong answer",
    "monthly_volume": "Monthly volume",
    "latency_ms": "Latency budget",
    "strict_format": "Strict output format",
    "consistent_style": "Consistent voice or style",
    "labelled_examples": "Labelled examples",
    "prompting_falls_short": "Prompting falls short",
    "prompt_tokens": "Prompt length",
    "domain_jargon": "Domain jargon",
    "task_changes_often": "Task still changing",
    "stage": "Stage",
    "budget": "Budget",
    "wants_latest_models": "Wants newest models",
    "human_review": "Human reviews outputs",
    "corpus_size": "Document collection",
    "accuracy_target": "Accuracy target",
    "platform": "Platform",
    "has_eval_set": "Has an evaluation set",
}


def fact_label(field: str) -> str:
    """A short human name for a fact field."""
    return FACT_LABELS.get(field, field.replace("_", " ").capitalize())


def leaning_html(report: AuditReport | None, *, status: str, backend: str) -> str:
    """The verdict card: current leaning, confidence, scores, interview status."""
    if report is None:
        return (
            f'<div class="fa-card" id="fa-leaning"><h4>Current leaning</h4>'
            f'<div class="fa-sub">Describe your use case in the chat to start. I will ask only the '
            f"questions that could change the recommendation.</div>"
            f'<div class="fa-muted">Backend: {esc(backend)}</div></div>'
        )
    colour = COLOURS.get(report.approach, "#6b7280")
    also = "".join(f" + {esc(APPROACH_LABELS[a])}" for a in report.also)
    warn = "".join(f'<div class="fa-warn">⚠ {esc(w)}</div>' for w in report.warnings)
    return (
        f'<div class="fa-card" id="fa-leaning"><h4>Current leaning</h4>'
        f'<div class="fa-verdict" style="color:{colour}">{esc(APPROACH_LABELS[report.approach])}{also}</div>'
        f'<div class="fa-conf"><span style="width:{report.confidence:.0%};background:{colour}"></span></div>'
        f'<div class="fa-muted">Confidence {report.confidence:.0%} · {esc(status)}</div>'
        f"{score_bars(report.scores, report.approach)}{warn}"
        f'<div class="fa-muted">Backend: {esc(backend)}</div></div>'
    )


def facts_html(report: AuditReport | None) -> str:
    """Facts understood so far, with where each came from."""
    if report is None or not report.facts:
        return '<div class="fa-card" id="fa-facts"><h4>Facts understood</h4><p class="fa-muted">None yet.</p></div>'
    rows = []
    for f in sorted(
        report.facts,
        key=lambda f: (
            f.source == "default",
            list(FACT_FIELDS).index(f.field) if f.field in FACT_FIELDS else 99,
        ),
    ):
        where = f.quote or (f.file and f"from {f.file}") or ""
        if f.note and f.source == "file":
            where = f"{f.file}: {f.note}"
        quote = f'<div class="fa-q">“{esc(where[:220])}{"…" if len(where) > 220 else ""}”</div>' if where else ""
        rows.append(
            f'<tr><td>{esc(fact_label(f.field))}{quote}</td><td class="v">{esc(_fmt(f.field, f.value))}</td>'
            f'<td><span class="fa-pill {esc(f.source)}">{esc(SOURCE_LABELS.get(f.source, f.source))}'
            f"</span></td></tr>"
        )
    return (
        f'<div class="fa-card" id="fa-facts"><h4>Facts understood ({len(report.facts)})</h4>'
        f'<table class="fa-facts">{"".join(rows)}</table></div>'
    )


def criteria_html(report: AuditReport | None) -> str:
    """Criteria and their contributions, as a chart, plus what would change the verdict."""
    if report is None:
        return '<div class="fa-card" id="fa-criteria"><h4>Criteria</h4><p class="fa-muted">Waiting for a description.</p></div>'
    chart = contribution_chart([(c.title, c.contribution) for c in report.criteria])
    change = "".join(
        f"<li>{esc(c.text)}{'' if c.known else ' <i>(not stated yet)</i>'}</li>" for c in report.what_would_change[:4]
    )
    change_html = f'<div class="fa-next"><b>What would change it</b><ul>{change}</ul></div>' if change else ""
    return f'<div class="fa-card" id="fa-criteria"><h4>Criteria and their contributions</h4>{chart}{change_html}</div>'


def data_html(report: AuditReport | None, display_names: dict[str, str] | None = None) -> str:
    """Data findings: token-length histogram, label distribution, top findings."""
    if report is None or not report.data:
        return (
            '<div class="fa-card" id="fa-data"><h4>Sample data</h4><p class="fa-muted">Drop sample files '
            "into the chat (JSONL, JSON, CSV, TSV, XLSX, Parquet, TXT, MD, PDF, DOCX or ZIP) and I will "
            "inspect them here.</p></div>"
        )
    data = report.data
    s = data.get("summary", {})
    names = display_names or {}

    def name(p: Any) -> str:
        p = str(p or "")
        for full, short in names.items():
            p = p.replace(full, short)
        return p

    files = ", ".join(esc(name(f.get("name") or f.get("path"))) for f in data.get("files", []))
    kv = [
        ("Files", files or "—"),
        ("Valid examples", f"{s.get('n_examples', 0):,}"),
        ("Unique", f"{s.get('n_unique_examples', 0):,}"),
        ("Unusable records", f"{s.get('n_invalid', 0):,}"),
    ]
    if s.get("task_shape"):
        kv.append(("Task shape", esc(s["task_shape"])))
    if s.get("n_documents"):
        kv.append(("Documents", f"{s['n_documents']:,} ({s.get('doc_tokens', 0):,} tokens)"))
    if s.get("n_labels"):
        kv.append(("Labels", f"{s['n_labels']:,}"))
    grid = "".join(f"<span>{k}</span><b>{v}</b>" for k, v in kv)
    hist = ""
    dist = s.get("total_token_lengths") or s.get("prompt_token_lengths")
    if dist and dist.get("histogram"):
        hist = histogram(
            dist["histogram"],
            title=f"Token length per example (median {dist.get('median', 0):,.0f}, p95 {dist.get('p95', 0):,.0f})",
        )
    labels = label_bars(s.get("label_distribution") or {})
    if labels:
        labels = f'<div class="fa-muted">Label distribution</div>{labels}'
    findings = [f for f in data.get("findings", []) if f.get("severity") in ("error", "warning")]
    def where(f: dict[str, Any]) -> str:
        lines = [int(n) for n in f.get("lines") or []]
        shown = ", ".join(f"{n:,}" for n in lines[:5]) + ("…" if f.get("count", 1) > len(lines[:5]) else "")
        at = f" ({'line' if len(lines) == 1 and f.get('count', 1) == 1 else 'lines'} {shown})" if lines else ""
        return f" in {esc(name(f['file']))}{at}" if f.get("file") else ""

    items = "".join(
        f"<li><b>{esc(f['severity'])}</b>{where(f)}: {esc(name(f.get('message', '')))}"
        f' <span class="fa-muted">({f.get("count", 1):,}×)</span></li>'
        for f in findings[:12]
    )
    more = f"<li>… and {len(findings) - 12} more in the report</li>" if len(findings) > 12 else ""
    n_err = sum(1 for f in findings if f.get("severity") == "error")
    n_warn = len(findings) - n_err
    found = (
        f"<details><summary>{n_err} error(s), {n_warn} warning(s) to fix</summary><ul>{items}{more}</ul></details>"
        if findings
        else '<p class="fa-muted">No errors or warnings in the data.</p>'
    )
    return (
        f'<div class="fa-card" id="fa-data"><h4>Sample data</h4><div class="fa-kv">{grid}</div>'
        f"{hist}{labels}{found}{probes_html(data.get('probes'))}</div>"
    )


def probes_html(probes: dict[str, Any] | None) -> str:
    """The experiments on the data: learning curve and grounding rate as charts, the rest as lines."""
    if not probes:
        return ""
    parts = ["<h4>Experiments on your data</h4>"]
    ln = probes.get("learnability") or {}
    if ln.get("ran"):
        parts.append(f'<div class="fa-muted">Learnability: macro-F1 <b>{ln["macro_f1"]:.2f}</b> '
                     f'({esc(ln.get("verdict"))}; {ln["n"]:,} examples, chance {ln["chance_f1"]:.2f})</div>')
        parts.append(learning_curve([(c["n_train"], c["macro_f1"]) for c in ln.get("curve", [])],
                                    chance=ln.get("chance_f1")))
    rt = probes.get("retrievability") or {}
    if rt.get("ran"):
        parts.append(f'<div class="fa-muted">Grounding rate: {rt["n_checkable"]:,} example answers, '
                     f'{rt["n_documents"]:,} documents</div>')
        parts.append(grounding_bars([("top 3", rt["grounded_at_3"]), ("top 10", rt["grounded_at_10"]),
                                     ("anywhere", rt["grounded_anywhere"])]))
    cs = probes.get("consistency") or {}
    if cs.get("ran"):
        parts.append(f'<div class="fa-muted">Consistency: uniformity <b>{cs["uniformity"]:.2f}</b> '
                     f'({esc(cs.get("verdict"))}; {cs["signature_share"]:.0%} share one structure)</div>')
    pb = probes.get("prompt_baseline") or {}
    if pb.get("ran"):
        accs = [a for a in (pb.get("zero_shot_accuracy"), pb.get("few_shot_accuracy")) if a is not None]
        target = f"; target {pb['target']:.0%}" if pb.get("target") is not None else ""
        parts.append(f'<div class="fa-muted">Prompt baseline ({esc(pb.get("model"))}): <b>{max(accs):.0%}</b> '
                     f'(95% interval {pb["ci_low"]:.0%}-{pb["ci_high"]:.0%}, {pb["calls"]} calls{target})</div>')
    skipped = [(k, (probes.get(k) or {}).get("reason")) for k in
               ("learnability", "retrievability", "consistency", "prompt_baseline")
               if not (probes.get(k) or {}).get("ran")]
    if skipped:
        items = "".join(f"<li>{esc(k.replace('_', ' '))}: {esc(r or 'not applicable')}</li>" for k, r in skipped)
        parts.append(f"<details><summary>{len(skipped)} experiment(s) not run</summary><ul>{items}</ul></details>")
    for c in probes.get("contradictions") or []:
        parts.append(f"<p><b>Data versus description</b>: {esc(c)}</p>")
    return "".join(parts)


def cost_html(report: AuditReport | None) -> str:
    """Cost comparison: monthly cost against volume, prompting vs fine-tuning, break-even."""
    if report is None or not report.cost:
        return '<div class="fa-card" id="fa-cost"><h4>Cost</h4><p class="fa-muted">No cost estimate yet: tell me roughly how many requests a month you expect.</p></div>'
    c = report.cost
    cur = c.get("currency", "USD")
    chart = cost_chart(
        c.get("series", []),
        currency=cur,
        volume=c.get("monthly_volume"),
        break_even=c.get("break_even_monthly_volume"),
    )
    saving = float(c.get("monthly_saving", 0.0))
    line = (
        f"Fine-tuning saves {cur} {saving:,.2f} a month at {c.get('monthly_volume', 0):,.0f} requests"
        if saving > 0
        else f"Fine-tuning costs {cur} {-saving:,.2f} a month more than prompting at "
        f"{c.get('monthly_volume', 0):,.0f} requests: no break-even"
    )
    if c.get("break_even_months") is not None and saving > 0:
        line += f"; training is repaid after {c['break_even_months']:,.1f} months"
    kv = [
        ("Prompting / month", f"{cur} {c.get('monthly_cost_prompting', 0):,.2f}"),
        ("Fine-tuned / month", f"{cur} {c.get('monthly_cost_fine_tuned', 0):,.2f}"),
    ]
    if c.get("training_cost") is not None:
        kv.append(("Training (one-off)", f"{cur} {c['training_cost']:,.2f}"))
    if c.get("break_even_monthly_volume"):
        kv.append(("Break-even volume", f"{c['break_even_monthly_volume']:,.0f} / month"))
    grid = "".join(f"<span>{esc(k)}</span><b>{esc(v)}</b>" for k, v in kv)
    assumptions = "".join(f"<li>{esc(a)}</li>" for a in c.get("assumptions", []))
    return (
        f'<div class="fa-card" id="fa-cost"><h4>Cost: prompting vs fine-tuning</h4>{chart}'
        f'<p>{esc(line)}.</p><div class="fa-kv">{grid}</div>'
        f"<details><summary>Assumptions (prices as of {esc(c.get('prices_as_of', '?'))})</summary>"
        f"<ul>{assumptions}</ul></details></div>"
    )


def _cite(c: Citation, open_: bool = False) -> str:
    origin = ORIGIN_LABELS.get(c.origin, c.origin)
    sources = f'<div class="fa-muted">Sources: {esc(c.sources)}</div>' if c.sources else ""
    return (
        f'<details class="fa-cite {esc(c.origin)}"{" open" if open_ else ""}><summary>{esc(c.title)} '
        f'<span class="fa-pill">{esc(c.section_id)}</span> <span class="fa-muted">{esc(origin)}</span>'
        f"</summary><blockquote>{esc(c.quote)}</blockquote>{sources}</details>"
    )


def citations_html(report: AuditReport | None) -> str:
    """Cited passages (verbatim), expandable, with disagreements between sources."""
    if report is None or not report.citations:
        return '<div class="fa-card" id="fa-cites"><h4>Cited guidance</h4><p class="fa-muted">None yet.</p></div>'
    items = "".join(_cite(c, open_=i < 2) for i, c in enumerate(report.citations))
    dis = ""
    if report.disagreements:
        parts = "".join(
            f"<p><b>{esc(d.topic)}</b></p>{_cite(d.article)}{_cite(d.supplement)}" for d in report.disagreements
        )
        dis = f'<h4 style="margin-top:10px">Where the sources disagree</h4>{parts}'
    return (
        f'<div class="fa-card" id="fa-cites"><h4>Cited guidance ({len(report.citations)} passages, '
        f"quoted verbatim)</h4>{items}{dis}</div>"
    )


# --- Markdown to HTML (a small, escaping subset: what render_markdown writes) ---------

_INLINE = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<em>\1</em>"),
]
_ESCAPED = re.compile(r"\\([\\`*_\[\]#>|-])")


def _inline(text: str) -> str:
    text = html.unescape(text)  # the engine writes &lt; for '<'; everything is escaped again below
    stash: list[str] = []

    def keep(m: re.Match[str]) -> str:
        stash.append(html.escape(m.group(1)))
        return f"\x00{len(stash) - 1}\x00"

    text = _ESCAPED.sub(keep, text)
    text = html.escape(text, quote=False)
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    text = re.sub(r"&lt;sub&gt;(.*?)&lt;/sub&gt;", r"<small>\1</small>", text)
    return re.sub(r"\x00(\d+)\x00", lambda m: stash[int(m.group(1))], text)


def _split_row(line: str) -> list[str]:
    line = line.strip().strip("|")
    cells, cur, i = [], "", 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line):
            cur += line[i : i + 2]
            i += 2
            continue
        if line[i] == "|":
            cells.append(cur.strip())
            cur = ""
        else:
            cur += line[i]
        i += 1
    cells.append(cur.strip())
    return cells


def markdown_to_html(md: str) -> str:
    """Convert the report's Markdown to HTML, escaping all text (no raw HTML passes through)."""
    out: list[str] = []
    lines = md.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        if stripped.startswith("```"):
            block = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                block.append(lines[i])
                i += 1
            out.append(f"<pre><code>{html.escape(chr(10).join(block))}</code></pre>")
            i += 1
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", stripped)
        if m:
            level = min(6, len(m.group(1)))
            out.append(f"<h{level}>{_inline(m.group(2))}</h{level}>")
            i += 1
            continue
        if stripped.startswith("|") and i + 1 < len(lines) and re.match(r"^\|?\s*:?-{2,}", lines[i + 1].strip()):
            head = _split_row(stripped)
            aligns = ["right" if c.strip().endswith(":") else "left" for c in _split_row(lines[i + 1])]
            rows = []
            i += 2
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(_split_row(lines[i]))
                i += 1
            th = "".join(f"<th>{_inline(h)}</th>" for h in head)
            body = "".join(
                "<tr>"
                + "".join(
                    f'<td style="text-align:{aligns[j] if j < len(aligns) else "left"}">{_inline(c)}</td>'
                    for j, c in enumerate(r)
                )
                + "</tr>"
                for r in rows
            )
            out.append(f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>")
            continue
        if stripped.startswith(">"):
            quote = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                quote.append(lines[i].strip()[1:].strip())
                i += 1
            out.append("<blockquote>" + "<br>".join(_inline(q) for q in quote) + "</blockquote>")
            continue
        if re.match(r"^[-*]\s+", stripped) or re.match(r"^\d+\.\s+", stripped):
            ordered = bool(re.match(r"^\d+\.\s+", stripped))
            items = []
            pat = r"^\d+\.\s+" if ordered else r"^[-*]\s+"
            while i < len(lines) and re.match(pat, lines[i].strip()):
                items.append(re.sub(pat, "", lines[i].strip()))
                i += 1
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{_inline(t)}</li>" for t in items) + f"</{tag}>")
            continue
        para = [stripped]
        i += 1
        while i < len(lines) and lines[i].strip() and not re.match(r"^(#|>|\||[-*]\s|\d+\.\s|```)", lines[i].strip()):
            para.append(lines[i].strip())
            i += 1
        out.append("<p>" + " ".join(_inline(p) for p in para) + "</p>")
    return "\n".join(out)


REPORT_CSS = """
body{font:15px/1.55 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2937;
 max-width:920px;margin:32px auto;padding:0 20px;background:#fafafa}
main{background:#fff;border:1px solid #e5e7eb;border-radius:12px;padding:28px 36px}
h1{font-size:26px;margin-top:0}h2{margin-top:32px;border-bottom:1px solid #e5e7eb;padding-bottom:4px}
h3{margin-top:22px}
table{border-collapse:collapse;margin:10px 0;font-size:14px}th,td{border:1px solid #e5e7eb;padding:5px 9px}
th{background:#f8fafc;text-align:left}
blockquote{border-left:4px solid #c7d2fe;margin:10px 0;padding:4px 14px;color:#374151;background:#f8faff}
code{background:#f3f4f6;padding:1px 4px;border-radius:4px;font-size:13px}
pre{background:#f3f4f6;padding:10px;overflow:auto}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:18px;margin:18px 0}
.charts figure{margin:0;border:1px solid #e5e7eb;border-radius:8px;padding:10px}
.charts figcaption{font-size:12px;color:#6b7280;margin-bottom:6px}
.charts svg{max-width:100%;height:auto}
@media (max-width:640px){.charts{grid-template-columns:1fr}main{padding:18px 14px}body{padding:0 8px}
 table{display:block;overflow-x:auto}}
@media print{body{background:#fff}main{border:0}}
"""


def report_html(report: AuditReport, markdown: str) -> str:
    """A self-contained HTML page (inline CSS and SVG; no scripts, no external resources)."""
    figures = [
        ("Score per approach", score_bars(report.scores, report.approach)),
        (
            "Contribution of each criterion",
            contribution_chart([(c.title, c.contribution) for c in report.criteria]),
        ),
    ]
    if report.cost:
        c = report.cost
        figures.append(
            (
                "Monthly cost vs volume",
                cost_chart(
                    c.get("series", []),
                    currency=c.get("currency", "USD"),
                    volume=c.get("monthly_volume"),
                    break_even=c.get("break_even_monthly_volume"),
                ),
            )
        )
    if report.data:
        s = report.data.get("summary", {})
        dist = s.get("total_token_lengths") or s.get("prompt_token_lengths")
        if dist and dist.get("histogram"):
            figures.append(("Token length per example", histogram(dist["histogram"], title="")))
        if s.get("label_distribution"):
            figures.append(("Label distribution", label_bars(s["label_distribution"])))
    figs = "".join(f"<figure><figcaption>{esc(t)}</figcaption>{svg}</figure>" for t, svg in figures)
    body = markdown_to_html(markdown)
    # Put the charts right after the verdict table (the first table in the report).
    marker = "</table>"
    body = (
        body.replace(marker, marker + f'<div class="charts">{figs}</div>', 1)
        if marker in body
        else f'<div class="charts">{figs}</div>' + body
    )
    title = esc(f"ftaudit report: {report.case}")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        'img-src data:">'
        f"<title>{title}</title><style>{REPORT_CSS}{PANEL_CSS}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )
