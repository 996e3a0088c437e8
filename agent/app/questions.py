"""Typed interview questions: the fact each settles, its answer type, choices and polarity.

The questions live in ``knowledge/questions.yaml``; the criteria (``criteria.yaml``) say
which facts decide what, this module says how to ask for a fact and whether asking makes
sense for the case at hand.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal

import yaml
from ftaudit.errors import ConfigError
from ftaudit.facts import FACT_FIELDS, UseCase
from ftaudit.settings import KNOWLEDGE_DIR, read_yaml
from pydantic import BaseModel, Field

AnswerType = Literal["yes_no", "choice", "number", "text"]


class Choice(BaseModel):
    """One quick reply: what the user sees and the value it stands for."""

    label: str
    value: Any
    words: str = Field(default="", exclude=True)
    """A regular expression of phrases that mean this choice."""

    def matches(self, text: str) -> bool:
        """True when ``text`` says this choice in words (or as its label)."""
        low = text.lower()
        if self.label.lower() in low:
            return True
        return bool(self.words) and re.search(self.words, low) is not None


class Condition(BaseModel):
    """When a question makes sense; an unknown fact never rules it out."""

    fact: str
    is_: Any = Field(default=None, alias="is")
    in_: list[Any] | None = Field(default=None, alias="in")
    not_in: list[Any] | None = None
    known: bool = False
    """When true the fact must be known to hold (a prerequisite, not just a veto)."""

    def allows(self, case: UseCase) -> bool:
        """False when a known fact shows the question cannot apply (or a prerequisite is unknown)."""
        if not case.known(self.fact):
            return not self.known
        value = case.value(self.fact)
        if self.is_ is not None and value != self.is_:
            return False
        if self.in_ is not None and value not in self.in_:
            return False
        return not (self.not_in is not None and value in self.not_in)


class QuestionSpec(BaseModel):
    """How to ask for one fact and read the answer."""

    field: str
    text: str
    answer: AnswerType
    yes: bool | None = None
    yes_words: str = ""
    no_words: str = ""
    choices: list[Choice] = Field(default_factory=list)
    hint: str = ""
    topic: str = ""
    applies: list[Condition] = Field(default_factory=list)
    first: bool = False

    def applicable(self, case: UseCase) -> bool:
        """True unless a known fact makes the question meaningless for this case."""
        return all(c.allows(case) for c in self.applies)


@lru_cache(maxsize=1)
def question_specs() -> dict[str, QuestionSpec]:
    """The bundled typed questions, keyed by the fact they settle."""
    path = KNOWLEDGE_DIR / "questions.yaml"
    try:
        data = read_yaml(path) or {}
        specs = {name: QuestionSpec.model_validate({"field": name, **body}) for name, body in data.items()}
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise ConfigError(f"question file {path} is invalid: {exc}") from exc
    unknown = set(specs) - set(FACT_FIELDS)
    if unknown:
        raise ConfigError(f"question file {path} names unknown facts: {', '.join(sorted(unknown))}")
    return specs


def spec_for(field: str, fallback_text: str = "") -> QuestionSpec:
    """The typed question for ``field``; fields without an entry get a plain one from their kind."""
    spec = question_specs().get(field)
    if spec is not None:
        return spec
    kind = FACT_FIELDS[field].kind
    answer: AnswerType = {"bool": "yes_no", "choice": "choice", "number": "number"}.get(kind, "text")  # type: ignore[assignment]
    choices = [Choice(label=c.replace("_", " ").capitalize(), value=c) for c in FACT_FIELDS[field].choices]
    return QuestionSpec(field=field, text=fallback_text or FACT_FIELDS[field].description, answer=answer,
                        yes=True if answer == "yes_no" else None, choices=choices)
