from helper import Batch
b = Batch("b06")

b.add("nonprofit-board-minutes", "Board meeting minutes from the recording",
"""Our trustees meet six times a year, and the company secretary, a volunteer, spends a weekend turning each two-hour recording's
transcript into minutes: attendees, decisions, actions with owners. She'd like a model to produce the first draft from the transcript.
She will correct it against her own notes before the chair signs it. There's no money for anything beyond a standard subscription.""",
"prompt", [], "Six documents a year, fully reviewed, no budget; a prompt with the minutes layout is enough.",
{"task_kind": ("summarisation", "turning each two-hour recording's transcript into minutes"),
 "human_review": (True, "She will correct it against her own notes"),
 "budget": ("none", "There's no money for anything beyond a standard subscription")})

b.add("realestate-zoning-rules-lookup", "Zoning and planning rules lookup for agents",
"""Our agents keep getting asked by buyers whether a plot can take an extension, a granny flat or a change of use. The answers sit in
the zoning codes and planning policies of the 25 councils we cover, several thousand pages in all, and councils amend them through the
year, often with little notice. Agents must be able to show the buyer the exact clause, because a wrong answer could expose us to a
misrepresentation claim. We have nothing built; one agent keeps a spreadsheet of links.""",
"rag", [], "Large, changing external regulatory text across councils with exact-clause citations; high stakes.",
{"task_kind": ("question_answering", "whether a plot can take an extension"),
 "needs_citations": (True, "show the buyer the exact clause"),
 "needs_external_knowledge": (True, "the zoning codes and planning policies of the 25 councils"),
 "stakes": ("high", "could expose us to a misrepresentation claim"),
 "stage": ("prototype", "We have nothing built")})

b.add("sports-press-conference-quotes", "Translating press conference quotes",
"""When foreign coaches speak at press conferences, our web desk needs their quotes in English within the hour. That's maybe 40
quotes a week, mostly Spanish, Portuguese and German. A reporter has been pasting them into a general chat model for a month and says
the translations are good; an editor checks each quote against the audio before publishing anyway. Should we build something more serious?""",
"prompt", [], "Low volume general translation where prompting already works and every quote is checked.",
{"task_kind": ("translation", "their quotes in English"),
 "monthly_volume": (173, "maybe 40 quotes a week"),
 "prompting_falls_short": (False, "says the translations are good"),
 "human_review": (True, "an editor checks each quote against the audio")})

b.add("bpo-crm-case-summaries", "Chat case summaries in the client's CRM format",
"""For a consumer electronics client we handle about 110,000 support chats a month, and each chat must end with a case summary in the
client's five-line CRM format, which their reporting parses automatically. The format has been the same since the contract started. A
prompt with the format and two examples produces good content, but about one summary in five breaks the layout or invents an outcome
code, and the client's parser rejects it. The attached file is the set of accepted summaries our team leads have collected.""",
"fine_tune", [], "High-volume, stable strict format that prompting cannot hold; the file has 1,200 accepted input/output pairs.",
{"task_kind": ("summarisation", "end with a case summary"),
 "monthly_volume": (110000, "about 110,000 support chats a month"),
 "strict_format": (True, "the client's five-line CRM format"),
 "task_changes_often": (False, "The format has been the same since the contract started"),
 "prompting_falls_short": (True, "about one summary in five breaks the layout"),
 "labelled_examples": (1200, "data:summaries.jsonl")}, folder=True)

b.add("gov-claimant-case-file-questions", "Questions over a claimant's own case file",
"""Before a review interview, officers read through a claimant's case file: scanned letters, medical evidence, previous decisions and
call notes, often 200 pages or more. They want to ask 'what did the last assessment say about mobility?' and get the answer with the
document and page. Across the service there are around 14 million documents, new ones arrive every day, and officers may only see files
for claimants on their caseload. The files contain health data, so nothing may be used to train vendor models.""",
"rag", [], "Answers from private, permissioned, daily-growing case files with page citations; training on personal data is ruled out.",
{"task_kind": ("question_answering", "get the answer with the document and page"),
 "needs_citations": (True, "with the document and page"),
 "corpus_size": (14000000, "around 14 million documents"),
 "knowledge_change_days": (1, "new ones arrive every day"),
 "needs_external_knowledge": (True, "a claimant's case file"),
 "constraints": (["personal_data", "no_vendor_training"], "nothing may be used to train vendor models")})

b.add("retail-pizza-phone-orders", "Phone orders into the till system",
"""Our pizza chain's phone line takes roughly 400,000 orders a month, and we want the speech transcript turned into the order JSON our
tills accept (items, sizes, half-and-half toppings, deal codes). Callers use our menu nicknames ('a Big Daddy half meat feast'), and
the reply has to be back in under half a second so the voice bot can confirm the order. We have about 90,000 transcribed calls with the
orders staff actually rang in. A hosted model with the menu in the prompt is accurate but takes about three seconds.""",
"fine_tune", [], "Very high volume, strict schema, menu slang and a 500 ms latency target with 90k pairs.",
{"task_kind": ("extraction", "turned into the order JSON our tills accept"),
 "monthly_volume": (400000, "roughly 400,000 orders a month"),
 "strict_format": (True, "the order JSON our tills accept"),
 "domain_jargon": (True, "Callers use our menu nicknames"),
 "latency_ms": (500, "under half a second"),
 "labelled_examples": (90000, "about 90,000 transcribed calls"),
 "prompting_falls_short": (True, "takes about three seconds")})

b.add("utility-tariff-switch-compliance-notes", "Compliance notes for tariff-switch calls",
"""The energy regulator requires a note for every tariff-switch call recording that the agent read the mandated disclosures, in the
exact order of its template. That's about 1.1 million calls a year. Our compliance team has 60,000 notes from last year that passed
review, each paired with its transcript, and the template has not changed since 2022. A prompted model leaves out the cooling-off
disclosure in around 8% of notes, and a missing disclosure is a reportable breach.""",
"fine_tune", [], "Stable regulated template, high volume, 60k approved pairs, prompting drops mandated content.",
{"task_kind": ("summarisation", "a note for every tariff-switch call"),
 "strict_format": (True, "in the exact order of its template"),
 "monthly_volume": (91667, "about 1.1 million calls a year"),
 "labelled_examples": (60000, "60,000 notes from last year that passed review"),
 "task_changes_often": (False, "the template has not changed since 2022"),
 "prompting_falls_short": (True, "leaves out the cooling-off disclosure in around 8% of notes"),
 "stakes": ("high", "a reportable breach")})

b.add("realestate-title-register-extraction", "Title registers into the conveyancing form",
"""Our conveyancing team reads about 3,000 title registers a month and copies the proprietor, charges, restrictive covenants and
easements into our 18-field case form. The registers use dense legal phrasing ('a Restriction in Form A', 'the land is subject to the
rights reserved by a Conveyance dated'). Paralegals have filled in roughly 8,000 forms from registers we still hold. A prompt fills the
easy fields but puts covenants in the wrong field on about a quarter of registers, and the form layout is fixed by our case system.""",
"fine_tune", [], "Stable extraction into a fixed form, legal notation, 8k filled examples, prompting plateaued.",
{"task_kind": ("extraction", "copies the proprietor, charges, restrictive covenants and easements"),
 "monthly_volume": (3000, "about 3,000 title registers a month"),
 "strict_format": (True, "our 18-field case form"),
 "domain_jargon": (True, "dense legal phrasing"),
 "labelled_examples": (8000, "roughly 8,000 forms"),
 "prompting_falls_short": (True, "puts covenants in the wrong field on about a quarter of registers")})

b.add("sports-transfer-rumour-check", "Fact-checking desk for transfer rumours",
"""During the transfer window our desk gets hundreds of rumour claims a day from social media and wants a first check: has any
reliable outlet or club statement confirmed it, and when? That depends on the wires, club sites and our own reporters' notes from the
last few hours, so a model's own knowledge is useless here. Each verdict has to list the sources with timestamps. We want to pilot it in the summer window.""",
"rag", [], "Depends on news from the last few hours and must list sources; pure knowledge freshness problem.",
{"task_kind": ("research", "wants a first check"),
 "knowledge_change_days": (1, "from the last few hours"),
 "needs_external_knowledge": (True, "a model's own knowledge is useless here"),
 "needs_citations": (True, "list the sources with timestamps")})

b.add("bpo-telco-rate-card-disputes", "Billing dispute answers from rate cards",
"""Agents on our telecom account spend ages working out whether a disputed charge is right: roaming zones, out-of-bundle rates,
legacy plans. The client keeps about 900 rate cards and plan documents going back to 2016, and publishes new ones at the start of each
month. We want agents to get the correct rate for the customer's plan and date, with the rate card cited, since the customer may be
refunded on it. Our ops director thinks we should fine-tune on last year's dispute tickets instead.""",
"rag", [], "Answers depend on a large, monthly-changing set of private rate cards with citations; tickets would teach stale rates.",
{"task_kind": ("question_answering", "get the correct rate for the customer's plan and date"),
 "corpus_size": (900, "about 900 rate cards and plan documents"),
 "knowledge_change_days": (30, "publishes new ones at the start of each month"),
 "needs_citations": (True, "with the rate card cited"),
 "needs_external_knowledge": (True, "The client keeps about 900 rate cards")})
b.save()
