import sys; sys.path.insert(0, "/work/blind/w13/tools")
from common import emit
C = []
C.append(dict(slug="council-contact-centre-routing", ext="md", folder=True, label="fine_tune",
reason="Stable routing classification at 45k/month; prompting plateaued at 70%; the attached export holds 2,000 QA-checked routed tickets.",
text="""
# Contact centre routing – request for advice

From: Customer Services Transformation, Borough Council

Our contact centre receives around 1,500 web forms, emails and phone notes a day. Each one has to be routed to one of eight service teams (waste, council tax, housing repairs, highways, parking, adult social care, benefits, environmental health). Misrouted contacts bounce between teams and the resident waits days, and for adult social care a delay can be a safeguarding issue.

The eight teams and their boundaries were fixed in the 2023 restructure and aren't changing.

We ran a trial last month with a general model and a prompt describing each team's remit. It routed correctly about 70% of the time against our QA team's decisions; we need at least 92% before staff will trust it to route without checking.

Our QA team has been checking routing decisions all year; I've attached the export they work from (`tickets_export.csv`). Messages contain residents' names and addresses in places, so the data must stay in the UK/EU.

Is it worth pushing the prompt further?
""",
facts=dict(task_kind=("classification","has to be routed to one of eight service teams"),
 monthly_volume=(45000,"around 1,500 web forms, emails and phone notes a day"),
 labelled_examples=(2000,"data:tickets_export.csv"),
 task_changes_often=(False,"aren't changing"),
 prompting_falls_short=(True,"routed correctly about 70% of the time"),
 accuracy_target=(92,"at least 92%"),
 stakes=("high","a delay can be a safeguarding issue"),
 constraints=(["personal_data","eu_residency"],"the data must stay in the UK/EU"),
 stage=("pilot","We ran a trial last month"))))
C.append(dict(slug="power-market-client-commentary", ext="yaml", label="prompt",
reason="Style wish but no examples and nothing tried; low volume daily generation from supplied data.",
text="""
ask_id: MKT-COMM-01
requested_by: Origination, continental power
deliverable: daily 200-word market commentary emailed to ~60 industrial clients
inputs_each_day: settlement prices, weather model deltas, the analysts' bullet notes
tone_goal: "sounds like us" – confident but not salesy
do_we_have_past_commentaries: not really; the old ones were written by a trader who left and were never archived
runs: once each trading day (~21 a month)
model_tried: none so far
reviewer: desk head reads before send
deadline: want a first version before Q1 hedging season
""",
facts=dict(task_kind=("generation","daily 200-word market commentary"),
 monthly_volume=(21,"~21 a month"),
 labelled_examples=(0,"not really; the old ones were written by a trader who left and were never archived"),
 consistent_style=(True,"\"sounds like us\""),
 human_review=(True,"desk head reads before send"),
 stage=("prototype","model_tried: none so far"))))
C.append(dict(slug="kids-chat-safety-filter", ext="md", label="fine_tune",
reason="Very high volume, strict latency, 60k labelled messages, prompting too slow and costly for a stable classifier.",
text="""
Trust & Safety sync – kids' chat filter

Attendees: Noor (T&S lead), Felix (platform eng), Aisha (child safeguarding adviser)

**Noor:** The in-game chat for our 8–12 app needs every message checked before it's shown: personal info sharing (addresses, phone numbers, school names), bullying, grooming patterns, self-harm signals. We're at about 3 million messages a month.

**Felix:** We prototyped with a general model and a prompt. Accuracy was actually decent, around 90%, but each call took 1.5–2 seconds and cost about $0.002. At 3M a month that's 6 grand a month just for the filter and the chat feels laggy. We need under 150 ms.

**Aisha:** The categories are set by our safeguarding policy; they were reviewed in January and are stable. Kids write in their own way – "wot skool r u at", emoji codes – the prompt misses a lot of that.

**Noor:** We have 60,000 messages hand-labelled by moderators over the last two years.

**Felix:** And it has to run in our own cloud account, nothing goes to a third-party API long-term.

**Aisha:** Recall on grooming must be at least 98%.

Action: Felix to cost options.
""",
facts=dict(task_kind=("classification","needs every message checked before it's shown"),
 monthly_volume=(3000000,"about 3 million messages a month"),
 labelled_examples=(60000,"60,000 messages hand-labelled"),
 latency_ms=(150,"under 150 ms"),
 cost_per_call_usd=(0.002,"about $0.002"),
 monthly_bill_usd=(6000,"6 grand a month"),
 prompting_falls_short=(True,"the prompt misses a lot of that"),
 task_changes_often=(False,"are stable"),
 stakes=("high","grooming patterns"),
 constraints=(["on_prem","personal_data"],"it has to run in our own cloud account"),
 accuracy_target=(98,"at least 98%"),
 domain_jargon=(True,"\"wot skool r u at\", emoji codes"),
 stage=("prototype","We prototyped with a general model"))))
C.append(dict(slug="dealer-finance-lender-rate-cards", ext="md", label="rag",
reason="Answers depend on 35 lenders' rate cards that change weekly; needs lookup, not training.",
text="""
Hi,

Business managers at our dealerships sell car finance from 35 different lenders. When a customer asks "what's the best PCP deal on a 3-year-old Golf with £2k deposit", the manager has to dig through each lender's rate card and criteria PDFs to see who'll lend, at what APR and commission.

Rate cards come out weekly from most lenders, and some mid-week when base rates move. We want an assistant that answers these questions and shows which lender document and date each figure came from – the FCA requires that commission and rates disclosed to customers are accurate.

It's maybe 4,000 queries a month across the group. We'd like to pilot at two sites.

Our IT partner suggested training a model on the rate cards. Does that make sense?

Chris Ward, Head of F&I
""",
facts=dict(task_kind=("question_answering","an assistant that answers these questions"),
 monthly_volume=(4000,"maybe 4,000 queries a month"),
 knowledge_change_days=(7,"Rate cards come out weekly"),
 needs_citations=(True,"shows which lender document and date each figure came from"),
 needs_external_knowledge=(True,"each lender's rate card"),
 stakes=("high","the FCA requires"))))
C.append(dict(slug="abstract-lay-summaries", ext="txt", label="prompt",
reason="Low-volume rewriting of supplied abstracts; general task, nothing tried.",
text="""
Rewrite each accepted paper's abstract into a 100-word plain-language summary for the press page. About 300 papers a month, editors approve each one. Not tried anything yet.
""",
facts=dict(task_kind=("transformation","Rewrite each accepted paper's abstract"),
 monthly_volume=(300,"About 300 papers a month"),
 human_review=(True,"editors approve each one"))))
C.append(dict(slug="bank-remittance-text-normaliser", ext="md", label="fine_tune",
reason="Very high-volume, latency-bound strict-format transformation with 120k labelled pairs; prompting too costly and inconsistent.",
text="""
Payments Ops / Compliance – remittance normalisation

Inbound cross-border payments carry free-text remittance information (ISO 20022 RmtInf and legacy MT103 field 70) like "INV 2024/0387 PART PMT LESS BANK CHG REF PO 55-A". Our sanctions and fraud engines work better on structured fields, so we want every message turned into a fixed JSON record: invoice refs, purpose code, counterparty hints, free text remainder.

Volumes: about 8 million payments a month, and the normalisation step sits in the payment flow with a budget of 200 milliseconds.

We have 120,000 messages that operations analysts structured by hand during the ISO migration project, double-checked.

A general model with a 2,500-token prompt got 86% of records fully right in testing but took over a second and would cost far more than the business case allows at that volume. The output format is fixed by the downstream engines.

Everything must run on-prem – payment data cannot leave the bank.
""",
facts=dict(task_kind=("transformation","we want every message turned into a fixed JSON record"),
 monthly_volume=(8000000,"about 8 million payments a month"),
 latency_ms=(200,"200 milliseconds"),
 labelled_examples=(120000,"120,000 messages"),
 prompt_tokens=(2500,"2,500-token prompt"),
 prompting_falls_short=(True,"took over a second"),
 strict_format=(True,"The output format is fixed"),
 domain_jargon=(True,"MT103 field 70"),
 constraints=(["on_prem"],"Everything must run on-prem"),
 stage=("prototype","in testing"))))
C.append(dict(slug="foi-response-drafting", ext="md", label="rag",
also=["rag+fine_tune"],
reason="Drafts must quote and stay consistent with 14k prior FOI responses and current disclosure logs; knowledge gap dominates.",
text="""
Information Governance – FOI drafting assistant

We're a county council handling about 180 Freedom of Information requests a month. Much of the work is finding what we've already said: many requests repeat earlier ones, and our answer must be consistent with past disclosures and quote the published disclosure log entry or dataset it relies on.

Our disclosure log holds about 14,000 past responses, and new ones are added every day. Exemptions (s.40 personal data, s.43 commercial interests) have to be applied consistently with precedent.

We'd like a draft response for each request that pulls in the relevant past responses and links them. An IG officer signs off every response before it goes out.

We originally thought about training a model on the 14,000 responses, but a colleague pointed out the log changes daily and responses sometimes get overturned on internal review.
""",
facts=dict(task_kind=("generation","a draft response for each request"),
 monthly_volume=(180,"about 180 Freedom of Information requests a month"),
 corpus_size=(14000,"about 14,000 past responses"),
 knowledge_change_days=(1,"new ones are added every day"),
 needs_citations=(True,"links them"),
 needs_external_knowledge=(True,"finding what we've already said"),
 human_review=(True,"An IG officer signs off every response"),
 domain_jargon=(True,"s.40 personal data, s.43 commercial interests"))))
C.append(dict(slug="trading-db-natural-language-sql", ext="md", label="prompt",
reason="Prototype text-to-SQL for a handful of analysts; schema fits in a prompt, nothing tried.",
text="""
[voice note from Katya, risk analytics]

Hi, um, so – the idea. Our risk analysts keep asking me for SQL against the trading data warehouse, stuff like "show me net open position by delivery month for the UK power book as of yesterday". There are about forty tables that matter, and honestly the schema and a few example queries would fit in a prompt, it's not huge. There are six analysts, they'd maybe ask, I dunno, a few dozen questions a week in total. They'd check the query before running it – well, they run it, they'd see if the numbers look wrong. We haven't tried anything. It's a prototype, I just want to show the head of risk something in two weeks.
""",
facts=dict(task_kind=("code","asking me for SQL"),
 stage=("prototype","It's a prototype"),
 human_review=(True,"They'd check the query before running it"),
 domain_jargon=(True,"net open position by delivery month"))))
C.append(dict(slug="lesson-curriculum-statement-mapping", ext="yaml", label="rag",
reason="Mapping must cite official curriculum statement codes from three national curricula that get revised.",
text="""
feature: curriculum-tags
owner: Content Ops, KidSpark Learning
goal: for each lesson (maths, phonics, science for ages 4-11) suggest which official curriculum statements it covers, for the teacher dashboard
curricula: England National Curriculum, Scottish Curriculum for Excellence benchmarks, Australian Curriculum v9
curricula_size: roughly 4,500 individual statements across the three
must_show: the statement code and wording, e.g. "Y3 MA NPV: count from 0 in multiples of 4, 8, 50 and 100"
changes: Australia moved to v9 in 2022; England's are stable but Scotland's benchmarks get revised every year or two
lessons_to_tag: ~1,200 new or edited lessons a month
existing_tags: a few hundred lessons were tagged by teachers in a spreadsheet, inconsistently
review: curriculum specialist approves tags before they appear to schools
""",
facts=dict(task_kind=("classification","suggest which official curriculum statements it covers"),
 corpus_size=(4500,"roughly 4,500 individual statements"),
 needs_citations=(True,"the statement code and wording"),
 needs_external_knowledge=(True,"official curriculum statements"),
 monthly_volume=(1200,"~1,200 new or edited lessons a month"),
 human_review=(True,"curriculum specialist approves tags"))))
C.append(dict(slug="dealer-sales-call-crm-notes", ext="md", label="fine_tune",
reason="High-volume strict-format summarisation into CRM fields with 4k examples; prompting drops fields one time in five.",
text="""
[dictated by Mark, CRM manager – transcription]

Right, so, um. Sales calls. Every inbound and outbound sales call at our 14 showrooms is recorded and transcribed, that's about eighteen thousand calls a month. We want each one turned into the CRM call note, which is a fixed form – customer intent, vehicle of interest, part-ex yes/no with reg, finance interest, next action, next action date. All fields, every time, because the lead-scoring rules read them.

We've been running a prompt on it since, er, September. It's okay on the text but it drops or mangles fields – about one in five notes is missing something or has the date in the wrong format. We've tweaked the prompt a lot. It's about two thousand tokens now.

The good news is the BDC team hand-wrote about four thousand of these notes last year from the same transcripts, and they're checked. The form hasn't changed in two years and isn't going to.

Oh, and transcripts have customer phone numbers and stuff in, so personal data.
""",
facts=dict(task_kind=("summarisation","turned into the CRM call note"),
 monthly_volume=(18000,"about eighteen thousand calls a month"),
 strict_format=(True,"which is a fixed form"),
 prompting_falls_short=(True,"about one in five notes is missing something"),
 prompt_tokens=(2000,"about two thousand tokens"),
 labelled_examples=(4000,"about four thousand of these notes"),
 task_changes_often=(False,"The form hasn't changed in two years"),
 constraints=(["personal_data"],"so personal data"),
 stage=("production","We've been running a prompt on it since"))))
for c in C:
    c["facts"] = {k:v for k,v in c["facts"].items() if v is not None}
emit(C)
