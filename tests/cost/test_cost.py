"""Cost model: the cookbook's epoch heuristic, inference comparison, break-even, price overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
from ftaudit.cost.model import default_epochs, estimate_costs, load_prices
from ftaudit.errors import ConfigError
from ftaudit.facts import Fact, UseCase
from ftaudit.inspect import inspect_paths


def _case(**values) -> UseCase:
    case = UseCase(name="t")
    for field, value in values.items():
        case = case.with_fact(Fact(field=field, value=value, source="text", quote=str(value)))
    return case


def test_cookbook_epoch_heuristic_exact() -> None:
    # The notebook's toy example: 5 examples -> 100 // 5 = 20 epochs.
    assert default_epochs(5) == 20
    assert default_epochs(3) == 25  # capped at MAX_DEFAULT_EPOCHS
    assert default_epochs(20) == 5 and default_epochs(33) == 3 and default_epochs(34) == 3
    assert default_epochs(100) == 3 and default_epochs(8333) == 3
    assert default_epochs(9000) == 2 and default_epochs(30000) == 1


def test_no_volume_no_estimate() -> None:
    assert estimate_costs(UseCase()) is None


def test_stated_prompt_and_volume(tmp_path: Path) -> None:
    prices = tmp_path / "p.yaml"
    prices.write_text(
        "as_of: '2030-01-01'\ncurrency: USD\ndefault_prompting_model: big\n"
        "default_fine_tune_model: small-ft\n"
        "models:\n  big: {input: 10.0, output: 20.0, source: x}\n"
        "fine_tuning:\n  small-ft: {training: 4.0, input: 1.0, output: 2.0, "
        "training_max_tokens: 16385, source: y}\n"
    )
    e = estimate_costs(
        _case(monthly_volume=1_000_000, prompt_tokens=3000, labelled_examples=10_000), prices=prices
    )
    assert e is not None and e.prices_as_of == "2030-01-01"
    assert e.prompt_tokens_prompting == 3000 and e.prompt_tokens_fine_tuned == 600
    assert e.output_tokens == 200
    # prompting: 1M x (3000 x 10 + 200 x 20) / 1e6 = 34,000; fine-tuned: 1M x (600 + 400) / 1e6
    assert e.monthly_cost_prompting == pytest.approx(34_000)
    assert e.monthly_cost_fine_tuned == pytest.approx(1_000)
    assert e.epochs == 2  # 10,000 x 3 > 25,000 -> 25,000 // 10,000
    assert e.training_tokens == 10_000 * 810 * 2
    assert e.training_cost == pytest.approx(e.training_tokens * 4 / 1e6)
    assert e.break_even_months == pytest.approx(e.training_cost / 33_000, rel=1e-2)
    assert len(e.series) == 13
    assert e.series[0].monthly_volume < e.monthly_volume < e.series[-1].monthly_volume
    assert all(p.prompting > 0 for p in e.series)
    md = e.to_markdown()
    assert "2030-01-01" in md and "Break-even" in md and "3,000" in md


def test_uses_real_prompt_lengths_from_data(dev_cases: Path) -> None:
    report = inspect_paths([dev_cases / "helpdesk-replies-with-data" / "tickets-sample.jsonl"])
    case = (
        UseCase(name="h")
        .merged(report.facts)
        .with_fact(
            Fact(
                field="monthly_volume", value=40_000, source="text", quote="40,000 tickets a month"
            )
        )
    )
    case = case.with_fact(
        Fact(field="labelled_examples", value=9000, source="text", quote="about 9,000")
    )
    e = estimate_costs(case, report)
    assert e is not None
    s = report.summary
    assert e.prompt_tokens_fine_tuned == round(s.median_prompt_tokens)
    assert e.output_tokens == round(s.median_answer_tokens)
    assert e.prompt_tokens_prompting > e.prompt_tokens_fine_tuned
    assert e.n_train_examples == 9000 and e.epochs == 2
    per_example = s.billing_tokens[65536] / s.n_examples
    assert e.training_tokens == round(per_example * 9000) * 2
    assert any("median of the data" in a for a in e.assumptions)


def test_prices_file_has_sources_and_env_override(tmp_path: Path, monkeypatch) -> None:
    p = load_prices()
    assert p.as_of and p.prompting.source.startswith("https://")
    assert p.fine_tune.training and p.fine_tune.source.startswith("https://")
    bad = tmp_path / "bad.yaml"
    bad.write_text("models: {}\n")
    monkeypatch.setenv("FTAUDIT_PRICES", str(bad))
    with pytest.raises(ConfigError):
        load_prices()


def test_numbers_read_with_low_confidence_are_used_and_flagged_unless_they_are_the_bill() -> None:
    from ftaudit.cost.model import estimate_costs
    from ftaudit.facts import Fact, UseCase

    def fact(name: str, value: float, confidence: float, quote: str) -> Fact:
        return Fact(field=name, value=value, source="text", quote=quote, confidence=confidence)

    case = UseCase(name="t").merged([fact("cost_per_call_usd", 0.031, 0.9, "around $0.031"),
                                     fact("monthly_volume", 395_200, 0.6, "13,000 documents a day")])
    e = estimate_costs(case)
    assert e is not None and e.stated == {"cost_per_call_usd": 0.031, "monthly_volume": 395_200.0}
    assert any("low confidence" in p for p in e.provenance)
    bill = UseCase(name="t").merged([fact("monthly_bill_usd", 6500, 0.9, "about $6,500 a month"),
                                     fact("monthly_volume", 6500, 0.43, "about $6,500 a month")])
    e = estimate_costs(bill)
    assert e is not None and "monthly_volume" not in e.stated and e.monthly_volume != 6500
