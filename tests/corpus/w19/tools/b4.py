from helper import case

case('travel-disruption-rebooking-chat', """
Disruption chat replies in the Skye persona
The disruption desk wants the chat assistant to write rebooking conversations in our 'Skye' persona, around 80,000 conversations a month in peak season. Rebooking options come from the existing booking API, which is out of scope. A prompted version with a 2,500-token persona guide loses the voice after the third or fourth turn in about half of test chats, and brand QA fails it. The attached export holds QA-approved chats from the human team. The persona has been unchanged since 2021.
""", 'fine_tune', 'Persona that a long prompt cannot hold; the export has ~2.4k approved chats in that voice; stable persona.',
{'task_kind': ('generation', 'write rebooking conversations'),
 'monthly_volume': (80000, 'around 80,000 conversations a month'),
 'consistent_style': (True, "our 'Skye' persona"),
 'prompt_tokens': (2500, '2,500-token persona guide'),
 'prompting_falls_short': (True, 'brand QA fails it'),
 'labelled_examples': (2437, 'data:chat_export.jsonl'),
 'task_changes_often': (False, 'The persona has been unchanged since 2021'),
}, folder=True)

case('logistics-spot-rate-answers', """
Spot-rate answers for the freight sales desk
Sales reps field customer emails asking for lane rates, surcharges and transit times. The answers come from about 1,600 rate cards and fuel surcharge tables that procurement republishes every Monday. A quote must reference the rate card ID so billing can reconcile it later. The desk handles roughly 700 quote requests a day. Reps check every answer before replying to the customer.
""", 'rag', 'Answers come from weekly-republished private rate cards and must cite the card ID.',
{'task_kind': ('question_answering', 'asking for lane rates, surcharges and transit times'),
 'corpus_size': (1600, 'about 1,600 rate cards and fuel surcharge tables'),
 'knowledge_change_days': (7, 'republishes every Monday'),
 'needs_citations': (True, 'A quote must reference the rate card ID'),
 'needs_external_knowledge': (True, 'rate cards and fuel surcharge tables'),
 'monthly_volume': (21000, 'roughly 700 quote requests a day'),
 'human_review': (True, 'Reps check every answer'),
})

case('telecom-churn-mart-sql', """
Natural-language queries over the churn data mart
Analysts in customer insight want to ask questions of the churn mart in plain English and get SQL back. The mart has 35 tables with documented columns, and the schema changes only at quarterly releases. About 15 analysts would use it, maybe 40 queries a day between them. Nobody has tried a model with the schema in the prompt yet. Analysts read and run the SQL themselves.
""", 'prompt', 'Small documented schema fits in a prompt; low volume; untried; analysts review.',
{'task_kind': ('code', 'get SQL back'),
 'monthly_volume': (1200, 'maybe 40 queries a day'),
 'human_review': (True, 'Analysts read and run the SQL themselves'),
})

case('pharma-site-protocol-questions', """
Protocol questions from clinical sites
Site coordinators on our trials email the study team about eligibility criteria, visit windows and dosing rules, across 46 active protocols. Each protocol runs 120 to 200 pages, and amendments arrive every few weeks for at least one study. Answers must quote the protocol section and amendment number, since a wrong answer can cause a protocol deviation. The study team receives about 3,000 such questions a month.
""", 'rag', 'Private protocols with frequent amendments; quoted, versioned answers; high stakes.',
{'task_kind': ('question_answering', 'about eligibility criteria, visit windows and dosing rules'),
 'corpus_size': (46, '46 active protocols'),
 'needs_citations': (True, 'Answers must quote the protocol section and amendment number'),
 'stakes': ('high', 'a wrong answer can cause a protocol deviation'),
 'needs_external_knowledge': (True, 'across 46 active protocols'),
 'monthly_volume': (3000, 'about 3,000 such questions a month'),
})

case('public-sector-plain-language-letters', """
Plain-English rewrites of benefit decision letters
The agency wants caseworkers to paste a draft decision letter and get a plain-English version at a reading age of about 11. Letters average 400 words, and there are roughly 5,000 a month. There are no before-and-after pairs; the plain-English standard is a 2-page guide from the communications team. Caseworkers approve every rewrite before it is sent. We have not piloted anything yet.
""", 'prompt', 'General rewriting with a short guide, no pairs, untried, human approval.',
{'task_kind': ('transformation', 'get a plain-English version'),
 'monthly_volume': (5000, 'roughly 5,000 a month'),
 'labelled_examples': (0, 'There are no before-and-after pairs'),
 'human_review': (True, 'Caseworkers approve every rewrite'),
})

case('legal-privilege-first-pass', """
First-pass privilege screening in litigation review
Outside counsel bills us for first-pass privilege review on productions of 200k to 1M documents per matter. Across past matters we hold 480,000 documents coded privileged or not by reviewers with attorney QC. A prompted model given our privilege guidance flags far too broadly, with 31% false positives, against a target of 95% accuracy. The privilege criteria have not changed across matters in five years. Every flagged document still goes to an attorney.
""", 'fine_tune', 'Stable binary screening with 480k attorney-checked labels; prompting misses the target.',
{'task_kind': ('classification', 'coded privileged or not'),
 'labelled_examples': (480000, '480,000 documents coded privileged or not'),
 'prompting_falls_short': (True, 'with 31% false positives'),
 'accuracy_target': (95, 'a target of 95% accuracy'),
 'task_changes_often': (False, 'have not changed across matters in five years'),
})

case('manufacturing-assembly-work-instructions', """
Work instruction assistant on the gearbox line
Assemblers want to ask a tablet how to do a step instead of opening the work instruction PDF. There are 1,150 work instructions across 14 product variants, and engineering changes land most days. Answers must show the instruction number and step image they rely on. The line runs three shifts with about 60 assemblers each. The plant network is air-gapped from the internet.
""", 'rag', 'Private instructions changing almost daily, must show source step; air-gapped hosting.',
{'task_kind': ('question_answering', 'ask a tablet how to do a step'),
 'corpus_size': (1150, '1,150 work instructions'),
 'knowledge_change_days': (1, 'engineering changes land most days'),
 'needs_citations': (True, 'Answers must show the instruction number and step image'),
 'needs_external_knowledge': (True, 'work instruction PDF'),
 'constraints': (['air_gapped'], 'air-gapped from the internet'),
})

case('education-admissions-enquiry-replies', """
Replies to prospective student enquiries
Admissions receives about 3,000 enquiry emails a month and wants drafted replies in the university's 'warm but precise' voice. The voice exists only as a marketing slide; past replies were not kept, so there is no archive to learn from. The facts replies need, fees and deadlines, sit in a 4-page fact sheet updated each August. Nothing has been tried yet. Staff would edit and send each draft.
""", 'prompt', 'A voice wish with no examples; facts fit in a short yearly sheet; untried.',
{'task_kind': ('generation', 'drafted replies'),
 'monthly_volume': (3000, 'about 3,000 enquiry emails a month'),
 'consistent_style': (True, "'warm but precise' voice"),
 'labelled_examples': (0, 'there is no archive to learn from'),
 'knowledge_change_days': (365, 'updated each August'),
 'human_review': (True, 'Staff would edit and send each draft'),
})

case('logistics-proof-of-delivery-capture', """
Proof-of-delivery capture
Drivers photograph signed delivery notes, and we need consignee name, signature present, time, damage remarks and exception code extracted into a fixed record. There are about 1.2M notes a month, on paperwork from 60 subcontractors. Prompted vision models reach 83% record-level accuracy; billing disputes require 96%. We have 240k notes keyed by the claims team. Exception codes follow our own three-letter scheme ('DMG', 'RFS', 'NAH').
""", 'fine_tune', 'High-volume fixed-record extraction with in-house codes, 240k keyed notes, prompting below bar.',
{'task_kind': ('extraction', 'extracted into a fixed record'),
 'monthly_volume': (1200000, 'about 1.2M notes a month'),
 'strict_format': (True, 'a fixed record'),
 'prompting_falls_short': (True, 'reach 83% record-level accuracy'),
 'accuracy_target': (96, 'billing disputes require 96%'),
 'labelled_examples': (240000, '240k notes keyed by the claims team'),
 'domain_jargon': (True, 'our own three-letter scheme'),
})

case('telecom-competitor-tariff-scan', """
Competitor tariff landscape scan
Strategy wants a one-off analysis of how 12 competitors in four markets price unlimited data plans, drawn from their public tariff pages. The output is a slide-ready comparison and a short memo. It runs once, ahead of the March pricing review. No earlier analyses exist in reusable form. Two analysts will check every figure.
""", 'prompt', 'One-off research job with human checking; no reason to build a pipeline or train.',
{'task_kind': ('research', 'a one-off analysis'),
 'stage': ('one_off', 'It runs once'),
 'needs_external_knowledge': (True, 'their public tariff pages'),
 'human_review': (True, 'Two analysts will check every figure'),
}, also=['rag'])
