"""Server-rendered SVG charts for the side panel and the HTML report.

No JavaScript, no CDN: each function returns an inline ``<svg>`` string that works in
the Gradio page, in a downloaded HTML file and offline.  Every text that may come
from a user or a data file goes through :func:`esc`.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

COLOURS = {"prompt": "#2f6fdf", "rag": "#1a9c74", "fine_tune": "#d9822b"}
SHORT = {"prompt": "Prompt", "rag": "RAG", "fine_tune": "Fine-tune"}
INK = "#1f2937"
MUTED = "#6b7280"
GRID = "#e5e7eb"


def esc(text: object) -> str:
    """HTML-escape any value (quotes included)."""
    return html.escape(str(text), quote=True)


def _num(x: float) -> str:
    ax = abs(x)
    if ax >= 1e9:
        return f"{x / 1e9:.3g}B"
    if ax >= 1e6:
        return f"{x / 1e6:.3g}M"
    if ax >= 1e3:
        return f"{x / 1e3:.3g}k"
    return f"{x:.3g}"


def contribution_chart(rows: Sequence[tuple[str, dict[str, float]]], width: int = 460) -> str:
    """Horizontal diverging bars: each criterion's contribution to each approach.

    ``rows`` are ``(criterion title, {approach: contribution})``.  Each criterion gets
    its title on a line of its own, then one bar per approach it moves.
    """
    if not rows:
        return '<p class="fa-muted">No criterion applies yet.</p>'
    label_w, bar_h, gap, title_h = 70, 13, 10, 15
    values = [v for _, c in rows for v in c.values()] or [1.0]
    pos_max = max([0.0] + [v for v in values if v > 0])
    neg_max = max([0.0] + [-v for v in values if v < 0])
    plot_w = width - label_w - 40
    scale = plot_w / max(1.0, pos_max + neg_max)
    zero = label_w + neg_max * scale
    parts: list[str] = []
    y = 2
    for title, contrib in rows:
        items = [(a, v) for a, v in contrib.items() if v]
        short = title if len(title) <= 72 else title[:71] + "…"
        parts.append(
            f'<text x="0" y="{y + 11}" font-size="11.5" font-weight="600" fill="{INK}">'
            f"<title>{esc(title)}</title>{esc(short)}</text>"
        )
        y += title_h
        for a, v in items:
            w = max(1.5, abs(v) * scale)
            x0 = zero if v >= 0 else zero - w
            parts.append(
                f'<text x="{label_w - 6}" y="{y + bar_h - 3}" font-size="10" text-anchor="end" '
                f'fill="{MUTED}">{esc(SHORT.get(a, a))}</text>'
            )
            parts.append(
                f'<rect x="{x0:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="2" '
                f'fill="{COLOURS.get(a, MUTED)}"><title>{esc(SHORT.get(a, a))} {v:+.2f}</title></rect>'
            )
            tx = x0 + w + 4 if v >= 0 else zero + 4
            parts.append(f'<text x="{tx:.1f}" y="{y + bar_h - 3}" font-size="10" fill="{MUTED}">{v:+.1f}</text>')
            y += bar_h + 3
        y += gap
    height = y
    axis = f'<line x1="{zero:.1f}" y1="0" x2="{zero:.1f}" y2="{height}" stroke="{GRID}"/>'
    return (
        f'<svg class="fa-chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="Contribution of each criterion" xmlns="http://www.w3.org/2000/svg">'
        f"{axis}{''.join(parts)}</svg>"
    )


def score_bars(scores: dict[str, float], winner: str, width: int = 460) -> str:
    """Three bars, one per approach, with the winner highlighted."""
    order = ["prompt", "rag", "fine_tune"]
    vmax = max([1.0] + [abs(v) for v in scores.values()])
    vmin = min([0.0, *scores.values()])
    label_w, bar_h = 80, 16
    plot_w = width - label_w - 50
    span = vmax - vmin or 1.0
    zero = label_w + (-vmin) / span * plot_w
    parts = []
    for i, a in enumerate(order):
        v = scores.get(a, 0.0)
        y = 4 + i * (bar_h + 6)
        x0 = zero if v >= 0 else zero + v / span * plot_w
        w = max(1.5, abs(v) / span * plot_w)
        opacity = "1" if a == winner else "0.45"
        weight = "700" if a == winner else "400"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 12}" text-anchor="end" font-size="12" '
            f'font-weight="{weight}" fill="{INK}">{SHORT[a]}</text>'
        )
        parts.append(
            f'<rect x="{x0:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="3" '
            f'fill="{COLOURS[a]}" opacity="{opacity}"/>'
        )
        parts.append(f'<text x="{x0 + w + 5:.1f}" y="{y + 12}" font-size="11" fill="{MUTED}">{v:+.1f}</text>')
    height = 4 + 3 * (bar_h + 6)
    return (
        f'<svg class="fa-chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="Score per approach" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>'
    )


def histogram(buckets: Sequence[tuple[float, int]], *, title: str, width: int = 460, height: int = 150) -> str:
    """Vertical bars for ``(upper bound, count)`` buckets."""
    buckets = [(float(b), int(c)) for b, c in buckets]
    if not buckets or not any(c for _, c in buckets):
        return '<p class="fa-muted">No token lengths measured.</p>'
    # Drop empty buckets at the low end so the chart shows the data, not the scale.
    while len(buckets) > 4 and buckets[0][1] == 0:
        buckets = buckets[1:]
    left, bottom, top = 36, 30, 30
    plot_w, plot_h = width - left - 8, height - bottom - top
    cmax = max(c for _, c in buckets)
    bw = plot_w / len(buckets)
    parts = [
        f'<text x="{left}" y="11" font-size="11" fill="{MUTED}">{esc(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" stroke="{GRID}"/>',
    ]
    lower = 0.0
    for i, (upper, count) in enumerate(buckets):
        h = count / cmax * plot_h if cmax else 0
        x = left + i * bw
        parts.append(
            f'<rect x="{x + 2:.1f}" y="{top + plot_h - h:.1f}" width="{max(1, bw - 4):.1f}" '
            f'height="{h:.1f}" fill="#6366f1"><title>{_num(lower)}–{_num(upper)} tokens: '
            f"{count:,}</title></rect>"
        )
        if count:
            parts.append(
                f'<text x="{x + bw / 2:.1f}" y="{top + plot_h - h - 3:.1f}" font-size="10" '
                f'text-anchor="middle" fill="{MUTED}">{count:,}</text>'
            )
        if len(buckets) <= 12 or i % 2 == 0:
            parts.append(
                f'<text x="{x + bw / 2:.1f}" y="{top + plot_h + 13}" font-size="10" '
                f'text-anchor="middle" fill="{MUTED}">≤{_num(upper)}</text>'
            )
        lower = upper
    parts.append(
        f'<text x="{left + plot_w / 2:.0f}" y="{height - 3}" font-size="10" text-anchor="middle" '
        f'fill="{MUTED}">tokens per example</text>'
    )
    return (
        f'<svg class="fa-chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{esc(title)}" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>'
    )


def label_bars(dist: dict[str, int], *, limit: int = 12, width: int = 460) -> str:
    """Horizontal bars of the most frequent labels."""
    if not dist:
        return ""
    items = sorted(dist.items(), key=lambda kv: -kv[1])
    rest = items[limit:]
    items = items[:limit]
    if rest:
        items.append((f"{len(rest)} other labels", sum(c for _, c in rest)))
    label_w, bar_h = 150, 13
    cmax = max(c for _, c in items) or 1
    total = sum(dist.values()) or 1
    plot_w = width - label_w - 70
    parts = []
    for i, (label, count) in enumerate(items):
        y = 4 + i * (bar_h + 5)
        short = label if len(label) <= 24 else label[:23] + "…"
        w = max(1.5, count / cmax * plot_w)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 10}" text-anchor="end" font-size="11" '
            f'fill="{INK}"><title>{esc(label)}</title>{esc(short)}</text>'
        )
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="2" fill="#0ea5e9"/>')
        parts.append(
            f'<text x="{label_w + w + 4:.1f}" y="{y + 10}" font-size="10" fill="{MUTED}">'
            f"{count:,} ({count / total:.0%})</text>"
        )
    height = 8 + len(items) * (bar_h + 5)
    return (
        f'<svg class="fa-chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="Label distribution" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>'
    )


def cost_chart(
    series: Sequence[dict[str, float]],
    *,
    currency: str = "USD",
    volume: float | None = None,
    break_even: float | None = None,
    width: int = 460,
    height: int = 220,
) -> str:
    """Monthly cost against monthly volume (log-log), prompting vs fine-tuned."""
    pts = [
        (float(p["monthly_volume"]), float(p["prompting"]), float(p["fine_tuned"]))
        for p in series
        if p.get("monthly_volume")
    ]
    if len(pts) < 2:
        return '<p class="fa-muted">No cost series yet: state a monthly volume.</p>'
    left, right, top, bottom = 52, 12, 14, 54
    plot_w, plot_h = width - left - right, height - top - bottom
    xs = [p[0] for p in pts]
    ys = [max(1e-3, v) for p in pts for v in p[1:]]
    lx0, lx1 = math.log10(min(xs)), math.log10(max(xs))
    ly0, ly1 = math.log10(min(ys)), math.log10(max(ys))
    if ly1 - ly0 < 1e-9:
        ly1 = ly0 + 1

    def px(x: float) -> float:
        return left + (math.log10(x) - lx0) / (lx1 - lx0 or 1) * plot_w

    def py(y: float) -> float:
        return top + plot_h - (math.log10(max(1e-3, y)) - ly0) / (ly1 - ly0) * plot_h

    parts = []
    for e in range(math.floor(ly0), math.ceil(ly1) + 1):
        v = 10.0**e
        if ly0 - 1e-9 <= e <= ly1 + 1e-9:
            parts.append(f'<line x1="{left}" y1="{py(v):.1f}" x2="{width - right}" y2="{py(v):.1f}" stroke="{GRID}"/>')
            parts.append(
                f'<text x="{left - 4}" y="{py(v) + 3:.1f}" font-size="10" text-anchor="end" '
                f'fill="{MUTED}">{_num(v)}</text>'
            )
    for e in range(math.floor(lx0), math.ceil(lx1) + 1):
        v = 10.0**e
        if lx0 - 1e-9 <= e <= lx1 + 1e-9:
            parts.append(
                f'<text x="{px(v):.1f}" y="{top + plot_h + 13}" font-size="10" text-anchor="middle" '
                f'fill="{MUTED}">{_num(v)}</text>'
            )
    for idx, key, name in (
        (1, "prompt", "Prompting"),
        (2, "fine_tune", "Fine-tuned (incl. training)"),
    ):
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(p[0]):.1f},{py(p[idx]):.1f}" for i, p in enumerate(pts))
        parts.append(
            f'<path d="{path}" fill="none" stroke="{COLOURS[key]}" stroke-width="2.2"><title>{name}</title></path>'
        )
    if volume and min(xs) <= volume <= max(xs):
        x = px(volume)
        parts.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="{INK}" stroke-dasharray="3,3"/>'
        )
        parts.append(f'<text x="{x + 3:.1f}" y="{top + 9}" font-size="10" fill="{INK}">your volume</text>')
    if break_even and min(xs) <= break_even <= max(xs):
        x = px(break_even)
        parts.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="#b91c1c" stroke-dasharray="5,3"/>'
        )
        # Label on the side with room, so it never runs into the axis labels.
        tx, anchor = (x + 3, "start") if x < left + 110 else (x - 3, "end")
        parts.append(
            f'<text x="{tx:.1f}" y="{top + 21}" font-size="10" text-anchor="{anchor}" '
            f'fill="#b91c1c">break-even {_num(break_even)}/mo</text>'
        )
    parts.append(
        f'<text x="{left + plot_w / 2:.0f}" y="{top + plot_h + 27}" font-size="10" '
        f'text-anchor="middle" fill="{MUTED}">requests per month (log scale)</text>'
    )
    ly = height - 4
    parts.append(
        f'<rect x="{left}" y="{ly - 8}" width="12" height="3" fill="{COLOURS["prompt"]}"/>'
        f'<text x="{left + 16}" y="{ly - 4}" font-size="10" fill="{INK}">Prompting</text>'
        f'<rect x="{left + 90}" y="{ly - 8}" width="12" height="3" fill="{COLOURS["fine_tune"]}"/>'
        f'<text x="{left + 106}" y="{ly - 4}" font-size="10" fill="{INK}">Fine-tuned '
        f"(training spread over the amortisation period)</text>"
    )
    parts.append(f'<text x="4" y="{top + 4}" font-size="10" fill="{MUTED}">{esc(currency)}/mo</text>')
    return (
        f'<svg class="fa-chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="Monthly cost against volume" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>'
    )


# --- probe charts (agent/probe/) ---------------------------------------------------------


def learning_curve(points: Sequence[tuple[int, float]], *, chance: float | None = None, width: int = 460,
                   height: int = 160) -> str:
    """Macro-F1 against training examples (log scale), with the chance level dashed."""
    if not points:
        return ""
    left, right, top, bottom = 40, 16, 14, 30
    xs = [math.log10(max(n, 1)) for n, _ in points]
    lo, hi = min(xs), max(xs)
    span = (hi - lo) or 1.0

    def px(x: float) -> float:
        return left + (x - lo) / span * (width - left - right) if hi > lo else (left + width - right) / 2

    def py(y: float) -> float:
        return top + (1.0 - max(0.0, min(1.0, y))) * (height - top - bottom)

    parts = [f'<line x1="{left}" y1="{py(t):.1f}" x2="{width - right}" y2="{py(t):.1f}" stroke="{GRID}"/>'
             f'<text x="{left - 4}" y="{py(t) + 3:.1f}" text-anchor="end" font-size="9" fill="{MUTED}">{t:.1f}</text>'
             for t in (0.0, 0.25, 0.5, 0.75, 1.0)]
    if chance is not None:
        parts.append(f'<line x1="{left}" y1="{py(chance):.1f}" x2="{width - right}" y2="{py(chance):.1f}" '
                     f'stroke="{MUTED}" stroke-dasharray="4 3"><title>chance {chance:.2f}</title></line>')
    path = " ".join(f"{px(x):.1f},{py(f1):.1f}" for x, (_, f1) in zip(xs, points, strict=True))
    parts.append(f'<polyline points="{path}" fill="none" stroke="{COLOURS["fine_tune"]}" stroke-width="2"/>')
    for x, (n, f1) in zip(xs, points, strict=True):
        parts.append(f'<circle cx="{px(x):.1f}" cy="{py(f1):.1f}" r="3" fill="{COLOURS["fine_tune"]}">'
                     f"<title>{n:,} examples: macro-F1 {f1:.2f}</title></circle>"
                     f'<text x="{px(x):.1f}" y="{height - bottom + 14}" text-anchor="middle" font-size="9" '
                     f'fill="{MUTED}">{_num(n)}</text>')
    parts.append(f'<text x="{(left + width - right) / 2}" y="{height - 3}" text-anchor="middle" font-size="10" '
                 f'fill="{INK}">training examples (macro-F1, cross-validated)</text>')
    return (f'<svg class="fa-chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
            f'aria-label="Learning curve" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>')


def grounding_bars(shares: Sequence[tuple[str, float]], *, width: int = 460) -> str:
    """Horizontal bars of grounded shares (0-1), e.g. at k = 3, k = 10 and anywhere."""
    if not shares:
        return ""
    label_w, bar_h = 110, 14
    plot_w = width - label_w - 50
    parts = []
    for i, (label, share) in enumerate(shares):
        y = 4 + i * (bar_h + 6)
        w = max(1.5, max(0.0, min(1.0, share)) * plot_w)
        parts.append(f'<text x="{label_w - 6}" y="{y + 11}" text-anchor="end" font-size="11" fill="{INK}">'
                     f"{esc(label)}</text>"
                     f'<rect x="{label_w}" y="{y}" width="{plot_w}" height="{bar_h}" rx="2" fill="{GRID}"/>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="2" fill="{COLOURS["rag"]}"/>'
                     f'<text x="{label_w + plot_w + 4}" y="{y + 11}" font-size="10" fill="{MUTED}">{share:.0%}</text>')
    height = 8 + len(shares) * (bar_h + 6)
    return (f'<svg class="fa-chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
            f'aria-label="Grounding rate" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>')
