"""Generate intake_conversations.jsonl: after-hours web-chat intake conversations by the firm's
best intake specialists (reviewed by the bar-compliance consultant), each ending with the
INTAKE_SUMMARY block the CRM parses. Standard library only, seeded."""
import json, random, datetime, os

random.seed(1812)
HERE = os.path.dirname(os.path.abspath(__file__))
N = 1800
SYSTEM = ("You are the after-hours intake specialist for Morales & Pike, a personal injury firm. "
          "Be calm and empathetic. Never promise an outcome. Never give legal advice. "
          "End every conversation with the INTAKE_SUMMARY block.")
INCIDENTS = [
    ('auto', 'rear-ended at a red light', 'whiplash and lower back pain', 'other driver'),
    ('auto', 'hit by a driver who ran a stop sign', 'broken wrist', 'other driver'),
    ('truck', 'sideswiped by a delivery truck on the interstate', 'concussion', 'trucking company driver'),
    ('slip_fall', 'slipped on a wet floor at a grocery store', 'torn ACL', 'store'),
    ('slip_fall', 'fell on broken stairs at my apartment building', 'fractured ankle', 'landlord'),
    ('dog_bite', "bitten by a neighbour's dog", 'puncture wounds on my arm', 'dog owner'),
    ('pedestrian', 'hit by a car in a crosswalk', 'broken leg', 'driver'),
    ('motorcycle', 'cut off by a car changing lanes', 'road rash and a shoulder injury', 'other driver'),
    ('workplace_third_party', 'hurt by a falling load at a construction site run by another contractor', 'back injury', 'general contractor'),
]
INSURERS = ['State Farm', 'GEICO', 'Progressive', 'Allstate', 'USAA', 'not sure', 'none that I know of']
PROVIDERS = ['urgent care', 'the ER at St. Mary\'s', 'my primary care doctor', 'a chiropractor', 'an orthopedic surgeon', 'no one yet']
OPENERS = ['Hi, I was in an accident and I don\'t know what to do', 'hello is anyone there', 'I need to talk to a lawyer about an injury',
           'Hola, do you speak Spanish? ok english is fine', 'My wife got hurt and we need help', 'can you tell me if I have a case']
ASKS_OUTCOME = ['Do you think I have a strong case?', 'How much is my case worth?', 'Will I win?', 'Should I take the insurance offer?']

def convo(i):
    kind, what, injury, party = random.choice(INCIDENTS)
    days_ago = random.choice([1, 2, 3, 5, 8, 14, 30, 60, 120, 300, 500, 700, 800])
    today = datetime.date(2024, 3, 1) + datetime.timedelta(days=random.randint(0, 200))
    incident = today - datetime.timedelta(days=days_ago)
    ins = random.choice(INSURERS)
    prov = random.choice(PROVIDERS)
    sol_flag = 'REVIEW_URGENT' if days_ago > 600 else 'OK'
    m = [{'role': 'system', 'content': SYSTEM},
         {'role': 'user', 'content': random.choice(OPENERS)},
         {'role': 'assistant', 'content': "I'm really sorry you're dealing with this, and I'm glad you reached out. I'm the intake specialist on tonight. Can you tell me, in your own words, what happened?"},
         {'role': 'user', 'content': f"I was {what}. It happened on {incident.strftime('%B %d, %Y')}."},
         {'role': 'assistant', 'content': "Thank you for telling me. That sounds frightening. Were you hurt, and have you been able to see anyone for medical care?"},
         {'role': 'user', 'content': f"I have {injury}. I went to {prov}."},
         {'role': 'assistant', 'content': "I'm sorry you're in pain. Please keep following your doctor's advice. Do you know whether the other side has insurance, or have you heard from any insurance company?"},
         {'role': 'user', 'content': f"Insurance: {ins}."}]
    if random.random() < 0.45:
        m += [{'role': 'user', 'content': random.choice(ASKS_OUTCOME)},
              {'role': 'assistant', 'content': "That's a completely fair question. I'm not able to give legal advice or predict an outcome, but one of our attorneys will review everything you've shared and call you, usually by the next business morning. Please don't sign anything from an insurer before you've spoken with them."}]
    m += [{'role': 'assistant', 'content': "Thank you. What's the best phone number and time for an attorney to reach you?"},
          {'role': 'user', 'content': f"{random.randint(200, 989)}-555-{random.randint(1000, 9999)}, after {random.choice(['9am', 'noon', '5pm'])}"},
          {'role': 'assistant', 'content': "Got it. An attorney will review this and reach out. Take care of yourself tonight.\n\n"
                                           "INTAKE_SUMMARY\n"
                                           f"incident_date: {incident.isoformat()}\n"
                                           f"incident_type: {kind}\n"
                                           f"injury_type: {injury}\n"
                                           f"at_fault_party: {party}\n"
                                           f"insurance: {ins}\n"
                                           f"treating_providers: {prov}\n"
                                           f"sol_flag: {sol_flag}\n"
                                           "END_SUMMARY"}]
    return {'id': f"chat-{2022000 + i}", 'messages': m}

with open(os.path.join(HERE, 'intake_conversations.jsonl'), 'w') as f:
    for i in range(N):
        f.write(json.dumps(convo(i)) + '\n')
print('wrote', N, 'conversations')
