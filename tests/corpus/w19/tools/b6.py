from helper import case

case('legal-legacy-contract-metadata', """
Metadata capture for the legacy contract migration
Before the old contract repository is switched off in June, legal ops must capture 30 metadata fields from about 60,000 legacy contracts into the new CLM. This is a single migration run, not an ongoing service. A prompted model with the field definitions scored 96% field accuracy on a 300-contract sample, and the agreed bar is 95%. Paralegals will spot-check one contract in twenty. The field list was signed off by the GC last month and will not change for the run.
""", 'prompt', 'One-off run where the prompted model already beats the agreed bar.',
{'task_kind': ('extraction', 'capture 30 metadata fields'),
 'stage': ('one_off', 'a single migration run'),
 'prompting_falls_short': (False, 'scored 96% field accuracy'),
 'accuracy_target': (95, 'the agreed bar is 95%'),
 'human_review': (False, 'spot-check one contract in twenty'),
 'strict_format': (True, '30 metadata fields'),
 'task_changes_often': (False, 'will not change for the run'),
})

case('manufacturing-supplier-email-triage', """
Triage of supplier emails during the ERP migration
Purchasing receives about 3k supplier emails a month in English, German and Czech: delivery confirmations, price changes, quality claims and invoices sent to the wrong inbox. We want each routed to the right queue. The queues are being redrawn as part of the ERP migration, which runs until next spring, and their number has gone from six to nine since May. No routed history survives from the old mail system. Nothing has been tried yet.
""", 'prompt', 'Queues still changing, no history, moderate volume, untried.',
{'task_kind': ('classification', 'routed to the right queue'),
 'monthly_volume': (3000, 'about 3k supplier emails a month'),
 'task_changes_often': (True, 'The queues are being redrawn'),
 'labelled_examples': (0, 'No routed history survives'),
})

case('education-trust-staff-handbook', """
Staff policy questions across a multi-academy trust
Staff in the trust's 42 schools ask HR and the central office about leave, safeguarding procedure, expenses and pay policy. Each school has local policies on top of the trust handbook, about 1,900 documents in all, and staff may only see their own school's local policies. Policies are reviewed on a rolling cycle, with several updated every month. Answers must link the policy they come from. The central office logs about 2,500 such questions a month.
""", 'rag', 'Private permissioned policy library updated monthly; answers must link sources.',
{'task_kind': ('question_answering', 'ask HR and the central office about leave'),
 'corpus_size': (1900, 'about 1,900 documents in all'),
 'knowledge_change_days': (30, 'several updated every month'),
 'needs_citations': (True, 'Answers must link the policy they come from'),
 'needs_external_knowledge': (True, 'local policies on top of the trust handbook'),
 'monthly_volume': (2500, 'about 2,500 such questions a month'),
})

case('telecom-field-job-closure-codes', """
Closure codes from field technician notes
Field technicians close about 700k jobs a month with free-text notes ('DP fault, re-jumpered pr 12 to spare, SNR ok 9dB'), which back office turns into a closure code and a standard customer-facing sentence. We have over a million closed jobs where back office assigned both. Prompted models get the code right 79% of the time, and the target for removing the back-office step is 95%. The code list and sentence templates are owned by operations and change about once a year.
""", 'fine_tune', 'Jargon-heavy, high-volume, stable coding with >1M labelled jobs; prompting well short.',
{'task_kind': ('classification', 'turns into a closure code'),
 'monthly_volume': (700000, 'about 700k jobs a month'),
 'domain_jargon': (True, "('DP fault, re-jumpered pr 12 to spare, SNR ok 9dB')"),
 'labelled_examples': (1000000, 'over a million closed jobs'),
 'prompting_falls_short': (True, 'get the code right 79% of the time'),
 'accuracy_target': (95, 'the target for removing the back-office step is 95%'),
 'task_changes_often': (False, 'change about once a year'),
 'strict_format': (True, 'sentence templates'),
})

case('pharma-gmp-deviation-categories', """
Categorising GMP deviations
Quality assurance categorises each deviation record into one of 25 root-cause categories and a criticality level. The two sites raise about 2,500 deviations a year, and QA holds 9,000 historical deviations categorised and approved by the QA head. Prompted models pick plausible but wrong categories, agreeing with QA 72% of the time; the quality council wants 90% before using suggestions. The category scheme is set in a corporate standard last revised in 2020. QA approves every categorisation.
""", 'fine_tune', 'Stable scheme, 9k approved examples, prompting plateaued at 72% vs 90%.',
{'task_kind': ('classification', 'categorises each deviation record'),
 'monthly_volume': (208, 'about 2,500 deviations a year'),
 'labelled_examples': (9000, '9,000 historical deviations'),
 'prompting_falls_short': (True, 'agreeing with QA 72% of the time'),
 'accuracy_target': (90, 'the quality council wants 90%'),
 'task_changes_often': (False, 'last revised in 2020'),
 'human_review': (True, 'QA approves every categorisation'),
})

case('public-sector-parliamentary-answers', """
Draft answers to written parliamentary questions
The department answers around 400 written parliamentary questions a month. A draft must be consistent with answers already given and with current departmental lines, so officials search about 18,000 past answers and briefing notes that the press office updates weekly. Each draft must reference the previous answers and briefing it draws on for the minister's private office. Officials and the private office clear every answer. The team asked whether a model trained on past answers could learn the style.
""", 'rag', 'Drafts hinge on consistency with 18k past answers and weekly lines that must be referenced.',
{'task_kind': ('generation', 'Draft answers to written parliamentary questions'),
 'monthly_volume': (400, 'around 400 written parliamentary questions a month'),
 'corpus_size': (18000, 'about 18,000 past answers and briefing notes'),
 'knowledge_change_days': (7, 'updates weekly'),
 'needs_citations': (True, 'must reference the previous answers and briefing it draws on'),
 'needs_external_knowledge': (True, 'current departmental lines'),
 'human_review': (True, 'clear every answer'),
}, also=['rag+fine_tune'])

case('travel-loyalty-programme-assistant', """
Loyalty programme answers in the app
Members ask the app how many points a stay or flight earns, what a reward costs and when points expire. The rules are in the programme terms and about 150 partner earn-rate sheets, which the partnerships team changes monthly. Product says the current bot sounds off-brand and asked about fine-tuning; the bigger complaint in the logs is outdated earn rates. Answers must link the term or partner sheet used. Volume is around 70k questions a month.
""", 'rag', 'Main failure is stale monthly-changing partner data; voice is secondary.',
{'task_kind': ('question_answering', 'Members ask the app how many points'),
 'corpus_size': (150, 'about 150 partner earn-rate sheets'),
 'knowledge_change_days': (30, 'changes monthly'),
 'needs_citations': (True, 'Answers must link the term or partner sheet used'),
 'needs_external_knowledge': (True, 'partner earn-rate sheets'),
 'consistent_style': (True, 'sounds off-brand'),
 'monthly_volume': (70000, 'around 70k questions a month'),
 'stage': ('production', 'the current bot'),
}, also=['rag+fine_tune'])

case('logistics-dangerous-goods-acceptance', """
Dangerous goods acceptance checks at the air cargo hub
Acceptance staff check each dangerous goods declaration against the carrier's rules before a shipment is loaded, and we want a model to mark each one accept or reject with its findings. The rules are the annual regulations edition plus about 70 carrier and state variations that change month to month. A wrong acceptance can ground an aircraft or injure handlers. Every finding must quote the regulation paragraph or variation code. The hub handles about 5,000 declarations a month, and a certified agent makes the final call.
""", 'rag', 'Answers depend on changing variations and must quote them; high stakes.',
{'task_kind': ('question_answering', 'check each dangerous goods declaration'),
 'knowledge_change_days': (30, 'change month to month'),
 'stakes': ('high', 'ground an aircraft or injure handlers'),
 'needs_citations': (True, 'Every finding must quote the regulation paragraph or variation code'),
 'needs_external_knowledge': (True, 'about 70 carrier and state variations'),
 'monthly_volume': (5000, 'about 5,000 declarations a month'),
 'human_review': (True, 'a certified agent makes the final call'),
})

case('legal-outside-counsel-billing-checks', """
Invoice line checks against outside counsel guidelines
Legal ops reviews outside counsel invoices against each client's billing guidelines: block billing, staffing limits, non-billable tasks. There are guidelines for about 300 clients, each revised when that client renegotiates, so several change every week. A flagged line must cite the guideline clause it breaches, or the firm contests it. We review about 15,000 invoice lines a month, and a billing analyst confirms every flag.
""", 'rag', 'Per-client guidelines changing weekly; every flag must cite the clause.',
{'task_kind': ('classification', 'reviews outside counsel invoices'),
 'corpus_size': (300, 'guidelines for about 300 clients'),
 'knowledge_change_days': (7, 'several change every week'),
 'needs_citations': (True, 'must cite the guideline clause it breaches'),
 'needs_external_knowledge': (True, "each client's billing guidelines"),
 'monthly_volume': (15000, 'about 15,000 invoice lines a month'),
 'human_review': (True, 'a billing analyst confirms every flag'),
})

case('education-parent-letter-translation', """
Translating school letters for parents
The district sends letters home about trips, closures and meetings, and families speak 14 home languages. About 200 letters a month would need translating, each under a page. A test with a general model on ten letters in Arabic, Polish and Somali was rated accurate by bilingual staff. There are no stored translations. A bilingual staff member checks each translation before it is sent.
""", 'prompt', 'Low-volume general translation that already tests well; no references.',
{'task_kind': ('translation', 'would need translating'),
 'monthly_volume': (200, 'About 200 letters a month'),
 'prompting_falls_short': (False, 'was rated accurate by bilingual staff'),
 'labelled_examples': (0, 'There are no stored translations'),
 'human_review': (True, 'checks each translation before it is sent'),
})
