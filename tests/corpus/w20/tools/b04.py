from helper import Batch
b = Batch("b04")

b.add("gov-helpline-circular-answers", "Helpline answers from policy circulars",
"""Phone advisers on the benefits helpline look up a rule detail in the department's policy circulars roughly 11,000 times a month.
There are about 400 circulars in force. We want advisers to get a short answer with the circular number and paragraph quoted, so they
can read it back to the caller. A few current circulars are attached with their revision histories. A team lead wonders whether a model
trained on the circulars would be simpler.""",
"rag", [], "Private circulars revised about monthly (see revision histories) with required paragraph citations.",
{"task_kind": ("question_answering", "get a short answer"),
 "monthly_volume": (11000, "roughly 11,000 times a month"),
 "corpus_size": (400, "about 400 circulars in force"),
 "needs_citations": (True, "the circular number and paragraph quoted"),
 "needs_external_knowledge": (True, "the department's policy circulars"),
 "knowledge_change_days": (30, "data:HC-114-household-composition.md")}, folder=True)

b.add("retail-webshop-product-questions", "Product questions on the web shop",
"""Shoppers ask the chat widget things like 'is this drill compatible with 18V batteries from the old range?' or 'is the sofa fabric
washable?'. Answers must come from our own spec sheets and manuals for about 60,000 SKUs, and the range turns over weekly as lines are
added and discontinued. We want each answer to quote the spec line it relied on, because wrong compatibility answers drive returns.
The chat widget handles around 3,000 conversations a day.""",
"rag", [], "Answers depend on a large private catalogue that changes weekly, with quoted spec lines.",
{"task_kind": ("question_answering", "Shoppers ask the chat widget"),
 "corpus_size": (60000, "about 60,000 SKUs"),
 "knowledge_change_days": (7, "the range turns over weekly"),
 "needs_citations": (True, "quote the spec line it relied on"),
 "needs_external_knowledge": (True, "our own spec sheets and manuals"),
 "monthly_volume": (90000, "around 3,000 conversations a day")})

b.add("utility-regulator-complaint-categories", "Complaint categories for the regulator return",
"""Every complaint we receive, by phone, email or web form, has to be put into one of the regulator's 31 complaint categories for the
quarterly return, and that list has been fixed by the regulator since 2019. We get about 25,000 complaints a month. Our complaints team
has categorised roughly 600,000 of them by hand over the years. A prompted model confuses 'billing accuracy' with 'metering' and lands
at 79% against the 92% the audit expects.""",
"fine_tune", [], "Fixed regulatory taxonomy, huge labelled history, prompting plateaued below audit target.",
{"task_kind": ("classification", "put into one of the regulator's 31 complaint categories"),
 "task_changes_often": (False, "fixed by the regulator since 2019"),
 "monthly_volume": (25000, "about 25,000 complaints a month"),
 "labelled_examples": (600000, "roughly 600,000 of them by hand"),
 "prompting_falls_short": (True, "lands at 79%"),
 "accuracy_target": (92, "the 92% the audit expects")})

b.add("auto-dealer-finance-offers", "Sales assistant for current finance offers",
"""Salespeople in our 55 showrooms want to ask 'what is the PCP offer on a 2024 hybrid estate with a 20% deposit?' and get the terms
exactly as the captive finance company published them. Offers are replaced at the start of every month, with mid-month changes
on some models, and quoting an expired APR to a customer is a compliance breach. Every answer must show the offer sheet reference. There is no tool today; people search a shared drive.""",
"rag", [], "Offer terms change monthly, must be quoted exactly from current sheets with references; high stakes.",
{"task_kind": ("question_answering", "get the terms exactly as the captive finance company published them"),
 "knowledge_change_days": (30, "replaced at the start of every month"),
 "needs_citations": (True, "must show the offer sheet reference"),
 "needs_external_knowledge": (True, "as the captive finance company published them"),
 "stakes": ("high", "a compliance breach")})

b.add("nonprofit-grant-proposal-drafts", "Grant proposal drafts from our own track record",
"""Our development team writes about 15 grant proposals a month and wants first drafts of the 'track record' and 'impact' sections.
These must use our real figures and stories, taken from about 600 past proposals, evaluations and impact reports, which grow every
quarter when new programme data comes in. Funders check numbers, so each figure in a draft should point to the report it came from.
The writers will rewrite the drafts heavily, and tone is not the issue.""",
"rag", [], "Drafts must use private, quarterly-updated figures with traceable sources; style is not the gap.",
{"task_kind": ("generation", "wants first drafts"),
 "monthly_volume": (15, "about 15 grant proposals a month"),
 "corpus_size": (600, "about 600 past proposals, evaluations and impact reports"),
 "knowledge_change_days": (90, "grow every quarter"),
 "needs_citations": (True, "should point to the report it came from"),
 "needs_external_knowledge": (True, "must use our real figures and stories"),
 "human_review": (True, "The writers will rewrite the drafts heavily")})

b.add("realestate-portal-listing-descriptions", "Portal-style descriptions from listing data",
"""Our property portal wants every listing to carry a description in the portal's own style (no superlatives, rooms in a set order,
a 90-word cap) generated from the structured listing data, for about 200,000 new and updated listings a month. Our editors have
approved around 30,000 descriptions written to that style. The current prompt runs to about 3,500 tokens of rules and examples,
costs roughly $0.02 a call and takes 4 to 6 seconds; product wants under one second so it can run when agents hit save.""",
"fine_tune", [], "Very high volume, fixed style and format, 30k approved examples, long slow prompt; latency target forces a smaller tuned model.",
{"task_kind": ("generation", "generated from the structured listing data"),
 "consistent_style": (True, "in the portal's own style"),
 "strict_format": (True, "rooms in a set order, a 90-word cap"),
 "monthly_volume": (200000, "about 200,000 new and updated listings a month"),
 "labelled_examples": (30000, "approved around 30,000 descriptions"),
 "prompt_tokens": (3500, "about 3,500 tokens"),
 "cost_per_call_usd": (0.02, "roughly $0.02 a call"),
 "latency_ms": (1000, "under one second")})

b.add("sports-federation-rulebook-helper", "Rulebook helper for club officials",
"""Volunteer officials at our 2,300 member clubs email the federation office questions about eligibility, registration windows and
disciplinary procedure. We want a helper that answers from the rulebook and the federation's circulars and names the rule number. We
first said the rules change once a season; in fact the federation issues amending circulars every month. The rulebook itself is a
240-page document, and there are about 150 circulars in force.""",
"rag", [], "Answers from a private rulebook plus monthly amending circulars, with rule-number citations.",
{"task_kind": ("question_answering", "a helper that answers from the rulebook"),
 "knowledge_change_days": (30, "issues amending circulars every month"),
 "needs_citations": (True, "names the rule number"),
 "needs_external_knowledge": (True, "the federation's circulars"),
 "corpus_size": (150, "about 150 circulars in force")})

b.add("bpo-chat-escalation-flag", "Real-time escalation flag on live chats",
"""Across our chat desks we want every customer message scored for 'about to escalate' so a supervisor can jump in. That's about
2 million messages a month, and the score has to come back within 200 ms to be useful. We have 80,000 messages that supervisors
labelled escalate or not during last year's trial. The large hosted model we tested with a prompt was accurate enough but took around
1.8 seconds and would cost far more than the few thousand a month we have for this.""",
"fine_tune", [], "Very high volume and a 200 ms latency budget with 80k labels; a small tuned classifier is needed.",
{"task_kind": ("classification", "scored for 'about to escalate'"),
 "monthly_volume": (2000000, "about 2 million messages a month"),
 "latency_ms": (200, "within 200 ms"),
 "labelled_examples": (80000, "80,000 messages that supervisors labelled"),
 "budget": ("limited", "the few thousand a month we have for this")})

b.add("gov-citizen-benefits-website-questions", "Questions on the benefits website",
"""Citizens ask the website chatbot questions such as 'can I get child benefit if my partner works abroad?'. The answers must come
from about 800 official guidance pages that change with every budget and several times in between, and each reply has to link the
page it used. People often type their own circumstances into the chat, so everything must stay in EU data centres. The ministry expects
about half a million chats a year once it is public; today it is a closed pilot with 300 testers.""",
"rag", [], "Official guidance that changes often, required links, personal data in EU; knowledge gap dominates.",
{"task_kind": ("question_answering", "Citizens ask the website chatbot questions"),
 "corpus_size": (800, "about 800 official guidance pages"),
 "needs_citations": (True, "each reply has to link the page it used"),
 "needs_external_knowledge": (True, "must come from about 800 official guidance pages"),
 "constraints": (["eu_residency", "personal_data"], "type their own circumstances into the chat, so everything must stay in EU data centres"),
 "monthly_volume": (41667, "about half a million chats a year"),
 "stage": ("pilot", "a closed pilot with 300 testers")})

b.add("retail-weekly-trading-summary", "Weekly trading summary for the exec team",
"""Every Monday our commercial analyst turns the trading spreadsheet (sales, margin and stock by category for 85 stores) into a
half-page note for the exec team. She would like a model to write the first draft from the spreadsheet so she can spend her time on
the commentary. The exec team keeps asking for different angles, so the note changes shape most months. It is one note a week and she
edits every line.""",
"prompt", [], "One output a week, shifting format, analyst edits everything; a prompt is all this needs.",
{"task_kind": ("summarisation", "turns the trading spreadsheet"),
 "monthly_volume": (4, "one note a week"),
 "task_changes_often": (True, "the note changes shape most months"),
 "human_review": (True, "she edits every line")})
b.save()
