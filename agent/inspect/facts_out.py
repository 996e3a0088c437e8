"""Facts for the audit engine, derived from an inspection (only where the evidence is clear)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ftaudit.facts import Fact

if TYPE_CHECKING:
    from ftaudit.inspect.models import DataReport, FileReport

MIN_EXAMPLES_FOR_SHAPE = 20
"""Fewer valid examples than this: no task-kind, format or knowledge facts."""


def _names(files: list[FileReport]) -> str:
    names = [f.name for f in files]
    if len(names) > 3:
        return ", ".join(names[:3]) + f" (+{len(names) - 3} more)"
    return ", ".join(names)


def _fact(field: str, value: Any, file: str, note: str) -> Fact:
    return Fact(field=field, value=value, source="file", file=file, note=note)


def derive_facts(report: DataReport) -> list[Fact]:
    """``labelled_examples``, ``prompt_tokens``, ``task_kind``, ``strict_format``,
    ``needs_external_knowledge``, ``corpus_size`` and ``knowledge_change_days`` as
    far as the data shows them, each with its file and a note."""
    s = report.summary
    facts: list[Fact] = []
    ex_files = [f for f in report.files if f.kind == "examples" and f.n_examples]
    if ex_files and s.n_examples:
        where = _names(ex_files)
        fmt = {
            "chat": "chat",
            "prompt_completion": "prompt/completion",
            "preference": "preference-pair",
            "table": "labelled-row",
            "mixed": "mixed-format",
        }.get(s.example_format or "", "")
        dropped = []
        if s.n_duplicates or s.n_near_duplicates:
            dropped.append(f"{s.n_duplicates + s.n_near_duplicates:,} duplicates")
        if s.n_invalid:
            dropped.append(f"{s.n_invalid:,} malformed or unusable")
        note = f"{s.n_unique_examples:,} usable {fmt} examples in {where}"
        if dropped:
            note += f" ({s.n_examples:,} valid; not counted: " + ", ".join(dropped) + ")"
        facts.append(_fact("labelled_examples", s.n_unique_examples, where, note))
        if s.median_prompt_tokens is not None and s.n_examples >= 5:
            facts.append(
                _fact(
                    "prompt_tokens",
                    round(s.median_prompt_tokens),
                    where,
                    f"median prompt of the examples is {s.median_prompt_tokens:,.0f} tokens "
                    f"({s.tokenizer}), mean {s.mean_prompt_tokens:,.0f}, over {s.n_examples:,} examples "
                    f"in {where}",
                )
            )
        if s.n_examples >= MIN_EXAMPLES_FOR_SHAPE and s.task_shape:
            facts.extend(_shape_facts(report, where))
    docs = [f for f in report.files if f.kind == "documents" and f.doc_tokens]
    if docs and s.n_documents:
        where = _names(docs)
        facts.append(
            _fact(
                "corpus_size",
                s.n_documents,
                where,
                f"{s.n_documents:,} documents ({s.n_pages:,} pages, {s.doc_tokens:,} tokens) in {where}",
            )
        )
        if s.estimated_change_days is not None:
            dated = sorted({m.date for m in s.revision_markers if m.date})
            facts.append(
                _fact(
                    "knowledge_change_days",
                    s.estimated_change_days,
                    where,
                    f"revision markers dated {', '.join(dated[:6])}{'…' if len(dated) > 6 else ''} "
                    f"suggest an update about every {s.estimated_change_days:,.0f} days",
                )
            )
    return facts


def _shape_facts(report: DataReport, where: str) -> list[Fact]:
    s = report.summary
    out: list[Fact] = []
    n = s.n_examples
    if s.task_shape == "classification":
        labels = s.n_labels or len(s.label_distribution)
        out.append(
            _fact(
                "task_kind",
                "classification",
                where,
                f"{n:,} examples share {labels:,} distinct answers (fewer than a third "
                f"of the examples: the legacy OpenAI rule for classification)",
            )
        )
        out.append(
            _fact(
                "needs_external_knowledge",
                False,
                where,
                f"answers are labels from a closed set of {labels:,}",
            )
        )
        return out
    if s.task_shape == "extraction":
        out.append(
            _fact(
                "task_kind",
                "extraction",
                where,
                f"{(s.json_answer_share or 0):.0%} of answers are JSON that parses; "
                f"{(s.format_consistency or 0):.0%} share one key set",
            )
        )
        out.append(
            _fact(
                "strict_format",
                True,
                where,
                f"answers share a JSON structure ({s.dominant_template})",
            )
        )
    else:
        out.append(
            _fact(
                "task_kind",
                "generation",
                where,
                f"{n:,} examples with mostly distinct free-text answers",
            )
        )
        consistency = s.format_consistency or 0.0
        template = s.dominant_template or ""
        if consistency >= 0.8 and "|" in template:
            out.append(
                _fact(
                    "strict_format",
                    True,
                    where,
                    f"{consistency:.0%} of answers follow one line template "
                    f"({template.replace('|', ' / ')})",
                )
            )
        elif consistency < 0.3:
            out.append(
                _fact(
                    "strict_format",
                    False,
                    where,
                    f"no common answer structure (the most common covers {consistency:.0%})",
                )
            )
    nov = s.answer_novelty
    per = s.novel_facts_per_example
    if nov is not None and per is not None:
        if nov >= 0.5 and per >= 0.3:
            out.append(
                _fact(
                    "needs_external_knowledge",
                    True,
                    where,
                    f"{nov:.0%} of the numbers, names and ids in answers are absent from "
                    f"their prompts ({per:.2f} new facts per example)",
                )
            )
        elif nov < 0.25 or per < 0.1:
            why = (
                f"only {nov:.0%} of the numbers, names and ids in answers are absent from their "
                "prompts"
                if nov < 0.25
                else f"the facts answers add recur across examples ({per:.2f} distinct new facts "
                "per example)"
            )
            out.append(_fact("needs_external_knowledge", False, where, why))
    return out
