from lib import add
C = []

C.append(dict(slug='telecom-churn-sql-helper-gh', label='prompt', also=[],
reason='Small internal text-to-SQL helper: 12-table schema fits in the prompt, prompting works in testing, no training pairs, analysts review queries.',
text="""
### Idea: natural-language → SQL helper for the churn mart (#77)

opened by **k.ibrahim** · labels: `idea`, `analytics-tools`

The retention analytics team (9 analysts) writes a lot of repetitive SQL against the churn mart: "monthly churn rate for prepaid by region, last 6 months", "customers who ported out within 30 days of a price rise". I'd like a small helper in our notebook env that drafts the query.

Notes:
- The mart is 12 tables, the DDL + column comments are ~2,000 tokens, so the whole schema fits in a prompt.
- Schema gets a column or two added most months; whatever we build has to pick that up without effort.
- I tried the schema + 5 example questions in a hosted model on Friday: 17 of 20 test questions gave runnable, correct SQL on the first go. The 3 misses were ambiguous questions.
- Analysts always read and run the query themselves; it's a drafting aid, nothing runs automatically.
- Maybe 40 queries a day across the team.

We don't have a question→SQL dataset. Is there any reason to go beyond a well-maintained prompt with the DDL injected at runtime?
""",
facts={
 'task_kind': ('code', 'drafts the query'),
 'prompt_tokens': (2000, '~2,000 tokens'),
 'task_changes_often': (True, 'Schema gets a column or two added most months'),
 'prompting_falls_short': (False, '17 of 20 test questions gave runnable, correct SQL'),
 'human_review': (True, 'Analysts always read and run the query themselves'),
 'monthly_volume': (1200, 'Maybe 40 queries a day'),
 'labelled_examples': (0, "We don't have a question→SQL dataset"),
 'stage': ('prototype', 'I tried the schema + 5 example questions'),
}))

C.append(dict(slug='tourism-entry-rules-bot-pt', label='rag', also=[],
reason='Visa and entry requirements change almost daily across ~190 destination pages and answers must link the official source.',
text="""
Olá! I am from an online travel agency in Lisbon, we sell packages mainly to Brazilian and Portuguese clients. A big problem for our call center is questions about documents: "I have Brazilian passport and Italian residence, do I need visa for Morocco?", "my son is 16, travelling with grandmother to Cape Verde, what authorisation is needed?".

The rules come from government websites and from the airline partners, we keep them in a internal wiki with around 190 destination pages. The rules changes very often: after the new electronic travel authorisations in Europe and UK, our team updates some page almost every day. If our agent gives wrong information, the client is refused at boarding and we pay the new ticket and sometimes a lawsuit.

We want an assistant for the agents (not for the client directly, the agent reads first) that answers and show the link to the official page it used. The agents are 45, answering maybe 900 of these questions per week.

We tried ChatGPT, it answered with rules from 2022, not useful. We don't have a training set, only the wiki.
""",
facts={
 'task_kind': ('question_answering', 'an assistant for the agents'),
 'corpus_size': (190, 'around 190 destination pages'),
 'knowledge_change_days': (1, 'almost every day'),
 'needs_citations': (True, 'show the link to the official page it used'),
 'needs_external_knowledge': (True, 'it answered with rules from 2022'),
 'stakes': ('high', 'the client is refused at boarding'),
 'human_review': (True, 'the agent reads first'),
 'monthly_volume': (3900, 'maybe 900 of these questions per week'),
 'prompting_falls_short': (True, 'it answered with rules from 2022, not useful'),
 'labelled_examples': (0, "We don't have a training set"),
}))

C.append(dict(slug='voice-pick-command-normaliser-gh', label='fine_tune', also=[],
reason='9M utterances/month into a fixed command grammar under a 300 ms budget, with 200k labelled pairs; prompting is too slow and too loose.',
text="""
### Voice picking: normalise ASR output to command grammar (#2310)

**Problem**
Pickers wear headsets; the ASR gives us strings like "uh two five check four one ... short pick three" and the WMS only accepts the command grammar: `CHECK <digits>`, `QTY <n>`, `SHORT <n>`, `SKIP`, `REPEAT`, `DAMAGED <n>`. Anything else is rejected and the picker hears "say again", which costs time on the floor.

**Numbers**
- ~9M utterances/month across 11 DCs (300k/day, peak weeks higher).
- Hard budget: 300 ms end-to-end from ASR to WMS, the picker is waiting.
- 200k utterances labelled with the correct command by our QA team last year (they listen to recordings), including accents from 30+ first languages.

**What we tried**
Hosted LLM with a 1,200-token prompt: accuracy 93% (target 99%), median latency 900 ms. Strips of filler words and number words in Polish/Romanian/Portuguese accents are where it fails. Regex baseline is 88%.

The grammar has been the same since 2019. Has to run on our own GPU boxes in the DCs; vendor cloud is not allowed on the floor network.
""",
facts={
 'task_kind': ('transformation', 'normalise ASR output to command grammar'),
 'monthly_volume': (9000000, '~9M utterances/month'),
 'latency_ms': (300, 'Hard budget: 300 ms end-to-end'),
 'labelled_examples': (200000, '200k utterances labelled'),
 'prompt_tokens': (1200, '1,200-token prompt'),
 'accuracy_target': (99, 'target 99%'),
 'prompting_falls_short': (True, 'accuracy 93% (target 99%), median latency 900 ms'),
 'strict_format': (True, 'the WMS only accepts the command grammar'),
 'task_changes_often': (False, 'The grammar has been the same since 2019'),
 'constraints': (['on_prem'], 'Has to run on our own GPU boxes in the DCs'),
}))

C.append(dict(slug='tractor-dealer-service-bulletins-teams', label='rag', also=[],
reason='Dealer technicians need answers from ~4,000 service bulletins and manuals that grow monthly, with the bulletin number quoted.',
text="""
[Teams | Dealer Support Tooling]

Henrik L.: Our dealer techs phone the support desk ~250 times a week with stuff like "fault code 523.07 on a 6R after the software update, what's the fix". The desk looks it up in the service bulletins.
Carla M.: how many bulletins?
Henrik L.: ~4,000 bulletins + repair manuals across 9 model lines, and engineering releases new ones every month
Carla M.: can a model just learn them? like train it on all of them
Henrik L.: IT suggested that but the techs need the bulletin number and revision to log the warranty claim, no number = claim rejected 💸
Tomasz W.: and bulletins get superseded. training on old ones would be worse than nothing
Carla M.: fair. do we have Q&A logs?
Henrik L.: the desk ticket system has notes but nobody's labelled anything
Tomasz W.: I'd start with a search + answer thing over the bulletin library and see how the desk likes it
""",
facts={
 'task_kind': ('question_answering', "what's the fix"),
 'monthly_volume': (1080, '~250 times a week'),
 'corpus_size': (4000, '~4,000 bulletins + repair manuals'),
 'knowledge_change_days': (30, 'engineering releases new ones every month'),
 'needs_citations': (True, 'the techs need the bulletin number and revision'),
 'needs_external_knowledge': (True, 'bulletins get superseded'),
 'labelled_examples': (0, "nobody's labelled anything"),
 'domain_jargon': (True, 'fault code 523.07 on a 6R'),
}))

C.append(dict(slug='legal-aid-landlord-letters-ro', label='prompt', also=[],
reason='Low-volume letter drafting from a fixed template with volunteer review and no examples; nothing tried yet.',
text="""
Hello,

I am coordinator in a small NGO in Bucharest which helps tenants. Many people come with the same problem: the landlord keeps the deposit, or does not repair the heating, or wants them out without notice. Our volunteers write for them a formal letter to the landlord (notificare). We have a model letter in Word with 4 types, and the volunteer fills the names, dates, amount and the article from the Civil Code that we have on the model already.

It takes the volunteers maybe 30 minutes for one letter because the people tell the story in a messy way. We make around 60 letters in a month. I am thinking to use AI to make the first version from the volunteer notes, in correct formal Romanian, and the volunteer checks and prints.

We never used AI before. We don't have money for developers, we have 1 volunteer who knows some Python. Must we train a model for legal letters?
""",
facts={
 'task_kind': ('generation', 'make the first version from the volunteer notes'),
 'monthly_volume': (60, 'around 60 letters in a month'),
 'human_review': (True, 'the volunteer checks and prints'),
 'budget': ('none', "We don't have money for developers"),
 'stage': ('prototype', 'We never used AI before'),
 'strict_format': (True, 'a model letter in Word with 4 types'),
}))

C.append(dict(slug='claims-siu-referral-rambling', label='fine_tune', also=[],
reason='Stable binary referral task where prompting plateaued at 70% recall; 9,000 SIU-reviewed notes give enough signal for training.',
text="""
Right, long one. Background first: we're the special investigations unit (SIU) for a mid-size motor and home insurer, 23 investigators, two offices (Leeds and Cardiff), and we have been part of the Group Fraud programme since the 2019 merger. Last year the company paid out something like £640M in claims; the industry rule of thumb is that 5–10% of claim value has some fraud element, and we recovered £11.2M, which the CFO quotes in every town hall.

The actual problem: adjusters write notes on each claim during the first 10 days ("claimant changed account of collision time twice", "third vehicle appeared in second call", "policy incepted 9 days before loss"). We want every note scanned and a yes/no "refer to SIU" flag with a one-line reason. That's about 70,000 claims a month through the notes system.

We tried a big model with our 32 red-flag indicators written out in the prompt, about 3,000 tokens. Recall on known fraud was 70% and it flagged one in four clean claims, which would bury my team. Tweaking the wording for three weeks got us nowhere.

What we do have: 9,000 claims from 2021–2024 where an investigator made a final referral decision, with the notes. Indicators list hasn't really changed since 2020. We need 90% recall at no more than one in twenty false flags. An investigator reviews every referral anyway.
""",
facts={
 'task_kind': ('classification', 'a yes/no "refer to SIU" flag'),
 'monthly_volume': (70000, 'about 70,000 claims a month'),
 'prompt_tokens': (3000, 'about 3,000 tokens'),
 'prompting_falls_short': (True, 'Tweaking the wording for three weeks got us nowhere'),
 'labelled_examples': (9000, '9,000 claims from 2021–2024'),
 'task_changes_often': (False, "Indicators list hasn't really changed since 2020"),
 'accuracy_target': (90, '90% recall'),
 'human_review': (True, 'An investigator reviews every referral anyway'),
}))

C.append(dict(slug='museum-audio-guide-persona-slack', label='prompt', also=[],
reason='A one-off set of 120 scripts in an invented persona with no examples; a persona prompt plus editor review covers it.',
text="""
#harbour-museum-project

**Ines** 🎧: the maritime museum wants the new audio guide narrated by "Captain Jan", a grumpy-but-kind 1890s harbour pilot. 120 stops, ~150 words each, written once for the reopening in May
**Felix**: do they have any Captain Jan scripts already?
**Ines**: nope, he's a character the curator invented last month lol. there's a one-paragraph description of him
**Felix**: so there's nothing to train on
**Ines**: right. facts per stop come from the curator's object notes, which we'd paste in per stop
**Ruth**: curator will edit every script anyway, and the voice actor will change half of it in the booth 😂
**Felix**: then a good persona prompt + per-stop notes. if it drifts we just fix it in editing
**Ines**: 👍 I'll draft 10 stops tomorrow and show them
""",
facts={
 'task_kind': ('generation', '120 stops, ~150 words each'),
 'stage': ('one_off', 'written once for the reopening in May'),
 'labelled_examples': (0, "so there's nothing to train on"),
 'consistent_style': (True, 'a grumpy-but-kind 1890s harbour pilot'),
 'human_review': (True, 'curator will edit every script anyway'),
}))

C.append(dict(slug='telecom-b2b-contract-migration-oneoff', label='prompt', also=[],
reason='One-off extraction of ~400 contracts into a CRM sheet with paralegal review; a structured-output prompt is enough.',
text="""
Subject: contract data for the CRM migration

Hi both,

As part of moving enterprise accounts to the new CRM we need a handful of fields out of every active B2B contract: customer legal entity, start date, term in months, auto-renewal (Y/N), notice period, early termination fee, SLA tier. There are about 400 active contracts (scanned PDFs, 10–60 pages, templates from 2011 onwards), and it's a one-time exercise; new contracts are created in the CRM directly from next quarter.

Output just needs to go into the migration spreadsheet with those 7 columns. Two paralegals will check every row against the PDF before import, so the goal is saving them time, not perfection. We have no pre-filled examples.

Budget is whatever we can justify for a two-week job. Is a model with a careful prompt good enough here?
""",
facts={
 'task_kind': ('extraction', 'we need a handful of fields out of every active B2B contract'),
 'stage': ('one_off', "it's a one-time exercise"),
 'strict_format': (True, 'migration spreadsheet with those 7 columns'),
 'human_review': (True, 'Two paralegals will check every row against the PDF'),
 'labelled_examples': (0, 'We have no pre-filled examples'),
}))

C.append(dict(slug='carrier-rate-card-qa-nl', label='rag', also=[],
reason='Sales quotes depend on ~600 carrier rate cards and surcharge tables updated weekly; answers must reference the rate card.',
text="""
Hi all,

I work in the sales support of a freight forwarder in Rotterdam. Our sales people must quote fast: "what is the rate for 3 pallets Rotterdam to Milano, tail-lift, delivery Friday?". For this they look in the rate cards of our carriers, we have about 600 rate cards (Excel and PDF) for road, plus the fuel surcharge tables and the toll tables.

The fuel surcharge is changing every week and carriers send new rate cards often, so the information is never the same long time. When a quote is wrong we lose the margin, on a full truck it can be 400 euro.

We want to ask in normal language and get the price plus which rate card and which line it came from, so the salesperson can check it quick before sending to the customer. Around 300 quotes per day. I think we don't need training, but my manager says "we must train the AI with our prices". What is the right way?

We have no examples, only the rate cards.
""",
facts={
 'task_kind': ('question_answering', 'get the price plus which rate card'),
 'corpus_size': (600, 'about 600 rate cards'),
 'knowledge_change_days': (7, 'The fuel surcharge is changing every week'),
 'needs_citations': (True, 'which rate card and which line it came from'),
 'needs_external_knowledge': (True, 'we have about 600 rate cards'),
 'human_review': (True, 'the salesperson can check it quick before sending'),
 'monthly_volume': (9000, 'Around 300 quotes per day'),
 'labelled_examples': (0, 'We have no examples, only the rate cards'),
 'stakes': ('medium', 'on a full truck it can be 400 euro'),
}))

C.append(dict(slug='soil-lab-fertiliser-recs-ar', label='fine_tune', also=[],
reason='Stable, notation-heavy recommendation format with 25,000 agronomist-written recs; prompts miss the house dosing conventions.',
text="""
Hola, how are you. I am agronomist in a cooperative in Córdoba province, Argentina. We have a soil laboratory and every sample produce a report: pH, MO%, P Bray (ppm), N-NO3, S-SO4, Zn, textura. Then one of our 6 agronomists write the recommendation for the producer in our own format, very compact, for example:

"Soja 1ra — P Bray 9 ppm: MAP 90 kg/ha incorporado. S bajo: yeso 100 kg/ha. Inocular + Co-Mo. No N."

This format is the same since 15 years and the producers and the sellers of the cooperative read it like that. It must be exactly this style and these units, and it follows the "criterios técnicos" of the cooperative, which are not the same as the university tables.

We receive around 4,000 samples per month in the campaign (August–November), the agronomists cannot write so many. We tried with a prompt of 2 pages with the criteria and 10 examples, the model writes nice text but too long, mix units (kg/ha and lb), and the doses are not our criteria in maybe 35% of cases.

We have archive of 25,000 reports with the recommendation written by the agronomists since 2016, digital. The agronomist will check and sign before it goes to producer.
""",
facts={
 'task_kind': ('generation', 'write the recommendation for the producer in our own format'),
 'monthly_volume': (4000, 'around 4,000 samples per month'),
 'labelled_examples': (25000, 'archive of 25,000 reports'),
 'prompting_falls_short': (True, 'the doses are not our criteria in maybe 35% of cases'),
 'strict_format': (True, 'It must be exactly this style and these units'),
 'consistent_style': (True, 'It must be exactly this style and these units'),
 'domain_jargon': (True, 'P Bray 9 ppm: MAP 90 kg/ha incorporado'),
 'task_changes_often': (False, 'This format is the same since 15 years'),
 'human_review': (True, 'The agronomist will check and sign'),
}))

add(C)
