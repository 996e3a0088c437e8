"""Generate claims_replies.jsonl: approved handler replies as chat records (standard library only)."""
import json, random

random.seed(1818)
N = 3200
SYSTEM = "You draft replies to policyholders asking about claim status. Format: greeting, status line, next step, named handler."
FIRST = ["Amara", "Tom", "Priya", "Gareth", "Lena", "Kofi", "Sian", "Marek", "Chloe", "Dev"]
HANDLERS = ["Ruth Allen", "Imran Shah", "Beth Carter", "Owen Price", "Nadia Kovac", "Leo Grant"]
LINES = ["home contents", "buildings", "motor", "travel", "pet"]
STATUS = {
    "awaiting_documents": ("We are waiting for {doc} before we can move your claim forward.", "Please upload {doc} through your online account within 14 days."),
    "with_assessor": ("Your claim is with our assessor, who is reviewing the {line} damage report.", "The assessor will contact you by {day} to arrange a visit if one is needed."),
    "approved": ("Good news: your claim has been approved for £{amt}.", "Payment will reach your nominated account within 3 working days."),
    "part_approved": ("We have approved £{amt} of your claim; part of it falls outside your cover.", "Your settlement letter explains the excluded items, and you can ask for a review within 28 days."),
    "declined": ("We are sorry, but we cannot accept this claim under your {line} policy.", "Your decision letter sets out why, and how to complain if you disagree."),
    "repair_booked": ("Your repair has been booked with our approved supplier.", "The supplier will call you before {day} to confirm a time."),
}
DOCS = ["a copy of the police report", "your repair estimate", "receipts for the damaged items", "photos of the damage", "the medical certificate"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ASKS = ["Any update on my claim {ref}?", "Hi, it's been two weeks, what's happening with {ref}?", "Can you tell me where my {line} claim {ref} is up to?", "Still no news on {ref}. Who is dealing with it?"]

with open("claims_replies.jsonl", "w") as f:
    for i in range(N):
        st = random.choice(list(STATUS))
        name, handler, line = random.choice(FIRST), random.choice(HANDLERS), random.choice(LINES)
        ref = f"CLM-{random.randint(100000, 999999)}"
        kw = dict(doc=random.choice(DOCS), line=line, day=random.choice(DAYS), amt=f"{random.randint(80, 9500):,}")
        user = f"[claim_status={st}; line={line}; handler={handler}]\n" + random.choice(ASKS).format(ref=ref, line=line)
        status_line, next_step = STATUS[st]
        reply = f"Dear {name},\n\n{status_line.format(**kw)}\n\nNext step: {next_step.format(**kw)}\n\nKind regards,\n{handler}, Claims Team"
        rec = {"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}, {"role": "assistant", "content": reply}],
               "meta": {"approved_by": random.choice(["supervisor_ks", "supervisor_jm", "supervisor_ab"]), "ref": ref}}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
