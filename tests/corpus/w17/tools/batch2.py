import sys; sys.path.insert(0, "/work/blind/w17/_tools")
from lib import add

add("agri-coop-member-desk-export", r"""
# Member desk routing: Northfold Growers Co-operative

The member desk (six staff) receives messages from our 1,400 members by email, SMS, the portal and phone notes. Each message is routed to one of nine queues: grain intake, payments, inputs orders, agronomy, membership, transport, certification, machinery ring, other. The queue set was fixed when we restructured in September 2022 and the board has no plans to change it.

Volume is roughly 70,000 messages a year, heavily skewed to harvest.

Misroutes hurt: a moisture dispute sitting in the payments queue for three days means the retained sample is discarded before anyone re-tests it.

We tried a prompt with the queue descriptions and a dozen examples on 300 messages: 76% routed correctly. Members write in shorthand ("TW 68 on load 4471, FN low?") and the model often sends those to agronomy instead of grain intake. The desk manager wants 92% before we switch off manual routing.

Attached: the desk's export since the restructure (member_desk_export.csv), exactly as it comes out of the CRM.

Should we keep improving the prompt, or is there a better route?
""", "fine_tune",
 "Stable 9-queue routing; the CSV holds ~2,400 routed messages; prompting plateaued at 76% vs 92% on shorthand-heavy text.",
 {"task_kind": ("classification", "routed to one of nine queues"),
  "monthly_volume": (5833, "roughly 70,000 messages a year"),
  "labelled_examples": (2412, "data:member_desk_export.csv"),
  "prompting_falls_short": (True, "76% routed correctly"),
  "accuracy_target": (92, "wants 92%"),
  "domain_jargon": (True, "Members write in shorthand"),
  "task_changes_often": (False, "the board has no plans to change it"),
 }, folder=True)

add("hotel-concierge-chat-review", r"""
# Harbour House Hotels: in-app concierge, what next?

Six properties, one concierge chat in the guest app ("Nell"). It runs on a hosted model with a short persona prompt. Guest satisfaction with the chat is 2.9 out of 5, and front office says they spend time cleaning up after it.

Marketing's view is that Nell sounds like a generic bot. They want us to train a model on our own chats so it "sounds like Harbour House". Last quarter the guest-relations team reviewed 1,100 chats and scored each one; that export is attached (concierge_chats_reviewed.jsonl, one record per chat with the reviewer's note).

Background: each property keeps a fact sheet (opening hours, prices, facilities, shuttle timetable) and front office publishes a weekly events calendar. Both live in SharePoint and are edited whenever something changes. Nell is not connected to either today.

Volume: around 9,500 chats a month across the group. Budget: we can fund a contractor for a few weeks.
""", "rag",
 "The reviewed chats show tone scoring well and most failures being wrong property facts that change weekly; the gap is knowledge.",
 {"task_kind": ("question_answering", "concierge chat in the guest app"),
  "labelled_examples": (1100, "reviewed 1,100 chats"),
  "needs_external_knowledge": (True, "data:concierge_chats_reviewed.jsonl"),
  "knowledge_change_days": (7, "a weekly events calendar"),
  "monthly_volume": (9500, "around 9,500 chats a month"),
  "budget": ("limited", "we can fund a contractor for a few weeks"),
  "stage": ("production", "It runs on a hosted model with a short persona prompt"),
 }, also=["rag+fine_tune"], folder=True)

add("ngo-safeguarding-policy-questions", r"""
From: Regional Protection Coordinator, Asia-Pacific
To: Digital team
Subject: safeguarding questions assistant?

Our field staff in Cox's Bazar and two other offices keep asking the focal points the same questions about our safeguarding rules: "do I have to report if the survivor doesn't want me to?", "can I post a photo from the distribution?", "how fast do I need to report?". Focal points are stretched; one of them covers 400 staff.

HQ suggested we build a proper search system over "all our policies", with a vector database, so staff get answers from the official texts. Before we spend money I'd like a second opinion. The policies staff actually ask about are attached in policies/, exactly as published on the intranet.

We expect maybe 60 to 80 questions a month. Answers should be in plain English. A wrong answer on reporting duties is a real problem, so the focal point will still check whatever the assistant says before anyone acts on it. We haven't tried anything yet.
""", "prompt",
 "The attached policies are three short documents (~500 words) revised every few years; they fit in one prompt, volume is tiny and every answer is checked.",
 {"task_kind": ("question_answering", "keep asking the focal points the same questions"),
  "corpus_size": (3, "data:policies/"),
  "monthly_volume": (70, "maybe 60 to 80 questions a month"),
  "human_review": (True, "the focal point will still check whatever the assistant says"),
  "needs_external_knowledge": (True, "answers from the official texts"),
  "stakes": ("high", "A wrong answer on reporting duties is a real problem"),
 }, also=["rag"], folder=True)

add("fab-sop-assistant-de", r"""
Betreff: AI assistant for SOPs in our fab, request for advice

Hello together,

we are the Equipment Engineering group in a 200mm fab near Dresden. Our technicians must for every maintenance job follow the SOP of the tool. For about 180 tools we have in total around 8,700 SOP documents, checklists and OEM service bulletins. The search in the document system is slow and the technicians use often an old printed version, which is dangerous: last year a wrong PM sequence on an implanter caused two days tool down.

The SOPs are revised all the time; document control releases in average 40 new revisions per week. The answer must always name the SOP number and the revision index, because the auditor checks this.

Our management has the idea that we fine-tune an LLM on all SOPs, so that it "knows the fab". I have doubts, but I can not explain well why. The data may not leave the site; we have an own GPU server.

Technicians are ca. 90 persons in 3 shifts. We think ca. 2,000 questions per month.

Best regards
J. Reinholz
""", "rag",
 "Answers must come from 8,700 private SOPs revised weekly, citing SOP number and revision; baking SOPs into weights would go stale.",
 {"task_kind": ("question_answering", "AI assistant for SOPs"),
  "corpus_size": (8700, "around 8,700 SOP documents"),
  "knowledge_change_days": (7, "40 new revisions per week"),
  "needs_citations": (True, "must always name the SOP number and the revision index"),
  "needs_external_knowledge": (True, "follow the SOP of the tool"),
  "stakes": ("high", "caused two days tool down"),
  "constraints": (["on_prem"], "The data may not leave the site"),
  "monthly_volume": (2000, "ca. 2,000 questions per month"),
 })

add("law-firm-precedent-memos-chat", r"""
Sam (Innovation, Carrow Bell LLP): partners want "ChatGPT but it knows our work product"
Elena (KM): define "knows"
Sam: associates ask things like "have we ever advised on a break fee in a Part 26A plan?" and they want the memo, not a paraphrase
Elena: so it has to point them to the document
Sam: has to. nobody will rely on an answer without the link to the DMS record
Elena: how many memos are we talking
Sam: research memos and opinions since 2008, about 85,000 in iManage, plus ~300 new ones a week
Elena: and ethical walls?
Sam: that's the thing. maybe 4% of matters are walled. if someone outside the wall sees even a snippet, that's a conflicts breach
Elena: and if a client asks us to destroy their material at the end of an engagement?
Sam: we have to be able to. some engagement letters say so explicitly
Elena: Mark in IT suggested training a model on the whole DMS
Sam: we'd have to retrain every time a wall goes up
Elena: usage?
Sam: 40 associates to start, maybe 1,500 queries a month if it's any good
""", "rag",
 "Answers come from 85k private memos growing weekly, need links, per-matter permissions and deletability.",
 {"task_kind": ("question_answering", "associates ask things like"),
  "needs_citations": (True, "without the link to the DMS record"),
  "corpus_size": (85000, "about 85,000 in iManage"),
  "knowledge_change_days": (7, "~300 new ones a week"),
  "needs_external_knowledge": (True, "it knows our work product"),
  "monthly_volume": (1500, "maybe 1,500 queries a month"),
  "stakes": ("high", "that's a conflicts breach"),
 }, ext="txt")

add("transit-bus-repair-notes-de", r"""
Subject: Normalising of mechanic notes to fault codes: which approach?

Dear colleagues,

in the bus workshop of Stadtwerke Kellbach the mechanics write after each repair a short note, very much abbreviated, half German half English, for example "VA li Bremsbel. <3mm, ABS-Sens. WSS FL Kabel scheuert, i.O. n. Tausch". From this note the workshop office must set by hand one fault code out of the VDV catalogue (we use 410 codes) and the assembly group. This is needed for the warranty claims with the manufacturer and for the fleet statistics.

Per month we have ca. 7,500 repair notes for 310 buses. Since 2018 the office has coded all notes, and in 2023 a quality project checked and corrected 38,000 of them; these are very clean.

We tested a big LLM with the code catalogue in the prompt. The result was 64% correct code. Mainly it does not understand the abbreviations, and it invents codes which are not in the catalogue. For warranty claims we need at least 90%, otherwise the manufacturer rejects the claim.

The catalogue is fixed; VDV changes it maybe every 5 years. Data must stay in Germany (EU) because of the works council agreement. Budget for the project is approved, 60,000 euro.

Kind regards,
M. Aydin, Fleet Engineering
""", "fine_tune",
 "Stable 410-code classification of abbreviated notes, 38k corrected labels, prompting at 64% vs 90%, budget approved.",
 {"task_kind": ("classification", "set by hand one fault code"),
  "monthly_volume": (7500, "ca. 7,500 repair notes"),
  "labelled_examples": (38000, "checked and corrected 38,000 of them"),
  "prompting_falls_short": (True, "The result was 64% correct code"),
  "accuracy_target": (90, "we need at least 90%"),
  "domain_jargon": (True, "very much abbreviated"),
  "task_changes_often": (False, "VDV changes it maybe every 5 years"),
  "constraints": (["eu_residency"], "Data must stay in Germany (EU)"),
  "budget": ("available", "Budget for the project is approved"),
 })

add("water-public-notice-drafting-rfq", r"""
RFQ: Drafting support for public health notices
City of Ashgrove Water Department

The Department issues boil-water advisories, do-not-drink notices and lead service line letters. Each must follow the State Health Department's template and mandatory language. These notices are high-stakes: a garbled advisory can make people ill or trigger a regulatory violation.

Today a compliance officer fills in the state template by hand (location, boundary streets, affected pressure zones, start time, contact number). We issued 7 advisories last year and around 40 letters.

We want a tool that takes the incident details from the operator's form and drafts the notice in English and Spanish in the state template, for the compliance officer and the Health Department liaison to approve. We will not publish anything unreviewed.

There is no budget for model development; a subscription under $200 a month is acceptable. Vendors should state whether their solution needs training on our past notices.
""", "prompt",
 "A handful of templated notices a year, every one approved by two people; template plus incident fields fit in a prompt, no budget for training.",
 {"task_kind": ("generation", "drafts the notice in English and Spanish"),
  "monthly_volume": (4, "We issued 7 advisories last year and around 40 letters"),
  "stakes": ("high", "a garbled advisory can make people ill"),
  "human_review": (True, "We will not publish anything unreviewed"),
  "strict_format": (True, "Each must follow the State Health Department's template and mandatory language"),
  "budget": ("none", "There is no budget for model development"),
 })

add("ngo-flood-sms-triage-zh", r"""
Project background (written by Liu Yang, Information Management, flood response)

In our flood response in the delta area, affected people send SMS to our hotline number. SMS language is mix of local dialect written in Latin letters, Bengali, English words, and many abbreviation. Our volunteers read every SMS and put one category of 11: food, shelter, WASH, health, protection, missing person, cash, registration, complaint, thanks, other. Protection and missing person must go to case team within one hour.

Now per day we receive about 3,000 SMS; in peak it was 11,000 in one day. Volunteers cannot read all, backlog is sometimes two days.

We have 45,000 SMS already categorized by volunteers in the last two responses, and 6,000 of them double-checked by our protection officer.

We tested general model with long instruction in English. It got 58% correct category, and for protection only 40% were found. It does not understand the dialect spelling. Target is more than 90% for protection recall.

Also: the phone numbers and messages are personal data of beneficiaries, cannot send to outside cloud; we have a server in the country office. Categories are the standard cluster categories, they do not change.
""", "fine_tune",
 "High-volume, stable 11-class triage with 45k volunteer labels; prompting failed on dialect spelling; must run locally on personal data.",
 {"task_kind": ("classification", "put one category of 11"),
  "monthly_volume": (90000, "about 3,000 SMS"),
  "labelled_examples": (45000, "45,000 SMS already categorized"),
  "prompting_falls_short": (True, "It got 58% correct category"),
  "stakes": ("high", "must go to case team within one hour"),
  "constraints": (["personal_data", "on_prem"], "are personal data of beneficiaries, cannot send to outside cloud"),
  "task_changes_often": (False, "they do not change"),
 })

add("court-self-help-assistant-rfp", r"""
REQUEST FOR PROPOSALS: Self-Help Center Virtual Assistant
Judicial Council of the Commonwealth, Office of Access to Justice

1. Background
The Self-Help Center answers about 14,000 questions a month from people without lawyers, by phone, chat and at the counter: how long do I have to answer an eviction complaint, which form asks for a fee waiver, can I file by email in the Eastern District.

2. Knowledge base
Answers must be based on the current Rules of Civil Procedure, the local rules of 14 district courts, standing orders and Judicial Council forms: roughly 2,600 documents. Amendments are published every quarter.

3. Requirements
- The assistant gives legal information, not legal advice.
- Every answer must link to the rule or form it relies on, with its effective date.
- A wrong filing deadline can cost someone their home.
- English and Spanish.

4. Current state
We already run a general chatbot with a long FAQ prompt (about 25,000 tokens). It answers FAQ topics well, but staff log that it is out of date within weeks of every amendment and it cannot point to the rule.

5. Bidders should explain how content updates reach the assistant and how a superseded rule is prevented from being used.
""", "rag",
 "Answers depend on 2,600 rules/forms amended quarterly and must link the source; the stuffed FAQ prompt goes stale.",
 {"task_kind": ("question_answering", "answers about 14,000 questions a month"),
  "monthly_volume": (14000, "about 14,000 questions a month"),
  "corpus_size": (2600, "roughly 2,600 documents"),
  "knowledge_change_days": (90, "Amendments are published every quarter"),
  "needs_citations": (True, "Every answer must link to the rule or form it relies on"),
  "needs_external_knowledge": (True, "the local rules of 14 district courts"),
  "stakes": ("high", "A wrong filing deadline can cost someone their home"),
  "prompt_tokens": (25000, "about 25,000 tokens"),
  "prompting_falls_short": (True, "it is out of date within weeks of every amendment"),
  "stage": ("production", "We already run a general chatbot"),
 })

add("hotel-banquet-menu-cards-workflow", r"""
Banquet menu cards: how it works now (Kestrel Conference Hotel, events kitchen)

1. Sales agrees a menu with the client, usually three courses plus canapés chosen from our banquet list.
2. The sous-chef writes dish names and components on the order sheet ("duck breast, cherry jus, celeriac, kale").
3. The events coordinator turns this into a printed menu card with one short, appetising line per dish. It takes her 20-30 minutes a menu, mostly staring at the screen.
4. Chef checks every card for allergens and spelling before printing.

About 25 event menus a month, more in December.

The AI part: we'd like the coordinator to paste the order sheet and get the descriptions drafted. No particular house style, "just not cheesy". Nobody has tried anything yet; she already has a general chatbot through the office licence. We have no collection of old cards, they were made in Word and overwritten each time.
""", "prompt",
 "Low-volume copy drafting with no data, no required voice and a chef checking every card; untried.",
 {"task_kind": ("generation", "get the descriptions drafted"),
  "monthly_volume": (25, "About 25 event menus a month"),
  "human_review": (True, "Chef checks every card"),
  "labelled_examples": (0, "We have no collection of old cards"),
  "consistent_style": (False, "No particular house style"),
 })
