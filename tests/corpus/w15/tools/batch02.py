CASES = []
def add(**k): CASES.append(k)

add(slug="cyber-soc-triage-postmortem", label="fine_tune",
reason="Quality near target but 9k-token prompt too slow (4 s vs 500 ms) and costly at 3M/month; 220k labelled, stable taxonomy.",
text="""
# Post-mortem: LLM first-pass triage for SOC alerts (Q1)

Team: Managed Detection & Response, Bastion Grey

## What we built
Every alert from customer SIEMs went to a hosted frontier model with a 9,000-token prompt (our triage playbook, 40 worked examples, the MITRE mappings we care about). The model returned one of five verdicts: benign, benign-but-notify, suspicious, malicious, needs-context.

## What happened
1. Quality was fine: 91% agreement with senior analysts on a 2,000-alert audit, close to our 94% target.
2. Latency killed it. Median 4.1 s, p95 11 s. The SOAR workflow needs a verdict in under 500 ms or it times out and falls back to a human queue.
3. Cost. At roughly 3 million alerts a month the bill hit $96,000 in the first full month, against a budget of $25k.

## What we have
220,000 alerts with analyst-confirmed verdicts from the past two years. The verdict taxonomy has been stable since 2021.

## Data constraints
Alerts contain customer hostnames and usernames, and our contracts forbid sending them to a vendor that trains on them.

## Next attempt
Open question.
""",
facts={"task_kind":("classification","returned one of five verdicts"),
 "prompt_tokens":(9000,"a 9,000-token prompt"),
 "accuracy_target":(94,"our 94% target"),
 "latency_ms":(500,"under 500 ms"),
 "monthly_volume":(3000000,"roughly 3 million alerts a month"),
 "monthly_bill_usd":(96000,"the bill hit $96,000"),
 "labelled_examples":(220000,"220,000 alerts with analyst-confirmed verdicts"),
 "task_changes_often":(False,"The verdict taxonomy has been stable since 2021"),
 "constraints":(["no_vendor_training"],"forbid sending them to a vendor that trains on them")})

add(slug="admissions-ask-ava-concierge", label="rag",
reason="Answers only from official, cycle-changing university content with mandatory source links; voice wish is secondary.",
text="""
Campaign & Product Brief: "Ask Ava", the AI-powered applicant concierge
Northgate University, Recruitment & Marketing

VISION
Meet Gen Z where they are. Ava is a 24/7 conversational concierge that delights prospective students with instant, frictionless, on-brand answers about courses, entry requirements, fees, scholarships, accommodation and deadlines.

WHY NOW
Our enquiries inbox took 62,000 emails last cycle and 40% were questions already answered on the website.

CONTENT
Ava should answer only from official university content: the prospectus, course pages, fees and funding pages and admissions policies, about 600 web pages plus 35 PDFs. Entry requirements and fees are updated every cycle, and deadlines move at short notice (during Clearing in August they change daily).

MUST-HAVES
- Every answer links to the page it came from (Compliance insists: mis-stating fees is a consumer-law risk).
- Tone friendly but never flippant.
- Live for the October open days.

NICE TO HAVE
"Trained on Northgate DNA."
""",
facts={"task_kind":("question_answering","on-brand answers about courses"),
 "corpus_size":(635,"about 600 web pages plus 35 PDFs"),
 "needs_citations":(True,"Every answer links to the page it came from"),
 "needs_external_knowledge":(True,"answer only from official university content")})

add(slug="acct-bank-categorisation-founder", label="fine_tune",
reason="Narrow stable HMRC-category classification, 380k confirmed labels, prompting stuck at 86% vs 95%.",
text="""
Solo founder question (British, bootstrapped, be gentle).

I run Tallyho, a little app that auto-categorises bank transactions for sole traders into the HMRC self-assessment expense boxes (about 14 categories: "Office costs", "Travel", "Staff costs" and so on). It's been live for 18 months with 2,100 paying users at £6 a month.

Right now each transaction goes to an LLM with a prompt listing the categories and some rules. It's right about 86% of the time, going by what users correct. Users want 95%+, and corrections are my top support complaint. I've spent weeks on the prompt; adding more rules just breaks other cases.

The useful bit: I've got a pile of transactions where the user either accepted or corrected the category, so I know the right answer. (I said 500k in my last post. Correction: it's about 380,000 once you drop the duplicates.) The categories are set by HMRC and haven't changed in years.

Volume is around 700k transactions a month. API spend is about £900 a month, which I can live with.

Is this the point where I should fine-tune a small model on my corrections, or am I missing something obvious?
""",
facts={"task_kind":("classification","auto-categorises bank transactions"),
 "stage":("production","live for 18 months"),
 "accuracy_target":(95,"Users want 95%+"),
 "prompting_falls_short":(True,"adding more rules just breaks other cases"),
 "labelled_examples":(380000,"it's about 380,000"),
 "task_changes_often":(False,"haven't changed in years"),
 "monthly_volume":(700000,"around 700k transactions a month")})

add(slug="game-chat-toxicity-moderation", label="fine_tune",
reason="Huge volume, 50 ms budget, gamer-slang jargon, 1.1M labelled messages, stable policy; prompting misreads slang.",
text="""
Trust & Safety, *Riftborne Online*

Scope: classify every in-game text chat message as OK / mild / harassment / hate / self-harm risk / real-money-trading spam before it's shown to other players.

Why the current approach fails: we run a keyword filter plus a prompted LLM on flagged messages only. Players dodge the filter with game slang, l33t spelling and region-specific abuse ("gg ez uninstall", "kys" variants, guild-tag insults). The prompted model misreads much of this: it flags "I'm going to kill you at the Spire" (normal PvP talk) and misses coded slurs. On our evaluation set it scores 72% macro-F1.

Scale: ~90 million chat messages a month at peak. The moderation check can add no more than 50 ms to message delivery.

Data: Trust & Safety has labelled 1.1 million messages over three years, across 6 languages.

Policy: our categories were last revised in 2023 and are stable.
""",
facts={"task_kind":("classification","classify every in-game text chat message"),
 "domain_jargon":(True,"game slang, l33t spelling"),
 "monthly_volume":(90000000,"~90 million chat messages a month"),
 "latency_ms":(50,"no more than 50 ms"),
 "labelled_examples":(1100000,"labelled 1.1 million messages"),
 "prompting_falls_short":(True,"The prompted model misreads much of this"),
 "task_changes_often":(False,"last revised in 2023 and are stable")})

add(slug="charity-volunteer-policy-helper", label="rag",
reason="Volunteers need quoted answers from ~120 monthly-changing policies; safeguarding stakes; tiny budget, no ML team.",
text="""
From: Head of Volunteering, Riverside Youth Trust

We have about 1,400 volunteers across 60 clubs. They regularly message the central team with policy questions: can I give a young person a lift home, what's the rule on photos at events, who do I call out of hours if a disclosure happens.

Our policies: about 120 current documents (safeguarding, lone working, data protection, expenses, first aid), owned by different managers. (An earlier version of this note said 1,200; that counted every old version on the drive.) They're reviewed on different cycles and several change each month; local authority contact numbers change more often than that.

What we want: a helper that answers from the current policy only and quotes the relevant section, so the volunteer can see it's not made up. Getting safeguarding wrong could put a child at risk, so the quote matters more than a polished answer.

We're a small charity with no ML team and a limited budget, and we'd rather not maintain anything complicated. We get maybe 400 questions a month.
""",
facts={"task_kind":("question_answering","a helper that answers from the current policy only"),
 "corpus_size":(120,"about 120 current documents"),
 "knowledge_change_days":(30,"several change each month"),
 "needs_citations":(True,"quotes the relevant section"),
 "needs_external_knowledge":(True,"answers from the current policy only"),
 "stakes":("high","could put a child at risk"),
 "budget":("limited","a limited budget"),
 "monthly_volume":(400,"maybe 400 questions a month")})

add(slug="food-delivery-text-to-sql", label="prompt",
reason="Low-volume prototype with a moving schema and no question/SQL pairs; analysts review output.",
text="""
Question from the Insights team at Bitebox (India ops).

Our city managers keep asking analysts for ad-hoc numbers, e.g. "orders cancelled after pickup in Hyderabad last week by restaurant" or "avg delivery time for cloud kitchens in Koramangala vs Indiranagar". We are 6 analysts serving 40 city managers.

Idea is to let them type the question and get SQL generated against our Snowflake warehouse, which analysts can then glance and run. Maybe 300 questions a month.

Honestly the schema is a moving target: data engineering is renaming and splitting tables this whole quarter, and the metric definitions are still being argued in the metrics council. We have no collection of question-to-SQL pairs as such, only some dashboards.

We are only at prototype stage, a Streamlit page with a prompt containing the schema. Is this enough or do we need something heavy?
""",
facts={"task_kind":("code","get SQL generated"),
 "monthly_volume":(300,"Maybe 300 questions a month"),
 "task_changes_often":(True,"the schema is a moving target"),
 "labelled_examples":(0,"We have no collection of question-to-SQL pairs"),
 "stage":("prototype","We are only at prototype stage"),
 "human_review":(True,"analysts can then glance and run")})

add(slug="cyber-pentest-report-writeups", label="fine_tune", also=["prompt"],
reason="Fixed house format the prompt can't hold (40% need fixes), 11k QA'd findings, format stable since 2020.",
text="""
Internal proposal: Offensive Security Services, Ravelin Cyber (UK)

Our testers spend roughly 30% of each engagement writing the report. We'd like a model to turn testers' raw notes and tool output (Burp, Nessus, nmap) into finding write-ups in our house format: title, CVSS 3.1 vector and score, affected assets, description, evidence, business impact, remediation, references. Clients parse our reports into their GRC tools, so the structure must be exact.

We've tried a hosted model with our template in the prompt. Individual findings read well, but it drifts: merges sections, invents CVSS vectors that don't match the score, and rewrites in American English. Roughly 40% of findings need structural fixes.

We have about 900 delivered reports (around 11,000 findings) going back to 2019, all QA'd by a principal consultant. The house format hasn't changed since 2020.

Every report is still reviewed by a principal before release. We produce about 70 reports a month.
""",
facts={"task_kind":("generation","finding write-ups in our house format"),
 "labelled_examples":(11000,"around 11,000 findings"),
 "strict_format":(True,"the structure must be exact"),
 "prompting_falls_short":(True,"Roughly 40% of findings need structural fixes"),
 "task_changes_often":(False,"The house format hasn't changed since 2020"),
 "human_review":(True,"Every report is still reviewed by a principal before release"),
 "monthly_volume":(70,"about 70 reports a month"),
 "domain_jargon":(True,"CVSS 3.1 vector")})

add(slug="admissions-statement-scoring-retro", label="prompt",
reason="Rubric keeps changing and 300 single-tutor examples baked in bias; a rubric-in-prompt assistant fits, no budget.",
text="""
Retrospective: personal statement pre-scoring pilot, School of Engineering admissions

What we did
Last year we trained a model on 300 past personal statements paired with the admissions tutor's 1-5 score, hoping to pre-sort the 4,000 statements we read each cycle.

What went wrong
- The faculty changed the scoring rubric in September (new weight on "contextual achievement" and widening-participation flags). The model kept rewarding the old things: polished prose, prestigious work experience.
- 300 examples from one tutor baked in that tutor's taste.
- Next cycle's rubric is already under review again; the Widening Participation office expects changes for 2026 entry as well.

What's still true
Tutors read every statement anyway; the tool was only ever meant to help order the pile. The rubric fits on one page. We have no budget line for another training project.

Question
What's the sensible next version?
""",
facts={"task_kind":("classification","paired with the admissions tutor's 1-5 score"),
 "labelled_examples":(300,"300 past personal statements"),
 "task_changes_often":(True,"Next cycle's rubric is already under review again"),
 "human_review":(True,"Tutors read every statement anyway"),
 "budget":("none","We have no budget line for another training project")})

add(slug="acct-engagement-letters-ahmedabad", label="prompt", ext="txt",
reason="40 letters a month from 12 fixed templates, partner signs each; nothing tried yet, tiny budget.",
text="""
Hello, we are a CA firm in Ahmedabad with 3 partners and 22 staff, doing audit, GST and income tax work for about 450 clients (mostly MSMEs and a few LLPs).

Every new assignment needs an engagement letter. We have 12 standard templates approved by the partners (statutory audit, tax audit u/s 44AB, GST annual return, etc.). Presently an article assistant copies the template and fills client name, scope, fee and timelines, and sometimes modifies the scope paragraph as per partner's notes. Around 40 letters per month, more in the July-September season.

We want AI to draft the letter from the partner's short notes, keeping the template wording exactly except the scope paragraph. Partner will sign after reading, so review is there.

We have not tried anything till now. Budget is small, please suggest simple approach only.
""",
facts={"task_kind":("generation","draft the letter from the partner's short notes"),
 "monthly_volume":(40,"Around 40 letters per month"),
 "human_review":(True,"Partner will sign after reading"),
 "budget":("limited","Budget is small"),
 "strict_format":(True,"keeping the template wording exactly")})

add(slug="game-lore-archivist-bot", label="rag",
reason="Lore Q&A over ~3,660 private docs that change each season, needs links and spoiler permissioning.",
text="""
Community feature request: "Ask the Archivist", *Starwake*

Starwake has 11 years of lore: about 3,660 documents in all, roughly 3,400 wiki pages (maintained by our community team and 40 volunteer editors) and 260 internal lore-bible documents, plus every season's story text. Players ask lore questions constantly on Discord: "is the Hollow King the same person as Ser Edric?", "what happened to the Thessaly colony after Season 9?".

We want a Discord bot that answers lore questions and links the wiki page or lore-bible section behind each claim, because lore fans will argue with anything unsourced. Each new season (every 3 months) adds and retcons lore, and spoilers for unreleased content must never leak, so unpublished lore-bible sections have to stay excluded until their season goes live.

Expected volume: roughly 20,000 questions a month. A producer asked whether we should "teach the model our lore" by training it.
""",
facts={"task_kind":("question_answering","answers lore questions"),
 "corpus_size":(3660,"about 3,660 documents in all"),
 "needs_citations":(True,"links the wiki page or lore-bible section behind each claim"),
 "knowledge_change_days":(90,"every 3 months"),
 "monthly_volume":(20000,"roughly 20,000 questions a month"),
 "needs_external_knowledge":(True,"260 internal lore-bible documents")})
