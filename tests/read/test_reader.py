"""The reader: held-out writers at first sight, abstention, determinism, and the shipped weights."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from ftaudit.decide.scoring import decide
from ftaudit.facts import Fact, UseCase
from ftaudit.read.corpus import load_corpus
from ftaudit.read.learned import LearnedReader, shipped_reader
from ftaudit.read.reader import read_facts
from ftaudit.read.text import normalise

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus"
TRAINING_WRITERS = ("w01", "w02", "w03", "w05", "w08")
HELDOUT_WRITERS = ("w04", "w06", "w07", "w09", "w10", "w12", "w13", "w14", "w15", "w16", "w17", "w18", "w19", "w20")
"""Writers the shipped weights never saw (scripts/train_reader.py --train takes TRAINING_WRITERS)."""

sys.path.insert(0, str(REPO / "bench"))
from bench_reader import score_case, summarise  # noqa: E402


@pytest.fixture(scope="module")
def heldout() -> dict[str, dict[str, float]]:
    corpus = load_corpus(CORPUS)
    return {w: summarise([score_case(c) for c in corpus[w]]) for w in HELDOUT_WRITERS}


def test_the_shipped_reader_loads_and_was_not_trained_on_the_heldout_writers() -> None:
    reader = shipped_reader()
    assert reader is not None and "number_role" in reader.heads and "combiner" in reader.heads
    assert set(load_corpus(CORPUS)) >= set(TRAINING_WRITERS) | set(HELDOUT_WRITERS)


@pytest.mark.parametrize("writer", HELDOUT_WRITERS)
def test_heldout_writers_verdict_and_precision(writer: str, heldout: dict[str, dict[str, float]]) -> None:
    s = heldout[writer]
    # Three of w13's YAML cases are not valid YAML (a quoted value with more text after it); they
    # are refused with a clear error, as a user's would be, and kept as the writer wrote them.
    assert s["errors"] == (3 if writer == "w13" else 0)
    assert s["verdict_accuracy"] >= 0.75, s
    assert s["decisive_precision"] >= 0.93, s
    assert s["high_conf_misread_cases"] <= 6, s


def test_an_unsure_fact_does_not_move_the_verdict() -> None:
    base = UseCase(description="x")
    sure = base.with_fact(Fact(field="labelled_examples", value=50_000, source="text", quote="x"))
    unsure = base.with_fact(Fact(field="labelled_examples", value=50_000, source="text", quote="x", confidence=0.5))
    assert not unsure.known("labelled_examples") and unsure.value("labelled_examples") is None
    assert [f.field for f in unsure.unsure()] == ["labelled_examples"]
    assert decide(unsure).scores == decide(base).scores
    assert decide(sure).scores != decide(base).scores
    # A sure fact is not replaced by an unsure reading of the same field.
    assert sure.with_fact(Fact(field="labelled_examples", value=5, source="text", quote="y",
                               confidence=0.4)).value("labelled_examples") == 50_000


def test_reading_is_deterministic_and_quotes_the_text() -> None:
    text = ("We route about 40,000 support emails a month into 12 queues. Agents have tagged 9,000 of them. "
            "Each reply takes 3 to 8 seconds today and one email in every four is escalated.")
    first, second = read_facts(text), read_facts(text)
    assert first == second
    for f in first:
        assert f.quote and " ".join(f.quote.split()) in " ".join(text.split())
        assert 0.0 <= f.confidence <= 1.0
    by = {f.field: f for f in first}
    assert by.get("labelled_examples") is None or by["labelled_examples"].value != 4


def test_normalise_removes_what_hides_a_word() -> None:
    assert normalise("la\u200bbel\u00adled ｅｘａｍｐｌｅｓ\x1b[31m") == "labelled examples "


def test_damaged_weights_are_refused_without_unpickling(tmp_path: Path) -> None:
    bad = tmp_path / "weights.npz"
    np.savez(bad, meta=np.array([object()], dtype=object))
    with pytest.raises(ValueError):
        LearnedReader.load(bad)
