from lib import add
C = []

C.append(dict(slug='warehouse-sop-assistant-teams', label='rag', also=[],
reason='Answers must come from ~900 site-specific SOPs that change weekly and must link the SOP; staff access differs per site.',
text="""
[Teams | #ops-excellence]

Grace O. (Ops Excellence): Morning all. Floor leads keep pinging me "what's the SOP for a damaged inbound pallet at Tilburg" etc. Can we get a bot in Teams that answers from the SOP library?
Ravi S. (IT): how big is the library now?
Grace O.: 14 sites, about 900 SOPs + work instructions total. each site has its own variants, e.g. Tilburg does returns differently from Leeds
Ravi S.: and how often do they change? if it's yearly we could do something simpler
Grace O.: I said quarterly at the steering meeting but I checked the change log: it's weekly, somewhere in the network something gets revised basically every week 😬
Marco B. (HSE): the bot MUST link the exact SOP version it used. if someone gets hurt on a forklift and the bot paraphrased an old revision, that's on us
Ravi S.: ok. also permissions? Leeds people shouldn't see the Tilburg union agreement annex
Grace O.: right, some docs are site-restricted
Marco B.: no Q&A examples exist btw, it's just the documents
Ravi S.: volume?
Grace O.: guessing 150 questions a day across all shifts, no idea really
""",
facts={
 'task_kind': ('question_answering', 'a bot in Teams that answers from the SOP library'),
 'corpus_size': (900, 'about 900 SOPs + work instructions total'),
 'knowledge_change_days': (7, "it's weekly"),
 'needs_citations': (True, 'the bot MUST link the exact SOP version it used'),
 'needs_external_knowledge': (True, 'each site has its own variants'),
 'stakes': ('high', 'if someone gets hurt on a forklift'),
 'labelled_examples': (0, 'no Q&A examples exist btw'),
 'monthly_volume': (4500, 'guessing 150 questions a day'),
}))

C.append(dict(slug='tourism-itinerary-translation-it', label='prompt', also=[],
reason='General translation at ~200 itineraries a month where the current prompt already works; glossary fits in the prompt.',
text="""
Buongiorno,

I am the product manager of a small tour operator in Florence (we do walking tours and wine tours in Chianti, 22 guides, 3 minibuses). Every itinerary we write in Italian and after we need it in English, German, French, Spanish, Dutch and Japanese for the website and for the PDF that the client receives.

Now we use a normal AI model with a prompt where we put our glossary (about 60 words, like the names of the wineries and "bistecca alla fiorentina" that must not be translated). We do around 200 itineraries in a month, in high season a bit more. The translations are good, our Japanese partner agency checked 20 and said only small things. A colleague reads every PDF before sending, because of the prices.

My boss read an article and ask me if we need to make our own model trained. For me it works already, but I want to be sure we are not missing something. We have old translations from the translation agency, maybe 1,500, if it helps.
""",
facts={
 'task_kind': ('translation', 'we need it in English, German, French, Spanish, Dutch and Japanese'),
 'monthly_volume': (200, 'around 200 itineraries in a month'),
 'prompting_falls_short': (False, 'The translations are good'),
 'human_review': (True, 'A colleague reads every PDF before sending'),
 'labelled_examples': (1500, 'maybe 1,500'),
 'stage': ('production', 'Now we use a normal AI model with a prompt'),
}))

C.append(dict(slug='travel-claims-doctor-letter-summary', label='prompt', also=[],
reason='Medical vocabulary but the task is a short general summary at ~160/month with handler review; nothing tried yet.',
text="""
Hi, I am team lead in travel insurance claims (medical expenses abroad). Our handlers receive doctor letters and hospital discharge reports from clients, often 3 to 8 pages, in English, Spanish, Thai, Greek. Many words like "acute appendicitis with peritonitis", "NSTEMI", "ORIF of distal radius".

What we want: the handler opens the claim and sees 3 bullet points on top: what happened, what treatment, when discharged. Nothing more. The handler still reads the full letter for the decision, the summary is only to save the first 5 minutes.

It is around 40 letters per week for our team. We didn't try any AI yet because IT said "medical data needs special model". Is this true? We have no summaries written before. The data is personal health data of course.
""",
facts={
 'task_kind': ('summarisation', 'sees 3 bullet points on top'),
 'monthly_volume': (170, 'around 40 letters per week'),
 'human_review': (True, 'The handler still reads the full letter for the decision'),
 'labelled_examples': (0, 'We have no summaries written before'),
 'domain_jargon': (True, 'NSTEMI'),
 'constraints': (['personal_data'], 'personal health data'),
 'strict_format': (True, '3 bullet points on top: what happened, what treatment, when discharged'),
}))

C.append(dict(slug='agri-field-report-eppo-bbch-jira', label='fine_tune', also=[],
reason='Narrow, stable coding of shorthand field reports at 250k/month with 12k expert-coded records; prompt at 71% vs 92% target.',
text="""
AGRO-512: Structured coding of field observation reports
Status: Analysis · Epic: Digital Agronomy 2025 · Assignee: h.lindqvist

**Context**
Our 140 field advisers submit observation reports from the app: free text in adviser shorthand, e.g. "WW BBCH 31-32, SEPTTR moderate lower lvs, PUCCRT trace, 2 pl/m² volunteers OSR". Downstream models (spray timing, regional risk maps) need each report as JSON: crop (EPPO code), growth stage (BBCH integer), list of {pest_or_disease EPPO code, severity 0-4}.

**Volume**
~250,000 reports per month across DE/PL/SE in season (Apr–Jul), about 60k/month off season.

**Tried**
Prompt with EPPO code list excerpt + BBCH scale + 15 examples (~6k tokens). Exact-match on the full JSON: 71%. Most misses: shorthand the model doesn't know ("SEPTTR" vs "SEPTRI"), BBCH given as ranges, regional nicknames for weeds. Adding more examples to the prompt barely helped and made it slower.

**Data available**
12,400 reports coded by our senior agronomists in 2023–24 as ground truth. Schema is fixed; EPPO codes we use are a stable subset of ~900.

**Target**
≥ 92% exact match. Runs in batch overnight, latency not critical.
""",
facts={
 'task_kind': ('extraction', 'need each report as JSON'),
 'monthly_volume': (250000, '~250,000 reports per month'),
 'labelled_examples': (12400, '12,400 reports coded by our senior agronomists'),
 'prompting_falls_short': (True, 'Adding more examples to the prompt barely helped'),
 'prompt_tokens': (6000, '~6k tokens'),
 'accuracy_target': (92, '≥ 92% exact match'),
 'strict_format': (True, 'need each report as JSON'),
 'domain_jargon': (True, 'WW BBCH 31-32, SEPTTR moderate lower lvs'),
 'task_changes_often': (False, 'Schema is fixed'),
}))

C.append(dict(slug='telecom-call-summary-crm-cost', label='fine_tune', also=[],
reason='Very high volume (3M/month) fixed-template summaries where a long prompt drives a $48k bill and latency; 60k human summaries exist.',
text="""
Customer Care Analytics: proposal notes (draft v3)

After every care call the agent currently spends ~70 seconds writing a wrap-up into the CRM template: REASON / ACTIONS TAKEN / PROMISES MADE / NEXT STEP / SENTIMENT(1-5). We piloted auto-wrap with a hosted model for 6 weeks across two call centres and agents love it; quality is fine.

Problem is scaling to all 9 centres: that's roughly 3 million calls a month. The pilot prompt is 2,500 tokens (template rules, examples, product names) on top of the transcript. Projected bill at full volume is around $48,000 a month, and median generation time is 4.1 s while the agent is supposed to see the wrap-up within 2 seconds of hang-up.

Template hasn't changed in four years and won't; it feeds the QA dashboards. During the pilot agents corrected and accepted about 60,000 wrap-ups, which we kept.

Question for the architecture board: can we get the same quality with a much smaller/cheaper model, and what would it take?
""",
facts={
 'task_kind': ('summarisation', 'writing a wrap-up into the CRM template'),
 'monthly_volume': (3000000, 'roughly 3 million calls a month'),
 'prompt_tokens': (2500, 'The pilot prompt is 2,500 tokens'),
 'monthly_bill_usd': (48000, 'around $48,000 a month'),
 'latency_ms': (2000, 'within 2 seconds of hang-up'),
 'strict_format': (True, 'REASON / ACTIONS TAKEN / PROMISES MADE / NEXT STEP / SENTIMENT(1-5)'),
 'task_changes_often': (False, "Template hasn't changed in four years and won't"),
 'labelled_examples': (60000, 'about 60,000 wrap-ups'),
 'stage': ('pilot', 'We piloted auto-wrap with a hosted model for 6 weeks'),
 'prompting_falls_short': (False, 'quality is fine'),
}))

C.append(dict(slug='legal-aid-caselaw-slack', label='rag', also=[],
reason='Advisers need current housing case law (40k judgments, new ones daily) with citations; training on judgments would not keep up or cite.',
text="""
#housing-advice-tech

**Sam (volunteer dev)**: proposal: we fine-tune an open model on all the housing judgments so advisers can ask it "is a section 21 notice valid if the deposit wasn't protected?" 🤖
**Niamh (supervising solicitor)**: how many judgments are we talking
**Sam**: the free case law feed has ~40,000 housing-related judgments, and new ones come in daily
**Niamh**: then whatever we train is stale by next week. and advisers can't use an answer they can't cite, the court wants the neutral citation and paragraph
**Sam**: fair 😅
**Ade (ops)**: also our own practice notes, ~300 of them, those are private and change when the law does
**Niamh**: honestly the risk is someone loses their home because a bot made up a case. every answer gets checked by a qualified adviser before it goes to a client
**Sam**: ok so what do we actually build? we have no training set anyway, just the judgments
**Ade**: call it 30 queries a day from the advice line
""",
facts={
 'task_kind': ('question_answering', 'so advisers can ask it'),
 'corpus_size': (40000, '~40,000 housing-related judgments'),
 'knowledge_change_days': (1, 'new ones come in daily'),
 'needs_citations': (True, 'the court wants the neutral citation and paragraph'),
 'needs_external_knowledge': (True, 'those are private and change when the law does'),
 'stakes': ('high', 'someone loses their home'),
 'human_review': (True, 'every answer gets checked by a qualified adviser'),
 'labelled_examples': (0, 'we have no training set anyway'),
 'monthly_volume': (900, 'call it 30 queries a day'),
}))

C.append(dict(slug='agri-coop-newsletter-rambling', label='prompt', also=[],
reason='A monthly newsletter draft with no examples, no format rules and human editing; the many numbers are irrelevant herd/hectare facts.',
text="""
So here's the situation, and bear with me because there's a lot of history. The cooperative was founded in 1957 by 23 dairy families; today we're 412 members farming about 31,000 hectares, with roughly 18,500 cows and a cheese plant that does 9 tonnes a day. The board has 7 seats and I'm the only one under 50, which is why I got handed "the AI question".

What we actually want is small. Once a month I write the members' newsletter: milk price for the month, what the board decided, upcoming events (the machinery auction is always the second Saturday of March, 140 lots last year), a few reminders about the manure spreading window. It takes me a full evening. I'd like to dump my bullet notes into something and get a readable first draft, 600 to 900 words, then I fix it.

There's no house style to speak of; old newsletters were written by three different secretaries since 2004 and they all sound different. I haven't tried any AI tool yet. We don't have budget for anything custom, the board approved "up to 50 euros a month" which made me laugh.

Is there something I can just start using next month?
""",
facts={
 'task_kind': ('generation', 'get a readable first draft'),
 'monthly_volume': (1, 'Once a month I write the members\u2019 newsletter'.replace('\u2019', "'")),
 'human_review': (True, 'then I fix it'),
 'consistent_style': (False, "There's no house style to speak of"),
 'budget': ('none', "We don't have budget for anything custom"),
 'stage': ('prototype', "I haven't tried any AI tool yet"),
}))

C.append(dict(slug='tourism-review-aspects-prototype', label='prompt', also=[],
reason='Early exploration of 800 reviews a month with no labels and categories still being defined; low stakes.',
text="""
Quick Q from the guesthouse platform team: we want to tag guesthouse reviews by aspect (cleanliness, host, noise, value) with a +/- per aspect, for an owners' dashboard. ~800 reviews/month. Zero labelled reviews, and the aspect list will probably change after the owner interviews. Low stakes. Need a demo in a week. Simplest route?
""",
facts={
 'task_kind': ('classification', 'tag guesthouse reviews by aspect'),
 'monthly_volume': (800, '~800 reviews/month'),
 'labelled_examples': (0, 'Zero labelled reviews'),
 'task_changes_often': (True, 'the aspect list will probably change'),
 'stakes': ('low', 'Low stakes'),
 'stage': ('prototype', 'Need a demo in a week'),
}))

C.append(dict(slug='broker-policy-wording-qa-pl', label='rag', also=[],
reason='Brokers ask about 140 product wordings across many dated versions; answers must quote the exact clause of the right version.',
text="""
Good morning,

I am working in an insurance company in Kraków, in the department which supports brokers. Brokers call or write us with questions like "is damage from frozen pipes covered in the Home Plus policy if the house was empty for 40 days?" and "from which version the flood sublimit is 50 000 PLN?".

We have 140 products, and every product has many versions of the general terms (OWU) because we change them every year, some products twice per year. A claim is always decided with the version that was valid when the policy was sold, so the answer must say version and paragraph. Sometimes the broker forwards our answer to the client and if it is wrong, we must pay the claim anyway.

My team is 8 persons and we answer maybe 120 questions daily. We tried to paste one OWU into ChatGPT and the answers was good, but we cannot paste 140 products with all versions, it is thousands of pages. We have no list of questions and correct answers.

Can AI help us and how?
""",
facts={
 'task_kind': ('question_answering', 'Brokers call or write us with questions'),
 'corpus_size': (140, 'We have 140 products'),
 'knowledge_change_days': (365, 'we change them every year'),
 'needs_citations': (True, 'the answer must say version and paragraph'),
 'needs_external_knowledge': (True, 'many versions of the general terms (OWU)'),
 'stakes': ('high', 'we must pay the claim anyway'),
 'monthly_volume': (3600, 'maybe 120 questions daily'),
 'labelled_examples': (0, 'We have no list of questions and correct answers'),
}))

C.append(dict(slug='customs-hs-code-jira', label='fine_tune', also=['rag+fine_tune'],
reason='Stable, notation-heavy classification with 300k broker-confirmed lines where prompting plateaued at 74%; nomenclature is fixed until 2027.',
text="""
CUST-88: HS code suggestion for commercial invoice lines
Reporter: p.mensah (Customs Brokerage) · Priority: Major · Sprint: 27

As a customs declarant I want a suggested 8-digit CN code for each invoice line so that I only confirm instead of searching the tariff.

**Facts**
- Invoice lines look like "SS HEX BOLT M12x60 A2-70 DIN933 500PCS" or "Ladies knitted pullover 70% acrylic 30% wool". 
- ~1.2M lines a year through our brokerage (≈100k/month).
- Declarant always confirms before the declaration is lodged (legal requirement).
- We have 300k historical lines with the code the declarant finally lodged, plus customs audit corrections.
- We use the 2022 HS nomenclature; the next revision isn't until 2027, and our CN subset (~4,000 codes we actually use) is stable.

**Experiments**
Prompt with chapter notes for our top 10 chapters + examples (~9k tokens): 74% at 8 digits. Errors are material/composition nuances (A2-70 = stainless; 70/30 acrylic/wool rules) and our clients' internal abbreviations. More prompt text made it worse and slower.

**Target**: 95% at 8 digits on the top suggestion.
""",
facts={
 'task_kind': ('classification', 'a suggested 8-digit CN code for each invoice line'),
 'monthly_volume': (100000, '≈100k/month'),
 'labelled_examples': (300000, '300k historical lines'),
 'human_review': (True, 'Declarant always confirms before the declaration is lodged'),
 'prompting_falls_short': (True, 'More prompt text made it worse and slower'),
 'prompt_tokens': (9000, '~9k tokens'),
 'accuracy_target': (95, '95% at 8 digits'),
 'domain_jargon': (True, 'SS HEX BOLT M12x60 A2-70 DIN933 500PCS'),
 'task_changes_often': (False, 'the next revision isn\'t until 2027'),
}))

add(C)
