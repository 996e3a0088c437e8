from helper import add

add("airline-social-replies-phone", """
ok so social team at flyhigh is 3 ppl and we answer ~50 comments/dms a day on insta + x. mostly "why is my flight late", "can i bring my cat", complaints. want ai to draft the reply and we hit send after reading it. my boss wants it to sound like "us" and asked if we need to fine tune for our voice - but honestly we dont have a written voice and we never saved old replies anywhere, theyre just in the apps. also comms changes the do/dont list nearly every week (strike stuff rn). can we just start w chatgpt + a list of rules?
""", "prompt", [], "Low volume, human sends every reply, no examples and weekly-changing rules; a style wish without data does not justify training.",
{"task_kind": ("generation", "want ai to draft the reply"),
 "monthly_volume": (1500, "~50 comments/dms a day"),
 "human_review": (True, "we hit send after reading it"),
 "labelled_examples": (0, "we never saved old replies anywhere"),
 "task_changes_often": (True, "changes the do/dont list nearly every week"),
})

add("realestate-tenancy-law-form", """
form: Technology request (Property Management division)
agency: Lumen Property Group - 3,900 managed rentals in VIC, NSW and QLD
use_case: property managers ask about tenancy law and our own policy - notice periods, bond lodgement, rent increase limits, pet clauses
volume: roughly 500 questions a week (estimate from the PM helpdesk mailbox)
sources: residential tenancies acts + regulations for 3 states, tribunal practice notes, our 60-page PM policy manual - around 120 documents all up
change_rate: >
  first thought yearly; actually NSW and VIC have both amended rules twice in
  the last 12 months and our policy manual is updated monthly
citations: required - PMs must be able to show the tenant the section
risk: wrong notice period = tribunal loss, compensation
tried_so_far: general chatbot; confidently wrong on state differences
requested_solution: "a model fine-tuned on tenancy law"
""", "rag", [], "Knowledge gap: multi-state law plus a monthly-updated policy manual, with mandatory section citations; fine-tuning would go stale.",
{"task_kind": ("question_answering", "property managers ask about tenancy law and our own policy"),
 "monthly_volume": (2167, "roughly 500 questions a week"),
 "corpus_size": (120, "around 120 documents all up"),
 "knowledge_change_days": (30, "our policy manual is updated monthly"),
 "needs_citations": (True, "citations: required"),
 "needs_external_knowledge": (True, "our own policy"),
 "stakes": ("high", "wrong notice period = tribunal loss, compensation"),
 "prompting_falls_short": (True, "confidently wrong on state differences"),
}, ext="yaml")

add("pharmacy-sig-normalisation", """
Subject: structured dosing from prescription directions - next step?

Every e-prescription and scanned script that reaches our central fill site carries free-text directions ("1 tab po bid x7/7", "ii gtt OU qid", "1-2 prn q4-6h max 8/24"). Our dispensing system needs them as structured dosing JSON (dose, unit, route, frequency, duration, prn flag, max daily dose) to print labels and run the interaction checks. Roughly 50,000 items a day pass through the site.

We piloted a hosted model with a 3,200-token prompt holding the Latin abbreviations table and the JSON schema. It is 91% exact-match on a 2,000-item test, but it costs about $0.009 per item and the p95 is 4 s, which backs up the robot line - we need under 500 ms. Errors are caught by the checking pharmacist, but every catch slows the line.

We have 340,000 directions already converted to JSON by our pharmacy technicians over four years and checked at dispensing. The schema has been fixed since 2021.
""", "fine_tune", [], "Very high volume, strict schema, abbreviation-heavy notation, cost/latency pressure from a long prompt, huge labelled set.",
{"task_kind": ("transformation", "needs them as structured dosing JSON"),
 "monthly_volume": (1500000, "Roughly 50,000 items a day"),
 "strict_format": (True, "structured dosing JSON"),
 "domain_jargon": (True, "Latin abbreviations"),
 "prompt_tokens": (3200, "3,200-token prompt"),
 "cost_per_call_usd": (0.009, "about $0.009 per item"),
 "latency_ms": (500, "we need under 500 ms"),
 "labelled_examples": (340000, "340,000 directions already converted to JSON"),
 "task_changes_often": (False, "The schema has been fixed since 2021"),
 "stage": ("pilot", "We piloted a hosted model"),
 "human_review": (True, "caught by the checking pharmacist"),
})

add("library-local-history-archive", """
MEMO - Heritage Collections, Brackenfield City Libraries

Some background for the panel. The local studies room opened in 1974 in the basement of the old Carnegie building and moved to the Central Library in 1998. Volunteers (currently 14, average age 71) have indexed parish records by hand since the 1980s. The digitisation grant in 2019-2022 paid for scanning the town's two newspapers, the Brackenfield Courier (1858-1961) and the Evening Star (1902-1974), about 410,000 pages, with OCR text.

What we want: researchers, family historians and school groups ask the desk things like "when did the tram depot on Mill Lane close" or "what was reported about the 1926 flood". We want a search assistant that answers from the scanned newspapers and always gives the paper, date and page so people can open the scan. The archive is closed - no new issues will ever be added.

Around 1,200 enquiries a month reach the desk or email. The OCR on pre-1900 issues is poor in places. Nobody has prepared question/answer pairs.
""", "rag", [], "Large private archive, answers must point to the exact page; static corpus but far beyond what a model knows or a prompt can hold.",
{"task_kind": ("question_answering", "answers from the scanned newspapers"),
 "corpus_size": (410000, "about 410,000 pages"),
 "knowledge_change_days": (100000, "no new issues will ever be added"),
 "needs_citations": (True, "always gives the paper, date and page"),
 "needs_external_knowledge": (True, "answers from the scanned newspapers"),
 "monthly_volume": (1200, "Around 1,200 enquiries a month"),
 "labelled_examples": (0, "Nobody has prepared question/answer pairs"),
})

add("recruit-interview-pack-options", """
Ops leads call - AI ideas, Crestline Talent

We went round the table:
- Maria wanted an automatic CV-to-vacancy match score. Data team says the ATS fields are too messy; revisit next year.
- Dev suggested transcribing and summarising client intake calls. Legal wants consent wording first.
- Kofi's idea: generate a tailored interview pack for hiring managers - 8-10 competency questions plus what a good answer looks like - from the job spec and the client's values page.

Decision: start with Kofi's.

Scale: consultants build maybe 120 interview packs a month. The consultant always edits the pack before it goes to the client. The question format is still being argued about (competency vs situational vs a mix), and each client wants something slightly different. We don't have past packs in one place, and there's no budget beyond existing licences. Nothing tried yet.
""", "prompt", [], "Low-volume drafting with an unsettled format, human editing and no data or budget.",
{"task_kind": ("generation", "generate a tailored interview pack"),
 "monthly_volume": (120, "maybe 120 interview packs a month"),
 "human_review": (True, "The consultant always edits the pack"),
 "task_changes_often": (True, "The question format is still being argued about"),
 "budget": ("none", "no budget beyond existing licences"),
})

add("airport-terminal-info-bot", """
Project summary - Passenger Information, Ostrava-Lindholm Airport

A web and kiosk assistant that answers passenger questions about the terminal: which shops and restaurants are open airside after 22:00, where the quiet room is, how PRM assistance works, what can go through security, parking tariffs, lounge access rules. Flight status is out of scope (already on the FIDS feed).

Sources: the retail directory (about 95 outlets), the PRM and security pages, parking tariff sheets and lounge terms - roughly 300 documents and web pages in the CMS. We said weekly updates at kick-off; actually the retail team edits opening hours and outlet listings daily.

Answers must link to the source page. Languages: Czech, English, German, Polish. We expect about 40k questions a month in summer. We have no labelled Q&A. Wrong answers are an annoyance, not a safety issue - security items are the exception, where we need the official list quoted.
""", "rag", [], "Private, daily-changing terminal content with links required; behaviour is generic.",
{"task_kind": ("question_answering", "answers passenger questions about the terminal"),
 "corpus_size": (300, "roughly 300 documents and web pages"),
 "knowledge_change_days": (1, "actually the retail team edits opening hours and outlet listings daily"),
 "needs_citations": (True, "Answers must link to the source page"),
 "needs_external_knowledge": (True, "the retail directory"),
 "monthly_volume": (40000, "about 40k questions a month"),
 "labelled_examples": (0, "We have no labelled Q&A"),
})

add("realestate-maintenance-triage", """
Maintenance desk, Parkside Rentals - request to IT

Tenants send about 1,500 maintenance requests a day across our portfolio (app, email, SMS). Each one has to be tagged with a trade (23 trades: plumber, electrician, locksmith, glazier, pest...) and an urgency (emergency within 4 h / urgent 24 h / routine 7 days) so the right contractor is dispatched. Get an emergency wrong - gas smell, no hot water in winter, a broken lock - and we are in breach.

We tested a hosted model with the trade list and urgency rules in the prompt: 83% correct on both tags together after three weeks of tuning the wording. The operations manager wants 95%. The trades and urgency rules follow the state standards and haven't changed in years.

We have 14,000 requests from the last 18 months where the desk corrected the tags at dispatch, plus the contractor's job notes. Tenants' names and addresses are in the text.
""", "fine_tune", [], "Stable two-label classification at high volume with 14k corrected labels and a prompting plateau below target.",
{"task_kind": ("classification", "tagged with a trade"),
 "monthly_volume": (45000, "about 1,500 maintenance requests a day"),
 "prompting_falls_short": (True, "83% correct on both tags together after three weeks of tuning"),
 "accuracy_target": (95, "wants 95%"),
 "task_changes_often": (False, "haven't changed in years"),
 "labelled_examples": (14000, "14,000 requests"),
 "stakes": ("high", "we are in breach"),
 "constraints": (["personal_data"], "Tenants' names and addresses are in the text"),
})

add("hosp-antimicrobial-guide-phone", """
hey - micro registrar here. juniors keep paging us "what do i give for cellulitis w penicillin allergy" etc. answer is always in our trust antimicrobial guidelines (the app, ~70 pathways) but they never find it. want a thing that answers from OUR guidelines + links the pathway page. they change every winter and summer (resistance data + shortages) and sometimes mid season if theres a supply issue. national bnf advice often differs from ours so a general model is dangerous here. maybe 100+ qs a day across the hospital? we would not want it to replace us just triage the easy ones
""", "rag", [], "Local guidelines that differ from general knowledge, change seasonally and must be linked.",
{"task_kind": ("question_answering", "answers from OUR guidelines"),
 "corpus_size": (70, "~70 pathways"),
 "knowledge_change_days": (180, "they change every winter and summer"),
 "needs_citations": (True, "links the pathway page"),
 "needs_external_knowledge": (True, "national bnf advice often differs from ours"),
 "monthly_volume": (3000, "maybe 100+ qs a day"),
 "stakes": ("high", "a general model is dangerous here"),
 "domain_jargon": (True, "cellulitis w penicillin allergy"),
})

add("mining-workorder-failure-codes", """
Vendor evaluation - response sheet (Reliability Engineering, Kestrel Copper)

Use case: assign failure mode / cause / mechanism codes (ISO 14224 style, our 410-code hierarchy) to closed maintenance work orders from the technician's free text.
Text sample: "HT-214 LH frt strut low, N2 precharge 1.2MPa, re-chgd, seal weep noted, monitor".
Volume: 22k WOs closed per month, 4 sites.
Why: reliability analysis (MTBF by failure mode) is only as good as the codes; techs pick "other" 40% of the time.
Tried: LLM with code tree in prompt (~11k tokens). 64% exact at mode level; cost ~$0.06/WO = ~$1.3k/month just for this. Tried few-shot variants - no better.
Data: 95k WOs recoded by reliability engineers in the 2022-23 cleanup project.
Code hierarchy: frozen, reviewed every 5 years.
Hosting: must run on site network (ops tech, no cloud).
""", "fine_tune", [], "Jargon-dense narrow coding task, long costly prompt, prompting plateau, 95k expert labels, on-prem.",
{"task_kind": ("classification", "assign failure mode / cause / mechanism codes"),
 "domain_jargon": (True, "HT-214 LH frt strut low"),
 "monthly_volume": (22000, "22k WOs closed per month"),
 "prompt_tokens": (11000, "~11k tokens"),
 "prompting_falls_short": (True, "Tried few-shot variants - no better"),
 "cost_per_call_usd": (0.06, "~$0.06/WO"),
 "monthly_bill_usd": (1300, "~$1.3k/month"),
 "labelled_examples": (95000, "95k WOs recoded by reliability engineers"),
 "task_changes_often": (False, "Code hierarchy: frozen"),
 "constraints": (["on_prem"], "must run on site network"),
})

add("pharmacy-leaflet-plain-language", """
INTERNAL MEMO - Medicines Information, Harrowgate Community Pharmacies

For those who weren't at the March away-day: we agreed to review how we support patients after the health literacy survey (one in five customers said they could not follow their medicine leaflet). This follows the 2022 accessibility work on large-print labels, which went well, and the failed 2020 attempt to produce our own leaflets with an agency.

Proposal: a pharmacist pastes the relevant section of the manufacturer's patient leaflet and the tool rewrites it at roughly a reading age of 11, keeping every warning and dose instruction. The pharmacist checks the rewrite against the original and prints it for the patient. Terms like "hepatic impairment", "contraindicated" and "QT prolongation" appear in the source text, but the rewrite is ordinary English.

Expected use: maybe 10 to 15 leaflets a week per store, 14 stores. No budget is allocated beyond staff time. We haven't tried anything; some staff have used a chatbot privately at home.
""", "prompt", [], "General rewriting task with pharmacist checks and no data or budget; medical words do not make it specialised.",
{"task_kind": ("transformation", "rewrites it at roughly a reading age of 11"),
 "human_review": (True, "The pharmacist checks the rewrite against the original"),
 "monthly_volume": (758, "maybe 10 to 15 leaflets a week per store, 14 stores"),
 "budget": ("none", "No budget is allocated beyond staff time"),
})
