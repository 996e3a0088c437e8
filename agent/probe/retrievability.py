"""Retrievability: do the user's documents hold the key facts of the expected answers?

The documents are cut into passages and indexed in a Chroma collection of this run's own
(in memory, removed afterwards) with the same embedding function as the guidance.  For
each example question the top-k passages are retrieved (nearest neighbours re-ranked with
a lexical score, as the guidance index does) and the answer's key facts (numbers, ids,
names, quoted phrases) not already in the question are looked up in them.
"""

from __future__ import annotations

import math
import re
import time
import uuid
from collections import Counter
from collections.abc import Sequence

import numpy as np
from ftaudit.inspect.models import RevisionMarker
from ftaudit.inspect.shape import answer_facts
from ftaudit.probe.models import RetrievabilityResult
from ftaudit.probe.progress import ProbeProgress, quiet
from ftaudit.probe.samples import Sample

MIN_QUESTIONS = 5
PASSAGE_CHARS = 800
MAX_PASSAGES = 2_000
MAX_QUESTIONS = 200
"""Questions checked (a seeded sample beyond this)."""
GROUNDED = 0.5
"""Share of an answer's key facts that must appear in the retrieved passages."""
CANDIDATES = 30
SEED = 13
_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,80})[\"“”]")
_TERM = re.compile(r"[a-z0-9]+")


def key_facts(answer: str, question: str) -> list[str]:
    """The facts an answer adds to its question: numbers, ids, names, quoted phrases."""
    low = question.lower()
    out: list[str] = []
    for fact in [*answer_facts(answer), *_QUOTED.findall(answer)]:
        f = fact.strip().strip(".,;:")
        if len(f) >= 2 and f.lower() not in low and f.lower() not in (o.lower() for o in out):
            out.append(f)
    return out


def passages(documents: dict[str, list[tuple[int, str]]]) -> list[tuple[str, str]]:
    """``(document, text)`` passages of about :data:`PASSAGE_CHARS` characters, cut at line breaks."""
    out: list[tuple[str, str]] = []
    for doc, units in documents.items():
        buf: list[str] = []
        size = 0
        for _line, text in units:
            buf.append(text.strip())
            size += len(text)
            if size >= PASSAGE_CHARS:
                out.append((doc, "\n".join(buf)))
                buf, size = buf[-1:], len(buf[-1])  # one line of overlap
        if buf and (not out or out[-1][0] != doc or len(buf) > 1):
            out.append((doc, "\n".join(buf)))
    return out


def _present(fact: str, joined: str, tokens: set[str]) -> bool:
    """A fact with digits is present when its digit-bearing tokens are ("12-month" in "12 months");
    any other fact when its text is."""
    parts = _TERM.findall(fact.lower())
    numeric = [p for p in parts if any(ch.isdigit() for ch in p)]
    if numeric:
        return all(p in tokens for p in numeric)
    return fact.lower() in joined


def _found(facts: list[str], texts: list[str]) -> float:
    joined = "\n".join(texts).lower()
    tokens = set(_TERM.findall(joined))
    return sum(_present(f, joined, tokens) for f in facts) / len(facts)


class _Lexical:
    def __init__(self, texts: list[str]) -> None:
        self.df = Counter(t for x in texts for t in set(_TERM.findall(x.lower())))
        self.n = len(texts)

    def score(self, query: str, text: str) -> float:
        terms = Counter(_TERM.findall(text.lower()))
        return sum(math.log(1 + self.n / (1 + self.df.get(t, 0))) * min(terms.get(t, 0), 3)
                   for t in set(_TERM.findall(query.lower())))


def probe_retrievability(samples: Sequence[Sample], documents: dict[str, list[tuple[int, str]]], *,
                         markers: Sequence[RevisionMarker] = (), files: list[str] | None = None,
                         documents_cut: bool = False, progress: ProbeProgress = quiet) -> RetrievabilityResult:
    """Share of example questions whose expected answer is grounded in the top 3 and top 10 passages."""
    start = time.perf_counter()
    result = RetrievabilityResult(files=files or [], n_documents=len(documents))
    by_doc: dict[str, set[str]] = {}
    for m in markers:
        if m.file in documents:
            by_doc.setdefault(m.file, set()).add(m.date or m.text)
    result.dated_documents = len(by_doc)
    result.revised_documents = sum(len(v) >= 2 for v in by_doc.values())
    if not documents:
        result.reason = "no documents to retrieve from (attach the documents the answers should come from)"
        return result
    questions = [(s, key_facts(s.answer, s.text)) for s in samples if s.text.strip() and s.answer.strip()]
    checkable = [(s, f) for s, f in questions if f]
    if len(checkable) < MIN_QUESTIONS:
        result.reason = (f"{len(checkable)} example questions whose expected answer names a fact (number, id, name, "
                         f"quoted phrase) to look for; the probe needs at least {MIN_QUESTIONS}")
        return result
    if len(checkable) > MAX_QUESTIONS:
        result.sampled_from = len(checkable)
        pick = sorted(np.random.default_rng(SEED).choice(len(checkable), MAX_QUESTIONS, replace=False).tolist())
        checkable = [checkable[i] for i in pick]
    chunks = passages(documents)
    if len(chunks) > MAX_PASSAGES:
        result.passages_cut = True
        chunks = chunks[:MAX_PASSAGES]
    result.passages_cut = result.passages_cut or documents_cut
    result.n_passages = len(chunks)
    texts = [t for _, t in chunks]
    progress("retrievability", 0.05)
    hits3, hits10 = _retrieve([s.text for s, _ in checkable], texts, progress)
    g3 = g10 = anywhere = 0
    for (s, facts), top3, top10 in zip(checkable, hits3, hits10, strict=True):
        g3 += _found(facts, [texts[i] for i in top3]) >= GROUNDED
        ok10 = _found(facts, [texts[i] for i in top10]) >= GROUNDED
        g10 += ok10
        anywhere += _found(facts, texts) >= GROUNDED
        if not ok10 and len(result.ungrounded) < 10:
            result.ungrounded.append(f"{s.file} line {s.line}: {' '.join(s.text.split())[:100]} "
                                     f"(missing: {', '.join(facts[:4])})")
    n = len(checkable)
    result.n = result.n_checkable = n
    result.grounded_at_3 = round(g3 / n, 4)
    result.grounded_at_10 = round(g10 / n, 4)
    result.grounded_anywhere = round(anywhere / n, 4)
    result.ran = True
    result.seconds = round(time.perf_counter() - start, 3)
    progress("retrievability", 1.0)
    return result


def _retrieve(queries: list[str], texts: list[str], progress: ProbeProgress) -> tuple[list[list[int]], list[list[int]]]:
    """Indices of the top 3 and top 10 passages for each query, from a Chroma collection of its own."""
    import chromadb
    from ftaudit.retrieve.embedding import get_embedder
    from ftaudit.retrieve.index import chroma_settings, embedding_function

    client = chromadb.EphemeralClient(settings=chroma_settings())
    name = f"ftaudit-probe-{uuid.uuid4().hex[:12]}"
    collection = client.create_collection(name, embedding_function=embedding_function(),
                                          metadata={"hnsw:space": "cosine"})
    try:
        embedder = get_embedder()
        step = 64
        for start in range(0, len(texts), step):
            part = texts[start:start + step]
            collection.upsert(ids=[str(i) for i in range(start, start + len(part))], documents=part,
                              embeddings=embedder.embed(part).tolist())
            progress("retrievability", 0.05 + 0.75 * min(1.0, (start + step) / len(texts)))
        vectors = embedder.embed(queries)
        got = collection.query(query_embeddings=vectors.tolist(), n_results=min(CANDIDATES, len(texts)),
                               include=["distances"])
        lexical = _Lexical(texts)
        top3, top10 = [], []
        for q, ids, dists in zip(queries, got["ids"], got["distances"] or [], strict=True):
            rows = [(int(i), 1.0 - float(d)) for i, d in zip(ids, dists, strict=True)]
            lex = [lexical.score(q, texts[i]) for i, _ in rows]
            best = max(lex, default=0.0) or 1.0
            ranked = sorted(((dense + 0.35 * x / best, -i) for (i, dense), x in zip(rows, lex, strict=True)),
                            reverse=True)
            order = [-i for _, i in ranked]
            top3.append(order[:3])
            top10.append(order[:10])
        progress("retrievability", 0.95)
        return top3, top10
    finally:
        client.delete_collection(name)
