from helper import Batch
b = Batch("b03")

b.add("utility-gas-job-note-fields", "Structured fields from field crew notes",
"""Gas engineers close each job with a typed note full of shorthand ('MPRN chkd, ECV repl, TT pass 21mbar, cap'd'), and asset
records need eight fields pulled out: asset type, action, pressure readings, parts used and so on. We close about 18,000 jobs a
month. Our records team has cleaned up 12,000 notes into the eight fields over the last year. A prompt with a glossary handles the
plain notes but gets the shorthand wrong on roughly a third, and the output must match the asset system's import format exactly.""",
"fine_tune", [], "Jargon-heavy stable extraction with 12k cleaned examples and a strict import format; prompting fails on shorthand.",
{"task_kind": ("extraction", "need eight fields pulled out"),
 "domain_jargon": (True, "MPRN chkd, ECV repl, TT pass 21mbar"),
 "monthly_volume": (18000, "about 18,000 jobs a month"),
 "labelled_examples": (12000, "cleaned up 12,000 notes"),
 "prompting_falls_short": (True, "gets the shorthand wrong on roughly a third"),
 "strict_format": (True, "must match the asset system's import format exactly")})

b.add("sports-highlight-captions", "Social captions for highlight clips",
"""The video team posts 20 to 30 highlight clips a day and wants three caption options for each, written from the clip title and
score. The tone should be upbeat, but we change the campaign angle every few weeks as sponsors change. A social editor always picks
and edits one before posting. Nothing is built; the team has tried a chat model casually and liked what it wrote.""",
"prompt", [], "Low-stakes generation with changing instructions, human editing, and prompting already acceptable.",
{"task_kind": ("generation", "three caption options for each"),
 "monthly_volume": (750, "20 to 30 highlight clips a day"),
 "task_changes_often": (True, "we change the campaign angle every few weeks"),
 "human_review": (True, "A social editor always picks and edits one"),
 "prompting_falls_short": (False, "tried a chat model casually and liked what it wrote")})

b.add("bpo-multi-client-agent-assist", "Agent assist across 14 client accounts",
"""We run support desks for 14 clients, each with its own product knowledge base of between a few hundred and 5,000 articles,
about 21,000 in total. Clients update their articles constantly, some daily, and contracts say agents on one account must never see
another client's content. Agents want suggested answers with the source article linked. We handle about 350,000 contacts a month across the accounts.""",
"rag", [], "Large, daily-changing, permission-separated knowledge bases with required source links.",
{"task_kind": ("question_answering", "suggested answers"),
 "corpus_size": (21000, "about 21,000 in total"),
 "knowledge_change_days": (1, "some daily"),
 "needs_citations": (True, "with the source article linked"),
 "needs_external_knowledge": (True, "its own product knowledge base"),
 "monthly_volume": (350000, "about 350,000 contacts a month")})

b.add("gov-hardship-urgent-flag", "Flagging urgent hardship applications",
"""Starting this winter, the emergency hardship fund wants incoming online applications flagged 'urgent' if the applicant mentions no
heating, no food or an eviction within a week. The criteria were agreed last Tuesday and will probably be adjusted after the first
month. We expect a few hundred applications a week. Every application, flagged or not, is still read by an officer within two days;
the flag only sets the order.""",
"prompt", [], "New, simple criteria that will change; no data; every item still read by an officer.",
{"task_kind": ("classification", "flagged 'urgent'"),
 "task_changes_often": (True, "will probably be adjusted after the first month"),
 "human_review": (True, "is still read by an officer within two days")})

b.add("retail-cosmetics-review-replies", "Replies to product reviews",
"""Our cosmetics brand wants to reply to every 1 to 3 star review on our site in our brand voice, which is described in a two-page
guide. That's roughly 900 reviews a month. Marketing has asked for a fine-tuned model 'so it really sounds like us', but we haven't
tried prompting with the guide yet and have only about 40 replies we're proud of. Community staff approve each reply.""",
"prompt", [], "Voice is documented, prompting untried, few examples, moderate volume with approval; start with a prompt.",
{"task_kind": ("generation", "reply to every 1 to 3 star review"),
 "monthly_volume": (900, "roughly 900 reviews a month"),
 "consistent_style": (True, "in our brand voice"),
 "labelled_examples": (40, "about 40 replies we're proud of"),
 "human_review": (True, "Community staff approve each reply")})

b.add("auto-owners-manual-voice", "In-car assistant for owner's manual questions",
"""Our infotainment team wants drivers to ask 'how do I turn off lane assist?' by voice and hear the answer from the owner's manual
for their exact model and year. We have 160 manual editions across models, each around 400 pages, and over-the-air software updates
change features every quarter, with the manual sections rewritten to match. Answers must be spoken within 1.5 seconds.""",
"rag", [], "Answers must come from the right edition of a large, quarterly-changing manual set.",
{"task_kind": ("question_answering", "hear the answer from the owner's manual"),
 "corpus_size": (160, "160 manual editions"),
 "knowledge_change_days": (90, "every quarter"),
 "needs_external_knowledge": (True, "the owner's manual for their exact model and year"),
 "latency_ms": (1500, "within 1.5 seconds")})

b.add("nonprofit-helpline-need-tagging", "Tagging helpline call notes by need",
"""Our homelessness helpline logs about 6,000 calls a month, and advisers tag each call note with one primary need (rough sleeping
tonight, eviction notice, domestic abuse, benefits problem and so on) for funders' quarterly reports. The category list was agreed with
our funders in 2020 and hasn't moved. A prompt listing the categories got about 74% of notes right in a test last month; the funders'
audit expects 90%. The attached export holds the notes advisers have tagged and a supervisor has double-checked.""",
"fine_tune", [], "Stable classification where prompting plateaued; the export holds 2,400 checked labelled notes.",
{"task_kind": ("classification", "tag each call note with one primary need"),
 "monthly_volume": (6000, "about 6,000 calls a month"),
 "task_changes_often": (False, "hasn't moved"),
 "prompting_falls_short": (True, "got about 74% of notes right"),
 "accuracy_target": (90, "expects 90%"),
 "labelled_examples": (2400, "data:calls.csv")}, folder=True)

b.add("realestate-fair-housing-ad-check", "Fair-housing check on rental ads",
"""Before our 60 landlord clients' ads go live, we want a model to flag wording that could break fair-housing rules ('perfect for
young professionals', 'no kids'). We post about 120 ads a month. The compliance manager has a one-page list of banned and risky
phrases with explanations. Nothing is labelled yet, and she will still check every flagged ad herself.""",
"prompt", [], "Low volume, one page of rules fits in a prompt, nothing labelled; legal wording does not change that.",
{"task_kind": ("classification", "flag wording that could break fair-housing rules"),
 "monthly_volume": (120, "about 120 ads a month"),
 "labelled_examples": (0, "Nothing is labelled yet")})

b.add("sports-stats-sql-questions", "Plain-English questions to our stats warehouse",
"""Our eight data journalists want to type questions like 'top scorers aged under 21 since 2015' and get SQL they can run against the
stats warehouse. The schema is 40 tables and is documented in a single file. They'd run maybe 200 queries a month and always read the
SQL before running it. Early days: one journalist has been trying it in a notebook for two weeks and thinks it mostly works.""",
"prompt", [], "Low-volume text-to-SQL with a schema that fits in context, human check, prompting working so far.",
{"task_kind": ("code", "get SQL they can run"),
 "monthly_volume": (200, "maybe 200 queries a month"),
 "human_review": (True, "always read the SQL before running it"),
 "stage": ("prototype", "trying it in a notebook"),
 "prompting_falls_short": (False, "thinks it mostly works")})

b.add("bpo-airline-email-replies", "Email replies for an airline client",
"""We answer about 75,000 customer emails a month for an airline client. The client's tone rules are strict (no apologising for
weather, always name the compensation regulation, sign off as 'The Care Team'), and its auditors fail us when drafts drift. We have
160,000 sent emails that passed the client's audit last year, paired with the customer emails. A prompt with the tone rules passes
audit only 76% of the time against a contractual 95%. The policies fit in a 30-page document that rarely changes.""",
"fine_tune", ["rag+fine_tune"], "Voice and rule adherence gap at high volume with 160k audited pairs; prompting plateaued.",
{"task_kind": ("generation", "We answer about 75,000 customer emails"),
 "monthly_volume": (75000, "about 75,000 customer emails a month"),
 "consistent_style": (True, "The client's tone rules are strict"),
 "labelled_examples": (160000, "160,000 sent emails that passed the client's audit"),
 "prompting_falls_short": (True, "passes audit only 76% of the time"),
 "accuracy_target": (95, "a contractual 95%")})
b.save()
