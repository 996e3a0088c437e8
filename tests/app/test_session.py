"""The interview: most useful question first, no repeats, corrections, stopping."""

from __future__ import annotations

from ftaudit import AuditSession
from ftaudit.decide.criteria import load_criteria
from ftaudit.decide.scoring import question_value


def test_asks_for_a_description_first() -> None:
    s = AuditSession()
    q = s.next_question()
    assert q is not None and q.field == "description"


def test_first_question_is_the_most_decisive_and_known_facts_are_not_asked() -> None:
    s = AuditSession("We want an assistant that answers staff questions about our travel rules.")
    q = s.next_question()
    # Facts read with low confidence are confirmed first; "yes" makes them sure.
    while q is not None and q.criterion == "confirm":
        unsure = s.case.facts[q.field]
        assert not unsure.sure and unsure.quote and unsure.quote in q.text
        s.answer("yes")
        assert s.case.known(q.field) and s.case.facts[q.field].value == unsure.value
        q = s.next_question()
    assert q is not None
    criteria = load_criteria()
    base = s.decision()
    best = max(question_value(s.case, c.asks, base, criteria) for c in criteria if not s.case.known(c.asks))
    assert q.value == round(best, 3)
    assert not s.case.known(q.field)
    asked = []
    for _ in range(12):
        q = s.next_question()
        if q is None:
            break
        assert q.field not in asked and not s.case.known(q.field)
        asked.append(q.field)
        s.answer("skip")
    assert s.next_question() is None


def test_answers_settle_facts_and_corrections_win() -> None:
    s = AuditSession("Customer support wants help with incoming emails.")
    s.answer("We get about 200,000 emails a month and we have 30,000 labelled ones.")
    assert s.case.value("monthly_volume") == 200_000
    assert s.case.value("labelled_examples") == 30_000
    s.answer("Sorry, correction: only 300 labelled emails.")
    assert s.case.value("labelled_examples") == 300


def test_interview_converges_and_reports() -> None:
    s = AuditSession("Our lawyers ask questions about 4,000 internal policy documents that change every month.")
    asked = []
    answers = {"needs_citations": "yes, each answer must cite the policy", "labelled_examples": "none",
               "stage": "production", "wants_latest_models": "no", "task_changes_often": "no"}
    while (q := s.next_question()) is not None and len(asked) < 10:
        asked.append(q.field)
        s.answer(answers.get(q.field, "skip"))
    assert s.done and len(asked) < 10
    assert s.report().approach == "rag"
    for field in asked:
        if field in answers and field != "labelled_examples":
            assert s.case.known(field), field


def test_attach_merges_file_facts(dev_cases) -> None:  # type: ignore[no-untyped-def]
    s = AuditSession("We want to label warranty claims into defect categories.")
    s.attach(dev_cases / "warranty-claims-classifier" / "claims-labelled.csv")
    assert any(f.source == "file" for f in s.facts)
    assert s.report().data is not None
