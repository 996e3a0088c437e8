"""The advice after the facts: hybrids, calibrated confidence, the client's numbers, platforms
under constraints, next steps by task kind, and citations that argue their criterion's way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from ftaudit.cost.model import estimate_costs
from ftaudit.cost.options import stale_warning
from ftaudit.decide.confidence import FEATURES, calibrator
from ftaudit.decide.criteria import load_criteria
from ftaudit.decide.scoring import decide
from ftaudit.facts import Fact, UseCase
from ftaudit.read.money import read_money
from ftaudit.read.reader import read_facts
from ftaudit.report.build import build_report, cite_criterion, platform_notes
from ftaudit.report.steps import load_steps, next_steps, sizes, task_kind
from ftaudit.retrieve.index import open_index
from ftaudit.settings import KNOWLEDGE_DIR

REVIEW = Path(__file__).resolve().parents[1] / "data" / "citation-review.yaml"


def _case(description: str = "", confidence: float = 1.0, **values: object) -> UseCase:
    case = UseCase(name="t", description=description)
    for name, value in values.items():
        case = case.with_fact(Fact(field=name, value=value, source="text", quote=str(value), confidence=confidence))
    return case


# --- reading money and constraints ----------------------------------------------------


def _money(text: str) -> dict[str, object]:
    return {f.field: f.value for f in read_money(text)}


def test_reads_a_stated_price_per_call_and_a_monthly_bill() -> None:
    got = _money("Each call costs about $0.04 per request today. We pay roughly $9,000 a month on the API.")
    assert got["cost_per_call_usd"] == pytest.approx(0.04)
    assert got["monthly_bill_usd"] == pytest.approx(9000)
    assert _money("It works out at about 3 cents an invoice.")["cost_per_call_usd"] == pytest.approx(0.03)
    assert _money("The API bill was $41k last month.")["monthly_bill_usd"] == pytest.approx(41000)


def test_a_monthly_amount_worked_out_from_usage_is_the_bill() -> None:
    got = _money("Routing: $0.0021 per message -> $3,900/month at today's traffic.")
    assert got == {"cost_per_call_usd": pytest.approx(0.0021), "monthly_bill_usd": pytest.approx(3900)}
    assert _money("1.2M lookups = $2,400/month on the hosted model.")["monthly_bill_usd"] == pytest.approx(2400)
    # The same arithmetic about a future scale is a projection, not what is paid today.
    assert _money("At 5M lookups = $10,000/month if we roll it out everywhere.") == {}


@pytest.mark.parametrize("text", [
    "Our budget for the project is $50,000.",
    "An analyst earns $6,000 a month, so the manual review is expensive.",
    "We would like to stay under $0.002 per entry.",
    "The board has capped spending at $5,000 a month.",
    "GPUs rent for $2 per hour.",
    "The product sells for $4 per unit.",
])
def test_budgets_salaries_targets_and_other_prices_are_not_what_a_call_costs(text: str) -> None:
    assert _money(text) == {}


def test_reads_constraints_and_ignores_their_negation() -> None:
    got = _money("Data must stay in the EU and must not be used to train any vendor's models. "
                 "Everything runs on our own servers.")
    assert set(got["constraints"]) == {"eu_residency", "no_vendor_training", "on_prem"}  # type: ignore[arg-type]
    assert _money("No patient data is involved in the templates.") == {}
    assert _money("I'm not sure what we'd train it on anyway.") == {}


def test_the_reader_reads_money_facts_through_its_hook() -> None:
    facts = {f.field: f for f in read_facts("We pay about $0.011 per call on the current setup.")}
    assert facts["cost_per_call_usd"].value == pytest.approx(0.011)
    assert facts["cost_per_call_usd"].quote and facts["cost_per_call_usd"].sure


@pytest.mark.parametrize(("text", "volume"), [
    ("Each month about 3 million product titles and descriptions come in and need attributes.", 3_000_000),
    ("The business desk gets ~30 press releases a day worth a brief.", 912),
    ("Every job ad we ingest (~300,000 a month) gets coded. Two-step prompting doubles the cost: "
     "we're at about $6,500 a month.", 300_000),
])
def test_the_volume_is_read_where_the_period_opens_the_clause_and_a_bill_is_never_a_volume(
        text: str, volume: float) -> None:
    facts = {f.field: f.value for f in read_facts(text)}
    assert facts["monthly_volume"] == pytest.approx(volume, rel=0.02)


def test_a_bill_alone_is_not_read_as_a_volume() -> None:
    facts = {f.field: f.value for f in read_facts("We're at about $6,500 a month on the API.")}
    assert facts.get("monthly_bill_usd") == pytest.approx(6500)
    assert "monthly_volume" not in facts


# --- hybrids ----------------------------------------------------------------------------


def test_two_gaps_give_a_hybrid_with_a_reason_for_each_part() -> None:
    case = _case(needs_external_knowledge=True, knowledge_change_days=1, consistent_style=True, strict_format=True,
                 monthly_volume=200_000)
    d = decide(case)
    assert d.approach == "rag" and d.also == ["fine_tune"]
    assert d.also_reasons["fine_tune"] and "voice" in " ".join(d.also_reasons["fine_tune"])
    assert set(d.also_criteria["fine_tune"]) <= {c.id for c in load_criteria()}


def test_no_hybrid_without_a_second_gap() -> None:
    only_knowledge = decide(_case(needs_external_knowledge=True, knowledge_change_days=7, needs_citations=True))
    assert only_knowledge.approach == "rag" and only_knowledge.also == [] and only_knowledge.also_reasons == {}
    only_behaviour = decide(_case(consistent_style=True, labelled_examples=5000, monthly_volume=1_000_000))
    assert only_behaviour.approach == "fine_tune" and only_behaviour.also == []


def test_a_code_set_revised_each_year_adds_retrieval_to_a_tuned_classifier_without_moving_scores() -> None:
    base = dict(task_kind="classification", labelled_examples=400_000, prompting_falls_short=True, domain_jargon=True)
    plain = decide(_case(**base))
    yearly = decide(_case(**base, knowledge_change_days=365))
    assert plain.approach == yearly.approach == "fine_tune" and plain.also == []
    assert yearly.also == ["rag"] and "reference data" in " ".join(yearly.also_reasons["rag"])
    assert yearly.scores == plain.scores  # it shows a gap for the hybrid, it does not argue the verdict
    weekly = decide(_case(**base, knowledge_change_days=7))
    assert "revised_code_set" not in weekly.also_criteria.get("rag", [])
    prompt_case = decide(_case(task_kind="classification", knowledge_change_days=365, monthly_volume=500))
    assert prompt_case.approach == "prompt" and prompt_case.also == []


def test_prompting_that_falls_short_beside_retrieval_is_not_a_behaviour_gap_by_itself() -> None:
    knowledge = dict(needs_external_knowledge=True, knowledge_change_days=7, needs_citations=True)
    plateau = decide(_case(**knowledge, prompting_falls_short=True))
    assert plateau.approach == "rag" and plateau.also == []
    voiced = decide(_case(**knowledge, prompting_falls_short=True, consistent_style=True))
    assert voiced.also == ["fine_tune"] and "prompting_plateau" not in voiced.also_criteria["fine_tune"]
    # Beside a tuned model, the same finding is the behaviour gap it is.
    tuned = decide(_case(task_kind="classification", labelled_examples=50_000, prompting_falls_short=True,
                         domain_jargon=True, consistent_style=True))
    assert tuned.approach == "fine_tune"


def test_specialised_terms_in_a_fixed_voice_add_termbase_retrieval_to_a_tuned_model() -> None:
    base = dict(task_kind="transformation", labelled_examples=60_000, prompting_falls_short=True, domain_jargon=True)
    plain = decide(_case(**base))
    termbase = decide(_case(**base, consistent_style=True))
    assert plain.approach == termbase.approach == "fine_tune" and plain.also == []
    assert termbase.also == ["rag"] and "termbase" in " ".join(termbase.also_reasons["rag"])
    assert termbase.also_criteria["rag"] == ["house_terminology"]
    voice_only = decide(_case(task_kind="transformation", labelled_examples=60_000, prompting_falls_short=True,
                              consistent_style=True))
    assert voice_only.also == []


def test_the_hybrid_is_on_the_first_line_of_the_report() -> None:
    case = _case(needs_external_knowledge=True, knowledge_change_days=1, consistent_style=True, strict_format=True)
    report = build_report(case, open_index())
    assert report.headline.startswith("RAG, plus fine-tuning for ")
    first = next(line for line in report.to_markdown().splitlines() if line.startswith("**Recommendation"))
    assert "plus fine-tuning for the voice" in first or "plus fine-tuning for the output format" in first
    assert all(report.also_reasons.get(a) for a in report.also)


# --- confidence ---------------------------------------------------------------------------


def test_the_shipped_calibrator_is_fitted_and_complete() -> None:
    model = calibrator()
    assert model is not None and set(model["weights"]) == set(FEATURES)
    assert model["train_writers"] == ["w01", "w02", "w03", "w05", "w08"]


def test_unsure_facts_do_not_move_the_verdict_but_lower_the_confidence() -> None:
    base = _case(stage="prototype")
    unsure = base.merged([Fact(field=f, value=v, source="text", quote="q", confidence=0.5) for f, v in
                          (("labelled_examples", 50_000), ("prompting_falls_short", True), ("consistent_style", True))])
    sure, doubtful = decide(base), decide(unsure)
    assert doubtful.approach == sure.approach
    assert doubtful.features["unsure_flips"] == 1.0
    assert doubtful.confidence < sure.confidence


def test_a_low_confidence_report_leads_with_what_would_settle_it() -> None:
    case = _case(stage="prototype").merged(
        [Fact(field="labelled_examples", value=50_000, source="text", quote="50k", confidence=0.5),
         Fact(field="prompting_falls_short", value=True, source="text", quote="it fails", confidence=0.5)])
    report = build_report(case, open_index())
    if report.confidence < 0.6:
        assert report.settle_first
        md = report.to_markdown()
        assert md.index("## What would settle it") < md.index("## Criteria that decided it")
    else:
        assert report.settle_first == []


# --- cost on the client's numbers ---------------------------------------------------------------


def test_the_cost_section_uses_every_stated_number() -> None:
    case = _case(monthly_volume=300_000, cost_per_call_usd=0.02, prompt_tokens=1200, labelled_examples=12_000,
                 monthly_bill_usd=6000)
    e = estimate_costs(case)
    assert e is not None
    assert e.stated == {"cost_per_call_usd": 0.02, "monthly_bill_usd": 6000.0, "prompt_tokens": 1200.0,
                        "monthly_volume": 300_000.0}
    assert e.cost_per_call_today == pytest.approx(0.02) and e.monthly_cost_prompting == pytest.approx(6000)
    assert e.prompt_tokens_prompting == 1200
    ids = [o.id for o in e.options]
    assert ids[0] == "today" and {"cheaper_model", "caching", "rag", "fine_tune_api", "open_weight"} <= set(ids)
    today = e.options[0]
    assert today.monthly == pytest.approx(6000)
    assert all(o.monthly < today.monthly for o in e.options if o.id in {"cheaper_model", "caching"})
    rag = next(o for o in e.options if o.id == "rag")
    assert rag.per_call > next(o for o in e.options if o.id == "cheaper_model").per_call  # the context it adds
    assert any("stated" in p for p in e.provenance)
    md = e.to_markdown()
    assert "$0.02" in md and "300,000" in md and "Retraining" in md


def test_a_bill_and_a_price_give_the_volume() -> None:
    e = estimate_costs(_case(monthly_bill_usd=4000, cost_per_call_usd=0.004))
    assert e is not None and e.monthly_volume == pytest.approx(1_000_000)
    assert any("derived" in p for p in e.provenance)


def test_retraining_follows_how_often_the_data_changes() -> None:
    e = estimate_costs(_case(monthly_volume=100_000, labelled_examples=5000, knowledge_change_days=30))
    assert e is not None and "12.0 times a year" in e.retraining  # 365 / 30, capped at monthly
    ft = next(o for o in e.options if o.id == "fine_tune_api")
    assert ft.one_off > 0 and ft.retraining_per_year == pytest.approx(ft.one_off * 12, rel=0.01)
    slow = estimate_costs(_case(monthly_volume=100_000, labelled_examples=5000))
    assert slow is not None and "once a year" in slow.retraining


def test_prices_and_platforms_are_dated_sourced_and_fresh() -> None:
    prices = yaml.safe_load((KNOWLEDGE_DIR / "prices.yaml").read_text(encoding="utf-8"))
    as_of = date.fromisoformat(str(prices["as_of"]))
    entries = [*prices["models"].values(), *prices["fine_tuning"].values(), prices["open_weight"]]
    for entry in entries:
        assert entry["source"].startswith("https://")
        assert (as_of - date.fromisoformat(str(entry["checked"]))).days <= 90
    platforms = yaml.safe_load((KNOWLEDGE_DIR / "platforms.yaml").read_text(encoding="utf-8"))
    for p in platforms["platforms"]:
        assert p["sources"] and (date.fromisoformat(str(platforms["as_of"])) - p["checked"]).days <= 90


def test_an_old_price_file_is_warned_about() -> None:
    assert stale_warning("2024-08-20", today=date(2026, 12, 2)) is not None
    assert stale_warning("2026-11-20", today=date(2026, 12, 2)) is None


# --- platforms under constraints ------------------------------------------------------------------


def test_on_prem_leaves_only_self_hosted_platforms_and_says_so() -> None:
    kept = platform_notes(date(2026, 12, 2), constraints=["on_prem"])
    assert [p.id for p in kept] == ["local"]
    case = _case(labelled_examples=20_000, consistent_style=True, monthly_volume=1_000_000, constraints=["on_prem"])
    report = build_report(case, open_index())
    assert report.approach == "fine_tune" and report.platform_note and "Azure" in report.platform_note


def test_eu_residency_names_the_terms_and_what_to_confirm() -> None:
    kept = {p.id: p for p in platform_notes(date(2026, 12, 2), constraints=["eu_residency"])}
    assert "gemini_api" not in kept and "azure" in kept
    assert kept["azure"].residency and not kept["azure"].to_confirm
    assert "eu_residency" in kept["vertex"].to_confirm


# --- next steps by task kind --------------------------------------------------------------------


def test_every_task_kind_has_its_evaluation() -> None:
    kinds = {k.id: k for k in load_steps().kinds}
    assert set(kinds) == {"classification", "extraction", "sql_code", "agent_tools", "summarisation_generation",
                          "translation", "question_answering", "code_set", "anonymisation"}
    assert "F1" in kinds["classification"].evaluation and "exact match" in kinds["extraction"].evaluation
    assert "execution accuracy" in kinds["sql_code"].evaluation
    assert "tool-call validity" in kinds["agent_tools"].evaluation
    assert "terminology accuracy" in kinds["translation"].evaluation
    assert "grounded answer rate" in kinds["question_answering"].evaluation


def test_an_agent_gets_tool_schemas_not_retrieval_recall() -> None:
    case = _case("A support agent with tool calling books appointments through our API.", task_kind="research",
                 prompting_falls_short=True)
    steps = " ".join(next_steps(case, decide(case)))
    assert task_kind(case).id == "agent_tools"  # type: ignore[union-attr]
    assert "tool-call validity" in steps and "strict" in steps and "recall@5" not in steps


def test_pilot_sizes_follow_the_data_the_team_has() -> None:
    pilot = load_steps().pilot
    assert sizes(50_000, pilot) == (2000, 9600)
    assert sizes(300, pilot) == (100, 200)
    case = _case(task_kind="classification", labelled_examples=50_000, monthly_volume=2_000_000,
                 strict_format=True, prompting_falls_short=True)
    steps = " ".join(next_steps(case, decide(case)))
    assert "2,000" in steps and "9,600" in steps and "50-100 examples" not in steps
    assert "structured outputs" in steps


def test_sizes_follow_a_count_read_with_low_confidence_and_say_so() -> None:
    case = _case("We hand-corrected 6,500 parses.", task_kind="extraction", strict_format=True,
                 prompting_falls_short=True, monthly_volume=80_000, prompt_tokens=3_800)
    case = case.with_fact(Fact(field="labelled_examples", value=6500, source="text", quote="6,500 parses",
                               confidence=0.6))
    steps = " ".join(next_steps(case, decide(case)))
    hold_out, pilot = sizes(6500, load_steps().pilot)
    assert f"{hold_out:,} examples" in steps and f"{pilot:,} examples" in steps
    assert "Count the curated" not in steps and "100 held-out" not in steps and "confirm the count" in steps


def test_a_cheaper_model_is_not_offered_when_quality_is_the_blocker_or_the_team_is_on_prem() -> None:
    quality = _case(task_kind="classification", monthly_volume=500_000, labelled_examples=40_000,
                    prompting_falls_short=True)
    assert "smaller or newer current model" not in " ".join(next_steps(quality, decide(quality)))
    on_prem = _case(task_kind="classification", monthly_volume=500_000, labelled_examples=40_000,
                    constraints=["on_prem"], prompt_tokens=4000)
    steps = " ".join(next_steps(on_prem, decide(on_prem)))
    assert "smaller or newer current model" not in steps and "prompt caching" not in steps
    too_slow = _case(task_kind="classification", monthly_volume=3_000_000, labelled_examples=500_000, latency_ms=40)
    assert "smaller or newer current model" not in " ".join(next_steps(too_slow, decide(too_slow)))
    cost_only = _case(task_kind="classification", monthly_volume=500_000, prompt_tokens=4000)
    steps = " ".join(next_steps(cost_only, decide(cost_only)))
    assert "smaller or newer current model" in steps and "prompt caching" in steps


def test_a_small_job_gets_a_light_check_not_an_evaluation_programme() -> None:
    case = _case("We translate about 10 flyers a month for our food bank.", task_kind="transformation",
                 monthly_volume=10, budget="none")
    steps = next_steps(case, decide(case))
    text = " ".join(steps)
    assert task_kind(case).id == "translation"  # type: ignore[union-attr]
    assert "COMET" not in text and "Log real inputs" not in text and "Classify each failure" not in text
    assert "fluent reader" in steps[0]
    cheap = _case("We translate the housekeeping messages of our hotel.", task_kind="transformation",
                  monthly_volume=6000, monthly_bill_usd=40)
    assert "COMET" not in " ".join(next_steps(cheap, decide(cheap)))
    big = _case("We translate 200,000 support articles a month.", task_kind="transformation", monthly_volume=200_000)
    assert "COMET" in " ".join(next_steps(big, decide(big)))


def test_a_small_prototype_is_not_sent_to_build_a_large_evaluation_or_to_train() -> None:
    sql = _case("It's a prototype: we want to generate SQL over our farm database for 5 agronomists.",
                task_kind="generation", stage="prototype", labelled_examples=0)
    steps = next_steps(sql, decide(sql))
    assert "100 held-out" not in " ".join(steps) and "20 most recent requests" in steps[0]
    tuned = _case("A prototype that must keep our voice.", task_kind="generation", stage="prototype",
                  monthly_volume=1500, labelled_examples=400, consistent_style=True, prompting_falls_short=True,
                  strict_format=True)
    d = decide(tuned)
    text = " ".join(next_steps(tuned, d))
    assert "pilot fine-tune" not in text and "Hold out" not in text
    if d.approach == "fine_tune":
        assert "Do not train yet" in text
    busy = _case("A prototype of the router for our 80,000 tickets a month.", task_kind="classification",
                 stage="prototype", monthly_volume=80_000, labelled_examples=5000, prompting_falls_short=True)
    assert "per-class precision" in " ".join(next_steps(busy, decide(busy)))


def test_a_team_is_not_told_to_try_again_what_it_says_it_tried() -> None:
    glossary = _case("We tried a large model with instructions and the relevant part of the glossary in the prompt; "
                     "it still uses the wrong terms when we translate our textbooks.", task_kind="transformation",
                     labelled_examples=150_000, prompting_falls_short=True, monthly_volume=40_000)
    assert "Give the model a glossary" not in " ".join(next_steps(glossary, decide(glossary)))
    fresh = _case("We translate our textbooks into Hindi.", task_kind="transformation", monthly_volume=40_000)
    assert "Give the model a glossary" in " ".join(next_steps(fresh, decide(fresh)))
    regex = _case("We redact case files. A commercial redaction tool found only regex-shaped items and missed names.",
                  task_kind="transformation", labelled_examples=140_000, prompting_falls_short=True)
    assert "pattern pass" not in " ".join(next_steps(regex, decide(regex)))
    rules = _case("We route HR tickets to 14 queues. We tried adding more rules and examples to the prompt and it "
                  "stayed at 81%.", task_kind="classification", labelled_examples=2400, monthly_volume=3000)
    assert "one-line definition" not in " ".join(next_steps(rules, decide(rules)))


def test_an_evaluation_set_is_never_smaller_than_the_light_check() -> None:
    case = _case("We route HR tickets to 14 queues.", task_kind="classification", labelled_examples=2,
                 monthly_volume=3000)
    assert "on 20 held-out examples" in next_steps(case, decide(case))[0]


def test_steps_that_clash_with_the_task_are_dropped() -> None:
    anonymiser = _case("The model anonymises CVs: it finds and masks every personal identifier.",
                       task_kind="transformation", labelled_examples=20_000, prompting_falls_short=True,
                       strict_format=True, constraints=["personal_data"])
    steps = " ".join(next_steps(anonymiser, decide(anonymiser)))
    assert "Mask personal data" not in steps and "leak rate" in steps and "rubric" not in steps
    parser = _case("The model parses CVs into our JSON schema.", task_kind="extraction", labelled_examples=20_000,
                   prompting_falls_short=True, strict_format=True, constraints=["personal_data"])
    assert "Mask personal data" not in " ".join(next_steps(parser, decide(parser)))  # the output is the data
    router = _case("The model routes patient messages to one of 12 queues.", task_kind="classification",
                   labelled_examples=20_000, prompting_falls_short=True, constraints=["personal_data"])
    assert "Mask personal data" in " ".join(next_steps(router, decide(router)))
    coder = _case("We ran a prompted test on 1,000 anonymised sessions; the model codes each session's risk level.",
                  task_kind="classification")
    assert task_kind(coder).id == "classification"  # type: ignore[union-attr]
    tried = _case("Few-shot examples chosen by similarity helped a little.", task_kind="extraction",
                  labelled_examples=5000, prompting_falls_short=True)
    assert "few-shot examples per request" not in " ".join(next_steps(tried, decide(tried)))


def test_a_large_code_set_gets_code_level_accuracy_and_a_candidate_shortlist() -> None:
    case = _case("We assign 10-digit HS codes to every customs line.", task_kind="classification",
                 labelled_examples=400_000, prompting_falls_short=True)
    steps = " ".join(next_steps(case, decide(case)))
    assert task_kind(case).id == "code_set"  # type: ignore[union-attr]
    assert "code hierarchy" in steps and "shortlist" in steps and "per-class" not in steps


# --- citations -----------------------------------------------------------------------------------


def test_every_cited_quote_was_reviewed_to_argue_its_criterion_s_way() -> None:
    reviewed = {(r["criterion"], r["section"], r["quote"]): r["argues"]
                for r in yaml.safe_load(REVIEW.read_text(encoding="utf-8"))["reviewed"]}
    index = open_index()
    for criterion in load_criteria():
        cites, _ = cite_criterion(index, criterion)
        assert cites, criterion.id
        for c in cites:
            if c.origin == "user":
                continue
            assert c.section_id in criterion.cites, (criterion.id, c.section_id)
            key = (criterion.id, c.section_id, c.quote)
            assert key in reviewed, f"unreviewed quote for {criterion.id}: {c.quote!r}"
            assert reviewed[key] == criterion.favours, key


def test_no_guidance_section_describes_ftaudit_itself() -> None:
    for path in sorted((KNOWLEDGE_DIR / "guidance").glob("*.md")):
        assert "ftaudit" not in path.read_text(encoding="utf-8").lower(), path.name


def test_a_bill_alone_still_gives_a_cost_section_on_that_bill() -> None:
    e = estimate_costs(_case(monthly_bill_usd=21_000))
    assert e is not None and e.monthly_cost_prompting == pytest.approx(21_000)
    assert e.stated == {"monthly_bill_usd": 21_000.0} and "derived from your monthly bill" in e.provenance[0]
    assert estimate_costs(_case(cost_per_call_usd=0.01)) is None  # a price alone gives no monthly figure


def test_a_bill_just_under_an_amount_is_stated_but_staying_under_it_is_a_target() -> None:
    assert _money("Our API bill is just under $19,000 a month.")["monthly_bill_usd"] == pytest.approx(19_000)
    assert _money("The monthly bill is under $40 on the API.")["monthly_bill_usd"] == pytest.approx(40)
    assert _money("The API bill must stay under $5,000 a month.") == {}


def test_words_that_merely_look_like_a_task_kind_do_not_set_it() -> None:
    agents = _case("Literary agents email the royalties team about 600 questions a month.",
                   task_kind="question_answering")
    assert task_kind(agents).id == "question_answering"  # type: ignore[union-attr]
    codes = _case("The model picks the fault code from our code list for every work order.", task_kind="extraction")
    assert task_kind(codes).id == "extraction"  # type: ignore[union-attr]
    sql = _case("Analysts ask in English and the model writes the SQL for our warehouse.", task_kind="generation")
    assert task_kind(sql).id == "sql_code"  # type: ignore[union-attr]


def test_a_prompt_that_meets_its_bar_gets_a_regression_check_not_a_new_programme() -> None:
    met = _case("Our extraction prompt scores 96% on 3,000 documents against a 95% target.",
                task_kind="extraction", monthly_volume=2_000, labelled_examples=3000, prompting_falls_short=False)
    assert decide(met).approach == "prompt"
    steps = " ".join(next_steps(met, decide(met)))
    assert "already meets the bar" in steps
    assert "Record the baseline" not in steps and "Classify each failure" not in steps
    assert "few-shot examples per request" not in steps and "pool for few-shot" not in steps
    short = _case("Our extraction prompt scores 80% against a 95% target.", task_kind="extraction",
                  monthly_volume=20_000, labelled_examples=3000, prompting_falls_short=True)
    assert "already meets the bar" not in " ".join(next_steps(short, decide(short)))


def test_cost_levers_are_not_offered_when_the_bill_is_too_small_to_matter() -> None:
    cheap = _case(task_kind="classification", monthly_volume=50_000, prompt_tokens=4000, monthly_bill_usd=80)
    steps = " ".join(next_steps(cheap, decide(cheap)))
    assert "prompt caching" not in steps and "smaller or newer current model" not in steps
    dear = _case(task_kind="classification", monthly_volume=50_000, prompt_tokens=4000, monthly_bill_usd=4000)
    steps = " ".join(next_steps(dear, decide(dear)))
    assert "prompt caching" in steps and "smaller or newer current model" in steps


def test_label_definitions_are_not_offered_after_prompt_wording_already_fell_short() -> None:
    tried = _case("Binary SIU referral flag; three weeks of prompt wording did not reach the recall we need.",
                  task_kind="classification", monthly_volume=20_000, labelled_examples=4000, prompting_falls_short=True)
    assert "one-line definition" not in " ".join(next_steps(tried, decide(tried)))
    fresh = _case("Route each ticket to one of 9 queues.", task_kind="classification", monthly_volume=20_000,
                  labelled_examples=4000)
    assert "one-line definition" in " ".join(next_steps(fresh, decide(fresh)))


def test_a_tight_latency_limit_gets_enforced_schemas_not_retries() -> None:
    fast = _case("Normalise each alarm text into our JSON record before it pages the on-call engineer.",
                 task_kind="extraction", strict_format=True, latency_ms=200, monthly_volume=90_000)
    steps = " ".join(next_steps(fast, decide(fast)))
    assert "reject and retry" not in steps and "enforced while decoding" in steps
    relaxed = _case("Extract the fields of each invoice into our JSON record overnight.", task_kind="extraction",
                    strict_format=True, monthly_volume=90_000)
    assert "reject and retry" in " ".join(next_steps(relaxed, decide(relaxed)))


def test_a_job_of_a_few_outputs_a_month_checks_a_few_months_not_twenty_outputs() -> None:
    monthly = _case("We draft one members' newsletter a month for our cycling club.", task_kind="generation",
                    monthly_volume=1, budget="none")
    steps = next_steps(monthly, decide(monthly))
    assert "check the next 3 real ones" in " ".join(steps) and "next 20" not in " ".join(steps)
    weekly = _case("We draft the replies to about 40 member emails a month.", task_kind="generation",
                   monthly_volume=40, budget="none")
    assert "check the next 20 real ones" in " ".join(next_steps(weekly, decide(weekly)))
