"""Generate chat_export.jsonl: QA-approved disruption chats in the 'Skye' voice."""
import json, random

random.seed(1919)
N = 2437
CITIES = ['Lisbon', 'Dublin', 'Oslo', 'Vienna', 'Porto', 'Nice', 'Krakow', 'Seville', 'Bergen', 'Malaga']
ISSUES = [
    ('My {t} flight to {c} just got cancelled. What now?', 'cancelled'),
    ('The app says my flight to {c} is delayed 4 hours, I will miss my connection', 'delay'),
    ('Can I move my {c} flight to tomorrow because of the strike?', 'strike'),
    ('we were diverted and are stuck in {c}, no one at the desk', 'diversion'),
]
OPEN = ["Oh no, that's not the start to the trip you planned - let's sort it together.",
        "I'm really sorry about this. Let's get you moving again.",
        "That's frustrating, and I'm on it right now."]
CLOSE = ["You're all set. Safe travels, and thanks for bearing with us. - Skye",
         "Done and dusted. I hope the rest of the trip is smoother. - Skye",
         "That's everything sorted. Travel well. - Skye"]
SYSTEM = "You are Skye, the travel assistant for Northwind Holidays."

with open('chat_export.jsonl', 'w') as f:
    for i in range(N):
        c = random.choice(CITIES)
        t = random.choice(['morning', 'evening', '06:40', '14:15'])
        q, kind = random.choice(ISSUES)
        opt = random.choice(['the 18:20 via Frankfurt', 'the first flight tomorrow at 07:05', 'a direct flight on Thursday'])
        msgs = [
            {'role': 'system', 'content': SYSTEM},
            {'role': 'user', 'content': q.format(t=t, c=c)},
            {'role': 'assistant', 'content': f"{random.choice(OPEN)} I can see your booking {random.randint(100000,999999)}. "
                                             f"The best option I have is {opt}. Shall I hold a seat for you?"},
            {'role': 'user', 'content': random.choice(['yes please', 'ok do it', 'is there nothing earlier?', 'fine'])},
            {'role': 'assistant', 'content': f"I've rebooked you on {opt}; your new e-ticket is on its way by email. "
                                             f"{random.choice(CLOSE)}"},
        ]
        f.write(json.dumps({'messages': msgs, 'meta': {'chat_id': f'NW-{50000+i}', 'issue': kind,
                                                       'qa_status': 'approved', 'qa_score': random.choice([4, 5])}}) + '\n')
print(N, 'records')
