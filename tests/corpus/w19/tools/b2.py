from helper import case

case('telecom-care-call-crm-notes', """
CRM notes from care call transcripts
Every care call is transcribed and summarised into a five-field CRM note, about 1.8 million calls a month. The live prompt is 3,200 tokens of rules and examples, and at this volume the bill is around $41,000 a month. Note quality is acceptable, but model responses take 4 to 6 seconds, while the agent wrap-up screen needs the note within 1.5 seconds. We have 300k agent-corrected notes from the last year. The note format has not changed since launch.
""", 'fine_tune', 'Very high volume, long prompt, latency bar missed, stable format and 300k corrected notes.',
{'task_kind': ('summarisation', 'summarised into a five-field CRM note'),
 'monthly_volume': (1800000, 'about 1.8 million calls a month'),
 'prompt_tokens': (3200, '3,200 tokens of rules and examples'),
 'monthly_bill_usd': (41000, 'around $41,000 a month'),
 'latency_ms': (1500, 'needs the note within 1.5 seconds'),
 'labelled_examples': (300000, '300k agent-corrected notes'),
 'strict_format': (True, 'five-field CRM note'),
 'task_changes_often': (False, 'The note format has not changed since launch'),
 'stage': ('production', 'The live prompt'),
})

case('pharma-gmp-sop-assistant', """
GMP SOP assistant for fill-finish operators
Operators in two fill-finish plants want to ask questions about procedures instead of searching the document system. There are about 4,700 controlled SOPs and work instructions, and QA issues new revisions daily. An answer must name the SOP number and revision it comes from, because auditors check that operators work to the current version. Access follows site permissions: an operator at one plant must not see the other site's procedures. Expected use is a few thousand questions a month.
""", 'rag', 'Thousands of controlled documents revised daily, citation of revision, per-site permissions.',
{'task_kind': ('question_answering', 'ask questions about procedures'),
 'corpus_size': (4700, 'about 4,700 controlled SOPs and work instructions'),
 'knowledge_change_days': (1, 'QA issues new revisions daily'),
 'needs_citations': (True, 'An answer must name the SOP number and revision'),
 'needs_external_knowledge': (True, 'controlled SOPs and work instructions'),
})

case('public-sector-foi-personal-data-flags', """
Personal data flags for FOI releases
The records office handles about 90 freedom-of-information requests a month, each with a bundle of emails and memos to review before release. We want a model to flag names, addresses and other personal data for the officer to confirm. Nothing has been tried yet, and there are no marked-up bundles to reuse because past redactions were done on paper. The bundles contain personal data and must be processed in the council's own tenancy. An officer checks every flag before release.
""", 'prompt', 'Low volume, no examples, general entity-flagging task, untried; human checks everything.',
{'task_kind': ('extraction', 'flag names, addresses and other personal data'),
 'monthly_volume': (90, 'about 90 freedom-of-information requests a month'),
 'labelled_examples': (0, 'there are no marked-up bundles to reuse'),
 'constraints': (['personal_data'], 'The bundles contain personal data'),
 'human_review': (True, 'An officer checks every flag before release'),
})

case('travel-hotel-descriptions-brand-voice', """
Hotel descriptions in brand voice
We rewrite supplier hotel descriptions into our own brand voice for the booking site, about 25,000 properties a month as suppliers update content. The brand team holds 6,000 descriptions written by copywriters and approved against the style book. Prompting with the 12-page style book keeps the facts right, but reviewers reject 35% for tone. The voice guidelines were set in 2020 and have not moved.
""", 'fine_tune', 'Voice that prompting cannot hold, 6k approved examples, stable guidelines, high volume.',
{'task_kind': ('transformation', 'rewrite supplier hotel descriptions into our own brand voice'),
 'monthly_volume': (25000, 'about 25,000 properties a month'),
 'labelled_examples': (6000, '6,000 descriptions written by copywriters'),
 'consistent_style': (True, 'our own brand voice'),
 'prompting_falls_short': (True, 'reviewers reject 35% for tone'),
 'task_changes_often': (False, 'have not moved'),
})

case('legal-request-intake-routing', """
Routing of internal legal requests
Business units send about 400 requests a month to the legal inbox, and a paralegal routes each to one of seven practice teams. We want a model to suggest the team. The team list was reorganised in January and will change again after the merger closes. There is no clean history of routed requests; the old inbox kept no record of who took what. A prompted prototype got 44 of 50 right in a quick test.
""", 'prompt', 'Low volume, categories still changing, no labelled history, prompt prototype already decent.',
{'task_kind': ('classification', 'routes each to one of seven practice teams'),
 'monthly_volume': (400, 'about 400 requests a month'),
 'task_changes_often': (True, 'will change again after the merger closes'),
 'labelled_examples': (0, 'There is no clean history of routed requests'),
 'stage': ('prototype', 'A prompted prototype'),
 'prompting_falls_short': (False, 'got 44 of 50 right'),
})

case('manufacturing-supplier-spec-lookup', """
Engineering spec lookup for the supplier portal
Suppliers ask our quality team about tolerances, materials and inspection requirements for the parts they make. The answers come from 18,000 drawings and specifications in the PLM system, and engineering releases about 300 revisions a week. Answers must reference the drawing number and revision. Suppliers may only see the parts they are contracted for. A 5-person quality team currently fields about 2,000 of these emails a month.
""", 'rag', 'Large private spec collection revised weekly, citations and per-supplier permissions.',
{'task_kind': ('question_answering', 'Suppliers ask our quality team about tolerances'),
 'corpus_size': (18000, '18,000 drawings and specifications'),
 'knowledge_change_days': (7, 'about 300 revisions a week'),
 'needs_citations': (True, 'Answers must reference the drawing number and revision'),
 'needs_external_knowledge': (True, 'drawings and specifications in the PLM system'),
 'monthly_volume': (2000, 'about 2,000 of these emails a month'),
})

case('education-writing-rubric-feedback', """
Rubric feedback on first-year writing
The writing centre returns rubric-aligned comments on about 14,000 first-year essays per semester. Tutors have produced 9,500 scored and commented essays against the current rubric, which has been in place since 2019 and is not changing. Prompted models disagree with tutors on more than 40% of criteria and write in a generic tone far from the centre's encouraging house style. The centre wants agreement within one band on 85% of criteria. Tutors will only spot-check a sample.
""", 'fine_tune', 'Stable rubric, 9.5k tutor-marked examples, prompting misses both scoring and house style.',
{'task_kind': ('generation', 'returns rubric-aligned comments'),
 'labelled_examples': (9500, '9,500 scored and commented essays'),
 'task_changes_often': (False, 'is not changing'),
 'prompting_falls_short': (True, 'disagree with tutors on more than 40% of criteria'),
 'consistent_style': (True, "the centre's encouraging house style"),
 'accuracy_target': (85, '85% of criteria'),
 'human_review': (False, 'only spot-check a sample'),
})

case('logistics-driver-delivery-note-translation', """
Delivery notes translated for drivers
Drivers on the last-mile network receive delivery notes typed by customers in any language, and we want them shown in the driver's language. About 2,000 notes a day need translating, mostly short ('leave at back door, dog friendly'). We have tried nothing beyond the phone's built-in translator, which drivers call fine for Spanish and poor for Tagalog. There are no reference translations. The pilot would cover one depot of 140 drivers for six weeks.
""", 'prompt', 'Short general translation, no references, model not yet tried; a pilot.',
{'task_kind': ('translation', 'we want them shown in the driver\'s language'),
 'monthly_volume': (60000, 'About 2,000 notes a day'),
 'labelled_examples': (0, 'There are no reference translations'),
 'stage': ('pilot', 'The pilot would cover one depot'),
})

case('telecom-retail-plan-answers', """
Plan and promotion answers for retail staff
Shop staff need quick answers on which price plans, bundles and promotions apply to a given customer. The catalogue holds roughly 900 live and legacy plans, and commercial changes promotions every Thursday. Management asked whether we could fine-tune a model on the catalogue so it just knows the offers. Wrong prices quoted in store have to be honoured, so each answer should show the catalogue entry it used. Staff ask around 30k questions a month across 410 stores.
""", 'rag', 'Weekly-changing private catalogue with cited answers; fine-tuning would bake in stale prices.',
{'task_kind': ('question_answering', 'quick answers on which price plans'),
 'corpus_size': (900, 'roughly 900 live and legacy plans'),
 'knowledge_change_days': (7, 'changes promotions every Thursday'),
 'needs_citations': (True, 'each answer should show the catalogue entry it used'),
 'needs_external_knowledge': (True, 'The catalogue holds roughly 900 live and legacy plans'),
 'monthly_volume': (30000, 'around 30k questions a month'),
})

case('pharma-literature-safety-screening', """
Literature screening for safety signals
The safety team screens about 6,000 new abstracts a week for possible adverse event reports about our products. Two reviewers have labelled 85,000 abstracts as relevant or not over four years, with disagreements adjudicated. Prompting reaches 88% recall at the review volume we can afford; the standard we work to is 99% recall. The inclusion criteria are fixed in the PV system master file and change rarely. Flagged abstracts go to a human reviewer.
""", 'fine_tune', 'Stable binary screening with 85k adjudicated labels; prompting recall well below target.',
{'task_kind': ('classification', 'labelled 85,000 abstracts as relevant or not'),
 'monthly_volume': (26000, 'about 6,000 new abstracts a week'),
 'labelled_examples': (85000, '85,000 abstracts'),
 'prompting_falls_short': (True, 'Prompting reaches 88% recall'),
 'accuracy_target': (99, '99% recall'),
 'task_changes_often': (False, 'change rarely'),
})
