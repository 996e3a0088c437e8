"""Money and hosting constraints stated in prose: price per call, monthly bill, constraints.

Precision first: an amount counts as a price per call only when it is tied to one request
("$0.04 per call", "about 3 cents an invoice") and as a monthly bill only when a month and
spending on the service are both in view ("we pay about $9,000 a month on the API").
Budgets, salaries, hourly rates and prices of other things are left alone.
"""

from __future__ import annotations

import re

from ftaudit.facts import Fact, FactSource

_SENTENCE = re.compile(r"(?:[^.!?;\n]|[.!?;](?!\s|$))+[.!?;]*")
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_AMOUNT = re.compile(
    rf"(?:(?:US)?\$\s?|USD\s?){_NUMBER}\s*(k|thousand|m|million)?\b(?!\s*(?:cents?\b))"
    rf"|{_NUMBER}\s*(k|thousand)?\s*(?:USD|US dollars|dollars)\b"
    r"|\b(two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred) thousand dollars\b"
    rf"|{_NUMBER}\s*cents?\b",
    re.IGNORECASE,
)
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "twenty": 20, "fifty": 50, "a hundred": 100}
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}

# What follows an amount to make it a price of one unit of work.
_PER_UNIT = re.compile(r"^\s*(?:per|an?|each|for each|/)\s*([a-z][a-z-]*)", re.IGNORECASE)
_NOT_A_REQUEST = frozenset({
    "month", "year", "week", "day", "hour", "minute", "annum", "seat", "user", "licence", "license",
    "head", "employee", "person", "fte", "gpu", "server", "node", "instance", "token", "tokens",
    "million", "1m", "thousand", "k", "lot", "bit", "few", "couple", "budget", "salary", "piece",
    "unit", "item", "product", "kg", "kilo", "litre", "liter", "share", "ticket-holder",
})
_SELLING = re.compile(r"\b(sells?|sold|selling|retails?|revenue|priced at|charge (?:our )?customers|we charge|fee we)\b",
                      re.IGNORECASE)
_MONTH_AFTER = re.compile(r"^\s*(?:a|per|/|each|every)\s*(?:month|mo)\b|^\s*monthly\b|^\s*last month\b|^\s*in a month\b",
                          re.IGNORECASE)
_BILL_CONTEXT = re.compile(r"\b(bill|billing|invoice|invoiced|spend|spending|spent|pay|paying|paid|costs?|costing|"
                           r"pricing|works? out|comes? to|came to|"
                           r"api|openai|azure|tokens?|usage)\b", re.IGNORECASE)
_BILL_BEFORE = re.compile(r"\b(?:monthly|per month|a month|each month|every month|last month)\b[^$]{0,40}"
                          r"\b(?:bill|spend|invoice|cost|costs)\b[^$]{0,40}$"
                          r"|\b(?:bill|spend|invoice|costs?)\b[^$.]{0,12}\b(?:for|in|of) (?:last|this|the past) month\b"
                          r"[^$]{0,30}$", re.IGNORECASE)
# "$0.0032 per call → $6,850/month": a monthly amount worked out from a price per unit of work,
# or the result of arithmetic on usage, is what the service costs.
_USAGE_IN_VIEW = re.compile(r"\bper (?:call|request|query|message|document|page|invoice|ticket|item|run)\b"
                            r"|\s(?:→|->|=>|=)\s*(?:about |around |~)?(?:US)?\$", re.IGNORECASE)
# A bare "$41k last month" is money spent; "last month" never sets a target.
_PAST_MONTH_AFTER = re.compile(r"^\s*(?:last month|in the last month|over the last month)\b", re.IGNORECASE)
_NOT_A_BILL = re.compile(r"\b(budget|salary|salaries|wage|wages|earns?|hire|hiring|contractor|headcount|revenue|"
                         r"saves?|saved|saving|savings|sells?|sold|fine|fines|penalty|penalties|price of (?:a|the) (?:product|item)|"
                         r"licen[cs]e|subscription per seat|could|would|might|cap|limit|at most|no more than|if we|once we|at scale)\b",
                         re.IGNORECASE)

_CONSTRAINTS: dict[str, re.Pattern[str]] = {
    "air_gapped": re.compile(r"\bair[- ]?gapped\b|\bno (?:internet|external) (?:access|connectivity|connection)\b|"
                             r"\b(?:isolated|separated) from (?:the )?internet\b|\bfully offline\b|"
                             r"\bno cloud connection\b", re.IGNORECASE),
    "on_prem": re.compile(r"\bon[- ]prem(?:ise|ises)?\b|\bon our own (?:servers|gpus?|hardware|gpu servers)\b|"
                          r"\b(?:in|within) our own (?:data ?cent(?:re|er)|server room)\b|"
                          r"\bstays? on our (?:own )?(?:servers|network)\b|\bown data ?cent(?:re|er)\b|"
                          r"\bmust not leave our (?:data ?cent(?:re|er)|servers|network)\b|\bself-hosted only\b",
                          re.IGNORECASE),
    "eu_residency": re.compile(r"\b(?:stays?|stay|remain|kept|keep|hosted|processed|processing|hosting)\b[^.;]{0,40}"
                               r"\b(?:in|within|inside) (?:the |our )?(?:eu|european union|eea)\b|"
                               r"\bcan(?:'|no)t leave the eu\b|\b(?:never|not|doesn't|does not) leaves? (?:the |our )?eu\b|"
                               r"\beu (?:hosting|data residency|residency) only\b|\bnothing leaves the eu\b",
                               re.IGNORECASE),
    "no_vendor_training": re.compile(r"\b(?:not|never|no|nothing|forbids?|exclude[sd]?)\b[^.;]{0,60}"
                                     r"\btrain(?:s|ing|ed)?\b[^.;]{0,40}\b(?:vendor|provider|external|third-party|"
                                     r"anyone|outside|models?)\b|\bno vendor training\b|"
                                     r"\bexcludes? training on our\b|\bdoesn't train on our\b|"
                                     r"\b(?:a )?(?:service|vendor|anything) (?:that|who|which) (?:might )?trains? on (?:it|them)\b",
                                     re.IGNORECASE),
    "personal_data": re.compile(r"(?<!\bno )(?<!\bNo )\bpersonal (?:data|details|information|health|financial)\b|\bgdpr\b|\bphi\b|"
                                r"(?<!\bNo )(?<!\bno )\bpatient (?:data|details|records)\b|\bhealth data\b|\bpii\b", re.IGNORECASE),
}


def _amount(m: re.Match[str]) -> float | None:
    """The amount in dollars, or None."""
    g = m.groups()
    try:
        if g[0] is not None:
            return float(g[0].replace(",", "")) * _SCALE.get((g[1] or "").lower(), 1.0)
        if g[2] is not None:
            return float(g[2].replace(",", "")) * _SCALE.get((g[3] or "").lower(), 1.0)
        if g[4] is not None:
            return _WORDS[g[4].lower()] * 1000.0
        if g[5] is not None:
            return float(g[5].replace(",", "")) / 100.0
    except (ValueError, KeyError):
        return None
    return None


_TARGET_BEFORE = re.compile(r"\b(?:under|below|less than|at most|no more than|within|target|goal|cap|capped|max(?:imum)?|"
                            r"aim|budget|if|would|could)\b[^$\d]{0,25}$", re.IGNORECASE)


_STATED_UNDER = re.compile(r"\b(?:is|was|are|were|came to|comes to|runs?|ran|at)\s+(?:just\s+)?under\s*$"
                           r"|\bjust under\s*$", re.IGNORECASE)


def _target(sentence: str, m: re.Match[str]) -> bool:
    """True when the amount is a target or a limit ("under $0.002"), not what is paid today.

    "The bill is just under $19,000" states the bill; "stay under $0.002" sets a target.
    """
    before = sentence[max(0, m.start() - 40):m.start()]
    if _STATED_UNDER.search(before) and not re.search(r"\b(target|goal|aim|must|should|need)\b", before, re.I):
        return False
    return bool(_TARGET_BEFORE.search(before)) or \
        bool(re.search(r"\btarget\b|\[ \]", sentence[:m.start()], re.IGNORECASE))


def _per_call(sentence: str, m: re.Match[str], value: float) -> bool:
    if value <= 0 or value > 5 or _target(sentence, m) or _SELLING.search(sentence):
        return False
    after = sentence[m.end():m.end() + 30]
    unit = _PER_UNIT.match(after)
    if unit:
        noun = unit.group(1).lower()
        return noun not in _NOT_A_REQUEST and not re.match(r"^\s*/\s*(?:1m|m|k|mtok)", after, re.IGNORECASE)
    # "around $0.031" with no unit: only a sub-dollar amount in a sentence about what a call costs.
    return value < 1 and bool(re.search(r"\b(per (?:call|request)|each call|a call|per query|cost per)\b",
                                        sentence, re.IGNORECASE)) and not _NOT_A_BILL.search(sentence)


def _monthly(sentence: str, m: re.Match[str], value: float) -> bool:
    if value < 1 or _target(sentence, m):
        return False
    if _NOT_A_BILL.search(sentence):
        return False
    after = sentence[m.end():m.end() + 20]
    before = sentence[max(0, m.start() - 80):m.start()]
    if _PAST_MONTH_AFTER.match(after):
        return True
    if _MONTH_AFTER.match(after):
        return bool(_BILL_CONTEXT.search(sentence) or _USAGE_IN_VIEW.search(sentence))
    return bool(_BILL_BEFORE.search(before))


def read_money(text: str, *, source: FactSource = "text") -> list[Fact]:
    """``cost_per_call_usd``, ``monthly_bill_usd`` and ``constraints`` stated in ``text``.

    Each fact quotes the sentence it rests on; the first clear statement of each wins.
    """
    found: dict[str, Fact] = {}
    constraints: list[str] = []
    quotes: list[str] = []
    for s in _SENTENCE.finditer(text):
        sentence = s.group(0).strip()
        if not sentence:
            continue
        for m in _AMOUNT.finditer(sentence):
            value = _amount(m)
            if value is None:
                continue
            if "cost_per_call_usd" not in found and _per_call(sentence, m, value):
                found["cost_per_call_usd"] = Fact(field="cost_per_call_usd", value=round(value, 6), source=source,
                                                  quote=sentence, confidence=0.9, note=f"${value:g} per call")
            elif "monthly_bill_usd" not in found and _monthly(sentence, m, value):
                found["monthly_bill_usd"] = Fact(field="monthly_bill_usd", value=round(value, 2), source=source,
                                                 quote=sentence, confidence=0.9, note=f"${value:,.0f} a month")
        hits = [name for name, pattern in _CONSTRAINTS.items() if pattern.search(sentence) and name not in constraints]
        if hits:
            constraints += hits
            quotes.append(sentence)
    if constraints:
        found["constraints"] = Fact(field="constraints", value=sorted(constraints), source=source,
                                    quote=quotes[0], confidence=0.9,
                                    note=None if len(quotes) == 1 else "also: " + " | ".join(quotes[1:3]))
    return list(found.values())
