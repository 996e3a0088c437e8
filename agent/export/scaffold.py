"""The next step for the other verdicts: a prompt scaffold (prompt) and a chunking plan (RAG).

Prompt scaffold: the system message the data already uses (the most common one), then a
few examples picked from the training split: for a classification, one per label, most
frequent labels first; otherwise examples spread over the range of answer lengths, no
two with the same answer.  RAG plan: a chunk size from the documents' own token counts,
the overlap, how many chunks that makes, and the fields to keep as metadata.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ftaudit.export.evals import case_of

MAX_SHOTS = 8


def pick_shots(examples: list[dict[str, Any]], task_shape: str | None, k: int = MAX_SHOTS) -> list[dict[str, Any]]:
    """Up to ``k`` few-shot examples (see the module docstring for how they are chosen)."""
    cases = [(ex, *case_of(ex)) for ex in examples]
    if task_shape == "classification":
        counts = Counter(answer for _, _, answer in cases)
        first: dict[str, dict[str, Any]] = {}
        for ex, _, answer in cases:
            first.setdefault(answer, ex)
        return [first[label] for label, _ in counts.most_common(k)]
    by_length = sorted(cases, key=lambda c: len(c[2]))
    if len(by_length) <= k:
        chosen = by_length
    else:  # evenly spaced over the sorted lengths: short, typical and long answers
        chosen = [by_length[round(i * (len(by_length) - 1) / (k - 1))] for i in range(k)]
    seen: set[str] = set()
    out = []
    for ex, _, answer in chosen:
        if answer not in seen:
            seen.add(answer)
            out.append(ex)
    return out


def prompt_scaffold(examples: list[dict[str, Any]], task_shape: str | None, *, labels: list[str] | None = None) -> str:
    """A Markdown prompt scaffold: instructions to fill in, the data's system message, few-shot examples."""
    systems = Counter(m["content"] for ex in examples for m in ex["messages"] if m["role"] == "system")
    system = systems.most_common(1)[0][0] if systems else ""
    shots = pick_shots(examples, task_shape)
    lines = ["# Prompt scaffold", "",
             f"Made by ftaudit from {len(examples):,} cleaned training examples (task shape: {task_shape or 'unknown'}). "
             "Edit the instructions, keep the examples that teach something, and evaluate it on the held-out set "
             "(`ftaudit export --evals ...`).", "", "## System message", "", "```text",
             system or "You are ... (describe the task, the audience and the rules the answer must follow).", "```", ""]
    if labels:
        lines += ["## Allowed answers", "", "Answer with exactly one of: " + ", ".join(f"`{x}`" for x in labels[:50]), ""]
    lines += [f"## Few-shot examples ({len(shots)})", ""]
    for n, ex in enumerate(shots, 1):
        msgs, answer = case_of(ex)
        user = "\n\n".join(m["content"] for m in msgs if m["role"] == "user")
        lines += [f"### Example {n}", "", "Input:", "", "```text", user, "```", "", "Output:", "", "```text", answer,
                  "```", ""]
    lines += ["## As chat messages", "", "```json",
              json.dumps(([{"role": "system", "content": system}] if system else [])
                         + [m for ex in shots for m in _turns(ex)]
                         + [{"role": "user", "content": "{input}"}], indent=2, ensure_ascii=False), "```", ""]
    return "\n".join(lines)


def _turns(example: dict[str, Any]) -> list[dict[str, str]]:
    msgs, answer = case_of(example)
    return [m for m in msgs if m["role"] != "system"] + [{"role": "assistant", "content": answer}]


def chunking_plan(data_report: Any) -> dict[str, Any]:
    """A chunking and indexing plan from the documents' token statistics (a data report's summary and files)."""
    docs = [f for f in data_report.files if f.kind == "documents"]
    tokens = sorted(f.doc_tokens for f in docs if f.doc_tokens)
    if not tokens:
        return {"documents": 0, "advice": "no documents were found in the data; attach the documents to retrieve from "
                                          "(PDF, DOCX, Markdown, text) and export again"}
    median = tokens[len(tokens) // 2]
    pages = sum(f.n_pages for f in docs)
    per_page = round(sum(tokens) / pages) if pages else None
    # Short documents stay whole; long ones are cut near a page (or 512 tokens), never past 1,024.
    if median <= 512:
        size, why = max(tokens[-1], 128), "the documents are short: keep each whole, one chunk a document"
        size = min(size, 1024)
    else:
        size = min(1024, max(256, per_page or 512))
        why = (f"about one page ({per_page} tokens a page)" if per_page else "a medium chunk") + \
               " keeps a passage's context while staying specific enough to rank"
    overlap = 0 if median <= 512 else round(size * 0.12)
    step = max(1, size - overlap)
    chunks = sum(max(1, -(-(t - overlap) // step)) for t in tokens)
    metadata = ["source_file", "title (first heading)"]
    if pages:
        metadata.append("page")
    metadata.append("section_heading")
    if data_report.summary.revision_markers:
        metadata += ["revision_or_effective_date", "superseded (bool)"]
    return {
        "documents": len(docs), "total_tokens": sum(tokens), "median_tokens": median, "max_tokens": tokens[-1],
        "pages": pages, "tokens_per_page": per_page, "tokenizer": data_report.summary.tokenizer or "o200k_base",
        "chunk_tokens": size, "overlap_tokens": overlap, "estimated_chunks": chunks, "why": why,
        "split_on": ["headings", "paragraphs", "sentences"], "metadata": metadata,
        "index": {"embedding": "any sentence-embedding model; all-MiniLM-L6-v2 works offline",
                  "top_k": 4 if size >= 512 else 6, "re_index_when": "a document changes (hash each file)"},
        "revisions_found": len(data_report.summary.revision_markers),
    }


def plan_markdown(plan: dict[str, Any]) -> str:
    """The chunking plan as Markdown."""
    if not plan.get("documents"):
        return f"# Chunking and indexing plan\n\n{plan['advice']}\n"
    rows = [("documents", f"{plan['documents']:,}"), ("tokens", f"{plan['total_tokens']:,} ({plan['tokenizer']})"),
            ("median / max tokens a document", f"{plan['median_tokens']:,} / {plan['max_tokens']:,}"),
            ("chunk size", f"{plan['chunk_tokens']:,} tokens"), ("overlap", f"{plan['overlap_tokens']:,} tokens"),
            ("estimated chunks", f"{plan['estimated_chunks']:,}"), ("retrieve top-k", str(plan["index"]["top_k"]))]
    lines = ["# Chunking and indexing plan", "", "| | |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows]
    lines += ["", f"Why this size: {plan['why']}.", "",
              "Split on " + ", then ".join(plan["split_on"]) + " so a chunk never ends mid-sentence.", "",
              "Keep as metadata on every chunk: " + ", ".join(plan["metadata"]) + ".", ""]
    if plan["revisions_found"]:
        lines += [f"{plan['revisions_found']} revision or date markers were found: store the effective date and "
                  "filter out superseded versions at query time.", ""]
    lines += [f"Re-index when {plan['index']['re_index_when']}.", ""]
    return "\n".join(lines)
