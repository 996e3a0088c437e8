CASES = []
def add(**k): CASES.append(k)

add(slug="charity-foodbank-rota-emails", label="prompt",
reason="Tiny volunteer-run task, friendly tone, no money, every email read before sending.",
text="""
Tiny ask from Saltmarsh Food Bank (we're all volunteers).

Every Monday our coordinator writes emails to that week's volunteers: your shift times, which warehouse door, what to bring, any changes. It's about 20 emails a week and takes her most of Sunday evening. The information comes from our rota spreadsheet.

Could an AI write these from the spreadsheet rows? We have no money to spend and nobody technical, just the free tier of whatever tools exist. A friendly tone is all we need. She'd read them before sending.
""",
facts={"task_kind":("generation","write these from the spreadsheet rows"),
 "budget":("none","We have no money to spend"),
 "human_review":(True,"She'd read them before sending")})

add(slug="food-delivery-partner-terms-copilot", label="rag",
reason="Contract-version-specific answers from ~900 monthly-revised documents with clause citations.",
text="""
Partner Support, Tiffinly (food delivery, India)

Restaurant partners call and chat with our partner-support team about commercial terms: commission slabs, payout cycles, penalties for order cancellations, packaging charge rules, GST on platform fees, the new ad-credit scheme. Terms differ by city, by restaurant category and by contract version, and many partners are still on older contracts.

Our knowledge base has around 900 documents: contract templates by version, city-level rate cards, policy circulars and FAQs. Rate cards and schemes are revised every month, and festive-season schemes come and go within weeks.

We want a copilot for support agents that answers the partner's question for their specific contract version and cites the clause or circular, so agents can share the reference. About 70,000 partner queries a month. An agent always sends the final reply.

Leadership question: the business head says we should "train our own Tiffinly LLM". What is actually needed?
""",
facts={"task_kind":("question_answering","answers the partner's question"),
 "corpus_size":(900,"around 900 documents"),
 "knowledge_change_days":(30,"revised every month"),
 "needs_citations":(True,"cites the clause or circular"),
 "needs_external_knowledge":(True,"for their specific contract version"),
 "monthly_volume":(70000,"About 70,000 partner queries a month"),
 "human_review":(True,"An agent always sends the final reply")})

add(slug="cyber-yara-rule-drafting", label="fine_tune",
reason="Specialised rule notation, prompting yields 30% non-compiling rules, 14k CI-validated pairs, conventions stable, on-prem.",
text="""
Malware research, Quillfort Labs

Our analysts write YARA rules from their reverse-engineering notes: string patterns, byte sequences with wildcards and jumps, PE header conditions, imphash checks. We want a model to draft the rule from the analyst's notes plus the sample's strings dump.

A general model with our style guide and 15 examples in the prompt (~6,000 tokens) produced rules that don't compile about 30% of the time (bad hex jump syntax, undefined modules, wrong condition logic), and many that do compile are too loose and would fire on clean files.

We have 14,000 rules from our internal repo, each linked to the analyst notes and the sample hash that prompted it, all passed through our CI (compile plus a false-positive scan against a 2M-file goodware corpus). The rule conventions have been stable for five years.

Volume is modest: about 1,200 rules a month. Every rule still goes through CI and peer review before deployment. Samples and notes are customer-confidential and must stay on our own infrastructure.
""",
facts={"task_kind":("code","draft the rule"),
 "domain_jargon":(True,"byte sequences with wildcards and jumps"),
 "prompt_tokens":(6000,"~6,000 tokens"),
 "prompting_falls_short":(True,"don't compile about 30% of the time"),
 "labelled_examples":(14000,"14,000 rules from our internal repo"),
 "task_changes_often":(False,"stable for five years"),
 "monthly_volume":(1200,"about 1,200 rules a month"),
 "human_review":(True,"Every rule still goes through CI and peer review"),
 "constraints":(["on_prem"],"must stay on our own infrastructure")})

add(slug="admissions-pathfinder-course-matcher", label="rag",
reason="Recommendations must be real courses with actual requirements, linked, from ~2,400 yearly-refreshed pages.",
text="""
Digital Experience Brief: "Pathfinder", the AI course matchmaker
Kingsmead University, Marketing

The ask
Transform the prospective-student journey with an intelligent, conversational course matchmaker that understands each applicant's passions, predicted grades and ambitions, and surfaces perfect-fit courses, driving conversion, reducing bounce and future-proofing our digital front door.

Substance
Pathfinder must recommend only real Kingsmead courses and state their actual entry requirements, modules, placement options and fees. Our catalogue is about 2,400 course pages (UG, PG, foundation, joint honours). An earlier draft of this brief said the catalogue changes weekly; that was the news pages. Course pages are refreshed once a year for the new prospectus, with occasional mid-year course withdrawals.

Each recommendation has to link to the course page, because applicants rely on entry requirements to plan their UCAS choices.

Context
Roughly 180,000 unique visitors a month reach our course pages. Agency partners have pitched "a bespoke Kingsmead LLM".
""",
facts={"task_kind":("question_answering","surfaces perfect-fit courses"),
 "corpus_size":(2400,"about 2,400 course pages"),
 "knowledge_change_days":(365,"refreshed once a year"),
 "needs_citations":(True,"Each recommendation has to link to the course page"),
 "needs_external_knowledge":(True,"state their actual entry requirements, modules, placement options and fees")})

add(slug="acct-receipt-extraction-scale", label="fine_tune",
reason="9M/month fixed-schema extraction where 3-8 s latency and $41k bill fail the bar; 500k confirmed examples; frozen schema.",
text="""
Platform team, Ledgerly (expense and bookkeeping SaaS)

Users snap receipts; we extract merchant, date, total, VAT amount, VAT number, currency and line items into a fixed JSON schema that feeds bookkeeping. We process around 9 million receipts a month across the UK, Ireland and the EU.

Current setup: a frontier vision model with a 2,800-token prompt (schema, rules for VAT by country, 6 examples). Accuracy is acceptable at 94% field-level, but product requires a p95 of 1.5 seconds and we're seeing 3-8 seconds, and the monthly bill is about $41,000, which the CFO says must halve this year.

Assets: 500,000 receipts whose extractions were corrected and confirmed by users or our accountants. The schema has been frozen since v4 in 2023.

Data residency: EU customers' receipts must be processed in the EU.
""",
facts={"task_kind":("extraction","we extract merchant, date, total"),
 "monthly_volume":(9000000,"around 9 million receipts a month"),
 "strict_format":(True,"a fixed JSON schema"),
 "prompt_tokens":(2800,"a 2,800-token prompt"),
 "latency_ms":(1500,"a p95 of 1.5 seconds"),
 "monthly_bill_usd":(41000,"about $41,000"),
 "labelled_examples":(500000,"500,000 receipts"),
 "task_changes_often":(False,"frozen since v4 in 2023"),
 "constraints":(["eu_residency"],"must be processed in the EU"),
 "stage":("production","Current setup")})

add(slug="game-steam-page-translation", label="prompt",
reason="One-off 450-word store page translation into six languages, no budget for an agency.",
text="""
Small studio, quick question. We're launching our puzzle game on Steam next month and want the store page (about 450 words: short description, long description, feature bullets, system requirements) in French, German, Spanish, Brazilian Portuguese, Japanese and Simplified Chinese.

This is a one-time job; we'll only update it if we ship a big expansion. We can't afford a localisation agency for this bit. A friend who speaks Japanese will sanity-check that one; the rest we'll trust.

Is there any reason not to just ask a good model?
""",
facts={"task_kind":("translation","in French, German, Spanish, Brazilian Portuguese, Japanese and Simplified Chinese"),
 "stage":("one_off","This is a one-time job"),
 "budget":("limited","We can't afford a localisation agency")})

add(slug="charity-evidence-library-qa", label="rag",
reason="Answers drawn from 240 private reports with title/year/page cited, withdrawn reports removed, permissions per donor.",
text="""
Knowledge & Learning, GlobalWell (international development charity)

Over 12 years we've produced about 240 evaluation and impact reports (programme evaluations, baseline studies, learning briefs) from 30 countries. Programme staff writing new proposals keep reinventing the wheel because nobody can find what we already learned ("what did we find about cash transfers and school attendance in Malawi?").

We want staff to ask questions and get answers drawn from our own reports, with the report title, year and page cited so the finding can go into funder proposals. Donors check our evidence claims.

New reports arrive at perhaps 20 a year, and a handful of older ones get withdrawn when evaluations are superseded; those must stop being cited.

There are about 350 programme and fundraising staff; we're not sure of usage, but maybe 500 questions a month. Some reports are confidential to particular donors and only certain staff may see them.
""",
facts={"task_kind":("question_answering","get answers drawn from our own reports"),
 "corpus_size":(240,"about 240 evaluation and impact reports"),
 "needs_citations":(True,"with the report title, year and page cited"),
 "needs_external_knowledge":(True,"what we already learned"),
 "monthly_volume":(500,"maybe 500 questions a month")})

add(slug="food-cloud-kitchen-promos-founder", label="prompt", ext="txt",
reason="Solo founder, ~30 promos a month, weekly-changing offers, no examples, reads everything.",
text="""
Hi, myself Priya, solo founder of a cloud kitchen brand in Bengaluru (3 kitchens, biryani and rolls, around 1,100 orders a day on the aggregators). I am sending push notifications and WhatsApp promos to our customer list, around 30 different messages per month: festival offers, rainy-day combos, IPL match-night deals.

I want AI to write catchy 1-2 line promo texts in Hinglish and English, with emojis, under 120 characters. I have not saved old messages properly, so no examples to give. My offers change every week so the instructions will keep changing.

Budget is tight, I am paying for everything myself. I will anyway read each message before sending. Do I need some custom model or is ChatGPT enough?
""",
facts={"task_kind":("generation","write catchy 1-2 line promo texts"),
 "monthly_volume":(30,"around 30 different messages per month"),
 "labelled_examples":(0,"no examples to give"),
 "task_changes_often":(True,"My offers change every week"),
 "budget":("limited","Budget is tight"),
 "human_review":(True,"I will anyway read each message before sending")})

add(slug="cyber-security-questionnaires", label="rag",
reason="Answers must come from ~300 current, quarterly-reviewed policy documents with references; old Q&A pairs are stale.",
text="""
Sales engineering, Brackenwall (cloud security vendor)

Enterprise prospects send us security questionnaires: SIG Lite, CAIQ, bespoke spreadsheets of 150-600 questions ("Do you encrypt data at rest? Describe key management."). We answer about 45 questionnaires a month, which works out at roughly 14,000 questions, and each questionnaire takes a sales engineer two days.

Our answers have to come from our current policies and evidence: about 300 documents (security policies, SOC 2 report, pen-test summaries, architecture docs, sub-processor list). Policies are reviewed quarterly and the sub-processor list changes whenever we add a vendor.

Each answer needs a reference to the policy or evidence document so the prospect's assessor can request it; a wrong answer can end up as a contractual misrepresentation. A sales engineer reviews every answer before sending.

We also have about 8,000 previously approved question-answer pairs from old questionnaires, but many are out of date.
""",
facts={"task_kind":("question_answering","We answer about 45 questionnaires a month"),
 "monthly_volume":(14000,"roughly 14,000 questions"),
 "corpus_size":(300,"about 300 documents"),
 "knowledge_change_days":(90,"Policies are reviewed quarterly"),
 "needs_citations":(True,"Each answer needs a reference to the policy or evidence document"),
 "stakes":("high","a contractual misrepresentation"),
 "human_review":(True,"A sales engineer reviews every answer before sending"),
 "labelled_examples":(8000,"about 8,000 previously approved question-answer pairs"),
 "needs_external_knowledge":(True,"our current policies and evidence")})

add(slug="admissions-mmi-rubric-scoring", label="fine_tune",
reason="Stable rubric scoring with 9,800 moderated examples; prompting 62% vs 85%; medical words don't change the approach.",
text="""
Medical School Admissions: Multiple Mini-Interview (MMI) support

We run MMIs for about 1,300 candidates a year, 8 stations each. Interviewers score each station 1-7 against a fixed rubric, and we want a model to give a second, independent rubric score from the station transcript, flagging large disagreements for moderation. The model never decides alone: any disagreement of 2+ points goes to a moderator.

The rubric and station types have been used unchanged for four years.

We tried a general model with the rubric and anchor descriptions in the prompt. Its agreement with the moderated final score (within 1 point) was 62%; our admissions committee needs 85% before they'll use it even as a flag.

We have about 9,800 transcribed stations with moderated scores from the last four cycles. Transcripts contain candidate personal data and must not be used to train any vendor's models.
""",
facts={"task_kind":("classification","score each station 1-7 against a fixed rubric"),
 "task_changes_often":(False,"used unchanged for four years"),
 "prompting_falls_short":(True,"was 62%"),
 "accuracy_target":(85,"needs 85%"),
 "labelled_examples":(9800,"about 9,800 transcribed stations with moderated scores"),
 "constraints":(["personal_data","no_vendor_training"],"Transcripts contain candidate personal data and must not be used to train any vendor's models")})
