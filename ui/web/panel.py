"""HTML for the live side panel (the HTML report is :func:`ftaudit.render.html.render_html`).

Everything a user or a data file wrote is escaped here; the panel and the report
contain no scripts and load nothing from the network.
"""

from __future__ import annotations

from ftaudit.facts import APPROACH_LABELS, FACT_FIELDS, format_value
from ftaudit.inspect import formats
from ftaudit.inspect.models import Finding
from ftaudit.probe.models import ProbeReport
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
from ftaudit.render.html import ORIGIN_LABELS
from ftaudit.report.build import AuditReport, Citation

SOURCE_LABELS = {
    "text": "your description",
    "answer": "your answer",
    "file": "data file",
    "llm": "model extraction",
    "default": "assumed",
}

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
            f'<tr><td>{esc(fact_label(f.field))}{quote}</td><td class="v">{esc(format_value(f.field, f.value))}</td>'
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
    if report is None or report.data is None:
        return (
            '<div class="fa-card" id="fa-data"><h4>Sample data</h4><p class="fa-muted">Drop sample files '
            f"into the chat ({esc(formats.described())}) and I will inspect them here.</p></div>"
        )
    data = report.data
    s = data.summary
    names = display_names or {}

    def name(p: object) -> str:
        p = str(p or "")
        for full, short in names.items():
            p = p.replace(full, short)
        return p

    files = ", ".join(esc(name(f.name or f.path)) for f in data.files)
    kv = [
        ("Files", files or "—"),
        ("Valid examples", f"{s.n_examples:,}"),
        ("Unique", f"{s.n_unique_examples:,}"),
        ("Unusable records", f"{s.n_invalid:,}"),
    ]
    if s.task_shape:
        kv.append(("Task shape", esc(s.task_shape)))
    if s.n_documents:
        kv.append(("Documents", f"{s.n_documents:,} ({s.doc_tokens:,} tokens)"))
    if s.n_labels:
        kv.append(("Labels", f"{s.n_labels:,}"))
    grid = "".join(f"<span>{k}</span><b>{v}</b>" for k, v in kv)
    hist = ""
    dist = s.total_token_lengths or s.prompt_token_lengths
    if dist is not None and dist.histogram:
        hist = histogram(
            dist.histogram,
            title=f"Token length per example (median {dist.median:,.0f}, p95 {dist.p95:,.0f})",
        )
    labels = label_bars(s.label_distribution)
    if labels:
        labels = f'<div class="fa-muted">Label distribution</div>{labels}'
    findings = [f for f in data.findings if f.severity in ("error", "warning")]

    def where(f: Finding) -> str:
        shown = ", ".join(f"{n:,}" for n in f.lines[:5]) + ("…" if f.count > len(f.lines[:5]) else "")
        at = f" ({'line' if len(f.lines) == 1 and f.count == 1 else 'lines'} {shown})" if f.lines else ""
        return f" in {esc(name(f.file))}{at}" if f.file else ""

    items = "".join(
        f"<li><b>{esc(f.severity)}</b>{where(f)}: {esc(name(f.message))}"
        f' <span class="fa-muted">({f.count:,}×)</span></li>'
        for f in findings[:12]
    )
    more = f"<li>… and {len(findings) - 12} more in the report</li>" if len(findings) > 12 else ""
    n_err = sum(1 for f in findings if f.severity == "error")
    n_warn = len(findings) - n_err
    found = (
        f"<details><summary>{n_err} error(s), {n_warn} warning(s) to fix</summary><ul>{items}{more}</ul></details>"
        if findings
        else '<p class="fa-muted">No errors or warnings in the data.</p>'
    )
    return (
        f'<div class="fa-card" id="fa-data"><h4>Sample data</h4><div class="fa-kv">{grid}</div>'
        f"{hist}{labels}{found}{probes_html(data.probes)}</div>"
    )


def probes_html(probes: ProbeReport | None) -> str:
    """The experiments on the data: learning curve and grounding rate as charts, the rest as lines."""
    if probes is None:
        return ""
    parts = ["<h4>Experiments on your data</h4>"]
    ln = probes.learnability
    if ln.ran and ln.macro_f1 is not None:
        parts.append(f'<div class="fa-muted">Learnability: macro-F1 <b>{ln.macro_f1:.2f}</b> '
                     f'({esc(ln.verdict)}; {ln.n:,} examples, chance {ln.chance_f1 or 0:.2f})</div>')
        parts.append(learning_curve([(c.n_train, c.macro_f1) for c in ln.curve], chance=ln.chance_f1))
    rt = probes.retrievability
    if rt.ran:
        parts.append(f'<div class="fa-muted">Grounding rate: {rt.n_checkable:,} example answers, '
                     f'{rt.n_documents:,} documents</div>')
        parts.append(grounding_bars([(k, v) for k, v in (("top 3", rt.grounded_at_3), ("top 10", rt.grounded_at_10),
                                                         ("anywhere", rt.grounded_anywhere)) if v is not None]))
    cs = probes.consistency
    if cs.ran and cs.uniformity is not None:
        parts.append(f'<div class="fa-muted">Consistency: uniformity <b>{cs.uniformity:.2f}</b> '
                     f'({esc(cs.verdict)}; {cs.signature_share or 0:.0%} share one structure)</div>')
    pb = probes.prompt_baseline
    accs = [a for a in (pb.zero_shot_accuracy, pb.few_shot_accuracy) if a is not None]
    if pb.ran and accs:
        target = f"; target {pb.target:.0%}" if pb.target is not None else ""
        interval = (f"95% interval {pb.ci_low:.0%}-{pb.ci_high:.0%}, "
                    if pb.ci_low is not None and pb.ci_high is not None else "")
        parts.append(f'<div class="fa-muted">Prompt baseline ({esc(pb.model)}): <b>{max(accs):.0%}</b> '
                     f"({interval}{pb.calls} calls{target})</div>")
    skipped = [(k, getattr(probes, k).reason) for k in
               ("learnability", "retrievability", "consistency", "prompt_baseline") if not getattr(probes, k).ran]
    if skipped:
        items = "".join(f"<li>{esc(k.replace('_', ' '))}: {esc(r or 'not applicable')}</li>" for k, r in skipped)
        parts.append(f"<details><summary>{len(skipped)} experiment(s) not run</summary><ul>{items}</ul></details>")
    for c in probes.contradictions:
        parts.append(f"<p><b>Data versus description</b>: {esc(c)}</p>")
    return "".join(parts)


def cost_html(report: AuditReport | None) -> str:
    """Cost comparison: monthly cost against volume, prompting vs fine-tuning, break-even."""
    if report is None or report.cost is None:
        return '<div class="fa-card" id="fa-cost"><h4>Cost</h4><p class="fa-muted">No cost estimate yet: tell me roughly how many requests a month you expect.</p></div>'
    c = report.cost
    cur = c.currency
    chart = cost_chart(
        [p.model_dump() for p in c.series],
        currency=cur,
        volume=c.monthly_volume,
        break_even=c.break_even_monthly_volume,
    )
    saving = c.monthly_saving
    line = (
        f"Fine-tuning saves {cur} {saving:,.2f} a month at {c.monthly_volume:,.0f} requests"
        if saving > 0
        else f"Fine-tuning costs {cur} {-saving:,.2f} a month more than prompting at "
        f"{c.monthly_volume:,.0f} requests: no break-even"
    )
    if c.break_even_months is not None and saving > 0:
        line += f"; training is repaid after {c.break_even_months:,.1f} months"
    kv = [
        ("Prompting / month", f"{cur} {c.monthly_cost_prompting:,.2f}"),
        ("Fine-tuned / month", f"{cur} {c.monthly_cost_fine_tuned:,.2f}"),
    ]
    if c.training_cost is not None:
        kv.append(("Training (one-off)", f"{cur} {c.training_cost:,.2f}"))
    if c.break_even_monthly_volume:
        kv.append(("Break-even volume", f"{c.break_even_monthly_volume:,.0f} / month"))
    grid = "".join(f"<span>{esc(k)}</span><b>{esc(v)}</b>" for k, v in kv)
    assumptions = "".join(f"<li>{esc(a)}</li>" for a in c.assumptions)
    return (
        f'<div class="fa-card" id="fa-cost"><h4>Cost: prompting vs fine-tuning</h4>{chart}'
        f'<p>{esc(line)}.</p><div class="fa-kv">{grid}</div>'
        f"<details><summary>Assumptions (prices as of {esc(c.prices_as_of)})</summary>"
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
