"""Check the model's facts against the text and merge them with the offline extractor's.

A model fact survives only if its field is known, its value has the field's type
and its quote is a whole span of the text (verbatim, whitespace aside, starting and
ending at word boundaries) that itself carries the value:

* a number must be written inside the quote, in any form the offline quantity parser
  reads ("2.3 million", "80k", "eighty thousand", "weekly"), and must not be a number
  the offline reader reads as a different fact ("40,000 tickets a month" is a volume);
* a yes/no or a choice needs a clause (at least :data:`MIN_CLAUSE_WORDS` words) that
  contains the field's cue ("cite", "JSON", "tone", "prototype"...), not negated for a
  yes, and with a negation or an opposite cue for a no;
* a text value (platform) must be written in the quote.

Where the offline extractor read the same field (or read the quoted number as another
fact), the offline reading stays: the model's value is not merged into the facts the
engine decides on.  The disagreement becomes a confirmation question for the interview,
and only the user's answer can settle it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from ftaudit.facts import FACT_FIELDS, Fact, format_value
from ftaudit.llm.prompts import ExtractedFact
from ftaudit.read.lexicon import CITATION, KNOWLEDGE_NOUN, negated
from ftaudit.read.quantities import find_quantities, parse_period

MIN_QUOTE_CHARS = 3
MIN_CLAUSE_WORDS = 3
"""A yes/no or choice fact must quote at least this many words (a clause, not a word)."""

_NEGATION = re.compile(
    r"\b(?:no|not|never|without|none|nor|neither|nobody|nothing|cannot|can'?t|don'?t|doesn'?t|didn'?t|"
    r"isn'?t|aren'?t|won'?t|wasn'?t|haven'?t|hasn'?t|lacks?|zero|rarely|seldom|hardly)\b|n't\b",
    re.IGNORECASE,
)


def _cue(*stems: str) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?:{s})" for s in stems), re.IGNORECASE)


# What a quote must contain for a yes/no fact: the topic of the field (negated or not).
_BOOL_CUES: dict[str, re.Pattern[str]] = {
    "needs_external_knowledge": _cue(
        rf"\b(?:{KNOWLEDGE_NOUN})\b",
        r"\b(?:internal|private|proprietary|confidential|in-house|niche|recent|latest|up-to-date|current|our own)\b",
        r"\bknowledge\b|\binformation\b|\bfacts?\b|\bdata\b|\brecords?\b",
    ),
    "needs_citations": _cue(
        CITATION.pattern,
        r"\bcit\w*|\bsources?\b|\breferenc\w*|\blinks?\b|\bquot\w*|\bprovenance\b|\btrace\w*|\bfootnotes?\b"
        r"|\battribut\w*|\bwhere\b[^.]{0,30}\bcomes? from\b",
    ),
    "strict_format": _cue(
        r"\b(?:json|schema|xml|yaml|csv|edi|hl7|fhir|markdown)\b", r"\bformat\w*|\btemplates?\b|\bstructur\w*",
        r"\bfields?\b|\blayout\b|\bcolumns?\b|\btables?\b|\bvalid\w*|\bpars\w*|\bmachine[- ]readable\b",
    ),
    "consistent_style": _cue(
        r"\bvoice\b|\btone\b|\bstyle\b|\bpersona\b|\bbrand\w*|\bwording\b|\bpersonality\b|\bsound\w*",
        r"\bregister\b|\bin character\b|\bphrasing\b",
    ),
    "prompting_falls_short": _cue(
        r"\bprompt\w*|\btried\b|\bfew[- ]shot\b|\bgpt[-\w.]*|\bclaude\b|\bgemini\b|\bllm\b|\bmodels?\b",
        r"\bpilot\b|\bbaseline\b",
    ),
    "domain_jargon": _cue(
        r"\bjargon\b|\bterminolog\w*|\babbreviat\w*|\bacronyms?\b|\bnotation\b|\bshorthand\b|\bvocabular\w*",
        r"\bterms\b|\b(?:legal|medical|clinical|technical|domain)[- ](?:language|terms|drafting|specific)\b",
    ),
    "task_changes_often": _cue(
        r"\bchang\w*|\bevolv\w*|\bshift\w*|\bmoving\b|\bstill (?:figuring|working)\b|\bstable\b|\bfixed\b"
        r"|\bsettled\b",
    ),
    "wants_latest_models": _cue(
        r"\b(?:latest|newest|frontier|state[- ]of[- ]the[- ]art|best|strongest|most capable|new|newer)\b[^.]{0,30}\bmodels?\b",
        r"\bupgrad\w*|\bswitch\w*",
    ),
    "human_review": _cue(
        r"\breview\w*|\bcheck\w*|\bedit\w*|\bapprov\w*|\bhuman\b|\bperson\b|\bsomeone\b|\bmanual\w*",
        r"\bproofread\w*|\bsign[- ]off\b|\boversight\b|\bverif\w*|\bautomatic\w*|\bstraight (?:to|out)\b",
    ),
    "has_eval_set": _cue(
        r"\beval\w*|\btest (?:set|data|suite|cases)\b|\bgold\w*|\bbenchmark\w*|\bbaseline\b|\bhold-?out\b",
        r"\bground truth\b|\bmeasur\w*|\bmetrics?\b",
    ),
}
# For a "no" the quote must negate the cue or state the opposite.
_BOOL_FALSE_CUES: dict[str, re.Pattern[str]] = {
    "task_changes_often": _cue(r"\bstable\b|\bfixed\b|\bsettled\b|\bsame\b"),
    "human_review": _cue(r"\bautomatic\w*|\bstraight (?:to|out)\b|\bdirectly\b|\bunattended\b"),
    "needs_external_knowledge": _cue(r"\bgeneral knowledge\b|\bcommon knowledge\b|\bpublic\b"),
}
# What a quote must contain for each value of a choice field.
_CHOICE_CUES: dict[str, dict[str, re.Pattern[str]]] = {
    "task_kind": {
        "classification": _cue(r"\bclassif\w*|\bcategor\w*|\brout\w*|\blabel\w*|\btag\w*|\btriag\w*|\bintents?\b"
                               r"|\bsentiment\b|\bsort\w*|\bflag\w*|\bqueues?\b"),
        "extraction": _cue(r"\bextract\w*|\bfields?\b|\bpars\w*|\bpull\w* out\b|\bcaptur\w*|\bentit\w*"),
        "generation": _cue(r"\bdraft\w*|\bwrit\w*|\bwrote\b|\bgenerat\w*|\bcompos\w*|\bsummar\w*|\bdescriptions?\b"
                           r"|\bcopy\b|\brepl\w*|\bemails?\b|\brespon\w*|\bslogans?\b|\btaglines?\b|\bbrainstorm\w*"),
        "question_answering": _cue(r"\banswer\w*|\bquestions?\b|\bask\w*|\bq&a\b|\bfaqs?\b|\blook\w* up\b|\blookups?\b"),
        "transformation": _cue(r"\bconvert\w*|\btranslat\w*|\brewrit\w*|\bnormali[sz]\w*|\breformat\w*|\btransform\w*"
                               r"|\bclean\w*|\bstandardi[sz]\w*"),
        "research": _cue(r"\bresearch\w*|\binvestigat\w*|\bsearch\w*|\bbrows\w*|\bcompetitors?\b|\blandscape\b"),
    },
    "stakes": {
        "high": _cue(r"\bharm\w*|\brisk\w*|\blegal\b|\bcomplian\w*|\bregulat\w*|\baudit\w*|\bliab\w*|\bsafety\b"
                     r"|\bcritical\b|\bpatients?\b|\bfined?\b|\bpenalt\w*|\bcost\w*|\bexpensive\b|\bdanger\w*"
                     r"|\baccura\w*|\bmistakes?\b|\berrors?\b|\bwrong\b|\bhigh[- ]stakes\b|\bhallucinat\w*"),
        "medium": _cue(r"\bmoderate\w*|\bmedium\b|\bannoy\w*|\binconvenien\w*|\bsome\b[^.]{0,20}\b(?:risk|cost|harm)\b"),
        "low": _cue(r"\blow\b|\bfun\b|\bbrainstorm\w*|\bdrafts?\b|\bideas?\b|\bnot critical\b|\bharmless\b"
                    r"|\b(?:doesn't|does not|won't) matter\b|\bnobody\b|\bminor\b"),
    },
    "stage": {
        "prototype": _cue(r"\bprototyp\w*|\bexplor\w*|\bexperiment\w*|\bpilot\b|\bpoc\b|\bproof[- ]of[- ]concept\b"
                          r"|\btrial\b|\btry\b|\bearly\b|\bsee (?:whether|if)\b|\bwhatever works\b"),
        "production": _cue(r"\bproduction\b|\blive\b|\bat scale\b|\blaunch\w*|\bdeploy\w*|\brollout\b|\bin use\b"),
        "one_off": _cue(r"\bone[- ]off\b|\bone[- ]time\b|\bonce\b|\bsingle (?:run|batch|job|pass)\b|\bmigrat\w*"
                        r"|\bbackfill\w*|\bnever again\b|\bwon't need\b"),
    },
    "budget": {
        "none": _cue(r"\bno budget\b|\bno money\b|\bno funds?\b|\bno funding\b|\bcan'?t afford\b|\bfree\b"
                     r"|\bbudget\b[^.]{0,20}\b(?:none|zero|nothing)\b|\b(?:don't|do not|have no) (?:\w+ )?budget\b"),
        "limited": _cue(r"\b(?:limited|small|tight|modest|tiny|minimal|some)\b[^.]{0,20}\bbudget\b|\bbudget\b[^.]{0,20}"
                        r"\b(?:limited|small|tight|modest)\b"),
        "available": _cue(r"\bbudget\b|\bfunded\b|\bfunding\b|\bafford\b|\binvest\w*|\bspend\b|\bresources\b"),
    },
}
# Numbers need a unit that fits, where the field has one.
_NUMBER_UNITS: dict[str, re.Pattern[str]] = {
    "latency_ms": _cue(r"\bms\b|\bmillisec\w*|\bsec\w*|\bs\b|\bminutes?\b|\bmins?\b|\blatency\b"),
    "accuracy_target": _cue(r"%|\bper ?cent\b|\baccura\w*|\bprecision\b|\bcorrect\b"),
}


@dataclass(frozen=True)
class Conflict:
    """The model and the offline extractor read the same field differently."""

    field: str
    offline: Fact
    model: Fact
    question: str


@dataclass
class Checked:
    """Result of checking one extraction."""

    facts: list[Fact]
    """Every offline fact, plus model facts for fields the offline extractor missed."""
    conflicts: list[Conflict]
    dropped: list[str]
    """Why each rejected model fact was rejected."""
    agreed: int = 0


def find_span(quote: str, text: str) -> tuple[int, int] | None:
    """Where in ``text`` the ``quote`` is copied from, as (start, end), or None.

    Whitespace runs may differ (descriptions are hard-wrapped), but the span must start
    and end at word boundaries: "the" does not match inside "other", "80" not inside "80,000".
    """
    words = quote.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    # A span may not start or end inside a word or a number ("the" in "other", "000" in "80,000").
    head = r"(?<!\w)(?<!\d[,.])" if re.match(r"\w", quote.strip()) else ""
    tail = r"(?!\w)(?![,.]\d)" if re.search(r"\w$", quote.strip()) else ""
    pattern = rf"{head}(?:{body}){tail}"
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def find_verbatim(quote: str, text: str) -> str | None:
    """The span of ``text`` that ``quote`` copies (whitespace runs may differ, word boundaries kept), or None."""
    at = find_span(quote, text)
    return text[at[0] : at[1]] if at else None


def _to_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        v = value.strip().lower()
        if v in {"true", "yes", "y", "1"}:
            return True
        if v in {"false", "no", "n", "0"}:
            return False
    return None


def _to_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        cleaned = value.strip().replace(",", "").replace("_", "")
        m = re.fullmatch(r"([0-9]*\.?[0-9]+)\s*([kKmM]?)", cleaned)
        if not m:
            return None
        number = float(m.group(1)) * {"": 1, "k": 1e3, "m": 1e6}[m.group(2).lower()]
    else:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def coerce(field: str, value: Any) -> Any:
    """``value`` as the type ``field`` needs, or None if it cannot be."""
    spec = FACT_FIELDS[field]
    if spec.kind == "bool":
        return _to_bool(value)
    if spec.kind == "number":
        number = _to_number(value)
        if number is None:
            return None
        if field == "accuracy_target" and 0 < number <= 1:
            number *= 100
        if field == "accuracy_target" and number > 100:
            return None
        return round(number) if field == "labelled_examples" else number
    if spec.kind == "choice":
        if not isinstance(value, str):
            return None
        v = re.sub(r"[\s-]+", "_", value.strip().lower())
        return v if v in spec.choices else None
    if isinstance(value, str) and value.strip():
        return value.strip()[:80]
    return None


def agrees(field: str, a: Any, b: Any) -> bool:
    """True when two readings of ``field`` amount to the same thing."""
    kind = FACT_FIELDS[field].kind
    if kind == "number":
        try:
            x, y = float(a), float(b)
        except (TypeError, ValueError):
            return False
        return abs(x - y) <= 0.1 * max(abs(x), abs(y)) or (x == y == 0)
    if kind == "text":
        sa, sb = str(a).casefold(), str(b).casefold()
        return sa in sb or sb in sa
    return bool(a == b)


def confirmation_question(field: str, offline: Fact, model: Fact) -> str:
    """The interview question that settles a disagreement."""
    subject = FACT_FIELDS[field].description.rstrip(".")
    quote = (model.quote or offline.quote or "")[:160]
    return (
        f'About "{quote}": {subject[0].lower()}{subject[1:]}: is it {format_value(field, model.value)} '
        f"or {format_value(field, offline.value)}?"
    )


def reading_question(field: str, other: Fact, model: Fact) -> str:
    """The question when the model reads a number the offline reader took for another fact."""
    subject = FACT_FIELDS[field].description.rstrip(".")
    quote = (model.quote or "")[:160]
    return (
        f'About "{quote}": I read that as {FACT_FIELDS[other.field].description.rstrip(".").lower()} '
        f"({format_value(other.field, other.value)}). {subject}: "
        + ("how many, if any?" if field in {"labelled_examples", "corpus_size"} else "what is it, if it matters?")
    )


def _numbers_in(field: str, text: str, start: int, end: int) -> list[float]:
    """The values ``field`` could take from the quantities written wholly inside ``text[start:end]``."""
    span = text[start:end]
    out: list[float] = []
    for q in find_quantities(text):
        if q.start < start or q.end > end:
            continue  # "80" of "80,000", "2.3" of "2.3 million": not the number as written
        out.append(q.value)
        if field == "monthly_volume" and q.per_month is not None:
            out.append(q.per_month)
        if field == "latency_ms":
            out += [q.value * 1000, q.value * 60_000]
        if field == "accuracy_target" and 0 < q.value <= 1:
            out.append(q.value * 100)
        if field == "knowledge_change_days" and q.period_days is not None:
            out.append(q.value * q.period_days)
    if field == "knowledge_change_days":
        period = parse_period(span)
        if period is not None:
            out.append(period)
    return out


def carries(field: str, value: Any, text: str, start: int, end: int) -> str | None:
    """None if ``text[start:end]`` states ``value`` for ``field``; otherwise why it does not."""
    spec = FACT_FIELDS[field]
    span = text[start:end]
    words = len(re.findall(r"\w+", span))
    if spec.kind == "number":
        number = float(value)
        if number == 0 and field in {"labelled_examples", "corpus_size"} and _NEGATION.search(span):
            return None
        if not any(agrees(field, n, number) for n in _numbers_in(field, text, start, end)):
            return f"the quote does not state {format_value(field, number)}"
        unit = _NUMBER_UNITS.get(field)
        if unit is not None and not unit.search(span):
            return f"the quote gives no unit for {field}"
        return None
    if spec.kind == "text":
        return None if str(value).casefold() in " ".join(span.split()).casefold() else "the quote does not name it"
    if words < MIN_CLAUSE_WORDS:
        return f"the quote is {words} word(s); a yes/no or a choice needs a clause that states it"
    if spec.kind == "bool":
        cue = _BOOL_CUES.get(field)
        m = cue.search(span) if cue is not None else None
        if m is None:
            return "the quote does not mention it"
        if value:
            return "the quote negates it" if negated(span, m.start(), m.end()) else None
        opposite = _BOOL_FALSE_CUES.get(field)
        if _NEGATION.search(span) or (opposite is not None and opposite.search(span)):
            return None
        return "the quote does not say no"
    cues = _CHOICE_CUES.get(field, {})
    cue = cues.get(str(value))
    m = cue.search(span) if cue is not None else re.search(rf"\b{re.escape(str(value).replace('_', ' '))}\b", span, re.I)
    if m is None:
        return f"the quote does not state {format_value(field, value)}"
    return None


def _claimed_elsewhere(field: str, value: Any, start: int, end: int, text: str, offline: list[Fact]) -> Fact | None:
    """An offline fact of another field that reads the same quoted number (the readers disagree)."""
    if FACT_FIELDS[field].kind != "number":
        return None
    for f in offline:
        if f.field == field or FACT_FIELDS[f.field].kind != "number" or not f.quote:
            continue
        at = find_span(f.quote, text)
        if at is None or at[1] <= start or at[0] >= end:
            continue
        if any(agrees(f.field, n, f.value) for n in _numbers_in(f.field, text, start, end)):
            return f
    return None


MODEL_ONLY = 0.6
"""Confidence of a fact only the model read (below :data:`ftaudit.facts.SURE`)."""


def check(text: str, proposed: list[ExtractedFact], offline: list[Fact]) -> Checked:
    """Validate the model's facts against ``text`` and merge them with ``offline``.

    The merged facts are the offline facts plus model facts for fields the offline reader
    did not find, each quoting a span that carries its value and read with low confidence
    until confirmed.  A model reading that
    contradicts the offline reader (same field, or the same number read as another fact)
    is never merged: it becomes a :class:`Conflict` with a confirmation question.
    """
    by_field = {f.field: f for f in offline}
    merged = list(offline)
    conflicts: list[Conflict] = []
    dropped: list[str] = []
    agreed = 0
    seen: set[str] = set()
    for item in proposed:
        if item.field not in FACT_FIELDS:
            dropped.append(f"unknown field {item.field[:40]!r}")
            continue
        if item.field in seen:
            dropped.append(f"{item.field}: stated twice")
            continue
        value = coerce(item.field, item.value)
        if value is None:
            dropped.append(
                f"{item.field}: value {str(item.value)[:40]!r} is not a valid {FACT_FIELDS[item.field].kind}"
            )
            continue
        at = (
            find_span(item.quote, text)
            if len(item.quote.strip()) >= MIN_QUOTE_CHARS or item.quote.strip() == text.strip()
            else None
        )
        if at is None:
            dropped.append(f"{item.field}: quote not in the text: {item.quote[:60]!r}")
            continue
        old = by_field.get(item.field)
        if old is not None and agrees(item.field, old.value, value):
            seen.add(item.field)
            agreed += 1  # the offline fact stands; nothing the model says changes it
            continue
        problem = carries(item.field, value, text, *at)
        if problem is not None:
            dropped.append(f"{item.field}: {problem}: {item.quote[:60]!r}")
            continue
        seen.add(item.field)
        # Read by the model alone: kept, but unsure until the user confirms it, so a model
        # (obedient to an injection or simply wrong) cannot move the verdict on its own.
        fact = Fact(field=item.field, value=value, source="llm", quote=text[at[0] : at[1]][:300],
                    note="model extraction, not read by the offline reader", confidence=MODEL_ONLY)
        if old is not None:
            conflicts.append(Conflict(item.field, old, fact, confirmation_question(item.field, old, fact)))
            continue
        other = _claimed_elsewhere(item.field, value, *at, text, offline)
        if other is not None:
            conflicts.append(Conflict(item.field, other, fact, reading_question(item.field, other, fact)))
            continue
        merged.append(fact)
    return Checked(merged, conflicts, dropped, agreed)
