from helper import case

case('public-sector-procurement-rules-assistant', """
Route-to-market answers for council buyers
Officers across the council's directorates ask the central procurement team which route to market applies to a purchase. The rules sit in eight policy documents, about 260 pages in full; excerpts with their revision histories are attached. A finance colleague believes the rules change about once a year and asked whether we should fine-tune a model on them. Answers must cite the document and section, because audit checks every award against the rule in force on the day. Roughly 1,000 questions a month reach the team.
""", 'rag', 'Revision index shows a change roughly every two weeks; answers must cite the rule in force; facts, not behaviour.',
{'task_kind': ('question_answering', 'which route to market applies to a purchase'),
 'corpus_size': (8, 'eight policy documents'),
 'knowledge_change_days': (14, 'data:revision_index.csv'),
 'needs_citations': (True, 'Answers must cite the document and section'),
 'needs_external_knowledge': (True, 'The rules sit in eight policy documents'),
 'monthly_volume': (1000, 'Roughly 1,000 questions a month'),
}, folder=True)

case('travel-guest-review-topics', """
Topic tagging of guest reviews
The hotel partnerships team wants each guest review tagged with the topics it raises, such as cleanliness, noise, staff or breakfast. We collect about 10k reviews a month across 2,300 partner hotels. The topic list is still being drafted with the partner managers and has changed three times in the last month. Nothing is labelled yet. Tags feed a monthly dashboard, so an occasional wrong tag does little harm.
""", 'prompt', 'Changing label set, nothing labelled, low stakes; a prompt is the place to start.',
{'task_kind': ('classification', 'tagged with the topics it raises'),
 'monthly_volume': (10000, 'about 10k reviews a month'),
 'task_changes_often': (True, 'has changed three times in the last month'),
 'labelled_examples': (0, 'Nothing is labelled yet'),
 'stakes': ('low', 'an occasional wrong tag does little harm'),
})

case('legal-regulatory-change-digest', """
Weekly regulatory change digest for compliance
Legal compliance tracks new rules, guidance and enforcement notices from regulators in 30 jurisdictions that touch our obligations register. Regulators publish something relevant most days, and the register itself holds about 4,200 obligations. The digest must say which obligations each change affects and link the regulator's publication. Compliance counsel review the digest before it is circulated. Three lawyers currently spend two days a week compiling it by hand.
""", 'rag', 'New external publications daily matched to a private register; links required.',
{'task_kind': ('summarisation', 'Weekly regulatory change digest'),
 'knowledge_change_days': (1, 'Regulators publish something relevant most days'),
 'needs_citations': (True, "link the regulator's publication"),
 'needs_external_knowledge': (True, 'new rules, guidance and enforcement notices'),
 'human_review': (True, 'Compliance counsel review the digest'),
})

case('manufacturing-plc-structured-text', """
PLC routine drafting in house conventions
Controls engineers write IEC 61131-3 structured text routines for new stations from a functional spec. We want drafts that use our naming convention and our certified function block library instead of ad hoc logic. The team has 1,800 reviewed routines with their specs in the repository since 2017. Prompted models write plausible code but ignore the naming rules and reimplement blocks we already certify, and engineers rewrite most of it. The conventions and library are frozen per plant generation, about every six years. Every routine goes through peer review and FAT.
""", 'fine_tune', 'Specialised notation and house conventions prompting ignores; 1.8k reviewed pairs; stable.',
{'task_kind': ('code', 'structured text routines'),
 'labelled_examples': (1800, '1,800 reviewed routines with their specs'),
 'domain_jargon': (True, 'IEC 61131-3 structured text'),
 'prompting_falls_short': (True, 'engineers rewrite most of it'),
 'task_changes_often': (False, 'frozen per plant generation'),
 'human_review': (True, 'Every routine goes through peer review and FAT'),
}, also=['rag+fine_tune'])

case('education-maths-short-answer-marking', """
Marking short maths answers on the homework platform
The platform marks free-text answers to algebra questions, about 2 million answers a month. A prompted model with a 2,000-token marking guide agrees with teachers 93% of the time, which is good enough, but costs $0.004 a call and takes about two seconds. Students get feedback inline, so marking has to return within 300 ms. Teachers have marked 600k answers on the current scheme. The marking scheme is the exam board's and changes only when the specification does.
""", 'fine_tune', 'Very high volume with a latency bar the prompted model misses; 600k marked answers.',
{'task_kind': ('classification', 'marks free-text answers'),
 'monthly_volume': (2000000, 'about 2 million answers a month'),
 'prompt_tokens': (2000, '2,000-token marking guide'),
 'cost_per_call_usd': (0.004, '$0.004 a call'),
 'latency_ms': (300, 'within 300 ms'),
 'labelled_examples': (600000, 'Teachers have marked 600k answers'),
 'task_changes_often': (False, 'changes only when the specification does'),
})

case('pharma-medical-information-responses', """
Medical information responses to healthcare professionals
The medical information team answers enquiries from doctors and pharmacists about our marketed products, around 4,000 a month in five countries. Responses must be built from approved standard response documents and the current product label, about 900 documents, which medical affairs updates monthly. Every claim in a response must carry its reference. An off-label or outdated statement is a compliance breach. A medical information specialist approves every response before sending.
""", 'rag', 'Answers must come from ~900 approved documents updated monthly, with references.',
{'task_kind': ('question_answering', 'answers enquiries from doctors and pharmacists'),
 'monthly_volume': (4000, 'around 4,000 a month'),
 'corpus_size': (900, 'about 900 documents'),
 'knowledge_change_days': (30, 'updates monthly'),
 'needs_citations': (True, 'Every claim in a response must carry its reference'),
 'needs_external_knowledge': (True, 'approved standard response documents'),
 'stakes': ('high', 'a compliance breach'),
 'human_review': (True, 'approves every response before sending'),
})

case('telecom-b2b-contract-summaries', """
Contract summaries for enterprise account managers
Account managers want a one-page summary of each enterprise customer's master services agreement before renewal talks: term, notice period, SLAs, credits and termination rights. There are about 150 renewals a month. A prototype with a plain prompt already gets the key dates right in 18 of 20 contracts that legal checked. There are no stored summaries. Account managers confirm dates against the contract before they rely on them.
""", 'prompt', 'Low-volume general summarisation already working with a plain prompt.',
{'task_kind': ('summarisation', 'a one-page summary'),
 'monthly_volume': (150, 'about 150 renewals a month'),
 'stage': ('prototype', 'A prototype with a plain prompt'),
 'prompting_falls_short': (False, 'already gets the key dates right in 18 of 20 contracts'),
 'labelled_examples': (0, 'There are no stored summaries'),
})

case('pharma-consent-form-readability', """
Readability rewrites of informed consent forms
Clinical operations wants first drafts of patient-facing consent forms rewritten at a lower reading level before ethics submission. We produce perhaps 40 new consent forms a year, each 12 to 20 pages. The medical content must not change; the target reading level comes from a 1-page guidance note. There are no paired before-and-after versions. Medical writers and the ethics committee review every form.
""", 'prompt', 'Rare, general rewriting task with human review; medical words do not change that.',
{'task_kind': ('transformation', 'rewritten at a lower reading level'),
 'labelled_examples': (0, 'There are no paired before-and-after versions'),
 'monthly_volume': (3.3, 'perhaps 40 new consent forms a year'),
 'human_review': (True, 'review every form'),
})

case('public-sector-ivr-intent-routing', """
Intent detection for the tax helpline voice menu
The helpline's voice menu turns each caller's first sentence into one of 45 intents, about 600k calls a month. The current prompt is 5,000 tokens of intent definitions and examples, and a reply takes 2 to 3 seconds; the telephony platform times out after 800 ms. Accuracy is 89% against a target of 94%. We have 120,000 transcribed first utterances labelled by the contact centre QA team. The intent list has been fixed since the 2023 restructure.
""", 'fine_tune', 'High volume, latency limit, long prompt, 120k labelled utterances, fixed intents.',
{'task_kind': ('classification', 'one of 45 intents'),
 'monthly_volume': (600000, 'about 600k calls a month'),
 'prompt_tokens': (5000, '5,000 tokens of intent definitions and examples'),
 'latency_ms': (800, 'times out after 800 ms'),
 'prompting_falls_short': (True, 'Accuracy is 89% against a target of 94%'),
 'accuracy_target': (94, 'a target of 94%'),
 'labelled_examples': (120000, '120,000 transcribed first utterances'),
 'task_changes_often': (False, 'fixed since the 2023 restructure'),
 'stage': ('production', 'The current prompt'),
})

case('travel-fare-rules-answers', """
Fare rule answers for the corporate travel desk
Agents answer traveller questions on change fees, refundability and minimum stay from airline fare rules. The rules are filed daily by about 40 airlines in category-coded text ('CAT16 PENALTIES ... CHANGES ANY TIME CHARGE EUR 75'). Answers must quote the fare rule category they rely on, because travel managers dispute fees. The desk handles around 25,000 such questions a month. Agents confirm before rebooking.
""", 'rag', 'Fare rules filed daily must be quoted; jargon is secondary to freshness.',
{'task_kind': ('question_answering', 'Agents answer traveller questions on change fees'),
 'knowledge_change_days': (1, 'filed daily'),
 'domain_jargon': (True, 'category-coded text'),
 'needs_citations': (True, 'Answers must quote the fare rule category'),
 'needs_external_knowledge': (True, 'airline fare rules'),
 'monthly_volume': (25000, 'around 25,000 such questions a month'),
}, also=['rag+fine_tune'])
