import sys; sys.path.insert(0, "/work/blind/w18/tools")
from lib import add

add("sre-alert-one-liners", """# One-line alert summaries for the SRE pager

Our monitoring pipeline emits about 1.2M alerts a month, and each needs a one-line summary in the pager format "service | symptom | likely cause". The current prompt is 4,000 tokens, costs about $9,000 a month, and p95 latency is 3 seconds against a 500 ms target. We have 80,000 alerts with summaries written by on-call engineers. The format has not changed in a year.""",
"fine_tune", [], "Very high volume, fixed format, latency and cost of a long prompt, 80k examples.",
{"task_kind": ("summarisation", "a one-line summary in the pager format"),
 "monthly_volume": (1200000, "about 1.2M alerts a month"),
 "strict_format": (True, "in the pager format"),
 "prompt_tokens": (4000, "The current prompt is 4,000 tokens"),
 "monthly_bill_usd": (9000, "about $9,000 a month"),
 "latency_ms": (500, "a 500 ms target"),
 "prompting_falls_short": (True, "p95 latency is 3 seconds against a 500 ms target"),
 "labelled_examples": (80000, "80,000 alerts with summaries"),
 "task_changes_often": (False, "The format has not changed in a year"),
 "stage": ("production", "The current prompt")})

add("savings-accounts-explainer", """# Savings account explainer in the app

Customers ask the app how our 35 savings accounts differ on rates, access and withdrawal limits, and each account has its own key facts document. Rates move at every base-rate decision, roughly eight times a year, and product terms are revised monthly. Answers must quote the key facts document they came from. We expect around 25,000 questions a month.""",
"rag", [], "Private product documents changing monthly with quoted sources.",
{"task_kind": ("question_answering", "Customers ask the app"),
 "corpus_size": (35, "our 35 savings accounts"),
 "knowledge_change_days": (30, "product terms are revised monthly"),
 "needs_citations": (True, "Answers must quote the key facts document"),
 "monthly_volume": (25000, "around 25,000 questions a month"),
 "needs_external_knowledge": (True, "each account has its own key facts document")})

add("performance-review-helper", """# Performance review writing helper

Managers want help turning their notes into written performance feedback. The review template changed twice this year and will change again for the next cycle. Reviews run twice a year for 3,000 employees. Managers rewrite every draft before it is shared. We have no approved reviews we are allowed to use.""",
"prompt", [], "Template keeps changing, no usable data, every draft rewritten by a manager.",
{"task_kind": ("generation", "written performance feedback"),
 "task_changes_often": (True, "will change again for the next cycle"),
 "human_review": (True, "Managers rewrite every draft"),
 "labelled_examples": (0, "no approved reviews we are allowed to use")})

add("linkedin-posts-finetune-question", """# Should we fine-tune for LinkedIn posts?

Our marketing team of five asked whether to fine-tune a model for company LinkedIn posts. We publish about 20 posts a month. We have never tried prompting with our brand guide, which is two pages long. There are roughly 150 old posts, but nobody has checked which ones are any good.""",
"prompt", [], "Asks about fine-tuning, but tiny volume, untried prompting and no curated data.",
{"task_kind": ("generation", "company LinkedIn posts"),
 "monthly_volume": (20, "about 20 posts a month")})

add("reader-questions-running-stories", """# Reader questions on running stories

Readers ask the app "what do we know so far" questions about running stories. Answers must come only from our own articles published in the last 30 days, about 12,000 pieces, and must link each one used. New pieces are added throughout every day, and breaking stories are updated within minutes. About 200,000 questions a month are expected.""",
"rag", [], "Fresh, own-content answers with links at high volume.",
{"task_kind": ("question_answering", "Readers ask the app"),
 "corpus_size": (12000, "about 12,000 pieces"),
 "knowledge_change_days": (1, "added throughout every day"),
 "needs_citations": (True, "must link each one used"),
 "monthly_volume": (200000, "About 200,000 questions a month"),
 "needs_external_knowledge": (True, "only from our own articles published in the last 30 days")})

add("gp-referral-urgency-triage", """# GP referral triage into urgency bands

A hospital referral centre sorts GP referral letters into routine, soon and urgent. About 14,000 letters arrive each month, dense with clinical shorthand. Consultants have graded 9,000 letters into a labelled set. A prompted model agreed with consultants 85% of the time but under-graded 6% of urgent letters, and the clinical safety lead requires under 1%. A missed urgent referral can delay cancer treatment. All data must stay on the trust's own network.""",
"fine_tune", [], "Narrow stable classification, 9k graded letters, prompting misses the safety bar, jargon, on-prem.",
{"task_kind": ("classification", "sorts GP referral letters into routine, soon and urgent"),
 "monthly_volume": (14000, "About 14,000 letters arrive each month"),
 "domain_jargon": (True, "dense with clinical shorthand"),
 "labelled_examples": (9000, "graded 9,000 letters"),
 "prompting_falls_short": (True, "under-graded 6% of urgent letters"),
 "stakes": ("high", "can delay cancer treatment"),
 "constraints": (["on_prem"], "must stay on the trust's own network")})

add("search-query-category-mapping", """# Search query to category mapping

Our shop's search maps each query to one of 2,300 leaf categories before ranking. Traffic is about 3 million queries a day, and the mapping must return within 50 ms. A prompted model picks good categories but takes 1.2 seconds and would cost far more than search itself. We have 10 million query-to-category pairs from click logs.""",
"fine_tune", [], "Massive volume with a 50 ms budget; prompting too slow; 10M pairs.",
{"task_kind": ("classification", "maps each query to one of 2,300 leaf categories"),
 "monthly_volume": (90000000, "about 3 million queries a day"),
 "latency_ms": (50, "within 50 ms"),
 "prompting_falls_short": (True, "takes 1.2 seconds"),
 "labelled_examples": (10000000, "10 million query-to-category pairs")})

add("policy-schedule-summaries", """# Plain-language summaries of policy schedules

Our small-business insurance team wants a plain-language summary of each customer's policy schedule in the renewal pack. There are about 800 renewals a month. The schedule is passed in with each request, so nothing needs looking up. A draft prompt tested on 30 schedules was approved by the product owner after minor wording tweaks. Underwriters check each summary before it is sent.""",
"prompt", [], "Input carries the knowledge, low volume, prompting already approved, human check.",
{"task_kind": ("summarisation", "a plain-language summary of each customer's policy schedule"),
 "monthly_volume": (800, "about 800 renewals a month"),
 "needs_external_knowledge": (False, "nothing needs looking up"),
 "prompting_falls_short": (False, "was approved by the product owner"),
 "human_review": (True, "Underwriters check each summary")})

add("fraud-ops-procedures", """# Fraud operations procedures assistant

Fraud analysts ask about investigation procedures held in 480 controlled documents. We first said these change yearly; in practice documents are withdrawn and replaced every couple of weeks as fraud typologies shift. Withdrawn guidance must never be shown again. Every answer must cite the document reference and version. About 220 analysts would ask 6,000 questions a month, and the system must run in our own cloud tenancy in the EU.""",
"rag", [], "Controlled, fast-changing documents that must be withdrawable and cited.",
{"task_kind": ("question_answering", "ask about investigation procedures"),
 "corpus_size": (480, "480 controlled documents"),
 "knowledge_change_days": (14, "every couple of weeks"),
 "needs_citations": (True, "must cite the document reference and version"),
 "monthly_volume": (6000, "6,000 questions a month"),
 "constraints": (["eu_residency"], "in our own cloud tenancy in the EU"),
 "needs_external_knowledge": (True, "held in 480 controlled documents")})

add("collective-agreement-questions", """# Collective agreement questions for line managers

Line managers in our logistics division ask what the collective agreements allow on overtime, shift swaps and notice. There are 17 agreements, one per site and union, each 40 to 90 pages, renegotiated on staggered yearly cycles so that one is changing most months. Answers must quote the clause. A wrong answer can trigger a grievance. We expect roughly 1,000 questions a month.""",
"rag", [], "Private agreements with clause quotes; the collection changes most months.",
{"task_kind": ("question_answering", "ask what the collective agreements allow"),
 "corpus_size": (17, "There are 17 agreements"),
 "knowledge_change_days": (30, "one is changing most months"),
 "needs_citations": (True, "Answers must quote the clause"),
 "monthly_volume": (1000, "roughly 1,000 questions a month"),
 "needs_external_knowledge": (True, "what the collective agreements allow")})

add("claim-substantiation-check", """# Product claim substantiation lookup

Marketing writers at our cosmetics retailer must check every product claim, such as "clinically tested" or "vegan", against the substantiation files held by regulatory affairs. There are about 5,500 files, and new test reports arrive weekly. The checker must show the file and page supporting each claim. The team asked about fine-tuning so the model learns our products; the facts are not public. About 2,500 claims are checked a month.""",
"rag", [], "Non-public, weekly-growing evidence files that must be shown per claim.",
{"task_kind": ("question_answering", "check every product claim"),
 "corpus_size": (5500, "about 5,500 files"),
 "knowledge_change_days": (7, "new test reports arrive weekly"),
 "needs_citations": (True, "must show the file and page supporting each claim"),
 "needs_external_knowledge": (True, "the facts are not public"),
 "monthly_volume": (2500, "About 2,500 claims are checked a month")})
