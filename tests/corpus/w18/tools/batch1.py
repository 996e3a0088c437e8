import sys; sys.path.insert(0, "/work/blind/w18/tools")
from lib import add

add("motor-claim-fnol-routing", """# Motor claim first-notice routing

Our motor claims desk receives about 1,800 first-notice emails a day, and each must be routed to one of 14 handling queues. We hold 46,000 historical emails labelled with the queue that finally settled them, checked by team leads. A prompted model with the queue definitions reached 81% on a 500-email test set; the business needs 93%. The queue taxonomy has been unchanged since 2021. Emails are full of adjuster shorthand such as "TP admits liab, NCB protected".""",
"fine_tune", [], "Stable narrow classification, 46k labelled emails, prompting plateaued at 81% vs 93% target, jargon.",
{"task_kind": ("classification", "routed to one of 14 handling queues"),
 "monthly_volume": (54000, "about 1,800 first-notice emails a day"),
 "labelled_examples": (46000, "46,000 historical emails"),
 "prompting_falls_short": (True, "reached 81% on a 500-email test set"),
 "accuracy_target": (93, "the business needs 93%"),
 "task_changes_often": (False, "unchanged since 2021"),
 "domain_jargon": (True, "full of adjuster shorthand")})

add("branch-lending-policy-assistant", """# Branch staff lending policy assistant

Branch advisers, about 2,400 of them, ask questions about our retail lending policies during customer meetings. The answers must come from roughly 900 internal policy documents on the intranet, and compliance rewrites parts of them every month. Each answer has to link the policy section it relies on. A wrong answer can mean a mis-sold loan, so the risk team rates this high. Usage is estimated at 30,000 questions a month.""",
"rag", [], "Private policy corpus of ~900 docs changing monthly, citations required, high stakes.",
{"task_kind": ("question_answering", "ask questions about our retail lending policies"),
 "corpus_size": (900, "roughly 900 internal policy documents"),
 "knowledge_change_days": (30, "compliance rewrites parts of them every month"),
 "needs_citations": (True, "link the policy section it relies on"),
 "needs_external_knowledge": (True, "roughly 900 internal policy documents on the intranet"),
 "stakes": ("high", "the risk team rates this high"),
 "monthly_volume": (30000, "30,000 questions a month")})

add("job-advert-first-drafts", """# Job advert first drafts

The HR team of six wants first drafts of job adverts generated from a hiring manager's bullet notes. They open around 40 roles a month. No past adverts have been collected as examples, and the tone guidelines are still being agreed with marketing. Recruiters edit every draft before it is posted. Nobody has tried a model on it yet.""",
"prompt", [], "Low volume, no data, guidelines still changing, human review, untried.",
{"task_kind": ("generation", "first drafts of job adverts"),
 "monthly_volume": (40, "around 40 roles a month"),
 "labelled_examples": (0, "No past adverts have been collected as examples"),
 "task_changes_often": (True, "still being agreed with marketing"),
 "human_review": (True, "Recruiters edit every draft")})

add("supplier-feed-attribute-extraction", """# Supplier feed attribute extraction

We ingest about 400k supplier product descriptions a month and must output a fixed JSON record of 22 attributes per item for the catalogue. The current prompt is 6,500 tokens of rules and examples and costs $0.04 per call, which finance calls too high at this volume. Prompting gets the values right on 90% of items but breaks the schema on about one in twenty. Merchandisers have hand-corrected the attributes of 120,000 items. The schema was frozen as version 3 last year.""",
"fine_tune", [], "High volume, strict schema prompting cannot hold, long costly prompt, 120k corrected items, frozen schema.",
{"task_kind": ("extraction", "output a fixed JSON record of 22 attributes"),
 "monthly_volume": (400000, "about 400k supplier product descriptions a month"),
 "strict_format": (True, "fixed JSON record of 22 attributes"),
 "prompt_tokens": (6500, "6,500 tokens"),
 "cost_per_call_usd": (0.04, "$0.04 per call"),
 "prompting_falls_short": (True, "breaks the schema on about one in twenty"),
 "labelled_examples": (120000, "hand-corrected the attributes of 120,000 items"),
 "task_changes_often": (False, "The schema was frozen")})

add("clinic-letter-plain-language", """# Plain-language rewrite of clinic appointment letters

A community clinic wants its outgoing appointment letters rewritten into plain English at a reading age of about eleven. The letters mention procedures such as colonoscopy and echocardiogram but carry no clinical decisions. Volume is small, perhaps 300 letters a month across two sites. A nurse checks each letter before it is sent. We have not tried any model yet and have no rewritten examples.""",
"prompt", [], "Medical words but a general rewrite task, low volume, no examples, human review, untried.",
{"task_kind": ("transformation", "rewritten into plain English"),
 "monthly_volume": (300, "perhaps 300 letters a month"),
 "human_review": (True, "A nurse checks each letter before it is sent"),
 "labelled_examples": (0, "have no rewritten examples")})

add("newsroom-archive-lookup", """# Newsroom archive fact lookup

Reporters need answers drawn from our own archive of 1.2 million published articles going back to 1987. Roughly 350 new stories are added every day. Any answer shown to a reporter must quote and link the archived article it came from. The desk expects some 8,000 queries a month from 150 journalists. A general model does not know our back catalogue.""",
"rag", [], "Huge private archive growing daily, quoted and linked sources required.",
{"task_kind": ("question_answering", "Reporters need answers"),
 "corpus_size": (1200000, "1.2 million published articles"),
 "knowledge_change_days": (1, "added every day"),
 "needs_citations": (True, "must quote and link the archived article"),
 "monthly_volume": (8000, "some 8,000 queries a month"),
 "needs_external_knowledge": (True, "A general model does not know our back catalogue")})

add("analytics-sql-helper", """# Analytics SQL helper prototype

The data team wants a helper that turns analysts' questions into SQL against our warehouse. It is a prototype for the 25 analysts on one floor, maybe 500 queries a month. The schema covers 40 tables and its description is short enough to paste into a prompt. We have no logged question-to-query pairs. Analysts run and check every query themselves.""",
"prompt", [], "Prototype, low volume, schema fits in context, no pairs, humans check.",
{"task_kind": ("code", "turns analysts' questions into SQL"),
 "stage": ("prototype", "It is a prototype"),
 "monthly_volume": (500, "maybe 500 queries a month"),
 "labelled_examples": (0, "no logged question-to-query pairs"),
 "human_review": (True, "Analysts run and check every query themselves")})

add("fashion-brand-voice-copy", """# Brand-voice product copy for a fashion label

Our marketing team writes around 3,000 product descriptions a month in a very particular house voice: second person, dry humour, no exclamation marks, British spelling. Prompts carrying the style guide and ten examples drift back to generic copy within a paragraph, and editors reject about 40% of drafts. We have 18,000 published descriptions that editors approved. The voice has been stable for five years.""",
"fine_tune", [], "Stable voice prompting cannot hold, 18k approved examples, steady volume.",
{"task_kind": ("generation", "writes around 3,000 product descriptions"),
 "monthly_volume": (3000, "around 3,000 product descriptions a month"),
 "consistent_style": (True, "a very particular house voice"),
 "prompting_falls_short": (True, "editors reject about 40% of drafts"),
 "labelled_examples": (18000, "18,000 published descriptions that editors approved"),
 "task_changes_often": (False, "The voice has been stable for five years")})

add("underwriting-manual-train-question", """# Should we train a model on our underwriting manual?

Commercial property underwriters ask whether a risk fits appetite, and the answer lives in a 600-page underwriting manual plus 70 product bulletins. The manual is reissued every quarter and new bulletins arrive weekly. The team asked whether to fine-tune a model on the manual so it "knows" our rules. Underwriters need the clause number with every answer for the audit file. About 45 underwriters would ask perhaps 2,000 questions a month.""",
"rag", [], "Asks for fine-tuning but the gap is private, weekly-changing knowledge with clause citations.",
{"task_kind": ("question_answering", "underwriters ask whether a risk fits appetite"),
 "knowledge_change_days": (7, "new bulletins arrive weekly"),
 "needs_citations": (True, "the clause number with every answer"),
 "needs_external_knowledge": (True, "the answer lives in a 600-page underwriting manual"),
 "monthly_volume": (2000, "perhaps 2,000 questions a month")})
