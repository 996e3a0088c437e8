"""Reading an interview answer: the fact asked first, then hedges, corrections and extras.

* An answer is read first for the fact the question asked, with the question's own
  polarity ("yes" to "Is the task still changing?" means it is changing).
* A hedge ("not sure, somewhere between a pilot and live") leaves the fact unknown.
* A correction ("1,200, not 3,000", "actually ...", "no wait ...", "I was wrong earlier ...")
  changes the fact it names, wherever it appears and whatever was asked.
* Anything else the user volunteers is read by the description reader; only facts it is
  sure of are kept, and they never overwrite what is already known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ftaudit.app.questions import QuestionSpec, question_specs, spec_for
from ftaudit.facts import FACT_FIELDS, Fact, UseCase
from ftaudit.read.lexicon import interpret_answer
from ftaudit.read.quantities import Quantity, find_quantities, parse_period
from ftaudit.report.build import format_value

_STRONG_HEDGE = re.compile(
    r"\b(?:not (?:really )?sure|unsure|no idea|dunno|don'?t know|do not know|hard to (?:say|tell)|can'?t (?:say|tell)|"
    r"cannot (?:say|tell)|no clue|not certain|uncertain|(?:it )?depends|who knows|undecided|not decided|"
    r"haven'?t decided|tbd|to be decided|up in the air|unclear|not clear|no one knows|nobody knows|"
    r"haven'?t (?:checked|counted|measured)|not (?:yet )?(?:known|measured|counted))\b",
    re.IGNORECASE,
)
_WEAK_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|possibly|i guess|i suppose|i think|could be|might be|probably|"
    r"somewhere between|in between|either|hmm+|more or less|i'?d say)\b|\?\s*$",
    re.IGNORECASE,
)
_DONT_KNOW = re.compile(
    r"^\W*(?:i )?(?:don'?t know|do not know|no idea|dunno|not sure|unsure|unknown|no clue|skip|pass|n/?a|\?+)\W*$",
    re.IGNORECASE,
)
_YES = re.compile(r"^\W*(?:yes|yeah|yep|yup|yea|sure|correct|right|absolutely|definitely|of course|indeed|true|"
                  r"y|it does|they do|we do|it is|they are|we are|that'?s right|exactly)\b", re.IGNORECASE)
_NO = re.compile(r"^\W*(?:no|nope|nah|not really|never|false|n|it doesn'?t|they don'?t|we don'?t|it isn'?t|"
                 r"they aren'?t|we aren'?t|not at all|none)\b", re.IGNORECASE)
_CORRECTION = re.compile(
    r"\b(?:actually|correction|i was wrong|i got (?:that|it|this) wrong|i misspoke|mis-?spoke|no,? wait|wait,? no|"
    r"hang on|hold on|looked it up|checked again|double-?checked|one more fix|(?:a |one )?fix:|sorry,? i meant|"
    r"i meant|scratch that|let me correct|to correct|my mistake|my bad|on second thought|turns out|"
    r"update:|rather than|instead of|it'?s not\b|,\s*not\b|not \d[\d,.]*\s*(?:k|m)?\b(?: as i said)?|earlier i said|i said .{1,40} but)",
    re.IGNORECASE,
)
_REJECTED = re.compile(
    r"(?:\b(?:not|rather than|instead of|no longer)\s+(?:a |an |the |really |quite )?)"
    r"(?P<what>(?:[^,.;:!?()]|(?<=\d)[,.](?=\d)){1,40}?)(?=$|[,.;:!?()]|\s+(?:but|and|as|like|anymore)\b)",
    re.IGNORECASE,
)


@dataclass
class Reading:
    """What an answer says about the question asked."""

    facts: list[Fact] = field(default_factory=list)
    hedged: bool = False
    """The user hedged: the fact stays unknown."""
    between: bool = False
    """The hedge named some of the choices (worth one follow-up with the choices)."""
    dont_know: bool = False
    """The user said they don't know (or skip)."""


@dataclass
class Change:
    """One fact a correction changed."""

    field: str
    old: Any
    new: Any

    def text(self) -> str:
        """"labelled examples 3,000 → 1,200"."""
        name = fact_name(self.field)
        old = "unknown" if self.old is None else format_value(self.field, self.old)
        return f"{name} {old} → {format_value(self.field, self.new)}"


_NAMES = {"knowledge_change_days": "how often the knowledge changes", "latency_ms": "response time",
          "needs_external_knowledge": "needs outside knowledge", "prompting_falls_short": "prompting falls short",
          "task_changes_often": "task still changing"}


def fact_name(field_name: str) -> str:
    """A fact's short name for people: "labelled examples", "how often the knowledge changes"."""
    return _NAMES.get(field_name, field_name.replace("_", " "))


def dont_know(text: str) -> bool:
    """True for "I don't know", "skip", "no idea" and the like, with nothing else said."""
    return bool(_DONT_KNOW.match(text.strip()))


def hedged(text: str, answer: str) -> bool:
    """True when ``text`` hedges; approximate numbers ("maybe 40k") are not hedges."""
    if _STRONG_HEDGE.search(text):
        return True
    if not _WEAK_HEDGE.search(text):
        return False
    return answer != "number" or not find_quantities(text)


def is_correction(text: str) -> bool:
    """True when ``text`` corrects something said before."""
    return bool(_CORRECTION.search(text))


def _fact(field_name: str, value: Any, quote: str, note: str | None = None) -> Fact:
    if FACT_FIELDS[field_name].kind == "number":
        value = int(value) if field_name == "labelled_examples" else float(value)
    return Fact(field=field_name, value=value, source="answer", quote=quote.strip()[:300], note=note)


def _without_rejected(text: str) -> tuple[str, list[str]]:
    """``text`` with the "not Y" parts cut out, and those parts."""
    rejected = [m.group("what").strip() for m in _REJECTED.finditer(text)]
    return _REJECTED.sub(" ", text), rejected


def _selected(spec: QuestionSpec, text: str) -> Any:
    """The choice picked by its number ("2") or exact label."""
    t = text.strip().rstrip(".").strip().lower()
    options = spec.choices if spec.answer != "yes_no" else []
    if spec.answer in {"choice", "yes_no"} and re.fullmatch(r"\d{1,2}", t):
        n = int(t)
        if spec.answer == "yes_no" and n in (1, 2):
            return spec.yes if n == 1 else not spec.yes
        if 1 <= n <= len(options):
            return options[n - 1].value
    for c in spec.choices:
        if t == c.label.lower():
            return c.value
    return None


def _choice_values(spec: QuestionSpec, text: str) -> list[Any]:
    positive, _ = _without_rejected(text)
    seen: list[Any] = []
    for c in spec.choices:
        if c.matches(positive) and c.value not in seen:
            seen.append(c.value)
    return seen


def _yes_no(spec: QuestionSpec, text: str) -> bool | None:
    """The fact's value from a yes/no answer, read with the question's polarity."""
    yes = True if spec.yes is None else spec.yes
    if _NO.match(text):
        return not yes
    if _YES.match(text):
        return yes
    low = text.lower()
    said_yes = bool(spec.yes_words) and re.search(spec.yes_words, low) is not None
    said_no = bool(spec.no_words) and re.search(spec.no_words, low) is not None
    if said_yes != said_no:
        return yes if said_yes else not yes
    return None


def _number(spec: QuestionSpec, text: str, quantities: list[Quantity] | None = None) -> float | None:
    """A number for ``spec``'s fact from ``text``: choices first, then units, then the first number."""
    name = spec.field
    if name == "knowledge_change_days":
        period = parse_period(text)
        if period is not None:
            return period
    qs = quantities if quantities is not None else find_quantities(text)
    if not qs:
        values = _choice_values(spec, text)
        return float(values[0]) if len(values) == 1 else None
    q = qs[0]
    if name == "monthly_volume" and q.per_month:
        return float(q.per_month)
    if name == "monthly_volume":
        every = parse_period(text)  # "1,200 kids, a report twice a year"
        if every:
            return q.value * 30.4 / every
    if name == "latency_ms":
        after = q.after.lower()
        if re.match(r"(?:s|secs?|seconds?)\b", after):
            return q.value * 1000
        if re.match(r"(?:min|minutes?)\b", after):
            return q.value * 60_000
    if name == "knowledge_change_days":
        values = _choice_values(spec, text)
        return float(values[0]) if len(values) == 1 else None
    return float(q.value)


def _without_counts(text: str, keep: str) -> str:
    """``text`` without the numbers that count another fact and their nouns ("2,000 question and answer pairs")."""
    specs = question_specs()
    for q in find_quantities(text):
        placed = _placed(text[q.start:q.end + 1 + len(q.after)], specs)
        if placed and keep not in placed:
            words = r"\W+".join(re.escape(w) for w in q.after.split())
            text = re.sub(re.escape(q.text) + (r"\W*" + words if words else ""), " ", text, count=1, flags=re.IGNORECASE)
    return text


def read_answer(spec: QuestionSpec, text: str, held: Any = None) -> Reading:
    """Read ``text`` as the answer to ``spec``'s question.

    A strong hedge ("not sure", "no idea") always leaves the fact unknown; a weak one
    ("maybe", "I guess") only when the answer gives no clear value.  ``held`` is the value
    being confirmed, if the question was a confirmation: naming it among others confirms it.
    """
    quote = text.strip()
    if dont_know(quote):
        return Reading(dont_know=True)
    picked = _selected(spec, quote)
    if picked is not None:
        return Reading(facts=[_fact(spec.field, picked, quote)])
    if _STRONG_HEDGE.search(quote):
        return _hedge(spec, quote)
    value: Any = None
    if spec.answer == "yes_no":
        value = _yes_no(spec, quote)
    elif spec.answer == "choice":
        # "2,000 labelled question and answer pairs" is about examples, not a task that answers questions.
        values = _choice_values(spec, _without_counts(quote, spec.field))
        if len(values) == 1:
            value = values[0]
        elif len(values) > 1:
            # Several choices named: the cue reader may know which one the sentence settles.
            read = {f.field: f for f in interpret_answer(quote, spec.field)}.get(spec.field)
            if held is not None and held in values:
                value = held
            elif read is not None and read.value in values and not _WEAK_HEDGE.search(quote):
                value = read.value
            else:
                return Reading(hedged=True, between=True)
    elif spec.answer == "number":
        value = _number(spec, quote)
    if value is None:
        if _WEAK_HEDGE.search(quote):
            return _hedge(spec, quote)
        rest = _without_counts(quote, spec.field) if spec.answer == "choice" else quote
        read = {f.field: f for f in interpret_answer(rest, spec.field)}.get(spec.field) if rest.strip(" .") else None
        if read is not None:
            return Reading(facts=[read.model_copy(update={"source": "answer", "quote": quote[:300]})])
        return Reading()
    return Reading(facts=[_fact(spec.field, value, quote)])


def _hedge(spec: QuestionSpec, quote: str) -> Reading:
    bare = _WEAK_HEDGE.sub(" ", _STRONG_HEDGE.sub(" ", quote))
    named = bool(_choice_values(spec, bare)) if spec.answer != "yes_no" else not _STRONG_HEDGE.search(quote)
    return Reading(hedged=True, between=named)


def _same(field_name: str, a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    if FACT_FIELDS[field_name].kind == "number":
        try:
            fa, fb = float(a), float(b)
        except (TypeError, ValueError):
            return False
        if field_name in {"knowledge_change_days", "latency_ms"}:
            return format_value(field_name, fa) == format_value(field_name, fb)
        return abs(fa - fb) <= 0.02 * max(abs(fa), abs(fb), 1.0)
    return bool(a == b)


def _rejected_value(spec: QuestionSpec, snippet: str) -> Any:
    if spec.answer == "number":
        return _number(spec, snippet)
    if spec.answer == "choice":
        values = _choice_values(spec, snippet)
        return values[0] if len(values) == 1 else None
    return None


def _about(spec: QuestionSpec, text: str) -> bool:
    """True when ``text`` names ``spec``'s fact (its topic words; numbers are placed by :func:`_placed`)."""
    low = text.lower()
    if spec.answer == "number":
        if spec.field == "knowledge_change_days":
            return parse_period(low) is not None and re.search(r"chang|updat|revis|refresh|new|edit", low) is not None
        return False
    return bool(spec.topic) and re.search(spec.topic, low) is not None


def _placed(text: str, specs: dict[str, QuestionSpec]) -> dict[str, float]:
    """Numbers in ``text`` whose following words name one fact ("2,400 pairs", "90k requests a month")."""
    out: dict[str, float] = {}
    for q in find_quantities(text):
        if q.percent:
            continue
        if q.period_days and "monthly_volume" in specs:
            out.setdefault("monthly_volume", float(q.per_month or q.value))
            continue
        hits: list[tuple[int, str]] = []
        for name, spec in specs.items():
            if spec.answer != "number" or not spec.hint or name == "knowledge_change_days":
                continue
            m = re.search(rf"\b(?:{spec.hint})", q.after)
            if m is not None and m.start() <= 24:
                hits.append((m.start(), name))
        hits.sort()
        if hits and (len(hits) == 1 or hits[0][0] < hits[1][0]):
            name = hits[0][1]
            value = _number(specs[name], text[q.start:q.end + len(q.after) + 1], [q])
            if value is not None:
                out.setdefault(name, value)
    return out


def read_correction(text: str, case: UseCase, recent: list[str]) -> list[Change]:
    """The facts ``text`` corrects, each with its old and new value.

    A fact is corrected when the message rejects its current value ("not 3,000") and
    states another, when it names the fact ("the training budget is nil"), or, for a bare
    "sorry, I meant 1,200", when it fits the fact answered last (``recent``, newest last).
    """
    positive, rejected = _without_rejected(text)
    specs = question_specs()
    changes: dict[str, Change] = {}

    def propose(name: str, value: Any) -> None:
        old = case.facts.get(name)
        old_value = old.value if old is not None and old.source != "default" else None
        if value is not None and not _same(name, old_value, value) and name not in changes:
            changes[name] = Change(name, old_value, value)

    # 1. "X, not Y": a fact whose value is the rejected Y takes the new X.
    for name, fact in case.facts.items():
        spec = specs.get(name)
        if spec is None or fact.source == "default":
            continue
        if any(_same(name, fact.value, _rejected_value(spec, snip)) for snip in rejected):
            if spec.answer == "choice" and rejected:
                values = [v for v in _choice_values(spec, positive) if not _same(name, fact.value, v)]
                propose(name, values[0] if len(values) == 1 else None)
            else:
                propose(name, _typed_value(spec, positive))
    # 2. A message that names the fact ("it's 2,400 pairs", "the budget is nil").
    if not changes:
        for name, value in _placed(positive, specs).items():
            propose(name, value)
        for name, spec in specs.items():
            if (spec.answer != "number" and _about(spec, positive)) or (name == "knowledge_change_days" and \
                    _about(spec, positive)):
                propose(name, _typed_value(spec, positive))
    # 3. "Sorry, I meant 1,200": the fact answered last.
    if not changes:
        for name in reversed(recent):
            spec = spec_for(name)
            value = _typed_value(spec, positive)
            if value is not None:
                propose(name, value)
                break
    return list(changes.values())


def _typed_value(spec: QuestionSpec, text: str) -> Any:
    if spec.answer == "number":
        return _number(spec, text)
    if spec.answer == "yes_no":
        stripped = re.sub(_CORRECTION, " ", text)
        return _yes_no(spec, stripped.strip(" ,:;-"))
    values = _choice_values(spec, text)
    return values[0] if len(values) == 1 else None


def correction_facts(changes: list[Change], quote: str) -> list[Fact]:
    """The facts a correction sets, quoting the correcting message."""
    return [_fact(c.field, c.new, quote, note="corrected by the user") for c in changes]
