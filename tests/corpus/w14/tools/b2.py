from helper import add

add("airline-refund-routing", """
**AI vendor evaluation - intake form** (Skyline Regional Airlines, Customer Care)

1. Use case: route inbound refund / complaint emails to one of 9 queues (refund-cash, refund-voucher, eu261-compensation, disruption-rebook, baggage, accessibility, loyalty, agent-conduct, other).
2. Volume: ~70k emails/month, peaks x3 in disruption weeks.
3. Current state: keyword rules, about 61% land in the right queue first time. Misroutes cost a re-handle (avg 6 min of agent time).
4. LLM pilot: hosted model, queue definitions + 25 examples in the prompt. 77% on the February sample. More prompt tweaking since has gained ~1 point.
5. Target: 92% first-time-right.
6. Queue definitions: unchanged since 2022, no plans to change.
7. Training data: see attached helpdesk export (tickets.csv) - final queue after any re-route, signed off by team leads.
8. Latency: not critical; a few minutes is fine.
9. External knowledge needed: no, the email itself decides the queue.
10. Data: passenger PII in messages.
""", "fine_tune", [], "Stable 9-way routing at ~70k/month; prompting plateaued at 77% vs 92%; the export holds 2,400 checked labels.",
{"task_kind": ("classification", "route inbound refund / complaint emails to one of 9 queues"),
 "monthly_volume": (70000, "~70k emails/month"),
 "prompting_falls_short": (True, "More prompt tweaking since has gained ~1 point"),
 "accuracy_target": (92, "Target: 92% first-time-right"),
 "task_changes_often": (False, "unchanged since 2022"),
 "labelled_examples": (2400, "data:tickets.csv"),
 "needs_external_knowledge": (False, "the email itself decides the queue"),
 "stage": ("pilot", "LLM pilot"),
 "constraints": (["personal_data"], "passenger PII in messages"),
}, folder=True)

add("library-askalibrarian-chats", """
hey, so our ask-a-librarian chat (the little widget on the website) gets maybe 600 chats a month and the 4 of us who staff it are stretched. i exported every transcript the widget kept - chats.jsonl attached. my manager says we should fine-tune a bot on our chats so it "sounds like us". is that enough to train on?? the answers are mostly the same stuff over and over tbh. we'd want it live on evenings when nobody's on. not tried any ai yet. council IT says no patron data leaves australia
""", "prompt", [], "The export has only 45 short, generic chats: too few to train on, and the answers fit in a prompt with a short FAQ.",
{"task_kind": ("question_answering", "ask-a-librarian chat"),
 "monthly_volume": (600, "maybe 600 chats a month"),
 "labelled_examples": (45, "data:chats.jsonl"),
 "constraints": (["personal_data"], "no patron data leaves australia"),
}, folder=True)

add("hosp-ipc-policy-questions", """
Riverside University Hospitals - Infection Prevention & Control
Request to the Digital Innovation Fund

The IPC nurse team (5.6 WTE) takes 50-70 calls and bleeps a day from wards asking things like "does a patient with C. diff need a side room", "which mask for suspected measles", "when can we reopen bay 3". Most answers are in our policies, but staff cannot find the right section quickly at 3 a.m.

We would like an assistant on the intranet that answers from our current IPC policies only, and quotes the policy number, section and version so the nurse can check it. Our library holds about 140 IPC policies and SOPs. A sample of the documents is attached so you can see the format and their revision histories.

Our assumption has been that the content is fairly static - the governance framework says every policy is reviewed at least every three years. Answers must never come from an old version; giving outdated isolation advice could spread an outbreak.

No question/answer pairs exist. We have not trialled any tool.
""", "rag", [], "Answers must come from current, versioned private policies with citations; the attached revision histories show roughly monthly changes, not three-yearly.",
{"task_kind": ("question_answering", "an assistant on the intranet that answers from our current IPC policies"),
 "monthly_volume": (1800, "50-70 calls and bleeps a day"),
 "corpus_size": (140, "about 140 IPC policies and SOPs"),
 "knowledge_change_days": (30, "data:IPC-014_isolation_precautions.md"),
 "needs_citations": (True, "quotes the policy number, section and version"),
 "needs_external_knowledge": (True, "answers from our current IPC policies only"),
 "stakes": ("high", "giving outdated isolation advice could spread an outbreak"),
 "labelled_examples": (0, "No question/answer pairs exist"),
}, folder=True)

add("library-catalogue-agent", """
Project note - Eastvale Public Libraries, digital services

We want a chat assistant on the catalogue website that can do things for patrons, not only talk: search the catalogue, check which branch has a copy on the shelf, place a hold, renew loans and tell someone what they owe. All of this is already exposed by our library system's REST API (search, availability, holds, loans, fines - five endpoints, documented in a 14-page PDF).

It is a prototype for now; the board wants to see a demo at the March meeting. Expected use if it goes live: maybe a few thousand conversations a month, we honestly don't know. Patrons sign in with their card, so the API only returns their own loans.

There is no "knowledge base" to speak of - the catalogue is live data behind the API. We have no example conversations. The list of actions will probably grow (room bookings, museum passes) as we learn what people ask for.
""", "prompt", [], "Prototype tool-using agent over a small documented API with evolving actions and no data: prompting with function definitions.",
{"task_kind": ("tool_use", "search the catalogue, check which branch has a copy on the shelf, place a hold"),
 "stage": ("prototype", "It is a prototype for now"),
 "labelled_examples": (0, "We have no example conversations"),
 "task_changes_often": (True, "The list of actions will probably grow"),
 "constraints": (["personal_data"], "the API only returns their own loans"),
})

add("airline-ops-manual-qa", """
Flight Ops Engineering - request for proposal, section 2 (answers)

2.1 Problem: pilots and dispatchers need fast answers from our operations manuals (OM-A, OM-B per fleet, OM-C route/aerodrome, MEL) - e.g. "crosswind limit for the A321neo on a contaminated runway", "MEL item 21-52 dispatch conditions".
2.2 Corpus: ~9,500 pages across 23 manuals; a temporary revision or full revision lands most weeks.
2.3 Answer requirements: must cite manual, chapter, and revision number; crews are trained to verify against the source.
2.4 Users: ~1,100 pilots + 60 dispatchers, EFB and dispatch desk.
2.5 Wrong answers: potential safety event - regulator will ask how the tool was validated.
2.6 Format: answer + citation, no special format.
2.7 Offline: EFB use in flight must work with no connection (cached content acceptable).
2.8 Q/A examples: none.
""", "rag", [], "Large, weekly-revised private manuals with mandatory citation and high stakes.",
{"task_kind": ("question_answering", "fast answers from our operations manuals"),
 "corpus_size": (23, "across 23 manuals"),
 "knowledge_change_days": (7, "lands most weeks"),
 "needs_citations": (True, "must cite manual, chapter, and revision number"),
 "needs_external_knowledge": (True, "answers from our operations manuals"),
 "stakes": ("high", "potential safety event"),
 "labelled_examples": (0, "Q/A examples: none"),
 "domain_jargon": (True, "MEL item 21-52 dispatch conditions"),
})

add("mining-drill-log-extraction", """
Geology data team - proposal

Our drillers and logging geologists record core intervals in a shorthand nobody outside the team reads easily: "HQ 45.2-48.7 BX FeOx mod, qtz vn 2cm @60 TCA, RQD 35". Every interval must end up as a row in the geological database (from, to, lithology code, alteration, intensity, veining, structure angle, RQD) using our 60-odd lithology codes and fixed enums.

Volume: about 30,000 logged intervals a month across four rigs. Today two data clerks key them in.

We tried a general model with the code list and field rules in a 4,500-token prompt. On 400 intervals, 68% came out with every field right; it confuses BX (breccia) with box numbers and drops the angle. We need at least 95% field-level accuracy before the clerks move to review-by-exception.

We have ten years of logs that were keyed by the clerks - about 210,000 interval/row pairs, QA'd by the database geologist. The codes changed once, in 2019; we would only use data after that (roughly 120,000 pairs).
""", "fine_tune", [], "Specialised notation into a strict schema, high volume, prompting plateaued, >100k clean pairs.",
{"task_kind": ("extraction", "Every interval must end up as a row in the geological database"),
 "domain_jargon": (True, "a shorthand nobody outside the team reads easily"),
 "strict_format": (True, "fixed enums"),
 "monthly_volume": (30000, "about 30,000 logged intervals a month"),
 "prompt_tokens": (4500, "4,500-token prompt"),
 "prompting_falls_short": (True, "68% came out with every field right"),
 "accuracy_target": (95, "at least 95% field-level accuracy"),
 "labelled_examples": (120000, "roughly 120,000 pairs"),
 "task_changes_often": (False, "The codes changed once, in 2019"),
})

add("realestate-vendor-feedback-oneoff", """
Quick brief from the sales director, Coastline Realty

We're reviewing how our open homes went last year before the spring campaign. The agents typed buyer feedback into the CRM after every open home - about 2,600 notes over 2023, each a few lines ("loved the kitchen, worried about road noise, price too high vs no. 22"). I want one pass over the lot: group the main themes per suburb, what buyers liked and objected to, and how often price came up. This is a one-time job for the board pack in three weeks; we won't repeat it.

Nobody has labelled anything. Names of buyers should be stripped before anything goes outside the CRM. Accuracy doesn't need to be perfect - it's directional.
""", "prompt", [], "One-off thematic summarisation of a few thousand short notes, no labels, low stakes.",
{"task_kind": ("summarisation", "group the main themes per suburb"),
 "stage": ("one_off", "This is a one-time job"),
 "labelled_examples": (0, "Nobody has labelled anything"),
 "stakes": ("low", "Accuracy doesn't need to be perfect - it's directional"),
 "constraints": (["personal_data"], "Names of buyers should be stripped"),
})

add("recruit-right-to-work-qa", """
can we get something that answers consultant q's on right to work + visa rules?? we place in uk, ireland, netherlands, uae and singapore and the rules keep moving - uk changed share codes twice this year, NL changed the highly skilled migrant salary thresholds in jan. consultants ask like 30-40 a day. compliance says any answer has to link the gov page or our internal guidance note it came from, otherwise they wont sign off. we have ~85 guidance notes on sharepoint. if its wrong we place someone illegally = fines per worker. someone suggested fine-tuning on the guidance notes, not sure thats right
""", "rag", [], "Changing multi-country regulatory knowledge, mandatory source links, high stakes; fine-tuning would not keep it current.",
{"task_kind": ("question_answering", "answers consultant q's on right to work + visa rules"),
 "monthly_volume": (1050, "like 30-40 a day"),
 "needs_citations": (True, "any answer has to link the gov page or our internal guidance note"),
 "corpus_size": (85, "~85 guidance notes"),
 "needs_external_knowledge": (True, "the rules keep moving"),
 "stakes": ("high", "fines per worker"),
})

add("hosp-radiology-procedure-coding", """
MEMO
From: Clinical Coding Manager
To: Finance & Informatics Steering Group

A little history, since several of you are new: coding moved from the records department to finance in 2018, we lost three coders to the private sector in 2022, and the backlog peaked at 11 weeks last winter. Agency coders cost us roughly twice a permanent coder.

Proposal: automatically assign OPCS-4 procedure codes (and the laterality and contrast modifiers) to radiology reports. Imaging reports are about 45,000 a month. The code set for imaging is a stable subset - around 300 codes - that changes only with the annual OPCS release, and those releases rarely touch imaging.

We ran a hosted model with the code list and coding rules in the prompt. Exact match with coders was 79%, and it stayed at 78-80% across five rounds of prompt changes. Audit requires 95%.

Data: coders have coded every imaging report since 2020 - about 2.1 million report/code pairs, audited on a 2% sample at 97% accuracy. Reports contain patient identifiers; the model must run in our own data centre.
""", "fine_tune", ["rag+fine_tune"], "Stable narrow coding task with millions of labels and a clear prompting plateau; on-prem.",
{"task_kind": ("classification", "assign OPCS-4 procedure codes"),
 "monthly_volume": (45000, "about 45,000 a month"),
 "task_changes_often": (False, "changes only with the annual OPCS release"),
 "prompting_falls_short": (True, "it stayed at 78-80% across five rounds of prompt changes"),
 "accuracy_target": (95, "Audit requires 95%"),
 "labelled_examples": (2100000, "about 2.1 million report/code pairs"),
 "domain_jargon": (True, "OPCS-4 procedure codes"),
 "constraints": (["on_prem", "personal_data"], "the model must run in our own data centre"),
})

add("mining-toolbox-talk-translation", """
hi all - safety coordinator here (nickel op, about 400 on site). we do a toolbox talk every morning and the written handout is english only. about a third of the contractor crew are more comfortable in tagalog or hindi. want to translate the handouts, it's 1-2 pages, maybe 25 a month. my supervisors who speak both will read every translation before it goes out. i tried pasting one into a chatbot last week and the tagalog one was fine according to ramon, hindi one had a couple of odd words for "isolation" and "exclusion zone". no budget line for this, just want to know if that's good enough to keep doing
""", "prompt", [], "Tiny-volume translation with bilingual review; prompting already mostly works and a glossary in the prompt fixes the terms.",
{"task_kind": ("translation", "want to translate the handouts"),
 "monthly_volume": (25, "maybe 25 a month"),
 "human_review": (True, "will read every translation before it goes out"),
 "prompting_falls_short": (False, "the tagalog one was fine"),
 "budget": ("none", "no budget line for this"),
})
