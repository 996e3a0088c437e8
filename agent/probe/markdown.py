"""The probe results as Markdown (user text escaped: labels and file names come from the data)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ftaudit.probe.baseline import best_accuracy

if TYPE_CHECKING:
    from ftaudit.probe.models import ProbeBase, ProbeReport

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+|!~])")


def _md(text: object) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _skipped(name: str, r: ProbeBase) -> str:
    return f"* **{name}**: not run: {_md(r.reason or 'not applicable')}."


def _sampled(r: ProbeBase) -> str:
    return f" Sampled: {r.n:,} of {r.sampled_from:,}." if r.sampled_from else ""


def probes_markdown(p: ProbeReport) -> str:
    """A section per probe: the numbers, what they mean, or why the probe did not run."""
    out: list[str] = []
    ln = p.learnability
    if ln.ran and ln.macro_f1 is not None:
        meaning = {
            "learnable": "high and flat: the task is learnable and stable; fine-tuning will work, and a classic "
                         "classifier like this baseline may already be enough",
            "rising": "still rising: more labelled data will help"
                      + (f" (about {ln.more_data_estimate:,} examples for macro-F1 0.90, a rough extrapolation)"
                         if ln.more_data_estimate else ""),
            "noisy": "low, with signs of label noise: fix the labels before training anything",
            "weak": "middling: a trained model learns part of the task; check the confusions below",
        }[ln.verdict or "weak"]
        out.append(f"* **Learnability** ({_md(ln.model)}, {ln.folds}-fold, {ln.n:,} examples, {ln.n_classes} "
                   f"labels): macro-F1 **{ln.macro_f1:.2f}** (chance {ln.chance_f1:.2f}); {meaning}.{_sampled(ln)}")
        out.append("  * learning curve: " + ", ".join(f"{c.fraction:.0%} ({c.n_train:,}) {c.macro_f1:.2f}"
                                                      for c in ln.curve)
                   + (f"; slope at the end {ln.end_slope:+.3f} per doubling" if ln.end_slope is not None else ""))
        worst = sorted(ln.per_class_f1.items(), key=lambda kv: kv[1])[:6]
        out.append("  * per-label F1 (lowest first): " + ", ".join(f"{_md(k)} {v:.2f}" for k, v in worst))
        if ln.confusions:
            out.append("  * most confused: " + "; ".join(f"{_md(t)} → {_md(q)} ({n})" for t, q, n in ln.confusions[:5]))
        if ln.conflicting_inputs:
            out.append(f"  * label noise: {ln.conflicting_inputs:,} inputs appear with different labels "
                       f"({ln.conflict_share:.0%} of examples)")
        if ln.small_classes:
            out.append("  * labels under 20 examples: " + ", ".join(f"{_md(k)} ({v})" for k, v in
                                                                     list(ln.small_classes.items())[:8]))
    else:
        out.append(_skipped("Learnability", ln))
    rt = p.retrievability
    if rt.ran and rt.grounded_at_10 is not None:
        dated = (f"{rt.dated_documents} of {rt.n_documents} documents carry dates or revision marks"
                 f" ({rt.revised_documents} revised more than once)")
        out.append(f"* **Retrievability** ({rt.n_checkable:,} example answers with key facts, {rt.n_passages:,} "
                   f"passages from {rt.n_documents:,} documents): grounded **{rt.grounded_at_3:.0%}** at k = 3, "
                   f"**{rt.grounded_at_10:.0%}** at k = 10, {rt.grounded_anywhere:.0%} anywhere in the documents; "
                   f"{dated}.{_sampled(rt)}" + (" Only the first part of the documents was indexed." if rt.passages_cut else ""))
        for line in rt.ungrounded[:5]:
            out.append(f"  * not grounded: {_md(line)}")
    else:
        out.append(_skipped("Retrievability", rt))
    cs = p.consistency
    if cs.ran and cs.uniformity is not None:
        meaning = {"rigid": "a rigid, uniform format: evidence for fine-tuning or structured outputs",
                   "loose": "loose answers: no format that prompting would struggle to hold",
                   "mixed": "partly uniform"}[cs.verdict or "mixed"]
        out.append(f"* **Consistency** ({cs.n:,} answers): uniformity **{cs.uniformity:.2f}**, {meaning}; "
                   f"{cs.signature_share:.0%} share one structure"
                   + (f" (`{_md(cs.dominant_signature)[:60]}`)" if cs.dominant_signature else "")
                   + f", length {cs.length_p10}-{cs.length_p90} words (spread {cs.length_cv:.2f}), "
                     f"same opening {cs.opening_share:.0%}, same closing {cs.closing_share:.0%}.{_sampled(cs)}")
    else:
        out.append(_skipped("Consistency", cs))
    pb = p.prompt_baseline
    acc = best_accuracy(pb)
    if pb.ran and acc is not None:
        target = f"; you need {pb.target:.0%}" if pb.target is not None else "; no accuracy target stated"
        parts = []
        if pb.zero_shot_accuracy is not None:
            parts.append(f"zero-shot {pb.zero_shot_accuracy:.0%} on {pb.zero_shot_n}")
        if pb.few_shot_accuracy is not None:
            parts.append(f"few-shot {pb.few_shot_accuracy:.0%} on {pb.few_shot_n}")
        cost = f", about ${pb.estimated_cost_usd:.4f}" if pb.estimated_cost_usd is not None else ""
        out.append(f"* **Prompt baseline** ({_md(pb.model)}, {pb.calls} calls of a budget of {pb.budget}, "
                   f"about {pb.estimated_tokens:,} tokens{cost}): prompting reaches **{acc:.0%}** "
                   f"(95% interval {pb.ci_low:.0%}-{pb.ci_high:.0%}){target}. " + ", ".join(parts)
                   + (f"; {pb.failures} calls failed (counted wrong)" if pb.failures else "") + ".")
    else:
        out.append(_skipped("Prompt baseline", pb))
    for file, how in p.read_by_content.items():
        out.append(f"* {_md(file)}: the header names no answer column, so the columns were chosen by content "
                   f"({_md(how)}).")
    if p.contradictions:
        out.append("")
        out.append("Where the data and the description disagree (the measurement counts):")
        out.extend(f"* {_md(c)}" for c in p.contradictions)
    return "\n".join(out)
