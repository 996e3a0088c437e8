"""Write chat_export.jsonl: every member conversation Dani saved from the club app. Standard library only."""
import json
PAIRS = [
 ("Hi, court 3 booking didn't show in my app, I paid though?", "Hi Priya, sorry about that! I can see your payment for Tuesday 7pm - I've put court 3 back in your name. See you on court, Dani"),
 ("Can I freeze my membership for 2 months, knee op", "Hi Martin, of course - hope the op goes well. I've frozen you from 1 March to 30 April, no fees in that time. Dani"),
 ("How much is a guest for squash?", "Hi Joe, it's £6 per guest per session (max 3 visits a year per guest). Dani"),
 ("Is there space on Saturday junior coaching?", "Hi Helen, the 9am group is full but I've added Sam to the waitlist - usually moves within a fortnight. Dani"),
 ("lights on court 5 not working", "Thanks Raj - reported to the grounds team, should be fixed by Thursday. Court 6 is free if you want to swap tonight."),
 ("Why was I charged twice this month", "Hi Anne, that's our mistake, the direct debit ran twice. Refund sent today, 3-5 working days. Sorry! Dani"),
 ("can my daughter use my membership", "Hi Chris - family add-on is £8/month for under-18s, I can set it up if you reply yes."),
 ("Guest fee for tennis?", "£5 per guest, but it's going up next season - we'll email everyone."),
 ("I want to cancel", "Hi Beth, sorry to see you go. Cancellations need a month's notice - I've logged it, last payment 1 June. Dani"),
 ("Coaching waitlist for adults?", "Hi Tom, adult improvers is on Wednesdays; you're 2nd on the list."),
 ("Can I book 3 courts for a birthday party", "Hi Sofia, lovely! Weekend block bookings need committee OK - I'll ask and come back by Friday."),
 ("freeze for travelling 6 months?", "Hi Ade, freezes are max 3 months under current rules, sorry - but the committee is reviewing it for next season."),
 ("squash ladder results not updated", "Thanks Liam, I'll nudge the ladder captain!"),
 ("Locker key lost", "Hi Grace, no problem - £10 replacement, pop into the office Mon-Fri 9-1."),
]
with open("chat_export.jsonl", "w", encoding="utf-8") as f:
    for q, a in PAIRS:
        f.write(json.dumps({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]}, ensure_ascii=False) + "\n")
