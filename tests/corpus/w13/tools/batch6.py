import sys; sys.path.insert(0, "/work/blind/w13/tools")
from common import emit
C = []
C.append(dict(slug="submission-subject-code-triage", ext="txt", label="fine_tune",
reason="Stable 212-way classification with 95k editor labels; the 9k-token code list prompt is the cost and the ceiling.",
text="""
Assign each new submission one of our 212 subject codes for editor routing: ~40k submissions/month, 95k past submissions coded by editors, current prompt lists every code (~9k tokens) and gets 74%; codes frozen until 2027.
""",
facts=dict(task_kind=("classification","Assign each new submission one of our 212 subject codes"),
 monthly_volume=(40000,"~40k submissions/month"),
 labelled_examples=(95000,"95k past submissions coded by editors"),
 prompt_tokens=(9000,"~9k tokens"),
 prompting_falls_short=(True,"gets 74%"),
 task_changes_often=(False,"codes frozen until 2027"),
 stage=("production","current prompt lists every code"))))
C.append(dict(slug="retail-bank-product-terms-chat", ext="md", label="rag",
reason="Customer answers must come from ~900 product documents that change, with links, and old versions must be withdrawn.",
text="""
Digital channels – customer product questions

Hello,

Our mobile app's chat gets around 70,000 customer questions a month about our own products: "what's the early repayment charge on my fixed-rate mortgage", "does my account include travel insurance", "what's the overdraft rate from next month". Right now a scripted bot deflects most of them to the contact centre.

Answers are in our product terms, key facts documents and rate sheets – about 900 documents, with rates changing whenever the base rate moves and product terms reissued every few months. Consumer Duty means we must give accurate, current information and show customers the document we relied on. When a product is withdrawn, its documents must stop being used immediately.

Compliance wants to know whether we should train a bank-specific model. We haven't built anything yet.

Regards,
Digital Channels Product Owner
""",
facts=dict(task_kind=("question_answering","customer questions a month about our own products"),
 monthly_volume=(70000,"around 70,000 customer questions a month"),
 corpus_size=(900,"about 900 documents"),
 needs_citations=(True,"show customers the document we relied on"),
 needs_external_knowledge=(True,"our own products"),
 stakes=("high","Consumer Duty means we must give accurate, current information"),
 stage=("prototype","We haven't built anything yet"))))
C.append(dict(slug="parliamentary-question-answer-drafts", ext="md", label="rag",
also=["rag+fine_tune"],
reason="Drafts must be consistent with and cite 25k prior answers and current briefings; house style is secondary.",
text="""
Dear Ms Lindgren,

I work in the parliamentary unit of a national department. We draft about 600 answers to written parliamentary questions a month. Each must be consistent with what ministers have said before, reflect current policy lines, and reference the earlier answers or statistics it builds on so the private office can check them.

Our sources are the 25,000 answers the department has given since 2017 (on the parliamentary website), internal policy lines that policy teams update every week, and published statistics.

There is a house style – short, formal, never speculative – but our drafters know it well and honestly that part is easy. The hard part is finding the right precedent and the latest line.

Every draft is cleared by the policy team and a minister before it's sent. We've had a colleague paste questions into a public chatbot; it produced fluent answers with invented statistics, which is a serious problem for us.

Kind regards,
Martin Achebe
""",
facts=dict(task_kind=("generation","We draft about 600 answers"),
 monthly_volume=(600,"about 600 answers to written parliamentary questions a month"),
 corpus_size=(25000,"the 25,000 answers"),
 knowledge_change_days=(7,"update every week"),
 needs_citations=(True,"reference the earlier answers or statistics"),
 needs_external_knowledge=(True,"internal policy lines"),
 human_review=(True,"Every draft is cleared by the policy team and a minister"),
 stakes=("high","a serious problem for us"),
 consistent_style=(True,"short, formal, never speculative"))))
C.append(dict(slug="energy-contract-clause-tagging", ext="md", label="fine_tune",
reason="Corrected: 3,500 lawyer-labelled clauses exist; stable taxonomy, prompting stuck at 85% vs 97%.",
text="""
Legal ops – clause classification (update)

We review counterparty master agreements (EFET, ISDA with commodity annex, bespoke PPAs) and tag each clause by type – credit support, force majeure, termination events, change in law, netting – so deviations from our playbook can be flagged. About 250 contracts a month, roughly 60 clauses each.

My earlier message said we had no labelled data. That's not right: the legal team's contract database has 3,500 clauses tagged by our lawyers over the past three years, and they were double-checked during a 2023 audit.

The clause taxonomy is our playbook and has been stable for three years.

A prompt with the taxonomy and definitions reached 85% on a test set; the General Counsel wants 97% before the tags feed the deviation report without a lawyer re-checking each one. Contracts can't go to vendors that train on customer data.
""",
facts=dict(task_kind=("classification","tag each clause by type"),
 monthly_volume=(15000,"About 250 contracts a month, roughly 60 clauses each"),
 labelled_examples=(3500,"3,500 clauses tagged by our lawyers"),
 task_changes_often=(False,"has been stable for three years"),
 prompting_falls_short=(True,"reached 85% on a test set"),
 accuracy_target=(97,"wants 97%"),
 domain_jargon=(True,"EFET, ISDA with commodity annex"),
 constraints=(["no_vendor_training"],"can't go to vendors that train on customer data"))))
C.append(dict(slug="kids-short-answer-marking", ext="yaml", label="fine_tune",
reason="Massive volume, 300 ms latency, 250k teacher-marked answers and a stable rubric; prompting too slow and lenient.",
text="""
feature_code: AUTO-MARK
product: SpellStars & NumberNest (ages 6-11)
what: decide whether a child's typed short answer is correct, partly correct or incorrect, given the question and model answer
examples_of_inputs: "becos the ice melts", "3 tens and 4 ones", "photosinthesis"
volume: around 10M answers marked per month in term time
latency_budget: 300 ms, the next question loads straight after
labelled_data: 250k answers marked by teachers during the 2023 pilot, with rubric reasons
prompt_experiment: 1.8k-token rubric prompt – 83% agreement with teachers, ~1.2 s per call, too lenient on misspelt key words
target_agreement: 95%
rubric: fixed by the assessment team, unchanged since the pilot
data_rules: children's data, UK/EU hosting only
""",
facts=dict(task_kind=("classification","decide whether a child's typed short answer is correct"),
 monthly_volume=(10000000,"around 10M answers marked per month"),
 latency_ms=(300,"300 ms"),
 labelled_examples=(250000,"250k answers marked by teachers"),
 prompt_tokens=(1800,"1.8k-token rubric prompt"),
 prompting_falls_short=(True,"83% agreement with teachers"),
 accuracy_target=(95,"target_agreement: 95%"),
 task_changes_often=(False,"unchanged since the pilot"),
 constraints=(["personal_data","eu_residency"],"UK/EU hosting only"))))
C.append(dict(slug="dealer-group-hr-policy-questions", ext="md", label="rag",
reason="Staff questions answered from 60 private HR documents updated quarterly, with a reference to the policy.",
text="""
HR sync – staff policy assistant

Present: Karen (HR director), Dev (group IT), Paula (payroll)

Karen: Our 1,100 staff across 18 sites ask HR the same things – holiday carry-over, commission clawback rules, company car eligibility, sick pay. About 800 questions a month.
Paula: And commission schemes differ by brand and role, which is where most mistakes happen.
Dev: Where do the answers live?
Karen: The staff handbook, the commission plans and the benefits guides – about 60 documents. They change every quarter when commission plans are reset.
Karen: The answer must say which policy it came from so managers can check. If we tell a salesperson the wrong clawback rule, it ends up at tribunal.
Dev: And managers' pay bands shouldn't be visible to everyone.
Paula: We have no history of HR answers to learn from; it's all been phone calls.
""",
facts=dict(task_kind=("question_answering","ask HR the same things"),
 monthly_volume=(800,"About 800 questions a month"),
 corpus_size=(60,"about 60 documents"),
 knowledge_change_days=(90,"They change every quarter"),
 needs_citations=(True,"The answer must say which policy it came from"),
 needs_external_knowledge=(True,"commission schemes differ by brand and role"),
 stakes=("high","it ends up at tribunal"),
 labelled_examples=(0,"We have no history of HR answers"))))
C.append(dict(slug="reference-retraction-screening", ext="md", label="rag",
reason="Needs current retraction status from a database updated daily; a model cannot know it from training.",
text="""
[dictated by Priyanka, peer review operations]

So the ask from the integrity committee is, um, when a manuscript comes in, check its reference list and flag any cited paper that's been retracted or has an expression of concern. We get about 5,000 submissions a month, fifty-ish references each.

The source of truth is the retraction database we subscribe to, plus Crossref update notices – they add new retractions every day, and, er, obviously a model trained last year has no idea what got retracted last week. The flag has to show the retraction notice link so the editor can see it.

Editors make the call, the system just flags. We haven't tried anything. Somebody suggested fine-tuning on our journals' content but I don't really see how that helps here.
""",
facts=dict(task_kind=("question_answering","flag any cited paper that's been retracted"),
 monthly_volume=(5000,"about 5,000 submissions a month"),
 knowledge_change_days=(1,"they add new retractions every day"),
 needs_external_knowledge=(True,"obviously a model trained last year has no idea what got retracted last week"),
 needs_citations=(True,"show the retraction notice link"),
 human_review=(True,"Editors make the call"))))
C.append(dict(slug="regulatory-return-validation-rules", ext="yaml", label="prompt",
reason="One-off code generation from a supplied spec, reviewed by engineers; no case for training.",
text="""
job: generate-validation-checks
team: Regulatory Reporting Technology
input: the regulator's 140-page validation rules spec for the new liquidity return (PDF, supplied to the model section by section)
output: Python validation functions + unit tests, one per rule (~380 rules)
frequency: one-off build for the 2025 go-live; future spec changes are minor and handled by hand
review: every function code-reviewed and tested by an engineer before merge
examples: none – this is a new return
""",
facts=dict(task_kind=("code","Python validation functions + unit tests"),
 stage=("one_off","one-off build for the 2025 go-live"),
 human_review=(True,"every function code-reviewed and tested by an engineer"),
 labelled_examples=(0,"examples: none"),
 needs_external_knowledge=None)))
C.append(dict(slug="council-notice-polish-translation", ext="txt", label="prompt",
reason="Tiny-volume translation with human check; a prompt suffices.",
text="""
Translate our housing and school-admission notices into Polish for residents, about 20 notices a month; a Polish-speaking officer checks each. Nothing tried yet.
""",
facts=dict(task_kind=("translation","Translate our housing and school-admission notices into Polish"),
 monthly_volume=(20,"about 20 notices a month"),
 human_review=(True,"a Polish-speaking officer checks each"))))
C.append(dict(slug="head-trader-voice-client-notes", ext="md", label="prompt",
reason="Style wish with only six examples and nothing tried; too little data and volume to train.",
text="""
Subject: Can we clone Harriet's writing style?

Hi Jonas,

Our head of gas trading, Harriet, writes a weekly note to our top clients – it's much loved, very dry, British, lots of short sentences and a sting in the last line. She's going on a six-month sabbatical and the desk wants something that writes the note "in Harriet's voice" from the analysts' weekly bullets.

We'd like to fine-tune a model on her writing. Here's the catch: she only started doing the note in October, so we have six of them. She doesn't write much else that's shareable.

It's one note a week, maybe a few hundred words. The analyst who takes over will edit before sending. We haven't tried any model on it yet.

Budget is small – a few hundred a month at most.

Cheers,
Tom
""",
facts=dict(task_kind=("generation","writes a weekly note to our top clients"),
 monthly_volume=(4,"one note a week"),
 labelled_examples=(6,"we have six of them"),
 consistent_style=(True,"in Harriet's voice"),
 human_review=(True,"will edit before sending"),
 budget=("limited","a few hundred a month at most"))))
for c in C:
    c["facts"] = {k:v for k,v in c["facts"].items() if v is not None}
emit(C)
