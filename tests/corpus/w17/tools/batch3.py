import sys; sys.path.insert(0, "/work/blind/w17/_tools")
from lib import add

add("fab-shift-handover-summary-notes", r"""
handover summaries, Diffusion/Implant (R. Tan)
- 36 a day (3 shifts x 12 bays) ~~~1,000/month~~ ~1,080/month
- plain prompt on 40 old handovers: leads rated 35 of 40 "usable as is"
- no labelled anything
- format: ~~MES form~~ bullet list ok
- handles "PM", "qual", "Vt shift" fine
""", "prompt",
 "Internal summarisation at ~1k/month where a plain prompt already meets the bar; no data, loose format.",
 {"task_kind": ("summarisation", "handover summaries"),
  "monthly_volume": (1080, "~1,080/month"),
  "prompting_falls_short": (False, "leads rated 35 of 40 \"usable as is\""),
  "labelled_examples": (0, "no labelled anything"),
  "strict_format": (False, "bullet list ok"),
  "domain_jargon": (True, "\"PM\", \"qual\", \"Vt shift\""),
 })

add("transit-service-change-chat-notes", r"""
Rider chat: detours & service changes. Working notes (Customer Info team)

- riders ask the chat "is the 14 running on Elm St today?", "why is the Blue line skipping Central?"
- ~~answers from the timetable PDFs~~ answers have to come from the live service-change feed + the planned-works calendar. timetable PDFs are useless for this
- service changes posted ~~weekly~~ several times a day; ops update the feed whenever a detour starts or ends
- ~4,200 active + archived notices in the CMS, only the active ones matter
- chat volume ~~1,000/day~~ ~18,000 a month (Lee re-checked the logs)
- rider must see the notice the answer is based on (link). legal: if we state a detour we must show the official notice
- current bot: scripted FAQ, no access to the feed. complaint rate high
- someone asked whether we should train a model on last year's notices. last year's detours are over
- wrong answer = someone waits at a closed stop. annoying, usually not dangerous
""", "rag",
 "Answers depend on a live feed changing several times a day, with a link to the official notice.",
 {"task_kind": ("question_answering", "riders ask the chat"),
  "knowledge_change_days": (1, "several times a day"),
  "corpus_size": (4200, "~4,200 active + archived notices"),
  "monthly_volume": (18000, "~18,000 a month"),
  "needs_citations": (True, "rider must see the notice the answer is based on"),
  "needs_external_knowledge": (True, "live service-change feed"),
  "stage": ("production", "current bot: scripted FAQ"),
 })

add("water-scada-alarm-normaliser-notes", r"""
SCADA alarm normaliser: notes, K. Osei (OT team)

- goal: every SCADA/telemetry alarm text -> our incident JSON (site_id, asset_tag, alarm_class, severity 1-5, setpoint, measured, unit) for the new ops dashboard + auto-paging
- alarm texts are vendor-specific garbage: "PS07 WW1 LVL HIHI 4.82m SP4.50 ACK N", "RES-NTH CL2 LO 0.18 mg/l"
- volume: ~~300k~~ ~3M alarms/month across 240 sites (incl. chattering alarms)
- paging must happen within 200 ms of the alarm. ~~1 s is fine~~ no: Ops said 200 ms hard limit
- tried: hosted LLM + 2-page prompt with the schema. JSON invalid ~6% of the time, severity wrong often. also ~$0.004/alarm, finance says no
- have: 20k alarms hand-mapped during the 2023 historian migration, each checked by two operators
- schema frozen (v1.0 signed off by ops)
- must run on the OT network, no internet from that segment
""", "fine_tune",
 "3M/month structured extraction under a 200 ms limit on an isolated network; 20k checked mappings, prompting fails format.",
 {"task_kind": ("extraction", "every SCADA/telemetry alarm text -> our incident JSON"),
  "monthly_volume": (3000000, "~3M alarms/month"),
  "latency_ms": (200, "200 ms hard limit"),
  "strict_format": (True, "our incident JSON"),
  "prompting_falls_short": (True, "JSON invalid ~6% of the time"),
  "cost_per_call_usd": (0.004, "~$0.004/alarm"),
  "labelled_examples": (20000, "20k alarms hand-mapped"),
  "domain_jargon": (True, "alarm texts are vendor-specific garbage"),
  "task_changes_often": (False, "schema frozen"),
  "constraints": (["air_gapped"], "no internet from that segment"),
 })

add("law-firm-deposition-digests-workflow", r"""
Matter 22-0419 (Ridgeway v. Calder Logistics): deposition digests

Where we are: discovery closed last month. We have 410 deposition transcripts (roughly 60 to 300 pages each) from the three related actions.

How digests are done now:
1. A paralegal reads each transcript and writes a page-line digest: topic, what the witness said, page:line cite.
2. The associate responsible for the witness checks the digest against the transcript.
3. Digests go into the trial binder.

At our usual pace this is eight weeks of paralegal time, and trial is set for June.

What we want: a model drafts the page-line digest for each transcript, and the associate still checks every digest against the transcript, as now. This is a one-time job for this matter; after trial we won't need it. The firm's approved enterprise model licence covers this and the client has consented in writing.

We have no reusable set of "good digests": each associate has their own layout and the firm has no standard. Page:line cites must be exact.
""", "prompt",
 "One-off summarisation job over given transcripts with full associate review and no examples; nothing justifies training or a knowledge index.",
 {"task_kind": ("summarisation", "drafts the page-line digest"),
  "stage": ("one_off", "This is a one-time job for this matter"),
  "human_review": (True, "the associate still checks every digest"),
  "labelled_examples": (0, "We have no reusable set of \"good digests\""),
  "needs_citations": (True, "Page:line cites must be exact"),
 })

add("ngo-cash-eligibility-workflow", r"""
How caseworkers check eligibility today (Cash & Voucher programme, Northwest Syria response)

1. An enumerator registers the household: size, head of household, disability, displacement date, location.
2. The caseworker checks the file against the eligibility criteria for that sub-district. Criteria come from the Cash Working Group guidance, the donor agreement annexes and our internal targeting SOP, and they differ by sub-district and by donor.
3. Criteria are revised roughly monthly as funding and access change: the CWG issues a new guidance note and our SOP gets an addendum.
4. The caseworker writes a decision and quotes the criterion number used, so the decision can be defended in an appeal or a donor audit.
5. A supervisor countersigns.

About 220 guidance documents and addenda are active across 31 sub-districts. Caseworkers handle about 5,000 files a month. The files contain personal data and must stay in our own tenant.

What we'd like: the caseworker asks "is a widow-headed household of 4 displaced in March eligible under the ECHO top-up in Azaz?" and gets an answer with the criteria quoted.
""", "rag",
 "Answers depend on ~220 guidance documents revised monthly and must quote the criterion; personal data stays in tenant.",
 {"task_kind": ("question_answering", "gets an answer with the criteria quoted"),
  "knowledge_change_days": (30, "revised roughly monthly"),
  "corpus_size": (220, "About 220 guidance documents and addenda"),
  "needs_citations": (True, "quotes the criterion number used"),
  "needs_external_knowledge": (True, "the donor agreement annexes and our internal targeting SOP"),
  "monthly_volume": (5000, "about 5,000 files a month"),
  "human_review": (True, "A supervisor countersigns"),
  "constraints": (["personal_data"], "The files contain personal data"),
 })

add("restaurant-drive-thru-orders-chat", r"""
Noor (Product, Tandoor Express franchise): the drive-thru voice ordering is live in 9 stores and franchisees are unhappy
Ben (Eng): unhappy how? the speech-to-text is fine
Noor: the part after. transcript -> POS order. it puts the mango lassi as a modifier on the naan, drops "no onion", invents combos
Ben: we send the whole menu plus the combo rules in the prompt, it's like 7k tokens
Noor: and it's slow. customers wait 3 to 5 seconds after they stop talking. the POS integration wants the order JSON back in 400 ms
Ben: how many orders are we planning for?
Noor: 120 stores by autumn. at that point ~600k orders a month
Ben: at 7k tokens a call...
Noor: finance already flagged it. the bill for 9 stores is $3,900 a month
Ben: do we have ground truth?
Noor: yes, every order the crew corrected on the screen is logged with the final POS ticket. ~12,000 corrected transcript/ticket pairs since March
Ben: how often does the menu change?
Noor: core menu is national and changes twice a year. limited-time items are 2-3 SKUs we can pass in per store
Ben: accuracy now?
Noor: 83% of orders need no correction. franchise agreement target is 95%
""", "fine_tune",
 "Stable, high-volume transcript-to-JSON with 12k corrected pairs; long prompt is too slow and costly, plateaued at 83% vs 95%.",
 {"task_kind": ("extraction", "transcript -> POS order"),
  "strict_format": (True, "the order JSON"),
  "latency_ms": (400, "in 400 ms"),
  "prompt_tokens": (7000, "it's like 7k tokens"),
  "monthly_volume": (600000, "~600k orders a month"),
  "monthly_bill_usd": (3900, "$3,900 a month"),
  "labelled_examples": (12000, "~12,000 corrected transcript/ticket pairs"),
  "prompting_falls_short": (True, "83% of orders need no correction"),
  "accuracy_target": (95, "target is 95%"),
  "stage": ("production", "live in 9 stores"),
  "task_changes_often": (False, "changes twice a year"),
 }, ext="txt")

add("restaurant-staff-emails-es", r"""
Hola, I am Marisol, I manage the three restaurants of Grupo Tasca in Valencia and Madrid.

Every week I must to write emails to the staff: the schedule of the shifts, reminders of the hygiene training, the news of the menu, sometimes a warning because the terrace was not clean. I write them in Spanish and also in English, because we have staff from many countries. This takes me maybe two hours every Monday.

I want something where I give the points and it writes the email nice and clear, in the two languages. I read it always before to send, of course.

Is maybe 6 or 8 emails in a week. We don't have any budget for an IT project, only I can pay a normal subscription. My nephew says I need to "train an AI with my emails", but I have not saved them, they are in my phone mixed with everything.

What is the best way to start?
""", "prompt",
 "A handful of bilingual staff emails a week, owner reviews each, no saved examples and no budget.",
 {"task_kind": ("generation", "it writes the email nice and clear"),
  "monthly_volume": (30, "maybe 6 or 8 emails in a week"),
  "human_review": (True, "I read it always before to send"),
  "budget": ("none", "We don't have any budget for an IT project"),
  "labelled_examples": (0, "I have not saved them"),
 })

add("water-mains-job-briefing-workflow", r"""
Current workflow: pre-job briefing for mains repairs (Network Maintenance, Eastvale Water)

1. Dispatch creates a job when a burst or leak is reported.
2. The crew lead phones the depot office to ask about the pipe: material, age, previous repairs on that stretch, known access issues, whether it is asbestos cement.
3. Office staff search three systems: GIS asset records, the work-order history (about 140,000 closed work orders since 2009, with free-text crew notes) and scanned as-built drawings.
4. They read back what they find. This takes 10-25 minutes per call, and at night there is nobody in the office.

New work orders close every day, so the history grows all the time.

The AI part: the crew lead asks on a tablet "what do we know about the main outside 14 Fenwick Rd?" and gets a summary of the relevant records, each with a link to the work order or drawing so the crew can open it. About 900 jobs a month. Asbestos flags are safety-critical.
""", "rag",
 "Answers must come from 140k private work orders growing daily, with links back to each record; safety-critical.",
 {"task_kind": ("question_answering", "what do we know about the main outside 14 Fenwick Rd?"),
  "corpus_size": (140000, "about 140,000 closed work orders"),
  "knowledge_change_days": (1, "New work orders close every day"),
  "needs_citations": (True, "each with a link to the work order or drawing"),
  "needs_external_knowledge": (True, "the work-order history"),
  "monthly_volume": (900, "About 900 jobs a month"),
  "stakes": ("high", "Asbestos flags are safety-critical"),
 })

add("fab-pcn-parameter-extraction-rfp", r"""
REQUEST FOR PROPOSAL: PCN-to-MES Parameter Extraction
Issued by: Process Integration, Ostrava 300mm Fab

Background
Each engineering change to a process recipe is documented as a Process Change Notice (PCN): a 2-10 page Word document with tables, free text and notation such as "SiN dep 450C->435C, NH3:SiH4 8:1, t_dep 62s ±2, Rs target 48 Ω/□". Process integration engineers copy every changed parameter into the MES change form (a fixed 34-field structure), which then drives recipe release.

Volume and history
About 1,500 PCNs a year, yielding ~9,000 parameter changes. Since 2020 we have ~7,500 PCNs with the final, approved MES change forms linked to them.

Results so far
A six-week internal trial with a hosted model and an elaborate prompt (system prompt ~6,000 tokens, 15 worked examples) extracted 88% of fields correctly, but it regularly misread unit notation and tolerance syntax. Our acceptance criterion is 99% field accuracy: a wrong parameter released to a tool can scrap a lot worth €200k or more.

Constraints
Everything runs on premises; no PCN content may leave the fab network or be used to train a supplier's models. The MES form structure is frozen until 2027.

Budget
Allocated for FY25.

Deliverables
Approach, data preparation plan, evaluation method, hardware sizing.
""", "fine_tune",
 "Narrow, frozen 34-field extraction of specialised notation with 7,500 approved pairs; prompting plateaued at 88% vs 99%.",
 {"task_kind": ("extraction", "copy every changed parameter into the MES change form"),
  "monthly_volume": (125, "About 1,500 PCNs a year"),
  "labelled_examples": (7500, "~7,500 PCNs with the final, approved MES change forms"),
  "prompt_tokens": (6000, "system prompt ~6,000 tokens"),
  "prompting_falls_short": (True, "extracted 88% of fields correctly"),
  "accuracy_target": (99, "99% field accuracy"),
  "stakes": ("high", "can scrap a lot worth €200k or more"),
  "strict_format": (True, "a fixed 34-field structure"),
  "domain_jargon": (True, "notation such as"),
  "constraints": (["on_prem", "no_vendor_training"], "no PCN content may leave the fab network or be used to train a supplier's models"),
  "task_changes_often": (False, "frozen until 2027"),
  "budget": ("available", "Allocated for FY25"),
 })

add("transit-gtfs-check-scripts-chat", r"""
Aisha (Planning Data, Riverton Transit): I keep hand-writing Python to sanity-check the GTFS feed before we publish
Tom (IT): what kind of checks?
Aisha: stop_times out of order, trips without a shape, calendar_dates clashes. every service change I write a new little script
Tom: how often?
Aisha: service changes are quarterly, but I end up writing maybe 10 scripts a month, ad hoc
Tom: and you want a model to write them?
Aisha: draft them. I'll read and run them on the test feed anyway
Tom: do you have the old scripts?
Aisha: a folder of maybe 30, messy
Tom: have you tried the coding assistant in the IDE? we have licences
Aisha: not for this. I assumed it wouldn't know GTFS
Tom: GTFS is a public spec, it's been around since 2006, it's all over GitHub
Aisha: fair. so what would you do first?
""", "prompt",
 "Low-volume code drafting on a public spec, author runs every script; untried with the existing assistant.",
 {"task_kind": ("code", "hand-writing Python to sanity-check the GTFS feed"),
  "monthly_volume": (10, "maybe 10 scripts a month"),
  "human_review": (True, "I'll read and run them on the test feed anyway"),
  "needs_external_knowledge": (False, "GTFS is a public spec"),
 }, ext="txt")
