from helper import case

case('manufacturing-ncr-disposition', """
Disposition suggestions for non-conformance reports
Quality engineers at the stamping plant raise a non-conformance report whenever a part fails inspection and propose a disposition: use as is, rework, scrap or return to supplier. About 1,100 NCRs are raised a month, written in inspection shorthand. The attached export holds past NCRs with the disposition the material review board finally approved. Prompted suggestions agree with the board about 70% of the time; the board wants 90% before engineers may accept a suggestion with one click. The disposition codes come from the customer quality manual and have not changed since the plant opened.
""", 'fine_tune', 'Stable four-way classification; the export holds 3,412 board-approved examples and prompting plateaued at 70% vs 90%.',
{'task_kind': ('classification', 'propose a disposition'),
 'monthly_volume': (1100, 'About 1,100 NCRs are raised a month'),
 'labelled_examples': (3412, 'data:ncr_export.csv'),
 'domain_jargon': (True, 'written in inspection shorthand'),
 'prompting_falls_short': (True, 'agree with the board about 70% of the time'),
 'accuracy_target': (90, 'the board wants 90%'),
 'task_changes_often': (False, 'have not changed since the plant opened'),
}, folder=True)

case('public-sector-planning-objection-summaries', """
Summaries of planning objection letters
The planning department receives objection letters on major applications, and officers summarise the main grounds for the committee report. A single large application can draw 600 letters; a typical month brings about 1,500 across all applications. A quick test with a general model and a one-paragraph prompt produced summaries officers found usable after light edits. There are no stored summaries to learn from. Officers edit every summary before it goes into a report.
""", 'prompt', 'General summarisation that a simple prompt already handles; no examples; human edit.',
{'task_kind': ('summarisation', 'officers summarise the main grounds'),
 'monthly_volume': (1500, 'about 1,500 across all applications'),
 'prompting_falls_short': (False, 'produced summaries officers found usable after light edits'),
 'labelled_examples': (0, 'There are no stored summaries to learn from'),
 'human_review': (True, 'Officers edit every summary'),
})

case('travel-entry-visa-requirements', """
Entry and visa requirement answers for agents
Travel agents need to tell customers which documents a trip requires, by nationality, destination and transit points. The rules come from a licensed database of about 220 country entries that the provider updates daily, plus our own advisories. A wrong answer can mean a traveller is denied boarding, and we carry the cost. Every answer must show the source entry and its last-updated date. Agents ask about 45,000 such questions a month.
""", 'rag', 'Licensed data updated daily, high stakes, answers must show source and date.',
{'task_kind': ('question_answering', 'tell customers which documents a trip requires'),
 'corpus_size': (220, 'about 220 country entries'),
 'knowledge_change_days': (1, 'the provider updates daily'),
 'stakes': ('high', 'a traveller is denied boarding'),
 'needs_citations': (True, 'Every answer must show the source entry'),
 'needs_external_knowledge': (True, 'a licensed database'),
 'monthly_volume': (45000, 'about 45,000 such questions a month'),
})

case('legal-nda-clause-triage', """
NDA clause triage
The legal department reviews about 120 inbound NDAs a month and wants a model to mark each clause as standard, acceptable fallback or escalate. Our positions fit on a three-page checklist. A vendor suggested we fine-tune a model on our past NDAs, but we have only around 30 marked-up examples. Nobody has yet tried giving a model the checklist directly. A lawyer signs off every NDA regardless.
""", 'prompt', 'Short checklist fits in a prompt, low volume, ~30 examples, prompting untried.',
{'task_kind': ('classification', 'mark each clause as standard, acceptable fallback or escalate'),
 'monthly_volume': (120, 'about 120 inbound NDAs a month'),
 'labelled_examples': (30, 'around 30 marked-up examples'),
 'human_review': (True, 'A lawyer signs off every NDA'),
})

case('logistics-wms-exception-agent', """
Exception-handling assistant for the warehouse management system
Shift supervisors want an assistant that looks up stuck orders, checks stock in the WMS and raises a replenishment task when asked in plain language. It would call four existing APIs. Expected use is a few dozen requests per shift in one warehouse during a 10-week pilot. No transcripts of such requests exist. The API set is expected to grow as we learn what supervisors ask for.
""", 'prompt', 'Early tool-calling pilot, low volume, no data, changing tool set.',
{'task_kind': ('tool_use', 'It would call four existing APIs'),
 'stage': ('pilot', '10-week pilot'),
 'labelled_examples': (0, 'No transcripts of such requests exist'),
 'task_changes_often': (True, 'The API set is expected to grow'),
})

case('telecom-noc-alarm-root-cause', """
Root-cause tagging of network alarm bursts
The NOC receives bursts of alarms in vendor-specific notation ('ETH-LOS 1/2/3 OTU4 BDI'), and engineers tag each burst with a probable root cause from a list of 40. There are about 90k bursts a month. Engineers have tagged 210,000 bursts in the ticketing system over three years. Prompted models misread the vendor codes and reach 52% agreement; auto-tagging needs 85%. The root-cause list is reviewed once a year.
""", 'fine_tune', 'Specialised notation, 210k labelled bursts, stable label set, prompting far below target.',
{'task_kind': ('classification', 'tag each burst with a probable root cause'),
 'monthly_volume': (90000, 'about 90k bursts a month'),
 'labelled_examples': (210000, 'tagged 210,000 bursts'),
 'domain_jargon': (True, 'vendor-specific notation'),
 'prompting_falls_short': (True, 'reach 52% agreement'),
 'accuracy_target': (85, 'auto-tagging needs 85%'),
 'task_changes_often': (False, 'reviewed once a year'),
})

case('pharma-product-leaflet-translation', """
Translation of product information leaflets
Regulatory affairs translates patient leaflets and product characteristics into 23 EU languages under a fixed regulatory template with mandated standard terms. We translate around 1,200 documents a year, and the translation memory holds 650,000 approved segment pairs. Trials with a general model and the glossary in the prompt broke the mandated term list in about 12% of segments, each of which a linguist must catch. Data must stay in the EU, and the model provider may not train on our content.
""", 'fine_tune', 'Fixed template and mandated terminology that prompting breaks; 650k approved pairs.',
{'task_kind': ('translation', 'translates patient leaflets and product characteristics'),
 'monthly_volume': (100, 'around 1,200 documents a year'),
 'labelled_examples': (650000, '650,000 approved segment pairs'),
 'strict_format': (True, 'a fixed regulatory template'),
 'prompting_falls_short': (True, 'broke the mandated term list in about 12% of segments'),
 'domain_jargon': (True, 'mandated standard terms'),
 'constraints': (['eu_residency', 'no_vendor_training'], 'Data must stay in the EU, and the model provider may not train on our content'),
}, also=['rag+fine_tune', 'rag'])

case('education-programme-regulations-chatbot', """
Student questions about programmes and regulations
Student services wants a chatbot that answers questions about course requirements, deadlines and academic regulations. Sources are the course catalogue, the academic regulations and faculty handbooks, about 3,000 pages in all, mostly module pages. The catalogue was described as annual at kick-off; registry has since confirmed it is republished every quarter, and deadlines move with it. Answers need a link to the page they rely on. The help desk gets about 9k emails a month, and the chatbot would take whatever share it can.
""", 'rag', 'Private catalogue republished quarterly; answers must link their page.',
{'task_kind': ('question_answering', 'answers questions about course requirements'),
 'corpus_size': (3000, 'about 3,000 pages in all'),
 'knowledge_change_days': (90, 'republished every quarter'),
 'needs_citations': (True, 'Answers need a link to the page they rely on'),
 'needs_external_knowledge': (True, 'the course catalogue, the academic regulations and faculty handbooks'),
})

case('manufacturing-shift-handover-notes', """
Shift handover notes from MES events
At the end of each shift the line lead writes a handover note from MES events and operator comments. We want a model to draft it: three lines, 21 shifts a week, so around 90 notes a month. A first prompt written in an afternoon already gives drafts the leads accept with small edits. Leads will keep reviewing every draft. The MES is upgraded twice a year, which does not affect the note.
""", 'prompt', 'Tiny volume and a working prompt; leads review every draft.',
{'task_kind': ('summarisation', 'writes a handover note from MES events'),
 'monthly_volume': (90, 'around 90 notes a month'),
 'prompting_falls_short': (False, 'already gives drafts the leads accept with small edits'),
 'human_review': (True, 'Leads will keep reviewing every draft'),
})

case('public-sector-taxpayer-letter-capture', """
Field capture from taxpayer correspondence
The revenue agency scans about 400,000 letters a month, and clerks key each into a 22-field case form with a fixed code list. A prompted model extracts the fields correctly 86% of the time on a test of 2,000 letters; the agency requires 97% before clerks switch to checking only flagged items. We have 1.1 million letters keyed by clerks since 2018. Everything must run on the agency's own servers because the letters carry taxpayer personal data. The form has been stable for years.
""", 'fine_tune', 'High-volume fixed-schema extraction, 1.1M keyed letters, prompting below target, on-prem.',
{'task_kind': ('extraction', 'key each into a 22-field case form'),
 'monthly_volume': (400000, 'about 400,000 letters a month'),
 'strict_format': (True, '22-field case form with a fixed code list'),
 'prompting_falls_short': (True, 'extracts the fields correctly 86% of the time'),
 'accuracy_target': (97, 'the agency requires 97%'),
 'labelled_examples': (1100000, '1.1 million letters keyed by clerks'),
 'constraints': (['on_prem', 'personal_data'], "must run on the agency's own servers because the letters carry taxpayer personal data"),
 'task_changes_often': (False, 'The form has been stable for years'),
})
