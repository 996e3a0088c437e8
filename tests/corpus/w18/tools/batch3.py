import sys; sys.path.insert(0, "/work/blind/w18/tools")
from lib import add

add("ward-formulary-questions", """# Ward pharmacist formulary questions

Ward pharmacists across four hospitals ask about dosing restrictions and approved substitutes in our local formulary. The formulary holds about 3,200 drug entries, and the medicines committee amends it monthly. Answers must quote the entry and its revision date. A wrong dose restriction could harm a patient. We expect around 5,000 questions a month.""",
"rag", [], "Local, monthly-amended formulary; quoted sources; high stakes.",
{"task_kind": ("question_answering", "ask about dosing restrictions and approved substitutes"),
 "corpus_size": (3200, "about 3,200 drug entries"),
 "knowledge_change_days": (30, "amends it monthly"),
 "needs_citations": (True, "Answers must quote the entry"),
 "stakes": ("high", "could harm a patient"),
 "monthly_volume": (5000, "around 5,000 questions a month"),
 "needs_external_knowledge": (True, "our local formulary")})

add("pr-release-note-lines", """# Release-note lines from merged pull requests

Our platform team turns each merged pull request into a one-line release note in a fixed format: component tag, past-tense verb, user-visible effect, ticket ID. We merge about 6,000 PRs a month across 200 repositories. The docs team has written release notes for 35,000 past PRs. A prompt with the format rules gets the structure right but picks the wrong component tag 30% of the time, because tags follow internal service names. The format has been fixed since v2 of our release process.""",
"fine_tune", [], "Stable fixed format, 35k examples, prompting misses internal tags 30% of the time.",
{"task_kind": ("summarisation", "turns each merged pull request into a one-line release note"),
 "strict_format": (True, "in a fixed format"),
 "monthly_volume": (6000, "about 6,000 PRs a month"),
 "labelled_examples": (35000, "release notes for 35,000 past PRs"),
 "prompting_falls_short": (True, "picks the wrong component tag 30% of the time"),
 "task_changes_often": (False, "The format has been fixed since v2")})

add("consultation-paper-review", """# One-off review of an overdraft consultation paper

Our compliance team must compare a 90-page regulator consultation paper with our current overdraft practices before a response deadline in three weeks. This is a one-time job for two analysts. The analysts will check every point the model raises. The paper and our 20-page practice summary together fit inside a long-context prompt.""",
"prompt", [], "One-off analysis, documents fit in context, full human check.",
{"task_kind": ("research", "compare a 90-page regulator consultation paper with our current overdraft practices"),
 "stage": ("one_off", "This is a one-time job"),
 "human_review": (True, "will check every point the model raises")})

add("product-review-summaries", """# Summaries of customer reviews on product pages

We want a three-sentence summary of customer reviews on each product page. About 8,000 products have more than ten reviews, and a weekly batch job would produce roughly 35,000 summaries a month. A quick prompt test on 100 products gave summaries that merchandising rated good on 92 of them. Nothing else forces a bigger build.""",
"prompt", [], "General summarisation that prompting already handles well.",
{"task_kind": ("summarisation", "a three-sentence summary of customer reviews"),
 "monthly_volume": (35000, "roughly 35,000 summaries a month"),
 "prompting_falls_short": (False, "rated good on 92 of them")})

add("contact-centre-cover-questions", """# Policy wording answers for contact-centre agents

Contact-centre agents must answer "am I covered?" from the policy wording that applies to each customer. We hold 140 policy wordings, one per product version, and cover depends on the wording in force when the customer bought. New wordings are released about every two months. Agents must read out the exact clause. About 1,100 agents handle 200,000 calls a month, and roughly a quarter involve a cover question.""",
"rag", [], "Answers must come from the right one of 140 versioned wordings, exact clause quoted.",
{"task_kind": ("question_answering", "answer \"am I covered?\""),
 "corpus_size": (140, "140 policy wordings"),
 "knowledge_change_days": (60, "about every two months"),
 "needs_citations": (True, "read out the exact clause"),
 "monthly_volume": (50000, "200,000 calls a month, and roughly a quarter involve a cover question"),
 "needs_external_knowledge": (True, "from the policy wording that applies to each customer")})

add("shift-handover-prototype", """# Shift handover summaries prototype

A ward manager wants to test whether a model can turn nurses' free-text shift notes into a short handover list. It is a prototype on one 28-bed ward for four weeks. A nurse reads every summary against the notes before handover. There are no existing summaries to learn from, and the handover template is still being designed with the nursing team.""",
"prompt", [], "Prototype, no data, template still changing, full human review.",
{"task_kind": ("summarisation", "into a short handover list"),
 "stage": ("prototype", "It is a prototype"),
 "human_review": (True, "A nurse reads every summary"),
 "labelled_examples": (0, "no existing summaries to learn from"),
 "task_changes_often": (True, "still being designed")})

add("savings-promo-claim-flags", """# Flagging risky claims in savings promotions

Our marketing compliance team flags risky claims in promotional copy for savings products. They review about 4,000 pieces of copy a month, marking each sentence "ok", "needs qualifier" or "prohibited". Reviewers have flagged 60,000 sentences over four years. A prompted model with our 14 rules misses half of the "needs qualifier" cases, the category reviewers care about most. The rules have not changed since the last regulator update in 2022.""",
"fine_tune", [], "Stable narrow classification with 60k labels where prompting misses half of the key class.",
{"task_kind": ("classification", "marking each sentence"),
 "monthly_volume": (4000, "about 4,000 pieces of copy a month"),
 "labelled_examples": (60000, "flagged 60,000 sentences"),
 "prompting_falls_short": (True, "misses half of the \"needs qualifier\" cases"),
 "task_changes_often": (False, "The rules have not changed since")})

add("archive-topic-tags", """# Topic tags from the in-house taxonomy

Every article we publish must be tagged with topics from our 1,600-term in-house taxonomy. Publishing runs at about 9,000 articles a month. Sub-editors have tagged 250,000 articles by hand since 2015. Putting the whole taxonomy in the prompt takes 22,000 tokens, and the tags still disagree with sub-editors on 35% of articles. The taxonomy changes only a handful of terms a year.""",
"fine_tune", ["rag+fine_tune"], "Large labelled history, long prompt still at 65% agreement, slowly changing taxonomy.",
{"task_kind": ("classification", "tagged with topics"),
 "monthly_volume": (9000, "about 9,000 articles a month"),
 "labelled_examples": (250000, "tagged 250,000 articles by hand"),
 "prompt_tokens": (22000, "22,000 tokens"),
 "prompting_falls_short": (True, "disagree with sub-editors on 35% of articles"),
 "task_changes_often": (False, "changes only a handful of terms a year")})

add("interview-question-sets", """# Interview question sets from job descriptions

Hiring managers want ten interview questions tailored to each job description. HR runs about 60 hiring rounds a quarter. Managers choose and edit the questions themselves. A test with a plain prompt on five job descriptions gave usable sets. There is no budget for data work this year.""",
"prompt", [], "Low volume, prompting works, human edits, no budget.",
{"task_kind": ("generation", "ten interview questions tailored to each job description"),
 "monthly_volume": (20, "about 60 hiring rounds a quarter"),
 "human_review": (True, "Managers choose and edit the questions themselves"),
 "prompting_falls_short": (False, "gave usable sets"),
 "budget": ("none", "no budget for data work")})

add("internal-payments-sdk-questions", """# Questions about our internal payments SDK

Developers ask how to use our internal payments SDK, which no public model has seen. Its documentation is about 420 Markdown files in the repo, and a new SDK version ships every two weeks with breaking changes listed in the changelog. Answers should link the doc page for the version the developer is on. Around 700 developers would ask an estimated 12,000 questions a month.""",
"rag", [], "Private, versioned docs changing fortnightly, links required.",
{"task_kind": ("question_answering", "Developers ask how to use our internal payments SDK"),
 "needs_external_knowledge": (True, "which no public model has seen"),
 "corpus_size": (420, "about 420 Markdown files"),
 "knowledge_change_days": (14, "every two weeks"),
 "needs_citations": (True, "Answers should link the doc page"),
 "monthly_volume": (12000, "12,000 questions a month")})
