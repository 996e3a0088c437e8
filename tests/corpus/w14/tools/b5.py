from helper import add

add("airline-fare-rules-agents", """
**Reservations support - vendor evaluation (Meridian Atlantic)**

- What: call-centre agents ask "can this ticket be changed free?", "is the no-show fee waived for a medical reason?", "does YLOWUK allow a stopover in Reykjavik?"
- Sources: fare rules (ATPCO categories 1-35) for ~1,400 fare families, plus internal waiver and commercial policy bulletins.
- Change: pricing loads new or amended fares several times a week; waivers are issued during every disruption.
- Answer must show: the rule category and bulletin number it came from - supervisors audit agent decisions.
- Jargon: fare basis codes, cat 16 penalties, "RBD", "NUC" - agents speak it, the model must read it.
- Volume: approx. 90,000 agent questions per month.
- Data: 4,000 past agent questions with supervisor answers (2022-23); many of those answers are now out of date.
- Wrong answer: revenue leakage or a refused refund that becomes a complaint.
- Already tried: a chatbot with fare rule text pasted per question - works for one fare, cannot hold the whole set.
""", "rag", ["rag+fine_tune"], "Knowledge gap dominates: a large, several-times-weekly-changing rules base with mandatory citation; the old Q&A pairs are stale.",
{"task_kind": ("question_answering", "call-centre agents ask"),
 "corpus_size": (1400, "~1,400 fare families"),
 "knowledge_change_days": (2, "several times a week"),
 "needs_citations": (True, "the rule category and bulletin number it came from"),
 "needs_external_knowledge": (True, "internal waiver and commercial policy bulletins"),
 "domain_jargon": (True, "fare basis codes, cat 16 penalties"),
 "monthly_volume": (90000, "approx. 90,000 agent questions per month"),
 "labelled_examples": (4000, "4,000 past agent questions with supervisor answers"),
 "stakes": ("medium", "revenue leakage or a refused refund that becomes a complaint"),
})

add("mining-esg-report-draft", """
MEMO - Sustainability, Ironbark Resources

For readers outside the team: Ironbark has published a sustainability report since 2011, moved to GRI in 2016 and added TCFD disclosures in 2021. The report went from 48 pages to 136 in that time. The board audit committee signs it off; external assurance covers selected indicators only.

This year we want help with a first draft of the narrative sections - water stewardship, community investment, closure planning, workforce - from the data tables and the site managers' dot-point updates, which we will paste in. We will write the final text ourselves; the draft is only to get past the blank page. It is a once-a-year exercise, about 25 sections, and this is the first time we've tried it with AI. The GRI structure and the section list are given by the framework, and last year's report is public if a model needs to see the tone.

No data leaves our Microsoft tenancy.
""", "prompt", [], "Once-a-year drafting of ~25 sections from supplied inputs, fully rewritten by staff; nothing to train or retrieve at scale.",
{"task_kind": ("generation", "a first draft of the narrative sections"),
 "stage": ("one_off", "It is a once-a-year exercise"),
 "monthly_volume": (2, "about 25 sections"),
 "human_review": (True, "We will write the final text ourselves"),
})

add("recruit-skill-taxonomy-mapping", """
Data team request - Apex Workforce Solutions

Every job order and candidate profile carries free-text skills ("react.js", "Reactjs", "front end (react)", "SAP FICO S4", "forklift LF licence"). We map them to our internal skills taxonomy (2,300 codes, 4 levels) so matching and reporting work. About 600,000 skill strings arrive a month.

Current approach: a hosted model with the taxonomy in the prompt - it only fits when we split it by sector, so the prompt is still around 9,000 tokens, costs us roughly $7,500 a month and takes 5-8 seconds per batch. Top-1 accuracy is 86% against our data stewards; target is 95%. More examples in the prompt did not help.

We have 110,000 skill strings mapped and checked by data stewards since 2021. The taxonomy is revised once a year (a few dozen codes added). No hard latency need, but the bill is the problem.
""", "fine_tune", ["rag+fine_tune"], "High-volume stable mapping with 110k checked pairs; long prompt costs and plateaued accuracy.",
{"task_kind": ("classification", "We map them to our internal skills taxonomy"),
 "monthly_volume": (600000, "About 600,000 skill strings arrive a month"),
 "prompt_tokens": (9000, "around 9,000 tokens"),
 "monthly_bill_usd": (7500, "roughly $7,500 a month"),
 "prompting_falls_short": (True, "More examples in the prompt did not help"),
 "accuracy_target": (95, "target is 95%"),
 "labelled_examples": (110000, "110,000 skill strings mapped and checked"),
 "task_changes_often": (False, "The taxonomy is revised once a year"),
 "domain_jargon": (True, "SAP FICO S4"),
})

add("library-staff-handbook-phone", """
hiya, HR + ops at a city library service (22 branches, ~380 staff). staff ring/email us constantly - "how many days carers leave do i get", "whats the procedure if a patron is aggressive", "lone working rules for the mobile library". its all in our intranet: staff handbook, ~250 procedures + HR policies + union agreements. problem: some stuff is managers-only (disciplinary procedure, pay bands) and must NOT show to frontline staff. procedures get updated monthly-ish. want answers w a link to the doc. maybe 40 questions a day? never tried ai here
""", "rag", [], "Private intranet content with role-based permissions, monthly updates and links required.",
{"task_kind": ("question_answering", "want answers w a link to the doc"),
 "corpus_size": (250, "~250 procedures"),
 "knowledge_change_days": (30, "procedures get updated monthly-ish"),
 "needs_citations": (True, "w a link to the doc"),
 "needs_external_knowledge": (True, "its all in our intranet"),
 "monthly_volume": (1200, "maybe 40 questions a day"),
 "constraints": (["personal_data"], "pay bands"),
})

add("pharmacy-review-tagging-options", """
Customer experience - AI options (CareWay Pharmacies)

We looked at three things this quarter:
- A prescription-ready SMS bot. Our PMR vendor is shipping one next year, so we dropped it.
- Summaries of complaints for the monthly board pack. Nice, but only ~40 complaints a month - the team can keep doing it.
- Tagging Google and app reviews by topic (waiting time, staff attitude, stock, price, app bugs) and sentiment so store managers see trends.

We are doing the review tagging. It's roughly 500 reviews a month across 48 stores. Nothing is labelled, and the topic list is a first guess - regional managers keep suggesting new ones. Nobody has tried a model yet. Getting a tag wrong just blurs a chart; nobody acts on a single review.
""", "prompt", [], "Low-volume tagging with no labels and a changing topic list, low stakes, untried.",
{"task_kind": ("classification", "Tagging Google and app reviews by topic"),
 "monthly_volume": (500, "roughly 500 reviews a month"),
 "labelled_examples": (0, "Nothing is labelled"),
 "task_changes_often": (True, "regional managers keep suggesting new ones"),
 "stakes": ("low", "Getting a tag wrong just blurs a chart"),
})

add("airport-ramp-defect-handheld", """
ramp ops engineer at a regional airport group. our ground handlers log GSE defects on rugged handhelds - "tug 14 hyd leak LH rear, brakes spongy" - and it has to become a defect category + severity (no-go / restrict / monitor) instantly so the vehicle gets locked out in the fleet system. problem: the handhelds are offline most of the shift (apron wifi is awful, and security wont allow them on the internet at all). so it has to run on the device, answer in under 300ms. tried a small open model on the device with the category list in the prompt - 62% right, and the long prompt makes it slow. we have ~5,200 defect reports already categorised by our maintenance controllers. categories fixed by the GSE maintenance standard. about 250 reports a day across 6 airports
""", "fine_tune", [], "Offline on-device classification with a tight latency budget; a small model needs training on the 5,200 labelled reports.",
{"task_kind": ("classification", "a defect category + severity"),
 "constraints": (["air_gapped"], "security wont allow them on the internet at all"),
 "latency_ms": (300, "under 300ms"),
 "prompting_falls_short": (True, "62% right"),
 "labelled_examples": (5200, "~5,200 defect reports already categorised"),
 "task_changes_often": (False, "categories fixed by the GSE maintenance standard"),
 "monthly_volume": (7500, "about 250 reports a day"),
 "domain_jargon": (True, "tug 14 hyd leak LH rear"),
})

add("hosp-appointment-letter-translation", """
Patient Access team - update and question

Since January we've used a hosted model to translate outpatient appointment letters into Polish, Urdu, Punjabi, Romanian, Arabic and Portuguese. The letters come from 30 fixed templates with the appointment details filled in; we give the model the letter, a glossary of 60 terms (clinic names, "please bring a urine sample", "nil by mouth") and the instruction to keep dates and times unchanged. About 1,200 letters a month.

Interpreters audited 300 letters in June: 98% needed no changes, and the rest were minor word choices. The audit bar was 95%. A bilingual staff member still spot-checks a sample each week.

Question from the Digital Board: should we now build something more custom (train our own model, or connect it to the hospital knowledge base)? The templates are stable and the budget is small. Letters include patient names and addresses and stay in our UK tenancy.
""", "prompt", [], "Prompting with a glossary already exceeds the audited bar at modest volume; no reason to change.",
{"task_kind": ("translation", "translate outpatient appointment letters"),
 "monthly_volume": (1200, "About 1,200 letters a month"),
 "prompting_falls_short": (False, "98% needed no changes"),
 "accuracy_target": (95, "The audit bar was 95%"),
 "task_changes_often": (False, "The templates are stable"),
 "budget": ("limited", "the budget is small"),
 "stage": ("production", "Since January we've used a hosted model"),
 "human_review": (False, "spot-checks a sample each week"),
 "constraints": (["personal_data"], "Letters include patient names and addresses"),
})

add("realestate-market-reports-memo", """
MEMO - Research & Insights, Harcourt Lane Real Estate

Background (skip if you were at the offsite): the research desk was set up in 2015 with one analyst; it now has four and produces a weekly suburb report, a monthly rental report and quarterly commercial outlooks. Agents rarely read them end to end - open rates on the PDFs are under 12%. Separately, the CRM migration is slipping to Q2 and is not part of this.

Proposal: an assistant agents can ask "what's the median days-on-market for 3-bed houses in Eastwood this quarter?" or "how did auction clearance in the inner west compare to last month?", answered from our research reports. Each answer must cite the report and date, because agents quote these numbers to vendors and a stale figure undermines the appraisal. Roughly 1,900 reports are in the archive going back to 2015, and new ones arrive every week.

Maybe 2,500 questions a month across 14 offices. The reports use our own suburb groupings that don't match the public ABS regions, so public data won't do.
""", "rag", [], "Answers must come from a weekly-growing private report archive with citations and dates.",
{"task_kind": ("question_answering", "answered from our research reports"),
 "needs_citations": (True, "Each answer must cite the report and date"),
 "corpus_size": (1900, "Roughly 1,900 reports"),
 "knowledge_change_days": (7, "new ones arrive every week"),
 "needs_external_knowledge": (True, "public data won't do"),
 "monthly_volume": (2500, "Maybe 2,500 questions a month"),
})

add("mining-shift-handover-phone", """
underground mine, production superintendent. every shift (2 x 12h, 3 crews) the shift boss writes a handover log - heading status, bogging tonnes, faces charged/fired, ground support, broken gear. its full of shorthand ("1150 N drive - bog 3 buckets left, 2 x cable bolts short, LHD17 U/S brakes"). we want it turned into our standard handover sheet (fixed 9 sections, always in that order, red items on top). tried copilot with the template + a page of abbreviations: sections come out in the wrong order, it guesses at abbreviations and drops the red items about a third of the time. we've got ~4,000 past logs with the sheet the superintendent typed up from each one (since 2019, template hasn't changed). only ~60 sheets a week so volume isnt the issue, getting it right is
""", "fine_tune", ["prompt"], "Fixed template and site shorthand the prompt cannot handle; thousands of stable pairs. Volume is low, so a stronger prompt is a defensible first retry.",
{"task_kind": ("transformation", "turned into our standard handover sheet"),
 "domain_jargon": (True, "its full of shorthand"),
 "strict_format": (True, "fixed 9 sections, always in that order"),
 "prompting_falls_short": (True, "drops the red items about a third of the time"),
 "labelled_examples": (4000, "~4,000 past logs with the sheet"),
 "task_changes_often": (False, "template hasn't changed"),
 "monthly_volume": (260, "~60 sheets a week"),
})

add("airline-safety-report-summaries", """
Safety department, Westwind Regional - request

Crew and engineers file air safety reports (ASRs) - unstable approaches, TCAS RAs, bird strikes, cabin smoke. The safety office wants each one summarised into a short paragraph for the weekly safety review meeting, plus a suggested hazard tag. About 45 reports a week. A safety officer reads every report and edits the summary anyway; the summary just saves time.

The text is dense with aviation terms (ROD, GPWS "SINK RATE", QNH, go-around at DA). We've not tried a model yet, and the safety review format itself is being redesigned over the next two quarters, so what the summary should include is not settled. Reports are confidential under our just-culture policy and cannot go to a vendor that trains on them. There's no curated set of example summaries.
""", "prompt", [], "Low-volume summarisation with full human editing, an unsettled format and no examples; jargon alone doesn't justify training.",
{"task_kind": ("summarisation", "wants each one summarised into a short paragraph"),
 "monthly_volume": (195, "About 45 reports a week"),
 "human_review": (True, "A safety officer reads every report and edits the summary"),
 "domain_jargon": (True, "dense with aviation terms"),
 "task_changes_often": (True, "what the summary should include is not settled"),
 "constraints": (["no_vendor_training"], "cannot go to a vendor that trains on them"),
 "labelled_examples": (0, "There's no curated set of example summaries"),
})
