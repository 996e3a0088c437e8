import sys; sys.path.insert(0, "/work/blind/w17/_tools")
from lib import add

add("law-firm-privilege-log-rfp", r"""
RFP: Privilege Log Entry Generation
Beaumont Stroud LLP, eDiscovery & Litigation Support

Background
In large productions we must serve a privilege log describing each withheld document without revealing privileged content. Each entry follows a fixed format required by court orders and our internal protocol: Bates range; date; author; recipients; privilege basis (AC/WP/CI); and a description of 12-25 words built from a controlled phrase list ("Email reflecting legal advice of counsel regarding ...").

Volume
Recent matters withheld 40,000-120,000 documents each. Across matters we log about 35,000 documents a month.

History
410,000 entries from the last five years, each approved by a supervising associate, stored with the underlying document metadata.

Current attempt
Our litigation support team asked for a "RAG chatbot over our privilege protocol". The protocol is a 3-page document and is already in the prompt we use today. The model still writes descriptions that reveal subject matter or drift from the controlled phrases in roughly one entry in five. Courts have ordered re-logging over less. Target: fewer than 1 in 100 entries needing correction.

Other
The protocol and format have not changed since 2021. Associates spot-check (10%) entries before service. Client documents cannot be used to train any shared vendor model.
""", "fine_tune",
 "Behaviour gap, not knowledge: the 3-page protocol is already in the prompt; fixed format, 410k approved entries, 1-in-5 errors vs 1-in-100 target.",
 {"task_kind": ("generation", "describing each withheld document"),
  "monthly_volume": (35000, "about 35,000 documents a month"),
  "labelled_examples": (410000, "410,000 entries from the last five years"),
  "strict_format": (True, "follows a fixed format required by court orders"),
  "prompting_falls_short": (True, "in roughly one entry in five"),
  "accuracy_target": (99, "fewer than 1 in 100 entries needing correction"),
  "task_changes_often": (False, "have not changed since 2021"),
  "human_review": (False, "spot-check (10%)"),
  "constraints": (["no_vendor_training"], "Client documents cannot be used to train any shared vendor model"),
 })

add("fab-metrology-alarm-explanations-zh", r"""
Background (from Huang Jie, Yield Enhancement IT, 12-inch fab)

Our yield system now uses a large model to write a short explanation for every wafer metrology alarm: which parameter is out of spec, likely cause, suggested check. The text format is fixed by our MES: four lines, starting "PARAM:", "DEV:", "CAUSE:", "ACTION:". Engineers are happy with the quality. Last quarter review said 96% of explanations correct, the target was 95%.

Problem is money and speed. The prompt has the parameter dictionary and many rules, now 9,000 tokens per call. We have about 2.4 million alarms per month. The bill of last month was USD 61,000, management says we must reduce it by 80%. Also each call takes 4 seconds, but the dispatcher wants the result in 1 second.

Since one year we saved all outputs with the engineer rating: about 1.6 million explanations rated correct by engineers.

The parameter dictionary changes very little, maybe two new parameters in one year. Data cannot leave our fab; we use a private deployment now.
""", "fine_tune",
 "Quality already met, but a 9k-token prompt at 2.4M calls/month is too costly and slow; 1.6M rated outputs allow distilling into a small model.",
 {"task_kind": ("generation", "write a short explanation for every wafer metrology alarm"),
  "strict_format": (True, "four lines"),
  "prompting_falls_short": (False, "96% of explanations correct"),
  "accuracy_target": (95, "the target was 95%"),
  "prompt_tokens": (9000, "9,000 tokens per call"),
  "monthly_volume": (2400000, "about 2.4 million alarms per month"),
  "monthly_bill_usd": (61000, "USD 61,000"),
  "latency_ms": (1000, "the result in 1 second"),
  "labelled_examples": (1600000, "about 1.6 million explanations rated correct"),
  "task_changes_often": (False, "maybe two new parameters in one year"),
  "constraints": (["on_prem"], "Data cannot leave our fab"),
  "stage": ("production", "Our yield system now uses a large model"),
 })

add("restaurant-menu-translation-notes", r"""
menu translation, Casa Olivar group (12 restaurants, Costa del Sol): notes from ops meeting

- menus in ES -> EN, DE, FR, NL, SV, RU. ~~4 languages~~ 6
- new/changed dishes ~~weekly~~ every day somewhere (daily specials + seasonal): ~1,800 menu items a month to translate across the group
- house rules: keep Spanish dish names (never translate "pringá"), house descriptors ("slow-cooked", not "stewed"), no exclamation marks, fixed allergen line format "(Allergens: 1, 7, 12)"
- the rules doc is 11 pages. tried it in the prompt: the translations are fine but the house terms and the allergen line are wrong in ~30% of items (Inés checked 300)
- have: ~14,000 items translated by our agency and approved by marketing since 2019, all 6 languages
- agency costs €0.12/word and is too slow for daily specials
- target: at least 95% of items publishable without edits, because waiters print the specials directly and nobody reviews them
- ~~budget tbd~~ budget ok'd by finance
""", "fine_tune",
 "House-style and fixed-format translation that an 11-page prompt misses 30% of the time; 14k approved items; unreviewed output.",
 {"task_kind": ("translation", "~1,800 menu items a month to translate"),
  "monthly_volume": (1800, "~1,800 menu items a month"),
  "consistent_style": (True, "house descriptors"),
  "strict_format": (True, "fixed allergen line format"),
  "prompting_falls_short": (True, "wrong in ~30% of items"),
  "labelled_examples": (14000, "~14,000 items translated by our agency and approved by marketing"),
  "accuracy_target": (95, "at least 95% of items publishable without edits"),
  "human_review": (False, "nobody reviews them"),
  "budget": ("available", "budget ok'd by finance"),
 })

add("law-firm-blog-voice-rfq", r"""
Request for Quotation: AI-assisted content for our website
Marchetti Lowe Solicitors (employment law, 9 partners)

We want to publish two short articles a month on employment-law updates for HR managers, in "our firm's voice": confident, plain English, a little wry. Candidly, we don't have a body of past articles in that voice. Our website has four posts, written by different people, and none of us think they sound right.

Partners will supply the key points for each article and review every draft; no article goes out without a partner's sign-off.

We would like quotes for (a) a system that drafts the articles in our voice, and (b) any training you would recommend so that the model "learns the firm". Budget is modest, up to £300 a month. We are not sure what is realistic.
""", "prompt",
 "Two articles a month, a voice wish with no examples, partners supply facts and review everything; a voice description in the prompt is the only option.",
 {"task_kind": ("generation", "drafts the articles in our voice"),
  "monthly_volume": (2, "two short articles a month"),
  "consistent_style": (True, "in \"our firm's voice\""),
  "labelled_examples": (0, "we don't have a body of past articles in that voice"),
  "human_review": (True, "no article goes out without a partner's sign-off"),
  "budget": ("limited", "Budget is modest, up to £300 a month"),
 })

add("transit-plain-language-alerts-notes", r"""
plain-language service alerts: notes (Accessibility working group, Harbour City Transport)

- ops write alerts in control-room speak: "Rte 42 div via Kent St d/t MVA, stops 1140-1146 not served, exp delays 15-20"
- want: rewrite into plain language (reading age ~9) for the website, app and screen readers
- ~~500~~ ~200 alerts a month (500 incl. the automatic "on time" ones, which we skip)
- plain-language guidance still being drafted by the accessibility panel. next draft ~~in June~~ in August, and they keep changing the rules (numbers as digits or words? 24h clock?)
- tried? quick test in the chatbot with 20 alerts, panel liked 17, the rest had a stop name wrong -> we'll pass stop names from the stop-ID lookup
- no labelled set
- a control-room supervisor approves every alert before publishing anyway
""", "prompt",
 "Low-volume rewriting with rules still changing, a quick prompt test already good, no data, every alert approved.",
 {"task_kind": ("transformation", "rewrite into plain language"),
  "monthly_volume": (200, "~200 alerts a month"),
  "task_changes_often": (True, "they keep changing the rules"),
  "prompting_falls_short": (False, "panel liked 17"),
  "labelled_examples": (0, "no labelled set"),
  "human_review": (True, "a control-room supervisor approves every alert"),
  "domain_jargon": (True, "control-room speak"),
 })

add("agri-dairy-newsletter-chat", r"""
Petra (Comms, Vale Dairy Co-op): board wants the monthly members' newsletter "AI-written" from now on
Joe (IT contractor): all of it?
Petra: drafts. I'd still edit. it's one newsletter a month, 4 pages: milk price, quality results, field day dates, a farmer profile
Joe: where does the content come from?
Petra: me. I get the milk price and dates from the office and interview the farmer, then write it up
Joe: so you'd give it your notes and it drafts the articles
Petra: yes. the chairman keeps saying we should "fine-tune it on our newsletters" so it sounds like us
Joe: how many old newsletters are there?
Petra: maybe 40 as PDFs, from when Anne did it. a different style from mine anyway
Joe: how much does the style matter?
Petra: honestly, members just want it readable. nobody has ever complained about the style
Joe: budget?
Petra: none, beyond what we pay for the office licence
""", "prompt",
 "One newsletter a month drafted from the editor's own notes, edited by her; style is not a real requirement, no budget.",
 {"task_kind": ("generation", "it drafts the articles"),
  "monthly_volume": (1, "one newsletter a month"),
  "human_review": (True, "I'd still edit"),
  "consistent_style": (False, "members just want it readable"),
  "budget": ("none", "none, beyond what we pay for the office licence"),
 }, ext="txt")

add("restaurant-purchasing-spec-questions-workflow", r"""
Purchasing questions: how it works at Fennel & Vine Hospitality (8 restaurants, 2 hotels, a central kitchen)

1. Chefs and the central kitchen ask purchasing questions all day: "is the Greenfield oat milk still nut-free after the recipe change?", "what's the shelf life on the new supplier's duck fat?", "which of our flours are certified organic?"
2. Purchasing looks it up in supplier spec sheets, certificates and price lists on a shared drive: ~900 product specs from 64 suppliers.
3. Suppliers send updated specs and certificates all the time. Purchasing files around 30 new or revised sheets a week, and certificates expire.
4. Purchasing answers by email, usually attaching the spec sheet, because the environmental health inspector can ask to see the evidence.

About 50 questions a day reach purchasing. There are two buyers, and this eats a third of their day.

Next: an assistant on Teams that answers these from the shared drive and attaches the spec sheet it used.
""", "rag",
 "Answers come from ~900 private spec sheets revised weekly, with the source sheet attached as evidence.",
 {"task_kind": ("question_answering", "answers these from the shared drive"),
  "corpus_size": (900, "~900 product specs"),
  "knowledge_change_days": (7, "around 30 new or revised sheets a week"),
  "needs_citations": (True, "attaches the spec sheet it used"),
  "needs_external_knowledge": (True, "supplier spec sheets, certificates and price lists"),
  "monthly_volume": (1500, "About 50 questions a day"),
 })

add("fab-excursion-lookalike-chat", r"""
Wei (Yield Eng, Fab 12): every time we get a new excursion someone asks "have we seen this signature before?"
Sandra (Fab IT): and the answer lives in...
Wei: 8D and excursion reports since 2012. ~40,000 of them in the QMS, plus FA lab reports. new ones every day
Sandra: what do you want the tool to do?
Wei: I paste the defect description and the map-signature notes, it finds similar past excursions and tells me what the root cause was, with links to the reports so I can open them
Sandra: the reports are full of jargon
Wei: of course. "edge ring defectivity post-CMP, slurry agglom, pad conditioner disk wear". a general model reads that fine in my tests, it just doesn't know our history
Sandra: how many lookups?
Wei: 30 engineers, maybe 20 lookups a day between us
Sandra: does it have to stay inside?
Wei: yes, everything stays in the fab. reports name customer products
""", "rag",
 "Answers come from 40k private reports growing daily, with links; the model already copes with the jargon, it lacks the history.",
 {"task_kind": ("question_answering", "tells me what the root cause was"),
  "corpus_size": (40000, "~40,000 of them in the QMS"),
  "knowledge_change_days": (1, "new ones every day"),
  "needs_citations": (True, "with links to the reports"),
  "needs_external_knowledge": (True, "it just doesn't know our history"),
  "domain_jargon": (True, "the reports are full of jargon"),
  "monthly_volume": (600, "maybe 20 lookups a day"),
  "constraints": (["on_prem"], "everything stays in the fab"),
 }, ext="txt")

add("water-billing-tariff-bot-notes", r"""
billing FAQ bot: tariffs. notes (Customer Services, Southmere Water), rough

- customers ask "why did my bill go up?", "what's the standing charge for a 25mm meter?", "am I eligible for the social tariff?"
- answers must come from the current tariff schedule + charges scheme + social tariff policy for the customer's area
- ~~one doc~~ 60 district tariff tables + charges scheme + policies = ~75 documents
- tariffs change ~~monthly~~ twice a year (April + October), plus ad-hoc social tariff changes from the regulator
- must quote the tariff table and effective date; the complaints process expects it
- volume ~~5k~~ ~12k chats/month on billing topics
- we first wanted to train a model on last year's chat logs, but last year's prices are wrong now
- bot is live today on a scripted decision tree; containment 22%
""", "rag",
 "Answers depend on ~75 area-specific tariff documents that change twice a year plus ad hoc, quoted with effective date.",
 {"task_kind": ("question_answering", "customers ask"),
  "corpus_size": (75, "~75 documents"),
  "knowledge_change_days": (180, "twice a year"),
  "needs_citations": (True, "must quote the tariff table and effective date"),
  "needs_external_knowledge": (True, "answers must come from the current tariff schedule"),
  "monthly_volume": (12000, "~12k chats/month"),
  "stage": ("production", "bot is live today"),
 })
