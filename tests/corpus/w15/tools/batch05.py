CASES = []
def add(**k): CASES.append(k)

add(slug="cyber-vuln-copilot-launch-brief", label="rag",
reason="Customer answers must come only from ~3,200 near-daily-revised private advisories, citing advisory ID.",
text="""
PRODUCT LAUNCH BRIEF: "Aegis Copilot" for customers
Lynxgate Security, Product Marketing

Positioning
The industry's first genAI-native vulnerability copilot. Aegis Copilot empowers customers' security teams to instantly understand their exposure with conversational, context-aware intelligence.

What it actually needs to do (per Product)
Answer customer questions like "which of our deployed Lynxgate appliance firmware versions are affected by this week's OpenSSH CVE, and what's the fix?" using our PSIRT advisories, firmware release notes and hardening guides. That's about 3,200 documents today, and PSIRT publishes or revises advisories most days.

Requirement from the CISO
Every answer cites the advisory ID and version, and never answers from general internet knowledge about the CVE, because our patched builds differ from upstream.

Scale
1,400 enterprise customers; we expect maybe 25,000 questions a month.

Marketing wants a "proprietary Lynxgate model" story for the launch. Engineering would like to know what's actually needed.
""",
facts={"task_kind":("question_answering","Answer customer questions"),
 "corpus_size":(3200,"about 3,200 documents today"),
 "knowledge_change_days":(1,"publishes or revises advisories most days"),
 "needs_citations":(True,"Every answer cites the advisory ID and version"),
 "needs_external_knowledge":(True,"our patched builds differ from upstream"),
 "monthly_volume":(25000,"maybe 25,000 questions a month")})

add(slug="admissions-statement-feedback-founder", label="prompt",
reason="Side business, a few hundred reviews a year, tutor edits all feedback, prompting already ~80% there; only ~40 messy examples.",
text="""
Right, solo founder here. I'm a former sixth-form teacher in Bristol and I've started a little side business giving feedback on UCAS personal statements. Demand is mad in September and October: I had 140 students last year at £35 a go, and I could have taken triple that.

What I want: a tool that gives a first round of feedback on structure, clarity, evidence of interest in the subject and over-used clichés ("ever since I was young..."), in my voice: encouraging, specific, a bit teacherly. I'd then add my own comments and send. I'd never send the AI's feedback untouched.

Data: I've got maybe 40 of my old feedback documents, but they're in different formats and some are just tracked changes.

I tried a chat model with a long set of instructions on five statements. It was decent, honestly 80% of what I'd say.

Do I need to train something bespoke, or build on that?
""",
facts={"task_kind":("generation","gives a first round of feedback"),
 "human_review":(True,"I'd never send the AI's feedback untouched"),
 "labelled_examples":(40,"maybe 40 of my old feedback documents"),
 "prompting_falls_short":(False,"honestly 80% of what I'd say"),
 "consistent_style":(True,"in my voice: encouraging, specific, a bit teacherly")})

add(slug="acct-ixbrl-taxonomy-tagging", label="fine_tune", also=["rag+fine_tune"],
reason="Narrow mapping task with idiosyncratic account names, 300k confirmed mappings, prompting wrong 30% with a 12k-token prompt.",
text="""
Tech request: Accounts production, Morland Voss (UK accountancy group)

We file about 26,000 sets of statutory accounts a year for small companies, all as iXBRL to Companies House and HMRC. The slow step is tagging: mapping each line of the client's trial balance and notes to the right FRS 102 taxonomy element (e.g. "Motor vehicles NBV" to the property, plant and equipment element for that class). Staff do this in our accounts-production software with a lot of lookups.

We tried a general model with the relevant taxonomy extract in the prompt (about 12,000 tokens). It picks a valid-but-wrong element around 30% of the time: the taxonomy is huge and client account names are idiosyncratic ("Van Ford trnst", "dirs ln acc").

We have about 300,000 line-to-tag mappings confirmed by reviewers over five years. The taxonomy is updated annually with minor changes. Output must be a valid element name from the taxonomy, nothing else. A reviewer still approves each set before filing.
""",
facts={"task_kind":("classification","mapping each line of the client's trial balance"),
 "labelled_examples":(300000,"about 300,000 line-to-tag mappings"),
 "prompt_tokens":(12000,"about 12,000 tokens"),
 "prompting_falls_short":(True,"picks a valid-but-wrong element around 30% of the time"),
 "domain_jargon":(True,"client account names are idiosyncratic"),
 "strict_format":(True,"Output must be a valid element name from the taxonomy"),
 "human_review":(True,"A reviewer still approves each set before filing"),
 "knowledge_change_days":(365,"updated annually")})

add(slug="game-player-survey-themes", label="prompt",
reason="One-off exploratory analysis of a survey, researchers check everything; nothing to build.",
text="""
One-off analysis ask: Player Research, Tidefall Studios

We ran our annual player survey in May: 12,400 responses, with three open-text questions ("What almost made you quit?", "What should we never change?", "Anything else?"). Our two researchers can't read 37,000 comments before the roadmap offsite on the 20th.

We want to explore the text: find themes, see how they differ between new players and veterans and by platform, and pull representative quotes for each theme. The researchers will check the themes and quotes before anything goes in the deck.

It's a one-time job; next year's survey might be structured quite differently. Budget: whatever the existing enterprise chat licence covers.
""",
facts={"task_kind":("research","We want to explore the text"),
 "stage":("one_off","It's a one-time job"),
 "human_review":(True,"The researchers will check the themes and quotes")})

add(slug="charity-local-support-eligibility", label="rag",
reason="Answers from ~410 council scheme documents that change roughly quarterly, links for verification, small grant.",
text="""
Advice Services, Northside Citizens' Help (charity)

Our volunteer advisers help people work out which local support they can claim: council tax reduction, household support fund, discretionary housing payments, school uniform grants, warm home discounts and similar. Each of the 35 local authorities in our region has its own scheme rules, and they change often; some councils revise household support fund criteria every funding round, which has been roughly every 3 months.

We've collected the scheme documents, about 410 PDFs and web pages, into a shared drive.

We want advisers to be able to ask "client is a single parent in Calderbrook with two kids on UC, working 16 hours: what local help can she apply for?" and get an answer listing the schemes, with links to each council's rule document, so the adviser can verify before telling the client.

We have a small grant (£8k) for this and no developers in-house.
""",
facts={"task_kind":("question_answering","get an answer listing the schemes"),
 "corpus_size":(410,"about 410 PDFs and web pages"),
 "knowledge_change_days":(90,"roughly every 3 months"),
 "needs_citations":(True,"with links to each council's rule document"),
 "needs_external_knowledge":(True,"its own scheme rules"),
 "human_review":(True,"so the adviser can verify before telling the client"),
 "budget":("limited","a small grant (£8k)")})

add(slug="food-delivery-dispatch-copilot", label="prompt",
reason="Hackday tool-calling prototype, tools and rules change weekly, no logs; controller confirms each plan.",
text="""
Ops engineering, Rapidplate: exploring an ops copilot

During dinner peaks our dispatch controllers juggle reassignments: a rider goes offline, a restaurant is running 20 minutes late, a customer changes address. They click through five internal tools to fix each one.

Idea: an agent the controller can instruct in plain words ("move order 88341 to the nearest free rider and give the customer a £3 credit"), which calls our internal APIs (order lookup, rider locations, reassign, credit) and shows the plan for the controller to confirm before executing.

Stage: a hackday prototype with four tools and a system prompt. We keep adding tools and rules every week as controllers tell us what they need. No logs or labelled examples of controller instructions yet.

There are 25 controllers across two shifts; we'd guess a few thousand instructions a month if it sticks.
""",
facts={"task_kind":("tool_use","calls our internal APIs"),
 "stage":("prototype","a hackday prototype"),
 "task_changes_often":(True,"We keep adding tools and rules every week"),
 "labelled_examples":(0,"No logs or labelled examples of controller instructions yet"),
 "human_review":(True,"shows the plan for the controller to confirm before executing")})

add(slug="cyber-shift-handover-postmortem", label="prompt",
reason="A trained model on 150 notes failed; a grounded prompt reaches 92% and is reviewed; nothing left to fix.",
text="""
# Post-mortem: incident handover summaries, Halcyon MDR

**Context.** When a SOC shift ends, analysts hand over open incidents. We wanted an automatic handover summary per incident, built from the case timeline (alerts, analyst notes, containment actions).

**Attempt 1.** We trained a custom model on 150 handover notes that one team lead had written. It learned her phrasing and her habit of writing "contained", and started writing "contained" on incidents that weren't. We caught it in review and pulled it after 3 weeks.

**Attempt 2.** A general model with a clear prompt: the handover template, a rule to state only facts present in the timeline, and a required "Unverified" section. Over a month of parallel running, analysts rated 92% of summaries accurate and usable, better than attempt 1, and nobody has asked for more.

**Today.** About 2,200 handovers a month; every summary is read by the incoming analyst; cost is trivial.

**Question for the review board.** Is there any reason to go back to training a model, or do we leave it?
""",
facts={"task_kind":("summarisation","an automatic handover summary per incident"),
 "labelled_examples":(150,"150 handover notes"),
 "prompting_falls_short":(False,"analysts rated 92% of summaries accurate and usable"),
 "monthly_volume":(2200,"About 2,200 handovers a month"),
 "human_review":(True,"every summary is read by the incoming analyst")})

add(slug="admissions-helpdesk-routing-india", label="fine_tune", ext="txt",
reason="Stable 23-desk routing with Hinglish and reservation-category jargon, prompting ~70% vs 92%, 90k resolved labels, funds available.",
text="""
To: Digital Cell, Admissions Directorate
Sub: Proposal for automatic routing of applicant emails and portal queries

Our university receives about 3 lakh applicant queries during the four-month admission season (May to August) through email and the portal helpdesk. These are to be routed to 23 desks: fee refund, hostel, NRI/foreign national quota, category certificates (SC/ST/OBC-NCL/EWS), migration certificate, entrance exam score, PwD, etc.

Currently 14 contract staff do manual routing and response time has gone to 4-5 working days, which is creating grievances on social media.

We have tried a general LLM inside the helpdesk software with the desk list and descriptions. It is confusing OBC-NCL with EWS queries, and Hinglish queries ('mera migration kab milega') are going to the wrong desk. Overall correct routing is around 70%. Target given by the Dean is 92%.

Kindly note we have historical data of about 90,000 queries from the last two seasons which were finally resolved by the correct desk, so the correct label is known. The desk list is the same since 2021. Funds are available under the digital initiative head.
""",
facts={"task_kind":("classification","to be routed to 23 desks"),
 "monthly_volume":(75000,"about 3 lakh applicant queries during the four-month admission season"),
 "labelled_examples":(90000,"about 90,000 queries"),
 "prompting_falls_short":(True,"Overall correct routing is around 70%"),
 "accuracy_target":(92,"Target given by the Dean is 92%"),
 "task_changes_often":(False,"The desk list is the same since 2021"),
 "budget":("available","Funds are available"),
 "domain_jargon":(True,"It is confusing OBC-NCL with EWS queries")})

add(slug="acct-audit-methodology-answers", label="rag",
reason="Answers must cite ISA paragraphs and firm methodology across 180 quarterly-updated documents.",
text="""
Audit Quality, Blackfriars Carr LLP

Our 600 audit staff need quick answers on ISAs (UK) and our firm's audit methodology: "what's the minimum documentation for a going-concern assessment on a listed entity?", "when must we involve an EQCR?". Answers must cite the ISA paragraph or methodology section number; our regulator inspects files and "the AI said so" won't survive an inspection.

Sources: the ISAs (UK), the FRC Ethical Standard and the firm methodology manual, around 4,000 pages across about 180 documents. The methodology team issues updates quarterly, and the FRC revises standards periodically.

We expect 8,000 questions a month during busy season. A partner asked whether we should build our own model trained on the methodology. We have budget.
""",
facts={"task_kind":("question_answering","need quick answers on ISAs (UK)"),
 "needs_citations":(True,"Answers must cite the ISA paragraph or methodology section number"),
 "corpus_size":(180,"about 180 documents"),
 "knowledge_change_days":(90,"issues updates quarterly"),
 "monthly_volume":(8000,"8,000 questions a month"),
 "budget":("available","We have budget"),
 "needs_external_knowledge":(True,"our firm's audit methodology")})

add(slug="game-esports-caster-recaps", label="fine_tune",
reason="Fixed caster persona prompting can't hold (45% vs 85%), 31k paired recaps, 2 s latency, persona unchanged.",
text="""
Broadcast team, Gauntlet League (esports)

During matches we post instant recaps to the app and socials after each round: two or three sentences in the voice of "Vox", our virtual caster persona. Vox is hype and punny, uses league in-jokes and player nicknames correctly, and is never mean about a player.

Today a writer on shift does this by hand. We run about 40 matches a week with ~24 rounds each, so it's nearly 4,000 recaps a month. The input is the structured round data from the game server (kills, objectives, economy).

We tried a general model with a 1,500-token Vox persona sheet. Recaps are factually fine but the voice wobbles: too generic, nicknames mixed up, drifting into US sportscaster cliché. Our writers rated 45% as postable; they want 85%. It also needs to post within 2 seconds of the round ending.

We have 3 seasons of writer-authored recaps paired with their round data, about 31,000 examples. The Vox persona has been unchanged since launch.
""",
facts={"task_kind":("generation","post instant recaps"),
 "consistent_style":(True,"in the voice of \"Vox\", our virtual caster persona"),
 "monthly_volume":(4000,"nearly 4,000 recaps a month"),
 "prompt_tokens":(1500,"a 1,500-token Vox persona sheet"),
 "prompting_falls_short":(True,"the voice wobbles"),
 "accuracy_target":(85,"they want 85%"),
 "latency_ms":(2000,"within 2 seconds"),
 "labelled_examples":(31000,"about 31,000 examples"),
 "task_changes_often":(False,"The Vox persona has been unchanged since launch")})
