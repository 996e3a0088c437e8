"""Reading a description: the learned reader, cross-checked by the lexicon, with a confidence per fact.

Two readers look at every description.  The learned reader (:mod:`ftaudit.read.learned`)
proposes a value for each fact with a probability; the lexicon reader
(:mod:`ftaudit.read.lexicon`) finds hand-written cues.  A small learned combiner, trained
on how the two did on writers they were not trained on, turns who read what (and how
sure the learned reader was) into the probability that a value is right.  Only sure
facts move the verdict; an unsure one is kept with its low confidence, so the interview
asks to confirm it and batch reports list it.

A missing fact is asked; a wrong fact misleads: when in doubt, the reader says so.
"""

from __future__ import annotations

from typing import Any

from ftaudit.facts import SURE, Fact, FactSource
from ftaudit.read.corpus import same_value
from ftaudit.read.learned import COMBINED_FIELDS, LearnedReader, Reading, shipped_reader
from ftaudit.read.lexicon import extract_facts
from ftaudit.read.money import read_money
from ftaudit.read.text import blank_controls
from ftaudit.settings import cue_reader_only

UNSURE_FLOOR = 0.3
"""Below this probability a reading is dropped rather than kept as an unsure fact."""

def candidates(field: str, lexicon: Fact | None, reading: Reading | None) -> list[Any]:
    """The distinct values the two readers propose for ``field``."""
    values: list[Any] = []
    for v in ([lexicon.value] if lexicon is not None else []) + ([reading.value] if reading is not None else []):
        if not any(same_value(field, v, w) for w in values):
            values.append(v)
    return values


def combine(lexicon: list[Fact], readings: dict[str, Reading], reader: LearnedReader,
            source: FactSource = "text") -> list[Fact]:
    """Merge the two readers' facts, each with the probability the combiner gives it of being right.

    A fact is sure when that probability clears the fact's threshold, which was chosen so
    that sure facts were right at least 95% of the time on writers the reader never saw.
    """
    out: list[Fact] = []
    by_field = {f.field: f for f in lexicon}
    for field in sorted(set(by_field) | set(readings)):
        lex, r = by_field.get(field), readings.get(field)
        if field not in COMBINED_FIELDS:
            if lex is not None:
                out.append(lex)
            continue
        scored = [(reader.judge(field, v, lex.value if lex else None, r), v) for v in candidates(field, lex, r)]
        p, value = max(scored, key=lambda s: s[0])
        sure = p >= reader.threshold("combine:" + field)
        if not sure and p < UNSURE_FLOOR:
            continue
        confidence = round(max(p, SURE) if sure else min(p, SURE - 0.01), 3)
        if lex is not None and same_value(field, lex.value, value):
            other = f"the learned reader read {r.value!r}" if r is not None and not same_value(field, r.value, value) \
                else ""
            out.append(lex.model_copy(update={"confidence": confidence,
                                              "note": "; ".join(n for n in (lex.note, other) if n) or None}))
        elif r is not None:
            other = f"the cue reader read {lex.value!r}" if lex is not None else ""
            out.append(Fact(field=field, value=value, source=source, quote=r.quote, confidence=confidence,
                            note="; ".join(n for n in (r.note, other) if n) or None))
    return out


def read_facts(text: str, *, source: FactSource = "text", reader: LearnedReader | None = None) -> list[Fact]:
    """Facts stated in ``text``, each with a confidence and the sentence it rests on."""
    text = blank_controls(text)
    lexicon = extract_facts(text, source=source) + read_money(text, source=source)
    if reader is None and cue_reader_only():
        return lexicon  # the cue reader alone, for comparison
    learned = reader or shipped_reader()
    if learned is None:
        return lexicon
    readings: dict[str, Any] = learned.read(text)
    return combine(lexicon, readings, learned, source)
