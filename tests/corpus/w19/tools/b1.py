from helper import case

case('logistics-carrier-invoice-extraction', """
Carrier invoice line extraction
Finance ops receives about 40k carrier invoices a month from 300-odd carriers, and each must become a fixed JSON record of 14 fields for the ERP import. A prompted model with a 6k-token instruction block and worked examples reaches 91% field-level accuracy; the ERP team requires 98%. We hold 22,000 invoices already keyed by AP clerks over the last two years and reconciled against payments. The import schema has been frozen since 2022. Per-call cost at this volume is the second complaint after accuracy.
""", 'fine_tune', 'Stable narrow extraction with 22k labelled pairs where prompting plateaued below the accuracy bar at high volume.',
{'task_kind': ('extraction', 'each must become a fixed JSON record'),
 'monthly_volume': (40000, 'about 40k carrier invoices a month'),
 'labelled_examples': (22000, '22,000 invoices already keyed by AP clerks'),
 'strict_format': (True, 'fixed JSON record of 14 fields'),
 'prompting_falls_short': (True, 'reaches 91% field-level accuracy; the ERP team requires 98%'),
 'prompt_tokens': (6000, '6k-token instruction block'),
 'accuracy_target': (98, 'the ERP team requires 98%'),
 'task_changes_often': (False, 'The import schema has been frozen since 2022'),
})

case('telecom-outage-status-assistant', """
Customer outage status assistant
Care wants a chat assistant that tells broadband customers whether their area has a known fault and when it should be fixed. The sources are the live incident log and 1,200 troubleshooting articles, and both change daily. Every answer must link the incident number or article it relies on. It would sit in front of the roughly 150k chat sessions a month that reach care today. A 12-person team from care and network ops owns the pilot, which runs eight weeks from March.
""", 'rag', 'Answers depend on a private incident log and articles that change daily and must be linked.',
{'task_kind': ('question_answering', 'tells broadband customers whether their area has a known fault'),
 'corpus_size': (1200, '1,200 troubleshooting articles'),
 'knowledge_change_days': (1, 'both change daily'),
 'needs_citations': (True, 'Every answer must link the incident number or article it relies on'),
 'needs_external_knowledge': (True, 'the live incident log'),
 'monthly_volume': (150000, 'roughly 150k chat sessions a month'),
 'stage': ('pilot', 'owns the pilot'),
})

case('logistics-export-tariff-codes', """
Tariff code suggestion for export shipments
Brokers assign a 10-digit tariff code to every line on export declarations, around 9,000 lines a day across three hubs. We have 1.4 million historical lines with the code the broker filed and the customs acceptance flag. Descriptions are shipper shorthand ('CTN SS BOLT M8 A2-70') that general models misread; prompted tests with the chapter notes got 64% exact match at six digits. The nomenclature is revised once a year in January. A broker still signs off every declaration.
""", 'fine_tune', 'High-volume classification over shorthand with 1.4M labelled lines; prompting reached only 64%.',
{'task_kind': ('classification', 'assign a 10-digit tariff code to every line'),
 'monthly_volume': (270000, 'around 9,000 lines a day'),
 'labelled_examples': (1400000, '1.4 million historical lines'),
 'domain_jargon': (True, 'shipper shorthand'),
 'prompting_falls_short': (True, 'got 64% exact match at six digits'),
 'knowledge_change_days': (365, 'revised once a year in January'),
 'human_review': (True, 'A broker still signs off every declaration'),
}, also=['rag+fine_tune'])

case('telecom-retention-followup-emails', """
Retention follow-up email drafts
The retention desk wants a model to draft the follow-up email after a save call from the agent's call notes and the offer chosen. Volume is around 1,200 emails a month across 25 agents. Nothing has been tried yet, and there is no library of good emails to learn from. The offer rules sit on a one-page sheet that marketing changes every few weeks. Agents will read and edit each draft before it goes out.
""", 'prompt', 'Low-volume drafting, no examples, short changing rules that fit in a prompt, nothing tried yet.',
{'task_kind': ('generation', 'draft the follow-up email'),
 'monthly_volume': (1200, 'around 1,200 emails a month'),
 'labelled_examples': (0, 'there is no library of good emails to learn from'),
 'task_changes_often': (True, 'marketing changes every few weeks'),
 'human_review': (True, 'Agents will read and edit each draft'),
})

case('public-sector-caseworker-policy-lookup', """
Caseworker policy lookup
Caseworkers at the benefits agency need answers to eligibility questions drawn from the operational guidance, 610 guidance notes running to about 3,400 pages. Notes are amended every week, and an answer based on a withdrawn note is a reportable error. Every answer must quote the paragraph and note number. Around 800 caseworkers would ask perhaps 20k questions a month. Hosting must stay on-premises in the department's data centre.
""", 'rag', 'Large private guidance amended weekly, quoted answers required, high cost of stale answers.',
{'task_kind': ('question_answering', 'answers to eligibility questions'),
 'corpus_size': (610, '610 guidance notes'),
 'knowledge_change_days': (7, 'amended every week'),
 'stakes': ('high', 'a reportable error'),
 'needs_citations': (True, 'Every answer must quote the paragraph and note number'),
 'needs_external_knowledge': (True, 'the operational guidance'),
 'monthly_volume': (20000, 'perhaps 20k questions a month'),
 'constraints': (['on_prem'], "on-premises in the department's data centre"),
})

case('pharma-adverse-event-narratives', """
Adverse event case narrative drafting
Pharmacovigilance writes a narrative for each serious adverse event case in the fixed section order our SOP prescribes. We process about 3,500 serious cases a month and hold 48,000 finalised narratives with their source case data. Prompted drafts with a 4,000-token style guide drift from the house order and phrasing in roughly one case in four, which costs reviewers more time than writing from scratch. The SOP has not changed in three years. A safety physician reviews every narrative before submission.
""", 'fine_tune', 'Fixed structure and house phrasing that prompting cannot hold, with 48k finished narratives.',
{'task_kind': ('generation', 'writes a narrative for each serious adverse event case'),
 'monthly_volume': (3500, 'about 3,500 serious cases a month'),
 'labelled_examples': (48000, '48,000 finalised narratives'),
 'strict_format': (True, 'the fixed section order our SOP prescribes'),
 'consistent_style': (True, 'drift from the house order and phrasing'),
 'prompting_falls_short': (True, 'drift from the house order and phrasing in roughly one case in four'),
 'prompt_tokens': (4000, '4,000-token style guide'),
 'task_changes_often': (False, 'The SOP has not changed in three years'),
 'human_review': (True, 'A safety physician reviews every narrative'),
})

case('travel-schedule-change-summaries', """
Plain-language summaries of flight schedule changes
When an airline changes a flight, our corporate travel platform receives a booking diff and must send the traveller a plain-language summary of what changed. We see around 60k such changes a month. A prototype with a short prompt and three examples already produces summaries that travel managers rated fine in 47 of 50 spot checks. There are no past summaries, since today's emails are templated. The team is two engineers and wants to ship within the quarter.
""", 'prompt', 'Prompt prototype already meets the bar; no examples; general task.',
{'task_kind': ('summarisation', 'a plain-language summary of what changed'),
 'monthly_volume': (60000, 'around 60k such changes a month'),
 'stage': ('prototype', 'A prototype with a short prompt'),
 'prompting_falls_short': (False, 'rated fine in 47 of 50 spot checks'),
 'labelled_examples': (0, 'There are no past summaries'),
})

case('legal-negotiation-playbook-answers', """
Negotiation playbook answers for commercial contracts
The legal department wants in-house counsel and sales ops to ask whether a clause position is acceptable under our negotiation playbook. The sources are roughly 2,300 documents: the 140-page playbook, clause libraries and signed precedents in the CLM. The playbook is rewritten whenever the general counsel's office moves a fallback position, roughly monthly. Answers must cite the playbook section or precedent they rely on. Someone asked whether we should fine-tune a model on the precedents instead. Volume is modest, maybe 1,500 questions a month.
""", 'rag', 'Private playbook and precedents that change monthly and must be cited; facts, not behaviour.',
{'task_kind': ('question_answering', 'ask whether a clause position is acceptable'),
 'corpus_size': (2300, 'roughly 2,300 documents'),
 'knowledge_change_days': (30, 'roughly monthly'),
 'needs_citations': (True, 'Answers must cite the playbook section or precedent'),
 'needs_external_knowledge': (True, 'our negotiation playbook'),
 'monthly_volume': (1500, 'maybe 1,500 questions a month'),
})

case('manufacturing-work-order-failure-modes', """
Failure-mode coding of maintenance work orders
Plant maintenance closes about 12,000 work orders a month, and reliability engineering needs each coded to one of 87 failure modes from our internal taxonomy. Technician text is dense shorthand ('brg noisy DE side, replcd, rechk vib 4.2'). We have 160k historical work orders coded by reliability engineers since 2019. A prompted model given the full taxonomy scores 58% against engineer codes; the target is 90%. The taxonomy is stable, last changed in 2021.
""", 'fine_tune', 'Stable taxonomy, jargon-heavy inputs, 160k labelled records and prompting far below target.',
{'task_kind': ('classification', 'coded to one of 87 failure modes'),
 'monthly_volume': (12000, 'about 12,000 work orders a month'),
 'labelled_examples': (160000, '160k historical work orders coded'),
 'domain_jargon': (True, 'dense shorthand'),
 'prompting_falls_short': (True, 'scores 58% against engineer codes'),
 'accuracy_target': (90, 'the target is 90%'),
 'task_changes_often': (False, 'The taxonomy is stable'),
})

case('education-lesson-plan-outlines', """
Lesson plan outlines for new teachers
The district curriculum office wants a tool that drafts a lesson plan outline from a standard code and grade level for first-year teachers. About 120 new teachers a year would use it. The outline format is still being argued over by the curriculum committee and changed twice last term. No approved example plans have been collected. Mentors review every plan before it is taught.
""", 'prompt', 'Early, changing format, no examples, human review; nothing forces more than a prompt.',
{'task_kind': ('generation', 'drafts a lesson plan outline'),
 'task_changes_often': (True, 'still being argued over by the curriculum committee'),
 'labelled_examples': (0, 'No approved example plans have been collected'),
 'human_review': (True, 'Mentors review every plan'),
})
