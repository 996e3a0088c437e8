from lib import add
C = []

C.append(dict(slug='irrigation-advice-agent-slack', label='prompt', also=[],
reason='Early prototype agent that calls weather and soil-sensor APIs; live data comes from tools, no data to train on, low volume.',
text="""
#orchard-tech 🍎

**Dev (farm manager)**: hack day idea: a bot where I type "should I irrigate block C tonight?" and it checks the soil moisture probes + the forecast API and answers
**Ana (agronomist)**: it'd need the probe readings for that block, ET0 from the weather service, and the block's crop coefficient. all of that is in APIs already
**Dev**: yep, the sensor platform has a REST API, the weather service too. the crop coefficients are 14 numbers in a table lol
**Mike (IT)**: so it's an LLM calling two APIs and doing a bit of arithmetic. how many questions?
**Dev**: me and 2 supervisors, maybe 10 a day in summer
**Ana**: and it's advisory, Dev still decides and opens the valves himself
**Mike**: we don't have any logs of "question → right answer", right?
**Dev**: nope, nothing. just want to see if it's useful before the season
**Mike**: ok, I'll wire the two tools into a model with function calling on Friday 🛠️
""",
facts={
 'task_kind': ('tool_use', 'checks the soil moisture probes + the forecast API'),
 'monthly_volume': (300, 'maybe 10 a day in summer'),
 'human_review': (True, 'Dev still decides and opens the valves himself'),
 'labelled_examples': (0, 'nope, nothing'),
 'stage': ('prototype', 'just want to see if it\'s useful before the season'),
}))

C.append(dict(slug='dock-appointment-agent-jira-cn', label='prompt', also=[],
reason='Tool-calling agent in pilot that already meets its bar with a prompt; rules change with each carrier contract.',
text="""
LOG-377 Dock appointment rescheduling agent: next step?
Reporter: Wei Zhang (Inbound Planning, Shanghai → Duisburg DC)

Background: Carriers email us when truck is late ("truck 4 stuck at Venlo border, ETA +3h, pls new slot"). Before, planner read email, looked in the yard system, found free slot, replied. Now we have pilot since 6 weeks: LLM agent reads email, calls the yard management API (get_free_slots, move_appointment), and sends reply draft to planner.

Result of pilot: 1,850 emails handled, planner accepted 94% of proposals without change. Target was 90%. Planners are happy.

Rules for slots (priority of frozen goods, max 3 reefers per hour, carrier X never before 6:00) are in the prompt, about 1,500 tokens. These rules change often, when we sign new carrier or season change, nearly every month.

Question from management: should we now train own model to make it "more professional"? We have the 1,850 pilot emails with the final actions. Cost now is small, around 80 USD per month.
""",
facts={
 'task_kind': ('tool_use', 'calls the yard management API'),
 'stage': ('pilot', 'Now we have pilot since 6 weeks'),
 'prompting_falls_short': (False, 'planner accepted 94% of proposals without change'),
 'accuracy_target': (90, 'Target was 90%'),
 'prompt_tokens': (1500, 'about 1,500 tokens'),
 'task_changes_often': (True, 'nearly every month'),
 'labelled_examples': (1850, 'the 1,850 pilot emails with the final actions'),
 'monthly_bill_usd': (80, 'around 80 USD per month'),
 'human_review': (True, 'sends reply draft to planner'),
}))

C.append(dict(slug='court-summons-extraction-fr', label='prompt', also=[],
reason='Prompted extraction already scores 96% against a 95% target; the team asks about training only because it sounds legal.',
text="""
Bonjour,

We are a legal aid association in Lyon (aide juridictionnelle, mostly housing and debt). Each month we receive about 1,500 court documents from clients: assignations, convocations, ordonnances. The volunteer must enter in our case management: court, chamber, hearing date and time, case number (RG), parties, lawyer if any. The form in the case system is fixed, 9 fields.

Since 3 months a student built a small tool: a general model with a prompt (instructions + the 9 fields as JSON + 4 examples). We measured on 3,000 documents that our volunteers had entered by hand before: 96% of fields correct. Our target was 95%. The errors are mostly bad scans. A volunteer still checks the form before saving.

Now the board ask "should we fine-tune a model for French legal documents, to be more safe?". The budget is very limited, and the documents are the same types since years. Personal data, so we need EU hosting.
""",
facts={
 'task_kind': ('extraction', 'court, chamber, hearing date and time, case number (RG)'),
 'monthly_volume': (1500, 'about 1,500 court documents'),
 'strict_format': (True, 'The form in the case system is fixed, 9 fields'),
 'prompting_falls_short': (False, '96% of fields correct'),
 'accuracy_target': (95, 'Our target was 95%'),
 'labelled_examples': (3000, 'on 3,000 documents that our volunteers had entered by hand'),
 'human_review': (True, 'A volunteer still checks the form before saving'),
 'budget': ('limited', 'The budget is very limited'),
 'constraints': (['personal_data', 'eu_residency'], 'Personal data, so we need EU hosting'),
 'stage': ('pilot', 'Since 3 months a student built a small tool'),
 'task_changes_often': (False, 'the documents are the same types since years'),
}))

C.append(dict(slug='claims-procedures-assistant-fr', label='rag', also=[],
reason='Handlers need answers from a 1,200-page procedures manual and circulars updated weekly, with the article reference; training would go stale.',
text="""
Bonjour à tous,

I am in charge of tools for the claims platform of a mutual insurer in Nantes (auto and habitation). Our handlers (about 220) must follow the "Référentiel de gestion sinistres": it is around 1,200 pages in 340 sections, plus the internal circulars. Each week, the technical direction publishes new circulars (for example after the hail storms in June, 6 circulars in 2 weeks about expert appointment and franchise).

The handlers ask many questions to their team leaders: "in a dégât des eaux with a tenant, who pays the recherche de fuite?", "what is the new convention IRSI threshold?". We want an assistant for this.

A consultant proposed to us to fine-tune a model on the Référentiel. But I have a doubt, because the answer must give the section or the circular number (audit asks for it), and the circulars change every week. We have no dataset of questions and answers.

Maybe 500 questions per day. The data must stay in France or EU.
""",
facts={
 'task_kind': ('question_answering', 'We want an assistant for this'),
 'corpus_size': (340, 'around 1,200 pages in 340 sections'),
 'knowledge_change_days': (7, 'Each week, the technical direction publishes new circulars'),
 'needs_citations': (True, 'the answer must give the section or the circular number'),
 'needs_external_knowledge': (True, 'the internal circulars'),
 'labelled_examples': (0, 'We have no dataset of questions and answers'),
 'monthly_volume': (15000, 'Maybe 500 questions per day'),
 'constraints': (['eu_residency'], 'The data must stay in France or EU'),
 'domain_jargon': (True, 'convention IRSI threshold'),
}))

C.append(dict(slug='destination-landing-pages-oneoff', label='prompt', also=[],
reason='A one-off batch of destination pages with editor review and a template; no examples, nothing forcing training.',
text="""
Ugh, where to start. We're a mid-size OTA, 70 people, founded 2012, HQ in Prague, ~2.4M sessions a month on the site and our SEO agency has been sending us 40-page reports every quarter that nobody reads. The latest one says we're missing landing pages for about 4,000 destinations (small towns, islands, ski villages) where competitors rank and we don't.

So the plan is a one-time content push: one page per destination, 300 to 400 words, fixed template (intro, when to go, getting there, 3 things to do, where to stay linking to our hotel inventory). The facts we'd give the model per destination: name, country, nearest airport, average temperatures by month, and our hotel count there, all from our own database. Nothing needs to be "known" beyond that; if it wants to add colour that's fine as long as an editor checks it.

Two freelance editors will review every page before it goes live, over about 6 weeks. After that, new destinations come in at maybe 20 a year and an editor will just write those by hand.

Tone: "friendly travel magazine", nothing specific. We don't have example pages we love. Budget is a couple of thousand euros total, mostly for the editors.
""",
facts={
 'task_kind': ('generation', 'one page per destination, 300 to 400 words'),
 'stage': ('one_off', 'a one-time content push'),
 'strict_format': (True, 'fixed template'),
 'human_review': (True, 'Two freelance editors will review every page'),
 'labelled_examples': (0, "We don't have example pages we love"),
 'needs_external_knowledge': (False, 'Nothing needs to be "known" beyond that'),
 'consistent_style': (False, 'nothing specific'),
 'budget': ('limited', 'a couple of thousand euros total'),
}))

C.append(dict(slug='number-porting-xml-br', label='fine_tune', also=[],
reason='300k porting requests a month into a strict clearing-house XML; 50k validated examples; prompt output fails validation and costs too much.',
text="""
Olá pessoal,

I work in the portability team of a mobile operator in São Paulo. Customers and dealers send porting requests in free text by email and the dealer app ("quero trazer meu número 11 9xxxx-xxxx da operadora X, CPF ..., titular é minha mãe"). We must convert each one into the XML message of the national portability clearing house: fixed schema, 23 fields, strict codes for donor operator, document type, line type. If the XML is rejected, the customer waits one more day, and regulator measures us by rejection rate.

Volume is about 10 thousand requests per day, so around 300 thousand per month.

Today we use a hosted model with a long prompt (the schema + code tables + rules, about 6,500 tokens). 7% of XML are rejected by the clearing house validator (we need below 1%), and the cost is around 11,000 dollars per month, too much for this.

We have 50 thousand requests from the last year with the XML that was finally accepted (after a human fixed it). The schema is defined by the regulator and did not change since 2019. Data has CPF and names, personal data under LGPD.
""",
facts={
 'task_kind': ('extraction', 'convert each one into the XML message'),
 'monthly_volume': (300000, 'around 300 thousand per month'),
 'strict_format': (True, 'fixed schema, 23 fields'),
 'prompt_tokens': (6500, 'about 6,500 tokens'),
 'prompting_falls_short': (True, '7% of XML are rejected'),
 'monthly_bill_usd': (11000, 'around 11,000 dollars per month'),
 'labelled_examples': (50000, '50 thousand requests from the last year'),
 'task_changes_often': (False, 'did not change since 2019'),
 'constraints': (['personal_data'], 'personal data under LGPD'),
 'stage': ('production', 'Today we use a hosted model with a long prompt'),
}))

C.append(dict(slug='variety-trial-analysis-research', label='prompt', also=['rag'],
reason='One-off exploratory analysis of a fixed set of trial reports by a researcher who checks everything; no production system or training data.',
text="""
Hi,

I'm a crop scientist at a seed company's breeding station. For an internal strategy review I need to go through 10 years of our own wheat variety trial reports (2014–2023, 11 sites, about 420 reports as PDFs with tables) and look for patterns: which genetic backgrounds held up in drought years, whether disease scores drift over time, anything surprising. I want to explore, ask follow-up questions, make charts, and write a 15-page memo.

This is a one-time analysis for the review in March; nobody will run it again. I'll check every number the model gives me against the tables myself, it's my name on the memo. No training data, obviously, and no budget beyond my own time and the tools we already have.

Would an AI assistant with code execution be enough, or do I need something more elaborate?
""",
facts={
 'task_kind': ('research', 'look for patterns'),
 'stage': ('one_off', 'This is a one-time analysis'),
 'human_review': (True, "I'll check every number the model gives me"),
 'labelled_examples': (0, 'No training data, obviously'),
 'budget': ('none', 'no budget beyond my own time'),
 'needs_external_knowledge': (True, 'our own wheat variety trial reports'),
 'corpus_size': (420, 'about 420 reports'),
}))

add(C)
