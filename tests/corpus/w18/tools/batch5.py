import sys; sys.path.insert(0, "/work/blind/w18/tools")
from lib import add

add("expense-policy-assistant", """# Expense policy questions from employees

Finance wants an assistant that answers employees' questions on travel, hotel caps, allowances and approval limits. About 4,000 staff submit expense claims, and the finance inbox receives around 1,200 policy questions a month. Each answer must point to the policy section it is based on. The attached folder holds the complete policy set as it stands today. Finance asked whether a model trained once on these documents would be enough.""",
"rag", [], "Private policy set cited by section; the index shows monthly reissues, so training once would go stale.",
{"task_kind": ("question_answering", "answers employees' questions on travel"),
 "monthly_volume": (1200, "around 1,200 policy questions a month"),
 "needs_citations": (True, "must point to the policy section"),
 "needs_external_knowledge": (True, "The attached folder holds the complete policy set"),
 "corpus_size": (5, "data:index.md"),
 "knowledge_change_days": (30, "data:index.md")}, folder=True)

add("order-actions-agent-prototype", """# Order-status agent calling our APIs

Customer chat should look up orders, start returns and rebook deliveries by calling four internal APIs. The API specs are short and fit in the prompt. It is a prototype on 5% of chat traffic, about 6,000 conversations a month. We have no logged agent transcripts yet. Refunds over £50 go to a human.""",
"prompt", [], "Prototype tool-use agent with short specs and no transcripts.",
{"task_kind": ("tool_use", "by calling four internal APIs"),
 "stage": ("prototype", "It is a prototype"),
 "monthly_volume": (6000, "about 6,000 conversations a month"),
 "labelled_examples": (0, "no logged agent transcripts yet")})

add("broker-submission-rating-fields", """# Broker submissions into rating fields

Commercial lines gets about 7,500 broker submissions a month as PDFs and emails full of market abbreviations such as EL/PL, TIV, NCD and LTA. Each must populate a 48-field rating form exactly. We have 90,000 past submissions with the fields as keyed by underwriting assistants. Prompting reached 83% field accuracy after three months of prompt work; the target is 95%. The rating form has not changed since 2020.""",
"fine_tune", [], "Jargon-heavy fixed-form extraction, prompting plateaued at 83% vs 95%, 90k keyed examples.",
{"task_kind": ("extraction", "populate a 48-field rating form"),
 "monthly_volume": (7500, "about 7,500 broker submissions a month"),
 "domain_jargon": (True, "full of market abbreviations"),
 "strict_format": (True, "a 48-field rating form exactly"),
 "labelled_examples": (90000, "90,000 past submissions"),
 "prompting_falls_short": (True, "reached 83% field accuracy after three months of prompt work"),
 "accuracy_target": (95, "the target is 95%"),
 "task_changes_often": (False, "has not changed since 2020")})

add("patient-portal-service-questions", """# Patient portal questions about our services

Patients ask the portal about clinic hours, referral steps, parking and which services each of our 23 sites offers. That information sits in about 600 web pages and is updated weekly. Answers must link the page they used. The assistant must never give clinical advice and should hand such questions to the nurse line. Expected volume is 40k questions a month.""",
"rag", [], "Local, weekly-updated service information with links; medical setting but no clinical task.",
{"task_kind": ("question_answering", "Patients ask the portal"),
 "corpus_size": (600, "about 600 web pages"),
 "knowledge_change_days": (7, "updated weekly"),
 "needs_citations": (True, "Answers must link the page"),
 "monthly_volume": (40000, "40k questions a month"),
 "needs_external_knowledge": (True, "which services each of our 23 sites offers")})

add("german-product-copy-localisation", """# German localisation of product copy

We localise about 12,000 product strings a month into German, always in the formal "Sie" register and with our 3,500-term brand glossary. Translators post-edit every string. A prompt with the style rules and a glossary excerpt still uses the wrong brand term in one string in eight. We have 200,000 approved English-German pairs from our translation memory. The glossary gains a few terms each quarter.""",
"fine_tune", ["rag+fine_tune"], "Large parallel data, consistent register and terminology prompting misses; glossary lookup could help too.",
{"task_kind": ("translation", "localise about 12,000 product strings a month into German"),
 "monthly_volume": (12000, "about 12,000 product strings a month"),
 "consistent_style": (True, "always in the formal \"Sie\" register"),
 "human_review": (True, "Translators post-edit every string"),
 "prompting_falls_short": (True, "wrong brand term in one string in eight"),
 "labelled_examples": (200000, "200,000 approved English-German pairs")})

add("exit-interview-themes", """# Themes in last year's exit interviews

HR wants the main themes from 1,150 exit-interview transcripts collected in 2023. This is a one-off analysis for next month's board pack. Two HR analysts will read the output and check quotes against the transcripts. The transcripts contain personal data and must stay in the EU.""",
"prompt", [], "One-off analysis, human-checked; constraints affect hosting, not approach.",
{"task_kind": ("research", "the main themes from 1,150 exit-interview transcripts"),
 "stage": ("one_off", "This is a one-off analysis"),
 "human_review": (True, "check quotes against the transcripts"),
 "constraints": (["personal_data", "eu_residency"], "contain personal data and must stay in the EU")})

add("it-helpdesk-ticket-tags", """# Tagging internal IT helpdesk tickets

The IT helpdesk wants incoming tickets tagged as hardware, access, software or network. About 1,500 tickets a month come in from 600 staff. A quick prompt test on last month's tickets agreed with the helpdesk lead on 94%, which she says is good enough. Nobody wants to maintain a training pipeline.""",
"prompt", [], "Simple four-way classification where prompting already meets the bar.",
{"task_kind": ("classification", "tagged as hardware, access, software or network"),
 "monthly_volume": (1500, "About 1,500 tickets a month"),
 "prompting_falls_short": (False, "which she says is good enough")})

add("house-style-copy-edits", """# House-style copy edits

Sub-editors apply our 300-rule house style for dates, titles, numbers and place names to about 20,000 articles a month. A prompt carrying the full style guide is 14,000 tokens, takes 20 seconds per article and still misses a quarter of the fixes. We have 500,000 before-and-after article pairs from the CMS revision history. The style guide changes a few rules a year.""",
"fine_tune", [], "Stable rule-following rewrite, long prompt misses 25%, 500k before/after pairs.",
{"task_kind": ("transformation", "apply our 300-rule house style"),
 "monthly_volume": (20000, "about 20,000 articles a month"),
 "prompt_tokens": (14000, "14,000 tokens"),
 "prompting_falls_short": (True, "still misses a quarter of the fixes"),
 "labelled_examples": (500000, "500,000 before-and-after article pairs")})

add("claims-guidance-search", """# Claims handler guidance search

Claims handlers ask about procedures across motor, home and pet lines. The guidance is about 2,000 documents in SharePoint, and each line's documents may only be shown to that line's handlers. Documents are revised whenever a process changes, roughly monthly. Answers must reference the document title. There are 650 handlers, and the current 2-month pilot sees 9,000 questions a month.""",
"rag", [], "Permissioned private corpus, monthly revisions, references required.",
{"task_kind": ("question_answering", "ask about procedures"),
 "corpus_size": (2000, "about 2,000 documents"),
 "knowledge_change_days": (30, "roughly monthly"),
 "needs_citations": (True, "Answers must reference the document title"),
 "stage": ("pilot", "the current 2-month pilot"),
 "monthly_volume": (9000, "9,000 questions a month"),
 "needs_external_knowledge": (True, "The guidance is about 2,000 documents in SharePoint")})

add("marketplace-listing-titles", """# Suggested marketplace listing titles

Sellers on our marketplace get suggested listing titles from their product photos and notes. The title rules (80 characters at most, brand first, no promotional words) fit in a few lines. It is at the prototype stage with 30 friendly sellers. Sellers accept or edit every suggestion. We have no labelled titles.""",
"prompt", [], "Prototype with short rules, no data, human accepts every output.",
{"task_kind": ("generation", "suggested listing titles"),
 "stage": ("prototype", "at the prototype stage"),
 "human_review": (True, "Sellers accept or edit every suggestion"),
 "labelled_examples": (0, "We have no labelled titles")})
