import sys; sys.path.insert(0, "/work/blind/w17/_tools")
from lib import add

add("fab-oem-manuals-assistant-rfp", r"""
RFP: Technical Documentation Assistant for Equipment Maintenance
Kaohsiung Advanced Packaging Site

1. Scope. Field service and equipment engineers need fast answers from OEM manuals during troubleshooting ("what is the interlock bypass procedure for the CMP slurry arm on tool family X?", "torque spec for the chamber lid bolts?").
2. Corpus. ~2,100 OEM manuals and service bulletins (PDF, many with scanned drawings), 30 to 1,500 pages each. OEMs issue new bulletins monthly through the supplier portals.
3. Answers must quote the manual section and page. Engineers will verify on the original before touching a tool.
4. The site network is physically isolated from the internet. Proposals must run entirely on local hardware.
5. Queries use heavy equipment jargon and part numbers.
6. Users: ~220 engineers, expected ~6,000 queries per month.
7. There is no existing question/answer dataset.
""", "rag",
 "Answers must come from 2,100 private manuals updated monthly, quoted by section and page, in an air-gapped site.",
 {"task_kind": ("question_answering", "need fast answers from OEM manuals"),
  "corpus_size": (2100, "~2,100 OEM manuals and service bulletins"),
  "knowledge_change_days": (30, "new bulletins monthly"),
  "needs_citations": (True, "Answers must quote the manual section and page"),
  "needs_external_knowledge": (True, "fast answers from OEM manuals"),
  "constraints": (["air_gapped"], "physically isolated from the internet"),
  "domain_jargon": (True, "heavy equipment jargon and part numbers"),
  "monthly_volume": (6000, "~6,000 queries per month"),
  "labelled_examples": (0, "There is no existing question/answer dataset"),
  "human_review": (True, "Engineers will verify on the original"),
 })

add("court-minute-orders-workflow", r"""
Drafting standard minute orders: Family Division, Marlow County Court

Today:
1. At the end of a hearing the judge dictates short bench notes ("cont 6 wks; temp cust to M, alt wkends F Fri 6pm-Sun 6pm; GAL appt'd; FCS referral; OSC re contempt vac.").
2. A courtroom clerk turns the notes into a minute order on the division's mandatory template: numbered findings, orders in the prescribed sequence, statutory citations in the division's format, and the prescribed boilerplate for service and next hearing.
3. The judge signs. About 1 in 6 orders comes back for template errors (paragraphs out of order, missing boilerplate), each costing a day.

Volume: ~3,200 minute orders a month across 11 judges.
Data: the clerks' office has kept every signed order together with the judge's dictated notes since 2019, ~140,000 pairs.
Tried: IT tested a prompt with the template and the style rules (about 9 pages of instructions). Clerks said the output looked right but broke the paragraph sequence or the boilerplate in about a third of orders.
The template was last revised in 2020 and the presiding judge does not intend to change it.
Every order is still signed by a judge, so a person sees everything.

Question: how do we get the template right reliably?
""", "fine_tune",
 "Strict fixed template that a 9-page prompt cannot hold (a third broken); 140k note/order pairs, stable template, 3,200/month.",
 {"task_kind": ("transformation", "turns the notes into a minute order"),
  "monthly_volume": (3200, "~3,200 minute orders a month"),
  "labelled_examples": (140000, "~140,000 pairs"),
  "prompting_falls_short": (True, "broke the paragraph sequence or the boilerplate in about a third of orders"),
  "strict_format": (True, "the division's mandatory template"),
  "task_changes_often": (False, "does not intend to change it"),
  "human_review": (True, "Every order is still signed by a judge"),
  "domain_jargon": (True, "cont 6 wks; temp cust to M"),
 })

add("ngo-donor-report-translation-zh", r"""
Hello, I am Zhang Min, program officer in a small NGO for refugee education, our office is in Amman.

Every month we must send reports to donors: to the French foundation in French, to the Gulf donor in Arabic. Our reports are written in English first, about 8-12 pages. In total we translate maybe 10 reports in one month. Now we pay a translation agency, but it is slow, two weeks.

My director asks: should we fine-tune a model for humanitarian words? Because donors are sensitive about terms, for example "out-of-school children", "learning centre", "caregivers" must be translated always the same way. We have a glossary of about 80 terms in three languages, made by our staff last year.

The old translations we don't have in good order, only some PDFs. Our colleague who speaks French and our colleague who speaks Arabic will check every report before sending.

Budget for this is very small. We want to begin next month.
""", "prompt",
 "Ten reports a month with an 80-term glossary that fits in a prompt, bilingual staff check every report, tiny budget.",
 {"task_kind": ("translation", "In total we translate maybe 10 reports in one month"),
  "monthly_volume": (10, "maybe 10 reports in one month"),
  "human_review": (True, "will check every report before sending"),
  "budget": ("limited", "Budget for this is very small"),
 })

add("hotel-group-hr-policy-zh", r"""
Request: HR policy assistant for our hotel staff (written by Wang Li, HR Shared Service Centre, Lotus Bay Hotels Asia)

Our group has 38 hotels in 9 countries. Staff always ask HR: how many days annual leave I have after 3 years, overtime rule on public holiday, maternity leave in Vietnam, uniform deduction is allowed or not. HR team is 12 people and receives about 4,000 questions each month by email and WeChat/Zalo/WhatsApp.

The answer depends on country labour law, the hotel's own employee handbook, and in some hotels the collective agreement with the union. We have about 600 policy documents in total, in English, Chinese, Thai and Vietnamese. Every year the law changes in January and many handbooks update also, and during the year there are circulars, almost every month something new.

Important: the answer must show which policy and which clause, because when staff dispute with their manager they show this. A wrong answer about salary can become a labour complaint.

Employee data cannot leave the region; we use a cloud in Singapore. Some colleagues think we should train a model with all policies. Please advise which way.
""", "rag",
 "Answers depend on ~600 country- and hotel-specific policies changing monthly, with clause citations.",
 {"task_kind": ("question_answering", "Staff always ask HR"),
  "monthly_volume": (4000, "about 4,000 questions each month"),
  "corpus_size": (600, "about 600 policy documents"),
  "knowledge_change_days": (30, "almost every month something new"),
  "needs_citations": (True, "must show which policy and which clause"),
  "needs_external_knowledge": (True, "the hotel's own employee handbook"),
  "constraints": (["personal_data"], "Employee data cannot leave the region"),
 })

add("hotel-agency-booking-emails-es", r"""
Hola, I write from Reservas Centrales of Hoteles Brisamar (14 hotels in Canarias and Baleares).

Our reservation team receives every day around 1,300 emails from travel agencies and tour operators with bookings, modifications and cancellations. For each email the agent must read it and put into the PMS: hotel, arrival, departure, room type, board (HB, FB, AI), pax adults/children with ages, rate code, voucher number. The emails come in Spanish, German, English, sometimes Italian, every tour operator writes in his own way, with abbreviations like "DBL SV HB 2+1 (7a)".

Last autumn we tried a general model with a long prompt of instructions (around 5,000 tokens) and it worked in 79% of emails without any correction. The target of the director is 95%, because a wrong booking means a family without room in August.

What we have: in the PMS every booking has the original email attached and the correction of the agent, so we can export more or less 9,000 good examples from last year, checked.

The cost of the tests was $0.03 per email. The fields of the PMS are always the same. The emails have personal data of guests and must stay in the EU.
""", "fine_tune",
 "Stable fixed-field extraction of abbreviation-heavy emails at ~39k/month; 9,000 checked pairs; prompting plateaued at 79% vs 95%.",
 {"task_kind": ("extraction", "put into the PMS"),
  "monthly_volume": (39000, "around 1,300 emails"),
  "prompt_tokens": (5000, "around 5,000 tokens"),
  "prompting_falls_short": (True, "it worked in 79% of emails"),
  "accuracy_target": (95, "The target of the director is 95%"),
  "stakes": ("high", "a family without room in August"),
  "labelled_examples": (9000, "more or less 9,000 good examples"),
  "cost_per_call_usd": (0.03, "$0.03 per email"),
  "strict_format": (True, "The fields of the PMS are always the same"),
  "task_changes_often": (False, "The fields of the PMS are always the same"),
  "domain_jargon": (True, "abbreviations like"),
  "constraints": (["personal_data", "eu_residency"], "have personal data of guests and must stay in the EU"),
 })

add("court-interpreter-booking-workflow", r"""
Interpreter scheduling: current process and an idea (Court Interpreter Services, 3rd Judicial District)

1. A courtroom clerk emails us when a case on tomorrow's calendar needs an interpreter (language, courtroom, time).
2. Our coordinator checks the roster spreadsheet for who is certified in that language and free.
3. She calls or texts the interpreter, books them in the scheduling system and replies to the clerk.
4. If nobody is free she contacts the state's remote interpreting pool.

About 60 requests a week. Spanish is 80% of them, then Vietnamese, Somali and ASL.

Idea: an assistant that reads the clerk's email, checks the roster and the scheduling system through their APIs, proposes a booking and sends it to the coordinator, who confirms with one click. The scheduling vendor only released its API this year; we'd like a small prototype this quarter to see whether it's usable.

We have no history of requests in a usable form. Procedures are still being rewritten after the merger of two district offices in January.
""", "prompt",
 "Low-volume tool-calling prototype with a human confirming each booking, no data and procedures still changing.",
 {"task_kind": ("tool_use", "checks the roster and the scheduling system through their APIs"),
  "monthly_volume": (260, "About 60 requests a week"),
  "stage": ("prototype", "a small prototype this quarter"),
  "human_review": (True, "who confirms with one click"),
  "labelled_examples": (0, "We have no history of requests in a usable form"),
  "task_changes_often": (True, "Procedures are still being rewritten"),
 })

add("agri-coop-member-contracts-chat", r"""
Hanna (Member Services, Prairie Seed & Grain Co-op): can we get a bot that answers members' contract questions?
Luis (IT): like what?
Hanna: "what's my delivery window on the canola contract", "what's the quality discount if protein is under 13", "can I roll my unpriced bushels to next year"
Luis: and those answers live in...
Hanna: each member's own production contracts and amendments. about 3,400 active contracts, plus the general terms that apply to everyone
Luis: so member A must never see member B's contract
Hanna: absolutely. pricing terms are confidential. if that leaks we lose members
Luis: how often does it change?
Hanna: new contracts and amendments every day in spring, general terms once a year
Luis: does it need to show the clause?
Hanna: yes, quote it. members will argue otherwise
Luis: volume?
Hanna: member services gets ~1,200 of these a month, mostly in spring
Luis: someone in marketing asked if we could "teach the AI our contracts"
Hanna: whatever works, as long as it keeps them private
""", "rag",
 "Answers come from 3,400 private, per-member contracts that change daily in season; needs quoted clauses and per-member access.",
 {"task_kind": ("question_answering", "answers members' contract questions"),
  "corpus_size": (3400, "about 3,400 active contracts"),
  "knowledge_change_days": (1, "every day in spring"),
  "needs_citations": (True, "yes, quote it"),
  "needs_external_knowledge": (True, "each member's own production contracts and amendments"),
  "monthly_volume": (1200, "~1,200 of these a month"),
 }, ext="txt")

add("agri-grain-receival-grading-notes", r"""
grain grading assist: notes after call with Quality (Dalby Grain Co-op), draft 2

- inspectors at 11 receival sites write sample notes: "H2 APW? screenings 6.2, FN 310, moist 11.8, blk pt 3%, snails 2/0.5L, sprung 4"
- office assigns the receival grade code (42 codes in the standard the co-op uses) + any price deductions
- volume: ~~40k~~ 85k loads in a normal harvest (Oct-Dec), so ~28k/month in season
- history: 5 harvests of notes + final grade after appeals, ~310k loads. Quality says labels after appeal are reliable
- the standard ~~changes every season~~ has had 2 small edits in 10 years
- tried: prompt with the full standard (22 pages) -> 68% exact grade; misreads the abbreviations. target 95% (appeals cost us)
- answer needed at the weighbridge while the driver waits: < 2 s
- budget: board approved ~~$20k~~ $45k for harvest tech
""", "fine_tune",
 "Stable 42-code grading of abbreviated notes; 310k appeal-checked labels; prompting at 68% vs 95%; latency and budget fit.",
 {"task_kind": ("classification", "assigns the receival grade code"),
  "monthly_volume": (28000, "~28k/month in season"),
  "labelled_examples": (310000, "~310k loads"),
  "task_changes_often": (False, "has had 2 small edits in 10 years"),
  "prompting_falls_short": (True, "68% exact grade"),
  "accuracy_target": (95, "target 95%"),
  "latency_ms": (2000, "< 2 s"),
  "domain_jargon": (True, "misreads the abbreviations"),
  "budget": ("available", "board approved"),
 })

add("agri-orchard-invoice-capture-notes", r"""
invoice capture, Valley Orchards Co-op (Kim)
- clerk keys supplier invoices into the ledger, ~~400~~ about 150 a month
- want: supplier, invoice no, date, lines, VAT, total -> ledger import CSV
- no labelled data
- fields still being decided by finance, will change
- clerk checks each entry before posting
- nothing tried yet
""", "prompt",
 "Low-volume extraction with no labelled data, a field list still in flux and a clerk checking each entry; untried.",
 {"task_kind": ("extraction", "supplier, invoice no, date, lines, VAT, total"),
  "monthly_volume": (150, "about 150 a month"),
  "labelled_examples": (0, "no labelled data"),
  "task_changes_often": (True, "will change"),
  "human_review": (True, "clerk checks each entry before posting"),
  "strict_format": (True, "ledger import CSV"),
 })

add("court-case-law-research-de", r"""
Subject: Assistant for research in case law, Higher Regional Court

Dear Sirs and Madams,

at our Oberlandesgericht the research assistants of the judges spend much time to search for earlier decisions: of our own senates, of the other Oberlandesgerichte and of the Bundesgerichtshof. Our database has ca. 230,000 decisions, and every working day come around 150 new ones in.

A colleague proposes that we fine-tune a language model on all decisions, so that it "knows the case law". I am sceptical. The assistant must give for every statement the file number (Aktenzeichen) and the paragraph (Randnummer), otherwise no judge can use it. A wrong or invented citation in a judgment would be a catastrophe for the court.

The data is partly not anonymised, therefore it must stay on the servers of the state judiciary IT (on-premise). We are ca. 25 research assistants, maybe 1,000 searches in the month.

Kind regards,
Dr. K. Vogel
""", "rag",
 "Answers must come from 230k decisions growing daily, each statement cited by file number and paragraph; on-prem personal data.",
 {"task_kind": ("research", "search for earlier decisions"),
  "corpus_size": (230000, "ca. 230,000 decisions"),
  "knowledge_change_days": (1, "every working day"),
  "needs_citations": (True, "must give for every statement the file number"),
  "needs_external_knowledge": (True, "Our database has ca. 230,000 decisions"),
  "stakes": ("high", "would be a catastrophe for the court"),
  "constraints": (["on_prem", "personal_data"], "The data is partly not anonymised, therefore it must stay on the servers of the state judiciary IT (on-premise)"),
  "monthly_volume": (1000, "maybe 1,000 searches in the month"),
 })
