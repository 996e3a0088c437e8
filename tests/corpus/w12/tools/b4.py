from lib import add
C = []

C.append(dict(slug='claim-file-copilot-jira', label='rag', also=[],
reason='Each answer must come from the documents of one specific claim file, which grow daily, with links to the page; permissions per claim.',
text="""
CLM-4410 · Claim file Q&A panel in the handler workbench
Type: Epic · Reporter: s.haddad · Labels: genai, handler-experience

**Problem statement**
A large property or liability claim file has on average 35 documents (FNOL, photos with captions, loss adjuster reports, invoices, emails, solicitor letters) and new ones arrive almost daily while the claim is open. Handlers spend 20–40 min re-reading a file when they pick it up after leave or a transfer.

**Ask**
A side panel where the handler asks "has the roofer's second invoice been approved?" or "what did the adjuster say about pre-existing damage?" and gets an answer with links to the exact document and page.

**Constraints**
- Answers must come only from that claim's documents; a handler for claim A must never see text from claim B (data protection + some files are under legal privilege).
- ~1,300 handlers; estimate 25k questions a month once rolled out.
- Claim documents contain personal data; must stay in our EU tenant.
- No labelled Q&A exists.

**Out of scope**: coverage decisions. The handler decides.
""",
facts={
 'task_kind': ('question_answering', 'gets an answer with links to the exact document and page'),
 'needs_citations': (True, 'links to the exact document and page'),
 'needs_external_knowledge': (True, "Answers must come only from that claim's documents"),
 'knowledge_change_days': (1, 'new ones arrive almost daily'),
 'monthly_volume': (25000, '25k questions a month'),
 'constraints': (['personal_data', 'eu_residency'], 'Claim documents contain personal data; must stay in our EU tenant'),
 'labelled_examples': (0, 'No labelled Q&A exists'),
 'human_review': (True, 'The handler decides'),
}))

C.append(dict(slug='legal-aid-office-finder-tr', label='prompt', also=[],
reason='The whole knowledge is 18 offices, fits in a prompt; low volume, early stage.',
text="""
Merhaba,

I am volunteer in a legal aid network for Turkish-speaking people in Germany. Often people don't know where to go: family law, work problems, residence permit, debt. We have 18 partner offices in NRW, each with their topics, languages and opening hours. All this is in one Excel table, one row per office, it changes maybe two times per year.

The idea: on our website a small chat where the person writes his problem in Turkish or German, and the bot says which office is the right one and how to contact. Not legal advice, only to send to the right place. We think maybe 10 to 20 people per day.

We have nothing yet, only the idea and the Excel. My friend says we need a "knowledge database" for the AI but the table is only 18 rows. What is the simple way?
""",
facts={
 'task_kind': ('classification', 'the bot says which office is the right one'),
 'corpus_size': (18, '18 partner offices'),
 'knowledge_change_days': (180, 'it changes maybe two times per year'),
 'monthly_volume': (450, 'maybe 10 to 20 people per day'),
 'stage': ('prototype', 'We have nothing yet'),
 'needs_external_knowledge': (True, 'each with their topics, languages and opening hours'),
}))

C.append(dict(slug='telecom-sms-spam-edge', label='fine_tune', also=[],
reason='400M messages a month at a 20 ms budget on-prem with 1.5M labelled messages: only a small trained model fits.',
text="""
SMS smishing filter at the SMSC: ~400M messages/month, 20 ms decision budget inline, must run in our own DCs (message content can't leave the network). Fraud team has 1.5M labelled spam/smishing/ham messages; categories are stable. A big hosted model was very accurate offline but took ~1.5 s per message. How do we get close to that accuracy inside 20 ms on our own hardware?
""",
facts={
 'task_kind': ('classification', 'labelled spam/smishing/ham'),
 'monthly_volume': (400000000, '~400M messages/month'),
 'latency_ms': (20, '20 ms decision budget'),
 'constraints': (['on_prem'], 'must run in our own DCs'),
 'labelled_examples': (1500000, '1.5M labelled'),
 'task_changes_often': (False, 'categories are stable'),
}))

C.append(dict(slug='hotel-review-replies-brand-voice-teams', label='fine_tune', also=[],
reason='40k replies a month in a strict brand voice that the prompt does not hold; 90k approved past replies available.',
text="""
[Teams | Guest Experience Digital]

Sofia R.: Update on review replies. Pilot with the prompt (brand voice guide + 8 sample replies) has been live at 40 hotels since June. GMs approve before posting.
Daniel K.: and?
Sofia R.: GMs reject or rewrite ~30% of drafts. Same complaints every week: too American-cheerful, uses "we apologize for any inconvenience" (banned phrase 🙃), doesn't sign off the way the brand does
Daniel K.: we iterated the prompt how many times?
Sofia R.: 14 versions. gets better on one thing, worse on another
Yuki T.: scale-wise, full portfolio is 1,100 hotels → about 40,000 replies a month
Daniel K.: what data do we have?
Yuki T.: ~90k replies written by the central reply team 2021–2024 that brand signed off. that's the voice we want
Sofia R.: and the voice guide hasn't changed since the 2021 rebrand
Daniel K.: ok let's scope what a tuned model would need 👍
""",
facts={
 'task_kind': ('generation', 'review replies'),
 'monthly_volume': (40000, 'about 40,000 replies a month'),
 'labelled_examples': (90000, '~90k replies written by the central reply team'),
 'consistent_style': (True, 'that\'s the voice we want'),
 'prompting_falls_short': (True, 'GMs reject or rewrite ~30% of drafts'),
 'human_review': (True, 'GMs approve before posting'),
 'task_changes_often': (False, "the voice guide hasn't changed since the 2021 rebrand"),
 'stage': ('pilot', 'has been live at 40 hotels since June'),
}))

C.append(dict(slug='warehouse-shift-handover-slack', label='prompt', also=[],
reason='Short free-form handover summaries, ~540 a month, no data, format still debated; a prompt is the right start.',
text="""
#dc-ops-leads

**Bea (Shift Mgr, Zaragoza)** 6:02 AM
every handover I read 3 pages of scribbles from night shift 😴 could we get an AI to turn the shift log into 5 bullets: safety, backlog, equipment down, staffing, anything for day shift?

**Luis (Ops Dir)** 6:20 AM
+1. we have 6 sites x 3 shifts a day so ~540 handovers a month

**Bea** 6:21 AM
the bullets don't have to be perfect, the incoming manager still walks the floor

**Karin (CI)** 6:35 AM
do we want the same headings everywhere? Gdańsk wants "customer escalations" as a heading too. we haven't agreed

**Luis** 6:36 AM
let's not over-engineer. no budget line for this anyway, use what we already pay for

**Bea** 6:40 AM
ok I'll paste last week's logs into the copilot and see what comes out 🙏
""",
facts={
 'task_kind': ('summarisation', 'turn the shift log into 5 bullets'),
 'monthly_volume': (540, '~540 handovers a month'),
 'task_changes_often': (True, "we haven't agreed"),
 'budget': ('none', 'no budget line for this anyway'),
 'stage': ('prototype', "I'll paste last week's logs into the copilot"),
 'stakes': ('low', "the bullets don't have to be perfect"),
}))

C.append(dict(slug='cap-subsidy-rules-rambling', label='rag', also=[],
reason='Farmers ask about eligibility under ~180 national and EU scheme documents that are revised every year and must be cited.',
text="""
Okay so this might be a long one. I run the advisory desk at a regional farmers' union: 3 advisers, 2,800 member farms, average holding about 64 hectares, mostly arable with some dairy in the hills, and we've been doing the subsidy paperwork season since before the 2005 reform. Every spring, from March to the 15 May deadline, our phones are on fire.

Some background nobody asked for: the union was founded in 1948, the membership fee is 180 euros a year, the average age of our members is 57 and about 38% of farms have no identified successor, which is a whole other conversation. Our office shares a building with the machinery ring, we have one meeting room that seats 12, and the annual conference in November gets about 600 delegates. Our IT is one person, two days a week, shared with the regional office 40 km away.

The questions are always the same shape: "if I put 4% of my arable land into a flower strip, does that count for the eco-scheme AND conditionality?", "can I claim the young farmer top-up if my dad is still on the holding?". The answers are all in the scheme rules: the national CAP strategic plan, the yearly scheme guidance, the eco-scheme fact sheets, inspection guidance, FAQs from the paying agency. I counted roughly 180 documents for this year.

And they change every year. Not a bit: the 2024 simplification package changed the fallow rules mid-way, and guidance for next year always drops in January.

The paying agency inspects roughly 5% of applicants on the spot each year, plus satellite monitoring on every parcel since 2023, so people are nervous. My advisers need an answer they can show the farmer with "it says so here, page X", because if a farmer follows our advice and gets a penalty at inspection, that's a 3–5% cut on a payment that's often 20,000 euros, and the union gets the blame.

We haven't tried any AI. Nobody has a list of questions and approved answers, I'd guess we answer 1,500 calls in the season. The IT guy at the regional office says "just fine-tune something". I'm sceptical.
""",
facts={
 'task_kind': ('question_answering', 'The questions are always the same shape'),
 'corpus_size': (180, 'roughly 180 documents for this year'),
 'knowledge_change_days': (365, 'they change every year'),
 'needs_citations': (True, '"it says so here, page X"'),
 'needs_external_knowledge': (True, 'The answers are all in the scheme rules'),
 'stakes': ('high', "that's a 3–5% cut on a payment"),
 'labelled_examples': (0, 'Nobody has a list of questions and approved answers'),
}))

C.append(dict(slug='claim-docs-translation-it', label='prompt', also=[],
reason='General-purpose translation of claim documents that already works with a prompt at modest volume; handlers read the original when unsure.',
text="""
Hello,

I am responsible for the international claims desk of a motor insurer in Milan. We receive from foreign drivers and foreign insurers documents in 9 languages: police reports, accident statements (constatazione amichevole in other languages), repair estimates, emails. Our handlers must understand them in Italian.

Since March we use a general AI model with a simple prompt ("translate into Italian, keep the numbers and plates as they are, mark uncertain words"). It is about 3,000 documents per month. The handlers are satisfied, they say it is better than the agency we paid before, and if something is strange they look at the original or call our interpreter.

Now the procurement asks if we should do a special model "for insurance language". We have no parallel texts, and to be honest I don't see a problem to solve. Costs are around 300 euro per month, nobody complains.
""",
facts={
 'task_kind': ('translation', 'Our handlers must understand them in Italian'),
 'monthly_volume': (3000, 'about 3,000 documents per month'),
 'prompting_falls_short': (False, 'The handlers are satisfied'),
 'stage': ('production', 'Since March we use a general AI model with a simple prompt'),
 'labelled_examples': (0, 'We have no parallel texts'),
}))

C.append(dict(slug='legal-aid-request-routing-gh', label='prompt', also=[],
reason='~950 requests a month into 9 areas, no labels, category list under revision; zero-shot prompt first.',
text="""
### Auto-suggest legal area for incoming web requests (#142)

**Repo:** `lawcentre/intake-portal` · **Labels:** `good first issue`?, `needs-discussion`

Our intake form gets ~220 free-text requests a week ("my employer hasn't paid me for 2 months and now says I'm self-employed", "council says we're intentionally homeless"). A coordinator reads each one and assigns one of 9 areas (housing, employment, benefits, debt, immigration, family, discrimination, consumer, other) so it goes to the right advice team.

Proposal: have a model suggest the area + a one-line reason, coordinator confirms with one click.

- We have no historical labels; the old system stored only the team name, and teams were merged twice.
- The 9 areas are being reviewed by the board this spring, might become 11.
- Nothing built yet. Volunteer time only.

Could someone sketch the simplest version? I'm thinking a prompt with the area definitions, but happy to hear otherwise.
""",
facts={
 'task_kind': ('classification', 'assigns one of 9 areas'),
 'monthly_volume': (950, '~220 free-text requests a week'),
 'labelled_examples': (0, 'We have no historical labels'),
 'task_changes_often': (True, 'might become 11'),
 'human_review': (True, 'coordinator confirms with one click'),
 'stage': ('prototype', 'Nothing built yet'),
 'budget': ('none', 'Volunteer time only'),
}))

C.append(dict(slug='telecom-router-config-gen-in', label='fine_tune', also=[],
reason='Vendor CLI config generation in house conventions, 40k approved change tickets, prompting produces invalid syntax; stable task.',
text="""
Hi Team,

We are the network engineering team of a telecom operator in Bengaluru. For every change ticket (new enterprise VPN, BGP peer add, QoS policy change) our engineers write the device configuration for Cisco IOS-XR and Juniper Junos as per our internal "golden config" conventions: naming of route-policies, description format, community values, ACL numbering. Then a second engineer reviews and it is pushed in maintenance window.

Kindly note volume is around 6,000 change tickets per month and growing due to 5G enterprise rollout.

We tried a hosted model with a prompt of ~5k tokens containing the conventions and 6 sample configs. Config looks correct at first sight, but in our dry-run validator 38% of outputs fail: wrong community format, mixing IOS-XR and IOS syntax, route-policy names not as per convention. Reviewers are spending more time than before.

We are having approx 40,000 historical change tickets with the final approved config (post-review) in our NetBox/Git repo from last 4 years. Conventions are stable, last change in 2021. Due to security policy, configs cannot go to public cloud APIs; model must be hosted in our DC.
""",
facts={
 'task_kind': ('code', 'write the device configuration for Cisco IOS-XR and Juniper Junos'),
 'monthly_volume': (6000, 'around 6,000 change tickets per month'),
 'prompt_tokens': (5000, 'a prompt of ~5k tokens'),
 'prompting_falls_short': (True, '38% of outputs fail'),
 'labelled_examples': (40000, 'approx 40,000 historical change tickets with the final approved config'),
 'task_changes_often': (False, 'Conventions are stable, last change in 2021'),
 'constraints': (['on_prem'], 'model must be hosted in our DC'),
 'human_review': (True, 'a second engineer reviews'),
 'strict_format': (True, 'our dry-run validator'),
 'domain_jargon': (True, 'route-policies'),
}))

C.append(dict(slug='tour-ops-knowledge-assistant', label='rag', also=[],
reason='Ops staff need answers from 2,300 supplier contracts and policies that change weekly, permissioned by region, with source links.',
text="""
Ops Knowledge Assistant: one-pager

Who: 180 operations staff in 7 regional hubs of a tour operator (coach tours, river cruises, city breaks).

What they ask, all day: "what's the cancellation penalty with Hotel Sacher for groups over 20 within 14 days?", "does the Danube cruise contract cover a replacement coach if the ship can't dock?", "what's our policy if a guest misses the transfer because of a delayed flight?"

Where the answers live: ~2,300 supplier contracts (hotels, coach companies, cruise lines, guides), plus booking terms and internal ops policies. Contracts are renegotiated all the time; in peak season some set of them changes every week. Contracts are confidential and regional: the Iberia hub must not see Central Europe rates.

Requirements: answer + link to the clause; "I don't know" when the contract isn't in the system. An agent acts on the answer immediately (refunds, rebookings), so a wrong penalty amount costs real money.

We have no Q&A history. Leadership asked "can we train a model on all our contracts?", which is why we're writing this.
""",
facts={
 'task_kind': ('question_answering', 'What they ask, all day'),
 'corpus_size': (2300, '~2,300 supplier contracts'),
 'knowledge_change_days': (7, 'some set of them changes every week'),
 'needs_citations': (True, 'answer + link to the clause'),
 'needs_external_knowledge': (True, 'Contracts are confidential and regional'),
 'stakes': ('high', 'a wrong penalty amount costs real money'),
 'labelled_examples': (0, 'We have no Q&A history'),
}))

add(C)
