"""Recompute knowledge/embedding/vectors.npz: the shipped guidance's embeddings.

Run after editing knowledge/ (`make vectors`); tests/test_packaging.py fails while the
file does not cover every shipped section and criterion query.
"""

from __future__ import annotations

from ftaudit.decide.criteria import load_criteria
from ftaudit.retrieve.embedding import get_embedder
from ftaudit.retrieve.prebuilt import VECTORS_FILE, save_vectors, text_key
from ftaudit.retrieve.sources import load_sections


def shipped_texts() -> list[str]:
    """Every text the index embeds for the shipped guidance."""
    texts = [f"{s.title}. {s.text}" for s in load_sections([])]
    texts += [c.query for c in load_criteria()]
    return sorted(set(texts))


def main() -> None:
    texts = shipped_texts()
    vectors = get_embedder().embed(texts)
    save_vectors(VECTORS_FILE, {text_key(t): v for t, v in zip(texts, vectors, strict=True)})
    print(f"wrote {len(texts)} vectors to {VECTORS_FILE}")


if __name__ == "__main__":
    main()
