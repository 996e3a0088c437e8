from lib import add
C = []

C.append(dict(slug='agri-scouting-bulletin-slack', label='prompt', also=[],
reason='Low-volume loose summarisation with no examples, human-reviewed, just starting: a prompt is enough.',
text="""
#agronomy-team (Slack export)

**Marta K.** 9:14 AM
ok so idea 💡 every Monday I spend like 3 hours turning the scouts' field notes into the weekly pest bulletin for growers. could an LLM do the first draft?

**Jonas** 9:16 AM
how many notes per week are we talking

**Marta K.** 9:17 AM
varies. 25 to 40 notes in season, almost nothing Nov–Feb. each is a few lines, "aphids on headland, 12 per tiller, field 7B" kind of thing

**Jonas** 9:19 AM
and the bulletin format?

**Marta K.** 9:20 AM
loose. a paragraph per crop, then a "watch out for" list. nobody's precious about wording. I'd read it before it goes out anyway, always do 👀

**Priya** 9:22 AM
we don't have any old bulletin/notes pairs saved btw, the old ones are PDFs on someone's laptop lol

**Jonas** 9:23 AM
let's just try it in the chat tool this week with a couple of real notes and see

**Marta K.** 9:23 AM
👍
""",
facts={
 'task_kind': ('summarisation', "turning the scouts' field notes into the weekly pest bulletin"),
 'labelled_examples': (0, "we don't have any old bulletin/notes pairs saved"),
 'human_review': (True, "I'd read it before it goes out anyway"),
 'stage': ('prototype', "let's just try it in the chat tool this week"),
 'strict_format': (False, "loose."),
 'consistent_style': (False, "nobody's precious about wording"),
}))

C.append(dict(slug='claims-fnol-triage-jira', label='fine_tune', also=[],
reason='Stable 14-way classification at 190k/month with 410k labelled rows; prompting plateaued at 82% vs 94% target and latency bound.',
text="""
INS-2291 · Claims intake: auto-classify FNOL into handling queues
Type: Story · Priority: High · Component: Claims-Intake · Reporter: d.okafor

**Background**
Every first notice of loss (FNOL) lands in one shared queue, and a team of 6 triagers sorts it into 14 handling queues (motor-glass, motor-liability, home-escape-of-water, home-subsidence, travel-medical, etc.). We receive roughly 9,000 FNOLs per working day across web, phone transcripts and broker emails, call it 190k a month.

**What we tried**
Sprint 41: large general model with a 3,200-token prompt containing queue definitions and 20 worked examples. Macro accuracy on the March holdout: 81%. Confusions are concentrated in the subtle splits (escape-of-water vs. flood, liability vs. third-party property). More prompt iterations in Sprint 42 moved it to 82%. It has plateaued.

**Data**
We have 3 years of triaged FNOLs with the final queue (after re-routing), ~410,000 rows, exported to the lake. The queue taxonomy has not changed since 2021 and is not expected to.

**Acceptance criteria**
- ≥ 94% accuracy on holdout
- p95 latency under 800 ms (the intake form waits on it)
- Output is a single queue code from the enum

**Question**: should we fine-tune or keep iterating on prompts?
""",
facts={
 'task_kind': ('classification', 'sorts it into 14 handling queues'),
 'monthly_volume': (190000, 'call it 190k a month'),
 'labelled_examples': (410000, '~410,000 rows'),
 'prompting_falls_short': (True, 'It has plateaued'),
 'prompt_tokens': (3200, '3,200-token prompt'),
 'accuracy_target': (94, '≥ 94% accuracy'),
 'latency_ms': (800, 'p95 latency under 800 ms'),
 'strict_format': (True, 'a single queue code from the enum'),
 'task_changes_often': (False, 'has not changed since 2021'),
}))

C.append(dict(slug='legal-aid-eligibility-valencia', label='rag', also=[],
reason='Answers depend on ~260 private, monthly-changing rule documents and must cite document and article; no examples exist.',
text="""
Hello, I write from a legal aid foundation in Valencia, we help migrants and tenants with free advice. Sorry for my english.

Our volunteers (we are 35, most are law students) receive every day questions like "I earn 1.100 euro and have two children, can I have free lawyer for my eviction?". The answer depend of the rules of eligibility: income thresholds, type of procedure, region. These rules are in around 260 documents: the national law, regional decrees, the instructions of the Bar Association, and our own internal notes. They change a lot, the thresholds update every year in January but the Bar instructions and the internal notes change almost every month.

We want an assistant that answer the volunteers and always says from which document and article it take the answer, because the volunteer must verify before tell to the person. If the assistant invent a threshold, a family can lose the house, this is very serious.

We have not try anything yet with AI. We don't have examples of questions with correct answers, only the documents. Is around 50-80 questions in a day. Budget is small, we are a foundation.
""",
facts={
 'task_kind': ('question_answering', 'an assistant that answer the volunteers'),
 'corpus_size': (260, 'around 260 documents'),
 'knowledge_change_days': (30, 'change almost every month'),
 'needs_citations': (True, 'says from which document and article it take the answer'),
 'needs_external_knowledge': (True, 'our own internal notes'),
 'stakes': ('high', 'a family can lose the house'),
 'human_review': (True, 'the volunteer must verify before tell to the person'),
 'labelled_examples': (0, "We don't have examples of questions with correct answers"),
 'monthly_volume': (1950, '50-80 questions in a day'),
 'budget': ('limited', 'Budget is small'),
}))

C.append(dict(slug='telecom-tariff-bot-long-email', label='rag', also=[],
reason='Leadership asks to fine-tune, but the gap is 1,400 weekly-changing tariff sheets with mandatory links to the source.',
text="""
Subject: The tariff assistant thing (long, sorry)

Hi all, following up on Thursday's meeting in room 4.12 (the one with the broken projector, facilities ticket #88213 still open). Quick context for the two new people: we're the digital care team, 11 of us, we moved under Consumer in 2022, and we own the chat widget that gets about 14 million page views a year.

The ask from leadership is "fine-tune a model on our tariffs so the bot knows every plan". Right now there are roughly 1,400 active tariff sheets (PDF, 2–5 pages each) across prepaid, postpaid, business and the legacy plans we can't kill because 3% of customers are still on them. Marketing launches or edits promos basically every week; last quarter we counted 61 tariff changes. Roaming bundles change whenever a partner network renegotiates.

The bot handles something like 4,000 tariff questions a day. Wrong answers are expensive: if the bot quotes a price we're legally bound to honour it in two countries, and regulator complaints are already up 18% year on year (not all from us).

Customers also keep asking "where does it say that?", so Legal wants every answer to link the tariff sheet it came from.

Prompting: we pasted three tariff sheets into a prompt last month and it answered fine for those three; obviously it can't fit 1,400. We don't have a set of Q&A pairs, although there are 2.1M chat transcripts in the archive, uncleaned.

Can someone with ML background weigh in before the steering committee on the 14th?
""",
facts={
 'task_kind': ('question_answering', '4,000 tariff questions a day'),
 'monthly_volume': (120000, '4,000 tariff questions a day'),
 'corpus_size': (1400, 'roughly 1,400 active tariff sheets'),
 'knowledge_change_days': (7, 'basically every week'),
 'needs_citations': (True, 'link the tariff sheet it came from'),
 'needs_external_knowledge': (True, 'so the bot knows every plan'),
 'stakes': ('high', 'legally bound to honour it'),
 'stage': ('production', 'The bot handles something like 4,000 tariff questions a day'),
 'labelled_examples': (0, "We don't have a set of Q&A pairs"),
}))

C.append(dict(slug='wms-exception-codes-gh-1184', label='fine_tune', also=[],
reason='Frozen 47-code schema task at 120k/month with 6,500 corrected examples; long prompt costly and still fails schema and accuracy targets.',
text="""
### Replace prompt-based mapper for driver exception notes (#1184)

**Labels:** `enhancement` `ml` `cost`

Drivers and dock staff type free-text notes when a delivery or pick fails ("pallet shrinkwrap torn, cust refused 2 of 6 ctns", "no POD, recv closed @ 1430"). The WMS needs one of our 47 exception codes plus a JSON payload (`code`, `qty_affected`, `responsible_party`, `photo_required`) that must validate against `exception.schema.json` or the event is dropped.

Current state:
- In production since February with an LLM call + 4,800-token system prompt (code table + rules + 30 examples).
- ~120k notes/month, growing with the new Venlo DC.
- Bill last month: $3,900 for this one endpoint. Finance flagged it.
- ~3% of responses fail schema validation (usually invented codes or `qty_affected` as a string); the rest are ~91% correct on code.

We have 6,500 notes that supervisors corrected by hand over the last year, each with the final code + payload. The code list is frozen by the carrier contracts until 2026.

Target is 97% code accuracy and zero schema failures. Would a smaller tuned model do this? Open to other ideas.
""",
facts={
 'task_kind': ('extraction', 'one of our 47 exception codes plus a JSON payload'),
 'monthly_volume': (120000, '~120k notes/month'),
 'labelled_examples': (6500, '6,500 notes that supervisors corrected'),
 'prompt_tokens': (4800, '4,800-token system prompt'),
 'monthly_bill_usd': (3900, '$3,900 for this one endpoint'),
 'strict_format': (True, 'must validate against `exception.schema.json`'),
 'prompting_falls_short': (True, '~3% of responses fail schema validation'),
 'accuracy_target': (97, 'Target is 97% code accuracy'),
 'task_changes_often': (False, 'The code list is frozen by the carrier contracts until 2026'),
 'stage': ('production', 'In production since February'),
 'domain_jargon': (True, 'no POD, recv closed @ 1430'),
}))

C.append(dict(slug='tourism-hotel-blurb-teams', label='prompt', also=[],
reason='30 rewrites a month, style rules fit in a few words, no examples, tone still changing, human check before publish.',
text="""
[Teams | Content Ops channel]

Lena Vogt: Hey, quick one. The new partner hotels send us descriptions that are all over the place (caps lock, "BEST VIEW IN TOWN!!!", half in German). Could we run them through an AI to rewrite into our style before they go live?
Tom Reyes: what's "our style" tho 😅 we never wrote a guide
Lena Vogt: true. friendly, short, no superlatives, mention distance to the old town. that's basically it
Tom Reyes: how many?
Lena Vogt: onboarding maybe 30 hotels a month, one description each
Aisha N.: we're still arguing with marketing about the tone so it'll change again in spring probably
Tom Reyes: then don't build anything heavy. someone eyeballs each one before publish anyway
Lena Vogt: ok I'll try it with the 5 from this week 👍
""",
facts={
 'task_kind': ('transformation', 'rewrite into our style'),
 'monthly_volume': (30, 'maybe 30 hotels a month, one description each'),
 'task_changes_often': (True, "it'll change again in spring probably"),
 'human_review': (True, 'someone eyeballs each one before publish'),
 'stage': ('prototype', "I'll try it with the 5 from this week"),
 'consistent_style': (True, 'friendly, short, no superlatives'),
}))

C.append(dict(slug='agri-pesticide-label-qa-coop', label='rag', also=[],
reason='Doses must be quoted from 3,500 registered labels revised quarterly, with the label section shown; general model invents doses.',
text="""
Dear team,

We are agri-input cooperative in Maharashtra with 40,000 farmer members. Our field officers are getting many calls daily regarding which pesticide can be sprayed on which crop, what is dose per acre, what is pre-harvest interval etc. Kindly note the answer must come exactly from the registered product label and the government approval list, otherwise farmer may get residue problem and export consignment gets rejected (grapes to EU, last year 2 containers were rejected).

Total labels with us are approx 3,500 product labels in PDF and the approval list is revised by government every quarter, also companies keep adding new labels. Field officer must show the farmer the label section on mobile, so reference is compulsory.

Volume is around 600 queries per day in Kharif season, less in Rabi. We are not having any Q&A dataset. Some officers tried ChatGPT and it gave doses which are not in label, that is dangerous.

Please suggest the approach. Answer needed in Marathi also.
""",
facts={
 'task_kind': ('question_answering', 'which pesticide can be sprayed on which crop'),
 'corpus_size': (3500, 'approx 3,500 product labels'),
 'knowledge_change_days': (90, 'revised by government every quarter'),
 'needs_citations': (True, 'reference is compulsory'),
 'needs_external_knowledge': (True, 'must come exactly from the registered product label'),
 'stakes': ('high', 'export consignment gets rejected'),
 'monthly_volume': (18000, 'around 600 queries per day'),
 'labelled_examples': (0, 'We are not having any Q&A dataset'),
 'prompting_falls_short': (True, 'it gave doses which are not in label'),
 'domain_jargon': (True, 'pre-harvest interval'),
}))

C.append(dict(slug='claims-decline-letter-voice', label='fine_tune', also=[],
reason='Pure voice gap: 7k-token guide prompt drifts (23% audit fails), facts come from structured fields, 18,000 approved letters to train on.',
text="""
Claims Comms: request for ML help

We write about 5,000 partial-decline and decline letters a month for home and motor claims. Each letter must follow the Customer Outcomes voice we agreed after the regulator review in 2023: plain words, second person, the decision in the first two sentences, empathy without apologising for the policy itself, no "unfortunately", reading age 9. Compliance audits a sample of 200 letters a quarter against that voice guide and fails anything off-tone.

The facts of the letter (policy clause, amounts, decision) come from the claim system as structured fields, so the model doesn't need to look anything up; it only needs to write.

We've run a prompt with the 12-page voice guide pasted in (about 7,000 tokens) for two months. Handlers say drafts drift: "unfortunately" creeps back, decisions slide to paragraph three, long letters get formal. Compliance failed 23% of the audited AI drafts last quarter vs 4% of human ones.

We have 18,000 letters from 2023–24 that passed compliance audit or were written by the senior team, all paired with their structured claim fields. A handler still reads and signs every letter before it is sent.
""",
facts={
 'task_kind': ('generation', 'it only needs to write'),
 'monthly_volume': (5000, 'about 5,000 partial-decline and decline letters a month'),
 'labelled_examples': (18000, '18,000 letters from 2023–24'),
 'consistent_style': (True, 'must follow the Customer Outcomes voice'),
 'prompting_falls_short': (True, 'Handlers say drafts drift'),
 'prompt_tokens': (7000, 'about 7,000 tokens'),
 'human_review': (True, 'A handler still reads and signs every letter'),
 'needs_external_knowledge': (False, "the model doesn't need to look anything up"),
}))

C.append(dict(slug='telecom-incident-report-digest', label='prompt', also=[],
reason='One-off summary of 312 reports, free format, no examples, humans read everything: a good prompt in a loop.',
text="""
Hi! Small thing, not a project really.

Our NOC wants a one-time summary of the 2023 major incident reports for the annual resilience review: 312 reports, each 2–10 pages, written by different on-call engineers. For each one we want 3–4 sentences: what broke, customer impact, root cause, fix. Then the review team (4 people) reads them all and picks themes by hand.

Deadline is end of next month. It will not be repeated; next year the new incident tool generates summaries itself. We have no examples of "good" summaries, and honestly the format can be whatever is readable. Reports are full of our jargon (BNG, eNodeB, "MPLS flap on ring 3"), but the model just has to restate it, not explain it.

Is there any reason not to just loop through them with a decent model? Budget: whatever a few hundred calls cost.
""",
facts={
 'task_kind': ('summarisation', 'a one-time summary of the 2023 major incident reports'),
 'stage': ('one_off', 'It will not be repeated'),
 'labelled_examples': (0, 'We have no examples of "good" summaries'),
 'strict_format': (False, 'the format can be whatever is readable'),
 'domain_jargon': (True, 'BNG, eNodeB'),
 'human_review': (True, 'the review team (4 people) reads them all'),
}))

C.append(dict(slug='legal-aid-intake-sachverhalt-leipzig', label='prompt', also=[],
reason='Prompt already works (1 in 10 needs correction), ~75 intakes a month, no examples, lawyer reviews; legal words alone do not justify training.',
text="""
Hello together,

we are a small legal aid office in Leipzig (Beratungshilfe, mostly social benefits and tenancy law). Since this autumn we test to let an AI make a short summary of the intake conversation: the client tells the story, the social worker writes notes, and the AI should make from the notes a one-page Sachverhalt for the lawyer, with the dates and the amounts in a table.

At the moment it are about 15 to 20 intakes per week. We have tried with a normal chat model and a prompt of about half page, and honestly the result is already quite good, the lawyers are happy, maybe 1 of 10 needs bigger correction. The lawyer reads always the whole notes anyway.

Our IT person asked if we must train an own model because of the legal words. I am not sure. We have no collection of examples, every case is different. Data is personal so it must stay in EU servers.
""",
facts={
 'task_kind': ('summarisation', 'a one-page Sachverhalt for the lawyer'),
 'monthly_volume': (75, 'about 15 to 20 intakes per week'),
 'prompting_falls_short': (False, 'the result is already quite good'),
 'human_review': (True, 'The lawyer reads always the whole notes anyway'),
 'labelled_examples': (0, 'We have no collection of examples'),
 'constraints': (['personal_data', 'eu_residency'], 'Data is personal so it must stay in EU servers'),
 'stage': ('pilot', 'Since this autumn we test'),
 'domain_jargon': (True, 'because of the legal words'),
}))

add(C)
