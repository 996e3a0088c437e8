"""The guidance index: Chroma, built once per version of the sources.

Local mode keeps one Chroma ``PersistentClient`` folder per content digest;
``$FTAUDIT_HOME/index/<digest>`` is a link to the current build.  A single writer
(behind a file lock) builds a new folder next to the old one and swaps the link
atomically, so readers never see a half-built or missing index, keep using the
previous build while (and for an hour after) a rebuild runs, and a crash at any
point leaves a complete index in place.
Server mode (``FTAUDIT_CHROMA_URL``) keeps one collection per digest on a Chroma
server so a team can share it.

Queries are hybrid: Chroma returns the nearest sections by MiniLM embedding and
a small lexical score (BM25 over the candidates) re-ranks them.  Query
embeddings for the criteria's fixed queries are computed at build time and
stored beside the index, so an audit needs no model at all.  The shipped guidance's
vectors come with ftaudit (:mod:`ftaudit.retrieve.prebuilt`), so a first build needs
no forward pass either.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import re
import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from ftaudit import settings as config
from ftaudit.errors import GuidanceIndexError
from ftaudit.retrieve.embedding import MODEL_ID, get_embedder
from ftaudit.retrieve.prebuilt import embed_texts, load_vectors, save_vectors, text_key
from ftaudit.retrieve.sources import Section, digest, load_sections, origin_of

INDEX_FORMAT = "1"
COLLECTION_PREFIX = "ftaudit-guidance-"
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "has", "have", "how", "i", "if", "in", "is", "it", "its", "of", "on", "or", "our", "should", "so", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "was", "we", "what", "when", "where", "which", "who", "will", "with", "you", "your"]
)


def terms(text: str) -> list[str]:
    """The words of ``text`` that count for lexical matching: lower case, without stop words."""
    out = []
    for w in _WORD.findall(text.lower()):
        if w in _STOP or len(w) < 2:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if len(w) > len(suffix) + 3 and w.endswith(suffix):
                w = w[: -len(suffix)]
                break
        out.append(w)
    return out


@dataclass(frozen=True)
class Hit:
    """A passage retrieved from the index."""

    section_id: str
    title: str
    text: str
    doc: str
    score: float
    sources: str = ""

    @property
    def origin(self) -> str:
        """``article``, ``supplement`` or ``user``."""
        return origin_of(self.doc)


Answers = tuple[dict[tuple[str, int, int], list[Hit]], dict[str, str | None]]
"""Searches (query, k, candidates) with their hits, and passages by section id."""


def _make_embedding_function() -> Any:
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
    from chromadb.utils.embedding_functions import register_embedding_function

    @register_embedding_function
    class FtauditMiniLM(EmbeddingFunction[Documents]):
        """all-MiniLM-L6-v2 in NumPy; never downloads anything."""

        def __init__(self) -> None:
            pass

        def __call__(self, input: Documents) -> Embeddings:
            return list(get_embedder().embed(list(input)))

        @staticmethod
        def name() -> str:
            return "ftaudit-minilm-numpy"

        def default_space(self) -> Any:
            return "cosine"

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> FtauditMiniLM:
            return FtauditMiniLM()

        def get_config(self) -> dict[str, Any]:
            return {"model": MODEL_ID}

    return FtauditMiniLM()


_EF: Any = None
_EF_LOCK = threading.Lock()


def embedding_function() -> Any:
    global _EF
    with _EF_LOCK:
        if _EF is None:
            _EF = _make_embedding_function()
    return _EF


@contextlib.contextmanager
def _file_lock(path: Path, timeout: float = 600.0) -> Iterator[None]:
    from filelock import FileLock, Timeout

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(str(path), timeout=timeout):
            yield
    except Timeout:
        raise GuidanceIndexError(
            f"another process has held the index lock {path} for {timeout:.0f} s; "
            "wait for it or remove the lock file if no ftaudit is running"
        ) from None


def chroma_settings() -> Any:
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


class GuidanceIndex:
    """Search over the indexed guidance.  Use :func:`open_index` to get one."""

    def __init__(
        self,
        collection: Any,
        sections: list[Section],
        key: str,
        query_cache: dict[str, np.ndarray],
        location: str,
        built: bool,
        *,
        connect: Callable[[], Any] | None = None,
        answers: Answers | None = None,
    ) -> None:
        self._opened = collection
        self._connect = connect
        self._connect_lock = threading.Lock()
        self.sections = {s.id: s for s in sections}
        self.key = key
        self.location = location
        self.built = built
        self._query_cache = query_cache
        self._df = Counter(t for s in sections for t in set(terms(s.title + " " + s.text)))
        self._avg_len = sum(len(terms(s.text)) for s in sections) / max(len(sections), 1)
        self._lock = threading.Lock()
        self._results: dict[tuple[str, int, int], list[Hit]] = {}
        self._passages: dict[str, str | None] = {}
        if answers is not None:
            self._results.update(answers[0])
            self._passages.update(answers[1])

    @property
    def _collection(self) -> Any:
        """The Chroma collection, opened on first use when the index was opened from its answers."""
        with self._connect_lock:
            if self._opened is None and self._connect is not None:
                self._opened = self._connect()
            return self._opened

    def answers(self) -> dict[str, Any]:
        """Every search and passage answered so far, as JSON-ready data (see :func:`_remember`)."""
        return {"key": self.key,
                "search": [{"query": q, "k": k, "candidates": c, "hits": [asdict(h) for h in hits]}
                           for (q, k, c), hits in self._results.items()],
                "passages": dict(self._passages)}

    def __len__(self) -> int:
        return len(self.sections)

    def _embed_query(self, query: str) -> np.ndarray:
        key = text_key(query)
        cached = self._query_cache.get(key)
        if cached is not None:
            return cached
        vector = get_embedder().embed([query])[0]
        self._query_cache[key] = vector
        return vector

    def _bm25(self, query_terms: list[str], text: str) -> float:
        counts = Counter(terms(text))
        length = sum(counts.values()) or 1
        n = len(self.sections)
        score = 0.0
        for t in set(query_terms):
            tf = counts.get(t, 0)
            if not tf:
                continue
            idf = math.log(1 + (n - self._df.get(t, 0) + 0.5) / (self._df.get(t, 0) + 0.5))
            score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / self._avg_len))
        return score

    def search(self, query: str, k: int = 3, *, candidates: int = 24) -> list[Hit]:
        """The ``k`` best sections for ``query``, best first.

        Results are memoised per query: the index is immutable once opened.
        """
        key = (query, k, candidates)
        cached = self._results.get(key)
        if cached is not None:
            return list(cached)
        vector = self._embed_query(query)
        with self._lock:
            result = self._collection.query(
                query_embeddings=[vector.tolist()],
                n_results=min(candidates, len(self.sections)),
                include=["documents", "metadatas", "distances"],
            )
        q_terms = terms(query)
        rows = list(zip(result["ids"][0], result["documents"][0], result["metadatas"][0],
                        result["distances"][0], strict=True))
        lexical = [self._bm25(q_terms, f"{m.get('title', '')} {d}") for _, d, m, _ in rows]
        top_lex = max(lexical, default=0.0) or 1.0
        hits = []
        for (sid, doc, meta, dist), lex in zip(rows, lexical, strict=True):
            score = (1.0 - float(dist)) + 0.35 * lex / top_lex
            hits.append(Hit(sid, str(meta.get("title", "")), doc, str(meta.get("doc", "")),
                            round(score, 4), str(meta.get("sources", ""))))
        hits.sort(key=lambda h: -h.score)
        self._results[key] = hits[:k]
        return hits[:k]

    def passage(self, section_id: str) -> str | None:
        """The indexed text of ``section_id`` as Chroma stores it, or None."""
        if section_id in self._passages:
            return self._passages[section_id]
        with self._lock:
            got = self._collection.get(ids=[section_id], include=["documents"])
        docs = got.get("documents") or []
        text = docs[0] if docs else None
        self._passages[section_id] = text
        return text


def _key(sections: list[Section]) -> str:
    return digest(sections, extra=f"format={INDEX_FORMAT};model={MODEL_ID}")[:16]


def _upsert(collection: Any, sections: list[Section], progress: Any) -> None:
    embeddings = embed_texts([f"{s.title}. {s.text}" for s in sections], progress)
    for start in range(0, len(sections), 100):
        batch = sections[start : start + 100]
        collection.upsert(
            ids=[s.id for s in batch],
            documents=[s.text for s in batch],
            embeddings=[e.tolist() for e in embeddings[start : start + 100]],
            metadatas=[{"title": s.title, "doc": s.doc, "file": s.file, "sources": s.sources}
                       for s in batch],
        )


def _query_vectors(path: Path) -> dict[str, np.ndarray]:
    """The criteria's query vectors stored beside an index; recomputed and rewritten if damaged."""
    cache = load_vectors(path)
    queries = sorted(set(_criteria_queries()))
    if all(text_key(q) in cache for q in queries):
        return cache
    cache = dict(zip((text_key(q) for q in queries), embed_texts(queries), strict=True))
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        save_vectors(path, cache)
    return cache


def _criteria_queries() -> list[str]:
    from ftaudit.decide.criteria import load_criteria

    return [c.query for c in load_criteria()]


_KEEP_OLD_SECONDS = 3600.0
"""Previous builds stay on disk this long after being replaced: readers may still have them open."""
_KEEP_OTHER_KEYS_SECONDS = 7 * 24 * 3600.0
"""Indexes of other guidance sets are kept this long after they were built."""


def _live_targets(root: Path) -> set[str]:
    """Names of the build folders that a live ``<key>`` link points at."""
    live = set()
    for p in root.iterdir():
        if p.is_symlink():
            live.add(Path(os.readlink(p)).name)
    return live


def _sweep(root: Path, keep_key: str) -> None:
    """Remove what crashed or superseded builds left behind.  Call with the build lock held:
    no other build is running then, so every staging folder is an orphan."""
    now = time.time()
    live = _live_targets(root)
    for p in root.iterdir():
        name = p.name
        try:
            if name.startswith((".staging-", ".old-")) or (name.startswith(".link-") and p.is_symlink()):
                if p.is_symlink():
                    p.unlink()
                else:
                    shutil.rmtree(p, ignore_errors=True)
            elif name.startswith(".build-") and name not in live and p.lstat().st_mtime < now - _KEEP_OLD_SECONDS:
                shutil.rmtree(p, ignore_errors=True)
            elif (not name.startswith(".") and name != keep_key and (p.is_dir() or p.is_symlink())
                  and p.lstat().st_mtime < now - _KEEP_OTHER_KEYS_SECONDS):
                # An index for other sources, untouched for a week.  Its build folder lingers
                # for another hour (fresh mtime) for any reader that still has it open.
                target = p.resolve()
                if p.is_symlink():
                    p.unlink()
                    with contextlib.suppress(OSError):
                        os.utime(target)
                else:
                    p.rename(root / f".build-{name}-{time.time_ns()}-legacy")
        except OSError:
            continue


def _publish(root: Path, key: str, staging: Path) -> None:
    """Make ``staging`` the live index for ``key`` in one atomic step.

    ``root/<key>`` is a symlink to a ``.build-`` folder; a new build replaces the link
    with ``os.replace``, so at every instant the key names a complete index, and a
    crash anywhere leaves either the previous build or the new one in place.  The
    previous build folder stays for readers that still have it open.
    """
    final = root / key
    build = root / f".build-{key}-{time.time_ns()}"
    staging.rename(build)
    link = root / f".link-{key}-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(build.name)
    if final.exists() and not final.is_symlink():
        # An index folder from a version of ftaudit before links: move it aside once.
        final.rename(root / f".build-{key}-{time.time_ns()}-legacy")
    os.replace(link, final)
    _fsync_dir(root)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _build_failure(final: Path, exc: BaseException) -> str:
    """One line saying why a build failed and what to do; the previous build stays in place."""
    detail = " ".join(str(exc).split())[:200] or type(exc).__name__
    full = (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)) or any(
        w in detail.lower() for w in ("disk is full", "no space left", "quota"))
    cause = "the disk is full" if full else f"{type(exc).__name__}: {detail}"
    return (f"could not build the guidance index in {final} ({cause}); free disk space or set FTAUDIT_HOME "
            "to a writable folder with room, then run `ftaudit index` again (any previous index is still used)")


ANSWERS_FILE = "answers.json"
"""Beside a build: the criteria's searches and cited passages as Chroma answered them.  A build never
changes once published, so a later process answers those from this file and opens Chroma (about
1.5 s of imports) only for anything else."""


def _load_answers(path: Path, key: str) -> Answers | None:
    """The answers stored at ``path`` when they are whole and cover every criterion's query, else None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["key"] != key:
            return None
        results = {(str(r["query"]), int(r["k"]), int(r["candidates"])): [Hit(**h) for h in r["hits"]]
                   for r in data["search"]}
        passages = {str(sid): t for sid, t in data["passages"].items() if t is None or isinstance(t, str)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not set(_criteria_queries()) <= {q for q, _, _ in results}:
        return None  # the criteria changed since: ask Chroma
    return results, passages


def _remember(index: GuidanceIndex, path: Path) -> None:
    """Answer every criterion's search and cited passages once, and store them at ``path``."""
    from ftaudit.decide.criteria import load_criteria

    for c in load_criteria():
        for hit in index.search(c.query, k=10):
            index.passage(hit.section_id)
        for sid in (*c.cites, *c.counter):
            index.passage(sid)
    with contextlib.suppress(OSError):  # a read-only home: Chroma answers every time instead
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(index.answers()), encoding="utf-8")
        os.replace(tmp, path)


def _open_local(sections: list[Section], key: str, rebuild: bool, progress: Any) -> GuidanceIndex:
    root = config.home() / "index"
    final = root / key
    built = False
    if rebuild or not (final / "ready.json").is_file():
        import chromadb

        with _file_lock(root / ".build.lock"):
            if rebuild or not (final / "ready.json").is_file():
                _sweep(root, key)
                progress(f"building guidance index ({len(sections)} sections) in {final}")
                # A fresh name per attempt: chromadb caches its client per path, and a client whose
                # folder a failed attempt removed only answers "readonly database".
                staging = root / f".staging-{key}-{os.getpid()}-{time.time_ns()}"
                shutil.rmtree(staging, ignore_errors=True)
                try:
                    staging.mkdir(parents=True)
                    client = chromadb.PersistentClient(path=str(staging / "chroma"), settings=chroma_settings())
                    collection = client.get_or_create_collection(
                        COLLECTION_PREFIX + key, embedding_function=embedding_function(),
                        configuration={"hnsw": {"space": "cosine"}},
                    )
                    _upsert(collection, sections, progress)
                    _query_vectors(staging / "queries.npz")
                    (staging / "ready.json").write_text(json.dumps(
                        {"key": key, "sections": len(sections), "model": MODEL_ID, "built": time.time()}))
                    del collection, client
                    _publish(root, key, staging)
                except Exception as exc:  # a full disk, a quota, a read-only folder: chromadb or OSError
                    shutil.rmtree(staging, ignore_errors=True)
                    raise GuidanceIndexError(_build_failure(final, exc)) from exc
                built = True
                _sweep(root, key)
    # Open the build the link names now: a later rebuild swaps the link, never this folder.
    here = final.resolve()

    def connect() -> Any:
        import chromadb

        try:
            client = chromadb.PersistentClient(path=str(here / "chroma"), settings=chroma_settings())
            return client.get_collection(COLLECTION_PREFIX + key, embedding_function=embedding_function())
        except Exception as exc:
            raise GuidanceIndexError(
                f"the guidance index in {final} cannot be opened ({exc}); run `ftaudit index --rebuild`"
            ) from exc

    queries = _query_vectors(here / "queries.npz")
    answers = None if built else _load_answers(here / ANSWERS_FILE, key)
    if answers is not None:
        return GuidanceIndex(None, sections, key, queries, str(final), built, connect=connect, answers=answers)
    index = GuidanceIndex(connect(), sections, key, queries, str(final), built)
    _remember(index, here / ANSWERS_FILE)
    return index


def _open_server(sections: list[Section], key: str, rebuild: bool, progress: Any,
                 server: tuple[str, int, bool]) -> GuidanceIndex:
    import chromadb

    host, port, ssl = server
    try:
        client = chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=chroma_settings())
        name = COLLECTION_PREFIX + key
        collection = client.get_or_create_collection(
            name, embedding_function=embedding_function(), configuration={"hnsw": {"space": "cosine"}}
        )
        built = False
        if rebuild or collection.count() != len(sections):
            progress(f"indexing {len(sections)} sections into {name} on {host}:{port}")
            _upsert(collection, sections, progress)
            built = True
    except Exception as exc:
        raise GuidanceIndexError(
            f"the Chroma server at {host}:{port} is not usable ({exc}); start it with "
            "`chroma run --path DIR --port PORT` or unset FTAUDIT_CHROMA_URL"
        ) from exc
    cache = _query_vectors(config.home() / "index" / f"queries-{key}.npz")
    return GuidanceIndex(collection, sections, key, cache, f"chroma://{host}:{port}/{name}", built)


_CACHE: dict[tuple[str, str], GuidanceIndex] = {}
_CACHE_LOCK = threading.Lock()


def _quiet(_: str) -> None:
    return None


def open_index(
    guidance: list[Path] | None = None, *, rebuild: bool = False, progress: Any = None
) -> GuidanceIndex:
    """Open the guidance index, building it first if the sources changed.

    Args:
        guidance: extra folders of the user's own guidance (added to ``FTAUDIT_GUIDANCE``).
        rebuild: rebuild even if an index for these sources exists.
        progress: callable receiving one-line progress messages.
    """
    sections = load_sections(config.guidance_dirs(guidance))
    key = _key(sections)
    server = config.chroma_server()
    where = f"{server}" if server else str(config.home())
    with _CACHE_LOCK:
        cached = _CACHE.get((where, key))
        if cached is not None and not rebuild:
            return cached
        say = progress or _quiet
        index = (_open_server(sections, key, rebuild, say, server) if server
                 else _open_local(sections, key, rebuild, say))
        _CACHE[(where, key)] = index
        return index
