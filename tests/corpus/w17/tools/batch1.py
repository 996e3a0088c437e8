import sys; sys.path.insert(0, "/work/blind/w17/_tools")
from lib import add

add("law-firm-nda-abstraction-rfp", r"""
REQUEST FOR PROPOSAL: Contract Data Extraction Service
Issued by: Hallam & Wren LLP, Knowledge Management Group
Response deadline: 14 March

1. Background
Our transactional practice reviews incoming non-disclosure agreements for corporate clients. Each NDA is abstracted into our matter system: parties, governing law, term, survival period, non-solicit (yes/no), residuals clause and 19 further fields. Today two paralegals do this by hand.

2. Volume
Roughly 9,000 NDAs a month across all clients, expected to grow after two new panel relationships start in Q3.

3. What we have
Since 2019 the paralegals have kept every abstract alongside its source document. We estimate 48,000 completed abstracts, each checked by a second paralegal.

4. What we tried
An internal pilot sent each NDA to a hosted model together with a 4-page instruction sheet and the field definitions. Field-level accuracy was 81%. The errors are not random: the model confuses survival with term, and mislabels mutual vs one-way agreements more than one time in ten. Our bar for unattended posting is 96% field-level accuracy.

5. Output
Each abstract must validate against our matter-system JSON schema (v3.2, Annex B). Records that fail validation are rejected by the import job.

6. Constraints
The system must run on our own hardware, and no client data may be used to train any vendor's shared models.

7. What we ask vendors to submit
a) Your proposed approach, including which model(s) you would use and where they would run.
b) The data you would need from us, in what form, and how you would keep it separate from other clients' data.
c) How you would measure field-level accuracy before go-live, and on what sample. We can provide a held-out set of recent abstracts that your team has not seen.
d) How the system would flag low-confidence fields for a paralegal instead of posting them.
e) Indicative pricing for set-up and for running costs at the volume above.

8. Evaluation
Proposals will be scored on accuracy evidence (40%), security and hosting (30%), cost (20%) and support (10%). Shortlisted vendors will be asked to run a two-week bake-off on 500 NDAs. The firm is under no obligation to award a contract.

9. Timeline
Questions by 28 February; shortlist notified 28 March; bake-off in April.
""", "fine_tune",
 "Stable narrow extraction with 48k checked abstracts, strict schema, prompting plateaued at 81% vs 96% target, on-prem.",
 {"task_kind": ("extraction", "Each NDA is abstracted into our matter system"),
  "monthly_volume": (9000, "Roughly 9,000 NDAs a month"),
  "labelled_examples": (48000, "48,000 completed abstracts"),
  "prompting_falls_short": (True, "Field-level accuracy was 81%"),
  "accuracy_target": (96, "96% field-level accuracy"),
  "strict_format": (True, "must validate against our matter-system JSON schema"),
  "constraints": (["on_prem", "no_vendor_training"], "The system must run on our own hardware, and no client data may be used to train any vendor's shared models"),
 })

add("court-hearing-notices-spanish-chat", r"""
[09:12] Dana (Clerk's Office): so the presiding judge wants the hearing notices available in Spanish by spring
[09:13] Marco (Court IT): how many are we talking about?
[09:13] Dana: just the self-represented docket. maybe 40 a week, give or take
[09:14] Marco: and someone checks them before they go out?
[09:14] Dana: yes, Lucía from the interpreter pool reads every one before mailing. the judge was very clear on that
[09:15] Marco: do we have old translations we could learn from?
[09:15] Dana: no. the outside agency did them for a while and never sent us the files, we have zero translated notices on our side
[09:16] Marco: are the notices mostly the same template with names, dates, courtroom numbers filled in?
[09:16] Dana: yes, one page. fixed legal phrases like "failure to appear may result in a default judgment against you", maybe 30 of those
[09:17] Marco: and the English template, does it change?
[09:17] Dana: hardly. last edit was 2021
[09:18] Marco: ok, I'll think about what the cheapest thing to try is. can you send me last month's notices?
[09:18] Dana: sure. and keep it cheap, there's no budget line for this until next fiscal year
""", "prompt",
 "Low-volume templated translation, no data, every notice human-reviewed, no budget; a general model with a glossary is enough.",
 {"task_kind": ("translation", "available in Spanish"),
  "monthly_volume": (173, "maybe 40 a week"),
  "human_review": (True, "reads every one before mailing"),
  "labelled_examples": (0, "we have zero translated notices on our side"),
  "budget": ("none", "there's no budget line for this until next fiscal year"),
  "task_changes_often": (False, "last edit was 2021"),
 }, ext="txt")

add("agri-coop-agronomy-whatsapp-es", r"""
Subject: Question about using AI for answer the farmers

Hello, I write from Cooperativa Agrícola Valle Sur. We are 2,300 associate farmers, mostly citrus and avocado.

Every day the farmers send to our agronomy team questions by WhatsApp: which product for the mite in lemon, how many days of safety before harvest, if this fungicide is permitted for export to Europe. The agronomists are only four persons and they answer maybe 150 messages in the day, in season more.

All the answers come from our technical bulletins. We have around 1,200 bulletins since 2015, in PDF, and every week in the season the technical department publishes new ones or changes the recommendation, because also the list of permitted products for export is changing. An answer with a product that is not more permitted is very bad, the fruit can be rejected at the port.

The agronomists want that the answer says always which bulletin is the source, with the number, so the farmer can check it.

My boss asks if we should fine-tune a model with all the bulletins so it knows them. We don't have questions and answers saved in order, only the WhatsApp history in the phones, not organized.

What do you recommend? The budget is small, this year maybe some thousands of euros.
""", "rag",
 "Answers depend on 1,200 private bulletins that change weekly and must be cited; fine-tuning would bake in stale product lists.",
 {"task_kind": ("question_answering", "send to our agronomy team questions by WhatsApp"),
  "monthly_volume": (4500, "maybe 150 messages in the day"),
  "corpus_size": (1200, "around 1,200 bulletins"),
  "knowledge_change_days": (7, "every week in the season"),
  "needs_citations": (True, "says always which bulletin is the source"),
  "needs_external_knowledge": (True, "All the answers come from our technical bulletins"),
  "stakes": ("high", "the fruit can be rejected at the port"),
  "labelled_examples": (0, "We don't have questions and answers saved in order"),
  "budget": ("limited", "The budget is small"),
 })

add("hotel-review-replies-voice-chat", r"""
Priya (Guest Experience, Marlow Hotels): ok, the review reply pilot. honest take?
Tomás (Digital): the replies are fine on facts, they're just not *us*. too many exclamation marks, "we're thrilled", and it apologises like a bank
Priya: we gave it the brand voice guide though. the whole 6-page thing
Tomás: yeah, it's all in the system prompt, ~3,800 tokens. it follows it for a few replies and then drifts. GMs keep rewriting them. we sent 200 replies to the brand team last week and they approved 54% as-is
Priya: what does it need to hit?
Tomás: brand team said 90% approvable without edits, otherwise it's not worth the licence
Priya: how many reviews across the group?
Tomás: about 22k a month, 140 properties, all platforms
Priya: and we have the hand-written replies from the GR team, right?
Tomás: the ones rated "exemplary" in the QA tool since 2021, about 4,200 review/reply pairs. those are gold
Priya: does the reply need facts from anywhere else?
Tomás: not really, the review itself has what's needed. sometimes a GM adds a promo but we strip those anyway
Priya: and the voice is stable? no brand refresh coming?
Tomás: voice guide hasn't changed since 2020, nothing planned
Priya: ok. write it up for steering group with what you'd do next
""", "fine_tune",
 "Voice gap at 22k/month: long style prompt drifts (54% vs 90%), 4,200 exemplary pairs, stable voice, no knowledge gap.",
 {"task_kind": ("generation", "the review reply pilot"),
  "stage": ("pilot", "the review reply pilot"),
  "monthly_volume": (22000, "about 22k a month"),
  "labelled_examples": (4200, "about 4,200 review/reply pairs"),
  "consistent_style": (True, "they're just not *us*"),
  "prompting_falls_short": (True, "they approved 54% as-is"),
  "prompt_tokens": (3800, "~3,800 tokens"),
  "accuracy_target": (90, "90% approvable without edits"),
  "needs_external_knowledge": (False, "the review itself has what's needed"),
  "task_changes_often": (False, "voice guide hasn't changed since 2020"),
 }, ext="txt")

add("fab-excursion-disposition-workflow", r"""
# Current process: excursion disposition, Litho/Etch, Fab 3

1. An inline inspection tool (brightfield or SEM review) flags a lot and writes a free-text excursion log: tool ID, layer, defect-map signature, CD-SEM readings, overlay residuals and operator comments in shorthand ("M1 CD +4.2nm ctr-edge, ovl X 3σ 6.1, PR scum susp, ref 2x ret").
2. The log lands in the disposition queue. A shift engineer reads it and assigns one of 14 disposition codes (D03 rework-litho, D07 hold-for-yield, D11 scrap-review, ...).
3. The code drives what happens next automatically: rework route, MES hold or release. A wrong code either scraps good wafers or lets a bad lot run for another six layers.
4. The engineer's code and the eventual outcome (confirmed by yield data) are stored. We have ~60,000 logs with confirmed codes going back to 2021, and the code list has not changed in that time.
5. Volume is around 40,000 logs a day across both fabs. Night shift cannot keep up and the queue backs up for hours.
6. When the queue is long, lots sit on hold at the stepper. A held lot blocks the tool's dedicated reticle set, so the next two or three lots for that layer also wait. Each hour of hold on a critical layer costs us roughly a tenth of a shift's output for that bay.
7. Once a week the disposition owners review a sample of codes against yield. Disagreements are discussed in the Friday excursion meeting and the confirmed code is written back to the record.

## The AI part
We want a model to assign the disposition code as soon as the log is written. It sits in the MES dispatch path, so it has to decide in under 300 ms. A first try with a large hosted model, a prompt listing the 14 codes with definitions and 20 worked examples reached 71% agreement with confirmed codes; engineers say it does not understand the shorthand. Target is 97%. Everything must stay inside the fab network.
""", "fine_tune",
 "High-volume, latency-bound classification of jargon-heavy logs; 60k confirmed labels, stable codes, prompting at 71% vs 97%.",
 {"task_kind": ("classification", "assigns one of 14 disposition codes"),
  "monthly_volume": (1200000, "around 40,000 logs a day"),
  "labelled_examples": (60000, "~60,000 logs with confirmed codes"),
  "stakes": ("high", "scraps good wafers or lets a bad lot run"),
  "latency_ms": (300, "under 300 ms"),
  "prompting_falls_short": (True, "reached 71% agreement"),
  "accuracy_target": (97, "Target is 97%"),
  "domain_jargon": (True, "operator comments in shorthand"),
  "task_changes_often": (False, "the code list has not changed in that time"),
  "constraints": (["on_prem"], "Everything must stay inside the fab network"),
 })

add("ngo-sitrep-donor-brief-notes", r"""
notes: donor brief automation (Sahel programme), draft, Amina

- goal: turn the field sitreps into the ~~daily~~ weekly one-page donor brief. daily was the old plan, donors said weekly is plenty
- inputs: sitreps from 7 field offices, each 2-5 pages, so ~~50~~ ~35 docs a week in the busy months
- today: Amina + one officer copy-paste and rewrite, takes most of Friday
- we have ~~a big archive of past briefs~~ no archive worth using, old briefs lived in email bodies and most were lost in the 2022 migration
- format: donors don't mind the layout, just clear headings. ~~must follow ECHO template~~ no, ECHO template is for the quarterly report, not this
- programme manager reads every brief before it goes out
- tried anything? not yet. Kofi thinks we'd need to train a model on humanitarian language, Amina not convinced
- budget: nothing allocated, would come out of the comms line
- next step: ?
""", "prompt",
 "Low-volume weekly summarisation, no archive, no fixed format, human-reviewed, untried, no budget.",
 {"task_kind": ("summarisation", "turn the field sitreps into the"),
  "labelled_examples": (0, "no archive worth using"),
  "human_review": (True, "programme manager reads every brief"),
  "strict_format": (False, "donors don't mind the layout"),
  "budget": ("none", "nothing allocated"),
 })

add("water-utility-compliance-assistant-rfp", r"""
RFP No. 2025-WS-118: Regulatory Knowledge Assistant
Issuing body: Brennmoor Municipal Water Services (Operations & Compliance)

Purpose
Brennmoor Water seeks a vendor to supply an assistant that answers compliance questions from operators, lab staff and engineers, for example "what is the turbidity action level at the Kessel plant?" or "which permit condition covers sludge discharge to the Alm?".

Scope of knowledge
Answers must come from our own document set: abstraction and discharge permits, national drinking-water regulations, internal SOPs and laboratory method sheets. Approximately 340 documents, about 9,000 pages in total. The compliance office amends or replaces documents roughly every month; superseded versions must never be used in an answer.

Requirements
R1. Every answer must cite the document, clause and revision it is based on.
R2. A wrong answer could lead to a permit breach. The assistant is advisory; the shift supervisor remains responsible.
R3. All data and processing must stay in EU data centres.
R4. Expected users: 25-40 staff, a few hundred questions per month.
R5. Bidders should state whether their approach requires model training and at what cost.

Note: we have no historical question/answer log to provide.
""", "rag",
 "Answers must come from 340 private documents amended monthly, with clause-level citations and no superseded versions.",
 {"task_kind": ("question_answering", "answers compliance questions"),
  "corpus_size": (340, "Approximately 340 documents"),
  "knowledge_change_days": (30, "roughly every month"),
  "needs_citations": (True, "must cite the document, clause and revision"),
  "needs_external_knowledge": (True, "Answers must come from our own document set"),
  "stakes": ("high", "could lead to a permit breach"),
  "constraints": (["eu_residency"], "must stay in EU data centres"),
  "labelled_examples": (0, "we have no historical question/answer log"),
 })

add("transit-complaint-routing-chat", r"""
Jess (Customer Relations, Metro Transit): we're drowning in the complaints inbox again
Ravi (Data team): how many a month now?
Jess: around 300. not a lot, but it's just me and Phil sorting them
Ravi: sorting into what?
Jess: that's the fun part. 6 departments today, but the autumn reorg splits Operations into Bus and Rail and folds Accessibility into Customer Experience, and they're still arguing about where "driver behaviour" goes
Ravi: so the categories will move
Jess: probably twice more before the end of the year
Ravi: any past complaints tagged with the department?
Jess: sort of. about 3,000 in the CRM, tagged with the old departments, and Phil reckons half the tags were whatever was quickest
Ravi: has anyone tried just asking a model to route them?
Jess: no. I assumed we'd need something custom built?
Ravi: what does a wrong route cost?
Jess: it gets forwarded, a day or two of delay. nobody gets hurt
Ravi: ok, let me think about what's sensible
""", "prompt",
 "Low volume, categories still changing, labels stale and noisy, low stakes, prompting untried.",
 {"task_kind": ("classification", "sorting them"),
  "monthly_volume": (300, "around 300"),
  "task_changes_often": (True, "probably twice more before the end of the year"),
  "labelled_examples": (3000, "about 3,000 in the CRM"),
  "stakes": ("low", "nobody gets hurt"),
 }, ext="txt")

add("restaurant-allergen-questions-zh", r"""
About our allergen question system. From Chen Wei, Operations, Golden Lotus Restaurant Group

Our group has 45 restaurants, Cantonese and Sichuan. Front staff every day many times ask kitchen: this dish has peanut or not, sesame oil inside or not, can make without gluten or not. Kitchen is busy, sometimes answer is wrong. Last year one customer went to hospital, very serious for us.

All the information is in recipe cards. Total recipe cards about 2,300, because each restaurant has local dishes and seasonal menu. Recipe cards change every week: head chef modify the sauce, change the supplier, then allergen also change.

We want: staff type question on tablet, system answers, and must show which recipe card and which version the answer is from, so manager can check.

Question number, we estimate 500 per day for all restaurants.

Our IT colleague says maybe we train own model using the recipe cards. I am not sure this is right way, because cards always changing. Please suggest.
""", "rag",
 "Safety-critical answers from 2,300 private recipe cards that change weekly, with version citations.",
 {"task_kind": ("question_answering", "system answers"),
  "monthly_volume": (15000, "500 per day"),
  "corpus_size": (2300, "about 2,300"),
  "knowledge_change_days": (7, "change every week"),
  "needs_citations": (True, "must show which recipe card and which version"),
  "needs_external_knowledge": (True, "All the information is in recipe cards"),
  "stakes": ("high", "one customer went to hospital"),
 })

add("court-statistics-sql-rfp", r"""
Request for Proposal: Natural-Language Query Tool for Court Statistics
Superior Court of Dunmore County, Research & Planning Unit

1. Summary
Our unit of five analysts answers ad-hoc statistical questions from judges and administrators ("how many unlawful detainer filings ended in default judgment in Q2?"). An analyst turns each question into SQL against our reporting warehouse. We want a tool that drafts the SQL from the question.

2. Environment
The reporting warehouse has 23 tables; the full schema with column descriptions is about 3,000 tokens. The schema is stable. Analysts will review and run every query themselves; the tool never executes anything.

3. Volume
About 120 requests a month.

4. Data
We do not keep a log of past questions and their SQL.

5. Stage
This is an exploratory procurement. We want a 3-month proof of concept before any larger commitment. Budget for the proof of concept is under $15,000.

6. Questions for bidders
a) Would your approach require training a model on our data? If so, why?
b) How will drafts be validated before analysts see them?
""", "prompt",
 "Low-volume text-to-SQL over a small stable schema that fits in a prompt; no data, every query reviewed, proof of concept.",
 {"task_kind": ("code", "drafts the SQL from the question"),
  "monthly_volume": (120, "About 120 requests a month"),
  "human_review": (True, "Analysts will review and run every query themselves"),
  "labelled_examples": (0, "We do not keep a log of past questions and their SQL"),
  "stage": ("prototype", "3-month proof of concept"),
  "budget": ("limited", "under $15,000"),
  "task_changes_often": (False, "The schema is stable"),
 })

add("court-docket-event-coding-workflow", r"""
How docket entries get coded today (State Judicial Information Office)

Step 1. A filing arrives through e-filing or at the counter. The clerk types a docket text, e.g. "MTN TO CONT HRG FILED BY DEF ATTY; PROP ORD ATT".
Step 2. The clerk picks an event code from the statewide table of 212 codes. The code controls deadlines, fee assessment and what appears on the judge's calendar.
Step 3. A supervising clerk audits 5% of entries. Audits find about one in twelve is miscoded, mostly between near-identical motions.
Step 4. Miscoded entries are fixed by hand, sometimes after a deadline has already been computed wrongly.

Volume: ~90,000 entries a month statewide.
History: 1.6 million audited or court-verified entries since the table was last revised in 2019. The code table is fixed by court rule and won't change before 2027.

What we tried: a hosted model with the complete code table and descriptions in the prompt (around 11,000 tokens per request) suggests the right code 86% of the time. It costs about $0.05 per entry, and clerks wait 4-6 seconds for the suggestion, which is too slow at the counter. We need 98% and a suggestion in under a second.

Question for the working group: what is the right next step?
""", "fine_tune",
 "Stable 212-code classification with 1.6M verified labels; long prompt is costly, slow and plateaus at 86% vs 98%.",
 {"task_kind": ("classification", "picks an event code"),
  "monthly_volume": (90000, "~90,000 entries a month"),
  "labelled_examples": (1600000, "1.6 million audited or court-verified entries"),
  "prompting_falls_short": (True, "suggests the right code 86% of the time"),
  "prompt_tokens": (11000, "around 11,000 tokens per request"),
  "cost_per_call_usd": (0.05, "about $0.05 per entry"),
  "latency_ms": (1000, "in under a second"),
  "accuracy_target": (98, "We need 98%"),
  "task_changes_often": (False, "won't change before 2027"),
  "domain_jargon": (True, "MTN TO CONT HRG FILED BY DEF ATTY"),
 })
