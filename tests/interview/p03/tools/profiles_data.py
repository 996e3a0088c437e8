# Source data for the 20 profiles. "_in_opening" lists truth fields the opening states
# (used only by the checker; not written to YAML).

P = {}

# ---------------------------------------------------------------- vague
P["vague-furniture-shop-chat"] = dict(
    persona="vague", label="rag", also_acceptable=[],
    reason="Answers depend on the shop's own product, stock and delivery info (~450 docs, changing weekly); a general model cannot know it and there is no training data.",
    opening="hi, we run an online furniture shop and want some kind of ai thing for customer questions?? not sure what exactly tbh\n",
    _in_opening=[],
    truth=dict(task_kind="question_answering", monthly_volume=9000, corpus_size=450,
               knowledge_change_days=7, needs_external_knowledge=True, stage="prototype",
               labelled_examples=0, stakes="medium"),
    answers=dict(
        task_kind="mostly answering what customers ask i guess.. delivery times, returns, will this sofa fit thru a door, that kind of stuff",
        monthly_volume="around 300 chats a day i think? roughly",
        corpus_size="few hundred product pages plus the returns and delivery pages, maybe 450 all in",
        knowledge_change_days="stock and prices change every week or so",
        needs_external_knowledge="yeah it would need our own stock and delivery info, chatgpt doesnt know that",
        stage="nothing built yet, its just an idea rn",
        labelled_examples="no we dont have anything like that",
        stakes="medium-ish? a wrong answer means an annoyed customer or a return",
        needs_citations="could be nice to link the product page, not sure",
        latency_ms="no idea really, fast i guess?",
        budget="depends who you ask lol, my boss would say limited",
        prompting_falls_short="we havent really tried anything, so dunno",
    ),
    unsure=["needs_citations", "latency_ms", "budget", "prompting_falls_short"],
    not_applicable=["prompt_tokens", "cost_per_call_usd", "monthly_bill_usd"],
)

P["vague-university-quiz-questions"] = dict(
    persona="vague", label="prompt", also_acceptable=[],
    reason="Early, low-volume generation task with no data, human review and requirements that change per lecturer; prompting with pasted notes is the right start.",
    opening="Our department is interested in using AI for teaching somehow. Possibly for making practice questions? We're not sure yet.\n",
    _in_opening=[],
    truth=dict(task_kind="generation", monthly_volume=200, labelled_examples=0, stage="prototype",
               task_changes_often=True, stakes="low", human_review=True,
               needs_external_knowledge=False, budget="none"),
    answers=dict(
        task_kind="I think mainly writing practice questions for students from the lecture material.",
        monthly_volume="Perhaps a couple of hundred question sets a month during term? Less in the summer.",
        labelled_examples="We don't have anything like that collected, no.",
        stage="Very early. A colleague has played with ChatGPT, that's about it.",
        task_changes_often="Yes, every lecturer wants something different, so it keeps changing.",
        stakes="Low, they're only practice questions.",
        human_review="Yes, the lecturer would check them before students see them.",
        needs_external_knowledge="No, it would work from the lecturer's own notes, which they would paste in.",
        budget="Not really. We'd use whatever the university licence already covers.",
        strict_format="Maybe? Some people want multiple choice, some don't. It depends.",
        accuracy_target="Hard to say. High, I suppose?",
    ),
    unsure=["strict_format", "accuracy_target"],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations", "prompt_tokens",
                    "cost_per_call_usd", "monthly_bill_usd"],
)

P["vague-insurance-claims-inbox"] = dict(
    persona="vague", label="fine_tune", also_acceptable=[],
    reason="Stable, narrow routing classification with ~50k hand-labelled emails, 60k a month and jargon; a prompted attempt plateaued around 75% against a 90% target.",
    opening="hey so we're an insurance co and ppl keep saying we should use ai on our claims inbox. someone tried something already but its meh\n",
    _in_opening=[],
    truth=dict(task_kind="classification", monthly_volume=60000, labelled_examples=50000,
               prompting_falls_short=True, accuracy_target=90, stage="prototype",
               task_changes_often=False, domain_jargon=True, stakes="medium"),
    answers=dict(
        task_kind="basically sort the emails into the right claim type so they go to the right team",
        monthly_volume="idk, 2k a day-ish?",
        labelled_examples="prob around 50k from the last couple yrs, all routed by hand so they're tagged",
        prompting_falls_short="yeah someone tried chatgpt with a long prompt, it got like 3 out of 4 right. not good enough",
        accuracy_target="they said 90% or so",
        stage="just that one test, nothing live",
        task_changes_often="no the categories have been the same for years",
        domain_jargon="yes loads of insurance speak, policy codes, abbreviations etc",
        stakes="medium i guess, a misrouted claim sits around for days",
        budget="no clue, probably theres some money if it works?",
        latency_ms="not sure it matters tbh",
    ),
    unsure=["budget", "latency_ms"],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations"],
)

P["vague-hospital-policy-questions"] = dict(
    persona="vague", label="rag", also_acceptable=[],
    reason="Staff questions must be answered from ~1,200 private, monthly-updated hospital policies with the source shown for audit, and the stakes are high.",
    opening="I work at a regional hospital. We'd like staff to be able to ask an AI about our procedures, I think. I'm not very technical, sorry.\n",
    _in_opening=[],
    truth=dict(task_kind="question_answering", corpus_size=1200, knowledge_change_days=30,
               needs_citations=True, needs_external_knowledge=True, stakes="high",
               stage="prototype", labelled_examples=0),
    answers=dict(
        task_kind="Mostly answering staff questions, like 'what's the protocol for X'.",
        corpus_size="There's a big intranet of policies and protocols. Over a thousand documents; someone told me about 1,200.",
        knowledge_change_days="They get updated roughly monthly, some more often than that.",
        needs_citations="Yes, staff would need to see which policy the answer came from, for audits.",
        needs_external_knowledge="Yes, it's all our own hospital's rules.",
        stakes="High. If someone follows the wrong protocol, that's patient safety.",
        stage="We haven't started anything. It's just an idea from a meeting.",
        labelled_examples="No, nothing like that.",
        monthly_volume="Hard to say. Depends how many staff use it, could be a few hundred questions a week or way more.",
        budget="Not sure, I'd have to ask finance.",
        constraints="I assume there are rules about where data can go, but I don't know which ones.",
    ),
    unsure=["monthly_volume", "budget", "constraints"],
    not_applicable=["prompt_tokens", "cost_per_call_usd", "monthly_bill_usd"],
)

# ---------------------------------------------------------------- self_correcting
P["selfcorr-devtools-query-dsl"] = dict(
    persona="self_correcting", label="fine_tune", also_acceptable=[],
    reason="Narrow, stable NL-to-DSL code task with ~6k labelled pairs, custom notation, 300k calls a month, a 12k-token prompt and an 800 ms budget; prompting misses the accuracy bar.",
    opening="we make a log analytics tool w/ its own query language (kinda like SQL but not really). want users to type english and get a query back. we have ~500 example pairs english->query, and its live for all users already, but prompting gpt4 with the language docs gets it wrong a lot\n",
    _in_opening=["labelled_examples", "stage", "prompting_falls_short", "task_kind"],
    truth=dict(task_kind="code", labelled_examples=6000, stage="pilot", prompting_falls_short=True,
               monthly_volume=300000, accuracy_target=85, domain_jargon=True, latency_ms=800,
               prompt_tokens=12000, task_changes_often=False, strict_format=True,
               budget="available", stakes="low", human_review=True),
    answers=dict(
        labelled_examples="about 6k pairs",
        stage="pilot, its on for the beta cohort",
        prompting_falls_short="yeah it falls short, lots of invalid or wrong queries",
        monthly_volume="around 10k queries a day once its rolled out to everyone",
        accuracy_target="we score exact-match-ish on a test set, currently 62%, want 85",
        domain_jargon="yes its our own syntax, pipes and weird operators nobody else uses",
        latency_ms="needs to come back under a sec, we aim for 800ms",
        prompt_tokens="the prompt w/ the grammar docs is like 12k tokens",
        task_changes_often="no, syntax is stable, last big change was 2 yrs ago",
        strict_format="yes it has to be a valid query or the parser rejects it",
        budget="yeah theres budget for this, its a roadmap item",
        stakes="low tbh, a bad query just returns the wrong rows and the user sees that",
        human_review="yes, the query shows up in the editor and the user hits run themselves",
    ),
    unsure=[],
    corrections=[
        dict(field="labelled_examples", wrong=500, right=6000,
             text="scratch that ~500, that was last quarter's number. our eval team has labelled about 6k pairs by now",
             after_turn=2),
        dict(field="stage", wrong="production", right="pilot",
             text="update: just checked with PM, its only switched on for the beta cohort (~5% of users), so pilot really, not full prod",
             after_turn=4),
    ],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations"],
)

P["selfcorr-insurance-policy-wording"] = dict(
    persona="self_correcting", label="rag", also_acceptable=[],
    reason="Agents need cited answers from 300 private policy wordings that change monthly, with high stakes and a live caller; this is a knowledge problem, not behaviour.",
    opening="We're a mid-sized insurer. Our call-centre agents need quick answers about what our policies cover. There are about 300 policy wordings, and they hardly ever change, maybe once a year.\n",
    _in_opening=["task_kind", "corpus_size", "knowledge_change_days"],
    truth=dict(task_kind="question_answering", corpus_size=300, knowledge_change_days=30,
               needs_citations=True, needs_external_knowledge=True, monthly_volume=24000,
               stakes="high", stage="pilot", latency_ms=3000, labelled_examples=0,
               constraints=["eu_residency"], budget="limited", domain_jargon=True),
    answers=dict(
        knowledge_change_days="Roughly every month.",
        needs_citations="Yes. Agents must quote the clause number to the customer.",
        needs_external_knowledge="Yes, these are our own product wordings.",
        monthly_volume="About 800 lookups a day.",
        stakes="High. Wrong coverage advice can end up as a complaint to the regulator.",
        stage="A pilot with 20 agents using a basic keyword search.",
        latency_ms="Under three seconds; the customer is on the line.",
        labelled_examples="We don't have question-answer pairs as such, so none.",
        constraints="Data has to stay in the EU.",
        budget="Limited. One small team and a modest cloud budget.",
        domain_jargon="Yes, it's full of insurance terms: exclusions, endorsements, excess.",
    ),
    unsure=[],
    corrections=[
        dict(field="knowledge_change_days", wrong=365, right=30,
             text="My mistake on the update frequency. I checked with the product team: with endorsements and regulatory amendments, the wordings change roughly every month, not once a year.",
             after_turn=3),
    ],
    not_applicable=[],
)

P["selfcorr-university-announcement-translation"] = dict(
    persona="self_correcting", label="prompt", also_acceptable=[],
    reason="About 40 announcements a month, translated from given text with human checking; prompting already works and there is no data or budget.",
    opening="hey! im at the intl students office at a uni. we want to use ai to translate our announcements and newsletters into like 6 languages. its about 5000 a month\n",
    _in_opening=["task_kind", "monthly_volume"],
    truth=dict(task_kind="translation", monthly_volume=40, labelled_examples=0, stage="prototype",
               prompting_falls_short=False, stakes="medium", human_review=True, budget="none",
               consistent_style=False, domain_jargon=False, task_changes_often=False,
               needs_external_knowledge=False),
    answers=dict(
        monthly_volume="around 40 announcements a month",
        labelled_examples="we dont have translated pairs really, no",
        stage="just testing with chatgpt atm",
        prompting_falls_short="honestly chatgpt does ok, a bit stiff sometimes but fine",
        stakes="medium, some of it is visa deadline info so kinda important",
        human_review="yes a student worker who speaks the language checks each one",
        budget="zero lol, we're a uni office",
        consistent_style="friendly is nice but nothing strict",
        domain_jargon="no, normal language, maybe a few uni words",
        task_changes_often="no its always the same job",
        needs_external_knowledge="no its just the text we give it",
    ),
    unsure=[],
    corrections=[
        dict(field="monthly_volume", wrong=5000, right=40,
             text="no, sorry, 5000 was words not announcements haha. its maybe 40 announcements a month",
             after_turn=1),
    ],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations", "latency_ms",
                    "cost_per_call_usd", "monthly_bill_usd"],
)

P["selfcorr-hospital-radiology-extraction"] = dict(
    persona="self_correcting", label="fine_tune", also_acceptable=[],
    reason="Stable extraction into a fixed registry schema with 8,000 hand-coded reports, heavy jargon, on-prem hosting and a 97% bar that the prompted local model does not reach.",
    opening="I lead a data team at a university hospital. We extract structured fields (tumour size, location, staging) from free-text radiology reports into a fixed JSON schema for our cancer registry. We have about 8,000 reports that registrars have already coded by hand. Our prompted pipeline on a locally hosted open model is doing fine; we mostly want to cut cost.\n",
    _in_opening=["task_kind", "strict_format", "labelled_examples", "prompting_falls_short", "domain_jargon"],
    truth=dict(task_kind="extraction", labelled_examples=8000, strict_format=True, domain_jargon=True,
               prompting_falls_short=True, accuracy_target=97, monthly_volume=15000, stage="pilot",
               constraints=["on_prem", "personal_data"], stakes="high", human_review=False,
               task_changes_often=False, budget="available", prompt_tokens=6000),
    answers=dict(
        prompting_falls_short="Yes, it falls short of the required accuracy.",
        accuracy_target="The registry requires 97% field-level accuracy.",
        monthly_volume="Around 500 reports a day.",
        stage="Pilot. It runs on one department's reports.",
        constraints="It has to run inside our own data centre, and these are patient records.",
        stakes="High. Registry data feeds treatment research and national statistics.",
        human_review="No. Registrars spot-check about 10% of the output.",
        task_changes_often="No. The schema follows a national standard that is revised every few years.",
        budget="Available. A research grant covers GPU time and annotation.",
        prompt_tokens="The prompt with coding rules and examples is around 6,000 tokens.",
    ),
    unsure=[],
    corrections=[
        dict(field="prompting_falls_short", wrong=False, right=True,
             text="I double-checked with the registrars, and I was too positive earlier: the prompted pipeline is not fine. It scores about 88% field-level and often gets the staging wrong, so it does not meet the registry's bar.",
             after_turn=2),
    ],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations", "latency_ms"],
)

# ---------------------------------------------------------------- yes_no
P["yesno-etsy-product-descriptions"] = dict(
    persona="yes_no", label="prompt", also_acceptable=[],
    reason="Sixty descriptions a month, no examples, no budget, low stakes, and prompting not yet tried; a prompt with a few style samples is the obvious start.",
    opening="want ai to write product descriptions for my online shop\n",
    _in_opening=["task_kind"],
    truth=dict(task_kind="generation", monthly_volume=60, labelled_examples=0, stage="prototype",
               stakes="low", budget="none", consistent_style=True, human_review=True,
               needs_external_knowledge=False, strict_format=False, task_changes_often=False),
    answers=dict(
        monthly_volume="60",
        labelled_examples="none",
        stage="idea stage",
        stakes="low",
        budget="none",
    ),
    unsure=[],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations", "latency_ms",
                    "accuracy_target", "prompt_tokens", "cost_per_call_usd", "monthly_bill_usd"],
)

P["yesno-devtools-api-docs-assistant"] = dict(
    persona="yes_no", label="rag", also_acceptable=[],
    reason="Answers must come, with citations, from 2,500 private doc pages that change weekly; prompting hallucinated endpoints, which is a knowledge gap.",
    opening="We need an assistant that answers developer questions about our API documentation.\n",
    _in_opening=["task_kind"],
    truth=dict(task_kind="question_answering", corpus_size=2500, knowledge_change_days=7,
               needs_citations=True, needs_external_knowledge=True, monthly_volume=90000,
               stage="prototype", labelled_examples=300, latency_ms=2000, stakes="medium",
               budget="limited", human_review=False, prompting_falls_short=True,
               strict_format=False, task_changes_often=False, domain_jargon=True),
    answers=dict(
        corpus_size="2500 pages",
        knowledge_change_days="weekly",
        monthly_volume="3k/day",
        stage="prototype",
        labelled_examples="300",
        latency_ms="2s",
        stakes="medium",
        budget="limited",
    ),
    unsure=[],
    not_applicable=["cost_per_call_usd", "monthly_bill_usd"],
)

P["yesno-insurance-adjuster-reports"] = dict(
    persona="yes_no", label="fine_tune", also_acceptable=[],
    reason="Stable rewrite into a strict report template at 100k a month with 20k example pairs and jargon; prompting falls short of 95%, so the gap is behaviour.",
    opening="need to turn adjuster field notes into our standard claim report template\n",
    _in_opening=["task_kind"],
    truth=dict(task_kind="transformation", monthly_volume=100000, labelled_examples=20000,
               strict_format=True, prompting_falls_short=True, domain_jargon=True,
               task_changes_often=False, stage="pilot", stakes="medium", accuracy_target=95,
               human_review=True, budget="available", prompt_tokens=4000, cost_per_call_usd=0.04,
               constraints=["personal_data", "no_vendor_training"], needs_external_knowledge=False),
    answers=dict(
        monthly_volume="100k",
        labelled_examples="20k",
        stage="pilot",
        stakes="medium",
        accuracy_target="95%",
        budget="available",
        prompt_tokens="4k",
        cost_per_call_usd="4 cents",
        constraints="PII, no vendor training",
    ),
    unsure=[],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations"],
)

P["yesno-devtools-survey-summary"] = dict(
    persona="yes_no", label="prompt", also_acceptable=[],
    reason="A one-off summary of 1,200 survey comments with no data, no budget, low stakes and human review; prompting (with chunking) is all it needs.",
    opening="We want to summarise the free-text comments from our annual developer survey.\n",
    _in_opening=["task_kind"],
    truth=dict(task_kind="summarisation", monthly_volume=1200, stage="one_off", labelled_examples=0,
               stakes="low", human_review=True, needs_external_knowledge=False, needs_citations=False,
               strict_format=False, budget="none", constraints=["personal_data"]),
    answers=dict(
        monthly_volume="1200 comments, once",
        stage="one-off",
        labelled_examples="0",
        stakes="low",
        budget="none",
        constraints="personal data",
    ),
    unsure=[],
    not_applicable=["corpus_size", "knowledge_change_days", "latency_ms", "task_changes_often",
                    "cost_per_call_usd", "monthly_bill_usd"],
)

# ---------------------------------------------------------------- expert
P["expert-retail-attribute-extraction"] = dict(
    persona="expert", label="fine_tune", also_acceptable=[],
    reason="2M stable extractions a month into a strict schema, 40k labelled pairs, prompting stuck at 89% vs 96%, with latency and a $12k bill driven by a 3,500-token prompt.",
    opening=("We are a marketplace with about 1.2 million SKUs. We extract 22 product attributes (material, dimensions, colour, "
             "compatibility, etc.) from supplier listing text into a fixed JSON schema. Volume is 2 million listings per month in "
             "production. We have 40,000 listings with attributes verified by our catalogue team. Our current prompt is 3,500 tokens "
             "with few-shot examples; it reaches 89% field-level accuracy on a 2,000-item test set and our target is 96%. "
             "Latency has to stay under 300 ms per listing for the ingestion pipeline. We pay about $0.006 per call, roughly "
             "$12,000 a month. The schema has been stable for 18 months, and we have budget for training.\n"),
    _in_opening=["task_kind", "monthly_volume", "labelled_examples", "strict_format", "prompting_falls_short",
                 "accuracy_target", "latency_ms", "prompt_tokens", "cost_per_call_usd", "monthly_bill_usd",
                 "stage", "task_changes_often", "budget"],
    truth=dict(task_kind="extraction", monthly_volume=2000000, labelled_examples=40000, strict_format=True,
               prompting_falls_short=True, accuracy_target=96, latency_ms=300, prompt_tokens=3500,
               cost_per_call_usd=0.006, monthly_bill_usd=12000, stage="production",
               task_changes_often=False, budget="available", stakes="medium", human_review=False,
               domain_jargon=False, needs_external_knowledge=False),
    answers=dict(
        stakes="Medium. A wrong attribute means a bad filter result or a return, not a safety issue.",
        human_review="No. Only a 1% audit sample is checked by the catalogue team.",
        domain_jargon="No. There are some supplier abbreviations, but nothing specialised.",
        needs_external_knowledge="No. Everything needed is in the listing text itself.",
    ),
    unsure=[],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations"],
)

P["expert-university-student-services"] = dict(
    persona="expert", label="rag", also_acceptable=[],
    reason="Cited answers from 3,400 private regulation pages that change each semester, 25k questions a month; prompt-stuffing failed, and 600 labelled pairs serve evaluation, not training.",
    opening=("hi, im running the student-services chatbot project at a german uni. facts: 3,400 pages of regulations, "
             "exam rules, fees and deadlines (PDF + intranet), updated every semester so ~90 days. answers must link the exact "
             "regulation paragraph. ~25k student questions per month expected, currently pilot with 2 faculties. latency target "
             "4 s. we tried stuffing the top documents into a 20k token prompt: 31% of answers wrong or outdated, target is 90% "
             "correct. we have 600 hand-checked question/answer pairs we use as eval set. data must stay in EU and contains "
             "student personal data. budget is limited, one position plus cloud.\n"),
    _in_opening=["task_kind", "corpus_size", "knowledge_change_days", "needs_citations", "monthly_volume", "stage",
                 "latency_ms", "prompt_tokens", "prompting_falls_short", "accuracy_target", "labelled_examples",
                 "constraints", "budget", "needs_external_knowledge"],
    truth=dict(task_kind="question_answering", corpus_size=3400, knowledge_change_days=90, needs_citations=True,
               needs_external_knowledge=True, monthly_volume=25000, latency_ms=4000, labelled_examples=600,
               prompting_falls_short=True, stage="pilot", stakes="medium", accuracy_target=90,
               constraints=["eu_residency", "personal_data"], budget="limited", prompt_tokens=20000,
               human_review=False, task_changes_often=False, strict_format=False, consistent_style=False,
               domain_jargon=False),
    answers=dict(
        stakes="medium. wrong deadline = student misses exam registration, annoying but there is an appeal process",
        human_review="no, students get the answer directly",
        task_changes_often="no, scope is fixed: regulations, deadlines, fees",
        strict_format="no, plain text answer plus the link",
        consistent_style="no, neutral and polite is enough",
        domain_jargon="some admin words like ECTS or module codes, but students use them too, nothing specialised",
    ),
    unsure=[],
    not_applicable=["cost_per_call_usd", "monthly_bill_usd"],
)

P["expert-devtools-release-notes"] = dict(
    persona="expert", label="prompt", also_acceptable=[],
    reason="120 drafts a month, all reviewed, and the current prompt already beats the acceptance target at $3.60 a month; fine-tuning on 150 notes would add cost and no benefit.",
    opening=("Our VP asked whether we should fine-tune a model on our past release notes, so here are the facts. We generate "
             "draft release notes from merged PR titles and descriptions for our CLI and SDKs. It is in production: about 120 "
             "drafts a month. We have 150 past release notes written by our tech writers. The current prompt is about 2,500 "
             "tokens, including our one-page style guide and a Features / Fixes / Breaking changes template. 91% of drafts are "
             "accepted with light edits; our target is 85%. A writer reviews every draft before publishing. Each call costs "
             "about $0.03, so roughly $3.60 a month.\n"),
    _in_opening=["task_kind", "stage", "monthly_volume", "labelled_examples", "prompt_tokens", "consistent_style",
                 "strict_format", "prompting_falls_short", "accuracy_target", "human_review", "cost_per_call_usd",
                 "monthly_bill_usd", "needs_external_knowledge"],
    truth=dict(task_kind="generation", monthly_volume=120, labelled_examples=150, prompting_falls_short=False,
               consistent_style=True, strict_format=True, prompt_tokens=2500, stage="production",
               human_review=True, stakes="low", cost_per_call_usd=0.03, monthly_bill_usd=3.6,
               budget="limited", task_changes_often=False, accuracy_target=85, needs_external_knowledge=False,
               domain_jargon=False),
    answers=dict(
        stakes="Low. A writer reviews every draft, so a bad draft costs a few minutes.",
        budget="Limited. Nobody will fund a training project for this.",
        task_changes_often="No. The template and style guide have not changed in a year.",
        domain_jargon="No. PR titles are plain engineering English.",
        needs_external_knowledge="No. Everything comes from the PR text we pass in.",
    ),
    unsure=[],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations", "latency_ms"],
)

P["expert-hospital-discharge-letters"] = dict(
    persona="expert", label="fine_tune", also_acceptable=[],
    reason="Stable rewrite of jargon-heavy discharge summaries into a fixed, plain-language house style; 12k approved pairs, on-prem, and prompting holds reading level on only 71% vs 95%.",
    opening=("ok numbers first. hospital group, 4 sites. we rewrite discharge summaries (dense clinical jargon) into patient "
             "letters at reading age ~11, in our patient-education team's voice, with a fixed 5-section template. "
             "30k letters/month, pilot on 2 wards right now. we have 12k summary->letter pairs written or approved by the "
             "patient-ed team. prompted llama-3-70b on-prem, 5k token prompt: only 71% of letters hit the readability + "
             "style check, target is 95%. must run on-prem, its patient data. a nurse approves every letter before it goes "
             "out. under 10 s per letter is fine. we have budget and GPUs.\n"),
    _in_opening=["task_kind", "domain_jargon", "consistent_style", "strict_format", "monthly_volume", "stage",
                 "labelled_examples", "prompt_tokens", "prompting_falls_short", "accuracy_target", "constraints",
                 "human_review", "latency_ms", "budget"],
    truth=dict(task_kind="transformation", monthly_volume=30000, labelled_examples=12000, consistent_style=True,
               strict_format=True, prompting_falls_short=True, accuracy_target=95, domain_jargon=True,
               constraints=["on_prem", "personal_data"], stage="pilot", human_review=True, stakes="high",
               latency_ms=10000, task_changes_often=False, budget="available", prompt_tokens=5000,
               needs_external_knowledge=False),
    answers=dict(
        stakes="high. a wrong med instruction in a patient letter is a safety incident, hence the nurse check",
        task_changes_often="no, template + style guide signed off last year, no changes planned",
        needs_external_knowledge="no, everything is in the discharge summary itself",
    ),
    unsure=[],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations", "cost_per_call_usd", "monthly_bill_usd"],
)

# ---------------------------------------------------------------- volunteer
P["volunteer-electronics-floor-staff"] = dict(
    persona="volunteer", label="rag", also_acceptable=[],
    reason="Staff need linked answers from 15k own spec sheets that change daily; plain prompting invented specs and there is no training data: a clear retrieval case.",
    opening="hi! we're an electronics retailer (~80 stores) and want an assistant for floor staff to answer product questions: compatibility, specs, that kind of thing.\n",
    _in_opening=["task_kind"],
    truth=dict(task_kind="question_answering", corpus_size=15000, knowledge_change_days=1, needs_citations=True,
               needs_external_knowledge=True, monthly_volume=45000, stage="pilot", latency_ms=5000,
               stakes="medium", labelled_examples=0, budget="limited", human_review=False,
               prompting_falls_short=True),
    answers=dict(
        corpus_size="around 15k spec sheets, and new products get added pretty much every day",
        knowledge_change_days="daily, we onboard new skus every morning. oh and staff always want the link to the spec sheet so they can show the customer",
        needs_citations="yes they need the link to the sheet. also it has to answer in under 5 sec or they just google it",
        latency_ms="5 seconds max. fyi we tried plain chatgpt already and it made up specs",
        monthly_volume="about 1500 questions a day across the pilot stores, and wrong answers mean returns so it matters a fair bit",
        stakes="medium, a wrong compatibility answer = a return. budget is limited tho, no big data projects",
        stage="pilot in 12 stores, and nobody checks the answers before staff read them",
        labelled_examples="none, zero. and the spec sheets are our own content, chatgpt doesnt know our house brands",
        needs_external_knowledge="yes, our house brands and current range. and new products every day",
        budget="limited. and we get about 1500 q's a day",
        prompting_falls_short="yes, it hallucinated specs. the catalogue is about 15k sheets btw",
        human_review="no, nobody reviews. we're in 12 pilot stores right now",
    ),
    unsure=[],
    not_applicable=["prompt_tokens", "cost_per_call_usd", "monthly_bill_usd"],
)

P["volunteer-university-social-posts"] = dict(
    persona="volunteer", label="prompt", also_acceptable=[],
    reason="80 reviewed posts a month, no examples, no budget, guidelines still changing and prompting already usable: stay with prompting.",
    opening="I work in the communications office of a mid-sized university. We'd like to use AI to draft social media posts from our press releases.\n",
    _in_opening=["task_kind"],
    truth=dict(task_kind="generation", monthly_volume=80, human_review=True, task_changes_often=True,
               labelled_examples=0, stakes="low", stage="prototype", prompting_falls_short=False,
               budget="none", consistent_style=True, needs_external_knowledge=False, strict_format=False),
    answers=dict(
        monthly_volume="Roughly 80 posts a month. Everything is checked by our social media editor before it goes out.",
        human_review="Yes, always. We're also rewriting the brand guidelines this term, so the rules keep shifting.",
        task_changes_often="Yes, quite a lot. We haven't collected any example posts in a structured way either.",
        labelled_examples="None, really. It's low risk anyway: a clumsy post just gets edited.",
        stakes="Low. And we've only played with ChatGPT a bit; there's no system yet.",
        stage="Prototype, just experiments. We tried a few prompts and the drafts were usable after edits.",
        prompting_falls_short="No, it works reasonably well. There's no budget for anything beyond our existing licence, though.",
        budget="None beyond the licence we already have. It's only about 80 posts a month, so it's small.",
        consistent_style="Yes, we want the university's voice, but that voice is exactly what the new guidelines are still changing.",
        needs_external_knowledge="No, everything comes from the press release we paste in. The editor checks every post anyway.",
        strict_format="No fixed template. And as I said, there's no budget for anything elaborate.",
    ),
    unsure=[],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations", "latency_ms", "accuracy_target",
                    "prompt_tokens", "cost_per_call_usd", "monthly_bill_usd"],
)

P["volunteer-insurance-underwriting-memos"] = dict(
    persona="volunteer", label="rag", also_acceptable=["rag+fine_tune"],
    reason="The bigger gap is knowledge: 800 private guideline docs changing weekly with paragraph citations; the memo template (2.5k examples) is a secondary behaviour gap.",
    opening="hey, underwriting team at a specialty insurer here. we want an assistant that answers underwriters' questions from our guidelines and writes the answer up as a referral memo\n",
    _in_opening=["task_kind"],
    truth=dict(task_kind="question_answering", corpus_size=800, knowledge_change_days=7, needs_citations=True,
               needs_external_knowledge=True, monthly_volume=4000, strict_format=True, labelled_examples=2500,
               prompting_falls_short=True, domain_jargon=True, stage="prototype", stakes="high",
               human_review=True, budget="available"),
    answers=dict(
        corpus_size="like 800 docs, guidelines, circulars, rate manuals. they change weekly-ish",
        knowledge_change_days="every week some circular or guideline update lands. and the answer has to cite the exact para",
        needs_citations="yes always cite the paragraph, compliance insists. also it has to be in our referral memo template",
        strict_format="yes, fixed memo template w/ sections. we have ~2500 old memos written that way",
        labelled_examples="around 2.5k past memos, question + answer. underwriters sign off everything before it goes anywhere",
        human_review="yep, an underwriter signs every memo. mistakes can cost us big on a bad risk",
        stakes="high, bind a bad risk and its $$$. we tried gpt w/ a few guidelines pasted in, format drifted and it didnt know the new circulars",
        prompting_falls_short="yeah falls short, both format and facts. we're only at prototype stage tho",
        stage="prototype, couple of underwriters playing with it. theyd ask maybe 4k questions a month",
        monthly_volume="~4k a month. lots of london-market jargon in the questions btw",
        domain_jargon="yes tons, slips, LMA clauses, line sizes etc. budget is there if it works",
        budget="available. and the guidelines are our own, no public model knows them",
        needs_external_knowledge="yes, its all internal guidelines + recent circulars, ~800 docs",
    ),
    unsure=[],
    not_applicable=["cost_per_call_usd", "monthly_bill_usd"],
)

P["volunteer-clinic-booking-agent"] = dict(
    persona="volunteer", label="prompt", also_acceptable=[],
    reason="A prototype tool-use agent whose prompted function-calling version already works, with no data, limited budget and booking rules that keep changing.",
    opening="We run six outpatient clinics in the Netherlands. We want an AI agent in our chat widget that books and reschedules appointments through our scheduling system's API.\n",
    _in_opening=["task_kind"],
    truth=dict(task_kind="tool_use", monthly_volume=6000, constraints=["personal_data", "eu_residency"],
               latency_ms=3000, human_review=False, stakes="medium", task_changes_often=True,
               labelled_examples=0, stage="prototype", prompting_falls_short=False, budget="limited",
               strict_format=True, needs_external_knowledge=False),
    answers=dict(
        monthly_volume="About 200 booking requests a day across the six clinics. Those messages contain patient names and birth dates, so personal data is involved.",
        constraints="Personal data, and it must stay in the EU. Also replies should come back within about three seconds.",
        latency_ms="Within three seconds, it is a chat widget. Nobody checks the agent's actions beforehand; it books directly.",
        human_review="No, it books directly. A double booking is annoying but fixable, so I would say medium stakes.",
        stakes="Medium. And the booking rules keep changing while our managers reorganise the schedules.",
        task_changes_often="Yes, every few weeks. We have no recorded example conversations yet.",
        labelled_examples="None. We only have a prototype running on test data.",
        stage="Prototype. In tests the prompted version with function calling handled most cases.",
        prompting_falls_short="No, it works well enough for now. Budget is limited; we are a small clinic group.",
        budget="Limited. As I said, about 200 requests a day, so not huge.",
        strict_format="The API calls follow a fixed schema, yes. Replies to patients are free text and need to be under three seconds.",
        needs_external_knowledge="No, availability comes from our scheduling API. The calls to it follow a fixed JSON schema.",
    ),
    unsure=[],
    not_applicable=["corpus_size", "knowledge_change_days", "needs_citations"],
)
