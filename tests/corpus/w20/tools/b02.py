from helper import Batch
b = Batch("b02")

b.add("utility-bill-plain-words", "Explain my bill in plain words",
"""The water utility wants a button on the online bill that rewrites the line items (standing charge, volumetric charge, sewerage,
rebates) into three plain sentences for that customer. The line items arrive as structured data with the bill, so nothing outside the
bill is needed. We have no examples written yet; the comms team will look over a sample of 50 before launch. It is a hackathon prototype so far.""",
"prompt", [], "Self-contained rewrite of given data, no examples, prototype stage.",
{"task_kind": ("transformation", "rewrites the line items"),
 "needs_external_knowledge": (False, "nothing outside the bill is needed"),
 "labelled_examples": (0, "We have no examples written yet"),
 "stage": ("prototype", "a hackathon prototype")})

b.add("nonprofit-founder-voice-letters", "Donor thank-you letters in Margaret's voice",
"""Our charity's founder, Margaret, used to hand-write every thank-you letter and donors loved them. We'd like a model to draft
letters in her voice for the roughly 400 gifts we receive a month. Sadly we kept none of her letters, only what our staff of five
remember about how she wrote. A volunteer will read and sign each one. Should we fine-tune a model to sound like her?""",
"prompt", [], "Style wish with no examples to train on, low volume, every letter reviewed; describe the voice in a prompt.",
{"task_kind": ("generation", "draft letters in her voice"),
 "monthly_volume": (400, "roughly 400 gifts we receive a month"),
 "consistent_style": (True, "draft letters in her voice"),
 "labelled_examples": (0, "we kept none of her letters"),
 "human_review": (True, "A volunteer will read and sign each one")})

b.add("realestate-spanish-listings", "Spanish versions of property listings",
"""Our brokerage in south Florida wants every listing description also in Spanish. We post about 250 new listings a month, each
150 to 300 words long. Agents tried a general chat model on a dozen listings and the bilingual agents said the Spanish was fine apart
from a few local terms, which they can fix in the review each listing already gets.""",
"prompt", [], "General translation at low volume that prompting already handles, with human review.",
{"task_kind": ("translation", "also in Spanish"),
 "monthly_volume": (250, "about 250 new listings a month"),
 "prompting_falls_short": (False, "the Spanish was fine"),
 "human_review": (True, "the review each listing already gets")})

b.add("sports-commentator-archive", "Ask-the-archive for commentators",
"""Commentators want to ask during live broadcasts things like 'when did this club last come back from two goals down away from
home?'. The answers live in our own match database and 30 years of match reports, about 180,000 of them, with new reports added after
every game. They need an answer in under two seconds with the match it came from, since it may be read out on air. The stats team built a demo last month.""",
"rag", [], "Private, growing archive; answers must name the source match; fast retrieval rather than memorised facts.",
{"task_kind": ("question_answering", "Commentators want to ask"),
 "corpus_size": (180000, "about 180,000 of them"),
 "latency_ms": (2000, "under two seconds"),
 "needs_citations": (True, "with the match it came from"),
 "needs_external_knowledge": (True, "our own match database"),
 "stage": ("prototype", "built a demo last month")})

b.add("bpo-bank-call-quality-scoring", "Call quality scoring for a banking client",
"""Our QA team scores agent calls on a 12-item checklist the banking client has used unchanged for three years. We score around
30,000 calls a month and have 210,000 calls already scored by QA analysts, item by item. A prompt with the checklist agrees with
analysts on only 70% of items, mostly missing subtle ones like 'acknowledged vulnerability'. The client requires results as a fixed
JSON per call, and transcripts cannot leave our EU data centre.""",
"fine_tune", [], "Stable checklist, 210k labelled calls, prompting plateaued at 70%, fixed output and self-hosting constraint.",
{"task_kind": ("classification", "scores agent calls on a 12-item checklist"),
 "task_changes_often": (False, "unchanged for three years"),
 "monthly_volume": (30000, "around 30,000 calls a month"),
 "labelled_examples": (210000, "210,000 calls already scored"),
 "prompting_falls_short": (True, "agrees with analysts on only 70% of items"),
 "strict_format": (True, "a fixed JSON per call"),
 "constraints": (["eu_residency"], "cannot leave our EU data centre")})

b.add("gov-benefits-plain-language-letters", "Plain-language rewrites of benefit notices",
"""The department sends about 2,000 decision letters a day and wants each one rewritten into plain English at a reading age of
nine, keeping every legal sentence intact. Our plain-language unit has spent two years rewriting letters by hand and has around
4,000 before-and-after pairs. A prompted model keeps slipping back into officialese and drops the appeal-rights paragraph in roughly
one letter in twenty. The letter templates themselves are stable.""",
"fine_tune", [], "Stable high-volume rewrite with 4k pairs where prompting cannot hold the register or keep required content.",
{"task_kind": ("transformation", "rewritten into plain English"),
 "monthly_volume": (60000, "about 2,000 decision letters a day"),
 "labelled_examples": (4000, "around 4,000 before-and-after pairs"),
 "consistent_style": (True, "plain English at a reading age of nine"),
 "prompting_falls_short": (True, "keeps slipping back into officialese"),
 "task_changes_often": (False, "The letter templates themselves are stable")})

b.add("retail-store-policy-helper", "Store staff policy helper",
"""Our 340 grocery stores have a staff intranet with around 2,500 policy and procedure pages: refunds, age-restricted sales, allergen
handling, cash-up. Head office first told us the pages are reviewed yearly; in practice it changes some page most weeks, and staff often follow outdated printouts. We want a till-side helper
that answers from the current page and links it. Around 20,000 questions a month are expected. We haven't built anything.""",
"rag", [], "Large private policy set changing weekly; answers must come from and link the current page.",
{"task_kind": ("question_answering", "a till-side helper that answers"),
 "corpus_size": (2500, "around 2,500 policy and procedure pages"),
 "knowledge_change_days": (7, "changes some page most weeks"),
 "needs_citations": (True, "answers from the current page and links it"),
 "needs_external_knowledge": (True, "a staff intranet with around 2,500 policy and procedure pages"),
 "monthly_volume": (20000, "Around 20,000 questions a month"),
 "stage": ("prototype", "We haven't built anything")})

b.add("auto-warranty-labour-codes", "Labour-operation codes on warranty claims",
"""Dealers submit warranty claims with a technician's free-text story ('cust states rattle at 40mph, found heat shield loose,
retorqued') and we must assign the manufacturer's labour-operation code from a list of about 3,100. We process roughly 55k claims a
month. Claims staff have coded over a million claims by hand over the years, and the code list is revised once a year. The full code
list does not fit in a prompt (it is about 90,000 tokens) and a trimmed version gets 58% right.""",
"fine_tune", ["rag+fine_tune"], "Narrow stable classification with jargon, a million labelled claims and a code list too long to prompt.",
{"task_kind": ("classification", "assign the manufacturer's labour-operation code"),
 "monthly_volume": (55000, "roughly 55k claims a month"),
 "labelled_examples": (1000000, "over a million claims"),
 "task_changes_often": (False, "revised once a year"),
 "domain_jargon": (True, "cust states rattle at 40mph, found heat shield loose"),
 "prompt_tokens": (90000, "about 90,000 tokens"),
 "prompting_falls_short": (True, "a trimmed version gets 58% right")})

b.add("nonprofit-volunteer-email-replies", "Volunteer sign-up questions",
"""Our food bank gets maybe 30 emails a week from people wanting to volunteer, asking the same things: minimum age, shift times, what
to wear. All the answers fit on one page we already have. We'd like a model to draft replies that our volunteer coordinator sends
after a quick read. There's no budget beyond what we already pay for our office software.""",
"prompt", [], "Tiny volume, one page of facts fits in a prompt, human check, no budget.",
{"task_kind": ("generation", "draft replies"),
 "monthly_volume": (130, "maybe 30 emails a week"),
 "corpus_size": (1, "fit on one page we already have"),
 "human_review": (True, "sends after a quick read"),
 "budget": ("none", "no budget beyond what we already pay")})

b.add("realestate-lost-sales-review", "One-off review of lost-sale notes",
"""Before the board retreat, the head of our residential agency wants someone to go through 1,800 agents' notes on lost sales from
2019 to 2024 and tell us the main reasons buyers walked away. It's a one-time exercise and nobody plans to repeat it. The notes are
short and informal, and we have no categories in mind yet.""",
"prompt", [], "One-off exploratory analysis with no categories defined; prompting is enough.",
{"task_kind": ("research", "tell us the main reasons buyers walked away"),
 "stage": ("one_off", "It's a one-time exercise")})
b.save()
