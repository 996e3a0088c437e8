"""The facts an audit reasons about, each with where it came from.

A :class:`UseCase` is a name, the user's own description and a set of
:class:`Fact` objects keyed by field name.  Every fact records its provenance:
a verbatim quote from the user's text or answer, a data file that was inspected,
a language model's extraction (with the quote it rests on) or a default.  The
decision engine only ever reads facts; extractors (offline, LLM, data inspection)
only ever write them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Approach = Literal["prompt", "rag", "fine_tune"]
APPROACHES: tuple[Approach, ...] = ("prompt", "rag", "fine_tune")
APPROACH_LABELS: dict[str, str] = {
    "prompt": "Prompt engineering",
    "rag": "Retrieval-augmented generation (RAG)",
    "fine_tune": "Fine-tuning",
}

FactSource = Literal["text", "answer", "file", "llm", "default"]

SURE = 0.8
"""Confidence a read fact needs before it moves the verdict."""

# Higher wins when two extractors disagree about the same field.
SOURCE_PRIORITY: dict[str, int] = {"default": 0, "file": 1, "text": 2, "llm": 2, "answer": 3}


class Fact(BaseModel):
    """One thing known about the use case, and the evidence for it."""

    model_config = ConfigDict(frozen=True)

    field: str
    """Name of the fact (a key of :data:`FACT_FIELDS`)."""
    value: Any
    """The value, typed as the field's kind says."""
    source: FactSource
    """Where it came from: the description, an interview answer, a data file, a model or a default."""
    quote: str | None = None
    """Verbatim text the fact rests on (required for ``text``, ``answer`` and ``llm``)."""
    file: str | None = None
    """Data file the fact was read from (for ``file``)."""
    note: str | None = None
    """Short human explanation, e.g. how a number was interpreted."""
    confidence: float = 1.0
    """How sure the reader is (0-1).  Below :data:`SURE` the fact does not move the verdict
    until the user confirms it; reports list it as read with low confidence."""

    @property
    def sure(self) -> bool:
        """True when the fact is confident enough to move the verdict."""
        return self.confidence >= SURE

    def evidence(self) -> str:
        """A one-line statement of where this fact came from, for reports."""
        return self._where() + ("" if self.sure else f" (read with low confidence, {self.confidence:.0%}: please confirm)")

    def _where(self) -> str:
        if self.source == "file":
            return f"from {self.file}" + (f": {self.note}" if self.note else "")
        if self.source == "default":
            return "default (not stated)"
        where = {"text": "description", "answer": "your answer", "llm": "model extraction"}
        return f'{where[self.source]}: "{self.quote}"' if self.quote else where[self.source]


FactKind = Literal["bool", "number", "choice", "text"]


@dataclass(frozen=True)
class FieldSpec:
    """Type and meaning of one fact field."""

    kind: FactKind
    description: str
    choices: tuple[str, ...] = ()
    unit: str = ""


FACT_FIELDS: dict[str, FieldSpec] = {
    "task_kind": FieldSpec(
        "choice",
        "What the model has to do.",
        ("classification", "extraction", "generation", "question_answering",
         "transformation", "research"),
    ),
    "needs_external_knowledge": FieldSpec(
        "bool", "Answers depend on facts the base model cannot know (private, niche or recent)."
    ),
    "knowledge_change_days": FieldSpec(
        "number", "How often the knowledge the answers depend on changes.", unit="days"
    ),
    "needs_citations": FieldSpec("bool", "Answers must cite or link the source they came from."),
    "stakes": FieldSpec("choice", "Cost of a wrong answer.", ("low", "medium", "high")),
    "monthly_volume": FieldSpec("number", "Requests per month in production.", unit="per month"),
    "latency_ms": FieldSpec("number", "Required response time.", unit="ms"),
    "strict_format": FieldSpec("bool", "Output must follow a fixed structure (JSON schema, template)."),
    "consistent_style": FieldSpec("bool", "Output must keep a specific voice, tone or persona."),
    "labelled_examples": FieldSpec(
        "number", "Curated input/output examples or labelled records available.", unit="examples"
    ),
    "prompting_falls_short": FieldSpec(
        "bool", "Prompting was tried and does not meet the quality bar."
    ),
    "prompt_tokens": FieldSpec("number", "Length of the prompt used today.", unit="tokens"),
    "domain_jargon": FieldSpec("bool", "Inputs use specialised jargon or notation."),
    "task_changes_often": FieldSpec("bool", "The task definition itself is still changing."),
    "stage": FieldSpec("choice", "Where the project stands.", ("prototype", "production", "one_off")),
    "budget": FieldSpec("choice", "Budget for data and training.", ("none", "limited", "available")),
    "wants_latest_models": FieldSpec("bool", "Wants to switch to the newest frontier model as released."),
    "human_review": FieldSpec("bool", "A person reviews or edits every output."),
    "corpus_size": FieldSpec("number", "Size of the document collection.", unit="documents"),
    "accuracy_target": FieldSpec("number", "Required accuracy.", unit="%"),
    "platform": FieldSpec("text", "Platform or vendor the team intends to use."),
    "has_eval_set": FieldSpec("bool", "An evaluation set or baseline exists."),
    "cost_per_call_usd": FieldSpec("number", "Stated cost of one request today.", unit="USD per call"),
    "monthly_bill_usd": FieldSpec("number", "Stated monthly spend on the model today.", unit="USD per month"),
    "constraints": FieldSpec(
        "text", "Stated hosting or data-use constraints (a list).",
        ("on_prem", "eu_residency", "no_vendor_training", "personal_data", "air_gapped"),
    ),
}


class UseCase(BaseModel):
    """A use case: its description and the facts known about it."""

    name: str = "use case"
    description: str = ""
    facts: dict[str, Fact] = Field(default_factory=dict)

    def value(self, field: str, default: Any = None) -> Any:
        """The value of ``field``, or ``default`` when it is unknown or read with low confidence."""
        fact = self.facts.get(field)
        return default if fact is None or not fact.sure else fact.value

    def known(self, field: str) -> bool:
        """True when ``field`` has a sure value that was not defaulted."""
        fact = self.facts.get(field)
        return fact is not None and fact.source != "default" and fact.sure

    def unsure(self) -> list[Fact]:
        """Facts read with low confidence: to confirm before they count."""
        return [f for f in self.facts.values() if not f.sure]

    def with_fact(self, fact: Fact, *, force: bool = False) -> UseCase:
        """Return a copy with ``fact`` merged in.

        The fact replaces an existing one if ``force`` is set or its source ranks at
        least as high (see :data:`SOURCE_PRIORITY`), and a sure fact beats an unsure one
        from the same or a weaker source.  Example counts from a data file never lower a
        count the user stated: a sample is a lower bound.
        """
        if fact.field not in FACT_FIELDS:
            raise KeyError(f"unknown fact field {fact.field!r}")
        old = self.facts.get(fact.field)
        if old is not None and not force and old.sure != fact.sure and old.source != "default":
            # A sure fact beats an unsure one unless the unsure one comes from a stronger source.
            if not fact.sure and SOURCE_PRIORITY[fact.source] <= SOURCE_PRIORITY[old.source]:
                return self
            if fact.sure and SOURCE_PRIORITY[fact.source] >= SOURCE_PRIORITY["file"]:
                return self.model_copy(update={"facts": {**self.facts, fact.field: fact}})
        if old is not None and not force:
            if fact.source == "file" and old.source != "default":
                if fact.field == "labelled_examples" and isinstance(old.value, int | float):
                    if fact.value <= old.value:
                        return self
                elif SOURCE_PRIORITY[old.source] > SOURCE_PRIORITY["file"]:
                    return self
            elif SOURCE_PRIORITY[fact.source] < SOURCE_PRIORITY[old.source]:
                return self
        return self.model_copy(update={"facts": {**self.facts, fact.field: fact}})

    def merged(self, facts: list[Fact]) -> UseCase:
        """Return a copy with every fact in ``facts`` merged (see :meth:`with_fact`)."""
        case = self
        for fact in facts:
            case = case.with_fact(fact)
        return case

# --- probe results (agent/probe/): measured on the user's own data, they outweigh prose claims
FACT_FIELDS.update({
    "probe_learnability": FieldSpec(
        "choice", "What a linear baseline learned from the labelled data.",
        ("learnable", "rising", "noisy", "weak"),
    ),
    "probe_macro_f1": FieldSpec("number", "Cross-validated macro-F1 of a TF-IDF linear baseline on the labels."),
    "probe_grounded_share": FieldSpec(
        "number", "Share of example answers whose key facts are in the top 10 passages of the documents."
    ),
    "probe_format": FieldSpec("choice", "How uniform the example answers are.", ("rigid", "mixed", "loose")),
    "probe_format_uniformity": FieldSpec("number", "Uniformity of the answers' structure, voice and length (0-1)."),
    "probe_prompt_accuracy": FieldSpec("number", "Accuracy of the configured model prompted on held-out labels.",
                                       unit="%"),
    "probe_prompt_meets_target": FieldSpec("bool", "The prompted model reached the stated accuracy target."),
})
PROBE_FIELDS: frozenset[str] = frozenset(f for f in FACT_FIELDS if f.startswith("probe_"))
"""Facts only a probe measures: never read from text, an answer or a model's extraction."""

_CADENCE = ((1.5, "daily"), (8, "weekly"), (16, "every two weeks"), (35, "monthly"), (100, "quarterly"),
            (400, "yearly"))
"""Days between knowledge changes, up to each limit, in words."""


def format_value(field: str, value: Any) -> str:
    """A fact value as a person reads it: "yes", "every two weeks", "2,000 per month", "300 ms", "0.85".

    The one formatter of fact values: the Markdown and HTML reports, the web panel, the chat
    replies, the interview and the model's confirmation questions all use it.  An unknown field
    or a value of the wrong type is shown as it is.
    """
    spec = FACT_FIELDS.get(field)
    if isinstance(value, bool) or (spec is not None and spec.kind == "bool"):
        return "yes" if value else "no"
    if spec is not None and spec.kind == "number" and isinstance(value, int | float | str):
        try:
            v = float(value)
        except ValueError:
            return str(value)
        if field == "knowledge_change_days":
            if v < 1:
                return "several times a day"
            return next((word for limit, word in _CADENCE if v <= limit), "rarely")
        if field == "latency_ms":
            return f"{v / 1000:g} s" if v >= 1000 else f"{v:g} ms"
        number = f"{v:,.0f}" if abs(v) >= 1 or v == 0 else f"{v:.2g}"
        return f"{number} {spec.unit}".strip()
    if isinstance(value, list):
        return ", ".join(str(v).replace("_", " ") for v in value)
    return str(value).replace("_", " ")
