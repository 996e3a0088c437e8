import sys; sys.path.insert(0, "/work/blind/w18/tools")
from lib import add

add("claim-status-reply-drafts", """# Claim status reply drafts

Our claims team wants a model to draft replies to policyholders' status questions in the agreed four-part format: greeting, status line, next step, named handler. Handlers send about 20,000 such replies a month. The claim status is passed in with each question, so nothing needs looking up. A prompt with the format rules forgets the next-step line in roughly one reply in six, and reviewers send those back. The format was agreed in 2022 and has not moved since. The attached file is an export of replies that handlers wrote and a supervisor approved.""",
"fine_tune", [], "Stable strict format prompting misses 1 in 6; export holds 3,200 approved chat examples.",
{"task_kind": ("generation", "draft replies to policyholders' status questions"),
 "strict_format": (True, "the agreed four-part format"),
 "monthly_volume": (20000, "about 20,000 such replies a month"),
 "prompting_falls_short": (True, "forgets the next-step line in roughly one reply in six"),
 "task_changes_often": (False, "has not moved since"),
 "needs_external_knowledge": (False, "nothing needs looking up"),
 "labelled_examples": (3200, "data:claims_replies.jsonl")}, folder=True)

add("mortgage-rate-sheet-training", """# Mortgage rate questions: train a model on our rate sheets?

Our mortgage team asked whether to fine-tune a model on our rate sheets so the website assistant quotes current products. Rates and fees are updated daily across about 60 live products. Every quoted rate must show the product code and the date of the rate sheet. A stale rate shown to a customer is a regulatory breach. The site gets roughly 15,000 rate questions a month.""",
"rag", [], "Asks for fine-tuning but rates change daily and must be cited; knowledge gap.",
{"task_kind": ("question_answering", "the website assistant quotes current products"),
 "knowledge_change_days": (1, "updated daily"),
 "needs_citations": (True, "must show the product code and the date of the rate sheet"),
 "stakes": ("high", "a regulatory breach"),
 "monthly_volume": (15000, "roughly 15,000 rate questions a month"),
 "needs_external_knowledge": (True, "quotes current products")})

add("order-support-tone", """# Order-support replies in our tone

Our support team of 80 sends about 150,000 replies a month. Replies must follow a strict tone guide: first name, at most one apology, warm but brief, agent sign-off. A search step already pulls the order record and the right policy article, and reviewers rate its lookups correct. Prompting with the tone guide holds the voice on only 70% of replies; the rest drift formal. We have 400,000 past replies rated five stars by customers.""",
"fine_tune", ["rag+fine_tune"], "Knowledge retrieval works; the gap is a voice prompting cannot hold, with 400k examples.",
{"task_kind": ("generation", "sends about 150,000 replies a month"),
 "monthly_volume": (150000, "about 150,000 replies a month"),
 "consistent_style": (True, "a strict tone guide"),
 "prompting_falls_short": (True, "holds the voice on only 70% of replies"),
 "labelled_examples": (400000, "400,000 past replies rated five stars")})

add("benefits-questions-12-countries", """# Benefits questions across 12 countries

Employees in 12 countries ask HR about pensions, health cover and parental leave. The answers live in about 1,100 country-specific policy documents, and local HR teams revise the collection weekly. Answers must link the document so employees can check it. Data must stay in EU data centres. We have about 18,000 staff and expect maybe 3,000 questions a month.""",
"rag", [], "Large private, weekly-revised policy set, links required, EU residency.",
{"task_kind": ("question_answering", "ask HR about pensions, health cover and parental leave"),
 "corpus_size": (1100, "about 1,100 country-specific policy documents"),
 "knowledge_change_days": (7, "revise the collection weekly"),
 "needs_citations": (True, "Answers must link the document"),
 "constraints": (["eu_residency"], "Data must stay in EU data centres"),
 "monthly_volume": (3000, "maybe 3,000 questions a month"),
 "needs_external_knowledge": (True, "about 1,100 country-specific policy documents")})

add("blog-meta-descriptions", """# Meta descriptions before a site migration

The content team wants meta descriptions under 155 characters for 2,000 existing blog posts, generated once before a site migration. New posts are rare, perhaps five a month. An editor will spot-check a sample. A first prompt produced acceptable descriptions on a test batch of 40.""",
"prompt", [], "One-off batch where a first prompt already works.",
{"task_kind": ("summarisation", "meta descriptions under 155 characters"),
 "stage": ("one_off", "generated once before a site migration"),
 "prompting_falls_short": (False, "produced acceptable descriptions")})

add("radiology-impression-drafts", """# Radiology report impression drafts

Our radiology group wants a model to draft the Impression section from the findings radiologists dictate. Radiologists sign off about 45,000 reports a month and edit every draft. Prompted drafts use lay phrasing and miss the group's standard hedging terms ("cannot exclude", "likely benign"), so radiologists rewrite most of them. We have 1.5 million signed reports with findings and impressions. The hospital requires all processing on its own servers.""",
"fine_tune", [], "House phrasing prompting cannot reproduce, huge paired history, on-prem.",
{"task_kind": ("summarisation", "draft the Impression section from the findings"),
 "monthly_volume": (45000, "about 45,000 reports a month"),
 "human_review": (True, "edit every draft"),
 "consistent_style": (True, "the group's standard hedging terms"),
 "prompting_falls_short": (True, "radiologists rewrite most of them"),
 "labelled_examples": (1500000, "1.5 million signed reports"),
 "constraints": (["on_prem"], "all processing on its own servers")})

add("travel-claims-fraud-exploration", """# Exploring fraud patterns in travel claims

Our fraud analysts want a model to look through a sample of 2,000 closed travel claims and suggest patterns worth investigating. It is a six-week exploration by three analysts, not a production system. The questions change as they go. The analysts check every finding before anything is acted on.""",
"prompt", [], "Exploratory research, changing questions, human-checked, not production.",
{"task_kind": ("research", "suggest patterns worth investigating"),
 "task_changes_often": (True, "The questions change as they go"),
 "human_review": (True, "check every finding")})

add("election-night-live-summary", """# Election night live-blog summaries

The politics desk wants a rolling five-bullet summary of our live blog, refreshed every 10 minutes on election nights. The summary must reflect only posts already published in the blog, which the system passes in with each request. An editor approves each refresh. There are two election nights this year.""",
"prompt", [], "Source text supplied in the request, tiny volume, editor approval.",
{"task_kind": ("summarisation", "a rolling five-bullet summary"),
 "human_review": (True, "An editor approves each refresh")})

add("proof-of-address-extraction", """# Proof-of-address extraction for account opening

Account opening receives about 110,000 proof-of-address documents a month: utility bills, council tax letters and bank statements from hundreds of issuers. We must extract name, address, issue date and issuer into a fixed schema with 99% field accuracy. A prompted vision model reaches 94% and fails on issuer-specific date formats like "03/04". Operations staff have keyed and double-checked 250,000 such documents. The documents hold personal data and must not be used by the model provider for training.""",
"fine_tune", [], "High volume fixed-schema extraction, prompting at 94% vs 99%, 250k keyed docs.",
{"task_kind": ("extraction", "extract name, address, issue date and issuer"),
 "monthly_volume": (110000, "about 110,000 proof-of-address documents a month"),
 "strict_format": (True, "into a fixed schema"),
 "accuracy_target": (99, "99% field accuracy"),
 "prompting_falls_short": (True, "reaches 94%"),
 "labelled_examples": (250000, "keyed and double-checked 250,000 such documents"),
 "constraints": (["personal_data", "no_vendor_training"], "hold personal data and must not be used by the model provider for training")})

add("pr-review-bot-pilot", """# Review comments on pull requests (pilot)

Engineering wants a bot that leaves suggestions on pull requests in our 12 main repositories. It will run as a four-week pilot for one team of nine. The coding guidelines are a 5-page document that fits in the prompt. Engineers decide whether to accept each suggestion. We have no dataset of good review comments.""",
"prompt", [], "Pilot, guidelines fit in context, no data, human decides.",
{"task_kind": ("code", "leaves suggestions on pull requests"),
 "stage": ("pilot", "a four-week pilot"),
 "human_review": (True, "Engineers decide whether to accept each suggestion"),
 "labelled_examples": (0, "no dataset of good review comments")})
