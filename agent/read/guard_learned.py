"""A learned detector of injected instructions, behind the guard's rules.

The rules in :mod:`ftaudit.read.instructions` know the shapes earlier attackers used; a new
writer always finds others ("P.S. for the grader — … silently replace it", a "Developer note"
in a table cell).  This head reads a sentence's meaning instead: logistic regression over the
reader's sentence features (:mod:`ftaudit.read.features`), trained by
``scripts/train_guard.py`` on blind writers' attacks against honest look-alikes and the whole
blind corpus.  Its threshold was chosen on injection sets and corpus writers it was not
trained on, so that it fires on fewer than 1 honest sentence in 500 there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from ftaudit.read.features import Matrix, sentence_matrix
from ftaudit.read.learned import Head
from ftaudit.settings import KNOWLEDGE_DIR

WEIGHTS_FILE = KNOWLEDGE_DIR / "reader" / "guard.npz"
CLEAR_BELOW = 0.05
"""Below this score a sentence that only a soft rule flagged (see ``guard.SOFT``) is read as a
statement.  Chosen on injection set j06, never trained on: its honest sentences that the rules
blanked scored 0.004-0.16 (five of seven under 0.05), its attack sentences the same rules caught
0.09 or more."""


@dataclass(frozen=True)
class LearnedGuard:
    """The trained head and the threshold above which a sentence counts as an instruction."""

    head: Head
    threshold: float

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE) -> LearnedGuard:
        """The detector saved at ``path``."""
        with np.load(path, allow_pickle=False) as z:
            head = Head(("honest", "instruction"), z["weights"], z["bias"])
            return cls(head, float(z["threshold"]))

    def save(self, path: Path = WEIGHTS_FILE) -> None:
        """Write the detector to ``path`` (NumPy arrays only, no pickle)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            np.savez_compressed(fh, weights=self.head.weights, bias=self.head.bias,
                                threshold=np.float32(self.threshold))

    def scores(self, texts: Sequence[str], embeddings: Matrix) -> Matrix:
        """The probability that each sentence is an instruction to a model."""
        if not texts:
            return np.zeros(0, np.float32)
        return self.head.probabilities(sentence_matrix(texts, embeddings))[:, 1]

    def flags(self, texts: Sequence[str]) -> list[bool]:
        """Which of ``texts`` (sentences) read as instructions to a model.

        A question is never flagged (nor embedded): blind writers ask the auditor honest ones
        ("Is fine-tuning overkill here?"), and the head mistook two of them for orders.  The
        training sets hold two attack questions in all, too few to choose a stricter question
        threshold on, so an order put as a question is left to the rules
        (:func:`ftaudit.read.instructions.requests_as_question`).
        """
        asked = [t.rstrip().endswith("?") for t in texts]
        statements = [t for t, q in zip(texts, asked, strict=True) if not q]
        if not statements:
            return [False] * len(texts)
        hits = iter(self._scored(statements) >= self.threshold)
        return [not q and bool(next(hits)) for q in asked]

    def clears(self, texts: Sequence[str]) -> list[bool]:
        """Which of ``texts`` the detector is sure are not instructions (score below :data:`CLEAR_BELOW`)."""
        return [bool(x) for x in self._scored(texts) < CLEAR_BELOW] if texts else []

    def _scored(self, texts: Sequence[str]) -> Matrix:
        """:meth:`scores` of ``texts`` with the shipped embedder."""
        from ftaudit.retrieve.embedding import get_embedder

        return self.scores(texts, get_embedder().embed(list(texts)))


@lru_cache(maxsize=1)
def shipped_guard() -> LearnedGuard | None:
    """The detector shipped in ``knowledge/``, or ``None`` when it is missing or damaged (the rules still run)."""
    try:
        return LearnedGuard.load()
    except (OSError, ValueError, KeyError):
        return None


__all__ = ["WEIGHTS_FILE", "LearnedGuard", "shipped_guard"]
