#!/usr/bin/env python3
"""Writes service_requests_2023.csv: resident service requests with the category the contact centre recorded."""
import csv, os, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(311)

STREETS = ["Albert Road", "Beech Grove", "Canal Street", "Dover Close", "Elm Avenue", "Fairfield Way", "Granby Row", "Hollins Lane",
           "Ivy Court", "Jubilee Terrace", "Kingsway", "Lowther Street", "Marsh Lane", "Newton Drive", "Oak Bank", "Park Parade"]
LANDMARKS = ["the school", "the Co-op", "the bus stop", "the church", "the park gates", "number {n}", "the junction with {street2}", "the surgery"]

TRUE = {
 "Roads & Potholes": (0.18, ["huge pothole outside {lm} on {street}", "road surface breaking up on {street}, cars swerving",
     "pothole near {lm}, burst my tyre", "sunken drain cover in the road on {street}", "loose paving slabs outside {lm}, tripping hazard",
     "road markings worn away at {street} junction", "crater in the road by {lm}"]),
 "Street Lighting": (0.11, ["street light out on {street} near {lm}", "lamp post flickering all night on {street}",
     "street light on during the day outside {lm}", "whole row of lights out on {street}", "lamp column leaning after a car hit it on {street}"]),
 "Missed Bin Collection": (0.17, ["my blue bin wasn't collected on {street}", "missed bin collection again, general waste, {street}",
     "green garden waste bin not emptied this week", "whole street missed on recycling day, {street}", "bins left full after the crew came past {lm}",
     "food caddy not collected {street}"]),
 "Graffiti": (0.07, ["graffiti sprayed on the wall by {lm}", "offensive graffiti on the bus shelter on {street}", "tags all over the underpass near {street}",
     "someone painted on the railings at {lm}"]),
 "Fly-tipping": (0.12, ["mattress and sofa dumped on {street}", "bags of rubbish fly tipped behind {lm}", "builders rubble dumped in the lane off {street}",
     "fridge left on the pavement outside {lm}", "pile of tyres dumped by {lm}", "someone has dumped garden waste on the verge on {street}"]),
 "Noise": (0.09, ["loud music from number {n} {street} every night", "dog barking all day at {street}", "party noise until 3am on {street}",
     "alarm going off for hours at {lm}", "noisy building work starting at 6am on {street}"]),
 "Trees & Verges": (0.08, ["overhanging tree blocking the footpath on {street}", "tree branch fell in the storm on {street}",
     "grass verge not cut on {street} for weeks", "roots lifting the pavement by {lm}", "hedge overgrowing onto the pavement {street}"]),
 "Drainage & Flooding": (0.08, ["drain blocked and road flooding on {street}", "gully overflowing outside {lm} when it rains",
     "standing water across the pavement on {street}", "smell coming from the drains near {lm}"]),
 "Abandoned Vehicle": (0.06, ["car with no tax parked on {street} for months", "burnt out car left near {lm}", "van abandoned with flat tyres on {street}",
     "untaxed car left outside {lm}, hasn't moved in weeks"]),
}
RARE = {"Dead Animal": 4, "Public Toilets": 3, "Bus Shelter": 5, "Dog Fouling": 6}
RARE_TEXT = {"Dead Animal": ["dead fox in the road on {street}", "dead badger on the verge near {lm}"],
             "Public Toilets": ["toilets in {lm} locked all day", "public toilets near the park are filthy"],
             "Bus Shelter": ["bus shelter glass smashed on {street}", "shelter roof leaking at {lm}"],
             "Dog Fouling": ["dog mess all along {street}", "dog fouling outside {lm} every morning"]}
PRE = ["", "", "Hi, ", "Hello, ", "Reporting ", "Can someone look at this: ", "Please help - ", "Again!! ", "Caller reports "]
POST = ["", "", "", " Been like this for weeks.", " Reported it before and nothing happened.", " Please sort asap.", " Thanks.",
        " Its dangerous.", " Photo attached.", " Elderly neighbour affected.", " Happy to be contacted."]
OFFICERS = ["CC-Amir", "CC-Bethan", "CC-Chris", "CC-Dee", "CC-Ewan", "CC-Fran", "web-auto", "CC-Gul"]
ALL_CATS = ["General Enquiry"] + list(TRUE) + list(RARE)

def typo(s, p=0.05):
    out = []
    for w in s.split(" "):
        if len(w) > 3 and w.isalpha() and rng.random() < p:
            i = rng.randrange(1, len(w) - 1)
            w = w[:i] + w[i+1:] if rng.random() < 0.5 else w[:i] + w[i+1] + w[i] + w[i+2:]
        out.append(w)
    return " ".join(out)

def describe(templates):
    t = rng.choice(templates)
    lm = rng.choice(LANDMARKS).replace("{n}", str(rng.randint(1, 140))).replace("{street2}", rng.choice(STREETS))
    t = t.replace("{lm}", lm).replace("{street}", rng.choice(STREETS)).replace("{n}", str(rng.randint(1, 140)))
    post = rng.choice(POST)
    text = rng.choice(PRE) + t + ("." if post and rng.random() < 0.6 else "") + post
    text = typo(text)
    return text.lower() if rng.random() < 0.2 else text[0].upper() + text[1:]

def recorded_category(true_cat):
    # what the contact centre actually recorded
    r = rng.random()
    if r < 0.28:
        return "General Enquiry"          # first option in the dropdown
    if r < 0.58:
        return rng.choice(list(TRUE))     # picked from the list without much care
    return true_cat

def main():
    rows = []
    start = datetime.datetime(2023, 1, 3, 8)
    cats = list(TRUE)
    items = []
    for _ in range(1930):
        c = rng.choices(cats, [TRUE[k][0] for k in cats])[0]
        items.append((c, describe(TRUE[c][1])))
    for c, n in RARE.items():
        for _ in range(n):
            items.append((c, describe(RARE_TEXT[c])))
    # repeat callers / web-form resubmissions: same wording logged more than once
    for _ in range(90):
        c, text = rng.choice(items[:1930])
        for _ in range(rng.choice([1, 1, 2])):
            items.append((c, text))
    rng.shuffle(items)
    for i, (c, text) in enumerate(items):
        rec = recorded_category(c) if c in TRUE else rng.choice([c, c, "General Enquiry"])
        ts = start + datetime.timedelta(minutes=int(i * 360 * 24 * 60 / len(items)) + rng.randint(0, 90))
        rows.append({"request_id": f"SR-{2023}{i + 10001:06d}", "received": ts.strftime("%Y-%m-%d %H:%M"),
                     "channel": rng.choice(["phone", "phone", "web form", "web form", "web form", "email", "app"]),
                     "ward": rng.choice(["Ashton", "Brookside", "Central", "Denby", "Eastfield", "Fulwood", "Greenhill"]),
                     "description": text, "service_category": rec, "logged_by": rng.choice(OFFICERS),
                     "status": rng.choice(["Closed", "Closed", "Closed", "Open", "Passed to contractor"])})
    with open(os.path.join(HERE, "service_requests_2023.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)

if __name__ == "__main__":
    main()
