from lib import add
C = []

C.append(dict(slug='parcel-liability-terms-rambling', label='rag', also=[],
reason='Liability answers depend on 45 country-specific terms documents and conventions that are revised quarterly, and agents must quote the clause.',
text="""
Morning. So, context dump before Thursday. Our customer care centre in Katowice has 160 agents on 3 shifts, we handle 14 countries, and since the peak of 2021 (when we did 1.1 million parcels on a single Monday, still a record) the damaged/lost parcel questions have become the biggest contact reason after "where is my parcel".

Customers and business senders ask: "how much do you pay for a lost parcel with a laptop inside?", "I didn't declare value, what's the maximum?", "is CMR liability or your own terms?". The answer depends on the country of the sender, the product (standard, express, pallet), whether extra cover was bought, and for road freight the CMR convention limits per kg. All this is spread over 45 documents: general terms per country, product sheets, the extra cover conditions, and an internal FAQ. Legal updates something in that set every quarter, and the extra-cover prices change with every new contract year.

Agents have to quote the clause to the customer, word for word, because a lot of these end in formal complaints and a paraphrase is a promise we may not be able to keep. Roughly 2,000 of these contacts a day, agents read the answer before replying.

Nobody has curated questions and answers; we only have the documents and 3 years of call recordings that legal says we can't use for training anyway.
""",
facts={
 'task_kind': ('question_answering', 'Customers and business senders ask'),
 'corpus_size': (45, 'spread over 45 documents'),
 'knowledge_change_days': (90, 'every quarter'),
 'needs_citations': (True, 'Agents have to quote the clause to the customer, word for word'),
 'needs_external_knowledge': (True, 'general terms per country'),
 'monthly_volume': (60000, 'Roughly 2,000 of these contacts a day'),
 'human_review': (True, 'agents read the answer before replying'),
 'labelled_examples': (0, 'Nobody has curated questions and answers'),
}))

C.append(dict(slug='claims-call-loss-coding-jira', label='fine_tune', also=[],
reason='Stable extraction of loss cause/peril codes from call transcripts at 80k/month with 35k coded examples; prompt plateaued below target.',
text="""
CLAIMS-7781 · Auto-populate loss description fields from FNOL call transcripts
Type: Story · Priority: High · Fix version: Q3

**Summary**
After each FNOL call the handler fills: peril code (38 values), cause-of-loss code (112 values), damaged items list, date/time of loss, location type. Codes come from the market-standard coding set we use for reinsurance bordereaux, so they cannot drift.

**Volume**: ~80,000 FNOL calls/month (transcribed by our speech platform).

**Experiments so far**
| attempt | prompt size | cause-of-loss accuracy |
|---|---|---|
| v1 zero-shot | 1.8k tokens | 61% |
| v2 + code descriptions | 7.5k tokens | 72% |
| v3 + 40 examples | 11k tokens | 74% |

Further prompt work is flat. Target is 90% on cause-of-loss; peril is already ~95%.

**Data**
~35,000 transcripts from 2023 with the codes as finally set by senior handlers during file review.

**Notes**
Output must match the `LossDescription` JSON schema used by the claims core. Handler confirms fields before submission.
""",
facts={
 'task_kind': ('extraction', 'Auto-populate loss description fields'),
 'monthly_volume': (80000, '~80,000 FNOL calls/month'),
 'labelled_examples': (35000, '~35,000 transcripts from 2023'),
 'prompting_falls_short': (True, 'Further prompt work is flat'),
 'prompt_tokens': (11000, '11k tokens'),
 'accuracy_target': (90, 'Target is 90% on cause-of-loss'),
 'strict_format': (True, 'Output must match the `LossDescription` JSON schema'),
 'task_changes_often': (False, 'so they cannot drift'),
 'human_review': (True, 'Handler confirms fields before submission'),
}))

C.append(dict(slug='legal-aid-advice-notes-search-slack', label='rag', also=[],
reason='Advisers want answers grounded in 20,000 private prior advice notes, added daily, with links to the notes; permissions apply.',
text="""
#advice-quality

**Joanna (Head of Advice)**: we have 20k+ advice notes from the last 8 years in the case system. every week someone re-researches a question a colleague already answered in 2019 🙃
**Kwame (data)**: so: ask a question, get "here's what we advised in similar cases" with links to the notes?
**Joanna**: exactly. and the adviser reads the notes themselves, nobody copies it blind
**Kwame**: notes are added every day, ~40 a day. they're client-confidential, and the immigration team's notes are restricted to that team
**Lucy (supervisor)**: important: the law changed on a bunch of these. the answer needs to show the date of each note so people see it's from before the 2022 changes
**Kwame**: no labelled anything. but the notes have tags for legal area
**Joanna**: volume would be small, maybe 100 searches a day across 60 advisers
**Lucy**: 👍 and it must not leave our tenant, GDPR + privilege
""",
facts={
 'task_kind': ('question_answering', 'ask a question, get "here\'s what we advised in similar cases"'),
 'corpus_size': (20000, 'we have 20k+ advice notes'),
 'knowledge_change_days': (1, 'notes are added every day'),
 'needs_citations': (True, 'with links to the notes'),
 'needs_external_knowledge': (True, "they're client-confidential"),
 'human_review': (True, 'the adviser reads the notes themselves'),
 'labelled_examples': (0, 'no labelled anything'),
 'monthly_volume': (3000, 'maybe 100 searches a day'),
 'constraints': (['personal_data'], 'GDPR + privilege'),
}))

C.append(dict(slug='shore-excursion-itinerary-gr', label='prompt', also=[],
reason='Low-volume itinerary drafts from supplied port data; early stage, content rules still evolving, staff review.',
text="""
Γεια σας, hello,

I work for a ground handling agency in Piraeus, we organise shore excursions for cruise ship passengers in Athens, Mykonos, Santorini, Rhodes and Crete. Cruise lines ask us for a proposed itinerary for each call: ship arrives 07:00 leaves 17:30, 2,400 passengers, how many coaches, which sites, lunch or no lunch. Our planners write a 1-2 page proposal.

We think an AI could make the first draft: we give it the ship schedule, the number of passengers, our list of sites with visiting times and coach capacities (it's one Excel, 60 rows). About 25 proposals per month, more in summer.

We only started to think about this. The cruise lines change what they want each season (this year all want "less crowded" and "sustainable") so the rules will change. Planner always checks before sending to the cruise line. We don't have old proposals organised, they are in emails.
""",
facts={
 'task_kind': ('generation', 'make the first draft'),
 'monthly_volume': (25, 'About 25 proposals per month'),
 'stage': ('prototype', 'We only started to think about this'),
 'task_changes_often': (True, 'the rules will change'),
 'human_review': (True, 'Planner always checks before sending'),
 'labelled_examples': (0, "We don't have old proposals organised"),
}))

C.append(dict(slug='field-tech-manuals-offline-vn', label='rag', also=[],
reason='Technicians need answers from ~8,000 vendor manuals and method statements, updated monthly, with page references, on offline devices.',
text="""
Dear all,

I am manager of field engineering for a telecom tower company in Vietnam, we have 1,100 field technicians who install and repair equipment at 18,000 tower sites: BTS cabinets, microwave links, rectifiers, batteries, generators from many vendors.

When a technician is on site (often no mobile data in mountain areas) they need to find the procedure: "Huawei RTN 950 alarm HARD_BAD, what to check?", "how to replace rectifier module in Eltek Flatpack2 without power off?". Now they call the NOC and wait.

We have around 8,000 documents: vendor manuals, our method statements, safety rules. Vendors release new firmware notes and we update method statements every month. The answer must show the document and page, because for safety the technician must follow the official procedure, not a summary. Working on live power equipment, mistakes can kill.

Important: the solution must work on the rugged tablet without internet, fully offline, because of the sites. Also our contracts with vendors say manuals cannot be sent to external AI services.

We have no question-answer data. Maybe 3,000 questions per week.
""",
facts={
 'task_kind': ('question_answering', 'they need to find the procedure'),
 'corpus_size': (8000, 'around 8,000 documents'),
 'knowledge_change_days': (30, 'we update method statements every month'),
 'needs_citations': (True, 'The answer must show the document and page'),
 'needs_external_knowledge': (True, 'vendor manuals, our method statements'),
 'stakes': ('high', 'mistakes can kill'),
 'constraints': (['air_gapped'], 'fully offline'),
 'labelled_examples': (0, 'We have no question-answer data'),
 'monthly_volume': (13000, 'Maybe 3,000 questions per week'),
 'domain_jargon': (True, 'alarm HARD_BAD'),
}))

C.append(dict(slug='sku-attribute-normalisation-rambling', label='fine_tune', also=[],
reason='2M product titles a month into a fixed attribute schema, 150k curated examples, prompt costs and errors too high; narrow stable task.',
text="""
OK, brain dump. We're the 3PL for about 90 e-commerce brands, 6 warehouses, 410,000 m² in total, and last Black Friday we shipped 1.9 million orders in 5 days with a 99.2% on-time rate, which I'm still proud of. None of that is the problem.

The problem is master data. Every time a brand onboards or launches products, we get supplier product titles like "NIKE AIR ZM PEG 40 M BLK/WHT 10.5 US" or "Bosch GSR12V-15 12V drill kit 2x2.0Ah L-Boxx" and our WMS needs them normalised into our attribute schema: brand, product type (from our 600-node taxonomy), size, colour, pack quantity, battery yes/no, hazmat class, dimensions if in the title. Slotting, packaging and dangerous-goods rules all hang off those attributes.

We process around 2 million titles a month, mostly re-syncs. We've been running it through a hosted model with a 4,000-token prompt since spring: it costs about $9,500 a month and gets the full attribute set right 83% of the time, and when it's wrong on hazmat (lithium batteries!) that's a shipping compliance problem. We need 97% with hazmat basically never wrong. Prompt tweaks over four months didn't move it.

We do have 150k titles that the master-data team corrected by hand, with the final attributes. The schema and taxonomy have been frozen since 2022. Latency doesn't matter, it's a nightly batch.
""",
facts={
 'task_kind': ('extraction', 'normalised into our attribute schema'),
 'monthly_volume': (2000000, 'around 2 million titles a month'),
 'prompt_tokens': (4000, '4,000-token prompt'),
 'monthly_bill_usd': (9500, 'about $9,500 a month'),
 'prompting_falls_short': (True, "Prompt tweaks over four months didn't move it"),
 'accuracy_target': (97, 'We need 97%'),
 'labelled_examples': (150000, '150k titles that the master-data team corrected'),
 'task_changes_often': (False, 'frozen since 2022'),
 'strict_format': (True, 'our attribute schema'),
 'domain_jargon': (True, 'NIKE AIR ZM PEG 40 M BLK/WHT 10.5 US'),
 'stage': ('production', 'since spring'),
}))

C.append(dict(slug='vet-visit-billing-categories-dk', label='prompt', also=[],
reason='Veterinary vocabulary, but the task is a 5-way billing classification at ~200 notes a month with review; no examples.',
text="""
Hej, I do the administration in a farm vet practice in Jutland. After each visit the vet dictates notes ("metritis post partum, ceftiofur 1 mg/kg, 3 days", "digital dermatitis grade M2") and I put the visit in one of 5 billing categories. About 200 visits per month. I want to try that AI suggests the category and I confirm. No old examples. Our IT supplier says vet language needs a special trained model, 40,000 DKK. Really, for 5 categories?
""",
facts={
 'task_kind': ('classification', 'one of 5 billing categories'),
 'monthly_volume': (200, 'About 200 visits per month'),
 'human_review': (True, 'I confirm'),
 'labelled_examples': (0, 'No old examples'),
 'domain_jargon': (True, 'digital dermatitis grade M2'),
 'stage': ('prototype', 'I want to try'),
}))

C.append(dict(slug='adjuster-manual-bot-teams-correction', label='rag', also=[],
reason='The team wants to train on the adjuster manual, but it is 2,000 documents (corrected from 200) changing weekly and audit needs references.',
text="""
[Teams | Claims Transformation]

Oliver P.: Proposal for the steering group: we fine-tune a model on the field adjuster manual so adjusters can ask it questions from their phone on site
Hanna J.: how big is "the manual"?
Oliver P.: about 200 documents
Hanna J.: hmm, I thought it was bigger
Oliver P.: sorry, correction: 200 is just the motor part. with property, liability and the regional addenda it's ~2,000 documents 😅
Rashid A.: and reserving guidance is updated weekly, Technical pushes a bulletin every Friday
Hanna J.: then a trained model is out of date by Monday. what do adjusters need from the answer?
Rashid A.: the section ref. audit checks that reserves follow the manual section in force that day
Oliver P.: fair. volume would be ~1,000 questions a week from 250 adjusters
Hanna J.: do we have Q&A pairs?
Oliver P.: none
Rashid A.: wrong reserve guidance on a big property loss is a six-figure mistake fwiw
""",
facts={
 'task_kind': ('question_answering', 'adjusters can ask it questions'),
 'corpus_size': (2000, "it's ~2,000 documents"),
 'knowledge_change_days': (7, 'reserving guidance is updated weekly'),
 'needs_citations': (True, 'the section ref'),
 'needs_external_knowledge': (True, 'the field adjuster manual'),
 'monthly_volume': (4300, '~1,000 questions a week'),
 'labelled_examples': (0, 'none'),
 'stakes': ('high', 'a six-figure mistake'),
}))

C.append(dict(slug='easy-read-judgments-legal-aid', label='fine_tune', also=[],
reason='Strict easy-read standard that prompting cannot hold (41% fail), stable rules, 3,200 human-made easy-read versions, ~2,000 a month.',
text="""
Project note: easy-read versions of decisions for clients

Our legal aid service sends clients an easy-read version of every decision in their case (tribunal decisions, benefit decisions, court orders). Many clients have learning disabilities or low literacy. The easy-read standard we follow is strict: sentences of 15 words or fewer, one idea per sentence, no passive voice, a fixed set of section headings ("What happened", "What the judge decided", "What you can do now", "Dates to remember"), and our own word list of ~400 plain replacements for legal terms.

Volume: around 2,000 decisions a month across our 12 offices.

We piloted a general model with the standard and the word list in the prompt (~6,000 tokens). Our easy-read checker (an automated test + a panel of 3 experts by experience) failed 41% of drafts: long sentences creep in, headings get renamed, and legal terms slip through untranslated. Four rounds of prompt changes got it from 48% to 41% fail.

The standard has not changed since 2020. We have 3,200 decisions with the easy-read version our specialist writers produced and the panel approved. Every draft would still be checked by a writer before it goes to the client.
""",
facts={
 'task_kind': ('transformation', 'an easy-read version of every decision'),
 'monthly_volume': (2000, 'around 2,000 decisions a month'),
 'strict_format': (True, 'a fixed set of section headings'),
 'consistent_style': (True, 'The easy-read standard we follow is strict'),
 'prompt_tokens': (6000, '~6,000 tokens'),
 'prompting_falls_short': (True, 'failed 41% of drafts'),
 'task_changes_often': (False, 'The standard has not changed since 2020'),
 'labelled_examples': (3200, '3,200 decisions with the easy-read version'),
 'human_review': (True, 'Every draft would still be checked by a writer'),
 'stage': ('pilot', 'We piloted a general model'),
}))

C.append(dict(slug='hotel-guest-message-intent-gh', label='fine_tune', also=[],
reason='1.2M messages a month, 150 ms budget, 80k labelled, stable 22 intents; prompt is too slow, costly and inaccurate.',
text="""
### Guest messaging: replace LLM intent step with something faster (#451)

**Context**
All guest messages (app chat, WhatsApp, SMS, OTA inbox) for our 340 hotels go through an intent step that picks one of 22 intents (late checkout, towels, restaurant booking, complaint-noise, invoice request, …) and routes to the right department's queue.

**Numbers**
- ~1.2M messages/month, 40+ languages.
- Routing must happen within 150 ms; currently ~1.8 s p95 with the hosted LLM, and housekeeping complains that requests arrive late at peak.
- Current prompt: 2,200 tokens (intent definitions + examples). Bill for this step alone: ~$7,800/month.
- Accuracy 86%. Target: 95%.

**Data**
80k messages labelled by the department that actually handled them (we log re-routes, so labels are post-correction). Intent list is locked by the PMS integration; last change was 2022.

Proposal: train a small multilingual classifier or tune a small model on the 80k. Thoughts?
""",
facts={
 'task_kind': ('classification', 'picks one of 22 intents'),
 'monthly_volume': (1200000, '~1.2M messages/month'),
 'latency_ms': (150, 'within 150 ms'),
 'prompt_tokens': (2200, '2,200 tokens'),
 'monthly_bill_usd': (7800, '~$7,800/month'),
 'accuracy_target': (95, 'Target: 95%'),
 'prompting_falls_short': (True, 'Accuracy 86%. Target: 95%.'),
 'labelled_examples': (80000, '80k messages labelled'),
 'task_changes_often': (False, 'Intent list is locked by the PMS integration'),
 'stage': ('production', 'currently ~1.8 s p95 with the hosted LLM'),
}))

add(C)
