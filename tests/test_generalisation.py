"""Accuracy on use cases written in other words than the dev set.

``tests/data/heldout``, ``heldout2`` and ``heldout3`` were written blind (their authors never
saw the extractor). Their first scores, each measured before the extractor was improved on
that set, were 28/36, 25/30 and 25/30; the extractor was then improved with general cues
(never case-specific rules), and these tests keep it there. ``heldout4`` is for measuring
only and is not asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.evaluate import evaluate

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("folder", "minimum"), [("heldout", 0.9), ("heldout2", 0.9), ("heldout3", 0.9)])
def test_accuracy_on_cases_in_other_words(folder: str, minimum: float) -> None:
    result = evaluate(DATA / folder, DATA / f"{folder}-labels.csv", jobs=2)
    print(result.to_text())
    assert not result.missing and not result.errors
    assert result.accuracy >= minimum, result.to_text()
