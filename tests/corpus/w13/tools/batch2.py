import sys; sys.path.insert(0, "/work/blind/w13/tools")
from common import emit
C = []
C.append(dict(slug="dealer-group-listing-copy", ext="md", label="fine_tune",
reason="High-volume generation in a fixed brand voice with 8k approved examples; long prompt is the cost and latency problem.",
text="""
Subject: Used-car listing descriptions – cost question

Hi Sam,

We're a group of 22 franchised dealerships. Every used vehicle that lands in stock gets a web listing description written from the DMS spec data (trim, options, service history, MOT). We currently generate these with a hosted model: about 30k listings a month once you count re-listings after price changes.

It works, but the prompt has grown to roughly 3,500 tokens – brand voice rules for our two retail brands, banned phrases from the advertising standards review, formatting rules for the listing portals, and eight example descriptions. Our bill is about $4,200 a month and most of that is the prompt being re-sent every time. Descriptions also take 6 to 9 seconds, which slows the stock-loading screen.

Marketing has approved about 8,000 descriptions over the last year that they're happy to call "gold". The voice guidelines were set in 2022 and aren't expected to move.

Quality is OK but marketing still rewrites maybe one in ten for tone.

Is there a way to get the same or better output cheaper and faster?

Thanks,
Olu
Digital Retail, Northway Motor Group
""",
facts=dict(task_kind=("generation","web listing description written"),
 monthly_volume=(30000,"about 30k listings a month"),
 prompt_tokens=(3500,"roughly 3,500 tokens"),
 monthly_bill_usd=(4200,"about $4,200 a month"),
 latency_ms=(9000,"6 to 9 seconds"),
 labelled_examples=(8000,"about 8,000 descriptions"),
 consistent_style=(True,"brand voice rules"),
 task_changes_often=(False,"aren't expected to move"),
 stage=("production","We currently generate these with a hosted model"),
 prompting_falls_short=(True,"marketing still rewrites maybe one in ten for tone"))))
C.append(dict(slug="publisher-author-guidelines-assistant", ext="yaml", label="rag",
reason="Author questions over 140 journals' policies that change monthly; answers must link the policy.",
text="""
initiative: author-help-bot
portfolio: 140 journals across life and earth sciences
who_asks: submitting authors, via the help widget on each journal site
question_examples:
  - "Does Journal of Coastal Ecology accept preprints posted on bioRxiv?"
  - "What's the word limit for a Brief Communication?"
  - "Do I need a data availability statement for a review?"
question_load: ~3,500 per month (help desk ticket count, 2024 average)
source_material: one author-guidelines page per journal plus 30 cross-portfolio policy pages (ethics, AI use, data sharing, APCs)
how_often_policies_move: editors update some page almost every month; the AI-use policy changed three times last year
answer_must: link the exact guideline page the answer came from
wrong_answer_cost: desk rejection or an APC surprise for the author; reputational
what_we_tried: nothing
""",
facts=dict(task_kind=("question_answering","who_asks: submitting authors"),
 monthly_volume=(3500,"~3,500 per month"),
 corpus_size=(170,"one author-guidelines page per journal plus 30 cross-portfolio policy pages"),
 knowledge_change_days=(30,"almost every month"),
 needs_citations=(True,"link the exact guideline page"),
 needs_external_knowledge=(True,"one author-guidelines page per journal"),
 stakes=("medium","reputational"))))
C.append(dict(slug="bank-kyc-document-fields", ext="txt", label="prompt",
reason="Early extraction prototype with no labels; prompting not yet tried despite the fine-tuning question.",
text="""
KYC onboarding: pull name, DOB, address and document number from uploaded passports and utility bills into our onboarding JSON. Prototype; we have ~200 sample scans but nobody has labelled them, and no model has been tried. Should we fine-tune from the start?
""",
facts=dict(task_kind=("extraction","pull name, DOB, address and document number"),
 labelled_examples=(0,"nobody has labelled them"),
 stage=("prototype","Prototype"),
 strict_format=(True,"into our onboarding JSON"),
 constraints=(["personal_data"],"passports and utility bills"))))
C.append(dict(slug="council-planning-application-summaries", ext="md", label="prompt",
reason="Modest-volume summarisation of supplied documents with officer review; nothing tried yet.",
text="""
Planning team – notes from Tuesday stand-up

Ruth (principal planner): Committee members want a one-page summary of each major application – proposal, key objections, policy conflicts the officer flagged. Officers currently write them by hand, it takes an hour each.
Declan (digital): How many?
Ruth: About 150 applications a month reach that stage. The summary only uses what's in the application pack and the officer's report, nothing external.
Declan: Any old summaries we could learn from?
Ruth: Some, but they're in every format under the sun, no two officers do it alike. Honestly I'd rather we agreed a new template first.
Anya (legal): The officer must check every summary before it goes to members – it's a public document.
Declan: Then let's try a model on ten applications next week and see what the officers think.
""",
facts=dict(task_kind=("summarisation","one-page summary of each major application"),
 monthly_volume=(150,"About 150 applications a month"),
 needs_external_knowledge=(False,"nothing external"),
 human_review=(True,"The officer must check every summary"),
 task_changes_often=(True,"I'd rather we agreed a new template first"),
 stage=("prototype","try a model on ten applications next week"))))
C.append(dict(slug="benefits-eligibility-guidance-assistant", ext="md", label="rag",
reason="High-stakes answers over 2,400 guidance pages revised frequently, with citation required.",
text="""
Dear Dr Mensah,

I lead the digital team supporting frontline work coaches in a national benefits agency. Coaches get questions from claimants about eligibility – "can I claim while studying part time", "how does a cohabiting partner's income affect my award" – and look the answers up in the decision-makers' guide and the operational guidance, around 2,400 pages in total.

The guidance is amended constantly: there is a formal amendment bulletin every fortnight, and emergency changes (cost-of-living payments, for instance) land with a few days' notice. A wrong answer can mean a claimant loses money or we get an appeal, so anything the system says must point to the guidance paragraph it's based on so the coach can check.

We'd expect around 20,000 coach queries a month across the estate. Claimant data would stay on our own infrastructure.

We haven't built anything yet. Could you advise on the approach?

Kind regards,
Janet Okoro
""",
facts=dict(task_kind=("question_answering","look the answers up"),
 corpus_size=(2400,"around 2,400 pages in total"),
 knowledge_change_days=(14,"a formal amendment bulletin every fortnight"),
 needs_citations=(True,"must point to the guidance paragraph"),
 needs_external_knowledge=(True,"the decision-makers' guide and the operational guidance"),
 stakes=("high","a claimant loses money"),
 monthly_volume=(20000,"around 20,000 coach queries a month"),
 constraints=(["on_prem","personal_data"],"Claimant data would stay on our own infrastructure"),
 stage=("prototype","We haven't built anything yet"))))
C.append(dict(slug="broker-confirmation-parser", ext="yaml", label="fine_tune",
reason="High-volume, latency-bound extraction from jargon-heavy confirmations with 15k labelled examples; prompting too slow and inaccurate.",
text="""
name: confo-parse
desk: power & gas operations (back office)
input: broker confirmation emails/PDFs – e.g. "TTF Q3-25 B/L 10MW @ 34.125 EUR/MWh, ICE Endex, give-up to X"
output: trade record JSON for the ETRM (fixed schema, 23 fields, all mandatory)
volume: 120k confirmations a month, peaking at the quarter roll
labels: 15,000 confirmations matched to booked trades by ops in 2023–24
latency_need: under 500 ms per confirmation, because matching runs inline before the 15-minute REMIT reporting cut
tried: general model with a 4k-token prompt of field definitions and abbreviations
result: 91% field-level accuracy, ~3 s per call
target: 99% field-level
format_stability: broker formats for the big five brokers unchanged since 2022
""",
facts=dict(task_kind=("extraction","trade record JSON"),
 monthly_volume=(120000,"120k confirmations a month"),
 labelled_examples=(15000,"15,000 confirmations"),
 latency_ms=(500,"under 500 ms"),
 strict_format=(True,"fixed schema, 23 fields, all mandatory"),
 prompt_tokens=(4000,"a 4k-token prompt"),
 prompting_falls_short=(True,"91% field-level accuracy, ~3 s per call"),
 accuracy_target=(99,"99% field-level"),
 domain_jargon=(True,"TTF Q3-25 B/L 10MW"),
 task_changes_often=(False,"unchanged since 2022"))))
C.append(dict(slug="kids-maths-hints-captain-count", ext="md", label="fine_tune",
reason="Very high volume, persona and age-appropriate vocabulary that prompting cannot hold, with 5k curated examples.",
text="""
[voice memo – transcribed by the product lead, lightly cleaned]

So, er, the hint feature. When a kid gets a sum wrong in the app, Captain Count pops up with a hint. Right now that's a model call with a big prompt describing the Captain – he's a pirate, he's encouraging, he never gives away the answer, he uses words a six-year-old knows. We're doing, what, about two million hint calls a month now, because every wrong answer triggers one.

Um, the problem is the hints drift. Like, one in eight uses vocabulary way above age six, or just, you know, tells the kid the answer. We've rewritten the prompt maybe fifteen times. It's not getting better.

What we do have – and this is the good bit – our teachers wrote and signed off around five thousand hints, proper ones, in the Captain's voice, tagged by question type. The Captain's rules haven't changed since launch and they won't.

Latency matters, the hint has to appear in under a second or the kid's already tapped something else. Oh, and children's data, so, obviously, no using it for any vendor's training.

Yeah. What should we do?
""",
facts=dict(task_kind=("generation","Captain Count pops up with a hint"),
 monthly_volume=(2000000,"about two million hint calls a month"),
 labelled_examples=(5000,"around five thousand hints"),
 consistent_style=(True,"in the Captain's voice"),
 prompting_falls_short=(True,"It's not getting better"),
 task_changes_often=(False,"The Captain's rules haven't changed since launch"),
 latency_ms=(1000,"under a second"),
 constraints=(["no_vendor_training","personal_data"],"no using it for any vendor's training"),
 stage=("production","We're doing, what, about two million hint calls a month now"))))
C.append(dict(slug="dealer-warranty-bulletin-lookup", ext="txt", label="rag",
reason="Advisers need answers from manufacturer bulletins that change weekly.",
text="""
Service advisers need quick answers on warranty coverage from the technical service bulletins of the 9 brands we sell; manufacturers publish new bulletins weekly. Answer must give the bulletin number.
""",
facts=dict(task_kind=("question_answering","quick answers on warranty coverage"),
 knowledge_change_days=(7,"manufacturers publish new bulletins weekly"),
 needs_citations=(True,"Answer must give the bulletin number"),
 needs_external_knowledge=(True,"technical service bulletins of the 9 brands"))))
C.append(dict(slug="retraction-notice-reason-analysis", ext="md", label="prompt",
reason="One-off exploratory analysis of 500 supplied notices; no training justified.",
text="""
Research integrity office – quick request

Our integrity team wants to understand why papers in our portfolio get retracted. We have 500 retraction notices from 2015–2024 as text. The idea is a one-time pass: read each notice, tag the main reason (image manipulation, paper mill, authorship dispute, honest error, etc.), then look for patterns by journal and year for a board paper in March.

We don't have a fixed taxonomy – the team expects to refine the categories as they see the notices. Nothing has been labelled. Accuracy doesn't need to be perfect; this is for a trend chart, and the integrity lead will spot-check.
""",
facts=dict(task_kind=("research","look for patterns by journal and year"),
 stage=("one_off","a one-time pass"),
 labelled_examples=(0,"Nothing has been labelled"),
 task_changes_often=(True,"expects to refine the categories"),
 stakes=("low","Accuracy doesn't need to be perfect"),
 monthly_volume=None)))
C.append(dict(slug="bank-complaint-category-tagging", ext="md", label="fine_tune",
reason="Stable regulatory classification with ~22k labelled complaints (corrected figure) and a prompt that plateaued at 81%.",
text="""
Complaints MI – classification problem

Every complaint we receive (email, call summary, branch form) has to be tagged with the regulator's product and cause categories for the half-yearly complaints return. About 9,000 complaints a month.

I originally told the working group we had "about 500 labelled complaints" – that was just the QA sample. Correction after speaking to the MI team: every complaint since 2022 has been tagged by the complaint handler and checked by QA, so we actually hold around 22,000 labelled complaints with the final categories.

The category list is set by the regulator and last changed in 2021.

We trialled a prompt with the full category definitions (~5,000 tokens). It reached 81% agreement with QA. The return has to be accurate – mis-categorisation has been a finding in two audits – and we'd want at least 95%.

Handlers still confirm the category before the complaint is closed.
""",
facts=dict(task_kind=("classification","has to be tagged with the regulator's product and cause categories"),
 monthly_volume=(9000,"About 9,000 complaints a month"),
 labelled_examples=(22000,"around 22,000 labelled complaints"),
 task_changes_often=(False,"last changed in 2021"),
 prompt_tokens=(5000,"~5,000 tokens"),
 prompting_falls_short=(True,"It reached 81% agreement with QA"),
 accuracy_target=(95,"at least 95%"),
 human_review=(True,"Handlers still confirm the category"),
 stakes=("high","mis-categorisation has been a finding in two audits"),
 strict_format=None)))
for c in C:
    c["facts"] = {k:v for k,v in c["facts"].items() if v is not None}
emit(C)
