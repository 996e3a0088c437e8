"""Cost model: fine-tuning (training + inference with a short prompt) versus prompting.

Training cost follows the OpenAI cookbook ("Data preparation and analysis for chat
model fine-tuning"): billable tokens are ``Σ min(MAX_TOKENS_PER_EXAMPLE, tokens)``
over the training file, times the default number of epochs from the cookbook's
heuristic, times the training price.  Inference compares the prompt the user
sends today (real prompt lengths from their data or their own statement) with a
fine-tuned model that no longer needs the instructions and examples.

Prices come from a dated data file (``knowledge/prices.yaml``) that names a source
for every price; ``FTAUDIT_PRICES`` or the ``prices`` argument replaces it.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from ftaudit.cost.options import CostOption, build_options, retrains_per_year, stale_warning
from ftaudit.errors import ConfigError
from ftaudit.facts import UseCase
from ftaudit.settings import KNOWLEDGE_DIR, prices_file, read_yaml
from pydantic import BaseModel, Field

# The cookbook's constants, exactly.
MAX_TOKENS_PER_EXAMPLE = 16385
TARGET_EPOCHS = 3
MIN_TARGET_EXAMPLES = 100
MAX_TARGET_EXAMPLES = 25000
MIN_DEFAULT_EPOCHS = 1
MAX_DEFAULT_EPOCHS = 25

DEFAULT_PROMPT_TOKENS = 1000
"""Prompt length assumed when neither data nor the user give one."""
DEFAULT_OUTPUT_TOKENS = 200
DEFAULT_EXAMPLE_TOKENS = 500
FEW_SHOT_EXAMPLES = 3
"""Examples a prompted model is assumed to need in its prompt when the prompt length comes
from the training examples (which hold only the short fine-tuning prompt)."""
INSTRUCTION_TOKENS = 300
FINE_TUNED_PROMPT_SHARE = 0.2
"""Share of today's prompt a fine-tuned model is assumed to still need when data cannot say."""
AMORTISE_MONTHS = 12

PRICES_FILE = KNOWLEDGE_DIR / "prices.yaml"


def default_epochs(n_train_examples: int) -> int:
    """The cookbook's default epoch heuristic (same constants, same integer arithmetic)."""
    n_epochs = TARGET_EPOCHS
    if n_train_examples <= 0:
        return n_epochs
    if n_train_examples * TARGET_EPOCHS < MIN_TARGET_EXAMPLES:
        n_epochs = min(MAX_DEFAULT_EPOCHS, MIN_TARGET_EXAMPLES // n_train_examples)
    elif n_train_examples * TARGET_EPOCHS > MAX_TARGET_EXAMPLES:
        n_epochs = max(MIN_DEFAULT_EPOCHS, MAX_TARGET_EXAMPLES // n_train_examples)
    return n_epochs


class ModelPrice(BaseModel):
    """Prices of one model in currency units per 1M tokens."""

    name: str
    input: float
    output: float
    training: float | None = None
    training_max_tokens: int | None = None
    source: str = ""
    verified: bool = False
    note: str | None = None


class Prices(BaseModel):
    """A loaded prices file."""

    as_of: str
    currency: str = "USD"
    path: str
    prompting: ModelPrice
    fine_tune: ModelPrice
    hosting_monthly_fee: float = 0.0
    hosting_note: str | None = None


@lru_cache(maxsize=8)
def _read_prices(path: str, mtime_ns: int) -> dict[str, Any]:
    """The parsed prices file; cached per path and modification time (callers must not mutate it)."""
    return read_yaml(path) or {}


def load_prices(
    path: Path | None = None,
    *,
    prompting_model: str | None = None,
    fine_tune_model: str | None = None,
) -> Prices:
    """Read a prices file (``path``, else ``FTAUDIT_PRICES``, else the bundled one)."""
    p = path or prices_file() or PRICES_FILE
    try:
        data: dict[str, Any] = _read_prices(str(p), Path(p).stat().st_mtime_ns)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(
            f"cannot read prices file {str(p)!r} ({exc}); fix it or unset FTAUDIT_PRICES"
        ) from exc
    try:
        models = data.get("models") or {}
        tuned = data.get("fine_tuning") or {}
        pm = prompting_model or data.get("default_prompting_model") or next(iter(models))
        fm = fine_tune_model or data.get("default_fine_tune_model") or next(iter(tuned))
        if pm not in models and pm in tuned:
            models = {**models, pm: tuned[pm]}
        prompting = ModelPrice(name=pm, **_price_fields(models[pm]))
        fine = ModelPrice(name=fm, **_price_fields(tuned[fm]))
        hosting = data.get("hosting") or {}
        return Prices(
            as_of=str(data.get("as_of", "unknown")),
            currency=str(data.get("currency", "USD")),
            path=str(p),
            prompting=prompting,
            fine_tune=fine,
            hosting_monthly_fee=float(hosting.get("monthly_fee", 0) or 0),
            hosting_note=hosting.get("note"),
        )
    except (KeyError, StopIteration, TypeError, ValueError) as exc:
        raise ConfigError(
            f"prices file {str(p)!r} lacks a model or a price ({exc}); it needs `models` and "
            "`fine_tuning` entries with input/output (and training) prices per 1M tokens"
        ) from exc


def _model_in_use(case: UseCase, prices: Path | None) -> str | None:
    """The priced model the team names as the one it uses (None when it names none)."""
    named = str(case.value("platform") or "").lower()
    if not named:
        return None
    p = prices or prices_file() or PRICES_FILE
    try:
        models = _read_prices(str(p), Path(p).stat().st_mtime_ns).get("models") or {}
    except (OSError, yaml.YAMLError):
        return None
    hits = [m for m in models if str(m).lower() in named]
    return max(hits, key=len) if hits else None


def _price_fields(entry: dict[str, Any]) -> dict[str, Any]:
    keys = ("input", "output", "training", "training_max_tokens", "source", "verified", "note")
    return {k: entry[k] for k in keys if k in entry}


class CostPoint(BaseModel):
    """Monthly cost of both approaches at one volume (for a chart)."""

    monthly_volume: float
    prompting: float
    fine_tuned: float
    """Fine-tuned inference plus training spread over :data:`AMORTISE_MONTHS` months."""


class CostEstimate(BaseModel):
    """Training and monthly inference cost of fine-tuning versus prompting."""

    currency: str
    prices_as_of: str
    prices_file: str
    prompting_model: str
    fine_tune_model: str
    sources: list[str] = Field(default_factory=list)
    monthly_volume: float
    prompt_tokens_prompting: int
    prompt_tokens_fine_tuned: int
    output_tokens: int
    n_train_examples: int | None = None
    epochs: int | None = None
    tokens_per_example: float | None = None
    billing_tokens_per_epoch: int | None = None
    training_tokens: int | None = None
    training_cost: float | None = None
    monthly_cost_prompting: float
    monthly_cost_fine_tuned: float
    monthly_saving: float
    break_even_months: float | None = None
    """Months until the inference saving repays training (None when there is no saving)."""
    break_even_monthly_volume: float | None = None
    """Monthly volume at which training is repaid within :data:`AMORTISE_MONTHS` months."""
    series: list[CostPoint] = Field(default_factory=list)
    assumptions: list[str] = Field(default_factory=list)
    stated: dict[str, float] = Field(default_factory=dict)
    """The numbers the team stated (``cost_per_call_usd``, ``monthly_bill_usd``, ``prompt_tokens``,
    ``monthly_volume``), as used."""
    provenance: list[str] = Field(default_factory=list)
    """Where each number came from: stated, derived from stated numbers, the data, or assumed."""
    cost_per_call_today: float | None = None
    options: list[CostOption] = Field(default_factory=list)
    retraining: str = ""
    warnings: list[str] = Field(default_factory=list)

    def to_markdown(self) -> str:
        """The estimate as a short Markdown section."""
        c = self.currency
        lines = [
            "## Cost estimate",
            "",
            f"Prices as of {self.prices_as_of} ({self.prices_file}); prompting with "
            f"`{self.prompting_model}`, fine-tuning `{self.fine_tune_model}`. Check current "
            "prices before deciding.",
            "",
        ]
        for w in self.warnings:
            lines += [f"**Warning:** {w}", ""]
        if self.provenance:
            lines += ["Numbers used:"] + [f"- {p}" for p in self.provenance] + [""]
        if self.options:
            lines += [f"| option at {self.monthly_volume:,.0f} requests a month | per call | a month | one-off "
                      "(training) | break-even | retraining a year |", "|---|---:|---:|---:|---:|---:|"]
            for o in self.options:
                name = o.name + ("" if o.available else " (closing: see platforms)")
                lines.append(
                    f"| {name} | {_money(o.per_call, c, small=True)} | {_money(o.monthly, c)} | "
                    f"{_money(o.one_off, c) if o.one_off else '—'} | "
                    f"{_months_text(o.break_even_months)} | "
                    f"{_money(o.retraining_per_year, c) if o.retraining_per_year else '—'} |")
            notes = [f"- {o.name}: {o.note}" for o in self.options if o.note]
            lines += [""] + notes + ([""] if notes else [])
            if self.retraining:
                lines += [f"Retraining: a fine-tune is {self.retraining}.", ""]
        lines += [
            "| | prompting | fine-tuned |",
            "|---|---|---|",
            f"| prompt tokens per request | {self.prompt_tokens_prompting:,} | "
            f"{self.prompt_tokens_fine_tuned:,} |",
            f"| output tokens per request | {self.output_tokens:,} | {self.output_tokens:,} |",
            f"| monthly cost at {self.monthly_volume:,.0f} requests | "
            f"{_money(self.monthly_cost_prompting, c)} | {_money(self.monthly_cost_fine_tuned, c)} |",
            "",
        ]
        if self.training_cost is not None:
            lines.append(
                f"- Training: {self.n_train_examples:,} examples x "
                f"~{self.tokens_per_example:,.0f} tokens = {self.billing_tokens_per_epoch:,} "
                f"tokens per epoch x {self.epochs} epochs (cookbook default) = "
                f"{self.training_tokens:,} tokens -> {_money(self.training_cost, c)}"
            )
        if self.monthly_saving > 0:
            lines.append(
                f"- Fine-tuning saves {_money(self.monthly_saving, c)} a month"
                + (
                    f"; training is repaid after {_months_text(self.break_even_months)}"
                    if self.break_even_months is not None
                    else ""
                )
            )
        else:
            lines.append(
                f"- Fine-tuning costs {_money(-self.monthly_saving, c)} a month more than "
                "prompting at this volume: no break-even"
            )
        if self.break_even_monthly_volume is not None:
            lines.append(
                f"- Break-even volume (training repaid within {AMORTISE_MONTHS} months): "
                f"{self.break_even_monthly_volume:,.0f} requests a month"
            )
        lines += ["", "Assumptions:"] + [f"- {a}" for a in self.assumptions]
        if self.sources:
            lines += ["", "Price sources: " + ", ".join(self.sources)]
        return "\n".join(lines)


def _months_text(months: float | None) -> str:
    if months is None:
        return "—"
    return "under a week" if months < 0.25 else f"{months:,.1f} months"


def _money(x: float, currency: str, small: bool = False) -> str:
    sym = "$" if currency == "USD" else f"{currency} "
    if small and abs(x) < 1:
        return f"{sym}{x:.5f}".rstrip("0").rstrip(".") if x else f"{sym}0"
    return f"{sym}{x:,.2f}" if abs(x) < 1000 else f"{sym}{x:,.0f}"


COST_FACTS = ("cost_per_call_usd", "monthly_bill_usd", "monthly_volume", "prompt_tokens", "platform",
              "labelled_examples")
"""The client's numbers the cost section uses, also when they were read with low confidence."""


def _at_face_value(case: UseCase) -> UseCase:
    """``case`` with the cost numbers read with low confidence taken as stated.

    They never move the verdict, but a cost section that drops a number the client wrote is
    wrong about their own setup; the provenance lines keep the "please confirm" of each.
    """
    money = {float(f.value) for f in case.facts.values()
             if f.field in ("cost_per_call_usd", "monthly_bill_usd") and isinstance(f.value, int | float)}
    unsure = {f.field: f.model_copy(update={"confidence": 1.0}) for f in case.unsure() if f.field in COST_FACTS
              # "we're at about $6,500 a month" read unsure as a volume of 6,500 is the bill, not the volume
              and not (f.field in ("monthly_volume", "prompt_tokens", "labelled_examples")
                       and isinstance(f.value, int | float) and float(f.value) in money)}
    return case.model_copy(update={"facts": {**case.facts, **unsure}}) if unsure else case


def _per_request(prompt: float, output: float, price: ModelPrice) -> float:
    return (prompt * price.input + output * price.output) / 1e6


def estimate_costs(
    case: UseCase,
    data: Any | None = None,
    prices: Path | None = None,
    *,
    prompting_model: str | None = None,
    fine_tune_model: str | None = None,
) -> CostEstimate | None:
    """Compare fine-tuning with prompting at the use case's ``monthly_volume``.

    Args:
        case: the use case; reads ``monthly_volume``, ``prompt_tokens`` and ``labelled_examples``.
        data: an :class:`ftaudit.inspect.DataReport` (real prompt/answer lengths and example tokens).
        prices: a prices file overriding ``FTAUDIT_PRICES`` and the bundled one.

    Returns:
        None when the monthly volume is unknown.
    """
    original = case
    case = _at_face_value(case)
    stated_call = case.value("cost_per_call_usd")
    stated_bill = case.value("monthly_bill_usd")
    provenance: list[str] = []
    volume = case.value("monthly_volume")
    if volume is None and stated_call and stated_bill:
        volume = float(stated_bill) / float(stated_call)
        provenance.append(f"volume: {volume:,.0f} requests a month, derived from your monthly bill "
                          f"(${float(stated_bill):,.0f}) over your cost per call (${float(stated_call):g})")
    elif volume is None and not stated_bill:
        return None
    elif volume is None:
        volume = 0.0  # set from the bill below, once the price of one request is known
    else:
        provenance.append(f"volume: {float(volume):,.0f} requests a month ({original.facts['monthly_volume'].evidence()})")
    volume = float(volume)
    prompting_model = prompting_model or _model_in_use(case, prices)
    pr = load_prices(prices, prompting_model=prompting_model, fine_tune_model=fine_tune_model)
    s: Any = getattr(data, "summary", None)
    have_data = s is not None and getattr(s, "n_examples", 0) > 0
    assumptions: list[str] = []

    # Prompt length today.
    fact = original.facts.get("prompt_tokens")
    if fact is not None and fact.source not in ("file", "default"):
        prompt_today = int(fact.value)
        assumptions.append(f"today's prompt is {prompt_today:,} tokens ({fact.evidence()})")
    elif have_data:
        base = round(s.median_prompt_tokens or 0)
        example = round((s.total_token_lengths.median if s.total_token_lengths else 0) or 0)
        prompt_today = base + INSTRUCTION_TOKENS + FEW_SHOT_EXAMPLES * example
        assumptions.append(
            f"prompting needs the example prompt ({base:,} tokens, median of the data) plus "
            f"~{INSTRUCTION_TOKENS} tokens of instructions and {FEW_SHOT_EXAMPLES} worked examples "
            f"({example:,} tokens each)"
        )
    elif fact is not None:
        prompt_today = int(fact.value)
        assumptions.append(f"today's prompt is {prompt_today:,} tokens ({fact.evidence()})")
    else:
        prompt_today = DEFAULT_PROMPT_TOKENS
        assumptions.append(f"prompt length unknown: assumed {DEFAULT_PROMPT_TOKENS:,} tokens")

    # Prompt of the fine-tuned model.
    if have_data and s.median_prompt_tokens:
        prompt_ft = round(s.median_prompt_tokens)
        assumptions.append(
            f"a fine-tuned model gets prompts like the training examples "
            f"({prompt_ft:,} tokens, median)"
        )
    else:
        prompt_ft = max(1, round(prompt_today * FINE_TUNED_PROMPT_SHARE))
        assumptions.append(
            f"a fine-tuned model needs about {FINE_TUNED_PROMPT_SHARE:.0%} of "
            f"today's prompt ({prompt_ft:,} tokens): instructions and examples move "
            "into the weights"
        )
    if have_data and s.median_answer_tokens:
        output = round(s.median_answer_tokens)
        assumptions.append(f"answers are {output:,} tokens (median of the data)")
    else:
        output = DEFAULT_OUTPUT_TOKENS
        assumptions.append(f"answer length unknown: assumed {DEFAULT_OUTPUT_TOKENS} tokens")

    per_computed = _per_request(prompt_today, output, pr.prompting)
    if not volume and stated_bill and per_computed > 0:
        volume = float(f"{float(stated_bill) / per_computed:.2g}")
        provenance.insert(0, f"volume: about {volume:,.0f} requests a month, derived from your monthly bill "
                             f"(${float(stated_bill):,.0f}) over the list price of one request on "
                             f"`{pr.prompting.name}` with the prompt assumed here; state the volume to replace it")
    if stated_call:
        per_prompting = float(stated_call)
        provenance.append(f"cost per call today: ${per_prompting:g}, stated ({original.facts['cost_per_call_usd'].evidence()})")
    elif stated_bill:
        per_prompting = float(stated_bill) / volume
        provenance.append(f"cost per call today: ${per_prompting:.5f}, derived from your monthly bill "
                          f"(${float(stated_bill):,.0f}) over the volume")
    else:
        per_prompting = per_computed
        provenance.append(f"cost per call today: ${per_prompting:.5f}, computed from the prompt length on "
                          f"`{pr.prompting.name}` at list prices")
    scale = per_prompting / per_computed if per_computed > 0 and (stated_call or stated_bill) else 1.0
    if stated_bill and stated_call and abs(per_prompting * volume - float(stated_bill)) > 0.25 * float(stated_bill):
        provenance.append(f"note: your cost per call x volume (${per_prompting * volume:,.0f}) differs from the "
                          f"bill you stated (${float(stated_bill):,.0f}); the bill may cover other work")
    if scale != 1.0:
        provenance.append(f"every option is scaled by {scale:.2f}, your cost per call over the list price of the "
                          "assumed tokens, so that it stays on your own numbers")
    per_ft = _per_request(prompt_ft, output, pr.fine_tune) * scale
    monthly_prompting = per_prompting * volume
    monthly_ft = per_ft * volume + pr.hosting_monthly_fee
    saving = monthly_prompting - monthly_ft

    # Training.
    n_train: int | None = None
    per_example: float | None = None
    limit = pr.fine_tune.training_max_tokens or MAX_TOKENS_PER_EXAMPLE
    stated = case.value("labelled_examples")
    if have_data:
        billing = s.billing_tokens.get(limit) or s.billing_tokens.get(MAX_TOKENS_PER_EXAMPLE)
        if billing is None and s.total_token_lengths:
            billing = int(min(s.total_token_lengths.mean, limit) * s.n_examples)
        per_example = (billing or 0) / max(s.n_examples, 1)
        n_train = max(int(stated or 0), s.n_unique_examples or s.n_examples)
        assumptions.append(
            f"training examples average {per_example:,.0f} billable tokens "
            f"(measured, capped at {limit:,} per example)"
        )
    elif stated:
        n_train = int(stated)
        per_example = (
            float(min(prompt_ft + output + 10, limit)) if prompt_ft else DEFAULT_EXAMPLE_TOKENS
        )
        assumptions.append(
            f"training examples assumed to be ~{per_example:,.0f} tokens (short prompt plus answer)"
        )
    training_cost = epochs = billing_epoch = training_tokens = None
    if n_train and per_example is not None and pr.fine_tune.training is not None:
        epochs = default_epochs(n_train)
        billing_epoch = round(per_example * n_train)
        training_tokens = billing_epoch * epochs
        training_cost = training_tokens * pr.fine_tune.training / 1e6
        if stated and have_data and int(stated) > s.n_examples:
            assumptions.append(
                f"training uses all {int(stated):,} examples you have, not only the "
                f"{s.n_examples:,} inspected"
            )
    elif pr.fine_tune.training is None:
        assumptions.append("no training price in the prices file")
    else:
        assumptions.append("number of training examples unknown: no training cost")

    break_even_months = None
    break_even_volume = None
    per_saving = per_prompting - per_ft
    if training_cost is not None:
        if saving > 0:
            break_even_months = float(f"{training_cost / saving:.3g}")
        if per_saving > 0:
            break_even_volume = round(
                (training_cost / AMORTISE_MONTHS + pr.hosting_monthly_fee) / per_saving, 0
            )
    elif per_saving > 0 and pr.hosting_monthly_fee:
        break_even_volume = round(pr.hosting_monthly_fee / per_saving, 0)

    series: list[CostPoint] = []
    lo = max(100.0, volume / 100)
    hi = max(volume * 10, lo * 10)
    steps = 12
    amort = (training_cost or 0.0) / AMORTISE_MONTHS
    for i in range(steps + 1):
        v = lo * (hi / lo) ** (i / steps)
        v = float(f"{v:.3g}")
        series.append(
            CostPoint(
                monthly_volume=v,
                prompting=round(per_prompting * v, 4),
                fine_tuned=round(per_ft * v + amort + pr.hosting_monthly_fee, 4),
            )
        )
    if pr.hosting_note:
        assumptions.append(pr.hosting_note.strip())
    sources = sorted({p.source for p in (pr.prompting, pr.fine_tune) if p.source})
    if not (pr.prompting.verified and pr.fine_tune.verified):
        assumptions.append(
            f"prices are illustrative until checked against the sources (file dated {pr.as_of})"
        )
    raw = _read_prices(pr.path, Path(pr.path).stat().st_mtime_ns)
    retrains, retraining = retrains_per_year(case.value("knowledge_change_days"))
    options = build_options(raw, model=pr.prompting.name, per_call_today=per_prompting, scale=scale, volume=volume,
                            prompt=prompt_today, prompt_ft=prompt_ft, output=output, training_tokens=training_tokens,
                            training_cost=training_cost, retrains_per_year=retrains, fine_tune_model=pr.fine_tune.name)
    stated = {k: float(case.value(k)) for k in ("cost_per_call_usd", "monthly_bill_usd", "prompt_tokens",
                                                 "monthly_volume") if case.known(k)}
    stale = stale_warning(pr.as_of)
    return CostEstimate(
        stated=stated, provenance=provenance, cost_per_call_today=round(per_prompting, 6), options=options,
        retraining=retraining, warnings=[stale] if stale else [],
        currency=pr.currency,
        prices_as_of=pr.as_of,
        prices_file=pr.path,
        prompting_model=pr.prompting.name,
        fine_tune_model=pr.fine_tune.name,
        sources=sources,
        monthly_volume=volume,
        prompt_tokens_prompting=prompt_today,
        prompt_tokens_fine_tuned=prompt_ft,
        output_tokens=output,
        n_train_examples=n_train,
        epochs=epochs,
        tokens_per_example=None if per_example is None else round(per_example, 1),
        billing_tokens_per_epoch=billing_epoch,
        training_tokens=training_tokens,
        training_cost=None if training_cost is None else round(training_cost, 2),
        monthly_cost_prompting=round(monthly_prompting, 2),
        monthly_cost_fine_tuned=round(monthly_ft, 2),
        monthly_saving=round(saving, 2),
        break_even_months=break_even_months,
        break_even_monthly_volume=None
        if break_even_volume is None or math.isinf(break_even_volume)
        else break_even_volume,
        series=series,
        assumptions=assumptions,
    )
