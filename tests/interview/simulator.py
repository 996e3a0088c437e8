"""A simulated user who only answers what is asked, from a blind-written profile (BRIEF.md).

:func:`run_profile` plays one profile against an :class:`ftaudit.AuditSession` and returns
what happened: the verdict, each question asked, repeats, questions that could not apply,
corrections missed, hedges made firm and facts read wrong.  The yes_no persona answers
"yes" or "no" from the truth and the question's own polarity (``Question.yes_value``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from ftaudit import AuditSession
from ftaudit.facts import FACT_FIELDS
from ftaudit.facts import format_value

MAX_TURNS = 30
# The engine has no separate kinds for these; the reader maps them to its nearest kind.
_KIND_ALIASES = {"summarisation": {"transformation", "generation"}, "translation": {"transformation"},
                 "code": {"generation", "transformation"}, "tool_use": {"research", "question_answering"}}
# The engine's description reader has no "pilot" stage; it reads a pilot as a prototype.
_STAGE_ALIASES = {"pilot": {"pilot", "prototype"}}


@dataclass
class Outcome:
    """What happened when one profile was played."""

    name: str
    persona: str
    label: str
    approach: str
    correct: bool
    questions: list[str] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)
    not_applicable: list[str] = field(default_factory=list)
    corrections_missed: list[str] = field(default_factory=list)
    hedges_made_firm: list[str] = field(default_factory=list)
    read_wrong: list[str] = field(default_factory=list)
    transcript: list[tuple[str, str]] = field(default_factory=list)


def load_profiles(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """Every ``*.yaml`` profile under ``folder`` (or its ``profiles/``), sorted by name."""
    root = folder / "profiles" if (folder / "profiles").is_dir() else folder
    return [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(root.glob("*.yaml"))]


def matches(name: str, value: Any, truth: Any) -> bool:
    """True when a value the tool holds agrees with the profile's truth."""
    if name not in FACT_FIELDS:
        return True
    kind = FACT_FIELDS[name].kind
    if kind == "number":
        try:
            v, t = float(value), float(truth)
        except (TypeError, ValueError):
            return False
        if name in {"knowledge_change_days", "latency_ms"}:
            return t / 2.5 <= v <= t * 2.5 or (t >= 3650 and v >= 365)
        return abs(v - t) <= 0.35 * max(abs(t), 1.0)
    if name == "task_kind":
        return bool(value == truth or value in _KIND_ALIASES.get(str(truth), set()))
    if name == "stage":
        return bool(value == truth or value in _STAGE_ALIASES.get(str(truth), set()))
    if kind == "bool":
        return bool(value) == bool(truth)
    return bool(value == truth)


def _reply(profile: dict[str, Any], session: AuditSession, q: Any, corrected: set[str] | None = None) -> tuple[str, bool]:
    """The simulated user's answer to ``q`` and whether it gives the value firmly.

    A question that shows facts as taken ("I take it ...; say so if not") gets an objection
    ("30, not 3,000") when one of them is wrong, except a value a self-correcting user still
    believes (its correction, in ``corrected`` once sent, comes later).
    """
    corrected = corrected or set()
    truth: dict[str, Any] = profile.get("truth") or {}
    answers: dict[str, str] = {k: str(v) for k, v in (profile.get("answers") or {}).items()}
    unsure = set(profile.get("unsure") or [])
    name = q.field
    if name == "description":
        return "I don't know", False
    believed = {str(c["field"]) for c in profile.get("corrections") or [] if c["field"] not in corrected}
    for f in getattr(q, "assumed", []):  # the question shows a fact as taken: object if it is wrong
        held = session.case.facts.get(f)
        if held is not None and f in truth and f in FACT_FIELDS and f not in believed \
                and not matches(f, held.value, truth[f]):
            # The objection answers nothing about q.field, so asking q again is no repeat.
            return f"{format_value(f, truth[f])}, not {format_value(f, held.value)}", False
    if q.kind == "yes_no" and q.yes_value is not None and name in truth and isinstance(truth[name], bool) \
            and (profile.get("persona") == "yes_no" or name not in answers):
        return ("yes" if truth[name] == q.yes_value else "no"), True
    if q.criterion == "confirm" and name in truth and name not in answers:
        held = session.case.facts.get(name)
        if held is not None and matches(name, held.value, truth[name]):
            return "yes", True
        return format_value(name, truth[name]) if name in FACT_FIELDS else str(truth[name]), True
    if name in answers:
        return answers[name], name not in unsure
    if name in truth and name in FACT_FIELDS:
        return format_value(name, truth[name]), True
    return "I don't know", False


def run_profile(name: str, profile: dict[str, Any], session: AuditSession | None = None) -> Outcome:
    """Play ``profile`` to the end of the interview and score it."""
    s = session or AuditSession(name=name)
    truth: dict[str, Any] = profile.get("truth") or {}
    unsure = set(profile.get("unsure") or [])
    corrections = sorted(profile.get("corrections") or [], key=lambda c: int(c.get("after_turn", 0)))
    transcript: list[tuple[str, str]] = [("user", str(profile["opening"]).strip())]
    s.answer(str(profile["opening"]))
    firm: set[str] = set()
    corrected: set[str] = set()
    asked: list[str] = []
    repeats: list[str] = []
    turn = 0
    while turn < MAX_TURNS:
        q = s.next_question()
        if q is None or q.field == "description":
            break
        turn += 1
        due = [c for c in corrections if int(c.get("after_turn", 0)) == turn]
        if due:
            for c in due:
                transcript.append(("user", str(c["text"])))
                s.answer(str(c["text"]))
                corrected.add(str(c["field"]))
            q = s.next_question()
            if q is None or q.field == "description":
                break
        asked.append(q.field)
        transcript.append(("tool", q.text))
        if q.field in firm and q.criterion != "confirm":
            repeats.append(q.field)
        text, sure = _reply(profile, s, q, corrected)
        transcript.append(("user", text))
        s.answer(text)
        if sure:
            firm.add(q.field)
    for c in corrections:  # a correction due after the last question is sent at the end
        if int(c.get("after_turn", 0)) > turn:
            transcript.append(("user", str(c["text"])))
            s.answer(str(c["text"]))
    d = s.decision()
    acceptable = {profile["label"]} | {part for a in profile.get("also_acceptable") or [] for part in str(a).split("+")}
    case = s.case
    out = Outcome(name=name, persona=str(profile.get("persona")), label=str(profile["label"]),
                  approach=d.approach, correct=d.approach in acceptable if s.has_facts else False,
                  questions=asked, repeats=repeats, transcript=transcript)
    out.not_applicable = [f for f in asked if f in set(profile.get("not_applicable") or [])]
    for c in corrections:
        held = case.facts.get(c["field"])
        if held is None or not matches(c["field"], held.value, c["right"]):
            out.corrections_missed.append(c["field"])
    out.hedges_made_firm = [f for f in sorted(unsure) if f in FACT_FIELDS and case.known(f)]
    out.read_wrong = [f for f, v in truth.items() if f in FACT_FIELDS and case.known(f)
                      and not matches(f, case.facts[f].value, v)]
    return out
