"""Numbers in prose: "2.3 million a month", "a few dozen a day", "60k", "two seconds".

:func:`find_quantities` returns every quantity with the words that follow it (its
noun) and the period it is counted over, so that extractors can decide what it
counts.  Everything keeps character offsets into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "a hundred": 100, "a thousand": 1000,
    "a dozen": 12, "dozen": 12, "half a dozen": 6, "a couple of": 2, "a couple": 2, "a handful of": 5,
    "a handful": 5, "a few": 3, "several": 5, "a dozen or so": 12,
}
_VAGUE = {
    "half a million": 500_000, "a quarter of a million": 250_000, "a quarter million": 250_000,
    "half a billion": 500_000_000, "a million": 1_000_000, "a billion": 1_000_000_000,
    "low thousands": 2000, "high hundreds": 800, "low hundreds": 200,
    "a couple hundred": 200, "a couple of hundred": 200, "a couple thousand": 2000, "a couple of thousand": 2000,
    "tens of millions": 30_000_000, "a few dozen": 36, "several dozen": 50, "dozens of": 40, "dozens": 40, "a few hundred": 300,
    "several hundred": 500, "hundreds of": 300, "hundreds": 300, "a few thousand": 3000,
    "several thousand": 5000, "thousands of": 3000, "thousands": 3000, "tens of thousands": 30000,
    "hundreds of thousands": 300000, "a few million": 3_000_000, "millions of": 3_000_000,
    "millions": 3_000_000,
}
_MULT = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mio": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "hundred": 100, "lakh": 1e5,
}
PERIOD_DAYS = {
    "second": 1 / 86400, "sec": 1 / 86400, "minute": 1 / 1440, "min": 1 / 1440, "hour": 1 / 24,
    "day": 1.0, "daily": 1.0, "night": 1.0, "nightly": 1.0, "business day": 1.4, "working day": 1.4,
    "weekday": 1.4, "week": 7.0, "weekly": 7.0, "fortnight": 14.0, "fortnightly": 14.0,
    "month": 30.4, "monthly": 30.4, "quarter": 91.0, "quarterly": 91.0, "year": 365.0,
    "yearly": 365.0, "annually": 365.0, "annual": 365.0, "hourly": 1 / 24,
}

_UNIT_ALIASES = {"s": "second", "h": "hour", "hr": "hour", "d": "day", "wk": "week", "mo": "month", "mth": "month",
                 "qtr": "quarter", "yr": "year", "y": "year"}
_NUM = r"\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted((re.escape(w) for w in {**_SMALL, **_VAGUE}), key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?<![\w.])(?P<num>{_NUM})(?:\s*(?P<mult>k|m|mn|mio|bn|b|thousand|million|billion|hundred|lakh)\b)?"
    rf"|(?<![\w-])(?P<word>{_WORDS})\b(?:\s+(?P<wmult>thousand|million|hundred)\b)?",
    re.IGNORECASE,
)
_PERIOD = (
    r"\b(?:a|an|per|each|every|in\s+a|in\s+one)\s+(?:single\s+)?"
    r"(?P<unit>second|sec|minute|min|hour|business\s+day|working\s+day|day|night|week|fortnight|"
    r"month|quarter|year)\b"
    r"|/\s*(?P<abbr>second|sec|s|minute|min|hour|hr|h|day|d|week|wk|month|mo|mth|quarter|qtr|year|yr|y)\b"
    r"|\b(?P<adv>hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually)\b"
    r"|\b(?P<rps>rps|qps)\b"
)
_PERIOD_RE = re.compile(_PERIOD, re.IGNORECASE)
_DURATION_AFTER = re.compile(r"\s*(?:min|mins|minutes?|hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)
"""A number followed by this is itself a length of time, not a count."""
_NOUN_WORD = re.compile(r"[A-Za-z][A-Za-z&/'-]*")


@dataclass(frozen=True)
class Quantity:
    """A number found in text, with what follows it."""

    value: float
    start: int
    end: int
    text: str
    """The number as written."""
    after: str
    """Up to six words that follow the number (its noun phrase, lower-case)."""
    period_days: float | None
    """Length of the period it is counted over ("a month" → 30.4), if any."""
    percent: bool = False
    vague: bool = False
    window_days: float | None = None
    """Length of a recent stretch the count was taken over ("last month", "in the last 30 days"),
    when no period is stated: the count is then a rate measured over that stretch."""

    @property
    def rate_days(self) -> float | None:
        """Days the count is a rate over: its stated period, else the recent stretch it was counted over."""
        return self.period_days or self.window_days

    @property
    def per_month(self) -> float | None:
        """The quantity as a monthly rate, if it has a period or was counted over a recent stretch."""
        days = self.rate_days
        return None if days is None else self.value * 30.4 / days


def _parse_number(raw: str) -> float:
    return float(re.sub(r"[,\u202f\u00a0 ]", "", raw))


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order."""
    out: list[Quantity] = []
    for m in _QUANTITY.finditer(text):
        vague = False
        if m.group("num"):
            value = _parse_number(m.group("num"))
            mult = (m.group("mult") or "").lower()
            if mult:
                value *= _MULT[mult]
            # "1999" or "2026" alone is a year, not a count.
            if not mult and re.fullmatch(r"(19|20)\d\d", m.group("num")):
                continue
        else:
            word = m.group("word").lower()
            vague = word in _VAGUE or word in {"a few", "several", "a handful", "a handful of"}
            value = float(_SMALL.get(word) or _VAGUE[word])
            if m.group("wmult"):
                value *= _MULT[m.group("wmult").lower()]
        end = m.end()
        tail = text[end : end + 80]
        percent = bool(re.match(r"\s*(%|per\s?cent)", tail, re.IGNORECASE))
        words = _NOUN_WORD.findall(tail.split(".")[0].split(";")[0])[:6]
        after = " ".join(words).lower()
        period = None
        window = text[end : end + 60].split(".")[0].split(";")[0]
        pm = _PERIOD_RE.search(window)
        # The period must follow the number closely: "250 articles a day", not a later clause.
        gap = window[: pm.start()] if pm else ""
        # A comma or dash between number and period starts another thought ("twelve accountants, um, every week").
        if pm and len(_NOUN_WORD.findall(gap)) <= 4 and not re.search(r"[,;:(]|\s[-\u2013\u2014]\s", gap):
            unit = (pm.group("unit") or pm.group("abbr") or pm.group("adv") or "second").lower()
            period = PERIOD_DAYS[_UNIT_ALIASES.get(unit, re.sub(r"\s+", " ", unit))]
        if period is None:
            # "9,000 written appeals against penalty notices arrive per month": a verb of arrival
            # carries the period further than four words.
            far = re.search(r"\b(?:arrive|arrives|come in|comes in|are received|are submitted|are filed|are sent|"
                            r"reach us|are processed|are handled)\s+(?:per|a|each|every)\s+(second|minute|hour|day|week|month|"
                            r"quarter|year)\b", text[end: end + 120].split(".")[0], re.IGNORECASE)
            if far:
                period = PERIOD_DAYS[far.group(1).lower()]
        if period is None:
            # "Each month about 3 million product titles come in": the period opens the clause.
            lead = re.search(r"(?:^|[.;:!?(]\s*|,\s*|\b(?:and|but)\s+)(?:each|every|per)\s+(day|week|month|quarter|year)\b"
                             r"[^.;:,()\d]{0,30}$", text[max(0, m.start() - 60): m.start()], re.IGNORECASE)
            if lead and not _DURATION_AFTER.match(tail):
                period = PERIOD_DAYS[lead.group(1).lower()]
        stretch = _recent_window(text, m.start(), end) if period is None and not percent else None
        out.append(Quantity(value, m.start(), end, m.group(0), after, period, percent, vague, stretch))
    return out


_WINDOW = (r"(?:last|past|previous|in the (?:last|past)|over the (?:last|past)|during the (?:last|past))\s+"
           r"(?:(?P<n>\d{1,3}|one|two|three|four|six)\s+)?(?P<unit>day|week|month|quarter)s?\b")
_WINDOW_AFTER = re.compile(rf"^(?:\s+[A-Za-z][\w'-]*){{0,5}}?\s+(?:in\s+|over\s+|during\s+)?{_WINDOW}", re.IGNORECASE)
_WINDOW_BEFORE = re.compile(rf"(?:^|[.;:!?(]\s*|^\W*)(?:in\s+|over\s+|during\s+)?{_WINDOW}\)?[,:]?\s*"
                            r"(?:[A-Za-z][\w'-]*\s+){0,4}(?:~|about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)


def _recent_window(text: str, start: int, end: int) -> float | None:
    """Days in a recent stretch the number at ``text[start:end]`` was counted over, if one is named.

    "2.1M messages last month" and "In the last 30 days we routed 2.1M" measure a rate; a year or
    more ("over the past two years") is an accumulation, so only stretches up to a quarter count.
    """
    after = text[end: end + 70].split(".")[0].split(";")[0]
    m = _WINDOW_AFTER.match(after)
    if m is None or re.search(r"[,(]", after[: m.start("unit")]):
        m = _WINDOW_BEFORE.search(text[max(0, start - 70): start])
    if m is None:
        return None
    if _DURATION_AFTER.match(text[end: end + 12]):
        return None  # the number is itself a length of time ("3 days last month")
    n = m.group("n") or ""
    count = int(n) if n.isdigit() else _SMALL.get(n.lower(), 1)
    days = PERIOD_DAYS[m.group("unit").lower()] * count
    if 28 <= days <= 31:
        days = PERIOD_DAYS["month"]  # "the last 30 days", "the past four weeks": a month
    return days if 1 <= days <= 92 else None


_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:usd|eur|gbp|chf))\s*~?$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"\s*(?:k|m|bn)?\s*(?:euros?|eur|dollars?|usd|pounds?|gbp|francs?|chf|yen|rupees?|[$€£])(?:\W|$)",
                          re.IGNORECASE)


def is_money(q: Quantity, sentence: str) -> bool:
    """True when ``q`` (found in ``sentence``) is an amount of money: "$6,500", "40 dollars"."""
    before = sentence[max(0, q.start - 60): q.start]
    return bool(_MONEY_BEFORE.search(before) or _MONEY_AFTER.match(sentence[q.end: q.end + 40]))


def parse_period(text: str) -> float | None:
    """Days between changes for phrases like "every two weeks", "monthly", "twice a year"."""
    t = text.lower()
    m = re.search(r"\b(twice|two times|three times|\d+ times|once)\s+(?:a|per|every)\s+(day|week|month|quarter|year)", t)
    if m:
        n = {"twice": 2, "two times": 2, "three times": 3, "once": 1}.get(m.group(1))
        if n is None:
            n = int(m.group(1).split()[0])
        return PERIOD_DAYS[m.group(2)] / max(n, 1)
    m = re.search(
        r"\bevery\s+(?:(\d+|two|three|four|six|few|couple of)\s+)?(second|minute|hour|day|week|fortnight|month|quarter|year)s?\b", t
    )
    if m:
        n_raw = m.group(1)
        n = {"two": 2, "three": 3, "four": 4, "six": 6, "few": 3, "couple of": 2}.get(n_raw or "")
        if n is None:
            n = int(n_raw) if n_raw and n_raw.isdigit() else 1
        return PERIOD_DAYS[m.group(2)] * n
    m = re.search(r"\b(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually)\b", t)
    if m:
        return PERIOD_DAYS[m.group(1)]
    m = re.search(r"\bevery\s+(\d+)\s*(?:min|mins|minutes)\b", t)
    if m:
        return int(m.group(1)) / 1440
    m = re.search(r"\b(?:a )?few times (?:a|per|each) (season|year|month|quarter)\b", t)
    if m:
        return {"season": 91.0, "year": 365.0, "month": 30.4, "quarter": 91.0}[m.group(1)] / 3
    if re.search(r"\bmid-?month\b|\bwhenever\b|\bat any time\b|\bwithout (?:notice|warning)\b|\bsuddenly\b", t):
        return 14.0
    if re.search(r"\b(?:during|throughout|over) the year\b|\bseveral times a year\b|\bper season\b|\beach season\b", t):
        return 60.0
    if re.search(r"\b(during the day|several times a day|many times a day|intraday|real[- ]time|constantly|continuously|all the time|every few minutes|as it happens|live)\b", t):
        return 0.25
    m = re.search(r"\b(?:each|a|per|every)\s+(day|week|month|quarter|year)\b", t)
    if m:
        return PERIOD_DAYS[m.group(1)]
    if re.search(r"\b(each|every|with each|on each) (release|version|sprint|deploy)", t):
        return 14.0
    return None
