"""The offline extractor: numbers, units, negations and verbatim quotes."""

from __future__ import annotations

import pytest
from ftaudit.read.lexicon import extract_facts, interpret_answer, sentences
from ftaudit.read.quantities import find_quantities, parse_period


def facts(text: str) -> dict[str, object]:
    return {f.field: f.value for f in extract_facts(text)}


@pytest.mark.parametrize(
    ("text", "value", "per_month"),
    [
        ("roughly 2.3 million tickets a month", 2_300_000, 2_300_000),
        ("a few dozen requests a day", 36, 36 * 30.4),
        ("about 180,000 claims a year", 180_000, 180_000 * 30.4 / 365),
        ("60k labelled rows", 60_000, None),
        ("1.2M conversations per month", 1_200_000, 1_200_000),
        ("half a million invoices a month", 500_000, 500_000),
        ("peaks of 150 per second", 150, 150 * 30.4 * 86400),
    ],
)
def test_quantities_parse_numbers_units_and_periods(text: str, value: float, per_month: float | None) -> None:
    q = find_quantities(text)[0]
    assert q.value == pytest.approx(value)
    if per_month is None:
        assert q.period_days is None
    else:
        assert q.per_month == pytest.approx(per_month, rel=1e-6)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("The desk answered 18,500 chats last month.", 18_500),
        ("In the past 30 days: 640k scanned invoices", 640_000),
        ("Over the last quarter we triaged 27,300 alerts.", 27_300 / 3),
        ("It handled 4,200 bookings during the past week.", 4_200 * 30.4 / 7),
    ],
)
def test_a_count_over_a_recent_stretch_is_a_rate(text: str, per_month: float) -> None:
    q = max(find_quantities(text), key=lambda q: q.value)
    assert q.period_days is None  # a stated period ("a month") stays what the features see
    assert q.per_month == pytest.approx(per_month, rel=0.01)


@pytest.mark.parametrize("text", [
    "We annotated 52,000 forms over the past two years.",   # an accumulation, not a rate
    "Onboarding took 3 weeks last month.",                  # the number is a length of time
    "About 35% of the calls last month were refunds.",      # a share
])
def test_accumulations_durations_and_shares_get_no_window(text: str) -> None:
    assert all(q.window_days is None for q in find_quantities(text))


def test_years_are_not_counts() -> None:
    assert [q.value for q in find_quantities("In 2025 we labelled 300 emails")] == [300]


@pytest.mark.parametrize(
    ("text", "days"),
    [("every two weeks", 14), ("monthly", 30.4), ("twice a year", 182.5), ("during the day", 0.25),
     ("with each release", 14), ("every week", 7)],
)
def test_change_periods(text: str, days: float) -> None:
    assert parse_period(text) == pytest.approx(days)


def test_volume_examples_latency_and_prompt_length_are_told_apart() -> None:
    got = facts(
        "Our desk handles about 45,000 chats every month. The reply has to be on screen within "
        "800 ms. We kept 12,500 past chats with the answer an expert approved. Today's prompt "
        "runs to 3,100 tokens. The service is used by 900 agents."
    )
    assert got["monthly_volume"] == pytest.approx(45_000)
    assert got["latency_ms"] == pytest.approx(800)
    assert got["labelled_examples"] == 12_500
    assert got["prompt_tokens"] == pytest.approx(3_100)


def test_seconds_become_milliseconds_and_people_are_not_volume() -> None:
    got = facts("Results must come back in under two seconds. 4,000 employees use the portal.")
    assert got["latency_ms"] == pytest.approx(2000)
    assert "monthly_volume" not in got


@pytest.mark.parametrize(
    "text",
    ["We have not collected any examples yet.", "There is no labelled data.",
     "We don't have any training examples.", "No curated question/answer pairs exist."],
)
def test_negated_data_means_zero_examples(text: str) -> None:
    assert facts(text)["labelled_examples"] == 0


def test_negation_flips_booleans() -> None:
    assert facts("Answers do not need to cite anything; a cited source is not required.")["needs_citations"] is False
    assert facts("Each answer must cite the clause it relies on.")["needs_citations"] is True
    assert facts("Speed is not critical; latency does not matter for this nightly job.")["latency_ms"] >= 60_000


def test_knowledge_changes_and_task_changes_are_different_things() -> None:
    docs = facts("Staff ask questions about our procedures, which are amended every month.")
    assert docs["knowledge_change_days"] == pytest.approx(30.4)
    assert docs["needs_external_knowledge"] is True
    task = facts("The task itself changes every week while we learn what we need.")
    assert task["task_changes_often"] is True
    assert "knowledge_change_days" not in task


def test_quotes_are_verbatim_sentences_of_the_input() -> None:
    text = ("We triage incoming bug reports into\n17 components. We have 9,400 reports\nthat engineers "
            "already routed by hand. Around 30k new reports a month.")
    flat = " ".join(text.split())
    found = extract_facts(text)
    assert found
    for fact in found:
        assert fact.quote and fact.quote in flat
    assert {f.field for f in found} >= {"task_kind", "labelled_examples", "monthly_volume"}


def test_extraction_is_deterministic() -> None:
    text = "We want a chatbot over our 2,000-page HR handbook, updated quarterly; answers must link the page."
    assert extract_facts(text) == extract_facts(text)


def test_sentences_keep_abbreviations_and_decimals_together() -> None:
    got = [s.text for s in sentences("Use e.g. JSON output. We serve 2.3 million users. Done!")]
    assert got == ["Use e.g. JSON output.", "We serve 2.3 million users.", "Done!"]


def test_interpret_answer_applies_bare_answers_to_the_asked_fact() -> None:
    assert interpret_answer("yes", "needs_citations")[0].value is True
    assert interpret_answer("nope", "strict_format")[0].value is False
    volume = {f.field: f.value for f in interpret_answer("about 40k a month", "monthly_volume")}
    assert volume["monthly_volume"] == pytest.approx(40_000)
    assert interpret_answer("every two weeks", "knowledge_change_days")[0].value == pytest.approx(14)
    assert interpret_answer("it's a prototype", "stage")[0].value == "prototype"
    assert interpret_answer("", "stage") == []


@pytest.mark.parametrize(
    ("text", "per_month"),
    [("roughly 9M calls/mo", 9_000_000), ("~200 RPS at peak", 200 * 86400 * 30.4), ("150 queries/day", 4560),
     ("a couple hundred questions a week", 200 * 30.4 / 7), ("low thousands of questions per month", 2000)],
)
def test_rate_abbreviations_and_vague_amounts(text: str, per_month: float) -> None:
    assert find_quantities(text)[0].per_month == pytest.approx(per_month)


def test_durations_and_publication_cadence_are_not_request_volume() -> None:
    got = facts("Analysts ask which runbook applies. The feed refreshes every 15 min and "
                "vendors send dozens of advisories per day. Support answers about 300 questions a week.")
    assert got["monthly_volume"] == pytest.approx(300 * 30.4 / 7)
    assert got["knowledge_change_days"] < 1


def test_words_inside_other_words_are_not_periods() -> None:
    assert find_quantities("we tried three example reports: it was wrong")[0].period_days is None


def test_style_that_fits_in_a_paragraph_and_format_already_solved() -> None:
    got = facts("Our tone is simple enough to explain in a paragraph. Structured output mode already gives us valid JSON.")
    assert got["consistent_style"] is False and got["strict_format"] is False


def test_money_people_and_no_two_are_not_counts() -> None:
    got = facts("We pay 20 euro per month. We have 1.1M monthly active kids. No two reports are alike, "
                "and we have no training data.")
    assert "monthly_volume" not in got
    assert got["labelled_examples"] == 0


def test_pairs_of_documents_are_examples_and_pages_of_instructions_are_prompt_length() -> None:
    got = facts("We hold 25,000 document to EDI pairs keyed by clerks. Our prompt is 3 pages of instructions.")
    assert got["labelled_examples"] == 25_000
    assert got["prompt_tokens"] == pytest.approx(1500)


def test_knowledge_in_documents_needs_an_answering_task_or_explicit_reliance() -> None:
    assert facts("Translate the menu; I change the menu 4 times a year.").get("needs_external_knowledge") is not True
    assert facts("The answers are all in the programme handbooks, reissued every year.")["needs_external_knowledge"] is True
    assert facts("The stories are given to the AI each time, so it doesn't need to know anything else.")[
        "needs_external_knowledge"] is False


def test_decades_codes_and_arrivals() -> None:
    got = facts("Listings for 80s wool blazers. Each appeal gets one of 17 reason codes. "
                "About 9,000 written appeals against penalty notices arrive per month. "
                "We hold 48,300 appeals, each coded by an officer.")
    assert "latency_ms" not in got
    assert got["monthly_volume"] == pytest.approx(9000)
    assert got["labelled_examples"] == 48_300


def test_negated_reliance_and_publication_cadence_outside_answering_tasks() -> None:
    got = facts("Nobody needs to look things up in the standard. Every week I make one bulletin for the parish.")
    assert "needs_external_knowledge" not in got
    assert "knowledge_change_days" not in got
