from helper import add

add("hosp-procurement-contract-qa", """
request_form: DIG-REQ-0412
department: Procurement & Supply Chain, Northmoor Health Board
problem: >
  buyers and budget holders ask which contract covers an item, what the price
  ceiling is, notice periods, whether a framework lets us direct-award
users: 35 buyers, ~600 budget holders
documents: 2,600 active contracts + frameworks + variations (PDF, some scanned)
new_or_changed: dozens of contracts signed, varied or expired each week
must_quote: clause and contract reference - audit trail for every purchasing decision
retention: expired contracts must drop out of answers; some must be deleted after 7 years
volume: est. 4,000 questions/month
format: free text is fine
tried: nothing yet
budget: modest, from the digital fund
""", "rag", [], "Large, weekly-changing private contract base with clause citation and removal of expired content.",
{"task_kind": ("question_answering", "buyers and budget holders ask which contract covers an item"),
 "corpus_size": (2600, "2,600 active contracts"),
 "knowledge_change_days": (7, "dozens of contracts signed, varied or expired each week"),
 "needs_citations": (True, "clause and contract reference"),
 "needs_external_knowledge": (True, "which contract covers an item"),
 "monthly_volume": (4000, "est. 4,000 questions/month"),
 "strict_format": (False, "free text is fine"),
 "budget": ("limited", "modest, from the digital fund"),
}, ext="yaml")

add("airline-ad-compliance-lookup", """
From: Continuing Airworthiness Manager, Sundial Air (14 ATR 72s, 6 Q400s)

We'd like engineers and planners to ask "is AD 2023-0187 complied with on G-SDAF and when is the next repeat due?" or "which tails still have the old flap actuator P/N?" and get an answer from our records: AD/SB compliance records, task cards, component history and the AMP. That's roughly 380,000 scanned and electronic records going back to 2008, and new ones arrive with every work package, daily.

Every answer must cite the record (work order, task card, certificate of release) - the CAMO signs on that basis and the authority audits it. A wrong "complied" is an airworthiness finding.

We also have 9,000 engineering queries answered by our technical records team over five years, and the records use a lot of shorthand (P/N, S/N, "C/W", "TSN/CSN", "rpt 600FH") that general models fumble. Around 2,000 queries a month.
""", "rag", ["rag+fine_tune"], "The core gap is fleet-specific, daily-updated records with mandatory citation; the jargon and 9k Q&A pairs are a secondary behaviour gap.",
{"task_kind": ("question_answering", "get an answer from our records"),
 "corpus_size": (380000, "roughly 380,000 scanned and electronic records"),
 "knowledge_change_days": (1, "daily"),
 "needs_citations": (True, "Every answer must cite the record"),
 "needs_external_knowledge": (True, "get an answer from our records"),
 "stakes": ("high", "A wrong \"complied\" is an airworthiness finding"),
 "labelled_examples": (9000, "9,000 engineering queries answered"),
 "domain_jargon": (True, "the records use a lot of shorthand"),
 "monthly_volume": (2000, "Around 2,000 queries a month"),
})

add("recruit-contractor-onboarding-faq", """
Ops review - where to use AI first (Bluewater Contract Staffing)

We looked at:
a) CV parsing - our ATS vendor already does it, good enough.
b) timesheet anomaly flags - payroll says the rules engine covers 90% of cases.
c) answering contractors' onboarding questions ("what's the site induction at Client X", "do I need my own PPE at Y", "how do I submit expenses to Z").

We're going with (c). There are 90 client handbooks and site packs, each different, plus our own contractor guide. Contractors ask about 250 questions a week through the app and the helpline.

How often does it change? In the first workshop we said quarterly; after checking with account managers, most clients reissue their pack once a year, though new clients are added every few weeks.

Answers must say which client handbook and page they come from - contractors get turned away at the gate for missing an induction step. Nobody has written Q&A pairs. A client's documents must disappear from answers when the contract ends.
""", "rag", [], "Client-specific private handbooks, yearly reissue plus new clients, must cite and remove content on contract end.",
{"task_kind": ("question_answering", "answering contractors' onboarding questions"),
 "corpus_size": (91, "90 client handbooks and site packs, each different, plus our own contractor guide"),
 "knowledge_change_days": (365, "most clients reissue their pack once a year"),
 "needs_citations": (True, "Answers must say which client handbook and page"),
 "needs_external_knowledge": (True, "each different"),
 "monthly_volume": (1083, "about 250 questions a week"),
 "labelled_examples": (0, "Nobody has written Q&A pairs"),
})

add("realestate-listing-copy-form", """
**Marketing tools questionnaire** - Keystone Homes (boutique agency, 2 offices)

1. What do you want the tool to do? Write property descriptions for portal listings from the agent's notes and the floorplan details.
2. How many? About 80 new listings a month, each 150-250 words.
3. Who checks the output? The listing agent approves every description before it goes live.
4. Any style requirements? We want it to sound "like Keystone" - warm, not salesy. We have never written the style down.
5. Do you have examples? Not really. Past descriptions were written by whichever agent had the listing, so they're all over the place.
6. What have you tried? Nothing yet. One agent uses ChatGPT on her own.
7. Budget? Small - a subscription, not a project.
8. Timeline? Would like to try it next month.
""", "prompt", [], "Low volume, agent approves every draft; a style wish with no examples or written guide is a prompting job.",
{"task_kind": ("generation", "Write property descriptions"),
 "monthly_volume": (80, "About 80 new listings a month"),
 "human_review": (True, "The listing agent approves every description"),
 "labelled_examples": (0, "Not really"),
 "budget": ("limited", "Small - a subscription, not a project"),
})

add("library-survey-analysis-oneoff", """
From the Library Strategy Officer, Northfield Public Libraries

Our five-yearly community survey closed last month: 2,300 free-text answers to "What would make you use the library more?" plus 900 from the youth version. Before the council workshop in six weeks I need an analysis - main themes, how they differ by branch and age group, surprising or minority views, and a few representative quotes for each theme. Think of it as exploratory research; I don't know yet what I'm looking for.

This is a single exercise; the next survey is in 2029. No coding frame exists - last time a consultant did it in a spreadsheet. The responses are anonymous. I'll read everything the model says and check the quotes against the spreadsheet myself. We don't have a budget for this beyond my time.
""", "prompt", [], "One-off exploratory analysis of a few thousand comments with full human checking and no budget.",
{"task_kind": ("research", "exploratory research"),
 "stage": ("one_off", "This is a single exercise"),
 "labelled_examples": (0, "No coding frame exists"),
 "human_review": (True, "I'll read everything the model says"),
 "budget": ("none", "We don't have a budget for this beyond my time"),
 "task_changes_often": (True, "I don't know yet what I'm looking for"),
})

add("pharmacy-adverse-event-coding", """
Pharmacovigilance, Medisource Pharmacy Services - proposal

Our patient support lines log about 3,000 calls a month that mention a possible side effect. Each must become a structured adverse event record: suspect product and batch, reaction terms coded to MedDRA Lowest Level Terms, onset date, seriousness criteria, outcome. Patients say "my ankles blew up and I came out in a rash after the new tablets" and the record needs "Peripheral swelling" and "Rash" with the right codes.

We piloted a hosted model with instructions and 20 examples. On 600 calls, reaction coding matched our PV associates 71% of the time, and seriousness was missed in 1 of 12 serious cases - regulators expect near-complete capture. Longer prompts did not help. The record template is fixed by our safety database.

The PV team has coded 48,000 call notes since 2019 with QC by a second associate. MedDRA releases twice a year but the terms we use move very little. Calls contain patient health data; processing must stay in the EU.
""", "fine_tune", ["rag+fine_tune"], "Narrow, stable coding of lay language into MedDRA with 48k QC'd examples; prompting plateaued. A term-lookup component could help.",
{"task_kind": ("extraction", "Each must become a structured adverse event record"),
 "monthly_volume": (3000, "about 3,000 calls a month"),
 "strict_format": (True, "The record template is fixed"),
 "prompting_falls_short": (True, "Longer prompts did not help"),
 "labelled_examples": (48000, "48,000 call notes"),
 "task_changes_often": (False, "the terms we use move very little"),
 "stakes": ("high", "regulators expect near-complete capture"),
 "domain_jargon": (True, "MedDRA Lowest Level Terms"),
 "constraints": (["personal_data", "eu_residency"], "processing must stay in the EU"),
 "stage": ("pilot", "We piloted a hosted model"),
})

add("realestate-lease-abstraction", """
Commercial leasing, Granite & Row Property Partners

Each new commercial lease (40-120 pages) gets abstracted into our 58-field lease summary template: parties, term, options, rent review mechanism and dates, outgoings, make-good, assignment, break clauses, guarantees. Paralegals do it now, about 3 hours a lease. We take on 150-200 leases a month from new management mandates.

We tried a long-context hosted model with the template and field definitions: it fills in most fields but misses or muddles about one field in five - especially rent review formulas and option notice windows - and the field values don't follow our controlled wording ("CPI + 1%, capped 5%"). A paralegal checks every abstract before it goes into the system either way.

We have 1,800 leases with their paralegal abstracts from the last four years. The template hasn't changed since 2020.
""", "fine_tune", ["prompt"], "Fixed 58-field template with controlled wording; prompting misses 1 in 5 fields; 1,800 pairs. Extraction comes from the given lease, not a knowledge base.",
{"task_kind": ("extraction", "abstracted into our 58-field lease summary template"),
 "strict_format": (True, "our 58-field lease summary template"),
 "monthly_volume": (175, "150-200 leases a month"),
 "prompting_falls_short": (True, "misses or muddles about one field in five"),
 "human_review": (True, "A paralegal checks every abstract"),
 "labelled_examples": (1800, "1,800 leases with their paralegal abstracts"),
 "task_changes_often": (False, "The template hasn't changed since 2020"),
 "domain_jargon": (True, "rent review formulas and option notice windows"),
})

add("hosp-notes-deidentification", """
Research Data Office - project options, Greyfriars Teaching Hospital

Three ideas competed for this year's research-platform money:
1. A cohort-finder chatbot for researchers. Postponed - governance wants the data platform audited first.
2. Auto-summarising trial eligibility criteria. Small; the trials unit will try it themselves.
3. De-identifying free-text clinical notes so they can be released into the research environment.

We chose 3. Notes must have every name, address, date of birth, NHS/MRN number, phone number and rare-occupation mention replaced with typed placeholders ([NAME], [DATE]...). The research environment gets about 200,000 notes a month. The ethics committee requires 99.5% recall on direct identifiers.

We tested an open model on our servers with detailed instructions: 94% recall on 1,000 annotated notes, and it sometimes rewrites clinical text it should leave alone. The information governance team has 15,000 notes annotated for identifiers from the 2021 manual programme, same placeholder scheme. Nothing can leave our own servers, no internet access from the secure enclave.
""", "fine_tune", [], "Stable span-level extraction at high volume and very high recall target; prompting plateaued; 15k annotated notes; air-gapped.",
{"task_kind": ("extraction", "De-identifying free-text clinical notes"),
 "monthly_volume": (200000, "about 200,000 notes a month"),
 "accuracy_target": (99.5, "99.5% recall"),
 "prompting_falls_short": (True, "94% recall on 1,000 annotated notes"),
 "labelled_examples": (15000, "15,000 notes annotated for identifiers"),
 "strict_format": (True, "typed placeholders"),
 "constraints": (["on_prem", "air_gapped", "personal_data"], "no internet access from the secure enclave"),
 "stakes": ("high", "The ethics committee requires 99.5% recall"),
})

add("recruit-boolean-strings", """
quick q from the sourcing team at Vantage Search. we use chatgpt (team plan) to turn a job spec into a boolean search string for linkedin recruiter + job boards, e.g. ("site reliability" OR SRE) AND (kubernetes OR k8s) NOT intern. we paste the spec + a 5-line instruction. its been great for 6 months, sourcers say maybe 1 in 20 needs a tweak and thats fine. ~150 specs a month. my director read about companies training their own models and asked if we should do the same or hook it up to our database. budget is tight. do we need to do anything?
""", "prompt", [], "Prompting already works well at low volume with a short instruction; no knowledge or behaviour gap.",
{"task_kind": ("code", "turn a job spec into a boolean search string"),
 "prompting_falls_short": (False, "its been great for 6 months"),
 "monthly_volume": (150, "~150 specs a month"),
 "budget": ("limited", "budget is tight"),
 "stage": ("production", "its been great for 6 months"),
})

add("mining-exploration-report-search", """
Exploration - idea list for the innovation budget, Tasman Ridge Minerals

- Core photo lithology classifier: vendor products exist, will buy.
- Drone survey anomaly detection: too early.
- Assay QAQC flagging: rules already in acQuire.
- Searching our historical exploration reports.

We're funding the last one. The company and the tenements it bought hold roughly 25,000 exploration reports since 1972 - annual technical reports, drilling summaries, geophysics interpretations, many scanned typescripts with maps. Geologists want to ask "what did previous explorers find at the Dingo Creek prospect and what holes were drilled?" and get an answer that cites the report number and page, so they can pull the original before planning a program. New reports get added as each year's annual technical reports are filed (about 400 a year).

Use: maybe 300 questions a month, 20 geologists. The data room for a sale needs everything traceable to the source. Nobody has written example Q&A. Reports on tenements under confidentiality agreements must only be visible to the named project team.
""", "rag", [], "Large private archive, answers must cite report and page, with per-team access restrictions.",
{"task_kind": ("question_answering", "Searching our historical exploration reports"),
 "corpus_size": (25000, "roughly 25,000 exploration reports"),
 "knowledge_change_days": (365, "as each year's annual technical reports are filed"),
 "needs_citations": (True, "cites the report number and page"),
 "needs_external_knowledge": (True, "what did previous explorers find at the Dingo Creek prospect"),
 "monthly_volume": (300, "maybe 300 questions a month"),
 "labelled_examples": (0, "Nobody has written example Q&A"),
})
