"""The interview: :class:`AuditSession` asks what could most change the decision."""

from __future__ import annotations

import copy
import re
import threading
from pathlib import Path
from typing import Any

from ftaudit.app.answers import (
    Change,
    correction_facts,
    fact_name,
    hedged,
    is_correction,
    read_answer,
    read_correction,
    yes_no,
)
from ftaudit.app.api import analyse, inspect_with_probes, probe_facts_of
from ftaudit.app.questions import AnswerType, Choice, QuestionSpec, question_specs, spec_for
from ftaudit.decide.criteria import load_criteria
from ftaudit.decide.scoring import Decision, decide, probe_values, question_value
from ftaudit.errors import InputError
from ftaudit.facts import APPROACH_LABELS, FACT_FIELDS, Fact, UseCase, format_value
from ftaudit.read.guard import suspicious_instructions, without_suspicious
from ftaudit.read.reader import read_facts
from ftaudit.report.build import AuditReport
from ftaudit.retrieve.index import GuidanceIndex, open_index
from pydantic import BaseModel, Field

MAX_QUESTIONS = 20
"""A safety bound; the interview normally ends when no unknown fact could flip the verdict."""
FLIP_SHARE = 0.25
"""A fact is asked while more than this share of its plausible answers would flip the verdict."""
IMPLICIT_CONFIDENCE = 0.75
"""A fact read from the text at least this surely is shown with the next question ("I take it ...;
say if not") instead of costing a question of its own; it counts once that question is answered
without correcting it.  Below this the reader is wrong too often (about half the time under 0.5)
and the fact gets its own confirmation question."""
_CONFIRMED = re.compile(r"^\W*(?:yes|yep|yeah|y|correct|right|that's right|that is right|exactly|confirmed?)\b[\W]*$",
                        re.IGNORECASE)
_DENIED = re.compile(r"^\W*(?:no|nope|n|wrong|incorrect|not right|that's wrong)\W*$", re.IGNORECASE)
_INVITE = ("Describe the use case: what should the model do, with what data, at what volume, "
           "and what matters most?")


class Question(BaseModel):
    """The next interview question, the fact it settles and how to answer it."""

    field: str
    text: str
    criterion: str
    value: float
    """How much the answer could move the decision (share of answers that flip it)."""
    kind: AnswerType = "text"
    """The answer type: ``yes_no``, ``choice``, ``number`` or free ``text``."""
    choices: list[Choice] = Field(default_factory=list)
    """Quick replies (label and the value each stands for); free text is always allowed."""
    yes_value: Any = None
    """For ``yes_no`` questions: the value of :attr:`field` that the answer "yes" means."""
    follow_up: bool = False
    """True when this asks again after a hedged answer."""
    assumed: list[str] = Field(default_factory=list)
    """Facts read from the description that this question shows as taken ("I take it ...; say if
    not"); answering without correcting them confirms them."""


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
        self._hedged: set[str] = set()
        self._reasked: set[str] = set()
        self._answered: list[str] = []
        self._lock = threading.RLock()
        self._undo: list[dict[str, Any]] = []
        self.history: list[tuple[str, str]] = []
        """(role, text) pairs: what was asked and answered, in order."""
        self.changes: list[Change] = []
        """What the last answer corrected (old and new value), for the reply to confirm."""
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

    @property
    def has_facts(self) -> bool:
        """True once anything about the case is known; before that there is no verdict."""
        return any(f.source != "default" for f in self.case.facts.values())

    def decision(self) -> Decision:
        """The current leaning (cheap; no retrieval)."""
        return decide(self.case)

    _STATE = ("case", "_confirm", "warnings", "_data", "_data_report", "_probes", "_pending", "_asked", "_skipped",
              "_hedged", "_reasked", "_answered", "history", "changes")

    def _snapshot(self) -> dict[str, Any]:
        return {k: copy.copy(getattr(self, k)) for k in self._STATE}

    def undo(self) -> bool:
        """Roll back the last :meth:`answer` or :meth:`attach`; False when there is nothing to undo."""
        with self._lock:
            if not self._undo:
                return False
            for k, v in self._undo.pop().items():
                setattr(self, k, v)
            return True

    @property
    def turns(self) -> int:
        """How many answers and attachments :meth:`undo` could roll back."""
        return len(self._undo)

    def open_fields(self) -> list[str]:
        """Unknown facts whose answer could still flip the verdict (what a report leaves open)."""
        with self._lock:
            criteria = load_criteria()
            base = decide(self.case, criteria)
            return [f for f in self._candidates(criteria) if flip_share(self.case, f, base, criteria) > 0]

    # -- interview ---------------------------------------------------------------------

    def _candidates(self, criteria: tuple[Any, ...], case: UseCase | None = None) -> list[str]:
        case = case or self.case
        fields: list[str] = []
        for c in criteria:
            if c.asks not in fields:
                fields.append(c.asks)
        return [f for f in fields if not case.known(f) and f not in self._asked and f not in self._skipped
                and spec_for(f).applicable(case)]

    def _typed(self, field: str, text: str, criterion: str, value: float, follow_up: bool = False) -> Question:
        spec = spec_for(field, text)
        return Question(field=field, text=text, criterion=criterion, value=round(value, 3), kind=spec.answer,
                        choices=list(spec.choices) if spec.answer != "yes_no" else _yes_no_choices(),
                        yes_value=spec.yes if spec.answer == "yes_no" else None, follow_up=follow_up)

    def next_question(self) -> Question | None:
        """The next question, or None when no unknown fact could still flip the verdict.

        Order: an invitation to describe the case while nothing is known; what the system
        does; a follow-up after a hedged answer; confirmations of facts read with low
        confidence; then the applicable unknown fact whose answer could most change the
        verdict.  Each fact is asked at most once (plus one follow-up after a hedge).
        """
        with self._lock:
            if not self.case.description:
                self._pending = Question(field="description", text=_INVITE, criterion="", value=1.0)
                return self._pending
            if len(self._asked) >= MAX_QUESTIONS:
                self._pending = None
                return None
            pending = self._pending
            if pending is not None and pending.follow_up:
                return pending
            criteria = load_criteria()
            first = [f for f, spec in question_specs().items() if spec.first and not self.case.known(f)
                     and f not in self._asked and f not in self._skipped]
            if first and first[0] not in self.case.facts:
                self._pending = self._typed(first[0], spec_for(first[0]).text, "", 1.0)
                return self._pending
            if self._confirm:  # where the model and the reader disagree
                field, text = self._confirm.pop(0).split("\x00", 1)
                self._pending = self._typed(field, text, "confirm", 1.0)
                return self._pending
            assumed = self._implicit(criteria)
            unsure = (self._unsure_to_confirm(criteria, only=first[0], skip=assumed) if first else None) or \
                self._unsure_to_confirm(criteria, skip=assumed)
            if unsure is not None:
                self._pending = unsure
                return unsure
            case = self._assuming(assumed)
            base = decide(case, criteria)
            best: Question | None = None
            for field in self._candidates(criteria, case):
                if flip_share(case, field, base, criteria) <= FLIP_SHARE:
                    continue
                value = question_value(case, field, base, criteria)
                if best is None or value > best.value + 1e-9:
                    best = self._typed(field, spec_for(field).text, _criterion_for(field, criteria), value)
            if best is None:
                # Nothing left to ask: what was only assumed is confirmed in one question, if it matters.
                last = self._confirm_all(assumed, criteria)
                self._pending = last
                return last
            if self.assistant is not None:
                best = best.model_copy(update={"text": self.assistant.phrase_question(best.text, self.case)})
            if assumed:
                taken = "; ".join(f"{fact_name(f)}: {format_value(f, self.case.facts[f].value)}" for f in assumed)
                best = best.model_copy(update={"assumed": assumed,
                                               "text": f"(I take it {taken}. Say so if not.) {best.text}"})
            self._pending = best
            return best

    def _confirm_all(self, assumed: list[str], criteria: tuple[Any, ...]) -> Question | None:
        """One confirmation of every assumed fact that moves the scores (None when none does)."""
        base = decide(self.case, criteria)
        matter = [f for f in assumed if decide(self._assuming([f]), criteria).scores != base.scores]
        if not matter:
            return None
        taken = "; ".join(f"{fact_name(f)}: {format_value(f, self.case.facts[f].value)}" for f in matter)
        q = self._typed(matter[0], "", "confirm", 1.0)
        return q.model_copy(update={
            "text": f"Before I conclude, I took these from your description: {taken}. Is that right? "
                    "Say yes, or give the right value.",
            "kind": "yes_no", "choices": _yes_no_choices(), "assumed": matter,
            "yes_value": self.case.facts[matter[0]].value if isinstance(self.case.facts[matter[0]].value, bool)
            else None})

    def _implicit(self, criteria: tuple[Any, ...]) -> list[str]:
        """Unsure facts read surely enough to be shown with the next question instead of asked alone."""
        relevant = {c.asks for c in criteria} | {f for c in criteria for f in c.facts()}
        # Yes/no facts are still asked on their own: "I take it prompting falls short: yes" is hard to object to.
        return [f.field for f in self.case.unsure() if f.source == "text" and f.confidence >= IMPLICIT_CONFIDENCE
                and FACT_FIELDS[f.field].kind in {"choice", "number"}
                and f.field in relevant and f.field not in self._asked and f.field not in self._skipped
                and spec_for(f.field).applicable(self.case)]

    def _assuming(self, fields: list[str]) -> UseCase:
        """The case with ``fields`` taken as confirmed (what the next question assumes)."""
        case = self.case
        for f in fields:
            case = case.with_fact(case.facts[f].model_copy(update={"confidence": 1.0}), force=True)
        return case

    def _accept_assumed(self, pending: Question | None, before: UseCase) -> None:
        """Confirm the facts ``pending`` showed as taken, unless this answer changed them."""
        if pending is None:
            return
        for f in pending.assumed:
            now, then = self.case.facts.get(f), before.facts.get(f)
            if now is None or then is None or now != then or f in {c.field for c in self.changes}:
                continue
            self.case = self.case.with_fact(now.model_copy(update={
                "confidence": 1.0, "note": "shown with a question and not corrected"}), force=True)
            self._asked.append(f)
            self._answered.append(f)

    def _unsure_to_confirm(self, criteria: tuple[Any, ...], only: str | None = None,
                           skip: list[str] | None = None) -> Question | None:
        """A confirmation of a fact read with low confidence whose value would move the verdict."""
        base = decide(self.case, criteria)
        relevant = {c.asks for c in criteria} | {f for c in criteria for f in c.facts()}
        for fact in self.case.unsure():
            if (only is not None and fact.field != only) or fact.field in (skip or []):
                continue
            if fact.field not in relevant or fact.field in self._asked or fact.field in self._skipped:
                continue
            if not spec_for(fact.field).applicable(self.case):
                continue
            trial = decide(self.case.with_fact(fact.model_copy(update={"confidence": 1.0}), force=True), criteria)
            if trial.scores == base.scores and only is None and fact.source != "llm":
                continue  # accepting it would change nothing: not worth a question (a model-only reading is)
            shown = format_value(fact.field, fact.value)
            quote = f' from "{fact.quote}"' if fact.quote else ""
            text = (f"I read {fact_name(fact.field)}: {shown}{quote}, but I'm not sure. "
                    "Is that right? Say yes, or give the right value.")
            q = self._typed(fact.field, text, "confirm", 1.0)
            return q.model_copy(update={"kind": "yes_no", "choices": _yes_no_choices(),
                                        "yes_value": fact.value if isinstance(fact.value, bool) else None})
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
        """Take the user's answer (or description, or a correction); returns the facts it settled.

        Corrections ("X, not Y", "actually ...") change the fact they name whatever was
        asked; :attr:`changes` then lists each change.  A hedge leaves the fact unknown.
        """
        text = (text or "").strip()
        if not text:
            raise InputError("the answer is empty; type an answer, or 'skip' to move on")
        with self._lock:
            self._undo.append(self._snapshot())
            self.history = [*self.history, ("user", text)]
            self.changes = []
            pending = self._pending
            self.warnings = self.warnings + [w for w in suspicious_instructions(text) if w not in self.warnings]
            clean = without_suspicious(text)
            before = self.case
            if not self.case.description or (not self.has_facts and (pending is None or pending.field == "description")):
                facts = self._read_description(text, clean)
            else:
                facts = self._read_answer(pending, text, clean)
                self.case = self.case.model_copy(update={"description": f"{self.case.description}\n\n{text}"})
            for fact in facts:
                self.case = self.case.with_fact(fact, force=fact.source == "answer")
            if not _DENIED.match(clean):
                self._accept_assumed(pending, before)
            return facts

    def _read_description(self, text: str, clean: str) -> list[Fact]:
        sep = "\n\n" if self.case.description else ""
        self.case = self.case.model_copy(update={"description": f"{self.case.description}{sep}{text}"})
        if self.case.name in _GENERIC_NAMES:
            self.case = self.case.model_copy(update={"name": case_title(clean)})
        facts = read_facts(clean)
        if self.assistant is not None:
            result = self.assistant.extract_detailed(clean, facts)
            facts = list(result.facts)
            self._confirm += [f"{c['field']}\x00{c['question']}" for c in result.conflicts
                              if c.get("field") in FACT_FIELDS]
        if is_correction(clean):
            # "3,000 examples, no wait, 1,200": the correction wins within the description too.
            draft = self.case.merged(facts)
            fixed = {c.field: c for c in read_correction(clean, draft, [])}
            facts = [f for f in facts if f.field not in fixed] + correction_facts(list(fixed.values()), clean)
        self._pending = None
        return facts

    def _read_answer(self, pending: Question | None, text: str, clean: str) -> list[Fact]:
        asked = pending.field if pending is not None and pending.field != "description" else None
        if is_correction(clean):
            changes = read_correction(clean, self.case, self._recent())
            if changes:
                self.changes = changes
                fixed = {c.field for c in changes}
                self._answered += [f for f in fixed if f not in self._answered]
                if asked in fixed:
                    self._settle(asked)
                facts = correction_facts(changes, clean)
                spec = spec_for(asked, pending.text) if asked is not None and pending is not None else None
                if spec is not None and asked is not None and asked not in fixed and pending is not None \
                        and pending.criterion != "confirm" and spec.answer == "yes_no" and _yes_no_value(clean) is not None:
                    # "No, it's all in the email; a mistake is medium bad, not the end of the world": the
                    # message answers the yes/no asked as well as correcting another fact.
                    reading = read_answer(spec, clean)
                    if reading.facts and not reading.hedged:
                        self._settle(asked)
                        facts += reading.facts
                return facts
        if asked is None:
            self._pending = None
            return self._volunteered(clean, None)
        spec = spec_for(asked, pending.text if pending else "")
        if pending is not None and pending.criterion == "confirm" and asked in self.case.facts:
            old = self.case.facts[asked]
            if _CONFIRMED.match(clean) or (pending.yes_value is not None and _yes_no_value(clean) is True):
                self._settle(asked)
                return [old.model_copy(update={"source": "answer", "confidence": 1.0,
                                               "note": f'you confirmed it ("{text[:60]}")'})]
            if _DENIED.match(clean):
                self._settle(asked)
                if isinstance(old.value, bool):
                    return [Fact(field=old.field, value=not old.value, source="answer", quote=text,
                                 note=f'not what was read from "{old.quote}"')]
                self.case = self.case.model_copy(update={"facts": {
                    k: v for k, v in self.case.facts.items() if k != old.field}})
                return []
        held = self.case.facts[asked].value if pending is not None and pending.criterion == "confirm" \
            and asked in self.case.facts else None
        reading = read_answer(spec, clean, held)
        if reading.dont_know:
            self._settle(asked, skipped=True)
            return []
        if reading.hedged:
            if reading.between and asked not in self._hedged and pending is not None:
                self._hedged.add(asked)
                typed = self._typed(asked, spec.text, pending.criterion, pending.value)
                self._pending = typed.model_copy(update={"text": _follow_up_text(typed), "follow_up": True})
                return self._volunteered(clean, asked)
            self._settle(asked, skipped=True)
            return self._volunteered(clean, asked)
        extra = self._volunteered(clean, asked)
        if not reading.facts and extra and asked not in self._reasked and pending is not None:
            # The answer was about something else: keep that, and ask this once more.
            self._reasked.add(asked)
            self._pending = pending
            return extra
        facts = reading.facts
        if held is not None and facts and facts[0].value == held:
            old = self.case.facts[asked]  # confirmed: the evidence stays the sentence it was read from
            facts = [old.model_copy(update={"source": "answer", "confidence": 1.0,
                                            "note": f'you confirmed it ("{text[:60]}")'})]
        self._settle(asked, skipped=not facts)
        return facts + extra

    def _recent(self) -> list[str]:
        """Facts the user stated, oldest first: the description's (when only one is a number), then answers."""
        stated = [f.field for f in self.case.facts.values() if f.source in {"text", "llm"} and f.sure
                  and f.field not in self._answered]
        numbers = [f for f in stated if FACT_FIELDS[f].kind == "number"]
        return (numbers if len(numbers) == 1 else []) + self._answered

    def _settle(self, field: str, skipped: bool = False) -> None:
        """Mark ``field`` as asked (and answered unless ``skipped``); the next question is chosen afresh."""
        if field not in self._asked:
            self._asked.append(field)
        if skipped:
            self._skipped.add(field)
        elif field not in self._answered:
            self._answered.append(field)
        self._pending = None

    def _volunteered(self, clean: str, asked: str | None) -> list[Fact]:
        """Sure facts the answer states beyond the one asked; they only fill facts still unknown."""
        extra = [f for f in read_facts(clean, source="answer") if f.sure]
        if self.assistant is not None:
            extra += list(self.assistant.extract_detailed(clean, extra).facts)
        out: dict[str, Fact] = {}
        for f in extra:
            if f.field == asked or self.case.known(f.field) or f.field in out:
                continue
            if f.field in self._hedged or hedged(f.quote or clean, spec_for(f.field).answer):
                continue
            out[f.field] = f.model_copy(update={"source": "answer"})
        return list(out.values())

    def forget(self, field: str) -> bool:
        """Remove a fact (the user says it is wrong and has no better value); it may be asked again."""
        with self._lock:
            if field not in self.case.facts:
                return False
            self._undo.append(self._snapshot())
            self.case = self.case.model_copy(update={"facts": {k: v for k, v in self.case.facts.items() if k != field}})
            self._asked = [f for f in self._asked if f != field]
            self._skipped.discard(field)
            self._answered = [f for f in self._answered if f != field]
            self._pending = None
            return True

    def set_fact(self, field: str, text: str) -> Change | None:
        """Set a fact from the user's words ("1,200", "weekly", "yes"), as a correction; None if unreadable."""
        if field not in FACT_FIELDS:
            raise InputError(f"unknown fact {field!r}")
        reading = read_answer(spec_for(field), without_suspicious(text.strip()))
        fact = next((f for f in reading.facts if f.field == field), None)
        if fact is None or reading.hedged:
            return None
        with self._lock:
            self._undo.append(self._snapshot())
            old = self.case.facts.get(field)
            self.case = self.case.with_fact(fact.model_copy(update={"note": "set by the user"}), force=True)
            self._settle(field)
            change = Change(field, old.value if old is not None and old.source != "default" else None, fact.value)
            self.changes = [change]
            return change

    def attach(self, path: str | Path) -> Any:
        """Inspect a data file (or folder/ZIP) and merge what it shows; returns its data report.

        When the inspection raises, the session is left as it was (the file is not attached)."""
        p = Path(path)
        if not p.exists():
            raise InputError("no such file; check the path", str(p))
        with self._lock:
            before = self._snapshot()
            data = [*self._data, p]
            data_report, probes = inspect_with_probes(data, self.case, self.assistant)
            self._undo.append(before)
            self._data, self._data_report, self._probes = data, data_report, probes
            self.case = self.case.merged(list(self._data_report.facts) + probe_facts_of(self._probes))
            return self._data_report

    def report(self) -> AuditReport:
        """The full report for what is known now."""
        with self._lock:
            return analyse(self.case, self._data_report, index=self.index, assistant=self.assistant,
                           warnings=list(self.warnings), probes=self._probes)

    def change_line(self, before: Decision | None) -> str:
        """What a turn did to the verdict: "still RAG, 75% → 73%" or "now RAG (was prompt), 61%"."""
        now = self.decision()
        name = _SHORT[now.approach]
        if before is None:
            return f"{name}, {now.confidence:.0%}"
        if before.approach == now.approach:
            if round(before.confidence, 2) == round(now.confidence, 2):
                return f"still {name}, {now.confidence:.0%}"
            return f"still {name}, {before.confidence:.0%} → {now.confidence:.0%}"
        return f"now {name} (was {_SHORT[before.approach]}), {now.confidence:.0%}"

    def leaning(self) -> str:
        """One line: the current leaning and confidence."""
        d = self.decision()
        return f"{APPROACH_LABELS[d.approach]} ({d.confidence:.0%})"


_SHORT = {"prompt": "prompt engineering", "rag": "RAG", "fine_tune": "fine-tuning"}


def _yes_no_choices() -> list[Choice]:
    return [Choice(label="Yes", value=True), Choice(label="No", value=False)]


def _yes_no_value(text: str) -> bool | None:
    return yes_no(QuestionSpec(field="human_review", text="", answer="yes_no", yes=True), text)


def _follow_up_text(q: Question) -> str:
    if q.kind == "yes_no":
        return f"No problem if you're unsure. If you had to pick: {q.text} (yes, no, or skip)"
    labels = ", ".join(c.label.lower() for c in q.choices)
    return f"Which is closest: {labels}? Or say skip." if labels else f"Roughly, if you had to guess? {q.text} Or say skip."


def _criterion_for(field: str, criteria: tuple[Any, ...]) -> str:
    return next((c.id for c in criteria if c.asks == field), "")


def flip_share(case: UseCase, field: str, base: Decision, criteria: tuple[Any, ...]) -> float:
    """The share of plausible answers about ``field`` that would change the verdict."""
    values = probe_values(field, criteria)
    if not values:
        return 0.0
    flips = 0
    for value in values:
        trial = case.with_fact(Fact(field=field, value=value, source="answer", quote="what if"), force=True)
        flips += decide(trial, criteria).approach != base.approach
    return flips / len(values)


_GENERIC_NAMES = {"use case", "chat", "case", ""}


def case_title(text: str, words: int = 8) -> str:
    """A short title for a case from its description: its first sentence, at most ``words`` words."""
    first = re.split(r"(?<=[.!?])\s|\n", " ".join(text.split()[:40]), maxsplit=1)[0].strip(" .!?")
    parts = first.split()
    title = " ".join(parts[:words]) + ("…" if len(parts) > words else "")
    return title or "use case"
