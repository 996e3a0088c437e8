from lib import add
C = []

C.append(dict(slug='telecom-ticket-routing-export', folder=True, label='fine_tune', also=[],
reason='Stable 8-group routing at ~45k tickets/month where prompting plateaued at 78% vs 92%; the export holds 2,000 dispatcher-checked examples.',
text="""
CARE-1932 · Route inbound care tickets to resolver groups automatically
Type: Story · Component: Care Platform · Reporter: m.alvarez · Attachment: `tickets_export.csv`

**Today**
About 1,500 tickets a day arrive by email and web form. A dispatcher team of 5 reads each one and routes it to one of our resolver groups (billing, fixed line, mobile, porting, etc.). Misroutes bounce between groups and add on average 1.6 days to resolution.

**Tried**
Prompt with the resolver-group definitions and 12 examples on a hosted model, tested on last month's tickets: 78% correct. Most confusions are between groups that look similar from the customer's words (a "wrong bill" can be a billing dispute or a mis-provisioned add-on on the mobile side). Rewording the definitions over two weeks did not move it past 79%.

**Target**
92% correct routing; anything below goes back to a dispatcher as today. Resolver groups were fixed in the 2023 reorg and are not planned to change.

**Data**
We pulled the dispatcher history for the last months into the attached export. I'm honestly not sure whether that's enough to train anything or whether we should just keep working on the prompt. Please advise.
""",
facts={
 'task_kind': ('classification', 'routes it to one of our resolver groups'),
 'monthly_volume': (45000, 'About 1,500 tickets a day'),
 'prompting_falls_short': (True, 'did not move it past 79%'),
 'accuracy_target': (92, '92% correct routing'),
 'task_changes_often': (False, 'Resolver groups were fixed in the 2023 reorg'),
 'labelled_examples': (2000, 'data:tickets_export.csv'),
 'stage': ('prototype', "tested on last month's tickets"),
}))

C.append(dict(slug='resort-concierge-persona-chats', folder=True, label='fine_tune', also=[],
reason='The gap is a persona the prompt cannot hold at 45k messages/month; facts come from a short per-resort sheet, and the attached file holds 640 curated conversations.',
text="""
Hola a todos,

I lead guest experience for a group of 9 family resorts in the Canary Islands. Since last year guests can write to our WhatsApp concierge, "Tía Carmen": warm, a bit funny, uses the guest's first name, short messages, always offers one local tip, never uses corporate phrases like "we regret". Guests love the idea, our marketing is built around her.

The facts are not the problem. Each resort has a fact sheet of about one page (pool hours, kids' club, restaurant times, taxi numbers) that is put in the prompt, and it changes only at the start of each season. For anything about bookings the bot hands over to the front desk.

The problem is Carmen herself. With the persona described in the prompt, after three or four messages she becomes a generic hotel chatbot again: long paragraphs, "Dear guest", no tip. We rewrote the persona part of the prompt many times. Guest satisfaction on the bot is 3.4/5, the target from management is 4.5.

We have around 45,000 guest messages per month in high season. Our team has been collecting conversations they consider "perfect Carmen", some written by our best front-desk staff and some corrected bot chats; the file is attached. Is this useful for something, or should we keep trying with the prompt?
""",
facts={
 'task_kind': ('generation', 'guests can write to our WhatsApp concierge'),
 'consistent_style': (True, 'warm, a bit funny, uses the guest\'s first name'),
 'prompting_falls_short': (True, 'she becomes a generic hotel chatbot again'),
 'monthly_volume': (45000, 'around 45,000 guest messages per month'),
 'needs_external_knowledge': (True, 'Each resort has a fact sheet of about one page'),
 'labelled_examples': (640, 'data:curated_chats.jsonl'),
 'stage': ('production', 'Since last year guests can write to our WhatsApp concierge'),
}))

C.append(dict(slug='claims-handling-guidelines-sample', folder=True, label='rag', also=[],
reason='Team asks to fine-tune on 85 handling guidelines, but the attached documents are revised roughly monthly and handlers must quote sections.',
text="""
Subject: Can we fine-tune a model on our claims handling guidelines?

Hi ML team,

Claims Operations would like a model that knows our claims handling guidelines, so handlers can ask things like "what's the excess on an escape-of-water claim for a let property?" or "when do I need to appoint a loss adjuster?" and get the answer straight away instead of searching SharePoint.

We have 85 guideline documents in total; I've attached four of them as a sample so you can see what they look like. About 600 handlers would use it, we think a few thousand questions a month.

Two things that matter: when a handler relies on a guideline they have to quote the section number in their file note, because internal audit checks it; and the answer must reflect the guideline in force on the day. A wrong excess or authority limit means either a complaint or paying out more than we should.

Our thinking was to fine-tune on the 85 documents so the model "knows" them. Is that the right approach?
""",
facts={
 'task_kind': ('question_answering', 'so handlers can ask things like'),
 'corpus_size': (85, '85 guideline documents in total'),
 'needs_citations': (True, 'they have to quote the section number in their file note'),
 'needs_external_knowledge': (True, 'a model that knows our claims handling guidelines'),
 'knowledge_change_days': (30, 'data:escape_of_water_guideline.md'),
 'stakes': ('medium', 'either a complaint or paying out more than we should'),
}))

add(C)
