"""The alternatives a team could run at its own volume, priced on its own numbers.

Starting from what the team pays today (a stated price per call or monthly bill, else its
prompt length on the model it uses), each option is priced at the same volume: the same
prompt on a cheaper current model, the same with prompt caching and with the batch
discount, retrieval with the context it adds, a fine-tuned model billed per token, and an
open-weight model fine-tuned and served on rented GPUs.  Every number says where it came
from: stated, derived from stated numbers, from the team's data, or assumed.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from pydantic import BaseModel

CACHE_MIN_TOKENS = 1024
"""Prompts shorter than this are not cached (OpenAI's prompt caching starts at 1,024 tokens)."""
STATIC_SHARE = 0.8
"""Share of a long prompt assumed to be the same on every request (instructions, examples)."""
RETRAINS_PER_YEAR_MAX = 12
STALE_DAYS = 90


class CostOption(BaseModel):
    """One way of running the use case, priced at the team's volume."""

    id: str
    name: str
    per_call: float
    monthly: float
    one_off: float = 0.0
    """Set-up cost (training) paid once and again at every retraining."""
    break_even_months: float | None = None
    """Months until the one-off cost is repaid by the saving against today's setup."""
    retraining_per_year: float | None = None
    note: str = ""
    available: bool = True


def price_age_days(as_of: str, today: date | None = None) -> int | None:
    """Days since the prices file's ``as_of`` date (None if it is not a date)."""
    try:
        return ((today or date.today()) - date.fromisoformat(str(as_of)[:10])).days
    except ValueError:
        return None


def stale_warning(as_of: str, today: date | None = None) -> str | None:
    """A warning when the prices are more than :data:`STALE_DAYS` days old."""
    age = price_age_days(as_of, today)
    if age is not None and age > STALE_DAYS:
        return (f"The prices file is dated {as_of}, {age} days ago: prices and models change; check the "
                "sources before quoting a cost (or set FTAUDIT_PRICES to a current file).")
    return None


def _request(prompt: float, output: float, entry: dict[str, Any], cached: float = 0.0, discount: float = 1.0) -> float:
    cached_price = float(entry.get("cached_input", entry["input"]))
    fresh = max(prompt - cached, 0.0)
    return discount * (fresh * float(entry["input"]) + cached * cached_price + output * float(entry["output"])) / 1e6


def _months(one_off: float, saving: float) -> float | None:
    return float(f"{one_off / saving:.3g}") if saving > 0 and one_off > 0 else None


def build_options(data: dict[str, Any], *, model: str, per_call_today: float, scale: float, volume: float,
                  prompt: int, prompt_ft: int, output: int, training_tokens: int | None,
                  training_cost: float | None, retrains_per_year: float, fine_tune_model: str) -> list[CostOption]:
    """Every option at ``volume`` requests a month.

    ``scale`` turns a price computed from tokens into the team's own: stated cost per call
    over the computed one (1 when nothing was stated), so a stated bill carries over to every
    option that runs the same kind of request.
    """
    models: dict[str, Any] = data.get("models") or {}
    tuned: dict[str, Any] = data.get("fine_tuning") or {}
    out = [CostOption(id="today", name=f"Today: `{model}`", per_call=per_call_today, monthly=per_call_today * volume,
                      note=str((models.get(model) or {}).get("note") or ""))]
    cheap_name = str(data.get("cheaper_model") or "")
    cheap = models.get(cheap_name)
    if cheap and cheap_name != model:
        pc = _request(prompt, output, cheap) * scale
        out.append(CostOption(id="cheaper_model", name=f"Same prompt on `{cheap_name}`", per_call=pc,
                              monthly=pc * volume, note=str(cheap.get("note") or "")))
    base = cheap if cheap else models.get(model)
    base_name = cheap_name if cheap else model
    if base and prompt >= CACHE_MIN_TOKENS:
        static = round(prompt * STATIC_SHARE)
        pc = _request(prompt, output, base, cached=static) * scale
        out.append(CostOption(id="caching", name=f"`{base_name}` with prompt caching", per_call=pc, monthly=pc * volume,
                              note=f"the static {STATIC_SHARE:.0%} of the prompt ({static:,} tokens) read from the cache"))
    discount = float(data.get("batch_discount") or 0)
    if base and discount:
        pc = _request(prompt, output, base, cached=round(prompt * STATIC_SHARE) if prompt >= CACHE_MIN_TOKENS else 0,
                      discount=discount) * scale
        out.append(CostOption(id="batch", name=f"`{base_name}`, cached, through the batch API", per_call=pc,
                              monthly=pc * volume, note="only where answers can wait (results within 24 hours)"))
    rag = data.get("rag") or {}
    if base and rag.get("context_tokens"):
        ctx = int(rag["context_tokens"])
        pc = _request(prompt + ctx, output, base) * scale
        out.append(CostOption(id="rag", name=f"RAG on `{base_name}` (+{ctx:,} tokens of passages)", per_call=pc,
                              monthly=pc * volume, note=str(rag.get("note") or "")))
    ft = tuned.get(fine_tune_model)
    if ft:
        pc = _request(prompt_ft, output, ft) * scale
        one = training_cost or 0.0
        since_retired = price_age_days(str(ft["retires"])) if ft.get("retires") else None
        available = since_retired is None or since_retired < 0
        out.append(CostOption(
            id="fine_tune_api", name=f"Fine-tuned `{fine_tune_model}`, billed per token", per_call=pc,
            monthly=pc * volume + float((data.get("hosting") or {}).get("monthly_fee") or 0), one_off=round(one, 2),
            break_even_months=_months(one, per_call_today * volume - pc * volume),
            retraining_per_year=round(one * retrains_per_year, 2) if one else None,
            note=str(ft.get("note") or "").strip(), available=available))
    ow = data.get("open_weight")
    if ow:
        hours = float(ow.get("hours_per_month", 730))
        capacity = float(ow["serving_requests_per_second"]) * 3600 * hours
        gpus = max(1, math.ceil(volume / capacity))
        monthly = gpus * float(ow["serving_gpu_hour"]) * hours
        train_hours = (training_tokens or 0) / float(ow["training_tokens_per_second"]) / 3600
        one = round(max(train_hours, 1.0) * float(ow["training_gpu_hour"]), 2) if training_tokens else 0.0
        out.append(CostOption(
            id="open_weight", name=f"Open-weight fine-tune on rented GPUs ({ow.get('model', 'open-weight model')})",
            per_call=monthly / max(volume, 1.0), monthly=monthly, one_off=one,
            break_even_months=_months(one, per_call_today * volume - monthly),
            retraining_per_year=round(one * retrains_per_year, 2) if one else None,
            note=(f"{gpus} x {ow['serving_gpu']} always on at ${float(ow['serving_gpu_hour']):.2f}/h; training on "
                  f"{ow['training_gpu']} at ${float(ow['training_gpu_hour']):.2f}/h, "
                  f"~{float(ow['training_tokens_per_second']):,.0f} tokens/s (assumed); the team runs serving")))
    return out


def retrains_per_year(change_days: float | None) -> tuple[float, str]:
    """How often a fine-tune is retrained, and why."""
    if change_days is not None and change_days > 0:
        n = min(RETRAINS_PER_YEAR_MAX, 365.0 / change_days)
        return n, f"retrained {n:,.1f} times a year, as the data changes (capped at monthly)"
    return 1.0, "retrained once a year (a base-model retirement or a data refresh)"
