"""Results of the probes: plain data with where every number came from.

A probe that could not run has ``ran=False`` and a ``reason``; its numbers stay None.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Learnability = Literal["learnable", "rising", "noisy", "weak"]
FormatVerdict = Literal["rigid", "mixed", "loose"]


class ProbeBase(BaseModel):
    """What every probe result holds."""

    ran: bool = False
    reason: str | None = None
    """Why the probe did not run (or what limited it)."""
    files: list[str] = Field(default_factory=list)
    n: int = 0
    """Examples (or questions) the probe measured."""
    sampled_from: int | None = None
    """Set when the probe ran on a sample: how many there were."""
    seconds: float = 0.0


class CurvePoint(BaseModel):
    """One point of a learning curve."""

    fraction: float
    n_train: int
    macro_f1: float


class LearnabilityResult(ProbeBase):
    """A TF-IDF + linear baseline, cross-validated on the labelled examples."""

    model: str = ""
    folds: int = 0
    n_classes: int = 0
    macro_f1: float | None = None
    chance_f1: float | None = None
    """Macro-F1 of guessing labels at random in their own proportions (1 / classes): what no learning gives."""
    per_class_f1: dict[str, float] = Field(default_factory=dict)
    confusions: list[tuple[str, str, int]] = Field(default_factory=list)
    """``(true label, predicted label, count)``, most frequent first."""
    curve: list[CurvePoint] = Field(default_factory=list)
    end_slope: float | None = None
    """Macro-F1 gained per doubling of the data between the last two curve points."""
    conflicting_inputs: int = 0
    """Distinct inputs that appear with more than one label."""
    conflict_share: float = 0.0
    """Share of examples whose input also appears with another label."""
    small_classes: dict[str, int] = Field(default_factory=dict)
    """Classes with fewer than 20 examples."""
    excluded_classes: dict[str, int] = Field(default_factory=dict)
    """Classes too small to cross-validate (left out of the scores)."""
    verdict: Learnability | None = None
    more_data_estimate: int | None = None
    """Rough number of examples for macro-F1 0.9, extrapolated from the end slope."""


class RetrievabilityResult(ProbeBase):
    """How often the user's documents hold the key facts of the expected answers."""

    n_documents: int = 0
    n_passages: int = 0
    n_checkable: int = 0
    """Questions whose expected answer has key facts to look for."""
    grounded_at_3: float | None = None
    grounded_at_10: float | None = None
    grounded_anywhere: float | None = None
    """Share whose key facts appear anywhere in the documents (the ceiling for retrieval)."""
    ungrounded: list[str] = Field(default_factory=list)
    """The first questions not grounded at k = 10, with the facts that were missing."""
    dated_documents: int = 0
    revised_documents: int = 0
    passages_cut: bool = False


class ConsistencyResult(ProbeBase):
    """How uniform the answers are."""

    signature_share: float | None = None
    """Share of answers with the most common structure (JSON key set or line template)."""
    dominant_signature: str | None = None
    length_cv: float | None = None
    """Coefficient of variation of answer length in words."""
    length_p10: int | None = None
    length_p90: int | None = None
    opening_share: float | None = None
    """Share of answers that start with the most common two words."""
    closing_share: float | None = None
    """Share of answers that end with the most common last line."""
    uniformity: float | None = None
    """One number: structure, then voice and length (0 = free, 1 = one exact template)."""
    verdict: FormatVerdict | None = None


class PromptBaselineResult(ProbeBase):
    """The configured model, zero-shot and few-shot, scored against held-out labels."""

    model: str = ""
    budget: int = 0
    calls: int = 0
    estimated_tokens: int = 0
    estimated_cost_usd: float | None = None
    zero_shot_accuracy: float | None = None
    few_shot_accuracy: float | None = None
    zero_shot_n: int = 0
    few_shot_n: int = 0
    ci_low: float | None = None
    ci_high: float | None = None
    """95% Wilson interval of the better of the two accuracies."""
    target: float | None = None
    """The accuracy the user stated (0-1), if any."""
    failures: int = 0
    """Calls that failed (counted as wrong)."""


class ProbeReport(BaseModel):
    """All probes on one data set."""

    learnability: LearnabilityResult = Field(default_factory=LearnabilityResult)
    retrievability: RetrievabilityResult = Field(default_factory=RetrievabilityResult)
    consistency: ConsistencyResult = Field(default_factory=ConsistencyResult)
    prompt_baseline: PromptBaselineResult = Field(default_factory=PromptBaselineResult)
    read_by_content: dict[str, str] = Field(default_factory=dict)
    """Tables whose columns were chosen by content (the header named no answer): file -> columns."""
    examples_by_content: int = 0
    """Usable examples in those tables."""
    contradictions: list[str] = Field(default_factory=list)
    """Where a probe result contradicts what the description says (the probe counts)."""

    def to_markdown(self) -> str:
        """The probe results for people (see :mod:`ftaudit.probe.markdown`)."""
        from ftaudit.probe.markdown import probes_markdown

        return probes_markdown(self)
