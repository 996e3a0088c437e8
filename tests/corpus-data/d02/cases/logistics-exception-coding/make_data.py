"""Generate exception_notes.jsonl: driver handheld notes coded by the night desk.
Standard library only; seeded so every run writes the same file."""
import datetime
import json
import os
import random

rng = random.Random(7311)
HERE = os.path.dirname(os.path.abspath(__file__))
N_ROWS = 3000

HUBS = ["MAN", "BHX", "LDS", "GLA", "BRS", "NTG", "SOU", "CDF", "NCL", "LIV", "DAV", "PBO", "EXE", "ABZ"]
STREETS = ["Station Rd", "Mill Lane", "Victoria St", "Church St", "Park Ave", "Queens Rd",
           "High St", "Albert Terr", "Canal Wharf", "Oak Close", "Greenway", "Kings Pde"]
AREAS = ["Salford", "Erdington", "Headingley", "Partick", "Bedminster", "Beeston", "Shirley",
         "Canton", "Jesmond", "Anfield", "Daventry", "Orton", "Heavitree", "Torry"]
ROADS = ["A6", "M62", "A38", "M8", "A4174", "A52", "M27", "A470", "A1058", "M57", "A45", "A1139", "A379", "A90"]


def typo(s, rate):
    out = []
    for w in s.split(" "):
        if len(w) > 4 and rng.random() < rate:
            k = rng.randrange(3)
            i = rng.randrange(1, len(w) - 2)
            if k == 0:
                w = w[:i] + w[i + 1:]
            elif k == 1:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            else:
                w = w.upper()
        out.append(w)
    return " ".join(out)


def slots(hub):
    return {
        "n": rng.randint(1, 220),
        "k": rng.randint(2, 4),
        "street": rng.choice(STREETS),
        "area": rng.choice(AREAS),
        "hub": hub,
        "hub2": rng.choice([h for h in HUBS if h != hub]),
        "road": rng.choice(ROADS),
        "t": "%02d:%02d" % (rng.randint(7, 18), rng.choice([0, 15, 30, 45])),
        "card": "%08d" % rng.randint(0, 99999999),
        "storm": rng.choice(["Babet", "Ciaran", "Henk", "Isha", "Jocelyn"]),
        "van": "V%03d" % rng.randint(100, 999),
        "units": rng.choice([12, 24, 40, 60, 96]),
    }


CODES = {
    "ADDR_INCOMPLETE": (14, [
        "no flat no on label, bldg has {units} units",
        "addr incomplete - no house num",
        "st name wrong, no no. {n} on {street}",
        "label says {street} but pc is for {area}, cant locate",
        "unable to find addr, rang cnee no ans",
        "postcode doesnt match street NFA",
        "missing unit number, cant id which door",
        "c/o name not on any bell",
        "house name only, no such house on {street}",
        "addr not found on satnav or map, {street} {area}",
    ], ["", "", "need full addr", "pls get correct addr from shipper", "RTD pending addr", "checked w/ neighbours, nobody knows"]),
    "CNEE_ABSENT": (30, [
        "no ans at door, card left",
        "cnee not home, calling card {card} left",
        "knocked x{k} no reply, card thru door",
        "nobody in, neighbour at {n} also out",
        "no one home, no safe place auth",
        "recip out, rang bell {k} times",
        "NH - card left",
        "cnee away per neighbour",
        "no answer, lights off",
        "no reply at addr, sig reqd so cant leave",
    ], ["", "", "will reatt tmrw", "card left", "att {k}", "RTD after 3rd att"]),
    "REFUSED": (8, [
        "cnee refused, said not ordered",
        "refused at door - cust says wrong item",
        "cust refused delivery",
        "recip refused to pay COD amount",
        "refused, told me send it back",
        "reception refused, no PO no delivery",
        "refused - says already cancelled order",
        "cnee refused to sign",
    ], ["", "", "RTS", "return to shipper", "refusal noted on POD", "cust v rude"]),
    "DAMAGED": (8, [
        "parcel crushed corner, contents rattling",
        "outer box wet and torn, photo taken",
        "damaged in transit, liquid leaking",
        "box split open on belt at {hub}, items loose",
        "dented case, cnee wont accept",
        "fragile label, glass broken inside",
        "pallet wrap ripped, 2 cartons crushed",
        "tape resealed, contents damaged",
    ], ["", "", "photos on handheld", "held at {hub} for inspection", "claims to advise", "POD not taken"]),
    "ACCESS_DENIED": (10, [
        "gated complex no code",
        "security wouldnt let me in w/o booking ref",
        "intercom broken, cant get into bldg",
        "dog loose in garden, cant access",
        "road closed by police, cant reach addr",
        "site entry needs PPE + induction",
        "barrier down at estate, no ans on call pt",
        "concierge not on desk, lobby locked",
        "private road, locked gate",
    ], ["", "", "need access code", "cnee to arrange access", "rang cnee no ans", "will reatt"]),
    "BUSINESS_CLOSED": (10, [
        "shop shut, closed sign on door",
        "business closed for lunch till {t}",
        "unit closed - hrs on door say opens {t}",
        "premises closed, bank hol",
        "office closed no reception",
        "shutters down, to let sign up",
        "trade counter closed early",
        "closed for stocktake",
    ], ["", "", "will reatt next bus day", "biz hrs needed on label", "card left at door", "rang number on door no ans"]),
    "CUSTOMS_HOLD": (5, [
        "held at customs, awaiting duty pmt",
        "HMRC hold - commercial invoice missing",
        "customs docs incomplete, EORI missing",
        "import VAT unpaid, held at {hub} gateway",
        "clearance pending, HS code query",
        "held by border force for inspection",
    ], ["", "", "broker informed", "cnee to pay duties", "no movement till cleared", "docs reqd from shipper"]),
    "MISSORT": (7, [
        "wrong depot, pc belongs to {hub2}",
        "missort - on {hub} van for {area} route",
        "loaded on wrong route, ret to hub",
        "scanned at {hub} but should be {hub2}",
        "mis-routed, sent back to sort",
        "not on my manifest, found in cage",
    ], ["", "", "trunk to {hub2} tonight", "resort", "ops to advise", "label ok, sort error"]),
    "WEATHER_DELAY": (4, [
        "snow, route suspended",
        "flooding on {road}, couldnt get thru",
        "high winds, ferry cancelled",
        "ice, depot mgr stopped vans",
        "storm {storm} - rounds cancelled",
        "road flooded near {area}, turned back",
    ], ["", "", "all rural drops held", "H&S call", "resume when safe", "whole route affected"]),
    "VEHICLE_BREAKDOWN": (4, [
        "van broke down on {road}, recovery called",
        "flat tyre, rest of route not done",
        "vehicle fault - engine light, back to depot",
        "minor rta, van off road",
        "breakdown, transferred to {van} but out of hrs",
        "clutch gone, stuck at {area}",
    ], ["", "", "recovery ETA 2h", "parcels moved to {van}", "route incomplete", "fleet informed"]),
}
PREFIX = ["", "", "", "att {k}: ", "{t} ", "drv: ", "NB ", "pls note - "]
CODERS = ["nd.amir", "nd.claire", "nd.fola", "nd.greg", "nd.helen", "nd.ivan"]
codes = list(CODES)
weights = [CODES[c][0] for c in codes]
start = datetime.datetime(2024, 10, 1, 8, 0)

with open(os.path.join(HERE, "exception_notes.jsonl"), "w", encoding="utf-8") as f:
    for i in range(N_ROWS):
        code = rng.choices(codes, weights)[0]
        hub = rng.choice(HUBS)
        s = slots(hub)
        _, cores, extras = CODES[code]
        note = rng.choice(PREFIX).format(**s) + rng.choice(cores).format(**s)
        ex = rng.choice(extras).format(**s)
        if ex:
            note += rng.choice([", ", ". ", " - ", " / "]) + ex
        if rng.random() < 0.3:
            note = typo(note, 0.12)
        if rng.random() < 0.25:
            note = note.upper()
        label = code
        if rng.random() < 0.04:
            label = rng.choice([c for c in codes if c != code])
        ts = start + datetime.timedelta(minutes=i * 14 + rng.randint(0, 13))
        rec = {
            "event_id": "EX%08d" % (55000000 + i),
            "shipment_ref": "NW%s%09d" % (rng.choice("ABCDEFGH"), rng.randint(0, 999999999)),
            "hub": hub,
            "attempt_no": rng.choice([1, 1, 1, 2, 2, 3]),
            "scan_ts": ts.strftime("%Y-%m-%dT%H:%M"),
            "driver_note": note,
            "exception_code": label,
            "coded_by": rng.choice(CODERS),
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote exception_notes.jsonl", N_ROWS)
