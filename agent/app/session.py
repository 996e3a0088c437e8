"""The interview: :class:`AuditSession` asks what could most change the decision."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from ftaudit.app.api import analyse, inspect_with_probes, probe_facts_of
from ftaudit.decide.criteria import load_criteria
from ftaudit.decide.scoring import Decision, decide, question_value
from ftaudit.errors import InputError
from ftaudit.facts import APPROACH_LABELS, FACT_FIELDS, Fact, UseCase
from ftaudit.read.guard import suspicious_instructions, without_suspicious
from ftaudit.read.lexicon import interpret_answer
from ftaudit.read.reader import read_facts
from ftaudit.report.build import AuditReport, format_value
from ftaudit.retrieve.index import GuidanceIndex, open_index
from pydantic import BaseModel

MAX_QUESTIONS = 10
_CONFIRMED = re.compile(r"^\W*(?:yes|yep|yeah|correct|right|that's right|that is right|exactly|confirmed?)\b[\W]*$",
                        re.IGNORECASE)
_DENIED = re.compile(r"^\W*(?:no|nope|wrong|incorrect|not right|that's wrong)\W*$", re.IGNORECASE)


class Question(BaseModel):
    """The next interview question and why it is asked."""

    field: str
    text: str
    criterion: str
    value: float
    """How much the answer could move the decision (share of answers that flip it)."""


class AuditSession:
    """A stateful interview about one use case.

    >>> s = AuditSession()
    >>> s.answer("We want to classify support tickets into 40 queues.")  # doctest: +SKIP
    >>> s.next_question()  # doctest: +SKIP
    """

    def __init__(self, description: str | None = None, *, name: str = "use case",
                 index: GuidanceIndex | None = None, assistant: Any = None) -> None:
        self.case = UseCase(name=name)
        self.assistant = assistant
        """Optional :class:`ftaudit.llm.Assistant`: natural questions, model extraction, narrative."""
        self._confirm: list[str] = []
        self.warnings: list[str] = []
        """Suspicious content found in what the user typed (reported, never followed)."""
        self._index = index
        self._data: list[Path] = []
        self._data_report: Any = None
        self._probes: Any = None
        self._pending: Question | None = None
        self._asked: list[str] = []
        self._skipped: set[str] = set()
        self._lock = threading.RLock()
        self.history: list[tuple[str, str]] = []
        """(role, text) pairs: what was asked and answered, in order."""
        if description:
            self.answer(description)

    # -- state -------------------------------------------------------------------------

    @property
    def index(self) -> GuidanceIndex:
        """The guidance index (opened on first use)."""
        if self._index is None:
            self._index = open_index()
        return self._index

    @property
    def facts(self) -> list[Fact]:
        """Every fact known so far."""
        return list(self.case.facts.values())

    def decision(self) -> Decision:
        """The current leaning (cheap; no retrieval)."""
        return decide(self.case)

    # -- interview ---------------------------------------------------------------------

    def next_question(self) -> Question | None:
        """The question whose answer could most change the decision, or None when done.

        Only facts that are still unknown are asked about, each at most once, and the
        interview ends when no remaining answer could change the verdict.
        """
        with self._lock:
            if not self.case.description:
                self._pending = Question(field="description", text="Describe the use case: what should the model do, with what data, at what volume, and what matters most?", criterion="", value=1.0)
                return self._pending
            if len(self._asked) >= MAX_QUESTIONS:
                return None
            criteria = load_criteria()
            base = decide(self.case, criteria)
            best: Question | None = None
            for c in criteria:
                field = c.asks
                if self.case.known(field) or field in self._asked or field in self._skipped:
                    continue
                value = question_value(self.case, field, base, criteria)
                if best is None or value > best.value + 1e-9:
                    best = Question(field=field, text=c.question, criterion=c.id, value=round(value, 3))
            if self._confirm:
                field, text = self._confirm.pop(0).split("\x00", 1)
                self._pending = Question(field=field, text=text, criterion="confirm", value=1.0)
                return self._pending
            unsure = self._unsure_to_confirm({c.asks for c in criteria} | {f for c in criteria for f in c.facts()})
            if unsure is not None:
                self._pending = unsure
                return unsure
            if best is None or best.value < 0.05:
                self._pending = None
                return None
            if self.assistant is not None:
                best = best.model_copy(update={"text": self.assistant.phrase_question(best.text, self.case)})
            self._pending = best
            return best

    def _unsure_to_confirm(self, relevant: set[str]) -> Question | None:
        """A confirmation of the first fact read with low confidence that the criteria use."""
        for fact in self.case.unsure():
            if fact.field not in relevant or fact.field in self._asked or fact.field in self._skipped:
                continue
            spec = FACT_FIELDS[fact.field]
            shown = format_value(fact.field, fact.value)
            quote = f' from "{fact.quote}"' if fact.quote else ""
            text = (f"I read {spec.description.rstrip('.').lower()}: {shown}{quote}, but I'm not sure. "
                    "Is that right? Say yes, or give the right value.")
            return Question(field=fact.field, text=text, criterion="confirm", value=1.0)
        return None

    @property
    def done(self) -> bool:
        """True when no further answer could change the verdict."""
        with self._lock:
            pending = self._pending
            result = self.next_question() is None
            self._pending = pending
            return result

    def answer(self, text: str) -> list[Fact]:
        """Take the user's answer (or description, or a correction); returns the facts it settled."""
        text = (text or "").strip()
        if not text:
            raise InputError("the answer is empty; type an answer, or 'skip' to move on")
        with self._lock:
            self.history.append(("user", text))
            pending = self._pending
            if pending is not None and pending.field != "description":
                self._asked.append(pending.field)
            self.warnings += [w for w in suspicious_instructions(text) if w not in self.warnings]
            clean = without_suspicious(text)
            if not self.case.description:
                self.case = self.case.model_copy(update={"description": text})
                facts = read_facts(clean)
                if self.assistant is not None:
                    result = self.assistant.extract_detailed(clean, facts)
                    facts = list(result.facts)
                    self._confirm += [f"{c['field']}\x00{c['question']}" for c in result.conflicts
                                      if c.get("field") in FACT_FIELDS]
            elif pending is not None and text.lower() in {"skip", "don't know", "dont know", "not sure", "no idea", "unknown", "?"}:
                self._skipped.add(pending.field)
                facts = []
            elif pending is not None and pending.criterion == "confirm" and _CONFIRMED.match(text) and \
                    pending.field in self.case.facts:
                old = self.case.facts[pending.field]
                facts = [old.model_copy(update={"source": "answer", "quote": text, "confidence": 1.0,
                                                "note": f'confirmed what was read from "{old.quote}"'})]
            elif pending is not None and pending.criterion == "confirm" and _DENIED.match(text) and \
                    pending.field in self.case.facts:
                old = self.case.facts[pending.field]
                if isinstance(old.value, bool):
                    facts = [Fact(field=old.field, value=not old.value, source="answer", quote=text,
                                  note=f'not what was read from "{old.quote}"')]
                else:  # wrong, and the right value not given: unknown again
                    self.case = self.case.model_copy(update={"facts": {
                        k: v for k, v in self.case.facts.items() if k != old.field}})
                    facts = []
            else:
                facts = interpret_answer(clean, pending.field if pending and pending.field != "description" else None)
                if self.assistant is not None:
                    # The model may read more into a free answer; it only fills facts still unknown.
                    settled = {f.field for f in facts}
                    extra = self.assistant.extract_detailed(clean, facts).facts
                    facts += [f for f in extra if f.field not in settled and not self.case.known(f.field)]
                self.case = self.case.model_copy(update={"description": f"{self.case.description}\n\n{text}"})
            for fact in facts:
                self.case = self.case.with_fact(fact, force=fact.source == "answer")
            self._pending = None
            return facts

    def attach(self, path: str | Path) -> Any:
        """Inspect a data file (or folder/ZIP) and merge what it shows; returns its data report."""
        p = Path(path)
        if not p.exists():
            raise InputError("no such file; check the path", str(p))
        with self._lock:
            self._data.append(p)
            self._data_report, self._probes = inspect_with_probes(self._data, self.case, self.assistant)
            self.case = self.case.merged(list(self._data_report.facts) + probe_facts_of(self._probes))
            return self._data_report

    def report(self) -> AuditReport:
        """The full report for what is known now."""
        with self._lock:
            return analyse(self.case, self._data_report, index=self.index, assistant=self.assistant,
                           warnings=list(self.warnings), probes=self._probes)

    def leaning(self) -> str:
        """One line: the current leaning and confidence."""
        d = self.decision()
        return f"{APPROACH_LABELS[d.approach]} ({d.confidence:.0%})"
