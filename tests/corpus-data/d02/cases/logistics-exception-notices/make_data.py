"""Generate notices.jsonl: ops exception events paired with the customer notice the comms
team sent, in chat format. Standard library only; seeded."""
import datetime
import json
import os
import random

rng = random.Random(31337)
HERE = os.path.dirname(os.path.abspath(__file__))
N = 600

FIRST = ["Emma", "Oliver", "Amara", "Jack", "Priya", "Liam", "Sophie", "Kwame", "Hannah", "Mohammed",
         "Chloe", "Daniel", "Aisha", "Ryan", "Grace", "Tomasz", "Ella", "Ibrahim", "Megan", "Luca"]
LAST = ["Lowe", "Patel", "Okoro", "Smith", "Nowak", "Hughes", "Khan", "Murphy", "Chen", "Evans",
        "Reid", "Adeyemi", "Walsh", "Singh", "Taylor", "Baker", "Doyle", "Hussain", "Price", "Rossi"]
HUBS = ["MAN", "BHX", "LDS", "GLA", "BRS", "NTG", "SOU", "CDF", "NCL", "LIV", "DAV", "PBO"]
SHIPPERS = ["Brightlane Home", "Kitwell Sports", "Orla & Finch", "PetNest", "Techloft", "Greenleaf Beauty", "Mabel Books"]

CODES = {
    "CNEE_ABSENT": ("Delivery attempted",
                    "We tried to deliver your parcel on {att} but nobody was available to receive it.",
                    "We will try again on {nxt}. You can choose a safe place or a neighbour at northway.example/manage.",
                    "next", ["no ans, card left", "nobody home", "NH - card thru door", "knocked x3 no reply", "cnee out"]),
    "ADDR_INCOMPLETE": ("Address needs checking",
                        "Our driver could not find the delivery address on {att}.",
                        "Please confirm your full address at northway.example/manage by 6pm tomorrow.",
                        "tbc", ["no flat number", "addr incomplete NFA", "pc doesnt match street", "house name not found"]),
    "REFUSED": ("Returning to sender",
                "The parcel was refused at the delivery address on {att}.",
                "It is being returned to the sender, who will contact you about a refund or replacement.",
                "na", ["cnee refused", "refused at door, not ordered", "refused - RTS"]),
    "DAMAGED": ("Held for inspection",
                "Your parcel was damaged in our network on {att}.",
                "We have told the sender and opened a claim. They will arrange a replacement or refund.",
                "tbc", ["box crushed", "outer wet + torn", "liquid leaking", "split on belt"]),
    "ACCESS_DENIED": ("Delivery attempted",
                      "Our driver could not get access to the delivery address on {att}.",
                      "Please add access instructions at northway.example/manage. We will try again on {nxt}.",
                      "next", ["gated no code", "intercom broken", "security refused entry", "barrier down"]),
    "BUSINESS_CLOSED": ("Delivery attempted",
                        "The business was closed when we tried to deliver on {att}.",
                        "We will try again on {nxt} during business hours.",
                        "next", ["shop shut", "closed for lunch", "office closed no reception", "shutters down"]),
    "CUSTOMS_HOLD": ("Held at customs",
                     "Your parcel has been held by customs since {att}, awaiting import charges or documents.",
                     "Pay any charges at northway.example/duty. We will deliver within 2 working days of clearance.",
                     "tbc", ["HMRC hold duty unpaid", "customs docs incomplete", "import VAT unpaid"]),
    "MISSORT": ("Delayed",
                "Your parcel was sent to the wrong depot on {att}.",
                "It is on its way to the correct depot and will go out on the next delivery round.",
                "next", ["missort", "wrong depot", "loaded wrong route"]),
    "WEATHER_DELAY": ("Delayed",
                      "Severe weather stopped deliveries in your area on {att}.",
                      "We will deliver as soon as it is safe to do so.",
                      "next", ["snow route suspended", "flooding, couldnt get thru", "storm - rounds cancelled"]),
    "VEHICLE_BREAKDOWN": ("Delayed",
                          "A vehicle problem on {att} meant we could not complete your delivery.",
                          "Your parcel will be on the next available route.",
                          "next", ["van broke down", "flat tyre, route not done", "vehicle fault back to depot"]),
}
WEIGHTS = [30, 12, 7, 8, 10, 10, 6, 7, 5, 5]
SYSTEM = "You write customer exception notices for Northway Parcels from ops exception events."


def long_date(d):
    return "%s %d %s" % (d.strftime("%A"), d.day, d.strftime("%B"))


def in_date(d):
    return rng.choice([d.strftime("%d/%m"), d.isoformat(), "%s %d %s" % (d.strftime("%a"), d.day, d.strftime("%b")),
                       "%d%s %s" % (d.day, "th" if 10 < d.day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th"), d.strftime("%b")),
                       d.strftime("%d.%m.%Y")])


def name_in(f, l):
    return rng.choice(["%s %s" % (f, l), "%s %s" % (f.upper(), l.upper()), "%s, %s" % (l, f), "%s %s" % (f.lower(), l.lower()),
                       "%s %s" % (f, l.upper())])


def next_working(d, k=1):
    while k:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            k -= 1
    return d


out = []
for i in range(N):
    code = rng.choices(list(CODES), WEIGHTS)[0]
    status, what, nxt_t, rev_kind, notes = CODES[code]
    f, l = rng.choice(FIRST), rng.choice(LAST)
    att = datetime.date(2024, 9, 2) + datetime.timedelta(days=rng.randint(0, 58))
    while att.weekday() == 6:
        att += datetime.timedelta(days=1)
    nxt = next_working(att, rng.choice([1, 1, 2]))
    trk = "NW%s%09d" % (rng.choice("ABCDEFGH"), rng.randint(0, 999999999))
    case = "%07d" % rng.randint(0, 9999999)
    hub = rng.choice(HUBS)
    note = rng.choice(notes)
    shipper = rng.choice(SHIPPERS)
    attempt = rng.choice([1, 1, 2, 3])
    fields = [("trk", trk), ("code", code), ("hub", hub), ("att", str(attempt)), ("event_date", in_date(att)),
              ("drv_note", note), ("cnee", name_in(f, l)), ("case", case), ("shipper", shipper)]
    if rev_kind == "next":
        fields.append(("next_att", in_date(nxt)))
    style = rng.randrange(4)
    if style == 0:
        rng.shuffle(fields)
        user = " | ".join("%s: %s" % kv for kv in fields)
    elif style == 1:
        user = "\n".join("%s=%s" % kv for kv in fields)
    elif style == 2:
        d = dict(fields)
        user = "Exception %s on %s for %s (shipper %s), hub %s, attempt %s. Driver note: \"%s\". Consignee %s. Case %s." % (
            d["code"], d["event_date"], d["trk"], d["shipper"], d["hub"], d["att"], d["drv_note"], d["cnee"], d["case"])
        if "next_att" in d:
            user += " Next attempt %s." % d["next_att"]
    else:
        d = dict(fields)
        user = "%s %s %s att%s %s -- %s -- cnee %s -- case %s -- %s" % (
            d["event_date"], d["hub"], d["trk"], d["att"], d["code"], d["drv_note"], d["cnee"], d["case"], d["shipper"])
        if "next_att" in d:
            user += " -- reatt %s" % d["next_att"]
    if rev_kind == "next":
        rev = long_date(nxt)
    elif rev_kind == "tbc":
        rev = "We will confirm a new date within 24 hours."
    else:
        rev = "Not applicable, the parcel is returning to the sender."
    notice = "\n".join([
        "Subject: Update on your parcel %s" % trk,
        "Status: %s" % status,
        "",
        "Hello %s," % f,
        "",
        what.format(att=long_date(att)),
        "What happens next: " + nxt_t.format(nxt=long_date(nxt)),
        "Revised delivery: " + rev,
        "Your reference: EXC-%s" % case,
        "",
        "Northway Parcels Customer Team",
    ])
    out.append({"messages": [{"role": "system", "content": SYSTEM},
                             {"role": "user", "content": user},
                             {"role": "assistant", "content": notice}]})
with open(os.path.join(HERE, "notices.jsonl"), "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote notices.jsonl", len(out))
