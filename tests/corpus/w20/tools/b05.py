from helper import Batch
b = Batch("b05")

b.add("utility-network-standards-questions", "Engineers' questions on network standards",
"""Design engineers at the electricity distributor want to ask things like 'minimum clearance for an 11kV overhead line over a
private road?' and get the answer with the standard and clause number. We hold about 2,300 internal engineering standards and
policies, and the standards team reissues a few of them every week. The documents are classed as critical national infrastructure,
so nothing can be sent to an outside service; it all has to run on our own servers. Maybe 400 engineers would use it.""",
"rag", [], "Large private standards set changing weekly, clause citations required, must be self-hosted.",
{"task_kind": ("question_answering", "get the answer with the standard and clause number"),
 "needs_citations": (True, "with the standard and clause number"),
 "corpus_size": (2300, "about 2,300 internal engineering standards and policies"),
 "knowledge_change_days": (7, "reissues a few of them every week"),
 "needs_external_knowledge": (True, "internal engineering standards"),
 "constraints": (["on_prem"], "it all has to run on our own servers")})

b.add("auto-repair-order-format", "Service notes into the manufacturer's repair-order format",
"""Service advisors at our dealer group type free-form notes at check-in, and the manufacturer's warranty portal only accepts repair
orders in its own format: complaint, cause and correction lines in a fixed order, approved abbreviations only, operation codes in
brackets. We raise roughly 14,000 repair orders a month, and the warranty clerks have about 40,000 notes paired with the repair
orders they submitted and got accepted. Prompting gets the content right, but one order in six is bounced for format, which delays payment.""",
"fine_tune", [], "Strict format prompting cannot hold, stable task, 40k accepted pairs, steady volume.",
{"task_kind": ("transformation", "type free-form notes at check-in"),
 "strict_format": (True, "complaint, cause and correction lines in a fixed order"),
 "monthly_volume": (14000, "roughly 14,000 repair orders a month"),
 "labelled_examples": (40000, "about 40,000 notes paired with the repair orders"),
 "prompting_falls_short": (True, "one order in six is bounced for format")})

b.add("nonprofit-tetum-field-reports", "Translating field reports from Tetum",
"""Our health programme in Timor-Leste receives around 1,200 community health worker reports a month written in Tetum, mixed with
Portuguese and local health terms, and donors need them in English. General models we tried produce fluent English that often gets
the medicine names and village health terms wrong; our country director rejected most samples. Over eight years our translators have
built about 15,000 aligned Tetum-English report pairs. The reporting form has not changed since 2018.""",
"fine_tune", [], "Niche language and jargon where prompting failed, with 15k parallel pairs and a stable form.",
{"task_kind": ("translation", "donors need them in English"),
 "monthly_volume": (1200, "around 1,200 community health worker reports a month"),
 "domain_jargon": (True, "mixed with Portuguese and local health terms"),
 "prompting_falls_short": (True, "our country director rejected most samples"),
 "labelled_examples": (15000, "about 15,000 aligned Tetum-English report pairs"),
 "task_changes_often": (False, "has not changed since 2018")})

b.add("realestate-viewing-request-replies", "Draft replies to viewing requests",
"""Our three-person lettings agency gets around 50 viewing requests a week through the portals. We'd like a model to draft a reply
that offers the next two open slots from the diary and asks the two screening questions we always ask. The diary slots would be
pasted in by whoever sends the reply, and they'd read it first. We haven't tried anything and don't want to spend much.""",
"prompt", [], "Tiny volume, all facts supplied in the input, human sends each reply, little budget.",
{"task_kind": ("generation", "draft a reply"),
 "monthly_volume": (217, "around 50 viewing requests a week"),
 "human_review": (True, "they'd read it first"),
 "budget": ("limited", "don't want to spend much")})

b.add("sports-commentary-event-feed", "Live text commentary into a structured event feed",
"""Our live text desk writes around 1.2 million commentary lines a month across football, rugby and cricket, and the betting and
stats partners want each line turned into an event record (event type, player, team, minute, qualifiers) in the feed schema we agreed
with them three seasons ago. It must keep up with play, so under 300 ms per line. The desk has 400,000 lines already mapped to events
by our data loggers. A prompted large model gets the cricket notation wrong and is far too slow.""",
"fine_tune", [], "Huge volume, strict stable schema, sport notation, tight latency and 400k labelled lines.",
{"task_kind": ("extraction", "turned into an event record"),
 "monthly_volume": (1200000, "around 1.2 million commentary lines a month"),
 "strict_format": (True, "in the feed schema we agreed"),
 "latency_ms": (300, "under 300 ms per line"),
 "labelled_examples": (400000, "400,000 lines already mapped to events"),
 "domain_jargon": (True, "the cricket notation"),
 "prompting_falls_short": (True, "gets the cricket notation wrong and is far too slow")})

b.add("bpo-weekly-escalation-digest", "Weekly escalation digest for a client review",
"""Every Friday the account manager for our utility client summarises the week's 30 to 60 escalated cases into a one-page digest for
the client call. The client keeps changing what they want highlighted, last month it was vulnerable customers, this month it is
repeat contacts. The account manager rewrites the digest before sending. We'd like a model to do the first pass from the case notes.""",
"prompt", [], "One digest a week, changing emphasis, fully reviewed; a prompt suffices.",
{"task_kind": ("summarisation", "summarises the week's 30 to 60 escalated cases"),
 "monthly_volume": (4, "Every Friday"),
 "task_changes_often": (True, "The client keeps changing what they want highlighted"),
 "human_review": (True, "The account manager rewrites the digest before sending")})

b.add("gov-claim-occupation-coding", "Occupation codes on benefit claims",
"""Claim forms ask for the applicant's last job in their own words ('stacking shelves nights at Tesco', 'self emp plasterer'), and
statistics need the four-digit national occupation code from a list of 412. We code around 90,000 claims a month. The coding unit has
hand-coded about 250,000 claims since the classification was last revised, and the next revision is not due for years. Prompting with
the code titles gets 64% right at four digits; the statistics office needs 90%.""",
"fine_tune", ["rag+fine_tune"], "Stable, narrow classification with 250k labels where prompting plateaued far below target.",
{"task_kind": ("classification", "the four-digit national occupation code"),
 "monthly_volume": (90000, "around 90,000 claims a month"),
 "labelled_examples": (250000, "hand-coded about 250,000 claims"),
 "task_changes_often": (False, "the next revision is not due for years"),
 "prompting_falls_short": (True, "gets 64% right at four digits"),
 "accuracy_target": (90, "needs 90%")})

b.add("retail-marketplace-title-rewrite", "Rewriting product titles for a marketplace launch",
"""We are listing our homeware range on a new marketplace next month, and its rules want titles as brand, product type, key feature,
size, colour, under 150 characters. We have about 8,000 titles to rewrite, once; after launch the buyers will write new titles to the
rules themselves. The rules fit on half a page. A merchandiser will spot-check a few hundred before upload.""",
"prompt", [], "One-off reformatting job with short rules; no reason to train anything.",
{"task_kind": ("transformation", "8,000 titles to rewrite"),
 "stage": ("one_off", "about 8,000 titles to rewrite, once"),
 "strict_format": (True, "brand, product type, key feature, size, colour, under 150 characters")})

b.add("utility-quarterly-newsletter", "Drafting the quarterly customer newsletter",
"""Our comms officer writes a four-page customer newsletter every quarter: a tariff update, a safety tip, a community story and a
note from the chief executive. She'd like help turning her bullet points into first drafts of each piece. There are no past issues
worth copying because the newsletter was relaunched this year, and the chief executive signs off every issue.""",
"prompt", [], "Four pieces a quarter from supplied notes, no examples, full sign-off.",
{"task_kind": ("generation", "turning her bullet points into first drafts"),
 "labelled_examples": (0, "There are no past issues worth copying"),
 "human_review": (True, "the chief executive signs off every issue")})

b.add("auto-parts-compatibility", "Parts compatibility questions at the trade counter",
"""Trade-counter staff at our 120 motor factor branches get asked 'will this brake pad fit a 2017 diesel with the sport pack?' dozens
of times a day. The answer has to come from the parts catalogue and supplier fitment data, about 1.2 million part numbers, which
suppliers update daily as parts are superseded. Staff need the matching part numbers and the fitment note so they can check it. Our
e-commerce lead asked whether a model could just learn the catalogue.""",
"rag", [], "Fitment facts for a million daily-changing parts cannot be learned; retrieve and cite part numbers.",
{"task_kind": ("question_answering", "will this brake pad fit"),
 "corpus_size": (1200000, "about 1.2 million part numbers"),
 "knowledge_change_days": (1, "suppliers update daily"),
 "needs_citations": (True, "the matching part numbers and the fitment note"),
 "needs_external_knowledge": (True, "the parts catalogue and supplier fitment data")})
b.save()
