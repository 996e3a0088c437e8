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

import math
import re
from dataclasses import dataclass, field
from typing import Any

from ftaudit.app.questions import QuestionSpec, question_specs, spec_for
from ftaudit.facts import FACT_FIELDS, Fact, UseCase, format_value
from ftaudit.read.lexicon import interpret_answer
from ftaudit.read.quantities import Quantity, find_quantities, parse_period

_STRONG_HEDGE = re.compile(
    r"\b(?:not (?:really )?sure|unsure|no idea|dunno|don'?t know|do not know|hard to (?:say|tell)|can'?t (?:say|tell)|"
    r"cannot (?:say|tell)|no clue|not certain|uncertain|(?:it )?depends|who knows|undecided|not decided|"
    r"haven'?t decided|tbd|to be decided|up in the air|unclear|not clear|no one knows|nobody knows|"
    r"(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|never) (?:yet |really |actually )?"
    r"(?:checked|counted|measured|tried|tested|evaluated|looked|compared|benchmarked)|"
    r"not (?:yet )?(?:known|measured|counted|tried|tested|evaluated)|(?:untried|untested)|"
    r"(?:we'?ll|we will|we shall|i'?ll|let'?s) (?:just )?(?:see|find out)|remains to be seen|time will tell|too early to (?:say|tell)|"
    r"hard to know|no (?:real )?(?:idea|clue|data) yet|can'?t know yet|not decided yet|still deciding|"
    r"open question|we have to see|we need to see|(?:it|that) varies|varies (?:a lot|widely|greatly|by)|"
    r"case by case|(?:for|up to) (?:management|legal|the board|someone else) to decide)\b",
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
    # Openers: the user says they are changing something said before.
    r"\b(?:actually|correction|correct(?:ing)? (?:that|myself|this)|(?:i )?(?:must|need to|have to|should|let me|to) "
    r"correct|i was wrong|i got (?:that|it|this) wrong|i misspoke|mis-?spoke|no,? wait|wait,? no|hang on|hold on|"
    r"looked it up|checked again|re-?checked|double-?checked|(?:i|we) (?:just )?(?:checked|asked|counted|verified)|"
    r"one more fix|(?:a |one )?fix:|sorry,? i meant|i meant|scratch that|strike that|forget (?:what|that) i said|"
    r"ignore (?:what|that) i said|my mistake|my bad|oops|on second thought|on reflection|turns out|update:|"
    r"quick update|an update|update on|to be (?:precise|exact)|more precisely|rather than|instead of|earlier i said|i said .{1,40} but|"
    r"i told you .{1,40} but|mis-?(?:remember|read|count|stat|typ)\w*|typo|rephrase|i mean\b|was off\b|"
    r"got (?:the|that|it|this) (?:\w+ )?wrong|that'?s (?:not right|wrong|incorrect)|that is (?:not right|wrong)|"
    r"wrong (?:number|figure|value)|"
    r"i was (?:too|a bit|rather) (?:positive|optimistic|pessimistic|hasty|quick|generous)|"
    # Negations of an old value: "it is not X, it is Y", "X, not Y", "not X but Y", "isn't X".
    r"(?:it|that|this|they|which|we)(?:'s| is| was|'re| are| were) not\b|"
    r"(?:isn'?t|aren'?t|wasn'?t|weren'?t)\b[^.;!?]{1,40}?[,;]\s*(?:it|that|this|they|we)(?:'s| is| are| was|'re)\b|"
    r"not\b[^.;,!?]{1,40}?,?\s+but\b|no longer)|,\s*not\b|^\W*not\b|"
    # Apologies that open the message: "no, sorry", " sorry, ...".
    r"^\W*(?:no|nope|nah),? sorry\b|^\W*sorry\b[,!.]|\bnot \d[\d,.]*\s*(?:k|m)?\b|"
    # References to an earlier figure: "the 20,000 figure", "that number I gave".
    r"\b(?:the|that|my|this) \d[\d,.]*\s*(?:k|m)? (?:figure|number|count|estimate|total)\b|"
    r"\b(?:the|that) (?:figure|number|count|estimate) (?:i|we) (?:gave|said|mentioned|quoted)",
    re.IGNORECASE,
)
_REJECTED = re.compile(
    r"(?:\b(?:not|isn'?t|aren'?t|wasn'?t|weren'?t|rather than|instead of|no longer)\s+"
    r"(?:a |an |the |really |quite |actually |about |around |roughly )?)"
    r"(?P<what>(?:[^,.;:!?()]|(?<=\d)[,.](?=\d)){1,40}?)(?=$|[;:!?()]|[,.](?!(?<=\d[,.])\d)|\s+(?:but|and|as|like|anymore)\b)",
    re.IGNORECASE,
)
_REFERENCED = re.compile(r"\b(?:the|that|my|this) (?P<what>\d[\d,.]*\s*(?:k|m)?) (?:figure|number|count|estimate|total)\b",
                         re.IGNORECASE)
_CUE = re.compile(r"(?:only|just|actually|really|about|around|roughly|approximately|closer to|more like|nearer|"
                  r"it'?s|it is|is|are|now|in fact|exactly|precisely|than|total of|have|has|got|we have)\W*$",
                  re.IGNORECASE)


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
        old = "unknown" if self.old is None else _bare(name, format_value(self.field, self.old))
        return f"{name} {old} → {_bare(name, format_value(self.field, self.new))}"


def _bare(name: str, shown: str) -> str:
    """``shown`` without a unit the fact's name already gives ("20,000 examples" after "labelled examples")."""
    unit = name.rsplit(" ", 1)[-1]
    return shown[: -len(unit) - 1] if shown.endswith(" " + unit) and shown[: -len(unit) - 1] else shown


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


_NEGATED = re.compile(r"(?:\bno|\bnot|\bnever|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _said(choice: Any, text: str) -> bool:
    """True when ``text`` names ``choice`` at least once without negating it ("no big project" is not "big")."""
    low = text.lower()
    spans = [m.start() for m in re.finditer(re.escape(choice.label.lower()), low)]
    if choice.words:
        spans += [m.start() for m in re.finditer(choice.words, low)]
    return any(not _NEGATED.search(low[max(0, i - 16):i]) for i in spans)


def _choice_values(spec: QuestionSpec, text: str) -> list[Any]:
    positive, _ = _without_rejected(text)
    seen: list[Any] = []
    for c in spec.choices:
        if c.matches(positive) and _said(c, positive) and c.value not in seen:
            seen.append(c.value)
    return seen


def yes_no(spec: QuestionSpec, text: str) -> bool | None:
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


_EXAMPLE_TALK = re.compile(
    r"\b(?:no|zero|any|some|a few|few)?\s*(?:labell?ed|annotated|hand-tagged|curated)\s+(?:\w+\s+){0,2}?"
    r"(?:examples?|data|pairs?|records?|samples?|rows|set)\b", re.IGNORECASE)


def _without_counts(text: str, keep: str) -> str:
    """``text`` without talk of another fact's count: "2,000 question and answer pairs", "no labelled examples"."""
    specs = question_specs()
    if keep != "labelled_examples":
        text = _EXAMPLE_TALK.sub(" ", text)
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
        value = yes_no(spec, quote)
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
        return bool(spec.topic) and re.search(spec.topic, low) is not None and bool(_digit_quantities(text))
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


def _rejected_parts(text: str) -> tuple[str, list[str]]:
    """``text`` without its rejected parts ("not 3,000", "the 20,000 figure"), and those parts."""
    positive, rejected = _without_rejected(text)
    rejected += [m.group("what") for m in _REFERENCED.finditer(text)]
    return _REFERENCED.sub(" ", positive), rejected


def _rejects(name: str, spec: QuestionSpec, value: Any, rejected: list[str]) -> bool:
    """True when one of the ``rejected`` parts ("not 3,000", "the 20,000 figure") names ``value``."""
    return any(_same(name, value, _rejected_value(spec, snip)) for snip in rejected)


def _values_beside_rejection(name: str, spec: QuestionSpec, text: str, old: Any) -> list[Any]:
    """The choice values named in the sentence that rejects ``old``, that sentence's rejected part cut out."""
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        positive, rejected = _rejected_parts(sentence)
        if _rejects(name, spec, old, rejected):
            return [v for v in _choice_values(spec, positive) if not _same(name, old, v)]
    return []


def _digit_quantities(text: str) -> list[Quantity]:
    """Quantities worth reading as a corrected number: written in digits when any is ("one more fix" is no count)."""
    qs = [q for q in find_quantities(text) if not q.percent]
    digits = [q for q in qs if any(ch.isdigit() for ch in q.text)]
    return digits or qs


KEPT = object()
"""What :func:`_new_number` gives when the message restates the held value as the right one."""


def _new_number(name: str, spec: QuestionSpec, text: str, held: Any, specs: dict[str, QuestionSpec]) -> Any:
    """The corrected value of number fact ``name`` in ``text`` (its rejected parts already cut out).

    Numbers placed by their nouns for another fact are not candidates, nor is the held value
    unless it is restated after a cue; of the rest one placed for this fact wins, then one after
    a cue ("only about 6,500", "it is 1,100"), then the one nearest the held value in magnitude;
    ties go to the later number, since a correction usually states the new value last.
    :data:`KEPT` when the restated held value wins; ``None`` when no number qualifies.
    """
    if name == "knowledge_change_days":
        return _number(spec, text)
    scored: list[tuple[tuple[int, int, float, int], Any]] = []
    for i, q in enumerate(_digit_quantities(text)):
        snippet = text[q.start:q.end + len(q.after) + 1]
        value = _number(spec, snippet, [q])
        if value is None:
            continue
        placed = _placed(snippet, specs)
        if placed and name not in placed:
            continue
        cue = bool(_CUE.search(text[max(0, q.start - 24):q.start]))
        if _same(name, held, value):
            # The held value restated after a cue ("300 is only for line 2; for the whole
            # factory it is about 1,100") stands: the other number is the part, not the fix.
            if cue:
                scored.append(((int(name in placed), 1, 0.0, i), KEPT))
            continue
        distance = abs(math.log10(max(value, 1.0)) - math.log10(max(float(held), 1.0))) \
            if isinstance(held, (int, float)) and not isinstance(held, bool) else 0.0
        scored.append(((int(name in placed), int(cue), -distance, i), value))
    return max(scored)[1] if scored else None


def read_correction(text: str, case: UseCase, recent: list[str]) -> list[Change]:
    """The facts ``text`` corrects, each with its old and new value.

    A fact is corrected when the message rejects its current value ("1,200, not 3,000",
    "it is not never changing, it changes monthly", "not a prototype but a pilot"), refers
    to its earlier figure ("the 20,000 figure includes ... only about 6,500"), places a new
    number by its nouns ("it's 2,400 pairs"), or names the fact by its subject ("our
    labelled data", "the training budget is nil"); a bare "sorry, I meant 1,200" corrects
    the fact answered last (``recent``, newest last).
    """
    positive, rejected = _rejected_parts(text)
    specs = question_specs()
    changes: dict[str, Change] = {}
    held = {n: f.value for n, f in case.facts.items() if f.source != "default"}

    def propose(name: str, value: Any) -> None:
        old_value = held.get(name)
        spec = specs.get(name)
        # A value the message rejects is never its new value ("25,000, not 2,000. The 2,000 was ...").
        refused = spec is not None and _rejects(name, spec, value, rejected)
        if value is not None and not refused and not _same(name, old_value, value) and name not in changes:
            changes[name] = Change(name, old_value, value)

    kept: set[str] = set()  # facts whose held value the message restates as right
    mentioned = {n for n, v in held.items() if specs.get(n) is not None and specs[n].answer == "number"
                 and n != "knowledge_change_days"
                 and any(_same(n, v, q.value) for q in _digit_quantities(text))}
    # 1. The old value is rejected ("X, not Y") or its figure is referred to again.
    for name, value in held.items():
        spec = specs.get(name)
        if spec is None:
            continue
        if _rejects(name, spec, value, rejected) or name in mentioned:
            if spec.answer == "choice":
                values = [v for v in _choice_values(spec, positive) if not _same(name, value, v)]
                if len(values) > 1:  # "I meant pilot, not prototype. It's been live since March": the rejecting sentence
                    values = _values_beside_rejection(name, spec, text, value) or values
                propose(name, values[0] if len(values) == 1 else None)
            elif spec.answer == "number":
                new = _new_number(name, spec, positive, value, specs)
                if new is KEPT:
                    kept.add(name)
                else:
                    propose(name, new)
            else:
                propose(name, _typed_value(spec, positive))
    # 2. A number placed by its nouns ("it's 2,400 pairs"), or a fact named by its subject.
    if not changes and not kept:
        placed = _placed(positive, specs)
        numbers = sorted((n for n, sp in specs.items() if sp.answer == "number"), key=lambda n: n not in placed)
        for name in numbers:  # a number placed by its nouns first; one number corrects one fact
            if name == "knowledge_change_days" and "monthly_volume" in placed:
                continue  # "9,000 requests a month" is a rate, not how often the knowledge changes
            if name in placed or _about(specs[name], positive):
                value = _new_number(name, specs[name], positive, held.get(name), specs)
                if value is not KEPT and not any(_same(name, value, c.new) for c in changes.values()):
                    propose(name, value)
        for name, spec in specs.items():
            if spec.answer != "number" and _about(spec, positive):
                # A yes/no is read from the whole message: cutting "is not fine" to "is" loses the answer.
                propose(name, _typed_value(spec, text if spec.answer == "yes_no" else positive))
    # 3. "Sorry, I meant 1,200": the fact answered last (a number or a choice; a bare "not really"
    #    is an answer to the question asked, never a correction of the last yes/no).
    if not changes and not kept:
        for name in reversed(recent):
            spec = spec_for(name)
            if spec.answer == "yes_no":
                continue
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
        return yes_no(spec, stripped.strip(" ,:;-"))
    values = _choice_values(spec, text)
    return values[0] if len(values) == 1 else None


def correction_facts(changes: list[Change], quote: str) -> list[Fact]:
    """The facts a correction sets, quoting the correcting message."""
    return [_fact(c.field, c.new, quote, note="corrected by the user") for c in changes]
