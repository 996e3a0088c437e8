"""Embeddings of the shipped guidance, computed once by the project and shipped with it.

A fresh install's first audit would otherwise spend 15-50 s embedding the guidance
before it could answer.  ``knowledge/embedding/vectors.npz`` maps the SHA-256 of each
embedded text (guidance sections and the criteria's queries) to its vector, so the
first index build is a Chroma insert.  Texts that are not in the file (a user's own
guidance, edited sections) are embedded by the model, with progress.  The file holds
plain arrays and is read with ``allow_pickle=False``; a damaged or missing file only
means more texts are embedded.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
from ftaudit.retrieve.embedding import get_embedder
from ftaudit.settings import KNOWLEDGE_DIR, embedding_model_dir

VECTORS_FILE = KNOWLEDGE_DIR / "embedding" / "vectors.npz"
_BATCH = 16


def text_key(text: str) -> str:
    """The key a text's vector is stored under."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def load_vectors(path: Path) -> dict[str, npt.NDArray[np.float32]]:
    """Read a vectors file written by :func:`save_vectors`; ``{}`` if it is missing or damaged."""
    try:
        with np.load(path, allow_pickle=False) as data:
            keys, vectors = data["keys"], data["vectors"]
            if keys.ndim != 1 or vectors.ndim != 2 or len(keys) != len(vectors):
                return {}
            return {str(k): np.asarray(v, dtype=np.float32) for k, v in zip(keys, vectors, strict=True)}
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return {}


def save_vectors(path: Path, vectors: dict[str, npt.NDArray[np.float32]]) -> None:
    """Write ``{key: vector}`` atomically, as plain arrays (nothing pickled)."""
    keys = sorted(vectors)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as handle:
        np.savez(handle, keys=np.array(keys, dtype="U64"),
                 vectors=np.stack([vectors[k] for k in keys]).astype(np.float32) if keys
                 else np.zeros((0, 384), np.float32))
    os.replace(tmp, path)


@lru_cache(maxsize=1)
def shipped() -> dict[str, npt.NDArray[np.float32]]:
    """The vectors that ship with ftaudit; none when ``FTAUDIT_EMBEDDING_MODEL`` names another model copy."""
    if embedding_model_dir() is not None:
        return {}
    return load_vectors(VECTORS_FILE)


def embed_texts(texts: Sequence[str], progress: Callable[[str], None] | None = None) -> npt.NDArray[np.float32]:
    """Vectors for ``texts``: shipped ones where the text matches, the model for the rest."""
    known = shipped()
    out = np.zeros((len(texts), 384), dtype=np.float32)
    missing = []
    for i, text in enumerate(texts):
        vector = known.get(text_key(text))
        if vector is None:
            missing.append(i)
        else:
            out[i] = vector
    if missing:
        embedder = get_embedder()
        for start in range(0, len(missing), _BATCH):
            if progress is not None:
                progress(f"embedding guidance: {start}/{len(missing)} texts not in the shipped vectors")
            idx = missing[start : start + _BATCH]
            out[idx] = embedder.embed([texts[i] for i in idx])
        if progress is not None:
            progress(f"embedding guidance: {len(missing)}/{len(missing)} done")
    return out
