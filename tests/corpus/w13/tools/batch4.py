import sys; sys.path.insert(0, "/work/blind/w13/tools")
from common import emit
C = []
C.append(dict(slug="journal-desk-rejection-letters", ext="md", folder=True, label="fine_tune",
reason="Stable template-and-voice generation where prompting plateaued; the attached JSONL holds 600 editor-approved letters.",
text="""
# Desk-rejection letters – can a model draft them in our voice?

**From:** Editorial Office, hydrology portfolio (3 journals)
**To:** consultant

Our three hydrology journals desk-reject about 1,100 manuscripts a month between them. Each rejection letter follows a fixed template (greeting, thanks, decision, one specific reason, one constructive suggestion, transfer offer if eligible, sign-off) and a house voice the editors-in-chief care a lot about: courteous, specific, never dismissive, no boilerplate apologies.

Since spring we've had a prompt drafting these from the editor's two-line note. We've been through about a dozen revisions of it. Editors still rewrite most drafts: the model pads, apologises, invents extra reasons the editor didn't give, or drops the transfer offer. The template and voice were agreed by the editors-in-chief in 2021 and aren't up for change.

We exported the letters editors approved unchanged into the format our vendor asked for; it's in this folder as `desk_rejections.jsonl`.

Editors will still approve every letter. What's the sensible next step?
""",
facts=dict(task_kind=("generation","Each rejection letter"),
 monthly_volume=(1100,"about 1,100 manuscripts a month"),
 labelled_examples=(600,"data:desk_rejections.jsonl"),
 strict_format=(True,"follows a fixed template"),
 consistent_style=(True,"a house voice the editors-in-chief care a lot about"),
 prompting_falls_short=(True,"Editors still rewrite most drafts"),
 task_changes_often=(False,"aren't up for change"),
 human_review=(True,"Editors will still approve every letter"),
 stage=("production","Since spring we've had a prompt drafting these"))))
C.append(dict(slug="bank-reg-change-obligation-impact", ext="md", label="rag",
reason="Impact answers depend on a private 3,000-obligation register and new regulator publications daily; must cite both.",
text="""
Dear Tomas,

Following up on our regulatory change management discussion.

Every day the regulators (PRA, FCA, EBA, ECB) publish consultation papers, final rules, Dear CEO letters and Q&As. Our regulatory change team reads each one and decides which of our internal obligations it touches. The obligations register holds roughly 3,000 obligations, each mapped to an owner and a control, and it's updated as soon as an impact is agreed.

What we'd like: for each new publication, a short impact note listing the affected obligations from our register, with the paragraph of the publication and the obligation ID for each link, so the owner can verify. Roughly 25 relevant publications a week.

We initially thought this was a summarisation job, but the summaries alone aren't useful; what matters is the mapping to our register, which obviously no public model knows.

A regulatory change analyst approves every impact note. Stakes are real – a missed obligation is how firms end up with enforcement findings.

Nothing built yet. Grateful for a view.

Best,
Aleksandra
""",
facts=dict(task_kind=("question_answering","decides which of our internal obligations it touches"),
 corpus_size=(3000,"roughly 3,000 obligations"),
 knowledge_change_days=(1,"Every day the regulators"),
 needs_citations=(True,"the paragraph of the publication and the obligation ID"),
 needs_external_knowledge=(True,"which obviously no public model knows"),
 monthly_volume=(108,"Roughly 25 relevant publications a week"),
 human_review=(True,"A regulatory change analyst approves every impact note"),
 stakes=("high","a missed obligation is how firms end up with enforcement findings"),
 stage=("prototype","Nothing built yet"))))
C.append(dict(slug="parish-council-minutes-draft", ext="txt", label="prompt",
reason="Tiny-volume summarisation of a supplied transcript; prompt is enough.",
text="""
Town council clerk: turn the recording transcript of our monthly full council meeting (about 2 hours, 15,000 words) into draft minutes. One meeting a month; I edit before publishing.
""",
facts=dict(task_kind=("summarisation","into draft minutes"),
 monthly_volume=(1,"One meeting a month"),
 human_review=(True,"I edit before publishing"))))
C.append(dict(slug="tax-manual-adviser-assistant", ext="md", label="rag",
reason="Team asks to fine-tune for knowledge, but 6,000 pages change with each fiscal event and answers must cite the manual paragraph.",
text="""
National tax authority – digital helpline team – internal note

We want to "fine-tune a model on our internal tax manuals so it knows them" and use it to help helpline advisers answer taxpayer questions on self-assessment, VAT registration thresholds, and reliefs.

Facts for whoever picks this up:
- The internal manuals run to about 6,000 pages across 40 manuals.
- They are revised after every fiscal event (two a year) and in between whenever guidance is updated – the publishing team told us there are changes most weeks.
- Advisers must quote the manual paragraph reference (e.g. "SAM12345") to the caller if challenged, and QA audits those references.
- Volume: advisers take about 1.1 million calls a year; maybe a quarter would use the assistant.
- A wrong answer can cost a taxpayer penalties, so it's high stakes.
- Data stays in UK government hosting.

We have not tried any model so far.
""",
facts=dict(task_kind=("question_answering","help helpline advisers answer taxpayer questions"),
 corpus_size=(40,"about 6,000 pages across 40 manuals"),
 knowledge_change_days=(7,"there are changes most weeks"),
 needs_citations=(True,"Advisers must quote the manual paragraph reference"),
 needs_external_knowledge=(True,"our internal tax manuals"),
 stakes=("high","it's high stakes"),
 stage=("prototype","We have not tried any model so far"),
 domain_jargon=(True,"\"SAM12345\""))))
C.append(dict(slug="trader-chat-market-abuse-surveillance", ext="md", label="fine_tune",
reason="Huge volume, dense trading jargon, 9k labelled alerts and a prompt that floods analysts with false positives; stable behaviour gap.",
text="""
Surveillance working group – minutes

Present: Hannah (head of surveillance), Viktor (trading compliance), Ade (data science)

Hannah: Our e-comms surveillance covers Bloomberg chat, ICE chat and Teams for the gas, power and carbon desks – roughly 1.2 million messages a month. The lexicon tool raises about 4,000 alerts a month and 97% are noise.
Ade: We tried putting a model in front of it with a prompt describing market abuse typologies – spoofing, wash trades, front-running, leaking inside information on outages. It cut volume but flagged banter as abuse all the time. Traders write "let's smash the bid", "walk it up", "happy to lift you at the close" – the prompt can't tell chat from intent.
Viktor: We do have 9,000 alerts from the last three years where an analyst recorded the outcome and the reason. The typologies come from MAR and REMIT and haven't changed.
Hannah: Target is to keep recall on the true cases we've had – say 99% – while cutting alerts by half. And everything stays on-prem; these are recorded communications.
Ade: Latency doesn't matter, it's overnight batch.
""",
facts=dict(task_kind=("classification","e-comms surveillance"),
 monthly_volume=(1200000,"roughly 1.2 million messages a month"),
 labelled_examples=(9000,"9,000 alerts"),
 prompting_falls_short=(True,"flagged banter as abuse all the time"),
 domain_jargon=(True,"\"let's smash the bid\", \"walk it up\""),
 task_changes_often=(False,"haven't changed"),
 accuracy_target=(99,"say 99%"),
 constraints=(["on_prem"],"everything stays on-prem"),
 stakes=("high","market abuse"))))
C.append(dict(slug="kids-story-translation-pilot", ext="yaml", label="prompt",
reason="Small prototype translation job with human review and no data; a general model with a prompt is the start.",
text="""
ticket: LOC-88
app: Bedtime Bears (ages 3-6)
job: translate our 40 bedtime stories (each 300-500 words) into Spanish, French, German, Polish and Arabic
why: testing demand in five markets before committing to professional localisation
style_notes: keep rhymes where possible, keep character names, simple vocabulary
examples: no existing translations
timeline: prototype for the March board
who_checks: a native-speaker parent volunteer reads each story per language
""",
facts=dict(task_kind=("translation","translate our 40 bedtime stories"),
 labelled_examples=(0,"no existing translations"),
 stage=("prototype","prototype for the March board"),
 human_review=(True,"a native-speaker parent volunteer reads each story per language"))))
C.append(dict(slug="dealer-trade-in-valuation-agent", ext="md", label="prompt",
reason="Pilot tool-use agent calling existing valuation APIs; rules still moving and no data.",
text="""
Hi Raj,

Quick one for your input. We'd like an assistant on our website that handles part-exchange enquiries: the customer types their reg and mileage, the assistant calls the DVLA lookup, our valuation provider's API and our own stock-need endpoint, then explains the indicative offer in plain English and books an appraisal slot.

All the numbers come from the APIs – the model shouldn't be inventing valuations, just orchestrating the calls and explaining. Maybe 2,500 enquiries a month.

Our buying team is still changing how they adjust for stock need – three changes in the last two months – so whatever we build needs to be easy to change. Nothing tried yet; we want a pilot on one brand site first.

Cheers,
Steph
""",
facts=dict(task_kind=("tool_use","orchestrating the calls"),
 monthly_volume=(2500,"Maybe 2,500 enquiries a month"),
 task_changes_often=(True,"three changes in the last two months"),
 stage=("pilot","we want a pilot on one brand site first"))))
C.append(dict(slug="editor-peer-review-policy-questions", ext="md", label="rag",
reason="Editors' questions must be answered from the publisher's evolving editorial policies with links.",
text="""
Meeting notes – Editorial Policy team

Present: Clara (policy manager), Bongani (editor support), Yuki (product)

Clara: Handling editors email us things like "can I invite a reviewer who co-authored with the author four years ago", "what do I do when a reviewer used an AI tool", "is a third round of review allowed". We get maybe 400 of these a month across 600 editors.
Bongani: And half of them are answered in the editorial policy handbook – it's about 90 policy pages plus COPE flowcharts.
Yuki: How often does it change?
Clara: Our policy on AI in peer review changed twice this year. Generally the handbook gets an update every quarter.
Clara: Editors need to see the actual policy wording and link, not a paraphrase. If they apply a policy wrongly, that's a potential COPE case.
Yuki: Should we train something on our old email replies?
Bongani: Half of those replies quote outdated versions.
""",
facts=dict(task_kind=("question_answering","Handling editors email us things like"),
 monthly_volume=(400,"maybe 400 of these a month"),
 corpus_size=(90,"about 90 policy pages"),
 knowledge_change_days=(90,"the handbook gets an update every quarter"),
 needs_citations=(True,"actual policy wording and link"),
 needs_external_knowledge=(True,"editorial policy handbook"),
 stakes=("medium","a potential COPE case"))))
C.append(dict(slug="bank-sar-narrative-drafting", ext="md", label="fine_tune",
also=["rag+fine_tune"],
reason="Strict regulator narrative format and style over 3,000 approved SARs where prompting fails structure; on-prem.",
text="""
Financial Intelligence Unit – notes from the design session

Present: Oluwaseun (FIU manager), Beth (MLRO office), Piotr (engineering)

**Oluwaseun:** Investigators spend two to three hours writing each suspicious activity report narrative. We file about 350 a month. The narrative must follow the NCA's recommended structure – subject, reason for suspicion, glossary codes like XXS99XX, timeline of transactions, the why – in that order, in neutral evidential language.

**Beth:** And the facts all come from the case file the investigator has already built. The model doesn't need to know anything outside the case.

**Piotr:** We tried a prompt with the NCA guidance and two example narratives. It gets the facts right but the structure wanders, it editorialises ("clearly fraudulent"), and it puts glossary codes in the wrong place about half the time.

**Beth:** We have roughly 3,000 filed SARs from the last four years that the MLRO approved. The NCA structure hasn't changed since 2021.

**Oluwaseun:** Every narrative is signed off by an investigator. And obviously this runs on-prem, SAR data cannot leave the bank – tipping-off rules.
""",
facts=dict(task_kind=("generation","suspicious activity report narrative"),
 monthly_volume=(350,"We file about 350 a month"),
 strict_format=(True,"must follow the NCA's recommended structure"),
 consistent_style=(True,"neutral evidential language"),
 needs_external_knowledge=(False,"The model doesn't need to know anything outside the case"),
 prompting_falls_short=(True,"the structure wanders"),
 labelled_examples=(3000,"roughly 3,000 filed SARs"),
 task_changes_often=(False,"hasn't changed since 2021"),
 human_review=(True,"Every narrative is signed off by an investigator"),
 constraints=(["on_prem"],"this runs on-prem"),
 domain_jargon=(True,"glossary codes like XXS99XX"),
 stakes=("high","tipping-off rules"))))
C.append(dict(slug="procurement-tender-field-extraction", ext="md", label="prompt",
reason="Moderate-volume extraction prototype with no labels and a schema still being decided.",
text="""
Procurement Insight – tender extraction (corrected)

We want to pull structured fields (buyer, CPV codes, contract value, lots, deadline, evaluation weightings) out of public tender notices so our category managers can see upcoming opportunities across other departments.

First draft of this note said about 50 notices a month. That was one category; across all categories it's closer to 50 a day, so roughly 1,500 a month.

We haven't labelled anything, and the category managers are still arguing about which fields they actually want – the list changed twice this week. No model tried yet; this is a prototype for the spending review.

Errors aren't costly: the output is a dashboard, and managers read the notice itself before acting.
""",
facts=dict(task_kind=("extraction","pull structured fields"),
 monthly_volume=(1500,"roughly 1,500 a month"),
 labelled_examples=(0,"We haven't labelled anything"),
 task_changes_often=(True,"the list changed twice this week"),
 stage=("prototype","this is a prototype"),
 stakes=("low","Errors aren't costly"),
 domain_jargon=(True,"CPV codes"))))
for c in C:
    c["facts"] = {k:v for k,v in c["facts"].items() if v is not None}
emit(C)
