import sys; sys.path.insert(0, "/work/blind/w13/tools")
from common import emit
C = []
C.append(dict(slug="bank-sanctions-alert-disposition", ext="md", label="fine_tune",
also=[], reason="Stable narrow classification with ~40k analyst-dispositioned alerts; prompting plateaued well below target at high volume.",
text="""
Subject: Sanctions screening alerts – looking for an outside view

Hi Priya,

Thanks for the call last week. As promised, a written version of where we are.

Our screening engine fires roughly 3,000 alerts a day against the consolidated sanctions lists. Level-1 analysts clear the vast majority as false positives (name collisions, wrong date of birth, different nationality) and escalate the rest. We'd like a model to pre-disposition each alert as "false positive – close", "escalate" or "needs more info", with a one-line rationale, so analysts start from a suggestion rather than a blank screen.

What we have: every alert since 2021 with the analyst's final disposition and free-text note, about 40,000 of them after de-duplication. The disposition categories haven't changed in three years and compliance doesn't expect them to.

What we tried: a long prompt with our screening procedure pasted in and a dozen worked examples. On a held-out sample of 1,000 alerts it agreed with analysts 78% of the time. Our head of financial crime says anything below 95% agreement on the "close" bucket isn't worth deploying, because a wrongly closed true match is a regulatory breach.

Every suggestion will still be reviewed by an analyst before it is actioned. Data can't leave our EU tenancy.

Should we keep iterating on the prompt, or is there a better route?

Best,
Marek Nowak
Financial Crime Operations
""",
facts=dict(task_kind=("classification","pre-disposition each alert"),
 monthly_volume=(90000,"roughly 3,000 alerts a day"),
 labelled_examples=(40000,"about 40,000 of them"),
 stakes=("high","a wrongly closed true match is a regulatory breach"),
 prompting_falls_short=(True,"agreed with analysts 78% of the time"),
 accuracy_target=(95,"anything below 95% agreement"),
 task_changes_often=(False,"haven't changed in three years"),
 human_review=(True,"Every suggestion will still be reviewed by an analyst"),
 constraints=(["eu_residency"],"Data can't leave our EU tenancy"),
 domain_jargon=(True,"consolidated sanctions lists"),
 stage=("prototype","What we tried"))))
C.append(dict(slug="council-bin-day-questions", ext="txt", label="rag",
reason="Answers depend on local collection schedules that change weekly; general model cannot know them.",
text="""
Residents keep asking the web chat "when is my bin day / is my collection moved this week". Answers have to come from our round schedules and the weekly disruption bulletin (about 300 pages of service info, bulletin reissued every Monday), and should link the page they came from.
""",
facts=dict(task_kind=("question_answering","Residents keep asking"),
 corpus_size=(300,"about 300 pages of service info"),
 knowledge_change_days=(7,"bulletin reissued every Monday"),
 needs_citations=(True,"should link the page they came from"),
 needs_external_knowledge=(True,"Answers have to come from our round schedules"))))
C.append(dict(slug="power-desk-overnight-news-summary", ext="txt", label="prompt",
reason="Low-volume summarisation of supplied news for a prototype; general task, nothing forcing more.",
text="""
[voice note, transcribed]

Okay so, um, this is Dan from the power desk. Quick one. Every morning, like, around six, I'm reading through the overnight stuff – Reuters wires, the ENTSO-E transparency messages, a couple of broker emails – and I write a sort of, uh, five-bullet thing for the desk before the open. It's maybe twenty items I go through, one summary a day, so, honestly not a lot of volume. I'd just like something where I paste it all in and it gives me the bullets. Nothing's been tried yet, I literally haven't touched it, I just know the guys in gas do something like this. It doesn't need to be perfect, it's just for us, we'll read it anyway before anyone trades on it. Uh, yeah. It should keep the gas-desk jargon – "spark spreads", "clean dark", that kind of thing – but I think any model knows that. That's it. Thanks.
""",
facts=dict(task_kind=("summarisation","gives me the bullets"),
 monthly_volume=(30,"one summary a day"),
 prompting_falls_short=None,
 stakes=("low","It doesn't need to be perfect, it's just for us"),
 human_review=(True,"we'll read it anyway before anyone trades on it"),
 domain_jargon=(True,"\"spark spreads\", \"clean dark\""))))
C.append(dict(slug="kids-reading-app-story-owl", ext="yaml", label="prompt",
reason="Early prototype with a persona wish but no examples; prompting not yet tried.",
text="""
project: owl-tales
owner_team: Early Readers squad
what_it_makes: short decodable stories (80-150 words) for ages 5-7, narrated by "Ollie the Owl"
persona_wish: Ollie should always sound warm, a bit silly, never sarcastic
reading_level_rule: only words from the phonics phase the child has reached (list supplied per request)
examples_we_have: none yet – the writers' room hasn't produced any approved Ollie stories
current_state: whiteboard sketches, no model calls made so far
expected_traffic: unknown; the app has 12k weekly active families but stories would be generated ahead of time, not per child
review: a literacy specialist reads every story before it ships
open_question: do we need to train our own model to get Ollie's voice right?
""",
facts=dict(task_kind=("generation","short decodable stories"),
 labelled_examples=(0,"examples_we_have: none yet"),
 stage=("prototype","no model calls made so far"),
 consistent_style=(True,"Ollie should always sound warm"),
 human_review=(True,"a literacy specialist reads every story before it ships"))))
C.append(dict(slug="dealer-service-booking-agent", ext="md", label="prompt",
reason="Pilot tool-use agent over existing APIs; no data and instructions still evolving.",
text="""
# Meeting notes – Service booking assistant, Thursday

Attendees: Gemma (aftersales manager), Tariq (IT), Lou (service advisor, Leeds site)

**Gemma:** Customers message on WhatsApp wanting an MOT or a service. Today Lou's team reads the message, checks the workshop diary in the DMS, checks courtesy car availability, and books it. I want an assistant that does that end to end and just tells Lou what it booked.

**Tariq:** The DMS has a booking API and a courtesy-car endpoint. So the model would be calling those, not writing free text really.

**Lou:** It's about 600 bookings a month across the three sites. Most are simple. The tricky ones are recalls and warranty work, where we want it to hand over to a human.

**Gemma:** Rules keep changing though – we changed the courtesy car policy twice this quarter and we're about to add Saturday slots.

**Tariq:** We've got nothing labelled. I could pull WhatsApp threads but they're not tidy.

**Gemma:** Can we have something in the pilot site by next month?

Actions: Tariq to write tool definitions for the two endpoints; Lou to list the hand-over rules.
""",
facts=dict(task_kind=("tool_use","the model would be calling those"),
 monthly_volume=(600,"about 600 bookings a month"),
 labelled_examples=(0,"We've got nothing labelled"),
 task_changes_often=(True,"Rules keep changing though"),
 stage=("pilot","in the pilot site by next month"))))
C.append(dict(slug="journal-reference-house-style", ext="md", label="fine_tune",
reason="Strict-format transformation with 25k before/after pairs; prompting plateaued on edge cases at steady volume.",
text="""
Hello,

I manage production for a mid-sized physics and materials publisher. Every accepted manuscript's reference list has to be converted into our house style (a variant of AIP with our own rules for preprints, datasets and conference proceedings) and tagged into the reference XML our typesetter consumes. The output must validate against that schema – an invalid element stops the typesetting pipeline.

We process about 12,000 manuscripts a year, averaging around 45 references each, so in practice roughly 45,000 individual references a month.

Our copyediting vendor has given us their before/after pairs from the last three years: about 25,000 manuscripts' worth of raw and corrected reference lists. The house style has been frozen since 2020.

We tried a 6,000-token prompt containing the style guide plus examples. It does the common cases well, but on the awkward ones (arXiv versions, group authors, non-Latin names, datasets with DOIs) it drifts, and overall only 88% of references come out exactly right. We need 99% before we can stop the manual check.

Is there a better approach than adding more rules to the prompt?

Regards,
Helen Achterberg
""",
facts=dict(task_kind=("transformation","converted into our house style"),
 monthly_volume=(45000,"roughly 45,000 individual references a month"),
 labelled_examples=(25000,"about 25,000 manuscripts' worth"),
 strict_format=(True,"The output must validate against that schema"),
 task_changes_often=(False,"The house style has been frozen since 2020"),
 prompt_tokens=(6000,"a 6,000-token prompt"),
 prompting_falls_short=(True,"only 88% of references come out exactly right"),
 accuracy_target=(99,"We need 99%"),
 stage=("production","We process about 12,000 manuscripts a year"))))
C.append(dict(slug="bank-compliance-policy-helpdesk", ext="md", label="rag",
reason="Staff questions over ~1,800 changing internal policies with mandatory citation.",
text="""
Compliance policy helpdesk – problem statement (v2)

The compliance advisory team answers around 1,200 questions a month from front-office staff: "can I accept this gift", "which approval do I need for a new offshore client", "what's the holding period for personal trades". Answers must quote the clause of the policy they rely on, with the document ID, because auditors sample them.

The policy library holds about 1,800 documents (group policies, local procedures, desk-level guidance). Staff ask us whether a model could answer first-line questions.

In v1 of this note we said the library changes about once a year at the annual policy review. That was wrong: after checking the document management system, around 40 documents are revised every month, so in practice it changes monthly, and staff need the current version the day it's published.

Some policies are restricted to particular business lines, so staff must only see answers based on documents they're entitled to read.

Nobody has tried anything yet.
""",
facts=dict(task_kind=("question_answering","answers around 1,200 questions a month"),
 monthly_volume=(1200,"around 1,200 questions a month"),
 corpus_size=(1800,"about 1,800 documents"),
 knowledge_change_days=(30,"in practice it changes monthly"),
 needs_citations=(True,"Answers must quote the clause of the policy"),
 needs_external_knowledge=(True,"The policy library"),
 stakes=("high","because auditors sample them"))))
C.append(dict(slug="ministry-notices-welsh-translation", ext="md", label="fine_tune",
also=["rag+fine_tune"],
reason="Stable translation task with a large approved translation memory; prompting fails mandated terminology and register.",
text="""
From: Translation Unit, Department for Housing & Communities
To: external AI adviser
Re: Welsh-language public notices

We publish bilingual public notices, consultations and guidance leaflets – about 400 documents a month, roughly 2,500 segments each once split into sentences. Welsh versions are legally required to be of equal standing.

We own a translation memory of around 180,000 approved English–Welsh segment pairs built up over eight years by our in-house translators, plus the government's mandated terminology list. The style (formal register, specific terms for legal and housing concepts) hasn't changed materially in years.

We trialled a general model with a prompt containing the terminology rules. Reviewers rejected 30% of segments, mostly for wrong mandated terms and a register that drifts into colloquial Welsh. Translators say fixing them takes longer than translating from scratch.

A translator will still sign off every document. We're not sure whether the answer is a better prompt, a custom model, or something else entirely.
""",
facts=dict(task_kind=("translation","Welsh-language public notices"),
 labelled_examples=(180000,"around 180,000 approved English–Welsh segment pairs"),
 task_changes_often=(False,"hasn't changed materially in years"),
 prompting_falls_short=(True,"Reviewers rejected 30% of segments"),
 consistent_style=(True,"formal register"),
 human_review=(True,"A translator will still sign off every document"),
 domain_jargon=(True,"specific terms for legal and housing concepts"),
 stage=("pilot","We trialled a general model"),
 stakes=("high","legally required to be of equal standing"))))
C.append(dict(slug="gas-desk-remit-mandate-questions", ext="md", label="rag",
reason="Answers must cite internal trading mandates and regulatory texts that change; knowledge gap, not behaviour.",
text="""
Notes from the compliance/trading sync

Present: Ines (trading compliance), Rob (head of gas trading), Kofi (data)

Ines: Traders ping us constantly – "is this order allowed under my mandate", "does this count as inside information under REMIT", "what's the position limit on the TTF curve for my book". Maybe 250 questions a month.
Rob: And they want the answer in seconds, not the next morning.
Ines: The answers come from three places: REMIT and ACER guidance, our internal trading mandates (one per book, 70-odd books), and the compliance manual. The mandates get re-signed whenever limits change, which is basically every couple of weeks for some books.
Kofi: So the model would need the current version of the mandate, not whatever it saw in training.
Ines: And it has to say which document and section it's relying on, or I can't stand behind it.
Rob: Could we just fine-tune something on all our mandates?
Ines: Not sure. That's why we're asking.
""",
facts=dict(task_kind=("question_answering","is this order allowed under my mandate"),
 monthly_volume=(250,"Maybe 250 questions a month"),
 knowledge_change_days=(14,"basically every couple of weeks"),
 needs_citations=(True,"it has to say which document and section"),
 needs_external_knowledge=(True,"our internal trading mandates"),
 domain_jargon=(True,"TTF curve"))))
C.append(dict(slug="kids-app-parent-support-replies", ext="txt", label="prompt",
reason="Low-volume email drafting with human review and no data.",
text="""
Support inbox for our spelling app gets ~40 parent emails a week (billing, "my child's progress vanished", etc.). Want drafts for the one support person to edit and send; no saved examples, nothing tried.
""",
facts=dict(task_kind=("generation","Want drafts"),
 monthly_volume=(170,"~40 parent emails a week"),
 labelled_examples=(0,"no saved examples"),
 human_review=(True,"for the one support person to edit and send"))))
for c in C:
    c["facts"] = {k:v for k,v in c["facts"].items() if v is not None}
emit(C)
