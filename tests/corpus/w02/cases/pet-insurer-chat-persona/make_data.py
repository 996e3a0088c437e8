"""Generate qa_approved_chats.jsonl: QA-approved web chats in the house persona (standard library only)."""
import json, random
random.seed(43)
pets = [("Bramble", "dog"), ("Miso", "cat"), ("Pickle", "dog"), ("Juniper", "cat"), ("Otis", "dog"), ("Nutmeg", "rabbit"),
        ("Tofu", "cat"), ("Ziggy", "dog"), ("Clover", "rabbit"), ("Moose", "dog")]
asks = [("How do I make a claim for {p}'s vet bill?",
         "Sorry to hear {p} has been in the wars. You can claim in the app under 'Claims', then 'New claim'. Pop in the vet's invoice and we'll take it from there. Most claims are looked at within 5 working days. Anything else I can fetch for you?"),
        ("Does my policy cover {p}'s dental work?",
         "Good question. Dental cover depends on your level of cover, so I'd rather check than guess. Could you share your policy number? I'll have a look, and if it needs a claims expert I'll pass you over to the team straight away."),
        ("I need to change my bank details.",
         "No problem at all. For security I'll send you a link to update them in your account. It takes about two minutes, which is less time than it takes {p} to find the sunniest spot in the house."),
        ("Why has my premium gone up?",
         "I understand, nobody likes a bigger bill. Premiums usually change at renewal because of {p}'s age and vet costs where you live. I can ask our renewals team to talk you through your price. Would a call tomorrow suit?"),
        ("Will you pay for {p}'s operation?",
         "I can hear you're worried about {p}, and I'm sorry. I can't promise what a claim will pay, but I can get your vet's estimate to our claims team today so you know where you stand quickly. Shall I start that for you?")]
with open("qa_approved_chats.jsonl", "w") as f:
    for i in range(1800):
        p, kind = random.choice(pets)
        q, a = random.choice(asks)
        rec = {"messages": [
            {"role": "system", "content": "You are the PawSure chat assistant."},
            {"role": "user", "content": q.format(p=p)},
            {"role": "assistant", "content": a.format(p=p)}]}
        f.write(json.dumps(rec) + "\n")
print("wrote 1800 chats")
