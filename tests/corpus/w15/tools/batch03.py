CASES = []
def add(**k): CASES.append(k)

add(slug="charity-case-notes-redaction", label="prompt",
reason="No labelled redactions and a protocol still being revised; an on-prem model with a careful prompt is the start.",
text="""
Refuge Line Scotland: data protection request

Our caseworkers write free-text notes after every call and visit. We want to share anonymised extracts with our research partner at a university, which means stripping names, addresses, phone numbers, children's schools, workplaces and anything else that could identify a survivor, while keeping the sense of the note. A missed name could put a survivor in danger.

Scale: about 8,000 notes a month. The research partner also wants the two-year back-catalogue (roughly 190,000 notes) as a single batch, then the monthly feed.

Hard rule: notes can't leave our own servers. They are special-category personal data, so our DPIA only covers on-premises processing. We have a modest GPU server already.

We have no labelled examples of redacted notes. The rules for what counts as identifying are written in a 2-page protocol that our DPO is still tweaking after each review with the university's ethics board.

Someone from the data team will spot-check a sample, not every note.
""",
facts={"task_kind":("transformation","stripping names, addresses, phone numbers"),
 "monthly_volume":(8000,"about 8,000 notes a month"),
 "constraints":(["on_prem","personal_data"],"special-category personal data, so our DPIA only covers on-premises processing"),
 "labelled_examples":(0,"We have no labelled examples of redacted notes"),
 "task_changes_often":(True,"our DPO is still tweaking"),
 "human_review":(False,"spot-check a sample, not every note"),
 "stakes":("high","A missed name could put a survivor in danger")})

add(slug="food-delivery-agent-reply-voice", label="fine_tune",
reason="Locked brand voice the 3,500-token prompt can't hold (58% edited), 260k top-rated replies, 1.8M/month cost pressure.",
text="""
Brief: agent-assist reply drafting, Zingo Eats (UK)

Zingo's support team handles about 1.8 million chats a month. Since last year a prompted model drafts a reply that the agent can send or edit.

The problem is voice. Our brand voice is cheeky-but-kind ("Your chips went walkabout, sorry! Credit's on its way.") with strict rules: no corporate apologies, never blame the rider, British spelling, max 60 words. The prompt carrying all this is now 3,500 tokens and the drafts still slide back into "We apologise for any inconvenience caused". Agents edit 58% of drafts; the target is under 20%.

We have 260,000 agent replies from the past year that QA scored 5/5 for voice and accuracy. The voice guidelines were signed off in 2023 and marketing says they're locked.

At our volume the long prompt is also expensive, around $0.011 a call.
""",
facts={"task_kind":("generation","drafts a reply"),
 "monthly_volume":(1800000,"about 1.8 million chats a month"),
 "consistent_style":(True,"Our brand voice is cheeky-but-kind"),
 "prompt_tokens":(3500,"3,500 tokens"),
 "prompting_falls_short":(True,"Agents edit 58% of drafts"),
 "labelled_examples":(260000,"260,000 agent replies"),
 "task_changes_often":(False,"marketing says they're locked"),
 "cost_per_call_usd":(0.011,"around $0.011 a call"),
 "human_review":(True,"the agent can send or edit"),
 "stage":("production","Since last year a prompted model drafts a reply")})

add(slug="cyber-threat-actor-profiles", label="rag",
reason="Research over 80k private intel reports growing daily; every assertion must footnote its source; no vendor training.",
text="""
Threat Intelligence team, Kestrel Defence

Analysts spend days building actor profiles: who is behind a campaign, which infrastructure and malware families overlap, which of our customers were targeted before. The evidence is scattered across our own intel platform, roughly 80,000 finished reports, sandbox write-ups and incident notes going back to 2016, and about 200 new items land every day.

We want an assistant that can search this material, pull the threads together, and draft a profile where every assertion footnotes the internal report it came from. Attribution claims go into customer briefings and occasionally to law enforcement, so an unsourced claim is worse than no claim.

This is internal research support, maybe 150 investigations a month. Our reports are TLP:AMBER or RED and cannot go to a vendor that retains or trains on data.
""",
facts={"task_kind":("research","pull the threads together"),
 "corpus_size":(80000,"roughly 80,000 finished reports"),
 "knowledge_change_days":(1,"about 200 new items land every day"),
 "needs_citations":(True,"every assertion footnotes the internal report it came from"),
 "needs_external_knowledge":(True,"our own intel platform"),
 "stakes":("high","an unsourced claim is worse than no claim"),
 "monthly_volume":(150,"maybe 150 investigations a month"),
 "constraints":(["no_vendor_training"],"cannot go to a vendor that retains or trains on data")})

add(slug="admissions-abroad-documents-founder", label="rag",
reason="Requirements for ~1,200 universities change every intake; links needed; model alone gives stale cutoffs.",
text="""
Hi, I'm a solo founder from Kochi building an app for Indian students applying to UG and PG programmes abroad (UK, Canada, Germany, Australia). Already 9,000 students have signed up, mostly through WhatsApp groups, and conversion to paid is around 11%.

The top question students ask is "what documents do I need for X university and by when?": transcripts attested or not, WES evaluation, APS certificate for Germany, English test minimums, financial proof amounts, deadlines. I have scraped and cleaned the requirement pages of about 1,200 universities. Universities change these every intake and some change mid-cycle, especially the visa-linked financial amounts.

I want the app to answer with the university's own page linked, because if a student misses a document because of us, that's their admission gone.

I tried simply asking GPT; it confidently gives old IELTS cutoffs. Budget is my savings, so please keep it lean.
""",
facts={"task_kind":("question_answering","I want the app to answer"),
 "corpus_size":(1200,"the requirement pages of about 1,200 universities"),
 "needs_citations":(True,"with the university's own page linked"),
 "stakes":("high","that's their admission gone"),
 "needs_external_knowledge":(True,"it confidently gives old IELTS cutoffs"),
 "prompting_falls_short":(True,"it confidently gives old IELTS cutoffs"),
 "budget":("limited","Budget is my savings")})

add(slug="acct-trainee-study-buddy", label="prompt",
reason="General textbook audit concepts, low stakes, no data, no budget; jargon is not a reason to train.",
text="""
Learning & Development, audit practice of a mid-tier firm (about 300 audit staff)

We want a study buddy for first-year trainees doing ACA/ACCA papers. They ask things like "why would I use monetary unit sampling instead of random sampling?" or "explain materiality vs performance materiality with an example", and get a clear, patient explanation with a worked example.

This is textbook material. We're not asking it to apply our firm's methodology, only to explain general concepts at the right level; exam tutors cover anything firm-specific. Getting a nuance slightly off would be annoying but would be caught by tutors.

We'd pilot with one intake of 45 trainees. No data prepared, no budget beyond the licences we already have. The partner sponsoring it has heard "you must train it on audit data". Must we?
""",
facts={"task_kind":("question_answering","get a clear, patient explanation"),
 "needs_external_knowledge":(False,"This is textbook material"),
 "stakes":("low","annoying but would be caught by tutors"),
 "labelled_examples":(0,"No data prepared"),
 "budget":("none","no budget beyond the licences we already have")})

add(slug="game-ui-localisation-placeholders", label="fine_tune",
reason="Placeholder/glossary behaviour fails under prompting (7% crashes), 400k approved pairs, stable syntax for 3 years.",
text="""
Localisation pipeline request: Pebblecrane Games

We ship UI and dialogue strings for our mobile strategy game in 11 languages. Each fortnightly update has around 3,000 new or changed strings.

Our strings are full of markup: {player_name}, <color=#FFD700>...</color>, ICU plural tags like {count, plural, one {# troop} other {# troops}}, and our own unit and building names, which have fixed translations in a glossary. Text must also fit per-slot length limits.

We tested a general model with the glossary and rules in the prompt. Translations are fluent, but 7% of strings come back with broken or translated placeholders, which crashes the client, and it ignores the glossary about one time in ten.

Our translation memory holds 400,000 human-approved string pairs across the 11 languages, all reviewed by our vendor's linguists. The placeholder syntax and glossary have been stable for three years. Linguists will still review, but they want to review translations, not fix tags.
""",
facts={"task_kind":("translation","in 11 languages"),
 "labelled_examples":(400000,"400,000 human-approved string pairs"),
 "strict_format":(True,"broken or translated placeholders, which crashes the client"),
 "domain_jargon":(True,"Our strings are full of markup"),
 "prompting_falls_short":(True,"7% of strings come back with broken or translated placeholders"),
 "task_changes_often":(False,"stable for three years"),
 "human_review":(True,"Linguists will still review")})

add(slug="charity-gift-aid-forms", label="prompt",
reason="A short prompt already gets 96% of fields, beating volunteers; forms checked by hand; layout about to change.",
text="""
Finance team, Little Lanterns Hospice

We get paper donation forms and Gift Aid declarations at our 14 shops and events, about 3,000 a month. Volunteers type them into our CRM, and our HMRC Gift Aid claims depend on the name, house number, postcode and declaration tick being right.

Last month our data officer tried a general vision model with a short prompt asking for a fixed JSON record (title, first name, surname, house name/number, postcode, declaration yes/no, date). On a test of 250 forms it got 96% of fields right, and every miss was on very messy handwriting. That's better than our volunteers' first pass. Volunteers would still check each record against the form.

Apart from those 250 checked forms we don't have any labelled data, and the form layout is being redesigned next spring. Should we be doing anything more sophisticated?
""",
facts={"task_kind":("extraction","asking for a fixed JSON record"),
 "monthly_volume":(3000,"about 3,000 a month"),
 "strict_format":(True,"a fixed JSON record"),
 "prompting_falls_short":(False,"That's better than our volunteers' first pass"),
 "human_review":(True,"Volunteers would still check each record against the form"),
 "labelled_examples":(250,"those 250 checked forms")})

add(slug="food-delivery-allergen-answers", label="rag",
reason="Safety-critical answers grounded in ~22k weekly-changing allergen sheets with exact line and date cited.",
text="""
Food safety & product, Platera (food delivery, UK)

Customers increasingly ask in-app before ordering: "does the katsu curry at Wok This Way contain sesame?", "is the fryer shared with prawns?". Right now these go to support, who message the restaurant, and the customer often orders before we reply.

Source of truth: each of our ~22,000 restaurant partners uploads an allergen matrix (the 14 UK allergens per dish) alongside its menu. Menus and recipes change all the time; on average a restaurant updates something weekly.

Requirement: the answer must show the exact line of the restaurant's allergen sheet it's based on and the date that sheet was uploaded. If the information isn't in the sheet, the assistant must say so and not guess; someone with a severe allergy could end up in hospital. Natasha's Law and our own legal team are very clear on that.

Expected volume: around 90,000 questions a month.
""",
facts={"task_kind":("question_answering","Customers increasingly ask in-app before ordering"),
 "corpus_size":(22000,"each of our ~22,000 restaurant partners uploads an allergen matrix"),
 "knowledge_change_days":(7,"a restaurant updates something weekly"),
 "needs_citations":(True,"show the exact line of the restaurant's allergen sheet"),
 "stakes":("high","could end up in hospital"),
 "needs_external_knowledge":(True,"Source of truth"),
 "monthly_volume":(90000,"around 90,000 questions a month")})

add(slug="cyber-log-parser-drafts", label="prompt",
reason="70 parsers a month, tests plus review, no paired data, schema being rewritten; prompting already useful.",
text="""
Detection engineering: small team question

We onboard customer log sources into our SIEM product. Each new source (a firewall, a SaaS audit log, some custom app) needs a parser: a Python function that turns the raw line into our normalised event schema. Engineers write about 70 of these a month and each takes half a day.

We'd like a model to draft the parser given 20 sample lines and the schema; then our unit tests run and an engineer reviews the PR. We've done a handful of tests in ChatGPT and the drafts were a decent head start.

We don't keep parsers and samples paired up anywhere usable; historically the samples were deleted after onboarding. The schema itself is getting a v3 rewrite this year.

Is there any reason not to just build this around a good prompt?
""",
facts={"task_kind":("code","a Python function"),
 "monthly_volume":(70,"about 70 of these a month"),
 "human_review":(True,"an engineer reviews the PR"),
 "prompting_falls_short":(False,"the drafts were a decent head start"),
 "labelled_examples":(0,"We don't keep parsers and samples paired up anywhere usable"),
 "task_changes_often":(True,"getting a v3 rewrite this year")})

add(slug="admissions-offer-emails-brief", label="prompt",
reason="Buzzword brief; voice not yet defined and no examples; every email approved; low volume.",
text="""
Brief: "Welcome Moments", AI-crafted offer communications
Marketing & Student Recruitment, Aldercroft College of Art

Big idea
An offer from Aldercroft should feel like the first page of your story, not a form letter. We want to harness next-gen generative AI to craft bespoke, emotionally resonant offer emails that reference each applicant's portfolio themes and chosen pathway: a truly human-first, AI-powered experience.

Inputs
The applicant's chosen course, a two-line note from the portfolio reviewer, and the conditions of offer.

Voice
"Aldercroft": bold, warm, a little irreverent. Honestly, we don't have it written down yet; the new brand book is due in spring, once the agency finishes.

Volume
Around 1,100 offers per year, mostly January to March.

Governance
Admissions will approve every email before it sends.

Timing
Soft launch this cycle.
""",
facts={"task_kind":("generation","craft bespoke, emotionally resonant offer emails"),
 "consistent_style":(True,"bold, warm, a little irreverent"),
 "task_changes_often":(True,"the new brand book is due in spring"),
 "human_review":(True,"Admissions will approve every email before it sends")})
