"""Probe results as facts (source ``file``, with the measurement in the note), and where they
contradict what the description says."""

from __future__ import annotations

from ftaudit.facts import Fact, UseCase
from ftaudit.probe.baseline import best_accuracy
from ftaudit.probe.models import ProbeReport


def _where(files: list[str]) -> str:
    return ", ".join(files[:3]) + (f" (+{len(files) - 3} more)" if len(files) > 3 else "")


def _sampled(n: int | None) -> str:
    return f"; sampled from {n:,}" if n else ""


def probe_facts(report: ProbeReport) -> list[Fact]:
    """One fact per measured result; a probe that did not run gives none."""
    out: list[Fact] = []
    if report.examples_by_content:
        where = _where(sorted(report.read_by_content))
        how = "; ".join(f"{f}: {c}" for f, c in sorted(report.read_by_content.items())[:3])
        out.append(Fact(field="labelled_examples", value=report.examples_by_content, source="file", file=where,
                        note=f"{report.examples_by_content:,} usable examples, columns chosen by content ({how})"))
    ln = report.learnability
    if ln.ran and ln.macro_f1 is not None and ln.verdict is not None:
        where = _where(ln.files)
        curve = ", ".join(f"{p.fraction:.0%}: {p.macro_f1:.2f}" for p in ln.curve)
        note = (f"probe: a TF-IDF linear baseline reaches macro-F1 {ln.macro_f1:.2f} on {ln.n:,} examples "
                f"({ln.folds}-fold; chance {ln.chance_f1:.2f}; curve {curve}; {ln.conflict_share:.0%} of inputs "
                f"conflict{_sampled(ln.sampled_from)})")
        out.append(Fact(field="probe_learnability", value=ln.verdict, source="file", file=where, note=note))
        out.append(Fact(field="probe_macro_f1", value=ln.macro_f1, source="file", file=where, note=note))
    rt = report.retrievability
    if rt.ran and rt.grounded_at_10 is not None:
        note = (f"probe: {rt.grounded_at_10:.0%} of {rt.n_checkable:,} example answers grounded in the top 10 "
                f"passages ({rt.grounded_at_3:.0%} in the top 3) of {rt.n_documents:,} documents"
                f"{_sampled(rt.sampled_from)}")
        out.append(Fact(field="probe_grounded_share", value=rt.grounded_at_10, source="file",
                        file=_where(rt.files), note=note))
    cs = report.consistency
    if cs.ran and cs.uniformity is not None and cs.verdict is not None:
        where = _where(cs.files)
        note = (f"probe: answer uniformity {cs.uniformity:.2f} (structure shared by {cs.signature_share:.0%}, "
                f"length spread {cs.length_cv:.2f}, same opening {cs.opening_share:.0%}) over {cs.n:,} answers"
                f"{_sampled(cs.sampled_from)}")
        out.append(Fact(field="probe_format", value=cs.verdict, source="file", file=where, note=note))
        out.append(Fact(field="probe_format_uniformity", value=cs.uniformity, source="file", file=where, note=note))
    pb = report.prompt_baseline
    acc = best_accuracy(pb)
    if pb.ran and acc is not None:
        where = _where(pb.files)
        note = (f"probe: {pb.model} prompted reaches {acc:.0%} (95% interval {pb.ci_low:.0%}-{pb.ci_high:.0%}) "
                f"on held-out labels ({pb.zero_shot_n} zero-shot, {pb.few_shot_n} few-shot calls)")
        out.append(Fact(field="probe_prompt_accuracy", value=round(100 * acc, 1), source="file", file=where,
                        note=note))
        if pb.target is not None:
            out.append(Fact(field="probe_prompt_meets_target", value=acc >= pb.target, source="file", file=where,
                            note=note + f"; the stated target is {pb.target:.0%}"))
    return out


def contradictions(report: ProbeReport, case: UseCase) -> list[str]:
    """Where a probe measured the opposite of what the description claims (the probe counts)."""
    out: list[str] = []

    def claim(field: str) -> str:
        fact = case.facts.get(field)
        return f' ("{fact.quote}")' if fact is not None and fact.quote else ""

    cs = report.consistency
    if cs.ran and cs.verdict == "rigid" and case.value("strict_format") is False:
        out.append(f"the description says the output need not follow a fixed format{claim('strict_format')}, "
                   f"but {cs.signature_share:.0%} of the example answers share one structure")
    if cs.ran and cs.verdict == "loose" and case.value("strict_format") is True:
        out.append(f"the description asks for a strict format{claim('strict_format')}, but the example answers "
                   f"vary freely (uniformity {cs.uniformity:.2f})")
    pb = report.prompt_baseline
    acc = best_accuracy(pb)
    if pb.ran and acc is not None and pb.target is not None:
        falls_short = case.value("prompting_falls_short")
        if falls_short is True and acc >= pb.target:
            out.append(f"the description says prompting falls short{claim('prompting_falls_short')}, but the "
                       f"configured model reached {acc:.0%} against the {pb.target:.0%} target")
        if falls_short is False and acc < pb.target:
            out.append(f"the description says prompting works{claim('prompting_falls_short')}, but the configured "
                       f"model reached {acc:.0%} against the {pb.target:.0%} target")
    rt = report.retrievability
    if rt.ran and rt.grounded_at_10 is not None and rt.grounded_at_10 < 0.3 and case.value("needs_external_knowledge"):
        out.append(f"the answers are said to come from the documents{claim('needs_external_knowledge')}, but only "
                   f"{rt.grounded_at_10:.0%} of the example answers are grounded in them")
    ln = report.learnability
    if ln.ran and ln.verdict == "noisy" and case.value("labelled_examples"):
        out.append(f"the labelled examples are counted as training data{claim('labelled_examples')}, but a baseline "
                   f"learns little from them (macro-F1 {ln.macro_f1:.2f}): fix the labels first")
    return out
