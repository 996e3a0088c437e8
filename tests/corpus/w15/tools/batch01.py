CASES = []
def add(**k): CASES.append(k)

add(slug="acct-variance-commentary-founder", label="prompt",
reason="Low-volume drafting with no examples, prompting not really tried and already promising; tiny budget.",
text="""
Hi all. Solo founder here, ex-Big Four, now running a two-person bookkeeping practice in Leeds with about 60 small-business clients. Question for the group before I spend money I don't have.

Every month I write a short management-accounts commentary for each client: three or four paragraphs explaining why revenue, gross margin and overheads moved versus last month and versus budget. I'd like a model to draft that commentary from the variance table I already export from Xero, and I'll edit every draft before it goes out.

I haven't built anything yet. The only test so far was pasting one table into ChatGPT, which gave me something surprisingly usable. I have no past commentaries saved anywhere usable; they went out as PDFs I never kept.

Volume is roughly 60 drafts a month, maybe 90 if the new referral partner works out.

Should I be looking at fine-tuning a model on my writing, or is that overkill? Budget is basically my own evenings and maybe £50 a month.
""",
facts={"task_kind":("generation","draft that commentary"),
 "monthly_volume":(60,"roughly 60 drafts a month"),
 "labelled_examples":(0,"I have no past commentaries saved anywhere usable"),
 "human_review":(True,"I'll edit every draft before it goes out"),
 "prompting_falls_short":(False,"gave me something surprisingly usable"),
 "budget":("limited","maybe £50 a month"),
 "stage":("prototype","I haven't built anything yet")})

add(slug="game-balance-assistant-postmortem", label="rag",
reason="Failure was stale facts: fortnightly balance changes, wiki is the source of truth and answers must link pages.",
text="""
# Post-mortem: "Ask the Armoury" assistant, v1

**Owner:** Live Ops tooling, Ironveil Studios
**Status:** switched off after 19 days

## Summary
In March we trained a custom model on roughly 1,100 question-and-answer pairs written by our community team about weapon stats, drop rates and ability cooldowns in *Shardfall*. It launched in the in-game help panel.

## What went wrong
- Patch 4.2 landed nine days after launch and rebalanced 140 weapons. The assistant kept quoting the old numbers with total confidence. Players screenshotted it; the forum thread has 2,300 replies.
- Each retrain costs about a week of community-team time writing fresh Q&A pairs, and balance patches ship every fortnight, so the model is stale by design.
- When players asked "where does it say that?", the assistant had nothing to point to.

## What is true about the source data
Every patch publishes structured patch notes, and the item database is exported to our wiki with each patch. The wiki holds about 8,500 item and ability pages.

## Traffic
Before shutdown the panel received around 6,500 questions a day.

## Open question for v2
Do we retrain more often, or do we need something different? Leadership wants every answer to link the wiki page it came from.
""",
facts={"task_kind":("question_answering","question-and-answer pairs"),
 "labelled_examples":(1100,"roughly 1,100 question-and-answer pairs"),
 "corpus_size":(8500,"about 8,500 item and ability pages"),
 "knowledge_change_days":(14,"balance patches ship every fortnight"),
 "needs_citations":(True,"every answer to link the wiki page it came from"),
 "needs_external_knowledge":(True,"weapon stats, drop rates and ability cooldowns"),
 "monthly_volume":(195000,"around 6,500 questions a day")})

add(slug="charity-donor-thankyou-brief", label="prompt",
reason="Concept-stage drafting wish with a one-page tone guide and no example letters; nothing to train on yet.",
text="""
PRODUCT BRIEF: "Heartbeat" donor gratitude engine
Prepared by: Supporter Experience & Brand, Hope Harbour Trust

The opportunity
Donors who feel seen give again. Our ambition is to leverage generative AI to unlock hyper-personalised, omnichannel gratitude moments at scale, turning every gift into a relationship.

What it does
When a gift comes in, Heartbeat drafts a warm thank-you email that mentions the appeal they gave to, what their gift helps fund, and (where we know it) how long they've supported us.

Brand
It must feel unmistakably Hope Harbour: warm, plain-spoken, never saccharine. We don't have a library of example letters to hand over; the tone guide is a single page and the rest lives in our heads.

Scale
We process roughly 3,000 gifts a month, with a December spike to about 11,000.

Where we are
Concept. Nobody has tried it yet. Supporter Care will eyeball the first few hundred before we let it send automatically.

Ask
Tech team, tell us whether we need to build our own bespoke AI brain trained on our voice, or whether something lighter will do.
""",
facts={"task_kind":("generation","drafts a warm thank-you email"),
 "monthly_volume":(3000,"roughly 3,000 gifts a month"),
 "labelled_examples":(0,"We don't have a library of example letters"),
 "consistent_style":(True,"It must feel unmistakably Hope Harbour"),
 "stage":("prototype","Concept. Nobody has tried it yet.")})

add(slug="food-delivery-complaint-routing", label="fine_tune",
reason="Stable 17-queue classification, 41k labelled, 1.2M/month, prompting plateaued at ~81% vs 93% target, budget approved.",
text="""
Team: Customer Operations Analytics, Munchly (UK & Ireland)

We route every inbound complaint to one of 17 queues (missing item, cold food, rider conduct, allergen incident, refund abuse and so on). Today a rules engine plus a general-purpose LLM prompt does the first pass, and agents re-route anything that lands in the wrong place.

Numbers:
- about 1.2 million complaints a month across app chat and email
- 41,000 complaints re-labelled by QA reviewers in the last six months, with the final queue recorded
- the current prompt (queue definitions plus 30 examples) is about 4,200 tokens
- accuracy on our QA sample is 81%; ops need 93% before they'll remove the manual re-route step

The queue list hasn't changed since 2022 and isn't expected to. We've spent two sprints tweaking the prompt and it's stuck at 80-82%. Finance has approved spend for a proper model project this quarter.

Is training our own classifier model the right next step, and what would it need?
""",
facts={"task_kind":("classification","route every inbound complaint to one of 17 queues"),
 "monthly_volume":(1200000,"about 1.2 million complaints a month"),
 "labelled_examples":(41000,"41,000 complaints re-labelled by QA reviewers"),
 "prompt_tokens":(4200,"about 4,200 tokens"),
 "accuracy_target":(93,"ops need 93%"),
 "prompting_falls_short":(True,"it's stuck at 80-82%"),
 "task_changes_often":(False,"The queue list hasn't changed since 2022"),
 "budget":("available","Finance has approved spend"),
 "stage":("production","Today a rules engine plus a general-purpose LLM prompt does the first pass")})

add(slug="cyber-support-advisory-assistant", label="rag",
reason="Answers depend on 14k private, daily-changing advisories/KB with links required and high stakes.",
text="""
Sentinel Loom: customer-support answer assistant

We sell endpoint detection software to about 900 mid-sized companies. Our support engineers field questions like "is build 7.14 affected by the OpenSSL issue?", "which agent versions support RHEL 9.4?" and "what's the workaround for the driver conflict with Citrix?".

The answers live in our own material: around 14,000 knowledge-base articles, security advisories and release notes, plus compatibility matrices. New advisories and KB edits go out daily, sometimes several times a day during an incident.

What we need: an assistant that drafts an answer for the support engineer, with links to the exact advisory or article each claim comes from. Customers make patching decisions on these answers, so a wrong "not affected" is very bad for us.

Volume: about 5,000 tickets a month. We've tried pasting a few articles into a chat model by hand; answers were good when we gave it the right article and useless when we didn't.
""",
facts={"task_kind":("question_answering","drafts an answer for the support engineer"),
 "corpus_size":(14000,"around 14,000 knowledge-base articles"),
 "knowledge_change_days":(1,"go out daily"),
 "needs_citations":(True,"with links to the exact advisory or article each claim comes from"),
 "needs_external_knowledge":(True,"The answers live in our own material"),
 "stakes":("high","a wrong \"not affected\" is very bad for us"),
 "monthly_volume":(5000,"about 5,000 tickets a month"),
 "human_review":(True,"drafts an answer for the support engineer")})

add(slug="admissions-marksheet-extraction-pune", label="fine_tune", ext="txt",
reason="Stable extraction into fixed JSON with board-specific notation; prompting fails 1 in 6; 6,500 verified examples.",
text="""
Dear Team,

We are the admissions office of a private university in Pune. Every year we receive approximately 38,000 applications for UG programmes, and each comes with Class 10 and Class 12 mark sheets from CBSE, ICSE and around 25 state boards, besides IB and Cambridge.

Presently our data entry team keys subject-wise marks into the ERP. We want an AI to read the uploaded mark sheet and return a fixed JSON (board, year, roll number, subjects, marks, max marks, grade/CGPA, result) which goes directly into the ERP import.

We have tried a general model with a detailed prompt. It does fine on CBSE but gets confused with state-board notations like 'AB', 'Comp.', grace marks shown with asterisks, CGPA-to-percentage rules and compartment results, and about 1 in 6 sheets needs correction, which is not acceptable to the Registrar.

We have 6,500 mark sheets already keyed and double-checked by our team from the last two cycles which can be used. The board formats are stable year to year.

Kindly advise whether customised training of a model is the correct path.

Regards,
Deputy Registrar (Admissions)
""",
facts={"task_kind":("extraction","read the uploaded mark sheet and return a fixed JSON"),
 "labelled_examples":(6500,"6,500 mark sheets already keyed and double-checked"),
 "strict_format":(True,"return a fixed JSON"),
 "domain_jargon":(True,"state-board notations"),
 "prompting_falls_short":(True,"about 1 in 6 sheets needs correction"),
 "task_changes_often":(False,"The board formats are stable year to year")})

add(slug="acct-tax-technical-desk", label="rag",
reason="Private house views plus changing HMRC guidance across 2,300 docs; every answer must quote its paragraph.",
text="""
Internal request: Tax Technical team, Harlow & Pike LLP

Our 140 tax staff send the technical desk around 1,800 queries a month: "can this client claim full expensing on a leased asset?", "what's our house view on the salaried-member rules?". The desk is three people and is drowning.

We'd like an assistant that answers from (a) HMRC manuals and guidance we've mirrored and (b) our own technical notes and house views, around 2,300 documents in total. Every answer must quote the paragraph it relies on so the reviewer can check it; partners won't sign anything off without that.

The content moves. HMRC updates its manuals every few weeks, the Budget and Autumn Statement rewrite chunks of it, and our house views are revised after each.

Someone on the partner board asked whether we should "train the AI on our tax library". We'd like an honest view.
""",
facts={"task_kind":("question_answering","an assistant that answers from"),
 "monthly_volume":(1800,"around 1,800 queries a month"),
 "corpus_size":(2300,"around 2,300 documents in total"),
 "needs_citations":(True,"Every answer must quote the paragraph it relies on"),
 "needs_external_knowledge":(True,"our own technical notes and house views")})

add(slug="game-companion-barks-voice", label="fine_tune",
reason="Persona voice prompting can't hold (34% vs 80%), 12k approved lines, 300 ms budget, no per-line review.",
text="""
Narrative tech request: "Old Maud" companion barks, *Hollowmere*

Old Maud is the sardonic hedge-witch who comments on almost everything the player does. Players love her; reviews single her out. For the expansion we want systemic barks: short reactive lines generated at runtime for situations writers can't enumerate (the player sets a barn on fire while wearing a bucket).

What we have: about 12,000 approved Maud lines from the base game and DLC, each tagged with its triggering situation, written by two writers over three years.

What we tried: a 2,000-token character sheet plus 20 sample lines. Playtesters said the output "sounds like a generic fantasy granny" within a few lines, and it loses her dialect spellings. Writers rated 34% of lines as shippable; they want 80%.

Constraints: lines must be under 18 words, generation has to come back in under 300 ms on our own servers, and writers will not review runtime lines individually. Her personality isn't changing for the expansion.
""",
facts={"task_kind":("generation","short reactive lines generated at runtime"),
 "labelled_examples":(12000,"about 12,000 approved Maud lines"),
 "consistent_style":(True,"it loses her dialect spellings"),
 "prompt_tokens":(2000,"a 2,000-token character sheet"),
 "prompting_falls_short":(True,"Writers rated 34% of lines as shippable"),
 "accuracy_target":(80,"they want 80%"),
 "latency_ms":(300,"under 300 ms"),
 "human_review":(False,"writers will not review runtime lines individually"),
 "task_changes_often":(False,"Her personality isn't changing for the expansion")})

add(slug="charity-grant-reports-digest", label="prompt",
reason="One-off summary of 45 reports for one board meeting, reviewed by staff; no reason to build anything.",
text="""
Quick one from the Trustees' office at the Fenwick Community Foundation.

Before the April board we need a two-page digest of the 45 end-of-grant reports that came in this year: what worked, what didn't, any safeguarding flags. The reports range from a 3-page form to a 40-page evaluation.

This is a one-time exercise for this board; next year we're changing the reporting form anyway. The grants team will read the digest before it goes to trustees. We already have a Microsoft 365 Copilot licence.

Is there anything cleverer we should do than just feed the reports in one by one?
""",
facts={"task_kind":("summarisation","a two-page digest"),
 "stage":("one_off","This is a one-time exercise"),
 "human_review":(True,"The grants team will read the digest before it goes to trustees"),
 "corpus_size":(45,"45 end-of-grant reports")})

add(slug="food-delivery-menu-onboarding", label="prompt",
reason="Modest extraction volume, never tried a model, every menu human-checked; start with a prompt.",
text="""
Munch Mile: Q3 partner ops update (and one AI question)

Context. We're now live in 9 cities with 18,400 restaurant partners, up 22% on Q2. Average basket is £23.60, GMV crossed £41m for the quarter, and the partner-success team grew from 12 to 19 people. Churn among restaurants that signed up in the last 90 days is 7.5%, and the top reason given is "onboarding took too long".

The slowest onboarding step is menus. Restaurants send menus as PDFs, photos, spreadsheets, even WhatsApp screenshots, and partner success retypes them into our menu schema (item name, description, price, modifiers, allergen flags). We think an LLM could do the first pass.

The AI bit is small: roughly 25,000 menu items a month go through onboarding. We haven't tried any model on it yet. Partner success would still check every menu before it goes live.
""",
facts={"task_kind":("extraction","retypes them into our menu schema"),
 "monthly_volume":(25000,"roughly 25,000 menu items a month"),
 "strict_format":(True,"our menu schema (item name, description, price, modifiers, allergen flags)"),
 "human_review":(True,"Partner success would still check every menu before it goes live")})
