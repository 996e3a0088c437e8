import sys; sys.path.insert(0, "/work/blind/w13/tools")
from common import emit
C = []
C.append(dict(slug="trading-limits-policy-assistant", ext="md", folder=True, label="rag",
reason="Answers come from private limit and mandate documents; the revision histories show monthly change, so facts must be retrieved, not trained in.",
text="""
# Desk limits assistant – proposal from the UK power desk

Traders and the middle office keep asking risk the same questions: "what's my VaR limit", "can I trade TTF options on this book", "what's the credit line left with counterparty X at Cal+1", "who do I call on a breach". About 300 of these a month.

The answers sit in the four risk documents in `docs/` (credit limits, the UK power desk mandate, the approved products list and the breach procedure). They're private to us, obviously.

Sofia (market risk) proposed we fine-tune a small model on these four documents so it "just knows" the limits, on the basis that they hardly change – "once a year at most". Before we commit, we'd like an outside opinion.

A wrong answer on a limit could mean an unauthorised trade, which is a disciplinary and regulatory matter.
""",
facts=dict(task_kind=("question_answering","keep asking risk the same questions"),
 monthly_volume=(300,"About 300 of these a month"),
 corpus_size=(4,"the four risk documents"),
 knowledge_change_days=(30,"data:counterparty_credit_limits.md"),
 needs_external_knowledge=(True,"They're private to us"),
 stakes=("high","a disciplinary and regulatory matter"),
 domain_jargon=(True,"Cal+1"))))
C.append(dict(slug="kids-text-reading-level-rewriter", ext="txt", label="fine_tune",
reason="Very high-volume stable rewriting task with 30k graded pairs; prompting misses the target reading band.",
text="""
Rewrite news-for-kids articles to one of 6 reading bands, ~2M rewrites a month; we hold 30k teacher-graded original/rewrite pairs and our prompt hits the right band only 64% of the time (need 90%). Bands fixed since 2019.
""",
facts=dict(task_kind=("transformation","Rewrite news-for-kids articles"),
 monthly_volume=(2000000,"~2M rewrites a month"),
 labelled_examples=(30000,"30k teacher-graded original/rewrite pairs"),
 prompting_falls_short=(True,"only 64% of the time"),
 accuracy_target=(90,"need 90%"),
 task_changes_often=(False,"Bands fixed since 2019"),
 stage=("production","~2M rewrites a month"))))
C.append(dict(slug="dealer-lead-email-replies", ext="yaml", label="prompt",
reason="Prompting already meets the bar; moderate volume and cost is fine, so no reason to train despite having examples.",
text="""
use_case: first-response emails to online leads
group: 14 dealerships, 4 brands
monthly_leads: 9,000
current_setup: hosted model, 1,200-token prompt with brand voice rules and 3 examples, in production since June
quality_check: sales managers rated 500 random replies last month – 96% "send as is"
target_quality: 95% "send as is"
bill: around $180 a month, which finance is fine with
past_replies_archive: 12,000 replies rated good by sales managers
question_from_the_board: "we have all this data – shouldn't we be training our own model?"
brand_rules_change: each brand refreshes its tone of voice every spring
""",
facts=dict(task_kind=("generation","first-response emails to online leads"),
 monthly_volume=(9000,"monthly_leads: 9,000"),
 prompt_tokens=(1200,"1,200-token prompt"),
 stage=("production","in production since June"),
 prompting_falls_short=(False,"96% \"send as is\""),
 accuracy_target=(95,"95% \"send as is\""),
 monthly_bill_usd=(180,"around $180 a month"),
 labelled_examples=(12000,"12,000 replies rated good"),
 consistent_style=(True,"brand voice rules"),
 knowledge_change_days=None,
 budget=None)))
C.append(dict(slug="jats-xml-metadata-conversion", ext="md", label="fine_tune",
reason="Strict-schema transformation at scale with 50k validated pairs; prompting yields invalid XML too often.",
text="""
Hi Ana,

We're migrating our back catalogue into a new hosting platform that needs every article's front matter as JATS 1.3 XML: titles, contributors with ORCIDs and affiliations, funding, history dates, licences. The legacy data is a mess of Word files and old SGML.

Scale: about 200,000 articles in the backlog, which we want to process over the next eight months (roughly 25,000 a month), and then around 4,000 new articles a month going forward from authors' Word files.

Our conversion vendor has shared 50,000 legacy-to-JATS pairs they produced and validated over the past decade. The target schema is the JATS 1.3 standard plus our platform's tagging guidelines – neither is going to change.

We tested a general model with a 7k-token prompt containing the tagging rules. About 12% of outputs fail schema validation and another 8% validate but mis-tag affiliations. We need at least 98% valid and correct to keep QA sampling-based rather than exhaustive.

Cost is also a concern at this volume; the budget is there for a proper solution, not for 7k tokens per article forever.

Thanks,
Ruairi
""",
facts=dict(task_kind=("transformation","needs every article's front matter as JATS 1.3 XML"),
 monthly_volume=(25000,"roughly 25,000 a month"),
 labelled_examples=(50000,"50,000 legacy-to-JATS pairs"),
 strict_format=(True,"fail schema validation"),
 task_changes_often=(False,"neither is going to change"),
 prompt_tokens=(7000,"a 7k-token prompt"),
 prompting_falls_short=(True,"About 12% of outputs fail schema validation"),
 accuracy_target=(98,"at least 98% valid and correct"),
 budget=("available","the budget is there for a proper solution"),
 domain_jargon=(True,"JATS 1.3"))))
C.append(dict(slug="internal-audit-findings-themes", ext="md", label="rag",
reason="Open-ended research over 8,000 private audit reports with required citations to each report.",
text="""
Internal Audit – thematic review tooling

The Chief Auditor wants to be able to ask questions across our whole body of audit work: "where have we found weaknesses in third-party risk management across the EMEA branches since 2019?", "which KYC findings recurred after being closed?". Today that means a junior auditor reading dozens of reports for a week.

We have about 8,000 audit reports and 30,000 individual findings in the audit management system, with new reports issued every week. Any thematic answer has to reference the specific reports and finding IDs so it can go in front of the Audit Committee.

Reports are confidential and restricted by entitlement – some investigations can only be seen by named auditors.

Maybe 50 such questions a month. No model in use yet.
""",
facts=dict(task_kind=("research","ask questions across our whole body of audit work"),
 corpus_size=(8000,"about 8,000 audit reports"),
 knowledge_change_days=(7,"new reports issued every week"),
 needs_citations=(True,"has to reference the specific reports and finding IDs"),
 needs_external_knowledge=(True,"Reports are confidential"),
 monthly_volume=(50,"Maybe 50 such questions a month"),
 stage=("prototype","No model in use yet"))))
C.append(dict(slug="social-care-case-note-summaries", ext="md", label="prompt",
reason="Summarising supplied notes with worker review; on-prem constraint affects hosting, not method; nothing tried.",
text="""
Adults' services – case note summaries

Present: Joanne (service manager), Ravi (council IT), Helen (principal social worker)

Joanne: When a case transfers between teams, the receiving worker has to read months of case notes. We'd like a one-page summary: who's involved, current risks, services in place, outstanding actions. About 4,000 transfers and reviews a month.
Helen: The social worker must read and correct every summary – it goes on the statutory record.
Ravi: This is special category personal data. It has to run on our own servers, no external API, and nothing used for anyone's training.
Joanne: Do we need a specially trained model for social care language?
Helen: It's mostly plain English, honestly, with a few acronyms like DoLS and LPA.
Ravi: We haven't tried anything yet. There's an open model we can host internally.
Joanne: We don't have any example summaries – workers write transfer notes differently every time.
""",
facts=dict(task_kind=("summarisation","a one-page summary"),
 monthly_volume=(4000,"About 4,000 transfers and reviews a month"),
 human_review=(True,"The social worker must read and correct every summary"),
 constraints=(["personal_data","on_prem","no_vendor_training"],"It has to run on our own servers"),
 labelled_examples=(0,"We don't have any example summaries"),
 stage=("prototype","We haven't tried anything yet"))))
C.append(dict(slug="survey-occupation-soc-coding", ext="yaml", label="fine_tune",
reason="Huge labelled set of free-text to SOC codes, stable classification, prompting at 62% against a 90% target.",
text="""
programme: labour-force-survey-coding
organisation: national statistics office, classifications branch
task: assign a 4-digit SOC 2020 occupation code to each free-text job description ("I do the accounts for a building firm, part time")
volume: 1.3 million responses a year across household surveys
codes: 412 unit groups
training_material: 400,000 responses coded by expert coders during the 2021 census quality assurance
prompt_trial: 9,000-token prompt with the code list and index entries; 62% exact-match to expert coding
target: 90% exact match at 4-digit level, matching the census QA standard
classification_revisions: SOC is revised once a decade; next revision not before 2030
hosting: must stay within government infrastructure; respondent data is personal
""",
facts=dict(task_kind=("classification","assign a 4-digit SOC 2020 occupation code"),
 monthly_volume=(108333,"1.3 million responses a year"),
 labelled_examples=(400000,"400,000 responses coded by expert coders"),
 prompt_tokens=(9000,"9,000-token prompt"),
 prompting_falls_short=(True,"62% exact-match to expert coding"),
 accuracy_target=(90,"90% exact match"),
 task_changes_often=(False,"SOC is revised once a decade"),
 constraints=(["on_prem","personal_data"],"must stay within government infrastructure"),
 domain_jargon=(True,"SOC 2020"))))
C.append(dict(slug="grid-outage-notice-questions", ext="md", label="rag",
reason="Answers depend on outage and remit notices that change hourly (corrected); knowledge gap, retrieval needed.",
text="""
From: Short-term power trading, continental desk
To: AI consultant

We want traders to be able to ask "what's currently out in France and when is it due back?", "which unplanned outages were posted in the last hour on interconnectors?" and get an answer with links to the underlying notices.

The source is the transparency platform's urgent market messages plus the TSO outage feeds. I wrote in my first email that these update "daily". Our data engineer corrected me: new and revised messages arrive continuously, dozens an hour during winter, so think hourly, not daily.

There are roughly 60,000 active and historical messages for the markets we cover. Traders would ask maybe 1,500 questions a month. A stale answer could mean trading on wrong availability – real money.
""",
facts=dict(task_kind=("question_answering","get an answer with links"),
 knowledge_change_days=(0.04,"think hourly, not daily"),
 needs_citations=(True,"with links to the underlying notices"),
 needs_external_knowledge=(True,"urgent market messages"),
 corpus_size=(60000,"roughly 60,000 active and historical messages"),
 monthly_volume=(1500,"maybe 1,500 questions a month"),
 stakes=("high","real money"))))
C.append(dict(slug="kids-quiz-question-generator", ext="md", label="prompt",
reason="Early idea with no data; asks about fine-tuning but prompting has not been tried.",
text="""
[voice note – Bea, content lead]

Hi! Okay, so, I had this idea on the train. Um. For the geography app, for, like, the 7 to 10 year olds – what if teachers could type a topic, like "rivers" or "the water cycle", and get ten multiple-choice questions with, you know, one right answer and three plausible wrong ones. Simple stuff.

We don't have a question bank we could give it, not really, the old one was, um, licensed and we lost it when the contract ended. Nobody's tried anything yet.

Oh – and someone in the product meeting said we should fine-tune a model for kids' content? I don't know what that involves. Should we? The teacher would look at the questions before the class sees them anyway. It's, I mean, it's a feature idea for now, not even on the roadmap.
""",
facts=dict(task_kind=("generation","get ten multiple-choice questions"),
 labelled_examples=(0,"We don't have a question bank we could give it"),
 human_review=(True,"The teacher would look at the questions before the class sees them"),
 stage=("prototype","it's a feature idea for now"))))
C.append(dict(slug="dealer-recall-vin-check", ext="txt", label="rag",
reason="Open recalls per VIN come from manufacturer and DVSA data updated daily.",
text="""
Before handover, sales want "any open recalls on this VIN?" answered from the manufacturers' recall feeds and DVSA recall list (updated daily), quoting the recall reference.
""",
facts=dict(task_kind=("question_answering","\"any open recalls on this VIN?\" answered"),
 knowledge_change_days=(1,"updated daily"),
 needs_citations=(True,"quoting the recall reference"),
 needs_external_knowledge=(True,"manufacturers' recall feeds"))))
for c in C:
    c["facts"] = {k:v for k,v in c["facts"].items() if v is not None}
emit(C)
