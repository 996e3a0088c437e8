"""The :class:`Assistant`: what the model does in an audit, and what happens when it fails.

One Assistant per audit or interview session.  Each method either returns the
model's checked contribution or falls back to the offline result, and records
which; nothing it returns can change the engine's verdict for a given set of
facts.
"""

from __future__ import annotations

import re
import threading
import time
from typing import TYPE_CHECKING, Any

from ftaudit.errors import ModelError
from ftaudit.facts import Fact, UseCase
from ftaudit.llm import prompts
from ftaudit.llm.client import CURRENT_ATTEMPTS, build_chat_model, local_server
from ftaudit.llm.config import LLMSettings
from ftaudit.llm.extraction import Conflict, check
from ftaudit.llm.faults import Fault, classify
from ftaudit.llm.narrative import check_narrative, clean
from ftaudit.llm.prompts import Extraction, Narrative
from ftaudit.llm.ratelimit import RateLimiter
from ftaudit.llm.usage import Ledger
from pydantic import BaseModel, ValidationError

if TYPE_CHECKING:
    from ftaudit.report.build import AuditReport
    from ftaudit.retrieve.index import GuidanceIndex

PASSAGE_CHARS = 700
_NUMBER = re.compile(r"\d[\d,.]*")


class ExtractResult(BaseModel):
    """Everything :meth:`Assistant.extract_detailed` found."""

    facts: list[Fact]
    questions: list[str]
    conflicts: list[dict[str, Any]]
    """One per question: ``field``, ``offline`` and ``model`` values, ``quote``, ``question``."""
    used_model: bool


class _Model:
    """The chat model and its structured-output runnables, built once and shared by forks."""

    def __init__(self, settings: LLMSettings, chat_model: Any = None) -> None:
        self.settings = settings
        self._chat = chat_model
        self._structured: dict[str, Any] = {}
        self._lock = threading.Lock()

    def chat(self) -> Any:
        with self._lock:
            if self._chat is None:
                url = local_server(self.settings).base_url if self.settings.backend == "local" else None
                self._chat = build_chat_model(self.settings, base_url=url)
            return self._chat

    def structured(self, schema: type[BaseModel]) -> Any:
        chat = self.chat()
        with self._lock:
            runnable = self._structured.get(schema.__name__)
            if runnable is None:
                runnable = chat.with_structured_output(schema, method=self.settings.structured_method, include_raw=True)
                self._structured[schema.__name__] = runnable
            return runnable


class Assistant:
    """The model's side of an audit.  Thread-safe; records usage and every fallback.

    Args:
        settings: which model to use (see :func:`~ftaudit.llm.settings_from_env`).
        rate_limiter: a limiter shared with other assistants (batch), or None.
        chat_model: a ready LangChain chat model to use instead of building one.
    """

    def __init__(
        self,
        settings: LLMSettings,
        *,
        rate_limiter: RateLimiter | None = None,
        chat_model: Any = None,
        _model: _Model | None = None,
    ) -> None:
        self.settings = settings
        self.rate_limiter = rate_limiter
        self._model = _model or _Model(settings, chat_model)
        self._ledger = Ledger(settings.backend, settings.model)
        self._lock = threading.Lock()
        self._consecutive = 0
        self._circuit: str | None = None
        if settings.key_withheld:
            self._ledger.note(
                f"OPENAI_API_KEY was not sent to {settings.host()} (placeholder key used); "
                "set FTAUDIT_SEND_KEY_TO_BASE_URL=1 to send it"
            )

    def fork(self) -> Assistant:
        """A fresh Assistant (own usage, own circuit) sharing this one's model and rate limiter."""
        return Assistant(self.settings, rate_limiter=self.rate_limiter, _model=self._model)

    # -- plumbing --------------------------------------------------------------------------

    def _fault(self, part: str, fault: Fault) -> None:
        with self._lock:
            if fault.transport:
                self._consecutive += 1
            tripped = fault.transport and self._consecutive >= self.settings.circuit_failures
            if (fault.fatal or tripped) and self._circuit is None:
                self._circuit = fault.reason
                self._ledger.open_circuit()
        self._ledger.fallback(part, fault.reason)

    def _call(self, part: str, runnable_of: Any, messages: list[tuple[str, str]]) -> Any:
        """Invoke the model once (SDK retries aside); None after recording a fallback."""
        with self._lock:
            circuit = self._circuit
        if circuit is not None:
            self._ledger.fallback(part, f"model not called: it failed earlier in this audit ({circuit})")
            return None
        if self.rate_limiter is not None:
            self.rate_limiter.acquire()
        token = CURRENT_ATTEMPTS.set(self._ledger.attempt)
        start = time.monotonic()
        try:
            out = runnable_of().invoke(messages)
        except ModelError as exc:
            self._ledger.call(failed=True, seconds=time.monotonic() - start)
            self._fault(part, Fault(str(exc)[:300], fatal=True))
            return None
        except Exception as exc:
            self._ledger.call(failed=True, seconds=time.monotonic() - start)
            self._fault(
                part,
                classify(exc, timeout=self.settings.timeout, retries=self.settings.max_retries),
            )
            return None
        finally:
            CURRENT_ATTEMPTS.reset(token)
        raw = out.get("raw") if isinstance(out, dict) else out
        meta = getattr(raw, "usage_metadata", None) or {}
        self._ledger.call(
            prompt_tokens=int(meta.get("input_tokens", 0) or 0),
            completion_tokens=int(meta.get("output_tokens", 0) or 0),
            seconds=time.monotonic() - start,
        )
        with self._lock:
            self._consecutive = 0
        return out

    def _structured(self, part: str, schema: type[BaseModel], messages: list[tuple[str, str]]) -> Any:
        out = self._call(part, lambda: self._model.structured(schema), messages)
        if out is None:
            return None
        parsed = out.get("parsed")
        if isinstance(parsed, schema):
            return parsed
        self._ledger.fallback(part, _parse_problem(out, schema))
        return None

    def _bound_chat(self, max_tokens: int) -> Any:
        chat = self._model.chat()
        limit: dict[str, Any] = {"max_tokens": max_tokens}
        extra = getattr(chat, "extra_body", None)
        if extra:
            limit["extra_body"] = {**extra, "max_tokens": max_tokens}
        return chat.bind(**limit)

    def complete(self, part: str, messages: list[tuple[str, str]], max_tokens: int) -> str | None:
        """The model's plain-text reply to ``messages`` (``(role, text)`` pairs), at most ``max_tokens``.

        ``part`` names the job in the usage ledger (``phrase``, ``summary``, ``probe``...).  None when
        the call failed or the budget is spent; the failure is recorded, never raised.
        """
        out = self._call(part, lambda: self._bound_chat(max_tokens), messages)
        if out is None:
            return None
        content = getattr(out, "content", "")
        if not isinstance(content, str):
            content = " ".join(str(c.get("text", "")) if isinstance(c, dict) else str(c) for c in content)
        return content

    # -- the four jobs ---------------------------------------------------------------------

    def extract_detailed(self, text: str, offline: list[Fact]) -> ExtractResult:
        """Like :meth:`extract`, with each disagreement spelt out for the interview."""
        json_mode = self.settings.structured_method == "json_mode"
        got = self._structured("extract", Extraction, prompts.extraction_messages(text, json_mode=json_mode))
        if got is None:
            return ExtractResult(facts=list(offline), questions=[], conflicts=[], used_model=False)
        checked = check(text, got.facts, offline)
        for reason in checked.dropped:
            self._ledger.removed("fact", reason)
        self._ledger.success("extract")
        self._ledger.confirmations(len(checked.conflicts))
        return ExtractResult(
            facts=checked.facts,
            questions=[c.question for c in checked.conflicts],
            conflicts=[_conflict_dict(c) for c in checked.conflicts],
            used_model=True,
        )

    def extract(self, text: str, offline: list[Fact]) -> tuple[list[Fact], list[str]]:
        """Merged facts and confirmation questions.

        The result holds every offline fact, plus model facts (``source="llm"``) for
        fields the offline extractor did not find, each with a verbatim quote from
        ``text``.  Model facts whose quote is not in the text, whose field is unknown or
        whose value has the wrong type are dropped and counted.  Where the model reads
        a field differently from the offline extractor, the offline fact stays and a
        confirmation question is returned.  On any failure: ``(offline, [])``.
        """
        result = self.extract_detailed(text, offline)
        return result.facts, result.questions

    def phrase_question(self, question_text: str, case: UseCase) -> str:
        """The question in natural words for this team; ``question_text`` on any failure."""
        out = self.complete("phrase", prompts.phrase_messages(question_text, case), max_tokens=80)
        if out is None:
            return question_text
        phrased = clean(out).strip().strip('"“”').strip()
        phrased = phrased.splitlines()[0].strip() if phrased else ""
        if not (8 <= len(phrased) <= 300) or not phrased.rstrip("\"')”").endswith("?"):
            self._ledger.fallback("phrase", "the model did not return one question (ignored instructions)")
            return question_text
        self._ledger.success("phrase")
        return phrased

    def summarise(self, case: UseCase) -> str | None:
        """Two or three sentences on what is understood so far, or None."""
        out = self.complete("summary", prompts.summary_messages(case), max_tokens=160)
        if out is None:
            return None
        summary = clean(out)[:800].strip()
        if len(summary) < 20:
            self._ledger.fallback("summary", "the model returned no usable summary")
            return None
        known = case.description + " " + " ".join(f"{f.value} {f.quote or ''}" for f in case.facts.values())
        digits = re.sub(r"[,\s]", "", known)
        stray = [n for n in _NUMBER.findall(summary) if n.rstrip(".,").replace(",", "") not in digits]
        if stray:
            self._ledger.fallback("summary", f"the summary states numbers not in the use case ({stray[0]})")
            return None
        self._ledger.success("summary")
        return summary

    def narrate(self, report: AuditReport, index: GuidanceIndex) -> str | None:
        """A narrative of the verdict citing verified passages, or None.

        Every citation must name a passage in ``index`` and quote it verbatim; others are
        removed and counted.  A narrative with no verifiable citation, or one that does not
        state the engine's verdict, is rejected as a whole.
        """
        passages: list[tuple[str, str, str]] = []
        for c in report.citations[: self.settings.narrative_passages]:
            text = index.passage(c.section_id)
            if text:
                passages.append((c.section_id, c.title, _excerpt(text, c.quote)))
        if not passages:
            self._ledger.fallback("narrative", "no retrieved passage to ground a narrative on")
            return None
        json_mode = self.settings.structured_method == "json_mode"
        got = self._structured(
            "narrative",
            Narrative,
            prompts.narrative_messages(report, passages, json_mode=json_mode),
        )
        if got is None:
            return None
        checked = check_narrative(got, report.approach, index)
        for reason in checked.removed:
            self._ledger.removed("citation", reason)
        if checked.markdown is None:
            self._ledger.fallback("narrative", checked.problem or "rejected")
            return None
        self._ledger.success("narrative")
        return checked.markdown

    def usage(self) -> dict[str, Any]:
        """Calls, HTTP attempts, tokens, fallbacks (with reasons) and removed output so far."""
        return self._ledger.snapshot()


# --- helpers -----------------------------------------------------------------------------


def _excerpt(text: str, quote: str) -> str:
    """Up to about PASSAGE_CHARS of ``text`` around ``quote``, cut at sentence boundaries."""
    if len(text) <= PASSAGE_CHARS:
        return text
    at = max(text.find(quote), 0)
    start = max(0, min(at - PASSAGE_CHARS // 3, len(text) - PASSAGE_CHARS))
    if start:
        boundary = max(text.rfind(". ", 0, start + 1), text.rfind("\n", 0, start + 1))
        start = boundary + 1 if boundary >= 0 else 0
    end = start + PASSAGE_CHARS
    if end < len(text):
        boundary = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
        end = boundary + 1 if boundary > start else end
    return text[start:end].strip()


def _parse_problem(out: dict[str, Any], schema: type[BaseModel]) -> str:
    raw = out.get("raw")
    error = out.get("parsing_error")
    meta = getattr(raw, "response_metadata", None) or {}
    if meta.get("finish_reason") == "length":
        return "output truncated at the token limit (invalid JSON)"
    if isinstance(error, ValidationError):
        errors = error.errors()
        first: dict[str, Any] = dict(errors[0]) if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ())) or "output"
        msg = first.get("msg", "invalid")
        return f"output does not match the {schema.__name__} schema ({where}: {msg})"
    if error is not None:
        return f"invalid JSON from the model ({type(error).__name__})"
    if getattr(raw, "invalid_tool_calls", None):
        return "invalid JSON in the model's tool call"
    if raw is not None and not getattr(raw, "tool_calls", None):
        return "the model answered in prose instead of the requested structure (ignored instructions)"
    return "the model's output could not be parsed"


def _conflict_dict(c: Conflict) -> dict[str, Any]:
    return {
        "field": c.field,
        "offline": c.offline.value,
        "model": c.model.value,
        "quote": c.model.quote,
        "question": c.question,
    }


def enrich_report(report: AuditReport, assistant: Assistant, index: Any) -> AuditReport:
    """The report with the model's narrative, its usage and a warning per fallback.

    Never changes the verdict: ``approach``, ``also``, ``confidence``, ``scores``,
    ``criteria`` and ``citations`` are the engine's, untouched.
    """
    narrative = assistant.narrate(report, index)
    usage = assistant.usage()
    warnings = list(report.warnings)
    seen: dict[tuple[str, str], int] = {}
    for f in usage["fallbacks"]:
        key = (f["part"], f["reason"])
        seen[key] = seen.get(key, 0) + 1
    parts = {
        "extract": "fact extraction",
        "phrase": "question phrasing",
        "summary": "summary",
        "narrative": "narrative",
    }
    for (part, reason), n in seen.items():
        times = f" ({n}x)" if n > 1 else ""
        warnings.append(f"Model {parts.get(part, part)} fell back to the offline path{times}: {reason}.")
    if usage["removed_citations"]:
        warnings.append(
            f"{usage['removed_citations']} citation(s) written by the model were removed: "
            "not in the guidance index or not quoted verbatim."
        )
    if usage["dropped_facts"]:
        warnings.append(
            f"{usage['dropped_facts']} fact(s) proposed by the model were dropped "
            "(quote not in the text, unknown field or wrong type)."
        )
    warnings.extend(usage["notes"])
    enriched = report.model_copy(update={"narrative": narrative, "llm": usage, "warnings": warnings})
    for name in ("approach", "also", "confidence", "scores", "criteria", "citations", "facts"):
        if getattr(enriched, name) != getattr(report, name):  # pragma: no cover - a guard, not a path
            raise AssertionError(f"enrich_report changed the engine's {name}")
    return enriched
