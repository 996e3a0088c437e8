from helper import add

add("hosp-discharge-letter-memo", """
MEMO - Clinical Informatics, St Aldhelm's General Hospital
To: Deputy Director of Nursing; cc: Digital Board
Re: Discharge letters - what we propose to look at first

Background you can skip: the hospital moved to the current EPR in 2019 after a procurement that took nearly three years, and the discharge module has been patched four times since. The 2021 audit found that 31% of discharge letters reached the GP more than 48 hours after the patient left, and the ward clerks raised workload in the last two rounds of negotiation. None of that changes with this project, and the EPR replacement (2027 at the earliest) is out of scope.

What we want: junior doctors write a discharge letter for the GP from the inpatient notes. We would like a model to draft the letter (summary of the admission, medication changes, follow-up) from the notes; the doctor edits and signs every draft before it is sent. The notes are dense with abbreviations - TTO, NBM, AKI stage 2, "for r/v in OPD" - but the letter itself is plain prose.

Where we are: nothing built, and we have not tried any model on this yet. We do not have a curated set of good letters; the letters in the EPR vary wildly in quality and nobody has time to pick the good ones this year. The GP liaison group wants to change the letter headings after the spring forum, so the template is not settled.

Volume for the trial: cardiology and respiratory only, roughly 350 discharges a month.

Risk: a wrong medication line can harm a patient, which is why sign-off stays.

Data: patient notes stay in our UK tenancy and no vendor may train on them.
""", "prompt", [], "Untried, low-volume summarisation with no curated examples, changing template and full human sign-off: start with prompting.",
{"task_kind": ("summarisation", "summary of the admission"),
 "monthly_volume": (350, "roughly 350 discharges a month"),
 "labelled_examples": (0, "We do not have a curated set of good letters"),
 "stage": ("prototype", "nothing built"),
 "human_review": (True, "the doctor edits and signs every draft"),
 "domain_jargon": (True, "dense with abbreviations"),
 "task_changes_often": (True, "the template is not settled"),
 "stakes": ("high", "a wrong medication line can harm a patient"),
 "constraints": (["personal_data", "no_vendor_training"], "no vendor may train on them"),
})

add("airline-baggage-claims-form", """
vendor_evaluation_form: AI-2024-017
requesting_unit: Customer Relations / Baggage Services, NorthSky Airways
q1_use_case: >
  sort incoming delayed / damaged / pilfered baggage claims into one of 14 claim
  types so each lands in the right handling queue
q2_current_process: manual triage, 6 agents, ~1.1M claims a year
q3_tried_off_the_shelf_model: yes - hosted LLM, 2-page instruction + 40 worked examples in the prompt
q4_results: 81% agreement with agents on a 3,000-claim holdout. target is 94%. adding examples past ~30 stopped helping
q5_data_available: 38,500 claims labelled by agents 2022-2024
q6_category_stability: categories unchanged since 2021
q7_knowledge_sources_needed: none - the claim text has everything
q8_latency: answer within 2 s (runs in the claim-submit flow)
q9_budget: approved, Q3 capex line
q10_data_residency: EU passengers, data must stay in EU region
""", "fine_tune", [], "Stable narrow classification, tens of thousands of labels, prompting plateaued well under target at high volume.",
{"task_kind": ("classification", "sort incoming delayed / damaged / pilfered baggage claims"),
 "monthly_volume": (91667, "~1.1M claims a year"),
 "labelled_examples": (38500, "38,500 claims labelled by agents"),
 "prompting_falls_short": (True, "81% agreement with agents"),
 "accuracy_target": (94, "target is 94%"),
 "task_changes_often": (False, "categories unchanged since 2021"),
 "needs_external_knowledge": (False, "none - the claim text has everything"),
 "latency_ms": (2000, "answer within 2 s"),
 "budget": ("available", "approved, Q3 capex line"),
 "constraints": (["eu_residency", "personal_data"], "EU passengers, data must stay in EU region"),
}, ext="yaml")

add("realestate-listing-packs-phone", """
hey quick one. agents keep txting me stuff like "does 14 harbour st allow pets" or "whats the body corp levy on unit 6" and i go dig it out of the listing pack. we've got like 4k active listing packs (pdfs, strata docs, building reports) and they change every day - new listings, price drops, withdrawn ones. want a whatsapp bot that answers from the packs and sends the link to the pdf page so they can show the buyer. boss asked if we should just train a model on all the pdfs lol. maybe 200 qs a day across 60 agents
""", "rag", [], "Answers come from thousands of private documents that change daily and must link to the source page.",
{"task_kind": ("question_answering", "answers from the packs"),
 "corpus_size": (4000, "like 4k active listing packs"),
 "knowledge_change_days": (1, "they change every day"),
 "needs_citations": (True, "sends the link to the pdf page"),
 "needs_external_knowledge": (True, "dig it out of the listing pack"),
 "monthly_volume": (6000, "maybe 200 qs a day"),
})

add("mining-sop-assistant-shortlist", """
Digital day - idea shortlist (Yarrabee and Coolgardie sites)

We brainstormed five candidates:
1. Auto-classify hazard reports from the field app (about 900 a month). Parked - the safety team wants to redesign the categories first.
2. Pull assay values out of lab PDFs. Parked - the lab moves to a LIMS with an API next year and the PDFs disappear.
3. Shift handover summaries. Nice to have, later.
4. An "ask the SOP" assistant for supervisors and new operators.
5. Translating toolbox talks into Tagalog and Hindi. Small, can be done by hand.

We picked #4.

Detail: the two sites hold around 1,800 controlled documents - SOPs, JHAs, isolation procedures, TARPs - in the document control system. Roughly a tenth are revised each quarter, and a superseded revision must never be quoted. Every answer has to give the document number and revision, because the shift boss or an auditor will check it. A wrong isolation step can kill someone. The procedures are site-specific, so general knowledge is no use. The text is full of site jargon (LOTO, TARP, bogging, scaling). We expect maybe 3,000 questions a month once both sites are live. We have no question/answer pairs.
""", "rag", [], "Site-specific controlled documents revised quarterly, answers must cite document and revision, high stakes.",
{"task_kind": ("question_answering", "\"ask the SOP\" assistant"),
 "corpus_size": (1800, "around 1,800 controlled documents"),
 "knowledge_change_days": (90, "revised each quarter"),
 "needs_citations": (True, "Every answer has to give the document number and revision"),
 "stakes": ("high", "A wrong isolation step can kill someone"),
 "needs_external_knowledge": (True, "The procedures are site-specific"),
 "domain_jargon": (True, "full of site jargon"),
 "monthly_volume": (3000, "maybe 3,000 questions a month"),
 "labelled_examples": (0, "We have no question/answer pairs"),
})

add("recruit-cv-parsing-questionnaire", """
Supplier questionnaire - Section B: Use case (Talentbridge Recruitment Group)

B1. Task: parse CVs into our candidate schema (JSON, 42 fields, fixed enum values for seniority, notice period, right-to-work).
B2. Volume: 8k-9k CVs per day, all brands.
B3. Current solution: hosted API model, 3,800-token prompt (schema + rules + 6 examples). Works most of the time; 7% of outputs fail schema validation and enums drift ("Snr" vs "Senior").
B4. Cost today: approx. $0.021 per CV. Finance wants it lower.
B5. Latency: p95 currently 6.5 s; ATS import needs under 2 s.
B6. Examples available: 12,000 CVs with hand-corrected JSON from our data-quality team (2023).
B7. Schema stable? Yes, frozen until 2026.
B8. Personal data? Yes (GDPR). EU hosting required.
B9. Human review: spot-check of 1% only.
""", "fine_tune", [], "Production extraction at very high volume with a strict schema, a long costly prompt, latency gap and 12k corrected examples.",
{"task_kind": ("extraction", "parse CVs into our candidate schema"),
 "monthly_volume": (255000, "8k-9k CVs per day"),
 "strict_format": (True, "JSON, 42 fields, fixed enum values"),
 "prompt_tokens": (3800, "3,800-token prompt"),
 "prompting_falls_short": (True, "7% of outputs fail schema validation"),
 "cost_per_call_usd": (0.021, "$0.021 per CV"),
 "latency_ms": (2000, "ATS import needs under 2 s"),
 "labelled_examples": (12000, "12,000 CVs with hand-corrected JSON"),
 "task_changes_often": (False, "frozen until 2026"),
 "constraints": (["personal_data", "eu_residency"], "EU hosting required"),
 "human_review": (False, "spot-check of 1% only"),
 "stage": ("production", "Current solution: hosted API model"),
})

add("library-event-blurbs-phone", """
hi!! ok so im the only comms person for 9 branches lol. every month i write blurbs for like 40 events (story time, tax help, lego club, seniors tech cafe) for the newsletter + fb. want ai to draft them from the event form the branch sends me. old blurbs are buried in mailchimp somewhere, never sorted them. tone just friendly, nothing fancy. havent tried anything yet - is chatgpt enough or do we need something custom?? budget is basically zero
""", "prompt", [], "Tiny-volume copy drafting, untried, no budget and no curated examples.",
{"task_kind": ("generation", "draft them from the event form"),
 "monthly_volume": (40, "like 40 events"),
 "budget": ("none", "budget is basically zero"),
})

add("pharmacy-formulary-finetune-memo", """
From: Head of Pharmacy Informatics, Westmere Pharmacy Group
Subject: Proposal - fine-tuning a model on our formulary

Some context first. Westmere was formed in 2016 from the merger of Harlow Chemists and the Dunmore co-op, and we now run 62 stores. The dispensing platform was replaced in 2022; the old one is still read-only for audit. The board has asked every department for an "AI initiative" before year end, which is partly why I am writing this now. The loyalty app team is doing something separate with recommendations; this memo is not about that.

The idea: pharmacists and technicians ask questions all day - "is this on formulary for the regional insurer", "what's the substitution rule for brand X", "which strength do we stock". Today they search the intranet. The answers live in the group formulary (about 5,200 product monographs and 140 insurer rule sheets). The formulary committee publishes changes every week, and insurers change their sheets with little warning.

I'd suggest we fine-tune a model on the full formulary so it "knows" our products. A vendor quoted about $18k for a training run.

Requirements from the superintendent pharmacist: every answer must quote the monograph section and its effective date. A wrong substitution is a patient-safety incident and a regulatory one. Roughly 15,000 queries a month across the stores. We have no curated question/answer pairs.
""", "rag", [], "Requested fine-tuning, but the gap is weekly-changing private knowledge with mandatory quoting of sources.",
{"task_kind": ("question_answering", "pharmacists and technicians ask questions all day"),
 "corpus_size": (5340, "about 5,200 product monographs and 140 insurer rule sheets"),
 "knowledge_change_days": (7, "publishes changes every week"),
 "needs_citations": (True, "every answer must quote the monograph section and its effective date"),
 "needs_external_knowledge": (True, "The answers live in the group formulary"),
 "stakes": ("high", "A wrong substitution is a patient-safety incident"),
 "monthly_volume": (15000, "Roughly 15,000 queries a month"),
 "labelled_examples": (0, "We have no curated question/answer pairs"),
})

add("airport-notam-bulletins", """
Subject: NOTAM -> ground ops bulletin, can we automate?

Our duty officers at the 11 airports in the group turn every incoming NOTAM into a ground-ops bulletin in the fixed template (WHAT / WHERE / FROM-TO local time / IMPACT ON STANDS-TAXIWAYS / ACTION). NOTAMs look like "A1234/24 NOTAMN Q) EGTT/QMRLC/IV/NBO/A/000/999 A) EGLL B) 2406010100 C) 2406010500 E) RWY 09L/27R CLSD DUE WIP" - Q-codes, UTC date-time groups, contractions. About 400 NOTAMs a day across the group.

We tried a general model with a long prompt and the ICAO contraction list pasted in. It gets the gist but misreads Q-codes and converts times wrongly; on 500 recent NOTAMs the duty officers rated 74% of bulletins usable as-is. We need 98% before anyone stops checking by hand.

We have 6,500 NOTAM/bulletin pairs written by duty officers over the last three years, and the bulletin template has not changed in that time.
""", "fine_tune", [], "Specialised notation, fixed template, thousands of pairs and a clear prompting plateau.",
{"task_kind": ("transformation", "turn every incoming NOTAM into a ground-ops bulletin"),
 "strict_format": (True, "in the fixed template"),
 "domain_jargon": (True, "Q-codes, UTC date-time groups, contractions"),
 "monthly_volume": (12000, "About 400 NOTAMs a day"),
 "prompting_falls_short": (True, "misreads Q-codes and converts times wrongly"),
 "accuracy_target": (98, "We need 98%"),
 "labelled_examples": (6500, "6,500 NOTAM/bulletin pairs"),
 "task_changes_often": (False, "the bulletin template has not changed"),
})

add("hosp-rota-sql-phone", """
me again. can an llm write the sql for our nurse rota reports? like "how many agency shifts on ward 7 last month" or "bank vs agency hours by division". its just me + one other analyst, managers send maybe 20 questions a week. schema is 12 tables, i can paste it in. we'd check every query before running it obv. not tried anything yet
""", "prompt", [], "Low-volume text-to-SQL over a small schema that fits in a prompt, with every query checked.",
{"task_kind": ("code", "write the sql"),
 "monthly_volume": (87, "maybe 20 questions a week"),
 "human_review": (True, "we'd check every query before running it"),
})

add("recruit-job-ads-house-voice", """
Marketing squad - options review, Harbour & Vale Recruitment

Three candidates came out of the planning session: (a) a candidate-matching score, which the data team says needs a cleaner ATS first; (b) auto-replies to LinkedIn messages, which legal is nervous about; (c) drafting job ads in the Harbour & Vale voice. We are going with (c).

The voice is specific: second person, salary in the first line, no superlatives, 180-220 words, always the same three-line sign-off. Consultants write about 15,000 ads a month across our desks and every ad is reviewed by the consultant before posting. The brand team has 2,400 ads they approved as on-voice over the last two years.

We tried a hosted model with the full style guide in the prompt (about 2,100 tokens). The brand team still rejected 38% of drafts for voice - superlatives creep back, salary moves down, sign-off changes. Rewording the guide has not moved the number in two months of trying. The voice itself has been stable since the 2021 rebrand.
""", "fine_tune", [], "Stable house voice that prompting cannot hold, thousands of approved examples and high volume.",
{"task_kind": ("generation", "drafting job ads in the Harbour & Vale voice"),
 "consistent_style": (True, "The voice is specific"),
 "monthly_volume": (15000, "about 15,000 ads a month"),
 "human_review": (True, "every ad is reviewed by the consultant before posting"),
 "labelled_examples": (2400, "2,400 ads they approved"),
 "prompt_tokens": (2100, "about 2,100 tokens"),
 "prompting_falls_short": (True, "rejected 38% of drafts for voice"),
 "task_changes_often": (False, "stable since the 2021 rebrand"),
})
