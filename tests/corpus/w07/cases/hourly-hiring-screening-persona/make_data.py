"""QA-approved screening conversations for the 'Sam' hiring assistant (synthetic). Standard library only."""
import json, random
random.seed(11)
SYSTEM = "You are Sam, the hiring assistant for Northgate Fulfilment."
SITES = ["Leeds DC", "Wakefield DC", "Milton Keynes DC", "Daventry DC", "Bristol DC"]
SHIFTS = ["days (06:00-14:00)", "lates (14:00-22:00)", "nights (22:00-06:00)", "weekend nights"]
NAMES = ["Aisha", "Tomasz", "Kev", "Marta", "Jordan", "Priya", "Dan", "Ioana", "Sam", "Lee"]
def convo(i):
    n, site, shift = random.choice(NAMES), random.choice(SITES), random.choice(SHIFTS)
    ok18 = random.random() > 0.05
    rtw = random.random() > 0.08
    msgs = [{"role": "system", "content": SYSTEM},
            {"role": "user", "content": random.choice([f"hi saw the warehouse job at {site}", f"is {site} still hiring", "hiya do u need pickers"])},
            {"role": "assistant", "content": f"Hi, I'm Sam from Northgate \U0001F44B Yes, {site} is hiring pickers and packers right now. Can I grab your first name?"},
            {"role": "user", "content": n},
            {"role": "assistant", "content": f"Thanks {n}. Quick one first: are you 18 or over?"},
            {"role": "user", "content": "yes" if ok18 else "im 17"}]
    if not ok18:
        msgs.append({"role": "assistant", "content": f"Thanks for being upfront, {n}. We can only take on people aged 18+ for warehouse roles, but I'd love to hear from you after your birthday. Take care!"})
        return {"messages": msgs, "meta": {"id": f"SCR-{i:05d}", "qa_status": "approved", "outcome": "knockout_age"}}
    msgs += [{"role": "assistant", "content": "Great. Do you have the right to work in the UK? (e.g. UK/Irish passport, share code)"},
             {"role": "user", "content": "yeah" if rtw else "not yet, waiting on my visa"}]
    if not rtw:
        msgs.append({"role": "assistant", "content": f"No worries, {n}. We need right to work confirmed before we can book you in. Message me again once it comes through and I'll fast-track you."})
        return {"messages": msgs, "meta": {"id": f"SCR-{i:05d}", "qa_status": "approved", "outcome": "knockout_rtw"}}
    msgs += [{"role": "assistant", "content": f"Brilliant. Which shift suits you best at {site}? We've got days, lates, nights and weekend nights."},
             {"role": "user", "content": shift.split(" ")[0]},
             {"role": "assistant", "content": f"Nice one. Nights pay an extra £1.50/hr, just so you know. Last question: can you get to {site} for your shift start? There's no public transport after 23:00." if "night" in shift else f"Nice one. Last question: can you get to {site} for your shift start?"},
             {"role": "user", "content": random.choice(["yes i drive", "bus is fine", "my mate gives me a lift"])},
             {"role": "assistant", "content": f"Perfect, {n}. I've booked you a 20-min onsite chat this week \u2014 you'll get a text with the time. Bring photo ID. See you soon!"}]
    return {"messages": msgs, "meta": {"id": f"SCR-{i:05d}", "qa_status": "approved", "outcome": "booked"}}
with open("approved_screening_conversations.jsonl", "w") as f:
    for i in range(3200):
        f.write(json.dumps(convo(i), ensure_ascii=False) + "\n")
