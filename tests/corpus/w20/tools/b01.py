from helper import Batch
b = Batch("b01")

b.add("retail-return-reason-tagging", "Return-reason tagging for web orders",
"""Our returns desk tags every online return with one of 14 reason codes so merchandising can spot sizing and quality problems.
About 40k returns come in a month, each with a free-text comment from the customer. We have three years of tagged returns,
roughly 90,000 rows checked by the desk leads, and the code list hasn't changed since 2021. A prompt with the code definitions
has been live in a pilot for six weeks but tops out at 81% agreement with the leads; merchandising wants 93% before they trust the dashboards.""",
"fine_tune", [], "Stable narrow classification, 90k labelled rows, prompting plateaued below target at 40k/month.",
{"task_kind": ("classification", "tags every online return with one of 14 reason codes"),
 "monthly_volume": (40000, "About 40k returns come in a month"),
 "labelled_examples": (90000, "roughly 90,000 rows checked by the desk leads"),
 "task_changes_often": (False, "the code list hasn't changed since 2021"),
 "stage": ("pilot", "live in a pilot"),
 "prompting_falls_short": (True, "tops out at 81% agreement"),
 "accuracy_target": (93, "merchandising wants 93%")})

b.add("utility-outage-app-answers", "Outage questions on the customer app",
"""Customers ask our app why their power is off and when it will come back. Answers have to come from the live outage notices,
the planned-works schedule and about 300 service articles, and the planned-works schedule is republished every day. Each answer
should link the article or outage notice it used. Someone on the digital team asked whether we should just train a model on our
call transcripts; we have 18 months of them but they are mostly about outages that are long over. The assistant is a prototype on the staging app today.""",
"rag", [], "Answers depend on daily-changing private outage data and must link sources; training on stale transcripts would not help.",
{"task_kind": ("question_answering", "Customers ask our app why their power is off"),
 "corpus_size": (300, "about 300 service articles"),
 "knowledge_change_days": (1, "republished every day"),
 "needs_citations": (True, "should link the article or outage notice it used"),
 "needs_external_knowledge": (True, "Answers have to come from the live outage notices"),
 "stage": ("prototype", "a prototype on the staging app")})

b.add("auto-used-car-blurbs", "Used-car listing blurbs",
"""Our 12 dealerships want a two-sentence blurb for each used car on the website, written from the spec sheet (make, model, mileage,
trim, options). That's maybe 1,500 cars a month across all sites. Nobody has written a style guide and we don't have a bank of good
examples; the sales managers just want it to sound friendly and not oversell. Nothing is built yet, and a staff member would glance
at each blurb before it goes up.""",
"prompt", [], "Simple generation from given specs, no examples, not started, human review; a prompt is the first step.",
{"task_kind": ("generation", "a two-sentence blurb for each used car"),
 "monthly_volume": (1500, "maybe 1,500 cars a month"),
 "labelled_examples": (0, "we don't have a bank of good examples"),
 "stage": ("prototype", "Nothing is built yet"),
 "human_review": (True, "a staff member would glance at each blurb")})

b.add("nonprofit-grantee-report-summaries", "Summaries of grantee progress reports",
"""Our foundation gets roughly 60 progress reports a quarter from grantees, each 10 to 25 pages. Program officers want a one-page
summary of each: outcomes against targets, spending, risks. The headings change each funding round as the board asks for new things.
We tried pasting a couple into a chat model by hand and the officers liked the results; they read the full report anyway before any decision.""",
"prompt", [], "Low volume, changing template, prompting already works and every output is read by an officer.",
{"task_kind": ("summarisation", "want a one-page summary"),
 "monthly_volume": (20, "roughly 60 progress reports a quarter"),
 "task_changes_often": (True, "The headings change each funding round"),
 "prompting_falls_short": (False, "the officers liked the results"),
 "human_review": (True, "they read the full report anyway before any decision")})

b.add("realestate-lease-clause-questions", "Lease questions for property managers",
"""Our 40 property managers field tenant questions about what their lease allows: pets, subletting, break clauses. We manage about
6,500 units, each with its own signed lease PDF, and leases are added or renewed every week. Managers need the answer plus the clause
number it came from, and they must only see leases for buildings they manage. Volume is roughly 2,000 questions a month. A pilot with one region starts next month.""",
"rag", [], "Answers come from thousands of private, weekly-changing leases with clause citations and per-building permissions.",
{"task_kind": ("question_answering", "tenant questions about what their lease allows"),
 "corpus_size": (6500, "about 6,500 units, each with its own signed lease PDF"),
 "knowledge_change_days": (7, "added or renewed every week"),
 "needs_citations": (True, "the clause number it came from"),
 "needs_external_knowledge": (True, "each with its own signed lease PDF"),
 "monthly_volume": (2000, "roughly 2,000 questions a month")})

b.add("sports-lower-league-match-reports", "Automated match reports for lower leagues",
"""We publish short reports for around 9,000 amateur and youth football matches each month from the referee's data feed (scorers,
cards, minutes). They must read like our desk's house style: present tense in the headline, club nicknames, no adjectives about
referees, a fixed 120-word shape. We have about 25,000 published reports paired with their feeds from the last four seasons. A long
prompt with the style sheet and five examples gets the facts right but editors still rewrite one in three for voice, and at this volume nobody can review them all.""",
"fine_tune", [], "Behaviour gap (house voice and fixed shape) at high volume with 25k paired examples; prompting plateaued.",
{"task_kind": ("generation", "We publish short reports"),
 "monthly_volume": (9000, "around 9,000 amateur and youth football matches each month"),
 "labelled_examples": (25000, "about 25,000 published reports paired with their feeds"),
 "consistent_style": (True, "They must read like our desk's house style"),
 "strict_format": (True, "a fixed 120-word shape"),
 "prompting_falls_short": (True, "editors still rewrite one in three for voice"),
 "human_review": (False, "nobody can review them all")})

b.add("bpo-insurance-wrapup-notes", "Wrap-up notes for a new insurance client",
"""Our contact centre is onboarding an insurance client in six weeks, with about 80 agents on the account. After each call the agent
writes a wrap-up note; the client wants a model to draft it from the call transcript in their four-heading format. The heading names
and rules are still being negotiated in the contract, and we have no transcripts from this client yet. Agents will edit every draft before saving.""",
"prompt", [], "Task definition still in negotiation, no data at all, agents edit every draft; start with a prompt.",
{"task_kind": ("summarisation", "draft it from the call transcript"),
 "strict_format": (True, "in their four-heading format"),
 "task_changes_often": (True, "still being negotiated in the contract"),
 "labelled_examples": (0, "we have no transcripts from this client yet"),
 "human_review": (True, "Agents will edit every draft before saving")})

b.add("gov-benefits-caseworker-rules", "Caseworker assistant for benefit rules",
"""Caseworkers at the county benefits office want to ask plain questions like 'does a part-time student count in the household for
food assistance?' and get the answer with the manual section quoted. The policy manual runs to about 1,200 sections across five
programs and the state sends amendments every month or so. A wrong answer can mean a family is wrongly denied, so caseworkers check
the quoted section before acting. We have a proof of concept on a laptop.""",
"rag", [], "Answers from a large, monthly-amended policy manual with quoted sections; high stakes.",
{"task_kind": ("question_answering", "want to ask plain questions"),
 "corpus_size": (1200, "about 1,200 sections"),
 "knowledge_change_days": (30, "amendments every month or so"),
 "needs_citations": (True, "with the manual section quoted"),
 "needs_external_knowledge": (True, "The policy manual runs to about 1,200 sections"),
 "stakes": ("high", "a family is wrongly denied"),
 "human_review": (True, "caseworkers check the quoted section before acting"),
 "stage": ("prototype", "a proof of concept on a laptop")})

b.add("retail-supplier-attribute-extraction", "Attribute extraction from supplier spec sheets",
"""Our marketplace ingests about 120,000 new product listings a month from suppliers, and we need 22 attributes (material, dimensions,
voltage, care instructions) pulled into our catalogue JSON schema. The schema has been frozen since last year. We have 300k listings
that the catalogue team already corrected by hand. The current prompt (about 6,000 tokens with the schema and rules) costs us around
$14,000 a month and still misses the unit conventions about 12% of the time.""",
"fine_tune", [], "High-volume stable extraction into a fixed schema with 300k corrected examples; long prompt is costly and plateaued.",
{"task_kind": ("extraction", "pulled into our catalogue JSON schema"),
 "monthly_volume": (120000, "about 120,000 new product listings a month"),
 "labelled_examples": (300000, "300k listings that the catalogue team already corrected by hand"),
 "strict_format": (True, "our catalogue JSON schema"),
 "task_changes_often": (False, "The schema has been frozen since last year"),
 "prompt_tokens": (6000, "about 6,000 tokens"),
 "monthly_bill_usd": (14000, "around $14,000 a month"),
 "prompting_falls_short": (True, "still misses the unit conventions about 12% of the time")})

b.add("auto-recall-bulletin-lookup", "Recall and service bulletin lookup for workshop staff",
"""Technicians at our 30 service centres want to type a VIN or a symptom and find which manufacturer recalls and technical service
bulletins apply. There are about 45,000 bulletins across eight brands, and new ones arrive every day. The answer must list the
bulletin numbers so the tech can open the original. Our IT lead suggested training a model on the bulletins; we haven't tried anything yet.""",
"rag", [], "Large, daily-growing document set with required bulletin citations; training would not keep facts current.",
{"task_kind": ("question_answering", "find which manufacturer recalls and technical service bulletins apply"),
 "corpus_size": (45000, "about 45,000 bulletins"),
 "knowledge_change_days": (1, "new ones arrive every day"),
 "needs_citations": (True, "must list the bulletin numbers"),
 "needs_external_knowledge": (True, "manufacturer recalls and technical service bulletins")})
b.save()
