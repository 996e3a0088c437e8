#!/usr/bin/env python3
"""Writes reply_examples.jsonl: resident emails to the Neighbourhoods inbox with the reply an officer sent."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1515151)

STREETS = ["Albert Road", "Beech Grove", "Canal Street", "Dover Close", "Elm Avenue", "Fairfield Way", "Hollins Lane", "Marsh Lane"]
NAMES = ["Mrs Patel", "Mr Okoro", "Ms Lindgren", "Mr Hughes", "Mrs Byrne", "Dr Shah", "Ms Clarke", "Mr Novak", "Ms Addo", "Mr Wright"]
FIRST = {"Mrs Patel": "Anjali", "Mr Okoro": "Chidi", "Ms Lindgren": "Eva", "Mr Hughes": "Gareth", "Mrs Byrne": "Maura", "Dr Shah": "Imran",
         "Ms Clarke": "Jo", "Mr Novak": "Tomas", "Ms Addo": "Efua", "Mr Wright": "Dennis"}
OFFICERS = ["Sian (Neighbourhoods)", "Mark Ellis, Neighbourhood Officer", "Rukhsana", "P. Daley", "The Neighbourhoods Team", "Liz Moran | Environmental Services"]

TOPICS = [
 ("overgrown hedge at number {n} {street} blocking the pavement, my mum uses a wheelchair and can't get past",
  ["hedge", "wheelchair"]),
 ("rubbish left by the bins behind the shops on {street} for two weeks, it's attracting rats", ["rubbish", "rats"]),
 ("the streetlight outside my house on {street} has been out for a month, I've reported it twice", ["light"]),
 ("students at number {n} {street} have parties every weekend until 4am", ["noise"]),
 ("a car has been parked on {street} without tax since March", ["car"]),
 ("why has my garden waste not been collected when I paid for it", ["garden"]),
 ("someone keeps dumping mattresses in the alley off {street}", ["flytip"]),
 ("the play area on {street} has broken glass everywhere", ["glass"]),
 ("the tree outside number {n} {street} is dropping branches onto cars", ["tree"]),
 ("there's a huge pothole at the end of {street}, I nearly came off my bike", ["pothole"]),
 ("I want to complain about the rude bin crew on {street} this morning", ["crew"]),
 ("can you tell me when the road works on {street} will finish, it's been months", ["roadworks"]),
]

OPENERS = ["Dear {name},", "Hi {first},", "Hello {first}", "Dear Resident,", "{name} -", "Good morning {first},", ""]
CLOSERS = ["Kind regards,\n{off}", "Thanks,\n{off}", "Best wishes\n{off}", "{off}", "Regards, {off}", "Many thanks for getting in touch.\n{off}", "Cheers\n{off}"]

BODIES = {
 "hedge": ["Thanks for letting us know. I've asked our enforcement officer to visit and, if needed, we'll write to the owner asking them to cut it back within 14 days.",
           "I'm sorry your mum has had trouble getting past. I went out on {day} and I agree it's blocking the path.\n\n- I've left a card at number {n}\n- If it isn't cut back, we can serve a notice under the Highways Act\n\nI'll check again in a fortnight.",
           "Logged - ref NB{ref}. An officer will visit."],
 "rubbish": ["We've booked a clearance for {day}. I've also asked pest control to put bait down. Sorry it's taken this long.",
             "Thank you. The shop owners are responsible for that area but we have written to them today. If it isn't cleared by {day}, we will clear it and recharge them.",
             "Hi, crew are going this afternoon. Rats: I've passed this to pest control (free for residents) and they'll be in touch to arrange a visit.\n\nI'll keep an eye on it."],
 "light": ["I'm really sorry it has taken so long. Our contractor had a backlog after the storm. It's now been escalated, ref SL{ref}, and should be fixed within 7 working days.",
           "Fixed yesterday according to our contractor - let me know if it's still out.",
           "Thanks for your patience. The fault is with the power supply, which is Northern Powergrid's responsibility, not ours. We've chased them and I'll update you when they give us a date."],
 "noise": ["I'm sorry you're having to put up with this. I've opened a noise case (NC{ref}) and will send you diary sheets. Please fill them in for 14 days; our out-of-hours team can also attend on Friday and Saturday nights.",
           "We've written to the occupiers and the landlord. If it continues, call the out-of-hours line when it's happening so an officer can witness it.",
           "Hi {first}, thank you for the diary. Based on what you've recorded we'll be issuing a warning letter this week.\n\nNext steps:\n1. Warning letter (this week)\n2. Monitoring equipment can be installed if it carries on\n3. A Community Protection Notice is possible after that\n\nI'll be in touch."],
 "car": ["We've checked with the DVLA and the car is untaxed, so we've passed it to them for removal. Abandoned vehicle checks take up to 10 working days.",
         "An officer has put a notice on the car. If it's not moved in 7 days we'll arrange removal.",
         "Thanks - I've reported it to DVLA, they deal with untaxed vehicles on the road."],
 "garden": ["Apologies - your street was missed on {day} because of a vehicle breakdown. The crew will be back tomorrow.",
            "I've checked and your subscription started this week, so your first collection is on {day}. The sticker should arrive shortly.",
            "Sorry about this. I've logged a missed collection (MC{ref}) and we'll return within 3 working days. If it happens again please let me know directly and I'll look into it with the crew supervisor."],
 "flytip": ["Thanks for reporting. We've cleared it and added the alley to our hotspot list, which means CCTV may be deployed.",
            "Clearance booked for {day}. If you see anyone dumping, please note the vehicle reg - don't approach them.",
            "We found some paperwork in the rubbish and are investigating. I can't share details but I'll let you know the outcome where I can."],
 "glass": ["Thank you, our parks team cleared the glass this morning and checked the equipment.",
           "That's not acceptable and I'm sorry. The area was swept on {day} and we're increasing inspections to twice a week.",
           "Parks have been out - all clear now."],
 "tree": ["It's a council tree, so we'll send our arborist to inspect within 10 working days. If branches are falling now and it's dangerous, please call 01632 960 300.",
          "Our tree officer inspected on {day}. The tree is healthy but we'll be crown lifting it in the autumn programme.",
          "Thanks. This tree is on private land, so it's the owner's responsibility. We've written to them."],
 "pothole": ["Thanks - I've logged it (PH{ref}). Our inspector will assess it within 2 working days and dangerous potholes are made safe within 24 hours.",
             "That sounds frightening and I'm glad you're OK. The pothole has been marked for repair and should be done by {day}. If you were injured or your bike was damaged, you can make a claim using the highways claim form on our website.",
             "Repaired on {day}."],
 "crew": ["I'm sorry to hear about this. I've passed your comments to the crew supervisor who will speak to the team.",
          "Thank you for raising this, {first}. Our staff should always be polite. I've spoken to the crew manager and this will be followed up with the individuals concerned.\n\nIf you'd like to take this further, you can use our formal complaints process.",
          "Noted and passed to the supervisor."],
 "roadworks": ["These works are by the gas company, not the council, and their permit runs until {day}. I've asked them for an update.",
               "Sorry for the disruption. The drainage scheme has been delayed by the weather; we now expect to finish by {day}. There's more detail on our roadworks page.",
               "Due to finish {day}."],
}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "12 June", "3 July", "the 21st", "next Tuesday", "the end of the month"]

def main():
    with open(os.path.join(HERE, "reply_examples.jsonl"), "w", encoding="utf-8") as f:
        for i in range(140):
            topic, keys = rng.choice(TOPICS)
            n = str(rng.randint(1, 120)); street = rng.choice(STREETS)
            name = rng.choice(NAMES)
            email = topic.replace("{n}", n).replace("{street}", street)
            email = rng.choice(["Hi, ", "Dear Sir/Madam, ", "", "To the council, ", "Hello, I'm writing because "]) + email
            email += rng.choice([".", ". Please can someone do something.", "!!", ". This is the third time I've emailed.", ". Thanks.", "."])
            email += f"\n{name}, {street}"
            body = rng.choice(BODIES[keys[0]]).replace("{day}", rng.choice(DAYS)).replace("{n}", n).replace("{first}", FIRST[name]).replace("{ref}", str(rng.randint(10000, 99999)))
            off = rng.choice(OFFICERS)
            op = rng.choice(OPENERS).replace("{name}", name).replace("{first}", FIRST[name])
            cl = rng.choice(CLOSERS).replace("{off}", off)
            style = rng.random()
            if style < 0.15:
                reply = body  # quick one-liners from the mobile inbox
            elif style < 0.3:
                reply = (op + " " if op else "") + body + " " + off.split(",")[0]
            else:
                reply = (op + "\n\n" if op else "") + body + "\n\n" + cl
            f.write(json.dumps({"prompt": email, "completion": reply}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
