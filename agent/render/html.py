"""The HTML report, rendered from the typed :class:`~ftaudit.report.build.AuditReport`.

Every section is built from the model's fields, never from the Markdown report: text the
engine wrote is escaped, text a user or a model wrote in prose (the narrative) goes through
markdown-it-py with raw HTML, links and images switched off, and each chart is an inline SVG
placed beside the section it belongs to.  Under 640 px the charts stack under their text.
The page has no scripts and loads nothing (a Content-Security-Policy says so to the browser).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ftaudit.facts import APPROACH_LABELS, FACT_FIELDS, format_value
from ftaudit.render.charts import (
    contribution_chart,
    cost_chart,
    esc,
    grounding_bars,
    histogram,
    label_bars,
    learning_curve,
    score_bars,
)

if TYPE_CHECKING:
    from ftaudit.cost.model import CostEstimate
    from ftaudit.probe.models import ProbeReport
    from ftaudit.report.build import AuditReport, Citation, DataSection

ORIGIN_LABELS = {"article": "article", "supplement": "ftaudit guidance", "user": "your guidance"}

REPORT_CSS = """
body{font:15px/1.55 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2937;
 max-width:960px;margin:32px auto;padding:0 20px;background:#fafafa}
main{background:#fff;border:1px solid #e5e7eb;border-radius:12px;padding:28px 36px}
h1{font-size:26px;margin-top:0}h2{margin-top:32px;border-bottom:1px solid #e5e7eb;padding-bottom:4px}
h3{margin-top:22px}
table{border-collapse:collapse;margin:10px 0;font-size:14px}th,td{border:1px solid #e5e7eb;padding:5px 9px;
 text-align:left;vertical-align:top}
th{background:#f8fafc}td.num{text-align:right}
blockquote{border-left:4px solid #c7d2fe;margin:10px 0;padding:4px 14px;color:#374151;background:#f8faff}
blockquote.supplement{border-color:#a7f3d0}blockquote.user{border-color:#fde68a}
code{background:#f3f4f6;padding:1px 4px;border-radius:4px;font-size:13px}
pre{background:#f3f4f6;padding:10px;overflow:auto}
.warn{background:#fff7ed;border:1px solid #fed7aa;border-radius:6px;padding:6px 10px}
.muted{color:#6b7280;font-size:13px}
.with-chart{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:18px;align-items:start}
figure{margin:0;border:1px solid #e5e7eb;border-radius:8px;padding:10px}
figcaption{font-size:12px;color:#6b7280;margin-bottom:6px}
figure svg{max-width:100%;height:auto;display:block}
@media (max-width:640px){.with-chart{grid-template-columns:minmax(0,1fr)}main{padding:18px 14px}body{padding:0 8px}
 table{display:block;overflow-x:auto}}
@media print{body{background:#fff}main{border:0}}
"""
"""The page's style (also used by the CLI's other HTML pages)."""


@lru_cache(maxsize=1)
def _prose_parser() -> Any:
    from markdown_it import MarkdownIt

    # html=False shows raw HTML as text; links and images are off so prose cannot load or
    # point anywhere.
    return MarkdownIt("commonmark", {"html": False}).disable(["image", "link", "autolink"])


def prose(text: str) -> str:
    """Prose a model or a person wrote (Markdown allowed) as safe HTML: no raw HTML, links or images."""
    return str(_prose_parser().render(text))


def table(head: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    """An HTML table; ``head`` and every cell are already escaped HTML."""
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f'<td class="num">{c}</td>' if j in numeric else f"<td>{c}</td>"
                         for j, c in enumerate(r)) + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _items(texts: Iterable[str], tag: str = "ul") -> str:
    inner = "".join(f"<li>{t}</li>" for t in texts)
    return f"<{tag}>{inner}</{tag}>" if inner else ""


def _beside(text: str, figures: Sequence[tuple[str, str]]) -> str:
    """``text`` with its charts beside it (under it on a phone)."""
    figs = "".join(f"<figure><figcaption>{esc(t)}</figcaption>{svg}</figure>" for t, svg in figures if svg)
    return f'<div class="with-chart"><div>{text}</div><div>{figs}</div></div>' if figs else text


def _section(key: str, title: str, body: str) -> str:
    return f'<section id="{key}"><h2>{esc(title)}</h2>{body}</section>'


def _quote(c: Citation) -> str:
    who = ORIGIN_LABELS.get(c.origin, c.origin)
    return (f'<blockquote class="{esc(c.origin)}"><p>{esc(c.quote)}</p>'
            f"<p>— <code>{esc(c.section_id)}</code> <em>{esc(c.title)}</em> ({esc(who)})</p></blockquote>")


def _verdict(r: AuditReport) -> str:
    also = f" + {' + '.join(APPROACH_LABELS[a] for a in r.also)}" if r.also else ""
    verdict = r.headline or f"{APPROACH_LABELS[r.approach]}{also}"
    scores = table(["approach", "score"], ([esc(APPROACH_LABELS[a]), f"{s:+.2f}"]
                                           for a, s in sorted(r.scores.items(), key=lambda kv: -kv[1])), numeric=(1,))
    text = (f"<p><strong>Recommendation: {esc(verdict)}</strong> — confidence {r.confidence:.0%}</p>"
            f"<p>{esc(r.summary)}</p>{scores}")
    warnings = "".join(f'<p class="warn"><strong>Warning:</strong> {esc(w)}</p>' for w in r.warnings)
    return (f'<section id="verdict">{_beside(text, [("Score per approach", score_bars(r.scores, r.approach))])}'
            f"{warnings}</section>")


def _criteria(r: AuditReport) -> str:
    parts = []
    for c in r.criteria:
        contrib = ", ".join(f"{esc(APPROACH_LABELS[a])} {v:+.2f}" for a, v in c.contribution.items())
        cites = "".join(_quote(x) for x in c.citations)
        counter = "".join(f"<p><em>Another source disagrees:</em></p>{_quote(x)}" for x in c.counterpoints)
        parts.append(f"<h3>{esc(c.title)} (<code>{esc(c.id)}</code>)</h3><p>Contribution: {contrib}.</p>"
                     f"{_items(f'Evidence — {esc(e)}' for e in c.evidence)}{cites}{counter}")
    chart = contribution_chart([(c.title, c.contribution) for c in r.criteria]) if r.criteria else ""
    return _section("criteria", "Criteria that decided it",
                    _beside("".join(parts), [("Contribution of each criterion", chart)]))


def _facts(r: AuditReport) -> str:
    rows = ([esc(FACT_FIELDS[f.field].description.rstrip(".")), esc(format_value(f.field, f.value)), esc(f.evidence())]
            for f in r.facts)
    return _section("facts", "Facts used", table(["fact", "value", "source"], rows))


def _unsure(r: AuditReport) -> str:
    unsure = [f for f in r.facts if not f.sure]
    if not unsure:
        return ""
    rows = ([esc(FACT_FIELDS[f.field].description.rstrip(".")), esc(format_value(f.field, f.value)),
             f"{f.confidence:.0%}", esc(f.quote or "")] for f in unsure)
    return _section("unsure", "Read with low confidence",
                    "<p>These facts did not count towards the verdict. Confirm or correct them and audit again.</p>"
                    + table(["fact", "read as", "confidence", "from"], rows, numeric=(2,)))


def _data(d: DataSection) -> str:
    s = d.summary
    kv = [("files", f"{s.n_files:,}"), ("valid examples", f"{s.n_examples:,}"),
          ("unique examples", f"{s.n_unique_examples:,}"), ("unusable records", f"{s.n_invalid:,}"),
          ("documents", f"{s.n_documents:,} ({s.doc_tokens:,} tokens)")]
    if s.task_shape:
        kv.append(("task shape", esc(s.task_shape)))
    if s.n_labels:
        kv.append(("labels", f"{s.n_labels:,}"))
    files = table(["file", "format", "kind", "records", "valid examples", "unusable"],
                  ([esc(f.name), esc(f.format + (f"/{f.example_format}" if f.example_format else "")), esc(f.kind),
                    f"{f.n_records:,}", f"{f.n_examples:,}", f"{f.n_invalid:,}"] for f in d.files), numeric=(3, 4, 5))
    shown = [f for f in d.findings if f.severity in ("error", "warning")]
    findings = table(["severity", "where", "problem", "count"],
                     ([esc(f.severity), esc(f.where()), esc(f.message), f"{f.count:,}"] for f in shown[:40]),
                     numeric=(3,)) if shown else "<p>No errors or warnings in the data.</p>"
    dist = s.total_token_lengths or s.prompt_token_lengths
    figures = []
    if dist is not None and dist.histogram:
        figures.append(("Token length per example", histogram(dist.histogram, title="")))
    if s.label_distribution:
        figures.append(("Label distribution", label_bars(s.label_distribution)))
    text = table(["measure", "value"], ([k, v] for k, v in kv)) + files + findings
    body = _beside(text, figures)
    if d.probes is not None:
        body += _probes(d.probes)
    return _section("data", "Sample data", body)


def _probes(p: ProbeReport) -> str:
    rows, figures = [], []
    ln, rt, cs, pb = p.learnability, p.retrievability, p.consistency, p.prompt_baseline
    if ln.ran and ln.macro_f1 is not None:
        rows.append(["learnability", f"macro-F1 {ln.macro_f1:.2f} ({esc(ln.verdict or '')}; {ln.n:,} examples)"])
        figures.append(("Learning curve", learning_curve([(c.n_train, c.macro_f1) for c in ln.curve],
                                                         chance=ln.chance_f1)))
    if rt.ran:
        rows.append(["retrievability", f"{rt.n_checkable:,} answers checked against {rt.n_documents:,} documents"])
        shares = [(k, v) for k, v in (("top 3", rt.grounded_at_3), ("top 10", rt.grounded_at_10),
                                      ("anywhere", rt.grounded_anywhere)) if v is not None]
        figures.append(("Grounding rate", grounding_bars(shares)))
    if cs.ran and cs.uniformity is not None:
        rows.append(["consistency", f"uniformity {cs.uniformity:.2f} ({esc(cs.verdict or '')})"])
    if pb.ran:
        accs = [a for a in (pb.zero_shot_accuracy, pb.few_shot_accuracy) if a is not None]
        best = f"{max(accs):.0%}" if accs else "—"
        rows.append(["prompt baseline", f"{best} with {esc(pb.model)} ({pb.calls:,} calls)"])
    for name in ("learnability", "retrievability", "consistency", "prompt_baseline"):
        probe = getattr(p, name)
        if not probe.ran:
            rows.append([esc(name.replace("_", " ")), f"not run: {esc(probe.reason or 'not applicable')}"])
    text = table(["experiment", "result"], rows) + _items(f"<strong>Data versus description</strong>: {esc(c)}"
                                                           for c in p.contradictions)
    return f"<h3>Experiments on your data</h3>{_beside(text, figures)}"


def _cost(c: CostEstimate) -> str:
    cur = esc(c.currency)
    kv = [("prompting per month", f"{cur} {c.monthly_cost_prompting:,.2f}"),
          ("fine-tuned per month", f"{cur} {c.monthly_cost_fine_tuned:,.2f}"),
          ("monthly volume", f"{c.monthly_volume:,.0f}")]
    if c.training_cost is not None:
        kv.append(("training (one-off)", f"{cur} {c.training_cost:,.2f}"))
    if c.break_even_monthly_volume:
        kv.append(("break-even volume", f"{c.break_even_monthly_volume:,.0f} per month"))
    if c.break_even_months is not None and c.monthly_saving > 0:
        kv.append(("training repaid after", f"{c.break_even_months:,.1f} months"))
    text = (f"<p>Prices as of {esc(c.prices_as_of)}; prompting with <code>{esc(c.prompting_model)}</code>, "
            f"fine-tuning <code>{esc(c.fine_tune_model)}</code>. Check current prices before deciding.</p>"
            + "".join(f'<p class="warn"><strong>Warning:</strong> {esc(w)}</p>' for w in c.warnings)
            + table(["measure", "value"], ([k, v] for k, v in kv))
            + (f"<h3>Assumptions</h3>{_items(esc(a) for a in c.assumptions)}" if c.assumptions else ""))
    chart = cost_chart([p.model_dump() for p in c.series], currency=c.currency, volume=c.monthly_volume,
                       break_even=c.break_even_monthly_volume)
    return _section("cost", "Cost comparison", _beside(text, [("Monthly cost against volume", chart)]))


def _platforms(r: AuditReport) -> str:
    rows = []
    for p in r.platforms:
        terms = " ".join(t for t in (p.residency, p.data_use) if t)
        if p.to_confirm:
            terms += " Confirm: " + ", ".join(c.replace("_", " ") for c in p.to_confirm) + "."
        rows.append([esc(p.name), esc(p.status.replace("_", " ")), esc(p.next_event or "—"), esc(p.advice),
                     esc(terms.strip() or "—"), esc(p.checked or "—")])
    note = f"<p>{esc(r.platform_note)}</p>" if r.platform_note else ""
    return _section("platforms", "Where to fine-tune today", note + table(
        ["platform", "status", "next event", "advice", "residency and data use", "checked"], rows))


def render_html(r: AuditReport, today: date | None = None) -> str:
    """The whole report as a self-contained HTML page (inline CSS and SVG; no scripts, nothing loaded)."""
    when = (today or date.today()).strftime("%-d %B %Y")
    parts = [f"<h1>ftaudit report: {esc(r.case)}</h1>",
             f"<p><em>Fine-tuning, prompting or RAG? Audited {when}.</em></p>", _verdict(r)]
    if r.settle_first:
        parts.append(_section("settle", "What would settle it",
                              f"<p>The confidence is {r.confidence:.0%}, below 60%: answer these first, then audit "
                              f"again.</p>{_items(esc(q) for q in r.settle_first)}"))
    parts.append(_unsure(r))
    if r.narrative:
        parts.append(_section("brief", "In brief", prose(r.narrative)))
    parts.append(_criteria(r))
    if r.disagreements:
        parts.append(_section("disagreements", "Where the guidance disagrees", "".join(
            f"<p><strong>{esc(d.topic)}.</strong> The article says:</p>{_quote(d.article)}"
            f"<p>The supplementary guidance says:</p>{_quote(d.supplement)}" for d in r.disagreements)))
    changes = [esc(c.text) + ("" if c.known else " <em>(not stated yet)</em>") for c in r.what_would_change]
    parts.append(_section("change", "What would change the decision", _items(changes) or
                          "<p>No single fact, changed on its own, would change this verdict.</p>"))
    parts.append(_facts(r))
    if r.open_questions:
        parts.append(_section("questions", "Questions that would sharpen this audit",
                              _items(esc(q) for q in r.open_questions)))
    if r.data is not None:
        parts.append(_data(r.data))
    if r.cost is not None:
        parts.append(_cost(r.cost))
    if r.platforms or r.platform_note:
        parts.append(_platforms(r))
    parts.append(_section("next", "Next steps", _items((esc(s) for s in r.next_steps), "ol")))
    if r.llm:
        parts.append(_section("model", "Model use", f"<pre><code>{esc(json.dumps(r.llm, indent=2))}</code></pre>"))
    parts.append(f'<p class="muted">ftaudit engine {esc(r.engine_version)}, guidance index {esc(r.index)}</p>')
    title = esc(f"ftaudit report: {r.case}")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        'img-src data:">'
        f"<title>{title}</title><style>{REPORT_CSS}</style></head>"
        f"<body><main>{''.join(parts)}</main></body></html>\n"
    )
