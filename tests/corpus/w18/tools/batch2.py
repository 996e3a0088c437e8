import sys; sys.path.insert(0, "/work/blind/w18/tools")
from lib import add

add("complaint-reason-coding", """# Complaint reason coding for the regulator return

Every complaint logged by our retail bank must be coded to one of the regulator's 11 reason categories for the half-yearly return. Handlers currently code about 9,000 complaints a month by hand. A prompted model given the category definitions agreed with handlers on 78% of a sample, below the 95% the compliance team wants. The categories are set by the regulator and have not changed since 2019. The attached file is an export of our coded history.""",
"fine_tune", [], "Stable regulator taxonomy, prompting at 78% vs 95%, and the export holds ~6.2k checked coded complaints.",
{"task_kind": ("classification", "coded to one of the regulator's 11 reason categories"),
 "monthly_volume": (9000, "about 9,000 complaints a month"),
 "prompting_falls_short": (True, "agreed with handlers on 78% of a sample"),
 "accuracy_target": (95, "the 95% the compliance team wants"),
 "task_changes_often": (False, "have not changed since 2019"),
 "labelled_examples": (6214, "data:complaints_export.csv")}, folder=True)

add("storefront-returns-delivery-chat", """# Returns and delivery questions on the storefront

Shoppers ask the chat widget about returns windows, delivery charges and promotions. Prices and promotions are updated every fortnight, and returns rules vary across our 30 country sites. Answers must come from about 250 help-centre articles, and each reply should link the article it used. We expect 60k chats a month at launch.""",
"rag", [], "Answers from ~250 changing help articles with links; fortnightly updates.",
{"task_kind": ("question_answering", "Shoppers ask the chat widget"),
 "knowledge_change_days": (14, "updated every fortnight"),
 "corpus_size": (250, "about 250 help-centre articles"),
 "needs_citations": (True, "each reply should link the article it used"),
 "monthly_volume": (60000, "60k chats a month"),
 "needs_external_knowledge": (True, "Answers must come from about 250 help-centre articles")})

add("agency-handbook-bot", """# Staff handbook questions for a 40-person agency

Our agency of 40 people wants a chat bot that answers questions about leave, expenses and remote work. The whole handbook is a single 12-page document that changes about once a year. It fits easily inside one prompt. We expect maybe 100 questions a month. Nothing is labelled, and we have not tried anything yet.""",
"prompt", ["rag"], "One small, yearly-changing document fits in the prompt; low volume, untried.",
{"task_kind": ("question_answering", "answers questions about leave, expenses and remote work"),
 "corpus_size": (1, "a single 12-page document"),
 "knowledge_change_days": (365, "changes about once a year"),
 "monthly_volume": (100, "maybe 100 questions a month"),
 "labelled_examples": (0, "Nothing is labelled"),
 "needs_external_knowledge": (True, "The whole handbook is a single 12-page document")})

add("outpatient-icd10-coding", """# ICD-10 coding of outpatient notes

Our hospital group codes about 70,000 outpatient notes a month to ICD-10 for billing. Notes are dense with abbreviations like "SOB on exertion, hx MI, ?ACS". Coders have produced 300,000 audited note-to-code pairs over three years. A prompted model scored 64% exact match against coders, and billing needs at least 90%. Patient data must stay in our own data centre.""",
"fine_tune", [], "Specialised notation, 300k audited pairs, prompting at 64% vs 90%, on-prem.",
{"task_kind": ("classification", "codes about 70,000 outpatient notes a month to ICD-10"),
 "monthly_volume": (70000, "about 70,000 outpatient notes a month"),
 "domain_jargon": (True, "dense with abbreviations"),
 "labelled_examples": (300000, "300,000 audited note-to-code pairs"),
 "prompting_falls_short": (True, "scored 64% exact match"),
 "accuracy_target": (90, "billing needs at least 90%"),
 "constraints": (["on_prem", "personal_data"], "Patient data must stay in our own data centre")})

add("campaign-idea-generator", """# Campaign idea generator for the brand team

The brand team wants taglines and campaign angles for briefs that change every week. Output is brainstorm material, and nothing goes out without a strategist picking from it. Eight marketers would use it a few times a day. There is no archive of past ideas worth training on. The brief keeps moving while we explore.""",
"prompt", [], "Exploratory, changing briefs, no data, human picks every output.",
{"task_kind": ("generation", "taglines and campaign angles"),
 "task_changes_often": (True, "The brief keeps moving while we explore"),
 "human_review": (True, "nothing goes out without a strategist picking from it"),
 "labelled_examples": (0, "no archive of past ideas worth training on"),
 "stakes": ("low", "Output is brainstorm material")})

add("oncall-runbook-assistant", """# On-call runbook assistant

On-call engineers want answers from our 1,400 runbooks and post-mortems during incidents. Runbooks are edited daily as services change, and 300 engineers share the rotation. Each answer must cite the runbook page and its last-edited date. Responses must arrive within 2 seconds to be useful at 3 a.m. Access follows team permissions, so nobody may see runbooks for systems they are not cleared for.""",
"rag", [], "Private, daily-changing, permissioned runbooks with citations.",
{"task_kind": ("question_answering", "want answers from our 1,400 runbooks"),
 "corpus_size": (1400, "our 1,400 runbooks and post-mortems"),
 "knowledge_change_days": (1, "edited daily"),
 "needs_citations": (True, "must cite the runbook page"),
 "latency_ms": (2000, "within 2 seconds"),
 "needs_external_knowledge": (True, "answers from our 1,400 runbooks")})

add("card-transaction-categories", """# Card transaction categories in the banking app

The app labels every card transaction with one of 28 spending categories, about 90 million transactions a month. Merchant strings look like "SQ *BLUEBTL 0423 OAKL". The current prompted model costs $0.002 per call, a monthly bill of roughly $180,000, and takes 900 ms when the app needs under 150 ms. We have 5 million transactions whose category customers corrected or confirmed. The categories have not changed in two years.""",
"fine_tune", [], "Very high volume, cost and latency pressure, millions of labels, stable taxonomy.",
{"task_kind": ("classification", "labels every card transaction with one of 28 spending categories"),
 "monthly_volume": (90000000, "about 90 million transactions a month"),
 "domain_jargon": (True, "Merchant strings look like"),
 "cost_per_call_usd": (0.002, "$0.002 per call"),
 "monthly_bill_usd": (180000, "roughly $180,000"),
 "latency_ms": (150, "under 150 ms"),
 "labelled_examples": (5000000, "5 million transactions"),
 "task_changes_often": (False, "have not changed in two years"),
 "stage": ("production", "The current prompted model"),
 "prompting_falls_short": (True, "takes 900 ms when the app needs under 150 ms")})

add("renewal-reminder-warm-tone", """# Warmer tone for home insurance renewal reminders

Our home insurance team wants renewal reminders to sound warmer and more personal. We have no examples of the voice we want; marketing has only described it as "like a helpful neighbour". About 12,000 reminders go out a month from a fixed template today. Nobody has tried a model yet.""",
"prompt", [], "Style wish with no examples and untried prompting.",
{"task_kind": ("generation", "wants renewal reminders to sound warmer"),
 "labelled_examples": (0, "We have no examples of the voice we want"),
 "consistent_style": (True, "like a helpful neighbour"),
 "monthly_volume": (12000, "About 12,000 reminders go out a month")})

add("wire-stories-spanish-edition", """# Translating wire stories for a Spanish edition

A news site wants its 120 daily English wire stories translated into Spanish for a new edition, launching as a 6-week pilot. An editor checks every translation before publication. Plain model translations tested on 50 stories were rated publishable after light edits. There is no style guide for the Spanish edition yet.""",
"prompt", [], "General translation that already works with plain prompting; pilot with human review.",
{"task_kind": ("translation", "translated into Spanish"),
 "monthly_volume": (3600, "120 daily English wire stories"),
 "stage": ("pilot", "launching as a 6-week pilot"),
 "human_review": (True, "An editor checks every translation"),
 "prompting_falls_short": (False, "rated publishable after light edits")})

add("cv-parsing-ats", """# CV parsing into the applicant tracking system

HR receives about 25,000 CVs a month and must fill a fixed 30-field applicant record for each. Prompted extraction gets names and dates right but puts employment history into the wrong fields on a third of CVs. We hold 40,000 CVs with records checked by recruiters. The field definitions are set by our ATS vendor and have not changed. CVs contain personal data, and the model provider may not use them for training.""",
"fine_tune", [], "Strict 30-field schema prompting fails on a third; 40k checked records; stable.",
{"task_kind": ("extraction", "fill a fixed 30-field applicant record"),
 "monthly_volume": (25000, "about 25,000 CVs a month"),
 "strict_format": (True, "a fixed 30-field applicant record"),
 "prompting_falls_short": (True, "wrong fields on a third of CVs"),
 "labelled_examples": (40000, "40,000 CVs with records checked by recruiters"),
 "task_changes_often": (False, "have not changed"),
 "constraints": (["personal_data", "no_vendor_training"], "CVs contain personal data, and the model provider may not use them for training")})
