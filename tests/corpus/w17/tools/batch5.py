import sys; sys.path.insert(0, "/work/blind/w17/_tools")
from lib import add

add("hotel-nps-comments-analysis-chat", r"""
Claire (Revenue & Guest Insight, Alder Hotels): the COO wants to know why NPS dropped at the coastal properties last summer
Dev (Analytics): we have the post-stay survey comments?
Claire: 6,000-odd free-text comments from June to September, plus the scores
Dev: one-off question, or something we'll run every month?
Claire: one-off for the board pack in three weeks. if it's useful maybe quarterly later, nobody's committed
Dev: are any themes coded?
Claire: no, nobody has ever tagged them
Dev: so: explore the comments, find themes, pull quotes, compare with last year
Claire: yes. and I'll read through whatever comes out before it goes to the COO, obviously
Dev: the comments have guest names in them sometimes
Claire: strip names first, legal said that's fine then
Dev: ok, I'll draft a plan
""", "prompt",
 "One-off exploratory analysis of untagged comments with the analyst reading all output; nothing to train on or retrieve.",
 {"task_kind": ("research", "explore the comments, find themes, pull quotes"),
  "stage": ("one_off", "one-off for the board pack"),
  "labelled_examples": (0, "nobody has ever tagged them"),
  "human_review": (True, "I'll read through whatever comes out"),
  "constraints": (["personal_data"], "the comments have guest names in them sometimes"),
 }, ext="txt")

add("fab-8d-report-drafts-workflow", r"""
8D report drafting: Quality Engineering, Module B (current steps)

1. A customer complaint arrives (e.g. bond-pad corrosion on shipped lots).
2. The QE engineer runs containment and root-cause work with the line: fishbone, 5-why, FA lab results.
3. The engineer writes the 8D report in the customer's template, D1 (team) through D8 (closure). This is where most of the time goes, 1-2 days per report, much of it rewording lab notes into customer-friendly English.
4. The QE manager reviews and signs before it goes to the customer.

Volume: about 25 reports a month.

AI part: paste the lab notes and the 5-why, get a first draft of D2-D7. We tried this with the enterprise chat assistant on 10 closed cases, pasting the customer template into the prompt; the manager said 8 drafts were a good starting point and the other two needed the root-cause wording fixed. Each big customer has its own template and we add one or two customers a year. No plans for more data work at the moment.
""", "prompt",
 "Low-volume drafting into customer templates where prompting already works in a trial; manager signs every report.",
 {"task_kind": ("generation", "get a first draft of D2-D7"),
  "monthly_volume": (25, "about 25 reports a month"),
  "prompting_falls_short": (False, "8 drafts were a good starting point"),
  "human_review": (True, "The QE manager reviews and signs"),
  "strict_format": (True, "in the customer's template"),
 })

add("water-board-meeting-summaries-de", r"""
Subject: Summary of the public board meetings: is AI useful for us?

Hello,

I work in the communication department of the Wasserverband Obere Lauter (municipal water association, 22 member towns). Two times in the month the Verbandsversammlung meets in public, and afterwards we must publish a short summary for the citizens on the website, one page, in simple language. The official protocol, 15 to 30 pages, is written by the secretary and it is already public.

Until now my colleague writes the summary by hand, this needs half a day each time. She will also in future read the summary and correct it before it goes online.

We have no special format, only "simple and correct". We have no examples collected except the last 10 summaries on the website. Budget: none, we would use the licence which our IT already has. Is this a case for an own trained model, or is it too small?
""", "prompt",
 "Two public summaries a month, no format, reviewed by staff, no budget: prompting a licensed model is enough.",
 {"task_kind": ("summarisation", "publish a short summary for the citizens"),
  "monthly_volume": (2, "Two times in the month"),
  "human_review": (True, "read the summary and correct it before it goes online"),
  "strict_format": (False, "We have no special format"),
  "labelled_examples": (10, "the last 10 summaries on the website"),
  "budget": ("none", "Budget: none"),
 })

add("ngo-field-security-qa-notes", r"""
field security Q&A assistant: notes (Security Focal Point, East DRC), v0.3

- staff ask before moving: "is the Rutshuru road open today?", "any incidents near Kiwanja this week?", "what's the curfew in Goma now?"
- answers must come from our daily security incident reports, the INSO/UNDSS advisories we receive, and the current movement matrix
- reports arrive ~~weekly~~ daily, sometimes several a day when things are hot
- archive: ~~about 900~~ ~2,700 incident reports and advisories since 2021 (Bruno counted again)
- must show the source report + date with each answer. an old report presented as current = someone drives into a roadblock
- some advisories are restricted to international staff; the assistant must respect that
- ~40 movement requests a day across the three offices
- we don't want anything "learned" that we can't delete when a source asks us to
""", "rag",
 "Safety-critical answers from daily-changing private reports with source and date, access restrictions and deletability.",
 {"task_kind": ("question_answering", "staff ask before moving"),
  "knowledge_change_days": (1, "daily, sometimes several a day"),
  "corpus_size": (2700, "~2,700 incident reports and advisories"),
  "needs_citations": (True, "must show the source report + date with each answer"),
  "needs_external_knowledge": (True, "answers must come from our daily security incident reports"),
  "stakes": ("high", "someone drives into a roadblock"),
  "monthly_volume": (1200, "~40 movement requests a day"),
 })

add("transit-fare-rules-helpdesk-es", r"""
Hola, I am Jorge, coordinator of the call center of the Empresa Municipal de Transportes (bus and tram, city of 1.2 million inhabitants).

Our 35 agents answer about 20,000 calls and chats per month. Many are about fares: which discount for students, if the monthly pass is valid in the tram of the metropolitan area, how is the refund when the card is broken. The rules are in resolutions of the city council, in the fare regulations, and in internal instructions for the agents. In total about 180 documents.

The problem: the fares change with every decision of the council, more or less every quarter, and the agents are not updated, they give old information. When an agent says a wrong price and the passenger gets a fine, we receive a formal complaint.

We want a help tool for the agents: they write the question, the tool gives the answer with the document and the article, so the agent can read it to the passenger.

Someone from IT said "we need to fine-tune a model with our regulations". I don't know if it is correct. We have not tried anything; we only have a Word file with FAQ that is not updated since 2022.
""", "rag",
 "Answers come from ~180 local fare documents that change quarterly and must name document and article.",
 {"task_kind": ("question_answering", "the tool gives the answer with the document and the article"),
  "corpus_size": (180, "about 180 documents"),
  "knowledge_change_days": (90, "more or less every quarter"),
  "needs_citations": (True, "the answer with the document and the article"),
  "needs_external_knowledge": (True, "The rules are in resolutions of the city council"),
 })

add("law-firm-financial-regulation-rfp", r"""
Request for Proposal: Regulatory Intelligence Assistant
Vanderhoek & Mertens Advocaten (Brussels / Amsterdam), Financial Regulation practice

Our financial regulation team (14 lawyers) advises banks and payment institutions on EU, Dutch and Belgian rules: DORA, MiCA, PSD3 drafts, EBA guidelines and Q&As, national implementing acts. Lawyers need to ask questions such as "has the EBA updated its Q&A on SCA exemptions since March?" and receive answers grounded in the primary texts.

- Sources: EUR-Lex, EBA/ESMA publications, DNB/NBB circulars, and our own internal know-how notes. New publications appear weekly.
- Every statement must link to the source document and article or paragraph.
- All processing must remain within the EU and no data may be used to train third-party models.
- Estimated 600-900 queries a month.
- We previously tested a general chatbot: it answered confidently about rules that had been amended after its training cut-off.

Please describe how sources are kept current and how access to internal notes is controlled.
""", "rag",
 "Answers depend on weekly-changing regulatory texts and internal notes, with article-level links; general model was out of date.",
 {"task_kind": ("question_answering", "receive answers grounded in the primary texts"),
  "knowledge_change_days": (7, "New publications appear weekly"),
  "needs_citations": (True, "Every statement must link to the source document"),
  "needs_external_knowledge": (True, "amended after its training cut-off"),
  "constraints": (["eu_residency", "no_vendor_training"], "All processing must remain within the EU and no data may be used to train third-party models"),
  "monthly_volume": (750, "600-900 queries a month"),
  "prompting_falls_short": (True, "it answered confidently about rules that had been amended"),
 })

add("law-firm-billing-narratives-workflow", r"""
Time-entry narratives: how it works now (Finance, Osgood Pryor LLP)

1. Lawyers record time with a quick note: "call w/ J re SPA ind. caps; rev mark-up".
2. Billing coordinators rewrite each note into a narrative that meets the client's outside counsel guidelines: full sentences, no block billing, UTBMS task and activity codes attached, no internal names, specific verbs ("Review and revise", not "work on").
3. Clients' e-billing platforms auto-reject entries that break their rules; rejected time is often written off.

Volume: ~70,000 entries a month.
History: billing holds ~250,000 note/approved-narrative pairs from 2021-2024, all accepted by the e-billing platforms.
Tried: a prompt with the guideline rules and 10 examples (~4,500 tokens). Coordinators accept 61% without edits; the target is 90%. Codes are often wrong and it slips back into block billing. At $0.02 per entry the calls are affordable, but the edits cost more than they save.
The UTBMS code set and our house narrative style have been stable for years.
Client data must not be used to train a vendor's shared models.
""", "fine_tune",
 "High-volume stable rewriting to a house style and code rules; 250k approved pairs; prompting plateaued at 61% vs 90%.",
 {"task_kind": ("transformation", "rewrite each note into a narrative"),
  "monthly_volume": (70000, "~70,000 entries a month"),
  "labelled_examples": (250000, "~250,000 note/approved-narrative pairs"),
  "prompt_tokens": (4500, "~4,500 tokens"),
  "prompting_falls_short": (True, "Coordinators accept 61% without edits"),
  "accuracy_target": (90, "the target is 90%"),
  "cost_per_call_usd": (0.02, "$0.02 per entry"),
  "consistent_style": (True, "our house narrative style"),
  "task_changes_often": (False, "have been stable for years"),
  "constraints": (["no_vendor_training"], "Client data must not be used to train a vendor's shared models"),
  "domain_jargon": (True, "call w/ J re SPA ind. caps; rev mark-up"),
 })

add("transit-radio-incident-coding-chat", r"""
Fatima (Rail Ops Control, City Light Rail): we need incident codes on every radio call transcript
Greg (Systems): we already transcribe the radio. what's the problem?
Fatima: controllers code each incident afterwards from the transcript, 57 codes from the safety regulator's scheme. they're days behind and the quarterly return is due
Greg: how many calls?
Fatima: ~1,500 incident calls a week on the network
Greg: has anyone tried a model?
Fatima: Marek did, prompt with the code book. it got 70%. drivers talk in radio shorthand, "T14 SPAD at 22 sig, ops pass, DMI fault", and it mixes up the SPAD categories
Greg: how good does it need to be?
Fatima: the regulator's audit wants 95% agreement with our safety team
Greg: history?
Fatima: the safety team coded and audited every call since 2020. 210k or so
Greg: is the scheme stable?
Fatima: regulator hasn't changed it since 2018
Greg: and transcripts can't go to a US cloud, right?
Fatima: correct, EU only
""", "fine_tune",
 "Stable 57-code classification of radio shorthand, 210k audited labels, prompting at 70% vs 95%.",
 {"task_kind": ("classification", "code each incident afterwards from the transcript"),
  "monthly_volume": (6500, "~1,500 incident calls a week"),
  "prompting_falls_short": (True, "it got 70%"),
  "domain_jargon": (True, "drivers talk in radio shorthand"),
  "accuracy_target": (95, "95% agreement"),
  "labelled_examples": (210000, "210k or so"),
  "task_changes_often": (False, "regulator hasn't changed it since 2018"),
  "constraints": (["eu_residency"], "EU only"),
 }, ext="txt")

add("ngo-registration-forms-extraction-de", r"""
Subject: Extraction from paper registration forms: our problem

Hello,

we are the information management unit of a humanitarian organisation in the earthquake response. For the cash programme the enumerators fill paper forms in the field (no network), later in the office we scan them. The forms are always the same (form version 4, 48 fields: household members, ages, vulnerability criteria, phone, village code). The handwriting is in Turkish and Arabic, with many local abbreviations.

The data entry team types these forms into our database. In the peak we have 5,000 forms per day; the team makes maybe 1,500.

We have tested OCR plus a general language model with a detailed prompt. The field accuracy was 74%; especially the checkboxes and the ages it mixes. We need at least 97%, because wrong data means a family receives no cash, or double.

We have 30,000 forms which the data entry team typed and a second person verified, together with the scans. Form version 4 is fixed for the whole response.

The forms contain personal data of vulnerable people. They may not go to an external cloud; we have servers in our own data centre in Frankfurt. The donor gave budget for this, around 80,000 EUR.
""", "fine_tune",
 "Fixed 48-field form extraction at peak 150k/month, 30k verified pairs, prompting at 74% vs 97%, on-prem personal data, budget.",
 {"task_kind": ("extraction", "types these forms into our database"),
  "monthly_volume": (150000, "5,000 forms per day"),
  "labelled_examples": (30000, "30,000 forms which the data entry team typed and a second person verified"),
  "prompting_falls_short": (True, "The field accuracy was 74%"),
  "accuracy_target": (97, "We need at least 97%"),
  "stakes": ("high", "a family receives no cash, or double"),
  "strict_format": (True, "48 fields"),
  "task_changes_often": (False, "Form version 4 is fixed for the whole response"),
  "constraints": (["personal_data", "on_prem"], "The forms contain personal data of vulnerable people. They may not go to an external cloud"),
  "budget": ("available", "The donor gave budget for this"),
  "domain_jargon": (True, "many local abbreviations"),
 })

add("water-ivr-intent-routing-rfp", r"""
RFP 24-117: Intent Recognition for the Customer Contact IVR
Metro Waterworks Authority

1. Current situation. Callers describe their issue in their own words to the IVR ("my bill is twice what it was", "brown water on Oak Street"). A speech-to-text engine transcribes it and a keyword router sends the call to one of 31 intents (billing dispute, payment plan, leak report, water quality, meter access, new connection, ...). About 1 in 4 calls is misrouted, which costs agent time and, for water-quality and leak calls, delays the response.
2. Volume. About 95,000 calls per month, peaking at 6,000 a day after bill runs.
3. Data. 18 months of calls with transcripts and the final intent recorded by the agent who handled the call: ~1.7 million labelled calls. Intent definitions have been unchanged since 2022.
4. Trial. A hosted LLM with the intent definitions in the prompt reached 89% on a 2,000-call test set but added 1.8-2.5 s per call; the IVR platform allows 300 ms for the routing decision. Target: 95%.
5. Constraints. Transcripts contain customer personal data; processing must take place in our own data centre.
6. Budget. Approved in the FY capital plan.
""", "fine_tune",
 "Stable 31-intent routing at 95k/month with 1.7M labels; prompting too slow for 300 ms and below the 95% target.",
 {"task_kind": ("classification", "sends the call to one of 31 intents"),
  "monthly_volume": (95000, "About 95,000 calls per month"),
  "labelled_examples": (1700000, "~1.7 million labelled calls"),
  "task_changes_often": (False, "Intent definitions have been unchanged since 2022"),
  "prompting_falls_short": (True, "reached 89% on a 2,000-call test set"),
  "latency_ms": (300, "allows 300 ms"),
  "accuracy_target": (95, "Target: 95%"),
  "constraints": (["personal_data", "on_prem"], "Transcripts contain customer personal data; processing must take place in our own data centre"),
  "budget": ("available", "Approved in the FY capital plan"),
 })
