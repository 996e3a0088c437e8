from helper import add

add("recruit-candidate-pool-search", """
Memo to: Regional Directors, Northgate Staffing
From: Head of Delivery

Background, briefly: we have grown by acquisition (Pinnacle Nursing 2019, TechBench 2021, the Leeds office of Axon in 2023), and each brought its own candidate database. They were merged into one Bullhorn instance last year, which is why search is so uneven and why the duplicate clean-up is still running. The rebrand is a separate workstream.

The ask: consultants want to type "band 6 theatre nurses within 20 miles of Wakefield, available in March, NMC pin verified" and get a shortlist with a link to each candidate record and the CV passage that matches. The pool is about 140,000 candidate records plus their CVs and consultant notes; about 2,000 records are added or updated every day.

Two hard rules from legal: a branch may only see candidates it is entitled to under the data-sharing agreement, and when a candidate asks to be forgotten their record must disappear from results the same day. Candidate data is personal data under UK GDPR.

Volume is perhaps 6,000 searches a month. We have no labelled search results.
""", "rag", [], "Search over a large, daily-changing, permissioned personal-data pool with deletion rights and links to records.",
{"task_kind": ("question_answering", "get a shortlist with a link to each candidate record"),
 "corpus_size": (140000, "about 140,000 candidate records"),
 "knowledge_change_days": (1, "added or updated every day"),
 "needs_citations": (True, "a link to each candidate record and the CV passage that matches"),
 "needs_external_knowledge": (True, "The pool is about 140,000 candidate records"),
 "monthly_volume": (6000, "perhaps 6,000 searches a month"),
 "labelled_examples": (0, "We have no labelled search results"),
 "constraints": (["personal_data"], "Candidate data is personal data under UK GDPR"),
})

add("airline-call-notes-crm", """
**Contact centre AI - evaluation form** (Aurelia Air)

- Task: after each call, write the CRM note from the call transcript. Fixed six fields: REASON / BOOKING REF / ACTIONS TAKEN / PROMISES MADE / FOLLOW-UP OWNER / SENTIMENT (1-5). No free chat.
- Volume: 1.2M calls/month (3 hubs, 1,900 agents).
- Today: pilot with a hosted model, prompt is ~2,900 tokens (field rules, 5 examples). Each note costs about 1.4 cents; the pilot bill was $4,100 for 300k calls.
- Problems: "PROMISES MADE" often missed or invented; fields merge on long calls; QA passes 84% of notes, need 96%.
- Data: QA team has 30,000 notes they rewrote to gold standard during the pilot.
- Note format: mandated by the complaints regulator audit, no changes planned.
- Latency: note must be ready before the agent's wrap-up timer ends (45 s).
""", "fine_tune", [], "Huge volume, strict six-field format the prompt cannot hold, 30k gold notes, cost of a long prompt.",
{"task_kind": ("summarisation", "write the CRM note from the call transcript"),
 "strict_format": (True, "Fixed six fields"),
 "monthly_volume": (1200000, "1.2M calls/month"),
 "prompt_tokens": (2900, "~2,900 tokens"),
 "cost_per_call_usd": (0.014, "about 1.4 cents"),
 "prompting_falls_short": (True, "QA passes 84% of notes"),
 "accuracy_target": (96, "need 96%"),
 "labelled_examples": (30000, "30,000 notes they rewrote to gold standard"),
 "task_changes_often": (False, "no changes planned"),
 "latency_ms": (45000, "45 s"),
 "stage": ("pilot", "pilot with a hosted model"),
})

add("library-marc-record-drafting", """
MEMO - Technical Services, Tri-County Library Consortium

Some context. The consortium was founded in 1987 by three county systems; we moved from Dynix to Sierra in 2009 and to a shared Koha instance in 2021. Copy cataloguing covers most new titles, but self-published, local-interest and community-language materials arrive with no usable record, and the original cataloguing backlog is about 9,000 items. Staffing went from seven cataloguers to four after the 2020 budget.

Proposal: from a photo/scan of the title page and verso, draft a full MARC 21 bibliographic record (leader, 008, 020, 100/245/264/300, 336-338, 6XX subjects) that a cataloguer then checks and saves. We expect 1,500-2,000 such items a month once the backlog is cleared.

We tried two hosted models with our local cataloguing policy (an 18-page document) and 10 example records in the prompt. Records look plausible, but fixed fields and indicators are frequently wrong, subfield order is off, and the 008 is wrong in over half the tests - cataloguers said fixing them took as long as starting fresh.

We can export every original record our cataloguers created since 2012 with its scanned title page: about 61,000 pairs. RDA and our local policy have been stable since 2016.
""", "fine_tune", [], "Strict specialised record format that prompting cannot produce correctly, stable rules and 61k pairs.",
{"task_kind": ("extraction", "draft a full MARC 21 bibliographic record"),
 "strict_format": (True, "fixed fields and indicators"),
 "domain_jargon": (True, "leader, 008, 020, 100/245/264/300"),
 "monthly_volume": (1750, "1,500-2,000 such items a month"),
 "prompting_falls_short": (True, "fixing them took as long as starting fresh"),
 "labelled_examples": (61000, "about 61,000 pairs"),
 "task_changes_often": (False, "stable since 2016"),
 "human_review": (True, "a cataloguer then checks and saves"),
})

add("airport-lost-property-phone", """
lost property desk at T2 here. ppl fill a web form "lost black backpack near gate 14, has a laptop + blue water bottle" and we log found items the same messy way. want ai to turn each description into fields (item type, colour, brand, contents, where, when) so we can match them. like 60-80 forms a day and similar for found items. we dont have any cleaned examples, the old log is a spreadsheet nobody trusts. the fields might change once we see what works. just trying it on a laptop first
""", "prompt", [], "Prototype extraction at modest volume with no clean data and fields still changing.",
{"task_kind": ("extraction", "turn each description into fields"),
 "monthly_volume": (2100, "like 60-80 forms a day"),
 "labelled_examples": (0, "we dont have any cleaned examples"),
 "task_changes_often": (True, "the fields might change"),
 "stage": ("prototype", "just trying it on a laptop first"),
})

add("hosp-mdt-summary-options", """
Oncology directorate - AI working group notes

Candidates discussed:
1. Coding MDT outcomes for the cancer registry - registry team says their new system does this from structured fields next year. Dropped.
2. Patient-facing chatbot for chemo side effects - clinical safety concerns, not now.
3. Drafting the MDT outcome summary from the coordinator's typed meeting notes: patient, question asked, discussion, agreed plan, actions with owners.

Going with 3 as a trial in the breast and colorectal MDTs - about 90 patients discussed a week between them. The consultant chairing the MDT reads and approves every summary before it goes to the GP and into the record. The notes use a lot of shorthand (T2N1M0, ER+/HER2-, "for neoadj then r/v").

We have not tried a model. There are no "gold" summaries - the current ones are just the coordinator's notes pasted in. The headings are expected to change after the network's template consultation in the autumn. Data must stay on the trust's own servers.
""", "prompt", [], "Untried summarisation trial, full consultant sign-off, no gold data, template about to change.",
{"task_kind": ("summarisation", "Drafting the MDT outcome summary"),
 "monthly_volume": (390, "about 90 patients discussed a week"),
 "human_review": (True, "reads and approves every summary"),
 "domain_jargon": (True, "T2N1M0, ER+/HER2-"),
 "labelled_examples": (0, "There are no \"gold\" summaries"),
 "task_changes_often": (True, "The headings are expected to change"),
 "stage": ("pilot", "as a trial"),
 "constraints": (["on_prem", "personal_data"], "Data must stay on the trust's own servers"),
})

add("mining-permit-conditions", """
request: Environmental compliance assistant
business_unit: Environment & Approvals, Redhill Iron Ore
users: site environmental advisers (12), mine planners, the GM when a regulator calls
question_examples:
  - "what's our dust deposition trigger at the northern boundary monitor?"
  - "can we clear vegetation in block 7 before the fauna survey report is accepted?"
documents: 14 operating licences and clearing permits, each with amendments (~230 documents incl. amendment notices and ministerial statements)
change_frequency: amendments arrive every couple of months; a few conditions change per year
citation_needed: yes - condition number, permit number, amendment date
consequence_of_error: breach of licence, stop-work, prosecution
volume: low, maybe 10-20 questions a day
existing_qa_pairs: none
general_model_test: answered with generic Australian rules, not our conditions
""", "rag", [], "Answers hinge on the company's own permit conditions and amendments, must cite condition and amendment; high stakes.",
{"task_kind": ("question_answering", "Environmental compliance assistant"),
 "corpus_size": (230, "~230 documents"),
 "knowledge_change_days": (60, "amendments arrive every couple of months"),
 "needs_citations": (True, "condition number, permit number, amendment date"),
 "needs_external_knowledge": (True, "not our conditions"),
 "stakes": ("high", "breach of licence, stop-work, prosecution"),
 "monthly_volume": (450, "maybe 10-20 questions a day"),
 "labelled_examples": (0, "existing_qa_pairs: none"),
 "prompting_falls_short": (True, "answered with generic Australian rules"),
}, ext="yaml")

add("recruit-max-sms-persona", """
so we text candidates as "Max from Quickshift" - shift offers, reminders, "are you still ok for tmrw 6am?", chasing timesheets. ~400k texts a month to 38k temps. Max has a very specific way of talking: first name, max 160 chars, one emoji max, always ends with "Reply YES/NO" when theres a question, never says "unfortunately". we tried the persona rules in the system prompt (its long, ~1,500 tokens) and its fine in testing but live it breaks the 160 limit about 1 in 8 and the tone goes corporate. we have ~3,000 texts the ops team hand-wrote and flagged as perfect max. the rules havent changed since we launched him in 2022. cost matters at this volume
""", "fine_tune", [], "Stable persona and length limit the prompt cannot hold at very high volume, 3k approved examples.",
{"task_kind": ("generation", "shift offers, reminders"),
 "monthly_volume": (400000, "~400k texts a month"),
 "consistent_style": (True, "Max has a very specific way of talking"),
 "strict_format": (True, "max 160 chars"),
 "prompt_tokens": (1500, "~1,500 tokens"),
 "prompting_falls_short": (True, "breaks the 160 limit about 1 in 8"),
 "labelled_examples": (3000, "~3,000 texts the ops team hand-wrote"),
 "task_changes_often": (False, "the rules havent changed since we launched him in 2022"),
})

add("pharmacy-shortage-alternatives-phone", """
pharmacist at a 9-store group. shortages are killing us - every morning theres new supplier notices + the govt shortage list updates + serious shortage protocols come and go. want to ask "amoxicillin 250/5 out, what can i give and is there an SSP" and get an answer from todays notices with the notice link so i can show the prescriber. we get like 30 shortage q's a day across the stores. chatgpt has no idea about this week obviously. it's not life or death usually but sometimes it is (epilepsy meds)
""", "rag", [], "Answers depend on daily-changing shortage notices and must link them.",
{"task_kind": ("question_answering", "get an answer from todays notices"),
 "knowledge_change_days": (1, "every morning theres new supplier notices"),
 "needs_citations": (True, "with the notice link"),
 "needs_external_knowledge": (True, "chatgpt has no idea about this week"),
 "monthly_volume": (900, "like 30 shortage q's a day"),
})

add("realestate-enquiry-sorting", """
Hi team - update on the enquiry sorter for Bayview Estates.

Recap: portal and website enquiries (about 300 a month) get sorted into buyer / renter / vendor-appraisal / other so the right person calls back. Since May we've been running it on a hosted model with a short prompt (four category descriptions and six examples, under 400 tokens). On the 250 enquiries we checked by hand in August it was right 96% of the time; the office manager's bar was 90%. The two misses were both vague "tell me more" messages nobody could have sorted.

Question from the director: now that it works, should we invest in a custom-trained model or hook it up to the listings database? The categories are not changing. Budget is tight this year. I'd like a recommendation.
""", "prompt", [], "Prompting already beats the bar at low volume with a short prompt; nothing forces a change.",
{"task_kind": ("classification", "get sorted into buyer / renter / vendor-appraisal / other"),
 "monthly_volume": (300, "about 300 a month"),
 "prompting_falls_short": (False, "it was right 96% of the time"),
 "accuracy_target": (90, "the office manager's bar was 90%"),
 "prompt_tokens": (400, "under 400 tokens"),
 "task_changes_often": (False, "The categories are not changing"),
 "budget": ("limited", "Budget is tight this year"),
 "stage": ("production", "we've been running it on a hosted model"),
 "needs_external_knowledge": (False, "hook it up to the listings database"),
})

add("hosp-referral-urgency-triage", """
MEMO - Outpatients Transformation Programme, Calderbrook Hospitals
Re: GP referral triage - proposal for phase 2

Context, for the record: phase 1 (2022-23) digitised referrals through the e-Referral Service and removed fax, which cut lost referrals to near zero. The outpatient building works finish next spring and are unrelated to this. Consultant triage time has been raised at the last three job-planning rounds.

Phase 2 proposal: suggest the urgency pathway (two-week-wait suspected cancer / urgent / routine / advice-and-guidance only / reject-redirect) and the sub-specialty clinic for each GP referral letter, so the consultant confirms rather than reads from scratch. Every suggestion is confirmed by a consultant.

About 16,000 referrals a month across 11 specialties. In a test run, a hosted model with each specialty's triage criteria in the prompt matched consultants 79% of the time; prompt revisions over six weeks moved it by two points. Clinical governance has set 95% agreement on two-week-wait decisions as the bar.

Consultants have triaged every e-referral since 2022: about 310,000 letters with their final pathway and clinic. Triage criteria are reviewed annually and changed little in the last review. Referral letters are patient-identifiable and must not leave the trust's cloud tenancy; no vendor training on them.
""", "fine_tune", [], "Stable high-volume classification with 310k consultant labels and a prompting plateau far below the bar.",
{"task_kind": ("classification", "suggest the urgency pathway"),
 "human_review": (True, "Every suggestion is confirmed by a consultant"),
 "monthly_volume": (16000, "About 16,000 referrals a month"),
 "prompting_falls_short": (True, "prompt revisions over six weeks moved it by two points"),
 "accuracy_target": (95, "95% agreement"),
 "labelled_examples": (310000, "about 310,000 letters with their final pathway"),
 "task_changes_often": (False, "changed little in the last review"),
 "stakes": ("high", "two-week-wait suspected cancer"),
 "constraints": (["personal_data", "no_vendor_training"], "no vendor training on them"),
})
