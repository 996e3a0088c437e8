CASES = []
def add(**k): CASES.append(k)

add(slug="acct-inbox-triage-postmortem", label="fine_tune",
reason="Retrieval was the wrong tool for a fixed 14-way labelling task; 18k hand labels, 95% target, budget approved.",
text="""
# Post-mortem: "Inbox Brain" client email triage
Carrow Merriman Accountants, Practice Systems

**Goal.** Sort the ~55,000 client emails a month hitting our shared mailboxes into 14 workflows (payroll query, VAT return, SA documents received, bookkeeping query, complaint, fee query, etc.) so they land in the right team's queue.

**Attempt 1 (Jan-Mar).** A vector database of past emails. For each new email we retrieved the 10 most similar historical emails and asked the model to pick the workflow by majority. It hit 83%. Retrieval matched on surface features (client names, signatures, "Hi Jo") rather than intent. Two months went on tuning chunking and embeddings.

**What we learned.** Nothing about this task needs outside knowledge; the workflow list is fixed and has been for 4 years. It's a pure labelling problem.

**Assets.** 18,000 emails hand-labelled by the practice managers during the project, plus the routing history in our practice management system.

**Target.** 95%, so the practice managers can stop checking every routing.

**Budget.** Approved for Q3.
""",
facts={"task_kind":("classification","into 14 workflows"),
 "monthly_volume":(55000,"~55,000 client emails a month"),
 "labelled_examples":(18000,"18,000 emails hand-labelled"),
 "needs_external_knowledge":(False,"Nothing about this task needs outside knowledge"),
 "task_changes_often":(False,"the workflow list is fixed and has been for 4 years"),
 "accuracy_target":(95,"95%, so the practice managers can stop checking every routing"),
 "budget":("available","Approved for Q3")})

add(slug="game-support-platform-policies", label="rag",
reason="Per-platform refund/ban policies change often, must be linked and updated same day without engineering.",
also=["prompt"],
text="""
Player Support, Ashcombe Interactive

Our support bot needs to answer account and purchase questions: refund eligibility, chargebacks, ban appeals, gifting rules, regional pricing. The rules differ per platform (Steam, PlayStation, Xbox, Switch, iOS, Google Play), each platform changes its terms a few times a year, and our own policies update with every major release.

Policy content: about 60 help-centre articles and 25 internal policy pages, 85 documents in all. Agents currently answer around 30,000 tickets a month, and roughly half are these policy questions.

Legal has asked that every bot answer links the help-centre article it's based on, and that policy changes reach the bot the same day they're published, without an engineering ticket.

We already use a general model with a prompt for ticket tagging, and it's fine. Someone asked whether we could just paste all 85 policies into the prompt.
""",
facts={"task_kind":("question_answering","answer account and purchase questions"),
 "corpus_size":(85,"85 documents in all"),
 "needs_citations":(True,"every bot answer links the help-centre article it's based on"),
 "needs_external_knowledge":(True,"our own policies")})

add(slug="charity-appeal-copy-engine", label="fine_tune",
reason="Distinctive locked house voice prompting can't reach (9% usable), 4,200 published pieces, 1,500 pieces a month.",
text="""
CREATIVE BRIEF: always-on appeal copy engine
Brand & Fundraising, Wildmoor Trust (conservation charity)

Our north star: scale our storytelling without losing our soul.

Wildmoor's voice is famous in the sector: dry, specific, funny about mud and weather, never guilt-tripping. It's won awards and, more importantly, it converts. Our emails raise 2.3x the sector benchmark.

The challenge: we now need 5-10 variants of every email, SMS and social post for testing across segments, around 1,500 pieces of copy a month. Our three writers can't keep up.

What we've tried: a general AI tool with our 12-page voice guide. Output was "competent but could be any charity", and our writers rewrote almost everything. They scored 9% of drafts as usable without edits.

What we have: 4,200 pieces of published Wildmoor copy from 2016 onward, each with performance data, all in the house voice. The voice isn't changing; it's the brand.

Every piece will still be signed off by a writer.
""",
facts={"task_kind":("generation","variants of every email, SMS and social post"),
 "monthly_volume":(1500,"around 1,500 pieces of copy a month"),
 "consistent_style":(True,"Wildmoor's voice is famous in the sector"),
 "prompting_falls_short":(True,"They scored 9% of drafts as usable without edits"),
 "labelled_examples":(4200,"4,200 pieces of published Wildmoor copy"),
 "task_changes_often":(False,"The voice isn't changing"),
 "human_review":(True,"Every piece will still be signed off by a writer")})

add(slug="food-delivery-delay-notifications", label="prompt",
reason="Short prompt already at 99.2%, cheap and within latency; scale alone is no reason to retrain.",
text="""
Quick sanity check from the Order Experience squad, Dashdine

When an order is running late we push a short notification explaining why: "Your rider is waiting at Burger Barn; they're 6 minutes behind on orders tonight." We generate these with a small hosted model from structured order events (reason code, delay minutes, restaurant name). The prompt is about 350 tokens with 8 examples.

It's been in production for four months at around 4 million notifications a month. Quality checks show 99.2% of messages are correct and on-tone; the misses are mostly odd restaurant names. The bill is about $0.0003 per message, roughly $1,200 a month, and p95 latency is 400 ms against a 2-second budget.

A new VP has asked whether we should "graduate to a custom-trained model" now that we're at scale. We'd like a second opinion.
""",
facts={"task_kind":("generation","push a short notification explaining why"),
 "prompt_tokens":(350,"about 350 tokens"),
 "stage":("production","in production for four months"),
 "monthly_volume":(4000000,"around 4 million notifications a month"),
 "prompting_falls_short":(False,"99.2% of messages are correct and on-tone"),
 "cost_per_call_usd":(0.0003,"about $0.0003 per message"),
 "monthly_bill_usd":(1200,"roughly $1,200 a month"),
 "latency_ms":(2000,"a 2-second budget")})

add(slug="cyber-abuse-mailbox-triage", folder=True, label="fine_tune",
reason="Stable six-verdict classification at 600k/month, prompting 78% vs 95%; the export holds 12,000 analyst-verdicted emails.",
text="""
# Abuse mailbox triage: Corvid Shield (email security vendor)

Customers' staff forward suspicious emails to their abuse mailbox, which we operate on their behalf. Our analysts classify each report as phishing, malware, BEC/impersonation, spam, simulation (the customer's own phishing test) or clean. The verdict drives automatic actions: purge from all mailboxes, block the sender, or reply "thanks, this one is safe".

Volume is about 20,000 reported emails a day across customers, and growing. The six verdicts have been in place since we launched the service and the SOC lead doesn't want them changed.

We've trialled a prompted model with the verdict definitions and a dozen examples. It agrees with analysts 78% of the time. A wrong "clean" on a real phish is the failure we fear most, and we need 95% agreement before we'll let it act without an analyst.

Attached: `reported_emails_export.csv`, the export of reported emails our analysts verdicted over recent months (sender domain, subject, URL count, first part of the body, the analyst's verdict and who checked it).
""",
facts={"task_kind":("classification","Our analysts classify each report"),
 "monthly_volume":(600000,"about 20,000 reported emails a day"),
 "task_changes_often":(False,"The six verdicts have been in place since we launched the service"),
 "prompting_falls_short":(True,"It agrees with analysts 78% of the time"),
 "accuracy_target":(95,"we need 95% agreement"),
 "stakes":("high","A wrong \"clean\" on a real phish is the failure we fear most"),
 "labelled_examples":(12000,"data:reported_emails_export.csv")})

add(slug="admissions-scholarship-eligibility", folder=True, label="rag",
reason="Advisers must quote current clauses from 48 policies; the revision register shows revisions roughly monthly.",
text="""
# Scholarships & Funding Office: adviser helper request
University of Eastmere, Admissions

Our admissions advisers answer applicants' questions about scholarship and bursary eligibility: "I'm an EU national with settled status; am I home fee status for the Access Bursary?", "does the Vice-Chancellor's Excellence Award stack with the Care Leaver Bursary?". Advisers handle around 2,500 of these a month in peak season.

The rules are in our policy documents; a sample, with the revision register, is in `policies/`. The full set is 48 documents. Advisers are supposed to quote the clause when they reply, because applicants screenshot our answers and appeal on them.

Advisers currently search the shared drive and often quote a superseded version. We'd like an assistant that drafts the answer and cites the clause; the adviser then sends it.

Question from our Director: should we have a model trained on these policies so it "just knows" them?
""",
facts={"task_kind":("question_answering","drafts the answer and cites the clause"),
 "monthly_volume":(2500,"around 2,500 of these a month"),
 "corpus_size":(48,"The full set is 48 documents"),
 "needs_citations":(True,"quote the clause when they reply"),
 "needs_external_knowledge":(True,"The rules are in our policy documents"),
 "human_review":(True,"the adviser then sends it"),
 "knowledge_change_days":(30,"data:policies/revision_register.md")})

add(slug="acct-payroll-compliance-queries", label="rag", ext="txt",
reason="Jargon-heavy but the gap is changing statutory knowledge across 1,900 circulars with references required.",
also=["rag+fine_tune"],
text="""
Hi team, writing from a payroll outsourcing firm in Gurugram. We process payroll for around 320 client companies, roughly 85,000 employees in total, and billed Rs 14 crore last financial year.

Our client-servicing executives get many queries from client HR: PF wage ceiling applicability, ESI eligibility after salary revision, TDS under new vs old regime, Professional Tax slabs state-wise, LWF contributions, gratuity under the new Labour Codes. It is a very jargon-heavy domain, and general chatbots mix up state rules.

Our knowledge base is our compliance team's circular library, about 1,900 notifications, circulars and internal notes, and it changes all the time: state PT and LWF rates get notified mid-year, CBDT circulars come regularly, and Labour Code rules are being notified state by state.

Our MD feels that since the domain is so specialised we must fine-tune a model on payroll. We need answers with the circular number referenced, as clients forward these to their auditors. Around 6,000 queries a month.
""",
facts={"task_kind":("question_answering","queries from client HR"),
 "domain_jargon":(True,"a very jargon-heavy domain"),
 "corpus_size":(1900,"about 1,900 notifications, circulars and internal notes"),
 "needs_citations":(True,"answers with the circular number referenced"),
 "needs_external_knowledge":(True,"general chatbots mix up state rules"),
 "monthly_volume":(6000,"Around 6,000 queries a month")})

add(slug="game-procedural-quest-text", label="prompt",
reason="Three-week-old prototype with a structure changing every few days and no writer lines.",
text="""
Design team at Mossline (8 people, indie)

For our roguelite we're prototyping procedurally assembled side quests. The generator picks a giver, a location, a target and a twist; we'd like a model to write the 2-3 sentence quest description and a one-line journal entry.

We're three weeks into prototyping and still changing the quest structure every few days. No writer-approved lines yet beyond a handful of placeholders. Tone: whimsical. We expect a few hundred generations during playtests; it isn't in the shipped game yet.

Is a hosted model with a prompt fine at this stage?
""",
facts={"task_kind":("generation","write the 2-3 sentence quest description"),
 "stage":("prototype","three weeks into prototyping"),
 "task_changes_often":(True,"still changing the quest structure every few days")})

add(slug="charity-helpline-case-notes", folder=True, label="fine_tune",
reason="Strict audited case-note template that prompting breaks half the time; 1,500 approved transcript-to-note pairs; template fixed to 2027.",
text="""
# Helpline case notes: Brightwater Carers' Line

Our helpline advisers take about 9,000 calls a month from unpaid carers. After each call the adviser writes a case note in a fixed template that our commissioners audit: Caller type / Presenting issue (from our 22-code list) / Risk flags / Actions agreed / Signposted to / Follow-up date. Notes feed our quarterly returns to the local authority, so fields are parsed automatically and anything off-template is rejected.

We now have call transcripts from the new telephony system and want a model to draft the case note from the transcript, for the adviser to check and submit.

Last quarter we piloted a general model with the template in the prompt. Advisers found it "chatty": it writes paragraphs instead of the fields, invents follow-up dates, and picks issue codes that aren't on our list. About half of drafts were rejected by the parser.

Our quality lead has put together transcript-to-note pairs written and approved by senior advisers (`helpline_pairs.jsonl`). The template and code list are fixed by our contract until 2027.

Transcripts contain personal data and must stay in the UK.
""",
facts={"task_kind":("summarisation","draft the case note from the transcript"),
 "monthly_volume":(9000,"about 9,000 calls a month"),
 "strict_format":(True,"anything off-template is rejected"),
 "prompting_falls_short":(True,"About half of drafts were rejected by the parser"),
 "human_review":(True,"for the adviser to check and submit"),
 "task_changes_often":(False,"fixed by our contract until 2027"),
 "constraints":(["personal_data"],"Transcripts contain personal data"),
 "labelled_examples":(1500,"data:helpline_pairs.jsonl")})

add(slug="food-delivery-review-digest-card", label="prompt",
reason="Prompt mock-up already liked by partners; design still iterating; no ML team.",
text="""
Partner Growth: FY25 planning note (extract)

Bitebox now has 52,000 active restaurant partners in 31 cities. FY25 targets: grow partner count 18%, lift partner NPS from 31 to 40, and cut partner-success cost per partner by 12%. The partner dashboard is used weekly by 64% of partners, and restaurants that use it show 9% higher retention.

One request keeps coming up in NPS verbatims: "tell me what customers are saying". We have plenty of ratings and review text; some partners get thousands of reviews a month, most get a few dozen.

Proposal: a monthly "What your customers said" card per restaurant, 4 bullet points summarising that month's reviews: what people love, top complaints, any hygiene or allergen mentions. That's one summary per partner per month.

The product team has mocked it up with a general model and a short prompt, and partners in the usability test liked the output. No ML team is assigned, and design is still iterating on the card's format.
""",
facts={"task_kind":("summarisation","4 bullet points summarising that month's reviews"),
 "monthly_volume":(52000,"one summary per partner per month"),
 "prompting_falls_short":(False,"partners in the usability test liked the output"),
 "task_changes_often":(True,"design is still iterating on the card's format"),
 "stage":("prototype","mocked it up with a general model and a short prompt")})
